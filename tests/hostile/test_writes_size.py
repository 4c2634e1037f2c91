"""Inputs too large for one article are refused at once with one line, where the article is read."""
from __future__ import annotations

from builder.extract.read import MAX_FILE_BYTES, MAX_TEXT_CHARS
from .writes_support import PUBLISHED, fresh_content, heritage, one_error_line, snapshot

SENTENCE = "Militants damaged the Temple of Baalshamin in Palmyra last week, activists said. "


def test_extracting_a_10_mb_text_is_refused_at_once(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text(SENTENCE * (10_000_000 // len(SENTENCE)), encoding="utf-8")
    result = heritage("extract", big, "--published", PUBLISHED, timeout=60)
    assert result.returncode == 2
    one_error_line(result.stderr, "big.txt", "too large for one article", "split it")


def test_ingesting_a_10_mb_text_is_refused_and_writes_nothing(tmp_path):
    content = fresh_content(tmp_path)
    before = snapshot(content)
    big = tmp_path / "big.txt"
    big.write_text(SENTENCE * (10_000_000 // len(SENTENCE)), encoding="utf-8")
    result = heritage("ingest", big, "--published", PUBLISHED, "--content", content, timeout=60)
    assert result.returncode == 2
    one_error_line(result.stderr, "big.txt", "too large for one article")
    assert snapshot(content) == before


def test_a_text_over_the_character_limit_is_refused(tmp_path):
    long = tmp_path / "long.txt"
    long.write_text(SENTENCE * (MAX_TEXT_CHARS // len(SENTENCE) + 2), encoding="utf-8")
    assert long.stat().st_size < MAX_FILE_BYTES
    result = heritage("extract", long, "--published", PUBLISHED, timeout=60)
    assert result.returncode == 2
    one_error_line(result.stderr, "long.txt", "the article is too long", f"the limit is {MAX_TEXT_CHARS:,}")


def test_a_saved_page_with_too_much_text_is_refused(tmp_path):
    page = tmp_path / "page.html"
    body = "".join(f"<p>Report {i}: {SENTENCE * 20}</p>" for i in range(MAX_TEXT_CHARS // (len(SENTENCE) * 20) + 2))
    page.write_text(f"<html><head><title>Report</title></head><body><article>{body}</article></body></html>")
    result = heritage("extract", page, "--published", PUBLISHED, timeout=120)
    assert result.returncode == 2
    one_error_line(result.stderr, "page.html", "the article is too long")


def test_an_article_just_under_the_limits_is_still_read(tmp_path):
    text = tmp_path / "ok.txt"
    text.write_text(SENTENCE * 3, encoding="utf-8")
    result = heritage("extract", text, "--published", PUBLISHED, "--format", "json", timeout=60)
    assert result.returncode == 0 and '"Temple of Baalshamin"' in result.stdout
