"""Classes met in batch 28's layouts, each on invented text. All names are invented."""
from planlint import lint
from planlint import loader
from planlint.nlp.commitment import find_commitment
from planlint.structure.tables import header_role

_RECORDS = """\
# Plan for Tyler Marsh

## Nights Tyler went missing

| Date | How long | Where he was found | Return interview |
|---|---|---|---|
| 02/03/2025 | 2 nights | A flat in Dunholt with two older men | Done 04/03/2025 (Jo Bell) |
| 19/03/2025 | 1 night | Dunholt bus station, by the police | Offered; Tyler said no |

## The home

| Room | First visit | What we saw |
|---|---|---|
| Kitchen | 1 | Dirty bottles in the sink and the bin overflowing |
| Bedroom | 2 | Wet sheets on Tyler's bed |

## What we will do

| What they will do | Who | When | How we will know |
|---|---|---|---|
| Visit Tyler at home and see him on his own | SW Jo Bell | Every week | Visit notes on file |
| Take Tyler to school | Mum (Kerry Marsh) | Every school day | School register |
"""


def test_a_question_word_heads_the_actions_only_when_work_to_do_follows_it():
    columns = loader.phrase_table("columns")
    for record in ("What we saw", "How long", "What Tyler said", "What is going well", "What we found"):
        assert header_role(record, columns) is None, record
    for work in ("What they will do", "What must happen", "What happens next", "What we're going to do", "What"):
        assert header_role(work, columns) == "action", work
    # A question word with a phrase of its own keeps that phrase's role.
    assert header_role("What are we worried about", columns) == "need"
    assert header_role("How we will know", columns) == "measure"


def test_a_record_of_nights_missing_or_of_rooms_seen_holds_no_actions():
    report = lint(_RECORDS, name="plan.md")
    assert [a.fields["action"] for a in report.plan.actions] == [
        "Visit Tyler at home and see him on his own", "Take Tyler to school"]
    assert not [f for f in report.findings if f.rule in ("M001", "T001", "W001", "U001")]


_SO_THAT = """\
# Plan for Amir Haddad

## What we want for Amir

- Amir goes to nursery every session and is dry in the day by Christmas.

## The plan

Each step says what will be done and then, after "so that", what we will see if it is working.

| Worry | What will be done, so that... | Lead | Timing |
|---|---|---|---|
| W1 | Help Nadia apply for a non-molestation order, so that the SW has a copy of the order or the hearing date. | IDVA Grace Ell | By 13/06/2025 |
| W2 | Collect Amir from nursery on college days, so that the nursery's collection log shows Sami or Nadia signing him out every time. | Sami Haddad (uncle) | Every Tuesday |
| W3 | Take Amir to the toilet every hour at nursery, so that Amir is dry in the day by Christmas. | Keyworker Ruth Sall | Every session |
"""


def test_a_so_that_column_gives_the_work_then_the_check_or_what_it_is_for():
    report = lint(_SO_THAT, name="plan.md")
    rows = [a for a in report.plan.actions if a.source == "table"]
    assert [a.fields["measure"] for a in rows[:2]] == [
        "the SW has a copy of the order or the hearing date.",
        "the nursery's collection log shows Sami or Nadia signing him out every time."]
    assert "Amir is dry in the day by Christmas." in [o.text for o in report.plan.outcomes]
    # The check is no adult-centred outcome; the work keeps its whole cell.
    assert not [f for f in report.findings if f.rule == "F002"]
    assert [f.location.row for f in report.findings if f.rule == "M001"] == [4]  # "so that Amir is dry" checks nothing
    assert rows[0].fields["action"].startswith("Help Nadia apply")


