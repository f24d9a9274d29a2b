"""The article corpus (tests/data/claims_articles/*.toml): its shape, labels and splits, and the scoring functions of
benchmarks/claims_eval.py on a tiny hand-made example. No accuracy targets are asserted here."""

from __future__ import annotations

import hashlib
import importlib.util
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "tests" / "data" / "claims_articles"
KINDS = {
    "share_gdp", "count", "ranking", "real_growth", "total_spending", "alliance_share", "equipment_share", "pledge",
    "growth_multiple", "common_funding",
}  # fmt: skip
VERDICTS = {"accurate", "inaccurate", "outdated", "different_measure", "unverifiable"}
TRUTHS = {"true", "false", "other_measure", "unknown"}
CODES = re.compile(r"^([A-Z]{3}|NATO_TOTAL|NATO_EUROPE_CANADA|ALL)$")
NUMBER = re.compile(r"\d|\b(two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand)\b", re.I)
ARTICLES: list[dict[str, Any]] = [tomllib.loads(p.read_text(encoding="utf-8")) for p in sorted(FOLDER.glob("*.toml"))]


def _eval() -> ModuleType:
    spec = importlib.util.spec_from_file_location("claims_eval", ROOT / "benchmarks" / "claims_eval.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["claims_eval"] = module
    spec.loader.exec_module(module)
    return module


def test_corpus_size_and_splits() -> None:
    claims = [c for a in ARTICLES for c in a.get("claim", [])]
    assert len(ARTICLES) >= 40
    assert len(claims) >= 300
    assert sum(len(a.get("non_claim", [])) for a in ARTICLES) >= 30
    assert len({a["id"] for a in ARTICLES}) == len(ARTICLES)
    assert len({a["url"] for a in ARTICLES}) == len(ARTICLES)
    splits = Counter(a["split"] for a in ARTICLES)
    assert set(splits) == {"dev", "test"}
    assert 0.25 <= splits["test"] / len(ARTICLES) <= 0.4
    outlets = Counter(a["outlet"] for a in ARTICLES)
    # many outlets, none more than 1.5% of the articles (Politico Europe has 4 of 282 after round 9)
    assert len(outlets) >= 25 and max(outlets.values()) <= max(3, len(ARTICLES) * 0.015)
    years = {int(a["date"][:4]) for a in ARTICLES}
    assert min(years) >= 2014 and max(years) <= 2026 and len(years) >= 8


def test_split_rule() -> None:
    """sha256 of the URL, first hex digit 0-4 -> test (README); no article was moved by hand."""
    for a in ARTICLES:
        digit = hashlib.sha256(a["url"].encode()).hexdigest()[0]
        assert a["split"] == ("test" if digit in "01234" else "dev"), a["id"]


@pytest.mark.parametrize("article", ARTICLES, ids=[a["id"] for a in ARTICLES])
def test_article_is_well_formed(article: dict[str, Any]) -> None:
    path = FOLDER / f"{article['id']}.toml"
    assert path.is_file()
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", article["date"]) and article["id"].startswith(article["date"])
    assert article["url"].startswith(("http://", "https://"))
    text = article["text"]
    assert len(text) > 200
    for claim in article.get("claim", []):
        occ = claim.get("occurrence", 1)
        assert text.count(claim["span"]) >= occ, claim["span"]
        if "occurrence" not in claim:
            assert text.count(claim["span"]) == 1, f"ambiguous span, add occurrence: {claim['span']}"
        assert claim["kind"] in KINDS and claim["expected"] in VERDICTS and claim["truth"] in TRUTHS
        assert claim["countries"] and all(CODES.match(c) for c in claim["countries"]), claim["countries"]
        assert claim["note"]
        assert set(claim.get("class", [])) <= set(range(1, 10))
        if claim["truth"] == "false":
            assert claim["expected"] != "accurate", claim["span"]
    for non in article.get("non_claim", []):
        assert non["span"] in text and NUMBER.search(non["span"]) and non["why"]


def test_every_failure_class_in_both_splits() -> None:
    seen: dict[int, set[str]] = {k: set() for k in range(1, 10)}
    for a in ARTICLES:
        for c in a.get("claim", []):
            for k in c.get("class", []):
                seen[k].add(a["split"])
        if a.get("non_claim"):
            seen[9].add(a["split"])  # out-of-scope numbers are the non-claims
    assert all(v == {"dev", "test"} for v in seen.values()), seen


def test_every_verdict_in_both_splits_and_every_year() -> None:
    """The gaps of the first corpus stay filled: each verdict (different_measure, outdated...) occurs in both splits,
    every year 2014-2026 has an article, and the test split has wrong-measure (class 2) claims."""
    verdicts: dict[str, set[str]] = {v: set() for v in VERDICTS}
    class2_test = 0
    for a in ARTICLES:
        for c in a.get("claim", []):
            verdicts[c["expected"]].add(a["split"])
            class2_test += a["split"] == "test" and 2 in c.get("class", [])
            if c["expected"] == "different_measure":
                assert c["truth"] == "other_measure", c["span"]
    assert all(v == {"dev", "test"} for v in verdicts.values()), verdicts
    assert {int(a["date"][:4]) for a in ARTICLES} == set(range(2014, 2027))
    assert class2_test >= 10


def test_evaluator_loads_every_article() -> None:
    ev = _eval()
    arts = ev.load_articles()
    assert len(arts) == len(ARTICLES)
    for art in arts:
        for lab in art.claims:
            assert art.text[lab.start : lab.end] == lab.span


def test_scoring_on_a_hand_made_example() -> None:
    ev = _eval()
    text = "Poland (4.12%), Estonia (3.43%) led. Only 23 allies met 2%. NATO has 32 members."
    a = ev.Article("x", "2024-06-18", "dev", text)

    def lab(
        span: str, kind: str = "", expected: str = "", countries: tuple[str, ...] = (), classes: tuple[int, ...] = ()
    ) -> Any:
        start, end = ev.locate(text, span)
        return ev.Label("x", span, start, end, kind, expected, countries, None, classes)

    a.claims = [
        lab("Poland (4.12%)", "share_gdp", "accurate", ("POL",), (1,)),
        lab("Estonia (3.43%)", "share_gdp", "accurate", ("EST",), (1,)),
        lab("Only 23 allies met 2%", "count", "inaccurate", ("ALL",), (6,)),
    ]
    a.non_claims = [lab("32 members")]
    sentence1 = (0, text.index(" Only"))
    found = [
        ev.Found("x", *sentence1, "share_gdp", "accurate", ("EST",)),  # one result for the list sentence
        ev.Found("x", text.index("Only"), text.index(" NATO"), "count", "accurate", ("ALL",)),  # a false accurate
        ev.Found("x", text.index("NATO has"), len(text), "count", "unverifiable"),  # on a non-claim
    ]
    m = ev.score([a], {"x": found})
    assert m["labelled"] == 3 and m["results"] == 3 and m["matched"] == 2
    assert m["recall"] == round(2 / 3, 4) and m["precision"] == round(2 / 3, 4)
    assert m["accuracy_matched"] == 0.5 and m["accuracy_all"] == round(1 / 3, 4)
    assert m["false_accurate"] == 1 and m["details"]["false_accurate"][0]["span"] == "Only 23 allies met 2%"
    assert m["false_positives_non_claim"] == 1 and m["false_positives_other"] == 0
    # the false accurate is the one wrong definite verdict; a miss is not counted as misleading
    assert m["misleading"] == 1 and m["misleading_by_verdict"] == {"accurate": 1}
    assert m["misleading_share"] == round(1 / 3, 4)
    # the list sentence's single result goes to the label with the same country (Estonia); Poland is missed
    assert [d["span"] for d in m["details"]["missed"]] == ["Poland (4.12%)"]
    assert m["confusion"] == {"accurate": {"accurate": 1, "missed": 1}, "inaccurate": {"accurate": 1}}
    assert m["per_kind"]["share_gdp"] == {"labelled": 2, "matched": 1, "correct": 1, "accuracy_all": 0.5}
    assert m["per_class"] == {
        "1": {"labelled": 2, "matched": 1, "correct": 1, "recall": 0.5},
        "6": {"labelled": 1, "matched": 1, "correct": 0, "recall": 1.0},
    }
    # printed and --json reports withhold a test article's sentences, keeping its article, kind and verdicts
    shown = ev.withhold_test_text(m, {"x"})
    assert shown["details"]["false_accurate"] == [
        {"article": "x", "kind": "count", "found_kind": "count", "expected": "inaccurate", "predicted": "accurate"}
    ]
    assert all("span" not in d and "text" not in d for items in shown["details"].values() for d in items)
    assert shown["recall"] == m["recall"] and m["details"]["missed"][0]["span"] == "Poland (4.12%)"
    assert ev.withhold_test_text(m, set()) == m


def test_select_by_id_glob() -> None:
    """`--only` keeps the articles whose id matches a glob; no glob keeps them all."""
    ev = _eval()
    arts = [ev.Article(i, i[:10], "dev", "") for i in ("2018-07-11-npr-x", "2018-07-12-cbj-y", "2025-09-08-z")]
    assert [a.id for a in ev.select(arts, ["2018-*"])] == ["2018-07-11-npr-x", "2018-07-12-cbj-y"]
    assert [a.id for a in ev.select(arts, ["*-cbj-*", "2025-09-08-z"])] == ["2018-07-12-cbj-y", "2025-09-08-z"]
    assert ev.select(arts, ["2019-*"]) == []
    assert ev.select(arts, None) == arts
