"""A definite noun taking up a participant the sentences before introduced ("the hotel",
"the students") does not stand alone; the story's own words ("the virus") do."""

from __future__ import annotations

import re

from briefgen.anaphora import dangling_definite, story_words, takes_up
from briefgen.models import Document, Extraction
from briefgen.shown import read_alone


def _extraction(text: str) -> Extraction:
    doc = Document("d", "d", "txt", text, "")
    spans = tuple((m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text))
    return Extraction(document=doc, sentences=spans)


def _last(ext: Extraction) -> tuple[str, int]:
    start, end = ext.sentences[-1]
    raw = ext.document.text[start:end]
    return raw.strip(), start + len(raw) - len(raw.lstrip())


STORY = frozenset({"virus", "outbreak", "cases"})


def test_a_participant_introduced_before_and_taken_up_with_the_is_refused() -> None:
    ext = _extraction(
        "A healthcare worker at a London hospital has tested positive. "
        "Colleagues were offered antiviral drugs. "
        "A hospital spokesman said the female worker fell ill at work on Wednesday."
    )
    sentence, start = _last(ext)
    assert dangling_definite(sentence, start, ext, STORY) == "the female worker fell"
    assert read_alone(sentence, start, ext, story=STORY) is None


def test_students_counted_before_are_the_students() -> None:
    ext = _extraction(
        "China quarantined 20 Canadian students on arrival in Changchun. "
        "Canada said none of the students had shown any symptoms."
    )
    sentence, start = _last(ext)
    assert read_alone(sentence, start, ext, story=STORY) is None


def test_the_same_and_the_other_always_point_back() -> None:
    ext = _extraction(
        "Five pupils at a school in Dulwich have the virus. "
        "The two other new cases confirmed on Monday were adults who had visited Mexico."
    )
    sentence, start = _last(ext)
    assert read_alone(sentence, start, ext, story=STORY) is None


def test_the_story_s_own_noun_and_a_phrase_saying_which_stand_alone() -> None:
    ext = _extraction(
        "A new flu virus has been found in Mexico. "
        "The virus has killed at least 60 people in Mexico. "
        "A hotel in Hong Kong was sealed. "
        "The hotel where the singer Ann Ruiz stayed reopened on Friday."
    )
    second = ext.sentences[1]
    text = ext.document.text[second[0] : second[1]].strip()
    assert read_alone(text, ext.document.text.find(text), ext, story=STORY) == text
    sentence, start = _last(ext)
    assert read_alone(sentence, start, ext, story=STORY) == sentence


def test_the_same_as_compares_and_a_participant_introduced_in_the_sentence_stands() -> None:
    ext = _extraction(
        "Health officials met on Monday. "
        "The strain is not the same as the seasonal flu strains that circulate each winter. "
        "A man from Ayrshire who had been to Texas was confirmed as the man with the virus."
    )
    for n in (1, 2):
        start, end = ext.sentences[n]
        text = ext.document.text[start:end].strip()
        offset = ext.document.text.find(text)
        assert dangling_definite(text, offset, ext, STORY) is None


def test_story_words_are_those_a_fifth_of_the_documents_use() -> None:
    texts = ["the virus spread"] * 4 + ["a hotel was sealed"] + ["cases rose"] * 15
    words = story_words(texts)
    assert "virus" in words and "cases" in words
    assert "hotel" not in words