def test_a_sentence_reporting_what_will_be_done_commits_nobody():
    report = lint(_SO_THAT, name="plan.md")
    assert not [a for a in report.plan.actions if a.text.startswith("Each step says")]
    assert find_commitment("Each step says what will be done.") is None
    assert find_commitment("The table shows how the core group will check it.") is None
    assert find_commitment("The SW will explain what will happen.").subject == "The SW"
    assert find_commitment("Kim, who will visit weekly, is Mum's sister.") is not None


_CASE_PRINT = """\
PLAN STEPS
---------------------------------------------------------------
[4.01]  Outcome:      OUT1
        Step:         Visit Lily on Ward 9, see her fed and held,
                      and read her chart
        Worker:       SW Hana Crew
        When:         Twice a week until discharge
        Progress      Visit note on file within 24 hours of each
        shown by:     visit, with Lily's weight copied from her chart
        Step status:  Open
---------------------------------------------------------------
[4.02]  Outcome:      OUT2
        Step:         Foster carer to learn Lily's feeds with the
                      nurses on the unit
        Worker:       Ann Ball (foster carer)
        When:         Daily, 1pm to 4pm, until discharge
        Progress      Nurse in charge signs each part of Ann's
        shown by:     competency checklist before discharge
        Step status:  Open
"""


def test_a_bracketed_step_number_and_a_label_wrapped_in_its_column_keep_each_step_whole():
    report = lint(_CASE_PRINT, name="plan.txt")
    actions = report.plan.actions
    assert [a.fields.get("owner") for a in actions] == ["SW Hana Crew", "Ann Ball (foster carer)"]
    assert actions[0].fields["timescale"] == "Twice a week until discharge"
    assert actions[0].fields["measure"].startswith("Visit note on file within 24 hours of each visit, with Lily's")
    assert actions[1].fields["measure"] == "Nurse in charge signs each part of Ann's competency checklist before discharge"
    assert not [f for f in report.findings if f.rule in ("M001", "M002", "T001")]


_LETTER = """\
# A letter to Dana and Craig Vale

## What will happen next

Jo Reed, the family support worker, will come twice a week for 6 weeks from 19 May to help with bedtimes, and she will leave a written routine on the fridge which I will check is being followed at each of my visits.

The core group is you, me, Jo and the school. It will meet every 4 weeks at Hill Primary: on 27 May, 24 June and 22 July 2025.

Dana will ask her manager for a rota with no night shifts from 28 July, and will show Jo the rota by 1 July 2025.

Tess Kerr will start Ava at the young carers club on 19 June 2025 and will tell the next core group how many sessions she has been to.

- I will help Ava make a "who I can tell" card by 10 June. I'll check it's there when I visit.
"""


def test_checks_written_into_a_letters_sentences_are_measures():
    report = lint(_LETTER, name="letter.md")
    texts = [a.text for a in report.plan.actions]
    assert not [t for t in texts if t.startswith("It will meet")]  # when the plan is checked, not work
    assert len(texts) == 4
    assert not [f for f in report.findings if f.rule == "M001"]


_MEETINGS = """\
# Ava's plan

## What the grown-ups are going to do

- Ruth (me) will see you every Tuesday after school and write what you tell me in my notes.

## Meetings about your plan

- The grown-ups in your core group (Mum, Nana Sue and Ruth) meet every
  4 weeks at school: on 10 June, 8 July and 5 August 2025.
- Your review conference is on Wednesday 20 August 2025 at 10am.
- If the plan isn't working by the review, Ruth and her manager will have a legal planning
  meeting with the council's lawyer.
"""


def test_a_wrapped_line_starting_with_a_number_carries_the_sentence_on():
    report = lint(_MEETINGS, name="plan.md")
    items = [b.text for b in report.plan.document.blocks if b.kind == "list_item"]
    assert "The grown-ups in your core group (Mum, Nana Sue and Ruth) meet every 4 weeks at school: on 10 June, " \
           "8 July and 5 August 2025." in items


