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

Nothing here names a person, an outlet or a topic: the words are closed grammatical
classes (a reaction verb, an ordinal of a strand, a progressive of choosing, a frame of
recall), and each asks of the sentence after it that the point is there
(``announcing.passed_over``). A state that is itself the news ("talks have collapsed",
"fears of a pandemic grew as cases appeared") is no contention answered, and stays.
"""

from __future__ import annotations

import re

__all__ = ["anecdote", "answers", "background", "recalls", "teases", "under_way"]

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
