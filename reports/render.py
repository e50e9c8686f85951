"""Render a run as a static, self-contained HTML report plus its JSON twins.

``write_report(run, claims, documents, out_dir, lang=...)`` writes, atomically::

    out_dir/index.html          overview, contents, findings (first page), documents (small runs)
    out_dir/findings-N.html     further pages of findings (more than FINDINGS_PER_PAGE)
    out_dir/documents.html      every document
    out_dir/claims.html         claims index (claims-N.html further pages)
    out_dir/open.html           claims without a catalog subject, grouped by open key
    out_dir/subjects.html       catalog subjects: the values the documents state, the findings about each
    out_dir/docs/<slug>.html    one page per document: its text with every claim highlighted
    out_dir/report.json         the RunReport (stable ordering)
    out_dir/claims.jsonl        one Claim per line, by document then offset
    out_dir/documents.jsonl     one Document per line (id, text, ...): what ``policycheck report`` re-renders from

Escaping: one jinja2 Environment with ``autoescape=True`` and ``StrictUndefined``; no ``|safe`` on
data; the only inline script is ``static/report.js``, allowed by its sha256 in each page's
Content-Security-Policy.
"""

from __future__ import annotations

import base64
import datetime as dt
import ctypes
import hashlib
import os
import re
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from claims.errors import PolicycheckError, problem
from claims.model import Claim, Document, RunReport
from claims.yamlio import load_yaml
from reports import view

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"
LABELS = HERE / "labels"
LANGS = ("en", "zh")

FINDINGS_PER_PAGE = 500  # finding cards per page (index.html is page 1)
CLAIMS_PER_PAGE = 2000  # rows per claims index page
INDEX_DOCUMENTS_INLINE = 100  # the documents table is inlined in index.html up to this many
OPEN_SUBJECTS_MAX = 1000  # open keys listed on open.html
LIST_MAX = 200  # resolved findings, problems and stale reviews listed in the index

OUR_NAMES = re.compile(r"^(index\.html|report\.json|claims\.jsonl|documents\.jsonl|docs|documents\.html|open\.html|subjects\.html|claims(-\d+)?\.html|findings-\d+\.html)$")


# --- environment, labels, static assets ---------------------------------------------------------


class LabelsError(ValueError):
    """A label file is broken: shipped data, so this is a bug, named with file:line."""


@lru_cache(maxsize=None)
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=view.visible,
    )
    env.globals["fmt"] = _fmt
    return env


def _fmt(template: str, **kw: Any) -> str:
    """Fill ``{name}`` placeholders of a label (values converted with str; escaped by the template)."""
    out = template
    for k, v in kw.items():
        out = out.replace("{" + k + "}", str(v))
    return out


@lru_cache(maxsize=None)
def load_labels(lang: str) -> SimpleNamespace:
    """The UI strings of ``lang`` (en or zh), validated against en.yaml's keys."""
    if lang not in LANGS:
        raise LabelsError(f"unknown report language {lang!r}; use one of {', '.join(LANGS)}")
    ref, _ = load_yaml(LABELS / "en.yaml", "E201")
    path = LABELS / f"{lang}.yaml"
    data, pos = load_yaml(path, "E201")
    if not isinstance(data, dict) or not isinstance(ref, dict):
        raise LabelsError(f"{path}: expected a mapping of label keys to strings")
    for key, value in data.items():
        line = pos.get((key,), (None, None))[0]
        if key not in ref:
            raise LabelsError(f"{path}:{line}: unknown label {key!r} (not in en.yaml)")
        if not isinstance(value, str) or not value.strip():
            raise LabelsError(f"{path}:{line}: label {key!r} must be a non-empty string")
    missing = sorted(set(ref) - set(data))
    if missing:
        raise LabelsError(f"{path}: missing labels: {', '.join(missing)}")
    return SimpleNamespace(**data)


@lru_cache(maxsize=None)
def static_assets() -> tuple[Markup, Markup, str]:
    """(css, js, csp) — the inline stylesheet and script, and the policy allowing only that script.

    These are the project's own files, not data: they are inlined verbatim (as Markup, since
    ``<style>`` and ``<script>`` are raw-text elements where entities are not decoded), comments
    and indentation stripped. The CSP carries the sha256 of exactly the script that is inlined.
    """
    css = _compact((STATIC / "report.css").read_text(encoding="utf-8"))
    css = re.sub(r"\s+", " ", css).replace("} ", "}\n")
    js = _compact((STATIC / "report.js").read_text(encoding="utf-8"))
    if "</script" in js.lower() or "</style" in css.lower() or "<!--" in js + css:
        raise ValueError("static assets must not contain closing tags or comment openers")
    return Markup(css), Markup(js), csp_for(js)


