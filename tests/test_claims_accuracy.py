"""Floors on the article corpus (benchmarks/claims_eval.py): the dev-split figures reached so far may not fall, and
no claim in either split may be called `accurate` when its label says otherwise. Tuning is on the dev split only;
the test split is asserted for false `accurate` alone."""

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
# all 0.91.
DEV_FLOORS = {"recall": 0.79, "precision": 0.93, "accuracy_matched": 0.92, "accuracy_all": 0.73}


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
    return {s: ev.score([a for a in articles if a.split == s], results) for s in ("dev", "test")}


@pytest.mark.parametrize("metric", sorted(DEV_FLOORS))
def test_dev_floor(report: dict[str, Any], metric: str) -> None:
    assert report["dev"][metric] >= DEV_FLOORS[metric], report["dev"][metric]


@pytest.mark.parametrize("split", ["dev", "test"])
def test_no_false_accurate(report: dict[str, Any], split: str) -> None:
    found = sorted((d["article"], d["span"]) for d in report[split]["details"]["false_accurate"])
    assert not found, found
