"""The planlint command line.

Exit codes (stable, for hooks and CI):
  0  nothing at or above the --fail-on level
  1  findings at or above the --fail-on level
  2  a file could not be read, or the command was misused (other files are still linted)
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from . import __version__
from .config import Config
from .model import SEVERITY_RANK, FileReport

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def expand_paths(paths) -> list[str]:
    """Files as given, folders recursed for the formats planlint reads."""
    from .readers import SUPPORTED_EXTENSIONS

    out: list[str] = []
    for p in paths:
        if p != "-" and os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                out.extend(
                    os.path.join(root, f) for f in sorted(files)
                    if os.path.splitext(f)[1].lower() in SUPPORTED_EXTENSIONS and not f.startswith((".", "~$"))
                )
        else:
            out.append(p)
    return out


def exit_code(reports: list[FileReport], fail_on: str) -> int:
    if any(r.status == "error" for r in reports):
        return EXIT_ERROR
    level = SEVERITY_RANK[fail_on]
    if any(SEVERITY_RANK[f.severity] >= level for r in reports for f in r.findings):
        return EXIT_FINDINGS
    return EXIT_OK


def lint_one(path: str, config: Config, stdin_filename: str | None = None) -> FileReport:
    from .errors import PlanlintError
    from .lint import lint, lint_document
    from .readers import read_bytes

    if path == "-":
        data = sys.stdin.buffer.read()
        name = stdin_filename or "-"
        try:
            return lint_document(read_bytes(data, name), config)
        except PlanlintError as exc:
            return FileReport(name, status="error", error=str(exc))
    return lint(Path(path), config, name=path)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="planlint")
def main():
    """planlint: check child protection plans against the Child Z review's Finding One."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default=None,
              help="Lowest severity that makes the exit code 1 (default: error).")
@click.option("--select", default="", help="Comma-separated rule codes or names to run (default: all).")
@click.option("--ignore", default="", help="Comma-separated rule codes or names to skip.")
@click.option("--stdin-filename", default=None, help="Name to report for a plan read from standard input.")
def check(paths, fmt, fail_on, select, ignore, stdin_filename):
    """Lint plans (.docx .pdf .md .txt, folders, or - for standard input)."""
    config = Config()
    if select:
        config.select = [s.strip() for s in select.split(",") if s.strip()]
    if ignore:
        config.ignore = [s.strip() for s in ignore.split(",") if s.strip()]
    fail_on = fail_on or config.fail_on
    files = expand_paths(paths)
    if not files:
        raise click.UsageError("no .docx, .pdf, .md or .txt files found")
    reports = [lint_one(p, config, stdin_filename) for p in files]
    if fmt == "json":
        from .reporters.json_report import render

        click.echo(render(reports), nl=False)
    else:
        from .reporters.text import render

        click.echo(render(reports, colour=sys.stdout.isatty()), nl=False)
    sys.exit(exit_code(reports, fail_on))


@main.command()
@click.argument("path")
def structure(path):
    """Show what planlint understood: sections, actions and their fields, facts."""
    from .lint import analyser_for
    from .nlp.understand import Understanding  # noqa: F401
    from .readers import read_bytes, read_path
    from .structure import build_plan
    from .errors import PlanlintError

    config = Config()
    try:
        doc = read_bytes(sys.stdin.buffer.read(), "-") if path == "-" else read_path(path)
    except PlanlintError as exc:
        click.echo(f"{path}: cannot read: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    plan, understanding = build_plan(doc, analyser_for(config))
    f = plan.facts
    click.echo(f"{path} ({doc.format}, {len(doc.blocks)} blocks)")
    click.echo(f"facts: child={', '.join(f.child_names) or '?'} plan_date={f.plan_date or '?'} "
               f"review={f.review_date or '?'} looked_after={'yes' if f.looked_after else 'no'}")
    click.echo("sections:")
    for s in plan.sections:
        click.echo(f"  [{s.kind}] {s.heading or '(before the first heading)'}  ({s.location.describe()}, {len(s.blocks)} blocks)")
    click.echo(f"outcomes ({len(plan.outcomes)}):")
    for o in plan.outcomes:
        click.echo(f"  - {o.text}  ({o.location.describe()})")
    click.echo(f"actions ({len(plan.actions)}):")
    for a in plan.actions:
        facts = understanding.action_facts(a)
        click.echo(f"  - {a.location.describe()} [{a.source}, {a.section}] {a.text}")
        click.echo(f"      owner={facts.owner_status}:{facts.owner!r} time={facts.time_status}"
                   f"{':' + repr(facts.vague_time) if facts.vague_time else ''} measure={facts.measure_status}"
                   f"{':' + repr(facts.vague_measure) if facts.vague_measure else ''}"
                   f" child={'yes' if facts.about_child else 'no'} parent_needs={'yes' if facts.parent_needs else 'no'}")


@main.command("rules")
@click.option("--format", "fmt", type=click.Choice(["text", "markdown"]), default="text", show_default=True)
def rules_cmd(fmt):
    """List every rule."""
    from .checks import all_rules
    from .reporters.rule_docs import rules_markdown

    rules = all_rules()
    if fmt == "markdown":
        click.echo(rules_markdown(rules), nl=False)
        return
    for r in rules.values():
        click.echo(f"{r.code}  {r.name:<34} {r.severity:<8} {r.unit:<8} {r.summary}")


@main.command("rule")
@click.argument("code")
def rule_cmd(code):
    """Explain one rule (by code or name), like `ruff rule`."""
    from .checks import all_rules
    from .reporters.rule_docs import rule_markdown

    rules = all_rules()
    found = next((r for r in rules.values() if code.upper() == r.code or code.lower() == r.name), None)
    if found is None:
        raise click.UsageError(f"unknown rule {code!r}; run `planlint rules` to list them")
    click.echo(rule_markdown(found), nl=False)
