"""The two helpers every value passes through: `safe_url` (scheme allow-list) and `md_text`
(literal text in a Markdown heading), as tables of examples, rejections included."""
from __future__ import annotations

import markdown
import pytest

from builder.render.html import md_text
from builder.urls import safe_url

from .markup_kb import PAYLOAD, inspect

FOLLOWED = ["https://example.org/a?b=c#d", "http://example.org", "HTTPS://EXAMPLE.ORG", "mailto:desk@example.org",
            "../sources/cnn/", "page.html", "#event-1", "//example.org/x", "a/b:c", "?q=1"]
REFUSED = ["javascript:alert(1)", " JavaScript:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)",
           "\x01javascript:alert(1)", "vbscript:msgbox(1)", "data:text/html,<script>alert(1)</script>",
           "file:///etc/passwd", "ftp://example.org", "", "   ", None, 42]


@pytest.mark.parametrize("url", FOLLOWED)
def test_safe_url_keeps_http_https_mailto_and_relative(url):
    assert safe_url(url) == url


@pytest.mark.parametrize("url", REFUSED)
def test_safe_url_refuses_every_other_scheme(url):
    assert safe_url(url) is None


# what a site owner may add to mkdocs.yml: none of them may read anything in a heading's value
EXTENSIONS = ["attr_list", "admonition", "toc", "md_in_html", "def_list", "footnotes", "abbr", "tables"]
VALUES = [PAYLOAD, "Tower {: #x .y onclick=\"alert(1)\" }", "Tower\n{: onclick=\"alert(1)\" }",
          "*a* _b_ `c` **d** [e]: javascript:alert(1)", "Tower\n\n[x](javascript:alert(1))", "# not a heading\n===",
          "<https://example.org> &amp; &lt;b&gt;", "معبد بعل شمين"]


@pytest.mark.parametrize("value", VALUES)
def test_md_text_in_a_heading_is_the_text_and_nothing_else(value):
    html = markdown.markdown(f"# {md_text(value)}\n", extensions=EXTENSIONS)
    found = inspect(html)
    assert found.problems == []
    assert html.startswith("<h1") and html.count("<h1") == 1 and html.endswith("</h1>")
    assert "<a" not in html and "<em" not in html and "<code" not in html
    assert found.text == " ".join(value.split())
