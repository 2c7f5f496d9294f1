"""A rebuild re-extracts an old page only when what the extractors read of it changed: a
line the new pages tip from one unread kind to another (a caption become standing
furniture) keeps the page's extraction; a line tipped out of the body does not."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from rebuild_fixtures import NOW, brief_json

from briefgen.config import load_config
from briefgen.extract import run as run_module
from briefgen.extract.cache import document_key, whole_document_key
from briefgen.extract.run import extract_document
from briefgen.models import Block, Document, Extraction
from briefgen.pipeline import BuildResult, build_brief

TOPICS = ("bridge", "ferry", "school", "library", "market", "museum", "stadium", "hospital")
NEW_TOPIC = "tunnel"
# A short line that is not a sentence: a caption in a page or two, standing furniture once
# it is in three (``profile.MIN_RECURRING_FRAGMENT``).
CAPTION = "Harbour office photo desk archive"
# A sentence-shaped line: body text in four of nine pages, furniture in five.
PROMO = "Readers can find all of our reports on the harbour in one place on this website."
WITH_CAPTION = ("bridge", "ferry")
WITH_PROMO = ("school", "library", "market", "museum")


def _text(i: int, topic: str) -> str:
    return (
        f"Council debates the {topic} plan\n\nMarch {i + 3}, 2022\n\n"
        f"The city council debated the {topic} plan on {i + 2} March 2022 after a long "
        f"meeting. Elena Duarte, the council leader, said work on the {topic} would start "
        "in the summer.\n\n"
        + (f"{CAPTION}\n\n" if topic in (*WITH_CAPTION, NEW_TOPIC) else "")
        + (f"{PROMO}\n\n" if topic in (*WITH_PROMO, NEW_TOPIC) else "")
        + f"Opponents of the {topic} plan said they would appeal to the regional court."
    )


def _write(folder: Path, *, new: bool) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i, topic in enumerate((*TOPICS, NEW_TOPIC) if new else TOPICS):
        (folder / f"{topic}.txt").write_text(_text(i, topic), encoding="utf-8")
    return folder


def _build(inputs: Path, output: Path, *, cache: bool = True) -> BuildResult:
    config = load_config(
        None, inputs=[str(inputs)], output_dir=str(output), formats="json", cache=cache
    )
    return build_brief(config, now=NOW)


@pytest.fixture
def extracted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the documents the extractors ran on, in this process: a small corpus's
    are extracted here once no workers are started early (``early_pool``), whose forked
    calls this list would not see."""
    seen: list[str] = []
    original = run_module.extract_or_fail
    monkeypatch.setattr(run_module, "early_pool", lambda executor, needed: None)

    def spy(document, nlp, year):
        seen.append(document.id)
        return original(document, nlp, year)

    monkeypatch.setattr(run_module, "extract_or_fail", spy)
    return seen


def test_a_rebuild_re_extracts_the_pages_whose_read_text_the_new_pages_changed_only(
    tmp_path: Path, extracted: list[str]
) -> None:
    inputs = _write(tmp_path / "in", new=False)
    first = _build(inputs, tmp_path / "a")
    assert first.counts == {"extracted": 8, "from_cache": 0}
    cold_blocks = {d.id: d.blocks for d in first.brief.documents}
    extracted.clear()
    _write(inputs, new=True)
    # The cache moved to a fresh folder: no previous brief, so the JSON compares whole.
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / ".cache").rename(tmp_path / "b" / ".cache")
    second = _build(inputs, tmp_path / "b")
    blocks = {d.id: d.blocks for d in second.brief.documents}
    # the new page tipped the caption into furniture in the two old pages that carry it,
    # and the promo out of the body of the four that carry it: all six pages' blocks moved
    for topic in (*WITH_CAPTION, *WITH_PROMO):
        assert blocks[f"{topic}.txt"] != cold_blocks[f"{topic}.txt"]
    # only the pages whose body changed, and the new one, are extracted again
    assert sorted(extracted) == sorted(f"{t}.txt" for t in (*WITH_PROMO, NEW_TOPIC))
    assert second.counts == {"extracted": 5, "from_cache": 4}
    # and the brief (blocks and all) is the one a build without the cache writes
    uncached = _build(inputs, tmp_path / "c", cache=False)
    assert brief_json(second) == brief_json(uncached)


def _document(blocks: tuple[Block, ...]) -> Document:
    text = _text(0, "bridge")
    return Document(
        id="bridge.txt",
        source="bridge.txt",
        format="txt",
        text=text,
        title="Council debates the bridge plan",
        date="2022-03-03",
        date_source="stated",
        blocks=blocks,
    )


