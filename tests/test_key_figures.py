"""Key figures carry the count where the story stands; the summary quotes no reply or headline."""

from __future__ import annotations

import re
from dataclasses import replace

from briefgen.figures import counted, has_figure, snapshot
from briefgen.models import Document, Extraction, Timex
from briefgen.reportable import is_reporting
from briefgen.summarize import summarize


def _extractions(texts: dict[str, tuple[str, str]]) -> list[Extraction]:
    out = []
    for doc_id, (day, text) in texts.items():
        doc = Document(doc_id, doc_id, "txt", text, "", day, "stated")
        spans = [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text)]
        out.append(Extraction(document=doc, sentences=tuple(spans)))
    return out


def test_a_count_moved_on_or_standing_now_is_a_running_count() -> None:
    assert counted(
        "The ministry raised the number of confirmed deaths from 8 to 12 on Friday."
    ) == {"death"}
    assert counted(
        "The number of fever cases in the valley has doubled in the last day to 59."
    ) == {"case"}
    assert counted("The health board said on Tuesday there are now 6,538 cases in the region.") == {
        "case"
    }
    latest = "The latest figures issued put the number of cases at 70,893, with 311 deaths."
    assert counted(latest) == {"case", "death"}
    # A move from one thing to another is no count; nor is growth with no figure reached.
    assert counted("The coach moved from one team to another in the spring.") == frozenset()
    assert counted("Sales grew strongly in the quarter to March.") == frozenset()


def test_a_count_a_later_source_moved_on_is_no_key_figure() -> None:
    texts = {
        "early": (
            "2021-05-01",
            "The ministry raised the number of confirmed deaths from the fever from 8 to 12. "
            "The number of fever cases in the valley has doubled in the last day to 59.",
        ),
        "late": (
            "2021-05-30",
            "The latest figures issued by the health board put the number of fever cases in "
            "the valley at 6,538, with 31 deaths. "
            "Nurses from the coast joined the field clinic in the valley to care for the sick.",
        ),
    }
    summary = summarize(_extractions(texts), [], [], judgments=3, query=("fever",))
    shown = [c.text for c in (summary.bottom_line, *summary.judgments, *summary.key_figures) if c]
    assert not any("from 8 to 12" in t or "to 59" in t for t in shown)
    assert any("6,538" in t for t in shown)


def test_a_reply_or_a_headline_run_into_its_lede_is_not_quoted_alone() -> None:
    assert not is_reporting("But the new fever virus is not like the one that comes every winter.")
    assert not is_reporting(
        "First death of fever patient in the valley For the first time in the region, "
        "a patient suffering from the fever has died."
    )
    # Capitalised words after a word are names, not a new sentence.
    assert is_reporting(
        "The health minister told The Associated Press that the clinic in the valley will "
        "stay open for another month."
    )
    assert is_reporting("So far the fever has killed 31 people in the valley and the region.")
    # a helpline's number is where to call, no figure
    assert not has_figure("Islanders seeking advice should call a helpline on 01534 445566.")
    assert not has_figure("Voters with questions can call the hotline at 202-555-0142.")
    assert has_figure("Up 1,604 since Friday, taking the UK total so far to 5,937.")
    # photo captions run together: a price is no key figure of the story
    assert not is_reporting(
        "Rare blue diamond, on show in the capital The 7.03 carat diamond is expected to "
        "fetch at least £3.9m at auction."
    )


def test_the_latest_count_of_the_story_s_series_is_a_key_figure_even_bare() -> None:
    texts = {
        "a": (
            "2021-05-01",
            "Nine new cases of the fever were confirmed in the valley, taking the total to 27. "
            "The valley council set aside 4 million euros for a field hospital beside the river.",
        ),
        "b": (
            "2021-05-09",
            "The number of fever cases in the valley rose to 1,562 on Sunday, the board said. "
            "Farmers in the valley sold 300 tonnes of grain to the coast at a record price.",
        ),
        "c": (
            "2021-05-30",
            "The health board confirmed on Tuesday there are now 6,538 cases in the valley. "
            "Nurses from the coast joined the field clinic in the valley to care for the sick.",
        ),
        "d": (
            "2021-05-30",
            "The number of fever cases soared to 7,000 by the weekend in the towns.",
        ),
    }
    from briefgen.summary_candidates import summary_candidates

    candidates = summary_candidates(_extractions(texts), [], [], ("fever",), frozenset())
    latest = [c for c in candidates if "6,538" in c.text]
    # A bare count before its noun is no figure alone ("300 tonnes"), but the latest count
    # of the cases counted on every day is.
    assert latest and latest[0].figure and latest[0].count
    assert not any(c.figure for c in candidates if "300 tonnes" in c.text)
    # A count that says neither whose nor where is not put first.
    assert not any(c.count for c in candidates if "7,000" in c.text)
    assert not any("taking the total to 27" in c.text or "1,562" in c.text for c in candidates)


