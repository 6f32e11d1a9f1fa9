"""Layering: what only reads rules, settings or reports never loads the NLP or
the checks, and no reporter builds on another reporter."""
import ast
import json
import subprocess
import sys
from pathlib import Path

import planlint.reporters

LIGHT = """
import json, sys, tempfile
from pathlib import Path

import planlint.registry, planlint.config_file, planlint.suppress
from planlint.config import Config
from planlint.model import FileReport
from planlint.reporters import github, junit, sarif

planlint.registry.all_rules()
sarif.render([]); github.render([]); junit.render([])
with tempfile.TemporaryDirectory() as folder:
    settings = Path(folder, "planlint.toml")
    settings.write_text('select = ["T"]\\n[severity]\\nvague-owner = "error"\\n')
    planlint.config_file.load_config(settings)
planlint.suppress.apply(FileReport("plan.md"), planlint.suppress.Directives(), Config())
json.dump(sorted(sys.modules), sys.stdout)
"""


def test_rules_settings_suppression_and_reporters_load_no_nlp_and_no_checks():
    out = subprocess.run([sys.executable, "-c", LIGHT], capture_output=True, text=True, check=True).stdout
    loaded = json.loads(out)
    assert "planlint.reporters.junit" in loaded  # the script ran to its end
    heavy = [m for m in loaded if m.split(".")[0] == "spacy" or m.startswith(("planlint.nlp", "planlint.checks"))]
    assert heavy == []


def _imports(path: Path, package: str) -> set[str]:
    """Every module `path` imports, at any depth in the file, as absolute names."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.rsplit(".", node.level - 1)[0] if node.level else ""
            module = ".".join(p for p in (base, node.module) if p)
            found.add(module)
            found.update(f"{module}.{a.name}" for a in node.names)  # `from . import sarif`
    return found


def test_no_reporter_imports_another_reporter():
    folder = Path(planlint.reporters.__file__).parent
    reporters = {f"planlint.reporters.{p.stem}": p for p in folder.glob("*.py") if p.stem not in ("__init__", "_shared")}
    assert {"planlint.reporters.sarif", "planlint.reporters.github", "planlint.reporters.junit"} <= set(reporters)
    crossing = {
        name: sorted(_imports(path, "planlint.reporters") & (set(reporters) - {name}))
        for name, path in reporters.items()
    }
    assert {name: others for name, others in crossing.items() if others} == {}


def test_audit_does_not_import_the_command_line():
    folder = Path(planlint.reporters.__file__).parents[1] / "audit"
    using_cli = sorted(p.name for p in folder.glob("*.py")
                       if any(m == "planlint.cli" or m.startswith("planlint.cli.") for m in _imports(p, "planlint.audit")))
    assert using_cli == []


# Each module's layer; a module may import only from its own layer or below.
LAYERS = [
    ("base", ("model", "errors", "config", "loader", "textutil", "lazy_re", "__init__")),
    ("readers", ("readers",)),
    ("nlp", ("nlp",)),
    ("structure", ("structure",)),
    ("rules", ("checks", "registry", "score")),
    ("reporting", ("suppress", "reporters", "baseline", "config_file", "safe_write")),
    ("sequencer", ("sequencer",)),
    ("front ends", ("cli", "audit", "serve", "integrations", "paths", "exit_codes", "__main__")),
]


def _layer(module: str) -> int | None:
    parts = module.split(".")
    if parts[0] != "planlint" or len(parts) == 1:
        return None
    return next((i for i, (_, names) in enumerate(LAYERS) if parts[1] in names), None)


def test_layers_import_only_downwards():
    root = Path(planlint.reporters.__file__).parents[1]
    upward = []
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root.parent).with_suffix("")
        module = ".".join(rel.parts[:-1] if rel.name == "__init__" else rel.parts)
        package = module if rel.name == "__init__" else module.rsplit(".", 1)[0]
        own = _layer(module) if module != "planlint" else 0
        assert own is not None, f"{module} belongs to no layer: add it to LAYERS"
        for imported in _imports(path, package):
            layer = _layer(imported)
            if layer is not None and layer > own and module != "planlint":
                    upward.append(f"{module} ({LAYERS[own][0]}) imports {imported} ({LAYERS[layer][0]})")
    assert upward == []
