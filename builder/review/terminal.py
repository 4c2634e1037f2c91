"""`heritage review`'s interactive screen: one pending claim at a time, one key (and Enter) per
decision. It reads lines from any stream, so a test or a script drives it through stdin just as
a person does at a terminal; colours and screen clearing only when the output is a terminal.

`render` turns one claim into the text shown (pure); `Session` runs the loop and calls decide.
"""
from __future__ import annotations

import shutil
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

from ..content.load import load
from ..content.model import KnowledgeBase
from ..dates import label as date_label
from ..errors import HeritageError
from ..status import derive, ordered
from ..vocab import event_types, statuses, vocab
from . import decide
from .paragraph import locate
from .queue import Pending, pending, site_file

KEYS = [("a", "accept"), ("r", "reject"), ("d", "date"), ("o", "actor"), ("c", "certainty"), ("t", "type"),
        ("m", "move to site"), ("g", "merge sites"), ("s", "skip"), ("q", "quit"), ("?", "help")]
QUOTE_KEYS = "arsq?"  # a quote proposed for a reviewed event is accepted or rejected, not edited
HELP = """\
  a  accept: the claim is right as shown; it becomes a published fact
  r  reject: the claim is wrong; it is removed and remembered on its source, so a re-ingest will not propose it again
  d  edit the date (EDTF: 2015, 2015-05, 2015-05-20, 2015-05/2016-03; '-' for none)
  o  edit the actor ('-' for none)
  c  edit the certainty (confirmed or reported)
  t  edit the event type
  m  move the claim to another site (its id or name)
  g  merge two sites that are one place (the first one's names and events join the second)
  s  skip: leave it pending for now
  q  quit: decisions made so far are saved"""


@dataclass
class Style:
    on: bool = False

    def _wrap(self, code: str, text: str) -> str:
        return f"\033[{code}m{text}\033[0m" if self.on else text

    def bold(self, text: str) -> str:
        return self._wrap("1", text)

    def quote(self, text: str) -> str:
        return self._wrap("1;43;30", text) if self.on else f"»{text}«"

    def dim(self, text: str) -> str:
        return self._wrap("2", text)

    def warn(self, text: str) -> str:
        return self._wrap("1;33", text)


def _status_label(key: str) -> str:
    return statuses().get(key, {}).get("label", key)


def status_change(item: Pending, kb: KnowledgeBase) -> tuple[str, str]:
    """The site's published status now (reviewed events only) and if this claim were accepted."""
    reviewed = [e for e in item.site.events if e.reviewed]
    now = derive(ordered(reviewed, kb)).key if reviewed else ("unconfirmed" if item.new_site else "intact")
    after = derive(ordered([*reviewed, item.event], kb)).key
    return _status_label(now), _status_label(after)


