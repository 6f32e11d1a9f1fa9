"""Classes met on tuning material of the thirty-fifth pass. All names are invented."""
from test_unseen_layouts_15 import _action, _lint, _rules

_MOVING = """# Child protection plan — Tayo Bello

Children: Tayo Bello (9)

## Why there is a plan
Bisi drinks most evenings and Tayo looks after his sister.

## What we want for Tayo
- Tayo goes to school every day and is not doing his mum's jobs.

## What Tayo says
Tayo said "I want to go to football on Wednesdays".

## The family's move
Bisi has a tenancy in Hollinsford from November. The case will transfer to Hollinsford Council.

## Actions
| Action | Who | When | How we will know |
|---|---|---|---|
| Visit Tayo at home and see him on his own | Lena Marsh, SW | Every week until the transfer-in conference | Visit notes on file |
{row}

## If things go wrong
If Bisi drinks while caring for Tayo, he will stay with his aunt Ada that night; if Ada cannot have him,
Lena will arrange a foster carer the same day and ask for a legal planning meeting.

## Meetings
Core group every 4 weeks; review conference on 12 December 2025.
"""


def test_work_held_back_until_the_family_has_moved_stalls_the_plan():
    # The plan spoke of the transfer once; the row only says the work waits for the move.
    for row in ("| Young carers assessment for Tayo - hold until the family is settled in Hollinsford | Lena Marsh, SW | TBC | Assessment on file |",
                "| Speech and language referral for Tayo held until the family are registered with a new GP | Lena Marsh, SW | On transfer | Referral letter on file |",
                "| Hold Tayo's play therapy referral until the family's move is complete | Lena Marsh, SW | After the move | Referral letter on file |"):
        report = _lint(_MOVING.format(row=row))
        assert len(_rules(report, "X001")) == 1, row


def test_a_plan_kept_running_to_the_transfer_in_conference_is_not_held_back():
    row = ("| Send the transfer request to Hollinsford and keep the plan running here | Lena Marsh, SW "
           "| Request by 10/11/2025; plan held here until transfer-in conference | Hollinsford's acknowledgement on file |")
    assert not _rules(_lint(_MOVING.format(row=row)), "X001")


def test_holding_on_in_a_plan_that_speaks_of_no_move_is_no_transfer():
    text = _MOVING.format(row="| Young carers assessment for Tayo - hold until the family is settled | Lena Marsh, SW | TBC | Assessment on file |")
    text = text.replace("Bisi has a tenancy in Hollinsford from November. The case will transfer to Hollinsford Council.",
                        "Bisi has a new tenancy on the same estate from November.").replace(
        "## The family's move", "## Housing").replace("until the transfer-in conference", "until the review")
    assert not _rules(_lint(text), "X001")


def test_work_left_to_the_new_worker_after_a_transfer_is_left_to_the_receiving_council():
    row = ("| The parenting assessment will be completed by your new social worker after the move | Lena Marsh, SW "
           "| Within 30 working days of the case transferring | Assessment report |")
    report = _lint(_MOVING.format(row=row))
    assert _action(report, "parenting assessment").facts.left_to_receiving
    assert len(_rules(report, "X001")) == 1


_NOTES = """MAPPLESTON COUNCIL - CHILDREN'S SERVICES
Child protection plan - revised at core group 2

CHILDREN ... Kayden DOOLAN (11), Tia DOOLAN (7)

WHAT KAYDEN + TIA SAY
Kayden: "I'd like Mum to be like she was before."

WHAT WE WANT (by the review conf)
- Kayden + Tia have tea, a bath and bed with a sober adult every night

THE PLAN   (who - what - when - how we'll know)
1. Ellie (SW) - visit home every Weds after school + see both kids on their own
   - weekly - visit notes on LCS
2. Des (MGF) - give the kids tea at his house Mon, Weds, Fri - until the Xmas
   hols - signs Tia's reading diary those nights
3. Mr Dunn (pastoral, Mappleston High) - refer Kayden to Young Carers + find
   him a key adult - when poss. - referral form copied to Ellie

IF THINGS GO WRONG
- If Stacey drinks in the day -> kids go to Des's that night; if Des can't have them -> Ellie arranges
  emergency foster placement that night and asks for a legal planning mtg.

NEXT MEETINGS
Core group ... every 4 wks, Tues 3.45pm: 11/11/2025, 09/12/2025
Review conf .. Thurs 27/11/2025, 10am
"""


