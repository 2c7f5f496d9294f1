"""Lead-in sentences: built to make the reader read on, their point in the next sentence.

A page often opens a point with a sentence that holds the day and the actor but keeps
back what happened, which the next sentence (or the next lines of a live page) gives:

- a reaction promised for a thing not yet said (``teases``): "A judge issued a ruling
  today that should make the senator smile." (what the ruling was, next), "a move that
  will worry investors";
- a second strand of an occasion told only as unfolding (``teases``): "A second debate
  unfolded online Wednesday night as the two clashed on stage." (what it was, next);
- a contest told as under way on its day (``under_way``): "Voters on Monday are making
  the first picks of the year in the caucuses." (its result, in the lines after);
- a speaker's anecdote opening a quotation (``anecdote``): "'I remember some months ago
  we were all amazed …,' X said." when the next sentence goes on with the same quotation:
  the claim the anecdote sets up is there, and the anecdote alone reads as another point;
- a contention told as a state of things (``background``): "A loud debate over whether X
  may run emerged in the months before the vote.", "Questions have swirled for weeks
  about …", when the next sentence tells what answered it ("The board ruled …", "… was
  conclusive in its findings", "The ministry confirmed …": ``answers``). A page recalls
  the state its news changes; the ruling is the news, the debate its set-up.
- a speech act named by an indefinite noun, its content kept back (``withholds``): "X
  offered some pointed advice to Y on Friday", "X had harsh words for Y" (what was said,
  in a quotation or a saying of the same speaker right after: ``delivers``);
- a meeting told by its setting, its participants and its agenda alone (``convened``):
  "On Tuesday, in a closed room, a panel met with an official to discuss document
  requests." (why it was called, or what came of it, in the next sentence, which takes
  the meeting up by its noun: "The panel had called the hearing because …").

Nothing here names a person, an outlet or a topic: the words are closed grammatical
classes (a reaction verb, an ordinal of a strand, a progressive of choosing, a frame of
recall, a light verb with a noun of speaking, a verb of meeting with a purpose of
discussing), and each asks of the sentence after it that the point is there
(``announcing.passed_over``). A state that is itself the news ("talks have collapsed",
"fears of a pandemic grew as cases appeared") is no contention answered, and stays.
"""

from __future__ import annotations

import re

from briefgen import speech_verbs

__all__ = [
    "anecdote",
    "answers",
    "background",
    "convened",
    "delivers",
    "holds_back",
    "recalls",
    "teases",
    "under_way",
    "withholds",
]

