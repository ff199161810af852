"""Building blocks for the extractor's regexes, and how they are kept fast.

``re`` scans quickly when a pattern opens with a literal or a character class: it can skip
ahead to the characters that may start a match. A pattern that opens with ``\\b``, a
lookbehind or an alternation of words is tried at every position instead. The helpers here
keep that property while the rules stay readable where they are written:

- ``trie`` / ``cased``: a word list as one prefix-factored alternation.
- ``NOT_AFTER_LETTER``: "not preceded by a letter", checked one character in.
- ``words`` / ``spaced``: a list of phrases as a plain alternation, so a rule can be
  written as a list and a cheap test derived from the same list.
- ``reversed_regex``: a rule over the end of a figure's left-hand context ("more than $"),
  written forwards, turned into the same rule over the reversed context, so it is tried
  once at the figure instead of searched for along the whole context.

Plain Python, like the rest of the package.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = [
    "NOT_AFTER_LETTER",
    "SPACE",
    "cased",
    "reverse_pattern",
    "reversed_regex",
    "spaced",
    "trie",
    "words",
]

# A space or a no-break space: how copy separates words (pattern text, not compiled).
SPACE = r"[ \u00a0]"

# Same as a leading (?<![A-Za-z]), checked one character later (see ``trie``).
NOT_AFTER_LETTER = "(?<![A-Za-z].)"


def trie(words: Iterable[str], guard: str = "") -> str:
    """A prefix-factored alternation of ``words``, as pattern text.

    ``re`` then branches on one letter instead of trying every word at every position (3x
    faster on article text than a flat alternation). It matches what ``a|b|c`` matches,
    longest word first where one word is a prefix of another.

    ``guard`` is placed after each word's first letter. Pass ``NOT_AFTER_LETTER`` instead
    of leading the pattern with ``(?<![A-Za-z])``: a pattern that opens with a lookbehind
    makes ``re`` try every position, one that opens with a literal lets it skip ahead."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_rx(tree, guard)


def _trie_rx(node: dict, guard: str = "") -> str:
    alts = []
    end = "" in node
    for ch in sorted(k for k in node if k):
        alts.append(re.escape(ch) + guard + _trie_rx(node[ch]))
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if end:
        return "(?:" + body + ")?"
    return body


def cased(words: Iterable[str], guard: str = "") -> str:
    """``trie`` of the words in lower case and Capitalised, so the regex needs no (?i)."""
    return trie(sorted({w for word in words for w in (word, word.capitalize())}), guard)


def words(phrases: Iterable[str]) -> str:
    """``(?:a|b|c)``: the phrases as literal text, tried in the order given."""
    return "(?:" + "|".join(re.escape(p) for p in phrases) + ")"


def spaced(phrases: Iterable[str]) -> str:
    """``words(phrases)``, except that each space in a phrase matches a run of spaces and
    no-break spaces (``SPACE+``), as copy may write them."""
    return "(?:" + "|".join(re.escape(p).replace("\\ ", SPACE + "+") for p in phrases) + ")"


# -- rules read backwards -------------------------------------------------------------------
def reversed_regex(rule: re.Pattern[str]) -> re.Pattern[str]:
    """``rule`` (a regex ending in ``$``) read backwards, with the same flags.

    ``reversed_regex(rule).match(left[::-1])`` finds what ``rule.search(left)`` finds, in
    one try at the start of the reversed text instead of a search from every position of
    ``left``. See ``reverse_pattern`` for what a rule may contain."""
    return re.compile(reverse_pattern(rule.pattern), rule.flags)


def reverse_pattern(pattern: str) -> str:
    """Pattern text that matches the reverse of what ``pattern`` matches, for ``.match``.

    ``pattern`` must end with an unescaped ``$``: it is a rule over the end of a text.
    ``re.compile(reverse_pattern(p)).match(s[::-1])`` succeeds exactly when
    ``re.compile(p).search(s)`` does (same flags), for any ``s`` that does not end with a
    line break (``$`` also matches before a final ``\\n``). A named group captures the
    reverse of what it captured forwards whenever only one reading of the text fits.

    Supported: literals and escapes, character classes, ``.``, ``(?:...)`` and
    ``(?P<name>...)`` groups, ``|``, the quantifiers ``? * + {m,n}`` (greedy or lazy), and
    ``\\b`` / ``\\B``. Anything whose meaning depends on the direction of reading or on group
    numbers (lookarounds, backreferences, ``^``, ``\\A``, unnamed groups, inline flags,
    possessive quantifiers) raises ``ValueError``."""
    if not pattern.endswith("$") or _escaped(pattern, len(pattern) - 1):
        raise ValueError(f"not anchored at the end with $: {pattern!r}")
    body = pattern[:-1]
    alts, pos = _parse_alternation(body, 0)
    if pos != len(body):
        raise ValueError(f"unbalanced ) at {pos} in {pattern!r}")
    return _emit_alternation(alts)


