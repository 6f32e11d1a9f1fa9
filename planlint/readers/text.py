"""Markdown and plain-text reader.

Plain-text plans are usually exports from case-management systems: headings
in capitals or underlined, and each action written as a block of
"Label: value" lines. Such blocks are turned into one table (labels as the
header row) so later layers treat them like a Word action table.

Reading happens in two passes: each line is classified on its own, then
neighbouring lines are assembled into blocks.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass

from .. import loader
from ..errors import CorruptDocument, EmptyDocument
from ..model import Block, Document, Location, Table, table_text
from ..textutil import LEAD_IN
from . import ARROWS, FORM_ROLES, HEADING_MAX_WORDS, MARKDOWN_BULLET_GLYPHS, field_role, label_roles, limits
from .. import lazy_re

_ATX = lazy_re.compile(r"^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_UNDERLINE = lazy_re.compile(r"^(={3,}|-{3,}|~{3,})$")  # ("~~~~" under a heading, as plain-text writers set it too)
_RULE = lazy_re.compile(r"^([-*_=~])(?:\s*\1){2,}$")
# (a long run of tildes alone rules a plain-text page, or underlines a heading: no code fence)
_FENCE = lazy_re.compile(r"^(```|~~~(?!~{7,}\s*$))")
_DASH_GROUPS = lazy_re.compile(r"^\s*-{2,}(?:\s+-{2,})+\s*$")
_GAP = lazy_re.compile(r"\S+(?: \S+)*")  # text between runs of two or more spaces
# ("-----+------+---" under a case system's "REF | ACTION | ..." marks its column joints with "+")
_PIPE_SEPARATOR = lazy_re.compile(r"^[|+]?\s*:?-{3,}:?\s*(?:[|+]\s*:?-{3,}:?\s*)*[|+]?$")
_WRAPPED_LINE_WORDS = 8
_BULLET = lazy_re.compile(
    rf"^(?:(?P<glyph>[{re.escape(MARKDOWN_BULLET_GLYPHS)}])|(?P<number>\d{{1,3}}[.)]|[a-z][.)]|\([a-z0-9]{{1,3}}\)|\[\d{{1,3}}\](?=\s+[A-Z])"
    # "1.1", "2.3.1": outline numbering (not a date such as 12.03.2025: the text must open with a letter)
    r"|[1-9]\d?(?:\.\d{1,2}){1,2}\.?(?=\s+[^\W\d_])"  # (not "0.0 on the case file", a reading wrapped)
    # "1a  See Leah on her own", "2c Young carers assessment": a step numbered within its goal
    r"|\d{1,2}[a-z](?=\s{2,}\S|\s+[A-Z])"
    # " 1  LW  Visit Mia and Jack ...": a minute's bare number, spaced from the item's first word
    # (not "3    THERE IS ALWAYS A WELL ADULT ...": a numbered title in capitals)
    r"|\d{1,2}(?=\s{2,}[A-Z].*[a-z])))"
    r"\s+(?P<text>\S.*)$"
)
# "Action 1.2:" and "Task 2.3:" number their labels with a dot between digits.
_LABEL = lazy_re.compile(
    # (a run of spaces ends a label: "Skye Whitlock     13   Year 9" is a name and an age)
    # ("WHERE ARE WE NOW? ..... 13 visits": a field named by its question)
    r"^(?P<label>[^\W\d_](?:[\w'’/&()-]| (?! )|\.(?=\d)|\?(?=\s*[.:…])){0,40}?)"
    # "Responsible ....... SW Aisha Moran": a case-system print's dot leaders stand for the colon
    # (or lead up to it: "Owner .........: DW", "Allocated to ..: SW Leanne Booth"),
    # and so do the spaces after a numbered label ("Objective 1   Jordan is looked after ...").
    # (a number, not a date: "Harvey GRANT   DOB 19/03/2020   (5 years)" is no label)
    r"(?:\s*:|\s*\.{3,}\s*:?|\s*\.{1,2}\s*:|\s*…+\s*:?|(?<=\d)(?<![/-]\d)(?<![/-]\d\d)(?<![/-]\d{3})(?<![/-]\d{4})(?=\s{2,}\S))(?:\s+(?P<value>\S.*))?$")
# ("7.2*": a star marks a step new or changed since the last plan)
_NUMBER_PREFIX = lazy_re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*[.)]?\*?|\[\d{1,3}(?:\.\d{1,3})*\])(?:\s+|$)")
# "**Actions** (who / when / how we'll know on the lines under each one)": a gloss may follow
_SAID_ASIDE_WORDS = 4
_BOLD_LINE = lazy_re.compile(r"^(\*\*|__)(?P<text>[^*_].*?)\1:?(?:\s*\([^()]*\))?$")
_LINK = lazy_re.compile(r"\[([^\]]*)\]\([^)]*\)")
_INLINE_MARKS = lazy_re.compile(r"\*\*|__|`")

_LABEL_MAX_WORDS = 8
# "a) Who:", "(b) How we will know:": a lettered label is a field's short name.
_ITEM_LABEL_WORDS = 4
_ANOTHER_LABEL = lazy_re.compile(r"\s[A-Z][A-Z /]{1,30}:(?:\s|$)")
_FORM_TITLE_MAX_WORDS = 3  # "Task 01", "Action 3": a line that names the form below it
_COLON_HEADING_MAX_WORDS = 8
_ALIGNED = lazy_re.compile(r"(?<=\S) {3,}(?=\S)")
_GRID_BORDER = lazy_re.compile(r"^\+[-=+:]+\+$")
# A comma, then a word in lower case: a sentence's clause, which a title seldom has.
_CLAUSE_BREAK = lazy_re.compile(r",\s+[a-z]")
_LEAD_IN_CLAUSE_WORDS = 6
_SHARED_LABELS = 2  # labels two blocks must share to count as one repeated form


def read(data: bytes, path: str) -> Document:
    return read_text(_decode(data), path)


def read_text(text: str, name: str = "-") -> Document:
    limits.check_characters(len(text))  # before the line-by-line work it would slow
    lines, numbers = _drop_page_headers(_unbox([_unframe(line) for line in
                                                _untree([_tidy(line) for line in re.split(r"\r\n|\r|\n", text)])]))
    lines, numbers = _join_quoted_cells(lines, numbers)
    blocks = _Assembler(list(_classify(lines, numbers))).blocks()
    if not blocks:
        raise EmptyDocument("empty document: no text found")
    return Document(path=name, format=_format(text, name), blocks=blocks)


def _join_quoted_cells(lines: list[str], numbers: list[int]) -> tuple[list[str], list[int]]:
    """A spreadsheet pasted as tab-separated text quotes a cell that holds a line break
    ("S1<tab>...<tab>"Home visits ...", then "(at least one in three unannounced)"<tab>Kirsty
    Lamb"): the row runs on to the line that closes the quote, and the cell is its words."""
    if '\t"' not in "\n".join(lines) and not any(line.startswith('"') for line in lines):
        return lines, numbers
    out, kept, i = [], [], 0
    while i < len(lines):
        line, j = lines[i], i
        if "\t" in line and _OPEN_QUOTE.search(line) and line.count('"') % 2:
            k = i + 1
            while k < len(lines) and k - i <= _QUOTED_LINES and lines[k].count('"') % 2 == 0:
                k += 1
            if k < len(lines) and k - i <= _QUOTED_LINES:
                line, j = " ".join([line, *lines[i + 1:k + 1]]), k
                line = "\t".join(_unquote(c) for c in line.split("\t"))
        out.append(line)
        kept.append(numbers[i])
        i = j + 1
    return out, kept


# (a cell of a tab-separated row that opens on a quote)
_OPEN_QUOTE = lazy_re.compile(r'(?:^|\t)"')
_QUOTED_LINES = 8  # the most lines one pasted cell runs on over


def _unquote(cell: str) -> str:
    text = cell.strip()
    if len(text) >= 2 and text.startswith('"') and text.endswith('"'):
        return text[1:-1].replace('""', '"')
    return cell


def _untree(lines: list[str]) -> list[str]:
    """A tree printed by a case system ("NEED A", "  +-- A.1  Visit ...", "  |   Due : ...",
    or with "├──" and "│"): its branch marks and rails are drawing, not text. Each is
    blanked where it stands, so an item's wrapped lines and fields keep their indent under
    it, and a rail alone is the break between items. Lines whose text holds a rail or pipe
    of its own (a table's row) are left as they are, and so is every line of a document
    without branches."""
    if sum(bool(_TREE_BRANCH.match(line)) for line in lines) < _TREE_BRANCHES:
        return lines
    out = []
    for line in lines:
        m = _TREE_PREFIX.match(line)
        rest = line[m.end():]
        if m.group(0).strip() and not any(c in rest for c in _TREE_RAILS):
            line = _TREE_MARK.sub(" ", m.group(0)) + rest
        out.append(line.rstrip())
    return out


_TREE_RAILS = "|│┃"
# A branch mark, "+--", "`--", "\--", "├──" or "└──", before the branch's words.
_BRANCH_MARK = r"[+`\\├└┣┗][-─━]{1,3} ?(?=[\w(\"'“‘])"
# A branch: rails, then its mark; a line's drawing: rails, then a mark if it has one.
_TREE_BRANCH = lazy_re.compile(rf"^\s*(?:[{_TREE_RAILS}]\s+)*{_BRANCH_MARK}")
_TREE_PREFIX = lazy_re.compile(rf"^\s*(?:[{_TREE_RAILS}](?:\s+|$))*(?:{_BRANCH_MARK})?")
_TREE_MARK = lazy_re.compile(r"[^\s]")
_TREE_BRANCHES = 2


# Box-drawing characters: a typed form's frames ("┌──┐", "│ Who: Kate │", "└──┘").
_FRAME_CHARS = "─━│┃┌┐└┘├┤┬┴┼╭╮╯╰═║╔╗╚╝╠╣╦╩╬╒╓╕╖╘╙╛╜╞╟╡╢╤╥╧╨╪╫"
_RULE_LINE = lazy_re.compile(rf"^[\s{_FRAME_CHARS}]+$")
_SIDE = "│┃║"
_CROSSINGS = "┼╋╬╪╫"


def _unframe(line: str) -> str:
    """A line drawn as a box's rule is a break between blocks; the box's sides
    around a line of text are not part of it. Inside a box drawn as a grid, the
    column lines divide cells, as a pipe table's do."""
    if not line or line.lstrip()[:1] not in _SIDE + _FRAME_CHARS:
        return line
    if _RULE_LINE.match(line):
        # a grid's rule under its header row crosses the column lines: a pipe table's separator
        crossings = sum(line.count(c) for c in _CROSSINGS)
        return "|" + "---|" * (crossings + 1) if crossings else ""
    body = line.strip()
    inner = body[1:-1] if body[-1:] in _SIDE else body[1:]
    if any(c in inner for c in _SIDE):
        return "| " + " | ".join(p.strip() for p in re.split(f"[{_SIDE}]", inner)) + " |"
    return inner.rstrip()


def _unbox(lines: list[str]) -> list[str]:
    """A box typed with ASCII ("+-- ACTION 01 ------ [NEW] --+", "| Who : Jo", "+-----+"):
    its top rule's words title it, its rules break blocks, and its side is not part of the
    text. (A grid table's rows hold more than one side: those are cells, read as a table.)"""
    out = list(lines)
    i = 0
    while i < len(lines):
        top = _BOX_RULE.match(lines[i])
        if not top:
            i += 1
            continue
        end = next((k for k in range(i + 1, len(lines)) if not _BOX_SIDE.match(lines[k])), len(lines))
        if end == i + 1 or end == len(lines) or not _BOX_RULE.match(lines[end]) or \
                any(lines[k].strip().count("|") > 2 for k in range(i + 1, end)):
            i += 1
            continue
        out[i] = " ".join(_BOX_DASHES.split(lines[i].strip()[1:-1])).strip()
        for k in range(i + 1, end):
            out[k] = _BOX_SIDE.match(lines[k]).group("text").rstrip()
        out[end] = ""
        i = end + 1
    return out


_BOX_RULE = lazy_re.compile(r"^\s*\+[-=]{2,}(?:[^+|]*[-=]{2,})?\+\s*$")
_BOX_SIDE = lazy_re.compile(r"^\s*\|[ ]?(?P<text>[^|]*?)(?:\s\|)?\s*$")
_BOX_DASHES = lazy_re.compile(r"\s*[-=]{2,}\s*")


_ITEM_START = lazy_re.compile(r"^[A-Z][\w'’()., ]{0,60}?(?:\s[-–]|:)\s+\S")
_PAGE_NUMBER = lazy_re.compile(r"\bpage\s+\d+", re.I)


def _drop_page_headers(lines: list[str]) -> tuple[list[str], list[int]]:
    """A printed export repeats its page header ("... Page 2 of 3") and footer on
    every page. The first one can carry the plan's title; the repeats are not content.
    They go, with the rules framing them, so a value or a paragraph cut by a page
    break runs on; the lines left keep their own numbers."""
    def key(line: str) -> str:
        return re.sub(r"\d+", "#", " ".join(line.split()))

    where: dict[str, list[int]] = {}
    for n, line in enumerate(lines):
        where.setdefault(key(line), []).append(n)

    def paged(k: str) -> bool:
        """Printed three times or more, a page apart: a running header or footer, not
        a line that simply recurs ("Target date ... By 13/06", a list of similar lines)."""
        at = where[k]
        return (len(at) >= _RUNNING_REPEATS and len(k.split()) >= _RUNNING_WORDS and k[:1].isalnum()
                and not _LABEL.match(k) and not _BULLET.match(k)
                # ("ASSIGNED TO . JW (SW)" in three forms: a field, its leader cut short by a long name)
                and not ((dots := _SHORT_LEADER.match(k)) and _field_name(dots.group("label")))
                and min(b - a for a, b in zip(at, at[1:])) >= _PAGE_LINES)

    seen: set[str] = set()
    dropped: set[int] = set()
    for n, line in enumerate(lines):
        k = key(line)
        running = _PAGE_NUMBER.search(line) or paged(k)
        # (a footer first printed at the foot of page one carries no title)
        if running and (k in seen or n >= _TOP_LINES and len(where[k]) > 1):
            dropped.add(n)
        seen.add(k)
    for n in sorted(dropped):
        # its other lines, as first printed at the top
        for step in (-1, 1):
            k = n + step
            while 0 <= k < len(lines) and k not in dropped and lines[k].strip() and not _RULE.match(lines[k].strip()) \
                    and (at := where[key(lines[k])])[0] < _TOP_LINES and at[0] != k:
                dropped.add(k)
                k += step
    removed: set[int] = set()
    for n in sorted(dropped):
        # Where the page broke a value whose indented lines run on below, the header and the rules
        # framing it go, so the value runs on; elsewhere it leaves a blank, which parts what it parted.
        # Blank lines around the header are the page's margins, not a paragraph break, when
        # the line after it is indented as deep as the last before it: the same field runs on.
        after = next((k for k in range(n + 1, len(lines))
                      if k not in dropped and not _RULE.match(lines[k].strip()) and lines[k].strip()), None)
        before = next((k for k in range(n - 1, -1, -1)
                       if k not in dropped and not _RULE.match(lines[k].strip()) and lines[k].strip()), None)
        margins = after is not None and any(not lines[k].strip() and k not in dropped for k in range(n + 1, after))
        if after is not None and lines[after][:1].isspace() and (
                not margins or before is not None and _indent(lines[after]) >= _indent(lines[before]) > 0):
            for step in (-1, 1):
                k = n
                # (and the page's foot margin above a footer: "RESPONSIBLE ..." then a blank, the footer,
                # the next page's header, then "DUE / FREQ ..." of the same form)
                while 0 <= k < len(lines) and (k in dropped or _RULE.match(lines[k].strip())
                                               or (margins and k < after or step < 0) and not lines[k].strip()):
                    removed.add(k)
                    k += step
    for n, line in enumerate(lines):
        # "TASK 12 of 14 (continued)" after the page's furniture: the form the break cut goes on, as
        # the earlier "TASK 12 of 14   Status: OPEN" began it (with the page's foot margin above it)
        if (cont := _CONTINUED_TITLE.match(line.strip())) and n + 1 < len(lines) and lines[n + 1][:1].isspace() and \
                lines[n + 1].strip() and any(lines[k].strip().startswith(cont.group(1)) for k in range(n)):
            k = n
            while k >= 0 and (k == n or k in dropped or not lines[k].strip() or _RULE.match(lines[k].strip())):
                removed.add(k)
                k -= 1
    kept = [n for n in range(len(lines)) if n not in removed]
    return ["" if n in dropped else lines[n] for n in kept], [n + 1 for n in kept]


_CONT = r"cont(?:inued|'d|’d)?\.?"  # "continued", "cont.", "cont'd"
_CONTINUED = lazy_re.compile(rf"\(?{_CONT}\)?", re.I)  # a cell that only says so
_CONTINUED_TITLE = lazy_re.compile(rf"^(\S.{{2,60}}?)\s*\({_CONT}\)\W*$", re.I)  # a title that ends so


# A line of four words or more printed three times, each a page apart, is a running header or footer.
_RUNNING_REPEATS, _RUNNING_WORDS, _PAGE_LINES = 3, 4, 15
# The lines at the top of a document, where a running header's first printing names it.
_TOP_LINES = 5


def _decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Notepad's "Unicode"
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise CorruptDocument("binary file, not text") from None
    if b"\x00" in data:
        raise CorruptDocument("binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # older Windows exports


def _format(text: str, name: str) -> str:
    extension = os.path.splitext(os.path.basename(name))[1].lower()
    if extension in (".md", ".markdown"):
        return "md"
    if extension in (".txt", ".text"):
        return "txt"
    markdown = re.search(r"^#{1,6}\s", text, re.MULTILINE) or any(
        _is_pipe_separator(line) for line in text.splitlines()
    )
    return "md" if markdown else "txt"


def _is_pipe_separator(line: str) -> bool:
    # (an ASCII grid's "+------+------+" rules are read as a grid, not as a pipe table's separator)
    return ("|" in line or "-+-" in line and not line.strip().startswith("+")) and bool(_PIPE_SEPARATOR.match(line.strip()))


def _tidy(line: str) -> str:
    line = line.replace("\ufeff", "").replace("\f", "").rstrip(" \r\n")  # trailing tabs are empty cells
    body = line.lstrip(" \t")
    # Leading tabs are indentation; tabs inside a line separate table cells.
    return line[: len(line) - len(body)].expandtabs(4) + body


def _inline(text: str) -> str:
    """Drop Markdown emphasis, code marks and link targets."""
    text = _INLINE_MARKS.sub("", _LINK.sub(r"\1", text))
    if "*" in text or "_" in text:
        text = _EMPHASIS.sub(r"\1", text)  # "*Lead:* Dan Oyelaran": italics, as bold, are marks only
    return " ".join(text.split())


_EMPHASIS = lazy_re.compile(r"(?<![\w*])[*_](?=[^\s*_])([^*_\n]{1,60}?)(?<=[^\s*_])[*_](?![\w*])")


@dataclass
class _Item:
    kind: str  # heading, text, bullet, label, block_start, table, blank
    line: int
    text: str = ""
    level: int = 0
    indent: int = 0
    numbered: bool = False
    label: str = ""
    rows: list | None = None  # table: [(line, cells)]
    hint: str = ""  # "letter" for an "a)" bullet, "pseudo" for a heading without markup
    code: str = ""  # the form's code before its first field ("T01  WHO  Jade ...")
    label_number: str = ""  # the number its label gave it ("4" of "Action 4: ...")
    outline: str = ""  # a bullet's outline number ("1.1", "2c")


def _classify(lines: list[str], numbers: list[int] | None = None):
    """Yield one _Item per meaningful line (a pipe table is one item); numbers are the
    lines' own numbers in the file."""
    i, in_fence = 0, False
    previous: _Item | None = None

    def line_no(k: int) -> int:
        return numbers[k] if numbers else k + 1

    while i < len(lines):
        raw = lines[i]
        s = raw.strip()
        number = line_no(i)
        indent = len(raw) - len(raw.lstrip())
        i += 1
        if s.startswith(">"):
            s = s.lstrip("> ").strip()
        chat = _CHAT_MESSAGE.match(s)
        # ("[23/01/2026, 16:24] Faye SW: TO DO (who - what - ...)" over a list titles it, below)
        titles = bool(chat) and len(chat.group("rest").split()) <= _CHAT_TITLE_WORDS and \
            (following := _next_filled(lines, i)) is not None and bool(_BULLET.match(lines[following].strip()))
        if chat and not titles:
            # ("[09/01/2026, 16:30] Lucy Kerr (HV): Will do": the message, from whom, without its stamp)
            s = s[chat.start("sender"):]
        if _FENCE.match(s):
            in_fence = not in_fence
            continue
        if not s:
            item = _Item("blank", number)
        elif in_fence:
            item = _Item("text", number, s, indent=indent)
        elif match := _ATX.match(s):
            item = _Item("heading", number, match.group(2), level=len(match.group(1)))
        elif titles:
            # "[23/01/2026, 16:24] Faye SW: TO DO (who - what - when - how we'll know)" over its items: a
            # chat's message, typed into the file, that titles the list under it
            item = _Item("heading", number, chat.group("rest").strip(), level=2)
        elif "\t" in s and i < len(lines) and _tab_cells(lines[i]) and len(_tab_cells(lines[i])) == len(_tab_cells(raw)):
            # Tab-separated rows, as pasted from a spreadsheet or a Word table.
            width = len(_tab_cells(raw))
            rows = [(number, _tab_cells(raw))]
            while i < len(lines) and 2 <= len(_tab_cells(lines[i])) <= width:
                cells = _tab_cells(lines[i])
                rows.append((line_no(i), cells + [""] * (width - len(cells))))
                i += 1
            item = _Item("table", number, rows=rows)
        elif (key := _dash_key(s)) and (first := _next_filled(lines, i)) is not None and \
                len(_dash_cells(lines[first])) == len(key):
            # "(number - action - lead - timescale - evidence)" over "1 - Visit Jayden ... - Ben
            # Forsyth, SW - every 10 working days - visit records ...": an export that parts a
            # row's cells with spaced dashes, its key naming the columns.
            rows, i = [(number, key)], first
            while i < len(lines) and len(cells := _dash_cells(lines[i])) == len(key):
                rows.append((line_no(i), cells))
                i += 1
            item = _Item("table", number, rows=rows)
        elif (dashes := _dash_line_after(lines, i)) is not None:
            # A fixed-width table printed by a case system: header, then "----  ----"
            # (sometimes with a blank line between), rows maybe set apart by blank lines.
            starts = [m.start() for m in re.finditer(r"-+", lines[dashes])]
            rows = [(number, _fixed_cells(raw, starts))]
            i, after_blank = dashes + 1, False
            while i < len(lines):
                line = lines[i]
                if not line.strip():
                    if after_blank:
                        break  # two blank lines end the table
                    after_blank, i = True, i + 1
                    continue
                if _RULE.match(line.strip()):
                    break
                cells = _fixed_cells(line, starts)
                if after_blank and (sum(1 for c in cells if c) < 2 or cells[0].endswith(":")):
                    break  # prose after the table, or "NEXT CORE GROUP:   TBC", not another row
                if (not cells[0] or _wrapped_in_first(line, cells, starts)) and len(rows) > 1 and not after_blank:
                    rows[-1] = _carried_on(rows[-1], cells)
                else:
                    rows.append((line_no(i), cells))
                after_blank, i = False, i + 1
            if after_blank:
                i -= 1  # leave the blank line that ended the table to separate what follows
            item = _Item("table", number, rows=rows)
        elif (starts := _ruled_header(raw, lines, i)) is not None:
            # "NO  ACTION  WHO  WHEN  HOW MEASURED" over one unbroken rule, each row's lines closed
            # by a rule of their own (a case system's print): each ruled band is one row.
            rows, band, band_line = [(number, _fixed_cells(raw, starts))], [], number
            i += 1
            while i < len(lines):
                line = lines[i]
                if not line.strip():
                    # ("1    Give Maisie her medicine ..." wrapped over lines, a blank line, then "2    ...":
                    # rows parted by blank lines under the one rule, not by rules of their own)
                    after = lines[i + 1] if i + 1 < len(lines) else ""
                    cells = _fixed_cells(after, starts)
                    if not band or not cells[0] or sum(1 for c in cells if c) < 2 or _RULE.match(after.strip()):
                        break
                    rows.append((band_line, _band_cells(band)))
                    band, i = [], i + 1
                    continue
                if _RULE.match(line.strip()):
                    if band:
                        rows.append((band_line, _band_cells(band)))
                    band, i = [], i + 1
                    continue
                cells = _fixed_cells(line, starts)
                if not band and sum(1 for c in cells if c) < 2:
                    break  # a heading between rules after the table, not another row
                if not band:
                    band_line = line_no(i)
                band.append(cells)
                i += 1
            if band:
                rows.append((band_line, _band_cells(band)))
            item = _Item("table", number, rows=rows)
        elif _GRID_BORDER.match(s) and i < len(lines) and lines[i].strip().startswith("|"):
            # A grid table ("+-----+-----+" borders, cells wrapped over several "| ... |" lines),
            # as pandoc, org-mode and database tools print them: each bordered band is one row.
            rows, band, band_line = [], [], line_no(i)
            while i < len(lines) and (lines[i].strip().startswith("|") or _GRID_BORDER.match(lines[i].strip())):
                line = lines[i].strip()
                if _GRID_BORDER.match(line):
                    if band:
                        rows.append((band_line, _band_cells(band)))
                    band, band_line = [], line_no(i + 1) if i + 1 < len(lines) else line_no(i) + 1
                else:
                    cells = _pipe_cells(line)
                    if band and len(cells) != len(band[0]):
                        break
                    band.append(cells)
                i += 1
            if band:
                rows.append((band_line, _band_cells(band)))
            item = _Item("table", number, rows=rows)
        elif "|" in s and i < len(lines) and _is_pipe_separator(lines[i]):
            rows = [(number, _pipe_cells(s))]
            i += 1
            while i < len(lines) and "|" in lines[i] and lines[i].strip():
                rows.append((line_no(i), _pipe_cells(lines[i].strip())))
                i += 1
            item = _Item("table", number, rows=rows)
        elif (end := _bare_pipe_rows(s, lines, i)) is not None:
            # "No. | Action | By when | Signed off by" over "A1 | See Ruby ... | Weekly | AN": a pipe
            # table typed or exported without the "---|---" line under its first row
            rows = [(number, _pipe_cells(s))] + [(line_no(k), _pipe_cells(lines[k].strip())) for k in range(i, end)]
            i = end
            item = _Item("table", number, rows=rows)
        elif (grid := _mark_grid(raw, lines, i)) is not None:
            # "        Wk1    Wk2    Wk3" (over "09/03  16/03  23/03") over "A1   X   .   X": each
            # code's row marked under the weeks its work happens in
            header, marked, end = grid
            rows = [(number, ["Ref", *header])]
            rows += [(line_no(k), [ref, *("" if _NO_MARK.fullmatch(m) else m for m in marks)])
                     for k, ref, marks in marked]
            i = end
            item = _Item("table", number, rows=rows)
        elif (headed := _header_over_rows(raw, lines, i)) is not None:
            # "WEEK BEGINNING   TASKS THAT WEEK   NOTES" over rows set to its columns, with no
            # dashes under it: a fixed-width table.
            starts, end = headed
            rows = [(number, _fixed_cells(raw, starts))]
            for i in range(i, end):
                if not lines[i].strip() or _RULE.match(lines[i].strip()):
                    continue  # (a blank line between rows, or the rule under the header)
                cells = _fixed_cells(lines[i], starts)
                if _indent(lines[i]) >= starts[1] - 1:
                    rows[-1] = _carried_on(rows[-1], cells)
                else:
                    rows.append((line_no(i), cells))
            i = end
            item = _Item("table", number, rows=rows)
        elif _RULE.match(s) and (frame := _framed_title(s, lines, i)) is not None:
            # "=====" over "PART ONE: OUR FAMILY PLAN" over "Written by the family ..." under "=====":
            # a banner whose first line names the part and whose second says more of it (the second
            # line over the closing rule is no heading underlined)
            title, i = frame
            previous = _Item("heading", line_no(title), lines[title].strip(), level=1)
            yield previous
            item = _Item("text", line_no(title + 1), lines[title + 1].strip())
        elif _underlined(s, lines, i, previous, indent):
            item = _Item("heading", number, s, level=1 if lines[i].strip()[0] == "=" else 2)
            i += 1
        elif _RULE.match(s):
            item = _Item("blank", number)  # a rule separates like a blank line
        elif _numbered_heading(s, indent, lines, i):
            item = _Item("heading", number, _BULLET.match(s).group("text"), level=2)
        elif (numbered := _NUMBERED_CARD.match(s)) and _form_field(numbered.group("label")):
            # "TASK 00                        STATUS  CLOSED 14/10/2025": a card's number, kept as its
            # reference, and a field of it on the same line
            previous = _Item("label", number, numbered.group("ref"), label="Ref", indent=indent)
            yield previous
            item = _Item("label", number, numbered.group("value"), label=numbered.group("label"), indent=indent)
        elif _COUNTER.match(s) and i < len(lines) and _indent(lines[i]) > indent and _label(lines[i].strip(), None):
            # "Task 1 of 20" left of "  Task ........ Home visits ...": the form's number among the forms,
            # kept as its reference (a heading would part each form from the line that owns it)
            item = _Item("label", number, s, label="Ref", indent=indent)
        elif (pair := _paired_stack(raw, lines, i)) is not None:
            # "Lead                Supported by" over "Ruth Abara, midwife,     Community midwife team":
            # two fields' names side by side, each over its value in the same column
            (first, first_value), (second, second_value), i = pair
            previous = _Item("label", number, first_value, label=first, indent=indent)
            yield previous
            item = _Item("label", number, second_value, label=second, indent=indent)
        elif (stacked := _stacked_label(s, lines, i, previous)) is not None:
            item = _Item("label", number, stacked[1], label=stacked[0], indent=indent)
            i += 1 if stacked[1] else 0  # (an empty field leaves the next field's name to be read)
        elif previous is not None and previous.kind in ("label", "text") and \
                (columned := _label_to_column(raw, lines, i - 1)) is not None:
            item = _Item("label", number, columned[1], label=columned[0], indent=indent)
        elif (wrapped := _wrapped_label(s, indent, lines[i] if i < len(lines) else "")) is not None:
            item = _Item("label", number, wrapped[1], label=wrapped[0], indent=indent)
            i += 1
        else:
            following = lines[i].strip() if i < len(lines) else ""
            item = _classify_line(s, number, indent, previous, following)
        previous = item
        yield item


# "Progress      Visit note on file ..." over "shown by:     visit, with ...": a
# form's label wrapped in its own column, the value beside both lines.
_LABEL_HEAD = lazy_re.compile(r"^(?P<head>[^\W\d_][\w'’ ]{0,30}?)\s{2,}(?P<value>\S.*)$")


def _label_to_column(raw: str, lines: list[str], i: int) -> tuple[str, str] | None:
    """("WHAT GOOD LOOKS LIKE", "Visit records give ...") for "  WHAT GOOD LOOKS LIKE Visit records
    give ..." under "  DESCRIPTION ........ Visit Kayla ...": a form's field name so long that it
    fills its column, no leader left after it, its value starting where the form's values start."""
    column = next((m.end() for k in range(i - 1, max(i - _LEADER_REACH, 0) - 1, -1)
                   if (m := _LEADER_START.match(lines[k].replace("\t", "    ")))), None)
    line = raw.replace("\t", "    ")
    if column is None or len(line) <= column or line[column - 1] != " " or line[column] == " ":
        return None
    name = line[:column].strip()
    if not _CAPS_WORDS.fullmatch(name) or not _form_field(name):
        return None  # (a leader of its own, "OWNER ......", is read as any label is)
    return name, line[column:].strip()


_COUNTER = lazy_re.compile(r"^\w+\s+\d{1,3}\s+of\s+\d{1,3}$", re.I)
_CAPS_WORDS = lazy_re.compile(r"[A-Z][A-Z'’/&()-]*(?: [A-Z][A-Z'’/&()-]*)+\??")  # two words or more
_LEADER_REACH = 8  # lines above where the form's last dotted leader may stand
# "  DESCRIPTION ........ " up to where its value starts
_LEADER_START = lazy_re.compile(r"^\s*[A-Z][A-Z0-9 ?/&()'’-]{1,40}?\s*\.{2,}\s*:?\s+(?=\S)")


def _side_by_side(s: str) -> str:
    """"Lead" for "Lead            Supported by": the first of two names set side by side, no colon
    after it (else ""); "LEAD:    Becky Lowe" is a field and its value."""
    runs = [m.group(0) for m in _GAP.finditer(s)]
    return runs[0] if len(runs) == 2 and not runs[0].endswith(":") and _SHORT_NAME.fullmatch(runs[1]) else ""


# A chat app's message as exported or typed into a case note: "[23/01/2026, 16:24] Faye SW: ..." or
# "23/01/2026, 16:24 - Faye SW: ...", the sender before the first colon after the stamp
_CHAT_MESSAGE = lazy_re.compile(r"^(?:\[\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}[:.]\d{2}(?:\s*[ap]m)?\]|"
                                r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}[:.]\d{2}(?:\s*[ap]m)?\s+-)\s*"
                                r"(?P<sender>[^:\n]{1,40}):\s*(?P<rest>\S.*)$", re.I)
