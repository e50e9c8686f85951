"""English number words: "twenty-one", "one hundred and five", "two thirds", "a dozen",
"one and a half", "two hundred point zero three". Tokens are lowercased words and '-'."""

from __future__ import annotations

from decimal import Decimal, localcontext

import regex

from claims.numbers_lexicon import Compiled
from claims.numbers_parse import ONE, ZERO, Parsed, clean, place



def en_words(s: str) -> list[tuple[str, int, int]]:
    return [(m.group().lower(), m.start(), m.end()) for m in _EN_WORD.finditer(s)]


_EN_WORD = regex.compile(r"[A-Za-z]+|-|\d[\d,.]*")


def parse_en(C: Compiled, words: list[tuple[str, int, int]], i: int) -> Parsed | None:
    """English number words from words[i] (tokens are lowercased words and '-')."""
    n = len(words)
    j = i
    neg = False
    if j < n and words[j][0] in C.en_negative:
        neg = True
        j += 1
    start = j
    total = ZERO
    max_scale = ONE
    cur: Decimal | None = None
    prev = ""
    last_good = j
    value_at_good: Decimal | None = None
    article = False
    small = ZERO  # the part of cur after its hundreds (three hundred and [two] dozens)
    while j < n:
        w = words[j][0]
        if w == "-":
            j += 1
            continue
        if w in C.en_articles:
            if prev or cur is not None:
                break
            article = True
            prev = "article"
            j += 1
            continue
        if w == "and":
            if prev in ("hundred", "scale") and j + 1 < n and (words[j + 1][0] in C.en_ones or words[j + 1][0] in C.en_tens):
                prev = "and"
                j += 1
                continue
            break
        if prev == "article" and (w in C.en_ones or w in C.en_tens):
            return None  # "a ten-year moratorium": the article counts only before a scale (a hundred)
        if w in C.en_ones:
            if prev in ("ones", "teen") or (prev == "tens" and C.en_ones[w] >= 10) or (prev == "tens" and C.en_ones[w] == 0):
                break
            cur = (cur or ZERO) + C.en_ones[w]
            small += C.en_ones[w]
            prev = "ones"
        elif w in C.en_tens:
            if prev in ("ones", "tens"):
                break
            cur = (cur or ZERO) + C.en_tens[w]
            small += C.en_tens[w]
            prev = "tens"
        elif w in C.en_hundred:
            if prev == "hundred":
                break
            cur = (cur if cur is not None else (ONE if article or prev == "" else None))  # type: ignore[assignment]
            if cur is None:
                break
            cur = cur * 100
            small = ZERO
            prev = "hundred"
        elif w in C.en_scales:
            s = C.en_scales[w]
            g = cur if cur is not None else (ONE if article else None)
            if g is None and total == 0:
                break
            g = g or ZERO
            if s > max_scale:
                total = (total + g) * s
                max_scale = s
            else:
                total += g * s
            cur = None
            small = ZERO
            prev = "scale"
        elif w in C.en_dozen:
            g = cur if cur is not None else (ONE if article else None)
            if g is None:
                break
            cur = (g - small + small * 12) if small and small != g else g * 12
            prev = "dozen"
            j += 1
            last_good = j
            value_at_good = total + cur
            break
        else:
            break
        j += 1
        if prev != "article":
            last_good = j
            value_at_good = total + (cur or ZERO)
    if value_at_good is None:
        return None
    value = value_at_good
    j = last_good
    # decimals: "point zero three", "point seventy-one"
    if j + 1 < n and words[j][0] in C.en_point:
        digs = []
        jj = j + 1
        while jj < n:
            w = words[jj][0]
            if w == "-":
                jj += 1
                continue
            if w in C.en_ones and C.en_ones[w] < 20:
                digs.append(str(int(C.en_ones[w])))
            elif w in C.en_tens:
                t = int(C.en_tens[w])
                if jj + 2 < n and words[jj + 1][0] == "-" and words[jj + 2][0] in C.en_ones and C.en_ones[words[jj + 2][0]] < 10:
                    digs.append(str(t + int(C.en_ones[words[jj + 2][0]])))
                    jj += 3
                    continue
                digs.append(str(t))
            else:
                break
            jj += 1
        if digs:
            value = value + Decimal("0." + "".join(digs))
            j = jj
    del start
    return Parsed(clean(-value if neg else value), j - i, scaled=prev == "scale")


