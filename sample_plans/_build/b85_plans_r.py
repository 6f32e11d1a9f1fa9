"""Batch 85, module r: seven fictional plans (tuning material), places beginning with "r".

Everything here is made up: children, families, professionals, services,
hospitals, schools and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: actions that take their owner, their timescale or their way of knowing
from somewhere other than their own line - a group heading that carries the
time ("Before the baby comes home", "Weeks 1-4", "By the end of June"), a date
column merged down over several rows, owner and time in one cell ("Jo
Pennick (HV) - fortnightly"), abbreviations (w/c 19/5, wkly, fortn., EOM), an
owner lead-in over a run of bullets ("Jo Hill (health visitor) will:"), a
shared line under a list that says how each of the items will be known, a
separate "How we will know it is working" part that answers each numbered
action, and a measure column headed in the family's words ("How will we
know?"). These are read as giving the action its owner, time or measure when
they plainly govern it (the heading, lead-in or merged cell sits over it, the
shared line says it covers "each of these", the answer carries the action's
number). Beside them are actions whose owner, measure or timescale really is
missing, is only the date the plan was entered or agreed, or only repeats the
action. Two plans are exemplary.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Case-system print: every field of each action on its own line, page
#    header and footer; a looked-after baby on the children's ward (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b85_ruddersby_carefile_print_fields_dunmore.pdf",
    "doc_title": "Child Protection Plan - Ollie Dunmore",
    "split": "tune",
    "actions": 11,
    "template": "icpc-case-system-print-pdf-header-footer-each-action-field-on-own-line-action-responsible-target-measure-status-entered",
    "description": (
        "CareFile print of an initial conference plan for a 7-week-old accommodated under section 20 and "
        "still on the children's ward (faltering growth, unexplained bruise, mother's postnatal depression, "
        "father's cannabis use). Each action is a block of fields on their own lines (Action, Responsible, "
        "Target date, Measure of success, Status, Entered), with target dates abbreviated ('wkly (Thurs)', "
        "'fortn.', 'EOM', 'w/c 19/5', 'Before discharge (exp. w/c 26/5)'). Faults: a blank target date where "
        "the only date is the day the action was entered (T001), a blank Responsible (W001), 'Core group' "
        "as owner (W002), a parenting assessment whose measure only repeats it (M001), 'Improvement in "
        "Kayleigh's confidence' (M002), the perinatal team only giving support sessions (H001), an outcome "
        "about the mother only (F002), nobody set to visit Ollie on the ward (L001) and the review "
        "conference 'TBC' (R001). Header and page footer on every page."
    ),
    "header": "RUDDERSBY COUNCIL - CareFile 4 - CHILD PROTECTION PLAN - OFFICIAL-SENSITIVE",
    "footer": "Printed 14/05/2025 10:12 by KBRIGGS - Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "font_size": 10,
    "blocks": [
        ("h1", "CHILD PROTECTION PLAN - PLAN PRINT"),
        ("kv", [
            ("Plan ID", "CP-2025-00417"),
            ("Plan status", "Active"),
            ("Plan start", "13/05/2025 (initial child protection conference)"),
            ("Team", "Ruddersby Children's Safeguarding Team 2"),
        ]),
        ("h2", "1. CHILD"),
        ("kv", [
            ("Name", "Ollie DUNMORE"),
            ("CareFile ID", "RC-883102"),
            ("DOB", "24/03/2025 (7 weeks)"),
            ("Legal status", "Accommodated - section 20 Children Act 1989, from 06/05/2025 (mother's consent)"),
            ("Current location", "Ward 9 (children's ward), Ruddersby Royal Infirmary - admitted 02/05/2025"),
            ("Planned placement", "Pam and Dave Ellery, foster carers, Ruddersby Fostering Service - on discharge"),
            ("Category", "Physical abuse; neglect"),
        ]),
        ("h2", "2. FAMILY AND PROFESSIONAL NETWORK"),
        ("kv", [
            ("Mother", "Kayleigh DUNMORE (22), 7 Reedley Court, Ruddersby"),
            ("Father", "Connor PLATT (25), 41 Ropery Street, Ruddersby - not living with Kayleigh; has PR"),
            ("Maternal grandmother", "Tracey DUNMORE, Ruddersby - works full time; has said she cannot care "
                                     "for Ollie"),
            ("Social worker", "Kerry Briggs (KBRIGGS)"),
            ("Team manager", "Alan Fairley"),
            ("Conference chair", "Rosemary Achebe, Safeguarding Unit"),
            ("Health visitor", "Maxine Lord, Ruddersby 0-19 Service"),
            ("Perinatal mental health", "Nadia Rees, CPN, Ruddersby Perinatal Mental Health Team"),
        ]),
        ("h2", "3. REASON FOR PLAN"),
        ("p", "Kayleigh brought Ollie to the Emergency Department on 02/05/2025. At nearly six weeks old he "
              "weighed 3.61 kg, less than his birth weight of 3.70 kg, and had a bruise on his left ear that "
              "Kayleigh could not explain. The skeletal survey found no fractures; it is to be repeated. "
              "Kayleigh's GP diagnosed postnatal depression on 22/04/2025 and referred her to the perinatal "
              "team. Kayleigh told ward staff that she 'forgets' feeds when she is low and has spent whole "
              "days in bed. Connor smokes cannabis every day and had Ollie at his flat most weekends. On "
              "06/05/2025 Kayleigh agreed to Ollie being accommodated so that he can go to foster carers when "
              "he is well enough to leave hospital."),
        ("h2", "4. CHILD'S VOICE / LIVED EXPERIENCE"),
        ("p", "Ollie is seven weeks old. On the ward he takes a bottle every three hours and has gained 240 g "
              "in ten days. Nurses describe him as watchful. He cries hard when he is hungry, startles at "
              "sudden noises and settles quickly when he is held upright against a shoulder. When Kayleigh "
              "talks to him he turns towards her voice and goes still."),
        ("h2", "5. OUTCOMES"),
        ("kv", [
            ("Outcome 1", "Ollie gains weight steadily and is back on his birth centile (25th) by the review "
                          "conference."),
            ("Outcome 2", "Ollie has no more unexplained injuries and is only looked after by adults who can "
                          "keep him safe."),
            ("Outcome 3", "Kayleigh's mood improves and she engages with the perinatal team."),
        ]),
        ("h2", "6. ACTIONS"),
        ("h3", "Action 1 of 11"),
        ("kv", [
            ("Action", "Liaise with Ward 9 about Ollie's discharge and share the written discharge plan with "
                       "the foster carers and the core group."),
            ("Responsible", "SW Kerry Briggs"),
            ("Target date", "Before discharge (exp. w/c 26/5)"),
            ("Measure of success", "Discharge plan on CareFile; copy signed by Pam Ellery"),
            ("Status", "Open"),
            ("Entered", "14/05/2025 KBRIGGS"),
        ]),
        ("h3", "Action 2 of 11"),
        ("kv", [
            ("Action", "Weigh Ollie daily and keep a feed chart on every shift while he is on the ward."),
            ("Responsible", "Sister Leanne Hoyle, Ward 9"),
            ("Target date", "Daily until discharge"),
            ("Measure of success", "Feed chart and weight chart; copy emailed to the SW each Friday"),
            ("Status", "Open"),
            ("Entered", "14/05/2025 KBRIGGS"),
        ]),
        ("h3", "Action 3 of 11"),
        ("kv", [
            ("Action", "Weekly support sessions for Kayleigh with her low mood and anxiety."),
            ("Responsible", "Nadia Rees, CPN, Ruddersby Perinatal Mental Health Team"),
            ("Target date", "wkly (Thurs)"),
            ("Measure of success", "Attendance recorded in the PMHT diary"),
            ("Status", "Open"),
            ("Entered", "14/05/2025 KBRIGGS"),
        ]),
        ("h3", "Action 4 of 11"),
        ("kv", [
            ("Action", "Parenting assessment of Kayleigh, including how she responds to Ollie's cues during "
                       "contact."),
            ("Responsible", "SW Kerry Briggs"),
            ("Target date", "by 08/07/2025"),
            ("Measure of success", "Parenting assessment completed."),
            ("Status", "Open"),
            ("Entered", "14/05/2025 KBRIGGS"),
        ]),
        ("h3", "Action 5 of 11"),
        ("kv", [
            ("Action", "Urine screens and key work with Connor about his cannabis use, before any unsupervised "
                       "contact with Ollie is considered."),
            ("Responsible", "Mo Adeyemi, Ruddersby Drug and Alcohol Service"),
            ("Target date", "fortn."),
            ("Measure of success", "Screen results and a short written report sent to the SW before each "
                                   "core group"),
            ("Status", "Open"),
            ("Entered", "14/05/2025 KBRIGGS"),
        ]),
        ("h3", "Action 6 of 11"),
        ("kv", [
            ("Action", "Share any concern about Kayleigh's or Connor's care of Ollie with the SW the same day."),
            ("Responsible", "Core group"),
            ("Target date", "Same day"),
            ("Measure of success", "Each concern logged as a case note on CareFile"),
            ("Status", "Open"),
            ("Entered", "14/05/2025 KBRIGGS"),
        ]),
        ("h3", "Action 7 of 11"),
        ("kv", [
            ("Action", "Register Ollie with the GP at Redmayne Surgery and send his hospital discharge summary "
                       "to the practice."),
            ("Responsible", "SW Kerry Briggs"),
            ("Target date", ""),
            ("Measure of success", "GP registration confirmed on CareFile"),
            ("Status", "Open"),
            ("Entered", "14/05/2025 KBRIGGS"),
        ]),
        ("h3", "Action 8 of 11"),
        ("kv", [
            ("Action", "Help Kayleigh build her confidence in feeding and settling Ollie, working at her flat "
                       "from the ward's feed and sleep charts, ready for contact after discharge."),
            ("Responsible", "FSW Jodie Marr"),
            ("Target date", "wkly from 19/5"),
            ("Measure of success", "Improvement in Kayleigh's confidence"),
            ("Status", "Open"),
            ("Entered", "14/05/2025 KBRIGGS"),
        ]),
        ("h3", "Action 9 of 11"),
        ("kv", [
            ("Action", "Repeat skeletal survey, and a written paediatric opinion on the bruise to Ollie's left "
                       "ear."),
            ("Responsible", "Dr Sunil Varma, consultant paediatrician"),
            ("Target date", "w/c 19/5; opinion within 5 working days of the survey"),
            ("Measure of success", "Paediatric report sent to the SW and to Ruddersby Police CAIT"),
            ("Status", "Open"),
            ("Entered", "14/05/2025 KBRIGGS"),
        ]),
        ("h3", "Action 10 of 11"),
        ("kv", [
            ("Action", "Initial health assessment for Ollie as a looked after child."),
            ("Responsible", "Dr Hannah Osei, designated doctor for looked after children"),
            ("Target date", "EOM"),
            ("Measure of success", "IHA report on CareFile, copies to the foster carers and the HV"),
            ("Status", "Open"),
            ("Entered", "14/05/2025 KBRIGGS"),
        ]),
        ("h3", "Action 11 of 11"),
        ("kv", [
            ("Action", "Arrange Ollie's newborn hearing screen before he leaves hospital."),
            ("Responsible", ""),
            ("Target date", "Before discharge"),
            ("Measure of success", "Screen result written in the red book"),
            ("Status", "Open"),
            ("Entered", "14/05/2025 KBRIGGS"),
        ]),
        ("h2", "7. CONTINGENCY"),
        ("p", "If Kayleigh withdraws her consent to section 20 or tries to take Ollie off the ward, ward staff "
              "will call the police and the SW (or EDT out of hours) will hold a strategy discussion the same "
              "day and seek legal advice about an emergency protection order."),
        ("p", "If Ollie loses weight at two weighings in a row after he goes to the Ellerys, Pam will take him "
              "to the Children's Assessment Unit that day and the SW will be told the same day."),
        ("h2", "8. REVIEW ARRANGEMENTS"),
        ("kv", [
            ("Core group", "Every 4 weeks - first meeting 27/05/2025, 10am, Ruddersby Family Hub"),
            ("Review conference", "TBC - to be arranged by the Safeguarding Unit"),
        ]),
        ("h2", "9. SIGN-OFF"),
        ("kv", [
            ("Plan written by", "Kerry Briggs, SW, 14/05/2025"),
            ("Authorised by", "Alan Fairley, Team Manager, 14/05/2025"),
        ]),
    ],
    "findings": [
        F("H001", "Weekly support sessions for Kayleigh with her low mood"),
        F("M001", "Parenting assessment of Kayleigh, including how she responds"),
        F("W002", "Share any concern about Kayleigh's or Connor's care"),
        F("T001", "Register Ollie with the GP at Redmayne Surgery"),
        F("M002", "Help Kayleigh build her confidence in feeding and settling"),
        F("W001", "Arrange Ollie's newborn hearing screen before he leaves hospital"),
        F("F002", "Kayleigh's mood improves and she engages with the perinatal team."),
        F("L001"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Pre-birth plan as a numbered outline (1 / 1.1 / a): timescales from the
#    1.1-level headings ("Before the baby comes home from hospital"), the
#    health visitor named once over three a) items (docx, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b85_rendlecombe_numbered_outline_prebirth_marsh.docx",
    "doc_title": "Pre-birth Child Protection Plan - Freddie Marsh and baby",
    "split": "tune",
    "actions": 14,
    "template": "prebirth-icpc-docx-numbered-outline-1-1.1-a-period-headings-govern-a-items-owner-lead-in-over-three-items",
    "description": (
        "Pre-birth conference plan for a 4-year-old and an unborn baby (mother's bipolar disorder, stopped "
        "her medication in early pregnancy, a hospital admission when Freddie was 2). Written as one Word "
        "outline list numbered 1 / 1.1 / a): each 1.1-level heading carries the time for the a) items under "
        "it ('Before the baby is born - by 36 weeks', 'Before the baby comes home from hospital', 'For the "
        "first 14 nights after the baby comes home', 'Every week until the review conference'), and one "
        "heading names the health visitor once over three items ('Jo Hill (health visitor) will, for the "
        "first 8 weeks after the baby comes home:'). The perinatal team assesses and reports on change, the "
        "GP owns an action, the grandmother's nights have a fallback, dates and legal step set. Exemplary."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Rendlecombe City Council · Children's Services · Safeguarding and Family Support, South"),
        ("kv", [
            ("Children", "Freddie Marsh (4), Rosehill Nursery; baby due 30/06/2025"),
            ("Mother", "Chloe Marsh (26)"),
            ("Father", "Tom Yates (29), father of Freddie and of the baby; lives with Chloe"),
            ("Address", "22 Redwing Close, Rendlecombe"),
            ("Maternal grandmother", "Sandra Marsh, 8 Rookery Lane, Rendlecombe"),
            ("Conference", "Initial (pre-birth) child protection conference, Tuesday 13/05/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Gemma Pryor"),
            ("Chair", "Owen Baptiste"),
        ]),
        ("mlist", [(0, "Why there is a plan")]),
        ("p", "Chloe has bipolar disorder. In 2023, when Freddie was two, she stopped her medication, became "
              "very unwell and drove around at night with Freddie in the car; she was in Rendlecombe Mental "
              "Health Unit for five weeks and Freddie lived with Sandra. Chloe stopped her mood stabiliser "
              "again when she found out she was pregnant, without telling anyone. In March she was sleeping "
              "two or three hours a night and spent £1,800 in two days. The perinatal team restarted her "
              "medication in April and she is now more settled, but the risk of her becoming unwell in the "
              "weeks after the birth is high. Tom works shifts at Rendlecombe bus depot and has not always "
              "known when Chloe was becoming unwell."),
        ("mlist", [(0, "What Freddie has told us and what we have seen of his days")]),
        ("p", "Freddie (seen at nursery on 7 May and at home on 9 May) said: \"The baby is in Mummy's tummy "
              "and it's going to sleep in my old cot.\" He told Gemma that when Mummy was in hospital he "
              "lived at Nana's \"for a long, long time\" and that he \"had to be a big boy\". He drew Nana, "
              "Daddy, Mummy and \"the baby bump\". His key person says he is settled and chatty, arrives "
              "clean and fed, and sometimes asks whether Mummy is \"poorly again\" when she is late to "
              "collect him."),
        ("mlist", [
            (0, "What we want for Freddie and the baby"),
            (2, "The baby is fed, warm and sleeps safely on their back in their own Moses basket, and is "
                "gaining weight."),
            (2, "Freddie and the baby always have an adult who is well looking after them, day and night."),
            (2, "Freddie goes to nursery every day it is open and is not worried about Mummy becoming "
                "poorly."),
            (2, "If Chloe starts to become unwell, the adults around the children notice early and the "
                "children are cared for by Tom or Sandra straight away."),
            (0, "The plan"),
            (1, "Before the baby is born - by 36 weeks (Monday 9 June 2025)"),
            (2, "Dr Aisha Rahman (consultant psychiatrist, Rendlecombe Perinatal Mental Health Team) will see "
                "Chloe and Tom together, assess how likely Chloe is to become unwell after the birth and what "
                "she needs to do differently to stay well enough to care for the baby, and write a relapse "
                "prevention plan with her early warning signs; copies go to Chloe, Tom, Sandra, the midwife, "
                "the GP and Gemma."),
            (2, "Beth Carew (community midwife) will agree a birth plan with the maternity unit at "
                "Rendlecombe General that includes a mental health review before discharge, and put a copy "
                "in Chloe's hand-held notes."),
            (2, "Dr Keith Mallory (GP, Redfern Medical Practice) will move Chloe's prescription to weekly "
                "collection and send Gemma the pharmacy collection record before each core group."),
            (2, "Chloe and Tom will put up the Moses basket in their bedroom and fit the stair gate; Gemma "
                "will see both at her next visit and note them in her visit record."),
            (1, "Before the baby comes home from hospital"),
            (2, "Gemma will hold a discharge planning meeting on the postnatal ward with Chloe, Tom, Sandra, "
                "the midwife and the perinatal team, and send everyone the written discharge plan the same "
                "day."),
            (2, "The perinatal team will see Chloe on the ward and tell Gemma in writing whether she is well "
                "enough for the baby to go home with her and Tom."),
            (1, "Jo Hill (health visitor) will, for the first 8 weeks after the baby comes home:"),
            (2, "visit every week, weigh the baby and plot the weight in the red book;"),
            (2, "look at where the baby sleeps at each visit and note it in the health visiting record;"),
            (2, "do the postnatal mood questionnaire (EPDS) with Chloe at the 2-week and 6-week visits and "
                "send the scores to Gemma and the perinatal team."),
            (1, "For the first 14 nights after the baby comes home"),
            (2, "Sandra Marsh will stay overnight and give the 2am feed so that Chloe sleeps for at least six "
                "hours; she ticks the sleep chart on the fridge, which Gemma checks at each visit."),
            (2, "Tom will be on paternity leave, do the 5am feed and take Freddie to nursery; he fills in the "
                "5am line on the same sleep chart and the nursery register shows who brought Freddie in."),
            (1, "Every week until the review conference"),
            (2, "Gemma (social worker) will visit, at least one visit in three unannounced, see Freddie on his "
                "own and, once the baby is born, see the baby awake, and write down what Freddie says and "
                "what she sees of the baby's care."),
            (2, "Dr Rahman, with care coordinator Lucy Penrose, will see Chloe and report in writing to each "
                "core group on whether she is keeping to her medication and relapse prevention plan, what "
                "has changed, and whether she can keep well enough to care for both children and over what "
                "time."),
            (2, "Mrs Priya Nair (Freddie's key person, Rosehill Nursery) will note how Freddie arrives each "
                "day he attends (fed, clean, who brought him) and email Gemma a summary every Friday."),
            (0, "If things go wrong"),
        ]),
        ("p", "If Chloe shows any of the early warning signs in her relapse prevention plan (sleeping less than "
              "four hours a night for two nights running, talking very fast, spending large amounts of money, "
              "or saying she does not need her medication), Tom or Sandra will take over the care of Freddie "
              "and the baby straight away and ring the perinatal crisis line, who will see Chloe the same day. "
              "Gemma (or the emergency duty team out of hours) will hold a strategy discussion the same day. "
              "Chloe will not care for the children on her own until the perinatal team says she is well "
              "enough."),
        ("p", "If Sandra cannot stay for the first 14 nights, or has to stop part way, Tom will add his annual "
              "leave to his paternity leave and the baby will not go home until one of them can be there "
              "every night. If neither Tom nor Sandra can look after the children, Gemma will arrange a foster "
              "placement for both children that day."),
        ("p", "If Chloe stops her medication, or needs the crisis team, before the review conference, Gemma "
              "will ask her team manager for a legal planning meeting within 5 working days."),
        ("mlist", [(0, "Core group and review conference")]),
        ("p", "First core group: Tuesday 27 May 2025, 2pm, Rendlecombe Family Hub; then every 4 weeks, on "
              "Tuesday 24 June and Tuesday 22 July 2025, same time and place. Review child protection "
              "conference: Tuesday 12 August 2025, 10am, Rendlecombe Town Hall."),
        ("p", "Plan written by Gemma Pryor (social worker) on 14/05/2025 and sent to Chloe, Tom, Sandra and every "
              "agency named in it."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Core group minutes with an action log whose owner and time share one
#    cell ("Jo Pennick (HV) - fortnightly"); no outcomes, no child's voice
#    (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b85_roskeldale_core_group_minutes_action_log_hartley.docx",
    "doc_title": "Core Group 2 Minutes - Maisie and Jack Hartley",
    "split": "tune",
    "actions": 11,
    "template": "core-group-2-minutes-docx-present-progress-table-updates-then-action-log-no-action-who-when-one-cell-how-well-know",
    "description": (
        "Second core group minutes for a 6-year-old and a 2-year-old (mother's drinking, neglect; "
        "grandfather and aunt doing school runs and teas). A table of core group 1's actions, all done, is "
        "not part of the plan. The action log has No. | Action | Who / when | How we'll know, with owner "
        "and time in one cell ('Jo Pennick (HV) - fortnightly', 'Lorraine Hartley (aunt) - Tues & Thurs', "
        "'FSW Amira Khan - wkly for 6 wks from w/c 9/6', 'SW Dan Mercer - fortn., on a different evening "
        "each time'). Faults: 'Stacey' with no time (T001) and 'Stacey engaging with the "
        "service' (M002), 'Everyone - same day' (W002), 'SW Dan Mercer - tbc' (T002), an empty measure "
        "(M001), the alcohol service only named as "
        "where Stacey goes (F004), no outcomes (O001), nothing of the children's views or days (F003), "
        "the contingency resting on the grandfather with no fallback (C003) and no legal step (R002)."
    ),
    "blocks": [
        ("title", "Core Group Meeting - Minutes"),
        ("p", "Roskeldale Borough Council · Children's Services · Safeguarding Team West"),
        ("kv", [
            ("Children", "Maisie Hartley (6), Year 1, Roskeldale Primary; Jack Hartley (2), at home"),
            ("Mother", "Stacey Hartley (30), 14 Rowan Walk, Roskeldale"),
            ("Father", "Kyle Benson - no contact with the children since 2023"),
            ("Meeting", "Core group 2, Wednesday 04/06/2025, 10am, Roskeldale Family Hub"),
            ("Plan since", "Initial child protection conference, 07/05/2025 (category: neglect)"),
            ("Chair", "Dan Mercer, social worker (DM)"),
        ]),
        ("h2", "Present"),
        ("p", "Stacey Hartley (SH); Ray Hartley, maternal grandfather (RH); Lorraine Hartley, maternal aunt (LH); "
              "Dan Mercer, SW (DM); Jo Pennick, HV (JP); Mrs Helen Frost, DSL, Roskeldale Primary (HF); Amira "
              "Khan, family support worker (AK). Apologies: Dr Ian Royle, GP (no report sent). Minutes: Sue "
              "Dale, business support."),
        ("h2", "Actions from core group 1 (13/05/2025) - progress"),
        ("table", {
            "header": ["Action agreed at core group 1", "Who", "Progress"],
            "widths": [8.0, 3.5, 5.5],
            "rows": [
                ["Sign consent for agencies to share information", "Stacey", "Done 13/05/2025"],
                ["Book Jack's 2-year review at home", "Jo Pennick, HV", "Done - review held 28/05/2025"],
                ["Send the conference minutes to Ray and Lorraine", "DM", "Done 15/05/2025"],
            ],
        }),
        ("h2", "Updates"),
        ("p", "SH: said she has cut down to \"a couple of cans at the weekend\" and that the last month has "
              "been hard because of money. She has not been to the Roskeldale Alcohol Service drop-in yet and "
              "said she will go \"when things calm down\"."),
        ("p", "RH and LH: Ray has done the school run every morning since the conference, as agreed. Lorraine "
              "has had the children on Tuesdays and Thursdays, as agreed."),
        ("p", "HF: Maisie's attendance since the conference is 91%, with four late marks."),
        ("p", "JP: Jack's 2-year review was done at home on 28/05/2025. His weight is on the 9th centile and "
              "the ASQ-3 shows a delay in communication; a speech and language referral has been made."),
        ("p", "DM: two home visits, 20/05 and 29/05 (the second unannounced). On 29/05 Stacey smelled of "
              "alcohol at 11am and said it was from the night before. There were empty cans in the kitchen "
              "bin and little food in the fridge."),
        ("p", "AK: routines sessions started on 22/05; Stacey has come to 2 of 2."),
        ("h2", "Discussion"),
        ("p", "The core group agreed that the risks remain and that the plan continues unchanged. Stacey said "
              "she felt \"ganged up on\" but agreed to the actions below."),
        ("h2", "Action log"),
        ("table", {
            "header": ["No.", "Action", "Who / when", "How we'll know"],
            "widths": [1.0, 6.5, 4.5, 5.0],
            "rows": [
                ["1", "See Maisie on her own at school and Jack at home, and look in the fridge and the bedrooms",
                 "SW Dan Mercer - weekly, at least one visit in three unannounced",
                 "Visit records on file, saying what each child was doing and who was caring for them"],
                ["2", "Weigh Jack and chase the speech and language referral",
                 "Jo Pennick (HV) - fortnightly",
                 "Weight plotted in the red book; SaLT appointment date sent to the SW"],
                ["3", "School run for Maisie every morning, and breakfast for Jack at Ray's house",
                 "Ray Hartley (grandad) - every school day",
                 "School register shows Maisie in by 8.50am; Ray signs the sheet in her book bag"],
                ["4", "Tea, bath and bedtime story for Maisie and Jack at Lorraine's house",
                 "Lorraine Hartley (aunt) - Tues & Thurs",
                 "Lorraine's diary, seen by the SW at each visit"],
                ["5", "Go to the Roskeldale Alcohol Service drop-in and start key work",
                 "Stacey",
                 "Stacey engaging with the service"],
                ["6", "Phone the SW the same day about any sign that Stacey has been drinking while caring for "
                      "the children",
                 "Everyone - same day",
                 "Each call logged on the children's file"],
                ["7", "Apply for a funded 2-year-old nursery place for Jack at Rillsby Nursery",
                 "SW Dan Mercer - tbc",
                 "Place confirmed in writing by the nursery"],
                ["8", "Write a family safety plan with Stacey saying who looks after the children if she has "
                      "had a drink",
                 "FSW Amira Khan - by CG3 (02/07/2025)",
                 ""],
                ["9", "Check Maisie's attendance and punctuality every morning and email the SW the week's "
                      "figures",
                 "Mrs Helen Frost (DSL) - daily / Fri",
                 "Weekly attendance printout on the children's file"],
                ["10", "Unannounced evening visits at bedtime to see who is caring for the children",
                 "SW Dan Mercer - fortn., on a different evening each time",
                 "Visit notes say who was caring and whether they had been drinking"],
                ["11", "Routines sessions with Stacey on getting up, meals and bedtimes for both children",
                 "FSW Amira Khan - wkly for 6 wks from w/c 9/6",
                 "Routine chart in use on the kitchen wall; session notes sent to the SW"],
            ],
        }),
        ("h2", "If things get worse"),
        ("p", "If Stacey is found drunk while she is caring for Maisie or Jack, Ray will collect both children "
              "and they will stay at his house, and the SW (or the emergency duty team out of hours) will hold "
              "a strategy discussion the same day."),
        ("h2", "Next meetings"),
        ("p", "Core group 3: Wednesday 02/07/2025, 10am, Roskeldale Family Hub, then every 4 weeks. Review child "
              "protection conference: Thursday 07/08/2025, 1.30pm, Roskeldale Civic Centre."),
        ("p", "Minutes circulated by DM on 05/06/2025. Please send any corrections to DM within 5 working days."),
    ],
    "findings": [
        F("T001", "Go to the Roskeldale Alcohol Service drop-in and start key work"),
        F("M002", "Go to the Roskeldale Alcohol Service drop-in and start key work"),
        F("W002", "Phone the SW the same day about any sign"),
        F("T002", "Apply for a funded 2-year-old nursery place for Jack"),
        F("M001", "Write a family safety plan with Stacey saying who looks after"),
        F("F004"),
        F("O001"),
        F("F003"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Child-friendly "my plan" in the child's words; measure column headed
#    "How will we know?"; no contingency at all (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b85_rookmere_my_plan_child_friendly_bailey.md",
    "split": "tune",
    "actions": 9,
    "template": "my-plan-child-friendly-md-first-person-what-will-happen-who-when-how-will-we-know-table",
    "description": (
        "A 9-year-old's child protection plan written in her own words after the initial conference "
        "(mother's depression, neglect, shouting and a thrown plate at home). The action table is headed "
        "What will happen | Who | When | How will we know?, the measure column in the family's words. "
        "Nan and Grandad each own an action. Faults: 'When Mum is ready' and 'Mum feels better' on the GP "
        "row (T002, M002), the community mental health nurse only helping Mum with her low mood (H001), "
        "'Everyone' making sure there is food in (W002), an empty 'How will we know?' for Callum's course "
        "(M001), an outcome that only Mum feels less sad (F002), no contingency while the plan leans on "
        "Nan and Grandad (C001, C003), no legal step (R002) and core group meetings with no dates or "
        "frequency (R001)."
    ),
    "text": """\
