"""The HTML report: index.html, plans/<n>.html, rules/<code>.html and teams/<n>.html.

Files with no plan found, or read with low certainty, are listed apart and
never scored or ranked. Every chart has a table beside it saying the same.

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
from .casefacts import facts_of, not_understood, overdue, scored, short_names

DIMENSION_LABELS = {
    "timescales": "Timescales", "owners": "Owners", "measures": "Measures", "outcomes": "Outcomes",
    "contingency": "Contingency", "child_focus": "Child focus", "adult_services": "Adult services",
    "monitoring": "Monitoring",
}
WORST = 10
NO_TEAM = "Team not stated"
GOOD, FAIR = 80, 50  # dimension bars: green from GOOD, amber from FAIR, red below


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


def _counts(result: dict, sure_only: bool = False) -> dict:
    severities = [f["severity"] for f in result.get("findings", [])
                  if not sure_only or f.get("certainty", "high") != "low"]
    return {s: severities.count(s) for s in ("error", "warning", "info")}


def _kind(result: dict) -> str:
    if result["status"] != "ok":
        return "unreadable"
    if not scored(result):
        return "not_understood"
    return "errors" if _counts(result)["error"] else "ok"


def _order(dimension: str) -> int:
    return DIMENSIONS.index(dimension) if dimension in DIMENSIONS else len(DIMENSIONS)


def plan_rows(results: list[dict], as_of) -> list[dict]:
    rows = []
    for n, r in enumerate(results, 1):
        counts = _counts(r)
        facts = facts_of(r)
        late = overdue(r, as_of)
        rows.append({
            "n": n, "path": display_name(r["path"]), "status": r["status"], "error": r.get("error") or "",
            "score": r["score"]["overall"] if scored(r) else None, "errors": counts["error"],
            "warnings": counts["warning"], "infos": counts["info"], "actions": r.get("actions", 0),
            "href": f"plans/{n}.html", "kind": _kind(r), "reason": not_understood(r) or "",
            "child": short_names(facts["children"]), "plan_type": facts["plan_type"] or "",
            "category": ", ".join(facts["categories"]), "conference_date": facts["conference_date"] or "",
            "next_review": facts["next_review"] or "", "overdue": "" if late is None else ("yes" if late else "no"),
            "social_worker": facts["social_worker"] or "", "team": facts["team"] or "",
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
            "cx": round(left + i * bin_w + bin_w / 2, 1), "band": _band(i * 10),
        })
    return {"width": width, "height": height, "bars": bars, "base": top + plot_h, "left": left,
            "right": width - 8, "top": top, "max": top_count, "label_y": height - 8}


def bar_chart(items: list[tuple[str, int, int]], width: int = 540, label_w: int = 240,
              links: list[str] | None = None) -> dict:
    """Horizontal bars: (label, count, out of)."""
    row_h, bar_max = 24, width - label_w - 70
    bars = []
    for i, (label, count, total) in enumerate(items):
        share = count / total if total else 0.0
        bars.append({
            "label": label, "y": i * row_h + 4, "ty": i * row_h + 17, "w": round(bar_max * share, 1),
            "pct": f"{share:.0%}", "count": count, "total": total, "href": links[i] if links else "",
        })
    return {"width": width, "height": len(items) * row_h + 8, "bars": bars, "x": label_w,
            "label_x": label_w - 8, "bar_max": bar_max}


def trend_chart(runs: list[dict], width: int = 540, height: int = 160) -> dict:
    """The median score of each run kept in history.jsonl, oldest first."""
    points = [(r.get("generated", "")[:16].replace("T", " "), r.get("median"), r.get("scored"))
              for r in runs if isinstance(r.get("median"), (int, float))]
    left, right, top, base = 40, width - 12, 12, height - 24
    step = (right - left) / max(len(points) - 1, 1)
    drawn = [{"label": label, "median": round(m), "scored": n, "x": round(left + i * step, 1),
              "y": round(base - (base - top) * m / 100, 1)} for i, (label, m, n) in enumerate(points)]
    return {"width": width, "height": height, "points": drawn, "left": left, "right": right, "top": top,
            "base": base, "line": " ".join(f"{p['x']},{p['y']}" for p in drawn)}


def _band(value: float) -> str:
    return "good" if value >= GOOD else ("fair" if value >= FAIR else "bad")


def summary(results: list[dict], rules: dict, as_of) -> dict:
    ok = [r for r in results if scored(r)]
    scores = [r["score"]["overall"] for r in ok]
    fired = [{f["rule"] for f in r.get("findings", [])} for r in ok]
    rule_items = sorted(
        ((f"{code} {rule.name}", sum(code in s for s in fired), len(ok), code) for code, rule in rules.items()),
        key=lambda t: (-t[1], t[0]),
    )
    dim_items = []
    for d in DIMENSIONS:
        have = [r["score"]["dimensions"][d] for r in ok if d in r["score"].get("dimensions", {})]
        if have:
            dim_items.append((DIMENSION_LABELS.get(d, d), sum(v < 1.0 for v in have), len(have)))
    dim_items.sort(key=lambda t: (-t[1], t[0]))
    return {
        "files": len(results), "linted": len(ok),
        "unreadable": sum(r["status"] != "ok" for r in results),
        "not_understood": sum(r["status"] == "ok" and not scored(r) for r in results),
        "median": round(statistics.median(scores)) if scores else None,
        "mean": round(statistics.fmean(scores)) if scores else None,
        "with_errors": sum(1 for r in ok if _counts(r)["error"]),
        "overdue": sum(bool(overdue(r, as_of)) for r in ok),
        "histogram": histogram(scores),
        "rules": bar_chart([t[:3] for t in rule_items], links=[f"rules/{t[3]}.html" for t in rule_items]),
        "dimensions": bar_chart(dim_items),
    }


def teams(results: list[dict]) -> list[dict]:
    """Scored plans grouped by the team the plan names, "Team not stated" last."""
    groups: dict[str, list[int]] = {}
    for i, r in enumerate(results):
        if scored(r):
            groups.setdefault(facts_of(r)["team"] or NO_TEAM, []).append(i)
    names = sorted((t for t in groups if t != NO_TEAM), key=str.lower) + ([NO_TEAM] if NO_TEAM in groups else [])
    return [{"n": n, "name": name, "indices": groups[name], "href": f"teams/{n}.html"} for n, name in enumerate(names, 1)]


def team_rows(results: list[dict], as_of) -> list[dict]:
    rows = []
    for team in teams(results):
        mine = [results[i] for i in team["indices"]]
        no_contingency = sum(any(f["rule"] == "C001" for f in r.get("findings", [])) for r in mine)
        rows.append(dict(team, plans=len(mine),
                         median=round(statistics.median(r["score"]["overall"] for r in mine)),
                         no_contingency=no_contingency, no_contingency_pct=f"{no_contingency / len(mine):.0%}",
                         overdue=sum(bool(overdue(r, as_of)) for r in mine)))
    return rows


def _render(template: str, **values) -> str:
    return _env().get_template(template).render(**values)


def render_dashboard(results: list[dict], rows: list[dict], rules: dict, meta: dict, changes: dict | None = None,
                     history: list[dict] | None = None) -> str:
    """`rows` is plan_rows(results), made once for every page of the report."""
    script, script_hash = _script()
    as_of = meta["as_of"]
    ranked = [r for r in rows if r["score"] is not None]
    worst = sorted(ranked, key=lambda r: (r["score"], -r["errors"], r["n"]))
    order = {"ok": 0, "errors": 0, "not_understood": 1, "unreadable": 2}
    table = sorted(rows, key=lambda r: (order[r["kind"]], r["score"] or 0, -r["errors"], r["n"]))

    def choices(key: str) -> list[str]:
        return sorted({r[key] for r in ranked if r[key]}, key=str.lower)

    if changes:
        for p in changes["changed"]:
            p["display"] = display_name(p["path"])
            p["renamed_display"] = display_name(p["renamed_from"]) if p["renamed_from"] else ""
        changes["removed_display"] = [display_name(p) for p in changes["removed"]]
    return _render(
        "dashboard.html.j2", meta=meta, summary=summary(results, rules, as_of), rows=table, worst=worst[:WORST],
        unreadable=[r for r in rows if r["kind"] == "unreadable"],
        not_understood=[r for r in rows if r["kind"] == "not_understood"],
        teams=team_rows(results, as_of), changes=changes, trend=trend_chart(history or []),
        choices={k: choices(k) for k in ("team", "social_worker", "plan_type")},
        script=script, script_hash=script_hash,
    )


def _findings(findings: list[dict], rules: dict) -> list[dict]:
    return [dict(f, where=Location(**(f.get("location") or {})).describe(), certainty=f.get("certainty", "high"),
                 summary=rules[f["rule"]].summary if f["rule"] in rules else "")
            for f in findings]


def units(findings: list[dict]) -> list[dict]:
    """Findings grouped by the unit they are about (place and excerpt), in the plan's order."""
    groups: dict[tuple, dict] = {}
    for f in findings:
        key = (f["where"], " ".join((f.get("excerpt") or "").split()))
        groups.setdefault(key, {"where": f["where"], "excerpt": f.get("excerpt") or "", "findings": []})
        groups[key]["findings"].append(f)
    return list(groups.values())


