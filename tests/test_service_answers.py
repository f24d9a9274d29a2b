"""The service's answers are plain typed values (natospend.service.results), not DataFrames; their `.to_frame()`
is exactly the analysis's frame; and their figures are the published ones."""

from __future__ import annotations

import dataclasses
import inspect
import math
from datetime import date
from typing import Any

import pandas as pd
import pytest

from natospend.analysis import burden, compare, compliance
from natospend.formatting import at_printed
from natospend.reference import pledges
from natospend.service import results
from natospend.service.questions import Questions
from natospend.store.dataset import Dataset

#: The answers converted to typed results, called with real arguments.
CONVERTED: dict[str, tuple[Any, ...]] = {
    "years": ("nato-2026-07", "share_gdp"),
    "counts_over_time": ("nato-2026-07",),
    "aggregates": (2024, "nato-2026-07"),
    "vintages": ("Poland", "share_gdp"),
    "burden": (None, None),
    "equalise": ("us-share", None, None),
    "us_contribution": (),
    "compare": ("POL", 2016, "share_gdp"),
    "revisions": ("POL", "share_gdp", 2016, "nato"),
    "pledges": ("GBR",),
    "pledge": ("gbr-2.5pct-2027",),
    "evaluate": ("wales-2014-2pct", "POL", None, "nato-2024-06", None),
    "country_pledges": ("POL",),
}
PLAIN = (str, int, float, bool, date, type(None))


@pytest.fixture(scope="module")
def q(ds: Dataset) -> Questions:
    return Questions(ds)


def _assert_plain(value: Any, where: str) -> None:
    """Only frozen dataclasses, tuples, lists, dicts and plain scalars (no pandas, numpy or NaN) all the way down."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        assert type(value).__dataclass_params__.frozen, f"{where}: {type(value).__name__} is not frozen"  # type: ignore[attr-defined]
        for f in dataclasses.fields(value):
            _assert_plain(getattr(value, f.name), f"{where}.{f.name}")
    elif isinstance(value, tuple | list):
        for i, item in enumerate(value):
            _assert_plain(item, f"{where}[{i}]")
    elif isinstance(value, dict):
        for k, item in value.items():
            _assert_plain(item, f"{where}[{k!r}]")
    else:
        assert type(value) in PLAIN, f"{where}: {type(value).__module__}.{type(value).__name__} is not a plain value"
        assert not (isinstance(value, float) and math.isnan(value)), f"{where}: NaN (missing is None)"


@pytest.mark.parametrize("method", sorted(CONVERTED))
def test_converted_answers_are_typed_not_frames(q: Questions, method: str) -> None:
    answer = getattr(q, method)(*CONVERTED[method])
    assert not isinstance(answer, pd.DataFrame | pd.Series)
    assert "DataFrame" not in str(inspect.signature(getattr(Questions, method)).return_annotation)
    assert isinstance(answer.provenance, results.Provenance) and answer.provenance.title
    # The analyses' assumptions are theirs (raw); every other field is a plain value.
    _assert_plain(dataclasses.replace(answer, assumptions={}) if hasattr(answer, "assumptions") else answer, method)
    assert isinstance(answer.to_frame(), pd.DataFrame)


def test_to_frame_is_the_analysis_frame(q: Questions, ds: Dataset) -> None:
    """The downloads (and the Python API, where it wants a frame) see exactly what the analyses computed."""
    pairs = [
        (q.burden(None, None), burden.burden_table(ds)),
        (q.burden(2016, "nato-2024-06"), burden.burden_table(ds, 2016, "nato-2024-06")),
        (q.equalise("3.5", 2024, None), burden.equalise(ds, "3.5", 2024)),
        (q.us_contribution(), burden.us_contribution(ds)),
        (q.compare("GBR", None, "share_gdp"), compare.compare(ds, "GBR")),
        (q.compare("ISL", 2016, "share_gdp"), compare.compare(ds, "ISL", 2016)),  # nothing: an untyped empty frame
        (q.revisions("POL", "share_gdp", None, "nato"), ds.revisions("POL", "share_gdp")),
        (q.pledges(None), pledges.register_frame()),
        (q.pledges("GBR"), pledges.register_frame("GBR")),  # no range pledge: threshold_max all missing (object)
        (q.pledges("POL"), pledges.register_frame("POL")),
        (q.evaluate("wales-2014-2pct", None, None, None, None), compliance.evaluate(ds, "wales-2014-2pct")),
        (q.evaluate("wales-2014-2pct", "ISL", None, None, None), compliance.evaluate(ds, "wales-2014-2pct", "ISL")),
    ]
    for answer, frame in pairs:
        pd.testing.assert_frame_equal(answer.to_frame(), frame)
        assert answer.to_frame().attrs == frame.attrs


def test_counts_over_time_are_the_published_counts(q: Questions, ds: Dataset) -> None:
    """17 allies at or above 2% in 2024 in the July 2026 release, 23 in June 2024's (its 2024 estimates)."""
    for rid, expected in (("nato-2026-07", 17), ("nato-2024-06", 23)):
        counts = q.counts_over_time(rid)
        by_year = {r.year: r.counts for r in counts.rows}
        assert by_year[2024][0] == expected == len(compliance.allies_at_or_above(ds, 2.0, 2024, rid))
        assert counts.labels == ["2%", "3.5%", "5%"] and counts.provenance.releases == [rid]
        assert list(counts.to_frame().columns) == ["year", "2%", "3.5%", "5%"]


