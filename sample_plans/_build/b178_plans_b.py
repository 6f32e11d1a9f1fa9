"""Batch 178, module b: seven fictional plans (tuning material), places beginning with "b".

Everything here is made up: children, families, professionals, services,
schools, hospitals, police forces and councils. Labels were written by hand
from docs/rules.md and the conventions in sample_plans/README.md, without
running planlint or reading its code.

Focus: how we will know, the measure of each action, in the ways real
writers say it. Each plan is in a template of its own. Measures sit in the
action's own sentence ("which Beth will record at each weigh-in in Ellie's
red book", "shown in the feeding record", "evidenced by his letter", "so
that Beth and Sarah can see at each visit that Ellie is taking at least
800ml a day"), in columns headed "Success looks like", "Progress measure"
with "Now" and "Target" beside it, "Evidence of change" or "Proof" (with a
"Checked by" line), in a part's "What the core group will see" box whose
heading names the actions it checks, in a measures register keyed by action
number, and in an outcome's "How we'll know (for 3.1 to 3.4)" list. They are
numbers, scales and records: breath readings of 0.00, AUDIT and RCADS scores,
GGT results, weight centiles, ASQ-3 scores, attendance percentages, a home
conditions scale scored by two workers together, a DASH score agreed at
review, the children's own "how calm / how safe is home" scores asked by a
worker, urine, oral fluid and hair strand results, a dosette box and sleep
diary, a signed safety plan, a contact diary, an employer's letter, an
attendance letter. In the four faulty plans a few checks only look like one
("keep an eye on", "so that things feel calmer at home", "Engagement with
the service", "Mason's mood improves", "Monitor Aarav's mood in school",
"Progress will be discussed at each core group"), and a few actions have no
check anywhere, including one that its part's group check leaves out.

1. an initial conference plan for a 6-year-old and a 22-month-old (neglect,
   their mother's drinking), a landscape Word table headed No. / What needs
   to happen / Who / When / Success looks like / What will be different for
   Logan and Ivy (docx, exemplary);
2. a review conference plan for a 9-year-old and a 4-year-old after their
   father's violence, their mother depressed and anxious, in four outcome
   parts of numbered action sentences, each part closed by a "What the core
   group will see" box naming the actions it checks; page header and footer
   (pdf): faults are Talking Therapies' CBT only treating the mother, the
   aunt's football run left out of its part's check (3.1 to 3.3) with none
   of its own, the nursery talk group and the speech and language
   assessment checked only by "Progress will be discussed at each core
   group", and the mother's Stay and Play "as and when she can" (H001,
   M001, M002 x2, T002);
3. an initial conference plan for a 4-month-old with faltering growth whose
   father smokes cannabis, bullets under four headings, each one sentence
   with its owner, time and check (md): faults are the grandmother who will
   "keep an eye on" feeding, the father's promise checked only by "so that
   things feel calmer at home", the mother's Baby Steps group with no
   check, "Ryan's family" owning the weekend night feeds, the housing
   request "as soon as possible", and a specific contingency that never
   leads to legal planning (M002 x2, M001, W002, T002, R002);
4. a first core group's plan for a 13-year-old and an 8-year-old whose
   mother uses cocaine and alcohol, plain text with numbered What / Who /
   By when / Proof / Checked by blocks (txt): faults are the mother's key
   work proved by "Engagement with the service", the young carers place
   with "-" for proof, "Family network" owning the sober-adult rota, the
   direct work proved by "Mason's mood improves", the school nurse's check
   "TBC", the bed grant with "-" for by when, the review conference date
   to be confirmed, and no fallback if the aunt cannot take the children
   (M002 x2, M001, W002, T002, T001, R001, C003);
5. a pre-birth plan for an unborn baby and her 3-year-old brother (the
   mother's past postnatal psychosis), an action table with no measure
   column and a measures register (measure / now / what we want to see, by
   when / where written / checks actions) that keys every action by number;
   page header and footer (pdf, exemplary);
6. a review conference plan for an 11-year-old and a 6-year-old living with
   their father's anger and their parents' arguments, a landscape Word
   table under outcome banner rows with Progress measure / Now / Target
   columns, one measure merged down two rows (docx): faults are "All
   professionals" sharing worries, the mentor's check-ins measured by
   "Monitor Aarav's mood in school", the counselling referral with "-" for
   its lead, the mother's self-referral "Ongoing", the family support
   worker's sessions with an empty measure, and an outcome about the
   mother only (W002, M002, W001, T002, M001, F002);
7. an initial conference plan for a 12-year-old young carer and her
   5-year-old brother whose mother misuses opioids, one table per outcome
   under a "We'll know this is happening when" line with an "Evidence of
   change" column, and one table with no such column checked row by row by
   its "How we'll know (for 3.1 to 3.4)" list (md, exemplary).

Three plans (1, 5 and 7) are exemplary: every action has a named owner, a
real timescale and something that can be seen, counted or read; every
outcome (and every "What will be different" cell) is about the children;
each contingency has specific triggers and protective responses and says
what happens if a relative's help fails; each records the children's words
or a baby's observed world, core group dates and a dated review conference,
and legal planning after named triggers; adult services (a drug and alcohol
service, the GP, the perinatal mental health team) own actions where a
parent drinks, uses drugs or is mentally ill, and the perinatal psychiatrist
and care coordinator are asked for their view of the mother's capacity to
change and how long it will take.

Counting convention used for "actions" (README convention 1): each row of
an action table (outcome banner rows excepted), each numbered action
sentence of a part, each bullet under "What will happen" and each numbered
block of the text plan counts once, whatever number of sentences it holds.
The "What the core group will see" boxes, the measures register, the "How
we'll know" lines and lists, outcomes, scaling, the children's words, the
contingency and meeting dates are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, neglect and the mother's drinking. Landscape
#    Word table: No. / What needs to happen / Who / When / Success looks like
#    / What will be different for Logan and Ivy. Scales, centiles, attendance
#    and breath readings inside the "Success looks like" cells. Exemplary
#    (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b178_bellhythe_icpc_success_looks_like_different_for_children_fairclough.docx",
    "doc_title": "Child Protection Plan - Logan and Ivy Fairclough",
    "split": "tune",
    "actions": 15,
    "landscape": True,
    "template": "icpc-plan-docx-landscape-kv-details-why-we-are-worried-going-well-logans-words-and-ivys-day-outcomes-then-no-what-needs-to-happen-who-when-success-looks-like-what-will-be-different-for-the-children-table-scales-centiles-attendance-breath-readings-in-success-cells-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a 6-year-old and a 22-month-old living with neglect: "
        "their mother drinks heavily, twice came to the school gate smelling of drink, Ivy's weight "
        "has fallen from the 50th to the 9th centile and Logan's attendance is 84%. The plan is a "
        "landscape Word table headed No. / What needs to happen / Who / When / Success looks like / "
        "What will be different for Logan and Ivy. Every 'Success looks like' cell says what someone "
        "will see, count or read: breath readings of 0.00, an AUDIT score from 27 to 7 or less, GGT "
        "results, Ivy back on the 25th centile, ASQ-3 scores, attendance from 84% to 95%, a home "
        "conditions scale from 3 to 7 scored by two workers together, a signed safety plan, a contact "
        "diary, Logan naming two adults he would tell. The drug and alcohol service reports on "
        "capacity to change and the GP owns a row; the grandmother's help has a fallback; legal "
        "planning follows named triggers; core group dates and a review conference date are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Bellhythe Borough Council, Children's Services. Plan agreed at the initial child protection "
              "conference on 14/01/2026, chaired by Marcus Fenn (Independent Reviewing Officer)."),
        ("kv", [
            ("Children", "Logan Fairclough, born 02/09/2019 (6, Year 2, St Mark's CE Primary School); Ivy "
                         "Fairclough, born 18/02/2024 (22 months)"),
            ("Address", "9 Linnet Close, Bellhythe BH4 2TW"),
            ("Mum", "Gemma Fairclough (30)"),
            ("Ivy's dad", "Craig Moran (33), 41b Station Parade, Bellhythe; sees Ivy on Sundays"),
            ("Logan's dad", "Aaron Webb; lives in Spain and has had no contact since 2021"),
            ("Maternal grandmother", "Pauline Fairclough, 22 Cranmer Road, Bellhythe (Nana)"),
            ("Category", "Neglect (both children)"),
            ("Social worker", "Nicola Ashby, Bellhythe Safeguarding Team East (team manager: Lisa Darby)"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Gemma has drunk heavily since her relationship with Craig ended in 2024. She told the "
              "conference she drinks 'a bottle of wine most nights, more at weekends'. On 28/11/2025 and again "
              "on 12/12/2025 she came to collect Logan from school smelling strongly of alcohol and unsteady on "
              "her feet, with Ivy in the buggy. On the second occasion the school kept Logan and rang the police, "
              "who found the house cold, little food in the cupboards, and Ivy's cot mattress wet."),
        ("p", "Ivy's weight has dropped from the 50th centile at her one-year check to the 9th centile on "
              "16/12/2025, and she has not had her one-year immunisations. Logan's attendance in the autumn term "
              "was 84%, with 19 late marks. He often arrives without breakfast, and he told his teacher he "
              "'puts Ivy's telly on' when Mum is asleep on the sofa."),
        ("h1", "What is going well"),
        ("bullets", [
            "Gemma came to the conference, said she wants to stop drinking, and has already rung Bellhythe "
            "Recovery Hub.",
            "Nana Pauline has Logan and Ivy for tea twice a week, and they are clean, fed and happy at her house.",
            "Craig has seen Ivy every Sunday since October and has never been seen under the influence.",
            "Logan loves reading with his teacher and is working at the expected level in phonics.",
        ]),
        ("h1", "What Logan says, and Ivy's day"),
        ("p", "Logan (seen on his own at school by Nicola on 08/01/2026): \"Mummy drinks the wine in the big "
              "bottle and then she's sleepy.\" \"I make Ivy's milk sometimes.\" \"I like Nana's because we have "
              "fish fingers.\" He drew his house with a sad face in the kitchen and said it was \"Mummy when "
              "there's no more wine\". He would like Mum \"to wake up in the morning and do my book bag\"."),
        ("p", "Ivy cannot tell us in words. When Farah (health visitor) saw her on 16/12/2025 she was in a "
              "soiled nappy, ate a whole banana very fast, and went to Farah for a cuddle without looking back "
              "at Gemma. At Nana's on 10/01/2026 Nicola saw her sitting on Nana's knee, babbling and pointing "
              "at the pictures in a book."),
        ("h1", "What we want for Logan and Ivy"),
        ("numbers", [
            "Logan and Ivy are cared for by a sober adult every day and every night.",
            "Ivy eats well, grows along her centile line and has all her immunisations.",
            "Logan is in school every day, on time, fed and in clean clothes.",
            "The children sleep in clean, dry beds in a warm home with food in the cupboards.",
            "Logan knows he does not have to look after Mum or Ivy, and knows who to tell if he is worried.",
        ]),
        ("h1", "The plan"),
        ("p", "Each row says what will happen, who will do it and when, and in 'Success looks like' what "
              "somebody will see, count or read to show it is working. The last column says what that means "
              "for Logan and Ivy."),
        ("table", {
            "header": ["No.", "What needs to happen", "Who", "When", "Success looks like",
                       "What will be different for Logan and Ivy"],
            "widths": [1.0, 6.6, 3.9, 3.8, 5.8, 4.6],
            "rows": [
                ["1",
                 "Not drink any alcohol while Logan or Ivy are in her care, and blow into the breathalyser at "
                 "every visit from Rhiannon or Nicola",
                 "Gemma Fairclough (Mum)",
                 "Every day from 14/01/2026",
                 "Every breath reading 0.00, written in Rhiannon's and Nicola's visit records; no pick-up where "
                 "school or nursery staff smell drink on Gemma (school and nursery logs)",
                 "Logan and Ivy are looked after by a mum who is sober, day and night"],
                ["2",
                 "Alcohol assessment with Gemma, then key-work sessions with a breath test at each, and a written "
                 "report on whether Gemma can stay off alcohol and how long that change is likely to take",
                 "Rhiannon Gale, recovery worker, Bellhythe Recovery Hub (drug and alcohol service)",
                 "Assessment by 23/01/2026; key work every Thursday after that; report by 17/03/2026",
                 "Breath results e-mailed to Nicola each Friday; AUDIT score down from 27 at referral to 7 or "
                 "less by 27/03/2026; Rhiannon's report on file and shared at the core group on 24/03/2026",
                 "Logan and Ivy no longer miss school or meals because of Mum's drinking"],
                ["3",
                 "Liver function blood tests for Gemma, and a letter to Nicola giving the results and saying "
                 "whether Gemma needs a medically supported detox",
                 "Dr Anil Mehra, GP, Holloway Lane Surgery",
                 "First test by 30/01/2026; second test by 27/03/2026",
                 "GP letter on Nicola's file within a week of each test; GGT lower at the second test than at "
                 "the first",
                 "Logan and Ivy are never left with a mum made unwell by stopping drinking too fast"],
                ["4",
                 "Home visits, one in three unannounced: see Logan on his own and Ivy awake, and look in the "
                 "fridge, the cupboards and both children's beds",
                 "Nicola Ashby, social worker",
                 "Every week until the review conference on 08/04/2026",
                 "Visit records on the file within 48 hours, with Logan's own words, who was at home and what "
                 "food was in",
                 "Logan and Ivy are seen, and Logan is heard, every week"],
                ["5",
                 "Weigh Ivy and plot her weight, and watch her eat a meal at home",
                 "Farah Siddiqui, health visitor, Bellhythe 0-19 Service",
                 "Every two weeks from 21/01/2026 until 31/03/2026",
                 "Each weight plotted in Ivy's red book and e-mailed to Nicola; Ivy back up to the 25th centile "
                 "line by 31/03/2026",
                 "Ivy has three meals and two snacks a day and grows as she should"],
                ["6",
                 "Take Ivy to the practice nurse for her missed one-year immunisations",
                 "Gemma Fairclough (Mum)",
                 "By 13/02/2026",
                 "Immunisations written in Ivy's red book and on the GP record; Farah checks the red book at her "
                 "next visit",
                 "Ivy is protected from the illnesses children are vaccinated against"],
                ["7",
                 "Ivy's two-year developmental review at home with Gemma, using the ASQ-3",
                 "Farah Siddiqui, health visitor",
                 "By 06/03/2026 (Ivy is two on 18/02/2026)",
                 "ASQ-3 scores sent to Nicola and the nursery within a week; a referral letter on file within two "
                 "weeks for any area below the cut-off",
                 "Any delay in Ivy's talking or play is found early and helped"],
                ["8",
                 "Funded nursery place for Ivy; her keyworker writes down how she arrives (clean, fed, dressed "
                 "for the weather) and rings Nicola the same day about anything worrying",
                 "Jade Osei, keyworker, Little Acorns Nursery",
                 "Monday, Wednesday and Friday mornings from 02/02/2026",
                 "Nursery register and arrival log sent to Nicola each Friday; Ivy at 90% or more of her "
                 "sessions by 27/03/2026",
                 "Ivy has a warm, fed start three mornings a week and is seen by adults outside the home"],
                ["9",
                 "Get Logan to school by 8.50am in clean uniform, having had breakfast",
                 "Gemma Fairclough (Mum)",
                 "Every school day",
                 "Logan's attendance up from 84% to 95% or more by the Easter holidays (27/03/2026), with no more "
                 "than one late mark a fortnight, on the school register",
                 "Logan is in class every day, on time and ready to learn"],
                ["10",
                 "Send Nicola Logan's attendance and late marks, and everything logged on CPOMS about hunger, "
                 "clothes or what Logan says about home",
                 "Mr Tom Hewitt, DSL, St Mark's CE Primary School",
                 "Every Friday by 3pm; any worry phoned through the same day",
                 "Friday e-mail on Nicola's file each week; any worry on CPOMS and in Nicola's phone log the "
                 "same day",
                 "Logan's worries at school are heard and acted on the same day"],
                ["11",
                 "Sessions at home on a daily routine, meals on a budget, laundry and the children's bedrooms",
                 "Kerry Lomax, family support worker, Bellhythe Family Hub",
                 "Weekly for 10 weeks from 19/01/2026",
                 "Home conditions scale, scored by Kerry and Nicola together: 3 now, 7 or more by 27/03/2026; "
                 "clean bedding and food in the cupboards at every unannounced visit",
                 "Logan and Ivy sleep in clean, dry beds and there is always food in the house"],
                ["12",
                 "Collect Logan from school and give Logan and Ivy their tea at her house",
                 "Pauline Fairclough (Nana)",
                 "Every Tuesday and Thursday, 3.15pm to 6.30pm",
                 "School signing-out sheet shows Pauline collecting Logan; Pauline texts Nicola each Thursday "
                 "evening",
                 "Logan and Ivy have a hot meal and a calm evening at Nana's twice a week"],
                ["13",
                 "Have Ivy at his flat, and tell Nicola if Gemma smells of drink at either handover",
                 "Craig Moran (Ivy's dad)",
                 "Every Sunday, 10am to 4pm",
                 "Contact diary signed by Craig and Gemma at each handover, read by Nicola at her visits",
                 "Ivy keeps a safe, regular time with her dad"],
                ["14",
                 "Direct work with Logan using the Three Houses and a worry box, about what happens at home when "
                 "Mum drinks and who he can tell",
                 "Nicola Ashby, social worker",
                 "Four sessions at school, every two weeks from 21/01/2026",
                 "Logan's Three Houses drawings on file; by the fourth session Logan can name two grown-ups he "
                 "would tell and show Nicola where their numbers are kept",
                 "Logan knows it is not his job to look after Mum or Ivy"],
                ["15",
                 "Family network meeting with Gemma, Pauline and Craig to write the family safety plan: who Gemma "
                 "rings when she wants a drink, and who looks after the children if she has had one",
                 "Nicola Ashby, social worker",
                 "Meeting by 30/01/2026",
                 "Safety plan signed by Gemma, Pauline and Craig and copied to them, the school and the nursery "
                 "by 06/02/2026",
                 "Logan and Ivy always have a sober adult to go to"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If any breath reading is above 0.00, or anyone sees Gemma under the influence while she is caring "
            "for the children: that person rings Nicola (or the Emergency Duty Team out of hours) straight "
            "away; Logan and Ivy go to Nana Pauline's at 22 Cranmer Road that day; Nicola holds a strategy "
            "discussion with the police and health the same day; and Nicola asks Lisa Darby (team manager) for "
            "a legal planning meeting within 5 working days.",
            "If Nana Pauline cannot have the children (she is ill, away, or says she cannot manage), Nicola or "
            "the Emergency Duty Team arranges an emergency foster placement for Logan and Ivy together that "
            "day, and Ivy's Sunday time with Craig carries on at the family centre. If Pauline has to stop her "
            "Tuesday and Thursday teas, Logan goes to the school's after-school club on those days (place "
            "agreed by Mr Hewitt on 13/01/2026) and Kerry visits at teatime instead until the core group agrees "
            "another adult.",
            "If Ivy's weight falls below the 9th centile at any weigh-in, Farah rings Nicola the same day and "
            "Ivy is seen by the GP within 24 hours.",
            "If Logan's attendance is below 90% at the Easter holidays, or Ivy has not gained weight by "
            "31/03/2026, Nicola will ask for a legal planning meeting within 10 working days to decide whether "
            "to start the Public Law Outline.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at St Mark's CE Primary, Tuesdays at 9.30am: 27/01/2026, 24/02/2026 "
            "and 24/03/2026.",
            "Review child protection conference: 08/04/2026 at 10am, Bellhythe Civic Centre.",
        ]),
        ("p", "Plan sent to Gemma, Craig, Pauline and every agency on 16/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Review conference plan in four parts, one per outcome: numbered action
#    sentences (owner and time in each), then a "What the core group will
#    see" box whose heading says which actions it checks. Page header and
#    footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b178_bildercombe_rcpc_outcome_parts_core_group_will_see_hartigan.pdf",
    "doc_title": "Child Protection Plan (Review) - Callum and Sophie-Rose Hartigan",
    "split": "tune",
    "actions": 15,
    "min_pages": 2,
    "header": "Bildercombe City Council · Children's Social Care · Child protection plan (review)",
    "footer": "Callum and Sophie-Rose Hartigan · RCPC 10/02/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-plan-paged-header-footer-kv-since-last-conference-childrens-words-worries-going-well-then-four-outcome-parts-numbered-action-sentences-owner-and-time-in-each-then-what-the-core-group-will-see-box-naming-the-actions-it-checks-then-contingency-meetings",
    "description": (
        "Review conference plan for a 9-year-old and a 4-year-old after their father's violence (now "
        "under a restraining order); their mother has depression and anxiety. The plan is in four "
        "parts, one per outcome; each part has numbered action sentences giving owner and time, then a "
        "'What the core group will see' box whose heading names the actions it checks (the police log, "
        "a DASH score agreed at review, attendance letters, Callum's 'how safe is home' score, the "
        "registers, CPOMS feelings scores, Boxall strands, incident counts); a few actions give their "
        "own check in their sentence. Faults: Talking Therapies' CBT only treats the mother (measured "
        "by an attendance letter); the aunt's Saturday football run is outside its part's check (3.1 to "
        "3.3) and has none of its own; the nursery talk group and the speech and language assessment "
        "are checked only by 'Progress will be discussed at each core group'; and the mother's Stay and "
        "Play visits are 'as and when she can'."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Review child protection conference held on 10/02/2026 at Bildercombe Civic Offices, chaired by "
              "Janet Firth (Independent Reviewing Officer). The children remain subject to child protection "
              "plans under the category of emotional abuse."),
        ("kv", [
            ("Children", "Callum Hartigan, born 21/05/2016 (9, Year 5, Holme Lane Primary School); Sophie-Rose "
                         "Hartigan, born 30/10/2021 (4, Holme Lane Nursery)"),
            ("Address", "14 Holmfirth Close, Bildercombe BD7 3LN"),
            ("Mum", "Carla Hartigan (33)"),
            ("Dad", "Sean Hartigan (36), now living in Fenby; restraining order protecting Carla and the "
                    "children until 08/01/2028"),
            ("Aunt", "Donna Wilde (Carla's sister), 3 Abbey Mews, Bildercombe"),
            ("Social worker", "Tasha Kemp, Family Safeguarding Team (team manager: Owen Blake)"),
            ("Initial conference", "11/11/2025"),
        ]),
        ("h1", "What has happened since the initial conference"),
        ("p", "Sean left the family home on 03/11/2025 after he pushed Carla down the stairs while Callum "
              "watched from the landing. He was convicted of assault on 08/01/2026 and a restraining order was "
              "made. He has not come to the house since November. Carla has kept the children away from him "
              "and has told the police each time he has messaged her."),
        ("p", "Carla has depression and anxiety. She was referred to Bildercombe Talking Therapies in December "
              "and her GP restarted her sertraline. She told the conference that on her worst days she cannot "
              "get out of bed before eleven. Callum has had 9 incidents at school this year (throwing chairs, "
              "running out of class), and his attendance is 88%. Sophie-Rose's nursery says she uses very few "
              "words for her age and often arrives without breakfast."),
        ("h1", "What Callum and Sophie-Rose have told us"),
        ("p", "Callum (seen on his own at school by Tasha, 03/02/2026): \"It's quieter now Dad's gone but I "
              "still listen for his car.\" \"Mum cries in the bathroom.\" \"I get angry when people say stuff "
              "about my family.\" He scored 'how safe is home' at 6 out of 10 (4 in November) and wants to go "
              "back to football on Saturdays."),
        ("p", "Sophie-Rose (at home with Tasha, 05/02/2026) put the daddy figure outside the doll's house and "
              "said \"Daddy shouty. Gone now.\" Miss Boyd at nursery sees her flinch and cover her ears when "
              "other children shout, and she likes to sit close to an adult at story time."),
        ("h1", "What is going well"),
        ("bullets", [
            "There have been no police call-outs to the house since 03/11/2025.",
            "Carla has come to every core group and every appointment with Alison, her IDVA.",
            "Donna sees the children most weekends and Callum says Auntie Donna is \"a laugh\".",
            "Callum has settled with Mrs Pardoe and goes to her when he feels himself getting angry.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan has four parts, one for each outcome for Callum and Sophie-Rose. Each numbered action "
              "says who will do it and when. At the end of each part, a box headed 'What the core group will "
              "see' says how we will know that those actions are working; its heading gives the numbers of the "
              "actions it checks. Where an action gives its own check in its sentence, that is its measure."),
        ("h2", "Part 1. Callum and Sophie-Rose live free from violence and from the fear of it at home"),
        ("p", "1.1 PC Dean Amin (Domestic Abuse Safeguarding Unit, Bildercombe Police) will check every week "
              "that Sean is keeping to his restraining order, keep the warning marker on 14 Holmfirth Close, "
              "and send Tasha the police log for the address on the first Monday of each month."),
        ("p", "1.2 Alison Reeve (IDVA, Bildercombe Domestic Abuse Service) will see Carla every two weeks until "
              "the review conference to go over her safety plan and repeat the DASH risk checklist with her."),
        ("p", "1.3 Carla will go to the 12-week Freedom Programme at Bildercombe Women's Centre on Tuesday "
              "mornings from 24/02/2026."),
        ("p", "1.4 Tasha Kemp (social worker) will visit Callum and Sophie-Rose at home every two weeks, one "
              "visit in three unannounced, and see each child on their own."),
        ("boldp", "What the core group will see (for 1.1 to 1.4)"),
        ("p", "No breaches of the restraining order on the police log PC Amin sends each month. Carla's DASH "
              "score, agreed by Alison and Carla at each review, down from 16 in November to 10 or less by the "
              "review conference. The Women's Centre's attendance letter to Tasha after weeks 6 and 12. "
              "Callum's 'how safe is home' score, asked by Tasha when he is on his own and written in her visit "
              "record, at 7 or more."),
        ("h2", "Part 2. Callum and Sophie-Rose are cared for by a mum who is well enough to get them up, fed "
               "and out to school and nursery every day"),
        ("p", "2.1 Bildercombe Talking Therapies (Jo Harland, high intensity therapist) will give Carla 16 "
              "weekly sessions of CBT for depression and anxiety from 19/02/2026, and send Tasha a letter "
              "confirming her attendance after sessions 8 and 16."),
        ("p", "2.2 Dr Nasreen Qureshi (GP, Bildercombe Road Surgery) will review Carla's sertraline by "
              "27/02/2026 and then every 8 weeks, and write to Tasha after each review about how Carla's mood "
              "is affecting her care of the children."),
        ("p", "2.3 Carla will get Callum to school by 8.45am and Sophie-Rose to nursery by 9am every weekday."),
        ("p", "2.4 Leah Dunn (family support worker, Holme Lane Children's Centre) will see Carla at home every "
              "Monday for 10 weeks from 16/02/2026 to build a morning routine and a weekly meal plan."),
        ("boldp", "What the core group will see (for 2.3 and 2.4; 2.1 and 2.2 give their own)"),
        ("p", "Callum's attendance up from 88% to 95%, and Sophie-Rose at 90% or more of her nursery sessions, "
              "by the Easter holidays (27/03/2026), from the registers the school and nursery send Tasha each "
              "Friday. Both children arriving fed and in clean clothes on at least 9 days in 10 on the school's "
              "and the nursery's arrival logs."),
        ("h2", "Part 3. Callum feels safe at school, can talk about what happened at home, and has fewer "
               "angry outbursts"),
        ("p", "3.1 Mrs Gill Pardoe (learning mentor, Holme Lane Primary) will meet Callum for a check-in in the "
              "Nest every Monday and Thursday at 9am."),
        ("p", "3.2 Owen Lusk (children's worker, Bildercombe Domestic Abuse Service) will see Callum at school "
              "for 10 weekly sessions of play-based work about what happened at home, from 25/02/2026."),
        ("p", "3.3 Mr Raj Patel (SENCO) will complete a Boxall profile for Callum by 06/03/2026 and again by "
              "10/07/2026."),
        ("p", "3.4 Donna Wilde (Carla's sister) will take Callum to Bildercombe Juniors football training every "
              "Saturday morning at 10am."),
        ("boldp", "What the core group will see (for 3.1 to 3.3)"),
        ("p", "Callum's check-in feelings score, logged on CPOMS by Mrs Pardoe, at 6 out of 10 or more on most "
              "days by the review conference (3 or 4 now). Owen's session summaries to Tasha after sessions 5 "
              "and 10. Callum's Boxall developmental strand score higher in July than in March. Incidents "
              "logged on CPOMS down from 9 in the autumn term to 3 or fewer in the summer term."),
        ("h2", "Part 4. Sophie-Rose's talking catches up before she starts Reception in September 2026"),
        ("p", "4.1 Miss Kayleigh Boyd (Sophie-Rose's keyworker, Holme Lane Nursery) will run a small talk group "
              "with Sophie-Rose and two other children three mornings a week from 23/02/2026."),
        ("p", "4.2 Lisa Fenwick (speech and language therapist, Bildercombe Community Children's Services) will "
              "assess Sophie-Rose's speech and language at nursery by 20/03/2026."),
        ("p", "4.3 Carla will take Sophie-Rose to Stay and Play at Holme Lane Children's Centre as and when she "
              "can, and the centre's sign-in sheet will show it."),
        ("boldp", "What the core group will see (for 4.1 and 4.2)"),
        ("p", "Progress with Sophie-Rose's talking will be discussed at each core group."),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Sean comes to the house, to Holme Lane Primary or to the nursery, or contacts Carla or the "
            "children in any way: Carla (or the school or nursery) rings 999; the police arrest Sean for the "
            "breach; and Tasha holds a strategy discussion with the police and the school the same day.",
            "If Carla and the children cannot stay safely at 14 Holmfirth Close, they stay with Donna at "
            "3 Abbey Mews that night. If Donna cannot have them, Alison arranges a refuge place for Carla and "
            "both children the same day.",
            "If Carla cannot get up to care for the children (either child absent without a call by 9.30am "
            "on two days running), Tasha or the duty social worker visits that morning, sees both children, "
            "and asks Dr Qureshi for a same-day appointment for Carla.",
            "If there is any breach of the restraining order with the children present, or if Callum's "
            "attendance is below 90% at the Easter holidays, Tasha will ask Owen Blake (team manager) for a "
            "legal planning meeting within 10 working days.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at Holme Lane Primary, Tuesdays at 1.30pm: 24/02/2026, 24/03/2026, "
            "21/04/2026, 19/05/2026 and 16/06/2026.",
            "Next review child protection conference: 10/08/2026 at 10am, Bildercombe Civic Offices.",
        ]),
        ("p", "Plan sent to Carla, Donna and every agency on 12/02/2026."),
    ],
    "findings": [
        F("H001", "will give Carla 16 weekly sessions of CBT for depression"),
        F("M001", "will take Callum to Bildercombe Juniors football training"),
        F("M002", "will run a small talk group with Sophie-Rose"),
        F("M002", "will assess Sophie-Rose's speech and language at nursery"),
        F("T002", "will take Sophie-Rose to Stay and Play at Holme Lane"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Initial conference plan for a 4-month-old with faltering growth: the
#    plan is bullets under four headings, each bullet one sentence carrying
#    its owner, time and check ("which Beth will record at each weigh-in",
#    "shown in", "evidenced by", "so that ... can see"). Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b178_boddingtree_icpc_bullets_check_in_each_sentence_mcallister.md",
    "split": "tune",
    "actions": 15,
    "template": "icpc-baby-plan-md-details-list-why-going-well-ellies-day-outcomes-then-what-will-happen-bullets-under-four-subheadings-each-one-sentence-with-owner-time-and-check-so-that-shown-in-evidenced-by-then-if-things-go-wrong-core-group-review",
    "description": (
        "Initial conference plan for a 4-month-old baby whose weight has fallen from the 50th to the "
        "9th centile; her mother is 19 and a care leaver, her father smokes cannabis daily, and his "
        "mother and family help. The plan is bullets under four headings, each bullet one sentence "
        "that carries its owner, its time and its check in ordinary words ('which Beth will record at "
        "each weigh-in in Ellie's red book', 'shown in the feeding record', 'evidenced by his letter', "
        "'so that Beth and Sarah can see at each visit that Ellie is taking at least 800ml a day', "
        "oral fluid results and a hair strand test, formula in the cupboard at every unannounced "
        "visit). Faults: the grandmother will 'keep an eye on' feeding; the father's promise not to "
        "smoke is checked only by 'so that things feel calmer at home'; the mother's Baby Steps group "
        "has no check; 'Ryan's family' own the weekend night feeds; the housing request is 'as soon as "
        "possible'; and the contingency, though specific, never leads to legal planning."
    ),
    "text": """\
