"""A profile's statement, shown as speaker, cue and content, is one whole clause that
stands alone; when the best one is not, the actor's next one is shown."""

from __future__ import annotations

from briefgen.aggregate.focus import Focus, said_again
from briefgen.aggregate.keypositions import key_positions, readable_alone
from briefgen.aggregate.wholeness import whole
from briefgen.models import Evidence, Position
from briefgen.statement import statement, told_whom, told_whom_of


def _said(ident: str, text: str, sentence: str, *, kind: str = "reported", cue: str = "said",
          doc: str = "d1") -> Position:  # fmt: skip
    start = sentence.find(text)
    assert start >= 0, (text, sentence)
    ev = Evidence(doc, start, start + len(text), text, sentence, 0)
    return Position(ident, doc, "Ada Pike", "ada", None, text, start, start + len(text),
                    kind, cue, ev, attribution="cue", date="2016-09-26")  # type: ignore[arg-type]  # fmt: skip


def test_a_cue_that_is_no_finite_verb_gives_no_clause():
    sentence = "The minister left early, talking about a purely medical matter."
    assert not whole(_said("a", "a purely medical matter", sentence, cue="talking about"))
    # a speech verb's participle is shown in the past: "The ministry said it was …"
    sentence = "The ministry rejected the claim, saying the quarantine was purely medical."
    saying = _said("s", "the quarantine was purely medical", sentence, cue="saying")
    assert whole(saying)
    assert statement("The ministry", saying.text, "reported", "saying") == (
        "The ministry said the quarantine was purely medical"
    )
    # the participle clause's "it" is its main clause's matter, not the speaker
    sentence = "The ministry rejected the claim, saying it was a purely medical matter."
    assert not whole(_said("t", "it was a purely medical matter", sentence, cue="saying"))
    assert statement("Ada Pike", "the port stays shut", "reported", "adding that") == (
        "Ada Pike added that the port stays shut"
    )
    assert statement("Ada Pike", "she had erred", "reported", "admitting") == (
        "Ada Pike admitted she had erred"
    )
    sentence = "The ministry said it was a purely medical matter."
    assert whole(_said("b", "it was a purely medical matter", sentence))
    # "according to" opens no participle clause
    sentence = "According to the ministry, the port will reopen on Monday."
    assert whole(_said("c", "the port will reopen on Monday", sentence, cue="according to"))


def test_a_quoted_phrase_inside_the_writers_clause_is_no_statement():
    sentence = 'Dr Lena Ortiz said it marked a "major step towards a wider outbreak".'
    phrase = _said("a", "major step towards a wider outbreak", sentence, kind="direct")
    assert not whole(phrase)
    sentence = 'Dr Lena Ortiz said: "We are not at that stage yet."'
    assert whole(_said("b", "We are not at that stage yet.", sentence, kind="direct"))
    sentence = '"We are not at that stage yet," said Dr Lena Ortiz.'
    assert whole(_said("c", "We are not at that stage yet,", sentence, kind="direct"))


def test_a_headline_run_into_the_next_sentence_is_no_clause():
    sentence = (
        "Nine cases of measles have been found in the city Three more children were taken "
        "to hospital on Monday, the health board confirmed."
    )
    content = sentence[: sentence.index(", the health")]
    assert not whole(_said("a", content, sentence, cue="confirmed"))
    sentence = "Three more children were taken to hospital on Monday, the health board confirmed."
    content = sentence[: sentence.index(", the health")]
    assert whole(_said("b", content, sentence, cue="confirmed"))


def test_a_quotation_pointing_back_does_not_stand_alone():
    sentence = 'Ada Pike said: "I am not surprised by this result."'
    assert not whole(_said("a", "I am not surprised by this result.", sentence, kind="direct"))
    # the place the speaker stands in, and the story's own words, need no sentence before
    sentence = 'Ada Pike said: "This country is ready for the virus and for this outbreak."'
    text = "This country is ready for the virus and for this outbreak."
    assert whole(_said("b", text, sentence, kind="direct"), story=frozenset({"outbreak"}))
    sentence = 'Ada Pike said: "We wanted to swear her in at once."'
    assert not whole(_said("c", "We wanted to swear her in at once.", sentence, kind="direct"))
    sentence = 'Ada Pike said: "We asked Jane Roe to stay and she agreed."'
    assert whole(_said("d", "We asked Jane Roe to stay and she agreed.", sentence, kind="direct"))
    # "the other cases": one of a set the sentences before named
    sentence = "Ada Pike said two adults make up the other new cases."
    assert not whole(_said("e", "two adults make up the other new cases", sentence))


