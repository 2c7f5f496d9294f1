"""Tense cues: does the clause around a time expression speak of the past or the future?

Relative expressions ("on Monday", "in January") are read against the DCT in the direction the
clause points. The verb governing a time adverbial usually comes before it ("the king met
Monday", "will meet Bush on Thursday"); a fronted adverbial ("On Friday, the government
planned ...") is governed by the verb after it. So the words before the expression are read
first, nearest first, and the words after it only when those say nothing.
"""

from __future__ import annotations

import re

from briefgen import speech_verbs


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_FUTURE = _words(
    """will wo 'll shall would going plans plan planning scheduled expects expect due next
    upcoming coming hopes aims intends deadline tomorrow soon effective payable expire expires
    resume resumes mature matures slated begins starts would-be pending likely poised"""
)
# verbs of planning: the time after them is that of the planned event (future); a fronted time
# before them dates the planning itself, in the verb's own tense
_PLANNING = _words("planned expected scheduled forecast")
_PAST = _words(
    """was were had did ago last earlier since began came met took held made went saw became
    left won lost fell rose killed died yesterday previously"""
)
# verbs that say when something was said, not when the reported event happens: the past of
# a verb of saying or disclosing (a tense cue reads the past only), "according (to)", and
# "ended" (a period that ended dates its end, not what it holds)
_REPORTED = _words(
    """say tell add report announce note state predict declare confirm disclose testify warn
    insist indicate acknowledge concede claim explain urge assert charge"""
)
_REPORTING = speech_verbs.forms(_REPORTED, "past") | {"according", "ended"}
# A reporting verb this near before an expression, with no cue between, is what it dates.
_SAID_REACH = 5
_SAID_VERBS = speech_verbs.forms(_REPORTED - {"predict"}, "past")
_BE = _words("be being been to is are am 's was were")
# before an -ed adjective ("a still unspecified date"), not a past-tense verb
_DETERMINERS = _words("a an the still very more most less its his her their our this these those")
# -ed words that are no past tense
_NOT_ED = _words("indeed hundred hundreds kindred sacred naked wicked speed breed bleed greed")
_WORD = re.compile(r"[A-Za-z']+")
# a clause boundary: sentence end, semicolon, line break or a quotation mark
_BOUNDARY = re.compile(r"[.!?](?=\s|$)|[\n;]|``|''|\"")
# a full stop after these ends an abbreviation, not a sentence ("Mr. Bush", "9 a.m. Friday")
_ABBREV = re.compile(
    r"(?:\b[A-Za-z]|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Co|Inc|Corp|Ltd|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Prof"
    r"|No|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|vs|etc))$"
)
_SOON = re.compile(r"\bas\s+(?:soon|early)\s+as\b(?:\s+\S+){0,5}\s*$", re.I)
# "is to take place on Saturday", "are to be sentenced Monday": the present of "be to" is an
# arrangement, so the time lies ahead ("was to" is a plan told in the past: no cue)
_BE_TO = re.compile(r"\b(?:is|are|am)\s+(?:not\s+)?to\s+(?:be\s+)?[a-z]+\b(?:\s+\S+){0,6}\s*$")
# "beginning on Friday", "starting Monday" after an infinitive or a modal: the start of
# something to be done, ahead of the telling
_STARTING = re.compile(r"\b(?:beginning|starting|effective)\s+(?:on\s+|from\s+)?$", re.I)
_TO_DO = re.compile(r"\bto\s+[a-z]+\b|\b(?:will|would|shall|must)\b", re.I)
_CONDITION = re.compile(r"\b(?:if|unless)\s+[^,;]*$", re.I)
# A request, invitation or undertaking in the present perfect with its infinitive ("has
# invited Trump to meet ... on Thursday", "have agreed to vote Monday"): the time is the
# infinitive's, and what is asked or agreed to is still to come. A simple past ("invited
# him to speak on Thursday") may have happened since, and a present form ("asks", "offers")
# is as often a plural noun ("extended their offers to acquire ... Friday"): no cue. The
# infinitive's own complements ("to meet with members of the House leadership in
# Washington on Thursday") can run to ten words before the day, none a comma.
_DIRECTIVE = _words("invite ask urge agree promise pledge vow offer arrange decide order summon")
_DONE = "|".join(w + ("d" if w.endswith("e") else "ed") for w in sorted(_DIRECTIVE))
_ASKED_TO = re.compile(
    rf"\b(?:has|have)\s+(?:\w+ly\s+)?(?:{_DONE}|called\s+on)"
    r"\s+(?:[\w'.-]+\s+){0,4}?to\s+[a-z]+\b(?:\s+[\w'.-]+){0,10}?\s*$",
    re.I,
)
# A relative clause open before the expression ("Rubio, whose candidacy is on the line
# ... on Tuesday, passed up ..."): the words after its comma are the main clause's.
_OPEN_RELATIVE = re.compile(r",\s*(?:whose|who|which)\b[^,;]*$", re.I)
# "ahead of voting Tuesday", "in advance of Friday's meeting": what a report says is still
# ahead of it lies after its writing, whatever the tense of the clause that leads to it
# ("continued a fierce contest ahead of voting Tuesday").
_AHEAD_OF = re.compile(
    r"\b(?:ahead\s+of|in\s+advance\s+of|in\s+the\s+run-up\s+to)\s+(?:[\w'’-]+\s+){0,2}$", re.I
)
# A time clause in the simple present right after the expression ("on Thursday after the
# president meets with Sanders", "in March, once Congress returns"): English tells a
# happening still to come so in "after", "before", "once" and "until" clauses; a past
# narrative puts them in the past ("after the president met").
_PRESENT_TEMPORAL = re.compile(
    r"\W*(?:after|before|once|until)\s+(?:(?:the|a|an|his|her|its|their)\s+)?"
    r"(?:[A-Za-z-]+\s+)?(?!(?:the|a|an|his|her|its|their)\b)[A-Za-z-]*[A-Za-z](?<!['’]s)\s+"
    r"(?:meets|visits|arrives|returns|leaves|travels|speaks|signs|announces|delivers|"
    r"takes|gets|wins|ends|finishes|begins|starts|opens|closes|passes|votes|decides)\b"
)
_END_PREP = re.compile(r"\b(?:by|until|till|through)\s+(?:the\s+)?$", re.I)
# "were depressed initially by overnight losses", "will be finished by Friday": after a
# passive the tense of its "be" tells the time ("by" may be the agent's, no deadline)
_PASSIVE_BY = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?[a-z]{3,}(?:ed|en)\s+(?:\w+ly\s+)?by\s+$"
)
_SAID_ON = re.compile(
    r"\b(?:"
    + "|".join(sorted(_REPORTING - {"according", "ended"}))
    + r")\s+(?:on\s+|late\s+|early\s+)?$",
    re.I,
)