def test_a_day_s_change_in_a_count_is_no_key_figure() -> None:
    assert snapshot("The board said the fever is now in 11 towns, up from 10 yesterday.")
    assert snapshot("The number of fever cases in the valley has doubled in the last day to 59.")
    # The total a day's new cases bring is where the count stands.
    assert not snapshot("Nine new cases were confirmed yesterday, bringing the total to 244.")


def test_one_sum_of_money_is_one_key_figure() -> None:
    texts = {
        "a": (
            "2021-05-01",
            "Wealthy donors handed over $25 million last month to a group backing the senator "
            "in the fever vote. The fever fund paid out $3 million to the valley's clinics.",
        ),
        "b": (
            "2021-05-03",
            "In April, as the fever vote neared, prominent donors poured $25m into the "
            "senator's group, a huge amount for a single month.",
        ),
    }
    summary = summarize(_extractions(texts), [], [], judgments=0, query=("fever",))
    shown = [c.text for c in (summary.bottom_line, *summary.key_figures) if c]
    assert sum("$25" in t for t in shown) == 1 and any("$3 million" in t for t in shown)


def test_an_address_or_a_telephone_number_is_no_figure() -> None:
    from briefgen.figures import has_figure

    assert not has_figure("The mission in Ostra is at 285 Harbour Drive; (255-51) 666-015.")
    assert has_figure("The mission in Ostra paid $285,000 for the Harbour Drive building.")


def test_a_first_estimate_of_a_toll_later_counted_higher_is_no_key_figure() -> None:
    texts = {
        "a": (
            "2021-03-04",
            "The twin blasts at the ministries in Dorvik, Lumeria, and Ostra, Valdonia, "
            "killed at least 80 people, officials said. Rescuers dug through 40 tonnes of "
            "rubble in Dorvik overnight.",
        ),
        "b": (
            "2021-03-20",
            "The twin blasts at the ministries in Dorvik, Lumeria, and Ostra, Valdonia, "
            "killed 212 people, officials said.",
        ),
    }
    summary = summarize(_extractions(texts), [], [], judgments=2, query=("blasts",))
    shown = [c.text for c in (summary.bottom_line, *summary.judgments, *summary.key_figures) if c]
    assert any("killed 212 people" in t for t in shown)
    assert not any("at least 80" in t for t in shown)


def test_a_here_is_not_shown_without_its_place() -> None:
    texts = {
        "a": (
            "2021-05-01",
            "OSTRA (AP) -- The man who threw a grenade at the guards here was identified on "
            "Thursday, fever officials said. Fever officials in Ostra said on Thursday the "
            "clinic would reopen.",
        ),
        "b": (
            "2021-05-02",
            "Dr Ruiz of the Ostra clinic said here on Friday the fever ward was full. "
            "“It is precisely here that the fever began,” Dr Ruiz said.",
        ),
    }
    summary = summarize(_extractions(texts), [], [], judgments=3, query=("fever",))
    shown = [c.text for c in (summary.bottom_line, *summary.judgments) if c]
    assert not any("guards here" in t or "precisely here" in t for t in shown)
    assert any("said here on Friday" in t for t in shown)  # where he spoke: not needed


def test_the_ages_in_a_list_of_names_are_no_key_figure() -> None:
    from briefgen.figures import gives_age, has_figure

    both = "The singer's children - Rosa, 13, and Tom, 12 - spoke about their father on TV."
    assert gives_age(both)
    # blanked before a figure is looked for, the ages leave no amount behind
    from briefgen.figures import _AGE

    assert not has_figure(_AGE.sub(" ", both))
    assert has_figure("The estate has made 310 million dollars since, the lawyers said.")
    assert not gives_age("Prices rose in the north, 12 - 15 percent in a month.")  # a range


def _with_today(doc_id: str, day: str, text: str) -> Extraction:
    """A document whose every "today" is tagged as its publication day."""
    (ex,) = _extractions({doc_id: (day, text)})
    timexes = tuple(
        Timex(m.start(), m.end(), "today", "DATE", day) for m in re.finditer(r"\btoday\b", text)
    )
    return replace(ex, timexes=timexes)


