"""What a line looks like: sentence, heading, banner, timestamp, speaker label, …

Only the general shapes of page parts are named here (how web pages, transcripts, live
pages and wire copy are built), never a site, a publisher or a topic.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefgen.structure.stamps import CALENDAR_DAY, MINUTE_CLOCK, ZONE, is_stamp

TERMINAL = tuple(".!?:;\"”’)]'")
COMMENT_MARKER_CHARS = 300  # a comment policy or prompt is a short line of its own
BODY_WORDS = 25  # a line this long is prose even when its end was cut off
SENTENCE_WORDS = 3

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_MD_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)")
_URL = re.compile(r"<?https?://\S+|\bwww\.\S+")
_BULLET = re.compile(r"^\s*(?:[-*•–]|\d{1,2}[.)])\s+")
_MD_HEADING = re.compile(r"^\s*#{1,6}\s")
_MD_EMPHASIS_LINE = re.compile(r"^\s*(?:\*[^*\n]+\*|_[^_\n]+_|>\s.*)\s*$")

# Page furniture by its opening words: links, promos, share and sign-up prompts.
_FURNITURE_START = re.compile(
    r"(?i)^\W*(?:related(?: articles?| stories| links| content| coverage)?\s*:|see also\b|"
    r"read more\b|more on this story\b|share (?:this|on)\b|e-?mail this\b|print this\b|"
    r"advertisement\b|sponsored\b|follow us\b|sign up\b|subscribe\b|click here\b|"
    r"(?:watch|video|photo|photos|image|listen|audio|gallery|graphic)\s*:|top stories\b|"
    r"most (?:popular|read|shared|viewed)\b|recommended\b|bookmark\b|tags?\s*:|"
    r"copyright\b|©|\(c\)\s|all rights reserved\b|back to top\b|skip to\b|"
    r"(?:clarification|correction|update|editor['’]?s note|note)\s*:|"
    r"[\u00b9\u00b2\u00b3\u2070-\u2079]+\s|\[\d{1,3}\][\s,])"
)
_TIMESTAMP = re.compile(
    r"(?i)^\W*(?:page\s+)?(?:last\s+)?(?:updated|published|posted|modified|first published)"
    r"\b(?:\s+(?:at|on))?.{0,60}\d"
)
# A server's or a browser's error notice left in a scraped page.
ERROR = re.compile(
    r"(?i)\b(?:404|403|500|502|503)\b|\bnot found\b|\binternal server error\b|"
    r"\bservice (?:temporarily )?unavailable\b|\bbad gateway\b|\baccess denied\b|"
    r"\ban error (?:has )?occurred\b|\benable javascript\b|\bjavascript is (?:disabled|off)\b|"
    r"\bcookies (?:are|is) (?:disabled|blocked)\b|\bcould not be (?:found|displayed)\b|"
    r"\bmysql\b|\bfatal error\b|\bstack trace\b|\berror establishing\b"
)
_COMMENT_MARKER = re.compile(
    r"(?i)\byour comments?\b|\bcomments? (?:may|will|are|is) (?:be )?(?:published|moderated|"
    r"closed|edited|reviewed)\b|\bwe welcome comments\b|\bviews expressed in the comments\b|"
    r"\b(?:post|add|leave|write) (?:a|your) comment\b|\bhave your say\b|"
    r"\bcomment on this (?:blog|article|story|post)\b|^\W*\d+\s+comments?\W*$|"
    r"^\W*(?:comments?|reader comments|discussion)\W*$|\bsend us your (?:comments|views)\b|"
    r"\bcomments? (?:policy|guidelines)\b|"
    r"\b(?:debate|discussion|conversation|thread) is now closed\b"
)
# "By Jane Roe", "From Jane Roe in Oaxaca" (a correspondent's dateline byline): the opening
# word in either case, the names capitalised
_BYLINE = re.compile(
    r"^\W*(?i:by|from|written by|words by)\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}"
    r"(?:\s*(?:,|and|&)\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})*"
    r"(?:\s+in\s+[A-Z][\w'’.-]+(?:[\s,]+[A-Z][\w'’.-]+){0,3})?(?:\s*[,|–—-]\s*.{0,60})?$"
)
_CREDIT = re.compile(
    r"(?i)^\W*\(?(?:additional )?(?:reporting|writing|editing|compiled|produced) by\b"
)
_NAME_LINE = re.compile(
    r"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}[\u00b9\u00b2\u00b3\u2070-\u2079*†‡]*$"
)
# A speaker label opening a transcript turn: "COOPER:", "MOHAMED ELBARADEI (through
# translator):", "SEN. JOHN MCCAIN (R), ARIZONA:". Capitals only: prose never writes so.
SPEAKER = re.compile(
    r"^\s*(?P<label>[A-Z][A-Z'’.\-]*(?:[ ,]+(?:\([A-Z]\)|[A-Z][A-Z'’.\-]*)){0,5}"
    r"(?:\s*\([^()\n]{1,40}\))?)\s*:\s+(?=\S)"
)
NOTICE_LABELS = frozenset(
    {
        "CLARIFICATION",
        "CORRECTION",
        "UPDATE",
        "UPDATED",
        "NOTE",
        "EDITOR'S NOTE",
        "EDITOR’S NOTE",
        "EDITORS NOTE",
        "WATCH",
        "BREAKING",
        "READ MORE",
        "RELATED",
        "SEE ALSO",
        "PHOTOS",
        "VIDEO",
        "LISTEN",
        "MORE",
        "ALSO",
        "ADVERTISEMENT",
    }
)
STAGE_DIRECTION = re.compile(r"^\s*\((?:[A-Z][A-Z ,'’.-]{2,60})\)\s*$")
# A live page's entry time: "12:45", "1245 GMT", "9.30am" at the start of an entry.
LIVE_TIME = re.compile(
    r"^\s*(?P<time>(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?(?:[ap]\.?m\.?|GMT|BST|UTC|CET|CEST|ET|EDT|"
    r"EST|PT|PDT|PST|local))?|(?:[01]\d|2[0-3])[0-5]\d\s?(?:GMT|BST|UTC|CET|ET|EDT|EST|local)|(?:[01]\d|2[0-3])[0-5]\d(?=:))"
    r"\s*(?::|[-–—]|\b)\s*"
)
TIME_LINE = re.compile(
    r"(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s?(?:[ap]\.m\.?|[ap]m)(?:\s?[A-Z]{2,4})?|"
    r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?(?:GMT|BST|UTC|CET|ET|EDT|EST))?:?"
)
# The dashes that close a dateline: a hyphen, an en or em dash, or a horizontal bar
# ("WASHINGTON ―", as some sites set it). The one set every dateline reader uses.
DASH = "[-–—―]"
# Wire datelines glued before the lede: "HONG KONG (Reuters) - ", "WASHINGTON — ",
# optionally after a "place | time" strip.
DATELINE_PREFIX = re.compile(
    r"^(?:[^.!?\n]{0,100}\|[^.!?\n]{0,80}?)?\s*"
    r"(?:(?:[A-Z][\w.'’ ,/-]{1,60})?\((?:[A-Z][\w .&/-]{1,30})\)|[A-Z][A-Z.'’ ,]{2,40})"
    rf"\s*{DASH}{{1,2}}\s+(?=[A-Z\"“‘'])"
)
# A wire dateline further into an opening line, after a headline or a summary run into it:
# "… PARIS/ATLANTA, April 27 (Agency) - Panicked sellers …" (a place in capitals, maybe a
# date, the agency in brackets, a dash, then the lede).
WIRE_DATELINE = re.compile(
    r"(?<!\S)(?:[A-Z][A-Z.'’/ ,-]*[A-Z.](?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s+)?"
    r"\([A-Z][\w&.]*(?: [A-Z][\w&.]*){0,2}\)\s*" + DASH + r"{1,2}\s+(?=[\"“‘']?[A-Z])"
)
# A clock in a date-and-time stamp has its minutes, maybe its zone ("17.04 BST").
_CLOCK = rf"(?:{MINUTE_CLOCK})(?:\s*{ZONE})?"
# A page's date-and-time stamp ("Tuesday 5 May 2009 17.04 BST", "Thu Apr 30, 2009 5:11 am
# EDT", "7 November 2011 Last updated at 21:40 GMT Help"): publishing furniture. The time
# may be given again in a second zone ("08:58 GMT, Thursday, 24 June 2010 09:58 UK").
STAMP = re.compile(
    rf"(?:{CALENDAR_DAY},?\s+(?:(?:last\s+)?(?:updated|published|posted)(?:\s+at)?\s+)?{_CLOCK}"
    rf"|{_CLOCK},?\s+(?:on\s+)?{CALENDAR_DAY})(?:\s+{MINUTE_CLOCK}\s*{ZONE})?(?:\s+Help\b)?\s*",
    re.IGNORECASE,
)
# Forum and blog comment headers: "At 08:55 am on 30 Jun 2009, sensiblegrannie wrote:".
COMMENT_HEADER = re.compile(
    r"(?:\bAt\s+\d{1,2}[:.]\d\d[^\n]{0,60}?|(?<![^\s])[\w.@'’-]{2,40}\s)wrote:\s"
)
_NAME = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}"
# A line inviting readers to follow the writer: "Follow Jane Roe on Twitter @janeroe",
# "Follow her on Twitter: @janeroe", "Follow @janeroe on Twitter and Facebook". The writer
# is named, a pronoun or a handle; the platform may be followed by a handle or another
# platform, never by more than a line's tail.
_FOLLOW = re.compile(
    r"^\W*Follow\s+(?:" + _NAME + r"|@\w+|him|her|them|us|me)\s+on\s+[A-Z]\w*"
    r"(?:[^\w\n][^\n]{0,80})?$"
)
# The writer's one-line biography before such an invitation: "Jane Roe is a reporter for
# the Daily Post. Follow her …" (the invitation says whose line it is: alone, the sentence
# may be a story's own, about a journalist).
_WRITER_BIO = re.compile(
    r"^\W*" + _NAME + r"\s+(?:is|writes\s+for)\s+(?:(?:a|an|the)\s+)?[^.!?\n]{0,80}?\b"
    r"(?:reporter|correspondent|writer|editor|columnist|contributor|journalist|blogger"
    r"|producer)s?\b[^.!?\n]{0,100}[.!]\s+(?=Follow\s)"
)
# Where a sign-off glued after a paragraph's last sentence may open.
_GLUED_SIGN_OFF = re.compile(r"[.!?\"”’)]\s+(?=Follow\s|" + _NAME + r"\s+(?:is|writes)\s)")
# A line handing over to the outlet's own reporter, a video's or a report's caption: "Jane
# Roe reports from Paris", "BBC reporter Jane Roe reports on the vote", "The BBC's Jane Roe
# reports.", "From Paris, Jane Roe reports." The reporter opens the line (after the
# newsroom's possessive or its role noun) and "reports" is its verb: a sentence quoting the
# correspondent as a source ("…, says the BBC's Jane Roe in Paris") is the story's.
_HAND_OVER = re.compile(
    r"^\W*(?:From\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},\s+)?"
    r"(?:(?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2}['’]s\s+"
    r"|[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2}\s+(?:reporter|correspondent|editor)\s+)?"
    + _NAME
    + r"\s+reports(?:\s+(?:from|on|in)\s+[^.!?\n]{1,120})?\s*\.?\s*$"
)
CREDIT_PREFIX = re.compile(
    r"^\((?:additional\s+)?(?:reporting|writing|editing|compiled|produced)\b[^()]{0,400}\)\s*",
    re.IGNORECASE,
)
# Newspaper production notes and calls to readers ("A version appeared on p17 …",
# "This article was amended on …", "Share your thoughts …").
_NOTE = re.compile(
    r"(?i)^\W*(?:(?:a version of this (?:article|story)|a version|this (?:article|story))\b.{0,60}?"
    r"\b(?:appeared|was amended|was corrected|was updated|was first published)\b|"
    r"share your (?:thoughts|views|experiences?)\b|tell us (?:your|what)\b|send us your\b|"
    r"let us know\b|get in touch\b|thank you for (?:contributing|your comments?)\b)"
)
# A box's heading in capitals run into its text: "SYMPTOMS - WHAT TO DO Swine flu symptoms
# are …", "JANE DOE - FIRST CONFIRMED CASE Jane Doe says …" (two capitalised parts, a dash
# or colon between, then a capitalised word in lower case).
BOX_HEADING = re.compile(
    r"^[A-Z][A-Z0-9'’]+(?: [A-Z0-9'’&]+)* [-–—:] [A-Z][A-Z0-9'’]+(?: [A-Z0-9'’&?]+)+ "
    r"(?=[A-Z][a-z])"
)
# A social-media post embedded in a page, as scraping flattens it: its text, its links,
# then "— Name (@handle) Month D, YYYY" (the embed's own signature line).
_EMBEDDED_POST = re.compile(
    r"[—–-]\s*[^()\n]{1,60}\(@\w{1,30}\)\s+(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})\.?\s*$"
)
# The same kept as markup by the scraper: "<tweet author=... datetime="2016-07-23">...</tweet>"
# or an empty "<tweet tweet-id=...><tweet/>" (the post's text lost).
_POST_MARKUP = re.compile(
    r"^\s*<(?P<tag>tweet|blockquote)\b(?P<attrs>[^>]*)>.*(?:</(?P=tag)>|<(?P=tag)\s*/>)\W*$",
    re.S,
)
_POST_SIGNATURE = re.compile(r"\(@\w{1,30}\)\s+([A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})")
_POST_DATE_ATTR = re.compile(r"\b(?:datetime|date)=\"(\d{4}-\d\d-\d\d)")
FACTBOX_LABEL = re.compile(r"(?:^|\s)[A-Z][a-z]+(?: [a-z]+){0,3}:\s")
_DATE_WORDS = re.compile(
    r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b|"
    r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(?:19|20)\d\d\b|\d{1,2}:\d\d|\bgmt\b|\bbst\b|"
    r"\b[ap]\.?m\.?\b|\bedt\b|\best\b|\butc\b"
)


@lru_cache(maxsize=4096)
def words(text: str) -> tuple[str, ...]:
    """The words of a line (cached: every shape test asks for them)."""
    return tuple(_WORD.findall(text))


def ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(TERMINAL)


def sentence_shaped(text: str) -> bool:
    """Prose: a terminal punctuation mark and a few words, or simply long."""
    n = len(words(text))
    return n >= BODY_WORDS or (ends_sentence(text) and n >= SENTENCE_WORDS)


def is_bullet(text: str) -> bool:
    return bool(_BULLET.match(text)) and len(words(text)) >= SENTENCE_WORDS


def is_heading(text: str) -> bool:
    return bool(_MD_HEADING.match(text))


def is_standfirst_markup(text: str) -> bool:
    return bool(_MD_EMPHASIS_LINE.match(text))


def is_banner(text: str) -> bool:
    """Items separated by bars ("YES | NO", "Home | News | Sport"), each a few words."""
    parts = [p for p in text.split("|")]
    if len(parts) < 2:
        return False
    return all(len(words(p)) <= 6 for p in parts) and not ends_sentence(parts[-1])


_CREDIT_LINE = re.compile(
    r"(?i)^\W*(?:photo(?:graph)?s?(?: credits?)?|pictures?|images?|credits?|courtesy)\s*:"
)


# A credit glued before the lede: "Photograph: Tim Ireland/PA The swine flu virus …".
# A credit is names: the photographer and agency ("Mike Clarke/AFP/Getty Images"), or an
# agency alone ("PA"). The lede opens with a capital too, so the credit ends at what names
# cannot be: a word of grammar ("PA Two Britons …", "Getty Images Since the …"), a dateline
# in capitals, a bullet, or a capitalised word followed by a lower-case one.
_GRAMMAR = (
    r"(?:The|A|An|This|That|These|Those|It|Its|He|She|They|We|I|You|His|Her|Their|Our|In|On"
    r"|At|As|For|With|By|From|After|Before|Since|When|While|If|But|And|Or|So|Although|Though"
    r"|Because|Despite|During|Amid|Under|Over|There|Here|What|Who|Why|How|Where|One|Two"
    r"|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Some|Many|More|Most|All|Every|Each|No|Now"
    r"|Today|Yesterday|Last|Next|Earlier|Later)\b"
)
_NAME_WORD = r"(?!" + _GRAMMAR + r")[A-Z][\w.&'’-]*"
# One side of a slash: "Carl de Souza", "Centers for Disease Control", "Las Vegas Sun".
_CREDIT_PART = r"[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|of|for|de|da|del|van|von|la|le|and))*"
# What an agency's name may end with: "Getty Images", "Rex Features".
_AGENCY_NOUN = r"(?i:images|pictures|photos?|photography|features|press|agency|handout|pool)\b"
_SLASHED = (
    r"(?:" + _CREDIT_PART + r"\s*/\s*)+[A-Z][\w.&'’-]*(?:\s+" + _AGENCY_NOUN + r")*"
    r"(?:(?:\s+" + _NAME_WORD + r")*?(?=\s+(?:[A-Z]{2,}\b|[*•])))?"
)
PHOTO_CREDIT_PREFIX = re.compile(
    r"^\W*(?i:photo(?:graph)?s?(?: credits?)?|pictures?|images?|credits?)\s*:\s*(?:"
    + _SLASHED
    + r"(?:\s*;\s*"
    + _SLASHED
    + r")*\s+(?=[\"“‘]?[A-Z]|[*•]\s)"
    + r"|(?:"
    + _NAME_WORD
    + r"\s+){1,4}?(?="
    + _GRAMMAR
    + r"|[\"“‘]?[A-Z][a-z]*\s+[a-z]|[A-Z]{2,}\b|[*•]\s))"
)
# A correspondent's dateline byline glued before the lede: "From Jane Roe in Oaxaca The
# march began …". The place ends where names cannot go on (as a glued credit does); "From
# Monday in London …" is a time, the lede's own.
_CALENDAR_WORD = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June"
    r"|July|August|September|October|November|December)\b"
)
BYLINE_PREFIX = re.compile(
    r"^\W*From\s+(?!" + _CALENDAR_WORD + r")[A-Z][\w.'’-]*"
    r"(?:\s+(?:[A-Z][\w.'’-]*|de|da|del|van|von|la|le)){1,3}\s+in\s+"
    r"(?:" + _NAME_WORD + r",?\s+){1,4}?(?=" + _GRAMMAR + r"|[\"“‘]?[A-Z][a-z]*\s+[a-z])"
)
_SENTENCE_END = re.compile(r"[.!?\"”’]\s+(?=From\s)")


def inner_byline(text: str, start: int, within: int) -> tuple[int, int] | None:
    """Where a dateline byline glued after the opening's summary sentence stands ("… a
    summary. From Jane Roe in Oaxaca The lede …"), searched ``within`` characters of
    ``start``: its start and end, or None."""
    for end in _SENTENCE_END.finditer(text, start, start + within):
        found = BYLINE_PREFIX.match(text[end.end() :])
        if found is not None and end.end() + found.end() < len(text):
            return end.end(), end.end() + found.end()
    return None


# A print-edition note ("… appeared on p28 of the Main section …") anywhere in a line.
_PRINT_NOTE = re.compile(r"\bappeared on p\.?\s?\d+\b")
PRINT_NOTE_WORDS = 80


def opens_with_credit(text: str) -> bool:
    return bool(_CREDIT_LINE.match(text))


# A credit on a line of its own: the photographer in capitals and the agency the picture
# came through ("MICHAEL B. THOMAS via Getty Images.", "JOHN DOE/AFP/Getty Images").
_AGENCY_CREDIT = re.compile(
    r"^[A-Z][A-Z.'’ -]+[A-Z.]\s*(?:\bvia\s+|/\s*)"
    + _CREDIT_PART
    + r"(?:\s*/\s*"
    + _CREDIT_PART
    + r")*\s*\.?$"
)


def is_agency_credit(text: str) -> bool:
    return len(text) <= 80 and bool(_AGENCY_CREDIT.match(text.strip()))


# A credit line naming what was lent and by whom: "Court sketches courtesy of Jane Roe",
# "Photos courtesy of the Roe family" (a few words, no grammar word opening them, then the
# names alone). "He said it was courtesy of Jo Roe." is a sentence.
_COURTESY_LINE = re.compile(
    r"^\W*(?!" + _GRAMMAR + r")[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2}\s+courtesy of\s+"
    r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}(?:\s+family)?\s*\.?\s*$"
)


def is_photo_credit(text: str) -> bool:
    """ "Photograph: …", "Credit: …", "PHOTO CREDITS: …", "Sketches courtesy of …": a
    caption's credit line (and nothing glued after it)."""
    if _COURTESY_LINE.match(text.strip()):
        return True
    if not _CREDIT_LINE.match(text):
        return False
    glued = PHOTO_CREDIT_PREFIX.match(text)
    return glued is None or not sentence_shaped(text[glued.end() :])


