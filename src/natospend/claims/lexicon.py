"""Patterns the claim extractor uses, built from the vocabularies in claims/vocab.toml (numbers, hedges,
currencies, relative years, people, cue words) and the country register; parse.py decides what they mean together.
"""

from __future__ import annotations

import re
from functools import cache

from natospend.claims.patterns import LazyPattern, Pattern, lazy
from natospend.claims.vocab import first_chars, phrase_alternation, vocab
from natospend.reference import countries

_V = vocab()  # the word lists (claims/vocab.toml); this module keeps the patterns built from them

# ----------------------------------------------------------------------------------------------- numbers
UNITS: dict[str, int] = dict(_V["numbers"]["units"])
TENS: dict[str, int] = dict(_V["numbers"]["tens"])
ORDINALS: dict[str, int] = dict(_V["numbers"]["ordinals"])
FRACTIONS: dict[str, float] = dict(_V["numbers"]["fractions"])

WORD_NUMBER = (
    r"(?:(?:" + "|".join(TENS) + r")(?:[-\s](?:" + "|".join(k for k in UNITS if UNITS[k] and UNITS[k] < 10) + r"))?"
    r"|" + "|".join(sorted(UNITS, key=len, reverse=True)) + r")"
)
#: A number written in words ("twenty-three", "five").
WORD_NUMBER_RE = lazy(rf"\b{WORD_NUMBER}\b", re.IGNORECASE)


def word_to_int(text: str) -> int | None:
    """'twenty-three' -> 23, 'five' -> 5; None when the text is not a number word."""
    parts = re.split(r"[-\s]+", text.strip().lower())
    if len(parts) == 1:
        if parts[0] in UNITS:
            return UNITS[parts[0]]
        return TENS.get(parts[0])
    if len(parts) == 2 and parts[0] in TENS and parts[1] in UNITS and 0 < UNITS[parts[1]] < 10:
        return TENS[parts[0]] + UNITS[parts[1]]
    return None


# ----------------------------------------------------------------------------------------------- comparators
#: Words before a number -> comparator. Longest first so "just under" wins over "under".
COMPARATOR_BEFORE: dict[str, str] = dict(_V["hedges"]["before"])
COMPARATOR_AFTER: dict[str, str] = dict(_V["hedges"]["after"])
BEFORE_ALT = "|".join(re.escape(k) for k in sorted(COMPARATOR_BEFORE, key=len, reverse=True))
COMPARATOR_BEFORE_RE = lazy(rf"\b({BEFORE_ALT})\s*(?:the\s+)?(?:[$€£]|US\$|C\$)?\s*$", re.IGNORECASE)
_AFTER_ALT = "|".join(re.escape(k) for k in sorted(COMPARATOR_AFTER, key=len, reverse=True))
COMPARATOR_AFTER_RE = lazy(rf"^\s*(?:of\s+GDP\s+)?({_AFTER_ALT})\b", re.IGNORECASE)

#: Verbs and phrases that compare a share with a threshold ("meets the 2% target", "dipped below 2%").
THRESHOLD_MEET_RE = lazy(
    r"\b(meet|meets|met|meeting|reach|reaches|reached|reaching|hit|hits|hitting|achieve|achieves|achieved|fulfil|"
    r"fulfils|fulfill|fulfills|fulfilled|exceed|exceeds|exceeded|surpass|surpassed|surpasses|top|tops|topped|"
    r"at or above|spend at least|spending at least|spent at least|above|over|more than|beyond)\b",
    re.IGNORECASE,
)
THRESHOLD_MISS_RE = lazy(
    r"\b(miss|misses|missed|missing|fall short|falls short|fell short|falling short|below|under|dipped below|"
    r"dips below|dropped below|fallen below|fell below|short of|failed to meet|fail to meet|fails to meet|"
    r"not meet|not meeting|not reach|not reaching|lag(?:s|ged|ging)?\s+(?:far\s+|well\s+)?behind)\b",
    re.IGNORECASE,
)
NEGATION_RE = lazy(rf"\b({phrase_alternation(_V['cues']['negation'])})\b", re.I)

