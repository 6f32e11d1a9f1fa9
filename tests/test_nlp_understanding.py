"""The NLP layer: timescales, owners, measures, negation and hypotheticals."""
import pytest

from planlint.model import Action, Location
from planlint.nlp.commitment import find_commitment
from planlint.nlp.pipeline import Analyser
from planlint.nlp.understand import Understanding


@pytest.fixture(scope="module")
def understanding():
    return Understanding(Analyser(), names=["Linda", "Keith", "Sarah"], child_names=["Amelia"])


def facts(u, text, **fields):
    f = {"action": text, **fields} if fields else {"action": text}
    return u.action_facts(Action(text, Location(line=1), "list", "actions", f))


@pytest.mark.parametrize("text", [
    "The HV will visit weekly", "SW to visit every Tuesday", "Mum to attend twice a week",
    "Referral to be made by 14 March 2025", "GP to review within 4 weeks", "SW to visit before discharge",
    "SW to report by the next core group", "Police to share the log the same day",
    "SW to complete the assessment within 6 weeks of transfer", "Nursery to record attendance daily",
    "Mum to read to Amelia at bedtime", "Dad to walk Amelia to nursery before school", "HV to call within 48 hrs",
    "Nan to have Amelia over the summer holidays", "SW to visit Mon-Fri", "Police to attend straight away",
    "Mum to complete the programme within 12 weeks", "SW to review by half term",
    "Nursery to phone the SW that day", "Nan to stay overnight", "Mum to pay the rent by the 30th",
])
def test_timescale_found(understanding, text):
    assert facts(understanding, text).time_status == "ok"


@pytest.mark.parametrize("text,term", [
    ("The HV will visit regularly", "regularly"), ("Mum to attend appointments as and when", "as and when"),
    ("PGPs to help as often as they can", "as often as they can"), ("SW to visit, ongoing", "ongoing"),
    ("GP to refer asap", "asap"), ("HV to visit when appropriate", "when appropriate"),
])
def test_vague_timescale(understanding, text, term):
    f = facts(understanding, text)
    assert (f.time_status, f.vague_time.lower()) == ("vague", term)


def test_vague_word_beside_a_frequency_is_not_vague(understanding):
    assert facts(understanding, "HV to visit weekly, ongoing").time_status == "ok"


def test_negated_frequency_is_not_a_timescale(understanding):
    assert facts(understanding, "The HV will not visit weekly").time_status != "ok"


@pytest.mark.parametrize("owner,status", [
    ("HV", "ok"), ("SW", "ok"), ("MGM", "ok"), ("Linda and Keith (PGPs)", "ok"), ("Dr Patel", "ok"),
    ("All professionals", "vague"), ("Core group", "vague"), ("Family", "vague"), ("TBC", "vague"),
    ("", "missing"), ("-", "missing"),
])
def test_owner_cell(understanding, owner, status):
    assert facts(understanding, "Visit", owner=owner).owner_status == status


@pytest.mark.parametrize("text,status", [
    ("Home conditions will be monitored weekly", "missing"),
    ("Amelia will be seen alone by her social worker weekly", "ok"),
    ("The family network will support Sarah weekly", "vague"),
    ("Linda (MGM) will stay overnight every Friday", "ok"),
    ("She will attend every appointment", "ok"),
    ("Referral to the family support service to be made weekly", "missing"),
    ("Assessment to be completed weekly", "missing"),
    ("Children's Services will arrange a family group conference by 1 July", "ok"),
    ("Housing will complete the repairs within 4 weeks", "ok"),
])
def test_owner_from_sentence(understanding, text, status):
    assert facts(understanding, text).owner_status == status


@pytest.mark.parametrize("measure,status", [
    ("Visit records show Amelia seen alone", "ok"), ("Report shared with the core group", "ok"),
    ("Monitored", "vague"), ("Reviewed at core group", "vague"), ("Improvement", "vague"),
    ("Engagement", "vague"), ("", "missing"), ("95% attendance", "ok"),
])
def test_measure_cell(understanding, measure, status):
    assert facts(understanding, "Visit", measure=measure).measure_status == status


def test_assessment_without_output_has_no_measure(understanding):
    assert facts(understanding, "SW to complete a parenting assessment by 1 May").measure_status == "missing"


def test_negation_and_hypothetical_modifiers():
    a = Analyser()
    ms = a.mentions("There are no concerns about alcohol use. If Sarah relapses into heroin use, Amelia will move.")
    by_text = {m.text.lower(): m for m in ms if m.label == "PARENT_ILLNESS"}
    assert "negated" in by_text["alcohol use"].modifiers
    assert "hypothetical" in by_text["heroin"].modifiers
    plain = [m for m in a.mentions("Sarah has a history of depression and uses cannabis daily.") if m.label == "PARENT_ILLNESS"]
    assert plain and all(m.asserted for m in plain if m.text.lower() == "cannabis")


