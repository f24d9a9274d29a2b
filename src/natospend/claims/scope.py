"""Numbers that are not claims about the allies' defence spending, though they sit in a sentence about it: a
non-ally's figures ("With 34% of GDP, Ukraine bore the largest military burden"), government-wide spending
("overall government spending to increase from 503 billion euros"), and a level named as the object of a move
("The pivot to 5% comes as President Donald Trump has called for ...") and one programme's budget ("the drone budget
rose by 20%"). Words are data (vocab.toml [out_of_scope])."""

from __future__ import annotations

import re
from functools import cache

from natospend.claims.clauses import clause_bounds
from natospend.claims.frame import Mention
from natospend.claims.lexicon import GDP_RE
from natospend.claims.mentions import in_aside
from natospend.claims.metonymy import in_neighbour_phrase
from natospend.claims.multiples import CAUSE_EVENT_RE, EVENT_RE
from natospend.claims.negation import denied_report
from natospend.claims.patterns import Pattern, lazy
from natospend.claims.vocab import phrase_alternation, vocab


@cache
def out_of_scope_words(key: str) -> Pattern:
    words = vocab()["out_of_scope"][key]
    flags = 0 if key == "non_allies" else re.I  # country names as written ("Turkey", not "turkey")
    lead = r"\s*" if key == "world_share" else r"(?<![\w-])"  # a world share is read right after its figure
    return lazy(rf"{lead}(?:{phrase_alternation(words)})(?![\w-])", flags)


@cache
def _world_base() -> Pattern:
    words = vocab()["world_base"]
    return lazy(
        rf"\s*of\s+(?:the\s+)?(?:total\s+)?(?:{phrase_alternation(words['adjectives'])})\s+(?:[\w-]+\s+){{0,2}}?"
        rf"(?:{phrase_alternation(words['nouns'])})(?![\w-])",
        re.I,
    )


@cache
def _shift_before() -> Pattern:
    return lazy(rf"\bthe\s+(?:{phrase_alternation(vocab()['out_of_scope']['shift_nouns'])})\s+to\s+$", re.I)


@cache
def _programme() -> Pattern:
    words = vocab()["out_of_scope"]
    return lazy(
        rf"\b(?:{phrase_alternation(words['programme_nouns'])})\s+(?:{phrase_alternation(words['budget_nouns'])})\b",
        re.I,
    )


#: "before Russia invaded Ukraine", "since Russia's invasion", "when Finland joined": a clause that dates the figure.
TIME_CLAUSE = lazy(r"\b(?:before|after|since|when|until|till|once|following)\s+[^,;.!?()—–]{0,80}", re.I)


def in_time_clause(sentence: str, at: int) -> bool:
    """Is position `at` inside a clause that only dates what is said ("before Russia invaded Ukraine")? A country
    named there is not the figure's subject."""
    return any(m.start() < at < m.end() for m in TIME_CLAUSE.finditer(sentence, max(0, at - 90), at + 1))


def describes_ally(sentence: str, start: int, end: int, figure: tuple[int, int]) -> bool:
    """Does the non-ally at [start, end) only describe an ally, as its neighbour or in an aside ("Poland, which borders
    Ukraine, will ...", "the Baltic country which neighbours Russia")? Then it is not the figure's owner."""
    neighbour = in_neighbour_phrase(sentence, start, non_ally=True) and not _OWN_CLAUSE.search(
        sentence, end, max(end, figure[0])
    )  # "Lithuania borders Russia, which spends 7%": the figure is the non-ally's own
    return bool(neighbour) or in_aside(sentence, Mention(start, end, None), figure)


@cache
def _scope2(key: str) -> Pattern:
    return lazy(rf"(?<![\w-])(?:{phrase_alternation(vocab()['scope2'][key])})(?![\w-])", re.I)


