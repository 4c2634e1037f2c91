"""Crash-safe writes: one file, or several files that must change together.

One file: its new text is staged as a temporary file beside it and fsynced, then renamed over it
(readers see the old or the new text, never half). Several files (an ingest writes a source, its
text and the sites that quote it): every new text is staged and fsynced first, which is where a
full disk or a read-only folder shows up, before anything visible has changed; the old files are
kept as hard links; a journal naming every (staged, target) pair is written atomically to
content/; then all are renamed and the journal is removed. After `kill -9` or a power cut at any
point, `recover()` (run by every writing command under the lock, and by `heritage check`) finds
the journal and completes the change, or, when a rename had failed and the rollback was cut
short, finishes the rollback; staged files without a journal are removed. Either way content/
ends as it was before the command or as it is after it, never in between.
"""
from __future__ import annotations

import errno
import json
import os
import secrets
import shutil
from pathlib import Path

from .. import faults
from ..errors import ContentError
from .paths import inside

JOURNAL = ".heritage-journal.json"
TMP, ORIG = ".heritage-tmp", ".heritage-orig"


class WriteError(ContentError):
    """The operating system refused a write (disk full, read-only, permission): it stops the command."""


def _error(exc: OSError, path: Path, done: str) -> WriteError:
    what = exc.strerror or str(exc)
    hint = {"ENOSPC": "free some disk space and run the command again",
            "EROFS": "the file system is read-only: mount it writable or work on a copy",
            "EACCES": "make the file and its folder writable for you",
            "EPERM": "the file may be immutable: see lsattr, and chattr -i it if it may change"}.get(_name(exc), "fix the cause and run again")
    return WriteError(f"cannot write: {what}; {done}", path, hint=hint)


def _name(exc: OSError) -> str:
    return errno.errorcode.get(exc.errno or 0, "")


def _side(path: Path, suffix: str) -> Path:
    return path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}{suffix}")


def _stage(path: Path, data: bytes) -> Path:
    """The new text in a fsynced temporary file beside `path`."""
    faults.step(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _side(path, TMP)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o777)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def _keep_old(path: Path) -> Path:
    """The old file kept beside it for a rollback: a hard link (no space needed), else a copy where
    the file system has no hard links."""
    orig = _side(path, ORIG)
    try:
        os.link(path, orig)
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK, errno.EXDEV):
            raise
        shutil.copy2(path, orig)
    return orig


def _sync_dirs(paths) -> None:
    for folder in {p.parent for p in paths}:
        try:
            fd = os.open(folder, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError:
            pass  # some file systems cannot fsync a folder; the rename is still atomic


def _refuse_read_only(paths) -> None:
    for path in paths:
        if path.exists() and not path.stat().st_mode & 0o222:
            raise WriteError("cannot write: the file is read-only; nothing was changed", path,
                             hint="make it writable (chmod u+w) if it may be changed, and run again")


def write_files(files: dict, root: Path | None = None) -> list[Path]:
    """Write {path: text} so that all or none of it lands; several files need `root` (content/) for
    the journal. Errors become one ContentError naming the file, with every file as it was."""
    items = [(Path(p), t.encode("utf-8") if isinstance(t, str) else t) for p, t in files.items()]
    if not items:
        return []
    if len(items) > 1 and root is None:
        raise ValueError("writing several files together needs `root`, the folder that holds the journal")
    if root is not None:
        for path, _ in items:
            inside(root, path)
    _refuse_read_only(p for p, _ in items)
    entries: list[dict] = []
    journal = Path(root) / JOURNAL if root is not None and len(items) > 1 else None
    path = items[0][0]  # the file being written, named in an error (a full disk's OSError names none)
    try:
        for path, data in items:
            entries.append({"target": path, "tmp": _stage(path, data), "orig": None})
        if journal is None:
            path, tmp = items[0][0], entries[0]["tmp"]
            faults.step(path)
            os.replace(tmp, path)
            _sync_dirs([path])
            return [path]
        for entry in entries:
            path = entry["target"]
            if path.exists():
                faults.step(path)
                entry["orig"] = _keep_old(path)
        path = journal
        _write_journal(journal, root, entries, "forward")
    except OSError as exc:
        _discard(entries)
        raise _error(exc, path, "nothing was changed") from None
    try:
        for entry in entries:
            faults.step(entry["target"])
            os.replace(entry["tmp"], entry["target"])
        _sync_dirs([e["target"] for e in entries])
    except OSError as exc:
        try:
            _write_journal(journal, root, entries, "back")
            _roll(entries, "back")
            journal.unlink()
        except OSError:
            raise _error(exc, entry["target"], "the change is half done: the next heritage command undoes it") from None
        raise _error(exc, entry["target"], "nothing was changed") from None
    try:
        faults.step(journal)
        journal.unlink()
        _sync_dirs([journal])
        _discard(entries, staged=False)
    except OSError:
        pass  # the change is complete; the next command finds the journal, has nothing to redo, and removes it
    return [e["target"] for e in entries]


def _discard(entries, staged: bool = True) -> None:
    for entry in entries:
        for key in ("tmp", "orig") if staged else ("orig",):
            if entry.get(key):
                Path(entry[key]).unlink(missing_ok=True)


def _write_journal(journal: Path, root: Path, entries, direction: str) -> None:
    rel = lambda p: str(Path(p).relative_to(root)) if p else None  # noqa: E731
    doc = {"about": "an interrupted heritage write; the next heritage command completes it",
           "direction": direction,
           "files": [{"target": rel(e["target"]), "tmp": rel(e["tmp"]), "orig": rel(e["orig"])} for e in entries]}
    faults.step(journal)
    tmp = _side(journal, TMP)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(doc, fh, indent=1)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, journal)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _sync_dirs([journal])


