"""Sources are described: title, publisher, author and URL come from the article where it has them
(HTML metadata, a headline line, a byline) or from the command line, and `heritage check` warns
about a source known only by its file name or without a publisher."""
from __future__ import annotations

import re

import yaml

from builder.extract.read import headline, read_article
from conftest import heritage, mkdocs_build, write

BODY = ("Militants used bulldozers to level the old caravanserai of Qasr Tuba on Sunday, according to local officials. "
        "The building had stood for centuries at the edge of the desert road. Residents said the machines worked "
        "through the night and that nothing of the eastern wall remains. The antiquities authority condemned the act.")

HTML = f"""<!DOCTYPE html>
<html lang="en"><head>
<title>Caravanserai levelled | The Desert Courier</title>
<meta property="og:title" content="Caravanserai of Qasr Tuba levelled by militants">
<meta property="og:site_name" content="The Desert Courier">
<meta name="author" content="Rana Haddad">
<link rel="canonical" href="https://courier.example.org/2021/03/qasr-tuba">
<meta property="article:published_time" content="2021-03-15">
</head><body><article><h1>Caravanserai of Qasr Tuba levelled by militants</h1>
<p>{BODY}</p><p>{BODY}</p></article></body></html>
"""


def test_html_metadata_gives_title_publisher_author_and_url(tmp_path):
    article = read_article(write(tmp_path / "qasr-tuba.html", HTML))
    assert article.title == "Caravanserai of Qasr Tuba levelled by militants"
    assert article.publisher == "The Desert Courier"
    assert article.author == "Rana Haddad"
    assert article.url == "https://courier.example.org/2021/03/qasr-tuba"


def test_a_short_first_line_is_the_headline_a_sentence_is_not(tmp_path):
    text = f"Caravanserai of Qasr Tuba levelled by militants\n\nBy Rana Haddad\n\n{BODY}\n"
    article = read_article(write(tmp_path / "a.txt", text))
    assert (article.title, article.author) == ("Caravanserai of Qasr Tuba levelled by militants", "Rana Haddad")
    assert headline(BODY + "\n\n" + BODY) is None  # a first paragraph that is a sentence
    assert headline("Militants levelled the caravanserai on Sunday.\n\n" + BODY) is None
    assert headline("(CNN)\n\n" + BODY) is None
    assert headline("Caravanserai levelled") is None  # nothing follows it


def test_a_masthead_in_capitals_is_not_the_headline():
    masthead = f"THE DESERT COURIER - Your weekly news\nREGION\n\nCaravanserai of Qasr Tuba levelled\n\n{BODY}\n"
    assert headline(masthead) == "Caravanserai of Qasr Tuba levelled"
    # a label, then the sender's lines and a headline: which is which is not told, so no title (the file name serves)
    release = f"PRESS RELEASE\n\nDepartment of Antiquities\nPress Office\n\nCaravanserai of Qasr Tuba levelled\n\n{BODY}"
    assert headline(release) is None


def test_a_headline_in_capitals_under_a_masthead_is_put_in_sentence_case():
    body = BODY.replace("Militants", "Militants from the north") + " Unesco said Qasr Tuba was on its tentative list."
    paper = f"THE DESERT COURIER\nSaturday edition\n\nMILITANTS LEVEL QASR TUBA CARAVANSERAI\n\n{body}\n"
    # the edition line belongs to the masthead; each word spelled as the body spells it inside a sentence
    assert headline(paper) == "Militants level Qasr Tuba caravanserai"
    # a section heading in capitals is no headline
    bulletin = f"HERITAGE WATCH\nMonthly bulletin\n\nKEY POINTS\n\n{BODY}\n"
    assert headline(bulletin) is None


def test_ingest_writes_the_description_and_check_is_quiet(project):
    article = write(project / "in" / "qasr-tuba.html", HTML)
    done = heritage("ingest", str(article), cwd=project)
    assert done.returncode == 0, done.stderr
    source = yaml.safe_load((project / "content/sources/caravanserai-of-qasr-tuba-levelled-by-militants.yml").read_text())
    assert source["title"] == "Caravanserai of Qasr Tuba levelled by militants"
    assert (source["publisher"], source["author"]) == ("The Desert Courier", "Rana Haddad")
    assert source["url"] == "https://courier.example.org/2021/03/qasr-tuba"
    assert str(source["published"]) == "2021-03-15"
    check = heritage("check", cwd=project)
    assert "has no title" not in check.stderr and "has no publisher" not in check.stderr


def test_plain_text_with_publisher_given_on_the_command_line(project):
    article = write(project / "in" / "dm-qasr-tuba-2021.txt", f"Caravanserai of Qasr Tuba levelled by militants\n\n{BODY}\n")
    done = heritage("ingest", str(article), "--published", "2021-03-15", "--publisher", "Daily Mail", cwd=project)
    assert done.returncode == 0, done.stderr
    source = yaml.safe_load((project / "content/sources/caravanserai-of-qasr-tuba-levelled-by-militants.yml").read_text())
    assert (source["title"], source["publisher"]) == ("Caravanserai of Qasr Tuba levelled by militants", "Daily Mail")


def test_check_warns_about_a_source_known_by_its_file_name_without_publisher(project):
    article = write(project / "in" / "dm-qasr-tuba-2021.txt", BODY + "\n\n" + BODY + "\n")
    assert heritage("ingest", str(article), "--published", "2021-03-15", cwd=project).returncode == 0
    path = project / "content/sources/dm-qasr-tuba-2021.yml"
    assert yaml.safe_load(path.read_text())["title"] == "dm-qasr-tuba-2021"  # nothing better in the text
    built = mkdocs_build(project, "--strict")  # advice for editors does not stop a build
    assert built.returncode == 0, built.stderr
    index = (project / "site/sources/index.html").read_text(encoding="utf-8")
    assert re.search(r">dm-qasr-tuba-2021</a> — 15 March 2021 <small>", index)  # no empty publisher slot
    done = heritage("check", cwd=project)
    assert done.returncode == 0  # warnings do not fail
    lines = [line for line in done.stderr.splitlines() if "dm-qasr-tuba-2021" in line]
    title_line = next(i for i, line in enumerate(path.read_text().splitlines(), 1) if line.startswith("title:"))
    assert sorted(lines) == [
        "content/sources/dm-qasr-tuba-2021.yml:2: warning: source 'dm-qasr-tuba-2021' has no publisher "
        "(add `publisher:` (the newspaper, agency or site), and `url:` if it is online)",
        f"content/sources/dm-qasr-tuba-2021.yml:{title_line}: warning: source 'dm-qasr-tuba-2021' has no title "
        "(only its file name 'dm-qasr-tuba-2021') (write the article's headline as `title:`)"]


def test_one_article_options_are_refused_for_a_folder(project):
    write(project / "in" / "a.txt", BODY)
    write(project / "in" / "b.txt", BODY + " Again.")
    done = heritage("ingest", str(project / "in"), "--published", "2021-03-15", "--title", "One title", cwd=project)
    assert done.returncode == 2
    assert "--title describe one article, and this folder holds 2" in done.stderr
    assert "Traceback" not in done.stderr
