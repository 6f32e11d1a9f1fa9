"""Batch 7, module 2: eight fictional files (tuning material).

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Child in need plan, one row per need domain, "Review" column holding
#    progress status (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b7_sorrelby_cin_need_domains_brannigan.docx",
    "doc_title": "Child in Need Plan - Kayla Brannigan",
    "split": "tune",
    "template": "cin-need-domain-rows-review-status",
    "description": (
        "Child in need plan for a 9-year-old (mother's depression, neglect of routines) with one row per "
        "need domain and a 'Review' column of progress notes from the CIN review, which are not measures. "
        "'ASAP' with no measure, 'feels less anxious' and 'to be monitored' as the only measures; the GP "
        "is only mentioned in the history, CIN reviews are not core groups or a review conference, and "
        "the contingency steps up to conference but names no legal step."
    ),
    "blocks": [
        ("title", "Child in Need Plan"),
        ("p", "Sorrelby Metropolitan Borough Council – Children's Social Care, Family Support Team West"),
        ("kv", [
            ("Child", "Kayla Brannigan, DOB 17/08/2015 (9 years), Year 4 at Sorrelby Park Primary"),
            ("Lives with", "Leanne Brannigan (mum), 14 Linnet Close, Sorrelby"),
            ("Father", "Darren Shaw, lives in Hebden Walk, Sorrelby; sees Kayla alternate weekends"),
            ("Social worker", "Priya Lomax (SW), Family Support Team West"),
            ("Plan agreed", "CIN meeting 02/04/2025; updated at CIN review 14/05/2025"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Kayla was referred by school in February after she came in without a coat in the snow and "
              "told her teacher there was \"no food in\". The single assessment (completed 28/03/2025) found "
              "that Leanne has depression, for which her GP prescribes sertraline, and that on bad days she "
              "stays in bed and Kayla gets herself up and off to school. There are no concerns about "
              "deliberate harm. Leanne asked for help and agreed to a child in need plan under section 17."),
        ("h1", "What Kayla says"),
        ("p", "Kayla was seen on her own at school on 09/05/2025. She said: \"When Mum's tired I do my own "
              "breakfast, usually cereal if there's milk.\" She likes breakfast club because \"you get toast "
              "and you can play Uno\". She said she gets a \"tight tummy\" at school when she thinks about Mum "
              "being in bed. She wants her dad to \"actually come when he says\" and would like a proper "
              "curtain in her bedroom because the street light keeps her awake."),
        ("h1", "What we want for Kayla"),
        ("bullets", [
            "Kayla gets to school on time every day, having had breakfast, in clean clothes and with a coat.",
            "Kayla's teeth are treated and she is not in pain.",
            "Kayla has someone to talk to about her worries and is not looking after herself or her mum.",
            "Kayla sees her dad when it has been planned, without arguments at handovers.",
            "Kayla has a dry, warm bedroom with a clean mattress and curtains.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Needs", "Actions", "Responsible", "Timescale", "Review"],
            "widths": [3.6, 5.0, 2.8, 2.6, 3.0],
            "rows": [
                ["Health\nKayla has not seen a dentist since 2022 and has two decayed back teeth. She says "
                 "they hurt when she eats sweets. Appointments have been missed when Leanne has been unwell.",
                 "Leanne to register Kayla with Linnet Lane Dental Practice and take her to every appointment "
                 "until the treatment is finished. The practice's letter confirming treatment to be copied "
                 "to the SW.",
                 "Mum (Leanne)",
                 "Registered by 30/05/2025; treatment finished by 31/07/2025",
                 "Registered 12/05/2025. First check-up booked for 03/06/2025."],
                ["Education\nAttendance is 84% this year and Kayla is late most Mondays. She is about a year "
                 "behind in reading.",
                 "Offer Kayla a free breakfast club place every school day and reading catch-up three times "
                 "a week; email Kayla's attendance and lateness figures to the SW every Friday.",
                 "Sorrelby Park Primary – Mrs Anita Devi (DSL)",
                 "From 28/04/2025, every school day",
                 "Going well – at breakfast club most days since Easter."],
                ["Emotional\nKayla worries about Mum and has told her teacher she doesn't like being at home "
                 "when Mum is in bed. She has had stomach aches at school.",
                 "Six sessions, once a week, with the school's ELSA so that Kayla has a safe adult to talk to "
                 "about her worries and feels less anxious.",
                 "ELSA – Mrs Petra Lowe",
                 "Weekly, 6 sessions from w/c 12/05/2025",
                 "Not started – ELSA off sick in April."],
                ["Family and social relationships\nContact with Dad falls through about one weekend in three. "
                 "Leanne and Darren argue on the doorstep at handovers while Kayla waits.",
                 "Leanne and Darren to agree when Kayla sees her dad and to do handovers at Kayla's nan's "
                 "house so that Kayla does not see arguments.",
                 "Mum and Dad",
                 "ASAP",
                 "Not achieved – Darren did not come to the CIN review."],
                ["Home conditions\nThe flat is damp and the kitchen is often dirty. Kayla's mattress is "
                 "stained, she has no curtains, and on two visits there was no food in the fridge.",
                 "Weekly home sessions with Leanne on morning routines, food shopping on a budget and keeping "
                 "the flat clean; a new mattress and curtains for Kayla through the Sorrelby Crisis and Support Fund; "
                 "home conditions to be monitored.",
                 "FSW Jodie Marsh",
                 "Weekly for 8 weeks from 22/04/2025",
                 "Ongoing – mattress delivered 06/05/2025, curtains still to get."],
            ],
        }),
        ("h1", "If things get worse"),
        ("p", "If Kayla is left at home on her own, comes to school hungry on three days in a week, or says "
              "Mum has not got out of bed all day, school or the FSW will phone the SW the same day and the "
              "SW will visit that day. If Leanne cannot care for Kayla, Kayla will stay with her nan, Sandra "
              "Brannigan, 22 Wren Road (agreed at the CIN review), and the SW will hold a strategy discussion "
              "with the team manager the same day. If there is no improvement by the next CIN review the SW "
              "will ask the team manager to step the case up to an initial child protection conference."),
        ("h1", "Meetings"),
        ("p", "CIN review meetings every 6 weeks. Next CIN review: 25/06/2025, 3.30pm, Sorrelby Park Primary. "
              "Leanne, Darren, school, the FSW and the SW are invited; Kayla will be asked what she wants "
              "said at the meeting."),
        ("p", "Plan updated by Priya Lomax (SW), 14/05/2025. Copy given to Leanne and posted to Darren."),
    ],
    "findings": [
        F("M002", "Six sessions, once a week, with the school's ELSA"),
        F("T002", "Leanne and Darren to agree when Kayla sees her dad"),
        F("M001", "Leanne and Darren to agree when Kayla sees her dad"),
        F("M002", "Weekly home sessions with Leanne on morning routines"),
        F("F004"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Actions as bullets grouped under each professional's heading
#    ("The health visitor will:", "School will:", "Mum and Dad will:") (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b7_treverrick_professional_bullets_hoskin.docx",
    "doc_title": "Child Protection Plan - Ruby and Jake Hoskin",
    "split": "tune",
    "template": "bullets-under-who-will-headings",
    "description": (
        "ICPC plan for a baby and a 6-year-old (father's drinking, neglect) whose actions are bullets "
        "under lead-in headings naming who will do them ('The health visitor will:', 'School will:', "
        "'Mum and Dad will:', 'Everyone will:'); the heading is each bullet's owner. An assessment with no "
        "output, an HV bullet with no timescale or measure, 'keep an eye on', bullets with no measure, a "
        "collective owner, and Nan's after-school and bedtime help with a contingency that only sends the "
        "children to Nan."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Treverrick Council – Children's Services, Safeguarding Team South"),
        ("kv", [
            ("Children", "Ruby Hoskin, born 12/03/2024 (14 months); Jake Hoskin, born 02/11/2018 (6 years)"),
            ("Parents", "Chantelle Hoskin (26) and Lee Hoskin (29), 5 Chapel Row, Polgarrow"),
            ("Nan", "Carol Hoskin (paternal grandmother), 11 Chapel Row"),
            ("Initial child protection conference", "06/05/2025 – category: neglect"),
            ("Social worker", "Becky Trounson"),
            ("Health visitor", "Morwenna Tregear"),
            ("School", "Polgarrow Primary – Mr Jory Pascoe (DSL)"),
        ]),
        ("h1", "Why Ruby and Jake need a plan"),
        ("p", "On 19/04/2025 neighbours rang the police because Ruby had been screaming for over an hour. "
              "Officers found Lee asleep on the sofa after drinking, with Ruby in a soaked nappy in her "
              "travel cot and Jake trying to give her a bottle of squash. Chantelle was at work. Lee told "
              "conference he drinks eight or nine cans most days, starting at lunchtime. Ruby's weight has "
              "dropped from the 50th to the 25th centile since January. Jake has been late 22 times this "
              "year and often comes in hungry. Cans and cigarette ends are left where Ruby can reach them."),
        ("h1", "What Jake told us, and what we have seen of Ruby"),
        ("p", "Jake was seen on his own at school on 30/04/2025. He said Daddy \"drinks the silver cans and "
              "then he's sleepy\". He likes going to Nan's because \"she does fish fingers and I can watch "
              "Bluey\". He worries about Ruby \"when she cries and nobody comes\". Ruby was seen at home the "
              "same day: she crawled straight to Chantelle for comfort, had a heavy wet nappy, and ate a whole "
              "banana very quickly."),
        ("h1", "What needs to be different for Ruby and Jake"),
        ("bullets", [
            "Ruby and Jake are always looked after by a sober adult.",
            "Ruby is fed regularly and her weight gets back up towards the 50th centile.",
            "Ruby sleeps safely in her own cot, and cans and cigarettes are kept out of her reach.",
            "Jake gets to school on time every day, having had breakfast, and stops worrying about Ruby.",
        ]),
        ("h1", "Who will do what"),
        ("boldp", "The social worker will:"),
        ("bullets", [
            "Visit Ruby and Jake at home every two weeks, at least one visit a month unannounced, and see "
            "Jake on his own each time; visit records will show this.",
            "Complete a parenting assessment of Chantelle and Lee by 27/06/2025.",
            "Refer Chantelle and Lee to the Family Hub parenting course by 16/05/2025 and put the "
            "confirmation of the referral on file.",
        ]),
        ("boldp", "The health visitor will:"),
        ("bullets", [
            "Weigh Ruby every two weeks at home or at clinic, plot her weight in the red book and send it "
            "to the SW.",
            "Support Chantelle with Ruby's feeding and sleep routine.",
        ]),
        ("boldp", "School will:"),
        ("bullets", [
            "Give Jake breakfast in the nurture room every morning he arrives without having eaten, and "
            "record it on the school's safeguarding system.",
            "Keep an eye on Jake's attendance and wellbeing every day.",
        ]),
        ("boldp", "Lee's worker at Turning Tide (drug and alcohol service) will:"),
        ("bullets", [
            "Complete a full alcohol assessment with Lee by 30/05/2025 and send a written report to the SW.",
            "Breath test Lee at each weekly appointment and send the results to the SW before each core group.",
        ]),
        ("boldp", "Mum and Dad will:"),
        ("bullets", [
            "Make sure Ruby sleeps in her own cot, on her back, every night.",
            "Go to the 10-week Family Hub parenting course on Thursday mornings from 22/05/2025 and give "
            "the SW the attendance certificate.",
            "Lee will not drink at all when he is caring for Ruby or Jake, and will take a breath test at "
            "every SW visit.",
        ]),
        ("boldp", "Nan (Carol) will:"),
        ("bullets", [
            "Have Jake after school on Mondays, Tuesdays and Wednesdays and give him his tea.",
            "Come round at bath time and bedtime on the evenings Chantelle is at work, and sign the "
            "bedtime sheet on the fridge.",
        ]),
        ("boldp", "Everyone will:"),
        ("bullets", [
            "Tell the SW the same day about any worry for Ruby or Jake, and write down what was seen and said.",
        ]),
        ("h1", "If things go wrong"),
        ("p", "If Lee is found drunk while caring for Ruby or Jake, or Ruby's weight drops below the 25th "
              "centile, Chantelle will ring the SW (or the out of hours team on 01632 960 200) and the "
              "children will go to Nan's, 11 Chapel Row, while a strategy discussion is held the same day. If "
              "Lee is found drunk in charge of the children a second time, the SW will ask the team manager "
              "for a legal planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks: 15/05/2025, 12/06/2025 and 10/07/2025, 1pm at Polgarrow Primary.",
            "Review child protection conference: 31/07/2025, 10am, Treverrick One Stop Shop.",
        ]),
    ],
    "findings": [
        F("M001", "Complete a parenting assessment of Chantelle and Lee"),
        F("T001", "Support Chantelle with Ruby's feeding and sleep routine"),
        F("M001", "Support Chantelle with Ruby's feeding and sleep routine"),
        F("M002", "Keep an eye on Jake's attendance and wellbeing"),
        F("M001", "Make sure Ruby sleeps in her own cot"),
        F("M001", "Have Jake after school on Mondays, Tuesdays and Wednesdays"),
        F("W002", "Tell the SW the same day about any worry"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Plan pasted from Word as plain text: tab-separated cells, headings in
#    capitals ending with a colon (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b7_ulverdale_pasted_tab_text_varga.txt",
    "split": "tune",
    "template": "word-paste-tabs-caps-colon-headings",
    "description": (
        "ICPC plan for two children (domestic abuse; mother's anxiety under the CMHT) pasted out of Word "
        "as plain text: tab-separated table cells, family table and headings in capitals ending in a "
        "colon. A '-' owner with 'ASAP', a CMHT row that only supports, a blank measure, 'Professionals' "
        "with 'Reviewed at core group', a blank timescale, an adult-only outcome, a contingency of "
        "'further concerns' and 'considered', no legal step."
    ),
    "text": (
        "ULVERDALE CITY COUNCIL\n"
        "CHILDREN AND FAMILIES DIRECTORATE - SAFEGUARDING UNIT\n"
        "\n"
        "CHILD PROTECTION PLAN\n"
        "\n"
        "NAME OF CHILD(REN):\tZac Varga (DOB 04/06/2017)\tMollie Varga (DOB 21/01/2022)\n"
        "ADDRESS:\tFlat 2, 88 Tanner Street, Ulverdale\n"
        "DATE OF CONFERENCE:\tInitial Child Protection Conference 23/04/2025\n"
        "CATEGORY:\tEmotional abuse\n"
        "LEAD SOCIAL WORKER:\tAaron Kettle, Safeguarding Team 3\n"
        "CONFERENCE CHAIR:\tNadia Broom (IRO)\n"
        "\n"
        "FAMILY MEMBERS:\n"
        "Name\tRelationship\tAge\tAddress\n"
        "Zac Varga\tSubject\t7\tHome address\n"
        "Mollie Varga\tSubject\t3\tHome address\n"
        "Gemma Varga\tMother\t30\tHome address\n"
        "Tomas Varga\tFather\t34\tStaying with his brother, 6 Keel Row, Ulverdale\n"
        "\n"
        "REASONS FOR THE PLAN:\n"
        "Police have been called to the family home five times since October 2024. On 02/04/2025 Tomas "
        "smashed Gemma's phone, pinned her against the fridge and told her he would \"finish it\" while Zac "
        "was in the kitchen and Mollie was in the bath upstairs. Tomas told conference he drinks \"a few "
        "cans\" most nights and does not think alcohol is a problem. Gemma has a diagnosis of generalised "
        "anxiety disorder and is open to the Ulverdale Community Mental Health Team; she rarely leaves the "
        "flat. Zac's school report he is withdrawn and has started hiding under the table when there is a "
        "loud noise. Tomas left the family home on 03/04/2025 and is on police bail not to contact Gemma.\n"
        "\n"
        "CHILDREN'S VIEWS:\n"
        "Zac (seen alone at school 15/04/2025) said: \"Dad shouts at Mum and I go under the covers. I "
        "want Dad to say sorry and be nice.\" He said he misses his dad but likes it being quiet at home "
        "now. Mollie is 3 and chatty. At nursery she played at \"shouting\" with the dolls and told her "
        "key worker \"Daddy broke Mummy's phone\".\n"
        "\n"
        "OUTCOMES:\n"
        "1.\tZac and Mollie live in a home where there is no shouting, hurting or threats.\n"
        "2.\tZac feels safe and is no longer frightened by loud noises at school.\n"
        "3.\tGemma will feel less anxious and more confident to go out.\n"
        "4.\tMollie's speech and development are checked and she gets any help she needs.\n"
        "\n"
        "ACTION PLAN:\n"
        "Action\tResponsible\tTimescale\tHow we will know\n"
        "Visit Zac and Mollie at home, see Zac on his own and ask him about home\tSW Aaron Kettle\t"
        "Every 2 weeks (one unannounced each month)\tVisit records; Zac's own words recorded at each visit\n"
        "Tomas not to come to the family home or contact Gemma except through the agreed contact "
        "arrangements\tTomas Varga\tFrom 23/04/2025\tNo police call-outs to the address; Gemma and Zac "
        "report no contact to the SW\n"
        "Refer Gemma to the Ulverdale Domestic Abuse Service for an IDVA and a safety plan\t-\tASAP\t"
        "IDVA allocated and safety plan copied to SW\n"
        "Support Gemma with her anxiety and low mood through fortnightly appointments with her care "
        "coordinator\tUlverdale CMHT - Rob Sayer (care coordinator)\tFortnightly\tAttendance at appointments\n"
        "Tomas to complete the Ulverdale Change Programme (domestic abuse perpetrator programme)\t"
        "Tomas Varga\tStart by 02/06/2025, 24 weeks\tFacilitator's report to each core group and at the end "
        "of the programme\n"
        "Zac to have sessions with the school learning mentor about his feelings\tHeathfield Primary - "
        "Miss Okoro (learning mentor)\tWeekly\t\n"
        "Gemma to take Mollie to nursery 3 days a week\tGemma Varga\tFrom 05/05/2025\tNursery register "
        "shows Mollie in on 3 days each week\n"
        "Share information about any domestic abuse incident at the address\tProfessionals\tSame day\t"
        "Reviewed at core group\n"
        "Health visitor to check Mollie's development and speech\tHV Leah Dunmore\t\tASQ-3 completed and "
        "shared with SW\n"
        "\n"
        "CONTINGENCY PLAN:\n"
        "If there are further concerns a strategy discussion will be considered and the plan will be "
        "reviewed by the core group.\n"
        "\n"
        "CORE GROUP AND REVIEW:\n"
        "First core group: 07/05/2025, then every 4 weeks (04/06/2025, 02/07/2025).\n"
        "Review Child Protection Conference: 17/07/2025 at 2pm, Ulverdale Civic Centre, Room 4.\n"
        "\n"
        "Plan distributed to: Gemma Varga, Tomas Varga, SW, Heathfield Primary, Bright Start Nursery, HV, "
        "Ulverdale CMHT, Ulverdale Police DA Unit.\n"
    ),
    "findings": [
        F("W001", "Refer Gemma to the Ulverdale Domestic Abuse Service for an IDVA"),
        F("T002", "Refer Gemma to the Ulverdale Domestic Abuse Service for an IDVA"),
        F("H001", "Support Gemma with her anxiety and low mood through fortnightly appointments"),
        F("M001", "Zac to have sessions with the school learning mentor"),
        F("W002", "Share information about any domestic abuse incident at the address"),
        F("M002", "Share information about any domestic abuse incident at the address"),
        F("T001", "Health visitor to check Mollie's development and speech"),
        F("F002", "Gemma will feel less anxious and more confident to go out"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Landscape "What is the worry? | What will happen | Who | When | How will
#    we know it's working?" table, header and page footer; exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b7_vexmoor_worry_landscape_cardew.pdf",
    "doc_title": "Child Protection Plan - Ellis and Nova Cardew",
    "split": "tune",
    "template": "worry-what-who-when-how-landscape-paged",
    "description": (
        "Exemplary ICPC plan for a 10-year-old and a 2-year-old (mother's relapse to heroin use) in a "
        "landscape table 'What is the worry? | What will happen | Who | When | How will we know it's "
        "working?' with the worry merged down its rows; header and 'Page N of M' footer on every page. "
        "Named owners, real timescales, observable measures, the drug service asked for a prognosis, an "
        "aunt's help covered in a specific contingency, core group and review dates, legal planning."
    ),
    "landscape": True,
    "check_vmerge": 4,
    "header": "OFFICIAL-SENSITIVE | Vexmoor Borough Council Children's Services | CP plan ref VXM-25-1183",
    "footer": "Child protection plan – Ellis and Nova Cardew – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Children", "Ellis Cardew, born 21/09/2014 (10 years), Year 5 at Vexmoor Park Primary; "
                         "Nova Cardew, born 03/02/2023 (2 years)"),
            ("Mum", "Danielle Cardew (27), 40 Sallow Road, Vexmoor"),
            ("Nova's dad", "Kyle Brand, lives in Hatherby, sees Nova most Saturdays at his mum's"),
            ("Family who help", "Shona Cardew (maternal aunt), 21 Cobble Way; June Cardew (maternal grandmother)"),
            ("Conference", "Initial child protection conference, 08/05/2025 – category: neglect"),
            ("Social worker", "Hannah Achterberg, Vexmoor Safeguarding Team 1"),
        ]),
        ("h1", "Why Ellis and Nova have a plan"),
        ("p", "Danielle has been on a methadone programme since 2021. In March she started using heroin "
              "again. On 24/04/2025 Ellis rang Shona because he could not wake his mum; the ambulance crew "
              "found a used needle on the bathroom floor where Nova was playing. Ellis has been getting "
              "Nova up, giving her breakfast and putting her to bed on the days Danielle is unwell, and he "
              "has been late to school on 14 days since February. Nova has missed her 2-year check and has "
              "had no immunisations since she was one. Danielle loves the children, has told professionals "
              "honestly what happened and wants to get back on track."),
        ("h1", "What Ellis has told us and what we see for Nova"),
        ("p", "Ellis was seen on his own at school on 01/05/2025. He said: \"I don't mind doing Nova's "
              "breakfast but I get scared when Mum won't wake up.\" He said the best times are \"when Auntie "
              "Shona comes and we have pizza and Mum's normal\". He wants to go to football club again and "
              "does not want to move house. He asked that his teacher is not told \"all of it\". Nova was seen "
              "at home and at Shona's: she is a busy, smiley toddler who uses about ten words, points for "
              "what she wants and goes to Ellis, rather than to Danielle, when she falls over."),
        ("h1", "What we want for Ellis and Nova"),
        ("bullets", [
            "Ellis and Nova are always cared for by an adult who is not under the influence of drugs, and "
            "there are never drugs or needles where they can reach them.",
            "Ellis can be a 10-year-old: he is not in charge of Nova, gets to school on time and is back at "
            "football club.",
            "Nova's health and development are checked, her immunisations are up to date and her speech "
            "catches up.",
        ]),
        ("pagebreak",),
        ("h1", "The plan"),
        ("table", {
            "header": ["What is the worry?", "What will happen", "Who", "When",
                       "How will we know it's working?"],
            "widths": [4.6, 7.0, 4.2, 4.0, 5.9],
            "rows": [
                ["Danielle has used heroin again and a needle was left where Nova could reach it.",
                 "Assess Danielle's drug use, agree a treatment plan with her, and give a view on whether "
                 "she can stay drug-free and how long that is likely to take",
                 "Keyworker Ravi Sandhu, Vexmoor Recovery Partnership",
                 "Assessment by 30/05/2025, then keyworker sessions weekly",
                 "Written assessment and prognosis shared with the core group by 30/05/2025; weekly "
                 "attendance record sent to the SW"],
                [V,
                 "Supervised methadone and a urine drug test each week, with the results sent to the SW",
                 "Dr Olu Bankole, Recovery Partnership prescriber",
                 "Weekly; results to the SW every Monday",
                 "Every result on file; all tests negative for heroin from 01/06/2025"],
                [V,
                 "Check the flat at each visit, including the bathroom and bedrooms, for drugs, needles and "
                 "the locked sharps box",
                 "SW Hannah Achterberg",
                 "Every visit (weekly)",
                 "Visit checklist signed at each visit shows no drugs or needles and the sharps box locked"],
                ["Ellis has been looking after Nova and himself when Danielle is not well.",
                 "See Ellis on his own at school or at home, see Nova at home, and write down what Ellis "
                 "says about home",
                 "SW Hannah Achterberg",
                 "Weekly until the review conference, at least two visits a month unannounced",
                 "Visit records show both children seen and Ellis seen alone each week; Ellis's words in "
                 "each core group report"],
                [V,
                 "Young carers assessment for Ellis and a place at the Tuesday young carers group",
                 "Tessa Quill, Vexmoor Young Carers",
                 "Assessment by 23/05/2025; group weekly from 03/06/2025",
                 "Assessment report sent to the SW; Ellis's attendance at the group recorded and shared "
                 "each month"],
                [V,
                 "Check in with Ellis every morning and tell the SW the same day if he is late, hungry or "
                 "says he has been caring for Nova",
                 "DSL Gareth Ince, Vexmoor Park Primary",
                 "Every school day",
                 "Check-in log kept; any worry emailed to the SW the same day; lateness falls to no more "
                 "than 1 day a month"],
                ["Nova is behind with her speech, has missed her 2-year check and has had no immunisations "
                 "since she was one.",
                 "Do Nova's 2-year review at home and bring her immunisations up to date",
                 "HV Claire Fenwick",
                 "Review by 30/05/2025; immunisations by 30/06/2025",
                 "ASQ-3 scores and immunisation record shared with the SW; speech referral made if the "
                 "ASQ-3 shows a delay"],
                [V,
                 "Take Nova to her nursery place at Little Owls on Monday, Wednesday and Friday mornings",
                 "Danielle Cardew",
                 "From 19/05/2025, three mornings a week",
                 "Nursery register shows Nova in for 90% or more of her sessions"],
                ["Shona and June help a great deal, but nobody has agreed what happens on the days "
                 "Danielle is unwell.",
                 "Collect Ellis from school and Nova from home on Tuesdays and Thursdays and stay with them "
                 "until Danielle is back from her keyworker session",
                 "Shona Cardew (maternal aunt)",
                 "Every Tuesday and Thursday",
                 "School's pick-up book signed by Shona; Ellis tells the SW who collected him"],
                [V,
                 "Hold a family network meeting to agree who steps in if Danielle uses or Shona cannot help",
                 "FSW Liam Ord, family network coordinator",
                 "Meeting by 06/06/2025",
                 "Written family network plan signed by Danielle, Shona and June and shared with the core "
                 "group by 13/06/2025"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Danielle has a positive test for heroin or any drug not prescribed to her, is found under "
              "the influence while caring for the children, or drugs or needles are found in the flat, the "
              "SW will visit the same day and hold a strategy discussion within 24 hours. Ellis and Nova will "
              "stay with Shona at 21 Cobble Way (agreed at conference) until it is safe to go home. If Shona "
              "cannot care for them they will stay with June, and if neither can, the SW will arrange a foster "
              "placement for them together the same day. A second positive test, or any drugs found in the "
              "flat, will lead the SW to request a legal planning meeting within 5 working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every 4 weeks: 22/05/2025, 19/06/2025 and 17/07/2025, 10am at Vexmoor Park Primary.",
            "Review child protection conference: 07/08/2025, 10am, Vexmoor Civic Offices.",
            "If Danielle's tests are not consistently clear by the review conference, the team manager will "
            "request a legal planning meeting (PLO) before the review.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Northern Ireland UNOCINI family support / child protection plan with the
#    Gateway team and a Family Support Hub; exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b7_rathglennan_unocini_hub_devenney.md",
    "split": "tune",
    "template": "unocini-gateway-hub-domain-table-md",
    "description": (
        "Exemplary Northern Ireland Trust child protection plan for an 8-year-old and a 5-year-old "
        "(father hit the older child with a belt; his drinking) following a Gateway team referral and "
        "Family Support Hub involvement, with UNOCINI domain rows, a key worker, Addiction Team asked to "
        "report on change, grandmother-supervised contact covered in the contingency, core group and "
        "review case conference dates and a legal planning meeting."
    ),
    "text": """\
