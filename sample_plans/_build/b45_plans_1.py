"""Batch 45, module 1: seven fictional plans (tuning material), places beginning with "q".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: ordinary child protection plans as seven different English councils'
Word templates produce them (four .docx, one PDF of a Word plan, one markdown
copy and one plain-text copy): a front sheet of case details, then sections
in each council's own order and wording, with action tables whose columns
differ from council to council (an outcome column merged down, actions
numbered 1.1, 1.2 under outcome banners, a blank "Progress / RAG" column at
an initial conference). Neglect, domestic abuse, parental mental ill health
and substance misuse, a baby, a teenager at risk of exploitation and a
disabled child. Three are exemplary.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan, neglect, three children. Front sheet grid, then an action table
#    whose first column (the outcome) is merged down (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b45_quistleford_icpc_front_sheet_merged_outcome_neglect_gosling.docx",
    "doc_title": "Child Protection Plan - Gosling and Pollitt children",
    "split": "tune",
    "template": "icpc-council-word-template-front-sheet-four-column-grid-reason-strengths-lived-experience-then-outcome-for-the-children-merged-down-action-lead-person-completed-by-measure-success-table-contingency-core-group-bullets",
    "description": (
        "Initial conference plan for three children aged 8, 5 and 2 (neglect: home conditions, "
        "missed health care, poor school attendance; the mother's partner smokes cannabis daily). "
        "Front sheet grid, then a five-column table with the outcome merged down each group of "
        "rows. A passive home-conditions row with no lead and 'Improvement' as its measure, a "
        "family support row that is 'Ongoing' with 'Engagement', an 'All agencies' row, 'ASAP' "
        "immunisations, a dental row with no measure; grandmother and aunt carry school days but "
        "the contingency only says the core group will review; no legal step; no drug service "
        "owns an action."
    ),
    "check_vmerge": 3,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Quistleford Metropolitan Borough Council – Children and Families Directorate – "
              "Safeguarding and Support (West)"),
        ("table", {
            "header": ["FRONT SHEET", H, H, H],
            "widths": [3.4, 5.1, 3.4, 5.1],
            "bold_first_col": True,
            "rows": [
                ["Family name", "GOSLING / POLLITT", "LCS family ID", "FAM-0045218"],
                ["Children subject to a plan",
                 "Kayden Gosling, DOB 19/03/2017 (8)\nLacey-Mae Gosling, DOB 02/11/2019 (5)\n"
                 "Reggie Pollitt, DOB 14/04/2023 (2)",
                 "Category", "Neglect (all three children)"],
                ["Address", "27 Tanner's Row, Quistleford QT4 7BN", "Date of ICPC", "08/07/2025"],
                ["Mother", "Jodie Gosling (29)", "Mother's partner (Reggie's father)",
                 "Shane Pollitt (34), lives at the address"],
                ["Father of Kayden and Lacey-Mae", "Dean Gosling – lives in Spain, no contact since 2021",
                 "Conference chair", "Lorraine Fitch (IRO)"],
                ["Allocated social worker", "Adam Okoro, Safeguarding and Support (West)",
                 "Team manager", "Gill Marchbank"],
                ["Schools / early years", "Moorfield Primary (Kayden Y3, Lacey-Mae Reception)\n"
                 "Reggie not in a setting", "GP", "Moorfield Medical Centre"],
            ],
        }),
        ("h1", "1. Reason for the plan"),
        ("p", "The family has been known to Quistleford Children's Services since 2022 (two early help "
              "episodes, both closed when the family stopped taking part). This referral came from Moorfield "
              "Primary on 12/06/2025 after Lacey-Mae arrived at school with a burn on her forearm, which Jodie "
              "said was from a hair straightener left on the bedroom floor. The child and family assessment "
              "completed on 30/06/2025 found:"),
        ("bullets", [
            "The house smells strongly of dog urine and cannabis. Rubbish is bagged in the kitchen and the back "
            "yard, and there is dog mess in the yard where Reggie plays.",
            "Lacey-Mae sleeps on a mattress on the floor with no cover. Kayden shares his bed with Shane's dog.",
            "Kayden's attendance is 81% this school year and he has been late 29 times. Both school-age children "
            "often arrive hungry and wear the same uniform for several days.",
            "Reggie has missed his 2-year review twice and his pre-school immunisations are overdue. None of "
            "the children has seen a dentist.",
            "All three children have had head lice again and again since January.",
            "Shane smokes cannabis every day, in the house, and says it helps his back pain. Money is short "
            "and the electricity meter ran out twice in June.",
        ]),
        ("h1", "2. Strengths and protective factors"),
        ("p", "Jodie loves her children and they are warm and affectionate with her. She was open with the social "
              "worker about how hard things have been since Shane lost his job, and she let the social worker "
              "see every room. Jodie's mum, Pauline, lives two streets away and already has the children for tea "
              "some days. Shane's sister Leanne walks her own son to Moorfield Primary and has offered to take "
              "Kayden and Lacey-Mae with her. Kayden and Lacey-Mae are doing well with their reading and both "
              "have friends at school."),
        ("h1", "3. The children's lived experience"),
        ("p", "Kayden (seen on his own at school, 26/06/2025): \"Mum tries her best but there's never nothing in "
              "for breakfast. I don't like my bed because Tyson wees on it. I want my own room with a proper "
              "duvet like at Nana Pauline's.\" He put home at 4 on a 0 to 10 scale, and Nana's at 10."),
        ("p", "Lacey-Mae (seen at home, 01/07/2025) showed the social worker her mattress and called it \"my "
              "den\". She drew her family under a big sun and said the best thing at home is \"Nana's tea\" and "
              "the worst thing is \"nits\"."),
        ("p", "Reggie is 2 and says a few words (\"ta\", \"Mama\", \"doggy\"). On both home visits he was in a "
              "wet, heavy nappy, was drinking squash from a bottle and climbed over bags of rubbish to get to the "
              "social worker. He went to Jodie when he bumped his head and settled quickly on her knee."),
        ("h1", "4. Child protection plan"),
        ("p", "The outcome in the first column applies to every action beside it."),
        ("table", {
            "header": ["Outcome for the children", "Action", "Lead person", "Completed by",
                       "How we will measure success"],
            "widths": [3.2, 4.6, 3.0, 2.6, 3.6],
            "rows": [
                ["Kayden, Lacey-Mae and Reggie live in a home that is clean, warm and safe, with a bed each "
                 "and food in the cupboards.",
                 "Visit the children at home, with at least one unannounced visit each month; see Kayden and "
                 "Lacey-Mae on their own and look in all the bedrooms",
                 "Adam Okoro, social worker", "Every 2 weeks from 10/07/2025",
                 "Visit records show each child seen, the older two seen alone, and what was in the fridge "
                 "and on each bed"],
                [V, "Home conditions to be checked on every visit, including the kitchen, the children's "
                    "bedrooms and the back yard",
                 "", "Fortnightly", "Improvement in home conditions"],
                [V, "Work with Jodie at home on a daily routine: meals, bath and bedtimes, and getting the "
                    "children out to school",
                 "Tanya Greaves, family support worker, Quistleford Family Hub", "Ongoing",
                 "Engagement with sessions"],
                [V, "Buy a bed and bedding for Lacey-Mae and take the mattress off her bedroom floor",
                 "Jodie Gosling and Shane Pollitt (SW to apply to the Household Support Fund)",
                 "By 25/07/2025",
                 "SW sees Lacey-Mae's bed made up at the first visit after 25/07/2025"],
                [V, "Stop smoking cannabis in the house and keep any cannabis out of the children's reach",
                 "Shane Pollitt", "From 08/07/2025",
                 "No smell of cannabis and nothing found on any visit by the SW or FSW (recorded each time)"],
                [V, "Tell the SW the same day about any worry about how the children look, what they say or "
                    "the state of the house",
                 "All agencies", "Same day",
                 "Each concern logged on the children's LCS record with the date and what was done"],
                ["The children's health needs are met: appointments kept, head lice and teeth treated, and "
                 "Reggie's development checked.",
                 "2-year developmental review for Reggie, and a home visit to look at where he sleeps and "
                 "what he eats",
                 "Mel Stanton, health visitor", "By 01/08/2025, then monthly home visits",
                 "ASQ-3 scores and weight recorded in the red book and sent to the SW"],
                [V, "Give Reggie his outstanding pre-school immunisations",
                 "Mel Stanton, HV (to book at the Tanner's Row child health clinic)", "ASAP",
                 "Immunisation record updated; copy to the SW and HV"],
                [V, "Book and take all three children to the dentist for a check-up",
                 "Jodie Gosling", "By 31/08/2025", ""],
                [V, "Treat all three children for head lice and show Jodie how to wet-comb",
                 "Bev Ainsley, school nurse", "Within 2 weeks, then checked every fortnight",
                 "School nurse checks Kayden and Lacey-Mae at school each fortnight and writes down what "
                 "she finds"],
                ["Kayden and Lacey-Mae get to school every day, on time, fed and in clean clothes.",
                 "Check attendance and lateness every morning and ring Jodie by 9.30am if either child is "
                 "not in",
                 "Mrs Claire Whitby, attendance officer, Moorfield Primary", "Every school day",
                 "Register shows attendance and lates; weekly figures emailed to the SW each Friday"],
                [V, "Have Kayden and Lacey-Mae for tea after school and wash and dry their uniforms for the "
                    "next day",
                 "Pauline Gosling (maternal grandmother)", "Every Tuesday and Thursday",
                 "School notes that both children come in clean uniform on Wednesdays and Fridays"],
                [V, "Walk Kayden and Lacey-Mae to school with her own son",
                 "Leanne Pollitt (Shane's sister)", "Monday, Wednesday and Friday mornings in term time",
                 "Register shows both children in by 8.50am on those days"],
                [V, "Give Kayden and Lacey-Mae a free breakfast club place",
                 "Mr Ian Cole, DSL, Moorfield Primary", "From 03/09/2025 (first day of term)",
                 "Breakfast club register shows both children there each day"],
            ],
        }),
        ("h1", "5. Contingency arrangements"),
        ("p", "If the children's care does not improve, or the home conditions get worse, the core group will "
              "meet to review the plan and consider what else needs to happen. Jodie and Shane know that the "
              "social worker will discuss any further concerns with the team manager."),
        ("h1", "6. Core group and review"),
        ("bullets", [
            "Core group every 4 weeks: 22/07/2025, 19/08/2025 and 16/09/2025, 10am at Moorfield Primary.",
            "Review child protection conference: 30/09/2025, 1.30pm, Quistleford Town Hall, Committee Room 2.",
            "Core group notes and any changes to the plan sent to everyone within 5 working days of each "
            "meeting.",
        ]),
        ("p", "Plan agreed at conference on 08/07/2025. Chair: Lorraine Fitch. Copies to Jodie Gosling, Shane "
              "Pollitt and every agency listed above."),
    ],
    "findings": [
        F("W001", "Home conditions to be checked on every visit"),
        F("M002", "Home conditions to be checked on every visit"),
        F("T002", "Work with Jodie at home on a daily routine"),
        F("M002", "Work with Jodie at home on a daily routine"),
        F("W002", "Tell the SW the same day about any worry"),
        F("T002", "Give Reggie his outstanding pre-school immunisations"),
        F("M001", "Book and take all three children to the dentist"),
        F("F004"),
        F("C002"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. ICPC plan for a 9-week-old, mother with postnatal depression. Outcome
#    banner rows across the table, actions numbered 1.1, 1.2 ... Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b45_quenmarsh_icpc_outcome_banners_numbered_baby_threadgold.docx",
    "doc_title": "Child Protection Plan - Isaac Threadgold",
    "split": "tune",
    "template": "icpc-baby-word-template-details-two-column-grid-numbered-sections-isaacs-day-then-outcome-banner-rows-across-no-action-lead-timescale-evidence-of-progress-table-numbered-1-1-contingency-meetings-distribution",
    "description": (
        "Exemplary initial conference plan for a 9-week-old whose mother has postnatal depression and "
        "stopped her medication. Numbered sections; the action table has a full-width banner row for "
        "each outcome and actions numbered 1.1, 1.2 under it. Every action has a named lead, a date or "
        "frequency and evidence; the perinatal team reports on capacity to change, the GP owns the "
        "medication review, the grandmother's nights have a fallback, core group and review dates and "
        "a legal planning step are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan (Initial)"),
        ("p", "Quenmarsh Council · Children's Social Care · Locality Safeguarding Team South"),
        ("table", {
            "header": ["Details", H],
            "widths": [5.0, 12.0],
            "bold_first_col": True,
            "rows": [
                ["Child", "Isaac Threadgold, born 08/05/2025 (9 weeks)"],
                ["Lives at", "Flat 3, 41 Wharf Road, Quenmarsh QM2 6TT"],
                ["Mother", "Chloe Threadgold (24)"],
                ["Father", "Nathan Ibbotson (27), lives with Chloe and Isaac; scaffolder, works 7am to 4pm"],
                ["Maternal grandmother", "Denise Threadgold, lives in Quenmarsh (10 minutes by car)"],
                ["Category of plan", "Neglect"],
                ["Initial conference", "10/07/2025, Quenmarsh Civic Centre. Chair: Anand Bhatt (CP Chair)"],
                ["Social worker", "Daniel Aske (team manager: Rhona Ellery)"],
                ["Health visitor", "Farah Quadri, Wharf Road Health Centre"],
                ["GP", "Dr Simon Pargeter, Eastgate Surgery"],
            ],
        }),
        ("h1", "1. Why Isaac needs a protection plan"),
        ("p", "Chloe was diagnosed with postnatal depression when Isaac was 4 weeks old and prescribed sertraline. "
              "She stopped taking it after two weeks without telling anyone. At the 8-week check on 03/07/2025 "
              "she told the health visitor she had gone whole mornings without getting out of bed, that she had "
              "left Isaac crying in his basket \"for ages\" because she could not face him, and that she had "
              "thoughts of \"just walking out\". Isaac had dropped from the 50th to below the 25th centile. "
              "Nathan is at work from 6.30am and had not realised how long Isaac was going between feeds."),
        ("h1", "2. What is working well"),
        ("p", "Chloe told the health visitor how she was feeling, which took courage, and she agreed to a referral "
              "to the perinatal team the same day. Nathan has taken the night feeds since conference was called "
              "and keeps a note of them on his phone. Denise has offered to stay three nights a week. The flat is "
              "warm and clean, Isaac has everything he needs, and both parents want the plan to work."),
        ("h1", "3. Isaac's day: what we see"),
        ("p", "Isaac cannot tell us how things are for him, so this is what the health visitor and social worker "
              "have seen on five visits. In the evenings, when Nathan is home, Isaac is fed on time, held close "
              "and talked to; he watches Nathan's face and has started to smile back. On two morning visits he "
              "had been in his basket since his last feed, was crying hard and had a soaked nappy. When Chloe "
              "picked him up he calmed, but she held him facing away from her and did not talk to him. He is "
              "sleeping on his back in his Moses basket in his parents' room."),
        ("h1", "4. Outcomes and actions"),
        ("table", {
            "header": ["No.", "Action", "Lead", "Timescale", "Evidence of progress"],
            "widths": [1.1, 5.4, 3.4, 3.2, 3.9],
            "rows": [
                ["Outcome 1: Isaac is fed on time, gains weight along his centile and sleeps safely in his "
                 "Moses basket every night.", H, H, H, H],
                ["1.1", "Weigh Isaac and watch a feed at home; check his Moses basket is clear and used for "
                        "every sleep",
                 "HV Farah Quadri", "Weekly until 12 weeks old, then fortnightly",
                 "Weight plotted in the red book and staying at or above the 25th centile; safe sleep "
                 "checklist signed at each visit"],
                ["1.2", "Keep a feed and nappy chart for Isaac, filled in by whoever does each feed",
                 "Chloe Threadgold and Nathan Ibbotson", "Every feed, day and night",
                 "Chart seen and signed by the HV and SW at each visit; no daytime gap of more than 4 hours "
                 "between feeds"],
                ["1.3", "Stay overnight and do Isaac's night feeds so that Chloe can sleep",
                 "Denise Threadgold (maternal grandmother)",
                 "Monday, Wednesday and Friday nights until the review conference",
                 "Night feeds written on the chart by Denise; SW checks with Denise by phone every Friday"],
                ["Outcome 2: Isaac is looked after by a mum whose depression is treated and watched closely, "
                 "so that she can notice and answer his cues, and the adults around her act quickly if she "
                 "becomes more unwell.", H, H, H, H],
                ["2.1", "Assess Chloe and visit her weekly at home; give a written view on whether she can make "
                        "and keep the changes Isaac needs, and how long that is likely to take",
                 "Ruth Kavanagh, perinatal CPN, Quenmarsh Perinatal Mental Health Team",
                 "First visit by 18/07/2025; weekly after that; written report by 22/08/2025",
                 "EPDS score from each visit shared with the SW; capacity-to-change report to the core group "
                 "and the review conference"],
                ["2.2", "Restart and review Chloe's sertraline, and tell the CPN and SW if a repeat "
                        "prescription is not collected",
                 "Dr Simon Pargeter, GP, Eastgate Surgery",
                 "Review by 18/07/2025; collections checked every month",
                 "Medication review note sent to the SW; pharmacy collection dates sent to the CPN monthly"],
                ["2.3", "Write down with Chloe and Nathan the early signs that Chloe is becoming more unwell "
                        "and who Nathan rings about each one",
                 "SW Daniel Aske, with advice from the perinatal CPN", "By 25/07/2025",
                 "Signed early warning plan on the fridge and on Isaac's file; copies to the HV and GP"],
                ["Outcome 3: Isaac is seen often by people who know what to look for, and anything worrying "
                 "about his care is acted on the same day.", H, H, H, H],
                ["3.1", "Visit Isaac at home, including one unannounced morning visit and one evening visit each "
                        "month; see him awake and being fed or changed",
                 "SW Daniel Aske", "Every 10 working days",
                 "Visit records describe Isaac's care and how Chloe and Nathan respond to him"],
                ["3.2", "Tell the SW on the day about any missed HV, GP or perinatal appointment for Isaac or "
                        "Chloe",
                 "HV Farah Quadri (lead), with Eastgate Surgery reception", "Same day",
                 "Each missed appointment logged on Isaac's record with the date and what the SW did"],
                ["3.3", "Go to the four 'Understanding your baby' sessions at Quenmarsh Family Hub, including "
                        "the ICON session on coping with crying",
                 "Chloe Threadgold and Nathan Ibbotson", "Four Thursday sessions from 17/07/2025",
                 "Hub attendance register sent to the SW after the fourth session; HV sees them use the "
                 "crying plan at a visit"],
            ],
        }),
        ("h1", "5. Contingency plan"),
        ("p", "If Chloe tells anyone she has thoughts of harming herself or Isaac, stops her sertraline again, or "
              "is found unable to respond to Isaac while she is alone with him, the person who finds this will "
              "ring the perinatal crisis line (or 999) and tell the SW, or the emergency duty team out of hours. "
              "The SW will hold a strategy discussion the same day, and Isaac will be cared for by Nathan, with "
              "Denise staying at the flat, until Chloe has been assessed."),
        ("p", "If Denise is ill or cannot stay on one of her nights, Nathan will do the night feeds and Chloe will "
              "sleep in the other room. If neither Denise nor Nathan can be with Isaac when he needs them, the SW "
              "will arrange that day for Isaac to be looked after by approved foster carers."),
        ("p", "If Isaac's weight falls below the 9th centile, or Chloe and Nathan miss two visits in a row, the "
              "SW will ask the team manager for a legal planning meeting within 5 working days."),
        ("h1", "6. Core group and review"),
        ("bullets", [
            "Core group every 4 weeks: 24/07/2025, 21/08/2025 and 18/09/2025, 2pm at Wharf Road Health Centre.",
            "Review child protection conference: 02/10/2025, 10am, Quenmarsh Civic Centre.",
        ]),
        ("h1", "7. Who has a copy"),
        ("p", "Chloe Threadgold; Nathan Ibbotson; Denise Threadgold (with Chloe's agreement); HV Farah Quadri; "
              "Dr Simon Pargeter; Ruth Kavanagh (perinatal team); Quenmarsh Family Hub; CP Chair."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. ICPC plan for a 15-year-old at risk of criminal exploitation. Landscape
#    table with a "Progress / RAG" column left blank at the initial conference
#    (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b45_quarrendale_icpc_cce_blank_progress_rag_stannage.docx",
    "doc_title": "Child Protection Plan - Callum Stannage",
    "split": "tune",
    "template": "icpc-exploitation-word-template-landscape-labelled-front-sheet-concerns-callums-views-parents-views-strengths-numbered-outcomes-then-ref-what-will-we-do-who-is-responsible-target-date-how-will-we-know-blank-progress-rag-column",
    "landscape": True,
    "description": (
        "Initial conference plan for a 15-year-old going missing and being used to carry drugs "
        "(neglect category), with a younger sister at home. Landscape table with a 'Progress / RAG' "
        "column left blank at conference. Police disruption that is 'Ongoing' and 'Monitored through "
        "MACE', a youth worker 'as and when Callum is willing', a CAMHS referral with no measure, a "
        "school row 'TBC' and 'Reviewed at PSP meeting', a 'Professionals' row 'Throughout the plan', "
        "and one outcome about the mother's confidence. Contingency, legal step and dates are sound."
    ),
    "blocks": [
        ("title", "Child Protection Plan – Initial Child Protection Conference"),
        ("p", "Quarrendale Borough Council – Children's Services – Adolescent Safeguarding Team"),
        ("kv", [
            ("Child's name", "Callum Stannage"),
            ("Date of birth", "17/01/2010 (15)"),
            ("LCS ID", "QBC-771930"),
            ("Address", "12 Fennel Close, Quarrendale QR7 3LP"),
            ("School", "Quarrendale Academy, Year 10 (reduced timetable, mornings only since March)"),
            ("Lives with", "Nicola Stannage (mum) and Maisie Stannage (9), St Bede's Primary"),
            ("Father", "Gary Stannage, in Quarrendale, sees Callum every few weeks"),
            ("Category", "Neglect"),
            ("Date of ICPC", "15/07/2025"),
            ("Conference chair", "Bernadette Quill"),
            ("Social worker", "Kirsty Ahmed"),
        ]),
        ("h1", "Summary of concerns"),
        ("p", "Since February Callum has been reported missing eleven times, twice overnight. On 21/05/2025 he "
              "was found by police in Sheffield Road station car park with £340 in cash and two phones. On "
              "28/06/2025 he was found at a flat on Canal Street with two adult males known to police for "
              "supplying class A drugs; he had a cut to his hand he would not explain. Nicola has found new "
              "trainers and clothes she did not pay for. Callum's exploitation screening tool score is high. "
              "He was excluded for five days in March for bringing a knife into school and has been on a "
              "reduced timetable since."),
        ("p", "Nicola works shifts at a care home and Callum is often home alone in the evenings. Nicola does "
              "not always know where he is or who he is with, and she has given up setting a time to be home "
              "because \"he just laughs\". Maisie has told her teacher she is scared when Callum's friends come "
              "to the door."),
        ("h1", "Callum's views"),
        ("p", "Callum met the SW at McDonald's on 09/07/2025 and talked for 40 minutes. He said: \"I'm not being "
              "used, I'm just earning. Everyone round here does it.\" He said the cut on his hand was \"from a "
              "fence\". He said he would like to go back to school full time \"if they let me do mechanics\" and "
              "that he misses boxing. He said he feels \"on edge all the time\" and cannot sleep, and that he "
              "would talk to Dom at Switchback \"because he doesn't chat to the feds\". He asked that his mum "
              "not be told everything he says."),
        ("h1", "Parents' views"),
        ("p", "Nicola said she is frightened for Callum and exhausted, and feels that professionals blame her. She "
              "agrees with the plan. Gary did not attend; he told the SW by phone that Callum \"needs a kick up "
              "the backside\" but that he would have him at weekends if it helped."),
        ("h1", "Strengths"),
        ("bullets", [
            "Callum has a good relationship with Dom Sealey at Switchback and with his old boxing coach.",
            "Nicola reports Callum missing every time and answers the police and SW straight away.",
            "Maisie is doing well at school and has a trusted learning mentor.",
        ]),
        ("h1", "Outcomes"),
        ("numbers", [
            "Callum is not going missing, is not being used to carry or sell drugs and is not carrying a knife.",
            "Callum is back in full-time education or training that he wants to go to.",
            "Nicola will feel more confident setting boundaries for Callum.",
            "Maisie feels safe at home and knows who she can talk to.",
        ]),
        ("h1", "The plan"),
        ("p", "RAG key: R – not started or off track; A – started; G – done or on track. The Progress / RAG "
              "column is filled in at each core group."),
        ("table", {
            "header": ["Ref", "What will we do?", "Who is responsible?", "Target date",
                       "How will we know it's working?", "Progress / RAG"],
            "widths": [1.1, 7.2, 4.2, 3.4, 6.6, 3.2],
            "rows": [
                ["1", "See Callum on his own at least weekly, at home or somewhere he chooses, and talk about "
                      "where he goes, who with and what he is asked to do",
                 "Kirsty Ahmed, SW", "Weekly",
                 "Visit notes record Callum's own words and any new names or places; shared with the police "
                 "exploitation team within 24 hours", ""],
                ["2", "Return home interview after every missing episode, offered by a worker Callum knows",
                 "Esther Bright, Quarrendale Missing from Home Service",
                 "Within 72 hours of Callum coming home",
                 "RHI record on LCS within 72 hours; information passed to the police and SW", ""],
                ["3", "Report Callum missing to the police if he is not home by 10pm and cannot be reached on "
                      "his phone",
                 "Nicola Stannage", "By 10pm on any night Callum is not home",
                 "Police log numbers given to the SW; missing episodes counted and shown at each core group",
                 ""],
                ["4", "Disruption work around the flat on Canal Street, including Child Abduction Warning "
                      "Notices if the adults can be identified",
                 "Quarrendale Police, Child Exploitation Team (DS Paul Rennie)", "Ongoing",
                 "Monitored through MACE", ""],
                ["5", "Mentoring sessions with a Switchback youth worker, at times and places Callum agrees to",
                 "Dom Sealey, Switchback Youth Project", "As and when Callum is willing",
                 "Session notes shared with the SW each month", ""],
                ["6", "Referral to CAMHS for an assessment of Callum's low mood and poor sleep",
                 "Dr Anita Pell, GP, Canal Side Practice", "By 25/07/2025", "", ""],
                ["7", "Callum's reduced timetable to be looked at again with a view to adding more hours",
                 "Quarrendale Academy", "TBC", "Reviewed at PSP meeting", ""],
                ["8", "Write a safety plan with Nicola and Callum: what happens when Callum is late, locking "
                      "away cash and bank cards, and who to ring",
                 "Kirsty Ahmed, SW, with Nicola", "By 18/07/2025",
                 "Safety plan signed by Nicola and Callum, with a copy on file and on the fridge", ""],
                ["9", "Weekly check-in with Maisie at school about home and about her brother's friends",
                 "Mrs Dawn Hollis, learning mentor, St Bede's Primary", "Every Monday in term time",
                 "Check-in notes kept by the DSL; anything about home passed to the SW the same day", ""],
                ["10", "Share any sighting of Callum with older males or in cars people do not recognise",
                 "Professionals", "Throughout the plan",
                 "Each sighting logged on LCS with the time and place, and passed to the police", ""],
                ["11", "Apply for a summer place for Callum on the Quarrendale Fire Cadets course",
                 "Kirsty Ahmed, SW", "By 01/08/2025",
                 "Place confirmed in writing and Callum's attendance recorded by the course", ""],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Callum is missing overnight, is found with drugs, a weapon or large amounts of cash, or comes "
              "home injured, Nicola will ring 999 and the SW (or the emergency duty team) will hold a strategy "
              "discussion the same day. Police will visit the Canal Street address that night. Maisie will "
              "stay with Nicola's friend and neighbour, Sharon Kaye, if Nicola has to go out to look for Callum; "
              "if Sharon is not available, the emergency duty team will arrange care for Maisie."),
        ("p", "If Callum goes missing three or more times in a month, or is found carrying a knife again, the "
              "SW will ask the team manager for a legal planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("kv", [
            ("First core group", "29/07/2025, 4pm, Quarrendale Academy (then every 4 weeks: 26/08 and 23/09/2025)"),
            ("Review conference", "14/10/2025, 10am, Quarrendale Civic Hall"),
        ]),
        ("h1", "Distribution"),
        ("p", "Nicola Stannage; Gary Stannage; Callum (his own copy, explained by the SW); Quarrendale Police CET; "
              "Quarrendale Academy; St Bede's Primary; Switchback; Canal Side Practice; Missing from Home Service."),
    ],
    "findings": [
        F("T002", "Disruption work around the flat on Canal Street"),
        F("M002", "Disruption work around the flat on Canal Street"),
        F("T002", "Mentoring sessions with a Switchback youth worker"),
        F("M001", "Referral to CAMHS for an assessment of Callum's low mood"),
        F("T002", "Callum's reduced timetable to be looked at again"),
        F("M002", "Callum's reduced timetable to be looked at again"),
        F("W002", "Share any sighting of Callum with older males"),
        F("T002", "Share any sighting of Callum with older males"),
        F("F002", "Nicola will feel more confident setting boundaries for Callum."),
    ],
})


# ---------------------------------------------------------------------------
# 4. ICPC plan after domestic abuse, PDF of a Word plan with lettered parts,
#    a small table under each goal, header and page footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b45_quorlington_icpc_lettered_parts_goal_tables_da_oldroyd.pdf",
    "doc_title": "Child Protection Plan - Ella-Rose and Finley Oldroyd",
    "split": "tune",
    "template": "icpc-da-word-plan-printed-to-pdf-lettered-parts-a-to-h-case-details-grid-risk-summary-childrens-experience-then-goal-subheadings-each-with-task-person-responsible-start-finish-what-will-show-progress-table-paged",
    "description": (
        "Exemplary initial conference plan for a 7-year-old and a 3-year-old after their father's "
        "assault on their mother (father on bail, drinks heavily). A Word plan printed to PDF, in "
        "lettered parts, with a small task table under each goal and a header and page footer on "
        "every page. Every task has a named person, a start or finish and evidence; the alcohol "
        "service owns a task, the perpetrator programme reports, the contingency names triggers, "
        "a refuge and a relative with a fallback, legal planning is set and dates are fixed."
    ),
    "header": "OFFICIAL-SENSITIVE | Quorlington City Council | Children's Social Care",
    "footer": "Child Protection Plan – Oldroyd children – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Quorlington City Council – Safeguarding Children Service – Initial Child Protection Conference"),
        ("h2", "Part A: Case details"),
        ("table", {
            "widths": [3.6, 4.9, 3.6, 4.9],
            "bold_first_col": True,
            "rows": [
                ["Children", "Ella-Rose Oldroyd (7), DOB 04/02/2018\nFinley Oldroyd (3), DOB 29/09/2021",
                 "Category", "Emotional abuse"],
                ["Address", "9 Birch Row, Quorlington QL5 2DW", "Conference date", "16/07/2025"],
                ["Mother", "Samantha (Sam) Oldroyd (31)", "Father", "Craig Nuttall (35), living at his "
                 "mother's, 88 Kiln Lane; on police bail"],
                ["Social worker", "Marcia Edwards", "Chair", "Peter Lomas, Independent Reviewing Officer"],
                ["School / nursery", "Birch Row Primary (Ella-Rose, Year 2)\nLittle Acorns Nursery (Finley)",
                 "GP", "Dr Helen Marr, Kiln Lane Practice"],
            ],
        }),
        ("h2", "Part B: Summary of risk"),
        ("p", "On 31/05/2025 Craig came home drunk and assaulted Sam in the kitchen, pushing her into the cooker "
              "and punching her in the face, while Ella-Rose and Finley were in the next room. Ella-Rose ran to "
              "a neighbour to call the police. Craig was arrested and charged with assault occasioning actual "
              "bodily harm; his bail conditions stop him contacting Sam or going to Birch Row until his trial "
              "on 15/09/2025. Police have been called to the address four times in eighteen months. Craig drinks "
              "heavily at weekends and every incident has followed a night out. Sam scored 16 on the DASH risk "
              "checklist and the case was heard at MARAC on 12/06/2025."),
        ("h2", "Part C: What is going well"),
        ("p", "Sam called the police on 31/05/2025 and has supported the prosecution. She has changed her phone "
              "number, accepted the Sanctuary Scheme and is talking to an IDVA. Both children are warmly cared "
              "for, and school and nursery describe Sam as reliable and open. Sam's mother, Linda Oldroyd, lives "
              "in Ashwell and has offered to have the children if ever needed. Craig has said he wants help with "
              "his drinking and has asked about a course for fathers."),
        ("h2", "Part D: The children's experience"),
        ("p", "Ella-Rose (seen alone at school, 08/07/2025) drew her 'three houses'. In her house of worries she "
              "put \"Daddy shouting at Mummy\" and \"the police coming\". In her house of good things she put "
              "\"Mummy's pancakes\" and \"my rabbit Biscuit\". In her house of dreams she wrote \"Daddy stops "
              "drinking beer and says sorry\". She said she misses her dad but does not want him to live at home "
              "\"until he is kind\"."),
        ("p", "Finley does not talk about what happened. Nursery say that since June he has hidden under the "
              "table when other children shout, and has hit two children. At home he follows Sam from room to "
              "room and wakes most nights. He was seen laughing and playing cars with Sam on the SW's home visit "
              "and went to her at once when the doorbell rang."),
        ("h2", "Part E: The plan"),
        ("h3", "Goal 1 – Ella-Rose and Finley live free from violence and shouting, and know what to do and who "
               "to tell if they are frightened"),
        ("table", {
            "header": ["Task", "Person responsible", "Start – finish", "What will show progress"],
            "widths": [5.6, 3.8, 3.2, 4.4],
            "rows": [
                ["Visit the children at home, one visit a month unannounced, and see Ella-Rose alone using "
                 "her three houses",
                 "Marcia Edwards, SW", "From 17/07/2025, every 2 weeks",
                 "Visit records include Ella-Rose's three houses each month and what Finley is seen doing"],
                ["Complete a DASH risk assessment with Sam and keep her safety plan up to date, including "
                 "the part the children know",
                 "Hannah Soames, IDVA, Quorlington Domestic Abuse Service", "By 24/07/2025, then monthly",
                 "DASH score and updated safety plan sent to the SW after each review"],
                ["Fit a video doorbell and window locks and change the door locks at 9 Birch Row",
                 "Tony Harker, Quorlington Sanctuary Scheme", "By 31/07/2025",
                 "Work signed off by the Sanctuary Scheme; SW sees it on the next visit"],
                ["Put an urgent response marker on 9 Birch Row and check that Craig keeps to his bail "
                 "conditions",
                 "DC Jade Orme, Quorlington Police Domestic Abuse Unit",
                 "Marker by 18/07/2025; bail checked until the trial on 15/09/2025",
                 "Marker confirmed to the SW in writing; any breach reported to the SW within 24 hours"],
            ],
        }),
        ("h3", "Goal 2 – Ella-Rose and Finley understand what happened in words that fit their age, and are "
               "less frightened by raised voices and loud noises"),
        ("table", {
            "header": ["Task", "Person responsible", "Start – finish", "What will show progress"],
            "widths": [5.6, 3.8, 3.2, 4.4],
            "rows": [
                ["Six 'Helping Hands' sessions with Ella-Rose about feelings, worries and safe adults",
                 "Mrs Aisha Rahman, ELSA, Birch Row Primary", "Weekly for 6 weeks from 08/09/2025",
                 "ELSA session record; Ella-Rose's worry scale at the first and last session sent to the SW"],
                ["Watch Finley's play, sleep and talk at nursery and note any hiding, hitting or talk about "
                 "his dad",
                 "Holly Dean, key person, Little Acorns Nursery", "Every session (Monday to Wednesday)",
                 "Observation log sent to the SW every Friday"],
                ["Complete the Freedom Programme, including the sessions on how abuse affects children",
                 "Sam Oldroyd, with Quorlington Women's Centre", "12 weekly sessions from 22/07/2025",
                 "Attendance sheet to the SW each month; Sam talks through with the SW what she has noticed "
                 "about the children's fear"],
            ],
        }),
        ("h3", "Goal 3 – Any time the children spend with their dad is safe, planned and does not frighten them"),
        ("table", {
            "header": ["Task", "Person responsible", "Start – finish", "What will show progress"],
            "widths": [5.6, 3.8, 3.2, 4.4],
            "rows": [
                ["Supervise contact between Craig and the children at the family centre; no contact anywhere "
                 "else",
                 "Jean Marsh, contact supervisor, Quorlington Family Centre",
                 "Fortnightly on Saturday mornings from 26/07/2025",
                 "Written record of each session sent to the SW within 2 working days, including how the "
                 "children were before and after"],
                ["Alcohol key-work with Craig, with a breath test at each session and a written view on how "
                 "his drinking affects the risk to the children",
                 "Lee Dunn, Quorlington Recovery Partnership", "Weekly; written update before each core group",
                 "Breath test results and the written update read at every core group"],
                ["Suitability assessment, then the Caring Dads programme",
                 "Craig Nuttall; Owen Price, programme lead, reports to the SW",
                 "Assessment by 08/08/2025; 17 weekly sessions after that",
                 "Suitability assessment and mid-point report sent to the SW and the core group"],
            ],
        }),
        ("h2", "Part F: Contingency"),
        ("p", "If Craig comes to Birch Row, contacts Sam or the children outside the family centre, or there is "
              "any new incident, Sam will ring 999 and the police will treat it as a breach of bail. The SW (or "
              "the emergency duty team) will hold a strategy discussion the same day and contact at the family "
              "centre will stop until it has been reassessed. If Sam and the children cannot stay safely at "
              "Birch Row, the IDVA will arrange a refuge place through Quorlington Women's Aid that day, or the "
              "children will stay with their grandmother Linda in Ashwell. If Linda cannot have them, the SW will "
              "arrange for Ella-Rose and Finley to stay together with approved foster carers."),
        ("p", "If Sam lets Craig back into the home, or Craig breaches his bail twice, the SW will ask the team "
              "manager for a legal planning meeting within 5 working days."),
        ("h2", "Part G: Core group and review"),
        ("bullets", [
            "Core group every 4 weeks: 29/07/2025, 26/08/2025 and 23/09/2025, 3.30pm at Birch Row Primary.",
            "Review child protection conference: 09/10/2025, 10am, Quorlington City Hall, Room 14.",
        ]),
        ("h2", "Part H: Distribution"),
        ("p", "Sam Oldroyd; Craig Nuttall (Parts A, E and G only, with the address removed); Birch Row Primary; "
              "Little Acorns Nursery; Quorlington Police DAU; IDVA service; Quorlington Recovery Partnership; "
              "Quorlington Family Centre; Kiln Lane Practice."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Review plan for an 11-year-old autistic boy with epilepsy, mother drinking.
#    Markdown copy of a Word plan, communication passport section. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b45_quethwick_rcpc_disabled_child_md_copy_hebblethwaite.md",
    "split": "tune",
    "template": "rcpc-children-with-disabilities-word-plan-saved-as-markdown-front-sheet-table-communication-passport-worries-going-well-what-needs-to-be-different-numbered-then-no-outcome-what-who-when-how-we-check-table-short-breaks",
    "description": (
        "Exemplary review conference plan for an autistic, non-verbal 11-year-old with epilepsy whose "
        "mother is drinking heavily and whose 16-year-old brother has been doing his night care. A "
        "markdown copy of the Word plan: front sheet table, a communication passport section for his "
        "lived experience, numbered outcomes and a table with an outcome column. Every row has a "
        "named owner, a timescale and evidence; the alcohol service assesses and reports, the "
        "grandfather's Saturdays have a fallback, legal planning is named and dates are set."
    ),
    "text": """\
