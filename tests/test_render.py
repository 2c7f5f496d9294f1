"""HTML and Markdown rendering: section order, escaping, template overrides, dates, SVG."""

from __future__ import annotations

import dataclasses
import re
from html import unescape
from pathlib import Path

import jinja2
import pytest
from sample_brief import empty_brief, sample_brief

from briefgen.models import Brief, Cited, Document, Summary, TimelineEntry
from briefgen.render import default_template_dir, make_environment, render_html, render_markdown
from briefgen.render.citing import trim
from briefgen.render.context import heading
from briefgen.render.svg import AxisItem, timeline_svg

SECTION_IDS = ["summary", "whats-new", "timeline", "actors", "chronology", "sources", "notes"]


@pytest.fixture(scope="module")
def html() -> str:
    return render_html(sample_brief())


def _positions(text: str, needles: list[str]) -> list[int]:
    return [text.index(n) for n in needles]


def test_sections_appear_in_order(html: str) -> None:
    anchors = [f'id="{s}"' for s in ["cover", "contents", *SECTION_IDS]]
    positions = _positions(html, anchors)
    assert positions == sorted(positions)


def test_toc_links_every_section(html: str) -> None:
    toc = html[html.index('id="contents"') : html.index("</nav>")]
    assert re.findall(r'href="#([\w-]+)"', toc) == SECTION_IDS


def test_whats_new_only_when_set() -> None:
    page = render_html(sample_brief(whats_new=None))
    assert 'id="whats-new"' not in page
    assert "What’s new" not in page


def test_citations_link_to_numbered_sources(html: str) -> None:
    brief = sample_brief()
    for n, doc in enumerate(brief.documents, start=1):
        assert f'<li id="src-{n}">' in html
        assert html.index(f'id="src-{n}"') > html.index('id="sources"')
        assert doc.publisher is None or doc.publisher in html
    # d1 and d2 back the first key judgment: sources 1 and 2.
    judgments = html[html.index('class="judgments"') :]
    first = judgments[: judgments.index("</li>")]
    assert re.search(r'href="#src-1"( id="cite-1")?>\[1\]</a><a class="cite" href="#src-2"', first)
    assert html.count('class="cite"') > 20


def test_article_markup_is_escaped(html: str) -> None:
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # document title, Appendix B


def test_hostile_quote_and_title_escaped() -> None:
    hostile = '<img src="http://127.0.0.1:9/x.png"><script>alert(2)</script>'
    brief = sample_brief()
    docs = list(brief.documents)
    docs[0] = dataclasses.replace(docs[0], title=hostile)
    summary = dataclasses.replace(
        brief.summary, judgments=(Cited(hostile, brief.summary.judgments[0].evidence),)
    )
    page = render_html(dataclasses.replace(brief, documents=tuple(docs), summary=summary))
    assert "<img" not in page and "<script>" not in page
    assert "&lt;img src=&#34;http://127.0.0.1:9/x.png&#34;&gt;" in page


def test_human_dates_in_timeline(html: str) -> None:
    for label in ["8–9 July 2021", "August 2021", "15 August 2021", "Autumn 2021", "The 1990s"]:
        assert label in html
    assert "Reported by 3 sources" in html or "reported by 3 sources" in html


@pytest.mark.parametrize(
    ("value", "label"),
    [
        ("2021-07-08", "8 July 2021"),
        ("2016-10-09TNI", "9 October 2016"),
        ("2016-W41", "Week of 10 October 2016"),
        ("2021-FA", "Autumn 2021"),
        ("PRESENT_REF", "Ongoing"),
        (None, "Undated"),
    ],
)
def test_line_opening_labels(value: str | None, label: str) -> None:
    assert heading(value) == label


def test_svg_places_and_skips() -> None:
    items = [
        AxisItem("1", "2021-07-08"),
        AxisItem("2", "2021-07"),
        AxisItem("3", "2021-SU"),
        AxisItem("4", "2021-07-08/2021-07-09"),
        AxisItem("5", "199"),
        AxisItem("6", "PRESENT_REF"),
    ]
    svg = timeline_svg(items)
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    markers = re.findall(r'font-weight="bold" fill="#ffffff">(\d+)</text>', svg)
    assert sorted(markers) == ["1", "2", "3", "4", "5"]
    assert "Jul" in svg
    assert timeline_svg([AxisItem("1", "nonsense")]) == ""


