"""The structure stage's result: a document's blocks, and questions asked of them."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefgen.models import Block, BlockKind

# Only these kinds are read by the extractors: the article's own prose and the turns of
# a transcript. Headlines, captions, furniture and comments are kept for the record only.
EXTRACTED: frozenset[BlockKind] = frozenset({"body", "transcript"})


@dataclass(frozen=True)
class Structure:
    """A document's blocks, in text order, non-overlapping."""

    blocks: tuple[Block, ...] = ()

    def block_at(self, offset: int) -> Block | None:
        return block_at(self.blocks, offset)

    def turn_at(self, offset: int) -> str | None:
        """The speaker label of the transcript turn that holds ``offset``, if any."""
        return turn_at(self.blocks, offset)

    def kinds(self) -> dict[str, int]:
        """Characters per kind (for reports)."""
        out: dict[str, int] = {}
        for b in self.blocks:
            out[b.kind] = out.get(b.kind, 0) + b.end - b.start
        return out


def block_at(blocks: Sequence[Block], offset: int) -> Block | None:
    i = bisect.bisect_right([b.start for b in blocks], offset) - 1
    if i >= 0 and blocks[i].start <= offset < blocks[i].end:
        return blocks[i]
    return None


def turn_at(blocks: Sequence[Block], offset: int) -> str | None:
    block = block_at(blocks, offset)
    return block.label if block is not None and block.kind == "transcript" else None


def speaker_name(label: str) -> str:
    """A speaker label as a name: "MOHAMED ELBARADEI (through translator)" → "Mohamed
    Elbaradei"; a qualifier in brackets is dropped."""
    bare = re.sub(r"\s*\([^)]*\)", "", label).strip(" ,:")
    return " ".join(w if any(c.islower() for c in w) else w.title() for w in bare.split())


def extraction_view(text: str, blocks: Sequence[Block]) -> str:
    """``text`` with every block that is not body or a transcript turn blanked; same length.

    Blanked characters become spaces (line breaks kept), and a blanked span ends in a line
    break, so the sentence splitter never runs a caption or headline into the lede after
    it. A turn's speaker label is blanked too; the block carries it. With no blocks (a
    document the structure stage has not seen) the text is returned as is.
    """
    if not blocks:
        return text
    chars = list(text)
    for b in blocks:
        cut = b.end if b.kind not in EXTRACTED else b.start
        if b.kind == "transcript" and b.label:
            label_end = text.find(":", b.start, b.end)
            cut = label_end + 1 if label_end >= 0 else b.start
        cut = min(cut, len(chars))  # a text cut short keeps the blocks of the whole
        if cut <= b.start:
            continue
        for i in range(b.start, cut):
            if chars[i] != "\n":
                chars[i] = " "
        if chars[cut - 1] == " ":
            chars[cut - 1] = "\n"
    return "".join(chars)
