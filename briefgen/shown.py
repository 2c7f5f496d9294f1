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

from briefgen.anaphora import sentences_before
from briefgen.definite_acts import dangling_event, resolve_event
from briefgen.definites import resolve_definites
from briefgen.extract.quotes import QUOTED
from briefgen.firm_figures import figure_owner
from briefgen.firms import firm_named
from briefgen.fragments import fragment, quotation_speaker
from briefgen.inner_refs import dangling_their, resolve_inner, subject_it_named
from briefgen.leaning import leans_back
from briefgen.models import Extraction
from briefgen.named_heads import name_head
from briefgen.pointing import points_back
from briefgen.quoted_refs import quoted_stranger
from briefgen.scope import resolve_scope
from briefgen.standalone import resolve_definite, resolve_opening, resolve_speaker
from briefgen.structure.classify import is_wire_caption
from briefgen.structure.opinion import is_opinion
from briefgen.titled import name_role, name_titled

__all__ = ["clean", "continues", "read_alone", "stands_alone"]

_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\s]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*)(?=\S)(.+?)(?<=\S)\1")
# A wire dateline before the news: "MEXICO CITY, April 24 (Reuters) - ".
_DATELINE = re.compile(r"^[^.!?\n]{0,160}?\((?:[A-Z][A-Za-z]+\s?){1,3}\)\s*[-–—]+\s*")
# A paper's dateline, the place in capitals (its state after a comma) and a dash, run into
# the lede: "BOSTON —Standing in front of …", "DES MOINES, Iowa — The …". A hyphen counts
# only spaced: "NATO-Russia talks" opens on no dateline.
# A place of two words may open on two letters ("LA CROSSE, Wisc. —", "EL PASO, Texas —");
# two capitals alone ("US —") are no place line.
_PLACE_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'’-]{2,}|[A-Z]{2}(?=\s+[A-Z][A-Z.'’-]{2,}))(?:\s+[A-Z][A-Z.'’-]+){0,3}"
    r"(?:,\s*(?:[A-Z][\w.'’]*\s?){1,3})?"
    r"(?:\s*[–—―]{1,2}\s*|\s+--?\s+)(?=[A-Z\"“‘])"
)
_BULLET = re.compile(r"^\s*(?:[•▪◦●■*·–—-]|\d{1,2}[.)]|[a-z]\))\s+")


# "At the same time," opening a sentence links it to the one before (meanwhile, or yet);
# what follows it tells its own news, so the shown sentence drops the link.
_MEANWHILE = re.compile(r"^at\s+the\s+same\s+time\s*,\s*(?=\S)", re.I)


def clean(text: str) -> str:
    """A source span as shown: Markdown residue removed, whitespace collapsed."""
    dateline = _DATELINE.match(text) or _PLACE_DATELINE.match(text)
    if dateline:
        text = text[dateline.end() :]
    meanwhile = _MEANWHILE.match(text)
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
    # a figure of the page the brief does not carry: "The chart below shows ..."
    r"\b(?:[Tt]he|[Tt]his)\s+(?:chart|graph|graphic|map|table|picture|photo|image|video)\s+"
    r"(?:below|above)\b|\((?:see|pictured)\s+(?:below|above|left|right)\)|"
    r"https?://|www\.|\bpic\.twitter\.|\bt\.co/|(?<![\w.])[@#][A-Za-z]\w+|\b[A-Z]{2,}\s?="
)
# Openers that continue the previous sentence's point: alone they tell half of it. The one
# list of them (the summary, the timeline and the profiles read by it): adverbials that
# any shown sentence refuses ("However, ...", "For example, ..."), and conjunctions, which
# the timeline keeps (a dated "And on Friday, Manafort resigned" still tells its event) but
# a key judgment or a statement shown alone does not ("But the virus is not like ...").
_ADVERBIALS = (
    r"in\s+addition|additionally|moreover|furthermore|likewise|similarly|instead"
    r"|nevertheless|even\s+so|by\s+contrast|in\s+contrast|on\s+the\s+other\s+hand"
    r"|as\s+a\s+result|therefore|thus|hence|however|regardless|nonetheless|still(?=,)"
    r"|for\s+example|for\s+instance"  # an example of a point the sentence before made
    # the time, the answer or the contrast of what the sentence before told
    r"|in\s+response(?!\s+to)|in\s+return(?!\s+for)|conversely"
    r"|on\s+the\s+contrary"
    # a span of time counted from an event the sentence before told ("Two months later,")
    r"|(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+)?"
    r"(?:hours?|days?|weeks?|months?|years?)\s+(?:later|earlier)(?=\s*,)"
    r"|later\s+that\s+(?:day|night|week|month|year)"
    # a moment of an event the sentences before told ("At one point, Trump said ..."): of
    # which speech or meeting, only they say ("At one point on Sunday" says which day's);
    # "at this point" is now, read from the date
    r"|at\s+(?:one|another|that|some|the\s+same)\s+point\b"
    r"(?!\s+(?:in|of|during|on|that|this|last|yesterday|today|early|late)\b)"
)
_CONJUNCTIONS = r"but|and|yet|or"
_CONNECTIVE = re.compile(rf"^\W*(?:{_ADVERBIALS})\b", re.I)
_CONTINUES = re.compile(rf"^\W*(?:{_ADVERBIALS}|{_CONJUNCTIONS})\b", re.I)


