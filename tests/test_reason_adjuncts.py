"""A participle giving the ground of its clause's act ("…, citing X") is no position of its
own: shown alone it would say what was cited but not what for."""

from __future__ import annotations

from briefgen.extract.frames import find_frames


def _cues(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [f.cue.text for f in find_frames(nlp(text))]


def test_a_citing_adjunct_is_not_made_a_position(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Marlow council has pledged its resolve against night racing, citing public "
        "safety, rising accident counts and its own success in closing the track in 2001."
    )
    cues = _cues(nlp, text)
    assert "citing" not in cues
    assert "pledged" in cues  # the main clause's position stays


def test_a_fronted_citing_adjunct_is_not_made_a_position(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "Citing" not in _cues(nlp, "Citing rising costs, the Penbury board cancelled the fair.")


def test_a_saying_adjunct_stays_a_position(nlp) -> None:  # type: ignore[no-untyped-def]
    cues = _cues(nlp, "Ann Holt rejected the plan, saying it would cost the town too much.")
    assert "saying" in cues


def test_a_finite_citing_verb_stays_a_position(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "cited" in _cues(nlp, "Tom Reed cited three studies showing the wall had failed.")


def test_pointing_out_a_clause_stays_a_position(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Tom Reed backed the favourite, pointing out that Marlow had never lost at home."
    assert "pointing" in _cues(nlp, text)
