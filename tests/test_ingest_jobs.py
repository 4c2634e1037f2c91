"""`heritage ingest DIR --jobs N`: extraction spread over processes, content/ written as a serial run writes it."""
import shutil
from pathlib import Path

from conftest import ROOT, heritage

ARTICLES = ROOT / "tests" / "heldout" / "fresh6" / "articles"


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_jobs_write_the_same_bytes_as_a_serial_run(tmp_path):
    articles = tmp_path / "in"
    articles.mkdir()
    for p in sorted(ARTICLES.iterdir())[:3]:
        shutil.copy(p, articles / p.name)
    outs = []
    for jobs in ("1", "2"):
        content = tmp_path / f"content-{jobs}"
        shutil.copytree(ROOT / "content", content)
        done = heritage("ingest", str(articles), "--published", "2015", "--content", str(content), "--jobs", jobs)
        assert done.returncode == 0, done.stderr
        outs.append(tree(content))
    assert outs[0] == outs[1]
    assert outs[0] != tree(ROOT / "content")  # the articles did add something


def test_jobs_below_one_is_refused(tmp_path):
    done = heritage("ingest", str(ARTICLES), "--jobs", "0", "--content", str(tmp_path))
    assert done.returncode == 2 and "--jobs" in done.stderr and "Traceback" not in done.stderr
