"""Exactness words ('exactly', 'precisely') make a figure equality, not a bar to be at or above: at the precision
printed, and when equality at NATO's own precision gives another verdict, how exact it was meant cannot be told
(falsepaths)."""

from __future__ import annotations

from natospend.claims import ClaimResult, check_text
from natospend.store.dataset import Dataset


def _kind(ds: Dataset, text: str, as_of: str, kind: str) -> list[ClaimResult]:
    return [r for r in check_text(ds, text, as_of=as_of) if r.kind == kind]


# https://radar.am/en/news/world-2712718486 (August 2025, on nato-2025-08): BEL, CZE, DEU, LUX, MKD, PRT and ESP are
# printed 2.00 for 2025, ALB, CAN and ITA 2.01, and eleven allies have no figure in the release as held.
RADAR = (
    "This year, NATO estimates that all countries will reach this level, although seven countries will spend exactly "
    "2.0 percent of GDP, and a few will spend only slightly more."
)


def test_an_exact_threshold_is_no_bar_to_be_at_or_above(ds: Dataset) -> None:
    [seven] = [r for r in _kind(ds, RADAR, "2025-08-29", "count") if "seven" in r.span.text]
    assert seven.fields["threshold_high"] is not None  # a band, not 'at or above 2%' (20 allies then)
    assert seven.verdict == "unverifiable" and "how exact" in seven.explanation, seven.explanation
    assert "at or above" not in seven.explanation.split("(")[0]


def test_a_plain_threshold_stays_a_bar(ds: Dataset) -> None:
    # near-miss: without 'exactly', 'spend 2.0 percent' is the bar of the 2% guideline
    [r] = _kind(ds, "Ten countries spent 2.0 percent of GDP or more on defence in 2024.", "2025-08-29", "count")
    assert r.fields.get("threshold_high") is None and r.fields["threshold"] == 2.0


def test_an_exact_share_is_judged_at_both_precisions(ds: Dataset) -> None:
    # nato-2024-06: Germany 2.12% for 2024. "exactly 2%" is equal at the printed precision, not at NATO's.
    [r] = _kind(ds, "Germany spends exactly 2% of GDP on defence.", "2024-07-01", "share_gdp")
    assert r.verdict == "unverifiable" and "how exact" in r.explanation
    # near-miss: the same figure without 'exactly' is the printed precision's (2.12 rounds to 2)
    [plain] = _kind(ds, "Germany spends 2% of GDP on defence.", "2024-07-01", "share_gdp")
    assert plain.verdict == "accurate"
    # and an exact figure far off is contradicted at either precision
    [far] = _kind(ds, "Germany spends exactly 3.5% of GDP on defence.", "2024-07-01", "share_gdp")
    assert far.verdict == "inaccurate"
