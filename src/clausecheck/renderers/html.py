"""One self-contained HTML report: inline CSS and one small inline script, no external loads.

Safety: the page is built from strings, and every piece of text that did not come from
clausecheck itself goes through :func:`esc` (``strip_controls`` + ``html.escape``) and lands only
in element content — never in a tag, an attribute or the script.  Attributes carry only values
clausecheck controls (status words, severity words, category *indices*); the one exception is a
citation ``href``, which must be an absolute http(s) URL without quotes, spaces or angle
brackets.  A Content-Security-Policy ``<meta>`` forbids every external load and allows only the
exact inline style and script, by hash.
"""

from __future__ import annotations

import base64
import hashlib
import html
from collections.abc import Iterable

from ..model import Evidence, Finding, GapReport
from . import _common as c
from ._safe import strip_controls

STATUS_TEXT = {
    "conflict": "Conflict", "missing": "Missing", "outdated": "Outdated", "partial": "Partial",
    "weak": "Weak", "met": "Met", "accepted": "Accepted",
}
TRACE_CLASS = {"addressed": "met", "partially addressed": "partial",
               "not addressed": "missing", "contradicted": "conflict"}

CSS = """
:root{--ink:#1d2939;--muted:#667085;--line:#e4e7ec;--bg:#f6f7f9;--card:#fff;
--conflict:#b42318;--missing:#d1430f;--outdated:#6941c6;--partial:#b54708;--weak:#8f6a00;
--met:#067647;--accepted:#475467}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);
font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
.wrap{max-width:1120px;margin:0 auto;padding:24px 28px 40px}
h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:28px 0 10px}
h3{font-size:16px;margin:0;flex:1 1 auto;min-width:12em}
.meta{color:var(--muted);margin:0 0 12px}
table{border-collapse:collapse;width:100%;background:var(--card);border:1px solid var(--line)}
th,td{text-align:left;vertical-align:top;padding:6px 10px;border-bottom:1px solid var(--line)}
th{background:#f2f4f7;font-size:13px;font-weight:600;color:#344054}
td.num{font-variant-numeric:tabular-nums}
.docs td:first-child{word-break:break-all}
.trace td:first-child{width:40%}.trace td:nth-child(3){width:30%}
.trace blockquote{margin-top:4px}
.banner{background:#fef3f2;border:2px solid var(--conflict);border-radius:8px;padding:12px 16px;
margin:16px 0;color:#7a271a}
.banner strong{color:var(--conflict)}.banner ul{margin:6px 0 0;padding-left:20px}
.tiles{display:flex;flex-wrap:wrap;gap:10px;margin:16px 0}
.tile{flex:1 1 110px;background:var(--card);border:1px solid var(--line);border-top:4px solid;
border-radius:8px;padding:8px 12px}
.tile b{display:block;font-size:26px;line-height:1.2}.tile span{color:var(--muted);font-size:13px}
.verdict{font-weight:600;font-size:17px;margin:18px 0 0}
.filters{display:flex;flex-wrap:wrap;align-items:center;gap:8px 16px;background:var(--card);
border:1px solid var(--line);border-radius:8px;padding:10px 14px;margin:18px 0 12px;
position:sticky;top:0;z-index:1}
.filters label{white-space:nowrap;font-size:14px}
.filters select{font:inherit;padding:2px 6px}
#shown{color:var(--muted);font-size:13px;margin-left:auto}
.card{background:var(--card);border:1px solid var(--line);border-left:6px solid var(--accepted);
border-radius:8px;padding:12px 16px;margin:0 0 12px;break-inside:avoid}
.card>header{display:flex;flex-wrap:wrap;align-items:baseline;gap:6px 10px}
.badge{display:inline-block;border-radius:999px;padding:1px 10px;font-size:12px;font-weight:700;
color:#fff;background:var(--accepted);text-transform:uppercase;letter-spacing:.03em;
white-space:nowrap}
.sev{font-size:12px;border:1px solid var(--line);border-radius:4px;padding:0 6px;color:#344054}
.sev-high{border-color:var(--conflict);color:var(--conflict)}
.sev-medium{border-color:var(--partial);color:var(--partial)}
.rule,.fid{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px}
.cat{font-size:12px;color:var(--muted);background:#f2f4f7;border-radius:4px;padding:0 6px}
.msg{margin:8px 0}
.acc{background:#f2f4f7;border-radius:6px;padding:6px 10px;margin:8px 0;font-size:14px}
figure{margin:8px 0}
blockquote{margin:0;padding:8px 12px;background:#f9fafb;border-left:3px solid var(--line);
white-space:pre-wrap;overflow-wrap:anywhere;font-size:14px}
figcaption{font-size:13px;color:var(--muted);margin-top:2px}
.cites{font-size:14px;margin:8px 0 0}.cites a{color:#175cd3}
.fid{color:var(--muted);margin:6px 0 0;font-size:12px}
.none{color:var(--muted);font-style:italic}
footer{color:var(--muted);font-size:13px;margin-top:28px;border-top:1px solid var(--line);
padding-top:10px;overflow-wrap:anywhere}
.s-conflict{--c:var(--conflict)}.s-missing{--c:var(--missing)}.s-outdated{--c:var(--outdated)}
.s-partial{--c:var(--partial)}.s-weak{--c:var(--weak)}.s-met{--c:var(--met)}
.s-accepted{--c:var(--accepted)}
.card[class*=s-]{border-left-color:var(--c)}.badge[class*=s-]{background:var(--c)}
.tile[class*=s-]{border-top-color:var(--c)}
[hidden]{display:none!important}
@media print{
body{background:#fff;font-size:11pt}.wrap{max-width:none;padding:0}
.filters{display:none!important}.card[hidden]{display:block!important}
.card,.tile,table{border-color:#999}a{color:inherit}
.cites a::after{content:" <" attr(href) ">";font-size:9pt;overflow-wrap:anywhere}
tr,blockquote{break-inside:avoid}
}
""".strip()