def test_background_before_the_sources_period_does_not_stretch_its_axis() -> None:
    items = [
        AxisItem("1", "2016-05"),
        *(AxisItem(str(n), f"2016-09-{n:02d}") for n in range(8, 20)),
    ]
    one_axis = timeline_svg(items)
    assert "DETAIL" not in one_axis  # one axis, May to September: the period a sliver of it
    split = timeline_svg(items, since="2016-09-08")
    assert "OVERVIEW" in split and "DETAIL" in split
    detail = split[split.index("DETAIL") :]
    assert ">1</text>" not in detail and ">8</text>" in detail and ">19</text>" in detail
    # Background a few days before the first source shares the period's axis.
    near = [AxisItem("1", "2016-09-06"), *items[1:]]
    assert "DETAIL" not in timeline_svg(near, since="2016-09-08")


def test_trim_cuts_at_a_word() -> None:
    text = "word " * 100
    out = trim(text, 50)
    assert len(out) <= 50 and out.endswith("word…")


def test_a_long_statement_is_cut_after_its_last_whole_sentence() -> None:
    text = (
        "The bridge has served the town for a century. It needs repairs now. "
        "What I keep telling people is that whether it is the ferry, the toll or the "
        "traffic, the long-term answer is a new bridge built by the state."
    )
    whole = "The bridge has served the town for a century. It needs repairs now. …"
    assert trim(text, 100) == whole
    # past a quotation mark the narration speaks: cut at a word, as before
    told = "We will build it,” the mayor told reporters on Monday. “And the state will pay " * 3
    assert "reporters on Monday. …" not in trim(told, 100)
    # an initial's stop is no sentence's end
    named = "Mr. Ames met George H.W. Bush at the bridge on a cold and windy day in May " * 3
    assert not trim(named, 60).startswith("Mr. …")
    assert "H. …" not in trim(named, 60) and "H.W. …" not in trim(named, 60)


def test_long_quotes_are_trimmed() -> None:
    brief = sample_brief()
    long = dataclasses.replace(brief.positions[0], text="very long quote " * 60)
    page = render_html(dataclasses.replace(brief, positions=(long, *brief.positions[1:])))
    assert "very long quote " * 60 not in page
    assert "quote…" in page or "long…" in page or "very…" in page


def test_empty_brief_reads_sensibly() -> None:
    page = render_html(empty_brief())
    for sentence in [
        "No dated events found.",
        "No actors were identified in the sources.",
        "No key judgments could be drawn from the sources.",
        "No sources.",
        "No data problems were found.",
        "No figure in the sources passed the key-figure tests.",
    ]:
        assert sentence in page
    assert "Undefined" not in page
    assert "No figure in the sources passed the key-figure tests." in render_markdown(empty_brief())
    # the empty disagreements line says what was compared, not that the sources agree
    for text in (page, render_markdown(empty_brief())):
        assert "No disagreement was flagged" in text or "no disagreement was flagged" in text
        assert "as not cross-checked" in text
        assert "No disagreements between sources were detected" not in text


def test_undated_source_and_unknown_citation_do_not_crash() -> None:
    brief = sample_brief()
    ghost = Cited(
        "A sentence from nowhere.",
        (dataclasses.replace(brief.summary.judgments[0].evidence[0], doc="missing"),),
    )
    page = render_html(dataclasses.replace(brief, summary=Summary(bottom_line=ghost)))
    assert "A sentence from nowhere." in page
    extra = Document("dx", "x.txt", "txt", "text", "")  # no title, no date
    page = render_html(dataclasses.replace(brief, documents=(*brief.documents, extra)))
    assert "x.txt" in page and "no date found" in page


def test_override_file_by_file(tmp_path: Path) -> None:
    (tmp_path / "cover.html.j2").write_text('<section id="cover">MY COVER {{ title }}</section>')
    page = render_html(sample_brief(), tmp_path)
    assert "MY COVER Russia and the Taliban" in page
    assert 'id="timeline"' in page  # the rest is still the default


def test_override_extends_default_and_changes_a_block(tmp_path: Path) -> None:
    (tmp_path / "brief.html.j2").write_text(
        '{% extends "default:brief.html.j2" %}\n'
        '{% block timeline %}<section id="timeline">Custom timeline for {{ title }}'
        "</section>{% endblock %}\n"
        "{% block extra_css %}h2 { color: green; }{% endblock %}"
    )
    page = render_html(sample_brief(), tmp_path)
    assert "Custom timeline for Russia" in page
    assert "h2 { color: green; }" in page
    assert 'id="actors"' in page and "Figure 1." not in page


