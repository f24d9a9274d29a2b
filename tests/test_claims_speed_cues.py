"""Speed: a pattern's cue (claims/patterns.cue) passes over sentences that lack every literal a match needs, without
changing what find_mentions finds."""

from __future__ import annotations

import random
import re
import tomllib
from datetime import date
from pathlib import Path

import pytest

import natospend
from dev_sentences import dev_sentences
from natospend.claims import check_text, extract, mentions, sourcing
from natospend.claims import counts as C
from natospend.claims import lexicon as L
from natospend.claims import metonymy as MT
from natospend.claims import patterns as P
from natospend.claims import quantities as Q
from natospend.claims import shares as SH
from natospend.claims import text as T
from natospend.claims.patterns import Pattern, cue, cue_absent, cue_text
from natospend.claims.text import clean_text, split_sentences

ROOT = Path(__file__).resolve().parent


def _gated() -> list[Pattern]:
    """The patterns find_mentions passes over when their cue is absent."""
    return [
        *(p for p, _, _ in L.GROUPS_RE),
        *(p for p, _ in MT.group_forms()),
        mentions._ALL_ALLIES_RE,
        MT.undefined_group_regex(),
        MT.epithet_regex(),
        MT.average_regex(),
        MT.capital_regex(),
        *(C._ALL_BUT_RE, C._THEN_TOTAL_RE, C._OF_GROUP_RE, C._WITH_MORE_RE, C.COUNT_RE),
        *(C._elliptic_re(), C._of_membership_re(), C._number_of_re()),
        *(C._OF_TOTAL_COUNT_RE, C.ALL_COUNT_RE, C.NONE_COUNT_RE, C._NONE_GROUP_RE, C._DID_TOO_RE),
        C._countphrase_re("none_met"),
        SH._SAME_SHARE,
        *(p for p, _ in L.ATTRIBUTION),
        *(Q.RANGE_RE, Q.UNITLESS_SHARE_RE, Q.PERCENT_RE, Q.FRACTION_RE, Q.BY_FRACTION_RE),
    ]


# Fresh sentences (not in the corpus), for find_mentions with and without cues.
FRESH = [
    # https://squidsite02.com/2025/02/07/europe-and-canada-boosted (Reuters, 2025-02-07)
    "Defence spending by NATO's European members and Canada was 20% higher in 2024 than the previous year, NATO "
    "Secretary General Mark Rutte said on Friday.",
    # https://knews.media/2025/04/25/nato-publishes-a-report-for-2024-surprising-data-on-expenses/
    "According to the report, Members from Europe and Canada increased last year by over 19 percent.",
    # https://thedefensepost.com/2022/12/12/baltics-up-defense-spending/
    "Wary of Russia after having spent decades under Soviet rule, the Baltic states are afraid they could be next on "
    "Moscow's agenda were it to win in Ukraine.",
    # https://swedenherald.com/article/record-number-of-nato-countries-expected-to-reach-spending-target
    "The defence alliance's goal is for each country to allocate at least two per cent of its GDP to its defence, "
    "which is far from what all members have chosen to do so far.",
]


@pytest.mark.parametrize(
    ("pattern", "flags", "literals"),
    [
        (r"\b(?:the\s+)?Baltic\s+states|the\s+Baltics", re.I, ("baltic",)),  # "baltics" has "baltic" in it
        (r"(?:NATO\s+)?EU\s+countries", 0, ("countries",)),  # of the literals every match has, the longest
        (r"(?:ab)*c|(?:de)+", 0, ("c", "de")),  # a repeat that may be absent gives nothing
        (r"x?|y", 0, None),  # an alternative that needs no literal: no cue
        (r"[A-Z]\d+", 0, None),
    ],
)
def test_a_cue_is_the_literals_every_match_contains(pattern: str, flags: int, literals: tuple[str, ...]) -> None:
    assert cue(pattern, flags) == literals