# My plan – Keira Bailey

*This is my plan. It was agreed at a meeting called an initial child protection
conference on Monday 2 June 2025 at Rookmere Town Hall. My social worker, Sophie
Nwosu, wrote it with me at school on Wednesday 4 June, and everyone at the meeting
has a copy. Rookmere Council, Children's Services, Locality Team South.*

## About me

I am 9 and I am in Year 4 at Rookmere Vale Junior School. I live with my mum, Jade
Bailey, and her boyfriend Callum Price at 3 Reed Street, Rookmere. My nan, Pauline
Bailey, lives by the park on Ravel Road and my grandad, Mick Bailey, lives in
Ridgeholme. I like swimming, drawing horses and my cat Biscuit.

## What the grown-ups are worried about

Mum has depression. Some days she stays in bed all day, and I get myself ready for
school and make my own tea, usually cereal. Sometimes there is no food in. In April I
missed 9 days of school. Mum and Callum argue loudly, and in May Callum threw a plate
and it smashed on the wall near me. The grown-ups are worried that I am not being
looked after properly and that I am frightened at home. This is called neglect.

## What I think and feel

"I love my mum and I don't want to live anywhere else. I feel sad when Mum is in
bed all day and I don't know if she's okay. I get scared when Callum shouts. I like
Nan's because she does proper tea and we watch quiz shows."

