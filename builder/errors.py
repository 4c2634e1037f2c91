"""Problems as data, and the one exception hierarchy.

A `Problem` is what a check finds: collected into a list and reported together, never raised one
at a time. `HeritageError` is for the edges (CLI, plugin) where one problem stops the work.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    message: str
    hint: str = ""
    severity: str = "error"  # "error" stops a strict build; "warning" does not
    code: str = ""

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        fix = f" ({self.hint})" if self.hint else ""
        return f"{where}: {self.severity}: {self.message}{fix}"


def errors(problems) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]


def display_path(path: Path | str, root: Path | None = None) -> str:
    """A path as a person typed it: relative to the working directory when possible."""
    path = Path(path)
    for base in filter(None, (Path.cwd(), root)):
        # the link itself, not where it leads: a symlink in content/ is shown where it stands
        for here, there in ((Path(os.path.abspath(path)), Path(os.path.abspath(base))),
                            (path.parent.resolve() / path.name, base.resolve())):
            try:
                return str(here.relative_to(there))
            except ValueError:
                continue
    return str(path)


class HeritageError(Exception):
    """Any error a command reports as one clear line and exit code 2."""

    def __init__(self, message: str, path: Path | str | None = None, line: int = 0, hint: str = ""):
        self.message, self.path, self.line, self.hint = message, path, line, hint
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = f"{display_path(self.path)}:{self.line}: " if self.line else f"{display_path(self.path)}: "
        fix = f" ({self.hint})" if self.hint else ""
        return f"{where}{self.message}{fix}"


class ContentError(HeritageError):
    """content/ cannot be read or written as asked."""


class DateError(HeritageError):
    """A string is not a valid EDTF date."""


class InputError(HeritageError):
    """An article or argument cannot be used."""