_CHAT_TITLE_WORDS = 12

_NUMBERED_CARD = lazy_re.compile(r"^(?P<ref>[A-Z][A-Za-z]{2,12}\s+\d{1,3}(?:\s+(?i:of)\s+\d{1,3})?)\s{3,}"
                                 r"(?P<label>[A-Z][A-Z]{2,11}(?: [A-Z]{2,11})?)\s{1,}(?P<value>[^\s:].*)$")
_SHORT_NAME = lazy_re.compile(r"[A-Z][a-z'’]*(?: [a-z'’]+){0,2}:?")  # "Supported by", "Complete by"


def _paired_stack(raw: str, lines: list[str], i: int) -> tuple[tuple[str, str], tuple[str, str], int] | None:
    """(("Lead", "Ruth Abara, ..."), ("Supported by", "Community midwife team"), the index after
    their values) when raw names two fields of a form side by side and the lines under it, set in
    further, hold their values in the same two columns; else None."""
    line = raw.replace("\t", "    ")
    names = list(_GAP.finditer(line))
    if len(names) != 2 or not _form_field(names[0].group(0).rstrip(":")) or not (
            _form_field(names[1].group(0).rstrip(":")) or _SHORT_NAME.fullmatch(names[1].group(0))):
        return None  # ("Supported by", a field of its own beside "Lead" whatever columns.toml says)
    indent, column = _indent(line), names[1].start()
    values, k = [], i
    while k < len(lines) and lines[k].strip() and _indent(lines[k]) > indent:
        values.append(lines[k].replace("\t", "    "))
        k += 1
    firsts = [v[:column].strip() for v in values]
    seconds = [v[column:].strip() for v in values]
    if not firsts or not any(seconds) or any(f and len(v) > column and v[column - 1] != " " for f, v in zip(firsts, values)):
        return None  # (a value running across the second column is one value, not two)
    return ((names[0].group(0).rstrip(":"), " ".join(f for f in firsts if f)),
            (names[1].group(0).rstrip(":"), " ".join(x for x in seconds if x)), k)


