"""Which language a document is written in (py3langid: offline, a small model)."""

from __future__ import annotations

from functools import cache
from typing import Any

# Too little text to tell a language apart: such documents are taken as English.
MIN_CHARS = 200
SAMPLE_CHARS = 5000
# langid's normalised probability below which the answer is not trusted.
MIN_CONFIDENCE = 0.9


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``'s language, or None when it cannot be told."""
    sample = " ".join(text[:SAMPLE_CHARS].split())
    if len(sample) < MIN_CHARS:
        return None
    code, confidence = _identifier().classify(sample)
    return str(code) if confidence >= MIN_CONFIDENCE else None
