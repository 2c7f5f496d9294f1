"""How sure a position's speaker is, and which statements a profile may show as its own."""

from __future__ import annotations

import pytest

from briefgen.aggregate.actors import attribute_positions, resolve_actors
from briefgen.aggregate.keypositions import key_positions
from briefgen.extract.actors import extract_mentions
from briefgen.extract.nlp import load_nlp
from briefgen.extract.positions import extract_positions
from briefgen.models import Document, Extraction, Position


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def positions_of(nlp, text: str, turn=None) -> list[Position]:
    doc = Document(id="a", source="a.txt", format="txt", text=text, title="")
    sdoc = nlp(text)
    return extract_positions(doc, sdoc, extract_mentions(doc, sdoc), turn)


def one(positions: list[Position], needle: str) -> Position:
    found = [p for p in positions if needle in p.text]
    assert len(found) == 1, [p.text for p in positions]
    return found[0]


def test_a_name_at_the_cue_is_grounded_a_pronoun_is_inferred(nlp):
    text = (
        "The promoter Christopher Hunt defended the tribute concert in Cardiff on Monday. "
        '"Michael Jackson changed the way every one of us hears music today," he told '
        "reporters.\n\n"
        '"We have sold every ticket for both nights of the show," said Christopher Hunt.\n'
    )
    ps = positions_of(nlp, text)
    assert one(ps, "changed the way").attribution == "inferred"
    sold = one(ps, "sold every ticket")
    assert (sold.speaker, sold.attribution) == ("Christopher Hunt", "cue")


def test_profiles_show_only_statements_named_at_their_cue(nlp):
    # the quotation names the singer, but the promoter speaks it; whatever "he" resolves
    # to, the singer's profile must not show it, and the promoter's shows his named words
    text = (
        "Michael Jackson died in 2009. The promoter Christopher Hunt defended the concert. "
        '"Michael Jackson was the greatest performer of our age and the fans all know it," '
        "he told reporters on Monday.\n\n"
        '"We have sold every ticket for both nights of the show," said Christopher Hunt.\n'
    )
    doc = Document(id="a", source="a.txt", format="txt", text=text, title="")
    sdoc = nlp(text)
    mentions = extract_mentions(doc, sdoc)
    ex = Extraction(
        document=doc,
        mentions=tuple(mentions),
        positions=tuple(extract_positions(doc, sdoc, mentions)),
    )
    actors, mention_map = resolve_actors([ex])
    positions = attribute_positions(ex.positions, actors, mention_map)
    shown = {
        p.text for a in actors for p in key_positions(a.id, positions, 3) if a.type == "person"
    }
    assert not any("greatest performer" in t for t in shown)
    assert any("sold every ticket" in t for t in shown)


def test_a_surname_two_people_share_is_no_grounded_speaker(nlp):
    text = (
        "Bill Clinton spoke in Ohio on Friday. Hillary Clinton spoke in Iowa on Friday. "
        "Bill Clinton praised the crowd in Ohio.\n\n"
        "Clinton wrote that the doctors had found a large clot behind her right knee.\n"
    )
    p = one(positions_of(nlp, text), "clot behind")
    assert p.attribution == "inferred"


def test_a_title_that_contradicts_the_full_name_keeps_the_surname(nlp):
    text = (
        "Randy Jackson thanked the fans in Los Angeles. Randy Jackson also thanked his lawyers "
        "for their work. He flew home on Sunday.\n\n"
        'At a press conference Mrs Jackson said: "Our family gave everything to the world."\n'
    )
    p = one(positions_of(nlp, text), "gave everything")
    assert p.speaker != "Randy Jackson"


def test_a_country_speaks_only_as_an_institution(nlp):
    # the diplomatic metonymy: a country as subject of its sentence's main verb, or a frame
    # that names an institution; inside someone else's clause it is not the country's word
    embedded = positions_of(
        nlp,
        "The talks ended in a deal in which Canada pledged that it would lift the limits on "
        "imported steel.\n",
    )
    assert one(embedded, "lift the limits").attribution == "inferred"
    for text in (
        "Canada pledged on Monday that it would lift the limits on imported steel.\n",
        "Canada said in a statement that it would lift the limits on imported steel.\n",
        "Canada's government said that it would lift the limits on imported steel.\n",
    ):
        p = one(positions_of(nlp, text), "lift the limits")
        assert (p.speaker, p.attribution) == ("Canada", "cue")


def test_a_transcript_turn_is_its_labelled_speaker(nlp):
    text = "Let us start tonight with the economy and the question of jobs in the Midwest.\n"
    ps = positions_of(nlp, '"' + text.strip() + '"\n', turn=lambda i: "Chris Wallace")
    p = one(ps, "start tonight")
    assert (p.speaker, p.attribution) == ("Chris Wallace", "label")


