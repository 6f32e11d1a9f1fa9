"""Word (.docx) reader.

The body is walked as XML rather than through python-docx's high-level API,
which skips text inside content controls, tracked insertions and smart tags,
and returns a horizontally merged cell once per grid column. Local authority
templates are full of all of these.

Only the three parts the walk needs (document, styles, numbering) are parsed,
with the settings of python-docx's hardened XML parser but lxml's plain
elements: opening the whole package would also parse parts such as
stylesWithEffects.xml, which cost more than the body, and python-docx's
element classes cost time on every element the walk touches. `check` so
never imports python-docx.

`walk(document)` is the same walk over a document python-docx has opened, for
code that changes the document where a finding points: it yields each block
with the w:p elements each of its Locations was read from, so a Location
always names the paragraph the reader took it from.
"""
from __future__ import annotations

import posixpath
import re
import struct
import threading
import zipfile
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator

from lxml import etree

from ..errors import CorruptDocument, EmptyDocument, EncryptedDocument, TooLarge
from ..model import Block, Document, Location, Table, table_text
from ..textutil import LEAD_IN
from . import HEADING_MAX_WORDS, limits
from .. import lazy_re

if TYPE_CHECKING:
    import docx.document

__all__ = ["Source", "read", "walk", "paragraph_text"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_RELTYPES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def _w(tag: str) -> str:
    return _W + tag


P, TBL, TR, TC, R, T = _w("p"), _w("tbl"), _w("tr"), _w("tc"), _w("r"), _w("t")
SDT, SDT_CONTENT, CUSTOM_XML = _w("sdt"), _w("sdtContent"), _w("customXml")
VAL = _w("val")

# Subtrees holding no visible body text: properties, deleted or moved-away
# text, field instructions, drawings (text boxes float outside reading order)
# and note references.
_SKIP = {
    _w(t)
    for t in (
        "pPr", "rPr", "sdtPr", "sdtEndPr", "del", "moveFrom", "instrText",
        "delText", "delInstrText", "drawing", "pict", "object", "fldData",
        "footnoteReference", "endnoteReference", "commentReference",
    )
} | {_MC + "AlternateContent"}
_SPACE = {_w("tab"), _w("ptab")}
_BREAK = {_w("br"), _w("cr")}

# python-docx's settings (no entities resolved: no external or billion-laughs
# entities), without its element classes.
_PARSER = etree.XMLParser(remove_blank_text=True, resolve_entities=False)
# Word stores these built-in style names in lower case; they are shown (and
# matched) as python-docx names them.
_UI_NAMES = {"caption": "Caption", "footer": "Footer", "header": "Header",
             **{f"heading {n}": f"Heading {n}" for n in range(1, 10)}}

_HEADING_NAME = lazy_re.compile(r"heading\s*([1-9])$", re.IGNORECASE)
_LIST_STYLE = lazy_re.compile(r"list (bullet|number)(?:\s*(\d))?$", re.IGNORECASE)
_TYPED_ITEM = lazy_re.compile(r"^[☐☒☑✓✔□■•▪◦●‣]\s+")
_TOC_STYLE = lazy_re.compile(r"toc \d$", re.IGNORECASE)
_BOLD_HEADING_LEVEL = 2


@dataclass(frozen=True)
class Source:
    """A block and the Word paragraphs it was read from.

    `paragraphs` maps each Location inside the block to its w:p elements in
    reading order: a paragraph block's own paragraph; for a table, every row
    by number (empty rows too, as rows are numbered) to the paragraphs of its
    cells, content controls included and nested tables left to their own
    blocks.
    """

    block: Block
    paragraphs: dict[Location, tuple]


def walk(document: docx.document.Document) -> Iterator[Source]:
    """The blocks `read` finds in a document python-docx has opened, with their paragraphs."""
    part = document.part
    yield from _walk(document.element.body, _Styles(_related(part, "styles")), _related(part, "numbering"))


def paragraph_text(p) -> str:
    """A w:p's visible text as planlint reads it (whitespace collapsed, "" when none)."""
    return _clean("".join(piece for piece, _run in _pieces(p)))


def _walk(body, styles: _Styles, numbering) -> Iterator[Source]:
    return _tab_tables(_Reader(styles, _Numbering(numbering)).sources(body))


def _tab_tables(sources: Iterator[Source]) -> Iterator[Source]:
    """Paragraphs typed as a table with tabs ("No.<tab>What needs to happen<tab><tab>Who<tab>When
    <tab>How we'll know", then a paragraph a row, its cells' wrapped words on a line of their own
    under them, Shift+Enter and tabs apart) as the table they show."""
    pending: list[tuple[Source, list[str]]] = []  # the header, then its rows so far
    for source in sources:
        cells = _tabbed(source)
        if pending and cells is not None and len(_first_cells(cells)) == len(pending[0][1]):
            pending.append((source, cells))
            continue
        yield from _flush(pending)
        pending = []
        if cells is not None and _tab_header(first := _first_cells(cells)):
            pending = [(source, first)]
            continue
        yield source
    yield from _flush(pending)


def _tabbed(source: Source) -> list[str] | None:
    """A paragraph's lines as typed, tabs kept; None for a table or a line with no tab."""
    block = source.block
    if block.kind == "table" or len(source.paragraphs) != 1:
        return None
    (elements,) = source.paragraphs.values()
    if next(elements[0].iter(*_SPACE), None) is None:
        return None  # (most paragraphs: no tab to read again for)
    raw = "".join(piece for piece, _run in _pieces(elements[0], tab="\t"))
    return raw.split("\n") if "\t" in raw else None


def _first_cells(lines: list[str]) -> list[str]:
    return [c.strip() for c in re.split(r"\t+", lines[0].strip())]


def _tab_header(cells: list[str]) -> bool:
    """Three or more column names, short and without figures, two of them an action's fields."""
    from . import field_role

    return len(cells) >= _TAB_COLUMNS and all(c and len(c.split()) <= _TAB_NAME_WORDS and not any(ch.isdigit() for ch in c)
                                              for c in cells) and sum(field_role(c) is not None for c in cells) >= 2


_TAB_COLUMNS = 3
_TAB_NAME_WORDS = 5


def _flush(pending: list[tuple[Source, list[str]]]) -> Iterator[Source]:
    if len(pending) < _TAB_ROWS:
        yield from (source for source, _ in pending)
        return
    header = pending[0][1]
    rows, locations, paragraphs = [header], [pending[0][0].block.location], dict(pending[0][0].paragraphs)
    for source, lines in pending[1:]:
        row = _first_cells(lines)
        for line in lines[1:]:
            # "<tab>each of them on their own<tab><tab><tab>with what each child says": each piece
            # under the cell whose tab it follows
            pieces = [c.strip() for c in line.split("\t")]
            if len(pieces) != len(row):
                # (tabs that do not line up: the words go on the second cell's, the work's, as typed)
                words, pieces = " ".join(p for p in pieces if p), [""] * len(row)
                pieces[min(1, len(row) - 1)] = words
            row = [f"{cell} {more}".strip() for cell, more in zip(row, pieces)]
        rows.append(row)
        locations.append(source.block.location)
        paragraphs.update(source.paragraphs)
    first = pending[0][0].block
    block = Block(kind="table", text="\n".join(" | ".join(r) for r in rows), location=first.location,
                  table=Table(rows=rows, row_locations=locations))
    yield Source(block, paragraphs)


_TAB_ROWS = 3  # the header and two rows


def read(data: bytes, path: str) -> Document:
    if data.startswith(_OLE_MAGIC):
        # Word saves password-protected .docx files, and old .doc files, as
        # OLE compound files; neither can be read without Word.
        raise EncryptedDocument("encrypted or legacy .doc file")
    archive = limits.open_checked_zip(data)
    try:
        main = _target(archive, "", "officeDocument")
        body = _part(archive, main).find(_w("body"))
        if body is None:
            raise ValueError("no body")
        styles = _styles(archive, _target(archive, main, "styles"))
        numbering = _part(archive, _target(archive, main, "numbering"))
    except TooLarge:
        raise
    except Exception:  # a bad package fails in many ways: missing parts, bad XML, bad rels
        raise CorruptDocument("not a valid .docx file") from None
    blocks = [source.block for source in _walk(body, styles, numbering)]
    if not blocks:
        raise EmptyDocument("empty document: no text found")
    return Document(path=path, format="docx", blocks=blocks)


def _target(archive: zipfile.ZipFile, source: str, reltype: str) -> str | None:
    """The part that `source` (a part name, "" for the package) relates to by type."""
    folder, name = posixpath.split(source)
    rels = _part(archive, posixpath.join(folder, "_rels", name + ".rels"))
    for rel in rels.iter(_REL) if rels is not None else ():
        if rel.get("Type") == _RELTYPES + reltype and rel.get("TargetMode") != "External":
            target = rel.get("Target", "")
            return target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
    if reltype == "officeDocument":
        raise ValueError("no main document part")
    return None


def _related(part, reltype: str):
    """`_target` for an opened package: the XML of the first part `part` relates to by type."""
    from docx.opc.part import XmlPart

    for rel in part.rels.values():
        if rel.reltype == _RELTYPES + reltype and not rel.is_external:
            return rel.target_part.element if isinstance(rel.target_part, XmlPart) else None
    return None


def _part(archive: zipfile.ZipFile, name: str | None):
    """A part's XML root, or None when the package has no such part."""
    data = _part_bytes(archive, name)
    return None if data is None else etree.fromstring(data, _PARSER)


def _part_bytes(archive: zipfile.ZipFile, name: str | None) -> bytes | None:
    if name is None:
        return None
    try:
        limits.check_xml_part(archive.getinfo(name))  # before lxml builds a tree many times its size
        return archive.read(name)
    except KeyError:
        return None


# styles.xml -> _Styles, keyed by the part as stored in the zip. Plans written
# from one template carry the same styles.xml (python-docx's default is 350 KB,
# and parsing it is half of reading a short plan), so a run over many plans, or
# a plan linted again, parses it once. Keyed by the whole compressed stream
# (with its method, size and checksum), never a digest, so two different parts
# can never share an entry; and a part found in the cache is neither inflated
# (about 0.4 ms for the default's 12 KB) nor hashed at full size.
_STYLES_CACHE: dict[tuple, _Styles] = {}
_STYLES_CACHE_SIZE = 4
# A parsed tree is many times its part's size: a larger part is parsed each
# time rather than kept, so one unusual plan cannot pin its memory after it.
_STYLES_CACHE_MAX_BYTES = 1 << 20
_STYLES_LOCK = threading.Lock()  # the web server reads plans on worker threads


def _styles(archive: zipfile.ZipFile, name: str | None) -> _Styles:
    try:
        info = archive.getinfo(name) if name is not None else None
    except KeyError:
        info = None
    if info is None:
        return _Styles(None)
    limits.check_xml_part(info)  # before lxml builds a tree many times its size
    key = _stored(archive, info)
    with _STYLES_LOCK:
        styles = _STYLES_CACHE.pop(key, None) if key is not None else None
    if styles is None:
        data = archive.read(name)
        styles = _Styles(etree.fromstring(data, _PARSER))
        if len(data) > _STYLES_CACHE_MAX_BYTES or key is None:
            return styles
    with _STYLES_LOCK:
        while len(_STYLES_CACHE) >= _STYLES_CACHE_SIZE:
            del _STYLES_CACHE[next(iter(_STYLES_CACHE))]  # the least recently used
        _STYLES_CACHE[key] = styles
    return styles


_LOCAL_HEADER = struct.Struct("<4s2xH18xHH")  # signature, flags, name and extra field lengths
_UNUSUAL = 0x1 | 0x20 | 0x40  # encrypted, patched, strongly encrypted: left to zipfile to refuse


def _stored(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> tuple | None:
    """The member as zipfile would inflate it: its method, checksum and size and the
    bytes after its local header, found as ZipFile.open finds them; None for a
    member zipfile would refuse or not read so, which is then read the usual way."""
    if info.flag_bits & _UNUSUAL:
        return None
    fp = archive.fp
    fp.seek(info.header_offset)
    header = fp.read(_LOCAL_HEADER.size)
    if len(header) != _LOCAL_HEADER.size:
        return None
    signature, flags, name_length, extra_length = _LOCAL_HEADER.unpack(header)
    try:
        name = fp.read(name_length).decode("utf-8" if flags & 0x800 else archive.metadata_encoding or "cp437")
    except UnicodeDecodeError:
        return None
    if signature != b"PK\x03\x04" or name != info.orig_filename:
        return None
    fp.seek(extra_length, 1)
    raw = fp.read(info.compress_size)
    if len(raw) != info.compress_size:
        return None
    return info.compress_type, info.CRC, info.file_size, raw


def _on(element, default: bool = True) -> bool:
    """Value of an OOXML on/off property such as <w:b/> or <w:b w:val="0"/>."""
    if element is None:
        return False
    value = element.get(VAL)
    return default if value is None else value.lower() in ("1", "true", "on")


def _int(value: str | None, default: int = 0) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


class _Styles:
    """Heading level, numbering and boldness as inherited along basedOn chains."""

    def __init__(self, root) -> None:
        self._by_id: dict[str, object] = {}
        self.default_paragraph = None
        for style in root.findall(_w("style")) if root is not None else ():
            self._by_id[style.get(_w("styleId"), "")] = style
            is_default = style.get(_w("default")) in ("1", "true", "on")
            if is_default and style.get(_w("type")) == "paragraph":
                self.default_paragraph = style
        self._answers: dict[tuple[str, str], object] = {}

    def paragraph_style(self, p_pr) -> str:
        style_id = _prop(p_pr, "pStyle")
        if style_id in self._by_id:
            return style_id
        default = self.default_paragraph
        return default.get(_w("styleId"), "") if default is not None else ""

    def name(self, style_id: str) -> str:
        return self._memo("name", style_id, lambda sid: _style_name(self._by_id[sid]) if sid in self._by_id else "")

    def chain(self, style_id: str):
        seen = set()
        while style_id in self._by_id and style_id not in seen and len(seen) < 20:
            seen.add(style_id)
            style = self._by_id[style_id]
            yield style_id, style
            style_id = _prop(style, "basedOn")

    def heading_level(self, style_id: str) -> int | None:
        return self._memo("heading", style_id, self._heading_level)

    def numbering(self, style_id: str) -> tuple[str | None, int | None]:
        return self._memo("numbering", style_id, self._numbering)

    def bold(self, style_id: str) -> bool:
        return self._memo("bold", style_id, self._bold)

    def _memo(self, kind: str, style_id: str, compute):
        # Most paragraphs share a few styles, and a style's answers never change.
        key = (kind, style_id)
        if key not in self._answers:
            self._answers[key] = compute(style_id)
        return self._answers[key]

    def _heading_level(self, style_id: str) -> int | None:
        for sid, style in self.chain(style_id):
            outline = _outline_level(style.find(_w("pPr")))
            if outline is not None:
                return outline or None
            name = self.name(sid)
            match = _HEADING_NAME.match(name)
            if match:
                return int(match.group(1))
            if name.lower() == "title":
                return 1
        return None

    def _numbering(self, style_id: str) -> tuple[str | None, int | None]:
        for _sid, style in self.chain(style_id):
            num_pr = _find(style, "pPr", "numPr")
            if num_pr is not None:
                return _prop(num_pr, "numId"), _int_or_none(_prop(num_pr, "ilvl"))
        return None, None

    def _bold(self, style_id: str) -> bool:
        for _sid, style in self.chain(style_id):
            b = _find(style, "rPr", "b")
            if b is not None:
                return _on(b)
        return False


class _Numbering:
    """Whether a (numId, level) pair draws bullets or numbers."""

    def __init__(self, root) -> None:
        self._formats: dict[str, dict[int, str]] = {}
        if root is None:
            return
        abstract: dict[str, dict[int, str]] = {}
        for node in root.findall(_w("abstractNum")):
            abstract[node.get(_w("abstractNumId"), "")] = _level_formats(node)
        for num in root.findall(_w("num")):
            formats = dict(abstract.get(_prop(num, "abstractNumId") or "", {}))
            for override in num.findall(_w("lvlOverride")):
                lvl = override.find(_w("lvl"))
                if lvl is not None:
                    formats.update(_level_formats(override))
            self._formats[num.get(_w("numId"), "")] = formats

    def format(self, num_id: str | None, level: int) -> str | None:
        return self._formats.get(num_id or "", {}).get(level)


def _level_formats(node) -> dict[int, str]:
    formats = {}
    for lvl in node.findall(_w("lvl")):
        fmt = _prop(lvl, "numFmt")
        if fmt is not None:
            formats[_int(lvl.get(_w("ilvl")))] = fmt
    return formats


class _Reader:
    def __init__(self, styles: _Styles, numbering: _Numbering) -> None:
        self.styles = styles
        self.numbering = numbering
        self.paragraphs = 0
        self.tables = 0
        self.rows = 0  # of all tables so far: limits.MAX_TABLE_ROWS stops the walk early

    def sources(self, container) -> Iterator[Source]:
        """Body blocks in reading order (content controls are transparent)."""
        for child in container:
            if child.tag == P:
                self.paragraphs += 1
                block = self.paragraph(child)
                if block is not None:
                    yield Source(block, {block.location: (child,)})
            elif child.tag == TBL:
                yield from self.table(child)
            elif child.tag in (SDT, CUSTOM_XML) and not _is_contents(child):
                yield from self.sources(_content(child))

    def paragraph(self, p) -> Block | None:
        pieces = _pieces(p)
        text = _clean("".join(piece for piece, _run in pieces))
        if not text:
            return None
        p_pr = p.find(_w("pPr"))
        style_id = self.styles.paragraph_style(p_pr)
        style_name = self.styles.name(style_id)
        if _TOC_STYLE.match(style_name):
            return None  # a contents entry repeats a heading found later
        location = Location(paragraph=self.paragraphs)
        block = Block(kind="paragraph", text=text, location=location, style=style_name)

        outline = _outline_level(p_pr)
        level = outline if outline is not None else self.styles.heading_level(style_id)
        if level:
            block.kind, block.level = "heading", level
            return block
        if self._list_item(block, p_pr, style_id):
            return block
        if typed := _TYPED_ITEM.match(text):
            # "☐  Placement – Maya will ...", "• Nan to ...": a checklist or list typed without Word's numbering
            block.kind, block.level, block.text = "list_item", 0, text[typed.end():]
            return block
        if self._looks_like_bold_heading(text, pieces, style_id):
            block.kind, block.level = "heading", _BOLD_HEADING_LEVEL
        return block

    def _list_item(self, block: Block, p_pr, style_id: str) -> bool:
        num_pr = p_pr.find(_w("numPr")) if p_pr is not None else None
        num_id = _prop(num_pr, "numId")
        level = _int_or_none(_prop(num_pr, "ilvl"))
        style_num_id, style_level = self.styles.numbering(style_id)
        num_id = num_id or style_num_id
        name_match = _LIST_STYLE.match(block.style)
        if num_id in (None, "0") and not name_match:
            return False  # numId 0 is Word's "numbering removed"
        if level is None:
            level = style_level
        if level is None:
            level = _int(name_match.group(2), 1) - 1 if name_match else 0
        fmt = self.numbering.format(num_id, level)
        if fmt is None:
            numbered = "number" in block.style.lower()
        else:
            numbered = fmt not in ("bullet", "none")
        block.kind, block.level, block.numbered = "list_item", level, numbered
        return True

    def _looks_like_bold_heading(self, text, pieces, style_id) -> bool:
        if len(text.split()) > HEADING_MAX_WORDS or text.endswith(".") or LEAD_IN.match(text):
            return False  # "Mum will:" in bold introduces the bullets below it
        style_bold = self.styles.bold(style_id)
        runs = [run for piece, run in pieces if piece.strip()]
        return bool(runs) and all(self._run_bold(run, style_bold) for run in runs)

    def _run_bold(self, run, style_bold: bool) -> bool:
        if run is None:
            return False
        b = _find(run, "rPr", "b")
        if b is not None:
            return _on(b)
        char_style = _prop(run.find(_w("rPr")), "rStyle")
        if char_style:
            for _sid, style in self.styles.chain(char_style):
                b = _find(style, "rPr", "b")
                if b is not None:
                    return _on(b)
        return style_bold

    def table(self, tbl) -> list[Source]:
        """The table's block followed by blocks for tables nested in its cells."""
        self.tables += 1
        index = self.tables
        nested: list[Source] = []
        rows: list[list[str]] = []
        locations: list[Location] = []
        paragraphs: dict[Location, tuple] = {}
        above: dict[int, str] = {}  # grid column -> text of the cell covering it
        for row_number, tr in enumerate(_rows(tbl), start=1):
            self.rows += 1
            limits.check_table_rows(self.rows)
            paragraphs[Location(table=index, row=row_number)] = tuple(
                p for tc in _cells(tr) for p in _cell_paragraphs(tc)
            )
            column = _int(_prop(tr.find(_w("trPr")), "gridBefore"))
            here: dict[int, str] = {}
            cells: list[str] = []
            for tc in _cells(tr):
                tc_pr = tc.find(_w("tcPr"))
                span = max(_int(_prop(tc_pr, "gridSpan"), 1), 1)
                v_merge = _find(tc_pr, "vMerge")
                h_merge = _find(tc_pr, "hMerge")
                if h_merge is not None and h_merge.get(VAL) != "restart" and cells:
                    text = cells[-1]  # legacy horizontal merge: same cell again
                else:
                    if v_merge is not None and v_merge.get(VAL) != "restart":
                        text = above.get(column, "")
                    else:
                        text = self.cell_text(tc, nested)
                    cells.append(text)
                for c in range(column, column + span):
                    here[c] = text
                column += span
            above = here
            if any(cells):
                rows.append(cells)
                locations.append(Location(table=index, row=row_number))
        if not rows:
            return nested
        block = Block(
            kind="table",
            text=table_text(rows),
            location=Location(table=index),
            table=Table(rows=rows, row_locations=locations),
        )
        return [Source(block, paragraphs), *nested]

    def cell_text(self, container, nested: list[Source]) -> str:
        lines = []
        for child in container:
            if child.tag == P:
                line = paragraph_text(child)
                if line:
                    lines.append(line)
            elif child.tag == TBL:
                nested.extend(self.table(child))
            elif child.tag in (SDT, CUSTOM_XML):
                inner = self.cell_text(_content(child), nested)
                if inner:
                    lines.append(inner)
        return "\n".join(lines)


def _pieces(element, run=None, out=None, tab=" ") -> list[tuple[str, object]]:
    """Visible text of a paragraph as (text, w:r element) pieces; a tab as `tab`."""
    if out is None:
        out = []
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag == T:
            out.append((child.text or "", run))
        elif tag in _SPACE:
            out.append((tab, run))
        elif tag in _BREAK:
            out.append(("\n", run))
        elif tag == _w("noBreakHyphen"):
            out.append(("-", run))
        elif tag == SDT and _showing_placeholder(child):
            continue
        else:
            _pieces(child, child if tag == R else run, out, tab)
    return out


def _showing_placeholder(sdt) -> bool:
    """A content control still showing its prompt ("Click or tap here...") is empty."""
    return _on(_find(sdt, "sdtPr", "showingPlcHdr"))


def _is_contents(sdt) -> bool:
    gallery = _find(sdt, "sdtPr", "docPartObj", "docPartGallery")
    return gallery is not None and gallery.get(VAL) == "Table of Contents"


def _content(sdt_or_custom):
    if sdt_or_custom.tag == SDT:
        if _showing_placeholder(sdt_or_custom):
            return []
        content = sdt_or_custom.find(SDT_CONTENT)
        return content if content is not None else []
    return sdt_or_custom


def _children(container, tag):
    """Children with this tag, looking inside content controls and custom XML."""
    for child in container:
        if child.tag == tag:
            yield child
        elif child.tag in (SDT, CUSTOM_XML):
            yield from _children(_content(child), tag)


def _rows(tbl):
    return (tr for tr in _children(tbl, TR) if _find(tr, "trPr", "del") is None)  # not a tracked deletion


def _cells(tr):
    return _children(tr, TC)


def _cell_paragraphs(container):
    return _children(container, P)


def _clean(text: str) -> str:
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _find(element, *path: str):
    for tag in path:
        if element is None:
            return None
        element = element.find(_w(tag))
    return element


def _prop(element, tag: str) -> str | None:
    """The w:val of child `tag`, e.g. _prop(pPr, "pStyle") -> "Heading1"."""
    child = _find(element, tag)
    return child.get(VAL) if child is not None else None


def _int_or_none(value: str | None) -> int | None:
    return _int(value) if value is not None else None


def _outline_level(p_pr) -> int | None:
    """Heading level from w:outlineLvl (0 = level 1); 0 means 'body text'."""
    value = _prop(p_pr, "outlineLvl")
    if value is None:
        return None
    level = _int(value, 9)
    return level + 1 if 0 <= level < 9 else 0


def _style_name(style) -> str:
    name = _prop(style, "name") or ""
    return _UI_NAMES.get(name, name)
