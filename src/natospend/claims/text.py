"""Text: an article (plain text, HTML or bytes) -> clean text -> sentence spans. The offsets every later stage
reports are positions in `clean_text(x)`, which is what `check_text` shows as the article text."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from functools import lru_cache
from html.parser import HTMLParser

from natospend.claims.patterns import lazy

MAX_SENTENCE = 1500  # longer runs without punctuation (tables, garbage) are cut into windows of this size


# ------------------------------------------------------------------------------------------------ text cleaning
_BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "td",
    "th",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "figcaption",
    "caption",
    "title",
    "dd",
    "dt",
    "pre",
    "hr",
}
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "head"}
_HTML_HINT = lazy(r"<\s*(?:html|body|p|div|span|br|article|h[1-6]|a|li|table|section|!doctype)\b", re.I)


class _TextExtractor(HTMLParser):
    """Blocks on their own lines; a table's cells one row a line, separated by tabs ("Poland\t4.12\t26,839"), so
    that a table reads like a pasted one (claims/tables.py)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0
        self._cells = 0  # cells opened in the current row
        self._in_cell = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag in ("td", "th"):
            self.parts.append("\t" if self._cells else "\n")
            self._cells += 1
            self._in_cell = True
        elif tag in _BLOCK_TAGS:
            if tag == "tr":
                self._cells = 0
            if not self._in_cell:
                self.parts.append("\n")
            elif tag == "br":  # a line break inside a cell parts its words ("2014<br>Defence", "2.10%<br>2025")
                self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in ("td", "th"):
            self._in_cell = False
        elif tag in _BLOCK_TAGS:
            if tag == "tr":
                self._cells = 0
            if not self._in_cell:
                self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            # A cell's text stays on its row ("<td>\n Poland\n</td>").
            self.parts.append(" ".join(data.split()) if self._in_cell else data)


def html_to_text(markup: str) -> str:
    """Visible text of an HTML page (stdlib parser; scripts and styles dropped, blocks on their own lines)."""
    parser = _TextExtractor()
    try:
        parser.feed(markup)
        parser.close()
    except (AssertionError, ValueError):  # malformed markup: fall back to dropping tags
        return html.unescape(re.sub(r"<[^>]*>", " ", markup))
    return "".join(parser.parts)


def clean_text(text: str | bytes) -> str:
    """Text ready for extraction: bytes decoded (undecodable bytes replaced), HTML stripped, control chars removed."""
    if isinstance(text, bytes | bytearray):
        text = bytes(text).decode("utf-8", errors="replace")
    if _HTML_HINT.search(text[:20000]):
        text = html_to_text(text)
    text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]", " ", text)
    return text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")


# ------------------------------------------------------------------------------------------------ sentences
_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "gen",
    "lt",
    "col",
    "sen",
    "rep",
    "gov",
    "prof",
    "adm",
    "maj",
    "capt",
    "rt",
    "hon",
    "no",
    "vs",
    "etc",
    "approx",
    "inc",
    "ltd",
    "co",
    "corp",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "e.g",
    "i.e",
    "u.s",
    "u.k",
    "u.n",
    "e.u",
    "a.m",
    "p.m",
    "ca",
    "cf",
}
# A sentence ends at terminal punctuation before a capital or a figure ("... 2%. The ..."), also when pasted text lost
# the space ("spending.The"), at a blank line, and at a line break before a capital, a bullet or a list number
# ("obligations:\n1. The U.S. - 3.61%", table rows "Estonia2.14"), but not at a line break after a comma, a semicolon or
# a word that cannot end a line of its own (a sentence the page wrapped: "Poland (4.12%), Estonia (3.43%),\nLatvia
# (3.15%) ...", "equalled 1.3 per cent of\nGDP").
_BOUNDARY = lazy(
    r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9£$€])"
    r"|(?<=[a-z%)])[.!?](?=[A-Z][a-z]{2})"
    r"|\n\s*\n|(?<![,;])(?<! of)(?<! the)(?<! and)(?<! to)(?<! at)(?<! in)(?<! a)\n(?=\s*[A-Z0-9\"'“‘•*·▪►–—-])"
)


# Where a boundary can start: each alternative above first takes one of these (its lookbehinds take nothing).
_BOUNDARY_START = lazy(r"[.!?…\n]")


def _boundaries(text: str) -> Iterator[re.Match[str]]:
    """_BOUNDARY.finditer(text), tried only where a boundary can start, not at every letter of the article."""
    at = 0
    while (candidate := _BOUNDARY_START.search(text, at)) is not None:
        match = _BOUNDARY.match(text, candidate.start())  # lookbehinds still see the text before the candidate
        if match is None:
            at = candidate.start() + 1
            continue
        yield match
        at = match.end()


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) over `text`, skipping abbreviations such as 'Mr.' and 'U.S.'."""
    return list(_sentence_spans(text))


# check_text splits the article once for extraction and once for its sources (sourcing.SentenceSources): once.
@lru_cache(maxsize=4)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _boundaries(text):
        if match.group().startswith("."):
            # the word before the point ("Mr", "U.S"); a possessive ("the alliance’s.") is a word, not a letter
            word = _word_before(text, start, match.start()).lower().rstrip(".")
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
            if re.fullmatch(r"\s*(?:\d{1,2}|[a-z])", text[start : match.start()]):
                continue  # a list number ("1. Poland - 4.12%") starts its item
        end = match.end()
        spans.extend(_trimmed(text, start, end))
        start = end
    spans.extend(_trimmed(text, start, len(text)))
    return tuple(spans)


_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.’'")


def _word_before(text: str, start: int, end: int) -> str:
    """re.search(r"([A-Za-z.’']+)$", text[start:end]).group(1), or '': read back from the end, not searched for
    from the start of a long sentence at each point in it ($ also matches before a final line break)."""
    if end > start and text[end - 1] == "\n":
        end -= 1
    at = end
    while at > start and text[at - 1] in _WORD_CHARS:
        at -= 1
    return text[at:end]


def _trimmed(text: str, start: int, end: int) -> list[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return []
    if end - start <= MAX_SENTENCE:
        return [(start, end)]
    return [(s, min(s + MAX_SENTENCE, end)) for s in range(start, end, MAX_SENTENCE)]