@pytest.mark.parametrize("text,subject,passive", [
    ("The health visitor will visit weekly.", "The health visitor", False),
    ("Mum to attend all appointments", "Mum", False),
    ("- Linda and Keith (PGPs) to supervise contact", "Linda and Keith (PGPs)", False),
    ("Home conditions will be monitored", "Home conditions", True),
    ("It is agreed that Sarah will attend", "Sarah", False),
    ("Everyone agreed that Nan will collect Keira every day", "Nan", False),
    ("We agreed that Dad will attend the course", "Dad", False),
    ("The SW agreed to visit weekly", "The SW", False),
    ("A referral to Early Help will be made.", "A referral to Early Help", True),
    ("Sarah's sister will help with the school run", "Sarah's sister", False),
])
def test_commitment_subject(text, subject, passive):
    c = find_commitment(text)
    assert c is not None and (c.subject, c.passive) == (subject, passive)


@pytest.mark.parametrize("text", [
    "If Sarah relapses the SW will call a meeting", "Amelia is 6 weeks old.",
    "Finley has been late to school six times",
])
def test_no_commitment(text):
    assert find_commitment(text) is None


def test_unconfirmed_date_hung_on_an_event_is_vague(understanding):
    assert facts(understanding, "Assessment", timescale="TBC – after transfer").time_status == "vague"
    assert facts(understanding, "Visit", timescale="Weekly, day TBC").time_status == "ok"


@pytest.mark.parametrize("measure,status", [
    ("Improvement in weight", "vague"), ("Weight gain plotted on her centile chart", "ok"),
    ("Michelle's mood", "vague"), ("Facilitator to confirm attendance to me monthly", "ok"),
    ("Demi or Jackie will be there, and Lucy will check this at every visit", "ok"),
])
def test_judged_and_reported_measures(understanding, measure, status):
    assert facts(understanding, "Visit", measure=measure).measure_status == status


@pytest.mark.parametrize("text", [
    "Nursery to note any marks in the log and tell the SW the same day",
    "Dad to attend weekly; the service reports to the core group monthly",
    "Mum to keep the home safe, checked weekly and noted in the case file",
])
def test_telling_someone_or_keeping_a_record_is_a_measure(understanding, text):
    assert facts(understanding, text).measure_status == "ok"


def test_sharing_a_document_is_a_measure_sharing_information_is_not(understanding):
    assert facts(understanding, "CAMHS to share a risk assessment with the SW by Friday").measure_status == "ok"
    assert facts(understanding, "All agencies to share info re any incidents").measure_status == "missing"


@pytest.mark.parametrize("text", [
    "Bev to stay with Kian on the ward as much as she can", "Parents to visit when they are able",
    "Mum to ring the nursery when she feels ready", "Dad to attend as often as possible",
])
def test_vague_timescales_written_as_clauses(understanding, text):
    assert facts(understanding, text).time_status == "vague"


def test_during_an_admission_is_a_timescale(understanding):
    assert facts(understanding, "SW to phone the ward during Kian's admission").time_status == "ok"
    assert facts(understanding, "Mum to take Amelia for hospital appointments").time_status == "missing"


@pytest.mark.parametrize("text,owner", [
    ("Weekly home visits, seeing Amelia alone (SW)", "SW"),
    ("Referral to speech and language therapy by 30/06/2025 – GP; letter copied to SW", "GP"),
    ("Home conditions will be monitored weekly (HV)", "HV"),
    ("Complete the ASQ (ages and stages) weekly", ""),
])
def test_owner_tagged_on_in_brackets_or_after_a_dash(understanding, text, owner):
    f = facts(understanding, text)
    assert (f.owner if f.owner_status == "ok" else "") == owner


def test_a_place_is_not_a_time(understanding):
    assert facts(understanding, "Support for Sienna at school").time_status == "missing"
    assert facts(understanding, "Nan to take Ava to the day centre").time_status == "missing"


def test_a_past_after_its_target_is_historical():
    a = Analyser()
    [m] = [m for m in a.mentions("Kelly used cannabis in the past but is abstinent now.") if m.label == "PARENT_ILLNESS"]
    assert "historical" in m.modifiers
    [m] = [m for m in a.mentions("Kelly drinks heavily but in the past she was sober.") if m.label == "PARENT_ILLNESS"]
    assert "historical" not in m.modifiers


