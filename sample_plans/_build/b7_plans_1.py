"""Batch 7, module 1: eight fictional files (tuning material).

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Core group progress review table: Area | What has been done | What still
#    needs to happen | Who | By when (docx). Some faults.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b7_birchcombe_core_group_review_hollins.docx",
    "doc_title": "Core Group Progress Review - Kayden and Lola Hollins",
    "split": "tune",
    "template": "core-group-review-done-next-who-when",
    "description": (
        "Second core group's review of a CP plan for a 7-year-old and a 2-year-old (domestic abuse, "
        "mother's anxiety). Table Area | What has been done | What still needs to happen | Who | By when, "
        "with progress notes beside each next step and no measure column: the measure, where there is one, "
        "is written into the next-step cell; the progress notes are not measures. 'Ongoing' with no "
        "measure, a CBT row that only treats ('feels less anxious'), a blank Who with 'TBC', 'All agencies', "
        "an adult-only outcome, and grandmother-supervised contact that the contingency never covers."
    ),
    "check_vmerge": 1,
    "blocks": [
        ("title", "Core Group Meeting – Progress Review"),
        ("p", "Birchcombe Borough Council – Children's Services, Safeguarding Team East"),
        ("kv", [
            ("Children", "Kayden Hollins (7), Lola Hollins (2 years 3 months)"),
            ("Mum", "Stacey Hollins, 22 Farrier Walk, Birchcombe"),
            ("Dad", "Wayne Pryor – not living at the address; non-molestation order (Stacey) granted 28/02/2025"),
            ("Plan agreed", "Initial child protection conference, 06/03/2025 – category: emotional abuse"),
            ("This meeting", "Core group 2, 27/03/2025, Birchcombe Family Hub (chair: SW Aisha Khan)"),
            ("Present", "Stacey Hollins; Aisha Khan (SW); Nadia Farrow (HV); Gareth Pritchard (DSL, Birchcombe "
                        "Primary); Sam Okoro (IDVA); Sandra Hollins (MGM). Apologies: GP, Talking Therapies"),
        ]),
        ("h1", "Why Kayden and Lola are on a plan"),
        ("p", "Police were called to the flat four times between October and February after Wayne shouted at "
              "and pushed Stacey, twice with the children in the room. Kayden told his teacher he \"hides under "
              "the bed when Dad is loud\". Stacey has anxiety and panic attacks and at the ICPC said she was "
              "struggling to get up in the mornings; the flat was cold and there was black mould in Lola's "
              "bedroom, and Kayden's attendance had fallen to 81%."),
        ("h1", "How the children are"),
        ("p", "When I saw Kayden on his own at school on 12/03 he said he feels \"a bit safer now Dad doesn't "
              "come round shouting\", but that he misses his dad and wants to see him \"more than just "
              "Saturdays\". He said Mum is \"in bed a lot less now\". In his worry house he drew \"Dad shouting "
              "at Mum\" and \"the mould in Lola's room\"; in his dream house he drew a dog and his nan. Lola was "
              "seen at home on 18/03: she was chatty, ran to Stacey when I arrived and showed me her new "
              "bedding. She still wakes most nights coughing."),
        ("h1", "What we want for Kayden and Lola (agreed at ICPC)"),
        ("bullets", [
            "Kayden and Lola live in a home with no shouting, hitting or threats, and they feel safe there.",
            "Lola is healthy, reaches her 2-year milestones and sleeps in a warm, dry bedroom.",
            "Kayden is in school on time every day and has an adult he trusts to talk to about his worries.",
            "Stacey feels more confident and her anxiety is under control.",
        ]),
        ("h1", "Progress against the plan"),
        ("table", {
            "header": ["Area", "What has been done", "What still needs to happen", "Who", "By when"],
            "widths": [2.3, 4.3, 5.0, 2.9, 2.5],
            "rows": [
                ["Home conditions / seeing the children",
                 "SW visited 06/03 (planned) and 18/03 (unannounced). Kitchen much better on 18/03, fridge "
                 "stocked. Lola's cot had clean bedding. Kayden seen on his own in his room both times.",
                 "Keep up unannounced visits, see Kayden on his own and look at both bedrooms and the "
                 "kitchen; visit records to note what Kayden says and the state of the home",
                 "SW Aisha Khan",
                 "Fortnightly until the RCPC"],
                ["Lola's health and development",
                 "HV weighed Lola at clinic 11/03 – 12.1kg, back up to the 50th centile. 2-year review booked "
                 "twice; Stacey cancelled both (unwell, then no bus fare).",
                 "HV to do Lola's 2-year review at home (ASQ-3) and send the scores and any referrals to the SW",
                 "HV Nadia Farrow",
                 "By 11/04/2025"],
                ["School",
                 "Kayden's attendance up from 81% to 90% since ICPC. Late 4 times, all Mondays. Breakfast club "
                 "started 17/03.",
                 "Send the SW Kayden's attendance and lateness each week; attendance to stay at 92% or above "
                 "and breakfast club used at least 3 mornings a week",
                 "DSL Gareth Pritchard, Birchcombe Primary",
                 "Every Friday"],
                ["Domestic abuse",
                 "Non-molestation order granted 28/02/2025. Stacey has had 2 sessions with the IDVA and has a "
                 "panic alarm. Police marker on the address.",
                 "IDVA to continue safety planning sessions with Stacey and talk to her about the Freedom "
                 "Programme",
                 "IDVA Sam Okoro, Birchcombe DA Service",
                 "Ongoing"],
                ["Stacey's health",
                 "Stacey saw the GP 06/03/2025 and started sertraline 50mg. She says she is sleeping better.",
                 "GP to review Stacey's sertraline at 6 weeks and write to the SW on how her mood is affecting "
                 "getting Kayden and Lola up and out in the mornings",
                 "GP Dr Lena Marsh, Oakfield Surgery",
                 "By 17/04/2025"],
                [V,
                 "Referred to Birchcombe Talking Therapies 06/03/2025. Assessment done 20/03; on the list for "
                 "CBT.",
                 "Talking Therapies to give Stacey 8 sessions of CBT for her anxiety so that she feels less "
                 "anxious",
                 "Priya Lal, CBT therapist, Birchcombe Talking Therapies",
                 "1st session by 25/04/2025, then weekly x8"],
                ["Contact with Dad",
                 "Wayne has seen the children on 3 Saturdays at Nan's house, supervised by Nan. Contact book "
                 "shows all 3 went well; Kayden asked to stay longer.",
                 "Supervise Saturday contact between Wayne and the children at Nan's house and write up each "
                 "contact in the contact book",
                 "MGM Sandra Hollins",
                 "Every Saturday, 10am–12pm"],
                ["Kayden's views",
                 "Kayden seen alone at school 12/03 – three houses work done.",
                 "Direct work with Kayden (worries, wishes, who he feels safe with) and bring his words and "
                 "drawings to the review conference",
                 "SW Aisha Khan",
                 "Before the RCPC on 19/06/2025"],
                ["Housing",
                 "Housing register application made 10/03, band C. Damp in Lola's room reported to the "
                 "landlord twice.",
                 "Chase the housing band review and the damp in Lola's room with the landlord",
                 "",
                 "TBC"],
                ["Sharing information",
                 "Police shared one call-out (15/03, Wayne outside the flat) the next day.",
                 "Tell the SW the same day about any police call-out, any sighting of Wayne or any worry about "
                 "the children, and log it on the children's file",
                 "All agencies",
                 "Same day"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Wayne comes to the flat or contacts Stacey in breach of the non-molestation order, Stacey will "
              "ring 999 and the SW will hold a strategy discussion the same day. If Stacey lets Wayne back into "
              "the home, Kayden and Lola will go to stay with their nan, Sandra Hollins, while the strategy "
              "discussion is held, and the SW will ask the team manager for a legal planning meeting within "
              "5 working days."),
        ("h1", "Next meetings"),
        ("bullets", [
            "Core group: every 4 weeks – next 24/04/2025 at Birchcombe Family Hub, then 22/05/2025.",
            "Review child protection conference: 19/06/2025, 10am, Birchcombe Civic Centre.",
        ]),
        ("p", "Notes taken by Aisha Khan (SW) and sent to all core group members on 28/03/2025."),
    ],
    "findings": [
        F("T002", "IDVA to continue safety planning sessions with Stacey"),
        F("M001", "IDVA to continue safety planning sessions with Stacey"),
        F("H001", "Talking Therapies to give Stacey 8 sessions of CBT"),
        F("M002", "Talking Therapies to give Stacey 8 sessions of CBT"),
        F("W001", "Chase the housing band review and the damp"),
        F("T002", "Chase the housing band review and the damp"),
        F("M001", "Chase the housing band review and the damp"),
        F("W002", "Tell the SW the same day about any police call-out"),
        F("F002", "Stacey feels more confident and her anxiety is under control"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Case-system print: one small two-column label table per action
#    (Task / Allocated to / Due / Evidence of completion), tables running
#    across pages; header and "Page N of M" footer (pdf). Some faults.
# ---------------------------------------------------------------------------
def _task(n, total, task, who, due, evidence):
    return [
        ("boldp", f"Action {n} of {total}"),
        ("table", {
            "rows": [["Task", task], ["Allocated to", who], ["Due", due], ["Evidence of completion", evidence]],
            "widths": [4.2, 12.8],
            "bold_first_col": True,
        }),
    ]


_corrowdale_tasks = [
    ("Unannounced home visits to see Reggie awake, check where he sleeps and check that Liam's methadone is "
     "kept in the locked box",
     "Sophie Kerr – Social Worker, Safeguarding Team 2",
     "Weekly (at least 1 in 2 unannounced)",
     "Case notes record Reggie seen awake, cot in use and methadone locked away at every visit"),
    ("Weigh Reggie and check his feeding, development and immunisations",
     "Bernadette Quinn – Health Visitor, Corrowdale East 0-19 Team",
     "Fortnightly at the Corrowdale Family Hub baby clinic",
     "Weights plotted in the red book; Reggie stays on or above the 9th centile; 16-week immunisations given "
     "by 31/05/2025"),
    ("Prescribe and supervise Liam's methadone, carry out drug tests and share the results with the SW",
     "Dwayne Ellis – Recovery Worker, Corrowdale Recovery Service",
     "Monthly, results to SW by the 5th of each month",
     "Test results emailed to the SW; all negative for heroin and benzodiazepines"),
    ("Home-based routines work with Chantelle – making up bottles, bath time, bedtime routine and safe sleep",
     "Lorraine Pike – Family Support Worker",
     "Ongoing",
     "Engagement with sessions"),
    ("Chantelle to attend the Mellow Babies group at the Family Hub with Reggie",
     "Chantelle Lomax (Mother)",
     "Thursdays 10am, 14 weeks from 10/04/2025",
     ""),
    ("Referral for a PAMS parenting assessment of Chantelle (learning needs)",
     "",
     "By 25/04/2025",
     "PAMS report with recommendations shared with the core group"),
    ("Share any concerns about Reggie's care or presentation with the allocated social worker",
     "All professionals",
     "Same working day",
     "Concern recorded on CareFile case notes with the action taken"),
    ("Review of Reggie's flat head (plagiocephaly) and slow weight gain",
     "Dr Ruth Adeyinka – Community Paediatrician, Corrowdale Child Development Centre",
     "TBC – awaiting appointment",
     "Clinic letter copied to the SW, HV and GP"),
    ("Liam to attend all appointments with his recovery worker and take part in drug testing",
     "Liam Docherty (Father)",
     "Every appointment (fortnightly)",
     "Monitored by Recovery Service"),
    ("Home fire safety visit, including smoke alarms and safe storage of lighters and medication",
     "Corrowdale Fire & Rescue – Home Safety Team",
     "By 18/04/2025",
     "Home safety check record on file; smoke alarms fitted and tested"),
]

_corrowdale_blocks = [
    ("title", "Child Protection Plan"),
    ("p", "Corrowdale Council Children's Services – CareFile print view (review plan)"),
    ("kv", [
        ("Person ID", "2093381"),
        ("Name", "Reggie LOMAX"),
        ("DOB", "19/11/2024 (5 months)"),
        ("Address", "Flat 3, 41 Tanner Street, Corrowdale"),
        ("Household", "Chantelle Lomax (mother, 19); Liam Docherty (father, 27)"),
        ("Plan status", "Child Protection Plan – Neglect – start 13/02/2025; reviewed at RCPC 24/04/2025"),
        ("Allocated worker", "Sophie Kerr (Social Worker), Safeguarding Team 2"),
    ]),
    ("h2", "Reason for plan"),
    ("p", "Liam is prescribed methadone through Corrowdale Recovery Service and has had two positive tests for "
          "heroin since January. In February Reggie was found asleep in his car seat next to an unlocked bottle "
          "of methadone. Chantelle is 19, has learning needs (statement at school) and relies on Liam for most "
          "tasks; she has struggled to make up feeds correctly and Reggie's weight dropped from the 25th to the "
          "9th centile between 8 and 16 weeks."),
    ("h2", "Child's lived experience / wishes and feelings"),
    ("p", "Reggie is 5 months old. At visits he is alert and smiley with Chantelle and turns to her voice; she "
          "sings to him and he quietens. On 2 of 6 visits he was in a heavy, wet nappy and had been left in his "
          "car seat in the living room for long periods, and he has a flattened area at the back of his head. "
          "At clinic on 08/04 he fed well from a bottle made up by the HV and then slept. He is not yet rolling."),
    ("h2", "Outcomes for Reggie"),
    ("bullets", [
        "Reggie is fed properly, kept clean and gains weight along his centile.",
        "Reggie sleeps safely on his back in his own cot and is never cared for by an adult under the influence "
        "of drugs.",
        "Reggie's home is safe: methadone and medication are locked away and out of his reach.",
        "Reggie's development and head shape are checked and any delay is picked up early.",
    ]),
    ("h2", "Actions"),
]
for _n, _t in enumerate(_corrowdale_tasks, start=1):
    _corrowdale_blocks += _task(_n, len(_corrowdale_tasks), *_t)
_corrowdale_blocks += [
    ("h2", "Contingency plan"),
    ("p", "If there are further concerns about Reggie's care or about Liam's drug use, the SW will discuss this "
          "with the team manager and a strategy discussion will be considered. The plan will be reviewed at the "
          "next core group."),
    ("h2", "Review arrangements"),
    ("kv", [
        ("Core group", "Every 4 weeks – next 15/05/2025, then 12/06/2025 (Corrowdale Family Hub)"),
        ("Review child protection conference", "24/07/2025, 1.30pm, Corrowdale Civic Offices"),
    ]),
    ("p", "Plan authorised by: M. Gorman, Team Manager, 25/04/2025."),
]

PLANS.append({
    "name": "b7_corrowdale_task_tables_lomax.pdf",
    "doc_title": "Child Protection Plan - Reggie Lomax",
    "split": "tune",
    "template": "case-system-label-table-per-action-paged",
    "description": (
        "Case-system print of a review CP plan for a 5-month-old (father on methadone with lapses, young "
        "mother with learning needs), each action its own two-column table with Task / Allocated to / Due / "
        "Evidence of completion labels in the first column, the tables running over three pages with a "
        "header and 'Page N of M' footer. 'Ongoing' with 'Engagement', a blank Evidence, a blank Allocated "
        "to, 'All professionals', 'TBC', 'Monitored'; a vague contingency and no legal step."
    ),
    "header": "CareFile – Child Protection Plan (print) – Reggie LOMAX – ID 2093381",
    "footer": "OFFICIAL-SENSITIVE – printed 25/04/2025 by SKERR – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": _corrowdale_blocks,
    "findings": [
        F("T002", "Home-based routines work with Chantelle – making up bottles"),
        F("M002", "Home-based routines work with Chantelle – making up bottles"),
        F("M001", "Chantelle to attend the Mellow Babies group"),
        F("W001", "Referral for a PAMS parenting assessment of Chantelle"),
        F("W002", "Share any concerns about Reggie's care or presentation"),
        F("T002", "Review of Reggie's flat head (plagiocephaly) and slow weight gain"),
        F("M002", "Liam to attend all appointments with his recovery worker"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Plan table with full-width merged outcome banner rows (docx). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b7_dunnerley_outcome_banners_gallagher.docx",
    "doc_title": "Child Protection Plan - Mia Gallagher",
    "split": "tune",
    "template": "merged-outcome-banner-rows",
    "description": (
        "Exemplary ICPC plan for a 4-year-old (domestic abuse from mother's ex-partner, mother's depression). "
        "The action table has full-width merged banner rows ('Outcome 1: Mia is safe at home') above each "
        "outcome's action rows: named owners, real timescales, observable measures, the wellbeing service "
        "asked to report on capacity to change, grandmother's pick-ups covered in a specific contingency, "
        "core group and review dates, legal planning meeting."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Dunnerley Metropolitan Council – Children and Young People's Service"),
        ("kv", [
            ("Child", "Mia Gallagher, born 21/01/2021 (4 years)"),
            ("Lives with", "Shannon Gallagher (mum, 26), 9 Wicker Lane, Dunnerley"),
            ("Other important people", "Maureen Gallagher (Nan), 14 Rowan Close, Dunnerley"),
            ("Person causing concern", "Jordan Kell (Shannon's ex-partner, not Mia's father)"),
            ("Conference", "Initial child protection conference, 06/03/2025"),
            ("Category", "Emotional abuse"),
            ("Social worker", "Owen Price, Dunnerley Children's Social Care"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "Jordan Kell moved out in January after he punched a hole in the living room door and pushed "
              "Shannon into the kitchen table while Mia was in the room. He has come back to the flat three "
              "times since, once at 2am. Shannon has depression and anxiety and has found it hard to get Mia to "
              "nursery: she missed 11 sessions in February. Mia has started wetting the bed again."),
        ("h1", "What is going well"),
        ("p", "Shannon called the police herself on 14 February and has applied for a non-molestation order. "
              "Mia is warm and close to her mum, and Nan sees her most days. Nursery say Mia is bright and "
              "loves the sand tray and story time."),
        ("h1", "Mia's voice"),
        ("p", "I saw Mia at Treetops Nursery on 3 March with her key person. She told me \"Jordan shouted at "
              "Mummy and broke the door\" and that she hides \"in my den\" behind the sofa when there is "
              "shouting. She said the best thing at home is \"when Mummy makes pancakes\" and that she wants "
              "\"Nana to come for sleepovers\". Her key person says she gets upset at home time if she does not "
              "know who is collecting her."),
        ("h1", "Mia's plan"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will know"],
            "widths": [6.0, 3.6, 3.0, 4.4],
            "band_fill": "FCE4D6",
            "rows": [
                ["Outcome 1: Mia is safe at home", H, H, H],
                ["Visit Mia at home, at least one visit in two unannounced, and spend time with her on her own "
                 "using her three houses drawing",
                 "SW Owen Price",
                 "Every 10 working days",
                 "Visit records show Mia seen alone, what she said, and no sign that Jordan has been at the flat"],
                ["Keep to the safety plan: Jordan does not come into the flat, and Shannon rings 999 if he comes "
                 "to the door",
                 "Shannon Gallagher (mum)",
                 "Every day, from 06/03/2025",
                 "No sightings of Jordan at the flat on police or SW records; Shannon tells the SW about any "
                 "contact from him within 24 hours"],
                ["Share with the SW any police call-out or report involving Jordan Kell or the address",
                 "DS Kevin Lowe, Dunnerley Police Safeguarding Unit",
                 "Within 24 hours of any incident",
                 "Police notifications logged on Mia's file with the date received"],
                ["Domestic abuse safety planning with Shannon, including the non-molestation order and a video "
                 "doorbell",
                 "IDVA Farah Siddiqui, Dunnerley Domestic Abuse Service",
                 "Weekly for 8 weeks from 17/03/2025",
                 "Written safety plan signed by Shannon and copied to the SW; doorbell fitted by 31/03/2025"],
                ["Outcome 2: Mia is fed, clean and cared for every day by a mum who is well enough to look after her",
                 H, H, H],
                ["Assess Shannon's depression and anxiety, agree her treatment, and report on whether she can "
                 "make and keep the changes Mia needs and how long that is likely to take",
                 "Lisa Harding, senior mental health practitioner, Dunnerley Wellbeing Service",
                 "First appointment by 21/03/2025; written report by 25/04/2025",
                 "Report on Shannon's capacity to change, the steps needed and the likely timescale, shared with "
                 "the core group by 25/04/2025"],
                ["Review Shannon's medication and write to the SW about how her mood is affecting her care of Mia",
                 "GP Dr Samir Nasser, Riverside Medical Centre",
                 "By 04/04/2025, then every 8 weeks",
                 "GP letter to the SW after each review"],
                ["Morning and bedtime routines with Shannon: breakfast, getting Mia to nursery, bath, and bed by "
                 "7.30pm",
                 "FSW Kelly Dunn, Dunnerley Family Hub",
                 "Weekly, 6 sessions from 18/03/2025",
                 "Routine chart on the fridge filled in daily; FSW notes show Mia bathed and in bed by 7.30pm"],
                ["Collect Mia from nursery on Mondays and Wednesdays and give her tea at Nan's",
                 "Maureen Gallagher (Nan)",
                 "Every Monday and Wednesday",
                 "Nursery pick-up book signed by Maureen on those days"],
                ["Outcome 3: Mia goes to nursery every day and has grown-ups she trusts to talk to", H, H, H],
                ["Get Mia to nursery by 9am",
                 "Shannon Gallagher (mum)",
                 "Every nursery day (Mon–Fri)",
                 "Nursery register shows Mia in by 9am on at least 9 days in every 10"],
                ["Check in with Mia using her feelings fan, and tell the SW the same day about anything she says "
                 "that worries staff",
                 "Key person Beth Carney, Treetops Nursery",
                 "Every Monday",
                 "Check-in notes record Mia's words each week and are sent to the SW before each core group"],
                ["Check Mia's development and speech (ASQ-3) and her bedwetting, and refer on if needed",
                 "HV Jo Lennon, Dunnerley 0-19 Service",
                 "By 11/04/2025",
                 "ASQ-3 scores and a wet/dry chart shared with the SW; referral letters on file if made"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Jordan comes to the flat or Shannon lets him in, or Mia is not collected from nursery, the SW "
              "(or the emergency duty team out of hours) will visit the same day and hold a strategy discussion "
              "within 24 hours. Mia will stay with Nan at 14 Rowan Close, which the SW checked on 07/03/2025. If "
              "Maureen cannot collect Mia or is not able to look after her, Treetops Nursery will keep Mia until "
              "the SW arrives and Mia will be placed with approved foster carers the same day. If Jordan is found "
              "at the flat twice, or the Wellbeing Service report says Shannon cannot make the changes Mia needs "
              "by the review conference, the SW will request a legal planning meeting within 5 working days."),
        ("h1", "Checking the plan"),
        ("bullets", [
            "Core group: every 4 weeks – 20/03/2025, 17/04/2025 and 15/05/2025, at Dunnerley Family Hub.",
            "Review child protection conference: 05/06/2025, 10am, Dunnerley Civic Hall.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Family network safety plan written with the family: family rules, then a
#    short professionals' action list (md). Some faults.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b7_ellisthorpe_family_safety_rules_fairclough.md",
    "split": "tune",
    "template": "family-network-rules-plus-professionals-table",
    "description": (
        "Family network safety plan for a 9-year-old and a 4-year-old (mother's drinking), written with the "
        "family: numbered family rules (what Nan and Uncle Craig will do if...), then a short professionals' "
        "action table. The family rules are the safety plan, not actions. The professionals' rows have "
        "'when Laura is ready', 'Monitored', a blank measure and 'Professionals' as owner; Nan and Craig "
        "carry the plan but the contingency never says what happens if they can't; no legal step."
    ),
    "text": """\
