"""A timeline line must be about the story: a radio programme's running order gives no
line of its other segments, and an entry is "reported by" only the sources telling its
own happening, not every source saying something of its people in that year."""

from __future__ import annotations

from sentence_fixtures import clause_mention

from briefgen.models import (
    Actor,
    Block,
    Document,
    Event,
    EventMention,
    Extraction,
    Mention,
)
from briefgen.on_story import OnStory
from briefgen.timeline import select_timeline

# Reports on the story; two of them list the campaign's aides (names enough that a guest
# named once on a radio page is no principal).
REPORT = (
    "Pike attacked Vance over trade on Wednesday. Vance answered Pike at a rally in Ohio. "
    "Pike said the fraud charge against him was false. Vance said Pike had no record. "
    "The state's farmers have watched the race closely since the spring, and the polls have "
    "moved little over the summer months."
)
AIDES = "Aides Abel, Baird, Cobb, Dunn, Eyre, Ford, Gray, Hale, Irwin, Judd, Kerr and Lowe met."
# A radio programme's running order: one segment on the story, others on other subjects.
GUEST = "Today Nora Bell talks about her son Tom and the songs he loved."
VERDICT = "In the fraud trial, Pike was convicted on Monday; Pike's lawyer said Pike would appeal."
RUNNING_ORDER = (
    "The Midday Show looks at the news of the week with callers.",
    "Lisa Grant explains why the queues at the airports are growing longer.",
    VERDICT,
    "Was the jury right to convict Pike, and will Vance gain from it?",
    "A builder shows how to climb a ladder without a fall.",
    GUEST,
    "Lines are open from noon until two, and calls are free from most phones.",
)
PEOPLE = (
    "Pike",
    "Vance",
    "Lisa Grant",
    "Nora Bell",
    "Tom",
    "Ohio",
    *AIDES.removeprefix("Aides ").removesuffix(" met.").replace(" and ", ", ").split(", "),
)


def _extraction(doc: str, day: str, lines: tuple[str, ...]) -> Extraction:
    """A document of one paragraph per line, naming each of ``PEOPLE`` where written."""
    text = "\n".join(lines)
    mentions, sentences, blocks = [], [], []
    for name in PEOPLE:
        at = text.find(name)
        while at >= 0:
            kind = "state" if name == "Ohio" else "person"
            mentions.append(Mention(doc, at, at + len(name), name, "name", kind))
            at = text.find(name, at + 1)
    start = 0
    for line in lines:
        blocks.append(Block(start, start + len(line), "body"))
        at = start
        for part in line.split(". "):
            sentences.append((at, at + len(part) + 1))
            at += len(part) + 2
        start += len(line) + 1
    document = Document(doc, doc, "txt", text, "", day, "stated", blocks=tuple(blocks))
    mentions.sort(key=lambda m: m.start)
    return Extraction(document=document, sentences=tuple(sentences), mentions=tuple(mentions))


def _mention(x: Extraction, sentence: str, when: str, lemma: str | None = None) -> EventMention:
    actors = tuple(p for p in PEOPLE if p in sentence)
    return clause_mention(x, sentence, when, lemma=lemma, actors=actors)


def _corpus() -> list[Extraction]:
    """Nine reports on the story and the running order: a corpus with a typical source."""
    reports = [
        _extraction(f"r{n}", "2016-07-15", (REPORT, AIDES) if n < 2 else (REPORT,))
        for n in range(9)
    ]
    return [*reports, _extraction("radio", "2016-07-18", RUNNING_ORDER)]


def test_a_running_order_gives_the_story_s_segment_and_no_other() -> None:
    corpus = _corpus()
    radio = corpus[-1]
    story = OnStory.of((), corpus)

    def about(sentence: str) -> bool:
        at = radio.document.text.index(sentence)
        return story.about(sentence, "radio", at, at + len(sentence))

    assert about(VERDICT)
    assert not about(GUEST)
    # the ladder's segment names nobody, yet is another subject of the page
    assert not about("A builder shows how to climb a ladder without a fall.")
    # a report on the story: its sentence naming nobody continues the story
    report = corpus[0].document.text
    assert story.about(report, "r0", 0, len(report))


