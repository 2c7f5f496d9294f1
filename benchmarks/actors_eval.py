"""Actor resolution benchmark on the seeds gold (``seeds-gold/actors.json``).

Items are (document, surface form) pairs that both the gold and briefgen have: a gold
surface form listed for a document that briefgen also extracted there as a mention. B³
precision/recall/F1 compare briefgen's actor clusters with the gold actors over those
items; coverage says how many gold items were found at all. Must-merge pairs count as
merged when one briefgen actor holds items of both; hard do-not-merge pairs as violated.

    .venv/bin/python benchmarks/actors_eval.py [--show] [--no-polnear] [--no-mj]

The gold is read from ``../shared/eval`` beside the repository or ``$BRIEFGEN_EVAL_DIR``.

When ``benchmarks/gold/actors_polnear_dev.jsonl`` is present (the "who is who" gold for the
PolNeAR dev articles: one actor a line, its mentions as file name and offsets), the actors of
those articles are scored against it too: every gold mention is aligned with the system
mention overlapping it most when it covers at least half of it (``--loose-align``: any
overlap); over the aligned mentions B³ and CEAF-e (entity-based, φ4, with a
greedy alignment of clusters, best pairs first) are printed, with the number of gold actors
split over several records and of records mixing several gold actors, the same for the 10
most mentioned gold actors, a string-match baseline (one record per normalised surface form)
in the same run, and the resolution time as a share of the extraction time.

When ``benchmarks/gold/actors_mj_bbc.jsonl`` is present (the who-is-who gold for the 138 BBC
pages of Timeline17's MJ_bbc, page furniture included: mentions as row id and offsets into the
row's ``text``), the corpus is read as a build reads it (``ingest``, then ``sieve`` with the
query ``michael,jackson``: language, copies, page structure, topic) and each kept page's
mentions are extracted from the same view of its blocks a build parses; the same measures
are printed for it. Pages the sieve drops have no mentions, so their gold mentions count as
unaligned, as a build would leave them.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Any

from briefgen.aggregate.actors import resolve_actors
from briefgen.aggregate.names import words
from briefgen.extract.actors import extract_mentions
from briefgen.extract.nlp import load_nlp
from briefgen.extract.textview import nlp_view
from briefgen.models import Actor, Document, Extraction
from briefgen.structure.model import extraction_view

ROOT = Path(__file__).resolve().parents[1]
POLNEAR_GOLD = ROOT / "benchmarks" / "gold" / "actors_polnear_dev.jsonl"
MJ_GOLD = ROOT / "benchmarks" / "gold" / "actors_mj_bbc.jsonl"
# The MJ_bbc dev brief's query (README: dev-corpus briefs), which the sieve's topic filter uses.
MJ_QUERY = ("michael", "jackson")
EVAL_DIR = Path(
    os.environ.get("BRIEFGEN_EVAL_DIR") or Path(__file__).resolve().parents[2] / "shared" / "eval"
)
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})


def norm(s: str) -> str:
    """The scorer's name normalisation: no markdown, folded quotes, no determiner/possessive."""
    s = _MD_LINK.sub(r"\1", s).replace("*", "").translate(_FOLD).casefold()
    s = re.sub(r"\s+", " ", s).strip(" \t\n\"'.,;:()[]")
    s = re.sub(r"^the ", "", s)
    return re.sub(r"'s?$", "", s).strip()


def b_cubed(items: dict[tuple[str, str], tuple[str, str]]) -> tuple[float, float, float]:
    """B³ precision, recall, F1 over items mapped to (gold cluster, system cluster)."""
    by_gold: dict[str, set[tuple[str, str]]] = defaultdict(set)
    by_sys: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for item, (g, s) in items.items():
        by_gold[g].add(item)
        by_sys[s].add(item)
    p = r = 0.0
    for _item, (g, s) in items.items():
        both = len(by_gold[g] & by_sys[s])
        p += both / len(by_sys[s])
        r += both / len(by_gold[g])
    n = len(items) or 1
    p, r = p / n, r / n
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


Item = tuple[str, int, int]


