"""Where templates come from: the user's directory first, then the package default.

Lookup is a ``ChoiceLoader`` (user dir, then default), so a user overrides the
default set file by file. The default set is also reachable as ``default:NAME``
(a ``PrefixLoader``), so an override can ``{% extends "default:brief.html.j2" %}``
and change a single block.
"""

from __future__ import annotations

from pathlib import Path

import jinja2

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
    string; autoescape is on for every template except Markdown, text and CSS.
    """
    default = jinja2.FileSystemLoader(str(default_template_dir()))
    loaders: list[jinja2.BaseLoader] = []
    if user_dir is not None:
        loaders.append(jinja2.FileSystemLoader(str(user_dir)))
    loaders.append(default)
    loaders.append(jinja2.PrefixLoader({"default": default}, delimiter=":"))
    return jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=_autoescape,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
