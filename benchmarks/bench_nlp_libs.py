"""The libraries issue 10 names, measured against natospend's hand code: spaCy (a blank English pipeline, no model),
number-parser (numbers in words) and dateparser (relative dates). None of them is a dependency (see "Libraries
measured" in docs/claims.md); install them by hand to run this (`pip install spacy==3.8.16 number-parser==0.3.2
dateparser==1.5.0`); a library that is not installed is skipped.

1. Start-up: each import in a fresh interpreter, alternating with `python -c "import pandas"` (the baseline of
   bench_startup.py), as a ratio to it; then the CLI's `check` as bench_startup.py runs it, alone and with the
   library loaded first (as an eager import would), against the check's budget of 0.8.
2. spaCy: a mention finder built on spaCy's tokenizer with PhraseMatcher (the register's names and aliases, capitals,
   people, "the NATO average") and Matcher (groups, "NATO members"), keeping the hand code's overlap rule and its
   capital filters, against claims.mentions.find_mentions: agreement on the dev sentences, time on the 1,000-word
   article of bench_claims.py, and the dev and test figures of claims_eval.py with it swapped in (test: aggregates
   only, as the corpus rules require).
3. number-parser against lexicon.word_to_int on the number words of the dev articles and on phrases of our own
   wording with the values English gives them.
4. dateparser against the relative years of claims/vocab.toml, as a parser of a phrase and as a finder of dates in
   dev sentences (search_dates).
Run: .venv/bin/python benchmarks/bench_nlp_libs.py [runs]   (default 7 start-up runs per command; 0 skips them)
"""

from __future__ import annotations

import importlib
import itertools
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_claims import article
from bench_startup import BASELINE, COMMANDS, timed
from claims_eval import Article, load_articles, run_checker, score

import natospend
from natospend.claims import check_text, parse
from natospend.claims import lexicon as L
from natospend.claims import mentions as M
from natospend.claims.frame import ALL_ALLIES, Mention
from natospend.claims.metonymy import actor_after_regex, capitals, name_after_regex, place_before_regex
from natospend.claims.text import clean_text, split_sentences
from natospend.claims.vocab import vocab

PY = sys.executable
CHECK_BUDGET = 0.8
Finder = Callable[[str], list[Mention]]


def _installed(name: str) -> bool:
    try:
        importlib.import_module(name)
    except ImportError:
        return False
    return True


# ------------------------------------------------------------------------------------------------ 1. start-up
def startup(runs: int) -> None:
    check_label, check_cmd, _ = COMMANDS[-1]
    libs = [
        ("spacy", "import spacy", False),
        ("spacy", "import spacy; spacy.blank('en')", True),
        ("number_parser", "import number_parser; number_parser.parse_number('twenty-three')", True),
        ("dateparser", "import dateparser", False),
        ("dateparser", "import dateparser; dateparser.parse('last year')", True),
    ]
    cli = "import sys; from natospend.interfaces.cli import main; sys.argv[0] = 'natospend'; sys.exit(main())"
    probes: list[tuple[str, list[str]]] = [("python -c pass", [PY, "-c", "pass"]), ("check", check_cmd)]
    for module, code, with_check in libs:
        if _installed(module):
            probes.append((code, [PY, "-c", code]))
            if with_check:  # the same check with the library loaded first, as an eager import would
                probes.append((f"check after `{code}`", [PY, "-c", f"{code}; {cli}", *check_cmd[1:]]))
    for _, cmd in probes:  # warm the page cache and the .pyc files, untimed
        timed(cmd)
    timed(BASELINE)
    print(f"== 1. start-up, fresh interpreter, median of {runs}, alternating with `python -c 'import pandas'`")
    print(f"   check = {check_label}; its budget is {CHECK_BUDGET} of pandas (bench_startup.py)")
    print(f"{'command':80} {'median s':>9} {'pandas s':>9} {'ratio':>6} {'cpu ratio':>10}")
    ratios: dict[str, tuple[float, float]] = {}
    for label, cmd in probes:
        own, base = [], []
        for _ in range(runs):
            base.append(timed(BASELINE))
            own.append(timed(cmd))
        wall_own, wall_base = (statistics.median(t[0] for t in x) for x in (own, base))
        cpu_own, cpu_base = (statistics.median(t[1] for t in x) for x in (own, base))
        ratios[label] = (wall_own / wall_base, cpu_own / cpu_base)
        verdict = ""
        if label.startswith("check"):
            verdict = "ok" if ratios[label][0] <= CHECK_BUDGET else "OVER BUDGET"
        print(
            f"{label[:80]:80} {wall_own:9.3f} {wall_base:9.3f} {ratios[label][0]:6.2f} {ratios[label][1]:10.2f}"
            f"  {verdict}"
        )
    plain = ratios["check"]
    for label, (wall, cpu) in ratios.items():
        if label.startswith("check after"):
            print(f"   {label[6:]} adds {wall - plain[0]:+.2f} (wall) / {cpu - plain[1]:+.2f} (cpu) of pandas to check")


