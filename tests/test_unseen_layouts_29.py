"""Classes met on tuning batch 85 (who, when and how-we-will-know given somewhere other than
the action's own line), on invented text. All names are invented."""
import docx

from test_unseen_layouts_15 import _TAIL, _action, _lint, _rules


def _outline_docx(path, items):
    """A Word document whose body is one numbered outline: (level, text) items."""
    document = docx.Document()
    document.add_heading("Child Protection Plan", 0)
    document.add_paragraph("Children: Kai Lowe (7). Parents: Jade Lowe and Ben Lowe.")
    for level, text in items:
        style = "List Number" if level == 0 else "List Number 2" if level == 1 else "List Number 3"
        document.add_paragraph(text, style=style)
    document.save(path)
    return path


_OUTLINE = [
    (0, "Why Kai has a plan"),
    (1, "Jade has bipolar disorder and stopped her lithium in January."),
    (0, "What we want for Kai"),
    (1, "Kai gets to school every day, on time, and knows who is collecting him."),
    (0, "Weeks 1-4: Monday 3 March to Sunday 30 March 2025"),
    (1, "Sam Cole, social worker, will:"),
    (2, "see Kai at home every week and write down what he says in her visit notes;"),
    (2, "agree a written rota with Jade and Ben, with one copy on the fridge that Sam checks at each visit."),
    (0, "If things go wrong"),
    (1, "If Jade stops her lithium, Sam will hold a strategy discussion the same day and Kai will stay with his nan."),
    (0, "Meetings"),
    (1, "Core group every three weeks; review conference on 27 May 2025."),
]


def test_a_numbered_outlines_parts_are_its_sections(tmp_path):
    report = _lint_path(_outline_docx(tmp_path / "plan.docx", _OUTLINE))
    kinds = [s.kind for s in report.plan.sections]
    assert {"worries", "outcomes", "contingency", "review"} <= set(kinds)
    texts = [a.text for a in report.plan.actions]
    assert not any("bipolar" in t or "Why Kai" in t or "Meetings" in t for t in texts)
    rota = _action(report, "written rota")
    assert rota.fields.get("owner", "").startswith("Sam Cole")
    assert not _rules(report, "T001")  # the stage "Weeks 1-4: 3 to 30 March" says when


def test_an_outline_of_work_alone_keeps_its_items(tmp_path):
    work = [(0, "Referral to Early Help"), (1, "Sam Cole (SW)"), (1, "by 30 May 2025"),
            (0, "Kai's attendance sent to the SW"), (1, "Mrs Hale (DSL)"), (1, "every Friday")]
    report = _lint_path(_outline_docx(tmp_path / "work.docx", work))
    assert any("Referral to Early Help" in a.text for a in report.plan.actions)


def _lint_path(path):
    from planlint import lint

    return lint(path)


_SEPARATE = """# Child protection plan for Kai
Mother: Jade Lowe.

## What we want for Kai
Kai goes to school every day, fed and on time.

## The plan
1. Sam Cole (SW) will visit Kai at home every week.
2. Jade will take Kai to the dentist by 30 May 2025.
3. Mrs Hale (DSL) will check Kai's attendance every morning.

## How we will know it is working
{answers}
"""


def test_a_part_that_answers_each_numbered_action_gives_its_measures():
    numbered = "1. Sam's visit notes record what Kai says.\n\n2. Jade shows Sam the appointment card.\n\n" \
               "3. The attendance printout goes to Sam every Friday."
    assert not _rules(_lint(_SEPARATE.format(answers=numbered) + _TAIL), "M001")
    # a list that skips one, its numbers lost to the list markup, is matched to nothing by guesswork
    two = "1. Sam's visit notes record what Kai says.\n\n3. The attendance printout goes to Sam every Friday."
    assert len(_rules(_lint(_SEPARATE.format(answers=two) + _TAIL), "M001")) == 3


_LETTER = """# Child protection plan for Kai
Mother: Jade Lowe.

## What we want for Kai
Kai goes to school every day, fed and on time.

## What you have agreed to do
Jade, you will:

- see your GP about your sleep by 20 June;
- go to the debt advice appointment on Tuesday 24 June;
- take Kai to school every day by 9am.

{after}
"""


