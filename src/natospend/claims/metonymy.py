"""Names that stand for something else: capitals for governments, people for their ally while in office, "the NATO
average" for the alliance aggregate, and groups natospend cannot resolve ("the eastern flank"). Words are data
(vocab.toml, people.csv); this module compiles them."""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

from natospend.claims.patterns import LazyPattern, Pattern, lazy
from natospend.claims.vocab import first_chars, phrase_alternation, phrase_re, vocab


@cache
def capitals() -> dict[str, str]:
    """Capital or seat of government ("Downing Street") -> ISO3 code of the ally whose government it stands for."""
    return dict(vocab()["capitals"]) | dict(vocab()["seats"])


@cache
def capital_regex() -> Pattern:
    return lazy(rf"\b(?P<capital>{'|'.join(map(re.escape, capitals()))})(?![\w-])")


@cache
def actor_after_regex() -> Pattern:
    """After a capital: a verb or a possessive makes it an actor, a comment between them aside ("Warsaw, for
    example, has ...")."""
    words = vocab()["metonymy"]["actor_after"]
    marks = [w for w in words if not w[0].isalpha()]
    verbs = [w for w in words if w[0].isalpha()] + vocab()["metonymy5"]["actor_verbs"]
    aside = rf"(?:,\s+(?:{phrase_alternation(vocab()['metonymy5']['actor_asides'])}),)?"
    return lazy(rf"(?:{'|'.join(map(re.escape, marks))})\s|{aside}\s+(?:{phrase_alternation(verbs)})\b")


@cache
def place_before_regex() -> Pattern:
    words = vocab()["metonymy"]["place_before"]
    return lazy(rf"\b(?:{phrase_alternation(words)})\s+(?:the\s+)?$", re.I)


@cache
def name_after_regex() -> Pattern:
    return lazy(rf"(?:'s|’s)?\s+(?:{phrase_alternation(vocab()['metonymy']['name_after'])})\b")


@cache
def average_regex() -> Pattern:
    """'the NATO average': the alliance aggregate (NATO Total)."""
    return lazy(rf"(?<!\w)(?:{phrase_alternation(vocab()['averages']['aggregate'])})\b", re.I)


@cache
def undefined_group_regex() -> Pattern:
    """Groups with no fixed list of allies ("the eastern flank", "NATO's Eastern European member states")."""
    phrases = vocab()["undefined_groups"]["phrases"] + vocab()["metonymy5"]["undefined_groups"]
    groups = rf"\b{first_chars(phrases)}(?:{phrase_alternation(phrases)})(?![\w-])"
    return lazy(rf"{groups}|{_others_of(possessive=True)}", re.I)


@cache
def others_regex() -> Pattern:
    """An ally's own allies ("Germany's allies", "U.S. allies"): the others, not the ally named before them."""
    return lazy(_others_of())


def _others_of(possessive: bool = False) -> str:
    """An ally's own allies; a possessor's ("Germany's allies") are no published aggregate (an undefined group), the
    US's NATO allies are the European allies and Canada (group_forms). An ally owns them, not "NATO's" or "Europe's"."""
    words = vocab()["names"]
    owner = rf"(?:(?!NATO|Nato)[A-Z][\w.-]*\s+)*(?!NATO|Nato|Europe)[A-Z][\w.-]*['’]s|{_us(possessive)}"
    return rf"(?-i:(?<![\w-])(?:{owner})\s+(?:{phrase_alternation(words['nato_allies'] + words['allies'])})\b)"


EUROPE_CANADA = "NATO_EUROPE_CANADA"  # the aggregate key of claims/lexicon.py (which imports this module)


@cache
def group_forms() -> list[tuple[LazyPattern, str]]:
    """Further forms of two aggregates ("European allies of NATO and Canada", "spending across the alliance"):
    (pattern, aggregate key of claims/lexicon.py)."""
    return [
        (phrase_re("metonymy5", key), target)
        for key, target in (("europe_canada", "NATO_EUROPE_CANADA"), ("nato_total", "NATO_TOTAL"))
    ] + [
        (lazy(_us_nato_allies()), EUROPE_CANADA),
        (lazy(_us_left_out()), EUROPE_CANADA),
        (lazy(rf"(?<!\w)(?:{phrase_alternation(vocab()['names']['europe_canada'])})(?!\w)"), EUROPE_CANADA),
    ]


def _us_nato_allies() -> str:
    """ "America's NATO allies", "U.S. allies in NATO": every ally but the US, the European allies and Canada."""
    words = vocab()["names"]
    return rf"(?<![\w-])(?:{_us()})\s+(?:{phrase_alternation(words['nato_allies'])})\b"