def _wrapped_label(s: str, indent: int, next_line: str) -> tuple[str, str] | None:
    head = _LABEL_HEAD.match(s)
    tail = _LABEL.match(next_line.strip()) if head else None
    if not tail or not tail.group("label")[:1].islower() or len(next_line) - len(next_line.lstrip()) != indent:
        return None
    return f"{head.group('head')} {tail.group('label')}", f"{head.group('value')} {tail.group('value') or ''}".strip()


def _stacked_label(s: str, lines: list[str], i: int, previous: _Item | None) -> tuple[str, str] | None:
    """("Responsible", "Sara Khan, social worker") for a field's name alone on its line with
    its value on the next ("What will happen" / "Visit Ella ..." / "Responsible" / ...): an
    export that stacks each label over its value. Only when another field's name follows
    within a few lines, or one came just before, so "Evidence" alone over a paragraph stays a heading."""
    name = s.rstrip(":").strip()
    if not _BARE_NAME.fullmatch(name) or not _form_field(name):
        return None
    in_form = previous is not None and previous.kind == "label"
    if s.endswith(":") and in_form:
        return None  # "Evidence:" left empty inside a form ("Task 07" under it opens the next)
    following = lines[i].strip() if i < len(lines) else ""
    names_field = _form_field(following.rstrip(":"))
    labels_field = any((m := pattern.match(following)) and _form_field(m.group("label"))
                       for pattern in (_LABEL, _SHORT_LEADER, _CAPS_LABEL, _CAPS_LABEL_AFTER))
    if s.endswith(":") and (names_field or labels_field):
        return name, ""  # "LEAD PROFESSIONAL:" left empty at the top of a form, "AGENCY: ..." under it
    if in_form and (not following or names_field):
        return name, ""  # "Target date" left empty, the next field's name (or the form's end) under it
    if not following or _BULLET.match(following) or names_field or labels_field:
        return None  # (not when the next line is a labelled field of its own; "From 30/06/2025: ..." is a value)
    # (a later field's name with its value under it: "PLAN" over a blank line is the next heading)
    # (the first of two names side by side, "Lead          Supported by", counts too)
    later = (_side_by_side(lines[k].strip()) or lines[k].strip().rstrip(":").strip()
             for k in range(i + 1, min(i + 1 + _STACKED_REACH, len(lines) - 1)) if lines[k + 1].strip())
    if in_form or any(_form_field(x) for x in later if x):
        return name, following
    return None


