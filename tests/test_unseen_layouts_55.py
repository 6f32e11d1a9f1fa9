"""Classes met in good plans whose owners, times and checks sit where no template puts them
(pass 55): a card written as sentences beside labelled cards, checks listed by box or item
number, times listed by action number in a timeline, a part's lead line, "I will:" in a worker's
letter, action logs typed as plain text, vague times written as confidently as real ones. All
names are invented."""
from planlint import lint

from test_unseen_layouts_12 import _action, _docx, _rules


_TAIL = (
    ("Heading 1", "What Ruby tells us"), ("Normal", 'Ruby told Mrs Kent: "I like it when Nan picks me up."'),
    ("Heading 1", "Our goals"), ("Normal", "Ruby is safe at home and at school every day by the review."),
    ("Heading 1", "What if"),
    ("Normal", "If Nan cannot collect Ruby, Uncle Dev will collect her and tell Sara the same day. "
               "If nothing changes by the review, Sara's manager will hold a legal planning meeting."),
    ("Heading 1", "Meetings"), ("Normal", "Core group on 03/02/2026; review conference on 20/04/2026."),
)

_LABELLED = ("Card 1\nWhat: home visits to see Ruby on her own.\nWho: Sara Lowe, social worker\n"
             "When: every week until the review\nHow we'll know: visit notes within 2 working days.")
_PROSE = ("Card 2\nRuby will be collected from school at 3.15pm by Nan every Tuesday from 13/01/2026. "
          "Nan will text Sara when Ruby is home, and Sara will read the texts at each visit.")
_LABELLED_2 = ("Card 3\nWhat: take Ruby to the Little Stars group.\nWho: Mum\n"
               "When: every Monday at 10am from 12/01/2026\nHow we'll know: the group register.")
_LABELLED_3 = ("Card 4\nWhat: six sessions with Ruby about her worries.\nWho: Mrs Kent, ELSA\n"
               "When: Thursdays from 15/01/2026\nHow we'll know: Mrs Kent sends Sara Ruby's words after each session.")


def _cards(*cells):
    return _docx(("Title", "Ruby's plan"), ("Heading 1", "The cards"),
                 ("table", [list(cells[:2]), list(cells[2:])]), *_TAIL)


def test_a_card_written_as_sentences_beside_labelled_cards_is_a_card():
    report = lint(_cards(_LABELLED, _PROSE, _LABELLED_2, _LABELLED_3), name="plan.docx")
    assert len(report.plan.actions) == 4
    collect = _action(report, "collected from school")
    assert collect.facts.owner == "Nan"
    assert collect.facts.time_status == "ok" and collect.facts.measure_status == "ok"
    assert not _rules(report, "W001", "T001", "M001")


def test_a_card_of_a_title_and_a_few_words_is_no_card():
    report = lint(_cards(_LABELLED, "Card 2\nSee above.", _LABELLED_2, _LABELLED_3), name="plan.docx")
    assert len(report.plan.actions) == 3


def test_a_rows_work_that_says_it_all_decides_its_check_and_one_sentence_does_not():
    # "Action | Who | When | How" with only the work filled: its sentences decide the check
    table = [["Action", "Who", "When", "How we will know"],
             ["Visit Ruby at home", "Sara Lowe, SW", "Every week", "Visit notes on the file within 2 days"],
             ["Ruby will be walked to school by Nan every morning from 12/01/2026. Nan will text Sara "
              "each day when Ruby is in the gate.", "", "", ""],
             ["Nan to take Ruby to the dentist by 30/01/2026", "", "", ""]]
    report = lint(_docx(("Title", "Ruby's plan"), ("Heading 1", "The plan"), ("table", table), *_TAIL),
                  name="plan.docx")
    walked = _action(report, "walked to school")
    assert walked.facts.owner == "Nan" and walked.facts.measure_status == "ok"
    assert _action(report, "dentist").facts.measure_status == "missing"


def test_a_childs_passive_with_an_adult_agent_is_work_not_a_hope():
    table = [["What will happen", "Who", "When", "How we will know"],
             ["Home visits, Ruby seen alone", "Sara Lowe, SW", "Every week", "Visit notes"],
             ["Ruby will be checked in with each morning by Mrs Kent, who sends Sara a note every Friday", "",
              "", ""],
             ["Ruby will be happy and settled at school", "", "", ""]]
    report = lint(_docx(("Title", "Ruby's plan"), ("Heading 1", "The plan"), ("table", table), *_TAIL),
                  name="plan.docx")
    texts = [a.text for a in report.plan.actions]
    assert any("checked in with each morning by Mrs Kent" in t for t in texts)
    assert not any("happy and settled" in t for t in texts)