# A thing told by an indefinite noun, then a relative clause promising someone's reaction
# to it: "a ruling today that should make X smile", "news that will please the party".
# What the thing is, the sentence never says.
_REACTION = re.compile(
    r"\b(?:a|an|some)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+(?:\s+[a-z]+){0,2}?\s+(?:that|which)\s+"
    r"(?:should|will|would|could|may|might|is\s+(?:sure|likely|bound|certain)\s+to)\s+"
    r"(?:make\s+(?P<whom>(?:[\w.'’-]+\s+){1,7}?)"
    r"(?:smile|grin|cheer|happy|glad|nervous|uneasy|wince|cringe|squirm|sweat|furious|angry"
    r"|unhappy)"
    r"|(?:please|delight|thrill|gladden|hearten|worry|rattle|anger|infuriate|upset|irk"
    r"|annoy|frustrate|alarm|dismay|disappoint)\b)",
)
# After the reaction, only whom it touches may follow (a name, a role: "Democratic
# presidential candidate X"): at most this many lowercase words, no figure. More is a
# main clause of its own ("A poll that should worry Democrats shows X leading by 3").
_REACTION_TAIL_WORDS = 3
# A strand of an occasion told as a second one beside it, and only as unfolding: "A second
# debate unfolded online …", "A parallel drama played out …". A plain "A debate took place
# Tuesday" dates a happening; an ordinal or a contrast strand announces one to be told.
_UNFOLDED = re.compile(
    r"^\W*(?:A|An)\s+(?:second|third|fourth|parallel|separate|different|quieter|smaller"
    r"|side)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s+(?:(?:also|quietly|simultaneously)\s+)?"
    r"(?:unfolded|played\s+out|(?:was|is)\s+(?:also\s+)?(?:unfolding|playing\s+out))\b"
)
# A contest told as under way: the voters' choosing in the present progressive ("are
# making the first picks", "are casting ballots", "are heading to the polls"), with the
# contest named. Its result, when the next lines give it, is the point.
_CHOOSING = re.compile(
    r"\b(?:is|are)\s+(?:now\s+|still\s+)?(?:making\s+(?:the|their)\s+(?:first\s+)?(?:picks?"
    r"|choices?|selections?)|casting\s+(?:their\s+)?(?:first\s+)?(?:ballots?|votes?)|voting"
    r"|caucusing|(?:heading|going)\s+to\s+the\s+polls|choosing|picking|selecting)\b",
    re.I,
)
_CONTEST = re.compile(
    r"\b(?:caucus(?:es)?|primar(?:y|ies)|elections?|runoffs?|referend(?:um|a)|polls)\b", re.I
)
# A quotation opening on the speaker's recall of an earlier scene: "I remember …", "Some
# months ago …", "Back in 2012 …", "When I was …".
_RECALL = re.compile(
    r"^\W*[\"“‘]\s*(?:I\s+(?:still\s+|well\s+)?(?:remember|recall)"
    r"|(?:Some|A\s+few|Several|Many|Two|Three|Four|Five)\s+(?:months|years|weeks|days)\s+ago"
    r"|Years\s+ago|Not\s+(?:so\s+|too\s+)?long\s+ago|Back\s+(?:in|when)|When\s+I\s+was)\b"
)
# A contention (a question in dispute, said about, not yet settled) told as a state that
# arose or lasted: "A debate over whether X … emerged", "Questions have swirled for weeks",
# "Speculation was brewing", "Criticism mounted". Moods and occasions ("fears grew",
# "tension flared on Thursday", "a fight") are the news of their day, and are not here.
_CONTENTION = (
    r"(?:debates?|controvers(?:y|ies)|rows?|disputes?|questions|speculation|criticism"
    r"|furou?r|uproar|outcry|feuds?|scrutiny|doubts?|rumou?rs?|suspicions?|allegations"
    r"|accusations|talk|clamou?r)"
)
# Its verb of arising or lasting, finite: a past ("emerged", "swirled"), a perfect ("has
# grown"), a progressive ("was brewing", "had been mounting"). A bare "-ing" is an
# adjective or another clause's ("a growing lead", "without lingering").
_PAST = (
    r"(?:emerged|arose|erupted|raged|swirled|dogged|simmered|mounted|grew|built|brewed"
    r"|lingered|persisted|intensified|festered|surfaced|circulated)"
)
_PROGRESSIVE = (
    r"(?:emerging|arising|raging|swirling|dogging|simmering|mounting|growing|building"
    r"|brewing|lingering|persisting|festering|circulating)"
)
_PERFECT = r"(?:has|have|had)\s+(?:long\s+)?"
_STATE = re.compile(
    rf"\b{_CONTENTION}\b(?P<between>[^,;:.!?]{{0,140}}?)\b(?:(?:{_PERFECT})?{_PAST}"
    rf"|{_PERFECT}(?:arisen|grown)|(?:(?:{_PERFECT})been|was|were|is|are)\s+{_PROGRESSIVE})\b",
    re.I,
)
# Between the contention and its verb, a clause of its own: the verb is another subject's
# ("a controversy that has dogged her", "questions about X, after video surfaced").
_OTHER_CLAUSE = re.compile(
    r"\b(?:that|which|who|whom|whose|after|before|when|while|as|because|since|until|once"
    r"|if|although|though)\b",
    re.I,
)
# What answers a contention: a ruling, a finding, a decision, a confirmation ("The board
# ruled …", "was conclusive in its findings", "The ministry confirmed that …"). A death
# or a win told after it is more news, not its answer.
_ANSWER = re.compile(
    r"\b(?:rul(?:ed|es|ing)|findings?|found\s+that|finds\s+that|conclu(?:ded|des|sion|sive)"
    r"|decid(?:ed|es)|decision|determin(?:ed|ation)|verdict|confirm(?:ed|s)|cleared"
    r"|rejected|dismissed|resolved|settled|upheld|overturned|certified)\b",
    re.I,
)
_OPENING_QUOTE = ('"', "“", "‘")
# A closing quotation mark; a curly apostrophe inside a word ("don’t") is none.
_CLOSING = re.compile(r"[\"”]|(?<![A-Za-z])’|’(?![A-Za-z])")
_NAME = re.compile(r"\b[A-Z][a-z]+")


