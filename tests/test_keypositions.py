"""Which statements a profile shows: readable alone, current, on the topic, spread over
sources."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from briefgen.aggregate.focus import Focus
from briefgen.aggregate.keypositions import key_positions, readable_alone
from briefgen.aggregate.readable import about_the_other
from briefgen.ingest import language
from briefgen.ingest.language import foreign
from briefgen.models import Evidence, Mention, Position
from briefgen.quote_language import QuoteLanguages


def _said(ident: str, text: str, *, doc: str = "d1", sentence: str | None = None,
          kind: str = "reported", cue: str = "said", date: str | None = "2016-09-26",
          ) -> Position:  # fmt: skip
    sentence = sentence if sentence is not None else f"Ada Pike {cue} {text}."
    start = sentence.find(text)
    ev = Evidence(doc, start, start + len(text), text, sentence, 0)
    return Position(ident, doc, "Ada Pike", "ada", None, text, start, start + len(text),
                    kind, cue, ev, attribution="cue", date=date)  # type: ignore[arg-type]  # fmt: skip


def test_a_statement_leaning_on_an_earlier_sentence_is_not_readable_alone():
    assert readable_alone(_said("a", "that the tram line will open in June"))
    assert not readable_alone(
        _said("b", "it now allowed me to go to India and Brazil", kind="direct")
    )
    # a report's leading "it" is its speaker: "The Times reported that it had received …"
    assert readable_alone(_said("g", "that it had received the first pages of the filings"))
    assert not readable_alone(_said("h", "that this would change nothing at the port"))
    # but a person is no "it": "the judge concluded that it would not help the defense"
    assert not readable_alone(_said("i", "that it would not help the defense"), person=True)
    # nor a "they": "the promoter says they haven't heard all the facts" (the critics)
    assert not readable_alone(_said("n", "they haven't heard all the facts"), person=True)
    assert readable_alone(_said("o", "they had received the first pages of the filings"))
    assert not readable_alone(_said("c", "arguing the move was needed for the public debate"))
    # "noted that one of them had died": of whom, the sentence before says
    assert not readable_alone(_said("p", "that one of them had died while volunteering"))
    assert readable_alone(_said("q", "that one of the volunteers had died on the road"))
    assert not readable_alone(_said("d", "she would not attend the event because of its timing"))
    assert not readable_alone(
        _said("e", "read any news report about the case", cue="has advised them not to")
    )
    # "It's", with a straight apostrophe as with a curly one, opens on "It"
    assert not readable_alone(_said("k", "It's not something to get excited about", kind="direct"))
    assert not readable_alone(_said("m", "It’s not something to get excited about", kind="direct"))
    # a quotation about someone only the sentences before name
    assert not readable_alone(
        _said("j", "He started his business with a loan from his father", kind="direct")
    )
    # a quotation in typewriter marks, left to the cue, is still about someone said before
    typed = "''He would vote against higher taxes,'' Ada Pike said on the radio."
    typed_p = _said("p", "He would vote against higher taxes", sentence=typed)
    assert not readable_alone(typed_p, person=True)
    # the sentence may start after the opening mark: the closing one tells it
    closing = "He would vote against higher taxes,'' Ada Pike said on the radio."
    closing_p = _said("r", "He would vote against higher taxes", sentence=closing)
    assert not readable_alone(closing_p, person=True)
    # a reported "he" is the speaker's own self, when the speaker is a man
    told = "Olaf Pike said he would vote against higher taxes."
    own = replace(
        _said("q", "he would vote against higher taxes", sentence=told), speaker="Olaf Pike"
    )
    assert readable_alone(own, True)
    # a speaker's own "the money" is where they stand
    assert readable_alone(_said("f", "We have found the money for the stations", kind="direct"))


def test_a_statement_cut_inside_its_clause_is_not_readable_alone():
    sentence = "Ada Pike said the hospital would be headed - you've guessed it - by her own doctor."
    assert not readable_alone(_said("a", "the hospital would be headed", sentence=sentence))
    sentence = "Ada Pike said the files of Paul Dent, who erased them days after news broke."
    # the sentence goes on with the clause's own verb
    sentence = "Ada Pike said the files were erased days after news of the leak became public."
    assert not readable_alone(
        _said("b", "the files were erased days after news of the leak", sentence=sentence)
    )
    sentence = "Ada Pike said the files were erased, and she blamed the staff."
    assert readable_alone(_said("c", "the files were erased", sentence=sentence))


def test_a_statement_said_years_before_the_corpus_is_background():
    focus = Focus.of([], [], ["2016-09-20", "2016-10-02"])
    old = _said("old", "the trucks would be free to cross the border", date="1996")
    new = _said("new", "the port will reopen to all ships soon", date="2016-09-23")
    assert [p.id for p in key_positions("ada", [old, new], 3, focus)] == ["new"]
    # said at a time the narrative named before: "At the time, …" is no position of now
    now = "Ada Pike said the port would reopen to fishing boats within weeks."
    then = "At the time, " + now
    content = "the port would reopen to fishing boats within weeks"
    told_now = _said("now", content, sentence=now, doc="d2")
    told_then = _said("then", content, sentence=then, doc="d2")
    assert "now" in [p.id for p in key_positions("ada", [told_now, new], 3, focus)]
    assert [p.id for p in key_positions("ada", [told_then, new], 3, focus)] == ["new"]


def test_statements_on_the_topic_come_first():
    focus = Focus.of(["tram"], [("Lucia Ferri", "person")], ["2016-09-20"])
    side = _said(
        "side", "the weather on the island was lovely for a long walk all week long", doc="d1"
    )
    topic = _said("topic", "the tram line will open in June", doc="d2")
    rival = _said("rival", "Ferri has broken every promise she made", doc="d3")
    chosen = key_positions("ada", [side, topic, rival], 2, focus)
    assert [p.id for p in chosen] == ["topic", "rival"]


def test_a_statement_naming_a_principal_in_the_possessive_is_on_the_topic():
    focus = Focus.of(["tram"], [("Lucia Ferri", "person")], ["2016-09-20"])
    side = _said(
        "side", "the weather on the island was lovely for a long walk all week long", doc="d1"
    )
    rival = _said("rival", "Ferri's promises on the buses were broken", doc="d2")
    chosen = key_positions("ada", [side, rival], 1, focus)
    assert [p.id for p in chosen] == ["rival"]


def test_a_statement_too_long_to_print_whole_gives_way_to_one_that_fits():
    focus = Focus.of(["port"], [], ["2016-09-20"])
    clause = "whether it is the fishermen, the ferry crews or the shipyards, "
    long = _said(
        "long",
        "what I keep telling people about the port is that " + clause * 5 + "we recover",
        doc="d1",
    )
    short = _said("short", "the port will reopen for container ships in the spring", doc="d2")
    assert [p.id for p in key_positions("ada", [long, short], 1, focus)] == ["short"]
    # with nothing else to show, it is still shown (cut where the profile ends)
    assert [p.id for p in key_positions("ada", [long], 1, focus)] == ["long"]
    # but never as a second line, which a reader could not finish
    assert [p.id for p in key_positions("ada", [long, short], 2, focus)] == ["short"]
    # one of several sentences is cut after a whole one: it keeps its rank
    told = replace(long, text="The port has served us for a century. " * 4 + long.text)
    assert [p.id for p in key_positions("ada", [told, short], 1, focus)] == ["long"]


def test_one_source_gives_a_second_line_only_when_no_other_has_one():
    focus = Focus.of(["port"], [], ["2016-09-20"])
    one = [
        _said("a0", "the port will reopen for container ships soon", doc="d1"),
        _said("a1", "fishermen at the port deserve a fair price for their catch", doc="d1"),
        _said("a2", "no port in the country has cheaper berths than ours", doc="d1"),
    ]
    other = _said("b", "taxes on the harbour will rise by a tenth next spring", doc="d2")
    chosen = key_positions("ada", [*one, other], 3, focus)
    assert sorted(p.doc for p in chosen) == ["d1", "d1", "d2"]
    # never more than two lines from one source
    assert len(key_positions("ada", [*one, replace(other, doc="d1")], 3, focus)) == 2


def test_a_statement_several_sources_report_comes_before_one_only_one_does():
    focus = Focus.of(["port"], [], ["2016-09-20"])
    lone = _said("lone", "the port fees paid by every ship will have to rise", doc="d1")
    told = [
        _said("t1", "the port will close for repairs during the winter", doc="d2"),
        _said("t2", "the port will close during the winter for repairs to the quay", doc="d3"),
    ]
    chosen = key_positions("ada", [lone, *told], 1, focus)
    assert [p.id for p in chosen] in (["t1"], ["t2"])


def test_a_statement_dropping_the_words_between_cue_and_content_is_not_readable():
    sentence = "Ada Pike is demanding President Obama make a pledge not to pardon anyone."
    dropped = _said(
        "a", "make a pledge not to pardon anyone", sentence=sentence, cue="is demanding"
    )
    assert not readable_alone(dropped)
    sentence = "Ada Pike said on Monday that the port will reopen."
    assert readable_alone(_said("b", "that the port will reopen", sentence=sentence))
    # a clause before a colon is not what the cue after it reports
    sentence = "The vote set off another row on Friday: Ada Pike said the count was wrong."
    before = _said("c", "The vote set off another row on Friday", sentence=sentence)
    assert not readable_alone(before)


def test_a_quotation_leaning_on_a_demonstrative_is_not_readable_alone():
    lean = _said("a", "I think we have got to back away from that and say no more", kind="direct")
    assert not readable_alone(lean)
    whole = _said("b", "The firm was started with a loan. I don't buy that", kind="direct")
    assert readable_alone(whole)


def test_a_group_s_statement_leaning_on_a_he_it_does_not_name_is_not_readable_alone():
    # a group is no "he": "his district" is someone only the article before names
    dangling = _said("a", "that Republicans illegally packed black voters into his district")
    assert not readable_alone(dangling)
    named = _said("b", "that Mayor Vance packed black voters into his own district")
    assert readable_alone(named)
    # a man's own report may say "his": it is the speaker's (a woman's "his" is another's)
    assert readable_alone(replace(dangling, speaker="Olaf Pike"), person=True)
    assert not about_the_other(replace(dangling, speaker="Olaf Pike"), None)
    assert about_the_other(dangling, None)


def test_a_quotation_ending_on_it_or_opening_inside_its_clause_is_not_readable_alone():
    def quoted(text: str) -> Position:
        return _said("q", text, kind="direct", sentence=f'Ada Pike said: "{text}"')

    assert not readable_alone(quoted("God wants me to do it."))
    assert not readable_alone(quoted("authorised investigators to look for medical records"))
    assert readable_alone(quoted("The tram line will open in June."))
    assert readable_alone(quoted("We will rebuild the harbour bridge for the city."))


def test_a_page_mostly_about_something_else_gives_only_statements_naming_the_query():
    focus = Focus.of(["tram"], [], ["2016-09-20"], elsewhere=frozenset({"feature"}))
    aside = _said("aside", "the river must be cleaned before the summer comes", doc="feature")
    named = _said("named", "the tram line should have come first, before the river", doc="feature")
    story = _said("story", "the new depot will be finished by the spring", doc="news")
    chosen = key_positions("ada", [aside, named, story], 3, focus)
    assert sorted(p.id for p in chosen) == ["named", "story"]


def test_a_page_of_many_posts_gives_no_key_position() -> None:
    """A statement on a page of many posts strung together would be labelled with the
    page's day, which may be weeks after it was said."""
    kept = _said("k", "that the agency would publish its figures every week from now on")
    archived = _said(
        "a", "that the outbreak was spreading faster than any model expected", doc="d2"
    )
    focus = Focus(strung=frozenset({"d2"}))
    assert key_positions("ada", [kept, archived], focus=focus) == [kept]
    assert len(key_positions("ada", [kept, archived])) == 2


