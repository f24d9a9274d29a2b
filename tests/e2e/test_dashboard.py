"""The dashboard in a real browser: Playwright drives Debian's chromium against uvicorn on a loopback port.

Every page loads with its charts and without a request leaving the server; a user changes the year, opens a
country, runs a scenario and checks a claim, and sees the published figures. Screenshots go to test-artifacts/.
Expected figures are read from the upstream files in ../shared/data/raw.
"""

from __future__ import annotations

import csv
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import uvicorn
from playwright.sync_api import expect

from natospend.interfaces.app import create_app

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]  # fmt: skip
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"  # from the npm registry, installed by `make assets`
EXPLORE = "/explore?countries=POL,DEU,FRA&indicator=share_gdp&release=nato-2024-06&mode=absolute"
PAGES = {
    "overview": "/",
    "explore": EXPLORE,
    "embed": EXPLORE.replace("/explore", "/embed/explore"),
    "country-gbr": "/country/GBR",
    "changes": "/changes",
    "burden": "/burden",
    "scenario": "/scenario",
    "claims": "/claims",
    "sources": "/sources",
    "sql": "/sql",
    "docs": "/docs",
    "not-found": "/country/Narnia",
}
WIDTHS = {"desktop": 1440, "phone": 390}


@cache
def nato_2026(raw: Path) -> dict[tuple[str, str, int], float]:
    with (raw / "nato-transcribed/nato_def-exp-2026_2014-2026.csv").open(encoding="utf-8", newline="") as fh:
        return {(r["country_iso3"], r["indicator"], int(r["year"])): float(r["value"]) for r in csv.DictReader(fh)}


