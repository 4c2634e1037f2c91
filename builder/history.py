"""When each event entered the knowledge base: its `added:` day (ingest writes it), else the day
its site file last changed in git, else the file's modification time.

The feed is dated by this, not by when a source was published, so an event added today from a
2001 article is among the newest entries. One `git log` and one `git status` call per build,
whatever the number of files.
"""
from __future__ import annotations

import datetime
import subprocess
from pathlib import Path

from .content.model import KnowledgeBase


def _git(args: list[str], cwd: Path) -> str | None:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout if done.returncode == 0 else None


def file_days(paths: list[Path]) -> dict[Path, str]:
    """Path → ISO day it last changed: its last commit, or its mtime when it is not committed as it is."""
    paths = [Path(p).resolve() for p in paths]
    days: dict[Path, str] = {}
    if paths:
        folder = Path(paths[0]).parent
        top = _git(["rev-parse", "--show-toplevel"], folder)
        if top:
            root = Path(top.strip()).resolve()
            dirty = _git(["status", "--porcelain", "-z", "--untracked-files=all", "--", str(folder)], root) or ""
            changed = {(root / entry[3:]).resolve() for entry in dirty.split("\0") if len(entry) > 3}
            log = _git(["log", "--format=%x00%cs", "--name-only", "--", str(folder)], root) or ""
            day = None
            for line in log.splitlines():
                if line.startswith("\0"):
                    day = line[1:]
                elif line and day:
                    days.setdefault((root / line).resolve(), day)
            for path in changed:
                days.pop(path, None)
    for path in paths:
        if path not in days and path.exists():
            days[path] = datetime.date.fromtimestamp(path.stat().st_mtime).isoformat()
    return days


def entered(kb: KnowledgeBase) -> dict[tuple[str, int], str]:
    """(site id, event index) → ISO day the event entered the knowledge base."""
    days = file_days([Path(site.path) for site in kb.sites.values()])
    out = {}
    for site in kb.sites.values():
        fallback = days.get(Path(site.path).resolve())
        for event in site.events:
            day = event.added or fallback
            if day:
                out[(site.id, event.index)] = day
    return out


