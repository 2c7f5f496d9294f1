"""Positions keep their verb: the cue as written, its polarity and modality, and the
readable statement every output shows instead of a bare content span."""

from __future__ import annotations

from position_fixtures import only, run

from briefgen.statement import statement


def test_did_not_recommend_is_negated_and_keeps_its_verb(nlp):
    text = (
        "Director Alan Reyes criticised the handling of the files but did not recommend "
        "that charges be brought against the minister.\n"
    )
    p = only(run(nlp, text), "charges be brought")
    assert p.polarity == "negated"
    assert p.cue == "did not recommend"
    shown = statement("Alan Reyes", p.text, p.kind, p.cue)
    assert shown.startswith("Alan Reyes did not recommend")
    assert "charges be brought against the minister" in shown


def test_deciding_against_recommending_is_negated_and_keeps_its_verb(nlp):
    text = (
        "Reyes has been unable to shake the scandal even after the FBI decided against "
        "recommending charges against her in July.\n"
    )
    p = only(run(nlp, text), "charges")
    assert p.polarity == "negated"
    assert p.cue == "decided against recommending"


def test_denied_is_negated(nlp):
    text = "The mayor denied that the council had approved the contract in secret.\n"
    p = only(run(nlp, text), "approved the contract")
    assert p.polarity == "negated"
    assert p.cue == "denied"


def test_two_negations_cancel(nlp):
    text = "The mayor did not deny that the council had approved the contract in secret.\n"
    p = only(run(nlp, text), "approved the contract")
    assert p.polarity == "asserted"
    assert p.cue == "did not deny"


def test_plain_said_is_asserted_and_plain(nlp):
    text = "The mayor said that the council had approved the contract in secret.\n"
    p = only(run(nlp, text), "approved the contract")
    assert (p.polarity, p.modality, p.cue) == ("asserted", "plain", "said")


def test_can_no_longer_claim_is_negated(nlp):
    text = "After the inspection, the company can no longer claim that its factories are safe.\n"
    p = only(run(nlp, text), "factories are safe")
    assert p.polarity == "negated"
    assert "no longer claim" in (p.cue or "")


def test_never_wanted_is_negated(nlp):
    text = "Senator Hal Porter never wanted to have a running mate from the northern states.\n"
    p = only(run(nlp, text), "running mate")
    assert p.polarity == "negated"
    assert p.cue is not None and "never" in p.cue


def test_might_not_accept_is_hedged(nlp):
    text = "The candidate said that he might not accept the result of the election.\n"
    p = only(run(nlp, text), "accept the result")
    assert p.modality == "hedged"
    assert p.polarity == "asserted"  # the negation is in the content, which is shown whole


def test_could_on_the_cue_is_hedged(nlp):
    text = "The minister could argue that the budget leaves the hospitals without funds.\n"
    p = only(run(nlp, text), "budget leaves")
    assert p.modality == "hedged"


def test_a_gloss_or_hearsay_on_the_cue_is_kept_and_hedged(nlp):
    # shown without "essentially", the writer's gloss would be the speaker's own words
    text = "In a speech, the mayor essentially told the unions to accept the pay freeze.\n"
    p = only(run(nlp, text), "unions")
    assert (p.cue, p.modality, p.polarity) == ("essentially told", "hedged", "asserted")
    line = statement("the mayor", p.text, p.kind, p.cue)
    assert line.startswith("the mayor essentially told the unions to accept")
    text = "The mayor in effect told the unions that the pay freeze would stay.\n"
    assert only(run(nlp, text), "pay freeze").cue == "in effect told"
    text = "The mayor reportedly said that the pay freeze would stay.\n"
    p = only(run(nlp, text), "pay freeze")
    assert (p.cue, p.modality) == ("reportedly said", "hedged")
    # a participle cue reads as a finite verb, its gloss kept
    line = statement("Ayotte", "that she will not campaign", "reported", "essentially conceding")
    assert line == "Ayotte essentially conceded that she will not campaign"
    # an adverb of manner is no hedge
    text = "The mayor said clearly that the pay freeze would stay.\n"
    assert only(run(nlp, text), "pay freeze").modality == "plain"


