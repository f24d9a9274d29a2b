"""A level stated of allies, not the alliance's pledge (recall5): "Both nations spent over 2% of their GDP ... in
2024" is what some allies spent, and with no ally named in the sentence whose figure it is cannot be told (no
pledge `accurate` on the Vilnius floor); a verb stating an amount ("accounted for", "amounted to") ends the reach of
a proposal word before it ("Despite this ambitious proposition, Canada's defense expenditure in 2024 accounted for
just 1.37%"), so the figure is Canada's share of GDP, not a proposal.

Figures: nato-2024-06 (2024-06-17): Canada 1.37% in 2024.
"""

from __future__ import annotations

from natospend.claims import check_text
from natospend.store.dataset import Dataset

# https://americansalient.com/?p=60296 (May 2025, on Romania and Bulgaria)
SALIENT = (
    "Both nations spent over 2% of their gross domestic product—the measure of the total value of goods and services "
    "their countries' produced—on their defense in 2024."
)


def test_spent_over_a_level_with_no_ally_named_is_no_pledge(ds: Dataset) -> None:
    (r,) = check_text(ds, SALIENT, as_of="2025-05-20")
    assert r.kind == "share_gdp" and r.verdict == "unverifiable"
    assert "names no ally" in r.explanation


# https://www.businessupturn.com/world/hungary-among-1-9-in-nato-to-spend-2-of-its-gdp-on-defense-hungarian-foreign-minister/
# (5 April 2023)
UPTURN = "In 2006, NATO Defense ministers pledged to spend at least 2% of their GDP on their defense annually."


def test_a_pledge_to_spend_stays_a_pledge(ds: Dataset) -> None:
    # the near miss: "pledged to spend at least 2%" is the 2006 guideline, judged against the register
    (r,) = check_text(ds, UPTURN, as_of="2023-04-05")
    assert r.kind == "pledge" and r.verdict == "accurate"
    assert "nato-2pct-2006" in r.explanation


# https://en.walaw.press/article/GMWGWPPFQQQL (March 2025)
WALAW = (
    "Despite this ambitious proposition, Canada's defense expenditure in 2024 accounted for just 1.37% of its GDP, "
    "according to NATO data."
)


def test_an_amount_verb_ends_the_reach_of_a_proposal_word(ds: Dataset) -> None:
    (r,) = check_text(ds, WALAW, as_of="2025-03-10")
    assert r.kind == "share_gdp" and r.fields["countries"] == ["CAN"] and r.fields["year"] == 2024
    assert r.figures_verdict == "accurate", r.explanation  # 1.37% in nato-2024-06
    # gate: 'Despite', 'ambitious', 'proposition' are not read yet, so no verdict is given
    assert r.verdict == "unverifiable"


# https://dailyguardian.eu/trump-reportedly-wants-nato-members-to-boost-defense-spending-to-5-percent-of-gdp-politico/amp
# (December 2024)
GUARDIAN = (
    "During his first term, Trump had already suggested that NATO members should boost their defense spending to 4 "
    "percent of GDP."
)


def test_a_proposal_stays_a_proposal(ds: Dataset) -> None:
    # the near miss: no verb stating an amount between "suggested" and the figure: what was proposed
    (r,) = check_text(ds, GUARDIAN, as_of="2024-12-10")
    assert r.kind == "pledge" and r.verdict == "unverifiable"
    assert "proposal" in r.explanation
