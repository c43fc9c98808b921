"""Numbers and dates in French text, as values: "3 millions" = "3 000 000", "sept" = "7", "2.500" = "2 500"."""

from __future__ import annotations

import re
from collections import Counter

from .lexicon import MONTHS, NUMBER_WORDS, ORDINAL_WORDS, WEEKDAYS
from .text import fold, folded_words

DIGITS_RE = re.compile(r"(?<![\w,.])\d+(?:[ .\u00a0\u202f]\d{3})*(?:,\d+)?(?![\w])")
_SCALE_RE = re.compile(r"\s*(millions?|milliards?|mille)\b", re.I)
_SCALES = {"million": 1_000_000, "millions": 1_000_000, "milliard": 1_000_000_000, "milliards": 1_000_000_000,
           "mille": 1000}
_WORD_RE = re.compile(r"[a-zà-öø-ÿœæ]+(?:-[a-zà-öø-ÿœæ]+)*", re.I)


def _digit_value(raw: str) -> float:
    return float(re.sub(r"[ .\u00a0\u202f]", "", raw).replace(",", "."))


def number_values(text: str) -> Counter:
    """Every number of ``text`` as a value (digits and French number words; ordinals as ("ord", n))."""
    found: Counter = Counter()
    consumed: list[tuple[int, int]] = []
    for m in DIGITS_RE.finditer(text):
        value = _digit_value(m.group())
        end = m.end()
        scale = _SCALE_RE.match(text, end)
        if scale:
            value *= _SCALES[scale.group(1).lower()]
            end = scale.end()
        found[value] += 1
        consumed.append((m.start(), end))
    for m in _WORD_RE.finditer(text):
        if any(a <= m.start() < b for a, b in consumed):
            continue
        parts = fold(m.group()).split()
        value, ordinal = 0.0, None
        for p in parts:
            if p in NUMBER_WORDS:
                v = NUMBER_WORDS[p]
                if (v in (100, 1000, 1_000_000, 1_000_000_000) or (v == 20 and value == 4)) and value > 0:
                    value *= v
                else:
                    value += v
            elif p in ORDINAL_WORDS:
                ordinal = ORDINAL_WORDS[p]
            elif p in ("et",):
                continue
            else:
                value, ordinal = 0.0, None
                break
        if value:
            found[value] += 1
        elif ordinal is not None:
            found[("ord", ordinal)] += 1
    return found


def number_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, surface) of every digit number (with its scale word) in ``text``."""
    out = []
    for m in DIGITS_RE.finditer(text):
        end = m.end()
        scale = _SCALE_RE.match(text, end)
        if scale:
            end = scale.end()
        out.append((m.start(), end, text[m.start():end]))
    return out


def date_words(text: str) -> set[str]:
    """Month and weekday names of ``text`` (folded): a date may not appear that the source lacks."""
    toks = set(folded_words(text))  # words, not space-separated tokens: « 3 mars. » holds « mars »
    return {w for w in toks if w in MONTHS or w in WEEKDAYS}
