"""Classes met while reading plans typed by hand (pass 51): an outline's own numbers ("1.1",
"2.2") before Markdown and text list items, which other parts of the plan refer to. All names
are invented."""
from planlint import lint
from planlint.readers.text import read_text

from test_unseen_layouts_15 import _lint, _rules

_OUTLINE = """# Child protection plan for Kai Byrne

## What needs to happen

### 1. School

1.1 Mrs Byrne will meet Kai every Monday morning at school.

1.2 Jo Hill (social worker) will ring mum every Friday.

### 2. Home

2.1 Mum will keep the kitchen clean every day.

2.2 Dad will fix the stair gate by 12 January.

### How we will know (for 1.1, 1.2 and 2.2)

Kai's attendance is above 95% on the school's weekly register and the gate is seen shut at each visit.
"""


def test_an_outline_number_before_a_list_item_is_kept_beside_its_text():
    items = [b for b in read_text(_OUTLINE, "plan.md").blocks if b.kind == "list_item"]
    assert [b.number for b in items] == ["1.1", "1.2", "2.1", "2.2"]
    assert items[0].text.startswith("Mrs Byrne")


def test_a_plain_list_number_is_no_outline_number():
    items = [b for b in read_text("1. Jo will visit.\n2. Mum will ring.\n", "plan.md").blocks
             if b.kind == "list_item"]
    assert [b.number for b in items] == ["", ""]


def test_a_check_keyed_by_outline_numbers_answers_the_items_it_names_only():
    missing = _rules(_lint(_OUTLINE), "M001")
    assert missing == ["Mum will keep the kitchen clean every day."]


# Tuning batch 184 (plans written to and with the family: "you", "I", "we").
_FAMILY_HEAD = """# Child protection plan for Kai and Ellie-May Ward

Children: Kai Ward (8), Ellie-May Ward (5 months). Mum: Lauren Ward.

## What Kai says
Kai said: "I like it when Nana comes round at night."

## What we want for Kai and Ellie-May
Kai and Ellie-May are cared for every night by an adult who is well and awake.

"""
_FAMILY_TAIL = """
## If things go wrong
If Lauren misses two doses of her lithium, Nana Jean will ring the crisis team the same day and the
children will stay at Nana Jean's; if she cannot have them, Sophie will ask for a legal planning meeting
within five working days.

## Core group and review
Core group every three weeks from 12/02/2026. Review conference: 23/04/2026.
"""
_MY_PART_TABLE = """## {heading}

| What | When | How we will know |
|---|---|---|
| Take my lithium every evening at 9pm with Nana Jean watching | Every evening from 29/01/2026 | Nana Jean ticks the chart on the fridge |
| Take Ellie-May to the baby group at the Family Hub | Every Tuesday from 03/02/2026 | The group's register, sent to Sophie monthly |
"""


def test_a_part_headed_by_whose_it_is_in_a_bracket_or_an_apposition_owns_its_rows():
    from planlint.structure.sections import heading_owner
    assert heading_owner("My part (Lauren)") == "Lauren"
    assert heading_owner("Part 1: What we, Marta and Piotr, will do") == "Marta and Piotr"
    assert heading_owner("Our part: what we, Siobhan and Ryan, will do") == "Siobhan and Ryan"
    assert heading_owner("My part") == ""  # whoever "my" is, the rows say it better
    for heading in ("My part (Lauren)", "What we, Lauren and Dave, will do"):
        report = _lint(_FAMILY_HEAD + _MY_PART_TABLE.format(heading=heading) + _FAMILY_TAIL)
        assert not _rules(report, "W001"), heading
        assert len(report.plan.actions) == 2


def test_a_part_named_by_whose_it_is_is_work_but_a_numbered_item_so_named_is_not_a_part():
    from planlint import loader
    from planlint.structure.sections import classify_heading
    table = loader.phrase_table("sections.toml")
    assert classify_heading("My part", table) == "actions"
    assert classify_heading("The adults' part", table) == "actions"
    assert classify_heading("Our commitments", table) == "actions"
    assert classify_heading("3. Claire's part", table) != "actions"
    assert classify_heading("What we decided against, and Tyler's questions", table) == "other"


