"""Batch 120, module m: seven fictional plans (held-out material), places beginning with "m".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: good practice written in ways a template-bound reader could misread.
Owners are given as initials defined once in an attendance key, as "I" in an
e-mail signed by the social worker, as a team ("the 0-19 team", "the Early
Help hub"), as a parent's first name, in an owner's lead-in line over a
lettered list, or in a "Who" cell merged down several rows. Timescales are
specific without being dates ("before Amy leaves the neonatal unit", "by the
first core group", "each Friday", "end of spring term", "Ongoing until review
(daily)"), and dates are written in many forms (3rd Feb, 03.02.26, w/c 9 Feb,
Feb half term). Measures sit in "so that"/"will show" clauses, in a sentence
after the action inside the same item, or in a Detail cell. Sections carry no
template labels: the child's voice as a drawing described or a "What Jess told
us" box, outcomes as "What we want for..." or "When we will be happy", the
contingency as "If things don't improve" prose, review dates in a closing
paragraph, Welsh/English headings.

Five plans are exemplary: an initial conference plan with an initials key
(docx); a newborn's plan in a two-column Action | Detail table with banner rows
(pdf); a bilingual Welsh/English plan with owner lead-ins over lettered lists
(md); a social worker's e-mail with numbered "I will" / first-name items (txt);
and a landscape review plan with the owner cell merged down each agency's rows
(pdf). Two carry a realistic mix of faults among mostly good rows: a Markdown
plan with a "What Lily told us" box (md) and core group minutes with an action
log whose leads are initials (docx).

Counting actions (convention 1): each live row of an action table, each
lettered item under an owner's lead-in, each numbered item of the e-mail's
"What happens next" list (an item may run to two sentences, the second giving
the measure). Banner rows, theme and owner lead-in lines, the contingency,
meeting dates and a one-off row marked CLOSED are not counted.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, father's bipolar disorder, two children. An
#    attendance list defines initials once; the Lead column then uses the
#    initials alone. Dates in many forms. Child's voice as a drawing
#    described. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b120_mallerby_icpc_initials_key_table_brannock.docx",
    "doc_title": "Child Protection Plan - Tayla and Reece Brannock",
    "split": "heldout",
    "actions": 12,
    "template": "icpc-word-plan-details-kv-attendance-list-defining-initials-drawing-described-as-childs-voice-what-we-want-for-outcomes-then-ref-what-will-happen-lead-initials-when-mixed-date-forms-well-know-because-table-if-things-start-to-go-wrong-prose-meetings",
    "description": (
        "Exemplary initial conference plan for an 8-year-old and a 4-year-old whose father has "
        "bipolar disorder, stopped his lithium and drove the children to the coast at night. "
        "The attendance list defines each person's initials once and the Lead column uses only "
        "the initials (KM, RS, JO, LB, PG...). Dates are written as agreed in the room (3rd Feb, "
        "10/02/26, 20.03.26, w/c 9 Feb, Feb half term, 'by the first core group'). The child's "
        "voice is a drawing described with her words. The CMHT care co-ordinator and the "
        "psychiatrist both report on change, the GP shares prescribing, the grandmother's nights "
        "have a fallback, legal planning follows named triggers, core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Mallerby Metropolitan Borough Council – Children and Young People's Service – Safeguarding "
              "Team West"),
        ("kv", [
            ("Children", "Tayla Brannock (8), DOB 11/09/2017, Year 4 at St Brendan's Primary; Reece Brannock "
                         "(4), DOB 02/05/2021, Sunnyside Nursery"),
            ("Address", "41 Foundry Street, Mallerby MB6 3QT"),
            ("Parents", "Jade Brannock (33) and Lewis Brannock (36), living together"),
            ("Category", "Emotional abuse (both children)"),
            ("Conference", "Initial child protection conference, Tuesday 3rd Feb 2026, Mallerby Town Hall"),
            ("Chair", "Hannah Adeyemi, independent reviewing officer"),
        ]),
        ("h1", "Who was at conference (this plan uses their initials)"),
        ("bullets", [
            "KM – Kerry Moss, social worker, Mallerby Children's Services (lead professional)",
            "RS – Rhian Summers, care co-ordinator (community psychiatric nurse), Mallerby Community Mental "
            "Health Team",
            "JO – Dr Joseph Okoye, consultant psychiatrist, Mallerby Community Mental Health Team",
            "DP – Dr Deepa Pillai, GP, Ashgrove Medical Practice",
            "LT – Lauren Tate, designated safeguarding lead, St Brendan's Primary",
            "AB – Amy Burke, Reece's key worker, Sunnyside Nursery",
            "NH – Nadia Hussain, health visitor, Mallerby 0-19 team",
            "JB – Jade Brannock, Mum",
            "LB – Lewis Brannock, Dad",
            "PG – Pauline Grey, maternal grandmother (Nana Pauline), 7 Copperfield Close, Mallerby",
        ]),
        ("h1", "Why Tayla and Reece need a plan"),
        ("p", "Lewis has bipolar affective disorder. He stopped taking his lithium in the autumn and by December "
              "was sleeping two or three hours a night. On 29/12/2025 he woke Tayla and Reece at 2am and drove "
              "them towards the coast “to see the sunrise”; the police stopped the car near Hebbleton services "
              "at 4.10am. Lewis spent 19 days on Larchfield Ward and came home on 20/01/2026, back on lithium. "
              "Jade works three night shifts a week at the Mallerby distribution centre."),
        ("p", "Since then Tayla has told school she “keeps watch” on her dad at night. Reece has started wetting "
              "the bed again and has hit other children at nursery four times in January."),
        ("h1", "What Tayla and Reece have shown and told us"),
        ("p", "Tayla drew her house for KM on 28/01/2026. She put herself at the top window “on guard”, Reece "
              "asleep in the next room, Mum “at work in the big shed” and Dad in a car with a moon over it. She "
              "coloured the front door red “because that's the bit where Dad goes out”. At the bottom of the "
              "page she drew Nana Pauline's house with a smiling sun and said, “That's where I sleep properly.”"),
        ("p", "Asked what she would change, Tayla said: “I want Dad to take his tablets and I want to stop doing "
              "the watching.”"),
        ("p", "Reece (seen at nursery on 27/01/2026) crashed the toy cars into the wall again and again, saying "
              "“police, police”. He let Amy sit him on her knee and went quiet when she sang to him. Jade says he "
              "asks every night whether Daddy is “going on a drive”."),
        ("h1", "What we want for Tayla and Reece"),
        ("bullets", [
            "Tayla and Reece sleep through the night in their own beds, with an adult at home who is well and "
            "awake enough to look after them.",
            "Tayla no longer feels she has to keep watch over her dad, and gets to school rested and on time.",
            "Reece's bedwetting and hitting settle, and he is ready to start school in September.",
            "Both children know what to do and who to ring if their dad becomes unwell again, and know that "
            "an adult will come.",
        ]),
        ("h1", "The plan"),
        ("p", "Dates are written as they were agreed in the meeting. “The first core group” is Tuesday 17.02.26."),
        ("table", {
            "header": ["Ref", "What will happen", "Lead", "When", "We'll know because"],
            "widths": [1.0, 5.6, 1.6, 3.8, 5.0],
            "rows": [
                ["1",
                 "Visit Tayla and Reece at home, at least one visit in three unannounced and one each month in "
                 "the evening, and see Tayla on her own",
                 "KM",
                 "Every week from w/c 9 Feb",
                 "Visit notes show both children seen each week and Tayla's own words written down at every "
                 "visit"],
                ["2",
                 "Take lithium every evening and have a lithium blood level taken every four weeks, so that he "
                 "stays well enough to care for Tayla and Reece",
                 "LB",
                 "Daily; first blood test by 13th Feb",
                 "Every blood level in the therapeutic range; DP sends the results to KM"],
                ["3",
                 "Visit Lewis at home, check his mood, sleep and medication, and tell the core group whether he "
                 "is making and keeping the changes Tayla and Reece need",
                 "RS",
                 "Fortnightly from Thurs 5th Feb; written update 2 working days before each core group",
                 "Written update on KM's file before every core group, with visit dates and Lewis's sleep diary"],
                ["4",
                 "Assess Lewis's illness, his early warning signs and his capacity to stay well and to care for "
                 "the children alone at night, with the likely timescale for change",
                 "JO",
                 "Appointment w/c 23 Feb; report by 20.03.26",
                 "Written report sent to KM and every core group member, giving a clear view on night-time care"],
                ["5",
                 "Send KM Lewis's prescribing record, and ring her the same day if a lithium prescription is not "
                 "collected or a blood test is missed",
                 "DP",
                 "Record by 10/02/26; then before each core group, and same day for any missed test",
                 "GP letter on file by 10/02/26; same-day calls logged on the children's record"],
                ["6",
                 "Check Tayla's attendance, lateness and how tired she is, and give her a ten-minute check-in "
                 "with her learning mentor",
                 "LT",
                 "Every school day; check-in every Monday morning",
                 "Attendance and late marks emailed to KM each Friday; check-ins logged on CPOMS; attendance at "
                 "96% or more from Feb half term"],
                ["7",
                 "Record Reece's attendance, any toileting accidents or hitting, and anything he says about "
                 "home; ring KM the same day with any worry",
                 "AB",
                 "Every session (Monday to Thursday mornings)",
                 "Weekly nursery log emailed to KM, with the number of hitting incidents counted each week"],
                ["8",
                 "See Reece at home about his bedwetting, set up a bedtime routine and star chart with Jade, and "
                 "refer him to the enuresis clinic if he is not dry most nights",
                 "NH",
                 "Home visit by 20th Feb; second visit 6 weeks later (by 3 April)",
                 "Star chart seen at each visit with dry nights counted; clinic referral letter on file if made"],
                ["9",
                 "Have Tayla and Reece to stay at 7 Copperfield Close on every night Jade is at work",
                 "PG",
                 "Each of Jade's shift nights (usually Tue, Wed, Thu) from 3rd Feb until the review conference",
                 "Jade sends KM her rota each Friday; PG texts KM the next morning; KM checks the sleepover "
                 "diary at each visit"],
                ["10",
                 "Write a family safety plan with Tayla: who she rings if Dad seems unwell, and that she does "
                 "not have to keep watch",
                 "JB and LB, with KM",
                 "By the first core group",
                 "Signed safety plan on the children's file; Tayla can show KM Nana's number saved on her tablet"],
                ["11",
                 "Three sessions of direct work with Tayla about her dad's illness, using the Mind in the Family "
                 "workbook, and one play session with Reece",
                 "KM",
                 "Tayla: 24/2, 10/3 and 24/3; Reece: by 27 March",
                 "Tayla's workbook on file; she can name two signs that Dad is becoming unwell and who she would "
                 "tell"],
                ["12",
                 "Not drive Tayla or Reece anywhere until JO's report has been shared and the core group has "
                 "agreed it is safe",
                 "LB",
                 "From 3rd Feb until the core group on 14.04.26",
                 "School and nursery drop-off logs show Jade or PG brought the children every day"],
            ],
        }),
        ("h1", "If things start to go wrong"),
        ("p", "If Lewis misses two evening doses of lithium, sleeps less than four hours on two nights running, or "
              "talks about taking the children out at night, Jade (or Tayla, using her safety plan) will ring PG "
              "and the CMHT crisis line that evening. Tayla and Reece will sleep at Nana Pauline's that night, and "
              "Lewis will not care for them on his own until RS or the crisis team has seen him."),
        ("p", "If Lewis tries to take the children in the car, or anyone thinks he is about to, they will ring 999 "
              "straight away, and KM will hold a strategy discussion with Mallerby Police the next working day."),
        ("p", "If PG cannot have the children on one of Jade's work nights (she is ill, away or cannot be reached), "
              "Jade will not go in to work that night, which her manager has agreed in writing. If no safe adult "
              "can be with them, KM or the out-of-hours team will place Tayla and Reece together with Mallerby "
              "foster carers for the night."),
        ("p", "If Lewis stops his lithium again, if JO's report says he cannot stay well enough to care for the "
              "children within their timescales, or if Tayla's attendance is below 90% at the review, KM will ask "
              "her team manager, Sean Corrigan, for a legal planning meeting within five working days to decide "
              "whether to start the Public Law Outline."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, 3.45pm at Foundry Street Family Hub: 17.02.26, 17.03.26 and 14.04.26.",
            "Review child protection conference: Tuesday 28 April 2026, 10am, Mallerby Town Hall.",
        ]),
        ("p", "Copies to everyone listed above. Jade and Lewis have their own copy; KM will go through a "
              "child's version with Tayla at her next visit."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Newborn on a neonatal unit (not looked after), mother on a methadone
#    script. Two-column Action | Detail table under banner rows; who, when
#    and how-known are written as prose in the Detail cell. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b120_minsterlea_newborn_action_detail_two_column_quigley.pdf",
    "doc_title": "Child Protection Plan - Amy Quigley",
    "split": "heldout",
    "actions": 12,
    "template": "icpc-newborn-word-plan-printed-to-pdf-page-header-footer-details-kv-why-what-amy-shows-us-when-we-will-be-happy-then-two-column-action-detail-table-banner-rows-before-and-after-discharge-who-when-how-in-detail-prose-if-things-dont-go-to-plan-meetings",
    "description": (
        "Exemplary initial conference plan for a 10-day-old baby on a neonatal unit with "
        "withdrawal symptoms; her mother is on a methadone script and they will live with the "
        "grandmother. The action table has two columns, Action | Detail, under banner rows "
        "('Before Amy leaves the neonatal unit', 'After Amy comes home'); each Detail cell says "
        "in prose who will do it, when ('twice a week until discharge', 'before Amy leaves the "
        "neonatal unit', 'every Friday') and what will be seen. Amy is not looked after; her "
        "social worker visits twice a week on the unit. The drug service reports on change, the "
        "GP registers her, the grandmother's part has a fallback, legal planning follows named "
        "triggers, core group and review dates are set; the baby's observed experience is recorded."
    ),
    "header": "OFFICIAL – SENSITIVE · Minsterlea City Council · Children's Social Care",
    "footer": "Amy Quigley · Child protection plan, ICPC 12/03/2026 · Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Baby", "Amy Quigley, born 02/03/2026 at 35 weeks; neonatal unit, Hollins Lane Hospital (cot 6)"),
            ("Mother", "Chloe Quigley (20), living with her mother at 4 Larkin Road, Minsterlea MS3 9PA"),
            ("Father", "Not named on the birth registration; Chloe says he is not involved"),
            ("Maternal grandmother", "Sandra Quigley, 4 Larkin Road"),
            ("Conference", "Initial child protection conference, Thursday 12/03/2026, in the neonatal unit "
                           "family room. Chair: Owen Price (IRO)"),
            ("Category", "Neglect"),
            ("Legal status", "Amy is not looked after. Chloe has parental responsibility and has agreed this "
                             "plan."),
            ("Social worker", "Jess Whitlow (team manager: Alan Chukwu)"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Chloe has used heroin since she was 16. She started a methadone script with Minsterlea Drug and "
              "Alcohol Service at 20 weeks of pregnancy and her screens have been clear of heroin since "
              "18/12/2025, but she missed 9 of 20 antenatal appointments and told the midwife she had “nowhere "
              "settled” to bring a baby home to. Amy was born early and is being treated on the neonatal unit "
              "for withdrawal (neonatal abstinence syndrome). The unit expects her to be ready to go home in two "
              "to three weeks."),
        ("h1", "What Amy shows us"),
        ("p", "Amy is 10 days old. The nurses' notes and the social worker's visits on 6th and 10th March describe "
              "a baby who is jittery, sneezes often, cries with a high-pitched cry after feeds and finds it hard "
              "to settle in her cot. She settles within a few minutes when Chloe holds her skin to skin, and she "
              "has taken her fullest feeds from Chloe. On the two days Chloe did not come in, the nurses noted "
              "that Amy was harder to settle and fed less."),
        ("h1", "When we will be happy"),
        ("bullets", [
            "Amy is feeding well, gaining weight and has finished her withdrawal treatment before she goes home.",
            "Amy goes home to 4 Larkin Road with a sober adult who is awake and able to care for her, day and "
            "night.",
            "Amy sleeps safely on her back in her own Moses basket or cot at every sleep.",
            "Amy is seen by her health visitor and her social worker every week for her first three months at "
            "home, and has all her checks and immunisations.",
        ]),
        ("h1", "The plan"),
        ("p", "Each action is in the left-hand column. The right-hand column says who will do it, when, and how "
              "we will know it has happened."),
        ("table", {
            "header": ["Action", "Detail"],
            "widths": [5.5, 11.5],
            "rows": [
                ["Before Amy leaves the neonatal unit", H],
                ["Visit Amy on the unit and see how Chloe cares for her",
                 "Jess Whitlow (social worker) will visit twice a week, on Tuesdays and Fridays, until Amy is "
                 "discharged. Each visit is written up on Amy's record within one working day, including how "
                 "Chloe held, fed and settled her."],
                ["Record Chloe's visits and the care she gives Amy",
                 "The neonatal nurses (lead: Sister Mair Pryce, unit manager) will write on Amy's care chart "
                 "every time Chloe visits: how long she stays and which feeds, nappy changes and skin-to-skin "
                 "she does. Mair sends a copy of the chart to Jess every Friday."],
                ["Methadone key-work and drug screens, so that Chloe is stable and safe to care for Amy",
                 "Tom Reyes, recovery worker at Minsterlea Drug and Alcohol Service, will see Chloe every "
                 "Monday, with a urine screen each time. Two working days before each core group he sends Jess "
                 "the screen results and his written view on whether Chloe is stable on her script and making "
                 "the changes Amy needs."],
                ["Safe-sleep talk with Chloe and Sandra, and check where Amy will sleep",
                 "Grace Obi, health visitor (Minsterlea 0-19 team), will meet Chloe and Sandra on the unit and "
                 "visit 4 Larkin Road before Amy leaves the neonatal unit. The signed safe-sleep checklist, and "
                 "a note of the cot and Moses basket she has seen, will be on Amy's file."],
                ["Register Amy with the GP and book her 6–8 week check",
                 "Dr Hana Fenwick, GP at Mill Street Surgery, will register Amy before discharge and see her for "
                 "her 6–8 week check by 4 May 2026. The practice confirms the registration to Jess by email; the "
                 "check is written up in Amy's red book."],
                ["Discharge planning meeting on the unit",
                 "Jess will arrange the meeting at least three working days before Amy is medically fit to go "
                 "home. The minutes, with the discharge date and who will be at Larkin Road on the first night, "
                 "go to everyone named in this plan."],
                ["After Amy comes home", H],
                ["Home visits to Amy at Larkin Road",
                 "Jess will visit every week for Amy's first twelve weeks at home, one visit in three "
                 "unannounced. Her visit records will show where Amy sleeps, who is caring for her and whether "
                 "Chloe appears sober."],
                ["Weigh Amy and check how she is feeding",
                 "Grace Obi (HV) will weigh Amy at home weekly for eight weeks after discharge, then fortnightly "
                 "until the review conference. Weights are plotted in the red book, and we expect Amy to follow "
                 "her centile line."],
                ["Daily methadone and weekly screens for Chloe once Amy is home",
                 "Chloe will take her methadone under supervision at Larkin Road Pharmacy every day and give a "
                 "urine screen at each Monday appointment, so that she is clear-headed for Amy's night feeds. "
                 "Tom Reyes tells Jess the same day about any missed dose or positive screen."],
                ["Chloe's feed and sleep diary for Amy",
                 "Chloe will fill in Amy's feed and sleep diary every day from the day of discharge. Grace checks "
                 "it at each weigh; no gap between feeds should be longer than four hours."],
                ["Sandra at home every night",
                 "Sandra Quigley (maternal grandmother) will be at 4 Larkin Road every night for Amy's first "
                 "twelve weeks home and will do one night feed with Chloe each night. Jess sees Sandra at every "
                 "home visit and checks the night-feed chart Sandra and Chloe fill in."],
                ["Sandra cares for Amy while Chloe is at appointments",
                 "Sandra will look after Amy whenever Chloe goes to the Drug and Alcohol Service or the "
                 "pharmacy, from the day Amy comes home until the review conference. The night-feed chart also "
                 "records who had Amy during each appointment."],
            ],
        }),
        ("h1", "If things don't go to plan"),
        ("p", "Before discharge: if Chloe has a screen positive for heroin or any drug not prescribed to her, or "
              "does not visit Amy for two days running without ringing the unit, Jess will hold a strategy "
              "discussion within one working day, and Amy will not be discharged into Chloe's care until a new "
              "plan has been agreed at a core group."),
        ("p", "After discharge: if Chloe misses a methadone dose, has a positive screen, or is found asleep or "
              "under the influence while caring for Amy, Sandra will take over Amy's care and Chloe will not be "
              "left alone with her. Jess will visit the same day and hold a strategy discussion within one "
              "working day."),
        ("p", "If Sandra cannot be at Larkin Road at night, is ill, or says she can no longer help, Jess will "
              "arrange the same day for Chloe and Amy to move together to a parent and baby foster placement. "
              "If Chloe does not agree, Amy will be cared for by Minsterlea foster carers while a legal planning "
              "meeting is held."),
        ("p", "If by the review conference Chloe has had two or more positive screens or has missed more than "
              "three methadone doses, Jess will request a legal planning meeting within five working days to "
              "consider starting the Public Law Outline."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every three weeks while Amy is on the unit and for her first month at home, then every "
            "four weeks: 26/03/2026, 16/04/2026, 07/05/2026 and 04/06/2026, in the family room at Hollins Lane "
            "Hospital or at Larkin Road Family Centre once Amy is home.",
            "Review child protection conference: Thursday 11 June 2026, 10am, Minsterlea Civic Centre.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Bilingual Welsh/English plan, mother's drinking, ex-partner's violence.
#    Numbered themes, then an owner's lead-in line ("... will:") over
#    lettered actions. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b120_maenglas_bilingual_owner_leadin_lettered_gwilym.md",
    "split": "heldout",
    "actions": 15,
    "template": "welsh-english-bilingual-cp-plan-markdown-slash-headings-details-why-what-cai-and-efa-told-us-outcomes-then-numbered-themes-owner-lead-in-lines-will-then-lettered-actions-if-things-go-wrong-core-group-and-review",
    "description": (
        "Exemplary initial conference plan for a 10-year-old and a 5-year-old whose mother drinks "
        "and whose younger child's father was violent (a non-molestation order is in place). "
        "Headings are Welsh then English. The plan is numbered by theme (1 Safe at home, 2 A sober "
        "mum...), then a lead-in line names the owner ('1.1 Children's Services - Ffion Rees, "
        "social worker, will:') over lettered actions that give the timescale and what will be "
        "seen; the mother and the grandfather own actions by first name. The drug and alcohol "
        "service reports on change and the GP owns an action, the grandfather's part has a "
        "fallback, a legal gateway meeting follows named triggers, core group and review dates are "
        "set; the children's words are recorded in Welsh and English."
    ),
    "text": """\
