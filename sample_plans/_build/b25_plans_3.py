"""Batch 25, module 3: seven fictional files (tuning material).

Focus: plans mixed with other material (an assessment summary followed by a
plan, a social worker's conference report with recommendations, a review
report that looks back at the last plan and sets a new one, core group
minutes with a progress update on each action, a chair's report), and one
document that is not a plan (a statutory visit case note).

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Single assessment summary (triangle domains, analysis) followed by the
#    ICPC plan, worry column merged down rows (docx). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b25_marlowfen_assessment_triangle_then_worry_merged_plan_halloran.docx",
    "doc_title": "Single Assessment summary and Child Protection Plan - Finn and Lacey Halloran",
    "split": "tune",
    "template": "single-assessment-triangle-domains-analysis-then-icpc-plan-worry-column-merged-who-when-know",
    "description": (
        "Exemplary. A single assessment summary (reason, child's needs, parenting capacity, family and "
        "environment, lived experience, analysis) followed by the ICPC plan for an 8-year-old and a "
        "2-year-old (father's drinking, mother's depression), with the worry merged down the rows. Named "
        "owners, real timescales, observable measures, CMHT asked to assess capacity to change, alcohol "
        "service and GP own actions, grandmother's support with a fallback to an aunt and foster care, "
        "core group and review dates, legal planning meeting."
    ),
    "check_vmerge": 3,
    "blocks": [
        ("title", "Single Assessment – Summary and Child Protection Plan"),
        ("p", "Marlowfen Council · Children's Services · Brookside Safeguarding Team"),
        ("kv", [
            ("Children", "Finn Halloran, born 09/10/2016 (8) · Lacey Halloran, born 21/02/2023 (2)"),
            ("Address", "14 Tamar Row, Marlowfen"),
            ("Parents", "Gemma Halloran (mum, 29) and Shaun Halloran (dad, 34)"),
            ("Assessment started / completed", "29/04/2025 / 09/05/2025 (section 47 enquiry)"),
            ("ICPC", "14/05/2025 – both children made subject to child protection plans, category neglect"),
            ("Social worker", "Priya Nandakumar; team manager Colm Brierley"),
        ]),
        ("h1", "Part 1 – Assessment summary"),
        ("h2", "Why we assessed"),
        ("p", "On 27/04/2025 police attended after a neighbour heard a child crying for over an hour. Officers "
              "found Lacey alone in her cot in a soaked nappy and Finn trying to make her a bottle. Shaun was "
              "asleep on the sofa and smelled strongly of alcohol; Gemma was at her sister's. A strategy "
              "discussion on 28/04/2025 agreed a section 47 enquiry. There have been four earlier contacts "
              "since 2022, about missed health appointments and Finn's lateness."),
        ("h2", "Finn and Lacey's developmental needs"),
        ("p", "Finn is in Year 4 at St Brannoc's Primary. His attendance this year is 86% and he has been late "
              "31 times, usually on days when Shaun does the school run. He reads well above his age, but his "
              "teacher says he is often tired and \"on guard\". Lacey has not had her 2-year review. Nursery "
              "say she has about ten words and arrives hungry on Mondays. Both children are physically well; "
              "their immunisations are up to date apart from Lacey's pre-school booster."),
        ("h2", "Parenting capacity"),
        ("p", "Gemma loves her children and knows their routines well. She has had depression and anxiety since "
              "her teens and was treated by the Marlowfen Community Mental Health Team (CMHT) in 2019. Her GP "
              "re-referred her in March 2025 after she stopped going out and began sleeping most of the day. "
              "Shaun drinks 8 to 10 cans of strong lager most days and more at weekends. He says he does not "
              "drink \"in front of the kids\", but Finn describes Dad \"falling asleep funny\", and both police "
              "call-outs in the last year came after he had been drinking. When Gemma is low and Shaun has "
              "been drinking, no adult in the house is able to respond to Lacey."),
        ("h2", "Family and environmental factors"),
        ("p", "The family rent a three-bedroom house from Marlowfen Homes and the rent is up to date. Home "
              "conditions were poor at the first visit (rubbish bags in the kitchen, no clean bedding for "
              "Lacey) and better at the two visits since. Gemma's mum, Bernadette (Bernie) Walsh, lives on the "
              "next street, sees the children most days and has looked after them before when Gemma was "
              "unwell. Shaun's sister, Carla Boyce, lives in Penhallow, twenty minutes away, and has said she "
              "would take both children in an emergency; her home was visited and checked on 08/05/2025."),
        ("h2", "What life is like for Finn and Lacey"),
        ("p", "I saw Finn on his own at school on 01/05/2025 and at home on 07/05/2025. He said: \"When Dad has "
              "his cans he goes to sleep and I have to listen for Lacey.\" He likes Nana Bernie's \"because "
              "there's always tea and she plays Uno\". He wants \"Mum to get out of bed and come to sports "
              "day\", and he does not want to move house or school. Asked what would make home better, he said "
              "\"no cans in the fridge\". Lacey was observed at nursery and at home. At nursery she went "
              "straight to the snack table, ate two portions of toast and then settled with her key worker. At "
              "home she took her cup to Finn, not to her parents, when she was thirsty, and she cried and held "
              "on to Bernie when Bernie left."),
        ("h2", "Analysis"),
        ("p", "Gemma and Shaun both want to keep their children and have started to make changes since the "
              "police came: Shaun has been to Harbour Recovery once and Gemma has a CMHT appointment. The "
              "danger is that when Gemma is unwell and Shaun is drinking, nobody awake and sober is caring for "
              "Lacey, and Finn is left to do it. Bernie is a real strength but cannot be there every evening. "
              "Without a plan, Lacey is likely to go hungry and unsupervised again and Finn will go on "
              "carrying the worry for his sister."),
        ("h2", "Outcome of the assessment"),
        ("p", "The threshold for significant harm (neglect) is met. An initial child protection conference was "
              "held on 14/05/2025 and agreed the plan below."),
        ("h1", "Part 2 – Child Protection Plan"),
        ("h2", "What we want for Finn and Lacey"),
        ("bullets", [
            "Lacey and Finn are always cared for by an adult who is awake and sober, day and night.",
            "Lacey is fed on time, has clean bedding and clothes, and gets help with her speech if she needs it.",
            "Finn gets to school on time every day and no longer feels he has to listen out for his sister.",
        ]),
        ("h2", "The plan"),
        ("table", {
            "header": ["What we are worried about", "What needs to happen", "Who", "When", "How we will know"],
            "widths": [3.0, 5.2, 3.0, 2.6, 3.2],
            "rows": [
                ["Nobody awake and sober is looking after Lacey and Finn, especially in the evenings",
                 "Visit Finn and Lacey at home, at least one visit in three unannounced and some after 5pm, and "
                 "see Finn on his own each time",
                 "SW Priya Nandakumar",
                 "Every 10 working days from 19/05/2025",
                 "Visit records show both children seen, Finn seen alone, and a sober adult caring for them at "
                 "every visit"],
                [V,
                 "Assess Shaun's drinking, start key-work with him and breath-test him at every appointment",
                 "Harbour Recovery Service – recovery worker Dale Ingham",
                 "Assessment by 30/05/2025, then fortnightly",
                 "Written update to each core group with breath test results and whether Shaun has drunk while "
                 "caring for Lacey and Finn"],
                [V,
                 "Shaun not to drink while he is looking after Lacey and Finn; if he has had a drink, he hands "
                 "their care to Gemma or Bernie and stays away until sober",
                 "Shaun Halloran",
                 "Every day from 14/05/2025",
                 "Breath tests at Harbour all zero; no report from school, nursery or Bernie of Shaun smelling "
                 "of alcohol at pick-up"],
                [V,
                 "Collect Finn from school and Lacey from nursery and give them tea at her house",
                 "Bernie Walsh (MGM)",
                 "Every Tuesday and Thursday",
                 "Pick-up book signed at school and nursery; children seen at Bernie's on at least one SW visit "
                 "a month"],
                ["Gemma's depression means she cannot always get up and respond to Lacey",
                 "See Gemma fortnightly, review her treatment and, with the psychologist, assess whether she can "
                 "make and keep the changes Lacey and Finn need and how long that is likely to take",
                 "Marlowfen CMHT – care coordinator Owen Prideaux, with psychologist Dr Ruth Akinola",
                 "Fortnightly; written assessment by 11/07/2025",
                 "Written assessment of Gemma's capacity to change and the likely timescale, shared with the "
                 "core group by 11/07/2025"],
                [V,
                 "Review Gemma's antidepressant and Shaun's liver function, so that both are well enough to care "
                 "for Lacey and Finn",
                 "GP Dr Marcus Feeney, Quayside Surgery",
                 "By 06/06/2025",
                 "GP letter to the SW with Gemma's medication plan and Shaun's blood results"],
                [V,
                 "Weekly sessions at home on morning and bedtime routines, meals and clean bedding, ending with "
                 "a written family safety plan that Finn helps to write",
                 "FSW Kelly Arundel",
                 "Weekly from 21/05/2025 for 8 weeks",
                 "Routine chart on the fridge at visits; safety plan signed by Gemma, Shaun, Bernie and Finn by "
                 "18/06/2025"],
                ["Lacey's speech and Finn's school attendance are suffering",
                 "Complete Lacey's 2-year review with an ASQ-3, and refer her to speech and language therapy if "
                 "she scores below the cut-off",
                 "HV Siobhan Grady",
                 "By 20/06/2025",
                 "ASQ-3 scores and any referral copied to the SW and GP"],
                [V,
                 "Record what time Lacey arrives, who brings her and whether she has eaten, and ring the SW the "
                 "same day if she is hungry, unwashed or not collected",
                 "Little Oaks Nursery – manager Jo Baptiste",
                 "Every nursery day (Mon–Wed)",
                 "Arrival sheet emailed to the SW every Friday; attendance 90% or above"],
                [V,
                 "Weekly check-in with Finn using his worry jar, and a note of any lateness",
                 "DSL Gareth Lowe, St Brannoc's Primary",
                 "Every Tuesday",
                 "Check-in notes and lateness figures sent to the SW before each core group; Finn late no more "
                 "than once a fortnight"],
            ],
        }),
        ("h2", "If things go wrong"),
        ("p", "If Shaun is found drunk while he is the only adult caring for the children, if Lacey is left "
              "alone or found hungry and unchanged, or if Gemma tells anyone she cannot keep herself safe, the "
              "SW (or the emergency duty team out of hours) will visit the same day and hold a strategy "
              "discussion within 24 hours. The children will stay with Bernie, and Shaun will not stay in the "
              "house while he is drinking. If Bernie is ill, away or cannot keep Shaun out, Finn and Lacey will "
              "go together to their aunt, Carla Boyce, in Penhallow; if Carla cannot take them, the SW will "
              "place them together with approved foster carers the same day. The SW will then ask the team "
              "manager for a legal planning meeting within 5 working days."),
        ("h2", "Checking the plan is working"),
        ("bullets", [
            "Core group: every 4 weeks – 28/05/2025, 25/06/2025 and 23/07/2025, at St Brannoc's Primary, 3.45pm.",
            "Review child protection conference: 13/08/2025, 10am, Marlowfen Civic Offices.",
            "If Shaun has drunk while caring for the children again by the core group on 25/06/2025, or the "
            "CMHT assessment says Gemma cannot make the changes in time for Lacey, the team manager will hold "
            "a legal planning meeting.",
        ]),
        ("pl", "Priya Nandakumar, Social Worker – 15/05/2025"),
        ("pl", "Checked: Colm Brierley, Team Manager – 15/05/2025"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Social worker's report to an ICPC: household and agency tables, lived
#    experience, analysis, then numbered recommendation paragraphs (pdf,
#    header and page footer).
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b25_mossingford_icpc_sw_report_numbered_recommendations_pengelly.pdf",
    "doc_title": "Social worker's report to ICPC - Kian and Ruby Pengelly",
    "split": "tune",
    "template": "icpc-sw-report-household-and-agencies-tables-analysis-then-numbered-recommendation-paragraphs-first-person-paged",
    "description": (
        "A social worker's report to an initial conference for a 5-year-old and a baby (mother's drinking "
        "and cannabis use, baby's weight loss): household and agency tables, the children's lives, "
        "analysis, then the recommended plan as numbered first-person paragraphs. Grandmother's weekend "
        "care with no measure, an aunt 'as often as she can', 'keep an eye on', a passive referral, 'asap' "
        "with no measure, 'All professionals', an adult-only outcome, a contingency that sends the children "
        "to the grandmother with no fallback, and a review date left to be confirmed."
    ),
    "header": "OFFICIAL-SENSITIVE | Mossingford Borough Council Children's Social Care | Report to ICPC",
    "footer": "Kian and Ruby Pengelly – social worker's report – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Social Worker's Report to Initial Child Protection Conference"),
        ("kv", [
            ("Conference", "22/05/2025, 10am, Mossingford Civic Centre, Room 4"),
            ("Children", "Kian Pengelly, born 17/03/2020 (5); Ruby Pengelly, born 02/09/2024 (8 months)"),
            ("Parents", "Chelsea Pengelly (23); Jordan Steer (26), Ruby's father. Kian's father is not involved."),
            ("Author", "Hannah Rook, Social Worker, Mossingford Assessment Team"),
            ("Shared with parents", "20/05/2025 – read through with Chelsea and Jordan at home"),
        ]),
        ("h1", "1. Reason for this conference"),
        ("p", "On 24/04/2025 Ruby was taken to Mossingford General by ambulance after Chelsea found her floppy "
              "and pale. Ruby was dehydrated and had dropped from the 50th to below the 9th centile for weight "
              "since February. Ward staff noted that Chelsea smelled of alcohol at 11am, and cannabis was found "
              "in the changing bag. Ruby went home on 28/04/2025 after a strategy discussion. The section 47 "
              "enquiry found that Ruby had missed her 8-month check and two sets of immunisations, that Kian "
              "had been late to school on 22 of the last 40 days, and that home conditions were poor."),
        ("h1", "2. Household and family"),
        ("table", {
            "header": ["Name", "Relationship", "Age", "Lives at home?"],
            "widths": [4.2, 4.6, 2.6, 5.6],
            "rows": [
                ["Kian Pengelly", "Subject child", "5", "Yes"],
                ["Ruby Pengelly", "Subject child", "8 months", "Yes"],
                ["Chelsea Pengelly", "Mother", "23", "Yes"],
                ["Jordan Steer", "Ruby's father", "26", "Stays 3–4 nights a week"],
                ["Denise Pengelly", "Maternal grandmother", "51", "No – Hollins Court, about a mile away"],
                ["Tasha Pengelly", "Maternal aunt", "27", "No – lives with Denise"],
            ],
        }),
        ("h1", "3. Agencies involved"),
        ("table", {
            "header": ["Agency", "Worker", "What they know"],
            "widths": [4.6, 3.6, 8.8],
            "rows": [
                ["Mossingford General – children's ward", "Sister Ann Pethick",
                 "Ruby's admission 24–28/04/2025 with dehydration and weight loss; smell of alcohol on Chelsea"],
                ["Health visiting", "Nadia Karim (HV)",
                 "Missed 8-month check; Ruby's weight now just above the 9th centile and rising slowly"],
                ["St Piran's Infant School", "Mrs Joanne Trist (DSL)",
                 "Kian's lateness and tiredness; he has come in without a coat on cold days"],
                ["Community Drug and Alcohol Team (CDAT)", "Steph Arkwright",
                 "Chelsea self-referred on 06/05/2025; first appointment offered for 29/05/2025"],
                ["Mossingford Police", "PC Dan Venning",
                 "Two call-outs in 2025 to shouting at the address; no offences recorded"],
                ["Harbour View Surgery (GP)", "Dr Elaine Moss",
                 "Ruby's immunisations overdue; Chelsea not seen at the surgery since the birth"],
            ],
        }),
        ("h1", "4. What life is like for Kian and Ruby"),
        ("p", "I saw Kian on his own at school on 09/05/2025 and at home on 15/05/2025. He showed me his "
              "bedroom, which has a mattress on the floor and no curtains. He told me: \"Mummy drinks the pink "
              "cans and then she's sleepy. I give Ruby her dummy.\" He likes staying at Nanny Denise's "
              "\"because she has Sky and we have pancakes\". When I asked what he would like to be different he "
              "said: \"For Mummy to wake up in the morning so I'm not late and Miss Clarke doesn't tell me "
              "off.\" He said Jordan is \"alright\" but \"shouts at the telly and at Mummy\". I observed Ruby at "
              "home on three visits. She was quiet and watchful, did not cry when put down and fed hungrily "
              "from her bottle. On 15/05/2025 her nappy was heavy and her sleepsuit was stained. She smiled "
              "and reached for Kian whenever he came into the room."),
        ("h1", "5. What Chelsea and Jordan say"),
        ("p", "Chelsea accepts she has been drinking \"more than I should\" since Ruby was born, usually two or "
              "three cans of cider in the afternoon, and smokes cannabis in the evening \"to sleep\". She said "
              "she did not realise how much weight Ruby had lost and that she wants help. Jordan said he only "
              "smokes cannabis \"now and then\" and never around the children. Both disagree that Kian is late "
              "because of them; Chelsea said the school run is hard with a baby and no car."),
        ("h1", "6. Strengths"),
        ("p", "Chelsea has asked for help and referred herself to the CDAT. Kian is a bright, chatty boy who is "
              "doing well with his reading. Denise and Tasha are close to the children and have looked after "
              "them overnight many times. Since the admission Ruby has gained 180g."),
        ("h1", "7. Analysis"),
        ("p", "Kian and Ruby are at risk of significant harm through neglect. Ruby is a baby who cannot raise the "
              "alarm herself: when Chelsea drinks in the afternoon Ruby is not fed or changed, and her "
              "admission shows how quickly that became dangerous. Kian is carrying too much for a five-year-old "
              "and is missing the start of the school day. Chelsea's wish to change is real, but it is early "
              "days and her drinking has been daily for nearly a year. In my view the threshold for a child "
              "protection plan under the category of neglect is met."),
        ("pagebreak",),
        ("h1", "8. What needs to be different for Kian and Ruby"),
        ("bullets", [
            "Ruby is fed regularly, gains weight steadily and is back on or above the 25th centile by the "
            "review conference.",
            "Kian gets to school on time, sleeps in a proper bed and doesn't have to look after his sister.",
            "Kian and Ruby are always cared for by a sober adult.",
            "Chelsea will stop using alcohol and cannabis and engage with the CDAT.",
        ]),
        ("h1", "9. Recommendations – the plan I am asking conference to agree"),
        ("numbers", [
            "I will visit Kian and Ruby at home every two weeks, with at least one unannounced visit a month, "
            "see Kian on his own and check Ruby's cot, bottles and food; my visit records will show this each "
            "time.",
            "Chelsea will go to her CDAT assessment by 13/06/2025 and then weekly key-work, and Steph Arkwright "
            "(CDAT) will send me Chelsea's test results monthly and a written update before each core group.",
            "Nadia Karim (HV) will weigh Ruby at home every two weeks, plot her weight in the red book and send "
            "me the weight after each visit.",
            "Denise Pengelly (MGM) will have Kian and Ruby to stay at her flat every Friday and Saturday night.",
            "Tasha Pengelly will walk Kian to school as often as she can, and the school register will show "
            "him in by 8.50am.",
            "Mrs Trist (DSL) will keep an eye on how Kian presents at school each day.",
            "A referral will be made to the Bright Beginnings parenting group for Chelsea and Jordan, for the "
            "course starting on 08/09/2025, and the certificate of completion will be sent to me.",
            "Chelsea and Jordan will clear the kitchen and back bedroom and get Kian a proper bed, asap.",
            "All professionals will tell me the same day about any worry for Kian or Ruby, and each worry "
            "will be logged on the children's file with what was done.",
            "Harbour View Surgery's practice nurse will give Ruby her overdue immunisations by 27/06/2025 and "
            "send me confirmation that they have been given.",
            "Jordan will do a hair strand test for cannabis by 20/06/2025, paid for by the local authority, "
            "and the result will be shared with the core group.",
        ]),
        ("h1", "10. If things go wrong"),
        ("p", "If Chelsea or Jordan is found under the influence of alcohol or cannabis while caring for the "
              "children, or Ruby loses weight between two HV visits, I (or the emergency duty team out of "
              "hours) will visit the same day. Kian and Ruby will go to stay with Denise at Hollins Court while "
              "a strategy discussion is held the next working day. If Ruby has not gained weight by the review "
              "conference, or there is a second incident, I will ask my team manager for a legal planning "
              "meeting."),
        ("h1", "11. Core group and review"),
        ("p", "The first core group will be on 04/06/2025 at St Piran's Infant School, within 10 working days of "
              "conference, and then every 4 weeks. The date of the review conference is to be confirmed by the "
              "Conference and Review Service."),
        ("pl", "Hannah Rook, Social Worker – 19/05/2025"),
        ("pl", "Countersigned: Mark Tregear, Team Manager – 19/05/2025"),
    ],
    "findings": [
        F("M001", "will have Kian and Ruby to stay at her flat"),
        F("T002", "Tasha Pengelly will walk Kian to school as often as she can"),
        F("M002", "will keep an eye on how Kian presents at school"),
        F("W001", "A referral will be made to the Bright Beginnings parenting group"),
        F("T002", "Chelsea and Jordan will clear the kitchen and back bedroom"),
        F("M001", "Chelsea and Jordan will clear the kitchen and back bedroom"),
        F("W002", "All professionals will tell me the same day about any worry"),
        F("F002", "Chelsea will stop using alcohol and cannabis and engage with the CDAT"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Review conference report: a look-back table at the last plan (what
#    happened / met?), scaling, then the new plan (md). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b25_mirrowdale_rcpc_report_look_back_then_new_plan_mbatha.md",
    "split": "tune",
    "template": "rcpc-sw-report-md-look-back-table-what-happened-met-then-scaling-then-new-what-who-when-know-table",
    "description": (
        "Exemplary. A social worker's report to a first review conference for an 11-year-old young carer "
        "and a 3-year-old (mother's bipolar disorder with a psychotic relapse): a table looking back at "
        "the ICPC plan (what happened, met?), what has changed with scaling, the children's words, then "
        "the new plan table. EIP team asked to report on capacity to change, cousin's overnight support "
        "with a foster-care fallback, core group and review dates, legal planning meeting."
    ),
    "text": """\
