"""`mkdocs serve` after edits: only affected pages are rewritten, and the served folder equals a
clean `mkdocs build` of the same content, file for file, after every edit of a random sequence.

The serve session runs in this process exactly as MkDocs' serve command drives it (on_startup
with command "serve", a first full build, on_serve, then the server's builder after each
change); each clean build is a separate `mkdocs build` process.
"""
from __future__ import annotations

import os
import random
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

SERVE_URL = "http://127.0.0.1:8000/"  # mkdocs.yml's site_url: clean builds link the same way
EPOCH = "1700000000"  # sitemaps carry the build date


class Server:
    """What MkDocs' LiveReloadServer offers a plugin's on_serve: a `builder` to call on changes."""

    def __init__(self, builder):
        self.builder = builder


def start_serving(project: Path, site_dir: Path, server_type=Server):
    """Start serving like `mkdocs serve` (mkdocs/commands/serve.py); returns (config, server)."""
    def get_config():
        config = load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(site_dir))
        config.site_url = SERVE_URL
        return config

    def builder(config=None):
        build(config or get_config(), serve_url=SERVE_URL, dirty=False)

    config = get_config()
    config.plugins.on_startup(command="serve", dirty=False)
    builder(config)
    return config, config.plugins.on_serve(server_type(builder), config=config, builder=builder)


def serve_session(project: Path, site_dir: Path):
    """The rebuild callable of start_serving's server."""
    return start_serving(project, site_dir)[1].builder


class LiveServer(Server):
    """As MkDocs' LiveReloadServer to on_serve: a build loop woken through `_rebuild_cond`, so
    content/ is watched by file events (serve.watch_natively), a rebuild stats only the files
    edited (content/load.py) and leaves the downloads to a thread (serve.Later)."""

    def __init__(self, builder):
        import threading
        super().__init__(builder)
        self._rebuild_cond = threading.Condition()
        self._want_rebuild = False


def live_session(project: Path, site_dir: Path):
    """serve_session under a LiveServer: the returned rebuild waits, as MkDocs' build loop does, for
    the edit's file events and until they stop coming (0.1 s), rebuilds, and waits for the work
    left to a thread (which leaves the search index as the rebuild wrote it); `.stop()` ends the
    watching."""
    config, server = start_serving(project, site_dir, LiveServer)
    assert config.plugins["heritage"].observer is not None

    def rebuild(outside: bool = False):
        with server._rebuild_cond:
            if not outside:  # MkDocs' poller watches docs/: no event of ours for it
                assert server._rebuild_cond.wait_for(lambda: server._want_rebuild, timeout=5)
            while server._rebuild_cond.wait(timeout=0.1):
                pass
            server._want_rebuild = False
        server.builder()
        index = site_dir / "search" / "search_index.json"
        complete = index.read_bytes()  # as the browser's reload finds it: whole, not left to the thread
        server.builder.settle()
        assert index.read_bytes() == complete

    rebuild.stop = config.plugins.on_shutdown
    return rebuild


def clean_build(project: Path, site_dir: Path) -> None:
    if site_dir.exists():
        shutil.rmtree(site_dir)
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(project / "mkdocs.yml"),
                             "-d", str(site_dir)], capture_output=True, text=True, cwd=project,
                            env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": EPOCH})
    assert site_dir.is_dir(), result.stderr[-2000:]


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def differences(served: Path, clean: Path) -> list[str]:
    a, b = tree(served), tree(clean)
    return sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))


def stamps(folder: Path) -> dict[str, int]:
    return {p.relative_to(folder).as_posix(): p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}


