"""Parties and their members, states typed as states, and spans that name no actor as read.

The mentions are written by hand (as the recogniser would give them) so that each test
checks the resolution rule alone.
"""

from __future__ import annotations

from dataclasses import replace

from actor_fixtures import actor_with

from briefgen.aggregate.actors import profile_order, resolve_actors
from briefgen.aggregate.outlets import cited_outlets
from briefgen.aggregate.parties import members_noun
from briefgen.aggregate.spans import corrected_spans
from briefgen.models import Actor, ActorType, Document, Evidence, Extraction, Mention, Position


def _doc(doc_id: str, text: str, names: list[tuple[str, ActorType]]) -> Extraction:
    """A document whose mentions are each name's occurrences in the text, typed as given."""
    mentions: list[Mention] = []
    for name, typ in names:  # a longer name first: its words are no mention of their own
        at = text.find(name)
        while at >= 0:
            if not any(m.start <= at < m.end for m in mentions):
                mentions.append(Mention(doc_id, at, at + len(name), name, "name", typ))
            at = text.find(name, at + len(name))
    mentions.sort(key=lambda m: (m.start, m.end))
    doc = Document(id=doc_id, source=f"{doc_id}.txt", format="txt", text=text, title="")
    return Extraction(document=doc, sentences=((0, len(text)),), mentions=tuple(mentions))


def test_members_noun_is_made_by_english_morphology():
    assert members_noun("the Democratic Party") == ("democrats",)
    assert members_noun("Republican Party") == ("republicans",)
    assert members_noun("Conservative Party") == ("conservatives",)
    assert members_noun("Liberal Democratic Party") == ("liberal", "democrats")
    assert members_noun("Republican National Committee") is None
    assert members_noun("Party") is None


def test_party_named_both_ways_is_one_collective():
    a = _doc(
        "a",
        "The Democratic Party chose its platform. The Republican Party objected.",
        [("Democratic Party", "org"), ("Republican Party", "org")],
    )
    b = _doc(
        "b",
        "The Democrats met on Monday. A Democrat spoke. The Republicans walked out.",
        [("Democrats", "group"), ("Democrat", "group"), ("Republicans", "group")],
    )
    actors, _ = resolve_actors([a, b])
    party = actor_with(actors, "Democrats")
    assert party.name == "Democratic Party"
    assert party.type == "org"
    assert party.sources == ("a", "b")
    assert actor_with(actors, "Republicans").name == "Republican Party"
    assert actor_with(actors, "Republicans").id != party.id
    # the member's label names no actor, as before the party and its members were one
    assert not [x for x in actors if x.name == "Democrat"]


def test_a_committee_of_the_party_is_not_the_party():
    a = _doc(
        "a",
        "The Republican National Committee paid. The Republicans cheered. The RNC denied it.",
        [("Republican National Committee", "org"), ("Republicans", "group"), ("RNC", "org")],
    )
    b = _doc("b", "The Republican Party lost.", [("Republican Party", "org")])
    actors, _ = resolve_actors([a, b])
    committee = actor_with(actors, "Republican National Committee")
    assert "RNC" in committee.aliases
    assert actor_with(actors, "Republicans").id != committee.id


def test_two_spellings_of_a_party_join_through_its_members():
    a = _doc("a", "The Democrat Party is to blame, he said.", [("Democrat Party", "org")])
    b = _doc("b", "The Democratic Party answered.", [("Democratic Party", "org")])
    actors, _ = resolve_actors([a, b])
    assert actor_with(actors, "Democrat Party").id == actor_with(actors, "Democratic Party").id


def test_a_country_is_a_state_whatever_the_votes():
    a = _doc(
        "a",
        "Russia signed. The Russian Federation said Russia would stay. Russia left.",
        [("Russia", "org"), ("Russian Federation", "state")],
    )
    actors, _ = resolve_actors([a])
    assert actor_with(actors, "Russia").type == "state"


def test_surname_read_as_organisation_joins_the_person_most_called_by_it():
    # two people share the surname; the bare uses are the politician's far more often
    politician = _doc(
        "a",
        "Maria Ostrander spoke. Ostrander won. Ostrander smiled. Ostrander left.",
        [("Maria Ostrander", "person"), ("Ostrander", "person")],
    )
    daughter = _doc(
        "b",
        "Lena Ostrander, her daughter, wrote. Ostrander agreed.",
        [("Lena Ostrander", "person"), ("Ostrander", "person")],
    )
    campaign = _doc("c", "The Ostrander campaign denied it.", [("Ostrander", "org")])
    actors, _ = resolve_actors([politician, daughter, campaign])
    maria = actor_with(actors, "Maria Ostrander")
    assert "c" in maria.sources
    assert not [x for x in actors if x.name == "Ostrander" and x.type == "org"]