# Boddingtree Council Children's Services

## Child protection plan for Ellie McAllister

Agreed at the initial child protection conference on 20/01/2026 (chair: Fiona Marsh, IRO).

- **Child:** Ellie McAllister, born 22/09/2025 (17 weeks old at the conference)
- **Address:** Flat 6, Cresswell House, Marlow Street, Boddingtree BG9 4QS
- **Mum:** Shannon McAllister (19). Shannon was in foster care from 12 to 18 with Mags Dawson and now has a personal adviser from the Leaving Care Team.
- **Dad:** Ryan Tennant (22), lives with Shannon and Ellie
- **Dad's mum:** Lorraine Tennant, 14 Mill Brow, Boddingtree
- **Category:** Neglect
- **Social worker:** Sarah Okoye, Safeguarding and Assessment Team (team manager: Gareth Lowe)
- **Health visitor:** Beth Kaur, Boddingtree Health Visiting Service

## Why Ellie has a plan

Ellie weighed 3.2kg at birth, on the 50th centile. At her weigh-in on 13/01/2026 she was 5.3kg, on the 9th
centile, and she had gained only 90g in the three weeks before. Beth found bottles made up with too much
water and left out overnight. Ryan smokes cannabis every day; on two of Sarah's visits the flat smelled
strongly of it and Ryan was slow to answer and red-eyed while Ellie was crying in her cot. Ellie missed her
16-week immunisations on 12/01/2026. The flat's bedroom has black mould on the wall beside the cot, and
Shannon ran out of formula twice in December before her Universal Credit was paid.