def test_if_then_items_under_a_warning_signs_heading_are_the_contingency():
    text = _FAMILY_HEAD + _MY_PART_TABLE.format(heading="My part (Lauren)") + """
## Early warning signs, and what happens then

Lauren's early warning signs: sleeping less than five hours two nights running; talking very fast.

- If Nana Jean sees any of these signs, she rings Mark the same day and the children go to her house.
- If Lauren leaves the children on their own, whoever finds out rings 999 and Sophie asks for a legal planning meeting within 5 working days.

## Core group and review
Core group every three weeks from 12/02/2026. Review conference: 23/04/2026.
"""
    report = _lint(text)
    assert any(s.kind == "contingency" and s.heading.startswith("Early warning") for s in report.plan.sections)
    assert not _rules(report, "C001")


_LETTER = """# Your children's plan

Dear Gemma and Craig,

## What we want for Riley and Darcy
Riley and Darcy live in a warm, safe home where no one caring for them has been drinking.

## The plan

Each numbered paragraph says who will do something, when, and how we will know it has happened.

1. You both will make sure Darcy goes to Little Acorns Nursery every weekday morning from 09/02/2026. The nursery's register will show she has been, and I will check it with the nursery manager every fortnight.

2. You, Craig, will not drink any alcohol on the days you look after Riley and Darcy on your own, from 05/02/2026. You have agreed to a breath test whenever I visit on those days, and I will write the reading on my visit record.

3. We will all help Riley find an after-school club he enjoys by 27/03/2026. The club leader will tell me that Riley is going every week.
""" + _FAMILY_TAIL


def test_a_numbered_paragraph_of_a_letter_is_one_action_with_its_check(tmp_path):
    from docx import Document
    document = Document()
    for line in _LETTER.split("\n"):
        if line.startswith("#"):
            document.add_heading(line.lstrip("# "), level=line.count("#"))
        elif line.strip():
            document.add_paragraph(line)
    document.save(tmp_path / "letter.docx")
    report = lint(tmp_path / "letter.docx")
    assert len(report.plan.actions) == 3
    assert not _rules(report, "M001")
    assert not _rules(report, "T001")


def test_we_all_and_everyone_who_works_with_the_child_name_no_one():
    report = _lint(_LETTER)
    assert [e[:40] for e in _rules(report, "W002")] == ["We will all help Riley find an after-sch"]
    from planlint.nlp.commitment import find_commitment
    assert find_commitment("We will all keep an eye on Toni.").subject == "We all"
    assert find_commitment("You will both go to the group.").subject == "You"


_FRAMED = """BYRESTONE COUNCIL - CHILDREN'S SERVICES

WHAT WE WANT FOR THE CHILDREN
1. Kemi and Tobi are always looked after by a sober adult, day and night.

=====================================================================
PART ONE: OUR FAMILY PLAN
Written by the family in private family time, 14/02/2026
=====================================================================

We, the Oyelaran family, agree to do these things so that Kemi and Tobi are safe and looked after:

1.  Grandma Bisi will have Kemi and Tobi to sleep at her house every Friday and Saturday night.
    Who:             Grandma Bisi
    When:            Every Friday and Saturday night from 20/02/2026
    How we'll know:  Grandma writes in her diary who stayed each night and shows Chioma at her visits.

=====================================================================
PART TWO: THE PROFESSIONALS' PLAN
=====================================================================

P1. Lead:            Chioma Eze, social worker
    Will:            Visit the children at home, with at least one visit in three unannounced, and
                     see Kemi and Tobi on their own each time.
    When:            Every week until the review conference
    How we'll know:  Visit records on file within 2 working days.

P2. Lead:            Hayley Dunn, health visitor
    Will:            A developmental review of Tobi (ASQ-3).
    When:            By 13/03/2026
    How we'll know:  The ASQ-3 scores sent to Chioma by 20/03/2026.

=====================================================================
ASSIGNED TO: Chioma Eze - Social Worker
=====================================================================
"""


