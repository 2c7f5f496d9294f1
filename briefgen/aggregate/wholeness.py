"""Whether a statement, shown as speaker, cue and content, is one whole clause.

A profile line reads "Margaret Chan said …": the speaker is the subject and the cue the
finite verb of the line, and the content is what they said. The line is no clause when
the cue has no finite form (a speech verb's participle, "China saying it was …", is shown
in the past, "China said it was …"; "talking about" has none), when the cue cannot agree
with the speaker (a singular person with "say": the text's subject was a plural, "Official
reports say …", next to a photo caption naming the person), when a quotation is only a
phrase inside the writer's own clause ("said it signalled a “significant step towards
…”"), when the content runs a headline or a caption into the sentence after it ("…
emerged in the UK Two more people …"), and when it points back to what only the sentences
before name ("I'm not surprised about this finding", "We wanted to swear her in").
"""

from __future__ import annotations

import re
from collections.abc import Set

from briefgen.connectives import continues
from briefgen.extract.cues import SPEECH_VERBS
from briefgen.extract.quotes import QUOTED
from briefgen.models import Position
from briefgen.shown import clean
from briefgen.statement import finite_cue, without_frame

__all__ = ["whole"]

# Words that open a sentence, written with a capital where no name stands: a capitalised
# one after a word with no stop between them is the start of a second sentence, run in
# by the page (a headline, a caption, a chronology label). After a capitalised word it
# is a name's part ("Influenza A virus", "his This Is It concerts"); a lone "A" is left
# out, as it also names a type ("influenza A mortality").
_OPENERS = (
    "An|The|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Some|Another|Many|Most|More"
    "|All|No|It|He|She|They|We|This|These|Those|There|But|And"
)
_RUN_IN = re.compile(
    rf"\b(?:[a-z][\w'’-]*|[0-9%]+|[A-Z]{{2,}})\s+(?:{_OPENERS})\s+(?!(?:is|was|and|or)\b)[a-z]"
)
# Past a statement's end, a sentence's opening adverb with no stop before it ('a media
# "circus" Instead, the judge …'): the page ran the next sentence into this one.
_RUNS_INTO = re.compile(
    r"[”\"’']?\s+(?:Instead|However|Meanwhile|Separately|Elsewhere|Moreover|Nevertheless"
    r"|Nonetheless|Indeed|Still|Also|Later|Earlier)\b"
)
# A demonstrative and the word after it, and the words after one that are no noun it
# points back with: times ("this week"), verbs ("this is"), function words, adverbs.
_THIS = re.compile(r"\b(?:this|these|those)\s+([a-z]+)\b", re.I)
_NO_NOUN = re.compile(
    r"(?:week|weekend|month|year|morning|afternoon|evening|night|time|season|spring|summer"
    r"|autumn|fall|winter|century|decade|quarter|term|is|was|are|were|has|have|had|will"
    r"|would|can|could|may|might|should|must|does|did|and|or|but|to|of|in|on|at|for|with"
    r"|by|that|which|who|as|[a-z]+ly|[a-z]+ed)s?",
    re.I,
)
# Nouns a speaker's "this"/"these" points with, not back: the place where they speak.
_HERE = {
    "country", "nation", "city", "state", "town", "region", "place", "room", "house",
    "world", "planet", "community", "government", "administration", "campaign", "race",
    "election", "way", "kind", "sort", "stage", "point", "moment", "process",
}  # fmt: skip
# Content opening on a preposition no clause opens with ("confirmed with swine flu - up
# 1,604"): a phrase of the writer's sentence, not what was said. Content opening on a
# conjunction or a connective ("But the lesser-known drug …") is ``shown.continues``.
_PHRASE = re.compile(
    r"^\W*(?:with|of|for|from|into|than|about|without|among|between|up)\b(?![^,]{0,40},\s)",
    re.I,
)
# The person told and what about ("tells Conrad Murray about his plans to …", "told them
# about the tour"): the writer naming a conversation's subject, with no claim of the
# speaker's in it.
_TOLD_ABOUT = re.compile(
    r"^\W*(?:(?:[A-Z][\w.'’-]*\s+){1,3}|(?:him|her|them|us|me|reporters|aides)\s+)about\b"
)
# An indirect question ("explained how the plan would work", "wouldn't discuss whether he
# was hoping for a Cabinet slot", "show how ill-equipped they are"): what was spoken of,
# asked or shown, not a claim the actor made.
_INDIRECT = re.compile(r"^\W*(?:how|why|whether|where)\b", re.I)
# A sentence's words and a comma before its speaker ("It would be an achievement, Jackson
# said, that …"): the cue stands aside inside the writer's clause.
_BEFORE_ASIDE = re.compile(r"\w[^,;:]*\w\s*,\s*$")
_THAT = re.compile(r"^\W*that\b", re.I)
# A sentence of a participle and its phrase, with no clause after a comma ("Addressing a
# meeting of the UN General Assembly by video link"): a caption or a heading run in.
# A gerund subject with its verb ("Testing has shown that …") is a clause.
_PARTICIPLE_ONLY = re.compile(
    r"^\W*[A-Z][a-z]+ing\b(?![^,;:]*\b(?:is|are|was|were|has|have|had|will|would|can|could"
    r"|may|might|should|must|does|do|did)\b)[^,;:]*$"
)
# A quotation closed before any opens ('some" people are …'): the span began inside it.
_CLOSED_FIRST = re.compile(r"^[^\"“”]*(?:”|(?<=[\w.,!?])\"(?=[\s,.;:!?]|$))")
# A report's own attribution inside its content ("403 cases in 38 states, the U.S.
# Centers for Disease Control and Prevention said, with another 700 …"): the span runs
# over its cue, and the line would name the speaker twice; and a report opening on
# "him" ("asks him about his tax returns"), someone the sentences before name.
_ATTRIBUTION = re.compile(
    r",\s+(?:the\s+)?[A-Z][\w.'’-]*\s+(?:(?:[A-Z][\w.'’-]*|of|for|and|on)\s+){0,8}"
    r"(?:said|says|added|told|reported)\b"
)
_HIM = re.compile(r"^\W*him\b", re.I)
_IT = re.compile(
    r"^\W*(?:it|this|that)\b(?!\s+(?:is|was)\s+(?:not\s+)?(?:time|important|clear)\b)", re.I
)
# "the 23-year-old man", "the child's class": a person the sentences before introduced
# ("a 23-year-old man", "a pupil at the school"); "the child of …" says whose.
_THE_AGED = re.compile(
    r"\bthe\s+(?:\d+-(?:year|month)-old\b|(?:child|children|man|men|woman|women|boy|girl|baby"
    r"|pair|couple|patient|victim|pupil|student|teenager|toddler|suspect)(?:['’]s)?\b(?!\s+of\b))",
    re.I,
)
# "we are not there yet", "I was there": a place or a stage named before; an existential
# "there is …" points nowhere.
_THERE = re.compile(
    r"\bthere\b(?!\s+(?:is|are|was|were|will|would|has|have|had|may|might|could|should"
    r"|must|can|seems?|appears?|remains?|used|being|to\s+be|needs?|needed|exists?|ought"
    r"|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|won['’]t)\b|['’]s\b)",
    re.I,
)
# "My reaction, that was outrageous": a "that"/"this" opening a clause stands for what
# the sentences before told.
_THAT_WAS = re.compile(
    r"(?:^\W*|[,;:]\s*)(?:that|this)\s+(?:is|was|'s|’s|has|had|will|would|does|did|means"
    r"|meant|shows|showed)\b",
    re.I,
)
# "the other new cases": one of a set the sentences before named.
_THE_OTHER = re.compile(
    r"\bthe\s+other\s+(?!side\b|hand\b|day\b|night\b|way\b|week\b|time\b)[a-z]", re.I
)
# A third-person singular pronoun, and a capitalised word (a name) that may stand before it.
_HE_SHE = re.compile(r"\b(?:he|him|his|she|her|hers)\b", re.I)
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+")
# Capitalised words that are no name: a sentence's opener.
_NO_NAME = frozenset(
    """
    the a an we you it i our my your this that these those there he she they his her their
    in on at but and if when what so well now yes no for as after before all some look
    by of to with from not just even maybe perhaps frankly obviously because
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
_STOP = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"‘])")
# Shell nouns a speaker points back with: their content (a case, a reason, a veto, a
# pledge) is a fact or an act only the sentences before give. A story's own word does not
# save "this case": the speaker means one case, not the story's cases.
_SHELLS = frozenset(
    """
    case reason veto pledge promise vow agreement decision move deal remark comment
    incident ruling verdict cull step proposal plan announcement
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
# "the veto will be overridden": a definite shell with nothing after it saying which.
_THE_SHELL = re.compile(
    rf"\bthe\s+({'|'.join(sorted(_SHELLS))})s?\b"
    r"(?!\s+(?:of|by|from|on|about|that|which|who|why|for|over|against|to|with|between)\b)",
    re.I,
)
# A statement about the speaker's own words ("he was not speaking only about Trump", "she
# was joking"): what they spoke of is in the question or the sentence before.
_META = re.compile(
    r"^\W*(?:he|she|they|i|we)\s+(?:(?:was|were|is|are|am|had\s+been|has\s+been|have\s+been)"
    r"\s+)?(?:not\s+|n['’]t\s+)?(?:only\s+|just\s+|merely\s+)?"
    r"(?:(?:speaking|talking)\s+(?:only\s+)?(?:about|of)|referring|joking|kidding|meant"
    r"|did\s+not\s+mean|didn['’]t\s+mean)\b",
    re.I,
)
# A sentence asking, not stating: its last mark (past closing quotes) is a "?".
_QUESTION = re.compile(r"\?[\"”’'…. ]*$")


def whole(p: Position, story: Set[str] = frozenset(), person: bool = False) -> bool:
    """Whether ``p`` shown as speaker, cue and content is one whole clause a reader can
    take out of its article. ``story`` holds the corpus's own words ("the virus"), which
    a speaker's "this" may point with; ``person`` says whether the speaker is a person."""
    content = clean(p.text)
    first = _STOP.split(content, maxsplit=1)[0]
    return not (
        _no_clause(p, content, person)
        or _runs_on(p, content)
        or _leans_back(p, first, story)
        or _ends_asking(content)
        or (p.kind == "reported" and _META.match(content) is not None)
    )


def _ends_asking(content: str) -> bool:
    """Whether ``content`` ends on a question ("... How many are going to die?"): shown as a
    position it leaves its point open; the answer it implies, the article says. One that
    answers its own question ("Who pays? The taxpayer pays.") states it."""
    sentences = [s for s in _STOP.split(content.strip()) if s.strip()]
    return bool(sentences) and _QUESTION.search(sentences[-1].strip()) is not None


def _no_clause(p: Position, content: str, person: bool) -> bool:
    """Whether speaker, cue and content make no clause: a participle cue, a plural verb
    after one person, a quoted phrase of the writer's clause, content opening on a
    conjunction or (reported) on a preposition, on the person told and a topic ("Murray
    about his plans"), on an indirect question ("how it works") or inside a quotation."""
    if p.cue and (_participle(p.cue) or (person and _plural_verb(p.cue))):
        return True
    if person and _possessor(p):
        # (a state's or a body's own: "Mexico's government said" is Mexico speaking)
        return True
    if p.cue and finite_cue(p.cue) != p.cue and _IT.match(content):
        # "…, saying it was a purely medical issue": a participle clause comments on its
        # main clause, so its "it" is that clause's act or matter, not the speaker
        return True
    if p.kind == "direct" and _inside_narration(p):
        return True
    if continues(content):
        return True
    if p.kind == "reported" and _THAT.match(content) and _aside_cue(p):
        return True
    # (a quotation's span may hold the narration between its parts: not refused there)
    return p.kind == "reported" and bool(
        _PHRASE.match(content)
        or _TOLD_ABOUT.match(content)
        or _INDIRECT.match(content)
        or _CLOSED_FIRST.match(content)
    )


def _aside_cue(p: Position) -> bool:
    """Whether the speaker and cue stand aside between commas after words of the sentence
    ("It would be an achievement, Jackson said, that even …"): content opening on "that"
    after such a cue is the end of the writer's clause (the achievement that …), not a
    clause of what was said."""
    m, ev = p.speaker_mention, p.evidence
    if m is None or m.doc != ev.doc:
        return False
    before = ev.sentence[: max(0, m.start - ev.sentence_start)]
    cue = ev.sentence[max(0, m.end - ev.sentence_start) : max(0, p.start - ev.sentence_start)]
    return _BEFORE_ASIDE.search(before) is not None and cue.rstrip().endswith(",")


def _possessor(p: Position) -> bool:
    """Whether the speaker's name is a possessive in the sentence ("Two of Michael
    Jackson's brothers had criticised …"): the ones speaking are someone of theirs."""
    m, ev = p.speaker_mention, p.evidence
    if m is None or m.doc != ev.doc:
        return False
    at = m.end - ev.sentence_start
    return 0 <= at <= len(ev.sentence) and ev.sentence[at : at + 2] in ("'s", "’s")


def _runs_on(p: Position, content: str) -> bool:
    """Whether the content runs into a second sentence a page fused to it (a headline, a
    caption's participle phrase), or its sentence runs on past it into another (a caption
    fused to the body: '… a media "circus" Instead, Judge X has advised …'), or over its
    own attribution."""
    narration = QUOTED.sub(" ", content) if p.kind == "reported" else content
    if _RUN_IN.search(narration) or any(_PARTICIPLE_ONLY.match(s) for s in _STOP.split(content)):
        return True
    ev = p.evidence
    if _RUNS_INTO.match(ev.sentence, max(0, p.end - ev.sentence_start)):
        return True
    return p.kind == "reported" and _ATTRIBUTION.search(narration) is not None


def _leans_back(p: Position, first: str, story: Set[str]) -> bool:
    """Whether the content's first sentence points back to what only the sentences before
    name: a place ("not there yet"), a "that was", in a report a person ("the child's
    class", "him") or a set ("the other new cases"), in a quotation a "this finding" or a
    "her" it does not name."""
    said = first if p.kind == "direct" else QUOTED.sub(" ", first)
    if _THERE.search(said) or _THAT_WAS.search(said):
        return True
    if p.kind == "reported":
        return any(r.search(said) for r in (_THE_AGED, _THE_OTHER, _HIM))
    # a "him" anywhere in the quotation that it never names is someone the sentences
    # before name ("... you expose him for the fraud that he is")
    # (the frame between its parts, "…,” Trump said. “…", names the speaker, no one else)
    return _points_back(first, story) or _someone_unnamed(without_frame(clean(p.text)))


def _participle(cue: str) -> bool:
    """Whether ``cue`` is a participle the line cannot show as a finite verb ("talking
    about"; "saying" shows as "said")."""
    return finite_cue(cue) is None


_PLURAL_AUXILIARIES = {"have", "are", "do", "don't", "don’t"}


def _plural_verb(cue: str) -> bool:
    """Whether ``cue`` opens on a plain present ("say", "have said", "are saying"), which
    agrees with a plural subject, never with one person."""
    first = cue.split()[0].casefold()
    return first in SPEECH_VERBS or first in _PLURAL_AUXILIARIES


# Between a cue and a quotation only a colon, a comma or a complementizer may stand.
_BRIDGE = re.compile(r"^[\s,:;\"“”'‘’—–-]*(?:that\s*)?[\s,:\"“‘]*$", re.I)


def _inside_narration(p: Position) -> bool:
    """Whether the quotation ``p`` is a phrase inside the writer's clause after the cue
    ("said it signalled a “significant step towards pandemic influenza”"): shown as the
    speaker's words, it has neither a subject nor a verb."""
    ev = p.evidence
    start = p.start - ev.sentence_start
    if not p.cue or start <= 0:
        return False
    at = ev.sentence.rfind(p.cue, 0, start)
    if at < 0:
        # the cue after it: "“…,” said Fukuda" is whole; "Clinton is “the most dishonest
        # candidate …,” Pence said" is the predicate of the writer's clause, its subject
        # left outside the quotation
        return _CLAUSE_BEFORE.search(ev.sentence[:start]) is not None
    return _BRIDGE.match(ev.sentence[at + len(p.cue) : start]) is None


# The writer's words run straight into a quotation that follows: a word, no stop, comma
# or colon before the opening mark ("Clinton is “the most …"). A connective makes no
# clause of it ("And “we will win,” she said"), and a complementizer opens a whole one
# ("told supporters that “we close one chapter …”").
_CLAUSE_BEFORE = re.compile(
    r"\b(?!(?:and|but|so|yet|or|then|now|that|whether|if)\b)"
    r"[A-Za-z][\w'’-]*\s+[“\"‘][\s.…]*$",
    re.I,
)


def _points_back(first: str, story: Set[str]) -> bool:
    """Whether a quotation's first sentence takes up with "this"/"those" a thing only the
    sentences before name ("this finding", "those antibodies"): not a time, not the place
    the speaker stands in, not one of the story's own words, not named earlier in it."""
    for m in _THIS.finditer(first):
        noun = m[1].casefold()
        if _NO_NOUN.fullmatch(noun):
            continue
        stem = noun.rstrip("s")
        told = stem in story or noun in story
        if noun in _HERE or stem in _HERE or (told and stem not in _SHELLS):
            continue
        if re.search(rf"\b{re.escape(stem)}", first[: m.start()], re.I):
            continue
        return True
    for m in _THE_SHELL.finditer(first):
        stem = m[1].casefold()
        # the story's own deal or veto reads anywhere in the brief, as its virus does; one
        # the quotation itself introduced ("a deal ... the deal") is its own
        if stem in story or re.search(rf"\b{stem}", first[: m.start()], re.I):
            continue
        return True
    return False


def _someone_unnamed(quotation: str) -> bool:
    """Whether a quotation speaks of a "he"/"her" it names neither in the pronoun's sentence
    (before or after it: "enthusiasm for her among … Mrs. Clinton's activists") nor in a
    sentence before: the speaker is no third person, so the pronoun is someone the
    article's sentences before name. A name only in a later sentence is someone else's
    ("I give him the award. … I give her, too, Ann Lee")."""
    named = False  # a name in a sentence before: what a later "he" may stand for
    for sentence in re.split(rf"{_STOP.pattern}|\s…\s", quotation):
        here = any(m[0].lower() not in _NO_NAME for m in _CAPITALISED.finditer(sentence))
        if _HE_SHE.search(sentence) is not None and not (named or here):
            return True
        named = named or here
    return False
