"""Fixtures for the report tests: the fixture run rendered once, a headless Chromium, golden files.

Golden files are rewritten only on purpose: ``pytest tests/reports --update-golden`` (or
``POLICYCHECK_UPDATE_GOLDEN=1``), then reviewed as a diff.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: F401  (the browser fixture lives there)


def pytest_addoption(parser: pytest.Parser) -> None:
    try:
        parser.addoption("--update-golden", action="store_true", default=False, help="rewrite golden files instead of comparing")
    except ValueError:  # another conftest registered it already
        pass


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden", default=False)) or os.environ.get("POLICYCHECK_UPDATE_GOLDEN") == "1"


@pytest.fixture(scope="session")
def fixture_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture run written once in English (the folder is shared: do not modify it)."""
    from reports.render import write_report
    from tests.report_fixtures import fixture_run

    run, claims, docs = fixture_run()
    out = tmp_path_factory.mktemp("report") / "out"
    write_report(run, claims, docs, out)
    return out


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=True)  # type: ignore[attr-defined]
    pg = context.new_page()
    try:
        yield pg
    finally:
        context.close()


def copy_report(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst)
    return dst