def save(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    time.sleep(0.01)  # past the file system's timestamp tick, as a person's next save would be


# --- the edits: each takes (content folder, random) and says what it did -------------------

def sites(content: Path) -> list[Path]:
    return sorted((content / "sites").glob("*.yml"))


def sources(content: Path) -> list[Path]:
    return sorted((content / "sources").glob("*.yml"))


def keep_one(edit):
    """An edit that needs a file of its folder: when none is left, it adds one instead."""
    def guarded(content, rng):
        if not sites(content):
            return add_site(content, rng)
        if not sources(content) and "source" in edit.__name__:
            return add_source_file(content, rng)
        return edit(content, rng)
    guarded.__name__ = edit.__name__
    return guarded


def change_description(content, rng):
    path = rng.choice(sites(content))
    text = path.read_text(encoding="utf-8")
    word = f"edited{rng.randrange(10**6)}"
    save(path, re.sub(r"^description: .*$", f"description: Edited {word}, naming Palmyra.", text, count=1, flags=re.M)
         if "\ndescription:" in text else text + f"description: Edited {word}.\n")
    return f"description of {path.stem}"


def set_line(path: Path, key: str, value: str) -> str:
    """Give a top-level `key:` a new value, as an editor would; returns what was done."""
    text = path.read_text(encoding="utf-8")
    save(path, re.sub(rf"^{key}: .*$", f"{key}: {value}", text, count=1, flags=re.M))
    return f"{key} of {path.stem}"


def rename_site(content, rng):
    return set_line(rng.choice(sites(content)), "name", f"Renamed Place {rng.randrange(1000)}")


def change_event_date(content, rng):
    path = rng.choice([p for p in sites(content) if "\n  - type:" in p.read_text(encoding="utf-8")] or sites(content))
    text = path.read_text(encoding="utf-8")
    year = rng.randrange(1990, 2024)
    new = re.sub(r'^(    date: )"[^"]*"', rf'\g<1>"{year}-0{rng.randrange(1, 10)}"', text, count=1, flags=re.M)
    save(path, new if new != text else text.replace("  - type:", f'  - date: "{year}"\n    type:', 1))
    return f"event date in {path.stem}"


def move_site(content, rng):
    """A new location: the site's page, its parent's and children's maps show it."""
    path = rng.choice(sites(content))
    text = path.read_text(encoding="utf-8")
    lat = f"  lat: {34 + rng.random():.5f}"
    new = re.sub(r"^  lat: .*$", lat, text, count=1, flags=re.M)
    save(path, new if new != text else text + f"location:\n{lat}\n  lon: 38.27\n")
    return f"moved {path.stem}"


def destroy_site(content, rng):
    """A new status: shown on the site's page, its relatives' maps and the indexes."""
    path = rng.choice(sites(content))
    text = path.read_text(encoding="utf-8")
    new = re.sub(r"^  - type: \w+", "  - type: destroyed", text, count=1, flags=re.M)
    save(path, new if new != text else text.replace("\nkind:", "\nevents:\n  - type: destroyed\n    summary: Gone.\n"
                                                    "    evidence: []\nkind:", 1))
    return f"destroyed {path.stem}"


def break_site(content, rng):
    path = rng.choice(sites(content))
    save(path, path.read_text(encoding="utf-8").replace("\nkind: ", "\nkind: [", 1) + "\n")
    return f"broke {path.stem}"


def fix_sites(content, rng):
    fixed = []
    for path in sites(content):
        text = path.read_text(encoding="utf-8")
        if "\nkind: [" in text:
            save(path, text.replace("\nkind: [", "\nkind: ", 1).rstrip("\n") + "\n")
            fixed.append(path.stem)
    return f"fixed {fixed}"


def add_site(content, rng):
    parent = rng.choice(sites(content)).stem if sites(content) else "palmyra"
    new = content / "sites" / f"new-site-{rng.randrange(10**6)}.yml"
    save(new, f"name: New Site {rng.randrange(1000)}\nkind: tomb\npart_of: {parent}\n"
              "description: A tomb near Palmyra's Temple of Baalshamin.\n")
    return f"added {new.stem} in {parent}"


def rename_file(content, rng):
    path = rng.choice(sites(content))
    target = path.with_name(f"{path.stem}-moved.yml")
    path.rename(target)
    return f"renamed {path.stem}"


def change_source(content, rng):
    return set_line(rng.choice(sources(content)), "title", f"Retitled {rng.randrange(1000)}")


def add_source(content, rng):
    src = rng.choice(sources(content))
    new = src.with_name(f"copy-{rng.randrange(10**6)}.yml")
    save(new, src.read_text(encoding="utf-8").replace("title:", "title: Copy of", 1))
    return f"added source {new.stem}"


def add_source_file(content, rng):
    new = content / "sources" / f"fresh-{rng.randrange(10**6)}.yml"
    save(new, 'title: A fresh source\npublished: "2016-12-10"\n')
    return f"added source {new.stem}"


def deleting(folder: str):
    def delete(content, rng):
        path = rng.choice(sorted((content / folder).glob("*.yml")))
        path.unlink()
        return f"deleted {folder} {path.stem}"
    delete.__name__ = f"delete_{folder}"
    return delete


delete_site, delete_source = deleting("sites"), deleting("sources")


def edit_home_page(content, rng):
    """Outside content/: the plugin hands the rebuild back to MkDocs' full build."""
    home = content.parent / "docs" / "index.md"
    save(home, home.read_text(encoding="utf-8") + f"\nA note {rng.randrange(1000)}.\n")
    return "edited docs/index.md"


EDITS = [edit_home_page, *map(keep_one, [change_description, move_site, destroy_site, rename_site, change_event_date,
                                          break_site, rename_file, change_source, add_source, delete_site,
                                          delete_source]), fix_sites, add_site, add_source_file]


def rewritten_by_an_edit(project: Path, served: Path) -> set[str]:
    """Serve `project`, edit one monument's description; the served files written again."""
    rebuild = serve_session(project, served)
    before = stamps(served)
    time.sleep(0.02)
    path = project / "content/sites/palmyra-tomb.yml"
    save(path, path.read_text(encoding="utf-8").replace("\ndescription:", "\ndescription: Edited.", 1))
    rebuild()
    after = stamps(served)
    return {k for k in after if after[k] != before.get(k)}


def test_an_edit_rewrites_only_the_pages_it_affects(project, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    monkeypatch.chdir(project)
    served = tmp_path / "served"
    rewritten = rewritten_by_an_edit(project, served)
    assert "sites/palmyra-tomb/index.html" in rewritten
    assert "sites/arch-of-triumph/index.html" not in rewritten  # a sibling: nothing of it changed
    assert "sources/cnn-palmyra-2016/index.html" not in rewritten  # quotes it cites are unchanged
    assert not any(k.startswith("assets/javascripts/") for k in rewritten)  # the theme is not copied again
    assert "sitemap.xml" not in rewritten and "404.html" not in rewritten  # no page came or went
    assert "downloads/events.csv" not in rewritten and "feed.xml" not in rewritten  # no event changed
    clean_build(project, tmp_path / "clean")
    assert differences(served, tmp_path / "clean") == []


@pytest.mark.parametrize("seed, every_kind", [(2, False), (5, True)])
def test_served_site_equals_a_clean_build_after_random_edits(project, tmp_path, monkeypatch, seed, every_kind):
    """Seven random edits, or every kind of edit once in a random order; compared after each."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    monkeypatch.chdir(project)  # problems name files relative to where mkdocs runs
    rng = random.Random(seed)
    plan = rng.sample(EDITS, len(EDITS)) if every_kind else [rng.choice(EDITS) for _ in range(7)]
    served = tmp_path / "served"
    rebuild = serve_session(project, served)
    content = project / "content"
    done = []
    for edit in plan:
        done.append(edit(content, rng))
        rebuild()
        clean_build(project, tmp_path / "clean")
        assert differences(served, tmp_path / "clean") == [], f"after {done}"


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    save(path, text.replace(old, new, 1))


TARGETED = [  # (what, edit): each reaches pages other than the edited site's own
    ("a monument moves: its city's map", lambda c: _replace(c / "sites/arch-of-triumph.yml", "lat: 34.549994", "lat: 34.6")),
    ("a monument is destroyed: its city's map and the indexes",
     lambda c: _replace(c / "sites/palmyra-tomb.yml", "  - type: ", "  - type: destroyed\n    note: x\n  - type: ")),
    ("the city moves: every monument's map shows it", lambda c: _replace(
        c / "sites/palmyra.yml", "lat: 34.550381", "lat: 34.5")),
    ("the city is renamed: every monument's 'part of'",
     lambda c: _replace(c / "sites/palmyra.yml", "\nname: ", "\nname: Tadmor, ")),
    ("the source is retitled: every quote citing it", lambda c: _replace(
        c / "sources/cnn-palmyra-2016.yml", "\ntitle: ", "\ntitle: Retitled: ")),
    ("a description names another site: a new link", lambda c: _replace(
        c / "sites/palmyra-citadel.yml", "\ndescription: ", "\ndescription: Overlooks the Arch of Triumph. ")),
    ("the city's file breaks: its monuments lose their parent", lambda c: _replace(
        c / "sites/palmyra.yml", "\nkind: ", "\nkind: [")),
    ("and is fixed", lambda c: _replace(c / "sites/palmyra.yml", "\nkind: [", "\nkind: ")),
    ("a monument is deleted", lambda c: (c / "sites/arch-of-triumph.yml").unlink()),
]


def test_served_site_equals_a_clean_build_after_edits_that_reach_other_pages(project, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    monkeypatch.chdir(project)
    served = tmp_path / "served"
    rebuild = serve_session(project, served)
    for what, edit in TARGETED:
        edit(project / "content")
        rebuild()
        clean_build(project, tmp_path / "clean")
        assert differences(served, tmp_path / "clean") == [], what


@pytest.mark.parametrize("seed", [3])
def test_a_live_server_after_every_kind_of_edit_equals_a_clean_build(project, tmp_path, monkeypatch, seed):
    """Under a live server (file events, downloads written after the reload): the edits that reach
    other pages, then every kind of edit once in a random order; compared after each."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    monkeypatch.chdir(project)
    rng = random.Random(seed)
    served = tmp_path / "served"
    rebuild = live_session(project, served)
    content = project / "content"
    done = []
    try:
        for what, edit in TARGETED:
            edit(content)
            rebuild()
            clean_build(project, tmp_path / "clean")
            assert differences(served, tmp_path / "clean") == [], what
        for edit in rng.sample(EDITS, len(EDITS)):
            done.append(edit(content, rng))
            rebuild(outside=edit is edit_home_page)
            clean_build(project, tmp_path / "clean")
            assert differences(served, tmp_path / "clean") == [], f"after {done}"
    finally:
        rebuild.stop()


def test_a_live_server_stats_only_the_files_edited(project, tmp_path, monkeypatch):
    """An edit of a site's file, under a live server: content/ is not walked (the loader stats the
    file its event named); a file created is (it may be anywhere)."""
    from builder.content import files
    from builder.content.load import loader_for

    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    monkeypatch.chdir(project)
    served = tmp_path / "served"
    rebuild = live_session(project, served)
    walks = []
    real = files.stamp_and_links
    monkeypatch.setattr(files, "stamp_and_links", lambda root: walks.append(root) or real(root))
    content = project / "content"
    try:
        _replace(content / "sites/palmyra-tomb.yml", "\ndescription: ", "\ndescription: Edited. ")
        rebuild()
        assert walks == [loader_for(content).content]  # the first rebuild after watching began walks
        _replace(content / "sites/palmyra-tomb.yml", "\ndescription: ", "\ndescription: Again. ")
        rebuild()
        assert len(walks) == 1
        assert "Again." in (served / "sites/palmyra-tomb/index.html").read_text(encoding="utf-8")
        save(content / "sites/new-tomb.yml", "name: New Tomb\nkind: tomb\npart_of: palmyra\n")
        rebuild()
        assert len(walks) == 2
        clean_build(project, tmp_path / "clean")
        assert differences(served, tmp_path / "clean") == []
    finally:
        rebuild.stop()


def test_a_plugin_serve_does_not_know_gets_full_builds(project, tmp_path, monkeypatch):
    """Another plugin could make any page from any other: with one, every rebuild is MkDocs' own."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    monkeypatch.chdir(project)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("plugins:\n", "plugins:\n  - meta\n", 1), encoding="utf-8")
    served = tmp_path / "served"
    assert "sites/arch-of-triumph/index.html" in rewritten_by_an_edit(project, served)
    clean_build(project, tmp_path / "clean")
    assert differences(served, tmp_path / "clean") == []


def test_content_is_watched_by_file_events(project):
    """Under a live server, content/ wakes the build loop through the system's file events (no
    half-second polling): an edit does, reading a file (as the build does) does not."""
    import threading

    from builder.serve import watch_natively

    class LiveServer:  # what MkDocs' LiveReloadServer's build loop waits on
        def __init__(self):
            self._rebuild_cond = threading.Condition()
            self._want_rebuild = False

    class Config:
        watch = [str(project / "content"), str(project / "overrides")]

    server, config = LiveServer(), Config()
    observer = watch_natively(server, config, (project / "content").resolve())
    assert observer is not None
    try:
        assert config.watch == [str(project / "overrides")]  # MkDocs' poller no longer walks content/
        site = project / "content/sites/palmyra.yml"
        site.read_text(encoding="utf-8")
        time.sleep(0.3)
        assert not server._want_rebuild
        save(site, site.read_text(encoding="utf-8") + "\n")
        with server._rebuild_cond:
            assert server._rebuild_cond.wait_for(lambda: server._want_rebuild, timeout=5)
    finally:
        observer.stop()
        observer.join()


def test_period_pages_of_a_large_timeline_follow_edits(project, tmp_path, monkeypatch):
    """Past 1,000 events the global timeline is split into period pages, each reused while none of
    its events, their sites or the sources they cite changed (render/pages.py) and the events held
    in date order (event_order.py):
    edits that move, add and remove events keep every page equal to a clean build's."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    import make_kb

    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    monkeypatch.chdir(project)
    content = project / "content"
    make_kb.write(content, 240, seed=3)  # about 1,200 events
    served = tmp_path / "served"
    rebuild = serve_session(project, served)
    assert len(list((served / "timeline").iterdir())) > 2
    rng = random.Random(7)

    def redate(content, rng):  # make_kb writes lists unindented and dates as plain or quoted scalars
        path = rng.choice(sites(content))
        year = rng.choice([rng.randrange(-500, 1900), rng.randrange(1990, 2024)])
        set_line(path, "  date", f"'{'-' if year < 0 else ''}{abs(year):04d}'")
        return f"redated {path.stem} to {year}"

    def destroy(content, rng):
        path = rng.choice(sites(content))
        text = path.read_text(encoding="utf-8")
        save(path, re.sub(r"^- type: \w+", "- type: destroyed", text, count=1, flags=re.M))
        return f"destroyed {path.stem}"

    done = []
    # a retitled source: the events citing it show the new title, on period pages nothing else changed
    for edit in (redate, redate, redate, destroy, change_description, change_source, delete_site, add_site):
        done.append(edit(content, rng))
        rebuild()
        clean_build(project, tmp_path / "clean")
        assert differences(served, tmp_path / "clean") == [], f"after {done}"
