"""Batch 85, module v: seven fictional plans (tuning material), places beginning with "v".

Everything here is made up: children, families, professionals, services,
hospitals, schools and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: actions that get their owner, their timescale or their way of knowing
from somewhere other than their own line - a group heading ("Weeks 1-4",
"Before Rosie comes home", "By the end of June"), a date column merged down
over several rows, an owner-and-date cell ("Jo (HV) - fortnightly"),
abbreviations (w/c 12/5, wkly, fortn., EOM), a shared line under a list of
bullets, a separate numbered "How we will know it is working" part, a column
headed in the family's words ("How will we know?"), an owner given once over a
run of actions - beside actions whose measure or timescale really is absent,
is only the date the plan was written, or repeats the action. Two plans are
exemplary.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Case-system print, one field per line, page headers; looked-after baby
#    on the neonatal unit with no visits; "Date set" is only the plan date
#    (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b85_vossington_casesystem_print_field_lines_kerrigan.txt",
    "split": "tune",
    "actions": 12,
    "template": "icpc-case-system-print-txt-one-field-per-line-task-blocks-action-responsible-date-set-target-date-measure-status-repeated-page-headers",
    "description": (
        "Case-system print (ChildView) of an initial conference plan for a 5-week-old born at 34 weeks, "
        "accommodated under section 20 and still on the neonatal unit (mother's heavy drinking in "
        "pregnancy, depression). Each task is a block of one-field lines (Action / Responsible / Date set "
        "/ Target date / Measure / Status) with repeated page headers. Every task carries 'Date set: "
        "12/05/2025', the day the plan was written: the supervised contact task has only that and an "
        "empty target date (T001). Abbreviated targets ('wkly', 'fortn.') and 'before discharge' are "
        "real. Faults: no one is set to visit the looked-after baby in hospital (L001), the perinatal "
        "team only supports (H001), an assessment with an empty measure (M001), 'Stacey engaging with "
        "the service' (M002), 'All professionals' (W002), a 'TBC' target (T002), review conference 'to be arranged' (R001). "
        "The GP owns a dated task; the contingency names the legal step."
    ),
    "text": """\
VOSSINGTON COUNCIL - CHILDREN'S SERVICES                          ChildView 4.2
CHILD PROTECTION PLAN (INITIAL CONFERENCE)                          Page 1 of 3
Child: Ruby KERRIGAN  ID CV-228140          Printed 13/05/2025 16:02  MOKAFOR
===============================================================================

SECTION A - CHILD AND FAMILY
Child name: Ruby Kerrigan
Date of birth: 07/04/2025 (born at 34+1 weeks; now 5 weeks old)
Legal status: Looked after - accommodated under section 20 since 02/05/2025, with Stacey's consent
Where Ruby is now: Neonatal Unit, Vossington General Hospital (special care, cot 4)
Plan on discharge: Foster carers Jan and Phil Dunmore, Vellowby (Vossington Fostering Service)
Mother: Stacey Kerrigan (23), 19 Valmont Court, Vossington
Father: Not named by Stacey
Sibling: Kai Kerrigan (4), lives with his father, Lewis Grant, in Vanbridge
Conference: Initial child protection conference, Monday 12/05/2025
Category: Neglect
Social worker: Marcus Okafor, Children's Safeguarding Team 2
Team manager: Helen Ruddock
Chair: Peter Ngata, Safeguarding Unit

SECTION B - REASON FOR PLAN
Reason: Stacey drank heavily throughout her pregnancy and told the midwife she had "most of a bottle of vodka a day" until about 30 weeks. Ruby was born early and small (1.78kg) and has been slow to feed. On 01/05/2025 the nurses found Stacey asleep in the parents' room smelling strongly of alcohol, with Ruby crying in the cot beside her after a missed feed. The next day Stacey agreed that Ruby should be accommodated. Stacey has depression and has been seen by the Vossington Perinatal Mental Health Team since January. She says she wants to stop drinking and to care for Ruby herself.

SECTION C - RUBY'S LIVED EXPERIENCE
Observed by: Neonatal nurses, SW, HV
Observations: Ruby is now fed by bottle, 50ml every three hours, and takes about 20 minutes over each feed. She is jittery, startles at sudden noise and settles best swaddled and held upright against a shoulder. The nurses have seen her turn towards Stacey's voice and go quiet when Stacey sings to her. Stacey has been on the unit on 8 of the last 12 days, for about an hour each time.

SECTION D - OUTCOMES FOR RUBY
Outcome 1: Ruby feeds well, gains weight and goes from the unit to a home where her carers can meet all of her needs.
Outcome 2: Ruby is never cared for by an adult who has been drinking.
Outcome 3: Ruby gets to know her mum through safe, planned time together, and a decision about where she will grow up is made without delay.

SECTION E - TASKS

TASK 01 OF 12
Action: Liaise with the neonatal unit and Jan and Phil Dunmore to agree Ruby's discharge plan and the day she moves to them
Responsible: SW Marcus Okafor
Date set: 12/05/2025
Target date: Before discharge
Measure: Written discharge plan on ChildView and sent to the core group
Status: Open

TASK 02 OF 12
Action: Record Ruby's feeds, weight and sleep, and how she responds to handling
Responsible: Sister Amina Rahman, Neonatal Unit
Date set: 12/05/2025
Target date: Daily while Ruby is on the unit
Measure: Neonatal chart; weekly summary emailed to the SW every Friday
Status: Open

TASK 03 OF 12
Action: Supervised contact for Stacey with Ruby on the neonatal unit
Responsible: Neonatal nursing staff (nurse in charge)
Date set: 12/05/2025
Target date:
Measure: Contact notes record how Stacey feeds, holds and settles Ruby
Status: Open

TASK 04 OF 12
Action: Key-work with Stacey, a breath test at every session, and a written report on whether she is making the changes needed to care safely for Ruby and how soon
Responsible: Leon Brady, keyworker, Vossington Alcohol Service
Date set: 12/05/2025
Target date: Sessions wkly; report fortn., before each core group
Measure: Breath test results and the report sent to the SW
Status: Open

\f
VOSSINGTON COUNCIL - CHILDREN'S SERVICES                          ChildView 4.2
CHILD PROTECTION PLAN (INITIAL CONFERENCE)                          Page 2 of 3
Child: Ruby KERRIGAN  ID CV-228140          Printed 13/05/2025 16:02  MOKAFOR
===============================================================================

TASK 05 OF 12
Action: Home sessions with Stacey to support her with her low mood and anxiety
Responsible: Gail Ferris, CPN, Vossington Perinatal Mental Health Team
Date set: 12/05/2025
Target date: Wkly
Measure: Each session recorded in the CPN diary; attendance sent to the SW monthly
Status: Open

TASK 06 OF 12
Action: Complete a parenting assessment of Stacey, including her care of Ruby observed on the unit
Responsible: SW Marcus Okafor
Date set: 12/05/2025
Target date: By 30/06/2025
Measure:
Status: Open

TASK 07 OF 12
Action: Go to every key-work session at the alcohol service and stay alcohol free
Responsible: Stacey Kerrigan
Date set: 12/05/2025
Target date: Wkly
Measure: Stacey engaging with the service
Status: Open

TASK 08 OF 12
Action: Learn Ruby's cares (bottle feeds, safe sleep, settling when she is jittery) with the neonatal outreach nurse
Responsible: Jan and Phil Dunmore, foster carers
Date set: 12/05/2025
Target date: Before discharge
Measure: Competency sheet signed off by the outreach nurse and copied to the SW
Status: Open

