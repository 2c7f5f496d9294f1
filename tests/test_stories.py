"""Pages that carry several stories: a digest's off-topic items are not read, and an entry
of a live page is read alone within its section. Invented pages about an invented dispute
over a harbour bridge (Mayor Harlow, the Quay Council)."""

from __future__ import annotations

import re
from dataclasses import replace

from briefgen.models import Document, Extraction, Mention
from briefgen.standalone import resolve_opening
from briefgen.structure.model import extraction_view
from briefgen.structure.sieve import sieve
from briefgen.structure.stories import section_start, sections
from briefgen.summarize import summarize

ARTICLES = [
    (
        "Harlow defends bridge plan",
        "Mayor Harlow told the Quay Council on Monday that the bridge would open in May. "
        "Critics on the Quay Council said the cost had doubled since Harlow took office.",
    ),
    (
        "Council vote on bridge delayed",
        "The vote of the Quay Council on the bridge was put off until June, officials said. "
        "Supporters of Harlow said the delay would cost the city more.",
    ),
    (
        "Bridge inspectors find cracks",
        "Inspectors hired by the Quay Council found cracks in two pillars, a report said. "
        "A spokesman for Harlow said the cracks were minor and would be repaired.",
    ),
    (
        "Harlow faces recall petition",
        "Residents opposed to Harlow began collecting signatures for a recall on Friday. "
        "The Quay Council said it would count the signatures within a month.",
    ),
]

DIGEST = """Five Things to Know for Today

Your daily look at the news and the stories that will be talked about today:

1. COUNCIL SPLITS OVER HARLOW'S BRIDGE.

The Quay Council voted seven to six to keep paying the bridge's builders on Tuesday.

2. FLOODS CUT OFF MOUNTAIN VILLAGES.

Rescuers reached three villages cut off by floods for a week on 14 March.

3. SPRINTER SETS INDOOR RECORD.

The champion ran the 60 metres in 6.2 seconds at the indoor games on Saturday.
"""

FEATURE = """The long road to the harbour bridge

Twenty years ago the idea of a bridge across the harbour was a joke in the city.
""" + "\n".join(
    f"""
The {("Route", "Cost", "Span", "Opening")[n - 1]}

"""
    + " ".join(
        f"Engineers and planners argued for years about the route, the cost and the "
        f"height of the span over the shipping lane, sentence {k} of part {n}."
        for k in range(8)
    )
    for n in range(1, 5)
)


def _documents(*pages: tuple[str, str]) -> list[Document]:
    docs = [
        Document(f"a{i}", f"a{i}.txt", "txt", f"{title}\n\n{body}\n", title, date="2026-03-16")
        for i, (title, body) in enumerate(ARTICLES)
    ]
    docs += [
        Document(f"p{i}", f"p{i}.txt", "txt", text, title, date="2026-03-16")
        for i, (title, text) in enumerate(pages)
    ]
    return docs


def _read(doc: Document) -> str:
    return " ".join(extraction_view(doc.text, doc.blocks).split())


def test_a_digest_item_off_the_corpus_topic_is_not_read() -> None:
    sieved = sieve(_documents(("Five Things to Know for Today", DIGEST)))
    page = next(d for d in sieved.documents if d.id == "p0")
    read = _read(page)
    assert "keep paying the bridge's builders" in read  # the item on the corpus's story
    assert "Rescuers reached three villages" not in read  # another story: no item from it
    assert "60 metres" not in read
    assert {b.kind for b in page.blocks} >= {"story_break", "other_story"}


def test_with_a_query_an_item_naming_it_is_read() -> None:
    sieved = sieve(_documents(("Five Things to Know for Today", DIGEST)), query=["floods"])
    assert [d.id for d in sieved.documents] == ["p0"]  # the only page naming the query
    read = _read(sieved.documents[0])
    assert "Rescuers reached three villages" in read
    assert "60 metres" not in read


def test_a_feature_under_crossheads_is_one_story() -> None:
    page = sieve([Document("f", "f.txt", "txt", FEATURE, "The long road")]).documents[0]
    assert sections(page) == []  # long sections, no title naming a format
    assert not {"story_break", "other_story"} & {b.kind for b in page.blocks}
    assert "sentence 7 of part 3" in _read(page)


