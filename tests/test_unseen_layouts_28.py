"""Classes met on tuning batch 83 (measures, timescales, outcomes and a parent's health in
practitioners' own words), on invented text. All names are invented."""
from test_unseen_layouts_15 import _TAIL, _action, _lint, _rules

from planlint.nlp.commitment import find_commitment
from planlint.structure.sections import classify_heading
from planlint import loader


def _kind(heading: str) -> str:
    return classify_heading(heading, loader.phrase_table("sections.toml"))


def test_goals_headed_in_the_childs_or_the_familys_words():
    assert _kind("What I want my life to look like by the summer") == "outcomes"
    assert _kind("What Rhys and Ava should notice by the review conference") == "outcomes"
    assert _kind("What I want people to know") == "child_voice"  # her wishes, still her voice
    assert _kind("Our family plan") == "actions"  # a family group conference's plan
    assert _kind("Family network") == "family"


_FGC = """# Family group conference plan for Rhys and Ava
Mother: Kerry Lowe.

## What Rhys and Ava want
Rhys said: "I want Mum to stop crying at night." Ava is 2. At nursery she plays with the dolls.

## What we want for Rhys and Ava
- Rhys sleeps in his own bed and gets to school on time.

## Our family plan
- Grandma Pat will collect Rhys and Ava from school every Tuesday and Thursday and text Kerry when they are home.
- Uncle Lee will help Kerry sort out the kitchen.
"""


def test_the_childrens_wishes_are_their_voice_and_a_familys_plan_its_work():
    report = _lint(_FGC + _TAIL)
    kinds = {s.heading: s.kind for s in report.plan.sections}
    assert kinds["What Rhys and Ava want"] == "child_voice"
    assert not any("Ava is 2" in o.text or "dolls" in o.text for o in report.plan.outcomes)
    assert any("kitchen" in a.text for a in report.plan.actions)
    assert any("kitchen" in e for e in _rules(report, "T001"))


_TABLE = """# Child protection plan for Rhys
Mother: Kerry Lowe.

## What we want for Rhys
Rhys goes to school every day, fed and on time.

## The plan
| What | Who | When | How we will know |
|---|---|---|---|
| Take Rhys to the dentist for a check-up | Kerry Lowe | {when} | The SW sees the appointment card |
| Visit Rhys at home and see him on his own | Dan Shaw (SW) | Every two weeks | Visit notes on Rhys's file |
"""


def test_the_date_work_was_agreed_is_no_timescale():
    for set_then in ("Agreed at the core group on 12 May", "Set at ICPC (14/07/2025)", "As agreed at the ICPC on 14/03/2025"):
        assert any("dentist" in e for e in _rules(_lint(_TABLE.format(when=set_then) + _TAIL), "T001")), set_then
    for due in ("By 30 May", "To be agreed on 12 May and done by 30 May"):
        assert not _rules(_lint(_TABLE.format(when=due) + _TAIL), "T001"), due


def test_when_work_was_agreed_inside_the_action_is_no_timescale():
    text = _TABLE.replace("Take Rhys to the dentist for a check-up", "Take Rhys to the dentist (agreed at core group 1 on 06/10/2025)")
    assert any("dentist" in e for e in _rules(_lint(text.format(when="") + _TAIL), "T001"))


def test_a_promise_is_no_measure():
    text = _TABLE.replace("The SW sees the appointment card", "{measure}").replace("{when}", "By 30 May")
    assert any("dentist" in e for e in _rules(_lint(text.format(measure="She's promised") + _TAIL), "M002"))
    assert not _rules(_lint(text.format(measure="Appointment card shown to the SW") + _TAIL), "M002")


def test_everyone_who_works_with_us_is_nobody_in_particular():
    text = _TABLE.replace("Kerry Lowe", "{who}").replace("{when}", "By 30 May")
    assert _rules(_lint(text.format(who="Everyone who works with us") + _TAIL), "W002")
    assert not _rules(_lint(text.format(who="Kerry Lowe") + _TAIL), "W002")


_OUTCOME_COLUMN = """# Child protection plan for Rhys
Mother: Kerry Lowe.

## The plan
| What needs to happen | Lead | By when | How we will know | {header} |
|---|---|---|---|---|
| Buy a cot and set it up | Kerry Lowe | By 30 May | The SW sees the cot | A safe place to sleep from the first night |
| Counselling for Kerry | Jo Bell, Talking Space | Weekly from 1 June | Attendance sent to the SW | {parent} |
"""


