"""What a percentage is a share of, and which part of defence spending (claims/shares.py, context.py, rankings.py):
NATO's common-funded budgets carried from the sentence before, a part of an ally's own budget judged on its own
Table 8 line (and ranked by it), a union's total, aid to Ukraine as a share of GDP, and the Wales equipment pledge
named by its part. Sentences are from published articles outside the corpus (address above each)."""

from __future__ import annotations

from natospend.claims import check_text
from natospend.claims.reading import describe
from natospend.store.dataset import Dataset


def _frames(ds: Dataset, text: str, as_of: str) -> list[tuple[str, str, float | None, str | None]]:
    return [(r.kind, r.verdict, r.fields["value"], r.fields.get("metric")) for r in check_text(ds, text, as_of=as_of)]


def test_a_share_after_a_sentence_about_the_common_funds_is_a_cost_share(ds: Dataset) -> None:
    # https://www.everycrsreport.com/files/20090127_RL30150_f9892cc4a047fa85e980a207adaa1a22ba168794.html
    # (CRS, NATO Common Funds Burdensharing, 27 January 2009)
    text = (
        "The countries’ percentage shares of the common funds are negotiated among the members, and are based upon "
        "per capita GDP and several other factors. The aggregate U.S. share, which has fallen over the past three "
        "decades, was 25.3% in 2007."
    )
    found = check_text(ds, text, as_of="2009-01-27")
    assert [(r.kind, r.verdict, r.fields["countries"], r.fields["value"]) for r in found] == [
        ("common_funding", "unverifiable", ["USA"], 25.3)
    ]
    assert "common funding" in describe(found[0].kind, found[0].fields)
    assert "does not hold those budgets" in found[0].explanation


def test_a_share_of_gdp_after_a_sentence_about_the_common_budget_stays_one(ds: Dataset) -> None:
    # https://flashfeedtoday.blogspot.com/2024/09/how-much-does-us-spend-on-nato.html (September 2024): the two
    # sentences of one article, joined; the second names GDP, so the cost share does not carry to it
    text = (
        "The United States pays around 16% of this common budget, which is proportional to its economic size within "
        "NATO. NATO has a guideline for members to spend at least 2% of their GDP on defense, but not all countries "
        "meet this target."
    )
    kinds = [f[0] for f in _frames(ds, text, "2024-09-30")]
    assert kinds[0] == "common_funding"
    assert "common_funding" not in kinds[1:]


def test_a_part_of_its_budget_is_judged_and_ranked_on_its_own_line(ds: Dataset) -> None:
    # http://aviationnewsreleases.com/2009/02/nato-funding-disparity-persists.html (Aviation Week, 20 February 2009)
    text = (
        "Greece, by contrast, still spends 74.1 percent of its budget on personnel, the highest proportion within the "
        "alliance."
    )
    found = _frames(ds, text, "2009-02-20")
    # a share of personnel, never of GDP: no release of 2008's Table 8 is held by then
    assert ("equipment_share", "unverifiable", 74.1, "personnel_share") in found
    assert [f[3] for f in found if f[0] == "ranking"] == ["personnel_share"]
    assert {f[1] for f in found} == {"unverifiable"}


def test_the_largest_part_of_its_own_budget_is_no_place_among_allies(ds: Dataset) -> None:
    # https://discoveryn24.com/en-pt/category/lifestyle/most-military-spending-goes-to-personnel-1164217 (June 2025)
    text = (
        "Analyzing the Atlantic Alliance report, of the approximately four billion euros that Portugal allocated to "
        "Defense in 2024, the largest share (58.6%) is allocated to personnel expenses, which in NATO calculations "
        "include expenses with military personnel and civilians working in the Armed Forces, as well as pensions."
    )
    found = check_text(ds, text, as_of="2025-06-23")
    assert [(r.kind, r.fields["value"], r.fields.get("metric"), r.fields["year"]) for r in found] == [
        ("equipment_share", 58.6, "personnel_share", 2024)
    ]
    # NATO's 58.63 for 2024 (nato-2024-06) matches, but the Secretary General's report of April 2025 is held only in
    # part: not vouched for
    assert found[0].verdict == "unverifiable"
    assert "58.63" in found[0].explanation


