"""Shown sentences read alone: a pronoun after a preposed phrase, a "they", a definite act
("the unsealing", "the dispute"), a quoted "this bill" and a reported clause's "it"."""

from __future__ import annotations

from dataclasses import replace

from sentence_fixtures import extraction_with

from briefgen.definite_acts import dangling_event, resolve_event
from briefgen.inner_refs import dangling_their, subject_it_named
from briefgen.models import Extraction
from briefgen.shown import read_alone, stands_alone
from briefgen.standalone import resolve_opening, resolve_speaker
from briefgen.summarize import summarize


def _sentence(ext: Extraction, n: int) -> tuple[str, int]:
    """The ``n``-th sentence's text and offset, leading space dropped."""
    start, end = ext.sentences[n]
    raw = ext.document.text[start:end]
    return raw.strip(), start + len(raw) - len(raw.lstrip())


def test_a_they_after_a_date_names_the_organisation_that_opens_the_sentence_before() -> None:
    ext = extraction_with(
        "The Harbour Trust reviewed the mayor's claim about the new bridge. "
        "On 27 September they published the result of their review.",
        ("Harbour Trust", "org"),
    )
    text, start = _sentence(ext, 1)
    assert resolve_opening(text, start, ext) == (
        "On 27 September [Harbour Trust] published the result of their review."
    )


def test_a_they_that_could_gather_others_is_not_named() -> None:
    crew = extraction_with(
        "The Harbour Trust interviewed twenty divers, engineers and crane drivers. "
        "They described long shifts on the new bridge without a break.",
        ("Harbour Trust", "org"),
    )
    pact = extraction_with(
        "Though he gave money himself, he made a pact with the Harbour Trust in May. "
        "They collected a combined 90 million in August for the bridge.",
        ("Harbour Trust", "org"),
    )
    for ext in (crew, pact):
        text, start = _sentence(ext, 1)
        assert resolve_opening(text, start, ext) is None


def test_a_he_after_a_preposed_time_is_named_and_a_preposed_it_needs_one_candidate() -> None:
    ext = extraction_with(
        "Mr Ivan Petrov chaired the committee on the bridge for three years. "
        "On Monday night, he was back in the chamber to defend the plan.",
        ("Ivan Petrov", "person"),
    )
    text, start = _sentence(ext, 1)
    assert resolve_opening(text, start, ext) == (
        "On Monday night, [Petrov] was back in the chamber to defend the plan."
    )
    site = extraction_with(
        "The Gazette compared claims by Norway and the Harbour Trust about the toll. "
        "Meanwhile, it attacked the mayor for his remarks about the bridge.",
        ("Gazette", "org"),
        ("Norway", "state"),
        ("Harbour Trust", "org"),
    )
    text, start = _sentence(site, 1)
    assert resolve_opening(text, start, site) is None


def test_a_contracted_he_is_refused_not_shown_dangling() -> None:
    """ "He's expected to meet …" hides its pronoun in the contraction; shown as it stands
    it dangles, and "[Petrov]'s expected" would read as a possessive."""
    ext = extraction_with(
        "Mr Ivan Petrov met the mayor of Marlow for three hours on Monday. "
        "He's expected to meet the harbour board later this afternoon.",
        ("Ivan Petrov", "person"),
    )
    text, start = _sentence(ext, 1)
    assert resolve_opening(text, start, ext) is None
    # a name run into its verb is no pronoun
    named = extraction_with(
        "The board met on Monday. Petrov's expected to speak later.", ("Petrov", "person")
    )
    text, start = _sentence(named, 1)
    assert resolve_opening(text, start, named) == text


def test_a_she_after_any_preposed_phrase_is_named_or_refused() -> None:
    """A phrase opened by any preposition, not only a time's, leaves the subject pronoun
    pointing back: "Against X on Tuesday, she lost …" names her or is not shown."""
    one = extraction_with(
        "Ms Vera Holm ran for mayor on the council's ticket. "
        "Against the incumbent on Tuesday, she lost the riverside wards by a wide margin.",
        ("Vera Holm", "person"),
    )
    text, start = _sentence(one, 1)
    assert resolve_opening(text, start, one) == (
        "Against the incumbent on Tuesday, [Holm] lost the riverside wards by a wide margin."
    )
    two = extraction_with(
        "Ms Vera Holm and Ms Anna Berg both ran for mayor. "
        "Despite the rain on Tuesday, she won the riverside wards by a wide margin.",
        ("Vera Holm", "person"),
        ("Anna Berg", "person"),
    )
    text, start = _sentence(two, 1)
    assert resolve_opening(text, start, two) is None