def teases(text: str) -> bool:
    """Whether ``text`` promises a point it does not give: a reaction promised for a thing
    it names only by an indefinite noun ("issued a ruling today that should make X
    smile"), or a second strand of an occasion told only as unfolding ("A second debate
    unfolded online …"). Content told before the reaction ("ruled that …, a decision that
    should …") or a main clause after it ("A poll that should worry X shows …") is a point
    of its own."""
    if _UNFOLDED.match(text):
        return True
    m = _REACTION.search(text)
    if m is None:
        return False
    before = text[: m.start()]
    if "," in before or re.search(r"\bthat\b", before):
        return False  # "The judge ruled that …, a decision that should …": said first
    tail = re.findall(r"[A-Za-z][\w'’-]*|\d", text[m.end() :])
    if any(w.isdigit() for w in tail):
        return False
    return sum(1 for w in tail if w[0].islower()) <= _REACTION_TAIL_WORDS


def under_way(text: str) -> bool:
    """Whether ``text`` tells a contest as under way: voters choosing in the present
    progressive ("are making the first picks", "are casting ballots") in a named contest
    ("caucuses", "primary", "election")."""
    return _CHOOSING.search(text) is not None and _CONTEST.search(text) is not None


def recalls(text: str) -> bool:
    """Whether ``text`` opens a quotation on the speaker's recall of an earlier scene ("'I
    remember …", "'Some months ago …", "'When I was …")."""
    return _RECALL.match(text) is not None


def anecdote(text: str, after: str | None) -> bool:
    """Whether ``text`` is a quotation opening on the speaker's recall of an earlier scene
    ("'I remember some months ago …,' X said") that the next sentence ``after`` goes on
    with: a quotation opened and not closed within it (the paragraph's quotation runs on),
    or closed with a tag naming no one the set-up does not ("… ,' he said")."""
    if after is None or not recalls(text):
        return False
    rest = after.strip()
    if not rest.startswith(_OPENING_QUOTE):
        return False
    closes = [m.end() for m in _CLOSING.finditer(rest, 1)]
    if not closes or closes[-1] >= len(rest) - 1:
        return True  # the quotation runs on past it, or closes it untagged
    tag = rest[closes[-1] :]
    return all(name in text for name in _NAME.findall(tag))


def answers(text: str) -> bool:
    """Whether ``text`` tells what settles a contention: a ruling, a finding, a decision,
    a verdict, a confirmation ("The board ruled …", "… was conclusive in its findings")."""
    return _ANSWER.search(text) is not None


def background(text: str) -> bool:
    """Whether ``text`` tells a contention as a state of things and no answer to it: a
    debate, a row, questions, speculation as the subject of a verb of arising or lasting
    ("A debate over whether X … emerged in the months before", "Questions have swirled
    for weeks"). The contention taken up by a clause of its own ("muddled a controversy
    that has dogged her") is the object of the sentence's news, and not read here."""
    if answers(text):
        return False  # "A months-long debate ended Monday when the board ruled …"
    return any(
        _OTHER_CLAUSE.search(m.group("between")) is None
        and re.search(r"\b(?:that|which|who)\s+$", text[: m.start()]) is None
        for m in _STATE.finditer(text)
    )


