"""What a build reads and what it leaves out: languages, encodings, copies, topic, dates."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefgen.build_notes import read_summary
from briefgen.cli import app
from briefgen.config import load_config
from briefgen.ingest.readers import read_file
from briefgen.models import Brief, Document
from briefgen.pipeline import assemble_brief

NOW = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)

FLU = """Flu cases rise in Mexico City

Health officials in Mexico City said on Monday that 20 more people had fallen ill with the
new flu strain. The health minister said schools would stay closed until next week.
Doctors said the flu strain spread from person to person. The minister said the
government had enough antiviral drugs for the whole city.
Nurses wait outside a clinic in the capital on Monday
"""

FRENCH = """La grippe progresse au Mexique

Les autorités sanitaires de Mexico ont annoncé lundi que vingt personnes supplémentaires
avaient été contaminées par la nouvelle souche de grippe. Le ministre de la Santé a
déclaré que les écoles resteraient fermées jusqu'à la semaine prochaine, et que le
gouvernement disposait de suffisamment de médicaments antiviraux pour toute la ville.
"""

RUSSIAN = (
    "Грипп в Мексике\n\nМинистр здравоохранения Мексики заявил в понедельник, что ещё двадцать "
    "человек заразились новым штаммом гриппа. По его словам, школы останутся закрытыми до "
    "следующей недели, а у правительства достаточно противовирусных препаратов для всего города.\n"
)

OFF_TOPIC = """Football final tonight

The city's football team plays its final tonight in front of a full stadium. The coach
said the players were ready and that the crowd would make the difference.
Related article: Flu cases rise
"""


def _brief(tmp_path: Path, query: str | None = None) -> Brief:
    config = load_config(None, inputs=[str(tmp_path / "in")], query=query, ref_date="2009-04-27")
    brief, _ = assemble_brief(config, now=NOW)
    return brief


def _write(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


def test_a_cp1251_file_reads_as_russian(tmp_path: Path) -> None:
    path = _write(tmp_path, "ru.txt", RUSSIAN, "cp1251")
    doc = read_file(path, tmp_path)[0]
    assert doc.text == RUSSIAN


def test_the_model_tells_the_documents_languages_in_a_child_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The language model's tables would stay in the build's process to its end: the
    documents only it tells are asked about in one forked child."""
    from briefgen.ingest import language

    loads = tmp_path / "loads.log"
    real = language._identifier

    def loading() -> object:
        with loads.open("a", encoding="utf-8") as out:
            out.write(f"{os.getpid()}\n")
        return real()

    monkeypatch.setattr(language, "_identifier", loading)
    _write(tmp_path / "in", "flu.txt", FLU)
    _write(tmp_path / "in", "fr.txt", FRENCH)
    _write(tmp_path / "in", "ru.txt", RUSSIAN, "cp1251")
    brief = _brief(tmp_path)
    assert [d.id for d in brief.documents] == ["flu.txt"]
    assert {n.doc for n in brief.notes if n.dropped == "not-english"} == {"fr.txt", "ru.txt"}
    pids = set(loads.read_text(encoding="utf-8").split())
    assert len(pids) == 1 and str(os.getpid()) not in pids  # one child for both


def test_utf16_is_text_not_binary(tmp_path: Path) -> None:
    path = _write(tmp_path, "flu.txt", FLU, "utf-16")
    assert read_file(path, tmp_path)[0].text == FLU


def test_foreign_documents_are_named_not_read(tmp_path: Path) -> None:
    _write(tmp_path / "in", "flu.txt", FLU)
    _write(tmp_path / "in", "2009-04-27-fr.txt", FRENCH)
    _write(tmp_path / "in", "ru.txt", RUSSIAN, "cp1251")
    brief = _brief(tmp_path)
    assert [d.id for d in brief.documents] == ["flu.txt"]
    notes = {n.doc: n for n in brief.notes if n.dropped}
    assert notes["2009-04-27-fr.txt"].dropped == "not-english"
    assert "language: fr" in notes["2009-04-27-fr.txt"].message
    # its stated date is still read
    assert "2009-04-27" in notes["2009-04-27-fr.txt"].message
    assert "language: ru" in notes["ru.txt"].message
    assert read_summary(brief) == "1 read, 2 not English"


