"""`heritage new "Temple of Bel" --part-of palmyra`: write a valid, commented skeleton entry."""
from __future__ import annotations

from pathlib import Path

from ..content.load import load
from ..content.lock import writing
from ..content.paths import MAX_ID, check_id, site_path
from ..content.yamlio import atomic_write
from ..errors import ContentError
from ..new_site import skeleton, slugify
from ..vocab import vocab


def register(sub) -> None:
    p = sub.add_parser("new", help="create content/sites/<id>.yml for a new site")
    p.add_argument("name", help='the site\'s English name, e.g. "Temple of Bel"')
    p.add_argument("--part-of", help="id of the site it belongs to, e.g. palmyra")
    p.add_argument("--kind", default="other", choices=vocab()["kinds"], metavar="KIND",
                   help="city, temple, arch, citadel, museum, ... (see builder/vocab/vocab.yml)")
    p.add_argument("--id", help="file name without .yml (default: made from the name)")
    p.add_argument("--content", type=Path, default=Path("content"))
    p.set_defaults(func=run)


def run(args) -> int:
    site_id = check_id(args.id, "--id") if args.id is not None else slugify(args.name)[:MAX_ID].strip("-")
    if not site_id:
        raise ContentError(f"cannot make an id from '{args.name}'", hint="pass --id")
    if args.part_of is not None:
        check_id(args.part_of, "--part-of")
    with writing(args.content):
        target = site_path(args.content, site_id)
        if target.exists():
            raise ContentError("a site with this id exists already", target, hint="edit it, or pass another --id")
        if args.part_of:
            sites = load(args.content).kb.sites
            if args.part_of not in sites:
                raise ContentError(f"--part-of: unknown site '{args.part_of}'",
                                   hint="known: " + ", ".join(sorted(sites)[:10]))
        atomic_write(target, skeleton(args.name, args.kind, args.part_of), args.content)
    print(f"wrote {target}: fill in the description and events, then `heritage check`")
    return 0