def test_meetings_about_the_plan_are_its_review_arrangements():
    report = lint(_MEETINGS, name="plan.md")
    assert "review" in [s.kind for s in report.plan.sections]
    assert not [f for f in report.findings if f.rule in ("R001", "R002")]


def test_they_with_a_parent_of_their_own_are_the_children():
    report = lint("# Plan for Amira and Yusuf\n\n## What we want for Amira and Yusuf\n\n"
                  "1. They see their dad only when he is sober and another adult is with them.\n"
                  "2. They stop drinking and keep every appointment at the alcohol service.\n", name="plan.md")
    flagged = {f.excerpt[:8] for f in report.findings if f.rule == "F002"}
    assert flagged == {"They sto"}


def test_day_and_night_in_a_heading_is_a_time_not_the_childs_day():
    from planlint.structure.sections import classify_heading

    table = loader.phrase_table("sections")
    assert classify_heading("Bucket G2 – A safe, alert carer day and night", table) != "child_voice"
    assert classify_heading("Medicines every day", table) != "child_voice"
    assert classify_heading("Kai's day", table) == "child_voice"


def test_one_labelled_check_after_the_work_is_its_measure():
    report = lint("# Plan for Tom\n\n## What will happen\n\n"
                  "- Lewis to be home by 6.30pm every working day until the review; from 25/06/2025; "
                  "check: his work rota shown to Kerry each month\n"
                  "- Mum to keep a diary; note: she finds mornings hard\n", name="plan.md")
    first, second = report.plan.actions
    assert first.fields["measure"] == "his work rota shown to Kerry each month"
    assert first.fields["action"].startswith("Lewis to be home by 6.30pm")
    assert "measure" not in second.fields  # "note:" names no field of an action


def test_showing_or_sending_a_named_person_the_evidence_is_a_measure():
    report = lint("# Plan for Ava\n\n## What will happen\n\n"
                  "- I will buy a cot by 20 June 2025 and show Becky when she visits.\n"
                  "- Callum will do the Dads-to-be course from 3 June 2025, and the hub will send Becky his attendance.\n"
                  "- MG to carry on weekly self-help sessions with Darren - attendance to NH monthly.\n"
                  "- Callum will take Ava to the park every Saturday from 7 June 2025.\n", name="plan.md")
    assert [a.facts.measure_status for a in report.plan.actions] == ["ok", "ok", "ok", "missing"]


def test_of_two_measure_columns_the_one_that_is_no_check_holds_the_work():
    report = lint("# Safety plan for Kai\n\n## Safety measures\n\n"
                  "| Ref | Safety measure – lead officer, and when | How it is checked |\n|---|---|---|\n"
                  "| SM1 | Fit a door chain and a personal alarm – PC Al Birch, by 20/06/2025 | Fitting certificate on the police file |\n"
                  "| SM2 | Put a warning marker on the address – DS Nina Farr, by 17/06/2025 | Marker shown on the control record; "
                  "a screenshot emailed to the SW |\n", name="plan.md")
    table = report.plan.reading.tables[0]
    assert table.roles[1].split("+")[0] == "action" and table.roles[2] == "measure"
    assert [a.fields["measure"][:16] for a in report.plan.actions] == ["Fitting certific", "Marker shown on "]


_FAMILY_WRITTEN = """\
# Our family plan for Kai and Ellie-May

## What we want for Kai and Ellie-May

- Kai and Ellie-May always have a grown-up who is sober looking after them.

## What we will do

**Nan (Brenda)**

- I'll have Kai and Ellie-May at mine every Friday and Saturday night.
- I'll pick Ellie-May up from nursery on Mondays and Thursdays.

**Uncle Ryan**

- I'll walk Kai and Ellie-May to school on Monday mornings.

## What if Mum drinks?

If Mum drinks when she's got the kids, Nan will come straight round and take Kai and Ellie-May back to hers.
"""