def us_2024_in_june_2024_release(raw: Path) -> float:
    sheet = openpyxl.load_workbook(raw / "nato/240617-def-exp-2024-TABLES-en.xlsx", read_only=True)["TABLE3"]
    rows = list(sheet.iter_rows(min_row=8, max_row=43, values_only=True))
    column = [str(y) for y in rows[0]].index("2024e")
    return float(next(r[column] for r in rows if r[2] == "United States"))


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """uvicorn serving the app in a background thread, on a free loopback port (bound here, so no race)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(warm=True), log_level="warning"))
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    for _ in range(600):
        if srv.started:
            break
        time.sleep(0.05)
    else:
        pytest.fail("uvicorn did not start within 30 s")
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)
    sock.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed at /usr/bin/chromium (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield instance
        instance.close()


@dataclass
class Tab:
    """A browser page that records requests leaving the server and JavaScript errors."""

    page: Any
    base: str
    outside: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def open(self, path: str, status: int = 200) -> Any:
        response = self.page.goto(self.base + path, wait_until="load")
        assert response is not None and response.status == status, f"{path}: HTTP {response and response.status}"
        return response

    def axe(self) -> list[str]:
        """Serious and critical axe-core violations on the page, one line each."""
        self.page.add_script_tag(path=str(AXE))
        found = self.page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations")
        return [
            f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
            for v in found
            if v["impact"] in ("serious", "critical")
        ]

    def charts_drawn(self) -> int:
        plots = self.page.locator(".plot[data-figure]")
        for i in range(plots.count()):
            plots.nth(i).locator(".main-svg").first.wait_for(timeout=20_000)
        return int(plots.count())

    def shot(self, name: str) -> None:
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)

    def clean(self) -> None:
        assert self.outside == [], f"requests left the server: {self.outside}"
        assert self.errors == [], f"JavaScript errors: {self.errors}"


def _tab(browser: Any, server: str, **context: Any) -> Iterator[Tab]:
    ctx = browser.new_context(accept_downloads=True, **context)
    page = ctx.new_page()
    tab = Tab(page, server)

    def guard(route: Any) -> None:
        if route.request.url.startswith(server):
            route.continue_()
        else:
            tab.outside.append(route.request.url)
            route.abort()

    page.route("**/*", guard)
    page.on("pageerror", lambda exc: tab.errors.append(str(exc)))
    page.on("console", lambda msg: tab.errors.append(msg.text) if msg.type == "error" else None)
    yield tab
    ctx.close()


@pytest.fixture
def tab(browser: Any, server: str) -> Iterator[Tab]:
    yield from _tab(browser, server, viewport={"width": 1440, "height": 900})


@pytest.fixture
def phone(browser: Any, server: str) -> Iterator[Tab]:
    yield from _tab(browser, server, viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)


@pytest.mark.parametrize("width", list(WIDTHS))
@pytest.mark.parametrize("name", list(PAGES))
def test_every_page_at_both_widths(browser: Any, server: str, name: str, width: str) -> None:
    """Loads with its charts, no serious or critical axe-core violation, nothing off-screen on a phone, no console
    error; the screenshot goes to test-artifacts/NAME-WIDTH.png."""
    if not AXE.exists():
        pytest.skip(f"{AXE} missing: run `make assets` (npm ci)")
    px = WIDTHS[width]
    phone = {"is_mobile": True, "has_touch": True} if px < 500 else {}
    for tab in _tab(browser, server, viewport={"width": px, "height": 900}, **phone):
        tab.open(PAGES[name], 404 if name == "not-found" else 200)
        assert tab.page.locator("h1").first.inner_text()
        charts = tab.charts_drawn()
        if name in ("overview", "country-gbr", "burden", "scenario"):
            assert charts >= 2
        if name in ("explore", "embed"):
            assert charts == 1
        assert tab.axe() == [], f"{name} at {px}px"
        scroll = tab.page.evaluate("document.documentElement.scrollWidth")
        assert scroll <= px, f"{name} scrolls sideways at {px}px ({scroll}px)"
        tab.shot(f"{name}-{px}")
        if name == "not-found":  # chromium logs the page's own 404 status as a console error
            tab.errors = [e for e in tab.errors if "status of 404" not in e]
        tab.clean()


def test_map_colours_every_ally_with_its_published_share(tab: Tab, raw: Path) -> None:
    figures = nato_2026(raw)
    tab.open("/")
    allies = tab.page.locator("#share-map path.ally")
    assert allies.count() == 32
    assert not tab.page.locator(".inset-map").is_visible()  # on a wide screen North America is the corner inset
    poland = tab.page.locator('svg.choropleth path[data-code="POL"] title')
    assert poland.text_content() == f"Poland: {figures[('POL', 'share_gdp', 2026)]:.2f}% of GDP (estimate)"
    with tab.page.expect_navigation():
        tab.page.select_option("#year", "2016")  # the year picker drives the map as well as the chart
    germany = tab.page.locator('svg.choropleth path[data-code="DEU"] title').text_content()
    assert germany == f"Germany: {figures[('DEU', 'share_gdp', 2016)]:.2f}% of GDP"
    tab.clean()


def test_explorer_draws_the_requested_allies_and_a_shared_link_reloads_it(tab: Tab, raw: Path) -> None:
    tab.open(EXPLORE)
    tab.charts_drawn()
    legend = tab.page.locator("#explorer .legendtext").all_text_contents()
    assert legend == ["Poland", "Germany", "France"]
    june_2024 = us_2024_in_june_2024_release(raw)  # the table shows the release picked, not the newest
    assert tab.page.locator("#release").input_value() == "nato-2024-06"
    assert tab.page.locator("#explorer-table caption").inner_text().startswith("Share of GDP: Poland, Germany and")

    # change the view with the controls: the address follows, and opening the copied link gives the same view
    with tab.page.expect_navigation():
        tab.page.get_by_label("Change since first year").check()
    tab.page.get_by_text("Allies shown: 3").click()
    tab.page.get_by_label("United States").check()
    with tab.page.expect_navigation():
        tab.page.get_by_role("button", name="Show").click()
    # the form lists allies in alphabetical order; the address keeps the whole state
    assert "countries=FRA,DEU,POL,USA" in tab.page.url and "mode=relative" in tab.page.url
    shared = tab.page.locator("#share-link").input_value()
    assert shared == tab.page.url
    tab.page.goto("about:blank")
    tab.page.goto(shared)
    tab.charts_drawn()
    assert tab.page.locator("#explorer .legendtext").all_text_contents() == [
        "France",
        "Germany",
        "Poland",
        "United States",
    ]
    expect(tab.page.get_by_label("Change since first year")).to_be_checked()
    assert tab.page.locator("#release").input_value() == "nato-2024-06"
    us = tab.page.locator("#explorer-table tbody tr", has_text="2024").first.inner_text()
    assert "+" in us  # changes since 2014, with their sign
    with tab.page.expect_download() as download:
        tab.page.locator("#explorer-table").locator(
            "xpath=../following-sibling::p[contains(@class, 'downloads')][1]"
        ).get_by_role("link", name="CSV").click()
    content = Path(download.value.path()).read_text(encoding="utf-8")
    us_2024 = next(line for line in content.splitlines() if line.startswith("USA,United States,2024,"))
    assert f",{june_2024:.2f}," in us_2024  # the figure as printed, beside its change since 2014
    tab.clean()


def test_change_the_year_then_open_a_country(tab: Tab, raw: Path) -> None:
    figures = nato_2026(raw)
    tab.open("/")
    poland = tab.page.locator("#allies tbody tr", has=tab.page.locator('a[href="/country/POL"]'))
    assert f"{figures[('POL', 'share_gdp', 2026)]:.2f}" in poland.inner_text()

    with tab.page.expect_navigation():
        tab.page.select_option("#year", "2016")  # the select submits its form on change
    assert "year=2016" in tab.page.url
    assert tab.page.locator("h1").inner_text().endswith("2016")
    assert f"{figures[('POL', 'share_gdp', 2016)]:.2f}" in poland.inner_text()
    allies_2016 = [c for (c, i, y), v in figures.items() if i == "share_gdp" and y == 2016 and len(c) == 3 and v >= 2]
    assert tab.page.locator('#counts [data-threshold="2.0"]').inner_text() == str(len(allies_2016))
    tab.charts_drawn()
    tab.shot("overview-2016")

    tab.page.select_option("#country-pick", "POL")
    with tab.page.expect_navigation():
        tab.page.get_by_role("button", name="Open").click()
    assert tab.page.url.endswith("/country/POL")
    assert tab.page.locator("h1").inner_text() == "Poland"
    sources = tab.page.locator("#sources tbody tr").first.inner_text()
    assert sources.startswith("2026") and f"{figures[('POL', 'share_gdp', 2026)]:.2f}" in sources
    assert tab.page.locator("#pledges tbody tr").count() >= 1
    assert tab.charts_drawn() >= 4
    tab.shot("country-pol")
    tab.clean()


def test_keyboard_sorting_and_skip_link(tab: Tab, raw: Path) -> None:
    figures = nato_2026(raw)
    shares = {c: v for (c, i, y), v in figures.items() if i == "share_gdp" and y == 2026 and len(c) == 3}
    tab.open("/")
    tab.page.keyboard.press("Tab")
    assert tab.page.evaluate("document.activeElement.textContent") == "Skip to content"
    header = tab.page.locator("#allies thead th").nth(2)
    header.locator("button").focus()
    tab.page.keyboard.press("Enter")
    assert header.get_attribute("aria-sort") == "descending"
    first = tab.page.locator("#allies tbody tr").first
    assert first.locator("a").get_attribute("href") == f"/country/{max(shares, key=shares.__getitem__)}"
    tab.page.keyboard.press("Enter")
    assert header.get_attribute("aria-sort") == "ascending"
    assert first.locator("a").get_attribute("href") == f"/country/{min(shares, key=shares.__getitem__)}"
    tab.clean()


def test_run_a_scenario(tab: Tab, raw: Path) -> None:
    figures = nato_2026(raw)
    tab.open("/scenario")
    tab.page.select_option("#country", "DEU")
    tab.page.select_option("#pledge", "hague-2025-core-3.5")
    tab.page.select_option("#path", "front")
    tab.page.fill("#gdp_growth", "3")
    with tab.page.expect_navigation():
        tab.page.get_by_role("button", name="Run scenario").click()
    assert "country=DEU" in tab.page.url and "path=front" in tab.page.url
    rows = tab.page.locator("#path-table tbody tr")
    assert rows.first.inner_text().startswith("2026")
    assert f"{figures[('DEU', 'share_gdp', 2026)]:.2f}" in rows.first.inner_text()
    last = rows.last.inner_text()
    assert last.startswith("2035") and "3.50" in last
    assert tab.charts_drawn() == 2
    tab.shot("scenario-deu")
    tab.clean()


def test_check_a_claim(tab: Tab, raw: Path) -> None:
    tab.open("/claims")
    tab.page.fill("#text", "America currently spends around 3.4% of its GDP on defence.")
    tab.page.fill("#as_of", "2025-06-20")
    with tab.page.expect_navigation():
        tab.page.get_by_role("button", name="Check").click()
    claims = tab.page.locator("article.claim")
    assert claims.count() == 1
    assert claims.first.locator(".verdict").first.inner_text() in {"accurate", "outdated"}
    evidence = claims.first.locator("table").inner_text()
    assert "nato-2024-06" in evidence and f"{us_2024_in_june_2024_release(raw):.2f}" in evidence
    tab.shot("claims-us")
    with tab.page.expect_download() as download:
        tab.page.get_by_role("button", name="CSV").click()
    assert download.value.suggested_filename.endswith(".csv")
    tab.clean()


def test_tables_download_with_their_release(tab: Tab, raw: Path) -> None:
    tab.open("/")
    with tab.page.expect_download() as download:
        tab.page.locator("#allies").locator(
            "xpath=../following-sibling::p[contains(@class, 'downloads')][1]"
        ).get_by_role("link", name="CSV").click()
    assert "nato-2026-07" in download.value.suggested_filename
    content = Path(download.value.path()).read_text(encoding="utf-8")
    assert "POL,Poland,2026" in content and str(nato_2026(raw)[("POL", "share_gdp", 2026)]) in content
    tab.clean()


def test_phone_map_and_reference_labels_are_legible(phone: Tab) -> None:
    """At 390 px North America leaves its tiny corner inset for a map of its own, and the labels of the 2%, 3.5%
    and 5% lines over the narrow bar chart never overlap one another or the legend."""
    phone.open("/")
    phone.charts_drawn()
    assert not phone.page.locator('#share-map path[data-code="USA"]').is_visible()
    usa = phone.page.locator('.inset-map path[data-code="USA"], .inset-map path[data-href="/country/USA"]').first
    box = usa.bounding_box()
    assert box is not None and box["width"] >= 150, box  # the inset drew it about 60 px wide
    labels = phone.page.locator("#ally-shares .annotation-text, #ally-shares .legendtext")
    boxes = [b for i in range(labels.count()) if (b := labels.nth(i).bounding_box())]
    texts = [labels.nth(i).text_content() for i in range(labels.count())]
    assert {"2%", "3.5%", "5%"} <= set(texts), texts
    for i, a in enumerate(boxes):
        for j, b in enumerate(boxes[:i]):
            apart = a["x"] >= b["x"] + b["width"] or b["x"] >= a["x"] + a["width"]
            apart = apart or a["y"] >= b["y"] + b["height"] or b["y"] >= a["y"] + a["height"]
            assert apart, f"{texts[i]!r} overlaps {texts[j]!r}"
    phone.clean()


def test_annotated_article_reads_inline_and_opens_its_evidence(tab: Tab) -> None:
    """The claim checker's annotated article uses the stylesheet (no inline styles) and keeps highlights in the
    line of text; a click opens the evidence."""
    text = "Croatia (2.03%), Estonia (2.34%) and the US (3.47%) are expected to achieve the goal this year."
    tab.open("/claims")
    tab.page.fill("#text", text)
    tab.page.fill("#as_of", "2022-06-28")
    with tab.page.expect_navigation():
        tab.page.get_by_role("button", name="Check").click()
    assert tab.page.locator("main style").count() == 0
    marks = tab.page.locator(".annotated-article details.claim summary")
    assert marks.count() == 3
    tops = {round(marks.nth(i).bounding_box()["y"]) for i in range(2)}  # Croatia and Estonia on one line
    assert len(tops) == 1, tops
    detail = tab.page.locator(".annotated-article details.claim").first.locator(".claim-detail")
    assert not detail.is_visible()
    marks.first.click()
    assert detail.is_visible() and "nato-2022-06" in detail.inner_text()
    tab.clean()