# ------------------------------------------------------------------------------------------------ 2. spaCy
def _phrases(*slots: Iterable[str]) -> list[str]:
    """Every phrase a sequence of slots spells, a slot being its alternatives ('' = the slot may be empty)."""
    return [" ".join(p for p in parts if p) for parts in itertools.product(*slots)]


_NOUNS = ["allies", "members", "member states", "member countries", "countries", "nations", "states"]
_SPENDING = ["spending", "expenditure", "budget", "budgets", "outlays"]
_NUMBERS = ["", *map(str, range(1, 41))]


def _group_phrases() -> list[tuple[str, str, list[str]]]:
    """lexicon.GROUP_PATTERNS as phrases: (target, label, phrases); matched in any case, like the regexes."""
    by_label = {target: label for _, label, target in L.GROUP_PATTERNS}
    nato_s = ["NATO", "NATO's", "NATOs"]
    groups = {
        L.EUROPE_CANADA: _phrases(["", "NATO"], ["Europe", "European"], ["", "NATO"], ["", *_NOUNS],
                                  ["together with", "along with", "plus", "and", "&"], ["Canada"])
        + _phrases(["Canada and"], ["", "the"], ["", *nato_s], ["European"], ["", "NATO"],
                   ["allies", "members", "member states", "countries"])
        + _phrases(["the rest of"], ["NATO", "the alliance"])
        + _phrases(["", "all"], ["", "NATO", "alliance"], ["allies", "members", "member states"], ["other than the"],
                   ["US", "U.S.", "United States"])
        + _phrases(["non-US", "non-U.S.", "non-American"], ["", "NATO"], ["allies", "members"]),
        "baltic": [*_phrases(["", "the"], ["", "three"], ["Baltic"], ["states", "countries", "nations", "allies",
                                                                     "republics"]), "the Baltics"],
        "nordic": _phrases(["", "the"], ["Nordic"], ["states", "countries", "nations", "allies"]),
        "eu": _phrases(["", *nato_s], ["EU"], ["allies", "members", "member states", "countries", "nations",
                                              "states"])
        + _phrases(["European Union"], ["countries", "members", "member states", "nations", "states"])
        + _phrases(["EU-NATO"], _NUMBERS),
        "europe": _phrases(["European"], ["", "NATO"], ["allies", "members", "member states", "member countries",
                                                          "states", "countries", "nations"])
        + _phrases(nato_s, ["European"], ["allies", "members", "member states"]),
        L.NATO_TOTAL: _phrases(["NATO"], ["as a whole", "overall", "in total", "combined", "collectively", "total"])
        + _phrases(["total", "combined", "overall", "aggregate"], ["NATO", "alliance", "allied"],
                   ["", "defence", "defense", "military"], _SPENDING)
        + _phrases(["alliance-wide", "NATO-wide"], ["", "defence", "defense", "military"], _SPENDING)
        + ["the alliance as a whole"]
        + _phrases(["all"], _NUMBERS, ["", "NATO"], ["allies", "members"], ["combined", "together"]),
    }  # fmt: skip
    return [(target, by_label[target], phrases) for target, phrases in groups.items()]


