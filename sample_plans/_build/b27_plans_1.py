"""Batch 27, module 1: seven fictional plans (held-out evaluation material).

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.
"""
from build_batch5 import F, H, V

PLANS = []

_PROMPT = "Click or tap here to enter text."
_PROMPT_DATE = "Click or tap to enter a date."


# ---------------------------------------------------------------------------
# 1. Council Word form (CP1) with content-control prompts left unfilled in
#    several boxes; label/value boxes then an action grid (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b27_gorsebrook_word_form_unfilled_prompts_kowalczyk.docx",
    "doc_title": "CP1 Child Protection Plan - Oliwia and Tymon Kowalczyk",
    "split": "heldout",
    "template": "council-word-form-cp1-label-value-boxes-unfilled-click-or-tap-prompts-action-grid",
    "description": (
        "ICPC plan on a council Word form (domestic abuse, mother's partner's drinking) where several "
        "content-control prompts were never filled in: the children's views box, a timescale, a measure, "
        "an owner and the review conference date. 'TBC', 'All agencies', 'engagement'; the aunt and uncle "
        "supervise contact and collect from nursery with no fallback; the alcohol service owns no action; "
        "one outcome is only about the partner."
    ),
    "header": "Gorsebrook MBC  |  CP1 Child Protection Plan (v4.2)  |  OFFICIAL - SENSITIVE",
    "blocks": [
        ("title", "Child Protection Plan (CP1)"),
        ("p", "Gorsebrook Metropolitan Borough Council – Children's Services, Safeguarding and Family "
              "Support. Complete all sections. The plan must be sent to the family and core group within "
              "1 working day of conference."),
        ("boldp", "Section 1 – Child(ren) and household"),
        ("table", {
            "header": None,
            "widths": [5.0, 12.0],
            "bold_first_col": True,
            "rows": [
                ["Child 1", "Oliwia Kowalczyk, DOB 14/02/2018 (7), Year 2, St Anselm's RC Primary"],
                ["Child 2", "Tymon Kowalczyk, DOB 30/01/2022 (3), Little Oaks Nursery (15 hrs)"],
                ["Mother", "Agnieszka Kowalczyk (31)"],
                ["Mother's partner", "Ryan Shawcross (34), lives at the address most nights"],
                ["Father of both children", "Marek Kowalczyk, lives in Poland, phone contact monthly"],
                ["Address", "41 Tannery Row, Gorsebrook GB7 2QL"],
                ["First language / interpreter required", "Polish (mother) / " + _PROMPT],
                ["Conference", "Initial child protection conference, 12/05/2025"],
                ["Category of plan", "Emotional abuse"],
                ["Allocated social worker", "Karen Lomax, Safeguarding Team East, 0161 496 0733"],
                ["Team manager", "Graham Atherton"],
            ],
        }),
        ("boldp", "Section 2 – Why the children need a child protection plan"),
        ("p", "Gorsebrook Police have attended 41 Tannery Row three times since January 2025 after reports "
              "of shouting and banging. On 26/04/2025 Ryan had been drinking and pushed Agnieszka against "
              "the hallway radiator; she had a cut to her arm and did not want to make a statement. Ryan "
              "accepts he drinks \"most nights, more at weekends\" and has been cautioned for criminal damage "
              "at the address. Agnieszka told conference she wants the relationship to continue but "
              "\"without the drinking\". Marek has not been told about the conference."),
        ("boldp", "Section 3 – The child's views, wishes and daily lived experience"),
        ("p", _PROMPT),
        ("boldp", "Section 4 – What needs to be different for the child(ren) (outcomes)"),
        ("numbers", [
            "Oliwia and Tymon live in a home where no one is hurt, pushed or shouted at, and the police "
            "are not called out.",
            "Tymon goes to nursery on all his funded sessions and his speech is checked.",
            "Ryan will stop drinking and learn to control his temper.",
        ]),
        ("boldp", "Section 5 – Action plan"),
        ("table", {
            "header": ["No.", "Action", "Lead person", "Timescale", "How will we know it is working?"],
            "widths": [1.0, 5.4, 3.4, 2.8, 4.4],
            "rows": [
                ["1", "Visit Oliwia and Tymon at home, seeing Oliwia on her own in her bedroom and Tymon at "
                      "play, and record what they say and show",
                 "Karen Lomax (SW)", "Every 10 working days from 19/05/2025",
                 "Visit records show both children seen and Oliwia seen alone at every visit"],
                ["2", "Complete the Freedom Programme for women who have experienced domestic abuse",
                 "Agnieszka Kowalczyk", "12 weekly sessions starting 03/06/2025",
                 "Attendance certificate and facilitator's end report sent to the SW"],
                ["3", "Attend Gorsebrook Recovery Partnership for an alcohol assessment and keep all "
                      "appointments offered",
                 "Ryan Shawcross", _PROMPT, _PROMPT],
                ["4", "Refer Ryan to the Safer Together domestic abuse perpetrator programme",
                 _PROMPT, "By 30/05/2025",
                 "Programme acceptance letter on file and start date given to the core group"],
                ["5", "Collect Tymon from nursery on Mondays, Wednesdays and Fridays and give both children "
                      "their tea while Agnieszka is at work",
                 "Halina Nowak (maternal aunt)", "Mon, Wed and Fri every week",
                 "Nursery sign-out sheet shows Halina collecting; SW checks with Halina at each visit"],
                ["6", "Supervise all contact between Ryan and the children, away from 41 Tannery Row",
                 "Halina Nowak and Piotr Nowak (maternal aunt and uncle)", "Every contact",
                 "Contact diary signed by Halina or Piotr and shown to the SW at each visit"],
                ["7", "Offer Oliwia ELSA sessions in school to talk about her worries and feelings",
                 "Mrs Jo Pritchard, ELSA, St Anselm's RC Primary", "Weekly, Thursday afternoons",
                 "Engagement with sessions"],
                ["8", "Complete Tymon's overdue 2–2½ year development review and refer to SALT if needed",
                 "HV Sunita Gill", "TBC",
                 "ASQ-3 scores and any SALT referral shared with the SW"],
                ["9", "Share information about any police call-out or disclosure about home the same day",
                 "All agencies", "Within 24 hours",
                 "Call-out or disclosure logged on both children's files with the action taken"],
            ],
        }),
        ("boldp", "Section 6 – Contingency plan (what will happen if the plan is not working)"),
        ("p", "If there is any further incident of domestic abuse at the address, or Ryan is at the house "
              "under the influence of alcohol while the children are there, Agnieszka will ring 999 and the "
              "SW (or the Emergency Duty Team out of hours) will hold a strategy discussion the same day. "
              "Oliwia and Tymon will go to stay with Halina Nowak at 7 Copse Lane until a safety plan is "
              "agreed. If a further incident happens after Ryan has been accepted onto the Safer Together "
              "programme, the SW will request a legal planning meeting within 5 working days."),
        ("boldp", "Section 7 – Core group and review"),
        ("table", {
            "header": None,
            "widths": [5.0, 12.0],
            "bold_first_col": True,
            "rows": [
                ["First core group", "29/05/2025, 1.30pm, Little Oaks Nursery"],
                ["Core group frequency", "Every 4 weeks"],
                ["Review child protection conference", _PROMPT_DATE],
                ["Plan sent to family", "13/05/2025 (by hand)"],
            ],
        }),
        ("boldp", "Section 8 – Signatures"),
        ("table", {
            "header": ["Name", "Role", "Signature", "Date"],
            "widths": [4.5, 4.5, 4.5, 3.5],
            "rows": [
                ["Karen Lomax", "Social worker", "K. Lomax", "13/05/2025"],
                ["Graham Atherton", "Team manager", _PROMPT, _PROMPT_DATE],
                ["Agnieszka Kowalczyk", "Mother", "Refused to sign at conference", "12/05/2025"],
            ],
        }),
    ],
    "findings": [
        F("T001", "Attend Gorsebrook Recovery Partnership for an alcohol assessment"),
        F("M001", "Attend Gorsebrook Recovery Partnership for an alcohol assessment"),
        F("W001", "Refer Ryan to the Safer Together domestic abuse perpetrator programme"),
        F("M002", "Offer Oliwia ELSA sessions in school to talk about her worries"),
        F("T002", "development review and refer to SALT if needed"),
        F("W002", "Share information about any police call-out or disclosure"),
        F("F002", "Ryan will stop drinking and learn to control his temper"),
        F("F003"),
        F("F004"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Disabled child's CP plan: person-centred one-page profile boxes, then a
#    "what matters for Isaac" merged column with who / when / we'll know
#    because. Exemplary (pdf, header and page footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b27_glenharrow_one_page_profile_support_rows_ferrand.pdf",
    "doc_title": "Child Protection Plan with One-Page Profile - Isaac Ferrand",
    "split": "heldout",
    "template": "cwd-cp-plan-one-page-profile-boxes-then-what-matters-merged-who-when-know-because-paged",
    "description": (
        "Exemplary CP plan from a disabled children's team for an autistic 11-year-old with epilepsy "
        "who uses Makaton and a talker (missed medication; mother's depression), opening with a "
        "person-centred one-page profile, then a plan table whose first column ('What matters for Isaac') "
        "is merged down its rows. Named leads, real timescales, observable checks; the CMHT assesses "
        "capacity to change; the grandfather's care has a fallback; core group dates, review date and a "
        "legal planning step. Header and 'page N of M' footer on every page."
    ),
    "header": "OFFICIAL-SENSITIVE – Glenharrow Council Disabled Children's Service",
    "footer": "Isaac Ferrand – child protection plan – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "check_vmerge": 4,
    "blocks": [
        ("title", "Isaac's Child Protection Plan"),
        ("kv", [
            ("Child", "Isaac Ferrand, born 09/10/2013 (11), Larkrise Special School, Year 6"),
            ("Lives with", "Shelley Ferrand (mum), 18 Quarry View, Glenharrow"),
            ("Conference", "Initial child protection conference, 22/05/2025 – category: neglect"),
            ("Lead social worker", "Niamh Costello, Disabled Children's Service"),
            ("Plan written with", "Shelley, Isaac (with his talker), Larkrise School and Frank Doyle (grandad)"),
        ]),
        ("h1", "One-page profile"),
        ("table", {
            "header": ["What people like and admire about Isaac", "What is important to Isaac"],
            "widths": [8.5, 8.5],
            "rows": [
                ["His laugh, which sets the whole class off. He knows every bus route in Glenharrow and "
                 "will tell you the number. He is gentle with the younger children at school and always "
                 "says goodbye to the caretaker.",
                 "Buses, especially the 46. Grandad's Saturdays. His blue weighted blanket. Knowing what "
                 "comes next: his picture timetable on the kitchen door. Toast cut into four squares. "
                 "Quiet in the morning before school."],
            ],
        }),
        ("table", {
            "header": ["How Isaac communicates", "How best to support Isaac"],
            "widths": [8.5, 8.5],
            "rows": [
                ["Isaac uses about 20 spoken words, Makaton signs and his TalkTile app. He taps \"stop\" or "
                 "puts his hands over his ears when something is too much. Rocking and humming mean he is "
                 "content; biting his sleeve means he is anxious.",
                 "Tell him what is happening with his symbols first. Give him time to answer on the talker "
                 "(count to ten). Keep his medicine at the same times every day, with the same cup. Never "
                 "change a routine without warning him."],
            ],
        }),
        ("h1", "Why Isaac has a child protection plan"),
        ("p", "Isaac has epilepsy and takes sodium valproate twice a day. Since February he has missed doses "
              "on at least 11 days, and on 2 May he had a 7-minute tonic-clonic seizure at school after two "
              "missed doses; he needed rescue medication and an ambulance. He has missed 14 days of school "
              "this term and has twice arrived in the same clothes with a wet pad. Shelley has depression. "
              "She stopped her antidepressant in March, told the GP she is \"running on empty\", and "
              "sometimes sleeps through the morning. Shelley loves Isaac and has cared for him on her own "
              "since he was four; she asked for help herself at conference."),
        ("h1", "What Isaac has shown us"),
        ("p", "I saw Isaac at school on 16 May with his class teacher. Using his talker he chose \"home – "
              "happy\" and \"Mum – tired\". When I asked about tablets he tapped \"forget\" and then \"bus\". "
              "He pressed \"Grandad\" three times and smiled when I said Saturday. At home on 19 May he "
              "showed me his picture timetable; the morning medicine picture had fallen off the door. He "
              "let me sit with him while he watched bus videos and he hummed throughout, which Shelley says "
              "means he is happy."),
        ("h1", "What we want for Isaac by the review"),
        ("bullets", [
            "Isaac gets every dose of his epilepsy medicine on time, and has no seizure caused by a missed dose.",
            "Isaac is at school on at least 9 days in every 10, and arrives washed, dressed in clean clothes and fed.",
            "Isaac's routine stays the same every day, because the adult caring for him is well enough and "
            "rested enough to keep it.",
            "Isaac can show the adults around him, in his own way, how he is feeling, and they act on it.",
        ]),
        ("h1", "Isaac's plan"),
        ("table", {
            "header": ["What matters for Isaac", "What will happen", "Who", "When", "We'll know because"],
            "widths": [2.9, 4.7, 2.9, 3.1, 3.4],
            "rows": [
                ["Getting his medicine on time, every time",
                 "Give Isaac's valproate at 7.30am and 7.30pm with his blue cup and tick the medicine "
                 "chart on the fridge",
                 "Shelley Ferrand (mum)", "Twice a day, every day",
                 "Chart fully ticked when the SW or nurse checks it; valproate level in range at the June blood test"],
                [V,
                 "Count the tablets left in the blister packs and check them against the medicine chart",
                 "SW Niamh Costello", "At every visit, every 10 working days",
                 "Count matches the chart; any gap reported to the epilepsy nurse the same day"],
                [V,
                 "Review Isaac's seizure diary and rescue medication plan with Shelley, school and Frank",
                 "Epilepsy nurse Rhona Bell", "By 20/06/2025, then every 6 weeks",
                 "Updated rescue plan signed and copied to school, Frank and the SW"],
                ["Being seen and understood, in his own way",
                 "See Isaac at home and at school, using his talker and Makaton, and write down what he "
                 "chooses and shows",
                 "SW Niamh Costello", "Every 10 working days; one visit a month at school",
                 "Visit notes record Isaac's own choices on the talker at every visit"],
                [V,
                 "Do the 'How I feel today' board with Isaac each morning and send the SW a photo of the "
                 "week's board",
                 "Class teacher Mr Dev Raman, Larkrise School", "Every school day; photo sent each Friday",
                 "Weekly photo of the board on the SW's file; any 'sad' or 'hurt' day phoned through that day"],
                ["Living with a mum who is well enough to care for him",
                 "Assess Shelley's depression and treatment, and report on whether she can make and keep "
                 "the changes Isaac needs, and how long that is likely to take",
                 "Care coordinator Sam Adeyinka, Glenharrow Community Mental Health Team",
                 "Assessment by 27/06/2025; update to every core group",
                 "Written capacity-to-change report shared with the core group by 27/06/2025"],
                [V,
                 "Review Shelley's antidepressant, so that she is awake and able to give Isaac his morning "
                 "dose, and tell the SW if prescriptions stop being collected",
                 "GP Dr Helen Marsh, Weaver Lane Surgery", "Monthly medication review from 02/06/2025",
                 "Prescription collection dates sent to the SW each month"],
                ["Having breaks that are planned, not crises",
                 "Have Isaac every Saturday, 10am to 6pm, and give his evening dose if he stays for tea",
                 "Frank Doyle (maternal grandad)", "Every Saturday",
                 "Saturday entries on the medicine chart and seizure diary in Frank's writing"],
                [V,
                 "Overnight short breaks at Hollyoak House, with Isaac's picture timetable and blanket going with him",
                 "Short breaks coordinator Asha Patel", "Two nights a month from 06/06/2025",
                 "Stay records show Isaac settled, fed and given every dose"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Isaac misses two doses in any week, has a seizure after a missed dose, or Shelley tells "
              "anyone she cannot cope, the SW (Emergency Duty Team out of hours) will visit the same day and "
              "hold a strategy discussion within 24 hours. Isaac will stay with his grandad, Frank Doyle, who "
              "has agreed and knows his medicine routine. If Frank cannot have him (Frank is 71 and has a "
              "heart condition), Isaac will go to Hollyoak House for an emergency stay, arranged by the short "
              "breaks team the same day. If doses are missed again after that, or the CMHT report says "
              "Shelley is unlikely to make the changes within Isaac's timescale, the team manager will "
              "request a legal planning meeting within 5 working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: every 4 weeks at Larkrise School – 12/06/2025, 10/07/2025 and 07/08/2025, 3.30pm.",
            "Review child protection conference: 21/08/2025, 10am, Glenharrow Civic Offices.",
            "Isaac will help prepare for the review with his talker and his class teacher; his board "
            "photos will be shown at the conference.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Health visiting clinical record print: alerts, free text, then a
#    problem / goal / intervention / resp / due / eval care plan. Looked-after
#    baby on a children's ward (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b27_grisedale_hv_clinical_care_plan_print_ibekwe.txt",
    "split": "heldout",
    "template": "health-visiting-clinical-record-print-alerts-then-problem-goal-intervention-resp-due-eval-lac-on-ward-txt",
    "description": (
        "Health visiting clinical system print of the safeguarding care plan for a 7-week-old on a CP plan "
        "who is accommodated (s20) and still on the children's ward with faltering growth; mother has "
        "postnatal depression and lives in a B&B. Most interventions are about the mother's own needs, "
        "two goals are about her only, the perinatal team only supports her ('mood improves'), 'ASAP' "
        "and 'TBC' with blank evaluations; no one is set to visit the baby on the ward, no contingency "
        "and no legal step."
    ),
    "text": """\
GRISEDALE & WENNING COMMUNITY HEALTH NHS TRUST
CareTrak Community v11.4  -  0-19 Public Health Nursing
Report: SAFEGUARDING CARE PLAN (CLINICAL VIEW)      Printed: 22/05/2025 11:47   User: GTHORNE
-----------------------------------------------------------------------------------------------
Patient:    IBEKWE, Zara Adaeze             DOB: 02/04/2025 (7 wks)     Sex: F
NHS No:     999 402 7713                    Registered GP: Wenning Road Medical Practice
Location:   c/o Bramley Ward (Ward 4), Grisedale General Hospital - admitted 07/05/2025
ALERTS:     ** CHILD PROTECTION PLAN ** ICPC 15/05/2025 - category NEGLECT
            ** LOOKED AFTER CHILD ** s20 Children Act 1989, from 09/05/2025
Caseload HV:  Gemma Thorne (HV, SCPHN)      Named Nurse Safeguarding: Ruth Akande
SW:           Marcus Ellery, Grisedale Children's Social Care, Assessment & Intervention Team 3
-----------------------------------------------------------------------------------------------

[FAMILY / HOUSEHOLD]
  Mother:   Chidinma IBEKWE (19) - room 6, Westgate Lodge B&B (temp. accommodation)
  Father:   not named on birth cert.; mother says no contact
  MGM:      lives in Lagos; phone contact only

[BACKGROUND - free text]  entered 22/05/2025 G Thorne
  Zara was born at 39 wks, BW 3.10kg (50th centile). Weight at 5/52 was 3.22kg
  (below 9th centile). Admitted to Bramley Ward via GP 07/05/2025 with faltering
  growth; feeding chart showed 4 feeds in 24 hrs at home. No organic cause found
  so far. Mum has postnatal depression (EPDS 21 on 28/04/2025), was started on
  sertraline 50mg by GP, says she has "not been taking it properly". Mum could
  not stay on the ward (no parent bed, B&B curfew) and agreed to Zara being
  accommodated under s20 on 09/05/2025. Care plan is for discharge to a parent
  and baby foster placement or to foster carers - SW looking for placement. Mum
  has visited the ward on 4 of the last 7 days (ward report). SW has liaised
  with ward by phone.

[VOICE OF THE CHILD / LIVED EXPERIENCE]  entered 22/05/2025 G Thorne
  Zara seen on Bramley Ward 20/05/2025 10:15. Alert, fixing on faces and
  following to midline. Took 90ml from bottle with nursing assistant over 25
  mins, settled when held upright, cried and arched when laid flat straight
  after the feed. Weight 3.64kg (up 180g in 7 days on ward). Nursing staff say
  she "perks up" when mum visits and mum holds her confidently but does not
  always notice hunger cues.

[SAFEGUARDING CARE PLAN]  linked to multi-agency CP plan ICPC 15/05/2025

PROBLEM 1   Faltering growth
  Goal:       Zara gains weight steadily and is back on or above the 25th
              centile by 3 months of age.
  Int 1.1     Liaise with Bramley Ward re Zara's weight and feeding plan
     Resp:    G Thorne (HV)
     Due:     Weekly (Tuesdays)
     Eval:    Ward weight chart seen; weight entered on CareTrak each week

PROBLEM 2   Maternal mental health - postnatal depression
  Goal:       Chidinma's mood will improve and she will feel more confident.
  Int 2.1     Perinatal MH team to continue weekly CBT-based support sessions
              with Chidinma
     Resp:    Grisedale Perinatal Mental Health Team (Lorraine Adu, CPN)
     Due:     Weekly
     Eval:    Mood improves
  Int 2.2     Listening visits for Chidinma (6 sessions) at Westgate Lodge
     Resp:    G Thorne (HV)
     Due:     w/c 26/05/2025 then weekly x6
     Eval:    EPDS repeated at sessions 1 and 6; scores on CareTrak
  Int 2.3     Chidinma to see GP re sertraline dose
     Resp:    Chidinma Ibekwe (mum)
     Due:     ASAP
     Eval:
  Int 2.4     Signpost Chidinma to Grisedale Mums Together peer group (Weds)
     Resp:    G Thorne (HV)
     Due:     By 06/06/2025
     Eval:    Group lead confirms attendance to HV

PROBLEM 3   Housing - temporary B&B room, shared kitchen
  Goal:       Chidinma is rehoused into a settled tenancy.
  Int 3.1     Letter of support to Grisedale Housing Options for Chidinma's
              priority banding
     Resp:    G Thorne (HV)
     Due:     By 30/05/2025
     Eval:    Letter sent; copy scanned to CareTrak

PROBLEM 4   Child protection - neglect
  Goal:       Zara is safe, her needs are met, and she goes home from
              hospital to carers who feed her at least every 3-4 hours.
  Int 4.1     Attend core groups and provide HV report on Zara's weight,
              development and feeding
     Resp:    G Thorne (HV)
     Due:     Before each core group
     Eval:    HV report uploaded to CareTrak and sent to SW 2 days before
  Int 4.2     Discharge planning for Zara with ward and SW
     Resp:    G Thorne (HV)
     Due:     TBC
     Eval:
  Int 4.3     Primary visit at Zara's new address after discharge: weight,
              safe sleep, feeding plan
     Resp:    G Thorne (HV)
     Due:     Within 48 hrs of discharge
     Eval:    Visit record incl. weight and safe sleep checklist on CareTrak

[CP PLAN MEETINGS]
  Core group:  27/05/2025 10:00, Bramley Ward seminar room - then 4-weekly
  RCPC:        14/08/2025 14:00, Grisedale Civic Centre

[SUPERVISION]  Safeguarding supervision with R Akande booked 10/06/2025.

-------------------------------------------------------------- End of report - page 1 of 1 ---
""",
    "findings": [
        F("F002", "Chidinma's mood will improve and she will feel more confident"),
        F("F002", "Chidinma is rehoused into a settled tenancy"),
        F("H001", "Perinatal MH team to continue weekly CBT-based support sessions"),
        F("M002", "Perinatal MH team to continue weekly CBT-based support sessions"),
        F("T002", "Chidinma to see GP re sertraline dose"),
        F("M001", "Chidinma to see GP re sertraline dose"),
        F("T002", "Discharge planning for Zara with ward and SW"),
        F("M001", "Discharge planning for Zara with ward and SW"),
        F("F001"),
        F("L001"),
        F("C001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Review conference minutes: attendance with initials, then a two-column
#    record, discussion on the left and the agreed action in the right-hand
#    margin column. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b27_gadsworth_rcpc_minutes_action_margin_thackeray.docx",
    "doc_title": "Review Child Protection Conference Minutes - Reuben and Alfie Thackeray",
    "split": "heldout",
    "template": "rcpc-minutes-present-initials-table-then-discussion-left-agreed-action-margin-right-two-column-record",
    "description": (
        "Exemplary review conference minutes for two brothers (neglect; mother on a methadone script "
        "after a relapse) with an attendance table and initials, then a two-column record: discussion "
        "on the left, the agreed action for that item in the right-hand column with lead, timing and "
        "evidence. The recovery service owns an action, the grandmother's help has a fallback, and the "
        "minutes give outcomes, both boys' views, a specific contingency with legal planning, core "
        "group dates and the next review."
    ),
    "blocks": [
        ("pr", "Gadsworth Borough Council – Safeguarding and Quality Assurance Unit"),
        ("pr", "CONFIDENTIAL – not to be shared beyond conference members"),
        ("title", "Review Child Protection Conference – Minutes"),
        ("kv", [
            ("Children", "Reuben Thackeray (9), Moorgate Primary; Alfie Thackeray (4), Sunflowers Nursery"),
            ("Parent", "Leanne Thackeray (mother). Father of both boys: Darren Wilks, no contact since 2022"),
            ("Date / venue", "05/06/2025, 10.00am, Gadsworth Civic Centre, Committee Room 3"),
            ("Chair", "Ian Fothergill, Independent Reviewing Officer (IF)"),
            ("Minutes", "Tasha Kerr, business support"),
            ("Plan since", "ICPC 06/03/2025, category neglect"),
        ]),
        ("boldp", "Present"),
        ("table", {
            "header": ["Name", "Role / agency", "Initials"],
            "widths": [5.0, 9.0, 3.0],
            "rows": [
                ["Leanne Thackeray", "Mother", "LT"],
                ["Pauline Ridley", "Maternal grandmother", "PR"],
                ["Kelly Marsh", "Social worker, Gadsworth Children's Services", "KM"],
                ["Dean Okafor", "Key worker, Gadsworth Recovery Service", "DO"],
                ["Mrs Claire Fenton", "DSL, Moorgate Primary", "CF"],
                ["Lucy Dale", "Health visitor", "LD"],
                ["Priya Shah", "Room leader, Sunflowers Nursery", "PS"],
            ],
        }),
        ("p", "Apologies: Dr Aaron Pike (GP) – report received and shared."),
        ("p", "IF explained the purpose of the review: to hear what has changed for Reuben and Alfie since "
              "March, to decide whether they still need a child protection plan, and if so to agree what "
              "happens next. Leanne had read the SW's report with KM on 02/06/2025."),
        ("boldp", "Record of discussion and agreed actions"),
        ("table", {
            "header": ["Discussion", "Agreed action (lead / when / how we will know)"],
            "widths": [10.2, 6.8],
            "rows": [
                ["Social worker's report (KM). KM has visited 7 times since March, 3 unannounced. Home "
                 "conditions are much better: there is food in the cupboards and the boys' beds have "
                 "covers. On 14/04 Reuben was at home alone with Alfie for about an hour while Leanne went "
                 "to the shop; Leanne accepts this was not safe. KM's view is that the progress is real but "
                 "only ten weeks old and has not yet been tested.",
                 "KM to visit every 2 weeks, at least one visit a month unannounced, seeing Reuben alone "
                 "each time. Visit notes will record Reuben's words and the state of the kitchen and "
                 "bedrooms."],
                ["Recovery service (DO). Leanne relapsed on heroin in February. She has been on a "
                 "supervised methadone script since 20/02/2025 and all 9 observed tests since 10/03/2025 "
                 "have been negative for heroin. She attends her key work sessions weekly. DO said the "
                 "next three months are the riskiest, as Leanne's script is to be reduced.",
                 "DO to carry out observed toxicology tests every month and send KM the results, with a "
                 "written view on how Leanne's recovery is affecting her care of the boys, before each "
                 "core group."],
                ["School (CF). Reuben's attendance is 88% this term (83% last term). He is late about twice "
                 "a week on days his nan does not bring him. He is doing well in reading and has joined "
                 "the choir. He told his teacher he \"sometimes makes Alfie's breakfast\".",
                 "CF to email KM Reuben's attendance and lateness every Friday. The target is 95% "
                 "attendance and no more than one late mark a fortnight by the next review."],
                ["Health (LD) and nursery (PS). Alfie is healthy and his weight is on the 50th centile. "
                 "His speech is behind: he uses single words and points. Nursery say he is happy, eats "
                 "well at lunch, and is now collected on time.",
                 "LD to refer Alfie to Speech and Language Therapy by 20/06/2025 and send the SALT "
                 "appointment letter to KM and Sunflowers Nursery."],
                ["Family help (PR). Pauline takes both boys to school and nursery every weekday and has "
                 "them for tea on Wednesdays. She said she is glad to help but has her own hospital "
                 "appointments this summer for her hip.",
                 "PR to take Reuben and Alfie to school and nursery every weekday morning. The school and "
                 "nursery registers will show both boys in by 8.50am."],
                ["Leanne's view (LT). Leanne said she feels \"like a proper mum again\" and wants the plan "
                 "to end. She agreed that bedtimes have slipped, and that Reuben is tired at school after "
                 "late nights on the tablet.",
                 "LT to keep the boys' bedtime routine (bath, story, tablets off, lights out by 8pm) "
                 "every school night. Reuben's sleep diary, checked by KM at each visit, will show lights "
                 "out by 8pm on at least 5 nights a week."],
                ["The boys' views. Reuben met IF before the conference and did his 'three wishes'. He "
                 "wished for \"Mum to stay better\", \"a dog\" and \"Nana to live with us\". He said the "
                 "worst thing was \"when Mum was asleep and wouldn't wake up\" and that now \"Mum makes "
                 "pasta and we watch films\". Nursery observed Alfie running to Leanne at pick-up and "
                 "showing her his paintings; at KM's visits he stays close to Reuben.",
                 "IF to meet Reuben again before the next review to hear his views. His views will be "
                 "written in the review report and read out at the start of the conference."],
            ],
        }),
        ("boldp", "Decision"),
        ("p", "All agencies and the chair agreed that Reuben and Alfie continue to need a child protection "
              "plan under the category of neglect. The changes are welcome but recent, and the methadone "
              "reduction over the summer is a time of higher risk. Leanne said she understood."),
        ("boldp", "What the plan is working towards"),
        ("bullets", [
            "Reuben and Alfie are cared for every day and night by a sober adult who is awake and able to "
            "look after them.",
            "Reuben is never left in charge of Alfie, gets to school on time, and is in bed by 8pm on school nights.",
            "Alfie's speech is assessed and he gets the help he needs before he starts school in September 2026.",
        ]),
        ("boldp", "Contingency"),
        ("p", "If Leanne tests positive for heroin or any opiate that is not prescribed, misses two tests "
              "in a row, or either boy is found without a sober adult, KM (or the Emergency Duty Team out "
              "of hours) will visit the same day and hold a strategy discussion within 24 hours. Reuben and "
              "Alfie will stay with Pauline at 3 Hollins Close. If Pauline cannot care for them, for example "
              "while she is in hospital for her hip, the boys will be placed together with Gadsworth foster "
              "carers the same day. KM will request a legal planning meeting (pre-proceedings) within 5 "
              "working days of any positive test or any time a boy is found without a sober adult."),
        ("boldp", "Next meetings"),
        ("bullets", [
            "Core group: every 4 weeks – 17/06/2025, 15/07/2025 and 12/08/2025, 2pm at Moorgate Primary. KM to chair.",
            "Next review child protection conference: 25/09/2025, 10am, Gadsworth Civic Centre.",
        ]),
        ("p", "Minutes agreed by the chair, Ian Fothergill, 09/06/2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Core group mind map typed up from the flipchart as a box-drawing tree:
#    one branch per topic, actions as leaves; family moving council (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b27_garthwaite_core_group_mind_map_tree_mcnulty.txt",
    "split": "heldout",
    "template": "core-group-flipchart-mind-map-typed-as-box-drawing-tree-branch-per-topic-leaf-actions-transfer-txt",
    "description": (
        "Core group mind map typed up by the FSW as a text tree (neglect; mother low and using cannabis; "
        "family moving to another council in July). No expected outcome anywhere; three leaves put work "
        "on hold or hand it on until the move; 'Family' as owner, 'asap', blank measures; both "
        "grandmothers carry parts of the plan; the contingency is to talk to the manager and review, with "
        "no legal step; no adult service owns an action."
    ),
    "text": """\
GARTHWAITE COUNCIL - CHILDREN'S SERVICES - FAMILY HUB NORTH
CORE GROUP MIND MAP  (typed up from the flipchart)

Children:  Mason McNULTY (5)  &  Ruby-Rose McNULTY (14 months)
Plan:      Child protection - neglect - ICPC 08/05/2025
Meeting:   Core group 2, 03/06/2025, 10am, Garthwaite Family Hub
Present:   Jodie McNulty (mum), Carol McNulty (MGM), Abi Carr (SW),
           Tasha Webb (HV), Mrs Ince (DSL, St Cuthbert's Infants),
           Leanne Birch (FSW - typed this up)
Apols:     Kyle Bradshaw (dad)

Abi drew the kids in the middle of the flipchart and we all added branches.
Arrows on the flipchart are typed as -> below. Copy given to Jodie on the day.

MASON & RUBY-ROSE
|
├── WHAT THE KIDS SAY / SHOW US
│   ├── Mason (seen on his own at school 29/05): "I like it when Nana comes, the house smells nice"
│   ├── Mason: "Mummy is sleepy in the day" / "I make Ruby-Rose's bottle sometimes"
│   ├── Mason wants "a bedroom with no washing in it" and to go to Beavers like his friend Alfie
│   └── Ruby-Rose: crawling, into everything, babbles "Nana"; cries when put in her cot
│       (cot full of washing on 2 visits, she has been sleeping on the sofa with Jodie)
│
├── WORRIES
│   ├── dog mess in the kitchen & back bedroom (3 visits out of 4)
│   ├── Mason 81% attendance, late most days, no PE kit
│   ├── Ruby-Rose missed her 12-month jabs twice
│   ├── Jodie feeling low, sleeping in the day, smoking cannabis most evenings (her words)
│   └── moving to Fellbridge (Jodie's mum's old area) in July - council flat offered
│
├── THE HOUSE
│   ├── Abi (SW) - unannounced visits every 2 wks, see Mason on his own -> visit notes + home conditions score (aim 4/5)
│   ├── Jodie - clear the dog mess every morning, bins out Tues -> home conditions checklist at each SW visit
│   └── Carol (MGM) - help Jodie with a deep clean and the washing every Saturday
│
├── SCHOOL
│   ├── Mrs Ince (DSL) - attendance & lateness to Abi every Friday -> aim 90%+ by the next core group
│   └── Family - make sure Mason gets to school on time every day -> school register
│
├── HEALTH
│   ├── Tasha (HV) - Ruby-Rose's catch-up jabs by 30/06/2025 -> red book + GP record
│   ├── Jodie - book GP appt about her mood asap
│   └── Jodie - drug service for the cannabis: on hold until the move, then self-refer to Fellbridge drug service within 2 wks of moving
│
├── DAD
│   └── Denise Bradshaw (PGM) - supervise Kyle's contact at her house every Sat 2-4pm -> contact sheet signed by Denise, shown to Abi
│
├── THE MOVE
│   ├── Abi - send transfer request to Fellbridge Children's Services by 20/06/2025 -> acknowledgement + transfer-in conf date
│   ├── Incredible Years parenting course for Jodie - on hold till after the move, start date TBC
│   └── Tasha (HV) - pass Ruby-Rose's 2yo nursery place to Fellbridge HV team on transfer
│
├── IF THINGS GET WORSE
│   └── Abi to talk to her manager -> review the plan / next steps
│
└── NEXT MEETINGS
    ├── core group every 4 wks - next 01/07/2025, 10am, Family Hub
    └── review conference 21/08/2025 (or Fellbridge transfer-in conference if moved by then)

Typed by L Birch 04/06/2025. Any mistakes please tell Abi.
""",
    "findings": [
        F("M001", "help Jodie with a deep clean and the washing every Saturday"),
        F("W002", "make sure Mason gets to school on time every day"),
        F("T002", "book GP appt about her mood asap"),
        F("M001", "book GP appt about her mood asap"),
        F("X001", "drug service for the cannabis: on hold until the move"),
        F("M001", "drug service for the cannabis: on hold until the move"),
        F("X001", "Incredible Years parenting course for Jodie"),
        F("W001", "Incredible Years parenting course for Jodie"),
        F("T002", "Incredible Years parenting course for Jodie"),
        F("M001", "Incredible Years parenting course for Jodie"),
        F("X001", "pass Ruby-Rose's 2yo nursery place to Fellbridge HV team"),
        F("M001", "pass Ruby-Rose's 2yo nursery place to Fellbridge HV team"),
        F("O001"),
        F("F004"),
        F("C002"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Extra-familial harm ICPC plan laid out by place (home, school, town,
#    online), bold owner bullets with when / we'll know. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b27_gilsland_plan_by_place_headings_darragh.md",
    "split": "heldout",
    "template": "extra-familial-harm-icpc-plan-md-place-headings-home-school-town-online-bold-owner-bullets-when-know-italics",
    "description": (
        "Exemplary ICPC plan for a 14-year-old being criminally exploited, written place by place (at "
        "home, at school, around town, online, after a missing episode), each action a bullet with a bold "
        "owner, an italic when and how we'll know. Outcomes, the young person's own words, an uncle's "
        "weekend care with a foster fallback, a specific contingency with police, a legal planning step, "
        "core group dates and the review date."
    ),
    "text": """\
# Gilsland Borough Council · Children's Services

## Child protection plan — Kieran Darragh (14)

**Initial child protection conference:** 11 June 2025, Gilsland Civic Hall
**Category:** physical abuse (risk of serious harm outside the home — criminal exploitation)
**Lives with:** Siobhan Darragh (mum), 22 Ashby Terrace, Gilsland
**Social worker:** Priya Raman, Adolescent Safety Team · **Team manager:** Colm Beattie

---

### Kieran in his own words

Kieran met Priya at Burger Barn on 5 June and said he would rather talk there than at home.
He said: "I'm not a drug dealer, I just drop stuff for Tyler. He gets me trainers." He said
he goes to the bus station "because everyone's there" and that the older lads are "sound
until you owe them". He was worried about his mum finding out he had been in Wrenfield
overnight. He said he would like to go back to boxing at the Kingsway gym, and that he hates
maths "because everyone can see I can't read the board". He asked that his mum stop
"going on at me the minute I walk in". He said he would talk to Jamal, not the police.

### Why there is a plan

Kieran has been reported missing five times since March, twice overnight. On 28 May he was
found by Wrenfield Police on a train with £340 and two phones. Two adults known to the police
have been seen collecting him from Gilsland bus station in a grey car. Siobhan is a care
assistant. Until June she worked nights and Kieran was often on his own until 7.30am; she has
now moved to days from Sunday to Thursday, but still works 2pm to 10pm on Fridays and Saturdays,
the nights Kieran has gone missing most.

### What needs to be true by the review

- Kieran is in by 9pm every night, at home or at Declan's, and has no missing episodes.
- Kieran is in school every day, in his lessons, and getting help with his reading.
- Kieran is not carrying or dropping drugs or money for anyone, and the adults who recruited
  him are kept away from him.
- Kieran has something he has chosen to do each week that he enjoys and is proud of.

---

## The plan, place by place

### At home

- **Siobhan (mum)** will be at home in the evening and will report Kieran missing to Gilsland
  Police on 101 if he is not in by 9pm. *When:* every night from Sunday to Thursday. *We'll
  know:* the "home by 9" sheet on the fridge, signed by Kieran and Siobhan each night and seen by
  Priya at every visit, and any missing report.
- **Declan Darragh (uncle)** will collect Kieran from home at 5pm and keep him at his flat
  overnight until Siobhan collects him at 10am the next morning. *When:* every Friday and
  Saturday. *We'll know:* Declan texts Priya each Sunday to confirm Kieran was with him both
  nights and in by 9pm.
- **Priya Raman (SW)** will see Kieran on his own, once a month at home and once somewhere he
  chooses. *When:* at least every 10 working days. *We'll know:* visit records with Kieran's
  own words at every visit.

### At school

- **Mr Tunde Oduya (DSL, Gilsland Academy)** will check Kieran is in registration and in period 5
  and ring Siobhan and Priya the same day if he leaves the site. *When:* every school day.
  *We'll know:* attendance and truancy call log emailed to Priya every Friday; target 90% by the review.
- **Ms Anna Hurst (SENCo, Gilsland Academy)** will assess Kieran's reading and possible
  dyslexia and agree a support plan with him. *When:* by 18 July 2025. *We'll know:* assessment
  report and support plan shared with the core group on 22 July.

### Around town

- **PC Lena Voss (Gilsland Police Exploitation Team)** will serve child abduction warning notices
  on the two adults seen collecting Kieran. *When:* by 27 June 2025. *We'll know:* copies of both
  notices on Kieran's file and any breach reported to Priya the same day.
- **Jamal Price (youth worker, Gilsland Detached Youth Service)** will meet Kieran every Tuesday
  evening, take him back to the Kingsway boxing gym and do exploitation work with him. *When:*
  weekly from 17 June 2025. *We'll know:* session notes to Priya monthly; Kieran attends at
  least 3 sessions in every 4.

### Online and on his phone

- **Siobhan (mum)** will take Kieran's phone at 10pm and charge it in her room; on Fridays and
  Saturdays Declan does the same at his flat. *When:* every night. *We'll know:* the phone column
  on the "home by 9" sheet ticked each night, seen by Priya at each visit.

### After any missing episode

- **Ellie Shore (missing children's worker)** will offer Kieran a return home interview. *When:*
  within 72 hours of every return. *We'll know:* interview summary, including any names and
  places Kieran gives, sent to Priya and PC Voss within 24 hours of the interview.

---

## If things get worse

If Kieran is missing overnight, is found outside Gilsland, or is found with drugs, cash,
a knife or a second phone, Siobhan (or school, or Declan) will report him missing to the
police straight away, and Priya and PC Voss will hold a strategy discussion the same day
(next working day at the latest). Kieran will stay with Declan until the strategy discussion
has agreed a safety plan. If Declan cannot have him, or Kieran goes missing from Declan's,
Kieran will be placed with emergency foster carers outside Gilsland town centre the same day
(the placements team has agreed this in principle). If there are two more missing episodes
before the first core group, Colm Beattie (TM) will request a legal planning meeting within
5 working days to consider care proceedings.

## Meeting again

- Core group every 3 weeks: 1 July, 22 July and 12 August 2025, 4pm, Gilsland Academy.
- Review child protection conference: 4 September 2025, 2pm, Gilsland Civic Hall.
- Kieran has said he will come to the first core group for 15 minutes with Jamal.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Sibling review plan, landscape: one row per action with a tick column
#    for each child, then lead / when / how we'll check (pdf)
# ---------------------------------------------------------------------------
_T = "✓"
PLANS.append({
    "name": "b27_gwynthorpe_siblings_tick_matrix_harcourt.pdf",
    "doc_title": "Review Child Protection Plan - Jaden, Amari and Lexi Harcourt",
    "split": "heldout",
    "template": "rcpc-siblings-landscape-action-rows-which-child-tick-columns-lead-when-check-paged",
    "description": (
        "Landscape review CP plan for three siblings (mother's depression, young carer) with a tick "
        "column for each child on every action row, then lead, when and how we'll check. The CMHT row "
        "only supports ('mood is better'), a blank lead, 'Ongoing' and 'As required', a missing date, "
        "'All professionals', a blank check, one adult-only outcome; the review conference is 'to be "
        "arranged' and there is no legal step. Header and 'page N of M' footer on every page."
    ),
    "landscape": True,
    "header": "Gwynthorpe Council · Children's Services · RESTRICTED",
    "footer": "Harcourt children – review child protection plan – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("kv", [
            ("Children", "Jaden Harcourt (12), Amari Harcourt (8), Lexi Harcourt (2)"),
            ("Parents", "Tanya Harcourt and Marcus Harcourt, 5 Sedge Close, Gwynthorpe"),
            ("Review conference", "03/07/2025 – plan continues, category neglect"),
            ("Social worker", "Owen Pritchard, Gwynthorpe Children's Services (Locality South)"),
        ]),
        ("h2", "What is happening for the children"),
        ("p", "Tanya has had depression for several years and it has been worse since Lexi was born. On bad "
              "days she stays in bed until the afternoon. Marcus works 6am to 6pm on a building site. Jaden "
              "gets Lexi up, changes her and gives her breakfast, and has missed 19 sessions of school this "
              "year to look after her. Amari often arrives at school after 9am without breakfast and has "
              "started wetting at night. Since the first conference the house is tidier and Marcus now "
              "takes Amari to school on Mondays."),
        ("h2", "What the children have told us"),
        ("p", "Jaden (seen alone at school, 24/06/2025): \"I don't mind doing Lexi, she's funny. But I'm "
              "behind in everything and I can't go to football.\" He said he worries about his mum \"when "
              "she's in bed and won't talk\". Amari (seen with her teacher): \"I want Mummy to take me to "
              "school like other mummies.\" She drew her family with Jaden holding Lexi. Lexi was observed "
              "to go to Jaden, not Tanya, when she fell over during the visit on 18/06/2025."),
        ("h2", "What we want for the children"),
        ("bullets", [
            "Jaden is able to be a 12-year-old: in school every day, at football on Saturdays, and not "
            "looking after Lexi or his mum.",
            "Amari gets to school on time with breakfast, and her night-time wetting is assessed and treated.",
            "Lexi is cared for by an adult who is up and responding to her every morning, and goes to nursery.",
            "Tanya will feel better in herself and have more good days.",
        ]),
        ("pagebreak",),
        ("h2", "The plan"),
        ("table", {
            "header": ["No.", "What will happen", "Jaden", "Amari", "Lexi", "Lead", "When", "How we'll check"],
            "widths": [1.2, 6.6, 1.7, 1.8, 1.6, 4.3, 3.5, 5.0],
            "rows": [
                ["1", "Home visits, seeing each child on their own at least once a month", _T, _T, _T,
                 "SW Owen Pritchard", "Every 2 weeks",
                 "Visit notes record each child's words and who got Lexi up that morning"],
                ["2", "Weekly counselling sessions to support Tanya with her depression", "", "", "",
                 "Gwynthorpe Community Mental Health Team (Bev Quigley, CPN)", "Weekly",
                 "Tanya's mood is better"],
                ["3", "Young carers assessment for Jaden and a place at Tuesday youth club", _T, "", "",
                 "Hattie Ross, Gwynthorpe Young Carers", "By 31/07/2025",
                 "Assessment shared with the SW; Jaden attends Tuesday club (register)"],
                ["4", "Funded nursery place for Lexi, three mornings a week", "", "", _T,
                 "", "From 08/09/2025",
                 "Nursery register shows Lexi in on at least 3 mornings a week"],
                ["5", "Get Amari to school by 8.45am with breakfast eaten or at breakfast club", "", _T, "",
                 "Tanya and Marcus", "Every school day",
                 "School register and breakfast club list sent to the SW fortnightly"],
                ["6", "School to keep an eye on Jaden and offer pastoral support", _T, "", "",
                 "Gwynthorpe High School (pastoral team)", "Ongoing", "Monitored"],
                ["7", "Speech and language referral for Lexi (few words at 2 years)", "", "", _T,
                 "HV Nadia Fox", "",
                 "Referral letter and SALT appointment date copied to the SW"],
                ["8", "Share any worry about the children's care with the SW", _T, _T, _T,
                 "All professionals", "Same day",
                 "Worries logged on each child's file with the action taken"],
                ["9", "Family support work on morning and bedtime routines", _T, _T, _T,
                 "FSW Rachel Dunn", "As required", ""],
                ["10", "Assess Amari's night-time wetting at the school nurse enuresis clinic", "", _T, "",
                 "School nurse Kay Ellis", "14/07/2025, then every 6 weeks",
                 "Wet-night chart shared with the SW; fewer wet nights each month"],
            ],
        }),
        ("h2", "If things get worse"),
        ("p", "If Jaden is kept off school to look after Lexi, or Tanya is found in bed and not responding "
              "to the children during the day, school or nursery will ring the SW straight away and the SW "
              "will visit the same day. Marcus has agreed to come home from work and care for the children, "
              "and the SW will hold a strategy discussion within 24 hours."),
        ("h2", "Meetings"),
        ("bullets", [
            "Core group: monthly, next on 17/07/2025, 3.45pm, Gwynthorpe Primary.",
            "Review child protection conference: to be arranged.",
        ]),
    ],
    "findings": [
        F("H001", "Weekly counselling sessions to support Tanya with her depression"),
        F("M002", "Weekly counselling sessions to support Tanya with her depression"),
        F("W001", "Funded nursery place for Lexi, three mornings a week"),
        F("T002", "School to keep an eye on Jaden and offer pastoral support"),
        F("M002", "School to keep an eye on Jaden and offer pastoral support"),
        F("T001", "Speech and language referral for Lexi (few words at 2 years)"),
        F("W002", "Share any worry about the children's care with the SW"),
        F("T002", "Family support work on morning and bedtime routines"),
        F("M001", "Family support work on morning and bedtime routines"),
        F("F002", "Tanya will feel better in herself and have more good days"),
        F("R001"),
        F("R002"),
    ],
})
