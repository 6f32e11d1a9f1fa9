"""Batch 128, module p: seven fictional plans (held-out material), places beginning with "p".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: the WHOLE-PLAN parts, written well but placed or worded where a reader
bound to a template would miss them. The child's voice sits in a "What Ava
says" column of the action table, in a young person's own first-person box
("In my own words"), in "A day in the life of Rosie" written from visits, in
a Three Houses table with a non-verbal brother's signs beside it, in an
advocate's note and a drawing described by the social worker, and in "How
Amir tells us things" for an autistic boy who does not speak. Outcomes are a
"Safety goal for Ava" cell merged down the table, "By your review we want to
see", "What needs to change for Rosie", a goal written as the heading of each
group of actions, a "So that ..." column, and "By the review we will see".
Adult services are named as "Mum's care co-ordinator", a recovery navigator
at an invented local brand (Harbour Lights Recovery, Pardlington Pathways,
The Beacon), the specialist midwife for substance misuse, a perinatal mental
health team, Dad's probation officer, an IDVA and GPs; every mental health
practitioner in an exemplary plan is asked, in different words, whether the
parent can change, what still has to happen and how long it is likely to
take. Review arrangements are a review conference date in the header box
with core group dates in a table, in a "We will meet again" paragraph, in a
page footer, or in a sentence inside the contingency. Contingencies are
"Plan B" and "If ... / Then ..." tables, "If things go wrong" in a letter,
trigger / response fields and a nested-bullet "Safety net", each covering the
family's part failing and legal planning in plain words.

Five plans are exemplary (no findings): Pelharrow (docx, landscape Signs of
Safety plan, goal merged down, "What Ava says" column, Plan B table), Polstowe
(docx, the plan as a letter to a 15-year-old written by his social worker,
with his own box), Pardlington (pdf, case-system export of a newborn's plan,
review conference in the header fields, core group in the page footer),
Pennistow (md, a goal heading over each group of nested-bullet actions,
Three Houses table, "Safety net", "We will meet again") and Pennick (txt,
aligned columns, non-verbal child, "If / Then" contingency holding the core
group dates). Two carry a realistic mix of faults among mostly good rows:
Prothercombe (pdf, landscape "So that ..." table: talking therapy that only
treats, a "So that" for the mother alone, "as and when", "All
professionals", "engagement" as the measure, the grandmother's and uncle's
parts with no fallback, and the review conference "to be confirmed") and
Pudmoreton (md, Signs of Safety: no child's voice anywhere, father's drug use
with no adult service owning work, a safety goal for the father only, a
police row with no timescale, a passive referral with no owner, a health
review with no output, and no legal planning).

Counting actions (convention 1; README "Files", actions): each row of an
action table; each bullet of an action section (nested Who / When / How we'll
know points belong to the bullet above them; a bullet of several sentences is
one action); each numbered row of the text plan's aligned table (its wrapped
lines are one action). Contingency, the header box, meeting tables and
paragraphs, outcomes, the child's words and the account of what has happened
are not counted. No plan here keeps a finished one-off action.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference, Signs of Safety, mother with bipolar disorder off her
#    lithium, one girl of 8. Landscape Word table: the safety goal is merged
#    down over its actions and the last column is what Ava says about that
#    part. Review conference date only in the header box; core group dates in
#    a small table; Plan B as an If / Then table. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b128_pelharrow_icpc_sos_goal_merged_ava_says_column_quennell.docx",
    "doc_title": "Child Protection Plan - Ava Quennell",
    "split": "heldout",
    "actions": 9,
    "landscape": True,
    "check_vmerge": 3,
    "template": "icpc-sos-landscape-docx-header-box-table-review-date-in-box-danger-statement-working-well-then-safety-goal-merged-down-what-will-happen-who-when-how-well-know-what-ava-says-column-plan-b-if-then-table-core-group-dates-table",
    "description": (
        "Exemplary initial conference plan for an 8-year-old whose mother has bipolar disorder "
        "and stopped her lithium twice this year. The review conference date is only in the "
        "header box at the top; there is no outcomes or views heading: each safety goal is a "
        "cell merged down beside its actions, and the last column of the table is what Ava said "
        "about that part of the plan. Mum's care co-ordinator reports on whether Kirsty can make "
        "and keep the changes and how long it will take, the GP owns work, the grandfather's part "
        "has a fallback, a Plan B table gives triggers, protective responses and a legal "
        "planning meeting, and core group dates are in a small table."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Pelharrow Borough Council · Children's Services · Family Safeguarding Team (North)"),
        ("table", {
            "rows": [
                ["Child", "Ava Quennell, born 02/03/2017 (8), Year 4 at Harrowgate Lane Primary"],
                ["Address", "11 Tanner's Yard, Pelharrow PH3 8RQ"],
                ["Mum", "Kirsty Quennell (33); Ava lives with her"],
                ["Dad", "Sean Bristow (36), 4 Mere View, Thornsby; Ava stays with him every other weekend"],
                ["Grandad", "Graham Quennell (maternal grandfather), 14 Cobble Rise, Pelharrow"],
                ["Aunt", "Jo Quennell (maternal aunt), 30 Weir Lane, Pelharrow"],
                ["Category", "Neglect"],
                ["Initial conference", "07/10/2025, chaired by Rosalind Achebe (independent chair)"],
                ["Review conference", "Tuesday 13/01/2026 at 10am, Pelharrow Civic Offices, Room 4"],
                ["Social worker", "Lorna Fraser (team manager: Idris Boateng)"],
            ],
            "widths": [4.5, 21.2],
            "bold_first_col": True,
        }),
        ("h1", "Danger statement"),
        ("p", "Kirsty has bipolar disorder. Pelharrow Children's Services, Harrowgate Lane Primary and Kirsty's "
              "mental health team are worried that when Kirsty stops taking her lithium and becomes unwell, as "
              "happened in July and again in September 2025, Ava will be left to get herself up, fed and to "
              "school, and will be alone in the house at night while her mum is out. In September Ava missed "
              "eight days of school, and on 19/09/2025 a neighbour found her at 10pm sitting on the stairs "
              "waiting for her mum to come home. Ava has been getting her mum's tablets out for her and "
              "reminding her to take them."),
        ("h1", "What's working well"),
        ("p", "Kirsty has been back on her lithium since 22/09/2025 and has seen her care co-ordinator every week. "
              "She rang Graham herself on 24/09/2025 when she felt her mood lifting too high. Graham has taken "
              "Ava to school on every one of his days. Sean rings Ava every Wednesday evening and has never "
              "missed one of his weekends."),
        ("h1", "Our plan for Ava"),
        ("p", "The first column is what the conference wants to be true for Ava by the review conference. The "
              "actions beside it are how we will get there. The last column is what Ava told Lorna about that "
              "part of the plan when they went through it together at school on 03/10/2025, in her own words."),
        ("table", {
            "header": ["Safety goal for Ava", "What will happen", "Who", "When", "How we'll know it's working",
                       "What Ava says"],
            "widths": [4.2, 5.6, 3.6, 3.6, 4.8, 3.9],
            "rows": [
                ["1. Ava is looked after every day by an adult who is well enough to get her up, fed and to "
                 "school, and she never has to look after her mum on her own.",
                 "Visit Ava at home, one visit in three unannounced, and spend time with her on her own in her "
                 "room",
                 "Lorna Fraser, social worker",
                 "Weekly from 09/10/2025 until the review conference",
                 "Visit records show Ava seen alone every week, with her own words and her score out of 10 "
                 "written down",
                 "“I like it when Lorna comes because I can show her my room. I want her to come on a day "
                 "Mum's poorly, not just good days.”"],
                [V,
                 "Visit Kirsty every two weeks, check her lithium levels and early warning signs, and give "
                 "each core group a written view on whether Kirsty can make and keep the changes Ava needs, "
                 "what still has to happen and how long that is likely to take",
                 "Mum's care co-ordinator, Dev Sharma (CPN), Cedar House Community Mental Health Team",
                 "Every two weeks from 10/10/2025; written view two working days before each core group",
                 "Written report on the case file before each core group, with lithium results and Dev's view "
                 "of the timescale",
                 "“Mum's nurse is kind. I don't want to be the one who reminds her about the tablets any "
                 "more.”"],
                [V,
                 "Take lithium every evening and have a blood test each month, so that she stays well enough "
                 "to get Ava up and to school",
                 "Kirsty Quennell (Mum)",
                 "Every evening; blood test monthly from 14/10/2025",
                 "Monthly lithium level in range on the GP results, shared with Lorna; Dev counts the blister "
                 "packs at each visit",
                 "“When Mum takes them she's normal Mum and we do baking.”"],
                [V,
                 "Review Kirsty's medication and lithium results, and tell Lorna about any missed "
                 "appointments or prescriptions not collected",
                 "Dr Hannah Iqbal, GP, Wharfside Medical Practice",
                 "Review by 24/10/2025, then a short letter before each core group",
                 "GP letter with the lithium results on file by 24/10/2025 and before every core group",
                 "Ava did not want to talk about the doctor, and Lorna did not push her."],
                ["2. Ava gets to school on time every day and has time to be eight: playing out, Brownies on "
                 "Tuesdays and friends round for tea.",
                 "Check Ava's attendance and lateness each morning, give her a Monday check-in with Mrs Okoro, "
                 "and ring Lorna the same day if she is not in",
                 "Mr Peter Lomax, designated safeguarding lead, Harrowgate Lane Primary",
                 "Every school day; check-in every Monday morning",
                 "Attendance sent to Lorna each Friday and 95% or more by the review; check-ins logged on "
                 "CPOMS",
                 "“Mrs Okoro's room is my calm place. I don't want the other kids to know why I go.”"],
                [V,
                 "Walk Ava to school and have her for tea on Wednesdays",
                 "Graham Quennell (Grandad)",
                 "Every Monday, Wednesday and Friday in term time from 08/10/2025",
                 "The school register shows Ava in by 8.50am on Graham's days; Graham texts Lorna each Friday",
                 "“Grandad lets me press the crossing button and he does fish fingers.”"],
                [V,
                 "Complete a young carer's assessment with Ava and offer her a place at the Tuesday club after "
                 "Brownies finishes for the term",
                 "Jas Bhamra, Pelharrow Young Carers",
                 "Assessment by 07/11/2025; club every Tuesday from 02/12/2025",
                 "Young carer's assessment sent to Lorna by 07/11/2025; club register shows Ava there",
                 "“I'll go if my friend Lily can come too.”"],
                ["3. Ava knows her mum's warning signs and who to ring, and she is safe the same day when she "
                 "does.",
                 "Three sessions of direct work with Ava to make her “safety hand”: five grown-ups and their "
                 "numbers, and the signs that mean she should ring one",
                 "Lorna Fraser, social worker",
                 "Three sessions at school by 21/11/2025",
                 "Ava's safety hand copied to the file; at the next visit Ava can name her five grown-ups and "
                 "show Grandad's number on the card in her bag",
                 "“My hand has Grandad, Dad, Auntie Jo, Mrs Okoro and Lorna. Mum's on the back for when she's "
                 "well.”"],
                [V,
                 "Have Ava to stay at 4 Mere View and ring her every Wednesday, and be one of the adults on her "
                 "safety hand",
                 "Sean Bristow (Dad)",
                 "Every other weekend, Friday 5pm to Sunday 5pm, from 10/10/2025; phone call every Wednesday",
                 "Contact diary signed by Sean and Kirsty, seen by Lorna at the first visit of each month",
                 "“I want more time at Dad's but I don't want to live there, because of my school.”"],
            ],
        }),
        ("h1", "Plan B"),
        ("p", "Agreed at the conference with Kirsty, Graham, Jo and Sean, so that nobody has to wait for a meeting "
              "to act."),
        ("table", {
            "header": ["If ...", "Then ..."],
            "widths": [9.0, 16.7],
            "rows": [
                ["Kirsty misses her lithium for two evenings, or shows two of her warning signs (not sleeping, "
                 "spending money she hasn't got, talking very fast, going out late at night)",
                 "Dev Sharma sees Kirsty the same day and arranges a mental health assessment if he needs to. "
                 "Ava goes to Graham's at 14 Cobble Rise that evening and stays there until Dev and Lorna agree "
                 "it is safe for her to go home."],
                ["Ava is found alone in the house, or tells anyone her mum has gone out and left her",
                 "The adult she tells rings Lorna (or the out-of-hours team) straight away; Ava goes to Graham "
                 "that night and Lorna holds a strategy discussion with the police the same day."],
                ["Graham cannot do the school run or have Ava (he is ill or away)",
                 "Jo Quennell takes Ava to school and has her at 30 Weir Lane. If Jo cannot either, Sean "
                 "collects Ava from school; if nobody in the family can, Lorna arranges a Pelharrow foster home "
                 "for Ava the same day."],
                ["Kirsty is admitted to hospital, stops her lithium twice before the review, or Ava's "
                 "attendance is below 90% at the second core group",
                 "Lorna asks Idris Boateng for a legal planning meeting within five working days, to decide "
                 "whether we need to start the pre-proceedings process (PLO) or go to court."],
            ],
        }),
        ("h1", "When we meet"),
        ("table", {
            "header": ["Meeting", "Date and time", "Where"],
            "widths": [8.0, 8.0, 9.7],
            "rows": [
                ["Core group 1", "Tuesday 21/10/2025, 3.30pm", "Harrowgate Lane Primary, family room"],
                ["Core group 2", "Tuesday 18/11/2025, 3.30pm", "Harrowgate Lane Primary, family room"],
                ["Core group 3", "Tuesday 16/12/2025, 3.30pm", "Cedar House, meeting room 2"],
            ],
        }),
        ("p", "Copies: Kirsty Quennell, Sean Bristow, Graham Quennell, Jo Quennell, Dev Sharma, Dr Hannah Iqbal, "
              "Mr Peter Lomax, Jas Bhamra, Rosalind Achebe."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Initial conference plan written as a letter to a 15-year-old whose father
#    uses heroin. His own box in the first person, outcomes as "By your
#    review we want to see", actions as bullets with "I" (the SW who signs)
#    and "you" (Kai); review date only in the letter's heading fields,
#    core groups in "When we'll meet again". Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b128_polstowe_letter_to_young_person_own_words_box_hallworth.docx",
    "doc_title": "Your child protection plan - Kai Hallworth",
    "split": "heldout",
    "actions": 10,
    "template": "icpc-plan-as-letter-to-young-person-docx-address-block-labelled-heading-fields-review-date-there-why-there-is-a-plan-in-my-own-words-box-by-your-review-we-want-to-see-then-who-does-what-bullets-i-and-you-if-things-go-wrong-when-well-meet-again-signed",
    "description": (
        "Exemplary initial conference plan written by the social worker as a letter to Kai, 15, "
        "whose father uses heroin again after years on methadone. Kai's views are a box headed "
        "'In my own words' that he wrote with his advocate; the outcomes are 'By your review we "
        "want to see'; actions are bullets where 'I' is the social worker who signs and 'you' is "
        "Kai. The recovery navigator, the GP and Dad's probation officer own work, Nan's part has "
        "a fallback (uncle, then a local foster home), legal planning is explained in plain "
        "words, core group dates are under 'When we'll meet again' and the review conference "
        "date is only in the heading fields."
    ),
    "blocks": [
        ("pr", "Polstowe Council Children's Services"),
        ("pr", "Riverside House, 2 Quay Street, Polstowe PW1 4DX"),
        ("pr", "17 October 2025"),
        ("pl", "Kai Hallworth"),
        ("pl", "27 Gorse Road"),
        ("pl", "Polstowe PW3 6TB"),
        ("p", ""),
        ("h1", "Your child protection plan"),
        ("kv", [
            ("Your name", "Kai Hallworth, 15, Year 11 at Polstowe Academy"),
            ("Where you live", "With your dad, Darren Hallworth, at 27 Gorse Road"),
            ("Your nan", "Pat Hallworth, 9 Linnet Close (ten minutes' walk)"),
            ("Your uncle", "Rob Hallworth, 3 Larch Way"),
            ("Why there is a plan", "Neglect – agreed at the initial conference on 14/10/2025"),
            ("Your social worker", "Zoe Marchetti, 07700 900412"),
            ("Your review conference", "Thursday 12/02/2026 at 4.15pm, Polstowe Civic Centre (after school, so "
                                       "you can come)"),
            ("Chair", "Michael Adebayo (independent reviewing officer)"),
        ]),
        ("p", "Dear Kai,"),
        ("p", "After the conference on Tuesday you asked me to write the plan down properly, in words that make "
              "sense and not in the language on the official form. This letter is that plan. Everything in it "
              "was agreed at the conference, and everyone named in it has a copy. Where it says “you”, it means "
              "you; where it says “I”, it means me, Zoe."),
        ("h2", "Why there is a plan"),
        ("p", "Your dad has used heroin on and off for a long time. He was doing well on his methadone until the "
              "summer, but in August he started using again. By the end of September you had missed 11 days of "
              "school, there was often no food in the house, and on 26/09/2025 you found him unconscious in the "
              "bathroom and had to ring 999. Your mum, Leanne, moved away in 2022 and you have not seen her since. For a while you have been looking after him more than he has been "
              "looking after you."),
        ("h2", "In my own words"),
        ("p", "You wrote this with Tomasz, your advocate, the day before the conference, and asked for it to go "
              "in exactly as it is."),
        ("table", {
            "rows": [[
                "I'm Kai. I'm 15 and I live with my dad. I love my dad and I don't want to go into care, but I'm "
                "sick of being scared when I come home that he'll be on the floor again. The bathroom was the "
                "worst thing that's ever happened to me. I stopped going to school because I didn't want to "
                "leave him on his own.\n"
                "What I want: Dad to stay off it properly, not just say he is. To go back to Nan's on Tuesdays "
                "and Thursdays like before. Someone to talk to who isn't a teacher. Not to be asked the same "
                "questions by everybody. If Dad uses again I want to go to Nan's, not to strangers."
            ]],
            "widths": [17.0],
        }),
        ("h2", "By your review on 12 February we want to see"),
        ("bullets", [
            "You living with a dad who is not using heroin or anything else, with no drugs, needles or people "
            "who sell drugs at the house.",
            "You at school every day, 95% or more, and not staying at home to look after your dad.",
            "You knowing which adult to ring when you are worried, and that adult doing something the same day.",
            "You having had some help with everything that has happened, from someone you chose to talk to.",
        ]),
        ("h2", "What will happen – who does what, and when"),
        ("p", "Each point says who will do it, by when or how often, and how we will all know it is happening."),
        ("bullets", [
            "I will see you on your own every week until your review – at school, at Nan's or wherever you "
            "choose – and my visit notes will record each time we meet and what you tell me; you can read them "
            "whenever you like.",
            "Shaun Peters, your dad's recovery navigator at Harbour Lights Recovery, will see your dad every "
            "Tuesday, drug test him each time, and send me a written report two working days before every core "
            "group saying whether he has stopped using and how that shows in the way he looks after you.",
            "Dr Amina Choudhury, your dad's GP at Polstowe Road Surgery, will review his methadone dose by "
            "31/10/2025 and then every month, and before each core group she will send me the pharmacy's "
            "record of his supervised doses.",
            "Your dad will take his methadone in front of the pharmacist at Gorse Road Pharmacy every day, go "
            "to Harbour Lights every Tuesday and keep the house free of drugs and needles, so that you are not "
            "the one looking after him; every drug test will be clear, and I will look round the kitchen and "
            "bathroom at each visit.",
            "Karen Wilde, your dad's probation officer, will ring me the same day if he misses a probation "
            "appointment or is arrested, and will send me a written update on his community order before "
            "every core group.",
            "Nan (Pat Hallworth) will have you for tea and overnight every Tuesday and Thursday, and any other "
            "night you don't feel safe at home; she will text me every Friday to say which nights you stayed.",
            "Mr Gareth Ellis, your head of year at Polstowe Academy, will check your attendance every day, ring "
            "me the same day if you are not in, and meet you every Monday for a ten-minute check-in; he will "
            "email me your attendance each Friday, and by the review we want it at 95% or more.",
            "Priya Nandra from Polstowe Young People's Counselling will offer you eight sessions, the first by "
            "14/11/2025, about what has happened with your dad and your mum; she won't tell me what you talk "
            "about, but she will let me know after session 4 and session 8 how many you have been to.",
            "Tomasz Nowak, your advocate from Polstowe Advocacy, will meet you before every core group and bring "
            "your views to it (in your words, in writing, or by coming with you), and your views will be "
            "written into the notes of each meeting.",
            "You will keep my number, Nan's and Uncle Rob's saved in your phone and ring one of us the same day "
            "if your dad is using or someone you don't know comes to the house; at each visit I will ask you "
            "to show me the numbers are still there.",
        ]),
        ("h2", "If things go wrong"),
        ("p", "If your dad uses heroin or anything else, has a positive drug test or collapses, or someone brings "
              "drugs to the house, you will go to Nan's that night and I will hold a strategy discussion with "
              "the police and Harbour Lights the same day."),
        ("p", "If Nan can't have you (she is ill, away or not answering), you will go to Uncle Rob's at 3 Larch "
              "Way. If he can't have you either, I will find you a foster home in Polstowe that night, close "
              "enough for you to get to school."),
        ("p", "If your dad has two positive tests before your review, misses three Harbour Lights appointments in "
              "a row, or you stop going to school again, I will ask my manager for a legal planning meeting "
              "within five working days. That is the meeting where we and our solicitors decide whether the "
              "court needs to be involved to keep you safe."),
        ("h2", "When we'll meet again"),
        ("p", "We will meet again as a core group every four weeks, at 4pm at Polstowe Academy: on 28/10/2025, "
              "25/11/2025, 06/01/2026 and 03/02/2026. You can come to all of each meeting or part of it, or "
              "Tomasz can bring your views for you."),
        ("p", "If anything in this letter is wrong, or you want something changed, ring or text me and I will "
              "take it to the next core group."),
        ("p", "Best wishes,"),
        ("pl", "Zoe Marchetti"),
        ("pl", "Social Worker, Adolescent Safeguarding Team, Polstowe Council"),
        ("p", ""),
        ("p", "Copies: Darren Hallworth; Pat Hallworth; Rob Hallworth; Shaun Peters; Dr Amina Choudhury; Karen "
              "Wilde; Mr Gareth Ellis; Priya Nandra; Tomasz Nowak; Michael Adebayo."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Initial conference plan for a three-week-old baby, mother's drinking and
#    cannabis use and anxiety, father on a community order. Case-system
#    export with a header and a page footer: the review conference is in the
#    labelled fields, the core group frequency and first date only in the
#    footer; "A day in the life of Rosie"; "What needs to change for Rosie";
#    trigger / response contingency fields. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b128_pardlington_newborn_case_export_day_in_the_life_mcgarry.pdf",
    "doc_title": "Child Protection Plan - Rosie McGarry",
    "split": "heldout",
    "actions": 11,
    "header": "OFFICIAL-SENSITIVE · Pardlington City Council Children's Social Care",
    "footer": "Rosie McGarry · CP plan v1 · Core group every 3 weeks from 04/11/2025 · Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "icpc-newborn-case-system-export-pdf-header-footer-labelled-fields-next-review-conference-field-core-group-in-page-footer-reason-day-in-the-life-of-baby-what-needs-to-change-then-ref-task-responsible-due-evidence-table-trigger-response-fields",
    "description": (
        "Exemplary initial conference plan for a three-week-old baby whose 20-year-old mother "
        "drank and used cannabis in pregnancy and has anxiety, living with the maternal "
        "grandmother; the father is on a community order. A case-system export: the next review "
        "conference is one of the labelled fields at the top and the core group frequency and "
        "first date appear only in the page footer. The baby's lived experience is 'A day in the "
        "life of Rosie' written from visits; outcomes are 'What needs to change for Rosie'. The "
        "specialist midwife for substance misuse, a recovery navigator, the perinatal mental "
        "health team (asked whether Shannon can change, what first and over what period), "
        "probation and the GP own tasks; the grandmother's part has a fallback; trigger and "
        "response fields end in a legal planning meeting."
    ),
    "blocks": [
        ("h1", "CHILD PROTECTION PLAN – INITIAL CONFERENCE"),
        ("p", "Exported from Pardlington CareBase 4.2 on 20/10/2025 at 09:14 by BLLOYD. Form CP2 (plan agreed at "
              "conference)."),
        ("kv", [
            ("Subject", "Rosie McGarry (baby), DOB 25/09/2025, CareBase ID 2210487"),
            ("Address", "41 Foundry Street, Pardlington PA7 2JN (maternal grandmother's tenancy)"),
            ("Mother", "Shannon McGarry (20)"),
            ("Father", "Jordan Pryce (23), 6b Canal Court, Pardlington; does not stay overnight"),
            ("Household", "Denise McGarry (47), maternal grandmother"),
            ("Wider family", "Maureen Cole (52), maternal great-aunt, 6 Tenter Lane, Pardlington"),
            ("Category", "Neglect"),
            ("Initial conference", "16/10/2025. Chair: Alison Brand (IRO)"),
            ("Next review conference", "15/01/2026, 1.30pm, Pardlington Family Hub, Conference Room 2"),
            ("Lead social worker", "Bethan Lloyd (team manager: Gareth Wynne)"),
        ]),
        ("h2", "Reason for plan"),
        ("p", "Shannon drank heavily and used cannabis every day until she was 30 weeks pregnant, and police "
              "found her drunk in the town centre on 14/08/2025 at 34 weeks. She has anxiety and panic attacks "
              "and says she drinks to cope with them. Rosie was born at 38 weeks weighing 2.6kg and showed no "
              "signs of withdrawal. Since the birth Shannon has had 9 negative breath tests out of 10; the "
              "positive one, on 09/10/2025, was the morning after a night out when Denise had Rosie. Jordan has "
              "a community order for possession of cannabis with intent to supply (July 2025). Shannon and "
              "Jordan argued on the postnatal ward on 27/09/2025 and security were called."),
        ("h2", "A day in the life of Rosie"),
        ("p", "Written by Niamh Doherty (health visitor) and Bethan Lloyd (social worker) from what they have "
              "seen at six visits between 29/09/2025 and 17/10/2025."),
        ("p", "Rosie is three weeks old. She usually wakes at about 6am and again every three to four hours. "
              "When she cries, Shannon mostly picks her up within a minute and talks to her while the bottle "
              "warms, and Rosie quietens as soon as she hears her mum's voice. On 13/10/2025 Shannon was slow and "
              "sleepy and did not notice Rosie rooting and sucking her fist for about ten minutes; Denise made "
              "the bottle. Rosie sleeps in a Moses basket beside Shannon's bed, but on 10/10/2025 the health "
              "visitor found her asleep on the sofa next to Shannon, propped on a cushion. Denise does the 2am "
              "feed most nights, and Rosie settles fastest lying on Denise's chest. When Jordan visited on "
              "11/10/2025 his and Shannon's voices were raised; Rosie startled, went red and cried for ten "
              "minutes. She has a nappy rash that has now cleared, and she is on the 25th centile for weight."),
        ("h2", "What needs to change for Rosie"),
        ("numbers", [
            "Rosie is cared for every day and night by a sober adult who notices her hunger and tiredness and "
            "feeds and settles her on time.",
            "Rosie sleeps safely every sleep: on her back, in her own Moses basket or cot, never on a sofa or in "
            "an adult's bed.",
            "Rosie grows well, staying on or above the 25th centile, and has all her checks and immunisations "
            "on time.",
            "Rosie is not around arguments, drugs, or people involved in selling drugs.",
        ]),
        ("h2", "Tasks"),
        ("table", {
            "header": ["Ref", "Task", "Responsible", "Due / frequency", "Evidence of completion"],
            "widths": [1.2, 5.3, 3.5, 3.0, 4.0],
            "rows": [
                ["T1",
                 "Visit Rosie at home, at least one visit in two unannounced; see her awake and see where she "
                 "slept last",
                 "Bethan Lloyd, social worker",
                 "Weekly from 20/10/2025 until the review conference",
                 "CareBase visit records note Rosie seen awake, her sleep space and who was caring for her, at "
                 "every visit"],
                ["T2",
                 "Weigh Rosie and go through feeding and safe sleep with Shannon and Denise",
                 "Niamh Doherty, health visitor",
                 "Weekly until Rosie is 8 weeks old (20/11/2025), then every two weeks",
                 "Weights in the red book and on the centile chart sent to Bethan; Rosie stays on or above the "
                 "25th centile"],
                ["T3",
                 "Postnatal visits with a breath test for alcohol at each one, and a same-day call to Bethan if "
                 "a test is positive",
                 "Carol Egan, Shannon's specialist midwife for substance misuse, Pardlington General Hospital",
                 "Twice a week until day 28 (23/10/2025), then handover to the health visitor",
                 "Breath test results and visit notes emailed to Bethan each Friday"],
                ["T4",
                 "Key-work with Shannon with breath and urine tests, and a written report to each core group "
                 "on whether her drinking and cannabis use are changing and how that shows in her care of "
                 "Rosie",
                 "Lee Farrow, recovery navigator, Pardlington Pathways (adult drug and alcohol service)",
                 "Weekly from 21/10/2025; report two working days before each core group",
                 "Test results and the written report on CareBase before every core group"],
                ["T5",
                 "Assess Shannon's anxiety and low mood and give a written opinion on whether she can make the "
                 "changes Rosie needs, what would have to happen first and over what period",
                 "Dr Ruth Adeyemi, consultant perinatal psychiatrist, Pardlington Perinatal Mental Health Team",
                 "Assessment by 14/11/2025",
                 "Written opinion sent to Bethan by 14/11/2025 and shared at the core group on 25/11/2025"],
                ["T6",
                 "Use no alcohol or cannabis while caring for Rosie, and put her down on her back in her Moses "
                 "basket for every sleep",
                 "Shannon McGarry (Mum)",
                 "Every day and every sleep from 16/10/2025",
                 "All breath and urine tests clear; Bethan and Niamh see Rosie's sleep space at every visit"],
                ["T7",
                 "Be in the house every evening and night, do the 2am feed and stay sober while Rosie is in "
                 "her care",
                 "Denise McGarry (maternal grandmother)",
                 "Every night, 6pm to 8am, from 16/10/2025",
                 "Night feed chart kept by Denise and checked by Niamh weekly; Denise texts Bethan each Sunday"],
                ["T8",
                 "Supervise Jordan's time with Rosie in the front room at 41 Foundry Street",
                 "Denise McGarry (maternal grandmother)",
                 "Tuesdays and Saturdays, 2pm to 4pm",
                 "Contact log signed by Denise after each visit and read by Bethan every week"],
                ["T9",
                 "Tell Bethan the same day if Jordan breaches his order or is arrested, and send a written "
                 "update on his community order",
                 "Mark Haines, Jordan's probation officer, Pardlington Probation Delivery Unit",
                 "Same day for any breach; written update before each core group",
                 "Written update on CareBase before every core group"],
                ["T10",
                 "Eight “Rosie's routine” sessions with Shannon at home: bath, feeds, reading Rosie's cues and "
                 "settling her",
                 "Amy Rudd, family support worker, Pardlington Family Hub",
                 "Thursdays, eight sessions from 23/10/2025",
                 "Session record after each one, saying what Shannon did and how Rosie responded, sent to "
                 "Bethan"],
                ["T11",
                 "Do Rosie's six-to-eight-week check and her first immunisations, and Shannon's postnatal "
                 "check",
                 "Dr Faisal Malik, GP, Foundry Street Medical Centre",
                 "By 21/11/2025",
                 "Results of both checks and the immunisation record sent to Bethan and Niamh"],
            ],
        }),
        ("h2", "Contingency"),
        ("kv", [
            ("Trigger 1", "Shannon has a positive breath or urine test, is seen under the influence, or Rosie is "
                          "found asleep on a sofa or in an adult's bed."),
            ("Response 1", "Denise takes over Rosie's care at once and Shannon does not care for her until she is "
                           "sober; Bethan holds a strategy discussion the same day."),
            ("Trigger 2", "Denise cannot be in the house overnight or supervise Jordan's visits (she is ill, away "
                          "or has been drinking)."),
            ("Response 2", "Maureen Cole stays at Foundry Street overnight. If she cannot, Bethan arranges a "
                           "parent-and-baby foster placement for Shannon and Rosie the same day, and Jordan's "
                           "visits move to Pardlington Family Hub, supervised by staff."),
            ("Trigger 3", "Two positive tests before the review, or Dr Adeyemi's opinion is that Shannon cannot "
                          "make the changes within Rosie's timescale."),
            ("Response 3", "Bethan requests a legal planning meeting within five working days to consider the "
                           "Public Law Outline."),
        ]),
        ("h2", "Parents' views"),
        ("p", "Shannon said: “I know I messed up when I was pregnant. I want to prove I can do it, and I'm glad my "
              "mum is here.” Jordan did not attend the conference; he told Bethan by phone that he agrees to "
              "his visits being supervised."),
        ("p", "Distribution: Shannon McGarry, Jordan Pryce, Denise McGarry, Maureen Cole, core group members, "
              "Alison Brand (IRO). END OF EXPORT"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Initial conference plan, mother's depression, anxiety and agoraphobia,
#    two children, grandmother and uncle doing a lot. Landscape table with a
#    "So that ..." column as the outcomes; an advocate's note and a drawing
#    described by the SW as the children's voice. Faults among good rows:
#    talking therapy that only treats, a So that for Mum alone, "as and
#    when", "All professionals", "engagement" as the measure, family support
#    with no fallback, review conference to be confirmed. (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b128_prothercombe_icpc_so_that_column_advocate_note_bellamy.pdf",
    "doc_title": "Child Protection Plan - Jayden and Mollie Bellamy",
    "split": "heldout",
    "actions": 10,
    "landscape": True,
    "header": "Prothercombe County Council – Children's Services – Child Protection Plan",
    "footer": "Jayden and Mollie Bellamy · ICPC 09/10/2025 · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-landscape-pdf-header-footer-details-kv-worries-with-drawing-described-going-well-advocates-note-then-no-what-we-will-do-who-when-how-well-know-so-that-column-then-if-things-get-worse-meetings",
    "description": (
        "Initial conference plan for an 11-year-old and a 6-year-old whose mother has depression, "
        "anxiety and agoraphobia. There is no views or outcomes heading: the children's voice is "
        "an advocate's note read out at conference and Mollie's drawing described by the social "
        "worker, and the outcomes are a 'So that ...' column. Most rows are good (GP, school, "
        "school nurse, the grandmother and uncle), and legal planning is worded in plain English. "
        "Faults: a talking-therapy row that only treats Mum, whose 'So that' is about Mum alone; "
        "a young carer's assessment 'as and when a place comes up'; 'All professionals' as an "
        "owner; 'engagement' as the only measure; the plan leans on the grandmother and uncle but "
        "the contingency sends the children to the grandmother with no fallback; and the review "
        "conference is 'to be confirmed'."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Initial child protection conference held on 09/10/2025 at Prothercombe County Hall. Chair: Sunita "
              "Varma (Conference and Review Service)."),
        ("kv", [
            ("Children", "Jayden Bellamy (11), DOB 21/05/2014, Year 6; Mollie Bellamy (6), DOB 30/11/2018, "
                         "Year 2; both at Prothercombe Primary"),
            ("Address", "7 Kestrel Walk, Prothercombe PR2 9HD"),
            ("Mum", "Nicola Bellamy (34)"),
            ("Dad", "Ross Bellamy, lives in Kinlochferry; phones on Sundays, no direct contact since 2023"),
            ("Grandmother", "June Bellamy (maternal), 18 Cherry Tree Walk, Prothercombe"),
            ("Uncle", "Steve Bellamy (maternal), 2 Mill Close, Prothercombe"),
            ("Category", "Neglect (both children)"),
            ("Social worker", "Rhian Pugh (team manager: Colin Ashby)"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "Nicola has had depression and anxiety for several years, and since the spring she has been unable "
              "to leave the house. Many mornings she does not get up. Jayden has been getting himself and Mollie "
              "ready, making toast and walking Mollie to school, and both children were late 31 times last term. "
              "On 22/09/2025 the school rang because neither child had arrived; Jayden said his mum was asleep "
              "and he did not want to leave her. Mollie has started wetting the bed again and was sent to school "
              "in wet clothes twice in September."),
        ("p", "When Rhian asked Mollie to draw her house on 02/10/2025, she drew her mum in bed with the curtains "
              "shut and herself and Jayden in the kitchen “making toast on our own”. She coloured her nan's car "
              "bright yellow and said, “That's the car that takes us to school when Nana comes.” She drew "
              "herself small, in the corner, and said she was “hiding from the smelly bed”."),
        ("h1", "What is going well"),
        ("p", "Nicola agreed to everything in the plan and has kept every GP appointment. June has done the school "
              "run every day since 24/09/2025 and both children have been on time since. Steve takes Jayden to "
              "football on Saturdays and Jayden calls it “the best bit of the week”."),
        ("h1", "A note from Jayden's advocate, read out at the conference"),
        ("p", "“I met Jayden at school on 06/10/2025. He asked me to tell the conference three things. First, he "
              "doesn't mind helping his mum but he is tired of being the one who gets Mollie up. Second, he "
              "wants to keep living with his mum and Mollie and doesn't want anyone to take them away. Third, "
              "he would like his nan to do the school run for ever, and he wants a phone so he can ring her. He "
              "gave himself 4 out of 10 for how things are at home and said 10 would be “Mum up and dressed when "
              "I get home”.” – Ffion Lewis, Prothercombe Advocacy Service"),
        ("h1", "The plan"),
        ("p", "The last column says what each action is for: what will be different for Jayden and Mollie."),
        ("table", {
            "header": ["No.", "What we will do", "Who", "When", "How we'll know", "So that ..."],
            "widths": [1.0, 6.0, 3.8, 3.8, 5.3, 5.8],
            "rows": [
                ["1",
                 "Visit the children at home, see each of them on their own, and one visit a month before school "
                 "starts",
                 "Rhian Pugh, social worker",
                 "Weekly from 10/10/2025",
                 "Visit records show both children seen alone each week, with their words written down",
                 "Jayden and Mollie have someone outside the family who knows them and who they can tell."],
                ["2",
                 "Review Nicola's antidepressant and her agoraphobia, with home visits until she can get to "
                 "the surgery, and write to Rhian after each review",
                 "Dr Samir Haddad, GP, Holloway Street Surgery",
                 "First review by 24/10/2025, then monthly",
                 "GP letter to Rhian after each review",
                 "Jayden and Mollie's mum is well enough to get them up and off to school each morning."],
                ["3",
                 "Offer Nicola twelve sessions of CBT for her anxiety and agoraphobia, at home at first and then "
                 "at the clinic",
                 "Kate Aldous, therapist, Prothercombe Talking Therapies",
                 "Weekly from 30/10/2025",
                 "Attendance letter sent to Rhian each month",
                 "Nicola feels less anxious and can leave the house on her own."],
                ["4",
                 "Collect Jayden and Mollie at 8.15am and take them to school",
                 "June Bellamy (maternal grandmother)",
                 "Every school day",
                 "The school register shows both children in by 8.50am",
                 "Jayden and Mollie get to school on time every day and Jayden no longer walks Mollie in."],
                ["5",
                 "Take Jayden to football and have both children at 2 Mill Close for the afternoon",
                 "Steve Bellamy (maternal uncle)",
                 "Every Saturday, 10am to 4pm",
                 "Steve texts Rhian each Saturday evening to say the children were with him",
                 "Jayden keeps playing football and both children have time out of the house at weekends."],
                ["6",
                 "Check both children's attendance, lateness and clothing every morning, and give Jayden a "
                 "weekly check-in with his teaching assistant",
                 "Mrs Lorraine Tait, designated safeguarding lead, Prothercombe Primary",
                 "Every school day; Jayden's check-in every Friday",
                 "Attendance sent to Rhian each Friday, 95% or more by the review; check-ins logged on CPOMS",
                 "Both children are in school, clean and ready to learn, and Jayden has an adult at school "
                 "to talk to."],
                ["7",
                 "Assess Jayden as a young carer and offer him a place at the Wednesday young carers' club",
                 "Aled Ross, Prothercombe Young Carers",
                 "As and when a place comes up",
                 "Young carer's assessment sent to Rhian; the club register shows Jayden there",
                 "Jayden has help with the jobs he does for his mum, and time with friends his own age."],
                ["8",
                 "Tell Rhian the same day about any worry about the children's care, or any day they are not in "
                 "school",
                 "All professionals",
                 "Same day",
                 "Each worry logged on the children's case file with the date it was passed on",
                 "Nothing that worries anyone about Jayden and Mollie waits until the next meeting."],
                ["9",
                 "Morning routine sessions at home with Nicola: getting up, breakfast, uniforms and book bags "
                 "ready the night before",
                 "Dan Morris, family support worker",
                 "Tuesdays and Thursdays at 7.45am, eight sessions from 14/10/2025",
                 "Nicola's engagement with the sessions",
                 "Jayden and Mollie are up, dressed and fed before June arrives."],
                ["10",
                 "See Mollie about her bedwetting and give Nicola a plan for washing and drying her bedding and "
                 "uniform",
                 "Gill Harper, school nurse, Prothercombe Community Health",
                 "First appointment by 31/10/2025, then every two weeks",
                 "Mollie's dry-night chart looked at each appointment; school sees her in clean, dry clothes "
                 "every day",
                 "Mollie goes to school clean and dry and is not teased about it."],
            ],
        }),
        ("h1", "If things get worse"),
        ("p", "If Nicola is too unwell to get up and the children miss school, or either child is found at home "
              "without an adult awake, Rhian will visit that day and Jayden and Mollie will go to June at 18 "
              "Cherry Tree Walk until Nicola has been seen by Dr Haddad. If the children are found home alone at "
              "night, Rhian will hold a strategy discussion with the police the same day."),
        ("p", "If the children are not getting to school on at least nine days out of ten by the review "
              "conference, or Mollie is again sent to school in wet clothes after the school nurse's plan is in "
              "place, Rhian will ask for a legal planning meeting with the council's solicitors to decide "
              "whether we need to go to court."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Prothercombe Primary, first on Tuesday 21/10/2025 at 3.30pm.",
            "Review child protection conference: date to be confirmed by the Conference and Review Service.",
        ]),
    ],
    "findings": [
        F("H001", "Offer Nicola twelve sessions of CBT for her anxiety"),
        F("F002", "Nicola feels less anxious and can leave the house on her own."),
        F("T002", "Assess Jayden as a young carer and offer him"),
        F("W002", "Tell Rhian the same day about any worry about"),
        F("M002", "Morning routine sessions at home with Nicola: getting up"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan, mother's severe depression after an overdose,
#    a girl of 10 and a non-verbal autistic boy of 4. Markdown: details
#    table with the review date, a Three Houses table and "How Noah tells
#    us things", then each goal is the heading of its group of nested-bullet
#    actions; "Safety net"; "We will meet again". Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b128_pennistow_icpc_goal_headings_three_houses_nested_thistlewood.md",
    "split": "heldout",
    "actions": 11,
    "template": "icpc-md-details-table-with-review-date-why-worried-rubys-three-houses-table-how-noah-tells-us-things-then-goal-h3-headings-each-over-nested-bullet-actions-who-when-how-well-know-sub-bullets-safety-net-nested-bullets-we-will-meet-again",
    "description": (
        "Exemplary initial conference plan for a 10-year-old and a non-verbal autistic 4-year-old "
        "whose mother took an overdose in August and has severe depression; the children's "
        "separated father has them at weekends. The review conference date is in the details "
        "table at the top; Ruby's voice is a Three Houses table and Noah's is what his nursery "
        "and parents see of his signs and behaviour; there is no outcomes heading, each goal is "
        "the heading over its group of actions. Mum's care co-ordinator is asked how far Gemma has "
        "come, what still has to change and how long it will take; the GP and CAMHS own work; "
        "the aunt's and father's parts have fallbacks; the 'Safety net' ends in a legal planning "
        "meeting; core group dates are under 'We will meet again'."
    ),
    "text": """\