def test_a_bare_surname_after_a_cut_given_name_gives_no_key_position() -> None:
    """The recogniser read "Newsbeat Jermaine Jackson" as "Jackson": which of the family
    spoke is not known, and the profile would put his brother's words under the singer."""
    from briefgen.models import Mention

    text = "Speaking to Newsbeat Jermaine Jackson criticised the timing of the tribute concert."
    at = text.index("Jackson")
    clipped = _said("c", "the timing of the tribute concert in the capital", sentence=text)
    clipped = replace(clipped, speaker_mention=Mention("d1", at, at + 7, "Jackson", "surname"))
    titled_text = "Mr Jackson criticised the timing of the tribute concert in the capital."
    titled = replace(
        _said("t", "the timing of the tribute concert in the capital", doc="d2"),
        speaker_mention=Mention("d2", 3, 10, "Jackson", "surname"),
    )
    focus = Focus(texts={"d1": text, "d2": titled_text})
    assert focus.clipped(clipped) and not focus.clipped(titled)
    opened_text = "But Jackson criticised the timing of the tribute concert in the capital."
    opened = replace(titled, doc="d3", speaker_mention=Mention("d3", 4, 11, "Jackson", "surname"))
    assert not Focus(texts={"d3": opened_text}).clipped(opened)  # "But" cuts no name off