def _us_left_out() -> str:
    """ "NATO allies excluding the US", "spending ... (excluding the US)": the allies but the US, in parentheses or
    after a word of the alliance; not a bare "without the US" ("cannot defend itself without the US"), nor a clause's
    head ("Excluding America, NATO members ...": money.py reads the US there as left out of the members)."""
    words = vocab()["scope2"]
    left = rf"(?i:{phrase_alternation(words['us_left_out'])})\s+(?:{phrase_alternation(words['us_forms'])})(?![\w.-])"
    return rf"(?:(?<![\w-])(?:{phrase_alternation(words['alliance_words'])}),?\s+|(?<=\()){left}"


def _us(possessive: bool = False) -> str:
    forms = [f for f in vocab()["names"]["us"] if not possessive or f.endswith(("'s", "'"))]
    return rf"(?:[Tt]he\s+)?(?:{phrase_alternation(forms)})"


@cache
def epithet_regex() -> Pattern:
    """Epithets of one ally ("the Grand Duchy": Luxembourg); the ally of a match is epithets()[match]."""
    return lazy(rf"(?<![\w-])(?P<epithet>{phrase_alternation(epithets())})(?![\w-])")


@cache
def epithets() -> dict[str, str]:
    return dict(vocab()["metonymy5"]["epithets"])


@cache
def _neighbour_regex(non_ally: bool) -> Pattern:
    """A word of neighbourhood and the places after it ("bordering Russia, Ukraine and Russian ally Belarus"): up to
    the next comma, or through a list of names that ends in "and"/"or" ("on its borders, Poland will ..." ends at
    the comma)."""
    words = vocab()["metonymy5"]
    alternation = phrase_alternation(words["neighbour_words"] + (words["neighbour_adjectives"] if non_ally else []))
    item = r"[^,;:.()—–]*"
    return lazy(rf"(?<![\w-])(?i:{alternation}){item}(?:(?:,\s+[A-Z]{item})*,?\s+(?i:and|or)\s{item})?")


def in_neighbour_phrase(sentence: str, at: int, non_ally: bool = False) -> bool:
    """Is position `at` among the places a neighbourhood word names ("Lithuania, which borders Russia, ...")? A
    country there describes the ally; it is not whose figure it is. `non_ally`: a non-ally's place, which an
    adjective ("neighbouring Russia") names as well."""
    return any(a < at < b for a, b in neighbour_spans(sentence, non_ally))


def neighbour_spans(sentence: str, non_ally: bool = False) -> list[tuple[int, int]]:
    """The spans in_neighbour_phrase tests, read once for all the positions of a sentence."""
    return [m.span() for m in _neighbour_regex(non_ally).finditer(sentence)]


# ------------------------------------------------------------------------------------------------ people
# A head of government or a minister stands for their ally while in office, as the actor of a clause ("Sanchez agreed
# to ...": Spain); who held which office when is data (people.csv, loaded on first use).


