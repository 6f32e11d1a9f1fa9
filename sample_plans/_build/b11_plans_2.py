"""Batch 11, module 2: eight fictional files (held-out test material).

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Review conference plan, landscape, merged outcome column, Lead / By when /
#    How we'll know / Progress (RAG) columns; domestic abuse (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b11_vennick_rcpc_rag_review_madden.docx",
    "doc_title": "Review Child Protection Plan - Tayla Madden and Jayce Cosgrove-Madden",
    "split": "heldout",
    "template": "rcpc-merged-outcome-rag-progress-landscape",
    "description": (
        "First review conference plan for an 11-year-old and a 4-year-old (domestic abuse; father's "
        "drinking; mother's anxiety), landscape, with a 'What needs to change' column merged down rows "
        "and a 'Progress since ICPC (RAG)' column. A blank measure, 'Monitored', a 'TBC' lead 'when a "
        "space comes up', a talking-therapies row that only supports with 'feels less anxious', "
        "'Ongoing', and one adult-only outcome."
    ),
    "landscape": True,
    "font_size": 9.5,
    "check_vmerge": 4,
    "blocks": [
        ("title", "Child Protection Plan – Review"),
        ("p", "Vennick Borough Council · Children and Families · Family Safeguarding Service"),
        ("kv", [
            ("Children", "Tayla Madden, born 03/02/2014 (11); Jayce Cosgrove-Madden, born 19/08/2020 (4)"),
            ("Address", "14 Larkspur Close, Vennick"),
            ("Mother", "Chantelle Madden"),
            ("Jayce's father", "Ryan Cosgrove – living with his mother at 2 Mill Terrace since 01/03/2025; "
                               "non-molestation order in place until 14/11/2025"),
            ("Tayla's father", "Dwayne Madden – no contact since 2019; told about the conference, did not attend"),
            ("Conference", "First review child protection conference, 20/05/2025 (ICPC 27/02/2025)"),
            ("Chair", "Gillian Oxley, Child Protection Chair"),
            ("Category", "Emotional abuse (both children)"),
            ("Social worker", "Priya Halloran, Family Safeguarding Team 1"),
        ]),
        ("h1", "Conference decision"),
        ("p", "Conference agreed that Tayla and Jayce should remain subject to child protection plans under the "
              "category of emotional abuse. The plan below replaces the plan made at the initial conference. "
              "Progress is rated G (done or on track), A (started but not yet making a difference) or R (not "
              "started, or not working)."),
        ("h1", "What has happened since the initial conference"),
        ("p", "Ryan moved out on 1 March and a non-molestation order was made on 14 March. On 12 April he came "
              "to the house at 11pm after drinking, banged on the door and shouted at Chantelle through the "
              "letterbox; Tayla rang 999 from her bedroom and Vennick Police arrested Ryan for breaching the "
              "order. Ryan told conference that he drinks \"a lot at weekends, not every day\". Chantelle has "
              "told her GP about panic attacks and poor sleep and has started with Vennick Talking Therapies. "
              "Tayla's attendance is 91% and her teacher says she is often tired on Mondays. Jayce's Sunday "
              "time with his dad at his nan's house has gone well."),
        ("h1", "What Tayla and Jayce have told us, and what we have seen"),
        ("p", "Tayla (seen on her own at school, 08/05/2025): \"It's calmer now Ryan's gone, but I still listen "
              "out at night in case he comes back.\" She said the night of 12 April was \"the worst one\" and "
              "that she was proud she rang the police. She likes Sundays \"because Jayce is at Nanny Sandra's "
              "and I get Mum to myself\". She is nervous about starting at Vennick Academy in September and "
              "wants to be in a form with her friend Kaci. She scored how safe she feels at home as 6 out of 10 "
              "(3 out of 10 in February)."),
        ("p", "Jayce is too young to scale. At nursery he plays \"police\" with the other children, and his "
              "keyworker says he now hides under the table at loud noises about once a week, where in February "
              "it was most days. He talks happily about \"Daddy days at Nanny's\" and showed the SW a picture "
              "of him and his dad feeding ducks."),
        ("h1", "The plan"),
        ("table", {
            "header": ["What needs to change for Tayla and Jayce", "Action", "Lead", "By when",
                       "How we'll know", "Progress since ICPC (RAG)"],
            "widths": [4.2, 5.5, 3.6, 3.0, 5.0, 4.4],
            "rows": [
                ["Tayla and Jayce live in a calm home where nobody shouts, hits or makes threats, and Tayla no "
                 "longer lies awake listening out for her mum.",
                 "Visit Tayla and Jayce at home and see Tayla on her own, with one visit each month after school",
                 "SW Priya Halloran",
                 "Every 2 weeks",
                 "Visit records show Tayla seen alone, with her 'how safe do I feel' score written down at each visit",
                 "G – 7 of 7 visits done; Tayla seen alone each time"],
                [V,
                 "Chantelle to go to the Freedom Programme at Vennick Women's Centre (12 weeks)",
                 "Chantelle Madden",
                 "Next course starts 02/06/2025",
                 "Certificate and the facilitator's end-of-course letter sent to the SW",
                 "A – left the spring course after week 3; has a place on the June course"],
                [V,
                 "Ryan to be assessed for and complete the Choices programme for men who use abuse",
                 "Ryan Cosgrove",
                 "Assessment by 30/05/2025; programme runs for 24 weeks",
                 "",
                 "R – Ryan says he has not had the appointment letter; SW has asked Choices to re-send it"],
                ["Jayce sees his dad safely, only when Ryan is sober and another adult is with them, and comes "
                 "back from contact settled.",
                 "Supervise Jayce's time with his dad every Sunday, 1pm to 4pm, at Sandra's house",
                 "Sandra Cosgrove (PGM)",
                 "Every Sunday",
                 "Contact diary signed by Sandra and Ryan after each visit and shown to the SW",
                 "G – 11 Sundays, all supervised and written up"],
                [V,
                 "Alcohol assessment for Ryan, with a breath test before each contact with Jayce",
                 "Harbour Recovery Service – Dean Pollitt, recovery worker",
                 "Assessment by 06/06/2025; breath test every Sunday from 08/06/2025",
                 "Breath test results sent to the SW monthly; every reading 0.00",
                 "A – referral accepted 08/05/2025; first appointment booked"],
                [V,
                 "Keep an eye on how Jayce is on Mondays after his weekend contact",
                 "Little Owls Nursery – keyworker Gemma Strand",
                 "Every Monday",
                 "Monitored",
                 "G – nursery say he is \"fine mostly\""],
                ["Tayla goes to school every day, settles well at secondary school in September and has an adult "
                 "there she trusts.",
                 "Weekly check-in for Tayla with the learning mentor",
                 "Mr Kevin Achterberg, DSL, Moorside Primary",
                 "Every Wednesday until the end of the summer term",
                 "Check-in notes record Tayla's worry score; copies to the SW before each core group",
                 "G – 10 sessions held; Tayla asks for them"],
                [V,
                 "Share Tayla's plan with Vennick Academy and agree a named adult for her there",
                 "Mr Kevin Achterberg, DSL, Moorside Primary",
                 "By the end of term, 18/07/2025",
                 "Transition meeting held; named adult confirmed to the SW in writing",
                 "New action"],
                [V,
                 "Counselling for Tayla through the Vennick Schools Counselling Service",
                 "TBC",
                 "When a space comes up",
                 "Tayla's own worry scale scored at her first and last sessions",
                 "R – on the waiting list since 10/03/2025"],
                ["Chantelle feels more confident and less anxious, and can manage her money and her tenancy.",
                 "Six sessions with Chantelle for her anxiety and panic attacks",
                 "Vennick Talking Therapies – PWP Aisha Noor",
                 "Weekly from 19/05/2025",
                 "Chantelle feels less anxious",
                 "A – first session 19/05/2025"],
                [V,
                 "Help Chantelle with her housing transfer application and her rent arrears",
                 "FSW Lorna Beck",
                 "Ongoing",
                 "Transfer application submitted; repayment plan agreed with Vennick Homes",
                 "A – arrears now £640 (£910 in February)"],
            ],
        }),
        ("h1", "What will happen if the plan is not working"),
        ("p", "If Ryan comes to the house or contacts Chantelle in breach of the order, Chantelle will ring 999 "
              "and the police will attend. The SW (or the emergency duty team out of hours) will see both "
              "children the same day and hold a strategy discussion within 24 hours. If Chantelle lets Ryan back "
              "into the home, Tayla and Jayce will go to stay with Chantelle's cousin, Marcia Lyle, who was "
              "assessed and agreed on 15/05/2025."),
        ("p", "If Sandra cannot supervise a Sunday, that Sunday's contact will not happen, and the SW will "
              "arrange supervised contact at Vennick Family Centre within the same week."),
        ("p", "If Ryan has not started the Choices programme by the next core group, or there is any further "
              "incident of abuse in front of the children, the SW will ask the team manager for a legal planning "
              "meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group: every 6 weeks – 05/06/2025, 17/07/2025 and 28/08/2025, at Moorside Primary.",
            "Second review child protection conference: 18/09/2025, 10am, Vennick Civic Centre, Room 4.",
        ]),
        ("p", "Chair: Gillian Oxley, Child Protection Chair – plan distributed 22/05/2025."),
    ],
    "findings": [
        F("M001", "Ryan to be assessed for and complete the Choices programme"),
        F("M002", "Keep an eye on how Jayce is on Mondays"),
        F("W002", "Counselling for Tayla through the Vennick Schools Counselling Service"),
        F("T002", "Counselling for Tayla through the Vennick Schools Counselling Service"),
        F("H001", "Six sessions with Chantelle for her anxiety and panic attacks"),
        F("M002", "Six sessions with Chantelle for her anxiety and panic attacks"),
        F("T002", "Help Chantelle with her housing transfer application"),
        F("F002", "Chantelle feels more confident and less anxious, and can manage her money and her tenancy"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Looked-after baby on the neonatal unit: a plan set out stage by stage
#    (on the unit / leaving hospital / first weeks in placement), with a
#    "who will see Orla" table; PDF with header and page footer. Exemplary.
# ---------------------------------------------------------------------------
_STAGE_HEAD = ["What will happen", "Who", "When", "How we'll know"]
_STAGE_W = [5.6, 3.6, 3.6, 4.2]

PLANS.append({
    "name": "b11_yarlow_neonatal_phased_plan_penhale.pdf",
    "doc_title": "Child Protection Plan - Orla Penhale",
    "split": "heldout",
    "template": "lac-neonatal-stage-by-stage-tables-paged",
    "description": (
        "Exemplary plan for a looked-after (section 20) premature baby with neonatal abstinence syndrome on "
        "the neonatal unit (mother on methadone, history of depression), set out stage by stage with a "
        "visiting table; OFFICIAL-SENSITIVE header and 'Page N of M' footer on every page. Twice-weekly SW "
        "visits, the drug service and perinatal team own actions, perinatal team assesses capacity to "
        "change, specific contingency covering the grandmother and the placement, legal planning, dates."
    ),
    "header": "OFFICIAL-SENSITIVE | Yarlow City Council Children's Services | Ref YCC/CP/25/1182",
    "footer": "Child protection plan – Orla Penhale – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "font_size": 10,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Updated at the core group on 20/05/2025 after Orla's birth and accommodation. This plan replaces "
              "the pre-birth plan agreed at the initial child protection conference on 14/03/2025."),
        ("kv", [
            ("Child", "Orla Penhale, born 02/05/2025 at 33 weeks + 4 days"),
            ("Where Orla is", "Neonatal Unit (Special Care, Bay 2), Yarlow General Hospital"),
            ("Legal status", "Looked after – accommodated under section 20 Children Act 1989 since 09/05/2025, "
                             "with Kerry-Ann's written agreement"),
            ("Mother", "Kerry-Ann Penhale (23), 41 Gwel-an-Mor Flats, Yarlow"),
            ("Father", "Jordan Vose (26), named by Kerry-Ann; in HMP Ashgrove until at least October 2025"),
            ("Category", "Neglect"),
            ("Social worker", "Hannah Polglase, Yarlow Safeguarding Team 3 (team manager Rob Tregear)"),
            ("IRO", "Colin Treadgold"),
        ]),
        ("h1", "Why Orla has a plan"),
        ("p", "Kerry-Ann used heroin and crack cocaine until 28 weeks of pregnancy. She now takes 60ml of "
              "methadone a day through Yarlow Drug and Alcohol Service (YDAS), but her urine screens showed crack "
              "cocaine on 7 April and 29 April. Kerry-Ann has a long history of depression. Her two older "
              "children live with their paternal grandmother under special guardianship orders made in 2019 and "
              "2021. Orla was born early and has neonatal abstinence syndrome; she is on oral morphine, which is "
              "being reduced. Kerry-Ann agreed to Orla being accommodated and to her going to foster carers when "
              "she is well enough to leave hospital, while we find out whether Kerry-Ann can care for her safely. "
              "A legal planning meeting on 08/05/2025 agreed this plan and the steps below if it does not hold."),
        ("h1", "What Orla's days are like"),
        ("p", "The nurses tell us Orla's withdrawal scores have come down from 11 in her first days to between "
              "4 and 6. She is fed every three hours, mostly by bottle, with top-ups through her nasal tube at "
              "night. She settles best swaddled and held against Kerry-Ann's chest, and goes stiff and cries "
              "high-pitched when the monitors alarm or the bay is busy. She now opens her eyes and follows "
              "Kerry-Ann's face for a few seconds. On the SW's visit on 16/05/2025 Orla fed well for Kerry-Ann "
              "and fell asleep on her; on the visit on 13/05/2025 Kerry-Ann had not come in, and Orla was "
              "settled by the nursery nurse after 40 minutes of crying."),
        ("h1", "What is going well"),
        ("p", "Kerry-Ann has visited Orla on 17 of the 18 days since she was born, usually twice a day. Her "
              "screens on 6, 13 and 20 May were negative for heroin and crack cocaine. She can make up and give a "
              "bottle feed and change Orla without prompting. Jean Penhale, Orla's nan, comes with Kerry-Ann at "
              "weekends and is a calm, steady presence on the unit."),
        ("h1", "What we want for Orla"),
        ("bullets", [
            "Orla comes through her withdrawal safely, feeds well and is gaining weight along her centile by the "
            "time she leaves hospital.",
            "Orla is seen by her social worker at least twice a week while she is in hospital, and is cared for "
            "every day by adults who know how to feed and settle her.",
            "Orla keeps a close relationship with her mum and her nan while we find out whether Kerry-Ann can "
            "care for her safely, and a decision about where she will grow up is made without delay.",
        ]),
        ("h1", "Who will see Orla, and how often"),
        ("table", {
            "header": ["Who", "How often", "Where it is written down"],
            "widths": [5.0, 6.0, 6.0],
            "rows": [
                ["SW Hannah Polglase", "Twice a week (Tuesdays and Fridays) until Orla leaves hospital",
                 "Visit notes on Orla's file, with her weight and withdrawal scores"],
                ["Kerry-Ann Penhale (mum)", "Every day, 10am–1pm and 5pm–7pm, supervised by the nurse in charge",
                 "Unit visitors' book and nursing notes"],
                ["Jean Penhale (maternal grandmother), with Kerry-Ann", "Saturday and Sunday afternoons",
                 "Unit visitors' book"],
                ["Lorraine and Michael Adebayo (foster carers)", "Three times a week from 26/05/2025 until discharge",
                 "Nursing notes and the foster carers' log"],
                ["IRO Colin Treadgold", "Once before the looked after review on 09/06/2025",
                 "IRO visit record on Orla's file"],
            ],
        }),
        ("h1", "The plan, stage by stage"),
        ("h2", "Stage 1 – While Orla is on the neonatal unit"),
        ("table", {
            "header": _STAGE_HEAD,
            "widths": _STAGE_W,
            "rows": [
                ["Visit Orla on the unit, see her being fed and handled, and speak with the nurse in charge",
                 "SW Hannah Polglase", "Every Tuesday and Friday until discharge",
                 "Visit notes record Orla's weight, withdrawal score and who has visited her that week"],
                ["Send the SW an update on Orla's withdrawal scores, feeds and weight, and on Kerry-Ann's visits",
                 "Sister Emma Rowe, neonatal discharge coordinator", "Daily by email, Monday to Friday",
                 "Update emails saved on Orla's file; any missed or shortened visit is noted"],
                ["Supervise Kerry-Ann's time with Orla and teach her Orla's feeds, nappy changes and settling",
                 "Nurse in charge of each shift", "Every visit until discharge",
                 "Nursing notes record what Kerry-Ann did for Orla at each visit"],
                ["Dispense Kerry-Ann's methadone, hold weekly key-work sessions and take urine drug screens",
                 "Paul Menhenick, YDAS recovery worker", "Screens weekly; results to the SW every Friday",
                 "Screen results on Orla's file; all negative for heroin and crack cocaine"],
                ["Assess Kerry-Ann's mood and her capacity to make and keep the changes Orla needs, and the "
                 "likely timescale",
                 "Dr Nisha Varghese, Yarlow Perinatal Mental Health Team",
                 "First appointment by 30/05/2025; report by 04/07/2025",
                 "Written report shared with the core group and the legal planning meeting"],
            ],
        }),
        ("h2", "Stage 2 – Leaving hospital"),
        ("table", {
            "header": _STAGE_HEAD,
            "widths": _STAGE_W,
            "rows": [
                ["Hold a discharge planning meeting with Kerry-Ann, the foster carers, the HV and the SW",
                 "Dr Tom Kessell, neonatal consultant", "At least 5 working days before the planned discharge",
                 "Written discharge plan, with Orla's morphine weaning and feeding plan, copied to the foster "
                 "carers, HV and GP"],
                ["Learn Orla's care on the unit: her feeds, settling and medication",
                 "Lorraine and Michael Adebayo, foster carers", "Three visits a week from 26/05/2025 until discharge",
                 "Nursing notes show each carer has given at least three feeds and one dose of medication"],
                ["Move Orla to the foster home with her medication, feeding plan and red book",
                 "SW Hannah Polglase, with the foster carers", "On the day of discharge",
                 "Placement plan signed by Kerry-Ann and the foster carers on the day Orla moves"],
                ["Register Orla with the foster carers' GP practice",
                 "Lorraine Adebayo (foster carer)", "Within 3 working days of the move",
                 "GP registration confirmed to the SW in writing"],
            ],
        }),
        ("h2", "Stage 3 – The first eight weeks with the foster carers"),
        ("table", {
            "header": _STAGE_HEAD,
            "widths": _STAGE_W,
            "rows": [
                ["Supervised family time for Kerry-Ann and Orla at Yarlow Family Centre",
                 "Sam Rudd, family time worker", "Five sessions a week, 2 hours each, from the first week after discharge",
                 "Session records note how Kerry-Ann feeds, settles and responds to Orla; sent to the SW weekly"],
                ["Visit Orla at the foster home, see her awake and being fed, and speak with her carers",
                 "SW Hannah Polglase", "Within 7 days of the move, then weekly for 4 weeks, then every 2 weeks",
                 "Visit records show Orla seen awake, her latest weight and what the carers have noticed"],
                ["Home visits to weigh Orla and check her feeding and development",
                 "HV Gwen Trebilcock", "New baby visit within 5 days of discharge, then every 2 weeks",
                 "Weight plotted in the red book and sent to the SW; Orla stays on or above the 9th centile"],
                ["Neonatal follow-up clinic for Orla's growth and development",
                 "Dr Tom Kessell, neonatal consultant", "6 weeks after discharge",
                 "Clinic letter copied to the SW, HV and foster carers"],
                ["Parenting assessment of Kerry-Ann, using the family time records and the perinatal report",
                 "SW Hannah Polglase", "Start 02/06/2025; complete by 18/07/2025",
                 "Written assessment shared with Kerry-Ann and her solicitor and presented at the core group on "
                 "22/07/2025"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Kerry-Ann comes to the unit under the influence of drugs or alcohol, or tries to take Orla off "
              "the unit, the nurse in charge will call hospital security and the police, and the SW (or the "
              "emergency duty team out of hours) will hold a strategy discussion the same day. Kerry-Ann's time "
              "with Orla will then only take place with the SW or a family time worker present."),
        ("p", "If Kerry-Ann withdraws her agreement to section 20, the SW will speak to Yarlow Legal Services the "
              "same day and the local authority will apply for an emergency protection order so that Orla stays "
              "on the unit and then goes to the Adebayos."),
        ("p", "If the Adebayos cannot take Orla on the day she is ready to leave, she will stay on the unit until "
              "another approved foster placement is found, and the SW's Tuesday and Friday visits will carry on. "
              "If Jean cannot come at weekends, Kerry-Ann's visits will go ahead with the nurse in charge "
              "supervising, as on weekdays."),
        ("p", "If Kerry-Ann's screens show heroin or crack cocaine, or she misses more than two family time "
              "sessions in a week, the SW will ask the team manager for a further legal planning meeting within "
              "2 working days to decide whether to issue care proceedings."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: every 2 weeks while Orla is in hospital – 03/06/2025 and 17/06/2025 – then every 4 weeks "
            "(next 22/07/2025).",
            "Review child protection conference: 12/06/2025, 10am, Yarlow Civic Centre.",
            "Looked after review: 09/06/2025, chaired by Colin Treadgold.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Welsh / English headings, child criminal exploitation (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b11_yarnbridge_bilingual_exploitation_llewellyn.md",
    "split": "heldout",
    "template": "bilingual-welsh-english-exploitation-table-md",
    "description": (
        "Initial CP plan with Welsh/English headings for a 14-year-old being criminally exploited (missing "
        "episodes, county lines). 'As often as Tyler will meet', a blank Who, 'All professionals', "
        "'Engagement with the service', 'Ongoing'; a contingency that only reviews and considers on 'further "
        "concerns', and no legal step."
    ),
    "text": """\
