"""People's names in headlines: a Title Case line capitalises every word, so its names are
cut to the words the body of the text also capitalises."""

from __future__ import annotations

import re
from dataclasses import replace

from briefgen.models import Mention

_CAP_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def title_case(line: str, first: bool = False) -> bool:
    """A headline-style line: most of its (four or more) words capitalised, or, as the first
    line, all of its three or more long words ("Derelict Obama and Clinton"). A sentence
    ends with a full stop; so may the document's first line, its title, when every long word
    is capitalised and some short one too ("Clinton Breaks With Obama On 9/11 Lawsuit
    Bill.")."""
    words = _CAP_WORD.findall(line)
    ws = [w for w in words if len(w) > 3]
    capitals = sum(w[0].isupper() for w in ws)
    every = len(ws) >= 3 and capitals == len(ws)
    # a long line is a sentence, unless it is the first and capitalises every long word: no
    # sentence of that length does ("… If I Would Have Told Hillary Private Email Server …")
    if len(words) > 16 and not (first and every):
        return False
    if line.rstrip().endswith("."):
        # a sentence, unless a title: every long word capitalised and short ones too ("Clinton
        # Breaks With Obama On …"), where a sentence writes "met in Riga on Monday"
        short_caps = any(w[0].isupper() for w in words[1:] if len(w) <= 3)
        return first and every and short_caps
    # three capitalised words alone make a title only at the top ("Aleksander Mikhailov
    # (Source: …" further down is a credit line naming someone)
    return (first and every) or (len(ws) >= 4 and capitals >= 0.7 * len(ws))


def confirmed_in_headlines(text: str, mentions: list[Mention]) -> list[Mention]:
    """People's names in a Title Case line cut to the words the body also capitalises.

    A headline capitalises every word, so "Jail Mubarak", "Derelict Obama" or "Trump
    Creepily Singles Out" look like names; the body ("Mubarak", "Obama", "Trump") says
    which words are. A headline name none of whose words the body capitalises is dropped.
    """
    from briefgen.extract.actors import clean_span  # (the actors module calls this one)

    headline: list[tuple[int, int]] = []
    body: set[str] = set()
    pos = 0
    first = True
    for line in text.split("\n"):
        end = pos + len(line)
        if title_case(line, first):
            headline.append((pos, end))
        else:
            body.update(w.rstrip(".’'s") for w in _CAP_WORD.findall(line) if w[0].isupper())
        first = first and not line.strip()
        pos = end + 1
    if not headline:
        return mentions
    out = []
    for m in mentions:
        # any name, not only people's: "Washington Post Hit Piece Exploits Trump Supporter"
        named = m.kind in ("name", "surname")
        if not named or not any(a <= m.start < b for a, b in headline):
            out.append(m)
            continue
        found = list(_CAP_WORD.finditer(m.text))
        spans = [(w.start(), w.end()) for w in found]
        words = [w.group() for w in found]
        # a lower-case word holds a run together ("Bureau of Investigation") but is no
        # evidence by itself: a run is cut to its capitalised ends below
        known = [w.rstrip(".’'s") in body or w[0].islower() for w in words]
        # a possessive ends a name: in "Condemn Donald Trump’s Muslim Ban" the words after
        # "Trump’s" are what he owns, whatever the body capitalises
        owner = [w.endswith(("’s", "'s")) for w in words]
        best: tuple[int, int] | None = None  # the longest run of confirmed words
        run_start = None
        for i, ok in enumerate([*known, False]):
            if run_start is not None and (not ok or owner[i - 1]):
                if best is None or i - run_start > best[1] - best[0]:
                    best = (run_start, i)
                run_start = None
            if ok and run_start is None and i < len(known):
                run_start = i
        while best is not None and best[0] < best[1] and words[best[0]][0].islower():
            best = (best[0] + 1, best[1])
        while best is not None and best[0] < best[1] and words[best[1] - 1][0].islower():
            best = (best[0], best[1] - 1)
        if best is None or best[0] >= best[1]:
            continue
        a, b = spans[best[0]][0], spans[best[1] - 1][1]
        start, end = clean_span(text, m.start + a, m.start + b)
        if end > start:
            out.append(replace(m, start=start, end=end, text=text[start:end]))
    return out
