"""The PDF's capped chronology keeps events told as whole statements before fragments."""

from __future__ import annotations

import dataclasses

from sample_brief import sample_brief

from briefgen.render.context import build_context, reads_as_statement


def test_a_capped_chronology_lists_whole_statements_before_fragments() -> None:
    brief = sample_brief()
    first = brief.events[0]
    # the best-sourced event of all, told only as a fragment with a leading pronoun
    fragment = dataclasses.replace(
        first, id="fragment", description="He took a taxi", salience=99.0, mentions=()
    )
    cut = dataclasses.replace(
        first,
        id="cut",
        description="The World Health Organisation said",
        salience=98.0,
        mentions=(),
    )
    brief = dataclasses.replace(brief, events=(fragment, cut, *brief.events))
    assert not reads_as_statement(fragment) and not reads_as_statement(cut)
    told = [e for e in brief.events if reads_as_statement(e)]
    assert len(told) >= 2
    kept = build_context(brief, chronology_limit=2)["chronology"]
    assert {v.event.id for v in kept} <= {e.id for e in told}
    everything = build_context(brief)["chronology"]
    assert {"fragment", "cut"} <= {v.event.id for v in everything}  # the HTML keeps them all
