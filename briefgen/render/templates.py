"""Where templates come from: the user's directory first, then the package default.

Lookup is a ``ChoiceLoader`` (user dir, then default), so a user overrides the
default set file by file. The default set is also reachable as ``default:NAME``
(a ``PrefixLoader``), so an override can ``{% extends "default:brief.html.j2" %}``
and change a single block.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
import markupsafe

from briefgen.errors import BriefgenError
from briefgen.render.filters import FILTERS

#: Template names that are not HTML and must not be HTML-escaped.
_RAW_SUFFIXES = (".md.j2", ".md", ".txt.j2", ".txt", ".css", ".css.j2")


def default_template_dir() -> Path:
    """The default template set: ``briefgen/_templates`` in a wheel, else ``<repo>/templates``."""
    package = Path(__file__).resolve().parent.parent
    shipped = package / "_templates"
    if shipped.is_dir():
        return shipped
    return package.parent / "templates"


def template_dirs(user_dir: Path | None) -> list[Path]:
    """The template directories in lookup order (user's first), resolved."""
    dirs = [Path(user_dir).resolve()] if user_dir is not None else []
    dirs.append(default_template_dir().resolve())
    return dirs


def _autoescape(name: str | None) -> bool:
    # On unless the template is known to be non-HTML: escaping by default is the
    # safe failure, since article text is untrusted.
    if name is None:
        return True
    return not name.endswith(_RAW_SUFFIXES)


def make_environment(user_dir: Path | None) -> jinja2.Environment:
    """A Jinja environment over ``user_dir`` (may be None) and the default templates.

    ``StrictUndefined`` makes a misspelt variable an error rather than an empty
    string; autoescape is on for every template except Markdown, text and CSS. Every
    environment has the same filters (``render.filters``), so one made once serves them all.
    """
    default = jinja2.FileSystemLoader(str(default_template_dir()))
    loaders: list[jinja2.BaseLoader] = []
    if user_dir is not None and not Path(user_dir).is_dir():
        # Jinja would quietly fall back to the defaults: the user's overrides would be ignored.
        raise TemplateProblem("no such template folder", str(user_dir))
    if user_dir is not None:
        loaders.append(jinja2.FileSystemLoader(str(user_dir)))
    loaders.append(default)
    loaders.append(jinja2.PrefixLoader({"default": default}, delimiter=":"))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=_autoescape,
        finalize=_without_controls,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(FILTERS)
    return env


def environment(user_dir: Path | None) -> jinja2.Environment:
    """``make_environment(user_dir)``; the default set's alone is made once a process, so
    what it compiled is kept: ``compile_default`` compiles its pages ahead (a build: while
    the extraction workers parse), and the PDF's process, forked later, inherits them.
    A user's folder gets a fresh environment each time: a file added to it overrides the
    default's, which a kept template (checked only against its own file) would not see."""
    if user_dir is None:
        return _default_environment()
    return make_environment(user_dir)


@cache
def _default_environment() -> jinja2.Environment:
    return make_environment(None)


def compile_default(suffixes: Iterable[str]) -> None:
    """Compile the default set's templates whose names end in one of ``suffixes`` (the
    top folder's, as a brief's pages and the archive index read them) into
    ``environment(None)``: the print HTML's set took the PDF's child ~7% of its time."""
    env = _default_environment()
    ends = tuple(suffixes)
    for name in env.list_templates():
        if ends and name.endswith(ends) and "/" not in name and ":" not in name:
            env.get_template(name)


# C0 and C1 control characters other than tab and line breaks: no font has a glyph for them
# (WeasyPrint draws a .notdef box and warns) and HTML forbids them. They come in with
# scraped or doubly-encoded text ("FranÃ\x83Â§ois"); the JSON keeps the text as read.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _without_controls(value: Any) -> Any:
    """Each ``{{ value }}`` as printed: control characters dropped, markup kept as markup."""
    if isinstance(value, str) and _CONTROLS.search(value):
        cleaned = _CONTROLS.sub("", value)
        return markupsafe.Markup(cleaned) if isinstance(value, markupsafe.Markup) else cleaned
    return value


class TemplateProblem(BriefgenError):
    """A template that does not compile or render; ``where`` is ``file:line``."""


def render_template(env: jinja2.Environment, name: str, context: Mapping[str, Any]) -> str:
    """Render ``name``; any Jinja error becomes one line naming the template file and line.

    Syntax errors and unknown filters carry their line; for errors while rendering
    (an undefined variable) the line is the template frame of the traceback, which Jinja
    rewrites to point into the template source.
    """
    return "".join(template_pieces(env, name, context))


def template_pieces(
    env: jinja2.Environment, name: str, context: Mapping[str, Any], size: int = 1 << 16
) -> Iterator[str]:
    """``render_template``'s text in pieces of about ``size`` characters, as Jinja makes
    it: rendering a page whole holds every one of its little strings at once (``join``
    lists them) beside their join, several times the page's own size; a writer that
    writes each piece as it comes holds one piece. Errors as ``render_template``'s."""
    try:
        batch: list[str] = []
        held = 0
        for piece in env.get_template(name).generate(context):
            batch.append(piece)
            held += len(piece)
            if held >= size:
                yield "".join(batch)
                batch, held = [], 0
        yield "".join(batch)
    except jinja2.TemplateSyntaxError as exc:
        where = f"{exc.filename or exc.name or name}:{exc.lineno}"
        raise TemplateProblem(f"template error: {exc.message}", where) from None
    except jinja2.TemplateNotFound as exc:
        raise TemplateProblem(f"template {exc.name} not found", name) from None
    except jinja2.TemplateError as exc:
        raise TemplateProblem(f"template error: {exc.message}", _template_line(exc, name)) from None


def _template_line(exc: BaseException, name: str) -> str:
    where = name
    tb = exc.__traceback__
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if not filename.endswith(".py") and not filename.startswith("<"):
            where = f"{filename}:{tb.tb_lineno}"
        tb = tb.tb_next
    return where
