"""Whether a sentence explains the world in general rather than tells what happened.

Explainers, Q&As and the background paragraph of a report tell what holds of a kind, any
week: "Swine flu has similar symptoms to the more common seasonal form of influenza",
"Testing whether a person has the virus is not easy and it can take days to confirm",
"Vaccines take months to make". Such a sentence is true and readable, but it is no
development of the story: no key judgment, key figure or timeline line. A health expert
quoted saying it ("..., a health expert said on Tuesday") dates the saying, not a news.

English marks genericity by grammar, which is what is read here, never the topic: the
subject is a kind, not an individual (a bare noun phrase with no determiner and no name:
"Swine flu", "Vaccines", "Most flu patients", or a clause, "Testing whether ..."), the
verb is a characterising simple present (a copula, possessive "has", "can", "do not",
"tend to", a frequency adverb, "take" a span of time), and the sentence gives no time of
its own and no count. Real news in a generic-looking form keeps one of these off: "Swine
flu has killed 149 people in Mexico" (a perfect, a count), "Cases have been found in all
50 states" (a perfect), "Virtually all cases now resist the drug" (a time, "now"), "The
virus is spreading" (a definite subject, a progressive), "Countries should be ready for
more deaths, the WHO chief said" (a directive, no characterising verb), "Officials say
the toll has risen" (a verb of saying: a report). A habit ("usually", "typically", "tend
to") is what happens as a rule, whatever its subject: "The flu season typically peaks in
winter" tells no more news than "Flu seasons peak in winter" (``habitual``).
"""

from __future__ import annotations

import re

from briefgen.extract.cues import SPEECH_VERBS, speech_form
from briefgen.extract.quotes import QUOTED
from briefgen.extract.timex.lexicon import MONTHS, WEEKDAYS

