"""Classes met on tuning batch 71 (who, when and how-we-know in ordinary words and stacked
labels; ill parents beside a child's own needs), on invented text. All names are invented."""
from test_unseen_layouts_15 import _TAIL, _WORK, _action, _lint, _rules

_PLAN_HEAD = """# Child protection plan for Mia
Mum: Sarah Hollis.

## What we want for Mia
Mia goes to nursery every day and gains weight steadily.

"""

_FORMS = """## The plan

**1. Weekly visits to see Mia at home, with Mia seen awake**
FROM: 3 March 2025
TO: the transfer-in conference
BY: SW Nadia Rees
HOW WE'LL KNOW: visit notes with what Mia was doing

**2. Sarah to cut down her drinking**
FROM: –
TO: ongoing
BY: Sarah
HOW WE'LL KNOW: drinking to improve

**3. Mia's 2-year review with an ASQ-3**
FROM: –
TO: –
BY: HV Sian Corr
HOW WE'LL KNOW: ASQ-3 scores shared with the SW

**4. Apply for a nursery place for Mia**
FROM: 3 March 2025
TO: 14 March 2025
BY: TBC
HOW WE'LL KNOW: place confirmed in writing
"""


def test_stacked_from_to_by_lines_under_a_numbered_title_are_one_action_each():
    report = _lint(_PLAN_HEAD + _FORMS + _TAIL)
    assert len(report.plan.actions) == 4
    visits = _action(report, "Weekly visits")
    assert visits.fields["owner"] == "SW Nadia Rees"  # "BY:" naming someone says who
    assert visits.fields["timescale"] == "3 March 2025; the transfer-in conference"
    assert visits.fields["measure"] == "visit notes with what Mia was doing"
    # "3. Mia's 2-year review" reads like a review heading, but it titles a form as its siblings do
    assert _action(report, "2-year review").fields["owner"] == "HV Sian Corr"
    assert _rules(report, "T001") == ["3. Mia's 2-year review with an ASQ-3"]
    assert _rules(report, "T002") == ["2. Sarah to cut down her drinking"]
    # "BY: TBC" is no one: it stays a time, and the nursery place has no owner
    assert "owner" not in _action(report, "nursery place").fields
    assert _rules(report, "W001") == ["4. Apply for a nursery place for Mia"]


def test_an_emails_from_and_to_lines_give_no_time():
    report = _lint("""# Email: plan for Mia
**From:** Kat Lyle (SW)
**To:** Jane Ford (HV); Sarah Hollis

## What we want for Mia
Mia goes to nursery every day and gains weight steadily.

""" + _WORK + _TAIL)
    assert [a for a in report.plan.actions if "Kat Lyle" in a.text or "Jane Ford (HV);" in a.text] == []
    assert len(report.plan.actions) == 2


def test_tbc_before_a_date_in_a_who_and_when_cell_is_a_vague_owner():
    report = _lint(_PLAN_HEAD + """## Plan

| Action | Who and by when | How we will know |
|---|---|---|
| Parenting assessment of Sarah in a parent and baby setting | TBC – by 31/03/2025 | Assessment report to the core group |
| Weigh Mia at home | Jane Ford (HV) – every two weeks | Weights in the red book |
""" + _TAIL)
    action = _action(report, "Parenting assessment")
    assert action.facts.owner_status == "vague"
    assert action.facts.time_status == "ok"
    assert _rules(report, "W001") == []
    assert len(_rules(report, "W002")) == 1


def test_where_a_child_stays_meanwhile_is_no_action():
    report = _lint(_PLAN_HEAD + """## Plan
Mia will stay on Ward 6 until a foster placement is found.
The social worker will find a foster placement for Mia by 14 March 2025, confirmed by the signed placement plan.
""" + _TAIL)
    assert [a.text for a in report.plan.actions] == [
        "The social worker will find a foster placement for Mia by 14 March 2025, confirmed by the signed placement plan."]


def test_seen_in_cars_is_not_in_care():
    report = _lint("""# Child protection plan for Callum
Callum has twice been seen in cars with older young men near the flats.
""" + _WORK.replace("Mia", "Callum") + _TAIL.replace("Mia", "Callum"))
    assert report.plan.facts.looked_after is False


