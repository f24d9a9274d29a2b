"""Rules that keep the checker from calling a false claim `accurate`, each tried on the real sentence from the
article corpus that revealed it (tests/data/claims_articles/) and on a variant. Verdicts are against the embedded
dataset's published NATO releases and the pledge register."""

from __future__ import annotations

from natospend.claims import ClaimResult, check_text
from natospend.store.dataset import Dataset


def _results(ds: Dataset, text: str, as_of: str, kind: str) -> list[ClaimResult]:
    return [r for r in check_text(ds, text, as_of=as_of) if r.kind == kind]


CENSOR = (
    "At the same time, the top five countries with the lowest spending relative to the size of their economies are "
    "Italy, Canada, Belgium, Luxembourg (although it is among the countries that have radically increased spending "
    "compared to 2014), Slovenia, and, in last place, Spain."
)


def test_an_ally_named_in_a_top_n_outside_it_makes_the_list_inaccurate(ds: Dataset) -> None:
    # 2024-06-18 censor: the five lowest in nato-2024-06 are ESP, LUX, SVN, BEL, CAN; Italy (1.49) is sixth.
    group, last = _results(ds, CENSOR, "2024-06-18", "ranking")
    # the gate abstains on the aside it did not read ("radically increased spending compared to 2014"); the
    # figures' verdict is kept
    assert group.verdict == "unverifiable" and group.figures_verdict == "inaccurate", group.explanation
    assert "Italy ranks 6" in group.explanation and "radically" in group.unread
    assert last.verdict == "accurate"  # "in last place, Spain" holds on its own
    variant = CENSOR.replace("Italy, Canada", "Canada")  # five names for five places
    fixed = _results(ds, variant, "2024-06-18", "ranking")[0]
    assert fixed.verdict == "unverifiable" and fixed.figures_verdict == "accurate" and "radically" in fixed.unread


EURONEWS = "Just 22 of NATO’s 32 members met the alliance’s target of spending 2% of their GDP on defense in 2023."


def test_a_count_that_met_the_target_in_a_year_is_that_years_count_not_the_pledge(ds: Dataset) -> None:
    # 2025-04-24 euronews: 10 allies were at or above 2% for 2023 in nato-2024-06, the newest release by then.
    found = check_text(ds, EURONEWS, as_of="2025-04-24")
    assert [(r.kind, r.fields["year"], r.fields["value"], r.verdict) for r in found] == [
        ("count", 2023, 22.0, "inaccurate")
    ], [(r.kind, r.verdict, r.explanation) for r in found]
    assert "10 allies at or above 2%" in found[0].explanation
    ascii_quote = EURONEWS.replace("’", "'").replace("22", "10")
    # vintage (2): 10 matches nato-2024-06, but nato-2025-04, out on the claim's day and only partly held, may have
    # revised allies within 0.3 points of 2% (was `accurate`)
    [ten] = check_text(ds, ascii_quote, as_of="2025-04-24")
    assert (ten.kind, ten.verdict) == ("count", "unverifiable") and "may have revised" in ten.explanation


def test_met_in_a_year_without_a_count_is_not_judged_as_the_pledge(ds: Dataset) -> None:
    for text in (
        "Twenty-two of NATO’s members met the alliance’s target of spending 2% of their GDP on defense in 2023.",
        "In 2023, the allies met the target of spending 2% of GDP.",
    ):
        assert not _results(ds, text, "2025-04-24", "pledge"), text
    # a pledge to meet it stays a pledge
    pledge = "In 2014 the allies agreed to meet the target of spending 2% of GDP by 2024."
    assert _results(ds, pledge, "2025-04-24", "pledge")


BRUSSELS = "Both Portugal and Canada have now committed to spending 2% of their GDP on defence this year."


def test_a_pledge_by_several_allies_holds_only_if_each_own_pledge_is_registered(ds: Dataset) -> None:
    # 2025-06-17 brusselstimes: can-2pct-fy2025 is in the register, no pledge of Portugal's is.
    (r,) = _results(ds, BRUSSELS, "2025-06-17", "pledge")
    assert r.fields["countries"] == ["PRT", "CAN"] and r.verdict == "unverifiable", r.explanation
    assert "2% for Portugal" in r.explanation and "can-2pct-fy2025" in r.explanation
    (both,) = _results(ds, BRUSSELS.replace("Portugal", "Italy"), "2025-06-17", "pledge")  # ita-2pct-2025
    assert both.verdict == "accurate", both.explanation


def test_just_above_a_threshold_is_a_band_the_count_at_or_above_does_not_settle(ds: Dataset) -> None:
    # 2025-08-28 deepnewz: 20 allies at or above 2% in nato-2025-08 (11 without a figure) says nothing of how many
    # are *just* above it.
    text = "Most other members remain just above the 2% floor."
    (r,) = _results(ds, text, "2025-08-28", "count")
    assert r.verdict == "unverifiable" and "'just above'" in r.explanation, r.explanation
    assert "20 allies at or above 2% in nato-2025-08" in r.explanation
    (plain,) = _results(ds, text.replace("just ", ""), "2025-08-28", "count")  # holds whatever the 11 missing are
    assert plain.verdict == "accurate", plain.explanation
    (below,) = _results(ds, "Five allies were slightly below 2% in 2023.", "2025-04-24", "count")
    assert below.verdict == "unverifiable", below.explanation


def test_a_rank_with_no_year_is_not_judged_on_an_old_years_figures(ds: Dataset) -> None:
    # 2024-04-11 govuk: the newest NATO dollar figures held by that date are for 2019 (nato-2019-06).
    text = "The UK remains the second largest spender in NATO, after the USA."
    (r,) = _results(ds, text, "2024-04-11", "ranking")
    assert r.verdict == "unverifiable" and "Cannot tell which year" in r.explanation and "2019" in r.explanation
    # with a year stated the same release settles it; with current figures the present rank is judged
    (dated,) = _results(ds, text.replace("remains", "was").replace(".", " in 2019."), "2024-04-11", "ranking")
    assert dated.verdict == "accurate", dated.explanation
    (now,) = _results(ds, text.replace("The UK", "Germany"), "2026-08-01", "ranking")
    assert now.verdict == "accurate" and "nato-2026-07" in now.explanation, now.explanation