def test_a_sentence_without_the_cue_cannot_match_and_the_cues_pass_over_most() -> None:
    sentences = dev_sentences() + FRESH
    skipped = 0
    for pattern in _gated():
        for sentence in sentences:
            if cue_absent(pattern, cue_text(sentence)):
                skipped += 1
                assert pattern.search(sentence) is None, (pattern.pattern[:60], sentence)
    assert skipped > len(sentences) * len(_gated()) / 2


def test_letters_re_folds_to_ascii_that_lower_does_not_turn_the_cues_off() -> None:
    # Under IGNORECASE re matches "ſ" to "s" and "İ", "ı" to "i"; str.lower() does not.
    for word in ("STATEſ", "BALTİC", "baltıcs"):
        assert cue_text(word) is None
    assert re.search("states", "STATEſ", re.I) and not cue_absent(re.compile("states", re.I), cue_text("STATEſ"))


def test_mentions_and_claims_are_the_same_with_and_without_cues(monkeypatch: pytest.MonkeyPatch) -> None:
    day = date(2025, 6, 5)
    sentences = FRESH + dev_sentences()[::7]
    gated = [mentions.find_mentions(s, day) for s in sentences]
    claims = [extract(s, day) for s in sentences]
    sources = [sourcing._source(s) for s in sentences]
    for module in (P, mentions, sourcing, SH):
        monkeypatch.setattr(module, "cue_absent", lambda pattern, cues: False)
    mentions._mentions.cache_clear()  # read again, with every pattern run
    assert [mentions.find_mentions(s, day) for s in sentences] == gated
    assert [extract(s, day) for s in sentences] == claims
    assert [sourcing._source(s) for s in sentences] == sources
    codes = [{m.code for m in found} for found in gated[: len(FRESH)]]
    assert codes[0] == {L.EUROPE_CANADA}
    assert [m.group_key for m in gated[2]] == ["baltic"]


def test_a_fresh_group_claim_reads_and_judges_as_before() -> None:
    # Europe and Canada's change in 2024 (Reuters, 2025-02-07): a group's figure; its nominal rise is not held.
    results = check_text(natospend.load(), FRESH[0], "2025-02-07")
    assert [(r.kind, r.fields["countries"], r.fields["value"], r.fields["year"]) for r in results] == [
        ("real_growth", [L.EUROPE_CANADA], 20.0, 2024)
    ]
    assert results[0].verdict == "unverifiable"


def _dev_texts() -> list[str]:
    texts = [c["text"] for c in tomllib.loads((ROOT / "data/claims_corpus.toml").read_text("utf-8"))["claim"]]
    for path in sorted((ROOT / "data/claims_articles").glob("*.toml")):
        article = tomllib.loads(path.read_text("utf-8"))
        if article["split"] == "dev":
            texts.append(clean_text(article["text"]))
    return texts


def test_sentence_boundaries_are_found_where_they_can_start_as_the_pattern_finds_them() -> None:
    rng = random.Random(10)
    odd = ["".join(rng.choice('ab.!?…\n A1,;"’)( of the') for _ in range(rng.randint(0, 14))) for _ in range(5000)]
    for text in [*_dev_texts(), *FRESH, *odd]:
        assert [m.span() for m in T._boundaries(text)] == [m.span() for m in T._BOUNDARY.finditer(text)], text


def test_the_word_before_a_point_is_the_one_the_pattern_gave() -> None:
    rng = random.Random(10)
    for text in ["".join(rng.choice("ab.’'\n Z1") for _ in range(rng.randint(0, 8))) for _ in range(20000)]:
        found = re.search(r"([A-Za-z.’']+)$", text)
        assert T._word_before(text, 0, len(text)) == (found.group(1) if found else ""), text
    assert split_sentences("Mr. Rutte said so. U.S. spending rose.\nIt was 3.4%.") == [(0, 18), (19, 38), (39, 51)]
