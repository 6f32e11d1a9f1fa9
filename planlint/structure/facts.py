"""Plan facts: the child's name, people named, dates, looked-after status,
and the case facts an audit lists (find_case_facts)."""
from __future__ import annotations

import re
import string
from collections import Counter

from .. import loader
from ..model import Block, PlanFacts
from ..nlp.cues import folds_into_ascii, places, required_string_sets, required_strings
from ..textutil import lower_case_words, name_letters
from .. import lazy_re

# A name opening a pattern as [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]++ is read possessively where what must
# follow it is never one of its lower-case letters (white space, a capital, "(" or ","):
# re then gives up a capital that starts no match at once, instead of retrying each shorter
# word (tests/test_facts_patterns.py compares each with its plain "+" form).
# A surname after a first name ("Hill", "O'Neill", "Smith-Jones"), with the inner capital of
# "McAuley" or "MacLeod"; _SURNAME_LETTERS of letters alone.
_SURNAME = r"(?:Ma?c)?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+"
_SURNAME_LETTERS = r"(?:Ma?c)?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+"
_CHILD_NAME = [
    re.compile(r"\b(?i:child(?:ren)?(?:'s)?|young person(?:'s)?)\s*(?i:full\s+)?(?i:names?)\s*[:\-–]\s*(?P<n>[A-Z][\w'-]+)"),
    re.compile(r"\bname of (?:the )?(?:child|young person|baby)\s*[:\-–]\s*(?P<n>[A-Z][\w'-]+)", re.I),
    # ("CHILD       Jasmine CLEGG": a case-system print's column gap stands for the colon)
    re.compile(r"\b(?i:child|baby|infant|young person|children(?: in (?:the )?household)?)(?:\s*[:\-–]\s*|[ \t]{3,})"
               r"(?i:baby\s+)?(?P<n>[A-Z][\w'-]+)"),
    re.compile(r"\b(?i:plan|conference|review|letter) (?i:for)\s+(?i:baby\s+)?(?P<n>[A-Z][\w'-]+)"),
    re.compile(r"\b(?:Baby|baby)\s+(?P<n>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ][\w'-]+)"),
    re.compile(r"(?P<n>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]++)\s*(?:" + _SURNAME_LETTERS + r"\s*)?\(\s*(?:(?i:aged?|age|dob|d\.o\.b|born)|\d+\s*(?:years?|months?|weeks?|days?)\b|(?:1[0-7]|[0-9])\s*\))"),
    re.compile(r"\b(?i:conference|meeting|plan|review)\b[^.\n]{0,40}?\b(?i:about)\s+(?:baby\s+)?(?P<n>[A-Z][\w'-]+)"),
    re.compile(r"(?P<n>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]++)(?:\s+" + _SURNAME_LETTERS + r")?\s+(?:is|was)\s+(?:now\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:days?|weeks?|months?|years?)(?:\s+old)?\b(?!\s+(?:pregnant|gestation|into)\b)"),
    re.compile(r"(?P<n>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]++)(?:\s+" + _SURNAME_LETTERS + r")?\s+was born\b"),
    # "Child Protection Plan: Jacob and Poppy Callaghan", "Plan – Ava Leung", "Transfer-in Plan – Lili" (a title line)
    re.compile(r"^\W*(?i:[\w' -]{0,40}\b(?:plan|conference|review|record|minutes|meeting|notes|update|summary))\s*[:\-–]\s*(?i:baby\s+)?(?P<n>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+)"
               r"(?:\s+" + _SURNAME + r")?(?=\s*$|\s+(?:and|&)\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+(?:\s+" + _SURNAME + r")?\s*$)", re.M),
    re.compile(r"^\W*(?i:[\w' -]{0,40}\b(?:plan|conference|review|record|minutes|meeting|notes|update|summary))\s*[:\-–]\s*(?P<first>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+)\s+(?:and|&)\s+"
               r"(?P<n>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+)(?:\s+" + _SURNAME + r")?\s*$", re.M),
    # A letter's subject line: "Re: Zara and Adam – plan agreed at conference"
    # (a name, perhaps a surname, then a break: not "Subject: Room change")
    re.compile(r"^\W*(?i:re|subject|ref)\s*:\s*(?:(?i:baby)\s+)?(?P<n>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+)"
               r"(?:\s+" + _SURNAME + r")?(?=\s*(?:,|(?i:and)\b|&|\(|–|-|$))", re.M),
    # ("And" once a capitals line is title-cased: "RE: REUBEN AND TILLY MALLENDER")
    re.compile(r"^\W*(?i:re|subject|ref)\s*:\s*[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+(?:\s+" + _SURNAME + r")?,?\s+(?:(?i:and)|&)\s+"
               r"(?P<n>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+)\b", re.M),
    # "Name: Kayden Pryor" on a care plan's first lines is the child's; so is "You: Kai Quarrie, 15" in a
    # plan written to the child
    re.compile(r"^\W*(?i:name|full name|you)\s*[:\-–]\W*(?P<n>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+)", re.M),
    # "Jacob Callaghan, who is 6", "Poppy, aged 2"
    re.compile(r"(?P<n>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]++)(?:\s+" + _SURNAME_LETTERS + r")?,\s+(?:who is|aged?|now)\s+\d{1,2}\b"),
    # "Leo is subject to a child protection plan", "You and Leo have child protection plans"
    re.compile(r"(?P<n>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]++)(?:\s+" + _SURNAME + r")?\s+(?:has|have|is|are|remains?|needs?)\s+"
               r"(?:been\s+)?(?:on\s+|subject\s+to\s+)?(?:an?\s+)?(?i:child protection|cp|child in need)\s+plans?\b"),
    # "Kai and Poppy's plan: Now, Next, Later" as a plan's title
    re.compile(r"^\W*(?P<n>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)(?:['’]s|\s+(?:and|&)\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+['’]s)\s+"
               r"(?:[\w-]+\s+){0,3}?(?i:plan)\b", re.M),
    re.compile(r"^\W*[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+\s+(?:and|&)\s+(?P<n>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)['’]s\s+"
               r"(?:[\w-]+\s+){0,3}?(?i:plan)\b", re.M),
    # "Kai Whitlock, 7, Year 2", "Poppy Whitlock, 2 years 8 months", "Jordan Garside, 13 · Year 8": a name giving
    # a child's age ("Jodie Varley, 26, mum": an adult's is no child's; "Ivy Hale, 20 months" still is)
    # ("Daniel Cole, 9 (DOB 11/02/2016) — Year 4": the date of birth in brackets after the age)
    # ("Mason, 5 — Reception class at St Olave's": a family list's dash after the age)
    re.compile(r"^\W*(?P<n>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)(?:\s+" + _SURNAME + r")?,\s+(?:(?:1[0-7]|\d)"
               r"(?:,|\s+[·•|]|\s+[—–-]\s|\s+(?i:years?|yrs?|months?)\b|\s*\(\s*(?i:dob|d\.o\.b|born)\b)|\d\d\s+(?i:months?)\b)", re.M),
    # "Kai Smith DOB 01/02/2019", "Lola Penrice, born 21/04/2024", "For Kai, aged 6"
    # ("... Rostherley Academy Cian Brennan, 3 (DOB 28/02/2022)": a child's age, then the date of birth)
    # ("Lily MORTON: born 12/03/2021 (4)": a case print's surname in capitals, its dot leader read as a colon)
    re.compile(r"(?P<n>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)(?:\s+(?:" + _SURNAME + r"|[A-ZÀ-ÖØ-Þ]{2,}[A-ZÀ-ÖØ-Þ'’-]*))?"
               r"(?:\s*[,–-]?\s*(?i:dob|d\.o\.b\.?|date of birth)\b|[,:]\s+born\s+(?:on\s+)?\d"
               r"|,\s+(?:1[0-7]|\d)\s*\(\s*(?i:dob|d\.o\.b|born)\b)"),
    re.compile(r"\b(?i:for|about)\s+(?P<n>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+),?\s+(?i:aged?|age)\s+\d"),
    # "his sister Poppy Callaghan", "their son Leo", in a letter "your little sister Poppy"
    re.compile(r"\b(?:his|her|their|the|your|my|our)\s+(?:baby\s+|little\s+|big\s+|older\s+|younger\s+|twin\s+)?"
               r"(?:son|daughter|brother|sister|half-brother|half-sister)\s+(?P<n>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)"),
    # "Jayden HOLLINS (dob 02/02/2012)", "Jasmine CLEGG  DOB 19/03/2013": a case system's surname in capitals
    # ("Shannon TENNICK (27)": an adult's age is no child's; "(02/11/2011)" is a date of birth)
    # ("Subject 1: Keira WALSH, DOB 02/06/2013 (12)": a comma before the date of birth)
    re.compile(r"(?P<n>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]++)\s+[A-ZÀ-ÖØ-Þ]{2,}[A-ZÀ-ÖØ-Þ'’-]*\s*(?:\(\s*(?:(?i:aged?|dob|d\.o\.b|born)\b|"
               r"(?:1[0-7]|[0-9])\b(?![/.:]\d)|\d{1,2}[/.]\d)|,?\s*(?i:dob|d\.o\.b)\b)"),
    # "Why Kacper and Zofia have a plan": two children named for their plan
    # (The name is none of these words, tested after it: one capital, then lower case, so it
    # ends in one only by being it. A look-ahead before it made re try every character.)
    re.compile(r"(?P<n>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]++)(?<!You)(?<!We)(?<!They)(?<!Both)(?<!All)(?<!Mum)(?<!Dad)\s+(?:and|&)\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:\s+" + _SURNAME + r")?\s+"
               r"(?:have|are)\s+(?:been\s+)?(?:on\s+|subject\s+to\s+)?(?:an?\s+)?(?:(?i:child protection|cp|child in need)\s+)?"
               r"(?i:plans?)\b"),
    # "What we want for Rio": the outcomes of a plan are for its child
    re.compile(r"\b(?i:want|wants|hope|hopes|wish|wishes)\s+(?i:for)\s+(?i:baby\s+)?(?P<n>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)\b(?!['’])"),
    # a case system's "Subject 1 – name: Joshua Ogunleye", "Child 2 - name: Grace"
    re.compile(r"\b(?i:subject|child)\s*\d{1,2}\s*[–-]\s*(?i:name)\s*:\s*(?P<n>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+)"),
    # "Skye Whitlock     13   Year 9": a case system's fixed-width family list, the age in its own column
    # (its gaps of two spaces or more are what every match holds)
    re.compile(r"^\W*(?P<n>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)(?: " + _SURNAME + r")? *  (?:1[0-7]|\d)(?: *  |$)", re.M),
    # ... and its row with the gaps closed up: "Skye Whitlock 13 Year 9"
    re.compile(r"^\W*(?P<n>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)(?: " + _SURNAME + r")? (?:1[0-7]|\d) (?:Year \d|Reception|Nursery)\b",
               re.M),
    # "OSEI, Jayden Kwabena (M) DOB 03/07/2011": a case system's surname first, then the forenames, sex and birth
    re.compile(r"\b[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+,\s+(?P<n>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+)(?:\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+){0,2}"
               r"\s*\((?:M|F|[Mm]ale|[Ff]emale)\)\s*(?i:dob|d\.o\.b\.?|born)\b"),
    # "Unborn baby: girl, to be called Isla": the name the parents have chosen
    re.compile(r"\b(?:to be|will be|is going to be)\s+(?:called|named)\s+(?P<n>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+)"),
]
# The first patterns read a labelled line ("Child: Kai"), the rest read prose.
_LABELLED_PATTERNS = 3
# Those that open with ^ under re.M, whose every match starts a line (_finditer_lines).
_LINE_PATTERNS = frozenset(i for i, p in enumerate(_CHILD_NAME) if p.pattern.startswith("^") and p.flags & re.M)
# For each pattern, sets of strings such that its every match holds one string of
# each set: a plan's opening lacking a whole set for a few patterns ("name of",
# "was born", "baby"; "name" after "child"), those are not run.
_CHILD_NAME_NEEDS = [required_string_sets(p) for p in _CHILD_NAME]
_FIRST = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)?"
_ALSO_NAMED = lazy_re.compile(rf"(?P<n>{_FIRST})\s+\((?P<nick>{_FIRST})\)\s+[A-Z]"
                              rf"|\b(?i:plan|conference|review|letter)\s+(?i:for)\s+(?P<n2>{_FIRST})\s+(?:and|&)\s+(?P<and>{_FIRST})\b")