def test_a_profile_leaves_out_a_report_taking_up_the_article_s_students() -> None:
    from briefgen.aggregate.focus import Focus
    from briefgen.aggregate.keypositions import key_positions
    from briefgen.models import Evidence, Position

    text = (
        "China quarantined 20 Canadian students on arrival in Changchun. "
        "Canada said none of the students had shown any flu symptoms. "
        "Canada said its citizens abroad would be told to carry thermometers at all times."
    )

    def said(ident: str, content: str) -> Position:
        start = text.index(content)
        sentence_start = text.rindex(". ", 0, start) + 2
        sentence_end = text.index(".", start) + 1
        ev = Evidence(
            "d",
            start,
            start + len(content),
            content,
            text[sentence_start:sentence_end],
            sentence_start,
        )
        return Position(ident, "d", "Canada", "ca", None, content, start, start + len(content),
                        "reported", "said", ev, attribution="cue")  # fmt: skip

    students = said("s", "none of the students had shown any flu symptoms")
    thermometers = said("t", "its citizens abroad would be told to carry thermometers at all times")
    focus = Focus(texts={"d": text}, story=frozenset({"flu"}))
    assert focus.takes_up(students) and not focus.takes_up(thermometers)
    assert key_positions("ca", [students, thermometers], focus=focus) == [thermometers]


def test_a_participant_noun_points_back_however_far_the_article_named_them() -> None:
    ext = _extraction(
        "Hong Kong sealed a hotel on Friday. Guests were told to stay. Police guarded it. "
        "Shops nearby were shuttered. "
        "The Mexican man arrived in Hong Kong from Mexico on Thursday."
    )
    sentence, start = _last(ext)
    assert read_alone(sentence, start, ext, story=STORY) is None
    said_which = "The man who brought the virus arrived in Hong Kong on Thursday."
    assert dangling_definite(said_which, start, ext, STORY) is None


def test_a_pair_s_the_other_a_body_named_before_and_an_apposition_say_which() -> None:
    ext = _extraction(
        "The debate was held in a hotel. Both spoke at length. "
        "Smith and Jones clashed on Wednesday, each saying the other lacks the temperament. "
        "GSK chief Chris Wu said on Monday the company aimed to boost sales of vaccines. "
        "The hotel, Metropark, was sealed by police on Friday. "
        "At the same time, the two leaders agreed to hold joint drills in the border region."
    )
    for n in (2, 3, 4, 5):
        start, end = ext.sentences[n]
        text = ext.document.text[start:end].strip()
        assert dangling_definite(text, ext.document.text.find(text), ext, STORY) is None, text
    assert takes_up("The agency said the count rose.", "The WHO met.", STORY) == "the agency"


def test_the_country_no_name_in_the_sentence_says_is_a_reference_back() -> None:
    story = frozenset({"country", "cases"})
    assert takes_up("By yesterday there were 54 cases, four infected in the country.", "", story)
    assert takes_up("Spain said four people were infected in the country.", "", story) is None
    assert takes_up("The country of his birth was never named.", "", story) is None


def test_a_participant_is_no_story_word_however_many_documents_use_it() -> None:
    story = frozenset({"man", "virus"})
    assert takes_up("The man was taken to hospital after landing.", "", story) == "the man"
    assert takes_up("The virus has killed 60 people in Mexico.", "", story) is None


def test_a_thing_is_found_introduced_in_any_case_and_beyond_ascii() -> None:
    """The introduction is matched without regard to case, in plain ASCII text and in text
    with accents or curly quotes alike; a noun never written before is not introduced."""
    said = "Officials said the ferry was towed to port."
    for before in (
        "A FERRY sank off Zürich on Monday. ",
        "A ferry sank off Zurich on Monday. ",
        "Officials said Zürich’s ferry sank. ",
    ):
        assert takes_up(said, before, STORY) == "the ferry", before
    assert takes_up(said, "A bus crashed in Zürich. ", STORY) is None
    assert takes_up(said, "A bus crashed in Zurich. ", STORY) is None


def test_a_clause_after_a_comma_describes_the_participant_and_does_not_say_which() -> None:
    ext = _extraction(
        "A Mexican man flew from Toronto to Beijing. "
        "The man, who is in stable condition, arrived in Beijing on Saturday."
    )
    sentence, start = _last(ext)
    assert dangling_definite(sentence, start, ext, STORY) == "the man"
    # the one man the sentence before introduces completes it (the convention)
    shown = read_alone(sentence, start, ext, story=STORY)
    assert shown == "[The Mexican man], who is in stable condition, arrived in Beijing on Saturday."
    restrictive = "The man who flew from Toronto is in stable condition in Beijing."
    assert takes_up(restrictive, "", STORY) is None


