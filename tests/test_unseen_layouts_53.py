"""Classes met while reading plans typed in practitioners' shorthand and plans for babies in
hospital and families on the move (pass 53): children called by their letters, "ASAP" and
"before d/c" between dashes, records sent "to KT", "If…" over triggers without an "if", coded
lines with their fields run on. All names are invented."""
import io
from pathlib import Path

import docx

from planlint import lint, loader
from planlint.nlp.commitment import find_commitment
from planlint.nlp.pipeline import Analyser
from planlint.structure.sections import classify_heading

from test_unseen_layouts_15 import _action, _lint, _rules

_SECTIONS = loader.load().tables["sections"]

_LETTERS = """# Core group 2 - minutes

Children: Kayden Pryce (DOB 02/06/2018, 7y) and Maisie Pryce (DOB 19/10/2022, 3y)
Mum: Leanne Pryce. Dad: Carl Pryce.

## Updates
Kids' bedroom still damp, black mould on the wall by M's cot. K says he makes M's breakfast.

## Outcomes
- K & M sleep in a dry bedroom with no mould.
- K no longer gets M's breakfast or looks after her while Mum and Dad are asleep.

## Actions
| Action | Who | When | How we will know |
|---|---|---|---|
| Visit at home, see K on his own and M awake | Kirsty Thornber (SW) | Weekly until the review | Visit records within 48 hours |

## Contingency
If the children are found alone at home, the social worker will hold a strategy discussion the same day.

## Review
Core group every four weeks; review conference on 17/03/2026.
"""


def test_children_called_by_their_letters_are_the_child_in_an_outcome():
    assert _rules(_lint(_LETTERS), "F002") == []


def test_a_letter_the_plan_never_uses_as_a_person_is_no_child():
    # (no "K's", "K & M", "K says": the plan names the children only in full, so "K" is no one)
    plain = _LETTERS.replace("black mould on the wall by M's cot. K says he makes M's breakfast.", "black mould.") \
        .replace("- K & M sleep in a dry bedroom with no mould.\n", "") \
        .replace("- K no longer gets M's breakfast or looks after her while Mum and Dad are asleep.",
                 "- K stops drinking and keeps all her appointments.") \
        .replace("see K on his own and M awake", "see the children")
    assert _rules(_lint(plain), "F002") == ["K stops drinking and keeps all her appointments."]


def test_a_parents_letter_is_not_taken_for_the_childs():
    # Kerry (Mum) and Kai share "K": the letter is nobody's child, unless the plan pairs it with
    # another child's ("K & M": pass 54), which this plan does not
    shared = _LETTERS.replace("Kayden", "Kai").replace("Leanne", "Kerry").replace("K & M", "Kai & M") \
        .replace("K says he makes", "Kai says he makes") \
        .replace("- K no longer gets M's breakfast or looks after her while Mum and Dad are asleep.",
                 "- K stops drinking and keeps all her appointments.")
    assert _rules(_lint(shared), "F002") == ["K stops drinking and keeps all her appointments."]


_DASHED = """# Child protection plan for Maisie and Alfie Hollis

Key: KT = Kirsty Thornber, social worker · HG = Hannah Gill, family support worker · SB = Sue Bell, nursery
manager · MT = Mel Tate, fostering social worker · JB = Jo Bright, hospital social worker

## Outcomes
Maisie and Alfie are at school and nursery every day, fed and clean.

## Actions
- KT (SW) – home visits wkly until the RCPC – visit notes on LCS within 48 hours.
- KT – referral to Fairbeck Young Carers for Maisie – ASAP – acceptance letter on LCS.
- MT – foster carers' home: cot, car seat and steriliser checked before d/c – checklist to JB.
- HG - 3 Houses work w/ Alfie x2 by 6/2 - his sheets to CG2.
- SB (nursery) – A's att. daily; ring KT if A not in by 10am – att. figs to KT every Fri.

## Contingency
If Alfie is not at nursery by 10am, the nursery rings the social worker the same day.

## Review
Core group every four weeks; review conference on 17/03/2026.
"""


def test_asap_between_dashes_is_a_vague_time_not_the_owner():
    report = _lint(_DASHED)
    assert "referral to Fairbeck Young Carers for Maisie" in " ".join(_rules(report, "T002"))
    assert not any("Young Carers" in x for x in _rules(report, "T001"))


def test_before_d_c_is_a_time():
    assert _rules(_lint(_DASHED), "T001") == []


def test_a_record_sent_to_initials_or_a_meeting_is_the_check():
    analyser = Analyser()
    for text, record in (("att. figs to KT every Fri", "figs to KT"), ("her sheets to CG2", "sheets to CG2"),
                         ("competency sign-off sheet to MT & JB", "sheet to MT")):
        assert ("MEASURE_PATTERN", record) in {(m.label, m.text) for m in analyser.mentions(text)}, text
    # ("forms to ASAP" sends nothing to anyone)
    assert not any(m.label == "MEASURE_PATTERN" for m in analyser.mentions("forms to ASAP"))


