"""Classes met on tuning material of the thirty-ninth pass: good practice written in ways a
template-bound reader misreads (initials defined once in a key and used alone in an "Action |
Detail" table, an action given a heading of its own with its doer after a dash). All names are
invented."""
from test_unseen_layouts_15 import _action, _lint, _rules

_HEAD = """# Child protection plan for Maisie Holt
Child: Maisie Holt (6). Mum: Jade Holt.

## Present (initials are used in the rest of this plan)
- AC – Ann Cole, designated safeguarding lead, Fernley Primary School
- PS – Priya Shah, social worker, Holt Children's Services
- TR – Tom Reid, recovery worker, Holt Drug and Alcohol Service
- JH – Jade Holt, mother

## What Maisie has told us
Maisie said: "I like it when Mum takes me to school and we have toast."

## What we want for Maisie
- Maisie gets to school every day, fed and on time.
- Maisie lives in a home where nobody uses drugs.

"""

_TAIL = """
## Contingency plan
If Jade is found under the influence while caring for Maisie, Maisie stays with her aunt Lou that
night; if Lou cannot have her, PS arranges foster care and asks for a legal planning meeting.

## Core group and review
The core group meets every four weeks; the review conference is on 09/03/2026.
"""

_DETAIL_TABLE = """## The plan
| Action | Detail |
|---|---|
| Visit Maisie at home and see her on her own | PS. Every week from 12 January. Each visit is written up within two working days. |
| Key-work and a urine screen with Jade | TR, Holt Drug and Alcohol Service, every Tuesday. His written report to PS before each core group shows every result. |
| Check that Maisie arrives fed and on time | AC, every school day. The attendance sheet goes to PS every Friday. |
| Take Maisie to school on the days she is not in breakfast club | JH. Mondays and Thursdays from 12 January. The register will show her on time. |
"""


def test_initials_a_key_gives_own_the_work_when_they_open_the_detail_cell():
    report = _lint(_HEAD + _DETAIL_TABLE + _TAIL)
    assert report.actions == 4
    assert not _rules(report, "W001")
    # the drug service's worker is the adult service's owner of Jade's key-work
    assert not _rules(report, "F004")


def test_a_detail_cell_that_only_says_who_hears_of_the_check_names_no_owner():
    report = _lint(_HEAD + """## The plan
| Action | Detail |
|---|---|
| Maisie to be offered a place at the Fernley holiday club | Club attendance register sent to PS monthly |
| Visit Maisie at home and see her on her own | PS. Every week from 12 January. Each visit is written up within two working days. |
""" + _TAIL)
    assert _rules(report, "W001") == [_action(report, "holiday club").text]


_STEP_HEADINGS = """## What will happen

### 1. Visit Maisie at home – Priya Shah, social worker

Every week from 12 January, one visit in three unannounced. Each visit is written up within
two working days, with what Maisie said.

### 2. Key-work and urine screens – Tom Reid, Holt Drug and Alcohol Service

Every Tuesday from 13 January. Tom's written report before each core group shows every result
and his view of whether Jade can make the changes Maisie needs.

### 3. Take Maisie to school on time – Jade Holt (Mum)

Every school day. The register will show Maisie in school by 8.50am.
"""


def test_an_action_with_a_heading_of_its_own_is_one_step_with_its_doer_after_the_dash():
    report = _lint(_HEAD + _STEP_HEADINGS + _TAIL)
    assert report.actions == 3
    assert not [f for f in report.findings if f.rule in ("W001", "T001", "M001", "F004")]
    visit = _action(report, "Visit Maisie at home")
    assert "Every week from 12 January" in visit.text  # the paragraph under the heading is the step's


def test_numbered_theme_headings_over_bullets_stay_themes():
    # Headings over lists of work are the plan's themes: each bullet is its own action.
    report = _lint(_HEAD + """## What will happen

### 1. Keeping Maisie safe – everyone

- Priya Shah (SW) will visit Maisie every week from 12 January.
- Jade will keep the flat free of drugs every day.

### 2. School – Fernley Primary

- Ann Cole (DSL) will check every school day that Maisie arrives fed.

### 3. Health – Holt GP surgery

- The GP will see Jade by 30 January about her health.
""" + _TAIL)
    assert report.actions == 4