# Cynllun Amddiffyn Plant / Child Protection Plan

**Cyngor Sir Maenglas / Maenglas County Council — Gwasanaethau Plant / Children's Services**

## Manylion / Details

- **Plant / Children:** Cai Gwilym (10), DOB 14/06/2015, Blwyddyn 5 / Year 5; Efa Gwilym (5), DOB 30/11/2020, Derbyn / Reception — both at Ysgol Gynradd Glan Morfa
- **Cyfeiriad / Address:** 9 Heol y Felin, Maenglas MG4 2RT
- **Mam / Mother:** Siân Gwilym (34)
- **Tad Efa / Efa's father:** Gareth Tudor (37). Not living in the household; non-molestation order in force until 15/12/2026. Cai's father has not been involved since Cai was a baby.
- **Taid / Grandfather:** Dewi Gwilym (maternal grandfather), 2 Lôn Eithin, Maenglas — five minutes' walk
- **Categori / Category:** Niwed emosiynol / Emotional harm
- **Cynhadledd / Conference:** Initial child protection conference, Wednesday 21/01/2026. Chair: Meinir Jenkins (IRO)
- **Gweithiwr cymdeithasol / Social worker:** Ffion Rees (team manager: Huw Bevan)
- **Iaith / Language:** Cai and Efa's first language is Welsh. All visits and direct work with them are in Welsh. Siân prefers English for meetings.