def test_grief_is_no_key_position() -> None:
    focus = Focus.of(["ferry"], [], ["2016-09-20"])
    grief = _said("grief", "the loss of the ferry's crew is a terrible tragedy", doc="d1")
    stance = _said("stance", "the ferry should never have sailed into the storm", doc="d2")
    assert [p.id for p in key_positions("ada", [grief, stance], 3, focus)] == ["stance"]
    eulogy = _said("eulogy", "the captain gave his entire life to the sea and to his crew",
                   doc="d3", kind="direct")  # fmt: skip
    assert [p.id for p in key_positions("ada", [eulogy, stance], 3, focus)] == ["stance"]


def test_a_quotation_its_frame_dates_years_before_the_corpus_is_background():
    text = "A port is a port, and it should stay open to every ship in the world"
    old = f"“{text},” Ada Pike told a radio host in March 2011."
    focus = Focus(start=date(2016, 7, 1))
    assert not key_positions(
        "ada", [_said("a", text, sentence=old, kind="direct", cue="told")], focus=focus
    )
    new = f"“{text},” Ada Pike told a radio host on Monday."
    assert key_positions(
        "ada", [_said("b", text, sentence=new, kind="direct", cue="told")], focus=focus
    )


def test_a_quotation_about_a_he_or_she_it_does_not_name_is_not_readable_alone():
    def quoted(text: str) -> Position:
        return _said("q", text, kind="direct", sentence=f'Ada Pike said: "{text}"')

    # a speaker's "he" is never the speaker: whom, only the sentences before say
    assert not readable_alone(quoted("I think he and his allies understand what is at stake"))
    assert not readable_alone(quoted("So somebody hits me with a stick. He hit the buckle"))
    # named first in the quotation, the "he" reads
    assert readable_alone(quoted("Mayor Vance has shown us who he is and we should believe him"))


