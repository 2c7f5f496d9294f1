"""Loading the spaCy model: the packaged en_core_web_sm, or its PyPI mirror."""

from __future__ import annotations

import importlib
from functools import cache
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.util import compile_infix_regex

from briefgen.errors import BriefgenError
from briefgen.extract.model import (
    LINE_BREAKS,
    LINE_BREAKS_BEFORE,
    MISSING_MODEL,
    MODEL_PACKAGES,
)
from briefgen.extract.quoted_starts import keep_quotations_whole
from briefgen.structure.inline import glued_starts

if TYPE_CHECKING:
    from spacy.tokenizer import Tokenizer
    from spacy.tokens import Doc, Token

_TERMINAL = tuple('.!?:;"”’)]')
_HEADING_LINE = 70
_ENDS = frozenset(".!?")
# A run of words this long with no sentence end is not a sentence (a table, a list, a
# scraped blob): it is cut, so no later stage walks a parse tree of unbounded size.
MAX_SENTENCE_TOKENS = 250
BLANKED_SPACES = 2
# Titles written before a name ("Sens. Marco Rubio and Ted Cruz", "Lt. Gov. Patty Judge"):
# their full stop marks the abbreviation, never a sentence's end, yet the parser often
# takes "and Sens." for one. Company and state abbreviations ("Corp.", "Calif.") do end
# sentences, so only a lower-case word after them says the sentence goes on ("Cie. de").
_TITLES = frozenset(
    """
    Mr Mrs Ms Messrs Dr Drs Prof Sen Sens Rep Reps Gov Govs Lt Gen Gens Col Maj Capt Cmdr
    Adm Sgt Cpl Pvt Rev Msgr Atty Supt Insp Det Hon Pres Amb Rt
    """.split()  # noqa: SIM905 - a word list reads best as prose
)

# A sentence run into the one before it with no space ("… so do voters!”After his rally
# …"): the tokenizer keeps "voters!”After" one token, so no sentence could start at
# "After". A "!" or "?", and a closing mark after a stop, are split off between a small
# letter and a capital (spaCy itself splits a bare full stop there).
_GLUED_INFIXES = (r"(?<=[a-z])[!?](?=[\"”’)]?[A-Z])", r"(?<=[a-z][.!?])[”’)](?=[A-Z])")


@Language.component(LINE_BREAKS)
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after a blank line, after a line break that ends a sentence or a
    short heading line, and after ``MAX_SENTENCE_TOKENS`` words with no sentence end.
    The parser alone runs titles, datelines and captions into the next paragraph;
    hard-wrapped prose (a break mid-sentence) is left alone. Within a line, a quotation
    closed on its own "!" or "?" ends no sentence when its attribution goes on after it
    (``keep_quotations_whole``)."""
    text = doc.text
    prev_end = None
    run = 0  # tokens since the last sentence end or break
    isolate = False
    glued = set(glued_starts(text))
    for token in doc:
        if token.is_space:
            # A span the structure stage blanked (spaces ending in a line break) is a
            # sentence of its own, so no real sentence's span reaches into it.
            if token.i > 0 and "\n" in token.text and token.text.count(" ") >= BLANKED_SPACES:
                token.is_sent_start = True
                isolate = True
            continue
        if _goes_on(doc, token):
            token.is_sent_start = False
        elif token.i > 0 and (isolate or prev_end is None or token.idx in glued):
            token.is_sent_start = True
            run = 0
        elif prev_end is not None and token.i > 0:
            gap = text[prev_end : token.idx]
            if ("\n" in gap and _breaks(text, prev_end, gap)) or run >= MAX_SENTENCE_TOKENS:
                token.is_sent_start = True
                run = 0
        run = 0 if token.text in _ENDS else run + 1
        isolate = False
        prev_end = token.idx + len(token.text)
    keep_quotations_whole(doc)
    return doc


def _goes_on(doc: Doc, token: Token) -> bool:
    """Whether ``token`` follows, on the same line, an abbreviation's full stop that cannot
    end a sentence (a title before a name, or any abbreviation before a lower-case word),
    or a closing bracket with no stop before it."""
    if token.i < 2 or not token.text[:1].isalpha():
        return False
    stop = doc[token.i - 1]
    if stop.text == ")" and "\n" not in stop.whitespace_:
        # "… at the first debate (her team has consulted …) Clinton is confronting …": a
        # bracket closed with no stop inside it ends no sentence
        return doc[token.i - 2].text not in _ENDS
    if "\n" in stop.whitespace_ or not stop.text.endswith("."):
        return False
    if stop.text == ".":
        word = doc[token.i - 2]
        if word.whitespace_ or not word.text.isalpha():
            return False
        abbreviation = word.text
    else:
        abbreviation = stop.text[:-1]
    if token.text[:1].islower():
        # "Cie. de Navigation": a short capitalised abbreviation goes on into the name
        return abbreviation[:1].isupper() and len(abbreviation) <= 4 and abbreviation.isalpha()
    return abbreviation in _TITLES


def _breaks(text: str, prev_end: int, gap: str) -> bool:
    if gap.count("\n") >= 2:
        return True
    line_start = text.rfind("\n", 0, prev_end) + 1
    line = text[line_start:prev_end].rstrip()
    return line.endswith(_TERMINAL) or len(line) < _HEADING_LINE


@cache
def load_nlp() -> Language:
    """The English pipeline, loaded once per process. Never downloads anything."""
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp: Language = module.load()
        nlp.add_pipe(LINE_BREAKS, before=LINE_BREAKS_BEFORE)
        tokenizer: Tokenizer = nlp.tokenizer
        infixes = (*(nlp.Defaults.infixes or ()), *_GLUED_INFIXES)
        tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
        # Long inputs are allowed: ingest already bounds file sizes.
        nlp.max_length = 20_000_000
        return nlp
    raise BriefgenError(MISSING_MODEL)