SCRIPT = """
(function () {
  var form = document.getElementById("filters");
  if (!form) { return; }
  var cards = document.querySelectorAll("article.card");
  var shown = document.getElementById("shown");
  function apply() {
    var statuses = {};
    form.querySelectorAll("input[name=status]").forEach(function (box) {
      statuses[box.value] = box.checked;
    });
    var category = form.querySelector("select[name=category]").value;
    var n = 0;
    cards.forEach(function (card) {
      var visible = statuses[card.getAttribute("data-status")] === true &&
        (category === "" || card.getAttribute("data-category") === category);
      card.hidden = !visible;
      if (visible) { n += 1; }
    });
    shown.textContent = n + " of " + cards.length + " findings shown";
  }
  form.addEventListener("change", apply);
  form.hidden = false;
  apply();
})();
""".strip()


def _hash(s: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'"


CSP = ("default-src 'none'; "
       f"style-src {_hash(CSS)}; script-src {_hash(SCRIPT)}; "
       "img-src 'none'; font-src 'none'; connect-src 'none'; media-src 'none'; "
       "object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'")


def esc(s: object) -> str:
    """Untrusted text → element content: controls and bidi overrides removed, then escaped."""
    return html.escape(strip_controls("" if s is None else str(s)), quote=True)


def _link(label: str, url: str) -> str:
    u = c.safe_url(url)
    if u is None:
        return esc(label)
    return (f'<a href="{html.escape(u, quote=True)}" rel="noreferrer noopener" '
            f'target="_blank">{esc(label)}</a>')


def _status_key(f: Finding) -> str:
    return "accepted" if f.accepted is not None else f.status


def _evidence(e: Evidence, document: str | None) -> str:
    loc = e.location
    bits = []
    if document:
        bits.append(esc(document))
    where = c.loc_label(loc)
    if where:
        bits.append(esc(where))
    bits.append(f"block {loc.block}")
    if loc.heading:
        bits.append(esc(loc.heading))
    return (f"<figure><blockquote>{esc(e.text)}</blockquote>"
            f"<figcaption>{' · '.join(bits)}</figcaption></figure>")


def _card(f: Finding, cat_index: int, multi_doc: bool) -> str:
    key = _status_key(f)
    out = [f'<article class="card s-{key}" data-status="{key}" data-category="{cat_index}">',
           "<header>",
           f'<span class="badge s-{key}">{STATUS_TEXT[key]}</span>',
           f'<span class="sev sev-{f.severity}">{f.severity}</span>',
           f'<span class="rule">{esc(f.rule_id)}</span>',
           f"<h3>{esc(f.title)}</h3>",
           f'<span class="cat">{esc(f.category)}</span>',
           "</header>",
           f'<p class="msg">{esc(f.message)}</p>']
    if f.accepted is not None:
        out.append(f'<p class="acc"><strong>Accepted</strong> ({STATUS_TEXT[f.status].lower()} '
                   f"finding suppressed by a reviewer): {esc(f.accepted)}</p>")
    if f.evidence:
        out += [_evidence(e, f.document if multi_doc else None) for e in f.evidence]
    elif f.status != "met":
        out.append(f'<p class="none">No text in {esc(f.document)} covers this rule.</p>')
    if f.citations:
        out.append('<p class="cites">See: ' + ", ".join(
            _link(c.citation_label(x), x.url) for x in f.citations) + "</p>")
    out.append(f'<p class="fid">{esc(f.id)} · pack {esc(f.pack)}</p>')
    out.append("</article>")
    return "\n".join(out)


def _documents(report: GapReport) -> str:
    rows = ["<table class=\"docs\"><thead><tr><th>Document</th><th>Format</th><th>Pages</th>"
            "<th>Status</th><th>SHA-256</th></tr></thead><tbody>"]
    for d in report.documents:
        status = ("<strong>unreadable</strong>" if not d.readable else "ok")
        rows.append(f"<tr><td>{esc(d.path)}</td><td>{esc(d.format or '—')}</td>"
                    f"<td class=\"num\">{'' if d.pages is None else int(d.pages)}</td>"
                    f"<td>{status}</td><td class=\"rule\">{esc(d.sha256[:12])}…</td></tr>")
    rows.append("</tbody></table>")
    return "\n".join(rows)


def _banner(report: GapReport) -> str:
    if not report.unreadable:
        return ""
    items = "".join(f"<li><strong>UNREADABLE:</strong> {esc(d.path)} — "
                    f"{esc(d.error or 'no usable text')}</li>" for d in report.unreadable)
    n = len(report.unreadable)
    return (f'<div class="banner" role="alert"><strong>{n} document{"s" if n != 1 else ""} '
            f"could not be read.</strong> Nothing in {'them' if n != 1 else 'it'} was checked; "
            f"an unreadable document is not a clean one.<ul>{items}</ul></div>")


def _tiles(report: GapReport) -> str:
    tiles = [f'<div class="tile s-{s}"><b>{n}</b><span>{STATUS_TEXT[s]}</span></div>'
             for s, n in c.summary_rows(report)]
    gaps = c.open_gap_count(report)
    verdict = f"{gaps} open gap{'s' if gaps != 1 else ''}" if gaps else "No open gaps"
    return f'<p class="verdict">{verdict}</p><div class="tiles">{"".join(tiles)}</div>'


def _filters(categories: list[str], counts: dict[str, int]) -> str:
    boxes = "".join(
        f'<label><input type="checkbox" name="status" value="{s}" checked> '
        f"{STATUS_TEXT[s]} ({counts.get(s, 0)})</label>"
        for s in (*c.STATUS_ORDER, "accepted"))
    options = "".join(f'<option value="{i}">{esc(cat)}</option>'
                      for i, cat in enumerate(categories))
    return (f'<form class="filters" id="filters" hidden>{boxes}'
            f'<label>Category <select name="category"><option value="">all</option>'
            f"{options}</select></label>"
            f'<span id="shown" aria-live="polite"></span></form>')


def _trace(report: GapReport) -> str:
    if report.traceability is None:
        return ""
    rows = ['<h2 id="traceability">Traceability</h2>',
            '<table class="trace"><thead><tr><th>Requirement</th><th>Status</th>'
            "<th>Response location</th><th>Reason</th></tr></thead><tbody>"]
    several = c.several_proposals(report.traceability)
    for t in report.traceability:
        r = t.requirement
        key = TRACE_CLASS[t.status]
        where = esc(c.loc_label(r.location) + c.strength_label(r))
        resp = "—"
        if t.response is not None:
            resp = (f"{esc(c.response_where(t, several))}"
                    f"<blockquote>{esc(t.response.text)}</blockquote>")
        rows.append(f'<tr><td><span class="rule">{esc(r.id)}</span> {where}'
                    f"<blockquote>{esc(r.text)}</blockquote></td>"
                    f'<td><span class="badge s-{key}">{esc(t.status)}</span></td>'
                    f"<td>{resp}</td><td>{esc(t.reason)}</td></tr>")
    if not report.traceability:
        rows.append(f'<tr><td colspan="4" class="none">{esc(c.empty_trace_note(report))}</td></tr>')
    rows.append("</tbody></table>")
    return "\n".join(rows)


def _ordered(findings: Iterable[Finding]) -> list[Finding]:
    fs = c.sorted_findings(findings)
    return ([f for f in fs if f.is_gap] + [f for f in fs if f.accepted is not None]
            + [f for f in fs if not f.is_gap and f.accepted is None])


def render(report: GapReport) -> str:
    findings = _ordered(report.findings)
    categories = sorted({f.category for f in findings})
    cat_index = {cat: i for i, cat in enumerate(categories)}
    multi_doc = len({f.document for f in findings}) > 1
    counts: dict[str, int] = {}
    for f in findings:
        counts[_status_key(f)] = counts.get(_status_key(f), 0) + 1
    packs = ", ".join(f"{esc(p.name)}@{esc(p.version)}" for p in report.packs) or "none"

    body = [
        '<div class="wrap">',
        "<header>",
        "<h1>clausecheck gap report</h1>",
        f'<p class="meta">clausecheck {esc(report.tool_version)} · rule packs: {packs} · '
        f"{len(report.documents)} document{'s' if len(report.documents) != 1 else ''}</p>",
        "</header>",
        _banner(report),
        _tiles(report),
        '<h2 id="documents">Documents</h2>',
        _documents(report),
        '<h2 id="findings">Findings</h2>',
        _filters(categories, counts),
        "<main>",
    ]
    body += [_card(f, cat_index[f.category], multi_doc) for f in findings]
    if not findings:
        body.append('<p class="none">No findings.</p>')
    body.append("</main>")
    body.append(_trace(report))
    pack_hashes = "; ".join(f"{esc(p.name)}@{esc(p.version)} sha256 {esc(p.sha256)}"
                            for p in report.packs)
    body.append(f"<footer>Generated by clausecheck {esc(report.tool_version)}."
                f"{' Packs: ' + pack_hashes + '.' if pack_hashes else ''}</footer>")
    body.append("</div>")

    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>clausecheck gap report</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        *[b for b in body if b],
        f"<script>{SCRIPT}</script>",
        "</body>",
        "</html>",
        "",
    ])
