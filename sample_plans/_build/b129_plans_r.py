"""Batch 129, module r: seven fictional plans (tuning material), places beginning with "r".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans by experienced practitioners, each in their own local template
and voice, for families where RELATIVES HELP and a PARENT HAS MENTAL ILL
HEALTH OR USES SUBSTANCES. The plans are about the ordinary good wording of
two things the Child Z review asks for in Findings One and Four:
- family help and its fallback: grandparents doing nights and school runs, a
  paternal aunt on the school run, a great-aunt doing tea and bedtime,
  grandparents supervising contact, a neighbour or friend as the emergency
  carer; the contingency says in each author's words what happens if that help
  fails ("If Pauline or Dennis cannot have the children", "Should Brenda be
  unable to stay", "If the arrangement with Lisa breaks down", "Where Pat
  cannot come", "If Jo is poorly", "When Joe is away", "If this is not
  possible"), per person, in a sentence or in bold sub-headings;
- mental health practitioners (CMHT care co-ordinator, consultant and
  perinatal psychiatrists, a perinatal CPN and nursery nurse, a clinical
  psychologist, a CBT therapist at Talking Therapies, a veterans' service
  psychologist, GPs for medication) whose actions in the exemplary plans ask,
  each in different words, for a view of whether the parent can change, what
  still has to happen and how long it is likely to take (a written opinion on
  prognosis, a view at each core group, an assessment of relapse risk, an
  opinion at the end of each block of sessions); in the faulty plans one
  service only treats or supports.

Five plans are exemplary (no findings): Ratchcombe (docx, landscape ICPC
plan with the outcome merged down the table; mother with bipolar disorder,
grandparents and a neighbour), Reddenholme (docx, review conference table
with a progress column and one closed row; father drinking, mother with
agoraphobia, paternal aunt on the school run, friend as fallback), Rimswick
(pdf with page header and footer, pre-birth plan in three stage bands;
history of postpartum psychosis, grandmother staying the first four weeks),
Ruffleton (md, the plan as a letter to the parents after conference; father
with PTSD who drinks, grandfather on night shifts, an aunt at weekends) and
Rostherley (txt, core group plan with owner-first numbered items; mother with
PTSD, father using cocaine, grandparents supervising contact, a friend as
emergency carer). Two carry a realistic mix of faults among mostly good rows:
Roddenby (pdf, core group 2 record with an updated action table: talking
therapy that only supports, a vague "Ongoing", a feeling as the measure of
Nan's school run, "Family" as an owner, an outcome only for the mother, and
no fallback for the grandmothers' help) and Ryllford (md, review conference
table: a psychiatrist who only treats, "As and when she feels able", an
unowned referral, a row with no measure, and the next review conference "to
be arranged").

Counting convention used for "actions" (convention 1): every live row of an
action table and every bullet or numbered item of an action section counts;
stage banner rows, the contingency and the meeting dates do not, and a
one-off action marked done and closed (Reddenholme row 6) is not counted.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, mother with bipolar disorder who stopped her
#    lithium, a 7-year-old and a toddler, maternal grandparents doing nights
#    and school runs, a neighbour as emergency carer. Landscape Word table
#    with the outcome merged down each group of actions. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b129_ratchcombe_icpc_merged_outcome_landscape_thwaite.docx",
    "doc_title": "Child Protection Plan - Mason and Evie Thwaite",
    "split": "tune",
    "actions": 11,
    "landscape": True,
    "check_vmerge": 3,
    "template": "icpc-plan-docx-landscape-details-list-why-a-plan-going-well-childrens-words-then-outcome-merged-down-what-will-happen-who-when-how-we-will-know-table-then-contingency-paragraphs-per-trigger-and-per-relative-core-group-and-review-bullets",
    "description": (
        "Exemplary initial conference plan for a 7-year-old and a 22-month-old whose mother has "
        "bipolar disorder and relapsed after stopping her lithium. A landscape Word table with "
        "what we want for the children merged down each group of actions. The CMHT care "
        "co-ordinator gives a written view of whether recovery is holding and how long change "
        "will take, the consultant psychiatrist a written opinion on prognosis; the GP owns the "
        "prescribing; the grandparents' nights and school runs have a fallback (a neighbour, "
        "then emergency foster carers); legal planning follows named triggers; core group and "
        "review dates are set; Mason's words and Evie's day are recorded."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Ratchcombe County Council · Children's Social Care · Family Safeguarding Team, Ratchcombe North"),
        ("kv", [
            ("Children", "Mason Thwaite (7), DOB 02/03/2018, Year 3 at Ratchcombe Church Primary; Evie Thwaite "
                         "(22 months), DOB 19/11/2023, Little Wrens Nursery on Tuesdays to Thursdays"),
            ("Address", "9 Foundry Walk, Ratchcombe RC4 2PE"),
            ("Mother", "Lauren Thwaite (29)"),
            ("Fathers", "Mason's father, Callum Reid, lives in Aberdeen and phones on Sundays; Evie's father is "
                        "not named"),
            ("Maternal grandparents", "Pauline and Dennis Thwaite, 27 Kiln Lane, Ratchcombe (five minutes by car)"),
            ("Family friend", "Shannon Cole, 11 Foundry Walk (two doors down)"),
            ("Conference", "Initial child protection conference, Monday 15/09/2025. Chair: Geraldine Morrow (IRO)"),
            ("Category", "Neglect (both children)"),
            ("Social worker", "Abi Okafor (team manager: Stuart Lomax)"),
        ]),
        ("h1", "Why Mason and Evie need a plan"),
        ("p", "Lauren has bipolar affective disorder, diagnosed after a manic episode in 2019. She stopped her "
              "lithium in June because she felt well and was worried about her weight. Through August she slept "
              "two or three hours a night, ran up £2,400 on a credit card and twice took Mason and Evie into town "
              "after midnight. At 6am on 29/08/2025 a neighbour found Evie on the pavement outside the house in "
              "her nappy while Lauren was repainting the kitchen; Mason said he had been trying to get Evie "
              "dressed. The crisis team assessed Lauren that day and treated her at home, and she restarted "
              "lithium on 03/09/2025. Since then Pauline and Dennis have either stayed at Foundry Walk or had the "
              "children at Kiln Lane every night."),
        ("h1", "What is going well"),
        ("p", "Lauren now says she was unwell and wants the children to have a settled home; she has seen the "
              "crisis team and her care co-ordinator every time they asked. Pauline and Dennis cared for Mason "
              "when Lauren was in hospital in 2019 and know her early warning signs. Mason's school describe him "
              "as bright and well liked, and Evie is attached to her mum and to her nan."),
        ("h1", "What Mason and Evie have told us"),
        ("p", "Mason (seen on his own at school, 10/09/2025): “Mum was doing painting all night and talking really "
              "fast. I had to get Evie her breakfast and she got out the door. I like it when Nan stays because she "
              "makes pancakes.” He put home at 4 out of 10 and said he wants “Mum to be normal and Nan to keep "
              "coming”."),
        ("p", "Evie (seen at home on 11/09/2025 and at nursery on 12/09/2025): she went straight to Pauline when "
              "the social worker came in, then climbed on to Lauren's knee with a book and stayed there. At nursery "
              "she was tired and clingy after a late night and ate two breakfasts. She has about twenty words, "
              "among them “Nana” and “Mase”."),
        ("h1", "The plan"),
        ("p", "The first column is what we want to be true for Mason and Evie by the review conference. The rows "
              "beside it are what will be done to get there."),
        ("table", {
            "header": ["What we want for Mason and Evie", "What will happen", "Who", "When", "How we will know"],
            "widths": [4.6, 7.0, 4.2, 4.0, 5.9],
            "rows": [
                ["Mason and Evie are cared for every day and night by an adult who is well enough to keep them "
                 "safe, and are never out of the house without an adult.",
                 "Visit Mason and Evie at home, at least one visit in four unannounced or early in the morning, "
                 "and see Mason on his own",
                 "Abi Okafor, SW",
                 "Weekly from 16/09/2025 until the review conference",
                 "Visit records show both children seen every week, the front door locked and Mason's own words "
                 "written down"],
                [V,
                 "See Lauren at home every two weeks, go through her early warning signs with her and Pauline, "
                 "and give each core group a written view of whether her recovery is holding, what still needs "
                 "to change for Mason and Evie and how long that is likely to take",
                 "Rhys Gwilliam, care co-ordinator, Ratchcombe Community Mental Health Team (North)",
                 "Every two weeks from 17/09/2025; written view two working days before each core group",
                 "Rhys's written view on the case file before every core group, with Lauren's early warning "
                 "signs chart attached"],
                [V,
                 "Review Lauren in outpatient clinic and write to the SW with an opinion on her prognosis: the "
                 "risk of another relapse, what would have to change for her to stay well, and whether she can "
                 "sustain her recovery within the time Mason and Evie need",
                 "Dr Helen Marchetti, consultant psychiatrist, Ratchcombe CMHT",
                 "Clinic by 03/10/2025; written opinion by 14/10/2025",
                 "Opinion letter on file by 14/10/2025 and discussed at the core group on 21/10/2025"],
                [V,
                 "Prescribe Lauren's lithium weekly, arrange her lithium blood tests, and tell the SW within two "
                 "working days of any missed test or prescription, so that Abi knows at once if the children's "
                 "care may be affected",
                 "Dr Samir Kaul, GP, Priory Lane Surgery",
                 "Weekly prescriptions; blood tests every four weeks from 01/10/2025",
                 "GP email to the SW after each blood test giving the level; a missed test reported within two "
                 "working days"],
                [V,
                 "Take her lithium every evening and keep a sleep diary, so that she stays well enough to get "
                 "up for Mason and Evie each morning",
                 "Lauren Thwaite (Mum)",
                 "Every evening from 15/09/2025",
                 "Lithium level in range in every GP email; sleep diary showing six hours or more, seen by Rhys "
                 "at each visit"],
                ["Evie is safe at home, growing well and reaching her milestones, and goes to nursery on every day "
                 "she is booked.",
                 "Weigh Evie, check her speech and development with an ASQ-3, and check the stair gate, the "
                 "front door key and the bath seat",
                 "Nina Fairclough, HV",
                 "At home every four weeks, the first visit by 30/09/2025",
                 "Weight and ASQ-3 scores in the red book and emailed to the SW; gate and key seen at each visit"],
                [V,
                 "Record Evie's attendance, who collects her and how she presents, and phone the SW the same day "
                 "if she is absent without a reason or seems very tired",
                 "Jade Pemberton, manager, Little Wrens Nursery",
                 "Every session (Tuesday, Wednesday and Thursday)",
                 "Weekly attendance sheet emailed to the SW; same-day calls logged by the nursery"],
                [V,
                 "Collect Evie from nursery on Tuesdays and Thursdays and stay the night at Foundry Walk on "
                 "those days",
                 "Pauline Thwaite (maternal grandmother)",
                 "Every Tuesday and Thursday from 16/09/2025 until the review conference",
                 "Nursery signing-out sheet shows Pauline collecting; Pauline texts Abi each Wednesday and "
                 "Friday morning"],
                ["Mason gets to school on time every day, no longer has to look after Evie or worry about his mum "
                 "on his own, and knows who to ring if Mum becomes unwell.",
                 "Take Mason to school every morning, and have him for tea at Kiln Lane on Fridays",
                 "Dennis Thwaite (maternal grandfather)",
                 "Every school day from 16/09/2025",
                 "School register shows Mason in class by 8.50am on every day Dennis takes him"],
                [V,
                 "Check Mason's attendance and punctuality, and give him a weekly session with the ELSA to talk "
                 "about home",
                 "Mrs Gail Hendry, DSL, Ratchcombe Church Primary",
                 "Every Monday in term time",
                 "Attendance emailed to the SW every Friday; ELSA sessions logged on CPOMS"],
                [V,
                 "Do six sessions of direct work with Mason about his mum's illness, and make a card with him "
                 "showing who to ring (Nan, Grandad, Shannon, 999)",
                 "Abi Okafor, SW",
                 "Weekly, all six by 07/11/2025",
                 "Mason's card seen in his school bag at visits; his work and words on file and shared at the "
                 "core group on 18/11/2025"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Lauren shows two or more of her early warning signs (sleeping less than four hours on two nights "
              "running, spending she cannot explain, talking very fast or not making sense, going out at night "
              "with the children), or misses her lithium for two days: Pauline or Dennis will phone Rhys, or the "
              "Ratchcombe Crisis Team after 5pm, the same day; Mason and Evie will sleep at Kiln Lane that night; "
              "and Abi will hold a strategy discussion the same day."),
        ("p", "If Pauline or Dennis cannot do their part – a nursery collection, a night at Foundry Walk, the school "
              "run – or cannot have the children (Dennis has a heart condition, and Pauline works two nights a month "
              "at the care home), they will ring Abi that morning, and Shannon Cole at 11 Foundry Walk has agreed "
              "to step in: she will take Mason to school or collect Evie, and have both children overnight. If none "
              "of them can be reached, Abi, or the Emergency Duty Team out of hours, will place Mason and Evie "
              "together with emergency foster carers that night."),
        ("p", "If Lauren stops her lithium again, has another episode in which the children are put at risk, or "
              "Dr Marchetti's opinion is that she is unlikely to stay well within the children's timescales, Abi "
              "will ask Stuart Lomax for a legal planning meeting within five working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 10am at Ratchcombe North Family Hub: 23/09/2025, 21/10/2025 "
            "and 18/11/2025.",
            "Review child protection conference: Tuesday 09/12/2025, 1.30pm, Ratchcombe County Hall.",
            "Abi will see Mason on his own before every core group and bring his words to it.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First review conference plan, father drinking and mother with panic
#    disorder and agoraphobia, an 11-year-old and an 8-year-old, paternal aunt
#    on the school run, a friend two doors down as the fallback. Portrait Word
#    table with a progress column and one closed row. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b129_reddenholme_rcpc_progress_column_aunt_school_run_holroyd.docx",
    "doc_title": "Review Child Protection Plan - Kieran and Lily-May Holroyd",
    "split": "tune",
    "actions": 11,
    "template": "rcpc-plan-docx-portrait-details-list-what-has-changed-childrens-views-outcome-bullets-then-numbered-what-will-happen-who-when-how-well-know-progress-since-icpc-table-one-closed-row-then-if-things-go-wrong-bold-subheadings-per-person-meetings",
    "description": (
        "Exemplary first review conference plan for an 11-year-old and an 8-year-old whose father "
        "drinks and whose mother has panic disorder and has hardly left the house for two years. "
        "A portrait Word table with a progress column; one finished referral is kept as 'Done - "
        "closed' and not counted. The alcohol service reports on change, the CBT therapist gives "
        "a view at each core group of the steps left and how long they will take, the GP owns "
        "the medication reviews; the contingency has bold sub-headings for Dad drinking, for the "
        "aunt not being able to help (a friend, the family support worker, a network meeting, "
        "foster carers) and for progress stalling (legal planning)."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Reddenholme Metropolitan Borough Council – Children and Young People's Service – Locality "
              "Safeguarding Team (Moorside)"),
        ("kv", [
            ("Children", "Kieran Holroyd (11), DOB 14/05/2014, Year 7, Reddenholme High School; Lily-May Holroyd "
                         "(8), DOB 30/01/2017, Year 4, Moorside Primary School"),
            ("Address", "22 Lister Street, Reddenholme RH7 4NG"),
            ("Parents", "Gary Holroyd (40) and Natalie Holroyd (37)"),
            ("Paternal aunt", "Lisa Holroyd, 3 Brontë Row, Reddenholme"),
            ("Family friend", "Dawn Ackroyd, 14 Lister Street"),
            ("Category", "Neglect"),
            ("Initial conference", "07/07/2025"),
            ("This conference", "First review, Monday 06/10/2025. Chair: Yvonne Sterling (IRO)"),
            ("Social worker", "Joel Pickersgill (team manager: Ruth Ellison)"),
        ]),
        ("h1", "What has changed since July"),
        ("p", "At the initial conference Gary was drinking most nights. On 19/06/2025 he fell asleep drunk while "
              "Natalie was at a hospital appointment, and Lily-May, then 7, went to a neighbour when she cut her "
              "hand on a glass. Natalie has panic disorder with agoraphobia and had hardly left the house for two "
              "years; Kieran was doing the family's shopping after school and taking Lily-May to school, and both "
              "children were late most days."),
        ("p", "Since then Gary has been to 11 of 13 key-work sessions. He had two breath readings over zero in "
              "August and none in September. Lisa has done the school run every day since term began, and neither "
              "child has been late this term. Natalie was accepted by Reddenholme Talking Therapies in July and her "
              "CBT starts on 08/10/2025 after a waiting list; she walked to the corner shop with Lisa twice in "
              "September."),
        ("h1", "Kieran's and Lily-May's views"),
        ("p", "Kieran (seen on his own at school, 29/09/2025): “It's better now Auntie Lisa does school. I don't "
              "have to get Lily up. Dad's not drinking in the week but I still listen for him on Fridays. I'd like "
              "Mum to come to my parents' evening.” He gave home 6 out of 10; in July it was 3."),
        ("p", "Lily-May (seen on her own at home, 30/09/2025) drew her family at the seaside “because Mum can't go "
              "there yet”. She said: “Daddy doesn't smell of beer now. If he does I ring Auntie Lisa, I know her "
              "number,” and said the number to the social worker without looking."),
        ("h1", "What we want for Kieran and Lily-May"),
        ("bullets", [
            "Kieran and Lily-May are looked after every evening and weekend by an adult who is sober.",
            "Both children get to school on time every day, and Kieran no longer shops, cooks or gets his sister "
            "ready for school.",
            "Lily-May and Kieran can go out with their mum – to school, to the doctor's, to the park – as other "
            "children do.",
            "Both children know what to do and who to ring if their dad has been drinking, and feel safe to do it.",
        ]),
        ("h1", "The plan from this review"),
        ("p", "Row 6 was finished before this review. It is kept so the conference can see it and is not carried "
              "forward."),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When", "How we'll know", "Progress since ICPC"],
            "widths": [0.8, 4.4, 2.8, 2.6, 3.6, 2.8],
            "rows": [
                ["1",
                 "Visit Kieran and Lily-May at home and see each of them on their own; one visit a month after "
                 "6pm",
                 "Joel Pickersgill, SW",
                 "Weekly until the second review conference",
                 "Visit records show both children seen alone every week, with their words and scores written "
                 "down",
                 "Achieved – seen every week; three evening visits"],
                ["2",
                 "Stay sober whenever he is the only adult with Kieran and Lily-May, and go to key-work and a "
                 "breath test at Reddenholme Alcohol Recovery Service",
                 "Gary Holroyd (Dad)",
                 "Every Monday at 5pm",
                 "Every breath reading at zero; Joel sees the readings sheet every two weeks",
                 "Partly – 11 of 13 sessions; two readings over zero in August, none since"],
                ["3",
                 "Key-work and breath tests with Gary, and a written report before each core group on whether "
                 "he has cut down, what still has to change for Kieran and Lily-May and how long it is likely "
                 "to take",
                 "Sadia Rahman, recovery worker, Reddenholme Alcohol Recovery Service",
                 "Weekly; report two working days before each core group",
                 "Report with the breath readings on the case file before every core group",
                 "Achieved – reports for both core groups"],
                ["4",
                 "Twelve sessions of CBT with Natalie for panic and agoraphobia, and a written view before each "
                 "core group of her progress, the steps still to come and roughly how long before she can take "
                 "Lily-May to school herself",
                 "Marcus Oyelaran, high-intensity CBT therapist, Reddenholme Talking Therapies",
                 "Weekly from 08/10/2025 for 12 weeks",
                 "Written view, with Natalie's GAD-7 and panic scores, on file before each core group",
                 "Not started – waiting list; first session booked for 08/10/2025"],
                ["5",
                 "Review Natalie's sertraline, and tell the SW within two working days of any missed review, so "
                 "that Joel knows at once if the children's care may be affected",
                 "Dr Fiona Laird, GP, Moorside Health Centre",
                 "Every four weeks from 13/10/2025",
                 "GP email to the SW after each review, on file before every core group",
                 "Achieved – reviews on 11/08 and 08/09"],
                ["6",
                 "Refer Natalie to Reddenholme Talking Therapies",
                 "Dr Fiona Laird, GP",
                 "By 21/07/2025",
                 "Acceptance letter on file",
                 "Done 22/07/2025 – closed"],
                ["7",
                 "Take Kieran and Lily-May to school every morning, and collect Lily-May on Tuesdays and "
                 "Thursdays",
                 "Lisa Holroyd (paternal aunt)",
                 "Every school day from 03/09/2025",
                 "Both schools' registers show the children in before the bell; Lisa texts Joel each Friday",
                 "Achieved – no late marks this term"],
                ["8",
                 "Walk Lily-May to school with Lisa every Wednesday, building up to doing it on her own, so that "
                 "Lily-May has her mum at the school gate again",
                 "Natalie Holroyd (Mum), with Lisa",
                 "Every Wednesday from 05/11/2025",
                 "Moorside Primary's gate log shows Natalie at drop-off; Lisa texts Joel each Wednesday",
                 "New – agreed with Marcus as a step in the CBT"],
                ["9",
                 "Meet Kieran each week with his pastoral lead, check his attendance and punctuality, and phone "
                 "the SW the same day with any worry",
                 "Mr Dean Fairbank, DSL, Reddenholme High School",
                 "Every Monday in term time",
                 "Attendance emailed to the SW each Friday; meetings and same-day calls logged on CPOMS",
                 "Achieved – 97% this term"],
                ["10",
                 "Check Lily-May's attendance, lunch and uniform, and give her a Thursday check-in with her "
                 "teaching assistant",
                 "Mrs Angela Pryce, DSL, Moorside Primary School",
                 "Every school day; check-in every Thursday",
                 "Weekly attendance email to the SW; Thursday check-ins logged on CPOMS",
                 "Achieved – 96% this term"],
                ["11",
                 "Young carer's assessment with Kieran, and a place at the Thursday young carers' group",
                 "Aisha Begum, Reddenholme Young Carers",
                 "Assessment by 31/10/2025; group every Thursday from 06/11/2025",
                 "Kieran's young carer's plan sent to the SW; the group register shows him attending",
                 "Carried forward – referral accepted 12/09/2025"],
                ["12",
                 "Evening routine sessions at home with Gary and Natalie: tea, homework and bedtime for the "
                 "children",
                 "Chloe Sutcliffe, family support worker",
                 "Weekly for eight weeks from 07/10/2025",
                 "Routine chart on the kitchen wall, checked by Chloe each week, shows Lily-May in bed by 8.30pm "
                 "on school nights",
                 "New"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("boldp", "If Dad has been drinking"),
        ("p", "If Gary has been drinking when he is the only adult with the children, or either child tells anyone "
              "that Dad is drunk, Natalie or Kieran will ring Lisa, who will take Kieran and Lily-May to 3 Brontë "
              "Row for the night. Gary will stay at his brother Mark's flat until Joel has seen the family. Joel "
              "will visit the next day, or hold a strategy discussion the same day if either child was hurt or "
              "frightened."),
        ("boldp", "If Lisa can't help"),
        ("p", "If Lisa can't do the school run (if she is poorly, or her shifts at the hospital change), she will "
              "text Natalie and Joel by 7.30am. Dawn Ackroyd will walk the children to school that morning, and if "
              "Dawn can't either, Chloe Sutcliffe will collect them from home by 8.15am."),
        ("p", "Should Lisa be unable to have the children in an emergency, they will go to Dawn's at number 14. If "
              "the arrangement with Lisa breaks down altogether, or she tells us it has become too much, Joel will "
              "hold a family network meeting within five working days to agree who takes over; if no safe adult "
              "can be found for a night, Joel, or the Emergency Duty Team, will place Kieran and Lily-May together "
              "with foster carers that night."),
        ("boldp", "If progress stalls"),
        ("p", "If Gary has more than two breath readings over zero before the third core group on 02/12/2025, or "
              "the children are again found without a sober adult, Joel will ask Ruth Ellison for a legal planning "
              "meeting within five working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every six weeks (seven over Christmas), Tuesdays at 4pm at Moorside Family Centre: "
            "21/10/2025, 02/12/2025, 20/01/2026 and 03/03/2026.",
            "Second review child protection conference: Monday 30/03/2026, 10am, Reddenholme Town Hall.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Pre-birth plan, mother with bipolar disorder and postpartum psychosis
#    after her first child, a 6-year-old brother, maternal grandmother to stay
#    for the first four weeks, the father's sister as her back-up. Word plan
#    printed to PDF with a page header and footer; one action table in three
#    stage bands. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b129_rimswick_prebirth_stage_bands_perinatal_marr.pdf",
    "doc_title": "Pre-birth Child Protection Plan - Alfie Marr and unborn baby Marr",
    "split": "tune",
    "actions": 13,
    "template": "prebirth-plan-word-printed-to-pdf-page-header-footer-details-list-worries-strengths-alfies-words-outcomes-then-one-table-in-three-stage-banner-rows-until-birth-on-the-ward-first-eight-weeks-what-needs-to-happen-who-when-how-we-will-know-then-per-person-contingency-meetings",
    "description": (
        "Exemplary pre-birth plan for an unborn baby and her 6-year-old brother. The mother has "
        "bipolar disorder and had postpartum psychosis after her son's birth. A Word plan printed "
        "to PDF with a page header and footer; one action table in three banded stages (until "
        "the birth, on the ward, the first eight weeks). The perinatal psychiatrist writes an "
        "assessment of relapse risk and of how likely the mother is to care safely for the baby "
        "over the first three months, the perinatal CPN and nursery nurse each give a view on "
        "whether the changes are holding; the GP and the specialist midwife own actions. The "
        "grandmother's nights have a back-up (the father's sister, then a parent and baby "
        "placement), legal planning follows named triggers, core group and review dates are "
        "set; Alfie's words are recorded."
    ),
    "header": "OFFICIAL-SENSITIVE – Rimswick Borough Council – Pre-birth Child Protection Plan",
    "footer": "Alfie Marr and unborn baby Marr – plan agreed 22/09/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("kv", [
            ("Children", "Alfie Marr (6), DOB 11/04/2019, Year 2, Rimswick Bay Primary; unborn baby Marr (a girl), "
                         "due 14/12/2025"),
            ("Address", "Flat 3, 17 Gwynant Terrace, Rimswick RW2 5DA"),
            ("Mother", "Sophie Marr (24)"),
            ("Baby's father", "Jamie Dodd (27), lives with Sophie and Alfie; Alfie's father is not in touch"),
            ("Maternal grandmother", "Brenda Marr, 40 Caradog Road, Rimswick (20 minutes by bus)"),
            ("Baby's paternal aunt", "Kerry Dodd, 6 Mill Close, Rimswick"),
            ("Conference", "Pre-birth child protection conference, Monday 22/09/2025 (Sophie 28 weeks pregnant). "
                           "Chair: Meinir Howells (IRO)"),
            ("Category", "Neglect (Alfie and the unborn baby)"),
            ("Social worker", "Rhian Pugh (team manager: Gareth Lloyd)"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "Sophie has bipolar disorder. Eight days after Alfie was born in April 2019 she became psychotic: she "
              "believed Alfie had been swapped at the hospital and would not feed him. She was admitted with Alfie "
              "to Larchfield Mother and Baby Unit for seven weeks, and Brenda looked after him for a further month. "
              "Sophie stopped her quetiapine when she found out she was pregnant in May 2025, without telling "
              "anyone, and in July she went three nights without sleep before Jamie called her GP. The perinatal "
              "team say the risk of another postpartum psychosis is high, especially in the first two weeks after "
              "the birth, and that it can come on within hours."),
        ("h1", "What is going well"),
        ("p", "Sophie restarted her quetiapine in July and has kept every perinatal appointment since. She and "
              "Jamie both know her early warning signs and wrote them down with the perinatal nurse. Jamie has "
              "arranged two weeks' paternity leave. Brenda has offered to stay every night for the first four "
              "weeks, as she did in 2019. Alfie is doing well at school and is excited about his sister."),
        ("h1", "What Alfie has told us"),
        ("p", "Alfie (seen on his own at school, 18/09/2025): “I'm going to be a big brother and I'm going to show "
              "the baby my dinosaurs. When I was a baby Mummy was poorly and I lived at Nanna Brenda's but I don't "
              "remember.” He said his worry is “Mummy going to the hospital again and me not knowing”, and he "
              "wants Nanna to “come and stay when the baby comes, with her slippers”."),
        ("h1", "What we want for Alfie and his sister"),
        ("bullets", [
            "The baby is born safely and goes home to parents who are well enough to feed, settle and keep her safe "
            "every day and every night.",
            "The baby sleeps safely in her own Moses basket and is fed at least every four hours.",
            "Alfie keeps his routines, goes to school every day and is never left to look after his mum or his "
            "sister if Mum becomes unwell.",
            "If Sophie becomes unwell, Alfie and the baby are with a safe adult they know within the hour, and "
            "Alfie is told what is happening in words he understands.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan runs in three stages. Each row says who will do what, when, and how we will know it has "
              "happened."),
        ("table", {
            "header": ["What needs to happen", "Who", "When", "How we will know"],
            "widths": [6.2, 3.6, 3.4, 3.8],
            "rows": [
                ["Stage 1 – now until the birth", H, H, H],
                ["Visit Sophie, Jamie and Alfie at home, see Alfie on his own, and go through the preparations "
                 "for the baby",
                 "Rhian Pugh, SW",
                 "Every two weeks until the birth",
                 "Visit records with Alfie's words, and the Moses basket, steriliser and bottles seen"],
                ["See Sophie at 30 and 34 weeks, agree her medication for late pregnancy and after the birth, and "
                 "write an assessment of her risk of relapse after the birth, the early signs, what she must do "
                 "to stay well, and how likely she is to care for the baby safely over the first three months",
                 "Dr Anjali Rao, consultant perinatal psychiatrist, Rimswick Perinatal Mental Health Team",
                 "Clinic at 30 and 34 weeks; written assessment by 03/11/2025",
                 "Assessment letter to the SW by 03/11/2025, discussed at the core group on 04/11/2025"],
                ["Visit Sophie every two weeks, write a relapse prevention plan with her, Jamie and Brenda, and "
                 "tell each core group whether Sophie is keeping to it and how confident the team is that she "
                 "can stay well after the birth",
                 "Claire Henshaw, perinatal CPN, Rimswick Perinatal Mental Health Team",
                 "Every two weeks; relapse prevention plan by 32 weeks (19/10/2025)",
                 "Signed relapse prevention plan copied to the SW, midwife and GP by 19/10/2025; written update "
                 "before each core group"],
                ["Put an alert and a birth plan on the maternity record, and share Sophie's relapse prevention "
                 "plan with the delivery suite and Ward 12",
                 "Lowri Evans, specialist safeguarding midwife, Rimswick General Hospital",
                 "Alert and birth plan by 32 weeks (19/10/2025); antenatal checks every two weeks, weekly from "
                 "36 weeks",
                 "Email to the SW by 19/10/2025 confirming the alert and birth plan are on the record"],
                ["Take her quetiapine every night, and tell Claire or Brenda the same day if she sleeps less than "
                 "four hours, so that she stays well for Alfie and the baby",
                 "Sophie Marr (Mum)",
                 "Every night from 22/09/2025",
                 "Tablet count and sleep diary checked by Claire at every visit"],
                ["Prescribe Sophie's quetiapine weekly and tell the SW within two working days of any missed "
                 "collection, so that the plan for Alfie and the baby can be changed at once",
                 "Dr Owain Jenkins, GP, Harbour Street Surgery",
                 "Weekly prescriptions from 22/09/2025 until the baby is 12 weeks old",
                 "Pharmacy collection record sent to the SW each month; a missed collection emailed the same week"],
                ["Meet Alfie each Monday with his class teacher, check his attendance, and phone the SW the same "
                 "day with any worry",
                 "Mrs Nerys Lloyd, DSL, Rimswick Bay Primary",
                 "Every Monday in term time",
                 "Check-ins logged on CPOMS; attendance sent to the SW each Friday"],
                ["Stage 2 – on the ward (Rimswick General Hospital, delivery suite and Ward 12)", H, H, H],
                ["Observe Sophie's sleep, mood and care of the baby on the postnatal ward, and do not discharge "
                 "the baby until the discharge planning meeting has been held",
                 "Bethan Hughes, ward manager, Ward 12 (postnatal), Rimswick General Hospital",
                 "Every shift from the birth until discharge (at least 72 hours)",
                 "Ward observation notes shared at the discharge planning meeting"],
                ["Hold a discharge planning meeting on the ward with Sophie, Jamie, Brenda, Claire and the "
                 "midwife, and write the discharge plan",
                 "Rhian Pugh, SW",
                 "Before discharge, within two working days of the birth",
                 "Written discharge plan given to Sophie, Jamie, Brenda and the core group before the baby leaves "
                 "hospital"],
                ["Stage 3 – the first eight weeks at home", H, H, H],
                ["Stay at the flat every night, do the 2am feed so that Sophie sleeps at least six hours, and "
                 "write each feed on the chart",
                 "Brenda Marr (maternal grandmother)",
                 "Every night from the day of discharge until the baby is four weeks old",
                 "Feed chart on the fridge, checked by the HV and the SW at each visit"],
                ["Take two weeks' paternity leave, then do the bath and the 10pm feed every night",
                 "Jamie Dodd (Dad)",
                 "Leave from the birth; 10pm feed every night until the baby is eight weeks old",
                 "Jamie's initials against the 10pm feed on the chart, seen at each visit"],
                ["New birth visit, then weigh the baby every week and complete Sophie's EPDS at each visit",
                 "Ffion Morgan, HV",
                 "New birth visit by day 14, then weekly until the baby is eight weeks old",
                 "Weight on the centile chart in the red book; EPDS scores sent to Claire and the SW after each "
                 "visit"],
                ["Visit weekly to help Sophie read the baby's cues, and write a view at six weeks of how Sophie "
                 "is responding to the baby, whether the changes are holding and how long more help is likely "
                 "to be needed",
                 "Carys Rowlands, nursery nurse, Rimswick Perinatal Mental Health Team",
                 "Weekly from the baby's second week until she is 12 weeks old; written view by six weeks",
                 "Written view sent to the SW when the baby is six weeks old and shared at the next core group"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Sophie shows any of her early warning signs (sleeping less than four hours two nights running, "
              "talking very fast, saying the baby is not hers, or not wanting to feed her), Jamie or Brenda will "
              "phone the perinatal team the same day, or the Rimswick Crisis Team after 5pm and at weekends. "
              "Sophie will not be left alone with the baby until she has been seen, Alfie will go to Brenda's, "
              "and Rhian will hold a strategy discussion the same day. If Sophie needs admission, the perinatal "
              "team will ask for a bed at Larchfield Mother and Baby Unit so that Sophie and the baby stay "
              "together."),
        ("p", "Should Brenda be unable to stay at night or to have Alfie (she also cares for her own mother, who is "
              "86, and may be called away), Kerry Dodd has agreed to do so instead. If neither of them can stay, Jamie will take "
              "emergency leave that night. If this is not possible, Rhian, or the Emergency Duty Team out of "
              "hours, will arrange the same day for Sophie and the baby to go to a parent and baby foster "
              "placement, and Alfie will go with them."),
        ("p", "If Dr Rao's assessment says the risk cannot be managed at home with this plan, or Sophie stops her "
              "quetiapine before the birth, Rhian will ask Gareth Lloyd for a legal planning meeting within five "
              "working days, so that the plan for the baby's birth is decided before she is born."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 2pm, Rimswick Family Centre: 07/10/2025, 04/11/2025 and "
            "02/12/2025; after the birth, every two weeks until the review conference.",
            "Review child protection conference: Monday 12/01/2026, 10am, Rimswick Civic Offices.",
        ]),
        ("p", "Plan written by Rhian Pugh, Social Worker, and agreed at conference on 22/09/2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Core group 2 record with the updated plan, mother with depression who
#    smokes cannabis, a 9-year-old and a 5-year-old, maternal grandmother on
#    the school run, paternal grandmother supervising the father's contact.
#    Word record printed to PDF with a page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b129_roddenby_core_group_record_updated_table_lyle.pdf",
    "doc_title": "Core Group 2 Record and Updated Plan - Tyler and Ruby Lyle",
    "split": "tune",
    "actions": 11,
    "template": "core-group-record-word-printed-to-pdf-page-header-footer-details-list-present-and-apologies-updates-by-person-childrens-views-outcomes-from-plan-then-updated-action-table-lead-by-when-how-we-will-know-update-at-cg2-contingency-next-meetings",
    "description": (
        "Record of the second core group, with the updated plan, for a 9-year-old and a "
        "5-year-old whose mother has depression and smokes cannabis; the maternal grandmother "
        "does the school run and the paternal grandmother supervises the father's Saturday "
        "contact. A Word record printed to PDF with a page header and footer. Most rows are "
        "sound (weekly visits, the drug service reporting on change, the GP letter, the "
        "grandmother's contact record, the DSL, the school nurse, direct work with Tyler). "
        "Faults: talking therapy that only offers the mother guided self-help, her cannabis row "
        "timed 'Ongoing', the grandmother's school run measured by how the mornings feel, "
        "'Family' owning the rule that the children do not see their father outside contact, an "
        "outcome only for the mother, and a contingency that sends the children to the "
        "grandmother with nothing said about her or the other grandmother not being able to help."
    ),
    "header": "OFFICIAL-SENSITIVE – Roddenby Metropolitan Borough Council – Children's Social Care",
    "footer": "Lyle – Core group 2 record (14/10/2025) – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Core Group Meeting 2 – Record and Updated Plan"),
        ("kv", [
            ("Children", "Tyler Lyle (9), DOB 08/02/2016, Year 5; Ruby Lyle (5), DOB 21/06/2020, Reception; both at "
                         "Roddenby Park Primary"),
            ("Address", "41 Sandpiper Way, Roddenby RD3 7QJ"),
            ("Mother", "Gemma Lyle (33)"),
            ("Father", "Shane Pratt (36), 2 Heron Court, Roddenby; contact on Saturdays at his mother's home"),
            ("Maternal grandmother", "Irene Lyle, 8 Linnet Close, Roddenby"),
            ("Paternal grandmother", "Maureen Pratt, 19 Teal Street, Roddenby"),
            ("Category", "Neglect (both children). Initial conference 16/09/2025"),
            ("Meeting", "Tuesday 14/10/2025, 3.30pm, Roddenby Family Hub. Chaired by Hannah Bristow, SW"),
        ]),
        ("h1", "1. Present and apologies"),
        ("p", "Present: Hannah Bristow (SW); Gemma Lyle (Mum); Irene Lyle (maternal grandmother); Sarah Quigley "
              "(DSL, Roddenby Park Primary); Lucy Denton (school nurse); Kevin Abara (recovery worker, Roddenby "
              "Drug and Alcohol Service). Apologies: Amy Fletcher (Roddenby Talking Therapies, written update "
              "sent); Dr Paul Greig (GP); Maureen Pratt (update given by phone)."),
        ("h1", "2. Updates"),
        ("p", "Gemma said her mood is still low most mornings and she has cut her cannabis down to “a couple of "
              "evenings a week, after the kids are in bed”. She has been to three of her six guided self-help "
              "sessions; she missed one because she could not face the bus."),
        ("p", "Kevin Abara: Gemma has come to three of four Thursday key-work sessions. Her screen on 02/10/2025 "
              "was positive for cannabis at a lower level than in September. He will send his next written report "
              "before core group 3."),
        ("p", "Sarah Quigley: since the conference Tyler's attendance is 91% and Ruby's 94%. Ruby arrived without "
              "breakfast twice in the first week; not since Irene started bringing them. Tyler is quieter than "
              "usual in class on Mondays."),
        ("p", "Irene has taken both children to school every morning since 17/09/2025. She has a cataract "
              "operation booked for November and will not be able to drive for two weeks afterwards."),
        ("p", "Maureen (by phone): Shane has been sober and on time at all four Saturday contacts. She stays in "
              "the room throughout."),
        ("h1", "3. Tyler and Ruby"),
        ("p", "Tyler (seen on his own at home, 09/10/2025): “Nan's car is warm and she gives us toast. Mum's still "
              "sad a lot. I don't like the smell in the kitchen at night.” He put home at 5 out of 10 and said he "
              "likes seeing his dad at Nana Maureen's “because Dad's nice there”."),
        ("p", "Ruby (seen at school, 10/10/2025) drew her mum in bed and herself with Nan in the car. She said "
              "“Nanny does my hair now”."),
        ("h1", "4. Outcomes from the plan"),
        ("bullets", [
            "Tyler and Ruby are cared for every day by an adult who is not under the influence of cannabis or "
            "alcohol.",
            "Tyler and Ruby get to school on time, washed, fed and in clean uniform, every day.",
            "Tyler and Ruby only see their dad when it is safe, at contact supervised by an adult the core group "
            "has agreed.",
            "Gemma will stop using cannabis and feel more able to cope.",
        ]),
        ("h1", "5. Updated action plan"),
        ("table", {
            "header": ["No.", "Action", "Lead", "By when", "How we will know", "Update at CG2"],
            "widths": [1.1, 4.3, 2.9, 2.4, 3.6, 2.7],
            "rows": [
                ["1",
                 "Visit Tyler and Ruby at home, see Tyler on his own, one visit in three unannounced",
                 "Hannah Bristow, SW",
                 "Weekly until the review conference",
                 "Visit records show both children seen each week and Tyler's words written down",
                 "4 of 4 weekly visits done"],
                ["2",
                 "Key-work with Gemma and monthly urine screens, with a written report before each core group on "
                 "whether she has stopped using cannabis and what that means for Tyler and Ruby",
                 "Kevin Abara, recovery worker, Roddenby Drug and Alcohol Service",
                 "Every Thursday; report two working days before each core group",
                 "Screen results and the written report on the case file before every core group",
                 "Report received for CG2"],
                ["3",
                 "Gemma to cut down and stop smoking cannabis, and never smoke in the house or in front of the "
                 "children",
                 "Gemma Lyle (Mum)",
                 "Ongoing",
                 "Urine screens negative for cannabis; no smell of cannabis noted at any home visit",
                 "Screen on 02/10 positive, lower level"],
                ["4",
                 "Guided self-help sessions with Gemma for her low mood and anxiety",
                 "Amy Fletcher, psychological wellbeing practitioner, Roddenby Talking Therapies",
                 "Fortnightly, six sessions from 23/09/2025",
                 "Attendance record sent to the SW after each session",
                 "3 of 4 offered sessions attended"],
                ["5",
                 "Review Gemma's antidepressant, and write to the SW about her mental health history and any "
                 "missed reviews",
                 "Dr Paul Greig, GP, Sandpiper Medical Centre",
                 "By 31/10/2025",
                 "GP letter on the children's file by 31/10/2025",
                 "Letter not yet received"],
                ["6",
                 "Take Tyler and Ruby to school every morning and make sure they have had breakfast",
                 "Irene Lyle (maternal grandmother)",
                 "Every school day from 17/09/2025",
                 "Irene says the mornings feel calmer",
                 "Every morning so far"],
                ["7",
                 "Supervise Tyler and Ruby's contact with their dad at her home, staying in the room throughout",
                 "Maureen Pratt (paternal grandmother)",
                 "Every Saturday, 1pm to 4pm",
                 "Maureen signs the contact record and sends the SW a photo of it each Saturday",
                 "All four contacts supervised"],
                ["8",
                 "Make sure Tyler and Ruby do not see Shane outside supervised contact",
                 "Family",
                 "Every day until the review conference",
                 "SW asks Tyler and the school at each visit and records any contact outside Saturdays",
                 "None reported"],
                ["9",
                 "Check attendance, punctuality, breakfast and uniform, and phone the SW the same day with any "
                 "concern",
                 "Sarah Quigley, DSL, Roddenby Park Primary",
                 "Every school day",
                 "Weekly attendance email to the SW; same-day calls logged on CPOMS",
                 "91% and 94% since the conference"],
                ["10",
                 "Health needs assessment for Tyler and Ruby, including Ruby's toileting accidents and Tyler's "
                 "sleep",
                 "Lucy Denton, school nurse",
                 "By 07/11/2025",
                 "Written health assessment shared with the SW and at core group 3",
                 "Booked for 30/10/2025"],
                ["11",
                 "Three sessions of direct work with Tyler about home and who he can talk to, using the Three "
                 "Houses",
                 "Hannah Bristow, SW",
                 "By 11/11/2025",
                 "Tyler's Three Houses drawings on file and his words shared at core group 3",
                 "New"],
            ],
        }),
        ("h1", "6. Contingency"),
        ("p", "If Gemma is found under the influence of cannabis while she is caring for Tyler and Ruby, or a "
              "screen shows any other drug, the children will go to Irene's at 8 Linnet Close that day and Hannah "
              "will hold a strategy discussion the same day."),
        ("p", "If Shane comes to 41 Sandpiper Way or contacts the children outside Saturday contact, Gemma will "
              "ring the police on 999 and then Hannah, and Hannah will hold a strategy discussion with the police "
              "the same day."),
        ("p", "If Gemma's screens are still positive for cannabis at the review conference, or the children are "
              "found without a sober adult, Hannah will ask her team manager, Colin Ashe, for a legal planning "
              "meeting within five working days."),
        ("h1", "7. Next meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 3.30pm, Roddenby Family Hub: 11/11/2025 and 09/12/2025.",
            "Review child protection conference: Tuesday 16/12/2025, 10am, Roddenby Civic Centre.",
        ]),
        ("p", "Record typed by Hannah Bristow, 15/10/2025, and sent to everyone present and to those who gave "
              "apologies."),
    ],
    "findings": [
        F("F002", "Gemma will stop using cannabis and feel more able to cope."),
        F("T002", "Gemma to cut down and stop smoking cannabis, and never"),
        F("H001", "Guided self-help sessions with Gemma for her low mood"),
        F("M002", "Take Tyler and Ruby to school every morning and make"),
        F("W002", "Make sure Tyler and Ruby do not see Shane outside"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 5. The plan as a letter to the parents after the initial conference, father
#    with PTSD who drinks, mother working nights, a 10-year-old and a
#    4-year-old, grandfather staying on her night shifts and an aunt at the
#    weekend. Markdown letter with bullets under "you", "I" and "other
#    people" headings. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b129_ruffleton_letter_to_parents_after_icpc_price.md",
    "split": "tune",
    "actions": 13,
    "template": "sw-letter-to-parents-md-after-icpc-dear-owen-and-becky-why-what-harvey-and-maisie-told-us-what-we-all-want-then-what-we-are-asking-you-to-do-what-i-will-do-what-other-people-will-do-bullets-then-if-things-go-wrong-per-person-bullets-meetings-signature",
    "description": (
        "Exemplary child protection plan written as a letter from the social worker to both "
        "parents after the initial conference, for a 10-year-old and a 4-year-old. The father is "
        "an army veteran with PTSD who drinks; the mother works nights in a care home. Bullets "
        "under 'What we are asking you to do' (you, said to a named parent), 'What I will do' "
        "(the social worker who signs) and 'What other people will do', each with who, when and "
        "what will be seen. The veterans' service psychologist writes an opinion before each "
        "core group on how far the father has come, the steps ahead and how long they will "
        "take; the alcohol team reports on change, the GP owns the medication reviews. The "
        "grandfather's nights and the aunt's Mondays and Saturdays each have a fallback, legal "
        "planning follows named triggers, core group and review dates are set."
    ),
    "text": """\
