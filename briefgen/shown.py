"""Source sentences as the brief shows them, and whether one can be shown alone.

A shown sentence is a source span with its Markdown residue removed (``clean``). It is
shown only when a reader can take it out of its article (``stands_alone``): no page
furniture (links, handles, a phone-in line), no quotation or bracket opened elsewhere,
and no reference back to something only the previous sentences name ("this poll", "the
figure"). Leading pronouns are resolved in ``standalone``.
"""

from __future__ import annotations

import re
from collections.abc import Set

from briefgen.additive import adds_to
from briefgen.anaphora import sentences_before
from briefgen.announcing import passed_over
from briefgen.bridging import standardless
from briefgen.capitals import named_before, unscoped_absence
from briefgen.connectives import CONNECTIVE, MID_CONNECTIVE, continues
from briefgen.definite_acts import dangling_event, resolve_event
from briefgen.definites import narrowed_named, resolve_definites
from briefgen.elided import announces_only, leaves_out, teaser
from briefgen.extract.quotes import QUOTED
from briefgen.firm_figures import figure_owner
from briefgen.firms import firm_named
from briefgen.fragments import cut_after, fragment, quotation_speaker
from briefgen.inner_refs import dangling_their, resolve_inner, subject_it_named
from briefgen.kept_verdicts import memo
from briefgen.leading_definite import resolve_definite
from briefgen.leaning import leans_back
from briefgen.models import Extraction
from briefgen.named_heads import name_head
from briefgen.narrator import narrators_voice
from briefgen.place_adverbs import place_adverbs
from briefgen.pointing import REPLY_OPENERS, points_back
from briefgen.presupposed import presupposes
from briefgen.quotation_ends import (
    closed_at_end,
    closed_within,
    closes_elsewhere,
    quotation_finished,
)
from briefgen.quoted_refs import quoted_stranger
from briefgen.relative_days import page_day
from briefgen.role_subject import name_role_subject
from briefgen.scope import resolve_scope
from briefgen.shared_surnames import shared_surname
from briefgen.shells import ON_WHAT, dangling_shell
from briefgen.standalone import resolve_opening, resolve_speaker
from briefgen.structure.classify import is_wire_caption
from briefgen.structure.datelines import LEDE_DATELINES
from briefgen.structure.opinion import is_opinion
from briefgen.that_day import resolve_that_day
from briefgen.time_anaphors import dangling_time
from briefgen.titled import name_role, name_titled
from briefgen.when import MONTH_NAMES

__all__ = ["clean", "read_alone", "stands_alone"]

_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\s]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*)(?=\S)(.+?)(?<=\S)\1")
_BULLET = re.compile(r"^\s*(?:[•▪◦●■*·–—-]|\d{1,2}[.)]|[a-z]\))\s+")


# "At the same time," opening a sentence links it to the one before (meanwhile, or yet);
# what follows it tells its own news, so the shown sentence drops the link. So does "Also"
# before the sentence's own time: "Also on Tuesday, the senate …" tells Tuesday's news.
_MEANWHILE = re.compile(
    r"^(?:at\s+the\s+same\s+time\s*,\s*(?=\S)|also\s+(?=(?:on|in|at|during|earlier|later"
    r"|last|this|yesterday|today|overnight)\b[^,;.]{0,40},))",
    re.I,
)

# A writer's comment on the fact opening the sentence ("Interestingly, the minister blamed …",
# "Tellingly, …", "Not surprisingly, …"): the reporter's evaluation, not the fact, which
# a judgment states without it. Only a lone evaluative adverb set off by its comma: one
# of manner or time ("Quickly, …", "Finally, …") is part of what happened.
_COMMENT = re.compile(
    r"^(?:perhaps\s+)?(?:interestingly|notably|tellingly|curiously|ironically|significantly"
    r"|remarkably|strikingly|surprisingly|unsurprisingly|not\s+surprisingly|predictably"
    r"|oddly(?:\s+enough)?|strangely(?:\s+enough)?|revealingly|fittingly|paradoxically"
    r"|amazingly|astonishingly|characteristically|understandably)\s*,\s*(?=\S)",
    re.I,
)


