"""One organisation under its legal and national variants.

"Roche", "Roche AG" and "Roche Holding AG" are one company: a legal form (:data:`LEGAL_FORMS`)
says how it is registered, not who it is. "U.N. Food and Agriculture Organisation", "United
Nations Food and Agriculture Organization" and "Food and Agriculture Organization" are one
agency: the nation's or the UN's name before it says whose it is (spellings Organisation/
Organization, Centre/Center already share a key). Not when the corpus puts several states'
names before one name ("US Army", "British Army"), and a bare prefixed word never links
("U.S. Army" is not "Army" a text names alone): the rest must be two words or an acronym.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

from briefgen.aggregate.countries import country_codes, demonym_states
from briefgen.aggregate.names import NAMED, org_key, word_tuple, words
from briefgen.extract.actors import plain
from briefgen.extract.orgnames import LEGAL_FORMS, legal_form_at_end

if TYPE_CHECKING:
    from briefgen.aggregate.linking import Union
    from briefgen.models import Mention

_THE = re.compile(r"^(?i:the)\s+")
# The United Nations before an agency's name ("U.N. refugee agency"): whose it is, as a state.
_UN = ("un", "united nations")


def prefix_code(tokens: list[str]) -> tuple[str | None, int]:
    """(the code of the state or the UN named by the name's first words, how many words)."""
    import pycountry

    codes = country_codes()
    for n in (2, 1):
        if len(tokens) <= n:
            continue
        head = " ".join(tokens[:n])
        folded = " ".join(word_tuple(head))
        if folded.replace(" ", "") == "un" or folded in _UN:
            return "UN", n
        if folded in codes:
            return codes[folded], n
        if n == 1:
            letters = head.replace(".", "")
            if letters.isupper() and len(letters) == 2:
                country = pycountry.countries.get(alpha_2=letters)
                if country is not None:
                    return country.alpha_3, 1
            for state in demonym_states(folded) if head[:1].isupper() else ():
                if state in codes:
                    return codes[state], 1
    return None, 0


def core_name(text: str) -> tuple[str | None, str]:
    """(the state before the name or None, the name without it and without legal forms)."""
    tokens = _THE.sub("", plain(text)).split()
    code, n = prefix_code(tokens)
    rest = tokens[n:]
    while len(rest) > 1 and rest[-1].casefold().replace(".", "").strip(",") in LEGAL_FORMS:
        rest = rest[:-1]
    if rest and rest[-1].endswith(","):
        rest[-1] = rest[-1][:-1]
    core = " ".join(rest)
    if code is not None and len(rest) < 2 and not (rest and rest[0].isupper()):
        return None, plain(text)  # "U.S. Army": the prefix is part of a one-word name
    return code, core


def link_legal_variants(
    mentions: list[Mention], other: dict[tuple[str, ...], list[int]], uf: Union
) -> None:
    """Organisations whose names differ only by a legal form or the state before them join."""
    by_core: dict[tuple[str, ...], list[tuple[str | None, int]]] = defaultdict(list)
    companies: dict[tuple[str, ...], int] = {}  # "GlaxoSmithKline" of "GlaxoSmithKline Plc"
    for group in other.values():
        m = mentions[group[0]]
        if m.type != "org":
            continue
        code, core = core_name(m.text)
        if core_key := org_key(core):
            by_core[core_key].append((code, group[0]))
            if legal_form_at_end(m.text):
                companies.setdefault(core_key, group[0])
    # the company's bare name the recogniser voted a person ("GlaxoSmithKline said"): the
    # corpus names it with a legal form, so it is that company, never a surname
    for i, m in enumerate(mentions):
        if m.type == "person" and m.kind in NAMED and len(words(m.text)) == 1:
            company = companies.get(org_key(m.text))
            if company is not None:
                uf.join(company, i, "a company's name without its legal form")
    for found in by_core.values():
        if len(found) < 2:
            continue
        codes = {code for code, _ in found if code is not None}
        if len(codes) > 1:
            # two states' bodies of one name: each state's variants join, the bare name none
            for code in codes:
                same = [i for c, i in found if c == code]
                for i in same[1:]:
                    uf.join(same[0], i, "the same state's organisation written otherwise")
            continue
        first = found[0][1]
        for code, i in found[1:]:
            reason = "the state's name before it" if code else "the name without its legal form"
            uf.join(first, i, reason)