def test_override_partial_can_extend_default_partial(tmp_path: Path) -> None:
    (tmp_path / "macros.html.j2").write_text('{% extends "default:macros.html.j2" %}')
    page = render_html(sample_brief(), tmp_path)
    assert 'href="#src-1"' in page


def test_environment_is_strict_and_escapes(tmp_path: Path) -> None:
    env = make_environment(tmp_path)
    (tmp_path / "x.html.j2").write_text("{{ missing }}")
    with pytest.raises(jinja2.UndefinedError):
        env.get_template("x.html.j2").render()
    assert env.from_string("{{ v }}").render(v="<b>") == "&lt;b&gt;"
    assert (default_template_dir() / "brief.html.j2").is_file()
    assert env.get_template("default:brief.css")


def test_markdown_has_every_section_and_escapes() -> None:
    md = render_markdown(sample_brief())
    headings = [
        "# Russia and the Taliban",
        "## Executive summary",
        "## What’s new since the last brief",
        "## Timeline",
        "## Actor profiles",
        "## Appendix A · Full chronology",
        "## Appendix B · Sources",
        "## Appendix C · Data notes",
    ]
    positions = _positions(md, headings)
    assert positions == sorted(positions)
    assert "<script>" not in md
    assert "8–9 July 2021" in md and "[1][2]" in md
    assert "No dated events found." in render_markdown(empty_brief())


def test_override_extends_a_default_partial(tmp_path: Path) -> None:
    (tmp_path / "timeline.html.j2").write_text(
        '{% extends "default:timeline.html.j2" %}'
        "{% block timeline_figure %}<p>No figure, by request.</p>{% endblock %}"
    )
    (tmp_path / "summary.html.j2").write_text(
        '{% extends "default:summary.html.j2" %}'
        '{% block key_figures %}<h3 class="sub">Numbers</h3>{{ super() }}{% endblock %}'
    )
    page = render_html(sample_brief(), tmp_path)
    assert "No figure, by request." in page and "<svg" not in page
    assert "15 August 2021" in page  # entries still rendered by the default partial
    assert '<h3 class="sub">Numbers</h3>' in page and "About 2,500 troops" in page
    assert 'href="#src-2">[2]</a>' in page


def test_many_actors_profile_the_first_twelve() -> None:
    brief = sample_brief()
    base = brief.actors[3]
    many = [
        dataclasses.replace(
            base, id=f"a{i}", name=f"Actor {i:02d}", mentions=base.mentions * (i % 2 + 1)
        )
        for i in range(30)
    ]
    page = render_html(dataclasses.replace(brief, actors=tuple(many), whats_new=None))
    assert page.count('<article class="actor"') == 12
    assert "Also mentioned" in page and "Named once" in page
    assert 'id="actor-a29"' in page


def test_a_denial_is_shown_with_its_speaker_and_verb() -> None:
    """A reported position reads as a statement, never as its bare (opposite) content."""
    brief = sample_brief()
    last = brief.positions[-1]
    denial = dataclasses.replace(last, cue="did not say", polarity="negated")
    brief = dataclasses.replace(brief, positions=(*brief.positions[:-1], denial))
    page = render_html(brief)
    md = render_markdown(brief)
    shown = f"{denial.speaker} did not say {denial.text}"
    assert shown in page
    assert shown in md
    assert "Reported:" not in page and "Reported:" not in md


def test_a_profile_shows_when_a_statement_was_said_not_when_it_ran() -> None:
    brief = sample_brief()
    last = brief.positions[-1]
    earlier = dataclasses.replace(last, date="2021-08-20")
    changed = dataclasses.replace(brief, positions=(*brief.positions[:-1], earlier))
    md = render_markdown(changed)
    actors = md[md.index("## Actor profiles") :]
    line = next(x for x in actors.splitlines() if last.text[:30] in x)
    assert line.endswith(" — 20 August 2021")
    page = render_html(changed)
    actors = page[page.index('id="actors"') :]
    shown = actors[actors.index(last.text[:30]) :]
    assert "<footer>20 August 2021</footer>" in shown[: shown.index("</blockquote>") + 15]


def test_chronology_entries_read_as_statements_and_the_json_keeps_every_event() -> None:
    brief = sample_brief()
    first, *rest = brief.events
    fragment = dataclasses.replace(first, description="What followed")
    page = render_html(dataclasses.replace(brief, events=(fragment, *rest)))
    chronology = page[page.index('id="chronology"') :]
    chronology = chronology[: chronology.index("</section>")]
    assert "What followed" not in chronology
    # the sample's mentions are dated phrases, not clauses: none reads as an entry, and
    # the reader is told where every event is
    assert f"None of the {len(brief.events)} events found in the sources" in chronology
    assert "brief.json" in chronology


