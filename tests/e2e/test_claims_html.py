"""`natospend check --format html` in Debian's chromium: the page opens with no console errors, each claim is
highlighted with its verdict as text, and a click shows its evidence."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from natospend.interfaces.cli import app

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
ARTICLE = "Croatia (2.03%), Estonia (2.34%) and the US (3.47%) are expected to achieve the goal this year."


def test_annotated_page_opens_cleanly(tmp_path: Path) -> None:
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed at /usr/bin/chromium (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    result = CliRunner().invoke(app, ["check", ARTICLE, "--format", "html", "--date", "2022-06-28"])
    assert result.exit_code == 0, result.output
    page_file = tmp_path / "check.html"
    page_file.write_text(result.output, encoding="utf-8")
    errors: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page: Any = browser.new_page()
        page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(page_file.as_uri())
        marks = page.locator("details.claim summary")
        assert marks.count() == 3
        first = page.locator("details.claim").first
        assert "[Accurate]" in first.locator("summary").inner_text()
        assert not first.locator(".claim-detail").first.is_visible()
        first.locator("summary").click()
        detail = first.locator(".claim-detail").first
        assert detail.is_visible() and "nato-2022-06" in detail.inner_text()  # NATO's June 2022 estimate, 2.03
        browser.close()
    assert errors == []
