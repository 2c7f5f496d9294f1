"""Social platforms: a medium people post on, never a person.

The recogniser often labels "Twitter" or "Instagram" a person (a one-word capitalised name
in a list of names, "went on Twitter to applaud …"), and the surname rules then keep each
document's mention apart, a "Twitter" person per article. The platforms are a small closed
class of the web's vocabulary, so they are typed as the companies that run them.
"""

from __future__ import annotations

from dataclasses import replace

from briefgen.models import Mention

# Social platforms and messaging services, as news pages name them.
PLATFORMS = frozenset(
    {
        "twitter",
        "facebook",
        "youtube",
        "instagram",
        "snapchat",
        "tiktok",
        "whatsapp",
        "reddit",
        "linkedin",
        "telegram",
        "weibo",
        "wechat",
        "myspace",
        "tumblr",
        "pinterest",
        "flickr",
    }
)


def as_platform(m: Mention) -> Mention:
    """The mention typed an organisation's name when it names a social platform."""
    if m.kind != "description" and m.text.casefold() in PLATFORMS:
        return replace(m, type="org", kind="name")
    return m
