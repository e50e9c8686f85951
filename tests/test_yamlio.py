from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import BaseModel, ConfigDict

from claims.errors import PolicycheckError
from claims.yamlio import load_model, load_yaml


class M(BaseModel):
    model_config = ConfigDict(extra="forbid")
    a: int
    b: list[str] = []


def _err(tmp_path: Path, text: str) -> PolicycheckError:
    p = tmp_path / "x.yaml"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(PolicycheckError) as info:
        load_model(M, p, "E201")
    return info.value


def test_every_validation_problem_has_its_line(tmp_path: Path) -> None:
    err = _err(tmp_path, "a: 1\nb:\n  - x\n  - 3\nc: 2\n")
    where = [(p.line, p.message.split(":")[0]) for p in err.problems]
    assert where == [(4, "b.1"), (5, "c")]
    assert all(p.path.endswith("x.yaml") and p.code == "E201" for p in err.problems)


def test_duplicate_key_and_syntax_error_are_located(tmp_path: Path) -> None:
    assert _err(tmp_path, "a: 1\na: 2\n").problems[0].line == 2
    assert _err(tmp_path, "a: [1\n").problems[0].line == 2


def test_impossible_date_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    err = _err(tmp_path, "a: 1\nd: 2024-13-45\n")
    assert "invalid value" in err.problems[0].message


def test_alias_bomb_is_refused_quickly(tmp_path: Path) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 12):
        prev = f"*a{i - 1}"
        lines.append(f"a{i}: &a{i} [{', '.join([prev] * 9)}]")
    p = tmp_path / "bomb.yaml"
    p.write_text("\n".join(lines) + "\n")
    with pytest.raises(PolicycheckError) as info:
        load_yaml(p, "E201")
    assert "aliases" in info.value.problems[0].message
    assert info.value.problems[0].line == 1  # the anchored node
