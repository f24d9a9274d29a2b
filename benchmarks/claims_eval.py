"""Evaluate the claim checker on the article corpus (tests/data/claims_articles/*.toml).

Each article is checked with `natospend.claims.check_text(ds, text, as_of=date)`. Results are matched to labelled
claims by character-span overlap; then extraction recall and precision, verdict accuracy (overall and per kind), false
`accurate` verdicts and an expected x predicted confusion matrix are reported for the dev split, the test split and
both. The test split is for reporting only: never tune the checker on it.

Matching: a labelled span is matched by a result whose [start, end) overlaps it. Each result matches at most one label
and each label at most one result; pairs are taken greedily, best first, by (same kind, a shared country, the same
value, overlap length, earlier result). Only `check_text` and the public fields of its results are used (`start`,
`end`, `kind`, `fields`, `verdict`, `explanation`); a `span` attribute with `start`/`end` is read first if present.

Figures are also given per failure class of the issue (the labels' `class`, 1-9): found, right and labelled.

Run: .venv/bin/python benchmarks/claims_eval.py [--split dev|test|all] [--only GLOB ...] [--json] [--verbose]
     .venv/bin/python benchmarks/claims_eval.py --write-reliability

`--write-reliability` writes the test split's figures to src/natospend/claims/reliability.toml, which the checker's
outputs quote to their readers ("how far to trust these verdicts"); tests/test_claims_accuracy.py fails when that
file no longer matches the checker, so rewrite it whenever a change moves a verdict.

`--only` keeps the articles whose id matches one of the globs (e.g. a new round's articles, scored alone).

The test split's sentences are withheld from what this prints (and from `--json`): its misses, wrong verdicts, false
positives and false `accurate` verdicts are given by article and kind only, so that reading the output cannot tune
the checker on it.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import time
import tomllib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS_DIR = ROOT / "tests" / "data" / "claims_articles"
VERDICTS = ("accurate", "inaccurate", "outdated", "different_measure", "unverifiable")
MISSED = "missed"


@dataclass(frozen=True)
class Label:
    """One labelled claim (or non-claim, with kind '' and expected '') located in the article text."""

    article: str
    span: str
    start: int
    end: int
    kind: str = ""
    expected: str = ""
    countries: tuple[str, ...] = ()
    value: float | None = None
    classes: tuple[int, ...] = ()  # the failure classes (README), 1-9


@dataclass
class Article:
    id: str
    date: str
    split: str
    text: str
    claims: list[Label] = field(default_factory=list)
    non_claims: list[Label] = field(default_factory=list)
    raw: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Found:
    """What the evaluator reads from one checker result."""

    article: str
    start: int
    end: int
    kind: str
    verdict: str
    countries: tuple[str, ...] = ()
    value: float | None = None
    text: str = ""


def locate(text: str, span: str, occurrence: int = 1) -> tuple[int, int]:
    """[start, end) of the n-th occurrence of span in text; ValueError if absent."""
    pos = -1
    for _ in range(occurrence):
        pos = text.find(span, pos + 1)
        if pos < 0:
            raise ValueError(f"span not found (occurrence {occurrence}): {span!r}")
    return pos, pos + len(span)


def _cleaner() -> Callable[[str], str]:
    try:
        from natospend.claims import clean_text  # the text the checker's offsets refer to
    except ImportError:  # pragma: no cover - a rewrite may drop it
        return lambda s: s
    return clean_text


def load_articles(folder: Path = CORPUS_DIR, clean: Callable[[str], str] | None = None) -> list[Article]:
    """Every article of the corpus, with each labelled span located in the text the checker sees."""
    clean = clean or (lambda s: s)
    articles = []
    for path in sorted(folder.glob("*.toml")):
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        text = raw["text"]
        seen = clean(text)
        art = Article(raw["id"], raw["date"], raw["split"], text, raw=raw)
        for key, target in (("claim", art.claims), ("non_claim", art.non_claims)):
            for entry in raw.get(key, []):
                occ = int(entry.get("occurrence", 1))
                try:
                    start, end = locate(seen, entry["span"], occ)
                except ValueError:
                    start, end = locate(text, entry["span"], occ)
                value = entry.get("value")
                target.append(
                    Label(
                        art.id,
                        entry["span"],
                        start,
                        end,
                        entry.get("kind", ""),
                        entry.get("expected", ""),
                        tuple(entry.get("countries", [])),
                        float(value) if isinstance(value, int | float) else None,
                        tuple(int(c) for c in entry.get("class", [])),
                    )
                )
        articles.append(art)
    return articles


def select(articles: Sequence[Article], patterns: Sequence[str] | None) -> list[Article]:
    """The articles whose id matches one of the glob patterns (all of them when there are none)."""
    if not patterns:
        return list(articles)
    return [a for a in articles if any(fnmatch.fnmatchcase(a.id, p) for p in patterns)]


def _as_found(article: str, result: Any) -> Found:
    span = getattr(result, "span", None)
    start = getattr(span, "start", None) if span is not None else None
    end = getattr(span, "end", None) if span is not None else None
    if not isinstance(start, int) or not isinstance(end, int):
        start, end = int(result.start), int(result.end)
    fields = getattr(result, "fields", None) or {}
    countries = fields.get("countries") or []
    if isinstance(countries, str):
        countries = [countries]
    value = fields.get("value")
    return Found(
        article,
        start,
        end,
        str(getattr(result, "kind", "")),
        str(getattr(result, "verdict", "")),
        tuple(str(c) for c in countries),
        float(value) if isinstance(value, int | float) else None,
        str(getattr(result, "text", "")),
    )


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def match(labels: Sequence[Label], found: Sequence[Found]) -> dict[int, int]:
    """Greedy one-to-one matching by span overlap: label index -> result index."""
    pairs = []
    for li, lab in enumerate(labels):
        for ri, res in enumerate(found):
            ov = overlap(lab.start, lab.end, res.start, res.end)
            if ov <= 0:
                continue
            score = (
                res.kind == lab.kind,
                bool(set(lab.countries) & set(res.countries)),
                lab.value is not None and res.value is not None and abs(lab.value - res.value) < 1e-9,
                ov,
                -ri,
            )
            pairs.append((score, li, ri))
    pairs.sort(reverse=True)
    out: dict[int, int] = {}
    used: set[int] = set()
    for _, li, ri in pairs:
        if li not in out and ri not in used:
            out[li] = ri
            used.add(ri)
    return out


def _ratio(n: int, d: int) -> float | None:
    return round(n / d, 4) if d else None


def score(articles: Iterable[Article], results: dict[str, list[Found]]) -> dict[str, Any]:
    """All metrics for a set of articles, given each article's results."""
    n_labels = n_found = n_matched = n_found_on_label = 0
    correct = 0
    confusion: dict[str, Counter[str]] = defaultdict(Counter)
    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # labelled, matched, correct
    per_class: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])  # the same, by failure class
    false_accurate: list[dict[str, Any]] = []
    # a wrong definite verdict misleads a reader; a wrong abstention (or a miss) only fails to help
    misleading: Counter[str] = Counter()
    missed: list[dict[str, Any]] = []
    wrong: list[dict[str, Any]] = []
    fp_non_claim: list[dict[str, Any]] = []
    fp_other: list[dict[str, Any]] = []
    for art in articles:
        found = results.get(art.id, [])
        n_labels += len(art.claims)
        n_found += len(found)
        pairing = match(art.claims, found)
        for res in found:
            if any(overlap(lab.start, lab.end, res.start, res.end) for lab in art.claims):
                n_found_on_label += 1
            elif any(overlap(n.start, n.end, res.start, res.end) for n in art.non_claims):
                fp_non_claim.append({"article": art.id, "kind": res.kind, "verdict": res.verdict, "text": res.text})
            else:
                fp_other.append({"article": art.id, "kind": res.kind, "verdict": res.verdict, "text": res.text})
        for li, lab in enumerate(art.claims):
            per_kind[lab.kind][0] += 1
            for c in lab.classes:
                per_class[c][0] += 1
            if li not in pairing:
                confusion[lab.expected][MISSED] += 1
                missed.append({"article": art.id, "kind": lab.kind, "expected": lab.expected, "span": lab.span})
                continue
            res = found[pairing[li]]
            n_matched += 1
            per_kind[lab.kind][1] += 1
            for c in lab.classes:
                per_class[c][1] += 1
            confusion[lab.expected][res.verdict] += 1
            if res.verdict == lab.expected:
                correct += 1
                per_kind[lab.kind][2] += 1
                for c in lab.classes:
                    per_class[c][2] += 1
            else:
                item = {
                    "article": art.id,
                    "kind": lab.kind,
                    "found_kind": res.kind,
                    "expected": lab.expected,
                    "predicted": res.verdict,
                    "span": lab.span,
                }
                wrong.append(item)
                if res.verdict == "accurate":
                    false_accurate.append(item)
                if res.verdict != "unverifiable":
                    misleading[res.verdict] += 1
    return {
        "labelled": n_labels,
        "results": n_found,
        "matched": n_matched,
        "recall": _ratio(n_matched, n_labels),
        "precision": _ratio(n_found_on_label, n_found),
        "accuracy_matched": _ratio(correct, n_matched),
        "accuracy_all": _ratio(correct, n_labels),
        "false_accurate": len(false_accurate),
        "accurate_given": sum(row.get("accurate", 0) for row in confusion.values()),
        "correct": correct,
        "misleading": sum(misleading.values()),
        "misleading_by_verdict": dict(sorted(misleading.items())),
        "misleading_share": _ratio(sum(misleading.values()), n_labels),
        "false_positives_non_claim": len(fp_non_claim),
        "false_positives_other": len(fp_other),
        "per_kind": {
            k: {"labelled": v[0], "matched": v[1], "correct": v[2], "accuracy_all": _ratio(v[2], v[0])}
            for k, v in sorted(per_kind.items())
        },
        "per_class": {
            str(k): {"labelled": v[0], "matched": v[1], "correct": v[2], "recall": _ratio(v[1], v[0])}
            for k, v in sorted(per_class.items())
        },
        "confusion": {e: dict(sorted(c.items())) for e, c in sorted(confusion.items())},
        "details": {
            "false_accurate": false_accurate,
            "missed": missed,
            "wrong": wrong,
            "fp_non_claim": fp_non_claim,
            "fp_other": fp_other,
        },
    }


