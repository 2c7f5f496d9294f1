"""Importing a renderer, WeasyPrint's system libraries opened by their file names.

WeasyPrint opens each of its libraries (GObject, Pango, HarfBuzz, fontconfig, PangoFT2)
by trying a list of names in turn: ``libgobject-2.0-0``, ``gobject-2.0-0``,
``gobject-2.0``, then ``libgobject-2.0.so.0`` and the other platforms' names. cffi hands
every name the loader cannot open to ``ctypes.util.find_library``, which on Linux runs
``ldconfig -p`` and then gcc, linking a test program, for each: 22 lookups, some 0.12 CPU
s in child processes on every import, which a build pays while its extraction workers
parse. What ``find_library`` answers on Linux is a library's file name
(``libgobject-2.0.so.0``), which cffi then opens by that name; the same names are in
WeasyPrint's lists, so the loader finds the same files without the lookups.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import sys
from collections.abc import Iterator
from types import ModuleType


def import_renderer(name: str) -> ModuleType:
    """``importlib.import_module(name)``; WeasyPrint's libraries opened by file name on
    Linux, and the usual way when they are not found under those names."""
    if name != "weasyprint" or name in sys.modules or not sys.platform.startswith("linux"):
        return importlib.import_module(name)
    try:
        # WeasyPrint prints its installation help when a library is not found: not
        # for a first try that the usual lookup follows.
        with _no_lookup(), contextlib.redirect_stdout(io.StringIO()):
            return importlib.import_module(name)
    except OSError:
        for module in [m for m in sys.modules if m == name or m.startswith(name + ".")]:
            del sys.modules[module]  # imported halfway: imported again below
        return importlib.import_module(name)


@contextlib.contextmanager
def _no_lookup() -> Iterator[None]:
    import ctypes.util

    def nothing(name: str) -> str | None:
        return None

    lookup = ctypes.util.find_library
    ctypes.util.find_library = nothing
    try:
        yield
    finally:
        ctypes.util.find_library = lookup
