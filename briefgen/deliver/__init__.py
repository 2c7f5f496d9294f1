"""Deliver: mail a built brief (exactly once per recipient) and run builds on a schedule.

The public interface:

* :func:`deliver_brief` / :func:`deliver_pdf` -> :class:`DeliveryReport`
* :func:`build_lock` -- hold it around a build so builds never overlap
* :func:`run_scheduler`, :func:`next_runs`, :func:`cron_files`
"""

from briefgen.deliver.cron import cron_files
from briefgen.deliver.delivery import DeliveryReport, RecipientsFailed, deliver_brief, deliver_pdf
from briefgen.deliver.lock import Locked, build_lock
from briefgen.deliver.schedule import RunResult, next_runs, run_scheduler

__all__ = [
    "DeliveryReport",
    "Locked",
    "RecipientsFailed",
    "RunResult",
    "build_lock",
    "cron_files",
    "deliver_brief",
    "deliver_pdf",
    "next_runs",
    "run_scheduler",
]
