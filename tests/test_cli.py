"""The `heritage` command: `new` writes a valid skeleton; errors are one line and exit code 2."""
from builder.check import check
from builder.content.load import load
from conftest import heritage


def test_new_writes_a_valid_commented_skeleton(content):
    done = heritage("new", "Temple of Bel", "--part-of", "palmyra", "--kind", "temple", "--content", str(content))
    assert done.returncode == 0, done.stderr
    path = content / "sites/temple-of-bel.yml"
    text = path.read_text()
    assert text.startswith("# yaml-language-server: $schema=") and "# Dates are EDTF" in text
    loaded = load(content)
    assert check(loaded) == []
    site = loaded.kb.sites["temple-of-bel"]
    assert (site.name, site.kind, site.part_of) == ("Temple of Bel", "temple", "palmyra")


def test_new_refuses_to_overwrite_and_unknown_parent(content):
    before = (content / "sites/palmyra.yml").read_text()
    done = heritage("new", "Palmyra", "--content", str(content))
    assert done.returncode == 2 and "exists already" in done.stderr and "Traceback" not in done.stderr
    assert (content / "sites/palmyra.yml").read_text() == before
    done = heritage("new", "Temple of Bel", "--part-of", "nowhere", "--content", str(content))
    assert done.returncode == 2 and "unknown site 'nowhere'" in done.stderr
    assert not (content / "sites/temple-of-bel.yml").exists()


def test_heritage_console_script_is_python_m_builder():
    import shutil
    import subprocess
    import sys
    from pathlib import Path
    script = Path(sys.executable).parent / "heritage"
    assert script.exists() or shutil.which("heritage")
    out = subprocess.run([str(script) if script.exists() else "heritage", "--help"], capture_output=True, text=True)
    assert out.returncode == 0 and "check" in out.stdout and "new" in out.stdout
