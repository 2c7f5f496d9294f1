"""What a name's own shape says, whatever the recogniser voted.

The recogniser reads capitalised runs as names. Some are not an actor's name at all: a
run spelled with brackets or digits ("W]e.", "Trump 47.3 percent"), text decoded with the
wrong charset ("FranÃÂ§ois"), a name cut off after an initial ("Charles G"), an event or
a work named after a person ("Michael Forever", "… Live"). Some are an actor's name with
a word too many: a verb or epithet glued before it ("Injecting Clinton", "Crooked Hillary
Clinton"), a headline fragment around a person's name ("Obama Sees 'Personal Insult").
And some have the wrong type: "Lester Holt" voted an organisation, "Melania" a place.
Each is judged here from the name and the document alone; nothing names a person. The
role given to a name is kept when it says what the person is (``rolefit``).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace

from briefgen.extract.actor_words import word_set
from briefgen.extract.country_names import country_name
from briefgen.extract.given_names import given_name
from briefgen.extract.rolefit import good_role, without_address
from briefgen.models import Mention

# A name is letters, with spaces, hyphens, apostrophes, full stops and ampersands between.
# (a comma before a generational suffix too: "Donald Marsh, Jr.")
_NAME_CHARS = re.compile(
    r"^[^\W\d_]+(?:(?:[ .'’&\-]+|,\s+(?=(?:Jr|Sr|II|III|IV)\b))[^\W\d_]+)*\.?$"
)
# Latin-1 read as UTF-8 twice: "Ã" or "Â" before a continuation byte's character.
_MOJIBAKE = re.compile("[\u00c2\u00c3][\u0080-\u00bf]")
# A court case's caption ("Trump v. Trump", "Roe vs. Wade"): a lawsuit, no one's name
_CASE_NAME = re.compile(r"\s(?:v|vs)\.?\s")

# The last word of an event or a work named after someone: "Michael Forever", "X Live".
EVENT_WORDS = word_set(
    """
    forever live tour concert festival tribute awards award show memorial gala
    """
)
# Head words of a name that make it an organisation or a place, not a person.
NOT_PERSON_HEADS = word_set(
    """
    bureau agency department ministry committee council party university college institute
    foundation association commission office service administration corporation company inc
    network post times journal news press court fund bank union organization organisation
    group center centre hall square street avenue road beach valley falls county city river
    lake park island islands bay hills heights springs station airport stadium state tower
    place house club school church hospital tech museum library
    """
)


def junk_name(text: str) -> bool:
    """A span no actor is named by: odd characters, digits, mojibake, a trailing initial, a
    court case's caption."""
    t = text.strip()
    if _MOJIBAKE.search(t) or not _NAME_CHARS.match(t) or _CASE_NAME.search(t):
        return True
    ws = t.split()
    if _PRO_ANTI.match(t) and len(ws) == 1:
        return True  # "Pro-Clinton super PAC": a stance ("Pro-Life Alliance" names a body)
    # "Charles G": a name cut off after an initial written without its full stop
    return len(ws) >= 2 and len(ws[-1]) == 1 and ws[-1].isupper()


def _gap_run(text: str, end: int) -> int:
    """How far a name ending at ``end`` runs on past gaps lost letters left: a capital and
    the rest of its word apart (" C rdova"), or a word's last letter that is no word of
    its own (" n" of "Calder n"). 0 when it does not."""
    length = 0
    while m := _GAP_AFTER.match(text, end + length):
        if m.group(1) and m.group(1) in _SHORT_WORDS:
            break
        length = m.end() - end
    return length


# A word that opens with a stance prefix: "Pro-Clinton", "Anti-Trump".
_PRO_ANTI = re.compile(r"^(?:pro|anti)-", re.IGNORECASE)
# Lowercase words inside a name: "Ludwig van Beethoven", "Osama bin Laden", "Charles de
# Gaulle".
_PARTICLES = word_set(
    "of the and van von der den de del della di da das dos du la le bin ibn bint al el ter"
    " ten zu y e af av"
)
# (one letter only: two are a word often enough, "the Clinton ad")
_GAP_AFTER = re.compile(r" (?:[A-Z] [a-z]{2,}|([a-z]))(?![\w'’-])")
_SHORT_WORDS = _PARTICLES | word_set("a i o v x")


