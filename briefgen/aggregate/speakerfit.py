"""Whether the name at a statement's cue is the one who said it, alone and whole.

A profile line reads "Republican Party said …" or "Barack Obama has never blamed …": the
actor is taken for the subject of the cue. The text's subject is often something else the
name only stands in:

- a part of a group or a body, qualified before or after its name: "veteran Republicans",
  "These same Republicans", "Not all Cuban-Americans", "the Wisconsin Republican" (one
  member), "Democrats involved in the talks", "Republicans who critiqued the speech";
- a name modifying the subject, or one of several subjects: "the Obama administration has
  never …", "Ryan and Trump agreed …", "Bush, Christie, Kasich and Paul all appeared …",
  "Spain and the UK confirmed two cases each" (shown under one, the joint statement reads
  as that one's);
- the subject of what a reporting aside tells: "Democrats, Frank notes, applaud …" is
  Frank's account of the Democrats, not a statement of theirs;
- the writer's guess, not a statement: "Sanders presumably believes …";
- a case the sentence puts: "If Republicans choose to not believe …";
- a name inside someone else's report: "unsubstantiated claims that Elian is afraid …".

And a report may run on into another speaker's clause ("Rubio suggested …, while Cruz said
…"), which the line would credit to the first. These are left out of profiles: unknown
beats wrong.
"""

from __future__ import annotations

import re

from briefgen.extract.cues import SPEECH_VERBS, speech_form
from briefgen.extract.stance import CUE_HEDGES
from briefgen.extract.timex.lexicon import MONTHS, WEEKDAYS
from briefgen.models import Position

__all__ = ["aside_subject", "joint_subjects", "others_clause", "speaks_alone"]

