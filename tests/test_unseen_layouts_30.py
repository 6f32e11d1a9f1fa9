"""Classes met on tuning batch 87 (measures and outcomes in unfamiliar forms; plans that are
not tables), on invented text. All names are invented."""
from planlint import loader
from planlint.structure.sections import classify_heading, heading_owner

from test_unseen_layouts_15 import _action, _lint, _rules

_MEETINGS = """
## If things go wrong
If Kim misses her medication, Sam will hold a strategy discussion the same day and ask for a legal planning meeting.

## Meetings
Core group every 4 weeks; review conference on 12 June 2025.
"""


def test_a_what_will_be_different_column_merged_over_its_actions_is_the_outcome():
    # Two "measure" headers: the first, repeated down the rows as a merged cell reads, heads the work.
    report = _lint("""# Child protection plan for Ada
## What Ada said
Ada said "I like it when Nana reads to me".
## The plan
| What will be different for Ada | What needs to happen | Who | When | How we'll see it |
|---|---|---|---|---|
| When Ada leaves hospital she is seen often by people who know her | Visit Ada on the unit and see her fed | Sam Cole, social worker | Twice a week | Visit record on the file after each visit |
| When Ada leaves hospital she is seen often by people who know her | Do Ada's cares with a nurse | Kim Lowe and Dan Lowe | Daily | Unit visiting log sent to the SW each Friday |
| When Ada leaves hospital she is seen often by people who know her | Ring the SW with Ada's weight | Sister Jo Pike, neonatal unit | Every Friday | Weight written in the red book |
""" + _MEETINGS)
    assert not _rules(report, "O001")
    assert any("leaves hospital" in o.text for o in report.plan.outcomes)
    assert all("outcome" in a.fields for a in report.plan.actions)


def test_what_the_family_said_they_want_is_the_goal_when_the_childs_words_stand_apart():
    report = _lint("""# Review plan for Mia and Alfie
## In Mia and Alfie's words
Mia said: "I get scared when Dad is on nights."
## What Shaun, Mia and Alfie said they want
- Mia: "I want Dad home at night, or Nana, so I don't have to mind Alfie."
- Shaun: "I want to get a day job."
## What we'll do
| What we'll do | Who | By | How we'll know |
|---|---|---|---|
| Visit in the evening to see who is looking after Mia and Alfie | Kieran Doyle, social worker | Twice a month | Visit notes say who was there |
""" + _MEETINGS)
    kinds = {s.heading: s.kind for s in report.plan.sections}
    assert kinds["What Shaun, Mia and Alfie said they want"] == "outcomes"
    assert kinds["In Mia and Alfie's words"] == "child_voice"
    assert not _rules(report, "O001") and not _rules(report, "F003")


def test_what_life_should_be_like_for_the_children_names_the_outcomes():
    table = loader.phrase_table("sections.toml")
    assert classify_heading("WHAT LIFE SHOULD BE LIKE FOR JAYDEN AND LILY-ROSE", table) == "outcomes"
    assert classify_heading("What life is like for Jayden", table) == "child_voice"


def test_a_heading_of_the_childs_quoted_words_is_a_heading_however_long():
    report = _lint("""# Plan for Kayleigh
## What we are worried about
Kim has bipolar disorder and was in hospital in May.
## “I want to feel OK in my own head and not end up back in hospital ever again.”
- CAMHS to assess Kayleigh on the ward. Who: Dr Ruth Okoye, CAMHS liaison. When: before discharge. We'll know because: a written safety plan is on her file.
- Lock away all medicines at home. Who: Julie Marsh, foster carer. When: by the day of discharge. We'll know because: the SW sees the locked box.
""" + _MEETINGS)
    kinds = [s.kind for s in report.plan.sections]
    assert "outcomes" in kinds
    worries = next(s for s in report.plan.sections if s.kind == "worries")
    assert not any("Lock away" in b.text for b in worries.blocks)