def _form_field(name: str) -> bool:
    """"Lead", "Need", "Outcome", "Status": the name of any field a form gives an action (in
    either language of "Gwirio / Check")."""
    return any(role in FORM_ROLES for role in label_roles(name))


_STACKED_REACH = 4  # lines after a value where the next stacked label may stand
_BARE_NAME = lazy_re.compile(r"[^\W\d_](?:[^\W\d_]|[ '’/()-]){0,40}")  # (no digits: "Action 2" titles a form)


def _numbered_label(label: str) -> str:
    """"4" of "Action 4", "2.1" of "Task 2.1": the number a label gives its form, or ""."""
    m = _LABEL_NUMBER.search(label)
    return m.group(1) if m else ""


def _unnumbered(label: str) -> str:
    """"Action 1.2" and "Action 2.1" are one field of successive forms."""
    return _LABEL_NUMBER.sub("", label) or label


_LABEL_NUMBER = lazy_re.compile(r"\s+(\d+(?:\.\d+)*)$")


def _numbered_heading(s: str, indent: int, lines: list[str], i: int) -> bool:
    """"3. The plan from today" alone on its line, a blank line, then prose: a
    numbered heading. A loose list has another item after its blank line."""
    m = _BULLET.match(s)
    if m and m.group("number") and not indent and _is_upper_heading(m.group("text")):
        return True  # "4. HOUSING MOVE / TRANSFER" in capitals, its text indented under it
    if not m or not m.group("number") or indent or i >= len(lines) or lines[i].strip():
        return False
    text = m.group("text")
    if len(text.split()) > HEADING_MAX_WORDS or text.endswith((".", ";", ",", ":")) or not text[:1].isupper():
        return False
    after = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
    if after is None or _BULLET.match(lines[after].strip()) or _is_upper_heading(lines[after].strip()) or \
            lines[after].lstrip().startswith("#") or ": " in text:
        # (the last item of a list, then "IF THINGS GO WRONG" or "### 1.2 ..." over its own text;
        # "c) Evidence: visit records show ..." is a field)
        return False
    # the paragraph under it, however its lines wrap: "Kelly Roper, the Recovery Partnership's
    # family liaison worker, will come" is one line of a longer paragraph
    paragraph = []
    for line in lines[after:]:
        if not line.strip():
            break
        paragraph += line.split()
    return len(paragraph) > HEADING_MAX_WORDS