def test_a_banner_framed_by_rules_is_a_heading_over_its_subtitle_but_a_framed_field_stays_a_field():
    blocks = read_text(_FRAMED, "plan.txt").blocks
    headings = [b.text for b in blocks if b.kind == "heading"]
    assert "PART ONE: OUR FAMILY PLAN" in headings
    assert "Written by the family in private family time, 14/02/2026" not in headings
    assert "PART TWO: THE PROFESSIONALS' PLAN" in headings
    assert not any(h.startswith("ASSIGNED TO") for h in headings)


def test_a_cards_code_before_its_first_field_and_a_lead_in_to_the_list_make_no_action():
    report = _lint(_FRAMED + _FAMILY_TAIL.replace("## ", ""), "plan.txt")
    texts = [a.fields.get("action", a.text) for a in report.plan.actions]
    assert len(texts) == 3, texts
    assert not any(t.startswith("We, the Oyelaran family") for t in texts)
    owners = [a.fields.get("owner", "") for a in report.plan.actions]
    assert "Chioma Eze, social worker" in owners and "Hayley Dunn, health visitor" in owners


_YOUNG = """# Getting to 18 – my plan

## What I think
- "I want my own place when I'm 18, not a hostel."
- "I like Jade. She doesn't judge."

## What I want (and what the grown-ups want for me)
1. I'm safe from Reece and I'm not going missing.
2. I've got somewhere safe to live after I'm 18.

## My part
- **I'll be home by 11pm**, or text Mum where I am, every night from 12/02/2026. *We'll know:* Jade and I go
  through my texts every Thursday, and she writes down how many nights I was in by 11pm.
- **I'll keep Reece's number blocked** every day from 12/02/2026. *We'll know:* Jade checks my blocked list
  every Thursday.

## Getting ready for 18
- Sian will ask Adult Social Care for a transitions assessment for Maddie by 13/03/2026. *We'll know:* the
  referral on my file.
- Nina will write to Sian and Maddie by 30/06/2026 saying whether Maddie needs the adult mental health team.
  *We'll know:* Nina's letter on my file.

## If things go wrong
If I go missing, Mum will ring the police straight away and Sian will hold a strategy discussion the same
day and ask for a legal planning meeting within five working days.

## Meetings
Core group every four weeks from 19/02/2026. Review conference: 12/05/2026.
"""


def test_a_young_persons_own_plan_reads_my_part_its_next_part_and_what_i_want():
    report = _lint(_YOUNG)
    kinds = {s.heading: s.kind for s in report.plan.sections}
    assert kinds["My part"] == "actions"
    assert kinds["Getting ready for 18"] == "actions"
    assert kinds["What I want (and what the grown-ups want for me)"] == "outcomes"
    assert len(report.plan.actions) == 4
    assert not _rules(report, "O001")


_WORRIES_ABOUT_KOFI = """# My plan – Kofi Danquah

Children: Kofi Danquah (15). Mum: Abena Danquah.

## Why the grown-ups are worried
- Kofi has been missing from home five times since October 2025.
- On 19/12/2025 he was arrested in Blakewold with 14 wraps of cannabis and £400 in cash.

## What I think
- "I'm sick of everyone checking on me."

## What we want for Kofi
Kofi is safe from the men who want him to sell drugs, and he stops going missing.

## My part
- I'll be home by 9pm on school nights, every night from 31/01/2026. We'll know: Mum writes the time on the calendar.
- Me and Marcus will meet every Tuesday at 4pm at the YJS office until 11/10/2026. We'll know: the YJS attendance record.
- Nanna Mo agreed to this at the conference.
- Everyone who works with Kofi will keep an eye on his mood at each contact.

## If things go wrong
If Kofi goes missing, Abena will ring the police straight away and Leanne will ask for a legal planning
meeting within five working days.

## Meetings
Core group every four weeks from 19/02/2026. Review conference: 12/05/2026.
"""


def test_a_he_opening_a_list_item_is_whom_the_item_above_named():
    report = _lint(_WORRIES_ABOUT_KOFI)
    assert not _rules(report, "F004")  # the cannabis was Kofi's to sell, no parent's illness


def test_consent_to_what_was_said_is_no_work_and_a_clause_naming_the_child_owns_nothing():
    report = _lint(_WORRIES_ABOUT_KOFI)
    texts = [a.text for a in report.plan.actions]
    assert not any("agreed to this" in t for t in texts)
    assert [e[:30] for e in _rules(report, "W002")] == ["Everyone who works with Kofi w"]


