"""Imports run one way: plugin/cli → render → export → urls, disagreements, status, content.

`export` (the downloads) never imports `render` (the pages), so a tool that only wants the data
does not pull in page rendering; neither imports MkDocs.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

BUILDER = Path(__file__).resolve().parents[1] / "builder"


def imports(package: str) -> dict[str, set[str]]:
    """Module path → the builder modules it imports (absolute dotted names)."""
    found = {}
    for path in sorted((BUILDER / package).rglob("*.py")):
        module = "builder." + ".".join(path.relative_to(BUILDER).with_suffix("").parts)
        here = module.rsplit(".", 1)[0] if path.name != "__init__.py" else module.removesuffix(".__init__")
        names = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                base = here.split(".")
                if node.level:
                    base = base[: len(base) - node.level + 1]
                    target = ".".join(base + ([node.module] if node.module else []))
                else:
                    target = node.module or ""
                names.add(target)
                names.update(f"{target}.{alias.name}" for alias in node.names)
            elif isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
        found[str(path.relative_to(BUILDER))] = names
    return found


def test_export_never_imports_render():
    bad = {path: sorted(n for n in names if n.startswith("builder.render"))
           for path, names in imports("export").items()}
    assert not {p: n for p, n in bad.items() if n}


@pytest.mark.parametrize("package", ["render", "export"])
def test_render_and_export_never_import_mkdocs(package):
    bad = {path: sorted(n for n in names if n.split(".")[0] == "mkdocs") for path, names in imports(package).items()}
    assert not {p: n for p, n in bad.items() if n}


def test_the_checker_sees_relative_imports():
    """The rule above would pass vacuously if relative imports were misread."""
    assert "builder.urls" in imports("export")["export/links.py"]
    assert "builder.export.jsonld" in imports("render")["render/pages.py"]