def continues(text: str) -> bool:
    """Whether ``text`` opens on a connective or a conjunction that answers or goes on
    from the sentence before ("But ...", "However, ...", "And ..."): half a point."""
    return _CONTINUES.match(text) is not None


# The same set off by commas in the sentence's first clause: "On Thursday, however, Trump
# spoke ..." answers what the sentence before said.
_MID_CONNECTIVE = re.compile(
    r"^[^.;:!?\"“”]{0,80}?,\s*(?:however|nevertheless|instead|moreover|furthermore|in\s+turn"
    r"|by\s+contrast|in\s+contrast|therefore|though),",
    re.I,
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
# series ("the last such visit ... took place in January") tells its own event and date.
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
_SUCH_SAYS_WHICH = re.compile(r"(?:\s+[\w-]+){0,4}?\s+(?:as|that)\b", re.I)
# The narrator in the first person outside quotations ("all the experts I interviewed
# said"): a columnist or a transcript's speaker the shown sentence does not name. "I" is a
# pronoun before a verb, not a numeral ("World War I and").
_FIRST_PERSON = re.compile(
    r"(?<![\w.])(?:I(?=\s+[a-z]|['’](?:m|ve|d|ll)\b)|(?:me|my|myself|we|us|our|ourselves)\b)"
)
_NUMERAL_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+$")
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
_ON_WHAT = (  # "on immigration" says what about; "on Tuesday", "on the 5th" say when
    r"on\s+(?!(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b|the\s+\d|\d)"
)
_ANSWERS = re.compile(
    r"\b(?:respond(?:ed|s)|countered|retort(?:ed|s)|replied"
    r"|(?:hit|hits|fired|fires|shot|shoots|struck|strikes|pushed|pushes)\s+back)\b"
    rf"(?!(?:\s+[\w,]+){{0,4}}?\s+(?:to|against|at|over|{_ON_WHAT})\b|\s+that\b)",
)  # small letters: "The Empire Strikes Back" is a title
# A stance held against what only the sentences before name: "showed no sign of backing
# down", "refused to budge", "would not relent" (on what?); "backed down from" says.
_YIELDS = re.compile(
    r"\b(?:back(?:ed|ing|s)?\s+down|budg(?:e|ed|es|ing)|relent(?:ed|s|ing)?)\b"
    rf"(?!\s+(?:from|over|in|{_ON_WHAT})\b)",
    re.I,
)
# A bare definite "shell" noun names a thing (a poll, a figure, a clip) that only the
# previous sentences introduce: "according to the poll" hides whose poll, of whom. Shell
# nouns are a closed class of English: nouns whose content is a proposition, an act or a
# document given elsewhere ("the reason", "the pledge", "the veto", "this case"), so bare
# they always lean on the text around them.
_SHELL_NOUNS = (
    r"poll|survey|study|figures?|report|data|clip|video|footage|tweet|bill"
    r"|money|remarks|comments|move|decision|plan|deal|incident|statement|event"
    r"|ad|advert|advertisement|commercial|spot"  # a campaign's ad: "The spot concludes"
    r"|film|documentary|recording|tape|letter|legislation"  # "ruled that the film would not"
    r"|article|column|editorial|state"  # "campaigned in the state this week"
    r"|case|reason|veto|pledge|promise|vow|agreements?|project|speech|cull|steps?"
    r"|work"  # a task told before: "declined to discuss the work" ("the work of" says)
    r"|program|programme|proposal|scheme|initiative|mandate"  # "attacked the program as …"
    # an exchange of words, and a body, told before: "The exchange comes as ...", "that
    # scenario", "a survey by the organization"
    r"|scenario|criticism|offer|rift|feud|spat|gaffe|organi[sz]ation"
    # a likeness, a question and an interview told before: "Trump drew the analogy during
    # a speech", "attacked Rubio for not answering the question", "said in the interview"
    r"|analogy|question(?!\s+(?:whether|if|how|why|what|mark)\b)|interview(?!\s+with\b)"
    r"|(?:response|reply|backlash)(?!\s+to\b)"  # "the response to the outbreak" says
    # words given elsewhere, and a role or a job told before: "Trump coined the phrase
    # during a rally", "encouraged her to take the slot", "20 staffers assigned to the task"
    r"|phrase|nickname|moniker|slogan|slot|task(?!\s+force)"
    # a suit, and a mishap judged, told before: "filed the suit Friday", "the debacle"
    r"|(?:law)?suit|debacle|fiasco|uproar|furou?r|kerfuffle"
    # a dispute or a point at issue the sentences before set out: "The issue had come up
    # Friday", "the governor slammed the shift", "the battle will continue"
    r"|issue(?!\s+(?:at|in)\b)|shift|appeal(?!\s+to\b)|battle|fight|contrast(?!\s+between\b)|rancou?r|venue"
    r"|controversy|allegations?|accusations?"
    # what an inquiry found, and a count told before: "the findings raised questions",
    # "said the number did not come from the department" ("the number of", "the number
    # injured", "the number 999" say which)
    r"|findings?|number(?!\s+(?:one|two|three|dead|hurt|missing|sick|[a-z]+ed|\d+)\b)"
    r"|exchange(?!\s+(?:rates?|markets?|students?|programs?|programmes?|commission|traded)\b)"
    # what a firm or its analysts said to come, and a sum or a price told before: "The
    # projection sent shares plunging", "the disappointing trend", "The stock began trading
    # this summer", "The amount Trump gave his campaign" ("the amount of", "the stock
    # market" say which)
    r"|projections?|forecasts?|estimates?|outlook|trend|amount"
    # a change or its effect told before: "attributed the gain to improved results", "the
    # effect hit home", "added to the gloom" ("the gain in sales", "the effect of" say which)
    r"|(?:gain|increase|decline|drop|jump|comparison|effect|impact|gloom|slump"
    r"|sell-?off)s?(?!\s+(?:in|on|to|at|for|among)\b)"
    r"|stock(?!\s+(?:markets?|exchanges?|prices?|index|indexes|indices|options?|trading|split"
    r"|buyback)\b)"
)
# Shell nouns that are a medium's record of something: a kind before them says no more of
# which ("the cellphone video", "the campaign ad").
_MEDIA_NOUNS = r"video|footage|clip|tweet|recording|tape|letter|film|documentary|ad|advert"
# A calendar name after the noun is no title of it: "visited the state Aug. 19".
_CALENDAR_ABBR = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur"
    r"|Thurs|Fri|Sat|Sun)[a-z]*\b"
)
_MONTH_OR_DAY = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
)
# The article's own day owns a shell no better than "the": "Today's study estimated ...".
_DAY_OWNER = (
    r"(?:today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)['’]s"
)
_SHELL = re.compile(
    rf"(?<!\bon\s)\b(?:the|that|{_DAY_OWNER})\s+"  # "fired on the spot"
    rf"(?:(?-i:{_MONTH_OR_DAY})\s+)?"  # "the April survey": a date says no more of which
    # "the disappointing trend", "the revised estimate": a judgment says no more of which;
    # nor does a medium's kind ("the cellphone video", "the campaign ad"): which video, only
    # the sentences before say ("the first video", "the latest ad" single one out)
    r"(?:(?-i:[a-z]+(?:ing|ed))\s+|(?:(?<=the\s)|(?<=that\s))(?-i:(?!(?:first|second|third|last|next|only|same|latest"
    rf"|final|original|new|old)\b)[a-z]+(?<!est))\s+(?=(?:{_MEDIA_NOUNS})\b))?"
    rf"({_SHELL_NOUNS})\b"
    # "the appeal on Tuesday" says when, "the poll on immigration" says which
    rf"(?!\s+{_ON_WHAT}|\s+(?:of|by|from|about|that|which|who|why|for|over|against|published|released"
    r"|conducted|showing|shows|found|finds|taken|made|announced|proposed|agreed|signed"
    r"|reached|outlined)\b|\s+\["  # "the steps taken by Peru", "the move [to unseal]"
    r"|\s*:\s*[“\"‘]"  # "the slogan: “I went to Mexico City …”"
    # "the film Up"; a sum bears no title: "The amount Trump gave his campaign" is one
    # the sentences before stated
    rf"|(?<!amount)(?<!money)\s+(?-i:(?!{_CALENDAR_ABBR})[A-Z“\"‘]))",
    re.I,
)
# The same shells owned by a person or a body: "Khan rejected Trump's offer Tuesday", "saying
# Trump's comments are …", "her position remains firm". The owner says whose, not which:
# which offer, only the sentences before say ("Trump's offer to …", "her position on
# trade", "Trump's comments saying …" say which). Nouns of what a person says, asks or
# decides; a thing they own ("his plan", "her campaign") reads as the one the story knows.
_OWNED_NOUNS = (
    r"offer|comments?|remarks?|position|decision|move|response|reply|statement|criticism"
    r"|suggestion|request|demand|claims?|allegations?|accusations?|words|answer|argument"
    r"|proposal|pledge|promise|vow|idea|phrase|nickname|apology|refusal|denial"
    r"|goals?|target"  # "well on their way to reaching their goal": which, said before
)
# What may stand between such a noun and the words saying which: "his refusal thus far to
# release", "the WHO's decision Monday to raise", "his decision not to take part".
_BETWEEN = (
    r"(?:\s+(?:thus|so)\s+far|\s+(?:yet|again|now|also|publicly|repeatedly|not|today|yesterday"
    rf"|last\s+(?:week|month|night)|(?:on\s+)?(?-i:{_MONTH_OR_DAY})(?:\s+(?:night|morning))?))*"
)
_OWNED_SHELL = re.compile(
    # "in his remarks, Lane said …", "in her position": the setting of what the sentence
    # goes on to tell, not a thing told before
    # "several of Trump's comments": some of all they said, none told before in particular
    r"(?<![\w'’-])(?<!\b[Ii]n\s)(?<!\bof\s)(?:(?i:his|her|their|its)|[A-Z][\w.-]*['’]s)\s+"
    r"(?:[a-z]+(?:ing|ed)\s+)?"  # "Trump's surprising offer", "her revised position"
    rf"({_OWNED_NOUNS})\b"
    rf"(?!{_BETWEEN}\s+(?:of|to|that|about|for|over|against|regarding|on|in|at|with|by|from"
    r"|during|throughout|after|since|following"
    r"|which|who|saying|calling|suggesting|claiming|describing|questioning|urging|accusing"
    r"|comparing|asking|demanding|linking)\b"
    r"|\s*[,—–-]+\s*(?:that|to|which)\b|\s+\[|\s*:"
    # a wording given in quotation marks: "Romney's phrase “self-deportation”"
    r"|(?<=phrase)\s+[“\"‘]|(?<=nickname)\s+[“\"‘]|(?<=words)\s+[“\"‘])"
)
# What someone said, owned, earlier in the sentence ("Trump's claim that …"): an owned
# shell after it takes it up.
_OWNED_BEFORE = re.compile(
    rf"(?:\b(?i:his|her|their|its)|[A-Z][\w.-]*['’]s)\s+(?:[a-z]+\s+)?(?:{_OWNED_NOUNS})\b"
)
# Shells that are words: a quotation before them in the sentence is what they take up
# ("insulted with the term 'African American outreach', adding that the phrase suggests …").
_WORDING = frozenset(("phrase", "nickname", "moniker", "slogan"))
# "if that is the case", "as was the case in 1918": the idiom says "so", it names no case.
_BE_THE_CASE = re.compile(r"\b(?:is|was|be|been|being|are|were|not)\s+the\s+case\b", re.I)
# Quoted, a demonstrative still points back when its noun is such a shell: the speaker's
# "this bill" is one the article named before ("... signed this bill into law").
_QUOTED_SHELL = re.compile(rf"\b(?:this|these|that|those)\s+(?:{_SHELL_NOUNS})\b", re.I)
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
    r"\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\s+\d{4}\s+[A-Z]"
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
_QUOTED_PRONOUN = re.compile(r"^\W*[“\"]\s*(?:He|She|They)\b(?!\s*[(\[])")
# The rest of a set the sentence before began: "The other states voting Tuesday are ..."
# (other than the one it named); "the other day" is a time.
_THE_OTHER = re.compile(r"^\W*The\s+other\s+(?!(?:day|night|week|side|hand|way)\b)[a-z]")
_OPENING_QUOTE = '"“‘«'  # not the apostrophe, which "'tis" and names open
# "But"/"Yet": a contrast with what the sentence before told, whose point is there or in the
# sentence after ("Yet earlier this week, the teacher assumed he had escaped the virus", before
# the test that found it). "Yet another poll ..." adds one more and reads alone.
_BUT = re.compile(r"^\W*(?:But|Yet(?!\s+(?:another|again)\b))\b")


