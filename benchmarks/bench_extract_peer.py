"""The extract stage against the bare parse, document by document, in one process.

    python benchmarks/bench_extract_peer.py prepare DOCS.pickle [--size 1600 --skip 800]
    python benchmarks/bench_extract_peer.py ext DOCS.pickle OUT.json [--profile OUT.prof]
    python benchmarks/bench_extract_peer.py peer DOCS.pickle OUT.json
    python benchmarks/bench_extract_peer.py main DOCS.pickle OUT.json

``prepare`` reads and structures the first ``--size`` articles of ``scale_corpus`` as a
build of them does (the structure stage reads the whole corpus: a site's furniture is
counted among its pages) and keeps the documents after the first ``--skip``, with the
corpus's year, in DOCS.pickle: the documents a larger run adds. ``ext`` runs
``extract_document`` over each of them in this process, as one worker does, and pickles
what it returns, as a worker sends it; ``peer`` parses each one's text with the same
model, the least a spaCy tool does (``scale_child.py peer``). Both write each document's
CPU seconds, so the documents where the extraction costs most beyond the parse can be
read off. ``main`` times the build's process's side alone: each extraction unpickled,
given back the sent document and its values held once (``extract_documents``), from the
extractions ``ext`` kept (OUT.json's ``.sent.pickle``, also what two checkouts' extractions
are compared by, byte for byte).
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import tempfile
import time
from pathlib import Path


def _prepare(out: Path, size: int, skip: int) -> None:
    from scale_corpus import articles

    from briefgen.extract.run import corpus_year
    from briefgen.ingest import ingest
    from briefgen.structure.sieve import sieve

    lines = articles()[:size]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
        documents = list(sieve(ingest([corpus]).documents).documents)
    later = {json.loads(line)["id"] for line in lines[skip:]}
    kept = [d for d in documents if d.id in later]
    year = corpus_year(documents)
    out.write_bytes(pickle.dumps({"year": year, "documents": kept}))
    print(f"{len(kept)} of {len(documents)} documents kept; corpus year {year}")


def _load(path: Path) -> tuple[int | None, list]:  # type: ignore[type-arg]
    data = pickle.loads(path.read_bytes())
    return data["year"], data["documents"]


def _ext(path: Path, out: Path, profile: Path | None) -> None:
    from briefgen.extract.nlp import load_nlp
    from briefgen.extract.pool import warm
    from briefgen.extract.run import extract_or_fail

    year, documents = _load(path)
    nlp = load_nlp()
    warm()
    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile(time.process_time)
        profiler.enable()
    each = {}
    sent = {}
    for document in documents:
        start = time.process_time()
        sent[document.id] = pickle.dumps(
            extract_or_fail(document, nlp, year), pickle.HIGHEST_PROTOCOL
        )
        each[document.id] = time.process_time() - start
    if profiler:
        profiler.disable()
        profiler.dump_stats(str(profile))
    _sent(out).write_bytes(pickle.dumps(sent))
    _write(out, each, bytes_sent=sum(len(s) for s in sent.values()))


def _sent(out: Path) -> Path:
    return out.with_suffix(".sent.pickle")


def _peer(path: Path, out: Path) -> None:
    from briefgen.extract.nlp import load_nlp

    _, documents = _load(path)
    nlp = load_nlp()
    each = {}
    for document in documents:
        start = time.process_time()
        len(nlp(document.text))
        each[document.id] = time.process_time() - start
    _write(out, each)


def _main_side(path: Path, out: Path) -> None:
    from briefgen.extract.run import with_document_of
    from briefgen.extract.sharing import held_once
    from briefgen.models import Extraction

    _, documents = _load(path)
    sent = pickle.loads(_sent(out).read_bytes())
    each = {}
    for document in documents:
        start = time.process_time()
        result = pickle.loads(sent[document.id])
        if isinstance(result, Extraction):
            held_once(with_document_of(result, document))
        each[document.id] = time.process_time() - start
    _write(out.with_suffix(".main.json"), each)


def _write(out: Path, each: dict[str, float], **extra: object) -> None:
    total = sum(each.values())
    out.write_text(json.dumps({"cpu": total, "each": each, **extra}), encoding="utf-8")
    print(f"{len(each)} documents, {total:.1f} CPU s")


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("kind", choices=["prepare", "ext", "peer", "main"])
    parser.add_argument("docs", type=Path)
    parser.add_argument("out", type=Path, nargs="?")
    parser.add_argument("--size", type=int, default=1600)
    parser.add_argument("--skip", type=int, default=800)
    parser.add_argument("--profile", type=Path)
    args = parser.parse_args()
    if args.kind == "prepare":
        _prepare(args.docs, args.size, args.skip)
    elif args.kind == "ext":
        _ext(args.docs, args.out, args.profile)
    elif args.kind == "peer":
        _peer(args.docs, args.out)
    else:
        _main_side(args.docs, args.out)


if __name__ == "__main__":
    main()
