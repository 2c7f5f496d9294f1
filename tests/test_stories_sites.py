"""A digest page's sections are judged against its own site's names, so a week's pages from
other sites do not flip what is read of an old page (and make its extraction again).
Invented pages: a harbour town's paper on its bridge, a capital's paper on its envoys."""

from __future__ import annotations

from briefgen.models import Document
from briefgen.structure.model import extraction_view
from briefgen.structure.sieve import sieve

GAZETTE = "Harbour Gazette"
ENVOYS = "Capital Courier"

# twenty pages of one paper on its town's bridge, a few of them naming the town's
# historian; each told in its own words, so no page reads as a copy of another
_VERBS = ("defended", "explained", "questioned", "revised", "delayed", "priced", "praised")
_THINGS = ("pillars", "tolls", "lanes", "cables", "lights", "ramps", "railings", "barriers")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def _bridge_page(i: int) -> tuple[str, str]:
    verb, thing, day = _VERBS[i % 7], _THINGS[i % 8], _DAYS[i % 5]
    body = (
        f"On {day} the mayor, Harlow, {verb} the plan for the {thing} of the bridge "
        f"before {10 + i} residents at the town hall. "
        f"Critics said the {thing} would cost {3 + i} million more than the council had "
        f"been told in the spring of {1990 + i}."
    )
    if i % 5 == 0:  # four of the twenty
        body += f" A local historian, Ellery, said plan number {i} was older than the harbour."
    return f"Harlow and the {thing}, part {i}", body


DIGEST = """In brief

Your daily look at the news of the town:

1. A LETTER FROM THE ARCHIVE.

A reader wrote to the paper about a letter signed by Ellery in the town archive.

2. FLOODS CUT OFF MOUNTAIN VILLAGES.

Rescuers reached three villages cut off by floods for a week on 14 March.

3. SPRINTER SETS INDOOR RECORD.

The champion ran the 60 metres in 6.2 seconds at the indoor games on Saturday.
"""

# another paper's pages, each naming the same thirteen envoys: more widespread than the
# historian over the whole corpus once there are enough of them
_ENVOY_NAMES = (
    "Ames, Bexley, Corwin, Dunmore, Eskdale, Fenwick, Garside, Holbeck, Ingleby, "
    "Jessop, Kirkham, Lowther and Marsden"
)


def _envoy_page(i: int) -> tuple[str, str]:
    body = (
        f"In talk number {i} the ministry received {_ENVOY_NAMES} at its "
        f"{('north', 'south', 'east', 'west')[i % 4]} gate for {20 + i} minutes. "
        f"The envoys left by {('train', 'car', 'boat', 'plane', 'coach')[i % 5]} "
        f"after {2 + i} hours of what an aide called useful work."
    )
    return f"Envoys at the ministry, round {i}", body


def _documents(envoy_pages: int, *, sites: bool = True) -> list[Document]:
    def page(pid: str, title: str, text: str, site: str) -> Document:
        return Document(
            pid,
            f"{pid}.txt",
            "txt",
            text,
            title,
            date="2026-03-16",
            publisher=site if sites else None,
        )

    docs = [
        page(f"g{i}", t, f"{t}\n\n{b}\n", GAZETTE)
        for i, (t, b) in enumerate(map(_bridge_page, range(20)))
    ]
    docs.append(page("digest", "In brief", DIGEST, GAZETTE))
    docs += [
        page(f"e{i}", t, f"{t}\n\n{b}\n", ENVOYS)
        for i, (t, b) in enumerate(map(_envoy_page, range(envoy_pages)))
    ]
    return docs


def _digest_read(docs: list[Document]) -> str:
    sieved = sieve(docs)
    page = next(d for d in sieved.documents if d.id == "digest")
    assert "other_story" in {b.kind for b in page.blocks}  # read section by section
    return " ".join(extraction_view(page.text, page.blocks).split())


def test_pages_from_another_site_do_not_flip_an_old_pages_sections() -> None:
    before, after = _digest_read(_documents(3)), _digest_read(_documents(12))
    assert "a letter signed by Ellery" in before  # the historian is one of the town's names
    assert after == before  # the envoys' pages leave the town paper's reading alone
    assert "Rescuers reached three villages" not in after  # another story still is not read


def test_pages_naming_no_site_keep_the_corpus_top_names() -> None:
    # the same corpus with no publisher named: the corpus's few most widespread names,
    # which the envoys' pages take over (what a site's own share avoids)
    before = _digest_read(_documents(3, sites=False))
    after = _digest_read(_documents(12, sites=False))
    assert "a letter signed by Ellery" in before
    assert "a letter signed by Ellery" not in after