def test_so_far_is_a_preposed_time_not_a_conjunction() -> None:
    """ "So far, they have …": the "they" opens the sentence as after "On Monday,"."""
    ext = extraction_with(
        "The Harbour Trust took over the running of the port in August. "
        "So far, they have closed two of the old piers.",
        ("Harbour Trust", "org"),
    )
    text, start = _sentence(ext, 1)
    assert resolve_opening(text, start, ext) == (
        "So far, [Harbour Trust] have closed two of the old piers."
    )
    none = extraction_with(
        "Fishing crews and dock workers marched through the port in August. "
        "So far, they have closed two of the old piers.",
    )
    text, start = _sentence(none, 1)
    assert resolve_opening(text, start, none) is None


def test_a_he_after_and_and_a_lower_case_preposed_time_is_named_or_refused() -> None:
    """ "And on Tuesday, he offered …": the conjunction leaves the phrase in lower case, and
    the "he" still points back; with two men before it, the sentence is not shown."""
    one = extraction_with(
        "Mr Ivan Petrov chaired the committee on the bridge for three years. "
        "And on Tuesday, he offered yet another scripted address on the plan.",
        ("Ivan Petrov", "person"),
    )
    text, start = _sentence(one, 1)
    assert resolve_opening(text, start, one) == (
        "And on Tuesday, [Petrov] offered yet another scripted address on the plan."
    )
    two = extraction_with(
        "Mr Ivan Petrov praised Mr Karl Lind at the rally on the bridge. "
        "And on Tuesday, he offered yet another scripted address on the plan.",
        ("Ivan Petrov", "person"),
        ("Karl Lind", "person"),
    )
    text, start = _sentence(two, 1)
    assert resolve_opening(text, start, two) is None


def test_a_definite_act_the_sentence_does_not_name_is_refused() -> None:
    for text in (
        "Earlier this month, lawyers for both owners filed papers opposing the unsealing.",
        "Councillors said the credibility of the council was on the line in the dispute.",
        "The mayor also attacked the harbour board during the course of the rant.",
    ):
        assert dangling_event(text) is not None
        assert not stands_alone(text)
    for text in (
        "Councillors said the dispute over the harbour fees had cost the town dearly.",
        "The Gazette filed a motion to unseal the accounts, and a judge refused the unsealing.",
        "The morning after the storm, the ferry sailed again from the old harbour.",
    ):
        assert dangling_event(text) is None
        assert stands_alone(text)


def test_a_public_stir_told_by_its_bare_noun_is_refused_anywhere_in_the_sentence() -> None:
    # whose revolt, against what: only the sentences before say, whatever verb follows
    for text in (
        "Last week, the insurrection handed the harbour seat to Ada Pike.",
        "The uproar spread to the council on Tuesday as the mayor left.",
        "The backlash cost the mayor the harbour vote on Sunday.",
    ):
        assert dangling_event(text) is not None, text
        assert not stands_alone(text), text
    # one the sentence says which stands
    for text in (
        "Last week, the insurrection against the harbour tax handed the seat to Ada Pike.",
        "The uproar over the fees spread to the council on Tuesday.",
        "The backlash against the fees cost the mayor the harbour vote on Sunday.",
    ):
        assert dangling_event(text) is None, text
        assert stands_alone(text), text
    # a stir long after what the sentence told is that one
    assert not dangling_event(
        "Dozens of councillors blasted the harbour fees on Tuesday, with the mayor sending an"
        " aide in a vain effort to quell the furor."
    )