def test_a_capitals_heading_glossed_in_brackets_heads_the_work_under_it():
    # "THE PLAN   (who - what - when - how we'll know)": its column gap is no field's colon
    report = _lint(_NOTES, name="notes.txt")
    assert [s.kind for s in report.plan.sections if s.heading.startswith("THE PLAN")] == ["actions"]
    assert len(report.plan.actions) == 3
    assert not _rules(report, "F002")


def test_when_poss_is_a_vague_timescale():
    report = _lint(_NOTES, name="notes.txt")
    assert _action(report, "Young Carers").facts.time_status == "vague"


def test_a_review_conf_with_its_date_is_the_review_arrangement():
    report = _lint(_NOTES, name="notes.txt")
    assert not _rules(report, "R001")


_UPDATED = """# Child protection plan — Ava-Rose Hale

Children: Ava-Rose Hale (2)

## What Ava-Rose's world is like
Ava-Rose laughs when her nan sings to her.

## What must be different for Ava-Rose
1. Ava-Rose lives in a calm home where she does not see or hear shouting.

## Action plan as updated at core group 3
| No. | Action | Who | When | How we will know | Progress |
|---|---|---|---|---|---|
| ~~1~~ | ~~Refer Callum to the drug and alcohol service~~ | ~~Nadia Rahman (SW)~~ | ~~By 08/08/2025~~ | ~~Acceptance letter on file~~ | COMPLETE 07/08/2025 |
| 2 | Visit Ava-Rose at home every week and see where she sleeps | Nadia Rahman (SW) | Every week until the review | Visit notes | On track |

## If things go wrong
If Callum comes to the flat, Jodie will ring 999 and Ava-Rose will stay with her nan; if her nan cannot
have her, Nadia will find a foster carer that day and ask for a legal planning meeting.

## Meetings
Core group every 4 weeks; review conference on 31/10/2025.
"""


def test_work_struck_through_is_done_and_no_longer_counted():
    report = _lint(_UPDATED)
    assert [a.fields.get("action", a.text)[:5] for a in report.plan.actions] == ["Visit"]


def test_what_must_be_different_heads_the_outcomes():
    report = _lint(_UPDATED)
    assert [s.kind for s in report.plan.sections if "must be different" in s.heading] == ["outcomes"]
    assert not _rules(report, "O001")


def test_a_heading_naming_what_stops_holds_no_work():
    text = _UPDATED.replace("## Action plan as updated", """## What stops now the plan has ended
- Unannounced visits end, and the social worker's weekly visits end.
- Weekly urine tests for Nicola end.

## Action plan as updated""")
    report = _lint(text)
    assert [s.kind for s in report.plan.sections if s.heading.startswith("What stops")] == ["other"]
    assert not any("visits end" in a.text for a in report.plan.actions)


def test_how_the_plan_is_set_out_is_no_outcome():
    text = _UPDATED.replace("## Action plan as updated", """## How the plan is set out
The actions are grouped by agency, and each agency's lead is named once.

## Action plan as updated""")
    report = _lint(text)
    assert not [o for o in report.plan.outcomes if "grouped by agency" in o.text]
    assert not _rules(report, "F002")


def test_a_family_list_giving_a_name_an_age_and_a_dash_names_a_child():
    text = """# Our family plan — Mason and Poppy

## Who is in our family
- Mason, 5 — Reception class at St Olave's Primary
- Poppy, 2 — goes to Little Wrens nursery
- Jade (Mum) and Connor (Dad)

## What we want
- Mason and Poppy live in a house that is clean, with no cannabis smoke.
"""
    report = _lint(text)
    assert {"Mason", "Poppy"} <= set(report.plan.facts.child_names)
    assert not _rules(report, "F002")


_REVIEWED = """# Review child protection plan — Tia Whitcombe

Children: Tia Whitcombe (8)

## What Tia has told us
Tia said "I like it when Mum reads with me".

## What we want for Tia
- Tia is safe at home and goes to school every day.

## The plan
| Ref | Action (as agreed at ICPC) | Who | ICPC date | New date (RCPC 23/09/2025) | How we will know |
|---|---|---|---|---|---|
| 1 | Visit Tia at home and see her on her own | Sophie Marsh, SW | Weekly | Weekly, no change | Visit records show Tia seen alone |
| 2 | Refer Tia to the children's therapy service for play therapy | Sophie Marsh, SW | By 31/07/2025 | TBC | Referral acceptance letter on file |
| 3 | Help Kerry set up a morning routine | Family support worker, Hilltown Family Hub | By 31/10/2025 | To be arranged | Routine chart on the fridge, seen at each visit |

## If things go wrong
If Kerry drinks while caring for Tia, Tia will stay with her aunt; if her aunt cannot have her, Sophie will
find a foster carer that day and ask for a legal planning meeting.

## Meetings
Core group every 4 weeks; review conference on 12/03/2026.
"""