class SpacyMentions:
    """find_mentions on spaCy: the same inputs (the register, vocab.toml), the same overlap rule and capital filters;
    only the matching of names and groups moves from regular expressions to spaCy's tokenizer and matchers."""

    def __init__(self) -> None:
        spacy = importlib.import_module("spacy")
        matcher = importlib.import_module("spacy.matcher")
        self.nlp = spacy.blank("en")
        # The one tokenizer rule the dev articles ask for: an emoji's variation selector (U+FE0F, in "▪️Germany's")
        # is not a prefix by default, so the name after it is glued to it and missed.
        prefixes = [*self.nlp.Defaults.prefixes, "\ufe0f"]
        self.nlp.tokenizer.prefix_search = importlib.import_module("spacy.util").compile_prefix_regex(prefixes).search
        vocab_ = self.nlp.vocab
        make = self.nlp.make_doc
        self.exact = matcher.PhraseMatcher(vocab_, attr="ORTH")  # names as printed: "US" is not "us"
        by_code: dict[str, list[str]] = {}
        for label, code in L.country_lookup().items():
            by_code.setdefault(code, []).append(label)
        for code, labels in by_code.items():
            self.exact.add(f"country|{code}", [make(x) for x in labels])
        for capital, code in capitals().items():
            self.exact.add(f"capital|{code}", [make(capital)])
        for person, code in L.person_countries().items():
            self.exact.add(f"person|{code}", [make(person)])
        # Groups and "the NATO average" are literal phrases in any case: one PhraseMatcher on LOWER (a Matcher with
        # a pattern per phrase was 20 times slower); lookaheads and the optional words of "NATO members" need a
        # Matcher, with a few patterns.
        self.any_case = matcher.PhraseMatcher(vocab_, attr="LOWER")
        self.labels: dict[str, str] = {}
        for target, label, phrases in _group_phrases():
            self.labels[target] = label
            self.any_case.add(f"group|{target}", [make(p) for p in phrases])
        averages = [a.replace("'", q) for a in vocab()["averages"]["aggregate"] for q in ("'", "’")]
        self.any_case.add("average|", [make(a) for a in averages])
        self.tokens = matcher.Matcher(vocab_)
        spent = {"LOWER": {"IN": ["spent", "spends", "spending"]}}
        self.tokens.add("ahead|europe", [[{"LOWER": "nato", "OP": "?"}, {"LOWER": "europe"}, spent]])
        self.tokens.add(
            "ahead|" + L.NATO_TOTAL,
            [[{"LOWER": "nato"}, {"LOWER": "allies"}, {"IS_PUNCT": False, "OP": "{0,6}"}, {"LOWER": "on"},
              {"LOWER": "average"}]],
        )  # fmt: skip
        # claims.mentions._ALL_ALLIES_RE, case-sensitive as it is
        nato = {"ORTH": {"IN": ["NATO", "Nato"]}}
        poss = {"ORTH": {"IN": ["'s", "’s"]}}
        member = {"ORTH": "member"}
        det: list[dict[str, Any]] = [{"ORTH": {"IN": ["all", "every", "the"]}, "OP": "?"}]
        words: list[list[dict[str, Any]]] = [[], [{"IS_LOWER": True}], [{"IS_DIGIT": True, "LENGTH": {"<=": 2}}],
                                             [{"IS_LOWER": True}, {"ORTH": "-"}, {"IS_LOWER": True}]]  # fmt: skip
        head: list[dict[str, Any]] = [{**nato, "OP": "?"}, {**poss, "OP": "?"}]
        nouns: list[list[dict[str, Any]]] = [
            [{"ORTH": {"IN": ["allies", "ally", "members"]}}],
            [{"ORTH": {"IN": ["member", "alliance"]}}, {"ORTH": {"IN": ["states", "countries", "nations", "members"]}}],
        ]
        allies = [[*det, *w, *head, *n] for w in words for n in nouns]
        allies += [
            [nato, poss, {"ORTH": {"IN": ["members", "allies"]}}],
            [{"ORTH": "the"}, {"ORTH": "alliance"}, poss, {"ORTH": {"IN": ["members", "allies"]}}],
            [{"ORTH": "the"}, {"ORTH": "alliance"}, poss, member, {"ORTH": "states"}],
            [nato, {"ORTH": {"IN": ["countries", "nations", "states"]}}],
            [{"ORTH": {"IN": ["each", "every"]}}, {"ORTH": "NATO", "OP": "?"}, {"ORTH": {"IN": ["member", "ally"]}},
             {"ORTH": {"IN": ["state", "country"]}, "OP": "?"}],
        ]  # fmt: skip
        self.tokens.add("allies|", allies)

    def __call__(self, sentence: str) -> list[Mention]:
        doc = self.nlp.make_doc(sentence)
        strings = self.nlp.vocab.strings
        found: list[Mention] = []
        people: list[Mention] = []
        for key, a, b in [*self.exact(doc), *self.any_case(doc), *self.tokens(doc)]:
            kind, _, code = strings[key].partition("|")
            span = doc[a:b]
            start, end, text = span.start_char, span.end_char, span.text
            if kind == "country":
                if b < len(doc) and doc[b].text in ("'s", "’s", "'") and doc[b].idx == end:
                    end = doc[b].idx + len(doc[b].text)  # the regex's span includes the possessive
                found.append(Mention(start, end, code, None, text))
            elif kind == "capital":
                tail = sentence[end : end + 25]
                if place_before_regex().search(sentence[max(0, start - 20) : start]):
                    continue
                if name_after_regex().match(tail) or not actor_after_regex().match(tail):
                    continue
                found.append(Mention(start, end, code, None, text))
            elif kind == "person":
                people.append(Mention(start, end, code, None, text, weak=True))
            elif kind in ("group", "ahead"):
                if kind == "ahead":  # keep the words before the lookahead
                    span = doc[a : a + 2] if code == L.NATO_TOTAL else doc[a : b - 1]
                    start, end, text = span.start_char, span.end_char, span.text
                aggregate = code in (L.EUROPE_CANADA, L.NATO_TOTAL)
                found.append(Mention(start, end, code if aggregate else None, None if aggregate else code,
                                     self.labels[code]))  # fmt: skip
            elif kind == "average":
                found.append(Mention(start, end, L.NATO_TOTAL, None, text))
            else:
                found.append(Mention(start, end, ALL_ALLIES, None, text))
        chosen: list[Mention] = []
        for mention in sorted(found, key=lambda x: (x.code == ALL_ALLIES, -(x.end - x.start), x.start)):
            if all(mention.end <= c.start or mention.start >= c.end for c in chosen):
                chosen.append(mention)
        if not any(c.code not in (None, ALL_ALLIES) or c.group_key for c in chosen):
            chosen += people
        return sorted(chosen, key=lambda x: x.start)