def clause(text: str, start: int, end: int) -> tuple[str, str]:
    """The words before and after a span, within its sentence (at most ~100 chars each)."""
    lo = max(0, start - 140)
    before = text[lo:start]
    cuts = [m.end() for m in _BOUNDARY.finditer(before) if _ends_clause(before, m)]
    if cuts:
        before = before[cuts[-1] :]
    after = text[end : end + 140]
    stops = [m.start() for m in _BOUNDARY.finditer(after) if _ends_clause(after, m)]
    if stops:
        after = after[: stops[0]]
    return before[-100:], after[:100]


def _ends_clause(text: str, m: re.Match[str]) -> bool:
    """Is this boundary match a real one (not the full stop of "a.m." or "Mr.")?"""
    return m.group(0) != "." or not _ABBREV.search(text, 0, m.start())


def _looks_past(word: str) -> bool:
    """A lower-case word in -ed ("met", "United" and "Ted" are not)."""
    return (
        len(word) > 4
        and word.endswith("ed")
        and word.islower()
        and not word.endswith("ceed")  # "succeed", "proceed"
        and word not in _NOT_ED
    )


def _cue(word: str, prev: str, prev2: str, side: int) -> int:
    """+1 future, -1 past, 0 none; ``prev``, ``prev2``: the words read before it; ``side``
    -1 for words left of the expression."""
    w = word.lower()
    if w in _REPORTING:
        return 0
    if w in _PLANNING:
        if prev == "as" or (prev.endswith("ly") and prev2 == "as"):
            # "let the offensive begin as previously planned Saturday night", "went ahead
            # as scheduled on Friday": a comparison with the plan, not a plan; the clause's
            # own verb tells the time
            return 0
        if prev == "been" and prev2 in ("had", "has", "have"):
            return -1  # "had been scheduled to expire Friday": that time is past
        if prev in _BE:  # "is expected to", "was scheduled for"
            return 1
        return 1 if side < 0 else -1
    if w == "set":
        return 1 if prev in _BE else 0  # "is set to", not "set Friday as the deadline"
    if w in _FUTURE:
        return 1
    if w in _PAST or (_looks_past(word) and prev not in _DETERMINERS):
        # "will be held", "to be named": a participle, not a past tense
        return 0 if prev in _BE else -1
    return 0