# Cyngor Sir Yarnbridge / Yarnbridge County Council
## Gwasanaethau Plant / Children's Services

# Cynllun Amddiffyn Plant / Child Protection Plan

| Manylion / Details | |
|---|---|
| Enw / Name | Tyler Llewellyn |
| Dyddiad geni / Date of birth | 11/10/2010 (14) |
| Yn byw gyda / Lives with | Donna Llewellyn (Mam), 7 Heol y Felin, Yarnbridge |
| Cynhadledd / Conference | Initial child protection conference, 05/06/2025 |
| Categori / Category | Physical abuse (risk of harm from criminal exploitation) – name placed on the child protection register |
| Gweithiwr cymdeithasol / Social worker | Carys Bowen, Tîm Diogelu / Safeguarding Team |
| Iaith / Language | Tyler chose to speak Welsh with his social worker. Donna prefers English. |

## Beth sy'n ein poeni ni? / What are we worried about?

Tyler has been reported missing six times since March, once for three nights. On
18 May he was found by police in Porthgarreg, 40 miles away, with £400 in cash,
two phones and a small amount of cannabis. On 27 May he was in a car stopped by
police with two men aged 19 and 23 who are known to the Exploitation Team. He
has new trainers and a jacket that Donna did not buy. He smokes cannabis most
days. He had a five-day exclusion in April for threatening another pupil, and
his attendance at Ysgol Bro Yarnbridge is 62% this term.

