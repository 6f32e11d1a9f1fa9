"""The planlint command line. Its exit codes are in planlint/exit_codes.py."""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

import click

from . import __version__
from .config import Config
from .errors import PlanlintError, TimedOut
from .exit_codes import EXIT_ERROR, EXIT_OK, exit_code
from .model import FileReport
from .paths import expand_paths


def lint_one(path: str, config: Config, stdin_filename: str | None = None) -> FileReport:
    """One file (or "-", standard input) under the per-file time limit; never raises for a bad file."""
    from .readers import limits
    from .sequencer import lint

    name = (stdin_filename or "-") if path == "-" else path
    try:
        with limits.time_limit(limits.LINT_SECONDS):
            if path != "-":
                return lint(Path(path), config, name=path)
            return lint(limits.read_stream(sys.stdin.buffer), config, name=name)
    except (PlanlintError, TimedOut) as exc:  # reading stdin, or the timer firing just outside lint()
        return FileReport(name, status="error", error=str(exc))


def _expand(paths, follow_symlinks: bool) -> tuple[list[str], bool]:
    """(files to lint, whether a folder could not be read); what a folder held
    that will not be linted goes to stderr, one line each."""
    found = expand_paths(paths, follow_symlinks)
    for skipped in found.skipped:
        click.echo(skipped.describe(), err=True)
    if not found.files:
        raise click.UsageError("no .docx, .pdf, .md or .txt files found")
    return found.files, bool(found.unreadable)


class _LazyGroup(click.Group):
    """Loads a command kept in its own package only when that command runs
    (or help lists it), so `check` never imports the audit, the web server or their templates."""

    lazy = {"audit": "planlint.audit.command:audit", "serve": "planlint.serve.command:serve"}

    def list_commands(self, ctx):
        return sorted([*super().list_commands(ctx), *self.lazy])

    def get_command(self, ctx, name):
        if name in self.lazy:
            module, attr = self.lazy[name].split(":")
            return getattr(importlib.import_module(module), attr)
        return super().get_command(ctx, name)


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="planlint")
def main():
    """planlint: check child protection plans against the Child Z review's Finding One."""
    from .nlp import freeze_after_load

    freeze_after_load()


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json", "sarif", "github", "junit"]), default="text",
              show_default=True)
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default=None,
              help="Lowest severity that makes the exit code 1 (default: error, or fail-on in the settings file).")
@click.option("--select", default=None, help="Comma-separated rule codes or names to run (default: all).")
@click.option("--ignore", default=None, help="Comma-separated rule codes or names to skip.")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), default=None,
              help="Settings file to use instead of the nearest planlint.toml or pyproject.toml [tool.planlint].")
@click.option("--baseline", "baseline_file", type=click.Path(dir_okay=False), default=None,
              help="Report only findings not in this baseline (made by `planlint baseline`).")
@click.option("--include-text", is_flag=True,
              help="Let sarif, github and junit output quote the plan (excerpts, quoted words); off by default.")
@click.option("--stdin-filename", default=None, help="Name to report for a plan read from standard input.")
@click.option("--min-certainty", type=click.Choice(["low", "medium", "high"]), default="low", show_default=True,
              help="Hide findings planlint is less sure of than this (how sure it is of what it read).")
@click.option("--follow-symlinks", is_flag=True,
              help="Lint what symbolic links inside folders point to (by default they are listed and skipped).")