# ----------------------------------------------------------------------------------------------- currencies
#: Currency marks -> ISO 4217 code.
CURRENCY_SYMBOLS: dict[str, str] = dict(_V["currencies"]["symbols"])
CURRENCY_WORDS: dict[str, str] = dict(_V["currencies"]["words"])
SCALES: dict[str, float] = {k: float(v) for k, v in _V["currencies"]["scales"].items()}  # -> millions

# ----------------------------------------------------------------------------------------------- cue words
GDP_RE = lazy(
    r"\b(GDP|G\.D\.P\.|gross domestic product|national income|economic output|of (?:its|their|the) economy|"
    r"of (?:its|their) economies|of output)\b",
    re.IGNORECASE,
)
DEFENCE_RE = lazy(
    r"\b(defen[cs]e|military|armed forces|milex|spend|spends|spent|spending|spenders?|expenditures?|outlays?|budgets?|"
    r"NATO target|2% target|guideline|weapons|drones|warships)\b",
    re.IGNORECASE,
)
SPENDING_RE = lazy(
    r"\b(spend|spends|spent|spending|spenders?|expenditures?|outlays?|budgets?|invest|invests|invested)\b", re.I
)
REAL_RE = lazy(
    r"\b(real terms|in real terms|real[- ]terms|real growth|real increase|real change|adjusted for "
    r"inflation|inflation[- ]adjusted|after inflation|after adjusting for inflation)\b",
    re.I,
)
GROWTH_RE = lazy(
    r"\b(increas\w*|ris\w*|rose|grow\w*|grew|rais\w*|jump\w*|climb\w*|boost\w*|up|growth|hike\w*|surg\w*|"
    r"went up|go up|added|cut\w*|fell|fall\w*|drop\w*|declin\w*|decreas\w*|down)\b",
    re.I,
)
DECLINE_RE = lazy(rf"\b({phrase_alternation(_V['cues']['decline'])})\b", re.I)
ALLIANCE_SHARE_RE = lazy(
    r"\b(?:of|in)\s+(?:the\s+)?(?:total\s+|overall\s+|combined\s+|all\s+)?(?:NATO|alliance|allied|Alliance|Nato)(?:'s|’s)?\s+"
    r"(?:total\s+|overall\s+|combined\s+|collective\s+|entire\s+)?(?:defen[cs]e\s+|military\s+)?"
    r"(?:spending|expenditures?|budgets?|outlays)\b"
    r"|\b(?:of|in)\s+(?:the\s+)?(?:total|overall|combined)\s+(?:defen[cs]e\s+|military\s+)?(?:spending|expenditures?)\s+"
    r"(?:of|by|among|across)\s+(?:all\s+)?(?:NATO|the alliance|allies|the allies|NATO allies|NATO members)\b"
    r"|\ball (?:the )?other (?:NATO )?(?:allies|members|member states|countries) combined\b"
    r"|\bthe rest of (?:NATO|the alliance) combined\b",
    re.IGNORECASE,
)
COMBINED_OTHERS_RE = lazy(
    r"\b(?:more|less)\s+(?:[\w-]+\s+){0,3}?than\s+(?:all\s+)?(?:the\s+)?(?:other|remaining)\s+(?:\w+\s+){0,2}?"
    r"(?:allies|members|member states|countries|nations)\s+(?:combined|put together|together)\b"
    # "than all its allies combined": the subject's allies are the others ("the next seven nations" are not)
    r"|\b(?:more|less)\s+(?:[\w-]+\s+){0,3}?than\s+all\s+(?:of\s+)?(?:its|their|the)\s+(?:(?:NATO|European|fellow)\s+)?"
    r"(?:allies|members|member states)\s+(?:combined|put together|together)\b",
    re.I,
)
EQUIPMENT_RE = lazy(
    r"\b(equipment|major equipment|procurement|new equipment|hardware|weapons? purchases|20% guideline|"
    r"20 per ?cent guideline)\b",
    re.I,
)
PER_CAPITA_RE = lazy(rf"\b({phrase_alternation(_V['cues']['per_capita'])})\b", re.I)
PLEDGE_RE = lazy(
    r"\b(pledg\w*|commit\w*|promis\w*|vow\w*|target\w*|goal|goals|aim|aims|aiming|ambition\w*|plan|plans|planned|"
    r"guideline|benchmark|obligation|will spend|would spend|to spend|intends? to|expects? to|expected to|"
    r"on track to|agreed|agree|undertak\w*|set to)\b",
    re.I,
)
#: Cues that make a percentage a pledge whatever else the sentence says.
STRONG_PLEDGE_RE = lazy(
    r"\b(pledg\w*|commit\w*|promis\w*|vow\w*|target\w*|goal|goals|aim|aims|aiming|ambition\w*|guideline|benchmark|"
    r"obligation|agreed|agree|undertak\w*|quota|plans? to|planned to|intends? to|intended to|wants? to)\b",
    re.I,
)
COMMIT_VERB_RE = lazy(rf"\b({phrase_alternation(_V['cues']['commit_verbs'])})\b", re.I)
AMBITION_RE = lazy(rf"\b({phrase_alternation(_V['cues']['ambition'])})\b", re.I)
PROPOSAL_RE = lazy(
    r"\b(pushing for|push for|pushes for|called for|calls for|call for|calling for|urg\w*|demand\w*|propos\w*|"
    r"suggest\w*|wants? (?:allies|members|them|countries)|asked|asking|ask (?:allies|members)|lobby\w*|press\w* for|"
    r"is thought to|reportedly|expected to push)\b",
    re.I,
)
TARGET_NOUN_RE = lazy(rf"\b({phrase_alternation(_V['cues']['target_nouns'])})\b", re.I)
FUTURE_RE = lazy(
    r"\b(will|would|shall|to spend|to reach|to increase|to raise|plans? to|going to|expected to|set to|on track)\b",
    re.I,
)
PROGRAMME_RE = lazy(
    r"\b(drones?|lasers?|laser weapons|directed[- ]energy|frigates?|submarines?|ships?|tanks?|jets?|aircraft|"
    r"fighters?|F-35\w*|missiles?|ammunition|munitions|housing|programmes?|programs?|projects?|contracts?|"
    r"deals?|orders?|package|fund|funds|aid|assistance|Ukraine|bridge|research|innovation|cyber|"
    r"infrastructure|shipbuilding|satellites?|space)\b",
    re.I,
)
CONSTANT_RE = lazy(
    r"\b(constant|real terms|inflation[- ]adjusted|adjusted (?:for inflation|to (?:19|20)\d\d prices)|"
    r"(?:19|20)\d\d prices|(?:19|20)\d\d dollars|at (?:19|20)\d\d prices)\b",
    re.I,
)
CURRENT_RE = lazy(r"\b(current prices|current dollars|nominal|in today'?s dollars|cash terms|current US)\b", re.I)
BASE_YEAR_RE = lazy(r"\b((?:19|20)\d\d)\s+(?:prices|dollars|US\$|constant)", re.I)
AVERAGE_RE = lazy(r"\b(on average|average|averaged|as a whole|collectively|combined|overall|in total)\b", re.I)