@pytest.mark.parametrize("text", ["Term 2", "on 2025-04-21", "visits wkly", "by the summer holidays", "Tue/Thu",
                                  "during the school day", "autumn term", "to be completed by 14th",
                                  "at every home visit", "on each occasion", "until Kian is 1", "10-3-25",
                                  "by the end of the school year", "during term time", "every half term", "post birth",
                                  "03/2025", "Mar-25", "01-Apr-2025", "Week 1", "Spring 2025", "Jan-Mar", "Thurs 3rd"])
def test_more_ways_to_say_when(text):
    assert any(m.label == "TIME" and m.asserted for m in Analyser().mentions(text))


@pytest.mark.parametrize("heading,kind", [
    ("What we are aiming for", "outcomes"), ("If things don't get better", "contingency"),
    ("What will be better for me", "outcomes"), ("What we are working towards", "outcomes"),
    ("When we will meet again", "review"), ("In Leah's words", "child_voice"),
])
def test_ordinary_headings_name_their_kind(heading, kind):
    from planlint import loader
    from planlint.structure.sections import classify_heading
    assert classify_heading(heading, loader.phrase_table("sections.toml")) == kind


def test_in_school_is_a_place_not_a_time():
    assert not any(m.label == "TIME" for m in Analyser().mentions("Extra support in school for Leo"))


def test_a_plan_type_is_not_a_time():
    assert not any(m.label == "TIME" for m in Analyser().mentions("Pre-birth plan for baby Kian"))


@pytest.mark.parametrize("text", [
    "Midwife to see Sarah at the antenatal booking appointment", "SW to visit at the next CLA review",
    "IRO to check the plan in time for the review conference", "GP to write before the final hearing",
    "HV to go through safe sleep on the morning of discharge", "SW to share the report at the end of the assessment",
    "Midwife to refer once the baby is born", "Ward to ring the SW when Amelia is discharged",
    "Mum to attend for six sessions", "Nursery to check Amelia's coat at school pick up",
    "SW to complete the chronology in the first month", "School to add Amelia to the register next academic year",
    "Dad to collect Amelia at 3.15pm", "Mum to settle Amelia at night", "SW to visit in weeks 1-4",
    "Team manager to check the file in Q2", "SW to send the letter no later than 30 April",
    "Paediatrician to review at the 20 week scan",
    # a length a time word governs is still one (see the test of lengths and ages below)
    "HV to weigh the baby at the 6-week check", "GP to review by her 2-year review",
    "SW to visit within a 2-week window", "The review is 6 weeks after conference",
])
def test_timescale_as_an_event_a_time_of_day_or_a_deadline(understanding, text):
    """Dates are not the only timescales: events, times of day, counts of sessions."""
    assert facts(understanding, text).time_status == "ok"


@pytest.mark.parametrize("text", [
    "SW to arrange contact at the contact centre", "Minutes to be sent by the conference chair",
    "Mum to start the parenting programme", "Referral to be made by the review team",
])
def test_an_event_word_naming_a_place_or_a_person_is_not_a_timescale(understanding, text):
    assert facts(understanding, text).time_status == "missing"


@pytest.mark.parametrize("text", [
    "Mum to complete the 12-week programme", "Book Theo's overdue 16-week immunisations",
    "Apply for the 30-hour funded place", "HV to do Alfie's 2-year development review",
    "Speech and language referral for Mollie, who is 2 years 4 months",
    # a time word before the last comma governs nothing after it
    "Book Theo in, at last, 16-week immunisations",
])
def test_a_length_naming_a_kind_of_thing_or_an_age_is_not_a_timescale(understanding, text):
    """A programme's length, a check named for an age and a child's age say nothing of when the
    work is due (labelled so by the sample plans' writers: "16-week immunisations" has none)."""
    assert facts(understanding, text).time_status == "missing"


def test_a_deadline_with_a_negation_word_in_it_is_still_a_deadline(understanding):
    assert facts(understanding, "SW to send it not later than Friday").time_status == "ok"
    assert facts(understanding, "SW will not send it by Friday").time_status != "ok"


@pytest.mark.parametrize("when,status", [("June", "ok"), ("Thurs", "ok"), ("03/25", "ok"), ("Spring", "ok"),
                                         ("Mum", "missing"), ("-", "missing")])
def test_one_word_in_the_when_column(understanding, when, status):
    assert facts(understanding, "Visit Amelia at home", timescale=when).time_status == status


@pytest.mark.parametrize("text", ["HV to visit for the life of the plan", "SW to visit while the plan is in place"])
def test_the_life_of_the_plan_is_a_vague_timescale(understanding, text):
    assert facts(understanding, text).time_status == "vague"


