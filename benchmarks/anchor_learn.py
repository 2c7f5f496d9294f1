"""Can a learned anchor chooser beat the hand rules on unseen TimeML? (issue 11, item 2)

The gold of ``anchoring_eval.py`` (TempEval-3 TBAQ: each EVENT linked IS_INCLUDED/DURING
to a DATE or TIME expression of its text), framed as ranking: for each gold event, the
candidate dates of ``anchor_features.candidates`` (the calendar expressions of its
sentence, the few before and the one after, and the document date), one of which the
model picks. The rules' own choice is a feature, so the model can keep or override it.

Honest protocol: every model is trained on some documents and scored on others, and the
rules are scored on the same test documents: even half -> odd half and the reverse
(places in the sorted list of every document, as ``anchoring_eval.py`` splits), TimeBank
-> AQUAINT and the reverse (two sources). Events no rule-mention covers count wrong for
every system (as in ``anchoring_eval.py``). Two hybrids keep the rules' date unless their
anchor is weak (inherited, focus, news, publication, coreferent: "weak"), or also unless
the model prefers another candidate by more than a margin chosen by inner folds of the
training documents ("margin"). The table and what it means: ``docs/timeline.md``, "Issue
11, item 2: a learned anchor chooser, measured".

Extraction is slow (a few minutes for the 256 documents), so the first run writes the
candidate rows (values and features only, no text) to ``--rows`` and later runs read
them back; ``--refresh`` extracts again. Usage::

    python benchmarks/anchor_learn.py [--rows FILE] [--refresh] [--limit N]

Needs scikit-learn (a bench extra, not a run-time dependency).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

# The benchmarks folder is not a package: its siblings are imported from the path above.
from anchor_features import candidates, same_days  # noqa: E402
from anchoring_eval import _covering, eval_dir, extracted, read_timeml  # noqa: E402

from briefgen.extract.nlp import load_nlp  # noqa: E402

WEAK = {"inherited", "focus", "news", "publication", "coreferent"}
DEFAULT_ROWS = Path(tempfile.gettempdir()) / "briefgen-anchor-rows.json"


def collect(limit: int = 0) -> list[dict[str, Any]]:
    """One record per gold event: its document, folder, half, gold value, the rules'
    value and kind, and its candidates (value, features, whether it has the gold days)."""
    paths = sorted((eval_dir() / "tbaq").glob("*/*.tml"))
    if limit:
        paths = paths[:limit]
    docs = [d for d in (read_timeml(p) for p in paths) if d is not None]
    nlp = load_nlp()
    out: list[dict[str, Any]] = []
    for place, d in enumerate(docs):
        text, extraction, sdoc = extracted(d, nlp)
        for g in d.gold:
            m = _covering(g, extraction.events, sdoc)
            span = sdoc.char_span(g.start, g.end, alignment_mode="expand")
            rows = []
            if m is not None and span is not None and len(span) > 0:
                for c in candidates(span.root, m, extraction.timexes, text, sdoc, d.dct):
                    rows.append([c.value, c.features, same_days(c.value, g.value)])
            out.append(
                {
                    "doc": f"{d.folder}/{d.id}",
                    "folder": d.folder,
                    "half": "even" if place % 2 == 0 else "odd",
                    "gold": g.value,
                    "rule": None if m is None else m.date,
                    "kind": "uncovered" if m is None else m.anchor,
                    "candidates": rows,
                }
            )
    return out


def _matrix(events: Sequence[dict[str, Any]], names: list[str]) -> tuple[Any, Any]:
    import numpy as np

    x = [[f.get(n, 0.0) for n in names] for e in events for _v, f, _y in e["candidates"]]
    y = [float(ok) for e in events for _v, _f, ok in e["candidates"]]
    return np.array(x, dtype=float), np.array(y)


def _scores(model: Any, events: Sequence[dict[str, Any]], names: list[str]) -> list[list[float]]:
    """Per event, the model's probability for each candidate."""
    x, _y = _matrix(events, names)
    p = model.predict_proba(x)[:, 1] if len(x) else []
    out: list[list[float]] = []
    n = 0
    for e in events:
        k = len(e["candidates"])
        out.append([float(v) for v in p[n : n + k]])
        n += k
    return out


def _pick(e: dict[str, Any], probs: list[float], margin: float | None) -> str | None:
    """The model's date for ``e``; with a ``margin``, the hybrid's: the rules' date unless
    their anchor is weak or the model prefers another candidate by more than the margin."""
    if not probs:
        return e["rule"]
    best = max(range(len(probs)), key=lambda n: probs[n])
    chosen = e["candidates"][best][0]
    if margin is None:
        return str(chosen)
    if e["kind"] in WEAK:
        return str(chosen)
    rule_p = max(
        (
            p
            for (v, _f, _y), p in zip(e["candidates"], probs, strict=True)
            if same_days(v, e["rule"])
        ),
        default=0.0,
    )
    return str(chosen) if probs[best] - rule_p > margin else e["rule"]


