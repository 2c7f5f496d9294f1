"""Lines that are no position, told by the reported clause's grammar: a bare figure, a
verb of watching."""

from __future__ import annotations

from briefgen.aggregate.nonpositions import figure_only, monitoring, names_matter
from briefgen.models import Evidence, Position


def _said(text: str, cue: str = "said") -> Position:
    sentence = f"The port authority {cue} {text}."
    start = sentence.find(text)
    ev = Evidence("d1", start, start + len(text), text, sentence, 0)
    return Position("p", "d1", "Port Authority", "port", None, text, start,
                    start + len(text), "reported", cue, ev, attribution="cue")  # fmt: skip


def test_a_bare_figure_is_the_whole_content_of_a_count_or_a_rate():
    for counted in (
        "at least 20 people have died of the fever",
        "three more sailors in the north have been diagnosed with the fever",
        "the number of confirmed cases had risen to 1,003 from 20 ports",
        "there were 8,451 confirmed cases of the fever",
        "it had confirmed 160 cases in 21 towns",
        "the fever is a factor in 3,000 deaths a year in the region",
        "the cases are now in 11 towns, up from 10 yesterday",
    ):
        assert figure_only(_said(counted)), counted
    # a counting cue before a figure, or before a count's noun phrase
    assert figure_only(_said("20 deaths from the fever", cue="has confirmed"))
    assert figure_only(_said("the locations of the 91 cases", cue="has confirmed"))


def test_a_figure_with_a_claim_beside_it_or_no_figure_is_no_bare_count():
    for claim in (
        "at least 20 people have died, but the fever is far milder than first feared",
        "the fever had killed 20 people; the ports must close",
        "the harbour must be dredged before the winter storms come",
        "I have 1 million more votes than my rival",
        "the virus has reached nearly all 50 towns and will spread further",
    ):
        assert not figure_only(_said(claim)), claim
    # a figure after a cue that does not count is what the speaker argues
    assert not figure_only(_said("20 deaths were avoidable", cue="argued"))


def test_a_verb_of_watching_as_the_predicate_is_monitoring():
    assert monitoring(_said("it was closely following the new cases"))
    assert monitoring(_said("officials were carefully monitoring the fever in the south"))
    assert monitoring(_said("it was taking the situation seriously and monitoring it"))
    # following someone's lead, or a stance beside the watching, is no monitoring
    assert not monitoring(_said("the other ports are following suit"))
    assert not monitoring(_said("he is following in his father's footsteps"))
    assert not monitoring(_said("it is watching the fever, but the ports must stay open"))
    assert not monitoring(_said("the harbour must be dredged before the winter storms come"))


def test_a_principal_named_in_the_statement_itself_is_on_the_story():
    principals = (frozenset({"dent"}),)
    assert names_matter("Dent's plan will fail", frozenset(), principals, set())
    assert not names_matter("the plan will fail", frozenset(), principals, set())
    # the speaker's own name is no other principal
    assert not names_matter("Dent will win", frozenset(), principals, {"dent"})
    assert names_matter("the fever is spreading", frozenset({"fever"}), (), set())
