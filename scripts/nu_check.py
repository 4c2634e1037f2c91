"""Check built pages with the Nu HTML checker and count its errors, ours apart from the theme's.

    python scripts/nu_check.py SITE_DIR [--vnu PATH/TO/vnu.jar]

The checker is the npm package `vnu-jar` (needs Java): `npm pack vnu-jar`, unpack, and pass
package/build/dist/vnu.jar. Errors that Material for MkDocs' own markup causes on every page
(its hidden toggles and the table-of-contents label) are counted apart, as the theme's.
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

THEME = (  # Material's own markup: <input type=checkbox autocomplete=off>, <label for="__toc">
    "Attribute “autocomplete” is only allowed when the input type is",
    "The value of the “for” attribute of the “label” element must be the ID of a non-hidden form control.",
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--vnu", default="vnu.jar")
    args = parser.parse_args()
    pages = sorted(str(p) for p in args.site.rglob("*.html"))
    done = subprocess.run(["java", "-jar", args.vnu, "--format", "gnu", "--errors-only", *pages],
                          capture_output=True, text=True)
    errors = [line for line in (done.stdout + done.stderr).splitlines() if ": error: " in line]
    theme = [e for e in errors if any(t in e for t in THEME)]
    ours = [e for e in errors if e not in theme]
    print(f"{len(pages)} pages: {len(errors)} errors, {len(theme)} from the theme, {len(ours)} from the project")
    for message, n in Counter(re.sub(r'^"[^"]*":[\d.-]+: ', "", e) for e in ours).most_common():
        print(f"{n:4d}  {message}")
    return 1 if ours else 0


if __name__ == "__main__":
    sys.exit(main())
