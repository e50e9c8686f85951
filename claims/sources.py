"""A corpus folder's optional ``sources.yaml``: what is known about each document's origin.

Format (docs/documents.md): a list of entries (or a mapping with a ``sources:`` list), each with
exactly one of ``file`` (a path relative to the folder holding sources.yaml) or ``url`` (http or
https; fetched by the flows, not here), plus optional title, title_original, language, publisher,
source_url, date, author, notes. Errors: E204 (invalid, with file:line:col), E110 (a file entry
that leaves the folder).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from claims.errors import PolicycheckError, problem
from claims.model import Language, Problem
from claims.yamlio import load_yaml, validate

__all__ = ["SourceEntry", "SourcesFile", "load_sources", "SOURCES_NAME"]

SOURCES_NAME = "sources.yaml"


class SourceEntry(BaseModel):
    """One document of the corpus: a file in the folder, or a URL to fetch."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    file: str | None = Field(None, description="path relative to the folder holding sources.yaml")
    url: str | None = Field(None, description="http(s) URL of a document to fetch")
    title: str | None = None
    title_original: str | None = Field(None, description="title of the original when this is a translation")
    language: Language | None = None
    publisher: str | None = None
    source_url: str | None = Field(None, description="where the document was published")
    date: dt.date | None = Field(None, description="publication date (YYYY-MM-DD)")
    author: str | None = None
    notes: str | None = Field(None, description="the evidence for the values above")

    @field_validator("file")
    @classmethod
    def _relative(cls, v: str | None) -> str | None:
        if v is None:
            return v
        if not v.strip():
            raise ValueError("file must not be empty")
        return v

    @field_validator("url", "source_url")
    @classmethod
    def _http(cls, v: str | None) -> str | None:
        if v is None:
            return v
        parts = urlsplit(v)
        if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
            raise ValueError(f"only http(s) URLs are accepted, got {v!r:.80}")
        return v

    @model_validator(mode="after")
    def _one_target(self) -> "SourceEntry":
        if (self.file is None) == (self.url is None):
            raise ValueError("each entry needs exactly one of 'file' or 'url'")
        return self

    def metadata(self) -> dict[str, Any]:
        """The entry's metadata fields (no file/url), as load_document's ``extra_metadata``."""
        return self.model_dump(exclude={"file", "url"}, exclude_none=True)


class SourcesFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    sources: tuple[SourceEntry, ...] = ()

    @model_validator(mode="before")
    @classmethod
    def _wrap_list(cls, data: Any) -> Any:
        if isinstance(data, list):
            return {"sources": data}
        if data is None:
            return {"sources": []}
        return data

    @property
    def entries(self) -> tuple[SourceEntry, ...]:
        """All entries, in file order (same as ``sources``)."""
        return self.sources

    def files(self) -> dict[str, SourceEntry]:
        """File entries by their relative path (as written)."""
        return {e.file: e for e in self.sources if e.file is not None}

    def urls(self) -> list[SourceEntry]:
        """URL entries, in file order: the flows fetch these."""
        return [e for e in self.sources if e.url is not None]


def load_sources(folder: str | Path, *, problems: list[Problem] | None = None) -> SourcesFile | None:
    """Read ``folder/sources.yaml``; None when the folder has none. Raises PolicycheckError:
    E204 for invalid YAML or fields, E110 for file entries that leave the folder. With a
    ``problems`` list, E110 entries are appended to it and left out instead (the rest is used)."""
    folder = Path(folder)
    path = folder / SOURCES_NAME
    if not path.is_file():
        return None
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise PolicycheckError(problem("E204", str(path), f"cannot read: {exc}")) from None
    from claims.documents import yaml_shape_problem

    shape = yaml_shape_problem(text)
    if shape is not None:
        raise PolicycheckError(problem("E204", str(path), shape[0], shape[1]))
    try:
        data, positions = load_yaml(path, "E204", text=text)
    except RecursionError:
        raise PolicycheckError(problem("E204", str(path), "YAML nested too deeply")) from None
    except (ValueError, TypeError, OverflowError) as exc:  # PyYAML raises these for 2024-13-45
        raise PolicycheckError(problem("E204", str(path), f"invalid value: {exc}")) from None
    if isinstance(data, list):  # errors are reported against ("sources", i, ...)
        positions = {**positions, **{("sources",) + k: v for k, v in positions.items()}}
    sf = validate(SourcesFile, data, path, positions, "E204")
    root = folder.resolve()
    found: list[Problem] = []
    kept: list[SourceEntry] = []
    for i, entry in enumerate(sf.sources):
        if entry.file is not None:
            pure = PurePosixPath(entry.file.replace("\\", "/"))
            target = (folder / entry.file).resolve()
            if pure.is_absolute() or ".." in pure.parts or not target.is_relative_to(root):
                line, col = positions.get(("sources", i, "file"), (None, None))
                found.append(problem("E110", str(path), f"sources[{i}].file {entry.file!r} is outside the folder {folder}", line, col))
                continue
        kept.append(entry)
    if found:
        if problems is None:
            raise PolicycheckError(found)
        problems.extend(found)
        return SourcesFile(sources=tuple(kept))
    return sf