# A grid of one column per person, its boxes numbered, and the checks listed after it by box number
_BOX_GRID = [["When", "Sara Lowe, social worker", "Mum (Tia)", "Nan (June Okafor)"],
             ["Every week until the review conference",
              "(1) Visit Ruby at home and see her on her own, one visit in three unannounced.",
              "(2) Walk Ruby to Greenway Primary by 8.45am every school day.",
              "(3) Collect Ruby from school every Tuesday at 3.15pm and give her tea."],
             ["By 27/02/2026",
              "(4) Refer Tia to Greenway Money Advice for a benefits check and help with the rent arrears.",
              "(5) Take Ruby to Hollins Dental Practice for her overdue check-up.",
              "(6) Buy Ruby a new bed and mattress with the grant from the Greenway Trust."]]
_BOX_CHECKS = ["Sara's visit notes on the case file within 2 working days, with what Ruby said on her own.",
               "The school register, which Mrs Kent e-mails Sara every Friday.",
               "Nan texts Sara when Ruby is home, and Sara reads the texts at each visit.",
               "Greenway Money Advice's letter accepting the referral, on the case file.",
               "The dentist's letter, copied to Sara and the GP.",
               "Sara sees the new bed at her next visit and photographs it for the file."]


def test_a_person_grids_numbered_boxes_take_the_checks_listed_by_their_numbers():
    checks = [("Normal", f"{opener} {text}") for opener, text in
              zip(["(1)", "(2)", "(3)", "Box 4.", "Box 5.", "Box 6."], _BOX_CHECKS)]
    report = lint(_docx(("Title", "Ruby's plan"), ("Heading 1", "Who does what"), ("table", _BOX_GRID),
                        ("Heading 2", "How we will know (the numbers match the boxes)"), *checks, *_TAIL),
                  name="plan.docx")
    assert len(report.plan.actions) == 6
    assert _action(report, "Money Advice").facts.measure_status == "ok"
    assert _action(report, "new bed").facts.measure_status == "ok"
    assert not _rules(report, "M001", "M002")


_LETTER_WORK = ("1.1 Tia, you will walk Ruby to Greenway Primary by 8.45am every school day.",
                "1.2 Nan (June Okafor) will collect Ruby from school every Tuesday at 3.15pm and give her tea.",
                "1.3 Sara Lowe, social worker, will take Ruby to the Hollins Dental Practice by 27/02/2026.")


def test_a_parts_checks_led_by_for_and_each_actions_number_are_their_checks():
    checks = ("How we will know: For 1.1, the school register, which Mrs Kent sends Sara every Friday. "
              "For 1.2, Nan signs the school's collection book each Tuesday. For 1.3, the dentist's letter, "
              "copied to Sara and the GP.")
    report = lint(_docx(("Title", "Ruby's plan"), ("Heading 1", "Part 1: School every day"),
                        ("Normal", "What will be different: Ruby gets to school on time every day."),
                        *(("Normal", w) for w in _LETTER_WORK), ("Normal", checks), *_TAIL), name="plan.docx")
    assert len(report.plan.actions) == 3
    assert _action(report, "1.1 Tia").facts.measure_status == "ok"
    assert not _rules(report, "M001")


def test_keyed_checks_run_onto_the_last_actions_line_are_cut_from_its_work():
    last = (_LETTER_WORK[2] + " How we will know (Part 1): 1.1 - the school register, which Mrs Kent sends Sara "
            "every Friday. 1.2 - Nan signs the school's collection book each Tuesday. 1.3 - the dentist's "
            "letter, copied to Sara and the GP.")
    report = lint(_docx(("Title", "Ruby's plan"), ("Heading 1", "Part 1: School every day"),
                        ("Normal", "What will be different: Ruby gets to school on time every day."),
                        ("Normal", _LETTER_WORK[0]), ("Normal", _LETTER_WORK[1]), ("Normal", last), *_TAIL),
                  name="plan.docx")
    assert _action(report, "1.1 Tia").facts.measure_status == "ok"
    assert "How we will know" not in _action(report, "1.3 Sara").fields["action"]
    assert not _rules(report, "M001")