def test_a_number_other_than_one_in_the_middle_of_a_bullets_sentence_opens_no_item():
    text = ("- Every Sunday we'll sit down together and score how the week went out of\n"
            "  10. Rhiannon will write our scores in her visit record.\n- Next item here.\n")
    items = [b.text for b in read_text(text, "plan.md").blocks if b.kind == "list_item"]
    assert len(items) == 2 and items[0].endswith("visit record.")


def test_a_name_alone_among_a_parts_items_is_who_and_no_work():
    text = _FAMILY_HEAD + """## What the services will do

- Gansworth Adult Social Care (Learning Disability Team)
- Ben Asante will review Lauren's Care Act support plan with her by 25/07/2025 and send Sophie the plan.
""" + _FAMILY_TAIL
    report = _lint(text)
    assert [a.text[:8] for a in report.plan.actions] == ["Ben Asan"]


def test_work_that_may_be_done_is_hedged_work_and_what_may_happen_is_none():
    from planlint.nlp.commitment import find_commitment
    assert find_commitment("Kayden may be referred to Erringbrook Young Carers.").passive
    assert find_commitment("A referral to Home-Start may be made for a volunteer.") is not None
    assert find_commitment("Ava may be hurt.") is None
    assert find_commitment("Ava may need a hearing test.") is None


_TRIGGERS = _FAMILY_HEAD + """## The plan

| No. | When this happens | What will be done | Who | How fast | How we will know |
|---|---|---|---|---|---|
| 2.5 | Ryan is on a night shift and Maureen cannot come | An extra visit to the flat before 10am to check on Lauren and the children | Callum Reeve, social worker | The next morning | Visit note on file |
| 2.6 | The damp in Kai's room is not fixed by 31/03/2026 | Write to Ebbwarden Homes' complaints team | Callum Reeve, social worker | By 03/04/2026 | Copy of the letter on file |

Type: WILL is something that will happen. IF is something that will happen only when the thing at the start of the row happens.
""" + _FAMILY_TAIL


def test_a_trigger_column_is_no_time_and_how_fast_is_and_a_key_to_a_columns_words_is_no_work():
    report = _lint(_TRIGGERS)
    assert not _rules(report, "T001")
    assert len(report.plan.actions) == 2


def test_a_childs_name_in_a_bracket_and_a_sister_named_after_her_brother_are_the_childrens():
    report = _lint("""# Child protection plan for Jake and Ellie-May Thornley

Children: Chidera (Dera) Okafor, born 14/03/2018 (7).

## What we want
Ellie-May sleeps safely on her back in her own cot. Dera sleeps in her own bed through the night.
""")
    assert {"Jake", "Ellie-May", "Dera"} <= set(report.plan.facts.child_names)


def test_a_coded_paragraph_is_one_promise_with_its_check():
    report = _lint(_FAMILY_HEAD + """## Nana Sue's promises

S1. I will be in the room for the whole of every Saturday contact between Connor and Kai at my house, until 16/06/2026. If Connor smells of drink, I will end the contact and ring Kate that day. Checked by: my contact book, which Kate reads at every visit.

S2. I will collect Kai from school every Tuesday at 3.15pm until 16/06/2026. Checked by: the school's collection sheet.
""" + _FAMILY_TAIL)
    assert len(report.plan.actions) == 2
    assert not _rules(report, "M001")


# Tuning batch 188 (plans printed and exported, with their page furniture).
def test_a_document_control_box_is_the_documents_details_and_no_work():
    from planlint import loader
    from planlint.structure.tables import _details_table
    rows = [["Document", "Child protection plan (review)"], ["Version", "2.1, issued 05/03/2026"],
            ["Owner", "Amrit Sandhu, social worker"], ["Approved by", "Nicola Grieve, team manager, 05/03/2026"],
            ["Protective marking", "OFFICIAL-SENSITIVE. Do not copy beyond the distribution list."]]
    assert _details_table(rows, loader.phrase_table("columns.toml"))
    assert not _details_table([["Who", "What they will do"], ["Jo Hill, SW", "Visit weekly"],
                               ["Mum", "Take Kai to nursery"]], loader.phrase_table("columns.toml"))


