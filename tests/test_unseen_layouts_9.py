"""Classes met writing plans in layouts planlint had not read (tuning batch 35), each
on invented text. All names are invented."""
from planlint import lint


def _rules(report, *codes):
    return [f for f in report.findings if f.rule in codes]


def _children(text):
    return lint(text, name="plan.txt").plan.facts.child_names


_SUBJECTS = """\
Child Protection Plan

Section A – Subjects of the plan

Child 1: Harvey DRAYCOTT · RX-5510273 · DOB 02/04/2016 (9y) · Year 4, Ashmere Primary

Child 2: Lola DRAYCOTT · RX-5510274 · DOB 19/08/2021 (3y) · Little Owls Nursery, Ashmere

Section F – Actions

Action: Visit Harvey and Lola at home and see Harvey on his own
Lead: Priya Kaur, social worker
Target date: every 10 working days from 07/07/2025
Success measure: visit notes on file within 24 hours, with what each child said
"""


def test_a_childs_details_line_is_not_work_and_a_subjects_heading_is_details():
    report = lint(_SUBJECTS, name="plan.txt")
    kinds = {s.heading: s.kind for s in report.plan.sections}
    assert kinds["Section A – Subjects of the plan"] == "details"
    assert [a.location.line for a in report.plan.actions] == [11]
    # and under an actions heading a date of birth still says who the plan is for, not work
    moved = _SUBJECTS.replace("Section A – Subjects of the plan", "Section A – Actions")
    assert all("DOB" not in a.text for a in lint(moved, name="plan.txt").plan.actions)


def test_a_children_line_in_fields_gives_names_not_the_school_or_class():
    assert _children(_SUBJECTS) == ["Harvey", "Lola"]
    assert _children("Children: Maya Obi · Theo Obi\n\nThe plan\n") == ["Maya", "Theo"]


def test_a_place_before_baby_clinic_and_a_pregnancy_name_no_child():
    text = ("Children: Finn Wojcik (2 years 4 months)\n\n"
            "Lorraine (HV) will weigh Finn every Tuesday at Corby baby clinic.\n\n"
            "Kasia is 30 weeks pregnant and the baby is due on 9 July.\n")
    assert _children(text) == ["Finn"]
    assert "Kasia" not in _children("Kasia is 30 weeks pregnant and the baby is due on 9 July.\n")
    assert _children("Kasia is 3 weeks old and feeding well.\n") == ["Kasia"]


_NEEDS = """\
# Family support plan for Orla (8) and Cian (2) Byrne

## What we want for Orla and Cian

Orla and Cian live in a calm, clean home and go to school and playgroup every day.

## The plan

Each need below was agreed with Niamh and Sean at the planning meeting. The lead person is responsible for the response and will report on it at the review.

1. Need identified: Cian has very few words for his age and missed his developmental check.

Response: Health visitor to complete a developmental review of Cian's speech and play at home.

Lead: Aisling Quinn, health visitor

Review date: 15/08/2025

2. Need identified: Orla and Cian need to be seen regularly and Orla's views heard.

Response: Visit the family home, see Orla on her own, and write down what Orla says in the visit record.

Lead: Ciara Boyle, social worker

Review date: Every two weeks until the review on 18/09/2025

## Meetings

Core group every 4 weeks from 10/07/2025. Review conference on 18/09/2025.
"""


def test_need_response_lead_blocks_are_one_action_a_response():
    report = lint(_NEEDS, name="plan.md")
    actions = report.plan.actions
    assert [a.text.split(":")[0] for a in actions] == ["Response", "Response"]
    assert [a.fields.get("owner") for a in actions] == ["Aisling Quinn, health visitor", "Ciara Boyle, social worker"]
    assert all(a.facts.time_status == "ok" for a in actions)
    assert not _rules(report, "W001", "T001", "T002")


_LETTER = """\
# Our plan for Mia

## What will the grown-ups do?

- Sam is my social worker. Sam will see me every two weeks, at home or at school, and writes down what I say in her notes.

## When do the grown-ups meet?

The grown-ups meet every 4 weeks. This is called the core group. The next big meeting is on 18 September 2025. It is called the review child protection conference. I can go to part of it if I want to.
"""


def test_a_sentence_naming_the_meeting_the_sentence_before_dated():
    report = lint(_LETTER, name="plan.md")
    kinds = {s.heading: s.kind for s in report.plan.sections}
    assert kinds["When do the grown-ups meet?"] == "review"
    assert kinds["What will the grown-ups do?"] == "actions"
    assert not _rules(report, "R001")
    undated = _LETTER.replace("The next big meeting is on 18 September 2025.", "There is another big meeting.")
    assert _rules(lint(undated, name="plan.md"), "R001")