def clean(text: str) -> str:
    """A source span as shown: Markdown residue removed, whitespace collapsed."""
    dateline = next((m for d in LEDE_DATELINES if (m := d.match(text))), None)
    if dateline:
        text = text[dateline.end() :]
    meanwhile = _MEANWHILE.match(text) or _COMMENT.match(text)
    if meanwhile:  # "At the same time, Moscow has begun ...": the news without its link
        rest = text[meanwhile.end() :]
        text = rest[:1].upper() + rest[1:]
    text = _BULLET.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _EMPHASIS.sub(r"\2", text)
    return " ".join(text.replace("\u00a0", " ").split())


# Page furniture that is no sentence of news: a link, a social-media handle or hashtag.
# A wire's instrument code ("The peso MXN= rose") is one too.
_FURNITURE = re.compile(
    r"https?://|www\.|\bpic\.twitter\.|\bt\.co/|(?<![\w.])[@#][A-Za-z]\w+|\b[A-Z]{2,}\s?="
)
# A pointer to media the page embeds and the brief does not carry: "posted the following
# picture", "The chart below shows ...", "see the tweet above", "(watch it below)",
# "(pictured left)". The sentence tells of something the reader is not shown.
_MEDIA = (
    r"(?:chart|graph|graphic|infographic|map|table|picture|photo|photograph|image|video|clip"
    r"|footage|tweet|post|message|statement|gallery|slideshow|interview|exchange|ad|advert)s?"
)
_EMBEDDED = re.compile(
    rf"\b(?i:the|this|these)\s+following\s+(?:[a-z-]+\s+){{0,2}}?{_MEDIA}\b"
    rf"|\b(?i:the|this|these|his|her|their|its|our)\s+(?:[a-z-]+\s+){{0,2}}?{_MEDIA}\s+"
    r"(?:below|above)\b"
    r"|\b(?i:see|watch|listen|view|read|pictured|shown|embedded)\s+(?:to\s+)?"
    r"(?:(?:it|them|this|here|the\s+[a-z]+)\s+)?(?:below|above)\b"
    r"|\((?:see|pictured)\s+(?:left|right)\)"
)
# A question the narration asks ("Does that mean a peak will come earlier?") states nothing.
_ASKS = re.compile(r"\?\s*$")
# "Dean, a medical doctor, then appeared ...": the next step of a story told before.
_THEN = re.compile(r"^\W*(?:then\b|(?:[A-Z][\w.'’-]*\s*){1,3}(?:,[^,]{1,60},\s*)?then\s+[a-z])")
# A demonstrative with its noun points back to what the previous sentences name ("this
# poll", "these figures"); time words are deictic, read from the article's date ("this week").
_DEMONSTRATIVE = re.compile(
    r"\b(?:this|these|those)\s+(?!(?:week|weekend|month|year|morning|afternoon|evening|night"
    r"|time|season|spring|summer|autumn|fall|winter|century|decade|quarter|term)(?:s|'s|’s)?\b)"
    r"(?!(?:is|was|are|were|has|have|had|will|would|can|could|may|might|should|must|does|did"
    r"|and|or|but|to|of|in|on|at|for|with|by|that|which|who|as|isn't|wasn't)\b)"
    r"(?![a-z]+(?:ed|ing)\b)[a-z]{3,}",  # "similar to those produced by": no noun
    re.I,
)
# "that" as a demonstrative, where no conjunction stands: after a preposition or opening
# the sentence, before a common noun ("Since that attack, …", "That figure rose"), not a
# time ("that day"), a degree ("that much") or what a clause opens ("in that it", "That
# Trump won").
_THAT_NOUN = re.compile(
    r"(?:^\W*|\b(?i:since|after|before|during|following|in|at|from|by|of|with|despite|over"
    r"|about|on|for|under|against|into|through|like)\s+)(?i:that)\s+"
    r"(?!(?:week|weekend|month|year|morning|afternoon|evening|night|time|day|season|spring"
    r"|summer|autumn|fall|winter|century|decade|quarter|term|moment|point|era|period)s?\b)"
    r"(?!(?:it|he|she|they|we|you|there|the|a|an|is|was|are|were|has|had|will|would|can"
    r"|could|may|might|should|must|did|does|much|many|far|long|little|few|well|often|soon"
    r"|big|bad|good|easy|hard|simple|way|same|one|ones|this|these|those|said)\b)"
    r"(?![a-z]+(?:ed|ing|ly)\b)[a-z]{3,}\b"
)
# "do so", "did so": the doing is the sentences before's ("Egypt had not found the political
# will to do so"), unless a clause of the sentence itself tells it ("urged people to stay
# home, and most did so").
_DO_SO = re.compile(
    r"\b(?:do|does|did|doing|done)\s+so\b(?!\s+(?:far|much|many|long|well|that|as)\b)"
)
_CLAUSE_BEFORE = re.compile(
    r"[,;:]|\b(?:and|but|or|if|unless|because|when|while|before|after|until|as|though)\b"
)
# "such hopes", "no such plan": a kind named only by the sentences before, unless the
# sentence says which ("such countries as France", "such a crowd that ..."); "such as"
# introduces examples and "as such" stands for a role, neither points back. One of a
# series ("the last such visit ... took place in January") is ``time_anaphors``' to refuse.
_SUCH = re.compile(
    r"(?<!\bas\s)(?<!\bfirst\s)(?<!\blast\s)(?<!\bnext\s)(?<!\bonly\s)(?<!\blatest\s)"
    r"\bsuch\s+(?!as\b)"
    r"(?:an?\s+)?[a-z][\w-]+",
    re.I,
)
# "a bill with similar terms", "comparable measures": like what, only the sentences before
# say; "similar to ...", "a similar bill to the one ..." say it, and "both ... similar"
# compares what the sentence itself names.
_SIMILAR = re.compile(
    r"\b(?:similar|comparable|identical|(?<=\ba\s)different)\s+"
    r"(?!(?:to|as|in|with|enough|and|or|but|from|than)\b)[a-z]"
    # "a similar problem to its rival's", "similar cases, such as …" say
    r"(?!(?:[\w,-]*\s+){1,3}?(?:to|as|from|than)\b)",
    re.I,
)
_COMPARED_HERE = re.compile(r"\b(?:both|each|between|among)\b", re.I)
# Auxiliaries and modals: a verb's, never part of a noun phrase.
_AUXILIARY = (
    r"would|will|could|can|may|might|should|must|is|are|was|were|be|been|has|have|had|do|does"
    r"|did"
)
# the words between the kind and its "as"/"that" are the kind's, not a verb's: in "such
# actions would imply that ..." the "that" opens what is implied
_SUCH_SAYS_WHICH = re.compile(rf"(?:\s+(?!(?:{_AUXILIARY})\b)[\w-]+){{0,4}}?\s+(?:as|that)\b", re.I)
# The narrator in the first person outside quotations ("all the experts I interviewed
# said"): a columnist or a transcript's speaker the shown sentence does not name. "I" is a
# pronoun before a verb, not a numeral ("World War I and").
_FIRST_PERSON = re.compile(
    r"(?<![\w.])(?:I(?=\s+[a-z]|['’](?:m|ve|d|ll)\b)|(?:me|my|myself|we|us|our|ourselves)\b)"
)
_NUMERAL_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+$")
# A quotation opened after "that" and left open to the sentence's end (its closing mark on
# the next line): reported speech quoting its last words, not a direct quotation.
_THAT_QUOTE = re.compile(r"\bthat\s+[\"“](?=[^\"“”]*$)")
# A demonstrative standing for what the sentence before said: "achieved just that by
# declaring ...", "did exactly this", "said as much", "did the same".
_JUST_THAT = re.compile(
    r"\b(?:(?:said|says|say|saying|acknowledg\w*|admit\w*|conced\w*|suggest\w*|indicat\w*"
    r"|hint\w*|signal\w*|confirm\w*|impl(?:y|ied|ies)|predict\w*|expect\w*|knew|know\w*"
    r"|thought|think\w*|suspect\w*|fear\w*|assum\w*|recogni[sz]\w*)\s+as\s+much(?![^.,;:]*\bas\b)"
    r"|did\s+the\s+same|(?:did|does)\s+likewise"
    # the people a poll asked, of a poll the sentence before named: "those polled were split"
    r"|those\s+(?:polled|surveyed|questioned|interviewed|sampled)(?!\s+by\b))\b"
    r"|\b(?:just|exactly|precisely)\s+(?:that|this)\b"
    r"(?=\s*(?:[,.;:!?]|$|(?:by|with|in|on|at|for|when|as|and|but|after|before)\b))",
    re.I,
)
# An answer whose question is told before: "The campaign responded Friday, saying ...",
# "countered Sunday by suggesting ...", "hit back"; one that says what it answers ("responded
# to the letter", "fired back at Trump") stands, and so does a reply that says what it
# says ("countered that the singer ..."): a statement. The narration's answer only: a quotation
# under "countered" still gives the speaker's words.
_ANSWERS = re.compile(
    r"\b(?:respond(?:ed|s)|countered|retort(?:ed|s)|replied"
    r"|(?:hit|hits|fired|fires|shot|shoots|struck|strikes|pushed|pushes)\s+back)\b"
    rf"(?!(?:\s+[\w,]+){{0,4}}?\s+(?:to|against|at|over|{ON_WHAT})\b|\s+that\b)",
)  # small letters: "The Empire Strikes Back" is a title
# A stance held against what only the sentences before name: "showed no sign of backing
# down", "refused to budge", "would not relent" (on what?); "backed down from" says.
_YIELDS = re.compile(
    r"\b(?:back(?:ed|ing|s)?\s+down|budg(?:e|ed|es|ing)|relent(?:ed|s|ing)?)\b"
    rf"(?!\s+(?:from|over|in|{ON_WHAT})\b)",
    re.I,
)
# English writes a sentence's first word with a capital: one that opens in lower case is
# the tail of something the page cut ("cents Mexico yesterday revised ...", a price's unit
# left from a ticker or a bullet list) or of a sentence split in two. A word with a capital
# inside it ("iPhone", "eBay") is a name written so.
_LOWER_START = re.compile(r"^[a-z][a-z'’-]*(?![\w'’-])")
# A sentence that opens with an ellipsis was cut from its start ("“… overall, I think").
_CUT_START = re.compile(r"^\W{0,2}(?:…|\.\.\.)")
# A sentence broken off at a dash: the speaker was cut short, or the page cut it.
# One trailing off in an ellipsis is a fragment the page (or the speaker) left unfinished.
_BROKEN_OFF = re.compile(r"(?:[—–-]|…|\.\.\.)\s*[.!?]?[\"”’]?\s*$")
# A chronology's date label fused inside a sentence: "... when he died 25 June 2009 Dr
# Murray finds Jackson unconscious" (a caption, then the label and its entry).
_FUSED_LABEL = re.compile(
    r"\b(?!(?:on|in|by|until|since|from|to|before|after|of|and|or|between)\b)[a-z]+\s+"
    rf"\d{{1,2}}\s+(?:{MONTH_NAMES})\s+\d{{4}}\s+[A-Z]"
)
# A wire photo caption's place marks ("Ban Ki-moon (R) listens to Margaret Chan (C)", "(2nd
# L)") and a wire's story codes ("(ID: nBKK234536)"): page furniture, never prose. A page's
# lower-case "(c)" is left: it is fused to the lede the timeline needs (structure's job).
_CAPTION = re.compile(
    r"\((?:\d(?:st|nd|rd|th)\s+)?(?:[LRC]|L-R|R-L|left|right|centre|center)\)"
    r"|\(ID:\s*\w+\)"
)
# A person named by an epithet of place and party or office, whose name only the sentences
# before give: "the Wisconsin Republican criticized ...", "the Vermont senator said"; one
# followed by the name ("the Texas senator Ted Cruz") says who.
# "the Ohio Republican party", "the Texas Democrat's supporters" name a body, not a person
_EPITHET_AS_ADJECTIVE = (
    r"(?:[Pp]arty|candidates?|voters|leaders?|officials?|primary|caucus|delegation|lawmakers"
    r"|senators|governors|nominee|ticket|convention|establishment|base|majority|minority)\b"
)
_EPITHET = re.compile(
    r"\b[Tt]he\s+(?:(?:former|veteran|freshman|outgoing)\s+)?(?:[A-Z][a-z]+\s+){1,2}"
    r"(?:Republican|Democrat|Independent|senator|congressman|congresswoman|lawmaker|governor"
    rf"|mayor|billionaire|businessman|tycoon)\b(?!\s+(?:[A-Z\[]|of\b|and\b|{_EPITHET_AS_ADJECTIVE}))"
)
# A quotation opening the sentence on "he", "she" or "they": whom the speaker means, the
# sentences before name ("“They are coming with everyone,” said a neighbour").
# A demonstrative standing for what the sentences before said, as the subject of the
# sentence, after its discourse markers: "Okay, so that's the picture today", "This was
# the message". "This week", "that evening" are times, not pronouns: a verb follows here.
_DEMONSTRATIVE_SUBJECT = re.compile(
    r"^\W*(?:(?:okay|ok|well|so|and|but|now|yes|no|right)\W+)*"
    # after a short opener set off by a comma: "So far, that has not happened"
    r"(?:(?:so\s+far|still|yet|for\s+now|in\s+fact|of\s+course|if\s+so|again|then),\s*)?"
    r"(?:that|this)"
    r"(?:['’]s|\s+(?:is|was|has|had|will|would|could|can|may|might|should|did|does|means"
    r"|meant)\b)"
    # the same as the subject of a clause the sentence reports: "Her defenders argue that
    # this was the best anyone could have done" (what "this" is, the sentences before say)
    r"|\bthat\s+(?:this|that)\s+(?:is|was|has|had|will|would)\b(?!\s+(?:why|how|what|when)\b)",
    re.I,
)
# After a reply's opener, "they" too: "“I think they're waiting to be courted,” X said",
# "“And they're terrifying”" (who, the sentences before say).
_QUOTED_PRONOUN = re.compile(
    rf"^\W*[“\"]\s*(?:(?:He|She|They)\b|(?i:{REPLY_OPENERS})(?i:they)\b)(?!\s*[(\[])"
)
# The rest of a set the sentence before began: "The other states voting Tuesday are ..."
# (other than the one it named); "the other day" is a time.
_THE_OTHER = re.compile(r"^\W*The\s+other\s+(?!(?:day|night|week|side|hand|way)\b)[a-z]")
_OPENING_QUOTE = '"“‘«'  # not the apostrophe, which "'tis" and names open
# A part of a set only the sentences before name: "One of them had even died", "Some of
# those were returned" (a reported clause's content opens so once its "that" is cut).
_PART_OF_THEM = re.compile(
    r"^\W*(?:(?:but|and|so|yet)\s+)?(?:one|some|many|most|all|each|both|none|neither|either"
    r"|several|few|two|three|half|any|others?)\s+of\s+(?:them|those|these)\b",
    re.I,
)
# "But"/"Yet": a contrast with what the sentence before told, whose point is there or in the
# sentence after ("Yet earlier this week, the teacher assumed he had escaped the virus", before
# the test that found it). "Yet another poll ..." adds one more and reads alone.
_BUT = re.compile(r"^\W*(?:But|Yet(?!\s+(?:another|again)\b))\b")


