"""Positions: quotations, reported speech and speaker resolution on small invented texts."""

from __future__ import annotations

import pytest
from position_fixtures import only, run

from briefgen.extract.actors import extract_mentions
from briefgen.extract.nlp import load_nlp
from briefgen.extract.positions import extract_positions
from briefgen.extract.quotes import find_quotes
from briefgen.models import Document
from briefgen.statement import statement


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def test_quote_then_said_name(nlp):
    text = '"The bridge will be finished by spring," said Maria Okonkwo, the city engineer.\n'
    p = only(run(nlp, text), "bridge")
    assert p.kind == "direct"
    assert p.speaker == "Maria Okonkwo"
    assert p.cue == "said"
    assert p.text == text[p.start : p.end]
    assert p.speaker_mention is not None and p.speaker_mention.text == "Maria Okonkwo"


def test_name_said_colon_quote(nlp):
    text = "Harbour master Tomas Varga said: “No ship will leave the port before the storm ends.”\n"
    p = only(run(nlp, text), "No ship")
    assert (p.kind, p.speaker, p.cue) == ("direct", "Tomas Varga", "said")


def test_colon_after_a_deed_shows_the_speaker_without_a_cue(nlp):
    # the clause before the colon tells what she did, not that she spoke: her line reads
    # "Ana Ruiz: “…”", not "Ana Ruiz delivered: “…”"
    text = (
        "Governor Ana Ruiz delivered a blunt message to the council: “Stop spending money "
        "you do not have on bridges nobody needs.”\n"
    )
    p = only(run(nlp, text), "Stop spending")
    assert (p.kind, p.speaker, p.cue) == ("direct", "Ana Ruiz", None)
    assert statement(p.speaker, p.text, p.kind, p.cue).startswith("Ana Ruiz: “Stop spending")


@pytest.mark.parametrize(
    "text",
    [
        # the outlet told ends the clause before the colon: the clause's subject speaks
        "Former Whig candidate Ana Ruiz broke down exactly what was wrong with the plan and "
        "message to the Danish daily Kurer Posten: “Nobody asked the fishermen first.”\n",
        "Ana Ruiz laid out her case in an interview with the Harbour Courier: “Nobody "
        "asked the fishermen before the bridge was drawn.”\n",
        # no-break spaces: the parser hangs the name on "daily" in apposition
        "Former Whig candidate Ana Ruiz broke down exactly what was wrong with the plan\u00a0and "
        "message to\u00a0the Danish daily\u00a0Kurer Posten:\u00a0“Nobody asked the fishermen "
        "first.”\n",
        # a description for subject, the name in apposition, a day last
        "One early backer, Senator Ana Ruiz, tried the line out in an interview with the "
        "Harbour Courier on Tuesday: “Nobody asked the fishermen first.”\n",
    ],
)
def test_a_name_the_words_were_told_to_before_a_colon_is_no_speaker(nlp, text):
    p = only(run(nlp, text), "Nobody asked")
    assert p.speaker is not None and p.speaker.endswith("Ana Ruiz")


def test_a_name_alone_before_a_colon_still_speaks(nlp):
    text = "The council met on Friday.\nTomas Varga: “Nobody asked the fishermen first.”\n"
    assert only(run(nlp, text), "Nobody asked").speaker == "Tomas Varga"
    # a label, or a headline run into the name: no clause told it to them
    label = (
        "The bridge closed.\nA statement from Professor Lena Hartmann: “Nobody asked the "
        "fishermen first.”\n"
    )
    assert only(run(nlp, label), "Nobody asked").speaker == "Lena Hartmann"


def test_short_quotation_after_a_named_speakers_colon_is_no_scare_quote(nlp):
    # a colon after a clause whose subject is named gives the words a speaker: four
    # words are hers, not a phrase the writer holds at arm's length
    text = (
        "Governor Ana Ruiz delivered a blunt message to the council: “Don't waste this!” "
        "The council met again on Friday.\n"
    )
    p = only(run(nlp, text), "Don't waste")
    assert (p.kind, p.speaker, p.cue) == ("direct", "Ana Ruiz", None)