def event_name(text: str) -> bool:
    """A name ending in an event's or a work's word ("Michael Forever", "Jackson Live")."""
    ws = text.split()
    return len(ws) >= 2 and ws[-1].casefold() in EVENT_WORDS


# Last words that make a name a body's, whatever the recogniser read: "Indiana GOP",
# "Ohio Democratic Party". Its first word is then no given name, and the story's other
# "Indiana"s are not read as a person's.
BODY_END_WORDS = frozenset({"party", "campaign", "caucus", "committee", "council"})


def _body_end(word: str) -> bool:
    """Whether a name's last word is an acronym ("GOP"; not a numeral, "III") or a body's
    kind ("Party")."""
    bare = word.strip(".,'’")
    letters = bare.replace(".", "")
    acronym = letters.isalpha() and letters.isupper() and not set(letters) <= set("IVX")
    return (len(letters) >= 2 and acronym) or (bare.lower() in BODY_END_WORDS)


def _words_at(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", text)]


def fit_mentions(text: str, mentions: list[Mention], titles: frozenset[str]) -> list[Mention]:
    """Mentions with junk names dropped, extra words cut and types the name shows.

    See the module docstring. ``titles`` are the words that make a role a title.
    """
    mentions = _with_suffix(text, _joined(text, mentions))
    person_words: set[str] = set()
    given: set[str] = set()
    # each surname (a full name's last word) and given name (its first) -> the full names
    surnames: dict[str, set[str]] = defaultdict(set)
    firsts: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.type == "person" and m.kind == "name":
            ws = m.text.split()
            if len(ws) >= 2:
                person_words.update(w.strip(".,'’") for w in ws)
                if all(w[:1].isupper() for w in ws):  # not "Davis Manafortin 1995"
                    surnames[ws[-1]].add(m.text)
                    firsts[ws[0]].add(m.text)
                if not _body_end(ws[-1]):
                    given.add(ws[0])
    written = {m.text for m in mentions}
    out = []
    for m in mentions:
        if m.role and m.kind != "description":
            role = without_address(m.role)
            m = replace(m, role=role if role and good_role(role, titles) else None)
        if m.kind not in ("name", "surname"):
            out.append(m)
            continue
        cut = _cut_at_person(text, m, person_words)
        if (junk_name(m.text) and cut is None) or event_name(m.text):
            continue
        m = cut or m
        if m.type == "person" and (gap := _gap_run(text, m.end)):
            # "Jos ngel| C rdova", "Felipe Calder| n": the recogniser stopped at a gap a
            # lost accented letter left; the name runs on to the end of the broken word
            m = replace(m, end=m.end + gap, text=text[m.start : m.end + gap], kind="name")
        if m.type == "person" and any(w.endswith(("'s", "’s")) for w in m.text.split()[:-1]):
            continue  # "Cruz's Iowa": an owner and what is theirs, no one's name
        named_after = _named_after(m, surnames, firsts) if m.type == "person" else None
        if named_after == "place":
            continue  # "Trump Tower": a building named after a person the text names
        if named_after == "firm":
            out.append(replace(m, type="org"))  # "Davis Manafort": named after its partners
            continue
        if m.type == "person":
            m = _without_leading_verb(_without_repeat(_before_dash(m), written))
        elif not country_name(m.text) and (
            person_shaped(m.text) or (" " not in m.text and m.text in given)
        ):
            m = replace(m, type="person", kind="name" if " " in m.text else "surname")
        if m.type == "person":
            m = _without_glued_surname(m, written)
        out.append(m)
    return out


def _joined(text: str, mentions: list[Mention]) -> list[Mention]:
    """A given name and a person's name one space apart are one name the recogniser cut in
    two ("Keith" + "Lamont Scott"); two full names side by side ("Tito Jackson Michael
    Jackson", a caption's list) stay two, and so does a word written twice ("… his sister
    LaToya LaToya Jackson has claimed": a headline's end glued to the text's start)."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and m.type == "person"
            # "Paris Katherine Jackson (12)": a given name the gazetteer read as a place
            and (prev.type == "person" or (prev.type == "state" and given_name(prev.text)))
            and prev.kind in ("name", "surname")
            and " " not in prev.text
            and m.kind in ("name", "surname")
            and text[prev.end : m.start] == " "
            and m.text.split()[0] != prev.text  # "LaToya LaToya Jackson": a glued headline
        ):
            out[-1] = replace(
                prev, end=m.end, text=text[prev.start : m.end], kind="name", type="person"
            )
            continue
        out.append(m)
    return out


# A generational suffix after a name, set off by a comma or not: "Donald Marsh, Jr., 38".
_SUFFIX_AFTER = re.compile(r",\s+(?:Jr|Sr|II|III|IV)\b\.?")
_SUFFIX = re.compile(r"(?:Jr|Sr|II|III|IV)\.?")


def _with_suffix(text: str, mentions: list[Mention]) -> list[Mention]:
    """A person's name followed by a comma and "Jr."/"Sr."/"II" ("Donald Marsh, Jr., 38",
    a list of a family's members) takes the suffix in when the document also names the
    namesake it sets him apart from ("Donald Marsh"), and the suffix the recogniser read
    as a name of its own is then no mention: the son is not his father. (Without the
    comma the recogniser reads the suffix with the name; with no namesake named, "Joseph
    R. Biden, Jr." is the "Joe Biden" the same story names.)"""
    named = Counter(m.text for m in mentions if m.type == "person" and m.kind == "name")
    out: list[Mention] = []
    for m in mentions:
        if out and m.start < out[-1].end and _SUFFIX.fullmatch(m.text):
            continue  # the suffix the name before has taken in
        if m.type == "person" and m.kind == "name" and named[m.text] > 1:
            after = _SUFFIX_AFTER.match(text, m.end)
            if after is not None:
                end = after.end() - (1 if text[after.end() - 1] == "." else 0)
                m = replace(m, end=end, text=text[m.start : end])
        out.append(m)
    return out


# Words right after a person's name, not possessive, that make it the name of a place or
# a building named after them ("Marsh Parc East", "Marsh Plaza"), with
# ``NOT_PERSON_HEADS``; further on, a headline's word ("Sanders Vows To End Breaks Used
# By Real Estate Developers") says nothing, and so does one after a possessive ("Marsh’s
# East European Heel").
_PLACE_WORDS = word_set(
    """
    plaza parc towers building palace hotel resort estate estates gardens arena casino
    mansion castle links golf winery terrace terraces
    """
)


def _cut_at_person(text: str, m: Mention, person_words: set[str]) -> Mention | None:
    """A non-person name holding a person's name words the document uses, and no head word
    of an organisation or a place at its end ("Trump’s 1995", "Obama Sees 'Personal Insult"), cut to
    those words: a fragment around the name, read as one name."""
    if m.type == "person":
        return None
    ws = _words_at(m.text)
    if len(ws) < 2:
        return None
    bare = [w.strip(".,:;'’\"“”()") for _, _, w in ws]
    bare = [re.sub(r"['’]s$", "", w) for w in bare]
    if bare[-1].casefold() in NOT_PERSON_HEADS:
        return None  # "Trump Foundation"; but "Washington Post Trump" is a run of two names
    best: tuple[int, int] | None = None
    run = None
    for i, w in enumerate([*bare, ""]):
        if w and w in person_words:
            run = i if run is None else run
        elif run is not None:
            if best is None or i - run >= best[1] - best[0]:
                best = (run, i)
            run = None
    if best is None or best[1] - best[0] == len(ws):
        return None
    possessive = re.search(r"['’]s?$", ws[best[1] - 1][2]) is not None
    after = bare[best[1]].casefold() if best[1] < len(bare) else ""
    if not possessive and after in NOT_PERSON_HEADS | _PLACE_WORDS:
        return None  # "Trump Parc East": a building named after the person
    start = m.start + ws[best[0]][0]
    last = ws[best[1] - 1]
    end = m.start + last[0] + len(re.sub(r"['’]s?$", "", last[2].rstrip('.,:;"”)')))
    kind = "surname" if best[1] - best[0] == 1 else "name"
    return replace(m, start=start, end=end, text=text[start:end], type="person", kind=kind)  # type: ignore[arg-type]


def _named_after(
    m: Mention, surnames: dict[str, set[str]], firsts: dict[str, set[str]]
) -> str | None:
    """What a two-word "person" name is when its first word is the surname of someone
    else the document names in full, and no one's given name: "place" when its last word
    heads the name of a place or a building ("Trump Tower"), "firm" when that is another
    person's surname too ("Black Manafort", formed by Charles Black and Paul Manafort);
    None when it is a person's name."""
    ws = m.text.split()
    # the evidence: a full name that opens with a given name ("Rick Davis", "Donald
    # Trump"); "Prince Michael" makes no surname of "Michael"
    # and a first word no list knows as a given name: "Michael Jackson" stays a person
    # whatever junk ("Michael Katherine") or title ("Prince Michael") a text also has
    if len(ws) != 2 or given_name(ws[0]) or not _surname_of_another(ws[0], m.text, surnames):
        return None
    if firsts.get(ws[0], set()) - {m.text}:
        return None  # "Jordan" is also someone's given name here: "Jordan Davis" may be one
    if ws[1].casefold() in NOT_PERSON_HEADS | _PLACE_WORDS:
        return "place"
    if _surname_of_another(ws[1], m.text, surnames):
        return "firm"
    return None


def _surname_of_another(word: str, name: str, surnames: dict[str, set[str]]) -> bool:
    """Whether ``word`` ends the full name of someone other than ``name``, a name that
    opens with a given name."""
    return any(given_name(other.split()[0]) for other in surnames.get(word, set()) - {name})


_SPACED_DASH = re.compile(r"\s+[-–—]\s")


def _before_dash(m: Mention) -> Mention:
    """A person's name ends at a dash with spaces around it ("Dr Murray - who was …"): a
    name joins its words by a hyphen without spaces, a spaced dash opens an aside."""
    dash = _SPACED_DASH.search(m.text)
    if dash is None or dash.start() == 0:
        return m
    return replace(m, end=m.start + dash.start(), text=m.text[: dash.start()])


def _without_repeat(m: Mention, written: set[str]) -> Mention:
    """ "LaToya LaToya Jackson": a name opening with one word written twice is a headline's
    last word glued to the sentence after it, when the document writes the name after the
    repeated word elsewhere ("LaToya Jackson"); a name that repeats a word of its own
    ("Boutros Boutros-Ghali") is written so throughout."""
    first = re.match(r"(\S+)\s+(?=(\S+)\s)", m.text)
    if first is None or first.group(1) != first.group(2) or m.text[first.end() :] not in written:
        return m
    return replace(m, start=m.start + first.end(), text=m.text[first.end() :])


def _without_glued_surname(m: Mention, written: set[str]) -> Mention:
    """ "… the medical skills of Conrad Murray Jackson "died so rapidly …"": a full name the
    document writes alone, whose surname it also writes alone ("Murray"), followed by a
    surname the document writes alone and gives another full name ("Michael Jackson"), is
    two names run together (a caption or a quote glued to
    the next sentence); the name is the first. A name of three words written so throughout
    ("Sarah Jessica Parker") has no other person of that surname beside it."""
    ws = m.text.split()
    if len(ws) < 3 or ws[-1] not in written:
        return m
    head = m.text[: m.text.rfind(ws[-1])].rstrip()
    others = [
        n for n in written if n.split()[-1] == ws[-1] and n != m.text and not n.startswith(head)
    ]
    # the first name's own surname is written alone too ("Dr Murray"): "La Toya Jackson"
    # opens with given names ("La Toya"), not with a full name of its own
    if head not in written or head.split()[-1] not in written:
        return m
    if not any(len(n.split()) >= 2 for n in others):
        return m
    return replace(m, end=m.start + len(head), text=head)


def _without_leading_verb(m: Mention) -> Mention:
    """ "Injecting Clinton", "Crooked Hillary Clinton": a first word ending like a verb
    form that no given-name list knows is not part of the name."""
    ws = _words_at(m.text)
    first = ws[0][2] if ws else ""
    if len(ws) < 2 or not first.endswith(("ing", "ed")) or given_name(first):
        return m
    start = m.start + ws[1][0]
    kind = "surname" if len(ws) == 2 else "name"
    return replace(m, start=start, text=m.text[ws[1][0] :], kind=kind)  # type: ignore[arg-type]


def person_shaped(text: str) -> bool:
    """Two or three capitalised words opening with a known given name and no head word of an
    organisation or place: "Lester Holt" is a person whatever the recogniser voted."""
    ws = text.split()
    if not 2 <= len(ws) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in ws):
        return False
    if any(w.casefold() in NOT_PERSON_HEADS | EVENT_WORDS for w in ws):
        return False
    return given_name(ws[0])
