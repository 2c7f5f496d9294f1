"""A pending legal state ("denies the charge") is no judgment once a later report tells
the verdict on the same person."""

from __future__ import annotations

import re

from briefgen.models import Document, Extraction, Mention
from briefgen.summarize import summarize

DENIES = "Dr Harlow denies causing the death of the patient at the private clinic in May."
FACES = "Nurse Okafor faces a charge of negligence over the death of a second patient."
CONVICTED = "Dr Harlow has been convicted of manslaughter by a jury at the county court."


def _extraction(doc: str, day: str, text: str) -> Extraction:
    spans = tuple((m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text))
    mentions = tuple(
        Mention(doc, m.start(), m.end(), m[0], "name", "person")
        for m in re.finditer(r"(?:Dr|Nurse) [A-Z]\w+", text)
    )
    document = Document(doc, doc, "txt", text, "", day, "stated")
    return Extraction(document=document, sentences=spans, mentions=mentions)


def _shown(texts: dict[str, tuple[str, str]]) -> list[str]:
    extractions = [_extraction(doc, day, text) for doc, (day, text) in texts.items()]
    summary = summarize(extractions, [], [])
    bottom = [summary.bottom_line.text] if summary.bottom_line else []
    return bottom + [j.text for j in summary.judgments]


def test_a_denial_a_later_verdict_decided_is_not_shown() -> None:
    shown = _shown(
        {
            "a": ("2010-06-01", f"{DENIES} The hearing was adjourned until the autumn."),
            "b": ("2010-06-02", f"{FACES} The clinic was closed for an inspection."),
            "c": ("2011-11-07", f"{CONVICTED} The family wept in the public gallery."),
        }
    )
    assert CONVICTED in shown
    assert DENIES not in shown
    # Another person's pending charge is not decided by this verdict.
    assert FACES in shown


def test_a_denial_stands_while_no_verdict_is_reported() -> None:
    shown = _shown(
        {
            "a": ("2010-06-01", f"{DENIES} The hearing was adjourned until the autumn."),
            "b": ("2010-06-02", f"{FACES} The clinic was closed for an inspection."),
        }
    )
    assert DENIES in shown
