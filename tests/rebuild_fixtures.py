"""A small corpus built, then rebuilt with one new article: the cache tests' shared input."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

from briefgen.config import load_config
from briefgen.extract.cache import BesideCache, cache_path
from briefgen.kept_verdicts import KEPT, TABLE, Verdicts
from briefgen.pipeline import BuildResult, build_brief

NOW = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)

ARTICLES = {
    "bridge.txt": (
        "Council approves the river bridge\n\nMarch 3, 2022\n\n"
        "The city council approved the new river bridge on 2 March 2022 after a long debate. "
        "Elena Duarte, the council leader, said construction would start in the summer and "
        "cost about 40 million euros. Opponents said the old ferry should have been kept."
    ),
    "ferry.txt": (
        "Ferry operators protest the bridge plan\n\nMarch 5, 2022\n\n"
        "Ferry operators blocked the harbour on 4 March 2022 to protest against the bridge. "
        "Their spokesman, Tomas Lind, said two hundred jobs would be lost when the bridge "
        "opened. The council said it would meet the operators next week."
    ),
}
NEW = (
    "Bridge talks end without a deal\n\nMarch 12, 2022\n\n"
    "Talks between the council and the ferry operators ended without a deal on 11 March "
    "2022. Elena Duarte said the council would offer the operators new routes on the lake, "
    "and Tomas Lind said the operators would decide on further protests within a week."
)


def write_corpus(folder: Path, *, new: bool) -> Path:
    """The two articles in ``folder``, and the new one with ``new``."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    if new:
        (folder / "talks.txt").write_text(NEW, encoding="utf-8")
    return folder


def build(inputs: Path, output: Path, *, cache: bool = True) -> BuildResult:
    """A JSON-only build of ``inputs`` into ``output`` at ``NOW``."""
    config = load_config(
        None, inputs=[str(inputs)], output_dir=str(output), formats="json", cache=cache
    )
    return build_brief(config, now=NOW)


def brief_json(result: BuildResult) -> bytes:
    """The bytes of the build's brief.json."""
    return (result.build_dir / "brief.json").read_bytes()


def kept_row(path: Path, test: str) -> str:
    """The key of the row holding ``test``'s kept verdicts in the build's cache at ``path``."""
    from briefgen.extract.cache import BesideCache
    from briefgen.kept_verdicts import TABLE, Verdicts

    with BesideCache(path, table=TABLE, kind=Verdicts) as table:
        return table.key(f"{test}:{table.settings}")


def recording(monkeypatch: Any, module: ModuleType, rules: str) -> list[str]:
    """Each text ``module.rules`` (a kept verdict's own rules) is run on, from now on."""
    seen: list[str] = []
    run = getattr(module, rules)

    def recorded(text: str) -> bool:
        seen.append(text)
        return bool(run(text))

    monkeypatch.setattr(module, rules, recorded)
    return seen


def kept_verdicts(output: Path) -> dict[str, Verdicts | None]:
    """The verdicts a build into ``output`` kept in its cache, by test (None: not kept)."""
    with BesideCache(cache_path(output), table=TABLE, kind=Verdicts) as table:
        keys = {test: table.key(f"{test}:{table.settings}") for test in KEPT}
        found = table.get_many(list(keys.values()))
    return {test: found.get(key) for test, key in keys.items()}