_CONTACT = """\
# Care plan for Ivy (4 weeks), on the neonatal unit

## Parents' time with Ivy

| Parent | When | Who is there | How it is recorded |
|---|---|---|---|
| Chloe | Every day, 10am–12 noon | A nurse on the unit throughout | Contact sheet kept by the unit, copied to the SW weekly |
| Kyle | Monday and Saturday, 3pm–4pm | A nurse on the unit throughout | Same contact sheet; any concern phoned to the SW that day |
"""


def test_how_it_is_recorded_is_the_measure_column():
    report = lint(_CONTACT, name="plan.md")
    assert any("measure" in n for n in report.plan.reading.notes if "columns" in n)
    assert not _rules(report, "M001")


_CHILD_WORK = """\
# Child protection plan for Tia Rowe (11)

Mum: Gemma Rowe. Dad: Lee Rowe.

## Why we are worried

Gemma has depression and is on sertraline from her GP.

## Actions

| Action | Who | When | How we will know |
|---|---|---|---|
| Counselling sessions for Tia at school about her worries about her dad | Mrs Jo Pike, school counsellor, Ashby Mind | Weekly from 9 June 2025 | Session log; summary to the SW each half term |
| Weekly support sessions with Gemma for her low mood | Sam Lee, Ashby Talking Therapies | Weekly from 9 June 2025 | Attendance sent to the SW monthly |
"""


def test_mental_health_work_with_the_child_is_not_the_parents_support_only():
    report = lint(_CHILD_WORK, name="plan.md")
    flagged = [f.excerpt for f in _rules(report, "H001")]
    assert len(flagged) == 1 and "Gemma" in flagged[0]


def test_we_will_meet_again_is_the_review_not_work():
    text = ("# Plan for Kai (4)\n\n## What happens next\n\n"
            "- Jo (SW) will visit Kai every week from 2 June 2025; visit notes on file.\n"
            "- We will meet again on 2 September 2025 to review how things have gone.\n")
    assert [a.text[:2] for a in lint(text, name="plan.md").plan.actions] == ["Jo"]


def test_he_after_an_opening_time_is_the_child_the_paragraph_is_about():
    text = ("# Plan for Reece Hale (15)\n\nYoung person: Reece Hale, 15\n\n## Worries\n\n"
            "Reece has been missing four times since March. On 28/04/2025 he was arrested for possession "
            "of crack cocaine.\n\n## Actions\n\n"
            "- PC Dan Ross will see Reece weekly from 2 June 2025; contact log to the SW.\n")
    assert not _rules(lint(text, name="plan.md"), "F004")


def test_a_parent_greeted_before_her_nurse_is_not_the_nurse():
    text = ("Dear Chloe and Jordan,\n\n# Your baby's plan\n\n"
            "Chloe, your perinatal mental health nurse, Bethan Rowlands, will keep seeing you every fortnight "
            "and will write to me each month about how you are.\n\n"
            "Chloe has said she will stop smoking by 32 weeks, and Sarah will check her carbon monoxide "
            "reading at every antenatal appointment.\n")
    flagged = [f.excerpt for f in _rules(lint(text, name="plan.md"), "H001")]
    assert not any("stop smoking" in e for e in flagged)


def test_a_table_row_of_who_with_a_date_of_birth_is_not_work():
    text = ("# Ashby Council\n## Child Protection Plan – Review conference 01/04/2025\n\n| | |\n|---|---|\n"
            "| **Young person** | Leah Farrah, born 02/11/2007 (17) |\n| **Lives with** | Imran Farrah (dad), 5 Quarry Lane |\n"
            "| **Plan since** | Initial conference 07/01/2025 |\n| **Category** | Sexual abuse |\n"
            "| **Social worker** | Jo Hill, Ashby Adolescent Service |\n| **Chair** | Martin Kyle, IRO |\n\n"
            "## Steps\n\n| Step | Who | By when | How we will know |\n|---|---|---|---|\n"
            "| Visit Leah at home and see her alone | Jo Hill, SW | Every 2 weeks from 13/01/2025 | Visit notes on file |\n")
    assert [a.fields.get("owner") for a in lint(text, name="plan.md").plan.actions] == ["Jo Hill, SW"]


def test_paperwork_and_a_letter_speaking_of_itself_are_not_work():
    text = ("# Plan for Kai (4)\n\n## What will happen\n\n"
            "The reasons were talked about at length, so I will only go over them briefly. "
            "Jo (SW) will visit Kai every week from 2 June 2025; visit notes will be on file.\n\n"
            "Copies to everyone present and to the conference chair.\n\n"
            "Conference / Konferencja: Initial child protection conference, 22/05/2025, at the civic offices.\n")
    assert [a.text[:2] for a in lint(text, name="plan.md").plan.actions] == ["Jo"]


