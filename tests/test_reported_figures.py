"""A key figure is a quantity the story reports as a fact, the corroborated first, the latest
count of a series in place of the earlier ones."""

from __future__ import annotations

import re
from dataclasses import replace

from briefgen.bottomline import Candidate
from briefgen.figures import has_figure, mentioned_only, quantities
from briefgen.key_figures import FIGURES, key_figures
from briefgen.models import Document, Evidence, Extraction
from briefgen.summarize import _mmr, summarize


def _extractions(texts: dict[str, tuple[str, str]]) -> list[Extraction]:
    out = []
    for doc_id, (day, text) in texts.items():
        doc = Document(doc_id, doc_id, "txt", text, "", day, "stated")
        spans = [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text)]
        out.append(Extraction(document=doc, sentences=tuple(spans)))
    return out


def test_a_quoted_a_hypothetical_or_a_passing_number_is_not_reported() -> None:
    # inside a quotation, whole or begun in the sentence before
    assert mentioned_only('"I was at 3 or 4 percent in the polls," Ms Vane said on Monday.')
    assert mentioned_only('at 4 percent in the polls back then," Ms Vane said on Monday.')
    assert mentioned_only("Ms Vane said: “We will spend $500,000 on homes in the valley.”")
    # the size of a thing a noun's infinitive names in passing
    assert mentioned_only("Ms Vane has one word for her rival's plan to expel 9 million.")
    assert mentioned_only("The mayor dropped a bid to raise $40 million from the port.")
    assert mentioned_only("The union chief is worried about her 2.1 million members.")
    assert mentioned_only("A 12-member jury was chosen for the trial of the mayor.")
    assert not mentioned_only("The mayor was jailed for a 10-year term on Monday.")
    # told in an aside
    assert mentioned_only("The firm took out a policy - with cover of $17 million - in May.")
    # a place's size, told by who lives there
    assert not has_figure("Fear is felt among the capital's 20 million residents.")
    assert not has_figure("The capital, with more than 20 million inhabitants, was calm.")
    # a condition, a possibility, a requirement
    assert mentioned_only("If Mr Crane won 30 percent of the vote, he would lead the race.")
    assert mentioned_only("Mr Crane would need to win 55 percent of the vote to lead.")
    assert mentioned_only("The fine for the port could reach $5 million by the spring.")
    # measured or decided quantities are reported, a quotation beside them or not
    assert not mentioned_only("A poll of the valley on Monday gave Ms Vane 46 percent.")
    assert not mentioned_only('Mr Crane was bailed for $75,000 after denying "any wrongdoing".')
    assert not mentioned_only("The toll of the fever in the valley rose to 1,604.")


def test_two_reports_of_one_quantity_agree_however_written() -> None:
    assert quantities("He was bailed for $75,000 on Monday.") & quantities(
        "Bail of $75,000 was set."
    )
    assert quantities("She polled 46 percent.") == quantities("She polled 46%.")
    assert "1604" in quantities("The total reached 1,604 cases.")
    assert not quantities("The talks ended in 2019.")  # a year is no quantity
    assert not quantities("He gave the drug between 1040 and 1050.")  # nor a time


def test_quoted_passing_and_hypothetical_numbers_are_no_key_figures() -> None:
    texts = {
        "a": (
            "2021-05-01",
            "The valley fever clinic has spent $12 million in its first week, the board said. "
            '"We had $300,000 and no staff at all," a fever nurse said at the valley clinic. '
            "The fever board mocked the mayor's plan to spend $20 million on valley nurses. "
            "If the fever spread to the coast, the board would need $4 million more.",
        ),
    }
    summary = summarize(_extractions(texts), [], [], judgments=0, query=("fever",))
    shown = " ".join(c.text for c in summary.key_figures)
    assert "$12 million" in shown
    assert "$300,000" not in shown and "$20 million" not in shown and "$4 million" not in shown


def _candidate(doc: str, text: str, score: float, word: str) -> Candidate:
    evidence = Evidence(doc, 0, len(text), text, text, 0)
    return Candidate(text, evidence, {word: 1.0}, score, figure=True)


def test_a_corroborated_count_beats_a_one_source_side_amount() -> None:
    # Side amounts, each in one report only and each scored above the count two reports give.
    side = [
        _candidate(
            f"side{i}", f"The firm's policy {i} had cover of ${i + 11} million.", 0.9, f"w{i}"
        )
        for i in range(FIGURES + 1)
    ]
    count = _candidate("a", "The clinic's patients so far number 1,250.", 0.2, "patient")
    again = _candidate("b", "Doctors there have seen 1,250 patients.", 0.1, "patient")
    # the same number of another thing in another report agrees with nothing
    other = _candidate("c", "The firm sold 1,250 shares.", 0.05, "share")
    chosen = key_figures([*side, count, again, other], [], _mmr)
    assert len(chosen) == FIGURES
    assert chosen[0] is count  # the quantity two reports agree on comes first
    assert other not in chosen  # one number of two things is no agreement
    # background every report repeats ("the 1968 pandemic killed 1,250") is not put first
    old = replace(count, background=True)
    chosen = key_figures([*side, old, again], [], _mmr)
    assert old not in chosen


def test_a_later_count_of_a_series_replaces_an_earlier_one() -> None:
    texts = {
        "mon": (
            "2021-05-03",
            "The health board said the number of fever cases in the valley rose to 120. "
            "Nurses from the coast came to the field clinic in the valley to help.",
        ),
        "wed": (
            "2021-05-05",
            "Officials in the hills reported that the total of fever cases there had reached 340. "
            "Farmers left the upper pastures for the market towns.",
        ),
        "fri": (
            "2021-05-07",
            "Doctors at the coast clinics put the fever cases tally at 910. "
            "Teachers closed the schools of the valley for a week.",
        ),
    }
    summary = summarize(_extractions(texts), [], [], judgments=2, query=("fever",))
    told = (summary.bottom_line, *summary.judgments, *summary.key_figures)
    shown = " ".join(c.text for c in told if c)
    assert "910" in shown
    assert "120" not in shown and "340" not in shown