# Ruby and Noah's Child Protection Plan

*Pennistow Metropolitan Borough Council – Children and Young People's Service*

| Plan details | |
|---|---|
| Children | Ruby Thistlewood (10), DOB 08/06/2015, Year 6, Pennistow Juniors; Noah Thistlewood (4), DOB 17/02/2021, Larkspur Specialist Nursery |
| Living with | Mum, Gemma Thistlewood (38), 22 Hollin Bank, Pennistow PN4 1WE |
| Dad | Martin Thistlewood (41), 9 Weaver Row, Pennistow; has Ruby and Noah every weekend |
| Aunt | Claire Dunne (Gemma's sister), 51 Hollin Bank |
| Category | Emotional abuse (both children) |
| Initial conference | 13/10/2025 – chair Aisha Kamara |
| Review conference | 20/01/2026, 2pm, Pennistow Town Hall, Committee Room B |
| Social worker | Hassan Malik (team manager: Nerys Pugh) |

## Why we are worried

Gemma has had severe depression since her father died in 2023. On 12/08/2025 she took an overdose of her
tablets at home; Ruby found her on the kitchen floor after school, rang 999 and looked after Noah until the
ambulance came. Gemma was on the Rowan Ward at Pennistow General for nine days. Since then she has told her
GP she still has thoughts of ending her life on bad days, and Ruby has missed 14 days of school because she
does not want to leave her mum. Noah is autistic and does not use words; he needs an adult who can read his
signs and keep to his routines, and on bad days Gemma cannot get out of bed to do that.

## Ruby's three houses

Ruby did this with Hassan at school on 07/10/2025. These are her words, as she wrote them.

| House of worries | House of good things | House of dreams |
|---|---|---|
| "Finding Mum again. I check on her when I wake up in the night." | "Dad's at weekends. He makes pancakes shaped like letters." | "Mum being happy and coming to my sports day." |
| "Noah screaming when Mum can't get up and I don't know what he wants." | "Auntie Claire's dog, Biscuit." | "Going on the Year 6 trip to Hallow Edge and not worrying about home." |
| "Missing school. Everyone asks where I've been." | "Mrs Birch lets me help in the library at lunch." | "Noah saying my name one day." |

Ruby scored home 3 out of 10 and said it would go up "if I didn't have to check on Mum all the time".

## How Noah tells us things

Noah does not speak. He uses six Makaton signs (more, finish, drink, biscuit, Mum, outside) and leads
adults by the hand to what he wants. His nursery key worker and his parents have told us what they see:

- On days Gemma brings him to nursery he arrives calm and signs "Mum" at the door when she leaves; on the
  eight days in September that Ruby or Claire brought him, he rocked and bit his hand for the first hour.
- At Martin's at weekends he sleeps through the night; at home he often wakes at 3am and goes into Ruby's
  room, not Gemma's.
- When Hassan visited on 09/10/2025, Noah brought Gemma his drink beaker and signed "more" to her, and
  settled on her lap when she sang his bus song.

## Our plan

Each goal is what we want to be true for Ruby and Noah by the review conference. The actions under it are
how we will get there.

### Goal 1: Ruby and Noah are cared for every day by a parent who is well and safe, and neither of them is ever the one who finds their mum in crisis

- Visit Ruby and Noah at home, see Ruby on her own, and note Noah's signs, mood and sleep.
  - Who: Hassan Malik, social worker
  - When: weekly from 14/10/2025 until the review conference
  - How we'll know: visit records show Ruby seen alone every week with her own words, and Noah's signs and
    sleep noted at each visit
- Visit Gemma at home, go through her safety plan with her, and tell the core group in writing how far
  Gemma has come, what she still needs to change before Ruby and Noah are safe from another crisis, and
  how long she thinks that will take.
  - Who: Sian Rowlands, Gemma's care co-ordinator at the Willow Centre (Pennistow Community Mental Health
    Team)
  - When: weekly visits from 15/10/2025; written update two working days before each core group
  - How we'll know: the written update is on Ruby's and Noah's files before every core group