# Our family safety plan – Ruby and Teddy Fairclough

*Ellisthorpe Council Children's Services. Written with the family at the family network meeting on
14/04/2025, 5pm, at Nan's house. Child protection plan (neglect) since 20/03/2025.*

**Children:** Ruby Fairclough (9), Teddy Fairclough (4)
**Mum:** Laura Fairclough
**Social worker:** Dominic Hale, Ellisthorpe Children's Services

## Who is in our safety network

- **Nan** – Pauline Fairclough, Laura's mum. Lives on Barley Road, five minutes' walk away.
- **Uncle Craig** – Craig Fairclough, Laura's brother.
- **Auntie Jas** – Jaswinder Kaur, Laura's best friend and Teddy's godmother.
- **Mrs Hussain** – Ruby's teacher and the school's DSL.

## The worry (the words we use with Ruby and Teddy)

Sometimes Mummy drinks too much wine and falls asleep, and then there is no grown-up awake to look after
Ruby and Teddy. In March Ruby made tea for Teddy and put him to bed on her own because Mummy could not wake
up, and Teddy went to nursery the next day in the same clothes. Everyone is worried that one day something
could happen to Ruby or Teddy when Mummy has been drinking and nobody is there to help.

## What Ruby and Teddy say

Ruby told Dominic: "I don't like it when Mummy's wobbly. I have to do everything." Her safety scale was a 4
out of 10 at home and a 9 at Nan's. She said she wants "Mummy not to drink the wine any more" and "Nan to
come every day". Teddy drew his family and put Nan next to him "because Nan's strong". He told nursery he
gets "crunchy cereal for tea" sometimes.