# Ranking words: (pattern, order, rank). Absolute ("biggest spender") vs share ("highest share") is decided later.
RANK_WORDS: list[tuple[LazyPattern, str]] = [
    (lazy(r"\b(highest|largest|biggest|greatest|top|leading|most)\b", re.I), "highest"),
    (lazy(r"\b(lowest|smallest|least|bottom|last)\b", re.I), "lowest"),
]
RANK_ORDINAL_RE = lazy(
    r"\b(?:(?P<word>" + "|".join(ORDINALS) + r")|(?P<num>\d{1,2})(?:st|nd|rd|th))"
    r"(?:[-\s](?:highest|largest|biggest|greatest|lowest|smallest|place|position|spot))?\b",
    re.I,
)
RANK_SUBJECT_RE = lazy(
    r"\b(spender|spenders|spending|share|proportion|percentage|ratio|ranks?|ranked|ranking|place|position|"
    r"in NATO|in the alliance|among (?:NATO )?(?:allies|members))\b",
    re.I,
)
TOPS_RE = lazy(
    r"\b(tops|topped|lead|leads|led|heads|headed|surpass|surpasses|surpassed|outspend|outspends|outspent|overtook|"
    r"overtakes|is first|ranks first|ranked first|comes first)\b",
    re.I,
)
OUTRANK_RE = lazy(
    r"\b(?:lead|leads|led|outspend|outspends|outspent|ahead of|above|more than|higher than)\b", re.IGNORECASE
)
ABSOLUTE_RE = lazy(r"\b(spender|in absolute terms|in dollar terms|in cash terms|in money terms|budget)\b", re.I)