## Beth sy'n mynd yn dda? / What's going well?

Donna reports Tyler missing every time and rings the SW herself. Tyler still
comes home to sleep most nights and has a good relationship with his youth
worker, Jamie. He loves anything to do with engines and helped his grandad
rebuild a motorbike last summer.

## Llais Tyler / Tyler's voice

Seen on his own at school on 2 June and in the car on 3 June (in Welsh): "They're
my mates, I'm not being groomed or whatever you call it." He said Mam "worries
too much" but also that he doesn't feel safe in town since "someone got stabbed
by the Spar". He wants to do the motor vehicle course at college and said he'd
"maybe" talk to Jamie "because he doesn't write everything down". When asked
what would make home better he said "Mam not shouting when I come in late".

## Beth rydyn ni am ei weld i Tyler / What we want for Tyler

- Tyler is home by 9.30pm every night and does not go missing.
- Tyler is not used by older people to carry or sell drugs, and knows who he can
  call if he is scared or being pressured.
- Tyler is in school, or at college taster sessions, at least 4 days a week and
  has something he enjoys to work towards.

## Y cynllun / The plan

| Cam gweithredu / Action | Pwy / Who | Erbyn pryd / By when | Sut byddwn ni'n gwybod / How we'll know |
|---|---|---|---|
| See Tyler on his own at home or school, with one evening visit each month | Carys Bowen (SW) | Weekly | Visit records show Tyler seen alone and what he said in his own words |
| Return home interview after every missing episode | Gethin Rowlands, return interview worker, Llwybrau / Pathways Project | Within 72 hours of Tyler coming home | Interview report sent to the SW and police; what pulls Tyler away added to his safety map |
| Serve Child Abduction Warning Notices on the two adults seen with Tyler | DC Ffion Parry, Yarnbridge Police Exploitation Team | By 27/06/2025 | Notices served and logged; copy of the log sent to the SW |
| Mentoring sessions with Tyler through the Pathways Project | Jamie Rees, youth worker | As often as Tyler will meet | Sessions logged; Tyler's safety map updated with him each month |
| Phone Donna by 10am if Tyler is not in school, and send weekly attendance figures | Siân Morgan, EWO | Daily; figures every Friday | Attendance figures to the SW; Tyler in school 4 days out of 5 by the end of term |
| Report Tyler missing to police if he is not home by 9.30pm and not answering his phone | Donna Llewellyn (Mam) | Every night | Police missing log and Donna's diary match |
| Referral to the National Referral Mechanism as a possible victim of exploitation | | By 13/06/2025 | NRM reference number on Tyler's file |
| Share information about Tyler's associates, cars and places he is seen | All professionals | Same day | Partnership intelligence forms submitted to police and copied to the SW |
| Weekly sessions about Tyler's cannabis use | Iwan Daniels, Yarnbridge Youth Substance Misuse Service | Weekly from 16/06/2025 | Engagement with the service |
| Home safety plan with Donna about money, phones and new clothes | Nia Vaughan, FSW | Ongoing | Written home safety plan signed by Donna and Tyler |
| Take the skate park and the Spar on Stryd y Bont to the MACE panel and agree actions for those places | Owain Hughes, contextual safeguarding lead | MACE meeting, 10/07/2025 | Place-based actions recorded in the MACE minutes and shared with the core group |
| Book taster sessions on the motor vehicle course at Coleg Yarnbridge | Rhian Lloyd, Gyrfa Yarnbridge careers adviser | By 18/07/2025 | Taster dates booked and Tyler's attendance recorded |

