"""Find, check and merge rule packs: the built-in pack plus any extra pack folders.

A pack is a folder:

    pack.toml           name, version, description, new lexicons, [remove]
    lexicons/*.txt      phrases, one a line; the file name is the lexicon
    sections.toml       heading phrases by section kind
    columns.toml        action-table header phrases by column kind
    patterns/*.jsonl    spaCy token patterns, one {"label", "pattern", "id"} a line

The built-in pack is rules/ (shipped as planlint.packs) with its token
patterns in models/patterns (planlint.models), both found through
importlib.resources only. It fixes the lexicon names, section kinds and column
kinds the code understands; an extra pack adds phrases to them, removes
phrases from them, and may declare lexicons of its own. Packs apply in order,
each one's removals before its additions, so a pack moves a phrase to another
kind by removing it from one and adding it to the other. Every mistake is a
one-line UsageError naming the file and the known choices: a misspelt name
must never be silently ignored.
"""
from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .errors import UsageError

__all__ = ["Pack", "Rules", "builtin_pack", "read_pack", "load", "lexicons", "phrase_table",
           "token_patterns", "rule_metadata", "vocabulary", "alternation", "alternation_of", "month_pattern"]

MANIFEST = "pack.toml"
TABLES = {"sections": "section kind", "columns": "column kind"}  # file stem -> what its keys are
_MANIFEST_KEYS = ("name", "version", "description", "lexicons", "remove")
_REMOVABLE = ("lexicons", *TABLES)
_PATTERN_KEYS = ("label", "pattern", "id")
_PACK_ENTRIES = (MANIFEST, "lexicons", "sections.toml", "columns.toml", "patterns")
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True)
class Pack:
    """One pack folder, read and checked on its own."""
    name: str
    version: str
    description: str
    folder: str
    lexicons: dict[str, tuple[str, ...]]           # lexicon name -> phrases
    tables: dict[str, dict[str, tuple[str, ...]]]  # "sections" / "columns" -> kind -> phrases
    patterns: tuple[dict, ...]
    remove: dict[str, dict[str, tuple[str, ...]]]  # "lexicons" / "sections" / "columns" -> name -> phrases


@dataclass(frozen=True)
class Rules:
    """What the built-in pack and the extra packs add up to."""
    lexicons: dict[str, tuple[str, ...]]
    tables: dict[str, dict[str, tuple[str, ...]]]
    patterns: tuple[dict, ...]


def _builtin_rules():
    return resources.files("planlint.packs")


def _builtin_models():
    return resources.files("planlint.models")


@lru_cache(maxsize=1)
def builtin_pack() -> Pack:
    """rules/ and models/patterns: the pack that defines every name and kind."""
    return _read(_builtin_rules(), _builtin_models() / "patterns", None)


@lru_cache(maxsize=16)
def read_pack(folder: str) -> Pack:
    """An extra pack folder, checked against the built-in pack's names and kinds."""
    root = Path(folder)
    if not root.is_dir():
        raise UsageError(f"{root}: rule pack folder not found")
    for entry in sorted(root.iterdir()):
        if entry.name not in _PACK_ENTRIES and not _incidental(entry.name):
            raise UsageError(f"{entry}: not part of a rule pack; a pack holds {', '.join(_PACK_ENTRIES)}")
    return _read(root, root / "patterns", builtin_pack())


@lru_cache(maxsize=8)
def load(extra: tuple[str, ...] = ()) -> Rules:
    """The built-in pack, then each extra pack's removals and additions, in order."""
    base = builtin_pack()
    lex: dict[str, dict[str, None]] = {}  # lexicon -> phrases, as an ordered set
    tables = {group: {kind: {} for kind in body} for group, body in base.tables.items()}
    patterns = []
    for pack in (base, *map(read_pack, extra)):
        where = Path(pack.folder) / MANIFEST
        for group, merged in (("lexicons", lex), *tables.items()):
            for name, phrases in pack.remove[group].items():
                if name not in merged:
                    what = "lexicon" if group == "lexicons" else TABLES[group]
                    raise UsageError(f"{where}: remove.{group}: unknown {what} {name!r}; known: {', '.join(merged)}")
                for phrase in phrases:
                    if phrase not in merged[name]:
                        raise UsageError(f"{where}: remove.{group}.{name}: {phrase!r} is not there to remove")
                    del merged[name][phrase]
        for name, phrases in pack.lexicons.items():
            lex.setdefault(name, {}).update(dict.fromkeys(phrases))
        for group, body in pack.tables.items():
            for kind, phrases in body.items():
                tables[group][kind].update(dict.fromkeys(phrases))
        patterns += pack.patterns
    return Rules(
        {name: tuple(p) for name, p in lex.items()},
        {t: {kind: tuple(p) for kind, p in body.items()} for t, body in tables.items()},
        tuple(patterns),
    )


def lexicons(extra: tuple[str, ...] = ()) -> dict[str, tuple[str, ...]]:
    """Lexicon name (file stem) -> phrases, lower-cased, built-in first."""
    return load(extra).lexicons


