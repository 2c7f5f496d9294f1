"""Which source sentences a reader can take out of their article."""

from __future__ import annotations

import re

import pytest

from briefgen.inner_refs import resolve_inner
from briefgen.models import Document, Extraction, Mention
from briefgen.quotation_ends import framed_to_close
from briefgen.shown import clean, read_alone, stands_alone


@pytest.mark.parametrize(
    "text",
    [
        # A poll of a sub-population whose population only the sentence before names.
        "Clinton beats Trump by 46 percent to 42 percent, according to the poll.",
        "In this poll, Trump rose 1 percentage point since Monday's debate.",
        "Both candidates cited the figure at last week's forum viewed by 14.7 million people.",
        "The clip has faced ridicule online since it was released on Tuesday.",
        # An embedded post: handles, a hashtag and a link are no news sentence.
        "Like never before.@SomeSinger sits down with @SomeCandidate.#Talk https://t.co/x1",
        # The middle of a quotation whose speaker is named in another sentence.
        "“Yesterday, there were two polls.",
        '"The issue is partisan, but I am going to read you the question: “As you know, she left.',
        "(Lines are open between 11.30 am and 2pm.",
        "In addition, the campaign plans to make more medical records available soon.",
        "Jackson was rehearsing when he died 25 June 2009 Dr Murray finds Jackson unconscious.",
        "Here in Iowa last night before an enormous crowd, in the pouring rain with 650 —.",
        # "such" + a noun the sentence does not say: a kind named only before it.
        "The rebels decided to reinforce such hopes by sending envoys to the capital.",
        "No such plan was ever put to the cabinet by the minister.",
        # the "that" opens what is implied, not which actions
        "Going beyond such actions would imply that the rebels hold the north.",
        # A campaign's ad named as "the spot" or "the ad": which one the article said before.
        "The spot concludes with footage of the senator speaking at the rally.",
        "The ad, released Tuesday, shows the senator at a rally in Ohio.",
        "But the judge ruled on Monday that the film would not help the defence team.",
        "The nominee campaigned in the state this week.",
        "“Four years on, leaders honoured the developer yesterday,” the article read.",
        # A demonstrative standing for what the sentence before said.
        "But yesterday the agency's director achieved just that by declaring an emergency.",
        # A contrast with, or an act told in, the sentence before.
        "However, the governor signed the order on Friday.",
        "On Thursday, however, the governor spoke to a meeting of farmers in Fresno.",
        "City police released video on Monday of last week's shooting.",
        "Regardless, the governor has been unable to shake the controversy since July.",
        "For example, a search for the candidate's name on Tuesday yielded 5 million hits.",
        "The governor's campaign manager said as much in an interview on Thursday morning.",
        "The mayor of Fresno did the same on Monday.",
        "The mayor met farmers on Sunday to talk about the development.",
        # A wire's instrument code; a question the narration asks.
        "The peso MXN= rose to its strongest level against the dollar on Tuesday.",
        "Does that mean a peak in cases will come earlier, perhaps in late August?",
        # A shell noun (a case, a reason, a pledge, a project) whose content only the
        # sentences before give, quoted or not, or owned by nothing but the day.
        "“We will achieve justice in this case,” the police chief said on Monday.",
        "The governor made the pledge at a conference of veterans in Richmond on Monday.",
        "The senator said on Tuesday that the veto would be overridden by Congress.",
        "The host asked the candidate on Wednesday if the project was still in his plans.",
        "Today's study estimated how fast the disease spreads between households.",
        "The ministry says the steps it has taken are lawful and justified.",
        # a date after the noun is no title saying which: "the film Up" is, "Aug. 19" not
        "The candidate visited the state Aug. 19 with the governor and a pastor.",
        # an answer, a concession or a stand whose occasion only the sentence before tells
        "The campaign responded Friday, saying lobbyists had written the plan.",
        "The union countered on Sunday by suggesting four other dates.",
        "Top strategists for the senator acknowledged as much on Sunday.",
        "The senator's supporters showed no sign of backing down on Tuesday.",
        # a shell, an epithet, a set, a span of time or a poll's sample told before
        "The exchange comes as both candidates campaign in Indiana before Tuesday.",
        "The mayor says that scenario depends on the council voting in May.",
        "A survey by the organization in March found the mayor ahead by 7 points.",
        "In an interview on Thursday, the Ohio Republican criticized the governor.",
        "The other states voting on Tuesday are Ohio, Florida and Missouri.",
        "Two months later, the senator trailed among young voters in Arizona.",
        "Last month, those polled were evenly split on the new tax.",
        "I think the virus will be contained in the end…",
        "“They are coming with everyone, including doctors,” said a neighbour, 73.",
        "The chart below shows how searches for the virus rose after April 23.",
        "The mayor cut the ribbon (pictured left) on Monday.",
        "The mayor cut the ribbon (see above) on Monday.",
        "“That doesn't mean no answer,” one aide said late last month, “but a quiet one.”",
        "“This is very much like the first debate in 2000,” said a longtime adviser.",
        "The senator decried that figure, saying the mayor held three meetings last month.",
        "Northland Bank, with 40 branches, agreed to acquire the Fresno, Calif., savings bank.",
        "The Dayton-based lender said its quarterly profit doubled to $12 million.",
        "According to the same poll, support for the mayor fell in May from 61 to 48 percent.",
        "Three senators have all attacked the program as a waste of public money.",
        # a part of a set only the sentences before name
        "One of them had even died while volunteering at the shelter.",
        "Some of those were returned to the depot on Friday.",
    ],
)
def test_a_sentence_that_points_back_is_refused(text: str) -> None:
    assert not stands_alone(text)


