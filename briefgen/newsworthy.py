"""Whether a readable sentence tells a development of the story or a detail around it.

A brief has room for what happened, not for what a report wraps around it. These are
signals of how news is written, not of any topic: a hedged forecast ("could go to the
jury as early as Friday") says what may happen, not what did; a countdown lede ("Today is
two months until the election") dates the article, not an event; a survey's method
without its result ("conducted from Sept. 19 to 22, surveying 1,001 adults") says how, not
what; an appearance framed as such ("told host Y on Thursday how surprised he is",
"appeared on X on Tuesday", "spoke to reporters Friday") reports that someone spoke, not
what was done or said; the reporter's errand ("did not respond to a request for comment
Tuesday", "Reached by phone on Tuesday, ...") dates the report's making, not the story;
the narrator's verdict ("cynically dismissed", "a metaphor for") is a column's opinion;
and the colour around a story is none of it: the crowd ("fans queued outside the court"),
the charts ("his songs topped the download charts") and the press's own doings ("a
columnist complained", "the Post ran a feature", "the station did a phone-in"). Some words
and events every story of its kind brings, and no brief needs: grief ("is a tragedy", "the
family is devastated") and a holiday's greeting, the handling of a death's aftermath ("the
body was released to the family"), and a meeting told without what it decided ("chaired a
meeting of the resilience committee").
"""

from __future__ import annotations

import re

from briefgen import speech_verbs
from briefgen.appearances import appearance_scene, side_detail
from briefgen.bystanders import bystander_remark
from briefgen.extract.cues import SPEECH_VERBS
from briefgen.extract.quotes import QUOTED
from briefgen.generic import generic
from briefgen.kept_verdicts import memo
from briefgen.moods import group_mood
from briefgen.sidelights import sidelight
from briefgen.spin import aide_spin

__all__ = [
    "NON_ANSWER",
    "UNANSWERED",
    "announces",
    "ceremonial",
    "colour",
    "crosstab",
    "forecasts",
    "non_answer",
    "promotes",
    "remarks",
    "routine",
    "tells_news",
]

# A modal of possibility before a verb: the narrator's forecast. Lower case only, so that
# the month ("in May") is no modal; "could not" and "may have" (a past told hedged) stay.
_HEDGED = re.compile(
    r"\b(?:could|may|might)\s+(?:well\s+|also\s+|still\s+|soon\s+|even\s+)?"
    r"(?!not\b|never\b|have\b|n't\b)[a-z]+\b"
    r"|\bas\s+(?:early|soon)\s+as\b"
)
# A condition opening the sentence: "If a resistant strain starts circulating it would be a
# concern", "Unless talks resume, ...". What follows holds only if it comes true.
_CONDITIONAL = re.compile(r"^\W*(?:(?:But|And|So|Yet|Even)\s+)?(?:If|Unless)\b")
# "Today is two months until the election", "Tuesday marks 50 days before the vote"; and
# the count back, "Tuesday marks four weeks since he won the primary": the happening is
# dated (``counted_since``), the columnist's count of the days is no report of it.
# The narrator announces: "will perform", "is to resume", "is due to be sentenced".
# The words that tell something as still to come: "will", "is to", "are set to".
FUTURE_AUXILIARY = r"(?:will|shall|(?:is|are)\s+(?:due\s+|set\s+|scheduled\s+|expected\s+)?to)"
_FUTURE = re.compile(rf"\b{FUTURE_AUXILIARY}\s+(?!have\b)")
# A date announced ("is due to be sentenced on 29 November and could get four years"): the
# timeline's schedule rules decide whether it is shown, not the hedge beside it.
_SCHEDULE = re.compile(r"\b(?:is|are|was|were)\s+(?:due|set|scheduled)\s+to\b")
_COUNTDOWN = re.compile(
    r"^\W*(?:[A-Za-z]+\s+){0,2}(?:is|are|marks?|was)\s+(?:just\s+|only\s+|exactly\s+)?"
    r"(?:[\w-]+\s+){0,2}(?:days?|weeks?|months?|years?)\s+(?:until|till|before|to\s+go|from|since)\b",
    re.I,
)
_SURVEY = re.compile(r"\b(?:poll|polls|survey|surveys)\b", re.I)
_METHOD = re.compile(
    r"\b(?:was|were)\s+conducted\b|\bsurvey(?:ed|ing)\b|\binterview(?:ed|ing)\b"
    r"|\brandom\s+sample\b|\bsample\s+of\b",
    re.I,
)
_MARGIN = re.compile(r"\bmargin\s+of\s+(?:sampling\s+)?error\b[^.;]*", re.I)
# What a survey found: a share, a lead, a standing.
_RESULT = re.compile(
    r"\d\s*(?:%|percent\b|per\s*cent\b|points?\b|percentage\s+points?\b)"
    r"|\b(?:leads?|led|ahead|behind|trails?|trailed|tied|found|finds|shows?|showed)\b",
    re.I,
)
# A poll's breakdown by a group of its respondents: "57 percent of her support comes from
# women", "won 54 percent of union households", "nonwhite voters (67 percent)". Who leads
# among all voters is the poll's news; a share within one group of them is its detail (a
# crosstab), and a party's members are left out of the groups, for they are the whole
# electorate of that party's primary.
_GROUPS = (
    r"(?:women|men|(?:non-?)?white\s+voters|whites|(?:non-?)?whites|blacks|black\s+voters"
    r"|African[- ]Americans|Hispanics|Latinos|Latinas|Hispanic\s+voters|Latino\s+voters"
    r"|Asian[- ]Americans|millennials|young\s+(?:voters|people|adults)|seniors"
    r"|older\s+voters|evangelicals|(?:non-?)?union\s+(?:households|members|voters)"
    r"|college\s+graduates|(?:non-?)?college-educated\s+\w+|independents|liberals"
    r"|conservatives|moderates)"
)
_SHARE = r"\d[\d.]*\s*(?:%|percent\b|per\s*cent\b)"
_GROUP_SHARE = re.compile(
    rf"{_SHARE}\)?\s+(?:[\w'’-]+\s+){{0,3}}?(?:of|from|among)\s+(?:the\s+)?"
    rf"(?:self-identified\s+)?[\"“]?{_GROUPS}\b"
    rf"|\b{_GROUPS}\s*\(\s*{_SHARE}"
)
# The poll named: "according to" alone is not one ("60 percent of the deaths were among
# young adults, according to the ministry" is a count, not a breakdown of voters).
_POLLED = re.compile(r"\b(?:polls?|polled|polling|pollsters?|survey\w*)\b", re.I)


