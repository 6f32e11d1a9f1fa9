"""Classes met on tuning material of the forty-seventh pass: layouts that hide the actions (a grid
of people by periods, blocks of questions and answers, the adults' plan beside the child's own
words). All names are invented."""
from test_unseen_layouts_15 import _action, _lint, _rules

_VOICE = """## What Leo says
Leo (5) told his nursery key person: "I like it when Dad takes me to nursery and Mum is up."

## What must be different for Leo
1. Leo is fed, clean and warm every day and goes to nursery every booked morning.

"""

_TAIL = """
## If things go wrong
If Leo is found alone in the flat, Nkechi will arrange for him to stay with his aunt Ruth that day;
if Ruth cannot have him, Nkechi will find a foster carer the same day.

## Meetings
Core group every four weeks: 03/03/2026, 31/03/2026 and 28/04/2026. Review conference: 12/05/2026.
If Leo is not safer by the review conference, Nkechi will ask for a legal planning meeting.
"""


def _grid(owner_header: str = "Who") -> str:
    return f"""# Child protection plan for Leo Hale

{_VOICE}## Who does what, and when
| {owner_header} | Weeks 1-4 (02/02/2026 to 01/03/2026) | Weeks 5-8 (02/03/2026 to 29/03/2026) | By the review (12/05/2026) |
|---|---|---|---|
| Nkechi Obi, social worker | Visit Leo at home every week and see his room. We'll see: a visit record for each visit. | Hold a family network meeting with Ruth and Dean. We'll see: a signed network plan. | Finish the child and family assessment. We'll see: the assessment shared with the core group. |
| Tessa Grant, health visitor | Weigh Leo's sister at home every two weeks. We'll see: each weight in her red book. | - | Do Leo's development check at home. We'll see: the check's scores sent to Nkechi. |
| Dean Hale, Leo's dad | Take Leo to nursery every Monday and Wednesday. We'll see: the nursery register. | - | - |
{_TAIL}"""


def test_each_box_of_a_grid_of_people_by_periods_is_one_action():
    report = _lint(_grid())
    assert report.actions == 6
    box = _action(report, "Do Leo's development check")
    assert "Tessa Grant" in box.fields["owner"] and "By the review" in box.fields["timescale"]
    assert "Weeks 5-8" in _action(report, "family network meeting").fields["timescale"]
    assert not _rules(report, "W001") and not _rules(report, "T001") and not _rules(report, "U001")


def test_a_grid_whose_boxes_are_ticks_is_no_grid_of_work():
    text = _grid()
    for words in ("Visit Leo at home every week and see his room. We'll see: a visit record for each visit.",
                  "Hold a family network meeting with Ruth and Dean. We'll see: a signed network plan.",
                  "Finish the child and family assessment. We'll see: the assessment shared with the core group.",
                  "Weigh Leo's sister at home every two weeks. We'll see: each weight in her red book.",
                  "Do Leo's development check at home. We'll see: the check's scores sent to Nkechi.",
                  "Take Leo to nursery every Monday and Wednesday. We'll see: the nursery register."):
        text = text.replace(words, "X")
    assert _lint(text).actions < 6


def _asked(first: str = "Who will do it?", title: str = "2. Making the house safer") -> str:
    return f"""# Child protection plan for Leo Hale

{_VOICE}## Our plan as questions and answers

### 1. Seeing Leo
#### What needs to happen?
Visit Leo at home and see him on his own, one visit in three unannounced.
#### {first}
Nkechi Obi, social worker.
#### By when?
Every week until the review conference on 12/05/2026.
#### How will we know it has worked?
A visit record for every visit, with what Leo said in his own words.

### {title}
#### What needs to happen?
Fit a smoke alarm and a stair gate, and go through the home safety checklist with Dean.
#### {first}
Tessa Grant, health visitor.
#### By when?
By 20/02/2026.
#### How will we know it has worked?
The checklist signed by Dean and copied to Nkechi.

### 3. Leo at nursery
#### What needs to happen?
Check Leo in each morning and ring Nkechi by 10am if he is absent with no call.
#### {first}
Mrs Ana Petrov, nursery manager.
#### By when?
Every nursery morning.
#### How will we know it has worked?
The weekly register emailed to Nkechi every Friday.
{_TAIL}"""