@pytest.mark.parametrize(
    "text",
    [
        "The latest Reuters/Ipsos poll released Friday shows Clinton leads Trump by 43 to 38.",
        "A new poll of 1,001 adults was taken on Monday, and the poll puts Clinton ahead.",
        "This week the court heard from the first witnesses for the defence.",
        "Judge Pastor said the evidence showed a pattern of lies (and no remorse) by the doctor.",
        "The report of the inquiry was published on Monday after two years of hearings.",
        "11 January 2011 Dr Murray is ordered to stand trial for involuntary manslaughter.",
        "The singer died on 25 June 2009 Los Angeles time, at the age of 50.",
        "Countries such as France and Germany closed their borders on Monday.",
        "The minister visited such countries as France and Germany last week.",
        "There was such a large crowd that the police closed the road on Sunday.",
        "As such, the ministry did not comment on the report on Monday.",
        "The coach was sacked on the spot after the defeat on Sunday.",
        "The campaign released a new ad on Tuesday, and the ad attacks the senator.",
        "The film Summer Rain was released in October to strong reviews.",
        "The documentary “Living with a Star” was shown on television in 2003.",
        "“We will win this,” the mayor said on Monday at the city hall.",
        "“This bridge will open in May,” the mayor said on Monday at the city hall.",
        "“This is a fight for every family in the valley,” Lane said at the rally on Monday.",
        "The mayor argued that taxes, which rose in May, would fall by the end of the year.",
        "The council decided that day to close the harbour bridge for repairs.",
        "The governor claimed that voters, not the courts, should decide on Monday.",
        "The Swiss bank group Helvetia Credit bought 4,000 shares of the carmaker on Monday.",
        "Shares of the Dayton company, Northland Bank, rose 4% on Monday.",
        "The Federal Reserve Bank of Dayton raised its rate on Monday.",
        "At the same time, the council voted to close the harbour bridge for repairs.",
        "The program of the festival was published by the council on Monday.",
        "The council launched a new scheme on Monday, and the scheme pays for bus fares.",
        "The mayor made the same promise as her rival at the debate on Monday.",
        "“That is a lie and my opponent knows it,” Lane said of the claim that she lost votes.",
        "Ohio, meanwhile, closed its schools on Friday.",
        "“Will it spread?” the minister asked reporters on Friday, and said it would not.",
        "The governor spoke after Monday's shooting of a driver in Fresno.",
        "As was the case in 1918, the new virus struck the young more than the old.",
        "The reason for the alert was the spread of the virus among schoolchildren.",
        "The court heard the case against the doctor in a Los Angeles courtroom.",
        "eBay reported record sales of concert tickets in Britain on Monday.",
        "The steps taken by Peru against the outbreak were lawful, the minister said.",
        "The campaign responded on Friday to the letter from the governor.",
        "Donors signed on to help raise as much as $1 billion for the party.",
        "The mayor fired back at the governor on Twitter on Monday.",
        "The union backed down from its demand for a strike on Monday.",
        "“We will win,” the mayor countered on Monday.",
        "The Ohio senator Jane Roe won the primary in her state on Tuesday.",
        "The Democratic Party of Ohio held its convention on Monday.",
        "The offer of a new bridge to the island was rejected by voters on Monday.",
        "Officials said the government has responded well or very well to the epidemic.",
        "The defence countered that the singer had injected the drug himself.",
        "At the same time as her fame grew, the singer withdrew from public life.",
        "In response to the outbreak, the ministry closed all schools on Friday.",
        "Ruiz said the organization is moving closer to declaring a pandemic.",
        "The Empire Strikes Back was released in 1980 to great acclaim.",
        "“He (Ruiz) left the patient alone for an hour,” the prosecutor said on Monday.",
        "The peso's exchange rate fell by 3 percent against the dollar on Friday.",
        "Voters in Ohio backed the Ohio Republican party's candidate for governor.",
    ],
)
def test_a_sentence_that_names_what_it_tells_is_shown(text: str) -> None:
    assert stands_alone(text)