# Rathglennan Health and Social Care Trust
## Family Intervention Service – Child Protection Plan

| | |
|---|---|
| **Children** | Caoimhe Devenney, DOB 11/10/2016 (8); Rónán Devenney, DOB 27/02/2020 (5) |
| **Address** | 7 Tullyard Park, Rathglennan |
| **Parents** | Siobhán Devenney (mother); Paul Devenney (father, staying with his mother since 15/03/2025) |
| **Initial child protection case conference** | 09/04/2025 – both children's names placed on the Child Protection Register (physical abuse) |
| **Key worker** | Orla Mallon, social worker, Family Intervention Team (North) |
| **Chair** | Gerard Quinlan, Principal Social Worker |

### How the Trust became involved

The family first had help through the Rathglennan Family Support Hub in 2024, when a Family Friends
volunteer visited Siobhán weekly after she asked for help with the children's bedtimes. On
14/03/2025 Caoimhe showed her class teacher red marks on the backs of her legs and said her daddy
had hit her with his belt because she would not go to bed. The school contacted the Gateway team
the same day. A joint Article 66 investigation with the police followed and a UNOCINI assessment
was completed on 03/04/2025. Paul admitted hitting Caoimhe and said he had been drinking. He agreed
to leave the family home and is staying with his mother, Bernie Devenney.

