"""Page furniture: links, promos, notices, timestamps, server errors, embedded posts,
widget chrome and comment prompts: lines a page carries that are none of the story.

Only the general shapes of page parts are named here, never a site, a publisher or a topic.
"""

from __future__ import annotations

import re

from briefgen.structure.bylines import _CREDIT
from briefgen.structure.datelines import STAMP
from briefgen.structure.shapes import ends_sentence, sentence_shaped, words
from briefgen.structure.stamps import is_stamp

COMMENT_MARKER_CHARS = 300  # a comment policy or prompt is a short line of its own

_URL = re.compile(r"<?https?://\S+|\bwww\.\S+")

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

# Newspaper production notes and calls to readers ("A version appeared on p17 …",
# "This article was amended on …", "Share your thoughts …").
_NOTE = re.compile(
    r"(?i)^\W*(?:(?:a version of this (?:article|story)|a version|this (?:article|story))\b.{0,60}?"
    r"\b(?:appeared|was amended|was corrected|was updated|was first published)\b|"
    r"share your (?:thoughts|views|experiences?)\b|tell us (?:your|what)\b|send us your\b|"
    r"let us know\b|get in touch\b|thank you for (?:contributing|your comments?)\b)"
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


def is_banner(text: str) -> bool:
    """Items separated by bars ("YES | NO", "Home | News | Sport"), each a few words."""
    parts = [p for p in text.split("|")]
    if len(parts) < 2:
        return False
    return all(len(words(p)) <= 6 for p in parts) and not ends_sentence(parts[-1])


# A print-edition note ("… appeared on p28 of the Main section …") anywhere in a line.
_PRINT_NOTE = re.compile(r"\bappeared on p\.?\s?\d+\b")
PRINT_NOTE_WORDS = 80

# The web page talking about itself: plug-ins, scripts, feeds.
_WEB_NOTICE = re.compile(
    r"(?i)\bjavascript (?:enabled|disabled|is (?:disabled|off|required))\b|"
    r"\bflash (?:player |plugin |plug-in )?(?:installed|required)\b|"
    r"\b(?:see|view|play|watch) this (?:content|video|media)\b|\breading (?:this )?via rss\b|"
    r"\bupgrade your browser\b|\bbrowser (?:does not|doesn't) support\b"
)
WEB_NOTICE_WORDS = 30


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