def test_a_family_written_plans_parts_and_its_what_if():
    report = lint(_FAMILY_WRITTEN, name="plan.md")
    actions = report.plan.actions
    assert [a.fields.get("owner") for a in actions] == ["Nan (Brenda)", "Nan (Brenda)", "Uncle Ryan"]
    assert [a.facts.time_status for a in actions] == ["ok", "ok", "ok"]  # "Ellie-May" says nothing may happen
    assert "contingency" in [s.kind for s in report.plan.sections]
    # The contingency leans on Nan, and nothing says what happens if Nan cannot help.
    assert "C003" in {f.rule for f in report.findings}
    assert "C001" not in {f.rule for f in report.findings}


def test_may_is_the_modal_only_in_lower_case():
    report = lint("# P\n\n## What we will do\n\n- Mum may go to the group by 3 June 2025.\n"
                  "- Nan will take Ellie-May to the dentist by the end of July.\n", name="plan.md")
    hedged, named = report.plan.actions
    assert "HYPOTHETICAL" in {m.label for m in hedged.facts.mentions}
    assert "HYPOTHETICAL" not in {m.label for m in named.facts.mentions}
    assert named.facts.time_status == "ok"


def test_a_head_of_year_owns_work_and_a_written_opinion_is_a_measure():
    report = lint("# Plan for Maisie\n\n## What will happen\n\n"
                  "- Maisie's head of year will give her a time-out pass from 2 June 2025, and the pass log will show "
                  "each use.\n"
                  "- I will see Joanne in clinic every six weeks and by 15 August 2025 I will send you and the core "
                  "group a written opinion on her capacity to change.\n", name="plan.md")
    first, second = report.plan.actions
    assert first.facts.owner_status == "ok"
    assert second.facts.measure_status == "ok"


def test_a_case_print_names_the_children_by_column_not_the_mother():
    report = lint("PLAN REVIEW PRINT\n\nCHILD       Jasmine CLEGG    DOB 19/03/2013 (12y)   CL-220871\n"
                  "CHILD       Owen CLEGG       DOB 07/08/2021 (3y)    CL-220872\n"
                  "MOTHER      Natalie CLEGG (34)\n\n"
                  "ACTIONS\n\n1. SW to visit Jasmine and Owen every 2 weeks until 30/09/2025; visit notes on file.\n",
                  name="print.txt")
    facts = report.plan.facts
    assert set(facts.child_names) == {"Jasmine", "Owen"}
    assert facts.parent_names == ["Natalie"]


def test_what_we_want_for_a_name_names_the_child():
    report = lint("# Antenatal plan\n\nMother: Chantelle Rigby\n\n## What we want for Rio\n\n"
                  "- Rio is born safely and goes home with a mum who feeds and settles him.\n\n"
                  "## Who will do what\n\n- The midwife will visit Chantelle every week from 1 July 2025; notes on file.\n",
                  name="plan.md")
    assert report.plan.facts.child_names == ["Rio"]
    assert not [f for f in report.findings if f.rule == "F002"]


def test_everyday_times_of_a_childs_week_are_timescales():
    times = ["on school days", "starting Monday", "at half term", "at handover", "at bedtime", "2x/week", "Tues & Thurs",
             "pre-discharge", "next wk"]
    body = "".join(f"- Ruth (SW) will see Ava {t}, and her visit notes will record what Ava says.\n" for t in times)
    report = lint("# Plan for Ava\n\n## What we want for Ava\n\n- Ava is safe.\n\n## What will happen\n\n" + body
                  + "- Mum will not drink any wine on school nights, and Nan will write it in the diary.\n",
                  name="plan.md")
    assert [a.facts.time_status for a in report.plan.actions] == ["ok"] * (len(times) + 1)