def test_a_quotation_set_against_a_promise_is_not_the_promisers(nlp):
    text = (
        "The Gazette was skeptical about these assurances. The rebels promised not to take "
        'the towns by force. However, "immediately after the press conference, the news on '
        'heavy clashes in the outskirts of the city appeared"\n'
    )
    p = one(positions_of(nlp, text), "heavy clashes")
    assert p.speaker != "rebels"
    assert p.cue != "promised"


def test_the_place_an_institution_sits_in_is_not_the_speaker(nlp):
    text = (
        "While the Kremlin called for recognition of the new rulers, the Russian embassy in "
        "Kabul expressed early readiness to interact with the new de facto authorities.\n"
    )
    p = one(positions_of(nlp, text), "early readiness")
    assert p.speaker != "Kabul"
    assert p.speaker_mention is None or p.speaker_mention.text != "Kabul"


def test_a_name_that_only_qualifies_the_speaker_is_not_the_speaker(nlp):
    text = (
        "Maria Delgado died in 2009. The executors of Maria Delgado's estate said that they "
        "would put aside a large sum in a trust fund for her children.\n"
    )
    p = one(positions_of(nlp, text), "trust fund")
    assert p.speaker != "Maria Delgado"


def test_a_byline_run_into_the_next_speakers_name_is_not_the_speaker(nlp):
    """A correspondent's byline fused to the next paragraph: the name right before the cue
    speaks, and the byline's role is no apposition of the correspondent's that holds her."""
    text = (
        "The patient died on Monday.\nFergus Walsh, BBC medical correspondent Scottish Health "
        'Secretary Nicola Sturgeon said: "I\'d like to express my condolences to the family."\n'
    )
    doc = Document(id="a", source="a.txt", format="txt", text=text, title="")
    sdoc = nlp(text)
    mentions = extract_mentions(doc, sdoc)
    walsh = next(m for m in mentions if m.text == "Fergus Walsh")
    assert walsh.role is None
    assert not [m for m in mentions if m.kind == "description" and "Sturgeon" in m.text]
    said = one(extract_positions(doc, sdoc, mentions, None), "condolences")
    assert said.speaker == "Nicola Sturgeon"


def test_a_name_an_apposition_ties_in_by_of_stays_part_of_the_role(nlp):
    text = 'Ann Smith, the wife of John Smith, said: "We are grateful."\n'
    doc = Document(id="a", source="a.txt", format="txt", text=text, title="")
    sdoc = nlp(text)
    mentions = extract_mentions(doc, sdoc)
    assert next(m for m in mentions if m.text == "Ann Smith").role == "the wife of John Smith"
    assert one(extract_positions(doc, sdoc, mentions, None), "grateful").speaker == "Ann Smith"


def test_a_name_the_role_holds_keeps_the_role_and_the_speaker(nlp):
    """An object or a modifier in the apposition ("refused to endorse Mr. Trump", "a longtime
    Trump critic") is part of the role, not a name run on after it."""
    text = (
        "Gov. John Kasich of Ohio, a Republican who has refused to endorse Mr. Trump, said the "
        "family deserved better.\n"
        '"It is a generational wipeout," said Rick Wilson, a Republican political consultant '
        "and longtime Trump critic.\n"
    )
    doc = Document(id="a", source="a.txt", format="txt", text=text, title="")
    sdoc = nlp(text)
    mentions = extract_mentions(doc, sdoc)
    wilson = next(m for m in mentions if m.text == "Rick Wilson")
    assert wilson.role is not None and "Trump critic" in wilson.role
    positions = extract_positions(doc, sdoc, mentions, None)
    assert one(positions, "deserved better").speaker == "John Kasich"
    assert one(positions, "wipeout").speaker == "Rick Wilson"


def test_a_name_in_apposition_to_the_speakers_description_speaks(nlp):
    """ "The BBC's medical correspondent Fergus Walsh said": the description's head is a
    noun, but the name beside it is whom it describes, named at the cue, and the quotation
    going on after "He added" is his."""
    text = (
        'Nicola Sturgeon said: "We are ready."\n'
        'The BBC\'s medical correspondent Fergus Walsh said: "Swine flu is a risk to some."\n'
        'He added: "It is mild for most.\nThe difference is the age of those it targets."\n'
    )
    ps = positions_of(nlp, text)
    said = one(ps, "Swine flu is a risk")
    assert (said.speaker, said.attribution) == ("Fergus Walsh", "cue")
    assert one(ps, "The difference").speaker != "Nicola Sturgeon"


def test_a_plural_description_before_names_gives_no_one_of_them_the_statement(nlp):
    """ "Democratic candidates Hillary Clinton and Bernie Sanders said …": both speak, so the
    first name in apposition to the plural is not the speaker alone."""
    text = "Democratic candidates Hillary Clinton and Bernie Sanders said they support the plan.\n"
    assert one(positions_of(nlp, text), "support the plan").speaker != "Hillary Clinton"