def crosstab(text: str) -> bool:
    """Whether ``text`` tells a poll's share within a group of its respondents (its
    women, its independents), the poll named, or two groups' shares: a breakdown of a
    result, not who leads."""
    shares = len(_GROUP_SHARE.findall(text))
    return shares >= 2 or (shares == 1 and _POLLED.search(text) is not None)


# An appearance as the news: "told Radio host Alex Marlow on Thursday how surprised he
# is", "then appeared on MSNBC on Tuesday and began by saying ...".
_APPEARANCE = re.compile(
    r"\b(?:told|telling)\s+[^.;:\"“]{0,80}?\b(?:host|anchor|co-host|presenter|interviewer)s?\b"
    r"[^.;:\"“]{0,60}?\bhow\b"
    r"|^[^\"“,;]{0,60}(?:,[^,]{1,60},\s*)?(?:then\s+)?appeared\s+on\s+[A-Z]",
)

# That someone spoke, where or to whom, and nothing of what: "Palmieri spoke to reporters
# Friday after ...", "The nominee was speaking Friday in Fort Wayne, hours after ...", a
# witness "was testifying on Tuesday at the trial of ...". What they said is in the
# sentences around it; alone it only sets the scene.
_SPOKE = re.compile(
    r"^[^\"“,;]{0,80}?\b(?:spoke|testified|(?:was|were)\s+(?:speaking|testifying))\s+"
    r"(?:to\s+(?:reporters|journalists|the\s+press|supporters|the\s+crowd|a\s+crowd)\b"
    r"|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|in\s+[A-Z]|at\s+(?:a|an|the)\s)"
)
# A question put to someone, told as the news: "A reporter asked Kell Friday whether she
# would resign", "“Governor, you said …,” Ruiz asked Kell." The answer, if
# any, is the news; the question alone tells what a reporter wanted to know.
_ASKED = re.compile(
    r"\basked\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:(?:on\s+)?[A-Z][a-z]+day\s+)?"
    r"(?:whether|if|how|why|what|when|about)\b"
    r"|[”\"]\s*,?\s*(?:[A-Z][\w.'’-]*\s+){1,3}asked(?:\s+[A-Z][\w.'’-]*){0,3}\s*[.?!]?\s*$"
)
# A press conference announced, not held: "Police scheduled a news conference for later
# today". What it told comes later, in another sentence.
_PRESS_CALL = re.compile(
    r"\b(?:scheduled|planned|called|set)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:news|press)\s+"
    r"(?:conference|briefing)\b(?![^.;]*\b(?:to|on|about)\s+(?:announce|discuss|explain)\b)",
    re.I,
)
_CONTENT = re.compile(r"\b(?:about|that|saying|said|says|urging|calling|of\s+the\s+need)\b")

