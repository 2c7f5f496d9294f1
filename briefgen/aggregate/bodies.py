"""A body named by whose it is: "the U.N. agency", "a U.S. health agency".

A name before a generic noun for a body ("agency", "watchdog", "regulator") does not name
that organisation or state: it says whose the body is. Wire copy introduces the World
Health Organization once, then calls it "the United Nations agency" for the rest of the
story; read as the United Nations, the UN takes the agency's statements and a profile.
The body is the one of the same article that the corpus names with that owner's name
before its own ("U.N. World Health Organization", "U.S. Centers for Disease Control"):
the owner prefix is the corpus's evidence of whose it is; or the body named right after
the description ("the U.S. space agency NASA"). When the article names exactly one such
body, the description is its mention; when it names none or several, it stays where the
names put it (nothing better is known).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, MutableMapping
from dataclasses import replace

from briefgen.aggregate.actortypes import actor_type
from briefgen.aggregate.legal_names import core_name, prefix_code
from briefgen.aggregate.mention_map import MentionKey
from briefgen.aggregate.names import NAMED
from briefgen.extract.actors import plain
from briefgen.models import Mention

# After the owner's name: up to two lower-case words ("health", "food and agriculture" is
# past it) and the generic noun of a body.
_BODY_AFTER = re.compile(
    r"\.?\s+((?:[a-z][\w-]*\s+){0,2}(?:agency|agencies|watchdog|regulator|subsidiary|affiliate))\b"
)
# Between the description and the body's name set beside it: "agency NASA", "agency, the
# World Health Organization,".
_APPOSED = re.compile(r",?\s+(?:the\s+)?")
REASON = "a body named by whose it is, in an article naming one such body"


def _described_body(m: Mention, text: str) -> tuple[str, int] | None:
    """(the owner's code, the end of the description) when ``m`` names whose a body is."""
    if m.type == "person" or m.kind not in NAMED:
        return None
    found = _BODY_AFTER.match(text, m.end)
    if not found:
        return None
    code, _ = prefix_code([*plain(m.text).split(), "_"])
    return (code, found.end()) if code else None


def bodies_named_by_owner(
    clusters: MutableMapping[int, list[Mention]], texts: Mapping[str, str]
) -> list[tuple[int, Mention, MentionKey]]:
    """Move each description of a body by its owner ("the U.N. agency") from the owner's
    cluster to the one body of its article the corpus names with that owner before its
    name; returns each move's (body's cluster, the description's mention, the old key of
    the mention it replaces)."""
    owned: dict[str, set[int]] = {}  # owner code -> clusters of bodies named with it before
    for root, ms in clusters.items():
        if actor_type(ms) != "org":
            continue
        for m in ms:
            if m.kind in NAMED:
                code, core = core_name(m.text)
                if code and core:
                    owned.setdefault(code, set()).add(root)
    named_in: dict[int, set[str]] = {
        root: {m.doc for m in ms if m.kind in NAMED} for root, ms in clusters.items()
    }
    # where each organisation's names start: "the U.S. space agency NASA" names it after
    starts: dict[tuple[str, int], int] = {
        (m.doc, m.start): root
        for root, ms in clusters.items()
        if actor_type(ms) == "org"
        for m in ms
        if m.kind in NAMED
    }
    moves: list[tuple[int, Mention, int, Mention]] = []
    for root, ms in clusters.items():
        for m in ms:
            described = _described_body(m, texts.get(m.doc, ""))
            if described is None:
                continue
            code, end = described
            text = texts[m.doc]
            after = _APPOSED.match(text, end)
            named = starts.get((m.doc, after.end())) if after else None
            bodies = [b for b in owned.get(code, ()) if b != root and m.doc in named_in[b]]
            if named is not None and named != root:
                bodies = [named]
            if len(bodies) == 1:
                text = texts[m.doc][m.start : end]
                moves.append(
                    (root, m, bodies[0], replace(m, end=end, text=text, kind="description"))
                )
    for root, m, body, new in moves:
        clusters[root].remove(m)
        clusters[body].append(new)
    return [(body, new, (m.doc, m.start, m.end)) for _, m, body, new in moves]