def stands_alone(text: str) -> bool:
    """Whether ``text`` (a cleaned source sentence) can be read without its article.

    Refused: page furniture (links, handles, a caption's "(R)", a wire's story code), a
    quotation or parenthesis opened in an earlier sentence, a sentence cut at its start
    ("… overall") or broken off at a dash or with a date label fused in, an opener that
    continues the previous sentence, and
    (outside quotations, where the speaker's "this" is where they stand) a demonstrative
    ("this poll", "achieved just that"), a "such" kind the sentence does not say ("such
    hopes") or a bare definite noun that points back to what only the article before
    names ("the unsealing", "the dispute": ``definite_acts.dangling_event``); inside them, a
    demonstrative shell ("this bill") or a quotation opening on one ("“That doesn't mean
    …”"); an absence claimed with no place or body it holds
    for ("There have been no confirmed cases since May 14").
    """
    if _FURNITURE.search(text) or _CONNECTIVE.match(text) or _THEN.match(text):
        return False
    if fragment(text):
        return False
    if _MID_CONNECTIVE.match(text) or _ASKS.search(QUOTED.sub(" ", text)):
        return False
    if text.count("(") != text.count(")") or _BROKEN_OFF.search(text) or _CUT_START.match(text):
        return False
    if _FUSED_LABEL.search(text) or _CAPTION.search(text) or is_wire_caption(text):
        return False
    if text[:1] in _OPENING_QUOTE and not _closed(text):
        return False  # the middle of a quotation whose speaker is in another sentence
    if _closes_elsewhere(text):
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
    if leans_back(text, narration):
        return False
    if (
        _THE_OTHER.match(text)
        or _QUOTED_PRONOUN.match(text)
        or _DEMONSTRATIVE_SUBJECT.search(narration)
        or any(not _named_before(narration, m.start()) for m in _EPITHET.finditer(narration))
    ):
        return False
    if dangling_event(text) is not None:
        return False
    if any(not _SUCH_SAYS_WHICH.match(narration, m.end()) for m in _SUCH.finditer(narration)):
        return False
    similar = _SIMILAR.search(narration)
    if similar and not _COMPARED_HERE.search(narration, 0, similar.start()):
        return False
    if any(_QUOTED_SHELL.search(q.group(0)) for q in QUOTED.finditer(text)):
        return False
    # a quoted title says which: "the documentary “Living with ...”" (its mark kept)
    titled = QUOTED.sub(lambda q: q.group(0)[0], text)
    idioms = [m.span() for m in _BE_THE_CASE.finditer(titled)]
    shells = [*_SHELL.finditer(titled), *_OWNED_SHELL.finditer(titled)]
    for m in shells:
        if any(lo <= m.start() < hi for lo, hi in idioms):
            continue
        # "a new poll ... the poll": introduced in the sentence itself.
        noun = m[1].lower().rstrip("s")
        if noun.startswith("organi") and _named_before(titled, m.start()):
            continue  # "Support for NATO has grown since the organization's founding"
        if noun in _WORDING and re.search(r"[“\"‘]", titled[: m.start()]):
            continue  # the wording quoted before it in the sentence
        if m.re is _OWNED_SHELL and _OWNED_BEFORE.search(titled, 0, m.start()):
            continue  # "Trump's claim that Obama “founded ISIS” … the truth of Trump's remarks"
        if not re.search(rf"\b(?:a|an)\s+(?:[\w-]+\s+){{0,3}}{noun}", titled[: m.start()], re.I):
            return False
    return not _unscoped_absence(narration)


