"""Scale-out: the verify flow on a local Dask cluster of 2 processes gives the same report.json
content as the single-process run."""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.model import RunReport

pytestmark = [pytest.mark.prefect, pytest.mark.slow, pytest.mark.usefixtures("prefect_harness")]


def _content(out: Path) -> dict:
    return RunReport.model_validate_json((out / "report.json").read_bytes()).model_dump(mode="json", exclude={"generated_at"})


def test_dask_run_equals_single_process(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("prefect_dask")
    from prefect.settings import PREFECT_API_URL

    from flows.cmd_verify import task_runner
    from flows.verify import verify_flow

    monkeypatch.setenv("PREFECT_API_URL", PREFECT_API_URL.value())  # worker processes talk to the harness server
    single = verify_flow(corpus=str(corpus), out=str(tmp_path / "single"), batch_size=2)
    on_dask = verify_flow.with_options(task_runner=task_runner(2, None))(
        corpus=str(corpus), out=str(tmp_path / "dask"), batch_size=2
    )
    assert on_dask["extracted"] == single["extracted"] == 5
    assert _content(tmp_path / "dask") == _content(tmp_path / "single")
    assert (tmp_path / "dask" / "claims.jsonl").read_bytes() == (tmp_path / "single" / "claims.jsonl").read_bytes()
