"""Principal actors one record each: a relative's story, a title held in the corpus, a
committee's acronym; and the statements whose speaker the text says is not theirs alone."""

from __future__ import annotations

from dataclasses import replace

from actor_fixtures import actor_with

from briefgen.aggregate.actors import resolve_actors
from briefgen.aggregate.joint_speakers import with_speaker_ids
from briefgen.aggregate.unsure_speakers import without_unsure_speakers
from briefgen.models import Document, Evidence, Extraction, Mention, Position


def mention(doc: str, text: str, name: str, nth: int = 0, **kw: str) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    kind = kw.pop("kind", "name" if " " in name else "surname")
    typ = kw.pop("type", "person")
    return Mention(doc, start, start + len(name), name, kind, typ, kw.get("role"))  # type: ignore[arg-type]


def extraction(doc: str, text: str, mentions: list[Mention]) -> Extraction:
    document = Document(id=doc, source=f"{doc}.txt", format="txt", text=text, title="")
    return Extraction(document=document, mentions=tuple(mentions))


def record_of(actors, doc: str, start: int):
    return next(a for a in actors if any(m.doc == doc and m.start == start for m in a.mentions))


# The candidate, named in many documents: the corpus's leading person of that surname.
FATHER = "Donald Varga spoke in Ohio. Varga promised jobs. Donald Varga left.\n"
SON = (
    "Eric Varga, son of the front-runner, spoke on Monday. Donald Varga tweeted at night. "
    "Eric Varga said the race was close. Eric Varga laughed. Eric Varga left. "
    '"She is a joke," Varga said Friday.\n'
)


def test_a_bare_surname_in_a_relatives_story_is_not_given_to_the_relative():
    exs = [
        extraction(d, FATHER, [mention(d, FATHER, "Donald Varga", n) for n in (0, 1)])
        for d in "abcdefg"
    ]
    son = [
        mention("s", SON, "Eric Varga", 0, role="son of the front-runner"),
        *(mention("s", SON, "Eric Varga", n) for n in (1, 2, 3)),
        mention("s", SON, "Donald Varga"),
        mention("s", SON, "Varga", 5),  # "Varga said Friday"
    ]
    exs.append(extraction("s", SON, son))
    actors, _ = resolve_actors(exs)
    bare = son[-1]
    assert record_of(actors, "s", bare.start) is not actor_with(actors, "Eric Varga")
    assert record_of(actors, "s", bare.start) is actor_with(actors, "Donald Varga")


COUPLE = (
    "Secretary Hillary Quint spoke. Former President Bill Quint spoke. Bill Quint waved. "
    "Hillary Quint smiled. Bill Quint left. Secretary Quint wants President Quint to help.\n"
)


def test_a_title_the_corpus_gives_one_namesake_does_not_go_to_the_other():
    ms = [
        mention("h", COUPLE, "Hillary Quint", 0, role="former Secretary of State"),
        mention("h", COUPLE, "Bill Quint", 0, role="Former President"),
        mention("h", COUPLE, "Bill Quint", 1),
        mention("h", COUPLE, "Hillary Quint", 1),
        mention("h", COUPLE, "Bill Quint", 2),
        mention("h", COUPLE, "Quint", 5, role="Secretary"),
        mention("h", COUPLE, "Quint", 6, role="President"),
    ]
    actors, _ = resolve_actors([extraction("h", COUPLE, ms)])
    assert record_of(actors, "h", ms[-2].start) is actor_with(actors, "Hillary Quint")
    assert record_of(actors, "h", ms[-1].start) is actor_with(actors, "Bill Quint")


COMMITTEE = "The Western National Committee met. The WNC said it would spend more.\n"
BOTH = "The Western National Committee hosts the Western National Convention. The WNC agreed.\n"


def test_an_acronym_joins_the_committee_when_a_document_spelling_both_bodies_is_all_against():
    exs = [
        extraction(
            d,
            COMMITTEE,
            [
                mention(d, COMMITTEE, "Western National Committee", type="org"),
                mention(d, COMMITTEE, "WNC", kind="acronym", type="org"),
            ],
        )
        for d in ("a", "b")
    ]
    exs.append(
        extraction(
            "c",
            BOTH,
            [
                mention("c", BOTH, "Western National Committee", type="org"),
                mention("c", BOTH, "Western National Convention", type="org"),
                mention("c", BOTH, "WNC", kind="acronym", type="org"),
            ],
        )
    )
    actors, _ = resolve_actors(exs)
    committee = actor_with(actors, "Western National Committee")
    assert {m.doc for m in committee.mentions if m.text == "WNC"} >= {"a", "b"}
    assert actor_with(actors, "Western National Convention") is not committee


