"""Page parts run into the paragraphs of an article: pull quotes, profile boxes, datelines."""

from __future__ import annotations

from briefgen.models import Document
from briefgen.structure import extraction_view, structure_document


def _kinds(text: str) -> dict[str, str]:
    doc = Document(id="a.txt", source="a.txt", format="txt", text=text, title="")
    return {doc.text[b.start : b.end]: b.kind for b in structure_document(doc).blocks}


def _read(text: str) -> str:
    doc = Document(id="a.txt", source="a.txt", format="txt", text=text, title="")
    return extraction_view(text, structure_document(doc).blocks)


PULL_QUOTE = (
    "Mill fire leaves fifty without work\n\n"
    "A fire destroyed the old wool mill in the town on Sunday night, the fire service said.\n"
    "The owners said the mill would not reopen this year.\n"
    # the pull quote, its full stop lost, run into the next paragraph
    "It was the heart of this town for a hundred years and now it is gone "
    "The mill employed fifty people, most of them from the town.\n"
    'One worker, Anna Berg, said: "It was the heart of this town for a hundred years and now it '
    'is gone."\n'
)


def test_a_pull_quote_run_into_a_paragraph_is_not_read_twice() -> None:
    kinds = _kinds(PULL_QUOTE)
    assert kinds["It was the heart of this town for a hundred years and now it is gone"] == (
        "furniture"
    )
    assert kinds["The mill employed fifty people, most of them from the town."] == "body"
    read = _read(PULL_QUOTE)
    assert read.count("It was the heart of this town") == 1  # the quotation in the article
    assert "One worker, Anna Berg, said" in read


SIGNED_PULL_QUOTE = (
    "Schools to stay open\n\n"
    "Schools will stay open unless a pupil falls ill, the minister said on Monday.\n"
    # the pull quote and its signature, run into the next paragraph
    "We do not want to take any risks with children at this stage "
    "Sir Alan Marsh, England's Chief Nursing Officer The health department added that all "
    "cases so far have been mild.\n"
    'Sir Alan Marsh said: "We do not want to take any risks with children at this stage, '
    'when we do not know enough."\n'
)


def test_a_pull_quote_s_signature_is_no_subject_of_the_paragraph_after_it() -> None:
    read = _read(SIGNED_PULL_QUOTE)
    assert "The health department added that all cases so far have been mild." in read
    assert "Chief Nursing Officer" not in read
    assert read.count("Sir Alan Marsh") == 1  # the article's own attribution


# a page's abstract repeating the opening of its lede, each in a paragraph of its own
ABSTRACT_REPEATS_LEDE = (
    "Mayor defends budget on radio\n\n"
    "ABSTRACT.\n\n"
    "A day after the council vote, the official taking the questions was Anna K. Berg, "
    "who spoke on the radio.\n\n"
    "FULL TEXT.\n\n"
    "A day after the council vote, the official taking the questions was Anna K. Berg, "
    "who spoke on the radio to defend the budget and the new parking fees in the centre.\n"
    "Ms. Berg said the fees would pay for two new bus lines.\n"
)


def test_a_repeat_ending_in_a_given_name_does_not_cut_a_name_at_its_middle_initial() -> None:
    read = _read(ABSTRACT_REPEATS_LEDE)
    assert "K. Berg, who spoke" not in read.replace("Anna K. Berg", "")
    assert "Anna K. Berg, who spoke on the radio to defend the budget" in read


FACTBOX = (
    "Singer dies at 70\n\n"
    "The singer died at his home on Friday, his family said.\n"
    "Born: May 1, 1950, Springfield Genre: Folk Best known for: Rivers, Long Road Home, "
    "Winter Song Earlier, his band said a farewell concert would go ahead in June as planned.\n"
    "Tributes were paid by fans around the world.\n"
)