def test_a_caption_is_never_shown_as_a_sentence(tmp_path: Path) -> None:
    _write(tmp_path / "in", "flu.txt", FLU)
    brief = _brief(tmp_path)
    shown = [c.text for c in brief.summary.judgments]
    shown += [c.text for entry in brief.timeline for c in entry.sentences]
    shown += [p.text for p in brief.positions]
    assert shown, "the fixture should give the brief something to show"
    assert not any("Nurses wait" in s for s in shown)
    doc = brief.documents[0]
    kinds = {doc.text[b.start : b.end]: b.kind for b in doc.blocks}
    assert kinds["Nurses wait outside a clinic in the capital on Monday"] == "caption"


def test_a_copy_is_read_once_and_named(tmp_path: Path) -> None:
    _write(tmp_path / "in", "a.txt", FLU)
    _write(tmp_path / "in", "b.txt", FLU.replace("Monday", "Monday afternoon", 1))
    brief = _brief(tmp_path)
    assert [d.id for d in brief.documents] == ["a.txt"]
    assert any(
        n.doc == "b.txt" and n.dropped == "duplicate" and "a copy of a.txt" in n.message
        for n in brief.notes
    )
    # the pair is told once: b.txt has no publisher to name beside a.txt's own note
    assert not any(n.doc == "a.txt" and "also published" in n.message for n in brief.notes)
    assert all(e.sources == ("a.txt",) for e in brief.events)


def test_a_copy_from_another_publisher_is_named_on_the_page_kept(tmp_path: Path) -> None:
    rows = [
        {"id": "a", "time": "2009-04-27", "title": "Flu", "text": FLU},
        {"id": "b", "time": "2009-04-27", "title": "Flu", "text": FLU, "publisher": "Wire"},
    ]
    folder = tmp_path / "in"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "flu.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    brief = _brief(tmp_path)
    assert [d.id for d in brief.documents] == ["a"]
    assert any(n.doc == "a" and n.message == "also published by Wire" for n in brief.notes)


def test_off_topic_means_not_in_the_headline_or_body(tmp_path: Path) -> None:
    _write(tmp_path / "in", "flu.txt", FLU)
    _write(tmp_path / "in", "football.txt", OFF_TOPIC)  # names the flu in a sidebar only
    brief = _brief(tmp_path, query="flu")
    assert [d.id for d in brief.documents] == ["flu.txt"]
    assert [(n.doc, n.dropped) for n in brief.notes if n.dropped] == [("football.txt", "off-topic")]
    note = next(n.message for n in brief.notes if n.dropped)
    assert "not in its title, headline or opening, and its body of 29 words names it not once" in (
        note
    )


def _schedule(mentions: int) -> str:
    """A long programme schedule: one show a line, the flu named in a few shows deep in it."""
    shows = [
        f"Show {i} brings music, gardening tips and listeners' stories from town number {i}."
        for i in range(80)
    ]
    for k in range(mentions):
        shows[40 + 10 * k] = f"Show {40 + 10 * k} asks a doctor how to avoid the flu this winter."
    return "Radio schedule for the week\n\n" + "\n".join(shows) + "\n"


def test_a_long_page_naming_the_query_in_passing_is_off_topic(tmp_path: Path) -> None:
    _write(tmp_path / "in", "flu.txt", FLU)
    _write(tmp_path / "in", "schedule.txt", _schedule(mentions=2))
    brief = _brief(tmp_path, query="flu")
    assert [d.id for d in brief.documents] == ["flu.txt"]
    (note,) = [n for n in brief.notes if n.dropped]
    assert note.doc == "schedule.txt" and note.dropped == "off-topic"
    assert "names it 2 times (on topic from 2 times, and once per 500 words)" in note.message


def test_the_query_in_the_opening_words_keeps_a_long_article(tmp_path: Path) -> None:
    opening = "The flu has closed three schools in the town this week, officials said.\n"
    _write(tmp_path / "in", "schools.txt", "Schools close\n\n" + opening + _schedule(0))
    assert [d.id for d in _brief(tmp_path, query="flu").documents] == ["schools.txt"]