# Core group minutes typed as plain text whose action logs have no markup a table reader knows.
_MINUTES_HEAD = """CORE GROUP MEETING - MINUTES

Child:    Poppy Marwood (6), Year 2, Elmcroft Primary

PRESENT (the key to the initials below)
  RT  Rosa Tindall, social worker, Hallowfield Children's Services (chair)
  GE  Gita Evans, school nurse, Elmcroft Primary
  WB  DS Will Brannock, Hallowfield Police, Public Protection Unit
  KM  Kelly Marwood, Poppy's mum

WHAT WE WANT FOR POPPY
  - Poppy is safe at home and is not frightened by shouting.

CONTINGENCY
  If Poppy's dad comes to the house, Kelly rings 999 and RT holds a strategy discussion the same day.
  If nothing changes by the review, RT's manager will hold a legal planning meeting.

DATES
  Next core group 10/03/2026; review conference 14/04/2026.

ACTION LOG
"""


def test_a_pipe_table_typed_without_a_separator_line_is_a_table():
    text = _MINUTES_HEAD + (
        "Ref | Action | By when | Check at sign-off | Signed off by\n"
        "P1 | See Poppy on her own at school and at home | Every fortnight until the review | "
        "Visit notes with Poppy's words, read out at each core group | RT\n"
        "P2 | Check Poppy's height, weight and sleep | By 27/02/2026 | Letter to RT with her centiles | GE\n"
        "P3 | Take Poppy to the dentist at Elmcroft Dental Practice | 05/03/2026 at 3.30pm | "
        "Appointment card shown to RT | KM\n"
        "\nMinutes sent to everyone present on 12/02/2026.\n")
    report = lint(text.encode(), name="minutes.txt")
    assert len(report.plan.actions) == 3
    dentist = next(a for a in report.plan.actions if "dentist" in a.text)
    assert dentist.source == "table" and dentist.facts.owner == "KM"
    assert not _rules(report, "W001", "T001", "M001")


def test_a_pipe_banner_over_prose_is_no_table():
    text = "Hallowfield CareDesk | Core group minutes | Printed 12/02/2026 by RTINDALL\n" + _MINUTES_HEAD + (
        "P1  See Poppy on her own at school every fortnight until the review (RT)\n")
    report = lint(text.encode(), name="minutes.txt")
    assert not any("CareDesk" in a.text for a in report.plan.actions)


def test_coded_actions_over_when_and_check_lines_are_one_table_each_code_a_row():
    text = _MINUTES_HEAD + (
        "   Each action ends with its owner's initials in brackets.\n\n"
        "   P1  See Poppy on her own at school and at home, and ask her about her worry box at each\n"
        "       visit (RT)\n"
        "       When:  every fortnight until the review conference\n"
        "       Check: visit notes with Poppy's words, read out at each core group\n\n"
        "   P2  Check Poppy's height, weight and sleep at school (GE)\n"
        "       When:  by 27/02/2026\n"
        "       Check: letter to RT with her centiles\n\n"
        "   P3  Tell RT and KM the same day about any change to the bail conditions (WB)\n"
        "       When:  the same day as any change, and before the bail date (02/03/2026)\n"
        "       Check: WB's e-mail to RT saved on the case file\n\n"
        "Minutes sent to everyone present on 12/02/2026.\n")
    report = lint(text.encode(), name="minutes.txt")
    assert len(report.plan.actions) == 3
    bail = next(a for a in report.plan.actions if "bail conditions" in a.text)
    assert bail.source == "table" and bail.text.startswith("P3 | Tell RT")
    # ("WB  DS Will Brannock": the key's initials, then an officer named with his rank)
    assert bail.facts.owner == "WB"
    assert not _rules(report, "W001", "T001", "M001")


# A part's lead named once, on a line under the part's name, over numbered steps that name no one
_PARTS = (
    ("Title", "Ruby's plan"), ("Heading 1", "The plan"),
    ("Normal", "Each part has one lead, who does every step in it unless the step names someone else. "
               "Every item closes with \"We will check:\", saying how the core group will see it has been done."),
    ("Heading 2", "Part 1: Ruby's mornings"),
    ("Normal", "Lead for this part: Priya Sandhu, family support worker, Ottery Family Hub."),
    ("Normal", "1.1 Go through a morning routine chart with Mum and Ruby at home, every Tuesday from "
               "13/01/2026. Check: the signed chart on the file each week."),
    ("Normal", "1.2 Uncle Dev will walk Ruby to school on Mondays from 12/01/2026. Check: the school register."),
    ("Heading 2", "Part 2: Ruby's health"),
    ("Normal", "Lead for this part: the Ottery 0-19 Team (Jo Penhale, school nurse). They will:"),
    ("Normal", "2.1 Weigh and measure Ruby at school by 30/01/2026 and again by 27/03/2026. "
               "Check: her growth chart sent to Sara."),
    *_TAIL,
)


