"""Whether a statement reads alone: a reader can take it out of its article.

A profile line is read without the article around it, so its content must not open on a
back-reference ("it now allowed me …", a quotation's "He started his business …"), lean
on a demonstrative ("back away from that"), break off inside its clause, or drop the
words between its cue and its content.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from briefgen.aggregate.scene_cues import scene_setting, trailing_ground
from briefgen.extract.antecedents import name_gender, pronoun_sex
from briefgen.extract.quotes import without_quotations
from briefgen.extract.timex.lexicon import WEEKDAYS
from briefgen.models import Position
from briefgen.noun_phrases import wordset
from briefgen.shown import clean, stands_alone
from briefgen.when import MONTH_NAMES

__all__ = ["about_the_other", "readable_alone"]

# Cues taking a clause ("said her campaign would …"), whose content may open on a
# possessive "her"; after any other cue ("called her to …", "told her", "backed her up")
# the "her" is its object, someone the sentences before name.
_CLAUSE_CUES = {
    "say", "add", "write", "state", "note", "argue", "insist", "claim", "believe", "think",
    "feel", "know", "announce", "explain", "suggest", "acknowledge", "admit", "warn",
    "predict", "declare", "maintain", "contend", "hope", "fear", "report", "confirm",
    "deny", "promise", "agree", "conclude", "estimate", "indicate", "recall", "concede",
}  # fmt: skip
CLAUSE_FORMS = frozenset(
    {*_CLAUSE_CUES, *(v + "s" for v in _CLAUSE_CUES), *(v + "d" for v in _CLAUSE_CUES)}
    | {v + "ed" for v in _CLAUSE_CUES}
    | {"said", "says", "wrote", "thought", "felt", "knew", "denied", "denies"}
)
# Words that point back to something only the sentences before name, when they open the
# content ("it now allowed me …", "that would …") or sit on the cue ("advised them not to").
_BACK = {"it", "its", "they", "them", "their", "this", "that", "these", "those", "such"}
_PERSONAL = {"it", "its", "they", "them", "their"}
# A quotation opening on a third person is about someone the sentences before name.
_THIRD_PERSON = {"he", "she", "him", "his", "her"}
# A quotation opening on the speaker's frame of belief and a "they" as the subject of what
# they believe: "I believe they followed the law" (who did, the paraphrase before said: a
# wire's "X said Friday the agency did the right thing. 'I believe they …,' X said.").
# The frame is no subject of its own, so the "they" opens the claim as surely as if it
# stood first (``_OPENER``); an "it" after it is mostly no reference ("I think it's fair").
_FRAMED_THEY = re.compile(
    r"^\W*(?:(?:but|and|so|well|now),?\s+)?(?:I|we)(?:\s+(?:really|still|do|firmly|truly))?"
    r"(?:\s+(?:believe|think|guess|suppose|feel|know|hope|expect|suspect|understand|trust)"
    r"|\s*(?:am|['’]m|are|['’]re)\s+(?:sure|confident|convinced))\s+(?:that\s+)?(?:they|their)\b",
    re.I,
)
# A share in something owned, its owner given and what it is in not ("received clearance to
# boost its holding", "sold part of their stake"): a digest's second sentence, the company
# owned named only in the first.
_HOLDING_OF_WHAT = re.compile(
    r"\b(?:its|their|his|her|our)\s+(?:[\w%.-]+\s+)?(?:holding|stake|shareholding|interest)s?"
    r"\W*$",
    re.I,
)
# A report of news whose content is a bare definite noun of information, nothing saying
# what it was ("announced the results after the close of the market", "released the
# figures on Tuesday", "disclosed the details"): what the results were, the sentences
# before or after say; the line alone tells that something was announced.
_NEWS_OF_WHAT = re.compile(
    r"^\W*the\s+(?:results?|figures?|findings?|numbers?|details?|news|data|totals?)\b"
    r"(?!\s+(?:of|on|for|from|showed?|shows|indicated?|that|which)\b)"
    r"(?:\s+(?:after|before|at|on|in|during|late|early|yesterday|today|to)\b[^,;]*)?\W*$",
    re.I,
)
# The first word, its contraction cut: "It's" (straight or curly) opens on "It".
# A sentence adverb before it is no subject: "Perhaps they can help …" opens on "they".
_OPENER = re.compile(
    r"^\W*(?:(?:but|and|so|yet|or|because)\s+)?"
    r"(?:(?:perhaps|maybe|probably|possibly|surely|certainly|clearly|obviously|hopefully"
    r"|now|still|then|indeed|of\s+course)\s*,?\s+(?=[a-z]))?([A-Za-z]+)",
    re.I,
)
# A reported clause judging how likely a bare plural noun of a change is, with no owner:
# "fluctuations were to be expected" (in what?), "delays are inevitable", "increases were
# likely". What changes, only the sentences before say ("fluctuations in the numbers"
# says); a claim of its own ("elections are rigged") stands.
_BARE_ACT_SUBJECT = re.compile(
    r"^\W*[a-z]+(?:tions|sions|ments|ances|ences|ities|ures|ays|ases|ops|ges)\s+"
    r"(?:were|are|was|is|would\s+be|will\s+be|could\s+be)\s+(?:to\s+be\s+)?"
    r"(?:expected|likely|unlikely|inevitable|normal|possible|probable|natural|common"
    r"|unavoidable|unsurprising|understandable)\b"
)
# A characterisation of a thing the content names only by a bare definite noun, which the
# sentences before told: "described the attack as “a sobering reminder …”" (which
# attack?). The cue's "as" gives what it was called, not which one it is.
_CHARACTERISING = wordset(
    "describe described describes characterize characterized characterizes characterise "
    "characterised characterises call called calls label labeled labelled labels brand "
    "branded brands portray portrayed portrays"
)
_BARE_CHARACTERISED = re.compile(r"^\W*the\s+[a-z]+\s+as\b")
# A verdict on a bare "it" that is its whole sentence: "I think it's great." (what is? the
# sentences before say). An "it" opening more ("it's time to …", "it's clear that …") is
# no reference back, nor one after a sentence's own matter ("we're tired of being told it
# is anti-immigrant, it's offensive!").
_BARE_VERDICT = re.compile(
    r"^\W*(?:(?:well|look|and|but|so|oh),?\s+)?(?:I\s+(?:think|believe|guess|mean)\s+)?"
    r"(?:it|that|this)(?:['’]s|\s+is|\s+was)\s+(?:(?:so|very|really|just|pretty|quite|not)\s+)?"
    r"[a-z]+\s*[.!]?[\"”’']*$",
    re.I,
)
# A demonstrative standing alone for what was said before: "back away from that and say".
_PRONOUN_DEMONSTRATIVE = re.compile(
    r"\b(?:that|this|these|those|it|them)\b(?=\s*(?:[,.;:!?]|and\b|but\b|or\b|$))", re.I
)
# A quotation that opens on a past verb in lower case ("authorised investigators to look
# for ..."): its subject is outside the quotation, and so is what it is about.
# A quotation opening on a verb whose subject the sentence gave outside it: "“can continue
# to be a powerful tool …”" (the subject, the fuel standard, is cut off).
_OPENS_ON_VERB = re.compile(
    r"^\W*(?:[a-z]+ed|can|could|will|would|should|must|may|might|is|are|was|were|has|have"
    r"|had)\b"
)
# Words between a cue and its content a statement can drop: a complementizer, a time.
_MAY_DROP = {
    "that",
    "whether",
    "if",
    "on",
    "in",
    "at",
    "last",
    "this",
    "next",
    "earlier",
    "later",
    "also",
    "again",
    "today",
    "yesterday",
    "tonight",
    "morning",
    "afternoon",
    "evening",
    "night",
    "week",
    "weekend",
    "month",
    "year",
    "repeatedly",
    "privately",
    "publicly",
    "recently",
} | set(WEEKDAYS)
_COMPLEMENTIZER = re.compile(r"^(?:that|whether)\s+(?=\S)", re.I)
# Words that may follow a whole reported clause in its sentence: a cue, a joined clause.
_AFTER_CLAUSE = {
    "and",
    "but",
    "or",
    "as",
    "while",
    "because",
    "after",
    "before",
    "when",
    "since",
    "although",
    "though",
    "if",
    "said",
    "says",
    "according",
    "adding",
    "saying",
    "he",
    "she",
    "they",
    "told",
    "wrote",
}

# Typewriter quotation marks of archive text (''He views …,'' Mr. X said), which the
# quotation finder leaves to the cue: the content is still the speaker's own words.
_TYPEWRITER_OPEN = ("''", "``")


_TYPEWRITER_CLOSE = re.compile(r"^[,.!?]?(?:''|``)")


def _quoted(p: Position) -> bool:
    """A quotation, or content between typewriter quotation marks: one right before it, or
    one closing right after it (the sentence may start after the opening one)."""
    if p.kind == "direct":
        return True
    sentence, at = p.evidence.sentence, p.evidence.start - p.evidence.sentence_start
    end = p.evidence.end - p.evidence.sentence_start
    return (
        sentence[max(0, at - 2) : at] in _TYPEWRITER_OPEN
        or _TYPEWRITER_CLOSE.match(sentence[end:]) is not None
    )


def readable_alone(p: Position, person: bool = False) -> bool:
    """Whether a reader can take the statement out of its article.

    Refused: content opening with a back-reference ("it now allowed me …", a quotation's
    "He started his business …", or its "I believe they …"), a cue holding one
    ("advised them not to"), content that ``shown.stands_alone`` refuses ("the move", "the
    event", a dangling connective), a first sentence leaning on a demonstrative ("back away
    from that"), content broken off inside its clause (the sentence goes on past it with a
    dash or straight on with words that are not a new clause), and a reported statement
    that drops the words between its cue and its content, and a participle opening the
    sentence that sets the scene of its act ("Recalling …, the committee began …":
    ``scene_cues``).
    """
    content = clean(p.text)
    if p.kind == "reported":  # "said that the line …": the complementizer points nowhere
        content = _COMPLEMENTIZER.sub("", content)
    opener = _OPENER.match(content)
    # in a report, a leading "it"/"they" is its speaker ("The Times reported that it had
    # received …"), unless the speaker is a person ("the judge concluded that it would
    # not help", "the promoter says they haven't heard all the facts"); in a quotation it
    # is whatever the speaker spoke of before
    back = _BACK
    if p.kind == "reported" and not _opens_sentence(p):
        # content before its cue ("It contains DNA …, the CDC has said") opens the
        # sentence: its "it" is what the sentence before named, not the speaker after
        back = _BACK if person else _BACK - _PERSONAL
    if opener is not None and opener[1].lower() in back:
        return False
    if _quoted(p) and opener is not None and opener[1].lower() in _THIRD_PERSON:
        return False  # the speaker's "He started his business ...": whom, said before
    if _quoted(p) and _FRAMED_THEY.match(content):
        return False  # "I believe they followed the law": who, the paraphrase before said
    if p.cue and _BACK & {w.lower() for w in p.cue.split()}:
        return False
    if (
        p.kind == "reported"
        and opener is not None
        and opener[1].lower() in ("her", "them")
        and p.cue
        and p.cue.split()[-1].lower() not in CLAUSE_FORMS
    ):
        return False  # "backed her up in an interview": whom, the sentences before say
    # a speaker's own "the money" is where they stand (as shown.stands_alone reads a
    # quotation); the writer's "the move" points back into the article
    if p.kind == "reported" and not stands_alone(content):
        return False
    if (
        p.kind == "reported"
        and p.cue
        and p.cue.split()[-1].lower() in _CHARACTERISING
        and _BARE_CHARACTERISED.match(content)
    ):
        return False  # "described the attack as …": which attack, the sentences before say
    if p.kind == "reported" and _BARE_ACT_SUBJECT.match(content):
        return False  # "fluctuations were to be expected": of what, said before
    first = re.split(r"(?<=[.!?])\s", content, maxsplit=1)[0]
    if _PRONOUN_DEMONSTRATIVE.search(first) or _BARE_VERDICT.search(first):
        return False  # "we've got to back away from that and say …", "God wants me to do it"
    if p.kind == "direct" and _OPENS_ON_VERB.match(content):
        return False
    if p.kind == "reported" and not person and _someone_else(content):
        return False  # "Democrats argued that Republicans concentrated voters in his district"
    if p.kind == "direct" and _someone_else(content):
        # a speaker's "he" is never themselves: "I think he and his supporters understand"
        # is about someone only the sentences before name
        return False
    if p.kind == "direct" and _ANSWER.match(first):
        return False  # "Right? Not a serious candidate": the reply to a question not shown
    if _ENDS_OPEN.search(content):
        return False  # "his allegiance has shifted from Fiorina to Rubio to": cut mid-phrase
    if p.kind == "reported" and _HOLDING_OF_WHAT.search(content):
        return False  # "to boost its holding": in what, the sentence before says
    if p.kind == "reported" and _NEWS_OF_WHAT.match(content):
        return False  # "announced the results after the close": which results, said apart
    if _ELLIPTIC.match(p.text):
        return False  # "said that he did not": the elided verb phrase is the sentence before's
    if p.kind == "reported" and _HE_THEN_HIM.search(content):
        return False  # "he also may campaign for him": a speaker's own self is "himself"
    if _THEN_OPENS.match(content) or _DO_THAT.search(first):
        return False  # "since then, 427 were caught", "I'm not ready to do that at this point"
    if p.kind == "reported" and opener is not None and _someone_between(p, opener[1]):
        return False  # "Warren praised Clinton's record, saying she had steady hands"
    if scene_setting(p) or trailing_ground(p):
        return False  # "Recalling the pitfalls …, the committee began …": the act is the verb's
    if p.evidence.sentence.rstrip().endswith(":"):
        # "Sanders pointed out that veterans' issues were largely ignored:" leads in to what
        # the page set after it (a tweet, a list): its point is there, not in the sentence
        return False
    return not _broken_off(p) and not _words_dropped(p)


# A name: a capitalised word after a title or another word, not a sentence's first.
_NAME_WORD = re.compile(r"(?<=[\s(])[A-Z][a-z][\w'’-]*")


def _someone_between(p: Position, first: str) -> bool:
    """Whether a reported he/she opening ``p``'s content (``first``) after a participle's
    cue may be someone the main clause named between the speaker and the content, not the
    speaker: "Warren praised Clinton's advocacy for families, saying she had steady hands"."""
    if first.lower() not in ("he", "she") or p.speaker_mention is None:
        return False
    if not p.cue or not p.cue.split()[-1].lower().endswith("ing"):
        return False  # "Sanders, asked by CNN, said he agrees": the speaker's own "he"
    sentence, at = p.evidence.sentence, p.evidence.sentence_start
    lo = p.speaker_mention.end - at
    hi = p.evidence.start - at
    if not 0 <= lo < hi <= len(sentence):
        return False
    return any(not _CALENDAR_NAME.match(w[0]) for w in _NAME_WORD.finditer(sentence, lo, hi))


_CALENDAR_NAME = re.compile(rf"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|{MONTH_NAMES}")


# A first sentence that is only a reply ("Right?", "Absolutely.", "No, no."): the quotation
# answers a question, or goes on from a remark, the profile does not show.
_ANSWER = re.compile(
    r"^\W*(?:(?:right|yes|yeah|yep|no|nope|absolutely|exactly|sure|okay|ok|well|true|correct"
    r"|indeed|definitely|certainly|of\s+course|not\s+at\s+all|absolutely\s+not"
    # a reply granting what was put to the speaker: "I know. I know. That's why …"
    r"|i\s+know|i\s+agree|i\s+understand|i\s+see|i\s+think\s+so|i\s+hope\s+so|i\s+guess\s+so"
    r"|that['’]s\s+(?:right|true|correct|fair))[\s,.!?…]*)+$",
    re.I,
)
# Content ending on a word that needs what follows it (a preposition, an article, a
# conjunction, a possessive): the statement was cut inside its phrase.
_ENDS_OPEN = re.compile(r"\b(?:to|of|the|a|an|and|or|from|by|than|their|its|our|my|your)\W*$", re.I)
# A content that is a pronoun and an auxiliary alone, its verb phrase elided ("said that he
# did not", "it probably wasn't"): did not what, only the question or the sentence before
# says.
_ELLIPTIC = re.compile(
    r"^\W*(?:that\s+)?(?:he|she|they|it|we|I|you)\s+(?:[a-z]+ly\s+|indeed\s+){0,2}"
    r"(?:did|do|does|would|will|could|should|can|had|has|have|was|were|is|are|might|must)"
    r"(?:\s+not|n['’]t)?(?:\s+(?:too|either|so))?\W*$",
    re.I,
)
# A third-person singular personal pronoun, and a person's name before it: a capitalised
# word that is no plural ("Republicans") and no function word opening a sentence.
_HE_SHE = re.compile(r"\b(?:he|him|his|she|her|hers)\b", re.I)
# "he … him" in one clause: "him" is someone else, named before ("he would vote for
# him"); a "him" alone may be the speaker ("said voters should go with him").
_HE_THEN_HIM = re.compile(r"\bhe\b[^,;:.“”\"]*\bhim\b", re.I)
# A time only the sentences before date, opening the content.
_THEN_OPENS = re.compile(r"^\W*(?:since\s+then|by\s+then|until\s+then|at\s+that\s+time)\b", re.I)
# "do that", "doing this": a pronoun for an act the sentences before name.
_DO_THAT = re.compile(r"\b(?:do|doing|did|done)\s+(?:that|this|it)\b(?!\s+(?:is|was)\b)", re.I)
_NAME = re.compile(r"\b[A-Z][a-z]+\b(?<![a-rt-z]s\b)")
_OPENERS = {
    "The", "A", "An", "It", "Its", "This", "That", "These", "Those", "We", "They", "I", "In",
    "On", "At", "But", "And", "If", "When", "There", "Our", "Their", "What", "Some", "All",
    # and a speaker's own openers: "So I have a belt: Somebody hits me …"
    "So", "Somebody", "Someone", "Everybody", "Everyone", "Nobody", "Anybody", "People",
    "Well", "Look", "Now", "Then", "Here", "You", "He", "She", "Why", "How", "Who", "Where",
    "Because", "Maybe", "Perhaps", "Frankly", "Obviously", "Again", "Also", "Just", "Even",
    "Let", "Let's", "Nothing", "Everything", "Many", "Most", "One", "My", "Your", "His", "Her",
    "Yes", "No", "Right", "Not", "As", "After", "Before", "For", "With", "Without", "Today",
}  # fmt: skip


def _opens_sentence(p: Position) -> bool:
    """Whether ``p``'s content is the start of its sentence (its cue comes after it)."""
    ev = p.evidence
    return not ev.sentence[: max(0, p.start - ev.sentence_start)].strip(" \"“‘'")