def test_a_form_that_asks_each_field_as_a_question_gives_one_action_a_block():
    report = _lint(_asked())
    assert report.actions == 3
    alarm = _action(report, "smoke alarm")
    assert "Tessa Grant" in alarm.fields["owner"] and "20/02/2026" in alarm.fields["timescale"]
    assert "checklist signed" in alarm.fields["measure"]
    assert not _rules(report, "W001") and not _rules(report, "T001") and not _rules(report, "M001")


def test_a_numbered_block_titled_if_among_the_blocks_is_one_of_them_not_the_contingency():
    report = _lint(_asked(title="2. If Dean's brother comes to the house"))
    assert report.actions == 3
    assert "Tessa Grant" in _action(report, "smoke alarm").fields["owner"]


def test_blocks_under_a_heading_of_feelings_are_still_the_plans_work():
    text = _asked().replace("### 3. Leo at nursery", "### School, health and feelings\n\n### 3. Leo at nursery")
    assert _lint(text).actions == 3


def test_an_assessments_question_headings_are_no_form():
    report = _lint("""# Child and family assessment for Leo Hale

## Who is in this family?
Leo lives with his dad Dean and his sister Amy; his mum Kerry lives nearby.

## What has happened?
Leo was found alone in the flat on 12 January 2026.

## What are the strengths?
Dean loves Leo and takes him to nursery most days.

## What does the social worker think?
Leo needs a plan so that he is never left alone again.
""")
    assert not any(a.text.startswith(("Who is in this family", "What has happened")) for a in report.plan.actions)
    assert not any("Who is in this family" in (a.fields.get("owner") or "") for a in report.plan.actions)


def _beside(header: str = "What this means for me (Leo's words)") -> str:
    return f"""# Child protection plan for Leo Hale

{_VOICE}## The plan
| What the grown-ups will do | Who | When | How we'll know | {header} |
|---|---|---|---|---|
| Take Leo to nursery every Monday and Wednesday | Dean Hale (Dad) | From 02/02/2026 | The nursery register | "Dad takes me to nursery and we walk past the ducks." |
| Go to every appointment with the recovery worker and take a breath test there | Kerry Hale (Mum) | Every week from 03/02/2026 | The recovery service's attendance and test record | "Mum sees her worker so she can get better." |
| Visit Leo at home and see his room | Nkechi Obi (SW) | Every week from 02/02/2026 | A visit record for each visit | "Nkechi comes to see me and my room." |
{_TAIL}"""


def test_the_childs_own_words_beside_the_adults_work_are_not_an_adult_centred_outcome():
    report = _lint(_beside())
    assert report.actions == 3
    assert not _rules(report, "F002")


def test_an_outcome_column_about_a_parent_in_the_adults_words_is_still_adult_centred():
    text = _beside("What we want to be different").replace(
        '"Mum sees her worker so she can get better."', "Kerry stays sober and keeps her appointments.")
    assert _rules(_lint(text), "F002")


_BOARD = """# Leo's plan on a page

{voice}## The board

### KEEP DOING - every week until the review conference (12/05/2026)
- **Card K1.** Nkechi Obi (social worker) sees Leo at home every week and looks at his room.
  *We'll know:* a visit record for each visit.
- **Card K2.** Dean takes Leo to nursery every Monday and Wednesday.
  *We'll know:* the nursery register.

### THIS MONTH - by Friday 27/02/2026
- **Card M1.** Tessa Grant (health visitor) does Leo's development check at home.
  *We'll know:* the check's scores sent to Nkechi by 27/02/2026.
- **Card M2.** Nkechi holds a family network meeting with Dean, Kerry and Ruth.
  *We'll know:* a network plan signed by all three.
{tail}"""


