"""Which language a document is written in (py3langid: offline, a small model)."""

from __future__ import annotations

import multiprocessing
import re
from collections.abc import Callable, Sequence
from functools import cache
from multiprocessing.connection import Connection
from typing import Any, TypeVar

from briefgen.errors import BriefgenError

T = TypeVar("T")

# Too little text to tell a language apart: such documents are taken as English.
MIN_CHARS = 200
SAMPLE_CHARS = 5000
# langid's normalised probability below which the answer is not trusted.
MIN_CONFIDENCE = 0.9
# English prose is about a quarter function words (scraped pages at least a tenth); no
# other language comes near this share of these words, so such a text is English without
# loading the model (seconds to unpack).
_ENGLISH_WORDS = frozenset(
    ("the", "and", "of", "to", "in", "is", "that", "for", "on", "was", "with", "said", "it")
)
ENGLISH_SHARE = 0.1
_TOKEN = re.compile(r"[^\W\d_]+")


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _sample(text: str) -> str:
    return " ".join(text[:SAMPLE_CHARS].split())


def _english_by_words(sample: str) -> bool:
    tokens = _TOKEN.findall(sample.lower())
    return bool(tokens) and sum(t in _ENGLISH_WORDS for t in tokens) >= ENGLISH_SHARE * len(tokens)


def detection_needs_model(text: str) -> bool:
    """Whether ``detect_language(text)`` asks the model: long enough, not English by its
    words alone."""
    sample = _sample(text)
    return len(sample) >= MIN_CHARS and not _english_by_words(sample)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``'s language, or None when it cannot be told."""
    sample = _sample(text)
    if len(sample) < MIN_CHARS:
        return None
    if _english_by_words(sample):
        return "en"
    code, confidence = _identifier().classify(sample)
    return str(code) if confidence >= MIN_CONFIDENCE else None


# Words nearly every English sentence of a few words holds one of, and no Romance or
# Germanic language writes as a word of its own ("a" is Spanish and Italian too).
_FUNCTION_WORDS = frozenset(
    """the and of to in is that for on was with it i you we he she they be are have has not
    this my our will at by from an or but as do can so what all me your their there""".split()  # noqa: SIM905 - a word list reads best as prose
)
# Fewer words than this are too few to tell a language apart ("Yes we can", "Gracias").
FOREIGN_MIN_WORDS = 4


def model_decides(text: str) -> bool:
    """Whether ``foreign(text)`` asks the language model: a quotation of a few words that
    holds none of the words nearly every English sentence holds one of."""
    tokens = _TOKEN.findall(text.lower())
    return len(tokens) >= FOREIGN_MIN_WORDS and not any(t in _FUNCTION_WORDS for t in tokens)


def foreign(text: str) -> bool:
    """Whether a short ``text`` (a quotation) is in a language other than English: it holds
    none of the words nearly every English sentence holds one of, and the language model
    does not read it as English ("Vamos a llevar una Caja China a la Casa Blanca"). A
    reader of an English brief cannot read it."""
    if not model_decides(text):
        return False
    tokens = _TOKEN.findall(text.lower())
    code, _ = _identifier().classify(" ".join(tokens))
    return str(code) != "en"


class ModelChildFailed(BriefgenError):
    """The child asking the language model died or failed; its error's text. The model
    comes with briefgen's own install, so the user's fix is there: one line, not a trace."""


def apart(job: Callable[[str], T], texts: Sequence[str]) -> list[T]:
    """``job`` of each of ``texts`` (``foreign``, ``detect_language``), worked out in a
    forked child, so that the model is loaded there and gone with it: in the build's own
    process its tables (~75 MB) would stay to the end. Here where ``fork`` is missing or
    this process, a daemon, may have no children. No child for no texts."""
    if not texts:
        return []
    if (
        "fork" not in multiprocessing.get_all_start_methods()
        or multiprocessing.current_process().daemon
    ):
        return [job(t) for t in texts]
    context = multiprocessing.get_context("fork")
    receiving, sending = context.Pipe(duplex=False)
    child = context.Process(target=_answer_into, args=(job, texts, sending), daemon=True)
    child.start()
    sending.close()  # the child holds its own end: EOF here means it died
    try:
        answer = receiving.recv()
    except EOFError:
        answer = f"ended without an answer (exit code {child.exitcode})"
    finally:
        receiving.close()
        child.join()
    if isinstance(answer, str):
        asked = "one text" if len(texts) == 1 else f"{len(texts)} texts"
        raise ModelChildFailed(f"failed on {asked}: {answer}", "language model")
    return list(answer)


def _answer_into(job: Callable[[str], T], texts: Sequence[str], sending: Connection) -> None:
    """In the child: the answers, or the error's text (an exception may not pickle)."""
    try:
        answer: list[T] | str = [job(t) for t in texts]
    except BaseException as exc:  # everything goes back to the parent, which raises it
        answer = f"{type(exc).__name__}: {exc}"
    sending.send(answer)
    sending.close()
