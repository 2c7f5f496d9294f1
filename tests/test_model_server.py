"""A cold build from the command line loads the model beside its own process (a fork
server the extraction workers come from) while it reads the inputs: the same brief, and
the build's own process never imports spaCy."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from briefgen.config import load_config
from briefgen.pipeline import build_brief

ROOT = Path(__file__).resolve().parents[1]


def _without_build_time(path: Path) -> dict[str, object]:
    brief = json.loads(path.read_text(encoding="utf-8"))
    brief.pop("generated_at")
    return brief


def _cli_build(inputs: Path, output: Path) -> list[str]:
    """``briefgen build INPUTS -o OUTPUT --format json`` in a process of its own; what it
    printed after: whether spaCy was imported there, and its stages."""
    script = textwrap.dedent(
        f"""
        import json, sys
        from briefgen.cli import main
        sys.argv = ["briefgen", "build", {str(inputs)!r}, "-o", {str(output)!r},
                    "--format", "json", "--json"]
        try:
            main()
        except SystemExit as done:
            assert not done.code, done.code
        print("spacy" in sys.modules)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
        timeout=600,  # the server ends with the extraction: nothing holds the output open
    )
    return done.stdout.strip().splitlines()


def test_a_cold_build_loads_the_model_beside_and_writes_the_same_brief(tmp_path: Path) -> None:
    seeds = ROOT / "seeds"  # five articles, long enough for two workers
    printed = _cli_build(seeds, tmp_path / "cli")
    stages = json.loads(printed[-2])["timings_s"]
    assert printed[-1] == "False"  # the model was loaded, and parsed with, elsewhere
    assert "model" not in stages and stages["extract"] > 0
    config = load_config(None, inputs=[str(seeds)], output_dir=str(tmp_path / "lib"))
    forked = build_brief(config)  # a library's caller: workers forked from its own model
    assert _without_build_time(tmp_path / "cli" / "latest" / "brief.json") == (
        _without_build_time(forked.build_dir / "brief.json")
    )


def test_a_rebuild_from_the_cache_starts_no_model_server(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "talks.txt").write_text(
        "Talks resume in Vienna\n\nMarch 3, 2022\n\nNegotiators met in Vienna on 2 March "
        "2022, a spokesman said. Lena Ortiz, the envoy, said the talks would go on.",
        encoding="utf-8",
    )
    _cli_build(inputs, tmp_path / "out")
    script = textwrap.dedent(
        f"""
        from briefgen.config import load_config
        from briefgen.pipeline import serve_model_if_cold
        config = load_config(None, inputs=[{str(inputs)!r}], output_dir={str(tmp_path / "out")!r})
        print(serve_model_if_cold(config))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert done.stdout.strip() == "False"  # the cache may hold every document: no model