# Child Protection Plan – Review

**Quethwick County Council · Children with Disabilities Service**
*Copy of the Word plan saved for the shared drive, 25/07/2025. The signed Word version is on LCS.*

## Front sheet

| Field | Detail |
|---|---|
| Child | Oliver (Ollie) Hebblethwaite, DOB 06/03/2014 (11) |
| Address | 3 Mill Croft, Quethwick QW9 1HS |
| School | Quethwick Brook School (special school), Class 6 |
| Lives with | Gemma Hebblethwaite (mum) and Harvey Hebblethwaite (brother, 16) |
| Other family | Ray Hebblethwaite (Gemma's dad), flat in Quethwick town centre |
| Category | Neglect (plan began 10/04/2025) |
| Conference | First review child protection conference, 24/07/2025 |
| Social worker | Tom Hebden, Children with Disabilities Team |
| Chair | Yvonne Castle, CP Chair |

## Ollie's communication passport (how Ollie tells us things)

Ollie is autistic, has a severe learning disability and epilepsy. He does not use speech.
He uses about 40 PECS symbols and some Makaton signs ("more", "finished", "drink",
"home"). When he is happy he flaps his hands and hums; when he is upset he bites his wrist
and pulls at his hair.

At school on 14/07/2025 he was shown symbols for the people and places in his week. He
put "happy" next to Grandad, school and the swimming pool, and "sad" next to "home –
night". He signed "finished" when shown a photo of the kitchen at home. At home on
18/07/2025 he sat close to Harvey on the sofa and hummed; when Gemma raised her voice he
went to his room and pulled at his hair. At Larchfield House he sleeps through the night
and eats his whole breakfast.

Harvey (seen alone, 16/07/2025) said: "I do his meds at night if Mum's had a drink. I
don't mind but I'm knackered for college. I just want someone to do the nights."

## What we are worried about

- Gemma has been drinking heavily since her divorce in 2023. Since April she has said she
  drinks a bottle of wine most evenings and more at weekends.
- Ollie has missed his evening valproate at least six times since April (school blood
  levels were low in June) and had two long seizures at home in May. On one of them Harvey
  gave the emergency medicine because Gemma was asleep.
- When Ollie is distressed Gemma has held him down on the floor; school found bruising on
  his upper arms on 02/06/2025.
- Harvey is doing much of Ollie's night care and is missing college.

## What is going well

- Gemma has not missed a school day for Ollie and keeps his uniform and equipment in good
  order. She went to her first alcohol appointment on her own.
- Ollie loves Grandad Ray, who has him every Saturday, is trained in his care and does not
  drink.
- Ollie's overnight short breaks at Larchfield House have started and he settles well there.
- School know Ollie very well and use a home–school book every day.

## What needs to be different for Ollie

1. Ollie gets his epilepsy medicine on time every day and is looked after by a sober adult
   who can give his emergency medicine.
2. Ollie is helped when he is distressed in a way that keeps him safe and does not hurt him.
3. Ollie gets enough sleep, food and short breaks, and Harvey stops doing his night care.

## The plan

| No. | Outcome | What | Who | When | How we check |
|---|---|---|---|---|---|
| 1 | 1 | Give Ollie his valproate at 8am and 8pm and tick the medicine chart | Gemma Hebblethwaite | Twice a day, every day | Chart checked by the epilepsy nurse and SW at each visit; school sees the morning dose ticked in the home–school book |
| 2 | 1 | Check Ollie's valproate blood levels and seizure diary, and train Ray to give buccal midazolam | Claire Bassey, epilepsy nurse specialist, Quethwick Children's Hospital | Blood levels by 31/07/2025; training by 15/08/2025 | Blood result and signed training record sent to the SW |
| 3 | 1 | Alcohol assessment and weekly key-work with Gemma, with breath tests, and a written view on whether she can keep her drinking at a level where she can care for Ollie safely | Dawn Pilling, recovery worker, Quethwick Drink and Drug Service | Assessment by 22/08/2025, weekly key-work after that | Breath test results and a written update to each core group; assessment report to the next review conference |
| 4 | 1 | Visit Ollie at home, one visit a month at teatime and one at bedtime, and watch his care using his communication passport | Tom Hebden, SW | Every 2 weeks | Visit records describe Ollie's mood, signs and care, and the medicine chart |
| 5 | 1 | Write in the home–school book each day about Ollie's sleep, medicine, mood and any marks on his body; ring the SW the same day about any injury or missed dose | Mr Darren Uttley, class teacher, Quethwick Brook School | Every school day | Home–school book and body maps kept at school; SW emailed the same day about any concern |
| 6 | 2 | Moving and handling and sensory assessment, with a safer way to help Ollie when he is distressed instead of holding him on the floor | Wendy Ashdown, occupational therapist, Quethwick Children's Therapies | By 29/08/2025 | Written handling plan shared with Gemma, school, Larchfield and the SW; SW sees Gemma use it on a visit |
| 7 | 3 | Overnight short breaks for Ollie at Larchfield House | Priya Mann, short breaks co-ordinator | Two nights a month from 01/08/2025 | Larchfield stay records and Ollie's "how was my stay" PECS sheet sent to the SW |
| 8 | 3 | Young carers assessment for Harvey and a written plan for what he stops doing for Ollie at night | Nadia Crewe, Quethwick Young Carers | By 15/08/2025 | Assessment and plan sent to the SW; Harvey tells the SW what has changed |
| 9 | 3 | Have Ollie every Saturday at his flat, with his medicine and emergency kit | Ray Hebblethwaite (grandfather) | Every Saturday, 10am to 4pm | Saturday book signed by Ray and Gemma, with Ray's seizure record for the day |
| 10 | 3 | Check Ollie's weight and growth and whether he is eating enough on his limited diet | Dr Kamala Iyer, community paediatrician | Clinic appointment by 12/09/2025 | Clinic letter with weight, height and centiles sent to the GP and SW |

## If things go wrong

- If Ollie has a seizure and the adult with him cannot give his emergency medicine, they
  ring 999 straight away.
- If Gemma is found drunk while she is the only adult with Ollie, if Ollie misses two doses
  of valproate in a week, or if he has any injury that is not explained, the adult who finds
  it will ring Tom (or the emergency duty team). Tom will hold a strategy discussion the
  same day and Ollie will stay with Ray until it is safe for him to go home.
- If Ray is not well enough or is away, the emergency duty team will arrange an emergency
  stay for Ollie at Larchfield House that night; if Larchfield has no bed, Ollie will stay
  with approved foster carers trained in his epilepsy care.
- Harvey will not be left to look after Ollie overnight while the plan is in place.
- If Gemma has two positive breath tests in a month, or Ollie has another unexplained
  bruise, Tom will ask the team manager for a legal planning meeting within 5 working days.

## Core group and review

- Core group every 6 weeks at Quethwick Brook School: 05/08/2025, 16/09/2025 and 28/10/2025, 3.45pm.
- Second review child protection conference: 20/11/2025, 10am, Quethwick County Hall.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. ICPC plan for a toddler, parents using heroin and crack cocaine. A plain
#    text copy of a Word plan (tables saved with tabs), actions 1.1 ... under
#    three outcomes (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b45_quaysholme_icpc_word_saved_as_text_tabbed_sugden.txt",
    "split": "tune",
    "template": "icpc-word-plan-saved-as-plain-text-underlined-headings-front-sheet-label-tab-value-lines-alfies-world-then-tab-separated-no-action-lead-by-success-looks-like-rows-under-outcome-lines",
    "description": (
        "Initial conference plan for a 22-month-old whose parents use heroin and crack cocaine "
        "(father on methadone). A Word plan saved as plain text: underlined headings, front sheet "
        "as label-tab-value lines, and the action table as tab-separated rows numbered 1.1, 1.2 "
        "under outcome lines. Hair strand tests with no lead, key-work 'Ongoing' with 'Engagement', "
        "an HV check 'As soon as possible', budgeting support 'As required' with no measure, and an "
        "'All professionals' row to keep an eye on Alfie 'Throughout'. The paternal grandmother and "
        "an uncle carry much of the plan but the contingency only sends Alfie to the grandmother, and "
        "the review conference is 'to be arranged'."
    ),
    "text": """\
QUAYSHOLME COUNCIL
Children's Services - Safeguarding and Family Support
CHILD PROTECTION PLAN
=====================

FRONT SHEET
-----------
Child:\tAlfie Sugden
Date of birth:\t11/09/2023 (22 months)
Address:\tFlat 14, Lantern Court, Dock Street, Quaysholme QY1 4RF
Mother:\tDanielle Sugden (26)
Father:\tKieran Shaw (30)
Paternal grandmother:\tCarol Shaw, 5 Ropery Lane, Quaysholme
Maternal uncle:\tLewis Sugden, Lantern Court (Flat 6)
Category of abuse:\tNeglect
Date of ICPC:\t17/07/2025
Chair:\tGraham Ostler
Social worker:\tJoanne Platt (Team 3, Dock Street Office)
Health visitor:\tNisha Grewal
LCS number:\t1188043


1. WHY WE ARE WORRIED
---------------------
On 04/06/2025 police executed a drugs warrant at Lantern Court looking for a man who had
been staying there. They found wraps of heroin and crack cocaine in the kitchen drawer, burnt
foil and a used needle on the living room floor, and Alfie asleep in his cot in the same room.
Danielle told the social worker she smokes crack "a couple of times a week" and has used
heroin since she was 19. Kieran has been on a methadone script since 2024 and says he has
not used on top since Christmas, but police found his methadone bottle on the bathroom floor
without its lid. Alfie has missed his 1-year immunisations and his 2-year review. Rent
arrears are over £1,800 and there has been no gas for three weeks.

2. WHAT IS WORKING WELL
-----------------------
Danielle and Kieran were honest about their drug use once it was found. Kieran collects his
methadone every day. Carol Shaw sees Alfie most days and he is close to her. Lewis lives in
the same block and is drug free. Alfie is a sturdy, well-grown little boy and his clothes and
cot were clean on both visits.

3. ALFIE'S WORLD
----------------
Alfie has about 15 words and says "Nana" and "Dada" clearly. On the first home visit
(12/06/2025) he played with a car on the living room floor a foot from where the police had
found the needle. He ran to Kieran when the social worker arrived and hid behind his legs,
then brought her his car. At Carol's house (visit 02/07/2025) he went straight to the toy
box, asked for "biscuit" and ate a full tea at the table. Carol says he sleeps through at her
house but wakes two or three times a night at home. He is still on a bottle of milk at bedtime.

4. WHAT NEEDS TO CHANGE FOR ALFIE
---------------------------------
1. Alfie lives in a home where no drugs or drug equipment can be reached by him and the adults
   caring for him are not under the influence.
2. Alfie's health and development needs are met, including his immunisations and his 2-year
   review.
3. Alfie always has a safe, sober adult around him, day and night.

5. ACTION PLAN
--------------
No.\tAction\tLead\tBy\tSuccess looks like
Outcome 1 - a home free from drugs and drug equipment
1.1\tVisit Alfie at home every week, unannounced at least twice a month, and check every room for drugs, foil and needles he could reach\tJoanne Platt, SW\tWeekly\tVisit record notes each room checked and where Alfie was
1.2\tKeep all drugs, methadone and equipment in the locked box provided and never use in the flat when Alfie is there\tDanielle Sugden and Kieran Shaw\tFrom 17/07/2025\tSW sees the locked box, locked, on every visit
1.3\tHair strand tests for both parents (3 month window)\t\tBy 30/09/2025\tResults shared with the core group
1.4\tSubstance misuse key-work sessions for Danielle at the Hub\tQuaysholme Recovery Hub\tOngoing\tEngagement
1.5\tTake methadone at the pharmacy under supervision and keep the take-home dose locked away\tKieran Shaw\tDaily\tPharmacy record of supervised doses sent to the SW each week
Outcome 2 - Alfie's health and development
2.1\tDevelopmental check for Alfie and catch up his immunisations\tNisha Grewal, HV\tAs soon as possible\tASQ-3 scores and immunisation record sent to the SW
2.2\tTake up the funded 2-year-old nursery place at Dockside Nursery for 3 days a week\tDanielle Sugden\tFrom 03/09/2025\tNursery register sent to the SW every month
2.3\tSupport Danielle and Kieran with budgeting and debts\tFamily support worker\tAs required\t
Outcome 3 - a safe adult around Alfie
3.1\tHave Alfie to stay every Friday night and take him to the Saturday toddler group\tCarol Shaw (PGM)\tEvery Friday night\tCarol texts the SW each Saturday and the toddler group keeps a register
3.2\tCall in at teatime to check Alfie has been fed and bathed and the parents are sober\tLewis Sugden (uncle)\tTuesdays and Thursdays\tLewis signs the sheet on the fridge each time
3.3\tEveryone to keep an eye on Alfie's presentation and share concerns\tAll professionals\tThroughout\tMonitored by all agencies

6. CONTINGENCY
--------------
If Danielle or Kieran are found under the influence while caring for Alfie, if drugs or
equipment are found where he can reach them, or if a hair strand test shows heroin or crack
cocaine use after 17/07/2025, Alfie will go to Carol's house that day and Joanne will hold a
strategy discussion the same day. If Alfie cannot safely return home within a week, Joanne
will ask the team manager for a legal gateway meeting.

7. CORE GROUP AND REVIEW
------------------------
Core group: every 4 weeks, first meeting 31/07/2025, 10am, Dock Street Office.
Review child protection conference: to be arranged.

Plan agreed at the initial conference on 17/07/2025 and typed up by Joanne Platt.
""",
    "findings": [
        F("W001", "Hair strand tests for both parents (3 month window)"),
        F("T002", "Substance misuse key-work sessions for Danielle at the Hub"),
        F("M002", "Substance misuse key-work sessions for Danielle at the Hub"),
        F("T002", "Developmental check for Alfie and catch up his immunisations"),
        F("T002", "Support Danielle and Kieran with budgeting and debts"),
        F("M001", "Support Danielle and Kieran with budgeting and debts"),
        F("W002", "Everyone to keep an eye on Alfie's presentation"),
        F("T002", "Everyone to keep an eye on Alfie's presentation"),
        F("M002", "Everyone to keep an eye on Alfie's presentation"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Review plan for two children whose mother has bipolar disorder. Word
#    template with numbered worries, outcome refs O1-O3 and start / complete by
#    columns (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b45_quellbrook_rcpc_outcome_ref_start_complete_bipolar_blamire.docx",
    "doc_title": "Child Protection Plan - Amara and Theo Blamire",
    "split": "tune",
    "template": "rcpc-word-template-summary-box-numbered-key-worries-strengths-wishes-and-feelings-outcomes-o1-o3-then-outcome-ref-what-will-be-done-lead-agency-and-worker-start-complete-by-how-will-we-know-table",
    "description": (
        "First review conference plan for a 12-year-old and a 7-year-old whose mother has bipolar "
        "disorder and was detained in April. Numbered worries, outcomes labelled O1 to O3 and an "
        "action table with Outcome ref, Start and Complete by columns. The CMHT care co-ordinator "
        "only supports, with 'mood is stable' as the measure; the psychiatrist only reviews lithium; "
        "a young carers assessment 'when a worker becomes available'; school to 'keep an eye on' Theo "
        "with 'Monitored by school'; a peer group 'when she feels ready' with no measure; one outcome "
        "is the mother's; the grandmother and uncle carry the plan but the contingency has no fallback "
        "if the grandmother cannot step in."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Quellbrook City Council – Children, Young People and Families – Review Child Protection Conference"),
        ("table", {
            "header": ["Summary", H],
            "widths": [5.0, 12.0],
            "bold_first_col": True,
            "rows": [
                ["Children", "Amara Blamire (12), DOB 23/08/2012, Quellbrook High School (Year 7)\n"
                             "Theo Blamire (7), DOB 15/05/2018, Harlow Road Primary (Year 2)"],
                ["Address", "52 Larkspur Avenue, Quellbrook QB3 8JN"],
                ["Parent", "Rachel Blamire (38)"],
                ["Father", "Father not involved; no contact since 2019"],
                ["Family network", "Eileen Blamire (maternal grandmother), Old Mill Lane, Quellbrook; "
                                   "Mark Blamire (maternal uncle), Hadley"],
                ["Plan started", "ICPC 29/04/2025 – category: neglect"],
                ["This conference", "First review, 22/07/2025 – plan continues"],
                ["Social worker", "Beth Nolan, Quellbrook Family Safeguarding Team"],
                ["Chair", "Ian Dewhurst"],
            ],
        }),
        ("h1", "Key worries"),
        ("numbers", [
            "Rachel has bipolar affective disorder. In April she became manic after stopping her lithium, "
            "was awake for four nights, spent over £3,000 on credit and left the children alone overnight "
            "while she drove to the coast. She was detained under section 2 on 26/04/2025 and discharged "
            "on 30/05/2025.",
            "While Rachel was unwell Amara (then 12) cooked, got Theo to school and hid her mum's car keys. "
            "She has missed 14 days of school since March.",
            "Theo has been wetting the bed again and has become clingy and tearful at school.",
        ]),
        ("h1", "Strengths"),
        ("p", "Rachel has taken her lithium every day since discharge and her last two blood levels were in "
              "range. She talks openly with the children about her illness and agreed to a relapse plan. "
              "Eileen looked after both children during Rachel's admission and collects Theo from school. "
              "Mark takes Amara to football every Saturday. The house is warm and clean and the children are "
              "well cared for when Rachel is well."),
        ("h1", "Amara and Theo's wishes and feelings"),
        ("p", "Amara (seen alone at Eileen's, 10/07/2025): \"I don't want to go through that again. I check her "
              "tablets every morning. I want someone else to be in charge if she gets ill, not me.\" She said she "
              "likes football and her friend Keira, and would like to talk to someone about her mum who "
              "\"isn't a social worker\"."),
        ("p", "Theo (seen at home, 15/07/2025) said his mum was \"poorly in her brain\" and \"the hospital "
              "fixed it\". He drew Mum, Nana Eileen and himself holding hands, and said he feels safe \"when "
              "Nana is there too\". He said he worries Mum will \"go away again\"."),
        ("h1", "Outcomes"),
        ("kv", [
            ("O1", "Amara and Theo are looked after every day by an adult who is well enough to care for them, "
                   "and are never left alone overnight."),
            ("O2", "Rachel's mental health will be stable and she will take her medication as prescribed."),
            ("O3", "Amara is at school every day, does not have to look after her mum or her brother, and both "
                   "children understand their mum's illness."),
        ]),
        ("h1", "Action plan"),
        ("table", {
            "header": ["Outcome ref", "What will be done", "Lead agency and worker", "Start", "Complete by",
                       "How will we know?"],
            "widths": [1.6, 4.6, 3.2, 2.0, 2.2, 3.4],
            "rows": [
                ["O1", "Visit the children at home every fortnight, including one evening visit a month, and "
                       "see Amara and Theo on their own",
                 "Beth Nolan, SW", "22/07/2025", "Every 2 weeks until review",
                 "Visit records include each child's own words and how Rachel presented"],
                ["O2", "Care co-ordination visits to Rachel to support her with her mood and medication",
                 "Leon Barr, care co-ordinator, Quellbrook CMHT (North)", "22/07/2025", "Fortnightly",
                 "Rachel's mood is stable"],
                ["O2", "Review Rachel's lithium dose and blood levels at outpatient clinic",
                 "Dr Judith Oyelaran, consultant psychiatrist, Quellbrook CMHT (North)", "Next clinic "
                 "12/08/2025", "Every 3 months",
                 "Lithium levels kept within the therapeutic range; clinic letter copied to the GP"],
                ["O3", "Young carers assessment for Amara, including what she does at home and who she can "
                       "talk to",
                 "Quellbrook Young Carers Service", "TBC",
                 "When a worker becomes available",
                 "Assessment and support plan sent to the SW and to Rachel"],
                ["O3", "Explain Rachel's illness to Amara and Theo in words they understand, and what they "
                       "should do and who they ring if she becomes unwell",
                 "Beth Nolan, SW, with Rachel", "22/07/2025", "29/08/2025",
                 "Each child can tell the SW who they would ring; Amara has the numbers in her phone"],
                ["O3", "Theo's class teacher to keep an eye on him and let the SW know of any worries",
                 "Harlow Road Primary", "22/07/2025", "Daily", "Monitored by school"],
                ["O1", "Collect Theo from school and give both children their tea",
                 "Eileen Blamire (maternal grandmother)", "22/07/2025", "Monday to Thursday in term time",
                 "School collection log signed by Eileen"],
                ["O1", "Take Amara to football and have her for Saturday lunch",
                 "Mark Blamire (maternal uncle)", "26/07/2025", "Every Saturday",
                 "Mark texts the SW each Saturday evening; Amara tells the SW how Saturdays go"],
                ["O2", "Rachel to go to the Mood Matters peer support group",
                 "Rachel Blamire", "-", "When she feels ready", ""],
                ["O2", "Apply for a review of Rachel's PIP award and a breathing space on her debts",
                 "Rachel Blamire, with Sunita Rao, Quellbrook Welfare Rights", "22/07/2025", "15/08/2025",
                 "Decision letter and debt advice letter seen by the SW"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Rachel stops taking her lithium, sleeps for less than four hours on two nights running, starts "
              "spending large sums or talks about driving off again, Amara or Eileen will ring the CMHT crisis "
              "line and the SW (or the emergency duty team). Eileen will move into 52 Larkspur Avenue that day "
              "and look after Amara and Theo, and the SW will hold a strategy discussion the same day."),
        ("p", "If Rachel is detained again, or the children are left without an adult overnight, the SW will ask "
              "the team manager for a legal planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 6 weeks: 05/08/2025, 16/09/2025 and 28/10/2025, 4pm at Harlow Road Primary.",
            "Second review child protection conference: 18/11/2025, 1.30pm, Quellbrook Council House.",
        ]),
        ("p", "Plan updated at the review conference on 22/07/2025. Copies to Rachel Blamire, Eileen Blamire, "
              "Quellbrook CMHT (North), Harlow Road Primary, Quellbrook High School and Quellbrook Young Carers."),
    ],
    "findings": [
        F("H001", "Care co-ordination visits to Rachel to support her"),
        F("M002", "Care co-ordination visits to Rachel to support her"),
        F("H001", "Review Rachel's lithium dose and blood levels"),
        F("T002", "Young carers assessment for Amara, including what she does"),
        F("M002", "Theo's class teacher to keep an eye on him"),
        F("T002", "Rachel to go to the Mood Matters peer support group"),
        F("M001", "Rachel to go to the Mood Matters peer support group"),
        F("F002", "Rachel's mental health will be stable and she will take her medication as prescribed."),
        F("C003"),
    ],
})
