"""How long `mkdocs serve` takes to show a YAML edit.

    python benchmarks/serve.py                  # the demo knowledge base (content/)
    python benchmarks/serve.py --sites 1000     # a synthetic one from make_kb.py
    python benchmarks/serve.py --sites 1000 --edits 5 --port 8123

Copies the knowledge base into a temporary project (the repo's content/ is never touched),
starts `mkdocs serve` on 127.0.0.1, waits for the first build, then edits one site's YAML
(its description gets a new word; each edit a different site) and measures the time until the
page, fetched over HTTP, shows the new word. The last line printed is

    sites=N reload_s=…

(the median over --edits edits; each edit's figure is printed above it), followed on Linux by
the serve process's CPU seconds per edit (median, read from /proc: the server is otherwise idle),
its peak resident memory, and how many rebuilds the edits caused (one each, or a watcher loops).
"""
from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8", errors="replace")
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return None


def wait_for(url: str, needle: str, timeout: float, poll: float = 0.05) -> float | None:
    """Seconds until `url` serves a page containing `needle`, or None after `timeout`."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        text = fetch(url)
        if text is not None and needle in text:
            return time.perf_counter() - start
        time.sleep(poll)
    return None


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of a process so far (Linux /proc), or None."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def peak_rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return None


def settled_cpu(pid: int, quiet: float = 0.3, timeout: float = 60) -> float | None:
    """The process's CPU time once it has stopped using CPU for `quiet` seconds (its build is over)."""
    last, start = cpu_seconds(pid), time.perf_counter()
    while last is not None and time.perf_counter() - start < timeout:
        time.sleep(quiet)
        now = cpu_seconds(pid)
        if now == last:
            return now
        last = now
    return last


def make_project(work: Path, sites: int, seed: int) -> Path:
    content = work / "content"
    if sites:
        import make_kb
        counts = make_kb.write(content, sites, seed)
        print(f"knowledge base: {counts['sites']} sites, {counts['sources']} sources", flush=True)
    else:
        shutil.copytree(ROOT / "content", content)
    base = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    shutil.copytree(ROOT / base.get("docs_dir", "docs"), work / "docs")
    theme = dict(base["theme"])
    if theme.get("custom_dir"):
        theme["custom_dir"] = str((ROOT / theme["custom_dir"]).resolve())
    config = {k: v for k, v in base.items() if k not in ("plugins", "watch", "docs_dir", "theme")}
    config.update(docs_dir="docs", theme=theme, watch=["content"],
                  plugins=["search", {"heritage": {"content": "content"}}])
    (work / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return work / "mkdocs.yml"


def pick_sites(content: Path, n: int) -> list[Path]:
    """`n` different sites, those that are part of another (monuments) first, spread over the alphabet."""
    files = sorted((content / "sites").glob("*.yml"))
    parts = [p for p in files if "\npart_of:" in p.read_text(encoding="utf-8")]
    others = [p for p in files if p not in parts]
    step = max(1, len(parts) // max(n, 1))
    picked = parts[::step][:n]
    return (picked + others)[:n] if len(picked) < n else picked


def edit(path: Path, word: str) -> None:
    """Give the description a new word, in place (as an editor saves), keeping the rest as written."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    for i, line in enumerate(lines):
        if line.startswith("description:"):
            lines[i] = f"description: Edited {word}; a line changed while mkdocs serve was running.\n"
            # a folded description continues on indented lines: drop them with it
            j = i + 1
            while j < len(lines) and lines[j].startswith("  "):
                j += 1
            del lines[i + 1:j]
            break
    else:
        lines.insert(1, f"description: Edited {word}.\n")
    path.write_text("".join(lines), encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sites", type=int, default=0, help="synthetic sites; 0 (default) serves the demo content/")
    ap.add_argument("--edits", type=int, default=3)
    ap.add_argument("--port", type=int, default=0, help="default: a free port")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--timeout", type=float, default=300, help="seconds to wait for a build")
    args = ap.parse_args(argv)

    port = args.port or free_port()
    work = Path(tempfile.mkdtemp(prefix="hkb-serve-"))
    proc = None
    try:
        config = make_project(work, args.sites, args.seed)
        site_files = pick_sites(work / "content", args.edits)
        url = f"http://127.0.0.1:{port}/sites/{site_files[0].stem}/"
        env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
        log = open(work / "serve.log", "w")
        started = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-f", str(config), "-a", f"127.0.0.1:{port}"],
                                cwd=work, stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True)
        first = wait_for(url, "</html>", args.timeout, poll=0.2)
        if first is None:
            print((work / "serve.log").read_text()[-3000:], file=sys.stderr)
            raise SystemExit(f"mkdocs serve did not serve {url} within {args.timeout:.0f} s")
        print(f"first build served after {time.perf_counter() - started:.2f} s: {url}", flush=True)
        time.sleep(1.0)  # let the watcher settle
        figures, cpus = [], []
        for n in range(args.edits):
            word = f"hkbreload{n}x{int(time.time() * 1000) % 100000}"
            site_file = site_files[n % len(site_files)]
            url = f"http://127.0.0.1:{port}/sites/{site_file.stem}/"
            before = settled_cpu(proc.pid)
            t0 = time.perf_counter()
            edit(site_file, word)
            seen = wait_for(url, word, args.timeout)
            if seen is None:
                print((work / "serve.log").read_text()[-3000:], file=sys.stderr)
                raise SystemExit(f"the edit did not show within {args.timeout:.0f} s")
            took = time.perf_counter() - t0
            figures.append(took)
            after = settled_cpu(proc.pid)
            cpu = f", {after - before:.2f} s CPU" if None not in (before, after) else ""
            if cpu:
                cpus.append(after - before)
            print(f"  edit #{n + 1}: shown after {took:.2f} s{cpu}", flush=True)
        n_sites = len(list((work / "content" / "sites").glob("*.yml")))
        print(f"sites={n_sites} reload_s={statistics.median(figures):.2f}")
        rebuilds = (work / "serve.log").read_text(errors="replace").count("Building documentation") - 1
        peak = peak_rss_mb(proc.pid)
        if cpus:
            print(f"cpu_s_per_edit={statistics.median(cpus):.2f} peak_rss_mb={peak:.0f} rebuilds={rebuilds} edits={args.edits}")
    finally:
        if proc is not None and proc.poll() is None:
            os.killpg(proc.pid, signal.SIGINT)  # our own process group only
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