__all__ = ["generic", "habitual", "questions_and_answers"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# A report's tag after its content: ", a health expert said on Tuesday.", ", officials
# say.", ", according to the WHO." The tag's time is the saying's: the content is judged.
_TRAILING_TAG = re.compile(r",\s+(?P<tag>[^,]{2,90})\s*[.!]?\s*$")
_LEADING_TAG = re.compile(r"^\W*According\s+to\s+[^,]{2,60},\s+", re.I)
_ACCORDING = re.compile(r"according\s+to\b", re.I)

# Words that open a sentence but no bare noun phrase: determiners, pronouns, conjunctions,
# prepositions and adverbs. A subject opening on one is no kind told bare.
_FUNCTION = _words(
    """
    a an the this that these those his her its their our my your it they we he she i you
    there here what which who whose when where why how if unless but and or so yet nor
    in on at by for from with without after before during since until as of to into
    while although though because once now then still also even only just not no
    every each any another such other either neither one
    is are was were be been has have had do does did will would shall should can could may
    might must
    """
)

# A kind's subject: an optional quantifier, then a bare noun phrase whose words after the
# first are lower case (no name: "Swine flu", "Most H1N1 flu patients", "Flu vaccines"),
# or a single plural noun ("Vaccines"). A strain's code ("H1N1") is a kind's name too.
_WORD = r"(?:[a-z][a-z-]*|[A-Z0-9-]*\d[A-Z0-9-]*)"
_KIND = re.compile(
    r"^(?P<first>[A-Z][a-z-]+)"
    r"(?P<rest>(?:\s+" + _WORD + r"){0,4}?)"
    r"\s+(?P<verb>(?:is|are|has|have|can|cannot|do|does|don['’]t|doesn['’]t|tends?|takes?"
    r"|usually|often|typically|generally|normally|rarely|seldom|always|commonly)\b.*)$",
    re.S,
)
# A gerund's clause as subject: "Testing whether a person has swine flu is not easy".
_GERUND = re.compile(
    r"^(?P<first>[A-Z][a-z]+ing)\s+(?:whether|if|how|what|a|an|the|your|their|people|one['’]s)\b"
    r".*?\s(?P<verb>(?:is|are)\s.*)$",
    re.S,
)
_QUANTIFIERS = frozenset(["most", "many", "some", "all", "few", "both"])

# The characterising verbs, each read by what follows it. A copula before a participle
# or an -ing form is a passive or progressive (an event: "are being urged", "is ordered to
# stand trial"), one before "up" or "down" a change, and one before "expected/set/due/on
# track to" a plan or a prospect of the story's ("Drugmakers are on track to have a
# vaccine"); "has" before a participle a
# perfect ("has killed"); "do/does" only in "do not"; "take" with a span of time.
_PARTICIPLE = (
    r"(?:\w+ed|\w+en|been|done|made|found|told|said|spread|hit|put|cut|left|led|kept|held"
    r"|brought|bought|caught|taught|thought|sent|spent|built|lost|won|begun|run|shut|set"
    r"|struck|got|become|come|gone|had|seen|shown|known|grown|drawn|paid|laid|sold|met"
    r"|heard|understood|\w+ing)\b"
)
# Adverbs a verb group may hold before its participle ("have also reported", "are almost
# done", "are increasingly warning"): read inside the test, so none is skipped over.
_ADVERB = r"(?:(?:not|already|now|just|yet|never|also|still|long|since|almost|all|\w+ly)\s+)*"
_CHARACTERISING = re.compile(
    r"^(?:"
    rf"(?:is|are)\s+(?!{_ADVERB}(?:{_PARTICIPLE}|(?:down|up|higher|lower)\b"
    r"|(?:expected|set|due|about|going|likely|unlikely|poised|ready|on\s+track|on\s+course)"
    r"\s+to\b))"
    rf"|(?:has|have)\s+(?!{_ADVERB}(?:{_PARTICIPLE}|to\b))"
    r"|(?:can|cannot)\s"
    r"|(?:do|does)\s+not\s|don['’]t\s|doesn['’]t\s"
    r"|tends?\s+to\s"
    r"|takes?\s+(?:\w+\s+)?(?:hours|days|weeks|months|years|time|long)\b"
    r"|(?:usually|often|typically|generally|normally|rarely|seldom|always|commonly)\s+[a-z]"
    r")",
    re.I,
)
# A verb a single capitalised plural word takes as a plural ("Vaccines take", "Humans
# have"); with a singular verb the word is a name ("Sanders is", "Bezos has").
_SINGULAR = re.compile(r"^(?:is|has|does|doesn['’]t|tends|takes)\b", re.I)
# A time of its own, or a count: the sentence is dated or measured, so it reports.
_TIME = re.compile(
    r"\b(?:today|tonight|yesterday|tomorrow|now|currently|recently|so\s+far|ago|already"
    r"|latest|officially|formally|newly|spring|summer|autumn|winter|this\s+(?:week|month|year|morning|afternoon|evening|weekend|spring|summer"
    r"|autumn|fall|winter)|last\s+(?:week|month|year|night)|next\s+(?:week|month|year)"
    r"|(?:" + "|".join(sorted(set(MONTHS) | set(WEEKDAYS), key=len, reverse=True)) + r")"
    r")\b"
    r"|(?<![\w-])\d",
    re.I,
)
# The narration's tense of an event told past: no characterising statement holds it.
_PAST = re.compile(rf"\b(?:was|were|had|did|(?:has|have)\s+{_ADVERB}{_PARTICIPLE})", re.I)
# A name after the first word: a capitalised word, or a word in capitals that is no
# code of a kind ("the WHO", "the US"; "H1N1" is a strain's).
_NAME = re.compile(r"(?<!^)(?<![.!?]\s)\b(?:[A-Z][a-z]|[A-Z]{2,}\b)")


def generic(text: str) -> bool:
    """Whether ``text`` (a shown sentence) tells what holds of a kind, not what happened:
    a bare or clausal subject, a characterising simple present, no time of its own, no
    count and no name ("Swine flu has similar symptoms to seasonal flu"; "Testing whether
    a person has the virus is not easy, a health expert said on Tuesday"); or a habit,
    whatever its subject ("The flu season typically peaks in winter": ``habitual``)."""
    content = _content(QUOTED.sub(" ", text)).strip(" \"'“‘”’")
    if not content:
        return False
    if habitual(content):
        return True
    if _TIME.search(content) or _PAST.search(content):
        return False
    if _NAME.search(content):
        return False
    gerund = _GERUND.match(content)
    if gerund is not None:
        return _CHARACTERISING.match(gerund["verb"]) is not None
    m = _KIND.match(content)
    if m is None or m["first"].lower() in _FUNCTION:
        return False
    rest = m["rest"].split()
    if not rest and (not m["first"].endswith("s") or _SINGULAR.match(m["verb"])):
        return False  # one capitalised word alone ("Murray is", "Sanders has") may be a name
    if m["first"].lower() in _QUANTIFIERS and not rest:
        return False
    if any(w in _FUNCTION and w not in {"of", "in", "with", "for"} for w in rest):
        return False  # a clause inside the subject, not a noun phrase
    if any(speech_form(w) for w in rest):
        return False  # "Officials say ...": a report in the present
    return _CHARACTERISING.match(m["verb"]) is not None


# A habit: the main clause's verb group holds an adverb of usual frequency ("The flu season
# typically peaks in winter", "Flu season in the north is usually over by May", "Caucus
# crowds tend to be older"). What happens as a rule happens every year: that holds of a
# definite subject ("the flu season": the kind's yearly instance), a name ("the White
# House usually does the tweeting") and a place in the subject ("in the United States")
# alike, none of which makes an individual's news here as it does after a bare copula.
# "Generally", "often" and "always" are left out: they also grade ("generally positive")
# or stress ("always said"), a reading a habit has not.
_HABITUAL = (
    r"(?:usually|typically|normally|ordinarily|customarily|commonly|rarely|seldom|tends?\s+to)"
)
_HABIT = re.compile(
    r"^(?P<subject>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,6}?)"
    r"\s+(?P<copula>(?:is|are|can|will|do|does)\s+)?(?:also\s+|still\s+)?"
    rf"{_HABITUAL}\s+(?P<next>[\w'’-]+)"
)
# A subject opens on a determiner or a pronoun, or a content word; a main clause
# fronted by a subordinator or a preposition ("Because doctors usually treat symptoms,
# the agency must ...") has its habit in the subordinate clause, not the main one.
_DETERMINERS = _words(
    """
    the a an this that these those his her its their our my your it they we he she i you
    most many some all few both each every
    """
)
# Words a noun phrase's own modifiers hold ("flu season in the United States", "the
# spread of the virus"): any other function word makes the subject a clause.
_IN_PHRASE = _words("of in on at with for the a an")
# Past forms a habit's verb may not take ("usually went"): a verb in -ed, or irregular.
_IRREGULAR_PAST = _words(
    """
    was were had did went came made took gave said told found held left led ran saw sent
    began became won lost kept brought bought thought stood fought felt paid fell rose drew
    struck chose flew knew grew broke wrote spoke met sold spent
    """
)
# Under a habit a month or a season recurs ("peaks in winter", "is over by May"); one
# named with a deictic ("this winter", "last May") or a number is still a time of its own.
_RECURRING = _words(" ".join(MONTHS) + " spring summer autumn fall winter")
_DEICTIC_SEASON = re.compile(
    r"\b(?:this|last|next|coming|past)\s+(?:"
    + "|".join(sorted(_RECURRING, key=len, reverse=True))
    + r")\b",
    re.I,
)


def habitual(content: str) -> bool:
    """Whether ``content`` (a sentence without its report's tag) tells a habit: its main
    clause's subject, then a verb group holding an adverb of usual frequency ("usually",
    "typically", "tend to"), a present verb after it, and no past, count or time but a
    recurring month or season ("The flu season typically peaks in winter")."""
    m = _HABIT.match(content)
    if m is None:
        return False
    first, *rest = m["subject"].split()
    if first.lower() in _FUNCTION and first.lower() not in _DETERMINERS:
        return False  # a fronted clause: the habit is not the main clause's
    # (a capitalised word after the first is a name's: "the WHO tally", "the United States")
    if any(w in _FUNCTION and w not in _IN_PHRASE for w in rest):
        return False  # a clause inside the subject ("People who usually ...")
    if any(speech_form(w) or w in SPEECH_VERBS for w in rest):
        return False  # "Officials say flu usually ...": a report in the present
    after = m["next"].lower()
    if after in _IRREGULAR_PAST or (m["copula"] is None and after.endswith("ed")):
        return False  # "usually went", "typically voted": a past habit, told as history
    if _PAST.search(content) or _DEICTIC_SEASON.search(content):
        return False
    times = [t.group(0).lower() for t in _TIME.finditer(content)]
    return all(t in _RECURRING for t in times)


def _content(narration: str) -> str:
    """``narration`` without a report's tag: what the tag says is said."""
    narration = _LEADING_TAG.sub("", narration)
    tag = _TRAILING_TAG.search(narration)
    if tag is not None and (
        _ACCORDING.match(tag["tag"])
        or any(speech_form(w.lower()) for w in re.findall(r"[A-Za-z]+", tag["tag"]))
    ):
        narration = narration[: tag.start()]
    return narration.rstrip(" .!")


# A question set as a subhead in capitals, how a wire's Q&A is built ("HOW MANY PEOPLE
# HAVE DIED?", "WHAT KIND OF FLU IS IT AND HOW IS IT SPREADING?"): three words or more.
_CAPITALS_QUESTION = re.compile(r"\b[A-Z][A-Z'’,-]*(?:\s+[A-Z0-9][A-Z0-9'’,-]*){2,}\?")
# Two such subheads make the page a Q&A.
_QA_SUBHEADS = 2


def questions_and_answers(text: str) -> bool:
    """Whether ``text`` (a document) is a Q&A explainer, its questions set as subheads in
    capitals: its answers tell the state of knowledge on the day ("All deaths so far have
    been in Mexico"), what holds of the kind ("WHAT KIND OF FLU IS IT?"), not a
    development, and stale within hours."""
    return len(_CAPITALS_QUESTION.findall(text)) >= _QA_SUBHEADS