def test_a_stir_is_named_from_the_sentence_before_that_says_which() -> None:
    ext = extraction_with(
        "Ada Pike warned of the revolt against the Harbour Trust tax. "
        "On Sunday, the revolt cost the mayor the harbour vote.",
        ("Ada Pike", "person"),
    )
    text, start = _sentence(ext, 1)
    assert resolve_event(text, start, ext) == (
        "On Sunday, the revolt [against the Harbour Trust tax] cost the mayor the harbour vote."
    )


def test_a_definite_act_is_named_from_the_sentence_before_that_says_which() -> None:
    ext = extraction_with(
        "The Gazette asked the court for the unsealing of the Harbour Trust accounts. "
        "Earlier this month, lawyers for both owners filed papers opposing the unsealing.",
        ("Gazette", "org"),
        ("Harbour Trust", "org"),
    )
    text, start = _sentence(ext, 1)
    shown = resolve_event(text, start, ext)
    assert shown == (
        "Earlier this month, lawyers for both owners filed papers opposing the unsealing "
        "[of the Harbour Trust accounts]."
    )
    assert stands_alone(shown)
    vague = extraction_with(
        "The Gazette asked the court to unseal the records. "
        "Earlier this month, lawyers for both owners filed papers opposing the unsealing.",
        ("Gazette", "org"),
    )
    text, start = _sentence(vague, 1)
    assert resolve_event(text, start, vague) is None  # "of the records": still which records


def test_a_quoted_this_bill_points_back_but_this_election_does_not() -> None:
    assert not stands_alone(
        "“Since the day the governor signed this bill into law, he has sought changes,” "
        "the spokesman said at a briefing on Monday."
    )
    assert stands_alone("“This election matters to every family in the county,” she told voters.")


def test_a_reported_clause_it_needs_something_in_the_sentence_to_stand_for() -> None:
    assert not subject_it_named(
        "Judge Ann Pryce concluded on Monday that it would not help the defence.", 0, None
    )
    for text in (
        "The court said that it would rule on the appeal on Friday.",
        "Dr Hale said it was more likely that the pump had failed in the night.",
        "The mayor's office said it expects the bridge to reopen in May.",
    ):
        assert subject_it_named(text, 0, None)


def test_the_summary_shows_no_dangling_act_or_they() -> None:
    ext = extraction_with(
        "The Harbour Trust asked the court to release the bridge inspection reports. "
        "Earlier this month, lawyers for the builders filed papers opposing the unsealing. "
        "The court ordered the release of the bridge inspection reports on Friday. "
        "Councillors said the credibility of the council was on the line in the dispute. "
        "Engineers found cracks in four of the twelve pillars of the bridge in March.",
        ("Harbour Trust", "org"),
    )
    summary = summarize([ext], [], [])
    shown = [c.text for c in [summary.bottom_line, *summary.judgments] if c]
    assert any("cracks in four" in t for t in shown)
    assert not any("unsealing" in t or "the dispute" in t for t in shown)


def test_an_interview_nothing_names_is_not_shown_alone() -> None:
    assert not stands_alone("Ivanka Lowe noted the rule in the interview last week.")


def test_a_their_with_nothing_before_it_to_take_up_is_not_shown_alone() -> None:
    ext = extraction_with(
        "Single mothers face the steepest costs of care in the region. "
        "Ivanka Lowe acknowledged their uphill battle in an interview on Friday. "
        "Voters said their bills had doubled since the spring. "
        "The children said their father had left the house. "
        "Lowe and Martin said their plan would pass. "
        "The Harbour Trust said their review was over. "
        "At their first press conference, the Harbour Trust gave an assurance. "
        "They fear it will remove them from office. "
        "In a Harbour Trust essay last week, Ivanka Lowe acknowledged their uphill battle.",
        ("Ivanka Lowe", "person"),
        ("Harbour Trust", "org"),
    )
    for n, shown in (
        (1, False),
        (2, True),
        (3, True),
        (4, True),
        (5, True),
        (6, True),
        (7, True),
        (8, False),
    ):
        text, start = _sentence(ext, n)
        assert dangling_their(text, start, ext) is not shown, text
    text, start = _sentence(ext, 1)
    assert read_alone(text, start, ext) is None