def test_a_report_opening_its_sentence_on_it_leans_on_the_sentence_before():
    sentence = "It carries genes from three strains, the agency has said."
    content = "It carries genes from three strains"
    assert not readable_alone(_said("a", content, sentence, cue="has said"))
    # after its cue, an organisation's "it" is the organisation
    sentence = "The agency said it carries genes from three strains."
    assert readable_alone(_said("b", "it carries genes from three strains", sentence))


def test_a_person_with_a_plural_verb_is_not_the_texts_speaker():
    sentence = "Official reports say there have been nearly 900 cases in the region."
    content = "there have been nearly 900 cases in the region"
    assert not whole(_said("a", content, sentence, cue="say"), person=True)
    assert whole(_said("b", content, sentence, cue="say"), person=False)
    sentence = "Her brothers have said there have been nearly 900 cases in the region."
    assert not whole(_said("d", content, sentence, cue="have said"), person=True)
    sentence = "Ada Pike says there have been nearly 900 cases in the region."
    assert whole(_said("c", content, sentence, cue="says"), person=True)


def test_the_next_candidate_is_shown_when_the_best_is_not_whole():
    fragment = _said(
        "fragment",
        "major step towards a wider outbreak of measles in the northern districts this spring",
        'Ada Pike said it marked a "major step towards a wider outbreak of measles in the '
        'northern districts this spring".',
        kind="direct",
        doc="d1",
    )
    plain = _said(
        "plain", "the clinics will stay open", "Ada Pike said the clinics will stay open.", doc="d2"
    )
    assert [p.id for p in key_positions("ada", [fragment, plain], 3)] == ["plain"]


def test_a_sentence_the_timeline_shows_is_not_shown_again():
    long = "the clinics will stay open all weekend for anyone with a fever or a cough"
    repeated = _said("repeated", long, f"Ada Pike said {long}.", doc="d1")
    vaccine = "the vaccine will arrive in May"
    other = _said("other", vaccine, f"Ada Pike said {vaccine}.", doc="d2")
    focus = Focus(shown=frozenset({said_again(f"Ada Pike  said {long.upper()}.")}))
    assert [p.id for p in key_positions("ada", [repeated, other], 3, focus)] == ["other"]
    assert [p.id for p in key_positions("ada", [repeated, other], 3)] == ["repeated", "other"]
    # a profile with nothing else to show shows the repeat rather than nothing
    assert [p.id for p in key_positions("ada", [repeated], 3, focus)] == ["repeated"]


def test_content_that_opened_its_sentence_reads_small_after_the_cue():
    text = "Two adults in London make up the new cases"
    assert statement("HPA", text, "reported", "reports") == (
        "HPA reports two adults in London make up the new cases"
    )
    source = "A pupil fell ill. Pupils in her class are being treated, the board said."
    treated = "Pupils in her class are being treated"
    assert statement("Dorset board", treated, "reported", "said", source) == (
        "Dorset board said pupils in her class are being treated"
    )
    # a name keeps its capital, even where a web address writes it small
    source = "See http://example.com/lucia/ for Lucia Ferri's page."
    assert statement("Ada Pike", "Lucia Ferri will run", "reported", "said", source) == (
        "Ada Pike said Lucia Ferri will run"
    )
    assert statement("HPA", "Another nine cases were found", "reported", "according to") == (
        "According to HPA, another nine cases were found"
    )


def test_a_place_a_person_or_a_thing_named_before_does_not_stand_alone():
    sentence = 'Ada Pike added: "We are not there yet."'
    assert not whole(_said("a", "We are not there yet.", sentence, kind="direct"))
    sentence = 'Ada Pike said: "There is no cause for alarm."'
    assert whole(_said("b", "There is no cause for alarm.", sentence, kind="direct"))
    sentence = "Ada Pike said the 23-year-old man has mild symptoms."
    assert not whole(_said("c", "the 23-year-old man has mild symptoms", sentence))
    sentence = "The board said pupils in the child's class are being treated."
    assert not whole(_said("f", "pupils in the child's class are being treated", sentence))
    sentence = "The board said the children of key workers may still attend."
    assert whole(_said("g", "the children of key workers may still attend", sentence))
    # "this finding": a noun ending in -ing is still a noun; an adverb is none
    sentence = 'Ada Pike said: "I am not surprised about this finding."'
    assert not whole(_said("d", "I am not surprised about this finding.", sentence, kind="direct"))
    sentence = 'Ada Pike said: "It was this unimaginably painful loss for everyone."'
    text = "It was this unimaginably painful loss for everyone."
    assert whole(_said("e", text, sentence, kind="direct"))


