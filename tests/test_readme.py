"""The README cannot drift from the code: commands, linked files and benchmarks it names exist,
and every subcommand of the CLI is documented there."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_opens_with_the_two_commands() -> None:
    head = README.split("```bash", 1)[1].split("```", 1)[0]
    assert "scripts/setup.sh && .venv/bin/policycheck verify seeds --out out" in head
    assert "scripts/setup.sh --dev && bash scripts/test.sh" in head
    ci = (ROOT / ".ci" / "run").read_text()
    assert "scripts/setup.sh --dev" in ci and "scripts/test.sh" in ci


def test_every_cli_command_is_documented() -> None:
    from flows.cli import COMMANDS

    for name in COMMANDS:
        assert f"`policycheck {name}" in README, f"README does not document `policycheck {name}`"


def test_linked_files_exist() -> None:
    for target in re.findall(r"\]\(([^)#]+)\)", README):
        if target.startswith("http"):
            continue
        assert (ROOT / target).exists(), f"README links to missing {target}"


def test_benchmarks_named_exist() -> None:
    for name in set(re.findall(r"(bench_\w+\.py|eval_\w+\.py)", README)):
        assert (ROOT / "benchmarks" / name).exists(), f"README names missing benchmarks/{name}"