JOINT = "Spain and the UK confirmed two cases each. Democrats, Frank notes, applaud the plan.\n"


def said_in(
    doc: str, text: str, name: str, content: str, cue: str, speaker: str = "", type: str = "person"
) -> Position:
    """A statement of ``content`` (in ``doc``'s ``text``) by the actor ``speaker`` (``name``
    unless given), named ``name`` at its cue ``cue``."""
    start = text.index(content)
    sentence_start = text.rfind(". ", 0, start) + 2 if ". " in text[:start] else 0
    sentence = text[sentence_start : text.index(".", start) + 1]
    ev = Evidence(doc, start, start + len(content), content, sentence, sentence_start)
    m = mention(doc, text, name, type=type)
    return Position(
        "P-" + name, doc, speaker or name, "A-" + name, m, content, start, start + len(content),
        "reported", cue, ev, attribution="cue",
    )  # fmt: skip


def statement(speaker: str, name: str, content: str, cue: str) -> Position:
    kind = "state" if name != "Democrats" else "org"
    return said_in("j", JOINT, name, content, cue, speaker=speaker, type=kind)


def test_a_joint_statement_is_the_subjects_and_an_asides_subject_no_speaker():
    joint = statement("Spain", "Spain", "two cases each", "confirmed")
    aside = statement("Democratic Party", "Democrats", "the plan", "applaud")
    p, q = without_unsure_speakers([joint, aside], {"j": JOINT})
    assert (p.speaker, p.speaker_id, p.attribution) == ("Spain and the UK", None, "inferred")
    assert (q.speaker, q.speaker_id, q.speaker_mention) == (None, None, None)


def test_the_joint_subjects_run_to_the_cue_and_an_apposition_is_no_reporting_aside():
    text = (
        "Experts and U.S. officials, however, said Russia did it. "
        "Sen. Chuck Grassley, facing a challenge in Iowa, a swing state, said he would stay.\n"
    )

    experts = said_in("k", text, "Experts", "Russia did it", "said")
    grassley = said_in("k", text, "Chuck Grassley", "he would stay", "said")
    p, q = without_unsure_speakers([experts, grassley], {"k": text})
    assert p.speaker == "Experts and U.S. officials"
    assert (q.speaker, q.speaker_id) == ("Chuck Grassley", "A-Chuck Grassley")


def test_joint_subjects_holding_a_clause_or_a_thing_owned_are_no_speaker():
    text = (
        "Greater Glasgow and Clyde NHS which covers a region of two dozen hospitals said "
        "the ward was closed. Obama and Clinton's gut reaction showed they were angry.\n"
    )

    board = said_in("g", text, "Greater Glasgow", "the ward was closed", "said")
    obama = said_in("g", text, "Obama", "they were angry", "showed")
    p, q = without_unsure_speakers([board, obama], {"g": text})
    assert (p.speaker, p.speaker_id) == (None, None)
    assert (q.speaker, q.speaker_id) == (None, None)


BROTHERS = (
    "Jermaine and Randy Jackson said the concert should not go ahead. "
    "Two of his brothers, Jermaine and Randy, said it was ill-timed.\n"
)


def test_a_joint_statement_of_named_actors_is_listed_under_each_of_them():
    """ "Jermaine and Randy Jackson said …": no one speaker, but both brothers' statement,
    listed under each; a subject phrase with more than names in it lists no one."""
    joint = said_in("m", BROTHERS, "Jermaine", "the concert should not go ahead", "said")
    described = said_in("m", BROTHERS, "Jermaine", "it was ill-timed", "said")
    described = replace(
        described,
        speaker="Two of his brothers, Jermaine and Randy",
        speaker_id=None,
        speaker_mention=mention("m", BROTHERS, "Jermaine", 1),
        attribution="inferred",
    )
    (joint,) = without_unsure_speakers([joint], {"m": BROTHERS})
    assert (joint.speaker, joint.speaker_id) == ("Jermaine and Randy Jackson", None)
    names = {
        ("Jermaine", 0): "A-jermaine",
        ("Randy Jackson", 0): "A-randy",
        ("Jermaine", 1): "A-jermaine",
        ("Randy", 1): "A-randy",
    }
    mention_map = {}
    for (name, nth), aid in names.items():
        m = mention("m", BROTHERS, name, nth)
        mention_map[(m.doc, m.start, m.end)] = aid
    p, q = with_speaker_ids([joint, described], mention_map, {"m": BROTHERS})
    assert p.speaker_ids == ("A-jermaine", "A-randy")
    assert q.speaker_ids == ()
    # a subject left unresolved: no partial list
    randy = mention("m", BROTHERS, "Randy Jackson")
    unresolved = {**mention_map, (randy.doc, randy.start, randy.end): ""}
    assert with_speaker_ids([joint], unresolved, {"m": BROTHERS})[0].speaker_ids == ()


