"""Shared helpers of the robustness suite: the CLI run in-process (as a user meets it), corpora of
good documents that every bad-input row is mixed into, and a private cache folder."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
CATALOG = ROOT / "claims" / "catalog"

# Two good documents that sit next to every bad file: their claims must survive the bad neighbour.
GOOD = {
    "good_en.txt": "The AI Action Plan RFI drew 10,068 comments. BIS has fewer than 600 staff.\n",
    "good_zh.md": "---\ntitle: 好文档\ndate: 2025-07-23\n---\n本次收到的意见总数达到了10068 份。\n",
}
GOOD_IDS = {"good_en", "good_zh"}
# A draft that contradicts the seed corpus (10,086 vs 10068): `check` must still report it.
DRAFT = "The AI Action Plan RFI drew 10,086 comments.\n"


@dataclass
class Result:
    rc: int
    out: str
    err: str

    @property
    def both(self) -> str:
        return self.out + self.err

    def json(self) -> Any:
        return json.loads(self.out)


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POLICYCHECK_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "robustness-cache"))


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]):
    """``cli("extract", path, ...)`` runs ``flows.cli.main`` as the console script does (a
    SystemExit from argparse is an exit code) and returns Result(rc, stdout, stderr). No output may
    hold a traceback."""
    from flows.cli import main

    def run(*argv: str | Path) -> Result:
        capsys.readouterr()
        try:
            rc = main([str(a) for a in argv])
        except SystemExit as exc:  # argparse usage errors
            rc = int(exc.code or 0)
        out, err = capsys.readouterr()
        assert "Traceback" not in out and "Traceback" not in err, err[-2000:]
        return Result(rc, out, err)

    return run


def good_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in GOOD.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def copy_catalog(dst: Path) -> Path:
    shutil.copytree(CATALOG, dst, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    return dst
