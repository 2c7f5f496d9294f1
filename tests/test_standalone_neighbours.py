"""Shown sentences that lean on a neighbour with no pronoun: "that day", an elided object,
a teaser's unnamed subject, the writer's own voice, a forecast filed as a plan, a habit
filed as a position, and a picture's caption under its credit."""

from __future__ import annotations

from briefgen.aggregate.offstance import habitual
from briefgen.assessments import assessment
from briefgen.models import Document, EventMention, Evidence, Extraction, Position, Timex
from briefgen.shown import read_alone, stands_alone
from briefgen.structure import structure_document

# A report of 5 March 2016: the occasion dated in its first sentence, taken up after.
SPOKE = "Ada Roe spoke in Dover on Thursday. Donors gave Roe $2 million that day."
SPOKE_NO_DATE = "Ada Roe spoke in Dover. Donors gave Roe $2 million that day."


def _report(text: str, dated: dict[str, str]) -> Extraction:
    """``text`` split at ". ", its expressions ``dated`` (words -> value) as DATE timexes."""
    sentences, start = [], 0
    for part in text.split(". "):
        sentences.append((start, start + len(part) + 1))
        start += len(part) + 2
    timexes = tuple(
        Timex(text.index(words), text.index(words) + len(words), words, "DATE", value)
        for words, value in dated.items()
    )
    document = Document("r", "r", "txt", text, "", "2016-03-05", "stated")
    return Extraction(document=document, sentences=tuple(sentences), timexes=timexes)


def _second(ext: Extraction) -> str | None:
    lo, hi = ext.sentences[1]
    return read_alone(ext.document.text[lo:hi], lo, ext)


def test_that_day_names_the_day_the_sentence_before_dates() -> None:
    ext = _report(SPOKE, {"Thursday": "2016-03-03"})
    assert _second(ext) == "Donors gave Roe $2 million [on 3 March 2016]."


def test_that_day_with_no_day_before_is_not_shown() -> None:
    assert _second(_report(SPOKE_NO_DATE, {})) is None
    # two days before: which one "that day" is, is not certain
    two = "Ada Roe spoke on Thursday and on Friday. Donors gave Roe $2 million that day."
    assert _second(_report(two, {"Thursday": "2016-03-03", "Friday": "2016-03-04"})) is None


def test_a_sentence_dating_its_own_day_keeps_that_night() -> None:
    text = "The polls closed in Dover. On Thursday Ada Roe won, and that night Roe thanked Dover."
    ext = _report(text, {"Thursday": "2016-03-03"})
    assert _second(ext) == "On Thursday Ada Roe won, and that night Roe thanked Dover."


def test_a_subject_or_object_left_to_the_sentence_before_is_not_shown() -> None:
    assert not stands_alone("“I am sure there have been, but I cannot recall them,” Ms Roe wrote.")
    assert not stands_alone("“I may have misspoken, and I will try to clarify,” Ms Roe said.")
    assert not stands_alone("By the evening reporters had no word from the governor himself.")
    assert not stands_alone("Senator Ada Roe joined the group this week, publishing a letter.")


def test_the_same_words_saying_what_they_are_about_are_shown() -> None:
    assert stands_alone("Ms Roe said there have been three floods in the valley this year.")
    assert stands_alone("Ms Roe will clarify the new harbour rules on Monday.")
    assert stands_alone("Reporters had no word from the governor on the harbour budget.")
    assert stands_alone("Senator Ada Roe joined the group of senators who oppose Ms Smith.")


def test_a_do_so_with_its_verb_in_the_sentence_before_is_not_shown() -> None:
    assert not stands_alone("The senator said he would be doing so because the mayor asked.")
    assert not stands_alone("Officials said on Monday that they would do so within a week.")
    # the verb taken up is the sentence's own, or "so" is an adverb of degree
    assert stands_alone("The mayor promised to close the bridge, and the council did so on Friday.")
    assert stands_alone("The ferry company did so well last year that it raised fares.")
    assert stands_alone(
        "The captain did not call the coastguard at once, instead telling a mate to do so later."
    )


