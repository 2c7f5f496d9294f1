"""A query naming a person reads the pages that name the person by surname."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.models import Document, Extraction

# The person named in full once, then by surname: a report on the person.
TRIAL = """Carver trial: nurse tells jury of missed calls

A nurse told the jury on Tuesday that she had called Mr Carver's home three times on the
morning he died. Prosecutors say the surgeon left Carver alone for an hour after giving
him a sedative. The defence says Carver took the pills himself while the surgeon was out
of the room. Carver's family sat in the front row as the nurse gave evidence.
The trial of the surgeon accused of the death of the composer Leo Carver entered its
third week. The surgeon denies manslaughter. Carver was 58. The judge said the jury would
hear from two more witnesses, among them the singer Helen Carver, his sister.
"""

# An earlier report naming him in full: how the corpus shows the name is a person's.
DEATH = """Composer Leo Carver dies at 58

The composer Leo Carver has died at his home at the age of 58, his family said.
Mr Carver wrote the music for more than forty films. Carver said last year he was
working on an opera. Police said the death was not being treated as suspicious.
"""

# Another person of the same surname, and a place named after one.
SISTER = """Singer tours the coast

The singer Helen Carver opens her tour on Friday in front of a sold-out hall. Helen
Carver said she would sing songs from her first album. Her band arrived by coach from
Carver Falls on Thursday, and the hall's manager said the last tickets went in minutes.
Helen Carver's tour ends in the spring with three nights in the capital.
"""

# A schedule naming him once, among many programmes.
SCHEDULE = (
    "Radio schedule for the weekend\n\n"
    + "\n".join(
        f"{h}.00-{h + 1}.00 pm "
        + ("A tribute to Leo Carver" if h == 6 else "Music and news")
        + " with the weekend team, travel and weather"
        for h in range(1, 9)
    )
    + "\n"
)

# A page naming the surname once in passing.
PASSING = """Festival line-up announced

The summer festival announced its line-up on Monday, with twenty bands over three days
on the riverside. The organisers said tickets would go on sale next week, that children
under twelve would get in free, and that the campsite would open on the Thursday before.
The council said it would put on extra buses from the station for each of the three days,
and that the riverside road would be closed to cars from Friday morning to Monday night.
A film night would close the festival, with a film Carver wrote the music for.
"""


def _sieved(tmp_path: Path, query: str, pages: dict[str, str]) -> list[str]:
    from briefgen.ingest import ingest
    from briefgen.structure.sieve import sieve

    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")
    documents = ingest([str(folder)]).documents
    return sorted(Path(d.id).stem for d in sieve(documents, [query]).documents)


@pytest.mark.parametrize("query", ["Leo Carver", "leo carver"])
def test_a_report_naming_the_person_by_surname_is_read(tmp_path: Path, query: str) -> None:
    pages = {"trial.txt": TRIAL, "death.txt": DEATH, "sister.txt": SISTER}
    assert _sieved(tmp_path, query, pages) == ["death", "trial"]


def test_a_schedule_or_a_passing_surname_stays_off_topic(tmp_path: Path) -> None:
    pages = {"death.txt": DEATH, "schedule.txt": SCHEDULE, "passing.txt": PASSING}
    assert _sieved(tmp_path, "Leo Carver", pages) == ["death"]


def test_a_name_the_corpus_never_uses_for_a_person_keeps_its_whole_form(
    tmp_path: Path,
) -> None:
    # nobody is "Mr Falls" nor does "Falls" say anything: the falls are a place, and a
    # page naming "Falls" alone is not about "Carver Falls"
    falls = "Rain at the falls\n\n" + "The Falls were closed. " * 30 + "\n"
    pages = {"sister.txt": SISTER, "falls.txt": falls}
    assert _sieved(tmp_path, "Carver Falls", pages) == ["sister"]


def test_the_surname_is_not_the_person_where_it_is_someone_elses() -> None:
    from briefgen.structure.topic import query_pattern

    pattern = query_pattern(["Leo Carver"], [DEATH, SISTER, TRIAL])
    assert pattern is not None
    found = [m.group() for m in pattern.finditer(SISTER)]
    assert found == []  # "Helen Carver" three times, "Carver Falls"
    said = (
        "Then Carver said no. The Carver Quartet played a Carver song in Carver, Nevada. "
        "Lee, Carver, and Ross."
    )
    # the person, and the person in a list; not the quartet, a kind of song, nor the town
    assert [said[m.start() - 5 : m.end() + 1] for m in pattern.finditer(said)] == [
        "Then Carver ",
        "Lee, Carver,",
    ]


def test_the_summary_and_the_timeline_read_the_query_as_the_sieve_does() -> None:
    from briefgen.query_filter import filter_by_query
    from briefgen.story import topic

    extractions = [
        Extraction(document=Document(n, n, "txt", t, t.split("\n")[0]))
        for n, t in (("trial", TRIAL), ("death", DEATH), ("sister", SISTER))
    ]
    kept = filter_by_query(extractions, ["Leo Carver"])
    assert [x.document.id for x in kept] == ["trial", "death"]
    pattern = topic(["Leo Carver"], extractions)
    assert pattern is not None and pattern.search("Carver's lawyer said") is not None


def test_a_common_noun_capitalised_in_a_headline_is_no_name() -> None:
    from briefgen.structure.surnames import query_surnames

    # "Swine Flu" in a title-case headline, "Flu said to spread" in another: the corpus
    # mostly writes "swine flu" in lower case, so it is not a person called Flu
    texts = ["Swine Flu Cases Rise", "Flu said to spread", "The swine flu spread; swine flu grew."]
    assert query_surnames(["swine flu"], texts) == ()


def test_a_band_an_initial_and_a_commenters_lower_case_make_no_person() -> None:
    from briefgen.structure.topic import query_pattern

    # a reader typing without capitals does not make "james" a common word
    comment = "looking for my grandfather james evans who was born in 1887.\n"
    said = "A hit by the Carver 5. A tune by Carver J Frank. James Carver from Crewe wrote in."
    pattern = query_pattern(["Leo Carver"], [DEATH, TRIAL, comment, said])
    assert pattern is not None
    assert [m.group() for m in pattern.finditer(said)] == []