def test_the_policy_nothing_names_is_a_dangling_act() -> None:
    assert dangling_event("They raised concern that changing the policy could lead to fraud.")
    assert not dangling_event("They said the policy of purging the rolls could lead to fraud.")


def test_a_leading_it_names_only_the_actor_opening_the_sentence_before() -> None:
    study = extraction_with(
        "A study by the college analysed every traveller from Ruritania in April. "
        "It estimated that the fever had killed one in a hundred of its victims.",
        ("Ruritania", "state"),
    )
    text, start = _sentence(study, 1)
    assert resolve_opening(text, start, study) is None  # the study, not Ruritania
    trust = extraction_with(
        "The Harbour Trust reviewed the claim about the new bridge in April. "
        "It found that the bridge had cost twice the amount first given.",
        ("Harbour Trust", "org"),
    )
    text, start = _sentence(trust, 1)
    assert resolve_opening(text, start, trust) == (
        "[Harbour Trust] found that the bridge had cost twice the amount first given."
    )


def test_a_his_in_an_opening_phrase_is_the_person_the_clause_after_it_opens_with() -> None:
    ext = extraction_with(
        "Putin spoke in Moscow on Tuesday. "
        "In his speech earlier Wednesday, Trump proclaimed a goal of peace through strength.",
        ("Putin", "person"),
        ("Trump", "person"),
    )
    sentence, start = _sentence(ext, 1)
    assert read_alone(sentence, start, ext) == sentence


def test_an_it_an_act_names_needs_something_in_the_sentence_to_stand_for() -> None:
    assert not subject_it_named("The health agency declared it a pandemic on Thursday.", 0, None)
    spread = "The new virus spread so fast that the health agency declared it a pandemic."
    assert subject_it_named(spread, 0, None)


def test_a_quotation_closed_by_they_wrote_names_the_body_or_is_not_shown() -> None:
    text = (
        "Researchers at three universities published the estimate on Monday. "
        '"We estimate that 23,000 people had been infected in Peru by late April," they wrote.'
    )
    second = text[text.index('"We') :]
    ext = extraction_with(text)
    assert resolve_speaker(second, text.index(second), ext) is None
    text = (
        "The Lancet Group published the estimate on Monday. "
        '"We estimate that 23,000 people had been infected in Peru by late April," they wrote.'
    )
    ext = extraction_with(text, ("The Lancet Group", "org"))
    assert resolve_speaker(second, text.index(second), ext) == second.replace(
        "they wrote", "[The Lancet Group] wrote"
    )


def test_a_contrast_with_the_sentence_before_is_not_shown_even_in_the_timeline() -> None:
    ext = extraction_with(
        "A bomb destroyed the harbour office in Leeds on Friday. "
        "But the solid walls of the old customs house may have prevented the carnage there. "
        "And on Saturday the harbour board met in emergency session in Leeds.",
    )
    text, start = _sentence(ext, 1)
    assert read_alone(text, start, ext, inner=False) is None
    added, at = _sentence(ext, 2)
    assert read_alone(added, at, ext, inner=False) == added


def test_a_he_after_a_person_the_sentence_before_only_describes_is_not_named() -> None:
    """ "The Lakeland senator … He chairs …": the senator, not the one name further back."""
    described = extraction_with(
        "Tomas Kral won the governor's race in the state last year. "
        "The Lakeland senator with a grey beard says his party can hold the seat. "
        "He chairs the party's campaign committee in a hard year.",
        ("Tomas Kral", "person"),
    )
    text, start = _sentence(described, 2)
    assert resolve_opening(text, start, described) is None
    # Named in apposition, the senator is the one the "He" continues with.
    named = extraction_with(
        "The Lakeland senator, Ivan Petrov, says his party can hold the seat. "
        "He chairs the party's campaign committee in a hard year.",
        ("Ivan Petrov", "person"),
    )
    text, start = _sentence(named, 1)
    assert resolve_opening(text, start, named) == (
        "[Petrov] chairs the party's campaign committee in a hard year."
    )
    # A woman described is no "he": the man named before her is.
    spokeswoman = extraction_with(
        "Tomas Kral was questioned by the harbour police for two hours. "
        "A spokeswoman for the family said the talks were calm. "
        "He left the station at noon.",
        ("Tomas Kral", "person"),
    )
    text, start = _sentence(spokeswoman, 2)
    assert resolve_opening(text, start, spokeswoman) == "[Kral] left the station at noon."
    # A sentence opening on an election, not a person, leaves the name before it.
    election = extraction_with(
        "Ivan Petrov won the seat in a landslide. "
        "The general election drew a record turnout across the county. "
        "He thanked the volunteers at the town hall.",
        ("Ivan Petrov", "person"),
    )
    text, start = _sentence(election, 2)
    assert resolve_opening(text, start, election) == (
        "[Petrov] thanked the volunteers at the town hall."
    )