def _story(text: str, people: dict[str, str]) -> Extraction:
    """``text`` split at full stops, with ``people`` (name -> surname shown) mentioned."""
    spans = tuple((m.start(), m.end()) for m in re.finditer(r"[^.]+\.\s*", text))
    mentions = tuple(
        Mention("d", m.start(), m.end(), m.group(0), "name", "person")
        for name in people
        for m in re.finditer(re.escape(name), text)
    )
    return Extraction(Document("d", "d", "txt", text, ""), sentences=spans, mentions=mentions)


def test_a_pronoun_inside_a_sentence_is_named_or_the_sentence_is_refused() -> None:
    text = (
        "Dr Conrad Murray was in court on Tuesday. "
        "Prosecutors say his negligence led to the singer's death. "
        "The judge said Murray would hear his sentence later."
    )
    ext = _story(text, {"Dr Conrad Murray": "Murray", "Murray": "Murray"})
    second = "Prosecutors say his negligence led to the singer's death."
    at = text.index(second)
    assert resolve_inner(second, second, at, ext) == (
        "Prosecutors say [Murray's] negligence led to the singer's death."
    )
    third = "The judge said Murray would hear his sentence later."
    assert resolve_inner(third, third, text.index(third), ext) == third  # named before "his"
    alone = _story(second, {})
    assert resolve_inner(second, second, 0, alone) is None  # nobody to name: not shown


def test_a_pronoun_is_named_where_it_stands_not_inside_the_first_word() -> None:
    # "The" ends in "he": the bracket goes where the pronoun is, the article stays whole
    text = (
        "Dr Conrad Murray was in court on Tuesday. "
        "The arguing began even before he reached the courtroom, his lawyers said."
    )
    ext = _story(text, {"Dr Conrad Murray": "Murray"})
    second = text[text.index("The arguing") :]
    assert resolve_inner(second, second, text.index(second), ext) == (
        "The arguing began even before [Murray] reached the courtroom, his lawyers said."
    )


def test_the_timeline_names_a_pronoun_it_can_and_keeps_one_it_cannot() -> None:
    text = (
        "Dr Conrad Murray was questioned for three hours on Saturday. "
        "Police said the doctor was not a suspect. "
        "On Sunday the police said they did not intend to speak with him again."
    )
    ext = _story(text, {"Dr Conrad Murray": "Murray"})
    third = "On Sunday the police said they did not intend to speak with him again."
    assert read_alone(third, text.index(third), ext, inner=False) == (
        "On Sunday the police said they did not intend to speak with [Murray] again."
    )
    assert read_alone(third, 0, _story(third, {}), inner=False) == third


def test_a_pronoun_after_a_name_the_sentence_gives_is_not_named_from_before() -> None:
    text = (
        "The singer died in June. "
        "The doctor treated the singer for weeks. "
        "On Thursday Dr Gray wept as patients praised his skills."
    )
    ext = _story(text, {"The singer": "Singer"})
    third = "On Thursday Dr Gray wept as patients praised his skills."
    at = text.index(third)
    assert resolve_inner(third, third, at, ext) == third  # a titled name: his own
    untitled = "On Thursday Conrad Gray wept as patients praised his skills."
    text = text.replace(third, untitled)
    ext = _story(text, {"The singer": "Singer"})
    # the extraction missed "Conrad Gray": the timeline keeps the "his" as it is
    assert read_alone(untitled, at, ext, inner=False) == untitled


def test_a_quotation_going_on_past_the_sentence_is_closed_where_the_sentence_ends() -> None:
    said = "The judge told the doctor on Monday: “You may not use any anaesthetic."
    assert read_alone(said, 0, _story(said, {})) == said + "”"
    straight = 'The judge told the doctor on Monday: "You may not use any anaesthetic.'
    assert read_alone(straight, 0, _story(straight, {})) == straight + '"'


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        # The narrator in the first person: a columnist the sentence does not name.
        ("In the mayor's favour, all the experts I interviewed said her plan was sounder.", False),
        ("The mayor told us on Monday that the bridge would reopen.", False),
        ("The admiral served in World War I and later in the Royal Navy.", True),
        ("“We will win this,” the mayor said on Monday at the city hall.", True),
    ],
)
def test_a_sentence_whose_narrator_says_i_is_not_shown(sentence: str, shown: bool) -> None:
    assert (read_alone(sentence, 0, _story(sentence, {})) is not None) is shown