# The web page talking about itself: plug-ins, scripts, feeds.
_WEB_NOTICE = re.compile(
    r"(?i)\bjavascript (?:enabled|disabled|is (?:disabled|off|required))\b|"
    r"\bflash (?:player |plugin |plug-in )?(?:installed|required)\b|"
    r"\b(?:see|view|play|watch) this (?:content|video|media)\b|\breading (?:this )?via rss\b|"
    r"\bupgrade your browser\b|\bbrowser (?:does not|doesn't) support\b"
)
WEB_NOTICE_WORDS = 30
# A caption whose credit was cut off: "Zamir Kabulov (Source:".
_OPEN_CREDIT = re.compile(r"(?i)\((?:source|photo|image|credit|picture)s?:?\s*$")


_LABEL_WORDS = frozenset({"url", "link", "links", "source", "sources", "tags", "via", "share"})


def introduces_quote(text: str) -> bool:
    """ "He said:", "Caddell continued:": a short line whose verb opens what follows."""
    stripped = text.rstrip()
    if not stripped.endswith(":") or is_open_credit(stripped) or is_photo_credit(stripped):
        return False
    last = stripped[:-1].split()[-1] if stripped[:-1].split() else ""
    return last.islower() and last.strip("'’\"”") not in _LABEL_WORDS