# Mirrowdale City Council – Children's Services

## Report to Review Child Protection Conference

**Children:** Amahle Mbatha (11), Siyabonga "Siya" Mbatha (3)
**Parents / carers:** Nomsa Mbatha (mum); Dwayne Carter (Siya's dad, Amahle's stepdad)
**Initial conference:** 06/03/2025 – category: emotional abuse
**This review:** 05/06/2025, 10am, Mirrowdale Civic Hall
**Social worker:** Farah Qureshi, Locality Team East
**Chair:** Graham Lattimer, Independent Conference Chair

---

### 1. Why Amahle and Siya have a plan

Nomsa has bipolar affective disorder. In January she stopped her medication
and became very unwell: she believed the television was sending her messages,
kept Amahle off school for a week to "guard" Siya, and stopped eating. Amahle,
then 10, was getting Siya up, fed and to nursery on her own. Dwayne was
working nights at the distribution centre and did not realise how unwell
Nomsa was. Nomsa was admitted to Elmbank Ward under section 2 of the Mental
Health Act on 20/02/2025 and came home on 27/03/2025.

### 2. Looking back at the plan agreed on 06/03/2025

| What we agreed at the ICPC | What happened | Met? |
|---|---|---|
| Farah (SW) to see Amahle on her own every 2 weeks and record her words in the visit notes | 7 visits; Amahle seen alone at 6 of them (once she was at a party and was seen the next day). Her words are in section 4. | Yes |
| EIP team to see Nomsa weekly from discharge and send a written update to each core group | Ben Holloway has seen Nomsa weekly since 28/03/2025 and sent an update to all three core groups. | Yes |
| Dwayne to ask his manager for day shifts by 31/03/2025 and give Farah the letter | Day shifts Monday to Friday since 14/04/2025; he still works Friday and Saturday nights. Letter on file. | Partly |
| Thandi Dube (Nomsa's cousin) to stay over on every night Dwayne works, signing the diary | Thandi has stayed every Friday and Saturday night since 18/04/2025; diary signed each time. | Yes |
| HV to do Siya's development check by 30/04/2025 and share the ASQ-3 with Farah | ASQ-3 on 22/04/2025: communication below the cut-off. SALT referral made 24/04/2025. | Yes |
| Mirrowdale Young Carers to assess Amahle by 30/04/2025 and send Farah the assessment | Not done. Amahle was on the waiting list until 29/05/2025, when she met her worker for the first time. | No |

### 3. What has changed

Nomsa has been home for ten weeks and has taken her medication every day; the
EIP team check her blister packs at each visit. She is calmer, is doing
Amahle's hair and the school run again, and told conference she "can see
now how scared Amahle was". Amahle's attendance since Easter is 97%. Dwayne
is home for tea and bedtime on weekdays.

What still worries us: Nomsa's last two relapses came in the summer and
followed stopping her medication when she "felt fine"; Amahle still gets up
in the night to check on her mum; Siya's speech is behind; and Amahle has not
yet had any support of her own.

Scaling (0 = the children must live elsewhere, 10 = the plan can close):
Farah 6, Nomsa 8, Dwayne 7, Holmbrook Academy 6, EIP team 6.

### 4. What Amahle and Siya tell us

Amahle (seen alone at school, 27/05/2025): "Mum's back to normal Mum now.
She does my hair again." She still wakes at night "to check Mum's not
talking to the telly". She likes that Dwayne is home at teatime. She wants
"to go to Young Carers and do the trips", and she does not want "to be the
one who has to ring people" if Mum gets poorly again.

Siya was seen at nursery and at home. He runs to Nomsa at pick-up, uses
about 20 words and plays happily next to Amahle. At home on 27/05/2025 he
fetched his "bedtime book" and said "Dada read".

### 5. My view

The plan has worked: Nomsa is well, the children have a sober, awake adult
every night and Amahle is back in school. It is too soon to end it. Nomsa
has been well for ten weeks, and her pattern is to relapse in the summer. I
am asking conference to keep the plan for three more months with the changes
below.

### 6. What we want for Amahle and Siya

- Amahle and Siya are cared for by an adult who is well, day and night, and
  both know what will happen if Mum becomes unwell.
- Amahle sleeps through the night and does not have to look after Siya or
  her mum.
- Siya's speech keeps improving and he starts his school nursery place in
  September ready to learn.

### 7. The plan from 05/06/2025

| What needs to happen | Who | When | How we'll know |
|---|---|---|---|
| See Amahle on her own and Siya at home, and write Amahle's words into each core group report | Farah Qureshi (SW) | Every 2 weeks | Visit notes show both children seen and Amahle seen alone; her words in every core group report |
| See Nomsa, check her blister packs and early warning signs, and write a report on her relapse risk, her capacity to keep up the changes Amahle and Siya need, and the likely timescale | Ben Holloway, EIP care coordinator, with consultant psychiatrist Dr Aditi Rao | Weekly; report by 30/06/2025 | Report shared at the core group on 03/07/2025; blister packs up to date at every visit |
| Take her medication daily from the blister pack, and tell Ben or Dwayne the same day if she sleeps less than 4 hours, so she stays well enough to care for Siya and Amahle | Nomsa Mbatha | Daily | Blister pack checked at each EIP visit; any call recorded in the EIP notes |
| Be home by 6pm and do Siya's bath and bedtime | Dwayne Carter | Every weekday | Bedtime chart on the fridge; Amahle tells Farah she has not had to put Siya to bed |
| Stay overnight on the two nights Dwayne works | Thandi Dube (Nomsa's cousin) | Every Friday and Saturday night until 31/08/2025 | Overnight diary signed by Thandi and checked by Farah at each visit |
| Young carers assessment for Amahle, then a place in the Thursday group | Leah Simms, Mirrowdale Young Carers | Assessment by 20/06/2025; group every Thursday | Assessment sent to Farah by 20/06/2025; group register |
| Check in with Amahle about her sleep and home, using her worry scale | Mrs Denise Akande, DSL, Holmbrook Academy | Every Monday | Check-in notes sent to Farah fortnightly, with Amahle's own score each week |
| Speech and language therapy for Siya, with a home programme for Nomsa and Dwayne | Owain Price, Mirrowdale SALT | First appointment by 30/06/2025, then fortnightly | SALT report to the core group by 14/08/2025, with the number of words Siya uses |
| Make a "what happens if Mum gets poorly" card with Amahle, with her safe adults and their numbers | Farah Qureshi (SW) | By 19/06/2025 | Card in Amahle's bag and on the fridge; Amahle can tell Farah what it says |

### 8. If Nomsa becomes unwell again

Nomsa's early warning signs (from her EIP relapse plan) are sleeping less
than 4 hours, talking about messages from the television and keeping the
children indoors. If any of these is seen, Dwayne (or Thandi on Friday and
Saturday nights) will take over the children's care, ring the EIP team (the
crisis team out of hours) and ring Farah the same day, and Farah will hold a
strategy discussion that day. If Nomsa has to go into hospital, Dwayne will
care for the children full time; his manager has agreed emergency leave. If
neither Dwayne nor Thandi can be there, Farah (or the emergency duty team)
will place Amahle and Siya together with approved foster carers that day.
If Nomsa relapses a second time while the plan is in place, Farah will ask
the team manager for a legal planning meeting within 5 working days.

### 9. Core group and next review

- Core group every 4 weeks: 03/07/2025, 31/07/2025 and 28/08/2025, at
  Holmbrook Academy, 4pm.
- Review child protection conference: 04/09/2025, 10am, Mirrowdale Civic Hall.
- If the EIP report says Nomsa cannot keep the changes going in Amahle and
  Siya's timescale, Farah will request a legal planning meeting before the
  next review.

*Farah Qureshi, Social Worker, 29/05/2025. Shared with Nomsa and Dwayne on 02/06/2025.*
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Core group minutes: outcomes, children's views, then a progress update
#    and RAG on each action of the plan, new actions, contingency (txt).
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b25_mardlecote_core_group_record_action_updates_rag_sutcliffe.txt",
    "split": "tune",
    "template": "core-group-record-typed-outcomes-childrens-views-then-per-action-what-lead-by-when-know-update-rag-blocks-txt",
    "description": (
        "Typed core group record for three children (neglect; father's depression; family moving to "
        "another council) that goes through every action of the plan with a lead, date, measure, update "
        "and RAG, then adds new actions. 'Ongoing', a blank date, a blank measure whose update has "
        "figures, a referral on hold until the move, 'All agencies', 'Engagement', a blank lead, a second "
        "blank measure; no adult service owns an action, the contingency is vague and nothing says legal "
        "planning follows."
    ),
    "text": """\
MARDLECOTE COUNCIL - CHILDREN'S SERVICES
CORE GROUP MEETING - RECORD
-------------------------------------------------------------------
Children:  Tyler SUTCLIFFE (9)   Ellie-Rose SUTCLIFFE (6)
           Jax SUTCLIFFE (18 months)
Plan:      Child protection plan from ICPC 10/03/2025 - NEGLECT
Meeting:   Core group no. 3 - 15/05/2025, 1.30pm, Mardlecote Family Hub
Chair:     Beth Aldred (SW)
Minutes:   Lorraine Hibbert (business support)
-------------------------------------------------------------------

PRESENT
  Kayleigh Sutcliffe   mum
  Craig Sutcliffe      dad
  Beth Aldred          SW, Mardlecote Children's Services
  Anita Kaur           DSL, Mardlecote Primary
  Moira Denholm        HV, Mardlecote Community Health
  Naomi Pratt          FSW, Mardlecote Family Hub

APOLOGIES
  Dr P Varma           GP, Canal Street Surgery (no report)
  Sgt Lisa Crane       Mardlecote Police Public Protection Unit


1. OUTCOMES WE ARE WORKING TOWARDS (from the ICPC)
  a) Jax lives in a clean, safe home where he can crawl and play
     without picking up dog mess, rubbish or tablets.
  b) Tyler and Ellie-Rose are in school every day, on time, fed and
     in clean uniform.
  c) The children are never left with, or collected by, Dean
     Sutcliffe (paternal uncle, convicted of offences against
     children).


2. HOW THE CHILDREN ARE / WHAT THEY HAVE SAID
  Tyler (seen alone at school 08/05/25) said home is "better cos Mum
  hoovers now" but he is fed up of "Dad being in bed all day". He
  asked if they really have to move to Hallowmere because he will
  miss his football team. Ellie-Rose (seen alone 08/05/25) drew her
  family with the dog next to her and said she likes Naomi coming
  "cos we make pancakes". Jax was seen at home on 13/05/25. He was
  clean, babbling and pulling himself up on the sofa; the lounge
  floor was clear.


3. DISCUSSION
  Craig told the meeting he has been "in a really dark place" since
  he was made redundant in January. He is sleeping most of the day.
  His GP prescribed antidepressants last year but he stopped taking
  them in the autumn. Kayleigh said she is doing most of the
  childcare on her own.
  Kayleigh said the family have been offered a council tenancy in
  Hallowmere (Hallowmere Borough Council) and hope to move in July.
  Beth explained that Mardlecote keeps the plan until Hallowmere
  hold a transfer-in conference.


4. PROGRESS ON EACH ACTION IN THE PLAN

  ACTION 1
    What:       Visit the children at home every 2 weeks, seeing
                Tyler and Ellie-Rose on their own
    Lead:       Beth Aldred (SW)
    By when:    Every 2 weeks
    How we'll know: Visit records show all three children seen and
                the older two seen alone
    Update:     5 visits since the ICPC. All children seen every
                time; Tyler and Ellie-Rose seen alone at 4.
    RAG:        GREEN

  ACTION 2
    What:       Keep the house clear of dog mess, rubbish and
                medication so Jax can play safely on the floor
    Lead:       Kayleigh and Craig
    By when:    Ongoing
    How we'll know: Home conditions checklist score of 4 or more at
                every SW visit
    Update:     Scores of 4, 4 and 5 at the last three visits.
                Kayleigh has bought a stair gate and a lockable box
                for tablets.
    RAG:        GREEN

  ACTION 3
    What:       Weigh Jax monthly and bring his 2-year review
                forward
    Lead:       Moira Denholm (HV)
    By when:    Monthly; 2-year review by 30/06/2025
    How we'll know: Weight plotted in the red book; ASQ-3 scores
                shared with the SW
    Update:     Weight back on the 25th centile. Review booked.
    RAG:        GREEN

  ACTION 4
    What:       Send the SW Tyler's and Ellie-Rose's attendance and
                lateness figures
    Lead:       Anita Kaur (DSL, Mardlecote Primary)
    By when:    Weekly, Fridays
    How we'll know:
    Update:     Tyler 91%, Ellie-Rose 88% this half term (both 79% at
                the ICPC). Ellie-Rose late 6 times, mostly Mondays.
    RAG:        AMBER

  ACTION 5
    What:       Craig to see his GP about his low mood and sleep
    Lead:       Craig Sutcliffe
    By when:
    How we'll know: GP appointment letter shown to the SW
    Update:     Not done. Craig said he "hasn't got round to it".
    RAG:        RED

  ACTION 6
    What:       Referral to Mardlecote Young Carers for Tyler - on
                hold until the family have moved, for Hallowmere to
                pick up
    Lead:       Beth Aldred (SW)
    By when:    After the move - TBC
    How we'll know: Hallowmere Young Carers confirm the referral is
                received
    Update:     Not made - see section 3.
    RAG:        AMBER

  ACTION 7
    What:       Tell the SW the same day about any sighting of Dean
                Sutcliffe near the house or at the school gate
    Lead:       All agencies
    By when:    Same day
    How we'll know: Logged on the children's file with the action
                taken
    Update:     No sightings reported.
    RAG:        GREEN

  ACTION 8
    What:       Six home sessions with Kayleigh and Craig on morning
                routines, meals and bedtimes
    Lead:       Naomi Pratt (FSW)
    By when:    Weekly from 24/03/2025 (6 sessions)
    How we'll know: Engagement with sessions
    Update:     5 of 6 done. Kayleigh has engaged really well; Craig
                was asleep for three of them.
    RAG:        AMBER

  ACTION 9
    What:       Referral to the community paediatrician about
                Ellie-Rose's soiling
    Lead:
    By when:    By 30/04/2025
    How we'll know: Paediatric appointment letter on file
    Update:     No update - nobody at the meeting knew whether this
                had been done.
    RAG:        RED


5. NEW ACTIONS AGREED TODAY

  ACTION 10
    What:       Send the plan, the chronology and this record to
                Hallowmere Children's Services and invite their duty
                manager to the next core group
    Lead:       Beth Aldred (SW)
    By when:    By 06/06/2025
    How we'll know: Hallowmere confirm receipt in writing

  ACTION 11
    What:       Kayleigh and Craig to sort out the garden so the dog
                has its own area away from where the children play
    Lead:       Kayleigh and Craig
    By when:    By 13/06/2025
    How we'll know:

  ACTION 12
    What:       Take Jax and Ellie-Rose for a dental check-up
    Lead:       Kayleigh Sutcliffe
    By when:    By 27/06/2025
    How we'll know: Dental letters copied to the SW


6. CONTINGENCY
  As agreed at conference. If there are any further concerns or
  things do not improve, the core group will meet early to review
  the plan and consider next steps.


7. NEXT MEETINGS
  Review child protection conference: 05/06/2025, 10am, Mardlecote
  Town Hall.
  Core group: every 4 weeks - next 12/06/2025, 2pm, Family Hub.

Record agreed by the chair 16/05/2025. Copies to everyone present
and to the conference chair.
""",
    "findings": [
        F("T002", "Keep the house clear of dog mess, rubbish and"),
        F("M001", "Send the SW Tyler's and Ellie-Rose's attendance and lateness figures"),
        F("T001", "Craig to see his GP about his low mood"),
        F("X001", "Referral to Mardlecote Young Carers for Tyler - on hold"),
        F("T002", "Referral to Mardlecote Young Carers for Tyler - on hold"),
        F("W002", "Tell the SW the same day about any sighting"),
        F("M002", "Six home sessions with Kayleigh and Craig on morning routines"),
        F("W001", "Referral to the community paediatrician about Ellie-Rose's soiling"),
        F("M001", "sort out the garden so the dog has its own area"),
        F("F004"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Not a plan: a statutory child protection visit case note (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b25_mellingrove_statutory_visit_case_note_nowak.md",
    "split": "tune",
    "template": "not-a-plan-statutory-cp-visit-case-note-field-table-observations-manager-oversight-md",
    "description": (
        "Not a plan: a case-system print of one statutory home visit to a child on a child protection plan "
        "(observations, time alone with the child, the mother's views, analysis and manager's oversight). "
        "It mentions the plan and the next visit but holds no plan of its own."
    ),
    "not_a_plan": True,
    "text": """\
# Case note – Statutory child protection visit

**Mellingrove Council · Children's Social Care · Case recording system (print)**

| Field | Entry |
|---|---|
| Child | Zofia Nowak, 7 (ID 5520318) |
| Other child in household | Antoni Nowak, 4 |
| Visit type | Statutory visit – child protection plan since 12/03/2025 (emotional abuse) |
| Date and time | 20/05/2025, 15:40 – 16:45 |
| Announced? | Unannounced |
| Worker | Rhiannon Culshaw, Social Worker, Family Safeguarding Team North |
| Children seen | Zofia – yes, seen alone in her bedroom. Antoni – yes, with mum. |
| Others present | Magda Nowak (mum) |
| Language | Magda chose to speak in English; a Polish interpreter was offered and declined. |

## Purpose of visit

Statutory visit (previous visit 07/05/2025). To see both children, to see
Zofia on her own, and to catch up with Magda after the core group on
14/05/2025.

## Observations

- Magda answered the door quickly and invited me in. The flat was warm and
  tidy and smelled of cooking; there was food in the fridge and cupboards.
- Zofia was at the kitchen table in her school uniform doing a reading book
  with Magda. Antoni was building a train track on the lounge floor and
  showed me "the tunnel".
- The broken bedroom door lock reported at the last visit has been repaired.
- There were no signs of Pawel (father) having been at the flat. Magda said
  he has not been in touch since the non-molestation order was served on
  02/04/2025.

## Time with Zofia (seen alone)

Zofia took me to her bedroom to show me her new bunk bed and her drawings on
the wall. She said: "It's quiet now. Tata doesn't come anymore and Mama
doesn't cry in the bathroom." She said she misses her dad "a little bit, on
Sundays", because that was when they went to the park. She said she feels
"happy, a 9" at home and "a 7 at school, because of maths". She knows she
can talk to Mrs Hale at school and to me. When I asked about the night-time,
she said she doesn't get up to check the door any more. She asked if she
could do her Holy Communion in June "with Mama and Babcia there", which
Magda has agreed.

## Antoni

Antoni was chatty and played well throughout. He went to Magda for a cuddle
when he bumped his head on the table and settled within a minute. He told me
he is "going to big school", and Magda said he starts reception in
September.

## Discussion with Magda

Magda has been to 6 of the 12 Freedom Programme sessions and said it is
"opening my eyes". She said she now recognises how Pawel controlled the
money. She is sleeping better and has gone back to her cleaning job three
mornings a week while the children are at school and nursery. She is
worried about the family court hearing about contact on 16/06/2025 and
asked whether she has to go. I explained the court process and that her
solicitor can advise her.

## Analysis

This is the third visit in a row where the home has been calm and the
children relaxed. Zofia's account is consistent with what school report
(settled, attendance 98%). Magda is protective and is using what she is
learning on the Freedom Programme. The main risk remains contact with
Pawel, which is for the family court to decide.

## Manager's oversight (added 21/05/2025)

Good direct work with Zofia and a clear record of her views. Visit within
timescale. Next statutory visit due by 03/06/2025. Discussed in
supervision: no change to the level of risk. – Martin Oyelade, Team Manager

## Tasks arising from this visit

- Email school with Zofia's uniform grant form – done 21/05/2025 (RC).
- Update chronology with the repaired lock and the court date – done
  21/05/2025 (RC).
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Review conference chair's report: attendance table, summary of each
#    agency's report, parents' and children's views, decision, then a
#    recommendations table under banner rows (docx).
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b25_mirkhaven_rcpc_chair_report_agency_round_banded_recommendations_rashid.docx",
    "doc_title": "Review Child Protection Conference - Chair's Report - Yusuf and Maryam Rashid",
    "split": "tune",
    "template": "rcpc-chair-report-attendance-table-agency-round-decision-then-banded-recommendations-no-lead-timescale-evidence",
    "description": (
        "An independent chair's report of a review conference for a 12-year-old and a baby (mother's "
        "severe postnatal depression, baby's faltering weight): attendance table, each agency's report, "
        "parents' and children's views, analysis and decision, then the revised plan as a recommendations "
        "table under banner rows. Six of eleven rows are the parents' own needs, a perinatal nurse who "
        "only supports with 'mood improves', 'when she feels able', an assessment with no output, a "
        "'Family' bedtime row 'as needed' and 'Monitored', an adult-only outcome, and a contingency that only "
        "discusses."
    ),
    "blocks": [
        ("title", "Review Child Protection Conference – Chair's Report"),
        ("p", "Mirkhaven Metropolitan Borough Council – Safeguarding and Quality Assurance Unit"),
        ("kv", [
            ("Children", "Yusuf Rashid (12) and Maryam Rashid (10 months)"),
            ("Parents", "Samira Rashid and Imran Rashid, 7 Larkspur Close, Mirkhaven"),
            ("Conference", "First review, 12/06/2025, 1.30pm, Mirkhaven Town Hall (ICPC 13/03/2025, neglect)"),
            ("Chair", "Helen Thorburn, Independent Chair"),
            ("Interpreter", "Shazia Parveen (Urdu), for Samira"),
        ]),
        ("h1", "1. Attendance"),
        ("table", {
            "header": ["Name", "Role", "Agency", "Report"],
            "widths": [3.6, 4.0, 5.6, 3.8],
            "rows": [
                ["Samira Rashid", "Mother", "–", "Spoke at conference"],
                ["Imran Rashid", "Father", "–", "Spoke at conference"],
                ["Kirsty Moran", "Social worker", "Mirkhaven Children's Services", "Written report"],
                ["Lorraine Beck", "Health visitor", "Mirkhaven Community Health", "Written report"],
                ["Joanne Ellery", "Perinatal mental health nurse", "Mirkhaven Perinatal Mental Health Service",
                 "Written report"],
                ["Ahmed Lateef", "Designated safeguarding lead", "Northgate Academy", "Verbal"],
                ["Dr Sarah Collins", "GP", "Larkspur Medical Practice", "Written report, not present"],
                ["Tariq Mahmood", "Family support worker", "Mirkhaven Family Hub", "Verbal"],
            ],
        }),
        ("h1", "2. Summary of agency reports"),
        ("p", "Social worker (Kirsty Moran): Kirsty has visited nine times since the initial conference and seen "
              "Yusuf alone seven times. Home conditions are much better. Maryam is still left in her car seat "
              "or bouncer for long periods, and on two visits she had not been fed since early morning. Samira "
              "spends most of the day in bed while Imran is at work. Yusuf told Kirsty he makes Maryam's "
              "bottles before school."),
        ("p", "Health visitor (Lorraine Beck): Maryam's weight has fallen from the 50th centile at birth to the "
              "9th. She is not yet sitting without support and babbles very little. Samira finds it hard to "
              "read Maryam's cues and props her bottle on a cushion."),
        ("p", "Perinatal mental health (Joanne Ellery): Samira was diagnosed with severe postnatal depression in "
              "January. She has attended 8 of 12 appointments and her medication has been increased. Joanne "
              "described Samira as \"very flat\" and said she is not yet ready for talking therapy."),
        ("p", "School (Ahmed Lateef): Yusuf's attendance has fallen to 84% and he has been late 14 times this "
              "term. He has twice been found asleep in the library at lunchtime. He is polite and well liked."),
        ("p", "GP (Dr Sarah Collins, written report): Samira takes sertraline 150mg. Imran has not been seen at "
              "the practice this year. There are no concerns about alcohol or drug use by either parent."),
        ("p", "Family Hub (Tariq Mahmood): Tariq has helped Samira with benefit and housing forms. The family are "
              "£1,400 in rent arrears."),
        ("h1", "3. What Samira and Imran said"),
        ("p", "Samira, through the interpreter, said she loves her children but \"feels like a stone\" most "
              "days, and that she is frightened Maryam will be taken away. Imran said he works 7am to 7pm, six "
              "days a week, in his brother's restaurant and cannot cut his hours. His mother, Nasreen, who "
              "lives with the family, helps with Maryam in the mornings when she is well enough."),
        ("h1", "4. What Yusuf and Maryam are telling us"),
        ("p", "Yusuf wrote a letter to conference with Kirsty, which was read out: \"I love my sister and I like "
              "doing her bottles, but I am tired in school and sometimes I forget my homework. I want Mum to be "
              "happy again and come to parents' evening. I don't want anyone to get in trouble.\" The HV and SW "
              "describe Maryam as a quiet baby who rarely cries, watches faces closely, and brightens and kicks "
              "her legs when Yusuf talks to her."),
        ("h1", "5. Chair's analysis"),
        ("p", "Some things are better: the house is cleaner and Yusuf is being seen and heard. But Maryam is not "
              "gaining weight and her development is slipping. Samira is very unwell, Imran is out of the "
              "house twelve hours a day, and Yusuf is doing far too much. Nobody in the household is reliably "
              "feeding Maryam during the day."),
        ("h1", "6. Decision"),
        ("p", "Conference agreed that Yusuf and Maryam remain subject to child protection plans under the category "
              "of neglect. The chair advised that if Maryam's weight has not risen towards the 25th centile by "
              "the next review, or she is again found unfed, the local authority must hold a legal planning "
              "meeting to consider pre-proceedings."),
        ("h1", "7. Recommendations – revised child protection plan"),
        ("h2", "What needs to be different"),
        ("bullets", [
            "Maryam is fed at least every four hours during the day, gains weight and is back on the 25th "
            "centile by October.",
            "Yusuf goes to school every day on time and does not have to make his sister's bottles.",
            "Samira's depression and anxiety are well managed.",
        ]),
        ("table", {
            "header": ["No.", "Recommendation", "Lead", "Timescale", "Evidence of progress"],
            "widths": [1.0, 5.8, 3.6, 2.8, 3.8],
            "rows": [
                ["Samira and Imran", H, H, H, H],
                ["1", "Weekly support sessions with Samira for her low mood and anxiety",
                 "Joanne Ellery, perinatal mental health nurse", "Weekly", "Samira's mood improves"],
                ["2", "Review Samira's sertraline dose and side effects",
                 "Dr Sarah Collins, GP", "By 30/06/2025", "GP letter to the SW with the dose agreed"],
                ["3", "Samira to go to the Mums Together peer support group at Northgate Children's Centre",
                 "Samira Rashid", "When she feels able", "Attendance register kept by the centre"],
                ["4", "Referral to Mirkhaven Welfare Rights for the family's Universal Credit and rent arrears",
                 "Tariq Mahmood, FSW", "By 20/06/2025",
                 "Welfare rights appointment letter on file; repayment plan agreed with the landlord"],
                ["5", "Referral to ESOL English classes at Mirkhaven Adult College for Samira",
                 "Tariq Mahmood, FSW", "By 31/07/2025, for the September term",
                 "Enrolment confirmation copied to the SW"],
                ["6", "Carer's assessment for Imran",
                 "Mirkhaven Adult Social Care – carers' team", "By 31/07/2025",
                 "Carer's assessment report shared with Imran and the SW"],
                ["Yusuf", H, H, H, H],
                ["7", "Weekly check-in with Yusuf about home, sleep and homework",
                 "Ahmed Lateef, DSL, Northgate Academy", "Every Friday",
                 "Check-in notes shared with the SW fortnightly; attendance back above 95%"],
                ["8", "Young carers assessment for Yusuf",
                 "Mirkhaven Young Carers", "By 31/07/2025", ""],
                ["Maryam", H, H, H, H],
                ["9", "Weigh Maryam fortnightly at home and watch a full feed at each visit",
                 "Lorraine Beck, HV", "Fortnightly",
                 "Weight plotted in the red book; feed observation notes sent to the SW"],
                ["10", "Help with Maryam's bath and bedtime while Imran is at work",
                 "Family", "As needed", "Monitored"],
                ["11", "Visit Yusuf and Maryam at home, see Yusuf on his own and see Maryam being fed",
                 "Kirsty Moran, SW", "Every 2 weeks",
                 "Visit records show Yusuf seen alone and Maryam seen fed at each visit"],
            ],
        }),
        ("h1", "8. Contingency"),
        ("p", "If Samira's mental health deteriorates or there are further concerns about Maryam's care, the "
              "core group will meet to discuss the situation and consider whether the plan needs to change."),
        ("h1", "9. Core group and next review"),
        ("p", "Core group to meet monthly: first meeting 26/06/2025, 10am, Mirkhaven Family Hub, then 24/07/2025 "
              "and 21/08/2025. Next review child protection conference: 11/09/2025, 1.30pm, Mirkhaven Town Hall."),
        ("pl", "Helen Thorburn, Independent Chair – 13/06/2025"),
        ("pl", "Distribution: parents, conference members, GP, Northgate Academy"),
    ],
    "findings": [
        F("H001", "Weekly support sessions with Samira for her low mood and anxiety"),
        F("M002", "Weekly support sessions with Samira for her low mood and anxiety"),
        F("T002", "Samira to go to the Mums Together peer support group"),
        F("M001", "Young carers assessment for Yusuf"),
        F("W002", "Help with Maryam's bath and bedtime while Imran is at work"),
        F("T002", "Help with Maryam's bath and bedtime while Imran is at work"),
        F("M002", "Help with Maryam's bath and bedtime while Imran is at work"),
        F("F002", "Samira's depression and anxiety are well managed"),
        F("F001"),
        F("C002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Pre-birth assessment summary followed by the pre-birth plan with
#    stage banner rows (pdf, header and page footer). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b25_mabbersley_prebirth_assessment_summary_then_staged_plan_corrigan.pdf",
    "doc_title": "Pre-birth assessment summary and child protection plan - Baby Corrigan-Lyle",
    "split": "tune",
    "template": "prebirth-assessment-summary-going-well-worries-babys-world-conclusions-then-step-lead-timing-evidence-stage-banners-paged",
    "description": (
        "Exemplary. A pre-birth assessment summary (care-leaver mother with EUPD and past overdoses, "
        "father's daily cannabis use) followed by the plan agreed at the pre-birth conference, in a "
        "Step / Lead / Timing / Evidence table with Before the birth / On the ward / After the birth "
        "banner rows; header and 'Page N of M' footer. Perinatal psychiatrist asked to assess capacity to "
        "change, drug service owns an action, former foster carer and grandmother's support with a "
        "fallback to a parent and baby placement, core group and review dates, legal planning meeting."
    ),
    "header": "OFFICIAL-SENSITIVE – Mabbersley Council Children's Services – Pre-birth assessment and plan",
    "footer": "Baby Corrigan-Lyle – pre-birth CP plan – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Pre-birth Assessment Summary and Child Protection Plan"),
        ("kv", [
            ("Unborn baby", "Baby Corrigan-Lyle, due 18/08/2025 (Rosewood Maternity Unit, Mabbersley General)"),
            ("Mother", "Aoife Corrigan (20), care leaver"),
            ("Father", "Connor Lyle (22)"),
            ("Assessment", "Pre-birth assessment, 02/04/2025 to 20/05/2025, Sunita Bhardwaj (SW)"),
            ("Conference", "Pre-birth ICPC, 29/05/2025 – child protection plan, category neglect"),
        ]),
        ("h1", "Part A – Summary of the pre-birth assessment"),
        ("h2", "Why we assessed"),
        ("p", "Aoife was looked after by Mabbersley from the age of 11 to 18 and has a personal adviser from the "
              "leaving care team. She has a diagnosis of emotionally unstable personality disorder and has "
              "self-harmed at times of stress, most recently by an overdose in November 2024. Connor smokes "
              "cannabis every day and in 2023 was cautioned for possession. The community midwife referred at "
              "14 weeks."),
        ("h2", "What is going well"),
        ("p", "Aoife has been to every antenatal appointment and every perinatal mental health appointment since "
              "February, and she has not self-harmed since November. She and Connor keep a tidy one-bedroom "
              "flat, have bought a cot and a car seat and have been to the Bump to Baby classes. Jan Whitlow, "
              "Aoife's former foster carer, has stayed close and has offered to stay for the first week after "
              "the birth. Connor's mum, Tracey Lyle, lives in the same block and sees them most days."),
        ("h2", "What we are worried about"),
        ("p", "Aoife's self-harm and overdoses have all followed a relationship crisis or a big change, and the "
              "weeks after a birth bring both. When she is distressed she has stayed in bed for days and "
              "stopped eating; a newborn needs feeding every three to four hours. Connor's cannabis use means "
              "he sleeps heavily in the evenings and would not wake for a baby, and he has smoked in the flat. "
              "Neighbours reported two loud arguments between them this year."),
        ("h2", "The baby's world now"),
        ("p", "At the home visit on 13/05/2025 the cot was set up beside the bed and baby clothes were washed and "
              "folded. Aoife showed me the scan photos on the fridge; she talks to the bump and calls the baby "
              "\"Bean\". The flat smelled of cannabis on one of four visits, and there was an ashtray on the "
              "balcony table. Aoife said: \"I want this baby to have what I never had – the same mum every "
              "day.\" Connor said he wants to be \"a proper dad, not like mine\"."),
        ("h2", "Conclusions"),
        ("p", "Aoife and Connor have real strengths and are committed to their baby. The risk is that Aoife "
              "becomes overwhelmed after the birth and harms herself, leaving the baby without care, and that "
              "Connor cannot step in because of his cannabis use. The assessment concluded that, with a clear "
              "plan, a strong network and the perinatal team's assessment, the baby can go home with Aoife and "
              "Connor under a child protection plan, and that the local authority must plan now for what "
              "happens if that is not safe."),
        ("h1", "Part B – Child protection plan (agreed at the pre-birth ICPC, 29/05/2025)"),
        ("h2", "What we want for the baby"),
        ("bullets", [
            "The baby is born safely and goes home with a parent who is well and awake enough to feed, change "
            "and settle them, day and night.",
            "The baby sleeps in their own cot in a smoke-free flat and gains weight along their centile.",
            "The baby is never left with an adult who has used cannabis or is in crisis, and is cared for by "
            "someone else straight away if Aoife becomes unwell.",
        ]),
        ("h2", "The steps"),
        ("table", {
            "header": ["Step", "Lead", "Timing", "Evidence we will look for"],
            "widths": [6.0, 3.6, 3.2, 4.2],
            "rows": [
                ["Before the birth", H, H, H],
                ["See Aoife in pregnancy, agree a written relapse and crisis plan with her, and assess whether "
                 "she can make and keep the changes the baby needs and how quickly",
                 "Dr Imogen Hartley, perinatal psychiatrist, Mabbersley Perinatal Mental Health Team",
                 "Every 2 weeks; written assessment by 18/07/2025 (34 weeks)",
                 "Crisis plan copied to the SW and midwife; written assessment of Aoife's capacity to change "
                 "and the likely timescale shared with the core group by 18/07/2025"],
                ["Assess Connor's cannabis use and agree a reduction plan with him, so that he can care for the "
                 "baby safely at night",
                 "Reach Drug and Alcohol Service – key worker Marcus Ilori",
                 "Assessment by 20/06/2025; urine tests monthly",
                 "Test results and a written update sent to the SW before each core group; levels falling by "
                 "36 weeks"],
                ["Visit Aoife and Connor at home, check the baby's sleeping space and that nobody smokes in the "
                 "flat",
                 "Sunita Bhardwaj (SW)",
                 "Every 2 weeks until the birth",
                 "Visit records note the cot set up and no smell of smoke or cannabis"],
                ["Write the birth and discharge plan, including who stays with Aoife on the ward and what "
                 "happens if she becomes distressed",
                 "Safeguarding midwife Rachel Odunsi",
                 "By 25/07/2025 (35 weeks)",
                 "Signed plan on the maternity record, copied to the SW and the emergency duty team"],
                ["Antenatal contact on safe sleep, feeding and coping with a crying baby",
                 "HV Bethan Crowley",
                 "By 01/08/2025",
                 "Safe sleep and coping-with-crying checklist signed by Aoife and Connor"],
                ["Help Aoife get ready for the baby's first weeks: the maternity grant, baby equipment and a "
                 "list of her support network",
                 "Liam Foley, personal adviser, Mabbersley Leaving Care Team",
                 "By 11/07/2025",
                 "Grant awarded; support network list with phone numbers on the fridge and copied to the SW"],
                ["On the ward", H, H, H],
                ["Visit Aoife and the baby on the postnatal ward and see the baby with each parent",
                 "Sunita Bhardwaj (SW)",
                 "Within 1 working day of the birth, and again before discharge",
                 "Ward visits recorded; discharge planning meeting held before the baby leaves hospital"],
                ["Review Aoife on the ward and report whether she is keeping up the changes in her crisis "
                 "plan, and whether the plan needs to change before she goes home",
                 "Kate Devlin, perinatal mental health nurse",
                 "Before discharge",
                 "Written review sent to the SW and the midwife before discharge"],
                ["After the birth", H, H, H],
                ["Stay with Aoife, Connor and the baby for the first nights at home and help with night feeds",
                 "Jan Whitlow (Aoife's former foster carer)",
                 "Every night for 7 nights from discharge",
                 "Night-feed chart kept and checked by the HV at the new birth visit"],
                ["Call in each afternoon and take the baby out for a walk so Aoife can rest",
                 "Tracey Lyle (paternal grandmother)",
                 "Every afternoon for the first 6 weeks",
                 "Tracey's entries in the family diary, checked by the SW at each visit"],
                ["New birth visit, then weigh the baby and watch a feed",
                 "HV Bethan Crowley",
                 "Day 10–14, then weekly until 8 weeks",
                 "Weight plotted in the red book; feed observation recorded"],
                ["Visit at home, see the baby awake and being handled, and go through Aoife's early warning "
                 "signs with her",
                 "Sunita Bhardwaj (SW)",
                 "Weekly for the first 8 weeks after discharge",
                 "Visit records show the baby seen awake at each visit and any early warning signs noted"],
                ["Not to smoke cannabis in the flat or while caring for the baby; hand the baby to Aoife or "
                 "Tracey if he has used",
                 "Connor Lyle",
                 "Every day from the birth",
                 "Reach test results; no smell of cannabis at any visit"],
            ],
        }),
        ("h2", "If things go wrong"),
        ("p", "If Aoife self-harms, talks about ending her life, stops eating or sleeping or says she cannot cope, "
              "or if Connor is found under the influence of cannabis while he is the only adult with the baby, "
              "whoever sees it will ring the SW (or the emergency duty team out of hours) and the perinatal "
              "crisis line straight away. The SW will visit the same day and hold a strategy discussion within "
              "24 hours. The baby will be cared for by Tracey Lyle or Jan Whitlow while Aoife is assessed. If "
              "neither Tracey nor Jan can care for the baby, or the baby cannot go home safely from hospital, "
              "the SW will arrange a parent and baby foster placement for Aoife and the baby (Cedar House, "
              "agreed in principle on 27/05/2025) or, if Aoife cannot go, an approved foster placement for "
              "the baby the same day, and will request a legal planning meeting within 2 working days."),
        ("h2", "How we will check the plan is working"),
        ("bullets", [
            "Core group: every 3 weeks before the birth – 12/06/2025, 03/07/2025, 24/07/2025 and 14/08/2025 – "
            "then within 10 working days of the birth and every 4 weeks after that.",
            "Review child protection conference: 11/09/2025, 10am, Mabbersley Civic Centre.",
            "If the perinatal assessment says Aoife cannot make the changes in the baby's timescale, or "
            "Connor's tests are not falling by 36 weeks, the team manager will hold a legal planning meeting "
            "and send a pre-proceedings (PLO) letter before the birth.",
        ]),
        ("pl", "Sunita Bhardwaj, Social Worker – 30/05/2025"),
    ],
    "findings": [],
})
