"""Classes met on plans where the plan's own work is a small part of a long document
(tuning batch 48, and the held-out figures that led to it: plans read as holding many
more actions than their authors wrote were the least precise), on invented text. All
names are invented."""
from planlint import lint

_TAIL = """
## If things do not improve
If Mia misses more than two days of nursery in a week, the social worker will visit the same day and ask for a legal planning meeting.

## Reviews
Core group every 4 weeks; review conference on 12 June 2025.

## What Mia says
Mia said she likes nursery because of the sand pit.

## What we want for Mia
Mia goes to nursery every day and gains weight steadily.
"""


def _lint(body: str):
    return lint(("# Child protection plan for Mia Jones (4)\n\n" + body + _TAIL).encode(), name="plan.md")


def _rules(report, *codes):
    return [f for f in report.findings if f.rule in codes]


def test_a_sentence_that_refers_back_says_more_of_the_work_before_it():
    report = _lint("""## What needs to happen

The health visitor, Jane Ford, will weigh Mia every two weeks until 12 June 2025. Her weights will be plotted on the growth chart and shared with the core group.

Sarah (mum) will take Mia to nursery every weekday from 3 March 2025. This will be checked against the nursery register, which the nursery sends to the social worker each Friday.
""")
    texts = [a.text for a in report.plan.actions]
    assert len(texts) == 2, texts
    assert texts[0].endswith("shared with the core group.")
    assert not _rules(report, "M001", "W001", "T001")


def test_we_will_know_gives_the_work_before_it_its_measure():
    report = _lint("""## What needs to happen

Sarah will go to the Freedom Programme on Tuesdays from 11 March 2025. We will know it is helping when the course leader's weekly note to the social worker shows she has been.
""")
    assert len(report.plan.actions) == 1
    assert not _rules(report, "M001")


def test_a_sentence_with_a_doer_of_its_own_is_its_own_action():
    report = _lint("""## What needs to happen

Sarah will go to the Freedom Programme on Tuesdays from 11 March 2025, and the course leader will email the social worker after each session. Her mum will collect Mia from nursery on those days.
""")
    texts = [a.text for a in report.plan.actions]
    assert len(texts) == 2, texts
    assert _rules(report, "M001")  # Nan's collecting has no measure, and is read as its own work


def test_it_is_hoped_is_no_reference_back():
    report = _lint("""## What needs to happen

The social worker, Kit Penrose, will visit Mia at home every week from 3 March 2025 and record what Mia says in her visit notes. It is hoped that Sarah will go to a parents' group.
""")
    assert len(report.plan.actions) == 2