def test_query_words_side_by_side_are_one_mention(tmp_path: Path) -> None:
    # a short piece on another subject that names the query once, as a full name
    ratings = (
        "TV ratings for Thursday\n\n"
        "The most watched programmes last night were the soaps, with 8 million viewers each.\n"
        "The evening news held its audience of five million, and the quiz show after it lost "
        "a tenth of its viewers to the football on the other side.\n"
        "A nature series about the islands of the north drew three million viewers, more "
        "than its makers had hoped for on a night of strong competition.\n"
        "A late-night interview with the singer Mary Berg drew 700,000 viewers on a small "
        "channel.\nThe comedy series drew 2.5 million viewers, its makers said on Friday.\n"
    )
    _write(tmp_path / "in", "flu.txt", FLU.replace("Health officials", "Mary Berg and officials"))
    _write(tmp_path / "in", "ratings.txt", ratings)
    brief = _brief(tmp_path, query="mary,berg")
    assert [d.id for d in brief.documents] == ["flu.txt"]
    (note,) = [n for n in brief.notes if n.dropped]
    assert note.doc == "ratings.txt" and "names it once" in note.message


def test_a_programme_schedule_naming_the_query_in_its_opening_is_off_topic(
    tmp_path: Path,
) -> None:
    slots = [
        f"{h}.00-{h + 1} .00 pm RADIO {h % 4 + 1} Show {h} brings music and stories from town {h}."
        for h in range(1, 9)
    ]
    slots[0] = "1.00-2 .00 pm RADIO 1 A doctor explains how to avoid the flu this winter."
    _write(tmp_path / "in", "flu.txt", FLU)
    _write(tmp_path / "in", "radio.txt", "Radio this week\n\n" + "\n".join(slots) + "\n")
    brief = _brief(tmp_path, query="flu")
    assert [d.id for d in brief.documents] == ["flu.txt"]
    (note,) = [n for n in brief.notes if n.dropped]
    assert note.doc == "radio.txt" and "a programme schedule (8 time slots)" in note.message


def test_a_multi_word_query_needs_all_its_words_together(tmp_path: Path) -> None:
    _write(tmp_path / "in", "flu.txt", FLU)
    assert _brief(tmp_path, query="Mexico City").documents
    with pytest.raises(Exception, match="no documents left"):
        _brief(tmp_path, query="Mexico Senate")


def test_a_stated_jsonl_date_is_not_overridden_by_a_sidebar_or_the_body(tmp_path: Path) -> None:
    text = (
        "Protesters fill Tahrir Square\n"
        "Thousands of protesters gathered in Cairo on Tuesday, witnesses said.\n"
        "Police fired tear gas at the crowd in the afternoon, witnesses said.\n"
        "Elections are due in September 2011.\n"
        "Most read: Egypt's election of March 2047 | Cairo in June 2047\n"
        "In May 2014 a court jailed the leaders, and in June 2014 it confirmed the sentence.\n"
    )
    row = {"id": "cairo-1", "time": "2011-01-25", "title": "Protests", "text": text}
    _write(tmp_path / "in", "feed.jsonl", json.dumps(row) + "\n")
    brief = _brief(tmp_path)
    doc = brief.documents[0]
    assert doc.date == "2011-01-25" and doc.date_source == "field"
    assert brief.period == ("2011-01-25", "2011-01-25")
    # the body's contradiction is flagged, not applied
    assert any("stated date is kept" in w for w in doc.warnings)


def test_the_terminal_summary_names_every_dropped_document(tmp_path: Path) -> None:
    _write(tmp_path / "in", "flu.txt", FLU)
    _write(tmp_path / "in", "z-copy.txt", FLU)
    _write(tmp_path / "in", "football.txt", OFF_TOPIC)
    _write(tmp_path / "in", "fr.txt", FRENCH)
    _write(tmp_path / "in", "empty.txt", "   \n")
    out = tmp_path / "brief.json"
    result = CliRunner().invoke(
        app,
        [
            "extract",
            str(tmp_path / "in"),
            "-o",
            str(out),
            "--query",
            "flu",
            "--ref-date",
            "2009-04-27",
        ],
    )
    assert result.exit_code == 0, result.output
    last = result.output.strip().splitlines()[-1]
    assert last.startswith("1 read, 1 off-topic, 1 duplicate, 1 not English, 1 empty; wrote "), last
    notes = json.loads(out.read_text())["notes"]
    assert {n["doc"].rsplit("/", 1)[-1] for n in notes if n["dropped"]} == {
        "z-copy.txt",
        "football.txt",
        "fr.txt",
        "empty.txt",
    }