def _scan(words: list[str], side: int) -> int:
    """The first tense cue in ``words`` (nearest the expression first)."""
    for i, w in enumerate(words):
        # the words before this one in reading order
        step = 1 if side < 0 else -1
        prev, prev2 = (
            words[j].lower() if 0 <= j < len(words) else "" for j in (i + step, i + 2 * step)
        )
        following = words[i - step] if 0 <= i - step < len(words) else ""
        if w.lower() == "next" and following.lower() == "to":
            continue  # "next to the embassy": a place
        c = _cue(w, prev, prev2, side)
        if w.lower() in _PLAN_NOUNS and following.lower() != "to" and prev not in _PRONOUNS:
            c = 0  # "set aside vacation plans for the trip": a noun, not a plan told ahead
        if side < 0 and w.lower() in _INTENDING and following.lower() == "to":
            return 1  # "approved last month and hope to pass a final version this week"
        if side > 0 and w.lower() in _PLANNING and _HAS_OBJECT.search(" ".join(words[:i])):
            # "On Friday, the businessman has a speech scheduled before ...": the participle
            # names what is on the holder's schedule, still ahead, not a planning done then
            return 1
        if side > 0 and w.lower() in _PLANNING and following.lower() == "to" and prev != "been":
            # "On Friday, the government planned to pay the claims" (a Wednesday story): a
            # fronted time before a plan with its infinitive dates what is planned, still
            # ahead when the plan is told in the simple past; a plan since overtaken is
            # told in the past perfect ("had planned to").
            return -1 if prev == "had" else 1
        if _said_here(words, i, side):
            # "told reporters on Thursday that talks would go on", "said in a statement
            # Friday": the verb of saying right before the expression is the one it dates
            return -1
        if c > 0 and side < 0 and "had" in (x.lower() for x in words[i + 1 : i + 6]):
            return -1  # "had been due to expire Friday": a plan told in the past perfect
        if c:
            return c
    return 0


# A present "has" or "have" with its object right before a participle of planning ("has a
# speech scheduled", "have two rallies planned"): the holder's schedule, read after a fronted
# day.
_HAS_OBJECT = re.compile(r"\b(?:has|have)\s+(?!been\b|not\b)(?:[\w'-]+\s+){0,2}[\w'-]+$", re.I)


# Present forms of intending with their infinitive: what is intended lies ahead.
_INTENDING = _words("hope want aim intend seek wants aims intends seeks")
# "plan" and "plans" are as often nouns ("vacation plans", "security plans were leaked");
# they tell the future only as a verb: before "to" ("plans to visit") or after a pronoun.
_PLAN_NOUNS = _words("plan plans")
_PRONOUNS = _words("i we you they he she it who")