# The reporter's request for comment and its want of an answer, as wire copy records it:
# "did not respond Wednesday to a reporter's request for comment", "did not immediately
# respond.", "did not return calls", "declined to comment", "could not be reached". No event
# of the story (the day is the errand's) and no stance (what was not said). One pattern for
# the events, the positions and the printed chronology.
UNANSWERED = re.compile(
    r"(?:\bnot|n['’]t|\bnever)\s+(?:immediately\s+|yet\s+)?(?:respond|repl(?:y|ie)|return)\w*"
    r"(?:\s+(?:\w+\s+){0,2}?to\s+(?:[\w'’.]+\s+){0,4}?(?:requests?|calls?|messages?|e-?mails?"
    r"|inquir\w*|questions?|quer(?:y|ies))\b"
    # "did not return calls", "didn't return phone messages": the errand as the object
    r"|\s+(?:[\w'’.]+\s+){0,2}?(?:calls?|messages?|e-?mails?|inquir\w*)\b"
    # "did not immediately respond (on Thursday)." (what to, the page said before)
    r"|(?:\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?\s*(?:[.,;:]|$))"
    r"|\bdeclin\w*\s+(?:to\s+)?comment|\bno\s+comment\b|\bcould\s+not\s+be\s+reached"
    r"|\bunavailable\s+for\s+comment",
    re.I,
)
# The call that got the answer, dated the day it was made: "Reached by phone on Tuesday,
# X said ...", "When contacted Friday, ...".
_REACHED = re.compile(
    r"^\W*(?:when\s+|once\s+)?(?:reached|contacted)\s+(?:by|via|on|at|late|early"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b",
    re.I,
)


# A refusal to say, told as what the subject did: "X wouldn't discuss whether he hoped for
# a Cabinet slot", "The campaign would not say if Y was interviewed", "declined to say
# whether". What was kept back is no event and no position. A refusal that is itself the
# act ("declined to endorse", "refused to testify", "would not rule out running") names
# another verb and stays.
NON_ANSWER = re.compile(
    r"\b(?:declin(?:ed|es)|refus(?:ed|es)|would\s+not|wouldn['’]t|will\s+not|won['’]t)"
    r"\s+(?:\w+ly\s+)?(?:to\s+)?(?:discuss|comment|elaborate|specify|disclose|reveal|confirm"
    # "say" only before what was asked ("would not say whether", "wouldn't say Tuesday how"):
    # "I wouldn't say it is beneficial" is a view, hedged
    r"|speculate|say(?=(?:\s+[\w-]+){0,3}?\s+(?:whether|if|how|what|who|whom|when|where|why"
    r"|which)\b|\s*[,.;]))\b",
    re.I,
)
# Before the refusal, what makes it a side clause ("after X refused to say …", "when he
# refused to discuss …") or the second of two acts ("… but would not say …", "said …"):
# the sentence's news is elsewhere.
_NOT_MAIN = re.compile(
    r"\b(?:but|yet|after|when|while|though|although|because|since|as|if|who|which|said"
    r"|says|told|announced)\b|;",
    re.I,
)


def non_answer(narration: str) -> bool:
    """Whether ``narration``'s main predicate is a refusal to say (``NON_ANSWER``), with
    nothing else told beside it ("… but said there was no meeting planned")."""
    m = NON_ANSWER.search(narration)
    if m is None or _NOT_MAIN.search(narration, 0, m.start()):
        return False
    return re.search(r"\bbut\b", narration[m.end() :]) is None