TASK 09 OF 12
Action: Ask Stacey again who Ruby's father is and start a viability assessment of his family
Responsible: SW Marcus Okafor
Date set: 12/05/2025
Target date: TBC
Measure: Viability assessment report shared with the core group
Status: Open

TASK 10 OF 12
Action: Review Stacey's sertraline and her sleep, and write to the SW about how her mood affects her care of Ruby
Responsible: Dr Neil Abbott, Valmont Surgery (GP)
Date set: 12/05/2025
Target date: By 30/05/2025
Measure: GP letter on Ruby's file
Status: Open

TASK 11 OF 12
Action: Share any concern about Stacey's presentation on the unit with the SW the same day
Responsible: All professionals
Date set: 12/05/2025
Target date: Same day
Measure: Each concern logged on ChildView by the SW
Status: Open

TASK 12 OF 12
Action: Chair Ruby's first looked-after review and agree her care plan
Responsible: Denise Carver, Independent Reviewing Officer
Date set: 12/05/2025
Target date: Within 20 working days of accommodation (by 30/05/2025)
Measure: Review record and care plan on ChildView
Status: Open

\f
VOSSINGTON COUNCIL - CHILDREN'S SERVICES                          ChildView 4.2
CHILD PROTECTION PLAN (INITIAL CONFERENCE)                          Page 3 of 3
Child: Ruby KERRIGAN  ID CV-228140          Printed 13/05/2025 16:02  MOKAFOR
===============================================================================

SECTION F - CONTINGENCY
Trigger: Stacey arrives on the unit, or at contact, smelling of alcohol or under the influence; or Stacey withdraws her consent to Ruby being accommodated.
Response: The nurse in charge ends the contact, asks Stacey to leave the unit and tells the SW (or the emergency duty team out of hours), who will hold a strategy discussion the same day. If Stacey withdraws her consent, the SW will request a legal planning meeting that day and the team manager will seek legal advice on an application for an interim care order.

SECTION G - CORE GROUP AND REVIEW
Core group frequency: Every 4 weeks
First core group: Tuesday 27/05/2025, 2pm, Neonatal Unit family room
Review conference: To be arranged
Plan written by: Marcus Okafor (SW), 12/05/2025

