"""Who-said-what benchmark: briefgen's positions against textacy's direct_quotations.

Scores both systems with the shared scorer (``../shared/eval/quotes-score/score.py``) on
PolNeAR (``--split dev`` by default) and on the seeds gold, and prints one table: content
P/R/F1, end-to-end F1, speaker accuracy (any-overlap criterion), seconds, and the time our
extraction adds on top of the spaCy parse.

    .venv/bin/python benchmarks/positions_eval.py [--split dev] [--limit N] [--no-seeds]

The evaluation data is read from ``../shared/eval`` beside the repository, or from
``$BRIEFGEN_EVAL_DIR``; nothing from it is copied into the repository.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from speaker_errors import breakdown

from briefgen.aggregate.actors import attribute_positions, resolve_actors
from briefgen.aggregate.unsure_speakers import without_unsure_speakers
from briefgen.extract.actors import extract_mentions
from briefgen.extract.nlp import load_nlp
from briefgen.extract.positions import extract_positions
from briefgen.extract.textview import nlp_view
from briefgen.models import Document, Extraction

ROOT = Path(__file__).resolve().parents[1]
EVAL_DIR = Path(
    os.environ.get("BRIEFGEN_EVAL_DIR") or Path(__file__).resolve().parents[2] / "shared" / "eval"
)
SCORER = EVAL_DIR / "quotes-score" / "score.py"
# Parse the same-length markup-free view of each text, as the pipeline does (--raw: the text).
VIEW = True
SHOW = False  # --show: list polarity misses
# --structure: read only body and transcript blocks, as a build does (structure stage).
STRUCTURE = False


def _seed_dir() -> Path:
    for p in (EVAL_DIR.parent / "seeds", ROOT / "seeds"):
        if p.is_dir():
            return p
    raise SystemExit("no seeds folder found")


def _textacy_positions(sdoc: Any, name: str, original: str) -> list[dict[str, Any]]:
    """textacy's direct quotations; a document it rejects is retried paragraph by paragraph.

    ``sdoc`` may be a parse of the same-length view; spans are sliced from ``original``.
    """
    from textacy.extract.triples import direct_quotations

    text = original

    def run(doc: Any, offset: int) -> list[dict[str, Any]]:
        out = []
        for triple in direct_quotations(doc):
            content, sp = triple.content, triple.speaker
            mention = None
            if sp:
                a, b = offset + sp[0].idx, offset + sp[-1].idx + len(sp[-1].text)
                mention = {"start": a, "end": b, "text": text[a:b]}
            start, end = offset + content.start_char, offset + content.end_char
            out.append(
                {
                    "doc": name,
                    "speaker": " ".join(t.text for t in sp) or None,
                    "speaker_mention": mention,
                    "text": text[start:end],
                    "start": start,
                    "end": end,
                    "kind": "direct",
                    "cue": " ".join(t.text for t in triple.cue) or None,
                }
            )
        return out

    try:
        return run(sdoc, 0)
    except Exception:  # textacy raises on unbalanced quote marks
        out: list[dict[str, Any]] = []
        start = 0
        for para in text.split("\n"):
            span = sdoc.char_span(start, start + len(para), alignment_mode="contract")
            if span is not None and len(span):
                with contextlib.suppress(Exception):
                    out.extend(run(span.as_doc(), span.start_char))
            start += len(para) + 1
        return out


def _ours(
    docs: list[tuple[str, str]], nlp: Any
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], float, float, list[Any], list[Any]]:
    parse_s = ours_s = 0.0
    extractions = []
    parsed = []
    documents = [Document(id=n, source=n, format="txt", text=t, title="") for n, t in docs]
    if STRUCTURE:
        from briefgen.structure import build_profile, structured

        profile = build_profile(documents)
        documents = [structured(d, profile) for d in documents]
    for document in documents:
        text = document.text
        t0 = time.perf_counter()
        if STRUCTURE:
            from briefgen.structure import extraction_view

            sdoc = nlp(nlp_view(extraction_view(text, document.blocks)))
        else:
            sdoc = nlp(nlp_view(text) if VIEW else text)
        t1 = time.perf_counter()
        mentions = extract_mentions(document, sdoc)
        positions = extract_positions(document, sdoc, mentions)
        t2 = time.perf_counter()
        parse_s += t1 - t0
        ours_s += t2 - t1
        parsed.append(sdoc)
        extractions.append(
            Extraction(document=document, mentions=tuple(mentions), positions=tuple(positions))
        )
    t0 = time.perf_counter()
    actors, mention_map = resolve_actors(extractions)
    positions = attribute_positions(
        [p for ex in extractions for p in ex.positions], actors, mention_map
    )
    texts = {ex.document.id: ex.document.text for ex in extractions}
    positions = without_unsure_speakers(positions, texts)
    ours_s += time.perf_counter() - t0
    out = [
        {
            "doc": p.doc,
            "speaker": p.speaker,
            "speaker_mention": (
                {
                    "start": p.speaker_mention.start,
                    "end": p.speaker_mention.end,
                    "text": p.speaker_mention.text,
                }
                if p.speaker_mention
                else None
            ),
            "text": p.text,
            "start": p.start,
            "end": p.end,
            "kind": p.kind,
            "cue": p.cue,
        }
        for p in positions
    ]

    actor_list = [{"name": a.name, "aliases": list(a.aliases)} for a in actors]
    return out, actor_list, parse_s, ours_s, parsed, positions


# The gold side of the polarity score, read off the annotated cue by one text rule: a cue is
# negated when its words, plus the auxiliary chain right before it ("did not", "can no longer",
# "has never"), hold an odd number of negations, counting each negator word ("not", "n't",
# "never", "no", "cannot", "nor") and each verb of denial ("deny", "refuse", "decline",
# "reject", "dispute", "dismiss", "refute", "rebut", "contradict", in any inflection), and
# "against"/"without" inside the annotated cue ("decided against"). Two negations cancel
# ("did not deny").
_NEGATOR = re.compile(r"^(?:not|n't|n’t|never|no|cannot|nor)$", re.I)
_DENIAL = re.compile(
    r"^(?:den(?:y|ies|ied|ying|ial)|refus|declin|reject|disput|dismiss|refut|rebut|contradict)",
    re.I,
)
_AUX = re.compile(
    r"^(?:do|does|did|has|have|had|will|would|could|can|may|might|should|must|is|are|was|were|"
    r"be|been|being|also|ever|longer|still|yet|not|n't|n’t|never|no|cannot|ca|wo|sha)$",
    re.I,
)
# "didn't" is "did" + "n't", "can't" is "ca" + "n't", as the parser splits them
_TOKEN = re.compile(r"\w+(?=n[’']t\b)|n[’']t\b|[\w’']+")


def _gold_negated(text: str, cue: list[tuple[int, int]]) -> bool:
    words = [w for a, b in cue for w in _TOKEN.findall(text[a:b])]
    before = re.split(r"[.!?\n,;:]", text[max(0, cue[0][0] - 80) : cue[0][0]])[-1]
    for w in reversed(_TOKEN.findall(before)):
        if not _AUX.match(w):
            break
        words.append(w)
    own = [w for a, b in cue for w in _TOKEN.findall(text[a:b])]
    count = sum(1 for w in words if _NEGATOR.match(w)) + sum(1 for w in words if _DENIAL.match(w))
    count += sum(1 for w in own if w.lower() in ("against", "without"))
    return count % 2 == 1


def _cue_words(cue: str) -> set[str]:
    """A cue's content words by their first four letters ("refused" ~ "refuses")."""
    return {w[:4].casefold() for w in _TOKEN.findall(cue) if not _AUX.match(w)}