def parse_en_fraction(C: Compiled, words: list[tuple[str, int, int]], i: int, p: Parsed | None,
                      *, depth: int = 0) -> Parsed | None:
    """'two thirds', 'a half', 'one and a half', 'three quarters': a count followed by an ordinal."""
    n = len(words)
    j = i + (p.ntok if p else 0)
    article = False
    if p is None:
        if i < n and words[i][0] in C.en_articles:
            article = True
            j = i + 1
        else:
            return None
    k = j
    while k < n and words[k][0] == "-":
        k += 1
    comp = _compound_ordinal(C, words, i, p, k)
    if comp is not None:
        return comp
    if k < n and words[k][0] in C.en_ordinals:
        den = C.en_ordinals[words[k][0]]
        num = p.value if p else ONE
        if p and p.value == 0:
            return None
        whole = ZERO
        scale = ONE
        if p is not None:
            ands = [x for x in range(i, i + p.ntok) if words[x][0] == "and"]
            if ands:
                a = ands[-1]
                head = parse_en(C, words[:a], i)
                tail = parse_en(C, words[:k], a + 1)
                if head is not None and tail is not None and head.ntok == a - i and tail.value < den:
                    whole, num = head.value, tail.value
                    if head.scaled:
                        scale = place(head.value)
        with localcontext() as ctx:
            ctx.prec = 28
            v = whole + num / den * scale
        return Parsed(clean(v), k + 1 - i)
    # "and a half", "and three quarters"
    if p is not None and k < n and words[k][0] == "and" and depth < 2:
        q = None
        if k + 1 < n and words[k + 1][0] in C.en_articles:
            q = parse_en_fraction(C, words, k + 1, None, depth=depth + 1)
        elif k + 1 < n:
            q0 = parse_en(C, words, k + 1)
            if q0 is not None and q0.value < 10:
                q = parse_en_fraction(C, words, k + 1, q0, depth=depth + 1)
        if q is not None:
            scale = place(p.value) if p.scaled else ONE
            return Parsed(clean(p.value + q.value * scale), k + 1 + q.ntok - i)
    del article
    return None


def _unit_ordinal(C: Compiled, w: str) -> Decimal | None:
    if w in C.en_unit_ordinals:
        return C.en_unit_ordinals[w]
    v = C.en_ordinals.get(w)
    return v if v is not None and v < 10 else None


def _compound_ordinal(C: Compiled, words: list[tuple[str, int, int]], i: int, p: Parsed | None,
                      k: int) -> Parsed | None:
    """'a twenty-first', 'one twenty-fifth', 'three twenty firsts': tens + unit ordinal as the
    denominator; first/second only count here, never alone (three seconds is a duration)."""
    n = len(words)
    # the tens word is either the next word (one twenty-fifth) or the last word of p (a twenty-first)
    if k < n and words[k][0] in C.en_tens:
        t = k
        num = p.value if p is not None else ONE
    elif p is not None and p.ntok >= 1 and words[i + p.ntok - 1][0] in C.en_tens:
        t = i + p.ntok - 1
        head = words[i:t]
        if not head:
            num = ZERO  # "twenty-first": an ordinal, not a figure
        elif all(w in C.en_articles for w, _, _ in head):
            num = ONE
        else:
            q = parse_en(C, words[:t], i)
            if q is None or q.ntok != t - i:
                return None
            num = q.value
    else:
        return None
    u = t + 1
    while u < n and words[u][0] == "-":
        u += 1
    if u >= n:
        return None
    unit = _unit_ordinal(C, words[u][0])
    if unit is None:
        return None
    den = C.en_tens[words[t][0]] + unit
    if num == 0 and words[u][0].endswith("s") and u == t + 1:
        return None  # "twenty fifths": twenty of fifths, read by the plain fraction rule
    if num == 0:
        return Parsed(den, u + 1 - i, hedge="ordinal")
    with localcontext() as ctx:
        ctx.prec = 28
        v = num / den
    return Parsed(clean(v), u + 1 - i)