def _said_here(words: list[str], i: int, side: int) -> bool:
    """Whether ``words[i]``, left of the expression, is a verb of saying with only its
    object or adjunct between ("told reporters on"), not "said that on Thursday ..."."""
    if side > 0 or i >= _SAID_REACH or words[i].lower() not in _SAID_VERBS:
        return False
    return not any(w.lower() in _CLAUSE_OPENERS for w in words[:i])


# Verbs of scheduled happenings: in the simple present they tell a plan ("Clinton and Trump
# meet Monday", "the team faces Leeds on Saturday"), the futurate present of news.
_SCHEDULED = _words(
    """meet meets face faces visit visits travel travels fly flies arrive arrives debate
    debates vote votes launch launches attend attends host hosts kick kicks perform performs
    testify testifies rally rallies campaign campaigns tour tours headline headlines
    play plays open opens"""
)
_NOT_PRESENT = _words("to will would did didn't could should can may might must not a an")
_PROGRESSIVE = _words("is are am")
# a relative or subordinate clause begins: its verb is not the expression's
_CLAUSE_OPENERS = _words("which who that whose when while because although")
# -ing words that are no verb ("the evening sitting", "a morning briefing" aside)
_NOT_ING = _words("during including following according regarding concerning nothing something")


def _present_cue(pairs: list[tuple[str, str]]) -> bool:
    """Whether a (word, the word before it) pair is a present-tense verb of a scheduled
    happening or a present progressive ("is meeting", "are holding")."""
    for w, prev in pairs:
        low, prev = w.lower(), prev.lower()
        if low.endswith("ing") and len(low) > 4 and prev in _PROGRESSIVE:
            return True
        if low in _SCHEDULED and prev not in _NOT_PRESENT and not w[0].isupper():
            return True
        if low in ("is", "are"):
            return True  # "whose candidacy is on the line in the primary on Tuesday"
    return False


# An article before a word makes it a noun: "at a presidential debate Sunday" is the
# debate, not "they debate Sunday" (the futurate present). One word may stand between, an
# adjective ("a televised debate"); a plural between is the verb's subject ("the two
# candidates debate Sunday"), and "the" before one is left as it was ("the team faces").
_ARTICLES = _words("a an")


def _before_word(words: list[str], i: int) -> str:
    """The word before ``words[i]``, or "a" when an indefinite article stands one or two
    words before it (with a singular word between): the word is then a noun."""
    if i >= 2 and words[i - 2].lower() in _ARTICLES and not words[i - 1].lower().endswith("s"):
        return "a"
    return words[i - 1] if i else ""


def present_as_future(text: str, start: int, end: int) -> bool:
    """Whether the clause around a weekday tells a scheduled happening in the present
    ("Clinton and Trump meet for the first debate Monday", "he is flying to Paris on
    Friday"): a weekday so told lies ahead. The words before the expression are read
    nearest first up to the first past or future cue; else the first words after it."""
    before, after = clause(text, start, end)
    left = _WORD.findall(before)
    pairs = [(left[i], _before_word(left, i)) for i in range(len(left))][::-1][:10]
    for n, (w, prev) in enumerate(pairs):
        if is_tensed(w) and prev.lower() not in _ARTICLES:  # "a televised debate": no verb
            return _present_cue(pairs[:n])
    if _present_cue(pairs):
        return True
    # a fronted weekday: "On Monday, Clinton meets Trump", the third person only
    right = _WORD.findall(after)[:4]
    if _ongoing(right):
        return True
    ahead = [(right[i], right[i - 1] if i else "") for i in range(len(right))]
    return _present_cue([(w, p) for w, p in ahead if w.endswith("s") or p.lower() in _PROGRESSIVE])


# the part of a day a weekday may carry ("Thursday night delivering a speech")
_DAY_PARTS = _words("morning afternoon evening night")


def _ongoing(right: list[str]) -> bool:
    """Whether the weekday is followed by the -ing verb it dates, in a clause no tense cue
    dates ("it comes to Trump on Thursday night delivering a speech"): told as in progress
    from where the speaker stands, the happening is at or after the time of speaking."""
    words = right[1:] if right and right[0].lower() in _DAY_PARTS else right
    if not words:
        return False
    w = words[0]
    return w.endswith("ing") and len(w) > 4 and w.islower() and w not in _NOT_ING