## Pam fod angen cynllun / Why there is a plan

Siân has been drinking heavily since her relationship with Gareth ended in the summer. On 02/01/2026 police
were called when Gareth came to the house in breach of the order and shouted at Siân in front of the
children; Siân had been drinking and was not able to stand. Cai put Efa to bed and rang his taid. School say
Cai has been tired and tearful, and Efa has arrived without breakfast on several mornings.

## Beth ddywedodd Cai ac Efa / What Cai and Efa told us

Cai (seen on his own at school, 15/01/2026, in Welsh): "Dw i'n poeni am Mam pan mae hi'n yfed. Dw i'n hoffi
mynd at Taid achos mae'n dawel." — "I worry about Mam when she drinks. I like going to Taid's because it's
quiet." He said the worst night was when "Gareth was shouting through the letterbox" and that he wants Mam
"to be like she was at Christmas before last". He does not want to live anywhere else.

Efa (seen at home, 19/01/2026) showed Ffion her toy rabbit and said "Cwningen yn cuddio" ("Rabbit is
hiding") and put it under the sofa when Ffion asked what happens when people shout. She sat on Siân's knee
for the rest of the visit and laughed when Siân tickled her.

## Beth rydyn ni eisiau i Cai ac Efa / What we want for Cai and Efa

- Cai and Efa are cared for every day by a mum who is sober.
- Cai and Efa are safe from Gareth and do not see or hear any more shouting or violence at home.
- Cai no longer looks after Efa or his mum, and goes to bed worry-free.
- Efa gets to school every day on time and having had breakfast.

## Y cynllun / The plan

Each part names the lead first. The lettered points under it are what that person or service will do, by
when, and how we will know. / Mae pob rhan yn enwi'r arweinydd yn gyntaf.

**1. Diogel gartref / Safe at home**

**1.1 Gwasanaethau Plant / Children's Services — Ffion Rees, social worker, will:**

a) visit Cai and Efa at home every week, with at least one visit a fortnight unannounced and after 4pm, and see Cai on his own each time; her visit notes will record what Cai says and whether Siân was sober.
b) do four sessions of direct work with Cai, in Welsh, about what happens at home and who he can tell, by 27/02/2026; his worksheets and his own words will go on his file.
c) complete a parenting assessment of Siân by 20/03/2026 and share the written report with Siân and the core group at the core group on 01/04/2026.