# ----------------------------------------------------------------------------------------------- attribution
def _attribution_pattern(words: dict[str, list[str]]) -> LazyPattern:
    """Acronyms match as written ("SIPRI", not "sipri"), phrases in any case."""
    parts = [rf"(?-i:{phrase_alternation(words['acronyms'])})"] if words.get("acronyms") else []
    if words.get("phrases"):
        parts.append(phrase_alternation(words["phrases"]))
    first = first_chars([*words.get("acronyms", []), *words.get("phrases", [])])
    return lazy(rf"\b{first}(?:{'|'.join(parts)})\b", re.I)


#: Who a figure is attributed to -> the source whose figure it is, in the order vocab.toml lists them.
ATTRIBUTION: list[tuple[LazyPattern, str]] = [
    (_attribution_pattern(words), source) for source, words in _V["attribution"].items()
]
#: "members spent an average of 2.61%": an average over allies, which may be NATO's aggregate or a plain mean.
MEAN_OF_ALLIES_RE = lazy(rf"\b(?:{phrase_alternation(_V['averages']['over_allies'])})\b", re.I)
#: "a projection of 1.22 percent": a noun that makes the figure after "of" a level, not a change.
LEVEL_OF_RE = lazy(rf"\b(?:{phrase_alternation(_V['cues']['level_of'])})\s+of\s+$", re.I)
#: "NATO's projection of 1.22 percent", "while NATO estimates it is 3.5 percent": NATO's figure, named as such just
#: before it; a figure the sentence sets against it is on another measure.
NATO_FIGURE_BEFORE_RE = lazy(rf"(?:{phrase_alternation(_V['attribution_contrast']['nato_figure'])})\s*$", re.I)
CONTRAST_RE = lazy(rf"\b(?:{phrase_alternation(_V['attribution_contrast']['contrast'])})\b", re.I)