def test_short_quotation_after_a_colon_and_a_no_break_space_is_no_scare_quote(nlp):
    # pages write ':\u00a0“…”': the no-break space is whitespace like any other, and the
    # colon still gives the four words their speaker
    text = (
        "Governor Ana Ruiz delivered a blunt message to the council:\u00a0“Don't waste this!” "
        "The council met again on Friday.\n"
    )
    p = only(run(nlp, text), "Don't waste")
    assert (p.kind, p.speaker, p.cue) == ("direct", "Ana Ruiz", None)


def test_short_quotation_after_a_colon_with_no_speaker_stays_a_scare_quote(nlp):
    # the clause before the colon names no one who says the words
    text = "The verdict on the plan was plain: “a bridge too far” for the town.\n"
    assert not [p for p in run(nlp, text) if "bridge too far" in p.text]


def test_colon_after_a_relative_clause_is_the_main_clause_subjects(nlp):
    # "who saved the library" describes the firefighters; the mayor thanks them and speaks
    text = (
        "Mayor Lena Brandt thanked the firefighters who saved the library: “They ran into a "
        "burning building for our books and never asked for thanks.”\n"
    )
    p = only(run(nlp, text), "burning building")
    assert (p.speaker, p.cue) == ("Lena Brandt", None)


def test_colon_after_a_subordinate_verb_of_saying(nlp):
    # the verb of saying nearest the colon introduces the quotation, not the stance
    # the clause reports before it
    text = (
        "Senator Omar Haddad was also critical of the plan, telling a local radio station: "
        "“The bridge will cost twice what the council promised the voters.”\n"
    )
    p = only(run(nlp, text), "twice what")
    assert (p.speaker, p.cue) == ("Omar Haddad", "telling")


def test_colon_cue_keeps_its_speaker_before_a_report_of_it(nlp):
    # "Varga said:" introduces the words; the paper after them only passed them on
    text = (
        "Asked about the new rules, Tomas Varga said: “There will always be exceptions to "
        "rules like these,” the Courier reported.\n"
    )
    p = only(run(nlp, text), "exceptions")
    assert (p.speaker, p.cue) == ("Tomas Varga", "said")


def test_multi_paragraph_quote_keeps_speaker(nlp):
    text = (
        "Economist Lena Brandt said: “Prices will keep rising for at least a year.\n\n"
        "“Households with fixed incomes will feel it first, and they will feel it most.”\n\n"
        "The ministry did not comment.\n"
    )
    ps = run(nlp, text)
    first, second = only(ps, "Prices"), only(ps, "Households")
    assert first.speaker == second.speaker == "Lena Brandt"
    assert second.kind == "direct"


def test_unbalanced_quote_runs_to_paragraph_end(nlp):
    text = (
        'Governor Ana Ruiz warned "We will close every school in the district if the river '
        "keeps rising tonight.\n\nResidents were told to stay home.\n"
    )
    p = only(run(nlp, text), "close every school")
    assert p.speaker == "Ana Ruiz"
    assert p.text.endswith("tonight")
    assert "Residents" not in p.text


def test_plural_possessive_is_not_a_quote(nlp):
    text = (
        "The farmers' union met on Monday. The workers' demands were long, "
        "and the owners' reply was short.\n"
    )
    assert find_quotes(text) == []
    assert run(nlp, text) == []


def test_according_to(nlp):
    text = "According to Pavel Ostrowski, the new port will double the region's exports.\n"
    p = only(run(nlp, text), "double")
    assert (p.kind, p.speaker, p.cue) == ("reported", "Pavel Ostrowski", "According to")
    assert "According" not in p.text


def test_reported_that_clause(nlp):
    text = "Senator Iris Holm claimed that the tax cut would pay for itself within five years.\n"
    p = only(run(nlp, text), "tax cut")
    assert (p.kind, p.speaker, p.cue) == ("reported", "Iris Holm", "claimed")