### UNOCINI assessment – summary

- **Child's developmental needs:** Caoimhe is doing well at school but has become quiet and anxious,
  and asks her teacher whether "Daddy will be cross" about small things. Rónán has started wetting
  the bed again and hitting other children in P1.
- **Parents' or carers' capacity:** Siobhán has kept to the safety plan since March and has not let
  Paul into the house. Paul drinks heavily at weekends and says he uses physical punishment because
  "that's how I was reared". He is ashamed and wants to come home.
- **Family and environmental factors:** Bernie has supervised Paul's contact with the children
  every Saturday since 22/03/2025. Money is tight since Paul moved out.

### What Caoimhe and Rónán have said

Caoimhe (seen on her own at school, 07/04/2025) said: "I want Daddy to come home but I don't want
the belt. He's nice when he hasn't had beer." She said she feels safe with Mummy and Granny Bernie,
and that she would like to keep going to Irish dancing on Thursdays. Rónán (seen at home) drew
"Daddy's house" and "my house" and said he misses "wrestling with Daddy". His P1 teacher says he is
happiest on the days after Saturday contact.

### What we want for Caoimhe and Rónán

1. Caoimhe and Rónán are never hit, and are disciplined calmly by both parents.
2. Caoimhe and Rónán see their daddy every week, safely and sober, with another adult there until
   the core group agrees that is no longer needed.
