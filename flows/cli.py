"""The ``policycheck`` command. Each subcommand lives in its own module, imported only when used,
so ``check``, ``extract`` and ``crosscheck`` never import Prefect.

Exit codes: 0 clean, 1 findings at or above the fail level, 2 usage / unreadable input / internal error.
"""

from __future__ import annotations

import argparse
import importlib
import sys

# subcommand -> module under flows/ that defines add_arguments(parser) and run(args) -> int
COMMANDS: dict[str, tuple[str, str]] = {
    "extract": ("flows.cmd_extract", "print the claims of files or folders"),
    "schema": ("flows.cmd_schema", "print the JSON Schema of a model (claim, finding, report, ...)"),
    "crosscheck": ("flows.cmd_crosscheck", "print the findings of a corpus, without a report"),
    "check": ("flows.cmd_check", "check drafts against a corpus; exit 1 on contradictions (pre-publication gate)"),
    "report": ("flows.cmd_report", "re-render a report from a saved report.json"),
    "verify": ("flows.cmd_verify", "run the verification flow over a corpus and write the report"),
    "serve": ("flows.cmd_serve", "serve the verify flow as a scheduled Prefect deployment"),
}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # usage errors exit 2 with a one-line reason
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: E401 usage error: {message}\n")
        raise SystemExit(2)


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    parser = _Parser(prog="policycheck", description="Fact-check figures and dates across Chinese and English policy documents.")
    parser.add_argument("--version", action="version", version=_version())
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, (module, help_text) in COMMANDS.items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        if only is None or only == name:
            try:
                importlib.import_module(module).add_arguments(p)
            except ModuleNotFoundError as exc:
                if exc.name != module:
                    raise
    return parser


def _version() -> str:
    from claims import __version__

    return f"policycheck {__version__}"


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    command = next((a for a in argv if not a.startswith("-")), None)
    parser = build_parser(only=command if command in COMMANDS else None)
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 2
    module_name = COMMANDS[args.command][0]
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError:
        sys.stderr.write(f"policycheck: E401 usage error: '{args.command}' is not available in this build\n")
        return 2
    try:
        return int(module.run(args))
    except KeyboardInterrupt:
        sys.stderr.write("policycheck: interrupted\n")
        return 2


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
