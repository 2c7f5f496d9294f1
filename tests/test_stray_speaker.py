"""A closing attribution the parse cut off from its speaker still names who said it.

"..., council and party sources said Monday." ends with the sentence's attribution; after a
long content clause the parse can hang the speakers on the content's last noun and the verb
of saying under the content's verb, so the saying has no subject. The event extractor then
read "said" alone as telling nothing and dropped the saying's own date (issue 11, TBAQ's
odd half: "sources said Monday" read at publication). The parse is written out here as the
parser gave it, in invented words.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from briefgen.extract.dated import stray_speaker

# "Tom Reed has lost support, council and party sources said Monday ." as misparsed
_WORDS = [
    "Tom",
    "Reed",
    "has",
    "lost",
    "support",
    ",",
    "council",
    "and",
    "party",
    "sources",
    "said",
    "Monday",
    ".",
]
_HEADS = [1, 3, 3, 3, 3, 3, 4, 6, 9, 6, 3, 10, 3]
_DEPS = [
    "compound",
    "nsubj",
    "aux",
    "ROOT",
    "dobj",
    "punct",
    "appos",
    "cc",
    "compound",
    "conj",
    "ccomp",
    "npadvmod",
    "punct",
]
_POS = [
    "PROPN",
    "PROPN",
    "AUX",
    "VERB",
    "NOUN",
    "PUNCT",
    "NOUN",
    "CCONJ",
    "NOUN",
    "NOUN",
    "VERB",
    "PROPN",
    "PUNCT",
]
_LEMMAS = [
    "Tom",
    "Reed",
    "have",
    "lose",
    "support",
    ",",
    "council",
    "and",
    "party",
    "source",
    "say",
    "Monday",
    ".",
]


def _doc(
    deps: list[str] | None = None,
    lemmas: list[str] | None = None,
    heads: list[int] | None = None,
) -> Doc:
    return Doc(
        Vocab(),
        words=_WORDS,
        heads=heads or _HEADS,
        deps=deps or _DEPS,
        pos=_POS,
        lemmas=lemmas or _LEMMAS,
    )


def test_the_noun_phrase_after_the_last_comma_is_the_saying_s_speaker() -> None:
    doc = _doc()
    assert [t.text for t in stray_speaker(doc[10], 0)] == ["council", "and", "party", "sources"]


def test_a_saying_with_its_own_subject_keeps_the_parse() -> None:
    deps, heads = list(_DEPS), list(_HEADS)
    deps[9], heads[9] = "nsubj", 10
    assert stray_speaker(_doc(deps=deps, heads=heads)[10], 0) == []


def test_only_a_verb_of_saying_takes_a_stray_speaker() -> None:
    lemmas = list(_LEMMAS)
    lemmas[10] = "sail"
    assert stray_speaker(_doc(lemmas=lemmas)[10], 0) == []


def test_the_speaker_is_not_taken_from_before_the_sentence() -> None:
    doc = _doc()
    assert stray_speaker(doc[10], doc[7].idx) == []
