"""Extraction on a ``dask.distributed`` cluster: one task a document, results in input order.

The client sends documents, never the model: each worker loads the spaCy model once (the
process-wide ``load_nlp`` cache) and extracts whole documents with ``extract_or_fail``, the
function the local executor runs, so a document's extraction is the same wherever it runs.
A worker that dies takes no document with it: the scheduler runs its tasks again elsewhere.
At most ``window`` documents are on the cluster at a time, so a corpus of any size streams
through without the client holding every pending result.
"""

from __future__ import annotations

import importlib.util
import uuid
from collections import deque
from collections.abc import Generator, Sequence
from typing import TYPE_CHECKING, Any

from briefgen.errors import BriefgenError
from briefgen.models import Document, Extraction

if TYPE_CHECKING:
    from briefgen.extract.run import Failure

# Seconds to wait for the scheduler before saying it cannot be reached.
CONNECT_TIMEOUT = 10
# Documents in flight per worker thread: enough that no worker waits for the next one.
IN_FLIGHT_PER_THREAD = 8


class ExecutorError(BriefgenError):
    """The Dask executor cannot run: not installed, or its scheduler cannot be reached."""


def connect(address: str) -> Any:
    """A ``distributed.Client`` on the scheduler at ``address`` (``tcp://HOST:PORT``)."""
    if importlib.util.find_spec("distributed") is None:
        raise ExecutorError(
            "the dask executor needs Dask: pip install 'briefgen[dask]'", "--executor dask"
        )
    from distributed import Client

    try:
        return Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        # distributed words it "Timed out trying to connect to tcp://… after 10 s"
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ExecutorError(
            f"cannot reach the Dask scheduler ({reason}); is `dask scheduler` running there?",
            address,
        ) from None


def extract_on_cluster(
    client: Any, documents: Sequence[Document], year: int | None
) -> Generator[Extraction | Failure, None, None]:
    """One result per document, in input order, while later documents are still running."""
    threads = sum(client.nthreads().values()) or 1
    window = max(IN_FLIGHT_PER_THREAD * threads, 16)
    run = uuid.uuid4().hex[:8]  # task keys unique to this build on a shared cluster
    pending: deque[tuple[Any, Document]] = deque()
    try:
        for n, document in enumerate(documents):
            future = client.submit(_extract, document, year, key=f"extract-{run}-{n}")
            pending.append((future, document))
            if len(pending) >= window:
                yield _take(*pending.popleft())
        while pending:
            yield _take(*pending.popleft())
    finally:
        # An interrupted build leaves no work behind on the cluster.
        for future, _ in pending:
            future.cancel()


def _take(future: Any, document: Document) -> Extraction | Failure:
    from briefgen.extract.run import Failure

    try:
        result: Extraction | Failure = future.result()
    except OSError as exc:  # the connection to the scheduler is gone: nothing more comes back
        raise ExecutorError(f"lost the Dask scheduler ({exc})", "--executor dask") from None
    except Exception as exc:  # KilledWorker: the document took down every worker it was given
        return Failure(document.id, f"the workers extracting it died ({type(exc).__name__})")
    future.release()
    return result


def prepare_worker() -> None:
    """On a worker: the model loaded and the extractors warmed (``pool.warm``: their modules
    and tables), as the local executor's workers are before their first document; each is
    made once a process, so asking again costs nothing."""
    from briefgen.extract.nlp import load_nlp
    from briefgen.extract.pool import warm

    load_nlp()
    warm()


def _extract(document: Document, year: int | None) -> Extraction | Failure:
    """On a worker: the process's model and extractors (made by its first task), one
    document."""
    from briefgen.extract.nlp import load_nlp
    from briefgen.extract.run import extract_or_fail

    prepare_worker()
    return extract_or_fail(document, load_nlp(), year)