def _polarity(split: str, positions: list[Any], only: set[str]) -> str:
    """Polarity P/R on PolNeAR: gold attributions with a negated cue against ``negated``.

    Polarity belongs to a cue, so a gold attribution is compared with the system position
    that overlaps its content most among those whose cue shares a word with the gold cue
    (the same attribution, read the same way). Recall: of the negated gold attributions
    so matched, how many matches carry ``negated``; precision: of the system's negated
    positions so matched, how many match a negated gold cue. A system that never negates
    is the baseline (R = 0).
    """
    spec = importlib.util.spec_from_file_location("quotes_score", SCORER)
    assert spec is not None and spec.loader is not None
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    gold_docs, _ = scorer.load_polnear(str(EVAL_DIR / "quotes" / "polnear"), split)
    by_doc: dict[str, list[Any]] = {}
    for p in positions:
        by_doc.setdefault(p.doc, []).append(p)
    gold_neg = hit = unmatched = 0
    sys_neg_matched = sys_neg_right = 0
    misses: list[str] = []
    for g in gold_docs:
        if g["name"] not in only:
            continue
        text, ours = g["text"], by_doc.get(g["name"], [])
        gold_of: dict[str, bool] = {}  # position id -> its best gold attribution is negated
        gold_cue: dict[str, str] = {}
        best_overlap: dict[str, int] = {}
        for att in g["attributions"]:
            if att.cue is None:
                continue
            negated = _gold_negated(text, att.cue)
            words = _cue_words(span_text(text, att.cue))

            def overlap(p: Any, att: Any = att) -> int:
                return sum(max(0, min(b, p.end) - max(a, p.start)) for a, b in att.content)

            same_cue = [p for p in ours if p.cue and _cue_words(p.cue) & words and overlap(p)]
            match = max(same_cue, key=overlap, default=None)
            if match is None:
                unmatched += negated
                continue
            if overlap(match) > best_overlap.get(match.id, 0):
                best_overlap[match.id] = overlap(match)
                gold_of[match.id] = negated
                gold_cue[match.id] = span_text(text, att.cue)
            if negated:
                gold_neg += 1
                hit += match.polarity == "negated"
                if match.polarity != "negated" and SHOW:
                    misses.append(f"    missed: {span_text(text, att.cue)!r} / cue {match.cue!r}")
        for p in ours:
            if p.polarity == "negated" and p.id in gold_of:
                sys_neg_matched += 1
                sys_neg_right += gold_of[p.id]
                if not gold_of[p.id] and SHOW:
                    misses.append(
                        f"    wrong: cue {p.cue!r} (gold {gold_cue[p.id]!r}): {p.text[:60]!r}"
                    )
    r = hit / gold_neg if gold_neg else 0.0
    prec = sys_neg_right / sys_neg_matched if sys_neg_matched else 0.0
    lines = [
        f"polarity (PolNeAR {split}): negated gold cues matched by a position with that cue "
        f"{gold_neg} (+{unmatched} without one)",
        f"  briefgen  P {prec:.3f} ({sys_neg_right}/{sys_neg_matched})  "
        f"R {r:.3f} ({hit}/{gold_neg})",
        f"  baseline (no polarity: every position asserted)  P -  R 0.000 (0/{gold_neg})",
    ]
    return "\n".join(lines + misses)