def test_a_death_or_tests_told_without_whose_do_not_stand_alone() -> None:
    assert takes_up("The cause of death was confirmed on Wednesday by Dr Ann Lee.", "", STORY)
    assert takes_up("Laboratory tests came back positive on Thursday for the virus.", "", STORY)
    for owned in (
        "A 23-month-old boy died in Texas; the cause of death was the virus.",
        "Jackson's cause of death was announced on Monday.",
        "The funeral of Michael Jackson was held on Tuesday.",
        "Tests on a man from Ayrshire came back positive on Thursday.",
        "The death toll in Mexico rose to 150 on Tuesday.",
    ):
        assert takes_up(owned, "", STORY) is None, owned


def test_a_participant_a_story_word_qualifies_is_still_taken_up() -> None:
    story = STORY | {"health"}
    ministry = "The health ministry on Saturday confirmed its first case in the south."
    assert takes_up(ministry, "", story) == "the health ministry"
    assert (
        takes_up("India's health ministry said the health ministry had one case.", "", story)
        is None
    )


def test_a_role_taking_up_a_named_person_is_refused_and_called_is_no_name() -> None:
    senator = "In June, the Ohio senator called on fellow Republicans to drop the nominee."
    assert (takes_up(senator, "", STORY) or "").startswith("the Ohio senator")
    boat = "The boat called Jenny sank off Cork on Monday."
    assert takes_up(boat, "", STORY) is None


def test_a_ministry_the_sentence_before_places_in_one_country_is_named_in_brackets() -> None:
    from briefgen.models import Mention

    text = (
        "Visitors to Mexico should take care. "
        "The federal health ministry issued a nationwide alert on 22 April."
    )
    ext = _extraction(text)
    at = text.index("Mexico")
    ext = Extraction(
        document=ext.document,
        sentences=ext.sentences,
        mentions=(Mention("d", at, at + 6, "Mexico", "name", "state"),),
    )
    sentence, start = _last(ext)
    shown = read_alone(sentence, start, ext, story=STORY)
    assert shown == "[Mexico's] federal health ministry issued a nationwide alert on 22 April."
    # with no country named before, whose ministry is unknown: refused
    assert read_alone(sentence, start, _extraction(text), story=STORY) is None


def test_a_participant_introduced_once_before_is_completed_in_brackets() -> None:
    ext = _extraction(
        "The first case was a Long Beach resident. "
        "The second case involves a 45-year-old man from La Mirada, whose death was reported. "
        "The man died on 22 April at a hospital in Norwalk."
    )
    sentence, start = _last(ext)
    shown = read_alone(sentence, start, ext, story=STORY)
    completed = "[The 45-year-old man from La Mirada] died on 22 April at a hospital in Norwalk."
    assert shown == completed
    # two men introduced: which one, the sentence cannot say
    two = _extraction(
        "A man from Ohio and a man from Iowa fell ill. "
        "The man died on 22 April at a hospital in Norwalk."
    )
    sentence, start = _last(two)
    assert read_alone(sentence, start, two, story=STORY) is None


def test_one_picked_out_of_a_group_introduces_no_participant_to_complete() -> None:
    ext = _extraction(
        "Police released one of two men sought for questioning in the shooting. "
        "The men were not termed suspects, officials said on Saturday."
    )
    sentence, start = _last(ext)
    shown = read_alone(sentence, start, ext, story=STORY)
    assert shown is None  # "The men": which men, the reader cannot tell


def test_a_he_the_sentence_s_own_person_noun_takes_up_is_not_named_from_before() -> None:
    ext = _extraction(
        "Dr. Ames was shot at his home in the suburb. "
        "Investigators, wondering how the assailant could have left the woods without fearing "
        "he would be seen carrying a rifle, searched the site again on April 8."
    )
    sentence, start = _last(ext)
    shown = read_alone(sentence, start, ext, story=STORY)
    assert shown is not None and "fearing he would be seen" in shown and "[" not in shown


