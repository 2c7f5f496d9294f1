"""A definite reference back ("the development bank", "the hashtag", "the city") is named in
brackets from the article's earlier mention, or the sentence is not shown; unique and
generic definites ("the president", "the economy", "the first time") read alone."""

from __future__ import annotations

import re
from datetime import date

from briefgen.definites import resolve_definites
from briefgen.models import (
    Block,
    Document,
    Event,
    EventMention,
    Evidence,
    Extraction,
    Mention,
    Timex,
)
from briefgen.render.printing import Printing
from briefgen.render.told import told_sentences
from briefgen.shown import read_alone

STORY = frozenset({"debt", "bonds", "payments", "economy", "default"})
FESTIVALS = STORY | {"festival"}


def _extraction(text: str, places: tuple[str, ...] = ()) -> Extraction:
    doc = Document("d", "d", "txt", text, "")
    spans = tuple((m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text))
    mentions = tuple(
        Mention("d", m.start(), m.end(), name, "name", "state")
        for name in places
        for m in re.finditer(re.escape(name), text)
    )
    return Extraction(document=doc, sentences=spans, mentions=mentions)


def _shown(text: str, places: tuple[str, ...] = (), story: frozenset[str] = STORY) -> str | None:
    """The last sentence of ``text`` as the timeline shows it, or None."""
    ext = _extraction(text, places)
    start, end = ext.sentences[-1]
    raw = text[start:end]
    return read_alone(raw.strip(), start + len(raw) - len(raw.lstrip()), ext, story=story)


def test_a_thing_named_before_is_named_in_brackets_however_far_back() -> None:
    shown = _shown(
        "The Valdoria development bank missed a deadline on its bonds. "
        "Officials met creditors in a hotel. "
        "Lawyers for both sides spoke for hours. "
        "Nobody left before midnight. "
        "The bond payments due on Tuesday are for debt issued by the development bank."
    )
    assert shown == (
        "The bond payments due on Tuesday are for debt issued by [the Valdoria development bank]."
    )


def test_a_hashtag_taken_up_is_named_and_a_time_after_it_says_not_which() -> None:
    shown = _shown(
        "Nurses began posting under a #FairShifts hashtag on Monday. "
        "Supporters sent one million posts with the hashtag in 10 hours."
    )
    assert shown == "Supporters sent one million posts with [the #FairShifts hashtag] in 10 hours."


def test_a_thing_introduced_without_a_name_or_with_two_names_is_not_shown() -> None:
    assert (
        _shown(
            "A regional bank missed a payment on Monday. "
            "The bond payments due on Tuesday are for debt issued by the bank."
        )
        is None
    )
    assert (
        _shown(
            "The Valdoria development bank and the Ostland development bank met. "
            "The bond payments due on Tuesday are for debt issued by the development bank."
        )
        is None
    )


def test_the_city_and_the_island_s_are_the_place_named_before() -> None:
    assert _shown(
        "Thousands gathered in Port Selden after the attack. "
        "An interfaith rally by the city's leaders drew a crowd on Wednesday.",
        places=("Port Selden",),
    ) == ("An interfaith rally by [Port Selden's] leaders drew a crowd on Wednesday.")
    assert (
        _shown(
            "Storms hit Port Selden and Valdoria on Monday. The storm cut power across the island.",
            places=("Port Selden", "Valdoria"),
        )
        is None
    )


def test_another_of_a_kind_told_before_and_a_quoted_this_point_back() -> None:
    assert (
        _shown(
            "A guard was hurt in an incident at the jail on Monday. "
            "Officials reported another incident on Friday."
        )
        is None
    )
    assert (
        _shown(
            "Governor Ann Ruiz signed an order closing schools on Monday. "
            "“This order will save lives,” Ruiz told reporters."
        )
        is None
    )
    # an adjective between: "this barbarous organization" is the group told before
    assert (
        _shown(
            "The Red Hand, a rebel organization, seized a town on Monday. "
            "“We will destroy this barbarous organization,” Ruiz told reporters."
        )
        is None
    )
    # controls: the story's own thing, a time, the speaker's country read alone
    for quoted in (
        "This debt will be paid",
        "This year will be hard",
        "These days are hard",
        "This country will pay",
    ):
        assert _shown(
            f"Governor Ann Ruiz spoke to reporters on Monday. “{quoted},” Ruiz told reporters."
        ) == (f"“{quoted},” Ruiz told reporters.")


