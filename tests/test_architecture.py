"""The layering DESIGN.md promises: claims/ and reports/ are plain libraries without Prefect, the
gate commands never import it, and documented error codes match the registry."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _modules(package: str) -> list[str]:
    return sorted(
        f"{package}." + p.relative_to(ROOT / package).with_suffix("").as_posix().replace("/", ".")
        for p in (ROOT / package).rglob("*.py")
        if p.name != "__init__.py"
    )


@pytest.mark.parametrize("package", ["claims", "reports"])
def test_library_imports_without_prefect(package: str) -> None:
    mods = [package] + _modules(package)
    code = (
        "import importlib, sys\n"
        f"for m in {mods!r}:\n"
        "    importlib.import_module(m)\n"
        "bad = sorted(m for m in sys.modules if m == 'prefect' or m.startswith('prefect.'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"{package} pulls in Prefect: {out.stdout.strip()}"


@pytest.mark.parametrize("command", ["extract", "check", "crosscheck", "schema", "report"])
def test_gate_commands_do_not_import_prefect(command: str) -> None:
    code = (
        "import sys\n"
        "from flows import cli\n"
        f"cli.build_parser(only={command!r})\n"
        "import importlib\n"
        f"mod = cli.COMMANDS[{command!r}][0]\n"
        "try:\n"
        "    importlib.import_module(mod)\n"
        "except ModuleNotFoundError as e:\n"
        "    if e.name != mod: raise\n"
        "print(any(m == 'prefect' or m.startswith('prefect.') for m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "False"


def test_error_codes_documented() -> None:
    from claims.errors import CODES

    documented = set(re.findall(r"^\| (E\d{3}) \|", (ROOT / "docs" / "errors.md").read_text(), re.M))
    assert documented == set(CODES)


def test_every_emitted_error_code_is_registered() -> None:
    from claims.errors import CODES

    used: set[str] = set()
    for package in ("claims", "reports", "flows"):
        for p in (ROOT / package).rglob("*.py"):
            used |= set(re.findall(r"[\"'](E\d{3})[\"']", p.read_text(encoding="utf-8")))
    assert used <= set(CODES), f"unregistered codes: {sorted(used - set(CODES))}"
