"""What a brief shows is what happened: not forecasts, countdowns, methods or appearances."""

from __future__ import annotations

import pytest

from briefgen.figures import has_figure, superseded
from briefgen.newsworthy import ceremonial, crosstab, promotes, routine, tells_news


@pytest.mark.parametrize(
    "sentence",
    [
        # A hedged forecast that may never come true.
        "Correspondents say that with multiple witnesses already called on Monday, the case "
        "could go to the jury as early as the end of this week.",
        "The vote might slip to next month, aides said.",
        # A countdown lede dates the article, not an event.
        "Today is two months until the presidential election.",
        "Tuesday marks 50 days before the vote.",
        # the count back dates the happening (``counted_since``); it is no report of it
        "Tuesday marks four weeks since the governor won the state primary.",
        # A survey's method without its result.
        "The Washington Post/ABC News poll was conducted from Sept. 19 to 22, surveying a "
        "random sample of 1,001 adults by landline and cellphone.",
        "The survey interviewed 1,200 voters and has a margin of error of 3 percentage points.",
        # An appearance framed as the news.
        "Longtime pollster Pat Caddell told Radio Daily host Alex Marlow on Thursday how "
        "surprised he is that health has been at the forefront.",
        "Smith appeared on Channel Nine on Tuesday and began by saying he was sorry.",
        # That someone spoke, and where, without what: the scene around the news.
        "The party's spokeswoman spoke to reporters Friday after the mayor's tweets.",
        "The nominee was speaking Friday in Fort Wayne, hours after the rally ended.",
        # What holds only on a condition.
        "If a resistant strain of the virus starts circulating it would be a concern.",
        "Unless talks resume by Friday, the strike will spread to the docks.",
        # An organiser's praise for the show announced.
        "Announcing the festival on Monday, its director said the extra special weekend would"
        " honour one of the greatest bands of all time.",
        # The narrator files the item as one of a kind.
        "A nurses' union endorsed the mayor on Thursday, another example of labour backing him.",
        # The narrator's question: a Q&A heading, a rhetorical lede.
        "Does that mean the peak of the outbreak will come earlier than expected?",
    ],
)
def test_what_did_not_happen_or_only_frames_the_news_is_not_news(sentence: str) -> None:
    assert not tells_news(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The jury found the doctor guilty of involuntary manslaughter on Monday.",
        # "may" the month, "could not" and "may have" are no forecasts.
        "The minister resigned in May after the report was published.",
        "The doctor could not explain why he left the room, the court heard.",
        # A quotation's hedge is the speaker's, reported as said.
        'The judge said: "This could take weeks."',
        # A survey with its result is news.
        "The poll, conducted from Sept. 19 to 22, found Clinton ahead by 2 points.",
        # A schedule keeps its hedge: the timeline's schedule rules decide about it.
        "Murray is due to be sentenced on 29 November and could get four years.",
        "Smith told the committee on Thursday that the plan had failed.",
        "The president spoke to reporters on Friday about the strike at the port.",
        # A condition inside the sentence, past its news, leaves the news standing.
        "The board approved the merger on Monday, even if some members objected.",
        # A speaker's question, quoted, is what they said.
        '"How many times must we see this?" the senator asked at the rally on Tuesday.',
    ],
)
def test_what_happened_is_news(sentence: str) -> None:
    assert tells_news(sentence)


def test_a_figure_the_article_compares_its_news_with_is_superseded() -> None:
    assert superseded(
        "In the previous Washington Post/ABC News national poll, conducted in early September, "
        "Clinton led Trump by 5 percentage points among likely voters."
    )
    assert superseded("The prior estimate put the damage at $3 billion.")
    assert not superseded("Clinton leads Trump by 43 percent to 38 percent in the poll.")
    assert not superseded("Sales rose 10 percent earlier this month.")


def test_an_amount_is_a_figure_and_a_rank_is_not() -> None:
    assert has_figure("Insurers estimate the damage at 40 million euros in the valley.")
    assert has_figure("A total of 11 albums by the band featured in the chart, against 200.")
    assert not has_figure("A total of 11 albums by the band featured in the top 200.")
    assert not has_figure("The single featured in the top 200 for a week.")
    assert not has_figure("The song climbed to number 12 on Sunday.")
    assert not has_figure("He flew F16 jets in the 201st squadron.")


@pytest.mark.parametrize(
    ("statement", "promoting"),
    [
        ("We're delighted that such exciting acts have joined the line-up", True),
        ("It's going to be a huge and spectacular event.", True),
        ("We wanted something worthy of his music, yet something fun and true", True),
        ("We are delighted with the verdict and grateful to the jury", False),
        ("The verdict is a huge relief for the family, who waited two years", False),
    ],
)
def test_a_promoter_s_praise_is_told_from_a_stance(statement: str, promoting: bool) -> None:
    assert promotes(statement) is promoting