def test_a_score_beside_a_name_is_no_actor():
    text = "Maria Ostrander leads. Ostrander 41 percent, Dale Kemp 38 percent, with Kemp 12."
    a = _doc(
        "a",
        text,
        [
            ("Maria Ostrander", "person"),
            ("Ostrander 41", "org"),
            ("Dale Kemp", "person"),
            ("Kemp 12", "org"),
        ],
    )
    actors, _ = resolve_actors([a])
    names = {x.name for x in actors} | {al for x in actors for al in x.aliases}
    assert "Ostrander 41" not in names
    assert "Kemp 12" not in names


def test_a_possessive_run_into_a_name_is_cut_to_the_person():
    text = "Michael Jackson sang. The Gazette’s Michael Brown wrote that he agreed."
    a = _doc("a", text, [("Michael Jackson", "person"), ("The Gazette’s Michael Brown", "org")])
    actors, mention_map = resolve_actors([a])
    brown = actor_with(actors, "Michael Brown")
    assert brown.type == "person"
    start = text.index("The Gazette")
    # the span the recogniser gave still finds the person (a position's speaker mention)
    assert mention_map[("a", start, start + len("The Gazette’s Michael Brown"))] == brown.id


def test_a_possessive_owning_no_person_is_no_person():
    """ "Trump's Indiana chairman", "Dave Leip's Atlas" read as people: what a possessive
    owns is named, and no person; a party's name holding a possessive is the party."""
    text = (
        "Donald Trump spoke. Trump’s Indiana chairman, Rex Early, agreed. Dave Leip’s Atlas "
        "lists the results. The Swiss People’s Party won."
    )
    a = _doc(
        "a",
        text,
        [
            ("Donald Trump", "person"),
            ("Trump’s Indiana", "person"),
            ("Rex Early", "person"),
            ("Dave Leip’s Atlas", "person"),
            ("Swiss People’s Party", "person"),
        ],
    )
    kept, _ = corrected_spans(a.mentions, {"a": text})
    assert {m.text: m.type for m in kept} == {
        "Donald Trump": "person",
        "Rex Early": "person",
        "Swiss People’s Party": "org",
    }


def _org(aid: str, name: str, sources: int, mentions: int) -> Actor:
    docs = tuple(f"s{i}" for i in range(sources))
    ms = tuple(Mention(docs[i % sources], i, i + 1, name, "name", "org") for i in range(mentions))
    return Actor(id=aid, name=name, type="org", mentions=ms, sources=docs)


def _stated(aid: str, cues: list[str]) -> list[Position]:
    ev = Evidence("s0", 0, 1, "x", "x", 0)
    return [
        Position(
            f"{aid}{i}",
            "s0",
            aid,
            aid,
            None,
            "x y z w",
            0,
            1,
            "reported",
            cue,
            ev,
            attribution="cue",
        )
        for i, cue in enumerate(cues)
    ]


def test_a_paper_other_papers_cite_is_profiled_after_the_actors():
    paper = _org("paper", "Harbour Daily Times", 8, 20)
    agency = _org("agency", "Harbour Health Agency", 4, 10)
    cited = _stated("paper", ["reported", "wrote", "according to"])
    ranked = profile_order([paper, agency], [], cited + _stated("agency", ["said"]))
    assert [a.id for a in ranked] == ["agency", "paper"]
    # an agency that reports its own figures is no outlet: its name is no periodical's
    own = _stated("agency", ["reported"] * 3)
    assert cited_outlets([paper, agency], cited + own, None) == {"paper"}
    # a paper that argues its case (an editorial's stance) keeps its place
    argued = _stated("paper", ["argued", "urged", "reported"])
    ranked = profile_order([paper, agency], [], argued + _stated("agency", ["said"]))
    assert [a.id for a in ranked] == ["paper", "agency"]


def test_a_full_name_run_into_a_headline_is_cut_to_the_person():
    a = _doc(
        "a",
        "Maria Ostrander Leads. Maria Ostrander spoke. Maria Ostrander left. "
        "The Maria Ostrander Foundation paid.",
        [
            ("Maria Ostrander Leads", "person"),
            ("Maria Ostrander Foundation", "org"),
            ("Maria Ostrander", "person"),
        ],
    )
    actors, _ = resolve_actors([a])
    maria = actor_with(actors, "Maria Ostrander")
    assert "Maria Ostrander Leads" not in maria.aliases
    assert len(maria.mentions) == 3
    # a body named after her is not cut to her name, however the recogniser typed it
    ms = [replace(m, type="person") for m in a.mentions]
    kept, _ = corrected_spans(ms, {"a": a.document.text})
    assert "Maria Ostrander Foundation" in {m.text for m in kept}
    assert "Maria Ostrander Leads" not in {m.text for m in kept}


