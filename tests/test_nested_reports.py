"""Who said it when one report holds another: the outer speaker's, as the text attributes it."""

from __future__ import annotations

import pytest
from position_fixtures import only, run

from briefgen.extract.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def test_a_cue_after_its_clauses_reports_all_of_them(nlp):
    text = (
        "Mayor Vance had told the harbour board that she did not want the escort at all, "
        "but the board overruled that request, the source added.\n"
    )
    p = only(run(nlp, text), "did not want the escort")
    assert p.cue == "added"
    assert p.speaker_mention is not None and p.speaker_mention.text == "source"


def test_a_quotation_inside_a_report_is_the_reporter_s(nlp):
    text = (
        "Spokeswoman Jessica Varga said she expects the council "
        "“to continue calling out waste and defending ourselves as we deem necessary.”\n"
    )
    p = only(run(nlp, text), "calling out waste")
    assert p.speaker == "Jessica Varga"
    assert p.cue == "said"


def test_a_stance_inside_a_report_does_not_take_its_quotation(nlp):
    text = (
        "He told an invited crowd at the Union League club that he wants a harbour policy "
        "\"focused on advancing the port's core interests and easing the tensions within "
        'our very troubled region."\n'
    )
    ps = run(nlp, text)
    p = only(ps, "core interests")
    assert p.cue == "told"
    assert p.speaker_mention is not None and p.speaker_mention.text == "He"


def test_the_name_between_a_quotation_and_its_cue_said_it(nlp):
    text = (
        "Retired Gen. Tomas Flores said the mayor was right.\n\n"
        "“He's absolutely right. There's a severe disconnect between this city hall and "
        "frankly the mayor and our firefighters,” Flores, a top surrogate, said Thursday "
        "morning on Channel Nine’s “Morning Show.”\n"
    )
    p = only(run(nlp, text), "severe disconnect")
    assert p.speaker == "Tomas Flores"
    assert p.speaker_mention is not None
    assert p.speaker_mention.start > text.index("disconnect")  # the name at the cue


def test_who_was_asked_said_nothing_by_it(nlp):
    text = (
        "Asked to describe the device that caused the explosion, Chief Dana Ortiz said "
        "the inquiry had only begun.\n"
    )
    ps = run(nlp, text)
    asked = [p for p in ps if p.cue == "Asked"]
    assert all(p.speaker is None for p in asked)
    assert only(ps, "inquiry").speaker == "Dana Ortiz"


def test_a_role_of_another_party_is_not_the_last_one_so_called(nlp):
    text = (
        "Zamir Kabulov, Russia's special representative for Afghanistan, opened the talks.\n\n"
        'The Taliban delegation spoke next. "We pledged that no one will use our land '
        'against its neighbours." "ISIS is a foreign group, they have no roots in our '
        'country," added the Taliban representative.\n'
    )
    p = only(run(nlp, text), "foreign group")
    assert p.speaker != "Zamir Kabulov"


def test_a_record_shows_what_it_shows(nlp):
    text = "Video of the stop shows that Mr. Okafor had his hands in the air.\n"
    p = only(run(nlp, text), "hands in the air")
    assert p.speaker_mention is not None and "Video" in p.speaker_mention.text


def test_a_speaker_phrase_never_runs_over_its_verb(nlp):
    text = (
        "A union representing bus drivers endorsed Maria Lopez for mayor on Thursday, "
        "another example of organized labor throwing its support behind the nominee.\n"
    )
    p = only(run(nlp, text), "for mayor")
    assert p.speaker != "Maria Lopez"
    assert p.speaker_mention is not None and "union" in p.speaker_mention.text


def test_a_quotation_goes_on_with_the_report_that_quotes_before_it(nlp):
    text = (
        '"I am not going to follow a script," Prime Minister Carlo Bruni said after the '
        'meeting. The summit accomplished "too little," he added on Twitter. "Without '
        'changing policies on the economy, Europe risks a lot."\n'
    )
    p = only(run(nlp, text), "Europe risks")
    assert p.speaker == "Carlo Bruni"
    assert p.speaker_mention is not None and p.speaker_mention.text == "he"


def test_the_writer_s_judgement_is_no_one_s_and_holds_its_clause(nlp):
    text = "By now it should be obvious that voters want to know what is in the tax returns.\n"
    p = only(run(nlp, text), "voters want")
    assert p.speaker is None and p.speaker_mention is None
    assert p.cue is not None and "obvious" in p.cue