def _use(find: Finder) -> None:
    """Swap the mention finder in where parse.py calls it (the whole checker then runs on it)."""
    parse.find_mentions = find  # type: ignore[assignment]


def _key(m: Mention) -> tuple[int, int, str | None, str | None]:
    return m.start, m.end, m.code, m.group_key


def _eval(articles: list[Article]) -> dict[str, dict[str, Any]]:
    results = run_checker(articles)
    keep = ("recall", "precision", "accuracy_matched", "accuracy_all", "false_accurate")
    out = {}
    for split in ("dev", "test"):
        m = score([a for a in articles if a.split == split], results)
        out[split] = {k: m[k] for k in keep}  # test: aggregates only
    return out


def spacy_experiment(dev_sentences: list[str], articles: list[Article], bench_sentences: list[str]) -> None:
    print("\n== 2. spaCy 3.8 blank('en') + PhraseMatcher/Matcher mentions vs claims.mentions.find_mentions")
    t0 = time.perf_counter()
    finder = SpacyMentions()
    print(f"   build (tokenizer + matchers over {len(L.country_lookup())} names, {len(capitals())} capitals, groups):"
          f" {(time.perf_counter() - t0) * 1000:.0f} ms (after `import spacy`)")  # fmt: skip
    agree = 0
    only: Counter[str] = Counter()
    shown = 0
    for s in dev_sentences:
        own, lib = {_key(m): m for m in M.find_mentions(s)}, {_key(m): m for m in finder(s)}
        if own.keys() == lib.keys():
            agree += 1
            continue
        for k in own.keys() ^ lib.keys():
            who = "hand only" if k in own else "spaCy only"
            only[who] += 1
            if shown < 25:
                shown += 1
                print(f"   {who:10s} {s[max(0, k[0] - 30) : k[1] + 20]!r} -> {k[2] or k[3]}")
    print(f"   dev sentences with the same mentions: {agree} of {len(dev_sentences)}; differing mentions: {dict(only)}")
    bench = article()
    ds = natospend.load()
    check_text(ds, bench, "2025-06-05")  # start-up: the index is built once, as in bench_claims.py
    original = parse.find_mentions
    finders: dict[str, Finder] = {"hand": original, "spaCy": finder}
    timings: dict[tuple[str, str], list[float]] = {}
    for _ in range(9):  # the two finders alternate, so that a busy machine slows both alike
        for name, find in finders.items():
            _use(find)
            for what, run in (
                ("mentions alone", lambda f=find: [f(s) for s in bench_sentences]),
                ("extract", lambda: parse.extract(bench)),
                ("check", lambda: check_text(ds, bench, "2025-06-05")),
            ):
                t = time.perf_counter()
                run()
                timings.setdefault((name, what), []).append((time.perf_counter() - t) * 1000)
    for name, find in finders.items():
        _use(find)
        figures = _eval(articles)
        print(
            f"   {name:6s} 1,000-word article ({len(bench_sentences)} sentences), medians of 9: "
            + ", ".join(f"{what} {statistics.median(timings[name, what]):5.1f} ms" for what in
                        ("mentions alone", "extract", "check"))
            + " (check budget 50 ms)"
        )  # fmt: skip
        print(f"   {'':6s} claims_eval dev {figures['dev']}")
        print(f"   {'':6s} claims_eval test (aggregates) {figures['test']}")
    _use(original)


