"""``policycheck serve --cron "0 6 * * *" [CORPUS] --out DIR``: serve the verify flow as a
scheduled Prefect deployment from this process (``flow.serve``), until interrupted.

Runs appear in the Prefect UI of the server PREFECT_API_URL points at. Without PREFECT_API_URL a
temporary server is started and lives only as long as this process (no UI): fine for a try-out,
not for a nightly schedule — start ``prefect server start`` and point PREFECT_API_URL at it.
"""

from __future__ import annotations

import argparse
import contextlib
from typing import Any

from claims.errors import PolicycheckError, format_problem, problem
from flows import cmd_verify
from flows.cmd_verify import say


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("corpus", nargs="?", default=None, metavar="CORPUS", help="corpus folder (default: ./seeds)")
    p.add_argument("--out", required=True, metavar="DIR", help="output folder of every scheduled run")
    p.add_argument("--cron", default="0 6 * * *", help='schedule as a cron string (default "0 6 * * *": 06:00 every day)')
    p.add_argument("--timezone", default="UTC", help="time zone of the cron schedule (default UTC)")
    p.add_argument("--name", default="scheduled", help="deployment name (default: scheduled)")
    p.add_argument("--reference", metavar="FILE", help="reference facts YAML (default: CORPUS/reference.yaml when present)")
    p.add_argument("--lang", choices=("en", "zh"), default="en")
    p.add_argument("--batch-size", type=cmd_verify._positive, default=50, metavar="N")
    p.add_argument("--reference-date", type=cmd_verify._date, metavar="YYYY-MM-DD")
    p.add_argument("--fetch-retries", type=int, default=3, metavar="N")
    p.add_argument("--allow-private-urls", action="store_true", help="let URL sources point at non-public addresses")
    p.add_argument("--run-now", action="store_true", help="also start one run right away")


def deployment_parameters(args: argparse.Namespace) -> dict[str, Any]:
    params = cmd_verify.flow_parameters(args)
    if params["reference_date"] is not None:
        params["reference_date"] = params["reference_date"].isoformat()
    return params


def run(args: argparse.Namespace) -> int:
    try:
        params = deployment_parameters(args)
        cmd_verify._check_paths(params)
    except PolicycheckError as exc:
        for p in exc.problems:
            say(format_problem(p))
        return 2
    for note in cmd_verify.prefect_env():
        say(note)
    with contextlib.ExitStack() as stack:
        server = None
        if not cmd_verify.api_url_known():
            say("no PREFECT_API_URL: the schedule lives only as long as this process; for a nightly schedule "
                "run 'prefect server start' and set PREFECT_API_URL=http://127.0.0.1:4200/api")
            server = cmd_verify.TemporaryServer()
            stack.callback(server.stop)
            server.launch()
        from prefect.client.schemas.schedules import CronSchedule

        try:
            CronSchedule(cron=args.cron, timezone=args.timezone)
        except ValueError as exc:
            errors = getattr(exc, "errors", None)
            why = errors()[0]["msg"] if callable(errors) else str(exc).splitlines()[0]
            say(format_problem(problem("E401", "--cron", f"invalid schedule {args.cron!r} ({args.timezone}): {why}")))
            return 2
        try:
            if server is not None:
                server.wait_ready()
        except PolicycheckError as exc:
            for p in exc.problems:
                say(format_problem(p))
            return 2
        from flows.verify import verify_flow

        say(f"serving deployment '{verify_flow.name}/{args.name}' on cron {args.cron!r} ({args.timezone}); "
            f"corpus {params['corpus']} -> {params['out']}; Ctrl-C to stop")
        deployment = verify_flow.to_deployment(
            name=args.name,
            cron=args.cron,
            parameters=params,
            tags=["policycheck"],
            description="policycheck verify, served by 'policycheck serve'",
        )
        if args.run_now:
            import threading

            threading.Thread(target=_run_soon, args=(f"{verify_flow.name}/{args.name}",), daemon=True).start()
        from prefect import serve

        serve(deployment)  # blocks until interrupted
    return 0


def _run_soon(full_name: str) -> None:
    """Trigger one run of the served deployment once it is registered."""
    import time

    from prefect.deployments import run_deployment

    for _ in range(60):
        try:
            run_deployment(full_name, timeout=0)
            say(f"started a run of {full_name}")
            return
        except Exception:  # not registered yet
            time.sleep(1)
