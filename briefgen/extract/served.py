"""Imported by the server a cold build forks its extraction workers from (``pool.serve_model``).

The model is loaded and the extractors' modules and tables built here, once, while the
build's own process reads and sieves the inputs on the other core; every worker forked from
the server shares them. A failure is left for the workers to meet again: each reports it on
its documents (the build checked beforehand that the model is installed).
"""

from __future__ import annotations

import atexit
import gc
import os
from contextlib import suppress

with suppress(Exception):
    from briefgen.extract.nlp import load_nlp
    from briefgen.extract.pool import warm

    load_nlp()
    warm()
# What is loaded stays for the server's life: the collector need not walk it again, in
# the server or in its workers (whose pages it would copy by touching them).
gc.freeze()
# The server holds nothing to write or close: as it exits, the interpreter's teardown of
# the model (a tenth of a second or more) is skipped. Its workers end by ``os._exit``,
# as multiprocessing's do, and never run this.
atexit.register(os._exit, 0)