def test_pronoun_speaker_resolved_to_previous_sentence(nlp):
    text = (
        "Dmitri Salenko arrived in the capital on Tuesday. "
        "He said that the talks would resume next week.\n"
    )
    p = only(run(nlp, text), "talks")
    assert p.speaker == "Dmitri Salenko"
    assert p.speaker_mention is not None and p.speaker_mention.kind == "pronoun"


def test_surname_speaker_gets_full_name(nlp):
    text = (
        "Finance Minister Ruth Adeyemi presented the budget on Friday.\n\n"
        "“This budget protects pensions,” Adeyemi told reporters.\n"
    )
    p = only(run(nlp, text), "pensions")
    assert p.speaker == "Ruth Adeyemi"
    assert p.speaker_mention is not None and p.speaker_mention.text == "Adeyemi"


def test_never_names_a_pronoun(nlp):
    text = "He said that the plan was dead.\n"
    for p in run(nlp, text):
        assert p.speaker is None or p.speaker.lower() not in {"he", "who", "she", "they"}


def test_quote_signed_with_a_dash(nlp):
    text = "“The new bridge changed my commute completely.” ― Amara Osei\n"
    p = only(run(nlp, text), "bridge")
    assert p.speaker == "Amara Osei"
    assert p.speaker_mention is not None and p.speaker_mention.text == "Amara Osei"


def test_quote_split_by_its_cue_is_one_position(nlp):
    text = (
        "“The harvest was the worst in a decade,” farmer Jonas Berg said. "
        "“We lost almost half of the wheat to the floods.”\n"
    )
    ps = run(nlp, text)
    assert len(ps) == 1
    assert "harvest" in ps[0].text and "wheat" in ps[0].text
    assert ps[0].speaker == "Jonas Berg"


def test_possessed_stance_noun(nlp):
    text = (
        "The union's position was clear. The council's intention was to close the depot by May.\n"
    )
    p = only(run(nlp, text), "close the depot")
    assert p.kind == "reported"
    assert p.cue == "intention"


def test_long_quote_is_cut_into_claims(nlp):
    text = (
        'Analyst Mira Dahl said: "Prices will rise. Wages will lag. Savings will shrink. '
        'Rents will climb. Families will cut back. Shops will close."\n'
    )
    ps = [p for p in run(nlp, text) if p.kind == "direct"]
    assert len(ps) >= 2
    assert all(p.speaker == "Mira Dahl" for p in ps)


def test_a_role_of_markup_only_names_no_one(nlp):
    """Regression: a description span that is only markup ("**") once raised IndexError
    and sank a whole news-corpus build."""
    from briefgen.extract.speakers import SpeakerResolver
    from briefgen.models import Mention

    text = "Officials met on Monday.\n"
    doc = Document(id="t", source="t.txt", format="txt", text=text, title="")
    resolver = SpeakerResolver(doc, nlp(text), [])
    assert resolver._named_for_role(Mention("t", 0, 2, "**", "description"), 10) is None
    assert resolver._named_for_role("", 10) is None


def test_signed_quotations_take_the_name_on_their_own_line(nlp):
    text = (
        "“The new bridge has made my commute twice as long as before.” ― Ana Ruiz\n"
        "“Nobody asked the people who live here what they wanted.”― Carla Mendes.\n\n"
        "Photo/Archive.\n\n"
        "“The council should have listened to the residents long ago.” ― Tom Weller\n"
    )
    ps = run(nlp, text)
    assert only(ps, "commute").speaker == "Ana Ruiz"
    assert only(ps, "Nobody asked").speaker == "Carla Mendes"
    assert only(ps, "council should").speaker == "Tom Weller"


def test_a_day_after_the_cue_is_no_speaker(nlp):
    text = (
        "Police chief Dana Oyelaran met the family.\n\n"
        "“We will find out what happened on that road,” the chief said Monday.\n"
    )
    p = only(run(nlp, text), "find out")
    assert p.speaker_mention is None or "Monday" not in p.speaker_mention.text
    assert p.speaker != "Monday"


def test_it_is_never_the_person_who_spoke_before(nlp):
    text = (
        "Mayor Ines Albright said the plan would cut traffic by a third.\n"
        "It shows that the city has listened to the people who drive every day.\n"
    )
    p = only(run(nlp, text), "city has listened")
    assert p.speaker != "Ines Albright"