def test_a_teaser_lede_is_not_shown_but_a_named_or_plain_count_is() -> None:
    assert not stands_alone("Two of the biggest names in ballet clashed over a prize on Friday.")
    assert not stands_alone("One of the central claims of the mayor's speech does not hold up.")
    assert stands_alone("Two of the largest banks, Alpha Bank and Beta Bank, merged on Friday.")
    assert stands_alone("One of the protest organisers was arrested in Dover on Friday.")


def test_a_sentence_announcing_what_it_does_not_give_is_not_shown() -> None:
    assert not stands_alone("Here is what we know about the fever so far.")
    assert not stands_alone("The answer is surprising.")
    assert not stands_alone("This is how the fever spreads.")
    # the content given
    assert stands_alone("Here is what the mayor of Ardo asked for on Friday: a new port.")
    assert stands_alone("The mayor of Ardo explained how the fever spreads, aides said on Friday.")
    assert stands_alone("The mayor of Ardo said the answer was a new port, built by 2031.")
    assert stands_alone("The result was a landslide victory for the mayor of Ardo.")


def test_the_writers_own_voice_is_not_shown() -> None:
    assert not stands_alone(
        "Back to the harbour, and a point noted in a few of the papers today: the ferry ran late."
    )
    assert not stands_alone("Today's papers lead on the ferry strike in Dover.")
    assert stands_alone("A councillor objected to the name of the new ferry yesterday.")
    # a feature's hook tells a dated happening after its "when": kept (docs/timeline.md, wi10)
    assert stands_alone("Trouble began yesterday when a councillor objected to the name.")
    assert stands_alone("The papers were signed by the mayor in Dover on Friday.")


def _mention(sentence: str, scheduled: bool) -> EventMention:
    at = sentence.index("May")
    ev = Evidence("r", 0, len(sentence), sentence, sentence, 0)
    timex = Timex(at, at + 3, "May", "DATE", "2016-05")
    return EventMention("m", "r", "2016-05", timex, sentence, ev, scheduled=scheduled)


def test_a_forecast_dated_ahead_is_no_plan() -> None:
    assert assessment(
        _mention("The mayor's success in May will be closely tied to the port.", True)
    )
    assert assessment(_mention("The strike doesn't mean the port will close in May.", True))
    assert not assessment(_mention("The vote on the port will be held in May.", True))


def _said(sentence: str, cue: str, content: str) -> Position:
    at = sentence.index(content)
    ev = Evidence("r", at, at + len(content), content, sentence, 0)
    return Position(
        "p", "r", "Ada Roe", "a", None, content, at, at + len(content), "reported", cue, ev
    )


def test_a_habit_told_in_the_past_is_no_position_of_the_day() -> None:
    often = "Roe often attacked Smith during the primaries for his ties to banks."
    assert habitual(_said(often, "attacked", "Smith during the primaries for his ties to banks"))
    still = "Roe has repeatedly attacked Smith for his ties to banks."
    assert not habitual(_said(still, "attacked", "Smith for his ties to banks"))
    plain = "Roe attacked Smith on Friday for his ties to banks."
    assert not habitual(_said(plain, "attacked", "Smith on Friday for his ties to banks"))


def test_a_dated_caption_under_a_photo_credit_is_no_body() -> None:
    text = (
        "The mayor promised a new bridge for the town on Thursday, to cheers from the crowd.\n\n"
        "Wire/Getty Images.\n\n"
        "The mayor speaks in Dover on Thursday, Aug. 11, 2016.\n\n"
        "She said the bridge would open next year, and that the town would pay half of it.\n"
    )
    doc = Document("a.txt", "a.txt", "txt", text, "")
    kinds = {text[b.start : b.end].strip(): b.kind for b in structure_document(doc).blocks}
    assert kinds["The mayor speaks in Dover on Thursday, Aug. 11, 2016."] == "caption"
    assert (
        kinds["She said the bridge would open next year, and that the town would pay half of it."]
        == "body"
    )
    # with no credit above it, the same sentence is the article's
    plain = text.replace("Wire/Getty Images.\n\n", "")
    doc = Document("b.txt", "b.txt", "txt", plain, "")
    kinds = {plain[b.start : b.end].strip(): b.kind for b in structure_document(doc).blocks}
    assert kinds["The mayor speaks in Dover on Thursday, Aug. 11, 2016."] == "body"
