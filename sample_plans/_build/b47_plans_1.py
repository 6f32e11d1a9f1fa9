"""Batch 47, module 1: seven fictional plans (tuning material), places beginning with "a".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: action tables where how progress will be known is not in a "How we
will know" column: an "Outcome for Ella" column that carries the measure, a
"Progress / evidence" column mixing real checks with progress notes, a
"Monitoring" column, a RAG-and-comment column in a case-system export, one
action split over two table rows (action, then "What success looks like"),
and measure columns headed "Difference it makes" and "Proof". Four plans are
exemplary.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan, landscape, no measure column: the "Outcome for Ella" column
#    says what will be seen. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b47_ashgarth_icpc_outcome_column_measures_marchetti.docx",
    "doc_title": "Child Protection Plan - Ella Marchetti",
    "split": "tune",
    "landscape": True,
    "template": "icpc-plan-docx-landscape-front-sheet-fields-why-ella-needs-a-plan-ellas-world-parents-views-then-no-what-will-happen-person-responsible-timescale-outcome-for-ella-column-carrying-the-measure-no-how-we-know-column",
    "description": (
        "Exemplary initial conference plan for a 7-month-old with faltering weight (neglect; father's "
        "heavy drinking). The action table has no 'How we will know' column: each row's 'Outcome for "
        "Ella' cell says what will be seen (centile, red book, signed bedtime book, breath tests). The "
        "recovery service reports and assesses, the grandmother's evenings have a fallback, core group "
        "dates, review date and the legal step are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Ashgarth City Council – People Directorate – Children's Social Care"),
        ("kv", [
            ("Name of child", "Ella Rose Marchetti"),
            ("Date of birth", "19/11/2024 (7 months)"),
            ("Address", "Flat 3, 28 Quarry Hill Road, Ashgarth AG4 7LT"),
            ("Parents", "Gemma Marchetti (mother, 23) and Stuart Kinnear (father, 31), living together"),
            ("Plan agreed at", "Initial child protection conference, 24/06/2025"),
            ("Category of plan", "Neglect"),
            ("Allocated social worker", "Callum Ord, Safeguarding Team North"),
            ("Conference chair", "Rehana Mistry, Child Protection Chair"),
        ]),
        ("h1", "Why Ella needs a plan"),
        ("p", "Ella was born at a good weight on the 50th centile. Since March her weight has fallen to just "
              "under the 9th centile. She has missed her 16-week immunisations and two appointments at the "
              "faltering growth clinic. Gemma told the health visitor she had been putting less powder in "
              "Ella's bottles \"to make the tin last\" at the end of the month."),
        ("p", "Stuart has told professionals he drinks most of a bottle of vodka on his days off. On 30/05/2025 "
              "police were called by a neighbour who heard shouting in the communal hallway; Stuart was drunk "
              "and was holding Ella. Nobody was arrested. Gemma says she does not feel able to tell Stuart to "
              "stop drinking when he is caring for Ella."),
        ("h1", "Ella's world"),
        ("p", "Ella is too young to tell us how she feels, so this is what the professionals who know her have "
              "seen. At the HV visit on 11/06/2025 she was pale and quiet and fed hungrily, finishing a full "
              "bottle in a few minutes. She smiled and babbled when her nana Pauline came in, and reached out "
              "to be picked up. On the SW's visit on 17/06/2025 her cot had no sheet and there were empty cans "
              "on the floor beside it. When Stuart raised his voice on that visit Ella stiffened, turned her "
              "face into Gemma's shoulder and cried until he left the room."),
        ("h1", "What Gemma and Stuart told conference"),
        ("p", "Gemma said she loves Ella \"more than anything\" and that she did not know diluting feeds could "
              "make a baby lose weight. She wants help with money and with weaning. Stuart accepted that his "
              "drinking has got worse since he lost his job at the depot and said he will go to the recovery "
              "service, though he does not agree that Ella has been at risk."),
        ("h1", "The plan"),
        ("p", "There is no separate outcomes list in this plan. Each row says what will be different for Ella "
              "when that part of the plan is working, and what the core group will see. The core group will "
              "go through the last column at every meeting."),
        ("table", {
            "header": ["No.", "What will happen", "Person responsible", "Timescale", "Outcome for Ella"],
            "widths": [1.1, 7.6, 5.0, 4.2, 7.8],
            "rows": [
                ["1", "Weigh and measure Ella at home, watch a full bottle feed and check how the formula is "
                      "made up",
                 "Health visitor Bronwen Tait, Quarry Hill Health Visiting Team", "Weekly, every Tuesday",
                 "Ella's weight climbs back to the 25th centile or above by the review conference; every "
                 "weight is in her red book and emailed to the SW the same day"],
                ["2", "Take Ella to the faltering growth clinic at Ashgarth Royal Children's Hospital and "
                      "follow the feeding plan the paediatrician gives",
                 "Gemma Marchetti; the SW books a taxi for each appointment",
                 "08/07/2025 and each follow-up appointment after that",
                 "Ella is seen at every clinic appointment; the clinic letter with her blood results and "
                 "feeding plan is copied to the GP, HV and SW"],
                ["3", "Planned and unannounced home visits: see Ella awake, see where she sleeps, and check "
                      "there is formula and food in the flat",
                 "SW Callum Ord", "Weekly; at least one visit in every two unannounced",
                 "Ella is seen every week; each visit record describes her feed, her cot and the food in the "
                 "flat, and who was caring for her"],
                ["4", "Sessions at home with Gemma and Stuart on making up bottles at full strength, reading "
                      "Ella's hunger cues and starting her on solid food",
                 "Family support worker Lydia Horne, Quarry Hill Family Hub",
                 "Twice a week for 8 weeks from 30/06/2025",
                 "Ella has four full-strength bottles and three small meals a day, shown on the feeding chart "
                 "on the fridge, which Lydia checks at every session"],
                ["5", "Alcohol key-work with Stuart, with a breath test at every session and a written report "
                      "on his drinking and what it means for his care of Ella",
                 "Recovery worker Marcus Fenby, Ashgarth Recovery Service",
                 "Weekly; written report before each core group",
                 "Ella is only ever cared for by a sober adult: Stuart's breath test readings are clear and "
                 "Marcus's report is read out at every core group"],
                ["6", "Assess whether Stuart can stay sober over time, what a relapse would look like and how "
                      "long any change is likely to take",
                 "Dr Anya Pell, addictions psychiatrist, Ashgarth Recovery Service",
                 "Written assessment by 05/08/2025",
                 "Decisions about Ella rest on a clear view of the risk from her dad's drinking: the "
                 "assessment is shared with the core group and the review conference"],
                ["7", "Be at the flat for Ella's bath, last bottle and bedtime on Stuart's days off, and ring "
                      "the SW if he has been drinking",
                 "Pauline Marchetti (maternal grandmother)",
                 "Every Thursday, Friday and Saturday, 6pm to 8.30pm",
                 "Ella goes to bed fed and settled with a sober adult there; Pauline signs the bedtime book "
                 "each evening and the SW reads it at every visit"],
                ["8", "Give Ella the immunisations she has missed",
                 "Practice nurse Joy Achebe, Kestrel Road Surgery, with Gemma",
                 "First appointment by 04/07/2025; all overdue doses by 15/08/2025",
                 "Ella has had every overdue immunisation, recorded in her red book and on the surgery "
                 "system"],
                ["9", "Sort out the deduction from Gemma's Universal Credit and draw up a weekly budget that "
                      "puts formula and food first",
                 "Welfare rights adviser Hassan Qureshi, Ashgarth Citizens Advice", "By 25/07/2025",
                 "There is at least one full tin of formula and food for Ella in the flat at every SW and HV "
                 "visit; the budget is on file"],
            ],
        }),
        ("h1", "If Ella is not safe: contingency plan"),
        ("p", "If Ella loses weight at two weighings in a row, or drops below the 2nd centile, the HV will ring "
              "the SW and the paediatrician the same day and Ella will be admitted to the children's ward at "
              "Ashgarth Royal for a feeding assessment."),
        ("p", "If Stuart is found drunk while he is caring for Ella, the adult who finds this will stay with "
              "Ella and ring the SW (the Emergency Duty Team out of hours). Stuart will leave the flat that "
              "night and stay with his brother Neil in Brickfield; if he will not leave, the police will be "
              "called. The SW will hold a strategy discussion the same day."),
        ("p", "If Pauline is ill or cannot come on one of Stuart's days off, Stuart will spend that evening at "
              "Neil's and Gemma will do Ella's bedtime on her own, and the SW or the Emergency Duty Team will "
              "make an unannounced visit that evening. If Gemma and Ella cannot be kept safe at home, Ella will "
              "stay with Pauline, or with approved foster carers if Pauline cannot have her."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks at Quarry Hill Family Hub, 10am: 08/07/2025, 05/08/2025 and 02/09/2025.",
            "Review child protection conference: 16/09/2025, 10am, Ashgarth Civic Centre, Committee Room 2.",
            "If Ella's weight has not started to recover by the core group on 05/08/2025, or Stuart is found "
            "drunk caring for her twice, the SW will ask the team manager for a legal planning meeting within "
            "5 working days.",
        ]),
        ("p", "Plan typed by Callum Ord, SW, 25/06/2025, and sent to Gemma, Stuart, Pauline and every agency "
              "at conference."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First review conference plan, landscape, paged; a "Progress / evidence"
#    column that mixes real checks with progress notes (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b47_aubervale_rcpc_progress_evidence_column_hallworth.pdf",
    "doc_title": "Review Child Protection Plan - Tyler and Skye Hallworth",
    "split": "tune",
    "landscape": True,
    "header": "OFFICIAL-SENSITIVE · Aubervale Borough Council · Children's Services",
    "footer": "Review CP plan – Tyler and Skye Hallworth – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "rcpc-plan-paged-landscape-progress-since-icpc-childrens-words-outcomes-then-ref-action-responsible-target-date-progress-evidence-column-mixing-checks-and-progress-notes",
    "description": (
        "First review conference plan for an 8-year-old and a 5-year-old (domestic abuse; father has "
        "left; mother's depression). The only measure is in a 'Progress / evidence' column that mixes "
        "real checks with progress notes: three rows have only a progress note (M001), two have "
        "'Monitored' or 'engagement' (M002), the CMHT only supports Dawn, one row has no target date, "
        "two are vague, one is owned by 'All agencies', and nothing says what legal step follows."
    ),
    "blocks": [
        ("title", "Review Child Protection Conference – Child Protection Plan"),
        ("kv", [
            ("Children", "Tyler Hallworth (8), Year 3, Aubervale Juniors; Skye Hallworth (5), Little Acorns "
                         "Nursery and starting Reception in September"),
            ("Address", "41 Fernhill Crescent, Aubervale North"),
            ("Mother", "Dawn Hallworth (34)"),
            ("Father", "Lee Hallworth (37); moved out on 21/03/2025, now at 9 Canal Row, Aubervale"),
            ("Conference", "First review child protection conference, 26/06/2025 (initial 20/03/2025)"),
            ("Category", "Emotional abuse"),
            ("Social worker", "Oliver Stannard, Family Safeguarding Team 3"),
            ("Chair", "Janice Whitcombe, Independent Reviewing Officer"),
        ]),
        ("h1", "Progress since the initial conference"),
        ("p", "Lee left the family home in March after police were called to the third incident in six weeks. "
              "A non-molestation order was made on 02/04/2025. Police have been told of three sightings of Lee "
              "near the house or the school since then, but he has not come into the house. Dawn has started "
              "the Freedom Programme and says she understands more about how the abuse affected the children."),
        ("p", "Dawn has depression and has been prescribed sertraline by her GP since 2023. She told "
              "conference she still struggles to get up on some mornings; Tyler was late to school 9 times "
              "in the spring term. His attendance has improved this term. Skye is settled at nursery but "
              "still has tantrums at home when she is tired, and hides under the table when voices are raised."),
        ("h1", "What Tyler and Skye have told us"),
        ("p", "Tyler (seen alone at school, 18/06/2025): \"It's calmer now Dad's gone. I miss him a bit. I get "
              "scared when I see his van.\" He said home was a 7 out of 10 and that he would feel safer if he "
              "knew what to do if Dad came round."),
        ("p", "Skye (seen at nursery with her key worker, 19/06/2025) drew her family as \"Mummy, me, Tyler and "
              "the cat\". Asked who makes her happy she said \"Mummy and Miss Jo\". Asked what makes her sad she "
              "said \"shouting\"."),
        ("h1", "What needs to be different for Tyler and Skye"),
        ("bullets", [
            "Tyler and Skye live in a calm home where there is no shouting, threats or violence.",
            "Tyler knows exactly what to do and who to ring if his dad comes to the house, and says he feels "
            "safe at home.",
            "Tyler is at school on time every day and Skye starts Reception in September with her key worker's "
            "notes passed on.",
        ]),
        ("h1", "Child protection plan"),
        ("table", {
            "header": ["Ref", "Action", "Responsible", "Target date", "Progress / evidence"],
            "widths": [1.1, 7.4, 5.0, 3.7, 8.5],
            "rows": [
                ["1", "Visit Tyler and Skye at home and at school, and see each child on their own",
                 "SW Oliver Stannard", "Every 2 weeks",
                 "6 of 7 visits done since March. Each visit record has the children's own words and a note of "
                 "who was in the house."],
                ["2", "Safety planning sessions with Tyler about what to do and who to ring if his dad comes "
                      "to the house",
                 "SW Oliver Stannard", "By 11/07/2025",
                 "Started 12/06/2025"],
                ["3", "Weekly sessions for Tyler with the school counsellor about what he saw and heard at home",
                 "Mrs Amrit Kaur, DSL, Aubervale Juniors", "",
                 "Referral sent 03/06/2025 – on the waiting list"],
                ["4", "Key worker time with Skye on nursery days, using the feelings fan to help her name how "
                      "she feels",
                 "Skye's key worker (Jo Petrie), Little Acorns Nursery", "Every nursery day",
                 "Monitored by nursery"],
                ["5", "Fortnightly home visits to support Dawn with her low mood and with taking her sertraline",
                 "CPN Gillian Moss, Aubervale Community Mental Health Team (North)", "Fortnightly",
                 "Dawn says the visits help. Good engagement."],
                ["6", "Freedom Programme for Dawn at the Aubervale Women's Centre",
                 "Dawn Hallworth", "Tuesdays, 10am, until 22/07/2025",
                 "5 of 12 sessions attended so far. The Women's Centre sends the attendance sheet to the SW "
                 "at the end of each month."],
                ["7", "Aubervale Choices programme for men who have been abusive to a partner",
                 "Lee Hallworth", "When a place becomes available",
                 "Suitability interview held 24/06/2025; on the waiting list"],
                ["8", "Tell the police and the SW if Lee is seen near the house, the school or the nursery",
                 "All agencies", "Same day",
                 "3 sightings logged since March; each was passed to the police and recorded on the children's "
                 "file with the time and place."],
                ["9", "Apply for a transfer to a home away from the north estate, with a supporting letter "
                      "from the SW",
                 "Housing officer Ruth Ellery, Aubervale Homes", "ASAP",
                 "Band B awarded 14/05/2025. Bidding log shared with the SW each month – 11 bids so far."],
                ["10", "Check Tyler's attendance every Friday and ring Dawn on any morning he is not in by "
                       "9am",
                 "Mrs Amrit Kaur, DSL, Aubervale Juniors", "Every Friday; a call on any day he is absent",
                 "Attendance 96% this term (81% in the spring). The register is sent to the SW at the end of "
                 "each month."],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Lee comes to the house, contacts Dawn or the children, or is seen waiting near the school or "
              "nursery, Dawn (or the school or nursery) will ring 999 and then the SW. The SW, or the Emergency "
              "Duty Team out of hours, will hold a strategy discussion with the police the same day."),
        ("p", "If Dawn cannot keep the children safe at home, the children will go that day to Dawn's sister, "
              "Kerry Naylor, in Westmead Road. If Kerry cannot have them, the SW will arrange for Tyler and Skye "
              "to stay together with approved foster carers that night."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 6 weeks at Aubervale Juniors, 3.45pm: 10/07/2025, 21/08/2025 and 02/10/2025.",
            "Second review child protection conference: 16/10/2025, 1.30pm, Aubervale Town Hall.",
        ]),
        ("p", "Plan agreed at conference on 26/06/2025 and sent to all present on 27/06/2025."),
    ],
    "findings": [
        F("M001", "Safety planning sessions with Tyler about what to do"),
        F("T001", "Weekly sessions for Tyler with the school counsellor"),
        F("M001", "Weekly sessions for Tyler with the school counsellor"),
        F("M002", "using the feelings fan to help her name"),
        F("H001", "support Dawn with her low mood and with taking"),
        F("M002", "support Dawn with her low mood and with taking"),
        F("T002", "Aubervale Choices programme for men who have been abusive"),
        F("M001", "Aubervale Choices programme for men who have been abusive"),
        F("W002", "Tell the police and the SW if Lee is seen"),
        F("T002", "Apply for a transfer to a home away from the north estate"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Core group working plan with a "Monitoring" column that says who checks
#    what at each meeting. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b47_annerby_core_group_monitoring_column_okoro.md",
    "split": "tune",
    "template": "core-group-working-plan-md-italic-status-line-about-the-family-then-numbered-action-who-when-monitoring-column-saying-what-the-core-group-checks-then-if-daddy-becomes-unwell-and-dates",
    "description": (
        "Exemplary core group working plan for an 11-year-old and a 3-year-old cared for by their father, "
        "who has bipolar disorder and was admitted in March. How each action will be known sits in a "
        "'Monitoring' column that names what is checked and by whom ('core group checks the diary at each "
        "meeting'). The CMHT reports on change and the psychiatrist assesses prognosis; the aunt's "
        "evenings have a fallback; dates and the legal step are set."
    ),
    "text": """\
