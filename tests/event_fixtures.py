"""Hand-made documents, timexes and event mentions for the event tests."""

from __future__ import annotations

from briefgen.models import Document, EventMention, Evidence, Extraction, Timex


def _timex(text: str, phrase: str, value: str, type_: str = "DATE") -> Timex:
    start = text.index(phrase)
    return Timex(start, start + len(phrase), phrase, type_, value)  # type: ignore[arg-type]


def _doc(doc_id: str, text: str, day: str | None = None) -> Document:
    return Document(id=doc_id, source=doc_id, format="txt", text=text, title="", date=day)


def _mention(doc: str, sentence: str, phrase: str, value: str, description: str) -> EventMention:
    start = sentence.index(phrase)
    timex = Timex(start, start + len(phrase), phrase, "DATE", value)
    evidence = Evidence(doc, 0, len(sentence), sentence, sentence, 0)
    return EventMention(
        id=f"{doc}-{start}",
        doc=doc,
        date=value,
        timex=timex,
        description=description,
        evidence=evidence,
    )


def _extraction(doc_id: str, day: str | None, *mentions: EventMention) -> Extraction:
    text = "\n".join(m.evidence.sentence for m in mentions)
    return Extraction(document=_doc(doc_id, text, day), events=mentions)