*** END OF PRINT ***
""",
    "findings": [
        F("T001", "Supervised contact for Stacey with Ruby on the neonatal unit"),
        F("H001", "Home sessions with Stacey to support her with her low mood"),
        F("M001", "Complete a parenting assessment of Stacey, including her care"),
        F("M002", "Go to every key-work session at the alcohol service"),
        F("T002", "Ask Stacey again who Ruby's father is and start"),
        F("W002", "Share any concern about Stacey's presentation on the unit"),
        F("L001"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Numbered outline 1 / 1.1 / a): the timescale comes from the level-1
#    "Weeks" heading, the owner from the 1.1 "X will:" line, the measure from
#    the a) item (docx, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b85_vinthorpe_numbered_outline_weeks_owner_runs_quinlan.docx",
    "doc_title": "Child Protection Plan - Finn and Isla Quinlan",
    "split": "tune",
    "actions": 13,
    "template": "icpc-plan-docx-real-word-outline-numbering-1-1.1-a-weeks-headings-governing-owner-will-lines-over-lettered-actions",
    "description": (
        "Initial conference plan for a 9-year-old and a 4-year-old after their mother, who has bipolar "
        "disorder, stopped her lithium and took them out driving at night while manic. The whole plan "
        "is one real Word outline list (1 / 1.1 / a). The plan part is split into 'Weeks 1-4' and "
        "'Weeks 5-12' sections whose headings carry the dates; under each, a 1.1-level line names the "
        "owner once ('Kate Ormerod, social worker, will:') and the lettered items below it are the "
        "actions, each saying what will show it is done. Some items also carry their own frequency. "
        "The CMHT is asked in every item to report on whether Leah can make and keep the changes; the "
        "grandmother's early mornings have a fallback; dates and legal step set. Exemplary."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Vinthorpe Borough Council · Children's Services · Family Safeguarding Team East"),
        ("kv", [
            ("Children", "Finn Quinlan (9), Year 4, and Isla Quinlan (4), Reception, both at Vantry Road Primary"),
            ("Parents", "Leah Quinlan (34) and Rob Quinlan (36), 12 Verity Close, Vinthorpe"),
            ("Grandmother", "Maureen Platt (Leah's mum), 4 Vesey Walk, Vinthorpe, three streets away"),
            ("Conference", "Initial child protection conference, Monday 3 March 2025, Vinthorpe Civic Offices"),
            ("Category", "Neglect"),
            ("Social worker", "Kate Ormerod"),
            ("Chair", "Dennis Olowe, Independent Chair"),
        ]),
        ("mlist", [
            (0, "Why Finn and Isla have a plan"),
            (2, "Leah has bipolar disorder and stopped taking her lithium in January without telling anyone. "
                "On the night of 19 February, after three nights with almost no sleep, she woke Finn and Isla "
                "at 2am and drove them to the coast at Vellacombe. She left Isla asleep in the car on the "
                "seafront while she went into an all-night garage; police found the car at 4.10am. Leah was "
                "admitted to the acute ward at Vinthorpe Hospital under section 2 and came home on 28 February."),
            (2, "Leah had a similar episode in 2021. Rob drives buses and starts at 4.45am two or three days "
                "a week, and until now there has been no plan for who looks after the children if Leah "
                "becomes unwell. Since 19 February Rob and Maureen have shared the children's care."),
            (2, "Leah and Rob both came to conference. Leah said she was 'mortified' and wants to stay well; "
                "Rob said he had not known the signs to look for."),
            (0, "What Finn and Isla have told us and what we have seen"),
            (2, "Finn (seen on his own at school, 27 February): \"Mum was really fast and funny and then really "
                "scary. I didn't want to go in the car.\" He said he checks Mum is asleep before he goes to "
                "bed. He wants \"Mum to take her tablets so she doesn't go to hospital again\", and he likes "
                "it when Nana picks him up. He put home at 6 out of 10."),
            (2, "Isla (seen at home, 26 February) talked about \"the big dark beach\" and said she was cold in "
                "the car. She showed Kate her bedroom and climbed onto Rob's lap whenever Leah left the room. "
                "Her teacher says she has been clingy at drop-off since half-term and cries if she is "
                "collected late."),
            (0, "What we want for Finn and Isla"),
            (2, "Finn and Isla are always looked after by an adult who is well enough to keep them safe, day "
                "and night."),
            (2, "They get to school every day, on time, and know who is collecting them."),
            (2, "Finn does not have to watch over his mum; he knows who to tell when he is worried, and "
                "someone listens."),
            (2, "Isla settles at school and is not frightened at bedtime or in the car."),
            (0, "Weeks 1–4: Monday 3 March to Sunday 30 March 2025"),
            (1, "Kate Ormerod, social worker, will:"),
            (2, "see Finn and Isla at home every week, each on their own for part of the visit, and write down "
                "what they say and where each of them slept; her visit notes go on the children's file;"),
            (2, "agree a written rota with Leah, Rob and Maureen for who gets the children up and to school on "
                "the mornings Rob starts early, with one copy on the fridge and one on the file."),
            (1, "Dr Sunil Varma (consultant psychiatrist) and Bev Tate (care coordinator), Vinthorpe "
                "Community Mental Health Team, will:"),
            (2, "see Leah within a week of conference, restart and review her lithium, and write to Kate "
                "saying whether Leah is well enough to care for the children on her own and what needs to "
                "change first;"),
            (2, "write Leah's relapse plan with her, Rob and Maureen (her early warning signs and who rings "
                "whom), give each of them and Kate a copy, and tell the first core group whether Leah can "
                "spot her own warning signs and act on them, and what still needs to change."),
            (1, "Leah will:"),
            (2, "take her lithium every evening and have her lithium level checked at Vinthorpe Health Centre "
                "every Tuesday in March; the results go to the CMHT and to Kate."),
            (1, "Maureen Platt (Nana) will:"),
            (2, "be at the house by 5.30am on each morning Rob starts early, get Finn and Isla up, give them "
                "breakfast and walk them to school; she ticks each morning on the rota, and the school "
                "register shows who brought them."),
            (1, "Mrs Helen Anand, designated safeguarding lead at Vantry Road Primary, will:"),
            (2, "check that Finn and Isla are in school each morning and ring Rob, then Kate, by 9.30am if "
                "either is not; the attendance printout goes to Kate every Friday;"),
            (2, "start weekly ELSA sessions for Finn with Miss Kerry Lowe on Wednesday afternoons, written up "
                "in the ELSA log that Kate reads at each core group."),
            (0, "Weeks 5–12: Monday 31 March to the review conference on Tuesday 27 May 2025"),
            (1, "Kate Ormerod will:"),
            (2, "visit every fortnight, at least one visit in three unannounced, and keep seeing Finn and Isla "
                "on their own, recording what each child says;"),
            (2, "finish the child and family assessment, including how Leah and Rob share the care when Leah "
                "is unwell, and give the report to Leah, Rob and the core group by Friday 9 May."),
            (1, "Bev Tate, CMHT care coordinator, will:"),
            (2, "see Leah at home every fortnight and write a report for each core group on whether she is "
                "keeping to her relapse plan and making the changes needed to keep Finn and Isla safe, and "
                "how long that is likely to take."),
            (1, "Rob will:"),
            (2, "give Maureen and Kate his shift rota for the coming month on the first day of each month, so "
                "the rota on the fridge is always up to date; Kate checks the fridge copy at her visits."),
            (1, "Priya Shah, Vinthorpe Young Carers, will:"),
            (2, "meet Finn at school every other Thursday from 3 April, complete a young carer's assessment "
                "of what he does to look after his mum, and send it to Kate before the review conference."),
            (0, "If things go wrong"),
            (2, "If Leah shows any of her early warning signs (less than four hours' sleep two nights "
                "running, spending sprees, racing speech), Rob or Maureen will ring the CMHT duty line that "
                "day, and Leah will not be on her own with the children until the CMHT has seen her: Rob or "
                "Maureen will stay with them."),
            (2, "If Leah stops her lithium, or the children are left alone or taken out at night, Kate (or "
                "the emergency duty team out of hours) will hold a strategy discussion the same day and Finn "
                "and Isla will stay with Maureen at 4 Vesey Walk, with Rob."),
            (2, "If Maureen cannot do an early morning because she is ill or away, Rob will take the shift "
                "off as emergency carer's leave; if neither of them can, Kate will book the children into "
                "breakfast club and send a family support worker to the house from 7am, and if no safe adult "
                "can be found Kate will arrange an emergency foster placement that day."),
            (2, "If Leah becomes unwell while she is caring for the children, or they are left unsupervised "
                "again, before the review conference, Kate will ask her team manager for a legal planning "
                "meeting within 5 working days."),
            (0, "Meetings"),
            (2, "Core group every three weeks, 3.30pm at Vantry Road Primary: Mondays 17 March, 7 April, "
                "28 April and 19 May 2025."),
            (2, "Review child protection conference: Tuesday 27 May 2025, 10am, Vinthorpe Civic Offices."),
        ]),
        ("p", "Plan typed by Kate Ormerod (SW) on 4 March 2025 and sent to Leah, Rob, Maureen and every agency "
              "named in it."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Core group minutes with an action log: "Due" column merged down over
#    two groups (w/c 12/5, EOM), owner-and-date cells ("Jo (HV) -
#    fortnightly"), a family moving to another authority; no outcomes
#    (pdf, header and page footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b85_varnham_core_group_minutes_action_log_pryce.pdf",
    "doc_title": "Core Group 2 Minutes - Tyler Pryce and Skye Walsh",
    "split": "tune",
    "actions": 15,
    "template": "core-group-2-minutes-paged-present-done-list-updates-views-move-then-due-action-who-evidence-log-due-merged-down-owner-and-date-cells",
    "description": (
        "Second core group minutes for a 6-year-old and a 7-month-old (neglect, stepfather's cannabis "
        "use) whose family is about to move to another authority. Due | Action | Who | Evidence log: "
        "'w/c 12/5' merged down over three rows and 'EOM (31/5)' over two (real Word merges before "
        "conversion); below them the Due cell is a dash and several Who cells carry the timing "
        "('Jo (HV) - fortnightly', 'Kim (FSW) - wkly, Tues am', 'All agencies - same day'), or the "
        "action names its days. The done list from core group 1 is not actions. Faults: evidence that "
        "repeats the action (M001), a blank Who (W001), 'Monitored by Kim' (M002), 'whenever Jade and "
        "Connor need her' and 'ASAP' (T002), a parenting course left for the new authority (X001), "
        "'All agencies' (W002), a dash and a parent with no date (T001), no outcome for the children "
        "anywhere (O001), a contingency with only 'further concerns' as trigger (C002) that ignores the "
        "grandmother and aunt (C003). Insufficient progress leads to a legal planning meeting, and the "
        "SW keeps visiting until the transfer-in conference. Header and page footer."
    ),
    "header": "OFFICIAL-SENSITIVE · Varnham Borough Council · Children's Services",
    "footer": "Core group 2 minutes – Tyler Pryce and Skye Walsh – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "check_vmerge": 2,
    "blocks": [
        ("title", "Core Group Meeting – Minutes"),
        ("kv", [
            ("Children", "Tyler Pryce (6), Year 1, Vardon Street Primary; Skye Walsh (7 months)"),
            ("Parents", "Jade Pryce (24), mum; Connor Walsh (27), Skye's dad and Tyler's stepdad"),
            ("Address", "41 Vetch Lane, Varnham"),
            ("Meeting", "Core group 2, Monday 12/05/2025, 10am, Varnham Family Hub"),
            ("Plan", "Initial child protection conference 14/04/2025, category neglect"),
            ("Chair", "Niamh Doherty, social worker"),
            ("Minutes", "Ben Oyelaran, business support"),
        ]),
        ("h2", "1. Present and apologies"),
        ("p", "Jade Pryce; Connor Walsh; Niamh Doherty (SW); Jo Fenton (HV); Kim Adair (family support worker, "
              "FSW); Mrs Sandra Bright (DSL, Vardon Street Primary); Sam Ruiz (keyworker, Varnham Drug and "
              "Alcohol Service, VDAS); Pat Walsh (Connor's mum) for items 4 to 6. Apologies: Dr Lyle (GP)."),
        ("h2", "2. Actions from core group 1"),
        ("bullets", [
            "Home conditions checklist gone through with Jade and Connor on 28/04 – done.",
            "Skye's travel cot moved into the parents' room – done, seen by Niamh on 06/05.",
            "Connor's referral to VDAS – made on 25/04; no assessment date yet.",
        ]),
        ("h2", "3. Updates"),
        ("p", "HV (Jo): Skye was weighed on 07/05 and has dropped from the 25th to the 9th centile since "
              "March. She had a bad nappy rash and has not had her 8-month review. Jade said she has been "
              "watering down the formula to make it last to payday."),
        ("p", "School (Mrs Bright): Tyler's attendance this term is 88%. He has come in hungry three times and "
              "asked for toast at breakfast club. His inhaler has not been in school since Easter."),
        ("p", "FSW (Kim): two sessions done. On 06/05 the fridge held milk and a tub of butter; Jade said "
              "money runs out the week before payday. Tyler and Skye were both clean and dressed."),
        ("p", "VDAS (Sam): Connor told Sam on the phone that he smokes cannabis most evenings after the "
              "children are in bed and \"a bit at weekends in the day\". He wants to cut down."),
        ("p", "SW (Niamh): two visits, 24/04 and 06/05. The flat smelt of cannabis on 06/05. Skye sleeps in "
              "the travel cot, which is too small for her now."),
        ("h2", "4. Tyler and Skye"),
        ("p", "Tyler (seen on his own at school, 08/05): \"I like it when Nanny Pat does my breakfast. At home "
              "sometimes there's only crisps.\" He said the smoke \"makes my chest go tight\" and that he "
              "wants his own bed back because Skye's cot is in Mum's room and he sleeps on the settee when "
              "Connor's friends are round. He is excited about the new house \"with a garden\"."),
        ("p", "Skye was seen awake at both visits. She smiles at Jade and reaches for her, and she fed "
              "hungrily from a bottle while Niamh was there. She sits with support and babbles at Tyler."),
        ("h2", "5. Move to Vexley"),
        ("p", "Jade and Connor have accepted a council house at 9 Verran Close, Vexley (Vexley Metropolitan "
              "Borough Council) and expect to move on Monday 16/06/2025. Niamh has told Vexley Children's "
              "Services. Vexley will hold a transfer-in conference within 15 working days of the move; "
              "until then the plan stays with Varnham."),
        ("h2", "6. Action log"),
        ("table", {
            "header": ["Due", "Action", "Who", "Evidence"],
            "widths": [2.2, 6.6, 3.6, 4.6],
            "rows": [
                ["w/c 12/5",
                 "Unannounced home visit to see Tyler and Skye, look at where Skye sleeps and what food is in "
                 "the house",
                 "Niamh (SW)",
                 "Visit record with Tyler's own words and a note of Skye's sleeping space"],
                [V,
                 "Take Skye to the GP about her nappy rash",
                 "Jade",
                 "Appointment on the GP record; rash checked by Jo at her next visit"],
                [V,
                 "Book Connor's cannabis and alcohol assessment and send him the date in writing",
                 "Sam Ruiz (VDAS)",
                 "Appointment letter copied to Niamh"],
                ["EOM (31/5)",
                 "Complete the parenting assessment of Jade and Connor",
                 "Niamh (SW)",
                 "Parenting assessment completed"],
                [V,
                 "Refer Tyler to the school's nurture group on Tuesday and Thursday afternoons",
                 "",
                 "Nurture group timetable with Tyler's sessions sent to Niamh"],
                ["–",
                 "Weigh Skye and check her feeds, development and sleep routine at home",
                 "Jo (HV) – fortnightly",
                 "Weight plotted in the red book; ASQ-3 at 9 months shared with Niamh"],
                ["–",
                 "Sessions with Jade and Connor on meals, bedtimes and morning routines for both children",
                 "Kim (FSW) – wkly, Tues am",
                 "Routine chart on the fridge ticked each day; Kim's session notes sent to Niamh"],
                ["–",
                 "Do the school run for Tyler on Mondays, Wednesdays and Fridays",
                 "Pat Walsh (PGM)",
                 "School's collection log shows who dropped Tyler off and picked him up"],
                ["–",
                 "Have Skye at her house on Tuesdays and Thursdays while Jade is at college",
                 "Pat Walsh (PGM)",
                 "Monitored by Kim (FSW)"],
                ["–",
                 "Babysit Tyler and Skye in the evening whenever Jade and Connor need her",
                 "Shannon Pryce (maternal aunt)",
                 "Dates written in the family diary"],
                ["–",
                 "Parenting course for Jade and Connor to be arranged by Vexley once the family have moved",
                 "Vexley Children's Services",
                 "Course place confirmed"],
                ["–",
                 "Send Vexley the transfer request and case summary, and keep visiting the family until "
                 "Vexley's transfer-in conference",
                 "Niamh (SW) – request by 16/5; visits wkly until the transfer-in conference",
                 "Transfer request acknowledged by Vexley; visit records"],
                ["–",
                 "Tell Niamh about any injury, hunger or missed feed for either child",
                 "All agencies – same day",
                 "Each concern logged on the children's file by Niamh"],
                ["–",
                 "Make sure Tyler's inhaler is back in school",
                 "Jade",
                 "School confirms the inhaler is in the medical room"],
                ["ASAP",
                 "Apply for a cot bed and bedding for Skye from the Varnham welfare fund",
                 "Kim (FSW)",
                 "Cot bed seen set up in Skye's room"],
            ],
        }),
        ("h2", "7. Contingency"),
        ("p", "If there are further concerns about Tyler or Skye, Niamh will hold a strategy discussion and the "
              "core group will meet early to review the plan. If the plan has not made enough progress by "
              "core group 3, Niamh will request a legal planning meeting."),
        ("h2", "8. Next meetings"),
        ("p", "Core groups continue every 4 weeks. Core group 3: Monday 09/06/2025, 10am, Varnham Family Hub. "
              "Review child protection conference: Monday 14/07/2025, 1.30pm, Varnham Town Hall, unless the "
              "Vexley transfer-in conference has been held by then."),
        ("p", "Minutes agreed by Niamh Doherty on 13/05/2025 and sent to everyone present."),
    ],
    "findings": [
        F("M001", "Complete the parenting assessment of Jade and Connor"),
        F("W001", "Refer Tyler to the school's nurture group"),
        F("M002", "Have Skye at her house on Tuesdays and Thursdays"),
        F("T002", "Babysit Tyler and Skye in the evening whenever"),
        F("X001", "Parenting course for Jade and Connor to be arranged by Vexley"),
        F("W002", "Tell Niamh about any injury, hunger or missed feed"),
        F("T001", "Make sure Tyler's inhaler is back in school"),
        F("T002", "Apply for a cot bed and bedding for Skye"),
        F("O001"),
        F("C002"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Child-friendly "my plan" written to a 12-year-old, table headed in the
#    family's words ("How will we know?"); no contingency although Nan and
#    Uncle Mark carry part of the plan (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b85_vellmouth_my_plan_how_will_we_know_doyle.md",
    "split": "tune",
    "actions": 10,
    "template": "icpc-child-friendly-my-plan-md-written-to-the-child-whats-going-to-happen-who-when-how-will-we-know-table",
    "description": (
        "Child-friendly 'my plan' for a 12-year-old after domestic abuse by her mum's ex-partner, written "
        "to her by her social worker. The table is headed in the family's words: What's going to happen | "
        "Who | When | How will we know? One row has a dash under When but names 'every Monday morning' in "
        "its own text; 'Mon-Thu, after school' and 'Sat mornings + Weds training' are real. Faults: "
        "'We'll keep an eye on how it's going' (M002), 'When you feel ready' (T002), 'Everyone' (W002), a "
        "dash and no time in the row (T001), an empty 'How will we know?' (M001), no contingency at all "
        "while Nan and Uncle Mark each carry a row (C001, C003), the review conference 'sometime in the "
        "summer' (R001), and nothing about legal planning (R002). An outcome about Mum that names Kacey "
        "is child-centred."
    ),
    "text": """\
