"""Which quotations are in another language, kept in the build's cache between builds.

A statement's profile leaves out a quotation a reader of an English brief cannot read
(``ingest.language.foreign``). Most quotations are told English by their words alone; the
few that hold none of the common English words go to the language identifier, whose model
takes about a second and 70 MB to unpack. Its verdict depends on the quotation's text
alone, so a rebuild reads it from the cache (the ``languages`` table beside the
extractions, keyed by the text and the settings: the code and the identifier's version)
and loads the model only for a quotation it has not seen. A corrupt or foreign entry is
ignored and the text classified again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from briefgen.extract.cache import EntryCache
from briefgen.ingest.language import foreign, model_decides, release_model
from briefgen.structure.cached import structure_settings

__all__ = ["QuoteLanguage", "quote_languages"]


@dataclass(frozen=True)
class QuoteLanguage:
    """The identifier's verdict on one quotation: a cache entry."""

    foreign: bool


def quote_languages(texts: Iterable[str], *, cache: Path | None = None) -> dict[str, bool]:
    """Quotation → whether it is in another language, for each of ``texts`` the model
    decides (``model_decides``), read from the build's ``cache`` when stored there and
    classified (then stored) when not. Without a cache, nothing: the views classify the
    few quotations they weigh, as they come."""
    if cache is None:
        return {}
    wanted = sorted({t for t in texts if model_decides(t)})
    with EntryCache(cache, structure_settings(), table="languages", kind=QuoteLanguage) as stored:
        keys = {t: _key(t, stored.settings) for t in wanted}
        found = stored.get_many(sorted(set(keys.values())))
        out: dict[str, bool] = {}
        for text in wanted:
            entry = found.get(keys[text])
            if entry is None:
                entry = QuoteLanguage(foreign(text))
                stored.put(keys[text], entry)
            out[text] = entry.foreign
        stored.drop_stale()
    release_model()
    return out


def _key(text: str, settings: str) -> str:
    return hashlib.sha256(f"languages:{settings}:{text}".encode()).hexdigest()