On my scale I put home at 5 out of 10 and Nan's at 10.

## What I want to be different

- I have a proper tea every night and there is always food in the cupboard.
- I go to school every day and I'm not worrying about Mum while I'm there.
- Nobody shouts or throws things at home.
- Mum will feel less sad and get out of bed in the mornings.

## My plan – what needs to happen

| What will happen | Who | When | How will we know? |
|---|---|---|---|
| Sophie will see me on my own at school and at home, and write down what I tell her | Sophie Nwosu, my social worker | Every week, on Wednesdays | Sophie reads back what she wrote, I say if it's right, and it goes on my file |
| I will have a check-in with Mrs Patel in the Rainbow Room before lessons | Mrs Anjali Patel, my school's safeguarding lead | Every school morning, 8.45am | I put my worry stone in the pot and Mrs Patel writes it in my check-in book |
| Mum will go to her doctor about her tablets | Mum | When Mum is ready | Mum feels better |
| Kerry will come to see Mum at home to help her with her low mood | Kerry Dunn, nurse, Rookmere Community Mental Health Team | Every 2 weeks | Kerry's notes say she saw Mum |
| Make sure there is food in the house for my tea every day | Everyone | Every day | I tell Sophie what I had for tea |
| Nan will pick me up from school and I will have my tea at hers | Nan (Pauline Bailey) | Mondays and Fridays | Nan writes it on her kitchen calendar and Sophie looks at it |
| Callum will go on a course about being a calm grown-up at home (a parenting course) | Callum | 8 Monday evenings from 16 June | |
| Amy the school nurse will check my eyes, my teeth and my weight | Amy Clarke, school nurse | Before the summer holidays (by 18 July) | Amy sends a letter to Mum and Sophie saying what she found |
| Grandad will take me swimming | Grandad (Mick Bailey) | Saturday mornings | My swimming card gets stamped every week |