# A remark made on the air, in an interview or in a column: "Wednesday on Fox News
# Channel's "Hannity," Gingrich said if Trump picked him it would be ...", "Priebus told Fox
# News on Sunday that Trump appreciates ...", "..., the chairman said in an interview
# Tuesday", "noted in a guest column in Saturday's Times that ...". The speaker's view, hope
# or quip: a position (the profiles' business), not what happened on the day. Unless the
# statement is itself the act (``_ACT``): an endorsement, a concession, an announcement
# made in the interview is the news wherever it was made.
_VENUE = re.compile(
    r"\b[Ii]n\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}(?:interview|column|op-?ed|essay"
    r"|podcast)s?\b"
    # "according to NBC News" cites where a fact was reported, not a venue of talk
    r"|\b(?:told|on|(?<!according\s)to)\s+(?:[A-Z][\w.'’-]*\s+){0,3}(?:News|Channel|Network|Radio|Television"
    r"|TV)\b"
)
_REMARK = re.compile(
    r"\b(?:said|says|told|tells|noted|notes|wrote|writes|argued|argues|suggested|claimed"
    r"|insisted|predicted|added|explained|joked|quipped|mused|opined|talked|discussed)\b"
)
_ACT = re.compile(
    # (the verb "threaten", not the noun: "sees him as a real threat" is a view, no act)
    r"\b(?:endors|conced|announc|resign|withdr[ae]w|suspend|quit(?:s|ting)?\b|drop(?:ped|s|ping)?\s+out"
    r"|threaten|apologi[sz]|declar|confirm|accept|reject|refus|rul(?:ed|es|ing)\s+out|vow"
    r"|pledg|call(?:ed|s|ing)?\s+(?:on|for)\b)",
    re.I,
)
# An appearance told as what someone did that day: "talked politics Monday on Fox and
# Friends", "chatted Sunday on ...". What they said is the next sentence's, if anything.
_ON_AIR = re.compile(
    r"\b(?:talked|chatted)\s+(?:[a-z]+\s+)?(?:(?:on\s+)?[A-Z][a-z]+day\s+)?on\s+[A-Z]"
)


def remarks(text: str) -> bool:
    """Whether ``text`` tells a remark made on the air, in an interview or in a column, and
    no act of the story (an endorsement, a concession, an announcement) in it."""
    narration = QUOTED.sub(" ", text)
    if _ON_AIR.search(narration):
        return True
    if _VENUE.search(narration) is None or _REMARK.search(narration) is None:
        return False
    return _ACT.search(text) is None


# The narrator's verdict on an act ("cynically dismissed", "shamelessly exploited"), or a
# figure of speech told as fact ("a metaphor for the party's abandonment of principle"): an
# opinion piece's colour, shown unattributed it reads as the brief's own judgment. Adverbs
# of manner that judge the doer, not the facts ("falsely", "wrongly" are checkable claims).
# And the narrator filing the item as one of a kind ("another example of organized labor
# throwing its support behind the nominee"): by the writer's own account, no development.
_VERDICT = re.compile(
    r"\b(?:cynically|shamelessly|brazenly|absurdly|laughably|disgracefully|outrageously"
    r"|hypocritically|callously|cravenly|recklessly|foolishly|bizarrely|ludicrously"
    r"|disingenuously|arrogantly|pathetically|cowardly|smugly|gleefully)\s+[a-z]+(?:ed|d)\b"
    r"|\b(?:a|the)\s+metaphor\s+for\b|\banother\s+example\s+of\b"
    # the writer's colour for a scene: "could not have been more awkward", "started with a
    # bang", "minced no words": how it felt, not what happened
    r"|\bcould\s+not\s+have\s+been\s+more\s+[a-z]+\b|\b(?:started|began|kicked\s+off|opened)"
    r"\s+with\s+a\s+bang\b|\bminced\s+no\s+words\b"
)

# The narrator prescribing: "Elian should go wherever that parent wants", "what ought to be
# a straightforward custody case", "What matters most is ...". News tells who demands what
# ("must be returned, immigration authorities ruled"); told by no one, the obligation is
# the writer's own judgment, an editorial's voice, and no fact of the story.
_PRESCRIBES = re.compile(
    r"\b(?:should|must|ought\s+to)\b(?!\s+(?:not\s+)?have\b)|\bshouldn['’]t\b|\bmustn['’]t\b"
    r"|^\W*what\s+matters(?:\s+most)?\s+is\b",
    re.I,
)
# Someone the sentence names as holding the view: the obligation is reported, not the
# narrator's ("the court ruled", "Sanders reiterated that ...", "according to the agency").
# Any inflection of a verb that reports speech or a view (``extract.cues``), its irregular
# pasts, and the phrases that cite a source or a rule. Lower case only: "the United
# States" is no one stating anything.
_ATTRIBUTED = re.compile(
    # Not a passive ("was confirmed over the weekend"): it names no one holding the view.
    r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bis )(?<!\bare )(?<!\bbe )\b(?:"
    + speech_verbs.alternation(
        speech_verbs.forms(SPEECH_VERBS, "base", "third", "past", "participle", "gerund")
    )
    + r"|according|ruling|guidance|law|laws)\b"
)