# My Plan – Kacey

*This is your child protection plan, Kacey. It was made at the meeting on Wednesday
30 April 2025 (the initial child protection conference). I've written it for you so
you know what everyone has said they will do. – Sophie Marsh, your social worker,
Vellmouth Council Children's Services*

## Who's who

- **You** – Kacey Doyle, 12, Year 7 at Vantage Hill Academy
- **Mum** – Lisa Doyle. You live with Mum at 8 Varley Road, Vellmouth.
- **Nan** – Val Doyle, who lives at the other end of Varley Road
- **Uncle Mark** – Mark Doyle, Mum's brother
- **Darren** – Darren Hughes, Mum's ex-partner, who moved out on 12 April

## Why the grown-ups are worried

Darren hurt Mum lots of times, and the police came to your house three times
this year. On 11 April you rang 999 when Darren pushed Mum down the stairs. Darren is
on bail and is not allowed to come to the house or to contact you or Mum, but he
has still been texting Mum. You've missed eight Mondays at school since January, and
your teachers say you've been very tired and quiet in lessons.

## What you told me

When we talked at school on 24 April you said: "I'm scared he'll come back when Mum's
at work and I'm on my own." You said you like going to Nan's "because it's quiet and
she makes proper tea", and that football on Saturdays is the best part of your week.
You don't want to move schools. You gave home a 5 out of 10 and Nan's a 9. You said
you want Mum "to stop answering his texts".

