"""verify --no-prefect says what it skipped, once each, and one bad sources.yaml entry does not
drop the others."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from flows.cli import main

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_skipped_inputs_are_named_once_and_url_entries_survive(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(next(SEEDS.glob("001_*.txt")), corpus)
    (corpus / "sources.yaml").write_text(
        "- file: ../outside.txt\n  title: escapes\n- url: http://127.0.0.1:9/a.html\n  title: loopback\n",
        encoding="utf-8",
    )
    code = main(["verify", str(corpus), "--out", str(tmp_path / "out"), "--no-prefect"])
    err = capsys.readouterr().err
    assert code == 0
    assert err.count("E110") == 1, err
    assert "sources.yaml:1:" in err
    # the URL entry after the bad file entry is still considered (and refused: loopback address)
    assert "http://127.0.0.1:9/a.html" in err and "E302" in err
    assert "Traceback" not in err