def is_open_credit(text: str) -> bool:
    return bool(_OPEN_CREDIT.search(text.rstrip()))


def post_date(text: str) -> str | None:
    """The date an embedded social-media post gives itself, as written ("July 23, 2016" on
    its signature line, or its markup's date), or None when ``text`` is no such post or it
    gives none. The post is quoted material of that date, not the article's news."""
    signed = _EMBEDDED_POST.search(text)
    if signed is not None:
        return signed["date"]
    markup = _POST_MARKUP.match(text)
    if markup is None:
        return None
    signed = _POST_SIGNATURE.search(text)  # the signature kept inside the markup
    if signed is not None:
        return signed[1]
    dated = _POST_DATE_ATTR.search(markup["attrs"])
    return dated[1] if dated else None


# A page widget's words run together when its markup is stripped ("34 postsGet
# LivefyreFAQSign in", "FlagShareLikeReplyPaige Lavender 5ptsmoderatorFeatured"): a
# lower-case word with a capital glued on ("postsGet"), or three capitals glued inside one
# word ("FlagShareLikeReply"). Names and brands glue at most two ("McConnell", "YouTube",
# "FiveThirtyEight", "eBay": a one-letter start).
_GLUED_LOWER = re.compile(r"(?<![\w’'])\d*[a-z]{3,}[A-Z]")
_GLUE_POINT = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
GLUED_WIDGET_WORDS = 2