## What we want for you

- You feel safe at home, and Darren doesn't come to the house or near your school.
- You're in school every day, Mondays too.
- You have grown-ups you can talk to when you're worried, and they listen.
- Mum knows how to keep you both safe if Darren turns up or gets in touch.

## Your plan

| What's going to happen | Who | When | How will we know? |
|---|---|---|---|
| I'll come and see you at home and at school, and we'll always have some time on our own | Sophie (your social worker) | Every week until the summer holidays | I'll write down what you tell me, in your words, and read it back to you |
| Mr Kaur will meet you every Monday morning in the Hub to talk about your weekend | Mr Kaur (your head of year) | – | Mr Kaur writes a note of each chat and emails it to Sophie |
| Mum will go to the Freedom Programme to learn more about what Darren did and how to keep you both safe | Mum | Thursday evenings for 12 weeks, from 8 May | The group leader tells Sophie every month which sessions Mum went to |
| Nan will have you at her house after school until Mum gets home from work | Nan | Mon–Thu, after school | Nan marks each day on her kitchen calendar, and Sophie looks at it when she visits |
| Uncle Mark will take you to football training and your matches and bring you home | Uncle Mark | Sat mornings + Weds training | We'll keep an eye on how it's going |
| Some sessions with Jenny, the school counsellor, to talk about what happened at home | Jenny Cole (school counsellor) | When you feel ready | Jenny tells Sophie how many sessions you've been to |
| Make sure Darren doesn't come near the house or your school | Everyone | Every day | Any sighting of Darren is reported to the police and written on your file by Sophie |
| Sophie will help Mum get a new lock on the front door and a video doorbell | Sophie | – | New lock and doorbell fitted, and Sophie has seen them |
| Put a marker on your address on the police computer | PC Dan Ellis, Vellmouth Police Domestic Abuse Unit | By Friday 9 May | |
| Make a safety plan with Mum, with a part just for you | Kelly Mensah, IDVA, Vellmouth Women's Aid | By Friday 16 May | A copy of the safety plan for Mum and a card with your part on it |

## Who's meeting about your plan

The grown-ups who help with your plan (your core group) will meet every 4 weeks.
The next meeting is on Tuesday 20 May at 4pm at school, and you can come to the
first part if you want to. There will be a bigger review meeting (the review
conference) sometime in the summer – I'll tell you the date when it's booked.