def test_an_absence_with_no_place_it_holds_for_does_not_stand_alone() -> None:
    # the article says where: the sentences around it are about one city
    assert not stands_alone("There have been no confirmed swine flu cases since May 14.")
    assert stands_alone("There have been no confirmed swine flu cases in Britain since May 14.")


def test_a_photo_caption_or_a_wire_code_is_not_shown_alone() -> None:
    assert not stands_alone(
        "Mayor Ann Vale (R) listens to fire chief Tom Reed (C) during a visit to the flood "
        "control room in the town hall on May 19."
    )
    assert not stands_alone("The mayor's children Ben (2nd L) and Sue (C) opened the bridge.")
    assert not stands_alone('(ID: nBKK234536) "Even mild floods can ruin a harvest," he said.')
    assert stands_alone("The council (which met in the town hall) approved the barrier.")
    assert stands_alone("The river rose by 2 metres (6 feet) in the night.")
    assert not stands_alone("A fireman wears a mask in Port Vale City April 24, 2009.")
    assert stands_alone("The council closed the bridge on Friday, April 24, 2009.")


def test_a_sentence_opening_in_lower_case_is_page_furniture_run_in() -> None:
    text = "cents The ministry yesterday revised its count of deaths in Peru from 176 to 101."
    assert read_alone(text, 0, None) is None
    assert read_alone(text[6:], 0, None) == text[6:]


def test_one_list_of_openers_that_go_on_from_the_sentence_before() -> None:
    from briefgen.connectives import continues

    replies = (
        "But the virus is not like seasonal flu.",
        "Still, the port stayed shut.",
        "However, the governor signed.",
        "For instance, Peru shut its schools.",
    )
    for text in replies:
        assert continues(text), text
    for text in ("Stillwater closed its port on Monday.", "Andorra shut its border."):
        assert not continues(text), text
    # a dated "And on Friday ..." still tells its event in the timeline; an adverbial does not
    assert stands_alone("And on Friday, the minister resigned over the port closure.")
    assert not stands_alone("For instance, the minister resigned over the port closure.")


def test_a_meanwhile_link_is_dropped_and_the_news_after_it_shown() -> None:
    from briefgen.shown import clean

    shown = clean("At the same time, activists won seats on the committee in Ohio.")
    assert shown == "Activists won seats on the committee in Ohio."
    kept = "At the same time as her fame grew, the singer withdrew from public life."
    assert clean(kept) == kept


def test_a_titled_surname_shared_in_the_family_is_given_its_name_or_refused() -> None:
    text = (
        "The singer Randall Quint died in June. "
        "His sister Marisol Quint will sing at the memorial concert in Cardiff. "
        "Ms Quint is the latest act added to the bill for the concert in October."
    )
    ext = _story(text, {"Randall Quint": "Quint", "Marisol Quint": "Quint"})
    third = "Ms Quint is the latest act added to the bill for the concert in October."
    # alone, "Ms Quint" reads as the family's best-known member: the title says which
    assert read_alone(third, text.index(third), ext) == (
        "Ms [Marisol] Quint is the latest act added to the bill for the concert in October."
    )
    # the title fits two women of the family: which one, the sentence alone cannot say
    both = text.replace("His sister", "His mother Teresa Quint and his sister")
    ext = _story(both, {"Randall Quint": "Q", "Marisol Quint": "Q", "Teresa Quint": "Q"})
    assert read_alone(third, both.index(third), ext) is None
    # one person of that name in the document: the title is enough
    alone = "Ms Quint said the concert in Cardiff would go ahead in October as planned."
    text = "Marisol Quint will sing at the memorial concert. " + alone
    ext = _story(text, {"Marisol Quint": "Quint"})
    assert read_alone(alone, text.index(alone), ext) == alone


def _roled(text: str, people: dict[str, str]) -> Extraction:
    """``text`` split at full stops, with ``people`` (name -> role) mentioned by name."""
    spans = tuple((m.start(), m.end()) for m in re.finditer(r"[^.]+\.\s*", text))
    mentions = tuple(
        Mention("d", m.start(), m.end(), m.group(0), "name", "person", role)
        for name, role in people.items()
        for m in re.finditer(re.escape(name), text)
    )
    return Extraction(Document("d", "d", "txt", text, ""), sentences=spans, mentions=mentions)