def ceaf_e(items: dict[Item, tuple[str, str]]) -> tuple[float, float, float]:
    """CEAF-e P/R/F1 (φ4 similarity); clusters aligned greedily, most similar pairs first."""
    by_gold: dict[str, set[Item]] = defaultdict(set)
    by_sys: dict[str, set[Item]] = defaultdict(set)
    for item, (g, s) in items.items():
        by_gold[g].add(item)
        by_sys[s].add(item)
    pairs = {(g, s) for g, s in items.values()}
    scored = sorted(
        (
            (2 * len(by_gold[g] & by_sys[s]) / (len(by_gold[g]) + len(by_sys[s])), g, s)
            for g, s in pairs
        ),
        reverse=True,
    )
    used_g: set[str] = set()
    used_s: set[str] = set()
    total = 0.0
    for phi, g, s in scored:
        if g in used_g or s in used_s:
            continue
        used_g.add(g)
        used_s.add(s)
        total += phi
    p = total / len(by_sys) if by_sys else 0.0
    r = total / len(by_gold) if by_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _split_and_mixed(
    items: dict[Item, tuple[str, str]], principal: set[str]
) -> tuple[int, int, int, int]:
    """(gold actors split, records mixing gold actors, and the same for principal actors)."""
    sys_of: dict[str, set[str]] = defaultdict(set)
    gold_of: dict[str, set[str]] = defaultdict(set)
    for g, s in items.values():
        sys_of[g].add(s)
        gold_of[s].add(g)
    split = [g for g, ss in sys_of.items() if len(ss) > 1]
    mixed = [s for s, gs in gold_of.items() if len(gs) > 1]
    return (
        len(split),
        len(mixed),
        sum(1 for g in split if g in principal),
        sum(1 for s in mixed if gold_of[s] & principal),
    )


def polnear_extractions(
    nlp: Any, gold_path: Path = POLNEAR_GOLD
) -> tuple[list[dict[str, Any]], list[Extraction], float]:
    """The PolNeAR dev gold, the articles' mentions and the seconds their extraction took."""
    lines_in = gold_path.read_text(encoding="utf-8").splitlines()
    gold = [json.loads(line) for line in lines_in if line.strip()]
    gold = [g for g in gold if g.get("mentions")]
    text_dir = EVAL_DIR / "quotes" / "polnear" / "dev" / "text"
    names = sorted(
        {m[0] for g in gold for m in g["mentions"]} | {p.name for p in text_dir.glob("*.txt")}
    )
    extract_s = 0.0
    extractions = []
    for name in names:
        path = text_dir / name
        if not path.is_file():
            continue
        with path.open(encoding="utf-8", newline="") as f:
            text = f.read()
        t0 = time.perf_counter()
        doc = Document(id=name, source=name, format="txt", text=text, title="")
        mentions = extract_mentions(doc, nlp(nlp_view(text)))
        extract_s += time.perf_counter() - t0
        extractions.append(Extraction(document=doc, mentions=tuple(mentions)))
    return gold, extractions, extract_s


def mj_extractions(
    nlp: Any, gold_path: Path = MJ_GOLD
) -> tuple[list[dict[str, Any]], list[Extraction], float]:
    """The MJ_bbc gold, the mentions of the pages a build keeps, and the extraction seconds.

    As ``pipeline.build_brief`` does: ingest the JSONL, sieve it with the dev brief's query,
    date each kept page and parse the extraction view of its blocks (``run.extract_document``
    without its events and positions, which actor resolution does not read).
    """
    from briefgen.extract.actors import extract_mentions as mentions_of
    from briefgen.extract.parse import MAX_ANALYSED_CHARS, parse
    from briefgen.extract.run import corpus_year, date_document
    from briefgen.ingest import ingest
    from briefgen.structure.sieve import sieve

    lines_in = gold_path.read_text(encoding="utf-8").splitlines()
    gold = [json.loads(line) for line in lines_in if line.strip()]
    corpus = EVAL_DIR / "tls-score" / "corpora" / "MJ_bbc.jsonl"
    documents = list(ingest([corpus]).documents)
    kept = sieve(documents, MJ_QUERY).documents
    year = corpus_year(kept)
    extract_s = 0.0
    extractions = []
    for doc in kept:
        t0 = time.perf_counter()
        analysed = doc
        if len(doc.text) > MAX_ANALYSED_CHARS:
            analysed = replace(doc, text=doc.text[:MAX_ANALYSED_CHARS])
        dated, _ = date_document(analysed, year)
        sdoc = parse(nlp, extraction_view(dated.text, dated.blocks))
        mentions = mentions_of(dated, sdoc)
        extract_s += time.perf_counter() - t0
        extractions.append(Extraction(document=dated, mentions=tuple(mentions)))
    return gold, extractions, extract_s