# The crowd as the subject, doing what a crowd does around a story: "Fans waited nervously
# outside the courtroom", "Jackson fans continue to line up against the courtroom wall".
# What a crowd does as the story (a protest, a riot) is told with other verbs.
_CROWD = re.compile(
    r"^[^\"“;:]{0,50}?\b(?:fans|crowds?|onlookers|spectators|well-?wishers|mourners|admirers"
    r"|passers-?by)\b[^.;:\"“]{0,50}?\b(?:queu(?:e|ed|es|ing)|lin(?:e|ed|es|ing)\s+up"
    r"|wait(?:ed|s|ing)?|camp(?:ed|ing)?\s+out|cheer(?:ed|s|ing)?|sang|sing(?:ing)?"
    r"|danc(?:ed|es|ing)|wav(?:ed|es|ing)|chant(?:ed|s|ing)?|flock(?:ed|s|ing)?"
    r"|(?:hold|held|holding|carrying|carried)\s+(?:up\s+)?(?:signs|banners|placards|candles))\b",
    re.I,
)
# A work's place in the charts or among the best sellers, the web's searches for the story:
# the market's and the audience's colour.
_CHARTS = re.compile(
    r"\b(?:top(?:ped|s|ping)?|entered|re-?entered|climbed|dominated)\s+(?:[\w'’-]+\s+){0,4}"
    r"charts?\b|\b(?:best|biggest|top|fastest)[- ]selling\b|\bonline\s+searches\b"
    r"|\bweb\s+traffic\b",
    re.I,
)
# The press telling its own doings: a columnist's complaint, a paper's feature, the
# coverage itself ("After wall-to-wall flu coverage on Monday, the networks turned ...").
_PRESS = re.compile(
    r"^[^\"“,;]{0,60}\bcolumnist\b"
    r"|\b(?:wall-to-wall|blanket|saturation|media|press|television|TV|cable)\s+"
    r"(?:[\w-]+\s+)?coverage\b"
    r"|\bran\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:feature|profile|column|op-?ed|editorial)\b"
    r"|\bphone-?ins?\b|\b(?:web|live|online)\s?chats?\b"
    # the medium addressing its own audience: "a quiz asked readers to guess whether ...",
    # "the station invited listeners to call in" (a quiz, a call-in: the press's feature)
    r"|\b(?:asked|asks|invited|invites)\s+(?:its\s+|our\s+|the\s+)?(?:readers|viewers"
    r"|listeners)\b"
    # the reports themselves as the news: "As of Tuesday morning, different media sources
    # were reporting ..."
    r"|\b(?:media|news)\s+(?:sources|outlets|organi[sz]ations|reports)\s+(?:were|are"
    r"|have\s+been|had\s+been)\s+(?:reporting|saying)\b"
    # A broadcaster's host voicing a view: "Fox News host Sean Hannity indicated Tuesday that
    # any bad blood has abated". The show's talk, not the story; what a host does as the
    # story (is fired, is sued) is told with other verbs.
    r"|\b(?:news|TV|television|radio|talk[- ]show|cable|show|programme|program)\s+"
    r"(?:host|anchor|presenter|pundit|commentator)s?\s+(?:[A-Z][\w'’.-]*\s+){1,3}"
    r"(?:[\w,]+\s+){0,3}?(?:said|says|indicated|suggested|claimed|argued|noted|joked"
    r"|quipped|mocked|teased|poked|complained|insisted|declared)\b",
    re.I,
)