def is_tensed(word: str) -> bool:
    """A past or a future cue: the clause's tense is told, not present."""
    w = word.lower()
    return (
        w in _PAST or w in _FUTURE or w in _REPORTING or w in _CLAUSE_OPENERS or _looks_past(word)
    )


def past_cue(word: str) -> bool:
    """A word that tells the clause is in the past ("was", "canceled", "said")."""
    w = word.lower()
    return w in _PAST or w in _SAID_VERBS or (_looks_past(word) and w not in _PLANNING)


def tense(text: str, start: int, end: int) -> int:
    """-1 when the clause reads as past, +1 as future, 0 when there is no cue.

    Reporting verbs ("said") say nothing about when the reported event happens ("said the
    talks will resume Monday": future), except right before the expression ("said Monday":
    the saying was on Monday, in the past).
    """
    before, after = clause(text, start, end)
    if _SAID_ON.search(before):
        return -1
    if _SOON.search(before):
        return 1  # "as soon as Tuesday", "as early as next week"
    if _AHEAD_OF.search(before):
        return 1
    if _STARTING.search(before) and _TO_DO.search(before):
        return 1  # "told offices to stop work beginning on Friday": what is to be done starts
    if _OPEN_RELATIVE.search(before):
        after = after.split(",", 1)[0]  # the relative clause ends at its comma
    left = _WORD.findall(before)[::-1][:15]
    right = _WORD.findall(after)[:12]
    if _END_PREP.search(before) and not _PASSIVE_BY.search(before):
        # "by Friday", "until January": a deadline ahead, unless told in the past perfect
        near = [w.lower() for w in left[:6] + right[:6]]
        return -1 if "had" in near else 1
    if _ASKED_TO.search(before):
        return 1
    if _PRESENT_TEMPORAL.match(after):
        return 1
    arranged = 1 if _BE_TO.search(before) else 0  # "is to meet on Monday"
    # "If he fails on Tuesday": a condition in the present looks ahead
    return (
        _scan(left, -1)
        or arranged
        or _fronted_saying(after)
        or _scan(right, 1)
        or (1 if _CONDITION.search(before) else 0)
    )


# A verb of saying with what it reports right after it (a word, not a comma or the end:
# "said his plan would", not the closing "…, he said." nor the parenthetic ", officials said,").
_SAYING_WHAT = re.compile(r"\b(?:" + "|".join(sorted(_SAID_VERBS)) + r")\b(?=\s+[\w“\"'‘])", re.I)


def _fronted_saying(after: str) -> int:
    """-1 when an expression before its main clause is followed by that clause's verb of
    saying, with no tense cue before the verb ("During his speech on Wednesday in Arizona,
    Trump said his plan would …", "On Friday, the president said he would travel"): the
    fronted time dates the saying, told in the past, not what it reports (whose "would" is
    the reported future). 0 otherwise."""
    said = _SAYING_WHAT.search(after)
    if said is None or _scan(_WORD.findall(after[: said.start()]), 1):
        return 0
    if _QUOTE_CLOSES.search(after, 0, said.start()):
        return 0  # "'… in the spring, …,' he said at a hearing": the quotation's own time
    return -1


# A quotation closing between the expression and the verb of saying: the expression is
# the speaker's, the verb is the attribution.
_QUOTE_CLOSES = re.compile(r"[”\"]|''")


# Present forms of saying: "Today, the WHO says ..." reports what was said that day; and
# irregular past forms the past cues leave out ("Today, Obama spoke to ...").
_SAYS_OR_DID = _words(
    """says tells announces reports warns confirms adds insists spoke gave got sent brought
    thought found kept felt paid sold stood wrote drove chose threw grew knew flew struck
    led told ran put won't"""
)
# A present-tense verb: a form of "be" or "have", or a verb in -s after its subject.
_PRESENT_VERB = re.compile(r"\b(?:is|are|am|has|have|remains|remain|[a-z]{3,}[^s\W]s)\b")