def test_a_share_of_the_union_s_total_is_no_share_of_gdp(ds: Dataset) -> None:
    # http://ec.europa.eu/eurostat/web/products-eurostat-news/-/EDN-20170607-1 (Eurostat, 7 June 2017)
    text = (
        "In absolute terms, the United Kingdom spent by far the most on defence (€55 bn in 2015). This is equivalent "
        "to over a quarter (27%) of the total EU public expenditure on defence. It was followed by France (€38 bn, or "
        "19% of the EU total), Germany (€30 bn, or 15%) and Italy (€20 bn, or 10%)."
    )
    values = [f[2] for f in _frames(ds, text, "2017-06-07")]
    assert not {27.0, 19.0, 15.0, 10.0} & set(values)
    # the ratio to GDP beside them is still read (Eurostat's, a share of GDP)
    text = (
        "In 2015, the ratio of government defence expenditure to GDP varied across EU Member States from 0.3% in "
        "Luxembourg, 0.4% in Ireland, 0.5% in Hungary and 0.6% in Austria, to 2.7% in Greece."
    )
    assert ("share_gdp", 2.7) in [(f[0], f[2]) for f in _frames(ds, text, "2017-06-07")]


def test_aid_to_ukraine_as_a_share_of_gdp_is_not_defence_spending(ds: Dataset) -> None:
    # https://geopoliticalfutures.com/ukraines-biggest-backers (2025)
    text = (
        "For the Baltic states, for instance, helping Ukraine is not just good politics – it is a strategic necessity "
        "given their geographic vulnerability. Estonia leads the way, contributing 2.2 percent of its GDP, with "
        "Lithuania (1.8 percent) and Latvia (1.5 percent) following closely."
    )
    assert _frames(ds, text, "2025-03-01") == []


def test_a_share_of_gdp_on_defence_after_a_sentence_about_aid_stays_one(ds: Dataset) -> None:
    # the same sentence about Ukraine (above), then https://thedefensepost.com/2022/12/12/baltics-up-defense-spending/
    # (AFP, 12 December 2022): it names defence, so no aid is carried to it
    text = (
        "For the Baltic states, for instance, helping Ukraine is not just good politics – it is a strategic necessity "
        "given their geographic vulnerability. Estonia, Latvia, and Lithuania currently spend a respective 2.34, "
        "2.10, and 2.36 percent of GDP on defense, according to NATO estimates."
    )
    assert ("share_gdp", "accurate", 2.36, None) in _frames(ds, text, "2022-12-12")


def test_the_wales_equipment_pledge_named_by_its_part(ds: Dataset) -> None:
    # https://defense360.csis.org/counting-dollars-or-measuring-value-distribution-of-defense-expenditure-by-main-category/
    text = (
        "NATO heads of state pledged at the 2014 Wales Summit to spend 20 percent of their defense budgets on major "
        "equipment."
    )
    found = check_text(ds, text, as_of="2018-06-01")
    assert [(r.kind, r.verdict, r.fields["value"], r.fields.get("metric")) for r in found] == [
        ("pledge", "accurate", 20.0, "equipment_share")
    ]
    assert "wales-2014-equipment-20" in found[0].explanation


def test_a_share_of_aid_in_equipment_is_no_equipment_share(ds: Dataset) -> None:
    # https://hotair.com/headlines/2022/06/17/whos-really-sending-aid-to-ukraine-n476885 (17 June 2022)
    text = (
        "Only some 10% of American aid comes directly in the form of material or equipment like missiles or "
        "helicopters, but the U.S. still outpaces every other nation."
    )
    assert [f for f in _frames(ds, text, "2022-06-17") if f[2] == 10.0] == []
