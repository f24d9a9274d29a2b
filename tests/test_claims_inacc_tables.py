"""Branch inacc: an ally's figure from another source's table is not contradicted by NATO's. Eurostat's COFOG
release, named once in an article, gives the figures of its later paragraphs (claims/sourcing.carry_forward); a
paragraph that also gives a figure for a country that is no ally (Cyprus, Ireland, Russia) is a table NATO does not
print (check._other_tables); the Balkan Defence Monitor is a source natospend does not hold. Each time a wrong
figure with no such source stays `inaccurate`.

Figures (embedded data): NATO June 2019 (2018e Romania 1.82%), June 2022 / June 2024 (2021 Greece 3.59%, 3.70%),
June 2024 (2023e Czechia 1.37%), March 2024 (2023e Albania 1.72%)."""

from __future__ import annotations

from natospend.claims import ClaimResult, check_text
from natospend.store.dataset import Dataset

# https://www.stiripesurse.ro/eurostat-latvia-estonia-greece-cyprus-france-romania-lithuania-earmark-highest-gdp-
# percentage-to-defence_1436002.html (AGERPRES, 2 March 2020)
_STIRI_LEDE = (
    "The 27 member states of the European Union earmarked 162 billion euros to the defence sector in 2018, 2.6 per "
    "cent of their total governmental expenditures, showed data published on Monday by the European Statistical "
    "Office (Eurostat)."
)
_STIRI_LIST = (
    "In 2018, the GDP percentage earmarked for defence in the EU member states varied from 0.3 per cent in Ireland, "
    "0.5 per cent in Luxembourg and Malta, 0.6 per cent in Austria, up to 1.7 per cent in Romania and Lithuania, 1.8 "
    "per cent in France, 1.9 per cent in Cyprus, 2 per cent in Estonia and Greece and 2.1 per cent in Latvia."
)


def _of(ds: Dataset, text: str, as_of: str, code: str, kind: str = "share_gdp") -> list[ClaimResult]:
    return [r for r in check_text(ds, text, as_of=as_of) if r.kind == kind and code in r.fields["countries"]]


# ------------------------------------------------------------------------------------------------ Eurostat's release
def test_eurostats_release_named_in_the_lede_gives_the_figures_of_later_paragraphs(ds: Dataset) -> None:
    # Romania at 1.7% is Eurostat's COFOG ratio for 2018; NATO's is 1.82% (June 2019): not a wrong figure
    text = _STIRI_LEDE + "\n\nIn the EU, the general government expenditures on defence dropped slightly.\n\n"
    text += "In 2018, the GDP percentage earmarked for defence was 1.7 per cent in Romania."
    [r] = _of(ds, text, "2020-03-02", "ROU")
    assert r.fields["value"] == 1.7 and r.fields["year"] == 2018
    assert r.fields["attributed_to"] == "eurostat_cofog"
    assert r.verdict == "unverifiable" and "EUROSTAT_COFOG" in r.explanation and "1.82%" in r.explanation


def test_a_paragraph_after_nato_is_named_is_judged_on_natos_figures(ds: Dataset) -> None:
    # near miss: a sentence naming NATO between the release and the figure ends the release's reach
    text = _STIRI_LEDE + "\n\nNATO's own figures differ.\n\nIn 2018, Romania spent 1.7 per cent of GDP on defence."
    [r] = _of(ds, text, "2020-03-02", "ROU")
    assert r.verdict == "inaccurate" and "1.82%" in r.explanation, r.explanation