def test_a_quotation_opening_on_a_bare_reply_is_not_readable_alone():
    def quoted(text: str) -> Position:
        return _said("q", text, kind="direct", sentence=f'Ada Pike said: "{text}"')

    assert not readable_alone(quoted("Right? Not a serious plan for the harbour at all"))
    assert not readable_alone(quoted("Absolutely. The harbour must be dredged before winter"))
    assert readable_alone(quoted("Right now the harbour must be dredged before winter"))
    assert not readable_alone(quoted("I know. I know. That's why the harbour matters so much"))
    assert readable_alone(quoted("I know the harbour must be dredged before winter"))


def test_a_statement_ending_inside_its_phrase_is_not_readable_alone():
    cut = "the vote has shifted from the mayor to the council to"
    told = f"Ben Ode said {cut}, now, the board."
    assert not readable_alone(_said("a", cut, sentence=told))
    assert readable_alone(_said("b", "the vote has shifted from the mayor to the council"))


def test_what_the_writer_says_an_actor_thinks_or_may_ask_is_no_key_position():
    said = _said("a", "that the harbour must be dredged before the winter storms")
    thinks = _said("b", "that the harbour must be dredged before the winter storms", cue="believe")
    guess = replace(
        _said("c", "whether the harbour must be dredged before the winter", cue="may now ask"),
        id="c",
    )
    assert key_positions("ada", [said]) == [said]
    assert key_positions("ada", [thinks]) == []
    assert key_positions("ada", [guess]) == []
    forecast = _said("d", "very little sympathy for the harbour plan", cue="probably will find")
    assert key_positions("ada", [forecast]) == []


