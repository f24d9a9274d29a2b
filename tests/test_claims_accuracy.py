"""Floors on the article corpus (benchmarks/claims_eval.py): the dev-split figures reached so far may not fall, and
no claim in either split may be called `accurate` when its label says otherwise (beyond the known cases listed below
for the checker to fix). Tuning is on the dev split only; the test split is asserted for false `accurate` alone."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from natospend.store.dataset import Dataset

ROOT = Path(__file__).resolve().parents[1]

# Reached on the dev split; raise them when the checker improves, never lower them for the same corpus. Re-based when
# the corpus grew to 77 articles (round 3 added 24 real articles, 202 dev claims, labelled before the checker was run):
# on the 53-article corpus the same checker (main at the merge) reached recall 0.95, precision 0.91, matched 0.96,
# all 0.91. Re-based again for round 4 (27 real articles, 153 dev claims, labelled blind): the 104-article dev split
# measured recall 0.763, precision 0.925, matched 0.868, all 0.662 (the 77 articles alone: 0.782, 0.926, 0.920, 0.719);
# floors are those figures minus 0.01. With the table reader (branch t-tables) merged: recall 0.863, precision 0.931,
# matched 0.892, all 0.769; floors again those minus 0.01. With the no-year verdict rules (branch v-split) and pledges
# and modality (branch p-pledges2) merged: recall 0.881, precision 0.935, matched 0.930, all 0.819; floors those
# minus 0.01. Re-based for round 5, part A (15 real articles of 2014-2020, 72 dev claims, labelled blind): the
# 111-article dev split measured recall 0.845, precision 0.930, matched 0.915, all 0.773 (the new dev articles alone:
# 0.542, 0.868, 0.718, 0.389); recall, matched and all floors are those figures minus 0.01, precision is unchanged.
# Re-based for round 5, part B (17 real articles of 2021-2026, 59 dev claims, labelled blind): the 128-article dev
# split measured recall 0.834, precision 0.928, matched 0.901, all 0.752; floors those minus 0.01.
# Session of 2026-12-02 (counts, shares, growth, rankings and pledges merged; round 6, 29 real articles, 156 dev
# claims, labelled blind): the 165-article dev split measured recall 0.870, precision 0.922, matched 0.918, all
# 0.799; floors those minus 0.01.
# Session of 2026-12-02, afternoon (people, mood, lists, shares, counts, rankings, growth, money, sources; round 7,
# 25 real articles, 106 dev claims, labelled blind): the 190-article dev split measured recall 0.881, precision 0.938,
# matched 0.951, all 0.838; floors those minus 0.01.
# Stop 20 (recall audits on fresh sentences: carry, lists, hedges, metonymy, shares, money, pledges, counts): dev
# measured recall 0.884, precision 0.938, matched 0.949, all 0.839; recall and all re-based to those minus 0.01,
# precision and matched kept (measured minus 0.01 is below them).
# Stop 21 (whole-article audits: tables2, ranks2, bounds, pledges6, sources2, speed2, scope2; round 8, 54 real
# articles, 254 dev claims, labelled blind by two engineers and reviewed by a third): the 244-article dev split
# measured recall 0.852, precision 0.942, matched 0.926, all 0.789 (the 190 old articles alone: 0.888, 0.942, 0.950,
# 0.844); floors those minus 0.01.
# Stop 22 (gate, ranks3, pledges7, audit9, startup; round 9, 38 real articles, 149 dev claims, labelled blind by two
# engineers and reviewed by three others): the 282-article dev split measured recall 0.820, precision 0.940, matched
# 0.922, all 0.756 (the 244 old articles alone: 0.851, 0.940, 0.933, 0.794); floors those minus 0.01 (at the
# end of the stop: 0.820, 0.940, 0.924, 0.758).
# Stop 23 (directions, pledges8, ranks4, counts7, shares5, money3; round 10, 35 real articles, 233 dev claims, labelled
# blind by two engineers who reviewed each other): the 317-article dev split measured recall 0.838, precision 0.935,
# matched 0.922, all 0.773; floors those minus about 0.007 (precision: new figure-less statements of change that
# earlier rounds did not label count as false positives).
# Stop 26 (accurate0, pledges4, counts8, shares6, speed3 and label maintenance merged): dev measured recall 0.843,
# precision 0.928, matched 0.936, all 0.789; recall, matched and all raised to about those minus 0.008.
# Stop 28 (gatewords, gatescope, recall5, inacc, speed5, fa28; round 14, 39 real articles, 179 dev claims, labelled
# blind): dev measured recall 0.820, precision 0.924, matched 0.881, all 0.722; floors those minus about 0.005.
DEV_FLOORS = {"recall": 0.815, "precision": 0.92, "accuracy_matched": 0.875, "accuracy_all": 0.715}

# False `accurate` verdicts found when round 4 was first scored, left for the checker to fix (remove an entry when it
# is fixed). Dev: the sentence. Test: the article and kind only (its sentences are not read).
KNOWN_FALSE_ACCURATE: dict[str, set[tuple[str, str]]] = {
    # round 4's three (an enduring commitment, encouraging allies, an ally's plans) and round 5's three (Lithuania's
    # own plan for 2018, "Berlin will meet the 2% target this year", the Hague 5% "by 2025") are fixed.
    # Round 6's two (a reaffirmed commitment read as the Wales pledge; "Sanchez agreed ...") are fixed: people stand for
    # their ally, and a leader's commitment is settled only by the ally's own pledges.
    # Round 7: the headline rank of an ifo study ("Belgium ranks second-lowest in NATO defence spending for 2023"), its
    # source named two paragraphs later; NATO's figures give the same place (label note). The lede's two figures of
    # the same article are fixed (claims/sourcing.py).
    # Round 7's headline rank of an ifo study (belganewsagency) is fixed: a headline takes its lede's source.
    # Round 8, found when it was first scored (13 dev, 3 test); three dev ones are fixed (an ally's own timetable or
    # possibility is not settled by the alliance-wide pledge). The count attributed to the World Bank is fixed
    # (counts6: "many" quantifies allies). Five more are fixed by the gate on firm statements (rules/pledges.py
    # _unasserted: Hungary's readiness "if needed", Belgium's reaffirmation and its PM's aim, budget scenarios, the
    # Hague target "being pushed"), Romania's by reading a level "over the next decade" as a plan. Left: a count
    # against a partial release (read as one ally's share).
    # Round 9, found when it was first scored (4 dev, 1 test): a reference to the 2% target inside a forecast or a
    # plan of who will meet it, matched to the Wales pledge (three, fixed: rules/pledges.py `_unasserted`), and an
    # ally's pledged increase "expected to bring it above 2%" (left). The test one is the US share of the alliance's
    # total in 2016 (CNN's Davos fact check), which a newer release held without its dollar tables may have revised;
    # its sister rewording in the dev split was re-judged to `unverifiable` for consistency and is listed here too.
    # Shares of the alliance's total do not apply the partial-release rule that shares of GDP do (rules/alliance.py).
    # Round 10, found when it was first scored (2 dev, 2 test; the same four on the start-of-stop checker): a forecast
    # ("19 more pact countries are expected to achieve ... by the end of the year", fixed: the verb's object may be
    # "military spending equal to" the target, rules/pledges.py _MEETING_BEFORE_RE) and, again, the US share of
    # the alliance's total against a release held only in part (mdfy's "roughly 63 %" of 2024); test: a pledge and a
    # count. Stop 24: the two US shares of the alliance's total (mdfy, disinformationcommission) are fixed
    # (rules/alliance.py: a match with an older release while a newer one is held without its dollar tables).
    # Round 11, found when it was first scored (5 dev, 2 test): an aggregate's share read into a count's span, a list
    # below 1% against a release of the same day held in part (the envelope rule of rules/numeric.py), a garbled
    # pledge, a comparison with a government's forecast, and "since 1990" (fixed); test: two counts.
    # Round 12 (stop 25): a minister's figure read as NATO's (two: Italy's foreign minister, Lithuania's finance
    # minister), a count with a quantifier ("Many countries"), a national commitment matched to the Hague target;
    # test: a share of GDP and a pledge.
    # Stop 26: accurate0's gate on what `accurate` needs (who, whose figure, modality, a definite count) fixed the seven
    # dev cases it was aimed at (Romania's expected effect, the partial list, the garbled German aim, the Portuguese
    # government's forecast, Italy's minister, "Many countries", the UK's own 3.5% commitment; the "five-year high"
    # entry was already fixed); none of the test ones.
    # Label maintenance (labelrules, blind to the checker) removed yardstick-only pledge labels, so a pledge result
    # on a yardstick now overlaps the claim beside it: one dev (Merkel's plan) and one test case (blogactiv) are new.
    # Stop 27: the labels of rules 6-8 (a figure after an unheld NATO publication, just outside the vintages, counts
    # over allies a partial release lacks) made 27 dev and 17 test `accurate` verdicts false; the vintage rules in
    # rules/counts.py (`_count_open_after`, COUNT_MARGIN of 0.3 points, no same-day exception) and the read-every-word
    # gate fixed all but the ones below, among them tiue-dw's Belgium and Spain. Round 13 (blind) added two dev ones
    # (Drezner's "who subsequently met", a span narrower than its clause; a plan to raise the target read as the 2%
    # pledge) and three test ones (the Hill's count, krdo's and Exit's pledges); the relabelling left two test ones
    # (reportca's count and arabnews's share after the unheld Annual Report 2016) and one dev (newsrnd's 2014 count).
    # Stop 28: gatescope fixed Drezner's, Merkel's plan, newsrnd's and brusselstimes's; fa28 and the lead round 14's
    # five dev ones (a denied goal, a call for a commitment, "first set back in 2014", met obligations and met
    # targets as yardsticks). kievc's is an evaluator pairing (the 2% claim beside a 3-3.5% range label).
    "dev": {
        (
            "2025-01-28-kievc-ft-lithuania-estonia-5pct",
            "NATO is planning to raise its informal spending target from 2% to between 3 and 3.5% at its upcoming "
            "June summit",
        ),
    },
    "test": {
        ("2014-12-01-blogactiv-dutch-budget-norm", "share_gdp"),
        ("2016-04-18-hansard-commons-one-of-five", "pledge"),
        ("2017-03-13-reportca-cp-canada-by-the-numbers", "count"),
        ("2019-03-14-omanobserver-reuters-riga-vilnius-joined", "count"),
        ("2019-04-03-thehill-pence-targets-germany", "count"),
        ("2021-10-11-lrt-lithuania-2-05", "share_gdp"),
        ("2022-05-29-globaldomainsnews-special-fund-average", "pledge"),
        ("2023-01-04-krdo-ap-czech-bill-2pct", "pledge"),
        ("2023-07-10-globalpolitics-exit-albania-2pct-2024", "pledge"),
        ("2023-12-19-belganewsagency-belgium-1-24-in-2024", "share_gdp"),
        ("2024-02-14-dw-germany-first-since-cold-war", "share_gdp"),
        ("2024-06-20-hsnw-record-23-allies", "count"),
        ("2025-02-27-i7news-globalnews-all-members-2pct-by-june", "pledge"),
        ("2025-02-27-i7news-globalnews-all-members-2pct-by-june", "share_gdp"),
        ("2025-06-23-vijesti-rutte-europe-30pct", "count"),
        ("2025-08-28-onlinespacenews-allies-meet-2pct", "count"),
    },
}


def _eval() -> ModuleType:
    spec = importlib.util.spec_from_file_location("claims_eval_floors", ROOT / "benchmarks" / "claims_eval.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["claims_eval_floors"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def report(ds: Dataset) -> dict[str, Any]:
    from natospend.claims import check_text, clean_text

    ev = _eval()
    articles = ev.load_articles(clean=clean_text)
    results = {a.id: [ev._as_found(a.id, r) for r in check_text(ds, a.text, as_of=a.date)] for a in articles}
    report = {s: ev.score([a for a in articles if a.split == s], results) for s in ("dev", "test")}
    report["reliability"] = ev.reliability_figures([a for a in articles if a.split == "test"], report["test"])
    return report


@pytest.mark.parametrize("metric", sorted(DEV_FLOORS))
def test_dev_floor(report: dict[str, Any], metric: str) -> None:
    assert report["dev"][metric] >= DEV_FLOORS[metric], report["dev"][metric]


@pytest.mark.parametrize("split", ["dev", "test"])
def test_no_false_accurate(report: dict[str, Any], split: str) -> None:
    key = "span" if split == "dev" else "kind"
    found = {(d["article"], d[key]) for d in report[split]["details"]["false_accurate"]}
    new = sorted(found - KNOWN_FALSE_ACCURATE[split])
    assert not new, new  # test split: (article, kind), never its sentence


def test_reliability_quoted_to_readers_is_current(report: dict[str, Any]) -> None:
    """The figures every output quotes (claims/reliability.toml) are today's: after a change that moves a verdict,
    rerun `benchmarks/claims_eval.py --write-reliability`."""
    from dataclasses import asdict

    from natospend.claims.reliability import measured

    quoted = {k: v for k, v in asdict(measured()).items() if k != "measured"}
    assert quoted == report["reliability"]
