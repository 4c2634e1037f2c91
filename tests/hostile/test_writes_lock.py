"""One writer at a time: eight ingests started at once on one content/ lose nothing, a held lock
is waited for with a message and then refused with one line, and a killed holder frees it."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from builder.content.lock import LOCK
from .writes_support import PUBLISHED, article, fresh_content, heritage, one_error_line, snapshot

REPORTS = [
    "Activists said on Monday that the Temple of Baalshamin in Palmyra was badly damaged by shelling last week.",
    "Syria's antiquities chief Maamoun Abdulkarim said the Temple of Baalshamin was damaged when mortar rounds struck its columns.",
    "Residents told reporters that fighters had damaged the Temple of Baalshamin while retreating through the old city.",
    "Satellite images published by a university team show the Temple of Baalshamin was damaged in an air strike.",
    "A local official said the Temple of Baalshamin suffered damage after a car bomb exploded near its entrance.",
    "Witnesses reported that the Temple of Baalshamin was damaged by gunfire during clashes around the ruins.",
    "According to a monitoring group, the Temple of Baalshamin was partly damaged in a rocket attack overnight.",
    "Archaeologists who visited the ruins said the Temple of Baalshamin had been damaged by looters digging under its walls.",
]
ASIDES = ["The town has seen heavy fighting for months.", "Aid groups warned of shortages of bread and fuel.",
          "Schools in the region remain closed.", "Power cuts lasted most of the day.", "The governor called for calm.",
          "Roads to the east were blocked by checkpoints.", "Farmers said the harvest was lost.",
          "Prices of medicine rose sharply."]


def test_eight_ingests_at_once_lose_no_quote(tmp_path):
    content = fresh_content(tmp_path)
    files = [article(tmp_path, f"{r}\n\n{a}\n", f"report-{i}.txt") for i, (r, a) in enumerate(zip(REPORTS, ASIDES))]
    procs = [subprocess.Popen([sys.executable, "-m", "builder", "ingest", str(f), "--published", PUBLISHED,
                               "--content", str(content)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for f in files]
    results = [(p.wait(timeout=300), p.stderr.read()) for p in procs]
    assert all(code == 0 for code, _ in results), results
    site = (content / "sites" / "temple-of-baalshamin.yml").read_text(encoding="utf-8")
    assert [r for r in REPORTS if r not in site] == []
    assert {f"sources/report-{i}.yml" for i in range(8)} <= set(snapshot(content))
    assert {f"sources/texts/report-{i}.txt" for i in range(8)} <= set(snapshot(content))
    assert heritage("check", "--content", content).returncode == 0


def _holder(content):
    """Another process holding content/'s lock until it is killed."""
    code = ("import sys, time; from filelock import FileLock; lock = FileLock(sys.argv[1]); lock.acquire(); "
            "print('held', flush=True); "
            "time.sleep(300)")
    proc = subprocess.Popen([sys.executable, "-c", code, str(content / LOCK)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "held"
    return proc


def test_a_held_lock_is_waited_for_then_refused_with_one_line(tmp_path):
    content = fresh_content(tmp_path)
    before = snapshot(content)
    holder = _holder(content)
    try:
        result = heritage("ingest", article(tmp_path), "--published", PUBLISHED, "--content", content,
                          env={"HERITAGE_LOCK_TIMEOUT": "1"})
    finally:
        holder.kill()
        holder.wait()
    assert result.returncode == 2
    waiting, refused = [line for line in result.stderr.splitlines() if line.strip()]
    assert waiting.startswith("waiting: another heritage command is writing to")
    one_error_line(refused, "another heritage command is still writing here after 1 s; nothing was changed")
    assert snapshot(content) == before


def test_a_killed_holder_frees_the_lock(tmp_path):
    content = fresh_content(tmp_path)
    holder = _holder(content)
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    started = time.monotonic()
    result = heritage("new", "Temple of Nabu", "--content", content, env={"HERITAGE_LOCK_TIMEOUT": "30"})
    assert result.returncode == 0 and "waiting" not in result.stderr
    assert time.monotonic() - started < 25
    assert (content / "sites" / "temple-of-nabu.yml").is_file()


def test_a_writer_waits_for_the_lock_and_then_writes(tmp_path):
    content = fresh_content(tmp_path)
    holder = _holder(content)
    waiter = subprocess.Popen([sys.executable, "-m", "builder", "new", "Temple of Nabu", "--content", str(content)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        first = waiter.stderr.readline()
        assert first.startswith("waiting: another heritage command is writing to")
        assert not (content / "sites" / "temple-of-nabu.yml").exists()
    finally:
        holder.kill()
        holder.wait()
    assert waiter.wait(timeout=60) == 0
    assert (content / "sites" / "temple-of-nabu.yml").is_file()