def test_a_transcript_turn_label_is_its_speaker_and_nothing_carries_across(nlp):
    text = (
        "Host Maria Lind asked about the budget.\n"
        "“The budget will not balance itself, and everyone in this room knows it.”\n"
        "“We cut what we could and we will cut more next year if we must.”\n"
    )
    first_turn = text.index("“The budget")
    second_turn = text.index("“We cut")

    def label(offset: int) -> str | None:
        if offset >= second_turn:
            return "Guest"
        return "Maria Lind" if offset >= first_turn else None

    doc = Document(id="t", source="t.txt", format="txt", text=text, title="")
    sdoc = nlp(text)
    ps = extract_positions(doc, sdoc, extract_mentions(doc, sdoc), turn_speaker=label)
    assert only(ps, "We cut").speaker == "Guest"
    assert only(ps, "budget will not").speaker == "Maria Lind"
    # without the structure, the second quotation would carry the first one's speaker
    plain_run = run(nlp, text)
    assert only(plain_run, "We cut").speaker == "Maria Lind"


def test_she_is_never_a_man_the_text_calls_he(nlp):
    text = (
        "Loretta Okafor is the attorney general. She met Bill Varga on a plane in June.\n\n"
        "Varga later told reporters that the talk was about golf. He called it social.\n\n"
        '"People tend not to say those things to the attorney general," she said.\n'
    )
    p = only(run(nlp, text), "People tend")
    assert p.speaker == "Loretta Okafor"


def test_mrs_before_a_name_makes_her_a_she(nlp):
    text = (
        "Tom Quill watched as Mrs Ada Marsh opened the new library on Monday.\n\n"
        '"This building will serve the town for a century," she said.\n'
    )
    p = only(run(nlp, text), "serve the town")
    assert p.speaker == "Ada Marsh"


def test_a_quotation_split_by_its_cue_and_a_date_keeps_its_speaker_phrase(nlp):
    text = (
        "Mayor Ines Albright spoke to reporters on Monday.\n"
        '"We will rebuild the bridge," she said in August. "Nobody should doubt that we '
        'will finish it on time and on budget."\n'
    )
    ps = run(nlp, text)
    later = only(ps, "Nobody should doubt")
    assert later.speaker == "Ines Albright"
    assert later.speaker_mention is not None and later.speaker_mention.text == "she"
    assert not any(p.text.strip() == "in August" for p in ps)  # a date is no statement


def test_an_interviewers_question_to_the_guest_is_not_the_guests(nlp):
    text = (
        'Governor Dale Ostrow said: "We will cut taxes for every family in the state."\n'
        '"But, Governor Ostrow, I have to ask you how you would pay for those tax cuts."\n'
        '"We will pay for them by ending waste in the state budget," Ostrow said.\n'
    )
    ps = run(nlp, text)
    assert only(ps, "how you would pay").speaker != "Dale Ostrow"
    assert only(ps, "ending waste").speaker == "Dale Ostrow"


def test_a_quotation_resumed_after_a_report_in_its_cue_clause_keeps_its_speaker(nlp):
    text = (
        '"Rules are not optional," Chairman Ray Dunn said after Paul Brandt failed to appear '
        'at the hearing. "Mr. Brandt is a crucial witness in this inquiry and he knows it."\n'
    )
    p = only(run(nlp, text), "crucial witness")
    assert p.speaker == "Ray Dunn"


def test_a_bare_quotation_is_not_given_to_someone_merely_named_before(nlp):
    text = (
        "Protesters demanded that the mayor, Ivo Tamm, resign over the flooding.\n\n"
        "The council met on Monday to discuss the repairs.\n\n"
        "“Nobody here wants a fight, but the levees must be rebuilt this year.”\n"
    )
    p = only(run(nlp, text), "Nobody here")
    assert p.speaker is None