# A light verb whose object is a noun of speaking: what was said is the noun's content.
_LIGHT_VERB = (
    r"(?:offered|offers|had|has|issued|issues|delivered|delivers|gave|gives|made|makes"
    r"|sounded|sounds|shared|shares|voiced|voices|dispensed|dispenses)"
)
# Nouns naming a speech act, not what it said ("advice", "a warning", "harsh words").
_SPEECH_NOUN = (
    r"(?:advice|messages?|words?|warnings?|assessments?|critiques?|rebukes?|predictions?"
    r"|suggestions?|pleas?|appeals?|reminders?|questions?|note|retorts?|responses?|reply"
    r"|replies|answers?|comments?|remarks?|take|verdict|thoughts|tips?|praise|criticism"
    r"|defen[cs]e|promises?|pledges?|ultimatum|apology|explanation|requests?)"
)
# The object indefinite or quantified ("some pointed advice", "a blunt assessment", up to
# three describing words after the article), or a bare noun with at most one word of
# judgment before it ("harsh words", "praise"): a definite one ("the message", "his
# warning") takes up a content told before, and a participle after "has" is a verb of its
# own ("has drawn criticism", "has been updated with comments").
_WITHHELD = re.compile(
    rf"\b{_LIGHT_VERB}\s+(?:(?:a|an|some|several|a\s+few)\s+"
    r"(?:(?!(?:the|his|her|their|its|our|this|that|these|those|no|any|to|of|for|in|on|with|about)\b)[a-z-]+\s+){0,3}?"
    r"|(?:(?:harsh|kind|strong|choice|tough|sharp|high|warm|glowing|blunt|stern|pointed"
    r"|fighting|angry|bitter|fresh|new|more|similar)\s+)?)"
    rf"{_SPEECH_NOUN}\b"
)
# The light verb inside a clause on another noun ("X, who had harsh words for Y, said"):
# the sentence's point is its main clause.
_SUBORDINATE = re.compile(
    rf"\b(?:who|which|that)\s+(?:[a-z]+ly\s+|also\s+|both\s+|all\s+)?(?:has\s+|have\s+|had\s+)?{_LIGHT_VERB}\s*$"
)
# Any saying or quotation in the sentence: its content is told in it. ("warning" is left
# out: as a noun it is the speech act itself, and ", warning that …" has its "that".)
_ANY_SAYING = speech_verbs.QUOTE_TAGS - {"warn"} | {"urge", "call", "argue", "note", "speak"}
_SAID = re.compile(
    r"[\"“”«»]|(?<![A-Za-z])[‘’]|[‘’](?![A-Za-z])|\b"
    + speech_verbs.alternation(
        speech_verbs.told_forms(_ANY_SAYING) | speech_verbs.forms(_ANY_SAYING, "gerund") | {"say"}
    )
    + r"\b",
    re.I,
)
# What said after the noun gives its content: a clause ("that …", "how …"), a colon or a
# dash before it, an infinitive ("a plea to unite"), a second predicate ("… but stopped
# short of …", "and said …").
_CONTENT_AFTER = re.compile(
    r"[:;—–]|\s-\s|\b(?:that|how|why|what|whether|which|who|because)\b"
    r"|\b(?:but|and|then)\s+(?:also\s+|then\s+)?(?:[a-z]+ed|was|were|is|are|has|had|have"
    r"|did|does|made|won|lost|took|gave|went|left|got|kept|sent|put|would|will|could|can)\b"
)
# A clause of circumstance after a comma: the occasion of the speech act.
_CIRCUMSTANCE = re.compile(r",\s+(?:as|while|amid|when|even\s+as|just\s+as|days?\s+after)\b")
# "to" before a person or a group is whom; before a bare verb, what ("a warning to stay").
_TO_VERB = re.compile(
    r"\bto\s+(?!(?:the|a|an|his|her|their|its|our|your|my|this|that|these|those|all|both"
    r"|each|every|some|many|any|him|them|us|me|you|fellow|young|older|local|voters?)\b)"
    r"(?P<word>[a-z]+)\b"
)


def withholds(text: str) -> bool:
    """Whether ``text`` names a speech act by an indefinite noun and keeps back what was
    said: "X offered some pointed advice to Y on Friday in the debates ahead", "X had
    harsh words for Y", with only whom, where, when and the occasion after the noun.
    Content attached ("issued a warning that …", "a plea for Y to unite", "has some advice
    for Y: …"), a quotation or a saying in the sentence, a second predicate ("… but stopped
    short of …") or the noun inside a relative clause is a point of its own."""
    if _SAID.search(text):
        return False
    m = _WITHHELD.search(text)
    if m is None or _SUBORDINATE.search(text[: m.start() + len(m.group().split()[0])]):
        return False
    # a clause of circumstance set off by a comma ("…, as Y looks to shore up support")
    # tells the occasion, not what was said
    rest = _CIRCUMSTANCE.split(text[m.end() :], maxsplit=1)[0]
    if _CONTENT_AFTER.search(rest):
        return False
    for to in _TO_VERB.finditer(rest):
        word = to.group("word")
        if not (word.endswith("s") and not word.endswith("ss")):
            return False  # "a warning to stay away": what was warned (a plural is whom)
    return True


# A meeting told in the past by its verb (or a light verb with a noun of meeting).
_MEETING = re.compile(
    r"\b(?:met|huddled|gathered|convened|conferred"
    r"|(?:held|had)\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}?(?:meeting|session|briefing|talks"
    r"|hearing|call))\b"
)
# Its purpose, a verb of discussing: what was on the agenda, not what came of it.
_AGENDA = re.compile(
    r"\bto\s+(?:discuss|review|talk\s+about|go\s+over|consider|examine|address)\b"
    r"(?P<agenda>[^,;:—–\"“”()]*)[.!]?\s*$"
)
# Words after the meeting verb telling what came of it or what else happened: a second
# predicate ("and agreed to …"), a clause ("where …", "after which …").
_OUTCOME = re.compile(
    r"\b(?:and|but|then)\s+(?:also\s+|then\s+)?(?:[a-z]+ed|was|were|is|are|has|had|have"
    r"|did|made|won|lost|took|gave|went|left|got|kept|sent|put|would|will|could|can)\b"
    r"|\b(?:where|which|who|that|after\s+which)\b"
)
# At most this many words on the agenda ("document requests", "the flu alert"); more is a
# clause of its own.
_AGENDA_WORDS = 12
# A sentence taking up the meeting by its noun ("the hearing", "After the meeting, …").
_TAKES_UP = re.compile(
    r"\b(?:the|that|this)\s+(?:[a-z-]+\s+)?(?:meeting|session|hearing|briefing|talks"
    r"|gathering|discussion|call|conversation)\b|^\W*Afterwards?\b",
    re.I,
)


