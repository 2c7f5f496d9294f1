"""Shell nouns: a bare or owned "the poll", "Trump's offer", whose content only the
sentences before give, so a sentence that takes one up cannot be shown alone."""

from __future__ import annotations

import re

from briefgen.capitals import named_before
from briefgen.extract.quotes import QUOTED
from briefgen.when import MONTH_ABBRS, MONTH_NAMES, WEEKDAY_ABBRS, WEEKDAY_NAMES

__all__ = ["ON_WHAT", "dangling_shell"]

ON_WHAT = (  # "on immigration" says what about; "on Tuesday", "on the 5th" say when
    r"on\s+(?!(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b|the\s+\d|\d)"
)
# A bare definite "shell" noun names a thing (a poll, a figure, a clip) that only the
# previous sentences introduce: "according to the poll" hides whose poll, of whom. Shell
# nouns are a closed class of English: nouns whose content is a proposition, an act or a
# document given elsewhere ("the reason", "the pledge", "the veto", "this case"), so bare
# they always lean on the text around them.
_SHELL_NOUNS = (
    r"poll|survey|study|figures?|report|data|clips?|videos?|footage|tweets?|bill"
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
    # a line of argument or a way of acting the sentences before set out: "The caucus made
    # that argument in letters", "gave the technique a whirl" ("the argument for …" says)
    r"|argument|technique|tactics?|strategy|approach(?!\s+to\b)"
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
_MEDIA_NOUNS = (
    r"videos?|footage|clips?|tweets?|recordings?|tapes?|letter|film|documentary|ad|advert"
)
# A calendar name after the noun is no title of it: "visited the state Aug. 19".
_CALENDAR_ABBR = rf"(?:{MONTH_ABBRS}|{WEEKDAY_ABBRS})[a-z]*\b"
_MONTH_OR_DAY = rf"(?:{MONTH_NAMES}|{WEEKDAY_NAMES})"
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
    rf"(?!\s+{ON_WHAT}|\s+(?:of|by|from|about|that|which|who|why|for|over|against|published|released"
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
    r"|suggestion|requests?|demands?|claims?|allegations?|accusations?|words|answer|argument"
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
# What introduces a shell in the sentence itself: "a new poll", "two videos".
_INTRODUCER = r"(?:a|an|one|two|three|four|five|several|some|\d+)"
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


def dangling_shell(text: str) -> bool:
    """Whether ``text`` (a cleaned source sentence) takes up a shell noun that only the
    sentences before introduce: a bare "the poll", an owned "Trump's offer", or a quoted
    "this bill"."""
    if any(_QUOTED_SHELL.search(q.group(0)) for q in QUOTED.finditer(text)):
        return True
    # a quoted title says which: "the documentary “Living with ...”" (its mark kept)
    titled = QUOTED.sub(lambda q: q.group(0)[0], text)
    idioms = [m.span() for m in _BE_THE_CASE.finditer(titled)]
    shells = [*_SHELL.finditer(titled), *_OWNED_SHELL.finditer(titled)]
    for m in shells:
        if any(lo <= m.start() < hi for lo, hi in idioms):
            continue
        # "a new poll ... the poll": introduced in the sentence itself.
        noun = m[1].lower().rstrip("s")
        if noun.startswith("organi") and named_before(titled, m.start()):
            continue  # "Support for NATO has grown since the organization's founding"
        if noun in _WORDING and re.search(r"[“\"‘]", titled[: m.start()]):
            continue  # the wording quoted before it in the sentence
        if m.re is _OWNED_SHELL and _OWNED_BEFORE.search(titled, 0, m.start()):
            continue  # "Trump's claim that Obama “founded ISIS” … the truth of Trump's remarks"
        # "a new poll ... the poll", "two videos ... the videos": introduced in the sentence
        told = titled[: m.start()]
        if not re.search(rf"\b{_INTRODUCER}\s+(?:[\w-]+\s+){{0,3}}{noun}", told, re.I):
            return True
    return False
