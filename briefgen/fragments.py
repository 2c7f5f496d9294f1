"""Sentences that are pieces of a page's prose, not statements: shown alone, they say
nothing a reader can use.

A news sentence leans on the ones around it in a few recurring ways, whatever the topic
or the publisher: a bare speech tag left after a quotation was split off ("Kell said
Friday."); a quotation that goes on from one before ("Marsh continues, “…”") or is shown
with no speaker at all; a change told without where it ended ("the mayor is up from 37
percent", the new figure is in the sentence before); a list's lead-in ("The following
are the latest figures"); a roundup's label fused to its entry ("Pollsters differ - Ann
Ruiz: “…”"); a paper's correction notice; a set counted back ("the three countries",
which three the sentence before names); a person named only by their role ("the
candidate herself", "the prince called for …"), whom only the article names; a photo
caption's scene; someone's remarks with nothing of what they were. And a sentence whose
dated verb has no finite form, a headline's or a caption's grammar ("Crowds cheering the
mayor on Tuesday", "To supply him with the drug in May"): it has no predicate to assert.
"""

from __future__ import annotations

import re

from briefgen import speech_verbs
from briefgen.extract.quotes import QUOTED
from briefgen.models import Extraction

__all__ = ["cut_after", "fragment", "no_finite_verb", "quotation_only", "quotation_speaker"]

