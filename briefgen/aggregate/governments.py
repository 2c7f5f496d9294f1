"""A head of state's government is the state: "Tom Reed's government" is Ruritania's.

Foreign news names a state's executive by its leader ("the Reed government", "Reed's
regime") as often as by the state ("Ruritania protested"); both act for the same
principal, and profiled apart the brief gives the state twice. A leader's "government" or
"regime" (:mod:`administrations` joins the spellings of each) is the state's when the
corpus titles that leader as heading one state only: "Ruritanian President Tom Reed",
"the Ruritanian leader". An "administration" stays its own body: in home news it is the
executive beside a Congress and the states, not the state.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from briefgen.aggregate.administrations import governs, leader_of
from briefgen.aggregate.countries import demonym_states, state_name
from briefgen.aggregate.linking import Union
from briefgen.aggregate.names import NAMED, person_words, surname_form, word_tuple, words
from briefgen.models import Mention

REASON = "the government of the state its leader heads"

_STATE_NOUNS = frozenset({"government", "regime"})


def link_governments_to_states(mentions: Sequence[Mention], uf: Union) -> None:
    """Join a leader's government (or regime) to the state the leader is titled as heading,
    when the corpus names that state and titles the leader's surname with no other."""
    governments: dict[str, list[int]] = defaultdict(list)
    headed: dict[str, set[str]] = defaultdict(set)
    states: dict[str, int] = {}
    for i, m in enumerate(mentions):
        if m.kind not in NAMED:
            continue
        if m.type == "state":
            states.setdefault(" ".join(word_tuple(m.text)), i)
        elif (read := leader_of(m)) is not None and read[0] in _STATE_NOUNS:
            governments[read[1]].append(i)
        elif m.type == "person" and m.role and (governs(m) or "leader" in words(m.role)):
            named, _ = person_words(m.text)
            if named:
                headed[surname_form(named[-1])] |= _states_in(m.role)
    for surname, group in sorted(governments.items()):
        found = headed.get(surname, set())
        if len(found) != 1 or (state := states.get(next(iter(found)))) is None:
            continue
        for j in group:
            uf.join(state, j, REASON)


def _states_in(role: str) -> set[str]:
    """The states a role names, by name or by demonym: "Ruritanian President" -> ruritania."""
    out = set()
    for w in words(role):
        for name in [w, *demonym_states(w)] if w[:1].isalpha() else ():
            if state_name(name):
                out.add(" ".join(word_tuple(name)))
                break
    return out