## What's working well

- Shannon and Ryan both came to the conference and said they want Ellie to "get big and healthy".
- Shannon has taken Ellie to every baby clinic since she was born, and asks Beth lots of questions.
- Lorraine visits every Sunday and has given the couple a second-hand steriliser.
- Mags Dawson, Shannon's former foster carer, still sees Shannon every week and has offered to help.

## Ellie's day

Ellie cannot tell us what her days are like, so this is what Beth and Sarah have seen. Ellie wakes two or
three times a night. On 15/01/2026 Sarah saw her feed hungrily from a bottle that Shannon had made up fresh,
then settle on Shannon's shoulder. On 09/01/2026 Beth saw her lying in a wet sleepsuit in her cot for half an
hour while Ryan slept on the sofa; she cried, then went quiet and stared at the wall. She smiles at Shannon's
voice and follows her with her eyes. She is happiest, Lorraine says, "when she's warm and full and someone is
talking to her".

## What we want for Ellie

1. Ellie is fed enough, every day, to grow back up to the 25th centile by the time she is 6 months old.
2. Ellie is never cared for by an adult who has smoked cannabis, and her home is free of smoke.
3. Ellie sleeps safely, in a dry cot in a room without mould.
4. Ellie has all her immunisations and health checks on time.

## What will happen