def test_a_parts_lead_line_owns_the_steps_under_it_that_name_no_one():
    report = lint(_docx(*_PARTS), name="plan.docx")
    assert _action(report, "morning routine chart").facts.owner.startswith("Priya Sandhu")
    assert "Uncle Dev" in _action(report, "walk Ruby to school").facts.owner  # (a step naming its own doer)
    assert _action(report, "Weigh and measure").facts.owner.startswith("the Ottery 0-19 Team")
    assert not _rules(report, "W001")
    # the note on how the items are laid out is no item
    assert not any("Every item closes with" in a.text for a in report.plan.actions)
    assert not _rules(report, "T001")


def test_a_table_under_a_title_row_runs_on_over_the_page_break():
    # "WORK FROM ..." merged across the top of the table, then its header: the rows at the top of the
    # next page are more of it, under the "Responsible:" banner that ended the page before
    from planlint.readers.pdf import _Builder, _Page, _PdfTable
    before = [["THE WORK FROM 12/01/2026 TO THE REVIEW ON 20/04/2026"], ["No.", "What", "By", "Proof"],
              ["1", "Home visits, Ruby seen alone", "Every week", "Visit notes"], ["Responsible: Uncle Dev"]]
    after = [["2", "Walk Ruby to school on Mondays", "Every Monday", "School register"]]
    pages = [_Page(1, 800.0, 200, tables=[_PdfTable(1, 100.0, 780.0, before)]),
             _Page(2, 800.0, 200, tables=[_PdfTable(2, 40.0, 120.0, after)])]
    (table,) = [b for b in _Builder(pages).blocks() if b.kind == "table"]
    assert table.table.rows[-1][1] == "Walk Ruby to school on Mondays"
    assert table.table.row_locations[-1].page == 2


# Times given by action number in a part of their own
_TIMELINE_MD = """# Child protection plan for Ruby Hale

## Outcomes
Ruby is safe at home and at school every day.

## The work (times are in the timeline; the numbers match)

**1.** Visit Ruby at home and see her on her own.
- Who: Sara Lowe, social worker
- How we'll know: visit notes on the file within 2 working days.

**2.** Weigh Ruby and check her growth.
- Who: Jo Penhale, school nurse
- How we'll know: her growth chart sent to Sara.

**3.** Take Ruby to the dentist.
- Who: Tia (Mum)
- How we'll know: the dentist's letter to Sara.

## Timeline (the numbers match the work above)

| No. | When |
|---|---|
| 1 | Every week until the review conference on 20/04/2026 |
| 2 | By 30/01/2026 and again by 27/03/2026 |
| 3 | By February half term (13/02/2026) |
""" + """
## What Ruby says
Ruby told Sara: "I like it when Nan picks me up."

## If things go wrong
If Ruby is hurt, Sara holds a strategy discussion the same day. If nothing changes by the review, the team
manager holds a legal planning meeting.

## Meetings
Core group on 03/02/2026; review conference on 20/04/2026.
"""


def test_a_timeline_keyed_by_the_actions_numbers_gives_each_its_time():
    report = lint(_TIMELINE_MD.encode(), name="plan.md")
    assert len(report.plan.actions) == 3
    assert _action(report, "dentist").fields["timescale"].startswith("By February half term")
    assert not _rules(report, "T001")


def test_a_dot_leader_timeline_in_a_case_print_gives_each_action_its_time():
    text = _TIMELINE_MD.replace("""| No. | When |
|---|---|
| 1 | Every week until the review conference on 20/04/2026 |
| 2 | By 30/01/2026 and again by 27/03/2026 |
| 3 | By February half term (13/02/2026) |""", """1 ..... Every week until the review conference on 20/04/2026.
2 ..... By 30/01/2026 and again by 27/03/2026.
3 ..... By February half term (13/02/2026).""")
    report = lint(text.encode(), name="plan.md")
    assert _action(report, "Weigh Ruby").fields["timescale"].startswith("By 30/01/2026")
    assert not _rules(report, "T001")


