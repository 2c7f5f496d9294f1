"""Small wire-copy corpora for reader audits: TempEval-3's stories grouped by story or beat.

AP, Xinhua and New York Times copy of 1998-2000 in the LDC style (``typewriter'' quotes,
"CITY (AP) _" datelines, overnight and advance stories), from AQUAINT; and from TimeBank,
broadcast transcripts of 1998 (CNN, PRI: anchors' hand-offs, no headlines), Wall Street
Journal business copy of 1989 and AP/WSJ copy of the 1990 Gulf crisis. Publisher styles and
corpus sizes (4-25 stories) the other dev corpora lack. The groups are document names kept in
``gold/wire_corpora.json``; the text is read from the evaluation folder's
``timex/inputs/tbaq.jsonl`` and written, one JSONL file per group (the ``{"id", "time",
"title", "text"}`` lines ``briefgen build`` reads), to a folder outside the project::

    python benchmarks/wire_corpora.py OUT_DIR        # OUT_DIR/wemb.jsonl, welian.jsonl, ...
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

# The benchmarks folder is not a package: its siblings are imported from the path above.
from scale_corpus import eval_dir

GROUPS = Path(__file__).resolve().parent / "gold" / "wire_corpora.json"


def write_corpora(out: Path) -> dict[str, int]:
    """Write each group's JSONL file into ``out``; return the stories written per group."""
    groups: dict[str, list[str]] = json.loads(GROUPS.read_text(encoding="utf-8"))["corpora"]
    source = eval_dir() / "timex" / "inputs" / "tbaq.jsonl"
    rows = {}
    for line in source.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            rows[row["doc"]] = row
    out.mkdir(parents=True, exist_ok=True)
    written = {}
    for tag, names in groups.items():
        lines = [
            json.dumps(
                {
                    "id": name,
                    "time": rows[name]["dct"][:10],  # a day, as audited
                    "title": "",  # LDC copy carries no headline
                    "text": rows[name]["text"].strip(),
                }
            )
            for name in names
        ]
        (out / f"{tag}.jsonl").write_text("".join(f"{line}\n" for line in lines), "utf-8")
        written[tag] = len(lines)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path, help="folder for the JSONL files (outside the project)")
    args = parser.parse_args()
    for tag, count in write_corpora(args.out).items():
        print(f"{tag}: {count} stories -> {args.out / (tag + '.jsonl')}")


if __name__ == "__main__":
    main()