def test_an_if_heading_alone_heads_the_contingency():
    for heading in ("If…", "If...", "IF:", "If … then"):
        assert classify_heading(heading, _SECTIONS) == "contingency", heading
    assert classify_heading("Iffy days", _SECTIONS) != "contingency"


_TRIGGERS = """# Child protection plan for Tegan Rowley (14)

## Outcomes
Tegan is safe from self-harm and has a CAMHS plan she agrees with.

## Actions
| Action | Who | When | How we will know |
|---|---|---|---|
| Visit at home and see Tegan on her own | Laura Hart (SW) | Weekly until the review | Visit records within 48 hours |

## Contingency
T cuts and needs medical treatment, or takes any tablets: Nicola rings 999 and the CAMHS crisis team assess the same day.
Nicola takes an overdose or says she plans to: 999; the social worker arranges emergency foster carers that night.

## Review
Core group every four weeks; review conference on 17/03/2026.
"""


def test_an_event_then_its_response_after_a_colon_is_a_trigger():
    assert _rules(_lint(_TRIGGERS), "C002") == []


def test_a_contingency_of_labels_alone_is_still_vague():
    vague = _TRIGGERS.replace(
        "T cuts and needs medical treatment, or takes any tablets: Nicola rings 999 and the CAMHS crisis team "
        "assess the same day.\nNicola takes an overdose or says she plans to: 999; the social worker arranges "
        "emergency foster carers that night.", "Numbers: 999 and the crisis line.\nConcerns: the plan will be reviewed.")
    assert _rules(_lint(vague), "C002") != []


_IF_THEN_TABLE = """# Kai & Poppy – safety plan and CP plan

## ONE-PAGE SAFETY PLAN (the part to keep by the phone)

| If… | Then… |
|---|---|
| Shaun comes to the house or is seen on Ashby Road | Leanne rings 999 and says "bail breach"; the police attend and arrest |
| Nan cannot collect Poppy | Nan texts the social worker by noon and Poppy goes to after-school club |

## Outcomes for Kai & Poppy
Kai and Poppy are safe at home and don't see or hear any more violence.

## Actions
| What | Who | When | How we will know |
|---|---|---|---|
| Home visits, Kai seen alone every visit | Kate Robson (SW) | Weekly until the review | Visit records on the file |

## Meetings
Core group every four weeks; review conference on 09/04/2026.
"""


def test_an_if_then_table_is_the_contingency_whatever_its_heading():
    report = _lint(_IF_THEN_TABLE)
    assert _rules(report, "C001") == [] and _rules(report, "C002") == []


def test_a_when_then_action_table_is_still_the_plans_work():
    timed = _IF_THEN_TABLE.replace("| If… | Then… |", "| When | Action |")
    assert any("Shaun comes to the house" in a.text for a in _lint(timed).plan.actions) or \
        _rules(_lint(timed), "C001") != []


def test_ages_opening_a_bracket_name_the_children():
    report = _lint("""# Core group actions

## Quick recap
- Noah (4 mths, DOB 08/09/2025) & Kyra (5, DOB 19/04/2020) on CP plans since ICPC 16/12/25.
- Plan (2) was agreed at the ICPC.

## Actions
1. Home visits weekly until the RCPC, Kyra seen alone.
""")
    assert report.plan.facts.child_names[:2] == ["Noah", "Kyra"]
    assert "Plan" not in report.plan.facts.child_names


def test_a_child_seen_then_quoted_is_the_childs_voice():
    report = _lint(_LETTERS.replace(
        "## Outcomes", "## Maisie and Kayden\nM seen alone by KT at school 12/01: 'Mummy sleeps on the settee a lot.'\n\n"
                       "## Outcomes"))
    assert _rules(report, "F003") == []


def test_a_move_that_happened_commits_no_one():
    assert find_commitment("Leanne and the children moved to Boltisham on 05/01/2026 to live near Carol.") is None
    assert find_commitment("Mum to attend the GP on Monday").subject == "Mum"


def test_a_case_prints_plan_status_is_details_not_work():
    report = lint(Path(__file__).parents[1] / "sample_plans" / "b204_ennerwick_case_export_task_blocks_transfer_marsh.txt")
    assert not any("Active - CP" in a.text for a in report.plan.actions)