**Ruffleton Borough Council**
Children's Services · Safeguarding and Support Team (East)
Ruffleton Civic Centre, Market Square, Ruffleton RF1 2AA

Friday 03/10/2025

Owen and Becky Price
15 Chandler's Rise
Ruffleton RF6 8JW

Dear Owen and Becky,

# Harvey and Maisie's child protection plan

Thank you both for coming to the initial child protection conference on Wednesday 01/10/2025. I know it
was a long morning and that it was hard to hear some of it. The conference decided that Harvey and Maisie
need a child protection plan under the category of **emotional abuse**. I said I would write the plan out
for you in a letter rather than a form, so here it is. Please ring me if anything is unclear or wrong.

## Why there is a plan

Owen, you told the conference about the flashbacks you have had since you left the army, and that you drink
to get to sleep. On 13/09/2025, while Becky was on a night shift, Harvey woke to find you shouting at
someone who wasn't there and banging on the kitchen door, and he took Maisie into his bed and rang his
grandad at 2am. The police were called to the house twice in August after arguments between you both when
Owen had been drinking. Harvey's school have noticed he is tired and jumpy, and Maisie has started wetting
the bed again.

## What Harvey and Maisie told us

Harvey (I saw him on his own at school on 24/09/2025) said: "Dad's not horrible, he's just poorly in his
head from the army. When he drinks he gets the scary dreams worse. I like it when Grandad sleeps over on
Mum's work nights." He put home at 4 out of 10 and told me he would like "Dad to get better and Mum not to
cry".

