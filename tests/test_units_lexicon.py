"""claims.units: the indexed lookups agree with the plain definitions they replace.

``_noun_at`` finds the counted noun at a position with a dictionary keyed on two characters; its
definition is an alternation of every noun, longest first, Latin nouns as whole words and not the
first half of a hyphenated compound (both bounded by the limit, as a match is). The
before-symbol lookup is keyed on the figure's preceding character; its definition is "the longest
symbol ending right before the figure"."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from claims.catalog import load_catalog
from claims.units import _is_latin, unit_lexicon

LEX = unit_lexicon(load_catalog())
NOUNS = sorted(LEX.nouns, key=lambda x: -len(x))
# (a word's noun is not the first half of a hyphenated compound: "vehicle-hours"; a product keeps its name)
REFERENCE = re.compile("|".join(
    (r"(?<![a-z0-9])" + re.escape(t) + r"(?![a-z0-9])" + (r"(?!-[a-z0-9])" if t.isalpha() else ""))
    if _is_latin(t) else re.escape(t) for t in NOUNS if t))

pieces = st.sampled_from(NOUNS[:400] + [" ", "a", "s", "1", "-", "大", "的", "，", "x"])
texts = st.lists(pieces, max_size=12).map("".join)


@given(texts, st.data())
def test_noun_at_is_the_longest_first_alternation(text: str, data) -> None:
    p = data.draw(st.integers(0, len(text)))
    limit = data.draw(st.integers(p, len(text)))
    m = REFERENCE.match(text, p, limit) if p < limit else None
    assert LEX._noun_at(text, p, limit) == (m.group() if m else None)


def test_noun_at_examples() -> None:
    assert LEX._noun_at("public comments were", 7, 20) == "comments"  # longest first: not "comment"
    assert LEX._noun_at("public comments were", 0, 20) is None
    assert LEX._noun_at("xcomments", 1, 9) is None  # inside a word
    assert LEX._noun_at("comments", 0, 4) is None  # cut by the limit


@given(st.lists(st.sampled_from([s for s, _ in LEX.before] + [" ", "a", "约", "1"]), max_size=6).map("".join))
def test_before_figure_is_the_longest_symbol_ending_there(prefix: str) -> None:
    low = prefix + "40"
    start = len(prefix)
    got = LEX.before_figure(low, start)
    p = start - 1 if start > 0 and low[start - 1] == " " else start
    want = None
    for sym, unit in LEX.before:
        s = p - len(sym)
        if sym and s >= 0 and low.startswith(sym, s):
            if _is_latin(sym) and sym[0].isalpha() and s > 0 and re.match(r"[a-z0-9]", low[s - 1]):
                continue
            want = (unit, s)
            break
    assert got == want


import pytest  # noqa: E402

from claims.extract import extract_claims, text_document  # noqa: E402


@pytest.mark.parametrize("text, figure, unit", [
    ("全国已建成超过120个智算中心。", "超过120个", "data_centers"),
    ("全国算力总规模达到280 EFLOPS。", "280 EFLOPS", "EFLOPS"),
    ("The agency hired 40 additional engineers last year.", "40 additional engineers", "people"),
    ("More than 800 enterprises exhibited at the fair.", "More than 800 enterprises", "companies"),
    ("Between 5 and 15 providers signed the code.", "Between 5 and 15 providers", "companies"),
    # nouns of domains the first articles did not cover (transport, schools, enforcement, jobs)
    ("The operator runs a fleet of about 1,500 vehicles.", "about 1,500 vehicles", "vehicles"),
    ("它在武汉投放了超过500辆无人车。", "超过500辆", "vehicles"),
    ("The service gave 2.2 million fully driverless rides in the quarter.", "2.2 million fully driverless rides", "trips"),
    ("Its cars have driven nearly 100 million miles.", "nearly 100 million miles", "miles"),
    ("At least 33 states have published guidance.", "At least 33 states", "jurisdictions"),
    ("已有超过20个省市出台算力券政策。", "超过20个", "jurisdictions"),
    ("Roughly 20,000 secondary pupils received accounts.", "Roughly 20,000 secondary pupils", "people"),
    ("The app now has 800 million weekly users.", "800 million weekly users", "people"),
    ("Exam boards recorded about 2,000 penalties for misuse.", "about 2,000 penalties", "incidents"),
    ("The regulator received more than 4,000 complaints.", "more than 4,000 complaints", "incidents"),
    ("The office granted 1,200 permits last year.", "1,200 permits", "permits"),
    ("预计可创造约3400个就业岗位。", "约3400个", "jobs"),
    ("The lab filed 350 patents in 2024.", "350 patents", "records"),
    ("The division has opened 27 more inquiries.", "27 more inquiries", "incidents"),  # "more" is a modifier
    ("It took down about 1,600 scam adverts.", "about 1,600 scam adverts", "content_items"),
    ("全国植保无人机保有量超过25万架。", "超过25万架", "vehicles"),
    ("受访的2,400户农户中多数表示用过。", "2,400户", "households"),
    ("The tool sorts some 30,000 eviction filings a year.", "some 30,000 eviction filings", "documents"),
    # measure words the lexicon lacked (the span stopped before them, or no claim was made)
    ("全年接待游客300万人次。", "300万人次", "person_times"),  # visits, not people
    ("出动执法人员2300人次。", "2300人次", "person_times"),
    ("The clinic logged 41,000 patient visits.", "41,000 patient visits", "person_times"),
    ("全市共查处案件58宗。", "58宗", "incidents"),  # the span used to stop at 58
    ("共有30所高校参与试点。", "30所", "institutions"),
    ("全年开展培训40场次。", "40场次", "generic"),
    ("新建变电站50座。", "50座", "generic"),
    ("累计种植苗木5000株。", "5000株", "generic"),
])
def test_counted_nouns_of_policy_prose(text: str, figure: str, unit: str) -> None:
    claims = [c for c in extract_claims(text_document(text), load_catalog()) if c.kind == "quantity"]
    assert [(c.text, c.value.unit) for c in claims] == [(figure, unit)]


@pytest.mark.parametrize("text, expected", [
    ("The rule was rewritten three times since 2022.", []),  # occasions, not a multiplier
    ("In the end 9,313 came from users.", []),  # a verb between: "users" is not what the figure counts
    ("It was revised three times a year.", []),
    ("Spending has grown 2.5 times since 2021.", [("2.5 times", "times", "exact")]),
    ("Compute has seen growth of roughly 4 to 5 times a year.", [("roughly 4 to 5 times", "times", "range")]),
    ("Prices rose three times since 2022.", [("three times", "times", "exact")]),
    ("The chip is 10 times faster.", [("10 times", "times", "exact")]),
    ("Agencies run at fiscal 2025 levels.", []),  # a year, not 2025 tiers
    ("Emissions stay at 2019 levels.", []),
    ("The firm has 2025 employees.", [("2025 employees", "people", "exact")]),
    ("It is a key task of the 15th Five-Year Plan.", []),  # part of a name
    ("第十四个五年规划纲要已经发布。", []),
    ("The core AI industry exceeded 700 billion yuan.", [("exceeded 700 billion yuan", "CNY", "over")]),
    ("Sales surpassed $5 billion.", [("surpassed $5 billion", "USD", "over")]),
    ("Its market value topped $4 trillion.", [("topped $4 trillion", "USD", "over")]),
    ("Capex is north of $500 million.", [("north of $500 million", "USD", "over")]),
    ("The agency has a headcount of roughly 2,300.", [("roughly 2,300", "people", "about")]),
])
def test_figures_that_are_not_what_they_seem(text: str, expected: list) -> None:
    claims = [c for c in extract_claims(text_document(text), load_catalog()) if c.kind == "quantity"]
    assert [(c.text, c.value.unit, c.value.hedge) for c in claims] == expected


@pytest.mark.parametrize("text, expected", [
    ("出口額約新台幣9,899億元。", [("約新台幣9,899億元", "TWD", 9.899e11, "about")]),  # 元 is the yuan-suffix of 億元
    ("逾新台幣1.2兆元", [("逾新台幣1.2兆元", "TWD", 1.2e12, "over")]),
    ("营收美元40亿", [("美元40亿", "USD", 4e9, "exact")]),
    ("under USD 5 million", [("under USD 5 million", "USD", 5e6, "under")]),
    ("投资100亿美元1000家企业受益", [("100亿美元", "USD", 1e10, "exact"), ("1000家", "companies", 1000, "exact")]),
    ("4人民币 5美元", [("4人民币", "CNY", 4, "exact"), ("5美元", "USD", 5, "exact")]),
])
def test_currency_written_before_the_figure(text: str, expected: list) -> None:
    claims = [c for c in extract_claims(text_document(text), load_catalog()) if c.kind == "quantity"]
    assert [(c.text, c.value.unit, c.value.nominal, c.value.hedge) for c in claims] == expected


@pytest.mark.parametrize("text, expected", [
    ("其占比已从两年前的两成以上明显回落。", [("两成以上", "percent")]),  # two years ago: a moment
    ("2025年1月13日，即拜登政府卸任前一周，BIS发布了规则。", []),  # the week before: a moment
    ("Five years ago the rule did not exist.", []),
    ("More than four months later none has appeared.", [("More than four months", "months")]),  # hedged: how long
    ("把高风险规定延后2年。", [("2年", "years")]),  # postponed by two years: a duration
    ("计划要求在今后1到2年内新增电力。", [("1到2年", "years")]),
])
def test_a_duration_before_ago_or_later_is_a_moment(text: str, expected: list) -> None:
    claims = [c for c in extract_claims(text_document(text), load_catalog()) if c.kind == "quantity"]
    assert [(c.text, c.value.unit) for c in claims] == expected


def test_the_plus_between_classifier_and_noun_is_the_figures() -> None:
    [c] = extract_claims(text_document("谈判延误了两个多月。"), load_catalog())
    assert (c.text, c.value.low, c.value.high, c.value.hedge) == ("两个多月", 2, 3, "plus")


@pytest.mark.parametrize("text, expected", [
    ("Fines reach up to €15 million or 3% of worldwide turnover.", [("up to €15 million", "at_most"), ("3%", "at_most")]),
    ("罰款最高3500萬歐元或全球年營業額的7%。", [("最高3500萬歐元", "at_most"), ("7%", "at_most")]),
    ("up to $5 million, or 3% of sales", [("up to $5 million", "at_most"), ("3%", "exact")]),  # another clause
])
def test_a_bound_stated_once_for_two_alternatives_holds_for_both(text: str, expected: list) -> None:
    claims = [c for c in extract_claims(text_document(text), load_catalog()) if c.kind == "quantity"]
    assert [(c.text, c.value.hedge) for c in claims] == expected


@pytest.mark.parametrize("text, expected", [
    ("The AI Action Plan is organized around three pillars.", [("three pillars", "exact")]),  # a preposition
    ("It grew around 5% last year.", [("around 5%", "about")]),
    ("It would cost $2.6 billion over six years.", [("$2.6 billion", "exact"), ("six years", "exact")]),  # the period
    ("The program ran for over five years.", [("over five years", "over")]),
])
def test_around_and_over_as_prepositions(text: str, expected: list) -> None:
    claims = [c for c in extract_claims(text_document(text), load_catalog()) if c.kind == "quantity"]
    assert [(c.text, c.value.hedge) for c in claims] == expected


@pytest.mark.parametrize("text, expected", [
    ("全国智算中心已超过120个。", [("超过120个", "data_centers")]),  # the noun before, the classifier after
    ("欧盟境内的通用模型不足20個。", [("不足20個", "models")]),
    ("The office has a staff of around 20.", [("around 20", "people")]),
    ("The number of AI enterprises reached more than 4,500.", [("more than 4,500", "companies")]),
    ("The vote was 99 to 1.", []),
    ("Posted 40 minutes ago · Comments 12 · Share", []),  # page chrome, in any case
])
def test_a_counted_noun_written_before_its_figure(text: str, expected: list) -> None:
    claims = [c for c in extract_claims(text_document(text), load_catalog()) if c.kind == "quantity"]
    assert [(c.text, c.value.unit) for c in claims] == expected


@pytest.mark.parametrize("text, expected", [
    ("据统计，全国智算中心已超过120个，另有40多个在建。", [("超过120个", "data_centers"), ("40多个", "data_centers")]),
    ("超过120个智算中心，另有40多个项目。", [("超过120个", "data_centers"), ("40多个", "generic")]),  # projects
])
def test_a_classifier_whose_noun_is_left_out_counts_what_the_figure_before_counted(text: str, expected: list) -> None:
    claims = [c for c in extract_claims(text_document(text), load_catalog()) if c.kind == "quantity"]
    assert [(c.text, c.value.unit) for c in claims] == expected


@pytest.mark.parametrize("text, expected", [
    ("H100的训练性能约为H20的6倍。", [("6倍", "about")]),  # the hedge stands before "H20的"
    ("出口额不到去年的60%。", [("60%", "under")]),
    ("性能是H20的6倍。", [("6倍", "exact")]),
])
def test_a_hedge_before_the_base_of_a_comparison(text: str, expected: list) -> None:
    claims = [c for c in extract_claims(text_document(text), load_catalog()) if c.kind == "quantity"]
    assert [(c.text, c.value.hedge) for c in claims] == expected


def test_a_word_context_names_words_of_its_own_unit(tmp_path) -> None:
    import shutil
    from pathlib import Path

    from claims.errors import PolicycheckError

    bundled = Path(load_catalog().dir)
    root = tmp_path / "cat"
    shutil.copytree(bundled, root, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    units = root / "lexicon" / "units.yaml"
    units.write_text(units.read_text(encoding="utf-8").replace("unit_words: [pounds, pound]", "unit_words: [pounds, quid]"),
                     encoding="utf-8")
    with pytest.raises(PolicycheckError) as ei:
        load_catalog(root)
    assert "word_context: 'quid' is not one of the unit's words" in str(ei.value)
    assert any(Path(p.path).name == "units.yaml" and p.line for p in ei.value.problems)


@pytest.mark.parametrize("text, expected", [
    ("It costs C$ 40 million.", "CAD"), ("It costs CAD 40 million.", "CAD"), ("投入5,000萬加幣。", "CAD"),
    ("It costs A$5 million.", "AUD"), ("拨款3亿澳元。", "AUD"), ("It costs S$ 3 million.", "SGD"),
    ("It costs US$ 4 million.", "USD"), ("It costs CHF 20 million.", "CHF"), ("It costs Rs 500 crore.", "INR"),
    ("It costs 300 rupees.", "INR"),
])
def test_more_currencies(text: str, expected: str) -> None:
    claims = [c for c in extract_claims(text_document(text), load_catalog()) if c.kind == "quantity"]
    assert [c.value.unit for c in claims] == [expected]


# ---- a plural noun the lexicon lacks counts itself (claims.extract ExtractionRun.open_noun) ----------


@pytest.mark.parametrize("text, expected", [
    ("The pilot runs at 48 junctions along the ring road.", [("48 junctions", "junctions")]),
    ("There are 96 cameras, two per junction.", [("96 cameras", "cameras")]),
    ("More than 400 research teams have used it.", [("More than 400 research teams", "teams")]),
    ("The system flagged 212 clusters of illness.", [("212 clusters", "clusters")]),
    # not a count of a noun: a year, a name, money the lexicon lacks, a function word, a hyphenated noun
    ("One analyst put 2024 shipments at a record.", []),
    ("Some 300 Americans applied.", []),
    ("It fell 50 cents to 14.27 cents.", [("50 cents", "cents"), ("14.27 cents", "cents")]),  # a unit since 2026-12-05
    ("It cost 300 francs.", []),  # money the lexicon lacks counts no coins
    ("Of these, 300 others were turned away.", []),
    # modifiers (hyphenated too), "more", "of" after a plural magnitude, a compound of two words
    ("It runs 24 out-of-hours GP services.", [("24 out-of-hours GP services", "services")]),
    ("It wants 15 more analysts.", [("15 more analysts", "analysts")]),
    ("It reads tens of thousands of GP notes.", [("tens of thousands of GP notes", "notes")]),
    ("It saved close to 1,900 vehicle-hours.", [("close to 1,900 vehicle-hours", "vehicle-hours")]),
    ("Orders below 1,700 H100-equivalents were exempt.", [("below 1,700 H100", "H100")]),  # a product keeps its name
])
def test_a_plural_noun_the_lexicon_lacks_is_the_unit_of_its_count(text: str, expected: list) -> None:
    claims = [c for c in extract_claims(text_document(text), load_catalog()) if c.kind == "quantity"]
    assert [(c.text, c.value.unit) for c in claims] == expected


from hypothesis import given, settings, strategies as st  # noqa: E402

# invented nouns (consonant-vowel pattern, no -ics/-ous/-ss ending): none is in the lexicon by design
_OPEN_NOUNS = st.from_regex(r"[bdfghjklmnprtvw][aeiou][bdfghklmnprtvw][aeiou][bdfghklmnprtvw]s", fullmatch=True)


@settings(max_examples=60, deadline=None)
@given(noun=_OPEN_NOUNS, n=st.integers(11, 10**7))
def test_any_unknown_plural_noun_counts_itself_and_a_capitalised_one_nothing(noun: str, n: int) -> None:
    cat = load_catalog()
    lex = unit_lexicon(cat)
    if lex.is_unit_word(noun) or 1900 <= n <= 2099:
        return
    text = f"Last year the agency counted {n:,} {noun} in total."
    claims = [c for c in extract_claims(text_document(text), cat) if c.kind == "quantity"]
    assert [(c.text, c.value.unit, c.value.nominal) for c in claims] == [(f"{n:,} {noun}", noun, n)]
    capital = text.replace(f" {noun} ", f" {noun.capitalize()} ")
    assert [c for c in extract_claims(text_document(capital), cat) if c.kind == "quantity"] == []


@pytest.mark.parametrize("text, expected", [
    # a change of a share is no share: its own unit, and never a range with the level it leads to
    ("The rate rose 1.5 percentage points to 12%.", [("1.5 percentage points", "percentage_points"), ("12%", "percent")]),
    ("增速提高1.5个百分点至12%。", [("1.5个百分点", "percentage_points"), ("12%", "percent")]),
    ("The share grew 2 to 3 percentage points.", [("2 to 3 percentage points", "percentage_points")]),
    ("Approval fell 4 points to 38%.", [("4 points", "percentage_points"), ("38%", "percent")]),
    # "points" in a sentence with no percentage: a score or an index
    ("The index rose 300 points on Friday.", [("300 points", "points")]),
    ("The team scored 85 points.", [("85 points", "points")]),
])
def test_percentage_points_are_not_percent(text: str, expected: list) -> None:
    claims = [c for c in extract_claims(text_document(text), load_catalog()) if c.kind == "quantity"]
    assert [(c.text, c.value.unit) for c in claims] == expected


@pytest.mark.parametrize("text, unit", [
    # a bare 元 in traditional Chinese: the currency of the place the sentence, paragraph or document names
    ("立法會於6月通過條例草案，撥款8.5億元。", "HKD"),
    ("行政院今年編列AI預算約250億元。", "TWD"),
    ("國務院宣布，中央財政安排資金500億元。", "CNY"),
    ("本港數碼港今年錄得收入。\n\n計劃預算共計10億元。", "HKD"),  # named elsewhere in the document
    ("預算共計10億元。", "CNY"),  # no place named: the yuan, as in simplified Chinese
    ("港府與行政院各撥款5億元。", "CNY"),  # two places in one sentence: no guess
    ("新竹科學園區今年產值達1.2兆元。", "TWD"),  # 科學園區 (Hsinchu), not 香港科學園
    ("立法会通过拨款8.5亿元。", "CNY"),  # simplified Chinese: 元 is the yuan
])
def test_bare_yuan_in_traditional_chinese_takes_the_currency_of_the_place(text: str, unit: str) -> None:
    claims = [c for c in extract_claims(text_document(text), load_catalog()) if c.kind == "quantity"]
    assert [c.value.unit for c in claims] == [unit]


@pytest.mark.parametrize("text, figure, unit, value", [
    # weights: tonnes, kilograms and 斤 are measures, each kept as written
    ("全国粮食总产量6.9亿吨。", "6.9亿吨", "tonnes", 6.9e8),
    ("The port handled 2.3 million tonnes of grain.", "2.3 million tonnes", "tonnes", 2.3e6),
    ("收购小麦50万公斤。", "50万公斤", "kilograms", 5e5),
    ("粮食总产量达到1380亿斤。", "1380亿斤", "jin", 1.38e11),
    # a half after the unit is the figure's: 一年半 is 1.5 years
    ("项目历时一年半。", "一年半", "years", 1.5),
    ("审查用了三个半月。", "三个半月", "months", 3.5),
    ("会议持续了两个半小时。", "两个半小时", "hours", 2.5),
    ("缴获毒品一吨半。", "一吨半", "tonnes", 1.5),
])
def test_weights_and_halves(text: str, figure: str, unit: str, value: float) -> None:
    claims = [c for c in extract_claims(text_document(text), load_catalog()) if c.kind == "quantity"]
    assert [(c.text, c.value.unit, c.value.nominal) for c in claims] == [(figure, unit, value)]


def test_a_half_that_begins_a_word_is_not_the_figures() -> None:
    claims = extract_claims(text_document("近三年半导体出口增长较快。"), load_catalog())
    assert [(c.text, c.value.nominal) for c in claims if c.kind == "quantity"] == [("近三年", 3.0)]
    about = [c for c in extract_claims(text_document("约一年半后完成。"), load_catalog()) if c.kind == "quantity"]
    assert [(c.text, c.value.low, c.value.high) for c in about] == [("约一年半", 1.35, 1.65)]


@pytest.mark.parametrize("text, figure, unit, low, high, hedge", [
    # basis points are stated in percentage points (units.yaml same_as), so both meet
    ("Lenders price loans about 40 basis points below the rest.", "about 40 basis points", "percentage_points", 0.36, 0.44, "about"),
    ("央行下调贷款利率25个基点。", "25个基点", "percentage_points", 0.25, 0.25, "exact"),
    # 内 after a duration is "within" (at most), as 以内; not where it begins a word
    ("五年内引进人才。", "五年内", "years", None, 5, "at_most"),
    ("對話紀錄保存不超過90日。", "不超過90日", "days", None, 90, "at_most"),
    ("14日内完成审查。", "14日内", "days", None, 14, "at_most"),
    # 超 before a figure is "over"; 間 counts firms in Hong Kong and Taiwan
    ("培育营收超百亿元的企业。", "超百亿元", "CNY", 1e10, None, "over"),
    ("初期涵蓋約3,000間中小企。", "約3,000間", "companies", 2700, 3300, "about"),
])
def test_basis_points_within_and_other_words(text, figure, unit, low, high, hedge) -> None:
    claims = [c for c in extract_claims(text_document(text), load_catalog()) if c.kind == "quantity"]
    assert [(c.text, c.value.unit, c.value.hedge) for c in claims] == [(figure, unit, hedge)]
    v = claims[0].value
    assert (v.low, v.high) == (pytest.approx(low) if low is not None else None, pytest.approx(high) if high is not None else None)


@pytest.mark.parametrize("text", ["约有四成内容涉及安全。", "每月5日发布数据。", "10日元可以买什么？", "两年内部调整完成。"])
def test_words_that_only_look_like_within_or_days(text: str) -> None:
    claims = [c for c in extract_claims(text_document(text), load_catalog()) if c.kind == "quantity"]
    assert all(c.value.hedge != "at_most" and c.value.unit != "days" for c in claims), [(c.text, c.value) for c in claims]


@pytest.mark.parametrize("text, expected", [
    # shares written "N in M": any N in words (M up to 100), in digits up to ten
    ("More than four in five decisions were automated.", [("More than four in five", "percent", "over", 80.0)]),
    ("Nearly nine in ten firms use AI.", [("Nearly nine in ten", "percent", "nearly", 90.0)]),
    ("4 in 5 Americans support it.", [("4 in 5", "percent", "exact", 80.0)]),
    ("全國每10人就有1人從事相關工作。", [("每10人就有1人", "percent", "exact", 10.0)]),
    ("十年後變成每5人就有1人。", [("每5人就有1人", "percent", "exact", 20.0)]),
    ("It won 3 in 50 states.", [("50 states", "jurisdictions", "exact", 50.0)]),  # no share of 50
    # quarters as a duration: 个季度, "consecutive quarters" (三季度 is the third quarter, "three quarters" 0.75)
    ("外銷訂單連續6個季度正成長。", [("6個季度", "quarters", "exact", 6)]),
    ("Sales fell for three consecutive quarters.", [("three consecutive quarters", "quarters", "exact", 3)]),
    # 一年 before a modal or adverb is the period of a rate, not a duration
    ("保險公司一年恐需多支出。", []),
    ("去年一年就有412宗。", [("412宗", "incidents", "exact", 412)]),
    ("项目为期一年。", [("一年", "years", "exact", 1)]),
    ("英伟达最近一个季度的营收仍达到441亿美元。", [("441亿美元", "USD", "exact", 4.41e10)]),  # the latest quarter: named
    # an age is no duration; "applications" are filings (an open noun), not software
    ("Unemployment among 20- to 24-year-olds rose to 8.1%.", [("8.1%", "percent", "exact", 8.1)]),
    ("The 67-year-old minister resigned.", [("67-year-old", "years_of_age", "exact", 67)]),  # an age, as 67岁
    ("Officials expect about 2,000 applications.", [("about 2,000 applications", "applications", "about", 2000)]),
    ("Spectrum in the 3.5 GHz band is sold in blocks of 10 MHz.", [("10 MHz", "megahertz", "exact", 10)]),  # a band's name
    ("The lots cover 3.8-4.2 GHz.", [("3.8-4.2 GHz", "gigahertz", "range", 3.8)]),
    # a fraction of a percent is that many percent
    ("Fares fell roughly three quarters of a percent.", [("roughly three quarters of a percent", "percent", "about", 0.75)]),
    ("It added half of a percentage point.", [("half of a percentage point", "percentage_points", "exact", 0.5)]),
    # a noun right before a figure is labelled by it, not counted: a page reference is no page count
    ("See Chapter 4 (pages 58 to 63).", []),
])
def test_shares_in_words_and_page_references(text: str, expected: list) -> None:
    claims = [c for c in extract_claims(text_document(text), load_catalog()) if c.kind == "quantity"]
    assert [(c.text, c.value.unit, c.value.hedge, c.value.nominal) for c in claims] == expected


@pytest.mark.parametrize("text, expected", [
    # bounds that read like their opposite or like a plain figure
    ("保存期限不得超过3年。", [("不得超过3年", "years", "at_most", 3)]),  # "may not exceed": at most, not over
    ("每家补助上限200万元。", [("上限200万元", "CNY", "at_most", 2e6)]),  # a cap on each: at most
    ("补贴上限为7320亿日元。", [("7320亿日元", "JPY", "exact", 7.32e11)]),  # "the cap is": the cap, stated
    # a currency word between 上限 and the figure: still a cap (and the span keeps the word)
    ("每人補助上限新臺幣10萬元。", [("上限新臺幣10萬元", "TWD", "at_most", 1e5)]),
    ("每家补助上限人民币200万元。", [("上限人民币200万元", "CNY", "at_most", 2e6)]),
    ("補助上限為新臺幣500萬元。", [("新臺幣500萬元", "TWD", "exact", 5e6)]),
    ("须年满14周岁。", [("年满14周岁", "years_of_age", "at_least", 14)]),  # an age threshold
    # 满 before a duration: a full N, a threshold (at least); 未满/不满 stay under
    ("加保滿6個月者可申請。", [("滿6個月", "months", "at_least", 6)]),
    ("在本单位工作满三年。", [("满三年", "years", "at_least", 3)]),
    ("任职未满3年。", [("未满3年", "years", "under", 3)]),
    ("订单满5万元。", [("5万元", "CNY", "exact", 5e4)]),  # no duration: 满 is no hedge of it
    ("60岁以上老年人约2.8亿人。", [("60岁以上", "years_of_age", "at_least", 60), ("约2.8亿人", "people", "about", 2.8e8)]),
    # 近N年 before 来/的/相关: the last N years, a period (历时近3年: nearly three years)
    ("近3年相关经费增长。", [("3年", "years", "exact", 3)]),
    ("历时近3年。", [("近3年", "years", "nearly", 3)]),
    # and before 同月/同期/新高/新低/最高/最低: "the highest in the last five years"
    ("失業率創近5年同月新高。", [("5年", "years", "exact", 5)]),
    ("营收创近10年同期最低。", [("10年", "years", "exact", 10)]),
    ("股价创近3个月新高。", [("3个月", "months", "exact", 3)]),
    ("近三年年均增长约35%。", [("三年", "years", "exact", 3), ("约35%", "percent", "about", 35)]),  # found on a paragraph written for the review
    ("仅核定386案。", [("386案", "items", "exact", 386)]),
    # "plus or minus": a margin, not a negative figure
    ("It has a margin of plus or minus 0.8 percentage points.", [("0.8 percentage points", "percentage_points", "exact", 0.8)]),
    ("It fell to minus 5%.", [("minus 5%", "percent", "exact", -5)]),
    # a bound before the base of a comparison keeps its sense (不低于…的15%: at least, not 低于)
    ("研发投入不低于营业收入的15%。", [("15%", "percent", "at_least", 15)]),
    ("上限为现行水平的两倍。", [("两倍", "times", "exact", 2)]),
    # Macau patacas, and 件次 (case-times) kept apart from items
    ("資助總額1.26億澳門元。", [("1.26億澳門元", "MOP", "exact", 1.26e8)]),
    ("澳門特區政府撥款5億元。", [("5億元", "MOP", "exact", 5e8)]),
    ("热线受理诉求386.2万件次。", [("386.2万件次", "case_times", "exact", 3.862e6)]),
    # data, stated in bytes
    ("Traffic averaged 2.9 exabytes a month.", [("2.9 exabytes", "bytes", "exact", 2.9e18)]),
    ("数据总量达到50PB。", [("50PB", "bytes", "exact", 5e16)]),
])
def test_bounds_ages_periods_margins_and_data(text: str, expected: list) -> None:
    claims = [c for c in extract_claims(text_document(text), load_catalog()) if c.kind == "quantity"]
    assert [(c.text, c.value.unit, c.value.hedge, c.value.nominal) for c in claims] == [
        (t, u, h, pytest.approx(v)) for t, u, h, v in expected]


@pytest.mark.parametrize("text, expected", [
    # shares (股): a count of a company's stock, with or without a scale word
    ("本次拟公开发行不超过6,000万股。", [("不超过6,000万股", "shares", "at_most", 6e7)]),
    ("公司总股本为18,000万股。", [("18,000万股", "shares", "exact", 1.8e8)]),
    ("The company sold 1.2 billion shares.", [("1.2 billion shares", "shares", "exact", 1.2e9)]),
    ("每10股派发现金红利3元。", [("3元", "CNY", "exact", 3)]),  # 每10股: a small count, discourse
    ("A股已有2亿股民。", [("2亿股民", "people", "exact", 2e8)]),  # investors, not shares
    ("持股5%以上的股东。", [("5%以上", "percent", "at_least", 5)]),
    # power in watts (瓦; 千瓦, 兆瓦 stay kilowatts and megawatts, 瓦时 is energy, not power)
    ("典型功耗不超过550瓦。", [("不超过550瓦", "watts", "at_most", 550)]),
    ("Each card draws 700 watts.", [("700 watts", "watts", "exact", 700)]),
    ("新增装机5千瓦。", [("5千瓦", "kilowatts", "exact", 5)]),
    ("装机3兆瓦。", [("3兆瓦", "megawatts", "exact", 3)]),
    ("电池容量100瓦时。", [("100瓦时", "watt_hours", "exact", 100)]),
    # a chip's computing power in TFLOPS, beside EFLOPS and PFLOPS
    ("单卡FP16算力达512 TFLOPS。", [("512 TFLOPS", "TFLOPS", "exact", 512)]),
    ("It delivers about 990 teraflops.", [("about 990 teraflops", "TFLOPS", "about", 990)]),
    # 奈米: Taiwan's nanometre (OpenCC keeps it), as 纳米
    ("7奈米及以下先進製程占晶圓營收的74%。", [("7奈米及以下", "nanometers", "at_most", 7), ("74%", "percent", "exact", 74)]),
    ("采用7纳米工艺。", [("7纳米", "nanometers", "exact", 7)]),
])
def test_shares_watts_teraflops_and_nanometres(text: str, expected: list) -> None:
    claims = [c for c in extract_claims(text_document(text), load_catalog()) if c.kind == "quantity"]
    assert [(c.text, c.value.unit, c.value.hedge, c.value.nominal) for c in claims] == [
        (t, u, h, pytest.approx(v)) for t, u, h, v in expected]


@pytest.mark.parametrize("text, units", [
    # a Taiwan report naming 香港 and 中國大陸 as markets, which writes 新臺幣 in another paragraph: its bare 元 is TWD
    ("對中國大陸及香港出口157.1億美元。\n\n台積電第3季營收新臺幣9,315億元。\n\n鴻海10月營收8,946億元。",
     ["USD", "TWD", "TWD"]),
    # the sentence and the paragraph still come first
    ("台積電營收新臺幣9,315億元。\n\n港府撥款8.5億元。", ["TWD", "HKD"]),
    # two currencies written in full and places of several: the first written with a figure in 元 is the
    # document's own (until the fifteenth prose round: none alone, the yuan)
    ("行政院與香港簽約。\n\n新臺幣100億元。\n\n人民幣20億元。\n\n另撥款5億元。", ["TWD", "CNY", "TWD"]),
    ("香港與內地簽約。\n\n人民幣20億元。\n\n新臺幣100億元。\n\n另撥款5億元。", ["CNY", "TWD", "CNY"]),
    # a Hong Kong text that names the mainland and writes 港元 stays HKD
    ("本港與內地合作，投資5億港元。\n\n計劃預算共計10億元。", ["HKD", "HKD"]),
])
def test_a_currency_written_in_full_is_the_documents_bare_yuan(text: str, units: list) -> None:
    claims = [c for c in extract_claims(text_document(text), load_catalog()) if c.kind == "quantity"]
    assert [c.value.unit for c in claims] == units


@pytest.mark.parametrize("text, expected", [
    # a magnitude (数以千计, 成千上万) counts the counted noun after 的, as it would one right after it
    ("带动数以千计的中小企业转型。", [("数以千计的中小企业", "companies", "several", 1e3)]),
    ("已有數以萬計的職位被取代。", [("數以萬計的職位", "jobs", "several", 1e4)]),
    ("成千上万的企业接入平台。", [("成千上万的企业", "companies", "several", 1e3)]),
    ("数以万计家企业。", [("数以万计家", "companies", "several", 1e4)]),
    # 的 before a word that counts nothing, or after a plain figure: no unit from it
    ("数以亿计的资金涌入。", []),
    ("增长了3000的企业。", []),
])
def test_a_magnitude_counts_the_noun_after_de(text: str, expected: list) -> None:
    claims = [c for c in extract_claims(text_document(text), load_catalog()) if c.kind == "quantity"]
    assert [(c.text, c.value.unit, c.value.hedge, c.value.nominal) for c in claims] == [
        (t, u, h, pytest.approx(v)) for t, u, h, v in expected]



def test_every_currency_symbol_written_before_a_figure_lets_a_hedge_reach_it() -> None:
    """The numbers module's ``currency_between`` (numerals.yaml: "up to CHF 8m", "约合人民币120亿")
    holds every symbol a currency of units.yaml is written with before its figure (but ¢, a cents
    sign): the two lists of data cannot drift apart."""
    from claims.numbers_lexicon import load_lexicon

    between = set(load_lexicon().hedges.prefix.currency_between)
    missing = {(u.id, b) for u in load_catalog().units.values() if u.kind == "currency"
               for b in u.before if b not in between and b != "¢"}
    assert not missing, f"add to numerals.yaml hedges.prefix.currency_between: {sorted(missing)}"