def test_an_effort_a_plight_or_a_floated_notion_is_no_key_position():
    sought = _said("a", "to turn the tables on the council over the harbour", cue="sought")
    plight = _said("b", "herself in the awkward position of defending the harbour", cue="found")
    notion = "ferries for residents but not for visitors"
    floated_in = f"Ada Pike floated the notion Sunday of admitting {notion}."
    floated = _said("c", notion, cue="admitting", sentence=floated_in)
    seeking = _said("f", "new buyers for the harbour ferries overseas", cue="is seeking")
    for p in (sought, plight, floated, seeking):
        assert key_positions("ada", [p]) == [], p.cue
    # a record showing something found is a finding; an act named after "in" is the actor's
    poll = _said("d", "that most residents want the harbour dredged", cue="found")
    assert key_positions("ada", [poll]) == [poll]
    act = "several of the council's plans for the harbour"
    vocal = _said("e", act, cue="rejecting",
                  sentence=f"Ada Pike has been vocal in rejecting {act}.")  # fmt: skip
    assert key_positions("ada", [vocal]) == [vocal]


def test_a_short_borrowed_phrase_is_no_key_position():
    called = "Ada Pike spoke of what she called “our arguments this year.”"
    phrase = _said("a", "our arguments this year", kind="direct", sentence=called)
    whole = _said("b", "We will dredge the harbour before the winter storms", kind="direct")
    assert key_positions("ada", [phrase, whole]) == [whole]


def test_a_report_quoting_words_of_a_quotation_shown_is_the_same_statement():
    quoted = _said("a", "Because of the vote, the timing of the harbour opening is too difficult",
                   kind="direct", doc="d1")  # fmt: skip
    cut = 'she will not attend as the timing was "too difficult'
    report = _said("b", cut, doc="d2", sentence=f'Ada Pike said {cut}".')
    other = _said("c", "the harbour must be dredged before the winter storms come", doc="d3")
    chosen = key_positions("ada", [quoted, report, other], person=True)
    assert report not in chosen
    assert quoted in chosen and other in chosen


def test_a_plea_restated_as_a_denial_is_shown_once_and_another_denial_stays() -> None:
    plea = _said("a", "not guilty to a charge of fraud over the pension fund", cue="has pleaded")
    denial = replace(
        _said("b", "fraud at the pension fund, which collapsed last May", doc="d2", cue="denies"),
        polarity="negated",
    )
    stance = _said("c", "that the auditors had approved every transfer", doc="d3")
    other = replace(
        _said("d", "meeting the minister before the vote", doc="d4", cue="denied"),
        polarity="negated",
    )
    shown = key_positions("ada", [plea, denial, stance, other], 3)
    assert plea in shown or denial in shown
    assert not (plea in shown and denial in shown)
    # the statements that say something else are shown
    assert stance in shown and other in shown


def test_without_a_query_a_page_about_something_else_gives_statements_naming_the_story():
    """Built without a query, the story is what most sources name (``story.topic``): from
    a report on a state visit, a statement naming neither candidate is on that visit."""
    topic = re.compile(r"(?<![\w])(?:Pike|Vance)(?![\w])")
    focus = Focus.of([], [], ["2016-09-20"], elsewhere=frozenset({"visit"}), topic=topic)
    aside = _said("aside", "the two countries will lift the sanctions next month", doc="visit")
    named = _said("named", "Vance would keep the sanctions in place if elected", doc="visit")
    story = _said("story", "the new depot will be finished by the spring", doc="news")
    chosen = key_positions("ada", [aside, named, story], 3, focus)
    assert sorted(p.id for p in chosen) == ["named", "story"]


def test_a_quotation_opening_perhaps_they_or_a_bare_change_judged_likely_is_not_shown():
    assert not readable_alone(
        _said("a", "Perhaps they can help a visitor understand a protester", kind="direct")
    )
    assert not readable_alone(_said("b", "fluctuations were to be expected"))
    assert not readable_alone(_said("c", "delays are inevitable"))
    # a claim of its own, and a change that says in what, stand
    assert readable_alone(_said("d", "elections are rigged against the candidates"))
    assert readable_alone(_said("e", "fluctuations in the daily numbers were to be expected"))


def test_a_quotation_in_another_language_is_no_key_position():
    rally = _said("rally", "Vamos a llevar una Caja China a la Casa Blanca", kind="direct")
    plan = _said("plan", "the tram line will open in June", doc="d2")
    chosen = key_positions("ada", [rally, plan], 2, Focus.of(["tram"], [], ["2016-09-20"]))
    assert [p.id for p in chosen] == ["plan"]
    # a slogan of a few English words is English, whatever the model makes of it
    assert not foreign("Crooked Hillary never again")
    assert foreign("Nous sommes tous Charlie ce soir")


