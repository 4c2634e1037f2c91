"""One writer at a time in content/: a lock file taken around read → plan → write.

Every command that writes to content/ runs inside `writing(content)`: it waits (saying so) while
another holds the lock, fails with one clear line after HERITAGE_LOCK_TIMEOUT seconds (default
120), and, once it holds the lock, first completes any change an interrupted command left behind
(builder.content.transaction.recover). The lock is an OS file lock (filelock): a killed holder
releases it at once, so a stale lock file is harmless.
"""
from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from ..errors import ContentError
from .transaction import pending, recover

LOCK = ".heritage.lock"


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def timeout() -> float:
    try:
        return float(os.environ.get("HERITAGE_LOCK_TIMEOUT", "120"))
    except ValueError:
        return 120.0


@contextmanager
def writing(content: Path, say=_say):
    """Hold content/'s lock (recovering any interrupted change first) for the body of the block."""
    content = Path(content)
    path = content / LOCK
    if path.is_symlink() or (path.exists() and not path.is_file()):  # an old filelock would truncate a link's target
        raise ContentError("the lock file is a link or not a file; nothing was changed", path,
                           hint="delete it: heritage makes its own lock file")
    try:
        content.mkdir(parents=True, exist_ok=True)
        lock = FileLock(path)
        try:
            lock.acquire(timeout=0)
        except Timeout:
            wait = timeout()
            say(f"waiting: another heritage command is writing to {content} (up to {wait:g} s)")
            try:
                lock.acquire(timeout=wait)
            except Timeout:
                raise ContentError(f"another heritage command is still writing here after {wait:g} s; nothing was changed",
                                   content, hint="let it finish and run again, or set HERITAGE_LOCK_TIMEOUT to wait longer") from None
    except OSError as exc:
        raise ContentError(f"cannot write in this folder: {exc.strerror or exc}; nothing was changed", content,
                           hint="make it writable: it may be on a read-only disk or belong to someone else") from None
    try:
        for line in recover(content):
            say(line)
        yield
    finally:
        lock.release()


def recover_if_needed(content: Path, say=_say) -> None:
    """For readers such as `heritage check`: finish an interrupted change first, if one is pending."""
    if Path(content).is_dir() and pending(content):
        with writing(content, say):
            pass
