"""The PDF's Appendix A is a selection a reader can use: entries about the story that read
alone, within the sources' period; the HTML keeps every event.

The fixture is one report on a bridge, each sentence an event dated by its own weekday.
What a reader of the PDF (read back with pypdf) and of the HTML sees is asserted.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from pathlib import Path

from harbour_fixtures import dated_event, report
from harbour_fixtures import lopez as harbour_lopez
from pypdf import PdfReader
from sample_brief import empty_brief

from briefgen.models import Actor, Brief, Document, Event, EventMention, Evidence, Mention, Timex
from briefgen.render.onstory import Strangers
from briefgen.render.printing import Printing
from briefgen.render.told import told_sentences

_OPENED = "Mayor Ana Lopez opened the new harbour bridge on Tuesday, the city council said."
_TEA = "The price of tea in Lisbon rose sharply on Wednesday, traders at the market said."
_BUT = "But lorries were still kept off the harbour bridge on Thursday, engineers said."
_THEIR = "In a newspaper essay on Friday, Ana Lopez acknowledged their long fight for it."
_OLD = "The old ferry across the harbour stopped running in 1990, Ana Lopez recalled."
_TEXT = " ".join((_OPENED, _TEA, _BUT, _THEIR, _OLD))
_DAYS = {"Tuesday": "2024-03-05", "Wednesday": "2024-03-06", "Thursday": "2024-03-07"}
_DAYS |= {"Friday": "2024-03-08", "1990": "1990"}


def _event(ident: str, sentence: str, when: str, verb: str, salience: float) -> Event:
    return dated_event(_TEXT, _DAYS, ident, sentence, when, verb, salience)


def _brief() -> Brief:
    document = report(_TEXT)
    lopez = harbour_lopez(_TEXT)
    events = (
        _event("opened", _OPENED, "Tuesday", "opened", 0.5),
        _event("tea", _TEA, "Wednesday", "rose", 0.9),
        _event("but", _BUT, "Thursday", "kept", 0.9),
        _event("their", _THEIR, "Friday", "acknowledged", 0.9),
        _event("ferry", _OLD, "1990", "stopped", 0.9),
    )
    return dataclasses.replace(
        empty_brief(),
        title="Harbour bridge",
        period=("2024-03-09", "2024-03-09"),
        documents=(document,),
        events=events,
        actors=(lopez,),
        query=("bridge",),
    )


def test_the_printed_appendix_keeps_the_readable_entry_about_the_story(tmp_path: Path) -> None:
    from briefgen import pipeline
    from briefgen.config import load_config

    files = pipeline.write_outputs(_brief(), load_config(None, formats="pdf,html"), tmp_path)
    pages = PdfReader(files["pdf"]).pages
    text = re.sub(r"\s+", " ", "\n".join(p.extract_text() or "" for p in pages))
    appendix = text[text.index("1 event told by a source sentence") :]
    assert "all 5 events found in the sources" in appendix
    assert "Mayor Ana Lopez opened the new harbour bridge on Tuesday" in appendix
    for left_out in ("price of tea", "lorries were still", "their long fight", "old ferry"):
        assert left_out not in appendix
    html = files["html"].read_text(encoding="utf-8")
    # the HTML lists every entry that reads alone (no cap), the JSON every event
    assert html.count('<td class="c-date">') == 1


def test_a_bare_surname_of_someone_the_brief_never_introduces_is_not_printed() -> None:
    full = "Glenn Thorpe, a delegate from Ohio, arrived in the hall early."
    bare = "Thorpe cheered the nominee on Thursday, fellow delegates said."
    named = "Glenn Thorpe cheered the nominee on Thursday, fellow delegates said."
    text = f"{full} {bare}"
    start = text.index(bare)
    at = text.index("Thursday", start)
    mention = EventMention(
        id="m1",
        doc="d1",
        date="2016-07-21",
        timex=Timex(at, at + 8, "Thursday", "DATE", "2016-07-21"),
        description=bare,
        evidence=Evidence("d1", start, start + len(bare), bare, bare, start),
        predicate=(start + 7, start + 14),
    )
    event = Event("e1", "2016-07-21", bare, (mention,), ("d1",))
    day = date(2016, 7, 22)
    base = Printing(texts={"d1": text}, latest=day, published={"d1": day})
    stranger = dataclasses.replace(
        base, strangers=Strangers({"d1": ((0, "Glenn Thorpe", "Thorpe"),)})
    )
    assert list(told_sentences([event], 5, base)) == ["e1"]  # control: printed
    assert told_sentences([event], 5, stranger) == {}
    whole = dataclasses.replace(
        mention,
        evidence=dataclasses.replace(mention.evidence, sentence=named, text=named),
    )
    named_event = dataclasses.replace(event, mentions=(whole,))
    assert list(told_sentences([named_event], 5, stranger)) == ["e1"]  # named in full


def test_a_stranger_is_a_bare_surname_standing_as_a_word_of_its_own() -> None:
    # A sentence naming a person the document introduced in full by the surname alone
    # is refused; the surname's letters inside another word or name are not that person.
    strangers = Strangers({"d1": ((0, "Glenn Thorpe", "Thorpe"),)})
    assert strangers.in_sentence("d1", "Thorpe waved from the stage.", 40) == "Thorpe"
    assert strangers.in_sentence("d1", "The Thorpeville crowd cheered.", 40) is None
    assert strangers.in_sentence("d1", "Ann Smith-Thorpe spoke next.", 40) is None
    assert strangers.in_sentence("d1", "Glenn Thorpe waved again.", 40) is None  # in full
    assert strangers.in_sentence("d1", "Nobody waved.", 40) is None
    assert strangers.in_sentence("d1", "Thorpe waved.", 0) is None  # before his naming


def test_a_relative_named_in_full_is_no_bare_surname_of_the_one_introduced() -> None:
    # a family story: the surname after another given name is another Thorpe, named in full
    strangers = Strangers({"d1": ((0, "Glenn Thorpe", "Thorpe"),)})
    assert strangers.in_sentence("d1", "Ann Thorpe lashed out at her cousins.", 40) is None
    # a title before it names nobody a reader can place: still bare
    assert strangers.in_sentence("d1", "Mayor Thorpe lashed out.", 40) == "Thorpe"
    assert strangers.in_sentence("d1", "Ann Thorpe said Thorpe lied.", 40) == "Thorpe"


def _told_alone(sentence: str, when: str = "Tuesday", verb: str = "") -> bool:
    """Whether ``sentence`` (a report's whole text, dated 5 July 2016 by ``when``) is
    printed."""
    at = sentence.index(when)
    head = sentence.index(verb) if verb else 0
    mention = EventMention(
        id="m1",
        doc="d1",
        date="2016-07-05",
        timex=Timex(at, at + len(when), when, "DATE", "2016-07-05"),
        description=sentence,
        evidence=Evidence("d1", 0, len(sentence), sentence, sentence, 0),
        predicate=(head, head + len(verb or sentence.split()[0])),
    )
    day = date(2016, 7, 6)
    printing = Printing(texts={"d1": sentence}, latest=day, published={"d1": day})
    event = Event("e1", "2016-07-05", sentence, (mention,), ("d1",))
    return bool(told_sentences([event], 5, printing))


def test_teasers_unplaced_and_unanswered_sentences_are_not_printed() -> None:
    # control: the same news told whole is printed
    assert _told_alone("The governor signed the budget bill on Tuesday in Springfield.")
    assert not _told_alone("Something strange happened to the governor on Tuesday.")
    assert not _told_alone("The governor visited the state on Tuesday to sign the bill.")
    assert not _told_alone("The governor signed the budget bill here on Tuesday.")
    assert not _told_alone(
        "The governor's office did not immediately respond to a request on Tuesday."
    )
    assert not _told_alone("But the governor signed the budget bill on Tuesday, aides said.")
    assert not _told_alone("The governor made similar comments on Tuesday in Springfield.")
    # "the city council" is no unplaced "the city"
    asked = "Springfield's mayor asked the city{} on Tuesday to approve the budget bill."
    assert _told_alone(asked.format(" council"), verb="asked")
    assert not _told_alone(asked.format(""), verb="asked")


def test_a_sentence_about_the_story_names_the_query_or_an_actor_often_named() -> None:
    from briefgen.render.onstory import about_the_story

    docs = tuple(
        Document(id=f"d{n}", source=f"d{n}.txt", format="txt", text="", title="t") for n in range(4)
    )
    democrats = Actor("dem", "Democrats", "group", sources=("d0", "d1", "d2"))
    once = Actor("fed", "Federal Reserve", "org", sources=("d3",))
    brief = dataclasses.replace(
        empty_brief(), documents=docs, actors=(democrats, once), query=("election",)
    )
    story = about_the_story(brief)
    assert story is not None
    assert story.search("The election was called on Tuesday.")
    assert story.search("Democratic senators met on Tuesday.")  # the group's own word
    assert not story.search("The Federal Reserve raised rates on Tuesday.")  # one source


_WEEKS = (
    (
        "2024-03-04",
        "4 March 2024",
        "Engineers closed the harbour bridge to lorries on 4 March 2024.",
    ),
    (
        "2024-03-05",
        "5 March 2024",
        "Bus drivers were sent round the bay by a new route on 5 March 2024.",
    ),
    ("2024-03-12", "12 March 2024", "Councillors voted for a new toll on 12 March 2024."),
    (
        "2024-03-13",
        "13 March 2024",
        "Hauliers marched on the town hall against the toll on 13 March 2024.",
    ),
    (
        "2024-03-19",
        "19 March 2024",
        "Ferry crews went on strike over their wages on 19 March 2024.",
    ),
    (
        "2024-03-20",
        "20 March 2024",
        "Shopkeepers in the old town counted their losses on 20 March 2024.",
    ),
    ("2024-03-26", "26 March 2024", "The port authority sold its old warehouses on 26 March 2024."),
    ("2024-04-02", "2 April 2024", "Inspectors found cracks in the southern pier on 2 April 2024."),
    (
        "2024-04-09",
        "9 April 2024",
        "Divers raised a sunken barge from the channel on 9 April 2024.",
    ),
)


def _weekly_event(n: int, reports: int) -> tuple[Event, dict[str, str], dict[str, date]]:
    value, written, sentence = _WEEKS[n]
    at = sentence.index(written)
    docs = [f"w{n}-{k}" for k in range(reports)]
    mentions = tuple(
        EventMention(
            id=f"m{n}-{k}",
            doc=doc,
            date=value,
            timex=Timex(at, at + len(written), written, "DATE", value),
            description=sentence,
            evidence=Evidence(doc, 0, len(sentence), sentence, sentence, 0),
            predicate=(0, 1),
        )
        for k, doc in enumerate(docs)
    )
    event = Event(f"e{n}", value, sentence, mentions, tuple(docs))
    day = date.fromisoformat(value)
    return event, {d: sentence for d in docs}, {d: day for d in docs}


def test_a_capped_chronology_keeps_the_end_of_the_period_not_only_its_most_retold_start() -> None:
    # six weeks with as many sources each; the first weeks' events are retold by three
    # sources, the last weeks' by one: a cap by sources alone prints only the beginning
    events, texts, published = [], {}, {}
    for n in range(len(_WEEKS)):
        event, t, p = _weekly_event(n, 3 if n < 6 else 1)
        events.append(event)
        texts |= t
        published |= p
    for n in range(6, len(_WEEKS)):  # the last weeks' other sources, on other news
        day = date.fromisoformat(_WEEKS[n][0])
        published |= {f"other{n}-{k}": day for k in range(5)}
    printing = Printing(
        texts=texts, first=date(2024, 3, 4), latest=date(2024, 4, 9), published=published
    )
    assert len(told_sentences(events, 9, printing)) == 9  # control: each prints alone
    printed = told_sentences(events, 5, printing)
    assert len(printed) == 5
    assert {"e7", "e8"} & set(printed)


def _week_mention(doc: str, sentence: str, phrase: str) -> EventMention:
    at = sentence.index(phrase)
    return EventMention(
        id=f"m-{doc}",
        doc=doc,
        date="2011-W39",
        timex=Timex(at, at + len(phrase), phrase, "DATE", "2011-W39"),
        description=sentence,
        evidence=Evidence(doc, 0, len(sentence), sentence, sentence, 0),
        predicate=(sentence.index("withdrew"), sentence.index("withdrew") + 8),
    )


def _printed_week(
    sentence: str, phrase: str, published: date, wire: tuple[str, str, date] | None = None
) -> bool:
    """Whether ``sentence`` (a paper's whole text, published on ``published``, dated to the
    week of 26 September 2011 by ``phrase``) is printed in the chronology; ``wire``: another
    source's (sentence, phrase, day) merged into the same event."""
    mentions = [_week_mention("d1", sentence, phrase)]
    texts, days = {"d1": sentence}, {"d1": published}
    if wire is not None:
        mentions.append(_week_mention("d2", wire[0], wire[1]))
        texts["d2"], days["d2"] = wire[0], wire[2]
    printing = Printing(texts=texts, latest=published, published=days)
    event = Event("e1", "2011-W39", sentence, tuple(mentions), tuple(texts))
    return bool(told_sentences([event], 5, printing))


def test_a_weekend_papers_week_is_not_printed_in_the_chronology() -> None:
    last = "The singer Ana Lopez withdrew from the line-up of the harbour concert last week."
    # a weekday paper's "last week" is the calendar week before its own: printed
    assert _printed_week(last, "last week", date(2011, 10, 5))
    # a Saturday paper's is the week just ended or the one before: which, it does not say
    assert not _printed_week(last, "last week", date(2011, 10, 8))
    # another source's report of the withdrawal in that week bears the week out
    wire = ("It withdrew from the harbour concert this week, the singer's agent said.", "this week")
    assert _printed_week(last, "last week", date(2011, 10, 8), (*wire, date(2011, 9, 29)))
    # a Saturday paper's "earlier this week" may be the Sunday before the calendar week
    early = "Earlier this week, the singer Ana Lopez withdrew from the harbour concert line-up."
    assert not _printed_week(early, "Earlier this week", date(2011, 10, 1))


# Two reports of one opening, and what the same pages say around it: a fragment left by
# the page (no finite verb), a sentence leaning on the one before, and the happening told
# again by the second report.
_REPORT_A = (
    "Mayor Ana Lopez opened the new harbour bridge on Tuesday, the city council said. "
    "He also praised the harbour bridge builders on Tuesday for finishing early. "
    "Opening the harbour bridge to lorries on Tuesday after years of delay."
)
_REPORT_B = "On Tuesday Mayor Ana Lopez opened the harbour bridge, officials said."


def _two_reports() -> Brief:
    texts = {"a": _REPORT_A, "b": _REPORT_B}

    def told(doc: str, sentence: str, verb: str, lemma: str) -> Event:
        text = texts[doc]
        start = text.index(sentence)
        at = text.index("Tuesday", start)
        head = text.index(verb, start)
        mention = EventMention(
            id=f"m-{doc}-{verb}",
            doc=doc,
            date="2024-03-05",
            timex=Timex(at, at + 7, "Tuesday", "DATE", "2024-03-05"),
            description=sentence,
            evidence=Evidence(doc, start, start + len(sentence), sentence, sentence, start),
            actors=("lopez",) if "Lopez" in sentence else (),
            predicate=(head, head + len(verb)),
            lemma=lemma,
        )
        return Event(f"e-{doc}-{verb}", "2024-03-05", sentence, (mention,), (doc,), salience=1)

    a, b = _REPORT_A.split(". "), _REPORT_B
    documents = tuple(
        Document(d, f"{d}.txt", "txt", text, "Bridge opens", "2024-03-06", "stated")
        for d, text in texts.items()
    )
    names = [
        Mention(d, m.start(), m.end(), m[0], "name", "person")
        for d, text in texts.items()
        for m in re.finditer("Ana Lopez", text)
    ]
    lopez = Actor("lopez", "Ana Lopez", "person", mentions=tuple(names), sources=("a", "b"))
    events = (
        told("a", a[0] + ".", "opened", "open"),
        told("a", a[1] + ".", "praised", "praise"),
        told("a", a[2], "Opening", "open"),
        told("b", b, "opened", "open"),
    )
    return dataclasses.replace(
        empty_brief(),
        title="Harbour bridge",
        period=("2024-03-06", "2024-03-06"),
        documents=documents,
        events=events,
        actors=(lopez,),
        query=("bridge",),
    )


def test_the_chronology_prints_each_happening_once_as_a_sentence_that_reads_alone() -> None:
    from briefgen.render import render_html, render_markdown

    brief = _two_reports()
    md = render_markdown(brief)
    appendix = md[md.index("## Appendix A") : md.index("## Appendix B")]
    entries = [line for line in appendix.splitlines() if line.startswith("- ")]
    # one entry: the opening, told by both reports and citing both
    assert len(entries) == 1
    assert "opened" in entries[0] and "[1][2]" in entries[0]
    assert entries[0].startswith("- **5 March 2024**")
    assert "all 4 events found in the sources are in the JSON" in appendix
    html = render_html(brief)
    chronology = html[html.index('id="chronology"') :]
    chronology = chronology[: chronology.index("</section>")]
    assert chronology.count('<td class="c-date">') == 1
    for text in (md, chronology):
        section = text if text is chronology else appendix
        assert "He also praised" not in section  # leans on the sentence before
        assert "Opening the harbour" not in section  # a fragment: no finite verb


def test_a_sentence_whose_dated_verb_is_not_finite_is_not_printed() -> None:
    # controls: the same news with a finite predicate is printed
    assert _told_alone("The governor signed the budget bill on Tuesday in Springfield.")
    assert _told_alone(
        "The governor was quietly signing the budget bill on Tuesday.", verb="signing"
    )
    from briefgen.fragments import no_finite_verb

    spoke = "Speaking on Tuesday in Springfield, the governor said the bill was signed."
    assert not no_finite_verb(spoke, (0, 8))  # its predicate follows the comma
    spoke = "Speaking to reporters on Tuesday the governor criticised the bill."
    assert not no_finite_verb(spoke, (0, 8))
    assert not _told_alone(
        "The governor signing the budget bill on Tuesday in Springfield.", verb="signing"
    )
    assert not _told_alone("To sign the budget bill on Tuesday in Springfield.", verb="sign")


_OPENS = "Mayor Ana Lopez opened the new harbour bridge on Tuesday, the council said."
_STORM = "A storm flooded the old port of Lisbon on Wednesday, killing three fishermen."


def _report_event(doc: str, text: str, sentence: str, when: str, day: str, verb: str) -> Event:
    """``sentence`` of ``doc`` (whose text is ``text``) dated by ``when`` (``day``)."""
    start, at, head = text.index(sentence), text.index(when), text.index(verb)
    mention = EventMention(
        id=f"m-{doc}-{verb}",
        doc=doc,
        date=day,
        timex=Timex(at, at + len(when), when, "DATE", day),
        description=sentence,
        evidence=Evidence(doc, start, start + len(sentence), sentence, sentence, start),
        predicate=(head, head + len(verb)),
    )
    return Event(f"e-{doc}-{verb}", day, sentence, (mention,), (doc,), salience=0.5)


def test_without_a_query_an_aside_naming_none_of_the_principals_is_not_printed() -> None:
    # Ten reports on the bridge, built without a query: Ana Lopez, whom every report
    # names, is whom the story is about (as the timeline weighs a sentence), so the last
    # report's aside on a storm abroad is no entry, while her act is.
    texts = {f"d{n}": _OPENS for n in range(9)} | {"d9": f"{_OPENS} {_STORM}"}
    docs = tuple(
        Document(id=d, source=f"{d}.txt", format="txt", text=t, title="Bridge", date="2024-03-09")
        for d, t in texts.items()
    )
    lopez = Actor(
        "lopez",
        "Ana Lopez",
        "person",
        mentions=tuple(Mention(d, 6, 15, "Ana Lopez", "name", "person") for d in texts),
        sources=tuple(texts),
    )
    brief = dataclasses.replace(empty_brief(), documents=docs, actors=(lopez,), query=())
    events = [
        _report_event("d9", texts["d9"], _OPENS, "Tuesday", "2024-03-05", "opened"),
        _report_event("d9", texts["d9"], _STORM, "Wednesday", "2024-03-06", "flooded"),
    ]
    printed = {t.text for t in told_sentences(events, None, Printing.of(brief)).values()}
    assert any("Ana Lopez opened the new harbour bridge" in t for t in printed)
    assert not any("storm" in t for t in printed)