def phrase_table(name: str, extra: tuple[str, ...] = ()) -> dict[str, tuple[str, ...]]:
    """sections.toml / columns.toml merged across packs: kind -> phrases (order kept)."""
    return load(extra).tables[name.removesuffix(".toml")]


def token_patterns(extra: tuple[str, ...] = ()) -> tuple[dict, ...]:
    """spaCy token patterns, built-in first."""
    return load(extra).patterns


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, tuple[str, ...]]:
    """rules/vocabulary.toml: word lists several layers share (months, modals...)."""
    return {name: tuple(words) for name, words in _toml(_builtin_rules() / "vocabulary.toml").items()}


def alternation(name: str) -> str:
    """A vocabulary list as a regular-expression alternation, longest first."""
    return alternation_of(_vocabulary_list(name, "rules/vocabulary.toml"))


def alternation_of(words) -> str:
    """Words or phrases as a regular-expression alternation, longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# "Sept", "September": a month is its first three letters and any more.
def month_pattern() -> str:
    return "(?:" + "|".join(sorted({m[:3] for m in vocabulary()["months"]})) + r")[a-z]*\.?"


def _expand(value, where: str):
    """A pattern's "@months" (a list element, or text inside a REGEX) becomes the vocabulary list."""
    if isinstance(value, dict):
        return {k: _expand(v, where) for k, v in value.items()}
    if isinstance(value, list):
        out = []
        for item in value:
            out += list(_vocabulary_list(item[1:], where)) if isinstance(item, str) and item.startswith("@") else [
                _expand(item, where)]
        return out
    if isinstance(value, str) and "@" in value:
        return expand_text(value, where)
    return value


def expand_text(text: str, where: str) -> str:
    """Each "@name" in a regular expression becomes that word list's alternation."""
    return re.sub(r"@([a-z_]+)", lambda m: "|".join(map(re.escape, _vocabulary_list(m.group(1), where))), text)


def _vocabulary_list(name: str, where: str) -> tuple[str, ...]:
    if name not in vocabulary():
        raise UsageError(f"{where}: unknown word list @{name}; known: {', '.join('@' + n for n in vocabulary())}")
    return vocabulary()[name]