def _mh_plan(owner_line: str) -> str:
    return _PLAN_HEAD.replace("Mum: Sarah Hollis.", "Mum: Sarah Hollis. Dad: Samuel Hollis.") + """## Why we are worried
Samuel has bipolar disorder. He was admitted to Vinsworth Lodge, the adult mental health unit, in February.

## Plan
- """ + owner_line + """
- The health visitor, Jane Ford, will weigh Mia every two weeks until 12 June 2025 and send the weights to the core group.
""" + _TAIL


def test_a_unit_a_parent_was_admitted_to_names_no_worker_of_its_service():
    report = _lint(_mh_plan("Dr Ruth Kemp at Vinsworth Health Centre will check Samuel's lithium level every four "
                            "weeks and send the result to the social worker the same week."))
    action = _action(report, "lithium")
    assert "MH_SERVICES" not in action.facts.owner_labels
    assert _rules(report, "H001") == []


def _illness_plan(worry: str, owner: str) -> list[str]:
    report = _lint(_PLAN_HEAD.replace("Mum: Sarah Hollis.", "Mum: Sarah Hollis. Mia's brother: Callum Hollis (15).")
                   + "## Why we are worried\n" + worry + "\n\n## Plan\n- " + owner
                   + " will see Callum every week until 12 June 2025 and send notes of each session to the SW.\n"
                   + _WORK.split("\n\n", 1)[1] + _TAIL)
    return _rules(report, "F004")


def test_a_young_peoples_substance_service_is_no_adult_service():
    worry = "Sarah was diagnosed with breast cancer in October and has chemotherapy every three weeks."
    assert _illness_plan(worry, "Ben Achebe, Upsworth Young People's Substance Service") != []
    assert _illness_plan(worry, "Ben Achebe, Upsworth Drug and Alcohol Service") == []


def test_a_young_persons_own_drug_use_is_not_a_parents_illness():
    owner = "Ben Achebe, Upsworth Young People's Substance Service"
    assert _illness_plan("Callum has been missing three times. He smokes cannabis most days and has told his mum "
                         "he owes money.", owner) == []
    assert _illness_plan("Callum was missing for two days. On 12 May police found him in a flat with wraps of crack "
                         "cocaine.", owner) == []
    assert _illness_plan("Sarah finds cannabis in his coat. Callum tells her it was for a mate.", owner) == []
    # (his mother's own use is hers)
    assert _illness_plan("Sarah smokes cannabis most days.", owner) != []


def test_an_illness_naming_a_service_is_no_ones_illness():
    owner = "Jo Pettifer, children's community nurse,"
    assert _illness_plan("Discharge planning meeting with the parents and the epilepsy nurse on 3 June.", owner) == []
    assert _illness_plan("Sarah sees Dr Tom Varga, consultant paediatrician (epilepsy), with Mia.", owner) == []
    assert _illness_plan("Sarah has epilepsy.", owner) != []


def test_by_a_day_or_a_festival_is_when_and_by_a_person_is_who():
    report = _lint(_PLAN_HEAD + """## The plan

**1. Weekly visits to see Mia**
BY: Friday
WHO: SW Jo Hill
HOW WE'LL KNOW: visit notes

**2. Book Mia's dental check**
BY: Sarah
WHEN: Christmas
HOW WE'LL KNOW: appointment card
""" + _TAIL)
    visits, dental = _action(report, "Weekly visits"), _action(report, "dental")
    assert (visits.fields["owner"], visits.fields["timescale"]) == ("SW Jo Hill", "Friday")
    assert (dental.fields["owner"], dental.fields["timescale"]) == ("Sarah", "Christmas")


def test_an_emails_heading_with_its_date_from_and_to_stays_a_heading():
    report = _lint(_PLAN_HEAD + _WORK + """
## Email from the school
Date: 3 March 2025
From: Mrs Patel
To: Jo Hill (SW)

Mia was in every day this week and ate her lunch.
""" + _TAIL)
    assert len(report.plan.actions) == 2
    assert any(s.heading == "Email from the school" for s in report.plan.sections)


def test_a_parents_drug_use_in_his_own_room_stays_his():
    assert _illness_plan("Dad smokes cannabis in his room. Callum says he can smell it.",
                         "Ben Achebe, Upsworth Young People's Substance Service") != []