def _classify_line(
    s: str, number: int, indent: int, previous: _Item | None, following: str
) -> _Item:
    numbered_block = _NUMBER_PREFIX.match(s)
    if numbered_block and numbered_block.group(0).strip().isdigit() and s[numbered_block.end():][:1].islower() \
            and previous is not None and previous.kind in ("bullet", "text") and previous.text[-1:].isalpha():
        numbered_block = None  # "... meet every" wrapped onto "4 weeks at school: on 10 June": the sentence goes on
    if numbered_block:
        rest = s[numbered_block.end():]
        if not rest:
            return _Item("block_start", number)
        label = _label(rest, previous)
        if label and len(label[0].split()) > _ITEM_LABEL_WORDS and label[1][:1].islower() and \
                not _field_name(label[0]) and not _form_field(label[0]):
            label = None  # "9.6  First-day calling for Mason and Lacey: ring Donna if ...": the item's sentence
        if label:
            return _Item("label", number, label[1], label=_unnumbered(label[0]), numbered=True)
    # A colon in a wrapped paragraph ("... Sam told her teacher: I want ...")
    # is not a label unless the next line is a label too.
    # A short line before it ("Task 01") is a form's title, not prose.
    mid_prose = (previous is not None and previous.kind == "text" and previous.indent == 0
                 and len(previous.text.split()) > _FORM_TITLE_MAX_WORDS)
    label = _label(s, previous, indent)
    if label is None and not indent and (coded := _CODE_THEN_FIELD.match(s)) and \
            (inner := _label(coded.group("rest"), None)) and _form_field(inner[0]):
        # "P1. Lead:   Chioma Eze, social worker" over "Will: ..." and "When: ...": the card's code,
        # then its first field
        return _Item("label", number, inner[1], label=_unnumbered(inner[0]), code=coded.group("code"))
    if label is None and not indent and previous is not None and previous.kind in ("text", "label") and \
            (wide := _WIDE_CODE_AFTER.match(s)):
        # "A11 Breakfast club place ..." after a group's wrapped line: a code of two figures fills the
        # column its siblings' "A1  " leave with two spaces, and opens the next item
        label = wide.group("label"), wide.group("value")
    if label and label[0][:1].islower() and previous is not None and previous.kind == "label" \
            and previous.text[-1:].isalpha() and not _field_name(label[0]) and \
            (indent or len(previous.text.split()) >= _WRAPPED_VALUE_WORDS and not _form_field(label[0])):
        # "What: ... He will write a safe care" wrapped onto "      plan for Alfie with pictures: ...":
        # an indented line goes on with the value above it (a note under it, "planlint: ignore ...", does not);
        # so does a long sentence's line wrapped at the margin ("**How we'll know:** ... with the home" over
        # "checklist: heating working, ...")
        label = None
    if label and mid_prose and not _label(following, None) and not (not indent and _CODED_LINE.match(s)):
        # (but "A1  Visit the children ..." after a wrapped line: the next item its code opens)
        label = None
    run_together = label is not None and _ANOTHER_LABEL.search(label[1])  # "ACTION 1: ... WHO: ... BY WHEN: ..."
    if label and label[0].isupper() and not _ABBREVIATION.match(label[0]) and not run_together and not following \
            and (previous is None or previous.kind == "blank"):
        # "OUTCOME 1: Archie and Ruby will be ..." standing alone: a section title;
        # "RAG: G done · A started" is a key, its label an abbreviation.
        # ("A2  Jade and Connor will keep Mason's cot clear ..." alone is an item its reference numbers)
        if not indent and (coded := _CODED_ITEM.match(s)) and not _is_upper_heading(coded.group("text")) \
                and not _LABEL.match(coded.group("text")):
            return _Item("bullet", number, coded.group("text"), indent=indent, numbered=True)
        return _Item("heading", number, s, level=1)
    if label and not indent and (_SECTION_CODE.match(label[0]) or _PART_NUMBER.match(label[0])) and \
            _is_upper_heading(label[1]):
        # "B1  WHY THERE IS A PLAN", "SECTION 10: CONTINGENCY PLAN": a part's numbered section
        return _Item("heading", number, s, level=1)
    if label and _SECTION_CODE.match(label[0]) and (inner := _label(label[1], None)) and _form_field(inner[0]):
        # "A2   For outcome: O1" opening a card: its code, then its first field (and so, indented
        # under its part's heading, "  D1  Action ............ Home detox ...")
        return _Item("label", number, inner[1], label=_unnumbered(inner[0]), code=label[0])
    if label and (coded := _CODE_THEN_FIELD.match(label[0])) and _form_field(coded.group("rest")):
        # "D10 Action ....... Send ..." under "D9  Action ....... See ...": a code of three characters
        # leaves one space before the field its siblings' codes leave two before
        return _Item("label", number, label[1], label=coded.group("rest"), code=coded.group("code"))
    if label:
        coded = _CODED_FIELD.match(s)
        # ("Action 4: Lisa's mood ..." in a list of checks by action: the number is the form's code)
        numbered = _numbered_label(label[0])
        return _Item("label", number, label[1], label=_unnumbered(label[0]), indent=indent,
                     code=coded.group("code") if coded and coded.group("rest").startswith(label[0]) else numbered,
                     label_number=numbered)
    match = _BULLET.match(s)
    if match and (n := match.group("number")) and n.rstrip(".)").isdigit() and int(n.rstrip(".)")) > 1 and \
            indent > 0 and previous is not None and previous.kind == "bullet" and not previous.numbered and \
            indent > previous.indent and not previous.text.rstrip().endswith((".", ":", ";", "!", "?")):
        # "- ... score how the week went out of" wrapped onto "  10. Rhiannon will write ...": a number
        # other than 1 opens no list in the middle of a bullet's sentence
        return _Item("text", number, s, indent=indent)
    if match and match.group("glyph") in ("–", "—", "+") and match.group("text")[:1].islower() and indent > 0 \
            and previous is not None and previous.kind in ("bullet", "text", "label") \
            and (match.group("glyph") != "+" or len(previous.text.split()) >= _WRAPPED_LINE_WORDS) \
            and not previous.text.rstrip().endswith((".", ":", ";", "!", "?")):
        # "7. Bev will do health checks by 18 July" wrapped onto "   – she will give Jess ...":
        # the sentence carries on after a dash; it is no item of its own. So it does after a plus
        # in typed-up notes ("... who notices her cues," over "   + keeps growing along her centile."),
        # and in a field's value ("Desc ...... JM to attend EDARS: keywork" over "   + cocaine group"),
        # after a line long enough to have wrapped (under "Actions for Mum", "+ attend ..." is an item).
        return _Item("text", number, s, indent=indent)
    if match:
        marker = match.group("number") or ""
        if _PADDED.fullmatch(marker):
            # "02  A return home conversation record ...": a code set as a number ("02", "08"), which
            # the item keeps (a list's own numbering is lost to its markup; a code is referred to)
            return _Item("bullet", number, f"{marker.rstrip('.)')} – {match.group('text')}", indent=indent,
                         numbered=True)
        return _Item(
            "bullet", number, match.group("text"), indent=indent,
            numbered=bool(marker), hint="letter" if marker.strip("().").isalpha() else "",
            outline=marker.rstrip(".") if _OUTLINE.fullmatch(marker) else "",
        )
    words = s.split()
    if indent and previous is not None and previous.kind in ("text", "bullet") and _CROSS_REFERENCE.match(s):
        # "A2   Give Callum his steroid ..." over an indented "FOR OUTCOME O1": which outcome the
        # item serves, in capitals, a line of the item and no heading
        return _Item("text", number, s, indent=indent)
    if _is_upper_heading(s) and not (
            previous is not None and indent > 0 and (
                previous.kind == "label" and indent > previous.indent
                or previous.kind == "text" and 0 < previous.indent <= indent)
            and (not previous.text.isupper() or _DANGLING.search(previous.text))
            and not previous.text.rstrip().endswith((".", ":", ";"))):
        # ("OWNER ..... Dr Femi Oduya, consultant psychiatrist, Greyhollow Adult" wrapped onto an
        # indented "CMHT": a value's last words in capitals, not a heading, and so is "CPOMS" under
        # "... as recorded on", a value's second line wrapped onto a third; but "OBJ 3  AMBER AND LEO
        # CAN TALK ..." wrapped onto "THEIR FEELINGS" is an objective's title, as its first line, unless
        # that line stops on a word that cannot end it: "DUE ..... AT LEAST 3 WARD VISITS BEFORE" over
        # "DISCHARGE")
        return _Item("heading", number, s, level=1)
    if s.endswith(":") and (LEAD_IN.match(s) or len(words) >= _LEAD_IN_CLAUSE_WORDS and _CLAUSE_BREAK.search(s)):
        # "Mum will:", "Agreed with Leanne and Derek, in their words:" introduce the bullets below
        return _Item("text", number, s, indent=indent)
    if s.endswith(":") and len(words) <= _COLON_HEADING_MAX_WORDS and not (
            s[0].islower() and previous is not None and previous.kind == "text"):
        # (not "after you:" ending a sentence wrapped from the line above)
        return _Item("heading", number, s[:-1].strip(), level=2, hint="pseudo")
    bold = _BOLD_LINE.match(s)
    if bold and len(bold.group("text").split()) <= HEADING_MAX_WORDS and (
            len(words) <= HEADING_MAX_WORDS or s.endswith(")")) and not bold.group("text").endswith("."):
        text = bold.group("text").rstrip(":")
        aside = s[bold.end("text"):].lstrip("*_:").strip()
        if len(aside.split()) >= _SAID_ASIDE_WORDS:
            # "**Mel from Kestrel House** (Kestrel House helps grown-ups who drink too much)":
            # a sentence in the bracket says who someone is; a word or two ("(SW)") is only a tag
            text = f"{text} {aside}"
        return _Item("heading", number, text, level=2, hint="pseudo")
    if _title_line(s, previous, following):
        return _Item("heading", number, s, level=2, hint="pseudo")
    return _Item("text", number, s, indent=indent)


# "B1", "A2.3": a form's code for a numbered section
# ("SECTION C: OUTCOMES" over a rule of dashes: a case system's print letters its parts as others number them)
_PART_NUMBER = lazy_re.compile(r"^(?:section|part|chapter|stage|phase|step)\s+(?:\d{1,2}[a-z]?|[A-Z])$", re.I)
_FORM_CODE = r"[A-Z]{1,2}\d{1,2}(?:\.\d{1,2})?"  # "A2", "B1.3": a form's or a section's code
_SECTION_CODE = lazy_re.compile(rf"^{_FORM_CODE}$")
_CODE_THEN_FIELD = lazy_re.compile(rf"^(?P<code>{_FORM_CODE})[.)]?\s+(?P<rest>[^\W\d_].*)$")
# "A2  Jade and Connor will keep ...": an action's code, spaced to line the sentences up
# "A1  Visit ...", "A11 Breakfast club ...": a code, then the item's text in the column the codes pad to
_CODED_LINE = lazy_re.compile(rf"^{_FORM_CODE}(?:\s{{2,}}|(?<=\d\d)\s(?=[A-Z]))\S")
_CODED_ITEM = lazy_re.compile(rf"^{_FORM_CODE}\s{{2,}}(?P<text>\S+(?:\s+\S+){{3,}})$")
# "RAG", "SW", "DSL": capitals this short abbreviate a name; a section title is a word.
_ABBREVIATION = lazy_re.compile(r"^[A-Z]{1,3}$")


def _title_line(s: str, previous: _Item | None, following: str) -> bool:
    """A short unpunctuated line after a blank line: an export's heading.

    Case-management exports write "Why Daisy has a plan" on its own line
    with the paragraph straight under it; plain Markdown and e-mailed plans
    write "If things go wrong" alone between blank lines. Notes typed in lower case
    throughout write "what we want" or "meetings" so; there only a line of a few words
    starts a part whatever the case of the line under it.
    """
    lower = s == s.lower() and s[:1].isalpha()
    return (
        (previous is None or previous.kind == "blank")
        and not _UNDERLINE.match(following)
        # a wrapped paragraph carries on in lower case or with a number
        and (not following or following[0].isupper() or bool(_BULLET.match(following))
             or lower and len(s.split()) <= _LOWER_TITLE_MAX_WORDS)
        and len(s.split()) <= _TITLE_LINE_MAX_WORDS
        and (s[0].isupper() or lower)
        and not s.endswith((".", ",", ";", ":", "!"))
    )


_TITLE_LINE_MAX_WORDS = 8
_LOWER_TITLE_MAX_WORDS = 3


_SPEAKS = lazy_re.compile(rf"\b(?:{loader.alternation('speech_verbs')})$", re.I)


