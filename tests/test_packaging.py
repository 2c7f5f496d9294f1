"""What a consumer of the package expects: the wheel carries the templates, the demo seeds,
the JSON Schema (read through importlib.resources), py.typed, the licence and metadata;
the dependency bounds name versions whose API the code uses."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest

from briefgen.resources import brief_schema, seeds_dir

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from hatchling.builders.wheel import WheelBuilder

    target = tmp_path_factory.mktemp("dist")
    return Path(
        next(iter(WheelBuilder(str(ROOT)).build(directory=str(target), versions=["standard"])))
    )


def test_the_wheel_ships_schema_seeds_templates_types_and_licence(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "briefgen/_schema/brief.schema.json" in names
    assert "briefgen/py.typed" in names
    assert "briefgen/_templates/brief.html.j2" in names
    seeds = {p.name for p in (ROOT / "seeds").iterdir()}
    assert {n.split("/")[-1] for n in names if n.startswith("briefgen/_seeds/")} == seeds
    assert any(re.fullmatch(r"briefgen-[^/]+\.dist-info/licenses/LICENSE", n) for n in names)


def test_the_wheel_metadata_has_classifiers_and_licence(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        name = next(n for n in zf.namelist() if n.endswith(".dist-info/METADATA"))
        metadata = Parser().parsestr(zf.read(name).decode("utf-8"))
    classifiers = metadata.get_all("Classifier") or []
    assert "License :: OSI Approved :: MIT License" in classifiers
    assert "Typing :: Typed" in classifiers
    for version in ("3.11", "3.12", "3.13"):
        assert f"Programming Language :: Python :: {version}" in classifiers


def test_an_installed_wheel_reads_its_schema_and_seeds_from_the_package(
    wheel: Path, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    code = (
        "import json, briefgen.resources as r; "
        "print(json.dumps([r.brief_schema()['title'], str(r.seeds_dir()), str(r.schema_file())]))"
    )
    # Run from an empty folder with only the unpacked wheel on the path: no checkout to fall
    # back on.
    done = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(site)!r}); {code}"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    title, seeds, schema = json.loads(done.stdout)
    assert title == brief_schema()["title"]
    assert seeds == str(site / "briefgen" / "_seeds")
    assert schema == str(site / "briefgen" / "_schema" / "brief.schema.json")


def test_the_schema_accessor_matches_the_documented_schema() -> None:
    documented = json.loads((ROOT / "docs" / "brief.schema.json").read_text(encoding="utf-8"))
    assert brief_schema() == documented
    assert sorted(p.name for p in seeds_dir().iterdir()) == sorted(
        p.name for p in (ROOT / "seeds").iterdir()
    )


def _lower_bound(name: str) -> tuple[int, ...]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    for requirement in project["dependencies"]:
        if re.match(rf"{name}\b", requirement):
            found = re.search(r">=\s*([\d.]+)", requirement)
            assert found, requirement
            return tuple(int(x) for x in found.group(1).split("."))
    raise AssertionError(f"{name} is not declared")


def test_weasyprint_lower_bound_has_the_fetcher_class_the_pdf_renderer_uses() -> None:
    source = (ROOT / "briefgen" / "render" / "pdf.py").read_text(encoding="utf-8")
    assert "from weasyprint.urls import URLFetcher" in source
    # WeasyPrint's changelog: 68.0 "default_url_fetcher() is deprecated, use the new
    # URLFetcher class instead". An older release has no such class.
    assert _lower_bound("weasyprint") >= (68,)


def test_dateparser_is_declared_because_it_is_used() -> None:
    import briefgen.config

    assert _lower_bound("dateparser") >= (1, 5)  # "last monday"
    assert "import dateparser" in Path(briefgen.config.__file__).read_text(encoding="utf-8")