def test_a_longer_name_with_a_surname_is_not_cut():
    a = _doc(
        "a",
        "Lena Maria spoke. Lena Maria left. Lena Maria Ostrander wrote. Ostrander agreed. "
        "Dale Ostrander came. Dale Ostrander went.",
        [
            ("Lena Maria Ostrander", "person"),
            ("Lena Maria", "person"),
            ("Dale Ostrander", "person"),
        ],
    )
    kept, _ = corrected_spans(a.mentions, {"a": a.document.text})
    assert "Lena Maria Ostrander" in {m.text for m in kept}


def test_a_nickname_run_into_a_full_name_is_cut_to_the_person():
    a = _doc(
        "a",
        "Maria Ostrander spoke. Maria Ostrander left. Fans of Cheeto Maria Ostrander cheered. "
        "Anna Maria Ostrander wrote.",
        [
            ("Cheeto Maria Ostrander", "person"),
            ("Anna Maria Ostrander", "person"),
            ("Maria Ostrander", "person"),
        ],
    )
    kept, _ = corrected_spans(a.mentions, {"a": a.document.text})
    names = [m.text for m in kept]
    assert "Cheeto Maria Ostrander" not in names
    assert names.count("Maria Ostrander") == 3
    assert "Anna Maria Ostrander" in names  # a given name opens it: a name of its own


def _titled(doc_id: str, text: str, name: str, role: str | None) -> Extraction:
    at = text.index(name)
    m = Mention(doc_id, at, at + len(name), name, "name", "person", role)
    doc = Document(id=doc_id, source=f"{doc_id}.txt", format="txt", text=text, title="")
    return Extraction(document=doc, sentences=((0, len(text)),), mentions=(m,))


def test_a_surname_named_in_full_nowhere_is_one_person_across_documents():
    a = _titled("a", "President Ostrander signed the bill.", "Ostrander", "President")
    b = _titled("b", "President Ostrander flew home.", "Ostrander", "President")
    c = _titled("c", "Aides said Ostrander was tired.", "Ostrander", None)
    actors, _ = resolve_actors([a, b, c])
    assert actor_with(actors, "Ostrander").sources == ("a", "b", "c")
    # an honorific alone says nothing of who; two offices are two people of that name
    d = _titled("d", "Mr. Kemp left.", "Kemp", None)
    e = _titled("e", "Mr. Kemp stayed.", "Kemp", None)
    f = _titled("f", "Senator Marsh voted.", "Marsh", "Senator")
    g = _titled("g", "Governor Marsh vetoed it.", "Marsh", "Governor")
    actors, _ = resolve_actors([d, e, f, g])
    assert len([x for x in actors if x.name == "Kemp"]) == 2
    assert len([x for x in actors if x.name == "Marsh"]) == 2


def _named_in(aid: str, name: str, sentences: list[str]) -> tuple[Actor, dict[str, str]]:
    """An organisation named once in each sentence, one source a sentence."""
    texts = {f"s{i}": s.replace("NAME", name) for i, s in enumerate(sentences)}
    ms = tuple(
        Mention(doc, text.index(name), text.index(name) + len(name), name, "name", "org")
        for doc, text in texts.items()
    )
    return Actor(id=aid, name=name, type="org", mentions=ms, sources=tuple(texts)), texts


def test_a_newsroom_the_corpus_cites_is_a_source_whatever_its_statements() -> None:
    cited = [
        "The mayor resigned, according to the NAME.",
        "The senator told the NAME she would run.",
        "Support fell in a NAME poll released on Monday.",
        "A NAME reporter saw the convoy leave.",
        "The talks were first reported by the NAME.",
        "The NAME called the plan a gamble.",
    ]
    paper, texts = _named_in("paper", "Harbour Courier", cited)
    # its few statements are no citations ("called"), yet the corpus names it as a source
    assert cited_outlets([paper], _stated("paper", ["called", "said"]), texts) == {"paper"}
    # an agency cited for its figures is an actor: it has no reporters, polls or columns
    agency, texts = _named_in("agency", "Harbour Health Agency", cited[:3] + cited[4:])
    assert cited_outlets([agency], _stated("agency", ["said"]), texts) == set()
    # a newsroom the story is about is its subject: it acts in most of its mentions
    about = [
        "The NAME fired its editor on Friday.",
        "The NAME was sold to a fund.",
        "The NAME closed two bureaus.",
        "A NAME reporter resigned in protest.",
        "The NAME columnist was suspended.",
        "The deal was first reported by the NAME.",
    ]
    subject, texts = _named_in("subject", "Harbour Courier", about)
    assert cited_outlets([subject], _stated("subject", ["said"]), texts) == set()