def test_a_statement_of_one_speaker_lists_that_speaker():
    p = said_in("j", JOINT, "Democrats", "the plan", "applaud", type="org")
    assert with_speaker_ids([p], {}, {"j": JOINT})[0].speaker_ids == ("A-Democrats",)


def test_each_use_of_an_acronym_of_two_bodies_is_one_of_them_never_a_record_of_its_own():
    """The corpus spells "PNC" as a Committee and as a Convention: in a document naming
    both, "the PNC chair" is the Committee and "a speech at the PNC" the Convention; a use
    nothing around tells goes to the body the corpus names most."""
    committee = "The Pirate National Committee met. The PNC said it would spend more.\n"
    convention = "The Pirate National Convention opened. The PNC cheered him.\n"
    both = (
        "The Pirate National Committee runs the Pirate National Convention. The PNC chair "
        "spoke first. A speech at the PNC drew cheers.\n"
    )
    bare = "The PNC agreed to the plan.\n"
    exs = [
        extraction(
            d,
            committee,
            [
                mention(d, committee, "Pirate National Committee", type="org"),
                mention(d, committee, "PNC", kind="acronym", type="org"),
            ],
        )
        for d in ("a", "b")
    ]
    exs.append(
        extraction(
            "c",
            convention,
            [
                mention("c", convention, "Pirate National Convention", type="org"),
                mention("c", convention, "PNC", kind="acronym", type="org"),
            ],
        )
    )
    chair, speech = (mention("d", both, "PNC", n, kind="acronym", type="org") for n in (0, 1))
    exs.append(
        extraction(
            "d",
            both,
            [
                mention("d", both, "Pirate National Committee", type="org"),
                mention("d", both, "Pirate National Convention", type="org"),
                chair,
                speech,
            ],
        )
    )
    alone = mention("e", bare, "PNC", kind="acronym", type="org")
    exs.append(extraction("e", bare, [alone]))
    # the recogniser took the letters for a person's name: still a use of the acronym
    posted = "She posted a photo from her #PNC speech.\n"
    typed = mention("f", posted, "PNC", kind="acronym", type="person")
    exs.append(extraction("f", posted, [typed]))
    actors, _ = resolve_actors(exs)
    body = actor_with(actors, "Pirate National Committee")
    gathering = actor_with(actors, "Pirate National Convention")
    assert record_of(actors, "d", chair.start) is body
    assert record_of(actors, "d", speech.start) is gathering
    assert record_of(actors, "e", alone.start) is body
    assert record_of(actors, "f", typed.start) is gathering
    assert "PNC" not in {a.name for a in actors}


NAMED_ONCE = (
    "Rivers will stump for Quint this fall. Quint gave a speech on Sunday. Rivers was twice "
    "passed over, by Al Gore and Bill Quint, years ago. Quint's campaign chairman agreed.\n"
)


def test_a_bare_surname_used_before_a_namesake_named_once_in_passing_is_the_corpus_s_one():
    """A story calls the corpus's Hillary Quint "Quint" before naming Bill Quint once in a
    list: its bare "Quint" is hers, not his."""
    known = [
        extraction(d, HILLARY, [mention(d, HILLARY, "Hillary Quint", n) for n in range(3)])
        for d in ("k1", "k2")
    ]
    bare = [mention("p", NAMED_ONCE, "Quint", n) for n in (0, 1)]
    bill = mention("p", NAMED_ONCE, "Bill Quint")
    later = mention("p", NAMED_ONCE, "Quint", 3)
    exs = [*known, extraction("p", NAMED_ONCE, [*bare, bill, later])]
    actors, _ = resolve_actors(exs)
    hillary = actor_with(actors, "Hillary Quint")
    assert all(record_of(actors, "p", m.start) is hillary for m in [*bare, later])
    assert record_of(actors, "p", bill.start) is not hillary


HILLARY = "Hillary Quint spoke. Hillary Quint waved. Hillary Quint left.\n"
