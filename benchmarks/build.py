"""Build a synthetic knowledge base through the builder, and the same pages with plain MkDocs.

    python benchmarks/build.py --sites 1000 [--repeat 3] [--kb DIR] [--keep DIR] [--profile]

In one run:

(a) ours: a temporary project (mkdocs.yml like the repo's: Material with the same features and
    nav, plugins [search, heritage], `content:` → a knowledge base written by make_kb.py);
(b) plain: the very pages the builder generates (Renderer with the publication the plugin's
    on_config makes) written out as Markdown files in a docs folder, built by plain MkDocs +
    Material with the same theme settings, nav, footer, styles and scripts, plugins [search]
    only, and a hooks.py adding the plugin's <head> lines (feed link, JSON-LD, map settings),
    so that --compare finds the same HTML.

Each build runs in a fresh subprocess (like `mkdocs build`), K times each, alternating, and the
medians are compared. The last line printed is

    sites=N ours_s=… plain_s=… ratio=… overhead=… ms_per_page=… peak_mb=…

ours_s / plain_s: wall time of the build, from before MkDocs is imported to the end of the build;
overhead: share of ours_s spent in the heritage plugin's on_files (load, check, page generation);
ms_per_page: ours_s * 1000 / pages built; peak_mb: peak RSS of our build's process.
A line `breakdown …` before it splits each build into its main costs (timed by wrapping MkDocs'
plugin events, Markdown conversion and template rendering in the child process).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

# --- the child: one build, timed -----------------------------------------------------------

CHILD = r'''
import json, resource, sys, time
t0 = time.perf_counter()
import logging
from collections import defaultdict
from functools import wraps
totals = defaultdict(float)
cpu = defaultdict(float)
counts = defaultdict(int)
active = set()

def timed(name, fn):
    @wraps(fn)
    def wrapper(*a, **k):
        if name in active:  # a recursive call: counted by the outer one
            return fn(*a, **k)
        active.add(name)
        t, c = time.perf_counter(), time.process_time()
        try:
            return fn(*a, **k)
        finally:
            totals[name] += time.perf_counter() - t
            cpu[name] += time.process_time() - c
            counts[name] += 1
            active.discard(name)
    return wrapper

import jinja2
import mkdocs.commands.build as mb
import mkdocs.structure.nav as nav
import mkdocs.structure.pages as pages
from mkdocs.config import load_config

pages.Page.render = timed("markdown", pages.Page.render)
jinja2.Template.render = timed("templates", jinja2.Template.render)
mb.get_navigation = timed("navigation", mb.get_navigation)
mb._build_page = timed("build_pages", mb._build_page)
mb._populate_page = timed("read_pages", mb._populate_page)
logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
for name in ("mkdocs", "mkdocs.plugins", "mkdocs.plugins.heritage"):
    logging.getLogger(name).setLevel(logging.WARNING)

config = load_config(config_file=sys.argv[1])
for event, methods in config.plugins.events.items():
    for i, method in enumerate(methods):
        origin = config.plugins._event_origins.get(method, "?")
        wrapped = timed(f"{origin.split('/')[-1]}:{event}", method)
        methods[i] = wrapped
        config.plugins._event_origins[wrapped] = origin
config.plugins.on_startup(command="build", dirty=False)
try:
    mb.build(config)
finally:
    config.plugins.on_shutdown()
total = time.perf_counter() - t0
usage = resource.getrusage(resource.RUSAGE_SELF)
print("RESULT " + json.dumps({
    "total": total, "times": totals, "cpu_times": cpu, "counts": counts, "cpu": usage.ru_utime + usage.ru_stime,
    "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
}))
'''


def run_child(config_file: Path, pages_hint: int) -> dict:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONHASHSEED="0")
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", CHILD, str(config_file)], capture_output=True, text=True,
                          env=env, cwd=config_file.parent)
    wall = time.perf_counter() - started
    result = None
    for line in proc.stdout.splitlines():
        if line.startswith("RESULT "):
            result = json.loads(line[7:])
    if proc.returncode or result is None:
        sys.stderr.write(proc.stdout[-3000:] + proc.stderr[-5000:])
        raise SystemExit(f"build of {config_file} failed (exit {proc.returncode})")
    problems = [line for line in proc.stderr.splitlines() if line.startswith(("ERROR", "WARNING"))]
    result["problems"] = problems
    result["wall"] = wall
    return result


# --- the projects ----------------------------------------------------------------------------

def _base_config() -> dict:
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


PLAIN_HOOKS = '''"""The plugin's one change to each rendered page, for the plain build: the same <head> lines."""
import sys
sys.path.insert(0, {root!r})
from builder import page_assets, urls

MAP = {map!r}