Maisie (I saw her at home on 26/09/2025) showed me her teddy, Bob, and said Bob "doesn't like shouting".
She held Becky's hand the whole time I was there and went to Owen for a cuddle when he came in from the
garden. Her nursery say she is happy there but upset if anyone raises their voice.

## What we all want for Harvey and Maisie

- Harvey and Maisie sleep through the night in a calm house, with a sober adult who is well enough to look
  after them whenever Becky is at work.
- Harvey no longer has to look after Maisie or ring for help in the night.
- Maisie is dry at night again and happy to go to nursery, and neither child sees their parents argue or
  hears Dad shouting.
- Harvey and Maisie both know who to ring if they are worried, and Harvey knows that Dad's illness is not
  his job to fix.

## What we are asking you to do

- **Owen**, you will not drink at all on the nights you look after Harvey and Maisie on your own (Mondays and
  Fridays), and you will have a breath test at your Tuesday appointment at the Ruffleton Community Alcohol
  Team every week from 07/10/2025; Kyle Denham will send me the readings each week, and every one should be
  zero.
- **Owen**, you will go to your sessions with Dr Tate every Thursday from 09/10/2025, so that the night-time
  flashbacks that frighten Harvey and Maisie ease; Dr Tate's letters to me before each core group will show
  every session you attended.