3. Caoimhe is no longer anxious at school, and Rónán is dry at night and stops hitting other children.

### The plan

| UNOCINI domain | What will be done | Who | By when | How we will know |
|---|---|---|---|---|
| Child's developmental needs | See Caoimhe and Rónán at home and on their own, at least one visit in three unannounced, and record what they say | Key worker Orla Mallon | Every 2 weeks from 16/04/2025 | Visit records show both children seen alone; their words written into each core group report |
| Child's developmental needs | Weekly check-in with Caoimhe, a body map if any mark is seen, and a same-day call to the key worker | Designated teacher Mrs Eimear Cassidy, Carnbeg Primary School | Every Monday | Check-in notes on file; any mark reported to the key worker the same day |
| Child's developmental needs | Refer Rónán through the Family Support Hub to the Bright Steps play therapy project for six sessions | Key worker Orla Mallon | Referral by 25/04/2025; sessions to start by 30/05/2025 | Play therapist's summary of Rónán's sessions shared with the core group; school records fewer incidents of hitting |
| Parents' or carers' capacity | Complete the 12-week Calm Dads programme on non-violent discipline | Paul Devenney | Starts 06/05/2025; ends 22/07/2025 | Attendance register and the facilitator's end-of-programme report to the key worker |
| Parents' or carers' capacity | Assess Paul's drinking, agree a plan to reduce it, and report on whether he is making the changes needed and how long this is likely to take | Ciarán McKee, Rathglennan Community Addiction Team | Assessment by 16/05/2025, then fortnightly sessions | Written assessment, then a monthly update to the core group with breathalyser results |
| Parents' or carers' capacity | Keep Paul out of the family home and use only the agreed contact arrangements | Siobhán Devenney | Every day, from 09/04/2025 | Police log shows no calls to the address; the children tell the key worker at each visit whether Paul has been to the house |
| Family and environmental factors | Supervise Paul's contact with the children at her home every Saturday, 2pm to 5pm, and keep the contact record | Bernie Devenney (paternal grandmother) | Every Saturday | Contact record signed by Bernie and Paul and checked by the key worker at each visit |
| Family and environmental factors | Arrange a Family Friends volunteer to help Siobhán with the children's after-school and bedtime routine | Gemma Reid, Rathglennan Family Support Hub coordinator | Volunteer in place by 23/05/2025, then weekly visits | Volunteer visit log shared with the key worker each month |
| Family and environmental factors | Tell the key worker the same day about any call to the address or any contact by Paul outside the agreed arrangements | Constable Aoife Lennon, police Public Protection Unit | Same day | Police incident log shared with the key worker and brought to each core group |