def test_a_chronology_under_a_timeline_heading_times_no_work():
    text = _TIMELINE_MD.replace("## Timeline (the numbers match the work above)", "## Timeline").replace(
        "| No. | When |", "| No. | What happened |").replace(
        "| 1 | Every week until the review conference on 20/04/2026 |", "| 1 | March 2024: Ruby was born |").replace(
        "| 2 | By 30/01/2026 and again by 27/03/2026 |", "| 2 | May 2025: police called to the house |").replace(
        "| 3 | By February half term (13/02/2026) |", "| 3 | November 2025: the strategy discussion |")
    report = lint(text.encode(), name="plan.md")
    assert not any("timescale" in a.fields for a in report.plan.actions)
    assert [a.facts.time_status for a in report.plan.actions] == ["ok", "missing", "missing"]


def _one_row(action, who, when, check):
    return _docx(("Title", "Ruby's plan"), ("Heading 1", "The plan"),
                 ("table", [["Action", "Who", "When", "How we will know"], [action, who, when, check]]), *_TAIL)


def test_ongoing_beside_work_timed_only_by_its_own_sessions_is_vague():
    report = lint(_one_row("Go to key-work sessions and give a urine screen at each session", "Tia (Mum)",
                           "Ongoing", "Screens sent to Sara by the service"), name="plan.docx")
    assert [f.rule for f in _rules(report, "T001", "T002")] == ["T002"]
    weekly = lint(_one_row("Go to key-work sessions every Tuesday and give a urine screen", "Tia (Mum)",
                           "Ongoing", "Screens sent to Sara by the service"), name="plan.docx")
    assert not _rules(weekly, "T001", "T002")


def test_at_the_next_opportunity_names_no_time():
    report = lint(_one_row("Review Tia's medication and tell Sara of any change", "Dr Ian Marsh, GP",
                           "At the next opportunity", "Letter from Dr Marsh to Sara"), name="plan.docx")
    assert [f.rule for f in _rules(report, "T001", "T002")] == ["T002"]


def test_a_blank_when_is_not_filled_by_the_time_of_the_check():
    report = lint(_one_row("Clear the rubbish bags from the back garden", "Tia (Mum)", "",
                           "Sara sees the garden at her next visit"), name="plan.docx")
    assert [f.rule for f in _rules(report, "T001", "T002")] == ["T001"]


def test_wont_is_a_rule_someone_keeps_and_a_reported_refusal_is_none():
    from planlint.nlp.commitment import find_commitment
    assert find_commitment("He won't drink from 3pm on any day.").subject == "He"
    assert find_commitment("Jay says he won't go to the drug service.") is None


def test_a_case_prints_capitals_surname_before_born_names_the_child():
    text = ("CHILD PROTECTION PLAN\n\nCHILDREN\n  Poppy MARWOOD ......... born 12/03/2021 (4). Elm Nursery.\n\n"
            "OUTCOMES\n  Poppy is cared for by a sober adult every day.\n\n"
            "ACTIONS\n- Sam Hill (SW) will visit Poppy every week from 12/01/2026; visit notes on file.\n")
    report = lint(text.encode(), name="plan.txt")
    assert "Poppy" in report.plan.facts.child_names
    assert not _rules(report, "F002")


def test_a_young_persons_own_words_in_a_second_clause_are_hers():
    text = ("# My plan (Skye, 14)\n\n## What I want to be different\n"
            "1. There's food in the house, and I'm not the one who has to sort Dad's tablets.\n"
            "2. If Dad gets ill again, an adult notices and I'm looked after.\n\n"
            "## What I'll do\n\n| What I'll do | When | Show me |\n|---|---|---|\n"
            "| Go to the young carers group | Every Wednesday from 04/02/2026 | The register, sent to Mel monthly |\n")
    report = lint(text.encode(), name="plan.md")
    assert not _rules(report, "F002", "L001", "W001")
    assert report.plan.facts.looked_after is False


def test_an_outcome_row_over_a_tables_header_is_its_outcome():
    data = _docx(("Title", "Ruby's plan"), ("Heading 1", "The plan"),
                 ("table", [["Outcome 1: Ruby lives in a clean, safe home with food every day"] * 4,
                            ["What will happen", "Who", "By when", "Show me"],
                            ["Home visits, Ruby seen on her own", "Sara Lowe (SW)", "Every week", "Visit notes"]]),
                 ("Heading 1", "What Ruby tells us"), ("Normal", 'Ruby told Mrs Kent: "I like Nan."'),
                 ("Heading 1", "Meetings"), ("Normal", "Core group on 03/02/2026; review conference on 20/04/2026."))
    report = lint(data, name="plan.docx")
    assert any(o.text.startswith("Outcome 1: Ruby lives") for o in report.plan.outcomes)
    assert not _rules(report, "O001")


