"""Batch 53, module a: seven fictional plans (tuning material), places beginning with "a".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: timescales written every way practitioners write them - relative to
events ("before discharge", "within 10 working days of conference", "by the
first core group", "ahead of the review", "at each home visit", "from the week
of 6 January"), school terms and half-terms, weekdays, "w/c", frequencies with
end points, "until the review", dates in headings that govern the actions
under them, dates in a separate column (merged down over several rows in two
of the tables), and, in the three plans with faults, actions that have no
timescale or only a vague one. Four plans are exemplary.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Baby on the neonatal unit (not looked after), timescale as the LAST
#    column, merged down over the three "before discharge" rows (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b53_ablethorpe_nnu_ref_agency_timescale_last_merged_okwuosa.docx",
    "doc_title": "Child Protection Plan - Baby Amara Okwuosa-Reid",
    "split": "tune",
    "actions": 10,
    "template": "icpc-baby-on-nnu-docx-kv-details-then-ref-agency-what-named-worker-evidence-timescale-last-column-before-discharge-merged-down-three-rows",
    "description": (
        "Initial conference plan for a 3-week-old born at 33 weeks and still on the neonatal unit "
        "(mother's heroin use in pregnancy, now on methadone; not looked after). Ref | Agency | What | "
        "Named worker | Evidence | Timescale table with the timescale last, one 'Before discharge' cell "
        "merged down over three rows, and timescales as events ('daily while Amara is on the unit', "
        "'within 10 working days of conference', 'by the first core group', 'at each home visit', "
        "'every night for the first 14 nights after discharge'). The drug service reports on change, "
        "the contingency covers the grandmother not being able to stay, dates and legal step set. "
        "Exemplary."
    ),
    "check_vmerge": 1,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Ablethorpe City Council · Children's Social Care · Hospital and Early Years Safeguarding Team"),
        ("kv", [
            ("Baby", "Amara Okwuosa-Reid, born 19/12/2024 at 33+2 weeks; on the Neonatal Unit, Ablethorpe "
                     "General Hospital (special care, cot 7)"),
            ("Mother", "Kelly Reid (24)"),
            ("Father", "Emeka Okwuosa (27). Kelly and Emeka live together and both have parental "
                       "responsibility."),
            ("Home", "Flat 12, Tannery Court, Ablethorpe"),
            ("Legal status", "Amara is not looked after. She is on the unit as a patient and will go home "
                             "with her parents."),
            ("Conference", "Initial child protection conference, Tuesday 07/01/2025, Neonatal Unit family room"),
            ("Category", "Neglect"),
            ("Social worker", "Naomi Fenwick"),
            ("Chair", "Graham Oduya, Conference Chair"),
        ]),
        ("h1", "Why Amara has a plan"),
        ("p", "Kelly used heroin until about 22 weeks of pregnancy. She then started a methadone script with "
              "the Ablethorpe Drug and Alcohol Service (ADAS) and has collected it daily, but two urine screens "
              "in November were positive for heroin. Amara was born early and needed morphine for withdrawal "
              "for ten days; she came off it on 3 January. Kelly's son Jayden (6) has lived with his "
              "grandmother, Janet Reid, under a special guardianship order since 2021, after he was neglected "
              "when Kelly was using. Emeka has no history of drug use and works nights at Harlow's Bakery."),
        ("p", "When the social worker visited the flat on 30 December there was no cot, the heater in the "
              "bedroom did not work, and there were foil and lighters on the kitchen windowsill. Kelly said "
              "they were Emeka's friend's, from before Christmas."),
        ("h1", "Amara's days on the unit"),
        ("p", "Amara cannot tell us what she feels, so this is what the nurses, the health visitor and the "
              "social worker have seen. She is in an open cot and takes 45 ml of formula every three hours. "
              "In the evenings she still startles, sneezes and has a high-pitched cry, and she is hard to "
              "settle after 9pm. She calms quickly when Emeka holds her skin-to-skin and falls asleep on his "
              "chest. Kelly has visited on 9 of the last 14 days, mostly in the afternoon, and has done "
              "nappy changes and two feeds on her own; the nurses noticed that Amara watches Kelly's face "
              "during feeds and that Kelly talks to her the whole time."),
        ("h1", "What is going well"),
        ("bullets", [
            "Both parents came to conference, read the report beforehand and said they want Amara home.",
            "Kelly's screens since 9 December have all been negative for heroin.",
            "Janet Reid has offered to stay at the flat for Amara's first two weeks at home.",
        ]),
        ("h1", "What we want for Amara"),
        ("bullets", [
            "Amara goes home to a warm flat, with her own cot in her parents' room and a safe place for every "
            "sleep.",
            "Amara is fed on time, day and night, and keeps growing along her centile without her withdrawal "
            "signs coming back.",
            "Amara is cared for by parents who are not using heroin or any street drug, and her mum's methadone "
            "is always locked away from her.",
            "Amara is seen at home by her health visitor and social worker, and her checks and immunisations "
            "are done on time.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Ref", "Agency", "What will be done", "Named worker", "What will show it has been done",
                       "Timescale"],
            "widths": [0.9, 2.2, 4.6, 2.6, 3.8, 2.9],
            "rows": [
                ["1", "Neonatal unit",
                 "Record each visit by Kelly and Emeka, how long they stay and which of Amara's cares they do "
                 "themselves (feeds, nappies, bath, skin-to-skin)",
                 "Sister Bev Marsh, discharge coordinator",
                 "Visiting and cares log kept on the unit; a copy emailed to the SW every Monday",
                 "Daily while Amara is on the unit"],
                ["2", "Parents",
                 "Room in with Amara in the unit's parent bedroom for two nights running, doing all of her "
                 "feeds and settling overnight",
                 "Kelly Reid and Emeka Okwuosa",
                 "Night nursing notes show each feed given within 30 minutes of its time and Amara put down "
                 "on her back in her cot",
                 "Before discharge from the neonatal unit (discharge expected w/c 20/01/2025)"],
                ["3", "Health visiting",
                 "Safe sleep and bottle-making session with both parents on the unit, going through the "
                 "Ablethorpe safe sleep checklist",
                 "HV Priya Dhillon",
                 "Checklist signed by Kelly and Emeka and scanned onto the HV record",
                 V],
                ["4", "Neonatal unit",
                 "Discharge planning meeting with Kelly, Emeka, the HV, the SW and the ADAS keyworker to agree "
                 "the day Amara goes home",
                 "Sister Bev Marsh",
                 "Written discharge plan sent to the parents and every agency on the day of the meeting",
                 V],
                ["5", "Children's social care",
                 "Visit the flat with Kelly and Emeka to check it is ready for Amara: cot set up in their room, "
                 "a working heater, and no drug equipment or medicines where she could reach them",
                 "SW Naomi Fenwick",
                 "Home visit record with a room-by-room checklist, shared at the first core group",
                 "Within 10 working days of conference (by 21/01/2025)"],
                ["6", "Ablethorpe Drug and Alcohol Service",
                 "Methadone review with Kelly, supervised urine screens, and a written report on whether Kelly "
                 "is staying off heroin and what that means for her care of Amara",
                 "Tom Abara, ADAS keyworker",
                 "Screen results and the written report sent to the SW and read at each core group",
                 "Screens weekly; first report by the first core group on 21/01/2025"],
                ["7", "Children's social care",
                 "See Amara at home, awake and being cared for by her parents; look at where she slept and at "
                 "the locked medicine box; speak to Kelly and Emeka separately at least once a month",
                 "SW Naomi Fenwick",
                 "Visit record notes where Amara slept, how her parents handled her and that the box was locked",
                 "Weekly from the week Amara comes home for 6 weeks, then fortnightly until the review "
                 "conference"],
                ["8", "Health visiting",
                 "Weigh Amara and check her feeding, how she is laid down to sleep and any signs of withdrawal",
                 "HV Priya Dhillon",
                 "Weight plotted in the red book, on or above the 9th centile (corrected age); findings "
                 "written in the HV record",
                 "At each home visit: weekly for the first 8 weeks after discharge"],
                ["9", "Family",
                 "Stay at the flat and share the 2am and 5am feeds with Kelly",
                 "Janet Reid (maternal grandmother)",
                 "Janet signs the feed chart on the fridge each night; the SW checks it at each visit",
                 "Every night for the first 14 nights after discharge"],
                ["10", "GP",
                 "Amara's 8-week check and first immunisations, and Kelly's postnatal check including how her "
                 "methadone dose is working",
                 "Dr Leah Anand, Millgate Surgery",
                 "Checks and vaccines recorded in the red book and on the GP record; letter to the HV and SW",
                 "When Amara is 8 weeks old (w/c 10/02/2025)"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Kelly has a urine screen positive for heroin or for any drug that is not prescribed, if "
              "either parent is found asleep with Amara on a sofa or in their bed, or if the methadone is found "
              "outside the locked box, the SW (or the emergency duty team out of hours) will hold a strategy "
              "discussion the same day. While Amara is still on the unit her discharge will be put on hold and "
              "her parents' visits will be supervised by the nurses. Once she is home, Emeka will take Amara "
              "to stay at Janet Reid's house, 4 Cobbler's Row, that day, and she will stay there until the "
              "strategy discussion has agreed what happens next."),
        ("p", "If Janet cannot stay at the flat for the first 14 nights (for example if she is ill or needed "
              "for Jayden), Amara will not be discharged until Emeka has started two weeks' paternity leave, "
              "and the neonatal outreach nurse will visit every day for that fortnight."),
        ("p", "If Kelly has two positive screens before the review conference, or the flat is still not ready "
              "for Amara at the discharge planning meeting, the SW will ask the team manager for a legal "
              "planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "First core group: Tuesday 21/01/2025, 2pm, Neonatal Unit family room.",
            "Then every 4 weeks at Millgate Family Hub: Tuesday 18/02/2025 and Tuesday 18/03/2025, 2pm.",
            "Review child protection conference: Tuesday 01/04/2025, 10am, Ablethorpe Civic Centre.",
        ]),
        ("p", "Plan typed by Naomi Fenwick (SW) on 08/01/2025 and sent to Kelly, Emeka and every agency named "
              "above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Term-by-term plan: actions grouped under headings that carry the date or
#    the school period they run to (md, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b53_arkenwold_term_by_term_dated_headings_haddad.md",
    "split": "tune",
    "actions": 16,
    "template": "icpc-plan-md-set-out-by-school-calendar-h3-period-headings-with-dates-governing-bold-owner-bullets-well-know-clause",
    "description": (
        "Initial conference plan for a 10-year-old and a 6-year-old (father's drinking, neglect since mum "
        "left) set out by the school calendar: each H3 heading gives the date or period its bullets run to "
        "('By the first core group - Wednesday 1 October', 'Every week in term time, until the review "
        "conference', 'By October half-term', 'Over October half-term', 'From 3 November until the "
        "review conference', 'Ahead of the review conference'). Each bullet names its owner and what "
        "will show it; the alcohol team reports on change; the aunt's half-term care has a fallback in "
        "the contingency; dates and legal step set. Exemplary."
    ),
    "text": """\