def test_a_page_of_many_posts_gives_no_judgment_or_key_figure() -> None:
    """A page ten times the corpus's usual length is many posts strung together (the data
    notes say so): its "204 new cases today" may be any post's day, and its "876 cases, up
    from 501 in two days" a count weeks older than the page."""
    figure = "There were 204 new fever cases confirmed by tests today in the valley. "
    older = "The valley has 876 confirmed fever cases, up from 501 in two days. "
    filler = "Nurses from the coast joined the field clinic in the valley to care for the sick. "
    short = [
        _with_today(f"day{n}", f"2021-05-{n + 10}", filler + "The fever clinic stayed open. ")
        for n in range(5)
    ]
    blog = _with_today("blog", "2021-05-30", filler * 12 + figure + older + filler * 12)
    summary = summarize([*short, blog], [], [], judgments=5, query=("fever",))
    shown = [c.text for c in (summary.bottom_line, *summary.judgments, *summary.key_figures) if c]
    assert not any("204 new" in t or "876" in t for t in shown)
    # the same sentence on a page of the usual length is the page's day's figure
    report = _with_today("report", "2021-05-30", filler + figure)
    summary = summarize([*short, report], [], [], judgments=5, query=("fever",))
    shown = [c.text for c in (summary.bottom_line, *summary.judgments, *summary.key_figures) if c]
    assert any("204 new" in t for t in shown)


def test_a_places_size_is_no_key_figure() -> None:
    """Its population describes the place; the key figure is what happened there."""
    for text in (
        "The port city, where the fever began and home to some 4 million people, shut down.",
        "The island nation of 9 million closed its schools on Monday.",
        "A population of 1.3 billion was told to stay at home for a week.",
    ):
        assert not has_figure(text), text
    assert has_figure("The port city, home to 4 million people, pledged $6m to its hospitals.")
    assert has_figure("Officials said 4 million people had been told to stay at home.")


def test_a_number_describing_someone_in_passing_is_no_key_figure() -> None:
    from briefgen.figures import without_dates

    text = (
        "On Sunday the mayor, who has nearly 9 million followers, wrote to her voters. "
        "The harbour board, which employs 3,000 people, said it backed the plan. "
        "The plan was signed by the mayor, whose office cost $2 million last year. "
        "On Tuesday the mayor, who took office in March, won 52 percent of the ballot. "
        "The council approved the plan, which left the board with a $40 million bill. "
        "Ms Holm won 58 percent, compared with Mr Berg, who had 41 percent, the count showed. "
    )
    (ext,) = _extractions({"a": ("2021-03-04", text)})
    shown = [has_figure(without_dates(text, start, end, ext)) for start, end in ext.sentences]
    # the numbers that only describe a participant (followers, staff, an office's cost) are
    # background; the votes won, the bill left and the winner's count are what is reported
    assert shown == [False, False, False, True, True, True]


def test_the_size_of_a_party_on_its_way_is_no_key_figure() -> None:
    # response logistics: the team sent is no quantity of the story; a jury's size stays,
    # and so does what a party brings
    assert not has_figure("A 40-member rescue team from Penbury was en route to Marlow.")
    assert not has_figure("The 30-strong medical crew was flown to Ostra overnight.")
    assert has_figure("A 12-member jury has been chosen for the trial in Marlow.")
    assert has_figure("A 40-member team arrived in Marlow with $2 million in aid.")


def test_a_background_statistic_told_against_past_years_is_no_key_figure() -> None:
    from briefgen.figures import of_past_years
    from briefgen.models import Document, Extraction, Timex

    text = (
        "Visitors to Marlow rose from 90,000 in 1980 to 310,000 last year. "
        "The blast on May 4, 1998 killed 41 people."
    )
    doc = Document("d", "d", "txt", text, "", "1999-05-04", "stated")
    timexes = (
        Timex(text.index("1980"), text.index("1980") + 4, "1980", "DATE", "1980"),
        Timex(text.index("last year"), text.index("last year") + 9, "last year", "DATE", "1998"),
        Timex(text.index("May 4"), text.index("May 4") + 11, "May 4, 1998", "DATE", "1998-05-04"),
    )
    ext = Extraction(document=doc, sentences=(), timexes=timexes)
    first = text.index(". ") + 1
    # years back only: the feature's background; a day a year back may date the news itself
    assert of_past_years(0, first, ext)
    assert not of_past_years(first + 1, len(text), ext)
    # one past year may be where the news starts from ("has since made ...")
    one = Extraction(document=doc, sentences=(), timexes=timexes[:1])
    assert not of_past_years(0, first, one)
