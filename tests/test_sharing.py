"""What the summary reads of a document from the cache holds its extraction's sentences,
not copies of them: a rebuild keeps both through the summary, where its memory peaks."""

from __future__ import annotations

import json

from event_fixtures import _extraction, _mention

from briefgen.extract.codec import decode, encode
from briefgen.extract.sharing import evidence_sentences, holding
from briefgen.kept_definites import Resolution, Resolutions
from briefgen.reportable import Reportable, Reportables

SENTENCE = "The harbour board approved the new pier on 2 March 2022 after a long debate."
OTHER = "Fishermen said the pier would block the old channel for most of the summer."


def _from_cache(value: object, kind: type) -> object:
    """``value`` as a build reads it back from the cache: parsed JSON, decoded."""
    return decode(kind, json.loads(json.dumps(encode(value))))


def test_a_reportable_sentence_read_from_the_cache_is_its_evidence_sentence() -> None:
    extraction = _extraction(
        "pier.txt", "2022-03-03", _mention("pier.txt", SENTENCE, "2 March 2022", "2022-03-02", "x")
    )
    kept = _from_cache(
        Reportables(
            (
                Reportable(0, 0, 77, SENTENCE, SENTENCE, True, False),
                Reportable(1, 78, 155, OTHER, OTHER, False, False),
            )
        ),
        Reportables,
    )
    assert isinstance(kept, Reportables)
    read = [holding(r, evidence_sentences(extraction)) for r in kept.sentences]
    held = extraction.events[0].evidence.sentence
    assert kept.sentences[0].sentence is not held  # decoded apart: a copy
    assert read[0].sentence is held and read[0].text is held
    assert read[0] == kept.sentences[0]  # the same values
    assert read[1] is kept.sentences[1]  # a sentence no evidence quotes: left as read
    assert not hasattr(read[0], "__dict__")  # a record of slots, as the models'


def test_a_kept_answer_holds_the_evidence_sentence_and_its_own_answer() -> None:
    extraction = _extraction(
        "pier.txt", "2022-03-03", _mention("pier.txt", SENTENCE, "2 March 2022", "2022-03-02", "x")
    )
    shown = SENTENCE.replace("The harbour board", "The Kestrel harbour board")
    kept = _from_cache(
        Resolutions((Resolution(0, SENTENCE, shown, ("board",), (True,)),)), Resolutions
    )
    assert isinstance(kept, Resolutions)
    read = holding(kept.sentences[0], evidence_sentences(extraction))
    assert read.text is extraction.events[0].evidence.sentence
    assert read.shown == shown
    assert read == kept.sentences[0]


def test_an_extraction_received_holds_one_object_for_each_offset_and_keeps_its_sharing() -> None:
    import pickle
    from dataclasses import replace

    from briefgen.extract.sharing import held_once

    sentence = "x" * 300 + SENTENCE
    mention = _mention("pier.txt", sentence, "2 March 2022", "2022-03-02", "approved")
    mention = replace(mention, predicate=(320, 328), co_predicates=((320, 328), (400, 410)))
    extraction = replace(
        _extraction("pier.txt", "2022-03-03", mention),
        timexes=(mention.timex,),
        sentences=((0, 377), (378, 455)),
    )
    # As a worker's extraction is received: every int an object of its own, each record
    # and tuple pickle met twice (the date in its event and among the document's) one.
    first, second = (held_once(pickle.loads(pickle.dumps(extraction))) for _ in range(2))
    assert first == extraction and second == extraction
    assert first.timexes[0] is first.events[0].timex
    assert first.events[0].timex.start is second.events[0].timex.start  # 300: one object
    assert first.events[0].predicate is not None and second.events[0].predicate is not None
    assert first.events[0].predicate[1] is second.events[0].co_predicates[0][1]
    assert first.sentences[1][0] is second.sentences[1][0]
    assert first.events[0].lemma is None and first.events[0].date is second.events[0].date