- **Becky**, you will text Grandad Terry and me your work rota every Sunday evening from 05/10/2025, so that
  Harvey and Maisie always have a sober adult at home when you are at work; I will check your texts against
  Terry's at each visit.

## What I will do

- I will visit Harvey and Maisie at home every week until the review conference, one visit in four in the
  evening, and see Harvey on his own each time; my visit records will show what Harvey says and how Maisie
  seems, and I will bring them to every core group.
- I will do four sessions with Harvey about Dad's illness, using the "Dad's Invisible Wound" workbook, by
  21/11/2025, and we will make a card together with the people he can ring; his card and what he says will
  come to the core group on 09/12/2025.
- I will hold a family network meeting with you both, Terry and Jo by 17/10/2025 and send everyone the
  written network plan within three working days of it, so that everyone knows who steps in on which night.

## What other people will do

- **Dr Imogen Tate** (clinical psychologist, Ruffleton Armed Forces Mental Health Service) will see Owen every
  Thursday for trauma-focused therapy from 09/10/2025 and will write to me before each core group with her
  opinion on how far Owen has come, the steps still ahead and how long she thinks they will take, and what
  that means for Harvey and Maisie.
- **Kyle Denham** (recovery worker, Ruffleton Community Alcohol Team) will see Owen for key-work and a breath
  test every Tuesday from 07/10/2025, and will send me a written report before each core group on whether
  Owen has cut down and stayed sober on his nights with the children, what still needs to change and how
  long that is likely to take.