## What we want for Ruby and Teddy

- There is always a grown-up who has not been drinking looking after Ruby and Teddy, day and night.
- Ruby does not have to look after Teddy or Mum, and can go to Brownies on Tuesdays.
- Teddy gets to nursery every day, clean, fed and on time.

## Our family safety plan – the rules we have agreed

1. Mum will not drink any alcohol when she is looking after Ruby and Teddy. There will be no alcohol kept
   in the house.
2. Nan will ring Mum every evening at 6pm. If Mum sounds like she has been drinking, or does not answer,
   Nan will come round straight away, take Ruby and Teddy back to her house for the night and ring
   Dominic (or the emergency duty team after 5pm).
3. Nan will pick Teddy up from nursery on Tuesdays and Thursdays and take Ruby to Brownies on Tuesdays.
4. Uncle Craig will stay over at the house every Friday and Saturday night, and he will not drink while he
   is there.
5. Ruby knows she can ring Nan or Uncle Craig any time, on the phone Nan gave her, and say our word
   "pineapple" if she is worried. Nan or Craig will come straight away.
6. Auntie Jas will pop in on Sunday afternoons and check the fridge and the recycling for bottles.

Signed: Laura Fairclough, Pauline Fairclough, Craig Fairclough, Jaswinder Kaur, Ruby (her drawing).

