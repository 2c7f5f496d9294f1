"""Lines an actor said that a profile leaves out: jests, courtesy, an unnamed "you", a
reply, a group's description, a statement recalled from months before its article."""

from __future__ import annotations

from briefgen.aggregate.focus import Focus
from briefgen.aggregate.keypositions import key_positions
from briefgen.models import Evidence, Mention, Position


def _said(ident: str, text: str, *, doc: str = "d1", sentence: str | None = None,
          kind: str = "reported", cue: str = "said", date: str | None = "2016-09-26",
          name: str = "Ada Pike") -> Position:  # fmt: skip
    sentence = sentence if sentence is not None else f"{name} {cue} {text}."
    start = sentence.find(text)
    at = sentence.find(name)
    mention = Mention(doc, at, at + len(name), name, "name", "person") if at >= 0 else None
    ev = Evidence(doc, start, start + len(text), text, sentence, 0)
    return Position(ident, doc, name, "ada", mention, text, start, start + len(text), kind,
                    cue, ev, attribution="cue", date=date)  # type: ignore[arg-type]  # fmt: skip


def _shown(positions: list[Position], focus: Focus | None = None) -> list[str]:
    return sorted(p.id for p in key_positions("ada", positions, 3, focus))


STANCE = "the harbour tax would ruin the fishing families of the north coast"


def test_a_jest_is_no_position():
    joke = _said("joke", "If you ask me once more, I shall resign my seat on the board",
                 kind="direct", cue="joked", doc="d2")  # fmt: skip
    assert _shown([_said("stance", STANCE), joke]) == ["stance"]
    # the same words said plainly are a line
    plain = _said("plain", "If the ferry levy passes, I shall resign my seat on the board",
                  kind="direct", doc="d2")  # fmt: skip
    assert _shown([_said("stance", STANCE), plain]) == ["plain", "stance"]


def test_a_courtesy_formula_is_no_position():
    formula = _said("formula", "I am delighted to appoint Mr. Lund to lead the harbour board",
                    kind="direct", doc="d2")  # fmt: skip
    assert _shown([_said("stance", STANCE), formula]) == ["stance"]


def test_a_line_to_an_unnamed_you_about_what_they_did_is_not_readable_alone():
    told = _said("told", "For two years you have been willing to promise anything for a vote",
                 kind="direct", doc="d2")  # fmt: skip
    assert _shown([_said("stance", STANCE), told]) == ["stance"]
    # the generic "you" of what anyone will see is no addressee
    generic = _said("generic", "Whatever the tax, you will see the boats leave for good",
                    kind="direct", doc="d3")  # fmt: skip
    assert "generic" in _shown([_said("stance", STANCE), generic])


def test_a_reply_to_an_unshown_question_is_not_readable_alone():
    answer = _said("answer", "I agree. That is why the harbour tax must be stopped this year",
                   kind="direct", doc="d2")  # fmt: skip
    assert _shown([_said("stance", STANCE), answer]) == ["stance"]
    # a title's stop opens no reply
    titled = _said("titled", "Mr. Lund is wrong: the harbour tax must be stopped this year",
                   kind="direct", doc="d2")  # fmt: skip
    assert "titled" in _shown([_said("stance", STANCE), titled])


def test_a_description_of_several_people_is_not_one_of_them_speaking():
    sentence = (
        "At the debate, Liberals Ada Pike, Tom Vale, and Una Rook offered voters three plans."
    )
    group = _said("group", "voters three plans", sentence=sentence, cue="offered", doc="d2")
    assert _shown([_said("stance", STANCE), group]) == ["stance"]
    before = "Tom Vale and Ada Pike said the harbour tax must go before the summer season."
    pair = _said("pair", "the harbour tax must go before the summer season", sentence=before,
                 doc="d3")  # fmt: skip
    assert _shown([_said("stance", STANCE), pair]) == ["stance"]


def test_a_statement_recalled_from_months_before_its_article_is_background():
    focus = Focus.of([], [], ["2016-03-01", "2016-09-26"], published={"d2": "2016-09-23"})
    sentence = "During a May interview, Ada Pike said the ferry subsidy had been a success."
    old = _said("old", "the ferry subsidy had been a success", sentence=sentence, doc="d2",
                date="2016-05")  # fmt: skip
    assert _shown([_said("stance", STANCE), old], focus) == ["stance"]
    # said in the days the article reports, it is a line
    recent = _said("recent", "the ferry subsidy had been a success", doc="d2", date="2016-09-21")
    assert _shown([_said("stance", STANCE), recent], focus) == ["recent", "stance"]


def test_who_attends_which_meeting_is_an_arrangement():
    attend = _said("attend", "she would be attending a meeting of the harbour board when she "
                   "returned to the capital", doc="d2")  # fmt: skip
    hearing = _said("hearing", "they have several questions for the harbour master at a "
                    "hearing next week", doc="d3")  # fmt: skip
    assert _shown([_said("stance", STANCE), attend, hearing]) == ["stance"]


def test_the_generic_you_of_what_anyone_must_do_is_no_addressee():
    must = _said("must", "If you want lower rents, you've got to build on the harbour front",
                 kind="direct", doc="d2")  # fmt: skip
    assert "must" in _shown([_said("stance", STANCE), must])


def test_a_short_question_put_back_opens_a_reply():
    back = _said("back", "What can I say? The board has to find the money and spend it well",
                 kind="direct", doc="d2")  # fmt: skip
    assert _shown([_said("stance", STANCE), back]) == ["stance"]
    # a question that states its matter is a line
    asked = _said("asked", "Can the board really raise the rents when the boats are leaving "
                  "the harbour every week? I doubt it", kind="direct", doc="d2")  # fmt: skip
    assert "asked" in _shown([_said("stance", STANCE), asked])


def test_a_subject_without_what_it_is_of_is_not_readable_alone():
    step = _said("step", "A decisive step towards saving the fishing fleet has been taken",
                 kind="direct", doc="d2")  # fmt: skip
    assert _shown([_said("stance", STANCE), step]) == ["stance"]
    named = _said("named", "A version of the levy bill has been drafted by the treasury",
                  doc="d2")  # fmt: skip
    assert "named" in _shown([_said("stance", STANCE), named])


def test_hardship_on_a_family_and_attendance_are_no_positions():
    sorrow = _said("sorrow", 'the winter had been "hard" on her family since the storm',
                   doc="d2")  # fmt: skip
    attend = _said("attend", "she would be attending the harbour board's crisis meeting to "
                   "discuss the levy and the fleet when she returned to the capital later "
                   "this morning after her visit", doc="d3")  # fmt: skip
    assert _shown([_said("stance", STANCE), sorrow, attend]) == ["stance"]
