"""Text, concise and JSON output of the gate."""

from __future__ import annotations

import json

from claims.model import Finding
from reports.gate_text import mark, render_concise, render_json, render_text, safe
from tests.test_crosscheck_core import claim, q
from tests.test_sarif import result


def test_text_marks_the_value_and_shows_evidence():
    out = render_text(result())
    assert "The RFI drew »10,086« comments." in out
    assert "»10068« 份" in out
    assert "c1 “标题” (date unknown)" in out
    assert "reference: https://www.govinfo.gov/x" in out
    assert out.rstrip().splitlines()[-1].startswith("checked 1 draft(s) against 1 corpus document(s)")


def test_text_tty_uses_bold_and_zh_messages():
    res = result(lang="zh")
    out = render_text(res, tty=True)
    assert "\x1b[1m10,086\x1b[0m" in out
    assert "相矛盾" in out and "检查了" in out


def test_concise_lines():
    lines = render_concise(result()).splitlines()
    assert lines and all(l.startswith("drafts/d1.md:1:") for l in lines)
    assert any(" PC101 " in l for l in lines)


def test_json_uses_the_models():
    data = json.loads(render_json(result()))
    assert set(data) >= {"findings", "problems", "summary"}
    for f in data["findings"]:
        Finding.model_validate(f)
    assert data["summary"]["by_kind"]["contradiction"] == 2


def test_hostile_text_is_neutralised():
    c = claim("d", q(5), text="5", start=0, sentence="\x1b[31m5\u202e evil")
    assert "\x1b" not in mark(c) and "\u202e" not in mark(c)
    assert safe("a\x1bb") == "a\\u001bb"