## Cynllun wrth gefn / Contingency plan

If there are further concerns about Tyler's safety, or the plan is not working,
the core group will meet to review the plan and consider whether Tyler needs a
strategy meeting or a period of time away from Yarnbridge.

## Adolygu'r cynllun / Reviewing the plan

- Grŵp craidd / Core group: every 4 weeks – 19/06/2025, 17/07/2025, 14/08/2025
  (Ysgol Bro Yarnbridge, 3.30pm).
- Cynhadledd adolygu / Review conference: 04/09/2025, 10am, Canolfan Ddinesig
  Yarnbridge.

Cadeirydd / Chair: Elin Prydderch, Independent Child Protection Chair
""",
    "findings": [
        F("T002", "Mentoring sessions with Tyler through the Pathways Project"),
        F("W001", "Referral to the National Referral Mechanism as a possible victim"),
        F("W002", "Share information about Tyler's associates, cars and places he is seen"),
        F("M002", "Weekly sessions about Tyler's cannabis use"),
        F("T002", "Home safety plan with Donna about money, phones and new clothes"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Core group minutes with ACTION: lines under each agenda item; substance
#    misuse and a move to another authority (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b11_yewcastle_core_group_inline_actions_kinsella.txt",
    "split": "heldout",
    "template": "core-group-minutes-inline-action-lines",
    "description": (
        "Typed core group minutes for a 7-year-old and a 2-year-old (mother's cocaine use, low mood; family "
        "moving to another authority) with ACTION: lines under each agenda item. 'As and when', a primary "
        "care mental health practitioner who only supports, an action with no timescale, grandmother and "
        "'Family' actions with no measure, a referral left for the receiving authority; the contingency "
        "sends the children to the grandmother and never covers her being unable."
    ),
    "text": """\
YEWCASTLE METROPOLITAN BOROUGH COUNCIL - CHILDREN'S SOCIAL CARE
CORE GROUP MEETING - RECORD OF MEETING

Children:     Leon KINSELLA   DOB 21/09/2017 (7y)
              Amber KINSELLA  DOB 02/04/2023 (2y)
