"""Batch 31, module 1: seven fictional plans (tuning material), places beginning with "c".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: layouts that differ the way real local authority documents do: a child
in need plan in a council Need / Action / Lead / Start / Review date / RAG
grid with outcome rows merged across it, a Signs of Safety plan with numbered
next steps (who / when in brackets), a pre-birth plan with "a day in the life
of the baby" and before birth / on the ward / first weeks at home stages, a
looked-after child's care plan section during a hospital stay, a signed
written agreement with clauses per person, a social worker's email after a
core group, and an early help (TAF) plan stepped up to child in need with a
"what has been tried" table. Three are exemplary.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Child in need plan in a council grid: Need / Action / Lead / Start /
#    Review date / RAG, outcome rows merged across the table, need cells
#    merged down (docx, landscape)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b31_callowmere_cin_need_action_lead_rag_grid_hollis.docx",
    "doc_title": "Child in Need Plan - Keira and Mason Hollis",
    "split": "tune",
    "template": "cin-plan-council-grid-docx-need-action-lead-start-review-date-rag-outcome-rows-merged-across-need-merged-down",
    "landscape": True,
    "check_vmerge": 4,
    "description": (
        "Child in need plan for a 9-year-old young carer and her 5-year-old brother (mother's back pain, "
        "painkiller overuse and low mood; lateness, no beds, little food) in a council grid with no "
        "measure column: outcome rows merged across, need cells merged down. Some actions carry their "
        "measure in the action text, others do not (breakfast club, GP). The ELSA row is 'ASAP' / "
        "'Ongoing', the clean-up is owned by 'Family', the grant application has no lead, the drop-in "
        "has no dates; one outcome is Mum's; no adult service owns an action; the contingency only "
        "discusses and considers; the next review is TBC and there is no legal step."
    ),
    "blocks": [
        ("title", "Child in Need Plan"),
        ("p", "Callowmere Borough Council – Children and Families Service – Assessment and Intervention Team 3"),
        ("kv", [
            ("Children", "Keira Hollis, DOB 12.03.2016 (9), Year 4, Callowmere St Mary's CE Primary; "
                         "Mason Hollis, DOB 30.08.2019 (5), Reception, same school"),
            ("Lives with", "Stacey Hollis (mum), 27 Thistle Court, Callowmere"),
            ("Father", "Jordan Reece – no contact since 2022, whereabouts not known"),
            ("Social worker", "Rhian Tate"),
            ("Plan agreed", "CIN meeting at school, 3rd July 2025"),
            ("Present", "Stacey Hollis; Rhian Tate (SW); Mrs A. Okoro (DSL); Mrs Dunn (ELSA); "
                        "Jess Mba (Callowmere Young Carers). Apologies: Sian Lacey, school nurse"),
        ]),
        ("h2", "Why there is a plan"),
        ("p", "The school referred in May because Keira and Mason were late most mornings, Mason was often "
              "hungry, and Keira told her teacher she \"does everything\" at home. The C&F assessment (completed "
              "20/06/2025) found that Stacey hurt her back at work in 2023 and has been on codeine and then "
              "tramadol since. She told the SW she sometimes takes more than the prescribed dose \"just to get "
              "through the day\" and that her mood has been low since Christmas. On both home visits there was "
              "very little food in, the kitchen was piled with washing and rubbish bags, and the children share "
              "one mattress on the floor of the back bedroom. Attendance this year: Keira 81%, Mason 76%."),
        ("p", "Stacey loves the children and was open with the SW about her pain and her tablets. She agreed to "
              "the plan and said she wants help \"before it gets worse\"."),
        ("h2", "What Keira and Mason say"),
        ("p", "Keira (seen at school, 18/06/25): \"I do Mason's breakfast because Mum's back hurts in the "
              "mornings. I don't mind but sometimes we're late and then Mrs Okoro asks why.\" She would like "
              "\"a proper bed like Lacey's\" and to go back to gymnastics. She rated home 6 out of 10 and said it "
              "would be a 10 \"if Mum wasn't sore all the time\"."),
        ("p", "Mason (seen at home 24/06/25) showed Rhian his dinosaurs and said \"Keira does my cereal\" and "
              "\"Mummy sleeps in the day\". He was in yesterday's uniform and ate two biscuits straight away."),
        ("h2", "The plan"),
        ("table", {
            "header": ["Need", "Action", "Lead", "Start", "Review date", "RAG"],
            "widths": [4.0, 9.2, 4.2, 2.6, 2.8, 2.0],
            "rows": [
                ["Outcome 1: Keira and Mason get to school every day, on time, having had breakfast",
                 H, H, H, H, H],
                ["School attendance and lateness (Keira 81%, Mason 76%)",
                 "Stacey to get both children to school by 8.50am every day; school to ring Stacey by 9.30am on "
                 "any day either child is not in, and send attendance figures to the SW every Friday (target "
                 "95% for both by October half term)",
                 "Stacey Hollis; Mrs Okoro (DSL) for calls and figures", "07/07/2025", "15/09/2025", "Amber"],
                [V,
                 "Breakfast club place for Keira and Mason, free of charge, from the first day of the autumn term",
                 "Mrs A. Okoro, DSL", "03/09/2025", "13/10/2025", "Green"],
                ["Outcome 2: Keira does not have to look after Mason or her mum, and has time to be 9",
                 H, H, H, H, H],
                ["Young carer – Keira gets Mason up, dressed and fed most days",
                 "Young carers assessment for Keira and a place at the young carers group; the assessment, with "
                 "Keira's own views in it, sent to the SW and to Stacey",
                 "Jess Mba, Callowmere Young Carers", "14/07/2025", "25/08/2025", "Green"],
                [V,
                 "Regular time for Keira with the ELSA to talk about home and her worries; each session written "
                 "in the ELSA log and anything worrying passed to the DSL and SW the same day",
                 "Mrs Dunn (ELSA)", "ASAP", "Ongoing", "Amber"],
                ["Outcome 3: Keira and Mason live in a clean, warm home with their own beds and food in the "
                 "cupboards", H, H, H, H, H],
                ["Home conditions – kitchen piled up, no beds",
                 "Clear and clean the kitchen and the children's bedroom so that two beds will fit; rooms seen "
                 "and photographed on the next home visit",
                 "Family", "07/07/2025", "04/08/2025", "Red"],
                [V,
                 "Application to the Callowmere Household Support Fund for two single beds, mattresses and "
                 "bedding; copy of the award letter put on file",
                 "", "07/07/2025", "04/08/2025", "Amber"],
                [V,
                 "Home visits every 3 weeks, at least one unannounced each month; see Keira and Mason on their "
                 "own, look in the kitchen, fridge and bedrooms; visit record shows both children seen alone "
                 "and what they said",
                 "SW Rhian Tate", "07/07/2025", "15/09/2025", "Green"],
                ["Outcome 4: Stacey will manage her pain better and feel less overwhelmed", H, H, H, H, H],
                ["Mum's health – back pain, tablets, low mood",
                 "Stacey to see her GP about her pain relief and how much tramadol she is taking, and ask about "
                 "the pain clinic",
                 "Stacey Hollis", "By 18/07/2025", "15/09/2025", "Amber"],
                [V,
                 "Stacey to go to the carers' wellbeing drop-in at Callowmere Library and get her card stamped "
                 "each time she goes",
                 "Stacey Hollis", "-", "", "Amber"],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If things do not improve for Keira and Mason, Rhian will discuss the case with her team manager "
              "and consider whether a strategy discussion or a child protection conference is needed."),
        ("h2", "Review"),
        ("p", "The plan will be reviewed at the next CIN meeting – date TBC, Rhian to arrange with school."),
        ("p", "Signed: Stacey Hollis (parent) 03/07/25 · Rhian Tate (SW) 03/07/25"),
    ],
    "findings": [
        F("M001", "Breakfast club place for Keira and Mason, free of charge"),
        F("T002", "time for Keira with the ELSA to talk about home"),
        F("W002", "Clear and clean the kitchen and the children's bedroom"),
        F("W001", "Application to the Callowmere Household Support Fund for two single beds"),
        F("M001", "Stacey to see her GP about her pain relief"),
        F("T001", "wellbeing drop-in at Callowmere Library and get her card stamped"),
        F("F002", "Stacey will manage her pain better and feel less overwhelmed"),
        F("F004"),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Signs of Safety plan: danger statement, safety goal, scaling, numbered
#    next steps with (who; when) in brackets. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b31_corrisford_sos_danger_goal_next_steps_amadi.md",
    "split": "tune",
    "template": "signs-of-safety-icpc-plan-md-danger-statement-safety-goal-scaling-three-houses-then-numbered-next-steps-who-when-in-brackets-well-know-clause",
    "description": (
        "Exemplary Signs of Safety child protection plan for a 7-year-old and a 3-year-old (father hit the "
        "older child with a belt after drinking). Danger statement, safety goal, scaling, the children's "
        "three houses, then numbered next steps with who and when in brackets and a 'we'll know because' "
        "clause. The alcohol service assesses, tests and reports; the aunt and uncle's parts have a "
        "fallback; core group and review dates; legal planning meeting if the children are hurt again."
    ),
    "text": """\