def test_no_evidence_sentence_reaches_into_a_glued_caption(tmp_path: Path) -> None:
    text = (
        "Flu spreads to Europe Health officials fear a pandemic as cases rise "
        "Monday 27 April 2009 18.45 BST Travellers wear masks at the airport in Mexico City.\n"
        "Photograph: Jane Doe/AP Health officials in Spain confirmed on Monday that a man "
        "who had returned from Mexico had the new flu, the health minister said.\n"
        "The minister said the patient was recovering in hospital in Valencia on Monday.\n"
    )
    row = {"id": "flu-1", "time": "2009-04-27", "title": "Flu", "text": text}
    _write(tmp_path / "in", "feed.jsonl", json.dumps(row) + "\n")
    brief = _brief(tmp_path)
    evidence = [m.evidence for e in brief.events for m in e.mentions]
    evidence += [p.evidence for p in brief.positions]
    evidence += [ev for c in brief.summary.judgments for ev in c.evidence]
    assert evidence
    for ev in evidence:
        assert "Photograph" not in ev.sentence and "masks" not in ev.sentence, ev.sentence


def test_a_title_cut_from_the_page_line_is_shown_as_its_headline(tmp_path: Path) -> None:
    """Scraped feeds fill ``title`` with the page's flattened first line; the sources list
    shows the article's headline, the JSON keeps the title as read."""
    from briefgen.render import render_markdown

    text = (
        "Page last updated at 07:43 GMT, Wednesday, 29 April 2009\n"
        "Flu Reaches Spain\n"
        "Health officials in Spain confirmed on Monday that a man who had returned from "
        "Mexico had the new flu, the health minister said.\n"
        "The minister said the patient was recovering in hospital in Valencia.\n"
    )
    title = " ".join(text.split())[:90]
    row = {"id": "flu-1", "time": "2009-04-29", "title": title, "text": text}
    _write(tmp_path / "in", "feed.jsonl", json.dumps(row) + "\n")
    brief = _brief(tmp_path)
    assert brief.documents[0].title == title
    sources = render_markdown(brief).split("Sources", 1)[-1]
    assert "Flu Reaches Spain" in sources
    assert "Page last updated" not in sources


def ingest_folder(tmp_path: Path) -> list[Document]:
    from briefgen.ingest import ingest
    from briefgen.structure.sieve import sieve

    return list(sieve(ingest([str(tmp_path / "in")]).documents).documents)


def off_topic(document: Document, query: str) -> str:
    from briefgen.structure.topic import off_topic_note, query_pattern

    pattern = query_pattern(query.split(","))
    assert pattern is not None
    return off_topic_note(document, pattern)


def _sieved(tmp_path: Path, query: str) -> list[str]:
    """The documents the sieve keeps for ``query`` (no NLP: topic is decided before it)."""
    from briefgen.ingest import ingest
    from briefgen.structure.sieve import sieve

    documents = ingest([str(tmp_path / "in")]).documents
    return sorted(d.id for d in sieve(documents, query.split(",")).documents)


CONDEMN = """Neighbours condemn the blasts

Several governments on Saturday condemned the bomb attacks on the American embassies in
two East African capitals and sent their condolences to the families of the victims.
The foreign ministry said it stood ready to help the investigation in any way it could.
"""


def test_a_plural_of_the_query_is_the_topic(tmp_path: Path) -> None:
    # "embassies" and "bombings" are the query "embassy,bombing": the story, in the plural
    _write(tmp_path / "in", "condemn.txt", CONDEMN)
    assert _sieved(tmp_path, "embassy,bombing") == ["condemn.txt"]


def _resorts(name_parts: int, mentions: int) -> str:
    """A long business story naming the query mostly as part of its resorts' names."""
    filler = [
        f"The club {i} had seen its members leave over the years, and its owners said the "
        f"greens would be rebuilt with water-saving grass by the spring."
        for i in range(60)
    ]
    for k in range(name_parts):
        filler[5 + 3 * k] = f"Prices rose at the Baker National Golf Club {k} after the refit."
    for k in range(mentions):
        filler[40 + 3 * k] = f"Mr. Baker said the market for luxury courses was coming back {k}."
    return "Golf courses change with the times\n\n" + " ".join(filler) + "\n"