def _roll(entries, direction: str) -> None:
    """Finish the change (forward) or undo it (back); safe to run again after an interruption."""
    for entry in entries:
        target, tmp, orig = entry["target"], entry["tmp"], entry["orig"]
        faults.step(target)
        if direction == "forward":
            if tmp.exists():
                os.replace(tmp, target)
        else:
            if tmp.exists():
                tmp.unlink()
            elif orig is not None and orig.exists():
                os.replace(orig, target)
            elif orig is None:
                target.unlink(missing_ok=True)  # a file this change had created
    _sync_dirs([e["target"] for e in entries])
    _discard(entries, staged=False)


def _read_journal(root: Path, journal: Path) -> tuple[str, list[dict]]:
    def path(value, suffix):
        if value is None and suffix == ORIG:
            return None
        p = inside(root, root / value)
        if suffix and not p.name.endswith(suffix):
            raise ValueError(value)
        return p
    try:
        doc = json.loads(journal.read_text(encoding="utf-8"))
        entries = [{"target": path(f["target"], ""), "tmp": path(f["tmp"], TMP), "orig": path(f.get("orig"), ORIG)}
                   for f in doc["files"]]
        if doc["direction"] not in ("forward", "back"):
            raise ValueError(doc["direction"])
        return doc["direction"], entries
    except (ValueError, KeyError, TypeError, ContentError) as exc:
        raise ContentError(f"cannot read the journal of an interrupted write ({type(exc).__name__}: {exc})", journal,
                           hint="compare the files it names with their .heritage-tmp copies, then delete it") from None


def pending(root: Path) -> bool:
    """Whether an interrupted write left anything behind in `root`."""
    root = Path(root)
    return (root / JOURNAL).exists() or any(_leftovers(root))


def _leftovers(root: Path):
    """Staged and backup files under `root`; links to folders are not followed (they may point out)."""
    for folder, _, names in os.walk(root):
        for name in names:
            if name.startswith(".") and name.endswith((TMP, ORIG)):
                yield Path(folder) / name


def recover(root: Path) -> list[str]:
    """Complete (or undo) a change an interrupted command left in `root`; call it holding the lock.
    Returns what was done, one line each."""
    root = Path(root)
    journal = root / JOURNAL
    done = []
    if journal.is_symlink():
        raise ContentError("the journal of an interrupted write is a link; nothing was changed", journal,
                           hint="delete the link: heritage writes its journal itself")
    try:
        if journal.exists():
            direction, entries = _read_journal(root, journal)
            _roll(entries, direction)
            faults.step(journal)
            journal.unlink()
            _sync_dirs([journal])
            names = ", ".join(str(e["target"].relative_to(root)) for e in entries)
            done.append(f"{'completed' if direction == 'forward' else 'undid'} an interrupted change to "
                        f"{len(entries)} file(s) in {root}: {names}")
        stray = sorted(_leftovers(root))
        for path in stray:
            path.unlink(missing_ok=True)
        if stray:
            done.append(f"removed {len(stray)} unfinished temporary file(s) of an interrupted write in {root}")
    except OSError as exc:
        raise _error(exc, journal, "an interrupted change is still pending") from None
    return done
