"""A sentence whose subject names a person only by role ("The radio host told …"): named
in brackets from its document when one person holds the role there, else not shown
(invented sentences)."""

from __future__ import annotations

import pytest

from briefgen.models import Document, Extraction, Mention
from briefgen.role_subject import name_role_subject
from briefgen.shown import read_alone

_BEFORE = (
    "Radio host Ada Brandt spoke at the harbour rally in Leeds. "
    "Judge Olaf Kerr, chief judge of the Leeds Court of Appeals, listened from the quay. "
    "Tom Lund, chief judge of the U.K. Court of Appeals for the N.E. Circuit, was there. "
)
_PEOPLE = (
    ("Radio host Ada Brandt", "Radio host"),
    ("Judge Olaf Kerr", "chief judge of the Leeds Court of Appeals"),
    ("Tom Lund", "chief judge"),
)


def _extraction(before: str, people: tuple[tuple[str, str], ...]) -> Extraction:
    document = Document(id="d", source="d.txt", format="txt", text=before, title="t")
    mentions = tuple(
        Mention(
            "d", before.index(name), before.index(name) + len(name), name, "name", "person", role
        )
        for name, role in people
    )
    return Extraction(document=document, mentions=mentions)


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        (
            "The radio host told listeners the harbour toll was a scandal.",
            "The radio host [Ada Brandt] told listeners the harbour toll was a scandal.",
        ),
        (
            "The chief judge of the Leeds Court of Appeals visited the harbour on Monday.",
            "The chief judge of the Leeds Court of Appeals [Olaf Kerr] visited the harbour on"
            " Monday.",
        ),
        (
            "The chief judge of the U.K. Court of Appeals for the N.E. Circuit visited Leeds.",
            "The chief judge of the U.K. Court of Appeals for the N.E. Circuit [Tom Lund]"
            " visited Leeds.",
        ),
        # no role of the document's people, a name after the role, no subject and verb
        ("The company said the harbour toll would rise.", None),
        ("The radio host Ada Brandt said the toll would rise.", None),
        ("The chief of staff resigned from the harbour board.", None),
        ("In private, the judges said the harbour toll was unlawful.", None),  # a group
    ],
)
def test_a_role_one_person_holds_in_the_document_is_named(sentence: str, shown: str | None) -> None:
    extraction = _extraction(_BEFORE, _PEOPLE)
    assert name_role_subject(sentence, len(_BEFORE), extraction) == (shown or sentence)


def test_a_role_several_people_hold_is_not_shown() -> None:
    before = _BEFORE + "Una Moss, a judge in York, came too. "
    people = (*_PEOPLE, ("Una Moss", "judge"))
    extraction = _extraction(before, people)
    sentence = "The judge ruled that the harbour toll was unlawful."
    assert name_role_subject(sentence, len(before), extraction) is None
    # control: with one judge in the document, it is named
    first = _BEFORE[: _BEFORE.index("Tom Lund")]
    one = _extraction(first, _PEOPLE[:2])
    assert name_role_subject(sentence, len(first), one) == (
        "The judge [Olaf Kerr] ruled that the harbour toll was unlawful."
    )


def test_the_shown_sentence_names_the_role_s_holder() -> None:
    sentence = "The radio host told listeners the harbour toll was a scandal."
    text = _BEFORE + sentence
    extraction = _extraction(text, _PEOPLE)
    shown = read_alone(sentence, len(_BEFORE), extraction)
    assert shown is not None and "[Ada Brandt]" in shown


def test_the_role_s_holder_the_document_is_about_is_named_not_its_deputy() -> None:
    before = (
        "President Ada Brandt spoke in Leeds. Vice President Olaf Kerr spoke in York. "
        "President Ada Brandt left. President Ada Brandt returned. President Tom Lund of "
        "the rowing club cheered. "
    )
    people = [("President Ada Brandt", "President")] * 3 + [
        ("Vice President Olaf Kerr", "Vice President"),
        ("President Tom Lund", "President"),
    ]
    document = Document(id="d", source="d.txt", format="txt", text=before, title="t")
    at = [0, before.index("President Ada", 40), before.rindex("President Ada")]
    starts = [*at, before.index("Vice"), before.index("President Tom")]
    mentions = tuple(
        Mention("d", s, s + len(name), name, "name", "person", role)
        for s, (name, role) in zip(starts, people, strict=True)
    )
    extraction = Extraction(document=document, mentions=mentions)
    sentence = "The president signed the harbour bill on Monday."
    assert name_role_subject(sentence, len(before), extraction) == (
        "The president [Ada Brandt] signed the harbour bill on Monday."
    )
    # with one other president named as often, which one is meant is not said
    two = Extraction(document=document, mentions=(*mentions[:1], mentions[4]))
    assert name_role_subject(sentence, len(before), two) is None


def _page(before: str, names: tuple[str, ...]) -> Extraction:
    """An invented page naming ``names`` with no role the extraction found."""
    document = Document(id="d", source="d.txt", format="txt", text=before, title="t")
    mentions = tuple(
        Mention("d", before.index(n), before.index(n) + len(n), n, "name", "person", None)
        for n in names
    )
    return Extraction(document=document, mentions=mentions)


def test_a_trade_written_beside_a_name_is_named_and_one_never_written_is_not_shown() -> None:
    before = (
        "The harbour master told police he had closed the gate, detective Ann Holt said. "
        "Rock band Marlow were dropped from the bill after comments made by Tom Reed. "
    )
    page = _page(before, ("Ann Holt", "Tom Reed"))
    said = "The detective said the master admitted opening the gate at ten."
    assert read_alone(said, len(before), page) == (
        "The detective [Ann Holt] said the master admitted opening the gate at ten."
    )
    # the bassist is Tom Reed only to a reader who knows the band: not shown
    bassist = "During a magazine interview last year the bassist said Penbury was a fraud."
    assert read_alone(bassist, len(before), page) is None
    # the role with its own name stands alone
    own = "The bassist Tom Reed said Penbury was a fraud."
    assert read_alone(own, len(before), page) == own


def test_an_office_and_a_participant_are_left_to_the_definite_checks() -> None:
    before = "Penbury voted on the harbour toll. "
    page = _page(before, ())
    office = "The president said the harbour toll would rise."
    assert name_role_subject(office, len(before), page) == office
    man = "The man was fined for crossing the quay."
    assert name_role_subject(man, len(before), page) == man


def test_an_office_no_one_on_the_page_holds_is_not_given_a_candidate_for_it() -> None:
    before = "Penbury's nominee for president Ada Brandt toured the harbour on Monday. "
    page = _page(before, ("Ada Brandt",))
    sentence = "The president left it mostly to others on Wednesday to praise the budget."
    assert name_role_subject(sentence, len(before), page) == sentence