# The words (in lower case) every match of some patterns starts with. Opening with \b
# or a case-insensitive word, these are tried by re at each character of the opening;
# _finditer tries them only where its lower-cased copy has one of the words. Keyed
# by place in _CHILD_NAME: a pattern changed or moved needs its entry changed too
# (tests/test_facts_fast_paths.py checks each against its pattern's opening words).
_CHILD_NAME_STARTS = {
    0: ("child", "young person"),
    2: ("child", "baby", "infant", "young person"),
    3: ("plan", "conference", "review", "letter"),
    4: ("baby",),
    6: ("conference", "meeting", "plan", "review"),
    20: ("for", "about"),
    21: ("his", "her", "their", "the", "your", "my", "our"),
    24: ("want", "hope", "wish"),
    25: ("subject", "child"),
}
# The words for one parent in rules/lexicons/parent_roles.txt, longest first:
# "Jo (parent)" does not say whose mother or father Jo is.
_ONE_PARENT = [p for p in loader.lexicons()["parent_roles"] if "parent" not in p]
_PARENTS = loader.alternation_of(_ONE_PARENT)
# The first letters of those words: tried at every word start under re.I, the
# alternation tests each word in turn, where one look at the letter rules most starts out.
_PARENT_INITIALS = "".join(map(re.escape, sorted({w[0] for w in _ONE_PARENT})))
_PARENT_NAME = [
    # not "partner (Rosie's dad)": a possessive names whose parent, not the parent
    # ("MOTHER      Natalie CLEGG (34)": a column gap for the colon)
    re.compile(rf"\b(?=[{_PARENT_INITIALS}])(?:{_PARENTS})(?:\s*(?:\(|:|-|–|,)|[ \t]{{3}})\s*\**\s*(?P<n>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)\b(?!['’])", re.I),
    # Under re.I this is tried at every letter of the plan's opening. Possessive
    # quantifiers (++, *+) stop it retrying shorter words: what follows a word
    # is never a letter, so a shorter one can never match (same matches, half the time).
    # Nor can it match from inside a word (after a letter of the first class, which
    # under re.I the second class holds too): from the letter before, the same word
    # ends in the same place, and no match ends between two letters, so that start
    # is always tried first (tests/test_facts_patterns.py).
    # (a surname and the gap before the bracket stay on the name's line: "plan for Mia" over
    # "Sarah (mum)" names Sarah)
    re.compile(rf"(?<![A-ZÀ-ÖØ-Þ])(?P<n>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]++)(?:[ \t]++[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]++)?[ \t]*+(?:\(|,|-|–)\s*(?:(?:the|their)\s+)?(?:child's\s+|baby's\s+|\w+'s\s+)?(?:{_PARENTS})\b", re.I),
]
_PARENT_NAME_STARTS = {0: tuple(w.lower() for w in _ONE_PARENT)}
# "Gary's " just before a parent word: whose parent the name after it is
_WHOSE_BEFORE = lazy_re.compile(r"\b([A-Z][a-z]+)['’]s\s+$")
# What the second parent pattern must match from its delimiter on: see _named_then_parent.
_PARENT_TAIL = lazy_re.compile(rf"(?:\(|,|-|–)\s*(?:(?:the|their)\s+)?(?:child's\s+|baby's\s+|\w+'s\s+)?(?:{_PARENTS})\b", re.I)
_DELIMITER = lazy_re.compile("[(,–-]")
# "Children: Kayden Ellis (12) and Nia Ellis (8)" - every name on the line is a child.
_CHILDREN_LINE = lazy_re.compile(
    # "Dzieci / Children: ..." names its label in two languages
    r"^\W*(?:[^\W\d_]+(?:\s+[^\W\d_]+)?\s*/\s*)?(?i:children(?: in (?:the )?(?:household|home|family))?|child(?:ren)?'?s? names?|child|child\(ren\)|name of (?:the )?child(?:ren)?|subject child(?:ren)?|subject\(s\)|"
    # "Brother: Reggie Pike, born 04/01/2021 (4)" on a pre-birth plan
    r"brother|sister|siblings?|half-brother|half-sister|"
    # "kids: Kacey Farrell 5 (reception, ...)" in a plan typed in a hurry
    r"kids|"
    # "About: Kai Smith", "Plan for: Kai", and "Me: Kian Ashdown, 13" on a plan a child wrote
    # ("Children ............ Eli Quaye, born 19/01/2013 (12)": a case system's dot leaders)
    r"young (?:person|people)|baby|infant|about|plan for|me)(?:\s*\d{1,2})?\s*(?:[:\-–]|\.{3,})\s*(?P<rest>.+)$",
    re.M,
)
_AGE_UNIT = r"(?:years?|yrs?|months?|mths?|weeks?|wks?)"
# "Archie HALE (8)", "Lily Marsh, born 11/09/2016 (8)": a name with its age or birth
# (Latin Extended-A too: "Zofia Wiśniewska (9)", "Ayşe Çelik (4)")
# (and a name it goes by in quotes: 'Antoni "Antek" Wiśniewski (4)')
_AGED = lazy_re.compile(r"\b([A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿĀ-ž'’]+(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿĀ-ž'’]+)?)(?:\s+[\"“][A-Z][a-z]+[\"”])?"
                   r"(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][A-Za-zß-öø-ÿĀ-ž'’-]+)?"
                   r"(?:\s*\(\s*(?:\d|aged?|dob|d\.o\.b|born)|,?\s+(?:aged?|dob|d\.o\.b|born)\b"
                   # "Rhys Calloway, 6 (DOB 11/03/2019)"
                   # ("Bonnie Hartnell, 10 months", at the end of its line)
                   r"|,\s+\d{1,2}\s*(?:\(|,|[·•|]|" + _AGE_UNIT + r"\b)"
                   # ("Kacey Farrell 5 (reception ...); Logan Farrell 7 wks (DOB ...)": typed without the
                   # comma, the age then opens a bracket or has its unit, unlike "Year 3, Holloway Road")
                   r"|\s+\d{1,2}\s*(?:\(|" + _AGE_UNIT + r"\b))", re.I)