- Review Gemma's antidepressant and prescribe one week's supply at a time, so that there are never enough
  tablets in the house for Ruby or Noah to find her in danger again.
  - Who: Dr Patrick Lowe, GP, Hollin Bank Health Centre
  - When: weekly prescriptions from 14/10/2025; medication review by 31/10/2025
  - How we'll know: GP letter to Hassan by 31/10/2025; the pharmacy record shows one week collected at a
    time
- Keep all medicines in the locked box in the kitchen cupboard, with the key on her own keyring, and ring
  Sian or the crisis line as soon as her warning signs start, so that Ruby never has to check on her.
  - Who: Gemma (Mum)
  - When: every day from 13/10/2025
  - How we'll know: Sian and Hassan see the box locked at each visit and the tablet count matches the
    pharmacy record
- Have Ruby and Noah every weekend and be the adult Ruby rings if she is worried about her mum.
  - Who: Martin (Dad)
  - When: every weekend, Friday 5pm to Sunday 6pm; the same evening whenever Ruby rings
  - How we'll know: Martin texts Hassan every Monday morning; Ruby shows Hassan her dad's number saved in
    her phone

### Goal 2: Ruby is back at school full time and has time that is just hers

- Build Ruby's timetable back up to full days and check her attendance every morning, ringing Hassan
  the same day if she is not in.
  - Who: Mrs Joanne Birch, designated safeguarding lead, Pennistow Juniors
  - When: every school day; full timetable by 19/12/2025
  - How we'll know: attendance emailed to Hassan each Friday; Ruby in school every full day from
    19/12/2025
