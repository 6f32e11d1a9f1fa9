"""Classes met on tuning material of the forty-sixth pass: ordinary plans in councils' everyday
templates (a directory of the people around the family under a heading that sounds like work, a
case system's plan printed as a tree, a contingency as labelled Trigger / Response lines, a Lead
and a Support column both left blank). All names are invented."""
from test_unseen_layouts_15 import _action, _lint, _rules

_VOICE = """## What Leo says
Leo (5) told his nursery key person: "I like it when Dad takes me to nursery and Mum is up."

## What must be different for Leo
1. Leo is fed, clean and warm every day and goes to nursery every booked morning.

"""

_MEETINGS = """
## Meetings
Core group every four weeks: 03/03/2026, 31/03/2026 and 28/04/2026. Review conference: 12/05/2026.
If Leo is not safer by the review conference, Nkechi will ask for a legal planning meeting.
"""


def _directory(header: str = "| Name | Role | Service |") -> str:
    return f"""# Child protection plan for Leo Hale

## Who is helping the family
{header}
|---|---|---|
| Nkechi Obi | Social worker | Kelderbrook Children's Services |
| Tessa Grant | Health visitor | Kelderbrook 0-19 Health Service |
| Hannah Marsh | Perinatal mental health nurse | Kelderbrook Perinatal Mental Health Service |
| Jo Lister | Family support worker | Kelderbrook Family Support |

{_VOICE}## The plan
| What will happen | Who | When |
|---|---|---|
| Visit Leo at home and see his room; the visit record says what was seen | Nkechi Obi (SW) | Every week from 02/02/2026 |
| Weigh Leo's sister at home; her weight is plotted in her red book | Tessa Grant (HV) | Every two weeks |

## If things go wrong
If Leo is found alone in the flat, Nkechi will arrange for him to stay with his aunt Ruth that day;
if Ruth cannot have him, Nkechi will find a foster carer the same day.
{_MEETINGS}"""


def test_a_directory_of_the_people_around_the_family_holds_no_actions():
    report = _lint(_directory())
    assert report.actions == 2
    assert not any("Perinatal mental health nurse" in a.text for a in report.plan.actions)
    assert not _rules(report, "H001") and not _rules(report, "U001")


def test_a_table_whose_rows_commit_someone_is_still_work_under_a_name_header():
    text = _directory().replace("| Social worker |", "| Will visit Leo every week |")
    assert _lint(text).actions == 6


_TREE = """CASE HALE family   Case no. 00481923

CHILD'S VIEWS
Leo (5) told his teacher: "I like it when Dad takes me to nursery and Mum is up."

PLAN TREE (needs > outcomes > tasks)

NEED A  Leo's care
  Outcome A: Leo is fed, clean and warm every day.
  |
  +-- A.1  SW to visit Leo at home, one visit in two after 4pm, and see his room and the
  |        kitchen cupboards.
  |          Assigned to : Nkechi Obi (SW)
  |          Due         : Every 2 weeks until the RCPC on 12/05/2026
  |          Evidence    : Visit record with what was in the cupboards.
  |
  +-- A.2  Breakfast club every day for Leo, and a call to the SW the same day if he is
           absent or comes in hungry.
             Assigned to : Ruth Pryce, DSL, Kempsford Infant School
             Due         : Every school day
             Evidence    : Breakfast club register sent to the SW every Friday.

NEED B  Dad's health
  Outcome B: Leo is looked after by a dad whose pain is managed.
  |
  +-- B.1  Dr Lowe to review Gary's tramadol every two weeks and write to the SW after each
           review.
             Assigned to : Dr Alan Lowe, GP
             Due         : Every 2 weeks from 12/12/2025
             Evidence    : GP letter to the SW after each review.

CONTINGENCY
If Leo is found alone, Nkechi will arrange for him to stay with his aunt Carol that night.

REVIEW
Core group every 4 weeks: 16/12/2025, 13/01/2026. Review conference 12/05/2026.
"""


def test_a_plan_printed_as_a_tree_reads_each_branch_as_one_action_with_its_fields():
    report = _lint(_TREE, name="plan.txt")
    assert report.actions == 3
    visit = _action(report, "SW to visit Leo at home")
    assert "see his room and the kitchen cupboards" in visit.text and "+--" not in visit.text
    assert "Nkechi" in visit.fields.get("owner", "") and "Visit record" in visit.fields.get("measure", "")
    assert not _rules(report, "W001") and not _rules(report, "T001") and not _rules(report, "M001")


def test_one_branch_mark_is_no_tree():
    # ("+-- A.1" once, "| note" lines in a text: the marks stay as written)
    text = "# Plan for Leo\n\n+-- A.1 Visit Leo every week (Nkechi, SW)\n| a note\n"
    from planlint.readers.text import read_text
    assert any("+--" in b.text for b in read_text(text).blocks)


def _labelled_triggers(response: str) -> str:
    return f"""# Child protection plan for Leo Hale

{_VOICE}## The plan
- Nkechi Obi (SW) will visit Leo every week from 02/02/2026; the visit record says what she saw.

## Contingency
Trigger 1   Gary found drunk while caring for Leo, or cannot be woken.
Response    {response}
Trigger 2   No food in the house at a visit.
Response    Nkechi to arrange an emergency food parcel the same day.
{_MEETINGS}"""


def test_contingency_lines_labelled_trigger_are_its_triggers():
    report = _lint(_labelled_triggers("Nkechi arranges for Leo to stay with his aunt Carol that night; "
                                      "strategy discussion with police the same day."))
    assert not _rules(report, "C002")


def test_a_trigger_line_with_no_protective_response_is_still_vague():
    report = _lint(_labelled_triggers("The core group will discuss it."))
    assert _rules(report, "C002")


def test_a_lead_and_a_support_column_both_blank_leave_the_action_without_an_owner():
    report = _lint(f"""# Child protection plan for Leo Hale

{_VOICE}## The plan
| No. | Action | Lead | Support from | Target date | Evidence of progress |
|---|---|---|---|---|---|
| 1 | Nkechi will visit Leo at home every week | Nkechi Obi, SW | - | Weekly from 02/02/2026 | Visit records |
| 2 | Broken window in Leo's bedroom to be reported to the landlord and repaired | - | - | 13/03/2026 | Window seen repaired at the next visit |
{_MEETINGS}""")
    assert any("Broken window" in e for e in _rules(report, "W001"))
    assert not any("Nkechi will visit" in e for e in _rules(report, "W001"))