# "Tegan Quarrie, 15 (", "Sonny Quarrie, 3 (", "Logan Farrell, 7 wks": a name with an age (or an age in
# weeks or months) after a comma, as a who's-who line gives it
_YOUNG_AGED = lazy_re.compile(r"(?<![\w'’-])(?P<n>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)(?:\s+[A-Z][A-Za-z'’-]+)?,\s+(?P<age>\d{1,2})"
                              r"(?:\s*(?P<unit>weeks?|wks?|months?|mths?)\b|\s*(?:years?|yrs?)\b|\s*(?:\(|,|;|$))")
# "- Noah (4 mths, DOB 08/09/2025) & Kyra (5, DOB 19/04/2020) on CP plans": the age opening a bracket
# (with its unit, or before more of the bracket: "Plan (2)" gives no age)
_YOUNG_BRACKETED = lazy_re.compile(r"(?<![\w'’-])(?P<n>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)(?:\s+[A-Z][A-Za-z'’-]+)?\s*\(\s*"
                                   r"(?P<age>\d{1,2})(?:\s*(?P<unit>weeks?|wks?|months?|mths?)\b\s*[,;)]|"
                                   r"\s*(?:years?|yrs?|y)\b\s*[,;)]|\s*[,;])")
_LETTERED_CHILD = lazy_re.compile(r"(?<![\w'’-])(?P<l>[A-Z]{1,3})\s*\(\s*(?P<n>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?),\s*"
                                  r"(?P<age>\d{1,2})(?:\s*(?P<unit>weeks?|wks?|months?|mths?)\b|\s*(?:years?|yrs?|y)\b)?\s*[,;)]")
_NAMED_THEN_LETTERS = lazy_re.compile(r"(?<![\w'’-])(?P<n>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)(?:\s+[A-Z][A-Za-z'’-]+)?\s*"
                                      r"\((?P<l>[A-Z](?:-?[A-Z])?)\)\s*,?\s*(?i:dob|d\.o\.b|born)\b")
_ADULT_AGE = 18
_BRACKET_AGE = lazy_re.compile(r"\(\s*(\d{1,3})\s*\)")
# "Client ...... Wayne PEARCE   DOB 14/06/1987 (38)": the date of birth after a name, and the age after it
# (only the name's other words before it: "Kai, mum Jo SMITH DOB ..." gives Jo's birth, not Kai's)
_BIRTH_AFTER = lazy_re.compile(r"(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]+){0,2}[ \t,:.–-]*\b(?i:dob|d\.o\.b\.?|date of birth|born)\W{0,3}"
                               r"\d{1,2}[/.-]\d{1,2}[/.-](?P<year>(?:19|20)\d\d)(?:\s*\(\s*(?P<age>\d{1,3})\s*\))?")
_YEAR = lazy_re.compile(r"\b(?:19|20)\d\d\b")
_SURE_ADULT_YEARS = 19  # born this long before the plan's latest year: an adult, whatever day the plan was made
_CHILDREN_HEADING = lazy_re.compile(r"(?im)^\W*(?:subjects?|subject child(?:ren)?|children|the children)\W*$")
_NAMED_AGE_LINE = lazy_re.compile(r"^\s*(?P<n>[A-Z][a-z'’-]+)\s+[A-Z][A-Za-z'’-]+\s*(?::|\.{2,})\s*(?:[MF]\s+)?(?P<age>\d{1,2})\b")


def _named_fields(rest: str) -> list[str]:
    """The first names a children line gives. "Harley VARLEY · CB-7730418 · DOB 12/03/2017 ·
    Year 3, Wyrlow Moor Primary": when dots or bars part its fields, a name is the first field or
    a field of a few words with no digit, not the school, class or number in the others."""
    fields = _FIELD_SEPARATOR.split(rest)
    if len(fields) == 1:
        parts = [p.strip() for p in _LIST_PARTS.split(rest) if p.strip()]
        if not any(_CHILD_DETAIL.search(p) for p in parts):
            return _FIRST_NAME.findall(rest)
        # "Jayden PRYOR (M), dob 14/03/2016, age 9, Year 5, Finstowe Primary": each name is followed
        # by its child's date of birth or age; the class and school among those details name no one
        # (and where lines ran together, "Finstowe Primary Lacey PRYOR (F)", the last name is the child's)
        return [names[0 if i == 0 else -1] for i, p in enumerate(parts) if (names := _FIRST_NAME.findall(p))
                and not any(c.isdigit() for c in p) and (i == 0 or i + 1 < len(parts) and _CHILD_DETAIL.search(parts[i + 1]))]
    return [n for i, f in enumerate(fields) if i == 0 or len(f.split()) <= 3 and not any(c.isdigit() for c in f)
            for n in _FIRST_NAME.findall(f)]