## Who checks that my plan is working

The grown-ups who help me (the core group) will meet to check how my plan is going.
The next big meeting (the review conference) will be on Monday 1 September 2025 at
Rookmere Town Hall. I can go to part of it, or Sophie will take my views for me.
""",
    "findings": [
        F("T002", "Mum will go to her doctor about her tablets"),
        F("M002", "Mum will go to her doctor about her tablets"),
        F("H001", "Kerry will come to see Mum at home to help"),
        F("W002", "Make sure there is food in the house for my tea"),
        F("M001", "Callum will go on a course about being a calm"),
        F("F002", "Mum will feel less sad and get out of bed in the mornings."),
        F("C001"),
        F("C003"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Letter to a parent setting out the plan: "You will:" and "I will:" over
#    bullets, one shared line saying how each "You will" item is known; the
#    family is moving to another authority (pdf, header and footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b85_ravenstock_letter_to_parent_plan_quinn.pdf",
    "doc_title": "Letter to Danielle Quinn - child protection plan for Tyler and Ellie-Mae",
    "split": "tune",
    "actions": 16,
    "template": "letter-to-parent-pdf-letterhead-you-will-i-will-lead-ins-over-bullets-shared-measure-line-then-sentences-for-others",
    "description": (
        "Social worker's letter to a mother after the initial conference for a 4-year-old and an "
        "18-month-old (neglect, mother's low mood since a bereavement, cannabis, debt; a move to Rilbury "
        "planned). 'You will:' and 'I will (Hannah Reed, your social worker):' lead-ins give the owner of "
        "each bullet, and one line under the 'You will' bullets says how each of them will be known "
        "(appointment card, letter or register seen at the next visit); other agencies' actions are "
        "sentences in a paragraph. Faults: the drug service drop-in with no time (T001), a transfer-in "
        "conference 'as soon as possible' (T002), Talking Space only supporting the mother (H001), the "
        "parenting assessment left to the receiving authority after transfer (X001) with no output "
        "(M001), the health visitor to 'keep an eye on' Ellie-Mae (M002), a passive nursery place with no "
        "owner (W001), most actions about the mother's own needs (F001), a contingency that only talks "
        "and thinks (C002), no legal step (R002) and no review conference date (R001). Letterhead header "
        "and page footer on every page."
    ),
    "header": "Ravenstock Borough Council - Children's Services - Family Safeguarding Team 1",
    "footer": "Private and confidential - page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("pr", "Children's Services, Ryecroft House"),
        ("pr", "14 Regent Parade, Ravenstock RV2 4TP"),
        ("pr", "Telephone 01632 960418"),
        ("p", ""),
        ("pl", "Ms Danielle Quinn"),
        ("pl", "Flat 3, 27 Rosslyn Road"),
        ("pl", "Ravenstock RV5 1JD"),
        ("p", ""),
        ("p", "Friday 13 June 2025                                        Our ref: HR/CP/2291"),
        ("p", "Dear Danielle,"),
        ("boldp", "Child protection plan for Tyler and Ellie-Mae"),
        ("p", "Thank you for coming to the initial child protection conference on Wednesday 11 June. As you "
              "know, the conference decided that Tyler and Ellie-Mae need a child protection plan, under the "
              "category of neglect. I said I would write to you to set the plan out in plain words, so that "
              "you know what everyone has agreed to do. Please keep this letter and bring it to our meetings."),
        ("boldp", "Why there is a plan"),
        ("p", "Since March Tyler has missed more than a third of his nursery sessions, and the nursery has twice "
              "found him hungry and in clothes that were wet through. When I visited on 22 May Ellie-Mae was "
              "in a very full nappy with a sore rash, and there was very little food in the flat. You told me "
              "that you have felt low since your mum died last year, that you smoke cannabis most evenings to "
              "help you sleep, and that you are behind with your rent. You also told me that you hope to move "
              "to Rilbury in July to be near your sister, Shannon."),
        ("boldp", "What Tyler and Ellie-Mae need"),
        ("bullets", [
            "Tyler and Ellie-Mae have three meals a day, clean clothes and clean nappies, and a warm, safe home.",
            "Tyler goes to nursery every day it is open and starts Reception in September ready to learn.",
            "Ellie-Mae's health and development checks are up to date and she keeps gaining weight.",
            "Both children are looked after every evening by an adult who is awake and has not been smoking "
            "cannabis.",
        ]),
        ("boldp", "What Tyler has told me, and what I have seen of Ellie-Mae"),
        ("p", "When I saw Tyler at nursery on 4 June he told me: \"Mummy sleeps on the settee a lot and I watch "
              "telly.\" He said his favourite place is Auntie Shannon's \"because she has a trampoline\", and "
              "that he would like \"pasta every day\". He drew a picture of you, him and Ellie-Mae at the park. "
              "Ellie-Mae is 18 months old. At home she walks well and babbles, and when she cries she reaches "
              "for you and stops quickly once you pick her up."),
        ("boldp", "What you have agreed to do"),
        ("p", "You will:"),
        ("bullets", [
            "see Dr Okoye at Ravenstock Health Centre about your low mood and sleep by Friday 20 June;",
            "go to the bereavement support group at Redgate Community Hall every Tuesday afternoon;",
            "go to the Ravenstock Drug Service drop-in about your cannabis use;",
            "go to the debt advice appointment at Ravenstock Advice Centre on Tuesday 24 June;",
            "join the Thursday morning confidence group at Ravenstock Women's Centre from 26 June;",
            "take Ellie-Mae to her 2-year check with the health visitor on Thursday 3 July;",
            "take Tyler to nursery every day it is open, by 9am.",
        ]),
        ("p", "For each of these, I will ask to see the appointment card, letter or nursery register at my next "
              "visit and write down in my notes whether it happened."),
        ("boldp", "What I will do"),
        ("p", "I (Hannah Reed, your social worker) will:"),
        ("bullets", [
            "visit you, Tyler and Ellie-Mae at home every week until the transfer-in conference in Rilbury, "
            "seeing Tyler on his own and writing down what he tells me;",
            "help you fill in the housing transfer form for your move by Monday 30 June, and give you a copy;",
            "book you an appointment at the Ravenstock Employment and Skills Hub by 30 June, and give you the "
            "appointment letter;",
            "apply to the Ravenstock Hardship Fund for help with your rent arrears by Friday 27 June, and tell "
            "you the result in writing;",
            "ask Rilbury Council to hold a transfer-in conference as soon as possible, and tell you the date "
            "in writing.",
        ]),
        ("boldp", "What other people will do"),
        ("p", "Tina Lowe from Ravenstock Talking Space will support you with your anxiety and low mood at your "
              "Monday sessions and let me know if you miss one. The parenting assessment will be started by "
              "Rilbury Council's social worker once your case has transferred. Gill Stanton, Ellie-Mae's "
              "health visitor, will visit her at home every month and keep an eye on her development. A "
              "nursery place will be found for Ellie-Mae for September, and the offer letter will be kept on "
              "her file."),
        ("boldp", "If things get worse"),
        ("p", "If I have further worries about Tyler and Ellie-Mae, I will talk to my manager and we will think "
              "about what needs to happen next, which may include calling another meeting."),
        ("boldp", "Meetings"),
        ("p", "The first core group meeting will be on Wednesday 2 July 2025 at 10am at Ravenstock Family Hub, "
              "and then every four weeks while you live in Ravenstock. Your review conference will be held by "
              "Rilbury Council after you move, and they will write to you with the date."),
        ("p", "If anything in this letter is wrong, or you would like to talk it through, please ring me on "
              "01632 960418. You can also get free, independent advice from the Ravenstock Parents' Advice "
              "Line."),
        ("p", "Yours sincerely,"),
        ("pl", "Hannah Reed"),
        ("pl", "Social Worker, Family Safeguarding Team 1"),
        ("p", "cc: Dr Okoye, Ravenstock Health Centre; Gill Stanton, health visitor; Redbrook Nursery; Tina "
              "Lowe, Ravenstock Talking Space; Rilbury Council Children's Services"),
    ],
    "findings": [
        F("T001", "go to the Ravenstock Drug Service drop-in about your cannabis"),
        F("T002", "ask Rilbury Council to hold a transfer-in conference"),
        F("H001", "will support you with your anxiety and low mood"),
        F("X001", "The parenting assessment will be started by Rilbury Council's"),
        F("M001", "The parenting assessment will be started by Rilbury Council's"),
        F("M002", "will visit her at home every month and keep an eye"),
        F("W001", "nursery place will be found for Ellie-Mae for September"),
        F("F001"),
        F("C002"),
        F("R002"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Signs of Safety plan: danger statement, safety goals, scaling, a
#    worried / working well grid, family safety rules, then a next-steps
#    table whose "By when" column is merged down over each group (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b85_ryvenholt_signs_of_safety_danger_goals_mensah.docx",
    "doc_title": "Signs of Safety Child Protection Plan - Nia and Kwame Mensah",
    "split": "tune",
    "actions": 12,
    "template": "signs-of-safety-docx-danger-statement-safety-goals-scaling-two-column-grid-family-safety-rules-next-steps-by-when-first-column-merged",
    "description": (
        "Signs of Safety initial conference plan for a 5-year-old and a 9-month-old (father's violence to "
        "the mother while she held the baby, his cocaine use; mother's anxiety). Danger statement, safety "
        "goals, scaling, a two-column worried / working well grid and the family's safety rules are not "
        "actions. The Next steps table's 'By when' column is merged down over three groups of three rows "
        "('By Friday 27 June 2025', 'Every week until the review conference', 'In July 2025'). Talking "
        "Therapies has one treatment-only row (H001) and one row reporting on change. Faults: drug testing "
        "measured only by 'Monitored' (M002), contact supervised 'When appropriate' by the 'Safety "
        "network' (T002, W002), a referral whose only date is the day the plan was agreed (T001), and a "
        "contingency that sends the children to the grandparents, who carry much of the plan, with nothing "
        "if they cannot (C003)."
    ),
    "check_vmerge": 3,
    "blocks": [
        ("title", "Signs of Safety - Child Protection Plan"),
        ("p", "Ryvenholt City Council · Children and Young People's Services · Locality Safeguarding Team East"),
        ("kv", [
            ("Children", "Nia Mensah (5), Reception, Ryvenholt Park Infant School; Kwame Mensah (9 months)"),
            ("Mother", "Abena Mensah (27), 12 Rosebank Court, Ryvenholt"),
            ("Father", "Marcus Reid (30), father of both children; on police bail not to contact Abena or go "
                       "to Rosebank Court"),
            ("Maternal grandparents", "Grace and Samuel Mensah, 5 Ravine Street, Ryvenholt"),
            ("Conference", "Initial child protection conference, Thursday 12/06/2025"),
            ("Category", "Emotional abuse"),
            ("Social worker", "Rhian Morgan"),
            ("Chair", "Declan Fry"),
        ]),
        ("h1", "Danger statement"),
        ("p", "Children's services, the police and Nia's school are worried that Marcus may come back to the "
              "flat after using cocaine and hurt Abena again, as he did on 24 May when he punched her while she "
              "was holding Kwame and Nia was watching from the doorway. If that happens, Kwame could be dropped "
              "or hit and badly hurt, and Nia will go on being frightened at home, going quiet at school and "
              "wetting the bed, as she has since May."),
        ("h1", "Safety goals"),
        ("p", "Everyone in Nia and Kwame's network (Abena, Grace and Samuel, the school and children's "
              "services) will be confident that:"),
        ("bullets", [
            "Nia and Kwame live somewhere their dad cannot come unless it has been agreed and planned.",
            "If Marcus ever turns up, Abena and Nia know what to do, and the adults around them act straight "
            "away so that Nia and Kwame are not hurt or frightened.",
            "Nia can tell the adults she trusts how she feels, and she is dry at night most nights.",
            "Any time Nia and Kwame spend with their dad is safe, planned and supervised.",
        ]),
        ("h1", "Scaling"),
        ("p", "On a scale where 10 means everyone is confident the children are safe enough for the plan to end "
              "and 0 means they cannot stay at home: Rhian (SW) 4, Abena 8, Grace 7, Miss Jones (Nia's "
              "teacher) 5."),
        ("h1", "What we are worried about and what is working well"),
        ("table", {
            "header": ["What are we worried about?", "What's working well?"],
            "widths": [8.5, 8.5],
            "rows": [
                ["Marcus has hit Abena three times that the police know about; on 24 May Kwame was in her arms.",
                 "Abena rang the police herself on 24 May and has not let Marcus in since."],
                ["Marcus uses cocaine at weekends and becomes angry and jealous when he does.",
                 "Grace and Samuel live ten minutes away and have had the children every Sunday since Kwame "
                 "was born."],
                ["Nia has wet the bed most nights since May and hides behind the sofa when someone knocks at "
                 "the door.",
                 "Nia is settled at school, has friends and is learning to read; her teacher says she is "
                 "\"a different girl\" after a good night."],
                ["Abena has anxiety and panic attacks and has found it hard to leave the flat.",
                 "Abena has kept every health visitor appointment for Kwame, and his weight and development "
                 "are good."],
            ],
        }),
        ("h1", "What Nia says, and what we see of Kwame"),
        ("p", "Nia did her three houses with Rhian at school on 9 June. In her house of worries she drew "
              "\"Daddy shouting\" and \"Mummy crying on the floor\". In her house of good things she drew Nana "
              "Grace's garden and Kwame in the paddling pool. In her house of dreams: \"Daddy is kind and says "
              "sorry and doesn't do banging.\" She told Rhian: \"I want to stay with Mummy and Kwame. I go under "
              "my bed when Daddy is cross.\" Kwame crawls and babbles, and at the health visitor's last visit "
              "he reached for Abena and settled on her lap when the doorbell went."),
        ("h1", "Our family safety rules"),
        ("p", "Agreed by Abena, Grace and Samuel at the conference:"),
        ("bullets", [
            "Abena will not let Marcus into the flat or tell him where she and the children are.",
            "The door chain goes on whenever Abena is at home with the children.",
            "Grace keeps her phone on at night and comes straight round if Abena rings.",
        ]),
        ("h1", "Next steps"),
        ("table", {
            "header": ["By when", "What needs to happen", "Who", "How we'll know it is happening"],
            "widths": [2.8, 6.0, 3.7, 4.5],
            "rows": [
                ["By Friday 27 June 2025",
                 "Make Nia's words and pictures plan with her, so she knows what to do and who to call if her "
                 "dad comes to the flat",
                 "SW Rhian Morgan",
                 "Nia can tell Rhian and her teacher her plan; the pictures are on the fridge and in her book "
                 "bag"],
                [V,
                 "Help Abena apply to the family court for a non-molestation order",
                 "IDVA Fiona Grant, Ryvenholt Domestic Abuse Service",
                 "Order granted; copies given to the police and the school"],
                [V,
                 "Put a marker on the flat, and give the school a photo of Marcus and a copy of his bail "
                 "conditions",
                 "PC Dale Harper, Ryvenholt Police Domestic Abuse Unit",
                 "Marker confirmed to the SW by email; photo kept at school reception"],
                ["Every week until the review conference",
                 "Visit at home, see Nia on her own and Kwame awake, and go through the family safety rules "
                 "with Abena",
                 "SW Rhian Morgan",
                 "Visit notes record what Nia says and who was at the flat"],
                [V,
                 "Have Nia and Kwame for tea on Wednesdays, and stay overnight at the flat on Fridays when Abena "
                 "works a late shift",
                 "Grace and Samuel Mensah (maternal grandparents)",
                 "Grace marks each visit on the family calendar, which Rhian looks at when she visits"],
                [V,
                 "Check in with Nia every Monday morning using her feelings fan, and pass on anything she says "
                 "about home the same day",
                 "Miss Lowri Jones, Nia's class teacher",
                 "Check-in sheet; anything about home logged on the school's safeguarding system the same day"],
                ["In July 2025",
                 "Drug testing for Marcus before any contact with the children is considered",
                 "Tom Ash, Ryvenholt Drug and Alcohol Service",
                 "Monitored"],
                [V,
                 "Weekly CBT sessions for Abena's anxiety and panic attacks",
                 "Jen Pryce, Ryvenholt Talking Therapies",
                 "Sessions attended (Talking Therapies record)"],
                [V,
                 "Write to the core group on whether Abena is making the changes she needs to keep the family "
                 "safety rules going for Nia and Kwame when she is anxious, and how long that is likely to take",
                 "Jen Pryce, Ryvenholt Talking Therapies",
                 "Written report sent to the SW before the core group on 24/07/2025"],
                ["When appropriate",
                 "Supervise any contact Nia and Kwame have with their dad, at Grace and Samuel's house",
                 "Safety network",
                 "Contact notes written by the supervisor after each contact"],
                ["Agreed at conference 12/06/2025",
                 "Refer Nia to the Ryvenholt Children's Wellbeing Service for help with her bedwetting and "
                 "nightmares",
                 "SW Rhian Morgan",
                 "Referral accepted letter on file"],
                ["By the first core group (26/06/2025)",
                 "Ask Abena's GP for a summary of her anxiety treatment and any worries about her care of the "
                 "children",
                 "SW Rhian Morgan",
                 "GP summary on the children's file"],
            ],
        }),
        ("h1", "If the safety rules are broken"),
        ("p", "If Marcus comes to the flat or contacts Abena, Abena will ring 999 and she and the children will go "
              "to Grace and Samuel's that night, and Rhian (or the emergency duty team out of hours) will hold a "
              "strategy discussion the same day. If Abena lets Marcus into the flat, or the police are called to "
              "another incident before the review conference, Rhian will ask her team manager for a legal "
              "planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("p", "Core group every 4 weeks, Thursdays at 3.30pm at Ryvenholt Park Infant School: 26/06/2025, "
              "24/07/2025 and 21/08/2025. Review child protection conference: Thursday 04/09/2025, 10am, "
              "Ryvenholt Civic Centre."),
        ("p", "Plan written by Rhian Morgan (SW) with Abena on 13/06/2025."),
    ],
    "findings": [
        F("M002", "Drug testing for Marcus before any contact with the children"),
        F("H001", "Weekly CBT sessions for Abena's anxiety and panic attacks"),
        F("T002", "Supervise any contact Nia and Kwame have with their dad"),
        F("W002", "Supervise any contact Nia and Kwame have with their dad"),
        F("T001", "Refer Nia to the Ryvenholt Children's Wellbeing Service"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Child in need / child protection plan export: actions numbered under
#    period headings ("WEEKS 1-4 ..."), the aunt named once over two actions,
#    and a separate "How we will know it is working" part answering each
#    numbered action (txt, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b85_rushmeade_cin_cp_plan_export_weeks_fenwick.txt",
    "split": "tune",
    "actions": 13,
    "template": "cin-cp-plan-template-txt-export-dotted-fields-numbered-actions-under-period-headings-owner-lead-in-separate-how-we-will-know-part-by-number",
    "description": (
        "Text export of a combined child in need / child protection plan form, used here as a child "
        "protection plan, for a 13-year-old and an 8-year-old whose father and sole carer is dependent on "
        "codeine for back pain. The 13 numbered actions sit under period headings that give their time "
        "('WEEKS 1-4 (MONDAY 16 JUNE TO FRIDAY 11 JULY 2025)', 'WEEKS 5-12 ...', 'EVERY WEEK UNTIL THE "
        "REVIEW CONFERENCE ...'); the aunt is named once over her two actions ('Debbie Fenwick (Paul's "
        "sister) will:'), and a separate 'HOW WE WILL KNOW IT IS WORKING' section answers each action by "
        "its number. GP, drug service and pain clinic own actions, the drug service reports on change, the "
        "aunt's part has a fallback, dates and legal step set. Exemplary."
    ),
    "text": """\