# Words that close the phrase before a name: after them the name opens its own phrase.
_BOUNDARY = frozenset(
    """
    and but or while as when since because although though after before if once whereas
    to by from according including like than said says told until unless
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
_DETERMINER = frozenset({"the"})
# What may stand between a subject and its cue without being a subject itself: auxiliaries,
# negation, adverbs of time and manner, reflexives, a time phrase.
_BETWEEN = frozenset(
    """
    has have had is are was were will would could should may might must can did does do not
    never also too then again later earlier now still already just only once first last
    further often past however meanwhile instead though afterwards afterward later
    himself herself itself themselves all both each today yesterday tonight this next on in
    at during late week weekend month year morning afternoon evening night n't
    """.split()  # noqa: SIM905 - a word list reads best as prose
) | {w.casefold() for w in (*WEEKDAYS, *MONTHS)}
# Adverbs of the writer's guess: what follows is no statement of the speaker's.
_GUESS = frozenset(
    "presumably reportedly apparently allegedly supposedly seemingly probably likely".split()  # noqa: SIM905 - a word list reads best as prose
)
# Adverbs of report, not of guess: "reportedly said" is a statement others heard, shown
# with its adverb ("Lavrov reportedly said …").
_HEARSAY = frozenset({"reportedly", "allegedly"})
# Words after a group's name that say which of its members ("Democrats involved in the
# talks", "Republicans who critiqued it", "Republicans on Capitol Hill", "… in the audience").
_TIMES = "|".join((*WEEKDAYS, *MONTHS))
_RESTRICTING = re.compile(
    r"^\s*(?:who|that|involved|familiar|close|among|from|with|of|inside|across"
    rf"|(?:on|in|at)\s+(?!(?:{_TIMES})\b|\d|the\s+(?:past|last)\b))\b",
    re.I,
)
# A name inside someone else's report ("claims that Elian is afraid", "Republicans said
# that Democrats want …") or the writer's phrase ("what the Times called a rough week"):
# the one reporting, or the writer, is the source, not the name.
# The report's verb may be a participle ("alleging - again falsely - that President
# Obama wanted …"), with an aside before "that" and a title before the name.
_NESTED = re.compile(
    r"(?:\b(?:claims?|claimed|claiming|said|says|say|saying|reports?|reported|reporting"
    r"|allegations?|alleged|alleging|argued|argues|arguing|insisted|insists|insisting"
    r"|suggestions?|suggested|suggesting|rumou?rs?|believes?|believed|believing|charged"
    r"|charging|asserted|asserting|contended|contending|tweeted|tweeting)"
    r"(?:\s*(?:--|[-–—,])[^-–—,]{1,40}(?:--|[-–—,]))?\s+that|\bwhat)"
    r"\s+(?:the\s+)?(?:former\s+)?(?-i:[A-Z][\w.'’-]*\s+){0,2}$",  # a title, a given name
    re.I,
)
# A name opening a condition or a question the sentence puts ("If Republicans choose to
# …, the Post will …", "whether Democrats would back …"): nobody said it.
_CONDITION = re.compile(r"\b(?:if|unless|whether|lest|suppose|supposing)\s+(?:the\s+)?$", re.I)
# A name opening a clause of what came before the sentence's news ("These donors were
# upset after Obama called Wall Street bankers …"): background, said at a time the
# sentence does not give, and told as the cause of something else.
_EARLIER = re.compile(r"\b(?:after|since|before|ever\s+since)\s+(?:the\s+)?$", re.I)
_RELATIVE = frozenset({"who", "which", "that"})
_ANTECEDENT = re.compile(r"([A-Z][\w'’-]*)\s*,?\s*$")
_WORD = re.compile(r"[A-Za-z][\w'’.-]*|\d+")
_PHRASE_END = re.compile(r"[,;:.!?()\"“”—–]|--|\s-\s")


def speaks_alone(p: Position, text: str, person: bool) -> bool:
    """Whether ``p``'s speaker mention, in its document's ``text``, is the whole subject of
    its cue: for a group or body not a qualified part of it, and for anyone not a modifier
    of the subject, one of several subjects, or the writer's guess. Unknown offsets pass."""
    m = p.speaker_mention
    if m is None or m.doc != p.doc or text[m.start : m.end] != m.text:
        return True
    if _NESTED.search(text, max(0, m.start - 90), m.start):
        return False
    if _CONDITION.search(text, max(0, m.start - 30), m.start):
        return False  # "If Republicans choose to not believe …": a case put, no statement
    if _EARLIER.search(text, max(0, m.start - 30), m.start) and p.kind == "reported":
        return False  # "donors were upset after Obama called bankers …": what led up to it
    if _passive_opening(p):
        return False
    if _coordinated_after(p, m.start):
        return False  # "Italy and Spain confirmed …": one of several subjects
    if not _guess_free(" ".join(w for w in (p.cue or "").split() if w not in _HEARSAY)):
        return False  # "apparently said", kept in the cue: the writer's guess
    if not person and _qualified(m.text, text, m.start, m.end):
        return False
    if not person and m.text.lower() in _RELATIVE and not m.text.isupper():
        # "the Wisconsin Republican, who had pledged …": the name it takes up is the subject
        named = _ANTECEDENT.search(text, max(0, m.start - 60), m.start)
        if named is not None and _qualified(named[1], text, named.start(1), named.end(1)):
            return False
    return _subject_to_cue(p, text, m.end, person)


def joint_subjects(p: Position, text: str) -> str | None:
    """The subjects of ``p``'s cue as written, when its speaker mention (in its document's
    ``text``) is one of several joined by "and": "Spain and the UK" of "Spain and the UK
    confirmed …", "Mr. Grassley and Mr. Leahy" of "Mr. Grassley and Mr. Leahy say …".
    None when it is the subject alone, or the offsets are unknown."""
    m = p.speaker_mention
    if m is None or m.doc != p.doc or text[m.start : m.end] != m.text:
        return None
    ev = p.evidence
    at = m.start - ev.sentence_start
    if 0 <= at <= len(ev.sentence):
        before = _COORDINATE_BEFORE.search(ev.sentence[:at])
        if before is not None:
            # ", and public records show": two clauses, not two subjects
            return None if "," in before[1] else (before[1] + m.text).strip()
    found = _to_cue(p, text, m.end)
    if found is None or not _COORDINATE.match(text, m.end, found[1]):
        return None
    title = _TITLE_BEFORE.search(text, max(0, m.start - 6), m.start)
    # the subjects run to the cue, or to an aside before it ("experts and U.S. officials,
    # however, said"), without the auxiliaries and adverbs before the cue
    # (the names listed by commas before the "and" are subjects too, not an aside)
    listed = _LISTED.match(text, m.end, found[1])
    rest = listed.end() if listed is not None else m.end
    phrase = re.split(r"[,(—–]|--|\s-\s", text[rest : found[1]])[0].split()
    while phrase and (phrase[-1].casefold() in _BETWEEN or re.fullmatch(r"[a-z]+ly", phrase[-1])):
        phrase.pop()  # "did not", "both", "implicitly"
    names = text[title.start() if title else m.start : rest].rstrip()
    return " ".join([names, *phrase])


def aside_subject(p: Position, text: str) -> bool:
    """Whether ``p``'s speaker mention, in its document's ``text``, is the subject of what a
    reporting aside tells ("Democrats, Frank notes, applaud …"): the aside's subject speaks,
    not the named actor. Unknown offsets pass."""
    m = p.speaker_mention
    if m is None or m.doc != p.doc or text[m.start : m.end] != m.text:
        return False
    found = _to_cue(p, text, m.end)
    return found is not None and _reporting_aside(found[0])


def _passive_opening(p: Position) -> bool:
    """Whether the cue is a past participle opening its sentence ("Found clinging to an
    inner tube …, Elian has been …"): a phrase about the subject, no statement of theirs
    (an active one, "Calling the mother “an excellent girl,” Castro …", is)."""
    cue = p.cue or ""
    first = cue.split()[0] if cue else ""
    if not first[:1].isupper() or first.casefold().endswith("ing") or first == "According":
        return False
    return p.evidence.sentence.lstrip(" “\"'‘").startswith(cue)


def _qualified(name: str, text: str, start: int, end: int) -> bool:
    """Whether a group's one-word name ("Republicans", "Democrat", "Americans") is
    qualified: words of its own phrase before it, an article aside ("the Wisconsin
    Republican", "Cuban Americans", "These same Republicans"), or a restricting phrase
    after it. A body's longer name may take a description ("the nonpartisan Congressional
    Budget Office") and an acronym is its own name: neither is a part of anything."""
    if len(name.split()) > 1 or name.isupper():
        return False
    before = text[max(0, start - 80) : start]
    cut = [m.end() for m in _PHRASE_END.finditer(before)]
    before = before[cut[-1] :] if cut else before
    words = _WORD.findall(before)
    for i in range(len(words) - 1, -1, -1):
        if words[i].casefold() in _BOUNDARY:
            words = words[i + 1 :]
            break
    if any(w.casefold() not in _DETERMINER for w in words):
        return True
    return _RESTRICTING.match(text[end : end + 40]) is not None


def _to_cue(p: Position, text: str, end: int) -> tuple[str, int] | None:
    """The words from the speaker mention (ending at ``end``) to its finite cue after it,
    a name going on after the mention's title and the name's own "'s" left out, and where
    the cue starts; None when the cue is a participle, comes before the mention ("said
    Obama") or is not found."""
    m = p.speaker_mention
    verb = [w for w in (p.cue or "").casefold().split() if w not in CUE_HEDGES][:1]
    if not p.cue or m is None or (verb and verb[0].endswith("ing")):
        return None
    if m.end <= p.start:  # "Obama has never said that …"
        at = text.find(p.cue, end, p.start)
    elif text.find(p.cue, max(p.end if m.start >= p.end else p.start, m.start - 40), m.start) >= 0:
        return None  # "“…,” said Obama", also between a quotation's parts
    else:  # "“…,” Obama said"
        at = text.find(p.cue, end, end + 120)
    if at < 0:
        return None
    # a name going on after a mention of its title ("police Chief Ann Lee said")
    # (a mention may leave out its name's closing stop: "U.S" of "the U.S. government")
    between = re.sub(r"^\.?(?:\s*[A-Z][\w.'’-]*)+", " ", text[end:at])
    between = re.sub(r"^\.(?=\s)", " ", between)
    # an apposition the text did not close: "Ann Lee, an emergency doctor says"
    if between.lstrip().startswith(",") and between.count(",") == 1:
        between = " "
    # a name's own "'s" ("Lloyd's said"); what follows it is someone of theirs
    between = re.sub(r"^['’]s(?=\s)", " ", between)
    return between, at


def _subject_to_cue(p: Position, text: str, end: int, person: bool = False) -> bool:
    """Whether the words from the speaker mention to its finite cue after it are no more
    than auxiliaries, adverbs, an aside between commas and a verb phrase joined by "and"
    ("Schultz backed Democrats and said …"). A participle cue ("…, saying") has the
    sentence's main verb between; a cue before the mention ("said Obama") or not found
    between the mention and the content passes."""
    found = _to_cue(p, text, end)
    if found is None:
        return True
    between, at = found
    if _reporting_aside(between):
        return False  # "Democrats, Frank notes, applaud …": Frank's account of them
    # the mention one of several subjects ("Spain and the UK confirmed …"): their joint
    # statement, which the line would give to one
    if _COORDINATE.match(text, end, at):
        return False
    # an aside set off by commas or dashes: "Sanders, who has …, said"
    between = re.sub(r"[,(—–].*[,)—–]", " ", between)
    between = re.sub(r"(?:--|\s-\s).*(?:--|\s-\s)", " ", between)
    # "visited Mexico City in April, praised …": the speaker's own verb phrases listed
    if "," in between and _only_modifiers(between.rsplit(",", 1)[1]):
        return True
    # the office speaking for its holder ("the coroner's office said"); the place or
    # the medium of a statement ("in Los Angeles", "in a statement", "on Twitter")
    between = _OFFICE.sub(" ", between)
    if not person:  # a state's or a body's government is it speaking ("the U.S. government")
        between = re.sub(r"^\s*government\b", " ", between)
    between = _MEDIUM.sub(" ", between)
    # "backed Democrats and said": a verb phrase of the speaker's own before the cue's.
    # Anything else after the last "and" is the subject of the cue ("and when he awoke
    # the two men discussed")
    parts = re.split(r"\b(?:and|but)\b", between)
    if len(parts) > 1:
        if not _only_modifiers(parts[-1], names=True):
            return False
        if _only_modifiers(parts[0], names=True):
            return True
        return _guess_free(parts[0])
    return _only_modifiers(between)


# A name joined to the mention by "and" right after it: "Spain and the UK", "Jermaine and
# Randy Jackson".
# "Spain and the UK", "Jermaine and Randy Jackson", "Ann Holt, Reed and defense secretary Tom
# Lake": names listed by commas before the "and", a title before the last name.
_LISTED = re.compile(r"(?:\s*,\s*(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)*,?\s*(?:and|&)\s+")
_COORDINATE = re.compile(_LISTED.pattern + r"(?:the\s+)?(?:[a-z]+\s+){0,2}[A-Z]")
# A name joined to the mention by "and" right before it, the pair opening its clause:
# "The UK and Spain confirmed …", "…, said that Italy and Spain had …".
_COORDINATE_BEFORE = re.compile(
    r"(?:^|[.;:,(“\"]\s*|\bthat\s+)((?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*,?"
    r"\s+(?:and|&)\s+(?:the\s+)?)$"
)
# An honorific or title right before a mention that left it out ("Mr. Grassley").
_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.?\s+$")


def _coordinated_after(p: Position, start: int) -> bool:
    """Whether the speaker mention at ``start`` comes second of two names joined by "and"
    opening its clause."""
    ev = p.evidence
    at = start - ev.sentence_start
    if not 0 <= at <= len(ev.sentence):
        return False
    return _COORDINATE_BEFORE.search(ev.sentence[:at]) is not None


# A reporting clause set off as an aside between the subject and its verb: ", Frank notes,",
# "(he says)", ", according to the report,".
_ASIDE = re.compile(
    r"[,(—–]\s*(?:according\s+to\b[^,()—–]{1,50}"
    r"|((?-i:[A-Z])[\w.'’-]*|he|she|they|we|i|the|a|an|his|her|their|its|one|some|many|most"
    r"|others)\s+(?:[\w.'’-]+\s+){0,3}?([a-z]+))\s*[,)—–]",
    re.I,
)


def _reporting_aside(between: str) -> bool:
    """Whether ``between`` (the words from a speaker mention to its cue) holds a reporting
    clause set off as an aside, whose subject speaks."""
    for m in _ASIDE.finditer(between):
        if m[2] is None:
            return True  # ", according to …,"
        verb = m[2]
        if m[1].casefold() in ("a", "an") and verb in SPEECH_VERBS:
            continue  # ", a swing state,": a noun after the article, no clause
        if verb in SPEECH_VERBS or speech_form(verb):
            return True
    return False


def _guess_free(words: str) -> bool:
    return not any(w.casefold() in _GUESS for w in _WORD.findall(words))


def _only_modifiers(words: str, names: bool = False) -> bool:
    """Whether ``words`` hold nothing but auxiliaries, adverbs and titles (no subject,
    no guess), and with ``names`` the names of others speaking with the speaker."""
    for w in _WORD.findall(words):
        low = w.casefold()
        if low in _GUESS:
            return False
        if low in _BETWEEN or (low.endswith("ly") and w.islower()) or w[0].isdigit():
            continue
        if low in ("mr.", "mrs.", "ms.", "dr.") or (names and (w[0].isupper() or low == "the")):
            continue
        return False
    return True


_OFFICE = re.compile(r"['’]s\s+office\b")
# Where or through what a statement was made, between its speaker and its cue.
_MEDIUM = re.compile(
    r"\b(?:in|at|on|from|during|via|through|of)\s+(?:(?:a|an|the|his|her|their|its)\s+)?"
    r"(?:(?:[A-Z][\w.'’-]*|statement|interview|e-?mail|letter|tweet|post|speech|release"
    r"|news|conference|briefing|radio|television|rally|video|remarks|court|filing"
    r"|televised|written|joint|separate|telephone|phone)\s*){1,4}"
)


# A clause of someone else's joined to a report: ", while Cruz said …", "— while his
# supporters have accused …". A "he"/"she"/"they" there is the speaker going on.
_OTHERS = re.compile(
    r"(?:[,;]|\s[—–-]+|\s--)\s*(?:while|whereas|but|and)\s+(?!(?:he|she|they|i|we)\b)"
    r"((?:[\w'’.-]+\s+){1,6}?)(?:(?:has|have|had)\s+)?(?:also\s+)?"
    r"(?:said|says|say|accused|argued|claimed|insisted|countered|warned|called|denied)\b",
    re.I,
)


def others_clause(p: Position) -> bool:
    """Whether a reported statement runs on into a clause with a speaker of its own."""
    if p.kind != "reported":
        return False
    return _OTHERS.search(p.text) is not None
