"""A company's short name in the article that introduced it by its full one.

Business copy names a company once in full ("McCaw Cellular Communications Inc.",
"Poughkeepsie Savings Bank", "Cie. Financiere de Paribas") and goes on with its first
words ("McCaw", "Poughkeepsie") or, for the French "company of" form, the name after "de"
("Paribas"). The recogniser types the short form by its look: a surname ("McCaw" a
person), a town ("La Jolla" a place), so the name rules, which join names of one type,
left the company in several records and its deal's principal unprofiled.

Within one document, a short form that opens a company's name the document gives in full
(one ending in a legal form or a firm's head word, :data:`FIRM_HEADS`) is that company:
the first such name the document gives, when it gives several ("La Jolla Bancorp", then
its unit "La Jolla Bank"). Not a country's name ("Japan" beside "Japan Airlines Co." is
the country), and not a name the document also gives a person whose full name ends in it
("McCaw" beside "Craig McCaw" may be either).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefgen.aggregate.countries import state_name
from briefgen.aggregate.names import NAMED, word_tuple, words
from briefgen.extract.orgnames import LEGAL_FORMS
from briefgen.models import Mention

if TYPE_CHECKING:
    from briefgen.aggregate.linking import Union

# The last words of a firm's full name besides a legal form: "Savings Bank", "Bancorp",
# "Financial Group", a thrift's "Savings & Loan".
FIRM_HEADS = frozenset(
    """
    bank bancorp bancshares banc savings thrift trust financial group industries
    communications cellular airlines airways motors broadcasting holdings enterprises loan
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
# The French "company of" form: "Cie. Financiere de Paribas", "Compagnie de Navigation
# Mixte" go by the name after "de".
_COMPANY_OF = re.compile(
    r"^(?:Cie\.?|Compagnie|Societe|Société|Ste\.?)\s+(?:[\w.-]+\s+){0,2}?(?:de|du|des|d')\s*(.+)$"
)
REASON = "a company's first words, in the document naming it in full"


def firm_name(name: str) -> bool:
    """Whether a name is a firm's full name: it ends in a legal form or a firm's head
    word, or is the "company of" form."""
    ws = words(name)
    if len(ws) < 2:
        return False
    # "S.A." is one legal form, however its letters are read as words
    last = name.split()[-1].replace(".", "").casefold()
    # a thrift's "Savings & Loan Association", "Savings Association": an association is
    # a firm only after a firm's head word ("Florida Education Association" is a union)
    thrift = len(ws) >= 3 and ws[-1] == "association" and ws[-2] in FIRM_HEADS
    return (
        last in LEGAL_FORMS
        or ws[-1] in FIRM_HEADS
        or thrift
        or bool(_COMPANY_OF.match(name.strip()))
    )


def _short_forms(name: str) -> list[tuple[str, ...]]:
    """The short forms a firm's full name may go by: its first words (all but the last),
    and the name after "de" of the "company of" form."""
    ws = word_tuple(name)
    # (the words of "S.A" are one form: no short form ends inside it)
    tail = len(words(name.split()[-1]))
    out = [ws[:k] for k in range(1, len(ws) - tail + 1)]
    of = _COMPANY_OF.match(name.strip())
    if of:
        out.append(word_tuple(of.group(1)))
    return out


def link_company_short_forms(indexed: Sequence[tuple[int, Mention]], uf: Union) -> None:
    """Join, within one document's mentions (index, mention), each short form of a firm
    the document names in full to the first full name it is a short form of."""
    firms: dict[tuple[str, ...], int] = {}  # short form -> first firm name's index
    person_ends = set()
    for i, m in indexed:
        if m.kind not in NAMED:
            continue
        ws = word_tuple(m.text)
        if m.type == "person" and len(ws) >= 2:
            person_ends.add(ws[-1:])
        # (a firm's full name the recogniser read as a person's, "Marlow Broadcasting":
        # no person's name ends in a legal form or a firm's head word)
        if m.type in ("org", "person") and firm_name(m.text):
            for short in _short_forms(m.text):
                if short and short != ws:
                    firms.setdefault(short, i)
    if not firms:
        return
    for i, m in indexed:
        if m.kind not in NAMED:
            continue
        ws = word_tuple(m.text)
        firm = firms.get(ws)
        if firm is None or firm == i or ws[-1:] in person_ends or state_name(m.text):
            continue
        uf.join(firm, i, REASON)