def test_quotation_paragraphs_go_on_with_who_introduced_them(nlp):
    text = (
        "Economist Lena Brandt discounted the idea.\n\n"
        "“Prices will not fall soon, whatever the central bank does next month.”\n\n"
        "“Wages will lag behind for years, and households will feel it first.”\n\n"
        "“The government has few tools left to change that.”\n"
    )
    ps = run(nlp, text)
    assert {only(ps, w).speaker for w in ("Prices", "Wages", "few tools")} == {"Lena Brandt"}


def test_a_short_quotation_inside_an_open_one_closes_neither(nlp):
    text = (
        "Economist Lena Brandt discounted the idea.\n\n"
        '"It is unlikely that Norway will send troops. Only the UN "Blue Helmets" '
        "[peacekeepers] possess such experience. Norway is very concerned about stability, "
        "because its new corridor runs through the valley.\n\n"
        '"Thus the region will stay calm for now."\n'
    )
    first = find_quotes(text)[0]
    assert "very concerned" in text[first.start : first.end]
    ps = run(nlp, text)
    assert not [p for p in ps if p.cue and "concerned" in p.cue]
    assert only(ps, "stay calm").speaker == "Lena Brandt"


def test_an_inverted_cue_opening_the_sentence_names_the_speaker(nlp):
    text = (
        "Analysts doubt that the plan would simplify anything. Said Ellis: “I have no sense "
        "that she cares one bit about fixing the code.”\n"
    )
    p = only(run(nlp, text), "fixing the code")
    assert p.speaker_mention is not None and p.speaker_mention.text == "Ellis"
    assert p.cue == "Said"


def test_as_someone_put_it_names_the_speaker_of_the_quotation_before(nlp):
    text = (
        "Most applicants must show a degree, but the chief test for the scheme is a "
        '"clean record of earned savings," as a Treasury briefing put it.\n'
    )
    p = only(run(nlp, text), "earned savings")
    assert p.speaker_mention is not None and "briefing" in p.speaker_mention.text


def test_a_quoted_name_is_nobodys_statement(nlp):
    text = (
        "Senator Hale said he would veto it.\n\nAfter protests from fishing groups, the bill, "
        "known as the “Fair Access to Harbour Waters Act,” passed both chambers.\n"
    )
    p = only(run(nlp, text), "Fair Access")
    assert p.speaker is None and p.speaker_mention is None


def test_a_quotation_paragraph_goes_on_from_the_one_above(nlp):
    text = (
        "Ben Alder chairs the county caucus. Lena Ortiz runs it.\n\n"
        "“Nobody is singing for the mayor. Her rival had a choir. She has no one like "
        "that,” he said.\n\n"
        "“For now, people are voting against the rival. Still, I expect her to win.”\n"
    )
    said, goes_on = run(nlp, text)[-2:]
    assert "For now" in goes_on.text
    assert goes_on.speaker_mention == said.speaker_mention
    assert goes_on.speaker_mention is not None and goes_on.speaker_mention.text == "he"


def test_a_label_before_the_sentence_is_not_its_subject(nlp):
    text = "The Update: Mayor Vance asks volunteers to watch the counting halls\n\nShe spoke.\n"
    p = only(run(nlp, text), "counting halls")
    assert p.speaker == "Vance"


def test_a_quotation_under_a_passive_cue_without_agent_has_no_speaker(nlp):
    text = (
        "Senator Hale defended the rule on Monday, saying it keeps the rolls clean.\n\n"
        "Voters are struck off after six years of silence, in what is being criticized as a "
        "“vote now or vanish later” rule for elections.\n"
    )
    p = only(run(nlp, text), "vanish later")
    assert p.speaker is None


def test_a_quotation_after_narrative_in_its_paragraph_is_that_sentences_subject(nlp):
    text = (
        "Governor Ruth Pell praised the harbour police on Monday.\n\n"
        "“We must stop judging every officer by the worst one,” Pell said on the radio.\n\n"
        "On the same show, Senator Tomas Reyes, who lost the primary to Pell, named the "
        "ferry fares as one reason young voters stay home. “Young people are fed up with "
        "paying for the errors of their elders.”\n"
    )
    p = only(run(nlp, text), "fed up")
    assert p.speaker == "Tomas Reyes"