def run_checker(articles: Sequence[Article]) -> dict[str, list[Found]]:
    import natospend
    from natospend.claims import check_text

    ds = natospend.load()
    return {a.id: [_as_found(a.id, r) for r in check_text(ds, a.text, as_of=a.date)] for a in articles}


def _print(name: str, m: dict[str, Any], verbose: bool) -> None:
    print(f"== {name}: {m['labelled']} labelled claims, {m['results']} results, {m['matched']} matched")
    print(f"   extraction recall {m['recall']}  precision {m['precision']}")
    print(f"   verdict accuracy: matched {m['accuracy_matched']}  all labelled {m['accuracy_all']}")
    print(
        f"   false accurate {m['false_accurate']}  false positives: on non-claims {m['false_positives_non_claim']},"
        f" elsewhere {m['false_positives_other']}"
    )
    print(
        f"   misleading (a wrong verdict other than unverifiable) {m['misleading']} = {m['misleading_share']} of"
        " labelled: " + ", ".join(f"{v} {n}" for v, n in m["misleading_by_verdict"].items())
    )
    print(
        "   per kind (correct/labelled): "
        + ", ".join(f"{k} {v['correct']}/{v['labelled']}" for k, v in m["per_kind"].items())
    )
    print(
        "   per failure class (found/correct/labelled): "
        + ", ".join(f"{k} {v['matched']}/{v['correct']}/{v['labelled']}" for k, v in m["per_class"].items())
    )
    cols = [*VERDICTS, MISSED]
    print("   confusion (rows expected, columns predicted): " + " ".join(c[:6] for c in cols))
    for exp, row in m["confusion"].items():
        print(f"     {exp:18s} " + " ".join(f"{row.get(c, 0):6d}" for c in cols))
    for item in m["details"]["false_accurate"]:
        print(
            f"   FALSE ACCURATE {item['article']} [{item['kind']}]: {item.get('span', _WITHHELD)!r}"
            f" (expected {item['expected']})"
        )
    if verbose:
        for item in m["details"]["missed"]:
            print(f"   missed  {item['article']} [{item['kind']}] {item.get('span', _WITHHELD)!r}")
        for item in m["details"]["wrong"]:
            print(
                f"   wrong   {item['article']} [{item['kind']}] {item['expected']} -> {item['predicted']}:"
                f" {item.get('span', _WITHHELD)!r}"
            )
        for item in m["details"]["fp_non_claim"]:
            print(
                f"   fp(non) {item['article']} [{item['kind']} {item['verdict']}] {item.get('text', _WITHHELD)[:100]!r}"
            )