def test_a_running_order_s_other_segment_gives_no_timeline_line() -> None:
    corpus = _corpus()
    radio, report = corpus[-1], corpus[1]
    guest = _mention(radio, GUEST, "2016-07-18")
    # another source's mention of that day that cannot be shown (dated only by its month):
    # the day is not one page's alone, and its only showable line is the guest's
    later = _mention(report, "Vance said Pike had no record.", "2016-07")
    events = [Event("guest", "2016-07-18", "x", (guest, later), ("radio", "r1"), salience=3.0)]
    entries = select_timeline(events, dates=5, sentences=2, extractions=corpus)
    shown = [c.text for e in entries for c in e.sentences]
    assert not any("Nora Bell" in s for s in shown)


OTHER_NEWS = (
    "The council closed the bridge on Thursday for repairs.",
    "A storm flooded the harbour on Thursday night.",
    "The museum reopened its east wing on Thursday.",
    "Farmers protested outside the ministry on Thursday.",
    "The league fined the club on Thursday for crowd trouble.",
    "Rail staff walked out on Thursday over pay.",
)


def test_a_year_s_entry_is_reported_only_by_the_sources_telling_its_happening() -> None:
    said = {
        "y1": ("In 2008, Pike endorsed Vance over Quinn in the primary.", "endorse"),
        "y2": ("In 2008, Vance beat Quinn in the primary, with Pike at his side.", "beat"),
        "y3": ("Quinn lost the primary to Vance in 2008, for all of Pike's money.", "lose"),
        "y4": ("Pike endorsed Vance over Quinn in 2008, in the primary.", "endorse"),
    }
    corpus = {doc: _extraction(doc, "2016-07-15", (text,)) for doc, (text, _) in said.items()}
    mentions = tuple(
        _mention(corpus[doc], text, "2008", lemma) for doc, (text, lemma) in said.items()
    )
    events = [Event("2008", "2008", "x", mentions, tuple(said), salience=1.0)]
    # the corpus's other news, against which the names are the year's sentences' own words
    for n, line in enumerate(OTHER_NEWS):
        x = corpus[f"o{n}"] = _extraction(f"o{n}", "2016-07-15", (line,))
        events.append(
            Event(
                f"o{n}",
                "2016-07-14",
                "x",
                (_mention(x, line, "2016-07-14"),),
                (x.document.id,),
                salience=0.1,
            )
        )
    entries = select_timeline(events, dates=1, sentences=1, extractions=list(corpus.values()))
    assert len(entries) == 1 and len(entries[0].sentences) == 1
    shown = entries[0].sentences[0].evidence[0].doc
    assert said[shown][1] == "endorse"
    # the two endorsing sources, not the ones telling the primary's result that year
    assert set(entries[0].sources) == {"y1", "y4"}


def test_a_place_named_by_another_of_its_names_is_a_story_actor() -> None:
    """A report naming a place the sources often name, by another name it is merged under
    ("America" for "the United States"), is on the story, not another segment's subject."""
    corpus = _corpus()
    line = "At the weekend a woman became the first victim outside America."
    extra = _extraction("r9", "2016-07-16", (line,))
    at = line.index("America")
    extra = Extraction(
        extra.document,
        extra.sentences,
        mentions=(Mention("r9", at, at + 7, "America", "name", "state"),),
    )
    corpus.append(extra)
    sources = tuple(x.document.id for x in corpus[:9])
    us = Actor("a-us", "United States", "state", aliases=("America", "US"), sources=sources)
    assert OnStory.of((), corpus, (us,)).about(line, "r9", 0, len(line))
    # the same line naming a place no source often names is judged as before: off the story
    other = line.replace("America", "Ruritania")
    odd = _extraction("r10", "2016-07-16", (other,))
    at = other.index("Ruritania")
    odd = Extraction(
        odd.document,
        odd.sentences,
        mentions=(Mention("r10", at, at + 9, "Ruritania", "name", "state"),),
    )
    story = OnStory.of((), [*corpus, odd], (us,))
    assert not story.about(other, "r10", 0, len(other))
