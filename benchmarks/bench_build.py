"""Cold `briefgen build` on seeds/: wall time and peak RSS, whole process and per stage.

Each run is a fresh process (a cold start, as a user runs it). The peer is the least any
spaCy-based tool must do on the same input: start Python, load en_core_web_sm and parse
the documents. Targets on the 2-core machine: <= 5 s wall, <= 700 MB peak RSS.

    python benchmarks/bench_build.py [--runs 3] [INPUT]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PEER = """
import sys, pathlib
from briefgen.extract.nlp import load_nlp
nlp = load_nlp()
texts = [p.read_text(encoding="utf-8") for p in sorted(pathlib.Path(sys.argv[1]).rglob("*.txt"))]
for _ in nlp.pipe(texts):
    pass
"""


def measure(cmd: list[str]) -> tuple[float, float, str]:
    """Run ``cmd`` inside a fresh helper interpreter so its peak RSS is its own."""
    wrapper = (
        "import resource, subprocess, sys, time, json;"
        "t=time.perf_counter();"
        "p=subprocess.run(sys.argv[1:], capture_output=True, text=True);"
        "w=time.perf_counter()-t;"
        "print(json.dumps({'rc': p.returncode, 'wall': w, 'out': p.stdout, 'err': p.stderr,"
        "'rss': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss/1024}))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", wrapper, *cmd], capture_output=True, text=True, check=True
    )
    data = json.loads(proc.stdout)
    if data["rc"] != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{data['err']}")
    return data["wall"], data["rss"], data["out"]


def seeds_vs_peer(source: str, runs: int) -> dict[str, object]:
    """``runs`` cold builds of ``source`` and as many peer runs, interleaved: the median wall
    seconds and peak RSS of each, and the build's median seconds per stage."""
    briefgen = str(Path(sys.executable).with_name("briefgen"))
    ours, peer, stages = [], [], []
    for _ in range(runs):
        # A folder of its own each run: in a shared one the extraction cache would make
        # every run after the first a rebuild, not a cold build.
        with tempfile.TemporaryDirectory() as out:
            wall, rss, stdout = measure([briefgen, "build", source, "-o", out, "--json"])
        ours.append((wall, rss))
        stages.append(json.loads(stdout.strip().splitlines()[-1])["timings_s"])
        wall, rss, _ = measure([sys.executable, "-c", PEER, source])
        peer.append((wall, rss))

    def med(rows: list[tuple[float, float]], i: int) -> float:
        return statistics.median(r[i] for r in rows)

    return {
        "wall": med(ours, 0),
        "rss": med(ours, 1),
        "peer_wall": med(peer, 0),
        "peer_rss": med(peer, 1),
        "stages": {k: statistics.median(s.get(k, 0.0) for s in stages) for k in stages[0]},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("input", nargs="?", default=str(ROOT / "seeds"))
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    got = seeds_vs_peer(args.input, args.runs)
    wall, rss = float(got["wall"]), float(got["rss"])  # type: ignore[arg-type]
    peer_wall, peer_rss = float(got["peer_wall"]), float(got["peer_rss"])  # type: ignore[arg-type]
    print(f"input: {args.input}   runs: {args.runs} (median)")
    print(f"{'':32} {'wall s':>8} {'peak RSS MB':>12}")
    print(f"{'briefgen build (cold, pdf+html+json)':32} {wall:8.2f} {rss:12.0f}")
    print(f"{'peer: python + spaCy load + parse':32} {peer_wall:8.2f} {peer_rss:12.0f}")
    print(f"{'ratio briefgen / peer':32} {wall / peer_wall:8.2f} {rss / peer_rss:12.2f}")
    print("\nper stage (s, median):")
    stages = got["stages"]
    assert isinstance(stages, dict)
    for stage, seconds in stages.items():
        print(f"  {stage:12} {seconds:7.3f}")
    print("\ntargets: <= 5 s wall, <= 700 MB peak RSS")


if __name__ == "__main__":
    main()
