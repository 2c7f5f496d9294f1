"""A definite noun taking up a name the sentences before gave ("the independent school"
after "Alleyn's School") is named in brackets, or the sentence is not shown."""

from __future__ import annotations

import re

import pytest

from briefgen.aggregate.focus import Focus
from briefgen.models import Document, Evidence, Extraction, Mention, Position
from briefgen.named_heads import name_head
from briefgen.shown import read_alone

# The bodies the extraction found in these texts.
_BODIES = ("Alleyn's School in Dulwich", "House Financial Services Committee", "Democratic Party",
           "Republican Party", "Supreme Court")  # fmt: skip


def _extraction(text: str) -> Extraction:
    doc = Document("d", "d", "txt", text, "")
    spans = tuple((m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text))
    mentions = tuple(
        Mention("d", m.start(), m.end(), name, "name", "org")
        for name in _BODIES
        for m in re.finditer(re.escape(name), text)
    )
    return Extraction(document=doc, sentences=spans, mentions=mentions)


def _last(ext: Extraction) -> tuple[str, int]:
    start, end = ext.sentences[-1]
    raw = ext.document.text[start:end]
    return raw.strip(), start + len(raw) - len(raw.lstrip())


def test_a_school_named_before_and_described_anew_is_not_shown() -> None:
    ext = _extraction(
        "Five UK schools hit by the virus have begun rescheduling exams. "
        "The latest to be hit is Alleyn's School in Dulwich, where five pupils were "
        "diagnosed on Monday. "
        "A sixth pupil from the independent school was diagnosed with the virus on Sunday."
    )
    sentence, start = _last(ext)
    assert read_alone(sentence, start, ext) is None
    same = ext.document.text.replace("the independent school", "the school")
    ext = _extraction(same)
    sentence, start = _last(ext)
    assert read_alone(sentence, start, ext) == (
        "A sixth pupil from [Alleyn's School] was diagnosed with the virus on Sunday."
    )


def test_a_committee_named_before_is_named_and_two_parties_are_not_guessed() -> None:
    ext = _extraction(
        "Last week, Republicans on the House Financial Services Committee met in private. "
        "The committee approved a spending bill on Tuesday by a vote of 30 to 26."
    )
    sentence, start = _last(ext)
    assert read_alone(sentence, start, ext) == (
        "[The House Financial Services Committee] approved a spending bill on Tuesday by a vote "
        "of 30 to 26."
    )
    two = _extraction(
        "Leaders of the Democratic Party and the Republican Party met in Ohio on Monday. "
        "The party said on Tuesday that it would hold its convention in Denver next summer."
    )
    sentence, start = _last(two)
    assert read_alone(sentence, start, two) is None


@pytest.mark.parametrize(
    "text",
    [
        # a name in the sentence
        "The latest to be hit is Alleyn's School in Dulwich, where five pupils were ill. "
        "Alleyn's School said the school would reopen after the half-term holiday in June.",
        # a clause saying which
        "The latest to be hit is Alleyn's School in Dulwich, where five pupils were ill. "
        "Officials closed the school where the first pupils fell ill in Croydon on Friday.",
        # a headline's capitals
        "Hillary's Security Clearance Could Be Revoked By Congress\n"
        "Rep. Michael McCaul discussed a bill which would revoke the security clearance of "
        "officials on Wednesday.",
        # capitals that are no actor the extraction found name nothing
        "Talk Radio Pundit Turns Campaign Adviser. He joined the campaign on Friday in Ohio. "
        "The adviser spoke to reporters about the polls in Ohio on Friday.",
    ],
)
def test_a_name_in_the_sentence_a_clause_saying_which_and_a_headline_stand(text: str) -> None:
    ext = _extraction(text)
    sentence, start = _last(ext)
    assert read_alone(sentence, start, ext) == sentence


def test_a_body_s_name_keeps_its_article() -> None:
    ext = _extraction(
        "The Supreme Court heard the appeal in March. "
        "Critics said the court's ruling on Monday strengthened the governor's hand."
    )
    sentence, start = _last(ext)
    assert read_alone(sentence, start, ext) == (
        "Critics said [the Supreme Court]'s ruling on Monday strengthened the governor's hand."
    )


def test_a_reported_statement_taking_up_a_named_body_is_no_key_position() -> None:
    text = (
        "The latest to be hit is Alleyn's School in Dulwich, where five pupils were ill. "
        "The council said the independent school would stay open this week."
    )
    content = "the independent school would stay open this week"
    start = text.index(content)
    sentence_start = text.index("The council")
    ev = Evidence("d", start, start + len(content), content, text[sentence_start:], sentence_start)
    p = Position("p", "d", "the council", None, None, content, start, start + len(content),
                 "reported", "said", ev, attribution="cue")  # fmt: skip
    assert Focus(texts={"d": text}).takes_up(p)


def test_a_plural_is_no_single_name_of_its_head() -> None:
    """ "the computers" after "Holt Computer" tells of computers, not of that firm."""
    text = (
        "The biggest stocks include Holt Computer and Reed Communications. "
        "When the computers say sell, the index tumbles."
    )
    doc = Document("d", "d", "txt", text, "")
    spans = tuple((m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text))
    mentions = tuple(
        Mention("d", m.start(), m.end(), name, "name", "org")
        for name in ("Holt Computer", "Reed Communications")
        for m in re.finditer(name, text)
    )
    ext = Extraction(document=doc, sentences=spans, mentions=mentions)
    sentence, start = _last(ext)
    shown = read_alone(sentence, start, ext)
    assert shown is None or "[" not in shown


def test_a_name_after_an_initial_gives_no_head_noun() -> None:
    """ "T. Holt Price funds ... the price change": a person's name (or a firm's after one)
    ends on a surname, which a lower-case "the price" does not take up."""
    before = "Withdrawals went to other T. Holt Price funds, followed by little change. "
    text = "The funds had a return (the price change plus dividends on fund shares), Lipper says."
    assert name_head(text, before, ["T. Holt Price"]) == text
    # a body's name after its initials still gives its head: "the building"
    before = "Agents left the J. Edgar Holt Building on Monday. "
    assert "Holt Building] was closed" in (name_head("The building was closed.", before) or "")