_PRINT = """\
AMBERLEY COUNCIL - CHILDREN'S SOCIAL CARE

PART B - CHILD PROTECTION PLAN

B1  WHY THERE IS A PLAN
Darcey was grabbed by Craig and hit her face on a door. She was frightened
of going home and had not told anyone.

B4  WHAT WILL HAPPEN

 1  LEAD  Rachel Amos, social worker
    DO    Visit Darcey at home and see her on her own; at least one visit a
          month unannounced
    WHEN  Weekly until the review conference
    PROOF Visit records with Darcey's words, read at each core group

 2  LEAD  Nia Rhodes, health visitor
    DO    Full development review for Isla-Rose, with her weight and height
    WHEN  By 18/07/2025
    PROOF ASQ-3 scores recorded in the red book and sent to the SW
"""


def test_a_prints_coded_headings_and_capital_field_names_without_colons():
    report = lint(_PRINT, name="plan.txt")
    kinds = {s.heading: s.kind for s in report.plan.sections}
    assert kinds["B1 WHY THERE IS A PLAN"] == "worries"
    assert [a.fields.get("owner") for a in report.plan.actions] == ["Rachel Amos, social worker",
                                                                    "Nia Rhodes, health visitor"]
    assert not _rules(report, "W001", "T001", "M001")


_OUTLINE = """\
5. What each service will do

5.1  Harbour House (residential rehabilitation)

Sam Kerr, Darren's key worker at Harbour House, will test Darren weekly and send the
results to the SW every month, with a note on how he is doing in treatment.

5.2  Glaisdon Recovery Partnership (community drug and alcohol service)

Kelly Roper, the Recovery Partnership's family liaison worker, will come
to every core group from 3 July 2025 and give a written update on Darren's treatment.
"""


def test_a_numbered_outline_title_over_a_wrapped_paragraph_is_a_heading():
    report = lint(_OUTLINE, name="plan.txt")
    assert "Glaisdon Recovery Partnership (community drug and alcohol service)" in \
        [s.heading for s in report.plan.sections]
    assert not any(a.text.startswith("Glaisdon") for a in report.plan.actions)
    # and the last item of a list, before a heading in capitals over its own text, stays an item
    listed = ("# Plan\n\nWhat will happen\n\n1) Jo (SW) to visit weekly from 2 June 2025; notes on file\n"
              "2) Family to help Stacey with the house when they can\n\nIF THINGS GO WRONG\n"
              "If Frankie is found sleeping anywhere but her cot, Jo will hold a strategy discussion the same day\n")
    assert any(a.text.startswith("Family to help") for a in lint(listed, name="plan.txt").plan.actions)


def test_a_letter_going_through_itself_with_you_is_not_work():
    text = ("# Poppy's child protection plan\n\nDear Kerry,\n\n## What will happen\n\n"
            "Jo (SW) will visit Poppy every week from 2 June 2025; her visit notes will be on file. "
            "Tom will go through it with you on his next visit.\n\n"
            "Abena (CPN) will show Tiana her crisis card and go through it by 9 June 2025.\n")
    assert [a.text[:2] for a in lint(text, name="plan.md").plan.actions] == ["Jo", "Ab"]


def test_a_psychiatrists_view_on_whether_treatment_is_working_is_an_assessment():
    text = ("# Plan for Poppy (3)\n\nDad: Jason Kettleby. Jason has PTSD.\n\n## Actions\n\n"
            "| Action | Who | When | How we will know |\n|---|---|---|---|\n"
            "| Review Jason's medication and give a view on whether it is working and how long before night-time "
            "care of Poppy would be safe | Dr Anil Sethi, consultant psychiatrist, community mental health team | "
            "By 31/07/2025 | Letter to the SW |\n")
    assert not _rules(lint(text, name="plan.md"), "H001")


def test_every_kind_of_appointment_in_two_words_is_a_time():
    text = ("# Plan for Maisie (8)\n\n## Actions\n\n"
            "- Claire and Steve will bring Maisie to every diabetes clinic appointment; the clinic letter goes to the SW.\n")
    action = lint(text, name="plan.md").plan.actions[0]
    assert action.facts.time_status == "ok"


def test_something_kept_or_seen_that_shows_it_was_done_is_a_measure():
    text = ("# Plan for Tia (9)\n\n## Actions\n\n"
            "- Uncle Colin will help Nan with the big food shop every Saturday, and keep the receipts in the kitchen drawer.\n"
            "- Dani will get the kitchen clean and tidy by 1 July 2025, and Sarah (SW) can see it for herself.\n")
    assert [a.facts.measure_status for a in lint(text, name="plan.md").plan.actions] == ["ok", "ok"]