def _compact(text: str) -> str:
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def csp_for(script: str) -> str:
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return (
        "default-src 'none'; style-src 'unsafe-inline'; "
        f"script-src 'sha256-{digest}'; img-src data:; base-uri 'none'; form-action 'none'"
    )


# --- the site ---------------------------------------------------------------------------------


def canonical_run(run: RunReport) -> RunReport:
    """The run with every collection in a stable order (report.json is compared as a golden file)."""
    return run.model_copy(
        update={
            "documents": tuple(sorted(run.documents, key=lambda d: d.id)),
            "findings": tuple(sorted(run.findings, key=view.finding_sort_key)),
            "problems": tuple(sorted(run.problems, key=lambda p: (p.path, p.line or 0, p.column or 0, p.code, p.message))),
            "status": dict(sorted(run.status.items())),
            "resolved": tuple(sorted(run.resolved, key=view.finding_sort_key)),
            "reviews": {k: dict(sorted(v.items())) for k, v in sorted(run.reviews.items())},
        }
    )


def _utc(when: dt.datetime | None) -> str:
    if when is None:
        return ""
    if when.tzinfo is not None:
        when = when.astimezone(dt.timezone.utc)
    return when.strftime("%Y-%m-%d %H:%M UTC")


def _pages(n: int, size: int) -> int:
    return max(1, -(-n // size))


def _page_name(stem: str, page: int) -> str:
    return ("index.html" if stem == "findings" else f"{stem}.html") if page == 1 else f"{stem}-{page}.html"


class Site:
    """Everything shared by the pages of one report."""

    def __init__(self, run: RunReport, claims: list[Claim], documents: list[Document], lang: str) -> None:
        self.run = canonical_run(run)
        self.claims = sorted(claims, key=lambda c: (c.doc, c.start, c.end, c.id))
        self.docs = {d.id: d for d in documents}
        self.lang = lang
        self.L = load_labels(lang)
        css, js, csp = static_assets()
        self.summaries = {d.id: d for d in self.run.documents}
        self.claims_by_doc: dict[str, list[Claim]] = {}
        for c in self.claims:
            self.claims_by_doc.setdefault(c.doc, []).append(c)
        self.doc_ids = sorted(set(self.summaries) | set(self.docs) | set(self.claims_by_doc))
        # the day offered in ready-to-paste review entries: the run's, never the wall clock
        when = self.run.generated_at.date() if self.run.generated_at else self.run.reference_date
        self.today = when.isoformat() if when else ""
        findings = self.run.findings
        self.finding_pages = _pages(len(findings), FINDINGS_PER_PAGE)
        self.page_of = {f.fingerprint: _page_name("findings", i // FINDINGS_PER_PAGE + 1) for i, f in enumerate(findings)}
        self.findings_by_doc: dict[str, list[tuple[str, Any]]] = {}
        for f in findings:
            for d in sorted({c.doc for c in f.claims}):
                self.findings_by_doc.setdefault(d, []).append((f"{self.page_of[f.fingerprint]}#{view.finding_id(f.fingerprint)}", f))
        self.base = {
            "L": self.L, "css": css, "js": js, "csp": csp, "html_lang": self.L.lang_tag, "run": self.run,
            "js_data": {"shown": self.L.shown_count, "rows": self.L.shown_rows},
            "generated": _utc(self.run.generated_at),
            "claims_pages": _pages(len(self.claims), CLAIMS_PER_PAGE),
        }

    def render(self, template: str, **ctx: Any) -> str:
        return environment().get_template(template).render(**self.base, **ctx)

    def doc_info(self, doc_id: str) -> view.DocInfo:
        return view.doc_info(doc_id, self.docs, self.summaries)

    # pages

    def overview(self) -> dict[str, Any]:
        run = self.run
        table = Counter((f.kind, f.severity) for f in run.findings)
        fps = {f.fingerprint for f in run.findings}
        stale = [(fp, r) for fp, r in run.reviews.items() if fp not in fps]
        return {
            "n_docs": len(self.doc_ids),
            "n_claims": len(self.claims),
            "kinds": [k for k in view.KINDS],
            "severities": list(view.SEVERITIES),
            "table": table,
            "row_totals": {k: sum(table[(k, s)] for s in view.SEVERITIES) for k in view.KINDS},
            "col_totals": {s: sum(table[(k, s)] for k in view.KINDS) for s in view.SEVERITIES},
            "n_new": sum(1 for f in run.findings if run.status.get(f.fingerprint) == "new"),
            "has_previous": bool(run.status) or bool(run.resolved),
            "n_reviewed": sum(1 for f in run.findings if f.fingerprint in run.reviews),
            "resolved": list(run.resolved[:LIST_MAX]),
            "resolved_omitted": max(0, len(run.resolved) - LIST_MAX),
            "problems": list(run.problems[:LIST_MAX]),
            "problems_omitted": max(0, len(run.problems) - LIST_MAX),
            "stale": stale[:LIST_MAX],
            "n_open": sum(1 for c in self.claims if c.subject_source == "open"),
        }

    def findings_page(self, page: int) -> str:
        run = self.run
        chunk = run.findings[(page - 1) * FINDINGS_PER_PAGE : page * FINDINGS_PER_PAGE]
        cards = [view.card(f, self.docs, run.status, run.reviews, self.today, self.summaries) for f in chunk]
        subjects = sorted({c.finding.subject for c in cards})
        doc_opts = sorted({(view.doc_slug(cl.doc), cl.doc) for c in cards for cl in c.finding.claims})
        ctx: dict[str, Any] = {
            "root": "",
            "page": page,
            "pages": self.finding_pages,
            "page_names": [_page_name("findings", i) for i in range(1, self.finding_pages + 1)],
            "first": (page - 1) * FINDINGS_PER_PAGE + 1,
            "total": len(run.findings),
            "cards": cards,
            "opt_kinds": [k for k in view.KINDS if any(c.finding.kind == k for c in cards)],
            "opt_severities": [s for s in view.SEVERITIES if any(c.finding.severity == s for c in cards)],
            "opt_subjects": subjects,
            "opt_docs": [(slug, self.doc_label(i)) for slug, i in doc_opts],
            "opt_reviews": [r for r in view.REVIEW_STATUSES if any(c.review_status == r for c in cards)],
        }
        if page == 1:
            ctx.update(self.overview())
            ctx["inline_docs"] = [self.doc_row(i) for i in self.doc_ids] if len(self.doc_ids) <= INDEX_DOCUMENTS_INLINE else []
        return self.render("index.html.j2", **ctx)

    def doc_label(self, doc_id: str) -> str:
        title = self.doc_info(doc_id).title
        return view.clip(view.strip_controls(f"{doc_id} — {title}" if title else doc_id), 90)

    def doc_row(self, doc_id: str) -> dict[str, Any]:
        return {"info": self.doc_info(doc_id), "claims": len(self.claims_by_doc.get(doc_id, [])), "findings": len(self.findings_by_doc.get(doc_id, []))}

    def documents_page(self) -> str:
        return self.render("documents.html.j2", root="", rows=[self.doc_row(i) for i in self.doc_ids])

    def document_page(self, doc_id: str) -> str:
        doc = self.docs.get(doc_id)
        claims = self.claims_by_doc.get(doc_id, [])
        pieces = view.document_pieces(doc, claims) if doc is not None else []
        rows = [(view.anchor_id(c.id), c, view.format_value(c.value)) for c in claims]
        return self.render(
            "document.html.j2", root="../", doc=doc, info=self.doc_info(doc_id), pieces=pieces, rows=rows,
            text_lang=view.quote_lang(doc.language) if doc else None, findings=self.findings_by_doc.get(doc_id, [])[:LIST_MAX],
            findings_omitted=max(0, len(self.findings_by_doc.get(doc_id, [])) - LIST_MAX),
        )

    def claims_page(self, page: int) -> str:
        chunk = self.claims[(page - 1) * CLAIMS_PER_PAGE : page * CLAIMS_PER_PAGE]
        rows = [(c, view.doc_href(c.doc) + "#" + view.anchor_id(c.id), view.format_value(c.value)) for c in chunk]
        pages = self.base["claims_pages"]
        return self.render(
            "claims.html.j2", root="", rows=rows, page=page, pages=pages,
            page_names=[_page_name("claims", i) for i in range(1, pages + 1)],
            first=(page - 1) * CLAIMS_PER_PAGE + 1, total=len(self.claims),
            opt_subjects=sorted({c.subject for c in chunk}), opt_kinds=sorted({c.kind for c in chunk}),
        )

    def open_page(self) -> str:
        groups = view.open_subjects(self.claims, self.docs, summaries=self.summaries)
        return self.render("open.html.j2", root="", groups=groups[:OPEN_SUBJECTS_MAX], omitted=max(0, len(groups) - OPEN_SUBJECTS_MAX))

    def subjects_page(self) -> str:
        by_subject: dict[str, list[tuple[str, Any]]] = {}
        for f in self.run.findings:
            by_subject.setdefault(f.subject, []).append((f"{self.page_of[f.fingerprint]}#{view.finding_id(f.fingerprint)}", f))
        return self.render("subjects.html.j2", root="", subjects=view.catalog_subjects(self.claims, by_subject))

    def pages(self) -> Iterator[tuple[str, str]]:
        for p in range(1, self.finding_pages + 1):
            yield _page_name("findings", p), self.findings_page(p)
        yield "documents.html", self.documents_page()
        for p in range(1, self.base["claims_pages"] + 1):
            yield _page_name("claims", p), self.claims_page(p)
        yield "open.html", self.open_page()
        yield "subjects.html", self.subjects_page()
        for doc_id in self.doc_ids:
            yield f"docs/{view.doc_slug(doc_id)}.html", self.document_page(doc_id)


def render_index(run: RunReport, claims: list[Claim], documents: list[Document], *, lang: str = "en") -> str:
    """index.html as a string (overview and the first page of findings)."""
    return Site(run, claims, documents, lang).findings_page(1)


def render_document(run: RunReport, claims: list[Claim], documents: list[Document], doc_id: str, *, lang: str = "en") -> str:
    """One document page as a string (links are relative to ``docs/``)."""
    return Site(run, claims, documents, lang).document_page(doc_id)


def render_pages(run: RunReport, claims: list[Claim], documents: list[Document], *, lang: str = "en") -> Iterator[tuple[str, str]]:
    """Every HTML page of the report as ``(relative path, html)``."""
    return Site(run, claims, documents, lang).pages()


# --- JSON twins ---------------------------------------------------------------------------------


def report_json(run: RunReport) -> str:
    return canonical_run(run).model_dump_json(indent=2) + "\n"


def claims_jsonl(claims: list[Claim]) -> Iterator[str]:
    for c in sorted(claims, key=lambda c: (c.doc, c.start, c.end, c.id)):
        yield c.model_dump_json() + "\n"


def documents_jsonl(documents: list[Document]) -> Iterator[str]:
    for d in sorted(documents, key=lambda d: d.id):
        yield d.model_dump_json() + "\n"


# --- atomic output ------------------------------------------------------------------------------


def write_report(run: RunReport, claims: list[Claim], documents: list[Document], out_dir: Path, *, lang: str = "en") -> None:
    """Write the whole report into a temporary folder next to ``out_dir``, then swap it in.

    A crash leaves either the previous report or the new one, never a mix. Files in ``out_dir``
    that the report does not produce (a lock file, other tools' outputs) are carried over.
    """
    out_dir = Path(out_dir).absolute()
    if out_dir.is_symlink():  # write where the link points; the link itself stays
        out_dir = out_dir.resolve()
    if out_dir.exists() and not out_dir.is_dir():
        raise PolicycheckError(problem("E401", str(out_dir), "the output path exists and is not a folder"))
    site = Site(run, claims, documents, lang)  # validates the language before touching the disk
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.new-", dir=out_dir.parent))
    try:
        os.chmod(tmp, 0o777 & ~_umask())
        (tmp / "docs").mkdir()
        for rel, html in site.pages():
            (tmp / rel).write_text(html, encoding="utf-8")
        (tmp / "report.json").write_text(report_json(run), encoding="utf-8")
        with open(tmp / "claims.jsonl", "w", encoding="utf-8") as fh:
            fh.writelines(claims_jsonl(claims))
        with open(tmp / "documents.jsonl", "w", encoding="utf-8") as fh:
            fh.writelines(documents_jsonl(documents))
        _swap_in(tmp, out_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _swap_in(new: Path, target: Path) -> None:
    if not target.exists():
        os.rename(new, target)
        return
    for entry in sorted(target.iterdir()):
        if OUR_NAMES.match(entry.name) or (new / entry.name).exists():
            continue
        if entry.is_dir() and not entry.is_symlink():
            os.rename(entry, new / entry.name)  # other tools' folders move over whole
            continue
        try:  # a hard link keeps the same file (and any lock held on it) under both names
            os.link(entry, new / entry.name, follow_symlinks=False)
        except OSError:
            shutil.copy2(entry, new / entry.name, follow_symlinks=False)
    if _exchange(new, target):  # atomic on Linux: both names always exist
        shutil.rmtree(new, ignore_errors=True)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
    os.rename(target, old / "report")
    os.rename(new, target)
    shutil.rmtree(old, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    """renameat2(RENAME_EXCHANGE): swap two paths atomically. False where unsupported."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        fn = libc.renameat2
    except (OSError, AttributeError):
        return False
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    fn.restype = ctypes.c_int
    at_fdcwd, rename_exchange = -100, 2
    return fn(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0
