"""Batch 61, module b: seven fictional plans (tuning material), places beginning with "b".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: how progress is measured, written every way practitioners write it -
measure columns under unusual headers ("Evidence of change", "What will tell
us it is working", "We will see", "Proof"), measures inside the action
sentence itself, a separate section of checks after the actions, numbers and
thresholds ("attendance above 95%", "25th centile"), measures that name who
checks and where it is recorded; vague measures written naturally ("monitor",
"see how things go", "improvement", "engagement", "keep an eye on", "feels
better", "reviewed at core group") and missing ones (an empty cell, a dash,
"N/A", a cell that only repeats the action). Three plans are exemplary, one of
them a case-system export whose measures are all implicit in the action text
but observable.
"""
from build_batch5 import F

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan for a 9-week-old, mother's postnatal depression;
#    table with an "Evidence of change" column holding thresholds, who checks
#    and where it is recorded (docx, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b61_bramwick_icpc_evidence_of_change_kowalska.docx",
    "doc_title": "Child Protection Plan - Lena Kowalska",
    "split": "tune",
    "actions": 8,
    "template": "icpc-baby-docx-kv-details-lived-experience-then-no-what-who-when-evidence-of-change-table-thresholds-and-who-checks",
    "description": (
        "Initial conference plan for a 9-week-old whose mother has severe postnatal depression and once "
        "went seven hours without feeding her. No. | What needs to happen | Who | By when / how often | "
        "Evidence of change table whose last column gives thresholds (EPDS below 13, 25th centile, no gap "
        "over 4 hours on the feed chart), who checks and where it is recorded. The perinatal team reports "
        "on Ania's capacity to change, the aunt's cover has a fallback, dates and legal step set. "
        "A one-page summary of the same checks for each core group follows the table. "
        "Exemplary."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Bramwick Borough Council · Children's Services · Early Help and Safeguarding Hub, Team 2"),
        ("kv", [
            ("Child", "Lena Kowalska, born 02/09/2025 (9 weeks at conference)"),
            ("Mother", "Ania Kowalska (27)"),
            ("Father", "Tomasz Nowak (30); lives with Ania and Lena and has parental responsibility"),
            ("Address", "Flat 6, Larkspur House, Canal Street, Bramwick"),
            ("Conference", "Initial child protection conference, Tuesday 04/11/2025, Bramwick Civic Centre"),
            ("Category", "Neglect"),
            ("Social worker", "Daniel Oyelaran"),
            ("Chair", "Margaret Osei-Bonsu, Child Protection Chair"),
        ]),
        ("h1", "Why Lena needs a plan"),
        ("p", "Ania was diagnosed with postnatal depression at 4 weeks and was started on sertraline by the GP. "
              "On 21/10/2025 Tomasz came home from an early shift at 2.30pm and found Ania in bed and Lena in "
              "her Moses basket, soaked and screaming; Ania could not remember when Lena had last been fed and "
              "the feed chart had nothing on it after 7.15am. Lena missed her 8-week immunisations the same day. "
              "The Bramwick Perinatal Mental Health Team saw Ania on 28/10/2025: her EPDS score was 21 and she "
              "told them she sometimes \"can't see the point of getting up\". She has not had thoughts of "
              "harming Lena. Ania's sister Marta has been coming round on Tomasz's early shifts since then."),
        ("h1", "Lena's day, as we have seen it"),
        ("p", "Lena cannot tell us what she feels, so this is what the health visitor, the SW and the perinatal "
              "nurse have seen on seven visits since 21 October. She is bottle-fed, takes about 120 ml every "
              "three to four hours and was 4.1 kg on 30/10/2025, just under the 25th centile (she was born on "
              "the 50th). She is a quiet baby who does not cry for long before giving up, which worries the "
              "health visitor. She brightens and kicks when Tomasz talks to her and follows his face; with "
              "Ania she is calmer when Ania holds her upright against her shoulder, and on 30 October she "
              "smiled at Ania for the first time the HV has seen. She sleeps in a Moses basket beside her "
              "parents' bed."),
        ("h1", "What is going well"),
        ("bullets", [
            "Ania and Tomasz both came to conference, and Ania told the perinatal team herself how low she had "
            "been.",
            "Since 21 October the feed chart has been filled in every day and there has been no gap of more than "
            "four and a half hours.",
            "Marta has been at the flat for every one of Tomasz's early shifts, and Tomasz has swapped to lates "
            "where he could.",
        ]),
        ("h1", "What we want for Lena by the review conference"),
        ("bullets", [
            "Lena is fed every three to four hours, day and night, and grows back up towards her birth centile.",
            "Lena is never left with no adult well enough to care for her; when Ania is too low, someone else "
            "is there.",
            "Lena's health checks and immunisations are up to date.",
            "Lena cries for help and gets it: the adults around her notice her cues and respond to them.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["No.", "What needs to happen", "Who", "By when / how often", "Evidence of change"],
            "widths": [1.0, 5.2, 3.3, 3.2, 4.3],
            "rows": [
                ["1",
                 "Home visits with Ania to review her depression and her sertraline, and a written report "
                 "before each core group on whether her mood is lifting enough for her to care for Lena on "
                 "her own, what still needs to change and how long that is likely to take",
                 "Kerry Lund, perinatal CPN, with Dr Ruth Adeyemi, consultant, Bramwick Perinatal Mental "
                 "Health Team",
                 "Fortnightly from 10/11/2025; first report by core group 1 (18/11/2025)",
                 "EPDS score recorded at each visit (21 on 28/10/2025; below 13 would show real change). "
                 "Report read at each core group and kept on Lena's file"],
                ["2",
                 "Weigh Lena at home and check her feeding, her sleep position and her nappies",
                 "HV Sian Pryce, Bramwick 0-19 Service",
                 "Weekly until 12 weeks old (25/11/2025), then fortnightly until the review conference",
                 "Weight plotted in the red book and the HV record; Lena on or above the 25th centile by "
                 "the review. HV texts each weight to the SW the same day"],
                ["3",
                 "Keep Lena's feed chart on the fridge: time of each feed, how much she took and who fed her",
                 "Ania and Tomasz",
                 "Every feed, day and night",
                 "No gap of more than 4 hours on the chart. SW and HV photograph the chart at each visit"],
                ["4",
                 "Be at the flat on each of Tomasz's early shifts, so that Lena is never alone with Ania "
                 "while Ania is this unwell",
                 "Marta Kowalska (maternal aunt)",
                 "6am until Tomasz is home, every early shift (Tomasz sends the SW his rota each Friday)",
                 "Marta signs the sheet by the door when she arrives and leaves; SW checks it against the "
                 "rota at each visit"],
                ["5",
                 "See Lena awake and being handled, look at where she sleeps, and speak with Ania and "
                 "Tomasz separately",
                 "SW Daniel Oyelaran",
                 "Weekly until the review conference; at least one visit in three unannounced",
                 "Visit record says how Lena was, where she slept and what each parent said; written up "
                 "within 2 working days"],
                ["6",
                 "Give Lena her missed 8-week immunisations and see Ania for her postnatal review, including "
                 "how the sertraline is suiting her",
                 "Dr Hamid Qureshi, Bramwick Road Surgery",
                 "By 21/11/2025",
                 "Vaccines in the red book; GP letter to the SW and HV after Ania's review"],
                ["7",
                 "Parenting assessment of Ania and Tomasz looking at Lena's feeding and sleep and at how each "
                 "of them reads and answers her cues",
                 "SW Daniel Oyelaran",
                 "Start w/c 10/11/2025; finish by 09/01/2026",
                 "Written assessment with recommendations, shared with Ania, Tomasz and the core group by "
                 "16/01/2026"],
                ["8",
                 "\"Getting to know your baby\" group and baby massage for Ania and Lena at Hollybank "
                 "Children's Centre",
                 "Jodie Marsh, family worker, Hollybank Children's Centre",
                 "Thursdays 10am for 6 weeks from 13/11/2025",
                 "Attendance register; Jodie's notes on how Ania responds when Lena cries, sent to the SW "
                 "after weeks 3 and 6"],
            ],
        }),
        ("h1", "How the core group will judge progress"),
        ("p", "For each core group the SW will put together one page showing:"),
        ("bullets", [
            "Lena's weights since the last meeting, plotted against the 25th centile line (from the HV record);",
            "the longest gap between feeds in each week (from the chart photos);",
            "Ania's EPDS scores and the perinatal team's written view on her capacity to change;",
            "how many of Tomasz's early shifts Marta covered, checked against his rota.",
        ]),
        ("p", "Daniel will use these pages to write his recommendation to the review conference."),
        ("h1", "Contingency plan"),
        ("p", "If there is a gap of more than 6 hours between Lena's feeds, if her weight falls below the 9th "
              "centile, or if Ania says she has thoughts of harming herself or Lena or stops her sertraline, "
              "Tomasz will stay at home with Lena (his manager at Fenner Logistics has agreed emergency carer's "
              "leave), the perinatal team will see Ania the same day (the crisis team out of hours), and the SW "
              "or the emergency duty team will hold a strategy discussion that day."),
        ("p", "If Marta cannot cover an early shift, she will tell Tomasz and the SW the evening before. Tomasz "
              "will then not leave Lena with Ania: Lena will spend the day with her paternal grandparents, Jan "
              "and Ewa Nowak, in Kelby, who have agreed to this. If none of them can have her, the SW will "
              "arrange a foster placement that day."),
        ("p", "If Lena is left with no adult well enough to care for her twice before the review conference, or "
              "her weight is still below the 25th centile at the core group on 13/01/2026, the SW will ask the "
              "team manager for a legal planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("p", "Core group every 4 weeks at Bramwick Road Surgery, 1.30pm: Tuesday 18/11/2025, Tuesday 16/12/2025 "
              "and Tuesday 13/01/2026. Review child protection conference: Tuesday 27/01/2026, 10am, Bramwick "
              "Civic Centre."),
        ("p", "Plan typed by Daniel Oyelaran (SW) on 05/11/2025 and sent to Ania, Tomasz, Marta and every agency "
              "named above. Ania's copy has been translated into Polish."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First core group record; six-week plan with a "What will tell us it is
#    working" column that is often vague or missing (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b61_blackthorne_core_group_working_column_ashby.docx",
    "doc_title": "Core Group 1 Record and Plan - Kian and Ivy Ashby-Cole",
    "split": "tune",
    "actions": 11,
    "template": "core-group-1-record-docx-present-updates-then-no-action-lead-timescale-what-will-tell-us-it-is-working-table",
    "description": (
        "First core group record for a 4-year-old and a 17-month-old (neglect, mother's anxiety and "
        "depression under the CMHT). No. | Action | Lead | Timescale | What will tell us it is working. "
        "Good cells give counts and records ('two working alarms seen by the SW', 'attendance above 90%'); "
        "the faults are all in how progress is measured: 'Monitor home conditions', 'See how things go' "
        "and 'Good engagement from Jade and Kian' (M002), an empty cell, 'N/A' and a cell that only "
        "repeats the assessment (M001). Also the CMHT only treating (H001, with an attendance measure), "
        "'All professionals' (W002), 'Ongoing' (T002), and a contingency that only meets to discuss, with "
        "no legal step (C002, R002)."
    ),
    "blocks": [
        ("title", "Core Group Meeting – Record and Plan"),
        ("p", "Blackthorne District Council · Children and Families · Safeguarding Team South"),
        ("kv", [
            ("Children", "Kian Ashby-Cole (4), nursery class, Wrenfield Primary; Ivy Ashby-Cole (17 months), at "
                         "home"),
            ("Parents", "Jade Ashby (26) and Ryan Cole (29), both at the address"),
            ("Address", "22 Heron Walk, Blackthorne"),
            ("Meeting", "Core group 1, Monday 01/12/2025, 10am, Blackthorne Family Hub"),
            ("Plan since", "Initial child protection conference 19/11/2025, category neglect"),
            ("Chair of core group", "Hannah Birch, social worker (HB)"),
        ]),
        ("h2", "Present"),
        ("p", "Jade Ashby (JA), Ryan Cole (RC), Hannah Birch SW (HB), Rosie Tait HV (RT), Lucy Greaves family "
              "support worker (LG), Mrs Dee Okoye nursery teacher and DSL, Wrenfield Primary (DO), Owen Price "
              "care coordinator, Blackthorne CMHT (OP). Apologies: Priya Menon, speech and language therapist "
              "(report sent)."),
        ("h2", "Updates"),
        ("p", "HB: visited 24/11 and 28/11. Both times the kitchen floor was sticky and there were dirty "
              "nappies in a bag by the back door. Ivy was in a cot with no sheet. The window in the children's "
              "bedroom is cracked and taped up."),
        ("p", "DO: Kian has been in nursery 78% of sessions this term and is collected late about once a week. "
              "He is often hungry at snack time. His speech is hard to understand and he gets cross when adults "
              "do not follow him."),
        ("p", "RT: Ivy's 12-month review was never done. She is walking, but her weight has dropped from the "
              "50th to the 25th centile since June."),
        ("p", "OP: Jade has been open to the CMHT since August with anxiety and depression. She is on "
              "sertraline and has started CBT. She finds mornings very hard and some days does not get up until "
              "Ryan comes home at lunchtime."),
        ("p", "JA and RC said they felt the conference was fair. Ryan said he did not realise how much Jade was "
              "struggling while he was at work."),
        ("h2", "Kian and Ivy"),
        ("p", "Kian (seen with DO at nursery, 27/11): he pointed to a picture of a house and said \"my house "
              "messy, Mummy sleeping\". He likes the bikes at nursery and asked HB if he could have \"more "
              "toast\". Ivy was seen at home on both visits: she crawled straight to Ryan when he came in and "
              "held her arms up to him, and on 28/11 she ate a yoghurt and a banana quickly and cried when the "
              "packet was empty."),
        ("h2", "What we want for Kian and Ivy"),
        ("bullets", [
            "Kian and Ivy have three meals a day and Ivy's weight goes back up towards the 50th centile.",
            "The children live in a clean home with a safe bedroom and a proper cot for Ivy.",
            "Kian goes to nursery every session, is collected on time and gets help with his speech.",
        ]),
        ("h2", "The plan until the review conference"),
        ("table", {
            "header": ["No.", "Action", "Lead", "Timescale", "What will tell us it is working"],
            "widths": [1.0, 5.4, 3.4, 3.0, 4.2],
            "rows": [
                ["1", "Home visits, some unannounced, to see Kian and Ivy and look at the kitchen, the "
                      "bathroom and the children's bedroom",
                 "SW Hannah Birch", "Weekly until the review conference",
                 "Monitor home conditions"],
                ["2", "Continue CBT sessions and medication reviews with Jade for her anxiety and low mood",
                 "Owen Price, care coordinator, Blackthorne CMHT", "Weekly",
                 "Jade attends every session (CMHT diary)"],
                ["3", "Complete a parenting assessment of Jade and Ryan, looking at routines, supervision and "
                      "meals",
                 "SW Hannah Birch", "By 30/01/2026",
                 "Parenting assessment completed"],
                ["4", "Do Ivy's overdue 12-month review, with an ASQ-3, and weigh her",
                 "HV Rosie Tait", "By 19/12/2025",
                 ""],
                ["5", "Report the cracked bedroom window and the broken extractor fan to Blackthorne Homes "
                      "and ask for an urgent repair",
                 "Ryan Cole", "By 05/12/2025",
                 "N/A"],
                ["6", "Help Jade and Ryan set up a morning and bedtime routine for Kian and Ivy",
                 "FSW Lucy Greaves", "Twice a week for 6 weeks from 03/12/2025",
                 "See how things go"],
                ["7", "Speech and language therapy sessions for Kian at Wrenfield clinic, with Jade there to "
                      "learn the exercises",
                 "Priya Menon, SALT", "Fortnightly from 08/01/2026",
                 "Good engagement from Jade and Kian"],
                ["8", "Tell the SW the same day about any hunger, bruising, or the children being left "
                      "without an adult awake",
                 "All professionals", "Same day",
                 "Each concern logged on the children's file by the SW"],
                ["9", "Record Kian's attendance, whether he arrives fed, and who collects him and when",
                 "Mrs Dee Okoye, Wrenfield Primary nursery", "Ongoing",
                 "Nursery register shows attendance above 90%; arrival and collection sheet copied to the SW"],
                ["10", "Home fire safety visit and fit smoke alarms on both floors",
                 "Blackthorne Fire and Rescue, Home Safety Team", "By 19/12/2025",
                 "Two working alarms seen by the SW at her next visit"],
                ["11", "Review Jade's sertraline dose and write to the SW on how her mood is affecting her "
                       "care of Kian and Ivy",
                 "Dr Sara Lindqvist, Heron Lane Surgery", "By 12/12/2025",
                 "GP letter on the children's file before core group 2"],
            ],
        }),
        ("h2", "If things don't improve"),
        ("p", "If things do not get better, or there are further worries about Kian and Ivy, the core group will "
              "meet earlier to discuss the plan and consider what else can be done."),
        ("h2", "Next meetings"),
        ("p", "Core group 2: Monday 05/01/2026, 10am, Blackthorne Family Hub. Core group 3: Monday 02/02/2026, "
              "same time and place. Review child protection conference: Wednesday 18/02/2026, 2pm, Blackthorne "
              "Council Offices."),
        ("p", "Record written by HB and circulated on 02/12/2025. Corrections to HB within 5 working days."),
    ],
    "findings": [
        F("M002", "look at the kitchen, the bathroom and the children's bedroom"),
        F("H001", "Continue CBT sessions and medication reviews with Jade"),
        F("M001", "looking at routines, supervision and meals"),
        F("M001", "Do Ivy's overdue 12-month review, with an ASQ-3"),
        F("M001", "Report the cracked bedroom window and the broken extractor fan"),
        F("M002", "set up a morning and bedtime routine for Kian and Ivy"),
        F("M002", "Speech and language therapy sessions for Kian at Wrenfield clinic"),
        F("W002", "any hunger, bruising, or the children being left"),
        F("T002", "whether he arrives fed, and who collects him and when"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Review conference plan with a "We will see" column; father's drug use
#    owned only by himself; review date "to be confirmed" (paged PDF)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b61_brindlemoor_rcpc_we_will_see_rourke.pdf",
    "doc_title": "Review Child Protection Conference Plan - Kayla, Mason and Rio Rourke",
    "split": "tune",
    "actions": 10,
    "template": "rcpc-plan-paged-header-footer-numbered-sections-then-what-who-when-we-will-see-table",
    "description": (
        "First review conference plan for a 13-year-old, a 9-year-old and a 2-year-old (neglect, father's "
        "cannabis and cocaine use). What | Who | When | We will see table. Good cells give thresholds and "
        "records ('attendance above 95% this half-term, from 86%', 'nursery register and arrival sheet'); "
        "faults: 'Improvement in home conditions' and 'Reviewed at core group' (M002), 'N/A' and '-' "
        "(M001), a blank Who (W001), a blank When (T001), the father's drug use owned by nobody but "
        "himself (F004), and the next review conference 'to be confirmed' (R001). Header and page footer."
    ),
    "header": "Brindlemoor Metropolitan Borough Council – Children's Services – OFFICIAL-SENSITIVE",
    "footer": "RCPC plan – Rourke – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Review Child Protection Conference – Plan"),
        ("kv", [
            ("Children", "Kayla Rourke (13), Year 9, Brindlemoor Academy; Mason Rourke (9), Year 5, Moorside "
                         "Primary; Rio Rourke (2), at home"),
            ("Parents", "Stacey Rourke (33) and Dean Rourke (36), 7 Foundry Close, Brindlemoor"),
            ("Conference", "First review child protection conference, Wednesday 14/01/2026, 10am, Brindlemoor "
                           "Town Hall"),
            ("Initial conference", "15/10/2025, category neglect"),
            ("Social worker", "Amira Haddou"),
            ("Chair", "Colin Feather, Independent Chair"),
        ]),
        ("h1", "1. What has happened since the initial conference"),
        ("p", "The home is still very cluttered. On the SW's visits on 02/12/2025 and 06/01/2026 there was no "
              "clean bedding in Mason's room, the kitchen bin was overflowing and Rio was walking about in a "
              "full nappy. Mason's attendance last term was 86% and he was late 14 times. Kayla has been "
              "getting Rio up and giving him breakfast before school and has been late to registration most "
              "days. Kayla and Mason both have untreated tooth decay."),
        ("p", "Dean told conference he smokes cannabis \"most evenings, to sleep\" and uses cocaine \"now and "
              "then at weekends\". On 20/12/2025 police stopped his car with Rio in the back seat and he tested "
              "positive for cannabis at the roadside. He has not been to Brindlemoor Drug and Alcohol Service "
              "(BDAS), although he was given the number in October. Stacey says she does not use drugs and wants "
              "Dean to stop."),
        ("p", "Stacey and Dean came to every core group. They have started the Family Matters parenting course "
              "and Stacey has booked Rio a nursery place."),
        ("h1", "2. What the children told us"),
        ("p", "Kayla (seen alone at school, 08/01/2026): \"I don't mind doing Rio's breakfast but I'm always late "
              "and I get detentions for it. Mum's tired all the time.\" She said the smell of Dad's weed gets in "
              "her clothes and people at school say things. She would like her own room and to go to netball."),
        ("p", "Mason (seen at home, 06/01/2026) said home is \"alright\" and scored it 5 out of 10. He said he "
              "does not like the mess because \"you can't find anything and my friends can't come round\"."),
        ("p", "Rio was seen on both visits. He is a lively boy who climbs on everything. He says a few single "
              "words, points to what he wants, and went to Kayla rather than his parents when he fell."),
        ("h1", "3. Decision of the conference"),
        ("p", "The children remain at risk of significant harm through neglect, and the plan continues."),
        ("h1", "4. What we want for Kayla, Mason and Rio"),
        ("bullets", [
            "Kayla, Mason and Rio have clean beds, clean clothes and a kitchen where food can be made safely.",
            "Mason gets to school every day and on time, and Kayla no longer has to get Rio ready in the morning.",
            "Rio is cared for by adults who are not under the influence of drugs, and is never driven by someone "
            "who is.",
            "Kayla and Mason have their teeth treated, and Rio's development is checked.",
        ]),
        ("h1", "5. The plan"),
        ("table", {
            "header": ["What", "Who", "When", "We will see"],
            "widths": [6.0, 3.6, 3.2, 4.2],
            "rows": [
                ["See Kayla, Mason and Rio at home, each of the older two on their own, and write down what "
                 "they say",
                 "SW Amira Haddou",
                 "Every 2 weeks until the next review; at least one visit in three unannounced",
                 "Visit notes with each child's own words, shared at each core group"],
                ["Help Stacey and Dean clear the kitchen and the children's bedrooms and keep them clear",
                 "FSW Gary Tolland, Brindlemoor Family Hub",
                 "Twice a week for 8 weeks from 19/01/2026",
                 "Improvement in home conditions"],
                ["Refer himself to Brindlemoor Drug and Alcohol Service about his cannabis and cocaine use",
                 "Dean Rourke",
                 "By 30/01/2026",
                 "Reviewed at core group"],
                ["Arrange a hair-strand test for Dean covering the last three months",
                 "",
                 "By 13/02/2026",
                 "Test result sent to the SW and shared with both parents"],
                ["Rio's 2-year review with an ASQ-3 and a speech and language screen",
                 "HV Megan Ashdown",
                 "",
                 "ASQ-3 scores shared with the SW; speech and language referral made if Rio scores below the "
                 "cut-off"],
                ["Take Kayla and Mason for dental check-ups and book the treatment they need",
                 "Stacey Rourke",
                 "By February half-term (13/02/2026)",
                 "N/A"],
                ["Weekly counselling session for Kayla at school, about her worries and her role at home",
                 "Mrs Joanne Pike, counsellor, Brindlemoor Academy",
                 "Every Tuesday in term time",
                 "-"],
                ["Check Mason is in school each morning and ring Stacey by 9.30am if he is not",
                 "Mr Tony Lewis, DSL, Moorside Primary",
                 "Every school day",
                 "Attendance above 95% this half-term, up from 86% last term (school register, sent to the SW "
                 "each Friday)"],
                ["Take up Rio's 15 funded hours at Sunbeams Nursery; nursery to note how he arrives and who "
                 "collects him",
                 "Stacey Rourke, with nursery manager Lorna Briggs",
                 "From 02/02/2026",
                 "Nursery register and arrival sheet sent to the SW every week; Rio there at least 9 of every "
                 "10 sessions"],
                ["Finish the Family Matters parenting course for Stacey and Dean",
                 "Naz Hussain, course leader, Brindlemoor Family Hub",
                 "Wednesdays until 25/02/2026",
                 "Attendance register, and Naz's end-of-course report to the SW"],
            ],
        }),
        ("h1", "6. Contingency"),
        ("p", "If Dean is under the influence of drugs while caring for the children or drives any of them after "
              "using, or if Rio is found alone in the house, the SW (or the emergency duty team out of hours) will "
              "hold a strategy discussion the same day and Dean will leave the home and stay with his brother "
              "Carl; if he refuses, police will be called. If Dean's hair-strand test is positive for cocaine, "
              "or Mason's attendance is below 90% at February half-term, the SW will ask the team manager for a "
              "legal planning meeting within 5 working days."),
        ("h1", "7. Core group and review"),
        ("p", "Core group every 4 weeks at Moorside Primary, 3.30pm: Wednesday 28/01/2026, Wednesday 25/02/2026 "
              "and Wednesday 25/03/2026. Next review child protection conference: date to be confirmed."),
        ("p", "Plan agreed by the chair, Colin Feather, on 15/01/2026 and sent to Stacey, Dean and every agency "
              "named above."),
    ],
    "findings": [
        F("M002", "clear the kitchen and the children's bedrooms and keep them clear"),
        F("M002", "Refer himself to Brindlemoor Drug and Alcohol Service"),
        F("W001", "Arrange a hair-strand test for Dean"),
        F("T001", "Rio's 2-year review with an ASQ-3"),
        F("M001", "Take Kayla and Mason for dental check-ups"),
        F("M001", "Weekly counselling session for Kayla at school"),
        F("F004"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Case-system export with Action / Responsible / Target date fields and no
#    measure field at all: every measure is implicit in the action text but
#    observable (txt, exemplary, hard negative for M001/M002)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b61_byfold_caselink_export_no_measure_field_pearce.txt",
    "split": "tune",
    "actions": 8,
    "template": "icpc-case-system-export-txt-section-banners-action-id-blocks-action-responsible-target-date-status-no-measure-field",
    "description": (
        "Case-system export of an initial conference plan for a 7-year-old and a 12-year-old (father's "
        "drinking while he cares for them in the evenings). Each action block has Action, Responsible, "
        "Target date and Status fields and no measure field: the measure sits inside the action text and "
        "is observable every time (what each child says typed on the visit record, breathalyser readings "
        "sent to the SW, the Friday attendance and late marks, the liver test results, a count of nights "
        "Ruby was in bed by 8pm, the completed young carer's assessment). Recovery service reports on "
        "change, contingency and legal step set, dates set. Exemplary."
    ),
    "text": """\
BYFOLD COUNCIL - CHILDREN'S SERVICES                    CaseLink 12
Case record export: CHILD PROTECTION PLAN (ICPC)
Case ref: CL-2291874 / CL-2291875       Exported 03/12/2025 14:12 by NSHEIKH
----------------------------------------------------------------------

== SECTION 1: CHILDREN AND FAMILY ==
Child:            Ruby PEARCE, DOB 14/05/2018 (7), Year 3, Byfold
                  St Mary's CE Primary
Child:            Alfie PEARCE, DOB 02/02/2013 (12), Year 8, Byfold
                  Community College
Mother:           Shelley PEARCE (39), night care assistant, Oakleigh
                  Care Home
Father:           Craig PEARCE (41), not working since March 2025
Address:          31 Tenter Street, Byfold
Conference date:  02/12/2025 (initial)
Category:         Neglect
Social worker:    Nadia Sheikh, Byfold Children's Safeguarding Team
Chair:            Philip Amankwah

== SECTION 2: REASON FOR THE PLAN ==
Shelley works four nights a week (Sunday to Wednesday, 7pm to 7am) and
Craig looks after the children on those nights. Since he lost his job in
March Craig has been drinking most days; he told conference it is "a few
cans in the afternoon and a bottle of wine at night". On 08/11/2025 a
neighbour found Ruby, then in her pyjamas, knocking on doors at 10.40pm
because she could not wake her dad. Police attended and found Craig
asleep on the sofa; Alfie was in his room with headphones on and had not
known Ruby was out. Ruby has been late to school 19 times this term.
Craig's GP found raised liver enzymes in October. Craig has been seen
once by Byfold Recovery Service and says he wants to stop.

== SECTION 3: WHAT THE CHILDREN SAY / THEIR DAILY LIFE ==
Ruby (seen at school 20/11/2025): "Daddy goes to sleep in the day and in
the night. When Mummy's at work I make my own cereal for tea." She said
she went outside "to find a grown-up" because she had a bad dream. She
likes gymnastics and wants to go to the Saturday club again.
Alfie (seen at home on his own 25/11/2025): he said he "keeps an eye" on
Ruby but "can't do everything". He feels bad that he did not hear her go
out. He said his dad is "a good dad when he's not drinking" and that he
would like them to go to football together again. He put home at 5/10.

== SECTION 4: DESIRED OUTCOMES ==
1. Ruby and Alfie are looked after every evening and night by an adult
   who is sober and awake enough to care for them.
2. Ruby gets to school on time every day, having had breakfast.
3. Alfie is not left responsible for his sister and has time for school
   and football.
4. Ruby has tea and a bedtime routine on school nights.

== SECTION 5: PLAN ACTIONS ==
Action ID:     1
Action:        See Ruby and Alfie at home every week, each on their own,
               and type up what they say in their own words on the visit
               record, with at least one evening visit a fortnight
Responsible:   Nadia Sheikh, Social Worker
Target date:   Weekly from 08/12/2025 until the review conference
Status:        Open

Action ID:     2
Action:        Key-work sessions with Craig, each with a breathalyser
               reading, and a written update to the SW before each core
               group on whether his drinking is reducing and what that
               means for his care of Ruby and Alfie
Responsible:   Gavin Royle, recovery worker, Byfold Recovery Service
Target date:   Weekly from 09/12/2025; update before each core group
Status:        Open

Action ID:     3
Action:        Blow into the home breathalyser at 6pm on each night
               Shelley is at work and send the photo of the reading to
               Shelley and to the SW's work phone
Responsible:   Craig Pearce
Target date:   Sunday to Wednesday nights, from 07/12/2025
Status:        Open

Action ID:     4
Action:        Email the SW Ruby's attendance and late marks for the week
Responsible:   Mrs Farida Khan, DSL, Byfold St Mary's CE Primary
Target date:   Every Friday in term time
Status:        Open

Action ID:     5
Action:        Check in with Alfie and write what he says about home on
               the pastoral log, emailing a copy to the SW
Responsible:   Mr Owen Bright, Head of Year 8, Byfold Community College
Target date:   Every Monday in term time
Status:        Open

Action ID:     6
Action:        Repeat Craig's liver function blood tests and write to the
               SW with the results and what they show about his drinking
Responsible:   Dr Ellen Marsh, Tanners Lane Medical Practice
Target date:   By 09/01/2026
Status:        Open

Action ID:     7
Action:        Six home sessions with Craig and Shelley on a school-night
               routine (tea at 5.30pm, bath, Ruby in bed by 8pm), noting
               at each session how many nights that week Ruby was in bed
               by 8pm
Responsible:   Bev Allott, Family Support Worker, Byfold Family Hub
Target date:   Weekly for 6 weeks from 10/12/2025
Status:        Open

Action ID:     8
Action:        Young carer's assessment with Alfie about what he does for
               Ruby and his dad, with the completed assessment sent to
               the SW
Responsible:   Jo Kirk, Byfold Young Carers
Target date:   By 30/01/2026
Status:        Open

== SECTION 6: CONTINGENCY ==
Trigger:       A breathalyser reading above zero on a night Craig is
               caring for the children; no photo sent by 6.30pm; the
               children tell anyone Craig has been drinking; or Craig
               misses two key-work sessions in a row.
Response:      The SW (emergency duty team out of hours) rings Shelley,
               who comes home from work (her manager at Oakleigh has
               agreed she can leave at short notice). Craig stays at his
               brother Paul's that night. The SW holds a strategy
               discussion the same day. If Shelley cannot get home, the
               SW or EDT arranges an emergency foster placement for that
               night.
Legal:         If there are two positive readings, or two missed photos,
               before the review conference, the SW will ask the team
               manager for a legal planning meeting within 5 working days.

== SECTION 7: MEETINGS ==
Core group:    Every 4 weeks, 4pm, Byfold Family Hub - 16/12/2025,
               13/01/2026, 10/02/2026
Review CP conference: 24/02/2026, 10am, Byfold Town Hall
----------------------------------------------------------------------
END OF EXPORT
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Domestic abuse plan written as narrative paragraphs, one sentence per
#    action with the measure inside the sentence, then a separate section of
#    checks with thresholds that are not actions (md, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b61_blenmarsh_narrative_checks_section_dawson.md",
    "split": "tune",
    "actions": 12,
    "template": "icpc-plan-md-narrative-paragraphs-bold-lead-ins-one-sentence-per-action-then-separate-checks-section-with-thresholds",
    "description": (
        "Initial conference plan for a 6-year-old and a 10-month-old (domestic abuse by their father, "
        "now under a non-molestation order, supervised contact). The plan is narrative: short paragraphs "
        "with bold lead-ins, one sentence per action, each sentence naming who, when and what will show "
        "it ('will see the baby's weight chart and his sleep space at each visit', 'will email Sophie the "
        "log number', 'write up how each child was before, during and after'). After the actions a "
        "separate 'How we will check' section lists thresholds (no call-outs, attendance of at least 95%, "
        "Zara's score of 8 out of 10, 25th centile, 11 of 12 sessions); these are not actions. Exemplary."
    ),
    "text": """\
# Child Protection Plan: Zara and Theo Dawson

Blenmarsh Council, Children and Young People's Service, Central Safeguarding Team

Initial child protection conference held on Thursday 8 January 2026 at Blenmarsh
Civic Offices. Category: emotional abuse. Social worker: Sophie Marsh. Chair:
Andrew Kwarteng. This plan was written by Sophie after the conference and read
through with Keeley on 9 January 2026.

## Who is in the family

Zara Dawson is 6 and in Year 1 at Holmfield Infant School. Her brother Theo is
10 months old. They live with their mum, Keeley Dawson (24), at 14 Rowan Close,
Blenmarsh. Their dad, Lewis Grant (27), moved out on 30 November 2025 and lives
with his mother in Northgate. A non-molestation order, granted on 12 December
2025, stops him coming to Rowan Close or contacting Keeley except through the
family centre to arrange contact.

## Why we are worried

Police were called to Rowan Close three times between August and November 2025.
On 29 November Lewis pushed Keeley into the kitchen door while she was holding
Theo, and Theo's head hit the door frame; the hospital found a bruise but no
injury to his skull. Zara was in the room. Keeley says Lewis has been
controlling about money and her phone for two years. Zara's attendance fell to
87% last term and her teacher says she has become very quiet and will not go
into the playground at lunchtime.

## What is working well

Keeley called the police herself on 29 November, applied for the order with
the IDVA's help and has kept to her safety plan since. Lewis has kept to the
order and has asked to go on a programme for fathers. Keeley's mum, Jackie,
lives nearby and sees the children most days.

## Zara and Theo

Zara talked to Sophie at school on 5 January 2026. She said: "Daddy shouted
and Mummy cried and Theo banged his head. I hid behind the settee." She said
she misses her dad "but not the shouting" and would like to see him "at the
place with the toys". She put home at 6 out of 10 ("it's a 6 because I still
get scared at night"). She wants a nightlight and to go back to Brownies.

Theo was seen at home three times. He is crawling and pulls himself up on the
furniture. He babbles a lot, looks for Keeley when a stranger comes in, and
settles quickly when she picks him up. He jumped and cried at a loud knock on
the door on 5 January and took a while to calm down.

## What we want for Zara and Theo

- Zara and Theo live at home without shouting, violence or fear, and Zara
  feels safe enough at night to sleep in her own bed.
- Zara is in school every day and plays with her friends at lunchtime.
- Theo keeps growing and developing well, and is seen regularly by his health
  visitor.
- Zara and Theo see their dad safely, in a way that does not frighten them.

## What will happen

**Seeing the children.** Sophie Marsh (social worker) will visit every week
until the review conference, seeing Zara on her own each time and typing what
she says, in her own words, onto the visit record. On every visit Sophie will
also check that the video doorbell the police fitted is working and note it on
the visit record.

**Keeping Keeley and the children safe.** Hollie Baker, IDVA at Blenmarsh
Women's Aid, will meet Keeley every fortnight until the review to go through
her safety plan, and will send Sophie the updated plan after each meeting. PC
Dan Hughes of the Blenmarsh Police Domestic Abuse Unit will put a marker on 14
Rowan Close by 12 January 2026 and give Sophie the reference number. PC Hughes
will tell Sophie within 24 hours of any call-out involving Lewis or any breach
of the order, and Sophie will put each report on both children's files.

**School.** Mrs Anita Shah, DSL at Holmfield Infant School, will email Sophie
Zara's attendance every Friday, and we are looking for at least 95% this term.
Miss Kerry Jones, the school's ELSA, will see Zara every Wednesday afternoon
for six weeks from 14 January 2026 and write up each session, including
anything Zara says about home, in the ELSA log.

**Theo's health.** Fiona Lowe (health visitor) will see Theo at home every two
weeks until the review and will see the baby's weight chart and his sleep
space at each visit, writing both up in his health record. Fiona will do
Theo's one-year review with an ASQ-3 by 6 February 2026 and share the scores
with Sophie and Keeley.

**Lewis.** Lewis will start the 12-week Safe Dads programme at Blenmarsh
Change Project by 2 February 2026, and the facilitator, Marcus Bell, will send
Sophie the attendance after each session and a written report on Lewis's risk
at the end. Adele Price, contact supervisor at Blenmarsh Family Centre, will
supervise Zara and Theo's contact with Lewis every Saturday from 10 to 11am
and write up how each child was before, during and after.

**Keeley.** Keeley will go to the Freedom Programme at Blenmarsh Women's
Centre on Tuesday mornings from 13 January 2026, and the centre will send
Sophie the register every month.

## How we will check the plan is working

The core group will look at these checks at each meeting:

- no police call-outs to Rowan Close and no breaches of the order (PC Hughes's
  reports);
- Zara's attendance at 95% or more this term (Mrs Shah's Friday emails);
- Zara scoring home at 8 out of 10 or higher by the review (Sophie's visit
  records);
- Theo's weight on or above the 25th centile, where he has been since birth
  (Fiona's record);
- Lewis at 11 or more of the 12 Safe Dads sessions (Marcus Bell's attendance
  sheets).

## If something goes wrong

If Lewis comes to Rowan Close, contacts Keeley or the children outside the
family centre, or breaches the order in any other way, Keeley will ring 999
and Sophie (or the emergency duty team out of hours) will hold a strategy
discussion the same day. Contact will stop until Lewis's risk is assessed
again. If Keeley and the children cannot stay safely at home, Hollie will
find them a refuge place through Blenmarsh Women's Aid that day, or they will
stay with Jackie while one is found.

If Lewis is allowed back into the house, or there is another incident of
violence before the review, Sophie will ask her team manager for a legal
planning meeting within 5 working days.

## Meetings

Core group every 4 weeks at Holmfield Infant School, 3.30pm: Thursday 22
January, Thursday 19 February and Thursday 19 March 2026. Review child
protection conference: Thursday 2 April 2026, 10am, Blenmarsh Civic Offices.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan as bullets under agency headings, the measure
#    written into each bullet - or not (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b61_burrowdene_bullets_inline_measures_vine.md",
    "split": "tune",
    "actions": 12,
    "template": "icpc-plan-md-bullets-under-h3-agency-headings-measure-written-into-each-bullet",
    "description": (
        "Initial conference plan for a 5-year-old and a 4-week-old (neglect; young mother, a care leaver, "
        "with her mother helping at night and on the school run). Bullets under agency headings, each "
        "meant to carry its own measure ('will see the baby's weight chart in the red book at each visit; "
        "Millie should stay on the 50th centile', 'sign him in at the office so the register shows who "
        "brought him', 'it will be seen in place at the next home visit'). Faults: a parenting assessment "
        "with no output and a class-teacher check-in with no measure (M001), 'keep an eye on' and 'to see "
        "if there is an improvement' (M002), 'as and when time allows' (T002), 'The family' (W002), an "
        "outcome about the mother only (F002), and a contingency that sends the children to the "
        "grandmother with nothing if she cannot help (C003)."
    ),
    "text": """\
# Burrowdene County Council
## Child Protection Plan – Oscar and Millie Vine

| | |
|---|---|
| Children | Oscar Vine (5), Reception, Burrowdene Primary; Millie Vine, born 10/12/2025 |
| Mother | Chloe Vine (22) |
| Fathers | Oscar's father, Reece Tunney, has no contact; Millie's father, Jordan Blake, has not been in touch since Chloe was pregnant |
| Address | 3 Alder Mews, Burrowdene |
| Conference | Initial child protection conference, Wednesday 07/01/2026 |
| Category | Neglect |
| Social worker | Amy Carrick, Burrowdene Family Safeguarding |

### Why there is a plan

Chloe grew up in care in Burrowdene and left care at 18. Since Millie was born
the health visitor has found Millie in the same nappy for a whole visit twice,
and on 22/12/2025 Millie had lost 9% of her birth weight; she was readmitted to
Burrowdene General for two days to re-establish feeding. Oscar has missed 11
days of school this term, usually on the days after Chloe has been up in the
night with Millie. On two visits there was no gas on the meter and the flat was
cold. Chloe loves her children and has been honest that she is finding two of
them "a lot".

### Oscar and Millie

Oscar told Amy (at school, 05/01/2026): "I like it when Nanny takes me to school
because we sing in the car. When Mummy is tired I watch YouTube all day." He
said the baby "cries loads" and that he likes holding her. He wants to go to
football on Saturdays like his friend Jayden.

Millie was seen at home and on the ward. She takes 90 ml bottles and roots and
cries when she is hungry. She calms when Chloe holds her close and rocks her,
and settles best in the Moses basket in the front room, which is the warmest
room.

### What we want to happen

- Millie is fed every three to four hours and gets back to her birth centile.
- Oscar is at school every day, on time, and has had breakfast.
- Oscar and Millie live in a warm flat with gas and electric on.
- Chloe will feel more confident as a parent.

### What will happen

#### Social care

- Amy (SW) will visit every week until the review, see Oscar on his own and look at Millie's Moses basket and the feed chart, writing what Oscar says in her visit notes.
- Amy will complete a parenting assessment of Chloe by 27 February 2026.

#### Health visiting

- Jess Moran (HV) will weigh Millie every week at home until she is 8 weeks old and will see the baby's weight chart in the red book at each visit; Millie should stay on the 50th centile or above.
- Jess will keep an eye on how Chloe is coping at night, visiting fortnightly.

#### GP

- Dr Imran Farooq will do Millie's 6–8 week check by 28 January 2026 and send the results to Jess and Amy.

#### School

- Mrs Ellis (DSL, Burrowdene Primary) will ring Chloe by 9.30am on any day Oscar is not in, and will email Amy the attendance every Friday; Oscar's attendance should be above 95% by February half-term.
- Oscar's class teacher, Mr Dale, will do a feelings check-in with him as and when time allows.

#### Family

- Sandra Vine (Oscar and Millie's nan) will take Oscar to school on Mondays, Wednesdays and Fridays and sign him in at the office, so the register shows who brought him.
- Sandra will stay over every Friday and Saturday night to do Millie's night feeds with Chloe, writing each feed on the feed chart.
- The family will fit a stair gate at the top of the stairs by 16 January 2026; it will be seen in place at the next home visit.

#### Chloe and her personal adviser

- Chloe will take Millie to the Little Steps baby group on Tuesday mornings from 13 January 2026, and the group worker will send Amy the register each month.
- Kim Hale (Chloe's personal adviser, Burrowdene Leaving Care Team) will meet Chloe every two weeks to sort out her Universal Credit and a budget for the gas and electric, to see if there is an improvement in how she manages her money.

### Contingency

If Millie drops below the 25th centile, has a gap of more than five hours
between feeds on the chart, or Oscar misses two days of school in a week with
no reason given, Amy (or the emergency duty team out of hours) will visit the
same day and hold a strategy discussion. Oscar and Millie will go to stay with
Sandra at 19 Pollard Street while the strategy discussion decides what happens
next. If this happens twice before the review conference, or Millie is not back
on her birth centile by the core group on 18/02/2026, Amy will ask her team
manager for a legal planning meeting.

### Core group and review

- Core group every 4 weeks at Burrowdene Family Hub, 1pm: Wednesday 21/01/2026, 18/02/2026 and 18/03/2026.
- Review child protection conference: Wednesday 01/04/2026, 10am, County Hall, Burrowdene.
""",
    "findings": [
        F("F002", "Chloe will feel more confident as a parent."),
        F("M001", "Amy will complete a parenting assessment of Chloe"),
        F("M002", "Jess will keep an eye on how Chloe is coping"),
        F("T002", "will do a feelings check-in with him as and when"),
        F("M001", "will do a feelings check-in with him as and when"),
        F("W002", "The family will fit a stair gate at the top"),
        F("M002", "to see if there is an improvement in how she manages"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Core group plan typed as a tab-separated table with a PROOF column; no
#    outcomes and no contingency although the grandmother and uncle carry
#    part of the plan (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b61_bexcombe_core_group_tabbed_proof_column_hale.txt",
    "split": "tune",
    "actions": 9,
    "template": "core-group-plan-txt-caps-headings-tab-separated-action-who-when-proof-table",
    "description": (
        "Core group plan for a 10-year-old and a 6-year-old whose mother has bipolar disorder (in hospital "
        "for three weeks in the autumn), typed as a tab-separated ACTION / WHO / WHEN / PROOF table. Good "
        "proofs are records and thresholds ('attendance above 95% for both children', 'school collection "
        "log signed by Pauline', a CMHT report for the review). Faults: 'Nicole says she feels better' and "
        "'Monitored by SW' (M002), 'N/A', '-' and a proof that only repeats the assessment (M001), the "
        "consultant only treating (H001, while the CPN's row asks for a report), 'ASAP' (T002), 'All "
        "agencies' (W002); no outcome for the children (O001), no contingency although the grandmother "
        "and uncle own two actions (C001, C003), nothing on legal planning (R002)."
    ),
    "text": """\
BEXCOMBE BOROUGH COUNCIL
CHILDREN'S SERVICES - SAFEGUARDING TEAM WEST

CHILD PROTECTION PLAN (CORE GROUP)

CHILDREN:     Jayden Hale (10), Year 5, Bexcombe Primary
              Summer Hale (6), Year 1, Bexcombe Primary
MOTHER:       Nicole Hale (34), 48 Quayside Road, Bexcombe
FATHER:       Darren Hale - lives in Spain, phones the children most Sundays
ICPC:         04/12/2025, category neglect
SW:           Rachel Kemp
CORE GROUP:   12/01/2026, Bexcombe Primary

REASON FOR PLAN

Nicole has bipolar disorder. In October 2025 she became very unwell, stopped
taking her lithium and was found by police at 2am on the seafront with Summer,
who was in her nightie and had no shoes on. Nicole was in Harbourside Unit for
three weeks under section 2, and Jayden and Summer stayed with their
grandmother, Pauline Hale. Nicole is home and back on her lithium. Jayden has
been doing a lot for his mum and sister: making tea, getting Summer to bed and
hiding his mum's car keys when she was unwell.

WHAT THE CHILDREN SAY

Jayden (seen at school, 08/01/2026): "When Mum's ill she talks really fast and
doesn't sleep and I have to do everything. When she's OK she's the best mum."
He worries about going to secondary school next year "in case Mum gets ill and
no one's there for Summer". He likes staying at Uncle Lee's because "we play
FIFA and I don't have to do anything".

Summer (seen at home, 06/01/2026) drew her family with her nan "in the middle"
and said she liked it at Nanny's "because we had pancakes every day". She said
the night on the beach was "cold and scary". She told Rachel she wants to keep
going to Rainbows.

THE PLAN

ACTION\tWHO\tWHEN\tPROOF
Visit Jayden and Summer at home and see each of them on their own\tSW Rachel Kemp\tEvery 2 weeks until the review conference\tVisit records with what Jayden and Summer say, in their words
Continue monthly outpatient appointments with Nicole and manage her lithium\tDr Usha Rao, consultant psychiatrist, Bexcombe CMHT\tMonthly\tNicole says she feels better
Report on Nicole's early warning signs, how her illness affects her care of Jayden and Summer and what still needs to change\tSam Otley, CPN, Bexcombe CMHT\tBy 06/03/2026\tWritten report to the SW, shared at the review conference
Collect Jayden and Summer from school Monday to Thursday and give them their tea\tPauline Hale (maternal grandmother)\tMon-Thu in term time\tSchool collection log signed by Pauline
Have Jayden and Summer to stay every other weekend so Nicole can rest\tLee Hale (maternal uncle)\tEvery other weekend from 16/01/2026\tMonitored by SW
Lithium blood level checks for Nicole\tDr Mark Walsh, Harbour Road Surgery\tEvery 3 months, next by 31/01/2026\tN/A
Young carers assessment for Jayden, about the jobs he does at home\tBexcombe Young Carers\tASAP\tYoung carers assessment done
Ring Nicole by 9.30am if Jayden or Summer is not in school\tMrs Carol Grant, DSL, Bexcombe Primary\tEvery school day\tAttendance above 95% for both children (school register sent to the SW every fortnight)
Pass on to the SW the same day any sign that Nicole is becoming unwell, or anything the children say about home\tAll agencies\tSame day\t-

MEETINGS

Core group every 4 weeks at Bexcombe Primary, 3.30pm: 09/02/2026, 09/03/2026.
Review child protection conference: 18/03/2026, 10am, Bexcombe Town Hall.

Plan typed by Rachel Kemp, 13/01/2026.
""",
    "findings": [
        F("H001", "Continue monthly outpatient appointments with Nicole and manage"),
        F("M002", "Continue monthly outpatient appointments with Nicole and manage"),
        F("M002", "Have Jayden and Summer to stay every other weekend"),
        F("M001", "Lithium blood level checks for Nicole"),
        F("T002", "about the jobs he does at home"),
        F("M001", "about the jobs he does at home"),
        F("W002", "any sign that Nicole is becoming unwell"),
        F("M001", "any sign that Nicole is becoming unwell"),
        F("O001"),
        F("C001"),
        F("C003"),
        F("R002"),
    ],
})