# Grief and sympathy: "The death of the baby is a tragedy", "the family is absolutely
# devastated", "our thoughts are with his family". Every death brings them; they say
# nothing of what happened or where the story stands. Told of a crisis ("a humanitarian
# tragedy unfolding") the noun has a modifier of scale these do not take.
_CONDOLENCE = re.compile(
    r"\b(?:is|was|as)\s+(?:a|an)\s+(?:(?:terrible|great|real|awful|personal|absolute|utter)\s+)?"
    r"tragedy\b(?!\s+(?:of|for|in|that|which)\b)"
    # grief, not damage: "the town was devastated by the storm" is news
    r"|\b(?:is|are|was|were|been|feel|felt)\s+[\"“‘']?(?:(?:absolutely|utterly|completely"
    r"|totally|deeply|so|very|just)\s+)?(?:devastated|heartbroken|saddened|distraught)"
    r"(?=\s*(?:[.,;:!?\"”'’]|$|and\b|at\b|that\b|about\b|over\b|to\s+(?:hear|learn)\b"
    r"|by\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:news|loss|death|passing)\b))"
    r"|\bthoughts\s+(?:and\s+prayers\s+)?(?:are|go|goes|remain)\s+(?:out\s+)?(?:with|to)\b"
    r"|\bcondolences\b|\b(?:our|my|deepest|heartfelt|sincere)\s+sympath(?:y|ies)\b"
    # a eulogy: "gave his entire life to the world", "will always be remembered", "rest in
    # peace"
    r"|\b(?:gave|given|devoted|dedicated)\s+(?:his|her|their)\s+(?:entire\s+|whole\s+)?"
    r"li(?:fe|ves)\s+to\b|\bwill\s+(?:always\s+|forever\s+)?be\s+(?:remembered|missed)\b"
    r"|\b(?:legacy|memory)\s+will\s+(?:always\s+|forever\s+)?live\s+on\b|\brest\s+in\s+peace\b",
    re.I,
)
# The handling of a death's aftermath: "Jackson's body was released to the family on
# Friday night". The cause of death and the inquest's findings are told with other verbs,
# and remains handed over between states ("to the US") can be the news.
_AFTERMATH = re.compile(
    r"\b(?:body|bodies|remains)\s+(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+"
    r"(?:released|returned|handed(?:\s+over)?|flown(?:\s+home)?)\s+(?:back\s+)?to\s+"
    r"(?:the\s+|his\s+|her\s+|their\s+)?(?:family|families|relatives|next\s+of\s+kin"
    r"|parents)\b",
    re.I,
)
# A meeting told as the news: "The First Minister chaired a meeting of the resilience
# committee", "officials held a conference call". What it decided, when it decided
# anything, is told with a verb of deciding, and that sentence is the news. Talks and
# summits between parties are left alone: that they met at all can be the news.
_MEETING = re.compile(
    r"\b(?:chaired|chairs|chairing|attended|attends|attending|hosted|hosts|held|holds"
    r"|holding|convened|convenes|called)\s+(?:an?|the|another|their|his|her|its)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:meeting|conference\s+call|briefing)s?\b"
    # "The regulator was meeting today to discuss contingency plans": no outcome yet
    r"|\b(?:met|meets|meeting)\s+(?:[\w-]+\s+){0,3}?to\s+(?:discuss|consider|review)\b"
    # a look at the evidence without what it showed: "examined data from eight countries"
    r"|\b(?:examined|reviewed|studied|analy[sz]ed|looked\s+at)\s+(?:the\s+)?"
    r"(?:latest\s+|new\s+)?(?:data|evidence|figures|findings|reports)\b",
    re.I,
)
_URGENT = re.compile(r"\b(?:emergency|crisis|extraordinary|urgent)\b", re.I)
_OUTCOME = re.compile(
    r"\b(?:agree[ds]?|decided?|approved?|announced?|voted?|declared?|ordered|recommended"
    r"|concluded|resolved|adopted|endorsed|rejected|raised|lowered|issued|confirmed"
    r"|decisions?|agreements?|found|finds|showed|shows|revealed|suggested)\b",
    re.I,
)


# The words a holiday calls for: "a statement in observance of the holiday", "the millions
# spending this sacred holiday apart". A leader's greeting comes every year, whatever the
# story.
_OBSERVANCE = re.compile(
    r"\bin\s+observance\s+of\b|\b(?:sacred|holy)\s+(?:holiday|day|month|season|festival)\b"
    r"|\bholiday\s+(?:message|greetings?)\b",
    re.I,
)


