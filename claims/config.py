"""Configuration of the gate: the nearest ``policycheck.toml`` (top level) or ``[tool.policycheck]``
in ``pyproject.toml``, searched from the working folder upwards. Command-line options win.

Keys: ``fail_on`` (contradiction|internal|imprecise|possible), ``lang`` (en|zh), ``format``,
``corpus`` (folder), ``reference`` (file), ``accepted`` (accepted-findings file). Relative paths
are resolved against the folder of the file that sets them. Errors: E205 with file:line.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from claims.errors import PolicycheckError, problem


class Config(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    fail_on: Literal["contradiction", "internal", "imprecise", "possible"] | None = None
    lang: Literal["en", "zh"] | None = None
    format: Literal["text", "concise", "json", "sarif", "junit"] | None = None
    corpus: str | None = None
    reference: str | None = None
    accepted: str | None = None
    source: str | None = None  # the file the configuration came from (set by the loader)


def find_config(start: Path | None = None) -> tuple[Path, dict] | None:
    """The nearest configuration file and its policycheck table, or None."""
    here = (start or Path.cwd()).resolve()
    for d in [here, *here.parents]:
        p = d / "policycheck.toml"
        if p.is_file():
            return p, _read(p)
        pp = d / "pyproject.toml"
        if pp.is_file():
            table = _read(pp).get("tool", {}).get("policycheck")
            if table is not None:
                return pp, table
    return None


def _read(p: Path) -> dict:
    try:
        return tomllib.loads(p.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+), column (\d+)", str(exc))
        line, col = (int(m.group(1)), int(m.group(2))) if m else (None, None)
        raise PolicycheckError(problem("E205", str(p), f"invalid TOML: {exc}", line, col))
    except (OSError, UnicodeDecodeError) as exc:
        raise PolicycheckError(problem("E205", str(p), f"cannot read: {exc}"))


def _line_of_key(p: Path, key: str) -> int | None:
    try:
        for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
            if re.match(rf"\s*{re.escape(key)}\s*=", line):
                return i
    except OSError:
        return None
    return None


def load_config(start: Path | None = None) -> Config:
    found = find_config(start)
    if found is None:
        return Config()
    path, table = found
    try:
        cfg = Config.model_validate(table)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            key = str(err["loc"][0]) if err["loc"] else ""
            problems.append(problem("E205", str(path), f"{key or '(table)'}: {err['msg']}", _line_of_key(path, key) if key else None))
        raise PolicycheckError(problems)
    base = path.parent
    upd: dict[str, str] = {"source": str(path)}
    for k in ("corpus", "reference", "accepted"):
        v = getattr(cfg, k)
        if v is not None and not Path(v).is_absolute():
            upd[k] = str(base / v)
    return cfg.model_copy(update=upd)