_EXPORT = """ECHO 4.2 | Ennerwick Borough Council - Children's Services
Subject(s): MARSH, Tyler (M) DOB 03/03/2020 [5y]

[7] TASKS
-----------------------------------------------------------------------
T01  Desc ...... SW home visits: see Tyler alone, 1 in 3 unannounced; check for drugs,
                 paraphernalia, safe storage
     Resp ...... AD (SW)
     Due ....... Wkly until TIC
     Evidence .. Visit recs on ECHO w/in 48h incl. Tyler's words
     Status .... Open

T02  Desc ...... JM to attend Ennerwick Drug & Alcohol Recovery Service (EDARS): keywork
                 + cocaine group
     Resp ...... JM
     Due ....... Wkly, Weds 2pm
     Evidence .. EDARS attendance letter to AD monthly
     Status .... Open
"""


def test_a_fields_value_runs_on_over_a_plus():
    report = lint(_EXPORT.encode(), name="plan.txt")
    action = _action(report, "EDARS")
    assert "cocaine group" in action.text
    assert action.fields.get("owner") == "JM" and "Weds" in action.fields.get("timescale", "")


_CODED = """# Health visiting plan of care for Riley

## Plan of care: health lines
Each line: what / Who / When / How we'll know.

PoC 1. Home wt + full feed obs (bottle make-up, amounts, night feeds). Who: SB (HV). When: wkly (Tues am). How we'll know: wt on centile chart in the PCHR.

M1. Home visits: see Riley and both parents, 1 in 3 unannounced. Who: RN (SW). When: wkly until RCPC. How we'll know: visit notes on LCS.
"""


def test_coded_lines_with_their_fields_run_on_are_actions():
    report = _lint(_CODED)
    assert _action(report, "Home wt").fields["owner"].rstrip(".") == "SB (HV)"
    assert _action(report, "see Riley and both parents").fields["owner"].rstrip(".") == "RN (SW)"


_NUMBERED = [
    ("h1", "Child protection plan for Tia and Ollie Nolan"),
    ("h2", "The plan (flipchart p.2)"),
    ("p", "1. SW: see Tia and Ollie at home, each on their own; 1 in 3 unannounced. Wkly until RCPC. "
          "Check: visit notes on LCS."),
    ("p", "2. RW (EDAS): keywork with Mum and a breath test each session. Wkly Weds 11am. "
          "Check: breath test results to SW."),
    ("p", "3. YC: young carers' assessment for Tia. By 06/02. Check: assessment on file."),
]


def _docx(paragraphs) -> bytes:
    d = docx.Document()
    for kind, text in paragraphs:
        d.add_heading(text, int(kind[1])) if kind.startswith("h") else d.add_paragraph(text)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_a_typed_number_then_the_owners_label_is_that_owners_action():
    # (Word paragraphs whose numbers were typed, not a list's)
    report = lint(_docx(_NUMBERED), name="plan.docx")
    assert _action(report, "see Tia and Ollie").fields["owner"] == "SW"
    assert _action(report, "keywork with Mum").fields["owner"] == "RW (EDAS)"


_STAGES = """# Pre-birth safeguarding plan (maternity)

Baby of Jade Hadfield · EDD 09/04/26

## Key

| Who / what | Means |
|---|---|
| J | Jade Hadfield, Mum (24) |
| R | Ryan Cole, baby's father (27) |
| AP (CMW) | Anna Pilling, community midwife |
| HM / SO (PMHT) | Dr Helen Mayo, perinatal psychiatrist; Sam Oakes, perinatal CPN |

## The plan

| No. | Plan (MW notation) | Who | When | How we'll know |
|---|---|---|---|---|
| A | ANTENATAL (now → birth) | | | |
| A1 | AN checks + EPDS at every appt | AP (CMW) | 2/52 to 36/40, then wkly till birth | EPDS scores in handheld notes |
| W | WARD 12 (birth → d/c) | | | |
| W1 | Obs of feeding and J's mood every shift | Ward 12 MW in charge | Every shift until d/c | Feeding chart + shift notes |
"""


def test_a_stages_letter_and_name_in_capitals_is_a_banner_not_work():
    report = _lint(_STAGES)
    assert not any("ANTENATAL" in a.text or "WARD 12" in a.text for a in report.plan.actions)
    assert _action(report, "AN checks").fields["owner"] == "AP (CMW)"


def test_a_key_of_what_letters_mean_is_no_work():
    report = _lint(_STAGES)
    assert not any("Helen Mayo" in a.text for a in report.plan.actions)
    assert _rules(report, "H001") == []


_LETTERED = """# Weekly support plan - Marsh family

For T (Tommy, 4) and EM (Ellie-Mae, 18 months), CP plan (neglect) from ICPC 12/01/2026.
Key: NB = Nadia Begum, FSW · JM = Jodie Marsh, Mum

## Goals by the review
- T and EM have a mum whose mood is steady enough to get them up, fed and out by 9am.

## The week
| What | Who | When | How we will know |
|---|---|---|---|
| Morning routine at home with Jodie: T dressed and fed, EM changed | NB | Mon + Wed 7.30am | NB's visit notes |
"""


