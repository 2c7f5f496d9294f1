"""The news articles the scale benchmarks read, as the JSONL lines ``briefgen build`` takes.

Timeline17's dev corpora (``../shared/eval/tls-score/corpora``) come first, shuffled with
a fixed seed. They hold 540 articles; a larger N goes on with the other news articles of
the evaluation folder, also dated and also shuffled: PolNeAR's (its file names carry the
publication date) and TempEval-3's TimeBank/AQUAINT (their ``dct``). All are read at run
time and only written to temporary files that the benchmarks delete; near-copies among
them are left to the build, which counts a copy once, as it would in a user's corpus.
Each row names its publisher where the source says it (Timeline17's file names, PolNeAR's
file names), as a collected article store's rows do: the structure stage counts a site's
furniture among its own pages.
"""

from __future__ import annotations

import json
import os
import random
import re
from pathlib import Path

SEED = 15


def eval_dir() -> Path:
    env = os.environ.get("BRIEFGEN_EVAL_DIR")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "shared" / "eval"


def _timeline17(base: Path) -> list[dict[str, str]]:
    rows = []
    for path in sorted((base / "tls-score" / "corpora").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                row["id"] = f"{path.stem}/{row['id']}"
                row["publisher"] = path.stem.rpartition("_")[2]  # MJ_bbc: bbc
                rows.append(row)
    return rows


_POLNEAR_DATE = re.compile(r"_(\d{4}-\d\d-\d\d)_")


def _polnear(base: Path) -> list[dict[str, str]]:
    rows = []
    for path in sorted((base / "quotes" / "polnear").glob("*/text/*.txt")):
        found = _POLNEAR_DATE.search(path.name)
        if found:
            text = path.read_text(encoding="utf-8")
            rows.append(
                {
                    "id": f"polnear/{path.stem}",
                    "time": found.group(1),
                    "text": text,
                    "publisher": path.name[: found.start()],  # breitbart_2016-07-05_...
                }
            )
    return rows


def _tbaq(base: Path) -> list[dict[str, str]]:
    path = base / "timex" / "inputs" / "tbaq.jsonl"
    if not path.exists():
        return []
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            rows.append({"id": f"tbaq/{row['doc']}", "time": row["dct"], "text": row["text"]})
    return rows


def articles() -> list[str]:
    """Every article as a JSONL line: Timeline17's first, then the rest; each part
    shuffled with a fixed seed."""
    base = eval_dir()
    rows = []
    for part in (_timeline17(base), _polnear(base) + _tbaq(base)):
        random.Random(SEED).shuffle(part)
        rows.extend(part)
    return [json.dumps(row, ensure_ascii=False) for row in rows]