def _someone_else(content: str, pronoun: re.Pattern[str] = _HE_SHE) -> bool:
    """Whether a group's or a body's reported statement leans on a "he"/"his" it does not
    name: a group is no "he", so the pronoun is someone only the article before names.
    With ``pronoun``, whether the statement leans on such a pronoun it does not name."""
    narration = without_quotations(content)
    m = pronoun.search(narration)
    if m is None:
        return False
    return not any(w[0] not in _OPENERS for w in _NAME.finditer(narration, 0, m.start()))


def _words_dropped(p: Position) -> bool:
    """A reported statement shown as speaker, cue and content loses the words between the
    cue and the content ("is demanding [President Obama] make a pledge", "warn [his
    supporters about] the dangers"), and a clause before a colon is no complement of the
    cue after it ("… fireworks on Friday: Republicans said they're …")."""
    if p.kind != "reported" or not p.cue:
        return False
    ev = p.evidence
    start, end = p.start - ev.sentence_start, p.end - ev.sentence_start
    if start < 0:
        return False
    at = ev.sentence.rfind(p.cue, 0, start)
    if at < 0:
        after = ev.sentence.find(p.cue, end)
        return after >= 0 and ":" in ev.sentence[end:after]
    gap = re.findall(r"[A-Za-z][\w'’-]*", ev.sentence[at + len(p.cue) : start])
    return any(w.lower() not in _MAY_DROP for w in gap)