def test_a_person_named_only_by_office_is_named_from_the_document_or_refused() -> None:
    text = (
        "Whig nominee Ada Brandt and Tory nominee Olaf Kerr met in Leeds on Monday. "
        "The crowd was large. "
        "On Thursday, the presumptive Whig nominee brought her aides to the factory floor."
    )
    ext = _roled(text, {"Ada Brandt": "Whig nominee", "Olaf Kerr": "Tory nominee"})
    third = "On Thursday, the presumptive Whig nominee brought her aides to the factory floor."
    assert read_alone(third, text.index(third), ext) == (
        "On Thursday, the presumptive Whig nominee [Ada Brandt] brought her aides to the"
        " factory floor."
    )
    # two nominees the office fits: which one, only the article says
    loose = third.replace("Whig nominee", "nominee")
    text = text.replace(third, loose)
    assert read_alone(loose, text.index(loose), _roled(text, {})) is None
    # said of a name the sentence gives, the role is left as written
    said = "Ada Brandt spoke in Leeds on Thursday as the Whig nominee for the first time."
    assert read_alone(said, 0, _roled(said, {"Ada Brandt": "Whig nominee"})) == said


def test_an_office_qualified_by_party_initials_is_no_other_partys_holder() -> None:
    second = "The SDP nominee complained about his mic on Monday."
    text = "Tory nominee Olaf Kerr spoke to the farmers of the dales in Leeds. " + second
    ext = _roled(text, {"Olaf Kerr": "Tory nominee"})
    # the one nominee the document names is the Tories': the SDP's, only the article says
    assert read_alone(second, text.index(second), ext) is None
    named = text.replace("Tory nominee", "SDP nominee")
    ext = _roled(named, {"Olaf Kerr": "SDP nominee"})
    assert read_alone(second, named.index(second), ext) == second.replace(
        "nominee", "nominee [Olaf Kerr]"
    )


def test_a_titled_surname_is_the_family_member_the_document_names_far_most_often() -> None:
    shown = "Mrs Quint said the foundation would stop taking foreign donations in May."
    text = (
        "Randall Quint died in May. "
        * 4
        + "Teresa Quint spoke in Leeds. Teresa Quint took questions. Teresa Quint left early. "
        "Marisol Quint stayed. " + shown
    )
    ext = _story(text, {"Teresa Quint": "Quint"})
    assert read_alone(shown, text.index(shown), ext) == shown.replace("Quint", "[Teresa] Quint")
    # as often as another woman of the family: not shown
    even = text.replace("Marisol Quint stayed.", "Marisol Quint stayed. " * 3)
    assert read_alone(shown, even.index(shown), _story(even, {})) is None
    # the one the document is about: a reader takes the surname for her
    about = text.replace("Randall Quint died in May. " * 4, "")
    assert read_alone(shown, about.index(shown), _story(about, {})) == shown


def test_an_office_held_by_another_than_the_person_the_sentence_names_is_named() -> None:
    text = "Whig nominee Ada Brandt spoke. Kerr attacked the Whig nominee over taxes on Monday."
    ext = _roled(text, {"Ada Brandt": "Whig nominee", "Kerr": "Tory nominee"})
    second = "Kerr attacked the Whig nominee over taxes on Monday."
    # Kerr is no Whig: alone, the sentence would leave the reader to guess the nominee
    assert read_alone(second, text.index(second), ext) == (
        "Kerr attacked the Whig nominee [Ada Brandt] over taxes on Monday."
    )
    # no holder the document names: the office may be the named person's, left as written
    ext = _roled(text, {"Kerr": "Tory nominee"})
    assert read_alone(second, text.index(second), ext) == second
    # the sentence names the holder itself ("the president" where it names him)
    own = "Brandt said on Monday that the Whig nominee would not debate Kerr over taxes."
    text = "Whig nominee Ada Brandt spoke. " + own
    ext = _roled(text, {"Ada Brandt": "Whig nominee", "Kerr": "Tory nominee"})
    assert read_alone(own, text.index(own), ext) == own


@pytest.mark.parametrize(
    "text",
    [
        "Two guards were hurt in the ensuing chaos outside the bank on Friday.",
        "Police said on Friday that nobody had been arrested after the heist.",
        "The subsequent investigation found that the alarm had been switched off.",
    ],
)
def test_what_followed_from_something_told_before_is_not_shown_alone(text: str) -> None:
    assert not stands_alone(text)


def test_a_failure_that_says_of_what_is_shown() -> None:
    assert stands_alone("The board blamed the failure to act on the bank's chief on Friday.")


def test_a_titled_surname_named_as_often_as_a_namesake_is_the_lede_s_person() -> None:
    shown = "Mr Quint said on Friday that he would stay in the race until the convention."
    text = "Olaf Quint won in Leeds. His father Randall Quint spoke. Olaf Quint thanked him. "
    text += "Randall Quint cried. " + shown
    assert read_alone(shown, text.index(shown), _story(text, {})) == (
        shown.replace("Quint", "[Olaf] Quint")
    )


