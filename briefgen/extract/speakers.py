"""Who a speaker phrase stands for, within one document.

A named mention is turned into the fullest name the document gives ("Lavrov" ->
"Sergei Lavrov"); a pronoun or relative pronoun into its antecedent; a role description
into the named person it was attached to by apposition, or the last person named with
that role. Pronouns are never returned as names.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from briefgen.extract.actor_words import PRONOUNS, TITLES
from briefgen.extract.actors import plain
from briefgen.extract.antecedents import Antecedents, name_gender
from briefgen.extract.carried_voice import CARRY, uncued_speaker
from briefgen.extract.genders import document_genders
from briefgen.extract.name_roles import person_noun
from briefgen.extract.pronoun_speakers import pronoun_speaker
from briefgen.extract.quotes import Quote
from briefgen.extract.speaker_spans import acronym, placed, run_on_speaker, without_dateline
from briefgen.models import Document, Mention, Position

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

TITLE_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "lady": "f"}
RELATIVE = frozenset({"who", "which", "that", "whom"})
# Heads of a phrase that speak for the state or body named in it: "Russia's foreign
# ministry", "the Kenyan government" (a country speaks through them).
# A person heading the phrase ("a NATO official", "a Kremlin spokesman") is someone else.
INSTITUTION_HEADS = frozenset(
    {
        "government", "ministry", "administration", "embassy", "authorities", "office",
        "department", "army", "military", "cabinet", "parliament", "leadership", "media",
    }
)  # fmt: skip
NAMED = ("name", "surname", "acronym")


def _clause_subject(span: Span) -> bool:
    """Whether the phrase before a cue is a clause's subject, no speaker: headed by a thing's
    noun, naming no one (no proper noun) and holding a clause of its own as a preposition's
    object ("part of being an effective president is acknowledging mistakes":
    "acknowledging" is no speech cue there, and the title in the gerund's clause is no one's
    either). A participle describing the head is no such clause: "families of those
    affected by mass shootings urged", "a previously undisclosed email shows"."""
    root = span.root
    return (
        root.pos_ == "NOUN"
        and not person_noun(root)
        and not any(t.pos_ == "PROPN" for t in span)
        and any(t.pos_ in ("VERB", "AUX") and t.dep_ in ("pcomp", "csubj") for t in span)
    )


def _key(word: str) -> str:
    return plain(word).casefold().strip(".,")