LIVE = """The Latest: Council meets on the bridge

The Latest on the harbour bridge dispute (all times local):

4:10 p.m.

Ivan Petrov, the council's treasurer, resigned after the vote on the bridge.

___

2:30 p.m.

He told reporters the builders would be paid in full by 30 April.
"""


def _live_extraction(text: str) -> Extraction:
    """``text`` structured (its entries' time lines found), a sentence per prose line."""
    doc = Document("live", "live.txt", "txt", text, "The Latest: Council meets on the bridge")
    doc = sieve([doc]).documents[0]
    spans = tuple(
        (m.start(), m.end())
        for m in re.finditer(r"[^\n]+", text)
        if m[0].endswith(".") and not re.fullmatch(r"[\d:]+ [ap]\.m\.", m[0])
    )
    mentions = tuple(
        Mention("live", m.start(), m.end(), "Ivan Petrov", "name", "person")
        for m in re.finditer("Ivan Petrov", text)
    )
    return Extraction(document=doc, sentences=spans, mentions=mentions)


def test_an_entry_leaning_on_the_entry_before_is_not_shown_alone() -> None:
    ext = _live_extraction(LIVE)
    start = LIVE.index("He told reporters")
    sentence = LIVE[start : LIVE.index("\n", start)]
    assert section_start(ext.document, start) > LIVE.index("Ivan Petrov")
    assert resolve_opening(sentence, start, ext) is None
    # the same two sentences in one article: the "he" is the treasurer
    plain = replace(ext, document=replace(ext.document, blocks=()))
    assert resolve_opening(sentence, start, plain) == (
        "[Petrov] told reporters the builders would be paid in full by 30 April."
    )


NEWSLETTER = """The Morning Briefing: what you missed

The news of the day in short, item by item.

The Bridge Row

Mayor Harlow asked the Quay Council for another month to find the money for the bridge.

Advertisement

His critics on the council said the request showed the project was in trouble.

The Art Market

An auction house sold a painting of a lighthouse for a record price on 2 March.

The Weekend Weather

Forecasters said the coming weekend would be the warmest of the spring so far.
"""


def test_a_newsletter_under_title_case_headings_reads_only_its_item_on_the_topic() -> None:
    # "Advertisement" is printed by other pages too: the site's furniture, no heading
    other = ("Harlow answers critics", "Advertisement\n\nHarlow said the bridge was on time.")
    sieved = sieve(_documents(("The Morning Briefing: what you missed", NEWSLETTER), other))
    page = next(d for d in sieved.documents if d.id == "p0")
    read = _read(page)
    assert "another month to find the money" in read
    assert "painting of a lighthouse" not in read
    assert "warmest of the spring" not in read
    assert "the project was in trouble" in read  # still the bridge item, past the advert


def test_the_summary_shows_no_entry_leaning_on_the_entry_before() -> None:
    ext = _live_extraction(LIVE)
    summary = summarize([ext], [], [])
    shown = [c.text for c in [summary.bottom_line, *summary.judgments] if c]
    assert any("resigned after the vote" in t for t in shown)
    assert not any("paid in full" in t for t in shown)
    # read as one article, the second sentence is shown with its subject named
    plain = summarize([replace(ext, document=replace(ext.document, blocks=()))], [], [])
    shown = [c.text for c in [plain.bottom_line, *plain.judgments] if c]
    assert "[Petrov] told reporters the builders would be paid in full by 30 April." in shown


def test_a_page_many_times_the_median_under_headings_is_several_posts() -> None:
    # among short articles, the same page is ten times the corpus's median: posts
    page = sieve(_documents(("The long road to the harbour bridge", FEATURE))).documents[-1]
    assert len(sections(page, long=True)) == 4
    assert "story_break" in {b.kind for b in page.blocks}


def test_a_page_titled_on_the_topic_reads_all_its_entries() -> None:
    # the same items under a title naming the corpus's central name: the page covers the
    # story, and an item naming none of its names is one of its developments
    titled = DIGEST.replace("Five Things to Know for Today", "Harlow's Bridge: Five Things to Know")
    sieved = sieve(_documents(("Harlow's Bridge: Five Things to Know", titled)))
    page = next(d for d in sieved.documents if d.id == "p0")
    assert "Rescuers reached three villages" in _read(page)
    assert "story_break" in {b.kind for b in page.blocks}  # still read entry by entry
