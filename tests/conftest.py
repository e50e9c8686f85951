"""Suite-wide settings: hypothesis profiles (deterministic in CI) and shared paths."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def _peer_specs() -> Path:
    """The external suites: $POLICYCHECK_PEER_SPECS, else ../shared/peer-specs beside the project,
    else /work/shared/peer-specs (a clone made elsewhere on this machine)."""
    env = os.environ.get("POLICYCHECK_PEER_SPECS")
    candidates = [Path(env)] if env else [ROOT.parent / "shared" / "peer-specs", Path("/work/shared/peer-specs")]
    return next((c for c in candidates if c.exists()), candidates[0])


PEER_SPECS = _peer_specs()

settings.register_profile(
    "ci",
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.register_profile("dev", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))


CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """One headless Debian Chromium for the whole session, driven by Playwright's sync API (two
    sync_playwright() instances cannot be alive at once, so every browser test shares this one)."""
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is not installed (apt-get install chromium); browser tests skipped")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed (pip install playwright; the system chromium is used)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()