- Complete a young carer's assessment with Ruby and offer her the Thursday young carers' group.
  - Who: Kit Thornton, Pennistow Young Carers
  - When: assessment by 14/11/2025; group every Thursday after that
  - How we'll know: Ruby's young carer's plan sent to Hassan; the group register shows her there
- Collect Ruby and Noah after school and nursery and give them their tea at 51 Hollin Bank.
  - Who: Claire Dunne (aunt)
  - When: every Tuesday and Thursday in term time, from 14/10/2025
  - How we'll know: the school and nursery collection books are signed by Claire; Claire texts Hassan each
    Friday
- Assess Ruby after what she saw in August, and recommend what help she needs.
  - Who: Dr Ellie Marsh, clinical psychologist, Pennistow CAMHS
  - When: assessment by 28/11/2025
  - How we'll know: assessment letter with recommendations sent to Hassan and Dr Lowe by 28/11/2025

### Goal 3: Noah's communication is understood at home and at nursery, and his day keeps to the routine he needs

- Keep Noah's home–nursery book every session, recording his signs, sleep and mood and whether he arrived
  fed, and ring Hassan the same day with any worry.
  - Who: Bev Okafor, key worker, Larkspur Specialist Nursery
  - When: every session (Monday to Friday mornings)
  - How we'll know: a copy of the home–nursery book emailed to Hassan each Friday
