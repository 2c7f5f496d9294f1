"""Pages on the query's story that name it in other words (``structure.feedback``)."""

from __future__ import annotations

from briefgen.models import Document
from briefgen.structure.feedback import tells_story
from briefgen.structure.sieve import sieve

# The story: a fire at a port, which the query names "dock fire" and some pages do not.
_ON = [
    "The dock fire at Port Merrow burned through a second warehouse on Monday, and "
    "firefighters said smoke from the blaze would hang over the harbour for days.",
    "Residents near Port Merrow were told to keep windows shut as smoke from the dock fire "
    "drifted inland. Firefighters called the warehouse blaze the worst in living memory.",
    "Insurers put the cost of the dock fire at Merrow in the millions. The blaze destroyed "
    "a warehouse of grain, and firefighters fought the smoke with masks.",
    "Police said the dock fire began in a warehouse storing paint. Firefighters at Merrow "
    "found the blaze had spread through the roof before smoke was seen from the road.",
    "Ships waited offshore while the dock fire burned. The Merrow harbour master said the "
    "blaze had reached a fourth warehouse; firefighters blamed the wind and the smoke.",
    "A union leader praised the firefighters who fought the dock fire for three nights. "
    "Smoke from the Merrow blaze closed schools, and the warehouse owners promised help.",
]
# Another story in the same corpus: a school-board vote that never names the port.
_ELECTION = [
    "Voters in the county chose four new members of the school board. Turnout was higher "
    "than at the last vote, and candidates who promised smaller classes won three seats.",
    "The new school board meets next month to set the budget. Its chair said teachers' "
    "pay would come first, and two members want a new superintendent by the summer.",
    "Parents packed the library for a debate between the board candidates, who argued "
    "over bus routes, exam results and the cost of repairing an old gymnasium.",
    "A recount in the closest race of the school board election confirmed the result: "
    "the challenger won by eleven votes, and the incumbent conceded on the radio.",
    "The county clerk printed ballots in three languages this year, and polling stations "
    "stayed open late after a queue formed outside the town hall in the rain.",
    "Teachers at the secondary school backed the winning slate, saying the old board had "
    "ignored their complaints about crowded classrooms and broken heating.",
    "A former mayor who lost her seat on the board blamed low turnout among older voters "
    "and said she would not stand again, though friends urged her to.",
    "Newspapers endorsed different candidates in every district, and the local radio "
    "station held a phone-in where listeners questioned the hopefuls on homework.",
]
# A third: the town's football club, whose season has nothing to do with either.
_FOOTBALL = [
    "The town's football club won its fifth match in a row on Saturday, a late header "
    "from the captain sealing a two-goal comeback in front of a record crowd.",
    "The club's manager signed a young goalkeeper on loan and said the squad needed depth "
    "before the winter, when injuries and a crowded fixture list take their toll.",
    "Supporters raised money to repaint the stand, and the club promised cheaper tickets "
    "for children if the team finishes in the top half of the league.",
    "A penalty in the final minute cost the club its unbeaten run, and the striker who "
    "missed it apologised to the travelling fans after the whistle.",
]


def _doc(name: str, title: str, text: str) -> Document:
    return Document(id=name, source=name, format="txt", text=text, title=title)


def _corpus(*extra: Document) -> list[Document]:
    on = [_doc(f"on{i}.txt", f"Port news {i}", text) for i, text in enumerate(_ON)]
    # the corpus's other stories: most of what the query misses, as in any search's results
    off = [_doc(f"vote{i}.txt", f"School news {i}", text) for i, text in enumerate(_ELECTION)]
    off += [_doc(f"club{i}.txt", f"Sport {i}", text) for i, text in enumerate(_FOOTBALL)]
    return [*on, *off, *extra]


def _read(documents: list[Document]) -> set[str]:
    return {d.id for d in sieve(documents, ["dock fire"]).documents}


def test_a_page_naming_the_story_in_other_words_is_read() -> None:
    # never "dock fire": the blaze, the warehouse and the firefighters of Port Merrow
    other_words = _doc(
        "contained.txt",
        "Warehouse blaze contained",
        "Firefighters at Port Merrow brought the warehouse blaze under control on Sunday, "
        "three days after it started. Smoke still rose from the ruins of the warehouse, "
        "and the firefighters said they would stay at Merrow until the blaze was out. "
        "The harbour master said the quay would reopen to ships within a week.",
    )
    read = _read(_corpus(other_words))
    assert "contained.txt" in read
    assert not any(d.startswith(("vote", "club")) for d in read)  # the others stay out


def test_a_page_naming_the_story_once_in_passing_stays_out() -> None:
    # a shipping firm's results, which blame the fire in one sentence
    passing = _doc(
        "results.txt",
        "Shipping firm cuts its forecast",
        "A coastal shipping firm cut its profit forecast for the year on Tuesday, saying "
        "fuel costs had risen faster than it expected and freight rates had fallen in "
        "every quarter. Its chief executive said the company would sell two older vessels "
        "and close an office in the capital. The firm added that the blaze at Port Merrow "
        "had delayed two of its cargoes. Its shares fell four percent in early trading, "
        "and analysts said the cut had been expected since the spring.",
    )
    sieved = sieve(_corpus(passing), ["dock fire"])
    assert "results.txt" not in {d.id for d in sieved.documents}
    assert any(n.doc == "results.txt" and n.dropped == "off-topic" for n in sieved.notes)


def test_too_few_pages_on_topic_teach_nothing() -> None:
    # two pages are no sample of a story's words: the query alone decides
    other_words = _doc(
        "contained.txt",
        "Warehouse blaze contained",
        "Firefighters at Port Merrow brought the warehouse blaze under control, and smoke "
        "rose from the warehouse as the firefighters stayed at Merrow until the blaze was "
        "out.",
    )
    corpus = [d for d in _corpus(other_words) if d.id not in {"on2.txt", "on3.txt"}]
    corpus = [d for d in corpus if d.id not in {"on4.txt", "on5.txt"}]
    assert "contained.txt" not in _read(corpus)


def test_the_sieve_hands_on_the_story_s_words_and_a_sentence_naming_one_tells_the_story() -> None:
    # what the timeline asks of a sentence in a query build (``follow_ups``): the words
    # the pages on the query teach, not the query's own
    words = sieve(_corpus(), ["dock fire"]).story
    assert {"blaze", "firefighters"} <= words.terms
    assert tells_story("Firefighters at Merrow worked through the night.", words)
    assert not tells_story("The school board chose a new chair.", words)
