"""A hostile corpus through the WHOLE pipeline (``policycheck verify --no-prefect``: loading,
extraction, cross-checking with findings whose quotes carry the payloads, problems whose file
names carry them, the report) opened in real headless Chromium (/usr/bin/chromium via
Playwright, as tests/reports/test_browser.py does; skipped when absent).

Asserted on every page: no dialog fires, no script of the documents runs (``window.__pwned``
stays undefined while the report's own script does run), markup from documents is text (no img,
svg, iframe, object, embed, meta refresh), and no href has a scheme other than http(s)
(relative links inside the report excepted), no request leaves file://.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from tests.reports.htmlcheck import check_page

PWN = "window.__pwned=1;alert(document.domain)"
HOSTILE_MD = f"""---
title: "<script>{PWN}</script>{{{{ 7*7 }}}}{{% if 1 %}}x{{% endif %}}"
source_url: "javascript:{PWN}"
publisher: "\u202eevil\u202c <img src=x onerror={PWN}>"
date: 2025-07-23
---
The AI Action Plan RFI drew 10,086 comments.<script>{PWN}</script> See <a href="javascript:{PWN}">here</a>.
"><img src=x onerror="{PWN}"> <svg onload="{PWN}"></svg> <iframe src="data:text/html,<script>{PWN}</script>"></iframe>
Template syntax stays text: {{{{ 7*7 }}}} {{% for x in range(3) %}}{{{{ x }}}}{{% endfor %}} {{{{ config }}}}.
A closing tag in the middle: </script><script>{PWN}</script> and </style><style>*{{display:none}}</style>.
Right-to-left override: \u202egnp.exe\u202c and isolates \u2066abc\u2069; look-alikes: раураl.com аpple.com ｊａｖａｓｃｒｉｐｔ:.
BIS has fewer than 600 staff.
"""
HOSTILE_HTML = f"""<!doctype html><html lang="en"><head>
<title>&lt;script&gt;{PWN}&lt;/script&gt;</title>
<meta property="og:title" content="&quot;&gt;&lt;img src=x onerror={PWN}&gt;">
<link rel="canonical" href="data:text/html,&lt;script&gt;{PWN}&lt;/script&gt;">
<meta http-equiv="refresh" content="0;url=javascript:{PWN}">
<script>{PWN}</script><style>body{{display:none}}</style></head>
<body onload="{PWN}"><article><p>The RFI drew 10,068 comments, &lt;script&gt;{PWN}&lt;/script&gt; said the page.</p>
<p><a href="javascript:{PWN}">click</a> <a href="https://xn--pple-43d.com/">apple</a></p>
<p>BIS has 1,200 staff &#x3c;img src=x onerror={PWN}&#x3e;.</p></article></body></html>
"""
HOSTILE_ZH = "---\ntitle: 《</script><script>" + PWN + "</script>》\nsource_url: https://аpple.com/政策\n---\n本次收到的意见总数达到了10068 份。{{ 7*7 }}\u202e工业与安全局不足600名员工。\n"


@pytest.fixture(scope="module")
def hostile_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from flows.cli import main

    root = tmp_path_factory.mktemp("hostile")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "hostile.md").write_text(HOSTILE_MD, encoding="utf-8")
    (corpus / "hostile_page.html").write_text(HOSTILE_HTML, encoding="utf-8")
    (corpus / "hostile_zh.md").write_text(HOSTILE_ZH, encoding="utf-8")
    (corpus / f'"><svg onload={PWN.replace("/", "")}>.txt').write_bytes(b"")  # a problem whose path is the payload
    (corpus / "{{ 7*7 }}.md").write_text("---\ndate: [1\n---\nx\n", encoding="utf-8")
    out = root / "out"
    assert main(["verify", str(corpus), "--out", str(out), "--no-prefect"]) == 0
    return out


def test_the_pipeline_produced_findings_and_problems_from_the_hostile_files(hostile_report: Path) -> None:
    report = json.loads((hostile_report / "report.json").read_text(encoding="utf-8"))
    assert len(report["documents"]) == 3 and len(report["problems"]) == 2
    assert report["findings"], "no finding: the cards with hostile quotes would not be exercised"
    docs = {d["id"]: d for d in report["documents"]}
    assert docs["hostile"]["source_url"].startswith("javascript:")  # kept as data, never as a link


def test_every_page_is_structurally_inert(hostile_report: Path) -> None:
    pages = sorted(hostile_report.rglob("*.html"))
    assert len(pages) >= 6
    for page in pages:
        html = page.read_text(encoding="utf-8")
        check_page(html)  # allowed tags, no on* attributes, hrefs http(s)/relative, one hashed script
        assert html.lower().count("<script") == 2, page.name
        assert "\u202e" not in html and "\u2066" not in html, page.name
        assert "49" not in _text_around(html, "7*7"), page.name  # jinja syntax never evaluated


def _text_around(html: str, needle: str) -> str:
    i = html.find(needle)
    return html[max(0, i - 20) : i + 20] if i >= 0 else ""


@pytest.mark.browser
def test_hostile_report_runs_nothing_in_chromium(browser: Any, hostile_report: Path, tmp_path: Path) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=True)
    page = context.new_page()
    seen: dict[str, list[str]] = {"dialogs": [], "errors": [], "requests": []}
    page.on("dialog", lambda d: (seen["dialogs"].append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))
    page.on("request", lambda r: seen["requests"].append(r.url))
    try:
        pages = sorted(hostile_report.rglob("*.html"))
        for p in pages:
            page.goto(p.as_uri())
            page.wait_for_timeout(100)
            for el in page.locator("mark:visible").all()[:30]:
                el.hover(timeout=5000)
            for el in page.locator("a, summary").all()[:30]:
                el.focus()
            for el in page.locator("details").all()[:10]:
                el.evaluate("d => d.open = true")
            assert page.evaluate("typeof window.__pwned") == "undefined", p.name
            assert page.locator("img, svg, iframe, object, embed, meta[http-equiv=refresh]").count() == 0, p.name
            raw = page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))")
            for href in raw:
                scheme = urlsplit(href).scheme.lower()
                assert scheme in ("", "http", "https") and not href.startswith("//"), (p.name, href)
            resolved = page.eval_on_selector_all("a[href]", "els => els.map(e => e.protocol)")
            assert set(resolved) <= {"file:", "http:", "https:"}, (p.name, set(resolved))
            assert page.is_visible("body")  # no document stylesheet hid the page
        # the report's own script ran (JavaScript is on): the filters it reveals are visible
        page.goto((hostile_report / "index.html").as_uri())
        assert page.is_visible("form.filters")
        text = page.text_content("body") or ""
        assert "{{ 7*7 }}" in text or "{{ 7*7 }}" in (page.content())
        assert "(xn--pple-43d.com)" in text  # the look-alike host is spelled out
        page.goto(next(p for p in pages if p.parent.name == "docs" and p.name.startswith("hostile.")).as_uri())
        doc_text = page.text_content("body") or ""
        assert "[U+202E]" in doc_text and "<script>" + PWN + "</script>" in doc_text  # shown, not obeyed
        page.screenshot(path=str(tmp_path / "hostile-index.png"), full_page=True)
    finally:
        context.close()
    assert seen["dialogs"] == [], seen["dialogs"]
    assert not seen["errors"], seen["errors"]
    assert all(u.startswith("file://") for u in seen["requests"]), seen["requests"]