def test_a_position_is_dated_when_said_or_labelled_as_reported() -> None:
    """A position whose text gives no day shows the article's date as when it was
    reported, not as when it was said (a proposal recalled as background)."""
    from briefgen.render.context import build_context

    brief = sample_brief()
    said = dataclasses.replace(brief.positions[0], date="2021-08-14")
    brief = dataclasses.replace(brief, positions=(said, *brief.positions[1:]))
    views = [p for a in build_context(brief)["actors"] for p in a.positions]
    labels = {v.position.id: v.date_label for v in views}
    assert labels[said.id] == "14 August 2021"
    published = {d.id: d.date for d in brief.documents if d.date}
    undated = [v for v in views if v.position.date is None and v.position.doc in published]
    assert undated and all(v.date_label.startswith("reported ") for v in undated)
    # the extraction gives an undated statement its article's day: still "reported"
    first = undated[0].position
    on_the_day = dataclasses.replace(first, date=published[first.doc])
    positions = tuple(on_the_day if p.id == first.id else p for p in brief.positions)
    views = [
        p
        for a in build_context(dataclasses.replace(brief, positions=positions))["actors"]
        for p in a.positions
    ]
    assert {v.position.id: v.date_label for v in views}[first.id].startswith("reported ")
    # "tonight" on the article's day is that day too, told the same way, not as a raw day
    day = next(v.position for v in views if len(published.get(v.position.doc, "")) == 10)
    tonight = dataclasses.replace(day, date=f"{published[day.doc]}TNI")
    positions = tuple(tonight if p.id == day.id else p for p in brief.positions)
    views = [
        p
        for a in build_context(dataclasses.replace(brief, positions=positions))["actors"]
        for p in a.positions
    ]
    assert {v.position.id: v.date_label for v in views}[day.id].startswith("reported ")


def test_a_profile_goes_to_an_actor_several_sources_name_not_to_one_story_s_interviewee() -> None:
    brief = sample_brief()
    doc = brief.documents[0]
    documents = tuple(dataclasses.replace(doc, id=f"d{n}") for n in range(1, 41))
    base = brief.actors[3]
    said = next(p for p in brief.positions if p.speaker_id)
    # twelve quoted once each by two of forty sources, ranked first; three quoted and named
    # by four sources; a place four sources name and nobody quotes
    narrow = [
        dataclasses.replace(base, id=f"n{i}", name=f"Narrow {i:02d}", sources=("d1", "d2"))
        for i in range(12)
    ]
    four = ("d1", "d2", "d3", "d4")
    wide = [
        dataclasses.replace(base, id=f"w{i}", name=f"Wide {i:02d}", sources=four) for i in range(3)
    ]
    place = dataclasses.replace(base, id="pl", name="Harbour Town", type="state", sources=four)
    country = dataclasses.replace(base, id="co", name="Portugal", type="state", sources=four)
    # a person three sources name, quoted in none, ranked past the quoted: recalled, no
    # principal of the period
    recalled = dataclasses.replace(base, id="rc", name="Old Nominee", sources=four[:3])
    positions = tuple(
        dataclasses.replace(said, id=f"p{a.id}", speaker=a.name, speaker_id=a.id)
        for a in narrow + wide
    )
    page = render_html(
        dataclasses.replace(
            brief,
            documents=documents,
            actors=tuple(narrow + wide + [place, country, recalled]),
            positions=positions,
            whats_new=None,
        )
    )
    profiles = page[page.index('<article class="actor"') : page.index("Also mentioned")]
    assert all(f"Wide {i:02d}" in profiles for i in range(3))
    assert page.count('<article class="actor"') == 4  # a small corpus has few principals
    assert "Portugal" in profiles  # a country is a party to a story, quoted or not
    assert "Narrow 11" not in profiles and "Narrow 11" in page
    assert "Harbour Town" not in profiles  # a setting nobody quotes takes no vacated place
    assert "Old Nominee" not in profiles and "Old Nominee" in page  # nor a person never heard


