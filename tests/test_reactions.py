"""Key judgments say what the story's participants did, not who condemned it from afar."""

from __future__ import annotations

import re
from dataclasses import replace

from briefgen.models import Block, Document, Extraction, Mention
from briefgen.reactions import reaction_stories, reaction_story, sideline_reaction
from briefgen.summarize import summarize

PRINCIPALS = re.compile(r"(?<!\w)(?:blasts|Lumeria|Varga)(?!\w)", re.I)


def test_a_reaction_from_outside_the_story_is_a_sideline_reaction() -> None:
    assert sideline_reaction(
        "The government of Ostra on Friday condemned the blasts in Dorvik.", PRINCIPALS
    )
    assert sideline_reaction("Norland deplored Friday the attack, which killed 40.", PRINCIPALS)
    # the story's own participants reacting, and what happened, are the story
    assert not sideline_reaction(
        "President Varga on Friday condemned the blasts and vowed to find the bombers.",
        PRINCIPALS,
    )
    assert not sideline_reaction("The blasts in Dorvik killed 212 people.", PRINCIPALS)
    assert not sideline_reaction("Ostra condemned the blasts.", None)  # no query: no test


def _extraction(doc_id: str, day: str, text: str, names: tuple[str, ...]) -> Extraction:
    body = (Block(0, len(text), "body"),)  # the structure stage's reading: all body
    doc = replace(Document(doc_id, doc_id, "txt", text, "", day, "stated"), blocks=body)
    spans = tuple((m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text))
    mentions = tuple(
        Mention(doc_id, m.start(), m.end(), name, "name", "state")
        for name in names
        for m in re.finditer(name, text)
    )
    return Extraction(document=doc, sentences=spans, mentions=mentions)


def test_the_summary_leaves_out_reactions_from_outside_the_story() -> None:
    # twelve places named in every report are principals; Norland, named once, is not
    towns = ("Ardo", "Belo", "Cira", "Dova", "Eska", "Fiva", "Gora", "Hela", "Iska", "Jova")
    aid = f"Aid for Lumeria arrived from {', '.join(towns)} and the coast."
    extractions = [
        _extraction(
            d,
            "2021-03-05",
            f"President Varga of Lumeria said on Friday the blasts in Dorvik were the work of "
            f"a cell. Rescuers in Lumeria searched the ruins of the ministry{n}. {aid}{last}",
            ("Lumeria", "Varga", "Norland", *towns),
        )
        for n, d, last in (
            (" all night", "a", ""),
            (" for survivors", "b", ""),
            ("", "c", " The Norland government on Friday condemned the blasts in Dorvik."),
        )
    ]
    summary = summarize(extractions, [], [], judgments=3, query=("blasts",))
    shown = [c.text for c in (summary.bottom_line, *summary.judgments) if c]
    assert len(shown) == 3 and not any("Norland" in t for t in shown)


def test_a_lede_telling_one_outside_party_s_reaction_makes_a_reaction_story() -> None:
    assert reaction_story("Ostra on Friday condemned the blasts in Dorvik.", PRINCIPALS)
    assert reaction_story(
        "Lumeria had the right to defend its citizens, Norland said Friday in response to "
        "the strikes on Dorvik.",
        PRINCIPALS,
    )
    # a principal reacting is the story acting; a lede telling what happened is news
    assert not reaction_story("President Varga condemned the blasts on Friday.", PRINCIPALS)
    assert not reaction_story("The blasts in Dorvik killed 212 people on Friday.", PRINCIPALS)
    assert not reaction_story("Ostra condemned the blasts.", None)


def test_a_reaction_story_gives_no_judgment_even_without_a_query() -> None:
    # Varga acts in every report; Norland's government, named by one, only condemns
    towns = ("Ardo", "Belo", "Cira", "Dova", "Eska", "Fiva", "Gora", "Hela", "Iska", "Jova")
    aid = f"Aid for Lumeria arrived from {', '.join(towns)} and the coast."
    news = [
        _extraction(
            d,
            "2021-03-05",
            f"President Varga of Lumeria said on Friday the blasts in Dorvik were the work of "
            f"a cell. Rescuers in Lumeria searched the ruins of the ministry{n}. {aid}",
            ("Lumeria", "Varga", *towns),
        )
        for n, d in ((" all night", "a"), (" for survivors", "b"))
    ]
    reacting = _extraction(
        "c",
        "2021-03-06",
        "The Norland government on Saturday strongly condemned the blasts in Dorvik, which "
        "killed 40 people in the capital of Lumeria. Norland's foreign minister said the "
        "blasts in Dorvik showed that terror strikes the innocent.",
        ("Lumeria", "Norland"),
    )
    assert reaction_stories([*news, reacting], PRINCIPALS) == {"c"}
    summary = summarize([*news, reacting], [], [], judgments=3)
    shown = [c.text for c in (summary.bottom_line, *summary.judgments) if c]
    assert shown and not any("Norland" in t for t in shown)