def test_a_table_of_whom_the_move_was_told_to_is_a_record_and_no_work():
    text = _FAMILY_HEAD + _MY_PART_TABLE.format(heading="My part (Lauren)") + _FAMILY_TAIL + """
## Appendix A: Services in Hallowfield told about the family

| Service | Who was told | Date |
|---|---|---|
| Hallowfield Children's Services, Front Door | Duty team manager, by phone and e-mail | 26/01/2026 |
| St Mark's Primary School | Mrs Ellen Shore, designated safeguarding lead | 23/01/2026 |
"""
    report = _lint(text)
    assert len(report.plan.actions) == 2
    assert not _rules(report, "M001")


_PRINT = """JONDERMOUTH CITY COUNCIL - CHILDREN'S SERVICES                                 OFFICIAL-SENSITIVE
CCS CHILD PROTECTION PLAN PRINT (REPORT CPP01)                                        PAGE 1 OF 3
SUBJECT: HARTLEY, Isla   DOB: 12/01/2026   CCS ID: 3309871   PRINTED: 06/03/2026 09:14 BY TWILLIAMS
====================================================================================================

PLAN TASKS
{tasks}
----------------------------------------------------------------------------------------------------
CPP01 v3.2 - UNCONTROLLED WHEN PRINTED - CHECK CCS FOR THE CURRENT VERSION            PAGE 3 OF 3
"""
_TASK = """
TASK {n:02d} OF 14   STATUS: OPEN   OUTCOME: O2   CREATED 02/03/2026
  DESCRIPTION ..... Feed Isla every 3 hours and write every feed on the feeding chart, task {n}.
  RESPONSIBLE ..... Gemma HARTLEY (mother)
  DUE / FREQ ...... EVERY DAY FROM 02/03/2026
  EVIDENCE ........ Feeding chart read by the HV at every visit
"""
_BREAK = """
----------------------------------------------------------------------------------------------------
CPP01 v3.2 - UNCONTROLLED WHEN PRINTED - CHECK CCS FOR THE CURRENT VERSION            PAGE {page} OF 3
\fJONDERMOUTH CITY COUNCIL - CHILDREN'S SERVICES                                 OFFICIAL-SENSITIVE
CCS CHILD PROTECTION PLAN PRINT (REPORT CPP01)                                        PAGE {next} OF 3
SUBJECT: HARTLEY, Isla   DOB: 12/01/2026   CCS ID: 3309871   PRINTED: 06/03/2026 09:14 BY TWILLIAMS
===================================================================================================="""


def _printed(cut: str) -> str:
    """Six tasks over three pages, the fourth cut by the second page break as cut says."""
    tasks = [_TASK.format(n=n) for n in range(1, 7)]
    first, second = tasks[1].rstrip("\n"), tasks[3].rstrip("\n").split("\n")
    tasks[1] = first + _BREAK.format(page=1, next=2) + "\n"
    if cut == "field":  # the page breaks between two fields of one form
        tasks[3] = "\n".join(second[:4]) + "\n" + _BREAK.format(page=2, next=3) + "\n" + "\n".join(second[4:]) + "\n"
    else:  # the page breaks and the form's title is printed again, "(continued)"
        tasks[3] = "\n".join(second[:4]) + "\n" + _BREAK.format(page=2, next=3) + "\n\nTASK 04 OF 14 (continued)\n" + \
            "\n".join(second[4:]) + "\n"
    return _PRINT.format(tasks="".join(tasks))


def test_a_form_cut_by_a_page_break_runs_on_whether_or_not_its_title_is_printed_again():
    for cut in ("field", "continued"):
        report = _lint(_printed(cut), "plan.txt")
        assert len(report.plan.actions) == 6, cut
        assert not _rules(report, "T001") and not _rules(report, "W001") and not _rules(report, "M001"), cut