def test_the_same_claim_in_other_words_is_shown_once():
    timing = _said("a", "the timing of the regatta, which will clash with the harbour inquiry",
                   cue="criticised")  # fmt: skip
    again = _said("b", 'the regatta\'s "bad timing"', doc="d2", cue="criticised")
    other = _said("c", "the harbour must be dredged before the winter storms come", doc="d3")
    shown = key_positions("ada", [timing, again, other], 3)
    assert (timing in shown) != (again in shown)
    assert other in shown
    # two statements naming the same people share no claim for that
    named = _said("d", "Tom Reed had signed the harbour contract alone", doc="d4")
    also = _said("e", "Tom Reed was never told about the storm warnings", doc="d5")
    assert {named, also} <= set(key_positions("ada", [named, also], 3))


def _corpus_focus(texts: dict[str, str]) -> Focus:
    return Focus.of(["harbour"], [("Tom Reed", "person")], ["2016-09-20"], texts=texts)


_HARBOUR_NEWS = (
    "The harbour inquiry heard that the dredging contract was signed without a tender. "
    "Reed denies any wrongdoing over the dredging contract."
)


def test_a_short_sideline_is_no_second_line_but_one_in_the_story_s_words_is():
    texts = {f"n{i}": _HARBOUR_NEWS for i in range(4)}
    texts["d1"] = texts["d2"] = texts["d3"] = "Ada Pike spoke."
    focus = _corpus_focus(texts)
    stance = _said("a", "the harbour must stay open all through the winter", doc="d1")
    camera = _said("b", "a small camera should be placed at the back of the hall", doc="d2")
    chosen = key_positions("ada", [stance, camera], 3, focus)
    assert [p.id for p in chosen] == ["a"]
    # alone, it is still shown: a profile keeps its best line
    assert [p.id for p in key_positions("ada", [camera], 3, focus)] == ["b"]
    # a line in the words the story's sources use speaks of the story
    tender = _said("c", "the signing went ahead without any tender", doc="d3")
    assert [p.id for p in key_positions("ada", [stance, camera, tender], 3, focus)] == ["a", "c"]
    # a line taking a side, however short, is a stance: a denial, or an argued claim
    denial = _said("d", "a small camera does not belong in a courtroom", doc="d2")
    argued = _said("e", "open hearings keep judges honest", doc="d3", cue="argued")
    chosen = key_positions("ada", [stance, camera, denial, argued], 3, focus)
    assert [p.id for p in chosen] == ["a", "d", "e"]


def test_when_and_where_an_occasion_takes_place_is_no_key_position():
    place = _said("a", "the regatta will take place at the marina on 8 October", doc="d1")
    length = _said("b", "the hearing, up to the jury's deliberations, will last for five weeks",
                   doc="d2", cue="has estimated")  # fmt: skip
    stance = _said("c", "the harbour must be dredged before the winter storms come", doc="d3")
    assert key_positions("ada", [place, length, stance], 3) == [stance]


def test_what_the_writer_says_an_actor_is_aware_of_is_no_key_position():
    aware = _said("a", "that the contest boils down to a battle for delegates",
                  cue="has been acutely aware")  # fmt: skip
    assert key_positions("ada", [aware], 3) == []


def test_a_verdict_the_cache_holds_decides_without_the_model(monkeypatch):
    def no_model():
        raise AssertionError("the language model was loaded")

    monkeypatch.setattr(language, "_identifier", no_model)
    rally = _said("rally", "Vamos a llevar una Caja China a la Casa Blanca", kind="direct")
    plan = _said("plan", "the tram line will open in June", doc="d2")
    known = QuoteLanguages({rally.text: True})
    focus = Focus.of(["tram"], [], ["2016-09-20"], foreign=known.foreign)
    assert [p.id for p in key_positions("ada", [rally, plan], 2, focus)] == ["plan"]


def test_the_language_is_asked_only_of_a_quotation_nothing_else_leaves_out():
    asked: list[str] = []

    def spy(text: str) -> bool:
        asked.append(text)
        return foreign(text)

    quip = _said("quip", "Vamos a llevar una Caja China a la Casa Blanca", cue="quipped")
    rally = _said("rally", "Nous sommes tous Charlie ce soir", kind="direct", doc="d2")
    plan = _said("plan", "the tram line will open in June", doc="d3")
    focus = Focus.of(["tram"], [], ["2016-09-20"], foreign=spy)
    assert [p.id for p in key_positions("ada", [quip, rally, plan], 3, focus)] == ["plan"]
    # the jest is left out without the model: only the French line needed it
    assert [t for t in asked if language.model_decides(t)] == [rally.text]