def test_eurostats_figures_two_paragraphs_after_it_is_named(ds: Dataset) -> None:
    # https://en.bb.lv/article/politics/2026/01/09/latvia-leader-in-defense-spending-in-europe-83838/amp (Diena,
    # 9 January 2026): Czechia's 1.2% is Eurostat's 2023 figure; NATO's is 1.37% (June 2024)
    text = (
        'This is confirmed by data from the EU statistical office "Eurostat".\n'
        "Latvia's defense spending in 2023 amounted to 3.1% of GDP.\n"
        "Below the EU average in 2023, defense spending was recorded in the Czech Republic (1.2% of GDP), Italy "
        "(1.2% of GDP), Slovenia (1.2% of GDP), Slovakia (1.2% of GDP), Germany (1.1% of GDP), Belgium (0.9% of "
        "GDP), and Spain (0.9% of GDP)."
    )
    results = _of(ds, text, "2026-01-09", "CZE")
    assert results and all(r.verdict == "unverifiable" for r in results), [r.explanation for r in results]
    assert any("EUROSTAT_COFOG" in r.explanation and "1.37%" in r.explanation for r in results)


# ------------------------------------------------------------------------------------------------ non-allies' figures
def test_a_list_that_gives_figures_for_countries_nato_does_not_cover_is_another_table(ds: Dataset) -> None:
    # the list alone, without the lede that names Eurostat: Ireland, Malta, Austria and Cyprus are in it
    results = _of(ds, _STIRI_LIST, "2020-03-02", "ROU")
    assert results and all(r.verdict == "unverifiable" for r in results), [r.explanation for r in results]
    assert any("Ireland" in r.explanation and r.figures_verdict == "inaccurate" for r in results)


def test_a_figure_for_ireland_in_the_paragraph_makes_it_another_table(ds: Dataset) -> None:
    # https://ec.europa.eu/eurostat/statistics-explained/index.php?title=Government_expenditure_on_defence (data
    # extracted February 2023): Greece's 2.8% is COFOG's 2021 figure; NATO's is 3.59% (March 2022)
    text = (
        "In 2021, the highest levels of total expenditure on defence in the EU and EFTA countries were observed in "
        "Greece (2.8 % of GDP), Latvia (2.3 % of GDP) and Estonia (2.0 % of GDP), Romania (1.9 % of GDP), France, "
        "Cyprus and Lithuania (all 1.8 % of GDP). Norway reported 1.7 % of GDP. In contrast, Ireland (0.2 % of GDP), "
        "Luxembourg (0.4 % of GDP) as well as Malta and Austria (both 0.6 % of GDP) had comparatively low expenditure "
        "on defence in the EU."
    )
    results = _of(ds, text, "2023-02-28", "GRC")
    assert results and all(r.verdict == "unverifiable" for r in results), [r.explanation for r in results]
    assert any("Ireland" in r.explanation and "3.59%" in r.explanation for r in results)


def test_a_non_ally_named_without_a_figure_of_its_own_changes_nothing(ds: Dataset) -> None:
    # near misses: Russia named, but the only figure is Romania's (NATO: 1.82%) -> still contradicted
    for text in (
        "Russia's war in Ukraine has raised tensions. In 2018, Romania spent 1.7 per cent of GDP on defence.",
        "In 2018, Romania spent 1.7 per cent of GDP on defence.",
    ):
        [r] = _of(ds, text, "2020-03-02", "ROU")
        assert r.verdict == "inaccurate" and "1.82%" in r.explanation, (text, r.explanation)


# ------------------------------------------------------------------------------------ the Balkan Defence Monitor
def test_the_balkan_defence_monitors_figure_is_its_own(ds: Dataset) -> None:
    # https://zebalkans.com/who-spends-the-most-on-defense-in-the-balkans (March 2024): Albania's 1.6% is the
    # BCSP's figure for 2023; NATO's is 1.72% (March 2024)
    text = (
        "According to the recent article published Balkan Defense Monitor 2024, Serbia was the first country in the "
        "region in terms of defense spending, which accounted for 2% of its GDP in 2023, followed by North Macedonia "
        "with 1.7% and Albania with 1.6%."
    )
    [r] = _of(ds, text, "2024-03-22", "ALB")
    assert r.verdict == "unverifiable" and "'Balkan Defense Monitor'" in r.explanation, r.explanation
    # near miss: the same figure stated as Albania's, with no source, is NATO's to contradict
    [plain] = _of(ds, "Albania spent 1.6% of its GDP on defence in 2023.", "2024-03-22", "ALB")
    assert plain.verdict == "inaccurate" and "1.72%" in plain.explanation, plain.explanation


