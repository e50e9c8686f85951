"""The verify command's set-up, without running a flow: PREFECT_HOME, analytics, API URL detection."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from flows import cmd_verify

ROOT = Path(__file__).resolve().parents[2]


def test_unwritable_prefect_home_falls_back(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    env = {"PREFECT_HOME": str(blocker / "home")}  # cannot be created: its parent is a file
    notes = cmd_verify.prefect_env(env)
    assert env["PREFECT_HOME"] != str(blocker / "home") and Path(env["PREFECT_HOME"]).is_dir()
    assert notes and "not writable" in notes[0]
    assert env["PREFECT_SERVER_ANALYTICS_ENABLED"] == "false"
    assert env["PREFECT_CLIENT_RETRY_EXTRA_CODES"] == "500"  # SQLite "database is locked" is retried


def test_writable_prefect_home_and_explicit_analytics_are_kept(tmp_path: Path) -> None:
    env = {"PREFECT_HOME": str(tmp_path / "home"), "PREFECT_SERVER_ANALYTICS_ENABLED": "true",
           "PREFECT_CLIENT_RETRY_EXTRA_CODES": ""}
    before = dict(env)
    assert cmd_verify.prefect_env(env) == []
    assert env == before


def test_api_url_from_profile_without_importing_prefect(tmp_path: Path) -> None:
    (tmp_path / "profiles.toml").write_text(
        'active = "srv"\n[profiles.srv]\nPREFECT_API_URL = "http://127.0.0.1:4200/api"\n[profiles.local]\n'
    )
    code = (
        "import sys; from flows import cmd_verify\n"
        "print(cmd_verify.api_url_known(), 'prefect' in sys.modules)\n"
    )
    base = {"PATH": "/usr/bin:/bin", "PREFECT_HOME": str(tmp_path)}
    run = lambda extra: subprocess.run([sys.executable, "-c", code], env={**base, **extra}, cwd=ROOT,  # noqa: E731
                                       capture_output=True, text=True, timeout=60).stdout.split()
    assert run({}) == ["True", "False"]
    assert run({"PREFECT_PROFILE": "local"}) == ["False", "False"]
    assert run({"PREFECT_PROFILE": "local", "PREFECT_API_URL": "http://x/api"}) == ["True", "False"]


def test_verify_refuses_out_inside_corpus_and_missing_corpus(tmp_path: Path, capsys: object) -> None:
    from flows import cli

    (tmp_path / "c").mkdir()
    assert cli.main(["verify", str(tmp_path / "c"), "--out", str(tmp_path / "c" / "out")]) == 2
    assert cli.main(["verify", str(tmp_path / "missing"), "--out", str(tmp_path / "o")]) == 2
    with pytest.raises(SystemExit) as exit_:
        cli.main(["verify", str(tmp_path / "c"), "--out", str(tmp_path / "o"), "--reference-date", "2025-13-01"])
    assert exit_.value.code == 2