Plan:         Child protection plan - neglect (ICPC 29/04/2025)
Meeting:      Core group no. 3, Thu 12/06/2025, 1.30pm, Castle Lane Primary
Chair:        Marcus Obi (SW)
Minutes:      Dawn Priestley (business support)
Present:      Gemma Kinsella (mum); Brenda Tully (MGM); Marcus Obi (SW);
              Joanne Hextall (DSL, Castle Lane Primary); Nadia Brook (HV);
              Chloe Sands (keyworker, Tiddlers Day Nursery); Carl Ibbotson
              (Phoenix Recovery)
Apologies:    Lisa Gorman (primary care mental health practitioner) -
              written update sent

Actions are shown as ACTION: and copied to the case tracker.

1. INTRODUCTIONS AND PREVIOUS MINUTES
Minutes of 15/05/2025 agreed. Of the 9 actions from last time, 6 are done
and 3 are carried forward below.

2. WHAT WE ARE WORKING TOWARDS (outcomes from the ICPC plan)
  a) Leon and Amber are cared for every day by a sober adult who gets them
     up, fed and to school and nursery on time.
  b) Amber's development catches up and her health appointments are kept.
  c) Leon is not worrying about his mum and has someone he can talk to.
Group scaling (0 = we need to take legal advice, 10 = safe enough to end
the plan): Marcus 4, Gemma 7, Brenda 6, school 5, nursery 5, HV 3.

3. THE CHILDREN'S VIEWS
Leon was seen on his own at school on 09/06/2025. He said "Nana does my
packed lunch now and it's better" and that Mum "sleeps in a lot on Mondays".
He is excited about moving to Scott's house "because there's a garden" but
sad about leaving his friend Tomasz. Amber was observed at nursery on
10/06/2025: she ran to Chloe at the door, ate two bowls of cereal, and used
lots of new words ("juice", "bubble", "Nana car").

4. UPDATES AND DISCUSSION

4.1 School (Joanne Hextall)
Leon's attendance since the last meeting is 88%, with 7 late marks, all on
Mondays and Tuesdays. He is tired on those days. He is doing well in reading.
ACTION: Mrs Hextall (DSL) to email Leon's attendance and late marks to the
SW every Friday, so the group can see whether he is in by 8.50am.

4.2 Nursery (Chloe Sands)
Amber came to 7 of 10 sessions. She arrives hungry on Mondays and twice
came in the same clothes as Friday.
ACTION: Chloe Sands to record Amber's arrival time and whether she has had
breakfast at each session, and send the log to the SW weekly.

4.3 Health visiting (Nadia Brook)
Amber's 2-year review was missed on 21/05 and 04/06 (no answer at the door).
Nadia is concerned about her speech and that her immunisations are behind.
ACTION: HV Nadia Brook to complete Amber's 2-year review at home by
27/06/2025 and send the ASQ-3 scores to the SW.

4.4 Phoenix Recovery (Carl Ibbotson)
Gemma has come to 4 of 6 appointments. Her screen on 02/06/2025 was positive
for cocaine; Gemma said this was "one night out" at Scott's and that the
children were with Brenda. Carl said Gemma is honest with him about use.
ACTION: Gemma to keep going to her Phoenix appointments as and when they are
offered.
ACTION: Carl Ibbotson to send the SW Gemma's attendance and drug screen
results before each core group.

4.5 Gemma's mental health (written update from Lisa Gorman)
Gemma has had 3 sessions for low mood and anxiety and started sertraline
in May. Lisa's update says Gemma "is finding the sessions useful".
ACTION: Lisa Gorman to carry on seeing Gemma fortnightly for support with
her low mood.

4.6 Leon's emotional wellbeing
The GP referred Leon to CAMHS in March because of his bedwetting and
worrying. Nobody has heard anything.
ACTION: SW to chase the CAMHS referral for Leon.

4.7 Family support (Brenda Tully)
Brenda is happy to keep having the children on Saturday nights and doing
the Monday and Tuesday school run, but said she has a hip operation booked
for some time in August. Gemma's sister Kelly works shifts and "will help
when she can".
ACTION: Brenda to have Leon and Amber every Saturday night and do the
school and nursery run on Mondays and Tuesdays.
ACTION: Family to make sure a sober adult is in the house every evening
when the children are at home.

4.8 The move to Ormsby
Gemma confirmed that she and the children will move to her partner Scott
Harker's house at 6 Ferry Row, Ormsby, on 14/07/2025. Marcus explained that
Yewcastle keeps responsibility for the plan until Ormsby Children's
Services hold their transfer-in conference. Nobody at the meeting has met
Scott.
ACTION: SW to request police and Ormsby children's services checks on
Scott Harker by 20/06/2025 and share the outcome with the group.
ACTION: SW to continue fortnightly home visits, seeing Leon on his own,
until the Ormsby transfer-in conference; visit notes to record what Leon
says.
ACTION: SW to send the transfer request and case file to Ormsby by
20/06/2025 and tell the group the date of the transfer-in conference.
ACTION: Parenting course referral (Ormsby Family Hub) to be picked up by
Ormsby Children's Services after the transfer, date TBC.
ACTION: Gemma to apply for a place for Leon at Ormsby St Peter's Primary
by 30/06/2025.

5. CONTINGENCY PLAN (from the ICPC plan - no changes)
If Gemma is found under the influence of drugs or alcohol while caring for
Leon and Amber, or the children are not collected from school or nursery,
school or nursery will ring the SW (or EDT out of hours) and the children
will go to Brenda Tully's house that day. The SW will hold a strategy
discussion within 24 hours. If Gemma has another positive screen for
cocaine before the move, the SW will ask the team manager for a legal
planning meeting.

6. NEXT MEETINGS
Core group: every 4 weeks until the transfer-in conference - next
10/07/2025, 1.30pm, Castle Lane Primary.
Review child protection conference: 29/07/2025, 10am, Yewcastle Civic
Centre.