## What the professionals will do

| What we'll do | Who | When | How we'll know it's working |
|---|---|---|---|
| Visit Ruby and Teddy at home, see Ruby on her own and go through her safety scale with her | SW Dominic Hale | Every 2 weeks, one visit in two unannounced | Visit notes record Ruby's safety scale score and what she says |
| Assess Laura's drinking and agree a treatment plan with her | Beacon House Alcohol Service – Marie Dunn | When Laura is ready | Written update to each core group, including breath test results |
| Check in with Ruby each Monday and keep an eye on how she is in class | DSL Mrs Yasmin Hussain, Ellisthorpe Primary | Weekly, Mondays | Monitored |
| Let the SW know if Teddy is late, not collected or collected by someone not named in the safety plan | Little Owls Nursery – manager Jan Reeve | Same day |  |
| Test Laura's liver function and talk to her about a supervised detox | GP Dr Ian Proctor, Ellis Road Surgery | By 30/05/2025 | Blood results and a GP letter shared with the SW |
| Ask Ruby and Teddy how safe they feel, using the safety scale and the worry monster | Professionals | Every visit | Scores written on the safety plan chart kept at Nan's |

## If the plan isn't working

If Laura drinks while she is looking after Ruby and Teddy, or breaks any of the family rules, Nan will take
the children to her house (rule 2) and ring Dominic or the emergency duty team. Dominic will visit the same
day and hold a strategy discussion with the police and health within 24 hours.