# ------------------------------------------------------------------------------------------------ 3. number words
#: Phrases of our own wording with the value English gives them (None: not a number, or not one value).
NUMBER_PHRASES: list[tuple[str, float | None]] = [
    ("twenty-three", 23), ("twenty three", 23), ("thirty-two", 32), ("nine", 9), ("five", 5), ("eleven", 11),
    ("nineteen", 19), ("a third", 1 / 3), ("one-third", 1 / 3), ("two thirds", 2 / 3), ("two-thirds", 2 / 3),
    ("a quarter", 0.25), ("three-quarters", 0.75), ("a fifth", 0.2), ("one-fifth", 0.2), ("half", 0.5),
    ("two per cent", 2), ("nine of the 31", 9), ("once", None), ("first", None), ("third", None),
    ("one hundred", 100), ("two and a half", 2.5),
]  # fmt: skip
_NUMBER_WORD_RUN = re.compile(
    r"\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|half|"
    r"third|thirds|quarter|quarters|fifth|fifths)(?:[-\s]+|\b))+",
    re.I,
)


def _fraction(text: str) -> float | None:
    return L.FRACTIONS.get(text.lower())


def numbers(dev_texts: list[str]) -> None:
    print("\n== 3. number-parser 0.3.2 vs lexicon.word_to_int (+ vocab fractions)")
    np_ = importlib.import_module("number_parser")

    def hand(text: str) -> float | None:
        head = text.split(" per cent")[0].split(" of the ")[0]
        value = L.word_to_int(head)
        return float(value) if value is not None else _fraction(head)

    def lib(text: str) -> float | None:
        value = np_.parse_number(text, language="en")
        return float(value) if value is not None else None

    for name, read in (("hand", hand), ("number-parser", lib)):
        right = sum(1 for text, want in NUMBER_PHRASES if _same(read(text), want))
        wrong = [f"{text!r}->{read(text)}" for text, want in NUMBER_PHRASES if not _same(read(text), want)]
        print(f"   {name:14s} right {right} of {len(NUMBER_PHRASES)}; wrong: {', '.join(wrong) or 'none'}")
    print("   number-parser's parse() of whole phrases: "
          + "; ".join(f"{t!r}->{np_.parse(t, language='en')!r}" for t in ("a third", "one-fifth", "nine of the 31",
                                                                            "two-thirds", "two per cent")))  # fmt: skip
    runs = Counter(
        m.group().strip().strip("-").strip().lower() for t in dev_texts for m in _NUMBER_WORD_RUN.finditer(t)
    )
    runs = Counter({k: v for k, v in runs.items() if k not in ("a", "one", "half")})
    print("   most frequent: " + ", ".join(f"{k!r} {n}x" for k, n in runs.most_common(12)))
    print(f"   without language='en', parse_number('once') = {np_.parse_number('once')} (read as Spanish)")
    differ = {k: (hand(k), lib(k)) for k in runs if not _same(hand(k), lib(k))}
    print(f"   dev articles: {sum(runs.values())} number-word runs ({len(runs)} distinct, bare 'a'/'one'/'half' left"
          f" out); the two readers differ on {len(differ)}:")  # fmt: skip
    for k, (h, n) in sorted(differ.items(), key=lambda kv: -runs[kv[0]])[:20]:
        print(f"     {runs[k]:3d}x {k!r}: hand {h}, number-parser {n}")
    t = time.perf_counter()
    for _ in range(100):
        for text, _want in NUMBER_PHRASES:
            lib(text)
    per = (time.perf_counter() - t) * 1e6 / (100 * len(NUMBER_PHRASES))
    t = time.perf_counter()
    for _ in range(100):
        for text, _want in NUMBER_PHRASES:
            hand(text)
    own = (time.perf_counter() - t) * 1e6 / (100 * len(NUMBER_PHRASES))
    print(f"   per phrase: hand {own:.1f} us, number-parser {per:.1f} us")