# ------------------------------------------------------------------------------------------------ "respectively"
def test_respectively_pairs_the_figures_with_the_list_of_as_many_allies(ds: Dataset) -> None:
    # the wording of Newsflash's July 2018 report (Greece 2.27%, the UK 2.10% in nato-2018-07), with the US named
    # between the list and its figures: "respectively" pairs the two figures with Greece and the UK, not the US.
    # (Not a fresh sentence: no published one of this shape was found outside the corpus; see the report.)
    text = "Only Greece and the UK joined the US with the target, spending 2.32 percent and 2.14 percent respectively."
    by_value = {r.fields["value"]: r for r in check_text(ds, text, as_of="2018-07-27") if r.kind == "share_gdp"}
    assert by_value[2.32].fields["countries"] == ["GRC"] and by_value[2.14].fields["countries"] == ["GBR"]
    assert all(r.verdict != "inaccurate" for r in by_value.values()), [r.explanation for r in by_value.values()]
    # near miss: a wrong figure for the UK is still caught, now against the UK's own 2.10%
    wrong = text.replace("2.14", "3.14")
    [r] = [r for r in check_text(ds, wrong, as_of="2018-07-27") if r.kind == "share_gdp" and r.fields["value"] == 3.14]
    assert r.fields["countries"] == ["GBR"] and r.verdict == "inaccurate" and "2.10%" in r.explanation, r.explanation


# ------------------------------------------------------------------------------------------------ a spread of levels
def test_allies_that_spend_from_one_figure_to_another_are_each_within_the_range(ds: Dataset) -> None:
    # the wording of NextBigFuture's July 2016 summary (nato-2016-07: Estonia 2.16, Greece 2.38, Poland 2.00, the UK
    # 2.21): "spend from 2.0% to 2.38%" states where four levels lie, not a change from one to the other.
    # (Not a fresh sentence: no published one of this shape was found outside the corpus; see the report.)
    text = "Estonia, Greece, Poland, and the UK spend from 2.0% to 2.38% of GDP."
    [r] = [r for r in check_text(ds, text, as_of="2016-07-05") if r.kind == "share_gdp"]
    assert r.fields["countries"] == ["EST", "GRC", "POL", "GBR"] and r.fields["comparator"] == "range"
    assert r.verdict != "inaccurate", r.explanation
    # near misses: a range none of them is in is still wrong; a change verb keeps "from ... to" a change
    [wrong] = [r for r in check_text(ds, text.replace("2.0%", "2.5%").replace("2.38%", "2.9%"), as_of="2016-07-05")]
    assert wrong.verdict == "inaccurate" and "2.16%" in wrong.explanation, wrong.explanation
    rose = [r for r in check_text(ds, "Poland's spending rose from 1.9% to 2.0% of GDP.", as_of="2016-07-05")]
    assert all(r.fields["comparator"] != "range" for r in rose) and {r.fields["value"] for r in rose} == {1.9, 2.0}


# ------------------------------------------------------------------------------------------------ a unit's slip
def test_an_amount_hundreds_of_times_off_natos_is_a_slip_of_its_unit(ds: Dataset) -> None:
    # the wording of MIA's June 2024 report ("$1.185 billion": 1,185 billion; nato-2024-06: 1,474,399 million USD at
    # current prices). (Not a fresh sentence: none of this shape was found outside the corpus; see the report.)
    text = "Total defense spending by NATO members for 2024 is projected at $1.185 billion."
    [r] = [r for r in check_text(ds, text, as_of="2024-06-18") if r.kind == "total_spending"]
    assert r.verdict == "unverifiable" and "separator" in r.explanation and "1,474,399" in r.explanation
    # near miss: an amount of the right order that is wrong is still caught
    [wrong] = [r for r in check_text(ds, text.replace("$1.185 billion", "$700 billion"), as_of="2024-06-18")]
    assert wrong.verdict == "inaccurate" and "1,474,399" in wrong.explanation, wrong.explanation
