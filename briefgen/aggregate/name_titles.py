"""The title a text puts before a person's name ("Mr.", "Mrs.", "Ms", "Miss"): which it is,
the gender it gives, the one title a document or the corpus gives a bare surname
throughout, and whether a title agrees with a given name.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from briefgen.aggregate.names import NAMED, name_key, person_words
from briefgen.extract.antecedents import guessed_gender, name_gender
from briefgen.models import Mention

TITLE_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}

# How often a document must give a bare surname one title, and never another, for that
# title to settle a given name only mostly of the other gender.
USAGE = 3


def gender_fits(given: str, title: str | None, usage: str | None = None) -> bool:
    """Whether a title ("Mrs.") agrees with a given name. A name always of one gender
    decides. A name only mostly of one gender in the name list ("Bernie", "Randy", "Kelly")
    gives way to ``usage``: the title the document gives that bare surname throughout
    (:func:`title_usage`), the text's own word on that person against a list's guess. One
    "Mrs Quint" beside a "Randy Quint" stays someone else."""
    if title is None:
        return True
    likely = name_gender(given, mostly=True)
    if likely in (None, title):
        return True
    return usage == title and guessed_gender(given).startswith("mostly")


def title_usage(text: str, mentions: Iterable[Mention]) -> dict[str, str]:
    """Per bare surname (its key), the one title gender a document gives it at least
    :data:`USAGE` times and never another ("Mr. Sanders" throughout a story)."""
    return _settled(_title_counts(text, mentions))


def corpus_title_usage(mentions: Iterable[Mention], texts: dict[str, str]) -> dict[str, str]:
    """:func:`title_usage` over the whole corpus: a story that says "Mr. Sanders" twice is
    read with the forty others that say it and never "Ms. Sanders"."""
    total: dict[str, Counter[str]] = defaultdict(Counter)
    by_doc: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_doc[m.doc].append(m)
    for doc, ms in by_doc.items():
        for key, counts in _title_counts(texts.get(doc, ""), ms).items():
            total[key].update(counts)
    return _settled(total)


def _title_counts(text: str, mentions: Iterable[Mention]) -> dict[str, Counter[str]]:
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        key, suffix = name_key(m.text)
        if m.type != "person" or m.kind not in NAMED or len(key) != 1 or suffix:
            continue
        title = title_gender(text, m)
        if title is not None:
            seen[key[0]][title] += 1
    return seen


def _settled(seen: dict[str, Counter[str]]) -> dict[str, str]:
    return {k: next(iter(c)) for k, c in seen.items() if len(c) == 1 and sum(c.values()) >= USAGE}


def title_gender(text: str, m: Mention) -> str | None:
    """ "m" or "f" for the honorific before a short form ("Mrs."), else None."""
    word = honorific(text, m)
    return TITLE_GENDER[word] if word else None


def honorific(text: str, m: Mention) -> str | None:
    """The honorific ("mr", "mrs", "ms", "miss") before the span, or inside it when the
    recogniser took it in ("Mr. Obama"), else None."""
    inside = m.text.lower().split()
    if len(inside) > 1 and inside[0].rstrip(".") in TITLE_GENDER:
        return inside[0].rstrip(".")
    before = text[max(0, m.start - 6) : m.start].lower().rstrip(". ").split()
    # a quotation may open on the title: "'Mrs. Bush, that was …"
    word = before[-1].lstrip("'\"‘“’”(") if before else ""
    return word if word in TITLE_GENDER else None


def title_fits(text: str, m: Mention, full_name: str, usage: str | None = None) -> bool:
    """Whether the title before a short form ("Mrs.") agrees with a full name's given name
    (``usage``: the title its document gives that surname throughout, :func:`title_usage`)."""
    given = person_words(full_name)[0]
    return not given or gender_fits(given[0], title_gender(text, m), usage)