def test_who_after_a_dash_is_the_name_before_it(nlp):
    text = (
        "It has turned into a central fight of the race, with Senator Ruth Pell — who’s called "
        "for steep levies on the wealthy — leading it.\n"
    )
    p = only(run(nlp, text), "steep levies")
    assert p.speaker == "Ruth Pell"
    assert p.speaker_mention is not None and p.speaker_mention.text == "who"


def test_a_participle_after_a_person_is_that_persons_act(nlp):
    text = (
        "The campaign video uses footage of Senator Ruth Pell asking, “Why am I not miles "
        "ahead in every poll, people wonder?”\n"
    )
    p = only(run(nlp, text), "miles ahead")
    assert p.speaker == "Ruth Pell"


def test_a_programme_title_after_its_cue_is_no_statement(nlp):
    text = (
        "“We must stop judging every officer by the worst one,” Governor Pell said on "
        "WKRP’s “State of the Union.”\n"
    )
    ps = run(nlp, text)
    assert [p.text for p in ps] == ["We must stop judging every officer by the worst one"]


def test_agreeing_to_do_something_is_a_commitment_but_agreeing_to_a_thing_is_none(nlp):
    text = (
        "The mining company agreed to clean up the shuttered mines by next spring. "
        "Governor Ruth Pell agreed to a short interview with the paper.\n"
    )
    ps = run(nlp, text)
    p = only(ps, "clean up")
    assert (p.cue, p.speaker) == ("agreed", "mining company")
    assert not any("interview" in q.text for q in ps)


def test_a_passive_participle_after_a_subject_is_said_by_its_by_phrase(nlp):
    text = (
        "The reserve officers, called to duty by Governor Ruth Pell, patrolled the harbour "
        "all weekend.\n"
    )
    ps = run(nlp, text)
    assert all(p.speaker != "reserve officers" for p in ps), ps
    assert [p.speaker for p in ps if p.cue == "called"] == ["Ruth Pell"]


def test_verbs_of_talk_report_what_they_are_about_not_whom_they_address(nlp):
    text = (
        "Governor Ruth Pell spoke of the long fight for fair wages at the rally. "
        "Senator Tomas Reyes talked to reporters on Monday. "
        "The plan is likely to appeal to a small group of voters.\n"
    )
    ps = run(nlp, text)
    p = only(ps, "fair wages")
    assert (p.cue, p.speaker) == ("spoke", "Ruth Pell")
    assert not any("reporters" in q.text or "voters" in q.text for q in ps), ps


def test_a_past_verb_the_parser_hangs_on_its_subject_noun_keeps_that_subject(nlp):
    text = "Twenty-two years ago, a Times article hailed Ruth Pell as “The Comeback Kid.”\n"
    p = only(run(nlp, text), "Comeback")
    assert p.speaker_mention is not None and p.speaker_mention.text == "Times article"


def test_a_position_does_not_end_on_a_clauses_subject_without_its_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    # "after Elmwood, worried about …, ordered …": the parser hangs "ordered" on "accused",
    # and a position ending on "after Elmwood" reads as a fragment
    text = (
        "Marlow accused Elmwood of discrimination after Elmwood, worried about the outbreak, "
        "ordered some 40 Marlow residents into quarantine, even though none had symptoms."
    )
    position = only(run(nlp, text), "discrimination")
    assert position.text == "Elmwood of discrimination"


def test_a_clause_cut_from_its_verb_is_found_on_a_page_that_goes_on(nlp) -> None:  # type: ignore[no-untyped-def]
    # the content's words are read up to its end only, not to the page's end: the cut is
    # the same with news after it
    text = (
        "Marlow accused Elmwood of discrimination after Elmwood, worried about the outbreak, "
        "ordered some 40 Marlow residents into quarantine, even though none had symptoms. "
        "Tom Reed said the order would be lifted on Friday, after the tests. "
        "Ann Holt, the mayor of Penbury, said the town would pay for the tests.\n"
    )
    positions = run(nlp, text)
    assert only(positions, "discrimination").text == "Elmwood of discrimination"
    assert only(positions, "lifted").text == "the order would be lifted on Friday, after the tests"