# "There have been no confirmed cases since May 14": an absence claimed of a place or a
# body the sentences around it name; alone, it reads as true everywhere.
_ABSENCE = re.compile(
    r"^\W*There\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+no\b", re.I
)
# The months' and weekdays' names: capitalised, and no name of a place, a body or a person.
CALENDAR_NAMES = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
)
_CALENDAR_WORD = re.compile(CALENDAR_NAMES + "$")


def _unscoped_absence(narration: str) -> bool:
    """Whether ``narration`` claims an absence ("There have been no …") and names no
    place, body or person it holds for (a month or a weekday names none)."""
    found = _ABSENCE.match(narration)
    if found is None:
        return False
    names = re.findall(r"\b[A-Z][\w'’.-]*", narration[found.end() :])
    return all(_CALENDAR_WORD.match(n) for n in names)


def _named_before(narration: str, at: int) -> bool:
    """Whether ``narration`` names someone or something before ``at``: a capitalised word
    after its first that is no month or weekday ("Schiff called ... the California
    congressman", "Support for NATO ... the organization's founding")."""
    words = re.findall(r"(?<![\w.'’-])[A-Z][\w.'’-]*", narration[:at])
    if words and narration.lstrip(' "“‘').startswith(words[0]) and words[0] in _OPENERS:
        words = words[1:]  # a sentence's first word takes a capital whatever it is
    return any(not _CALENDAR_WORD.match(w.rstrip(".")) for w in words)