def stands_alone(text: str) -> bool:
    """Whether ``text`` (a cleaned source sentence) can be read without its article.

    A pure function of ``text``: within a build, answered from the verdicts the folder's
    last build kept where it holds one (``kept_verdicts``), else by ``_stands_alone``.
    """
    kept = memo("stands_alone")
    return _stands_alone(text) if kept is None else kept.verdict(text, _stands_alone)


def _stands_alone(text: str) -> bool:
    """``stands_alone``'s rules.

    Refused: page furniture (links, handles, a caption's "(R)", a wire's story code), a
    quotation or parenthesis opened in an earlier sentence, a sentence cut at its start
    ("… overall") or broken off at a dash or with a date label fused in, an opener that
    continues the previous sentence, and
    (outside quotations, where the speaker's "this" is where they stand) a demonstrative
    ("this poll", "achieved just that"), a "such" kind the sentence does not say ("such
    hopes") or a bare definite noun that points back to what only the article before
    names ("the unsealing", "the dispute": ``definite_acts.dangling_event``); inside them, a
    demonstrative shell ("this bill") or a quotation opening on one ("“That doesn't mean
    …”"); a part of a set the sentences before name ("one of them had died"); an addition
    to what was told before ("She, too, wants …", ``additive``); an
    absence claimed with no place or body it holds for ("There have been no confirmed
    cases since May 14"); a subject or object left to the sentences before ("there have
    been, but …", "joined the group": ``elided``), a teaser's unnamed subject ("Two of the
    biggest names …"), the writer's own voice ("Back to …": ``narrator``), or a set or a
    thing only the sentences before name ("Only Ohio remained uncalled", "the details of
    what was signed", "the race remained too close to call": ``presupposed``).
    """
    if _FURNITURE.search(text) or CONNECTIVE.match(text) or _THEN.match(text):
        return False
    if _EMBEDDED.search(text):
        return False  # "posted the following picture": what it shows, the brief does not
    if fragment(text):
        return False
    if MID_CONNECTIVE.match(text) or _ASKS.search(QUOTED.sub(" ", text)):
        return False
    if text.count("(") != text.count(")") or _BROKEN_OFF.search(text) or _CUT_START.match(text):
        return False
    if _FUSED_LABEL.search(text) or _CAPTION.search(text) or is_wire_caption(text):
        return False
    if text[:1] in _OPENING_QUOTE and not closed_within(text):
        return False  # the middle of a quotation whose speaker is in another sentence
    if closes_elsewhere(text):
        return False  # the last sentence of a quotation opened in a paragraph before
    narration = QUOTED.sub(" ", text)
    if _DEMONSTRATIVE.search(narration) or _JUST_THAT.search(narration):
        return False
    if _THAT_NOUN.search(narration):
        return False
    if (so := _DO_SO.search(narration)) and not _CLAUSE_BEFORE.search(narration, 0, so.start()):
        return False
    if points_back(text, narration):
        return False
    if _YIELDS.search(narration) or (narration == text and _ANSWERS.search(text)):
        return False
    if leans_back(text, narration) or adds_to(text, narration):
        return False  # "Other Republicans …", "She, too, wants …": half of a point told before
    if (
        _THE_OTHER.match(text)
        or _PART_OF_THEM.match(text)
        or _QUOTED_PRONOUN.match(text)
        or _DEMONSTRATIVE_SUBJECT.search(narration)
        or any(not named_before(narration, m.start()) for m in _EPITHET.finditer(narration))
    ):
        return False
    if dangling_event(text) is not None or presupposes(text):
        return False  # "the much-anticipated meeting", "Only Ohio remained", "what was signed"
    if any(not _SUCH_SAYS_WHICH.match(narration, m.end()) for m in _SUCH.finditer(narration)):
        return False
    if dangling_time(narration):
        return False  # "Back then, the ruling …", "the last such visit": the sentence before's
    similar = _SIMILAR.search(narration)
    if similar and not _COMPARED_HERE.search(narration, 0, similar.start()):
        return False
    if standardless(narration):
        return False  # "report a lower figure of 61": lower than what, the sentence before says
    if dangling_shell(text):
        return False
    if leaves_out(text) or teaser(text) or narrators_voice(narration):
        return False  # "'I will try to clarify'", "Two of the biggest names …", "Back to …"
    if announces_only(text):
        return False  # "Here is what we know.", "The answer is surprising.": the point is next
    return not unscoped_absence(narration)