def _same(a: float | None, b: float | None) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and abs(a - b) < 1e-3)


# ------------------------------------------------------------------------------------------------ 4. relative dates
#: Phrases of our own wording -> the year English gives them against an as-of date of 2024-07-01 (None: not a year
#: of its own: "the following year" counts from a year the text names, "within a decade" is a span).
AS_OF = date(2024, 7, 1)
DATE_PHRASES: list[tuple[str, int | None]] = [
    ("last year", 2023), ("last year's", 2023), ("next year", 2025), ("this year", 2024), ("a year ago", 2023),
    ("two years ago", 2022), ("past year", 2023), ("the coming year", 2025), ("the current year", 2024),
    ("so far this year", 2024), ("this fiscal year", 2024), ("by the end of the decade", 2030),
    ("by the end of this decade", 2030), ("next decade", None), ("in two years", 2026), ("a decade ago", 2014),
    ("the following year", None), ("the previous year", None), ("within a decade", None), ("2025-26", None),
]  # fmt: skip


def _hand_year(text: str) -> int | None:
    low = text.lower()
    m = L.RELATIVE_YEAR_RE.fullmatch(low)
    if m and m.group(1).lower() not in M._ANAPHORIC_YEARS:
        return AS_OF.year + L.RELATIVE_YEARS[m.group(1).lower()]
    return L.DEADLINE_PHRASES.get(low)


def dates(dev_sentences: list[str]) -> None:
    print("\n== 4. dateparser vs claims' relative years (vocab.toml [years]), as of 2024-07-01")
    dp = importlib.import_module("dateparser")
    search = importlib.import_module("dateparser.search")
    settings = {"RELATIVE_BASE": datetime(AS_OF.year, AS_OF.month, AS_OF.day)}

    def lib(text: str) -> int | None:
        when = dp.parse(text, languages=["en"], settings=settings)
        return when.year if when else None

    t = time.perf_counter()
    lib("last year")
    print(f"   first parse (loads the language data): {(time.perf_counter() - t) * 1000:.0f} ms")
    for name, read in (("hand", _hand_year), ("dateparser", lib)):
        right = sum(1 for text, want in DATE_PHRASES if read(text) == want)
        wrong = [f"{text!r}->{read(text)}" for text, want in DATE_PHRASES if read(text) != want]
        print(f"   {name:10s} right {right} of {len(DATE_PHRASES)}; wrong: {', '.join(wrong)}")
    hits = [s for s in dev_sentences if L.RELATIVE_YEAR_RE.search(s)]
    t = time.perf_counter()
    found = [(s, search.search_dates(s, languages=["en"], settings=settings) or []) for s in hits]
    per = (time.perf_counter() - t) * 1000 / max(1, len(hits))
    own = sum(len(L.RELATIVE_YEAR_RE.findall(s)) for s in hits)
    relative = sum(1 for _, ds in found for text, _ in ds if L.RELATIVE_YEAR_RE.fullmatch(text.strip()))
    other = [(s, text, when) for s, ds in found for text, when in ds if not L.RELATIVE_YEAR_RE.fullmatch(text.strip())]
    print(f"   search_dates on the {len(hits)} dev sentences where the hand code finds {own} relative years:"
          f" {per:.1f} ms a sentence; {relative} of its finds are exactly a relative year, {len(other)} are other"
          " text, e.g.:")  # fmt: skip
    for sentence, text, when in other[:8]:
        at = sentence.find(text)
        print(f"     {text!r} -> {when:%Y-%m-%d} in {sentence[max(0, at - 25) : at + len(text) + 10]!r}")


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    if runs:  # 0: skip the start-up section
        startup(runs)
    articles = load_articles(clean=clean_text)
    dev = [a for a in articles if a.split == "dev"]
    dev_texts = [clean_text(a.text) for a in dev]
    dev_sentences = [t[a:b] for t in dev_texts for a, b in split_sentences(t)]
    bench = article()
    bench_sentences = [bench[a:b] for a, b in split_sentences(bench)]
    sections: list[tuple[str, Callable[[], None]]] = [
        ("spacy", lambda: spacy_experiment(dev_sentences, articles, bench_sentences)),
        ("number_parser", lambda: numbers(dev_texts)),
        ("dateparser", lambda: dates(dev_sentences)),
    ]
    for module, section in sections:
        if _installed(module):
            section()
        else:
            print(f"\n== {module} is not installed: skipped")


if __name__ == "__main__":
    main()