def test_a_quoted_this_whose_referent_the_shown_text_does_not_name_is_refused() -> None:
    # the article called the group a "network", never an "organization": still unnamed
    assert (
        _shown(
            "The Red Hand, a rebel network, seized a town on Monday. "
            "Governor Ann Ruiz pledged Saturday to rid the world of “this barbarous "
            "organization” for good."
        )
        is None
    )
    # no order told at all: which order, the reader cannot tell
    assert (
        _shown(
            "Governor Ann Ruiz spoke to reporters on Monday. "
            "“This order will save lives,” Ruiz told reporters."
        )
        is None
    )


def test_a_quoted_this_taking_up_what_a_verb_told_before_is_refused() -> None:
    # "ordered" told the order; "this order" takes it up from the sentence before
    assert (
        _shown(
            "Governor Ann Ruiz ordered the schools closed on Monday. "
            "The principal told staff that they must “comply with this order” by Friday."
        )
        is None
    )
    # the verb in the sentence itself says it
    assert _shown(
        "Governor Ann Ruiz spoke on Monday. "
        "Governor Ann Ruiz ordered the schools closed, saying “this order will save lives” "
        "on Sunday."
    ) == (
        "Governor Ann Ruiz ordered the schools closed, saying “this order will save lives” "
        "on Sunday."
    )


def test_a_quoted_this_whose_referent_the_sentence_names_is_kept() -> None:
    for shown in (
        "Governor Ann Ruiz vowed on Saturday to crush the Red Hand, “this barbarous "
        "organization” for good.",
        "“We will destroy the Red Hand, this barbarous organization,” Ruiz told reporters.",
        "“This man is a liar,” Ruiz said of Omar Lind on Tuesday.",
        "Ruiz called Lind “this dishonest man” at a rally in Port Selden on Tuesday.",
    ):
        text = "The Red Hand, a rebel network, seized a town on Monday. " + shown
        assert _shown(text) == shown
    # a person pointed at, whom the sentence does not name besides its speaker
    assert (
        _shown("Ruiz met Omar Lind on Monday. “This man is a liar,” Ruiz said on Tuesday.") is None
    )


def test_a_quoted_that_with_its_noun_points_back_as_this_does() -> None:
    before = "Governor Ann Ruiz signed an order closing schools on Monday. "
    for quoted in ("That order will save lives", "We will fight against that order"):
        assert _shown(f"{before}“{quoted},” Tom Reed told reporters.") is None
    # "that" opening a clause, a degree, a verb, a time, or the story's own thing: no
    # reference back
    for quoted in (
        "We think that schools will open",
        "It was not that bad",
        "That makes no sense to parents",
        "At that moment we knew",
        "That debt will be paid",
    ):
        assert _shown(f"{before}“{quoted},” Tom Reed told reporters.") == (
            f"“{quoted},” Tom Reed told reporters."
        )
    # the noun told in the sentence itself: "ordered … that order"
    assert _shown(
        "Governor Ann Ruiz spoke on Monday. "
        "Governor Ann Ruiz ordered the schools closed, saying “that order will save lives” "
        "on Sunday."
    ) == (
        "Governor Ann Ruiz ordered the schools closed, saying “that order will save lives” "
        "on Sunday."
    )


def test_a_story_word_the_page_narrowed_to_one_of_a_kind_is_named_from_the_page() -> None:
    # "festival" is the story's word (it reads alone), but this page told of one festival
    # by its name and kind
    story_page = (
        "The organiser of the Marlow harbour festival defended the event on Monday. "
        "Residents had asked for a quieter programme. "
    )
    assert _shown(
        story_page + "Tom Reed said the criticism of the festival was unfair.", story=FESTIVALS
    ) == ("Tom Reed said the criticism of the [Marlow harbour] festival was unfair.")
    # told in the sentence itself, said which after it, or named without a kind: as written
    for kept in (
        "Tom Reed said a second festival was planned and the festival was unfair to nobody.",
        "Tom Reed said the festival in Penbury was unfair to residents.",
    ):
        assert _shown(story_page + kept, story=FESTIVALS) == kept
    plain = "The Marlow festival opened on Monday. Tom Reed said the festival was unfair to all."
    assert _shown(plain, story=FESTIVALS) == "Tom Reed said the festival was unfair to all."
    # one of a kind ("a …"), or an owner's: maybe not the thing the sentence means
    for other in ("A Marlow harbour festival", "Ann Holt's harbour festival"):
        page = f"{other} opened on Monday. Tom Reed said the festival was unfair to all."
        assert _shown(page, story=FESTIVALS) == "Tom Reed said the festival was unfair to all."
    # two festivals named with kinds: which one, the page does not say
    two = (
        "The Marlow harbour festival and the Penbury street festival both opened on Monday. "
        "Tom Reed said the festival was unfair to residents."
    )
    assert _shown(two, story=FESTIVALS) == "Tom Reed said the festival was unfair to residents."