Minutes circulated 16/06/2025 by D Priestley.
""",
    "findings": [
        F("T002", "Gemma to keep going to her Phoenix appointments"),
        F("M001", "Gemma to keep going to her Phoenix appointments"),
        F("H001", "Lisa Gorman to carry on seeing Gemma fortnightly"),
        F("M001", "Lisa Gorman to carry on seeing Gemma fortnightly"),
        F("T001", "SW to chase the CAMHS referral for Leon"),
        F("M001", "SW to chase the CAMHS referral for Leon"),
        F("M001", "Brenda to have Leon and Amber every Saturday night"),
        F("W002", "Family to make sure a sober adult is in the house"),
        F("M001", "Family to make sure a sober adult is in the house"),
        F("X001", "Parenting course referral (Ormsby Family Hub) to be picked up"),
        F("T002", "Parenting course referral (Ormsby Family Hub) to be picked up"),
        F("M001", "Parenting course referral (Ormsby Family Hub) to be picked up"),
        F("M001", "Gemma to apply for a place for Leon"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 5. "Plan on a page": a two-column label | content grid with the next steps
#    as numbered lines in one cell; neglect of a baby (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b11_varrowmere_plan_on_a_page_gorringe.docx",
    "doc_title": "Plan on a page - Poppy-Mae Gorringe",
    "split": "heldout",
    "template": "plan-on-a-page-label-content-grid",
    "description": (
        "One-page ICPC plan for an 8-month-old (neglect, faltering weight, father's cannabis use) laid out as "
        "a two-column label | content grid, with the next steps as numbered lines in one cell. A nan who helps "
        "'when she can', an aunt with no timescale, a parenting group with no measure, the safety network "
        "'keeping an eye on her'; no adult service owns an action, and the contingency relies on the nan."
    ),
    "font": "Calibri",
    "font_size": 9,
    "blocks": [
        ("title", "Poppy-Mae's Plan on a Page"),
        ("p", "Varrowmere Council – Early Help and Safeguarding. Child protection plan agreed at the initial child "
              "protection conference on 03/06/2025."),
        ("table", {
            "widths": [3.8, 13.2],
            "bold_first_col": True,
            "rows": [
                ["Child", "Poppy-Mae Gorringe, born 30/09/2024 (8 months)"],
                ["Parents", "Jade Gorringe (19) and Kyle Blunt (21), 3 Heron Walk, Varrowmere"],
                ["Plan", "Child protection – neglect"],
                ["Social worker", "Kate Minshull (SW), 01632 960 227"],
                ["Danger statement",
                 "Kate, Charlotte (HV) and Dr Ansah (GP) are worried that if Poppy-Mae keeps missing feeds and "
                 "health appointments, and is left in wet nappies in a flat that smells of cannabis, she will "
                 "stop growing properly, get ill and not get the care she needs in time."],
                ["Safety goal",
                 "Poppy-Mae is fed on time every day, gains weight back towards her centile, sleeps in a clean "
                 "cot in a smoke-free room and goes to all her health appointments, and everyone in her network "
                 "can see this has happened for at least three months."],
                ["What we're worried about",
                 "Poppy-Mae dropped from the 50th to the 9th centile between 4 and 7 months. She missed her 6–8 "
                 "week check and two sets of immunisations. On three visits in May the flat smelled strongly of "
                 "cannabis, there were bottles with old milk in the kitchen, and Poppy-Mae was in a soaked "
                 "nappy. Kyle says he smokes cannabis every evening \"to help me sleep\"."],
                ["What's working well",
                 "Jade and Kyle love Poppy-Mae and are proud of her. Jade answered the door on every visit in "
                 "June and has started writing feeds down on the chart Charlotte gave her. Nana Tracey lives two "
                 "streets away and sees Poppy-Mae most days."],
                ["What Poppy-Mae's day is like",
                 "Poppy-Mae is a smiley baby who babbles when she is talked to. On Kate's visit on 28/05/2025 "
                 "she was awake in her bouncer for two hours without being picked up, and cried hard until Jade "
                 "made a bottle, which she drank very quickly. At Nana Tracey's she was seen sitting on a play "
                 "mat, reaching for toys and laughing when Tracey sang to her. She has bad nappy rash."],
                ["Safety network",
                 "Tracey Gorringe (Nana, Jade's mum); Leanne Blunt (Kyle's sister); Charlotte Vine (HV); Kate "
                 "Minshull (SW); Dr Ansah (GP)"],
                ["Next steps – who will do what, and by when",
                 "1. Jade and Kyle will take Poppy-Mae to the Tuesday baby clinic at Varrowmere Family Hub every "
                 "week from 10/06/2025, and her weight will be plotted in her red book.\n"
                 "2. Charlotte Vine (HV) will visit every 2 weeks to go through feeds and weaning with Jade, and "
                 "will send Kate Poppy-Mae's weight chart each month.\n"
                 "3. Jade will book Poppy-Mae's missed immunisations with the practice nurse by 20/06/2025 and "
                 "show Kate the entry in the red book.\n"
                 "4. Nana Tracey will pop round to help with tea and bath time when she can.\n"
                 "5. Aunt Leanne will help Jade with the washing and keep on top of the bottles.\n"
                 "6. Kyle will refer himself to Varrowmere Drug and Alcohol Service by 27/06/2025 and show Kate his "
                 "appointment letter.\n"
                 "7. Kate Minshull (SW) will visit every week, with at least two visits a month unannounced, and "
                 "her notes will say where Poppy-Mae slept, what food was in and the state of her nappy.\n"
                 "8. Jade will do the six-week Little Steps group at the Family Hub, starting 16/06/2025.\n"
                 "9. Everyone in Poppy-Mae's safety network will keep an eye on her and tell Kate the same day if "
                 "they are worried."],
                ["If the plan isn't working",
                 "If Poppy-Mae misses a clinic weigh-in or loses weight, or Kate or Charlotte find her in a "
                 "soaked nappy or in a room that smells of cannabis, Kate will hold a strategy discussion the "
                 "same day and Poppy-Mae will stay with Nana Tracey until it has happened. If her weight has not "
                 "started to climb back towards the 25th centile by the core group on 22/07/2025, Kate will ask "
                 "her manager for a legal planning meeting."],
                ["Scaling", "0 = Poppy-Mae cannot stay at home, 10 = safe enough to end the plan. Kate 3, "
                            "Charlotte 4, Jade 8, Kyle 7, Tracey 5."],
                ["Meetings", "Core group every 4 weeks: 24/06/2025, 22/07/2025, 19/08/2025 (Varrowmere Family Hub, "
                             "10am). Review child protection conference: 09/09/2025."],
            ],
        }),
        ("p", "Agreed by Jade Gorringe, Kyle Blunt and Kate Minshull on 03/06/2025. Copies to everyone in the "
              "safety network."),
    ],
    "findings": [
        F("T002", "Nana Tracey will pop round to help with tea"),
        F("M001", "Nana Tracey will pop round to help with tea"),
        F("T001", "Aunt Leanne will help Jade with the washing"),
        F("M001", "Aunt Leanne will help Jade with the washing"),
        F("M001", "Jade will do the six-week Little Steps group"),
        F("W002", "Everyone in Poppy-Mae's safety network will keep an eye on her"),
        F("M002", "Everyone in Poppy-Mae's safety network will keep an eye on her"),
        F("F004"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Narrative review plan in the SW's voice, with hedged and passive
#    commitments; a psychologist assesses capacity to change, a CPN only
#    supports; PDF with header and page footer
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b11_yestercombe_narrative_mh_capacity_dromgoole.pdf",
    "doc_title": "Child Protection Plan - Freya Dromgoole and Noah Carver",
    "split": "heldout",
    "template": "narrative-sw-voice-hedged-mh-capacity-paged",
    "description": (
        "Review CP plan written as narrative in the SW's voice for a 9-year-old and a 14-month-old (mother "
        "with a personality disorder, overdose and self-harm); OFFICIAL-SENSITIVE header and 'Page N of M' "
        "footer. A psychologist assesses capacity to change but the CPN only supports; 'we hope' with a "
        "passive and 'when one becomes available', 'as much as he can', the school 'keeping an eye', a "
        "passive referral, a grandmother row with no measure; an adult-only outcome and no review conference "
        "date."
    ),
    "header": "OFFICIAL-SENSITIVE | Yestercombe Council | Children's Social Care",
    "footer": "Child protection plan – Freya Dromgoole and Noah Carver – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "font": "Verdana",
    "font_size": 10,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Review child protection conference, 16 June 2025"),
        ("kv", [
            ("Children", "Freya Dromgoole (9), Noah Carver (14 months)"),
            ("Mother", "Stacey Dromgoole, 22 Tanner's Yard, Yestercombe"),
            ("Noah's father", "Lewis Carver – stays at the flat three or four nights a week"),
            ("Category", "Neglect"),
            ("Social worker", "Becky Lorimer"),
            ("Conference chair", "Anil Desai"),
        ]),
        ("h1", "Why there is still a plan"),
        ("p", "Stacey has a diagnosis of emotionally unstable personality disorder. On 22 March she took an "
              "overdose while she was the only adult in the flat; Noah was in his cot and Freya found her on "
              "the bathroom floor when she got up for school. Stacey has cut herself twice since then, in April "
              "and again on 30 May, when Freya rang the ambulance. Stacey is open with professionals about how "
              "she feels, has been working with the Community Mental Health Team since April and has kept "
              "every appointment. Lewis is a steady presence when he is there, but he works nights on the "
              "trains and is away from the flat on those nights."),
        ("h1", "What Freya has told me, and what we have seen of Noah"),
        ("p", "I saw Freya on her own at school on 4 June. She told me she checks on her mum \"every time she "
              "goes in the bathroom\" and that she keeps her phone under her pillow \"in case\". She said the "
              "best thing in her week is Friday nights at Nanna Pauline's \"because I don't have to listen out\". "
              "She would like to go back to Brownies and for \"Mum to stop being so sad\". When I asked what "
              "would help, she said \"someone else being in charge when Mum is poorly\"."),
        ("p", "Noah is walking and into everything. On my visits he has been clean and well fed, and he goes "
              "to Stacey and to Lewis for comfort. On 30 May the paramedics found him in his cot in a soaked "
              "nappy with no bottle, and nursery noticed that he was unusually clingy the next week."),
        ("h1", "What we want to be different"),
        ("bullets", [
            "Freya gets to be a child: she isn't the one looking after her mum or Noah, and she knows who to "
            "call if her mum is unwell.",
            "Noah is looked after every day and night by an adult who is well enough to feed him, change him "
            "and keep him safe.",
            "Stacey will feel more stable and able to manage her emotions.",
        ]),
        ("pagebreak",),
        ("h1", "What will happen next"),
        ("p", "I will visit Freya and Noah at home every week, and will see Freya on her own at least every "
              "other week; my visit notes will record what Freya tells me and how Noah is being cared for."),
        ("p", "Dr Imran Sethi, clinical psychologist with the Yestercombe Community Mental Health Team, will "
              "assess Stacey's capacity to make and keep the changes Freya and Noah need, and how long this is "
              "likely to take, and will send a written report to the core group by 31 July 2025."),
        ("p", "Stacey's care coordinator, Mark Oyelaran (CPN), will continue to see her every two weeks to "
              "support her with her medication and her crisis plan."),
        ("p", "We hope that Stacey will be offered a place on the DBT skills group when one becomes available."),
        ("p", "Lewis will try to stay over as much as he can, so that Noah is not on his own with Stacey when "
              "she is distressed."),
        ("p", "Freya's school will keep an eye on her and let me know of any worries."),
        ("p", "Jo Tan (HV) will see Noah at home every month and will send me his weight and the results of his "
              "15-month review by 15 August 2025."),
        ("p", "A referral will be made to Yestercombe Young Carers for Freya."),
        ("p", "Dr Helen Marsh, Stacey's GP, will prescribe her medication weekly instead of monthly from "
              "1 July 2025, and the pharmacy's collection record will be shared with Mark and me each month."),
        ("p", "Stacey's mum, Pauline, will have Freya and Noah to stay every Friday night."),
        ("h1", "If things go wrong"),
        ("p", "If Stacey self-harms, takes an overdose or tells anyone she is planning to while Freya or Noah are "
              "with her, whoever knows will ring 999 and then me, or the emergency duty team out of hours. Freya "
              "and Noah will go to Pauline's the same day; if Pauline cannot have them, they will be placed "
              "together with Yestercombe foster carers that day. I will hold a strategy discussion within one "
              "working day."),
        ("p", "If Dr Sethi's report says Stacey is unlikely to make the changes needed within Noah's timescale, "
              "or there is another overdose, my manager will request a legal planning meeting."),
        ("h1", "Meetings"),
        ("p", "The core group will meet every four weeks; the next meeting is on 10 July 2025 at Yestercombe "
              "Family Centre. The date of the next review conference will be confirmed by the conference team."),
        ("p", "Becky Lorimer, Social Worker, Yestercombe Children's Social Care"),
    ],
    "findings": [
        F("H001", "Stacey's care coordinator, Mark Oyelaran (CPN), will continue to see her"),
        F("M001", "Stacey's care coordinator, Mark Oyelaran (CPN), will continue to see her"),
        F("W001", "Stacey will be offered a place on the DBT skills group"),
        F("T002", "Stacey will be offered a place on the DBT skills group"),
        F("M001", "Stacey will be offered a place on the DBT skills group"),
        F("T002", "Lewis will try to stay over as much as he can"),
        F("M001", "Lewis will try to stay over as much as he can"),
        F("T001", "Freya's school will keep an eye on her"),
        F("M002", "Freya's school will keep an eye on her"),
        F("W001", "A referral will be made to Yestercombe Young Carers"),
        F("T001", "A referral will be made to Yestercombe Young Carers"),
        F("M001", "A referral will be made to Yestercombe Young Carers"),
        F("M001", "Pauline, will have Freya and Noah to stay every Friday night"),
        F("F002", "Stacey will feel more stable and able to manage her emotions"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Family group conference: the family's own plan (numbered, in their words)
#    plus a professionals' Action | Comments table (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b11_vandlebury_fgc_family_plan_mulrooney.md",
    "split": "heldout",
    "template": "fgc-family-plan-plus-action-comments-md",
    "description": (
        "Family group conference plan for a 10-year-old and a 5-year-old (mother's drinking, low mood): the "
        "family's numbered plan in their own words plus a professionals' Action | Comments table. Family "
        "actions with no measure, 'when she can', 'The family' with nothing else; a progress note instead of "
        "a timescale, 'GP – as and when'; an adult-only outcome, a contingency that relies on the uncle, and "
        "no legal step."
    ),
    "text": """\