# "LEAD  Rachel Amos, social worker", "WHEN  Weekly until review": a print's field names in
# capitals, the spaces after them for the colon (a value in lower case: not a heading in capitals)
_CAPS_WORD = r"[A-Z][A-Z/&]{1,11}"  # a word of a print's field name in capitals
_CAPS_NAME = rf"(?P<label>{_CAPS_WORD}(?: {_CAPS_WORD}){{0,3}})"
_CAPS_LABEL = lazy_re.compile(rf"^{_CAPS_NAME}\s{{2,}}(?P<value>(?=.*[a-z])\S.*)$")
# "A10 ACTION   Jac to go ...": a form's code before a field name in capitals
_CODED_FIELD = lazy_re.compile(rf"^(?P<code>{_FORM_CODE})\s+(?P<rest>{_CAPS_WORD}\s{{2,}}\S.*)$")
# "LEAD     BR", "DUE      ASAP": a field name, then a short value with no lower case (three words at most)
_CAPS_SHORT_VALUE = lazy_re.compile(rf"^{_CAPS_NAME}\s{{2,}}(?P<value>[^\sa-z]+(?: [^\sa-z]+){{0,2}})$")
_INITIALS = 2  # letters of a value in capitals that can be someone's initials, whatever else they spell
# ("PROOF Visit records ..." under "WHEN  Weekly": a label as wide as the column, one space after it)
_WIDE_CODE_AFTER = lazy_re.compile(r"^(?P<label>[A-Z]{1,2}\d{2}) (?P<value>[A-Z\"“‘(]\S*(?:\s+\S+){2,})$")
_CAPS_LABEL_AFTER = lazy_re.compile(r"^(?P<label>[A-Z][A-Z/&]{3,11})\s(?P<value>(?=.*[a-z])\S.*)$")

# "Responsible . SW Rhodri Vaughan" under "What ........ Home visits": a leader cut short by a long
# label (only a field's own name: a lone dot between spaces is otherwise a typing slip)
_SHORT_LEADER = lazy_re.compile(r"^(?P<label>[^\W\d_][\w '’/&()-]{0,30}?)\s+\.{1,2}(?:\s+(?P<value>\S.*))?$")


# "**Safety goal.** Everyone will know ...": a run-in heading in bold naming a field of the plan
# labels what follows it (not "**Seeing you on your own.** Maya will ...", which titles the work)
_RUN_IN = lazy_re.compile(r"^(?:\*\*|__)(?P<label>[^\W\d_][^*_.:]{1,40}?)[.:](?:\*\*|__)\s+(?P<value>\S.*)$")


def _field_name(label: str) -> bool:
    return field_role(label) is not None


def _label(s: str, previous: _Item | None, indent: int = 0) -> tuple[str, str] | None:
    """("Action", "Mum to ...") for a "Label: value" line.

    A label with nothing after it only counts inside a block of labels
    (otherwise "Contingency plan:" alone is a heading).
    """
    if (coded := _CODED_FIELD.match(s)) and (caps := _CAPS_LABEL.match(coded.group("rest"))) and \
            _field_name(caps.group("label")):
        # "A1  ACTION   Visit Mali at home ...": an action's code, then its first field (the code
        # only numbers the form)
        return caps.group("label"), caps.group("value")
    match = _LABEL.match(_INLINE_MARKS.sub("", s)) or (
        (run_in := _RUN_IN.match(s)) and _form_field(run_in.group("label")) and run_in)
    if not match and (dots := _SHORT_LEADER.match(s)) and _form_field(dots.group("label")):
        # ("START / END . Every Sunday": the whole name before its leader, not "START" alone)
        match = dots
    if not match:
        # (or under a value wrapped onto an indented line: "WHO  Dr Amara Okonkwo, ..., Zathercombe" /
        # "     Perinatal Mental Health Service" / "WHAT Assess ...")
        in_print_form = previous is not None and (previous.kind == "label" and previous.label.isupper() or
                                                  previous.kind == "text" and previous.indent > 0)
        caps = _CAPS_LABEL.match(s) or in_print_form and _CAPS_LABEL_AFTER.match(s)
        # ("THE PLAN   (who - what - when - how we'll know)": a heading, its gloss in brackets)
        match = caps if caps and _field_name(caps.group("label")) and not _GLOSS.fullmatch(caps.group("value")) else None
        # ("STATUS      ON TRACK" under a form's "UPDATE ..." line: any field of the form, in capitals)
        if not match and (short := _CAPS_SHORT_VALUE.match(s)) and (
                _field_name(short.group("label")) or in_print_form and _form_field(short.group("label"))) and \
                not (len(short.group("value")) > _INITIALS and any(_field_name(w) for w in short.group("value").split())):
            # "LEAD     BR", "DUE      ASAP", "DUE      -": a field's value in initials, capitals or a dash
            # (not "ACTION   WHO", a spaced table's header; but "LEAD  DT" is initials, not "date")
            match = short
        if not match and in_print_form and not indent and (wide := _WIDE_CODE_AFTER.match(s)) and (previous.kind == "text" or _SECTION_CODE.match(previous.label)):
            # "R10 Joanna's note ..." under "R9  Dawn's text ..." (or its wrapped end): a code of
            # two figures fills the column its siblings' "R9  " leave with two spaces
            match = wide
        if not match and caps and in_print_form and _form_field(caps.group("label")):
            # "UPDATE   4 of 4 visits done" under "MEASURE  Visit records ..." (or under its wrapped
            # end): another field of the form
            match = caps
    if not match or len(match.group("label").split()) > _LABEL_MAX_WORDS:
        return None
    if _COUNTER.match(match.group("label")):
        # "TASK 01 of 11   (outcome 5.1)": the card's number among the cards, which opens it, as a
        # form's code does ("Ref"), not a field naming its work
        return "Ref", f"{match.group('label')} {match.group('value') or ''}".strip()
    if (item := _BULLET.match(match.group("label"))) and len(item.group("text").split()) > _ITEM_LABEL_WORDS:
        return None  # "a) Write the ward plan: the baby is ...": an item whose sentence has a colon
    if match.group("label")[:1].islower() and previous is not None and previous.kind in ("bullet", "text") \
            and previous.text[-1:].isalpha() and not _field_name(match.group("label")):
        return None  # "5.6 Every Friday night, Tanya" wrapped onto "will be at home from 8pm: ...": the sentence goes on
    if _SPEAKS.search(match.group("label")) and (match.group("value") or "").lstrip()[:1] in ('"', "“"):
        return None  # "Mum says: “I will be home by 5.30pm”": someone's words, not a field
    value = match.group("value")
    # An empty label belongs to a form: straight after a label or its indented, wrapped value.
    in_form = previous is not None and (previous.kind == "label" or previous.kind == "text" and previous.indent > 0)
    if value is None and not in_form:
        return None
    return _inline(match.group("label")), value or ""


def _framed_title(rule: str, lines: list[str], i: int) -> tuple[int, int] | None:
    """A title line and one more between two rules of the same mark: the title's index and the
    index after the closing rule."""
    if i + 2 >= len(lines) or not (title := lines[i].strip()) or not (more := lines[i + 1].strip()):
        return None
    closing = lines[i + 2].strip()
    if not _RULE.match(closing) or closing[0] != rule[0] or _RULE.match(title) or _RULE.match(more) or \
            _BULLET.match(title) or len(title.split()) > HEADING_MAX_WORDS or title.endswith((".", ";", ",")):
        return None
    return i, i + 3


def _underlined(s: str, lines: list[str], i: int, previous: _Item | None, indent: int = 0) -> bool:
    """A short plain line followed by === or --- is a (setext) heading."""
    if i >= len(lines) or not _UNDERLINE.match(lines[i].strip()):
        return False
    if i >= 2 and lines[i - 2].strip() == lines[i].strip() and not _BULLET.match(s) and \
            len(s.split()) <= 2 * HEADING_MAX_WORDS and not s.endswith((".", ";", ",")) and \
            not ((field := _label(s, None)) and _field_name(field[0])):
        # (but "ASSIGNED TO: Sam Okoye" framed is a field over the forms under it)
        return True  # "PART ONE: THE FAMILY PLAN (written by the family)" framed by two rules: a title
    if _BULLET.match(s) or _LABEL.match(s) and ": " in s:
        return False  # "---" after an action's last line separates actions
    # ("WHAT WE WANT TO BE DIFFERENT - IN KEZIA'S AND TOM'S OWN WORDS": a gloss after a dash, as in brackets)
    head = _DASH_GLOSS.split(s, 1)[0]
    return (
        len(head.split()) <= HEADING_MAX_WORDS and len(s.split()) <= 2 * HEADING_MAX_WORDS
        and not s.endswith((".", ";", ","))  # a sentence above a rule is text, the rule a separator
        and (previous is None or previous.kind != "text")
        # nor the indented end of a "Label: value" line wrapped above a separator
        and not (indent and previous.kind == "label")
    )


_DANGLING = lazy_re.compile(r"(?i)\b(?:before|after|by|to|of|the|a|an|and|or|with|for|on|at|in|from|until|than|within)\s*$")


def _is_upper_heading(s: str) -> bool:
    # "*** FRANKIE SAYS (Dom saw him on his own at school) ***": a gloss in brackets may be in lower case
    bare = _GLOSS.sub("", s).strip()
    if labelled := _BRACKET_LABEL.match(bare):
        bare = labelled.group(1)  # "[ACTIONS] Fields: Action / Who / When / Check": the label, then a note on it
    letters = [c for c in bare if c.isalpha()]
    cased = _WEEK_ABBREVIATION.sub("", bare)  # ("THIS WEEK - w/c 19.1.26": a week's abbreviation keeps its own case)
    return (
        len(letters) >= 3
        and cased.upper() == cased
        # (a heading in two languages, "LO QUE DICEN ... / WHAT ... SAY", may run to twice the words)
        and max(len(half.split()) for half in bare.split(" / ")) <= HEADING_MAX_WORDS
        and not s.endswith((".", ",", ";"))
        and not s.startswith(ARROWS)  # "»  ASAP" under a step: its when
    )


_GLOSS = lazy_re.compile(r"\([^()]*\)")
_WEEK_ABBREVIATION = lazy_re.compile(r"\bw/[cb]\b")
_REFERENCE_CODE = r"[A-Z]{0,2}\d{1,2}(?:\.\d{1,2})?"
_CROSS_REFERENCE = lazy_re.compile(rf"^(?:FOR|SEE|SERVES|SUPPORTS|LINKED\s+TO|TOWARDS)\s+[A-Z]+\s+{_REFERENCE_CODE}"
                                   rf"(?:\s*(?:,|AND|&)\s*{_REFERENCE_CODE})*$")
_DASH_GLOSS = lazy_re.compile(r"\s+[-–—]\s+")
_BRACKET_LABEL = lazy_re.compile(r"^\[([A-Z][A-Z0-9 '’&/-]{2,40})\]\s+\S")


def _dash_line_after(lines: list[str], i: int) -> int | None:
    """The index of a "----  ----" line under a header at i - 1, one blank line allowed between."""
    if i < len(lines) and _DASH_GROUPS.match(lines[i]):
        return i
    if i + 1 < len(lines) and not lines[i].strip() and _DASH_GROUPS.match(lines[i + 1]) and lines[i - 1].strip():
        return i + 1
    return None