**1.2 Heddlu Maenglas, Uned Cam-drin Domestig / Maenglas Police Domestic Abuse Unit — PC Owain Bowen will:**

a) keep a warning marker on 9 Heol y Felin until the review conference and tell Ffion the same working day about any call-out or breach of the order; each call-out will be on the police log shared at every core group.

**1.3 Lloches Maenglas IDVA service — Carys Hughes, IDVA, will:**

a) meet Siân every fortnight until the review conference to go through her safety plan and the order, and send Ffion a short note after each meeting saying whether Gareth has made contact.

**2. Mam yn sobr / A sober mum**

**2.1 Gwasanaeth Cyffuriau ac Alcohol Maenglas / Maenglas Drug and Alcohol Service — Gethin Parry, key worker, will:**

a) see Siân every Tuesday with a breath test, and send a written report to every core group saying whether she is drinking, what has changed for Cai and Efa, and how long further change is likely to take.
b) agree with Siân and her GP whether she needs a community detox, and give the start date in his report to the first core group (04/02/2026).

**2.2 Siân will:**

a) not drink any alcohol while Cai and Efa are in her care, and keep none in the house, every day from 21/01/2026; every breath test at key-work and at Ffion's visits should read zero.
b) go to every Tuesday key-work session at the Drug and Alcohol Service; Gethin's attendance record will show each one.

**2.3 Meddygfa Stryd y Castell / Castle Street Surgery — Dr Elin Morgan, GP, will:**

a) do Siân's liver function blood tests by 06/02/2026 and again before the review conference, and write to Ffion and Gethin with the results and any change to her prescribing.

**3. Ysgol ac iechyd / School and health**

**3.1 Ysgol Gynradd Glan Morfa / Glan Morfa Primary School — Mrs Llinos Pugh, DSL, will:**

a) check Cai's and Efa's attendance, lateness and whether they have had breakfast every school day, and email Ffion the week's figures each Friday; we expect both children at 95% or more by the review.
b) give Efa a weekly ELSA session every Wednesday from 28/01/2026 until the Easter holidays, and send Ffion the themes of the sessions at the end of each half term.

**3.2 Tîm nyrsio ysgol / School nursing (0-19 team) — Sioned Lewis, school nurse, will:**

a) do Efa's height, weight and hearing check by half term (13/02/2026) and send the results to Ffion and Dr Morgan.

**4. Teulu / Family**

**4.1 Taid — Dewi Gwilym will:**

a) take Cai and Efa to school every Monday, Wednesday and Friday and have them at Lôn Eithin after school on those days until 6pm; the school register and Dewi's text to Ffion on those days will show it.
b) be the adult Cai rings if his mum has been drinking or Gareth comes to the house, and go round straight away or take the children to his; Ffion will check at her next visit that Taid's number is saved in Cai's phone.

## Os aiff pethau o chwith / If things go wrong

- If Siân is found to have been drinking while caring for Cai and Efa (a positive breath test, a call from
  Cai, or school or Dewi smelling alcohol), the children will stay with Dewi that night and Ffion will visit
  the next morning. If it happens twice in four weeks, Ffion will hold a strategy discussion within one
  working day.
- If Gareth comes to the house or contacts the children, Siân or Cai will ring 999 and the police will treat
  it as a breach of the order; the children will stay with Dewi until Ffion has visited.
- If Dewi cannot do a school run or cannot have the children (he is unwell, away or cannot be reached),
  Ffion will ask Tîm Teulu (Early Help) to send a family support worker for the school run that week. If no
  safe adult can be with the children overnight, they will be placed together with Maenglas foster carers
  that night.
- If by the review conference Siân has had more than two positive breath tests, or Gethin's report says she
  is not making the changes Cai and Efa need, Ffion will ask for a legal gateway meeting within five working
  days to decide whether to start the Public Law Outline.

## Grŵp craidd ac adolygu / Core group and review

- Grŵp craidd bob pedair wythnos / Core group every four weeks, 3.30pm at Canolfan Deulu Maenglas:
  04/02/2026, 04/03/2026 and 01/04/2026.