_FIGURE = r"\d[\d.,]*\s*(?:%|per\s?cent|percent)"
# People a share is of, right after the figure: "54 percent of respondents", "47 percent of Germans" (a demonym).
_DEMONYM = r"(?-i:[A-Z][a-z]+(?:ans|ons|ese|les|nes|ards|ish))(?![\w'’-])"


@cache
def _poll_res() -> tuple[Pattern, Pattern]:
    people, leads = (phrase_alternation(vocab()["scope2"][k]) for k in ("poll_people", "level_lead"))
    of_people = lazy(rf"\s*of\s+(?:the\s+|all\s+)?(?:[\w’'-]+\s+){{0,2}}?(?:{people}|{_DEMONYM})(?![\w-])", re.I)
    lead = lazy(rf"(?<![\w-])(?:{leads})\s+(?:[\w-]+\s+){{0,2}}$", re.I)
    return of_people, lead


def _poll_share(sentence: str, start: int, end: int, hi: int) -> bool:
    """Is the figure a poll's share of the people it asked? Said so right after it ("54 percent of respondents"), or
    a bare figure in a sentence that reports a poll, with no base of GDP after it and no verb of spending before it
    ("while 25 percent were against it", "Spain (46 percent)"). Not asked of a pledge, whose figure its verb of
    pledging governs ("A survey found most Germans back the pledge to spend 2 percent")."""
    of_people, lead = _poll_res()
    if of_people.match(sentence, end):
        return True
    if not _scope2("poll_words").search(sentence):
        return False
    after = sentence[end:hi]
    nxt = re.search(_FIGURE, after)
    return not GDP_RE.search(after[: nxt.start() if nxt else 60][:60]) and not lead.search(sentence, 0, start)


def _poll_count(sentence: str) -> bool:
    """ "A poll conducted across the 32 NATO countries ..., while 76 per cent of respondents called for ...": every
    percentage of the sentence is a poll's share, so no count of allies at a level."""
    figures = list(re.finditer(_FIGURE, sentence, re.I))
    return bool(figures) and all(
        _poll_share(sentence, f.start(), f.end(), clause_bounds(sentence, f.start(), f.end())[1]) for f in figures
    )


@cache
def _not_gdp_pair() -> tuple[Pattern, Pattern]:
    """The other figure of "from 0.7% to 0.5% of GNI" and "from 0.5% of GNI ... to 0.3%", whose base is not GDP."""
    base = rf"(?:the\s+)?(?:{phrase_alternation(vocab()['share_bases']['not_gdp'])})(?![\w-])"
    after = lazy(rf"\s*to\s+(?:[\w-]+\s+)?{_FIGURE}\s+(?:of|in)\s+{base}", re.I)
    before = lazy(rf"{_FIGURE}\s+of\s+{base}[^%;]{{0,60}}?\bto\s+(?:[\w-]+\s+)?$", re.I)
    return after, before


def _aid_measured(sentence: str, lo: int, start: int) -> str | None:
    """The aid a figure measures: the last aid noun before it in its clause, with no word of defence between them."""
    aid = list(_scope2("aid_nouns").finditer(sentence, lo, start))
    if not aid or _scope2("defence_words").search(sentence, aid[-1].end(), start):
        return None
    return aid[-1].group()


@cache
def _purchase_res() -> tuple[Pattern, Pattern]:
    words = vocab()["scope2"]
    goods = lazy(
        rf"\s+(?:worth\s+)?(?:of|in)\s+(?:[\w.’'-]+\s+){{0,2}}?(?:{phrase_alternation(words['purchase_goods'])})(?![\w-])",
        re.I,
    )
    bought = lazy(rf"(?<![\w-])(?:{phrase_alternation(words['purchase_before'])})\s+(?:[\w-]+\s+){{0,2}}$", re.I)
    return goods, bought


