"""Sidelights: true, readable lines that tell what stands around the news, not the news.

Readers of the briefs judged these trivial: no wrong word, but nothing they would miss.
Each is a way news is written, not a topic:

- the state of things before the news ("Prior to Thursday, X was the only nation to
  confirm a case"): a backdrop the report's own news overtook;
- the mood of a place ("the atmosphere in the capital appeared more relaxed on Sunday"):
  how it felt, not what happened;
- the audience's chatter ("was dubbed the debate winner on social media"): the crowd
  online, like the crowd at the courthouse door (``newsworthy.colour``);
- an occasion turned into a tribute ("Sunday's awards show has been turned into a tribute
  show for the singer"): what any famous death brings, like grief
  (``newsworthy.ceremonial``);
- a question told without what it asked ("reporters asked an obvious question"): a
  lead-in, whose point (the question, its answer) is in the sentences after it;
- the press's attention moving on ("attention returned today to the judges deciding the
  case", "all eyes were on the court"): a second-day lede's transition, whose event (what
  the judges did) the next paragraph tells;
- a verdict on a day with nothing done in it ("X had a great night on Saturday", "Tuesday
  was a very good day for X"): have or be and an evaluative noun phrase, no event.

Each pattern reads the narration only (quotations removed by the caller): a speaker's
words are the speaker's stance, judged elsewhere.
"""

from __future__ import annotations

import re

__all__ = ["sidelight"]

# "Prior to Thursday, Colombia was the only nation to ...", "Until Friday, it had been the
# sole ...": how things stood before the report's news.
_BEFORE_NEWS = re.compile(
    r"^\W*(?:prior\s+to|until|before)\s+[^,;]{1,40},\s+[^,;]{0,80}?\b"
    r"(?:was|were|had\s+been)\s+(?:the\s+)?(?:only|sole)\b",
    re.I,
)
# "the atmosphere in Mexico City appeared more relaxed", "the mood at the rally was grim".
_MOOD = re.compile(
    r"\b(?:atmosphere|mood)\s+(?:in|at|on|of|around|among|inside|outside)\s+[^.;]{0,60}?\b"
    r"(?:was|were|is|are|appeared|appears|seemed|seems|felt|feels|remained|became|grew)\b",
    re.I,
)
# The audience online as the subject's judge: "was dubbed the winner on social media",
# "the clip went viral", "social media users mocked". What a principal posts ("said on
# social media that ...") is told with a verb of saying and is left alone.
_CHATTER = re.compile(
    r"\b(?:dubbed|hailed|crowned|mocked|ridiculed|lampooned|trend(?:ed|ing)|went\s+viral)\b"
    r"[^.;]{0,60}?\b(?:on|across)\s+social\s+media\b"
    r"|\bsocial\s+media\s+(?:users|erupted|exploded|lit\s+up)\b",
    re.I,
)
# "has been turned into a tribute show for Jackson", "became a tribute to the victims": an
# occasion given over to the dead. (The funeral and the memorial service are the story's
# own events, and are left alone.)
_TRIBUTE = re.compile(
    r"\b(?:turned|transformed|converted|became|become|becomes)\s+(?:into\s+)?(?:a|an)\s+"
    r"(?:[\w-]+\s+)?tribute\b",
    re.I,
)

# "reporters asked an obvious question.", "she fielded several questions.": the question
# and the answer, if any, come after; a question told with its subject ("asked questions
# about the contracts") or its content ("whether ...") is left to ``newsworthy``.
_QUESTION_ONLY = re.compile(
    r"\b(?:asked|posed|put|fielded|faced)\s+(?:(?:a|an|the|one|some|several|many|few|more"
    r"|his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}?questions?\s*[.!]?\s*$"
)
# The day judged, nothing told done in it: "Clinton had a great night on Saturday",
# "Tuesday was a very good day for the governor". Only when the rest of the sentence is
# a time or a place: "had a good night, winning three states" tells what was done.
_GOOD = (
    r"(?:(?:very|really|pretty|truly|particularly|especially)\s+)?(?:great|good|bad|rough"
    r"|tough|terrible|big|strong|solid|memorable|disappointing|excellent|fantastic|horrible"
    r"|awful|banner|difficult|miserable|dismal|wonderful|successful)"
)
_DAY = r"(?:night|day|week|evening|weekend|morning|afternoon)"
_VERDICT_DAY = re.compile(
    r"^[^,;:]{0,60}?\b(?:had|has\s+had|have\s+had|enjoyed)\s+(?:a|an)\s+"
    + _GOOD
    + r"\s+(?:"
    + _DAY
    + r"|outing|showing)\b"
    + r"|^\W*(?:[\w'’-]+\s+){0,3}(?:was|is|has\s+been|had\s+been)\s+(?:a|an)\s+"
    + _GOOD
    + r"\s+"
    + _DAY
    + r"\s+for\b"
)
# What follows the verdict when the sentence tells something done after all.
_DONE_AFTER = re.compile(
    r"[,;:(]|\b(?:as|after|when|while|because|since|thanks|with|by|winning|won|taking|took)\b",
    re.I,
)


def _day_judged(narration: str) -> bool:
    """Whether ``narration`` only judges a day ("X had a great night on Saturday")."""
    m = _VERDICT_DAY.search(narration)
    return m is not None and _DONE_AFTER.search(narration, m.end()) is None


# "attention returned today to the federal judges", "the focus shifted to Marlow", "all
# eyes were on the court": where the story's coverage looks next, no one doing anything.
# (A body that turns to something, "the agency turned to its reserves", is no such subject.)
_ATTENTION_TURNS = re.compile(
    r"\b(?:attention|focus|spotlight)\s+(?:\w+\s+){0,2}?(?:returned|turned|shifted|moved"
    r"|switched|returns|turns|shifts|moves|will\s+(?:return|turn|shift|move))\s+"
    r"(?:\w+\s+)?(?:to|on|toward|towards)\b"
    r"|\ball\s+eyes\s+(?:were|are|will\s+be|turned|turn|remain(?:ed)?)\s+(?:\w+\s+)?on\b",
    re.I,
)

_PATTERNS = (_BEFORE_NEWS, _MOOD, _CHATTER, _TRIBUTE, _QUESTION_ONLY, _ATTENTION_TURNS)


def sidelight(narration: str) -> bool:
    """Whether ``narration`` (a sentence with its quotations removed) tells what stands
    around the news: the state before the news, a place's mood, the audience's chatter
    online, an occasion turned into a tribute, a question without what it asked, the
    press's attention moving on, or a day judged with nothing done in it."""
    return any(p.search(narration) for p in _PATTERNS) or _day_judged(narration)