def _broken_off(p: Position) -> bool:
    ev = p.evidence
    rest = ev.sentence[max(0, p.end - ev.sentence_start) :]
    rest = rest.lstrip(" \u00a0\"“”'’")
    if not rest:
        return False
    if rest[0] in "-—–" and re.match(r"^[-—–]+\s*\w", rest):
        return True  # "… headed - you've guessed it - by Dr Murray": cut at the dash
    first = re.match(r"[A-Za-z']+", rest)
    return first is not None and rest[0].islower() and first[0].lower() not in _AFTER_CLAUSE


# The pronouns of a man and of a woman, and those a speaker's own report uses of them.
_HIS = re.compile(r"\b(?:he|him|his|himself)\b", re.I)
_HERS = re.compile(r"\b(?:she|her|hers|herself)\b", re.I)
_OWN = frozenset({"he", "him", "his", "she", "her"})


def speaker_sex(positions: Sequence[Position]) -> str | None:
    """ "m" or "f": the sex of the pronoun the text uses for a person when it gives them
    their statements ("she said"), when nearly all of at least two such mentions agree."""
    votes = Counter(
        pronoun_sex(word)
        for p in positions
        if p.speaker_mention is not None
        and p.speaker_mention.kind == "pronoun"
        and (word := p.speaker_mention.text.casefold()) in _OWN
    )
    total = sum(votes.values())
    if total < 2:
        return None
    sex, most = votes.most_common(1)[0]
    return sex if most >= 0.8 * total else None


def about_the_other(p: Position, sex: str | None) -> bool:
    """Whether a person's reported statement leans on a he/she of the other sex it does
    not name ("Clinton said his reckless comments render him unfit"): not the speaker's
    own "his", so someone only the sentences before name. The speaker's ``sex`` is the one
    of the pronoun the text gives their statements ("she said"), else the one their given
    name always has; unknown, the statement may be about themselves and is kept."""
    if p.kind != "reported":
        return False
    sex = sex or next(filter(None, (name_gender(w) for w in (p.speaker or "").split())), None)
    if sex is None:
        return False
    return _someone_else(clean(p.text), _HERS if sex == "m" else _HIS)