def check(paths, fmt, fail_on, select, ignore, config_file, baseline_file, include_text, stdin_filename,
          min_certainty, follow_symlinks):
    """Lint plans (.docx .pdf .md .txt, folders, or - for standard input)."""
    files, unreadable = _expand(paths, follow_symlinks)
    configs = {p: _settings(stdin_filename if p == "-" else p, config_file, select, ignore, fail_on) for p in files}
    for c in configs.values():
        c.min_certainty = min_certainty
    reports = [lint_one(p, configs[p], stdin_filename) for p in files]
    configs = {r.path: configs[p] for p, r in zip(files, reports)}
    known = None
    if baseline_file:
        from .baseline import filter_reports

        known = _usage(filter_reports, reports, baseline_file, configs)
    fail_levels = {path: c.fail_on for path, c in configs.items()}
    if fmt == "json":
        from .reporters.json_report import to_data
        import json

        data = to_data(reports)
        if known is not None:
            data["baseline"] = known.to_dict()
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
    elif fmt == "sarif":
        from .reporters.sarif import render

        click.echo(render(reports, include_text=include_text), nl=False)
    elif fmt == "github":
        from .reporters.github import render

        click.echo(render(reports, include_text=include_text), nl=False)
    elif fmt == "junit":
        from .reporters.junit import render

        click.echo(render(reports, fail_levels, include_text=include_text), nl=False)
    else:
        from .reporters.text import render

        click.echo(render(reports, colour=sys.stdout.isatty()), nl=False)
        if known is not None:
            from .baseline import stale_text

            click.echo(stale_text(known, baseline_file), nl=False)
    worst = max(exit_code([r], fail_levels.get(r.path, "error")) for r in reports)
    sys.exit(EXIT_ERROR if unreadable else worst)


@main.command()
@click.argument("path", type=click.Path(dir_okay=False))
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Where to write the reviewed copy (default: <name>.reviewed.docx beside the plan).")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), default=None,
              help="Settings file to use instead of the nearest planlint.toml or pyproject.toml [tool.planlint].")
@click.option("--select", default=None, help="Comma-separated rule codes or names to run (default: all).")
@click.option("--ignore", default=None, help="Comma-separated rule codes or names to skip.")
@click.option("--force", is_flag=True, help="Replace the output file if it exists.")
def annotate(path, output, config_file, select, ignore, force):
    """Write a copy of a .docx plan with a Word comment on each finding."""
    from .errors import ReadError, UsageError
    from .integrations.annotate import annotate as run
    from .readers import limits
    from .reporters._shared import display_name

    config = _settings(path, config_file, select, ignore, None)
    try:
        with limits.time_limit(limits.LINT_SECONDS):
            result = run(path, output, config, force=force)
    except UsageError as exc:
        raise click.UsageError(display_name(str(exc)))
    except (ReadError, TimedOut) as exc:
        click.echo(f"{display_name(path)}: cannot read: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    except PlanlintError as exc:
        click.echo(f"{display_name(path)}: {display_name(str(exc))}", err=True)
        sys.exit(EXIT_ERROR)
    except MemoryError:
        click.echo(f"{display_name(path)}: cannot read: out of memory", err=True)
        sys.exit(EXIT_ERROR)
    replaced = f" ({result.removed} earlier planlint comment(s) replaced)" if result.removed else ""
    click.echo(f"{display_name(str(result.output))}: {result.comments} comment(s){replaced}")


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=".planlint-baseline.json",
              show_default=True, help="Baseline file to write.")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), default=None,
              help="Settings file to use instead of the nearest planlint.toml or pyproject.toml [tool.planlint].")
@click.option("--stdin-filename", default=None, help="Name to record for a plan read from standard input.")
@click.option("--follow-symlinks", is_flag=True,
              help="Lint what symbolic links inside folders point to (by default they are listed and skipped).")
def baseline(paths, output, config_file, stdin_filename, follow_symlinks):
    """Record today's findings so `check --baseline` reports only new ones."""
    from .baseline import write_baseline
    from .reporters._shared import display_name, display_text

    files, unreadable = _expand(paths, follow_symlinks)
    reports = [lint_one(p, _settings(stdin_filename if p == "-" else p, config_file, None, None, None),
                        stdin_filename) for p in files]
    for r in reports:
        if r.status != "ok":
            click.echo(f"{display_name(r.path)}: cannot read: {display_text(str(r.error))}", err=True)
    count = _usage(write_baseline, reports, output)
    click.echo(f"{display_name(output)}: {count} finding(s) from {sum(r.status == 'ok' for r in reports)} file(s)")
    sys.exit(EXIT_ERROR if unreadable or any(r.status != "ok" for r in reports) else EXIT_OK)