def test_vintages_are_the_upstream_figures(q: Questions, upstream_2026: dict[tuple[str, int, str], float]) -> None:
    """The July 2026 series of Poland's share of GDP is the upstream file's, year by year, as printed."""
    answer = q.vintages("Poland", "share_gdp")
    july_2026 = [f for f in answer.figures if f.release_id == "nato-2026-07"]
    assert july_2026 and all(f.series == "NATO Jul 2026" for f in july_2026)
    assert {f.year: f.value for f in july_2026} == {
        y: v for (c, y, i), v in upstream_2026.items() if c == "POL" and i == "share_gdp"
    }
    assert answer.provenance.query == {"country": "Poland", "indicator": "share_gdp"}
    assert "nato-2026-07" in answer.release_ids and answer.country == "POL"
    empty = q.vintages("ISL", "share_gdp")  # Iceland has no armed forces: no source publishes a share
    assert empty.empty and list(empty.to_frame().columns) == [f.name for f in dataclasses.fields(results.VintageFigure)]


def test_pledges_are_the_register(q: Questions) -> None:
    """The UK's pledge of 2.5% of GDP from April 2027 (Starmer, 25 Feb 2025) as the register states it, sourced."""
    uk = q.pledges("United Kingdom")
    assert uk.country == "GBR" and "gbr-2.5pct-2027" in uk.ids and "wales-2014-2pct" in uk.ids
    assert uk.provenance.query == {"country": "United Kingdom"} and uk.provenance.title == "Pledge register"
    (one,) = q.pledge("gbr-2.5pct-2027").rows
    assert (one.threshold, one.start, one.announced, one.metric) == (2.5, 2027, "2025-02-25", "core_share_gdp")
    assert one.n_sources == 2 and "2.5 per cent in 2027" in one.sources
    assert one.threshold_max is None and one.deadline is None  # missing is None, not NaN or pd.NA


def test_poland_against_two_percent_in_june_2024(q: Questions) -> None:
    """NATO's June 2024 release printed Poland at 4.12% of GDP for 2024 (estimate, Table 3 N32) and 2.00% for 2016:
    both meet 2%, 2016 with no margin to spare."""
    answer = q.evaluate("wales-2014-2pct", "Poland", None, "nato-2024-06", None)
    by_year = {r.year: r for r in answer.rows}
    latest, y2016 = by_year[2024], by_year[2016]
    assert (at_printed(latest.value, latest.decimals), latest.status, latest.estimate) == (4.12, "met", True)
    assert latest.release_id == "nato-2024-06" and latest.origin.endswith("N32")
    assert (at_printed(y2016.value, y2016.decimals), y2016.status, y2016.margin_pp) == (2.0, "met", 0.0)
    assert answer.provenance.releases == ["nato-2024-06"] and answer.provenance.query["country"] == "Poland"


def _newest_evaluations(ds: Dataset, code: str) -> pd.DataFrame:
    """compliance.evaluate's row for each pledge binding `code`: the newest year with a value, else the last."""
    picked = []
    for p in pledges.for_country(code):
        frame = compliance.evaluate(ds, p.id, code)
        with_value = frame[frame["value"].notna()]
        picked.append((with_value if not with_value.empty else frame).tail(1).assign(title=p.title))
    frame = pd.concat([f for f in picked if not f.empty], ignore_index=True)
    return frame[["pledge_id", "title", *compliance.EVALUATION_COLUMNS[1:]]]


def test_country_pledges_are_the_newest_evaluations(
    q: Questions, ds: Dataset, upstream_2026: dict[tuple[str, int, str], float]
) -> None:
    """Each pledge binding the UK, evaluated in the newest year with a figure: its 2.5%-from-April-2027 pledge
    against the July 2026 release's 2026 estimate, as the upstream file prints it, not yet due."""
    answer = q.country_pledges("United Kingdom")
    pd.testing.assert_frame_equal(answer.to_frame(), _newest_evaluations(ds, "GBR"))
    by_id = {r.evaluation.pledge_id: r for r in answer.rows}
    uk = by_id["gbr-2.5pct-2027"]
    assert uk.title == "UK: 2.5% of GDP from April 2027" and uk.evaluation.threshold == 2.5
    ev = uk.evaluation
    assert (ev.release_id, ev.year, ev.status) == ("nato-2026-07", 2026, "not_yet_due")
    assert ev.value == upstream_2026[("GBR", 2026, ev.indicator)]
    assert answer.country == "GBR" and set(answer.provenance.releases) == set(answer.release_ids)
