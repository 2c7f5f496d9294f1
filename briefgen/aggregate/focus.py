"""What the brief is about, as a profile's choice of key positions reads it: its query
words, its principal actors, its first day, its story's words and the sentences other
sections show (:class:`Focus`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from dataclasses import dataclass, field
from datetime import date

from briefgen.aggregate.accounts import Accounts
from briefgen.aggregate.names import word_tuple, words
from briefgen.aggregate.terms import terms as content_terms
from briefgen.anaphora import BEFORE, story_words, story_words_of, takes_up
from briefgen.extract.actor_words import ROLE_NOUNS
from briefgen.extract.given_names import given_name
from briefgen.ingest.language import foreign as _foreign
from briefgen.models import Brief, Position
from briefgen.named_heads import named_head
from briefgen.noun_phrases import PARTICIPANTS
from briefgen.other_stories import OtherStories
from briefgen.quoted_demonstratives import quoted_this
from briefgen.when import When

__all__ = ["SAME", "Focus", "said_again", "shown_sentences"]

# Two statements sharing this share of the shorter one's words say the same thing.
SAME = 0.5


@dataclass(frozen=True)
class Focus:
    """What the brief is about: its query words, its principal actors (each the words a
    mention of it must hold: a person's surname, all of an organisation's name), and the
    first publication date of its sources."""

    terms: frozenset[str] = frozenset()
    principals: tuple[frozenset[str], ...] = ()
    start: date | None = None
    # Documents mostly about something else, naming the story in passing (``story.elsewhere``)
    elsewhere: frozenset[str] = frozenset()
    # The documents' texts and the story's own words (``anaphora.story_words``): a
    # reported statement taking up "the students" the article introduced is not shown.
    texts: Mapping[str, str] = field(default_factory=dict, compare=False)
    story: frozenset[str] = frozenset()
    # Pages of many posts strung together (``sieve.long_pages``): a statement's day there
    # is any post's, not the page's, and a profile would date it wrong.
    strung: frozenset[str] = frozenset()
    # The source sentences the summary and the timeline show (``said_again``'s keys): a
    # profile showing one again, from any source, repeats the brief to its reader.
    shown: frozenset[str] = frozenset()
    # The words naming the story without a query (``story.topic``: the names most sources
    # name): what a statement from a page about something else must name to be shown.
    topic: re.Pattern[str] | None = field(default=None, compare=False)
    # All the corpus's statements: one told inside another speaker's account (a witness's
    # retelling of what someone said) is not the named actor's own.
    accounts: Accounts = field(default_factory=lambda: Accounts(()), compare=False)
    # The content terms (``terms.terms``) the story's sources commonly use: those at least
    # ``anaphora.STORY_SHARE`` of the documents hold ("pandemic", "manslaughter").
    common: frozenset[str] = frozenset()
    # Each document's publication day: a statement dated months before it is recalled.
    published: Mapping[str, date] = field(default_factory=dict, compare=False)
    # Whether a quotation is in another language: ``language.foreign``, or a reader of the
    # verdicts the build's cache keeps (``quote_language``).
    foreign: Callable[[str], bool] = field(default=_foreign, compare=False)
    # The pages telling another story than the corpus's (``other_stories``): a statement
    # there is the speaker on that story unless told in the story's leading terms.
    other: OtherStories = field(default_factory=OtherStories, compare=False)

    @staticmethod
    def of(
        query: Iterable[str],
        principals: Iterable[tuple[str, str]],
        dates: Iterable[str | None],
        elsewhere: frozenset[str] = frozenset(),
        texts: Mapping[str, str] | None = None,
        strung: frozenset[str] = frozenset(),
        story: frozenset[str] | None = None,
        shown: frozenset[str] = frozenset(),
        topic: re.Pattern[str] | None = None,
        positions: Sequence[Position] = (),
        published: Mapping[str, str | None] | None = None,
        foreign: Callable[[str], bool] | None = None,
        content: Mapping[str, Iterable[str]] | None = None,
        other: OtherStories | None = None,
    ) -> Focus:
        """A focus from query strings, the principal actors' (name, type), document dates,
        the documents mostly about something else, the documents' ``texts``, the pages of
        many posts, the story's words (``anaphora.story_words`` of the texts when not
        given), the sentences other sections show, the words naming the story
        (``story.topic``), all the corpus's ``positions`` and each document's
        ``published`` date, and what tells a quotation in another language (``foreign``);
        ``content``: each document's distinct content terms, by id, where the build's cache
        kept them (``kept_terms``), else read from its text; ``other``: the pages telling
        another story (``other_stories``)."""
        terms = frozenset(w for q in query for w in words(q) if len(w) > 2)
        keys = []
        for name, kind in principals:
            ws = words(name)
            keys.append(frozenset(ws[-1:] if kind == "person" else ws))
        days = [w.first for d in dates if (w := When.of(d)) is not None]
        start = min(days) if days else None
        texts = texts or {}
        story = story_words(texts.values()) if story is None else story
        principal = tuple(k for k in keys if k)
        accounts = Accounts(positions)
        held: Counter[str] = Counter()
        for doc, text in texts.items():
            held.update(set(content_terms(text)) if content is None else content[doc])
        common = story_words_of(held, len(texts))
        days_of = {d: w.first for d, v in (published or {}).items() if (w := When.of(v))}
        return Focus(
            terms,
            principal,
            start,
            elsewhere,
            texts,
            story,
            strung,
            shown,
            topic,
            accounts,
            common,
            days_of,
            foreign or _foreign,
            other or OtherStories(),
        )

    def in_story_words(self, p: Position, speaker: Set[str]) -> bool:
        """Whether most of what ``p`` says (its content terms, the speaker's name aside)
        is in the words the story's sources commonly use (``common``): it speaks of what
        they report ("the virus appeared to be far less virulent than first feared"), not
        of a matter of its own article (a camera's placement in a courtroom)."""
        said = set(content_terms(p.text)) - speaker
        return bool(said) and len(said & self.common) >= SAME * len(said)

    def aside(self, p: Position) -> bool:
        """Whether ``p`` comes from a page mostly about something else (a feature on an
        outgoing president's climate legacy, a state visit) and does not name the query:
        the speaker on that other subject, not on the story. Without a query, the story is
        named by the ``topic``'s names. A page telling another story (``other``: a plague
        outbreak abroad in a flu corpus) is the speaker on that story unless the statement
        is told in the story's leading terms."""
        if self.other.off(p.doc, p.text):
            return True
        if p.doc not in self.elsewhere:
            return False
        if not self.terms:
            return self.topic is not None and self.topic.search(p.text) is None
        return not any(re.search(rf"(?<!\w){re.escape(t)}(?!\w)", p.text, re.I) for t in self.terms)

    def takes_up(self, p: Position) -> bool:
        """Whether ``p``, reported, takes up a participant its article introduced before it
        ("Canada said none of the students had shown symptoms"); or, quoted, points with a
        "these experts" at what only its article names (``quoted_this``: "“In the opinion
        of these experts, …”")."""
        text = self.texts.get(p.doc)
        if text is None:
            return False
        before = text[max(0, p.evidence.sentence_start - BEFORE) : p.start]
        if p.kind == "direct":
            # the whole content is the speaker's words: blanked as a quotation's are; the
            # story's names are its people, whom no "these experts" points at
            people = {w for w in self.story if w[:1].isupper()} | set((p.speaker or "").split())
            found = quoted_this(p.text, " " * len(p.text), before, self.story, people)
            # people only the article names ("these medical experts"); a speaker's "these
            # matters", "this new economy" is what their own words are about, or where
            # they stand
            return found is not None and _of_people(found)
        if p.kind != "reported":
            return False
        if takes_up(p.text, before, self.story) is not None:
            return True
        # "the independent school" after "Alleyn's School" (``named_heads``), unless the
        # statement's own sentence names it ("Alleyn's School said the school …")
        at = p.evidence.sentence_start
        head = named_head(p.text, text[max(0, at - BEFORE) : at])
        return head is not None and not any(n in p.evidence.sentence for n in head.names)

    def clipped(self, p: Position) -> bool:
        """Whether ``p``'s speaker is a bare surname right after a given name the
        recogniser left out of it ("Speaking to Newsbeat Jermaine Jackson criticised …"
        read as "Jackson"): which of a family spoke is not known. A title ("Mr Jackson",
        "President Obama"), an opener ("But Smith said") or an organisation ("CDC's
        Besser") before it is no cut name."""
        m, text = p.speaker_mention, self.texts.get(p.doc)
        if m is None or m.kind != "surname" or text is None:
            return False
        word = re.search(r"([A-Z][\w'’-]*)\s+$", text[max(0, m.start - 40) : m.start])
        return word is not None and given_name(word[1])


def said_again(sentence: str) -> str:
    """The key under which a source sentence shown twice is found: its words, case and
    spacing aside (a wire story's sentence in two papers is one sentence)."""
    return " ".join(word_tuple(sentence))


def shown_sentences(brief: Brief) -> frozenset[str]:
    """The source sentences the executive summary and the timeline show (``said_again``)."""
    s = brief.summary
    cited = [*s.judgments, *s.key_figures, *s.disagreements]
    cited += [s.bottom_line] if s.bottom_line else []
    cited += [c for entry in brief.timeline for c in entry.sentences]
    return frozenset(said_again(e.sentence) for c in cited for e in c.evidence)


# Nouns for people a quotation's "these …" may point at: a role's, a participant's.
_PEOPLE = ROLE_NOUNS | PARTICIPANTS | frozenset({"people", "folks", "guys", "person", "doctor"})


def _of_people(phrase: str) -> bool:
    """Whether a demonstrative ``phrase`` ("these medical experts") ends on a noun for
    people."""
    head = phrase.split()[-1].lower()
    return head in _PEOPLE or (head.endswith("s") and head[:-1] in _PEOPLE)