def test_an_outcome_column_headed_for_the_child():
    report = _lint(_OUTCOME_COLUMN.format(header="What this means for Rhys", parent="Kerry's mood stays stable") + _TAIL)
    assert not _rules(report, "O001")
    assert _rules(report, "F002") == ["Kerry's mood stays stable"]  # a parent named: still hers


_HISTORY = """# Child protection plan for Rhys
Mother: Kerry Lowe.

## Background
{history}

## What we want for Rhys
Rhys goes to school every day, fed and on time.

## Actions
- Dan Shaw (SW) will visit Rhys every week and record what he says in his visit notes.
"""


def test_drug_use_told_as_over_by_its_length_is_history():
    over = "Kerry used heroin in her twenties. She has been drug-free since 2014 and has had no treatment for ten years."
    assert not _rules(_lint(_HISTORY.format(history=over) + _TAIL), "F004")
    now = "Kerry uses heroin most days and has had no treatment."
    assert _rules(_lint(_HISTORY.format(history=now) + _TAIL), "F004")


def test_a_plan_titled_as_a_progress_review_names_no_child_progress():
    report = _lint("Child Protection Plan – Progress Review\nChild: Rhys Lowe (6)\n\n" + _TABLE.format(when="By 30 May") + _TAIL,
                   name="plan.txt")
    assert "Progress" not in report.plan.facts.child_names


def test_whose_file_is_no_speaker():
    text = _TABLE.format(when="By 30 May").replace("Visit notes on Rhys's file",
                                                   "Visit records on the children's file, saying who was seen")
    report = _lint(text + _TAIL.split("## What Mia says")[0])
    assert _rules(report, "F003")


def test_a_core_group_used_as_a_when_sets_no_core_group_dates():
    tail = _TAIL.replace("Core group every 4 weeks; review conference on 12 June 2025.",
                         "The core group will keep meeting. The review conference is on 12 June 2025.")
    text = _TABLE.format(when="By 30 May").replace("Visit notes on Rhys's file", "Visit notes read out at each core group")
    assert _rules(_lint(text + tail), "R001")
    assert not _rules(_lint(text + _TAIL), "R001")


def test_a_childrens_hospital_nurse_is_no_adult_service():
    text = """# Child protection plan for Rhys
Father: Dean Lowe.

## Worries
Dean drinks most nights. He has been referred to the Fellbury Alcohol Service.

## What we want for Rhys
Rhys is looked after by a sober adult every night.

## Actions
| What | Who | When | How we will know |
|---|---|---|---|
| Show Dean how to give Rhys his rescue medicine | Sister Ann Cole, epilepsy nurse, Fellbury Children's Hospital | By 30 May | Signed training record |
| Visit Rhys at home | Dan Shaw (SW) | Every two weeks | Visit notes on Rhys's file |
"""
    assert _rules(_lint(text + _TAIL), "F004")


def test_a_letters_own_purpose_and_a_note_to_the_reader_are_no_work():
    assert find_commitment("I am writing to set out the plan in plain words, so that you know what will happen.") is None
    assert find_commitment("Dan Shaw (SW) is to visit Rhys every week.") is not None
    text = """# Child protection plan for Rhys

## What we want for Rhys
Rhys goes to school every day, fed and on time.

## What will happen
Note: the English text is the plan agreed at the conference. If the two versions differ, please ask Dan.

1. Dan Shaw (SW) will visit Rhys every week and record what he says in his visit notes.
"""
    texts = [a.text for a in _lint(text + _TAIL).plan.actions]
    assert not any("English text" in t for t in texts)
    assert any("visit Rhys every week" in t for t in texts)


def test_an_antidepressant_review_alone_asks_no_assessment():
    text = _OUTCOME_COLUMN.format(header="Outcome", parent="Kerry is well").replace(
        "Counselling for Kerry | Jo Bell, Talking Space", "Review of Kerry's antidepressant in pregnancy | Dr Ali Khan, Fellbury Perinatal Mental Health Team")
    report = _lint(text + _TAIL)
    assert any("antidepressant" in e for e in _rules(report, "H001"))
    assert _action(report, "antidepressant")


def test_a_wrapped_word_is_no_field_name():
    from planlint.readers.pdf import _field_name_line

    assert not _field_name_line("worker")  # "... pass it on to the allocated" | "worker"
    assert _field_name_line("Worker")
    assert _field_name_line("LEAD PROFESSIONAL")
