"""Locks and logs in the output folder: no write through a planted link, no stale lock."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from deliver_fixtures import cli_app, mail_config, write_pdf
from typer.testing import CliRunner

from briefgen.cli import app
from briefgen.deliver import build_lock
from briefgen.deliver.delivery import deliver_pdf
from briefgen.deliver.lock import scheduler_lock
from briefgen.deliver.store import Store, open_store
from briefgen.errors import BriefgenError, DeliveryError, OutputError


@pytest.fixture()
def victim(tmp_path: Path) -> Path:
    path = tmp_path / "victim.txt"
    path.write_text("precious\n", encoding="utf-8")
    return path


def test_build_refuses_a_symlinked_lock_and_leaves_its_target_alone(
    tmp_path: Path, victim: Path
) -> None:
    (tmp_path / "a.txt").write_text("Talks resumed on 3 March 2022.\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "build.lock").symlink_to(victim)
    result = CliRunner().invoke(app, ["build", str(tmp_path / "a.txt"), "-o", str(out)])
    assert result.exit_code == 1
    assert result.output == (
        f"error: {out / 'build.lock'}: is a symbolic link; refusing to write through it "
        "(remove it)\n"
    )
    assert victim.read_text(encoding="utf-8") == "precious\n"


def _take(out: Path, name: str, tmp_path: Path) -> None:
    if name == "delivery.lock":
        config = replace(mail_config(tmp_path, 2525), output_dir=out)
        deliver_pdf(config, write_pdf(tmp_path / "pdf"))
        return
    with scheduler_lock(out) if name == "scheduler.lock" else build_lock(out):
        pass


@pytest.mark.parametrize("name", ["scheduler.lock", "delivery.lock", "build.lock"])
def test_every_lock_refuses_symlinks_and_hard_links(
    tmp_path: Path, victim: Path, name: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / name).symlink_to(victim)
    with pytest.raises(OutputError, match="symbolic link"):
        _take(out, name, tmp_path)
    (out / name).unlink()
    os.link(victim, out / name)
    with pytest.raises(OutputError, match="hard link"):
        _take(out, name, tmp_path)
    assert victim.read_text(encoding="utf-8") == "precious\n"


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_the_delivery_log_is_never_opened_through_a_link(
    tmp_path: Path, victim: Path, suffix: str
) -> None:
    db = tmp_path / "delivery.sqlite"
    Path(f"{db}{suffix}").symlink_to(victim)
    with pytest.raises(OutputError, match="symbolic link"), open_store(db):
        pass
    assert victim.read_text(encoding="utf-8") == "precious\n"


HOLD_AND_DIE = """
import os, signal, sys, time
from pathlib import Path
from briefgen.deliver import build_lock
with build_lock(Path(sys.argv[1])):
    child = os.fork()
    if child == 0:  # a worker the build forked: it inherits the open, locked file
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        time.sleep(60)
        os._exit(0)
    print(child, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)  # kill -9 on the build
"""


def test_a_lock_left_by_a_killed_build_with_orphaned_workers_is_taken_over(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-c", HOLD_AND_DIE, str(out)], capture_output=True, text=True, timeout=60
    )
    orphan = int(proc.stdout)
    try:
        with build_lock(out, timeout=0) as lock:
            assert lock.read_text().startswith(f"pid {os.getpid()},")
    finally:
        os.kill(orphan, signal.SIGKILL)


def test_staging_folders_of_killed_builds_are_removed_by_the_next_build(
    tmp_path: Path, victim: Path
) -> None:
    out = tmp_path / "out"
    stale = out / ".2026-11-23T0700Z.k3j_x9a2"
    stale.mkdir(parents=True)
    (stale / "brief.html").write_text("half a brief", encoding="utf-8")
    (out / ".2026-11-23T0800Z.linked").symlink_to(tmp_path)
    (out / ".keep").mkdir()
    with build_lock(out):
        pass
    assert not stale.exists()
    assert (out / ".2026-11-23T0800Z.linked").is_symlink() and victim.exists()
    assert (out / ".keep").is_dir()


def test_a_full_disk_at_the_delivery_log_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(self: Store, build_id: str) -> set[str]:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(Store, "delivered", full)
    pdf = write_pdf(tmp_path / "build")
    toml = tmp_path / "brief.toml"
    toml.write_text(
        f'output_dir = "{tmp_path / "reports"}"\n[email]\nto = ["ann@example.org"]\n'
        'from = "briefs@example.org"\n[smtp]\nport = 2525\nsecurity = "none"\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli_app(), ["email", str(pdf), "-c", str(toml)])
    assert result.exit_code == 1
    db = tmp_path / "reports" / "delivery.sqlite"
    assert result.output == (
        f"error: {db}: the delivery log cannot be used (database or disk is full); "
        "free some space or check the file\n"
    )
    assert isinstance(DeliveryError("x"), BriefgenError)
