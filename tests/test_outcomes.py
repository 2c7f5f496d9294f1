"""The period's hard news before its colour: a dated outcome (resigned, won, declared)
weighs more than a saying, and the scene around the news (headlined a reception, discussed
a topic, "the night was a one-sided affair") less; one page's scene takes no timeline place
or chronology line while its day has other news."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sentence_fixtures import report_naming

from briefgen.aggregate.outcomes import OUTCOME_WEIGHT, SCENE_WEIGHT, kind_weight
from briefgen.models import Event, EventMention, Evidence, Timex
from briefgen.render.printing import Printing
from briefgen.render.told import told_sentences
from briefgen.timeline import select_timeline


def _mention(doc: str, text: str, sentence: str, when: str, verb: str, lemma: str) -> EventMention:
    """The mention of ``sentence`` (in ``text``) dated by its word ``when`` (a Friday, 12
    July 2024), its predicate the word ``verb`` of lemma ``lemma``."""
    start = text.index(sentence)
    at = text.index(when, start)
    head = text.index(verb, start)
    return EventMention(
        id=f"{doc}-{start}",
        doc=doc,
        date="2024-07-12",
        timex=Timex(at, at + len(when), when, "DATE", "2024-07-12"),
        description=sentence,
        evidence=Evidence(doc, start, start + len(sentence), sentence, sentence, start),
        predicate=(head, head + len(verb)),
        lemma=lemma,
    )


def _weight(sentence: str, verb: str, lemma: str) -> float:
    return kind_weight(_mention("d1", sentence, sentence, "Friday", verb, lemma))


@pytest.mark.parametrize(
    ("sentence", "verb", "lemma", "weight"),
    [
        # an outcome: a change of office, a result, a decision
        ("Rosa Vidal resigned as party chair on Friday.", "resigned", "resign", OUTCOME_WEIGHT),
        ("The council voted on Friday to close the depot.", "voted", "vote", OUTCOME_WEIGHT),
        ("Health officials on Friday raised the alert to its highest level.", "raised",
         "raise", OUTCOME_WEIGHT),
        # a copular or light verb whose complement tells the act: weighed by the act
        ("Reps. Ana Ruiz and Tom Berg became the first sitting members of the council to "
         "endorse Vidal on Friday.", "became", "become", OUTCOME_WEIGHT),
        ("Tom Berg was the only delegate to resign on Friday.", "was", "be", OUTCOME_WEIGHT),
        ("On Friday the board made the decision to withdraw the bid.", "made", "make",
         OUTCOME_WEIGHT),
        ("Vidal took the unusual step of suspending her campaign on Friday.", "took", "take",
         OUTCOME_WEIGHT),
        # ... and no outcome where the complement tells none: a picture of a person, a
        # first saying, a chance or an attempt that is no deed
        ("Vidal became a familiar face to voters on Friday.", "became", "become", 1.0),
        ("Tom Berg became the first delegate to speak on Friday.", "became", "become", 1.0),
        ("On Friday the board made an attempt to win the contract back.", "made", "make",
         1.0),
        # the same verbs telling no outcome of the day: money raised, a standing state, what
        # the subject is (a relative clause), a saying
        ("Vidal raised money for the party on Friday in Leeds.", "raised", "raise", 1.0),
        ("The party agrees on Friday only on its opposition to the plan.", "agrees", "agree",
         1.0),
        ("The party that nominated Vidal on Friday met in Leeds.", "nominated", "nominate",
         1.0),
        ("Vidal said on Friday that the party would recover.", "said", "say", 1.0),
        # the scene around the news
        ("Vidal headlined a rooftop reception on Friday night.", "headlined", "headline",
         SCENE_WEIGHT),
        ("Friday night was a one-sided affair for the delegates.", "was", "be", SCENE_WEIGHT),
        ("In an interview that aired Friday, Vidal discussed the depot.", "aired", "air",
         SCENE_WEIGHT),
        # a tour's stop told as nothing more; a stop with what was said there is a saying
        ("Vidal held a rally in Leeds on Friday.", "held", "hold", SCENE_WEIGHT),
        ("Vidal held three campaign events across Kent on Friday.", "held", "hold",
         SCENE_WEIGHT),
        ("Vidal campaigned in Leeds on Friday.", "campaigned", "campaign", SCENE_WEIGHT),
        ("Vidal held a rally in Leeds on Friday, where she promised to close the depot.",
         "held", "hold", 1.0),
        ("'We will win,' Vidal said while campaigning in Leeds on Friday.", "campaigning",
         "campaign", 1.0),
        ("Vidal held talks with the union leaders on Friday.", "held", "hold", 1.0),
        # a journey alone, with nothing done there told: an arrival may be the news (a
        # traveller bringing an outbreak home), no stop
        ("Vidal came to the port city of Hull on Friday.", "came", "come", 1.0),
        ("The pupils returned to the city of Hull on Friday from Leeds.", "returned",
         "return", 1.0),
        ("Vidal visited Leeds on Friday.", "visited", "visit", 1.0),
        # ... nor a coming to power or to terms, nor a journey to do something there
        ("Vidal came to power on Friday.", "came", "come", 1.0),
        ("Vidal came to an agreement with Berg on Friday.", "came", "come", 1.0),
        ("Vidal came to Berg's defence on Friday.", "came", "come", 1.0),
        ("Vidal came to Hull on Friday to sign the depot contract.", "came", "come", 1.0),
        # how someone looked: a feature's picture of a person; looking into a thing is an act
        ("At a rally on Friday, Vidal, 69, looked smaller and her voice seemed weaker.",
         "looked", "look", SCENE_WEIGHT),
        ("The auditors looked into the depot's accounts on Friday.", "looked", "look", 1.0),
        # a state with a count or a milestone is a tally, not the scene
        ("By Friday there were 54 confirmed cases in the region.", "were", "be", 1.0),
        ("A man in Leeds on Friday was the first case outside the capital.", "was", "be", 1.0),
    ],
)  # fmt: skip
def test_a_clause_weighs_as_the_kind_of_happening_it_tells(
    sentence: str, verb: str, lemma: str, weight: float
) -> None:
    assert _weight(sentence, verb, lemma) == weight


STOPPED = (
    "Ann Ruiz came to the port city of Hull on Friday night and recounted her mother's "
    "story, recited her plans, and ripped into the Greens a bit."
)


@pytest.mark.parametrize(
    ("sentence", "others", "weight"),
    [
        # a stop told as a list of verbs, each of the stump speech's routine
        (STOPPED, ("recounted", "recited", "ripped"), SCENE_WEIGHT),
        # ... not with an act of its own beside it: the act is told
        (STOPPED.replace("ripped into", "signed"), ("recounted", "signed"), 1.0),
        # ... nor a journey to do something there
        (STOPPED.replace("Friday night", "Friday night to open the depot"),
         ("recounted", "recited", "ripped"), 1.0),
    ],
)  # fmt: skip
def test_a_stop_told_with_its_routine_is_still_a_stop(
    sentence: str, others: tuple[str, ...], weight: float
) -> None:
    mention = _mention("d1", sentence, sentence, "Friday", "came", "come")
    spans = tuple((sentence.index(w), sentence.index(w) + len(w)) for w in others)
    assert kind_weight(replace(mention, co_predicates=spans)) == weight


RALLIED = (
    "Afterwards some voters said nothing pulled them away from Tom Berg, who also held a "
    "rally in Hull on Friday night, drawing a crowd of 900."
)
QUOTED_AT_STOP = "'We will win,' said Tom Berg, who held a rally in Hull on Friday night."


@pytest.mark.parametrize(
    ("sentence", "weight"),
    [
        # a stop told in a relative clause on someone the sentence does not quote: the
        # voters' saying is not the stop's
        (RALLIED, SCENE_WEIGHT),
        # ... on the speaker: the stop is where the saying was said
        (QUOTED_AT_STOP, 1.0),
    ],
)
def test_a_stop_in_a_clause_on_someone_not_quoted_is_still_a_stop(
    sentence: str, weight: float
) -> None:
    clause = sentence[sentence.index("Tom Berg") : sentence.index(" night") + len(" night")]
    mention = _mention("d1", sentence, sentence, "Friday", "held", "hold")
    start = mention.evidence.sentence_start + sentence.index(clause)
    evidence = replace(mention.evidence, start=start, end=start + len(clause), text=clause)
    assert kind_weight(replace(mention, evidence=evidence)) == weight


RESIGNED = "And on Friday, Rosa Vidal resigned as chair of the party."
RECEPTION = "Rosa Vidal headlined a rooftop reception on Friday night."


def test_a_days_scene_gives_way_to_its_outcome_in_the_timeline() -> None:
    # two reports of one Friday, each told by one source: the resignation is the day's
    # entry, the reception (with a higher salience of its own) is not shown beside it
    first = report_naming("r1", "2024-07-15", f"{RESIGNED} Vidal thanked her staff.", ())
    second = report_naming("r2", "2024-07-13", f"{RECEPTION} Guests stayed late.", ())
    resigned = _mention("r1", first.document.text, RESIGNED, "Friday", "resigned", "resign")
    reception = _mention("r2", second.document.text, RECEPTION, "Friday", "headlined", "headline")
    events = [
        Event("out", "2024-07-12", RESIGNED, (resigned,), ("r1",), salience=1.0),
        Event("scene", "2024-07-12", RECEPTION, (reception,), ("r2",), salience=1.2),
    ]
    entries = select_timeline(events, dates=3, sentences=2, extractions=[first, second])
    shown = [c.text for e in entries for c in e.sentences]
    assert shown == [RESIGNED]


def _printed(sentence: str, verb: str, lemma: str, sources: int = 1) -> bool:
    """Whether the chronology prints ``sentence`` (a report's whole text, published on
    Saturday 13 July 2024), told by ``sources`` sources."""
    mention = _mention("d1", sentence, sentence, "Friday", verb, lemma)
    docs = tuple(f"d{n}" for n in range(1, sources + 1))
    event = Event("e1", "2024-07-12", sentence, (mention,), docs)
    day = date(2024, 7, 13)
    printing = Printing(texts={"d1": sentence}, latest=day, published={"d1": day})
    return bool(told_sentences([event], 5, printing))


def test_the_chronology_prints_one_pages_scene_only_when_others_tell_it() -> None:
    assert _printed(RESIGNED, "resigned", "resign")  # a recap's dated "And on Friday, ..."
    assert not _printed(RECEPTION, "headlined", "headline")
    assert _printed(RECEPTION, "headlined", "headline", sources=2)


def test_an_example_of_a_trend_is_not_printed_as_the_days_news() -> None:
    example = "The union, for example, on Friday began mailing leaflets to members."
    plain = "The union on Friday began mailing leaflets to its members in Leeds."
    assert _printed(plain, "began", "begin")
    assert not _printed(example, "began", "begin")


LOOKED = "At a rally in Leeds on Friday, Rosa Vidal, 69, looked smaller and older than in 2019."
SIGNED = "Rosa Vidal signed the depot contract with the city council on Friday."


def test_how_a_principal_looked_is_no_timeline_entry_beside_the_days_news() -> None:
    # one Friday, each told by one source, both naming the story's principal: how Vidal
    # looked at a rally is no second sentence beside the contract signed that day
    first = report_naming("r1", "2024-07-15", f"{LOOKED} The crowd was small.", ())
    second = report_naming("r2", "2024-07-13", f"{SIGNED} Work starts in May.", ())
    looked = _mention("r1", first.document.text, LOOKED, "Friday", "looked", "look")
    signed = _mention("r2", second.document.text, SIGNED, "Friday", "signed", "sign")
    events = [
        Event("look", "2024-07-12", LOOKED, (looked,), ("r1",), salience=1.2),
        Event("sign", "2024-07-12", SIGNED, (signed,), ("r2",), salience=1.0),
    ]
    entries = select_timeline(
        events, dates=3, sentences=2, extractions=[first, second], query=("Vidal",)
    )
    assert [c.text for e in entries for c in e.sentences] == [SIGNED]


REMARKED = "Rosa Vidal said in an interview on Friday that the depot was safe."


def test_one_pages_scene_is_no_days_entry_when_the_others_tell_the_day_unshowably() -> None:
    # how Vidal looked at a rally, one page's scene, is the only showable sentence of a
    # Friday another source tells in an interview's remark: the day gets no entry
    first = report_naming("r1", "2024-07-15", f"{LOOKED} The crowd was small.", ())
    second = report_naming("r2", "2024-07-13", f"{REMARKED} She left early.", ())
    looked = _mention("r1", first.document.text, LOOKED, "Friday", "looked", "look")
    remarked = _mention("r2", second.document.text, REMARKED, "Friday", "said", "say")
    events = [
        Event("look", "2024-07-12", LOOKED, (looked,), ("r1",), salience=1.2),
        Event("said", "2024-07-12", REMARKED, (remarked,), ("r2",), salience=1.0),
    ]
    entries = select_timeline(
        events, dates=3, sentences=2, extractions=[first, second], query=("Vidal",)
    )
    assert [c.text for e in entries for c in e.sentences] == []