def render(item: Pending, kb: KnowledgeBase, position: int, total: int, style: Style = Style(),
           width: int = 100, content_label: str = "content") -> str:
    e, site = item.event, item.site
    fill = lambda text, indent="  ": textwrap.fill(text, width, initial_indent=indent, subsequent_indent=indent)  # noqa: E731
    out = [style.bold(f"── Claim {position} of {total} " + "─" * max(0, width - 20 - len(str(position)) - len(str(total))))]
    where = f"{site_file(site, content_label)}:{(item.quote or e).line}"
    out.append(f"{style.bold('Site')}    {site.name} ({site.id})  {style.dim(where)}")
    now, after = status_change(item, kb)
    out.append(f"        status now: {now} · if accepted: {after}"
               + (" (a quote for a reviewed event)" if item.quote else ""))
    if item.new_site:
        out.append("        " + style.warn("new site: known only from claims awaiting review"))
    if site.part_of:
        parent = kb.sites.get(site.part_of)
        out.append(f"        part of {parent.name if parent else site.part_of}")
    what = event_types().get(e.type, {}).get("label", e.type)
    claim = [what, date_label(e.date) if e.date else "no date", f"actor: {e.actor or 'none'}", e.certainty]
    out.append(f"{style.bold('Claim')}   " + " · ".join(claim) + (f"   ({e.date.text})" if e.date else ""))
    if item.quote:
        out.append("        " + style.warn(f"a new quote for this reviewed event ({len(e.evidence) - 1} other quote(s)); "
                                         "is it about this event?"))
    out.append(f"{style.bold('Id')}      {item.id}")
    for ev in item.evidence:
        source = kb.sources.get(ev.source)
        meta = ", ".join(filter(None, [source.publisher if source else None,
                                       date_label(source.published) if source and source.published else None]))
        out.append("")
        line = textwrap.fill(f"Source  {ev.source}: {source.title if source else '(unknown source)'}"
                             + (f" — {meta}" if meta else ""), width, subsequent_indent="        ")
        out.append(style.bold("Source") + line[len("Source"):])
        found = locate(ev.quote, kb.texts.get(ev.source, []))
        if found is None:
            out.append(fill(style.quote(ev.quote)))
            out.append("  " + style.warn("(this quote is not in the source's text)"))
        else:
            # wrap the plain text, then mark the quote: markers must not change the wrapping
            text = textwrap.fill(found.before + "\x00" + found.quote + "\x01" + found.after, width,
                                 initial_indent="  ", subsequent_indent="  ", break_on_hyphens=False)
            head, _, rest = text.partition("\x00")
            middle, _, tail = rest.partition("\x01")
            if style.on:  # colour each line's text, not the indent
                middle = "\n".join(part[:2] + style.quote(part[2:]) if i else style.quote(part)
                                   for i, part in enumerate(middle.split("\n")))
            else:
                middle = style.quote(middle)
            out.append(head + middle + tail)
        if ev.date or ev.actor or ev.certainty:
            own = ", ".join(filter(None, [ev.date and f"date {ev.date.text}", ev.actor and f"actor {ev.actor}", ev.certainty]))
            out.append("  " + style.dim(f"this source's own reading: {own}"))
    out.append("")
    keys = [(k, name) for k, name in KEYS if not item.quote or k in QUOTE_KEYS]
    out.append(textwrap.fill("  ".join(f"[{k}]\u00a0{name.replace(' ', chr(0xa0))}" for k, name in keys), width,
                             break_on_hyphens=False).replace("\u00a0", " "))
    return "\n".join(out)


@dataclass
class Session:
    content: Path
    read: object  # () -> str | None: the next line typed, None at the end of input
    write: object  # (str) -> None
    style: Style = field(default_factory=Style)
    width: int = 100
    content_label: str = "content"
    counts: dict = field(default_factory=lambda: {"accepted": 0, "rejected": 0, "edited": 0, "moved": 0, "merged": 0})
    skipped: set = field(default_factory=set)
    keep_screen: bool = False
    read_key: object = None  # () -> str | None: one key press, without Enter (a terminal); else lines
    notes: list = field(default_factory=list)  # results of the last decision, shown on the next screen

    def flush_notes(self) -> None:
        if self.notes:
            self.write("".join(f"  {note}\n" for note in self.notes) + "\n")
            self.notes.clear()

    def ask(self, prompt: str) -> str | None:
        self.write(prompt)
        line = self.read()
        return None if line is None else line.strip()

    def next_item(self) -> tuple[list[Pending], Pending | None]:
        items = pending(load(self.content).kb)
        return items, next((p for p in items if p.id not in self.skipped), None)

    def run(self) -> int:
        current: str | None = None
        while True:
            items, item = self.next_item()
            if current is not None:
                item = next((p for p in items if p.id == current), item)
            if item is None:
                self.flush_notes()
                self.write("\nNo more claims to review" + (f" ({len(self.skipped)} skipped)" if self.skipped else "") + ".\n")
                break
            kb = load(self.content).kb
            if self.style.on and not self.keep_screen:
                self.write("\033[2J\033[H")
            self.keep_screen = False
            self.flush_notes()  # what the last key did, above the claim now shown
            open_items = [p for p in items if p.id not in self.skipped] or items
            position = next((i for i, p in enumerate(open_items, 1) if p.id == item.id), 1)
            self.write(render(item, kb, position, len(open_items), self.style, self.width, self.content_label) + "\n")
            key = self.read_key() if self.read_key else self.ask("> ")
            if key is None or key[:1].lower() == "q":
                break
            try:
                current = self.decide(key[:1].lower(), item, kb)
            except HeritageError as exc:
                self.notes.append(self.style.warn(f"not done: {exc}"))
                current = item.id
        self.flush_notes()
        self.write(self.summary() + "\n")
        return 0

    def decide(self, key: str, item: Pending, kb: KnowledgeBase) -> str | None:
        """Carry out one key; returns the id of the claim to show next (None: the next pending one)."""
        say = self.notes.extend
        if key == "a":
            say(decide.accept(self.content, item.id))
            self.counts["accepted"] += 1
            return None
        if key == "r":
            say(decide.reject(self.content, item.id))
            self.counts["rejected"] += 1
            return None
        if key == "s":
            self.skipped.add(item.id)
            return None
        if key in ("d", "o", "c", "t"):
            name = {"d": "date", "o": "actor", "c": "certainty", "t": "type"}[key]
            now = {"date": item.event.date.text if item.event.date else "", "actor": item.event.actor or "",
                   "certainty": item.event.certainty, "type": item.event.type}[name]
            choices = {"certainty": list(vocab()["certainty"]), "type": list(event_types())}.get(name)
            hint = f" ({', '.join(choices)})" if choices else " ('-' for none)"
            value = self.ask(f"{name}{hint} [{now}]: ")
            if not value:
                return item.id  # Enter alone keeps the value
            new_id, lines = decide.edit(self.content, item.id, name, "" if value == "-" else value)
            say(lines)
            self.counts["edited"] += 1
            return new_id
        if key == "m":
            target = self.ask("move this claim to which site (id or name)? ")
            if not target:
                return item.id
            new_id, lines = decide.attach(self.content, item.id, target)
            say(lines)
            self.counts["moved"] += 1
            return new_id
        if key == "g":
            first = self.ask(f"merge which site [{item.site.id}]: ") or item.site.id
            into = self.ask(f"into which site (it keeps its id; {first}'s names and events join it)? ")
            if not into:
                return item.id
            say(decide.merge_sites(self.content, first, into))
            self.counts["merged"] += 1
            return None
        self.write(HELP + "\n")
        self.keep_screen = True  # the help stays above the claim shown again
        return item.id

    def summary(self) -> str:
        done = ", ".join(f"{n} {what}" for what, n in self.counts.items() if n) or "no decisions"
        left = len(pending(load(self.content).kb))
        return f"{done}; {left} claim(s) still pending."


