"""Classes met on tuning material of the thirty-sixth pass: plans typed in a hurry (lower-case
headings and names, codes before actions, run-together who-and-when cells, tables with odd or no
headers) and plans built around safety agreements. All names are invented."""
from test_unseen_layouts_15 import _action, _lint, _rules

from planlint.structure import facts

_ODD_HEADER = """# child protection plan
kids: Kacey Farrell 5 (reception, Hollin Infants); Logan Farrell 7 wks (DOB 07/10/25)
mum: Chantelle Farrell 24 - under the Hollin AMHT (CPN Gary Toft)

## kacey + logan
Kacey (seen at school 18/11): "mummy was being silly and shouty." Logan settles quickly with his dad.

## outcomes
- Kacey and Logan are always looked after by an adult who is well and awake, day and night.

## plan
| what's happening | by | when | check |
|---|---|---|---|
| SW visits at home to see Kacey + Logan, Kacey seen on her own | SW (Bex Munro) | weekly from 1/12 | visit notes - both kids seen |
| weigh Logan and check his feeding and sleep at home | HV (Anna Clegg) | fortn., next 3/12 | red book weights stay on his centile |
| CPN home visits and a written view on whether Chantelle can keep well and how long that will take | CPN Gary Toft (AMHT) | fortnightly | report to each core group |
| check Kacey's attendance and how she presents | | weekly | register sent to the SW |

## if it goes wrong
If Chantelle stops her lithium, Kacey and Logan go to their nan's that day; if nan cannot have them
Bex arranges foster care the same day and asks for a legal planning meeting.

## meetings
core group monthly, first one 4/12/25. RCPC 12/02/26.
"""


def test_a_header_naming_no_work_column_is_read_by_its_cells():
    # "by" alone read as a time; its cells name people, so it says who, and the unnamed
    # column of long cells is the work.
    report = _lint(_ODD_HEADER)
    assert report.actions == 4
    assert _action(report, "weigh Logan").facts.owner.startswith("HV")
    assert len(_rules(report, "W001")) == 1
    assert not _rules(report, "T001")


def test_kids_label_and_ages_without_a_comma_name_the_children():
    report = _lint(_ODD_HEADER)
    assert set(report.plan.facts.child_names) >= {"Kacey", "Logan"}
    assert not _rules(report, "F003")  # "## kacey + logan" holds Kacey's words


def test_a_name_in_a_line_with_no_capital_is_no_word():
    blocks_text = ("kids: Jordan Mensah 14 (yr 9); Esi Mensah 6 (yr 2)\n\njordan + esi's views\n"
                   "Jordan said he checks on his mum.")
    found = facts.find_facts(_lint(blocks_text, "plan.txt").plan.document.blocks, lambda w: False)
    assert found.child_names[:2] == ["Jordan", "Esi"]


def test_a_headerless_table_with_who_and_when_in_one_column_is_read():
    report = _lint("""# Plan for Jordan
Children: Jordan Mensah (14)

## Plan
| 1 | see Jordan at home, 1 in 3 visits unannounced, and on his own every other week | HC (SW) - weekly | LCS notes show Jordan seen and his own words written down |
|---|---|---|---|
| 2 | key work with Abena with a breath test every session | GT (Gavin Tse, Recovery Service) - every Mon | breath results in GT's written report |
| 3 | check Jordan's attendance daily and a weekly check-in with his key adult | DSL St Mark's (Mr Tom Ives) - every school day | register sent to HC each Fri |
""")
    assert report.actions == 3
    assert _action(report, "key work with Abena").facts.owner.startswith("GT")
    assert not _rules(report, "W001") and not _rules(report, "T001")


def test_a_column_of_times_is_not_who_for_naming_a_school_night():
    # "Every school night at 7.30pm" names a time; the school in it is no owner.
    report = _lint("""# My plan
## What Mum will do
| 1 | 2 | 3 |
|---|---|---|
| Read with you and tuck you in at bedtime | Every school night at 7.30pm | Your reading record is signed each night |
| Take you to the Freedom Programme creche | Every Monday morning for 12 weeks | The centre sends a sheet every month |
""")
    assert not _rules(report, "W001")


_CODED = """CORE GROUP NOTES AND UPDATED PLAN

Child:      Mason Strachan, DOB 02/05/2025 (5 months)

4. OUTCOMES FOR MASON

- Mason sleeps safely, on his back, in a clear cot.

5. AGREED ACTIONS

A1  Connor will not care for Mason after drinking any alcohol, from 23/09/2025, every day.
    CHECK: breath test at the alcohol service every Monday; results emailed to the SW.

A2  Jade and Connor will keep Mason's cot clear of pillows, toys and blankets at every sleep.

A9  Priya Natt (SW) will visit Mason at home every week and see him awake.
    CHECK: visit notes record Mason seen awake.

A10 Priya Natt (SW) will refer Jade and Mason to the Parent-Infant Project.

6. CONTINGENCY

If Connor is found caring for Mason after drinking, Mason will go to Irene's house that day.
"""