def is_glued_widget(text: str) -> bool:
    """Whether a line holds a page widget's words run together (``GLUED_WIDGET_WORDS`` or
    more of them): comment-box and live-blog chrome, never a sentence of the story."""
    glued = 0
    for token in text.split():
        if _GLUED_LOWER.match(token) or len(_GLUE_POINT.findall(token)) >= 3:
            glued += 1
            if glued >= GLUED_WIDGET_WORDS:
                return True
    return False


def is_furniture(text: str) -> bool:
    """Links, promos, timestamps, banners, notices and server errors."""
    if _FURNITURE_START.match(text) or is_banner(text):
        return True
    if _TIMESTAMP.match(text) and (is_stamp(text) or not sentence_shaped(text)):
        return True  # "Updated figures show 5% growth." is prose
    if _NOTE.match(text) or _EMBEDDED_POST.search(text) or _POST_MARKUP.match(text):
        return True
    if len(words(text)) <= PRINT_NOTE_WORDS and _PRINT_NOTE.search(text):
        return True
    if len(words(text)) <= WEB_NOTICE_WORDS and _WEB_NOTICE.search(text):
        return True
    stamp = STAMP.match(text.strip())
    if stamp and stamp.end() >= len(text.strip()) - 1:
        return True
    if _CREDIT.match(text):
        return False  # a credit line is a byline
    return len(words(text)) <= 15 and bool(ERROR.search(text))


