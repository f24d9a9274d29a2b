"""Outputs for fact-checkers: `natospend check --format claimreview` (schema.org ClaimReview JSON-LD, one per
claim) and `--format html` (one self-contained annotated page)."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

from typer.testing import CliRunner

from natospend.interfaces.cli import app

ARTICLE = (
    "Croatia (2.03%), Estonia (2.34%) and the US (3.47%) are the only countries that are expected to achieve the "
    "goal this year. Canada spends 3% of GDP on defence."
)
URL = "https://www.shephardmedia.com/news/defence-notes/nato-allies-spending/"
RUN = CliRunner()


def _run(*args: str) -> str:
    result = RUN.invoke(app, ["check", ARTICLE, *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_claimreview_fields() -> None:
    reviews = json.loads(_run("--format", "claimreview", "--url", URL, "--date", "2022-06-28"))
    assert len(reviews) >= 4
    for r in reviews:
        assert r["@type"] == "ClaimReview"
        assert r["@context"]["@vocab"] == "https://schema.org/"
        assert r["claimReviewed"] and r["claimReviewed"] in ARTICLE  # the claim's own clause, not the article
        item = r["itemReviewed"]
        assert item["@type"] == "Claim" and item["datePublished"] == "2022-06-28"
        assert item["appearance"]["url"] == URL and item["appearance"]["datePublished"] == "2022-06-28"
        rating = r["reviewRating"]
        assert rating["@type"] == "Rating" and rating["worstRating"] == 1 and rating["bestRating"] == 5
        assert rating["alternateName"] in {"accurate", "inaccurate", "outdated", "different_measure", "unverifiable"}
        assert ("ratingValue" in rating) == (rating["alternateName"] != "unverifiable")
        assert r["author"] == {"@type": "Organization", "name": "natospend"}
        assert r["datePublished"] == "2022-06-28"  # the as-of date
        for cell in r["natospend:evidence"]:
            assert {"source", "release", "table", "cell", "value", "provenance"} <= set(cell)
    by_claim = {r["claimReviewed"]: r for r in reviews}
    # Published figures: NATO's June 2022 estimates print Croatia at 2.03 and the US at 3.47.
    croatia = by_claim["Croatia (2.03%)"]
    assert croatia["reviewRating"]["alternateName"] == "accurate"
    cell = croatia["natospend:evidence"][0]
    assert cell["release"] == "nato-2022-06" and cell["shown"] == "2.03" and cell["source"] == "nato"
    canada = next(r for c, r in by_claim.items() if c.startswith("Canada"))
    assert canada["reviewRating"]["alternateName"] == "inaccurate" and canada["reviewRating"]["ratingValue"] == 1


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def test_html_is_one_self_contained_page() -> None:
    page = _run("--format", "html", "--date", "2022-06-28", "--url", URL)
    parser = _Tags()
    parser.feed(page)
    tags = [t for t, _ in parser.tags]
    assert tags.count("details") >= 4 and "script" not in tags
    assert not any(t in ("link", "img", "iframe") or (a.get("src") or "").startswith("http") for t, a in parser.tags)
    assert "<mark>Croatia (2.03%)</mark>" in page
    # Colour plus a text label on every highlight.
    assert re.search(r"<mark>Canada spends 3% of GDP on defence\.</mark> <span class=\"label\">\[Inaccurate\]", page)
    assert "nato-2022-06" in page  # the evidence, opened on click


def test_unknown_format_is_a_clear_error() -> None:
    result = RUN.invoke(app, ["check", ARTICLE, "--format", "pdf"])
    assert result.exit_code != 0 and "--format" in result.output and "claimreview" in result.output
