"""The bottom line: where the story stands at the end of the period."""

from __future__ import annotations

import re
from datetime import date

import pytest
from bottomline_fixtures import dated, page

from briefgen.models import Block, Event, EventMention, Evidence
from briefgen.standing import latest_development
from briefgen.summarize import summarize

SENTENCED = "Murray has been sentenced to four years in jail for the death of the singer."
# doc: (published, text); the sentencing article's text starts below its headline news.
STORY = {
    "c1": ("2011-11-08", "Murray was found guilty of manslaughter on Monday by the jury."),
    "c2": ("2011-11-09", "The jury found Murray guilty of manslaughter on Monday afternoon."),
    "d": (
        "2011-11-29",
        "Murray was found guilty earlier this month after a six-week trial. "
        "Lawyers had sent the judge a memorandum ahead of the hearing on Tuesday.",
    ),
    "e": (
        "2011-11-30",
        "The trial of the singer's doctor lasted six weeks and heard from many witnesses. "
        "On 29 November Murray is sentenced to four years in county jail.",
    ),
    "f": ("2011-11-29", f"{SENTENCED} He was found guilty earlier this month by a jury."),
}


def _mention(doc: str, sentence: str, when: str) -> EventMention:
    return dated(doc, STORY[doc][1], sentence, when)


def test_the_bottom_line_is_the_lede_that_tells_the_latest_development() -> None:
    extractions = [page(doc, day, text) for doc, (day, text) in STORY.items()]
    verdict = tuple(_mention(d, STORY[d][1], "2011-11-07") for d in ("c1", "c2"))
    hearing = (
        _mention(
            "d",
            "Lawyers had sent the judge a memorandum ahead of the hearing on Tuesday.",
            "2011-11-29",
        ),
        _mention(
            "e", "On 29 November Murray is sentenced to four years in county jail.", "2011-11-29"
        ),
        _mention("f", SENTENCED, "2011-11-29"),
    )
    events = [
        Event("verdict", "2011-11-07", "found guilty", verdict, ("c1", "c2"), salience=2.0),
        Event("hearing", "2011-11-29", "sentenced", hearing, ("d", "e", "f"), salience=1.0),
    ]
    summary = summarize(extractions, events, [])
    assert summary.bottom_line is not None
    # Not the verdict a later article recalls in its first line: the sentence handed down.
    assert summary.bottom_line.text == SENTENCED
    assert summary.bottom_line.evidence[0].doc == "f"


def test_a_live_page_s_reaction_is_not_the_bottom_line() -> None:
    """The latest update of a live page reacts to the story; the story's report leads, even
    when the live page is the only source of that day."""
    reaction = (
        "A White House spokesman said Monday that the Times report on the tax returns "
        "of Smith showed the president long called for tax fairness."
    )
    told = "The Times published the tax returns of Smith on Sunday, showing a loss of $916 million."
    texts = {
        "live": ("2016-10-03", f"1:30 p.m.\n{reaction}\n12:10 p.m.\nSmith spoke in Ohio."),
        "n1": ("2016-10-05", f"{told} His campaign did not deny the figures in the report."),
        "n2": (
            "2016-10-06",
            "Smith lost $916 million in 1995, according to tax returns the Times published on "
            "Sunday. The loss may have let him avoid income taxes.",
        ),
    }
    live = texts["live"][1]
    blocks = (
        Block(0, 9, "live_header", time="1:30 p.m."),
        Block(10, 10 + len(reaction), "body"),
        Block(live.index("12:10"), live.index("12:10") + 10, "live_header", time="12:10"),
    )
    extractions = [
        page(doc, day, text, sentences=r"[^.\n]+[.\n]", blocks=blocks if doc == "live" else ())
        for doc, (day, text) in texts.items()
    ]

    def at(doc: str, sentence: str) -> EventMention:
        return dated(doc, texts[doc][1], sentence, "2016-10-02", id=f"{doc}-m")

    mentions = (at("live", reaction), at("n1", told), at("n2", texts["n2"][1].split(". ")[0]))
    events = [Event("tax", "2016-10-02", told, mentions, ("live", "n1", "n2"), salience=3.0)]
    summary = summarize(extractions, events, [])
    assert summary.bottom_line is not None
    assert summary.bottom_line.evidence[0].doc in ("n1", "n2")
    assert "916 million" in summary.bottom_line.text