_FIELD_SEPARATOR = lazy_re.compile(r"\s[·•|]\s")
_LIST_PARTS = lazy_re.compile(r"[,;\n]|\s+and\s+")
_CHILD_DETAIL = lazy_re.compile(r"\d|\b(?i:dob|d\.o\.b|born|aged?)\b")
_NEXT_LABEL = lazy_re.compile(r"\s(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+\s?){1,4}:")
_FIRST_NAME = lazy_re.compile(r"\b([A-Z][a-zß-öø-ÿ'’]+(?:-[A-Z][a-zß-öø-ÿ'’]+)?)(?:\s+[A-Z][a-zß-öø-ÿ'’]+(?:-[A-Z][a-zß-öø-ÿ'’]+)?)?")
# Family composition rows or run-together household lines: "Zara Begum | Subject child | 2".
_RELATION = lazy_re.compile(
    # ("Gemma PRYOR (31) ......... Mother.", read as "Gemma PRYOR (31): Mother.": a case print's
    # surname in capitals, a dot leader or a colon before the role)
    r"(?P<n>[A-Z][a-zß-öø-ÿ'’]+(?:-[A-Z][a-zß-öø-ÿ'’]+)?)(?:[ \t]+[A-Z](?:[a-zß-öø-ÿ'’]+|[A-Z'’]+)(?:-[A-Z][a-zß-öø-ÿ'’]+)?)?"
    # "Leanne Maddox (36), mum", "Jade Quarrie, 34 - mum": an age between the name and what she is
    r"(?:[ \t]*\(\d{1,3}\)(?:[ \t]*:)?|,[ \t]*\d{1,3})?[ \t]*(?:\.{2,}[ \t]*)?(?:\|[ \t]*)?(?:[(,–-][ \t]*)?\b"
    rf"(?P<rel>(?i:subject child|child|son|daughter|baby|brother|sister|half-brother|half-sister|{_PARENTS}))\b"
    # "Family Intervention Service – Child Protection Plan": a service's name, not a child
    r"(?!\s+(?i:protection|in need|care|social|and family|services?|health|development|plan|looked))"
    # "at Farringmoor baby clinic", "Ashby Mum and baby group": a place's or a group's name
    r"(?!\s+(?i:clinics?|groups?|unit|ward|club|class|massage|bank|room|centre|center|hub|drop-in)\b)"
)
_CHILD_RELATIONS = {"subject child", "child", "son", "daughter", "baby", "brother", "sister", "half-brother", "half-sister"}
# What _RELATION must match from its relation word on, and (in lower case) the words
# its relation may be: see _related.
_RELATION_TAIL = lazy_re.compile(_RELATION.pattern[_RELATION.pattern.index(r"\b(?P<rel>"):], _RELATION.flags)
_RELATION_WORDS = (*_CHILD_RELATIONS, *(w.lower() for w in _ONE_PARENT))
_RELATION_SEPARATORS = frozenset(" \t|(,–-.:")
# \b(\d{1,2}...|\d{1,2}[/.]...|\d{4}-...): every date opens with a digit, read first, then
# the \b before it looked behind for (the character before a digit is no word character),
# so re scans for digits in C rather than trying each character of a line
# (tests/test_facts_fast_paths.py compares with the plain pattern).
_DATE = lazy_re.compile(
    r"(\d(?<!\w.)(?:\d?(?:st|nd|rd|th)?\s+" + loader.month_pattern() + r"\s+\d{4}|\d?[/.]\d{1,2}[/.]\d{2,4}|\d{3}-\d{2}-\d{2}))",
    re.I,
)
_DIGIT = lazy_re.compile(r"\d")  # as _DATE's \d: any Unicode decimal digit
_REVIEW = lazy_re.compile(r"\b(review (?:child protection )?conference|rcpc|review cp conference|review date|next review)\b", re.I)
_PLAN_DATE = lazy_re.compile(r"\b(date of (?:plan|conference|icpc|meeting)|plan date|icpc date|conference date|date)\s*[:\-–]", re.I)
# Strings one of which every match of each holds ("review", "rcpc"; "date"): see _search_holding.
_NEEDS = {_REVIEW: required_strings(_REVIEW), _PLAN_DATE: required_strings(_PLAN_DATE)}


def _search_holding(pattern: re.Pattern, text: str, low: str | None) -> re.Match | None:
    """pattern.search(text), for a pattern in _NEEDS: run only when low (text.lower(),
    or None where case-insensitive matching could meet a character lower() does not
    make ASCII, see folds_into_ascii) holds one of its strings. Opening with \b and a
    case-insensitive word, these are tried by re at each character of the text."""
    if low is not None and not any(s in low for s in _NEEDS[pattern]):
        return None
    return pattern.search(text)
# A capitalised word that does not open a sentence, a line or a table cell ("| Extended family").
# The capital comes first and what must not precede it is looked behind for after it,
# so re scans for a capital in C rather than trying each character of the plan:
# \W before the capital is (?<!^)\b before it (tests/test_facts_fast_paths.py).
_CAPITAL = lazy_re.compile(r"([A-ZÀ-ÖØ-Þ](?<=\W.)(?<![.!?:;|]\s.)(?<!-.)[a-zß-öø-ÿ]{2,})\b")
_NOT_NAME = {
    *loader.vocabulary()["months"], *loader.vocabulary()["weekdays"], "mr", "mrs", "ms", "miss", "dr", "the", "this", "child", "protection",
    "plan", "conference", "review", "core", "group", "social", "worker", "health", "visitor",
    "children", "services", "council", "team", "unit", "school", "nursery", "hospital", "police",
    "baby", "girl", "boy", "mum", "dad", "mother", "father", "local", "authority", "mental", "adult", "family",
    "court", "safety", "outcome", "action", "date", "name", "initial", "english", "british",
    "christmas", "easter", "signs", "what", "who", "how", "when", "will", "and", "for",
    "dob", "date", "birth", "aged", "age", "legal", "status", "category", "placement", "ward",
    "subject", "relationship", "name", "names", "children's", "neglect", "emotional", "physical",
    "sexual", "abuse", "looked", "after", "section",
    # "Your sister Nadia", "Neither child has contact": a determiner before a relation word, not a name
    "your", "my", "our", "his", "her", "their", "its", "neither", "either", "each", "every", "any", "both",
    "another", "other", "one", "no", "unborn",
    # "Subject: Minutes - core group 3": the document's own name on its subject line
    "minutes", "notes", "meeting", "record", "update", "summary", "agenda", "report", "letter",
}