_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# When a speech tag may say it was said: "Friday", "on Tuesday night", "last week", "today".
_WHEN = (
    rf"(?:\s+(?:on\s+)?(?:{_WEEKDAY}|today|yesterday|tonight|earlier|later|last\s+week"
    r"|this\s+week)(?:\s+(?:morning|afternoon|evening|night))?)?"
)
_SAY = r"(?:said|says|added|adds|told\s+\w+|wrote|writes|tweeted|noted|explained|continued)"
# The whole sentence is a speech tag: "Kell said Friday.", "he added." What was said was
# a quotation the page set as its own paragraph.
_BARE_TAG = re.compile(
    rf"^\W*(?:[A-Z][\w.'’-]*\s+){{1,4}}{_SAY}{_WHEN}\s*[.!]?\s*$"
    rf"|^\W*{_SAY}\s+(?:[A-Z][\w.'’-]*\s*){{1,4}}{_WHEN}\s*[.!]?\s*$",
)
# The same tag with whom and where it was said, and still nothing of what: "Kell asked
# reporters rhetorically during a news conference late last month." (the question was the
# sentence before's).
# The speaker may carry a title in small letters: "CDC acting director Dr. Ann Ruiz asked
# on Monday."
_PLACED_TAG = re.compile(
    r"^\W*(?:[A-Z][\w.'’-]*\s+(?:[a-z]+\s+){0,3}?){1,4}(?:(?:asked|told)"
    r"(?:\s+(?:reporters|journalists|supporters|the\s+[a-z]+|[A-Z][\w.'’-]*))?|said|says|added)"
    r"(?:\s+[a-z]+ly)?"
    # where or when, in a few words that hold no clause ("in London will be for children")
    r"(?:\s+(?:during|at|in|on|after|before|to)(?:\s+(?!(?:will|would|is|was|are|were|has"
    r"|had|have|he|she|they|it|as|that)\b)[\w'’-]+){1,7})?\s*[.!]\s*$"
)
# A quotation going on from one the sentences before began: "Marsh continues, “…”",
# "He went on:". The argument it carries starts elsewhere.
_GOES_ON = re.compile(
    r"^\W*(?:[A-Z][\w.'’-]*\s+){1,3}(?:continues|continued|went\s+on|goes\s+on)\s*[,:]",
)
# A change told from its old value only: "the mayor is up from 37 percent in May". The
# value it reached is in the sentence before; "rose to 47 percent, up from 37" says both.
_CHANGE_WITHOUT_END = re.compile(
    r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:up|down)\s+(?:[\w.-]+\s+){0,2}?"
    r"from\s+[$£€]?\d"
    # "the haul is a big jump from the $12 million he raised before": a jump to what?
    r"|\b(?:is|was|marks?|marked)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:jump|rise|increase|drop|fall"
    r"|decline|gain|leap|dip)\s+from\s+(?:the\s+|a\s+)?[$£€]?\d",
    re.I,
)
# A paper's correction of its own article: "Because of an editing error, an article on
# May 3 misstated …", "An earlier version of this story misidentified …".
_CORRECTION = re.compile(
    r"^\W*(?:because\s+of|due\s+to)\s+an?\s+(?:editing|reporting|editor['’]s|production)"
    r"\s+error\b"
    r"|\ban?\s+(?:earlier|previous)\s+version\s+of\s+this\s+(?:article|story|report|post)\b"
    r"|\bthis\s+(?:article|story|post)\s+has\s+been\s+(?:updated|corrected|amended)\b",
    re.I,
)
# A roundup's entry with its label fused on: "Pollsters differ - Ann Ruiz: “…”" (a
# heading, a dash, the quoted writer's name and a colon).
_ROUNDUP = re.compile(
    r"^[^.!?:\"“]{3,60}\s[-–—]\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*:\s*[“\"‘]"
)
# The lead-in of a list or a table the brief does not carry: "The following are the latest
# figures …", "… are as follows:".
_LIST_INTRO = re.compile(r"^\W*(?:The\s+)?following\s+(?:is|are|were)\b|\bas\s+follows\W*$", re.I)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
# "the three countries", "the two former Warsaw Pact members": a set counted back to the
# members the sentences before list; "the two sides of", "the three countries that …" say.
# Only nouns of any set ("countries", "men"): "the three British victims" is the story's.
_COUNTED_SET = re.compile(
    rf"\b[Tt]he\s+({'|'.join(_COUNTS)})\s+"
    # "the four remaining candidates", "the two leading parties": the story's own set
    r"(?!(?:remaining|leading|top|main|major|surviving|original)\b)"
    r"(?:[\w-]+\s+){0,4}?(?:countries|nations|states|members|sides|parties|groups|men"
    r"|women|leaders|ministers|companies|firms|suspects|candidates)\b"
    r"(?!\s+(?:of|in|at|from|who|which|that|named|called|[A-Z])\b|['’]|,?\s+[A-Z])"
)
# A person named only by a role the story gives them, as the subject: "The candidate
# herself went on the radio", "In December, the prince called for …". Who, only the
# article says.
_ROLE = re.compile(
    r"^(?:\W*|[^,;“\"]{0,40},\s*)[Tt]he\s+(?:candidate|front-?runner|nominee|prince|princess|billionaire|mogul"
    r"|tycoon|businessman|businesswoman|senator|congressman|congresswoman)\b"
    r"(?!\s+(?:[A-Z]|of\b|for\b|from\b|who\b|whom\b|that\b|which\b|with\b)|['’]s\s+[A-Z]|,\s*[A-Z])"
)
# A photo caption's scene in the present with its day: "Jim Bell and Ann Ray stand in
# front of a polling station in Leeds on Tuesday." News narration tells a dated act in
# the past; a caption says what the picture shows, as happening now.
_SCENE_VERB = (
    r"(?:stand|sit|pose|wait|walk|look|listen|gesture|wave|arrive|greet|cheer|speak"
    r"|react|embrace|shake|attend|gather|pray|smile|laugh)"
)
# the verb right after its subject (a name, a plural): "a rally in Ohio on Tuesday" is none
_CAPTION_SCENE = re.compile(
    r"^(?:(?!\b(?:will|would|to|can|could|may|might|should|must|did|does|do|is|are|who"
    r"|that|which|said|says)\b)[^,;:“\"(])"
    rf"{{0,80}}?(?:\b[A-Z][\w'’.-]*|\b[a-z]+s)\s+{_SCENE_VERB}(?:s|es)?\b[^.;:“\"]*"
    rf"\b(?:on|this)\s+{_WEEKDAY}\b[^;:“\"]*\.$"
)
# Someone's remarks with nothing of what they were: "The senator made his remarks during
# a breakfast", "Kell stood by her comments". What was said, the sentences before quote.
_THEIR_REMARKS = re.compile(
    r"\b(?:his|her|their)\s+(?:remarks|comments)\b(?!\s+(?:on|about|to|that|regarding)\b)"
)
# A show's title in quotation marks opening the sentence, cut from the words that named
# the channel ("Sunday on the network's | “Sunday Morning Report,” Rep. Ruiz said").
_TITLE_CUT = re.compile(r"^[“\"](?:[A-Z][\w'’-]*\s+){1,5}[A-Z][\w'’-]*,[”\"]")
# A quotation opening on "it" measured against something: "“It was 50 percent more than
# last year's,” the mayor said". What "it" is, the sentences before say; an "it" of
# weather or time ("it is time to", "it was clear that") is no such measure.
_QUOTED_IT_MEASURED = re.compile(
    r"^\W*[“\"]\s*It(?:\s+(?:is|was)|['’]s)\s+(?:\d|more\b|less\b|bigger\b|smaller\b"
    r"|larger\b|worse\b|better\b|twice\b|double\b|half\b)"
)
# The tail of an apposition the page cut from its name: "Steel business, said third-quarter
# net income dropped 8%" (of "Armco, which has diversified out of its | Steel business,
# said ..."). English sets no comma between a subject and its verb: a bare noun phrase and
# a comma before "said" is what is left of a longer subject.
_APPOSITION_TAIL = re.compile(r"^[A-Z][a-z]+(?:\s+[a-z]+){0,3},\s+(?:said|says)\s+[a-z]")
_CAPITALISED = re.compile(r"(?<![\w.'’-])[A-Z][\w.'’-]*")
# Capitalised words that name no one: a sentence's first word, a month, a weekday.
_NO_NAME = frozenset(
    """The A An In On At By For From With But And Or So Yet It He She They We This That
    These Those There Its His Her Their As If When While After Before Since Among Of
    January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split()  # noqa: SIM905 - a word list reads best as prose
)


def _names(text: str) -> list[str]:
    """The capitalised words of ``text`` that may name someone or somewhere."""
    return [w.rstrip(".,") for w in _CAPITALISED.findall(text) if w.rstrip(".,") not in _NO_NAME]


def quotation_only(text: str) -> bool:
    """Whether ``text`` is a quotation and nothing else: whose words, another sentence says
    (the page split "“…,” Dr Ruiz told reporters" after the quotation)."""
    return text[:1] in '“"‘' and not re.search(r"[A-Za-z]", QUOTED.sub(" ", text))


def fragment(text: str) -> bool:
    """Whether ``text`` (a cleaned source sentence) is a piece of the page's prose that
    says nothing alone: a bare speech tag, a quotation going on or shown with no speaker,
    a change without its end, a list's lead-in, a roundup's label, a correction notice, a
    counted set or a role whose members or holder only the sentences before name."""
    narration = QUOTED.sub(" ", text)
    if _BARE_TAG.match(text) or _PLACED_TAG.match(text):
        return True
    if _GOES_ON.match(text) or _ROUNDUP.match(text):
        return True
    if _TITLE_CUT.match(text) or _THEIR_REMARKS.search(narration):
        return True
    if _QUOTED_IT_MEASURED.match(text):
        return True
    if quotation_only(text):
        return True  # a quotation and nothing else: whose words, the page said elsewhere
    if _CHANGE_WITHOUT_END.search(narration) or _CORRECTION.search(narration):
        return True
    if _LIST_INTRO.search(narration) or _CAPTION_SCENE.match(text):
        return True
    if _APPOSITION_TAIL.match(text):
        return True
    for m in _COUNTED_SET.finditer(narration):
        if len(set(_names(narration[: m.start()]))) < _COUNTS[m[1]]:
            return True  # fewer names before it than it counts: the set is listed elsewhere
    return any(not _names(narration[: m.start()]) for m in _ROLE.finditer(narration))


def cut_after(start: int, extraction: Extraction | None) -> bool:
    """Whether the sentence at ``start`` is the second piece of one the sentence splitter
    cut in two: its paragraph runs on into it from a word no sentence or headline ends
    with (an article, a preposition, a conjunction) or a comma ("… exit polls conducted
    for the | Associates Press and television networks, black voters …", a capital the
    splitter took for a new sentence). Any other word may end a headline that a scraped
    page runs into its first sentence ("… found guilty Michael Jackson's doctor has
    been …"); a dateline's dash and a sentence's own stop end otherwise."""
    if extraction is None:
        return False
    text = extraction.document.text
    before = text[text.rfind("\n", 0, start) + 1 : start].rstrip()
    return before.endswith(",") or _RUNS_ON.search(before) is not None


# The words a sentence cannot stop on: what comes after them is still the same sentence.
_RUNS_ON = re.compile(
    r"\b(?:the|a|an|of|for|to|from|with|by|at|in|into|on|and|or|but|nor|than|that|whose)$"
)


# The speech tag right after a quotation the page split it from: "“…,” Dr. Ann Ruiz, head of
# the agency, told reporters". Its leading name is the speaker (a title before it dropped).
_TAG_AFTER = re.compile(
    r"[“\"][^”\"]{1,600}[”\"]\s*(?:(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Gen)\.?\s+)?"
    # the name, and what the tag says of them ("Ann Ruiz, head of the U.S. agency told")
    r"((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)\b(?:,[^;“\"\n]{1,140}?,?)?\s+"
    + speech_verbs.alternation(
        speech_verbs.forms(speech_verbs.CORE | {"add", "write"}, "past", "third")
    )
    + r"\b"
)


def quotation_speaker(text: str, start: int, extraction: Extraction | None) -> str:
    """``text`` (a sentence at ``start``) that is a quotation and nothing else, with its
    speaker named in brackets: the one the extraction read across the split, else the name
    of the speech tag right after it in the document ("“Our worry has grown,” [Ann Ruiz
    said]."); else ``text`` as it is (refused later)."""
    if extraction is None or not quotation_only(text):
        return text
    end = start + len(text)
    speakers = {
        p.speaker for p in extraction.positions if p.speaker and p.start < end and p.end > start
    }
    if not speakers:
        tag = _TAG_AFTER.match(extraction.document.text, start, end + 200)
        speakers = {tag[1]} if tag else set()
    if len(speakers) != 1:
        return text
    return f"{text.rstrip()} [{speakers.pop()} said]."


# What makes a verb's -ing or to-form part of a finite predicate: an auxiliary or a modal
# a few words before it ("was quietly signing", "will be opening"). A closed class.
_AUXILIARY = frozenset(
    (
        *("am", "is", "are", "was", "were", "be", "been", "being"),
        *("has", "have", "had", "do", "does", "did"),
        *("will", "would", "shall", "should", "can", "could", "may", "might", "must"),
        *("s", "re", "m"),  # "he's signing", "they're", "I'm" as the words split them
    )
)
# How far before the verb its auxiliary may stand: "was (not) (yet) (quietly) signing".
_AUXILIARY_REACH = 3
_WORD_BEFORE = re.compile(r"\w+")
# A finite verb after an opening -ing phrase ("Speaking to reporters on Friday Ann Ruiz
# criticised the plan"): a regular past, or a common irregular past (a closed class).
_IRREGULAR_PAST = frozenset(
    (
        *("said", "told", "went", "came", "made", "took", "gave", "got", "met", "won"),
        *("lost", "left", "held", "found", "saw", "ran", "began", "brought", "thought"),
        *("kept", "sent", "spoke", "wrote", "fell", "stood", "became", "paid", "sold", "led"),
        *("says", "tells"),
    )
)


def no_finite_verb(sentence: str, verb: tuple[int, int]) -> bool:
    """Whether ``sentence``'s dated verb (``verb``: offsets into the sentence) has no
    finite form, so the sentence asserts nothing: an -ing form with no auxiliary before it
    and no finite verb after it to carry it ("Crowds cheering the mayor on Tuesday"; but
    "Speaking on Tuesday, the mayor said ..." has its predicate after the -ing phrase), or
    a to-form opening the sentence ("To supply him with the drug in May")."""
    word = sentence[verb[0] : verb[1]]
    before = _WORD_BEFORE.findall(sentence[: verb[0]].lower())
    if before[-1:] == ["to"]:
        return len(before) == 1
    if not word.lower().endswith("ing"):
        return False
    if any(w in _AUXILIARY for w in before[-_AUXILIARY_REACH:]):
        return False
    after = QUOTED.sub(" ", sentence[verb[1] :])
    if "," in after:
        return False  # the -ing phrase set off, a main clause after it
    words = _WORD_BEFORE.findall(after.lower())
    return not any(
        w in _AUXILIARY or w in _IRREGULAR_PAST or (w.endswith("ed") and len(w) > 4) for w in words
    )