def test_statement_forms():
    assert statement("Ana Ruiz", "Prices will rise.", "direct", "said") == (
        "Ana Ruiz said: “Prices will rise.”"
    )
    assert statement(None, "prices will rise", "reported", "according to") == (
        "According to an unidentified source, prices will rise"
    )
    assert statement("Ana Ruiz", "to cut taxes", "reported", "intention") == (
        "Ana Ruiz’s intention: to cut taxes"
    )
    assert statement("Ana Ruiz", "prices will rise", "reported", None) == (
        "Ana Ruiz: prices will rise"
    )


def test_a_negation_before_the_quotation_it_introduces_is_kept(nlp):
    text = (
        "The judge, Alan Reyes, has advised the jurors not to \u201cread, listen to or watch "
        "any news report about the case from any source\u201d.\n"
    )
    p = only(run(nlp, text), "any news report")
    assert p.kind == "direct"
    assert p.polarity == "negated"
    shown = statement("Alan Reyes", p.text, p.kind, p.cue)
    assert "not to" in shown.split("“")[0], shown


def test_a_reported_clause_opening_on_a_subordinator_reads_small_after_its_cue():
    # "While he runs third, a good showing could help him, Republicans said": the content
    # reads on from the cue ("Republicans said while …"), not as a second sentence.
    shown = statement(
        "Republicans", "While he runs third, a good showing would help", "reported", "said"
    )
    assert shown == "Republicans said while he runs third, a good showing would help"


def test_two_quotations_joined_show_the_speakers_frame_once():
    # wire copy's straight marks, a cue before its speaker, a programme named in the frame
    for text in [
        'The day is a turning point," Ruiz said, referring to the vote. "It will be remembered',
        "The day is a turning point? No,” said Ruiz. “It will be remembered",
        "The day is a turning point,” Ruiz said on Radio Tide’s “Morning Show.” “It will be"
        " remembered",
    ]:
        shown = statement("Ana Ruiz", text, "direct", "said")
        assert shown.count("said") == 1 and " … It will be remembered”" in shown, shown
    text = "The day is a turning point,”  Ruiz said.  “It will be remembered"
    assert statement("Ana Ruiz", text, "direct", "said") == (
        "Ana Ruiz said: “The day is a turning point … It will be remembered”"
    )


def test_a_speech_tag_inside_the_reported_words_is_not_said_twice() -> None:
    # "the threat, Akopov claimed, emanated from …" after "Petr Akopov claimed": once.
    shown = statement(
        "Petr Akopov",
        "the threat to the republics, Akopov claimed, emanated from armed formations",
        "reported",
        "claimed",
    )
    assert shown == (
        "Petr Akopov claimed the threat to the republics emanated from armed formations"
    )
    # another person's tag inside the words stays: it says whose claim that part is
    other = statement("Jane Roe", "the plan, Smith said, would fail", "reported", "said")
    assert other == "Jane Roe said the plan, Smith said, would fail"


def test_a_name_opening_reported_content_keeps_its_capital_beside_a_verb_of_its_spelling() -> None:
    """The content opens on a name its document also uses once as a common verb ("want
    to trump Trump on immigration"): the name, written so everywhere else, stays a name."""
    source = (
        "Cruz challenged Trump to a one-on-one debate. Rubio said: Now you want to trump "
        "Trump on immigration. Later Trump declined, and aides said Trump would not attend."
    )
    line = statement(
        "Ted Cruz", "Trump to a one-on-one debate", "reported", "challenged", source=source
    )
    assert line == "Ted Cruz challenged Trump to a one-on-one debate"
    # a word the document writes small more often than as a name is lowered as before
    plain = "Pupils in the class were sent home. Two pupils fell ill, and the pupils' parents..."
    assert statement(
        "The HPA", "Pupils in the class were sent home", "reported", "said", plain
    ) == ("The HPA said pupils in the class were sent home")