def _blocks(caption_kind: str) -> tuple[Block, ...]:
    text = _text(0, "bridge")
    out: list[Block] = []
    at = 0
    kinds = ["headline", "dateline", "body", caption_kind, "body"]
    for line, kind in zip(text.split("\n\n"), kinds, strict=True):
        start = text.index(line, at)
        out.append(Block(start, start + len(line), kind))  # type: ignore[arg-type]
        at = start + len(line)
    return tuple(out)


def _without_blocks(extraction: Extraction) -> Extraction:
    return replace(extraction, document=replace(extraction.document, blocks=()))


def test_blocks_changed_where_no_extractor_reads_give_the_same_key_and_extraction(
    nlp,
) -> None:
    as_caption = _document(_blocks("caption"))
    as_furniture = _document(_blocks("furniture"))
    assert as_caption.blocks != as_furniture.blocks
    assert document_key(as_caption, 2022, "s") == document_key(as_furniture, 2022, "s")
    # what is kept beside an extraction reads the blocks whole: its key moves
    assert whole_document_key(as_caption, 2022, "s") != whole_document_key(as_furniture, 2022, "s")
    one = extract_document(as_caption, nlp, year=2022)
    other = extract_document(as_furniture, nlp, year=2022)
    assert one.events and one.mentions
    assert _without_blocks(one) == _without_blocks(other)


def test_blocks_changed_where_an_extractor_reads_change_the_key() -> None:
    base = _document(_blocks("caption"))
    key = document_key(base, 2022, "s")
    for kinds in (
        ["headline", "dateline", "body", "body", "body"],  # the caption read as prose
        ["headline", "body", "body", "caption", "body"],  # the dateline no longer one
        ["headline", "dateline", "furniture", "caption", "body"],  # a paragraph cut
    ):
        blocks = tuple(
            replace(b, kind=k)  # type: ignore[arg-type]
            for b, k in zip(base.blocks, kinds, strict=True)
        )
        assert document_key(replace(base, blocks=blocks), 2022, "s") != key
    # a speaker's turn read where a paragraph was
    turn = replace(base.blocks[2], kind="transcript", label="DUARTE")
    turned = (*base.blocks[:2], turn, *base.blocks[3:])
    assert document_key(replace(base, blocks=turned), 2022, "s") != key
    # the page's date line read as a dated list's label, which dates the entry after it
    plain = replace(
        base, blocks=(base.blocks[0], replace(base.blocks[1], kind="furniture"), *base.blocks[2:])
    )
    label = replace(plain.blocks[1], time="March 3, 2022")
    labelled = replace(plain, blocks=(plain.blocks[0], label, *plain.blocks[2:]))
    assert document_key(labelled, 2022, "s") != document_key(plain, 2022, "s")
    # a caption read as a story's break, where a passage of history ends (``said_when``)
    broken = (*base.blocks[:3], replace(base.blocks[3], kind="story_break"), base.blocks[4])
    assert document_key(replace(base, blocks=broken), 2022, "s") != key


def test_every_reading_of_the_blocks_in_the_extract_stage_is_one_the_key_holds() -> None:
    # A new reading of ``document.blocks`` in an extractor is no part of the key until
    # ``read_blocks`` takes it: the cache would give a page the extraction of other blocks.
    # These modules' readings are the ones ``read_blocks`` mirrors.
    import briefgen.extract

    folder = Path(briefgen.extract.__file__).parent
    reading = {
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*.py")
        if ".blocks" in p.read_text(encoding="utf-8")
    }
    # (``cache.py``'s is the whole key's, which holds every block whole)
    assert reading == {
        "cache.py",
        "dateline.py",
        "labelled.py",
        "overnight.py",
        "read_blocks.py",
        "run.py",
        "said_when.py",
    }


def test_the_whole_extraction_key_changes_with_each_field_of_a_block() -> None:
    block = Block(0, 4, "body", label="COOPER", time="12:45 GMT")
    document = Document(
        id="a", source="a.txt", format="txt", text="Silt closed it.", title="Silt", blocks=(block,)
    )
    key = whole_document_key(document, 2022, "s")
    moved = [
        replace(block, start=1),
        replace(block, end=5),
        replace(block, kind="caption"),
        replace(block, label=None),
        replace(block, time="12:46 GMT"),
    ]
    keys = {whole_document_key(replace(document, blocks=(b,)), 2022, "s") for b in moved}
    assert len(keys | {key}) == 6
    assert whole_document_key(replace(document, blocks=(block, block)), 2022, "s") != key
    assert whole_document_key(replace(document, source="b.txt"), 2022, "s") == key
