"""`heritage extract FILE --published EDTF [--format json|yaml]`: print an article's claims.

Touches nothing: reads the article and content/ (for known site names) and prints.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path



def register(subparsers) -> None:
    p = subparsers.add_parser("extract", help="print the events an article reports (touches nothing)",
                              description=__doc__)
    p.add_argument("file", type=Path, help="article: .txt, CNN/DailyMail .story, or saved .html")
    p.add_argument("--published", help="publication date as EDTF: YYYY-MM-DD, YYYY-MM, YYYY, approximate (2014-05-04~) or an interval (default: the date in the HTML page)")
    p.add_argument("--format", choices=("json", "yaml"), default="yaml")
    p.add_argument("--content", type=Path, default=Path("content"), help="knowledge base folder for known site names")
    p.add_argument("--no-built", action="store_true", help="leave out 'built' claims from ages ('1,800-year-old')")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..extract import claims_for_file
    from ..extract.publication import parse_published

    published = parse_published(args.published, args.file) if args.published is not None else None
    _, claims = claims_for_file(args.file, published, args.content, include_built=not args.no_built)
    doc = {"claims": claims}
    if args.format == "json":
        json.dump(doc, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        import yaml
        yaml.safe_dump(doc, sys.stdout, allow_unicode=True, sort_keys=False, width=100)
    return 0