# Corrisford Council – Children's Services
## Child Protection Plan (Signs of Safety): Tobi and Ruth Amadi

Initial child protection conference: 19/06/2025 · Category: physical abuse
SW: Lauren Pike, Corrisford Safeguarding Team 2 · Conference chair: Martin Greaves (IRO)
Parents: Grace Amadi and Chidi Amadi, 41 Orchard Rise, Corrisford

**Who's who**

- Tobi Amadi, 7, Year 2 at Corrisford Fields Primary
- Ruth Amadi, 3, Little Acorns Nursery (mornings)
- Safety network: Ngozi Eze (Auntie Ngozi, Grace's sister, lives 5 mins away on Bell Street) and Emeka Amadi (Uncle Emeka, Chidi's brother, Riverside Court)

---

### Danger statement

Everyone at the conference is worried that when Chidi has been drinking, mostly on Saturday
nights after football, he gets angry and loses control, and that he may hit Tobi with a belt
again as he did on 31 May 2025, when Tobi's teacher saw bruises on the backs of his legs and
his lower back. We are also worried that Ruth sees and hears this, could be hurt if she is in
the way, and that Tobi is learning to keep secrets about what happens at home.

### Safety goal (what we want for Tobi and Ruth)

- Tobi and Ruth are never hit or hurt by a grown-up, and there is always a sober adult looking after them, day and night.
- Tobi can tell his teacher, his SW and the people on his safety hand how home is, and says he feels safe there.
- Ruth keeps going to nursery happily and does not see or hear shouting or fighting at home.
- Tobi and Ruth are kept safe by a safety plan that Mum, Dad, Auntie Ngozi and Uncle Emeka all know and keep to for at least six months, so the plan can end.

### What's working well

Chidi told the conference what he did, said sorry to Tobi, and has not drunk at all since 1 June
(he says). Grace rang the school herself the day after the bruises were seen. Both children are
well cared for, at school and nursery every day, and close to their aunt and uncle. Ngozi and
Emeka came to the network meeting on 17/06/2025 and both said "we are in".

### Scaling

0 = the children can't live at home, 10 = everyone is confident Tobi and Ruth are safe enough for the plan to close.

| Who | Score | Why |
|---|---|---|
| Grace | 6 | "He hasn't touched a drink and he goes to Emeka's when he's wound up." |
| Chidi | 7 | "I know I can't drink, full stop." |
| Ngozi | 5 | "It's early days." |
| Lauren (SW) | 3 | Only three weeks without drink, and no one outside the family has seen how Chidi manages when he is angry. |
| Mrs Ellis (DSL) | 4 | Tobi is more settled but still flinches when a male teacher raises his voice. |

### What Tobi and Ruth say

Tobi did his three houses with Lauren at school on 12/06/2025.
*House of worries*: "Daddy's belt. When Daddy drinks the green bottles he goes loud." *House of good
things*: "Uncle Emeka's PlayStation, Mummy's jollof, Ruth when she's funny." *House of dreams*:
"Daddy doesn't do the belt ever again and takes me to football." On his own scale of 'scary' to
'happy' he put home at 7 now, "it's mostly happy".

Ruth is too young to say much. At nursery she plays house and puts the dolls "to bed, shhh",
and her key person says she has started covering her ears at loud noises. On the home visit on
16/06/2025 she climbed onto Grace's lap when Chidi came in, then went to show him her drawing.

### Next steps

1. Chidi will not drink any alcohol at home or while he is looking after Tobi and Ruth, and if he feels himself getting angry he will leave and go to Emeka's (Chidi; every day from 19/06/2025) – we'll know because the safety diary records each night who was at home and Lauren asks Tobi about home at every visit.
2. Grace will keep the safety diary on the kitchen shelf and write in it who looked after the children and whether Chidi drank (Grace; every night from 19/06/2025) – we'll know because Lauren reads and signs the diary at every visit.
3. Alcohol assessment, then key-work and a breath test at every session, with a written report to each core group on whether Chidi's drinking is changing and what that means for Tobi and Ruth (Kofi Mensah, recovery worker, Corrisford Drug and Alcohol Service; assessment by 11/07/2025, then weekly) – we'll know from the breath test readings and Kofi's report read at every core group.
4. Caring Dads programme (Chidi; every Wednesday evening from 09/07/2025 for 17 weeks) – we'll know from the attendance sheet sent to Lauren each month and the end-of-course report shared with the core group.
5. Home visits, at least one a month unannounced, seeing Tobi on his own and Ruth awake (Lauren Pike, SW; every 2 weeks) – we'll know because the visit records show Tobi seen alone with his words written down.
6. Words and pictures story for Tobi about what happened and why there is a plan, and help him make his safety hand of five grown-ups he can tell (Lauren with Grace and Chidi; by 25/07/2025) – we'll know because Tobi can name the five people on his hand when Lauren and Mrs Ellis ask him.
7. Ngozi will ring Grace at 8pm on Friday and Saturday nights and, if Chidi has been drinking, come and take Tobi and Ruth to her flat for the night (Ngozi; every Friday and Saturday) – we'll know because each call is written in the safety diary and Lauren checks it at every visit.
8. Emeka will go to Saturday football with Chidi and bring him home afterwards, or keep him at Riverside Court overnight if he has had a drink (Emeka; every Saturday) – we'll know because Emeka texts Grace when they leave the club and the diary shows where Chidi slept.
9. Check in with Tobi on Monday mornings, look out for marks and ask how the weekend was, telling Lauren the same day about anything worrying (Mrs Helen Ellis, DSL, Corrisford Fields Primary; every Monday in term) – we'll know from the DSL log and an email to Lauren every Monday.
10. Write down how Ruth is at drop-off and collection and anything she says or shows in her play (Becky Shaw, key person, Little Acorns Nursery; every session) – we'll know from the nursery record emailed to Lauren every Friday.