def test_a_query_word_inside_a_longer_name_is_not_the_topic(tmp_path: Path) -> None:
    # six mentions keep a 1,400-word page, two do not: four of six name resorts, not the man
    _write(tmp_path / "in", "golf.txt", _resorts(name_parts=4, mentions=2))
    assert _sieved(tmp_path, "baker") == []
    (document,) = ingest_folder(tmp_path)
    assert "names it 2 times (besides 4 inside longer names;" in off_topic(document, "baker")
    _write(tmp_path / "in", "golf.txt", _resorts(name_parts=0, mentions=6))
    assert _sieved(tmp_path, "baker") == ["golf.txt"]


def test_a_weekday_after_the_name_is_still_the_person(tmp_path: Path) -> None:
    # "Baker Tuesday said": the day of what the person did; "Baker National": a resort
    page = _resorts(name_parts=0, mentions=0)
    _write(
        tmp_path / "in", "golf.txt", page.replace("The club 0", "Mr. Baker Tuesday said the club")
    )
    assert _sieved(tmp_path, "baker") == ["golf.txt"]
    _write(tmp_path / "in", "golf.txt", page.replace("The club 0", "The Baker National club"))
    assert _sieved(tmp_path, "baker") == []


AD = (
    "A faster way to trade on every market A simpler approach to your compliance needs "
    "Our newest research platform for every lawyer\n"
)


@pytest.mark.parametrize("query", [None, "flu"])
def test_a_boilerplate_only_page_is_said_to_be_empty_once(
    tmp_path: Path, query: str | None
) -> None:
    # a scraped page that kept the site's ad strip and not the article, saved twice
    _write(tmp_path / "in", "flu.txt", FLU)
    _write(tmp_path / "in", "ad-1.txt", AD)
    _write(tmp_path / "in", "ad-2.txt", AD)
    brief = _brief(tmp_path, query)
    assert [d.id for d in brief.documents] == ["flu.txt"]
    notes = [(n.doc, n.message) for n in brief.notes if n.doc != "flu.txt"]
    assert notes == [
        ("ad-2.txt", "a copy of ad-1.txt, which has no article text (boilerplate only); not read"),
        ("ad-1.txt", "has no article text (boilerplate only, 22 words on the page); not read"),
    ]
    assert read_summary(brief) == "1 read, 2 empty"


COLUMN = (
    "- Jo Roe is a Daily Wire columnist.\n"
    "The views expressed are her own -- Flu cases rose again in Mexico City this week.\n"
    "Health officials said on Monday that 20 more people had fallen ill with the new flu "
    "strain, and the schools would stay closed until next week.\n"
)


def test_a_column_is_named_by_its_first_sentence_not_its_writer_note() -> None:
    from briefgen.structure.sieve import sieve
    from briefgen.structure.title import shown_title

    # a feed row whose title is the page's first line: the columnist's note on the writer
    first_line = COLUMN.splitlines()[0]
    docs = [
        Document(id=f"{i}.txt", source=f"{i}.txt", format="jsonl", text=text, title=title)
        for i, (text, title) in enumerate([(COLUMN, first_line), (FLU, "Flu cases rise")])
    ]
    shown = [shown_title(d) for d in sieve(docs).documents]
    assert shown[0] == "Flu cases rose again in Mexico City this week."
    # a sentence that runs on about a journalist is the story's own
    story = "Jo Roe is a Daily Wire reporter who was arrested in Lima on Monday.\n" + FLU
    doc = Document(id="s.txt", source="s.txt", format="jsonl", text=story, title="Jo Roe")
    assert shown_title(sieve([doc]).documents[0]) == story.splitlines()[0]


def test_a_page_of_readers_letters_is_not_called_empty() -> None:
    from briefgen.models import Block
    from briefgen.structure.empty import has_article_text

    # no body either, but text of its own: readers' letters, not the site's frame
    text = "Letters\nThe clinic is a waste of money. Jane Roe.\nSubscribe now\n"
    letters = Document(
        id="l.txt",
        source="l.txt",
        format="txt",
        text=text,
        title="Letters",
        blocks=(Block(0, 7, "headline"), Block(8, 47, "comment"), Block(48, 61, "furniture")),
    )
    assert has_article_text(letters)
    framed = replace(letters, blocks=(Block(0, 7, "headline"), Block(48, 61, "furniture")))
    assert not has_article_text(framed)