# Words a sentence often opens with that name no one.
_OPENERS = frozenset(
    """The A An In On At By For From With But And Or So Yet It He She They We I You This That
    These Those There Its His Her Their Our As If When While After Before Since Some Many
    Most All Both One Two Last Next According Meanwhile However Still Then Now Today
    Yesterday Earlier Later Even Only Also Such Other Another""".split()  # noqa: SIM905 - a word list reads best as prose
)


def _closes_elsewhere(text: str) -> bool:
    """Whether ``text`` closes a quotation it never opens: the speaker's last sentence
    ("The difference is that the virus targets people under 65.”"), said after a colon in
    a paragraph before."""
    if text.count("”") > text.count("“"):
        return True
    straight = text.count('"')
    return straight % 2 == 1 and text.index('"') >= len(text.rstrip()) - 2


def _closed(text: str) -> bool:
    """Whether the quotation ``text`` opens is closed within it."""
    first = text[0]
    if first == '"':
        return text.count(first) % 2 == 0
    closing = {"“": "”", "‘": "’", "«": "»"}[first]
    return closing in text[1:]


def read_alone(
    sentence: str,
    start: int,
    extraction: Extraction | None,
    *,
    inner: bool = True,
    story: Set[str] | None = None,
) -> str | None:
    """``sentence`` (at ``start`` in its document) as the brief shows it, its references
    back named in brackets from the sentences before ("[Murray] has denied ...", "[the
    unsealing of the divorce file]"), or None when a reader could not take it out of its
    article. The one reading the summary and the timeline share; the timeline names a
    he/she inside a sentence when it can, and keeps one it cannot (``inner=False``):
    dropping each costs more of what happened than the pronoun costs the reader. With the
    corpus's ``story`` words (``anaphora.story_words``), a definite noun taking up a
    participant the sentences before introduced ("the hotel", "the students") refuses it."""
    if dangling_their(sentence, start, extraction):
        return None
    if sentence.rstrip().endswith(":"):
        # "Rankings did not change from last week:" leads in to what the page set after it
        # (a list, a quotation): its point is there, and its date may be the list's
        return None
    if extraction is not None and is_opinion(extraction.document):
        return None  # a paper's opinion is no finding of the brief's
    text = resolve_opening(clean(sentence), start, extraction)
    text = resolve_definite(text, start, extraction) if text else None
    text = resolve_event(text, start, extraction) if text else None
    text = resolve_speaker(text, start, extraction) if text else None
    # "the Whig nominee" alone: "[Ada Brandt]" from the document, or refused
    text = name_role(text, start, extraction) if text else None
    if text is not None:
        named = resolve_inner(text, sentence, start, extraction, cautious=not inner)
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
    # "Ms Quint" in a document naming several Quints: "Ms [Marisol] Quint", or refused
    text = name_titled(text, extraction)
    if text is None:
        return None
    return _closing(_quotation_finished(text, sentence, start, extraction))