RUSHMEADE COUNCIL - CHILDREN'S SERVICES                      CarePath 6
CHILD IN NEED / CHILD PROTECTION PLAN
Exported 12/06/2025 16:04 by RPARRY
------------------------------------------------------------------------
Plan type ........ Child Protection (CIN/CP plan form, version 3)
Plan start ....... 10/06/2025, initial child protection conference
Category ......... Neglect
Children ......... Ethan FENWICK (13), Year 8, Rushmeade Academy
                   Lily FENWICK (8), Year 3, Ridley Lane Primary
Address .......... 19 Rosemount Terrace, Rushmeade
Father ........... Paul FENWICK (44), sole carer
Mother ........... Carol FENWICK, died in 2022
Family network ... Debbie FENWICK, Paul's sister, 2 Ryland Close, Rushmeade
Social worker .... Rob Parry, Rushmeade Child Protection Team
Chair ............ Monica Hale
------------------------------------------------------------------------

1. WHY THERE IS A PLAN

Paul hurt his back in a fall at work in 2023 and has been prescribed
codeine since. He told conference that he takes more than prescribed on
bad days and has been buying extra tablets online. He falls asleep in
the afternoons and early evenings. On 21 May Lily (8) walked home from
school alone because Paul did not collect her, and a neighbour found her
sitting on the doorstep at 5pm; Paul was asleep inside. Ethan has missed
11 days of school since Easter, often to look after Lily. Paul loves the
children, came to conference and has asked for help to cut down.