def _ruled_header(header: str, lines: list[str], i: int) -> list[int] | None:
    """Where the columns of a fixed-width table start, when header (the line before i) names
    them (an action table's, or a contingency's "IF | THEN") over an unbroken rule at i, and the
    line under the rule fills two or more of them; else None."""
    if i + 1 >= len(lines) or not _RULE.match(lines[i].strip()) or lines[i].strip()[0] not in "-=":
        return None
    names = list(_GAP.finditer(header.replace("\t", "    ")))
    if not (_condition_and_response(names) or _action_columns(names)):
        return None
    starts = [m.start() for m in names]
    return starts if sum(1 for c in _fixed_cells(lines[i + 1], starts) if c) >= 2 else None


_MIN_RULED_COLUMNS = 3
_MIN_HEADED_ROWS = 2


def _indent(line: str) -> int:
    line = line.replace("\t", "    ")
    return len(line) - len(line.lstrip())


def _mark_grid(header: str, lines: list[str], i: int):
    """(week names, [(line index, code, marks)], index after) for a grid of marks: a line of
    three or more weeks ("Wk1  Wk2  Wk3", "09/03  16/03  23/03"), maybe a second such line under
    it, then rows of a code and one mark a week ("A4   .   X   .   X"); None for any other line."""
    names = header.split()
    if len(names) < _GRID_WEEKS or not all(_WEEK_NAME.fullmatch(n) for n in names):
        return None
    if i < len(lines) and len(under := lines[i].split()) == len(names) and all(_WEEK_NAME.fullmatch(n) for n in under):
        names = [f"{a} ({b})" for a, b in zip(names, under)]  # "Wk1 (09/03)": the week and its date
        i += 1
    marked = []
    while i < len(lines) and (row := _MARK_ROW.match(lines[i])) and len(marks := row.group("marks").split()) == len(names):
        marked.append((i, row.group("ref"), marks))
        i += 1
    return (names, marked, i) if len(marked) >= _GRID_ROWS else None