def test_a_quoted_verdict_on_it_alone_points_back_to_what_it_is() -> None:
    assert not stands_alone('"Look, it\'s a rigged game," Petrov told a radio host on Monday.')
    assert not stands_alone("“It was a mistake,” Petrov said on Tuesday.")
    # What "it" is, the narration or the quotation says; or "it" is the day, or no one.
    assert stands_alone("“It was a mistake,” Petrov said of the vote on the bridge.")
    assert stands_alone('"It\'s a great day for the town," Petrov said at the opening.')
    assert stands_alone('"It is clear that the bridge is safe," Petrov said on Monday.')


def test_a_quoted_verdict_after_an_opener_points_back_to_what_it_judges() -> None:
    # "of course", "frankly", "I don't think": the subject is still the article's
    assert not stands_alone("“Of course it's not appropriate,” Petrov said on Monday.")
    assert not stands_alone("“Frankly, that's a disgrace,” Petrov said on Monday.")
    assert not stands_alone("“I don't think it posed a serious risk,” Petrov said.")
    assert not stands_alone("“It never happened,” Petrov said on Monday.")
    assert not stands_alone("“I think they're waiting to be courted,” Petrov said.")


def test_a_quoted_verdict_whose_it_is_the_weather_or_named_in_the_quote_stands() -> None:
    # no referent to miss: the weather's "it"
    assert stands_alone("“It's raining,” Petrov said on Monday.")
    # the quotation says what "it" is, after the verdict or after its tag
    assert stands_alone("“It's a disgrace, what happened to the dockers,” Petrov said.")
    assert stands_alone("“It's wrong,” Petrov said, “that the dockers were never paid.”")


def test_a_reply_to_a_question_it_does_not_show_points_back() -> None:
    # the reply's "it" is the reporter's question, which the sentence does not give
    assert not stands_alone(
        "“Of course it's not appropriate,” Petrov said in response to a question from a reporter."
    )
    assert not stands_alone("“It is not appropriate,” Petrov said when asked about it.")
    assert not stands_alone("“It was a mistake,” Petrov said, asked about the decision.")
    # a question the narration names says what the reply judges
    assert stands_alone("“It is not appropriate,” Petrov said when asked about Lund's toll plan.")
    assert stands_alone("“It was a mistake,” Petrov said, asked whether the port should close.")


def test_a_quoted_verdict_read_alone_in_its_document() -> None:
    ext = extraction_with(
        "A harbour guard was pushed by an aide of Mayor Lund at the pier on Friday. "
        "“Of course it's not appropriate,” Petrov said in response to a question from a "
        "reporter on Monday. "
        "“It is not appropriate,” Petrov said on Monday when asked about Lund's aide.",
    )
    text, start = _sentence(ext, 1)
    assert read_alone(text, start, ext) is None
    text, start = _sentence(ext, 2)
    assert read_alone(text, start, ext) == text


def test_a_quotation_opening_on_what_it_shows_points_back_to_what_it_is() -> None:
    # the speaker's "it" is the happening told before (a death, a ruling): unnamed here
    assert not stands_alone('"It reminds us of this - how vital the vote is," Petrov said.')
    assert not stands_alone("“I think it shows how worried the board is,” Petrov said.")
    assert not stands_alone('"It means that the council ordered more tests," Petrov said.')
    # an extraposed "it", or an "it" the narration names, stands
    assert stands_alone('"It seems the bridge is safe," Petrov said on Monday.')
    assert stands_alone("“It shows how worried the board is,” Petrov said of the vote.")