def test_a_plural_label_filed_under_its_organisation_gives_way_to_its_own_voice():
    """ "Greens said …" are some members, not the party the label was filed under: the
    party's own line comes first, theirs only when it has none."""
    members = Mention("d1", 0, 6, "Greens", "name", "group", None)
    plural = replace(
        _said("a", "the mayor of wasting the tram budget on consultants", doc="d1", cue="accused"),
        speaker="Green Party",
        speaker_mention=members,
    )
    party = Mention("d2", 0, 11, "Green Party", "name", "org", None)
    own = replace(
        _said("b", "the harbour must be dredged before the winter storms come", doc="d2"),
        speaker="Green Party",
        speaker_mention=party,
    )
    assert key_positions("ada", [plural, own], 3) == [own]
    # with no line of its own, what its members said as "Greens" is what the party has
    assert key_positions("ada", [plural], 3) == [plural]


def test_an_act_or_a_plan_for_ones_own_affairs_is_no_key_position():
    clip = _said("a", "the crowd a clip of the mayor trying to defend the tram budget",
                 cue="showed")  # fmt: skip
    shown = _said("b", "that the tram budget had doubled in two years", cue="showed", doc="d2")
    plans = _said("c", "he plans to continue to work on his own projects, including talks",
                  doc="d3")  # fmt: skip
    stance = _said("d", "the harbour must be dredged before the winter storms come", doc="d4")
    assert {p.id for p in key_positions("ada", [clip, shown, plans, stance], 3)} == {"b", "d"}


def test_a_status_bulletin_or_stock_reassurance_ranks_below_a_stance():
    status = _said("a", "the two sailors remain in hospital but their condition is improving "
                   "after the long night on the water", doc="d1")  # fmt: skip
    calm = _said("b", "tried and tested plans were in place for the whole of the harbour",
                 doc="d2")  # fmt: skip
    tests = _said("t", "tests are being carried out on forty sailors who may have the fever",
                  doc="d4")  # fmt: skip
    stance = _said("c", "the harbour must be dredged before the winter storms come", doc="d3")
    assert key_positions("ada", [status, calm, tests, stance], 3) == [stance]
    # the bulletin is still shown when the actor has nothing else to show
    assert key_positions("ada", [status], 3) == [status]


def _recounted(before: str, sentence: str, said: str) -> tuple[Position, Focus]:
    """A reported statement in a page published 20 June 2016, after ``before``."""
    text = f"The record is plain at the port.\n\n{before}{sentence}\n\nThe quay opened later."
    at = text.find(sentence)
    start = at + sentence.find(said)
    ev = Evidence("d1", start, start + len(said), said, sentence, at)
    p = Position("a", "d1", "Ada Pike", "ada", None, said, start, start + len(said),
                 "reported", "claimed", ev, attribution="cue", date="2016-06-20")  # fmt: skip
    focus = Focus(start=date(2016, 6, 1), texts={"d1": text},
                  published={"d1": date(2016, 6, 20)})  # fmt: skip
    return p, focus


def test_a_statement_at_an_occasion_the_sentence_before_dates_years_back_is_background():
    said = "a new era of trade had begun between Norway and Portugal"
    sentence = f"With the unions in attendance, Ada Pike claimed {said}."
    speech = "When Ada Pike took office in 2009, her first act was a speech at the harbour. "
    assert not key_positions("ada", [_recounted(speech, sentence, said)[0]],
                             focus=_recounted(speech, sentence, said)[1])  # fmt: skip
    # the occasion undated, or dated in the corpus's time: the statement is the story's
    for kept in (
        "Her first act was a speech at the harbour. ",
        "When Ada Pike spoke in June 2016, her first act was a speech at the harbour. ",
        # a year in another paragraph frames nothing here
        "",
        # the year of a thing the speech named ("the 2009 flood"), not of the speech
        "Her first act was a speech at the harbour about the 2009 flood. ",
        # the year inside what was said at it, not the occasion's
        "At the harbour rally, Ada Pike said the council had begged her for help in 2009. ",
    ):
        p, focus = _recounted(kept, sentence, said)
        assert [q.id for q in key_positions("ada", [p], focus=focus)] == ["a"], kept
    # a time of the statement's own dates it, whatever the sentence before recalls
    own = f"On Tuesday, Ada Pike claimed {said}."
    p, focus = _recounted(speech, own, said)
    assert [q.id for q in key_positions("ada", [p], focus=focus)] == ["a"]


