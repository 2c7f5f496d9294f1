"""A site's furniture is counted among its own pages: a promo line on a good share of one
publisher's pages stays furniture however many pages other publishers add, so a weekly
rebuild whose new pages come from elsewhere neither leaks it into the body nor extracts
the old pages carrying it again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rebuild_fixtures import brief_json, build

from briefgen.extract import run as run_module
from briefgen.models import Document
from briefgen.structure import profile as profile_module
from briefgen.structure.classify import structure_document
from briefgen.structure.model import extraction_view
from briefgen.structure.profile import build_profile

PROMO = "Readers can find every one of our harbour reports in one place on this website."
PLACES = ("bridge", "ferry", "school", "library", "market", "museum", "stadium", "hospital")


def _text(i: int, *, promo: bool) -> str:
    place = PLACES[i % len(PLACES)]
    return (
        f"The city council debated the {place} plan number {i} on {i % 27 + 1} March 2022.\n"
        + (f"{PROMO}\n" if promo else "")
        + f"Opponents of plan {i} for the {place} said they would appeal to the court."
    )


def _doc(i: int, site: str | None, *, promo: bool = False) -> Document:
    return Document(
        id=f"{site}-{i}",
        source=f"{site}-{i}",
        format="jsonl",
        text=_text(i, promo=promo),
        title="",
        publisher=site,
    )


def _read(doc: Document, docs: list[Document], *, own_site: bool = True) -> str:
    """What the extractors read of ``doc`` in a corpus of ``docs``."""
    profile = build_profile(docs)
    if own_site:
        profile = profile.for_document(doc)
    return extraction_view(doc.text, structure_document(doc, profile).blocks)


def _corpus(other_pages: int, *, site: str | None = "harbour-news") -> list[Document]:
    """Twelve pages of one site, five of them carrying the promo; ``other_pages`` of
    another site's, without it."""
    own = [_doc(i, site, promo=i < 5) for i in range(12)]
    return own + [_doc(100 + i, "city-wire") for i in range(other_pages)]


def test_a_sites_promo_stays_furniture_however_many_pages_other_sites_add() -> None:
    # 122 pages: five is 4% of the corpus; 126 pages: it is not
    for other in (110, 114, 400):
        docs = _corpus(other)
        assert PROMO not in _read(docs[0], docs)
        assert "appeal to the court" in _read(docs[0], docs)
    # counted over the corpus alone, the new pages would tip it into the body
    small, large = _corpus(110), _corpus(114)
    assert PROMO not in _read(small[0], small, own_site=False)
    assert PROMO in _read(large[0], large, own_site=False)


def test_pages_that_name_no_site_are_read_against_the_whole_corpus() -> None:
    docs = _corpus(114, site=None)
    assert PROMO in _read(docs[0], docs)  # 5 of 126 pages: under the share, body


def test_a_line_shared_across_sites_is_not_any_sites_furniture() -> None:
    # the promo on one page of each of five sites: never five pages of one site
    docs = [_doc(i, f"site-{i}", promo=True) for i in range(5)]
    docs += [_doc(100 + i, "city-wire") for i in range(121)]
    assert PROMO in _read(docs[0], docs)


def test_a_page_with_only_a_url_is_counted_with_its_hosts_other_pages() -> None:
    page = _doc(0, None, promo=True)
    with_url = Document(**{**_fields(page), "url": "https://www.harbour.example/a"})
    assert profile_module.site_of(with_url) == "harbour.example"
    assert profile_module.site_of(page) is None


def _fields(doc: Document) -> dict[str, object]:
    return {name: getattr(doc, name) for name in doc.__match_args__}


def _write(path: Path, docs: list[Document]) -> Path:
    rows = [
        {"id": d.id, "time": "2022-03-28", "text": d.text, "publisher": d.publisher} for d in docs
    ]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def extracted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the documents the extractors ran on, in this process: a small corpus's
    are extracted here once no workers are started early (``early_pool``), whose forked
    calls this list would not see."""
    seen: list[str] = []
    original = run_module.extract_or_fail
    monkeypatch.setattr(run_module, "early_pool", lambda executor, needed: None)

    def spy(document, nlp, year):
        seen.append(document.id)
        return original(document, nlp, year)

    monkeypatch.setattr(run_module, "extract_or_fail", spy)
    return seen


def test_a_rebuild_where_one_site_grows_extracts_only_its_new_pages(
    tmp_path: Path, extracted: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A quarter instead of 4%, so that twenty pages show what 126 show at 4%: five
    # pages of 20 carry the promo, then 24 (site A's 8 pages, site B's 12 and its 4 new).
    monkeypatch.setattr(profile_module, "RECURRING_SHARE", 0.25)
    own = [_doc(i, "harbour-news", promo=i < 5) for i in range(8)]
    other = [_doc(100 + i, "city-wire") for i in range(16)]
    corpus = tmp_path / "in" / "week.jsonl"
    first = build(_write(corpus, own + other[:12]), tmp_path / "a")
    assert first.counts == {"extracted": 20, "from_cache": 0}
    extracted.clear()
    _write(corpus, own + other)
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / ".cache").rename(tmp_path / "b" / ".cache")
    second = build(corpus, tmp_path / "b")
    # the promo stays furniture in site A's five pages: only site B's four new pages are
    # extracted (counted over the corpus alone, 5 < 24 / 4 would move those five too)
    assert sorted(extracted) == sorted(d.id for d in other[12:])
    assert second.counts == {"extracted": 4, "from_cache": 20}
    read = {d.id: extraction_view(d.text, d.blocks) for d in second.brief.documents}
    assert all(PROMO not in read[d.id] for d in own[:5])
    # and the brief (blocks and all) is the one a build without the cache writes
    assert brief_json(second) == brief_json(build(corpus, tmp_path / "c", cache=False))