def test_a_party_s_members_in_the_plural_speak_as_the_text_names_them() -> None:
    """'Republicans said' is some of the party's members: the line says so, not 'Party said'."""
    from briefgen.aggregate.parties import PLURAL_MEMBERS
    from briefgen.models import AliasEvidence

    brief = sample_brief()
    last = brief.positions[-1]
    speaker = next(a for a in brief.actors if a.id == last.speaker_id)
    assert last.speaker_mention is not None
    plural = dataclasses.replace(last.speaker_mention, text="Tidewaters")
    party = dataclasses.replace(
        speaker,
        name="Tidewater Party",
        aliases=(*speaker.aliases, "Tidewaters"),
        alias_evidence=(AliasEvidence("Tidewaters", PLURAL_MEMBERS, last.doc),),
    )
    position = dataclasses.replace(last, speaker_mention=plural, cue="said", polarity="asserted")
    brief = dataclasses.replace(
        brief,
        actors=tuple(party if a.id == party.id else a for a in brief.actors),
        positions=(*brief.positions[:-1], position),
    )
    md = render_markdown(brief)
    assert f"Tidewaters said {position.text}" in md
    assert f"Tidewater Party said {position.text}" not in md
    assert "Tidewater Party said" in md  # named so at its other cues, it is the party


def test_the_story_s_subject_keeps_a_profile_without_a_statement_a_silent_body_does_not() -> None:
    """A murdered doctor or a child in a custody fight is spoken about, not quoted: still the
    story's principal, profiled first. A body named as widely and quoted nowhere gives its
    place to the quoted actors."""
    brief = sample_brief()
    doc = brief.documents[0]
    documents = tuple(dataclasses.replace(doc, id=f"d{n}") for n in range(1, 41))
    base = brief.actors[3]
    said = next(p for p in brief.positions if p.speaker_id)
    wide = tuple(f"d{n}" for n in range(1, 31))
    subject = dataclasses.replace(base, id="subj", name="Ada Quill", sources=wide)
    body = dataclasses.replace(base, id="body", name="Harbour Board", type="org", sources=wide)
    quoted = [
        dataclasses.replace(base, id=f"q{i}", name=f"Quoted {i:02d}", sources=("d1", "d2", "d3"))
        for i in range(13)
    ]
    positions = tuple(
        dataclasses.replace(said, id=f"p{a.id}", speaker=a.name, speaker_id=a.id) for a in quoted
    )
    page = render_html(
        dataclasses.replace(
            brief,
            documents=documents,
            actors=(body, subject, *quoted),
            positions=positions,
            whats_new=None,
        )
    )
    profiles = page[page.index('<article class="actor"') : page.index("Also mentioned")]
    assert profiles.index("Ada Quill") < profiles.index("Quoted 00")
    assert "Harbour Board" not in profiles and "Harbour Board" in page
    # heard in three sources, though in no line that reads alone, the body is an actor
    heard = tuple(
        dataclasses.replace(
            said, id=f"b{d}", doc=d, text="so", speaker=body.name, speaker_id=body.id
        )
        for d in ("d1", "d2", "d3")
    )
    page = render_html(
        dataclasses.replace(
            brief,
            documents=documents,
            actors=(body, subject, *quoted),
            positions=positions + heard,
            whats_new=None,
        )
    )
    profiles = page[page.index('<article class="actor"') : page.index("Also mentioned")]
    assert "Harbour Board" in profiles


def test_a_possessive_is_no_other_name_of_an_actor() -> None:
    brief = sample_brief()
    kabulov = next(a for a in brief.actors if a.id == "kabulov")
    renamed = dataclasses.replace(
        kabulov, aliases=("Kabulov", "Zamir Kabulov’s", "Kabulov's", "Mr Kabulov")
    )
    brief = dataclasses.replace(
        brief, actors=tuple(renamed if a.id == "kabulov" else a for a in brief.actors)
    )
    md = render_markdown(brief)
    also = next(line for line in md.splitlines() if line.startswith("- Also named: Kabulov"))
    assert also == "- Also named: Kabulov, Mr Kabulov"


def _each_told_once(brief: Brief, day: TimelineEntry) -> Brief:
    """``brief`` with ``day`` in its timeline and the day's two happenings (e3, e5) each
    told by one source (d4, d5)."""
    events = {e.id: e for e in brief.events}
    lone = dataclasses.replace(events["e3"], sources=("d4",))
    alone = dataclasses.replace(events["e5"], sources=("d5",))
    return dataclasses.replace(
        brief,
        events=tuple({"e3": lone, "e5": alone}.get(e.id, e) for e in brief.events),
        timeline=tuple(day if t.date == day.date else t for t in brief.timeline),
    )


