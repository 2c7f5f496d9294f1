"""Shown sentences that lean on the sentence before: a "their" told before its plural, a
quotation's "she" whose name is only in an earlier quotation, a "his" after a place the
recogniser took for a person, a quotation's "these experts", a thing of a person's taken
for their role. Each is named in brackets when the page says who, else not shown; what the
sentence itself settles stays as it is."""

from __future__ import annotations

from sentence_fixtures import extraction_with

from briefgen.aggregate.focus import Focus
from briefgen.extract.actor_words import TITLES
from briefgen.extract.rolefit import good_role
from briefgen.models import Evidence, Extraction, Position
from briefgen.shown import read_alone


def _shown(ext: Extraction, n: int, *, inner: bool = True) -> str | None:
    start, end = ext.sentences[n]
    raw = ext.document.text[start:end]
    return read_alone(raw.strip(), start + len(raw) - len(raw.lstrip()), ext, inner=inner)


def test_a_their_whose_plural_only_the_sentence_before_names_is_not_shown() -> None:
    ext = extraction_with(
        "The Penbury families sued the gun maker Marlow Arms in a state court. "
        "Tom Reed was asked about their case in an interview published Monday by the "
        "Marlow Herald, in which he said he opposed their suit.",
        ("Tom Reed", "person"),
        ("Marlow Herald", "org"),
        ("Marlow Arms", "org"),
    )
    assert _shown(ext, 1) is None
    assert _shown(ext, 1, inner=False) is None


def test_a_their_the_sentence_itself_gives_its_owner_is_shown() -> None:
    before = "The council met in Marlow on Monday evening. "
    own = extraction_with(before + "Voters in Penbury made up their minds on Tuesday.")
    pair = extraction_with(
        before + "Ann Holt and Tom Reed traded barbs over their records on Tuesday.",
        ("Ann Holt", "person"),
        ("Tom Reed", "person"),
    )
    opening = extraction_with(
        before + "At their first meeting on Tuesday, the Penbury councillors closed the harbour."
    )
    clause = extraction_with(
        before + "While holding their first press conference, the Penbury delegation voted."
    )
    body = extraction_with(before + "The Holt campaign said their new ads would run on Tuesday.")
    phrases = extraction_with(
        before + "On a rainy Tuesday, after their shift, a dozen dock workers met in a bar."
    )
    those = extraction_with(before + "A majority of those who said their pay fell backed Holt.")
    two = extraction_with(
        before + "Ann Holt, who endorsed Tom Reed despite their quarrels, spoke on Tuesday.",
        ("Ann Holt", "person"),
        ("Tom Reed", "person"),
    )
    for ext in (own, pair, opening, clause, body, phrases, those, two):
        assert _shown(ext, 1) is not None, ext.document.text


def test_a_quotation_s_she_named_only_in_an_earlier_quotation_is_not_shown() -> None:
    ext = extraction_with(
        "Tom Reed mocked Ann Holt at a rally in Marlow. "
        "“Remember when she said she had no money?” Reed said on Friday.",
        ("Tom Reed", "person"),
        ("Ann Holt", "person"),
        ("Reed", "person"),
    )
    assert _shown(ext, 1) is None


def test_a_quotation_opening_on_the_name_of_its_she_is_shown() -> None:
    ext = extraction_with(
        "Tom Reed spoke at a rally in Marlow. "
        "“Holt said she had no money at all,” Reed said on Friday.",
        ("Tom Reed", "person"),
        ("Holt", "person"),
        ("Reed", "person"),
    )
    assert _shown(ext, 1) is not None


def test_a_his_after_a_place_taken_for_a_person_is_named_from_before() -> None:
    ext = extraction_with(
        "The singer Tom Reed died in Penbury on Thursday. "
        "On Friday fans gathered in Marlow Square to sing some of his songs.",
        ("Tom Reed", "person"),
        ("Marlow Square", "person"),
    )
    assert _shown(ext, 1) == (
        "On Friday fans gathered in Marlow Square to sing some of [Reed's] songs."
    )


def test_a_his_after_a_person_named_in_the_sentence_is_his() -> None:
    ext = extraction_with(
        "The council met in Penbury on Thursday. "
        "On Friday Tom Hall gathered his supporters in the harbour.",
        ("Tom Hall", "person"),
    )
    assert _shown(ext, 1) == "On Friday Tom Hall gathered his supporters in the harbour."


def _quoted(text: str, content: str) -> tuple[Focus, Position]:
    at = text.index(content)
    ev = Evidence("d", at, at + len(content), content, content, at)
    p = Position("p", "d", "Ann Holt", "A1", None, content, at, at + len(content), "direct",
                 "said", ev, attribution="cue")  # fmt: skip
    return Focus(texts={"d": text}, story=frozenset({"Reed", "harbour"})), p


def test_a_quotation_pointing_at_these_experts_is_no_key_position() -> None:
    content = (
        "The court will learn that in the opinion of these medical experts, there were "
        "actions by Dr Reed that showed an extreme deviation from standard care"
    )
    focus, p = _quoted(f'Ann Holt spoke in court on Tuesday. "{content}," Holt said.', content)
    assert focus.takes_up(p)


def test_a_quotation_saying_which_experts_or_the_story_s_own_is_a_key_position() -> None:
    which = "These medical experts from Marlow say Dr Reed showed an extreme deviation"
    focus, p = _quoted(f'Ann Holt spoke on Tuesday. "{which}," Holt said.', which)
    assert not focus.takes_up(p)
    own = "This harbour has waited for its new quay for far too many years"
    focus, p = _quoted(f'Ann Holt spoke on Tuesday. "{own}," Holt said.', own)
    assert not focus.takes_up(p)
    # what the speaker's own words are about: "the deepest experience … these matters"
    about = "I have the deepest experience of trade and I have lived these matters for decades"
    focus, p = _quoted(f'Ann Holt spoke on Tuesday. "{about}," Holt said.', about)
    assert not focus.takes_up(p)
    # where the speaker stands, though the article told of an economy before
    now = "Dock workers have had a lot of trouble in this new economy, where pay is low"
    focus, p = _quoted(f'Holt spoke of a new economy. "{now}," Holt said.', now)
    assert not focus.takes_up(p)


def test_a_thing_of_a_person_s_is_no_role_but_a_trade_is() -> None:
    for thing in ("singing career", "her singing career", "long career", "power"):
        assert not good_role(thing, TITLES), thing
    for trade in ("campaign manager", "singer", "the secretary of labor", "former prosecutor"):
        assert good_role(trade, TITLES), trade