- Set up a picture exchange (PECS) book and a visual timetable for Noah at home, and show Gemma, Martin and
  Claire how to use them.
  - Who: Harriet Cole, speech and language therapist, Pennistow Children's Therapies
  - When: four home sessions by 12/12/2025
  - How we'll know: Hassan sees the PECS book and timetable in use at home and at Martin's; therapist's
    notes after each session sent to Hassan

## Safety net

- If Gemma tells anyone she is thinking of ending her life, is found with tablets she should not have, or
  does not answer Sian for two days running:
  - Sian, or the crisis team out of hours, will see Gemma the same day;
  - Ruby and Noah will go to Martin's at 9 Weaver Row that evening and stay until Sian and Hassan agree
    it is safe to go home;
  - Hassan will hold a strategy discussion the same day.
- If Martin cannot have the children (he is away, ill or working nights), Claire will have them at 51
  Hollin Bank; if Claire cannot do her Tuesdays and Thursdays, Martin will collect them. If neither of them
  can, Hassan will place Ruby and Noah together with Pennistow foster carers that night.
- If Gemma takes another overdose, or Sian's update says Gemma cannot make the changes Ruby and Noah need
  within their timescale, Hassan will ask Nerys Pugh for a legal planning meeting within five working
  days.

## We will meet again