def accuracy(events: Sequence[dict[str, Any]], picks: Sequence[str | None]) -> float:
    right = sum(
        e["kind"] != "uncovered" and same_days(p, e["gold"])
        for e, p in zip(events, picks, strict=True)
    )
    return right / len(events) if events else 0.0


def learners() -> dict[str, Callable[[], Any]]:
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    return {
        "logistic": lambda: make_pipeline(
            StandardScaler(), LogisticRegression(C=0.3, max_iter=2000)
        ),
        "boosted trees": lambda: HistGradientBoostingClassifier(
            max_iter=200, learning_rate=0.05, max_leaf_nodes=15, l2_regularization=1.0
        ),
    }


def _fit(train: Sequence[dict[str, Any]], make: Callable[[], Any]) -> tuple[Any, list[str]]:
    names = sorted({k for e in train for _v, f, _y in e["candidates"] for k in f})
    x, y = _matrix(train, names)
    return make().fit(x, y), names


MARGINS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.7)
NEVER = 2.0  # a margin no probability difference passes: only weak anchors are overridden


def inner_margin(train: Sequence[dict[str, Any]], make: Callable[[], Any]) -> float:
    """The hybrid's margin, chosen without the test documents: the training documents in
    two folds (alternate documents), each scored by a model trained on the other."""
    docs = sorted({e["doc"] for e in train})
    fold = {d: n % 2 for n, d in enumerate(docs)}
    scored: list[tuple[dict[str, Any], list[float]]] = []
    for k in (0, 1):
        inner_train = [e for e in train if fold[e["doc"]] != k]
        inner_test = [e for e in train if fold[e["doc"]] == k]
        model, names = _fit(inner_train, make)
        scored.extend(zip(inner_test, _scores(model, inner_test, names), strict=True))
    events = [e for e, _p in scored]
    return max(
        (*MARGINS, NEVER),
        key=lambda mg: accuracy(events, [_pick(e, p, mg) for e, p in scored]),
    )


def run_split(
    train: Sequence[dict[str, Any]], test: Sequence[dict[str, Any]], make: Callable[[], Any]
) -> tuple[float, float, float, float]:
    """On ``test``, trained on ``train``: the model's accuracy, the hybrid's that overrides
    weak anchors only, and the hybrid's with the margin ``inner_margin`` chooses (and it)."""
    model, names = _fit(train, make)
    probs = _scores(model, test, names)
    model_acc = accuracy(test, [_pick(e, p, None) for e, p in zip(test, probs, strict=True)])
    weak = accuracy(test, [_pick(e, p, NEVER) for e, p in zip(test, probs, strict=True)])
    margin = inner_margin(train, make)
    hybrid = accuracy(test, [_pick(e, p, margin) for e, p in zip(test, probs, strict=True)])
    return model_acc, weak, hybrid, margin


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=Path, default=DEFAULT_ROWS, help="candidate rows cache")
    parser.add_argument("--refresh", action="store_true", help="extract again")
    parser.add_argument("--limit", type=int, default=0, help="only the first N documents")
    args = parser.parse_args(argv)
    if args.refresh or not args.rows.exists():
        started = time.perf_counter()
        events = collect(args.limit)
        args.rows.write_text(json.dumps(events))
        print(f"extracted {len(events)} gold events ({time.perf_counter() - started:.0f} s)")
    else:
        events = json.loads(args.rows.read_text())
    reachable = sum(any(y for _v, _f, y in e["candidates"]) for e in events)
    print(
        f"{len(events)} gold events; gold days among the candidates: {reachable / len(events):.3f}"
    )
    splits = {
        "even -> odd": (lambda e: e["half"] == "even", lambda e: e["half"] == "odd"),
        "odd -> even": (lambda e: e["half"] == "odd", lambda e: e["half"] == "even"),
        "TimeBank -> AQUAINT": (
            lambda e: e["folder"] == "TimeBank",
            lambda e: e["folder"] == "AQUAINT",
        ),
        "AQUAINT -> TimeBank": (
            lambda e: e["folder"] == "AQUAINT",
            lambda e: e["folder"] == "TimeBank",
        ),
    }
    print(
        f"{'train -> test':<22}{'events':>7}{'oracle':>7}{'rules':>7}"
        + "".join(f"{name[:12]:>14}{'weak':>7}{'hybrid':>7}{'margin':>7}" for name in learners())
    )
    for split, (is_train, is_test) in splits.items():
        train = [e for e in events if is_train(e)]
        test = [e for e in events if is_test(e)]
        if not train or not test:
            continue
        rules = accuracy(test, [e["rule"] for e in test])
        oracle = sum(any(y for _v, _f, y in e["candidates"]) for e in test) / len(test)
        line = f"{split:<22}{len(test):>7}{oracle:>7.3f}{rules:>7.3f}"
        for make in learners().values():
            model_acc, weak, hybrid, margin = run_split(train, test, make)
            line += f"{model_acc:>14.3f}{weak:>7.3f}{hybrid:>7.3f}{margin:>7.1f}"
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
