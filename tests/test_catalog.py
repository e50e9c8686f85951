"""The catalog loads, rejects broken files with every problem at file:line, and every subject's
examples run through extraction (a failure names the subject's file:line)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from claims.catalog import BUNDLED, load_catalog
from claims.errors import PolicycheckError
from claims.extract import extract_claims, text_document

CAT = load_catalog()


def test_bundled_catalog_loads_and_is_cached():
    assert load_catalog() is CAT
    assert len(CAT.version) == 12
    assert CAT.dir == BUNDLED
    assert "rfi.submissions.total" in CAT.subjects
    assert CAT.subject("export_controls.bis.staff").unit == ["people"]
    assert CAT.unit_family("H100") == ("H100", "chips")
    # zh-Hant names fold to simplified for matching
    assert "nvidia" in CAT.entity_terms["英伟达"]
    assert "bis" in CAT.entity_terms["工业安全局"]


def test_catalog_covers_entities_in_three_languages():
    for eid in ("bis", "ostp", "nitrd", "ai_action_plan", "eo14179", "eo14110", "diffusion_rule", "nvidia", "rfi"):
        e = CAT.entities[eid]
        assert e.names.get("en"), eid
        assert e.names.get("zh-Hans"), eid


def test_rules_yaml_absence_is_tolerated(tmp_path):
    root = tmp_path / "cat"
    shutil.copytree(BUNDLED, root, ignore=shutil.ignore_patterns("__pycache__", "*.py", "rules.yaml"))
    cat = load_catalog(root)
    assert not cat.rules_path().exists()
    assert cat.dir == root
    assert set(cat.subjects) == set(CAT.subjects)


def _copy(tmp_path: Path) -> Path:
    root = tmp_path / "cat"
    shutil.copytree(BUNDLED, root, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    return root


def _line_of(path: Path, needle: str) -> int:
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            return i
    raise AssertionError(needle)


def test_broken_catalog_lists_every_problem_with_file_and_line(tmp_path):
    root = _copy(tmp_path)
    rfi = root / "subjects" / "rfi.yaml"
    s = rfi.read_text(encoding="utf-8")
    s = s.replace("    unit: [documents]\n", "    unit: [parcels]\n", 1)  # unknown unit
    s = s.replace("  submissions.individual:\n    entity: rfi\n", "  submissions.individual:\n    entity: rfq\n", 1)
    s = s.replace("  deadline:\n    entity: rfi\n", "  deadline:\n    entity: rfi\n    colour: blue\n", 1)  # extra key
    rfi.write_text(s, encoding="utf-8")
    nc = root / "lexicon" / "non_claims.yaml"
    nc.write_text(re.sub(r"pattern: '.*ASL-.*'", "pattern: '(?P<number>ASL-[0-9'", nc.read_text(encoding="utf-8"), count=1), encoding="utf-8")
    # duplicate subject id across files: a file "rfi.submissions.yaml" with key "total" -> rfi.submissions.total
    (root / "subjects" / "rfi.submissions.yaml").write_text(
        "subjects:\n  total:\n    entity: rfi\n    label: {en: dup}\n    kind: quantity\n    unit: [documents]\n",
        encoding="utf-8",
    )
    # YAML syntax error in another file
    (root / "subjects" / "broken.yaml").write_text("subjects:\n  a: [1, 2\n", encoding="utf-8")
    with pytest.raises(PolicycheckError) as ei:
        load_catalog(root)
    probs = ei.value.problems
    assert all(p.code == "E201" for p in probs)
    text = str(ei.value)
    by = {(Path(p.path).name, p.line) for p in probs}
    assert ("rfi.yaml", _line_of(rfi, "unit: [parcels]")) in by, text
    assert ("rfi.yaml", _line_of(rfi, "entity: rfq")) in by, text
    assert ("rfi.yaml", _line_of(rfi, "colour: blue")) in by, text
    assert ("non_claims.yaml", _line_of(nc, "ASL-[0-9'")) in by, text
    assert any(Path(p.path).name == "broken.yaml" and p.line == 3 for p in probs), text
    assert "duplicate subject id 'rfi.submissions.total'" in text
    assert "unknown unit 'parcels'" in text and "unknown entity 'rfq'" in text
    assert "invalid regular expression" in text and "Extra inputs are not permitted" in text


def test_duplicate_key_and_duplicate_entity(tmp_path):
    root = _copy(tmp_path)
    ents = root / "entities.yaml"
    ents.write_text(ents.read_text(encoding="utf-8") + "  - id: bis\n    kind: agency\n    names: {en: [BIS again]}\n", encoding="utf-8")
    rfi = root / "subjects" / "rfi.yaml"
    rfi.write_text(rfi.read_text(encoding="utf-8") + "  deadline:\n    entity: rfi\n    label: {en: x}\n    kind: date\n", encoding="utf-8")
    with pytest.raises(PolicycheckError) as ei:
        load_catalog(root)
    text = str(ei.value)
    assert "duplicate entity id 'bis'" in text
    assert "duplicate key 'deadline'" in text
    assert any(Path(p.path).name == "entities.yaml" and p.line for p in ei.value.problems)


def test_bad_language_and_missing_folder(tmp_path):
    root = _copy(tmp_path)
    ents = root / "entities.yaml"
    ents.write_text(ents.read_text(encoding="utf-8").replace("zh-Hant: [工業與安全局, 工業安全局]", "zh-TW: [工業安全局]"), encoding="utf-8")
    with pytest.raises(PolicycheckError) as ei:
        load_catalog(root)
    assert any("zh-TW" in p.message and p.line == _line_of(ents, "zh-TW") for p in ei.value.problems)
    with pytest.raises(PolicycheckError):
        load_catalog(tmp_path / "nope")


def test_version_changes_with_the_bytes(tmp_path):
    root = _copy(tmp_path)
    v1 = load_catalog(root).version
    (root / "entities.yaml").write_text((root / "entities.yaml").read_text(encoding="utf-8") + "\n# note\n", encoding="utf-8")
    assert load_catalog(root).version != v1


def _examples():
    for sid, s in CAT.subjects.items():
        for kind in ("match", "no_match"):
            for i, ex in enumerate(getattr(s.spec.examples, kind)):
                yield pytest.param(sid, kind, ex, id=f"{sid}-{kind}{i}")


@pytest.mark.parametrize("sid,kind,ex", list(_examples()))
def test_subject_examples(sid, kind, ex):
    s = CAT.subjects[sid]
    text = ex if isinstance(ex, str) else ex.text
    date = None if isinstance(ex, str) else ex.date
    claims = extract_claims(text_document(text, date=date), CAT)
    got = [c.subject for c in claims]
    where = f"{s.file}:{s.line}"
    if kind == "match":
        assert sid in got, f"{where}: example {text!r} should land on {sid}; got {got}"
    else:
        assert sid not in got, f"{where}: example {text!r} should not land on {sid}"


def test_every_quantity_and_date_subject_has_examples():
    missing = [sid for sid, s in CAT.subjects.items()
               if s.kind in ("quantity", "date") and not s.spec.examples.match]
    assert not missing, missing


def test_starts_with_requires_is_checked_against_the_examples(tmp_path):
    root = _copy(tmp_path)
    nc = root / "lexicon" / "non_claims.yaml"
    s = nc.read_text(encoding="utf-8")
    # page_chrome with a `requires` its matches do not start with
    s = s.replace("requires: [评论, 留言, 点赞, 收藏, 分享, 阅读, comment, like, share, view]",
                  "requires: [评论, 留言, 点赞, 收藏, 分享, 阅读, omment, like, share, view]", 1)
    nc.write_text(s, encoding="utf-8")
    with pytest.raises(PolicycheckError) as ei:
        load_catalog(root)
    assert "does not start with one of `requires`" in str(ei.value)


def test_every_non_ascii_fold_to_ascii_is_known():
    """The extractor trusts a lowercased occurrence of `requires` only when the text has none of
    the characters a case-insensitive pattern matches to an ASCII letter."""
    import sys

    from claims.extract import _FOLDS_TO_ASCII

    rx = re.compile("(?i)[a-z]")
    assert {chr(c) for c in range(128, sys.maxunicode + 1) if rx.fullmatch(chr(c))} == set(_FOLDS_TO_ASCII)


def test_a_classifier_of_two_characters_is_refused_with_its_line(tmp_path):
    """The unit module looks a measure word up by the one character after the figure: "人次" as a
    classifier would never match, silently. The loader says so, naming the line."""
    root = _copy(tmp_path)
    units = root / "lexicon" / "units.yaml"
    units.write_text(units.read_text(encoding="utf-8").replace("classifiers: [起, 宗, 例]", "classifiers: [起, 宗次, 例]", 1),
                     encoding="utf-8")
    with pytest.raises(PolicycheckError) as ei:
        load_catalog(root)
    probs = ei.value.problems
    assert [(Path(p.path).name, p.line) for p in probs] == [("units.yaml", _line_of(units, "宗次"))]
    assert "at most 1 character" in str(ei.value)


def test_same_as_must_name_a_unit(tmp_path):
    root = _copy(tmp_path)
    units = root / "lexicon" / "units.yaml"
    units.write_text(units.read_text(encoding="utf-8").replace("same_as: {unit: percentage_points,", "same_as: {unit: pct_points,", 1),
                     encoding="utf-8")
    with pytest.raises(PolicycheckError) as ei:
        load_catalog(root)
    assert [(Path(p.path).name, p.line) for p in ei.value.problems] == [("units.yaml", _line_of(units, "pct_points"))]
    assert "same_as: unknown unit 'pct_points'" in str(ei.value)


def test_generic_names_need_anchors_and_known_ids(tmp_path):
    """generic_names without anchors, an unknown anchor, an unknown topic and an unknown `about`
    entity are each refused with the file and line."""
    root = _copy(tmp_path)
    ents = root / "entities.yaml"
    ents.write_text(ents.read_text(encoding="utf-8")
                    + "  - id: plan_x\n    kind: document\n    names: {en: [Plan X]}\n    generic_names: {en: [the plan]}\n"
                    + "  - id: plan_y\n    kind: document\n    names: {en: [Plan Y]}\n    generic_names: {en: [a plan]}\n"
                    + "    anchors: [nobody]\n    topics: [nothing]\n", encoding="utf-8")
    rfi = root / "subjects" / "rfi.yaml"
    rfi.write_text(rfi.read_text(encoding="utf-8").replace("  deadline:\n    entity: rfi\n",
                                                          "  deadline:\n    entity: rfi\n    about: [ghost]\n", 1), encoding="utf-8")
    with pytest.raises(PolicycheckError) as ei:
        load_catalog(root)
    text = str(ei.value)
    assert "entity 'plan_x': generic_names and generic_patterns need anchors" in text, text
    assert "unknown anchor 'nobody'" in text and "unknown topic 'nothing'" in text, text
    assert "unknown entity 'ghost' in about" in text, text
    assert all(p.line for p in ei.value.problems)


def test_generic_names_count_only_with_an_anchor_in_their_sentence():
    cat = load_catalog()
    from claims.extract import extract_claims, text_document

    def subj(text: str) -> dict[str, str]:
        return {c.text: c.subject for c in extract_claims(text_document(text), cat)}

    # a court rule's comments: no anchor, no RFI
    assert subj("Public comments on the draft rule are due by February 16, 2026.")["February 16, 2026"].startswith("open:")
    # the same words with the Action Plan named: the RFI
    assert subj("Public comments on the AI Action Plan were due by March 15, 2025.")["March 15, 2025"] == "rfi.deadline"


def test_a_verb_before_a_date_past_the_sentence_end_is_not_that_dates():
    # "closes" ends the entry of March 25; April 25 opens the next paragraph: the verb stays March 25's
    import datetime as dt

    text = ("**February 6.** OSTP issues a request for information on the plan.\n\n"
            "**March 25.** The comment window closes.\n\n**April 25.** NITRD posts every response.")
    cs = extract_claims(text_document(text, doc_id="t", language="en", date=dt.date(2025, 8, 5)), load_catalog())
    assert {c.text: c.subject for c in cs if c.kind == "date"}["March 25"] == "rfi.deadline"


def _subjects_of(text: str, lang: str = "en", date=None) -> dict[str, tuple[str, str | None]]:
    import datetime as dt

    doc = text_document(text, doc_id="t", language=lang, date=date or dt.date(2026, 2, 2))
    return {c.text: (c.subject, c.subject_evidence) for c in extract_claims(doc, load_catalog())}


def test_an_anaphor_names_the_last_entity_of_its_kind():
    text = ("OpenAI filed its comments in March. Its first point is about compute. "
            "The second point is about price: the company pointed out that "
            "the price per token fell roughly 15-fold between GPT-4 and GPT-4o.")
    assert _subjects_of(text)["roughly 15-fold"] == ("frontier_ai.openai.gpt4_to_4o_price_drop", "anaphor")
    # another company named last: the anaphor is that one's, and the figure is only OpenAI's from the context
    other = text.replace("Its first point is about compute.", "Nvidia, a chipmaker, disagreed.")
    assert _subjects_of(other)["roughly 15-fold"][1] != "anaphor"


def test_the_one_told_is_not_what_the_figure_is_about():
    text = ("Anthropic's March submission was built around timelines. It expects big gains within the next "
            "two to four years, and it told OSTP that powerful AI systems could emerge in late 2027 or early 2028.")
    assert _subjects_of(text)["late 2027 or early 2028"][0] == "frontier_ai.anthropic.powerful_ai_arrival"


def test_a_dates_own_verb_that_is_no_cue_gives_no_catalog_subject():
    text = "Two of the companies appearing on Thursday, OpenAI and Anthropic, filed widely cited comments."
    assert _subjects_of(text)["Thursday"][0].startswith("open:")


def test_a_figure_after_another_rfi_in_its_paragraph_is_that_ones():
    text = ("白宫科技政策办公室3月10日刊登一份信息征询，就人工智能对就业的影响征求意见。"
            "NITRD方面表示，截至3月13日已收到意见212份。")
    assert _subjects_of(text, "zh-Hans")["212份"][0].startswith("open:")


def test_another_orders_number_a_clause_away_from_a_title_is_its_own():
    text = "特朗普签署第14179号行政命令《消除美国在人工智能领域领导地位的障碍》，撤销拜登政府签署的第14110号行政令。"
    got = _subjects_of(text, "zh-Hans")
    assert got["第14110号行政令"][0] == "executive_orders.eo14110.number"
    assert got["第14179号行政命令"][0] == "executive_orders.eo14179.number"


def test_a_date_of_a_sentence_that_refers_back_to_the_plan_is_not_its_release():
    import datetime as dt

    text = ("The White House on Tuesday released a National AI Infrastructure Strategy, a 34-page document "
            "described as the companion to last summer's AI Action Plan.")
    assert _subjects_of(text, date=dt.date(2026, 3, 24))["Tuesday"][0].startswith("open:")
    got = _subjects_of("The White House released the AI Action Plan on July 23, 2025.")
    assert got["July 23, 2025"][0] == "action_plan.released"


def test_review_cases_of_the_new_subject_rules():
    import datetime as dt

    d = dt.date(2026, 3, 14)
    text = "OSTP published a new request for information (RFI) on Sept. 26. NITRD said it had received 212 comments by March 13."
    assert _subjects_of(text, date=d)["212 comments"][0].startswith("open:")  # "(RFI)" is the same other RFI
    text = "In a filing on March 13, 2025, OpenAI submitted comments to OSTP."  # "filing" is a noun, no verb
    assert _subjects_of(text, date=d)["March 13, 2025"][0] == "frontier_ai.openai.submission_date"


def test_a_chinese_events_own_verb_after_the_date_gives_no_catalog_subject():
    import datetime as dt

    text = "本期科技政策沙龙于12月5日晚举行，围绕美国人工智能行动计划出台前后的政策变化展开讨论。"
    assert _subjects_of(text, "zh-Hans", dt.date(2025, 12, 8))["12月5日"][0].startswith("open:")


def test_a_document_named_with_another_agency_and_none_of_its_authors_is_another_one():
    import datetime as dt

    text = "商务部国际贸易署（ITA）10月下旬发布信息征询，意见截止日期为11月28日。"
    got = _subjects_of(text, "zh-Hans", dt.date(2025, 11, 3))
    assert all(not subj.startswith("rfi.") for subj, _ in got.values())
    text = "白宫科技政策办公室（OSTP）于2月6日发布信息征询，截止日期为3月15日。"
    assert _subjects_of(text, "zh-Hans", dt.date(2025, 11, 3))["3月15日"][0] == "rfi.deadline"


def test_a_date_since_which_something_holds_is_no_events_day():
    got = _subjects_of("Washington has tightened export controls steadily since 2022.")
    assert got["2022"][0].startswith("open:")


def test_the_bad_authors_entry_is_refused(tmp_path):
    root = tmp_path / "catalog"
    shutil.copytree(BUNDLED, root)
    p = root / "entities.yaml"
    p.write_text(p.read_text(encoding="utf-8").replace("authors: [ostp, nitrd, nsf, white_house]",
                                                       "authors: [ostp, nobody]"), encoding="utf-8")
    with pytest.raises(PolicycheckError, match="unknown author 'nobody'"):
        load_catalog(root)


def test_side_cues_must_be_cues_of_a_threshold_subject(tmp_path):
    import shutil
    from claims.catalog import BUNDLED, load_catalog
    from claims.errors import PolicycheckError

    root = tmp_path / "catalog"
    shutil.copytree(BUNDLED, root, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    p = root / "subjects" / "export_controls.yaml"
    p.write_text(p.read_text(encoding="utf-8").replace("en: [without review, no review, need no, without a license, license exception]\n",
                                                       "en: [without review, never reviewed]\n", 1), encoding="utf-8")
    with pytest.raises(PolicycheckError) as e:
        load_catalog(root)
    assert "side_cues: 'never reviewed' is none of the subject's cues" in str(e.value)


def test_labels_need_the_cues_they_stand_for(tmp_path):
    import shutil
    from claims.catalog import BUNDLED, load_catalog
    from claims.errors import PolicycheckError

    root = tmp_path / "catalog"
    shutil.copytree(BUNDLED, root, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    p = root / "subjects" / "action_plan.yaml"
    text = p.read_text(encoding="utf-8")
    old = "zh-Hans: {any: [行动, 政策行动, 行动建议, 措施, 建议]}"
    assert old in text
    p.write_text(text.replace(old, "zh-Hans: {any: [行动, 政策行动, 行动建议, 措施, 建议], labels: [加快人工智能创新]}", 1), encoding="utf-8")
    with pytest.raises(PolicycheckError) as e:
        load_catalog(root)
    msg = str(e.value)
    assert "labels stand for a cue set's first `any` cue and its `all` groups" in msg
    assert "action_plan.yaml:" in msg