def _title_cased_in(name: str, full: str) -> bool:
    """Whether the plan writes name as a name is written ("Sober" only in capitals and lower case is none)."""
    return re.search(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", full) is not None


def _a_word(name: str, full: str, lower_words: set[str]) -> bool:
    """Whether the plan writes name in lower case inside a sentence, as a word ("Will", "Note"),
    not only where a line or sentence opens: notes typed fast begin their lines in lower case,
    names too ("amira (seen alone at school): ...", "- zayn has a nursery place"). A line with
    no capital at all ("jordan + esi's views") capitalises nothing, names neither."""
    low = name.lower()
    if low not in lower_words:
        return False
    for m in re.finditer(rf"\b{re.escape(low)}\b", full):
        before = full[max(0, m.start() - _OPENING_REACH):m.start()].rsplit("\n", 1)[-1]
        if not _OPENS.search(before) and not _uncapitalised_line(full, m.start()):
            return True
    return False


def _uncapitalised_line(text: str, at: int) -> bool:
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    line = text[start:end if end >= 0 else len(text)]
    return line.lower() == line


# What stands before a word that opens a line or a sentence: bullets, numbers, brackets, a full stop.
_OPENS = lazy_re.compile(r"(?:^|[.!?]\s)[\W\d_]*$")
_OPENING_REACH = 12


def find_facts(blocks: list[Block], understanding_mentions, lower_words: set[str] | None = None) -> PlanFacts:
    """The plan's child, parents, names and dates; lower_words (the plan's words in
    lower case, lower_case_words) may be passed in when the caller already has them."""
    facts = PlanFacts()
    texts = [_block_text(b) for b in blocks]
    full = "\n".join(texts)
    head = "\n".join(texts[:40]).replace("*", "")
    shouting = _shouting(head)
    if shouting:
        # A case-system print in capitals ("CHILD 1: KAI KERR"): names are found
        # by their capital letters, so read them from a title-cased copy, and
        # only from labelled lines, since every word now looks like a name.
        head = head.title()
    else:
        # "CORE GROUP 3 - KAYLA SHAW (13) AND ETHAN SHAW (9)" over prose: one line in capitals.
        lines = head.splitlines()
        caps = [line.isupper() and len(line.split()) >= _CAPS_LINE_WORDS for line in lines]
        if any(caps):
            head = "\n".join(line.title() if upper else line for line, upper in zip(lines, caps))
    found: list[str] = []
    low = None if folds_into_ascii(head) else head.lower()
    for i, (pattern, needs) in enumerate(zip(_CHILD_NAME[:_LABELLED_PATTERNS] if shouting else _CHILD_NAME,
                                             _CHILD_NAME_NEEDS)):
        if low is not None and not all(any(s in low for s in strings) for strings in needs):
            continue
        for m in (_finditer_lines(pattern, head) if i in _LINE_PATTERNS else
                  _finditer(pattern, head, low, _CHILD_NAME_STARTS.get(i))):
            name = m.group("n")
            # ("Review Conference – Plan and Progress": a second name only beside a first;
            # "Child Protection Plan – Progress Review": a name's surname is no document word)
            after = m.group(0)[m.end("n") - m.start():].split()
            if name.lower() not in _NOT_NAME and name not in found and \
                    (m.groupdict().get("first") or "").lower() not in _NOT_NAME and \
                    not (after and after[0].istitle() and after[0].lower() in _NOT_NAME) and \
                    not _born_an_adult(head, m.end("n")):
                found.append(name)
    if (greeting := _GREETING.search(head)) and any(
            not _FOR_ANOTHER.match(head, m.end()) for m in _YOUR_PLAN.finditer(head)):
        # "Dear Ffion, ... Why you have a plan": a letter to the child the plan is for
        name = greeting.group("n")
        if name.lower() not in _NOT_NAME and name not in found:
            found.append(name)
    if found:
        # "Chidera (Dera) Okafor": the name the plan calls her by, in a bracket after her own;
        # "Child protection plan for Jake and Ellie-May Thornley": her sister, named after her
        named = set(found)
        for m in _ALSO_NAMED.finditer(head):
            if (m.group("n") or m.group("n2")) in named and (other := m.group("nick") or m.group("and")) not in found:
                found.append(other)
    listed: set[str] = set()  # the names a "Children:" line gives
    for m in _finditer_lines(_CHILDREN_LINE, head):
        rest = _NEXT_LABEL.split(m.group("rest"), 1)[0]
        # "Archie HALE (8), Year 3, Brookside Primary; Lily WILCOX (4)": when the line gives
        # ages, the children are the names with one, not the school and class after them.
        # ("Gemma Fairbairn (34), Mum." run on to the line from the next: a parent, not a child)
        aged = [a.group(1) for a in _AGED.finditer(rest) if a.group(1).istitle()  # not "KAUR" in "Jasmine (Jas) KAUR DOB ..."
                and not _adult_aged(rest, a)]
        if aged and rest == m.group("rest"):
            # "Poppy Calloway, 3 (DOB ...)" on the next line, with no label of its own: a second child
            for line in head[m.end():].split("\n")[1:]:
                if not (more := _AGED.match(line := line.strip())) or not more.group(1).istitle() or _adult_aged(line, more):
                    break
                aged.append(more.group(1))
        for n in (aged or _named_fields(rest))[:1 if shouting else None]:
            if n.lower() not in _NOT_NAME and n not in found:
                found.append(n)
            listed.add(n)
    for m in _CHILDREN_HEADING.finditer(head):
        # "SUBJECTS" over "Leah Tonkin: F 13 (04/06/2012) ...": a print's list of the children,
        # each line a name and an age
        for line in head[m.end():].split("\n")[1:]:
            if not (named := _NAMED_AGE_LINE.match(line)) or int(named.group("age")) >= _ADULT_AGE:
                break
            if named.group("n").lower() not in _NOT_NAME and named.group("n") not in found:
                found.append(named.group("n"))
            listed.add(named.group("n"))
    for m in _LETTERED_CHILD.finditer(head):
        # "For T (Tommy, 4) and EM (Ellie-Mae, 18 months)": a child's letters, then her name and age
        name = m.group("n")
        if m.group("l") in name_letters(name) and \
                (m.group("unit") or int(m.group("age")) < _ADULT_AGE) and name.lower() not in _NOT_NAME and name not in found:
            found.append(name)
    for m in _NAMED_THEN_LETTERS.finditer(head):
        # "Oakley Fenn (O), DOB 10/10/2023", "Ellie-Mae PENHALE (E-M), DOB ...": the name, the letters the
        # plan will call her by, and her date of birth
        name = m.group("n")
        if m.group("l") in name_letters(name) and name.lower() not in _NOT_NAME and name not in found:
            found.append(name)
    if not found and not shouting:
        # "- Tegan Quarrie, 15 (yr 11 Wethersley High) and Sonny Quarrie, 3 (...)" in an unlabelled
        # who's-who list: a name given an age under 18 is a child's (a parent's comes with its own
        # word, "Jade Quarrie, 34 - mum", and parents are set apart below)
        for line in head.split("\n"):
            for a in sorted([*_YOUNG_AGED.finditer(line), *_YOUNG_BRACKETED.finditer(line)], key=lambda a: a.start()):
                if (a.group("unit") or int(a.group("age")) < _ADULT_AGE) and a.group("n").lower() not in _NOT_NAME \
                        and a.group("n") not in found:
                    found.append(a.group("n"))
    # "Children: Mason Clarke (9)" outweighs "Evie drew her family: Mum, Mason, herself ..."
    first = list(_finditer(_PARENT_NAME[0], head, low, _PARENT_NAME_STARTS[0]))
    then = _named_then_parent(head)
    # "Reece Tunstall, Dad (Lacey and unborn baby)": a bracket after a parent already named
    # says whose parent, not the parent's name
    ends = [t.end() for t in then]
    first = [m for m in first if not any(m.start() < end <= m.start("n") for end in ends)]
    parents = {m.group("n") for m in [*first, *then]} - listed
    lined: set[str] = set()
    for m in _finditer_lines(_PARENTS_LINE, head):
        # "Parents: Agnieszka Kowalski (36) and Tomasz Kowalski (40)": each name on the line is a parent
        rest = _NEXT_LABEL.split(m.group("rest"), 1)[0]
        # ("Stacey Holt (35) and Wayne Holt (38), 9 Bramhope Rise, Bidwardine": with ages given, the
        # aged names; else the names before an address's first number)
        names = [n for n in _AGED.findall(rest) if n.istitle()]
        if not names:
            for part in _NAME_LIST_SPLIT.split(rest):
                if any(c.isdigit() for c in part):
                    break
                if f := _FIRST_NAME.match(part.strip()):
                    names.append(f.group(1))
        lined |= set(names) - set(found) - listed
    if (greeting := _GREETING_PARENTS.search(head)) and (_YOUR_CHILD.search(head) or (
            # ("Dear Kayleigh and Dean, ... Kai's child protection plan": two adults written to about the child)
            greeting.group("m") and found and not {greeting.group("n"), greeting.group("m")} & set(found))):
        # "Dear Kayleigh and Ryan, ... your children's plan": a letter to the parents
        parents |= {greeting.group("n"), *([greeting.group("m")] if greeting.group("m") else [])} - set(found)
    # "Denise (Ryan's mum)": the mother of someone named as a parent (here or on a "Parents:"
    # line) is a grandparent
    named = parents | lined
    parents -= {m.group("n") for m in then if (whose := _WHOSE_IN.search(m.group(0)))
                and whose.group(1) in named and whose.group(1) != m.group("n")}
    # "Gary's father, Ron Dunmore": the father of someone named as a parent is a grandparent
    # (but "Kai's dad, Gary" is Kai's)
    parents -= {m.group("n") for m in first if (whose := _WHOSE_BEFORE.search(head, 0, m.start()))
                and whose.group(1) in named and whose.group(1) != m.group("n")}
    for m in [] if shouting else _related(head, low):
        name, rel = m.group("n"), m.group("rel").lower()
        if name.lower() in _NOT_NAME or _in_a_compound(m, head):
            continue
        if rel in _CHILD_RELATIONS:
            if name not in found and name not in parents:
                found.append(name)
        elif name not in listed:
            # (a name the "Children:" line gave stays a child: "Mum: Kirsty Ashworth (36), with
            # Freya and Noah" run on to "Dad: Liam Ashworth" reads "Noah Dad", not Noah's role)
            parents.add(name)
    if lower_words is None:
        lower_words = lower_case_words(full)
    parents |= {n for n in lined if not _a_word(n, full, lower_words)}  # ("Parents: Separated" names no one)
    # A real first name is Title-case and never written in lower case elsewhere.
    # "Mother and ..." read as a parent named "and" is no name either: only title-case words are.
    # ("DAD: SOBER AND ABLE TO CARE", a theme's banner, names no father "Sober": the plan writes "sober")
    parents = {n for n in parents if n.istitle() and not understanding_mentions(n)  # nor "Mum, Grandma Comfort"
               and not (_a_word(n, full, lower_words) and not _title_cased_in(n, full))}
    facts.parent_names = sorted(parents)
    named = [n for n in found
             if n not in parents and n.istitle() and not _a_word(n, full, lower_words) and not understanding_mentions(n)]
    # (only a name can be the first name before a surname: "Until Isla is born" makes no "Until Isla")
    facts.child_names = [n for n in named if not _only_a_surname(n, full, (parents | set(named)) - {n})][:8]
    names = Counter()
    full_lines = full.splitlines()
    for line in full_lines:
        for m in _CAPITAL.finditer(line):
            if m.group(1).lower() not in _NOT_NAME:
                names[m.group(1)] += 1
    facts.names = sorted(n for n in names if not understanding_mentions(n))
    for line in full_lines:
        if facts.review_date and facts.plan_date:
            break  # the first of each is kept: a plan full of dates need not be read to its end
        date = _DATE.search(line)
        if not date:
            continue
        low = None if folds_into_ascii(line) else line.lower()
        if not facts.review_date and (review := _search_holding(_REVIEW, line, low)):
            # "Core group on 24 March; the review conference is on 2 June": the date after the words
            facts.review_date = (_DATE.search(line, review.start()) or date).group(1)
        elif not facts.plan_date and _search_holding(_PLAN_DATE, line, low):
            facts.plan_date = date.group(1)
    find_case_facts(blocks, facts)
    return facts


def _adult_aged(text: str, aged: re.Match) -> bool:
    """"Gemma Fairbairn (34)": the age in the bracket _AGED stopped inside is an adult's."""
    age = _BRACKET_AGE.match(text, text.rfind("(", 0, aged.end()))
    return bool(age) and int(age.group(1)) >= _ADULT_AGE


def _born_an_adult(head: str, at: int) -> bool:
    """"Client ...... Wayne PEARCE  DOB 14/06/1987 (38)" on an adult service's print: the date of
    birth (or the age after it) a name is given is an adult's, so the name is no child's."""
    if not (birth := _BIRTH_AFTER.match(head, at)):
        return False
    if birth.group("age"):
        return int(birth.group("age")) >= _ADULT_AGE
    latest = max(int(y) for y in _YEAR.findall(head))
    return latest - int(birth.group("year")) >= _SURE_ADULT_YEARS


def _finditer(pattern: re.Pattern, text: str, low: str | None, starts: tuple[str, ...] | None):
    """pattern.finditer(text) for a pattern whose every match starts with one of
    `starts` in lower case, tried only where low (text.lower(), or None) has one.

    finditer takes, from where the last match ended, the first place the pattern
    matches; no match starts elsewhere, and match() at a place sees the text before
    it (word boundaries, look-behinds) as search() does. Without a low of text's
    length (None when case-insensitive matching could meet a character lower()
    does not make ASCII, see folds_into_ascii), or without starts, finditer runs.
    """
    if low is None or starts is None or len(low) != len(text):
        return pattern.finditer(text)
    found, end = [], 0
    for at in places(low, starts):
        if at >= end and (m := pattern.match(text, at)):
            found.append(m)
            end = m.end()
    return found


def _finditer_lines(pattern: re.Pattern, text: str) -> list[re.Match]:
    """pattern.finditer(text) for a pattern that opens with ^ under re.M and never
    matches empty: its every match starts a line, so only where a line starts is it
    tried, each from where the last match ended (re tried it at every character).
    match() at a place sees the text before it, so ^ holds there as in search()."""
    found, end, at = [], 0, 0
    while True:
        if at >= end and (m := pattern.match(text, at)):
            found.append(m)
            end = m.end()
        at = text.find("\n", at) + 1
        if not at:
            return found


def _named_then_parent(text: str) -> list[re.Match]:
    """_PARENT_NAME[1].finditer(text), tried only before a delimiter the pattern's
    tail (_PARENT_TAIL) follows from: re tried it at every letter of the opening.
    Before its delimiter a match holds only letters (each of its name classes,
    under re.I too), spaces and tabs."""
    anchors = [d.start() for d in _DELIMITER.finditer(text) if _PARENT_TAIL.match(text, d.start())]
    return _finditer_before(_PARENT_NAME[1], text, anchors,
                            lambda at: _back(text, at, lambda c: c.isalpha() or c in " \t"))


def _related(text: str, low: str | None):
    """_RELATION.finditer(text), tried only before a relation word that _RELATION_TAIL
    matches from: re tried it at every capital of the opening. Before that word a
    match holds a name, perhaps a surname after spaces or tabs, perhaps an age in
    brackets, then separators (_RELATION_SEPARATORS): walking back over those, the
    age, a word, spaces and a word reaches back past its start. Its relation words are found in low (text.lower(),
    or None) as _finditer finds starts."""
    if low is None or len(low) != len(text):
        return _RELATION.finditer(text)
    anchors = [at for at in places(low, _RELATION_WORDS) if _RELATION_TAIL.match(text, at)]

    def reach(at: int) -> int:
        at = _back(text, at, _RELATION_SEPARATORS.__contains__)
        if at and text[at - 1] == ")" and (age := _back(text, at - 1, str.isdigit)) < at - 1 and text[age - 1:age] == "(":
            at = _back(text, age - 1, " \t".__contains__)  # back over an age: "Leanne Maddox (36), mum"
        elif at and text[at - 1].isdigit() and \
                text[(comma := _back(text, _back(text, at, str.isdigit), " \t".__contains__)) - 1:comma] == ",":
            at = comma - 1  # "Jade Quarrie, 34 - mum"
        at = _back(text, at, _in_a_name)
        at = _back(text, at, " \t".__contains__)
        return _back(text, at, _in_a_name)

    return _finditer_before(_RELATION, text, anchors, reach)


def _in_a_compound(m: re.Match, text: str) -> bool:
    """"the Little Lanterns child bereavement service", "Delverton Police Child Abuse
    Investigation Team": the relation word is one word of a name's noun phrase, run on from
    the name by one space and on into more words, not a label saying who the named person
    is ("Zara Osei (child)", "Kai Smith, son of ...", "Amy Hill<tab>Daughter")."""
    return not _SEPARATED.search(text, m.end("n"), m.start("rel")) and bool(_RUNS_ON.match(text, m.end()))


# A separator, or the gap of a column.
_SEPARATED = lazy_re.compile(r"[|(,–-]|\t| {2}")
# One space, then a word that carries the phrase on: in capitals, or in lower case and
# not "of", "to", "aged" ...
_RUNS_ON = lazy_re.compile(r" (?:[A-Z][a-z]|(?!(?:of|to|aged?|born|who|is|was|has|and|or|at|in|lives?|from|with|for)\b)[a-z])")


def _in_a_name(c: str) -> bool:
    """Every character of _RELATION's name classes passes (and more)."""
    return c.isalpha() or c in "'’-"


def _back(text: str, at: int, passes) -> int:
    """Where the run of characters that pass, ending at `at`, starts."""
    while at and passes(text[at - 1]):
        at -= 1
    return at


def _finditer_before(pattern: re.Pattern, text: str, anchors: list[int], reach) -> list[re.Match]:
    """pattern.finditer(text) for a pattern whose every match runs into one of anchors
    (the places its tail can match from) and starts at or after reach(anchor).

    Trying the places between in order, each from where the last match ended, as
    _finditer does, then finds finditer's matches.
    """
    places = set()
    for at in anchors:
        places.update(range(reach(at), at))
    found, end = [], 0
    for at in sorted(places):
        if at >= end and (m := pattern.match(text, at)):
            found.append(m)
            end = m.end()
    return found


_GREETING = lazy_re.compile(r"^\W*(?:[A-Za-zÀ-ÿ]+\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+\s*[·/|]\s*)?(?i:dear|hi|hello)\s+"
                       r"(?P<n>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)\b", re.M)
_YOUR_PLAN = lazy_re.compile(r"\byou(?:\s+and\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?\s+(?:have|need|are\s+on|are\s+subject\s+to|now\s+have|(?:will\s+)?(?:stay|remain)\s+on)\s+(?:a\s+|your\s+)?"
                        r"(?:child protection\s+|cp\s+)?plan\b|\byour\s+(?:child protection\s+)?plan\b"
                        # ("Thank you for coming to your child protection conference ... your mum": written to the child)
                        r"|\byour\s+(?:initial\s+|review\s+)?child\s+protection\s+conference\b"
                        r"(?=[\s\S]*\byour\s+(?:mum|dad|mother|father)\b)", re.I)


_PARENTS_LINE = lazy_re.compile(r"^\W*(?i:parents?|parents?\s*(?:/|and|&)\s*carers?|parental\s+responsibility)\s*:[ \t]*(?P<rest>\S.*)$",
                                re.M)
_NAME_LIST_SPLIT = lazy_re.compile(r"\s+(?:and|&)\s+|[;,]\s*")
_GREETING_PARENTS = lazy_re.compile(r"^\W*(?i:dear|hi|hello)\s+(?P<n>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)"
                                    r"(?:\s+(?:and|&)\s+(?P<m>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+))?\s*[,:]?\s*$", re.M)
_YOUR_CHILD = lazy_re.compile(r"\byour\s+(?:children|child|son|daughter|kids|baby(?!\s+(?:brother|sister)))\b", re.I)
_WHOSE_IN = lazy_re.compile(r"\b([A-Z][a-z]+)['’]s\s+\w+\W*$")
# "Dear Leanne, ... YOUR CHILD PROTECTION PLAN FOR FREYA": a parent's copy of a plan for the child
_FOR_ANOTHER = lazy_re.compile(r"\s+(?:for|about)\s+(?!you\b|now\b)\w", re.I)  # (not "... a plan for now")


def _only_a_surname(name: str, text: str, parents: set[str]) -> bool:
    """"Unborn baby: Baby Pike" beside "Mum: Shannon Pike", "Zofia Nowak": the family's name, never a first name."""
    if not parents:
        return False
    # on one line: a heading ending "... for Jayden and Mia" is not "Mia Jayden"
    if not _after_a_parent(name, text, parents):
        return False
    # re.search of this pattern, tried only where the name is written: opening with \b,
    # search tried it at every character of the plan. match() at a place sees the
    # character before it, as search does.
    followed = re.compile(rf"\b{re.escape(name)}[ \t]+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+")
    return not any(followed.match(text, at) for at in places(text, (name,)))


def _after_a_parent(name: str, text: str, parents: set[str]) -> bool:
    r"""re.search(rf"\b(?:{'|'.join(map(re.escape, parents))})[ \t]+{re.escape(name)}\b", text),
    looked for from each place the name is written: that pattern opens with \b and an
    alternation, so re tried it at every character of the plan (0.15 ms a call).
    For parents that are not empty (with none, that pattern matches any gap before the name)."""
    at = text.find(name)
    while at >= 0:
        gap = at
        while gap and text[gap - 1] in " \t":
            gap -= 1
        # A parent's name ends where the gap of spaces and tabs starts (or in it, if it ends in one).
        if _boundary(text, at + len(name)) and \
                any(text.endswith(p, 0, end) and _boundary(text, end - len(p)) for end in range(gap, at) for p in parents):
            return True
        at = text.find(name, at + 1)
    return False


def _boundary(text: str, at: int) -> bool:
    r"""re's \b at `at` in a str: a word character (alphanumeric or _) on one side only."""
    return _word_char(text, at - 1) != _word_char(text, at)


def _word_char(text: str, at: int) -> bool:
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] == "_")