If you want to talk to me about any of this, my number is 01632 960 418.
""",
    "findings": [
        F("M002", "Uncle Mark will take you to football training"),
        F("T002", "Some sessions with Jenny, the school counsellor"),
        F("W002", "Make sure Darren doesn't come near the house"),
        F("T001", "Sophie will help Mum get a new lock"),
        F("M001", "Put a marker on your address on the police computer"),
        F("C001"),
        F("C003"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Letter to the parents after a pre-discharge conference: actions grouped
#    under time headings ("Before Rosie comes home"), owner once in a bold
#    "X will:" line over bullets, one shared measure line under a list
#    (pdf, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b85_velmore_letter_to_parents_before_baby_home_dobson.pdf",
    "doc_title": "Letter to Kirsty Dobson and Dan Whitfield - child protection plan for Rosie and Alfie",
    "split": "tune",
    "actions": 14,
    "template": "letter-to-parents-paged-address-block-then-plan-under-time-headings-bold-owner-will-lines-over-bullets-shared-measure-line",
    "description": (
        "Letter from the social worker to a mother with bipolar disorder (postpartum psychosis after her "
        "first baby) and her partner, setting out the plan agreed at a conference held on the ward before "
        "their newborn goes home, for the baby and her 5-year-old brother. The actions sit under time "
        "headings ('Before Rosie comes home', 'Rosie's first four weeks at home', 'From week 5 until the "
        "review conference'); a bold line names the owner once ('Jo Hill (HV) will:', 'I will:') over "
        "bullets, and under the health visitor's first two bullets one shared line says how each will be "
        "known. Every perinatal team bullet asks for a view on whether Kirsty can make the changes; the "
        "paternal grandparents' nights have a fallback; core group dates, review date and legal step "
        "set. Header and page footer. Exemplary."
    ),
    "header": "OFFICIAL – SENSITIVE: PERSONAL",
    "footer": "Rosie Whitfield and Alfie Dobson – plan letter – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("pl", "Velmore City Council"),
        ("pl", "Children's Services – Safeguarding and Family Support, Team 4"),
        ("pl", "Velmore Civic Centre, Vane Street, Velmore VL1 2QT"),
        ("pl", "Tel 01632 960 733"),
        ("pr", "Thursday 12 June 2025"),
        ("p", ""),
        ("pl", "Kirsty Dobson and Dan Whitfield"),
        ("pl", "Flat 3, 27 Vallance Road"),
        ("pl", "Velmore VL4 8HD"),
        ("p", ""),
        ("p", "Dear Kirsty and Dan,"),
        ("boldp", "Child protection plan for Rosie Whitfield and Alfie Dobson"),
        ("p", "Thank you both for coming to the conference on the ward yesterday, and for being so open about "
              "a hard few weeks. This letter sets out the plan we agreed, in everyday words, so that you have "
              "it in one place. Everyone named in it has a copy. If anything is not what you remember "
              "agreeing, please ring me and we will put it right."),
        ("h2", "Why there is a plan"),
        ("p", "After Alfie was born in 2020, Kirsty became very unwell with postpartum psychosis and spent seven "
              "weeks at the Varrow Park mother and baby unit. Kirsty has bipolar disorder and came off lithium, "
              "as planned with her doctors, while she was pregnant with Rosie. In the last weeks of the "
              "pregnancy she slept very little; on 28 May a neighbour found Alfie walking to school on his "
              "own at 7am while Kirsty had been cleaning the flat since 2am. Dan works nights at the Velmore "
              "Park distribution centre, Sunday to Thursday. The risk that Kirsty becomes unwell again in the "
              "first weeks after Rosie's birth is high, and when she is unwell she cannot keep a baby safe."),
        ("h2", "What Alfie told me and what we have seen of Rosie"),
        ("p", "When I saw Alfie at home on 9 June he said: \"Mummy was doing cleaning all night and I was "
              "hungry.\" He likes holding Rosie's feet and wants \"Daddy to be home at night-time\". He "
              "told me his favourite thing is when Grandad Terry takes him to the park."),
        ("p", "Rosie was born on 5 June, weighing 2.4kg. She is in transitional care on Ward 9 at Velmore "
              "General Hospital because her blood sugars were low for her first two days. The midwives have "
              "seen her feed well from a bottle every three hours and settle quickly on Dan's chest. Kirsty "
              "has done most of Rosie's day feeds and changes, gently and talking to her throughout."),
        ("h2", "What we want for Rosie and Alfie"),
        ("bullets", [
            "Rosie is fed, warm and gaining weight, and sleeps safely in her own cot.",
            "Rosie and Alfie are always cared for by an adult who is well, awake and able to look after "
            "them, day and night.",
            "Alfie gets to school every day with a grown-up, and is not left to look after himself.",
            "If Kirsty starts to become unwell, the adults around Rosie and Alfie notice early and act the "
            "same day, so the children are never left with her while she is unwell.",
        ]),
        ("h2", "What will happen"),
        ("h3", "Before Rosie comes home"),
        ("boldp", "Jo Hill (HV) will:"),
        ("bullets", [
            "visit you at the flat to check Rosie's cot, the room temperature and where the bottles and "
            "formula are kept;",
            "go through safe sleep and the Velmore baby-settling leaflet with you both on the ward.",
        ]),
        ("p", "Jo will note each of these in her health visiting record and tell me what she found before "
              "Rosie is discharged."),
        ("boldp", "Dr Anita Roy, Velmore Perinatal Mental Health Team, will:"),
        ("bullets", [
            "see Kirsty on the ward, restart her lithium, and write to me saying whether Kirsty is well "
            "enough for Rosie to go home and what would need to change if she is not.",
        ]),
        ("boldp", "I (Sam Adeyemi, social worker) will:"),
        ("bullets", [
            "meet Gill and Terry Whitfield to agree which nights they will stay at the flat, and send all of "
            "us the rota in writing;",
            "see Alfie on his own at school and write down what he says about the new baby and about "
            "home, for the first core group.",
        ]),
        ("boldp", "Kirsty and Dan, you will:"),
        ("bullets", [
            "room in with Rosie on the ward for at least one night and do all of her night feeds "
            "yourselves; the midwives will write each feed on her chart.",
        ]),
        ("h3", "Rosie's first four weeks at home"),
        ("boldp", "Jo Hill (HV) will:"),
        ("bullets", [
            "visit every week, weigh Rosie and go through the mood questionnaire with Kirsty; Rosie's weight "
            "goes in her red book and Kirsty's score is sent to me and to Dr Roy the same day.",
        ]),
        ("boldp", "Gill and Terry Whitfield (Dan's parents) will:"),
        ("bullets", [
            "stay at the flat on every night Dan works and do Rosie's 2am feed so Kirsty can sleep; they "
            "will sign the feed chart on the fridge each night.",
        ]),
        ("boldp", "Dr Anita Roy and Marcus Bell (perinatal community nurse) will:"),
        ("bullets", [
            "see Kirsty at home every week, then every two weeks until the review conference, and send me "
            "a short report before each core group on whether she is keeping to her relapse plan and "
            "making the changes needed to care for Rosie, and how long that is likely to take.",
        ]),
        ("boldp", "I will:"),
        ("bullets", [
            "visit every week, at least one visit in three unannounced, see Rosie awake and Alfie on his "
            "own, and write down what Alfie says in my visit notes.",
        ]),
        ("boldp", "Mrs Carol Webb, designated safeguarding lead at Vallance Road Primary, will:"),
        ("bullets", [
            "check that Alfie is in school and on time every day, ring me by 9.30am if he is not, and email "
            "me his attendance for the week every Friday.",
        ]),
        ("h3", "From week 5 until the review conference"),
        ("boldp", "Jo Hill (HV) will:"),
        ("bullets", [
            "visit every two weeks and do Rosie's 6–8 week review, sharing the results with me and your GP.",
        ]),
        ("boldp", "I will:"),
        ("bullets", [
            "visit every two weeks, and finish my assessment of how you both care for Rosie and Alfie when "
            "Kirsty is well and when she is not, sending the report to you and the core group by Friday "
            "8 August.",
        ]),
        ("boldp", "Dr Mei Chen, Vallance Road Surgery, will:"),
        ("bullets", [
            "do Rosie's 8-week check and first immunisations and Kirsty's postnatal check, and write to Jo "
            "and me afterwards.",
        ]),
        ("h2", "If things go wrong"),
        ("bullets", [
            "If Kirsty shows any of her early warning signs (not sleeping when Rosie sleeps for two nights, "
            "racing thoughts, cleaning through the night, hearing or seeing things), Dan or Gill will ring "
            "the perinatal team (or the crisis team out of hours) that day, and Kirsty will not care for "
            "Rosie or Alfie on her own until she has been seen. Dan will stay home from work.",
            "If Kirsty becomes unwell while she is on her own with the children, or stops her lithium, I (or "
            "the emergency duty team) will hold a strategy discussion the same day, and Rosie and Alfie "
            "will stay with Dan at Gill and Terry's house, 14 Vale Gardens.",
            "If Gill and Terry cannot stay on a night Dan works (for example if one of them is ill), Dan "
            "will take that night off as carer's leave; if he cannot, Rosie and Alfie will not be left "
            "overnight with Kirsty alone: I will arrange a family support night worker or, if that is not "
            "possible, a short foster placement that you can both visit.",
            "If Kirsty becomes unwell again before the review conference, or the night cover breaks down "
            "twice, I will ask my manager for a legal planning meeting within five working days.",
        ]),
        ("h2", "Meetings"),
        ("p", "The core group will meet every four weeks at Vallance Road Family Hub, 1.30pm: Tuesday 24 June, "
              "Tuesday 22 July and Tuesday 19 August 2025. The review child protection conference will be on "
              "Thursday 4 September 2025 at 10am at Velmore Civic Centre."),
        ("p", "Yours sincerely,"),
        ("pl", "Sam Adeyemi"),
        ("pl", "Social Worker, Team 4"),
        ("pl", "cc: Jo Hill (HV); Dr Anita Roy; Marcus Bell; Dr Mei Chen; Mrs Carol Webb; Gill and Terry "
               "Whitfield; Ward 9, Velmore General Hospital; Conference Chair"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Signs of Safety plan: danger statement, safety goal, scaling, an
#    assessment grid, next steps grouped under time headings, and a separate
#    numbered "How we will know it is working" part (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b85_vorley_signs_of_safety_separate_how_we_know_reeves.docx",
    "doc_title": "Signs of Safety Child Protection Plan - Ellie and Reuben Reeves",
    "split": "tune",
    "actions": 12,
    "template": "sos-icpc-plan-docx-danger-statement-safety-goal-scaling-grid-then-typed-numbered-next-steps-under-bold-time-headings-and-separate-numbered-how-we-will-know-part",
    "description": (
        "Signs of Safety plan for a 7-year-old and a 3-year-old left to fend for themselves when their "
        "mother's depression is bad. Danger statement and safety goal, scaling, a worried/working-well "
        "grid (not actions), then twelve typed-numbered next steps under bold headings that carry the "
        "timescale ('By the end of June', 'Every week until the review conference', 'Also agreed'), and "
        "a separate numbered 'How we will know it is working' part that answers each step by number. "
        "Faults: seven of the twelve steps are about Chantelle's own health, money and support with no "
        "link to the children (F001); step 4 has no answer (M001); Talking Therapies only treats (H001) "
        "and its answer is 'Chantelle's mood improves' (M002); a check-in call nobody owns (W001); the "
        "parenting course 'when a place comes up' (T002) whose answer repeats it (M001); a referral "
        "under 'Also agreed' with no time (T001); a safety plan whose only response is to review and "
        "consider (C002); no legal planning (R002). The housing step names the children and the GP "
        "owns a step."
    ),
    "blocks": [
        ("title", "Signs of Safety Child Protection Plan"),
        ("p", "Vorley District Council · Children's Services · Family Safeguarding Team West"),
        ("kv", [
            ("Children", "Ellie Reeves (7), Year 2, Vennel Street Primary; Reuben Reeves (3), Little Vines "
                         "Nursery, Monday to Wednesday"),
            ("Mother", "Chantelle Reeves (31). The children live with her at 22 Vauxmere Court, Vorley."),
            ("Father", "Jason Reeves, lives in Vardenholm and has had no contact for two years"),
            ("Conference", "Initial child protection conference, Monday 19/05/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Sam Bennett"),
            ("Chair", "Yvonne Achebe"),
        ]),
        ("h1", "Danger statement"),
        ("p", "Children's services, school and the nursery are worried that when Chantelle's depression is bad "
              "she stays in bed most of the day and Ellie and Reuben are left to look after themselves. On "
              "2 May a neighbour found Ellie in the street at 8pm looking for food for herself and Reuben, "
              "and Reuben has come to nursery four times in April in the nappy he slept in. If nothing "
              "changes we are worried that Ellie and Reuben could be hurt when no adult is watching them, "
              "will go hungry, and that Ellie will keep missing school to look after her brother."),
        ("h1", "Safety goal"),
        ("p", "Children's services will be ready to close the plan when Ellie and Reuben have an adult who gets "
              "up with them every morning, makes sure they eat three times a day and always knows where they "
              "are, and Chantelle and the people around her have shown this for at least three months, "
              "including on the days when her mood is low."),
        ("h1", "What Ellie and Reuben say and show us"),
        ("p", "Ellie (three houses, with Sam at school on 15 May): in her house of worries she drew \"Mummy in "
              "bed in the daytime\" and \"Reuben crying because he's hungry\". In her house of good things "
              "she drew her teacher and \"pasta with Mummy\". In her house of dreams \"Mummy gets up and "
              "takes me to school\". She said she makes Reuben jam sandwiches \"because I'm the big one\"."),
        ("p", "Reuben is not yet talking in sentences. Nursery see him eat two breakfasts on Mondays and cry "
              "when he is collected late. At home he follows Ellie everywhere and went to her, not to "
              "Chantelle, when he fell over during Sam's visit."),
        ("h1", "Scaling"),
        ("p", "On a scale of 0 to 10, where 10 means everyone is confident the children are safe enough for the "
              "plan to end and 0 means things are so bad they cannot stay at home: Sam 3, Chantelle 6, "
              "Vennel Street Primary 4, Little Vines Nursery 4."),
        ("table", {
            "header": ["What's working well", "What are we worried about"],
            "widths": [8.5, 8.5],
            "rows": [
                ["Chantelle loves her children and was honest at conference about how low she has been.\n"
                 "Ellie's attendance has been 100% since 6 May.\n"
                 "Reuben is clean and well dressed on the days Chantelle's mood is better.",
                 "Chantelle stays in bed on her bad days and nobody else is around.\n"
                 "There is often little food in the flat at the end of the month.\n"
                 "Ellie is doing the job of a parent for Reuben."],
            ],
        }),
        ("h1", "Next steps"),
        ("boldp", "By the end of June"),
        ("pi", "1. Chantelle will see her GP about her depression and ask about changing her medication."),
        ("pi", "2. Dr Ruth Hale (GP, Vennel Street Surgery) will review Chantelle's antidepressant and write to "
               "Sam about her mood and sleep."),
        ("pi", "3. Sam will help Chantelle apply to Vorley Homes for a transfer to a two-bedroom flat, so that "
               "Ellie and Reuben have a bedroom of their own."),
        ("pi", "4. Chantelle will go to the Vorley Money Advice drop-in about her rent arrears and her gas debt."),
        ("boldp", "Every week until the review conference"),
        ("pi", "5. Nadia Shah, therapist at Vorley Talking Therapies, will see Chantelle for CBT for her low "
               "mood."),
        ("pi", "6. Chantelle will take her antidepressant every day and collect her repeat prescription on time."),
        ("pi", "7. Sam will see Ellie and Reuben at home, and Ellie on her own at school."),
        ("pi", "8. Little Vines Nursery (Mrs Tina Cole, manager) will record how Reuben arrives on each day he "
               "is in: fed, changed and dressed for the weather."),
        ("pi", "9. A check-in phone call to Chantelle every Saturday morning to ask how the weekend is going."),
        ("pi", "10. Chantelle will go to the Women's Wellbeing Group at Vorley Family Hub on Friday mornings."),
        ("boldp", "Also agreed"),
        ("pi", "11. Chantelle will do the Incredible Years parenting course at Vorley Family Hub when a place "
               "comes up."),
        ("pi", "12. Sam will refer Ellie to the school nurse for a health and growth check."),
        ("h1", "How we will know it is working"),
        ("pi", "1. Chantelle shows Sam the appointment letter or the surgery's text."),
        ("pi", "2. Dr Hale's letter is on the children's file before the core group on 30 June."),
        ("pi", "3. The transfer application reference is on the children's file."),
        ("pi", "5. Chantelle's mood improves."),
        ("pi", "6. The pharmacy record shows each repeat prescription collected on time."),
        ("pi", "7. Sam's visit notes record what Ellie says and what Sam saw of Reuben."),
        ("pi", "8. The nursery's arrival sheet is emailed to Sam every Friday."),
        ("pi", "9. Each call is noted in the family diary, which Sam reads at her visits."),
        ("pi", "10. The group leader sends Sam the attendance sheet each month."),
        ("pi", "11. Chantelle completes the course."),
        ("pi", "12. The school nurse sends the results of the check to Sam and the GP."),
        ("h1", "Safety plan"),
        ("p", "If Ellie or Reuben are found at home or outside without an adult, or Reuben arrives at nursery "
              "unchanged again, the core group will meet to review the safety plan and consider next steps."),
        ("h1", "Core group and review"),
        ("p", "Core group every 4 weeks at Vorley Family Hub, 1pm: Monday 2 June, Monday 30 June and Monday "
              "28 July 2025. Review child protection conference: Monday 18 August 2025, 10am, Vorley Civic "
              "Offices."),
        ("p", "Plan written by Sam Bennett (SW) on 20/05/2025 and agreed with the chair."),
    ],
    "findings": [
        F("M001", "Chantelle will go to the Vorley Money Advice drop-in"),
        F("H001", "Nadia Shah, therapist at Vorley Talking Therapies, will see Chantelle"),
        F("M002", "Nadia Shah, therapist at Vorley Talking Therapies, will see Chantelle"),
        F("W001", "A check-in phone call to Chantelle every Saturday morning"),
        F("T002", "Chantelle will do the Incredible Years parenting course"),
        F("M001", "Chantelle will do the Incredible Years parenting course"),
        F("T001", "Sam will refer Ellie to the school nurse"),
        F("F001"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Council's combined child in need / child protection plan form (child
#    protection box ticked): fields, then an Outcome | Action | Who | By when
#    | How will we know table with the outcome merged down (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b85_valmsley_cin_cp_form_merged_outcomes_bolt.docx",
    "doc_title": "Child in Need / Child Protection Plan - Lacey Bolt",
    "split": "tune",
    "actions": 10,
    "template": "combined-cin-cp-plan-form-docx-tick-boxes-kv-fields-then-outcome-merged-down-action-who-by-when-how-will-we-know-table",
    "description": (
        "The council's combined child in need / child protection plan form, used for a child protection "
        "plan (the s47 box is ticked), for a 10-year-old whose widowed father and sole carer drinks "
        "heavily. Form fields, then an Outcome | Action | Who | By when | How will we know table with "
        "each outcome merged down over its actions (real Word merges); 'Fortn. from w/c 8/9' and 'Daily, "
        "term time' are real. Faults: 'Monitored' (M002), a blank Who (W001), 'ASAP' with 'Gary engages "
        "with the service' (T002, M002), 'Ongoing' (T002), 'Family' (W002), a dash under By when (T001), "
        "an outcome about the father only (F002), the child's wishes and feelings field left 'not yet "
        "recorded' and nothing else from her (F003), and the father's drinking owned by nobody but him - "
        "the alcohol service is only where he goes and the GP is only told (F004). Contingency with a "
        "fallback and a legal step, dates set."
    ),
    "check_vmerge": 3,
    "blocks": [
        ("title", "Child in Need / Child Protection Plan"),
        ("p", "Valmsley County Council · Children and Families · Assessment and Intervention Team 1"),
        ("kv", [
            ("Plan type", "☐ Child in need (section 17)    ☒ Child protection (section 47)"),
            ("Child", "Lacey Bolt, DOB 14/02/2015 (10), Year 6, Valmsley Park Primary"),
            ("Parent / carer", "Gary Bolt (45), father and sole carer"),
            ("Address", "6 Vellum Street, Valmsley"),
            ("Other family", "Karen Bolt (48), Gary's sister, 2 Varden Road, Velbury"),
            ("Meeting", "Initial child protection conference, Tuesday 02/09/2025"),
            ("Category", "Neglect"),
            ("Lead professional", "Hannah Price, social worker"),
            ("Chair", "Michael Osei"),
        ]),
        ("h2", "Summary of concerns"),
        ("p", "Lacey's mother died in 2022. Since then Gary has been drinking heavily, most days from the "
              "afternoon. Police were called to the house twice in July by neighbours who heard shouting and "
              "found Gary drunk. On the social worker's visit on 20/08/2025 the electricity had run out on the "
              "prepayment meter and there was little food in the house. Lacey's attendance last school year "
              "was 84%. Gary accepts he drinks too much and says he will get help."),
        ("kv", [
            ("Child's wishes and feelings", "Not yet recorded – Lacey was not seen before the conference."),
            ("Health", "Gary's GP (Dr Amin, Vellum Street Surgery) has been told about the plan."),
        ]),
        ("h2", "Outcomes and actions"),
        ("table", {
            "header": ["Outcome", "Action", "Who", "By when", "How will we know"],
            "widths": [3.4, 4.6, 2.8, 2.4, 3.8],
            "rows": [
                ["1. Lacey gets to school on time every day, having had breakfast, in clean uniform.",
                 "Take Lacey to breakfast club every school day",
                 "Gary",
                 "Daily, term time",
                 "Breakfast club register"],
                [V,
                 "Check Lacey's attendance and ring Gary if she is not in by 9.15am",
                 "Mrs Ward (DSL, Valmsley Park Primary)",
                 "Every school day",
                 "Monitored"],
                [V,
                 "Apply for the school uniform grant for Lacey",
                 "",
                 "By 30/09/2025",
                 "Grant letter on file"],
                ["2. Gary will reduce his drinking and engage with services.",
                 "Attend the Valmsley Alcohol Service drop-in for an assessment",
                 "Gary",
                 "ASAP",
                 "Gary engages with the service"],
                [V,
                 "Go to AA meetings at the Valmsley community centre",
                 "Gary",
                 "Ongoing",
                 "AA attendance sheet signed by the group secretary"],
                [V,
                 "Talk to Gary about his drinking at every visit and record what he says",
                 "Hannah Price (SW)",
                 "Weekly",
                 "Visit notes"],
                ["3. Lacey lives in a warm home with food in the cupboards and a sober adult every evening.",
                 "Unannounced visits to see Lacey at home, including her bedroom and the kitchen cupboards",
                 "Hannah Price (SW)",
                 "Fortn. from w/c 8/9",
                 "Visit notes record what food is in and how Lacey is"],
                [V,
                 "Top up the electricity meter and bring food parcels until Gary's benefits are sorted",
                 "Family",
                 "By 15/09/2025",
                 "Meter in credit and food in the cupboards, seen by the SW"],
                [V,
                 "Take Lacey to the dentist for the check-up she missed in June",
                 "Karen Bolt (paternal aunt)",
                 "–",
                 "Dental card seen by the SW"],
                ["4. Lacey has an adult outside home she trusts and can talk to.",
                 "One-to-one time with Lacey at school to talk about home",
                 "Miss Jess Green (learning mentor)",
                 "Every Friday afternoon",
                 "Session notes passed to the SW every fortnight"],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If Gary is drunk while Lacey is in his care (seen by a professional, or reported by Lacey, the "
              "school or the police), Lacey will go to Karen Bolt's house in Velbury that night and the SW "
              "(or the emergency duty team) will hold a strategy discussion the same day. If Karen cannot "
              "have her, the SW will arrange an emergency foster placement the same day. If this happens "
              "twice before the review conference, the SW will request a legal planning meeting within five "
              "working days."),
        ("h2", "Core group and review"),
        ("kv", [
            ("Core group frequency", "Every 4 weeks"),
            ("Core group dates", "16/09/2025, 14/10/2025, 11/11/2025 – 4pm, Valmsley Park Primary"),
            ("Review conference", "Tuesday 25/11/2025, 10am, Valmsley County Hall"),
            ("Plan agreed by", "Michael Osei (Chair) and Hannah Price (SW), 02/09/2025"),
        ]),
    ],
    "findings": [
        F("M002", "Check Lacey's attendance and ring Gary if she is not in"),
        F("W001", "Apply for the school uniform grant for Lacey"),
        F("T002", "Attend the Valmsley Alcohol Service drop-in for an assessment"),
        F("M002", "Attend the Valmsley Alcohol Service drop-in for an assessment"),
        F("T002", "Go to AA meetings at the Valmsley community centre"),
        F("W002", "Top up the electricity meter and bring food parcels"),
        F("T001", "Take Lacey to the dentist for the check-up"),
        F("F002", "Gary will reduce his drinking and engage with services."),
        F("F003"),
        F("F004"),
    ],
})
