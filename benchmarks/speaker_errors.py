"""Why matched PolNeAR positions have the wrong speaker: a breakdown by cause.

Reads the scorer's details (the matched gold/system pairs whose speaker is wrong) and the
system's own positions (how each speaker was found), and counts the errors by cause: a
speaker where the gold has none, none where it has one, a name at the cue, a transcript
label, a pronoun or relative pronoun resolved, a description, a quotation carried on. A
pair whose gold cue shares no word with the system's cue is another attribution of
overlapping content (nested reports: "Trump said he would not accept …"), counted apart.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

_PRONOUNS = {"he", "she", "it", "they", "i", "we", "you", "him", "her", "them", "his", "its"}
_RELATIVE = {"who", "which", "that", "whom"}


def _cause(pair: dict[str, Any], position: Any | None) -> str:
    ours = pair["system"]
    if pair["source"] is None:
        return "a speaker where the gold has none"
    if not ours["speaker"]:
        return "no speaker where the gold has one"
    gold_cue = set((pair.get("cue") or "").lower().split())
    our_cue = set((ours.get("cue") or "").lower().split())
    if ours.get("cue") and gold_cue and not gold_cue & our_cue:
        return "another attribution of overlapping content"
    mention = (ours.get("speaker_mention") or {}).get("text", "").lower()
    how = position.attribution if position is not None else "?"
    if how == "label":
        return "transcript label"
    if mention in _PRONOUNS:
        return "pronoun resolved"
    if mention in _RELATIVE:
        return "relative pronoun resolved"
    if ours["kind"] == "direct" and not ours.get("cue"):
        return "quotation carried on / no cue"
    if how == "cue":
        return "name at the cue"
    return "description or surname inferred"


def breakdown(scores: Path, positions: list[Any]) -> str:
    """Lines counting the wrong-speaker matched pairs of ``scores`` by cause."""
    details = json.loads(scores.read_text(encoding="utf-8"))["details"]["any"]["matched"]
    by_span = {(p.doc, p.start, p.end): p for p in positions}
    wrong = [m for m in details if not m["speaker_ok"]]
    causes = Counter(
        _cause(m, by_span.get((m["doc"], m["system"]["start"], m["system"]["end"]))) for m in wrong
    )
    lines = [f"wrong speakers on matched positions: {len(wrong)} of {len(details)}"]
    lines += [f"  {n:4}  {cause}" for cause, n in causes.most_common()]
    return "\n".join(lines)
