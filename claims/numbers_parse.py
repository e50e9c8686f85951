"""Numeral grammars: Chinese (simplified, traditional, financial; mixed with Arabic digits), Arabic
(separators, decimals, exponents) and English words. Each parser reads a list of tokens and stops
at the first token that does not continue the numeral, so that callers can start the next one
there. Values are exact ``Decimal``s; no float arithmetic.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation, localcontext

import regex

from claims.numbers_lexicon import Compiled

TEN = Decimal(10)
ONE = Decimal(1)
ZERO = Decimal(0)


@dataclass(slots=True)
class Parsed:
    value: Decimal
    ntok: int  # tokens consumed
    hedge: str = "exact"  # exact | plus | several | range
    step: Decimal | None = None  # for plus: the width of the open interval above value
    high: Decimal | None = None  # for range
    percent: bool = False
    zh_digit_only: bool = False  # one Chinese digit, nothing else (for the lone-digit guard)
    scaled: bool = False  # ends with a scale word (万, 亿, million)


def clean(d: Decimal) -> Decimal:
    """Exact value without exponent noise: integers as integers, decimals without trailing zeros."""
    t = d.as_tuple()
    if t.exponent == 0 and not t.sign:
        return d  # a non-negative integer without exponent (most figures): what Decimal(int(d)) gives
    with localcontext() as ctx:
        ctx.prec = 60
        if d == d.to_integral_value():
            return Decimal(int(d))
        return d.normalize()


def place(d: Decimal) -> Decimal:
    """The value of the last significant place: 90 -> 10, 10000 -> 10000, 1500 -> 100, 2.5 -> 0.1."""
    d = abs(d)
    if d == 0:
        return ONE
    exp = d.normalize().as_tuple().exponent
    return Decimal(1).scaleb(int(exp))  # type: ignore[arg-type]


_ARABIC_FULL = regex.compile(r"^(?P<base>[\d.,]+)(?:(?P<e>[eE][-+]?\d+)|\^(?P<p>[-+]*\d+))?$")
_DIGITS = regex.compile(r"\d+")


def parse_arabic(s: str) -> list[Decimal] | Decimal | None:
    """An Arabic numeral with optional thousands separators, decimals, e-exponent or ^power.
    Returns a Decimal, or a list of Decimals when the commas do not group thousands ("22,24,26")."""
    s = s.strip()
    if len(s) > 40:
        return None  # a 40-digit string is a hash, a serial or a phone list, not a figure
    if s.isascii() and s.isdigit():
        return Decimal(s)
    m = _ARABIC_FULL.match(s)
    if not m:
        return None
    base = m.group("base")
    if base.startswith(",") or base.endswith(",") or base.count(".") > 1:
        return None
    parts = base.split(",")
    if len(parts) > 1:
        head, *mid, last = parts
        last_int = last.split(".")[0]
        ok_western = 1 <= len(head) <= 3 and all(len(p) == 3 for p in mid) and len(last_int) == 3
        ok_indian = 1 <= len(head) <= 2 and all(len(p) == 2 for p in mid) and len(last_int) == 3 and mid
        if not (ok_western or ok_indian):
            if "." in base.rsplit(",", 1)[0]:
                return None
            vals = []
            for p in parts:
                try:
                    vals.append(Decimal(p))
                except InvalidOperation:
                    return None
            return vals
    try:
        v = Decimal(base.replace(",", ""))
    except InvalidOperation:
        return None
    with localcontext() as ctx:
        ctx.prec = 40
        if m.group("e"):
            e = int(m.group("e")[1:])
            if abs(e) > 400:
                return None  # "1E1010068": a code, not a figure (and beyond the decimal context)
            v = v.scaleb(e)
        elif m.group("p"):
            p = m.group("p")
            neg = p.count("-") % 2 == 1
            e = int(p.lstrip("+-"))
            if e > 400 or (v == 0 and neg):
                return None
            v = v ** (-e if neg else e)
    return v


@dataclass(slots=True)
class Tok:
    kind: str  # arabic, digit, unit, scale, point, frac, joiner, plus, vague, several, neg, half, dozen
    text: str
    start: int
    end: int
    value: Decimal | None = None


def zh_tokens(C: Compiled, s: str, offset: int = 0) -> list[Tok]:
    toks: list[Tok] = []
    for m in C.zh_token_re.finditer(s):
        g = m.lastgroup
        t = m.group()
        a, b = m.start() + offset, m.end() + offset
        if g == "sp":
            continue
        if g == "arabic":
            toks.append(Tok("arabic", t, a, b))
        elif g == "double":
            toks.append(Tok("scale", t, a, b, C.zh_double_scale[t]))
        elif g == "frac":
            toks.append(Tok("frac", t, a, b))
        elif t in C.zh_digit:
            toks.append(Tok("digit", t, a, b, C.zh_digit[t]))
        elif t in C.zh_unit:
            toks.append(Tok("unit", t, a, b, C.zh_unit[t]))
        elif t in C.zh_scale:
            toks.append(Tok("scale", t, a, b, C.zh_scale[t]))
        elif t in C.zh_point:
            toks.append(Tok("point", t, a, b))
        elif t in C.zh_joiner:
            toks.append(Tok("joiner", t, a, b))
        elif t in C.zh_plus:
            toks.append(Tok("plus", t, a, b))
        elif t in C.zh_vague:
            toks.append(Tok("vague", t, a, b))
        elif t in C.zh_several:
            toks.append(Tok("several", t, a, b))
        elif t in C.zh_neg or t == "-":
            toks.append(Tok("neg", t, a, b))
        elif t in C.zh_half:
            toks.append(Tok("half", t, a, b, Decimal("0.5")))
        elif t in C.zh_dozen:
            toks.append(Tok("dozen", t, a, b, Decimal(12)))
        else:
            toks.append(Tok("other", t, a, b))
    return toks


def _arabic_value(t: Tok) -> Decimal | None:
    v = parse_arabic(t.text)
    return v if isinstance(v, Decimal) else None


def parse_zh_integer(toks: list[Tok], i: int) -> Parsed | None:
    """Chinese (or mixed) numeral without sign or fraction, from toks[i]. Handles 点, 多/余, 几,
    数, 打 and the abbreviated tail (一万三 = 13000, 两千四百五 = 2450)."""
    total = ZERO
    max_scale = ONE
    section = ZERO
    cur: Decimal | None = None
    cur_zh_digits = 0  # consecutive Chinese digits in cur (二〇二五)
    last_unit: Decimal | None = None  # unit or scale right before cur
    zero_flag = False
    prev = ""
    hedge = "exact"
    step: Decimal | None = None
    several = False
    vague_pending = False
    started = False
    scaled = False
    only_digit = True
    pair: Decimal | None = None  # 二三十: the width between the two readings, scaled as we go
    pair_after_unit = False
    j = i
    n = len(toks)
    if j < n and toks[j].kind == "several":
        several = True
        j += 1
    while j < n:
        t = toks[j]
        k = t.kind
        if k == "digit" or k == "arabic" or k == "half":
            if hedge == "plus":
                break
            if k == "arabic":
                v = _arabic_value(t)
                if v is None or (cur is not None):
                    break
                cur = v
                cur_zh_digits = 0
                only_digit = False
            else:
                assert t.value is not None
                if k == "half":
                    if cur is not None:
                        break
                    cur = t.value
                    cur_zh_digits = 0
                elif cur is not None and prev == "digit" and 0 < cur_zh_digits < 20 and last_unit is None:
                    cur = cur * 10 + t.value  # 二〇二五, 九九
                    cur_zh_digits += 1
                    only_digit = False
                elif cur is not None and prev == "digit" and cur_zh_digits == 1 and last_unit is not None \
                        and pair is None and t.value == cur + 1 and not zero_flag and cur > 0:
                    pair_after_unit = True  # 十五六 (15 or 16), 一百五六十 (150 to 160)
                    pair = ONE
                    only_digit = False
                elif cur is not None:
                    break
                elif t.value == 0 and started:
                    zero_flag = True  # 一百零五: placeholder zero
                    prev = "zero"
                    j += 1
                    continue
                else:
                    cur = t.value
                    cur_zh_digits = 1
            started = True
            prev = k
            j += 1
            continue
        if k == "vague":
            if cur is not None or hedge == "plus":
                break
            cur = ZERO
            vague_pending = True
            started = True
            only_digit = False
            prev = k
            j += 1
            continue
        if k == "unit":
            assert t.value is not None
            if last_unit is not None and last_unit <= t.value and prev != "scale" and last_unit < 10000:
                break  # 五百千: not a numeral
            if prev == "unit" or hedge == "plus":
                break
            if cur is not None and cur == 0 and prev == "digit" and cur_zh_digits == 1 and section == 0 and total == 0:
                cur = ONE  # 零十
            if cur is None:
                if several:
                    cur = ONE
                elif zero_flag or not started or prev == "scale":
                    cur = ONE  # 十五, 一百零十, 万十
                else:
                    break
            if pair_after_unit and pair == ONE:
                if t.value >= (last_unit or ONE):
                    break
                pair = t.value  # 一百五六十: the pair sits on this unit
                pair_after_unit = False
            elif cur_zh_digits == 2 and pair is None and cur % 10 == cur // 10 + 1 and cur // 10 > 0:
                cur = cur // 10
                cur_zh_digits = 1
                pair = t.value
            elif cur_zh_digits > 1:
                break
            if vague_pending and cur == 0:
                if section == 0 and total == 0:
                    several = True  # 几十, 几百
                    cur = ONE
                vague_pending = False
            section += cur * t.value
            cur = None
            cur_zh_digits = 0
            last_unit = t.value
            zero_flag = False
            started = True
            only_digit = False
            prev = k
            j += 1
            continue
        if k == "scale":
            assert t.value is not None
            if not started and not several:
                break
            if prev == "scale" and t.value <= (last_unit or ONE):
                break
            if vague_pending and cur == 0 and section == 0 and total == 0:
                several = True
                cur = ONE
                vague_pending = False
            if cur is None and section == 0 and total == 0 and not several:
                break
            if cur is None and several and section == 0 and total == 0:
                cur = ONE
            if cur_zh_digits > 1:
                break
            g = section + (cur if cur is not None else ZERO)
            # abbreviated tail before a scale is not allowed; 一万五千亿: scale multiplies all
            if vague_pending:
                step = (step or ONE) * 10 if step is None else step
                hedge = "plus"
                vague_pending = False
            if t.value > max_scale:
                total = (total + g) * t.value
                max_scale = t.value
            else:
                total += g * t.value
            if step is not None:
                step *= t.value
            if pair is not None:
                pair *= t.value
            section = ZERO
            cur = None
            cur_zh_digits = 0
            last_unit = t.value
            zero_flag = False
            started = True
            scaled = True
            only_digit = False
            prev = k
            j += 1
            continue
        if k == "plus":
            if not started or hedge == "plus" or vague_pending:
                break
            basis = section + (cur if cur is not None else ZERO)
            if cur is not None and last_unit is not None and prev == "digit" and not zero_flag and cur_zh_digits == 1:
                break  # 一万三多: not idiomatic
            if basis == 0:
                basis = total
            hedge = "plus"
            step = place(basis)
            only_digit = False
            prev = k
            j += 1
            continue
        if k == "point":
            # decimals: following digits only
            if hedge == "plus" or vague_pending:
                break
            digs = []
            jj = j + 1
            while jj < n:
                tt = toks[jj]
                if tt.kind == "digit" and tt.text not in _NO_DEC and tt.value is not None:
                    digs.append(str(int(tt.value)))
                elif tt.kind == "arabic" and _DIGITS.fullmatch(tt.text):
                    digs.append(tt.text)
                else:
                    break
                jj += 1
            if not digs:
                break
            if cur is not None and last_unit is not None and prev == "digit" and not zero_flag and cur_zh_digits == 1:
                cur = cur * last_unit / 10  # 两千三点一
            if cur is None and not started:
                cur = ZERO
            frac = Decimal("0." + "".join(digs))
            section += (cur if cur is not None else ZERO) + frac
            cur = None
            cur_zh_digits = 0
            last_unit = None
            only_digit = False
            prev = "decimal"
            j = jj
            # a scale may still follow (一点五万)
            continue
        if k == "dozen":
            if not started:
                break
            g = total + section + (cur if cur is not None else ZERO)
            total, section, cur = g * 12, ZERO, None
            only_digit = False
            j += 1
            prev = k
            break
        break
    if not started:
        return None
    if vague_pending:
        hedge = "plus"
        step = TEN
        cur = ZERO
    if cur is not None and last_unit is not None and prev == "digit" and not zero_flag and cur_zh_digits == 1:
        if pair_after_unit and pair is not None:
            pair = pair * last_unit / 10  # 一百五六: 150 to 160
        cur = cur * last_unit / 10  # 一万三, 两千四百五
    if cur is not None and cur_zh_digits == 2 and pair is None and cur % 10 == cur // 10 + 1 and cur // 10 > 0 \
            and total == 0 and section == 0:
        cur, pair = cur // 10, ONE  # 两三 (个): two or three
    value = total + section + (cur if cur is not None else ZERO)
    if pair is not None and hedge == "exact":
        return Parsed(clean(value), j - i, "range", None, clean(value + pair), scaled=scaled)
    if several:
        return Parsed(clean(value), j - i, "several", None, scaled=scaled)
    if value == 0 and hedge == "plus":
        return None
    return Parsed(clean(value), j - i, hedge, step, zh_digit_only=only_digit and j - i == 1, scaled=scaled)


_NO_DEC: set[str] = set()


def parse_zh_signed(C: Compiled, toks: list[Tok], i: int, depth: int = 0) -> Parsed | None:
    """Optional sign, then an integer/decimal, a fraction (A分之B), or whole 又 fraction."""
    neg = False
    j = i
    if j < len(toks) and toks[j].kind == "neg":
        neg = True
        j += 1
    if j + 1 < len(toks) and toks[j].kind in ("unit", "scale") and toks[j + 1].kind == "frac" and not neg \
            and depth < 2:
        key = toks[j].text + "分之"
        q = parse_zh_signed(C, toks, j + 2, 2) if key in C.percent_prefix else None
        if q is not None and q.hedge == "exact":
            return Parsed(clean(q.value * C.percent_prefix[key]), j + 2 + q.ntok - i, percent=True)
    p = parse_zh_integer(toks, j)
    if p is None:
        return None
    j += p.ntok
    # fraction: A 分之 B
    if j < len(toks) and toks[j].kind == "frac" and p.hedge == "exact" and depth < 2:
        denom_text = "".join(t.text for t in toks[i + (1 if neg else 0): j])
        q = parse_zh_signed(C, toks, j + 1, 2)
        if q is not None and q.hedge == "exact":
            key = denom_text + "分之"
            if key in C.percent_prefix and not neg:
                return Parsed(clean(q.value * C.percent_prefix[key]), j + 1 + q.ntok - i, percent=True)
            if p.value != 0:
                with localcontext() as ctx:
                    ctx.prec = 28
                    v = q.value / p.value
                return Parsed(clean(-v if neg else v), j + 1 + q.ntok - i)
        return _sign(p, neg, j - i)
    # whole 又 fraction
    if j + 1 < len(toks) and toks[j].kind == "joiner" and p.hedge == "exact" and depth < 1:
        q = parse_zh_signed(C, toks, j + 1, 1)
        if q is not None and q.hedge == "exact" and 0 < q.value < 1 and any(t.kind == "frac" for t in toks[j + 1: j + 1 + q.ntok]):
            v = p.value + q.value
            return Parsed(clean(-v if neg else v), j + 1 + q.ntok - i)
    return _sign(p, neg, j - i)


def _sign(p: Parsed, neg: bool, ntok: int) -> Parsed:
    if neg:
        return Parsed(-p.value, ntok, p.hedge, p.step, p.high, p.percent, False, p.scaled)
    p.ntok = ntok
    return p


def init(C: Compiled) -> None:
    """Share the lexicon's no-decimal digits with the parser. Idempotent and never emptied, so
    concurrent callers (threads of a flow runner) never see a half-built set."""
    if not C.zh_no_decimal <= _NO_DEC:
        _NO_DEC.update(C.zh_no_decimal)
