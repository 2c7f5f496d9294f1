"""Each event of a sentence is dated by the expression on its own predicate (issue 11).

One invented sentence per linguistic phenomenon the anchoring misses are grouped by
(``benchmarks/anchoring_errors.py``): two coordinated events with a date each, a date before
both conjuncts, a verb of saying and the clause it reports, a relative clause or participle
with a date of its own, a date in a prepositional phrase of a noun, an adverbial clause, a
"since" clause on a noun. Each is extracted as a build extracts a document
(``extract_document``, the code ``anchoring_eval.py`` scores), on a Friday paper's date,
and every event is checked against the date a reader gives it.
"""

from __future__ import annotations

from datetime import date

import pytest

from briefgen.extract.run import extract_document
from briefgen.models import Document

FRIDAY = date(2001, 3, 16)

CASES = [
    # coordinated events, each with its own date
    (
        "The council approved the budget on Tuesday and the mayor signed it on Wednesday.",
        {"approved": "2001-03-13", "signed": "2001-03-14"},
    ),
    (
        "Tom Reed was arrested on Monday and charged on Tuesday with fraud.",
        {"arrested": "2001-03-12", "charged": "2001-03-13"},
    ),
    (
        "Ann Holt won the election in November and took office on Monday.",
        {"won": "2000-11", "took": "2001-03-12"},
    ),
    # a date before both conjuncts dates both
    (
        "On Tuesday the council approved the budget and sent it to the mayor.",
        {"approved": "2001-03-13", "sent": "2001-03-13"},
    ),
    # a verb of saying and what it reports, each dated by its own expression
    (
        "Ann Holt said on Wednesday that the factory closed in January.",
        {"said": "2001-03-14", "closed": "2001-01"},
    ),
    ("The plant was closed on Monday, workers said.", {"closed": "2001-03-12"}),
    # a relative clause or a participle with a date of its own: background, its own date
    (
        "The mill, which opened in 1998, was sold on Monday.",
        {"opened": "1998", "sold": "2001-03-12"},
    ),
    (
        "Tom Reed, who was elected in May 1999, resigned on Thursday.",
        {"elected": "1999-05", "resigned": "2001-03-15"},
    ),
    (
        "The bridge, built in 1920, collapsed on Thursday.",
        {"built": "1920", "collapsed": "2001-03-15"},
    ),
    # a date in a prepositional phrase of a noun: the noun's, not a later verb's
    ("Police arrested a man on Thursday after the robbery on Tuesday.", {"arrested": "2001-03-15"}),
    ("The talks on Tuesday ended without a deal.", {"ended": "2001-03-13"}),
    # an adverbial clause with its own date
    (
        "After meeting the governor on Monday, Tom Reed flew to Marlow on Tuesday.",
        {"meeting": "2001-03-12", "flew": "2001-03-13"},
    ),
    # a "since" phrase on a noun ("its first since 1995") leaves the verb its own date
    ("The firm reported a loss on Thursday, its first since 1995.", {"reported": "2001-03-15"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_each_event_takes_the_date_on_its_own_predicate(
    nlp, text: str, expected: dict[str, str]
) -> None:  # type: ignore[no-untyped-def]
    document = Document("a", "a", "txt", text, "", FRIDAY.isoformat(), "stated")
    dates: dict[str, str] = {}
    for m in extract_document(document, nlp).events:
        for start, end in (*((m.predicate,) if m.predicate else ()), *m.co_predicates):
            dates.setdefault(text[start:end], m.date)
    assert {word: dates.get(word) for word in expected} == expected