### Contingency plan

If Paul comes to the family home, contacts the children outside the agreed arrangements, or either
child has an unexplained mark, Siobhán or the school will ring the key worker (or the Trust's out of
hours social work service) and the key worker will visit the same day; a strategy meeting will be
held within 24 hours. Saturday contact will stop until the strategy meeting. If Bernie cannot
supervise contact, is unwell or lets Paul take the children away from her house, contact will move to
Rathglennan Family Centre, supervised by Trust staff, within 7 days. If Siobhán lets Paul back into the
house, the key worker will request a legal planning meeting with the Trust's solicitor within 5
working days.

### Core group and review

- Core group: every 4 weeks – 23/04/2025, 21/05/2025 and 18/06/2025, 11am at Rathglennan Family Centre.
- Review child protection case conference: 09/07/2025, 10am, Tullyard House.
- If Paul has not completed the Calm Dads programme, or the Addiction Team report shows no change in his
  drinking by the review, the key worker will ask for a legal planning meeting to consider whether an
  application to court is needed.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Core group minutes whose actions are "Agreed: ..." paragraphs (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b7_wendleford_agreed_minutes_mortimer.docx",
    "doc_title": "Core Group Meeting - Lacey and Harley Mortimer",
    "split": "tune",
    "template": "minutes-agreed-paragraphs",
    "description": (
        "Core group minutes for a 7-year-old and a 4-year-old (mother's depression, debts, home "
        "conditions) in which each agenda item's discussion is followed by 'Agreed: ...' paragraphs, the "
        "actions, some with an owner and a date and some without. A passive 'will be chased', self-referrals "
        "and a money advice visit with no date or measure, 'as soon as possible', 'all core group members'; "
        "6 of 11 actions are the mother's own needs; an adult-only outcome; no legal step."
    ),
    "blocks": [
        ("title", "Core Group Meeting – Notes and Agreed Actions"),
        ("p", "Wendleford Borough Council – Children's Services, Child Protection Team East"),
        ("kv", [
            ("Children", "Lacey Mortimer (7), Wendleford Primary; Harley Mortimer (4), Tiny Steps Nursery"),
            ("Meeting", "Core group meeting 2, 21/05/2025, 10am, Wendleford Family Centre"),
            ("Present", "Jade Mortimer (mum); Marcus Thorne (SW, chair); Beth Collard (HV); Mrs Simran Kaur "
                        "(DSL, Wendleford Primary); Kelly Ames (Tiny Steps Nursery manager); Sian Pope "
                        "(Family Hub worker)"),
            ("Apologies", "Dr Faisal Amin (GP) – sent an update by email"),
            ("Notes", "Tanya Reeve, business support"),
        ]),
        ("h1", "Outcomes in the child protection plan (ICPC 29/04/2025)"),
        ("bullets", [
            "Lacey and Harley live in a clean, safe home with food in the cupboards every day.",
            "Harley's speech and toileting catch up so that he is ready for school in September 2026.",
            "Lacey gets to school on time and is not worrying about her mum during the day.",
            "Jade feels more positive and is on top of her bills.",
        ]),
        ("h1", "1. How Lacey and Harley are doing"),
        ("p", "Marcus has visited three times since conference. The kitchen was cleaner on the last visit "
              "and there was food in the fridge. Lacey told Marcus on her own that things are \"a bit better\" "
              "because Mum \"gets up now and does my hair\", but she still worries when Mum cries. Mrs Kaur "
              "said Lacey has been late 4 times since conference, compared with most days before. Kelly said "
              "Harley is happy at nursery but is still in nappies and uses only single words. Harley's "
              "speech and language referral from February has not been acknowledged."),
        ("p", "Agreed: Marcus (SW) will visit Lacey and Harley at home every week until the next core group, "
              "see Lacey on her own and record what she says."),
        ("p", "Agreed: Harley's referral to speech and language therapy will be chased."),
        ("p", "Agreed: Beth (HV) will agree a toileting plan for Harley with Jade and nursery by 06/06/2025 and "
              "bring Harley's completed toilet chart to the next core group."),
        ("h1", "2. Jade's health"),
        ("p", "Jade said her mood is still low most mornings and that she stopped her sertraline in April "
              "because it made her feel sick. Dr Amin's email said Jade has moderate depression and that he "
              "would like to see her. Jade said she would prefer talking therapy to tablets."),
        ("p", "Agreed: Jade will make an appointment with her GP about her low mood and medication by "
              "30/05/2025."),
        ("p", "Agreed: Jade will self-refer to Wendleford Talking Therapies."),
        ("p", "Agreed: Dr Amin (GP) will review Jade's treatment and write to Marcus by 13/06/2025 saying how "
              "her mood is and what treatment she has agreed."),
        ("h1", "3. Housing and money"),
        ("p", "Jade owes £1,240 in rent and £380 in council tax and has had a notice seeking possession. The "
              "flat has one bedroom for the three of them and Lacey and Harley share a mattress on the floor. "
              "Sian has started seeing Jade and said Jade is keen to get on top of things."),
        ("p", "Agreed: Jade will go to the Wendleford Money Advice drop-in about her rent arrears and council "
              "tax debt."),
        ("p", "Agreed: Marcus (SW) will help Jade with her application for a housing transfer as soon as "
              "possible."),
        ("p", "Agreed: Sian Pope (Family Hub) will do six weekly sessions with Jade on confidence and "
              "managing her money from w/c 02/06/2025 and send a session record to Marcus each fortnight."),
        ("p", "Agreed: Jade will apply to the Wendleford Household Support Scheme for beds for Lacey and Harley by "
              "06/06/2025 and show Marcus the confirmation email."),
        ("h1", "4. Anything else"),
        ("p", "Kelly said Harley had a small bruise on his shin on 16/05/2025; Jade said he fell off the "
              "slide at the park, which Harley also said. Nobody was worried about this."),
        ("p", "Agreed: all core group members will share any new concerns about Lacey or Harley with Marcus "
              "the same day."),
        ("h1", "5. Contingency plan (from conference, unchanged)"),
        ("p", "If Jade is found unable to care for the children because of her mood (for example still in bed "
              "when they are due at school or nursery), or the children are found without food, school or "
              "nursery will ring Marcus the same day and Marcus will visit that day. Lacey and Harley will "
              "stay with Jade's friend and neighbour Donna Pike, whose home has been checked, while a strategy "
              "discussion is held the same day."),
        ("h1", "6. Next meetings"),
        ("p", "Next core group: 18/06/2025, 10am, Wendleford Family Centre (then every 4 weeks). Review child "
              "protection conference: 22/07/2025, 1.30pm, Wendleford Civic Centre."),
    ],
    "findings": [
        F("W001", "Harley's referral to speech and language therapy will be chased"),
        F("T001", "Harley's referral to speech and language therapy will be chased"),
        F("M001", "Harley's referral to speech and language therapy will be chased"),
        F("M001", "Jade will make an appointment with her GP about her low mood"),
        F("T001", "Jade will self-refer to Wendleford Talking Therapies"),
        F("M001", "Jade will self-refer to Wendleford Talking Therapies"),
        F("T001", "Jade will go to the Wendleford Money Advice drop-in"),
        F("M001", "Jade will go to the Wendleford Money Advice drop-in"),
        F("T002", "Marcus (SW) will help Jade with her application for a housing transfer"),
        F("M001", "Marcus (SW) will help Jade with her application for a housing transfer"),
        F("W002", "all core group members will share any new concerns"),
        F("M001", "all core group members will share any new concerns"),
        F("F002", "Jade feels more positive and is on top of her bills"),
        F("F001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Not a plan: a multi-agency request for support (referral) form (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b7_yarlstow_referral_form_goddard.pdf",
    "doc_title": "Request for Support - Imani Goddard",
    "split": "tune",
    "template": "not-a-plan-referral-form",
    "description": (
        "Not a plan: a school's completed multi-agency request for support form for a 6-year-old, with "
        "the family's details, concerns, the child's and parent's views and consent, but no plan, "
        "actions, outcomes or contingency. Header and 'Page N of M' footer."
    ),
    "not_a_plan": True,
    "header": "OFFICIAL-SENSITIVE (when complete) | Yarlstow Children's Front Door",
    "footer": "Request for Support form v4.1 – Page {PAGE} of {NUMPAGES}",
    "blocks": [
        ("title", "Multi-Agency Request for Support"),
        ("p", "Yarlstow Council – Children's Front Door. Send the completed form securely to "
              "frontdoor@yarlstow.example or ring 01632 960 510 if you think a child is at immediate risk."),
        ("h1", "Section 1: About the referrer"),
        ("table", {
            "header": ["Field", "Details"],
            "widths": [5.0, 12.0],
            "rows": [
                ["Name and role", "Mrs Helen Barraclough, Designated Safeguarding Lead"],
                ["Agency", "St Aidan's Church of England Primary School, Yarlstow"],
                ["Phone / email", "01632 960 733 / h.barraclough@staidans.example"],
                ["Date of request", "02/05/2025"],
            ],
        }),
        ("h1", "Section 2: About the child and household"),
        ("table", {
            "header": ["Name", "Relationship", "Date of birth", "Address"],
            "widths": [4.0, 3.6, 3.0, 6.4],
            "rows": [
                ["Imani Goddard", "Child (subject)", "14/12/2018", "23 Ferrers Way, Yarlstow"],
                ["Stacey Goddard", "Mother", "09/07/1994", "23 Ferrers Way, Yarlstow"],
                ["Kofi Mensah", "Mother's partner", "Not known", "Stays at the address most nights"],
                ["Denise Goddard", "Maternal grandmother", "Not known", "Orchard Rise, Yarlstow"],
            ],
        }),
        ("kv", [
            ("Imani's father", "Not named; no contact"),
            ("First language / interpreter", "English / not needed"),
            ("Disability or additional needs", "None known; Imani wears glasses"),
            ("GP", "Ferrers Lane Surgery"),
        ]),
        ("h1", "Section 3: What are you worried about?"),
        ("p", "Since February Imani has come to school in the same uniform most days and it is often dirty "
              "and smells of smoke. She has had head lice on and off since Christmas. She is often hungry "
              "and asks the lunchtime staff for extra bread. Her attendance this year is 88% and she has "
              "been collected late (after 4pm) nine times since Easter, twice by a neighbour. On 29/04/2025 "
              "her class teacher saw a bruise about the size of a 50p on her upper arm; Imani said she "
              "\"banged it on the door\". Twice this term staff have noticed a smell of alcohol on Stacey at "
              "collection time. Stacey told me in March that she has been \"really down\" since losing her "
              "job and that Kofi \"helps out\" with Imani."),
        ("h1", "Section 4: What is working well?"),
        ("p", "Imani is a bright, funny girl who loves reading and is in the top group for phonics. She is "
              "clearly very fond of her mum and talks about her nan a lot. Stacey comes to parents' evenings "
              "and replied quickly when I rang her about the bruise. She has accepted free school meals and "
              "a uniform voucher."),
        ("h1", "Section 5: What does the child say?"),
        ("p", "Imani told her class teacher (30/04/2025): \"Mummy sleeps a lot in the day. Kofi makes my tea "
              "sometimes but sometimes we just have crisps.\" When asked what would make things better she "
              "said \"if Mummy was happy and I could go to Nana's more\"."),
        ("h1", "Section 6: Parent's views and consent"),
        ("kv", [
            ("Has the parent been told about this request?", "Yes – Stacey Goddard, by phone, 01/05/2025"),
            ("Does the parent consent to the request and to information being shared?",
             "Yes, verbal consent given to me on 01/05/2025"),
            ("Parent's views", "Stacey said she is \"struggling at the moment\" and would welcome help with "
                               "money and with Imani's hair and uniform. She does not think Imani is at risk."),
        ]),
        ("h1", "Section 7: Other agencies involved"),
        ("table", {
            "header": ["Agency", "Contact", "Involvement"],
            "widths": [5.0, 5.0, 7.0],
            "rows": [
                ["School nursing team", "Nurse Gill Parkes", "Saw Imani for a vision check in January"],
                ["Yarlstow Family Hub", "None yet", "Stacey has been given the Hub leaflet"],
                ["Ferrers Lane Surgery (GP)", "Not known", "Not contacted"],
            ],
        }),
        ("h1", "Section 8: What are you asking for?"),
        ("p", "I am asking the Front Door to look at whether Imani needs an assessment by children's social "
              "care or early help through the Family Hub. I have not completed an Early Help Assessment."),
        ("h1", "For Front Door use only"),
        ("kv", [
            ("Date received", "02/05/2025, 11:42"),
            ("Received by", "A. Nowak, Front Door practitioner"),
            ("Screening decision", "[not yet recorded]"),
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 8. Review child protection plan written as paragraphs under numbered
#    headings, mixing past progress and new actions (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b7_quillerton_review_numbered_rudd.txt",
    "split": "tune",
    "template": "review-plan-numbered-paragraphs",
    "description": (
        "Review CP plan for an 11-year-old and a 6-year-old (domestic abuse; mother's anxiety) written "
        "as paragraphs under numbered headings, with past progress sentences mixed among the new actions "
        "in 'The plan from today'. A passive with no agent, 'when she can', a mother's GP visit with no "
        "date, a referral held until the move and passed on to the new authority, 'monitor', no adult "
        "service owning an action, a 'further concerns ... discussed' contingency, no review date."
    ),
    "text": """\
QUILLERTON COUNCIL - CHILDREN'S SERVICES
Review Child Protection Conference - Child Protection Plan

Children: Skye Rudd (11, DOB 30/03/2014) and Jayden Rudd (6, DOB 18/09/2018)
Mother: Kirsty Rudd, 9 Marlpit Lane, Quillerton
Father: Wayne Rudd (not living at the address; non-molestation order until 14/03/2026)
Review conference: 10/06/2025 (first review)
Category: Emotional abuse
Social worker: Ellie Marchetti, Quillerton Safeguarding Team 2
Chair: Rosalind Ibbotson (IRO)

1. Reasons

Skye and Jayden were made subject to child protection plans on 12/03/2025 after
Wayne strangled Kirsty in the living room in front of both children. There had
been six police call-outs in the year before. Skye rang 999 herself on two of
those occasions. The conference today agreed that the children should remain on
plans under the category of emotional abuse because the family are about to move
and Kirsty has only recently finished the work on domestic abuse.

2. What has changed

Wayne left the family home in March and a non-molestation order was made on
14/03/2025. There have been no police call-outs since. Kirsty finished the
Speak Out domestic abuse programme on 02/05/2025 and told conference she now "sees the signs".
Skye's attendance has risen from 81% to 94%. Kirsty's GP diagnosed anxiety in
April after she described panic attacks since the court hearing; she has not
started any treatment yet. Kirsty has been offered a council tenancy in
Pellingham (Pellingham Borough Council's area), near her sister, and expects to move in late July.

3. The plan from today

Kirsty finished the Speak Out programme in May and the conference agreed she does
not need to repeat it. Kirsty will go to the monthly follow-up group at the
Quillerton Women's Centre, and the group worker will tell me if she misses a
session. I will carry on visiting Skye and Jayden every two weeks, seeing each of
them on their own, and my visit notes will record what they say. Wayne has had no
contact with the children since March. Contact between Wayne and the children
will be looked at again. Skye's school put her in the Time Out group in April,
which she says she likes. School will keep Skye in the group until the end of the
summer term and send me her attendance each half term. Jayden still wets the bed
most nights, and the school nurse will see him about this when she can. Kirsty
will ask her GP about treatment for her panic attacks. I will put Jayden's
referral to speech and language therapy on hold until the family have moved to
Pellingham, and pass it to the Pellingham social worker to pick up. Jayden's
class teacher, Mr Oduya, will monitor his behaviour in class each day. The
housing officer, Mr Dale Pritt, will confirm the moving date to me in writing by
27/06/2025.

4. What needs to be different by the next review

Skye and Jayden live somewhere Wayne cannot find them, with no violence or
threats. Skye stops feeling that she has to protect her mum and brother, and
keeps going to school every day. Jayden is dry at night and his speech is
checked.

5. Skye and Jayden's views

Skye told me on her own at school on 04/06/2025 that home is "loads calmer" and
she doesn't "listen at the door" any more. She is nervous about moving because
she wants to stay with her friends for Year 7. Jayden said he likes "Mum's
pancakes" and "no shouting". He said he sometimes dreams about "the bad night".

6. If things go wrong

If there are any further concerns, or Kirsty lets Wayne back into the house, this
will be discussed at the core group and a decision made about what happens next.

7. Meetings

The core group will meet every 6 weeks, next on 01/07/2025 at Marlpit Children's
Centre. The next review conference will be arranged once we know whether the
family are moving.

Ellie Marchetti
Social Worker, 10/06/2025
""",
    "findings": [
        F("W001", "Contact between Wayne and the children will be looked at again"),
        F("T001", "Contact between Wayne and the children will be looked at again"),
        F("M001", "Contact between Wayne and the children will be looked at again"),
        F("T002", "the school nurse will see him about this when she can"),
        F("M001", "the school nurse will see him about this when she can"),
        F("T001", "Kirsty will ask her GP about treatment for her panic attacks"),
        F("M001", "Kirsty will ask her GP about treatment for her panic attacks"),
        F("X001", "I will put Jayden's referral to speech and language therapy"),
        F("M001", "I will put Jayden's referral to speech and language therapy"),
        F("M002", "Mr Oduya, will monitor his behaviour in class each day"),
        F("F004"),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})