# Vandlebury Council – Family Group Conference Service

## Family Plan for Skye and Rocco Mulrooney

This plan was made by Skye and Rocco's family at a family group conference on
11 June 2025 and agreed by their social worker. It is part of Skye and Rocco's
child protection plan (category: neglect, initial conference 20/05/2025).

| | |
|---|---|
| Children | Skye Mulrooney (10), Rocco Mulrooney (5) |
| Mum | Siobhan Mulrooney, 19 Abbey Crescent, Vandlebury |
| At the FGC | Siobhan; Pat Mulrooney (Grandad); Aoife Mulrooney (Siobhan's sister); Declan Mulrooney (Siobhan's brother); Trish Cassidy (Siobhan's friend, Skye's godmother); Skye, with her advocate Rosa Fenn |
| FGC coordinator | Marie Ellery |
| Social worker | Dominika Lis |

### What the social worker needs the plan to do (bottom lines)

- Skye and Rocco must never be looked after by anyone who has been drinking.
- Skye must not be the one getting Rocco up, fed and ready in the mornings.
- Both children must be at school on time every day.

### What the family is worried about (in their words)

"Siobhan's drinking has got bad again since she lost her job at Christmas. Some
mornings she can't get up and Skye has been doing it all. We're worried about
Siobhan being low and not eating. We all want to help but we've never sat down
together and sorted out who does what."