def dimension_bars(result: dict, rules: dict) -> list[dict]:
    """Each dimension's bar; a dimension whose subject the plan lacks (no
    contingency, no outcomes) is shown as missing, not as a part score."""
    fired = {f["rule"] for f in result.get("findings", [])}
    missing = {rule.dimension: code for code, rule in rules.items()
               if code in fired and rule.unit == "doc" and rule.severity == "error" and rule.name.startswith("missing-")}
    bars = []
    values = (result.get("score") or {}).get("dimensions", {})
    # In DIMENSIONS' order: a result read back from the cache has its keys sorted.
    for d, v in sorted(values.items(), key=lambda item: _order(item[0])):
        pct = 0 if d in missing else round(100 * v)
        bars.append({"label": DIMENSION_LABELS.get(d, d), "value": pct, "w": round(2 * pct, 1), "band": _band(pct),
                     "text": f"missing ({missing[d]})" if d in missing else f"{pct}%"})
    return bars


def render_plan(n: int, result: dict, rules: dict, meta: dict, change: dict | None = None) -> str:
    findings = _findings(result.get("findings", []), rules)
    facts = facts_of(result)
    return _render(
        "plan.html.j2", meta=meta, n=n, plan=dict(result, path=display_name(result["path"])),
        counts=_counts(result), score=result["score"]["overall"] if scored(result) else None,
        reason=not_understood(result), dims=dimension_bars(result, rules) if scored(result) else [],
        sure=units([f for f in findings if f["certainty"] != "low"]),
        guesses=units([f for f in findings if f["certainty"] == "low"]), findings=findings,
        facts=facts, overdue=overdue(result, meta["as_of"]),
        change=dict(change, new=_findings(change["new"], rules), resolved=_findings(change["resolved"], rules),
                    renamed_display=display_name(change["renamed_from"]) if change["renamed_from"] else "")
        if change else None,
    )


