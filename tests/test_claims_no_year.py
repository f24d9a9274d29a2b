"""A claim that states no year, contradicted by the newest year's figures: read as about the years just before
(check._older_reading). Matched there, it is `outdated`; left open there by a partial release, `unverifiable`;
contradicted there too, `inaccurate`. Sentences from the dev articles (tests/data/claims_articles/) and of our own
wording; figures are NATO's published releases in the embedded dataset."""

from __future__ import annotations

from natospend.claims import ClaimResult, check_text
from natospend.store.dataset import Dataset


def _one(ds: Dataset, text: str, as_of: str) -> ClaimResult:
    found = [r for r in check_text(ds, text, as_of=as_of) if r.kind in ("share_gdp", "count")]
    assert len(found) == 1, [(r.kind, r.verdict, r.text) for r in found]
    return found[0]


def test_an_older_releases_estimate_restated_later_is_outdated(ds: Dataset) -> None:
    # 2025-03-04 factually: "Poland: 3.90%" is nato-2023-07's estimate for 2023, revised to 3.26 by nato-2024-06;
    # the 2024 estimate held then is 4.12.
    for text in ("Some countries significantly exceed the 2% threshold:\n\n  • Poland: 3.90%", "Poland spends 3.90%."):
        r = _one(ds, text, "2025-03-04")
        assert r.verdict == "outdated", r.explanation
        older = [e for e in r.evidence if e.role == "older"]
        assert [(e.release_id, e.year, e.shown) for e in older] == [("nato-2023-07", 2023, "3.90")]
        assert ("nato-2024-06", 2024, "4.12") in [(e.release_id, e.year, e.shown) for e in r.evidence]
        assert "4.12%" in r.explanation  # the newest figure is named
    greece = _one(ds, "Greece spends 3.01% of its GDP on defence.", "2025-03-04")  # nato-2023-07: 3.01 for 2023
    assert greece.verdict == "outdated", greece.explanation


def test_a_stated_year_or_a_figure_never_published_stays_inaccurate(ds: Dataset) -> None:
    stated = _one(ds, "Poland spent 3.90% of GDP on defence in 2024.", "2025-03-04")
    assert stated.verdict == "inaccurate" and "4.12%" in stated.explanation
    never = _one(ds, "Poland spends 1.2% of GDP on defence.", "2025-03-04")
    assert never.verdict == "inaccurate", never.explanation
    # Three allies at 2%: not in 2024 (nato-2024-06: 23), 2023 (11) or 2022 (at least 7 of nato-2023-03's 14).
    few = _one(ds, "Only three NATO countries meet the guideline to spend 2% of GDP on defence.", "2024-04-11")
    assert few.verdict == "inaccurate", few.explanation


def test_a_count_and_list_matching_an_older_release_are_outdated(ds: Dataset) -> None:
    # 2019-07-18 UK MoD bulletin (2016's figures): five at 2% in nato-2016-07 (POL 2.00), four after nato-2019-06
    # revised Poland to 1.99; the newest year by then, 2019, has seven.
    text = "Only the USA, Greece, the UK, Estonia and Poland meet the guideline to spend 2% of GDP on defence."
    r = _one(ds, text, "2019-07-18")
    assert r.verdict == "outdated", r.explanation
    assert [e.release_id for e in r.evidence if e.role == "older"][:1] == ["nato-2016-07"]


def test_a_count_an_older_partial_release_leaves_open_is_unverifiable(ds: Dataset) -> None:
    # 2024-04-11 UK MoD bulletin (2022's figures): nato-2024-03 has eleven at 2% for 2023; for 2022 nato-2023-03
    # holds 14 allies, seven at 2%, without Slovakia (2.00 in nato-2022-06): the count for 2022 is open.
    r = _one(ds, "7 NATO countries meeting the guideline to spend 2% of GDP on defence.", "2024-04-11")
    assert r.verdict == "unverifiable", r.explanation
    assert "2022" in r.explanation and "nato-2023-03" in r.explanation


def test_a_rank_with_no_year_is_not_read_as_an_older_years(ds: Dataset) -> None:
    # Rankings are a standing now (rules/rankings.py): no walk back, whatever an older year said.
    found = check_text(ds, "Poland is the largest spender in NATO relative to GDP.", as_of="2019-07-18")
    assert [r.verdict for r in found if r.kind == "ranking"] == ["inaccurate"]


def test_a_claim_that_says_it_is_about_now_is_not_read_as_an_older_years(ds: Dataset) -> None:
    # nato-2025-04 (24 April 2025): 22 allies at or above 2% in 2024; "these days" / "currently" anchor the claim to
    # the newest year, so a handful (2-6) is inaccurate even if an earlier year had that many.
    for text in (
        "These days only a handful of allies reach the 2% guideline.",
        "Currently only a handful of allies reach the 2% guideline.",
    ):
        r = _one(ds, text, "2025-06-20")
        assert r.verdict == "inaccurate" and "22 allies at or above 2%" in r.explanation, r.explanation


def test_no_year_means_the_year_natos_newest_figures_are_for(ds: Dataset) -> None:
    # 2021-06-11 defenceredefined: nato-2021-06 (a transcription of 13 allies) gives 2021; Turkey is not in it, so
    # its newest figure is not known (nato-2026-07 later: 1.57), not contradicted by its 2019 figure (1.89).
    turkey = _one(ds, "Turkey is at 1.57% of its GDP.", "2021-06-11")
    assert turkey.verdict == "unverifiable" and "in 2021" in turkey.explanation, turkey.explanation
    germany = _one(ds, "Germany spends 1.53% of GDP on defence.", "2021-06-11")  # in nato-2021-06: 1.53
    assert germany.verdict == "accurate", germany.explanation
    # A level far from every figure is still wrong: Canada 1.39 in 2021, 1.20 for 2022 in later releases.
    canada = _one(ds, "Canada spends 3% of GDP on defence.", "2022-06-28")
    assert canada.verdict == "inaccurate" and "1.39%" in canada.explanation, canada.explanation
    # A rise is not judged on that envelope: it may be nominal, a budget's or over several years.
    found = check_text(ds, "Spain increased its defence budget by 43.11% in a year.", as_of="2025-08-28")
    assert [(r.kind, r.verdict) for r in found] == [("real_growth", "unverifiable")]
