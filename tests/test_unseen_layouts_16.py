"""Classes met on tuning batch 55 (measures and owners written many ways, the Child Z
situations in varied layouts), on invented text: a word that stems like a negation,
a nurse's title beside supervised contact, a service's name around "child", visits
to a looked-after baby in hospital, work named before a bare "to", a passive hand-over,
a frequency where a subject would stand, asking the child as the check, an aside
before "said", a key to abbreviations, "held back" until a transfer, a hyphenated
back-up plan heading, a deadline hung on the child and a table under the contingency
heading. All names are invented."""
from planlint.nlp.stem import stem
from test_unseen_layouts_15 import _OUTCOMES, _TAIL, _action, _lint, _rules


def test_notes_and_note_never_stem_to_a_negation():
    assert {stem("notes"), stem("note"), stem("noting")} == {"note"}
    assert stem("not") == "not"


def test_supervision_notes_do_not_negate_what_follows_them():
    report = _lint("# Child protection plan for Mia\n" + _OUTCOMES + """## Action plan
| Action | Who | When | How we will know |
|---|---|---|---|
| Supervise contact between Sarah and Mia at the family centre | Jo Hart, contact worker | Every Tuesday from 3 March 2025 | Supervision notes emailed to the SW each Friday |
""" + _TAIL)
    action = _action(report, "Supervise contact")
    assert all("negated" not in m.modifiers for m in action.facts.mentions if m.text in ("emailed", "SW", "each Friday"))


def test_a_ward_sister_supervising_the_parents_is_no_family_support():
    report = _lint("# Child protection plan for Mia\n" + _OUTCOMES + """## Action plan
| Action | Who | When | How we will know |
|---|---|---|---|
| Supervise all of Sarah and Dean's time with Mia on the ward | Sister Amy Tait, Ward 4 | At every visit | Supervision record emailed to the SW each morning |
| Weigh Mia and check her feeds | Jane Ford, health visitor | Weekly from 3 March 2025 | Weights shared with the core group |
""" + _TAIL)
    assert _rules(report, "C003") == []


def test_a_grandmother_supervising_contact_still_relies_on_the_family():
    report = _lint("# Child protection plan for Mia\n" + _OUTCOMES + """## Action plan
| Action | Who | When | How we will know |
|---|---|---|---|
| Supervise all of Dean's contact with Mia at her home | Nan (Rita Hale) | Every Saturday from 8 March 2025 | Nan keeps a contact diary and shows the SW |
| Weigh Mia and check her feeds | Jane Ford, health visitor | Weekly from 3 March 2025 | Weights shared with the core group |
""" + _TAIL)
    assert len(_rules(report, "C003")) == 1


def test_a_services_name_around_child_or_baby_is_no_child():
    report = _lint("""# Child protection plan for Zara Osei
Children: Zara Osei (8) and Eli Osei (4)

## Action plan
- Refer Zara to the Little Lanterns child bereavement service by 30 June 2025, with the referral letter copied to the SW.
- DC Ross Kerr of the Delverton Police Child Abuse Investigation Team will interview Eli by 14 June 2025 and send the record to the SW.
""" + _TAIL)
    assert report.plan.facts.child_names == ["Zara", "Eli"]


_LOOKED_AFTER = """# Care plan for Baby Ivy
Ivy is looked after under section 20 and is still on the children's ward at Flaxhurst General Hospital.
## What we want for Ivy
Ivy is safe, fed and goes home to carers who can look after her.
"""


def test_home_visits_to_a_parent_or_visits_when_possible_are_no_visits_to_a_child_in_hospital():
    report = _lint(_LOOKED_AFTER + """## Action plan
| Action | Who | When | How we will know |
|---|---|---|---|
| Continue fortnightly home visits to support Leanne with her low mood | CPN Sarah Lomax | Fortnightly | Visit notes shared with the SW |
| Keep in touch with the ward and visit Ivy when possible | SW Dan Rowe | When possible | Contacts recorded on Ivy's file |
""" + _TAIL)
    assert len(_rules(report, "L001")) == 1


def test_a_weekly_visit_to_the_child_on_the_ward_answers_l001():
    report = _lint(_LOOKED_AFTER + """## Action plan
| Action | Who | When | How we will know |
|---|---|---|---|
| Visit Ivy on the ward and see her at a feed | SW Dan Rowe | Twice a week until discharge | Visit records on Ivy's file |
""" + _TAIL)
    assert _rules(report, "L001") == []


def test_a_meeting_named_before_a_bare_to_is_the_work_not_its_owner():
    report = _lint("# Child protection plan for Mia\n" + _OUTCOMES + """## Action plan
| Action | Comments |
|---|---|
| Family network meeting to find relatives who could care for Mia | By 4 July 2025. Names of possible carers recorded. |
| SW Jo Hart to visit Mia at home every week | From 3 March 2025. Visit records on file. |
""" + _TAIL)
    action = _action(report, "Family network meeting")
    assert action.facts.owner_status != "vague"


def test_a_thing_to_be_shown_to_a_professional_is_a_measure():
    report = _lint("# Child protection plan for Mia\n" + _OUTCOMES + """## Action plan
| Action | Comments |
|---|---|
| Sarah to make a GP appointment to review her medication | Sarah – by 27 June 2025. Appointment card to be shown to the SW. |
| Dean to go to the Tuesday parenting group | Dean – every Tuesday from 3 March 2025. |
""" + _TAIL)
    assert _action(report, "GP appointment").facts.measure_status == "ok"
    assert _action(report, "parenting group").facts.measure_status == "missing"


