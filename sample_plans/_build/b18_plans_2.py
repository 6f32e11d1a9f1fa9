"""Batch 18, module 2: seven fictional files (tuning material).

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus of this module: case-system exports and council forms - one labelled
line per field, tick-box fields, PDF prints with a header and footer on every
page, typed page headers in text prints and 1 / 1.1 / a) outlines.
"""
from build_batch5 import F, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Council form CP2 with lettered parts, tick-box fields and one small
#    box of labelled lines per action (docx). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b18_nabberley_form_cp2_tickbox_parts_adeyinka.docx",
    "doc_title": "Child Protection Plan (Form CP2) - Precious and Zion Adeyinka",
    "split": "tune",
    "template": "council-form-lettered-parts-tickbox-fields-action-boxes",
    "description": (
        "Exemplary ICPC plan on a council form (mother's drinking; 7-year-old and 2-year-old): lettered "
        "parts A-J, tick-box fields, one box of What / Lead / By when / How we will know lines per "
        "action. Named leads, real timescales, observable measures, the alcohol service and GP own "
        "actions, grandmother's weekends covered in a specific contingency with a foster-care fallback, "
        "core group dates, review conference date and a legal planning meeting if progress stalls."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Nabberley Borough Council · Children's Social Care · Form CP2 (rev. 03/2024) · "
              "OFFICIAL-SENSITIVE when completed"),
        ("boldp", "PART A – CHILD AND FAMILY DETAILS"),
        ("kv", [
            ("Child 1", "Precious ADEYINKA   DOB 14/09/2017 (7y)   Nabberley Park Primary, Year 2"),
            ("Child 2", "Zion ADEYINKA   DOB 02/02/2023 (2y 3m)   not yet in a setting"),
            ("Lives with", "Chioma Adeyinka (mum), 31 Fennel Walk, Nabberley"),
            ("Fathers", "Precious's father, Emeka Adeyinka, lives abroad (video calls on Sundays); "
                        "Zion's father, Jordan Baptiste, no contact since 2023"),
            ("Significant family", "Grace Eze (MGM), Cressey Road – 10 minutes' walk"),
            ("Conference", "Initial CP conference 30/04/2025, chaired by Hilary Rowntree (IRO)"),
            ("Allocated SW", "Lorna Beckett, Safeguarding Team 2 (TM: Dev Sandhu)"),
            ("Interpreter needed", "☐ Yes   ☒ No"),
            ("Parent given copy of plan", "☒ Yes (30/04/2025)   ☐ No"),
        ]),
        ("boldp", "PART B – CATEGORY OF PLAN"),
        ("p", "☐ Physical abuse     ☐ Sexual abuse     ☐ Emotional abuse     ☒ Neglect"),
        ("boldp", "PART C – WHAT WE ARE WORRIED ABOUT"),
        ("p", "Chioma has been drinking heavily since her mother's partner died last autumn, mostly on Friday "
              "and Saturday evenings but increasingly on weekdays. On 06/04/2025 the police did a welfare check "
              "after a neighbour heard Zion crying for over an hour: Chioma was asleep on the sofa and could not "
              "be woken properly, Zion was in his cot in a soaked nappy and Precious was making toast for "
              "herself at 8.45pm. Precious has been late to school 14 times this term and twice told her "
              "teacher that she \"put Zion to bed because Mummy was tired\". At his 2-year review Zion had "
              "dropped from the 50th to the 25th centile for weight and was using only a handful of words."),
        ("boldp", "PART D – WHAT IS WORKING WELL"),
        ("p", "Chioma loves her children and was open with conference about her drinking. She went to the "
              "Nabberley Alcohol Recovery Service (NARS) drop-in on 24/04/2025 by herself. Grace Eze is close "
              "to the children, has a spare room, and looked after them for a week in March without any "
              "concerns. Precious is doing well with her reading and has a good friendship group."),
        ("boldp", "PART E – CHILD'S VIEWS AND LIVED EXPERIENCE"),
        ("p", "How obtained:   ☒ Seen alone   ☒ Observed at home   ☐ Advocate   "
              "☐ Not obtained (give reason)"),
        ("p", "Precious (seen alone at school, 24/04/2025): \"I like it when it's just normal and Mummy makes "
              "jollof and we watch Bluey.\" She said the bad bit is \"when Mummy has her drinks and goes to "
              "sleep and Zion won't stop crying\". She said she likes staying at Grandma Grace's \"because she "
              "does plaits and I don't have to do anything\". Her three wishes were a puppy, for Mummy to "
              "\"stop the drinks\" and to go swimming on Saturdays again."),
        ("p", "Zion (observed at home 22/04/2025 and 29/04/2025): Zion stayed close to Precious and took his "
              "beaker from her rather than from Chioma. He ate two bowls of rice quickly on both visits. He "
              "babbled and pointed but used only \"Cess\" (Precious), \"no\" and \"more\". He laughed and "
              "lifted his arms to be picked up when Chioma sang to him."),
        ("boldp", "PART F – OUTCOMES FOR THE CHILDREN"),
        ("pi", "F1   Precious and Zion are looked after at all times by an adult who is sober and awake enough "
               "to feed them, put them to bed and keep them safe."),
        ("pi", "F2   Zion is fed at regular times, gets back to his 50th centile and starts to catch up with "
               "his talking."),
        ("pi", "F3   Precious gets to school on time every day and no longer has to look after Zion."),
        ("boldp", "PART G – ACTIONS"),
        ("p", "One box per action. Lead = the named person responsible. Link each action to an outcome in Part F."),
        ("boldp", "Action G1                                                          Linked outcome: F1, F3"),
        ("kv", [
            ("What", "Unannounced home visits to see Precious and Zion, with an evening visit (after 6pm) at "
                     "least once a fortnight; see Precious on her own and check Zion's cot, the fridge and "
                     "whether there is alcohol in the house"),
            ("Lead", "Lorna Beckett (SW)"),
            ("By when / how often", "Weekly from 01/05/2025"),
            ("How we will know", "Visit records show both children seen every week, Precious seen alone and "
                                 "what was found in the home"),
        ]),
        ("boldp", "Action G2                                                          Linked outcome: F1"),
        ("kv", [
            ("What", "Full alcohol assessment for Chioma, then weekly key-work sessions with a breath test at "
                     "every session"),
            ("Lead", "Phil Dunmore, recovery worker, Nabberley Alcohol Recovery Service (NARS)"),
            ("By when / how often", "Assessment by 16/05/2025; key-work sessions weekly after that"),
            ("How we will know", "Breath test results and attendance emailed to the SW every Friday; written "
                                 "report to each core group on whether Chioma is staying alcohol-free while "
                                 "caring for Precious and Zion"),
        ]),
        ("boldp", "Action G3                                                          Linked outcome: F1"),
        ("kv", [
            ("What", "Check Chioma's liver function and talk with her about a medically supported detox if "
                     "the NARS assessment recommends one"),
            ("Lead", "Dr Ruth Amadi, GP, Hollybank Surgery"),
            ("By when / how often", "Blood tests by 23/05/2025"),
            ("How we will know", "Blood results and GP letter shared with NARS and the SW by 30/05/2025"),
        ]),
        ("boldp", "Action G4                                                          Linked outcome: F2"),
        ("kv", [
            ("What", "Weigh Zion and check his speech and development; show Chioma how to set a mealtime and "
                     "bedtime routine for him"),
            ("Lead", "Shona Pike (HV)"),
            ("By when / how often", "Every 2 weeks; ASQ-3 completed by 30/05/2025"),
            ("How we will know", "Weights plotted in the red book; ASQ-3 scores shared with the SW; Zion's "
                                 "routine chart up on the kitchen wall"),
        ]),
        ("boldp", "Action G5                                                          Linked outcome: F2"),
        ("kv", [
            ("What", "Start Zion at Little Wrens Nursery (15 funded hours) and keep a daily sheet on how he "
                     "arrives and who collects him"),
            ("Lead", "Keeley Brandon, nursery manager, Little Wrens"),
            ("By when / how often", "From 12/05/2025, Monday, Wednesday and Friday mornings"),
            ("How we will know", "Register and daily sheet show Zion arrives clean, fed and on time and is "
                                 "collected by a sober adult; copy to the SW every week"),
        ]),
        ("boldp", "Action G6                                                          Linked outcome: F3"),
        ("kv", [
            ("What", "Check Precious's attendance, lateness and whether she has had breakfast, and have a "
                     "short chat with her about home"),
            ("Lead", "Hamid Qureshi (DSL), Nabberley Park Primary"),
            ("By when / how often", "Register checked daily; chat every Monday"),
            ("How we will know", "Weekly attendance print to the SW shows 95% or above; chat notes record what "
                                 "Precious says; any worry phoned to the SW the same day"),
        ]),
        ("boldp", "Action G7                                                          Linked outcome: F1"),
        ("kv", [
            ("What", "Have Precious and Zion at her home from Friday teatime to Saturday evening, when Chioma "
                     "has mostly drunk, and take Precious to Saturday swimming"),
            ("Lead", "Grace Eze (MGM)"),
            ("By when / how often", "Every Friday 5pm to Saturday 6pm"),
            ("How we will know", "Weekend diary signed by Grace and checked by the SW at each visit"),
        ]),
        ("boldp", "Action G8                                                          Linked outcome: F3"),
        ("kv", [
            ("What", "Walk Precious to school for 8.45am and collect Zion from nursery herself, without asking "
                     "Precious to mind Zion"),
            ("Lead", "Chioma Adeyinka (mum)"),
            ("By when / how often", "Every school day from 01/05/2025"),
            ("How we will know", "School register shows Precious in by 8.50am; nursery sheet shows Chioma "
                                 "collected Zion"),
        ]),
        ("boldp", "PART H – CONTINGENCY PLAN"),
        ("p", "Contingency agreed at conference:   ☒ Yes   ☐ No"),
        ("kv", [
            ("If", "Chioma is seen or reported to be drunk while caring for the children; a NARS breath test is "
                   "positive; or Precious is late, or says she put Zion to bed, on two days in one week"),
            ("Then", "The SW (the emergency duty team out of hours) will visit the same day. Precious and Zion "
                     "will go to Grace Eze's home that day and stay there until a strategy discussion, held "
                     "within 24 hours, agrees it is safe for them to go home. The SW will ask the team manager "
                     "for a legal planning meeting within 5 working days."),
            ("If Grace cannot help", "If Grace is ill, away or cannot have the children at the weekend or in "
                                     "an emergency, the children will be placed together with Nabberley foster "
                                     "carers the same day and the SW will request the legal planning meeting "
                                     "straight away."),
        ]),
        ("boldp", "PART I – CORE GROUP AND REVIEW"),
        ("kv", [
            ("Core group frequency", "☒ Every 4 weeks   ☐ Every 6 weeks   ☐ Other"),
            ("Core group dates", "13/05/2025 (within 10 working days of ICPC), then 10/06/2025 and 08/07/2025, "
                                 "all at 10am, Nabberley Family Hub"),
            ("Review CP conference", "24/07/2025, 1.30pm, Nabberley Civic Offices, Room 3"),
            ("Legal planning", "If Chioma has not had four weeks of clear breath tests by the second core group "
                               "(10/06/2025), or Zion's weight has not gone back up, the SW will request a legal "
                               "planning meeting (PLO) within 5 working days."),
        ]),
        ("boldp", "PART J – SIGNATURES"),
        ("kv", [
            ("Parent", "Chioma Adeyinka – signed 30/04/2025"),
            ("Social worker", "Lorna Beckett – signed 30/04/2025"),
            ("Chair", "Hilary Rowntree (IRO) – signed 30/04/2025"),
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Case-system print of a review CP plan: tick-box checklist, then tasks
#    grouped by domain, each task a set of labelled field lines; header and
#    footer on every page (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b18_nockmarsh_caretrack_domain_tasks_colquhoun.pdf",
    "doc_title": "CareTrack print - Review CP plan - Kian and Maisie Colquhoun",
    "split": "tune",
    "template": "rcpc-case-print-tickbox-checklist-domain-task-field-lines-paged",
    "description": (
        "Case-system print of a review CP plan (domestic abuse, mother's depression and anxiety; "
        "10-year-old and 4-year-old): tick-box plan checklist, then tasks grouped by domain as Task desc / "
        "Resp. worker / Target dt / Success criteria lines, header and footer on every page. 'Ongoing', "
        "'ASAP', a blank Resp. worker and Success criteria, 'Family', 'Engagement', 'Monitored', a CPN who "
        "only supports; an adult-only outcome, vague contingency with grandmother's supervision uncovered, "
        "no legal step."
    ),
    "header": "OFFICIAL-SENSITIVE  |  Nockmarsh Borough Council – CareTrack  |  Case 00381245",
    "footer": "RCPC plan – COLQUHOUN, Kian & Maisie – printed 02/05/2025 by IHALE – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "font_size": 10,
    "blocks": [
        ("h1", "CHILD PROTECTION PLAN (REVIEW) – PRINT VIEW"),
        ("kv", [
            ("Subject(s)", "Kian COLQUHOUN (M) DOB 12/03/2015 – 10y;  Maisie COLQUHOUN (F) DOB 27/08/2020 – 4y"),
            ("Address", "14 Larch Rise, Nockmarsh"),
            ("Parent/carer", "Leanne COLQUHOUN (mother)"),
            ("Other adults", "Darren COLQUHOUN (father) – moved out 01/2025; non-molestation order in place "
                             "until 01/2026"),
            ("Plan start", "ICPC 06/02/2025"),
            ("This review", "RCPC 1 – 29/04/2025"),
            ("Category", "Emotional abuse"),
            ("Allocated SW", "Imogen Hale (SW)      TM: Rob Ellery"),
        ]),
        ("h2", "Plan checklist"),
        ("p", "☒ Outcomes recorded    ☒ Child's views recorded    ☒ Contingency recorded    "
              "☒ Core group set    ☐ Legal planning considered"),
        ("h2", "1. Reason for plan / current concerns"),
        ("p", "Police attended the family home five times in 2024 for domestic incidents, the last on "
              "28/12/2024 when Darren threw a mug at Leanne and it hit the wall beside Maisie. Darren left "
              "the home in January and Leanne obtained a non-molestation order. Since then Darren has turned "
              "up at the house twice (14/03 and 02/04) and shouted through the letterbox. Leanne has been "
              "diagnosed with depression and anxiety, is under the CMHT and says some days she cannot get "
              "out of bed before the school run. Kian is wetting the bed and has nightmares. Maisie's speech "
              "is unclear and nursery find her hard to understand."),
        ("h2", "2. Child's views"),
        ("p", "Kian (seen alone at school 22/04/2025): said it is \"calmer now Dad's gone but I still listen "
              "for the door\". He likes seeing his dad at Nana Sheila's on Saturdays \"because Nana's there "
              "and he's nicer\". He worries about his mum \"being sad in bed\". He scored his worry 6 out of "
              "10. Maisie (seen at nursery 23/04/2025): played with the dolls' house and said the daddy doll "
              "\"is shouting\". She told her key worker she likes \"Nana's garden\"."),
        ("h2", "3. Outcomes"),
        ("kv", [
            ("3.1", "Kian and Maisie live in a home without shouting, fighting or fear of their dad turning up."),
            ("3.2", "Maisie's speech is checked and she gets the help she needs to talk clearly before she "
                    "starts school."),
            ("3.3", "Leanne's mental health will improve and she will engage with services."),
        ]),
        ("h2", "4. Tasks by domain"),
        ("h3", "Domain: SAFETY"),
        ("boldp", "Task 4.1.1          Status: OPEN"),
        ("kv", [
            ("Task desc", "Unannounced home visits to see Kian and Maisie; Kian to be seen on his own at least "
                          "once a month"),
            ("Resp. worker", "Imogen Hale (SW)"),
            ("Target dt", "Every 10 working days"),
            ("Success criteria", "Visit records show both children seen and Kian seen alone monthly, with what "
                                 "he said"),
        ]),
        ("boldp", "Task 4.1.2          Status: OPEN"),
        ("kv", [
            ("Task desc", "Safety planning sessions with Leanne about Darren turning up at the house and what "
                          "to do under the non-molestation order"),
            ("Resp. worker", "Carla Mentone, IDVA, Nockmarsh Domestic Abuse Service"),
            ("Target dt", "Ongoing"),
            ("Success criteria", "Written safety plan signed by Leanne, copy on the case file"),
        ]),
        ("boldp", "Task 4.1.3          Status: NOT STARTED"),
        ("kv", [
            ("Task desc", "Leanne to complete the Freedom Programme (12 weekly group sessions)"),
            ("Resp. worker", "Leanne Colquhoun (mum)"),
            ("Target dt", "Starts 06/05/2025, weekly for 12 weeks"),
            ("Success criteria", "Engagement with the programme"),
        ]),
        ("boldp", "Task 4.1.4          Status: OPEN"),
        ("kv", [
            ("Task desc", "Darren to be assessed for the Nockmarsh Safer Relationships perpetrator programme "
                          "and to attend if accepted"),
            ("Resp. worker", "Darren Colquhoun (father)"),
            ("Target dt", "Assessment by 30/05/2025"),
            ("Success criteria", ""),
        ]),
        ("boldp", "Task 4.1.5          Status: OPEN"),
        ("kv", [
            ("Task desc", "Any contact between Darren and the children to be supervised and kept to the "
                          "agreed times"),
            ("Resp. worker", "Family"),
            ("Target dt", "Every contact"),
            ("Success criteria", "Contact diary kept and shown to the SW"),
        ]),
        ("boldp", "Task 4.1.6          Status: OPEN"),
        ("kv", [
            ("Task desc", "Supervise Darren's Saturday contact with Kian and Maisie at her home; Darren not to "
                          "take the children out on his own"),
            ("Resp. worker", "Sheila Colquhoun (PGM)"),
            ("Target dt", "Every Saturday, 10am–12pm"),
            ("Success criteria", "Contact log signed by Sheila after each contact and seen by the SW"),
        ]),
        ("h3", "Domain: HEALTH"),
        ("boldp", "Task 4.2.1          Status: OPEN"),
        ("kv", [
            ("Task desc", "CPN visits to support Leanne with her low mood and anxiety"),
            ("Resp. worker", "Owen Baptiste, CPN, Nockmarsh CMHT (Team B)"),
            ("Target dt", "Fortnightly"),
            ("Success criteria", "Leanne's mood is stable"),
        ]),
        ("boldp", "Task 4.2.2          Status: OPEN"),
        ("kv", [
            ("Task desc", "Review Leanne's sertraline dose and whether it is helping"),
            ("Resp. worker", "Dr Kwame Ansah (GP), Millgate Surgery"),
            ("Target dt", "By 09/05/2025"),
            ("Success criteria", "GP letter to the SW and CMHT with the outcome of the review"),
        ]),
        ("boldp", "Task 4.2.3          Status: OPEN"),
        ("kv", [
            ("Task desc", "Maisie's overdue 3-year development review, with a speech and language referral if "
                          "needed"),
            ("Resp. worker", "Danielle Frost (HV)"),
            ("Target dt", "By 16/05/2025"),
            ("Success criteria", "ASQ-3 scores shared with the SW; SALT referral letter on file if needed"),
        ]),
        ("h3", "Domain: EMOTIONAL WELLBEING / EDUCATION"),
        ("boldp", "Task 4.3.1          Status: OPEN"),
        ("kv", [
            ("Task desc", "Weekly ELSA sessions with Kian about his worries and feelings about home"),
            ("Resp. worker", "Joanne Pitt (ELSA), Nockmarsh Juniors"),
            ("Target dt", "Weekly, Thursdays"),
            ("Success criteria", "Session notes to the SW monthly; Kian's own 0–10 worry score recorded at each "
                                 "session"),
        ]),
        ("boldp", "Task 4.3.2          Status: NOT STARTED"),
        ("kv", [
            ("Task desc", "Referral to CAMHS for Kian's nightmares and bed-wetting"),
            ("Resp. worker", ""),
            ("Target dt", "ASAP"),
            ("Success criteria", "Referral acceptance letter on file"),
        ]),
        ("boldp", "Task 4.3.3          Status: OPEN"),
        ("kv", [
            ("Task desc", "Maisie's attendance and how she presents at nursery"),
            ("Resp. worker", "Tina Lowe, manager, Sunflower Nursery"),
            ("Target dt", "Daily"),
            ("Success criteria", "Monitored"),
        ]),
        ("h2", "5. Contingency"),
        ("p", "If there are any further concerns about the children's safety, a strategy discussion will be "
              "considered and the plan will be reviewed at the next core group."),
        ("h2", "6. Review arrangements"),
        ("kv", [
            ("Core group freq.", "4-weekly"),
            ("Next core groups", "15/05/2025, 12/06/2025, 10/07/2025 (Nockmarsh Juniors, 9.30am)"),
            ("Next RCPC", "31/07/2025, 10am, Nockmarsh Town Hall"),
        ]),
        ("p", "*** END OF PLAN PRINT ***"),
    ],
    "findings": [
        F("T002", "Safety planning sessions with Leanne about Darren turning up"),
        F("M002", "Leanne to complete the Freedom Programme (12 weekly group sessions)"),
        F("M001", "Darren to be assessed for the Nockmarsh Safer Relationships perpetrator programme"),
        F("W002", "Any contact between Darren and the children to be supervised"),
        F("H001", "CPN visits to support Leanne with her low mood and anxiety"),
        F("M002", "CPN visits to support Leanne with her low mood and anxiety"),
        F("W001", "Referral to CAMHS for Kian's nightmares and bed-wetting"),
        F("T002", "Referral to CAMHS for Kian's nightmares and bed-wetting"),
        F("M002", "Maisie's attendance and how she presents at nursery"),
        F("F002", "Leanne's mental health will improve and she will engage with services"),
        F("C002"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Case-system "outline view" print: 1 / 1.1 / a) themes with Lead / When /
#    Evidence lines under each lettered task, typed page headers (txt).
#    Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b18_neddingham_outline_view_export_hebden.txt",
    "split": "tune",
    "template": "case-system-outline-view-lettered-tasks-lead-when-evidence-page-headers-txt",
    "description": (
        "Exemplary ICPC plan printed from a case system's outline view (mother's postnatal depression "
        "with intrusive thoughts; 7-month-old and 12-year-old): 1 / 1.1 / a) themes, dot-leader Lead / "
        "When / Evidence lines under each lettered task, page header repeated on each page. Perinatal "
        "team asked to assess capacity to change, GP owns an action, aunt's overnights covered by a "
        "fallback, core group and review dates, legal planning meeting."
    ),
    "text": """\
NEDDINGHAM CITY COUNCIL - CHILDREN'S SERVICES                        Page 1 of 3
FamilyView 9.2 | Child Protection Plan | OUTLINE VIEW        Case NC/25/04471
Printed 09/05/2025 11:52 by TREILLY                           OFFICIAL-SENSITIVE
================================================================================

Plan type ......... Initial CP plan (ICPC held 07/05/2025)
Category .......... Neglect
Children .......... Ruby IBBOTSON   F  DOB 03/10/2024  (7m)
                    Jake TOLLAND    M  DOB 21/01/2013  (12y)  Yr 7, Castlegate
                    Academy
Household ......... Kerry HEBDEN (mother of both), Sam IBBOTSON (Ruby's father)
                    12 Orchard Lane, Neddingham
Other family ...... Donna HEBDEN (maternal aunt), 5 mins' walk
                    Jake's father, Dean Tolland - alternate weekends, Bramwick
SW / TM ........... Tom Reilly (SW) / Angela Moss (TM)
IRO ............... Paul Whitcroft

WHY THERE IS A PLAN
  In April Kerry told the HV she had been having thoughts of dropping Ruby
  down the stairs, and that she had stopped taking her sertraline three weeks
  before. On 14/04/2025 school found that Jake had done Ruby's night feeds on
  three school nights while Sam was on nights at work and Kerry "couldn't
  face her". Ruby's weight has fallen from the 50th to the 25th centile since
  February. Kerry had depression after Jake was born and is now open to the
  Neddingham Perinatal Mental Health Team.

WHAT IS GOING WELL
  Kerry told the HV about her thoughts herself and has restarted her
  medication. Sam has changed his shifts so that he now works only Tuesday,
  Wednesday and Thursday nights. Donna has offered to stay over on those
  nights and has done so since 15/04/2025. Jake's attendance is 96%.

RUBY AND JAKE - WHAT THEY SHOW AND TELL US
  Ruby (observed by the SW on 02/05 and the HV on 06/05): Ruby smiled and
  reached for Donna as soon as she came in. She was calm with Sam and fed
  well from him. With Kerry she was quieter and watched her face a lot;
  Kerry held her facing away and did not talk to her during the feed.
  Ruby is rolling and babbling and is not yet sitting on her own.

  Jake (seen alone at school 01/05/2025): "I don't mind doing the baby but
  I'm tired at school and I got a detention for sleeping." He said Mum
  "cries a lot and says sorry". He wants "Mum to be happy again" and to
  "not be in charge at night". He is happy for Auntie Donna to stay over
  "because she makes pancakes". He said he would tell Mr Akhtar or Donna
  if he was worried.

OUTCOMES WE ARE WORKING TOWARDS
  O1  Ruby is cared for day and night by an adult who is well enough to
      feed her, settle her and keep her safe, and she is never left with
      Jake in charge.
  O2  Ruby keeps gaining weight back towards the 50th centile and meets her
      sitting and babbling milestones.
  O3  Jake goes to school rested and on time, is Ruby's brother and not her
      carer, and knows who to tell if he is worried.

PLAN OUTLINE
  (Each lettered task has a lead, a when and the evidence we will look for.)

1   RUBY IS SAFE AND CARED FOR, DAY AND NIGHT
1.1 Night-time care
    a) Stay overnight at Orchard Lane on the nights Sam works and do
       Ruby's night feeds, so that Jake can sleep and Kerry is not alone
       with Ruby overnight
       Lead ....... Donna Hebden (maternal aunt)
       When ....... Tue, Wed and Thu nights, 8pm to 8am, from 08/05/2025
       Evidence ... Night-feed chart on the fridge initialled by Donna;
                    checked by the SW and HV at every visit
    b) Do Ruby's night feeds on the nights he is at home and let the SW
       know straight away if his shifts change
       Lead ....... Sam Ibbotson (father)
       When ....... Fri to Mon nights, every week
       Evidence ... Night-feed chart initialled by Sam; Sam's work rota
                    given to the SW on the 1st of each month

NEDDINGHAM CITY COUNCIL - CHILDREN'S SERVICES                        Page 2 of 3
FamilyView 9.2 | Child Protection Plan | OUTLINE VIEW        Case NC/25/04471
Printed 09/05/2025 11:52 by TREILLY                           OFFICIAL-SENSITIVE
================================================================================

1.2 Seeing Ruby and Jake
    a) Home visits to see Ruby awake and handled, and to see Jake on his
       own; one visit each fortnight unannounced
       Lead ....... Tom Reilly (SW)
       When ....... Weekly from 08/05/2025
       Evidence ... Visit records show Ruby seen awake and Jake seen alone
                    at each visit, with what Jake said
    b) Weigh Ruby and watch a feed; talk with Kerry about Ruby's cues
       Lead ....... Kirsty Lomax (HV)
       When ....... Weekly until the review conference
       Evidence ... Weights plotted in the red book and emailed to the SW
                    the same day; feed observation recorded on SystmOne

2   KERRY'S MENTAL HEALTH AND HOW IT AFFECTS RUBY
2.1 Perinatal Mental Health Team
    a) Home visits to Kerry with the EPDS at each visit, and a written
       assessment of her progress, her capacity to change and how long
       the changes are likely to take
       Lead ....... Bev Oduya, perinatal CPN, Neddingham PMHT
       When ....... Weekly visits; written assessment by 20/06/2025
       Evidence ... EPDS scores sent to the SW every fortnight; assessment
                    shared with the core group on 17/06/2025 and at the
                    review conference
    b) Review Kerry's medication and give a written view on whether Kerry
       is well enough to care for Ruby on her own during the day, and
       what still needs to change before she can
       Lead ....... Dr Aileen Fraser, perinatal psychiatrist
       When ....... First review by 16/05/2025, then every 4 weeks
       Evidence ... Written view sent to the SW before each core group
2.2 GP
    a) Prescribe Kerry's sertraline 7 days at a time while she has
       intrusive thoughts, and tell the PMHT and SW if she misses a
       collection
       Lead ....... Dr Nadeem Hassan, GP, Orchard Lane Surgery
       When ....... Weekly prescriptions; missed collection reported
                    within 1 working day
       Evidence ... Pharmacy collection record sent to the SW each week

3   JAKE
3.1 School
    a) Check in with Jake every Monday, and tell the SW the same day if he
       is late, tired or says he has been looking after Ruby
       Lead ....... Imran Akhtar (DSL), Castlegate Academy
       When ....... Every Monday; same day for any worry
       Evidence ... Weekly attendance and lateness figures and check-in
                    notes emailed to the SW every Friday
    b) Young carer's assessment for Jake and a place at the Thursday
       young carers' group if he wants one
       Lead ....... Leah Brightwell, Neddingham Young Carers Service
       When ....... Assessment by 13/06/2025
       Evidence ... Assessment report with recommendations sent to the SW
                    and shared at the core group on 17/06/2025

NEDDINGHAM CITY COUNCIL - CHILDREN'S SERVICES                        Page 3 of 3
FamilyView 9.2 | Child Protection Plan | OUTLINE VIEW        Case NC/25/04471
Printed 09/05/2025 11:52 by TREILLY                           OFFICIAL-SENSITIVE
================================================================================

4   RUBY'S DEVELOPMENT AND HER RELATIONSHIP WITH HER MUM
4.1 Family Hub
    a) "Baby Steps" play sessions for Kerry and Ruby, helping Kerry to
       notice and answer Ruby's cues
       Lead ....... Naomi Greer (FSW), Neddingham Family Hub
       When ....... Weekly for 8 weeks from 14/05/2025
       Evidence ... Attendance record; FSW session notes on how Kerry
                    responds to Ruby, shared with the SW fortnightly

CONTINGENCY
  Trigger .... Kerry tells anyone she has thoughts of harming Ruby or
               herself; Kerry misses two sertraline collections; or Ruby
               is found in Jake's sole care.
  Response ... The SW (EDT out of hours) will visit the same day. Kerry will
               not care for Ruby on her own: Ruby and Jake will stay with
               Donna at her home, and the PMHT crisis line will arrange a
               same-day assessment of Kerry. The SW will hold a strategy
               discussion within 24 hours and request a legal planning
               meeting within 5 working days.
  Fallback ... If Donna cannot stay over on one of Sam's work nights (she
               is ill or away), Sam will not go to work that night (agreed
               with his manager). If neither Sam nor Donna can be there, Ruby
               (and Jake if needed) will go to Neddingham emergency foster
               carers that night and the SW will request a legal planning
               meeting the next working day.

CORE GROUP AND REVIEW
  Core group ....... Every 4 weeks: 20/05/2025, 17/06/2025, 15/07/2025,
                     10am, Neddingham Family Hub
  Review CP conf ... 31/07/2025, 2pm, Neddingham Civic Centre
  Legal planning ... If the PMHT assessment on 20/06/2025 says Kerry is not
                     likely to make the changes in Ruby's timescale, or the
                     overnight arrangement breaks down twice, the TM will
                     request a legal planning meeting (PLO).

-- END OF OUTLINE VIEW --                          FamilyView 9.2 - CONFIDENTIAL
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Core group record form with check boxes, attendance table and action
#    rows of "Lead · Due · Evidence" fields (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b18_nuttlecombe_cg_record_checkboxes_roker.md",
    "split": "tune",
    "template": "core-group-record-form-checkboxes-attendance-action-field-rows-md",
    "description": (
        "Core group record form CG2 for a 14-year-old and a 6-year-old (mother's heroin use on a methadone "
        "script), in markdown with [x] / [ ] check boxes, an attendance table and actions whose Lead, Due "
        "and Evidence fields share one line. Outcomes 'to be agreed'; the recovery service not invited and "
        "owning nothing; a blank Lead and a blank Due, 'as and when', 'All professionals', 'engagement'; "
        "review conference date not confirmed. Contingency and legal step are specific."
    ),
    "text": """\
# Nuttlecombe Council – Children's Services

## Core Group Meeting Record and Updated Plan (form CG2)

**Date of meeting:** 21/05/2025 &nbsp; **Venue:** Nuttlecombe Family Hub &nbsp; **Core group no.:** 2

**Children:** Tia-Mae ROKER (14, DOB 03/10/2010) · Leo ROKER (6, DOB 19/06/2018)

**Plan category:** Neglect &nbsp; **ICPC:** 16/04/2025

**Chair:** Ben Aldous (SW) &nbsp; **Notes:** Ama Owusu (business support)

### 1. Attendance

| Name | Role | Present |
|---|---|---|
| Ben Aldous | Social worker | [x] |
| Gemma Roker | Mum | [x] |
| Sue Fairweather | DSL, Nuttlecombe Academy (Tia-Mae) | [x] |
| Rhian Lacey | DSL, Brook Lane Primary (Leo) | [ ] apologies |
| Kate Sorensen | School nurse | [x] |
| Dev Chaudhry | Recovery worker, Nuttlecombe Recovery Service | [ ] not invited |

### 2. Checklist

- [x] Children seen since last core group (08/05, 15/05)
- [x] Tia-Mae seen alone
- [ ] Leo seen alone – seen with Gemma present both times
- [ ] Outcomes agreed – *to be agreed at next core group*
- [x] Contingency plan read out and still agreed
- [ ] Review conference date confirmed

### 3. Why the children are on a plan (summary)

Gemma has used heroin on and off for ten years and is on a methadone
script (60ml daily, supervised at Bell's Pharmacy). In March police found
foil and a used needle in the bathroom, within Leo's reach, after a
neighbour's call. Tia-Mae has missed 31 sessions of school this year and
has been getting Leo up, dressed and to school. Leo's eczema is often
cracked and bleeding and he has missed two dermatology appointments.

### 4. Update from each agency

- **SW:** Two home visits. The flat was tidier on 15/05; no paraphernalia
  seen. Gemma says she has not used on top of her script since Easter.
- **Nuttlecombe Academy:** Tia-Mae's attendance is 84% this half term, up
  from 71%. She was late four times, each time after taking Leo to school.
- **School nurse:** Leo's eczema looked sore at the school nurse drop-in;
  Gemma has been given the cream but says Leo "won't sit still".
- **Gemma:** Goes to her key-work appointments most weeks. Wants the
  children to know she is "trying".

### 5. What Tia-Mae and Leo have said

Tia-Mae (seen alone at school 08/05/2025): "It's better than it was. I
still check on Mum in the night." She said she would like "one week where
I don't have to do Leo's uniform" and wants to go back to netball on
Wednesdays. She said she knows to ring Uncle Craig if Mum is "gouching".

Leo (seen at home 15/05/2025, Gemma in the room): Leo showed me his Lego
and said his "skin is itchy at night". He said Tia-Mae makes his breakfast
"and Mummy is asleep".

### 6. Actions (carried forward and new)

**A1. Unannounced home visits to see Tia-Mae and Leo, and see Leo on his own at school**
Lead: Ben Aldous (SW) · Due: Weekly · Evidence: visit records show both children seen and Leo seen alone at least fortnightly
On track? [x] Yes [ ] No

**A2. Gemma to keep all her key-work appointments and collect her methadone every day**
Lead: Gemma Roker (mum) · Due: Weekly appointments, Tuesdays · Evidence: engagement with the service
On track? [x] Yes [ ] No

**A3. Weekly check-in with Tia-Mae and attendance figures to the SW**
Lead: Sue Fairweather (DSL) · Due: Every Wednesday · Evidence: attendance % and lateness emailed to SW each Friday; check-in notes record what Tia-Mae says
On track? [x] Yes [ ] No

**A4. Log Leo's arrival time, who brought him, and whether he has had breakfast**
Lead: ________ · Due: Daily · Evidence: daily log emailed to the SW each Friday
On track? [ ] Yes [x] No – Rhian not at meeting

**A5. Young carer's assessment for Tia-Mae, including what help she needs at home**
Lead: Hayley Dunstan, Nuttlecombe Young Carers · Due: ________ · Evidence: assessment report shared with the SW and core group
On track? [ ] Yes [ ] No [x] Not started

**A6. Lockable box for Gemma's methadone and any medication, kept out of Leo's reach**
Lead: Gemma Roker (mum) · Due: by 28/05/2025 · Evidence: SW sees the box locked at each home visit
On track? [ ] Yes [ ] No [x] New

**A7. Tell the SW the same day about any sign that Gemma has used on top of her script**
Lead: All professionals · Due: Same day · Evidence: concern logged on the children's file with the action taken
On track? [x] Yes [ ] No

**A8. Check Leo's eczema, show Gemma and Tia-Mae how to apply his creams, and chase his dermatology appointment**
Lead: Kate Sorensen (school nurse) · Due: as and when · Evidence: health review form shared with the SW and GP
On track? [ ] Yes [x] No

**A9. Register both children with a dentist and take them for a check-up**
Lead: Gemma Roker (mum) · Due: by 13/06/2025 · Evidence: registration letters seen by the SW
On track? [ ] Yes [ ] No [x] New

### 7. Contingency plan (no change)

If Gemma is found under the influence while looking after Leo, or a drug
test shows heroin on top of her methadone, the SW (or EDT out of hours)
will visit the same day. Leo and Tia-Mae will stay with their uncle, Craig
Roker, who has been checked and agreed; if Craig cannot have them, they
will be placed together with foster carers that day. The SW will request a
legal planning meeting within 5 working days.

### 8. Next meetings

- **Next core group:** 18/06/2025, 10am, Nuttlecombe Family Hub – then every 4 weeks.
- **Review child protection conference:** date to be confirmed by the conference team.
- If Tia-Mae's attendance is below 90% or Gemma has a positive test by the next core group, the SW
  will ask the team manager for a legal planning meeting.

*Record agreed by the chair 22/05/2025. Copies: all core group members.*
""",
    "findings": [
        F("M002", "Gemma to keep all her key-work appointments and collect"),
        F("W001", "Log Leo's arrival time, who brought him, and whether"),
        F("T001", "Young carer's assessment for Tia-Mae, including what help"),
        F("W002", "Tell the SW the same day about any sign"),
        F("T002", "Check Leo's eczema, show Gemma and Tia-Mae how to apply"),
        F("O001"),
        F("F004"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Looked-after baby on the neonatal unit: real Word multi-level list
#    1 / 1.1 / a) with owner, when and evidence inside each a) item; header
#    and footer on every page (pdf). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b18_nimsbury_nnu_word_outline_tregarth.pdf",
    "doc_title": "Child Protection Plan - Baby Orla Tregarth (neonatal unit)",
    "split": "tune",
    "template": "lac-neonatal-cp-plan-word-outline-inline-owner-when-evidence-paged",
    "description": (
        "Exemplary CP plan for a baby accommodated under s20 on a neonatal unit (mother's cocaine and "
        "alcohol use) as a real Word 1 / 1.1 / a) list with the owner, timescale and evidence inside each "
        "lettered action; header and 'Page N of M' footer on every page. SW visits twice a week, the drug "
        "and alcohol service assesses and reports, grandmother's supervision has a fallback, core group and "
        "review dates, legal planning meeting."
    ),
    "header": "OFFICIAL-SENSITIVE – Nimsbury Metropolitan Council – Children's Social Care – Ref NMC/CP/25/2290",
    "footer": "CP plan – Baby Orla Tregarth – version 1, 06/06/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Child", "Orla Tregarth, born 19/05/2025 at 33 weeks (2 weeks 4 days old)"),
            ("Where Orla is", "Neonatal unit (Special Care, Bay 2), Nimsbury Royal Infirmary"),
            ("Legal status", "Looked after – accommodated under section 20 since 23/05/2025, with Stacey's "
                             "written agreement"),
            ("Mother", "Stacey Tregarth (22)"),
            ("Father", "Aaron Lisle (24), named by Stacey; not on the birth certificate; wants to be assessed"),
            ("Maternal grandmother", "Lorraine Tregarth"),
            ("Conference", "Initial child protection conference, 03/06/2025"),
            ("Social worker", "Priya Nandra, Nimsbury Children in Care Team (TM: Gareth Doyle)"),
            ("IRO", "Janine Hurst"),
        ]),
        ("h1", "Why Orla has a plan"),
        ("p", "Stacey used cocaine and drank heavily through her pregnancy and missed most of her antenatal "
              "care. Orla was born early after Stacey went into labour at a party. Stacey's urine test on "
              "admission was positive for cocaine. On 21/05/2025 Stacey came onto the unit at 1am smelling "
              "of alcohol and tried to take Orla out of her incubator; security were called. Stacey agreed "
              "to Orla being accommodated while she is assessed. Orla is feeding by tube and bottle and is "
              "expected to be well enough for discharge in about three weeks."),
        ("h1", "What Orla shows us"),
        ("p", "The nurses say Orla settles quickest when held skin to skin and gets jittery and cries with "
              "loud noise on the bay. She took her best bottle feeds this week when Stacey fed her in the "
              "afternoons. She turns her head towards Stacey's voice and quietens when Lorraine sings to her. "
              "She is gaining about 25g a day."),
        ("h1", "What we want for Orla"),
        ("bullets", [
            "Orla leaves hospital to a home that is ready for her, with carers who can feed her and keep her "
            "safe day and night.",
            "Orla keeps gaining weight and her feeding moves from tube to bottle before she is discharged.",
            "Orla has safe, regular time with her mum and her wider family, and is never cared for by "
            "someone under the influence of drink or drugs.",
        ]),
        ("h1", "What will happen"),
        ("mlist", [
            (0, "Keeping Orla safe while she is on the neonatal unit"),
            (1, "Visits and family time"),
            (2, "Priya Nandra (SW) will visit Orla on the neonatal unit twice a week, on Tuesdays and Fridays, "
                "until she is discharged; each visit note will record how Orla is feeding, her weight and who "
                "has visited."),
            (2, "Stacey will visit Orla every day between 10am and 4pm, supervised by the nurse caring for "
                "Orla, and do at least one feed and one nappy change each visit; the nurse in charge will "
                "record every visit on the family time log, copied to the SW each Friday."),
            (2, "Lorraine Tregarth (MGM) will supervise Stacey's weekend visits on Saturdays and Sundays, "
                "2pm to 4pm, and sign the family time log at the end of each visit."),
            (2, "Sister Bernadette Oyelaran, NNU ward manager, will phone the SW the same day if Stacey comes "
                "onto the unit appearing under the influence or anyone not on the agreed visitor list asks to "
                "see Orla; each call will be logged on the case record with the time and what was done."),
            (1, "Getting ready for discharge"),
            (2, "Ann and Martin Halloway (foster carers) will visit Orla every day from 09/06/2025 to learn "
                "her feeds and care, and the NNU discharge checklist will be signed off by the nursing team "
                "before discharge."),
            (2, "Helen Mabry, NNU discharge coordinator, will hold a discharge planning meeting by 13/06/2025 "
                "and send the written discharge plan to the SW, HV, GP and foster carers within 2 working "
                "days of the meeting."),
            (0, "Orla's health and development"),
            (1, "After discharge"),
            (2, "Marcus Obi (HV) will do a new birth visit at the foster home within 10 days of discharge and "
                "then weigh Orla every week for 6 weeks, with each weight plotted in her red book and sent to "
                "the SW."),
            (2, "Dr Ewa Nowicka, consultant neonatologist, will see Orla in the follow-up clinic at 6 weeks "
                "corrected age and send the clinic letter to the GP, HV and SW within a week."),
            (0, "Stacey's recovery and her care of Orla"),
            (1, "Drug and alcohol service"),
            (2, "Dean Cartwright, key worker at Nimsbury Drug and Alcohol Service, will complete Stacey's "
                "assessment by 13/06/2025, see her weekly and test her urine every fortnight, and write to "
                "each core group on whether Stacey is making the changes she needs to care for Orla and how "
                "long that is likely to take."),
            (2, "Priya Nandra (SW) will arrange a hair strand test for Stacey by 30/06/2025 and share the "
                "result with the core group on 24/07/2025."),
            (1, "Assessments"),
            (2, "Priya Nandra (SW) will complete a parenting assessment of Stacey by 25/07/2025 and share the "
                "written report and its recommendation at the review conference."),
            (2, "Priya Nandra (SW) will meet Aaron Lisle and complete a viability assessment of him as a carer "
                "by 27/06/2025, with a written report shared at the core group on 03/07/2025."),
        ]),
        ("h1", "If things go wrong"),
        ("p", "If Stacey comes onto the unit under the influence, tries to take Orla from the unit, or has a "
              "positive test for cocaine, the nurse in charge will call security and the police if needed, "
              "Stacey's visits will stop until they can be supervised by the SW, and the SW will hold a "
              "strategy discussion the same day. Orla will stay on the unit until discharge and then go to "
              "Ann and Martin Halloway as planned. If Stacey withdraws her agreement to section 20, the SW "
              "will seek legal advice the same day about an application for an interim care order."),
        ("p", "If Lorraine cannot supervise a weekend visit, that visit will be supervised by the NNU family "
              "care nurse instead, or moved to the next weekday; Stacey will not see Orla unsupervised. After "
              "discharge, if Lorraine cannot supervise, family time will move to Nimsbury Family Centre with "
              "a contact supervisor."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 3 weeks: 13/06/2025 (on the unit), 03/07/2025 and 24/07/2025.",
            "Looked after review: 18/06/2025 (IRO Janine Hurst).",
            "Review child protection conference: 28/08/2025, 10am, Nimsbury Civic Centre.",
            "If Stacey's tests are not clear by the core group on 24/07/2025, or the parenting assessment does "
            "not support her caring for Orla, the SW will request a legal planning meeting to consider "
            "pre-proceedings (PLO) or care proceedings.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Fixed-width case print for a family about to move to another council:
#    task records with paired fields on one line, typed page headers (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b18_norravale_transfer_task_records_petrakis.txt",
    "split": "tune",
    "template": "transfer-pending-fixed-width-case-print-task-records-page-headers-txt",
    "description": (
        "Fixed-width case-system print of an ICPC plan for a 3-year-old and a 7-week-old whose family is "
        "moving to another council (domestic abuse, stepfather's cannabis use, mother's anxiety): task "
        "records with paired OWNER / DUE fields, page header repeated. Parenting assessment on hold and a "
        "DA referral left for the new authority, 'TBC', 'ongoing', 'Core Group', a counsellor who only "
        "supports, 'feels less anxious', 'Engagement'; most tasks about the mother's own needs, an "
        "adult-only outcome, no contingency, no review conference date, no legal step."
    ),
    "text": """\
NORRAVALE COUNCIL  CHILDREN & FAMILIES      CASEVIEW PRINT - CP PLAN        PAGE 1 OF 2
Case: PETRAKIS family   Ref: NV-CP-2025-1187   Printed: 04/06/2025 09:14   User: MFELL
---------------------------------------------------------------------------------------
PLAN TYPE   : INITIAL CP PLAN            CONFERENCE DATE : 29/05/2025
CATEGORY    : NEGLECT                    CHAIR           : R. OKONKWO (IRO)
SW          : MARCUS FELL                TEAM            : NORRAVALE EAST CP TEAM
TRANSFER    : [X] PENDING - family moving to Haverleigh (Haverleigh County Council),
              expected move date 27/06/2025
---------------------------------------------------------------------------------------
CHILDREN
  RYAN PETRAKIS      M   DOB 11/02/2022  (3y)
  ELLIS GARBUTT      M   DOB 14/04/2025  (7wks)
ADULTS
  SHANNON PETRAKIS   mother of both
  LEE GARBUTT        Ellis's father, Ryan's stepfather - lives at the address

CONCERNS
  Police called to the flat twice in May. On 03/05/2025 Lee pushed Shannon
  against the kitchen worktop while she was holding Ellis. Lee smokes
  cannabis in the flat most days and the smell was strong on both SW visits.
  Shannon has anxiety and low mood and says she has not been out of the flat
  on her own since Ellis was born. Ellis sleeps in the bed with Shannon and
  Lee. Ryan's speech is behind and he has not started nursery. The family
  are being rehoused to Haverleigh by their housing association.

CHILD'S VIEWS
  Ryan (seen at home 30/05/2025, with Shannon in the kitchen): played with
  his cars and said "Lee shouts at Mummy" and "I hide in my bed". He asked
  if the new house has a garden. Ellis (observed 30/05/2025): awake and
  alert, fed well from his bottle, startled and cried when Lee raised his
  voice in the next room.

OUTCOMES
  1. Ryan and Ellis live in a home where there is no violence and nobody
     smokes cannabis around them.
  2. Ellis is fed, gains weight and sleeps safely in his own cot.
  3. Ryan's speech is assessed and he goes to every nursery session.
  4. Shannon will feel settled and less anxious in her new home.

TASKS
---------------------------------------------------------------------------------------
TASK 01   OWNER : SW Marcus Fell          DUE : Weekly until the transfer-in conference
  DESCRIPTION : Visit Ryan and Ellis at home, see where Ellis sleeps and see Ryan
                on his own where possible
  MEASURE     : Visit records show both children seen and Ellis's cot checked
  STATUS      : OPEN
TASK 02   OWNER : Haverleigh CSC          DUE : After transfer - TBC
  DESCRIPTION : Parenting assessment of Shannon and Lee - on hold pending transfer;
                Haverleigh to complete once the case has transferred
  MEASURE     : Assessment report
  STATUS      : ON HOLD
TASK 03   OWNER : FSW Tanya Mould         DUE : By 20/06/2025
  DESCRIPTION : Help Shannon with her housing application, removals and the move
                to Haverleigh
  MEASURE     : Tenancy signed and removal date booked
  STATUS      : OPEN
TASK 04   OWNER : Shannon Petrakis        DUE : By the move date (27/06/2025)
  DESCRIPTION : Benefits check and Universal Credit change of address for Shannon
  MEASURE     : UC journal updated, seen by the FSW
  STATUS      : OPEN
TASK 05   OWNER : Jo Brindle, counsellor, DUE : Weekly x6 from 05/06/2025
                  Norravale Talking Therapies
  DESCRIPTION : Counselling sessions for Shannon for her anxiety and low mood
  MEASURE     : Shannon feels less anxious
  STATUS      : OPEN

NORRAVALE COUNCIL  CHILDREN & FAMILIES      CASEVIEW PRINT - CP PLAN        PAGE 2 OF 2
Case: PETRAKIS family   Ref: NV-CP-2025-1187   Printed: 04/06/2025 09:14   User: MFELL
---------------------------------------------------------------------------------------
TASK 06   OWNER : Dr Fiona Lyle (GP)      DUE : By 13/06/2025
  DESCRIPTION : Review Shannon's anxiety medication and agree how often she
                needs to be seen
  MEASURE     : GP letter to the SW with the medication review
  STATUS      : OPEN
TASK 07   OWNER : HV Sandra Kaye          DUE : Fortnightly (next 10/06/2025)
  DESCRIPTION : Weigh Ellis, check his feeding and make sure he has his own cot
                and sleeps in it
  MEASURE     : Weights in the red book; cot seen in use at each visit
  STATUS      : OPEN
TASK 08   OWNER : Core Group              DUE : On transfer
  DESCRIPTION : Referral to Haverleigh Domestic Abuse Service for Shannon - the new
                SW to pick this up when the case transfers
  MEASURE     : Referral confirmation on file
  STATUS      : NOT STARTED
TASK 09   OWNER : Kim Rafter, Norravale   DUE : Ongoing
                  Drug & Alcohol Service
  DESCRIPTION : Drug service key work with Lee about his cannabis use
  MEASURE     : Engagement
  STATUS      : OPEN
TASK 10   OWNER : SW Marcus Fell          DUE : From 09/06/2025 until the move
  DESCRIPTION : Nursery place for Ryan (15 hours) at Norravale Nursery, and
                a speech and language referral through the nursery
  MEASURE     : Nursery register; SALT referral letter on file
  STATUS      : OPEN
---------------------------------------------------------------------------------------
CONTINGENCY PLAN : [no entry]
CORE GROUP       : 4-weekly. First core group 10/06/2025, then 08/07/2025 if the
                   family have not yet moved
REVIEW CONF      : not set - transfer-in conference to be arranged by Haverleigh
LEGAL PLANNING   : [no entry]
---------------------------------------------------------------------------------------
*** END OF PRINT ***                                         CASEVIEW 6.1 - RESTRICTED
""",
    "findings": [
        F("X001", "Parenting assessment of Shannon and Lee - on hold pending transfer"),
        F("T002", "Parenting assessment of Shannon and Lee - on hold pending transfer"),
        F("H001", "Counselling sessions for Shannon for her anxiety and low mood"),
        F("M002", "Counselling sessions for Shannon for her anxiety and low mood"),
        F("X001", "Referral to Haverleigh Domestic Abuse Service for Shannon"),
        F("W002", "Referral to Haverleigh Domestic Abuse Service for Shannon"),
        F("T002", "Drug service key work with Lee about his cannabis use"),
        F("M002", "Drug service key work with Lee about his cannabis use"),
        F("F002", "Shannon will feel settled and less anxious in her new home"),
        F("F001"),
        F("C001"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Looked-after baby on a children's ward: form fields with tick boxes,
#    then an action table whose frequency cells are tick-box lists (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b18_nessingfold_ward_tickbox_frequency_ilori.docx",
    "doc_title": "Child Protection Plan - Kai Ilori (Ward 7)",
    "split": "tune",
    "template": "lac-ward-cp-plan-table-tickbox-frequency-cells",
    "description": (
        "CP plan for a 5-month-old accommodated under s20 and on a children's ward (faltering growth; "
        "father's cannabis use), on a form with tick-box fields and an action table whose frequency cells "
        "are tick-box lists. The SW visits 'when possible', the foster carer 'as often as she can' and "
        "parents' contact is suspended, so no visits at a stated frequency; one row with no box ticked and "
        "no date, a blank lead, an assessment with no output, 'Engagement'; review conference date to be "
        "confirmed."
    ),
    "blocks": [
        ("title", "Child Protection Plan – Looked After Child in Hospital"),
        ("p", "Nessingfold County Council · Children's Services · Form CP-H (hospital)"),
        ("boldp", "Section 1 – Child"),
        ("kv", [
            ("Name", "Kai ILORI"),
            ("DOB / age", "04/01/2025 (5 months)"),
            ("Legal status", "☒ s20 (accommodated)   ☐ ICO   ☐ Care order   ☐ Not looked after"),
            ("Placement before admission", "Foster carer Pauline Okoro, since 14/03/2025"),
            ("Currently in hospital", "☒ Yes – Ward 7 (children's ward), Nessingfold General Hospital, admitted "
                                      "27/05/2025   ☐ No"),
            ("Parents", "Jade Ilori (20) and Connor Basford (23), Flat 3, Quayside Court"),
            ("Plan agreed at", "ICPC 15/05/2025; updated at core group 05/06/2025"),
            ("Social worker", "Sunita Rao, Nessingfold Children in Care Team"),
        ]),
        ("boldp", "Section 2 – Why Kai is on a plan"),
        ("p", "Kai was accommodated in March after he was found to have dropped from the 50th to below the "
              "2nd centile for weight while living with his parents; he had missed four health appointments "
              "and his bottles were being made up with too much water. Connor smokes cannabis daily. Jade has "
              "learning difficulties and struggles to follow written feeding plans. Kai was admitted to Ward 7 "
              "on 27/05/2025 for investigation of reflux and poor weight gain in placement and is fed by "
              "nasogastric tube. On 30/05/2025 Connor came onto the ward smelling strongly of cannabis and "
              "argued with staff, and the parents' contact on the ward was stopped."),
        ("boldp", "Section 3 – What Kai shows us"),
        ("p", "Ward staff and Pauline say Kai smiles and kicks his legs when Pauline comes onto the bay, and "
              "settles best when held upright after feeds. He cries and arches his back when the tube is "
              "checked. On Pauline's visits he has taken up to 60ml by bottle. The nurses say he watches the "
              "door and is unsettled in the evenings when no familiar adult is with him."),
        ("boldp", "Section 4 – Outcomes for Kai"),
        ("bullets", [
            "Kai gains weight steadily, comes off the tube and goes back to his foster home with a feeding plan "
            "everyone can follow.",
            "Kai has a familiar adult with him on the ward, and safe, regular time with his parents.",
            "Kai's feeds are made up correctly by whoever is caring for him, and he gets to every health "
            "appointment.",
        ]),
        ("boldp", "Section 5 – Actions"),
        ("table", {
            "header": ["No.", "Action", "Lead", "Frequency / target date (tick one)", "How we'll know", "Done"],
            "widths": [0.9, 4.6, 2.8, 3.6, 3.9, 1.2],
            "rows": [
                ["5.1", "SW visits to Kai on Ward 7, and at the foster home after discharge",
                 "Sunita Rao (SW)",
                 "☐ Daily  ☐ Weekly\n☐ Fortnightly  ☐ Monthly\n☒ Other: when possible while Kai is on the ward",
                 "Each visit recorded on the case file with Kai's weight and feeding", "☐"],
                ["5.2", "Foster carer to visit Kai on the ward and do his afternoon bottle feed",
                 "Pauline Okoro (foster carer)",
                 "☐ Daily  ☐ Weekly\n☐ Fortnightly  ☐ Monthly\n☒ Other: as often as she can (two other "
                 "children in placement)",
                 "Ward visitor log; feed amounts on the fluid chart", "☐"],
                ["5.3", "Restart parents' supervised contact with Kai on the ward, with a written contact plan",
                 "Sunita Rao (SW)",
                 "☐ Daily  ☐ Weekly\n☐ Fortnightly  ☐ Monthly\n☐ Other / target date: ________",
                 "Contact plan agreed with Jade and Connor and sent to Ward 7", "☐"],
                ["5.4", "Write a feeding plan for discharge that Pauline and the parents can follow",
                 "Carys Wren, paediatric dietitian",
                 "☐ Daily  ☐ Weekly\n☐ Fortnightly  ☐ Monthly\n☒ Other: before discharge",
                 "Written feeding plan (with pictures for Jade) given to Pauline, the HV and the SW", "☐"],
                ["5.5", "Weigh Kai at the foster home after discharge and check his feeding",
                 "Lisa Marchant (HV)",
                 "☐ Daily  ☒ Weekly\n☐ Fortnightly  ☐ Monthly\n☐ Other",
                 "Weights plotted in the red book and sent to the SW weekly", "☐"],
                ["5.6", "Assess Connor's cannabis use, with testing, and advise on whether he can care for "
                        "Kai safely",
                 "Ben Adair, Nessingfold Drug and Alcohol Service",
                 "☐ Daily  ☐ Weekly\n☒ Fortnightly  ☐ Monthly\n☐ Other",
                 "Test results and a written update to each core group", "☐"],
                ["5.7", "Parenting assessment of Jade and Connor, adapted for Jade's learning needs",
                 "Sunita Rao (SW)",
                 "☐ Daily  ☐ Weekly\n☐ Fortnightly  ☐ Monthly\n☒ Other: by 18/07/2025",
                 "", "☐"],
                ["5.8", "Refer Jade to the community learning disability team for an assessment of her "
                        "support needs",
                 "",
                 "☐ Daily  ☐ Weekly\n☐ Fortnightly  ☐ Monthly\n☒ Other: by 13/06/2025",
                 "Referral accepted letter on file", "☐"],
                ["5.9", "Help Jade and Connor understand Kai's tube feeds and practise making up his bottles "
                        "(in the family liaison office, off the bay)",
                 "Cheryl Dunstan, hospital family liaison nurse",
                 "☐ Daily  ☒ Weekly\n☐ Fortnightly  ☐ Monthly\n☐ Other",
                 "Engagement", "☐"],
            ],
        }),
        ("boldp", "Section 6 – Contingency"),
        ("p", "If Jade or Connor come onto the ward under the influence, try to take Kai off the ward, or "
              "contact Pauline's home address, ward staff will call security and the police and the SW (EDT "
              "out of hours) will hold a strategy discussion the same day. If Kai's weight drops below the "
              "0.4th centile or he needs to go back onto the tube after discharge, the SW will hold a "
              "strategy discussion the same day and Kai will stay in hospital or with Pauline. If Jade "
              "withdraws her agreement to section 20, the SW will seek legal advice the same day about an "
              "application for an interim care order."),
        ("boldp", "Section 7 – Core group and review"),
        ("kv", [
            ("Core group frequency", "☒ Every 4 weeks   ☐ Every 6 weeks"),
            ("Next core group", "19/06/2025, 2pm, Ward 7 seminar room; then 17/07/2025"),
            ("Looked after review", "24/06/2025 (IRO Marion Teale)"),
            ("Review CP conference", "☐ Date set   ☒ To be confirmed after the looked after review"),
            ("If progress is not made", "If the parents have not shown by 18/07/2025 that they can make up "
                                        "Kai's feeds safely and Connor's tests are still positive, the SW will "
                                        "request a legal planning meeting."),
        ]),
    ],
    "findings": [
        F("T002", "SW visits to Kai on Ward 7, and at the foster home"),
        F("T002", "Foster carer to visit Kai on the ward and do"),
        F("T001", "Restart parents' supervised contact with Kai on the ward"),
        F("M001", "Parenting assessment of Jade and Connor, adapted for Jade's learning needs"),
        F("W001", "Refer Jade to the community learning disability team"),
        F("M002", "Help Jade and Connor understand Kai's tube feeds"),
        F("L001"),
        F("R001"),
    ],
})