Each point below says who will do it, when, and how we will know it is working, all in the same sentence.

### Ellie's feeding and growth

- Beth Kaur (health visitor) will weigh Ellie every Tuesday at the Boddingtree Family Hub baby clinic until she is 6 months old (22/03/2026), which Beth will record at each weigh-in in Ellie's red book and e-mail to Sarah the same day; we want to see Ellie back up to the 25th centile line by then.
- Beth will watch a whole feed at home every two weeks from 27/01/2026, writing down how much Ellie takes and how the bottles are made up, shown in the feeding record she sends Sarah after each visit.
- Shannon will make up every bottle fresh and write each feed in the feed chart, every day from 21/01/2026, so that Beth and Sarah can see at each visit that Ellie is taking at least 800ml a day.
- Dr Peter Hallam (GP, Market Street Surgery) will see Ellie by 30/01/2026 to check for any medical reason for her slow weight gain, evidenced by his letter to Sarah with the results of her tests.
- Shannon and Ryan will take Ellie for her missed 16-week immunisations by 06/02/2026, and Beth will check at her next home visit that they are written in the red book.
- Lorraine Tennant will keep an eye on how Ellie is feeding when she visits every Sunday afternoon.
- Ryan's family will take it in turns to do the night feeds on Friday and Saturday nights until Ellie is 6 months old, so that Shannon can sleep, and whoever does them will sign the feed chart in the morning.

### Keeping Ellie away from cannabis

- Jade Morton (recovery worker, Kestrel Drug and Alcohol Service) will see Ryan every Thursday from 22/01/2026, test his oral fluid at each session and write to Sarah by 07/04/2026 on whether Ryan can stay off cannabis; we will know it is working when the results she e-mails to Sarah show no cannabis from March onwards, and Ryan's hair strand test on 14/04/2026 is negative.
- Ryan will not smoke cannabis in the flat, on the balcony or before he looks after Ellie, every day from 20/01/2026, so that things feel calmer at home.
- Sarah Okoye (social worker) will visit every week until the review conference, one visit in three unannounced, and see Ellie awake and undressed, as recorded in her visit notes within 48 hours, which will say where Ellie was sleeping, who was in the flat and whether it smelled of cannabis.

### Ellie's sleep and her home

- Beth will go through safe sleep and ICON (coping with a crying baby) with Shannon and Ryan by 03/02/2026, shown in the safe sleep agreement they sign on Ellie's health record, and will look at Ellie's cot at every home visit after that.
- Sarah will ask Boddingtree Homes to fix the damp in the bedroom and will support Shannon's application for a two-bedroom flat as soon as possible, evidenced by copies of the repair request and the housing application on file.
- Marcus Bell (personal adviser, Leaving Care Team) will meet Shannon every two weeks from 27/01/2026 to sort out her Universal Credit and a weekly budget for formula and nappies, and we will know it is working when there is formula in the cupboard at every unannounced visit.

### Shannon and Ryan as Ellie's parents

- Shannon will go to the Baby Steps group at Boddingtree Family Hub every Wednesday morning from 28/01/2026.
- Sarah will hold a family network meeting with Shannon, Ryan, Lorraine and Mags by 06/02/2026, so that there is a written family safety plan, signed by everyone there, saying who looks after Ellie if Ryan has smoked.

## If things go wrong

- If Ellie loses weight between two weigh-ins, or drops below the 2nd centile, Beth rings Sarah the same day and Ellie is seen that day at the children's assessment unit at Boddingtree General Hospital. If no medical cause is found, Sarah holds a strategy discussion with health and the police within 24 hours.
- If Ryan is found under the influence of cannabis while caring for Ellie, or the flat smells of cannabis at a visit, Ryan leaves the flat that day and stays at Lorraine's, 14 Mill Brow, and Sarah holds a strategy discussion the same day. Ryan does not care for Ellie on his own until the strategy discussion has agreed a new safety plan.
- If Lorraine or Ryan's family cannot do the weekend night feeds or the Sunday visit, Shannon rings Sarah (or the Emergency Duty Team) by Friday teatime. Shannon and Ellie spend that weekend at Mags Dawson's, 17 Ferndale Road (agreed by Mags at the conference). If Mags cannot have them, Beth or the duty health visitor sees Ellie at home on the Saturday and the Sunday morning.
- If Shannon is also found to be using cannabis, or Ellie is left with an adult who is under the influence, Ellie and Shannon go to Mags's that day; if that is not possible, Sarah arranges an emergency foster placement for Ellie that day.

## Core group and review

- Core group every four weeks at Boddingtree Family Hub, Tuesdays at 11am: 03/02/2026, 03/03/2026 and 31/03/2026.
- Review child protection conference: 14/04/2026 at 2pm, Boddingtree Town Hall.

Plan sent to Shannon, Ryan, Lorraine, Mags and every agency on 22/01/2026.
""",
    "findings": [
        F("M002", "will keep an eye on how Ellie is feeding"),
        F("W002", "Ryan's family will take it in turns to do the night feeds"),
        F("M002", "will not smoke cannabis in the flat, on the balcony"),
        F("T002", "will ask Boddingtree Homes to fix the damp in the bedroom"),
        F("M001", "will go to the Baby Steps group at Boddingtree Family Hub"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. First core group's plan as plain text: caps headings and numbered action
#    blocks, each with What / Who / By when / Proof / Checked by lines.
#    Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b178_burnistoke_core_group_proof_checked_by_blocks_devlin.txt",
    "split": "tune",
    "actions": 15,
    "template": "core-group-plan-txt-caps-headings-dashed-rules-details-lines-why-plan-childrens-words-scaling-outcomes-then-numbered-action-blocks-what-who-by-when-proof-checked-by-lines-then-contingency-and-meetings",
    "description": (
        "First core group's plan for a 13-year-old and an 8-year-old whose mother uses cocaine and "
        "alcohol and left the 8-year-old alone at night; the maternal aunt and grandfather help. Plain "
        "text, with each action a numbered block of What / Who / By when / Proof / Checked by lines. "
        "Most Proof lines are things someone will count or read (weekly urine and breath results, a "
        "negative hair strand test, attendance from 79% to 92%, behaviour points under 5 a week, a "
        "photographed evening rota, a signing-in sheet, a GP letter). Faults: the mother's key-work "
        "sessions are proved by 'Engagement with the service'; the young carers group has '-' for "
        "proof; 'Family network' owns the sober-adult rota; the direct work with Mason is proved by "
        "'Mason's mood improves'; the school nurse's health check is 'TBC'; the bed grant has '-' for "
        "by when; the review conference date is to be confirmed; and the contingency sends the "
        "children to their aunt with nothing said if she cannot have them."
    ),
    "text": """\
BURNISTOKE METROPOLITAN BOROUGH COUNCIL
CHILDREN AND FAMILIES SERVICE
CHILD PROTECTION PLAN - AGREED AT THE FIRST CORE GROUP
======================================================

Children ......... Mason Devlin, born 11/07/2012 (13), Year 8, Burnistoke Academy
                   Ruby Devlin, born 30/04/2017 (8), Year 4, Greave Street Primary School