def is_link(text: str) -> bool:
    """A line that is mostly a URL."""
    urls = _URL.findall(text)
    return bool(urls) and sum(map(len, urls)) * 2 >= len(text.strip())


def is_comment_marker(text: str) -> bool:
    return len(text) <= COMMENT_MARKER_CHARS and bool(_COMMENT_MARKER.search(text))


def is_byline(text: str) -> bool:
    plain = _MD_LINK.sub(r"\1", text)  # "By [Felix Light](#)": the names, not the links
    if _BYLINE.match(plain) and not plain.rstrip().endswith((".", "!", "?")):
        return True  # "By Monday, the mayor had resigned." is a sentence
    return bool(_CREDIT.match(plain))


def is_sign_off(text: str) -> bool:
    """A line that credits the story's own reporters, however long: a wire story's closing
    credits ("(Additional reporting by Jo Roe in Lima and Al Doe in Quito; Editing by Ann
    Poe)"), an invitation to follow the writer ("Follow Jo Roe on Twitter @joroe") or a
    hand-over to the outlet's reporter ("Jo Roe reports from Lima"). The names in it are
    the newsroom's, no actors of the story."""
    plain = _MD_LINK.sub(r"\1", text).strip()
    if _FOLLOW.match(plain) or _HAND_OVER.match(plain):
        return True
    bio = _WRITER_BIO.match(plain)
    if bio is not None and _FOLLOW.match(plain[bio.end() :]):
        return True
    line = plain.rstrip(".")
    found = CREDIT_PREFIX.match(line)
    return found is not None and found.end() == len(line)