We will meet again as a core group every four weeks, at 10am at Pennistow Juniors: 04/11/2025, 02/12/2025
and 13/01/2026. Ruby can come to the first half of each meeting if she wants to, and Hassan will bring what
she has said to every one.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Initial conference, Signs of Safety in Markdown, father's cannabis and
#    cocaine use and a drug debt, two children. Review conference in the
#    details table; core group dates written inside the contingency. Faults
#    among good rows: no child's voice anywhere, no adult service owns work
#    (Dad refers himself; the SW refers him), a safety goal for Dad alone, a
#    police row with no timescale, a passive referral with no owner, a
#    health review with no output, no legal planning. (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b128_pudmoreton_sos_danger_safety_goals_next_steps_winstanley.md",
    "split": "heldout",
    "actions": 10,
    "template": "sos-icpc-md-details-table-with-review-date-danger-statement-safety-goals-working-well-scaling-then-next-steps-what-who-by-when-how-well-know-table-then-if-this-happens-with-core-group-dates-in-it",
    "description": (
        "Signs of Safety initial conference plan for a 7-year-old and a 3-year-old whose father "
        "uses cannabis every day and cocaine at weekends and owes a drug debt. The review "
        "conference date is in the details table and the core group dates are a sentence inside "
        "the contingency, which has specific triggers, a named carer and a foster fallback. Most "
        "next-steps rows are good. Faults: nothing anywhere records what either child has said, "
        "felt or been seen to experience; the father's drug use is recorded but no adult service "
        "owns an action (he refers himself, the SW refers him); one safety goal is about the "
        "father alone; a police row has no timescale; a passive referral has no owner; the "
        "health visitor's developmental review has no output; and nothing says legal planning "
        "follows if things do not change."
    ),
    "text": """\
# Signs of Safety Child Protection Plan

**Pudmoreton Borough Council – Children's Social Care**

| | |
|---|---|
| Children | Harvey Winstanley (7), DOB 04/04/2018; Lily-Mae Winstanley (3), DOB 19/01/2022 |
| Address | 16 Ropewalk Terrace, Pudmoreton PU8 3FL |
| Parents | Tasha Winstanley (27) and Ryan Winstanley (29), living together |
| Maternal grandmother | Sandra Cole, 4 Bell Row, Pudmoreton |
| Initial conference | 06/10/2025 |
| Review conference | 12/01/2026, 9.30am, Pudmoreton Civic Centre |
| Social worker | Amy Kerr |

## Danger statement

Children's Services, Pudmoreton Police and the children's school are worried that Ryan uses cannabis every
day and cocaine most weekends, sometimes while he is the only adult at home with Harvey and Lily-Mae. Ryan
owes money to the people who sell him drugs. On 27/09/2025 two men came to the house at 11pm and kicked the
front door, shouting that Ryan owed them, and police found cannabis and a set of scales in the kitchen. If
nothing changes we are worried that Harvey and Lily-Mae could be hurt by someone coming to the house, or
not looked after safely by a parent under the influence.

## Safety goals

- Harvey and Lily-Mae live in a home with no drugs, no dealers and nobody coming to the door for money.
- Harvey and Lily-Mae are always cared for by an adult who is sober and not under the influence of drugs.
- Ryan is drug free and has paid off what he owes.

## What's working well

Tasha rang the police herself on 27/09/2025 and has said she will not let anyone connected with Ryan's debt
into the house. Ryan has agreed to a hair strand test. Sandra has offered to have the children every
weekend and has made up a spare room for them at 4 Bell Row.

## Scaling

On a scale of 0 (the children will be hurt) to 10 (the children are safe enough to close the plan): Tasha
said 6, Ryan 7, the school 5 and Amy Kerr (SW) 3.

## Next steps

| What needs to happen | Who | By when | How we'll know |
|---|---|---|---|
| Visit Harvey and Lily-Mae at home, one visit in two unannounced, including a Saturday | Amy Kerr, SW | Weekly from 08/10/2025 | Visit records show both children seen and the house checked for drugs |
| Refer Ryan to Pudmoreton Recovery Service for drug treatment | Amy Kerr, SW | By 17/10/2025 | Referral acceptance letter on file |
| Go to every appointment at Pudmoreton Recovery Service and give a hair strand sample | Ryan Winstanley (Dad) | First appointment by 31/10/2025; sample by 24/10/2025 | Hair strand result negative for cocaine, shared with the SW by 05/12/2025 |
| Keep anyone connected with Ryan's debt out of the house and ring 999 if they come | Tasha Winstanley (Mum) | Every day from 06/10/2025 | Police log shows any visit reported the same day |
| Have Harvey and Lily-Mae to stay at 4 Bell Row | Sandra Cole (MGM) | Every Friday and Saturday night from 10/10/2025 | Sandra texts Amy every Sunday morning |
| Check Harvey's attendance and ring Amy the same day if he is absent without a reason | Mr Dale Ingham, DSL, Ropewalk Primary | Every school day | Attendance emailed to Amy each Friday; 95% or more by the review |
| Check Lily-Mae's attendance at her funded sessions and tell Amy the same day of any absence | Little Owls Nursery (key worker Beth Sowerby) | Every session (Monday, Tuesday, Wednesday mornings) | Attendance emailed to Amy each Friday |
| Share any intelligence about people visiting 16 Ropewalk Terrace and any call-out to the address | PC Liam Ward, Pudmoreton Police | – | Intelligence and call-out logs sent to Amy in writing |
| A referral will be made to the Early Help parenting group for Tasha and Ryan | – | By 31/10/2025 | Place confirmed in writing and start date on file |
| Developmental review of Lily-Mae at home, including her speech | Sue Pratt, HV | By 21/11/2025 | |

## If this happens

If Ryan uses drugs in the house or while he is caring for the children, anyone comes to the house about a
debt, or the police find drugs at the address, Tasha will take Harvey and Lily-Mae to Sandra's at 4 Bell Row
that day and Amy will hold a strategy discussion with the police the same day. If Sandra cannot have them,
Amy will arrange a foster placement for Harvey and Lily-Mae together that day. The core group will check
this plan every three weeks, at 1pm at Ropewalk Primary: 20/10/2025, 10/11/2025, 01/12/2025 and 22/12/2025.
""",
    "findings": [
        F("F002", "Ryan is drug free and has paid off what he owes."),
        F("F003"),
        F("F004"),
        F("R002"),
        F("T001", "Share any intelligence about people visiting 16 Ropewalk Terrace"),
        F("W001", "A referral will be made to the Early Help parenting"),
        F("M001", "Developmental review of Lily-Mae at home, including her speech"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Initial conference plan, father's drinking and domestic abuse, an
#    autistic boy of 6 who does not speak. Plain text with aligned columns:
#    review conference in the header box, "How Amir tells us things", "By
#    the review we will see", an aligned action table with wrapped cells,
#    IF / THEN contingency with the core group dates in its last sentence.
#    Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b128_pennick_icpc_aligned_columns_non_verbal_if_then_hussain.txt",
    "split": "heldout",
    "actions": 10,
    "template": "icpc-plain-text-boxed-header-with-review-date-worries-how-amir-tells-us-things-non-verbal-by-the-review-we-will-see-then-aligned-five-column-action-table-wrapped-cells-if-then-contingency-with-core-group-dates-sentence",
    "description": (
        "Exemplary initial conference plan for a 6-year-old autistic boy who does not speak, "
        "whose father drinks and has been violent to his mother; the father has moved out under "
        "a written agreement. Plain text with aligned columns: the review conference date is in "
        "the boxed header, the child's voice is 'How Amir tells us things' (his signs and what "
        "school and his mother see), the outcomes are 'By the review we will see', and the core "
        "group dates are the last sentence of the IF / THEN contingency. The Beacon (alcohol "
        "service), the IDVA and the police own work; the uncle who supervises contact has a "
        "fallback; legal planning follows named triggers."
    ),
    "text": """\
+--------------------------------------------------------------------------------------+
| PENNICK COUNCIL  -  CHILDREN'S SERVICES  -  CHILD PROTECTION PLAN                    |
| Child .............. Amir Hussain, DOB 11/07/2019 (6)                                |
| Lives with ......... Mum, Sana Hussain (31), 7 Orchard Close, Pennick PK2 5RA        |
| Dad ................ Tariq Hussain (35), living at 12 Mill Lane with his brother     |
| Category ........... Emotional abuse                                                 |
| Initial conference . 09/10/2025 (chair: Graham Oakes)                                |
| Review conference .. 08/01/2026, 11am, Pennick Town Hall                             |
| Social worker ...... Farah Siddiqui (team manager: Lucy Barnes)                      |
+--------------------------------------------------------------------------------------+

WHAT WE ARE WORRIED ABOUT
Tariq drinks heavily most evenings. Police were called to Orchard Close three times
between June and September 2025; on 28/09/2025 Tariq, drunk, pushed Sana into the
kitchen door while Amir was in the room. Tariq moved to his brother Imran's on
30/09/2025 and signed a written agreement not to come to Orchard Close. Amir is
autistic and does not speak, and cannot tell anyone when he is frightened.

HOW AMIR TELLS US THINGS
Amir uses about ten Makaton signs (including Mum, Dad, home, happy, more, finish)
and shows how he feels through his body. What the adults around him have seen:
  - When voices are raised, even on the television, he covers his ears, rocks and
    hums; Sana says he did this every evening before Tariq moved out.
  - Since 30/09/2025 his class teacher has seen him stop biting his hand at school.
    On 06/10/2025 he signed "home" and "happy" when Sana collected him.
  - At supervised time with his dad on 05/10/2025 he sat next to Tariq to look at
    a train book, then signed "finish" after twenty minutes and went to Imran.
  - Farah saw him on 07/10/2025 lead Sana to the fridge and sign "more", and laugh
    when she tickled him; he would not go into the kitchen where the door is.

BY THE REVIEW WE WILL SEE
  1. Amir living in a calm home where nobody shouts, drinks heavily or hurts his
     mum, sleeping through most nights and not covering his ears at home.
  2. Amir seeing his dad every week in a way that is safe, with a sober dad, and
     signing "finish" when he has had enough, and being listened to.
  3. Amir's signs understood by everyone who looks after him, and at least five
     new signs he uses at home and at school.
  4. Sana safe from Tariq, so that Amir is not around violence, and Amir's
     routines kept every day.

WHAT WILL HAPPEN
NO  WHAT                           WHO                     WHEN                    HOW WE WILL KNOW
--  -----------------------------  ----------------------  ----------------------  ------------------------------
1   Visit Amir at home, see him    Farah Siddiqui, SW      Weekly from 13/10/2025  Visit record notes Amir's
    with Sana and on his own in                            until the review        signs, sleep and mood at each
    his room, and note his signs                           conference              visit
2   Key-work with Tariq and a      Gary Lund, Tariq's      Every Wednesday from    Written report with breath
    breath test each session;      recovery worker, The    15/10/2025; report      test results on file before
    written report on whether his  Beacon (Pennick         two working days        every core group
    drinking is changing and what  alcohol service)        before each core
    that means for Amir                                    group
3   Safety plan with Sana and      Jade Thompson, IDVA,    First meeting by        Sana's written safety plan
    referral to MARAC              Pennick Domestic        17/10/2025, then every  copied to Farah by 24/10/2025;
                                   Abuse Service           two weeks               MARAC action sent to Farah
4   Go to the Changing Patterns    Tariq Hussain (Dad)     Weekly for 20 weeks     Attendance report from the
    programme for men who have                             from 06/11/2025         programme worker to Farah after
    been abusive                                                                   every fourth session
5   Supervise Tariq's time with    Imran Hussain           Every Sunday, 11am to   Contact log signed by Imran
    Amir at 12 Mill Lane; end it   (paternal uncle)        1pm                     after each visit; Farah reads
    if Tariq has been drinking                                                     it at her next visit
6   Keep Amir's home-school book   Ms Ruth Abara, class    Every school day        Home-school book copied to
    with his signs, mood, eating   teacher, Pennick Lodge                          Farah each Friday; same-day
    and any marks; ring Farah the  School                                          calls logged on CPOMS
    same day with any worry
7   Assess Amir's communication    Owen Price, speech and  Assessment by           Communication passport sent to
    and write his communication    language therapist,     21/11/2025; home        Farah and school by 21/11/2025;
    passport; teach Sana and       Pennick Children's      session every two       new signs counted at each
    school new signs               Therapies               weeks after             session
8   Tell Farah about any call-out  PC Laura Kent, Pennick  Within 24 hours of any  Incident notification on
    to Orchard Close or Mill Lane  Police Domestic Abuse   call-out                Amir's file within 24 hours
    involving Tariq                Unit
9   Keep to the written agreement  Sana Hussain (Mum)      Every day from          Police and IDVA records show
    and ring 999 if Tariq comes                            30/09/2025              any visit reported the same day
    to the house
10  Assess Amir and the family     Kerry Nolan, social     Assessment by           Short breaks assessment sent to
    for short breaks               worker, Pennick         30/11/2025              Farah and shared at the core
                                   Disabled Children's                             group on 15/12/2025
                                   Team

IF / THEN
IF  Tariq comes to Orchard Close, is drunk at contact, or the police are called to
    any incident involving him and Sana
THEN Sana rings 999; Amir and Sana go to Sana's sister Rukhsana at 40 Elm Grove
    that night; Farah holds a strategy discussion the same day.
IF  Imran cannot supervise on a Sunday, or Tariq arrives at Mill Lane drunk
THEN that Sunday's visit does not happen, and Farah arranges supervised contact at
    Pennick Family Centre, run by centre staff, within seven days.
IF  Rukhsana cannot have Amir and Sana
THEN Farah arranges a place at Pennick Women's Refuge for them both that night.
IF  Tariq breaks the agreement twice, has two positive breath tests in a row, or
    stops going to Changing Patterns
THEN Farah asks Lucy Barnes for a legal planning meeting within five working days.
The core group will go through this IF / THEN list and the whole plan at each
meeting: every four weeks at Pennick Lodge School, 3.30pm, on 20/10/2025,
17/11/2025 and 15/12/2025.
""",
    "findings": [],
})