### If the safety plan isn't working

If Chidi drinks at home or while he is looking after the children, or anyone sees a mark on Tobi
or Ruth, or either child says they have been hit: Grace will ask Chidi to leave and go to Emeka's,
and ring 999 if he won't. Lauren (or the emergency duty team out of hours) will hold a strategy
discussion the same day, and Tobi and Ruth will stay with Ngozi that night.

If Ngozi or Emeka cannot do their part on a weekend (away, ill or not answering their phone),
Chidi has agreed not to be in the family home from 6pm Friday to 10am Sunday, and Grace will
tell Lauren by 4pm on the Friday so the duty SW can make an unannounced visit on the Saturday
evening. If there is no safe adult for Tobi and Ruth at any time, they will be looked after by
approved foster carers that night.

If Tobi is hurt again, or Chidi drinks at home twice before the core group on 31/07/2025,
Lauren will ask her team manager for a legal planning meeting within 5 working days.

### Meetings

- Core group every 4 weeks at Corrisford Fields Primary, 3.45pm: 03/07/2025, 31/07/2025 and 28/08/2025.
- Review child protection conference: 18/09/2025, 10am, Corrisford Civic Centre.

*Plan typed by Lauren Pike (SW) 20/06/2025; copies to Grace, Chidi, Ngozi, Emeka and everyone at conference.*
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Pre-birth plan with "a day in the life of the baby" and a stage-banded
#    table (before the birth / on the ward / first weeks at home).
#    Exemplary (pdf, header and page footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b31_clovenhythe_prebirth_day_in_life_stage_bands_kearsley.pdf",
    "doc_title": "Pre-birth Child Protection Plan - Baby Kearsley",
    "split": "tune",
    "template": "prebirth-icpc-plan-paged-babys-world-and-day-in-the-life-of-the-baby-then-stage-banner-table-before-birth-on-the-ward-first-weeks-at-home",
    "description": (
        "Exemplary pre-birth plan (mother with bipolar disorder at high risk of postpartum psychosis, "
        "father's cannabis use, grandmother moving in for the first fortnight). What is known of the "
        "baby so far and 'a day in the life of the baby', child-focused outcomes, then one table with "
        "stage banners: before the birth, on the ward, first weeks at home. The perinatal psychiatrist "
        "and CPN assess and report on change, the drug service tests and reports, the GP owns an "
        "action, the SW visits the ward daily; the grandmother's part has a fallback; dates and a "
        "legal planning step are set."
    ),
    "header": "OFFICIAL-SENSITIVE | Clovenhythe City Council Children's Services | Pre-birth CP plan",
    "footer": "Baby Kearsley (unborn) – pre-birth plan – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("kv", [
            ("Unborn baby", "Baby Kearsley, due 18 August 2025, to be born at Clovenhythe General Hospital "
                            "(Kingfisher maternity ward)"),
            ("Mother", "Amber Kearsley (20), Flat 2, 6 Wren Court, Clovenhythe"),
            ("Father", "Ryan Pollitt (23), lives with Amber"),
            ("Conference", "Pre-birth initial child protection conference, 26/06/2025 – category: neglect"),
            ("Social worker", "Femi Adeyemi, Pre-birth and Infant Team"),
            ("Health", "Laura Quinn (safeguarding midwife); Sarah Pell (HV); Dr Rachel Moss (GP, Heron Lane "
                       "Surgery); Dr Nina Hale and Mark Oyelaran (Perinatal Mental Health Team)"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Amber was diagnosed with bipolar affective disorder at 17 and spent three weeks on an adult ward "
              "in 2023 after a manic episode. She stopped lithium when she found out she was pregnant in "
              "January and is now on quetiapine, prescribed by the perinatal team. Dr Hale's view is that "
              "Amber's risk of becoming very unwell in the first four weeks after the birth is high, "
              "especially if she goes without sleep. Ryan smokes cannabis most evenings; he says he has cut "
              "down to weekends and does not smoke in the flat. Amber is a care leaver and has little family "
              "support apart from her mum, Sue."),
        ("h1", "What is going well"),
        ("p", "Amber has been to 7 of 7 antenatal appointments and to every perinatal appointment, and she "
              "has taken her quetiapine every night according to her blister packs. She and Ryan have bought "
              "a Moses basket and a cot. Sue has booked two weeks off work from the due date and wants to "
              "help. Ryan went to his first CDAS appointment on his own the day after conference."),
        ("h1", "The baby's world: what we know so far"),
        ("p", "The 20-week scan was normal and the growth scan on 19/06/2025 shows the baby growing along the "
              "50th centile. Amber says the baby \"goes mad\" kicking when Ryan plays his guitar and goes quiet "
              "when she has a bath. Laura Quinn has seen Amber talk to her bump and stroke it at every "
              "appointment, and says Ryan asked most of the questions at the antenatal class."),
        ("h1", "A day in the life of the baby"),
        ("p", "Written with Amber, Ryan and Sue at the planning meeting on 24/06/2025, this is the day we want "
              "the baby to have in the first weeks at home. The baby wakes in the Moses basket beside Amber's "
              "bed and is fed by whoever is on the night rota, so that Amber has had at least 6 hours' sleep. "
              "In the morning the baby is changed, fed and cuddled, and goes out in the pram with Amber or "
              "Sue. Every time the baby cries someone comes. There is no smoke of any kind in the flat or on "
              "anyone who holds the baby. At 8pm Amber takes her medication and Ryan or Sue does the first "
              "night feed. The baby sleeps on their back in the Moses basket, never on the sofa or in the "
              "big bed."),
        ("h1", "What we want for the baby"),
        ("bullets", [
            "The baby is fed, changed and comforted on time, day and night, by an adult who is awake, sober "
            "and well.",
            "The baby sleeps safely on their back in the Moses basket or cot, every sleep.",
            "The baby grows well along their birth centile and has every health check and immunisation.",
            "The baby is cared for by a mum whose early signs of becoming unwell are noticed and acted on the "
            "same day, so that the baby is never left with her while she is unwell.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will know"],
            "widths": [6.0, 3.6, 3.2, 4.2],
            "rows": [
                ["BEFORE THE BIRTH", H, H, H],
                ["Write a relapse-prevention and medication plan for late pregnancy, the birth and the first 6 "
                 "weeks, with Dr Hale's view on how likely Amber is to stay well and what would show she is "
                 "becoming unwell",
                 "Dr Nina Hale, consultant perinatal psychiatrist", "By 25/07/2025",
                 "Written plan shared with the midwife, SW, GP and HV and filed in Amber's maternity notes"],
                ["Home visits to Amber to check her mood, sleep and medication, reporting to each core group "
                 "on whether she is making and keeping the changes the baby will need",
                 "CPN Mark Oyelaran, Perinatal Mental Health Team", "Every 2 weeks",
                 "Written update at every core group with her mood scores and any early warning signs seen"],
                ["Pre-birth parenting assessment of Amber and Ryan, including how they will share night care "
                 "and keep to Amber's sleep plan",
                 "SW Femi Adeyemi", "Report by 01/08/2025",
                 "Assessment report shared with Amber, Ryan and the core group before the core group on "
                 "07/08/2025"],
                ["Cannabis assessment and urine tests for Ryan, with a report on whether he has stopped and "
                 "can stay off cannabis once the baby is here",
                 "Jo Whitcombe, Clovenhythe Drug and Alcohol Service (CDAS)",
                 "Assessment by 11/07/2025; tests fortnightly",
                 "Test results and a written report sent to the SW before each core group"],
                ["Agree the night-time rota with Amber, Ryan and Sue and write it into the birth plan and the "
                 "maternity alert",
                 "Safeguarding midwife Laura Quinn", "By 36 weeks (21/07/2025)",
                 "Rota in the birth plan, seen by the SW and the ward"],
                ["Safe sleep session and set up the Moses basket and cot in the bedroom",
                 "HV Sarah Pell with Amber and Ryan", "Antenatal visit by 31/07/2025",
                 "Safe sleep checklist signed; Moses basket and cot seen set up at the HV visit"],
                ["ON THE WARD", H, H, H],
                ["Amber and the baby to stay on the ward after the birth so that her mood, her sleep and the "
                 "baby's feeds can be watched",
                 "Midwife Laura Quinn (lead), with Kingfisher ward staff", "At least 72 hours after the birth",
                 "Mood, sleep and feeds recorded every shift; summary sent to the SW before discharge"],
                ["Visit Amber and the baby on the ward",
                 "SW Femi Adeyemi", "Every weekday until discharge",
                 "Visit notes record how Amber and Ryan hold, feed and settle the baby"],
                ["See Amber on the ward and give a written view on whether she is well enough to go home and "
                 "care for the baby",
                 "CPN Mark Oyelaran", "Within 24 hours of the birth, and again before discharge",
                 "Written view in the maternity notes and sent to the SW the same day"],
                ["Hold the discharge planning meeting on the ward and agree the first-weeks plan",
                 "SW Femi Adeyemi (chair)", "Before discharge",
                 "Signed discharge plan, with copies to everyone in the core group"],
                ["FIRST WEEKS AT HOME", H, H, H],
                ["Sue to stay at the flat and do the night feeds on alternate nights so that Amber gets at least "
                 "6 hours' sleep",
                 "Sue Kearsley (MGM)", "Every night for the first 2 weeks after discharge",
                 "Night feed chart filled in by Sue and Ryan, checked by the HV and SW at each visit"],
                ["Ryan to do the other night feeds and not smoke cannabis at all while he is caring for the baby",
                 "Ryan Pollitt", "Every night from discharge",
                 "CDAS tests clear every fortnight; night feed chart up to date"],
                ["Amber to take her quetiapine at 8pm so that she stays well enough to look after the baby",
                 "Amber Kearsley", "Every night",
                 "Blister packs checked by the CPN at each visit"],
                ["Weigh the baby and check feeding, sleep position and Amber's mood (EPDS)",
                 "HV Sarah Pell", "Weekly for the first 6 weeks",
                 "Weight in the red book on or near the birth centile; EPDS score shared with the CPN and SW"],
                ["Home visits, at least one unannounced every 2 weeks, seeing where the baby sleeps and how "
                 "feeds are going",
                 "SW Femi Adeyemi", "Weekly for the first 6 weeks",
                 "Visit records note where the baby slept, the feed chart and how Amber is"],
                ["6-week check for the baby and postnatal check for Amber, with a medication review agreed with "
                 "the perinatal team",
                 "Dr Rachel Moss, GP, Heron Lane Surgery", "At 6 weeks after the birth",
                 "Findings sent to the HV and SW within a week"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Amber stops her quetiapine, sleeps less than 4 hours on two nights running, or shows any of the "
              "early warning signs in Dr Hale's plan (racing thoughts, not eating, talking about the baby in "
              "a strange way), whoever notices will ring the perinatal crisis line and Femi (or the emergency "
              "duty team) the same day. The perinatal team will assess Amber that day and, if Dr Hale advises, "
              "Amber and the baby will be admitted together to the Ashgrove Mother and Baby Unit. The baby "
              "will not be left alone with Amber until the perinatal team say she is well."),
        ("p", "If Ryan smokes cannabis in the flat or has a positive test, he will stay at his brother's and "
              "only care for the baby with Sue or Amber there, and Femi will hold a strategy discussion the "
              "same day. If Sue cannot stay for the first two weeks, or has to leave early, discharge will wait "
              "until Femi and Laura have agreed a new night-time plan; if there is no safe plan the baby will "
              "go to approved foster carers on discharge under section 20, with Amber and Ryan's agreement."),
        ("p", "A legal planning meeting on 20/06/2025 decided that pre-proceedings are not needed at present. "
              "If Amber stops her medication, or Ryan has two positive tests before the birth, Femi will "
              "request a further legal planning meeting within 5 working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every 4 weeks before the birth: 10/07/2025 and 07/08/2025, 2pm, Clovenhythe Family Hub.",
            "Discharge planning core group on Kingfisher ward before Amber and the baby go home, then every 4 "
            "weeks.",
            "Review child protection conference: 25/09/2025, 2pm, Clovenhythe Civic Offices.",
        ]),
        ("p", "Femi Adeyemi, SW – plan typed 27/06/2025 and sent to Amber, Ryan, Sue and all agencies."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Looked-after child's care plan, part 2, numbered sections with small
#    tables; the baby is on the children's ward and no visits are set (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b31_colverdine_lac_care_plan_part_two_ward_stay_brodie.docx",
    "doc_title": "Care Plan Part 2 - Ellis Brodie",
    "split": "tune",
    "template": "lac-care-plan-part-two-docx-numbered-sections-health-family-time-parent-recovery-each-with-action-responsible-timescale-evidence-table",
    "description": (
        "Care plan (part 2) for a 14-month-old accommodated under section 20 and also on a child protection "
        "plan, written while he is on the children's ward with bronchiolitis and poor weight gain; mother "
        "uses heroin and crack cocaine. Numbered sections with small Action / Responsible / Timescale / "
        "Evidence tables. Nobody is set to visit Ellis on the ward at a stated frequency (the foster "
        "carers visit 'when they can', the SW liaises 'ongoing'); the catch-up immunisations have no "
        "evidence; the mother is to 'engage'; the parenting assessor is TBC; the recovery service owns "
        "nothing. Outcomes, his lived experience, contingency, meetings and the legal step are clear."
    ),
    "blocks": [
        ("title", "Care Plan for a Child Looked After – Part 2"),
        ("p", "Colverdine County Council · Children in Care Service · Team 4"),
        ("kv", [
            ("Child", "Ellis Brodie, DOB 19/04/2024 (14 months)"),
            ("Legal status", "Accommodated under section 20 since 02/05/2025, with his mother's agreement; "
                             "child protection plan (neglect) since 11/03/2025; PLO pre-proceedings from "
                             "04/06/2025"),
            ("Placement", "Pat and Graham Lowe, Colverdine approved foster carers, Cadley Green"),
            ("Currently", "Robin Ward (children's ward), Colverdine General Hospital, since 24/06/2025"),
            ("Mother", "Kayleigh Brodie (24). Father not named on the birth certificate"),
            ("Social worker", "Nadia Hussain"),
            ("IRO", "Colin Marsh"),
            ("Section updated", "27 June 2025"),
        ]),
        ("h1", "1. Summary"),
        ("p", "Ellis came into care on 2 May 2025 after police found him alone in Kayleigh's flat in the early "
              "hours; Kayleigh had gone out to buy drugs. She uses heroin and crack cocaine and has been on a "
              "methadone script from the Colverdine Recovery Service since April, with three positive tests "
              "for cocaine since then. Ellis's weight had dropped from the 25th to the 9th centile and he had "
              "missed his 12- and 13-month immunisations."),
        ("p", "On 24 June Ellis was admitted to Robin Ward with bronchiolitis and poor feeding. He is on "
              "oxygen overnight and an NG tube for feeds, and the ward expect him to stay for at least a "
              "week. On medical advice family time is stopped while he is on the ward, and Kayleigh is having "
              "phone updates instead."),
        ("h1", "2. Ellis's day and how he lets us know how he feels"),
        ("p", "At Pat and Graham's Ellis has a routine: up at 7, breakfast in his high chair, a nap after lunch "
              "and a bath at 6.30, which he loves – he splashes and laughs and says \"duck\". He waves "
              "\"bye-bye\" and is starting to pull himself along the sofa. Pat says he looks for his blue "
              "rabbit when he is tired and settles quickly if he has it."),
        ("p", "On the ward Ellis cries when the nurses do his observations and when the NG tube is checked, and "
              "calms when Pat holds him and sings. The ward nurse wrote on 26/06/2025 that he was \"unsettled "
              "most of the afternoon\" when nobody familiar was with him."),
        ("h1", "3. What we want for Ellis"),
        ("bullets", [
            "Ellis gets better, comes out of hospital and goes home to Pat and Graham with a feeding plan that "
            "works.",
            "Ellis gains weight and is back on the 25th centile by Christmas, with all his immunisations done.",
            "Ellis has a familiar adult with him as much as possible while he is in hospital.",
            "Ellis has a permanent home by his second birthday, with Kayleigh if she can stay off drugs and "
            "care for him safely, and if not with another family.",
        ]),
        ("h1", "4. Health – current hospital admission"),
        ("table", {
            "header": ["Action", "Responsible", "Timescale", "Evidence"],
            "widths": [6.2, 3.8, 2.8, 4.2],
            "rows": [
                ["Liaise with Robin Ward about Ellis's treatment and discharge plan, and update Kayleigh and "
                 "the IRO",
                 "Nadia Hussain, SW", "Ongoing",
                 "Discharge plan on file; update emails to Kayleigh and the IRO"],
                ["Pat and Graham to visit Ellis on the ward and stay with him at feed times so he sees a "
                 "familiar face",
                 "Pat and Graham Lowe (foster carers)", "When they can",
                 "Ward nursing notes record who is with Ellis"],
                ["Dietitian review of Ellis's feeding and a written feeding plan for the foster carers",
                 "Colverdine General paediatric dietetics", "Before discharge",
                 "Feeding plan given to Pat and Graham and copied to the LAC nurse and HV"],
                ["Catch-up immunisations for Ellis, missed in April",
                 "HV Claire Dobbs", "Within 4 weeks of discharge", ""],
                ["Initial health assessment with the LAC doctor (missed on 20/06/2025 because Ellis was unwell) "
                 "to be re-booked",
                 "Dr Priya Rao, designated doctor for children in care", "Within 2 weeks of discharge",
                 "IHA report on file and health plan sent to the SW and IRO"],
            ],
        }),
        ("h1", "5. Family time"),
        ("table", {
            "header": ["Action", "Responsible", "Timescale", "Evidence"],
            "widths": [6.2, 3.8, 2.8, 4.2],
            "rows": [
                ["Supervised family time with Kayleigh at Colverdine Family Centre, Monday, Wednesday and "
                 "Friday 10–11.30am, restarting after discharge",
                 "Family time worker Janine Cole", "3 times a week from the first Monday after discharge",
                 "Family time recording sent to the SW after each session"],
                ["Phone update to Kayleigh from Pat about how Ellis is doing on the ward",
                 "Pat Lowe", "Every day while Ellis is in hospital",
                 "Each call noted in Pat's foster carer log"],
            ],
        }),
        ("h1", "6. Kayleigh's recovery and the pre-proceedings plan"),
        ("table", {
            "header": ["Action", "Responsible", "Timescale", "Evidence"],
            "widths": [6.2, 3.8, 2.8, 4.2],
            "rows": [
                ["Kayleigh to engage with Colverdine Recovery Service and her key worker",
                 "Kayleigh Brodie", "Weekly", "Engagement"],
                ["Parenting assessment of Kayleigh (PAMS), including whether she could care for Ellis if she "
                 "stays off drugs",
                 "TBC", "Report by 29/08/2025", "Assessment report filed for the PLO review meeting"],
                ["Hair strand test (3 months, opiates and cocaine)",
                 "SW Nadia Hussain to book; Kayleigh to attend", "By 18/07/2025",
                 "Results sent to the SW and to Kayleigh's solicitor"],
            ],
        }),
        ("h1", "7. Contingency"),
        ("p", "If Ellis gets worse and is moved to the high dependency unit or to another hospital, the ward will "
              "ring Nadia (or the emergency duty team) straight away, and Nadia will tell Kayleigh and the IRO "
              "the same day. If Kayleigh comes to the hospital under the influence or tries to take Ellis, ward "
              "staff will call security and the police, and Nadia will hold a strategy discussion that day. If "
              "Pat and Graham cannot have Ellis back when he is discharged, the placements team will find "
              "another approved foster placement before he leaves hospital."),
        ("h1", "8. Meetings and reviews"),
        ("bullets", [
            "Core group every 4 weeks: 10/07/2025 and 07/08/2025.",
            "Review child protection conference: 04/09/2025, 10am, County Hall, Colverdine.",
            "Looked after review with the IRO: 31/07/2025.",
            "PLO review meeting: 03/09/2025. If Kayleigh's tests are not clear or the parenting assessment "
            "is negative, a legal planning meeting on 05/09/2025 will decide whether to issue care "
            "proceedings.",
        ]),
        ("p", "Nadia Hussain, SW – 27/06/2025. Copy to Kayleigh, Pat and Graham Lowe, the IRO and the LAC nurse."),
    ],
    "findings": [
        F("T002", "Liaise with Robin Ward about Ellis's treatment and discharge plan"),
        F("T002", "Pat and Graham to visit Ellis on the ward"),
        F("M001", "Catch-up immunisations for Ellis, missed in April"),
        F("M002", "Kayleigh to engage with Colverdine Recovery Service and her key worker"),
        F("W002", "Parenting assessment of Kayleigh (PAMS), including whether she could"),
        F("L001"),
        F("F004"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Written agreement between parents, grandmother and children's services:
#    bold person headings, bullet clauses, signature table. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b31_cantlebrook_written_agreement_person_clauses_signed_ferreira.docx",
    "doc_title": "Written Agreement - Mia and Leo Ferreira-Dobson",
    "split": "tune",
    "template": "cp-written-agreement-docx-parties-box-why-we-have-it-children-words-what-it-is-for-then-bold-person-headings-bullet-clauses-if-not-kept-meetings-signature-table",
    "description": (
        "Exemplary written agreement, part of the child protection plan for a 6-year-old and an "
        "11-month-old (father's cocaine use, mother's depression). Bullet clauses under each person "
        "(Luke, Ana, both parents, Carol the paternal grandmother, the SW, other agencies), each naming "
        "who, when and how it will be checked; the CMHT and psychiatrist report on change, the recovery "
        "service tests and reports; what happens if the agreement is broken covers Carol being unable to "
        "help; core group, review and legal planning meeting; signature table."
    ),
    "blocks": [
        ("title", "Written Agreement"),
        ("p", "Cantlebrook Metropolitan Borough Council – Children's Social Care – Safeguarding Team East"),
        ("p", "This agreement is part of the child protection plan for Mia and Leo agreed at the initial child "
              "protection conference on 10/06/2025. It is not a court order, but it sets out what everyone has "
              "promised to do, and if it is not kept that will be taken into account in decisions about Mia "
              "and Leo."),
        ("kv", [
            ("Children", "Mia Ferreira-Dobson (6), Year 1, Cantlebrook Meadows Primary; "
                         "Leo Ferreira-Dobson (11 months)"),
            ("Parents", "Ana Ferreira and Luke Dobson, 18 Foxglove Walk, Cantlebrook"),
            ("Also agreed by", "Carol Dobson (Luke's mum), 4 Sandpiper Close"),
            ("Social worker", "Tom Hadley"),
            ("Agreed on", "24 June 2025, at the first core group, Cantlebrook Meadows Family Hub"),
        ]),
        ("h1", "Why we have this agreement"),
        ("p", "Luke has been using cocaine at weekends, sometimes while he was looking after the children. "
              "Ana has depression and on bad days has stayed in bed until the afternoon, so Mia has been late "
              "or not at school (78% this year) and Leo has been left in his cot for long periods. On 31 May "
              "police were called by a neighbour to a loud argument at 2am, and found Luke under the influence "
              "and Leo crying in his cot with a full nappy."),
        ("h1", "What Mia and Leo have told us"),
        ("p", "Mia (seen on her own at school, 17/06/2025): \"Daddy is silly on Saturdays and Mummy is sleepy. I "
              "like it at Nana Carol's because she does pancakes.\" She said she gets Leo his bottle \"when "
              "Mummy is tired\". Asked what would make home better she said \"Mummy and Daddy not shouting, and "
              "going to school with my friends\"."),
        ("p", "Leo cannot tell us in words. On visits he has smiled and babbled at Tom, reached for Ana when "
              "she came into the room and settled quickly when she picked him up. On 31 May he was found "
              "crying in a wet cot, and the HV noted on 12/06/2025 a flat head on one side from lying in his "
              "cot for long periods."),
        ("h1", "What this agreement is for (what we want for Mia and Leo)"),
        ("bullets", [
            "Mia and Leo are looked after every day and night by an adult who is awake and has not used drugs.",
            "Mia gets to school every day, on time, and does not have to look after Leo.",
            "Leo is picked up, played with and fed when he needs it, and keeps growing well.",
            "Mia and Leo do not hear shouting or fighting at home.",
        ]),
        ("h1", "What we have agreed"),
        ("boldp", "Luke"),
        ("bullets", [
            "Luke will not use cocaine or any other illegal drug at any time from 24/06/2025, so that Mia and Leo "
            "are never cared for by someone under the influence, and his urine test results from every "
            "recovery appointment will be sent to Tom each Friday.",
            "Luke will go to key-work with Dev Sandhu at the Cantlebrook Recovery Partnership every Tuesday at "
            "11am, and Dev will send Tom his attendance with the test results each Friday.",
            "Luke will have a hair strand test for cocaine by 25/07/2025, and the result will be shared with the "
            "core group on 19/08/2025.",
        ]),
        ("boldp", "Ana"),
        ("bullets", [
            "Ana will see her care co-ordinator every two weeks and tell him honestly how her mood is, so that "
            "Mia and Leo have a mum who is up and able to care for them, and his update on whether her mood "
            "is changing will be read at every core group.",
            "Ana will have Mia at school by 8.50am every weekday in term, and Tom will check the school register "
            "every Friday.",
            "Ana will take Leo to the baby clinic at Cantlebrook Meadows Family Hub every fortnight to be "
            "weighed, and his weight will be written in his red book.",
        ]),
        ("boldp", "Ana and Luke together"),
        ("bullets", [
            "Ana and Luke will make sure one of them is awake, sober and with Leo whenever he is not asleep, "
            "every day, and will write in the family diary each evening who looked after the children, which "
            "Tom will read and sign at every visit.",
            "Ana and Luke will come to every core group and to the review conference (dates below), and the "
            "minutes will record who came.",
        ]),
        ("boldp", "Carol (Nana Carol)"),
        ("bullets", [
            "Carol will have Mia and Leo at her house every Saturday from 10am to Sunday 12 noon, so that they "
            "are not at home on the night Luke used to use, and will write each stay in the family diary.",
            "Carol will take Mia to school on Tuesday and Thursday mornings, and the school register will show "
            "Mia in by 8.50am on those days.",
        ]),
        ("boldp", "Children's Social Care – Tom Hadley, social worker"),
        ("bullets", [
            "Tom will visit Mia and Leo at home every two weeks, with at least one unannounced visit a month, "
            "and see Mia on her own; each visit record will say what Mia said and how Leo was.",
            "Tom will complete a parenting assessment with Ana and Luke by 05/08/2025 and share the report with "
            "them and the core group before the review conference.",
            "Tom will arrange a family group conference by 31/07/2025 so the wider family can add to the safety "
            "plan, and the family's plan will be attached to this agreement.",
        ]),
        ("boldp", "Other agencies (agreed at the core group on 24/06/2025)"),
        ("bullets", [
            "Joel Baptiste, care co-ordinator at Cantlebrook Community Mental Health Team, will see Ana every "
            "two weeks and send Tom a written update before each core group on whether her mood and routine "
            "are changing and how this shows in her care of Mia and Leo.",
            "Dr Amira Salek, consultant psychiatrist, will review Ana's treatment and write to the core group "
            "by 29/07/2025 with her view on Ana's prognosis and how long any changes are likely to take.",
            "Dev Sandhu, recovery worker at the Cantlebrook Recovery Partnership, will test Luke at every "
            "Tuesday session and send a written report before each core group on whether he is staying off "
            "cocaine and what this means for the children.",
            "Gemma Ruddock, HV, will see Leo at home every four weeks, and will write his weight and "
            "development in the red book and send Tom a copy after each visit.",
            "Mrs Sandra Grant, DSL at Cantlebrook Meadows Primary, will check in with Mia every Monday and "
            "Thursday in term, note each check-in on the school safeguarding log and email Tom the same day if "
            "Mia is late, absent or says anything worrying about home.",
        ]),
        ("h1", "If this agreement is not kept"),
        ("p", "If Luke has a positive test, is found under the influence, or uses at home; or if Ana is in bed and "
              "cannot be woken while she is alone with Leo; or if Mia misses two days of school with no reason "
              "given: Luke will leave the house the same day and stay at Carol's, seeing the children only "
              "with Carol there, and Tom (or the emergency duty team out of hours) will hold a strategy "
              "discussion the same day."),
        ("p", "If Carol is ill, away or cannot have the children on a Saturday, Ana will tell Tom by Friday "
              "lunchtime, Luke will not be at home from 6pm Saturday to 12 noon Sunday, and the duty SW will "
              "visit on the Saturday evening. If Carol cannot do the school run, Mia will go to breakfast "
              "club (the school is holding a funded place) and Ana will take her. If there is no sober adult "
              "to look after Mia and Leo at any time, they will stay with approved foster carers that night "
              "under section 20."),
        ("p", "If Luke has a positive test, or any part of this agreement is broken twice, before the review "
              "conference, Tom's team manager will hold a legal planning meeting within 5 working days to "
              "decide whether to start the pre-proceedings process (PLO)."),
        ("h1", "Meetings"),
        ("p", "Core group every 4 weeks at Cantlebrook Meadows Family Hub: 22/07/2025 and 19/08/2025, 1pm. "
              "Review child protection conference: 02/09/2025, 10am, Cantlebrook Town Hall."),
        ("h1", "Signed"),
        ("table", {
            "header": ["Name", "Role", "Signature", "Date"],
            "widths": [4.5, 4.5, 4.5, 3.5],
            "rows": [
                ["Ana Ferreira", "Mum", "A. Ferreira", "24/06/2025"],
                ["Luke Dobson", "Dad", "L Dobson", "24/06/2025"],
                ["Carol Dobson", "Nana (Luke's mum)", "C. Dobson", "24/06/2025"],
                ["Tom Hadley", "Social worker", "T. Hadley", "24/06/2025"],
                ["Priti Shah", "Team manager", "P. Shah", "25/06/2025"],
            ],
        }),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Social worker's email after a core group, agreed actions as
#    paragraphs with hedges (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b31_culvermere_sw_email_after_core_group_paragraphs_osei.txt",
    "split": "tune",
    "template": "sw-email-after-core-group-txt-headers-cc-list-hi-all-how-things-are-kids-words-then-what-we-agreed-paragraphs-if-things-go-wrong-dates",
    "description": (
        "A social worker's email to the family and professionals after a core group for a 14-year-old "
        "going missing and his 8-year-old sister (mother's EUPD and self-harm). Agreed actions are "
        "paragraphs, several hedged: 'all professionals' report missing episodes, the return home "
        "interview has no owner, the Safer Streets referral has no date, the CMHT only carries on seeing "
        "Mum, family support is judged by 'how it's going', the learning mentor has no measure, and Gran "
        "'will try to' have the children 'when she can'. No outcomes and no legal step; the contingency "
        "and dates are clear."
    ),
    "text": """\
From:     Kerry Blake <kerry.blake@culvermere-cs.example>
Sent:     Tuesday 8 July 2025 17:42
To:       Michelle Osei; Pauline Osei
Cc:       Gareth Hart (DSL, Culvermere Academy); Priya Lal (Culvermere CMHT); Dionne Reid (FSW,
          Culvermere Family Hub); PC Sam Kitchen (Missing Person Unit); Mark Adams (Safer Streets);
          Rachel Green (school nurse); Andy Moss (TM)
Subject:  Jayden and Skye Osei - CG today - summary of what we agreed
Classification: OFFICIAL-SENSITIVE

Hi all,

Thanks everyone for coming to the CG at the academy this afternoon, and thank you Michelle for
staying for the whole meeting, I know it was a long one. As promised here is a quick summary of
what we agreed so nobody has to wait for the typed minutes (those will follow within 10 working
days). Please reply all if I have missed anything or got anything wrong.

HOW THINGS ARE

Jayden (14) has been reported missing three times since the ICPC on 12/06, most recently
overnight on 4th July when police found him on Denmoor Road with two older boys. He is on a
part-time timetable at the academy and has been excluded twice this year. Skye (8) has missed
school on the days after Jayden has been missing. Michelle has a diagnosis of EUPD, self-harmed
in May and is under the CMHT; she said today she is "running on empty" but that things are
calmer at home than they were. Pauline (gran) lives ten minutes away and has been a big help.

WHAT THE KIDS ARE SAYING

I saw Jayden on his own at McDonald's on Saturday. He said "I'm not in a gang, they're just my
mates" and that he goes out because "the house is stressful when Mum's down". He said he would
talk to Mark "if he's alright". Skye told me at school on Monday that she worries when Jayden
doesn't come home, that she sleeps in Mum's bed "to keep her company", and that she wants to go
back to street dance on Wednesdays.

WHAT WE AGREED

I will visit at home every two weeks, with at least one visit a month unannounced, and see Jayden and Skye on their own each time, writing down what they tell me on their records.

It was agreed that all professionals will let me know the same day if Jayden is reported missing or is seen with the older boys, and each one is logged on his missing record.

A return home interview will be done within 72 hours every time Jayden comes back from a missing episode, with the RHI report put on his file.

I will also do the referral to Safer Streets for Jayden and send the screening outcome to everyone.

Priya said the CMHT will carry on seeing Michelle fortnightly for her DBT skills group and 1:1s, and she will send me the dates Michelle has attended each month.

Dionne will start weekly sessions with Michelle at home on routines and boundaries from w/c 14 July, and we will see how it is going at the next CG.

Gareth (DSL) will look at getting Skye some time with the learning mentor from September.

Pauline said she will try to have Jayden and Skye to stay at hers when she can, to give Michelle a break.

PC Kitchen will share any intelligence about the older boys or the Denmoor Road address with me and Mark within 24 hours of it coming in, and I will record each one on the strategy notes.

Rachel (school nurse) will see Jayden at school by 25/07/2025 for a health check covering his sleep, diet and any drug use, and send me a short letter with what she finds.

IF THINGS GO WRONG

If Jayden goes missing overnight again, or is found at the Denmoor Road address, police will be
called straight away and I (or EDT out of hours) will hold a strategy discussion the same day.
If Michelle tells anyone she is thinking of harming herself, the CMHT crisis team will be called
and Skye will stay with Pauline that night; if Pauline can't have her, Skye will stay with
foster carers that night.

DATES

Next CG: Tuesday 5th August, 3.30pm at the academy, then every 4 weeks (2nd September).
RCPC: 11/09/2025 at 10am, Culvermere House.

Thanks again all,

Kerry

Kerry Blake
Social Worker | Safeguarding and Family Support Team 1 | Culvermere Council
""",
    "findings": [
        F("W002", "all professionals will let me know the same day if Jayden"),
        F("W001", "A return home interview will be done within 72 hours"),
        F("T001", "I will also do the referral to Safer Streets for Jayden"),
        F("H001", "the CMHT will carry on seeing Michelle fortnightly for her DBT"),
        F("M002", "Dionne will start weekly sessions with Michelle at home on routines"),
        F("M001", "getting Skye some time with the learning mentor from September"),
        F("T002", "will try to have Jayden and Skye to stay at hers"),
        F("M001", "will try to have Jayden and Skye to stay at hers"),
        F("O001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Early help TAF plan stepped up to child in need: 'what has been tried'
#    table, then a new action table mostly about Dad (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b31_caddlestow_taf_step_up_tried_table_new_actions_whitlock.pdf",
    "doc_title": "TAF Plan - Step-up to Child in Need - Whitlock",
    "split": "tune",
    "template": "early-help-taf-plan-stepped-up-to-cin-paged-family-box-why-stepped-up-what-has-been-tried-table-then-new-action-who-by-when-how-we-will-know-table",
    "description": (
        "Team Around the Family plan stepped up to a child in need plan for an 11-year-old and a 6-year-old "
        "(bereaved father's depression and drinking; the older child rang 999 when Dad would not wake). A "
        "'what has been tried' table, the children's words, then a new action table in which six of "
        "nine actions are about Dad's own needs with no link to the children and every adult service is "
        "only somewhere Dad should go. The alcohol self-referral has no measure, Dad's counselling is "
        "measured by 'feels better', debt advice is 'ASAP', the housing help is TBC; one outcome is Dad's; "
        "the contingency is vague, the CIN review is 'to be arranged' and there is no legal step."
    ),
    "header": "Caddlestow Council – Early Help and Children's Social Care – OFFICIAL-SENSITIVE",
    "footer": "TAF to CIN step-up plan – Whitlock – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Team Around the Family Plan – Step-up to Child in Need"),
        ("kv", [
            ("Children", "Harley Whitlock (11), Year 6, Caddlestow Park Primary (starting Caddlestow High in "
                         "September); Poppy Whitlock (6), Year 1, Caddlestow Park Primary"),
            ("Parent", "Steve Whitlock (dad, 38), 9 Larch Avenue, Caddlestow"),
            ("Family", "Mum, Nicola Whitlock, died in March 2023"),
            ("TAF lead professional", "Gemma Stone, Family Support Worker, Caddlestow Family Hub (TAF since "
                                      "14 Jan 2025)"),
            ("Allocated SW", "Omar Farooq, CIN Team 2 (from 30/06/25)"),
            ("Step-up meeting", "Thursday 3rd July 2025, Caddlestow Family Hub"),
        ]),
        ("h1", "Why the plan is being stepped up"),
        ("p", "Since Nicola died Steve has been low and is drinking most evenings (he says 6 to 8 cans). His GP "
              "prescribed sertraline last year but he stopped taking it in the spring. On 20 June Harley rang "
              "999 at 9pm because he could not wake his dad; Steve had been drinking and the paramedics "
              "checked him over at home. Police found the house cold and very little food in. Harley's "
              "attendance is 62%, Poppy has had head lice since Easter and the school say she often has no "
              "packed lunch. The TAF review on 25/06/2025 agreed that early help has not been enough and that "
              "the family needs a child in need plan with a social worker."),
        ("h1", "What has been tried (TAF plan, January to June 2025)"),
        ("table", {
            "header": ["What we tried", "Who", "When", "What difference it made"],
            "widths": [5.6, 3.4, 3.0, 5.0],
            "rows": [
                ["Weekly family support visits: mornings, meal planning, Poppy's bedtime",
                 "Gemma Stone (FSW)", "Jan to June 2025",
                 "Poppy's bedtime better for a few weeks; Steve cancelled 9 of 22 visits"],
                ["Attendance support plan and lateness meetings",
                 "Mrs Kaur (attendance lead)", "From Feb 2025",
                 "Harley's attendance went from 58% to 62%"],
                ["Referral to Caddlestow Bereavement Service for Harley",
                 "School nurse", "March 2025", "Harley went to 2 sessions, then refused"],
                ["Steve given the number for the alcohol service",
                 "GP and FSW", "Feb 2025", "Steve did not ring"],
                ["Food bank vouchers and help with the electricity debt",
                 "FSW", "Jan and April 2025", "Electricity back on; debt still about £1,400"],
            ],
        }),
        ("h1", "What Harley and Poppy say"),
        ("p", "Harley (seen by Omar at school, 1 July): \"Dad's sad all the time since Mum. He drinks so he can "
              "sleep. I do Poppy's tea most nights, pasta or noodles.\" He said he was scared on 20 June "
              "\"because Dad was grey\". He would like his dad \"to be like before\" and wants to play football "
              "at Caddlestow High."),
        ("p", "Poppy drew her family with Mummy \"in the sky\". She said \"Harley is the best at making "
              "noodles\" and that she likes Miss Lowe, her teacher, \"because she does my hair\"."),
        ("h1", "What we want to achieve"),
        ("bullets", [
            "Harley and Poppy are looked after every evening by a dad who is sober enough to wake up and care "
            "for them.",
            "Harley goes to school every day (95% by Christmas) and settles well at Caddlestow High.",
            "Poppy has a hot meal every evening, is free of head lice and is ready for school each morning.",
            "Steve will cut down his drinking and his mood will improve.",
        ]),
        ("h1", "Child in need plan – new actions"),
        ("table", {
            "header": ["Action", "Who", "By when", "How we will know"],
            "widths": [6.0, 3.6, 3.0, 4.4],
            "rows": [
                ["CIN visits at home and at school; see Harley and Poppy on their own and check the kitchen and "
                 "their bedrooms",
                 "Omar Farooq, SW", "Every 2 weeks",
                 "Visit records show both children seen alone and what they said"],
                ["Steve to make an appointment with his GP about his low mood and going back on his medication",
                 "Steve Whitlock", "By 18/07/2025", "Appointment letter seen by the SW"],
                ["Steve to self-refer to Caddlestow Alcohol Service (Open Door)",
                 "Steve Whitlock", "By 11/07/2025", ""],
                ["Adult bereavement counselling for Steve, one to one",
                 "Steve Whitlock", "Weekly from 15/07/2025", "Steve feels better"],
                ["Debt advice appointment with Caddlestow Citizens Advice for the electricity arrears",
                 "Steve Whitlock", "ASAP", "Letter from Citizens Advice with a repayment plan"],
                ["Steve to join the Caddlestow Men's Shed walking group on Saturday mornings",
                 "Steve Whitlock", "Every Saturday from 12/07/2025", "Group leader signs Steve's attendance card"],
                ["Help with a housing transfer application and a council tax reduction claim",
                 "TBC", "By 31/08/2025", "Application reference number given to the SW"],
                ["Young carers assessment for Harley and a place on the Caddlestow Young Carers summer "
                 "activities",
                 "Zoe Pryce, Caddlestow Young Carers", "By 25/07/2025",
                 "Assessment sent to the SW; young carers register shows Harley at the summer sessions"],
                ["Transition plan for Harley to Caddlestow High, with a named mentor and a visit in the summer "
                 "holidays",
                 "Mr Ian Cole, transition lead, Caddlestow High", "By 29/08/2025",
                 "Written transition plan shared with Harley, Steve and the SW"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If things don't improve for Harley and Poppy, or there are any further concerns, the SW will "
              "discuss with the team manager and the case may be escalated to a strategy discussion."),
        ("h1", "Meetings"),
        ("p", "CIN core group every 4 weeks, first on 17/07/2025 at Caddlestow Family Hub. CIN review: date to "
              "be arranged. Gemma will stay involved until the first core group to hand over to Omar."),
        ("p", "Agreed by: Steve Whitlock; Omar Farooq (SW); Gemma Stone (FSW); Mrs Kaur (Caddlestow Park "
              "Primary). Typed 04/07/2025."),
    ],
    "findings": [
        F("M001", "Steve to self-refer to Caddlestow Alcohol Service"),
        F("M002", "Adult bereavement counselling for Steve, one to one"),
        F("T002", "Debt advice appointment with Caddlestow Citizens Advice"),
        F("W002", "Help with a housing transfer application and a council tax"),
        F("F002", "Steve will cut down his drinking and his mood will improve."),
        F("F001"),
        F("F004"),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})