- **Dr Hannah Sowerby** (GP, Chandler's Rise Surgery) will review Owen's sleep medication and sertraline by
  17/10/2025 and then every four weeks, and will email me after each review and within two working days of
  any missed review, so that I know straight away if Harvey and Maisie's care could be affected.
- **Grandad Terry** (Terry Walsh, Becky's dad) will sleep at 15 Chandler's Rise every Tuesday, Wednesday and
  Thursday night that Becky is at work, from 07/10/2025, and will text me by 9am the next morning to say the
  night went well or what happened.
- **Auntie Jo** (Joanne Walsh, Becky's sister) will collect Maisie from nursery every Monday and have both
  children at her flat every Saturday from 10am to 4pm, from 04/10/2025; the nursery's signing-out sheet and
  Jo's Saturday text to me will show each one.
- **Mr Paul Ferris** (DSL, Ruffleton St Mark's Primary) will meet Harvey every Monday in term time with his
  class teacher and email me his attendance every Friday; anything Harvey says about home will be logged on
  CPOMS and rung through to me the same day.
- **Rosie Garside** (Maisie's key person, Little Owls Nursery) will record Maisie's attendance and how she is
  at every session (Monday, Wednesday and Friday) and ring me the same day if she is absent without a reason
  or very upset; the nursery will send me a weekly attendance sheet.

## What happens if things go wrong

- **If Owen drinks** on a night he is looking after the children alone, or has a flashback in which he
  frightens them: Becky (or Harvey) rings Grandad Terry, who will take Harvey and Maisie to his house at 2
  Cooper's Yard that night; Owen stays at his brother's; I will hold a strategy discussion the same day.
- **If Owen talks about harming himself**, Becky rings the Ruffleton Crisis Team (01632 960 417) straight
  away and Terry has the children.
- **If Grandad Terry can't stay** on a work night (he has angina, and is sometimes poorly), Jo will stay
  instead. If Jo is poorly or away as well, Becky will not go to work that night; her manager at Elmfield
  Care Home has agreed to this. If this is not possible, I, or the Emergency Duty Team out of hours, will
  arrange for Harvey and Maisie to stay with emergency foster carers that night.
- **If the arrangement with Jo breaks down** (for Mondays or Saturdays), Becky will collect Maisie on Mondays
  and I will arrange a family network meeting within five working days to agree who takes over.
- **If things don't get better**: if Owen's breath readings are not all zero by the core group on
  11/11/2025, or Harvey and Maisie are again left with Owen when he has been drinking, I will ask my manager,
  Deborah Yates, for a legal planning meeting within five working days. That meeting will decide whether to
  start the Public Law Outline.

## Meetings

- The first core group is on Tuesday 14/10/2025 at 4.30pm at Ruffleton East Family Hub; after that the core
  group meets every four weeks, on 11/11/2025 and 09/12/2025.
- The review child protection conference is on Thursday 08/01/2026 at 10am at Ruffleton Civic Centre.

You can ring me on 01632 960 233, Monday to Friday, 9am to 5pm. Out of hours, the Emergency Duty Team is on
01632 960 999.

Yours sincerely,

Sian Holloway
Social Worker, Safeguarding and Support Team (East)

Copied to: Deborah Yates (team manager); Dr Imogen Tate; Kyle Denham; Dr Hannah Sowerby; Mr Paul Ferris;
Rosie Garside; Terry Walsh and Joanne Walsh (with Owen and Becky's agreement)
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. First review conference plan, mother with alcohol dependence and
#    recurrent depression after an overdose, a 14-year-old and a 6-year-old,
#    a great-aunt doing tea and bedtime on weekdays, the younger child's
#    father at alternate weekends. Markdown plan with a ref / lead /
#    timescale / evidence table. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b129_ryllford_rcpc_ref_lead_evidence_table_costello.md",
    "split": "tune",
    "actions": 12,
    "template": "rcpc-plan-md-details-table-summary-of-progress-jade-and-leo-in-their-own-words-outcomes-numbered-then-ref-what-needs-to-happen-lead-timescale-evidence-of-progress-table-then-contingency-where-pat-cannot-legal-then-review-arrangements",
    "description": (
        "First review conference plan for a 14-year-old and a 6-year-old whose mother is "
        "alcohol dependent and has recurrent depression, after an overdose in July. A great-aunt "
        "does tea and bedtime on weekdays and the younger child's father has him at alternate "
        "weekends. A Markdown plan with a Ref / What needs to happen / Lead / Timescale / "
        "Evidence of progress table. Most rows are sound: visits, the alcohol service and the "
        "CMHT care co-ordinator reporting on change, the GP, the great-aunt, the father, both "
        "schools; the contingency covers the great-aunt not coming and names legal planning. "
        "Faults: the psychiatrist's row only reviews medication and treats, the mother's "
        "recovery meetings are 'as and when she feels able', the young carers' referral has no "
        "lead, the bedtime sessions have no evidence, and the next review conference is 'to be "
        "arranged'."
    ),
    "text": """\
# Child Protection Plan – Review

**Ryllford City Council · Children and Families · Safeguarding Service (West)**

| | |
|---|---|
| Children | Jade Costello (14), DOB 02/12/2010, Year 10, Ryllford Academy; Leo Bell (6), DOB 17/08/2019, Year 2, St Anselm's Catholic Primary |
| Address | 58 Weaver's Court, Ryllford RY4 3TS |
| Mother | Siobhan Costello (38) |
| Leo's father | Marcus Bell (40), 12 Tanner's Lane, Ryllford; has Leo every other weekend |
| Great-aunt | Pat Costello (67), Siobhan's aunt, 3 Dyer Street, Ryllford (ten minutes' walk) |
| Category | Neglect (both children) |
| Conferences | Initial 01/07/2025; first review Tuesday 30/09/2025 (this plan). Chair: Aoife Brennan (IRO) |
| Social worker | Ciara Flynn (team manager: Declan Hurst) |

## Summary of progress since the initial conference

Siobhan has alcohol dependence and recurrent depression. On 19/06/2025 she took an overdose of her
antidepressants with vodka; Jade found her and rang 999, and Leo was asleep upstairs. Since the initial
conference Siobhan has been to 10 of 12 Wednesday sessions at Ryllford Alcohol Service and has started
planning a community detox with them for November. She has had two breath readings over zero since
August. Her care co-ordinator has visited every two weeks. Pat has come every weekday teatime since July,
and Marcus has had Leo every other weekend without a break. Jade is still doing most of the shopping and
gets Leo up for school most days.

## Jade and Leo, in their own words

**Jade** (seen on her own at a café near school, 23/09/2025): "Mum's trying, I can see that. She's not drunk
in the day now. But I still check on her before I go to bed because of last time. Auntie Pat's teas are
the best thing about the week. I want to be able to go to netball on Thursdays without worrying." Jade
put home at 5 out of 10 (3 in July).

**Leo** (seen at school, 24/09/2025): "Mummy sleeps a lot. Auntie Pat reads me Gruffalo. At Dad's we go to
football." He drew his mum in bed and himself and Jade on the sofa with Pat.

## What we want for Jade and Leo

1. Jade and Leo are cared for every day by an adult who is sober and awake when they get home from school and
   at bedtime.
2. Jade no longer checks on her mum at night, gets Leo up or does the shopping, and goes to netball every
   Thursday.
3. Leo goes to school every day, on time, washed and fed, and has a calm bedtime routine.
4. Jade and Leo know what to do and who to call if their mum is drunk or unwell, and feel able to do it.

## The plan

| Ref | What needs to happen | Lead | Timescale | Evidence of progress |
|---|---|---|---|---|
| 1 | Visit Jade and Leo at home and see each of them alone; one visit a month after 7pm | Ciara Flynn, SW | Weekly | Visit records show both children seen alone every week, with Jade's score out of 10 |
| 2 | Key-work, breath tests and community detox planning with Siobhan, and a written report before each core group on whether she is staying sober, what still needs to change for Jade and Leo and how long that is likely to take | Steve Barker, recovery worker, Ryllford Alcohol Service | Every Wednesday; report two working days before each core group | Report and breath readings on the case file before every core group |
| 3 | Visit Siobhan every two weeks as her care co-ordinator, keep her crisis plan up to date, and give each core group a written view of whether her depression is lifting enough for her to care for Jade and Leo and how long recovery is likely to take | Niamh Doherty, CPN and care co-ordinator, Ryllford CMHT | Every two weeks; written view before each core group | Written view on file before every core group; crisis plan copied to the SW by 14/10/2025 |
| 4 | Medication review and treatment for Siobhan's depression in outpatient clinic | Dr Raj Malhotra, consultant psychiatrist, Ryllford CMHT | Every eight weeks, next on 04/11/2025 | Clinic letter copied to the SW after each appointment |
| 5 | Siobhan to go to SMART Recovery meetings at the Lantern Centre | Siobhan Costello (Mum) | As and when she feels able | Attendance slips shown to the SW at visits |
| 6 | Prescribe Siobhan's antidepressant weekly, and tell the SW within two working days of any missed review, so that Jade and Leo's care can be checked the same week | Dr Ian Walsh, GP, Quayside Medical Practice | Weekly prescriptions; review by 24/10/2025, then every four weeks | GP letter to the SW by 24/10/2025 and an email after each review |
| 7 | Come to Weaver's Court every weekday, make the children's tea and put Leo to bed | Pat Costello (great-aunt) | Monday to Friday, 4pm to 8pm | Pat signs the book on the kitchen table each evening; Ciara checks it at each visit |
| 8 | Have Leo every other weekend and take him to football on Saturday mornings | Marcus Bell (Leo's dad) | Alternate weekends, Friday 5pm to Sunday 5pm, from 03/10/2025 | Marcus texts Ciara when he collects and returns Leo |
| 9 | Referral for Jade to Ryllford Young Carers, and a place at their Tuesday group | – | By 17/10/2025 | Acceptance letter on file and the date of Jade's first session |
| 10 | Bedtime routine sessions at home for Siobhan with Leo | Ellie Marsh, family support worker | Weekly for six weeks from 06/10/2025 | |
| 11 | Meet Jade each Monday with her head of year, check her attendance, and phone the SW the same day with any worry | Ms Karen Doyle, DSL, Ryllford Academy | Every Monday in term time | Attendance emailed to the SW each Friday; Monday meetings logged on CPOMS |
| 12 | Check Leo's attendance, breakfast and uniform, and phone the SW the same day if he is absent or hungry | Mrs Fatima Hussain, DSL, St Anselm's Catholic Primary | Every school day | Weekly attendance email to the SW; same-day calls logged on CPOMS |

## Contingency

- If Siobhan is drunk while she is caring for Jade and Leo, or has a breath reading over zero on a day she
  has them on her own, Jade or Pat will ring Ciara (or the Emergency Duty Team out of hours) and both
  children will go to Pat's at 3 Dyer Street for the night; Ciara will hold a strategy discussion the same
  day.
- If Siobhan talks about ending her life or takes an overdose, Jade or Pat will ring 999, the Ryllford
  Crisis Team will be asked to see her the same day, and the children will stay with Pat.
- Where Pat cannot come (she is 67 and has her own hospital appointments), she will ring Ciara by 12 noon;
  Marcus will collect Leo from school and keep him overnight, and Jade will go to her friend Erin's
  family, whom Ciara has visited. If neither Pat nor Marcus can help that day, Ciara will arrange for
  Jade and Leo to stay together with foster carers that night.
- If Siobhan's breath readings are not all zero by the detox start in November, or the children are again
  found without a sober adult, Ciara will ask Declan Hurst for a legal planning meeting within five working
  days.

## Review arrangements

- Core group every six weeks, Thursdays at 4pm at Ryllford West Family Hub: 16/10/2025, 27/11/2025 and
  15/01/2026.
- Next review child protection conference: date to be arranged by the conference team.
""",
    "findings": [
        F("H001", "Medication review and treatment for Siobhan's depression in outpatient clinic"),
        F("T002", "Siobhan to go to SMART Recovery meetings at the Lantern"),
        F("W001", "Referral for Jade to Ryllford Young Carers, and a place"),
        F("M001", "Bedtime routine sessions at home for Siobhan with Leo"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Core group plan after the first core group, mother with PTSD and
#    depression after domestic abuse, father using cocaine and alcohol and
#    living with his parents under a written agreement, a 12-year-old and a
#    3-year-old, grandparents supervising Sunday contact, the mother's friend
#    as emergency carer. Plain text, owner-first numbered items. Exemplary
#    (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b129_rostherley_core_group_plan_owner_first_brennan.txt",
    "split": "tune",
    "actions": 13,
    "template": "core-group-plan-plain-text-caps-headings-dashed-rules-family-lines-why-orla-and-cian-in-their-words-and-days-what-we-want-then-owner-first-numbered-items-one-sentence-each-who-when-how-we-know-then-if-then-contingency-paragraphs-when-joe-is-away-meetings",
    "description": (
        "Exemplary core group plan, typed after the first core group, for a 12-year-old and a "
        "3-year-old. The mother has PTSD and depression after domestic abuse; the father uses "
        "cocaine and alcohol and lives with his parents under a written agreement, seeing the "
        "children on Sundays at his parents' home with his mother supervising. Plain text with "
        "owner-first numbered items, each saying who, when and how we will know. The clinical "
        "psychologist gives a written opinion after each block of six sessions on what still has "
        "to change and how long it will take, the recovery hub reports on change, the GP and "
        "the IDVA own actions; the contingency covers the grandmother not being able to "
        "supervise, the grandfather being away and the mother's friend as emergency carer, and "
        "names legal planning; core group and review dates are set."
    ),
    "text": """\
ROSTHERLEY COUNCIL - CHILDREN'S SOCIAL CARE - SAFEGUARDING TEAM 3
CHILD PROTECTION PLAN - AS AGREED AT CORE GROUP 1 (THURSDAY 25/09/2025)
-----------------------------------------------------------------------------

Orla Brennan, 12 (DOB 09/06/2013), Year 8, Rostherley Academy
Cian Brennan, 3 (DOB 28/02/2022), Daisy Chain Nursery, Monday, Wednesday and
   Friday mornings
Living with Mum: Clare Brennan (34), 7 Orchard Row, Rostherley RS9 1LB
Dad: Liam Brennan (37), living with his parents at 30 Bramley Drive,
   Rostherley, under a written agreement not to come to Orchard Row
Paternal grandparents: Kathleen and Joe Brennan, 30 Bramley Drive
Mum's friend: Nadia Farouk, Flat 2, 44 Station Parade, Rostherley
Category: emotional abuse (both children). Initial conference 15/09/2025,
   chair Tom Ashby (IRO)
Social worker: Sana Iqbal (team manager: Philippa Grant)

WHY THERE IS A PLAN
-----------------------------------------------------------------------------
Liam has used cocaine at weekends for about three years and drinks most
days. On 30/08/2025, after a night out, he pushed Clare down the stairs while
Orla watched from the landing and Cian was in his cot. It was the third
police call-out this year. Clare has post-traumatic stress disorder and
depression; since August she has had nightmares and panic attacks, and on
some days she has not been able to get out of bed to take Cian to nursery.
Orla has been getting Cian up and taking him on those days.

ORLA AND CIAN
-----------------------------------------------------------------------------
Orla (seen on her own at school, 19/09/2025): "I don't want Dad back at the
house but I want to see him when he's normal. At Nana Kathleen's he's
normal. Mum cries at night and I go in to her. I'd like Mum to be OK so I
don't have to do Cian's nursery." Orla put home at 6 out of 10 and said
she feels safe now that Dad isn't living there.

Cian (seen at home, 22/09/2025, and at nursery, 24/09/2025): he ran to the
door when the social worker knocked and then hid behind Orla. He played
with his cars and made them crash "like Daddy". At nursery he is settled
once Orla or Clare has gone, but cries when a man raises his voice. He
sleeps in Clare's bed most nights.

WHAT WE WANT FOR ORLA AND CIAN
-----------------------------------------------------------------------------
- Orla and Cian live in a home where they do not see or hear violence, and
  only see their dad when he is sober and clear of drugs, with Nana Kathleen
  in the room.
- Cian goes to nursery every morning he is booked, taken by an adult, and
  sleeps in his own bed by the review conference.
- Orla no longer looks after her mum at night or takes Cian to nursery, and
  has her own plan for what to do if she is frightened.
- Both children have a mum who is well enough to get up, take Cian to
  nursery and keep them safe from Liam.

WHO WILL DO WHAT
-----------------------------------------------------------------------------
Each item says who will do it, when, and how we will know it has happened.

1.  Sana Iqbal (SW) will visit Orla and Cian at home every week until the
    review conference and see Orla on her own at least every other week;
    her visit records will show where Cian was seen and Orla's own words.
2.  Dr Ruth Adair (clinical psychologist, Rostherley Adult Psychology
    Service) will see Clare every week for trauma-focused therapy from
    02/10/2025 and, at the end of each block of six sessions (the first by
    06/11/2025), will write to Sana with her opinion on how Clare's trauma
    symptoms affect her ability to care for and protect Orla and Cian, what
    still has to change and how long she expects that to take; each letter
    will be shared at the next core group.
3.  Dr Kamal Shah (GP, Rostherley Village Surgery) will review Clare's
    sertraline by 10/10/2025 and then every eight weeks, and will email Sana
    after each review and within two working days of a missed appointment,
    so that the core group knows at once if the children's care may change.
4.  Clare will get Cian up and take him to nursery herself on his three
    mornings from 29/09/2025, asking Nadia rather than Orla on a bad day;
    the nursery register will show who brought Cian each morning.
5.  Hayley Quinn (IDVA, Rostherley Domestic Abuse Service) will see Clare
    every two weeks until the review conference to work through a safety
    plan with her, with a section for Orla and Cian, and will give Sana a
    copy of the signed safety plan by 09/10/2025.
6.  Becca Lowe (recovery worker, Rostherley Recovery Hub) will see Liam for
    key-work every Tuesday and do an oral fluid test every two weeks, and
    will send Sana a written report before each core group on whether Liam
    has stopped using cocaine and cut down his drinking, what that means for
    his time with Orla and Cian, and how long further change is likely to
    take.
7.  Liam will go to every Tuesday key-work session and every test from
    30/09/2025, and will come to Sunday contact sober and clear of cocaine;
    Becca's reports will show every session attended and every test
    negative.
8.  Kathleen Brennan (Nana) will supervise Liam's time with Orla and Cian at
    30 Bramley Drive every Sunday from 2pm to 5pm, staying in the room
    throughout, and will text Sana a photo of the signed contact record by
    7pm each Sunday.
9.  Joe Brennan (Grandad) will drive Liam to and from Sunday contact and
    make sure he has left Bramley Drive by 5.15pm, and will text Sana when
    Liam has gone.
10. Mrs Gill Tarrant (DSL, Rostherley Academy) will meet Orla every Monday in
    term time and email Sana Orla's attendance every Friday; anything Orla
    says about home will be logged on CPOMS and phoned through the same
    day.
11. Lucy Tran (HV) will see Cian at home every four weeks until the review
    conference, complete his three-year review by 31/10/2025, and send Sana
    his ASQ-3 scores and speech assessment in the same week.
12. Amy Whitlock (Cian's key person, Daisy Chain Nursery) will record Cian's
    attendance and who brings him at every session, and will phone Sana the
    same day if he is absent without a reason or upset after a weekend; a
    weekly attendance sheet will go to Sana every Friday.
13. Sana Iqbal (SW) will do four sessions of direct work with Orla about
    what happened at home and her own safety plan by 20/11/2025; Orla's plan,
    in her words, will be shared (if she agrees) at the core group that day.

IF THINGS GO WRONG
-----------------------------------------------------------------------------
If Liam comes to Orchard Row, contacts Clare or the children outside Sunday
contact, or arrives at contact under the influence: Clare (or Kathleen, at
contact) will ring 999, contact stops that day, and Sana will hold a
strategy discussion with the police the same day or, at a weekend, on the
next working day.

If Kathleen is unable to supervise (she is poorly, or away at her sister's in
November), Sunday contact does not go ahead at Bramley Drive; Sana will offer
supervised contact at Rostherley Family Centre within the same week. When
Joe is away, Kathleen will book Liam a taxi to and from contact and will
still stay in the room throughout.

If Clare's symptoms flare so that she cannot get up or look after Cian, she
will ring Nadia, who has agreed to take Cian to nursery and have both
children at her flat. If Nadia cannot be reached, Clare will ring Sana (or
the Emergency Duty Team out of hours), and if no safe adult can be found,
Orla and Cian will go together to emergency foster carers that day.

If Liam breaks the written agreement twice, if the children are with him
again while he is under the influence, or if Dr Adair's first letter says
Clare is unlikely to be able to protect them within six months, Sana will
ask Philippa Grant for a legal planning meeting within five working days.

MEETINGS
-----------------------------------------------------------------------------
Core group every four weeks, Thursdays at 3.45pm, Rostherley Family Centre:
23/10/2025 and 20/11/2025.
Review child protection conference: Monday 08/12/2025, 10am, Rostherley
Town Hall.
-----------------------------------------------------------------------------
""",
    "findings": [],
})
