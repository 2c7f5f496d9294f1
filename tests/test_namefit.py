"""What a name's own shape says: junk spans, events, extra words, types and roles."""

from __future__ import annotations

from briefgen.extract.actor_words import TITLES
from briefgen.extract.namefit import fit_mentions, junk_name
from briefgen.extract.rolefit import good_role
from briefgen.models import Mention


def _mentions(text: str, spans: list[tuple[str, str, str | None]]) -> list[Mention]:
    """Mentions of each (surface, type, role) at its first occurrence in ``text``."""
    out = []
    for surface, typ, role in spans:
        start = text.index(surface)
        kind = "surname" if " " not in surface and typ == "person" else "name"
        out.append(
            Mention(
                doc="d",
                start=start,
                end=start + len(surface),
                text=surface,
                kind=kind,  # type: ignore[arg-type]
                type=typ,  # type: ignore[arg-type]
                role=role,
            )
        )
    return out


def test_spans_no_actor_is_named_by_are_dropped():
    text = "W]e. met FranÃÂ§ois Hollande and Charles G at Michael Forever with Nora Blake.\n"
    ms = _mentions(
        text,
        [
            ("W]e.", "person", None),
            ("FranÃÂ§ois Hollande", "person", None),
            ("Charles G", "person", None),
            ("Michael Forever", "person", None),
            ("Nora Blake", "person", None),
        ],
    )
    kept = [m.text for m in fit_mentions(text, ms, TITLES)]
    assert kept == ["Nora Blake"]
    assert not junk_name("Nora Blake") and not junk_name("AT&T")


def test_a_court_cases_caption_names_no_one():
    """ "Trump v. Trump" is a lawsuit, not a person the story's bare "Trump" could be."""
    assert junk_name("Trump v. Trump") and junk_name("Roe vs. Wade")
    assert not junk_name("Mary V. Smith") and not junk_name("Van Morrison")


def test_a_verb_glued_before_a_name_is_cut_off():
    text = "Injecting Varga into the race, Crooked Hillary Varga said so.\n"
    ms = _mentions(
        text, [("Injecting Varga", "person", None), ("Crooked Hillary Varga", "person", None)]
    )
    fitted = fit_mentions(text, ms, TITLES)
    assert [(m.text, m.kind) for m in fitted] == [("Varga", "surname"), ("Hillary Varga", "name")]
    assert all(text[m.start : m.end] == m.text for m in fitted)


def test_a_headline_fragment_around_a_persons_name_is_cut_to_the_name():
    text = "Obama Sees Insult at Night.\n\nBarack Obama spoke. The Washington Post Obama said.\n"
    ms = _mentions(
        text,
        [("Obama Sees Insult", "org", None), ("Barack Obama", "person", None)],
    )
    ms.append(replace_span(text, "Washington Post Obama", "org"))
    fitted = fit_mentions(text, ms, TITLES)
    cut = [m for m in fitted if m.type == "person" and m.text == "Obama"]
    assert len(cut) == 2  # the headline's and the run of two names'
    # an organisation named after a person keeps its name
    text2 = "Lee Runner gave. The Runner Foundation said.\n"
    ms2 = _mentions(text2, [("Lee Runner", "person", None), ("Runner Foundation", "org", None)])
    assert [m.text for m in fit_mentions(text2, ms2, TITLES)][-1] == "Runner Foundation"


def replace_span(text: str, surface: str, typ: str) -> Mention:
    start = text.index(surface)
    return Mention("d", start, start + len(surface), surface, "name", typ, None)  # type: ignore[arg-type]


def test_a_name_that_reads_as_a_person_is_typed_a_person():
    text = "Lester Holt asked. Melania Varga smiled and Melania waved. Sierra Leone voted.\n"
    ms = _mentions(
        text,
        [
            ("Lester Holt", "org", None),
            ("Melania Varga", "person", None),
            ("Melania", "state", None),
            ("Sierra Leone", "state", None),
        ],
    )
    types = {m.text: m.type for m in fit_mentions(text, ms, TITLES)}
    assert types == {
        "Lester Holt": "person",
        "Melania Varga": "person",
        "Melania": "person",  # the given name of a person the text names in full
        "Sierra Leone": "state",  # a country, though its first word is a given name
    }


def test_roles_that_say_nothing_of_what_a_person_is_are_dropped():
    junks = ("rival", "Crime", "Mrs", "Paris", "D", "old", "Mark MacDougall", "Mona Edwards Mr")
    # a name with a title or a determiner before it is still a name
    junks += ("Lady Gaga", "President Obama", "one Michael Jackson")
    for junk in junks:
        assert not good_role(junk, TITLES), junk
    roles = ("defence lawyer", "Foreign Minister", "spokesman", "Assistant Special Agent")
    for role in (*roles, "Virginia Gov.", "Los Angeles Judge", "Chief Justice", "the President"):
        assert good_role(role, TITLES), role


def test_two_person_names_one_space_apart_are_one_name():
    text = "Police shot Keith Lamont Scott on Tuesday.\n"
    ms = _mentions(text, [("Keith", "person", None), ("Lamont Scott", "person", None)])
    fitted = fit_mentions(text, ms, TITLES)
    assert [(m.text, m.kind) for m in fitted] == [("Keith Lamont Scott", "name")]
    text = "Tito Jackson Michael Jackson sang.\n"
    ms = _mentions(text, [("Tito Jackson", "person", None), ("Michael Jackson", "person", None)])
    assert [m.text for m in fit_mentions(text, ms, TITLES)] == ["Tito Jackson", "Michael Jackson"]


def test_a_party_branch_read_as_a_person_makes_no_given_name_of_its_state():
    """ "The Ostland GOP met" read as a person: its "Ostland" is no given name, and the
    story's own "Ostland"s stay the place; a person's "Tom Ostland III" still gives one."""
    text = "The Ostland GOP met. Voters in Ostland are split.\n"
    ms = [
        Mention("a", 4, 15, "Ostland GOP", "name", "person"),
        Mention("a", 31, 38, "Ostland", "name", "state"),
    ]
    assert text[31:38] == "Ostland"
    assert [m.type for m in fit_mentions(text, ms, TITLES)][-1] == "state"
    text = "Tom Ostland III spoke. Tom met voters.\n"
    ms = [
        Mention("a", 0, 15, "Tom Ostland III", "name", "person"),
        Mention("a", 23, 26, "Tom", "name", "state"),
    ]
    assert [m.type for m in fit_mentions(text, ms, TITLES)][-1] == "person"