def test_a_judgement_opened_by_nor_is_negated(nlp):
    text = "Nor is it clear that further sanctions would deter the government in Pyongyang.\n"
    p = only(run(nlp, text), "further sanctions")
    assert p.polarity == "negated"


def test_a_stance_in_the_fact_that_is_no_position_of_its_subject(nlp):
    text = "The fact that the Americans want new bases nearby betrays an ulterior motive.\n"
    assert not [p for p in run(nlp, text) if p.cue and "want" in p.cue]


def test_who_is_forced_to_admit_admits(nlp):
    text = (
        "The senator forced Olaf Brenner, who was under questioning, to admit that no "
        "manager had been held accountable for the losses.\n"
    )
    p = only(run(nlp, text), "no manager")
    assert p.speaker == "Olaf Brenner"


def test_who_is_urged_to_say_says_nothing(nlp):
    text = "The council urged the mayor to say that the bridge would reopen in May.\n"
    p = only(run(nlp, text), "bridge")
    assert p.speaker_mention is not None and p.speaker_mention.text == "council"


def test_a_stance_adjective_needs_someone_to_hold_it(nlp):
    text = "The way the mayor carried herself was critical to her success.\n"
    assert not [p for p in run(nlp, text) if p.cue and "critical" in p.cue]


def test_a_quotation_takes_the_cue_right_before_it(nlp):
    text = (
        "When Ms Okafor noted that the firm has occasionally not paid anything in federal "
        "income taxes ― as was true for the few years its accounts were made public ― Varga "
        "boasted, “That makes me smart.”\n"
    )
    p = only(run(nlp, text), "makes me smart")
    assert (p.cue, p.speaker) == ("boasted", "Varga")


def test_an_extraposed_it_answers_nothing(nlp):
    from briefgen.extract.cue_subject import subject_of

    sdoc = nlp("It will be difficult to answer such questions.")
    answer = next(t for t in sdoc if t.lower_ == "answer")
    assert subject_of(answer) is None


def test_a_report_does_not_end_on_a_dangling_and():
    from briefgen.extract.positions import _trim

    text = "She believes that the pilots could be resettled at home, and"
    start, end = _trim(text, text.index("that"), len(text))
    assert text[start:end] == "that the pilots could be resettled at home"


def test_an_acronym_is_not_the_pronoun_it_spells(nlp):
    text = (
        "cents Norway: 6 confirmed cases.\n"
        "In a statement on 1 May, the WHO said: “Closing borders would do very little to "
        "stop the virus from spreading.”\n"
    )
    p = only(run(nlp, text), "Closing borders")
    assert p.speaker == "WHO"


def test_a_participle_set_off_after_its_noun_is_said_of_it(nlp):
    text = (
        "Hong Kong, criticised for delaying quarantine measures during the outbreak of Sars "
        "in 2003, has sealed the central Metropark hotel, quarantining 350 guests.\n"
    )
    assert not [p for p in run(nlp, text) if p.speaker == "Hong Kong"]


def test_a_dateline_is_no_part_of_the_speaker(nlp):
    text = (
        "WASHINGTON -- President Okafor, opening the new museum on Saturday, said it would "
        "tell a national story.\n"
    )
    p = only(run(nlp, text), "national story")
    assert p.speaker_mention is not None and "WASHINGTON" not in p.speaker_mention.text
    assert p.speaker is not None and "Okafor" in p.speaker


def test_a_participle_that_names_says_nothing(nlp):
    text = (
        "His nonprofit group, called the Green Valley Legacy Fund, will still own the "
        "property until it pays back the loan.\n"
    )
    assert not [p for p in run(nlp, text) if p.cue and "called" in p.cue]


def test_a_day_after_called_is_no_name(nlp):
    from briefgen.extract.frames import naming

    def called(sentence: str) -> bool:
        return naming(next(t for t in nlp(sentence) if t.lower_ == "called"))

    assert called("They formed a group called the Legacy Fund last year.")
    assert not called("Ivo Tamm, the mayor's opponent in the election, called Friday for a vote.")
    assert not called("One of the doctors signed a letter called Oz a quack, fake and charlatan.")


def test_pointing_to_a_report_holds_what_the_report_says(nlp):
    text = (
        "At the debate, Mayor Vance pointed to reports that the governor called the harbour "
        "plan “a disgrace to the city.”\n"
    )
    p = only(run(nlp, text), "called the harbour plan")
    assert p.speaker == "Vance"
    assert p.cue == "pointed"