def read_alone(
    sentence: str,
    start: int,
    extraction: Extraction | None,
    *,
    inner: bool = True,
    story: Set[str] | None = None,
    set_up: bool = False,
) -> str | None:
    """``sentence`` (at ``start`` in its document) as the brief shows it, its references
    back named in brackets from the sentences before ("[Murray] has denied ...", "[the
    unsealing of the divorce file]"), or None when a reader could not take it out of its
    article. The one reading the summary and the timeline share; the timeline names a
    he/she inside a sentence when it can, and keeps one it cannot (``inner=False``):
    dropping each costs more of what happened than the pronoun costs the reader. With the
    corpus's ``story`` words (``anaphora.story_words``), a definite noun taking up a
    participant the sentences before introduced ("the hotel", "the students") refuses it.
    A sentence that only sets up the next one's point (``announcing.passed_over``) is
    refused, unless ``set_up`` (the timeline shows it with its point: ``payload``)."""
    if dangling_their(sentence, start, extraction) or cut_after(start, extraction):
        return None
    if sentence.rstrip().endswith(":"):
        # "Rankings did not change from last week:" leads in to what the page set after it
        # (a list, a quotation): its point is there, and its date may be the list's
        return None
    if extraction is not None and is_opinion(extraction.document):
        return None  # a paper's opinion is no finding of the brief's
    if not set_up and passed_over(clean(sentence), start, start + len(sentence), extraction):
        # "X also criticized Y during a rally Friday", its quotation next; "the primary was
        # down to the wire", its count next: the set-up, whose point the next sentence makes
        return None
    text = resolve_opening(clean(sentence), start, extraction)
    text = resolve_definite(text, start, extraction) if text else None
    text = resolve_event(text, start, extraction) if text else None
    text = resolve_speaker(text, start, extraction) if text else None
    # "… raised $4 million that day": "[on 21 July 2016]" from the sentence before, or refused
    text = resolve_that_day(text, start, extraction) if text else None
    # "the Whig nominee" alone: "[Ada Brandt]" from the document, or refused
    text = name_role(text, start, extraction) if text else None
    # "The radio host said": "The radio host [Ada Brandt]" from the document, or refused
    text = name_role_subject(text, start, extraction) if text else None
    if text is not None:
        named = resolve_inner(text, sentence, start, extraction, cautious=not inner)
        if named is None and continues(text):
            # "And while she keeps her distance, Friday she spoke …": a feature's delayed
            # lede, its person held back in the paragraphs before the conjunction goes on from
            return None
        # the timeline keeps a he/she it cannot name, but names the one it can
        text = named if inner or named is not None else text
    if text is None or not subject_it_named(text, start, extraction):
        return None
    text = quotation_speaker(text, start, extraction)
    if quoted_stranger(text, sentence, start, extraction):
        return None  # "“Maybe he should have been roughed up,” [Trump] said": who, said before
    if _BUT.match(text):
        # "But the solid construction of the embassy may have prevented the carnage", "Yet
        # earlier this week, X assumed ...": a contrast with what the sentence before told,
        # which alone it answers nothing (the timeline keeps a dated "And on Friday,
        # Manafort resigned": it adds)
        return None
    if not stands_alone(text) or _first_person(text) or _LOWER_START.match(text):
        return None
    if page_day(QUOTED.sub(" ", text), extraction):
        return None  # "… today" in one item of a page of many: which day, the page does not say
    # a count whose clause names no place: "[in Scotland]" from the sentences before
    text = resolve_scope(text, start, extraction)
    if text is None:
        return None
    # "the bank had assets of …": "[La Jolla Bank & Trust Co.]" from the sentences before
    text = firm_named(text, start, extraction)
    # "Net for the nine months was …": "[Compaq's] net …" from the article, or refused
    text = figure_owner(text, start, extraction)
    if text is None:
        return None
    if extraction is not None:
        # "the independent school" after "Alleyn's School": "[Alleyn's School]", or refused
        # when the sentences before name two schools
        known = [x.text for x in extraction.mentions if x.type not in (None, "person")]
        text = name_head(text, sentences_before(start, extraction), known)
        if text is None:
            return None
    if story is not None:
        # "the development bank", "the city": named from the article ("[the Puerto Rico
        # development bank]", "[Las Vegas]"), or refused
        text = resolve_definites(text, start, extraction, story)
        if text is None:
            return None
    if story is not None:
        # "the festival" after "the Marlow harbour festival": "the [Marlow harbour]
        # festival" (the summary names it once chosen: ``summarize``)
        text = narrowed_named(text, start, extraction) or text
    # "Ms Quint" in a document naming several Quints: "Ms [Marisol] Quint", or refused
    text = name_titled(text, extraction)
    if text is None or shared_surname(text, start, extraction):
        return None  # "Holt also wrote …" on a page of Ann and Ben Holt: which, it cannot say
    text = closed_at_end(quotation_finished(text, sentence, start, extraction))
    # "Clinton tried here last week": "here [in Buena Park, Calif.]" from the dateline, or
    # refused; "she spoke there", its place only in the sentences before: refused
    return place_adverbs(text, extraction)


def _first_person(text: str) -> bool:
    """Whether the narration of ``text`` (a whole sentence, outside quotations) is in the
    first person: a columnist or a transcript's speaker it does not name ("all the experts
    I interviewed said"). A statement's reported "we" is its speaker's, named at its cue.
    A quotation the sentence's narration takes up after "that" and does not close (its
    closing mark cut off into the next "sentence" by the splitter: 'telling supporters
    that "the Lord will show me the way forward.') is the speaker's to its end, as the
    brief shows it closed: the sentence tells its news in the narration. (One opened on a
    colon or a comma is a direct quotation, the sentence's news the speaker's words: it
    stays refused, as before.)"""
    narration = QUOTED.sub(" ", closed_at_end(text) if _THAT_QUOTE.search(text) else text)
    return any(
        m[0] != "I" or not _NUMERAL_BEFORE.search(narration, 0, m.start())
        for m in _FIRST_PERSON.finditer(narration)
    )