def interactive(content: Path, stdin, stdout, content_label: str = "content") -> int:
    tty = hasattr(stdout, "isatty") and stdout.isatty()
    width = min(shutil.get_terminal_size((100, 24)).columns, 120) - 1 if tty else 100

    def read():
        line = stdin.readline()
        return line if line else None

    def write(text):
        stdout.write(text)
        stdout.flush()
    session = Session(Path(content), read, write, Style(tty), width, content_label)
    if not (tty and hasattr(stdin, "isatty") and stdin.isatty()):
        return session.run()
    with KeyPresses(stdin.fileno()) as keys:
        session.read_key = lambda: keys.key(write)
        session.read = keys.line
        return session.run()


class KeyPresses:
    """The terminal in cbreak mode for the whole session, so that a key (even one typed ahead,
    while a screen was being made) is a decision at once; Ctrl-C still interrupts. Value prompts
    (a date, an actor) get the line mode back, with echo and editing, for their one line."""

    def __init__(self, fd: int):
        import termios
        self.fd, self.termios = fd, termios
        self.saved = termios.tcgetattr(fd)

    def __enter__(self):
        import tty
        tty.setcbreak(self.fd)
        return self

    def __exit__(self, *exc):
        self.termios.tcsetattr(self.fd, self.termios.TCSADRAIN, self.saved)

    def key(self, write) -> str | None:
        import os
        write("> ")
        while True:
            ch = os.read(self.fd, 1).decode("utf-8", "replace")
            if ch not in ("\n", "\r", " "):
                break
        if ch in ("", "\x04"):  # end of input, Ctrl-D
            return None
        write(ch + "\n")
        return ch

    def line(self) -> str | None:
        import os
        import tty
        self.termios.tcsetattr(self.fd, self.termios.TCSADRAIN, self.saved)
        try:
            data = b""
            while not data.endswith(b"\n"):
                chunk = os.read(self.fd, 1024)
                if not chunk:
                    break
                data += chunk
        finally:
            tty.setcbreak(self.fd)
        return data.decode("utf-8", "replace") if data else None