def test_a_reaction_is_not_the_latest_development() -> None:
    """A spokesman's remark the day after is a reaction; the vote is the development."""
    texts = {
        "a": "The senate passed the budget bill on Monday by a wide margin of votes.",
        "b": "On Monday the senate passed the budget bill after a long night of debate.",
        "c": "A spokesman said Tuesday that the president welcomed the vote on the bill.",
        "d": "The governor said Tuesday that the president welcomed the budget bill vote.",
    }
    published = {"a": date(2020, 3, 3), "b": date(2020, 3, 3), "c": date(2020, 3, 4)}
    published["d"] = date(2020, 3, 4)

    def said(doc: str, verb: str, when: str) -> EventMention:
        text = texts[doc]
        at = text.index(verb)
        return dated(doc, text, text, when, id=f"{doc}-m", predicate=(at, at + len(verb)))

    vote = Event(
        "vote",
        "2020-03-02",
        "passed",
        (said("a", "passed", "2020-03-02"), said("b", "passed", "2020-03-02")),
        ("a", "b"),
        salience=2.0,
    )
    remarks = Event(
        "remarks",
        "2020-03-03",
        "said",
        (said("c", "said", "2020-03-03"), said("d", "said", "2020-03-03")),
        ("c", "d"),
        salience=1.0,
    )
    assert latest_development([vote, remarks], published, texts) == vote
    # Without the texts nothing tells a statement from a happening: the latest is chosen.
    assert latest_development([vote, remarks], published) == remarks


def test_two_sources_corroborate_a_development_only_when_they_report_the_same() -> None:
    texts = {
        "a": "The senate passed the budget bill on Monday by a wide margin of votes.",
        "b": "On Monday the senate passed the budget bill after a long night of debate.",
        "c": "A video of the singer's new song was released on Tuesday to mixed reviews.",
        "d": "The governor collapsed on Tuesday during a memorial ceremony in the capital.",
    }
    published = {doc: date(2020, 3, 5) for doc in texts}

    def at(doc: str, when: str) -> EventMention:
        return dated(doc, texts[doc], texts[doc], when, id=f"{doc}-m")

    vote = Event(
        "vote",
        "2020-03-02",
        "passed",
        (at("a", "2020-03-02"), at("b", "2020-03-02")),
        ("a", "b"),
        salience=2.0,
    )
    # One cluster, two happenings of that Tuesday: no source confirms the other.
    mixed = Event(
        "mixed",
        "2020-03-03",
        "released",
        (at("c", "2020-03-03"), at("d", "2020-03-03")),
        ("c", "d"),
        salience=1.0,
    )
    assert latest_development([vote, mixed], published, texts) == vote


def test_the_lede_of_an_article_reporting_the_development_further_down_leads() -> None:
    """News puts the outcome first and dates it further down, in a quotation or a detail:
    the lede of the article that reports the development is the bottom line, even when its
    words differ from the dated sentence's."""
    lede = "The outbreak has become the first official pandemic in decades, health experts said."
    quote = '"The world is moving into the early days of a new pandemic," the chief told reporters.'
    story = {
        "a": ("2009-05-02", "Two cases of the flu were confirmed in the capital on Friday."),
        "b": ("2009-05-03", "The capital confirmed two cases of the flu on Friday evening."),
        "p": ("2009-06-11", f"{lede} Officials met all day. {quote}"),
        "q": ("2009-06-14", "The chief said the world is moving into a new pandemic on Thursday."),
    }
    extractions = [
        page(doc, day, text, sentences=r"[^.]+\.\"?") for doc, (day, text) in story.items()
    ]

    def mention(doc: str, sentence: str, when: str) -> EventMention:
        return dated(doc, story[doc][1], sentence, when)

    cases = tuple(mention(d, story[d][1], "2009-05-01") for d in ("a", "b"))
    declared = (mention("p", quote, "2009-06-11"), mention("q", story["q"][1], "2009-06-11"))
    events = [
        Event("cases", "2009-05-01", "confirmed", cases, ("a", "b"), salience=2.0),
        Event("pandemic", "2009-06-11", "declared", declared, ("p", "q"), salience=1.0),
    ]
    summary = summarize(extractions, events, [])
    assert summary.bottom_line is not None
    assert summary.bottom_line.text == lede