def polnear_report(
    gold: list[dict[str, Any]],
    extractions: list[Extraction],
    extract_s: float,
    show: bool = False,
    loose: bool = False,
) -> list[str]:
    """Score actor resolution on the PolNeAR dev "who is who" gold; lines to print."""
    return gold_report("PolNeAR dev", gold, extractions, extract_s, show, loose)


def gold_report(
    label: str,
    gold: list[dict[str, Any]],
    extractions: list[Extraction],
    extract_s: float,
    show: bool = False,
    loose: bool = False,
) -> list[str]:
    """Score actor resolution on a "who is who" gold (``label`` names it); lines to print.

    With ``show``, each principal gold actor split over several records, and each record
    mixing a principal with another gold actor, is listed with its names and the rule that
    brought each name in. A gold mention is matched with the system mention overlapping it
    most (the shorter on a tie), and only when it covers at least half of that mention: a
    party's adjective inside a description of a candidate ("the Democratic candidate") or a
    name inside a headline read as one name is not matched, so the description's record does
    not count as the party's. ``loose`` matches any overlap (the figures before 2026-12-02).
    """
    t0 = time.perf_counter()
    actors, _ = resolve_actors(extractions)
    resolve_s = time.perf_counter() - t0
    ours: dict[str, list[tuple[int, int, str, str]]] = defaultdict(list)
    for a in actors:
        for m in a.mentions:
            ours[m.doc].append((m.start, m.end, a.id, " ".join(words(m.text))))
    items: dict[Item, tuple[str, str]] = {}
    baseline: dict[Item, tuple[str, str]] = {}
    read = {x.document.id: x.document for x in extractions}
    views: dict[str, str] = {}
    unaligned: Counter[str] = Counter()
    total = 0
    for g in gold:
        for doc, start, end in g["mentions"]:
            total += 1
            best = max(
                ours.get(doc, []),
                key=lambda o, a=start, b=end: (min(b, o[1]) - max(a, o[0]), o[0] - o[1]),
                default=None,
            )
            if best is None or min(end, best[1]) - max(start, best[0]) <= 0:
                unaligned[_why_unread(doc, start, end, read, views)] += 1
                continue
            if not loose and 2 * (min(end, best[1]) - max(start, best[0])) < best[1] - best[0]:
                # a name inside a longer span ("the Democratic candidate") is unmatched
                unaligned["inside a longer mention"] += 1
                continue
            items[(doc, start, end)] = (g["id"], best[2])
            baseline[(doc, start, end)] = (g["id"], "form:" + best[3])
    principal = {g["id"] for g in sorted(gold, key=lambda g: -len(g["mentions"]))[:10]}
    lines = [
        f"{label} who-is-who gold: {len(gold)} actors, {total} mentions, "
        f"{len(items)} aligned with a briefgen mention ({100 * len(items) / max(total, 1):.1f}%)",
        f"{'system':22} {'B3 P':>6} {'R':>6} {'F1':>6}  {'CEAF-e P':>8} {'R':>6} {'F1':>6}  "
        f"{'split':>5} {'mixed':>5}  principal split/mixed",
    ]
    if unaligned:
        lines.insert(1, "unaligned: " + ", ".join(f"{n} {why}" for why, n in unaligned.items()))
    for label, scored in (("briefgen", items), ("string-match baseline", baseline)):
        bp, br, bf = b_cubed(scored)
        cp, cr, cf = ceaf_e(scored)
        split, mixed, psplit, pmixed = _split_and_mixed(scored, principal)
        lines.append(
            f"{label:22} {bp:6.3f} {br:6.3f} {bf:6.3f}  {cp:8.3f} {cr:6.3f} {cf:6.3f}  "
            f"{split:5d} {mixed:5d}  {psplit}/{pmixed}"
        )
    lines.append(
        f"resolution {resolve_s:.2f}s = {100 * resolve_s / extract_s:.1f}% of extraction "
        f"({extract_s:.1f}s parse + mentions, {len(extractions)} documents)"
    )
    if show:
        texts = {doc: d.text for doc, d in read.items()}
        lines += _principal_details(items, principal, {a.id: a for a in actors}, texts)
    return lines


def _why_unread(
    doc: str, start: int, end: int, read: dict[str, Document], views: dict[str, str]
) -> str:
    """Why no briefgen mention overlaps a gold mention: its document was not extracted (the
    sieve dropped it), the name lies in text the extraction does not read (page furniture),
    or the name was read but not taken for a mention."""
    document = read.get(doc)
    if document is None:
        return "in documents not extracted"
    if doc not in views:
        views[doc] = extraction_view(document.text, document.blocks)
    if not views[doc][start:end].strip():
        return "in page furniture the extraction does not read"
    return "not extracted as a mention"