def test_unique_generic_and_story_definites_read_alone() -> None:
    text = (
        "Voters in Valdoria worry about the economy. "
        "The president said on Monday the economy grew for the first time in a year."
    )
    assert _shown(text) == (
        "The president said on Monday the economy grew for the first time in a year."
    )
    ext = _extraction(text)
    start = ext.sentences[-1][0] + 1
    sentence = ext.document.text[start : ext.sentences[-1][1]]
    assert resolve_definites(sentence, start, ext, STORY) == sentence


def _printed(first: str, second: str) -> list[str]:
    """What the chronology prints for an event told by ``second``, after ``first``."""
    text = f"{first} {second}"
    start = text.index(second)
    at = text.index("Tuesday", start)
    verb = text.index("sued", start)
    mention = EventMention(
        id="m1",
        doc="d1",
        date="2016-07-05",
        timex=Timex(at, at + 7, "Tuesday", "DATE", "2016-07-05"),
        description=second,
        evidence=Evidence("d1", start, start + len(second), second, second, start),
        predicate=(verb, verb + 4),
    )
    event = Event("e1", "2016-07-05", second, (mention,), ("d1",))
    day = date(2016, 7, 6)
    doc = Document("d1", "d1", "txt", text, "")
    printing = Printing(
        texts={"d1": text},
        latest=day,
        published={"d1": day},
        named={"d1": Extraction(document=doc)},
    )
    return [t.text for t in told_sentences([event], 5, printing).values()]


def test_the_chronology_names_the_thing_as_the_timeline_does() -> None:
    second = "Angry creditors sued the development bank on Tuesday."
    assert _printed("The Valdoria development bank missed a deadline on its bonds.", second) == [
        "Angry creditors sued [the Valdoria development bank] on Tuesday."
    ]
    assert _printed("A regional development bank missed a deadline on its bonds.", second) == []


def test_a_person_the_sentence_introduces_and_a_place_it_names_are_its_own() -> None:
    text = (
        "Port Selden sealed the Grand Valdoria hotel on Monday. "
        "Officials confirmed a case in a Mexican traveler, and sealed the hotel where "
        "the 25-year-old man had stayed."
    )
    # "where ..." says which hotel; the man is the traveler the sentence introduced
    assert _shown(text) == (
        "Officials confirmed a case in a Mexican traveler, and sealed the hotel where "
        "the 25-year-old man had stayed."
    )
    assert _shown(text.replace("a Mexican traveler", "Valdoria")) is None  # which man?
    # a zoo named before, and a sentence placed in another city: not that zoo
    assert (
        _shown(
            "Keepers at the Ostland zoo culled a pig. "
            "Officials in Port Selden said three boars at the zoo were destroyed."
        )
        is None
    )


def test_a_role_named_in_apposition_before_is_named_with_it() -> None:
    # the earlier sentence ends on a weekday: no part of the name ("Monday. The county")
    assert _shown(
        "Deputies released footage on Monday. The county sheriff, Ann Ruiz, spoke to "
        "reporters. The sheriff said two men would be charged."
    ) == ("[The sheriff, Ann Ruiz] said two men would be charged.")


def test_a_noun_that_only_modifies_an_earlier_head_names_nothing() -> None:
    # "the war" is no "Dalmar war vote": the earlier phrase's head is the vote
    shown = _shown(
        "Critics attacked Senator Ruiz's Dalmar war vote on Saturday. "
        "Senator Ortiz assailed Ruiz for supporting the war."
    )
    assert shown is None or "war]" not in shown


def test_a_headline_is_no_fuller_mention_of_a_thing() -> None:
    text = (
        "Bakeco Kestrel layoffs.\n\n"
        "Bakeco began cutting 277 jobs on Wednesday, the first wave of 600 layoffs. "
        "Bakeco sent a notice to employees in mid-January about the layoffs."
    )
    doc = Document(
        "d", "d", "txt", text, "", blocks=(Block(0, 23, "headline"), Block(38, len(text), "body"))
    )
    spans = tuple((m.start(), m.end()) for m in re.finditer(r"[^.\n]+\.", text))
    ext = Extraction(document=doc, sentences=spans)
    start, end = spans[-1]
    raw = text[start:end]
    shown = read_alone(raw.strip(), start + len(raw) - len(raw.lstrip()), ext, story=STORY)
    assert shown is None or "Kestrel" not in shown