def test_an_action_code_before_a_lone_sentence_numbers_an_item_not_a_heading():
    report = _lint(_CODED, "plan.txt")
    assert report.actions == 4
    assert _action(report, "cot clear of pillows").section == "actions"
    assert "Priya Natt (SW)" in _action(report, "refer Jade and Mason").facts.owner
    assert "cot clear of pillows" in " ".join(_rules(report, "M001"))


_TYPED = """wandlesea cs - lacey + finn - cp plan

kids: Lacey McBride 11 (yr 7), Finn McBride 6 (yr 2)
dad: Craig McBride 41 - sole carer

why
Craig has been depressed since Kim left. No food in on 2 visits.

what we want
- lacey + finn have food in the house and get to school on time every day

plan
1. RT (SW) to visit every thurs, see lacey + finn on their own - LCS notes
2. craig to see GP about mood, sleep + drinking by fri 5/12 - shows RT the new script
3. craig to get lacey + finn to school by 8.45 every day from 3/12 - registers sent to RT weekly

meetings
cgm every 4 wks - next 6/1/26 then 3/2/26
rcpc thurs 12/2/26 10am
"""


def test_short_lower_case_lines_title_the_parts_of_notes_typed_in_lower_case():
    report = _lint(_TYPED, "plan.txt")
    kinds = {s.heading: s.kind for s in report.plan.sections}
    assert kinds.get("what we want") == "outcomes" and kinds.get("plan") == "actions"
    assert kinds.get("meetings") == "review"
    assert report.actions == 3
    assert not _rules(report, "R001")  # "cgm every 4 wks": the core group, typed in lower case


def test_a_parent_named_in_the_details_owns_work_written_in_lower_case():
    report = _lint(_TYPED, "plan.txt")
    assert _action(report, "craig to see GP").facts.owner == "craig"
    assert not _rules(report, "W001")


def test_work_listed_as_done_is_no_action():
    report = _lint("""# plan
Children: Ava Pickles (8)

## actions + notes
- done 20/11: cot from the baby bank delivered, HV saw it set up 25/11
- OG (SW) to visit Ava at home weekly - LCS notes say who was caring for her

## done since icpc (not actions)
- 21/11 Jade changed the locks (council paid)
""")
    assert report.actions == 1


def test_a_who_is_who_list_gives_parents_and_children_by_their_ages():
    report = _lint("""# cp plan

## who's who
- Tegan Quarrie, 15 (yr 11 Wethersley High) and Sonny Quarrie, 3 (Little Steps nursery)
- Jade Quarrie, 34 - mum
- Dean Quarrie, 38 - dad, moved out 9/11

## what we want for tegan + sonny
- Tegan + Sonny are safe from Dean's violence at home, at school and at contact.
""")
    assert set(report.plan.facts.child_names) == {"Tegan", "Sonny"}
    assert set(report.plan.facts.parent_names) == {"Jade", "Dean"}
    assert not _rules(report, "F002")


def test_a_junk_table_with_half_its_work_column_empty_is_not_read_by_its_cells():
    # A form's aligned labels misread as a table: "K1 | Who | How we'll know | K2", the work
    # column filled on one row of two. Its header names who and how we'll know, but it is no
    # action table for that.
    report = _lint("""# plan
## Actions
| K1 | Who | How we'll know | K2 |
|---|---|---|---|
| Clear and wipe the worktops and wash up after every meal | Kerry When: every day | kitchen scored 2 at visits | Clean out the fridge |
| | Kerry and Wayne When: asap | fridge checked at each visit | |
""")
    assert not _rules(report, "T002")


def test_xmas_is_a_time_and_a_card_signed_or_sent_is_a_measure():
    report = _lint(_TYPED.replace(
        "3. craig to get lacey + finn to school by 8.45 every day from 3/12 - registers sent to RT weekly",
        "3. craig to go to the CAB debt clinic about the electric arrears before xmas - debt plan letter to RT\n"
        "4. craig to go to the men's shed group every weds - group leader signs his card\n"
        "5. craig to see the social prescriber by 12/12 - appt card to RT"), "plan.txt")
    assert report.actions == 5
    assert not _rules(report, "T001")
    assert not [e for e in _rules(report, "M001") if "CAB" in e or "shed" in e or "prescriber" in e]
