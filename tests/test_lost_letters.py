"""A word a source broke by losing an accented letter to a space ("Calder n") is printed
whole where other sources write it whole, with a data note; nothing else is touched."""

from __future__ import annotations

from briefgen.ingest.lost_letters import restore_lost_letters
from briefgen.models import Document


def _doc(n: int, text: str) -> Document:
    return Document(id=f"d{n}", source=f"d{n}.txt", format="txt", title="T", text=text)


def test_a_broken_name_is_restored_from_its_whole_spelling_and_noted() -> None:
    broken = _doc(1, "President Mart nez said in Quer taro that the schools would reopen.")
    whole = _doc(2, "Martinez visited Queretaro on Monday.")
    fixed, kept = restore_lost_letters([broken, whole])
    assert fixed.text == "President Martinez said in Queretaro that the schools would reopen."
    assert len(fixed.text) == len(broken.text)  # offsets still point where they did
    assert any("restored in 2 words" in w for w in fixed.warnings)
    assert kept == whole


def test_no_whole_spelling_or_a_real_word_after_the_space_is_left_as_it_is() -> None:
    # "Mart nez" has no whole spelling in the corpus; "In a" is two words although the
    # corpus writes "Inca" (the tail "a" is a word of its own elsewhere)
    text = "President Mart nez said it. In a speech he praised a guide at the Inca ruins."
    (doc,) = restore_lost_letters([_doc(1, text)])
    assert doc.text == text and not doc.warnings
