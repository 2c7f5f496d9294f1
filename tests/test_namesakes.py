"""Who is who: namesakes told apart by what the text says, words glued to a name, and
appositions that are no one's role."""

from __future__ import annotations

from test_who_is_who import _ex, _holding, _owner_name

from briefgen.aggregate.actors import resolve_actors
from briefgen.aggregate.names import middle_initials
from briefgen.models import Extraction


def test_a_bare_surname_never_joins_a_full_name_spelled_otherwise():
    # an anchor "Bash" questions a candidate "Bush" the story names far more often
    text = "Ned Bush spoke first. Ned Bush spoke again. Ned Bush closed. Bash asked about taxes.\n"
    ex = _ex("a", text, {"Ned Bush": "person", "Bash": "person"})
    actors, _ = resolve_actors([ex])
    assert _holding(actors, "a", text.index("Bash")).name != "Ned Bush"
    assert _holding(actors, "a", 0).aliases == ()


def test_a_bare_surname_still_joins_a_transliterated_spelling_of_it():
    text = "Emil Rakhmon arrived. Rahmon said the talks went well.\n"
    ex = _ex("a", text, {"Emil Rakhmon": "person", "Rahmon": "person"})
    actors, _ = resolve_actors([ex])
    assert _holding(actors, "a", text.index("Rahmon")).name == "Emil Rakhmon"


def test_father_and_son_told_apart_by_their_middle_initials():
    a = "George H.W. Bush wrote to George W. Bush. George Bush, the father, smiled.\n"
    b = "George W. Bush opened a museum.\n"
    c = "George HW Bush was in hospital.\n"
    names = {"George H.W. Bush": "person", "George W. Bush": "person", "George Bush": "person"}
    exs = [
        _ex("a", a, names),
        _ex("b", b, {"George W. Bush": "person"}),
        _ex("c", c, {"George HW Bush": "person"}),
    ]
    actors, _ = resolve_actors(exs)
    father, son = _holding(actors, "a", 0), _holding(actors, "a", a.index("George W."))
    assert father.id != son.id
    assert _holding(actors, "b", 0).id == son.id
    assert _holding(actors, "c", 0).id == father.id
    # a document naming both leaves the name without initials to neither
    assert _holding(actors, "a", a.index("George Bush,")).id not in {father.id, son.id}


def test_a_middle_initial_alone_still_joins_the_name_without_it():
    a = "James B. Comey testified.\n"
    b = "James Comey said the review was over.\n"
    exs = [_ex("a", a, {"James B. Comey": "person"}), _ex("b", b, {"James Comey": "person"})]
    actors, _ = resolve_actors(exs)
    assert _holding(actors, "a", 0).id == _holding(actors, "b", 0).id


def test_middle_initials_read_with_or_without_stops():
    assert middle_initials("President George H. W. Bush") == "hw"
    assert middle_initials("George HW Bush") == "hw"
    assert middle_initials("Joseph R. Biden Jr.") == "r"
    assert middle_initials("George Bush") == ""


def test_a_common_word_opening_a_sentence_is_cut_from_the_name_after_it():
    a = "Others say it will fail. Say Quintland demanded proof of it.\n"
    b = "Quintland said no. Quintland and Nordia say they will talk.\n"
    exs = [
        _ex("a", a, {"Say Quintland": "state"}),
        _ex("b", b, {"Quintland": "state", "Nordia": "state"}),
    ]
    actors, _ = resolve_actors(exs)
    found = _holding(actors, "a", a.index("Quintland"))
    assert found.name == "Quintland" and found.id == _holding(actors, "b", 0).id
    assert not any(a.name == "Say Quintland" for a in actors)


def test_a_name_that_opens_with_a_word_written_capitalised_inside_sentences_stays_whole():
    a = "Others went to the white tent. White House aides said no.\n"
    b = "Aides at the White House and the House met. The House said no.\n"
    exs = [
        _ex("a", a, {"White House": "org"}),
        _ex("b", b, {"White House": "org", "House": "org"}),
    ]
    actors, _ = resolve_actors(exs)
    assert _holding(actors, "a", a.index("White House")).name == "White House"


def test_a_second_name_or_a_score_in_apposition_is_no_role(nlp):  # type: ignore[no-untyped-def]
    from briefgen.extract.actors import extract_mentions
    from briefgen.models import Document

    text = (
        "One pastor backing Mr. Quint, Darran Whiting of Grace Church in Marion, said he "
        "had called others. A poll put Ned Bosk at 42 percent and Ohio Gov. John Kasich, "
        "9 percent.\n"
    )
    doc = Document(id="a", source="a.txt", format="txt", text=text, title="")
    ms = extract_mentions(doc, nlp(text))
    # the score beside a name is no role; the short title before it is ("Ohio Gov.")
    assert [m.role for m in ms if m.text in ("Quint", "John Kasich")] == [None, "Ohio Governor"]
    assert not [m for m in ms if m.kind == "description"]
    # a people after the name still says who the person is
    text = "Police arrested Ali Quint, a Comorian Muslim, on Friday.\n"
    doc = Document(id="b", source="b.txt", format="txt", text=text, title="")
    roles = [m.role for m in extract_mentions(doc, nlp(text)) if m.text == "Ali Quint"]
    assert roles == ["a Comorian Muslim"]


def test_the_last_word_of_a_title_is_no_organisation():
    a = "Former Secretary of State Ann Quint spoke. The leader of Zorbat replied.\n"
    # "State" is capitalised inside sentences more often than not (a department's name)
    b = (
        "The state budget, the state police and the state court. Aides of the State "
        "Department, the State Department and the State Department press office and the "
        "State Department spokesman met. Zorbat met again.\n"
    )
    exs = [
        _ex("a", a, {"Ann Quint": "person", "State": "org", "Zorbat": "org"}),
        _ex("b", b, {"Zorbat": "org"}),
    ]
    actors, _ = resolve_actors(exs)
    assert "State" not in {a.name for a in actors}
    assert (
        _holding(actors, "a", a.index("Zorbat")).id == _holding(actors, "b", b.index("Zorbat")).id
    )


def _child_story(doc: str) -> Extraction:
    text = (
        "Nino Quirk stayed in Miami. Nino Quirk played. Nino Quirk slept. His father, "
        "Pedro Quirk, flew in. Quirk said he wanted his son back.\n"
    )
    names = {"Nino Quirk": "person", "Pedro Quirk": "person", "Quirk": "person"}
    return _ex(doc, text, names)


def test_a_bare_surname_is_not_given_to_a_child_the_corpus_calls_by_first_name():
    # the corpus calls the boy "Nino" far more often than "Nino Quirk"
    text = " ".join("Nino waved." for _ in range(10)) + " Nino Quirk is six.\n"
    child = _ex("b", text, {"Nino": "person", "Nino Quirk": "person"})
    actors, _ = resolve_actors([_child_story("a"), child])
    said = _child_story("a").document.text.index("Quirk said")
    assert _owner_name(actors, "a", said) != "Nino Quirk"
    # a corpus that calls him by his full name gives the story's bare surname to him
    grown = _ex("b", "Nino Quirk smiled. Nino Quirk ran.\n", {"Nino Quirk": "person"})
    actors, _ = resolve_actors([_child_story("a"), grown])
    assert _holding(actors, "a", said).name == "Nino Quirk"