def _context(texts: dict[str, str], item: Item) -> str:
    """A gold mention in its line of text, marked with brackets."""
    doc, start, end = item
    text = texts.get(doc, "")
    before = text[max(0, start - 60) : start].replace("\n", " ")
    after = text[end : end + 40].replace("\n", " ")
    return f"{doc} {start}: …{before}[{text[start:end]}]{after}…"


def _principal_details(
    items: dict[Item, tuple[str, str]],
    principal: set[str],
    actors: dict[str, Actor],
    texts: dict[str, str] | None = None,
) -> list[str]:
    """Each split principal's records and each mixed record holding a principal: the gold
    actors' aligned mentions in it, its names and why each name was merged. Given the
    ``texts``, each mention outside a principal's main record, and each mention of another
    gold actor in a mixed record, is shown in its context (at most three a record)."""
    cells: dict[tuple[str, str], list[Item]] = defaultdict(list)
    for item, (g, s) in items.items():
        cells[(g, s)].append(item)
    sys_of: dict[str, set[str]] = defaultdict(set)
    gold_of: dict[str, set[str]] = defaultdict(set)
    for g, s in cells:
        sys_of[g].add(s)
        gold_of[s].add(g)
    out: list[str] = []
    for g in sorted(principal):
        if len(sys_of[g]) < 2:
            continue
        out.append(f"  principal split {g}:")
        for n, s in enumerate(sorted(sys_of[g], key=lambda s: -len(cells[(g, s)]))):
            a = actors[s]
            where = sorted({doc for doc, _, _ in cells[(g, s)]})
            out.append(
                f"    {len(cells[(g, s)]):4d} in {a.name!r} ({a.type}, {len(a.mentions)} "
                f"mentions) e.g. {where[0]}"
            )
            if texts is not None and n:
                out += [f"         {_context(texts, it)}" for it in sorted(cells[(g, s)])[:3]]
    for s, gs in sorted(gold_of.items()):
        if len(gs) < 2 or not gs & principal:
            continue
        a = actors[s]
        share = ", ".join(f"{g} {len(cells[(g, s)])}" for g in sorted(gs))
        out.append(f"  principal mixed {a.name!r} ({a.type}): {share}")
        for ev in a.alias_evidence:
            out.append(f"    alias {ev.alias!r}: {ev.reason} ({ev.doc})")
        main = max(gs, key=lambda g: len(cells[(g, s)]))
        for g in sorted(gs - {main}) if texts is not None else ():
            out += [f"    {g}: {_context(texts or {}, it)}" for it in sorted(cells[(g, s)])[:3]]
    return out


def seeds_extractions(nlp: Any) -> tuple[list[Extraction], float]:
    """The seeds' mentions and the seconds their parse and extraction took."""
    seeds = EVAL_DIR.parent / "seeds"
    if not seeds.is_dir():
        seeds = ROOT / "seeds"
    t0 = time.perf_counter()
    extractions = []
    for f in sorted(seeds.glob("*.txt")):
        text = f.read_text(encoding="utf-8")
        doc = Document(id=f.name[:3], source=f.name, format="txt", text=text, title="")
        extractions.append(
            Extraction(document=doc, mentions=tuple(extract_mentions(doc, nlp(text))))
        )
    return extractions, time.perf_counter() - t0