def test_a_plural_label_taking_no_side_and_naming_no_principal_is_shown_nowhere():
    """ "Greens said there are good reasons to go to the congress" are some members on
    their own matter: not the party's stance, even when the party has nothing else."""
    members = Mention("d1", 0, 6, "Greens", "name", "group", None)
    sideless = replace(
        _said("a", "there are good reasons to go to the congress", doc="d1"),
        speaker="Green Party",
        speaker_mention=members,
    )
    naming = replace(
        _said("b", "Mayor Dent has no plan for the harbour after the storms", doc="d2"),
        speaker="Green Party",
        speaker_mention=replace(members, doc="d2"),
    )
    focus = Focus.of([], [("Paul Dent", "person")], [])
    assert key_positions("ada", [sideless], 3, focus) == []
    # naming a principal actor, the members speak on the story
    assert key_positions("ada", [sideless, naming], 3, focus) == [naming]


def test_a_count_ranks_below_a_stance_and_is_shown_only_as_a_first_line():
    """A reported figure as the whole content ("some 7,500 people have been infected") is
    news on its day, not where the actor stands: below any stance, and a profile shows
    one only when the actor has nothing better."""
    count = _said("a", "some 7,500 people have been infected with the harbour fever across "
                  "the three northern provinces since the first week", doc="d1")  # fmt: skip
    rate = _said("r", "the fever is a factor in 3,000 deaths a year in the region", doc="d4")
    stance = _said("b", "the harbour must be dredged before the winter storms come", doc="d2")
    advice = _said("c", "travellers should avoid the northern ports until the spring",
                   doc="d3", cue="urged")  # fmt: skip
    assert key_positions("ada", [count, rate, stance, advice], 3) == [stance, advice]
    # with nothing better, one count is what the actor said
    assert key_positions("ada", [count, rate], 3) == [count]


def test_a_line_of_watching_is_shown_nowhere():
    """ "It was closely following the new cases" tells where the speaker looks, not what it
    thinks or does: a profile with only such a line shows none."""
    watching = _said("a", "it was closely following the new cases in the north", doc="d1")
    assert key_positions("ada", [watching], 3) == []
    stance = _said("b", "the harbour must be dredged before the winter storms come", doc="d2")
    assert key_positions("ada", [watching, stance], 3) == [stance]


def test_a_quotation_believing_what_they_did_leans_on_the_paraphrase_before():
    # "X said the board did the right thing. 'I believe they followed the law,' X said."
    assert not readable_alone(
        _said("a", "I believe they followed the law in the Marlow case", kind="direct")
    )
    assert not readable_alone(_said("b", "I'm sure they will appeal the ruling", kind="direct"))
    # the frame before an "it" or a name stands: "I think it's fair", "I believe the board …"
    assert readable_alone(
        _said("c", "I think it's fair to say the port will reopen", kind="direct")
    )
    assert readable_alone(_said("d", "I believe the harbour board followed the law", kind="direct"))


def test_a_holding_whose_company_the_sentence_before_names_is_not_readable_alone():
    # "Penbury and Marlow Ltd are expected to bid for stakes in Harbor Co. Penbury confirmed
    # it received clearance to boost its holding."
    assert not readable_alone(_said("a", "it received clearance to boost its holding"))
    assert not readable_alone(_said("b", "it would sell part of its 15% stake"))
    assert readable_alone(_said("c", "it would boost its holding in Harbor Co"))


def test_news_announced_without_saying_what_it_was_is_not_readable_alone():
    # "The lender posted a third-quarter loss. It announced the results after the close."
    assert not readable_alone(
        _said("a", "the results after the close of the stock market", cue="announced")
    )
    assert not readable_alone(_said("b", "the figures on Tuesday", cue="released"))
    # what the results or figures were, or of what, is told: the line stands
    assert readable_alone(_said("c", "the results showed a loss of $20 million", cue="said"))
    assert readable_alone(_said("d", "the results of the audit on Tuesday", cue="released"))
