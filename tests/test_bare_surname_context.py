"""A bare surname two people of a story share goes to the one the story's own context
names (the last one named in full, whom the pronouns since keep in view), not to the one
it names first or most; when the context does not tell, it stays unresolved."""

from __future__ import annotations

from actor_fixtures import actor_with, extract

from briefgen.aggregate.actors import resolve_actors
from briefgen.aggregate.last_named import Named, in_context, last_named, pronouns_since

HUSBAND_FIRST = (
    "Richard Holloway opened the new hall on Monday. Richard Holloway spoke for an hour, "
    "and Richard Holloway thanked the crowd. But it is Margaret Holloway who leads the "
    "party now. "
)


def _bare_owners(nlp, text: str) -> tuple[set[str], str, str]:  # type: ignore[no-untyped-def]
    ex = extract(nlp, "story", text)
    actors, mention_map = resolve_actors([ex])
    bare = [m for m in ex.mentions if m.text == "Holloway"]
    assert bare, [m.text for m in ex.mentions]
    owners = {mention_map.get((m.doc, m.start, m.end), "") for m in bare}
    richard = actor_with(actors, "Richard Holloway").id
    margaret = actor_with(actors, "Margaret Holloway").id
    return owners, richard, margaret


def test_the_pronouns_since_the_last_full_name_decide_whom_the_surname_means(nlp):
    # the story names the husband first and three times, the wife once, last: every "she"
    # and "her" since keeps her in view, and the bare surname is hers
    text = HUSBAND_FIRST + (
        "She won the vote in May, and her allies now run the council. "
        "Holloway campaigned on lower rents.\n"
    )
    owners, _, margaret = _bare_owners(nlp, text)
    assert owners == {margaret}


def test_pronouns_of_both_or_another_woman_named_leave_the_context_untold(nlp):
    # "her husband says he is proud": both are in view; another woman named since may be
    # whom the "she" means: the last one named does not take the surname on that evidence
    for since in (
        "Her husband says he is proud of her. ",
        "Her rival, Susan Marsh, won in May, and she now runs the council. ",
    ):
        owners, _, margaret = _bare_owners(
            nlp, HUSBAND_FIRST + since + "Holloway campaigned on lower rents.\n"
        )
        assert margaret not in owners


def test_the_context_agreeing_with_the_counts_keeps_the_surname_theirs(nlp):
    text = (
        "Richard Holloway opened the new hall on Monday. Margaret Holloway met the mayor. "
        "Richard Holloway thanked the crowd. Holloway spoke for an hour.\n"
    )
    owners, richard, _ = _bare_owners(nlp, text)
    assert owners == {richard}


def test_the_last_one_named_is_whoever_the_document_named_in_full_closest_before():
    fulls = [(True, 0, 1), (True, 50, 2), (True, 90, 1), (True, 300, 2)]
    assert last_named(fulls, 200, frozenset()) == (1, 90)
    # one introduced as a named person's relative ("his wife, …") does not count
    assert last_named(fulls, 200, {1}) == (2, 50)
    assert last_named(fulls, 0, frozenset()) is None


def test_pronouns_fit_the_last_one_named_only_when_all_of_them_are_of_one_gender():
    text = "Ann spoke. She said her plan works. Then he left."
    assert pronouns_since(text, 0, 30) == {"f"}
    assert pronouns_since(text, 0, len(text)) == {"f", "m"}
    sex = {1: "m", 2: "f", 3: None}.get
    alone = Named(((0, "pike", "f"),))
    # counts point to 1 (a man), the last one named is 2 (a woman)
    assert in_context(1, (2, 0), text, 30, sex, "pike", alone) == 2
    assert in_context(1, (2, 0), text, len(text), sex, "pike", alone) is None
    # another woman, or someone of no told gender, named between: the "she" may be hers
    for other in ("f", None):
        beside = Named(((0, "pike", "f"), (12, "lund", other)))
        assert in_context(1, (2, 0), text, 30, sex, "pike", beside) is None
    # agreeing, or no one named before: the counts stand
    assert in_context(1, (1, 0), text, len(text), sex, "pike", alone) == 1
    assert in_context(1, None, text, len(text), sex, "pike", alone) == 1
    # an owner of a team ("Pike's aides", "the Pike campaign"): whose is the story's matter
    team = "She said her plan works. Pike's aides left. The Pike campaign"
    assert in_context(1, (2, 0), team, team.index("Pike's"), sex, "pike", alone) is None
    assert in_context(1, (2, 0), team, team.rindex("Pike"), sex, "pike", alone) is None
    # a gender unknown tells nothing
    assert in_context(3, (2, 0), text, 30, sex, "pike", alone) is None
