"""Fuzzing the ingest, the date tagger and the config loader: only BriefgenError escapes.

Bounded (a few seconds each) and derandomized, so CI runs the same examples every time;
run with ``--hypothesis-seed=random`` (and ``-p no:randomly``) to explore further.
"""

from __future__ import annotations

import contextlib
import json
import math
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefgen.config import load_config
from briefgen.errors import BriefgenError
from briefgen.extract.timex import tag
from briefgen.ingest import ingest

FUZZ = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)

# Text rich in what date rules and headers look for, plus anything at all.
WORDS = st.sampled_from(
    [
        "on",
        "Monday",
        "March",
        "3",
        "2022",
        "2022-03-03",
        "last",
        "week",
        "since",
        "the",
        "Q3",
        "FY2021",
        "1990s",
        "Date:",
        "By",
        "\n",
        "\n\n",
        " ",
        "-",
        "/",
        ".",
        ",",
        "'",
        "99",
        "31",
        "00:00",
        "BST",
        "ago",
        "next",
        "year",
        "early",
        "mid-",
        "summer",
        "{",
        "[",
        "\x00",
        "\r",
        "\u2028",
        "é",
        "—",
        "=?utf-8?q?x?=",
    ]
)
TEXT = st.one_of(st.lists(WORDS, max_size=40).map(" ".join), st.text(max_size=300))
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=20,
)
ROWS = st.fixed_dictionaries(
    {},
    optional={
        "id": JSON_VALUES,
        "time": st.one_of(JSON_VALUES, TEXT),
        "title": JSON_VALUES,
        "text": st.one_of(JSON_VALUES, TEXT),
        "authors": JSON_VALUES,
        "url": JSON_VALUES,
        "publisher": JSON_VALUES,
    },
)
LINES = st.one_of(ROWS.map(json.dumps), JSON_VALUES.map(json.dumps), TEXT)


def _only_briefgen_errors(call: Any) -> None:
    # Any other exception (TypeError, RecursionError, ...) fails the test with its example.
    with contextlib.suppress(BriefgenError):
        call()


@FUZZ
@given(
    files=st.lists(
        st.tuples(
            st.sampled_from([".txt", ".md", ".jsonl", ".html"]),
            st.one_of(
                st.binary(max_size=400),
                TEXT.map(str.encode),
                st.lists(LINES, max_size=6).map(
                    lambda ls: "\n".join(ls).encode("utf-8", "replace")
                ),
            ),
        ),
        min_size=1,
        max_size=3,
    )
)
def test_ingest_raises_nothing_but_briefgen_errors(files: list[tuple[str, bytes]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for n, (suffix, data) in enumerate(files):
            (Path(folder) / f"f{n}{suffix}").write_bytes(data)
        _only_briefgen_errors(lambda: ingest([folder]))


@FUZZ
@given(text=TEXT, dct=st.one_of(st.none(), st.dates()), narrative=st.booleans())
def test_the_date_tagger_raises_nothing(text: str, dct: date | None, narrative: bool) -> None:
    for t in tag(text, dct, narrative=narrative):
        assert 0 <= t.start < t.end <= len(text) and text[t.start : t.end] == t.text


def _toml(value: Any) -> str:
    """One TOML value (the generated values are all TOML-expressible)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and math.isnan(value):
        return "nan"
    if isinstance(value, float) and math.isinf(value):
        return "inf" if value > 0 else "-inf"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, date):  # datetime too
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return json.dumps(value)


KEYS = {
    "": [
        "title",
        "inputs",
        "output_dir",
        "formats",
        "templates",
        "since",
        "until",
        "window",
        "query",
        "timeline_dates",
        "timeline_sentences",
        "judgments",
        "skip_if_empty",
        "ref_date",
        "nope",
    ],
    "email": ["to", "cc", "bcc", "from", "subject", "sender"],
    "smtp": [
        "host",
        "port",
        "security",
        "username",
        "password_env",
        "timeout",
        "retries",
        "backoff",
        "cafile",
    ],
    "schedule": ["cron", "timezone", "catch_up", "max_attempts", "retry_after"],
}
SCALARS = st.one_of(
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(),
    st.text(alphabet=st.characters(max_codepoint=0xFFFF, exclude_categories=("Cs",)), max_size=20),
    st.sampled_from(
        [
            "0 7 30 2 *",
            "* * * * * *",
            "@weekly",
            "Europe/Paris",
            "Mars/Olympus",
            "pdf,json",
            "",
            "7d",
            "since-last",
            "/nonexistent",
            "a@b.org",
            "..",
        ]
    ),
    st.dates(),
    st.datetimes(),
)
VALUES = st.one_of(SCALARS, st.lists(SCALARS, max_size=3))
TABLES = st.dictionaries(
    st.sampled_from(sorted(KEYS)),
    st.lists(st.tuples(st.integers(0, 20), VALUES), max_size=6),
    max_size=4,
)


@FUZZ
@given(tables=TABLES, raw=st.one_of(st.none(), st.text(max_size=200)))
def test_the_config_loader_raises_nothing_but_briefgen_errors(
    tables: dict[str, list[tuple[int, Any]]], raw: str | None
) -> None:
    lines = []
    for section in sorted(tables, key=bool):
        if section:
            lines.append(f"[{section}]")
        names = KEYS[section]
        chosen = {names[i % len(names)]: v for i, v in tables[section]}
        lines += [f"{k} = {_toml(v)}" for k, v in chosen.items()]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "brief.toml"
        path.write_text(raw if raw is not None else "\n".join(lines) + "\n", encoding="utf-8")
        _only_briefgen_errors(lambda: load_config(path))
