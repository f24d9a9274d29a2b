"""fa28: an anaphor that is only the yardstick of who meets a pledge ("... meeting the target") is no pledge claim;
one that dates or plans its meeting still is."""

from __future__ import annotations

from natospend.claims import check_text
from natospend.store.dataset import Dataset


def test_an_anaphor_with_a_deadline_keeps_its_pledge(ds: Dataset) -> None:
    # Near miss (the sentence of tests/test_claims_modality.py, Canadian Press, June 2025): "meet the threshold by
    # this fiscal year" dates the meeting, so the anaphor is still Canada's plan, judged against the register.
    text = (
        "More than a decade after Canada agreed to hit NATO’s defence spending target of two per cent, Prime "
        "Minister Mark Carney announced $9 billion in additional spending to meet the threshold by this fiscal year."
    )
    results = check_text(ds, text, as_of="2025-06-09")
    threshold = next(r for r in results if r.fields.get("value_text") == "meet the threshold")
    assert (threshold.kind, threshold.verdict) == ("pledge", "accurate")


def test_a_pledge_dated_without_first_keeps_the_years_pledge(ds: Dataset) -> None:
    # Near miss of "first set back in 2014" (rules/pledges.py _FIRST_MADE_RE): "the previous 2% target set in 2014"
    # dates a pledge of 2% (Wales's), not the figure's first one, so the earlier nato-2pct-2006 does not contradict it.
    # https://techoutstanders.com/editors-choice/nato-hague-summit-2025-defence-spending-5-percent-gdp (2025-06-26)
    text = (
        "At the NATO summit in The Hague on June 24-25, leaders from all 32 member nations agreed to boost defence "
        "outlays to 5% of GDP by 2035, a rise from the previous 2% target set in 2014."
    )
    pledges = [r for r in check_text(ds, text, as_of="2025-06-26") if r.kind == "pledge"]
    previous = next(r for r in pledges if r.fields.get("value_text") == "2%")
    assert previous.verdict == "accurate" and "wales-2014-2pct" in previous.explanation


def test_a_call_after_the_benchmark_leaves_the_benchmark_a_pledge(ds: Dataset) -> None:
    # Near miss of "calls in Europe for ... a renewed commitment by NATO members to spend at least 2 per cent"
    # (pledges.py _CALLS_FOR_NP_RE, a noun of calling whose object runs to the figure): here the call comes after the
    # benchmark, and only its own figure is a proposal.
    # https://www.polskieradio.pl/395/7785/artykul/3541089,nato-seals-draft-deal-on-5-gdp-defense-spending-target-after-spain-relents
    # (Reuters, PAP, IAR; June 2025)
    text = (
        "The alliance’s current benchmark is 2% of GDP, but Trump has pressed for a 5% goal, though he suggested on "
        "Friday it need not apply to the United States."
    )
    got = {r.fields.get("value_text"): r for r in check_text(ds, text, as_of="2025-06-23") if r.kind == "pledge"}
    assert got["2%"].verdict == "accurate" and "vilnius-2023-2pct" in got["2%"].explanation
    assert got["5%"].verdict == "unverifiable" and "A proposal or call" in got["5%"].explanation