def test_labelled_who_and_when_under_a_wish_heading_make_the_items_work():
    # Items under an outcome heading that carry "Who:" and "When:" parts are its work, not outcomes.
    report = _lint("""# Plan for Kayleigh
## What Kayleigh told us
She said: "I miss my mum."
## “I want to see my mum, but not when she's poorly.”
- Keep supporting Kim with her medication. Who: Steve Rowe, care coordinator, Adult Mental Health Team. When: every 2 weeks. We'll know because: Kim keeps her appointments.
- Review Kim's lithium. Who: Dr Alan Fisk, consultant psychiatrist. When: by 30/09/2025. We'll know because: a letter to the SW.
- Supervised contact with Mum once Kayleigh is home. Who: Abi Linton, contact worker. When: twice a week. We'll know because: contact notes.
""" + _MEETINGS)
    texts = [a.text for a in report.plan.actions]
    assert any("Review Kim's lithium" in t for t in texts)
    assert any("Supervised contact" in t for t in texts)
    assert not any("lithium" in o.text for o in report.plan.outcomes)
    assert not _rules(report, "F002")


def test_a_bold_lead_in_that_lost_its_colon_still_names_who():
    assert heading_owner("Jade will") == "Jade"
    assert heading_owner("Everyone in the network will") == "Everyone in the network"
    assert heading_owner("We will") == ""
    report = _lint("""# Plan for Amara
## What we want for Amara
- Amara is fed on time and gains weight.
## Who will do what
**Jade will:**

- try to visit Amara on the unit every day, with each visit written in the parents' log;
- learn to tube-feed Amara with the nurses before discharge, signed off on the competency checklist.

**Everyone in the network will:**

- share any worry about Amara with the social worker the same day and log it on her record.
""" + _MEETINGS)
    assert _action(report, "try to visit").fields.get("owner") == "Jade"
    assert _action(report, "learn to tube-feed").fields.get("owner") == "Jade"
    assert not _rules(report, "W001")
    assert any("share any worry" in e for e in _rules(report, "W002"))


def test_a_numbered_heading_over_the_last_meetings_actions_is_history():
    table = loader.phrase_table("sections.toml")
    assert classify_heading("5. Actions from the last meeting", table) != "actions"
    assert classify_heading("8. Action log (agreed today)", table) == "actions"


def test_passing_records_to_the_receiving_team_does_not_stall_the_work():
    report = _lint("""# Child protection plan for Zofia
Hollincross Council. The family is moving to Saltmarsh; Saltmarsh Council will hold a transfer-in conference.
## What we want for Zofia
- Zofia is weighed every week and gains weight.
## The plan
1. Amanda Cole (HV) will visit Zofia every week until the transfer-in conference, weigh her, and pass her records to the Saltmarsh health visiting team within 10 working days of the transfer conference.
2. The parenting assessment will be completed by Saltmarsh Children's Services once the case has transferred.
""" + _MEETINGS)
    stalled = _rules(report, "X001")
    assert not any("Amanda Cole" in e for e in stalled)
    assert any("parenting assessment" in e for e in stalled)


def test_work_after_a_fronted_once_clause_is_still_committed():
    from planlint.nlp.commitment import find_commitment

    c = find_commitment("Once the referral is accepted, Dean Marsh, the recovery worker, will see Shelley every week.")
    assert c is not None and c.subject.startswith("Dean Marsh")
    assert find_commitment("If Shelley drinks, Nan will have the children.") is None


def test_an_illness_in_the_childs_own_part_is_the_childs_where_no_parent_is_named():
    report = _lint("""# Care plan for Kayleigh
## What we want for Kayleigh
- Kayleigh is safe on the ward and goes home to Julie's with a safety plan.
## What Kayleigh told us
Kayleigh spoke to her advocate on 19/08/2025. About the overdose she said: "Everything just got too much."
## The plan
| Action | Who | When | How we'll know |
|---|---|---|---|
| Assess Kayleigh on the ward and agree a safety plan with her | Dr Ruth Okoye, CAMHS | Before discharge | Safety plan signed by Kayleigh on her file |
""" + _MEETINGS)
    assert not _rules(report, "F004")
    mum = _lint("""# Care plan for Kayleigh
## What Kayleigh told us
Kayleigh said her mum takes too many tablets and has an overdose when she is low.
## The plan
| Action | Who | When | How we'll know |
|---|---|---|---|
| Visit Kayleigh at home | Sam Cole, social worker | Weekly | Visit notes on file |
""" + _MEETINGS)
    assert _rules(mum, "F004")