def test_one_of_several_things_named_before_is_refused_not_bracketed_with_all() -> None:
    # "the attack" takes up one of "the Selden attacks": which one, the article says
    assert (
        _shown(
            "Gunmen carried out the Selden attacks on Friday. "
            "Officials said the attack was planned abroad."
        )
        is None
    )
    assert (
        _shown(
            "Gunmen carried out attacks in Lima on Friday. Officials said the attack was planned."
        )
        is None
    )
    # control: the same number, bracketed
    assert _shown(
        "Gunmen carried out the Selden attacks on Friday. "
        "Officials said the attacks were planned abroad."
    ) == ("Officials said [the Selden attacks] were planned abroad.")


def test_a_headline_line_in_the_body_is_no_noun_phrase_to_bracket() -> None:
    text = (
        "Bakeco Foods Rolls Out Layoffs\n"
        "The firm announced the layoffs on Monday. "
        "Union leaders complained about the layoffs on Tuesday."
    )
    assert _shown(text) is None
    # control: a sentence naming them gives the bracket
    text = (
        "The firm announced the Bakeco Foods layoffs on Monday. "
        "Union leaders complained about the layoffs on Tuesday."
    )
    assert _shown(text) == "Union leaders complained about [the Bakeco Foods layoffs] on Tuesday."


def _shown_with_people(text: str, places: tuple[str, ...] = ()) -> str | None:
    """``_shown`` with the people "Ann Ruiz" and "Ben Cole" among the document's mentions."""
    ext = _extraction(text, places)
    people = tuple(
        Mention("d", m.start(), m.end(), m[0], "name", "person")
        for m in re.finditer("Ann Ruiz|Ben Cole", text)
    )
    ext = Extraction(document=ext.document, sentences=ext.sentences, mentions=ext.mentions + people)
    start, end = ext.sentences[-1]
    raw = text[start:end]
    return read_alone(raw.strip(), start + len(raw) - len(raw.lstrip()), ext, story=STORY)


def test_the_country_after_a_persons_name_is_still_the_place_named_before() -> None:
    text = "Voters in Valdoria went to the polls on Monday. Ann Ruiz said the country had 20 cases."
    assert _shown_with_people(text, ("Valdoria",)) == "Ann Ruiz said [Valdoria] had 20 cases."
    # two places before: which one, not safe to tell
    text = (
        "Voters in Valdoria and Port Selden went to the polls on Monday. "
        "Ann Ruiz said the country had 20 cases."
    )
    assert _shown_with_people(text, ("Valdoria", "Port Selden")) is None
    # control: the place named in the sentence itself says which
    text = "Voters went to the polls on Monday. Ann Ruiz of Valdoria said the country had 20 cases."
    assert (
        _shown_with_people(text, ("Valdoria",))
        == "Ann Ruiz of Valdoria said the country had 20 cases."
    )


def test_the_country_in_an_article_naming_no_place_is_the_readers_own() -> None:
    # a lede naming only people: "the country" is the one its readers live in
    text = "Ann Ruiz has a word for Ben Cole's plan to deport 11 million people from the country."
    assert _shown_with_people(text) == text
    # but the readers' own city is no such thing: which city, the article never says
    text = "Ann Ruiz has a word for Ben Cole's plan to close every school in the city."
    assert _shown_with_people(text) is None
    # and once the article names two places, which one "the country" is, nobody can tell
    text = (
        "Voters in Valdoria and Port Selden went to the polls on Monday. "
        "Ann Ruiz wants to deport 11 million people from the country."
    )
    assert _shown_with_people(text, ("Valdoria", "Port Selden")) is None


def test_a_sentences_first_word_is_no_name_that_narrows_a_kind() -> None:
    text = (
        "Nearly simultaneous bombings hit two embassies on Friday. "
        "Police searched for a suspect in the bombings identified as Tom Reed."
    )
    bombings = STORY | {"bombings"}
    assert _shown(text, story=bombings) == (
        "Police searched for a suspect in the bombings identified as Tom Reed."
    )


def test_the_summary_names_a_narrowed_thing_once_chosen() -> None:
    from briefgen.summarize import summarize

    text = (
        "The organiser of the Marlow harbour festival defended the event on Monday. "
        "Tom Reed said on Monday that the criticism of the festival was unfair to the town."
    )
    ext = _extraction(text)
    summary = summarize([ext], [], [], judgments=4, query=("festival",))
    shown = [c.text for c in (summary.bottom_line, *summary.judgments) if c]
    assert any("the [Marlow harbour] festival was unfair" in t for t in shown), shown