@lru_cache(maxsize=1)
def rule_metadata() -> dict[str, dict]:
    """Rule code -> metadata from rules/checks/*.toml."""
    out = {}
    for entry in sorted((_builtin_rules() / "checks").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            meta = tomllib.loads(entry.read_text("utf-8"))
            out[meta["code"]] = meta
    return out


# -- reading one pack ---------------------------------------------------------

def _read(root, patterns_folder, base: Pack | None) -> Pack:
    """Read a pack; `base` None means this is the built-in pack, which defines the names."""
    manifest = _manifest(root / MANIFEST)
    declared = _declared_lexicons(manifest, root / MANIFEST, base)
    known_lexicons = None if base is None else (*base.lexicons, *declared)
    lex = {name: () for name in declared}
    lex.update(_lexicons(root / "lexicons", known_lexicons))
    tables = {
        group: _phrase_table(root / f"{group}.toml", what, None if base is None else base.tables[group])
        for group, what in TABLES.items()
    }
    known_labels = None
    if base is not None:
        known_labels = {n.upper() for n in known_lexicons} | {p["label"] for p in base.patterns}
    patterns = _patterns(patterns_folder, known_labels)
    return Pack(
        manifest["name"], manifest["version"], manifest.get("description", ""), str(root),
        lex, tables, patterns, _removals(manifest, root / MANIFEST),
    )


def _manifest(path) -> dict:
    if not path.is_file():
        raise UsageError(f"{path}: missing; a pack needs a {MANIFEST} with at least name and version")
    data = _toml(path)
    for key in data:
        if key not in _MANIFEST_KEYS:
            raise UsageError(f"{path}: unknown key {key!r}; known keys: {', '.join(_MANIFEST_KEYS)}")
    for key in ("name", "version"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise UsageError(f"{path}: {key}: expected a non-empty string")
    if not isinstance(data.get("description", ""), str):
        raise UsageError(f"{path}: description: expected a string")
    return data


def _declared_lexicons(manifest: dict, path, base: Pack | None) -> tuple[str, ...]:
    names = _strings(manifest.get("lexicons", []), "lexicons", path)
    for name in names:
        if not _NAME.match(name):
            raise UsageError(f"{path}: lexicons: {name!r} is not a lexicon name (lower case, digits and _)")
        if base is not None and name in base.lexicons:
            raise UsageError(f"{path}: lexicons: {name!r} is built in; add phrases to lexicons/{name}.txt "
                             "without declaring it")
    _no_repeats(names, f"{path}: lexicons")
    return tuple(names)


def _removals(manifest: dict, path) -> dict[str, dict[str, tuple[str, ...]]]:
    remove = manifest.get("remove", {})
    if not isinstance(remove, dict):
        raise UsageError(f"{path}: remove: expected a table, e.g. [remove]")
    for group in remove:
        if group not in _REMOVABLE:
            raise UsageError(f"{path}: remove: unknown key {group!r}; known keys: {', '.join(_REMOVABLE)}")
    out = {}
    for group in _REMOVABLE:
        body = remove.get(group, {})
        if not isinstance(body, dict):
            raise UsageError(f"{path}: remove.{group}: expected a table of name = [phrases]")
        out[group] = {}
        for name, phrases in body.items():
            phrases = [p.lower() for p in _strings(phrases, f"remove.{group}.{name}", path)]
            _no_repeats(phrases, f"{path}: remove.{group}.{name}")
            out[group][name] = tuple(phrases)
    return out


def _lexicons(folder, known: tuple[str, ...] | None) -> dict[str, tuple[str, ...]]:
    found = {}
    if not folder.is_dir():
        return found
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if _incidental(entry.name):
            continue
        name = entry.name.removesuffix(".txt")
        if name == entry.name:
            raise UsageError(f"{entry}: a lexicon file's name ends in .txt")
        if known is not None and name not in known:
            raise UsageError(f"{entry}: unknown lexicon {name!r}; known lexicons: {', '.join(known)} "
                             f"(a new one must be declared in {MANIFEST}: lexicons = [{name!r}])")
        phrases = [line.split("#", 1)[0].strip().lower() for line in entry.read_text("utf-8").splitlines()]
        # A line "@conditions" takes a whole word list from rules/vocabulary.toml.
        phrases = [w for p in phrases if p for w in (_vocabulary_list(p[1:], str(entry)) if p[0] == "@" else (p,))]
        _no_repeats(phrases, f"{entry}")
        found[name] = tuple(phrases)
    return found


def _phrase_table(path, what: str, known: dict | None) -> dict[str, tuple[str, ...]]:
    if not path.is_file():
        return {}
    out = {}
    for kind, body in _toml(path).items():
        if known is not None and kind not in known:
            raise UsageError(f"{path}: unknown {what} {kind!r}; known: {', '.join(known)}")
        if not isinstance(body, dict) or set(body) != {"phrases"}:
            raise UsageError(f"{path}: [{kind}] must hold only phrases = [...]")
        phrases = [p.lower() for p in _strings(body["phrases"], f"{kind}.phrases", path)]
        _no_repeats(phrases, f"{path}: [{kind}]")
        out[kind] = tuple(phrases)
    return out


def _patterns(folder, known_labels: set[str] | None) -> tuple[dict, ...]:
    if not folder.is_dir():
        return ()
    from spacy.schemas import validate_token_pattern  # spaCy's own check, so a bad pattern fails here

    out = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if _incidental(entry.name):
            continue
        if not entry.name.endswith(".jsonl"):
            raise UsageError(f"{entry}: a pattern file's name ends in .jsonl")
        for n, line in enumerate(entry.read_text("utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{entry} line {n}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise UsageError(f"{where}: not valid JSON: {exc.msg}") from None
            if not isinstance(row, dict):
                raise UsageError(f"{where}: expected an object with keys {', '.join(_PATTERN_KEYS)}")
            unknown = sorted(set(row) - set(_PATTERN_KEYS))
            if unknown:
                raise UsageError(f"{where}: unknown keys {unknown}; allowed: {', '.join(_PATTERN_KEYS)}")
            missing = [k for k in ("label", "pattern") if k not in row]
            if missing:
                raise UsageError(f"{where}: missing {', '.join(missing)}")
            if not isinstance(row["label"], str) or not isinstance(row.get("id", ""), str):
                raise UsageError(f"{where}: label and id must be strings")
            if known_labels is not None and row["label"] not in known_labels:
                raise UsageError(f"{where}: unknown label {row['label']!r}; known labels: "
                                 f"{', '.join(sorted(known_labels))} (or declare a lexicon in {MANIFEST})")
            row["pattern"] = _expand(row["pattern"], where)
            problems = validate_token_pattern(row["pattern"])
            if problems:
                raise UsageError(f"{where}: bad token pattern: {problems[0]}")
            out.append(row)
    return tuple(out)


def _toml(path) -> dict:
    try:
        return tomllib.loads(path.read_text("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: not valid TOML: {str(exc).splitlines()[0]}") from None


def _strings(value, key: str, path) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise UsageError(f"{path}: {key}: expected a list of non-empty strings")
    return [v.strip() for v in value]


def _no_repeats(phrases: list[str], where: str) -> None:
    seen = set()
    for phrase in phrases:
        if phrase in seen:
            raise UsageError(f"{where}: {phrase!r} is listed twice")
        seen.add(phrase)


def _incidental(name: str) -> bool:
    """Files a pack folder may hold that are not rules: hidden files, Python packaging, notes."""
    return name.startswith((".", "_")) or name.upper().startswith(("README", "LICENSE", "LICENCE"))
