"""A job forked beside the build (``briefgen.beside``): the PDF written while the other
formats are, with the same pages, the same warnings and the same errors as in one process."""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from sample_brief import sample_brief

from briefgen import beside
from briefgen.errors import BriefgenError

pytestmark = pytest.mark.skipif(not beside.can_fork(), reason="needs fork and two cores")


def _text(path: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(path).pages))


def test_the_job_writes_its_file_and_its_warnings_reach_this_process(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    out = tmp_path / "out.txt"

    def job() -> None:
        logging.getLogger("weasyprint").warning("refused to fetch %s", "http://example.org/x")
        out.write_text("written in the child", encoding="utf-8")

    # The logger's level set here: a CLI command run earlier in this process set it to
    # ERROR (``setup_logging`` quiets the PDF engine), and a level set stays set.
    with caplog.at_level(logging.WARNING, logger="weasyprint"):
        seconds = beside.start(job).wait()
    assert out.read_text(encoding="utf-8") == "written in the child"
    assert seconds >= 0
    # Emitted here once, by this process's handlers, with its arguments filled in.
    assert [(r.name, r.getMessage()) for r in caplog.records] == [
        ("weasyprint", "refused to fetch http://example.org/x")
    ]


def test_the_jobs_error_is_raised_here_as_itself() -> None:
    def job() -> None:
        raise BriefgenError("the template is broken", "brief.html.j2")

    with pytest.raises(BriefgenError, match="the template is broken"):
        beside.start(job).wait()


def test_a_child_that_dies_is_reported_not_waited_for_forever() -> None:
    with pytest.raises(beside.BesideFailed, match="exit code 3"):
        beside.start(lambda: os._exit(3)).wait()


def test_the_pdf_written_beside_the_json_is_the_pdf_written_alone(tmp_path: Path) -> None:
    """With other formats to write the PDF is forked; alone it is not: same pages."""
    from briefgen import pipeline
    from briefgen.config import load_config

    brief = sample_brief()
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    timings = pipeline.Timings()
    both = pipeline.write_outputs(
        brief, load_config(None, formats="pdf,json"), tmp_path / "a", timings=timings
    )
    alone = pipeline.write_outputs(brief, load_config(None, formats="pdf"), tmp_path / "b")
    assert list(both) == ["json", "pdf"]
    assert len(PdfReader(both["pdf"]).pages) == len(PdfReader(alone["pdf"]).pages)
    assert _text(both["pdf"]) == _text(alone["pdf"])
    assert both["json"].stat().st_size > 0
    assert timings.stages["pdf"] > 0  # the child's own seconds, as the build reports them