_TEXT_KEYS = ("span", "text", "explanation")
_WITHHELD = "(test split: sentence withheld)"


def withhold_test_text(m: dict[str, Any], test_ids: set[str]) -> dict[str, Any]:
    """The report with the sentences of test articles dropped from its details (article, kind and verdicts stay)."""
    details = {
        name: [
            {k: v for k, v in item.items() if k not in _TEXT_KEYS} if item["article"] in test_ids else item
            for item in items
        ]
        for name, items in m["details"].items()
    }
    return {**m, "details": details}


RELIABILITY_FILE = ROOT / "src" / "natospend" / "claims" / "reliability.toml"
RELIABILITY_KEYS = ("articles", "labelled", "matched", "correct", "accurate_given", "false_accurate", "misleading")


def reliability_figures(articles: Sequence[Article], m: dict[str, Any]) -> dict[str, int]:
    """The test-split counts the checker's outputs quote (natospend.claims.reliability)."""
    return {"articles": len(articles), **{k: int(m[k]) for k in RELIABILITY_KEYS[1:]}}


def write_reliability(figures: dict[str, int], measured: str, path: Path = RELIABILITY_FILE) -> None:
    lines = [
        "# The claim checker measured on the test split of tests/data/claims_articles (never tuned on).",
        "# Written by `benchmarks/claims_eval.py --write-reliability`; tests/test_claims_accuracy.py checks it.",
        f'measured = "{measured}"',
        *(f"{k} = {figures[k]}" for k in RELIABILITY_KEYS),
    ]
    tmp = path.with_suffix(".tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tmp.replace(path)  # never leave a half-written file


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test", "all"), default="all")
    parser.add_argument("--only", action="append", metavar="GLOB", help="only articles whose id matches (repeatable)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--verbose", action="store_true", help="list misses, wrong verdicts and false positives")
    parser.add_argument(
        "--write-reliability", action="store_true", help=f"write the test split's figures to {RELIABILITY_FILE.name}"
    )
    args = parser.parse_args(argv)
    if args.write_reliability and (args.only or args.split != "all"):
        parser.error("--write-reliability measures the whole test split: give no --only or --split")
    t0 = time.perf_counter()
    articles = select(load_articles(clean=_cleaner()), args.only)
    if not articles:
        parser.error(f"--only {' '.join(args.only)}: no article id matches")
    results = run_checker(articles)
    splits = ("dev", "test", "all") if args.split == "all" else (args.split,)
    test_ids = {a.id for a in articles if a.split == "test"}
    report = {
        s: withhold_test_text(score([a for a in articles if s == "all" or a.split == s], results), test_ids)
        for s in splits
    }
    if args.write_reliability:
        test = [a for a in articles if a.split == "test"]
        write_reliability(reliability_figures(test, report["test"]), time.strftime("%Y-%m-%d"))
        print(f"wrote {RELIABILITY_FILE.relative_to(ROOT)}")
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
        return
    for s in splits:
        _print(s, report[s], args.verbose)
    print(f"({len(articles)} articles, {time.perf_counter() - t0:.1f} s)")


if __name__ == "__main__":
    main()
