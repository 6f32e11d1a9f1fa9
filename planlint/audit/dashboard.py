"""The HTML dashboard: index.html and plans/<n>.html, from audit results.

Charts are inline SVG whose geometry is worked out here; the templates under
planlint/templates/ draw them. Jinja's autoescaping is on for every template,
so plan text (excerpts, messages, paths) is always escaped, in text and in
attributes alike; paths are first put in display_name's form. The only script is audit_table.js, a static file shipped
with planlint (sorting and filtering the table by reading cells'
textContent); a Content-Security-Policy allows that script by its hash and
nothing else, so even a mistake in escaping could not run plan text.
"""
from __future__ import annotations

import base64
import hashlib
import statistics
from functools import lru_cache
from importlib import resources

from markupsafe import Markup

from ..model import Location
from ..reporters._shared import display_name
from ..score import DIMENSIONS

DIMENSION_LABELS = {
    "timescales": "Timescales", "owners": "Owners", "measures": "Measures", "outcomes": "Outcomes",
    "contingency": "Contingency", "child_focus": "Child focus", "adult_services": "Adult services",
    "monitoring": "Monitoring",
}
WORST = 10


@lru_cache(maxsize=1)
def _env():
    from jinja2 import Environment, PackageLoader, StrictUndefined

    return Environment(loader=PackageLoader("planlint", "templates"), autoescape=True,
                       undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def _script() -> tuple[Markup, str]:
    """The static table script and its CSP hash. Never holds plan data."""
    text = resources.files("planlint").joinpath("templates", "audit_table.js").read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
    return Markup(text), f"'sha256-{digest}'"


def _counts(result: dict) -> dict:
    severities = [f["severity"] for f in result.get("findings", [])]
    return {s: severities.count(s) for s in ("error", "warning", "info")}


def plan_rows(results: list[dict]) -> list[dict]:
    rows = []
    for n, r in enumerate(results, 1):
        score = (r.get("score") or {}).get("overall")
        counts = _counts(r)
        rows.append({
            "n": n, "path": display_name(r["path"]), "status": r["status"], "error": r.get("error") or "",
            "score": score, "errors": counts["error"], "warnings": counts["warning"], "infos": counts["info"],
            "actions": r.get("actions", 0), "href": f"plans/{n}.html",
            "kind": "unreadable" if r["status"] != "ok" else ("errors" if counts["error"] else "ok"),
        })
    return rows


def histogram(scores: list[int], width: int = 1000, height: int = 220) -> dict:
    """Ten bins, 0-9 ... 90-100."""
    counts = [0] * 10
    for s in scores:
        counts[min(int(s) // 10, 9)] += 1
    left, bottom, top = 36, 28, 18
    plot_w, plot_h = width - left - 8, height - bottom - top
    top_count = max(counts) or 1
    bin_w = plot_w / 10
    bars = []
    for i, c in enumerate(counts):
        h = plot_h * c / top_count
        bars.append({
            "x": round(left + i * bin_w + 2, 1), "y": round(top + plot_h - h, 1), "w": round(bin_w - 4, 1),
            "h": round(h, 1), "count": c, "label": f"{i * 10}–{i * 10 + 9 if i < 9 else 100}",
            "cx": round(left + i * bin_w + bin_w / 2, 1),
        })
    return {"width": width, "height": height, "bars": bars, "base": top + plot_h, "left": left,
            "right": width - 8, "top": top, "max": top_count, "label_y": height - 8}


def bar_chart(items: list[tuple[str, int, int]], width: int = 540, label_w: int = 240) -> dict:
    """Horizontal bars: (label, count, out of)."""
    row_h, bar_max = 24, width - label_w - 70
    bars = []
    for i, (label, count, total) in enumerate(items):
        share = count / total if total else 0.0
        bars.append({
            "label": label, "y": i * row_h + 4, "ty": i * row_h + 17, "w": round(bar_max * share, 1),
            "pct": f"{share:.0%}", "count": count, "total": total,
        })
    return {"width": width, "height": len(items) * row_h + 8, "bars": bars, "x": label_w,
            "label_x": label_w - 8, "bar_max": bar_max}


def summary(results: list[dict], rules: dict) -> dict:
    ok = [r for r in results if r["status"] == "ok" and r.get("score")]
    scores = [r["score"]["overall"] for r in ok]
    fired = [{f["rule"] for f in r.get("findings", [])} for r in ok]
    rule_items = sorted(
        ((f"{code} {rule.name}", sum(code in s for s in fired), len(ok)) for code, rule in rules.items()),
        key=lambda t: (-t[1], t[0]),
    )
    dim_items = []
    for d in DIMENSIONS:
        have = [r["score"]["dimensions"][d] for r in ok if d in r["score"].get("dimensions", {})]
        if have:
            dim_items.append((DIMENSION_LABELS.get(d, d), sum(v < 1.0 for v in have), len(have)))
    dim_items.sort(key=lambda t: (-t[1], t[0]))
    return {
        "files": len(results), "linted": len(ok), "unreadable": len(results) - len(ok),
        "median": round(statistics.median(scores)) if scores else None,
        "mean": round(statistics.fmean(scores)) if scores else None,
        "with_errors": sum(1 for r in ok if _counts(r)["error"]),
        "histogram": histogram(scores), "rules": bar_chart(rule_items), "dimensions": bar_chart(dim_items),
    }


def render_dashboard(results: list[dict], rules: dict, meta: dict) -> str:
    script, script_hash = _script()
    rows = plan_rows(results)
    worst = sorted((r for r in rows if r["status"] == "ok"), key=lambda r: (r["score"], -r["errors"], r["n"]))
    table = sorted(rows, key=lambda r: (r["status"] != "ok", r["score"] or 0, -r["errors"], r["n"]))
    return _env().get_template("dashboard.html.j2").render(
        meta=meta, summary=summary(results, rules), rows=table, worst=worst[:WORST],
        unreadable=[r for r in rows if r["status"] != "ok"], script=script, script_hash=script_hash,
        dimension_labels=DIMENSION_LABELS,
    )


def render_plan(n: int, result: dict, rules: dict, meta: dict) -> str:
    score = result.get("score") or {}
    dims = [
        {"label": DIMENSION_LABELS.get(d, d), "value": v, "pct": f"{v:.0%}", "w": round(200 * v, 1)}
        for d, v in score.get("dimensions", {}).items()
    ]
    findings = [
        dict(f, where=Location(**(f.get("location") or {})).describe(),
             summary=rules[f["rule"]].summary if f["rule"] in rules else "")
        for f in result.get("findings", [])
    ]
    return _env().get_template("plan.html.j2").render(
        meta=meta, n=n, plan=dict(result, path=display_name(result["path"])), counts=_counts(result), score=score.get("overall"), dims=dims,
        findings=findings,
    )