def convened(text: str) -> bool:
    """Whether ``text`` tells a meeting in the past by its setting, its participants and
    its agenda alone: "On Tuesday night, in a closed room, a group of lawmakers met with
    an official to discuss document requests." What came of it ("met … and agreed to
    …", "…, offering …"), a saying or a quotation, or an agenda running on past a comma
    is a point of its own; so is a meeting to come ("will meet … to discuss …")."""
    if _SAID.search(text):
        return False
    m = _MEETING.search(text)
    if m is None:
        return False
    rest = text[m.end() :]
    agenda = _AGENDA.search(rest)
    if agenda is None or len(agenda.group("agenda").split()) > _AGENDA_WORDS:
        return False
    return _OUTCOME.search(rest[: agenda.start()]) is None and not re.search(
        r"\b(?:will|would|to\s+be|is\s+to|are\s+to|plans?\s+to|due\s+to)\s*$",
        text[: m.start()],
    )


def holds_back(text: str) -> bool:
    """Whether ``text`` keeps its point for a sentence after it that ``delivers`` it: a
    speech act named by an indefinite noun (``withholds``) or a meeting told by setting
    and agenda (``convened``)."""
    return withholds(text) or convened(text)


# A tag of saying and who said: a name ("X said", "said Y", "X told …"), a pronoun ("she
# said"), a role ("the governor said", "said the 46-year-old").
_VERB_OF_SAYING = speech_verbs.alternation(speech_verbs.told_forms(speech_verbs.QUOTE_TAGS))
_TAG = re.compile(
    rf"\b(?P<before>[A-Z][\w'’.-]*|[a-z][\w'’-]*)\s+(?:also\s+|then\s+)?{_VERB_OF_SAYING}\b"
    rf"|\b{_VERB_OF_SAYING}\s+(?:(?P<role>the|a)\s+|(?:[A-Z][\w'’.-]*\s+)*)"
    r"(?P<after>[A-Z][\w'’.-]*|[\w'’-]+)"
)
# Who may say the point without a name: the teaser's subject taken up.
_TAKEN_UP = frozenset({"he", "she", "they", "He", "She", "They"})
# A sentence opening on a quotation, or on a speaker's name and a colon (a transcript, a
# letters page): the speech act's words themselves.
_OPENS_QUOTED = re.compile(r"^\W{0,2}[\"“‘]|^(?P<name>[A-Z][\w'’-]+):\s")


def delivers(text: str, after: str) -> bool:
    """Whether ``after`` gives the point ``text`` held back (``holds_back``): what a
    speech act said (a quotation opening the sentence, or a saying whose speaker is named
    in ``text``, taken up by a pronoun or told by role: "'…,' the governor said", "X told
    a morning show that …"), or why a meeting was called or what came of it (a sentence
    taking it up by its noun: "The panel had called the hearing because …")."""
    if withholds(text):
        return _said_by(text, after)
    return convened(text) and _TAKES_UP.search(after) is not None


def _said_by(text: str, after: str) -> bool:
    """Whether ``after`` tells a saying of ``text``'s speaker, and no one else's."""
    opens = _OPENS_QUOTED.match(after)
    if opens is not None and (opens.group("name") or text) in text:
        return all(_ours(m, text) for m in _TAG.finditer(after))
    tags = list(_TAG.finditer(after))
    return bool(tags) and all(_ours(m, text) for m in tags)


def _ours(tag: re.Match[str], text: str) -> bool:
    """Whether the speaker of ``tag`` may be ``text``'s: a name it names, a pronoun, a
    role."""
    if tag.group("role"):
        return True
    who = tag.group("before") or tag.group("after") or ""
    if who in _TAKEN_UP:
        return True
    if who[:1].isupper():
        return who in text
    # a lowercase word before the verb is a role's noun ("the Texas senator said") only
    # when no name stands before it in the tag
    return tag.group("before") is not None and who not in {"it", "It", "which", "that", "who"}