def test_the_date_a_review_set_replaces_the_one_before_it():
    report = _lint(_REVIEWED)
    assert _action(report, "play therapy").facts.time_status == "vague"
    assert _action(report, "Visit Tia").facts.time_status == "ok"


def test_to_be_arranged_is_no_date():
    assert _action(_lint(_REVIEWED), "morning routine").facts.time_status == "vague"


def test_work_to_be_arranged_before_an_event_has_the_events_time():
    text = _REVIEWED.replace("| 3 | Help Kerry set up a morning routine | Family support worker, Hilltown Family Hub | By 31/10/2025 | To be arranged | Routine chart on the fridge, seen at each visit |\n", "").replace(
        "## If things go wrong", "- A discharge planning meeting to be arranged by the ward before Tia leaves hospital, with minutes sent to the SW.\n\n## If things go wrong")
    report = _lint(text)
    assert _action(report, "discharge planning meeting").facts.time_status == "ok"


def test_a_cell_read_as_both_work_and_measure_is_judged_by_its_words():
    text = """# Child protection plan — Cerys Hartigan

Children: Cerys Hartigan (10)

## The plan
| Action and how we will know | Who | When |
|---|---|---|
| Visit Cerys at home every week; the visit notes say how she is | Ffion Rees, SW | Weekly |
| Support Cerys to talk about what has happened at home | Mrs Jo Clegg, school counsellor | Every Tuesday |
| Keep Cerys's bedding washed. The social worker sees her bed made up with clean sheets. | Gemma Hartigan (Mum) | Every week |
"""
    report = _lint(text)
    # (a second sentence after the work is how we will know, as a column of its own would be)
    assert _action(report, "bedding washed").facts.measure_status == "ok"
    visit, talk = _action(report, "Visit Cerys"), _action(report, "Support Cerys")
    assert visit.fields.get("measure") == visit.fields.get("action")
    assert visit.facts.measure_status == "ok"
    assert talk.facts.measure_status == "missing"


def test_a_passives_agent_after_its_deadline_owns_the_work():
    text = _REVIEWED.replace("## If things go wrong", """- Jordan's cannabis use will be assessed by 15/08/2025 by Hilltown Drug and Alcohol Service, who will report to each core group.

## If things go wrong""")
    action = _action(_lint(text), "cannabis use will be assessed")
    assert action.facts.owner_status == "ok"
    assert action.facts.owner.startswith("Hilltown Drug and Alcohol Service")


def test_a_childs_birthday_is_a_time():
    text = _REVIEWED.replace("## If things go wrong", """- Kerry will take Tia's brother Finn for all his missed immunisations, all done by his first birthday, and show the health visitor his red book.

## If things go wrong""")
    assert _action(_lint(text), "missed immunisations").facts.time_status == "ok"


def test_a_family_tables_date_of_birth_column_is_no_timescale():
    text = _REVIEWED.replace("## What Tia has told us", """## Tia's family
| Who | Age / date of birth | Notes |
|---|---|---|
| Kerry Whitcombe | 31 | Mum |
| Jean Whitcombe | 58 | Nan, lives nearby |

## What Tia has told us""")
    report = _lint(text)
    assert not any("Jean Whitcombe" in a.text for a in report.plan.actions)


def test_work_deferred_until_something_happens_where_the_family_moves_stalls_the_plan():
    row = ("| Speech and language referral for Tayo | Mrs Clegg, SENCo | Deferred until Tayo starts at his new school in "
           "Hollinsford | Referral accepted |")
    assert len(_rules(_lint(_MOVING.format(row=row)), "X001")) == 1


def test_a_dated_action_sending_a_plan_to_the_core_group_leaves_the_meetings_dated():
    text = _REVIEWED.replace("## If things go wrong", """- A written plan for outings will be agreed with the family by 08/08/2025 by the social worker, and the signed plan will be sent to the core group.

## If things go wrong""")
    assert not _rules(_lint(text), "R001")


def test_a_review_left_to_be_set_by_a_unit_is_still_undated():
    # "by the Conference Unit" is who sets it, not a date: the review's date is still to be confirmed
    text = _REVIEWED.replace(
        "## If things go wrong", """- The review child protection conference will be set by the Conference Unit, date to be confirmed.

## If things go wrong""")
    assert _rules(_lint(text), "R001")