def _first_person(text: str) -> bool:
    """Whether the narration of ``text`` (a whole sentence, outside quotations) is in the
    first person: a columnist or a transcript's speaker it does not name ("all the experts
    I interviewed said"). A statement's reported "we" is its speaker's, named at its cue."""
    narration = QUOTED.sub(" ", text)
    return any(
        m[0] != "I" or not _NUMERAL_BEFORE.search(narration, 0, m.start())
        for m in _FIRST_PERSON.finditer(narration)
    )


# How far past its sentence a quotation cut at its own full stop may go on to its close: a
# few words, the same utterance's last beat ("Notice Trump sniffing all the time. Coke
# user?"). A whole further sentence of a speech is a statement of its own, which a quotation
# closed at its sentence's end may leave out, as editors do.
QUOTE_RUN = 60


def _quotation_finished(text: str, sentence: str, start: int, extraction: Extraction | None) -> str:
    """``text`` (shown for ``sentence`` at ``start``) with a quotation the sentence opens
    and its document closes just after, in the same paragraph, shown to its close: a
    quotation cut at a full stop inside it drops what the speaker went on to say ("Notice
    Trump sniffing all the time." without "Coke user?"). ``text`` as it is otherwise."""
    if extraction is None or not _open_at_end(text):
        return text
    doc = extraction.document.text
    end = start + len(sentence)
    if doc[start:end] != sentence:
        return text
    para_end = doc.find("\n", end)
    rest = doc[end : para_end if para_end >= 0 else len(doc)][: QUOTE_RUN + 1]
    close = re.search(r"[”\"]", rest)
    if close is None or close.start() >= QUOTE_RUN or not rest[: close.start()].strip():
        return text
    more = " ".join(rest[: close.end()].split())
    return f"{text.rstrip()} {more}"


def _open_at_end(text: str) -> bool:
    """Whether ``text`` ends inside a quotation it opened."""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def _closing(text: str) -> str:
    """``text`` with a quotation that goes on past the sentence closed at its end: the
    speaker's first sentence shown as quoted, not left open (“You may not use it.”)."""
    if text.count("“") > text.count("”"):
        return text + "”"
    if text.count('"') % 2:
        return text + '"'
    return text
