"""Load .txt / .md (YAML front matter) / .html files into :class:`claims.model.Document`.

``Document.text`` is the file's text as read (BOM removed, front matter included, line endings
kept); for HTML it is the extracted article text. Every failure is a ``PolicycheckError`` carrying
a Problem with a registered code that names the file (and line where it applies). See
docs/documents.md for the formats, encodings, precedence rules and language thresholds.

Split for size: decoding in ``documents_encoding``, HTML in ``documents_html``, language in
``documents_language``; everything is re-exported here.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import os
import re
from collections import Counter
from pathlib import Path
from typing import Any, Iterable, Mapping

from claims.documents_encoding import UTF8_LOSSY, control_ratio, declared_charset, decode_bytes
from claims.documents_html import HtmlPage, extract_html
from claims.documents_language import detect_language, detect_with_counts, language_from_tag
from claims.errors import PolicycheckError, problem
from claims.model import Document, Problem
from claims.text import LineIndex
from claims.yamlio import load_yaml

__all__ = [
    "load_document", "load_corpus", "detect_language", "decode_bytes", "extract_html", "walk_corpus",
    "sources_entry_for", "unique_ids", "is_data_file", "language_from_tag", "declared_charset", "HtmlPage",
    "parse_date", "json_safe", "yaml_shape_problem", "SUPPORTED", "DEFAULT_MAX_BYTES", "UTF8_LOSSY",
]

DEFAULT_MAX_BYTES = 50_000_000
SUPPORTED = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
# Files a corpus folder may hold that are data, not documents: skipped silently by load_corpus.
_DATA_NAMES = {"sources.yaml", "sources.yml", "reviews.yaml", "reviews.yml", "policycheck.toml"}
_DATA_RE = re.compile(r"^reference.*\.ya?ml$|\.json$|\.jsonl$", re.IGNORECASE)


# ---- front matter ------------------------------------------------------------------------------

_FM_OPEN = re.compile(r"---[ \t]*\r?\n")
_FM_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.MULTILINE)
_STR_FIELDS = ("title", "title_original", "source", "publisher", "source_url", "author", "lang", "language")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T ])")


def parse_date(value: Any) -> dt.date | None:
    """A date from a date, datetime, or 'YYYY-MM-DD' (optionally followed by a time) string."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        m = _ISO_DATE.match(value.strip())
        if m:
            try:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                return None
    return None