@pytest.mark.parametrize("owner,status", [
    ("Family Hub", "ok"), ("The Family Support Service", "ok"), ("Everyone at the meeting", "vague"),
    ("All agencies involved", "vague"), ("Core group members", "vague"), ("Maternal family", "vague"),
])
def test_a_collective_word_inside_a_service_name_is_not_collective(understanding, owner, status):
    assert facts(understanding, "Visit", owner=owner).owner_status == status


@pytest.mark.parametrize("text", [
    "Donna Reeve, Ella's childminder, will keep a daily diary and email it to the SW every Friday.",
    "Dr Farah Qureshi, perinatal psychiatrist at the Hathercote Perinatal Mental Health Service, will see Sarah monthly.",
    "Kayleigh's mum, Lorraine Platt, will be at the house every weekday from 3pm.",
])
def test_an_owner_in_apposition_is_an_owner(understanding, text):
    """"Name, role, will ...": the name and the role are the owner, however long the role."""
    assert facts(understanding, text).owner_status == "ok"


def test_being_somewhere_is_not_a_passive():
    assert not find_commitment("Nan will be at the house every evening.").passive
    assert find_commitment("Amelia will be seen alone at every visit.").passive


@pytest.mark.parametrize("text", [
    "SW to send the core group a written assessment by 15/08/2025",
    "Kelly will write it on your file the same day",
])
def test_a_written_account_is_a_measure(understanding, text):
    assert facts(understanding, text).measure_status == "ok"


@pytest.mark.parametrize("owner", ["Strandlow Recovery Partnership, key worker Tom Fairweather",
                                   "The Tarnholme Drink Wise service"])
def test_a_local_drug_or_alcohol_service_is_an_adult_service(understanding, owner):
    f = facts(understanding, "Assess Keith's drinking", owner=owner)
    assert f.owner_status == "ok" and "ADULT_SERVICES" in f.owner_labels


def test_telling_a_named_professional_is_a_measure_telling_mum_is_not(understanding):
    assert facts(understanding, "School will tell Kelly every Friday if Amelia was late").measure_status == "ok"
    assert facts(understanding, "SW will tell Mum about the plan").measure_status == "missing"


def test_by_the_next_morning_is_a_timescale(understanding):
    assert facts(understanding, "Police will tell the SW by the next morning").time_status == "ok"


def test_grown_ups_who_work_with_a_child_are_a_collective(understanding):
    assert facts(understanding, "Visit", owner="The grown-ups who work with you").owner_status == "vague"


@pytest.mark.parametrize("owner", ["Kayleigh's mum, Lorraine Platt", "Dad's mother", "Nanny Jean", "Nain (Eleri Pugh)"])
def test_a_parents_parent_is_family_not_a_parent(owner):
    u = Understanding(Analyser(), names=["Lorraine", "Platt", "Jean", "Eleri"], child_names=["Harley"],
                      parent_names=["Kayleigh"])
    f = facts(u, "Have Harley after school", owner=owner)
    assert "FAMILY_ROLES" in f.owner_labels and "PARENT_ROLES" not in f.owner_labels


@pytest.mark.parametrize("response", [
    "the children will go to their grandparents that night", "the baby will remain in hospital",
    "Amelia will go to Nanny Jean's straight away", "Mum will ring 999", "contact will be suspended",
    "the children will be cared for by their aunt",
])
def test_concrete_contingency_responses(response):
    from planlint import lint
    text = f"""# Plan for Amelia

## Actions
- SW Jo Hill will visit Amelia weekly and record what she says.

## Contingency
If Dale comes to the house, {response}.
"""
    assert "C002" not in {f.rule for f in lint(text, name="plan.md").findings}


@pytest.mark.parametrize("text", [
    "Mum will show the SW the receipts each week", "The HV will weigh Amelia at each visit",
    "The SW will check the fridge at each visit",
])
def test_showing_checking_and_weighing_are_measures(understanding, text):
    assert facts(understanding, text).measure_status == "ok"


@pytest.mark.parametrize("sentence", [
    "The aim of this plan is that Amelia is safe, fed and at nursery every day.",
    "We all want Amelia to be safe at home and happy at nursery.",
])
def test_an_outcome_said_in_a_sentence_counts_for_o001(sentence):
    from planlint import lint
    text = f"""# Plan for Amelia

{sentence}

## Actions
- SW Jo Hill will visit Amelia weekly and record what she says.
"""
    assert "O001" not in {f.rule for f in lint(text, name="plan.md").findings}