2. WHAT ETHAN AND LILY SAY

Ethan (seen alone at school, 4 June): "I don't mind helping Dad but I
can't be there all the time. When he's asleep I have to sort Lily's tea,
and I've missed football training loads." He wants his dad "to not be
sleepy all the time" and to get back into the school football team. He
put home at 6 out of 10.

Lily (seen alone at home, 6 June): "Daddy sleeps in the afternoon and I
watch YouTube on his phone. I like Auntie Debbie's because she does fish
fingers and we do baking." She drew her family with "Mummy in the
stars". She said she was "a bit scared" on the doorstep and that she
wants "someone to always pick me up".

3. WHAT WE WANT FOR ETHAN AND LILY

- Ethan and Lily always have an adult who is awake and well looking
  after them, after school, in the evening and overnight.
- Lily is collected from school every day by an adult who is well.
- Ethan is in school every day, is not Lily's carer, and is back at
  football training.
- Both children have a proper meal every evening.

4. THE PLAN

Each heading says by when the actions under it are done, or how long
they carry on.

WEEKS 1-4 (MONDAY 16 JUNE TO FRIDAY 11 JULY 2025)

1. Dr Sana Qureshi, GP, Ravensgill Medical Centre, will review Paul's
   painkillers with him, move him to weekly prescriptions, and write to
   Rob on how his medication affects his care of Ethan and Lily.
