"""Rule packs: the pack.toml manifest, removals, extra token patterns, and checking a pack."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import planlint
from planlint import Config, lint, loader
from planlint.cli import main
from planlint.config_file import load_config
from planlint.errors import UsageError
from planlint.nlp.pipeline import Analyser

ROBIN = """# Child protection plan for Robin Vale

## Through the eyes of Robin
Robin is nine. He is in Year 4 at Elm Primary.

## Action plan
| Action | Who | When | Measure |
|---|---|---|---|
| Take Robin to every dental appointment | Family | By 30 June 2031 | Dentist confirms attendance |
| Walk Robin to school each morning | Mum | Moonrise | Robin arrives on time |
"""


def make_pack(tmp_path, manifest: str = "", files: dict[str, str] | None = None, name: str = "la-pack") -> str:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "pack.toml").write_text(f'name = "{name}"\nversion = "1.0"\n' + manifest)
    for path, text in (files or {}).items():
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_text(text)
    return str(folder)


def rules_found(pack: str | None = None) -> set[str]:
    config = Config(extra_packs=[pack] if pack else [])
    return {f.rule for f in lint(ROBIN, config, name="robin.md").findings}


def pack_error(folder: str) -> str:
    with pytest.raises(UsageError) as info:
        loader.load((folder,))
    message = str(info.value)
    assert "\n" not in message
    return message


def test_builtin_pack_passes_its_own_checks():
    pack = loader.builtin_pack()
    assert (pack.name, pack.version) == ("planlint", planlint.__version__)
    assert "vague_owners" in pack.lexicons and "child_voice" in pack.tables["sections"]
    assert {p["label"] for p in pack.patterns} >= {"TIME", "MEASURE_PATTERN"}
    rules = loader.load()
    assert rules.lexicons == pack.lexicons and rules.patterns == pack.patterns


def test_misspelt_lexicon_names_the_known_lexicons(tmp_path):
    folder = make_pack(tmp_path, files={"lexicons/vague_owner.txt": "the wider whanau\n"})
    message = pack_error(folder)
    assert "vague_owner.txt: unknown lexicon 'vague_owner'" in message
    assert "known lexicons: adult_services, child_refs," in message and "vague_owners" in message


@pytest.mark.parametrize(("table", "kind", "what", "known"), [
    ("sections.toml", "child_voices", "section kind", "contingency, child_voice, outcomes"),
    ("columns.toml", "owners", "column kind", "measure, outcome, need, action, owner, timescale"),
])
def test_unknown_kind_names_the_known_kinds(tmp_path, table, kind, what, known):
    folder = make_pack(tmp_path, files={table: f'[{kind}]\nphrases = ["lantern keeper"]\n'})
    message = pack_error(folder)
    assert f"{table}: unknown {what} {kind!r}; known: {known}" in message


def test_broken_pack_is_exit_2_with_one_line_from_the_cli(tmp_path):
    make_pack(tmp_path, files={"lexicons/vague_owner.txt": "the wider whanau\n"})
    (tmp_path / "planlint.toml").write_text('extra-packs = ["la-pack"]\n')
    (tmp_path / "robin.md").write_text(ROBIN)
    result = CliRunner().invoke(main, ["check", "--config", str(tmp_path / "planlint.toml"),
                                       str(tmp_path / "robin.md")])
    assert result.exit_code == 2
    errors = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1
    assert "unknown lexicon 'vague_owner'; known lexicons: adult_services" in errors[0]
    assert "W002" not in result.output  # no plan was linted


def test_settings_file_checks_its_packs(tmp_path):
    make_pack(tmp_path, files={"columns.toml": '[owners]\nphrases = ["lantern keeper"]\n'})
    (tmp_path / "planlint.toml").write_text('extra-packs = ["la-pack"]\n')
    with pytest.raises(UsageError, match="unknown column kind 'owners'"):
        load_config(tmp_path / "planlint.toml")


@pytest.mark.parametrize(("manifest", "files", "message"), [
    ("", {"sections.toml": '[worries]\nphrases = ["Night Fears", "night fears"]\n'},
     "[worries]: 'night fears' is listed twice"),
    ("", {"lexicons/vague_owners.txt": "the lantern folk\n# a note\nthe lantern folk\n"},
     "vague_owners.txt: 'the lantern folk' is listed twice"),
    ('[remove]\nlexicons.vague_owners = ["the lantern folk"]\n', {},
     "remove.lexicons.vague_owners: 'the lantern folk' is not there to remove"),
    ('[remove]\nsections.child_voices = ["says"]\n', {},
     "remove.sections: unknown section kind 'child_voices'; known: contingency, child_voice"),
    ('[remove]\nlexicon.vague_owners = ["family"]\n', {},
     "remove: unknown key 'lexicon'; known keys: lexicons, sections, columns"),
    ('author = "Ada"\n', {}, "pack.toml: unknown key 'author'; known keys: name, version, description"),
    ('lexicons = ["vague_owners"]\n', {}, "lexicons: 'vague_owners' is built in"),
    ("", {"lexicon/vague_owners.txt": "the lantern folk\n"}, "lexicon: not part of a rule pack"),
    ("", {"lexicons/vague_owners.text": "the lantern folk\n"}, "a lexicon file's name ends in .txt"),
    ("", {"sections.toml": '[worries]\nphrase = ["night fears"]\n'}, "[worries] must hold only phrases"),
    ("", {"sections.toml": "[worries\n"}, "sections.toml: not valid TOML"),
    ("", {"patterns/moon.jsonl": '{"label": "TIME", "pattern": [{"LOWER": "moonrise"}], "ID": "x"}\n'},
     "moon.jsonl line 1: unknown keys ['ID']; allowed: label, pattern, id"),
    ("", {"patterns/moon.jsonl": '{"label": "MOON", "pattern": [{"LOWER": "moonrise"}]}\n'},
     "moon.jsonl line 1: unknown label 'MOON'; known labels: ADULT_SERVICES,"),
    ("", {"patterns/moon.jsonl": '{"label": "TIME", "pattern": [{"LOWR": "moonrise"}]}\n'},
     "moon.jsonl line 1: bad token pattern"),
    ("", {"patterns/moon.jsonl": "\n{label: TIME}\n"}, "moon.jsonl line 2: not valid JSON"),
    ("", {"patterns/moon.jsonl": '{"pattern": [{"LOWER": "moonrise"}]}\n'}, "line 1: missing label"),
])
def test_pack_mistakes_are_one_line_usage_errors(tmp_path, manifest, files, message):
    assert message in pack_error(make_pack(tmp_path, manifest, files))


@pytest.mark.parametrize(("manifest", "message"), [
    (None, "pack.toml: missing; a pack needs a pack.toml"),
    ('name = "la"\n', "pack.toml: version: expected a non-empty string"),
    ('name = "la"\nversion = 2\n', "pack.toml: version: expected a non-empty string"),
])
def test_pack_manifest_is_required(tmp_path, manifest, message):
    folder = tmp_path / "la-pack"
    (folder / "lexicons").mkdir(parents=True)
    if manifest is not None:
        (folder / "pack.toml").write_text(manifest)
    assert message in pack_error(str(folder))


def test_removing_a_vague_owner_phrase_stops_it_matching(tmp_path):
    assert "W002" in rules_found()  # "Family" owns the dental appointments
    folder = make_pack(tmp_path, '[remove]\nlexicons.vague_owners = ["family"]\n')
    assert "family" not in loader.lexicons((folder,))["vague_owners"]
    assert "W002" not in rules_found(folder)


def test_removing_a_heading_phrase_changes_the_section(tmp_path):
    assert "F003" not in rules_found()  # "Through the eyes of Robin" is the child's voice (by its heading alone: nothing under it says what Robin feels)
    folder = make_pack(tmp_path, '[remove]\nsections.child_voice = ["through the eyes of"]\n')
    assert "F003" in rules_found(folder)


def test_a_phrase_moves_kind_by_removal_and_addition(tmp_path):
    folder = make_pack(tmp_path, '[remove]\ncolumns.owner = ["who"]\n',
                       {"columns.toml": '[action]\nphrases = ["Who"]\n'})
    table = loader.phrase_table("columns.toml", (folder,))
    assert "who" not in table["owner"] and table["action"][-1] == "who"


def test_packs_apply_in_order(tmp_path):
    first = make_pack(tmp_path, files={"lexicons/vague_owners.txt": "the lantern folk\n"}, name="first")
    second = make_pack(tmp_path, '[remove]\nlexicons.vague_owners = ["the lantern folk"]\n', name="second")
    assert "the lantern folk" in loader.lexicons((first,))["vague_owners"]
    assert "the lantern folk" not in loader.lexicons((first, second))["vague_owners"]
    assert "not there to remove" in pack_error(second)  # alone, there is nothing to remove


def test_pack_pattern_matches(tmp_path):
    assert "T001" in rules_found()  # "Moonrise" is not a timescale
    row = {"label": "TIME", "pattern": [{"LOWER": "moonrise"}], "id": "moonrise"}
    folder = make_pack(tmp_path, files={"patterns/moon.jsonl": json.dumps(row) + "\n"})
    assert "T001" not in rules_found(folder)
    assert [m.label for m in Analyser((folder,)).mentions("Moonrise")] == ["TIME"]


def test_declared_lexicon_is_a_label_for_phrases_and_patterns(tmp_path):
    row = {"label": "LANTERN_SERVICES", "pattern": [{"LOWER": "lamplighters"}]}
    folder = make_pack(tmp_path, 'lexicons = ["lantern_services"]\n', {
        "lexicons/lantern_services.txt": "lantern house family centre\n",
        "patterns/lantern.jsonl": json.dumps(row) + "\n",
    })
    assert loader.lexicons((folder,))["lantern_services"] == ("lantern house family centre",)
    mentions = Analyser((folder,)).mentions("Lamplighters at the Lantern House Family Centre")
    found = [m.text for m in mentions if m.label == "LANTERN_SERVICES"]
    assert found == ["Lamplighters", "Lantern House Family Centre"]


def test_packs_structure_and_check_agree_under_a_pack_and_a_settings_file(tmp_path):
    """`structure` reads the plan the way `check` does: a settings file naming a
    pack that no longer counts "family" as a vague owner changes both alike."""
    pack = make_pack(tmp_path, '[remove]\nlexicons.vague_owners = ["family"]\n')
    (tmp_path / "robin.md").write_text(ROBIN)
    settings = tmp_path / "la-settings.toml"  # not discovered: only --config names it
    settings.write_text(f"extra-packs = [{json.dumps(pack)}]\n")
    runner = CliRunner()
    for args, family_vague in (([], True), (["--config", str(settings)], False)):
        checked = json.loads(runner.invoke(main, ["check", "--format", "json", *args, str(tmp_path / "robin.md")]).output)
        vague = {f["excerpt"] for f in checked["files"][0]["findings"] if f["rule"] == "W002"}
        shown = runner.invoke(main, ["structure", *args, str(tmp_path / "robin.md")]).output
        assert any("dental" in e for e in vague) is family_vague
        assert ("owner=vague:'Family'" in shown) is family_vague