def span_text(text: str, ranges: list[tuple[int, int]]) -> str:
    return " ".join(text[a:b] for a, b in ranges)


def _score(mode: list[str], system: dict[str, Any], tmp: Path, tag: str) -> dict[str, Any]:
    sys_path = tmp / f"{tag}.json"
    out_path = tmp / f"{tag}-scores.json"
    sys_path.write_text(json.dumps(system, ensure_ascii=False), encoding="utf-8")
    cmd = [sys.executable, str(SCORER), *mode, "--system", str(sys_path), "--json", str(out_path)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    metrics: dict[str, Any] = json.loads(out_path.read_text(encoding="utf-8"))["metrics"]
    return metrics


def _row(label: str, m: dict[str, Any], seconds: float, overhead: str) -> str:
    a = m["criteria"]["any"]
    if m["mode"] == "polnear":
        c, e, acc = a["content"], a["end_to_end"], a["speaker"]["acc"]
    else:
        c, e, acc = a["core"]["content"], a["core"]["end_to_end"], a["core"]["speaker_acc"]
    return (
        f"{label:28} {c['p']:6.3f} {c['r']:6.3f} {c['f1']:6.3f}   {e['f1']:6.3f}   "
        f"{(acc or 0):6.3f}  {seconds:7.2f}  {overhead:>8}"
    )


def main(argv: list[str] | None = None) -> int:
    """Run both systems and print the table."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", default="dev")
    ap.add_argument("--limit", type=int, default=0, help="first N PolNeAR documents only")
    ap.add_argument("--no-seeds", action="store_true")
    ap.add_argument("--no-peer", action="store_true")
    ap.add_argument("--keep", help="write system outputs and scores to this folder")
    ap.add_argument("--raw", action="store_true", help="parse the raw text, not nlp_view()")
    ap.add_argument("--show", action="store_true", help="list polarity misses and errors")
    ap.add_argument(
        "--structure", action="store_true", help="read only body blocks, as a build does"
    )
    args = ap.parse_args(argv)
    global VIEW, SHOW, STRUCTURE
    VIEW = not args.raw
    SHOW = args.show
    STRUCTURE = args.structure
    nlp = load_nlp()
    corpora: list[tuple[str, list[str], list[tuple[str, str]]]] = []
    text_dir = EVAL_DIR / "quotes" / "polnear" / args.split / "text"
    files = sorted(text_dir.glob("*.txt"))
    if args.limit:
        files = files[: args.limit]
    polnear = [(f.name, f.read_text(encoding="utf-8")) for f in files]
    corpora.append((f"PolNeAR {args.split}", ["polnear", "--split", args.split], polnear))
    if not args.no_seeds:
        seeds = [(f.name, f.read_text(encoding="utf-8")) for f in sorted(_seed_dir().glob("*.txt"))]
        corpora.append(("seeds (core)", ["seeds", "--docs", str(_seed_dir())], seeds))
    header = (
        f"{'system / corpus':28} {'P':>6} {'R':>6} {'F1':>6}   {'e2e F1':>6}   "
        f"{'spk acc':>6}  {'seconds':>7}  {'+% parse':>8}"
    )
    lines = [header, "-" * len(header)]
    polarity_report = ""
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(args.keep) if args.keep else Path(tmpdir)
        tmp.mkdir(parents=True, exist_ok=True)
        for label, mode, docs in corpora:
            out, actor_list, parse_s, ours_s, parsed, positions = _ours(docs, nlp)
            tag = label.split()[0].lower()
            system = {"meta": {"system": "briefgen"}, "positions": out, "actors": actor_list}
            metrics = _score(mode, system, tmp, f"briefgen-{tag}")
            if mode[0] == "polnear":
                names = {name for name, _ in docs}
                polarity_report = _polarity(args.split, positions, names)
                polarity_report += "\n" + breakdown(tmp / f"briefgen-{tag}-scores.json", positions)
            lines.append(
                _row(
                    f"briefgen  {label}",
                    metrics,
                    parse_s + ours_s,
                    f"{100 * ours_s / parse_s:.1f}%",
                )
            )
            if not args.no_peer:
                t0 = time.perf_counter()
                peer = []
                for (name, text), sdoc in zip(docs, parsed, strict=True):
                    peer.extend(_textacy_positions(sdoc, name, text))
                peer_s = time.perf_counter() - t0
                metrics = _score(mode, {"positions": peer}, tmp, f"textacy-{tag}")
                lines.append(
                    _row(
                        f"textacy   {label}",
                        metrics,
                        parse_s + peer_s,
                        f"{100 * peer_s / parse_s:.1f}%",
                    )
                )
    print("\n".join(lines))
    print("(content/e2e: any-overlap criterion; seeds rows are over core gold positions)")
    print(polarity_report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
