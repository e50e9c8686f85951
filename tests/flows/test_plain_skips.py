"""verify --no-prefect says what it skipped, once each, and one bad sources.yaml entry does not
drop the others."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from flows.cli import main

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_skipped_inputs_are_named_once_and_url_entries_survive(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
 the URL entry after the bad file entry is still considered (and refused for its scheme)corpus = tmp_path / "corpus"
 the URL entry after the bad file entry is still considered (and refused for its scheme)corpus.mkdir()
 the URL entry after the bad file entry is still considered (and refused for its scheme)shutil.copy(next(SEEDS.glob("001_*.txt")), corpus)
 the URL entry after the bad file entry is still considered (and refused for its scheme)(corpus / "sources.yaml").write_text(
 the URL entry after the bad file entry is still considered (and refused for its scheme)    "- file: ../outside.txt\n  title: escapes\n- url: http://127.0.0.1:9/a.html\n  title: loopback\n",
 the URL entry after the bad file entry is still considered (and refused for its scheme)    encoding="utf-8",
 the URL entry after the bad file entry is still considered (and refused for its scheme))
 the URL entry after the bad file entry is still considered (and refused for its scheme)code = main(["verify", str(corpus), "--out", str(tmp_path / "out"), "--no-prefect"])
 the URL entry after the bad file entry is still considered (and refused for its scheme)err = capsys.readouterr().err
 the URL entry after the bad file entry is still considered (and refused for its scheme)assert code == 0
 the URL entry after the bad file entry is still considered (and refused for its scheme)assert err.count("E110") == 1, err
 the URL entry after the bad file entry is still considered (and refused for its scheme)assert "sources.yaml:1:" in err
 the URL entry after the bad file entry is still considered (and refused for its scheme)# the URL entry after the bad file entry is still considered (and refused for its scheme)
 the URL entry after the bad file entry is still considered (and refused for its scheme)assert "ftp://example.org/a.html" in err
 the URL entry after the bad file entry is still considered (and refused for its scheme)assert "Traceback" not in err