def test_two_happenings_of_one_day_each_told_once_are_not_reported_by_two_sources() -> None:
    from briefgen.render.json import brief_from_json, brief_to_json

    brief = sample_brief()
    day = dataclasses.replace(brief.timeline[3], event_ids=("e3", "e5"), sources=("d4", "d5"))
    brief = _each_told_once(brief, day)
    line = next(x for x in render_markdown(brief).splitlines() if "**15 August 2021**" in x)
    assert line.endswith("_(single source each)_")
    # the JSON keeps which sources report the shown news, so a re-render says the same
    again = brief_from_json(brief_to_json(brief))
    assert next(t for t in again.timeline if t.date == day.date).sources == ("d4", "d5")
    line = next(x for x in render_markdown(again).splitlines() if "**15 August 2021**" in x)
    assert line.endswith("_(single source each)_")


def test_reported_by_two_sources_cites_those_two() -> None:
    """A day with a corroborated happening and another told once: the label counts the
    corroborated one's sources and cites them, not a third number under "2 sources"; the
    other happening's source follows as "also"."""
    brief = sample_brief()
    events = {e.id: e for e in brief.events}
    one, other = events["e3"], events["e5"]
    day = dataclasses.replace(
        brief.timeline[3], event_ids=(one.id, other.id), sources=("d2", "d4", "d5")
    )
    twice = dataclasses.replace(one, sources=("d2", "d4"))
    once = dataclasses.replace(other, sources=("d5",))
    brief = dataclasses.replace(
        brief,
        events=tuple(
            twice if e.id == one.id else once if e.id == other.id else e for e in brief.events
        ),
        timeline=tuple(day if t.date == day.date else t for t in brief.timeline),
    )
    numbers = {d.id: n for n, d in enumerate(brief.documents, start=1)}
    line = next(x for x in render_markdown(brief).splitlines() if "**15 August 2021**" in x)
    label = line[line.rindex("_(") :]
    assert label == "_(reported by 2 sources)_"
    page = render_html(brief)
    row = page[page.index(">15 August 2021<") :]
    meta = re.search(r'<p class="t-meta">Reported by 2 sources (.*?)</p>', row)
    assert meta is not None
    counted, _, also = meta[1].partition("; also ")
    listed = {int(n) for n in re.findall(r">\[?(\d+)\]?<", counted)}
    assert listed == {numbers["d2"], numbers["d4"]}
    # the day's other source is still listed, apart from the count
    assert {int(n) for n in re.findall(r">\[?(\d+)\]?<", also)} == {numbers["d5"]}


def test_the_detail_note_covers_no_marker() -> None:
    """Years of background before a few months of news: the overview's narrow band of the
    detail months has markers just before it, and its note must not be drawn over them."""
    items = [
        AxisItem("1", "2000"),
        AxisItem("2", "2003"),
        AxisItem("3", "2014"),
        AxisItem("4", "2017"),
        AxisItem("5", "2018-11"),
        AxisItem("6", "2021-01"),
        AxisItem("7", "2021-05-17"),
        *(AxisItem(str(n), f"2021-0{n - 1}-15") for n in range(8, 11)),
    ]
    svg = timeline_svg(items, since="2021-07-01")
    note = re.search(r'<text x="([\d.]+)" y="([\d.]+)" text-anchor="end"[^>]*>detail below<', svg)
    assert note is not None
    right, baseline = float(note[1]), float(note[2])
    left, top = right - 44, baseline - 8  # the note's box at 7.5 pt
    for cx, cy in re.findall(r'<circle cx="([\d.]+)" cy="([\d.]+)" r="7.5"', svg):
        x, y = float(cx), float(cy)
        overlaps_x = left - 7.5 < x < right + 7.5
        overlaps_y = top - 7.5 < y < baseline + 7.5
        assert not (overlaps_x and overlaps_y), (x, y)
    assert "OVERVIEW" in svg  # the note shares the heading row with the panel's name