@pytest.mark.parametrize(
    "sentence",
    [
        # The crowd around the story, doing what a crowd does.
        "Supporters' club fans continue to line up against the stadium wall from 7:30 am.",
        "Fans waited nervously outside the courtroom, many of them holding signs.",
        # A chart position or a best seller: the market's colour.
        "Earlier on Sunday her songs topped the download charts in every country.",
        "The author has been named the biggest-selling writer of the decade.",
        # The press telling its own doings.
        "The Herald columnist Ann Vale complained today of hysterical coverage of the storm.",
        "The Daily Courier ran a long feature Saturday that profiled a flood volunteer.",
        "After wall-to-wall flood coverage on Monday, the networks turned to the budget.",
        "Online searches for the word flood sent millions of readers to the council's site.",
        # The medium addressing its own audience: a quiz, a call-in.
        "In March, a quiz asked readers to guess whether certain lines came from the mayor.",
        "The station invited listeners to phone in their memories of the bridge on Friday.",
        # A host's view on the air: the show's talk.
        "Months after their feud, radio host Kim Dale indicated Tuesday night that any bad "
        "blood with the mayor has largely abated.",
        "Breakfast TV presenter Sam Lowe joked on Monday that the bridge was older than him.",
    ],
)
def test_the_colour_around_a_story_is_not_news(sentence: str) -> None:
    assert not tells_news(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # What a crowd does as the story, and a paper's own scoop.
        "Police dispersed the crowd with tear gas after it stormed the council building.",
        "Protesters waited outside the ministry until the minister resigned on Friday.",
        "The Daily Courier reported Saturday that it had obtained the council's accounts.",
        "Sales of the drug fell 40 percent after the recall, the company said.",
        "The station fired radio host Kim Dale on Friday over remarks about the mayor.",
        # a principal asking someone of the story is no audience addressed
        "The mayor asked the council on Friday to delay the vote on the depot.",
    ],
)
def test_what_a_crowd_or_a_paper_does_as_the_story_is_news(sentence: str) -> None:
    assert tells_news(sentence)


def test_a_seller_s_delight_at_the_sales_or_the_show_to_come_is_promotion() -> None:
    assert promotes("I'm excited about tomorrow's event, especially with ticket sales going well")
    assert promotes("We're thrilled that the whole tour sold out in an hour")
    assert not promotes("We're excited about tomorrow's vote on the flood defence bill")


@pytest.mark.parametrize(
    "sentence",
    [
        # Grief and sympathy: what any death brings.
        "The family of the first patient to die said today they were absolutely devastated.",
        "Her parents said they were deeply saddened by the news of her death.",
        'The family said today they were "absolutely devastated" as experts tried to calm fears.',
        "The death of the toddler is a tragedy and our thoughts are with the family.",
        "The minister sent his condolences to the crew's families on Sunday.",
        # A holiday's greeting comes every year, whatever the story.
        "The president issued a statement on Monday in observance of the spring festival.",
        # The aftermath's handling.
        "The singer's body was released to the family on Friday night.",
        "Her remains were flown home to her parents in Manila on Tuesday afternoon.",
        # A meeting with nothing of what it decided.
        "The First Minister chaired a meeting of the resilience committee on Sunday.",
        "The exams regulator was meeting today to discuss contingency plans for pupils.",
        "Officials held a conference call with county leaders on Tuesday.",
        "The agency's chief yesterday examined data from eight countries with many cases.",
        # The press's own doings: a phone-in, a web chat.
        "Yesterday, the station did a phone-in on the outbreak with a panel of doctors.",
    ],
)
def test_grief_the_aftermath_and_meetings_without_outcome_are_not_news(sentence: str) -> None:
    assert not tells_news(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # A meeting that decided something: the decision is the news.
        "At a meeting on Sunday the committee agreed to close the border to imports.",
        "Ministers held an emergency meeting and declared a state of emergency.",
        "The agency held a conference call on Wednesday but said no decision had been taken.",
        "The panel reviewed the evidence on Monday and concluded the drug was safe.",
        "Researchers analysed data from 40 hospitals and found the virus was spreading.",
        # Talks between parties: that they met can be the news.
        "The two presidents held talks in Geneva on Tuesday.",
        # An emergency meeting is itself a step of the crisis.
        "The agency convened an emergency committee meeting on Saturday.",
        # A death, its cause and its findings are news; a crisis's scale is no condolence.
        "The coroner ruled on Friday that the singer died of an overdose.",
        "Aid agencies warned of a humanitarian tragedy in the camps as the river rose.",
        "The body was found in the river on Monday, police said.",
        "The coastal town was devastated by the storm on Sunday night.",
        "The remains of 55 soldiers were handed over to the United States on Friday.",
    ],
)
def test_deaths_decisions_and_talks_stay_news(sentence: str) -> None:
    assert tells_news(sentence)


def test_grief_and_routine_are_told_apart() -> None:
    assert ceremonial("Our thoughts are with her family at this difficult time")
    assert not ceremonial("His sympathies lie with the strikers, he told the rally")
    assert ceremonial("We remember the families spending this sacred holiday apart")
    assert routine("Her body was released to her family on Tuesday afternoon")
    assert not routine("The board met on Monday and approved the merger")