def test_a_count_of_none_and_a_look_when_visiting_are_measures():
    report = lint("# Plan for Ava\n\n## What we want for Ava\n\n- Ava is safe.\n\n## What will happen\n\n"
                  "- Ruth (SW) will see Ava every week, and there will be no missing episodes.\n"
                  "- Dad will buy Ava a bed by 1 July 2025, and I will see the new bed when I visit.\n"
                  "- Mum will take Ava to school every day - attendance 95%+.\n"
                  "- The school will set Ava's PEP targets by 1 July 2025 - PEP targets met.\n"
                  "- Dad will take Ava to football every Saturday.\n", name="plan.md")
    assert [a.facts.measure_status for a in report.plan.actions] == ["ok", "ok", "ok", "ok", "missing"]


def test_sentences_in_an_action_section_that_set_nobody_to_work():
    background = ["Everyone at the meeting agreed that Ava needs to be safe at home.",
                  "Mum would like Ava to go to her nan's more often.",
                  "Ava will be 5 in June.",
                  "There will be a review conference on 1 August 2025.",
                  "Ava will need help to settle into her new school.",
                  "The chair will send you the minutes.",
                  "You will get a copy of the minutes in the post.",
                  "The plan will be reviewed at every core group.",
                  "The core group meets every 4 weeks at Hill Primary."]
    work = ["Ruth (SW) will see Ava on her own every week and write what she says in her notes.",
            "Ava will be seen by the HV every month and weighed.",
            "A referral for Ava to speech and language therapy will be made by the HV by 1 July 2025."]
    body = "".join(s + "\n\n" for s in background + work)
    report = lint("# Plan for Ava\n\n## What we want for Ava\n\n- Ava is safe.\n\n## What will happen\n\n" + body,
                  name="plan.md")
    assert [a.text for a in report.plan.actions] == work


def test_labels_that_name_the_doer_by_what_they_do():
    labels = ["Delivered by", "Carried out by", "Actioned by", "Done by"]
    blocks = "".join(f"ACTION {i}: Visit Ava at home and see her alone\nBY WHEN: every week from 2 June 2025\n"
                     f"{label}: Jo Hill (SW)\nHOW WE WILL KNOW: visit notes on file\n\n"
                     for i, label in enumerate(labels, 1))
    for block in blocks.split("\n\n")[:-1]:
        report = lint("PLAN FOR AVA\n\nWHAT WE WANT FOR AVA\n\nAva is safe at home.\n\nACTIONS\n\n" + block + "\n\n"
                      + block.replace("ACTION", "ACTION 2", 1), name="plan.txt")
        assert {a.fields.get("owner") for a in report.plan.actions} == {"Jo Hill (SW)"}, block.split("\n")[2]


def test_a_labelled_task_reads_its_dashed_fields_as_a_bullet_does():
    report = lint("PLAN FOR AVA\n\nWHAT WE WANT FOR AVA\n\nAva is safe at home.\n\nACTIONS\n\n"
                  "Task 1: Visit Ava at home every week and see her alone - Jo Hill (SW) - visit notes on file\n",
                  name="plan.txt")
    (action,) = report.plan.actions
    assert action.facts.owner_status == "ok" and "Jo Hill" in action.facts.owner
    assert "W001" not in {f.rule for f in report.findings}


def test_an_agreements_columns_and_an_unnamed_column_of_work():
    columns = loader.phrase_table("columns")
    from planlint.structure.tables import map_header

    assert map_header(["Commitment", "Whose", "When", "Proof"], columns) == ["action", "owner", "timescale", "measure"]
    assert map_header(["Young person", "Tayo Ade"], columns)[0] is None  # a details table's label, not a doer
    report = lint("# Plan for Ava\n\n## What we want for Ava\n\n- Ava is safe.\n\n## The plan\n\n"
                  "| Our part | Made by | When | How it will be checked |\n|---|---|---|---|\n"
                  "| Visit Ava at home and see her alone | Jo Hill (SW) | Every week | Visit notes on file |\n"
                  "| Take Ava to nursery every morning | Kerry (Mum) | Every weekday | Nursery register |\n", name="plan.md")
    assert [a.fields.get("action") for a in report.plan.actions] == [
        "Visit Ava at home and see her alone", "Take Ava to nursery every morning"]


