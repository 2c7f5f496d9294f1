"""Large JSONL corpora: peak RSS and speed of the parse-free work (ingest up to the parser).

Three synthetic corpora, written to a temporary folder (no article text from anywhere):
50 MB and 300 MB of news-sized articles, and 100,000 tiny documents. Each is read in a
fresh process by what ``assemble_brief`` does before spaCy (ingest, the --ref-date and
period filters), and its peak RSS and wall time are printed. The peer is the least any
reader must do: parse each line with ``json.loads`` and keep its text. Targets on the
2-core machine: <= 1.5 GB peak RSS for 300 MB, >= 200 documents/s for tiny documents.

    python benchmarks/bench_ingest.py [--sizes 50,300] [--tiny 100000] [--baseline DIR]

``--baseline DIR`` runs the same work with another checkout's ``briefgen`` (e.g. an
older commit in a worktree), for a before/after in one run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PRE_PARSER = """
import sys
from datetime import date
from pathlib import Path
from briefgen.ingest import ingest
from briefgen.models import Extraction
from briefgen.build_period import in_period, with_ref_date
result = ingest([Path(sys.argv[1])])
docs = [with_ref_date(d, date(2026, 1, 1)) for d in result.documents]
kept = in_period([Extraction(document=d) for d in docs], date(2000, 1, 1), date(2030, 1, 1))
print(len(kept))
"""

PEER = """
import json, sys
texts = []
with open(sys.argv[1], "rb") as fh:
    for line in fh:
        texts.append(json.loads(line)["text"])
print(len(texts))
"""

_SENTENCE = (
    "the minister said talks would resume on monday after a week of strikes in the port "
    "city where officials met union leaders to discuss wages and pensions while protesters "
    "gathered outside the parliament building as police closed roads near the station and "
    "the government announced a review of the budget for the coming year"
)
WORDS = _SENTENCE.split()


def _paragraphs(rng: random.Random, n: int = 300) -> list[str]:
    out = []
    for _ in range(n):
        words = rng.choices(WORDS, k=rng.randint(40, 120))
        out.append(" ".join(words).capitalize() + ".")
    return out


def write_corpus(path: Path, megabytes: int, seed: int = 7) -> int:
    """News-sized articles (~4 KB) until the file reaches ``megabytes``; the count."""
    rng = random.Random(seed)
    paragraphs = _paragraphs(rng)
    target, n = megabytes * 2**20, 0
    with path.open("w", encoding="utf-8") as fh:
        while fh.tell() < target:
            n += 1
            row = {
                "id": f"a{n}",
                "time": f"2022-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                "title": " ".join(rng.choices(WORDS, k=8)).capitalize(),
                "text": "\n\n".join(rng.choices(paragraphs, k=8)),
                "authors": ["A. Writer"],
            }
            fh.write(json.dumps(row) + "\n")
    return n


def write_tiny(path: Path, count: int) -> int:
    """``count`` one-sentence documents."""
    with path.open("w", encoding="utf-8") as fh:
        for n in range(count):
            row = {"id": f"t{n}", "time": "2022-03-03", "text": f"Talks resumed on day {n}."}
            fh.write(json.dumps(row) + "\n")
    return count


def measure(script: str, corpus: Path, pythonpath: Path) -> dict[str, float]:
    """Run ``script`` on ``corpus`` in a fresh interpreter: wall seconds, peak RSS (MB)."""
    wrapper = (
        "import resource, subprocess, sys, time, json;"
        "t=time.perf_counter();"
        "p=subprocess.run(sys.argv[1:], capture_output=True, text=True);"
        "w=time.perf_counter()-t;"
        "print(json.dumps({'rc': p.returncode, 'wall': w, 'out': p.stdout, 'err': p.stderr[-600:],"
        "'rss': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss/1024}))"
    )
    env = {**os.environ, "PYTHONPATH": str(pythonpath)}
    proc = subprocess.run(
        [sys.executable, "-c", wrapper, sys.executable, "-c", script, str(corpus)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        # Not the repository: ``python -c`` puts the working folder first on sys.path, and
        # the baseline's briefgen must win over this checkout's.
        cwd=corpus.parent,
    )
    data = json.loads(proc.stdout)
    if data["rc"] != 0:
        return {"wall": data["wall"], "rss": data["rss"], "docs": 0.0, "failed": 1.0}
    return {"wall": data["wall"], "rss": data["rss"], "docs": float(data["out"].strip() or 0)}


def _row(label: str, what: str, m: dict[str, float]) -> str:
    if m.get("failed"):
        return f"{label:<24} {what:<10} failed after {m['wall']:7.1f} s, peak {m['rss']:7.0f} MB"
    rate = m["docs"] / m["wall"] if m["wall"] else 0.0
    return (
        f"{label:<24} {what:<10} {m['wall']:7.1f} s  {m['rss']:7.0f} MB peak  "
        f"{int(m['docs']):>7} docs  {rate:9.0f} docs/s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="50,300", help="corpus sizes in MB, comma-separated")
    parser.add_argument("--tiny", type=int, default=100_000, help="tiny documents")
    parser.add_argument("--baseline", type=Path, help="another checkout to compare with")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as folder:
        corpora: list[tuple[str, Path]] = []
        for mb in (int(s) for s in args.sizes.split(",") if s.strip()):
            path = Path(folder) / f"news-{mb}mb.jsonl"
            n = write_corpus(path, mb)
            corpora.append((f"{mb} MB ({n} articles)", path))
        if args.tiny:
            path = Path(folder) / "tiny.jsonl"
            corpora.append((f"{write_tiny(path, args.tiny)} tiny docs", path))

        print(f"{'corpus':<24} {'run':<10} {'wall':>9}  {'peak RSS':>12}")
        for label, path in corpora:
            print(_row(label, "briefgen", measure(PRE_PARSER, path, ROOT)), flush=True)
            if args.baseline is not None:
                base = measure(PRE_PARSER, path, args.baseline.resolve())
                print(_row(label, "baseline", base), flush=True)
            print(_row(label, "peer", measure(PEER, path, ROOT)), flush=True)
    print("targets: <= 1536 MB peak for 300 MB; >= 200 docs/s for tiny documents")


if __name__ == "__main__":
    main()
