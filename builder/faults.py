"""A fault-injection hook for the writers in content/, so tests can crash or fail them at any write.

`HERITAGE_FAULT=kill@N` ends the process with `os._exit(137)` (as `kill -9` would) just before its
write N+1, i.e. after N writes; `HERITAGE_FAULT=ENOSPC@N` (or EROFS, EACCES, EIO, any errno name)
makes write N fail with that error. Unset, `step()` only counts. Every low-level write a command
does to content/ (a staged file, a backup link, the journal, a rename, the journal's removal)
calls `step()` once, in order, so "every write" is the numbers 1..`count()`.
"""
from __future__ import annotations

import errno
import os

_count = 0


def reset() -> None:
    global _count
    _count = 0


def count() -> int:
    return _count


def step(path) -> None:
    """Called just before one write to `path`; may end the process or raise an OSError."""
    global _count
    _count += 1
    spec = os.environ.get("HERITAGE_FAULT", "")
    if "@" not in spec:
        return
    what, _, at = spec.partition("@")
    if not at.isdigit():
        return
    if what == "kill" and _count == int(at) + 1:
        os._exit(137)
    code = getattr(errno, what, None)
    if isinstance(code, int) and _count == int(at):
        raise OSError(code, os.strerror(code), str(path))