def test_stems_of_one_lane_do_not_cross() -> None:
    """A month among the days of its own first weeks: each marker's stem runs down to its
    item's place without crossing a neighbour's, the markers in the entries' order."""
    items = [
        AxisItem("1", "2016-09"),
        *(AxisItem(str(n), f"2016-09-{n + 6:02d}") for n in range(2, 7)),
        AxisItem("7", "2016-10-02"),
    ]
    svg = timeline_svg(items)
    stems = re.findall(
        r'<path d="M([\d.]+),([\d.]+) L[\d.]+,[\d.]+ L([\d.]+),[\d.]+ L[\d.]+,[\d.]+"', svg
    )
    lanes: dict[str, list[tuple[float, float]]] = {}
    for top_x, top_y, foot_x in stems:
        lanes.setdefault(top_y, []).append((float(top_x), float(foot_x)))
    assert lanes
    for stems_in_lane in lanes.values():
        feet = [foot for _, foot in sorted(stems_in_lane)]
        assert feet == sorted(feet)
    markers = re.findall(r'<circle cx="([\d.]+)"[^>]*/><text[^>]*>(\d+)</text>', svg)
    order = [int(n) for _, n in sorted(markers, key=lambda m: float(m[0]))]
    assert order == sorted(order)


def test_a_key_figure_says_when_it_was_reported_unless_its_text_gives_the_day() -> None:
    brief = sample_brief()
    stated = Cited(
        "Officials counted 40 cases on Friday [13 August 2021].",
        brief.summary.key_figures[1].evidence,
    )
    summary = dataclasses.replace(brief.summary, key_figures=(*brief.summary.key_figures, stated))
    page = render_html(dataclasses.replace(brief, summary=summary))
    figures = page[
        page.index('class="figures"') : page.index("</ul>", page.index('class="figures"'))
    ]
    items = figures.split("</li>")
    assert "(reported July 2021)" in items[0]  # d2 is dated to the month
    assert "Afghans applied" in items[1] and "(reported 16 August 2021)" in items[1]
    assert "40 cases" in items[2] and "reported" not in items[2]
    md = render_markdown(dataclasses.replace(brief, summary=summary))
    assert "one week. (reported 16 August 2021) [4]" in md


def test_a_data_note_names_its_source_by_number_and_title() -> None:
    """A note on a cited source read "[5]no publication date found": the number ran into
    the message and the title was missing, unlike a note on an uncited source."""
    brief = sample_brief()
    page = render_html(brief)
    notes = page[page.index("<li>", page.index('class="note-list"')) :]
    item = unescape(re.sub(r"<[^>]+>", "", notes[: notes.index("</li>")]))
    title = next(d.title for d in brief.documents if d.id == "d5")
    assert re.sub(r"\s+", " ", item).strip().startswith(f"[5] {title[:20]}")
    assert item.rstrip().endswith(": no publication date found; undated in the chronology")


def test_a_role_written_in_two_casings_is_shown_once() -> None:
    from briefgen.models import Role

    brief = sample_brief()
    first = brief.actors[0]
    roles = (Role("d1", "chief medical officer"), Role("d2", "Chief Medical Officer"))
    brief = dataclasses.replace(
        brief, actors=(dataclasses.replace(first, roles=roles), *brief.actors[1:])
    )
    text = unescape(re.sub(r"<[^>]+>", " ", render_html(brief)))
    assert len(re.findall("chief medical officer", text, re.IGNORECASE)) == 1


def _role_line(roles: tuple[tuple[str, str], ...]) -> str:
    from briefgen.models import Role

    brief = sample_brief()
    first = brief.actors[0]
    actor = dataclasses.replace(first, roles=tuple(Role(d, r) for d, r in roles))
    brief = dataclasses.replace(brief, actors=(actor, *brief.actors[1:]))
    text = render_markdown(brief)
    return next(line for line in text.splitlines() if line.startswith("- Role:"))


def test_the_role_most_sources_state_is_listed_first_not_the_first_file_s() -> None:
    line = _role_line(
        (
            ("a1", "county fair winner"),
            ("b1", "Senator"),
            ("c1", "Senator"),
            ("d1", "the senator"),
        )
    )
    assert line == "- Role: Senator; County fair winner"


def test_a_role_that_points_elsewhere_or_abbreviates_another_is_not_listed() -> None:
    line = _role_line(
        (
            ("a1", "fellow candidate"),
            ("a1", "the governor there"),
            ("a1", "the state's governor"),
            ("b1", "Gov"),
            ("b1", "Governor"),
            ("c1", "Democratic rival"),
            ("c1", "former mayor"),
        )
    )
    assert line == "- Role: Governor; Former mayor"


