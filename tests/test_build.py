"""A full `mkdocs build` of the demo knowledge base, asserted on the rendered HTML."""
import re
from html import unescape
from pathlib import Path

import pytest

from conftest import mkdocs_build, write


def page(project: Path, uri: str) -> str:
    return (project / "site" / uri / "index.html").read_text(encoding="utf-8")


def text_of(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", " ", html))


@pytest.fixture
def built(project):
    done = mkdocs_build(project, "--strict")
    assert done.returncode == 0, done.stderr
    return project


def test_site_pages_exist_and_link_both_ways(built):
    palmyra = page(built, "sites/palmyra")
    for child in ("temple-of-baalshamin", "arch-of-triumph", "palmyra-citadel"):
        assert f'href="../{child}/"' in palmyra
        assert 'href="../palmyra/"' in page(built, f"sites/{child}")


def test_palmyra_timeline_in_date_order_with_quotes(built):
    html = page(built, "sites/palmyra")
    timeline = html[html.index('class="timeline'):]
    heads = re.findall(r'<time class="hkb-date" datetime="([^"]+)"', timeline)
    assert heads == ["0050", "2015-05", "2016-03-27", "2016-12-10"]  # valid HTML: the earliest bound
    assert re.findall(r"<time[^>]*>([^<]+)</time>", timeline) == ["c. AD 50", "May 2015", "27 March 2016", "10 December 2016"]
    text = text_of(timeline)
    assert "ISIS had seized the city in May 2015." in text
    assert "chased out ISIS fighters on March 27, according to state-run media." in text
    assert "date not given" in text  # the World Heritage listing has no date in the source


def test_site_page_shows_status_names_identifiers(built):
    html = page(built, "sites/palmyra")
    assert "Occupied" in html and "(reported)" in html
    assert '<span lang="ar" dir="rtl">تدمر</span>' in html
    assert '<span lang="ar-Latn">Tadmur</span>' in html  # Arabic in Latin letters runs left to right
    assert 'href="https://www.wikidata.org/wiki/Q5747"' in html
    baalshamin = page(built, "sites/temple-of-baalshamin")
    assert "Destroyed" in baalshamin and "c. AD 16" in text_of(baalshamin)
    assert "between May 2015 and March 2016" in text_of(baalshamin)


def test_a_part_not_yet_placed_says_which_placed_site_it_lies_within(built):
    shrine = page(built, "sites/palmyra-shrine")
    facts = " ".join(text_of(shrine[shrine.index('class="hkb-facts"'):shrine.index("</dl>")]).split())
    assert "Location not yet located ; lies within Palmyra ( 34.5504° N, 38.2698° E )" in facts, facts
    assert 'lies within <a href="../palmyra/">Palmyra</a>' in shrine
    assert "lies within" not in page(built, "sites/palmyra")  # a placed site shows its own coordinates


def test_names_in_descriptions_link_to_their_sites(built):
    html = page(built, "sites/palmyra")
    assert re.search(r'<a class="hkb-site-link" href="../temple-of-baalshamin/">Temple of Baalshamin</a>', html)


def test_source_page_lists_its_claims_and_events_link_to_it(built):
    src = page(built, "sources/cnn-palmyra-2016")
    assert "Claims drawn from this source" in src
    assert src.count('class="timeline-event"') == 13
    assert 'href="../../sources/cnn-palmyra-2016/"' in page(built, "sites/palmyra")


def test_index_and_global_timeline(built):
    index = page(built, "sites")
    assert index.count("<tr>") == 1 + 6
    timeline = page(built, "timeline")
    assert timeline.count('class="timeline-event"') == 13
    # site pages stay out of the navigation; index pages are in it
    assert 'href="sites/palmyra/"' not in page(built, "")


def test_strict_build_fails_on_an_error_and_names_the_file(project):
    write(project / "content/sites/bad.yml", "name: Bad\npart_of: nowhere\n")
    done = mkdocs_build(project, "--strict")
    assert done.returncode != 0
    assert "sites/bad.yml:2: error: part_of: unknown site 'nowhere'" in done.stderr


def test_non_strict_build_keeps_going_with_errors(project):
    write(project / "content/sites/bad.yml", "name: [\n")
    done = mkdocs_build(project)
    assert done.returncode == 0
    assert "bad.yml:" in done.stderr
    assert (project / "site/sites/palmyra/index.html").exists()
    home, problems = page(project, ""), page(project, "problems")
    assert "content/ has 1 error(s)" in home and "bad.yml:" in problems and "YAML syntax error" in problems


HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>'


def test_hostile_html_in_fields_is_text(project):
    write(project / "content/sites/evil.yml", f"""
        name: "{HOSTILE}"
        names: [{{name: "{HOSTILE}", lang: en}}]
        part_of: palmyra
        description: "{HOSTILE}"
        events:
          - type: damaged
            date: "2016"
            actor: "{HOSTILE}"
            summary: "{HOSTILE}"
            evidence:
              - source: cnn-palmyra-2016
                quote: ISIS had seized the city in May 2015.
        """)
    done = mkdocs_build(project)
    assert done.returncode == 0, done.stderr
    for uri in ("sites/evil", "sites/palmyra", "sites", "timeline", "sources/cnn-palmyra-2016"):
        html = page(project, uri)
        assert "<script>alert(1)" not in html and "<img src=x" not in html, uri
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html, uri


def test_script_url_in_a_source_is_refused_and_never_a_link(project):
    src = project / "content/sources/cnn-palmyra-2016.yml"
    src.write_text(src.read_text().replace("url: https://edition.cnn.com/2016/12/10/middleeast/palmyra-isis-syria/index.html",
                                           "url: \"javascript:alert(1)\""))
    strict = mkdocs_build(project, "--strict")
    assert strict.returncode != 0 and "cnn-palmyra-2016.yml:4: error: url:" in strict.stderr
    assert mkdocs_build(project).returncode == 0
    html = page(project, "sources/cnn-palmyra-2016")
    assert 'href="javascript:' not in html and "javascript:alert(1)" in html


def test_subpath_site_url_keeps_links_relative(project):
    cfg = project / "mkdocs.yml"
    cfg.write_text(cfg.read_text().replace("site_url: http://127.0.0.1:8000/", "site_url: https://example.org/kb/"))
    assert mkdocs_build(project, "--strict").returncode == 0
    html = page(project, "sites/palmyra")
    assert not re.search(r'href="/(?!/)', html), "root-relative links break under a subpath"


def test_licence_from_mkdocs_yml_in_the_footer_and_on_the_data_page(project):
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "license: CC-BY-4.0" in text
    config.write_text(text.replace("license: CC-BY-4.0", "license: {data: ODbL-1.0, site: CC-BY-4.0}"), encoding="utf-8")
    done = mkdocs_build(project, "--strict")
    assert done.returncode == 0, done.stderr
    footer = re.search(r'<div class="md-copyright__highlight">(.*?)</div>', page(project, "sites/palmyra"), re.S).group(1)
    assert 'Data: <a href="https://opendatacommons.org/licenses/odbl/1-0/" rel="license">ODbL 1.0</a>' in footer
    assert 'Text and pages: <a href="https://creativecommons.org/licenses/by/4.0/" rel="license">CC BY 4.0</a>' in footer
    assert "published under" in text_of(page(project, "data")) and "ODbL 1.0" in text_of(page(project, "data"))
    assert "Cite this page" in page(project, "sites/palmyra")


def test_an_unknown_licence_fails_the_build_naming_the_known_ones(project):
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("license: CC-BY-4.0", "license: CC-BY-9.0"), encoding="utf-8")
    done = mkdocs_build(project, "--strict")
    assert done.returncode != 0
    assert "unknown licence 'CC-BY-9.0'" in done.stderr and "ODbL-1.0" in done.stderr
    assert "Traceback" not in done.stderr