_CAPS_LINE_WORDS = 3


def _shouting(text: str) -> bool:
    # Lower-case ASCII letters, each a letter that is not upper case, counted in C:
    # a tenth of the text (so of its letters) rules shouting out, as in most plans.
    ascii_text = text.encode("ascii", "ignore")
    if (len(ascii_text) - len(ascii_text.translate(None, _ASCII_LOWER))) * 10 >= len(text):
        return False
    letters = "".join(filter(str.isalpha, text))  # filter and map run in C: a plan's opening is ~5,000 characters
    return len(letters) >= 40 and sum(map(str.isupper, letters)) > 0.9 * len(letters)


_ASCII_LOWER = string.ascii_lowercase.encode()


_SHORT_LABEL = lazy_re.compile(r"^\s*[A-Za-z][A-Za-z'’ /.()-]{0,30}$")


def _block_text(b: Block) -> str:
    if b.table:
        rows = b.table.rows
        # "Young person | Tayo Adebayo | Date of birth | 17/08/2009": label, value, label, value
        # (in two rows only when a value in the top row gives it away: headers hold no dates)
        pairs = rows and all(len(r) in (4, 6) and all(_SHORT_LABEL.match(k) for k in r[0::2]) for r in rows) and (
            len(rows) != 2 or any(_DIGIT.search(v) for v in rows[0][1::2]))
        if pairs:
            return "\n".join(f"{k}: {v}" for r in rows for k, v in zip(r[0::2], r[1::2]) if k.strip() and v.strip())
        if len(rows) == 2:
            # A block of "Label: value" lines read as a one-row table.
            return "\n".join(f"{h}: {v}" for h, v in zip(rows[0], rows[1]))
        if all(len(r) == 2 for r in rows):
            # A details table: a label in the first cell, its value in the second.
            return "\n".join(f"{k}: {v}" if k.strip() and v.strip() else f"{k}{v}" for k, v in rows)
        return "\n".join(" | ".join(r) for r in rows)
    return b.text