def test_a_possessive_after_a_preposed_time_points_back_like_a_leading_one() -> None:
    pupils = extraction_with(
        "Two pupils from the harbour town fell ill with the flu on Sunday. "
        "Yesterday their school, the Quay school in the old town, said it would close.",
    )
    text, start = _sentence(pupils, 1)
    assert resolve_opening(text, start, pupils) is None
    charged = extraction_with(
        "Mr Ivan Petrov was charged with fraud over the bridge contract. "
        "On Monday his lawyers asked the court to grant him bail.",
        ("Ivan Petrov", "person"),
    )
    text, start = _sentence(charged, 1)
    assert resolve_opening(text, start, charged) == (
        "On Monday [Petrov's] lawyers asked the court to grant him bail."
    )
    # After a preposition alone, the possessive may point ahead to the subject.
    debate = extraction_with(
        "The bridge dominated the campaign. "
        "In their first debate, the two candidates clashed over the bridge.",
    )
    text, start = _sentence(debate, 1)
    assert resolve_opening(text, start, debate) == text


def test_a_reply_told_without_what_it_replies_to_is_not_shown_alone() -> None:
    assert not stands_alone("The Petrov campaign on Tuesday responded that it had moved offices.")
    assert not stands_alone("The mayor replied with a letter on the bridge's safety record.")
    # What it replies to, the sentence says.
    assert stands_alone("The Petrov campaign responded to the audit that it had moved offices.")
    assert stands_alone("Asked about the rent, the Petrov campaign replied that it had moved.")


def test_a_he_continuing_a_chain_of_he_sentences_is_their_person_not_a_name_inside_them() -> None:
    """A wire entry: its person named once, then several sentences opening with "He", one
    of which names a rival he speaks of. The last "He" is still the first man."""
    ext = extraction_with(
        "Ivan Petrov, who won two districts, is calling on his rivals to stand down. "
        "He asked them to consider their campaigns. "
        "He declared that as long as the field stayed divided, Oleg Sidorov would win. "
        "He noted that he is the only other candidate to win a district.",
        ("Ivan Petrov", "person"),
        ("Oleg Sidorov", "person"),
    )
    text, start = _sentence(ext, 3)
    assert resolve_opening(text, start, ext) == (
        "[Petrov] noted that he is the only other candidate to win a district."
    )


def test_a_chain_whose_first_he_has_two_candidates_names_nobody() -> None:
    ext = extraction_with(
        "Ivan Petrov met Oleg Sidorov at the count on Tuesday night. "
        "He said the result was close. "
        "He added that a recount was likely.",
        ("Ivan Petrov", "person"),
        ("Oleg Sidorov", "person"),
    )
    text, start = _sentence(ext, 2)
    # the sentence before opens with "He": its person is the first sentence's subject
    assert resolve_opening(text, start, ext) == "[Petrov] added that a recount was likely."
    # and a "he" after a sentence whose subject is someone else is not chained
    other = extraction_with(
        "Ivan Petrov spoke first. The chairman said he would wait. He left at noon.",
        ("Ivan Petrov", "person"),
    )
    text, start = _sentence(other, 2)
    assert resolve_opening(text, start, other) is None


def test_with_no_names_to_look_at_a_titled_name_before_a_pronoun_is_its_person() -> None:
    """The chronology reads sentences without their document's names: a "he" after "Dr
    Petrov" is his, a "he" after an untitled word could be anyone's."""
    from briefgen.shown import read_alone

    titled = "Dr Petrov tells Judge Sidorov he will not testify in his own defence."
    assert read_alone(titled, 0, None) == titled
    assert read_alone("The committee said he would resign on Monday.", 0, None) is None


def test_a_quotation_opening_with_he_is_no_link_of_a_chain() -> None:
    ext = extraction_with(
        "Oleg Sidorov spoke at the count on Tuesday. "
        '"He is wrong about the districts," Ivan Petrov said of his rival. '
        "He added that a recount was likely.",
        ("Oleg Sidorov", "person"),
        ("Ivan Petrov", "person"),
    )
    text, start = _sentence(ext, 2)
    assert resolve_opening(text, start, ext) != "[Sidorov] added that a recount was likely."