# ----------------------------------------------------------------------------------------------- time
RELATIVE_YEARS: dict[str, int] = dict(_V["years"]["relative"])
RELATIVE_YEAR_RE = lazy(
    r"\b(" + "|".join(re.escape(k) for k in sorted(RELATIVE_YEARS, key=len, reverse=True)) + r")(?:'s|’s)?\b", re.I
)
MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
#: A year; a decade ("the 1980s") is no year (claims/periods.named_period reads it as a period).
YEAR_RE = lazy(
    r"(?<![\d.,$€£])(?:(?P<fy>FY\s?|fiscal(?:\s+year)?\s+)?(?P<y>(?:19[4-9]\d|20[0-5]\d))"
    r"(?:\s?[-/–]\s?(?P<y2>\d{2}|20\d\d)(?!\d))?(?P<e>e)?)(?!\d|,\d|\s?%|\.\d|\s?per\s?cent|\s?percent|s\b)",
)
DEADLINE_BEFORE_RE = lazy(
    r"\b(by|until|till|through|before|no later than|by the end of|within|from|starting (?:in|from)?|"
    r"beginning (?:in)?|as of|in)\s+(?:(?:" + MONTHS + r")\s+)?(?:the\s+)?(?:year\s+)?(?:FY\s?)?$",
    re.I,
)
SINCE_BEFORE_RE = lazy(
    r"\b(?:(?:up|down|rising|rose|increas\w*|grew|grown|tripled|doubled)\s+from\b[^.;]{0,40}\s|since\s|"
    r"compared (?:with|to)\s|than in\s|relative to\s)(?:(?:" + MONTHS + r")\s+)?$",
    re.I,
)
DEADLINE_PHRASES: dict[str, int | None] = {
    **dict(_V["years"]["deadline_phrases"]),
    **dict.fromkeys(_V["years"]["open"]["deadline_phrases"]),  # resolved against the announcement
}
DEADLINE_PHRASE_RE = lazy(
    r"\b(" + "|".join(re.escape(k) for k in sorted(DEADLINE_PHRASES, key=len, reverse=True)) + r")\b", re.I
)

# ----------------------------------------------------------------------------------------------- countries
#: Labels from countries.csv that must not be read as a country in running text (capitals, summit venues,
#: treaty names) or that are aggregates handled by GROUPS below.
_TEXT_EXCLUDED = set(_V["countries"]["excluded_labels"])
#: Abbreviations that must match case-sensitively ("us" is a pronoun).
_CASE_SENSITIVE = set(_V["countries"]["case_sensitive"])

# Groups of allies that appear in text, -> (label, codes or aggregate code).
EUROPE_CANADA = "NATO_EUROPE_CANADA"
NATO_TOTAL = "NATO_TOTAL"
GROUP_PATTERNS: list[tuple[str, str, str]] = [
    # (regex, group label, target) where target is an aggregate code or a group name resolved by group_members()
    (
        r"(?:NATO\s+)?Europe(?:an)?\s+(?:NATO\s+)?(?:allies|members|member states|member countries|countries|nations|"
        r"states)?\s*(?:together\s+with|along\s+with|plus|and|&)\s+Canada"
        r"|Canada\s+and\s+(?:the\s+)?(?:NATO'?s?\s+)?European\s+(?:NATO\s+)?(?:allies|members|member states|countries)"
        r"|the\s+rest\s+of\s+(?:NATO|the\s+alliance)"
        r"|(?:all\s+)?(?:NATO\s+|alliance\s+)?(?:allies|members|member states)\s+other\s+than\s+the\s+"
        r"(?:US|U\.S\.|United States)"
        r"|non-(?:US|U\.S\.|American)\s+(?:NATO\s+)?(?:allies|members)",
        "European Allies and Canada",
        EUROPE_CANADA,
    ),
    (
        r"(?:the\s+)?(?:three\s+)?Baltic\s+(?:states|countries|nations|allies|republics)|the\s+Baltics",
        "Baltic states",
        "baltic",
    ),
    (r"(?:the\s+)?Nordic\s+(?:states|countries|nations|allies)", "Nordic states", "nordic"),
    (
        r"(?:NATO'?s\s+)?EU\s+(?:allies|members|member states|countries|nations|states)"
        r"|European\s+Union\s+(?:countries|members|member states|nations|states)|EU-NATO\s+\d*|NATO'?s\s+EU\s+allies",
        "EU members of NATO",
        "eu",
    ),
    (
        r"European\s+(?:NATO\s+)?(?:allies|members|member states|member countries|states|countries|nations|governments)"
        r"|NATO'?s?\s+European\s+(?:allies|members|member states)|European\s+Nato\s+(?:states|members|allies)"
        r"|(?:NATO\s+)?Europe(?=\s+(?:spent|spends|spending|as a whole))"
        # NATO's own name for the aggregate ("The combined total for NATO Europe works out to 1.47%") and the
        # group's total or average ("The European total dropped below 2% in 2001")
        r"|NATO\s+Europe|(?:the\s+)?European\s+(?:NATO\s+)?(?:total|average|aggregate)"
        r"|(?:NATO\s+|Nato\s+)?(?:allies|members|member states|member countries)\s+in\s+Europe(?!\s*(?:and|&|plus)\s)",
        "European Allies",
        "europe",
    ),
    (
        r"NATO\s+(?:as\s+a\s+whole|overall|in\s+total|combined|collectively|total|Total)"
        r"|(?:total|combined|overall|aggregate)\s+(?:NATO|alliance|allied|Alliance)\s+"
        r"(?:defen[cs]e\s+|military\s+)?(?:spending|expenditure|budgets?|outlays)"
        r"|(?:alliance-wide|NATO-wide)\s+(?:defen[cs]e\s+|military\s+)?(?:spending|expenditure|budgets?|outlays)"
        r"|the\s+(?:alliance|Alliance)\s+as\s+a\s+whole|all\s+(?:\d+\s+)?(?:NATO\s+)?(?:allies|members)\s+(?:combined|together)"
        r"|NATO\s+allies\s+(?=(?:\w+\s+){0,6}on\s+average)",
        "NATO total",
        NATO_TOTAL,
    ),
]
GROUPS_RE = [(lazy(rf"\b(?:{pattern})\b", re.IGNORECASE), label, target) for pattern, label, target in GROUP_PATTERNS]

