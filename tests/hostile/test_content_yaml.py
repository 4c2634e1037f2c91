"""Hostile YAML: keys written twice, alias bombs, alias loops, bytes that are not UTF-8, deep nesting.

Found before the fix: a duplicate key (top level or inside an event) silently dropped the first
value; a "billion laughs" description hung `check` and the build (MemoryError, or no answer in
10 s); not-UTF-8 bytes and a 500-deep nesting were reported without a line number.
"""
from __future__ import annotations

from .content_rig import assert_reported

DUP = "YAML keeps only this one and silently drops the first (keep one of the two, with what the other said merged into it)"
ALIAS = "(write the values out instead of using *aliases)"


def test_duplicate_top_level_key(project):
    (project / "content/sites/temple-of-bel.yml").write_text(
        "name: Temple of Bel\nkind: temple\npart_of: palmyra\nname: Temple of Baal\n", encoding="utf-8")
    assert_reported(project, f"content/sites/temple-of-bel.yml:4: error: duplicate key 'name' (also on line 1): {DUP}",
                    strict=True)


def test_duplicate_key_inside_an_event(project):
    path = project / "content/sites/temple-of-baalshamin.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("    actor: ISIS\n", "    actor: ISIS\n    actor: Syrian army\n", 1), encoding="utf-8")
    assert_reported(project, f"content/sites/temple-of-baalshamin.yml:36: error: duplicate key 'actor' (also on line 35): {DUP}")


def test_duplicate_key_in_evidence_of_a_source(project):
    path = project / "content/sources/cnn-palmyra-2016.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("publisher: CNN\n", "publisher: CNN\npublisher: Reuters\n"), encoding="utf-8")
    assert_reported(project, f"content/sources/cnn-palmyra-2016.yml:4: error: duplicate key 'publisher' (also on line 3): {DUP}")


def test_merge_key_override_is_not_a_duplicate(project):
    from .content_rig import check
    (project / "content/sites/temple-of-bel.yml").write_text(
        "name: Temple of Bel\nkind: temple\npart_of: palmyra\n"
        "identifiers: &ids {wikidata: Q1, pleiades: '1'}\n", encoding="utf-8")
    (project / "content/sites/temple-of-nabu.yml").write_text(
        "name: Temple of Nabu\nkind: temple\npart_of: palmyra\n"
        "identifiers:\n  <<: {wikidata: Q2, pleiades: '2'}\n  wikidata: Q3\n", encoding="utf-8")
    code, lines = check(project)
    assert code == 0 and lines == [], lines


def test_billion_laughs_description(project):
    lines = ["name: Laughs", "kind: temple", 'a0: &a0 "lol"']
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 10)]
    lines.append("description: *a9")
    (project / "content/sites/laughs.yml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert_reported(project, f"content/sites/laughs.yml:9: error: aliases expand the file past 4 MB {ALIAS}")


def test_alias_loop(project):
    (project / "content/sites/loop.yml").write_text("name: Loop\nnames: &n\n  - *n\n", encoding="utf-8")
    assert_reported(project, "content/sites/loop.yml:2: error: an alias refers to the mapping or list it is in (a loop) "
                             f"{ALIAS}")


def test_aliases_nesting_deep(project):
    body = "".join(f"a{i}: &a{i} {'[' * 10}{f'*a{i - 1}' if i else 'x'}{']' * 10}\n" for i in range(5))
    (project / "content/sites/nest.yml").write_text("name: Nest\n" + body + "description: *a4\n", encoding="utf-8")
    assert_reported(project, f"content/sites/nest.yml:5: error: aliases nest the file more than 32 levels deep {ALIAS}")


def test_not_utf8_bytes(project):
    (project / "content/sites/latin.yml").write_bytes(b"name: Latin\nkind: temple\ndescription: caf\xe9 au lait\n")
    assert_reported(project, "content/sites/latin.yml:3: error: not UTF-8 text (byte 0xe9 at column 17: "
                             "invalid continuation byte) (save the file as UTF-8)")


def test_nested_500_deep(project):
    (project / "content/sites/deep.yml").write_text("name: Deep\n\ndescription: " + "[" * 500 + "]" * 500 + "\n",
                                                     encoding="utf-8")
    assert_reported(project, "content/sites/deep.yml:3: error: nested more than 32 levels deep "
                             "(flatten the file: a site file needs five levels)")


def test_control_character(project):
    (project / "content/sites/bell.yml").write_text("name: Bell\nkind: temple\ndescription: ring \x07 ring\n",
                                                     encoding="utf-8")
    assert_reported(project, "content/sites/bell.yml:3: error: character #x0007 is not allowed in YAML (control "
                             "characters are not allowed) (delete it or write it as an escape in double quotes, e.g. \"\\x07\")")


def test_two_documents_in_one_file(project):
    (project / "content/sites/twice.yml").write_text("name: Once\n---\nname: Twice\n", encoding="utf-8")
    assert_reported(project, "content/sites/twice.yml:2: error: YAML syntax error: expected a single document in "
                             "the stream but found another document (fix the indentation or quoting on that line)")


def test_python_object_tag(project):
    (project / "content/sites/tagged.yml").write_text(
        "name: Tagged\ndescription: !!python/object/apply:os.system ['echo pwned']\n", encoding="utf-8")
    assert_reported(project, "content/sites/tagged.yml:2: error: YAML syntax error: could not determine a constructor "
                             "for the tag 'tag:yaml.org,2002:python/object/apply:os.system' (fix the indentation or "
                             "quoting on that line)")