# Child Protection Plan – Yusuf and Lina Haddad

**Arkenwold Council · Children's Services · Locality Team North**

*Agreed at the initial child protection conference on Wednesday 17 September 2025.
Typed up by Carys Penhaligon (social worker) and sent to Sami, Noor and every
agency on 18 September. The plan follows the school calendar because school is
where Yusuf and Lina are seen most: each heading says by when the things under
it will be done, or how long they carry on.*

## The family

- **Yusuf Haddad**, 10, Year 6 at Brindle Street Primary
- **Lina Haddad**, 6, Year 2 at Brindle Street Primary
- **Sami Haddad**, their dad (41). Yusuf and Lina live with him at 27 Ropewalk Terrace.
- **Noor Haddad**, their mum, lives in Felbury and has the children every other weekend.
- **Huda Haddad**, their aunt (Sami's sister), lives on Chantry Road, two streets away.

Category of plan: neglect. Social worker: Carys Penhaligon. Chair: Malcolm Iredale.

## Why we are worried

Since Noor moved out in spring 2024 Sami has been drinking most evenings; he told
conference it is "six or eight cans, more on a bad night". Last school year Lina's
attendance was 81% and Yusuf's 84%, and both were late on most Mondays. Teachers
say the children often arrive hungry, and Yusuf has been getting Lina up, making
her breakfast and walking her to school. In August a neighbour found the children
at the chip shop at 8pm because Sami was asleep and there was no food in the house.
Sami has seen his GP and says he wants help to stop.

## What is working well

Sami loves his children and they are close to him. He came to conference sober
and on time. Huda sees the children most days and has offered to help. Noor's
weekends have gone ahead every fortnight since June.

## What Yusuf and Lina told us

Yusuf (with Carys at school, 10 September): "When Dad's had his cans he just
sleeps on the settee and I do Lina's tea. Mostly toast." He said he likes Year 6
and wants to be a goalkeeper, and that he worries "when Dad doesn't wake up for
ages". He put home at 4 on a scale of 0 to 10, and Aunty Huda's house at 9.

Lina drew her house with "Daddy asleep" on the sofa and herself and Yusuf "having
a picnic" on the floor. She told her teacher she likes breakfast club "because of
the jam". She says she wants "Daddy to do my hair in the morning like Mummy does".

## What we want to be different by the review conference

- Yusuf and Lina are in school every day and on time, with breakfast inside them.
- There is an adult who is sober looking after them every evening and every night.
- Yusuf can be a 10-year-old: he is not the one making meals or getting Lina ready.
- Lina's teeth are checked and treated, and both children have had their health checks.

## Our plan, term by term

### By the first core group – Wednesday 1 October

- **Sami** will go to the Arkenwold Alcohol Team drop-in on Moorgate for his first assessment; Dev Sandhu (keyworker) will email Carys to confirm he has been.
- **Mrs Okafor (DSL, Brindle Street Primary)** will put both children on the breakfast club list for every school day; the breakfast club register will show them in.
- **Carys (social worker)** will sit down with Sami to agree a written weekly shopping and money plan, with one copy on his fridge and one on the children's file.

### Every week in term time, until the review conference

- **Carys (social worker)** will visit every Tuesday after school, at least one visit in three unannounced, see Yusuf and Lina each on their own, and look in the kitchen and their bedroom; her visit notes will record what each child says.
- **Mrs Okafor (DSL)** will check both children's attendance and punctuality each morning and ring Sami by 9.30am if either child is not in; the weekly attendance printout goes to Carys every Friday.
- **Dev Sandhu, Arkenwold Alcohol Team** will see Sami once a week for key-work with a breath test, and send Carys a written update before each core group on whether Sami's drinking is changing and what that means for the children.
- **Sami** will not drink from Sunday evening to Friday morning, and at 6pm on each of those evenings he will take a breath test on the breathalyser from the Alcohol Team and send the photo to Huda, who keeps the photos for Carys to see.
- **Ms Rao (ELSA)** will see Lina every Thursday afternoon for a 30-minute feelings session and pass anything she says about home to Mrs Okafor the same day; the sessions are written up in the ELSA log.

### By October half-term – Friday 24 October

- **Sami** will take Lina to the community dental appointment she missed in July, rebooked for Tuesday 14 October; the dental service will let the school nurse know she attended.
- **Anya Kowalczyk (school nurse)** will do height, weight and eyesight checks for both children and send the results to Carys and the GP.
- **Carys (social worker)** will finish the child and family assessment, including how Sami manages mornings and bedtimes, and share the report with Sami, Noor and the core group.

### Over October half-term – Monday 27 to Friday 31 October

- **Huda** will have Yusuf and Lina at her house from 8am to 5pm on the Monday, Wednesday and Friday and give them lunch, marking each day on the calendar that Carys checks at her next visit.
- **Sami** will take both children to the holiday club at Moorgate Leisure Centre on the Tuesday and Thursday; the club's sign-in sheet will show who dropped them off and collected them.

### From 3 November until the review conference

- **Sami** will go to the six-week Families Together group at Brindle Street Children's Centre on Wednesday mornings, starting 5 November; the group leader will send Carys the attendance sheet and her end-of-course notes.
- **Leah Moss, Arkenwold Young Carers** will see Yusuf in school once a fortnight for a young carer's assessment of the jobs he does at home, and send the written assessment to Carys by Friday 5 December.

### Ahead of the review conference – Wednesday 10 December

- **Carys (social worker)** will write her report for the review conference, with Yusuf's and Lina's views in their own words, and share it with Sami and Noor at least three working days before.

## If things go wrong

- If either child is not in school by 9.30am and nobody can reach Sami, Mrs Okafor will ring Carys (or the duty team), and a worker will go to the house that morning, with the police if there is no answer.
- If Sami has been drinking while he is looking after the children (a breath test over zero, Huda or school smelling alcohol on him, or the children telling us), Yusuf and Lina will go to Huda's for the night and Carys will hold a strategy discussion the same day.
- If Huda cannot have the children – at half-term or in an emergency – because she is ill or away, they will go to their mum in Felbury; if neither Huda nor Noor can have them, Carys will arrange an emergency foster placement that day.
- If Sami drinks while caring for the children twice before the review conference, or attendance is still under 90% at October half-term, Carys will ask her team manager for a legal planning meeting.

## Meetings

- Core group every three weeks, 3.30pm at Brindle Street Primary: Wednesday 1 October, 22 October, 12 November and 3 December 2025.
- Review child protection conference: Wednesday 10 December 2025, 10am, Arkenwold Civic Hall.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. First core group record with a six-week plan whose first column is
#    "W/C", merged down over the actions of each week; the last group is
#    "Ongoing", one row is "TBC" and one has no date (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b53_averingham_core_group_wc_column_merged_lowther.docx",
    "doc_title": "Core Group 1 Record and Six-Week Plan - Mason and Tillie Lowther",
    "split": "tune",
    "actions": 11,
    "template": "core-group-1-record-docx-initials-present-updates-then-six-week-plan-wc-first-column-merged-down-per-week-action-lead-evidence",
    "description": (
        "First core group record for an 8-year-old and a 3-year-old (neglect, mother's anxiety and "
        "depression under the CMHT). The six-week plan's first column is 'W/C', merged down over each "
        "week's actions (three real Word vertical merges, one of them 'Ongoing' over two rows, where one "
        "row names 'the same day' in its own text). Faults: one 'Ongoing' row and one 'TBC' row (T002), "
        "a row dated '-' (T001), a passive row with no lead (W001), 'All agencies' (W002), an empty "
        "evidence cell (M001), 'to be reviewed' and 'improvement' measures (M002), the CMHT only "
        "supporting (H001), a vague contingency with no legal step (C002, R002)."
    ),
    "check_vmerge": 3,
    "blocks": [
        ("title", "Core Group Meeting – Record and Six-Week Plan"),
        ("p", "Averingham County Council · Children and Families · Safeguarding and Family Support Team 3"),
        ("kv", [
            ("Children", "Mason Lowther (8), Year 3, Fenwick Road Primary; Tillie Lowther (3), at home"),
            ("Parents", "Gemma Lowther (29), mum; Craig Dunn (33), Gemma's partner, lives at the address"),
            ("Address", "9 Swallow Court, Averingham"),
            ("Meeting", "Core group 1, Monday 20/01/2025, 1.30pm, Averingham Family Hub"),
            ("Plan since", "Initial child protection conference, 07/01/2025 (category: neglect)"),
            ("Chair of core group", "Rob Hallam, social worker (RH)"),
        ]),
        ("h2", "Present"),
        ("p", "Gemma Lowther (GL), Craig Dunn (CD), Rob Hallam, SW (RH), Jo Saddler, HV (JS), Aisha Karim, "
              "family support worker (AK), Mrs Linda Broad, DSL, Fenwick Road Primary (LB), Sunita Bahl, "
              "care coordinator, Averingham Community Mental Health Team (SB). Notes: Tom Price, business "
              "support."),
        ("h2", "Updates"),
        ("p", "RH: visited 10/01 and 16/01. Bags of rubbish still in the back yard; the kitchen floor was "
              "covered in food and dog hair; Tillie was in a nappy that had not been changed since the "
              "morning. Mason's bedroom has no bulb in the light."),
        ("p", "LB: Mason was late 7 times in the 9 school days since term started and has come in twice "
              "without a coat. He eats a big breakfast at breakfast club and has asked for seconds."),
        ("p", "JS: Tillie missed her 2-year review in November and has not been seen by the HV since she "
              "was 14 months old. She is saying about ten words."),
        ("p", "SB: Gemma has been open to the CMHT since October for anxiety and depression and is on "
              "sertraline. She finds it hard to leave the house, which is why the school run and "
              "appointments are missed. Craig works shifts and does the school run when he is on lates."),
        ("p", "GL and CD said the plan felt like a lot but they understood why. Gemma said the mornings are "
              "the hardest part."),
        ("h2", "How Mason and Tillie are"),
        ("p", "Mason told RH at school on 16/01: \"I don't like it when I'm late because everyone looks at "
              "me. I have to find my own uniform.\" He said he would like his light fixed \"because it's "
              "scary in the dark\" and that he likes it when Craig plays football with him in the park. "
              "Tillie was seen at home on both visits: she was chatty with Craig, brought RH her toy "
              "phone, and ate a whole banana quickly when Gemma gave her one."),
        ("h2", "What we are working towards"),
        ("bullets", [
            "Mason gets to school on time every day, dressed for the weather and with his uniform ready.",
            "Tillie is clean and changed, her health checks are up to date and she gets a nursery place.",
            "Mason and Tillie live in a home with clear floors and a safe yard, and Mason has a light in "
            "his room.",
        ]),
        ("h2", "Six-week plan"),
        ("table", {
            "header": ["W/C", "Action", "Lead", "Evidence"],
            "widths": [2.3, 6.6, 3.3, 4.8],
            "rows": [
                ["20/01/2025",
                 "Agree a morning routine chart with Gemma and Craig for getting Mason up, dressed and to school "
                 "by 8.50am",
                 "FSW Aisha Karim",
                 "Chart up on the kitchen wall; school late book shows Mason in by 8.50am on at least 4 days "
                 "out of 5"],
                [V,
                 "Rebook Tillie's 2-year developmental review and do it at home with Gemma",
                 "HV Jo Saddler",
                 "ASQ-3 completed and the scores shared with the SW"],
                [V,
                 "Home visit to see Mason's and Tillie's bedrooms and check the rubbish has gone from the "
                 "back yard",
                 "SW Rob Hallam",
                 "To be reviewed at the next core group"],
                ["27/01/2025",
                 "Continue to support Gemma with her anxiety and low mood through home appointments",
                 "Sunita Bahl, care coordinator, Averingham CMHT",
                 "Gemma attends 4 of 4 appointments (CMHT diary)"],
                [V,
                 "Complete the referral for a funded 15-hour nursery place for Tillie at Little Acorns",
                 "SW Rob Hallam",
                 ""],
                ["03/02/2025",
                 "Mason to be seen on his own in school to talk about home, using the three houses sheet",
                 "",
                 "Three houses sheet scanned to the file and shared at the next core group"],
                ["17/02/2025 (half-term)",
                 "Take Mason to the holiday club at Averingham Leisure Centre on the Tuesday and Thursday",
                 "Craig Dunn",
                 "Club sign-in sheet, seen by the FSW"],
                ["Ongoing",
                 "Tell the SW the same day about any bruising, hunger, or Mason arriving at school without "
                 "a coat",
                 "All agencies",
                 "Each concern logged on the children's file by the SW"],
                [V,
                 "Help Gemma and Craig clear the kitchen and keep the floor clear so Tillie can play safely",
                 "FSW Aisha Karim",
                 "Improvement in home conditions"],
                ["TBC",
                 "Chase Averingham Homes about the damp and the missing light fitting in Mason's room",
                 "SW Rob Hallam",
                 "Repair date confirmed in writing by Averingham Homes"],
                ["-",
                 "Apply for Healthy Start vouchers and free school meals for Mason",
                 "Gemma Lowther",
                 "Confirmation letters seen by the FSW"],
            ],
        }),
        ("h2", "If things don't improve"),
        ("p", "If things do not improve, or there are further concerns about the children, the core group will "
              "meet earlier to look at the plan again and consider whether the case needs to be escalated."),
        ("h2", "Next meetings"),
        ("p", "Core group 2: Monday 17/02/2025, 1.30pm, Averingham Family Hub. Core group 3: Monday 17/03/2025, "
              "same time and place. Review child protection conference: Wednesday 02/04/2025, 10am, County "
              "Hall, Averingham."),
        ("p", "Record circulated by RH on 21/01/2025. Please tell RH of any corrections within 5 working days."),
    ],
    "findings": [
        F("M002", "check the rubbish has gone from the back yard"),
        F("H001", "Continue to support Gemma with her anxiety and low mood"),
        F("M001", "funded 15-hour nursery place for Tillie at Little Acorns"),
        F("W001", "Mason to be seen on his own in school"),
        F("W002", "about any bruising, hunger, or Mason arriving at school"),
        F("T002", "Help Gemma and Craig clear the kitchen and keep the floor clear"),
        F("M002", "Help Gemma and Craig clear the kitchen and keep the floor clear"),
        F("T002", "Chase Averingham Homes about the damp and the missing light"),
        F("T001", "Apply for Healthy Start vouchers and free school meals"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Plan with two timing columns, "Starts" and "How often / until", some
#    one-offs with a dash under Starts; paged PDF with header and footer
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b53_alderwyke_starts_how_often_until_columns_bramley.pdf",
    "doc_title": "Child Protection Plan - Ellis and Poppy Bramley",
    "split": "tune",
    "actions": 10,
    "template": "icpc-plan-paged-numbered-sections-then-no-what-named-person-starts-how-often-until-evidence-table-dash-under-starts-for-one-offs",
    "description": (
        "Initial conference plan for a 7-year-old and a 2-year-old (domestic abuse, father moved out under "
        "a non-molestation order, mother's low mood). The table splits timing into 'Starts' and 'How "
        "often / until' columns: weekdays in term time, 'every other Saturday until the review "
        "conference', 'once, before February half-term', 'ahead of the review conference', with a dash "
        "under Starts for one-off tasks. Talking Therapies is asked whether Sophie is making the changes "
        "needed; contingency, dates and legal step set. Header and page footer on every page. Exemplary."
    ),
    "header": "OFFICIAL-SENSITIVE · Alderwyke District Council · Children and Families Service",
    "footer": "Child protection plan – Ellis and Poppy Bramley – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "landscape": True,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Children", "Ellis Bramley (7), Year 3, St Aidan's C of E Primary; Poppy Bramley (2), Little Wrens "
                         "Nursery, Tuesday to Thursday"),
            ("Mother", "Sophie Bramley (31) – the children live with her at 3 Orchard Rise, Alderwyke"),
            ("Father", "Dean Bramley (34) – moved out on 02/12/2024, now at his mother's in Harcombe. A "
                       "non-molestation order protecting Sophie and the children runs to 10/12/2025."),
            ("Conference", "Initial child protection conference, Wednesday 08/01/2025"),
            ("Category", "Emotional abuse"),
            ("Social worker", "Kemi Ashworth, Alderwyke Children's Safeguarding Team"),
            ("Chair", "Lorraine Pugh"),
        ]),
        ("h1", "1. Why there is a plan"),
        ("p", "Police were called to Orchard Rise four times between August and November 2024. On 1 December "
              "Dean pushed Sophie into the kitchen door while Ellis was in the room and Poppy was in her "
              "highchair; Ellis ran next door for help. Dean was arrested and moved out the next day. Sophie "
              "told conference the arguments had gone on \"for years, mostly about money and his temper\". "
              "Since November Sophie has had low mood and poor sleep; her GP started sertraline and referred "
              "her to Alderwyke Talking Therapies. The children have not seen their dad since 1 December."),
        ("h1", "2. What Ellis and Poppy have shown and told us"),
        ("p", "Ellis (seen at school on 18 December and 6 January): \"I don't like shouting. I hide under my "
              "duvet with my torch.\" He says he misses his dad and wants to see him \"but not at our house\". "
              "He told his teacher he worries about Mummy crying at night. On his three houses, the house of "
              "dreams had \"Dad being kind and Mum laughing\"."),
        ("p", "Poppy is not yet talking in sentences. At nursery she goes quiet and stands still when other "
              "children shout, and she needs her blanket to settle at nap time. At home she follows Sophie "
              "from room to room and climbs onto her lap when visitors arrive."),
        ("h1", "3. What we want for Ellis and Poppy by the review conference"),
        ("bullets", [
            "Ellis and Poppy live without shouting, threats or violence at home, and Ellis tells us he feels "
            "safe there.",
            "Ellis and Poppy see their dad in a way that is safe and planned, and Ellis knows what will happen "
            "at each visit.",
            "Poppy's speech and play are checked and she gets any help she needs to catch up.",
            "Ellis has a trusted adult at school and a safety plan he understands.",
        ]),
        ("h1", "4. Who will do what"),
        ("table", {
            "header": ["No.", "What we will do", "Named person", "Starts", "How often / until",
                       "What will show it is happening"],
            "widths": [1.0, 6.6, 4.0, 3.2, 5.0, 5.9],
            "rows": [
                ["1", "See Ellis on his own at school and at home, and Poppy at home and at nursery; use the "
                      "three houses and worry scale with Ellis",
                 "SW Kemi Ashworth", "w/c 13/01/2025",
                 "Weekly until the review conference",
                 "Visit records with Ellis's own words written down and what was seen of Poppy"],
                ["2", "Update Sophie's safety plan with her, including a simple plan for Ellis (who he rings, "
                      "which neighbour he goes to), and repeat the DASH risk checklist",
                 "IDVA Marcia Tembo, Alderwyke Domestic Abuse Service", "–",
                 "Once, by the first core group (22/01/2025)",
                 "Written safety plan on file; Ellis's card kept in his book bag; DASH score sent to the SW"],
                ["3", "Freedom Programme, so Sophie can recognise abusive behaviour and keep the children out "
                      "of it if Dean returns",
                 "Sophie Bramley", "Thursday 16/01/2025",
                 "Every Thursday morning for 11 weeks, ending 27/03/2025",
                 "Women's Aid attendance sheet sent to the SW at the end of each month"],
                ["4", "Alderwyke Choices for Change programme for Dean, including the sessions on the effect "
                      "of abuse on children",
                 "Dean Bramley; facilitator Owen Pryce reports to the SW", "Monday 20/01/2025",
                 "Every Monday evening for 24 weeks; mid-course report ahead of the review conference",
                 "Attendance record monthly; mid-course report sent to the SW at least 5 working days before "
                 "the review conference"],
                ["5", "Supervised contact for Ellis and Poppy with their dad at Harcombe Family Centre",
                 "Contact supervisor Liam Jacques, Harcombe Family Centre", "Saturday 18/01/2025",
                 "Every other Saturday, 10–11.30am, until the review conference",
                 "Contact recording sent to the SW within 2 working days of each contact, including how each "
                 "child was before and after"],
                ["6", "Review Sophie's sertraline and sleep, and write to the SW on how her mood is affecting "
                      "her care of Ellis and Poppy",
                 "Dr Helen Ward, Alderwyke Health Centre", "–",
                 "Once, within 2 weeks of conference (by 22/01/2025)",
                 "GP letter on the children's file"],
                ["7", "Six sessions of guided self-help for Sophie's low mood, with a written report on whether "
                      "she is making the changes needed to care for the children and how long that is likely "
                      "to take",
                 "Jamie Kerr, psychological wellbeing practitioner, Alderwyke Talking Therapies",
                 "w/c 27/01/2025",
                 "Weekly for 6 weeks; report ahead of the core group on 19/03/2025",
                 "PHQ-9 and GAD-7 scores and the written report, sent to the SW"],
                ["8", "ELSA sessions for Ellis on feelings and worries; write down anything he says about home",
                 "Mrs Dawn Fielding (ELSA), St Aidan's", "Tuesday 14/01/2025",
                 "Every Tuesday and Thursday after lunch in term time, until the Easter holidays (04/04/2025)",
                 "ELSA log; anything Ellis says about home passed to the DSL and SW the same day"],
                ["9", "Record how Poppy arrives, her mood, her play and any new words",
                 "Keeley Fox, keyworker, Little Wrens Nursery", "Already in place",
                 "Every session Poppy attends (Tuesday to Thursday)",
                 "Daily sheet; weekly summary emailed to the SW every Friday"],
                ["10", "Poppy's 2-year review, with an ASQ-3 and a language screen",
                 "HV Rachel Onyango", "–",
                 "Once, before February half-term (by 14/02/2025)",
                 "ASQ-3 scores shared with the SW and nursery; speech and language referral made if she "
                 "scores below the cut-off"],
            ],
        }),
        ("h1", "5. If things go wrong"),
        ("p", "If Dean comes to Orchard Rise, contacts Sophie or the children outside supervised contact, or the "
              "police are called to any incident involving him, Sophie will ring 999 and the SW (or the "
              "emergency duty team out of hours) will hold a strategy discussion the same day. Contact will "
              "stop until a new risk assessment is done. If Sophie and the children cannot stay safely at home, "
              "the IDVA will find a refuge place through Alderwyke Women's Aid that day."),
        ("p", "If Sophie's mood drops so that she cannot get the children up, fed and to school or nursery, "
              "the GP will see her the same day and the SW will visit the same day to agree who cares for the "
              "children. If Dean breaches the order, or Ellis is still telling us he feels frightened at home "
              "by the core group on 19/03/2025, the SW will ask the team manager for a legal planning meeting "
              "within 5 working days."),
        ("h1", "6. Core group and review"),
        ("p", "First core group: Wednesday 22/01/2025, 3.30pm, St Aidan's C of E Primary. Then every 4 weeks: "
              "Wednesday 19/02/2025 and Wednesday 19/03/2025, same time and place. Review child protection "
              "conference: Thursday 03/04/2025, 1.30pm, Alderwyke District Offices."),
        ("p", "Plan written by Kemi Ashworth (SW) and agreed with the chair on 09/01/2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Review conference record; the plan is one sentence per action under
#    bold agency headings, several with no timescale or a vague one; paged PDF
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b53_arnscombe_rcpc_record_agency_sentences_pike.pdf",
    "doc_title": "Review Child Protection Conference Record - Kayden and Ruby Pike",
    "split": "tune",
    "actions": 12,
    "template": "rcpc-record-paged-attendance-progress-childrens-views-decision-outcomes-then-one-sentence-actions-under-bold-agency-headings",
    "description": (
        "First review conference record for a 13-year-old and a 9-year-old (domestic abuse, father's "
        "drinking). The plan is one sentence per action under bold agency headings. Some sentences have "
        "good timescales (every two weeks, every Monday, by 28 March, from 2 April, within 24 hours); "
        "others have none (T001) or only 'in the coming weeks', 'when a slot becomes available', 'as "
        "soon as possible' (T002). Also an assessment with no output (M001), a GP visit with no measure "
        "(M001), 'keep an eye on' (M002), a passive referral (W001), an outcome about the father only "
        "(F002), and the father's drinking owned by nobody but himself (F004). Header and page footer."
    ),
    "header": "Arnscombe Borough Council – Safeguarding and Quality Assurance Unit – RESTRICTED",
    "footer": "Review conference record – Pike – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Review Child Protection Conference – Record and Plan"),
        ("kv", [
            ("Children", "Kayden Pike (13), Year 8, Arnscombe Academy; Ruby Pike (9), Year 4, Hollins Lane "
                         "Primary"),
            ("Parents", "Donna Pike (38) and Lee Pike (40), 61 Weaver Street, Arnscombe"),
            ("Conference", "First review, Thursday 13/03/2025, 10am, Arnscombe Town Hall, Committee Room 2"),
            ("Initial conference", "12/12/2024"),
            ("Category", "Emotional abuse"),
            ("Social worker", "Jake Morrow"),
            ("Chair", "Helen Whitlow, Independent Reviewing Officer"),
        ]),
        ("h2", "Attendance"),
        ("p", "Donna Pike; Lee Pike (for the first hour); Jake Morrow (SW); Kirsty Lyall (IDVA, Arnscombe "
              "Domestic Abuse Service); Mr Ravi Patel (head of Year 8, Arnscombe Academy); Mrs Sue Hartley "
              "(DSL, Hollins Lane Primary); Bernie Quinn (school nurse); PC Amy Doyle (Public Protection "
              "Unit). Apologies: Dr Frank Mills (GP), report received."),
        ("h2", "Progress since the initial conference"),
        ("p", "Police have been called to Weaver Street twice more, on 18 January and 22 February, both times "
              "after Lee had been drinking; on 22 February Kayden rang 999 himself. Lee was referred to the "
              "Arnscombe Alcohol Service in December but missed his first two appointments and the referral "
              "was closed. He told conference he has \"cut right down to weekends\". Donna has not yet started "
              "the Freedom Programme because of a waiting list. Ruby's attendance is good; Kayden has had two "
              "fixed-term exclusions for fighting since January."),
        ("h2", "What Kayden and Ruby say"),
        ("p", "Kayden (seen by Jake at school, 6 March): \"It's not as bad as before Christmas but when Dad's "
              "been on it at the weekend it all kicks off again. I just put my headphones on.\" He said he rang "
              "the police in February \"because Mum was screaming\". He wants his dad to stop drinking and "
              "\"not to have to keep doing these meetings\"."),
        ("p", "Ruby (seen at home, 4 March): she said she is \"a bit scared on Saturday nights\" and sleeps in "
              "Kayden's room when there is shouting. She is wetting the bed again most weekends. She said her "
              "favourite thing is swimming with her mum on Sundays."),
        ("h2", "Decision"),
        ("p", "Conference agreed that Kayden and Ruby remain at risk of significant harm and that the child "
              "protection plan continues under the category of emotional abuse."),
        ("h2", "Outcomes"),
        ("bullets", [
            "Kayden and Ruby live in a home without shouting, fighting or police call-outs.",
            "Ruby sleeps in her own bed and is not frightened on Saturday nights.",
            "Kayden stays in school and has an adult he trusts to talk to there.",
            "Lee will stop drinking and manage his anger.",
        ]),
        ("h2", "What will happen next"),
        ("boldp", "Children's social care – Jake Morrow"),
        ("p", "Jake will visit the family home every two weeks and see Kayden and Ruby on their own each time, "
              "writing down what they say in their own words. Jake will talk with Kayden about the arguments "
              "he hears at night and record his views on the file. Jake will complete a parenting "
              "assessment of Lee in the coming weeks."),
        ("boldp", "Health"),
        ("p", "Bernie Quinn, the school nurse, will see Ruby at Hollins Lane about her sleep and bedwetting when "
              "a slot becomes available, and will send her notes to Jake. Lee will go to his GP about his "
              "drinking and his blood pressure by 31 March."),
        ("boldp", "Lee"),
        ("p", "Lee will refer himself back to the Arnscombe Alcohol Service as soon as possible and will tell "
              "Jake the date of his first appointment."),
        ("boldp", "Donna and the domestic abuse service"),
        ("p", "Donna will start the Freedom Programme at the Arnscombe Women's Centre on 2 April, and the centre "
              "will send Jake her attendance each month. Kirsty Lyall (IDVA) will update the safety plan with "
              "Donna, Kayden and Ruby by 28 March and give a copy to both schools."),
        ("boldp", "Schools"),
        ("p", "Mr Patel at Arnscombe Academy will check in with Kayden every Monday morning and keep an eye on "
              "how he is. Hollins Lane Primary will email Jake Ruby's attendance and any changes in her "
              "presentation every Friday."),
        ("boldp", "Other"),
        ("p", "A referral will be made to the Arnscombe Young Carers service for Kayden before the first core "
              "group, and the service's acceptance letter will go on file. Arnscombe Police will tell Jake "
              "about any call-out to Weaver Street within 24 hours, and Jake will log each one on the "
              "children's file."),
        ("h2", "Contingency"),
        ("p", "If the police are called to Weaver Street again, or Lee is drunk at home while the children are "
              "there, Jake (or the emergency duty team out of hours) will hold a strategy discussion the same "
              "day and Lee will be asked to leave the home; if he will not go, the police will be called. If "
              "there is one more incident of violence before the next review, or Lee has not started work "
              "with the alcohol service by the core group on 08/05/2025, Jake will ask his manager for a legal "
              "planning meeting."),
        ("h2", "Core group and next review"),
        ("p", "Core group every 6 weeks at Hollins Lane Primary, 3.45pm: Thursday 27/03/2025, Thursday "
              "08/05/2025 and Thursday 19/06/2025. Next review child protection conference: Thursday "
              "10/07/2025, 10am, Arnscombe Town Hall."),
        ("p", "Record approved by the chair, Helen Whitlow, on 17/03/2025."),
    ],
    "findings": [
        F("F002", "Lee will stop drinking and manage his anger."),
        F("T001", "Jake will talk with Kayden about the arguments he hears"),
        F("T002", "Jake will complete a parenting assessment of Lee"),
        F("M001", "Jake will complete a parenting assessment of Lee"),
        F("T002", "will see Ruby at Hollins Lane about her sleep and bedwetting"),
        F("M001", "Lee will go to his GP about his drinking"),
        F("T002", "Lee will refer himself back to the Arnscombe Alcohol Service"),
        F("M002", "will check in with Kayden every Monday morning"),
        F("W001", "A referral will be made to the Arnscombe Young Carers"),
        F("F004"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Case-system print: each task has OWNER / START / FREQ / UNTIL /
#    EVIDENCE lines, frequencies with end points (txt, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b53_aykenby_familyview_start_freq_until_print_moran.txt",
    "split": "tune",
    "actions": 9,
    "template": "icpc-case-system-print-txt-bracket-numbered-sections-task-blocks-owner-start-freq-until-evidence-dot-leaders-dash-for-unused-fields",
    "description": (
        "Case-system print of an initial conference plan for an 11-year-old and a 3-year-old whose father, "
        "their sole carer, has type 1 diabetes with repeated severe hypos. Each task block has OWNER, "
        "START, FREQ, UNTIL and EVIDENCE lines: 'w/c 20/01/2025 / weekly / review conference', 'the day "
        "the sensor is fitted / every low alert, day or night', '- / once / by the first core group', "
        "'every Wednesday in term time / Easter holidays'. The diabetes centre owns actions, the aunt's "
        "role has a fallback, the children's words and days are recorded, dates and legal step set. "
        "Exemplary."
    ),
    "text": """\
AYKENBY COUNCIL - CHILDREN'S SERVICES                   FamilyView 7.3
CHILD PROTECTION PLAN                             printed 15/01/2025 09:47
user: FQUADRI                                               page 1 of 1
==========================================================================
[01] SUBJECTS
     Esme MORAN     DOB 02/06/2013 (11)  FV-410266  Year 7, Aykenby High
     Noah MORAN     DOB 21/09/2021 (3)   FV-410267  Puddleducks Nursery
     ADDRESS ...... 5 Lantern Walk, Aykenby
     FATHER ....... Gareth MORAN (38) - sole carer
     MOTHER ....... Leanne MORAN (36) - lives in Valencia, Spain; video
                    calls with the children on Wednesdays and Sundays
     AUNT ......... Claire MORAN (41), Gareth's sister, 14 Hemp Lane,
                    ten minutes' drive away
     ICPC ......... 14/01/2025         CATEGORY ... Neglect
     KEY SW ....... Farah Quadri, Aykenby Family Safeguarding Team
     CHAIR ........ Dominic Elsworth

[02] REASON FOR PLAN
     Gareth has type 1 diabetes. Since September 2024 he has had four
     severe hypos needing an ambulance. On 28/11/2024 Esme came home from
     school to find him unconscious on the kitchen floor and Noah, then 3,
     alone in the flat with the front door unlocked; Esme rang 999. Gareth
     has not been using the glucose sensor he was given in the summer and
     often skips meals when money is short. There was little food in the
     flat on two of the SW's visits. Gareth is open about his diabetes,
     was upset by the conference and wants to keep the children safe.

[03] CHILDREN'S VIEWS AND DAILY LIFE
     Esme (seen alone at school 09/01/2025): "I check on Dad when I get in
     and I always look at his face first. If he's sweaty I give him a
     Lucozade." She said she does not go to after-school netball "in case
     something happens". She wants her dad "to wear his sensor thing so
     someone else knows". She put home at 6 out of 10.
     Noah: seen at home and nursery. He chats in short sentences, plays
     cars with Gareth and is affectionate with him. Nursery say he is
     hungry on arrival most mornings and asks staff "where Daddy is" at
     home time. On 28/11/2024 he told the paramedic "Daddy sleeping".

[04] OUTCOMES FOR THE CHILDREN
     O1  Noah is never alone with a parent who is unconscious or too
         unwell to look after him.
     O2  Esme does not carry the job of watching her dad's blood sugar;
         she goes to netball and sees her friends.
     O3  Both children have food every day: breakfast, lunch and tea.

[05] TASKS
--------------------------------------------------------------------------
TASK 01  See Esme and Noah at home, and Esme on her own at school; check
         the food in the flat and ask Esme what has happened since the
         last visit
  OWNER ...... SW Farah Quadri, Aykenby Family Safeguarding Team
  START ...... w/c 20/01/2025
  FREQ ....... weekly; at least one visit in three unannounced
  UNTIL ...... review conference 10/04/2025
  EVIDENCE ... visit records with Esme's own words written down and
               Noah seen awake; food in the cupboards noted each time
--------------------------------------------------------------------------
TASK 02  Review Gareth's insulin doses, fit a new glucose sensor with
         low-glucose alarms switched on, and report how often he goes
         low while he is caring for Noah
  OWNER ...... Maria Kovacs, diabetes specialist nurse, Aykenby Hospital
               Diabetes Centre
  START ...... 20/01/2025 (sensor fitted at clinic)
  FREQ ....... fortnightly clinic or phone review
  UNTIL ...... review conference 10/04/2025
  EVIDENCE ... sensor download (time below range, number of alarms) and
               a written summary sent to the SW before each core group
--------------------------------------------------------------------------
TASK 03  Wear the glucose sensor at all times and keep the follower app
         shared with Claire
  OWNER ...... Gareth Moran
  START ...... the day the sensor is fitted
  FREQ ....... every day; sensor changed every 14 days
  UNTIL ...... review conference 10/04/2025
  EVIDENCE ... sensor download shows it worn more than 90% of the time;
               checked by the diabetes nurse at each review
--------------------------------------------------------------------------
TASK 04  Answer every low-glucose alert on the follower app: ring
         Gareth, and go round (or ring 999) if he has not answered
         within 10 minutes
  OWNER ...... Claire Moran (paternal aunt)
  START ...... the day the sensor is fitted
  FREQ ....... every low alert, day or night
  UNTIL ...... review conference 10/04/2025
  EVIDENCE ... Claire's alert log (time, reading, what she did), seen by
               the SW at each visit
--------------------------------------------------------------------------
TASK 05  Increase Noah's nursery place to 30 funded hours so he is at
         nursery while Gareth is on his own in the daytime, and record
         how Noah arrives each day
  OWNER ...... Sarah Quigley, manager, Puddleducks Nursery
  START ...... Monday 03/02/2025
  FREQ ....... each weekday in term time, 8.30am-2.30pm
  UNTIL ...... review conference 10/04/2025
  EVIDENCE ... nursery register; arrival sheet (fed or hungry, who
               dropped him off) emailed to the SW every Friday
--------------------------------------------------------------------------
TASK 06  Young carer's assessment with Esme, and a weekly check-in with
         her at school about home and netball
  OWNER ...... Mrs Jo Baines, pastoral lead, Aykenby High School
  START ...... w/c 27/01/2025
  FREQ ....... every Wednesday in term time; assessment by February
               half-term (14/02/2025)
  UNTIL ...... Easter holidays (04/04/2025)
  EVIDENCE ... young carer's assessment sent to the SW; check-in notes;
               netball register shows Esme attending
--------------------------------------------------------------------------
TASK 07  Hypo awareness session for Gareth and Claire, and a short
         session for Esme on when to ring 999 and that looking after
         Dad is not her job
  OWNER ...... Maria Kovacs, diabetes specialist nurse
  START ...... -
  FREQ ....... once
  UNTIL ...... by the first core group (28/01/2025)
  EVIDENCE ... session recorded in the diabetes notes; Esme can tell the
               SW the plan in her own words at the next visit
--------------------------------------------------------------------------
TASK 08  Health review for Noah: height, weight, teeth and speech
  OWNER ...... HV Nadia Osei, Aykenby 0-19 Service
  START ...... -
  FREQ ....... once
  UNTIL ...... by 28/02/2025
  EVIDENCE ... ASQ-3 scores, height and weight shared with the SW and
               nursery
--------------------------------------------------------------------------
TASK 09  Help Gareth claim the benefits and free school meals he is owed
         and agree a weekly food shop, so there is food for Esme and
         Noah every day
  OWNER ...... SW Farah Quadri
  START ...... w/c 20/01/2025
  FREQ ....... -
  UNTIL ...... by 14/02/2025
  EVIDENCE ... claim reference numbers on file; food seen in the
               cupboards at each visit
--------------------------------------------------------------------------

[06] CONTINGENCY
     TRIGGER .... Claire cannot reach Gareth within 10 minutes of a low
                  alert while Noah is with him; or Gareth has a hypo
                  needing help from someone else while caring for Noah;
                  or the sensor is off for more than 2 days in a row.
     RESPONSE ... Claire goes round or rings 999. The children stay with
                  Claire that night and the SW (or the emergency duty
                  team) holds a strategy discussion the same day.
     IF CLAIRE .. If Claire is away, ill or cannot follow the alerts she
     CANNOT ..... tells Gareth and the SW beforehand. On those days the
                  children stay with their maternal grandparents, Pat
                  and Steve Holt (Aykenby), and if they cannot, the SW
                  arranges a foster placement that day.
     LEGAL ...... If Gareth has a hypo while alone with Noah, or the
                  sensor is off for more than 2 days, twice before the
                  review conference, the SW will ask for a legal planning
                  meeting within 5 working days.

[07] MEETINGS
     CORE GROUP .... every 3 weeks, Tuesdays 2pm, Aykenby Family Hub:
                     28/01/2025, 18/02/2025, 11/03/2025
     RCPC .......... Thursday 10/04/2025, 10am, Aykenby Civic Offices
==========================================================================
END OF PRINT
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Exploitation plan for a 15-year-old: What | When (trigger or date) |
#    Lead | Support from | Record kept (md), several vague or missing "when"s
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b53_auldmere_exploitation_trigger_or_date_column_sharma.md",
    "split": "tune",
    "actions": 12,
    "template": "icpc-exploitation-15yo-md-what-when-trigger-or-date-lead-support-from-record-kept-table-event-and-holiday-timescales",
    "description": (
        "Initial conference plan for a 15-year-old going missing and being exploited by older men. "
        "What | When (trigger or date) | Lead | Support from | Record kept table, with timescales as "
        "triggers ('each time Priya is not home by 10pm', 'within 72 hours of Priya coming home, every "
        "time'), start dates, 'w/c', 'before the Easter holidays start'. Faults: 'Ongoing', 'When Priya "
        "feels ready' and 'TBC' as the only timescale (T002), a blank when (T001), 'All agencies' as "
        "lead (W002), a blank record (M001), 'Monitored' and 'Priya engaging with sessions' (M002), and "
        "the review conference 'to be arranged' (R001)."
    ),
    "text": """\
# Auldmere Council – Child Protection Plan

**Young person:** Priya Sharma, 15 (DOB 03/08/2009), Year 10, Auldmere Park School
**Lives with:** Anita Sharma (mum), 8 Kiln Lane, Auldmere. Dad, Raj Sharma, works
away in the week (Monday to Thursday) and is home at weekends.
**Conference:** Initial child protection conference, Wednesday 19 February 2025
**Category:** Sexual abuse (child sexual and criminal exploitation)
**Social worker:** Daniel Okoro, Adolescent Safeguarding Team
**Chair:** Bernadette Lowe

## Why we are worried

Priya has been reported missing six times since October, twice overnight. On 8
February police found her in a flat in Ketterby with three men aged 19 to 26 and a
quantity of cannabis. She has a second phone, new trainers and a coat she says
"a friend" bought her, and she has been seen getting into different cars outside
school at lunchtime. Her attendance has dropped from 96% to 71% this year. Anita
and Raj have reported every missing episode and have been honest with professionals.
Priya smokes cannabis most days and says it "helps me sleep".

## What Priya says

Priya met Daniel twice, at school and at McDonald's. She said: "They're my mates,
they look after me. Nobody tells me what to do there." She does not think she is at
risk but agreed that "the Ketterby lot get a bit much sometimes" and that she
"didn't like" one of the men taking her phone. She wants to stay at Auldmere Park,
she wants her mum to "stop going on", and she wants to do hair and beauty at college.
She said she would talk to the school nurse "if it was just me and her".

## What we want for Priya

- Priya is safe from adults who exploit her, and comes home every night.
- Priya is in school every day and has a plan for college in September 2026.
- Priya has at least one trusted adult she can tell if she is scared or in trouble.
- Priya's parents know the signs of exploitation and what to do when they see them.

## Action plan

| What | When (trigger or date) | Lead | Support from | Record kept |
|---|---|---|---|---|
| Return home interview with Priya after every missing episode, seen on her own | Within 72 hours of Priya coming home, every time | Jas Kaur, Auldmere Missing and Exploitation Team | SW | Return interview form sent to the SW and police, with Priya's own words quoted |
| Report Priya missing to the police and tell the SW the next working day | Each time Priya is not home by 10pm and is not answering her phone | Anita Sharma | Raj, by phone | Police reference number given to the SW |
| See Priya on her own at home and at school, and talk about where she goes and who with | Weekly from the week of 24 February until the review conference | SW Daniel Okoro | – | Visit notes with Priya's words written down |
| Share intelligence on the adults at the Ketterby flat and plan how to disrupt them | Ongoing | DC Mark Hollis, Auldmere Police Exploitation Hub | Missing and Exploitation Team | Monitored |
| Sexual health and contraception appointment for Priya at the young people's clinic | When Priya feels ready | Bryony Adams, school nurse | – | Clinic confirms to the school nurse that Priya attended |
| Change Priya's timetable so a key adult meets her at the start and end of each day and she spends lunchtimes in the pastoral base | From Monday 3 March | Mr Colm Reilly, head of Year 10 | SENCo | |
| Cannabis sessions with Priya, one-to-one and at school | Fortnightly, from Tuesday 4 March | Kez Marlow, Auldmere Young People's Drug and Alcohol Service | – | Priya engaging with sessions |
| Sessions with Anita and Raj on grooming, exploitation and how to respond when Priya comes home | Weekly for 6 weeks from w/c 10 March (Raj joins by video on weekdays) | FSW Leon Grant, Auldmere Family Hub | SW | Session notes, and a written family safety plan kept by Anita |
| Pass on any sighting of Priya with the Ketterby men, in Ketterby or in a car outside school | The same day | All agencies | – | Each sighting logged on the exploitation tracker by the SW |
| Go through Priya's phone contacts with her and block the numbers she agrees to | | Anita Sharma | SW | Blocked numbers listed in the family diary |
| Easter holiday timetable: activities each weekday at the Auldmere Youth Hub (7–17 April) | Before the Easter holidays start | Tash Bello, youth worker, Auldmere Youth Hub | – | Timetable given to Priya and Anita; Youth Hub attendance register |
| National Referral Mechanism referral for Priya as a possible victim of trafficking | TBC | SW Daniel Okoro | Police | NRM reference number on file |

## If Priya goes missing overnight

If Priya is missing overnight or found with any of the Ketterby men, police will be
called at once and Daniel (or the emergency duty team out of hours) will hold a
strategy meeting the next working day at the latest, with the police and the
Missing and Exploitation Team. If Priya goes missing overnight three times before
the review conference, Daniel will ask his manager for a legal planning meeting to
consider whether Priya needs to be looked after away from Auldmere.

## Meetings

- Core group every 4 weeks at Auldmere Park School, 3pm: Wednesday 5 March, 2 April and 30 April 2025.
- Review child protection conference: to be arranged.
""",
    "findings": [
        F("T002", "Share intelligence on the adults at the Ketterby flat"),
        F("M002", "Share intelligence on the adults at the Ketterby flat"),
        F("T002", "Sexual health and contraception appointment for Priya"),
        F("M001", "Change Priya's timetable so a key adult meets her"),
        F("M002", "Cannabis sessions with Priya, one-to-one and at school"),
        F("W002", "Pass on any sighting of Priya with the Ketterby men"),
        F("T001", "Go through Priya's phone contacts with her and block"),
        F("T002", "National Referral Mechanism referral for Priya as a possible"),
        F("R001"),
    ],
})