class SpeakerResolver:
    """Resolve speaker phrases of one document to mentions and display names."""

    def __init__(
        self,
        document: Document,
        sdoc: Doc,
        mentions: list[Mention],
        quotes: Sequence[tuple[int, int]] = (),
        turn_of: Callable[[int], str | None] | None = None,
    ) -> None:
        self.text = document.text
        self.doc_id = document.id
        self.turn_of = turn_of  # the speaker label of the transcript turn at an offset
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        self.starts = [m.start for m in self.mentions]
        counts: Counter[str] = Counter(
            plain(m.text) for m in self.mentions if m.type == "person" and m.kind == "name"
        )
        self.full: dict[str, str] = {}
        # the most frequent multi-word name wins; a longer one breaks a tie
        people: dict[str, Counter[str]] = {}  # surname -> mentions per given name
        for name, n in sorted(counts.items(), key=lambda kv: (-kv[1], -len(kv[0].split()))):
            words = name.split()
            if 2 <= len(words) <= 4:
                self.full.setdefault(_key(words[-1]), name)
                people.setdefault(_key(words[-1]), Counter())[_key(words[0])] += n
        # A surname two people of the document share (Donald and Ivanka Trump) is the one
        # the document names far more often, else no one's: as actor linking decides it.
        self.shared = {surname for surname, given in people.items() if len(given) >= 2}
        for surname, given in people.items():
            ranked = given.most_common(2)
            if len(ranked) == 2 and ranked[0][1] < 3 * ranked[1][1]:
                del self.full[surname]
        self.sents = list(sdoc.sents)
        self.sent_starts = [sent.start_char for sent in self.sents]
        descriptions = [(m.start, m.end) for m in self.mentions if m.kind == "description"]
        # candidate antecedents: not a possessive ("Putin's envoy") and not inside a
        # description of someone else ("X, the son of Y")
        self.persons = [
            m
            for m in self.mentions
            if m.type == "person"
            and m.kind in NAMED
            and self.text[m.end : m.end + 2] not in ("'s", "’s")
            and not any(a <= m.start and m.end <= b for a, b in descriptions)
        ]
        self.person_starts = [m.start for m in self.persons]
        self.others = [m for m in self.mentions if m.type != "person" and m.kind in NAMED]
        self.other_starts = [m.start for m in self.others]
        self.gender: dict[str, str] = {}
        self.gender = document_genders(self, sdoc)
        self.antecedents = Antecedents(
            self.sents,
            self.persons,
            [m for m in self.mentions if m.kind == "description"],
            self.name_of,
            self.gender_of,
            list(quotes),
            turn_of,
        )
        self.person_names = {self.name_of(m) for m in self.persons}
        self.last_voice: tuple[int, str] | None = None  # (end, name) of the last named speaker
        self.by_role: list[tuple[int, str, Mention]] = [
            (m.start, m.role.casefold(), m)
            for m in self.mentions
            if m.role and m.kind in NAMED and m.type == "person"
        ]

    def name_of(self, m: Mention) -> str:
        """The fullest name the document gives for a named mention."""
        name = plain(m.text)
        if m.type == "person":
            words = name.split()
            if words:
                full = self.full.get(_key(words[-1]), name)
                title = self._title_gender(m)
                if len(words) == 1 and title and self.gender_of(full) not in (None, title):
                    return name  # "Mrs Jackson" is not the document's Randy Jackson
                return full
        return name

    def _title_gender(self, m: Mention) -> str | None:
        """ "m" or "f" when a gendered title (Mr, Mrs, Ms) stands right before the mention."""
        before = self.text[max(0, m.start - 6) : m.start].lower().rstrip(". ").split()
        return TITLE_GENDER.get(before[-1]) if before else None

    def grounded(self, m: Mention) -> bool:
        """Whether a named mention says by itself who it is: a full name, an organisation,
        or a surname only one person of the document bears. A bare surname two people share
        ("Clinton" beside Bill and Hillary) is a guess, whichever the document names more."""
        if m.kind not in NAMED:
            return False
        words = plain(m.text).split()
        return m.type != "person" or len(words) >= 2 or _key(words[-1]) not in self.shared

    def _covering(self, start: int, end: int) -> list[Mention]:
        i = bisect.bisect_left(self.starts, start - 200)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            m = self.mentions[i]
            if m.end > start:
                out.append(m)
            i += 1
        return out

    def last_person(self, before: int, limit: int = 2 * CARRY) -> Mention | None:
        """The closest person named before ``before``, within ``limit`` characters."""
        i = bisect.bisect_left(self.person_starts, before) - 1
        if i >= 0 and before - self.persons[i].start <= limit:
            return self.persons[i]
        return None

    def gender_of(self, name: str) -> str | None:
        """ "m" or "f": what the document shows of a person, else what the given name
        usually is; None when neither says."""
        if name in self.gender:
            return self.gender[name]
        words = name.split()
        return name_gender(words[0]) if len(words) >= 2 else None

    def hear(self, position: Position) -> None:
        """Note a statement's speaker: a prominent antecedent for a later he/she. Only a
        person counts; a person the text does not name ("a spokesman") blocks the search."""
        m = position.speaker_mention
        if position.speaker in self.person_names and position.attribution == "cue":
            self.last_voice = (position.end, position.speaker)
        if position.speaker in self.person_names:
            self.antecedents.hear(position.start, position.end, position.speaker)
        elif m is not None and (
            m.kind == "description" or (m.kind == "pronoun" and m.text.lower() in ("he", "she"))
        ):
            self.antecedents.hear(position.start, position.end, None)

    def previous_subject(
        self, at: int, person: bool = True, paragraph_end: bool = True
    ) -> Mention | None:
        """The actor named as subject of the sentence just before ``at``.

        With ``paragraph_end`` that sentence must close the previous paragraph (a
        quotation paragraph follows its speaker); ``person`` picks people, else others.
        """
        i = bisect.bisect_right(self.sent_starts, at) - 1
        candidates = []
        if not paragraph_end and i >= 0:
            candidates.append(self.sents[i])  # "X blamed …, he said"
        while i > 0 and len(candidates) < (1 if paragraph_end else 3):
            i -= 1
            if self.sents[i].text.strip(' \n"“”'):
                candidates.append(self.sents[i])
        if paragraph_end:
            if not candidates:
                return None
            sent = candidates[0]
            last = sent.start_char + len(sent.text.rstrip())
            if last > at or "\n" not in self.text[last : at + 1]:
                return None
        for sent in candidates:
            for tok in sent:
                if tok.dep_ != "nsubj" or tok.head.dep_ != "ROOT" or tok.idx >= at:
                    continue
                a, b = tok.left_edge.idx, tok.idx + len(tok.text)
                for m in self._covering(a, b):
                    named = m.kind in NAMED and m.start >= a and m.end <= min(b, at)
                    # not the owner in "Jackson's doctor, Conrad Murray, denied …"
                    owner = self.text[m.end : m.end + 2] in ("'s", "’s")
                    if named and not owner and (m.type == "person") == person:
                        return m
        return None

    def _dateline(self, m: Mention) -> bool:
        """'CLEVELAND —' opening a paragraph: a place line, never a speaker."""
        line_start = self.text.rfind("\n", 0, m.start) + 1
        return m.text.isupper() and len(m.text) > 4 and not self.text[line_start : m.start].strip()

    def last_other(self, before: int) -> Mention | None:
        i = bisect.bisect_left(self.other_starts, before) - 1
        if i >= 0 and before - self.others[i].start <= CARRY:
            return self.others[i]
        return None

    def _named_for_role(self, role: Mention | str, before: int) -> str | None:
        """The named person an appositive description belongs to, or last named with it."""
        if isinstance(role, Mention):
            for m in self._covering(role.start - 3, role.end + 3):
                if m.kind in NAMED and m.type == "person" and m.role == role.text:
                    return self.name_of(m)
            words = plain(role.text).split()
            head = words[-1].casefold() if words else ""
            # a capitalised modifier says whose: "the Taliban representative" is not the
            # person last introduced as "Russia's special representative"
            proper = {w.casefold() for w in words[:-1] if w[:1].isupper()} - {"the", "a", "an"}
        else:
            head = role.casefold()
            proper = set()
        if not head:  # a role span of markup or spaces only names no one
            return None
        for start, text, m in reversed(self.by_role):
            if start < before and head in text.split() and proper <= set(text.split()):
                return self.name_of(m)
        return None

    def resolve(
        self,
        span: Span | None,
        at: int,
        previous: Position | None,
        quote: Quote | None,
    ) -> tuple[Mention | None, str | None]:
        """(speaker mention at the cue, display name) for a position starting at ``at``."""
        near_prev = previous is not None and at - previous.end <= CARRY and bool(previous.speaker)
        if span is None:
            return uncued_speaker(self, at, previous, quote, near_prev)
        span = without_dateline(span)
        if len(span) == 1 and span[0].lower_ in RELATIVE and not acronym(span[0].text):
            # "X, who said …": the mention is the relative pronoun, the name its antecedent
            rel = span[0]
            pron = Mention(self.doc_id, rel.idx, rel.idx + len(rel.text), rel.text, "pronoun")
            head = rel.head.head if rel.head.dep_ == "relcl" else None
            if head is None:
                # "Hillary Clinton — who's called for …": the parser lost the relative
                # clause; the name right before it, past a dash or comma, is its antecedent
                before = self.last_person(rel.idx, limit=60)
                gap = self.text[before.end : rel.idx] if before is not None else "x"
                if before is not None and not gap.strip(" ,—–-(\n"):
                    return pron, self.name_of(before)
                return pron, None
            antecedent = head.doc[head.left_edge.i : head.i + 1]
            return pron, self.resolve(antecedent, at, previous, quote)[1]
        start, end = span.start_char, span.end_char
        found = [m for m in self._covering(start, end) if m.start >= start and m.end <= end]
        named = [
            m
            for m in found
            if m.kind in NAMED and not self._dateline(m) and not placed(span, m.start)
        ]
        root = span.root.idx
        if span.root.pos_ == "PROPN" and not any(m.start <= root < m.end for m in named):
            named = []  # the head is a name the recogniser missed: "Gov. John Kasich (R-OH)"
        if (
            span.root.pos_ == "NOUN"
            and span.root.lemma_.lower() not in INSTITUTION_HEADS
            and not any(m.start <= root < m.end for m in named)
        ):
            # "The GOP candidate", "a New York judge", "the executors of Michael Jackson's
            # estate", "the Jackson family": the name only qualifies whom the phrase
            # describes; it is not who spoke (a government or ministry speaks for its state).
            # A person's name in apposition to the head is whom it describes ("The BBC's
            # medical correspondent Fergus Walsh said", "the health secretary, Alan Johnson");
            # not of a plural ("Democratic candidates Hillary Clinton and Bernie Sanders"),
            # whose first name is one of several speakers
            singular = span.root.tag_ not in ("NNS", "NNPS")
            beside = [
                c.idx
                for c in span.root.children
                if singular and c.dep_ == "appos" and c.i > span.root.i
            ]
            named = [
                m for m in named if m.type == "person" and any(m.start <= i < m.end for i in beside)
            ]
        run_on = run_on_speaker(span)
        if run_on is not None:
            # "Fergus Walsh, BBC medical correspondent Scottish Health Secretary Nicola
            # Sturgeon said": a byline run into the next paragraph, whose name says it
            named = [m for m in named if m.start <= run_on.start_char < m.end] or named
        if named:
            # the mention holding the phrase's head ("Kommersant's expert Maxim Yusin")
            best = max(
                named,
                key=lambda m: (
                    m.start <= root < m.end,
                    m.type == "person",
                    self.text[m.end : m.end + 2] not in ("'s", "’s"),  # not "Putin's envoy"
                    m.end - m.start,
                ),
            )
            return best, self.name_of(best)
        word = span.root.lower_
        if len(span) <= 2 and word in PRONOUNS and not acronym(span.root.text):
            return pronoun_speaker(self, span, start, previous, near_prev)
        if span.root.pos_ == "PROPN":  # a name the entity recogniser missed
            first = span.start
            while first < span.root.i and (
                span.doc[first].lower_.rstrip(".") in TITLES or span.doc[first].lower_ == "the"
            ):
                first += 1
            a = span.doc[first].idx
            b = span.root.idx + len(span.root.text)
            missed = Mention(self.doc_id, a, b, self.text[a:b], "name", "person")
            return missed, self.full.get(_key(span.root.text), plain(missed.text))
        if _clause_subject(span):
            return None, None
        desc = [m for m in found if m.kind == "description"]
        s, e = start, end
        if span[0].lower_ in ("the", "a", "an"):
            s = span[1].idx if len(span) > 1 else s
        mention = (
            desc[0]
            if desc
            else Mention(
                self.doc_id,
                s,
                e,
                self.text[s:e],
                "description" if span.root.pos_ == "NOUN" else "other",
            )
        )
        # "a top aide said": an indefinite description brings in someone the story does not
        # name, never the person last introduced with that role ("X, a top aide to Y")
        indefinite = span[0].lower_ in ("a", "an")
        named_for = (
            self._named_for_role(mention, start)
            if span.root.pos_ == "NOUN" and not indefinite
            else None
        )
        return mention, named_for or plain(self.text[s:e])