def test_a_workers_i_will_heading_in_a_letter_owns_the_numbered_work_under_it():
    data = _docx(("Title", "Letter about Ruby's plan"), ("Heading 1", "Part 1. Ruby's mornings"),
                 ("Heading 2", "You have agreed to:"),
                 ("Normal", "1.1 get Ruby to school by 8.45am every school day; the register is sent to me every Friday."),
                 ("Heading 2", "I will:"),
                 ("Normal", "1.2 visit every week until the review, seeing Ruby on her own; one visit in three will be "
                            "unannounced. My visit notes are on file within two working days."),
                 *_TAIL)
    report = lint(data, name="plan.docx")
    assert _action(report, "1.2 visit every week").facts.owner == "I"
    assert not _rules(report, "W001")


def test_visits_named_before_to_are_the_work_and_the_parts_lead_does_them():
    data = _docx(*_PARTS[:3], ("Heading 2", "Part 1: Mum's health"),
                 ("Normal", "Lead for this part: Ottery Community Mental Health Team (Gill Hart, CPN)"),
                 ("Normal", "1.1 Fortnightly home visits to Tia to support her with her mood, from 13/01/2026, "
                            "with a report on her capacity to change. Check: Gill's report to Sara."),
                 *_TAIL)
    report = lint(data, name="plan.docx")
    assert _action(report, "Fortnightly home visits").facts.owner.startswith("Ottery Community Mental Health Team")


_GOAL_BOX = """# Safety plan for Ruby and Alfie

#### Safety goal 1: Ruby and Alfie are not hurt at home

| | |
|---|---|
| **We will know because** | For steps 1.1 and 1.2: Ruby tells Sara, on her own at every visit, whether Dean has been to the house, and Sara writes down her words. |

**1.1** Tia will not let Dean into the house, and will ring 999 if he comes.
- Who: Tia
- When: every day until the review conference

**1.2** Sara will visit every two weeks and see Ruby on her own.
- Who: Sara Lowe (social worker)
- When: every two weeks until the review conference

**1.3** Tia will go to the Calmer Families course at the Family Hub.
- Who: Tia
- When: 10 Thursday mornings from 05/02/2026
- Sign of success: the course leader's letter to Sara saying which sessions Tia came to and what she has used at home
""" + """
## What Ruby says
Ruby told Sara: "I like it when Nan picks me up."

## If things go wrong
If Dean comes to the house, Tia rings 999 and Sara holds a strategy discussion the same day. If nothing changes
by the review, the team manager holds a legal planning meeting.

## Meetings
Core group on 03/02/2026; review conference on 20/04/2026.
"""


def test_a_goals_box_saying_how_we_will_know_for_its_steps_checks_each_of_them():
    report = lint(_GOAL_BOX.encode(), name="plan.md")
    assert len(report.plan.actions) == 3
    assert not _rules(report, "M001", "M002")
    # (the box is no work of its own)
    assert not any("We will know because" in a.text for a in report.plan.actions)


def test_a_sign_of_success_line_is_the_steps_check():
    report = lint(_GOAL_BOX.encode(), name="plan.md")
    assert _action(report, "Calmer Families").fields["measure"].startswith("the course leader's letter")


def test_a_step_set_as_a_heading_whose_sentence_runs_on_in_the_body_is_a_step():
    data = _docx(("Title", "Ruby's plan"), ("Heading 1", "The plan"),
                 ("Heading 2", "Part 3 - Tia as a parent"),
                 ("Normal", "3.1 Tia to go to the Baby Steps group at the Family Hub."),
                 ("Normal", "Lead: Tia Hale (Mum)"), ("Normal", "When: Mondays from 02/02/2026 for 6 weeks"),
                 ("Normal", "Sign of success: the group register, sent to Sara."),
                 ("Heading 4", "3.2 Parenting assessment of Tia, including how she responds"),
                 ("Normal", "to Ruby's cues and keeps her safe when she is stressed."),
                 ("Normal", "Lead: Sara Lowe, social worker"), ("Normal", "When: By 13/03/2026"),
                 ("Normal", "Sign of success: the written assessment, shared with Tia and the core group."),
                 *_TAIL)
    report = lint(data, name="plan.docx")
    assessment = _action(report, "Parenting assessment of Tia")
    assert "Ruby's cues" in assessment.text and assessment.facts.owner.startswith("Sara Lowe")
    assert not _rules(report, "W001", "T001", "M001")
