"""What the extract stage reads of a document's blocks: the key its cached extraction is
found under.

The structure stage's blocks rest on the corpus profile (``structure.profile``), which a
weekly rebuild moves: a line that recurs in a few more pages becomes furniture, a caption
line tips over into a standing one. Most such moves change a block's kind between two
kinds no extractor reads (a caption becomes furniture), and the extraction made of the
page last week is still the one it would make today. So the cache keys an extraction on
what ``extract_document`` reads of the blocks, not on the blocks themselves:

- the text it parses (``extraction_view``: body and transcript blocks, the rest blanked);
- the dateline the opening blocks hold (``extract.dateline``);
- the dated list's labels and their entries (``structure.datedlist.date_labels``);
- the transcript turns and their speaker labels (``turn_at``);
- a live page's posts and their header times (``overnight.live_posts``), for a live page only;
- where the page's sections open (``said_when.section_openers``): a passage of history is
  read within its section.

Each is read as the extractors read it, on the text as far as it is analysed
(``MAX_ANALYSED_CHARS``). A test (``tests/test_read_blocks.py``) asserts that blocks
changed outside of these give the same extraction. A new reading of the blocks in the
extract stage must be added here.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from briefgen.extract.dateline import dateline_text
from briefgen.extract.overnight import live_posts
from briefgen.extract.parse import MAX_ANALYSED_CHARS
from briefgen.extract.said_when import section_openers
from briefgen.models import Document
from briefgen.structure.datedlist import date_labels
from briefgen.structure.model import extraction_view


def read_blocks(document: Document) -> dict[str, Any]:
    """What extraction reads of ``document``'s blocks, as plain JSON values."""
    if len(document.text) > MAX_ANALYSED_CHARS:
        # as ``extract_document`` cuts it: a block running past the cut ends there
        document = replace(document, text=document.text[:MAX_ANALYSED_CHARS])
    text, blocks = document.text, document.blocks
    read: dict[str, Any] = {
        "view": extraction_view(text, blocks),
        "dateline": dateline_text(document),
        "labels": [
            [label.start, label.end, label.time, entry.start, entry.end]
            for label, entry in date_labels(text, blocks)
        ],
        "turns": [[b.start, b.end, b.label] for b in blocks if b.kind == "transcript"],
        "sections": [list(span) for span in section_openers(blocks) if span[0] < len(text)],
    }
    posts = live_posts(blocks)
    if posts:
        # only a live page's: every other page keeps the key it had before this reading
        read["posts"] = [list(p) for p in posts]
    return read