_GRID_WEEKS = 3
_GRID_ROWS = 2
_WEEK_NAME = lazy_re.compile(r"(?i)(?:wk|w|week)\.?\d{1,2}|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|"
                             r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*")
_MARK = r"[Xx✓✔•●*.\-–]"
_MARK_ROW = lazy_re.compile(rf"^\s*(?P<ref>[A-Z]{{0,3}}\d{{1,2}}(?:\.\d{{1,2}})?)\s+(?P<marks>{_MARK}(?:\s+{_MARK})*)\s*$")
_NO_MARK = lazy_re.compile(r"[.\-–]")


def _header_over_rows(header: str, lines: list[str], i: int) -> tuple[list[int], int] | None:
    """Where the columns of a fixed-width table start, and the index after its last row, when
    header (the line before i) names three or more columns, each a few capitalised words without
    figures, and the lines under it are rows set to those columns: each opens at the first
    column and fills another, or is a wrapped line under the first column's right. The rows run
    to a rule, two blank lines, or a line that is neither (one blank line may part two rows).
    None when it names fewer columns or has fewer than two rows."""
    names = list(_GAP.finditer(header.replace("\t", "    ")))
    if not _column_names(names) or any(not m.group(0)[0].isupper() for m in names):
        return None
    starts = [m.start() for m in names]
    if i + 1 < len(lines) and _RULE.match(lines[i].strip()):
        # "AREA / SUB-AREA     SCORE AT ICPC     TARGET BY RCPC" over an unbroken rule, then its rows:
        # the rule underlines the header (one naming an action's fields is a _ruled_header's)
        i += 1
    rows, end, after_blank = 0, i, False
    while i < len(lines) and not _RULE.match(lines[i].strip()):
        if not lines[i].strip():
            if not rows or after_blank:
                break
            after_blank, i = True, i + 1
            continue
        runs = [m.start() for m in _GAP.finditer(lines[i].replace("\t", "    "))]
        if runs[0] >= starts[1] - 1:
            if not rows:
                return None  # a wrapped line needs a row above it
            if after_blank:
                break  # ("*** END OF PRINT ***" set in from the margin after the last row)
        elif abs(runs[0] - starts[0]) > 1 or not any(abs(r - start) <= 2 for r in runs[1:] for start in starts[1:]):
            break
        else:
            rows += 1
        after_blank, i = False, i + 1
        end = i
    return (starts, end) if rows >= _MIN_HEADED_ROWS else None


def _action_columns(names: list[re.Match]) -> bool:
    """Three or more names in words without figures, two or more an action's field ("WHO",
    "WHEN", "HOW MEASURED")."""
    if not _column_names(names):
        return False
    # (not "CHILD PROTECTION PLAN   REVIEW   NEGLECT" over a rule: a banner, not a table's columns)
    return sum(field_role(m.group(0)) is not None for m in names) >= _MIN_RULED_COLUMNS - 1


def _column_names(names: list[re.Match]) -> bool:
    """Three or more names, each a few words without figures: a table's header, not a line of text."""
    return len(names) >= _MIN_RULED_COLUMNS and not any(
        any(c.isdigit() for c in m.group(0)) or len(m.group(0).split()) > _COLUMN_NAME_WORDS for m in names)


_COLUMN_NAME_WORDS = 4


def _condition_and_response(names: list[re.Match]) -> bool:
    """"IF    THEN", "Trigger   Response": a contingency's two columns (rules/vocabulary.toml)."""
    vocabulary = loader.vocabulary()
    return len(names) == 2 and names[0].group(0).strip(" :").lower() in vocabulary["condition_columns"] and \
        names[1].group(0).strip(" :").lower() in vocabulary["response_columns"]


_DASH_CELL = lazy_re.compile(r"\s+[-–—]\s+")
_DASH_KEY_WORDS = 4  # a column's name, not a sentence with a dash in it


def _dash_cells(line: str) -> list[str]:
    return [c.strip() for c in _DASH_CELL.split(line.strip())]


def _dash_key(s: str) -> list[str] | None:
    """The column names of a key line such as "(number - action - lead - timescale -
    evidence)", when at least three of them name fields of an action, else None."""
    cells = _dash_cells(s.strip("()[] "))
    if len(cells) < 3 or any(len(c.split()) > _DASH_KEY_WORDS for c in cells):
        return None
    return cells if sum(field_role(c) is not None for c in cells) >= 3 else None


def _next_filled(lines: list[str], i: int) -> int | None:
    """The index of the first non-blank line from i, at most one blank line on."""
    for j in (i, i + 1):
        if j < len(lines) and lines[j].strip():
            return j
    return None


def _tab_cells(line: str) -> list[str]:
    """Cells of a tab-separated line, or [] when it has no tab."""
    if "\t" not in line.strip("\n"):
        return []
    return [c.strip() for c in line.rstrip("\n").split("\t")]


_NEAR_COLUMN = 4  # characters before a column's start still read as that column's text


def _carried_on(row: tuple[int, list[str]], cells: list[str]) -> tuple[int, list[str]]:
    """A row of a fixed-width table with a wrapped line's words carrying on each of its cells."""
    line, above = row
    return line, [f"{a} {b}".strip() for a, b in zip(above, cells)]


def _wrapped_in_first(line: str, cells: list[str], starts: list[int]) -> bool:
    """"Every week until the second review      R1, R7" over "  conference (one SW visit a
    fortnight": a line set in from its first column's edge, some later cell empty, carries on
    the first cell of the row above (a row starts at the column's edge; a number set to the
    right, "  9", starts a row)."""
    indent = _indent(line)
    return len(starts) > 1 and indent - starts[0] >= _SET_IN and not _ROW_NUMBER.fullmatch(cells[0]) and \
        not all(cells[1:]) and indent < starts[1]


_SET_IN = 2
_WRAPPED_VALUE_WORDS = 8
_PADDED = lazy_re.compile(r"0\d[.)]?")  # "02", "08.": a number written with a leading nought
# "1.1", "2.3.1", "2c": a number that says its place in an outline, unlike a list's "3." (which
# the markup may renumber)
_OUTLINE = lazy_re.compile(r"\d{1,2}(?:\.\d{1,2}){1,2}\.?|\d{1,2}[a-z]")
_ROW_NUMBER = lazy_re.compile(r"(?:[A-Z]{1,2})?\d{1,3}[.)]?")


def _fixed_cells(line: str, starts: list[int]) -> list[str]:
    """Cut a fixed-width line into columns. Text that overflows its column
    pushes the rest along, so each run of text goes to the last column
    starting at or before it, or to the next free one."""
    cells = [""] * len(starts)
    used = -1
    for m in _GAP.finditer(line.replace("\t", "    ")):
        col = max([c for c, start in enumerate(starts) if start <= m.start() + 1] or [0])
        # ("DAILY    T01  T09    every day": two codes two spaces apart, well inside one column,
        # are that column's words; text starting near the next column was pushed along by its
        # neighbour's overflow or a misaligned header, and takes the next free column.)
        if not (col == used and col + 1 < len(starts) and m.start() < starts[col + 1] - _NEAR_COLUMN):
            col = min(max(col, used + 1), len(starts) - 1)
        cells[col] = f"{cells[col]} {m.group(0)}".strip()
        used = col
    return cells


def _band_cells(band: list[list[str]]) -> list[str]:
    """One grid-table row from the lines of its band: each column's lines run together."""
    return [" ".join(" ".join(column).split()) for column in zip(*band)]


_BARE_PIPE_CELLS = 3  # cells in each row of a pipe table without a separator line, at least
_BARE_PIPE_ROWS = 3  # its rows, the header among them, at least
_BARE_PIPE_FIELDS = 2  # header cells that name a field of an action ("Action", "By when"), at least


def _pipe_count(line: str) -> int:
    return len(re.findall(r"(?<!\\)\|", line))


def _bare_pipe_rows(s: str, lines: list[str], i: int) -> int | None:
    """The index after the rows under s when s heads a pipe table with no separator line: s names
    an action's fields ("No. | Action | By when | Signed off by") and it and the lines right under
    it part the same number of cells (three or more) with pipes, none framed by one ("| Who : Jo |"
    is a box's or a grid's side, read as such); else None. (Without a header the rows' columns
    are guesswork, and "CareLink | Child Protection Plan | Printed: 04/07/2025" is a banner.)"""
    count = _pipe_count(s)
    if count < _BARE_PIPE_CELLS - 1 or s.startswith("|") or \
            sum(field_role(c.strip()) is not None for c in _pipe_cells(s)) < _BARE_PIPE_FIELDS:
        return None
    end = i
    while end < len(lines) and (line := lines[end].strip()) and not line.startswith("|") and \
            _pipe_count(line) == count:
        end += 1
    return end if end - i + 1 >= _BARE_PIPE_ROWS else None


def _pipe_cells(line: str) -> list[str]:
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|") and not line.endswith("\\|"):
        line = line[:-1]
    cells = re.split(r"(?<!\\)\|", line)
    return [
        "\n".join(_inline(part) for part in re.split(r"<br\s*/?>", cell.replace("\\|", "|")))
        for cell in cells
    ]


class _Assembler:
    def __init__(self, items: list[_Item]) -> None:
        self.items = items
        self.out: list[Block] = []
        self.tables = 0
        self.list_indents: list[int] = []
        self.digit_indent: int | None = None  # margin of the last "1." item
        self.markup_level = 0  # level of the last "#" or underlined heading

    def blocks(self) -> list[Block]:
        i = 0
        while i < len(self.items):
            item = self.items[i]
            if item.kind in ("label", "block_start"):
                if not (self.list_indents and item.indent > self.list_indents[0]):
                    # Labels indented under a list item belong to it; others end the list.
                    self.list_indents, self.digit_indent = [], None
                i = self.labelled_run(i)
                continue
            if item.kind in ("heading", "table"):
                self.list_indents, self.digit_indent = [], None
            if item.kind == "heading":
                heading = Block("heading", _inline(item.text), Location(line=item.line))
                heading.level = item.level
                if item.hint == "pseudo":
                    # A bold or colon line under "## Plan" is a sub-heading of it.
                    heading.level = max(item.level, self.markup_level + 1)
                else:
                    self.markup_level = item.level
                self.add(heading)
            elif item.kind == "bullet":
                self.add_bullet(item, self._after_blank(i))
            elif item.kind == "table":
                self.add_pipe_table(item)
            elif item.kind == "text":
                self.add_text(item, i)
            i += 1
        return self.out

    def add(self, block: Block) -> None:
        if block.text or block.table:
            self.out.append(block)

    def _after_blank(self, index: int) -> bool:
        return index == 0 or self.items[index - 1].kind == "blank"

    def add_bullet(self, item: _Item, after_blank: bool = False) -> None:
        indents = self.list_indents
        indent = item.indent
        if item.hint == "letter" and self.digit_indent == indent:
            indent += 1  # "a)" items under "1." at the same margin are its sub-items
        elif item.numbered and item.hint != "letter":
            self.digit_indent = indent  # "(a)" items at one margin are siblings, not each other's sub-items
        while indents and indent < indents[-1]:
            indents.pop()
        if not indents or indent > indents[-1]:
            indents.append(indent)
        block = Block(
            "list_item", _inline(item.text), Location(line=item.line),
            level=len(indents) - 1, numbered=item.numbered,
            style="after-blank" if after_blank else "",  # a blank line ends what "Mum will:" introduced
            number=item.outline,
        )
        self.add(block)

    def add_text(self, item: _Item, index: int) -> None:
        last = self.out[-1] if self.out else None
        # "**SW (Hannah Cole):** I will visit every week ... in" wraps onto this line too.
        wrapped = not self._after_blank(index) and self.items[index - 1].kind in ("text", "bullet", "label")
        # An indented paragraph after a blank line still belongs to the item above.
        loose_item = bool(self.list_indents) and item.indent > self.list_indents[0]
        # "Me (SW) - visit ..." then "School: send me ..." at the margin, their wrapped
        # lines indented: each is an item of its own, as owner-first lists are written.
        starts_item = (wrapped and item.indent == 0 and last is not None and last.kind == "paragraph"
                       and _ITEM_START.match(item.text) and _ITEM_START.match(last.text))
        # "JH   Josh Hale   CPN, Yarncott CMHT": a line set out in aligned columns is a row of its own
        aligned = bool(_ALIGNED.search(item.text))
        # "»  Ola Brennan (SW)" over "»  Weekly": a run of arrow lines under an item gives its fields one
        # a line (a lone "-> visit records show ..." wraps its item's sentence on)
        arrow = item.text.lstrip().startswith(ARROWS) and any(
            0 <= k < len(self.items) and self.items[k].kind == "text" and self.items[k].text.lstrip().startswith(ARROWS)
            for k in (index - 1, index + 1))
        if last is not None and last.kind in ("paragraph", "list_item") and not (starts_item or aligned or arrow) and (
            wrapped or (loose_item and last.kind == "list_item")
        ):
            last.text = f"{last.text} {_inline(item.text)}"
            return
        self.list_indents, self.digit_indent = [], None
        text = _inline(item.text)
        if aligned:
            text = _ALIGNED.sub("   ", item.text.strip())  # the columns' gaps say where each field ends
        self.add(Block("paragraph", text, Location(line=item.line)))

    def add_pipe_table(self, item: _Item) -> None:
        self.tables += 1
        header = item.rows[0][1]
        rows, locations = [], []
        for r, (line, cells) in enumerate(item.rows, start=1):
            cells = cells + [""] * (len(header) - len(cells))
            if r > 1 and _CONTINUED.fullmatch(cells[0].strip()):
                # "(cont.) |  |  | bedtime routine on the fridge": a row a page break cut runs on, in this
                # table or in the one before it, whose header the page repeated
                before = None if len(rows) > 1 else self._table_before(rows[0] if rows else header)
                last = rows if before is None else before.table.rows
                if len(last) > 1 and len(last[-1]) == len(cells):
                    last[-1][:] = [" ".join(x for x in (a, b) if x) for a, b in zip(last[-1], [""] + cells[1:])]
                    if before is not None:
                        before.text = table_text(last)
                    continue
            if any(cells):
                rows.append(cells)
                # the separator line is not a row, so row 2 sits on line+2
                locations.append(Location(table=self.tables, row=r, line=line))
        self.add_table(rows, locations, item.line)

    def _table_before(self, header: list[str]) -> Block | None:
        """The last table read, when its header is this one's."""
        block = next((b for b in reversed(self.out) if b.table is not None), None)
        return block if block is not None and \
            [c.strip() for c in block.table.rows[0]] == [c.strip() for c in header] else None

    def add_table(self, rows, locations, line: int) -> None:
        table = Table(rows=rows, row_locations=locations)
        self.add(Block("table", table_text(rows), Location(table=self.tables, line=line), table=table))

    def labelled_run(self, start: int) -> int:
        """Group a run of "Label: value" blocks; return the index after it."""
        forms: list[list[_Item]] = []
        current: list[_Item] | None = None
        in_value = False  # the previous line was a label or its wrapped value
        i = start
        while i < len(self.items):
            item = self.items[i]
            following = self.items[i + 1] if i + 1 < len(self.items) else None
            # "Task 02" before a label that starts a new form titles that form; it does not wrap.
            titles_next = (following is not None and following.kind == "label" and current is not None
                           and following.label.lower() in {x.label.lower() for x in current}
                           and len(item.text.split()) <= _FORM_TITLE_MAX_WORDS)
            wraps = item.kind == "text" and current and in_value and not titles_next and (
                item.indent > 0 or (following is not None and following.kind == "label")
            )
            in_value = item.kind == "label" or bool(wraps)
            if item.kind == "block_start":
                current = None
            elif item.kind == "label":
                labels = {x.label.lower() for x in current or []}
                if current is None or item.numbered or item.label.lower() in labels or \
                        _coded_work(item) and item.indent <= current[0].indent:
                    # ("A2  Home visits ..." under A1's "When:" and "Check:": the next action's code opens
                    # its form; not "CG3  Ongoing ..." indented under it, a field named for a meeting)
                    current = []
                    forms.append(current)
                current.append(item)
            elif item.kind == "blank" and following and following.kind in ("label", "block_start"):
                current = None
            elif titles_next:
                current = None
            elif wraps:
                current[-1].text = f"{current[-1].text} {item.text}".strip()  # wrapped value
            else:
                break
            i += 1
        for group in _group_forms(forms):
            if len(group) >= 2:
                self.add_labelled_table(group)
            else:
                for item in group[0]:
                    # ("Action 4: Lisa's mood ..." alone keeps its number: a check by action)
                    label = f"{item.label} {item.label_number}" if item.label_number else item.label
                    text = f"{label}: {_inline(item.text)}".strip()
                    self.add(Block("paragraph", text, Location(line=item.line)))
        return i

    def add_labelled_table(self, group: list[list[_Item]]) -> None:
        self.tables += 1
        header: list[str] = []
        for form in group:
            if _coded_work(form[0]) and not form[0].code:
                # "A1  Home visits to weigh Harper ... (NW)" over "When: ..." and "Check: ...": the
                # code numbers the form and the line is its work, one column for every form's
                form[0].code, form[0].label = form[0].label, _CODED_WORK_LABEL
            for item in form:
                for label, _ in _sub_fields(item):
                    if label.lower() not in (h.lower() for h in header):
                        header.append(label)
        # "T01  WHO  ...", "T02  WHO  ...": forms whose codes other parts of the print refer to
        codes = [form[0].code for form in group] if all(form[0].code for form in group) else []
        if codes:
            header = ["Ref", *header]
        rows = [header]
        first_line = group[0][0].line
        locations = [Location(table=self.tables, row=1, line=first_line)]
        for r, form in enumerate(group, start=2):
            values = {}
            for item in form:
                for label, value in _sub_fields(item):
                    values.setdefault(label.lower(), _inline(value))
            rows.append(([form[0].code] if codes else []) +
                        [values.get(label.lower(), "") for label in header[1 if codes else 0:]])
            locations.append(Location(table=self.tables, row=r, line=form[0].line))
        self.add_table(rows, locations, first_line)


_CODED_WORK_LABEL = "Action"  # the column a coded form's first line fills, as tables name it


def _coded_work(item: _Item) -> bool:
    """An item read as a field named by a bare code ("A1", "B2.3") is a form's first line: the
    code, then the work ("A1  Home visits to weigh Harper"), not a field of the form before."""
    return item.kind == "label" and bool(_SECTION_CODE.match(item.label))


def _sub_fields(item: _Item) -> list[tuple[str, str]]:
    """"TASK 01   OWNER : SW Marcus Fell   DUE : Weekly": a case print sets more labelled
    fields on its title line, parted by runs of spaces; each is a field of its own."""
    marks = list(_SUB_LABEL.finditer(item.text))
    if len(marks) < 2 or marks[0].start() != 0:
        return [(item.label, item.text)]
    ends = [m.start() for m in marks[1:]] + [len(item.text)]
    return [((m.group("label") or m.group("label2")).strip(), item.text[m.end():end].strip())
            for m, end in zip(marks, ends)]


# A label in capitals ("DUE :") wherever it stands, or any label after a run of spaces.
_SUB_LABEL = lazy_re.compile(r"(?:^|(?<=\s))(?P<label>[A-Z][A-Z/]{1,12}(?: [A-Z/]{1,12}){0,2})\s*:\s|(?:^|(?<=\s\s))(?P<label2>[A-Z][A-Za-z /]{1,24}?)\s*:\s")


def _group_forms(forms: list[list[_Item]]) -> list[list[list[_Item]]]:
    """Consecutive forms sharing at least two labels belong to one table."""
    groups: list[list[list[_Item]]] = []
    labels: set[str] = set()
    for form in forms:
        these = {item.label.lower() for item in form}
        if groups and len(these & labels) >= _SHARED_LABELS:
            groups[-1].append(form)
            labels |= these
        else:
            groups.append([form])
            labels = these
    return groups