def test_children_given_by_their_letters_and_ages_are_the_children():
    report = _lint(_LETTERED)
    assert report.plan.facts.child_names[:2] == ["Tommy", "Ellie-Mae"]
    assert _rules(report, "F002") == []


def test_a_key_set_out_in_pairs_gives_each_person_their_own_service():
    report = _lint("""# Safeguarding birth plan

Children: Bella (unborn). Mum: Shannon Tait (ST). Dad: Ricky Moran (RM).

## Key
| Initials | Who | Initials | Who |
|---|---|---|---|
| AQ | Amira Qureshi, SW, Ashvenmoor CSC | JF | Joel Fairley, CPN, Perinatal Mental Health Team |

## The plan
| What | Who | When | How we will know |
|---|---|---|---|
| SW home visits; ST seen alone every 2nd visit | AQ | Wkly to birth | Visit notes within 48h |
| Relapse plan with ST and a report on her capacity to change and the likely timescale | JF | Report by 34/40 | Report to AQ |
""")
    assert _rules(report, "H001") == []


def test_someone_seen_alone_and_quoted_is_the_child_whatever_the_plan_calls_her():
    # (a chair's page that never names the children in full: "Brennan, S (11) + J (3)", then
    # 'S (seen alone by JH 27/01): "I don't want to move, all my mates are here."')
    report = lint(Path(__file__).parents[1] / "sample_plans" / "b206_alsthorne_cg_chair_actions_only_page_brennan.docx")
    assert _rules(report, "F003") == []


def test_a_dated_chronology_with_no_work_column_is_no_work():
    report = _lint("""# Safeguarding action list

## Chronology (since November)
| Date | Category | Entry (short) | Staff |
|---|---|---|---|
| 11/11/25 | Attendance | K + L late 9.40, no breakfast | PR |
| 04/12/25 | Parental concern | Mum at pick-up smelling of alcohol | RA |

## Actions
| What | Who | When | How we will know |
|---|---|---|---|
| Breakfast club place for both children | TB (FLO) | Every school day from 12/01 | Breakfast club register |
""")
    assert [a.fields.get("action") for a in report.plan.actions] == ["Breakfast club place for both children"]


_CHAT = """CHILDREN'S SOCIAL CARE - CASE NOTE
Child .......... Mia HEAP, DOB 11/05/2019 (6)

[23/01/2026, 16:24] Faye SW: TO DO (who - what - when - how we'll know)
1. You - ring the GP for an appointment about the panic attacks - by Fri 30/1 - send me a screenshot of the booking
2. Me (Faye) - see Mia on her own at school and at home - every week till the review conference - I'll write down what she says

[23/01/2026, 16:27] Faye SW: What we ALL want for Mia (star)
- Mia in school every day and on time (95%+ by Easter)

[23/01/2026, 16:29] Faye SW: IF (warning)
- If Mia misses 2 days in a row -> I'll visit that day.

[23/01/2026, 16:30] Lucy Kerr (HV): Will do 👍

Entered by EB 23/01/2026 17:05 · formal CP plan to follow on LCS
"""


def test_a_chat_message_over_a_list_titles_it():
    report = lint(_CHAT.encode(), name="note.txt")
    kinds = {s.heading: s.kind for s in report.plan.sections}
    assert kinds["TO DO (who - what - when - how we'll know)"] == "actions"
    assert kinds["IF (warning)"] == "contingency"
    assert _action(report, "see Mia on her own").fields["owner"].startswith("Me")


def test_a_reply_agreeing_and_who_typed_the_record_are_no_work():
    report = lint(_CHAT.encode(), name="note.txt")
    assert not any("Will do" in a.text or "Entered by" in a.text for a in report.plan.actions)


def test_a_discharge_shorthand_ending_a_sentence_is_a_time_and_the_case_system_a_check():
    analyser = Analyser()
    assert ("TIME", "before d/c.") in {(m.label, m.text) for m in analyser.mentions("with LF, before d/c. Signed plan")}
    assert any(m.label == "MEASURE_PATTERN" for m in analyser.mentions("E-mails on LCS."))
    assert not any(m.label == "MEASURE_PATTERN" for m in analyser.mentions("Mum is on holiday on Monday"))
    assert classify_heading("If → then", _SECTIONS) == "contingency"


def test_every_built_in_token_pattern_runs_in_planlints_own_matcher():
    # A pattern this matcher cannot compile goes to spaCy's Matcher, which then runs over every
    # text of every plan ("REGEX" and "NOT_IN" in one token's dict once tripled the matcher's time).
    from planlint.nlp.matcher import _compile

    for entry in loader.token_patterns(()):
        assert _compile(entry["pattern"], {}, []) is not None, entry.get("id")