def test_a_background_lede_copied_on_two_pages_is_not_the_bottom_line() -> None:
    """Two pages opening on the same background sentence are one text copied, not two
    sources putting the news first; the news they mention below is the bottom line."""
    background = "The valley has spent a fortune over the years on its stock of fever drugs."
    blog = f"{background} The board declared the fever outbreak over on Monday after a month."
    texts = {
        "a1": (
            "2021-06-08",
            "The fever outbreak in the valley is over, the health board said after a month "
            "without new cases. The board declared the outbreak over on Monday.",
        ),
        "a2": (
            "2021-06-09",
            "Doctors in the valley welcomed the end of the fever outbreak on Tuesday morning. "
            "The health board declared the outbreak over on Monday.",
        ),
        "b1": ("2021-06-09", blog),
        "b2": ("2021-06-09", blog),
    }
    extractions = [page(doc, day, text) for doc, (day, text) in texts.items()]
    mentions = []
    for doc, (_, text) in texts.items():
        sentence = next(s for s in re.findall(r"[^.]+\.", text) if "on Monday" in s).strip()
        mentions.append(dated(doc, text, sentence, "2021-06-07", id=f"{doc}m"))
    event = Event("over", "2021-06-07", "declared over", tuple(mentions), tuple(texts), 2.0)
    summary = summarize(extractions, [event], [], query=("fever",))
    assert summary.bottom_line is not None
    assert summary.bottom_line.text != background
    assert summary.bottom_line.evidence[0].doc in ("a1", "a2")


def test_a_preview_a_later_source_reports_done_is_no_judgment() -> None:
    from briefgen.bottomline import Candidate as _Candidate
    from briefgen.bottomline import overtaken

    def candidate(doc: str, text: str) -> _Candidate:
        vector = {w: 1.0 for w in text.lower().rstrip(".").split()}
        return _Candidate(text, Evidence(doc, 0, len(text), text, text, 0), vector, 0.5)

    days = {"pre": "2011-11-20", "pre2": "2011-11-20", "pre3": "2011-11-20", "f": "2011-11-29"}
    days["later"] = "2011-11-30"
    extractions = [page(d, day, "") for d, day in days.items()]
    published = {x.document.id: x.document.dct for x in extractions}
    done = candidate("f", "The judge sentenced Murray to four years in jail.")
    ahead = "The judge is on the verge of sentencing Murray to jail."
    preview = candidate("pre", ahead)
    # Told after the report, or not as ahead, or of other news: not overtaken.
    told_later = candidate("later", ahead)
    other = candidate("pre2", "The judge heard Murray's lawyers for a day.")
    tears = candidate("pre3", "Fans are on the verge of tears outside the court.")
    assert overtaken([preview, done, told_later, other, tears], published) == {("pre", 0)}
    # "Is due to" with the verb of what is due is a preview; as a cause it is none.
    due = candidate("pre", "Murray is due to be sentenced by the judge.")
    weather = candidate("pre2", "The judge sentenced Murray late due to the weather.")
    assert overtaken([due, weather, done], published) == {("pre", 0)}


def test_a_preview_is_compared_only_with_later_reports_sharing_a_word(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a pairwise loop over every candidate grew with the square of the corpus (scale.md BT)
    import briefgen.bottomline as bottomline
    from briefgen.bottomline import Candidate as _Candidate

    def candidate(doc: str, text: str) -> _Candidate:
        vector = {w: 1.0 for w in text.lower().rstrip(".").split()}
        return _Candidate(text, Evidence(doc, 0, len(text), text, text, 0), vector, 0.5)

    compared: list[tuple[str, str]] = []
    real = bottomline.cosine

    def counted(a: dict[str, float], b: dict[str, float], *args: float | None) -> float:
        compared.append((" ".join(a), " ".join(b)))
        return real(a, b, *args)

    monkeypatch.setattr(bottomline, "cosine", counted)
    days = {"pre": "2011-11-20", "f": "2011-11-29"}
    days |= {f"rain{n}": "2011-11-25" for n in range(10)}
    days |= {f"old{n}": "2011-11-10" for n in range(10)}
    published = {d: page(d, day, "").document.dct for d, day in days.items()}
    preview = candidate("pre", "The judge is on the verge of sentencing Murray to jail.")
    done = candidate("f", "The judge sentenced Murray to four years in jail.")
    rain = [candidate(f"rain{n}", f"Heavy rain flooded {n} coastal roads.") for n in range(10)]
    old = [candidate(f"old{n}", "The judge sentenced Murray's brother.") for n in range(10)]
    found = bottomline.overtaken([preview, *rain, *old, done], published)
    assert found == {("pre", 0)}
    # the one later report on its words, not the pages of other news nor the earlier ones
    assert len(compared) == 1