@pytest.mark.parametrize(
    "sentence",
    [
        "What matters most is that the girl, after losing her mother at sea, needs her family.",
        "The mayor should resign before the council meets again in the spring.",
        "The council mustn't allow the developers to delay the flood barrier any longer.",
        "Its wisdom was confirmed by relatives who politicized what ought to be a simple case.",
    ],
)
def test_the_writers_own_prescription_is_no_news(sentence: str) -> None:
    assert not tells_news(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The girl must be returned to her father, immigration authorities ruled on Wednesday.",
        "On Monday the senator reiterated that the party must support its nominee in November.",
        "The mayor denied that the council should pay for the flood barrier on Monday.",
        "Under the new law, employers must report every case to the agency within a day.",
        "The minister must have known about the plan before the vote on Monday.",
    ],
)
def test_an_obligation_someone_states_or_a_rule_imposes_is_news(sentence: str) -> None:
    assert tells_news(sentence)


def test_what_someone_would_not_say_is_no_news() -> None:
    """A refusal to say is what was kept back: no happening of its day."""
    assert not tells_news("Pike wouldn't discuss on Tuesday whether she hoped for a seat.")
    assert not tells_news("The campaign would not say if Ode had been interviewed.")
    assert not tells_news("On Friday, the board declined to say whether the port would close.")
    # a refusal that is itself the act, a refusal inside a side clause, or one beside
    # what was said, tells news
    assert tells_news("Pike declined on Tuesday to endorse the harbour plan.")
    assert tells_news("Ode refused to testify before the council on Monday.")
    assert tells_news("The row grew on Monday after Pike refused to say that Ode was fit.")
    assert tells_news("Pike would not say who she backs but said on Friday the port must close.")
    # "would not say" before a view is the view, hedged
    assert tells_news("Pike said on Friday she wouldn't say the plan is beneficial.")
    assert tells_news("On Friday Pike wouldn't say the plan is beneficial to the town.")


def test_the_reporter_s_errand_is_no_news_of_its_day() -> None:
    """A request for comment, its want of an answer, the call that got one: the day given
    is the report's making, not an event of the story."""
    assert not tells_news(
        "Smith did not respond Wednesday to a reporter's request for comment on the remarks."
    )
    assert not tells_news("The campaign did not immediately respond to requests for comment.")
    assert not tells_news("Reached by phone on Tuesday, Smith said he had no regrets.")
    assert not tells_news("When contacted Friday, the company declined to comment.")
    assert not tells_news(
        "As of Tuesday morning, different media sources were reporting that the bill had passed."
    )
    # a refusal told as the speaker's own act, and a statement made to the public, are news
    assert tells_news("The senator said Tuesday he would not respond to the attacks.")
    assert tells_news("The governor vetoed the bill on Tuesday, aides said.")


@pytest.mark.parametrize(
    "sentence",
    [
        # a share within one group of a poll's respondents, the poll named
        "According to the latest state polling, more than half of the senator's support "
        "(55 percent) comes from women.",
        "The governor won 58 percent of union households to her rival's 42 percent, "
        "according to exit polls.",
        # two groups' shares: a breakdown, the poll unnamed
        "Her win rested on the support of women (60 percent) and independents (52 percent).",
    ],
)
def test_a_poll_s_share_within_a_group_of_voters_is_a_detail(sentence: str) -> None:
    assert crosstab(sentence)
    assert not tells_news(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # who leads among all voters is the poll's news
        "A new state poll released Monday found the mayor leading by 9 points among likely "
        "voters, 50 percent to 41 percent.",
        # a party's members are a primary's whole electorate
        "The senator won 61 percent of Republicans in the state's closed primary, a survey found.",
        # a share of cases is no poll's group of respondents
        "About 40 percent of the confirmed cases were among children, officials said.",
        # a count attributed to its source: "according to" names no poll
        "About 60 percent of deaths were among young adults, according to the ministry.",
    ],
)
def test_a_poll_s_overall_result_and_other_shares_stay_news(sentence: str) -> None:
    assert not crosstab(sentence)
    assert tells_news(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Smith didn't return phone messages on Tuesday.",
        "The ministry didn't immediately respond to a request for comment on Friday.",
        "The company never replied to questions sent on Monday.",
        "A spokeswoman did not immediately respond on Thursday.",
    ],
)
def test_an_unanswered_request_however_negated_is_no_news(sentence: str) -> None:
    """One pattern for the errand (events, positions and the printed chronology): a
    contracted "didn't" and "replied" were missed by the events' copy, "return calls" by
    all but the chronology's."""
    assert not tells_news(sentence)


def test_a_return_or_a_reply_that_is_the_act_is_not_an_errand() -> None:
    from briefgen.newsworthy import UNANSWERED

    assert not UNANSWERED.search("The president did not return to Washington until Friday.")
    assert not UNANSWERED.search("He didn't reply to critics who called him weak on Monday.")
    assert not UNANSWERED.search("The minister responded to calls for her resignation.")