def test_a_frequency_heading_says_how_often_its_items_happen():
    report = lint("# Plan for Ava\n\n## What we want for Ava\n\n- Ava is safe.\n\n## What will happen\n\n### Every week\n\n"
                  "- Ruth (SW) will see Ava on her own and write what she says in her notes.\n"
                  "- Mum will take Ava to swimming when she can.\n\n### From June until the summer\n\n"
                  "- The HV will check Ava's weight and send the SW the chart.\n", name="plan.md")
    # "when she can" stays vague; a stretch of time ("From June until the summer") lends no time to each item
    assert [a.facts.time_status for a in report.plan.actions] == ["ok", "vague", "missing"]


def test_owners_in_case_note_shorthand():
    owners = ["EHA worker", "TAF lead", "Res staff", "DA worker", "EDT"]
    body = "".join(f"- {o} will visit Ava every week and write it in the notes.\n" for o in owners)
    report = lint("# Plan for Ava\n\n## What we want for Ava\n\n- Ava is safe.\n\n## What will happen\n\n" + body,
                  name="plan.md")
    assert [a.facts.owner_status for a in report.plan.actions] == ["ok"] * len(owners)


def test_adult_services_as_case_notes_name_them_answer_a_parents_illness():
    for service in ["Recovery coordinator Sam Reed", "DAAT", "The EIP team", "Lorna, prescribed medicines worker",
                    "The methadone clinic"]:
        report = lint("# Plan for Ava\n\nChild: Ava (3)\n\n## Worries\n\nMum has depression and drinks heavily.\n\n"
                      "## What we want for Ava\n\n- Ava is safe.\n\n## What will happen\n\n"
                      f"- {service} will see Mum every week and report to the SW on her progress.\n", name="plan.md")
        assert "F004" not in {f.rule for f in report.findings}, service


def test_an_illness_that_is_past_or_a_grandparents_asks_no_adult_service():
    for worry in ["Mum used cannabis as a teenager but has not used for ten years.",
                  "Grandad's drinking upset Mum when she was a child.",
                  "Dad has been sober for six years."]:
        report = lint("# Plan for Ava\n\nChild: Ava (3)\n\n## Worries\n\n" + worry + "\n\n## What we want for Ava\n\n"
                      "- Ava is safe.\n\n## What will happen\n\n- Jo Hill (SW) will see Ava every week; visit notes on file.\n",
                      name="plan.md")
        assert "F004" not in {f.rule for f in report.findings}, worry
    report = lint("# Plan for Ava\n\nChild: Ava (3)\n\n## Worries\n\nMum drinks most nights.\n\n## What we want for Ava\n\n"
                  "- Ava is safe.\n\n## What will happen\n\n- Jo Hill (SW) will see Ava every week; visit notes on file.\n",
                  name="plan.md")
    assert "F004" in {f.rule for f in report.findings}


def test_a_when_cell_saying_the_work_is_done_is_no_missing_timescale():
    rows = "".join(f"| Visit Ava at home and see her alone | Jo Hill (SW) | {w} | Visit notes on file |\n"
                   for w in ("Done", "Completed", "Antenatal", "Soon"))
    report = lint("# Plan for Ava\n\n## What we want for Ava\n\n- Ava is safe.\n\n## The plan\n\n"
                  "| Action | Who | When | How we will know |\n|---|---|---|---|\n" + rows, name="plan.md")
    # A row the plan has closed ("Done", "Completed") is no live work at all (see
    # test_unseen_layouts_8.test_rows_marked_completed_or_no_longer_needed_are_not_live_work).
    assert [a.facts.time_status for a in report.plan.actions] == ["ok", "vague"]
    assert not {f.rule for f in report.findings} & {"T001", "M001", "W001"}