def test_a_boards_cards_written_in_the_present_under_time_lanes_are_the_plans_work():
    report = _lint(_BOARD.format(voice=_VOICE, tail=_TAIL))
    assert report.actions == 4
    assert _action(report, "family network meeting").facts.owner == "Nkechi"
    assert _action(report, "development check").facts.owner == "Tessa Grant"
    assert not _rules(report, "W001") and not _rules(report, "T001")


def test_a_possessive_or_a_count_opens_no_present_tense_work():
    from planlint.nlp.commitment import present_subject

    assert present_subject("Card K2. Dean takes Leo to nursery every Monday") == "Dean"
    assert present_subject("Chloe's cannabis use") == ""
    assert present_subject("If Marcus stops taking his tablets, Leah visits that day") == ""


def _form(number: int, work: str, lead: str, often: str) -> str:
    return f"""
| Action {number} | |
|---|---|
| What needs to happen | {work} |
| Lead person | {lead} |
| How often | {often} |
| Start date | 02/02/2026 |
| Complete by | 27/02/2026 |
| How we will know | A note on Leo's file by 27/02/2026, copied to the core group. |
"""


def test_a_forms_ticked_frequency_keeps_the_dates_of_the_fields_after_it():
    boxes = "[ ] Daily [ ] Weekly [X] One-off [ ] Monthly"
    report = _lint(f"# Child protection plan for Leo Hale\n\n{_VOICE}## The plan\n"
                   + _form(1, "Do Leo's development check at home", "Tessa Grant, health visitor", boxes)
                   + _form(2, "Write the family network plan with Dean, Kerry and Ruth", "Nkechi Obi, social worker", boxes)
                   + _TAIL)
    assert report.actions == 2
    assert "27/02/2026" in _action(report, "development check").fields["timescale"]
    assert not _rules(report, "T001") and not _rules(report, "T002")


def test_an_outline_item_naming_its_doer_before_the_work_is_owned_by_them():
    report = _lint(f"""# Child protection plan for Leo Hale

{_VOICE}## 6. The plan

### 6.1 Straight away – all by Friday 20/02/2026

**6.1.1 Nkechi Obi (SW).** Make a written safety plan with Dean and Ruth saying who looks after Leo
if Dean has been drinking.
How we'll know: the safety plan is signed by both and a copy is on Leo's file.

**6.1.2 Dean Hale.** Take all alcohol out of the flat, and keep none there from now on.
How we'll know: none is found at Nkechi's unannounced visits.

**6.1.3 Lisa Tran (recovery worker, Compass – Kelderbrook Alcohol Service).** Six key-work
sessions with Dean, with a breath test at each.
How we'll know: the test results are on Leo's file before each core group.
{_TAIL}""")
    assert report.actions == 3
    assert _action(report, "Take all alcohol").facts.owner == "Dean Hale"
    assert _action(report, "key-work").facts.owner.startswith("Lisa Tran")
    assert not _rules(report, "W001")


def test_a_group_heading_whose_time_holds_unless_stated_times_the_items_under_it():
    report = _lint(f"""# Child protection plan for Leo Hale

{_VOICE}## The plan

### BY END FEB (Fri 27.2.26) unless stated
- Nkechi (SW) - make a written safety plan with Dean and Ruth. Proof: signed plan on Leo's file.
- Dean - take Leo to the GP about his cough; take his red book. Proof: GP letter to Nkechi.
- Tessa (HV) - weigh Leo's sister every week from 2/2. Proof: weights in her red book.
{_TAIL}""")
    assert report.actions == 3
    assert not _rules(report, "T001")


def test_a_group_line_in_capitals_with_a_week_commencing_date_is_a_heading():
    from planlint.readers.text import read_text

    document = read_text("ACTION LOG\n\nTHIS WEEK - w/c 19.1.26 (all by Fri 23.1.26)\n"
                         "01  LR - go through the safety plan at home with SB.\n", "plan.txt")
    assert any(b.kind == "heading" and b.text.startswith("THIS WEEK") for b in document.blocks)