Address .......... 7 Moorside Way, Burnistoke BK3 6RR
Mum .............. Leanne Devlin (35)
Dad .............. Steve Devlin, lives in Dumfries; phones the children on Sundays
Aunt ............. Kelly Devlin (Leanne's sister), 31 Rydal Road, Burnistoke
Grandad .......... Mick Devlin (Leanne's dad), 2 Pit Lane, Burnistoke
Category ......... Neglect (both children)
ICPC ............. 22/01/2026
First core group . 05/02/2026, Greave Street Primary School
Social worker .... Zoe Marsh, Children in Need and Protection Team 2
Team manager ..... Claire Yates


WHY THERE IS A PLAN
-------------------
At 1am on 03/01/2026 police found Ruby alone at home, crying on the stairs. Mason was out looking for his
mum. Leanne was found at a friend's flat, drunk, and said she had taken cocaine. She told the conference she
uses cocaine "most weekends" and drinks every day. Mason has been getting Ruby up and giving her tea most
days since the summer; his attendance this year is 79% and he has had 14 behaviour points a week since
Christmas. Ruby's attendance is 86%. Ruby sleeps on a mattress on Mason's floor because her bed broke in
October.


WHAT MASON AND RUBY SAY
----------------------
Mason (seen alone at school, 29/01/2026): "I'm not bothered about me, it's Ruby." "When Mum goes out I have
to stay in, so I don't go to footy." "If Mum's been on it she sleeps all day Sunday." He would like "Mum to
stop, and to have my mates round without worrying."

Ruby (seen alone at home, 30/01/2026): "I was scared in the dark and Mason wasn't there." "I like it at
Auntie Kelly's, she does pancakes." She drew a bed with a pink cover and said "that's the bed I want".

Scaling (0 = the children are not safe at home, 10 = safe enough to close the plan): Zoe 2, Kelly 4,
Leanne 6, Mason 3.


WHAT NEEDS TO BE DIFFERENT FOR MASON AND RUBY
-------------------------------------------
1. Mason and Ruby are never left without a sober adult at home, day or night.
2. Mason can be 13: he goes to school, sees his friends and does not have to look after Ruby.
3. Ruby is in school every day, fed, and sleeps in her own bed.


THE ACTIONS
-----------
Each action has five lines: What, Who, By when, Proof (what someone will see, count or read) and Checked by.

ACTION 1
  What ......... Visit Mason and Ruby at home, one visit in three unannounced and one evening visit a month,
                 and see each child on their own
  Who .......... Zoe Marsh, social worker
  By when ...... Every week until 30/04/2026
  Proof ........ Visit records on the file within 48 hours, with each child's words and who was in the house
  Checked by ... Claire Yates, team manager, at monthly supervision

ACTION 2
  What ......... Not use cocaine or drink alcohol while Mason and Ruby are in her care, and never leave Ruby
                 without an adult in the house
  Who .......... Leanne Devlin (Mum)
  By when ...... Every day from 22/01/2026
  Proof ........ Every urine screen and breath test at the Recovery Service negative; no police call-outs to
                 7 Moorside Way
  Checked by ... Zoe Marsh, from Gary's Friday results and the police notifications

ACTION 3
  What ......... Go to key-work sessions at Burnistoke Recovery Service about her cocaine and alcohol use
  Who .......... Leanne Devlin (Mum)
  By when ...... Every Tuesday at 10am from 27/01/2026
  Proof ........ Engagement with the service
  Checked by ... Zoe Marsh

ACTION 4
  What ......... Urine drug screen and breath test at each key-work session, a hair strand test, and a written
                 report on whether Leanne can stay off cocaine and alcohol and how long that is likely to take
  Who .......... Gary Pollard, recovery worker, Burnistoke Recovery Service
  By when ...... Tests weekly from 27/01/2026; hair sample taken on 21/04/2026; report by 30/04/2026
  Proof ........ Results e-mailed to Zoe every Friday, all negative from March; hair strand result negative
                 for cocaine for February to April; report on Zoe's file
  Checked by ... Zoe Marsh and the core group

ACTION 5
  What ......... Review Leanne's physical health, including liver function tests, and write to Zoe about any
                 risk to the children from her health
  Who .......... Dr Farhan Iqbal, GP, Burnistoke Health Centre
  By when ...... By 27/02/2026
  Proof ........ GP letter on Zoe's file by 06/03/2026
  Checked by ... Zoe Marsh

ACTION 6
  What ......... Send Zoe Ruby's attendance and late marks, and ring the same day if Ruby says anything about
                 being left alone or arrives hungry
  Who .......... Mrs Anita Chowdhury, DSL, Greave Street Primary School
  By when ...... Every Friday; same-day calls
  Proof ........ Ruby's attendance up from 86% to 95% by the May half term (register)
  Checked by ... Zoe Marsh

ACTION 7
  What ......... Check in with Mason every Monday morning, and send Zoe his attendance and behaviour points
  Who .......... Mr Lee Barker, Head of Year 8, Burnistoke Academy
  By when ...... Every Monday; figures every Friday
  Proof ........ Mason's attendance up from 79% to 92% or more by the May half term; fewer than 5 behaviour
                 points a week (14 now)
  Checked by ... Zoe Marsh

ACTION 8
  What ......... Give Mason a place in the Burnistoke Young Carers group, with a lift there and back
  Who .......... Tanya Rhodes, Burnistoke Young Carers
  By when ...... Thursdays 4pm to 6pm from 12/02/2026
  Proof ........ -
  Checked by ... -

ACTION 9
  What ......... Have Ruby to stay every Friday and Saturday night
  Who .......... Kelly Devlin (aunt)
  By when ...... Every Friday and Saturday night
  Proof ........ Kelly texts Zoe each Sunday morning; Ruby tells Zoe at her visits where she slept
  Checked by ... Zoe Marsh

ACTION 10
  What ......... Walk Ruby to school in the morning and collect her at 3.15pm
  Who .......... Mick Devlin (grandad)
  By when ...... Every school day
  Proof ........ School signing-in and signing-out sheet shows Mick's name
  Checked by ... Mrs Chowdhury

ACTION 11
  What ......... Make sure a sober adult is at home with Mason and Ruby every evening Leanne goes out
  Who .......... Family network
  By when ...... Every evening from 6pm
  Proof ........ Evening rota on the fridge, photographed by Zoe at each visit
  Checked by ... Zoe Marsh

ACTION 12
  What ......... Five sessions of direct work with Mason about what happens when his mum uses, his worries for
                 Ruby, and who he can ring
  Who .......... Zoe Marsh, social worker
  By when ...... Every two weeks from 05/02/2026
  Proof ........ Mason's mood improves
  Checked by ... Zoe Marsh

ACTION 13
  What ......... Health check for Ruby (height, weight, eyes and teeth) and help Leanne register both
                 children with a dentist
  Who .......... Amy Kirk, school nurse, Burnistoke 0-19 Service
  By when ...... TBC
  Proof ........ Health check letter on Zoe's file; both children registered with a dentist
  Checked by ... Zoe Marsh

ACTION 14
  What ......... Apply to the Household Support Fund for a bed, mattress and bedding for Ruby
  Who .......... Jess Turner, family support worker, Burnistoke Family Hub
  By when ...... -
  Proof ........ Ruby's new bed made up in her own room, seen by Zoe
  Checked by ... Zoe Marsh

ACTION 15
  What ......... Tell Zoe about any police call to 7 Moorside Way, and any time Leanne is arrested
  Who .......... PS Rachel Hume, Burnistoke Police Safeguarding Hub
  By when ...... By 10am the next working day after any call
  Proof ........ Police notification on Zoe's file
  Checked by ... Claire Yates, team manager


IF THINGS GO WRONG
------------------
- If Leanne has a positive test, is arrested, or either child says she has used or left them alone, Mason
  and Ruby go to Kelly's at 31 Rydal Road that night. Zoe (or the Emergency Duty Team) holds a strategy
  discussion with the police by the next working day.
- If Ruby is found alone again, or Leanne's tests are still positive in April, Zoe will ask Claire Yates for
  a legal planning meeting within 5 working days.


MEETINGS
--------
Core group: every four weeks at Greave Street Primary, Thursdays at 9.15am - 05/03/2026, 02/04/2026 and
30/04/2026.
Review child protection conference: date to be confirmed by the Safeguarding Unit.

Plan typed by Zoe Marsh and sent to Leanne, Kelly, Mick and every agency on 06/02/2026.
""",
    "findings": [
        F("M002", "Go to key-work sessions at Burnistoke Recovery Service"),
        F("M001", "Give Mason a place in the Burnistoke Young Carers group"),
        F("W002", "Make sure a sober adult is at home with Mason"),
        F("M002", "Five sessions of direct work with Mason about what"),
        F("T002", "Health check for Ruby (height, weight, eyes and teeth)"),
        F("T001", "Apply to the Household Support Fund for a bed"),
        F("R001"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Pre-birth initial conference plan: an action table with no measure
#    column (No. / What will happen / Lead / When), then a "measures register"
#    (measure / where things are now / what we want to see, by when / where it
#    is written / checks actions) keyed by action number. Page header and
#    footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b178_brackenfold_prebirth_measures_register_keyed_by_number_sandoval.pdf",
    "doc_title": "Pre-birth Child Protection Plan - Leo Pike and Baby Sandoval-Pike",
    "split": "tune",
    "actions": 15,
    "min_pages": 2,
    "header": "Brackenfold Council · Children's Social Care · Pre-birth child protection plan",
    "footer": "Leo Pike and unborn baby Sandoval-Pike · ICPC 04/02/2026 · OFFICIAL-SENSITIVE · Page {PAGE} of {NUMPAGES}",
    "template": "prebirth-icpc-plan-paged-header-footer-kv-why-going-well-leos-words-babys-world-early-warning-signs-outcomes-then-no-what-will-happen-lead-when-table-without-measures-then-measures-register-table-measure-now-target-by-when-where-written-checks-actions-keyed-by-number-then-contingency-meetings",
    "description": (
        "Exemplary pre-birth plan for an unborn baby and her 3-year-old brother. Their mother had a "
        "postnatal psychotic illness after her son's birth and left him alone while unwell; in this "
        "pregnancy she stopped her medicines and missed perinatal appointments. The action table "
        "(No. / What will happen / Lead / When) has no measure column: every action's measure is in "
        "a separate measures register, each row naming the measure, where things are now, what we "
        "want to see and by when, where it is written and who reads it, and the numbers of the "
        "actions it checks; the register leaves no action out. Measures include the perinatal team's "
        "written view on capacity to change, a dosette box and sleep diary, the GROW chart, nursery "
        "attendance from 71% to 90%, an employer's letter, a signed day sheet, the red book and EPDS "
        "scores. The perinatal psychiatrist and care coordinator report on capacity to change, the "
        "grandmother's help has a fallback, legal planning follows named triggers, core group and "
        "review dates are set, and Leo's words and the baby's world are recorded."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Agreed at the pre-birth initial child protection conference on 04/02/2026, Brackenfold Civic "
              "Centre, chaired by Martin Cole (Independent Reviewing Officer). Maria was 25 weeks pregnant."),
        ("kv", [
            ("Children", "Leo Pike, born 10/06/2022 (3), Bright Beginnings Nursery; unborn baby girl "
                         "Sandoval-Pike, due 20/05/2026"),
            ("Address", "22 Tenter Street, Brackenfold BF1 7HJ"),
            ("Mum", "Maria Sandoval (27); under the Brackenfold Perinatal Mental Health Team"),
            ("Dad", "Jordan Pike (29), lives at home; warehouse operative, Calder Logistics"),
            ("Maternal grandmother", "Rosa Sandoval, 5 Quarry Hill, Brackenfold"),
            ("Category", "Neglect (Leo and the unborn baby)"),
            ("Social worker", "Daniel Forde, Assessment and Safeguarding Team (team manager: Helen Osborne)"),
            ("Care coordinator", "Hannah Brooks, CPN, Brackenfold Perinatal Mental Health Team"),
        ]),
        ("h1", "Why there is a plan before the baby is born"),
        ("p", "After Leo was born Maria became very unwell with postnatal depression with psychotic features. "
              "On 14/03/2023, when Leo was 9 months old, police found him alone in the flat while Maria was "
              "on the bridge at Brackenfold Quay. She was detained under section 136 and then treated at "
              "Meadowbank Mother and Baby Unit; Jordan and Rosa cared for Leo. By the end of 2023 Maria was "
              "well on sertraline and quetiapine."),
        ("p", "In November 2025 Maria stopped both medicines without telling anyone, because she was worried "
              "about the baby, and she missed three perinatal appointments. On 12/01/2026 she told her midwife "
              "she had been 'hearing whispering' at night. Leo's nursery recorded him arriving hungry or in "
              "yesterday's nappy on six days in December, and his attendance in the autumn term was 71%. "
              "Jordan works four nights a week, so Maria is alone with Leo at night. Maria restarted her "
              "medicines on 28/01/2026."),
        ("h1", "What is going well"),
        ("bullets", [
            "Maria restarted her medicines after talking with Dr Nwosu, and has seen Hannah every week since.",
            "Maria and Jordan both came to the conference and agreed to every part of this plan.",
            "Rosa cared for Leo well in 2023 and has offered to help again.",
            "Jordan has asked Calder Logistics to move him to day shifts before the baby is born.",
        ]),
        ("h1", "What Leo says, and the baby's world"),
        ("p", "Leo (seen at nursery and at home by Daniel on 29/01/2026 and 02/02/2026) talks in short "
              "sentences. He said \"Baby in Mummy tummy,\" and \"Mummy sleepy. Leo hungry.\" He showed Daniel "
              "his cereal bowl and said \"Nana makes porridge.\" At nursery, Sam Lowry sees him hide under the "
              "table when adults raise their voices, and run to Rosa at home time."),
        ("p", "The baby is growing well: at the 20-week scan she was active and on the 50th centile, and Emma "
              "has plotted her growth on the GROW chart since. She will be born into a two-bedroom flat where "
              "her brother shares a room with her cot for the first months. She will need feeding every two to "
              "three hours, a safe sleep space, and a mum who is well and rested enough to respond to her."),
        ("h1", "Maria's early warning signs"),
        ("p", "Agreed with Maria, Jordan, Rosa and Hannah: sleeping less than 5 hours for two nights running; "
              "hearing whispering or voices; not eating; believing that other people mean the baby harm; "
              "missing doses of her medicines. Each of them has a copy."),
        ("h1", "What we want for Leo and the baby"),
        ("numbers", [
            "The baby and Leo are cared for, day and night, by an adult who is well enough and awake enough "
            "to keep them safe.",
            "Leo is fed, clean and at nursery on his days, and is never left alone.",
            "The baby is born safely, feeds well, grows along her centile line and sleeps safely.",
            "Leo understands, in words a 3-year-old can use, that Mummy sometimes gets poorly and that Nana or "
            "Daddy will look after him.",
        ]),
        ("h1", "The plan"),
        ("p", "The table below says what will happen, who leads it and when. It has no measure column: how we "
              "will know each action is working is in the measures register that follows, whose last column "
              "gives the numbers of the actions each measure checks. Every action is in the register."),
        ("table", {
            "header": ["No.", "What will happen", "Lead", "When"],
            "widths": [1.0, 8.2, 4.2, 3.6],
            "rows": [
                ["1", "Home visits to Maria: check her early warning signs, sleep and medicines, write a relapse "
                      "prevention plan with Maria and Jordan, and give a written view before each core group on "
                      "whether Maria is making the changes Leo and the baby need and how long further change is "
                      "likely to take",
                 "Hannah Brooks, CPN and care coordinator, Perinatal Mental Health Team",
                 "Weekly from 09/02/2026 until the baby is 12 weeks old"],
                ["2", "Psychiatric review: a medicines plan for late pregnancy, the birth and feeding, and a "
                      "written assessment of the risk of relapse after the birth, of Maria's capacity to keep well "
                      "and care for both children, and of the likely timescale",
                 "Dr Ifeoma Nwosu, consultant perinatal psychiatrist",
                 "By 32 weeks (25/03/2026), and 2 weeks after the birth"],
                ["3", "Take her sertraline and quetiapine every night, keep a sleep and mood diary, and ring Hannah "
                      "or the crisis line after two nights of less than 5 hours' sleep",
                 "Maria Sandoval (Mum)",
                 "Every day from 05/02/2026"],
                ["4", "Put the safeguarding birth plan on the maternity record: Daniel (or the Emergency Duty Team "
                      "out of hours) told of the birth within 2 hours, Maria offered a side room, and the baby not "
                      "discharged before the discharge planning meeting",
                 "Gail Rennie, specialist safeguarding midwife, Brackenfold Royal Infirmary",
                 "By 30 weeks (11/03/2026)"],
                ["5", "Antenatal appointments: check the baby's growth, ask Maria about her sleep and mood, and "
                      "see Maria on her own for part of each appointment",
                 "Emma Price, community midwife, Quayside team",
                 "Every 2 weeks until 36 weeks, then weekly until the birth"],
                ["6", "Pre-birth parenting assessment with Maria and Jordan, including Leo's care now and the plan "
                      "for nights after the birth",
                 "Daniel Forde, social worker",
                 "Weekly sessions from 09/02/2026; report by 34 weeks (08/04/2026)"],
                ["7", "Home visits, one in three unannounced: see Leo at home, talk with Maria on her own, and ask "
                      "who has been caring for Leo at night",
                 "Daniel Forde, social worker",
                 "Every week until the birth, then twice a week for the first 4 weeks at home"],
                ["8", "Move to day shifts and be at home every night, doing the night feeds so that Maria sleeps",
                 "Jordan Pike (Dad)",
                 "From 36 weeks (22/04/2026) until the baby is 12 weeks old"],
                ["9", "Take Leo to nursery in the morning and collect him at lunchtime",
                 "Rosa Sandoval (Nana)",
                 "Monday, Wednesday and Friday from 09/02/2026"],
                ["10", "Be at the flat with Maria, Leo and the baby during the day, while Jordan sleeps after doing "
                       "the night feeds",
                 "Rosa Sandoval (Nana)",
                 "8am to 4pm every day for the first 14 days after discharge"],
                ["11", "Write down how Leo arrives at each session (fed, clean, dressed for the weather) and what he "
                       "says, and ring Daniel the same day about anything worrying",
                 "Sam Lowry, keyworker, Bright Beginnings Nursery",
                 "Every session, weekday mornings"],
                ["12", "Antenatal contact, then the new birth visit and weekly visits: weigh the baby, see where she "
                       "sleeps, and ask Maria about her mood using the EPDS",
                 "Nadia Rahman, health visitor, Brackenfold 0-19 Service",
                 "Antenatal visit by 32 weeks; new birth visit at 10-14 days; weekly until 8 weeks"],
                ["13", "Chair the pre-discharge planning meeting with Maria, Jordan, Rosa, Hannah, Daniel and Nadia, "
                       "and agree who will be with Maria and the baby on the ward and at home",
                 "Gail Rennie, specialist safeguarding midwife",
                 "At 36 weeks (22/04/2026)"],
                ["14", "The baby's 6-8 week check and Maria's postnatal check, with a letter to Daniel about anything "
                       "in the baby's care or Maria's health that worries him",
                 "Dr Colin Abbott, GP, Quayside Medical Practice",
                 "At the 6-8 week check"],
                ["15", "Three sessions with Leo at nursery using the 'Big Brother' picture book and feelings faces, "
                       "about the new baby and about Mummy being poorly",
                 "Daniel Forde, social worker",
                 "Every two weeks from 16/02/2026"],
            ],
        }),
        ("h1", "How we will know: the measures register"),
        ("table", {
            "header": ["Measure", "Where things are now", "What we want to see, and by when",
                       "Where it is written, who reads it", "Checks actions"],
            "widths": [3.2, 3.4, 4.8, 3.6, 2.0],
            "rows": [
                ["Perinatal team's written view on Maria's progress and capacity to change",
                 "No view yet; three appointments missed between October and December 2025",
                 "Hannah's written view two working days before every core group; Dr Nwosu's assessment by "
                 "25/03/2026 and again 2 weeks after the birth",
                 "Daniel's file; shared with Maria, Jordan and the core group",
                 "1, 2"],
                ["Maria's medicines and sleep",
                 "Both medicines stopped in November 2025; restarted 28/01/2026",
                 "No missed doses in the dosette box at any of Hannah's visits; the sleep diary shows 6 hours or "
                 "more on at least 5 nights a week",
                 "Hannah's visit notes, copied to Daniel",
                 "3"],
                ["Birth plan in place",
                 "Not yet written",
                 "Birth plan on BadgerNet by 11/03/2026, with a copy on Daniel's file",
                 "BadgerNet; Daniel's file",
                 "4"],
                ["The baby's growth in pregnancy, and Maria at her appointments",
                 "Two antenatal appointments missed in December 2025",
                 "Fundal height plotted on the GROW chart at every appointment; no missed appointments, and any "
                 "missed one phoned to Daniel the same day",
                 "Maternity notes; Emma's contact notes to Daniel within 2 working days",
                 "5"],
                ["Parenting assessment",
                 "Started 02/02/2026",
                 "Report with a recommendation for the birth and discharge, shared with Maria, Jordan and the "
                 "core group by 08/04/2026",
                 "Daniel's file",
                 "6"],
                ["Leo seen, and how he gets to and arrives at nursery",
                 "Seen every two weeks; arrived hungry or unwashed on 6 days in December; nursery attendance 71% "
                 "in the autumn term",
                 "Leo seen every week, in visit records within 48 hours; Rosa's name on the nursery signing-in "
                 "sheet on her days; Leo at 90% or more of his sessions, arriving fed and clean on 9 days in 10, "
                 "by 27/03/2026",
                 "Visit records; nursery register, signing-in sheet and arrival log, sent to Daniel each Friday",
                 "7, 9, 11"],
                ["Jordan at home at night",
                 "Works four nights a week",
                 "Letter from Calder Logistics confirming day shifts from 22/04/2026; night feed chart signed by "
                 "Jordan, seen by Hannah and Daniel at every visit",
                 "Daniel's file; feed chart at the flat",
                 "8"],
                ["Rosa's days at the flat",
                 "Not started (after the birth)",
                 "Rosa signs the day sheet each afternoon for the first 14 days; Nadia and Daniel read it at each "
                 "visit",
                 "Day sheet kept at the flat",
                 "10"],
                ["The baby's weight and sleep, and Maria's mood after the birth",
                 "Not started (after the birth)",
                 "Baby back to her birth weight by day 14 and following her centile line in the red book; safe "
                 "sleep seen at every visit; Maria's EPDS score at each visit sent to Hannah",
                 "Red book; health visiting record e-mailed to Daniel after each visit",
                 "12"],
                ["Discharge plan",
                 "Not yet held",
                 "Written discharge plan, signed by Maria and Jordan, sent to the core group within 2 working days "
                 "of the meeting",
                 "Daniel's file",
                 "13"],
                ["GP's letter",
                 "Not yet due",
                 "Letter on Daniel's file within a week of the 6-8 week check",
                 "Daniel's file",
                 "14"],
                ["What Leo understands",
                 "Leo says \"Mummy sleepy\" and hides when adults raise their voices",
                 "Leo's picture book and feelings faces on file after the third session; Sam writes down when "
                 "Leo talks about the baby or Mummy at nursery",
                 "Daniel's direct work record; Sam's keyworker notes",
                 "15"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Maria shows two or more of her early warning signs, or misses two doses of her medicines: "
            "Jordan or Rosa rings Hannah (or the crisis team out of hours) the same day; the perinatal team or "
            "the crisis team sees Maria within 24 hours; and Maria is not left alone with Leo or the baby until "
            "Dr Nwosu or the crisis team say she is well enough. Jordan takes carer's leave (agreed with Calder "
            "Logistics) or Rosa moves into the flat.",
            "If Rosa cannot help (she is ill or away, or it becomes too much) and Jordan cannot be at home, "
            "Maria or Jordan rings Daniel that day, and Daniel (or the Emergency Duty Team) arranges an "
            "emergency foster placement for Leo, and for the baby if she is born, that day.",
            "If Maria needs to go into hospital after the birth, the perinatal team asks for a bed for Maria "
            "and the baby at Meadowbank Mother and Baby Unit; Leo stays with Jordan or at Rosa's.",
            "If Leo is ever found alone, the police are called, Leo goes to Rosa's that day, and Daniel holds "
            "a strategy discussion the same day.",
            "If Maria stops her medicines for 3 days or more, misses two of Hannah's visits in a row, or the "
            "parenting assessment says the baby could not be cared for safely at home, Daniel will ask Helen "
            "Osborne (team manager) for a legal planning meeting within 5 working days, to decide whether to "
            "start pre-proceedings under the Public Law Outline before the baby is born.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at Quayside Family Hub, Wednesdays at 10am: 18/02/2026, 18/03/2026 "
            "and 15/04/2026, then within 10 working days of the birth.",
            "Review child protection conference: 29/04/2026 at 2pm, Brackenfold Civic Centre.",
        ]),
        ("p", "Plan sent to Maria, Jordan, Rosa and every agency on 06/02/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Review conference plan as a landscape Word table with outcome banner rows
#    and a "Progress measure" column followed by "Now" and "Target" columns;
#    one measure (with its now and target) merged down two rows. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b178_blackwinster_rcpc_progress_measure_now_target_mistry.docx",
    "doc_title": "Child Protection Plan (Review) - Aarav and Anaya Mistry",
    "split": "tune",
    "actions": 17,
    "landscape": True,
    "check_vmerge": 3,
    "template": "rcpc-plan-docx-landscape-kv-since-icpc-going-well-childrens-words-then-outcome-banner-rows-ref-what-we-will-do-lead-start-finish-progress-measure-now-target-columns-one-measure-merged-down-two-rows-then-contingency-core-group-review",
    "description": (
        "Review conference plan for an 11-year-old and a 6-year-old living with their parents' "
        "arguments and their father's anger (smashed doors, police called twice); the 11-year-old has "
        "scratched his arms and their mother has anxiety. A landscape Word table under four outcome "
        "banner rows, with a 'Progress measure' column followed by 'Now (03/03/2026)' and 'Target (by "
        "01/09/2026)' columns: attendance registers, a facilitator's reports, the children's 'calm "
        "home' scores (one measure merged down the home visits and the direct work rows), RCADS scores, "
        "police notifications, a locked box seen at visits, Anaya's feelings faces. Faults: 'All "
        "professionals' share worries; the learning mentor's check-ins are measured by 'Monitor "
        "Aarav's mood in school'; the counselling referral has '-' for its lead; the mother's "
        "self-referral is 'Ongoing'; the family support worker's sessions have an empty measure; and "
        "one outcome is about the mother only."
    ),
    "blocks": [
        ("title", "Child Protection Plan - Review"),
        ("p", "Blackwinster Council Children's Services. Review child protection conference, 03/03/2026, "
              "chaired by Bev Horsfall (Independent Reviewing Officer). Both children remain on child "
              "protection plans under the category of emotional abuse."),
        ("kv", [
            ("Children", "Aarav Mistry, born 14/05/2014 (11, Year 6, Whitmore Junior School); Anaya Mistry, "
                         "born 02/08/2019 (6, Year 1, Whitmore Infant School)"),
            ("Address", "27 Sefton Avenue, Blackwinster BW5 8PD"),
            ("Parents", "Vikram Mistry (41) and Priya Mistry (37)"),
            ("Paternal grandparents", "Kamla and Harish Mistry, 40 Elm Drive, Blackwinster"),
            ("Social worker", "Helen Carver, Child Protection Team (team manager: Andrew Nolan)"),
            ("Initial conference", "02/12/2025"),
        ]),
        ("h1", "Since the initial conference"),
        ("p", "The plan started after police were called to the house twice in October and November 2025. "
              "Vikram had shouted at Priya for hours, punched a hole in the kitchen door and thrown a chair; "
              "Aarav rang 999 the second time. Aarav's teacher had seen scratches on his forearms, and Aarav "
              "told her he did it \"when the shouting is in my head\". Priya has anxiety and takes sertraline "
              "from her GP. Since December Vikram has gone to every session of the Changing Ways programme and "
              "there have been no more police call-outs, but both children still say home is not calm, and "
              "Aarav scratched his arms again in February."),
        ("h1", "What is going well"),
        ("bullets", [
            "No police call-outs since 21/11/2025, and Vikram has been to all 7 Changing Ways sessions so far.",
            "Priya and Vikram have agreed that either of them will leave the room when an argument starts.",
            "Kamla and Harish have the children every Saturday, and both children look forward to it.",
            "Aarav has been seen by CAMHS for an initial appointment and wants to keep going.",
        ]),
        ("h1", "What Aarav and Anaya say"),
        ("p", "Aarav (seen on his own at school by Helen, 24/02/2026): \"It's not as loud, but Dad still goes "
              "red and Mum goes quiet, and then I go upstairs.\" \"I don't want to scratch but it helps the "
              "feeling go.\" He scored 'how calm is home' at 4 out of 10, and wants \"to go to secondary school "
              "without worrying about what's happening at home\"."),
        ("p", "Anaya (seen on her own at home, 26/02/2026) chose the sad face for home and the happy face for "
              "Dadi and Dada's house. She said \"Daddy's voice makes my tummy hurt\" and that she hides under "
              "her duvet with her rabbit. She scored home 6 out of 10."),
        ("h1", "The plan"),
        ("p", "Each row gives the action, who leads it, when it starts and finishes, and its progress measure, "
              "with where things are now and the target by the next review conference on 01/09/2026. Where a "
              "measure is shared by two rows, the cell runs down beside both."),
        ("table", {
            "header": ["Ref", "What we will do", "Lead", "Start \u2192 finish", "Progress measure",
                       "Now (03/03/2026)", "Target (by 01/09/2026)"],
            "widths": [1.1, 6.6, 3.9, 3.4, 5.0, 2.9, 2.8],
            "rows": [
                ["Outcome A: Aarav and Anaya live in a calm home where no one shouts at, threatens or "
                 "frightens them, and nothing is broken", H, H, H, H, H, H],
                ["A1", "Go to every session of the 26-week Changing Ways programme for men who have been "
                       "abusive, and do the weekly home tasks",
                 "Vikram Mistry (Dad)",
                 "Tuesdays 6pm to 8.30pm, 13/01/2026 to 07/07/2026",
                 "Attendance register sent to Helen at the end of each month",
                 "7 of 7 sessions",
                 "26 of 26 sessions"],
                ["A2", "Write a mid-point and an end report on Vikram, saying whether he is using what he has "
                       "learned at home and how likely the change is to last",
                 "Mark Ellison, facilitator, Changing Ways (Blackwinster Domestic Abuse Service)",
                 "Mid-point by 14/04/2026; end by 21/07/2026",
                 "Both reports on Helen's file and shared with Priya and the core group",
                 "No report yet",
                 "Both reports on file"],
                ["A3", "See Priya, go over her safety plan, and ring Helen the same day about anything Priya "
                       "says about Vikram's behaviour at home",
                 "Sonia Riaz, partner support worker, Changing Ways",
                 "Every two weeks while Vikram is on the programme",
                 "Priya's 'how safe does home feel' score, recorded by Sonia at each session",
                 "5 out of 10",
                 "8 out of 10"],
                ["A4", "Home visits, one in three unannounced, seeing Aarav and Anaya each on their own",
                 "Helen Carver, social worker",
                 "Every two weeks until 01/09/2026",
                 "Aarav's and Anaya's 'how calm is home' scores (0-10), asked by Helen when each child is on "
                 "their own and written in her visit record",
                 "Aarav 4, Anaya 6",
                 "Both 7 or more"],
                ["A5", "Direct work with each child on their own about the arguments and what they want to be "
                       "different, using 'My Family' worksheets with Aarav and feelings faces with Anaya",
                 "Helen Carver, social worker",
                 "Four sessions with each child, every two weeks from 10/03/2026",
                 V, V, V],
                ["A6", "Tell Helen about any call to 27 Sefton Avenue, and about any report naming Vikram",
                 "DS Kerry Nunn, Blackwinster Police Safeguarding Hub",
                 "By the next working day after any call",
                 "Police notifications on Helen's file; the number of call-outs",
                 "0 since 21/11/2025 (2 in October and November)",
                 "0"],
                ["A7", "Share any worry about Aarav or Anaya with Helen the same day",
                 "All professionals",
                 "The same day, from 03/03/2026",
                 "Logged on the children's chronology, with the date Helen was told",
                 "2 worries passed on late in the autumn",
                 "Every worry passed on the same day"],
                ["A8", "Go together to the six-week 'Children in the Middle' course about how parents' "
                       "arguments affect children",
                 "Vikram and Priya Mistry (parents)",
                 "Thursdays 7pm, 19/03/2026 to 23/04/2026",
                 "Course register and certificates sent to Helen; each parent tells Helen at the next visit two "
                 "things they now do when they disagree in front of the children",
                 "Not started",
                 "6 of 6 sessions for both"],
                ["Outcome B: Aarav is safe from hurting himself, and talks to an adult when the feelings "
                 "build up", H, H, H, H, H, H],
                ["B1", "Assessment of Aarav's low mood and self-harm, then eight sessions of CBT with him",
                 "Dr Amara Owusu, clinical psychologist, Blackwinster CAMHS",
                 "Assessment by 20/03/2026, then weekly for 8 weeks",
                 "RCADS score at the start and the end, in CAMHS clinic letters copied to Helen",
                 "RCADS 71 (February)",
                 "Below 65"],
                ["B2", "Morning check-in with Aarav, and a time-out pass to the learning mentor's room when he "
                       "feels overwhelmed",
                 "Mrs Julie Parr, learning mentor, Whitmore Junior School",
                 "Every school day from 04/03/2026",
                 "Monitor Aarav's mood in school",
                 "-",
                 "-"],
                ["B3", "Keep all medicines and blades in a locked box, with the key kept by a parent",
                 "Vikram and Priya Mistry (parents)",
                 "By 06/03/2026, then kept locked",
                 "Helen sees the locked box at every visit",
                 "No box",
                 "Locked at every visit"],
                ["B4", "Referral to Place2Talk, the school counselling service, for weekly sessions with Aarav "
                       "in the summer term",
                 "-",
                 "By 20/03/2026",
                 "First session date on Helen's file; the counsellor's summary after 6 sessions",
                 "Not referred",
                 "6 sessions by the May half term"],
                ["Outcome C: Priya feels less anxious and more confident in herself", H, H, H, H, H, H],
                ["C1", "Review Priya's sertraline, and write to Helen about how her anxiety affects her care of "
                       "the children",
                 "Dr Sunil Rao, GP, Wellfield Surgery",
                 "By 27/03/2026, then every three months",
                 "GP letter on Helen's file after each review",
                 "No letter yet",
                 "A letter after each review"],
                ["C2", "Self-refer to Blackwinster Talking Therapies for the anxiety group",
                 "Priya Mistry (Mum)",
                 "Ongoing",
                 "Letter from Talking Therapies confirming her place and her attendance, shown to Helen",
                 "Not referred",
                 "Letter on file"],
                ["C3", "Weekly sessions with Priya on daily routines and calm bedtimes for Anaya, and on what to "
                       "do when Vikram's temper rises",
                 "Lucy Tran, family support worker, Blackwinster Family Hub",
                 "Weekly for 10 weeks from 09/03/2026",
                 "",
                 "-",
                 "-"],
                ["Outcome D: Anaya feels safe and heard, and both children have calm, happy time with their "
                 "family", H, H, H, H, H, H],
                ["D1", "Talk time with Anaya, writing down what she says about home and which feelings face she "
                       "chooses",
                 "Miss Laura Quinn, Year 1 teacher, Whitmore Infant School",
                 "Every Friday from 06/03/2026",
                 "Anaya's words and her face for home written on CPOMS and sent to Helen the same day",
                 "Sad face for home on 3 Fridays out of 5",
                 "Happy or OK face on most Fridays"],
                ["D2", "Have Aarav and Anaya for the day, and take Aarav to cricket practice",
                 "Kamla and Harish Mistry (paternal grandparents)",
                 "Every Saturday, 10am to 5pm",
                 "Cricket club register; the children tell Helen about their Saturdays at her visits",
                 "Every Saturday since January",
                 "Every Saturday"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Vikram shouts at, threatens or frightens Priya or the children, or breaks anything, or the "
            "police are called: Vikram leaves the house that day and stays with his parents at 40 Elm Drive. "
            "If Kamla and Harish cannot have him, he stays with his brother Sanjay in Leicester; if he will "
            "not leave, Priya rings 999. Helen holds a strategy discussion with the police the same day.",
            "If Aarav hurts himself so that he needs first aid, school or his parents take him to the "
            "emergency department at Blackwinster General that day, CAMHS see him within 24 hours, and Helen "
            "is told the same day.",
            "If there is another incident of violence or damage in front of the children, or Vikram stops "
            "going to Changing Ways, Helen will ask Andrew Nolan (team manager) for a legal planning meeting "
            "within 5 working days.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at Whitmore Junior School, Tuesdays at 3.45pm: 17/03/2026, "
            "14/04/2026, 12/05/2026, 09/06/2026 and 07/07/2026.",
            "Next review child protection conference: 01/09/2026 at 10am, Blackwinster Town Hall.",
        ]),
        ("p", "Plan sent to Vikram, Priya, Kamla, Harish and every agency on 05/03/2026."),
    ],
    "findings": [
        F("W002", "Share any worry about Aarav or Anaya with Helen"),
        F("M002", "Morning check-in with Aarav, and a time-out pass"),
        F("W001", "Referral to Place2Talk, the school counselling service"),
        F("T002", "Self-refer to Blackwinster Talking Therapies for the anxiety group"),
        F("M001", "Weekly sessions with Priya on daily routines and calm bedtimes"),
        F("F002", "Priya feels less anxious and more confident in herself"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Initial conference plan for a 12-year-old young carer and her 5-year-old
#    brother whose mother misuses opioids: one table per outcome under a
#    "We'll know this is happening when" line, columns What / Who / When /
#    Evidence of change; one outcome's table has no evidence column and its
#    "How we'll know (for 3.1 to 3.4)" line checks every row. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b178_brimmerdale_icpc_outcome_tables_evidence_of_change_quayle.md",
    "split": "tune",
    "actions": 16,
    "template": "icpc-plan-md-details-table-why-going-well-mias-and-jacobs-words-then-one-table-per-outcome-under-well-know-this-is-happening-when-line-what-who-when-evidence-of-change-one-outcome-table-without-evidence-column-checked-by-how-well-know-for-3-1-to-3-4-line-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a 12-year-old and a 5-year-old whose mother is dependent "
        "on codeine and other opioids; the 12-year-old found her unrousable and rang 999, and has been "
        "caring for her brother. Each outcome has a 'We'll know this is happening when' line and a "
        "table of What / Who / When / Evidence of change; the third outcome's table has no evidence "
        "column, and a 'How we'll know (for 3.1 to 3.4)' line gives a check for each of its rows "
        "(attendance from 74% to 92%, Mia's own caring score asked by her mentor each Friday, the "
        "young carers assessment, the netball register, her safety plan). Evidence elsewhere includes "
        "urine screens, weekly prescriptions with no early requests, a locked box and naloxone kit "
        "seen at visits, a home conditions checklist from 4 to 8 scored by two workers, and the "
        "register. The drug and alcohol service and the GP own actions, the aunt's help has a "
        "fallback, legal planning follows named triggers, and meeting dates are set."
    ),
    "text": """\
# Brimmerdale Council Children's Services

## Child protection plan: Mia and Jacob Quayle

Agreed at the initial child protection conference on 24/02/2026, chaired by Simon Pratt (IRO).

| | |
|---|---|
| **Children** | Mia Quayle, born 19/10/2013 (12, Year 7, Brimmerdale High School); Jacob Quayle, born 08/01/2021 (5, Reception, St Oswald's Primary School) |
| **Address** | 33 Foundry Lane, Brimmerdale BM6 2AX |
| **Mum** | Dawn Quayle (38) |
| **Dad** | Lee Quayle, lives in Cornwall; phones the children every few weeks |
| **Aunt** | Lisa Hague (Dawn's sister), 9 Beck Side, Brimmerdale, five minutes' walk away |
| **Category** | Neglect (both children) |
| **Social worker** | Rachel Tandy, Safeguarding Team North (team manager: Gail Ferriby) |

### Why there is a plan

Dawn has had back pain since a fall at work in 2022. Her GP prescribes codeine, but for the last year she
has also been buying tablets online and from a neighbour. On 02/02/2026 Mia came home from school and could
not wake her mum; she rang 999 and the paramedics gave Dawn naloxone. Jacob was in the house. Mia told the
paramedics this "happens sometimes, but usually she wakes up". Mia's attendance this year is 74% and Jacob's
82%. Both schools say Jacob often comes in hungry and in yesterday's clothes, and that Mia has been
collecting him from school since September. When Rachel visited on 05/02/2026 there was little food in the
house and Jacob's bedding was unwashed.

### What is going well

- Dawn told the conference: "I know it's got out of hand. I want help before I lose them."
- Dawn has already seen Kwame at the Drug and Alcohol Service, and her GP has agreed a plan to reduce her codeine.
- Lisa lives close by, has the children for tea every Wednesday, and both children say they feel safe at her house.
- Mia is doing well in English and loves netball.

### What Mia and Jacob say

**Mia** (seen on her own at school by Rachel, 12/02/2026): "I check Mum's breathing before I go to bed."
"I don't tell my friends because they'd think she's a junkie." "I'd like to go to netball on Tuesdays but I
have to get Jacob." She scored "how much I have to look after everyone" at 9 out of 10 and "how safe is home"
at 3. She wants "Mum to be normal and me not to be the mum".

**Jacob** (at home with Rachel, 16/02/2026): "Mummy sleeps on the settee a lot." "Mia makes my toast." He
drew Mia bigger than Mummy and said Mia "is the boss". Mrs Summers sees him eat his snack quickly and ask
for seconds at lunch.

## Our plan

Each outcome has its own table. The "We'll know this is happening when" line says what will be different for
Mia and Jacob; the "Evidence of change" column says what someone will see, count or read for each action.

### Outcome 1: Mia and Jacob are looked after by a mum who is not under the influence of drugs, and always have a safe adult they can reach

**We'll know this is happening when:** Mia tells Rachel that she no longer checks Mum's breathing at night, and her "how safe is home" score, asked by Rachel at each visit, is 7 or more by the review conference.

| No. | What | Who | When | Evidence of change |
|---|---|---|---|---|
| 1.1 | Assessment of Dawn's opioid use, a prescribing plan, key work with a urine screen at each session, and a written report on whether Dawn can stay off non-prescribed opioids and how long that is likely to take | Kwame Asante, recovery coordinator, Brimmerdale Drug and Alcohol Service | Assessment by 06/03/2026; key work every Monday; report by 29/04/2026 | Urine screens sent to Rachel after each session, showing only prescribed medicines from April; the report on Rachel's file by 29/04/2026 |
| 1.2 | Review Dawn's codeine and pain plan, prescribe weekly from one prescriber, and write to Rachel after each review | Dr Ruth Elland, GP, Beckside Medical Centre | Review by 13/03/2026, then monthly | Weekly prescriptions on the GP record with no early requests; GP letter on Rachel's file after each review |
| 1.3 | Take only what is prescribed, keep all medicines in the locked box, and keep the naloxone kit in the kitchen drawer | Dawn Quayle (Mum) | Every day from 24/02/2026 | Locked box and naloxone kit seen by Rachel at every visit; Kwame's screens show no non-prescribed opioids |
| 1.4 | Naloxone training for Dawn and Lisa, with a kit for each house | Kwame Asante, recovery coordinator | By 06/03/2026 | Training record signed by Dawn and Lisa; a kit seen by Rachel at both houses |
| 1.5 | Home visits, one in three unannounced and one after 6pm each month; see Mia and Jacob on their own and look in the fridge and the children's rooms | Rachel Tandy, social worker | Every week until the review conference on 26/05/2026 | Visit records within 48 hours, with each child's words, Mia's score and what food was in |
| 1.6 | Be the adult Mia can ring at any time, and come to the house when she does | Lisa Hague (aunt) | Within 30 minutes of Mia's call, day or night | Lisa texts Rachel the same day after every call; Mia tells Rachel at each visit whether she rang and whether Lisa came |
| 1.7 | Family network meeting with Dawn, Lisa and Mia to write the family safety plan: who Mia rings, and where the children go if Mum cannot care for them | Rachel Tandy, social worker | By 06/03/2026 | Safety plan signed by Dawn and Lisa, with Mia's own page, copied to both schools by 13/03/2026 |

### Outcome 2: Jacob is fed, clean and at school every day, and is cared for by adults, not by his sister

**We'll know this is happening when:** Jacob arrives at school fed and in clean clothes, and Mia no longer collects him.

| No. | What | Who | When | Evidence of change |
|---|---|---|---|---|
| 2.1 | Get Jacob up, give him breakfast and take him to school by 8.50am | Dawn Quayle (Mum) | Every school day | Jacob's attendance up from 82% to 95% by the end of the summer term, on the St Oswald's register |
| 2.2 | Check how Jacob arrives (fed, washed, clean clothes) and who brings and collects him, and ring Rachel the same day if Mia collects him | Mrs Kate Summers, Reception teacher, St Oswald's Primary | Every school day at registration and home time | Arrival log on CPOMS, sent to Rachel each Friday; Jacob fed and clean on 9 days in 10 by the Easter holidays |
| 2.3 | Health check for Jacob (height, weight, eyes and teeth), and help Dawn register both children with a dentist | Hollie Norris, school nurse, Brimmerdale 0-19 Service | By 27/03/2026 | Health check letter on Rachel's file; both children registered with a dentist by the date of the letter |
| 2.4 | Sessions at home on meal planning, shopping, laundry and a bedtime routine for Jacob | Ben Akhtar, family support worker, Brimmerdale Family Hub | Weekly for 10 weeks from 02/03/2026 | Home conditions checklist, scored by Ben and Rachel together: 4 now, 8 by 08/05/2026; food in the cupboards at every unannounced visit |
| 2.5 | Have Mia and Jacob for tea and a bath | Lisa Hague (aunt) | Every Wednesday, 3.30pm to 7pm | Lisa texts Rachel each Wednesday night; Jacob tells Rachel what he had for tea |

### Outcome 3: Mia is in school every day, has time to be 12, and gets help as a young carer

**How we'll know (for 3.1 to 3.4, which have no column of their own):**

- 3.1: Mia's own score for "how much I have to look after everyone" (0-10), asked by Mr Dale each Friday and written in his log, down from 9 to 4 or less by the review conference; and Mia's attendance up from 74% to 92% or more by the end of the summer term (21/07/2026), on the Brimmerdale High register sent to Rachel each Friday.
- 3.2: the young carers assessment on Rachel's file by 27/03/2026, and Mia's name on the group register.
- 3.3: Mia on the netball club register on at least 3 Tuesdays in 4.
- 3.4: Mia's own safety plan, written with Rachel, on file by 28/04/2026.

| No. | What | Who | When |
|---|---|---|---|
| 3.1 | Check in with Mia, ask her caring score, and pass on any worry to Rachel the same day | Mr Nathan Dale, learning mentor, Brimmerdale High School | Every Friday from 27/02/2026 |
| 3.2 | Young carers assessment, then a place in the young carers group | Nina Ward, Brimmerdale Young Carers | Assessment by 27/03/2026; group every other Thursday from 16/04/2026 |
| 3.3 | Keep a place for Mia at netball club | Mrs Sana Ahmed, PE teacher, Brimmerdale High School | Every Tuesday, 3.15pm to 4.30pm, from 03/03/2026 |
| 3.4 | Four sessions of direct work with Mia about what codeine does, why it is not her job to look after Mum, and her own safety plan | Rachel Tandy, social worker | Every two weeks from 03/03/2026 |

## If things go wrong

- If Mia, Jacob or anyone else cannot wake Dawn, they ring 999 first, then Lisa. Lisa uses her naloxone kit if the ambulance has not arrived, and takes both children to 9 Beck Side that night. Rachel (or the Emergency Duty Team) holds a strategy discussion the same day, and Rachel asks Gail Ferriby (team manager) for a legal planning meeting within 5 working days.
- If Kwame's screens show non-prescribed opioids, Dawn misses two key-work sessions in a row, or Dawn asks the GP for an early prescription, Kwame or Dr Elland rings Rachel the same day, Rachel visits that day, and the children stay at Lisa's until a strategy discussion has agreed a new safety plan.
- If Lisa cannot have the children (she is ill, away, or says she cannot manage), Rachel or the Emergency Duty Team arranges an emergency foster placement for Mia and Jacob together that night. If Lisa has to stop her Wednesday teas, Jacob goes to St Oswald's after-school club on Wednesdays (place agreed by the school on 23/02/2026) and Ben visits at teatime until the core group agrees another adult.
- If, at the review conference, Dawn's screens still show non-prescribed opioids, or Jacob's attendance is below 90%, Rachel will ask for a legal planning meeting within 10 working days to decide whether to start the Public Law Outline.

## Meetings

- Core group every four weeks at Beckside Family Hub, Tuesdays at 4pm: 10/03/2026, 07/04/2026 and 05/05/2026.
- Review child protection conference: 26/05/2026 at 10am, Brimmerdale Town Hall.

Plan sent to Dawn, Lisa, Mia (her own copy, in a shorter version) and every agency on 26/02/2026.
""",
    "findings": [],
})