def test_a_frequency_before_a_bare_to_is_no_subject():
    report = _lint("# Child protection plan for Mia\n" + _OUTCOMES + """## What Jane, our health visitor, will do
- Weigh Mia at home on Tuesday 6 May 2025 and send the weights to the SW.
- Come once a month after that to weigh Mia and write what she finds in Mia's red book.
""" + _TAIL)
    assert _action(report, "Come once a month").facts.owner_status == "ok"


def test_asking_the_children_whether_it_happened_is_the_check():
    report = _lint("# Child protection plan for Mia\n" + _OUTCOMES + """## Action plan
- Dad will ring the children every evening he is away; the SW will ask Mia at each visit whether Dad rang.
- Dad will be home by 6pm every Friday from 7 March 2025.
""" + _TAIL)
    assert _action(report, "ring the children").facts.measure_status == "ok"
    assert _action(report, "home by 6pm").facts.measure_status == "missing"


def test_an_aside_between_the_child_and_said_names_no_speaker():
    report = _lint("""# Child protection plan for Kayden
## Kayden
Kayden (seen on his own at school on 17 October) said: "I don't want to move, all my mates are here."
""" + _OUTCOMES + """## Action plan
- The SW will visit Kayden at home every week from 3 March 2025.
""" + _TAIL.replace("## What Mia says\nMia said she likes nursery because of the sand pit.\n", ""))
    said = next(s for s in report.plan.sentences if "said:" in s.text)
    assert said.child_voice


def test_a_key_to_abbreviations_is_no_action_table():
    report = _lint("# Child protection plan for Mia\n" + """## Key
| Letters | Who | Where they work |
|---|---|---|
| SW | Amy Clegg, social worker | Children's Social Care |
| HV | Nisha Patel, health visitor | Coldwell Health Centre |
| DSL | Joanne Pike, safeguarding lead | Moorfield Infants |
""" + _OUTCOMES + """## Action plan
| Action | Who | When | How we will know |
|---|---|---|---|
| Visit Mia at home | SW | Weekly from 3 March 2025 | Visit records |
""" + _TAIL)
    assert not any("Amy Clegg" in a.text for a in report.plan.actions)
    assert _rules(report, "U001") == []


def test_owners_down_the_first_column_are_still_an_action_table():
    report = _lint("# Child protection plan for Mia\n" + _OUTCOMES + """## Action plan
| Who | What | When |
|---|---|---|
| SW | Visit Mia at home and see her alone | Weekly from 3 March 2025 |
| HV | Weigh Mia and check her feeds | Every two weeks |
| DSL | Check Mia is in nursery and ring the SW if not | Every day |
""" + _TAIL)
    assert len(report.plan.actions) == 3


def test_held_back_until_the_case_transfers_stalls_the_plan():
    report = _lint("# Child protection plan for Mia\n" + _OUTCOMES + """## Action plan
| Action | Who | When | How we will know |
|---|---|---|---|
| Referral of Mia to CAMHS held back until the case transfers to Kersey Vale | Karen Ibbotson (school nurse) | On transfer | Referral accepted letter |
""" + _TAIL)
    assert len(_rules(report, "X001")) == 1


def test_a_hyphenated_back_up_plan_heading_is_the_contingency():
    report = _lint("# My plan\n" + _OUTCOMES + """## What is going to happen
- The SW will visit me at home every week from 3 March 2025 and write down what I say.

## The back-up plan (if things go wrong)
- If Grandad can't have me, I will stay with Auntie Leanne that night.
""")
    assert any(s.kind == "contingency" for s in report.plan.sections)
    assert not any("Grandad can't" in a.text for a in report.plan.actions)


def test_a_deadline_hung_on_the_child_is_a_timescale():
    report = _lint("# Child protection plan for Ivy\n" + _OUTCOMES + """## Action plan
| Action | Comments |
|---|---|
| Find a foster placement for Ivy | SW Rebecca Lyle – before Ivy is medically fit for discharge. Placement confirmed in writing. |
""" + _TAIL)
    assert _action(report, "foster placement").facts.time_status == "ok"


def test_a_table_under_the_contingency_heading_holds_triggers_not_work():
    report = _lint("# Child protection plan for Mia\n" + _OUTCOMES + """## Action plan
| Action | Who | When | How we will know |
|---|---|---|---|
| Visit Mia at home and see her alone | SW Jo Hart | Weekly from 3 March 2025 | Visit records |

## Red flags – what happens if
| If | What happens | Who |
|---|---|---|
| Mia's feeding tube comes out and cannot be replaced at home | Mia is taken to the children's ward | Sarah |
| Smoke is smelled near Mia's oxygen | Mia goes to stay with her nan | SW |

## Reviews
Core group every 4 weeks; review conference on 12 June 2025.
""")
    assert [a.text.split(" |")[0] for a in report.plan.actions] == ["Visit Mia at home and see her alone"]
    assert _rules(report, "M001") == []


_PHASED = """# Child protection plan for Mia
""" + _OUTCOMES + """## Action plan
### {heading}
| Who | What they will do | What will tell us it's working |
|---|---|---|
| Jo Hart, social worker | Complete the parenting assessment of Sarah and Dean | Assessment report shared with the core group |
| Sarah | Take Mia to the baby group at the children's centre | Centre sign-in sheet |
"""


def test_a_time_heading_over_a_table_says_when_for_rows_that_leave_it_out():
    report = _lint(_PHASED.format(heading="By the review conference on 5 March 2026") + _TAIL)
    assert _rules(report, "T001") == []
    vague = _lint(_PHASED.format(heading="Ongoing / as needed") + _TAIL)
    assert len(_rules(vague, "T002")) == 2 and _rules(vague, "T001") == []


def test_rows_under_a_heading_that_is_no_time_still_miss_their_timescale():
    report = _lint(_PHASED.format(heading="Parenting and play") + _TAIL)
    assert len(_rules(report, "T001")) == 2