def test_a_happening_shown_by_its_dated_noun_counts_the_sources_so_dating_it() -> None:
    """A timeline line quoting a dated noun ("Sunday's storm in Dale City") cites every
    source so dating it: the entry is reported by them, not "single source each"."""
    from briefgen.models import Evidence

    brief = sample_brief()
    day = brief.timeline[3]
    phrase = "Sunday's storm in Dale City"
    quoted = Cited(
        f"“{phrase}” (so dated by 2 sources)",
        tuple(Evidence(d, 0, len(phrase), phrase, phrase, 0) for d in ("d4", "d5")),
    )
    day = dataclasses.replace(
        day,
        event_ids=("e3", "e5"),
        sources=("d4", "d5"),
        sentences=(*day.sentences[:1], quoted),
    )
    brief = _each_told_once(brief, day)
    line = next(x for x in render_markdown(brief).splitlines() if "**15 August 2021**" in x)
    assert line.endswith("_(reported by 2 sources)_")


def test_a_headline_ending_on_an_abbreviation_takes_no_second_full_stop() -> None:
    """Appendix B printed "… stage in N.Y.. 15 April 2016": the list's stop after a title
    that ends on its own; a title without one still gets it."""
    brief = sample_brief()
    first, second, *rest = brief.documents
    brief = dataclasses.replace(
        brief,
        documents=(
            dataclasses.replace(first, title="Fiery words light up the stage in N.Y."),
            dataclasses.replace(second, title="Is the outbreak over?"),
            *rest,
        ),
    )
    md = render_markdown(brief).split("## Appendix B", 1)[1]
    page = unescape(re.sub(r"<[^>]+>", "", render_html(brief)))
    for text in (md, page):
        flat = re.sub(r"\s+", " ", text.replace("**", ""))
        assert "in N.Y. " in flat and "N.Y.." not in flat
        assert "over? " in flat and "over?." not in flat
    plain = next(d.title for d in brief.documents[2:] if d.title)
    assert f"{plain}**." in md or f"{plain}**. " in md


def test_names_from_pages_about_something_else_are_not_listed_as_also_mentioned() -> None:
    """A week's radio schedules saved among a story's pages name their presenters many
    times: the reader's list of those also mentioned is the story's, not the schedules'."""
    brief = sample_brief()
    doc = brief.documents[0]
    story = "The Russia talks with the Taliban went on in Marlow. " * 6
    schedule = "Breakfast with Tom Reed. Music through the night, with the late show. " * 6
    documents = tuple(
        dataclasses.replace(doc, id=f"d{n}", text=schedule if n > 6 else story) for n in range(1, 9)
    )
    base = brief.actors[3]
    presenter = dataclasses.replace(base, id="tr", name="Tom Reed", sources=("d7", "d8"))
    witness = dataclasses.replace(base, id="ah", name="Ann Holt", sources=("d1", "d2"))
    page = render_html(
        dataclasses.replace(
            brief,
            documents=documents,
            actors=(*brief.actors, presenter, witness),
            whats_new=None,
        )
    )
    assert "Ann Holt" in page
    assert "Tom Reed" not in page
    assert "more, listed in the JSON" in page[page.index("Also mentioned") :]


def test_a_minister_never_quoted_but_named_in_office_by_each_report_is_profiled() -> None:
    """Two wire reports each name the deputy prime minister who signed the accord, once and
    with her office, and quote her nowhere: she is a principal of the period. A man each
    names once with no office is recalled in passing, no profile."""
    brief = sample_brief()
    text = (
        "In Marlow, Deputy Prime Minister Ann Holt signed the accord on Monday. "
        "Inspectors returned to the sites, as Tom Reed had in an earlier year."
    )
    documents = tuple(
        dataclasses.replace(d, text=text, blocks=()) if n < 2 else d
        for n, d in enumerate(brief.documents)
    )
    base = brief.actors[2]

    def person(aid: str, name: str) -> object:
        start = text.index(name)
        mentions = tuple(
            dataclasses.replace(
                base.mentions[0], doc=d.id, start=start, end=start + len(name), text=name
            )
            for d in documents[:2]
        )
        return dataclasses.replace(
            base,
            id=aid,
            name=name,
            aliases=(),
            mentions=mentions,
            sources=tuple(d.id for d in documents[:2]),
            roles=(),
            alias_evidence=(),
            related=(),
        )

    md = render_markdown(
        dataclasses.replace(
            brief,
            documents=documents,
            actors=(*brief.actors, person("ah", "Ann Holt"), person("tr", "Tom Reed")),
            whats_new=None,
        )
    )
    profiles = md[md.index("## Actor profiles") : md.index("### Also mentioned")]
    assert "### Ann Holt (person)" in profiles
    assert "Tom Reed" not in profiles