def ceremonial(text: str) -> bool:
    """Whether ``text`` voices what an occasion calls for, not a stance on the story: grief,
    sympathy or a eulogy ("is a tragedy", "the family is devastated", "our thoughts are
    with them", "gave his entire life to the world"), what any death brings, or a
    holiday's greeting."""
    return _CONDOLENCE.search(text) is not None or _OBSERVANCE.search(text) is not None


def routine(text: str) -> bool:
    """Whether ``text`` tells the routine around the story: the aftermath's handling (a
    body released to the family) or a meeting with nothing of what it decided."""
    narration = QUOTED.sub(" ", text)
    if _AFTERMATH.search(narration):
        return True
    meeting = _MEETING.search(narration)
    if meeting is None or _OUTCOME.search(narration):
        return False
    # an emergency meeting called is itself a step of the crisis, not its routine
    return _URGENT.search(meeting[0]) is None


def colour(text: str) -> bool:
    """Whether ``text`` tells the colour around the story, not the story: a crowd waiting
    or cheering, a chart position, the press's own doings, or the scene of a public
    appearance (``appearances``: a speech's shape, a handshake with the crowd, a heckler,
    the applause; and its side details: dress, an arrival, places taken, the room, the
    running order, the reporter's post) with no act of the story told beside it."""
    narration = QUOTED.sub(" ", text)
    if any(p.search(narration) for p in (_CROWD, _CHARTS, _PRESS)):
        return True
    # an act made at the appearance ("endorsed her to a standing ovation") is the news
    if appearance_scene(narration):
        return _ACT.search(narration) is None
    # and so is one the side detail tells beside it ("took the stage and conceded"); an
    # act named only as the occasion ("was in the East Room for the announcement") is not
    return side_detail(narration) and all(
        _ACT_NOUN.match(narration, m.start()) for m in _ACT.finditer(narration)
    )


# An act named by its noun, the occasion of a detail: "for the announcement", "before the
# endorsement", "after his withdrawal".
_ACT_NOUN = re.compile(r"\w*?(?:ments?|ions?|als?|ances?|ences?)\b", re.I)


def tells_news(text: str) -> bool:
    """Whether ``text`` (a shown sentence) tells something that happened (``_tells_news``).

    A pure function of ``text``: within a build, answered from the verdicts the folder's
    last build kept where it holds one (``kept_verdicts``), else by ``_tells_news``.
    """
    kept = memo("tells_news")
    return _tells_news(text) if kept is None else kept.verdict(text, _tells_news)


def _tells_news(text: str) -> bool:
    """``tells_news``'s rules: whether ``text`` tells something that happened, not a hedged
    forecast, a countdown, a survey's method, an appearance framed as the news, the
    narrator's verdict on it, the colour around it, the reporter's errand (a request for
    comment, a call: its day is the report's, not the story's), grief, sympathy or a
    holiday's greeting (``ceremonial``), the routine around the story (``routine``), what
    stands around the news (``sidelights``: the state before the news, a place's mood,
    an occasion turned into a tribute), what holds of a kind any week (``generic``: "Vaccines
    take months to make"), a promoter's praise (``promotes``), a bystander's remark ("said
    one voter": ``bystanders``), a side's spin (an aide's verdict on the story: "says his
    streak is proof ...", ``spin``), the writer's reading of a side's mood ("Democrats
    are increasingly nervous", ``moods``), the narrator's question,
    or what holds only on a condition ("If a resistant strain starts circulating it would
    be a concern")."""
    narration = QUOTED.sub(" ", text)
    if _CONDITIONAL.match(narration) or colour(text) or ceremonial(text) or routine(text):
        return False
    if sidelight(narration):
        return False  # what stands around the news: the state before it, a mood
    if generic(text):
        return False  # what holds of a kind any week: "Swine flu has similar symptoms to ..."
    if promotes(text):
        return False  # an organiser's praise for the show they announce
    if narration.rstrip(" \"”’'").endswith("?"):
        return False  # the narrator's question ("Does that mean a peak will come earlier?")
    if _HEDGED.search(narration) and not _SCHEDULE.search(narration):
        return False
    if _VERDICT.search(narration):
        return False
    if _PRESCRIBES.search(narration) and not _ATTRIBUTED.search(narration):
        return False  # the writer's own prescription: an editorial's voice
    if _COUNTDOWN.search(narration):
        return False
    if _APPEARANCE.search(narration) or _ASKED.search(text) or _PRESS_CALL.search(narration):
        return False
    if UNANSWERED.search(narration) or _REACHED.search(narration):
        return False  # the reporter's errand, dated the day it was run
    if non_answer(narration):
        return False  # "would not say whether …": what was kept back happened on no day
    if remarks(text):
        return False  # a view voiced on the air, in an interview or a column
    if bystander_remark(text):
        return False  # "said one voter": someone picked out of a crowd, speaking
    if aide_spin(text):
        return False  # an aide's verdict on the story ("called the ad desperate"): spin
    if group_mood(text):
        return False  # the writer's reading of a side's mood ("Democrats are nervous")
    spoke = _SPOKE.search(text)
    if spoke is not None and not _CONTENT.search(text, spoke.end()) and narration == text:
        return False
    if crosstab(narration):
        return False  # a poll's share within one group of voters: a detail of its result
    if _SURVEY.search(narration) and _METHOD.search(narration):
        return _RESULT.search(_MARGIN.sub(" ", narration)) is not None
    return True


