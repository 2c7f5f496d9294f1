"""Which quotations are in another language, kept in the build's cache between builds.

A statement's profile leaves out a quotation a reader of an English brief cannot read
(``ingest.language.foreign``). Most quotations are told English by their words alone; the
few that hold none of the common English words go to the language identifier, whose model
takes about a second and 90 MB to unpack. Its verdict depends on the quotation's text
alone, so it is kept in the ``languages`` table beside the extractions, keyed by the text
and the settings (the code and the identifier's version). The views ask only about the
quotations a profile weighs, as before; a verdict the cache holds is read, one it lacks is
classified and stored once the formats are written (``store_languages``). A rebuild then
loads the model only for a quotation no build has asked about. A corrupt or foreign entry
is ignored and the text classified again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from briefgen.ingest.language import foreign, model_decides
from briefgen.structure.cached import TextCache

__all__ = ["QuoteLanguage", "QuoteLanguages", "read_languages", "store_languages"]


@dataclass(frozen=True)
class QuoteLanguage:
    """The identifier's verdict on one quotation: a cache entry."""

    foreign: bool


@dataclass
class QuoteLanguages:
    """``foreign`` as the views ask it: the verdicts ``known`` (read from the cache), the
    rest classified when first asked and kept in ``new``."""

    known: dict[str, bool] = field(default_factory=dict)
    new: dict[str, bool] = field(default_factory=dict)

    def foreign(self, text: str) -> bool:
        """Whether ``text`` is in another language (``language.foreign``)."""
        if not model_decides(text):
            return False
        verdict = self.known.get(text)
        if verdict is None:
            verdict = self.known[text] = self.new[text] = foreign(text)
        return verdict


def read_languages(texts: Iterable[str], cache: Path | None) -> QuoteLanguages:
    """The verdicts the build's ``cache`` holds on those of ``texts`` the model decides
    (``model_decides``); none without a cache."""
    if cache is None:
        return QuoteLanguages()
    with TextCache(cache, table="languages", kind=QuoteLanguage) as stored:
        found = stored.read_texts(t for t in texts if model_decides(t))
    return QuoteLanguages({t: e.foreign for t, e in found.items()})


def store_languages(languages: QuoteLanguages, cache: Path | None) -> None:
    """Keep the verdicts this build classified in ``cache``."""
    if cache is not None:
        with TextCache(cache, table="languages", kind=QuoteLanguage) as stored:
            stored.keep_texts({t: QuoteLanguage(v) for t, v in languages.new.items()})