def seeds_report(extractions: list[Extraction], seconds: float, show: bool = False) -> list[str]:
    """Score actor resolution on the seeds gold; lines to print."""
    gold = json.loads((EVAL_DIR / "seeds-gold" / "actors.json").read_text(encoding="utf-8"))
    t0 = time.perf_counter()
    actors, _ = resolve_actors(extractions)
    seconds += time.perf_counter() - t0
    sys_forms: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for a in actors:
        for m in a.mentions:
            sys_forms[(m.doc, norm(m.text))][a.id] += 1
    gold_forms: dict[tuple[str, str], set[str]] = defaultdict(set)
    for actor in gold["actors"]:
        for form in actor["surface_forms"]:
            for doc in form["docs"]:
                gold_forms[(doc, norm(form["form"]))].add(actor["canonical_name"])
    items: dict[tuple[str, str], tuple[str, str]] = {}
    for key, names in gold_forms.items():
        if len(names) != 1 or key not in sys_forms:
            continue
        items[key] = (next(iter(names)), sys_forms[key].most_common(1)[0][0])
    p, r, f1 = b_cubed(items)

    def clusters_of(name: str) -> set[str]:
        return {s for (g, s) in items.values() if g == name}

    def clusters_of_form(forms: str) -> set[str]:
        # a must-merge side may list several forms: "A / B / C"
        out: set[str] = set()
        for form in forms.split(" / "):
            found = {s for (_, f), (_, s) in items.items() if f == norm(form)}
            if not found:  # "Dushanbe (metonymic uses)": the form before the gold's note
                bare = norm(re.sub(r"\s*\([^)]*\)\s*$", "", form))
                found = {s for (_, f), (_, s) in items.items() if f == bare}
            out |= found
        return out or clusters_of(forms)

    must = gold.get("must_merge", [])
    merged = sum(1 for m in must if clusters_of_form(m["a"]) & clusters_of_form(m["b"]))
    judged = sum(1 for m in must if clusters_of_form(m["a"]) and clusters_of_form(m["b"]))
    hard = [d for d in gold.get("do_not_merge", []) if d.get("severity") == "hard"]
    violated = [d for d in hard if clusters_of(d["a"]) & clusters_of(d["b"])]
    lines = [
        f"seeds actors: {len(actors)} briefgen actors, {len(gold['actors'])} gold actors",
        f"items scored (doc, form): {len(items)} of {len(gold_forms)} gold "
        f"({100 * len(items) / len(gold_forms):.1f}% coverage)",
        f"B³  P {p:.3f}  R {r:.3f}  F1 {f1:.3f}",
        f"must-merge pairs merged: {merged}/{len(must)} ({judged} with both sides found)",
        f"hard do-not-merge pairs violated: {len(violated)}/{len(hard)}",
    ]
    lines += [f"  violated: {d['a']} / {d['b']}" for d in violated]
    if show:
        for m in must:
            if not clusters_of_form(m["a"]) & clusters_of_form(m["b"]):
                found = [bool(clusters_of_form(m[k])) for k in ("a", "b")]
                lines.append(f"  not merged: {m['a']} / {m['b']} (side found: {found})")
    lines.append(f"seconds (mentions + resolution, parse included): {seconds:.2f}")
    if show:
        by_sys: dict[str, set[str]] = defaultdict(set)
        by_gold: dict[str, set[str]] = defaultdict(set)
        for g, s in items.values():
            by_sys[s].add(g)
            by_gold[g].add(s)
        names = {a.id: a.name for a in actors}
        for s, gs in sorted(by_sys.items()):
            if len(gs) > 1:
                lines.append(f"  merged {names[s]!r}: {sorted(gs)}")
        for g, ss in sorted(by_gold.items()):
            if len(ss) > 1:
                lines.append(f"  split {g!r}: {sorted(names[s] for s in ss)}")
    return lines


def main(argv: list[str] | None = None) -> int:
    """Extract and resolve the seeds' actors and print the scores."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show", action="store_true", help="print wrong merges and splits")
    ap.add_argument("--no-polnear", action="store_true", help="skip the PolNeAR dev gold")
    ap.add_argument("--polnear-gold", type=Path, default=POLNEAR_GOLD, help="that gold's path")
    ap.add_argument("--no-mj", action="store_true", help="skip the MJ_bbc gold")
    ap.add_argument("--mj-gold", type=Path, default=MJ_GOLD, help="that gold's path")
    ap.add_argument("--only-mj", action="store_true", help="score the MJ_bbc gold alone")
    ap.add_argument(
        "--loose-align", action="store_true", help="match a gold mention with any overlap"
    )
    args = ap.parse_args(argv)
    nlp = load_nlp()
    if not args.only_mj:
        extractions, seconds = seeds_extractions(nlp)
        print("\n".join(seeds_report(extractions, seconds, args.show)))
    if not (args.no_polnear or args.only_mj) and args.polnear_gold.is_file():
        pgold, pextractions, extract_s = polnear_extractions(nlp, args.polnear_gold)
        print(
            "\n".join(polnear_report(pgold, pextractions, extract_s, args.show, args.loose_align))
        )
    if not args.no_mj and args.mj_gold.is_file():
        mgold, mextractions, extract_s = mj_extractions(nlp, args.mj_gold)
        print(
            "\n".join(
                gold_report("MJ_bbc", mgold, mextractions, extract_s, args.show, args.loose_align)
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
