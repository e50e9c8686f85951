"""``policycheck extract`` and ``policycheck schema`` through flows.cli.main."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from claims.catalog import BUNDLED
from flows.cli import main
from tests.conftest import SEEDS

DATA = Path(__file__).parent / "data" / "extract"


def test_extract_json_of_a_folder(capsys):
    assert main(["extract", str(SEEDS), "--format", "json"]) == 0
    out, err = capsys.readouterr()
    claims = json.loads(out)
    assert len(claims) > 50
    need = {"doc", "start", "end", "text", "sentence", "subject", "kind", "value"}
    assert all(need <= set(c) for c in claims)
    staff = [c for c in claims if c["subject"] == "export_controls.bis.staff"][0]
    assert staff["text"] == "不足600名"
    assert staff["value"] == {"kind": "quantity", "nominal": 600.0, "low": None, "high": 600.0, "low_open": False,
                              "high_open": True, "unit": "people", "approx": True, "hedge": "under"}
    date = [c for c in claims if c["subject"] == "executive_orders.eo14179.signed" and c["text"] == "2025年1月23日"][0]
    assert date["value"]["start"] == date["value"]["end"] == "2025-01-23"


def test_extract_jsonl_and_table(capsys):
    f = str(DATA / "en_rfi_diffusion.md")
    assert main(["extract", f, "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(json.loads(x)["doc"] == "en_rfi_diffusion" for x in lines)
    assert main(["extract", f, "--format", "table"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == ["doc", "line:col", "subject", "text", "value"]
    assert "rfi.submissions.total" in out and "10,068" in out
    assert "claims in 1 documents" in out


def test_unreadable_files_are_reported_and_the_rest_processed(tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02\xff" * 50)
    missing = tmp_path / "missing.md"
    assert main(["extract", str(bad), str(missing), str(DATA / "zh_hans_budget.md")]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)
    assert f"{missing}: E101" in err
    assert str(bad) in err and "—" in err


def test_nothing_readable_exits_2(tmp_path, capsys):
    assert main(["extract", str(tmp_path / "nope.txt")]) == 2
    assert "E101" in capsys.readouterr().err


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as e:
        main(["extract", "x", "--format", "xml"])
    assert e.value.code == 2
    with pytest.raises(SystemExit) as e:
        main(["extract", "x", "--reference-date", "yesterday"])
    assert e.value.code == 2
    assert "E401" in capsys.readouterr().err


def test_reference_date_resolves_undated_documents(tmp_path, capsys):
    f = tmp_path / "note.txt"
    f.write_text("今天,白宫发布了《赢得竞赛：美国人工智能行动计划》。", encoding="utf-8")
    assert main(["extract", str(f), "--reference-date", "2025-07-23"]) == 0
    claims = json.loads(capsys.readouterr().out)
    d = [c for c in claims if c["kind"] == "date"][0]
    assert d["subject"] == "action_plan.released" and d["value"]["start"] == "2025-07-23"


def test_broken_catalog_exits_2_with_file_and_line(tmp_path, capsys):
    root = tmp_path / "cat"
    shutil.copytree(BUNDLED, root, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    (root / "subjects" / "x.yaml").write_text("subjects:\n  a:\n    entity: nobody\n    label: {en: a}\n    kind: date\n", encoding="utf-8")
    assert main(["extract", str(DATA / "en_budget.md"), "--catalog", str(root)]) == 2
    err = capsys.readouterr().err
    assert "x.yaml:3:" in err and "E201" in err and "unknown entity 'nobody'" in err


@pytest.mark.parametrize("name", ["claim", "finding", "report", "document", "problem"])
def test_schema(name, capsys):
    assert main(["schema", name]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["type"] == "object" and schema["properties"]


def test_schema_claim_has_the_contract_fields(capsys):
    main(["schema", "claim"])
    props = json.loads(capsys.readouterr().out)["properties"]
    assert {"doc", "start", "end", "text", "sentence", "subject", "kind", "value"} <= set(props)