def test_a_quotation_left_open_by_the_content_is_closed():
    text = 'the country was at a "heightened state of readiness'
    assert statement("Ada Pike", text, "reported", "said") == (
        'Ada Pike said the country was at a "heightened state of readiness"'
    )


def test_content_that_is_a_phrase_or_half_a_point_is_no_statement():
    sentence = "The ministry has announced a jump in patients confirmed with measles - up 160."
    assert not whole(_said("a", "with measles - up 160", sentence, cue="confirmed"))
    sentence = "But the older drug can be prescribed on advice, according to the ministry."
    content = "But the older drug can be prescribed on advice"
    assert not whole(_said("b", content, sentence, cue="according to"))
    sentence = 'The agency has said "some" people are being tested in the east.'
    content = 'some" people are being tested in the east'
    assert not whole(_said("c", content, sentence, cue="has said"))
    sentence = 'The agency has said "some" people are being tested in the east.'
    content = '"some" people are being tested in the east'
    assert whole(_said("d", content, sentence, cue="has said"))
    assert statement("HPA", "A new case was found", "reported", "said") == (
        "HPA said a new case was found"
    )
    assert statement("Ada Pike", "I will stay", "reported", "said", "so i will") == (
        "Ada Pike said I will stay"
    )


def test_a_demonstrative_standing_for_what_was_told_before_does_not_stand_alone():
    sentence = 'Ada Pike said: "My reaction, that was outrageous."'
    assert not whole(_said("a", "My reaction, that was outrageous.", sentence, kind="direct"))
    text = "We face a challenge that needs attention, and that is the outbreak."
    assert whole(_said("b", text, f'Ada Pike said: "{text}"', kind="direct"))
    # a quotation naming its "her" after the pronoun ("for her among … Mrs. Pike's")
    text = "Enthusiasm for her is low among activists who gave to Mrs. Pike's campaign."
    assert whole(_said("c", text, f'The paper wrote: "{text}"', kind="direct", cue="wrote"))
    # a quotation in two parts, its narration between them, is whole
    sentence = "“How long must we wait?” Ada Pike said. “The port is closed.”"
    text = "How long must we wait?” Ada Pike said. “The port is closed."
    assert whole(_said("d", text, sentence, kind="direct"))


def test_a_caption_run_in_after_the_statement_is_no_clause():
    text = "there was no sign of a wider outbreak. Addressing a meeting of the council by video"
    assert not whole(_said("a", text, f"Ada Pike said {text}."))
    text = "there was no sign of a wider outbreak. Speaking by video, she urged calm"
    assert whole(_said("b", text, f"Ada Pike said {text}."))
    text = "Testing has shown that the strain can be treated with the usual drugs"
    assert whole(_said("g", text, f"According to the agency, {text}.", cue="according to"))
    # a number's comma is no clause boundary: "with measles - up 1,604 since Friday"
    sentence = "The ministry announced a jump in patients confirmed with measles - up 1,604."
    assert not whole(_said("c", "with measles - up 1,604", sentence, cue="confirmed"))


def test_a_report_holding_its_own_attribution_or_an_unnamed_him_is_no_statement():
    text = "the state has 40 cases in 8 towns, the Health Board of Ruritania said, with 70 more"
    assert not whole(_said("a", text, f"Ada Pike said {text}."))
    text = "him about his tax returns"
    assert not whole(_said("b", text, f"Ada Pike asks {text}.", cue="asks"), person=True)
    assert statement("Ada Pike", "Roughly a quarter were citizens", "reported", "said") == (
        "Ada Pike said roughly a quarter were citizens"
    )


def test_a_quotation_opening_on_the_name_its_his_stands_for_is_whole():
    text = "Lucia gave her whole life to the island and its people."
    assert whole(_said("a", text, f'Ada Pike said: "{text}"', kind="direct"))
    text = "She gave her whole life to the island and its people."
    assert not whole(_said("b", text, f'Ada Pike said: "{text}"', kind="direct"))