- Cynhadledd adolygu / Review child protection conference: Wednesday 15/04/2026, 10am, Neuadd y Sir, Maenglas.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Initial plan, neglect and father's cocaine use; "What Lily told us"
#    box, "When we will be happy" outcomes, Markdown action table. Mostly
#    good rows; faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b120_mossingdon_plan_lily_box_who_when_table_harrow.md",
    "split": "heldout",
    "actions": 12,
    "template": "icpc-plan-markdown-details-why-what-lily-told-us-blockquote-box-when-we-will-be-happy-then-what-who-when-how-well-know-table-if-things-dont-improve-meetings",
    "description": (
        "Initial conference plan for a 9-year-old and a 2-year-old: neglect of the home and the "
        "father's cocaine use at weekends. A Markdown plan with a 'What Lily told us' box, 'When "
        "we will be happy' outcomes and a What | Who | When | How we'll know table. Most rows are "
        "sound (weekly visits, the Early Help hub's routine work, the recovery service's reports, "
        "the two-year review, the school's checks, the grandparents' days). Faults: the parenting "
        "assessment has no stated output; the nursery place is 'ASAP'; the father's time with "
        "Lily is measured by how things feel; 'Professionals' share worries; the plan relies on "
        "both grandparents but the contingency never says what happens if they cannot help; the "
        "review conference date is 'to be confirmed'."
    ),
    "text": """\
# Child Protection Plan — Lily and Alfie Harrow

Mossingdon Borough Council · Children's Social Care · Safeguarding Team North

| | |
|---|---|
| Children | Lily Harrow (9), DOB 22/07/2016, Mossingdon Primary; Alfie Harrow (2), DOB 04/11/2023 |
| Address | 18 Tanner's Walk, Mossingdon MO2 5JE |
| Parents | Kayleigh Harrow (27) and Darren Harrow (31), living together |
| Paternal grandparents | Brenda and Ray Harrow, 40 Kiln Lane, Mossingdon |
| Category | Neglect |
| Conference | Initial child protection conference, Monday 09/02/2026. Chair: Paul Whitmore (IRO) |
| Social worker | Amira Shah (team manager: Jo Pickering) |

## Why we are worried

The house has been dirty and cold for most of the last year. Lily has gone to school unwashed and without
breakfast, and her bed has no clean sheets. Alfie has missed his one-year and two-year health checks. Darren
uses cocaine and drinks most Friday nights; on 17/01/2026 police were called to an argument at 2am and found
Alfie asleep in a soaked cot while both parents were arguing in the street.

> **What Lily told us** (seen on her own at school, 04/02/2026)
>
> "My bed is smelly and my sheets are scratchy. I like it at Nan's because she does fish fingers and my bed
> there has unicorns." Lily scored home 4 out of 10. She said it would be a 10 "if Dad didn't go out on
> Fridays and come back shouting" and "if my room was like Nan's". She wants to keep living at home.
>
> Alfie is 2. At the home visit on 02/02/2026 he was in a heavy nappy, brought his empty cup to the social
> worker and said "dink". He smiled and ran to Lily when she came in from school.

## When we will be happy

- Lily and Alfie live in a clean, warm home with food in the cupboards and a clean bed each.
- Lily goes to school washed, fed and on time.
- Alfie has his health checks and his two-year review, and his speech is on track for his age.
- Lily and Alfie are never cared for by an adult who has taken drugs or been drinking.

## What will happen

| What will happen | Who | When | How we'll know |
|---|---|---|---|
| Visit Lily and Alfie at home, see Lily on her own and look at both children's bedrooms | Amira Shah, social worker | Weekly, with one unannounced visit each fortnight | Visit notes record the state of each bedroom and Lily's own words |
| Get the kitchen, bathroom and the children's bedrooms clean and keep them clean, with fresh bedding for Lily and Alfie every week | Kayleigh and Darren | By 06/03/2026, then at every home visit | The home conditions checklist scores 4 or 5 out of 5 in every room at each visit |
| Morning and bedtime routine sessions with Kayleigh, so that Lily is up, washed and fed by 8.15am | Jodie Kerr, family support worker, Early Help hub | Every Wednesday and Friday for 8 weeks from 18/02/2026 | Jodie's session notes, and Lily's morning chart signed each day and seen at each session |
| Key-work for Darren with drug and alcohol tests, and a written report on whether he has stopped using cocaine and what that means for Lily and Alfie | Kam Dhillon, recovery worker, Mossingdon Recovery Service | Fortnightly from 16/02/2026; report before each core group | Test results and Kam's report on the SW's file before every core group |
| Parenting assessment of Kayleigh and Darren | Amira Shah, social worker | By 27/03/2026 | |
| Apply for Alfie's two-year-old funded nursery place | Kayleigh, with help from the health visitor | ASAP | Letter confirming Alfie's place, and the nursery register showing him attending |
| Alfie's two-year review, with a speech and language check | Nikki Shaw, health visitor (0-19 team) | By 06/03/2026 | ASQ scores and any speech therapy referral sent to the SW |
| Check Lily's attendance and lateness and whether she has had breakfast, and offer her a breakfast club place | Mr Callum Reid, DSL, Mossingdon Primary | Every school day | Attendance figures to the SW each Friday; breakfast club register |
| Collect Lily from school and give her tea at Kiln Lane | Brenda Harrow (Nan) | Every Monday, Tuesday and Wednesday in term time | The school's collection log shows Brenda signing Lily out |
| Have Lily and Alfie to stay overnight at Kiln Lane | Ray Harrow (Grandad) | Every Friday, 6pm to Saturday 4pm | Ray texts Amira when the children arrive and when they go home |
| Spend time with Lily doing something she chooses | Darren | Every Sunday afternoon | Things feel better at home |
| Tell the social worker the same day about any worry for Lily or Alfie | Professionals | Same day | Each worry logged on the children's records |

## If things don't improve

If Darren has a positive test, or comes home drunk or high, he will stay at his brother Shaun's flat that
night and will not care for Lily and Alfie until he has had a clear test; Amira will visit the next working
day.

If Lily or Alfie is found alone, or with no sober adult, Amira or the out-of-hours team will hold a strategy
discussion the same day, and the children will be cared for by Mossingdon foster carers until a safe adult
is at home.

If the home conditions score is 2 or less in any room at two visits in a row, or Darren's tests are still
positive in April, Amira will ask Jo Pickering for a legal planning meeting within five working days.

## Meetings

- Core group every four weeks at Mossingdon Family Hub, 4pm: 23/02/2026, 23/03/2026 and 20/04/2026.
- Review child protection conference: date to be confirmed by the conference team.
""",
    "findings": [
        F("M001", "Parenting assessment of Kayleigh and Darren"),
        F("T002", "Apply for Alfie's two-year-old funded nursery place"),
        F("M002", "Spend time with Lily doing something she chooses"),
        F("W002", "Tell the social worker the same day about any worry"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Social worker's e-mail after conference: sole-carer father with
#    epilepsy, young carer. Numbered "What happens next" items with "I will",
#    first names, "the 0-19 team", "the Early Help hub"; a measure may be the
#    second sentence of the item. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b120_moorhythe_sw_email_i_will_numbered_danby.txt",
    "split": "heldout",
    "actions": 12,
    "template": "plain-text-email-from-social-worker-after-icpc-why-we-are-worried-what-kai-and-ruby-said-what-we-are-aiming-for-then-numbered-what-happens-next-items-i-will-first-names-teams-measure-in-second-sentence-if-things-go-wrong-meetings",
    "description": (
        "Exemplary plan sent by e-mail the day after the initial conference, for a 12-year-old "
        "young carer and his 6-year-old sister whose father, their sole carer, has epilepsy and "
        "has stopped taking his tablets regularly. Plain text: why we are worried, what the "
        "children said, what we are aiming for, then twelve numbered 'What happens next' items "
        "where 'I' is the social worker who signs the e-mail, the father and aunt own actions by "
        "first name and services are named by team ('the 0-19 team', 'the Early Help hub'); "
        "timescales include 'by the first core group', 'each Friday' and 'by the end of spring "
        "term', and the measure is often the item's second sentence. The epilepsy nurse, GP and "
        "adult social care own actions, the aunt's part has a fallback, legal planning follows "
        "named triggers, core group and review dates are set."
    ),
    "text": """\
From:    Dominic Asante <dominic.asante@moorhythe.gov.uk>
Sent:    Friday 27/02/2026 16:20
To:      Neil Danby; Shelley Danby
Cc:      Sam Idowu; Dr Rowan Ellis; Moorhythe Adult Social Care (Eastgate team);
         Leanne Cross; Farah Jabeen; Carla Benson; Mandy Price; Tasha Greaves
Subject: Kai and Ruby - the plan we agreed at yesterday's conference

Hi everyone,

Thank you for coming to the initial child protection conference yesterday
(Thursday 26/02/2026, chaired by Ruth Kellaway). Below is the plan we
agreed. Where it says "I", that's me, Dominic, Kai and Ruby's social
worker. Please reply to me by Wednesday if anything is not how you
remember it.

WHY WE ARE WORRIED
Neil is bringing up Kai (12) and Ruby (6) on his own at 27 Weaver's Row,
Moorhythe. He has epilepsy, and since he stopped taking his tablets
regularly last autumn he has had a tonic-clonic seizure about once a
week, several of them when he was the only adult in the house. On
03/02/2026 Ruby found him on the kitchen floor with a head wound and rang
Kai at school on Neil's phone; Kai ran home. Kai has missed 14 days of
school this term. He has told school that he does the shopping and puts
Ruby to bed most nights. The house has been cold and the fridge often
empty.

WHAT KAI AND RUBY SAID
Kai (seen on his own at school, 20/02/2026): "I don't mind helping Dad but
I'm scared when I'm at school in case he has one and Ruby's on her own.
I'd like to go back to football." He would like "someone who isn't me" to
know what to do when Dad has a seizure.
Ruby (seen at home, 23/02/2026) showed me how she puts a cushion under
Dad's head "like Kai showed me". She said the best thing is "when Auntie
Shelley does pancakes" and the worst thing is "when Dad shakes and I can't
wake him".

WHAT WE ARE AIMING FOR
- Kai and Ruby always have an adult nearby who knows what to do if Neil
  has a seizure, and are never left to cope on their own.
- Kai is in school every day and back at football, and is no longer the
  one who does the shopping and the bedtimes.
- Ruby is warm and fed, gets to school on time and feels safe at home.
- Both children understand their dad's epilepsy in a way that fits their
  age.

WHAT HAPPENS NEXT
Each point says who, when, and how we will know.

1. I will visit Kai and Ruby at home every Tuesday after school and see
   Kai on his own at least every other week. Every visit is written up on
   the children's records within one working day, with what they tell me.

2. Neil will take his epilepsy tablets every morning and evening from a
   weekly dosette box, so that Kai and Ruby are not left to cope with his
   seizures. Cole's Pharmacy has agreed to tell me each Friday if any
   tablets come back in the box.

3. Sam Idowu, epilepsy specialist nurse at Moorhythe General Hospital,
   will review Neil's medication and seizure diary by 20/03/2026 and write
   to me and Dr Ellis saying whether the seizures are coming under control
   and how safe it is for Neil to be the only adult with the children.

4. Dr Rowan Ellis (GP, Bankside Surgery) will see Neil every four weeks
   until the review conference and send me a short note after each
   appointment with any change to his medication or his seizures.

5. Moorhythe Adult Social Care (Eastgate team) will complete a care and
   support assessment for Neil by the first core group on 12/03/2026,
   including whether a seizure alarm would mean Kai is not the one who
   has to call for help. The assessment letter will come to me and I will
   bring it to the core group.

6. The Early Help hub (Leanne Cross, family support worker) will come to
   the house at 7.30am every Monday, Wednesday and Friday for six weeks
   from 02/03/2026 to help Neil get the children up and out. Leanne's
   notes will show, for each morning, whether both children left fed,
   dressed and on time.

7. Mrs Farah Jabeen, DSL at Moorhythe Academy, will email me Kai's
   attendance and late marks each Friday. We are aiming for 95% or more by
   the end of spring term.

8. Miss Carla Benson, DSL at Eastgate Infant School, will check each
   morning whether Ruby is on time and has had breakfast, and will offer
   her a breakfast club place. She will put both in a weekly email to me
   each Friday.

9. The 0-19 team (school nurse Tasha Greaves) will see Ruby at school by
   13/03/2026 to check her height and weight and talk with her about home,
   and will send me a written summary.

10. Mandy Price from Moorhythe Young Carers will meet Kai each Thursday
    lunchtime at school from 05/03/2026 and finish his young carer's
    assessment by the end of spring term. A copy of the written
    assessment goes to Kai, Neil and me.

11. Neil and I will write a seizure plan for the children by Friday
    06/03/2026: who Kai rings, where Ruby goes, and what Kai does not have
    to do. It will be on the fridge and in Kai's school bag, and I will
    check both copies at my next visit.

12. Shelley will have Kai and Ruby at her flat every Thursday after school
    until 7pm, and will be the adult Kai rings if his dad has a seizure.
    She will text me each Thursday when the children arrive, and Kai will
    have her number saved in his phone.

IF THINGS GO WRONG
- If Neil has a seizure while he is alone with the children, Kai or Ruby
  rings 999 and then Shelley (or me, in office hours). The children go to
  Shelley's that night and I will visit the next working day.
- If Neil has two or more seizures in a month, or the pharmacy tells me
  tablets have been missed on two days in one week, I will hold a strategy
  discussion within one working day. Until Sam has seen Neil, Kai and Ruby
  will stay with Shelley and Neil will not care for them on his own.
- If Shelley cannot have the children (she is working late, ill or cannot
  be reached), the out-of-hours team will arrange for Kai and Ruby to stay
  together with Moorhythe foster carers that night.
- If by the review conference Neil is still having weekly seizures, or
  Kai's attendance is still below 85%, I will ask my manager, Gemma Lowe,
  for a legal planning meeting within five working days.

MEETINGS
Core group every four weeks, Thursdays at 3.30pm at Moorhythe Family
Centre: 12/03/2026, 09/04/2026 and 07/05/2026.
Review child protection conference: Thursday 21/05/2026, 10am, Moorhythe
Civic Offices.

Many thanks,
Dominic

Dominic Asante
Social Worker, Children in Need and Protection Team (East)
Moorhythe Council Children's Services
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Core group 2 minutes with an action log; leads are initials from the
#    attendance table. Mother's anxiety, father's drinking. Mostly good
#    rows; faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b120_midlingham_core_group_minutes_initials_log_ferris.docx",
    "doc_title": "Core Group Minutes - Mia and Jayden Ferris",
    "split": "heldout",
    "actions": 12,
    "template": "core-group-minutes-docx-attendance-table-initials-name-role-numbered-sections-agency-updates-by-initials-childrens-views-outcomes-from-plan-then-action-log-no-action-lead-initials-due-evidence-closed-row-kept-contingency-next-meetings-escalation",
    "description": (
        "Minutes of the second core group for a 12-year-old and an 8-year-old whose mother has "
        "anxiety and panic attacks and whose father drinks. An attendance table defines initials "
        "once, and the action log's Lead column uses the initials alone; one one-off row is "
        "kept as CLOSED (not counted). Most rows are sound (weekly visits, the alcohol service's "
        "reports on change, the father's breath tests, both schools' checks, the school nurse, "
        "the dentist). Faults: guided self-help that only treats the mother; routine work "
        "measured by how things feel; the young carers referral with no evidence; the "
        "grandmother's teas 'Ongoing'; 'The network' to report sightings; an outcome about the "
        "mother only; a contingency with no trigger or protective response (legal planning is "
        "named separately, under escalation)."
    ),
    "blocks": [
        ("title", "Core Group Meeting – Minutes and Action Log"),
        ("p", "Midlingham City Council · Children's Services · Child Protection and Court Team 2"),
        ("kv", [
            ("Children", "Mia Ferris (12), DOB 08/05/2013, Year 8, Midlingham High School; Jayden Ferris (8), "
                         "DOB 19/10/2017, Year 3, Hollybank Primary"),
            ("Address", "63 Rushton Road, Midlingham MD7 1SX"),
            ("Meeting", "Core group 2, Tuesday 24.02.26, 4pm, Hollybank Family Hub"),
            ("Plan made", "Initial child protection conference, 13.01.26 (category: neglect)"),
            ("Chair and minutes", "SC"),
        ]),
        ("h1", "1. Attendance"),
        ("table", {
            "header": ["Initials", "Name", "Role"],
            "widths": [2.0, 5.0, 10.0],
            "rows": [
                ["SC", "Sophie Carr", "Social worker, Midlingham Children's Services (chair)"],
                ["LF", "Leanne Ferris", "Mum"],
                ["WF", "Wayne Ferris", "Dad"],
                ["TA", "Tom Akande", "Recovery worker, Midlingham Alcohol Service"],
                ["PW", "Priya Wadhwa", "Mental health practitioner, Midlingham Primary Care Mental Health Team"],
                ["GH", "Gill Hartley", "Family support worker, Midlingham Early Help"],
                ["MO", "Martin Oyelaran", "DSL, Midlingham High School (Mia)"],
                ["RK", "Rachel Kaur", "DSL, Hollybank Primary (Jayden)"],
                ["HM", "Hazel Murray", "School nurse, Midlingham 0-19 team"],
                ["DB", "Doreen Bell", "Maternal grandmother"],
            ],
        }),
        ("p", "Apologies: Dr Alan Brook, GP, Rushton Road Surgery (report sent)."),
        ("h1", "2. Updates since the initial conference"),
        ("p", "SC: six weekly visits, two unannounced. Food in the house at every visit. On 06.02.26 WF had been "
              "drinking at 5pm; LF was in bed with a panic attack and Mia was cooking tea. WF's friend Lee "
              "Ancell, who has a conviction for assault, was at the house on 14.02.26."),
        ("p", "TA: WF has attended 4 of 5 fortnightly sessions. Breath tests on 29.01.26 and 12.02.26 were clear; "
              "on 05.02.26 he did not attend. He says he now drinks only at weekends."),
        ("p", "PW: LF has been assessed and is waiting for guided self-help, starting 04.03.26. She has not left "
              "the house alone since November."),
        ("p", "MO: Mia's attendance this half term is 88%. She has fallen asleep in lessons twice. RK: Jayden's "
              "attendance is 93%; he has arrived without breakfast on four days."),
        ("p", "HM and Dr Brook's report: Mia has had headaches and poor sleep; Jayden needs two fillings and has "
              "missed two dental appointments."),
        ("h1", "3. Mia and Jayden's views"),
        ("p", "Mia (seen on her own at school, 19.02.26): “I do the tea when Mum's having a bad day and Dad's out. "
              "I don't mind, but I'm always tired and I can't go to netball.” She would like her mum “to be able "
              "to come to things” and her dad “to stop going to the pub with Lee”."),
        ("p", "Jayden (seen at home, 20.02.26) drew his family with Mia holding his hand and said, “Mia looks after "
              "me.” He said his favourite days are “Nana's days, because there's pudding.”"),
        ("h1", "4. Outcomes (from the plan made at conference)"),
        ("bullets", [
            "Mia and Jayden are cared for by a dad who is sober whenever they are in his care.",
            "Mia and Jayden get to school every day, on time and having had breakfast.",
            "Mia no longer does the cooking and caring for the family, and has time for netball and friends.",
            "Leanne is less anxious and able to leave the house.",
        ]),
        ("h1", "5. Action log"),
        ("p", "Leads are given by their initials (see section 1). CLOSED rows are finished and kept for the record."),
        ("table", {
            "header": ["No.", "Action", "Lead", "Due", "Evidence"],
            "widths": [1.0, 6.2, 1.8, 3.6, 4.4],
            "rows": [
                ["1",
                 "Visit Mia and Jayden at home and see each of them on their own",
                 "SC",
                 "Weekly; next visit 26.02.26",
                 "Visit records show both children seen alone every week, with their words noted"],
                ["2",
                 "Key-work with WF and a breath test at every session; written report to each core group on "
                 "whether he is drinking less and what Mia and Jayden are noticing",
                 "TA",
                 "Fortnightly on Thursdays; report 2 working days before each core group",
                 "Breath test results and TA's report on file before 24.03.26"],
                ["3",
                 "No alcohol in the house, and no drinking on any day WF is looking after Mia and Jayden",
                 "WF",
                 "Every day from 13.01.26",
                 "Breath tests at key-work and at SC's visits all read zero"],
                ["4",
                 "Six weekly sessions of guided self-help for LF's anxiety and panic attacks",
                 "PW",
                 "Wednesdays from 04.03.26",
                 "Attendance recorded by the Primary Care Mental Health Team"],
                ["5",
                 "Morning and evening routine sessions with LF, so that Mia and Jayden get to school fed and on "
                 "time",
                 "GH",
                 "Tuesdays and Thursdays at 7.45am for 8 weeks from 03.03.26",
                 "LF feels more on top of the mornings"],
                ["6",
                 "Take Jayden to Parkside Dental for his two fillings",
                 "LF (GH to go with her)",
                 "By 20.03.26",
                 "Dentist's letter to SC confirming the treatment is done"],
                ["7",
                 "Check Mia's attendance every day and give her a weekly check-in with the pastoral team",
                 "MO",
                 "Every school day; check-in each Monday",
                 "Attendance emailed to SC each Friday; Mia at 95% or above by the Easter holidays"],
                ["8",
                 "Check Jayden's attendance and whether he arrives fed, and give him a breakfast club place",
                 "RK",
                 "Every school day",
                 "Attendance and breakfast club register emailed to SC each Friday"],
                ["9",
                 "See Mia about her sleep and headaches, and refer her on if needed",
                 "HM",
                 "By 06.03.26",
                 "Written summary to SC and the GP"],
                ["10",
                 "Refer Mia to Midlingham Young Carers",
                 "SC",
                 "By 06.03.26",
                 "-"],
                ["11",
                 "Have Mia and Jayden for tea after school",
                 "DB",
                 "Ongoing",
                 "DB texts SC after each tea"],
                ["12",
                 "Tell SC the same day if Lee Ancell is seen with either child or at the house",
                 "The network",
                 "Same day",
                 "Each sighting logged on both children's records"],
                ["13",
                 "CLOSED – share LF's and WF's health history with SC",
                 "Dr Alan Brook, GP",
                 "By 30.01.26",
                 "Letter received 27.01.26 – closed at this meeting"],
            ],
        }),
        ("h1", "6. Contingency"),
        ("p", "If there are further concerns about Mia and Jayden's care, SC will discuss them with her manager and "
              "the core group will look at the plan again."),
        ("h1", "7. Next meetings and escalation"),
        ("bullets", [
            "Core group 3: Tuesday 24.03.26, 4pm, Hollybank Family Hub; then every four weeks.",
            "Review child protection conference: Wednesday 08.04.26, 10am, Midlingham Civic Centre.",
            "Escalation: if WF's breath tests are not all clear by the review conference, SC will ask her team "
            "manager for a legal planning meeting.",
        ]),
        ("p", "Minutes circulated by SC on 26.02.26. Corrections to SC within five working days."),
    ],
    "findings": [
        F("F002", "Leanne is less anxious and able to leave the house."),
        F("H001", "Six weekly sessions of guided self-help for LF's anxiety"),
        F("M002", "Morning and evening routine sessions with LF, so that"),
        F("M001", "Refer Mia to Midlingham Young Carers"),
        F("T002", "Have Mia and Jayden for tea after school"),
        F("W002", "Tell SC the same day if Lee Ancell is seen"),
        F("C002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. First review conference plan, mother's codeine dependence and chronic
#    pain, teenager's self-harm. Landscape table whose Who cell is merged
#    down each agency's rows; "What Jess told us" box; review dates in a
#    closing paragraph. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b120_morlanby_rcpc_merged_who_column_jess_box_tennant.pdf",
    "doc_title": "Review Child Protection Plan - Jess and Harvey Tennant",
    "split": "heldout",
    "actions": 12,
    "landscape": True,
    "check_vmerge": 3,
    "template": "rcpc-word-plan-printed-to-pdf-landscape-page-header-footer-details-kv-what-has-changed-what-jess-told-us-one-cell-box-when-we-will-be-happy-then-who-merged-down-per-agency-what-they-will-do-when-how-well-see-it-table-if-things-dont-improve-prose-closing-paragraph-with-meeting-dates",
    "description": (
        "Exemplary first review conference plan for a 15-year-old who self-harms and her "
        "11-year-old brother; their mother has chronic pain and is dependent on codeine, some of "
        "it bought online. A landscape Word plan printed to PDF with header and footer: a 'What "
        "Jess told us' box, 'When we will be happy' outcomes, then a Who | What they will do | When "
        "| How we'll see it table whose Who cell is merged down each agency's rows; one "
        "timescale is 'Ongoing until review (daily)'. The substance use service reports on change "
        "and the GP owns actions, CAMHS reports to each core group, the father's part has a "
        "fallback, legal planning follows named triggers; the core group and second review dates "
        "sit in the closing paragraph."
    ),
    "header": "Morlanby Council · Children's Services · OFFICIAL – SENSITIVE",
    "footer": "Jess and Harvey Tennant · Review CP plan 10/03/2026 · Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("kv", [
            ("Children", "Jess Tennant (15), DOB 27/06/2010, Year 10 at Morlanby Academy; Harvey Tennant (11), "
                         "DOB 15/01/2015, Year 6 at Morlanby Park Primary"),
            ("Address", "14 Quarry Bank, Morlanby MY5 8DL"),
            ("Mother", "Donna Tennant (41)"),
            ("Father", "Gary Tennant (44), 3 Hawthorn Mews, Morlanby; has Harvey every other weekend and every "
                       "Wednesday"),
            ("Category", "Neglect (both children)"),
            ("Conferences", "Initial 09/12/2025; first review Tuesday 10/03/2026, Morlanby Civic Centre. Chair "
                            "(IRO): Sunita Bhatt"),
            ("Social worker", "Rebecca Hale (team manager: Marcus Boyle)"),
        ]),
        ("h1", "What has changed since December"),
        ("p", "Donna has fibromyalgia and by the autumn was taking far more codeine than prescribed, with extra "
              "bought online. She was often asleep in the afternoon and evening; Harvey was making his own tea "
              "and Jess, who had started to cut her arms, was looking after him. Since the initial conference "
              "Donna has had weekly key-work with the substance use service, her GP has moved her to weekly "
              "prescriptions, and seven of her eight screens have shown no non-prescribed opioids. Jess has seen "
              "CAMHS every week since 06/01/2026. Harvey's attendance is up from 84% to 94%."),
        ("table", {
            "header": None,
            "widths": [25.7],
            "rows": [
                ["What Jess told us\n"
                 "Jess (seen on her own at Morlanby Academy, 03/03/2026): “It's better than before Christmas. "
                 "Mum's up most mornings now. I still cut sometimes when I'm stressed about her, but Dr Marsh "
                 "helps.” She wants Harvey “not to have to make his own tea” and wants to stay living at home. "
                 "She scored home 6 out of 10 (it was 3 at the initial conference).\n"
                 "Harvey (seen at home, 26/02/2026) showed Rebecca his football cards and said, “Mum is awake "
                 "more. I like Wednesdays at Dad's best because we get chips.”"],
            ],
        }),
        ("h1", "When we will be happy"),
        ("bullets", [
            "Jess and Harvey live with a mum who is awake, clear-headed and able to look after them every day.",
            "Harvey gets to school on time every day, having had breakfast, and does not have to make his own "
            "meals.",
            "Jess is safe from serious self-harm, keeps getting help from CAMHS, and tells an adult when she "
            "feels like hurting herself.",
            "Both children know who to go to if their mum is unwell, and get help the same day.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Who", "What they will do", "When", "How we'll see it"],
            "widths": [4.6, 9.0, 5.0, 7.1],
            "rows": [
                ["Rebecca Hale\nSocial worker, Morlanby Children's Services",
                 "Visit Jess and Harvey at home, one visit in three unannounced, and see each of them on their "
                 "own",
                 "Every Thursday until the next review",
                 "Visit notes show both children seen alone each week, with their words written down"],
                [V,
                 "Four sessions of direct work with Harvey about what happens when Mum is unwell and who he can "
                 "tell",
                 "By the Easter holidays (02/04/2026)",
                 "Harvey's work booklet on file; he can name two adults he would tell"],
                [V,
                 "Finish the updated parenting assessment of Donna, looking at her care of Harvey when her pain "
                 "is bad",
                 "Report by 24/04/2026",
                 "Written report shared with Donna and the core group on 05/05/2026"],
                ["Dr Leon Marsh\nClinical psychologist, Morlanby CAMHS",
                 "Weekly therapy sessions with Jess, keeping her safety plan up to date with her",
                 "Every Tuesday at 4pm; safety plan gone through every four weeks",
                 "Written update to each core group, with the number of self-harm episodes in Jess's log since "
                 "the last one"],
                ["Asha Ruiz\nKey worker, Morlanby Substance Use Service (prescription medicines team)",
                 "Key-work with Donna on cutting down codeine safely, with a urine screen each session, and a "
                 "written view on whether she is making the changes Jess and Harvey need and how long further "
                 "change is likely to take",
                 "Every Monday; report two working days before each core group",
                 "Screen results and Asha's report on Rebecca's file before each core group; no non-prescribed "
                 "opioid on any screen"],
                ["Dr Priya Nandra\nGP, Quarry Lane Surgery",
                 "Prescribe Donna's codeine weekly instead of monthly, and tell Rebecca the same day about any "
                 "early request or lost prescription",
                 "Weekly from 13/03/2026",
                 "Prescribing record sent to Rebecca before each core group; early requests logged"],
                [V,
                 "Refer Donna to the Morlanby pain management programme and share the clinic's plan with Asha "
                 "and Rebecca",
                 "Referral by 20/03/2026",
                 "Referral letter, and the clinic's first appointment letter, on file"],
                ["Donna Tennant (Mum)",
                 "Take only the codeine prescribed to her, buy none online, and keep all medicines in the "
                 "locked box",
                 "Ongoing until review (daily)",
                 "Screens show no non-prescribed opioid; Rebecca checks the locked box at every home visit"],
                [V,
                 "Be up and dressed to see Harvey off to school, and ring the school by 9am if he is off",
                 "Each school day",
                 "School register shows Harvey in by 8.50am; any absence call logged by the school office"],
                ["Mrs Gill Pendry\nDSL, Morlanby Park Primary (Harvey)",
                 "Check Harvey's attendance, lateness and whether he has had breakfast, with a weekly check-in "
                 "with his teaching assistant",
                 "Every school day; check-in each Friday",
                 "Attendance printout to Rebecca each Friday; Harvey at 95% or more by the end of spring term"],
                ["Mr Ade Bello\nPastoral lead, Morlanby Academy (Jess)",
                 "Meet Jess in school, give her a pass for the pastoral room, and tell CAMHS and Rebecca the "
                 "same day about any self-harm seen in school",
                 "Every Wednesday; same day for any self-harm",
                 "Check-ins and same-day calls logged on CPOMS, with a summary to Rebecca each half term"],
                ["Gary Tennant (Dad)",
                 "Have Harvey every other weekend and for tea every Wednesday, and have both children to stay "
                 "whenever Donna is unwell",
                 "Alternate weekends (Friday 6pm to Sunday 6pm) and every Wednesday",
                 "Contact diary signed by Gary, seen by Rebecca at the first visit of each month"],
            ],
        }),
        ("h1", "If things don't improve"),
        ("p", "If Donna is found drowsy or confused while caring for Harvey, buys codeine online, or a screen shows "
              "a non-prescribed opioid, Jess and Harvey will go to Gary's that evening and stay until Rebecca has "
              "visited and agreed with Asha that it is safe for them to go home. Rebecca will hold a strategy "
              "discussion within two working days if either child was left without a safe adult."),
        ("p", "If Gary cannot have the children (he is working away or is unwell), Rebecca or the out-of-hours team "
              "will arrange for them to stay together with Morlanby foster carers until a safe plan is in place."),
        ("p", "If Jess self-harms in a way that needs medical treatment, or tells anyone she means to end her life, "
              "the adult with her will take her to the emergency department at Morlanby General or ring 999, and "
              "the CAMHS crisis team will see her within 24 hours."),
        ("p", "If Donna is still using codeine that is not prescribed to her at the second review conference, or "
              "Asha's report says she is not making the changes the children need, Rebecca will ask for a legal "
              "planning meeting within five working days to decide whether to start the Public Law Outline."),
        ("p", "We will check the plan at core group meetings every four weeks – Tuesday 07/04/2026, 05/05/2026 and "
              "02/06/2026, at 4pm at Morlanby Park Family Hub – and the second review child protection conference "
              "will be on Tuesday 16/06/2026 at 10am at Morlanby Civic Centre. Rebecca will send the updated plan "
              "to everyone within five working days of each core group."),
    ],
    "findings": [],
})