def test_a_line_said_of_each_item_above_is_their_measure():
    said = "For each of these, I will ask to see the appointment card, letter or register at my next visit."
    assert not _rules(_lint(_LETTER.format(after=said) + _TAIL), "M001")
    assert len(_rules(_lint(_LETTER.format(after="Thank you for agreeing to this.") + _TAIL), "M001")) == 3


def test_a_group_time_is_lent_to_the_owners_under_it():
    text = """# Child protection plan for Kai
Mother: Jade Lowe.

## What we want for Kai
Kai goes to school every day, fed and on time.

## What will happen

### Before Kai comes home from hospital

### Jo Hill (HV) will:
- visit the flat to check Kai's bed and write what she finds in her record.

### Dr Anita Roy, Fellbury Perinatal Mental Health Team, will:
- see Jade on the ward and write to the SW saying whether she is well enough to care for Kai.
"""
    report = _lint(text + _TAIL)
    assert not _rules(report, "T001") and not _rules(report, "W001")
    assert "MH_SERVICES" in _action(report, "see Jade on the ward").facts.owner_labels


def test_a_measure_that_only_says_it_will_be_done_restates_the_work():
    from planlint.nlp.understand import _restates_work

    assert _restates_work("Jade completes the course.", "Jade will do the parenting course")
    assert not _restates_work("Certificate sent to the SW.", "Jade will do the parenting course")


def test_typed_numbers_match_each_answer_to_its_own_action(tmp_path):
    document = docx.Document()
    document.add_heading("Child Protection Plan for Kai", 0)
    document.add_paragraph("Mother: Jade Lowe.")
    document.add_heading("What we want for Kai", 1)
    document.add_paragraph("Kai goes to school every day, fed and on time.")
    document.add_heading("Next steps", 1)
    for line in ("1. Sam Cole (SW) will visit Kai at home every week.",
                 "2. Jade will take Kai to the dentist by 30 May 2025.",
                 "3. Mrs Hale (DSL) will check Kai's attendance every morning."):
        document.add_paragraph(line)
    document.add_heading("How we will know it is working", 1)
    for line in ("1. Sam's visit notes record what Kai says.", "3. The attendance printout goes to Sam every Friday."):
        document.add_paragraph(line)
    for heading, line in (("If things go wrong", "If Jade drinks, Kai will stay with his nan and the SW will hold a "
                                                "strategy discussion the same day and ask for a legal planning meeting."),
                          ("Meetings", "Core group every 4 weeks; review conference on 12 June 2025."),
                          ("What Kai says", "Kai said he likes school because of football.")):
        document.add_heading(heading, 1)
        document.add_paragraph(line)
    document.save(tmp_path / "plan.docx")
    assert _rules(_lint_path(tmp_path / "plan.docx"), "M001") == ["Jade will take Kai to the dentist by 30 May 2025."]


def test_a_school_counsellor_is_the_childs_and_eom_is_a_date():
    text = """# Child protection plan for Kai
Mother: Jade Lowe.

## Worries
Jade has depression and drinks most nights.

## What we want for Kai
Kai goes to school every day, fed and on time.

## The plan
| What | Who | When | How we will know |
|---|---|---|---|
| Sessions with Kai about what happened at home | Jenny Cole (school counsellor) | Weekly | Session notes to the SW |
| Visit Kai at home and see him on his own | Sam Cole (SW) | {when} | Visit notes on Kai's file |
"""
    report = _lint(text.format(when="EOM") + _TAIL)
    assert _rules(report, "F004") and not _rules(report, "H001")  # no adult service acts for Jade
    assert not _rules(report, "T001")


def test_someone_else_who_sees_it_done_is_the_measure():
    text = """# Child protection plan for Kai
Mother: Jade Lowe.

## What we want for Kai
Kai goes to school every day, fed and on time.

## The plan
- {action}
"""
    seen = "Nan will walk Kai to school on Tuesdays and Thursdays, and Miss Hale will see them at the gate."
    assert not _rules(_lint(text.format(action=seen) + _TAIL), "M001")
    alone = "Nan will walk Kai to school on Tuesdays and Thursdays, and Nan will see him into class."
    assert _rules(_lint(text.format(action=alone) + _TAIL), "M001")