def test_a_name_or_a_type_is_no_second_sentence():
    for text in [
        "he would cancel his This Is It concerts in London if he could not sleep",
        "the new test identifies the Influenza A virus in a single sample",
        "nothing explains the influenza A mortality rate in the capital",
        "there needs to be a law on the release of tax returns",
    ]:
        assert whole(_said("a", text, f"Ada Pike said {text}.")), text


def test_told_names_whom_or_reads_said():
    sentence = "“We are ready,” Ada Pike told reporters in a briefing."
    assert told_whom("told", sentence, 1, 14, True) == "told reporters in a briefing"
    sentence = "“We are ready,” Ada Pike told her U.N. agency's assembly."
    assert told_whom("told", sentence, 1, 14, True) == "told her U.N. agency's assembly"
    assert told_whom("told", "“We are ready,” Ada Pike told me.", 1, 14, True) == "said"
    sentence = "Ada Pike told the council: “We are ready.”"
    assert told_whom("told", sentence, 27, 40, True) == "told the council"
    sentence = "Ada Pike has told: “We are ready.”"
    assert told_whom("has told", sentence, 20, 33, True) == "has said"
    # a quotation of several sentences: its "told" after the first one, past the sentence
    text = "“We are ready. The port is closed,” Ada Pike told the council. Then she left."
    content = "We are ready. The port is closed"
    first = text[: text.index(" The port")]
    ev = Evidence("d1", 1, 1 + len(content), content, first, 0)
    p = Position("t", "d1", "Ada Pike", "ada", None, content, 1, 1 + len(content), "direct",
                 "told", ev, attribution="cue")  # fmt: skip
    assert told_whom_of(p, text) == "told the council"
    # a "told" the text does not show whom reads "said", never "told:"
    assert told_whom_of(p, "") == "said"
    # a report after its "told" holds whom itself
    sentence = "Ada Pike tells the mayor about her plans."
    assert told_whom("tells", sentence, 15, 40, False) == "tells"
    assert told_whom("said", sentence, 15, 40, False) == "said"


def test_a_speaker_named_as_a_possessor_is_not_the_one_speaking():
    from dataclasses import replace

    from briefgen.models import Mention

    sentence = "Two of Ada Pike's brothers had criticised the plan as ill-timed."
    p = _said("a", "the plan as ill-timed", sentence, cue="had criticised")
    at = sentence.index("Ada Pike")
    owner = Mention("d1", at, at + len("Ada Pike"), "Ada Pike", "name", "person", None)
    assert not whole(replace(p, speaker_mention=owner), person=True)
    own = "Ada Pike had criticised the plan as ill-timed."
    q = _said("b", "the plan as ill-timed", own, cue="had criticised")
    assert whole(
        replace(q, speaker_mention=replace(owner, start=0, end=len("Ada Pike"))), person=True
    )
    # a state's government is the state speaking
    state = "Norway's government said the border would stay open."
    r = _said("c", "the border would stay open", state)
    norway = Mention("d1", 0, len("Norway"), "Norway", "name", "state", None)
    assert whole(replace(r, speaker_mention=norway), person=False)


def test_a_quoted_shell_noun_that_points_back_is_no_whole_statement():
    sentence = 'Ada Pike said: "Our assumption is that the veto will be overridden."'
    veto = "Our assumption is that the veto will be overridden."
    assert not whole(_said("a", veto, sentence, kind="direct"))
    # the story's own cases do not save "this case": the speaker means one of them
    sentence = 'Ada Pike said: "If this case was confirmed it would be the first here."'
    case = "If this case was confirmed it would be the first here."
    assert not whole(_said("b", case, sentence, kind="direct"), frozenset({"case", "cases"}))
    # a shell the quotation says the content of, or introduces itself, stands
    sentence = 'Ada Pike said: "The veto of the transport bill will be overridden."'
    assert whole(_said("c", "The veto of the transport bill will be overridden.", sentence,
                       kind="direct"))  # fmt: skip
    sentence = 'Ada Pike said: "We made a deal with the union and the deal will hold."'
    assert whole(_said("d", "We made a deal with the union and the deal will hold.", sentence,
                       kind="direct"))  # fmt: skip