### What Skye and Rocco said

Skye came to the first part of the FGC with Rosa. She read out her letter: "I
love my mum but I don't like it when she's drunk because she cries and falls
asleep and I have to do Rocco's tea. I want to go to Grandad's more and I want
Mum to get better." Rocco did a drawing with Rosa of his family holding hands
and put "Uncle Dec's dog" in the middle. He told Rosa he likes it when Grandad
takes him to school "in the van".

### What we want for Skye and Rocco

- Skye and Rocco are looked after by a sober adult every day and night.
- Skye gets to be a kid and isn't the one getting Rocco ready for school.
- Rocco's talking comes on so that other children understand him.
- Siobhan stops drinking and gets her confidence back.

### Our family plan (made in private family time)

1. Grandad Pat will take Skye and Rocco to school every Monday, Wednesday and
   Friday and sign the school's collection book.
2. Aoife will have Skye and Rocco every other weekend, from Friday after school
   to Sunday at 5pm.
3. Declan will ring Siobhan every night at 7pm, and if she sounds like she has
   been drinking he will go round and take the kids back to his.
4. Trish will help out with tea and homework when she can.
5. The family will make sure there is no drink kept in the house.
6. Siobhan will go to her Vandlebury Alcohol Service appointments every Thursday
   and show the social worker her appointment card.
7. On the days Grandad isn't taking them, Siobhan will have Skye and Rocco up,
   dressed and fed by 8.15am, and Skye will tick the chart on the fridge.

### What the professionals will do

| Action | Comments |
|---|---|
| Home visits to Skye and Rocco, seeing Skye on her own | SW Dominika Lis – every 2 weeks. Visit notes to record what Skye says and whether there is alcohol in the house. |
| Breath tests and key work sessions for Siobhan | Gareth Pim, Vandlebury Alcohol Service – weekly, Thursdays. Results sent to the SW before each core group. |
| Weekly check-ins with Skye at school | Mrs Khan (DSL), Abbey Lane Primary – every Monday. No update yet. |
| Speech and language assessment for Rocco | HV Lucy Bright – referral sent 04/06/2025, on the waiting list. |
| Support for Siobhan's low mood | GP – as and when. |
| Home visits and DBS checks for Pat, Aoife and Declan | SW Dominika Lis – by 27/06/2025. Outcome shared with the family and the core group in writing. |
| Arrange the review family group conference | Marie Ellery (FGC coordinator) – by 23/07/2025. Updated family plan sent to everyone after the review. |

### If the plan doesn't work

If Siobhan has been drinking when she has Skye and Rocco, whoever finds out
will ring Declan, and Declan will come and take the children to his house.
Declan will tell the social worker the same day, or the emergency duty team if
it is at night or a weekend.

### When we'll check how it's going

- Review family group conference: week of 28/07/2025 (Marie to confirm with the
  family).
- Core group: every 4 weeks, first on 19/06/2025, then 17/07/2025 and
  14/08/2025.
- Review child protection conference: 21/08/2025, 2pm, Vandlebury Town Hall.

Agreed by: Siobhan Mulrooney, Pat Mulrooney, Aoife Mulrooney, Declan Mulrooney,
Trish Cassidy and Dominika Lis (SW), 11/06/2025.
""",
    "findings": [
        F("M001", "Aoife will have Skye and Rocco every other weekend"),
        F("M001", "Declan will ring Siobhan every night at 7pm"),
        F("T002", "Trish will help out with tea and homework"),
        F("M001", "Trish will help out with tea and homework"),
        F("W002", "The family will make sure there is no drink"),
        F("T001", "The family will make sure there is no drink"),
        F("M001", "The family will make sure there is no drink"),
        F("M001", "Weekly check-ins with Skye at school"),
        F("T001", "Speech and language assessment for Rocco"),
        F("M001", "Speech and language assessment for Rocco"),
        F("T002", "Support for Siobhan's low mood"),
        F("M001", "Support for Siobhan's low mood"),
        F("F002", "Siobhan stops drinking and gets her confidence back"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 8. Not a plan: a supervised family time (contact) record (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b11_yarnholt_family_time_record_oduya.txt",
    "split": "heldout",
    "template": "not-a-plan-family-time-record",
    "description": (
        "Not a plan: a family time worker's record of one supervised contact session for a looked-after "
        "3-year-old, with timed observations and points for the social worker, but no child's plan."
    ),
    "not_a_plan": True,
    "text": """\
YARNHOLT COUNCIL - CHILDREN'S SERVICES
FAMILY TIME SERVICE - SUPERVISED FAMILY TIME RECORD

Child:              Mercy ODUYA (3y), looked after (interim care order)
Family member(s):   Samuel Oduya (dad)
Date / time:        Thursday 19/06/2025, 1.00pm - 2.30pm
Venue:              Yarnholt Family Centre, Sunflower Room
Level:              Fully supervised (in the room throughout)
Family time worker: Beth Amos
Transport:          Foster carer (Mrs Janet Holloway) brought and collected
                    Mercy

ARRIVAL
Samuel arrived at 12.50pm, before Mercy, and set out a jigsaw and a bag of
grapes he had brought. Mercy arrived at 1.02pm. She hid behind Janet's legs
for about a minute, then ran to Samuel when he crouched down and said "hello
my princess". He picked her up and she put her head on his shoulder.

OBSERVATIONS
1.05pm  Mercy showed Samuel her new shoes with lights. Samuel made a fuss of
        them and asked who bought them. Mercy said "Auntie Janet".
1.15pm  Jigsaw together on the floor. Samuel let Mercy find the pieces and
        praised her. When she got frustrated he showed her how to turn a
        piece round rather than doing it for her.
1.35pm  Snack. Samuel cut the grapes in half without being reminded and
        washed Mercy's hands first.
1.50pm  Mercy needed the toilet. Samuel asked me whether he could take her;
        I went with them as agreed. He helped her appropriately.
2.00pm  Samuel's phone rang twice. He looked at it and put it back in his
        pocket without answering.
2.10pm  Play with the dolls' house. Mercy put "Daddy" and "Mercy" in the
        same bedroom and said "Daddy stay". Samuel went quiet and then said
        "Daddy's trying his best".
2.25pm  Tidy-up song. Samuel told Mercy he would see her next week and gave
        her a cuddle. Mercy cried at the door and was comforted by Janet.

HOW MERCY SEEMED
Happy and relaxed for most of the session. Upset at goodbyes, which is the
same as the last three sessions. Janet said she usually settles in the car.

ANYTHING OF CONCERN
None observed. No smell of alcohol. Samuel was on time and stayed calm.

POINTS RAISED FOR MERCY'S SOCIAL WORKER (Lydia Francis)
- Samuel asked whether sessions could be longer, or whether he could take
  Mercy to the park next door. I said I would pass this on.
- Samuel asked for a copy of Mercy's nursery photos.

Next session: Thursday 26/06/2025, 1.00pm - 2.30pm, Sunflower Room.

Recorded by: Beth Amos, Family Time Worker, 19/06/2025, 3.10pm
Sent to: Lydia Francis (SW); Independent Reviewing Officer
""",
    "findings": [],
})