def states_present(text: str, end: int) -> bool:
    """Whether the clause after a fronted time word (``text[end:]``, "Today, Mr. Cruz serves
    as his son's surrogate") is told in the present with no past, future or saying in it:
    the state of things nowadays, set against an earlier one, not a happening on a day."""
    _, after = clause(text, end, end)
    words = _WORD.findall(after)
    told = _PAST | _FUTURE | _REPORTING | _SAYS_OR_DID
    if not words or any(w.lower() in told or _looks_past(w) for w in words):
        return False
    return _PRESENT_VERB.search(after) is not None


# What is possible, needed, intended or hoped for lies ahead: a present modal with its verb
# ("can beat her", "will carry Ohio"), a present verb of needing or intending with its
# infinitive ("needs to win Florida", "is expected to attack"), or a gerund after a word of
# prospect ("confident of winning", "their chances of carrying the state"). "Would" and
# "could" are left out: they are as often the past of reported speech ("said he would
# visit"), and "must have", "may have" look back.
_PROSPECT = re.compile(
    r"\b(?:(?:[Cc]an|may|[Mm]ight|[Mm]ust|[Ss]hould|[Ww]ill|[Ss]hall|'ll)(?:\s+not)?"
    # the subject between, in a question or after "not only": "can Ted Cruz win"
    r"(?:\s+(?:[A-Z][\w.'’-]*|he|she|they|we|you|it)){0,3}\s+(?!have\b)[a-z]+"
    r"|(?:needs?|has|have|wants?|hopes?|aims?|intends?|plans?|expects?)\s+to\s+[a-z]+"
    r"|(?:is|are|am)\s+(?:set|expected|due|scheduled|slated|going|likely|poised)\s+to\s+[a-z]+"
    r"|(?:confident|hopeful|chances?|hopes?|odds|prospects?)\s+of\s+[a-z]+ing)"
    # the verb's own object and adjuncts, no comma, clause break or other verb group
    r"(?:\s+(?!(?:and|but|or|that|which|who|when|after|since|because)\b)[\w'’-]+){0,6}?"
)


def prospective(text: str, start: int, preps: str) -> bool:
    """Whether the expression at ``start``, after one of the prepositions ``preps`` (a regex
    alternation: "in|on"), is the time of something told as possible, needed or hoped for
    ("Republicans need to win Florida in November", "she will face him at Thursday's
    debate"): that time lies ahead of the telling, whatever the sentence says after it."""
    before, _ = clause(text, start, start)
    pattern = _PROSPECT.pattern + rf"\s+(?:{preps})\s+(?:the\s+)?$"
    return re.search(pattern, before) is not None


# Words that say nothing of a verb's tense though `_PAST` lists them as past cues.
_PAST_ADVERBS = _words("ago last earlier since previously yesterday")
# Words after "to" that make it a preposition ("changed to a calendar year", "rose to 12%
# in March"), not an infinitive's marker ("agreed to sell the unit in December").
_AFTER_PREPOSITION = _words(
    """a an the this that these those his her its their our my your some all each every no
    one two three in on at by for of from with about over under after before"""
)
_MODALS = _words("would could might may must should can shall will wo 'll")
# The prepositions that make an expression the time of the verb before it.
_DATING = _words("in on since during")
# A sentence's opening, with at most the preposition of a fronted time: "In November, ..."
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?]\s+|\n)\s*(?:(?:In|On|During)\s+)?$")
_OTHER_TIME = _words("before after ahead until")
_SUBJECTS = _words("i we you they he she")
_PRESENT_FORMS = _words("is are am has have")