def on_post_page(output, page, config):
    return page_assets.inject(output, page_assets.head(
        feed_href=urls.relative(page.file.src_uri, "feed.xml", config.use_directory_urls),
        feed_title=f"{{config.site_name}}: newest events", jsonld=page.meta.get("jsonld"),
        map_config=MAP if "hkb-map" in output else None))
'''


def make_projects(kb_dir: Path, work: Path) -> tuple[Path, Path, int]:
    """Write the two projects; returns (ours mkdocs.yml, plain mkdocs.yml, pages built)."""
    from builder.content.load import load
    from builder.check import check
    from builder.errors import errors
    from builder.render.pages import Renderer

    base = _base_config()
    loaded = load(kb_dir)
    problems = check(loaded)
    if errors(problems):
        for p in problems[:20]:
            print(p, file=sys.stderr)
        raise SystemExit(f"{kb_dir}: {len(errors(problems))} error(s); the benchmark needs a clean knowledge base")

    docs_src = ROOT / base.get("docs_dir", "docs")
    theme = dict(base["theme"])
    if theme.get("custom_dir"):
        theme["custom_dir"] = str((ROOT / theme["custom_dir"]).resolve())

    ours, plain = work / "ours", work / "plain"
    for folder in (ours / "docs", plain / "docs"):  # a kept work folder: never reuse stale pages
        if folder.exists():
            shutil.rmtree(folder)
    (ours / "docs").mkdir(parents=True, exist_ok=True)
    for path in docs_src.rglob("*"):
        if path.is_file():
            target = ours / "docs" / path.relative_to(docs_src)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(path.read_bytes())
    config = {k: v for k, v in base.items() if k not in ("plugins", "watch", "docs_dir", "theme")}
    config.update(docs_dir="docs", site_dir=str(ours / "site"), theme=theme,
                  plugins=["search", {"heritage": {"content": str(kb_dir)}}])
    (ours / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    # what the plugin's on_config makes of the options (publication, footer terms, its styles and
    # scripts, map settings): the plain pages are rendered and framed with the same
    from mkdocs.config import load_config
    ours_config = load_config(str(ours / "mkdocs.yml"))
    ours_config = ours_config.plugins.on_config(ours_config)
    plugin = ours_config.plugins["heritage"]
    generated = Renderer(loaded.kb, ours_config.use_directory_urls, plugin.publication).all_pages()

    (plain / "docs").mkdir(parents=True, exist_ok=True)
    for path in (ours / "docs").rglob("*"):
        if path.is_file():
            target = plain / "docs" / path.relative_to(ours / "docs")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(path.read_bytes())
    hand_written = {p.relative_to(plain / "docs").as_posix() for p in (plain / "docs").rglob("*.md")}
    for page in generated:
        if page.uri in hand_written:  # as in the plugin: a hand-written page wins
            continue
        target = plain / "docs" / page.uri
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page.text, encoding="utf-8")
    extra = dict(base.get("extra") or {})
    pconfig = {k: v for k, v in base.items() if k not in ("plugins", "watch", "docs_dir", "theme")}
    from builder import page_assets
    page_assets.write(plain / "docs")  # the plugin serves its assets from the package; plain needs files
    (plain / "hooks.py").write_text(PLAIN_HOOKS.format(root=str(ROOT), map=dict(plugin.config.map)), encoding="utf-8")
    pconfig.update(copyright=ours_config.copyright, extra_css=list(ours_config.extra_css),
                   extra_javascript=[str(x) for x in ours_config.extra_javascript], hooks=["hooks.py"])
    pconfig.update(docs_dir="docs", site_dir=str(plain / "site"), theme=theme, plugins=["search"], extra=extra,
                   # generated pages are kept out of the nav in both builds; this only quiets the log
                   not_in_nav="/sites/\n/sources/\n")
    (plain / "mkdocs.yml").write_text(yaml.safe_dump(pconfig, allow_unicode=True, sort_keys=False), encoding="utf-8")
    n_pages = len(hand_written | {p.uri for p in generated})
    return ours / "mkdocs.yml", plain / "mkdocs.yml", n_pages


def _fmt_breakdown(label: str, result: dict) -> str:
    """Wall seconds of the main costs (CPU seconds in brackets); plugin events as plugin:event."""
    t, c = result["times"], result.get("cpu_times", {})
    keys = ["heritage:files", "navigation", "read_pages", "markdown", "build_pages", "templates",
            "search:page_context", "search:post_build", "heritage:post_build"]
    keys += sorted(k for k in t if k not in keys and t[k] >= 0.5)
    parts = [f"{k}={t[k]:.2f}[{c.get(k, 0.0):.2f}]" for k in keys if k in t]
    return f"breakdown {label}: total={result['total']:.2f}[{result.get('cpu', 0.0):.2f}] " + " ".join(parts)


def _normal(path: Path):
    """The search index and the sitemap list pages in build order, which differs between a docs
    folder read from disk and generated files: compare them as sets of entries."""
    if path.name == "search_index.json":
        data = json.loads(path.read_text(encoding="utf-8"))
        data["docs"] = sorted(data["docs"], key=lambda d: json.dumps(d, sort_keys=True))
        return data
    if path.name == "sitemap.xml":
        text = path.read_text(encoding="utf-8").replace("</urlset>", "")
        return sorted(entry.strip() for entry in text.split("<url>"))
    return path.read_bytes()


def compare_sites(ours: Path, plain: Path) -> list[str]:
    """Files of the plain build that the builder's build lacks or writes differently."""
    differ = []
    for path in sorted(plain.rglob("*")):
        if not path.is_file() or path.suffix == ".gz":
            continue
        other = ours / path.relative_to(plain)
        if not other.is_file():
            differ.append(str(path.relative_to(plain)))
        elif other.read_bytes() != path.read_bytes() and _normal(other) != _normal(path):
            differ.append(str(path.relative_to(plain)))
    return differ


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sites", type=int, required=True)
    ap.add_argument("--repeat", type=int, default=3, help="builds of each kind; medians are reported")
    ap.add_argument("--kb", type=Path, help="use this knowledge base instead of writing one")
    ap.add_argument("--keep", type=Path, help="work in this folder and keep it (default: a temporary one)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--only", choices=["ours", "plain"], help="build only one of the two")
    ap.add_argument("--compare", action="store_true",
                    help="check that both builds wrote the same HTML and search index (byte for byte)")
    args = ap.parse_args(argv)

    import make_kb

    tmp = None
    if args.keep:
        work = args.keep.resolve()
        work.mkdir(parents=True, exist_ok=True)
    else:
        tmp = tempfile.TemporaryDirectory(prefix="hkb-bench-")
        work = Path(tmp.name)
    try:
        kb_dir = args.kb.resolve() if args.kb else work / "kb"
        if not args.kb:
            t = time.perf_counter()
            counts = make_kb.write(kb_dir, args.sites, args.seed)
            print(f"knowledge base: {counts['sites']} sites, {counts['sources']} sources, {counts['events']} events "
                  f"({time.perf_counter() - t:.1f} s)", flush=True)
        ours_yml, plain_yml, n_pages = make_projects(kb_dir, work)
        print(f"pages: {n_pages}", flush=True)
        ours, plain = [], []
        for i in range(args.repeat):
            if args.only != "plain":
                r = run_child(ours_yml, n_pages)
                ours.append(r)
                print(f"  ours  #{i + 1}: {r['total']:.2f} s (cpu {r['cpu']:.2f} s), heritage on_files {r['times'].get('heritage:files', 0):.2f} s, "
                      f"peak {r['maxrss_kb'] / 1024:.0f} MB" + (f", {len(r['problems'])} warnings/errors" if r['problems'] else ""),
                      flush=True)
                for line in r["problems"][:5]:
                    print("    " + line)
            if args.only != "ours":
                r = run_child(plain_yml, n_pages)
                plain.append(r)
                print(f"  plain #{i + 1}: {r['total']:.2f} s (cpu {r['cpu']:.2f} s), peak {r['maxrss_kb'] / 1024:.0f} MB", flush=True)

        def median_run(runs):
            return sorted(runs, key=lambda r: r["total"])[len(runs) // 2] if runs else None

        mo, mp = median_run(ours), median_run(plain)
        for label, r in (("ours", mo), ("plain", mp)):
            if r:
                print(_fmt_breakdown(label, r))
        if args.compare and ours and plain:
            differ = compare_sites(ours_yml.parent / "site", plain_yml.parent / "site")
            print(f"compare: {len(differ)} file(s) of the plain build differ in ours" + (": " + ", ".join(differ[:10]) if differ else ""))
        ours_s = statistics.median(r["total"] for r in ours) if ours else float("nan")
        plain_s = statistics.median(r["total"] for r in plain) if plain else float("nan")
        overhead = statistics.median(r["times"].get("heritage:files", 0.0) / r["total"] for r in ours) if ours else float("nan")
        peak = max(r["maxrss_kb"] for r in ours) / 1024 if ours else float("nan")
        if ours and plain:
            ours_cpu = statistics.median(r["cpu"] for r in ours)
            plain_cpu = statistics.median(r["cpu"] for r in plain)
            print(f"cpu: ours_s={ours_cpu:.2f} plain_s={plain_cpu:.2f} ratio={ours_cpu / plain_cpu:.3f} "
                  "(CPU time is steadier than wall time on a busy machine)")
        print(f"sites={args.sites} ours_s={ours_s:.2f} plain_s={plain_s:.2f} ratio={ours_s / plain_s:.3f} "
              f"overhead={overhead:.3f} ms_per_page={ours_s * 1000 / n_pages:.2f} peak_mb={peak:.0f}")
    finally:
        if tmp:
            tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