# Case facts (the patterns as text, compiled together in _ANY_KIND): read only from a label the plan gives them ("Social worker:",
# a "Team" cell) or, for the plan type, from its title. Never guessed from
# the body: a blank is better than a wrong name in an audit.
_KINDS = {
    "review": (r"^(?:date of )?(?:next |the )?(?:review(?: child protection| cp)?(?: conference| meeting| date)?|"
               r"rcpc(?: date)?|next review(?: date)?|date of (?:the )?next (?:review|conference|meeting)|"
               r"review conference date|next conference)$"),
    "plan_date": (r"^(?:icpc|date of (?:the )?(?:plan|conference|icpc|initial (?:child protection )?conference|"
                  r"meeting|core group)|(?:plan|conference|icpc|meeting) date|date plan (?:made|agreed)|date)$"),
    "social_worker": (r"^(?:allocated |named |lead |key )?(?:social worker|sw|key worker|allocated worker|allocated)"
                      r"(?:'s)?(?: name)?$"),
    "team": (r"^(?:social work |sw |allocated )?team(?: name)?$|^(?:locality|service area)$"),
    "category": (r"^(?:category|categories)(?: of (?:abuse|harm|plan|concern|registration))?$"),
    "plan_type": (r"^(?:plan type|type of plan|legal status|status)$"),
    "children": (r"^(?:child(?:ren)?(?:'s)?|young (?:person|people)(?:'s)?|subject child(?:ren)?|"
                 r"name of (?:the )?(?:child(?:ren)?|young person|baby)|baby)(?: full)?(?: names?)?$"),
}
# _KINDS as one pattern, each kind's a named alternative in _KINDS' order: a match
# at the start tries them in turn, so its group is the first kind whose pattern
# matches, as trying each pattern in turn finds (tests/test_facts_fast_paths.py).
_ANY_KIND = lazy_re.compile("|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _KINDS.items()))
_LABEL_LINE = lazy_re.compile(r"^\W*(?P<label>[A-Za-z][A-Za-z'’ /()-]{1,48}?)\s*[:\-–]\s+(?P<value>\S.*)$")
_COLON = lazy_re.compile(r"\s*:\s+")
_LABEL_WORD = lazy_re.compile(r"[A-Za-z][A-Za-z'’/-]*")
_WORD_NAME = r"(?:(?:Ma?c|O')?[A-Z][a-zß-öø-ÿ'’]+(?:-[A-Z][a-zß-öø-ÿ'’]+)?|[A-Z]\.?(?=\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]))"
_PERSON = lazy_re.compile(r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?" + _WORD_NAME + r"(?:\s+" + _WORD_NAME + r"){0,2}(?![\w'’])")
# "Daniel Marsh, Westmere Locality Team South": a team named beside the worker or under the council's name.
_TEAM = lazy_re.compile(r"\b[A-Z][\w'’-]*(?:\s+(?:and|&|of|in|for|[A-Z][\w'’-]*)){0,5}?\s+Team\b(?!\s+[Mm]anager)"
                   r"(?:\s+(?:\d+|North|South|East|West|\([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+\)))?")
_EMPLOYER = lazy_re.compile(r"council|trust|children's|social care|social work|services|borough|county", re.I)
_MONTHS = {m[:3]: i for i, m in enumerate(loader.vocabulary()["months"], 1)}


def _kinds(prefix: str) -> list[tuple[str, re.Pattern]]:
    """(name, pattern) of each vocabulary list under `prefix`, in file order."""
    return [(key[len(prefix):].replace("_", " "),
             re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(p) for p in sorted(words, key=len, reverse=True)) + r")(?![\w-])", re.I))
            for key, words in loader.vocabulary().items() if key.startswith(prefix)]


_PLAN_TYPES = _kinds("plan_type_")
_CATEGORIES = _kinds("category_")


def labelled_values(blocks: list[Block]) -> list[tuple[str, str]]:
    """(label, value) pairs from the plan's opening: "Label: value" lines,
    label | value table rows (two or four cells), and header rows over one row of values."""
    pairs: list[tuple[str, str]] = []

    def lines(text: str) -> None:
        for line in text.splitlines():
            line = line.strip()
            found = _line_pairs(line)
            # (_LABEL_LINE needs one of its separators: most lines of a table's cells have none)
            m = _LABEL_LINE.match(line) if not found and ("-" in line or ":" in line or "–" in line) else None
            pairs.extend(found or ([(m.group("label"), m.group("value"))] if m else []))

    for b in blocks[:60]:
        if not b.table:
            lines(b.text)
            continue
        rows = [[c.strip() for c in r] for r in b.table.rows]
        if len(rows) == 2 and len(rows[0]) > 2:
            pairs.extend(zip(rows[0], rows[1]))
        for row in rows:
            cells = [c for c in row if c]
            if len(cells) in (2, 4, 6):
                pairs.extend(zip(cells[0::2], cells[1::2]))
            for cell in cells:
                lines(cell)
    return [(_label(k), v.strip()) for k, v in pairs if k and v.strip()]


def _line_pairs(line: str) -> list[tuple[str, str]]:
    """Labels run into one line (PDF text): "Category: Neglect ICPC: 26/03/2025
    Social worker: Jo Brook". Each colon ends a label of one to four words:
    the shortest that names a case fact, else the shortest that starts with a capital."""
    pairs: list[tuple[str, str]] = []
    if ":" not in line:
        return pairs  # most lines: _COLON needs one
    start, label = 0, None
    for colon in _COLON.finditer(line):
        words = list(re.finditer(r"\S+", line[start:colon.start()]))
        suffixes = []
        for k in range(1, min(4, len(words)) + 1):
            first = words[-k]
            if not all(_LABEL_WORD.fullmatch(w.group()) for w in words[-k:]):
                break
            suffixes.append(first)
        if not suffixes:
            continue
        text = lambda w: line[start + w.start():colon.start()]  # noqa: E731
        chosen = next((w for w in suffixes if _kind(_label(text(w)))), None)
        chosen = chosen or next((w for w in suffixes if w.group()[0].isupper() or w.start() == 0), None)
        if chosen is None:
            continue
        if label is not None:
            pairs.append((label, line[start:start + chosen.start()].strip(" ,;·|")))
        label, start = text(chosen), colon.end()
    if label is not None:
        pairs.append((label, line[start:].strip(" ,;·|")))
    return pairs


def _label(text: str) -> str:
    return _SPACES.sub(" ", _NOT_LABEL.sub(" ", text)).strip().lower()


_SPACES, _NOT_LABEL = re.compile(r"\s+"), re.compile(r"[*:#]+|\(.*?\)")


def iso_date(text: str) -> str | None:
    """The first UK date in `text` as YYYY-MM-DD (day first: 12/05/2025 is 12 May)."""
    m = _DATE.search(text or "")
    if not m:
        return None
    raw = m.group(1)
    try:
        if "-" in raw:
            y, mo, d = (int(x) for x in raw.split("-"))
        elif re.search(r"[A-Za-z]", raw):
            parts = raw.replace(".", " ").split()
            d, mo, y = int(re.match(r"\d+", parts[0]).group()), _MONTHS[parts[1][:3].lower()], int(parts[2])
        else:
            d, mo, y = (int(x) for x in re.split(r"[/.]", raw))
            y += 2000 if y < 100 else 0
        from datetime import date

        return date(y, mo, d).isoformat()
    except (ValueError, KeyError, AttributeError):
        return None


def _person(value: str) -> str | None:
    """The name at the start of `value`, up to the first word that is not a name ("Femi Ola Team")."""
    m = _PERSON.match(value.strip())
    words = []
    for word in (m.group().split() if m else []):
        if word.lower().strip(".") in _NOT_NAME:
            break
        words.append(word)
    return " ".join(words) if words and words[-1][-1] != "." and len(words[-1]) > 1 else None


def _children(value: str) -> list[str]:
    value = re.sub(r"\([^)]*\)", ",", value)
    names = []
    for part in re.split(r",|;|\band\b|&|/", value):
        person = _person(part)
        if person:
            names.append(person)
    return names


def _named(value: str, kinds: list[tuple[str, re.Pattern]]) -> list[str]:
    return [name for name, pattern in kinds if pattern.search(value)]


def _kind(label: str) -> str | None:
    """The case fact a label names. A label run on from the value before it
    ("Calderbrook Category") is tried without its first word too."""
    for text in (label, label.partition(" ")[2]):
        m = _ANY_KIND.match(text)
        if m:
            return m.lastgroup
    return None


def find_case_facts(blocks: list[Block], facts: PlanFacts) -> None:
    """Fill the audit's case facts from labels in the plan's opening and its title."""
    for label, value in labelled_values(blocks):
        kind = _kind(label)
        if kind == "review" and not facts.next_review:
            facts.next_review = iso_date(value)
        elif kind == "plan_date" and not facts.conference_date:
            facts.conference_date = iso_date(value)
        elif kind == "social_worker" and not facts.social_worker:
            facts.social_worker = _person(value)
            team = _TEAM.search(value)
            facts.team = facts.team or (team.group() if team else None)
        elif kind == "team" and len(value) <= 60:
            facts.team = value.rstrip(". ")
        elif not facts.team and _EMPLOYER.search(label) and len(label.split()) <= 4 and _TEAM.search(value):
            facts.team = _TEAM.search(value).group()
        elif kind == "category" and not facts.categories:
            facts.categories = _named(value, _CATEGORIES)
        elif kind == "plan_type" and not facts.plan_type:
            facts.plan_type = next(iter(_named(value, _PLAN_TYPES)), None)
        elif kind == "children" and not facts.children:
            facts.children = _children(value)
    if not facts.plan_type:
        titles = [b.text for b in blocks[:6] if b.kind == "heading" or b is blocks[0]]
        facts.plan_type = next((t for title in titles for t in _named(title, _PLAN_TYPES)), None)
    facts.next_review = facts.next_review or iso_date(facts.review_date or "")
    facts.conference_date = facts.conference_date or iso_date(facts.plan_date or "")
    if not facts.children:
        facts.children = list(facts.child_names)