# Core Group Working Plan – Grace and Jonah Okoro

*Annerby Council – Children and Young People's Services. Plan agreed at the initial
child protection conference on 29 May 2025 (category: neglect) and written up in this
form at the first core group on 10 June 2025. Social worker: Natalie Brook.*

## The family

- Grace Okoro, 11, Year 6 at St Cuthbert's CE Primary
- Jonah Okoro, 3, at Bluebell Day Nursery
- Daniel Okoro, their dad, who has cared for them on his own since 2023
- Bisi Adeyemi, their aunt (Daniel's sister), lives on Orchard Lane, ten minutes' walk away
- Their mum, Funmi, has not been in touch with the family since 2023

## Why there is a plan

Daniel has bipolar disorder. In March he stopped taking his lithium, stopped sleeping and
spent the family's money on online orders. On 14 March Grace rang Bisi at 11pm because her
dad was "talking really fast and wouldn't let us go to bed"; Daniel was admitted to
Annerby Park Hospital for three weeks. While he was becoming unwell Grace was getting
Jonah up, dressing him and taking him to nursery before school, and Jonah was twice
collected late. Daniel has been well since he came home, is back on his lithium and has
agreed to this plan.

## What Grace and Jonah tell us

Grace (seen on her own at school, 5 June): "Dad's back to normal now. I still look in his
room at night to check he's asleep." She said the worst part was "not knowing what to do".
She would like "a grown-up to tell first, that isn't Dad" and wants to stop doing Jonah's
bath because "he splashes me and then I'm late with homework".

Jonah is learning to talk in short sentences. At nursery he plays happily with the cars
and runs to Bisi at pick-up. At the SW's visit on 3 June he showed his dad his drawing,
climbed onto his lap and fell asleep there.

## What we want for Grace and Jonah

- Grace and Jonah are cared for every day by an adult who is well enough to get them up,
  fed and to school and nursery on time.
- Grace knows the early signs that her dad is becoming unwell and who to tell, and no
  longer checks on him at night or does Jonah's bath and bedtime.
- Jonah goes to nursery every day and keeps learning new words.

## The plan

| # | Action | Who | When | Monitoring |
|---|---|---|---|---|
| 1 | Home visits to see Grace on her own and Jonah awake, and to look at the family diary and Daniel's tablet chart | SW Natalie Brook | Every 2 weeks, one visit in three unannounced | Visit records with Grace's words and a note of Jonah's care; the core group reads them at each meeting |
| 2 | See Daniel, check his lithium levels and sleep, and send a written update to each core group on whether he is making and keeping the changes Grace and Jonah need | Care coordinator Sean Tully, Annerby Community Mental Health Team (East) | Every 2 weeks; update sent before each core group | Core group goes through Sean's written update at each meeting: latest lithium level, early warning signs checked, his view on the children's care |
| 3 | Assess how likely a relapse is, the early warning signs to watch for, and how long it would take Daniel to recover if it happened | Dr Leah Arkwright, consultant psychiatrist, Annerby CMHT (East) | Written assessment by 31 July 2025 | Report shared with the core group and read at the review conference |
| 4 | Take his lithium every evening and go to each blood test, so that he stays well enough to look after Grace and Jonah | Daniel Okoro | Every evening; next blood test 15 July 2025 | Core group checks the tablet chart and the blood test results at each meeting |
| 5 | Collect Jonah from nursery and give both children their tea on Mondays and Wednesdays, while Daniel is at work | Bisi Adeyemi (paternal aunt) | Mondays and Wednesdays, 3pm to 7pm | Bisi writes in the family diary each time; core group checks the diary at each meeting |
| 6 | Jonah's funded hours, with his key worker noting how he arrives, who brings him and how he plays | Tessa Lyle, manager, Bluebell Day Nursery | Monday to Friday, 8.30am to 2.30pm | Attendance list and key worker notes emailed to the SW every Friday; SW brings them to core group |
| 7 | Weekly check-in with Grace, and her place at the Thursday lunch club | Mr Idris Hanley, DSL, St Cuthbert's CE Primary | Every Thursday in term time | DSL log of each check-in; anything Grace says about home passed to the SW the same day |
| 8 | Young carers assessment for Grace, with a written list of the jobs she will stop doing at home | Rhiannon Price, Annerby Young Carers | By 11 July 2025 | Assessment sent to the SW; core group asks Grace's views through the SW at each meeting and checks she no longer does Jonah's bath or bedtime |
| 9 | Make a crisis card with Daniel, Bisi and Grace listing Daniel's early warning signs and who to ring | SW Natalie Brook, with Sean Tully | By 24 June 2025 | Card seen on the fridge and in Grace's school bag at the next home visit |

## If Daddy becomes unwell

If Daniel stops taking his lithium, misses a blood test, or shows any of the early signs
on the crisis card (not sleeping, talking very fast, spending money he does not have),
whoever notices (Grace, Bisi, school, nursery or the CMHT) will ring the CMHT crisis team
and Natalie (or the Emergency Duty Team out of hours) the same day. Grace and Jonah will
go to Bisi's house that day and stay there until the CMHT has seen Daniel. Natalie will
hold a strategy discussion the same day.

If Bisi cannot have the children, or cannot do a Monday or Wednesday, Natalie will
arrange for Jonah to stay at nursery until 5.30pm and for Grace to go to the St Cuthbert's
after-school club; if no family member can care for them overnight, Grace and Jonah will
stay together with approved foster carers until Daniel is well.

If Daniel needs to go into hospital again, or stops his lithium twice, Natalie will ask
the team manager for a legal planning meeting within 5 working days.

## Meetings

- Core group every 4 weeks at St Cuthbert's CE Primary, 3.30pm: 8 July and 5 August
  2025, then dates set at the review conference.
- Review child protection conference: 21 August 2025, 10am, Annerby Council House.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Case-system export of a core group review: pipe table with a combined
#    "RAG & COMMENT" column as the only place progress is shown (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b47_axtonbridge_carelink_rag_comment_export_cardew.txt",
    "split": "tune",
    "template": "carelink-case-system-export-txt-caps-field-lines-then-ref-action-lead-due-rag-and-comment-pipe-table-one-row-per-line-rag-key",
    "description": (
        "Plain-text case-system export after the second core group for a 9-year-old and a 6-year-old "
        "(physical abuse by father; mother's anxiety). The only place progress is shown is a 'RAG & "
        "COMMENT' column: some comments name a real check, others are only 'R - not yet booked', "
        "'A - no update' or 'R - not done' (M001), 'engaging well' and 'to be kept under review' "
        "(M002). Talking Therapies only treats, one row is 'TBC', one is owned by 'Family', and the "
        "review conference date is to be confirmed."
    ),
    "text": """\
AXTONBRIDGE COUNCIL - CHILDREN'S SOCIAL CARE
CareLink | Child Protection Plan | Core Group Review
Printed: 04/07/2025 11:52 by JFAIRLEY

CASE REF:        CL-2025-004417
CHILDREN:        Leon CARDEW (dob 12/02/2016, 9) | Maisie CARDEW (dob 30/08/2018, 6)
ADDRESS:         17 Tannery Walk, Axtonbridge
PARENTS:         Craig CARDEW (father) | Natalie CARDEW (mother)
CATEGORY:        Physical abuse
ICPC DATE:       22/05/2025
THIS MEETING:    Core group 2, 03/07/2025, Castlegate Primary
KEY WORKER:      Joanne Fairley (SW), Safeguarding and Family Support East

-----------------------------------------------------------------------
REASON FOR PLAN
-----------------------------------------------------------------------
On 12/05/2025 Leon's teacher saw finger-mark bruising on his upper arm.
Leon said his dad "grabbed me and smacked me because I wouldn't get in
the bath". Craig accepted he had smacked Leon and said this is how he
was brought up. Maisie told the SW she "hides under the duvet" when Dad
shouts. Natalie has anxiety and panic attacks and told conference she
"freezes" when Craig loses his temper. A police investigation into the
bruising is still open.

-----------------------------------------------------------------------
CHILDREN'S VIEWS
-----------------------------------------------------------------------
Leon (seen alone, 26/06/2025): "Dad hasn't hit me since the meeting.
He still shouts but he goes in the garden now." He would like his dad
"to stop getting cross about little things like spilling". Scaled home
as 6 out of 10.

Maisie (seen alone, 26/06/2025): "I like Tuesdays at Nanny's best." She
said she is scared "when Daddy's voice goes loud" and drew a picture of
herself under the duvet.

-----------------------------------------------------------------------
OUTCOMES
-----------------------------------------------------------------------
1. Leon and Maisie are not hit, grabbed or smacked by anyone at home.
2. Leon and Maisie feel safe at home and can tell a trusted adult at
   school if they are worried.
3. Bath time and bedtime happen without shouting, and Leon and Maisie
   are dealt with calmly when they misbehave.

-----------------------------------------------------------------------
PLAN / ACTIONS (as updated at core group 2)
-----------------------------------------------------------------------
REF | ACTION | LEAD | DUE | RAG & COMMENT
A1 | Visit Leon and Maisie at home and see each of them on their own in their bedrooms | SW Joanne Fairley | Every 2 weeks | G - 5 visits since conference, both children seen alone each time; their words are on each visit record
A2 | Attend the Calm Dads course on managing anger and setting limits without hitting | Craig Cardew | Wednesdays 6-8pm for 10 weeks from 04/06/2025 | A - 4 of 5 sessions so far (missed 18/06, work). Facilitator's register to the SW monthly and end-of-course report to core group
A3 | Weekly CBT sessions for Natalie's anxiety and panic attacks | Practitioner, Axtonbridge Talking Therapies | Weekly | G - engaging well
A4 | Check in with Leon every Monday morning and record any marks on a body map | Mr Tom Rudge, DSL, Castlegate Primary | Every Monday | G - DSL log each week; no marks seen since 02/06. Any mark reported to the SW the same day
A5 | School nurse health check for Maisie, including her height, weight and bedwetting | School nurse, Castlegate Primary | TBC | R - not yet booked
A6 | Go through a written no-hitting agreement with Craig and Natalie, and a safety plan with each child | SW Joanne Fairley | By 20/06/2025 | R - not done, SW on leave
A7 | Have Leon and Maisie after school at Nanny and Grandad Cardew's house | Family | Tuesdays and Thursdays, 3.15-6pm | A - to be kept under review
A8 | Tell the SW the outcome of the police investigation into Leon's bruising | DC Hannah Greer, Axtonbridge Police CAIT | By the next core group (31/07/2025) | A - no update
A9 | Review Natalie's sertraline and write to the SW about how she is managing the children's mornings | Dr Ian Mabey, GP, Tannery Lane Surgery | By 18/07/2025 | G - GP letter to the SW after the review, copied to core group

RAG KEY: G = on track | A = some concerns | R = not on track / not started

-----------------------------------------------------------------------
CONTINGENCY
-----------------------------------------------------------------------
If either child has an unexplained mark, or says they have been hit or
grabbed, school (or whoever sees it) will ring the SW and the police the
same day and the SW will hold a strategy discussion that day. Craig will
be asked to stay at his brother's in Millbrook while enquiries are made;
if he will not leave, the children will stay with Nanny and Grandad
Cardew. If the grandparents cannot have them, the SW will arrange for the
children to stay together with approved foster carers.

If the grandparents cannot do a Tuesday or Thursday, Natalie will collect
the children herself and the SW will visit that evening.

If Craig uses physical punishment again, or does not finish the Calm
Dads course, the SW will ask the team manager for a legal planning
meeting within 5 working days.

-----------------------------------------------------------------------
MEETINGS
-----------------------------------------------------------------------
CORE GROUP:      Every 4 weeks. Next: 31/07/2025, 3.30pm, Castlegate Primary
REVIEW CONF:     Date to be confirmed

[END OF EXPORT]
""",
    "findings": [
        F("H001", "Weekly CBT sessions for Natalie's anxiety and panic attacks"),
        F("M002", "Weekly CBT sessions for Natalie's anxiety and panic attacks"),
        F("T002", "School nurse health check for Maisie, including her height"),
        F("M001", "School nurse health check for Maisie, including her height"),
        F("M001", "Go through a written no-hitting agreement with Craig and Natalie"),
        F("W002", "Have Leon and Maisie after school at Nanny"),
        F("M002", "Have Leon and Maisie after school at Nanny"),
        F("M001", "Tell the SW the outcome of the police investigation"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Plan for a newborn and her brother: each step takes two table rows, the
#    action row and a "What success looks like" row under it, with Step, Who
#    and When merged down both. Exemplary (docx)
# ---------------------------------------------------------------------------
_STEPS_5 = [
    ("1",
     "Visit Rosa and Alfie at home, one visit in three unannounced; see Rosa awake and feeding, and talk with "
     "Alfie on his own",
     "What success looks like: Rosa and Alfie are seen every week, and each visit record says where Rosa "
     "slept, how she fed and what Alfie said.",
     "SW Nadia Farooqi", "Weekly until the review conference"),
    ("2",
     "Supervised methadone at Bridge Street Pharmacy, weekly key-work with Kayleigh and a urine screen every "
     "Monday",
     "What success looks like: the pharmacy confirms every dose taken, each screen shows nothing that is not "
     "prescribed, and Tom's written report on Kayleigh's stability and her care of Rosa is read at each core "
     "group.",
     "Recovery worker Tom Ashby, Ardingwell Drug and Alcohol Service",
     "Dose daily; key-work weekly; screen every Monday; report before each core group"),
    ("3",
     "Assess Kayleigh's capacity to stay stable over the next year, the risk of relapse after the birth and "
     "what support she needs to keep going",
     "What success looks like: a written assessment is shared with the core group and the review conference.",
     "Dr Iain Rusk, addictions doctor, Ardingwell Drug and Alcohol Service", "By 29/08/2025"),
    ("4",
     "Fit a locked box for the methadone out of Alfie's reach, and go through safe sleep and the ICON "
     "crying advice with Kayleigh and Jordan",
     "What success looks like: the box is seen fixed in a high cupboard and locked at every visit, Rosa is seen "
     "asleep on her back in her Moses basket, and the signed ICON sheet is on the HV record.",
     "HV Megan Dyer", "Box fitted by 27/06/2025; checked at every visit"),
    ("5",
     "Weigh Rosa and check her for late signs of withdrawal: feeding, sleep, tremor and crying",
     "What success looks like: Rosa stays on or above her birth centile (25th), each weight is in the red "
     "book, and any withdrawal sign is reported to the SW and GP the same day.",
     "HV Megan Dyer", "Weekly until 8 weeks old, then every 2 weeks"),
    ("6",
     "Alfie's 15 hours at Sunflower Pre-school, with his key worker noting how he arrives and what he says "
     "about home",
     "What success looks like: the register is emailed to the SW every Friday, and anything Alfie says about "
     "home is passed to the SW the same day.",
     "Lorna Birch, manager, Sunflower Pre-school", "Monday, Tuesday and Wednesday mornings"),
    ("7",
     "Be at the house from 7.30 to 9.30am to help with Rosa's morning feed and take Alfie to pre-school",
     "What success looks like: Chantelle signs the morning sheet each day, the SW checks it at every visit, and "
     "the pre-school register shows Alfie in by 9.15am.",
     "Chantelle Swaine (Alfie and Rosa's aunt)", "Every weekday until the review conference"),
    ("8",
     "Do Rosa's night feeds and keep the night feed chart, so that Kayleigh sleeps and gets to the pharmacy "
     "each morning",
     "What success looks like: the chart on the kitchen door shows a feed at least every 4 hours through "
     "the night, and the HV reads it at each visit.",
     "Jordan Pike (Rosa's dad)", "Every night"),
]
_ROWS_5 = []
for _no, _action, _success, _who, _when in _STEPS_5:
    _ROWS_5.append([_no, _action, _who, _when])
    _ROWS_5.append([V, _success, V, V])

PLANS.append({
    "name": "b47_ardingwell_newborn_two_row_steps_swaine.docx",
    "doc_title": "Child Protection Plan - Rosa and Alfie Swaine",
    "split": "tune",
    "check_vmerge": 3 * len(_STEPS_5),
    "template": "icpc-newborn-plan-docx-home-from-the-unit-summary-a-day-at-home-alfies-words-outcomes-then-step-table-each-step-two-rows-action-then-what-success-looks-like-step-who-when-merged-down",
    "description": (
        "Exemplary initial conference plan for a 3-week-old home from the neonatal unit and her 4-year-old "
        "brother (mother on a methadone script). Every step takes two rows of one table: the action, then "
        "a 'What success looks like' row under it, with the step number, who and when merged down both "
        "rows. The drug service tests, reports and assesses; the aunt's mornings have a fallback; dates "
        "and the legal step are set."
    ),
    "font": "Calibri",
    "blocks": [
        ("title", "Child Protection Plan: Rosa and Alfie"),
        ("p", "Ardingwell County Council – Children's Services – Central Locality Safeguarding Team"),
        ("kv", [
            ("Children", "Rosa Swaine, born 02/06/2025 (3 weeks); Alfie Swaine, born 14/03/2021 (4)"),
            ("Home", "6 Lime Kiln Terrace, Ardingwell"),
            ("Parents", "Kayleigh Swaine (27) and Jordan Pike (29, Rosa's father), living together; "
                        "Alfie's father has no contact"),
            ("Conference", "Initial child protection conference, 20/06/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Nadia Farooqi"),
            ("Chair", "Graham Wootton, Conference and Review Service"),
        ]),
        ("h1", "Why we are here"),
        ("p", "Kayleigh used heroin for six years. She has been on a methadone script since 2022 and her "
              "screens were clear through the pregnancy until March, when one showed heroin after her mum "
              "died. Rosa was born at 38 weeks and spent 10 days on the neonatal unit at Ardingwell General "
              "being watched for withdrawal; she needed no medicine and came home on 12/06/2025. In February "
              "Alfie was found by a neighbour in the street outside the house in his pyjamas at 7am while "
              "Kayleigh was asleep, and last year a health visitor found Kayleigh's methadone bottle on the "
              "kitchen table within Alfie's reach."),
        ("h1", "A day at home"),
        ("p", "Rosa feeds every three to four hours and settles best when she is held against Jordan's chest. "
              "At the HV's visit on 16/06/2025 she fed well, was clean and warm, and slept on her back in her "
              "Moses basket. Alfie is a lively, chatty boy. He helps fetch nappies, likes to hold Rosa's hand, "
              "and is proud to be \"the big brother\". On the SW's first visit he was still in his pyjamas at "
              "11am and said he had had crisps for breakfast."),
        ("h1", "What Alfie says"),
        ("p", "Alfie (seen at pre-school, 18/06/2025): \"Rosa cries a lot. Mummy sleeps a lot. Auntie Chantelle "
              "makes me porridge.\" Asked what makes him happy he said \"the park and Rosa\". Asked what he "
              "would change he said \"Mummy waking up\"."),
        ("h1", "What we want for Rosa and Alfie"),
        ("bullets", [
            "Rosa is fed, held and put down to sleep safely by an adult who is awake and not under the influence "
            "of drugs, and she keeps growing along her centile.",
            "Alfie is up, dressed and fed in the morning, gets to pre-school on time, and never finds medicine or "
            "drugs in the house.",
            "Both children live with parents whose recovery is steady enough to care for them every day.",
        ]),
        ("h1", "What will happen"),
        ("p", "Each step has two rows: what will happen, and under it what success looks like."),
        ("table", {
            "header": ["Step", "What will happen", "Who", "When"],
            "widths": [1.6, 8.4, 3.8, 3.2],
            "rows": _ROWS_5,
        }),
        ("h1", "If things go wrong"),
        ("p", "If Kayleigh misses her methadone two days running, has a screen showing heroin or any drug not "
              "prescribed to her, or anyone finds her drowsy or under the influence while she is caring for "
              "Rosa or Alfie, that adult will stay with the children and ring Nadia (or the Emergency Duty "
              "Team out of hours). The children will go that day to Chantelle's house at 22 Foundry Lane, and "
              "Nadia will hold a strategy discussion the same day."),
        ("p", "If Chantelle cannot come in the morning, Jordan will not go to work until 9.30am and will take "
              "Alfie to pre-school himself. If neither Chantelle nor Jordan can care for the children when they "
              "need to leave home, Nadia or the Emergency Duty Team will arrange for Rosa and Alfie to stay "
              "together with approved foster carers that night."),
        ("p", "If Kayleigh uses heroin again, or the morning plan breaks down twice in one month, Nadia will ask "
              "the team manager for a legal planning meeting within 5 working days."),
        ("h1", "When we will meet"),
        ("bullets", [
            "Core group within 10 working days and then every 4 weeks, 10am at Lime Kiln Family Centre: "
            "01/07/2025, 29/07/2025 and 26/08/2025.",
            "Review child protection conference: 11/09/2025, 2pm, Ardingwell County Hall.",
        ]),
        ("p", "Written by Nadia Farooqi, SW, 23/06/2025. Copies to Kayleigh, Jordan, Chantelle and everyone at "
              "conference."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. ICPC plan with a measure column headed "Difference it makes"; some cells
#    are activities or blank; parent's MS and no adult service (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b47_averdine_icpc_difference_it_makes_column_whitlow.md",
    "split": "tune",
    "template": "icpc-plan-md-bold-label-front-lines-worries-young-carer-childrens-words-outcomes-then-what-needs-to-happen-who-by-when-difference-it-makes-table-then-if-things-get-worse-meetings",
    "description": (
        "Initial conference plan for a 13-year-old young carer and her 7-year-old brother (neglect; "
        "mother's multiple sclerosis). The measure column is headed 'Difference it makes'; most cells "
        "name something seen, but two are activities ('Improvement in...', 'monitored'), one is blank, "
        "two timescales are vague, the Care Act referral has no owner, one row is owned by the core "
        "group, and no adult health or care service owns any action."
    ),
    "text": """\
# Child Protection Plan – Jade and Reuben Whitlow

**Averdine Council · Children's Social Work Service (South)**
**Initial child protection conference:** 19 June 2025
**Category:** Neglect
**Social worker:** Marek Nowak · **Chair:** Sunita Bhogal

## About the family

Jade Whitlow (13, Year 8 at Averdine Park School) and Reuben Whitlow (7, Year 2 at Kingsley
Road Primary) live with their mum, Louise Whitlow (41), at 12 Saddler's Close. Their dad
lives in Spain and phones at weekends. Louise's dad, Pete Whitlow, lives on the next street.

## What we are worried about

Louise has relapsing-remitting multiple sclerosis. Since a relapse in January she has
had severe fatigue and cannot manage the stairs on bad days. Jade has been getting
Reuben up and to school, cooking tea and helping her mum to the bathroom at night. Jade's
attendance has fallen to 71% and she has been late on most days she does go in. The
kitchen and back bedroom are full of rubbish bags, Reuben's mattress is on the floor
with no sheet, and he has had toothache for weeks.

## What is going well

The children are close to their mum and to each other. Louise is open about what is
hard and asked for help herself. Grandad Pete has started taking Reuben to school on
three days a week.

## What Jade and Reuben say

Jade (seen alone at school, 12 June): "I don't mind helping Mum, it's just I'm tired all
the time and I get told off for being late." She said she would like "someone to help Mum
in the mornings so it's not just me", and that she misses netball.

Reuben (seen at home, 16 June): "My tooth hurts when I eat cold things." He said he likes
it when Grandad walks him to school "because we race to the lamp post". He showed the SW
his bed and said "I don't have a sheet because the washing's all in the bag".

## What needs to change for Jade and Reuben

- Jade is at school on time every day and is not the person looking after her mum or her
  brother.
- Reuben sleeps in a clean, made bed, has his teeth treated and gets to school on time.
- Both children live in a home that is clean enough to be safe, with enough help for
  their mum that they are not doing adults' jobs.

## Action plan

| What needs to happen | Who | By when | Difference it makes |
|---|---|---|---|
| Visit at home every fortnight and see Jade and Reuben on their own, with one visit a month at school | SW Marek Nowak | Every 2 weeks | Jade and Reuben seen alone at every visit; what they say is written on the visit record |
| Young carers assessment for Jade, with a plan of the jobs she should no longer be doing | Chloe Stanning, Averdine Young Carers | By 18 July 2025 | Assessment shared with Jade and the SW; Jade starts the Thursday young carers group |
| Meet Jade and Louise and agree a plan to get Jade back into school every day | Gary Hurst, attendance officer, Averdine Education Welfare | By 27 June 2025 | Improvement in Jade's attendance |
| Clear the rubbish bags out of the kitchen and back bedroom and make up a proper bed for Reuben | Louise Whitlow, with FSW Amy Cole | Over the next few weeks | Progress monitored by the family support worker |
| Go to every neurology and MS nurse appointment at Averdine General Hospital | Louise Whitlow | Every appointment | |
| A Care Act assessment of Louise's care and support needs to be requested from adult social care | – | By 4 July 2025 | Louise has help at home in the mornings, so that Jade leaves for school by 8.15am (school register) |
| Walk Reuben to school on Mondays, Wednesdays and Fridays | Pete Whitlow (Grandad) | Mondays, Wednesdays and Fridays | Reuben in class by 8.50am on those days, shown on the school register the SW checks each month |
| Weekly session with Reuben and his learning mentor about his worries | Kingsley Road Primary | Every Tuesday | Mentor log shared with the SW each month; anything about home passed on the same day |
| Tell the SW the same day if Jade is absent or says she has been up in the night caring for her mum | Core group members | Same day | Each call logged on the children's file |
| Dental check-up and treatment for Reuben's toothache | Louise Whitlow | ASAP | Dentist's letter confirming treatment, seen by the SW |
| Check both children's growth and immunisations | Paula Grieve, school nurse | By 18 July 2025 | Heights, weights and immunisations sent to the SW and GP |

## If things get worse

If Jade misses two days of school in a week, if Reuben is found without food or clean
clothes, or if Louise has a relapse and cannot get out of bed, the school or whoever
finds out will ring Marek the same day. The children will stay with Grandad Pete and
Marek will hold a strategy discussion that day. If Pete cannot have them, Marek will
arrange for Jade and Reuben to stay together with approved foster carers.

If Pete cannot walk Reuben to school on one of his days, Marek will ask the school to
give Reuben a place at breakfast club from 8am that week.

If the home is still not safe for Reuben to sleep in, or Jade's attendance has not
reached 90%, by the core group on 31 July 2025, Marek will ask for a legal planning
meeting.

## Meetings

- Core group every 4 weeks at Kingsley Road Primary: 3 July, 31 July and 28 August 2025.
- Review child protection conference: 11 September 2025, 10am, Averdine Civic Offices.
""",
    "findings": [
        F("M002", "agree a plan to get Jade back into school every day"),
        F("T002", "Clear the rubbish bags out of the kitchen and back bedroom"),
        F("M002", "Clear the rubbish bags out of the kitchen and back bedroom"),
        F("M001", "Go to every neurology and MS nurse appointment"),
        F("W001", "A Care Act assessment of Louise's care and support needs"),
        F("W002", "Tell the SW the same day if Jade is absent"),
        F("T002", "Dental check-up and treatment for Reuben's toothache"),
        F("F004"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Review conference plan in two tables, "At home" and "For Kyla and
#    Mikey", each with a measure column headed "Proof". Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b47_ashlowe_rcpc_two_tables_proof_column_rennard.pdf",
    "doc_title": "Child Protection Plan (Review) - Kyla and Mikey Rennard",
    "split": "tune",
    "header": "Ashlowe Council | Children's Services | Restricted: family and named professionals only",
    "footer": "Kyla and Mikey Rennard – plan agreed 03/07/2025 – {PAGE}/{NUMPAGES}",
    "min_pages": 2,
    "font": "Verdana",
    "font_size": 9.5,
    "template": "rcpc-plan-paged-where-we-are-now-three-months-on-in-kylas-and-mikeys-words-goals-then-two-tables-at-home-and-for-kyla-and-mikey-what-well-do-who-when-proof-column",
    "description": (
        "Exemplary review conference plan for a 14-year-old and a 9-year-old whose mother has emotionally "
        "unstable personality disorder and took two overdoses at home. The actions are in two tables, "
        "'At home' and 'For Kyla and Mikey', whose measure column is headed 'Proof'. Both CMHT rows report "
        "on change, the GP holds the medication, CAMHS and the young carers service have outputs, the "
        "grandmother has a fallback, and dates and the legal step are set."
    ),
    "blocks": [
        ("title", "Kyla and Mikey's Child Protection Plan"),
        ("p", "Review child protection conference, 03/07/2025 – the plan continues (category: emotional abuse)"),
        ("kv", [
            ("Kyla Rennard", "14, Year 9, Ashlowe Academy"),
            ("Mikey Rennard", "9, Year 4, Millbrook Junior School"),
            ("Living with", "Tanya Rennard (mum, 36), 5 Sedge Walk, Ashlowe"),
            ("Mikey's dad", "Mark Dunstan, Heron Court, Ashlowe; Mikey stays every other weekend and on "
                            "Wednesday nights"),
            ("Kyla's nan", "Irene Rennard (Tanya's mum), Cliff Road, Ashlowe"),
            ("Social worker", "Ruth Calloway, Ashlowe Children's Services, Coastal Team"),
            ("Chair", "Bernadette Kealy, Independent Reviewing Officer"),
        ]),
        ("h1", "Where we are now"),
        ("p", "Tanya has emotionally unstable personality disorder. She took an overdose at home in January "
              "and again on 6 April, when Kyla found her on the bathroom floor and rang 999 while Mikey was "
              "in the next room. Since the initial conference Tanya has started the DBT programme at Ashlowe "
              "CMHT and has not missed a session. Her tablets are now dispensed weekly. There have been no "
              "overdoses since April, but there were two nights in May when Tanya rang the crisis line, and "
              "on one of them Kyla stayed up with her until 3am."),
        ("p", "Kyla has been self-harming by cutting her arms since the spring. She is open with her CAMHS "
              "worker about it. Mikey is doing well at school and loves his nights at his dad's, but has told "
              "his teacher he worries about his mum \"all the time\"."),
        ("h1", "Three months on, in Kyla's and Mikey's words"),
        ("p", "Kyla (seen alone, 24/06/2025): \"Mum's trying, I can see that. I still don't sleep properly in "
              "case something happens. I want to be a normal 14-year-old and not the one who has to deal with "
              "it.\" She scaled home at 5 out of 10 (it was 2 in March). She wants her nan to be the first "
              "person she rings."),
        ("p", "Mikey (seen alone, 25/06/2025): \"I like it at Dad's because it's quiet and we play FIFA. At home "
              "I listen at Mum's door.\" He scaled home at 6. He said he would feel better if he knew \"what "
              "to do if it happens again and Kyla's not there\"."),
        ("h1", "Our goals for Kyla and Mikey"),
        ("bullets", [
            "Kyla and Mikey are never left to deal with their mum's crises on their own: there is always an "
            "adult they can ring, and they know who it is.",
            "Kyla sleeps through the night, goes to school every day and has fewer episodes of self-harm.",
            "Mikey can say what to do if his mum is unwell and stops listening at her door at night.",
        ]),
        ("h1", "At home"),
        ("table", {
            "header": ["What we'll do", "Who", "When", "Proof"],
            "widths": [6.0, 3.8, 3.0, 4.2],
            "rows": [
                ["Visit Kyla and Mikey at home, seeing each of them on their own; one visit a month after "
                 "school and one unannounced",
                 "SW Ruth Calloway", "Every 2 weeks",
                 "Visit records with each child's words and their 0–10 scaling written down every visit"],
                ["Weekly DBT skills group and individual sessions for Tanya; report to every core group on what "
                 "Tanya is doing differently when she is distressed and what that means for Kyla and Mikey",
                 "DBT therapist Owen Hartley, Ashlowe CMHT", "Weekly until 31/12/2025; report before each core "
                 "group",
                 "Written report at each core group: sessions attended, skills used, and the number of crisis "
                 "calls and overdoses since the last meeting"],
                ["Assess Tanya's capacity to keep the children safe when she is in crisis, the steps still "
                 "needed and the likely timescale for change",
                 "Care coordinator Farah Nazir, Ashlowe CMHT", "Written assessment by 15/08/2025",
                 "Assessment shared with the core group and read at the next review conference"],
                ["Prescribe Tanya's medication in weekly blister packs so that no more than 7 days' tablets "
                 "are in the house",
                 "Dr Kwame Asante, GP, Millbrook Surgery", "Weekly, from 07/07/2025",
                 "Pharmacy collection record checked by Farah at each visit; no spare tablets found on the SW's "
                 "checks"],
                ["Have Mikey to stay on alternate weekends and every Wednesday night",
                 "Mark Dunstan (Mikey's dad)", "Alternate weekends and every Wednesday",
                 "Contact diary signed by Mark, read by the SW at each visit"],
            ],
        }),
        ("h1", "For Kyla and Mikey"),
        ("table", {
            "header": ["What we'll do", "Who", "When", "Proof"],
            "widths": [6.0, 3.8, 3.0, 4.2],
            "rows": [
                ["Weekly sessions with Kyla about her self-harm and about finding her mum in April, and a "
                 "safety plan agreed with her",
                 "Dr Sophie Lang, clinical psychologist, Ashlowe CAMHS", "Weekly; safety plan by 18/07/2025",
                 "Safety plan copied to school and the SW; CAMHS letter to each core group saying how often Kyla "
                 "has self-harmed"],
                ["Check in with Kyla every Monday and tell the SW the same day if she is absent or has hurt "
                 "herself",
                 "Ms Dee Parkes, DSL, Ashlowe Academy", "Every Monday; same day for any absence",
                 "DSL log; attendance on the register sent to the SW each month"],
                ["Place for Mikey at the Saturday young carers group, including the sessions on living with a "
                 "parent who is unwell",
                 "Jess Moran, Ashlowe Young Carers Service", "Every other Saturday from 05/07/2025",
                 "Attendance list sent to the SW; Mikey can tell the SW in his own words what to do if Mum is "
                 "unwell"],
                ["Make a crisis card with each child saying who they ring first (Nan, then 999) and keep a copy "
                 "in each school bag",
                 "SW Ruth Calloway", "By 11/07/2025",
                 "Cards seen by the SW in both school bags; Kyla and Mikey each say who they ring"],
            ],
        }),
        ("h1", "If it happens again"),
        ("p", "If Tanya takes an overdose, harms herself, or tells anyone she is planning to, the children will "
              "ring 999 and then Irene. Irene will take Kyla and Mikey to her house that night, or Mark will "
              "collect Mikey. Ruth (or the Emergency Duty Team out of hours) will hold a strategy discussion the "
              "same day, and the children will not go home until the CMHT has seen Tanya."),
        ("p", "If Irene cannot come or cannot have Kyla, Ruth or the Emergency Duty Team will arrange for Kyla "
              "to stay with approved foster carers that night; Mikey will go to Mark's, or with Kyla if Mark "
              "cannot have him."),
        ("p", "If there is another overdose while the children are at home, or the DBT therapist reports no "
              "change by the core group on 11/09/2025, Ruth will ask the team manager for a legal planning "
              "meeting within 5 working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every 6 weeks at Millbrook Junior School, 4pm: 31/07/2025, 11/09/2025 and 23/10/2025.",
            "Next review child protection conference: 18/12/2025, 10am, Ashlowe Town Hall.",
        ]),
        ("p", "Agreed at conference by Tanya, Mark, Irene and all agencies present. Copy given to Kyla."),
    ],
    "findings": [],
})