def test_a_campaigns_staffers_or_aides_taken_up_from_before_point_back() -> None:
    before = "Audit files show that four accounts searched the rival campaign's voter data. "
    story = frozenset({"campaign", "staffers", "aides"})  # whose staff, the article says
    for text, noun in (
        ("In some cases, the staffers saved their search results in new folders.", "staffers"),
        ("The aides later said the searches had been a test of the software.", "aides"),
    ):
        assert (takes_up(text, before, story) or "").startswith(f"the {noun}"), text
    # "the staffers who ran the search" says which
    said = "The staffers who ran the searches were dismissed on Friday."
    assert takes_up(said, before, frozenset()) is None


def test_a_sentence_leading_in_to_a_list_does_not_stand_alone() -> None:
    text = "The weekly rankings are out. Nothing moved from last week:\n1. Ames\n2. Beck"
    doc = Document("d", "d", "txt", text, "")
    ext = Extraction(document=doc, sentences=((0, 28), (29, 58), (59, len(text))))
    lead_in = text[29:58]
    assert lead_in.endswith(":")
    assert read_alone(lead_in, 29, ext, story=STORY) is None
    assert read_alone(text[:28], 0, ext, story=STORY) == "The weekly rankings are out."


def test_a_number_standing_alone_for_people_named_before_is_refused() -> None:
    before = "Two more people fell ill in Devon on Sunday. A boy and his sister had been abroad. "
    for taken_up in (
        "Officials said the two are siblings and are close contacts of an earlier case.",
        "The pair later returned to school in Exeter.",
    ):
        ext = _extraction(before + taken_up)
        sentence, start = _last(ext)
        assert read_alone(sentence, start, ext, story=STORY) is None
    # a number with its noun says what it counts
    ext = _extraction(before + "Officials said the two schools in Exeter would stay open.")
    sentence, start = _last(ext)
    assert read_alone(sentence, start, ext, story=STORY) == sentence


def test_a_wire_lede_calls_the_person_it_named_by_a_description() -> None:
    lede = (
        "Ann Holt will stay in Marlow for two more weeks even after a court refused to "
        "hear the fought-over child."
    )
    people = frozenset({"Ann", "Holt"})
    # the story's first sentence (a dateline or "(Undated)" before it is no sentence)
    assert takes_up(lede, "", STORY, people) is None
    assert takes_up(lede, "(Undated)\n\n", STORY, people) is None
    # after a sentence that told of someone, the description may be theirs
    assert takes_up(lede, "Police found a boy in Penbury. ", STORY, people) is not None
    # a lede naming no one before the description still points back
    assert takes_up("Police said the child was found.", "", STORY, people) == "the child"


def test_the_story_s_own_noun_in_a_roundup_of_its_kind_says_not_which() -> None:
    markets = frozenset({"market", "traders", "shares"})
    ext = _extraction(
        "Marlow shares fell Friday and the Marlow market closed lower. "
        "Penbury prices also fell as traders blamed turmoil in other markets. "
        "Traders said the market remains nervous."
    )
    sentence, start = _last(ext)
    assert dangling_definite(sentence, start, ext, markets) == "the market"
    assert read_alone(sentence, start, ext, story=markets) is None
    # an article telling of one market only: the story's own "the market" reads alone
    ext = _extraction(
        "Marlow shares fell Friday and the Marlow market closed lower. "
        "Traders said the market remains nervous."
    )
    sentence, start = _last(ext)
    assert read_alone(sentence, start, ext, story=markets) == sentence


def test_the_story_s_noun_after_a_preposition_is_no_subject_of_the_verb_after_it() -> None:
    families = frozenset({"family", "lawyers"})
    ext = _extraction(
        "The Marlow family and the Penbury family met on Monday. "
        "Other families stayed away. "
        "Lawyers for the family raised new claims over the weekend."
    )
    sentence, start = _last(ext)
    assert read_alone(sentence, start, ext, story=families) == sentence
