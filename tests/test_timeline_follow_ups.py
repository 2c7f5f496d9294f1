"""A day's news one report dates and the others take up in the days after, in their own
words and under their own dates, is the day's entry, not one page's aside; a rarely named
person named again without the happening, or long after, bears nothing out. Built with a
query, a follow-up bears out only a sentence on the query's story: naming the query or one
of the story's words its pages teach."""

from __future__ import annotations

from datetime import date

from sentence_fixtures import clause_mention, report_naming

from briefgen.models import Actor, Event, EventMention, Extraction
from briefgen.structure.feedback import StoryWords
from briefgen.timeline import select_timeline

# A campaign's coverage: every report names the candidate and eleven of the county's
# figures, the story's principals; the campaign's manager, Vance, is rarely named.
FIGURES = (
    "Abel",
    "Bravo",
    "Cole",
    "Diaz",
    "Egan",
    "Ford",
    "Gray",
    "Hale",
    "Irwin",
    "Jones",
    "Kent",
)
RACE = (
    "Ruiz held a rally in the county on Friday. "
    f"Ruiz thanked {', '.join(FIGURES[:-1])} and {FIGURES[-1]}. Ruiz promised cheaper buses"
)
DISMISSED = "Vance was dismissed on Monday as Ruiz's campaign manager"
FIRED = "Donors fretted over the decision to fire campaign manager Vance"
GALA = "Vance attended a gala downtown"


def _report(doc: str, day: str, extra: str = "") -> Extraction:
    text = f"{RACE}. {extra}." if extra else f"{RACE}."
    names = (("Ruiz", "person"), ("Vance", "person"), *((f, "person") for f in FIGURES))
    return report_naming(doc, day, text, names)


def _mention(x: Extraction, clause: str, when: str, lemma: str) -> EventMention:
    sentence = clause + "."
    names = tuple(n for n in ("Ruiz", "Vance") if n in sentence)
    return clause_mention(x, sentence, when, lemma=lemma, actors=names, dated_by="Monday")


def _shown(
    follow_up: str | None,
    published: str = "2024-03-12",
    query: tuple[str, ...] = (),
    words: StoryWords | None = None,
) -> list[str]:
    """What the timeline shows of twelve reports on the race, the first also dating the
    manager's dismissal to Monday 11 March, and one more (of ``published``) saying
    ``follow_up`` undated; built with ``query`` and the story's ``words``."""
    corpus = [_report(f"r{n:02}", "2024-03-09") for n in range(1, 12)]
    corpus.insert(0, _report("r00", "2024-03-11", DISMISSED))
    if follow_up is not None:
        corpus.append(_report("r12", published, follow_up))
    events = [
        Event(
            "dismissal",
            "2024-03-11",
            "x",
            (_mention(corpus[0], DISMISSED, "2024-03-11", "dismiss"),),
            ("r00",),
            salience=1,
        ),
    ]
    actors = tuple(
        Actor(
            f"A-{name}",
            name,
            "person",
            mentions=tuple(m for x in corpus for m in x.mentions if m.text == name),
        )
        for name in ("Ruiz", "Vance", *FIGURES)
    )
    entries = select_timeline(
        events,
        dates=5,
        sentences=2,
        latest=date(2024, 3, 25),
        extractions=corpus,
        actors=actors,
        query=query,
        topic_words=words,
    )
    return [c.text for e in entries for c in e.sentences]


def test_one_report_s_aside_is_no_entry() -> None:
    # no other report tells the dismissal: a page's detail around the candidate's story
    assert DISMISSED + "." not in _shown(None)


def test_a_dismissal_the_next_day_s_report_takes_up_is_the_day_s_entry() -> None:
    # "the decision to fire campaign manager Vance" the next day, in other words and
    # undated, bears the dismissal out: it is Monday's news
    assert DISMISSED + "." in _shown(FIRED)


def test_naming_the_person_without_the_happening_bears_nothing_out() -> None:
    # the manager at a gala: named again, but nothing of the dismissal told
    assert DISMISSED + "." not in _shown(GALA)


def test_a_report_weeks_later_is_no_follow_up() -> None:
    assert DISMISSED + "." not in _shown(FIRED, published="2024-03-22")


def test_in_a_query_build_a_follow_up_bears_out_only_a_sentence_on_the_query_s_story() -> None:
    # Built on the bus fares, the manager's dismissal names neither the query nor a word
    # of the fares story: the next day's report on the campaign does not make it the
    # story's news (a page on the story tells its people's other news too).
    assert DISMISSED + "." not in _shown(FIRED, query=("buses",))


def test_a_story_word_the_query_s_pages_teach_puts_the_sentence_on_the_story() -> None:
    # the pages on the query use "campaign" far more than the others (``feedback``)
    words = StoryWords(frozenset({"campaign"}), frozenset({"campaign"}))
    assert DISMISSED + "." in _shown(FIRED, query=("buses",), words=words)


def test_a_sentence_naming_the_query_is_borne_out_by_its_follow_up() -> None:
    assert DISMISSED + "." in _shown(FIRED, query=("buses", "campaign manager"))
