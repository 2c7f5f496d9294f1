"""The default title: the story's principals, written as a reader reads them."""

from __future__ import annotations

from briefgen.aggregate.canonical_names import (
    initials_closed,
    speakers_closed,
    with_initials_closed,
)
from briefgen.models import Actor, AliasEvidence, Document, Evidence, Mention, Position
from briefgen.titles import default_title

# Six market reports: each trades shares of Penbury Mills on the Marlow exchange, once
# calling it by its nickname; Ann Holt heads the exchange; Tarvey is the town it sits in.
_REPORT = (
    "In Tarvey, Penbury Mills shares rose on the Marlow Stock Exchange. Ann Holt said the "
    "Marlow Stock Exchange would open early. Penbury Mills gained on the Old Board. "
    "Penbury Mills plans a sale in Tarvey, Ann Holt said. Tarvey was calm."
)
_TEXTS = {f"d{n}": _REPORT for n in range(6)}
_DOCS = {d: Document(id=d, source=d, format="txt", text=t, title="") for d, t in _TEXTS.items()}


def _actor(name: str, kind: str, *, every: bool = True) -> Actor:
    """``name``'s actor, with its mentions in every report (or in the first only)."""
    mentions = []
    for doc, text in _TEXTS.items():
        start = text.find(name)
        while start >= 0:
            mentions.append(Mention(doc, start, start + len(name), name, "name", kind))  # type: ignore[arg-type]
            start = text.find(name, start + 1)
        if not every:
            break
    docs = tuple(sorted({m.doc for m in mentions}))
    return Actor(name, name, kind, mentions=tuple(mentions), sources=docs)  # type: ignore[arg-type]


def test_the_title_names_principals_not_a_town_nor_a_nickname_named_in_passing() -> None:
    town = _actor("Tarvey", "state")  # "In Tarvey": most named, no actor
    nickname = _actor("Old Board", "org")  # once in every report: in passing
    exchange = _actor("Marlow Stock Exchange", "org")
    mills = _actor("Penbury Mills", "org")
    holt = _actor("Ann Holt", "person")
    actors = [town, nickname, exchange, mills, holt]
    assert (
        default_title(actors, _TEXTS, _DOCS)
        == "Penbury Mills, Ann Holt and the Marlow Stock Exchange"
    )


def test_an_exchange_named_only_in_price_lines_is_no_principal_of_the_title() -> None:
    """Company stories close on a price line ("closed at $5 in composite Marlow Stock
    Exchange trading"): the exchange named so in every story is their venue, not a
    principal; the exchange that acts (the reports above: it "would open early") is one."""
    line = (
        "Penbury Mills closed at $5 in composite Marlow Stock Exchange trading. Ann Holt "
        "said volume on the Marlow Stock Exchange rose. Penbury Mills will pay a dividend, "
        "Ann Holt said."
    )
    reed = " Tom Reed said he was buying. Tom Reed runs a fund."
    texts = {f"d{n}": line + (reed if n < 3 else "") for n in range(6)}
    docs = {d: Document(id=d, source=d, format="txt", text=t, title="") for d, t in texts.items()}

    def named(name: str, kind: str) -> Actor:
        mentions = []
        for doc, text in texts.items():
            start = text.find(name)
            while start >= 0:
                mentions.append(Mention(doc, start, start + len(name), name, "name", kind))  # type: ignore[arg-type]
                start = text.find(name, start + 1)
        docs_named = tuple(sorted({m.doc for m in mentions}))
        return Actor(name, name, kind, mentions=tuple(mentions), sources=docs_named)  # type: ignore[arg-type]

    exchange = named("Marlow Stock Exchange", "org")
    actors = [exchange, named("Penbury Mills", "org"), named("Ann Holt", "person")]
    actors.append(named("Tom Reed", "person"))
    assert default_title(actors, texts, docs) == "Ann Holt, Penbury Mills and Tom Reed"


def test_the_title_fills_its_names_from_the_others_when_principals_are_few() -> None:
    town = _actor("Tarvey", "state")
    mills = _actor("Penbury Mills", "org")
    assert default_title([town, mills], _TEXTS, _DOCS) == "Penbury Mills and Tarvey"


def test_a_name_whose_mentions_dropped_the_stop_of_its_initials_is_shown_with_it() -> None:
    assert initials_closed("U.R") == "U.R."
    assert initials_closed("Bank of the U.R") == "Bank of the U.R."
    for whole in ("U.R.", "UR", "Ann B", "Penbury Corp", "J.R. Holt"):
        assert initials_closed(whole) == whole
    state = Actor(
        "s1",
        "U.R",
        "state",
        aliases=("Ruritania", "U.R"),
        alias_evidence=(AliasEvidence("U.R", "acronym", "d0"),),
    )
    (shown,) = with_initials_closed([state])
    assert (shown.id, shown.name, shown.aliases) == ("s1", "U.R.", ("Ruritania",))
    assert shown.alias_evidence[0].alias == "U.R."
    # the statements it made name it as its profile does
    text = "U.R officials said the port would open."
    evidence = Evidence("d0", 0, len(text), text, text, 0)
    said, joint = (
        Position(
            n, "d0", who, who_id, None, "the port would open", 19, 38, "claim", "said", evidence
        )
        for n, who, who_id in (("p1", "U.R", "s1"), ("p2", "Ann Holt and U.R", None))
    )
    assert [p.speaker for p in speakers_closed([said, joint])] == ["U.R.", "Ann Holt and U.R"]


def test_a_body_named_by_its_acronym_after_the_takes_the_in_the_title() -> None:
    texts = {"a": "Ann Holt said the PMA would act. Officers of the PMA met."}
    mentions = tuple(
        Mention("a", at, at + 3, "PMA", "acronym", "org")
        for at in (texts["a"].index("PMA"), texts["a"].rindex("PMA"))
    )
    body = Actor("b", "PMA", "org", mentions=mentions, sources=("a",))
    assert default_title([body], texts) == "The PMA"