def render_rule(code: str, results: list[dict], rows: list[dict], rules: dict, meta: dict) -> str:
    failing = []
    for row, r in zip(rows, results):
        mine = _findings([f for f in r.get("findings", []) if f["rule"] == code], rules)
        if mine and row["kind"] != "unreadable":
            failing.append(dict(row, href=f"../plans/{row['n']}.html",
                                sure=units([f for f in mine if f["certainty"] != "low"]),
                                guesses=units([f for f in mine if f["certainty"] == "low"])))
    ranked = [r for r in failing if r["score"] is not None]
    return _render("rule.html.j2", meta=meta, rule=rules[code], failing=ranked,
                   unsure=[r for r in failing if r["score"] is None],
                   scored=sum(scored(r) for r in results))


def render_team(team: dict, results: list[dict], rows: list[dict], rules: dict, meta: dict) -> str:
    mine = [dict(rows[i], href=f"../plans/{rows[i]['n']}.html") for i in team["indices"]]
    mine.sort(key=lambda r: (r["score"], r["n"]))
    chosen = [results[i] for i in team["indices"]]
    fired = [{f["rule"] for f in r.get("findings", [])} for r in chosen]
    items = sorted(((f"{code} {rule.name}", sum(code in s for s in fired), len(chosen), code)
                    for code, rule in rules.items()), key=lambda t: (-t[1], t[0]))
    items = [t for t in items if t[1]]
    return _render("team.html.j2", meta=meta, team=team, rows=mine,
                   rules=bar_chart([t[:3] for t in items], links=[f"../rules/{t[3]}.html" for t in items]))