def test_a_lede_naming_a_relatives_owner_is_about_the_relative() -> None:
    # "Olaf Quint's father …": the lede is the father's, so "Mr Quint" is not surely
    # Olaf; named as often as Randall, which one the sentence alone cannot say
    shown = "Mr Quint said on Friday that his son had been let down by the council."
    text = "Singer Olaf Quint's father has sued the council. Randall Quint filed on Monday. "
    text += "The singer died in May. " + shown
    assert read_alone(shown, text.index(shown), _story(text, {})) is None


def test_a_demonstrative_subject_or_a_bare_finding_or_number_does_not_stand_alone() -> None:
    # what "that", "the findings", "the number" are, only the sentences before said
    for text in (
        "Okay, so that's the picture today.",
        "This was the message the mayor took to the voters of Leeds on Monday.",
        "Councillors said the findings raised more questions about the harbour bridge.",
        "A day later, a council spokesman said the number did not come from the council.",
    ):
        assert not stands_alone(text), text
    # a time is no pronoun, and "of" says which findings, which number
    for text in (
        "This week the council voted to close the harbour bridge for repairs.",
        "The findings of the bridge inquiry were published on Monday.",
        "The number of cars crossing the bridge rose to 40,000 a day in May.",
        "The blast killed 11 people on the bridge, and the number injured topped 200.",
        "It is prudent to memorise the number 999 before crossing the harbour bridge.",
        "“That's a lie,” the mayor said of the harbour bridge plan on Monday.",
    ):
        assert stands_alone(text), text


def test_a_wire_place_line_of_two_letters_and_a_state_is_dropped_from_the_lede() -> None:
    assert clean("LA CROSSE, Wisc. — Gov. Ada Pike on Thursday blamed the media.") == (
        "Gov. Ada Pike on Thursday blamed the media."
    )
    assert clean("EL PASO, Texas — The mayor spoke on Monday.") == "The mayor spoke on Monday."
    # two capitals alone are no place line
    assert clean("US — The mayor spoke on Monday.") == "US — The mayor spoke on Monday."


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        # "similar" to what, only the sentence before says
        ("The senator is attempting to push a bill with similar terms through the Senate.", False),
        ("Other states reported similar problems with their voting machines on Tuesday.", False),
        ("The firm has a similar problem to its rival in Europe, analysts said.", True),
        ("Officers were prosecuted under similar circumstances, such as the 2012 leak.", True),
        # the last sentence of a quotation opened in the paragraph before
        (
            'The difference is that the virus is almost exclusively targeting people under 65."',
            False,
        ),
        ("The difference is that the virus is almost exclusively targeting the young.”", False),
        ("The minister called the outbreak “a tragedy” on Sunday in Edinburgh.", True),
        ("Schiff told USA TODAY's weekly video series that the hack was traced to Moscow.", True),
        ("Both candidates have similar plans for the economy, the survey found.", True),
        # which video, which work: the sentences before say
        ("NBC News first published the cellphone video Friday afternoon.", False),
        ("The campaign manager did not respond to requests to discuss the work.", False),
        ("The first video showed the officer at the door of the house.", True),
        ("The work of the committee continues into the new year, its chair said.", True),
    ],
)
def test_a_likeness_a_medium_or_a_task_told_before_does_not_stand_alone(
    text: str, alone: bool
) -> None:
    assert stands_alone(text) is alone


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        # words, a role, a job or a suit whose content the sentences before give
        ("The mayor coined the phrase during a Saturday rally in Fresno.", False),
        ("Lane called a delegate on Friday night and encouraged her to take the slot.", False),
        ("The editor said on Wednesday that 20 reporters have been assigned to the task.", False),
        ("Officials opened an investigation into the debacle on Friday.", False),
        ("The mayor coined the phrase “Harbour First” during a rally in Fresno.", True),
        ("The task force on the harbour bridge met on Monday.", True),
        # what a person said, offered or holds, owned but not said which
        ("Gray rejected Lane's offer Tuesday.", False),
        ("Lane said on Friday that Gray's refusal thus far to pay was not a good thing.", True),
        ("Gray did not attack Lane in his remarks on Tuesday night.", True),
        ("The aide told a lunch group on Tuesday that her position remains firm.", False),
        ("The town released a statement saying Lane's comments “are not facts.”", False),
        ("Gray rejected Lane's offer to pay for the harbour bridge on Tuesday.", True),
        ("The aide said on Tuesday that her position on the bridge remains firm.", True),
        ("Lane's decision to close the bridge was criticised on Tuesday.", True),
        ("Lane made an offer to Gray, and Gray rejected Lane's offer on Tuesday.", True),
        ("Gray blamed the press for Lane's claim that taxes fell, missing Lane's remarks.", True),
        ("The speaker has rejected several of Lane's comments throughout the campaign.", True),
        # plural: whose demands, which videos, only the sentences before say
        ("The union said on Tuesday that the mayor had met his demands.", False),
        ("The videos obviously show intent to harm the guards, Lane said on Monday.", False),
        ("The union said on Tuesday that the mayor had met his demands for a pay rise.", True),
        ("The videos of the raid were released by the police in Fresno on Monday.", True),
        ("Police released two videos on Monday, and the videos show the guards fleeing.", True),
    ],
)
def test_a_phrase_a_task_or_an_owned_offer_told_before_does_not_stand_alone(
    text: str, alone: bool
) -> None:
    assert stands_alone(text) is alone