def announces(text: str) -> bool:
    """Whether the narrator of ``text`` tells something as still to come ("will perform",
    "is to step out of retirement"); a quotation's future is the speaker's."""
    return _FUTURE.search(QUOTED.sub(" ", text)) is not None


# What the narrator forecasts, as opposed to what is arranged for a date: a likelihood
# ("probably will not until after the March 1 primary", "will not necessarily yield him an
# advantage in November", "could win in November"), or a change or an outcome expected
# ("is expected to peak in October"). A vote, a trial or a meeting set for a date is
# arranged; "is expected to be sentenced on 29 November" is too.
_LIKELIHOOD = re.compile(
    r"\b(?:probably|likely|unlikely|possibly|perhaps|necessarily|predict\w*|forecast\w*"
    r"|projected|expected\s+to\s+(?:peak|rise|fall|reach|grow|increase|decline|drop|climb"
    r"|top|exceed|hit|surge|spread|slow|ease|worsen|improve|double|triple|win|lose)\b)",
    re.I,
)


def forecasts(text: str) -> bool:
    """Whether the narrator of ``text`` forecasts what its date holds ("is expected to peak
    in October", "will likely win in November") rather than tells what is arranged for it
    (a vote, a hearing, a visit set for the day); a quotation's guess is its speaker's."""
    narration = QUOTED.sub(" ", text)
    if _SCHEDULE.search(narration):
        return False  # "is due to be sentenced on 29 November and could get four years"
    return _LIKELIHOOD.search(narration) is not None or _HEDGED.search(narration) is not None


# A promoter's or a press release's voice: praise heaped on what they sell, or the
# speaker's delight at it ("We're delighted that such exciting acts have joined", "It's
# going to be a huge and spectacular event"). It tells no stance on the story, only the
# sale. The words of a sale, not of a tribute ("a wonderful, unique talent") or of a
# reaction ("delighted with the verdict" has no praise for a product).
_DELIGHT = re.compile(
    r"\b(?:we|I)(?:['’]re|['’]m|\s+are|\s+am)\s+(?:so\s+|very\s+|really\s+|absolutely\s+)?"
    r"(?:delighted|thrilled|excited|honou?red)\b",
    re.I,
)
_PRAISE = re.compile(
    r"\b(?:spectacular|fantastic|exciting|unforgettable|world-class|once-in-a-lifetime|fun"
    r"|huge|worthy|star-studded|extra[- ]special)\b|\bof\s+all\s+time\b",
    re.I,
)


# What the delight is at, in a seller's voice: the sales, or the show still to come ("I'm
# excited about tomorrow's event, especially with ticket sales going so well").
_SALE = re.compile(
    r"\b(?:ticket\s+sales|tickets?\s+(?:are\s+|have\s+been\s+)?(?:selling|sold)|sold\s+out"
    r"|sell-?out|box[- ]office|(?:tomorrow['’]s|tonight['’]s|upcoming|forthcoming)\s+"
    r"(?:event|show|concert|gig|performance|launch|festival|premiere|tour)s?)\b",
    re.I,
)


def promotes(text: str) -> bool:
    """Whether ``text`` (a statement) is a promoter's voice: two words of praise for what
    they offer, or the speaker's delight at it (a word of praise, the sales, the show to
    come)."""
    praise = len(_PRAISE.findall(text))
    if praise >= 2:
        return True
    return _DELIGHT.search(text) is not None and (praise == 1 or _SALE.search(text) is not None)
