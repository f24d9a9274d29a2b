"""Claim frames: the kinds of claim, the `Claim` a sentence yields and the `Mention` of an ally or group.

Types only; the extractors (counts.py, shares.py, pledges.py, growth.py, money.py) fill them and parse.py drives them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

KINDS = (
    "share_gdp",
    "count",
    "ranking",
    "real_growth",
    "total_spending",
    "alliance_share",
    "equipment_share",
    "pledge",
    "growth_multiple",  # "more than doubled since 2014", "three times as much as Germany"
    "common_funding",  # a share of NATO's own common-funded budgets: named, never judged (natospend does not hold them)
)
ALL_ALLIES = "ALL"  # a mention of the allies as a whole ("NATO members", "allies")


@dataclass(slots=True)
class Claim:
    """One checkable statement: where it is, what kind it is and what it asserts."""

    # where it is and what kind of claim it is
    start: int
    end: int
    text: str
    kind: str
    span_start: int | None = None  # the clause or list item the claim covers (absolute offsets); None: the sentence
    span_end: int | None = None
    # [start, end) of the words the claim was read from (absolute offsets): the place its extractor matched and read
    # its year from (its figure, else the threshold, rank word, change verb or list of allies it was made from);
    # parse._clause_spans gives the claim the clause that holds it. None: not told (its figure is looked for)
    anchor: tuple[int, int] | None = None

    # whom it is about
    countries: list[str] = field(default_factory=list)
    group: str | None = None  # a named group ("Baltic states", "EU members of NATO") when the claim is about one
    group_key: str | None = None  # lexicon.group_members key: baltic, nordic, eu, europe
    members: list[str] = field(default_factory=list)  # count: the allies it names as counted
    excluded: list[str] = field(default_factory=list)  # the allies it leaves out ("apart from the US")

    # when
    year: int | None = None
    year_text: str | None = None
    # explicit, fiscal, relative, carried (from the sentence before), present ("is dedicating": the article's year,
    # check._present_reading), latest (none given)
    year_basis: str = "latest"
    since: int | None = None  # a change's or a multiple's base year ("doubled since 2014", "first rise since 2015")
    bases: list[int] = field(default_factory=list)  # a change's possible base years ("since Russia's invasion")
    period: int | None = None  # a change over the last N years ("over the past two years"): base = year - N

    # what it asserts: the figure, how it is hedged, and of what measure
    value: float | None = None  # the figure (count: how many allies; ranking: the place; pledge: the level pledged)
    value_text: str = ""
    decimals: int = 0
    step: float = 1.0  # the unit of the claim's last digit, in the claim's unit (precision of the claim)
    unit: str = ""
    # eq, approx, nearly, gt, ge, lt, le, range (bounds); count: also members (a list of allies), all, multiple
    # (base_value times), record
    comparator: str = "eq"
    # the level a count counts against, a pledge pledges, or a share is said to be above or below ("the 2% target")
    threshold: float | None = None
    bounds: list[float] = field(default_factory=list)  # a range or a quantifier ("a handful"): [low, high] inclusive
    bounds_relative: bool = False  # bounds are fractions of the allies in scope ("a third of members")
    # the indicator the claim compares (share_gdp, usd_current_m, equipment_share, real_change...); pledge: also the
    # line of the pledge register it names (core, related, named, increase, halt_decline, investment_pledge)
    metric: str | None = None
    currency: str | None = None
    price_basis: str | None = None  # current / constant when the claim says so
    base_year: int | None = None
    negated: bool = False
    # the mood: pledge: commitment, ambition, proposal, reference, described; other kinds: fact, forecast, plan
    modality: str | None = None

    # who says so
    # nato, sipri, iiss, worldbank, eurostat_cofog, national_budget; unnamed: set against NATO's figure, no source
    attributed_to: str | None = None
    # the words naming the source, when a sentence other than the claim's names it (claims/sourcing.py)
    source_text: str | None = None

    # what the sentence leaves open, so that no verdict can be given (any kind; told instead of a verdict)
    undefined_group: str | None = None  # the words of a group with no fixed membership ("the eastern flank")
    undetermined: str | None = None  # what cannot be told: year, ally, or measure (what a share is of)
    undetermined_why: str | None = None  # why, as the reader is told

    # share_gdp (or real_growth): "allies spent an average of 2.61%", NATO's aggregate or a plain mean (True: said)
    mean_of_allies: bool | None = None
    period_years: list[int] = field(default_factory=list)  # share_gdp: [first, last] of a named period of years
    period_text: str | None = None  # its words ("during the Cold War")

    # total_spending: what the amount is when it is not a year's total spending: programme (one programme or budget
    # line), part (one part of a total, named by its fund), plan (a budget to come), unstated (money put in, not said
    # to be defence spending), change (an increment: "$23 billion more since 2021")
    amount_of: str | None = None

    # real_growth: what kind of change, when it is no one year's figure (directions.SCOPES): a direction with no
    # figure ("direction", "direction, no year", "direction, recent", "direction over years"), "run of years",
    # "first since", "first after falls", "record over a long period", "average rate" ("3% a year since 2014")
    change_form: str | None = None

    # count
    counts_below: bool | None = None  # True: the allies counted are below the threshold; False: said at or above
    threshold_high: float | None = None  # the top of a band ("between 2% and 2.1%"), threshold its bottom
    base_value: float | None = None  # comparator "multiple": the count multiplied ("18 ... six times as many")
    # another year's count worked out from this sentence's main one ("one fewer than in 2021"): the main count's value
    # and year, which must match too for it to be accurate
    derived_from: list[float] = field(default_factory=list)
    # the word of a quantity that names no number ("many", "several", "most"): never settled as accurate
    vague: str | None = None

    # ranking
    rank: int | None = None
    rank_order: str | None = None  # highest / lowest
    others: list[str] = field(default_factory=list)  # the allies the subject is compared with (growth_multiple too)
    rank_measures: list[str] = field(default_factory=list)  # the measures named when it is not told which
    rank_field: str | None = None  # a field other than NATO's allies: world, with_iceland, beyond_nato
    # what is said of the others: next (the allies named come right after), beyond (exactly the allies named are
    # below or above), descending (the allies named in that order), half (in that half), among (near that end)
    rank_form: str | None = None

    # pledge
    deadline: int | None = None
    deadline_text: str | None = None
    made: int | None = None  # the year the claim says it was made ("agreed in 2014", "its 2014 commitment")

    # growth_multiple
    than_rest: bool | None = None  # compared with all the other allies combined
    than_group: str | None = None  # compared with a group's combined spending (group_members key)
    over_decade: bool | None = None  # a multiple over a decade ("tripled in a decade")

    def own_bounds(self) -> tuple[int, int]:
        """[lo, hi) of the claim's clause or list item within `text` (the whole sentence when no span is set)."""
        lo = self.span_start - self.start if self.span_start is not None else 0
        hi = self.span_end - self.start if self.span_end is not None else len(self.text)
        return lo, hi

    def qualified(self) -> bool:
        """Is the claim's figure already qualified (what an amount is of, a change's form, a count's side, what a
        multiple or a rank is against, an undefined group, something undetermined, an average of allies or a
        period)? An extractor qualifies a claim once, the first reading standing."""
        return (
            self.amount_of is not None
            or self.change_form is not None
            or self.counts_below is not None
            or self.than_rest is not None
            or self.than_group is not None
            or self.over_decade is not None
            or self.rank_field is not None
            or self.rank_form is not None
            or self.undefined_group is not None
            or self.undetermined is not None
            or self.mean_of_allies is not None
            or bool(self.period_years)
        )

    def fields(self) -> dict[str, Any]:
        """The parsed fields, without the span (for JSON). Every field is a scalar or a list of scalars, so a copy of
        each list is a deep copy (dataclasses.asdict costs a fifth of a millisecond a claim)."""
        out = {f.name: getattr(self, f.name) for f in _CLAIM_FIELDS}
        return {
            k: list(v) if isinstance(v, list) else v
            for k, v in out.items()
            if v not in (None, [], "") or k in ("countries", "year", "value")
        }


_CLAIM_FIELDS = tuple(
    f for f in fields(Claim) if f.name not in ("start", "end", "text", "kind", "span_start", "span_end", "anchor")
)


# ------------------------------------------------------------------------------------------------ mentions
@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    code: str | None  # ISO3, NATO_EUROPE_CANADA, NATO_TOTAL or ALL
    group_key: str | None = None
    label: str = ""
    weak: bool = False  # from a person's name