@dataclass(frozen=True)
class Term:
    office: str
    country: str  # ISO3 of the ally, or "NATO" for the alliance's own officials (attribution, never an ally)
    start: date
    end: date | None = None  # exclusive; None: still in office

    def held(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Person:
    name: str
    terms: tuple[Term, ...]
    source: str

    def ally(self, day: date) -> str | None:
        """The ally this person stands for on `day` (None: out of office, or a NATO official)."""
        held = {t.country for t in self.terms if t.held(day)}
        return next(iter(held)) if len(held) == 1 and "NATO" not in held else None


# Letters with no decomposition that English copy writes plainly ("Wladyslaw", "Lokke").
_PLAIN = str.maketrans("łŁøØđĐı", "lLoOdDi")


def _unaccented(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).translate(_PLAIN)


@cache
def people() -> dict[str, Person]:
    """Every form a text names a person by -> the person; a form two people share abstains (left out)."""
    with resources.files("natospend.claims").joinpath("people.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(line for line in fh if not line.startswith("#")))
    names: dict[str, list[str]] = {}
    terms: dict[str, list[Term]] = {}
    sources: dict[str, str] = {}
    for row in rows:
        names.setdefault(row["name"], []).extend(n for n in row["names"].split("|") if n)
        end = date.fromisoformat(row["end"]) if row["end"] else None
        terms.setdefault(row["name"], []).append(
            Term(row["office"], row["country"], date.fromisoformat(row["start"]), end)
        )
        sources.setdefault(row["name"], row["source"])
    forms: dict[str, list[Person]] = {}
    for name, listed in names.items():
        person = Person(name, tuple(terms[name]), sources[name])
        for form in listed:
            for f in dict.fromkeys((form, _unaccented(form))):
                forms.setdefault(f, []).append(person)
    return {f: ps[0] for f, ps in forms.items() if len({p.name for p in ps}) == 1}


# A run of capitalised words, with the particles of names ("Alexander de Croo", "Ursula von der Leyen"): where a
# name form is looked up (cheaper to build than one pattern of every form).
_NAME_RUN = lazy(
    r"(?<![\w-])(?:(?:de|von|der|van|den)\s+)*[A-Z](?:[\w-]|\.(?=\s))*"
    r"(?:\s+(?:(?:[Dd]e|von|der|van|den)\s+)*[A-Z](?:[\w-]|\.(?=\s))*)*"
)
_WORD = lazy(r"\S+")


@cache
def _form_heads() -> tuple[frozenset[str], int]:
    """The first words of people()'s forms and the most words a form has: where a form can start, how long it is."""
    forms = people()
    return frozenset(form.split(" ")[0] for form in forms), max((form.count(" ") + 1 for form in forms), default=0)


def _name_spans(sentence: str) -> list[tuple[int, int, Person]]:
    """The longest name forms of people() in the sentence, left to right: (start, end, person)."""
    forms = people()
    heads, longest = _form_heads()
    out = []
    for run in _NAME_RUN.finditer(sentence):
        words = list(_WORD.finditer(sentence, run.start(), run.end()))
        i = 0
        while i < len(words):
            first = words[i].group()
            if first not in heads and first[:-1] not in heads:
                i += 1  # no form starts with this word (nor with it less a final ".")
                continue
            for j in range(min(len(words), i + longest), i, -1):
                end = words[j - 1].end() - (1 if words[j - 1].group().endswith(".") else 0)
                key = " ".join([w.group() for w in words[i : j - 1]] + [sentence[words[j - 1].start() : end]])
                if key in forms:
                    out.append((words[i].start(), end, forms[key]))
                    i = j
                    break
            else:
                i += 1
    return out


@cache
def _title_before_regex() -> Pattern:
    titles = phrase_alternation(vocab()["actors"]["titles"])
    return lazy(rf"(?:(?<![\w-])(?:{titles})(?:\s+|(?<=-)))+$", re.I)


@cache
def _verb_regex() -> Pattern:
    """What follows a name when the person is the subject of a verb, or owns what follows ('Sanchez's plan'); the
    subject of a relative clause too ("Luis Montenegro, who reiterated his country's pledge")."""
    words = vocab()["actors"]
    return lazy(
        rf"(?:(?P<poss>['’]s)\s+|(?:,\s+who)?\s+(?:(?:{phrase_alternation(words['before_verb'])})\s+)*)"
        r"(?P<word>[a-z][\w-]*(?:\s+\w+)?)"
    )


_QUOTE_BEFORE = lazy(r"[\"”’],?\s*$")
# A quote that ends at the speaker and speaks in the first person plural ("We're", "our budget"): the speaker's side.
_WE_QUOTED = lazy(r"(?:^|[\"“])\s*(?:[^\"“”]*\W)?(?:[Ww]e|[Oo]ur|[Uu]s)(?:['’]\w+)?\b[^\"“”]*$")
# Capitalised words before a surname that are no first name ("The Trudeau government is set to announce ... 2%").
_NOT_FIRST_NAMES = frozenset(vocab()["metonymy5"]["not_first_names"])


@dataclass(frozen=True)
class PersonMention:
    start: int  # the name
    end: int
    lead: int  # the start of the titles before it ("Prime Minister "), else start
    person: Person
    acts: bool  # the subject of a verb ("Sanchez agreed") or the owner of what follows ("Sanchez's plan")


def find_people(sentence: str) -> list[PersonMention]:
    """The people of people.csv a sentence names, whether or not they stand for anyone on a given day."""
    spans = _name_spans(sentence)
    if not spans:
        return []
    words = vocab()["actors"]
    not_verb = set(words["not_verbs"])
    demand = phrase_re("actors", "demands")
    out = []
    for start, end, person in spans:
        before = sentence[max(0, start - 60) : start]
        title = _title_before_regex().search(before)
        lead = start - (len(before) - title.start()) if title else start
        first = re.search(r"\b([A-Z][\w-]+)\s+$", before)
        if " " not in sentence[start:end] and not title and first and first.group(1) not in _NOT_FIRST_NAMES:
            continue  # "Tony Blair", "Mike Johnson": another person of that surname; not "The Trudeau government"
        verb = _verb_regex().match(sentence, end)
        quoted = _QUOTE_BEFORE.search(sentence, 0, lead)
        acts = bool(
            # '"A 5% spending would be ...," Sanchez said': the speaker, not the subject; unless the quote says "we"
            # ('"We're planning on hitting 3% ... in 2027," Karins told reporters': Latvia's plan)
            (not quoted or _WE_QUOTED.search(sentence, 0, quoted.start()))
            and verb
            and (verb.group("poss") or verb.group("word").split()[0] not in not_verb)
            and not demand.match(verb.group("word"))
        )
        out.append(PersonMention(start, end, lead, person, acts))
    return out