def glued_sign_off(text: str, start: int = 0) -> int | None:
    """Where a writer's sign-off glued after a paragraph's last sentence opens ("… the
    vote. Follow Jane Roe on Twitter @janeroe"), searched from ``start``; None when there
    is none."""
    for end in _GLUED_SIGN_OFF.finditer(text, start):
        if is_sign_off(text[end.end() :]):
            return end.end()
    return None


def is_name_line(text: str) -> bool:
    return bool(_NAME_LINE.match(text.strip()))


def is_dateline(text: str) -> bool:
    """A line that is mostly a date or time ("November 2012", "Wed Apr 15, 2009 5:56 am")."""
    n = len(words(text))
    dated = len(_DATE_WORDS.findall(text))
    return dated >= 1 and n <= 10 and dated * 2 >= n - 2 and not ends_sentence(text.rstrip("."))


def is_factbox(text: str) -> bool:
    """Two or more "Label: value" pairs in one line ("Born: … Also known as: …")."""
    return len(FACTBOX_LABEL.findall(text)) >= 2


FACTBOX_LINE_LABELS = 3
_OPENING_LABEL = re.compile(r"\s*[A-Z][a-z]+(?: [a-z]+){0,3}:\s")


def is_factbox_line(text: str) -> bool:
    """A profile box flattened into one line, however long: it opens with a label and
    holds several ("Born: … Also known as: … Biggest hits: …"). Prose quoting two people
    ("He said: … She said: …") rarely opens with a label or holds three."""
    if not _OPENING_LABEL.match(text):
        return False
    return len(FACTBOX_LABEL.findall(text)) >= FACTBOX_LINE_LABELS