2. Lee Mwangi, Rushmeade Drug and Alcohol Service, will assess Paul's
   codeine use, including what he buys online, and agree a reduction
   plan with Paul and his GP.
3. Rob Parry (SW) will finish the child and family assessment, with
   Ethan's and Lily's views in their own words.
4. Kate Lin, Rushmeade Young Carers, will do a young carer's assessment
   with Ethan.
5. Paul and Rob will write an afternoon plan: who collects Lily from
   school on each weekday, and what Paul does if he feels drowsy while
   he is looking after the children.

WEEKS 5-12 (MONDAY 14 JULY TO FRIDAY 5 SEPTEMBER 2025)

6. Lee Mwangi will see Paul every week for key work, and write to each
   core group on whether Paul is keeping to his reduction plan, how
   likely he is to manage without extra tablets, and what that means for
   Ethan and Lily.
7. Rob Parry (SW) will book Ethan and Lily onto the Rushmeade holiday
   activity programme for Tuesdays to Thursdays of the summer holidays,
   before the holidays start on 21 July.
8. Dr Ian Brookes, pain management clinic, Rushmeade General Hospital,
   will see Paul about other ways to manage his back pain, so that he
   can stay alert while he is caring for the children.

EVERY WEEK UNTIL THE REVIEW CONFERENCE (TUESDAY 9 SEPTEMBER 2025)