## When we will meet again

- Core group (with the safety network): every 4 weeks – 12/05/2025, 09/06/2025, 07/07/2025.
- Review child protection conference: 19/06/2025, 2pm, Ellisthorpe Civic Centre.
- Family network meeting again on 26/05/2025 to check the rules are working.
""",
    "findings": [
        F("T002", "Assess Laura's drinking and agree a treatment plan with her"),
        F("M002", "Check in with Ruby each Monday and keep an eye"),
        F("M001", "Let the SW know if Teddy is late, not collected"),
        F("W002", "Ask Ruby and Teddy how safe they feel"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Email from the SW to the core group after a meeting: agreed actions as
#    lines with the owner first (txt). Some faults.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b7_gatlow_core_group_email_lockett.txt",
    "split": "tune",
    "template": "email-owner-first-action-lines",
    "description": (
        "Social worker's email to the core group after a meeting about a 10-week-old and a 6-year-old "
        "(mother's low mood, damp housing), with the agreed actions as lines that start with the owner "
        "('HV – ...', 'School: ...'). A parent's GP line with no date or measure, a perinatal nurse who only "
        "supports ('mood stays stable'), a housing line 'date TBC', 'Everyone – keep an eye on'; a vague "
        "contingency and no legal step."
    ),
    "text": """\