def told_done(text: str, start: int, end: int) -> bool:
    """Whether the verb an expression dates is told as done, in the simple past, with
    nothing between that looks ahead: "the plant closed in November", "changed to a
    calendar year in December", "said in November". Not "agreed to sell the unit in
    December" (the infinitive's time), "had been scheduled for December" (a plan), "said
    the plant would close in December" (the reported future) nor "the plant that will close
    in December". A fronted expression is read by its clause's tense ("In November, the
    company said ...")."""
    if re.match(r"\s+of\b", text[end : end + 4]):
        return False  # "In June of that year": the year is another's
    before, _ = clause(text, start, end)
    words = _WORD.findall(before)
    left = words[::-1][:10]
    if left and left[0].lower() in ("to", "until", "till", "through", "by"):
        return False  # a bound the act sets ("the offer was extended to Nov. 16"), ahead
    if left and left[0].lower() == "since":
        return True  # a start is behind the telling ("has been closed since December")
    if not [w for w in words if w.lower() not in ("in", "on", "during")]:
        if not _OPENS_SENTENCE.search(text, 0, start):
            return False  # cut off by a quotation, not a fronted time
        return tense(text, start, end) < 0 and not _FUTURE & {
            w.lower() for w in _WORD.findall(text[end : end + 80])
        }
    if _SAID_ON.search(before):
        return True
    if {w.lower() for w in left} & (_FUTURE | _PLANNING | _MODALS):
        # a future anywhere before it: "will redeem preferred shares on Oct. 31" (an -ed
        # adjective is no past)
        return False
    if left[0].lower() not in _DATING:
        return False  # a noun's date ("the February 20 primary", "a May 11 launch date")
    for i, w in enumerate(left):
        low = w.lower()
        after_it = left[i - 1].lower() if i else ""
        if low in _REPORTING:
            # "said in November" dates the saying; "said the plant closed in November" is
            # read at the reported verb, met first
            return all(x.lower() in ("in", "on", "late", "early") for x in left[:i])
        if low == "to" and after_it and after_it not in _AFTER_PREPOSITION:
            return False  # an infinitive's time ("agreed to complete the sale in December")
        if low in _CLAUSE_OPENERS or low in _OTHER_TIME or low in _SUBJECTS:
            # another clause ("proposed they debate on April 15") or a time set against
            # another happening ("came 15 days before the caucuses on Feb. 1")
            return False
        if low in _PRESENT_FORMS:
            return False  # "is released on 8 March": a present, maybe of the future
        prev = words[-i - 2].lower() if i + 2 <= len(words) else ""  # the word before it
        if low in _PAST_ADVERBS:
            continue
        if low in ("was", "were"):
            # "was killed in November", its participle read after it; not "was not hopeful
            # about the showdown in July" (a state, the date a noun's)
            return _looks_past(after_it) or after_it in _PAST
        if (low in _PAST or _looks_past(w)) and prev not in _DETERMINERS and prev not in _BE:
            # a present perfect ("has invited the team to a reception on March 12") tells
            # no time of its own: the date is what it leads to
            return prev not in ("has", "have")
    return False


# A present arrangement opening the clause ("is scheduled to spend only five hours on the
# ground in Dar es Salaam, her first stop Tuesday morning"): every time its infinitive's
# long complement names lies ahead, however far the day stands from the arranging verb.
_ARRANGED = re.compile(
    r"\b(?:is|are|am)\s+(?:not\s+)?(?:(?:scheduled|expected|set|due|slated)\s+)?to\s+"
    r"(?:be\s+)?[a-z]+\b(?P<rest>.*)$"
)
_NOT_ARRANGED = _words("and but or than where")


def arranged_ahead(text: str, start: int, end: int) -> bool:
    """Whether the clause before a weekday is the long complement of a present arrangement
    (``_ARRANGED``) with no tense cue, other clause or conjunction after it."""
    before = text[max(0, start - 200) : start]  # the long complement: past ``clause``'s reach
    cuts = [m.end() for m in _BOUNDARY.finditer(before) if _ends_clause(before, m)]
    found = _ARRANGED.search(before[cuts[-1] :] if cuts else before)
    if found is None:
        return False
    rest = _WORD.findall(found["rest"])
    return not any(is_tensed(w) or w.lower() in _NOT_ARRANGED for w in rest)