@pytest.mark.parametrize("text", ["Mum will see her GP over the next few weeks", "SW to refer in the coming weeks",
                                  "HV to call within a few days"])
def test_a_few_weeks_is_a_vague_timescale(understanding, text):
    assert facts(understanding, text).time_status == "vague"


def test_we_hope_that_is_hedged_and_names_who_acts(understanding):
    f = facts(understanding, "We hope that Keith will go to the drop-in at the alcohol service every week")
    assert f.owner == "Keith"
    assert "hedged" in f.cues


@pytest.mark.parametrize("text", ["School will let me know if Amelia is late more than twice in a week",
                                  "Dawn will go to the pain clinic on 12 July and tell me how it went"])
def test_letting_or_telling_the_writer_know_is_a_measure(understanding, text):
    assert facts(understanding, text).measure_status == "ok"


def test_a_progress_note_date_beside_an_action_is_not_its_timescale(understanding):
    """"Last seen 20/02/2025" says what happened; "to book by 20/05" says when the work is due."""
    assert facts(understanding, "Home visits to see Amelia", comment="Last seen 20/02/2025").time_status == "missing"
    assert facts(understanding, "Home visits", comment="Referred 12/02/2025, on the waiting list").time_status == "missing"
    assert facts(understanding, "Home visits", comment="SW Jo Hill to book by 20/05/2025").time_status == "ok"


def test_when_his_caseload_allows_is_vague(understanding):
    assert facts(understanding, "SW will visit when his caseload allows").time_status == "vague"


def test_an_assessment_to_be_completed_has_no_measure_but_sharing_it_does(understanding):
    assert facts(understanding, "A young carers assessment will be completed for Mason by May").measure_status == "missing"
    assert facts(understanding, "SW to complete the assessment and share it with Gemma by May").measure_status == "ok"
    assert facts(understanding, "Worker to share a completed safety plan with the SW by May").measure_status == "ok"


def test_fields_in_brackets_in_lower_case(understanding):
    from planlint import lint
    text = """# Review recommendations for Leah

## Recommendations
1. Life story work to start with Leah (by whom: SW Rhiannon Tate; by when: 30/06/2025).
2. PEP meeting to agree home tuition (by whom: designated teacher Mr Femi Okafor; by when: 06/06/2025).
"""
    actions = lint(text, name="plan.md").plan.actions
    assert [a.facts.owner for a in actions] == ["SW Rhiannon Tate", "designated teacher Mr Femi Okafor"]
    assert all(a.facts.time_status == "ok" for a in actions)


@pytest.mark.parametrize("text", ["School will send me Jayden's attendance every Friday",
                                  "School will keep Skye in the group and send me her attendance each half term"])
def test_sending_someone_figures_is_a_measure(understanding, text):
    assert facts(understanding, text).measure_status == "ok"


def test_a_number_of_sessions_is_the_work_not_its_measure(understanding):
    assert facts(understanding, "Talking Therapies to give Stacey 8 sessions of CBT").measure_status != "ok"
    assert facts(understanding, "Dad to give 3 negative tests in a row").measure_status == "ok"


def test_review_as_the_work_itself_is_no_vague_measure(understanding):
    assert facts(understanding, "LAC nurse to complete Leah's review health assessment by May").measure_status == "missing"
    assert facts(understanding, "GP will review Mum's medication monthly").measure_status == "missing"
    assert facts(understanding, "Progress to be reviewed at core group monthly").measure_status == "vague"


def test_a_feeling_given_as_a_reason_is_no_vague_measure(understanding):
    text = "It is hoped that the GP will review her pain medication, as she feels it makes her drowsy"
    assert facts(understanding, text).measure_status == "missing"
    assert facts(understanding, "CPN to visit weekly so that Mum feels better").measure_status == "vague"


@pytest.mark.parametrize("text, owner", [
    ("Visits from the health visitor every week", "the health visitor"),
    ("Weekly sessions with the school nurse from May", "the school nurse"),
    ("The allocated worker will visit weekly", "The allocated worker"),
    ("Home-Start volunteer to visit weekly from May", "Home-Start volunteer"),
    ("Referral to CAMHS by GP by 1 June", "GP"),
])
def test_owner_named_with_the_work_or_by_job_title(understanding, text, owner):
    f = facts(understanding, text)
    assert (f.owner_status, f.owner) == ("ok", owner)


@pytest.mark.parametrize("text", ["Visits to Amelia every week", "Review of the plan by 1 June"])
def test_work_named_with_its_object_has_no_owner(understanding, text):
    assert facts(understanding, text).owner_status == "missing"
