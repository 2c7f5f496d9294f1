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

The model is never loaded in the build's own process: its tables (~75 MB traced) would stay
there to the end, and it is loaded while the views are made, the build's peak. The first
verdict the cache lacks sends every quotation it lacks (``pending``) to a forked child,
which loads the model, classifies them and exits; the verdicts are a function of the text,
so they are the ones this process would have reached. A build that needs no verdict forks
nothing and loads nothing, as before.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from briefgen.ingest.language import apart, foreign, model_decides
from briefgen.structure.cached import TextCache

__all__ = ["QuoteLanguage", "QuoteLanguages", "read_languages", "store_languages"]


@dataclass(frozen=True)
class QuoteLanguage:
    """The identifier's verdict on one quotation: a cache entry."""

    foreign: bool


@dataclass
class QuoteLanguages:
    """``foreign`` as the views ask it: the verdicts ``known`` (read from the cache); the
    first one asked that is not known has it and every quotation in ``pending`` (those the
    model decides that the cache lacks) classified apart at once, kept in ``new``."""

    known: dict[str, bool] = field(default_factory=dict)
    new: dict[str, bool] = field(default_factory=dict)
    pending: tuple[str, ...] = ()

    def foreign(self, text: str) -> bool:
        """Whether ``text`` is in another language (``language.foreign``)."""
        if not model_decides(text):
            return False
        verdict = self.known.get(text)
        if verdict is None:
            # one child for all: each would load the model again
            asked = tuple(dict.fromkeys((text, *self.pending)))
            classified = dict(zip(asked, apart(foreign, asked), strict=True))
            self.known.update(classified)
            self.new.update(classified)
            self.pending = ()
            verdict = classified[text]
        return verdict


def read_languages(texts: Iterable[str], cache: Path | None) -> QuoteLanguages:
    """The verdicts the build's ``cache`` holds on those of ``texts`` the model decides
    (``model_decides``), none without a cache; the rest of them ``pending``."""
    decided = tuple(dict.fromkeys(t for t in texts if model_decides(t)))
    if cache is None:
        return QuoteLanguages(pending=decided)
    with TextCache(cache, table="languages", kind=QuoteLanguage) as stored:
        found = stored.read_texts(decided)
    known = {t: e.foreign for t, e in found.items()}
    return QuoteLanguages(known, pending=tuple(t for t in decided if t not in known))


def store_languages(languages: QuoteLanguages, cache: Path | None) -> None:
    """Keep the verdicts this build classified in ``cache``."""
    if cache is not None:
        with TextCache(cache, table="languages", kind=QuoteLanguage) as stored:
            stored.keep_texts({t: QuoteLanguage(v) for t, v in languages.new.items()})