def is_crosshead(text: str) -> bool:
    """A subheading in capitals ("PASSENGERS URGED TO COME FORWARD")."""
    if len(text) > 200 or any(c.islower() for c in text[:40]):
        return False
    letters = [c for c in text if c.isalpha()]
    return (
        len(words(text)) >= 2
        and len(letters) >= 8
        and sum(c.isupper() for c in letters) >= 0.9 * len(letters)
    )


def is_question_heading(text: str) -> bool:
    """A short question standing as a line of its own, not a quotation (Q&A explainers)."""
    stripped = text.strip()
    return (
        stripped.endswith("?")
        and len(words(stripped)) <= 14
        and not any(q in stripped for q in "\"“”‘’'")
    )


def is_title_case(text: str) -> bool:
    ws = words(text)
    if not ws:
        return False
    capital = sum(1 for w in ws if w[0].isupper())
    return capital / len(ws) >= 0.6


def looks_like_comment(text: str) -> bool:
    """A reader's comment: first or second person, chat punctuation, lower-case start."""
    stripped = text.strip()
    if not stripped:
        return False
    if stripped[0].islower():
        return True
    lowered = f" {stripped.lower()} "
    personal = any(p in lowered for p in (" i ", " i'm ", " my ", " you ", " your ", " we "))
    chatty = any(p in stripped for p in ("!", "??", "...", " lol", ":)"))
    return personal or chatty