def test_a_row_a_page_break_cut_runs_on_into_the_row_above_in_the_table_before():
    text = """| No. | Action | Who | When | How we will know |
|---|---|---|---|---|
| 6.12 | Tea, bath and bed routine with Precious | Chris Dale, family support worker | Every Tuesday from 13/01/2026 | A written |

Ilberwick Council · Child Protection Plan · Page 3 of 5

| No. | Action | Who | When | How we will know |
|---|---|---|---|---|
| (cont.) | | | | bedtime routine on the fridge, seen by Chris at a home visit |
| 6.13 | Speech and language referral for Tawanda | Amina Yusuf, health visitor | By 16/01/2026 | Appointment letter on file |
"""
    tables = [b.table for b in read_text(text, "plan.md").blocks if b.table is not None]
    assert tables[0].rows[-1][-1] == "A written bedtime routine on the fridge, seen by Chris at a home visit"
    assert [r[0] for r in tables[1].rows] == ["No.", "6.13"]


def test_a_footnote_is_no_work():
    report = _lint(_FAMILY_HEAD + _MY_PART_TABLE.format(heading="The plan") +
                   "\n¹ Lauren signed consent on 05/02/2026 for Dr Marsh to share his views with the core group.\n" +
                   _FAMILY_TAIL)
    assert not any(a.text.startswith("¹") for a in report.plan.actions)


# Tuning batch 190 (every action timed, in the ways real plans time work).
def test_a_calendar_naming_its_item_column_times_the_items_and_is_no_work():
    text = _FAMILY_HEAD + """## The plan

1. Lauren will take Kai to the dental service for his treatment (see the calendar). We'll know: the discharge letter.
2. Sophie will apply for Ellie-May's nursery place (see the calendar). We'll know: the offer letter on file.
3. Nana Jean will have Kai every Saturday from 07/03/2026. We'll know: Sophie asks Kai at each visit.

### When: the calendar for the one-off items

| Week commencing | Item | What happens that week |
|---|---|---|
| 09/03/2026 | 2 | Nursery place applied for and confirmed by Friday 13/03/2026 |
| 23/03/2026 | 1 | Kai's dental treatment, Thursday 26/03/2026, 8am |
| 30/03/2026 | 3 | Kai's first Saturday with Nana Jean since the move |
""" + _FAMILY_TAIL
    report = _lint(text)
    assert len(report.plan.actions) == 3
    assert not _rules(report, "T001") and not _rules(report, "M001")


def test_an_action_list_heading_over_forms_whose_time_is_happens_and_next_due():
    forms = "".join(f"""
ACTION {n:02d}
  What ......... {what}
  Owner ........ {who}
  Happens ...... Every Tuesday from 03/03/2026
  Next due ..... 10/03/2026
  Evidence ..... {check}
""" for n, (what, who, check) in enumerate([
        ("Visit Kai and Ellie-May at home and see Kai on his own", "Sophie Okoro (SO), social worker",
         "Visit records on file within 2 working days"),
        ("Go to the Stronger Steps group for women who have lived with domestic abuse", "Lauren Ward (mother)",
         "The group's attendance register, sent to SO each month"),
        ("Weigh Ellie-May at home and plot her weight in the red book", "Gemma Platt, health visitor",
         "Weights e-mailed to SO after each visit")], start=1))
    text = ("CORE GROUP RECORD\n\nChildren: Kai Ward (8), Ellie-May Ward (5 months). Mum: Lauren Ward.\n\n"
            "WHAT WE WANT FOR KAI AND ELLIE-MAY\nKai and Ellie-May are cared for every night by an adult who is "
            "well and awake.\n\nACTION LIST (carried forward and updated at this core group)\n" + forms +
            _FAMILY_TAIL.replace("## ", ""))
    report = _lint(text, "plan.txt")
    assert len(report.plan.actions) == 3
    assert not _rules(report, "T001") and not _rules(report, "M001") and not _rules(report, "W001")


def test_a_number_in_square_brackets_opens_an_item():
    text = """EVERY DAY
  [1] Saira will fill in Dad's warning-signs sheet at bedtime.
      Evidence: the sheet, which Chris reads at each visit.
  [2] Imran will not be the only adult looking after Yusuf overnight.
      Evidence: Saira's shift rota, kept on the fridge.
"""
    items = [b.text for b in read_text(text, "plan.txt").blocks if b.kind == "list_item"]
    assert [i[:5] for i in items] == ["Saira", "Imran"]