def test_a_clause_after_a_when_phrase_is_what_was_said(nlp):
    text = "Senator Hale said after the vote he would not back the harbour bill if it came back.\n"
    p = only(run(nlp, text), "would not back")
    assert p.speaker == "Hale"
    assert p.cue == "said"
    assert p.text.startswith("he would not back")


def test_a_when_clause_after_a_cue_is_not_what_was_said(nlp):
    text = (
        "Council members cite the 2010 budget, when the treasurer wrongly stated that the city "
        "had no debt.\n"
    )
    assert not any(p.text.startswith("the treasurer") for p in run(nlp, text))


def test_a_that_clause_cut_off_from_its_cue_is_still_its_report(nlp):
    text = (
        "The committee chairwoman continues to insist, as she did again at a town hall on "
        "Friday, that she badly wants to publish the audit.\n"
    )
    p = only(run(nlp, text), "wants to publish")
    assert p.speaker_mention is not None and p.speaker_mention.text == "The committee chairwoman"
    assert p.text.startswith("that she")


def test_a_fronted_clause_is_not_what_the_later_cue_reports(nlp):
    text = (
        "While he conceded money was a big reason he felt worn down under the old chief, Ham "
        "also noted several “small things” left him further disheartened.\n"
    )
    ps = run(nlp, text)
    noted = only(ps, "small things")
    assert noted.cue == "noted"
    assert "worn down" not in noted.text


def test_a_quotation_before_its_cue_stays_what_was_said(nlp):
    text = (
        "“You should step down and repay the bonuses,” Senator Hale told the banker, after he "
        "admitted under Hale’s questioning he had not yet answered for the losses of his "
        "branch.\n"
    )
    p = only(run(nlp, text), "You should step down")
    assert p.speaker == "Hale"
    assert not any(q.cue == "told" and "answered" in q.text for q in run(nlp, text))


def test_a_relative_clause_that_speaks_is_not_part_of_the_stance(nlp):
    text = "Allies again: Senator Hale backs Governor Pell, who says she is grateful.\n"
    ps = run(nlp, text)
    grateful = only(ps, "grateful")
    assert grateful.cue == "says"
    assert grateful.speaker == "Pell"


def test_a_fronted_phrase_without_its_comma_does_not_swallow_the_speaker(nlp):
    text = (
        "In an April 2015 talk with the editors of the Boston Globe Governor Pell said that "
        "the ferry subsidy may need to be cut.\n"
    )
    p = only(run(nlp, text), "ferry subsidy")
    assert p.speaker == "Pell"


def test_a_joined_clause_with_its_own_speaker_is_not_the_first_report(nlp):
    text = (
        "She said grandparents who foster would not qualify for the ten days of paid leave, "
        "and when asked why the scheme leaves out uncles, the 52-year-old father of four "
        'replied, "It is meant for the parent who carries the child."\n'
    )
    ps = run(nlp, text)
    said = only(ps, "would not qualify")
    assert said.cue == "said" and "replied" not in said.text
    replied = only(ps, "carries the child")
    assert replied.speaker_mention is not None
    assert "father of four" in replied.speaker_mention.text


def test_what_it_is_awkward_for_someone_to_say_is_not_their_position(nlp):
    text = (
        "As one economist points out, it has always been awkward for the senators to say "
        "that the budget is the problem.\n"
    )
    said = [p for p in run(nlp, text) if "budget" in p.text]
    assert said and all(p.speaker is None and p.speaker_mention is None for p in said)


def test_what_it_was_unusual_for_someone_to_say_they_said(nlp):
    from briefgen.extract.cue_subject import subject_of

    sdoc = nlp("It was unusual for the mayor to say that the budget is the problem.")
    say = next(t for t in sdoc if t.lower_ == "say")
    assert subject_of(say) is not None and subject_of(say).lower_ == "mayor"


def test_where_or_when_someone_spoke_is_not_what_they_said(nlp):
    text = (
        "The mayor spoke during a news conference in her home town. The family did not "
        "comment after the hearing. The minister wrote to the governor on Monday.\n"
    )
    assert run(nlp, text) == []


def test_what_someone_said_at_a_news_conference_is_kept(nlp):
    text = "The mayor said during a news conference that the bridge would reopen in May.\n"
    p = only(run(nlp, text), "bridge")
    assert p.cue == "said"