def test_a_quotation_cut_at_its_own_full_stop_is_shown_to_its_close() -> None:
    text = (
        "Dean poked at Gray's sniffing during the debate, tweeting, “Notice Gray sniffing"
        " all the time. Coke user?”\nDean then appeared on television."
    )
    first = text[: text.index("Coke")].rstrip()
    ext = Extraction(Document("d", "d", "txt", text, ""), sentences=((0, len(first)),))
    assert read_alone(first, 0, ext) == (
        "Dean poked at Gray's sniffing during the debate, tweeting, “Notice Gray sniffing"
        " all the time. Coke user?”"
    )


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        # "that" before a common noun, after a preposition or opening the sentence: the
        # sentences before say which
        ("Since that attack, Republicans have criticized the strategy.", False),
        ("That figure rose to 40 on Monday.", False),
        ("He was wrong about that claim, officials said.", False),
        # a clause's "that", a time, a degree
        ("That Trump won Iowa surprised many.", True),
        ("Officials said that day that schools would close.", True),
        ("He said that voters were angry.", True),
        ("It is not that simple, the minister said.", True),
        # "do so" whose doing only the sentences before tell
        ("Egypt had not found the political will to do so, an official said.", False),
        ("Officials urged people to stay home, and most did so.", True),
        ("Analysis done so far suggests a mild virus.", True),
    ],
)
def test_that_and_do_so_point_back_unless_the_sentence_says_what(text: str, alone: bool) -> None:
    assert stands_alone(text) is alone


def test_a_contrast_opening_on_yet_is_not_shown_alone() -> None:
    """Its point is the sentence after: what the teacher assumed, before the test said no."""
    text = "Yet earlier this week, the teacher assumed he had escaped the new fever."
    assert read_alone(text, 0, None) is None
    plain = "Mayor Ada Brandt assumed on Monday that the bridge would open on time."
    assert read_alone(plain, 0, None) == plain
    assert read_alone(f"Yet m{plain[1:]}", 0, None) is None
    more = "Yet another poll showed the mayor ahead by six points on Monday."
    assert read_alone(more, 0, None) == more


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        # one more item of a list the sentences before began
        ("In another incident, a guard was hurt at the jail on Friday.", False),
        ("In a separate case, a judge in Ohio fined the firm on Friday.", False),
        ("Separately, the port of Selden closed on Friday.", False),
        ("Also, the port of Selden closed on Friday.", False),
        # controls: the same words telling their own news
        ("In a second round of voting on Friday, the senate passed the port bill.", True),
        ("The port of Selden also closed on Friday.", True),
    ],
)
def test_an_opener_adding_one_more_item_to_the_article_does_not_stand_alone(
    text: str, alone: bool
) -> None:
    assert stands_alone(text) is alone


def test_also_before_the_sentences_own_day_is_dropped() -> None:
    assert clean("Also on Tuesday, the senate passed the port bill.") == (
        "On Tuesday, the senate passed the port bill."
    )
    kept = "Also known as the port bill, the measure passed on Tuesday."
    assert clean(kept) == kept


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("Both men denied the charges at a hearing in Ohio on Friday.", False),
        ("Police said both of them were released on bail on Friday.", False),
        # the pair named in the sentence, or a coordination: says which
        ("Ann Ruiz and Tom Lee met on Friday, and both men denied the charges.", True),
        ("Both men and women were screened at the airport on Friday.", True),
    ],
)
def test_both_men_is_a_pair_the_sentences_before_named(text: str, alone: bool) -> None:
    assert stands_alone(text) is alone