# A parsed pattern: an alternation is a list of sequences; a sequence a list of
# (atom, quantifier) items; an atom is its pattern text, or (group opening, alternation).
_Alternation = list[list[tuple[object, str]]]
_QUANT = re.compile(r"(?:[?*+]|\{[0-9]*(?:,[0-9]*)?\})[?+]?")
_ANCHORS = ("\\b", "\\B")


def _escaped(pattern: str, i: int) -> bool:
    n = 0
    while i - n - 1 >= 0 and pattern[i - n - 1] == "\\":
        n += 1
    return n % 2 == 1


def _parse_alternation(p: str, i: int) -> tuple[_Alternation, int]:
    alts = []
    seq, i = _parse_sequence(p, i)
    alts.append(seq)
    while i < len(p) and p[i] == "|":
        seq, i = _parse_sequence(p, i + 1)
        alts.append(seq)
    return alts, i


def _parse_sequence(p: str, i: int) -> tuple[list[tuple[object, str]], int]:
    items: list[tuple[object, str]] = []
    while i < len(p) and p[i] not in "|)":
        atom, i = _parse_atom(p, i)
        q = _QUANT.match(p, i)
        quant = ""
        if q:
            quant = q.group()
            if quant.endswith("+") and len(quant) > 1:
                raise ValueError(f"possessive quantifier at {i} in {p!r}")
            if atom in _ANCHORS:
                raise ValueError(f"quantified anchor at {i} in {p!r}")
            i = q.end()
        items.append((atom, quant))
    return items, i


def _parse_atom(p: str, i: int) -> tuple[object, int]:
    ch = p[i]
    if ch == "(":
        return _parse_group(p, i)
    if ch == "[":
        return _parse_class(p, i)
    if ch == "\\":
        return _parse_escape(p, i)
    if ch in "^$*+?{":
        raise ValueError(f"unsupported {ch!r} at {i} in {p!r}")
    return ch, i + 1


def _parse_group(p: str, i: int) -> tuple[object, int]:
    if p.startswith("(?:", i):
        opening = "(?:"
    elif p.startswith("(?P<", i):
        opening = p[i : p.index(">", i) + 1]
    else:
        raise ValueError(f"unsupported group at {i} in {p!r} (lookaround, flags or unnamed)")
    alts, j = _parse_alternation(p, i + len(opening))
    if j >= len(p) or p[j] != ")":
        raise ValueError(f"unclosed group at {i} in {p!r}")
    return (opening, alts), j + 1


def _parse_class(p: str, i: int) -> tuple[str, int]:
    j = i + 1
    if j < len(p) and p[j] == "^":
        j += 1
    if j < len(p) and p[j] == "]":
        j += 1
    while j < len(p) and p[j] != "]":
        j += 2 if p[j] == "\\" else 1
    if j >= len(p):
        raise ValueError(f"unclosed class at {i} in {p!r}")
    return p[i : j + 1], j + 1


def _parse_escape(p: str, i: int) -> tuple[str, int]:
    nxt = p[i + 1 : i + 2]
    if not nxt or nxt in "AZzG" or nxt.isdigit():
        raise ValueError(f"unsupported escape at {i} in {p!r}")
    size = {"u": 6, "x": 4, "U": 10}.get(nxt, 2)
    if nxt == "N":
        size = p.index("}", i) + 1 - i
    return p[i : i + size], i + size


def _emit_alternation(alts: _Alternation) -> str:
    return "|".join(_emit_sequence(seq) for seq in alts)


def _emit_sequence(seq: list[tuple[object, str]]) -> str:
    out = []
    for atom, quant in reversed(seq):
        if isinstance(atom, tuple):
            opening, alts = atom
            out.append(f"{opening}{_emit_alternation(alts)}){quant}")
        else:
            out.append(f"{atom}{quant}")
    return "".join(out)