def test_a_profile_box_flattened_into_a_line_is_furniture_and_the_paragraph_after_it_body() -> None:
    kinds = _kinds(FACTBOX)
    box = next(t for t in kinds if t.startswith("Born:"))
    assert kinds[box] == "furniture"
    assert box.endswith("Winter Song")
    sentence = "Earlier, his band said a farewell concert would go ahead in June as planned."
    assert kinds[sentence] == "body"
    assert "Born:" not in _read(FACTBOX)


WIRE = (
    "Markets steady as flu fears ease * Shares rise in early trade * Airlines recover "
    "LONDON, May 4 (Newswire) - European shares rose on Monday as investors bet that the flu "
    "outbreak would do less harm to the economy than feared.\n"
    "Airline stocks led the gains, traders said.\n"
)


def test_a_wire_dateline_deep_in_the_opening_line_ends_the_headline() -> None:
    kinds = _kinds(WIRE)
    assert kinds["LONDON, May 4 (Newswire) -"] == "dateline"
    assert kinds[WIRE[: WIRE.index(" LONDON")]] == "headline"
    assert _read(WIRE).lstrip().startswith("European shares rose on Monday")


# A plain-text article: headline, a one-sentence lede, then a longer paragraph. Short as
# it is, the lede is the article's first sentence, not a standfirst to be left unread.
ONE_SENTENCE_LEDE = (
    "Harbour Board Kept Dredging Report Quiet, Former Engineer Says.\n\n"
    "Silence is nothing new at the harbour board, its former chief engineer Maria Lopez "
    "maintains.\n\n"
    "Lopez, who ran the dredging programme for nine years before she retired in 2019, said "
    "the board knew in 2015 that the channel was silting faster than it told shipping "
    "companies, and that a report saying so was never published.\n"
)


def test_a_one_sentence_lede_under_the_headline_is_read() -> None:
    title = ONE_SENTENCE_LEDE.splitlines()[0]
    name = "harbour-board-kept-dredging-report-quiet.txt"  # a scraped file, named by its title
    doc = Document(id=name, source=name, format="txt", text=ONE_SENTENCE_LEDE, title=title)
    blocks = structure_document(doc).blocks
    kinds = {doc.text[b.start : b.end]: b.kind for b in blocks}
    assert kinds[title] == "headline"
    lede = (
        "Silence is nothing new at the harbour board, its former chief engineer Maria Lopez "
        "maintains."
    )
    assert kinds[lede] == "body"
    assert "Maria Lopez" in extraction_view(doc.text, blocks)


# Wire copy with no headline in the text: the lede's verb and its object are split by a
# capitalised word ("has sought U.S. approval"), which reads like a caption ending there.
HEADLESS_LEDE = (
    "Harwick Corp., rumored a potential takeover target for six months, said that a Dutch "
    "company has sought U.S. approval to buy up to a quarter of Harwick's shares.\n\n"
    "Harwick responded by strengthening its poison-pill plan.\n"
)


def test_a_verb_after_its_auxiliary_goes_on_across_a_capitalised_word() -> None:
    doc = Document(id="w.jsonl:1", source="w.jsonl:1", format="jsonl", text=HEADLESS_LEDE, title="")
    read = extraction_view(doc.text, structure_document(doc).blocks)
    assert read.startswith("Harwick Corp., rumored a potential takeover target")


# The same after "to": "seeking to demonstrate American support" is one sentence.
DATELINED_LEDE = (
    "DAR ES SALAAM, Tanzania (AP) —\n\n"
    "U.S. Secretary of State Madeleine Albright headed Tuesday to East Africa, seeking to "
    "demonstrate American support after the bombings that targeted U.S. embassies.\n\n"
    "She will meet survivors in both capitals.\n"
)


def test_a_verb_after_to_goes_on_across_a_capitalised_word() -> None:
    doc = Document(
        id="w.jsonl:2", source="w.jsonl:2", format="jsonl", text=DATELINED_LEDE, title=""
    )
    read = extraction_view(doc.text, structure_document(doc).blocks)
    assert "U.S. Secretary of State Madeleine Albright headed Tuesday" in read