def test_a_he_after_a_person_the_tagger_missed_there_names_nobody() -> None:
    """Only Petrov is tagged in the sentences before the "he", but "Sanders' allies" names
    another man there: the pronoun has two candidates, and the bracket must not guess."""
    text = (
        "Karl Sanders spoke in Ohio on Monday. Sanders' allies said the vote was close. "
        "One said Ivan Petrov was wrong. He earned goodwill by raising money."
    )
    missed = extraction_with(text, ("Karl Sanders", "person"), ("Ivan Petrov", "person"))
    sentence, start = _sentence(missed, 3)
    assert resolve_opening(sentence, start, missed) is None
    # with no other person written there, the one tagged name is the pronoun's
    alone = extraction_with(
        "Karl Sanders spoke in Ohio on Monday. His allies said the vote was close. "
        "One said Ivan Petrov was wrong. He earned goodwill by raising money.",
        ("Karl Sanders", "person"),
        ("Ivan Petrov", "person"),
    )
    sentence, start = _sentence(alone, 3)
    assert resolve_opening(sentence, start, alone) == ("[Petrov] earned goodwill by raising money.")


def test_the_second_piece_of_a_sentence_the_splitter_cut_in_two_is_not_shown() -> None:
    """The splitter took a capital after "for the" for a new sentence: the piece it left
    opens with a name but is no sentence; a sentence after its own full stop stands."""
    ext = extraction_with(
        "Exit polls were conducted for the. Ledger Press and networks found turnout high. "
        "Turnout was high in each state on Tuesday.",
        ("Ledger Press", "org"),
    )
    piece, start = _sentence(ext, 1)
    # the fixture splits at full stops: cut the first sentence's stop away to make the run-on
    text = ext.document.text.replace("for the. ", "for the  ")
    run_on = replace(ext, document=replace(ext.document, text=text))
    assert read_alone(piece, start, run_on) is None
    whole, start = _sentence(ext, 2)
    assert read_alone(whole, start, run_on) == whole
    # a scraped page runs its headline into the first sentence: a headline's last word is
    # no sign of a cut sentence
    headed = extraction_with(
        "Mayor found guilty. Ada Brandt was convicted of fraud on Tuesday.",
        ("Ada Brandt", "person"),
    )
    first, start = _sentence(headed, 1)
    text = headed.document.text.replace("guilty. ", "guilty  ")
    headline_run_on = replace(headed, document=replace(headed.document, text=text))
    assert read_alone(first, start, headline_run_on) == first


def _page(text: str, *names: str) -> Extraction:
    from briefgen.models import Document, Mention

    said = tuple(
        Mention("d", text.index(n), text.index(n) + len(n), n, "name", "person") for n in names
    )
    return Extraction(Document("d", "d.txt", "txt", text, "A page"), mentions=said)


def test_a_person_the_tagger_missed_before_a_pronoun_is_still_a_candidate() -> None:
    from briefgen.candidates import surname, untagged_other

    text = "Orrin Kale met Tessa Pryde. Mr Kale's aides left before she spoke.\n"
    x = _page(text, "Orrin Kale", "Tessa Pryde")
    window = (text.index("Mr Kale"), text.index("she"))
    # "Kale's" stands untagged before the pronoun: another person than Pryde it may mean
    assert untagged_other({"Pryde"}, None, *window, x) is True
    assert untagged_other({"Pryde"}, "f", *window, x) is False  # Mr Kale: not a "she"
    # a name met only inside a longer word names no one there
    other = "Orrin Kale met Tessa Pryde. The Kalewood aides left before she spoke.\n"
    y = _page(other, "Orrin Kale", "Tessa Pryde")
    assert untagged_other({"Pryde"}, None, other.index("The"), other.index("she"), y) is False
    assert surname("Dr. Orrin Kale's") == "Kale"
    assert surname("Orrin Kale.") == "Kale"