def json_safe(value: Any) -> Any:
    """Dates to ISO strings, keys to strings, anything odd to its string form."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [json_safe(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def _split_front_matter(text: str) -> tuple[str, int, int] | None:
    """(YAML text, offset where the body starts, file line of the YAML's first line) or None."""
    m = _FM_OPEN.match(text)
    if not m:
        return None
    close = _FM_CLOSE.search(text, m.end())
    if not close:
        return None
    body = close.end()
    while body < len(text) and text[body] in "\r\n":  # blank lines between front matter and body
        body += 1
    return text[m.end() : close.start()], body, 2


YAML_MAX_NODES = 20_000
YAML_MAX_DEPTH = 64
_BRACKETS = re.compile(r"[\[\]{}]")


def yaml_shape_problem(yaml_text: str) -> tuple[str, int | None] | None:
    """(message, 1-based line) when YAML is too deep or expands (through aliases) to too many
    values to be read safely: a "billion laughs" front matter must not hang the run. None if fine
    or if it does not parse (the strict loader then reports where)."""
    import yaml

    depth = deepest = 0
    for b in _BRACKETS.findall(yaml_text):  # PyYAML's scanner is quadratic in flow nesting
        depth = depth + 1 if b in "[{" else max(0, depth - 1)
        deepest = max(deepest, depth)
    if deepest > YAML_MAX_DEPTH:
        return f"YAML nested more than {YAML_MAX_DEPTH} levels deep", None
    try:
        node = yaml.compose(yaml_text, Loader=yaml.SafeLoader)
    except RecursionError:
        return "YAML nested too deeply", None
    except yaml.YAMLError:
        return None
    stack = [node] if node is not None else []
    count = 0
    while stack:
        n = stack.pop()
        count += 1
        if count > YAML_MAX_NODES:
            return f"YAML expands to more than {YAML_MAX_NODES:,} values (aliases?)", n.start_mark.line + 1
        if isinstance(n, yaml.MappingNode):
            for k, v in n.value:
                stack.append(k)
                stack.append(v)
        elif isinstance(n, yaml.SequenceNode):
            stack.extend(n.value)
    return None


def _failing_key(yaml_text: str) -> tuple[str | None, int, int]:
    """The top-level key whose value cannot be built (PyYAML raises ValueError on 2024-13-45)."""
    import yaml

    try:
        node = yaml.compose(yaml_text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None, 1, 1
    if not isinstance(node, yaml.MappingNode):
        return None, 1, 1
    loader = yaml.SafeLoader("")
    for k, v in node.value:
        try:
            loader.construct_object(v, deep=True)
        except Exception:  # noqa: BLE001 - any failure marks the culprit
            return str(k.value), k.start_mark.line + 1, k.start_mark.column + 1
    return None, 1, 1


def _front_matter(text: str, path: str) -> tuple[dict[str, Any], int, dict[str, Any]]:
    """Parse front matter: (fields for Document, body_start, raw mapping)."""
    split = _split_front_matter(text)
    if split is None:
        return {}, 0, {}
    yaml_text, body_start, first_line = split
    shape = yaml_shape_problem(yaml_text)
    if shape is not None:
        msg, line = shape
        raise PolicycheckError(problem("E107", path, f"front matter: {msg}", (line or 1) + first_line - 1))
    try:
        data, positions = load_yaml(Path(path), "E107", text=yaml_text)
    except RecursionError:
        raise PolicycheckError(problem("E107", path, "front matter: YAML nested too deeply", first_line)) from None
    except (ValueError, TypeError, OverflowError) as exc:  # e.g. date: 2024-13-45 (a bad timestamp)
        key, line, col = _failing_key(yaml_text)
        if key is not None:
            raise PolicycheckError(problem("E108", path, f"front matter field '{key}' must be a date (YYYY-MM-DD) or a string: {exc}", line + first_line - 1, col)) from None
        raise PolicycheckError(problem("E107", path, f"front matter: invalid value: {exc}", first_line)) from None
    except PolicycheckError as exc:
        if len(exc.problems) == 1 and exc.problems[0].message.startswith("invalid value:"):  # yamlio's 2024-13-45
            key, line, col = _failing_key(yaml_text)
            if key is not None:
                why = exc.problems[0].message.removeprefix("invalid value: ")
                raise PolicycheckError(problem("E108", path, f"front matter field '{key}' must be a date (YYYY-MM-DD) or a string: {why}", line + first_line - 1, col)) from None
        fixed = [
            p.model_copy(update={"line": (p.line + first_line - 1) if p.line else first_line - 1,
                                 "message": "front matter: " + p.message})
            for p in exc.problems
        ]
        raise PolicycheckError(fixed) from None
    if data is None:
        return {}, body_start, {}
    if not isinstance(data, dict):
        raise PolicycheckError(problem("E107", path, f"front matter must be a mapping of fields, not a {type(data).__name__}", first_line))

    def bad(key: str, expected: str) -> PolicycheckError:
        line, col = positions.get((key,), (1, 1))
        got = type(data[key]).__name__
        return PolicycheckError(problem("E108", path, f"front matter field '{key}' must be {expected}, got {got} {data[key]!r:.60}", line + first_line - 1, col))

    fields: dict[str, Any] = {}
    for key in _STR_FIELDS:
        if key in data and data[key] is not None and not isinstance(data[key], str):
            raise bad(key, "a string")
    if "date" in data and data["date"] is not None and data["date"] != "":
        d = parse_date(data["date"])
        if d is None:
            raise bad("date", "a date (YYYY-MM-DD)")
        fields["date"] = d
    for key, target in (("title", "title"), ("source", "publisher"), ("publisher", "publisher"), ("source_url", "source_url")):
        v = data.get(key)
        if isinstance(v, str) and v.strip() and target not in fields:
            fields[target] = v.strip()
    for key in ("lang", "language"):
        lang = language_from_tag(data.get(key))
        if lang and "language" not in fields:
            fields["language"] = lang
    return fields, body_start, data


# ---- loading -----------------------------------------------------------------------------------


def _stat(path: Path) -> os.stat_result:
    spath = str(path)
    try:
        return path.stat()
    except FileNotFoundError:
        if os.path.lexists(path):
            raise PolicycheckError(problem("E101", spath, "broken symbolic link: its target does not exist"))
        raise PolicycheckError(problem("E101", spath, "path not found"))
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise PolicycheckError(problem("E110", spath, "symbolic link loop"))
        raise PolicycheckError(problem("E102", spath, f"cannot read: {exc.strerror or exc}"))
    except RuntimeError:  # pragma: no cover - older Pythons report loops this way
        raise PolicycheckError(problem("E110", spath, "symbolic link loop"))


def load_document(
    path: str | os.PathLike[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    extra_metadata: Mapping[str, Any] | None = None,
) -> Document:
    """Read one document. ``extra_metadata`` (a sources.yaml entry) fills what the file lacks."""
    p = Path(path)
    spath = str(path)
    st = _stat(p)
    if not p.is_file():
        raise PolicycheckError(problem("E102", spath, "is a directory, not a file" if p.is_dir() else "not a regular file"))
    fmt = SUPPORTED.get(p.suffix.lower())
    if fmt is None:
        raise PolicycheckError(problem("E109", spath, f"unsupported file type '{p.suffix or '(none)'}'; read are .txt, .md, .html, .htm"))
    if st.st_size > max_bytes:
        raise PolicycheckError(problem("E106", spath, f"file is {st.st_size:,} bytes; the limit is {max_bytes:,}"))
    try:
        with open(p, "rb") as fh:
            raw = fh.read(max_bytes + 1)
    except OSError as exc:
        raise PolicycheckError(problem("E102", spath, f"cannot read: {exc.strerror or exc}"))
    if len(raw) > max_bytes:
        raise PolicycheckError(problem("E106", spath, f"file grew beyond the limit of {max_bytes:,} bytes while read"))
    if not raw.strip():
        raise PolicycheckError(problem("E105", spath, "file is empty" if not raw else "file holds only whitespace"))
    text, encoding = decode_bytes(raw, spath, declared_charset(raw) if fmt == "html" else None)
    if not text.strip():
        raise PolicycheckError(problem("E105", spath, "file holds only whitespace"))
    if control_ratio(text) > 0.05:
        raise PolicycheckError(problem("E103", spath, "too many control characters for text: looks binary"))

    fields: dict[str, Any] = {}
    metadata: dict[str, Any] = {}
    body_start = 0
    date_source = "none"
    if fmt == "html":
        page = extract_html(text)
        text = page.text
        if not text.strip():
            raise PolicycheckError(problem("E105", spath, "the HTML page has no article text"))
        metadata = json_safe(page.meta)
        for key in ("title", "source_url"):
            if getattr(page, key):
                fields[key] = getattr(page, key)
        if page.date:
            d = parse_date(page.date)
            if d:
                fields["date"] = d
                date_source = "html_meta"
        hint = language_from_tag(page.lang)
    else:
        fields, body_start, raw_fm = _front_matter(text, spath)
        metadata = json_safe(raw_fm)
        if "date" in fields:
            date_source = "front_matter"
        hint = None

    if extra_metadata:
        extra = {k: v for k, v in extra_metadata.items() if v not in (None, "")}
        for key in ("title", "publisher", "source_url"):
            if key in extra and key not in fields:
                fields[key] = str(extra[key])
        if "date" in extra and "date" not in fields:
            d = parse_date(extra["date"])
            if d:
                fields["date"] = d
                date_source = "sources"
        if "language" in extra and "language" not in fields:
            lang = language_from_tag(str(extra["language"]))
            if lang:
                fields["language"] = lang
        metadata = {**metadata, "sources_yaml": json_safe(extra)} if metadata else {"sources_yaml": json_safe(extra)}

    language = fields.pop("language", None)
    if language is None:
        language, trad, simp = detect_with_counts(text[body_start:])
        if language == "unknown" and hint:
            language = hint
        elif language == "zh-Hans" and trad == simp == 0 and (encoding in ("big5", "cp950") or hint == "zh-Hant"):
            language = "zh-Hant"  # only characters both scripts share: the encoding or page decides
    return Document(
        id=p.stem,
        path=spath,
        text=text,
        body_start=body_start,
        language=language,
        date=fields.get("date"),
        date_source=date_source if fields.get("date") else "none",
        title=fields.get("title"),
        publisher=fields.get("publisher"),
        source_url=fields.get("source_url"),
        content_hash="sha256:" + hashlib.sha256(raw).hexdigest(),
        encoding=encoding,
        format=fmt,  # type: ignore[arg-type]
        metadata=metadata,
    )


def line_of(doc: Document, offset: int) -> tuple[int, int]:
    """Convenience: 1-based (line, column) of an offset in a document's text."""
    return LineIndex(doc.text).line_col(offset)


# ---- corpus ------------------------------------------------------------------------------------


def is_data_file(name: str) -> bool:
    """Files a corpus folder may hold that are not documents (skipped silently)."""
    return name.lower() in _DATA_NAMES or bool(_DATA_RE.search(name))


def walk_corpus(root: Path, problems: list[Problem]) -> list[Path]:
    """The candidate document files under ``root`` in load order (sorted by path components);
    hidden entries and data files skipped; loops, links leaving ``root`` and unreadable folders
    appended to ``problems``. load_corpus uses it; so can a batching flow."""
    out: list[Path] = []
    try:
        root_real = root.resolve(strict=True)
    except (OSError, RuntimeError):
        problems.append(problem("E110", str(root), "cannot resolve the folder (symbolic link loop?)"))
        return out
    seen_dirs: set[tuple[int, int]] = set()
    stack: list[Path] = [root]
    while stack:
        d = stack.pop()
        try:
            st = d.stat()
        except OSError as exc:
            code = "E110" if exc.errno == errno.ELOOP else "E102"
            problems.append(problem(code, str(d), "symbolic link loop" if code == "E110" else f"cannot read folder: {exc.strerror}"))
            continue
        key = (st.st_dev, st.st_ino)
        if key in seen_dirs:
            problems.append(problem("E110", str(d), "symbolic link loop: this folder was already visited"))
            continue
        seen_dirs.add(key)
        try:
            entries = sorted(os.scandir(d), key=lambda e: e.name)
        except OSError as exc:
            problems.append(problem("E102", str(d), f"cannot list folder: {exc.strerror or exc}"))
            continue
        subdirs: list[Path] = []
        for e in entries:
            if e.name.startswith(".") or e.name == "__pycache__":
                continue
            ep = Path(e.path)
            if e.is_symlink():
                try:
                    real = ep.resolve(strict=True)
                except (OSError, RuntimeError):
                    if _is_loop(ep):
                        problems.append(problem("E110", str(ep), "symbolic link loop"))
                    else:
                        problems.append(problem("E101", str(ep), "broken symbolic link: its target does not exist"))
                    continue
                if not real.is_relative_to(root_real):
                    problems.append(problem("E110", str(ep), f"symbolic link points outside the corpus folder {root}"))
                    continue
            try:
                is_dir = e.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                if ep.suffix.lower() in SUPPORTED:
                    out.append(ep)  # a folder named like a document: reported as E102 on load
                else:
                    subdirs.append(ep)
            elif not is_data_file(e.name):
                out.append(ep)
        stack.extend(reversed(subdirs))
    return _ordered(root, out)


def _is_loop(p: Path) -> bool:
    try:
        os.stat(p)
    except OSError as exc:
        return exc.errno == errno.ELOOP
    except RuntimeError:  # pragma: no cover
        return True
    return False


def _ordered(root: Path, files: list[Path]) -> list[Path]:
    """Deterministic order: by path relative to the root, compared part by part."""
    return sorted(files, key=lambda f: f.relative_to(root).parts)


def _sources_for(folder: Path, cache: dict[Path, Any], problems: list[Problem]) -> dict[Path, dict[str, Any]]:
    """File entries of ``folder``/sources.yaml as {resolved path: metadata}; problems recorded."""
    if folder in cache:
        return cache[folder]
    from claims.sources import load_sources

    result: dict[Path, dict[str, Any]] = {}
    try:
        sf = load_sources(folder, problems=problems)
    except PolicycheckError as exc:
        problems.extend(exc.problems)
        sf = None
    if sf is not None:
        for entry in sf.sources:
            if entry.file:
                result[(folder / entry.file).resolve()] = entry.metadata()
    cache[folder] = result
    return result


def sources_entry_for(f: Path, roots: Iterable[Path], cache: dict[Path, Any], problems: list[Problem]) -> dict[str, Any] | None:
    """The sources.yaml metadata for a file: the nearest folder's sources.yaml (from the file's own
    folder up to one of ``roots``) that lists it. ``cache`` (a dict kept between calls) avoids
    reading a sources.yaml twice; its problems are appended to ``problems`` once."""
    real = f.resolve()
    folder = f.parent
    stop = {r.resolve() for r in roots}
    while True:
        entries = _sources_for(folder, cache, problems)
        if real in entries:
            return entries[real]
        if folder.resolve() in stop or folder.parent == folder:
            return None
        folder = folder.parent


def load_corpus(
    paths: Iterable[str | os.PathLike[str]], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[list[Document], list[Problem]]:
    """Load files and folders; every file that fails becomes a Problem and the rest go on.

    Ids are file stems; when two documents share a stem, each of them gets its path relative to
    the folder it was found in (or as given), without suffix, with '/' separators (and the suffix
    kept if that is still ambiguous)."""
    docs: list[tuple[Document, str]] = []
    problems: list[Problem] = []
    cache: dict[Path, Any] = {}
    seen: set[Path] = set()
    for given in paths:
        gp = Path(given)
        if not os.path.lexists(gp):
            problems.append(problem("E101", str(given), "path not found"))
            continue
        if gp.is_dir() and gp.suffix.lower() not in SUPPORTED:
            files = walk_corpus(gp, problems)
            roots = [gp]
            base = gp
        else:
            files = [gp]
            roots = [gp.parent]
            base = None
        for f in files:
            try:
                real = f.resolve(strict=False)
            except (OSError, RuntimeError):
                real = f.absolute()
            if real in seen:
                continue
            seen.add(real)
            try:
                extra = sources_entry_for(f, roots, cache, problems) if f.suffix.lower() in SUPPORTED else None
                doc = load_document(f, max_bytes=max_bytes, extra_metadata=extra)
            except PolicycheckError as exc:
                problems.extend(exc.problems)
                continue
            rel = f.relative_to(base).as_posix() if base is not None else f.as_posix()
            docs.append((doc, rel))
    return unique_ids(docs), problems


def unique_ids(docs: list[tuple[Document, str]]) -> list[Document]:
    """(document, path relative to its corpus folder) pairs -> documents with unique ids, in the
    order given (the duplicate-stem rule of load_corpus)."""
    counts = Counter(d.id for d, _ in docs)
    out: list[Document] = []
    renamed: list[tuple[Document, str]] = []
    for d, rel in docs:
        if counts[d.id] == 1:
            out.append(d)
        else:
            renamed.append((d, rel))
    by_rel = Counter(_strip_suffix(rel) for _, rel in renamed)
    taken = {d.id for d in out}
    result = list(out)
    for d, rel in renamed:
        new = _strip_suffix(rel) if by_rel[_strip_suffix(rel)] == 1 else rel
        while new in taken:
            new = new + "~"
        taken.add(new)
        result.append(d.model_copy(update={"id": new}))
    order = {id(d): i for i, (d, _) in enumerate(docs)}
    originals = {d.path: i for i, (d, _) in enumerate(docs)}
    return sorted(result, key=lambda d: originals.get(d.path, order.get(id(d), 0)))


def _strip_suffix(rel: str) -> str:
    stem, dot, suffix = rel.rpartition(".")
    return stem if dot and "/" not in suffix else rel


# names used before they were public (flows/pipeline.py)
_walk = walk_corpus
_metadata_for = sources_entry_for
_unique_ids = unique_ids