From: Natalie Brooks <natalie.brooks@gatlow-council.example>
Sent: Tuesday, 13 May 2025 16:48
To: Karen Doyle (HV); Paul Greaves (DSL, St Aidan's Primary); Priya Shah (Perinatal Mental Health Team);
    Aaron Mills (FSW); Sunita Rana (Gatlow Homes); Danielle Lockett; Marcus Lockett
Cc: Helen Ward (Team Manager)
Subject: Core group 13/05 - Theo & Jayden Lockett - notes and agreed actions

Hi all,

Thanks for coming today and for squeezing into the tiny room at the Family Hub. Quick summary below -
the full minutes will follow once Tracey has typed them up.

Where we are
- Theo weighed 5.1kg at clinic on 06/05 and is back on the 9th centile after dropping towards the 2nd.
- Jayden's attendance is 88% this half term (was 79%). Still late most Mondays.
- Danielle told us she has been feeling "flat" and not sleeping since Theo was born. The perinatal team
  (Priya) started seeing her two weeks ago.
- Marcus has done 5 of the 10 Caring Dads sessions.
- The damp in the boys' bedroom is worse - there is black mould on the wall behind Theo's cot.

What Jayden said / how Theo is
I saw Jayden at school on Friday. He said "I like helping with Theo's bath" and "Mum cries sometimes but
Dad gives her a cuddle". He said his room "smells funny" and he doesn't like the black on the wall. Theo
was smiley and alert at clinic and fed well, but when I visited last Wednesday at 11am he was still in a
wet sleepsuit from the night and had a nappy rash.

What we're all working towards (from the plan)
- Theo is fed, warm and gaining weight, and sleeps in a dry, mould-free room.
- Jayden gets to school on time every day and isn't worrying about Mum or Theo.

Agreed actions
Me (SW) - visit at least fortnightly, one in two unannounced, see Jayden on his own each time and write up
  what he says
HV (Karen Doyle) - weigh Theo fortnightly at Gatlow clinic and email me the weights after each clinic
School: send me Jayden's attendance and lates every Friday, and ring me the same day if he is absent with
  no reason given
Danielle - make a GP appointment about the low mood she talked about
Perinatal team (Priya Shah, CPN) - carry on fortnightly support visits to Danielle so her mood stays stable
Marcus - finish Caring Dads (last session 24/06) and bring me his certificate
FSW (Aaron Mills) - 6 sessions of routines work with Danielle (feeds, bath, bedtime) starting w/c 19/05;
  session notes to me after each one
Gatlow Homes (Sunita) - inspect the damp and mould in the boys' bedroom, date TBC
Everyone - keep an eye on how Theo is presenting and flag any worries to me

Contingency - as discussed, if things don't improve we'll look at it again at the next core group and
consider next steps.

Dates
Next core group: Tue 10/06/2025, 2pm, Gatlow Family Hub (then every 4 weeks)
RCPC: Thu 24/07/2025, 10am, Gatlow Town Hall

If I've got any of the actions wrong please let me know by Friday.

Thanks,
Natalie

Natalie Brooks | Social Worker | Safeguarding Team 3
Gatlow Council Children's Services | 01632 960 412
""",
    "findings": [
        F("T001", "Danielle - make a GP appointment about the low mood"),
        F("M001", "Danielle - make a GP appointment about the low mood"),
        F("H001", "carry on fortnightly support visits to Danielle so her mood"),
        F("M002", "carry on fortnightly support visits to Danielle so her mood"),
        F("T002", "inspect the damp and mould in the boys' bedroom"),
        F("M001", "inspect the damp and mould in the boys' bedroom"),
        F("W002", "Everyone - keep an eye on how Theo is presenting"),
        F("T001", "Everyone - keep an eye on how Theo is presenting"),
        F("M002", "Everyone - keep an eye on how Theo is presenting"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Pre-birth plan with gestation and birth-event timescales (docx).
#    Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b7_hethersby_prebirth_gestation_whitfield.docx",
    "doc_title": "Pre-birth Child Protection Plan - Baby Whitfield",
    "split": "tune",
    "template": "prebirth-gestation-and-birth-event-timescales",
    "description": (
        "Exemplary pre-birth plan (mother on methadone after heroin use, father's cannabis use) whose "
        "timescales are gestation weeks, 'Day 1–5 after birth', 'Before discharge' and 'At the 6–8 week "
        "check': named owners, observable measures, the drug service asked to report on the likelihood of "
        "change, grandmother's overnight help covered in a specific contingency, core group and review "
        "conference dates, legal planning meeting."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Hethersby Council – Children's Services, Pre-birth and Infant Team"),
        ("kv", [
            ("Unborn baby", "Baby Whitfield, due 20/07/2025 (Jade is 28 weeks pregnant at conference)"),
            ("Mother", "Jade Whitfield (23), 7 Canal Row, Hethersby"),
            ("Baby's father", "Ryan Doyle (25), lives with Jade"),
            ("Conference", "Pre-birth initial child protection conference, 29/04/2025"),
            ("Category", "Neglect (risk of)"),
            ("Social worker", "Nadia Hussain"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "Jade used heroin from the age of 17. She has been on a methadone prescription (40ml daily, "
              "supervised at the pharmacy) since March 2024 and her tests have been clear of heroin since "
              "June 2024, but she had a lapse after her nan died in December. Ryan smokes cannabis most days, "
              "sometimes in the flat. The baby is likely to need watching for withdrawal after birth, and a "
              "newborn needs parents who are awake, sober and able to feed and settle them through the night."),
        ("h1", "What is going well"),
        ("p", "Jade has gone to every antenatal appointment and every key-work session since January. She asked "
              "for help herself when she lapsed. Ryan has a job and has cut down, and both have bought a cot, a "
              "car seat and bottles. Jade's mum, Carol, is close to her and has offered to stay after the birth."),
        ("h1", "The baby's world"),
        ("p", "At the 20-week scan the baby was growing well. Jade says the baby kicks \"like mad\" when Ryan "
              "plays music, and she talks to the bump at night. When I visited on 24/04 the baby's corner of the "
              "bedroom was ready, with the cot made up away from the radiator, but the flat smelled of cannabis "
              "smoke and the window in that room does not open. Jade says she wants the baby \"to have what I "
              "didn't – a mum who's there\"."),
        ("h1", "What we want for the baby"),
        ("bullets", [
            "The baby is born into a smoke-free home where a sober, awake adult is always there to feed, settle "
            "and keep them safe, day and night.",
            "Any withdrawal after birth is picked up and treated, and the baby feeds well and gains weight along "
            "their centile.",
            "The baby sleeps on their back in their own cot and is seen by a professional every week in the "
            "first 8 weeks.",
        ]),
        ("h1", "What needs to happen"),
        ("table", {
            "header": ["What needs to happen", "Who", "When", "How we will know"],
            "widths": [5.6, 3.6, 3.4, 4.4],
            "rows": [
                ["Supervised methadone, oral fluid tests every 2 weeks, and a written view on how stable Jade's "
                 "recovery is and how likely she is to keep it up after the birth",
                 "Tom Ashdown, keyworker, Hethersby Recovery Partnership",
                 "Tests every 2 weeks from 28 weeks; report by 34 weeks",
                 "All test results shared with the SW; written report to the core group by 34 weeks"],
                ["Antenatal care and a written birth plan covering pain relief, the baby's withdrawal "
                 "observations and who can visit the ward",
                 "Leanne Cross, specialist substance misuse midwife",
                 "Every 2 weeks from 28 weeks; birth plan agreed by 36 weeks",
                 "Birth plan signed by Jade and copied to the SW, the postnatal ward and the emergency duty team"],
                ["Pre-birth assessment of Jade and Ryan, including Carol's offer to stay",
                 "SW Nadia Hussain",
                 "Completed by 32 weeks",
                 "Assessment report shared with Jade, Ryan and the core group by 32 weeks"],
                ["Ryan to go to the cannabis group and take oral fluid tests, and keep the flat smoke-free",
                 "Ryan Doyle (baby's father), with Hethersby Recovery Partnership",
                 "Weekly from 30 weeks",
                 "Attendance and test results shared with the SW; no smell of smoke at SW and HV visits"],
                ["Antenatal home visit on safe sleep and feeding, and check the baby's room",
                 "HV Claire Bowen",
                 "At 34 weeks",
                 "Safe sleep checklist signed; cot, car seat and sterilised bottles seen"],
                ["Observe the baby for withdrawal using the scoring chart and treat if needed",
                 "Neonatal team, Hethersby General (lead: Dr Imran Qureshi)",
                 "Day 1–5 after birth",
                 "Withdrawal scores charted every 4 hours; summary sent to the SW on day 5"],
                ["Observe Jade's and Ryan's care of the baby on the ward, including feeds and night-time care",
                 "Safeguarding midwife Rebecca Lyle",
                 "Every shift until discharge",
                 "Feeding and care chart kept; written summary to the SW before the discharge meeting"],
                ["Hold a discharge planning meeting and agree who is at home for the first two weeks",
                 "SW Nadia Hussain (chair)",
                 "Before discharge",
                 "Discharge plan signed by Jade, Ryan and Carol and copied to the HV, GP and midwife"],
                ["Stay at the flat overnight and help with night feeds",
                 "Carol Whitfield (maternal grandmother)",
                 "Every night for the first 14 nights after discharge",
                 "Night-feed chart on the fridge, checked by the SW and HV at each visit"],
                ["New birth visit, then weigh the baby and check feeding and sleep at home",
                 "HV Claire Bowen",
                 "New birth visit on day 10–14, then weekly until the 6–8 week check",
                 "Weights in the red book; baby back to birth weight by day 14 and on or above their centile"],
                ["Baby's 6–8 week check, and Jade's postnatal check including her mood and her methadone dose",
                 "GP Dr Peter Lund, Canal Street Surgery",
                 "At the 6–8 week check",
                 "Baby check recorded; GP letter to the SW on Jade's postnatal check"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Jade tests positive for heroin, misses her methadone for two days running, or either parent is "
              "found under the influence while caring for the baby, the SW will hold a strategy discussion the "
              "same day. The baby will stay in hospital, or at home only with Carol present, while it is held. "
              "If Carol cannot stay overnight or becomes unwell, the baby will be placed with approved foster "
              "carers the same day, with Jade's agreement or through an application to court. If the baby is "
              "still in hospital when any of this happens, the SW will visit the baby on the ward every day "
              "until a plan is agreed."),
        ("h1", "Legal planning"),
        ("p", "A legal planning meeting was held on 22/04/2025 and the threshold was met; pre-proceedings were "
              "not started because of Jade's progress. If the Recovery Partnership report at 34 weeks shows "
              "Jade is not stable, or either parent uses heroin or cannabis in the flat after the birth, the SW "
              "will request a further legal planning meeting within 5 working days to consider pre-proceedings "
              "(PLO) or an application to court."),
        ("h1", "Checking the plan"),
        ("bullets", [
            "Core group: every 4 weeks – 13/05/2025, 10/06/2025 and 08/07/2025, then within 10 working days "
            "of the birth.",
            "Review child protection conference: 24/07/2025, 10am, Hethersby Town Hall (or within 10 working "
            "days of the birth if the baby is born before then).",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Independent Reviewing Officer's looked after review recommendations:
#    numbered list with "(by whom: ...; by when: ...)" (pdf). Some faults.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b7_kelderwick_iro_recommendations_marsden.pdf",
    "doc_title": "Looked After Review - IRO Recommendations - Leah Marsden",
    "split": "tune",
    "template": "iro-numbered-recommendations-by-whom-by-when",
    "description": (
        "IRO's record and recommendations from the second looked after review of a 9-year-old accommodated "
        "under section 20 (mother's psychosis), with a booked spinal operation; numbered recommendations "
        "each naming '(by whom: ...; by when: ...)'; header and 'Page N of M' footer. 'TBC' as owner, a CMHT "
        "care coordinator who only supports 'ongoing', a health assessment with no output, hospital visits "
        "'as often as they can' and no SW visits on the ward, 'asap'; LAC review dates only."
    ),
    "header": "OFFICIAL – SENSITIVE | Kelderwick Council Independent Reviewing Service",
    "footer": "LAC review 08/05/2025 – Leah Marsden – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Looked After Child Review"),
        ("p", "Record of the Independent Reviewing Officer and recommendations"),
        ("kv", [
            ("Child", "Leah Marsden, born 14/08/2015 (9 years)"),
            ("Legal status", "Accommodated under section 20, Children Act 1989, since 07/02/2025"),
            ("Placement", "Jean and Martin Donnelly, Kelderwick Fostering Service (short-term)"),
            ("Review", "Second review, 08/05/2025, 4pm, at the foster home"),
            ("IRO", "Bernard Achebe"),
            ("Social worker", "Rhiannon Tate, Kelderwick Children in Care Team"),
            ("Present", "Leah (first 20 minutes); Gemma Marsden (mum); Jean Donnelly (foster carer); Rhiannon "
                        "Tate (SW); Mr Femi Okafor (designated teacher, Brookside Primary); Claire Amos "
                        "(supervising social worker)"),
        ]),
        ("h1", "Background"),
        ("p", "Leah came into care with her mum's agreement on 07/02/2025, when Gemma became acutely unwell with "
              "a psychotic episode and was admitted to the Ashgrove Unit. Gemma was discharged home on 20/03/2025 "
              "and is supported by the Kelderwick community mental health team. Leah has scoliosis and is booked "
              "for spinal surgery at Kelderwick Children's Hospital on 16/06/2025; the surgeon expects her to be "
              "on the ward for 7 to 10 days and off school for six weeks afterwards."),
        ("h1", "Leah's views"),
        ("p", "Leah joined the start of the review and had also filled in her consultation booklet with Jean. She "
              "said she likes living with Jean and Martin, \"especially the dog\", but that she wants to go home "
              "to her mum \"when Mum's brain is better\". She is scared about the operation and asked that her "
              "mum be with her when she wakes up. She misses her brother Callum, who lives with his dad, and "
              "would like to see him more than once a month. She does not like being taken out of class for "
              "meetings."),
        ("h1", "The care plan and what we want for Leah"),
        ("p", "I am satisfied that the care plan meets Leah's needs at present and that the placement is "
              "meeting her needs. The plan is for Leah to return home to Gemma by the end of September 2025 if the "
              "reunification assessment is positive."),
        ("bullets", [
            "Leah is safe, settled and happy with the Donnellys while the plan for her return home is tested.",
            "Leah has her operation with people she knows around her and recovers well.",
            "Leah sees her mum and Callum often, and goes home to a mum who is well enough to care for her.",
            "Leah stays at Brookside Primary and keeps up with her learning while she is off school.",
        ]),
        ("h1", "Recommendations"),
        ("numbers", [
            "The SW to complete the reunification assessment of Gemma, including a view from Gemma's care "
            "coordinator, and share it with Gemma and the IRO (by whom: SW Rhiannon Tate; by when: 31/07/2025).",
            "Family time: Leah to see her mum twice a week at the Kelderwick Family Centre, supervised, with the "
            "contact records sent to the SW each week (by whom: Family Centre, contact supervisor Mo Jarrett; "
            "by when: from 12/05/2025).",
            "Sibling time: Leah to see Callum every fortnight, with Leah's and Callum's views of how it is going "
            "written up for the next review (by whom: SW Rhiannon Tate; by when: from 17/05/2025).",
            "Life story work to start with Leah, and her life story book to be seen at the next review (by whom: "
            "TBC; by when: before the next review).",
            "Gemma's care coordinator to continue supporting Gemma with her mental health and medication (by "
            "whom: Kelderwick CMHT, care coordinator Aled Rhys; by when: ongoing).",
            "Leah's review health assessment to be completed (by whom: LAC nurse Sian Pugh; by when: 30/05/2025).",
            "Mrs Donnelly and Gemma to visit Leah on the ward (by whom: Jean Donnelly, "
            "foster carer, and Gemma Marsden; by when: as often as they are able).",
            "The SW to liaise with the ward about discharge and make sure the equipment Leah needs is in the "
            "Donnellys' home, confirming this to the IRO by email (by whom: SW Rhiannon Tate; by when: before "
            "discharge).",
            "PEP meeting to agree home tuition while Leah is off school and how Pupil Premium Plus will be spent; "
            "PEP with targets sent to the Virtual School (by whom: designated teacher Mr Femi Okafor; by when: "
            "06/06/2025).",
            "Referral for an independent visitor for Leah, with the referral acknowledgement on file (by whom: SW "
            "Rhiannon Tate; by when: asap).",
        ]),
        ("h1", "Contingency"),
        ("p", "If the reunification assessment is negative, or Gemma becomes unwell again, Leah will stay with the "
              "Donnellys, who have said they can care for her long-term, and the SW will request a legal planning "
              "meeting within 10 working days to consider an application for a care order. If Gemma withdraws her "
              "consent to section 20 and asks for Leah to come home before the assessment is complete, the SW "
              "will hold a strategy discussion the same day and seek legal advice."),
        ("h1", "Next review"),
        ("p", "Next looked after review: 06/11/2025, 4pm, at the foster home. I will check progress on these "
              "recommendations with the SW at a midway point in August 2025."),
        ("p", "Bernard Achebe, Independent Reviewing Officer, 12/05/2025"),
    ],
    "findings": [
        F("W002", "Life story work to start with Leah"),
        F("H001", "Gemma's care coordinator to continue supporting Gemma"),
        F("T002", "Gemma's care coordinator to continue supporting Gemma"),
        F("M001", "Gemma's care coordinator to continue supporting Gemma"),
        F("M001", "Leah's review health assessment to be completed"),
        F("T002", "Mrs Donnelly and Gemma to visit Leah on the ward"),
        F("M001", "Mrs Donnelly and Gemma to visit Leah on the ward"),
        F("T002", "Referral for an independent visitor for Leah"),
        F("L001"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 8. Plan where each action is a paragraph starting with a bold owner label
#    (md). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b7_lanmoor_bold_owner_paragraphs_ridley.md",
    "split": "tune",
    "template": "bold-owner-label-paragraphs",
    "description": (
        "Exemplary ICPC plan for a 6-year-old and a 3-month-old (mother's postnatal depression, father away "
        "in the week), each action a paragraph that starts with a bold owner label ('**HV (Jo Peters):** "
        "...') and carries its own timescale and measure; perinatal psychiatrist asked to assess capacity to "
        "change, grandfather's school runs covered in a specific contingency, core group and review dates, "
        "legal planning meeting."
    ),
    "text": """\
# Child Protection Plan – Frankie and Ezra Ridley

**Lanmoor Borough Council – Children's Services**
Initial child protection conference: 17/03/2025 · Category: neglect
Children: Frankie Ridley (6), Ezra Ridley (born 12/12/2024, 3 months)
Parents: Jess Ridley (mum, 24) and Sean Ridley (dad, 29), 3 Heron Close, Lanmoor
Social worker: Hannah Cole

## Why we are worried

Jess has had postnatal depression since Ezra was born. In February the HV twice found Ezra crying in his
cot at 11am with a soaked nappy while Jess was asleep, and his weight fell from the 50th to the 9th
centile. Frankie has been late for school on 15 mornings this term and told her teacher she "makes Ezra's
bottle when Mummy is sad". Sean drives for a haulage firm and is away from Monday to Friday.

## What Frankie says and what we see of Ezra

Frankie told me at school that she loves Ezra "the most in the world" and that she worries about Mummy
crying. She wants "Daddy home more" and to go to gymnastics again. Her three wishes were "Mummy happy, a
puppy, and Grandad to take me to school". Ezra is a smiley baby who settles quickly when he is held. At my
visit on 10/03 he fed well from Sean, but he had a red, sore nappy rash and a flat patch on the back of his
head from long spells lying in his cot.

## What we want for Frankie and Ezra

- Ezra is fed every 3–4 hours, kept clean, and gains weight back up towards his birth centile.
- Ezra always has an adult who is awake and well enough to respond when he cries.
- Frankie gets to school on time, does not have to look after Ezra or her mum, and goes back to
  gymnastics.

## Who will do what

**SW (Hannah Cole):** I will visit every week until the review conference, with at least one visit in
two unannounced, and I will see Frankie on her own every two weeks, at home or at school. My visit notes
will record what Frankie tells me, whether Ezra is clean and settled, and the feed chart.

**HV (Jo Peters):** I will see Ezra at home every week until he is 6 months old, weigh him and check
his feeding, his nappy area and his head shape. Ezra's weight will be plotted in the red book at each
visit, and we will know this is working when he is back on or above the 25th centile by the review
conference.

**Perinatal mental health team (Dr Amira Shah, consultant perinatal psychiatrist):** Dr Shah will see
Jess by 28/03/2025 and then every two weeks, review her treatment, and assess whether Jess can make the
changes the children need and how long that is likely to take. Her written report will go to the core
group by 25/04/2025.

**GP (Dr Colin Reid, Heron Lane Surgery):** Dr Reid will review Jess's antidepressant four weeks after it
was started, by 11/04/2025, and write to the SW and HV about her mood and how she is managing Ezra's
feeds.

**Jess:** I will feed Ezra every 3–4 hours in the day and write each feed on the chart on the fridge,
starting from 17/03/2025. Hannah and Jo will look at the chart at every visit.

**Sean:** I will ring Jess every evening at 8pm when I am away, be home by 6pm every Friday, and do all
the night feeds from Friday to Sunday night. I will write my feeds on the same chart, which Hannah will
check at her Monday visits.

**Grandad (Mick Ridley, Sean's dad):** I will take Frankie to school every weekday morning from
18/03/2025. The school register will show her in by 8.45am.

**School (Mrs Ruth Akers, DSL, Lanmoor Infants):** Mrs Akers will check in with Frankie every Monday and
send the SW Frankie's attendance and any worries every Friday. The weekly email will show her
attendance, which we want to be 95% or above by the review conference.

**FSW (Tariq Mahmood, Lanmoor Family Hub):** Tariq will do six weekly sessions with Jess and Sean from
w/c 24/03/2025 on routines, safe sleep and tummy time for Ezra. His session notes will go to the SW after
each session, and the routine chart will show Ezra's tummy time each day.

## If things go wrong

If Jess is found asleep and unable to wake while she is alone with Ezra, if Ezra misses two feeds on the
chart in a day, or if Jess tells anyone she has thoughts of harming herself or the children, the SW (or
the emergency duty team out of hours) will visit the same day and hold a strategy discussion within
24 hours. Sean will come home, or the children will stay with Mick and his wife Carol at 22 Mill Lane,
which the SW checked on 14/03/2025. If Mick cannot do the school run, Sean's sister Amy will take Frankie;
if neither Mick nor Carol can have the children, they will be placed together with approved foster
carers the same day. If this happens twice, or Dr Shah's report says Jess cannot make the changes in
Ezra's timescale, the SW will request a legal planning meeting within 5 working days.

## How we will check the plan

- Core group: every 4 weeks – 27/03/2025, 24/04/2025 and 22/05/2025, at Lanmoor Family Hub.
- Review child protection conference: 12/06/2025, 10am, Lanmoor Town Hall.
""",
    "findings": [],
})