def _split(value: str | None) -> list[str] | None:
    return None if value is None else [s.strip() for s in value.split(",") if s.strip()]


def _settings(path, config_file, select, ignore, fail_on) -> Config:
    """Settings for one file: --config or the nearest settings file, then the command-line overrides."""
    from .config_file import settings_for

    return _usage(settings_for, path, config_file, select=_split(select), ignore=_split(ignore), fail_on=fail_on)


def _usage(fn, *args, **kwargs):
    """Call fn; a planlint UsageError becomes click's (exit code 2, one line)."""
    from .errors import UsageError

    try:
        return fn(*args, **kwargs)
    except UsageError as exc:
        raise click.UsageError(str(exc))


@main.command()
@click.argument("path")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), default=None,
              help="Settings file to use instead of the nearest planlint.toml or pyproject.toml [tool.planlint].")
def structure(path, config_file):
    """Show what planlint understood: sections, actions and their fields, facts."""
    from .reporters._shared import display_name, display_text as show

    report = lint_one(path, _settings(path, config_file, None, None, None))
    if report.status != "ok":
        click.echo(f"{display_name(path)}: cannot read: {show(str(report.error))}", err=True)
        sys.exit(EXIT_ERROR)
    plan = report.plan
    doc = plan.document
    f = plan.facts
    # Plan text is printed through show(), as the text report does, so it
    # cannot send escape sequences to the terminal.
    click.echo(f"{display_name(path)} ({doc.format}, {len(doc.blocks)} blocks)")
    click.echo(show(f"facts: child={', '.join(f.child_names) or '?'} plan_date={f.plan_date or '?'} "
                    f"review={f.review_date or '?'} looked_after={'yes' if f.looked_after else 'no'}"))
    click.echo(f"understanding: plan_found={'yes' if plan.reading.plan_found else 'no'} "
               f"certainty={plan.reading.certainty}")
    for note in plan.reading.notes:
        click.echo(show(f"  - {note}"))
    click.echo("sections:")
    for s in plan.sections:
        click.echo(show(f"  [{s.kind}] {s.heading or '(before the first heading)'}  "
                        f"({s.location.describe()}, {len(s.blocks)} blocks)"))
    click.echo(f"outcomes ({len(plan.outcomes)}):")
    for o in plan.outcomes:
        click.echo(show(f"  - {o.text}  ({o.location.describe()})"))
    click.echo(f"actions ({len(plan.actions)}):")
    for a in plan.actions:
        facts = a.facts
        click.echo(show(f"  - {a.location.describe()} [{a.source}, {a.section}] {a.text}"))
        click.echo(show(f"      owner={facts.owner_status}:{facts.owner!r} time={facts.time_status}"
                        f"{':' + repr(facts.vague_time) if facts.vague_time else ''} measure={facts.measure_status}"
                        f"{':' + repr(facts.vague_measure) if facts.vague_measure else ''}"
                        f"{' (model: seen)' if facts.measure_seen else ''}"
                        f" child={'yes' if facts.about_child else 'no'} "
                        f"parent_needs={'yes' if facts.parent_needs else 'no'}"
                        f"{' hedged' if 'hedged' in facts.cues else ''}"
                        f"{'' if a.certainty == 'high' else ' certainty=' + a.certainty}"
                        f"{' unclear=' + '+'.join(sorted(a.unclear)) if a.unclear else ''}"))


@main.command("rules")
@click.option("--format", "fmt", type=click.Choice(["text", "markdown"]), default="text", show_default=True)
def rules_cmd(fmt):
    """List every rule."""
    from .registry import all_rules
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
    from .registry import all_rules
    from .reporters.rule_docs import rule_markdown

    rules = all_rules()
    found = next((r for r in rules.values() if code.upper() == r.code or code.lower() == r.name), None)
    if found is None:
        raise click.UsageError(f"unknown rule {code!r}; run `planlint rules` to list them")
    click.echo(rule_markdown(found), nl=False)