def test_a_writers_today_on_a_page_of_several_stories_is_not_shown() -> None:
    from briefgen.models import Block

    text = (
        "Morning roundup\n"
        "A judge in Ohio fined the port authority today. "
        "The port of Selden closed on 3 May 2016."
    )
    first = text.index("A judge")
    second = text.index("The port")
    blocks = (Block(0, first - 1, "story_break"), Block(first, len(text), "body"))
    doc = Document("d", "d", "txt", text, "", blocks=blocks)
    ext = Extraction(document=doc, sentences=((first, second - 1), (second, len(text))))
    assert read_alone(text[first : second - 1], first, ext) is None
    # its day given: shown
    assert read_alone(text[second:], second, ext) == "The port of Selden closed on 3 May 2016."
    # the same "today" on a page of one story: its day is the page's
    single = Document("d", "d", "txt", text, "", blocks=(Block(0, len(text), "body"),))
    ext = Extraction(document=single, sentences=ext.sentences)
    assert read_alone(text[first : second - 1], first, ext) == (
        "A judge in Ohio fined the port authority today."
    )


def test_a_framed_quotation_is_shown_to_its_close_within_a_shown_sentences_words() -> None:
    # "not just closing" promises the point the next quoted sentence makes
    text = (
        'The mayor blamed the council, saying that the "city is not just closing the bridge.'
        ' It is closing it having admitted that the repairs failed. Traffic will suffer."\n'
        "The council met later."
    )
    first = text[: text.index(" It is")]
    ext = Extraction(Document("d", "d", "txt", text, ""), sentences=((0, len(first)),))
    shown = read_alone(first, 0, ext)
    assert shown == first + '"'  # as a candidate: its own words, weighed so
    assert framed_to_close(shown, first, 0, ext) == text[: text.index("\n")]


def test_a_framed_quotation_too_long_to_show_whole_is_closed_after_its_last_fitting_sentence() -> (
    None
):
    long = " ".join(["The harbour works will take many more years than anyone said."] * 6)
    text = (
        'The mayor blamed the council, saying that the "city is not just closing the bridge.'
        f' It is closing it having admitted that the repairs failed. {long}"\nThe council met.'
    )
    first = text[: text.index(" It is")]
    ext = Extraction(Document("d", "d", "txt", text, ""), sentences=((0, len(first)),))
    shown = framed_to_close(read_alone(first, 0, ext) or "", first, 0, ext)
    assert shown.startswith(first + " It is closing it having admitted that the repairs failed.")
    assert shown.endswith('said."')
    assert len(shown.split()) <= 60


@pytest.mark.parametrize(
    "opener", ["Interestingly, ", "Tellingly, ", "Notably, ", "Not surprisingly, "]
)
def test_a_leading_comment_adverb_is_the_writers_and_is_dropped(opener: str) -> None:
    fact = "the mayor blamed the council for the closure of the harbour bridge on Monday."
    assert clean(opener + fact) == "T" + fact[1:]


def test_an_opening_adverb_of_manner_or_time_stays() -> None:
    text = "Quickly, the mayor closed the harbour bridge on Monday."
    assert clean(text) == text


def test_a_comma_spliced_clause_keeps_the_pronoun_its_own_sentence_names() -> None:
    text = (
        "The bridge closed. Mayor Tom Brandt spoke on Monday. Brandt blamed the council,"
        ' he stated that the "repairs had failed."'
    )
    at = text.index("Brandt blamed")
    sentence = text[at:]
    mentions = (
        Mention(
            "d", text.index("Tom Brandt"), text.index(" spoke"), "Tom Brandt", "name", "person"
        ),
        Mention("d", at, at + 6, "Brandt", "surname", "person"),
    )
    first, second = text.index("Mayor"), at
    ext = Extraction(
        Document("d", "d", "txt", text, ""),
        mentions=mentions,
        sentences=((0, first - 1), (first, second - 1), (second, len(text))),
    )
    assert read_alone(sentence, at, ext) == sentence


def test_a_quotation_opening_its_sentence_or_finished_within_a_few_words_is_not_extended() -> None:
    text = "“The bridge is closed. It will stay closed all year,” the mayor said.\nMore."
    first = text[: text.index(" It will")]
    ext = Extraction(Document("d", "d", "txt", text, ""), sentences=((0, len(first)),))
    assert framed_to_close(first + "”", first, 0, ext) == first + "”"
    short = 'The mayor said that the "bridge is closed. For now." Then he left.\nMore.'
    cut = short[: short.index(" For now")]
    ext = Extraction(Document("d", "d", "txt", short, ""), sentences=((0, len(cut)),))
    shown = read_alone(cut, 0, ext)
    assert shown == 'The mayor said that the "bridge is closed. For now."'
    assert framed_to_close(shown, cut, 0, ext) == shown