9.  Rob Parry (SW) will visit, at least one visit in three unannounced,
    see Ethan and Lily on their own, and check who is looking after
    Lily after school.
10. Mrs Joy Reeve (DSL, Ridley Lane Primary) will check Lily's
    attendance every morning and tell Rob the same day who collected
    her, if it was not Paul or Debbie.
11. Mr Dan Hollis (head of Year 8, Rushmeade Academy) will check Ethan's
    attendance every morning and ring Rob the same day if he is absent
    without a reason.

Debbie Fenwick (Paul's sister) will:

12. collect Lily from school on Mondays, Wednesdays and Fridays and give
    both children their tea at her house;
13. ring Paul at 8pm every evening to check he is awake and the children
    are in, and go round if he does not answer.

5. HOW WE WILL KNOW IT IS WORKING

1.  Dr Qureshi's letter on the children's file; the pharmacy's weekly
    collection record shared with Rob before each core group.
2.  Lee's written assessment and the reduction plan, sent to Rob and
    Dr Qureshi.
3.  The assessment report, shared with Paul and the core group.
4.  The young carer's assessment, sent to Rob; Ethan tells Rob at his
    next visit what has been agreed.
5.  The afternoon plan, signed by Paul, on the fridge and with both
    schools.
6.  Lee's written update before each core group, with screening
    results.
7.  The booking confirmations, and the programme's register showing
    both children there.
8.  The clinic letter to Dr Qureshi and Rob.
9.  Rob's visit records, with Ethan's and Lily's words written down.
10. The school's collection book and Mrs Reeve's weekly email to Rob.
11. The academy's attendance printout, sent to Rob every Friday.
12. The school's collection book, and Debbie's calendar of teas, which
    Rob looks at on his visits.
13. Debbie's log of each call, which she shows Rob at each visit.

6. CONTINGENCY

If Paul is found asleep or drowsy while he is the only adult with the
children, or either child tells us he has taken more tablets than he
should, the school or Ethan will ring Debbie, who will collect both
children and keep them overnight, and Rob (or the emergency duty team
out of hours) will hold a strategy discussion the same day.

If Debbie cannot collect Lily on one of her days, or is ill or away,
she will tell Rob and Ridley Lane by 12 noon; Lily will go to the
school's after-school club until 5.30pm, paid for by children's
services, and Rob will visit that evening. If no safe adult can care
for the children overnight, Rob will arrange a foster placement for
both of them that night.

If Paul buys codeine online again, or a child is left without an adult
who is awake and well twice before the review conference, Rob will ask
his team manager for a legal planning meeting within 5 working days.

7. MEETINGS

Core group ....... every 4 weeks, Tuesdays at 4pm, Ridley Lane Primary:
                   24/06/2025, 22/07/2025 and 19/08/2025
Review conference  Tuesday 09/09/2025, 10am, Rushmeade Civic Offices
------------------------------------------------------------------------
END OF EXPORT
""",
    "findings": [],
})