#: EU membership of allies, for "EU members" groups: the UK left on 31 January 2020.
EU_ALLIES: list[str] = list(_V["groups"]["eu_allies"])


def group_members(target: str, year: int) -> list[str]:
    """Allies (members that year, with armed forces) in a named group."""
    members = [c.code for c in countries.members(year) if c.has_armed_forces]
    if target == "baltic":
        return [c for c in ("EST", "LVA", "LTU") if c in members]
    if target == "nordic":
        return [c for c in ("DNK", "FIN", "NOR", "SWE") if c in members]
    if target == "eu":
        eu = set(EU_ALLIES) | ({"GBR"} if year <= 2019 else set())
        return [c for c in members if c in eu]
    if target == "europe":
        return [c for c in members if c not in ("USA", "CAN")]
    return members


def person_countries() -> dict[str, str]:
    """Every name form of claims/people.csv -> the ally of the person's latest office (NATO officials left out);
    the extractor itself reads a person as an ally only while in office (metonymy.find_people, mentions)."""
    from natospend.claims.metonymy import people

    latest = {form: max(p.terms, key=lambda t: t.start).country for form, p in people().items()}
    return {form: code for form, code in latest.items() if code != "NATO"}


@cache
def country_lookup() -> dict[str, str]:
    """Every ally label usable in running text (as printed and in capitals) -> ISO3 code."""
    table: dict[str, str] = {}
    for country in countries.all_countries():
        if country.kind != "ally":
            continue
        for label in (country.name, *country.aliases, *(("Türkiye", "Turkiye") if country.code == "TUR" else ())):
            label = label.strip('"')
            if label in _TEXT_EXCLUDED or "," in label:
                continue
            table[label] = country.code
            if label not in _CASE_SENSITIVE and not label.isupper():
                table[label.upper()] = country.code
    return table


@cache
def country_regex() -> Pattern:
    """One alternation over every label (longest first), so a sentence is scanned once."""
    labels = sorted(country_lookup(), key=len, reverse=True)
    body = "|".join(re.escape(label).replace(r"\ ", r"\s+") for label in labels)
    # A label may end in '.', which is not a word character, hence the lookahead on the following character only;
    # a label glued to '$' is a currency ("US$ 1.2bn", "in constant US$"), not the ally.
    return lazy(rf"(?<![\w.])(?P<label>{body})(?P<poss>'s|’s|')?(?![\w$])")


def normalise_label(text: str) -> str:
    return re.sub(r"\s+", " ", text)