def _purchase(sentence: str, lo: int, start: int, end: int) -> bool:
    """Is the amount one purchase ("bought about $50 billion in U.S. weapons", "contracts worth $4 billion")? A
    purchase verb just before it, or the goods bought right after it."""
    goods, bought = _purchase_res()
    return bool(goods.match(sentence, end) or bought.search(sentence, max(lo, start - 40), start))


@cache
def _contrast_before() -> Pattern:
    words = phrase_alternation(vocab()["scope2"]["contrast_before"])
    return lazy(rf"(?<![\w-])(?:{words})\s+(?:the\s+)?(?:other\s+)?$", re.I)


_OWN_CLAUSE = lazy(r",?\s+(?:which|who|that|whose)\b", re.I)


def out_of_scope(
    sentence: str, start: int, end: int, allies: list[tuple[int, int]], kind: str = "share_gdp"
) -> str | None:
    """Why the figure at [start, end) of `sentence` is not a claim about allies' defence spending, or None.
    `allies`: spans of the allies and groups named in the sentence; `kind`: what the figure was read as."""
    lo, hi = clause_bounds(sentence, start, end)

    def gap(a: int, b: int) -> int:
        return start - b if b <= start else a - end

    # "since Russia's invasion of Ukraine": a time the change is counted from, not whose figure it is
    events = [(e.start(), e.end()) for e in EVENT_RE.finditer(sentence)]
    events += [(e.start(), e.end()) for e in CAUSE_EVENT_RE.finditer(sentence) if e.start() < start]  # a cause
    outside = [
        m
        for m in out_of_scope_words("non_allies").finditer(sentence, lo, hi)
        if (m.end() <= start or m.start() >= end)
        and not any(a <= m.start() < b for a, b in events)
        and not in_time_clause(sentence, m.start())
        and not describes_ally(sentence, m.start(), m.end(), (start, end))
    ]
    if outside:
        nearest = min(outside, key=lambda m: gap(m.start(), m.end()))
        rivals = [a for a in allies if lo <= a[0] < hi and gap(*a) < gap(nearest.start(), nearest.end())]
        if not rivals:
            return f"about {nearest.group()}, not an ally"
    denial = denied_report(sentence, start)
    if denial:
        return f"'{denial}': the sentence denies what it reports, and natospend does not check what was said"
    contrast = _contrast_before().search(sentence, max(0, start - 30), start)
    if kind == "count" and contrast:
        return f"'{contrast.group().strip()}' sets these apart from the figure: it is not said of them"
    if kind not in ("count", "ranking", "pledge") and _poll_share(sentence, start, end, hi):
        return "a poll's share of the people it asked, not of GDP"
    if kind == "count" and _poll_count(sentence):
        return "a count in a poll's sentence whose only figures are shares of the people asked"
    after, before = _not_gdp_pair()
    if after.match(sentence, end) or before.search(sentence[max(lo, start - 140) : start]):
        return "a share of a base other than GDP (the other figure of its pair names it)"
    aid = _aid_measured(sentence, lo, start)
    if aid:
        return f"{aid}: not defence spending"
    if kind == "total_spending" and _purchase(sentence, lo, start, end):
        return "one purchase, not a year's defence spending"
    near = sentence[max(lo, start - 100) : min(hi, end + 30)]
    wide = out_of_scope_words("government_wide").search(near)
    if wide:
        return f"{wide.group()}, not defence spending"
    world = out_of_scope_words("world_share").match(sentence[end : end + 50]) or _world_base().match(
        sentence[end : end + 60]
    )
    if world:
        return f"a share {world.group().strip()}, which natospend does not hold"
    line = _programme().search(sentence[max(lo, start - 50) : start])
    if line and kind != "total_spending":  # money names its programme itself (unverifiable, not dropped)
        return f"{line.group()}: one programme's budget, not defence spending"
    if _shift_before().search(sentence[max(0, start - 30) : start]) and not any(a[0] < start for a in allies):
        return "a level named as the object of a move, with no ally said to spend it"
    return None