def test_questions_and_words_about_the_speakers_own_words_state_nothing():
    sentence = 'Ada Pike said: "Tell me what you will do. How many are going to lose cover?"'
    asked = "Tell me what you will do. How many are going to lose cover?"
    assert not whole(_said("a", asked, sentence, kind="direct"))
    sentence = 'Ada Pike said: "Who pays? The taxpayer pays, every single time."'
    answered = "Who pays? The taxpayer pays, every single time."
    assert whole(_said("b", answered, sentence, kind="direct"))
    sentence = "Ada Pike said she was not speaking only about the governor."
    assert not whole(_said("c", "she was not speaking only about the governor", sentence))
    sentence = "Ada Pike said she was speaking to the governor about the port on Monday."
    # speaking to someone is an act, not a gloss on her words
    assert whole(_said("d", "she was speaking to the governor about the port on Monday",
                       sentence))  # fmt: skip


def test_a_him_a_quotation_names_nowhere_leans_back_wherever_it_stands():
    sentence = 'Ada Pike said: "What is your plan? You go step by step and expose him."'
    quote = "What is your plan? You go step by step and expose him."
    assert not whole(_said("a", quote, sentence, kind="direct"))
    sentence = 'Ada Pike said: "What is our aim? We go step by step and Governor Reyes backs him."'
    named = "What is our aim? We go step by step and Governor Reyes backs him."
    assert whole(_said("b", named, sentence, kind="direct"))


def test_a_quotation_s_him_named_only_in_a_later_part_is_someone_else():
    # the frame between the parts names the speaker, and the later name is the "her"
    text = "I give him the top award,” Ada Pike said. “I give her one too, Eva Lund"
    sentence = f"“{text}.”"
    assert not whole(_said("a", text, sentence, kind="direct"))
    named = "Ben Ode was our best player,” Ada Pike said. “I give him the top award"
    assert whole(_said("b", named, f"“{named}.”", kind="direct"))


def test_the_person_told_and_a_topic_is_no_statement():
    sentence = "In the recording, an apparently tired Pike tells Tom Reed about her plans to tour."
    told = _said("a", "Tom Reed about her plans to tour", sentence, cue="tells")
    assert not whole(told)
    sentence = "Pike told reporters about the harbour plan on Monday."
    assert not whole(_said("b", "reporters about the harbour plan on Monday", sentence, cue="told"))
    # a claim about something is one
    sentence = "Pike told Tom Reed the harbour plan was about to collapse."
    assert whole(_said("c", "the harbour plan was about to collapse", sentence, cue="told"))


def test_content_after_a_cue_set_aside_between_commas_is_the_writers_clause():
    from dataclasses import replace

    from briefgen.models import Mention

    def spoken(sentence: str, text: str) -> Position:
        p = _said("a", text, sentence)
        at = sentence.find("Pike")
        return replace(p, speaker_mention=Mention("d1", at, at + 4, "Pike", "surname"))

    # "an achievement that even the old bridge did not match": the writer's clause
    aside = spoken(
        "It would be an achievement, Pike said, that even the old bridge did not match.",
        "that even the old bridge did not match",
    )
    assert not whole(aside)
    # the cue after an opening phrase, content "that …" after it: what was said
    opened = spoken(
        "In a statement, Pike said that the harbour must be dredged.",
        "that the harbour must be dredged",
    )
    assert whole(opened)


def test_an_indirect_question_is_no_statement():
    sentence = "Pike wouldn't discuss whether she was hoping for a Cabinet post."
    assert not whole(_said("a", "whether she was hoping for a Cabinet post", sentence,
                           cue="wouldn't discuss"))  # fmt: skip
    sentence = "With each vote, the councillors show how ill-equipped they are to lead."
    assert not whole(_said("b", "how ill-equipped they are to lead", sentence, cue="show"))
    sentence = "Pike said the port would stay open however hard the winter."
    assert whole(_said("c", "the port would stay open however hard the winter", sentence))


def test_a_statement_whose_sentence_runs_on_into_the_next_is_no_clause():
    # a photo caption fused to the body sentence after it, with no stop between them
    sentence = (
        'Pike said she is ready for a media "circus" Instead, the judge has advised the '
        "jurors not to read any news report."
    )
    assert not whole(_said("a", 'she is ready for a media "circus', sentence))
    sentence = 'Pike said she is ready for a media "circus". Instead, the judge advised them.'
    assert whole(_said("b", 'she is ready for a media "circus', sentence))
