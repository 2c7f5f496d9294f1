"""Outlets the recogniser missed: the proper name before "radio station", "newspaper".

"Kabulov told the Ekho Moskvyy radio station": a foreign outlet's name, unknown to the
recogniser, is read as nothing at all, so the outlet a statement was given to is lost.
English copy introduces such an outlet by its kind: capitalised proper nouns compounded
before a head noun of an outlet ("newspaper", "news agency", "radio station", "TV
channel") are its name. Only words the recogniser read as no entity are taken: one it
found keeps its reading ("the Moscow radio station" is a city's station).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.models import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Head nouns that make the compound before them an outlet's name.
OUTLET_HEADS = frozenset(
    {"newspaper", "daily", "weekly", "tabloid", "magazine", "station", "channel", "broadcaster"}
    | {"agency"}
)
# Common nouns that may stand between the name and the head: "the X radio station".
_KIND_WORDS = frozenset(
    {"radio", "television", "tv", "news", "wire", "press", "satellite", "state"}
)


def missed_outlets(doc_id: str, sdoc: Doc) -> list[Mention]:
    """An ``org`` name mention for each outlet named before its kind and left unread."""
    out: list[Mention] = []
    for head in sdoc:
        if head.pos_ != "NOUN" or head.lemma_.lower() not in OUTLET_HEADS:
            continue
        i = head.i - 1
        while i >= 0 and sdoc[i].pos_ == "NOUN" and sdoc[i].lower_ in _KIND_WORDS:
            i -= 1
        end = i + 1
        while (
            i >= 0
            and sdoc[i].pos_ == "PROPN"
            and sdoc[i].dep_ == "compound"
            and sdoc[i].text[:1].isupper()
            and not sdoc[i].ent_type_
        ):
            i -= 1
        start = i + 1
        # a determiner before the name: "the Ekho Moskvy radio station", never a sentence's
        # opening words run into a name ("Breaking News Agency")
        if start == end or start == 0 or sdoc[start - 1].lower_ not in ("the", "a", "an"):
            continue
        if sdoc[start].ent_type_ or sdoc[end - 1].ent_type_:
            continue
        a, b = sdoc[start].idx, sdoc[end - 1].idx + len(sdoc[end - 1])
        out.append(Mention(doc_id, a, b, sdoc.text[a:b], "name", "org", None))
    return out
