"""Batch 56, module k: seven fictional plans (held-out material), places beginning with "k".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: seven plans as a busy local authority team in England writes them in
an ordinary autumn, each in its own layout and voice: an initial conference
plan with the outcome merged down a Word table, core group minutes ending in
a plain-text action log, a Signs of Safety plan with a "next steps" table
that puts Who first, a plan written to a 12-year-old, a review conference
record whose plan is typed numbered paragraphs, a looked-after baby on a
children's ward with actions in bullets under agency headings, and a long
exploitation plan for a family moving to another council. The faults are a
realistic mix across the rules rather than one rule. Three plans are
exemplary.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, outcome column merged down over the three
#    actions of each outcome; mother with bipolar disorder (docx, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b56_kellowmere_icpc_outcome_merged_down_lead_start_blake.docx",
    "doc_title": "Child Protection Plan - Tyler Blake and Ivy Osei",
    "split": "heldout",
    "actions": 12,
    "template": "icpc-plan-docx-details-kv-then-outcome-for-the-children-column-merged-down-over-three-actions-no-what-will-happen-lead-start-how-often-by-when-how-we-will-know",
    "description": (
        "Initial conference plan for a 5-year-old and a 10-month-old whose mother has bipolar disorder "
        "and was admitted in the summer. Six-column Word table whose first column, the outcome for the "
        "children, is merged down over the three actions under it (four real vertical merges). The "
        "community mental health team reports on whether Danielle can make the changes in time, the GP "
        "owns the lithium monitoring, the grandmother's mornings have a fallback, both children's "
        "experience is written up, dates and the legal step are set. Exemplary."
    ),
    "check_vmerge": 4,
    "landscape": True,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Kellowmere Borough Council · Children's Services · Assessment and Safeguarding Team (South)"),
        ("kv", [
            ("Children", "Tyler Blake, 5 (Year 1, Holmfield Primary); Ivy Osei, 10 months (at home)"),
            ("Mother", "Danielle Blake, 27"),
            ("Ivy's father", "Marcus Osei, 30, lives at the address and works as a delivery driver. Tyler's "
                             "father has not been in touch since 2021."),
            ("Address", "22 Larkspur Way, Kellowmere"),
            ("Maternal grandmother", "Paulette Blake, 3 Orchard Mews, Kellowmere (a five-minute walk)"),
            ("Initial conference", "Wednesday 10/09/2025, Kellowmere Civic Centre"),
            ("Category", "Neglect"),
            ("Social worker", "Helen Mortimer (team manager: Owen Radley)"),
            ("Conference chair", "Beverley Agyeman"),
        ]),
        ("h1", "Why Tyler and Ivy need a plan"),
        ("p", "Danielle has bipolar affective disorder. In July 2025 she became manic after stopping her lithium: "
              "she did not sleep for four nights, spent the rent money and took Ivy out at 2am in the rain to "
              "\"go and see the sea\". Police found them at the bus station. Danielle was admitted to Rowan Ward "
              "for 16 days under section 2 of the Mental Health Act. Marcus and Paulette looked after the "
              "children. Since coming home Danielle has been back on lithium, but she has missed two blood tests, "
              "and on two of the social worker's visits Ivy had a sodden nappy and there was no milk in the "
              "fridge. Tyler has been late to school 11 times this term and last year."),
        ("p", "Danielle and Marcus accept that the children were not safe in July. Danielle said at conference "
              "that she is frightened of becoming ill again and wants help to spot it early."),
        ("h1", "Tyler's and Ivy's days, and what Tyler has told us"),
        ("p", "Tyler (seen on his own at school on 4 September): \"When Mummy was in hospital I stayed at Nana's "
              "and she made pancakes.\" He said he does not like it \"when Mummy talks really fast and doesn't go "
              "to bed\", and that he gets Ivy's dummy for her when she cries in the night. He wants \"Mummy and "
              "Marcus and Ivy and me to stay in our house\". On his scale, home was a 6 and Nana's a 10."),
        ("p", "Ivy is crawling and pulling herself up on the sofa. On visits she babbles to Marcus and reaches "
              "for him, and settles quickly when Paulette rocks her. She was hungry and cried for a long time on "
              "the visit on 28 August, when Danielle had slept late and nobody had fed her since 6am."),
        ("h1", "What is going well"),
        ("bullets", [
            "Danielle has taken her lithium every day since 1 August (her blister packs were checked).",
            "Marcus has asked his manager to move him off night shifts.",
            "Paulette helps every morning and the children are close to her.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Outcome for Tyler and Ivy", "No.", "What will happen", "Lead person (agency)",
                       "Start / how often / by when", "How we will know it is working"],
            "widths": [4.0, 1.0, 6.4, 4.2, 4.6, 5.5],
            "rows": [
                ["A. Tyler and Ivy are looked after every day by an adult well enough to feed, change and "
                 "supervise them, and are never left alone with Danielle when she is becoming unwell.",
                 "1",
                 "Home visits to review Danielle's mental state and her lithium, and a written report on whether "
                 "she is making the changes needed to care safely for the children, and how long that is likely "
                 "to take",
                 "Femi Adebayo, care coordinator, Kellowmere Community Mental Health Team (Recovery East)",
                 "Fortnightly from 15/09/2025; report 5 working days before each core group",
                 "Report read at each core group; visit dates and lithium levels recorded in it"],
                [V, "2",
                 "Lithium blood tests and a physical health check for Danielle; write to the social worker "
                 "about any missed test and what it means for the children",
                 "Dr Nasreen Khalid, Larkspur Medical Practice",
                 "First test by 30/09/2025, then every 3 months",
                 "Blood results and the GP's letter on the children's file"],
                [V, "3",
                 "Write a staying-well plan: the early signs of Danielle becoming high or low (not sleeping, "
                 "spending, talking fast) and who looks after Tyler and Ivy as soon as one appears",
                 "Danielle Blake and Marcus Osei, with Femi Adebayo",
                 "By the first core group on 30/09/2025",
                 "Signed plan on the fridge; copies held by Paulette, the school and the SW"],
                ["B. Ivy is fed on time, changed, sleeps safely in her cot and keeps growing and learning.",
                 "4",
                 "Weigh Ivy, and check her feeding, her nappy area, where she sleeps and her development",
                 "HV Joanne Priestley, Kellowmere 0-19 Service",
                 "Every two weeks until the review conference",
                 "Weight plotted in the red book, on or above the 25th centile; findings in the HV record"],
                [V, "5",
                 "Come to the house on weekday mornings to give Ivy her breakfast with Danielle and get Tyler "
                 "ready for school while Danielle's morning medication takes effect",
                 "Paulette Blake (maternal grandmother)",
                 "Every weekday, 7.30 to 9am, until the review conference",
                 "Paulette signs the morning sheet on the fridge; the SW checks it at each visit"],
                [V, "6",
                 "Nursery place for Ivy on Monday, Wednesday and Friday mornings; her key worker writes down how "
                 "she arrives, eats and sleeps",
                 "Shona Keane, manager, Bramblegate Day Nursery",
                 "From Monday 06/10/2025, every session",
                 "Daily care diary; a weekly summary emailed to the SW every Friday"],
                ["C. Tyler gets to school every day on time, fed and dressed, and has an adult he trusts to "
                 "talk to about home.",
                 "7",
                 "Check Tyler is in by 8.55am with breakfast and a clean uniform, and ring Marcus if he is not "
                 "in by 9.15am",
                 "Mr Ravi Chandran, DSL, Holmfield Primary",
                 "Every school day",
                 "Attendance and punctuality printout emailed to the SW every Friday; 95% attendance by the "
                 "review"],
                [V, "8",
                 "Worry time with Tyler: a short one-to-one session about how things are at home and at school",
                 "Mrs Alison Tregear, learning mentor, Holmfield Primary",
                 "Every Thursday from 18/09/2025 to 18/12/2025",
                 "Session log with Tyler's own words; anything about home passed to the DSL and the SW the "
                 "same day"],
                [V, "9",
                 "See Tyler and Ivy at home, Tyler on his own each time; look at the fridge, Ivy's cot and the "
                 "staying-well plan",
                 "SW Helen Mortimer",
                 "Weekly for the first 6 weeks, then every two weeks until the review conference",
                 "Visit records with Tyler's words and what was seen of Ivy's care"],
                ["D. Tyler understands, in a way that suits a 5-year-old, what happens when Mummy is poorly and "
                 "who will look after him and Ivy.",
                 "10",
                 "Make a \"When Mummy is poorly\" book with Tyler, with pictures of Nana, Marcus and the people "
                 "at school he can tell",
                 "SW Helen Mortimer",
                 "By 31/10/2025",
                 "Book finished and kept by Tyler; he can say who looks after him (recorded at the next visit)"],
                [V, "11",
                 "Six sessions with Danielle and Marcus on morning and bedtime routines and Ivy's sleep",
                 "Kerry Adams, family support worker",
                 "Weekly for 6 weeks from 22/09/2025",
                 "Routine chart in use; Ivy's sleep diary shows her in her cot by 7.30pm on 5 nights out of 7"],
                [V, "12",
                 "Work day shifts only, so that Marcus is home by 6pm every weekday and overnight",
                 "Marcus Osei",
                 "From 15/09/2025 until the review conference",
                 "Work rota shown to the SW each month"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Danielle shows any of the early signs in her staying-well plan for two days in a row, misses a "
              "lithium dose or a blood test, or is found alone with the children while she is unwell, Marcus or "
              "Paulette will care for Tyler and Ivy and Danielle will not be left alone with them. Femi Adebayo "
              "(or the crisis team out of hours) will assess Danielle the same day, and the SW (or the emergency "
              "duty team) will hold a strategy discussion the same day."),
        ("p", "If Paulette cannot come in the mornings (for example if she is ill or away), Marcus will take "
              "carer's leave, which his employer has agreed, and Tyler will go to Holmfield breakfast club. If "
              "neither Marcus nor Paulette can look after the children while Danielle is unwell, the SW will "
              "arrange a foster placement for them together that day."),
        ("p", "If Danielle stops her lithium, or needs a crisis admission, before the review conference, or the "
              "staying-well plan is not written by the first core group, the SW will ask the team manager for a "
              "legal planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("p", "The core group meets every 4 weeks at Holmfield Primary, 1.30pm: Tuesday 30/09/2025, Tuesday "
              "28/10/2025 and Tuesday 25/11/2025. The review child protection conference is on Tuesday "
              "02/12/2025 at 10am, Kellowmere Civic Centre."),
        ("p", "Plan typed by Helen Mortimer (SW) on 11/09/2025 and sent to Danielle, Marcus, Paulette and every "
              "agency named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Second core group minutes, numbered items, then a plain-text action log
#    of C/F and NEW entries; the family is about to move to another council
#    (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b56_kirtlebeck_core_group_minutes_action_log_brennan.txt",
    "split": "heldout",
    "actions": 12,
    "template": "core-group-2-minutes-txt-numbered-items-agency-updates-childrens-views-move-contingency-dates-then-action-log-entries-cf-or-new-action-who-when-evidence-lines",
    "description": (
        "Minutes of a second core group for a 14-year-old and a 9-year-old (mother's drinking and "
        "depression, the older child going missing), typed as numbered items and ending in an action log "
        "of carried-forward and new entries with Action / Who / When / Evidence lines. The family moves to "
        "another council in two weeks. Faults: no outcome for the children anywhere (O001), review "
        "conference date 'to be confirmed' (R001), two actions left to the new council (X001 x2), "
        "'ASAP' and 'ongoing' (T002 x2), 'All professionals' (W002), a blank evidence line (M001), 'keep "
        "an eye on' and 'engagement' measures (M002 x2), and the mental health team only supporting "
        "Siobhan (H001)."
    ),
    "text": """\
KIRTLEBECK CITY COUNCIL
Children and Families Service - Safeguarding Team 2 (North)

CORE GROUP MEETING - MINUTES

Children:     Caitlin BRENNAN (14), Year 10, Kirtlebeck Academy
              Jack BRENNAN (9), Year 5, St Wilfrid's RC Primary
Address:      41 Foundry Lane, Kirtlebeck
Meeting:      Core group 2, Tuesday 28/10/2025, 3.45pm, St Wilfrid's RC Primary
Plan since:   ICPC 23/09/2025, category neglect
Chair/minutes: Aoife Dunleavy (SW) / Tanya Booth (business support)

1. PRESENT AND APOLOGIES
   Present: Siobhan Brennan (mum, SB), Lee Harker (Siobhan's partner, LH),
   Aoife Dunleavy (SW, AD), Mr Colm Feeney (DSL, St Wilfrid's, CF),
   Ms Naz Akhtar (Head of Year 10, Kirtlebeck Academy, NA), Mags Holroyd
   (Kirtlebeck Recovery Service, MH), Paul Okonkwo (CPN, Kirtlebeck
   Community Mental Health Team, PO), Bev Lister (family support worker,
   BL).
   Apologies: school nurse (report sent), PC Ryan Doyle (missing
   persons co-ordinator).

2. MINUTES OF CORE GROUP 1 (07/10/2025)
   Agreed as accurate. Actions carried forward are marked C/F in the
   log below.

3. UPDATES

   3.1 Social care (AD). Visited 09/10, 16/10 and 23/10. On 16/10 Jack
   answered the door at 5.30pm and said Mum was "having a lie down";
   Siobhan was asleep upstairs and there were empty cider bottles in the
   kitchen bin. Lee came home at 6.15pm. On the other two visits the
   house was tidy and there was food in.

   3.2 Recovery service (MH). Siobhan has come to 3 of 4 keywork
   sessions. Breath tests were clear on two and 0.2 on the third
   (a Monday morning). She has cut down from about 3 litres of cider a
   day to "a bottle at night" by her own account.

   3.3 Mental health (PO). Siobhan has recurrent depression and has been
   with the CMHT since 2023. She is on mirtazapine. PO sees her every two
   weeks. She told PO she feels "flat" and finds evenings hardest.

   3.4 St Wilfrid's (CF). Jack's attendance this half-term is 91%. He has
   been tired in the mornings and twice has not had his PE kit. He asked
   to stay in at lunch on three days this month.

   3.5 Kirtlebeck Academy (NA). Caitlin has been missing from home twice
   since the conference (11/10, found next day at a friend's flat in
   Dockside, and 19/10, back at 1am). Attendance 78%. She has a new phone
   she will not say who bought.

   3.6 Family support (BL). Four sessions done on money and the evening
   routine. The family have been offered a tenancy in Morvale.

4. CAITLIN'S AND JACK'S VIEWS
   Caitlin (seen by AD in the car, 23/10): "I go out because the house is
   dead boring and Mum's always asleep." She said the people at Dockside
   are "just mates" and that she is "not a kid". She does not want to
   move to Morvale and wants to finish Year 10 at the Academy.
   Jack (seen alone at school, 16/10 and 23/10): "I make toast when Mum's
   tired. Lee does proper tea." He said he gets scared when Caitlin is not
   home at night and that he likes it best "when it's just normal".
   He drew himself, Lee and Mum watching the football.

5. THE MOVE TO MORVALE
   Siobhan and Lee have accepted a Morvale Homes tenancy (Flat 6, Crane
   House, Morvale). They plan to move on Monday 10/11/2025. AD will send
   the transfer-in request to Morvale Children's Services this week.
   Morvale will decide the date of their transfer-in conference.

6. CONTINGENCY PLAN (from the ICPC, confirmed today)
   If Siobhan is under the influence of alcohol while she is the only
   adult caring for Jack, Lee will be called home; if he cannot come,
   Jack will go to his aunt Geraldine Brennan (12 Sorrel Close) that
   night and the SW (or EDT) will hold a strategy discussion the same
   day. If Caitlin is missing, Siobhan will report her to the police
   straight away; if she is found somewhere linked to adults who may be
   exploiting her, the SW will hold a strategy discussion the same day.
   If Siobhan is found drunk while caring for Jack again before the
   review conference, the SW will ask the team manager for a legal
   planning meeting within 5 working days.

7. DATES
   Core group every 3 weeks. Next core group: Tuesday 18/11/2025, 3.45pm
   (Morvale to be invited). Review child protection conference: date to
   be confirmed (Morvale to set once the family have moved).

ACTION LOG - CORE GROUP 2
(C/F = carried forward from core group 1; NEW = agreed today)

CG2/01 (C/F)
   Action:   SW to see Caitlin and Jack on their own, Jack at school and Caitlin wherever she will talk, and write down what each says about evenings at home.
   Who:      Aoife Dunleavy, SW
   When:     every 2 weeks until the transfer-in conference
   Evidence: visit records with each child's words on the children's file

CG2/02 (C/F)
   Action:   Weekly keywork with Siobhan with a breath test at every session, and a written update on whether her drinking is changing and what that means for Jack and Caitlin.
   Who:      Mags Holroyd, Kirtlebeck Recovery Service
   When:     weekly; update before each core group
   Evidence: breath test results and the written update sent to the SW

CG2/03 (C/F)
   Action:   Continue to support Siobhan with her low mood through home appointments and medication reviews.
   Who:      Paul Okonkwo, CPN, Kirtlebeck CMHT
   When:     fortnightly
   Evidence: Siobhan attends appointments (CMHT diary)

CG2/04 (C/F)
   Action:   Learning mentor to keep an eye on Jack in class and at lunchtimes.
   Who:      Mr Colm Feeney, DSL, St Wilfrid's
   When:     daily
   Evidence: school keeping an eye on him

CG2/05 (C/F)
   Action:   Head of Year to meet Caitlin one-to-one to talk about her week, her friends and anyone pressuring her.
   Who:      Ms Naz Akhtar, Head of Year 10
   When:     every Monday, period 1
   Evidence: meeting notes on CPOMS; anything worrying passed to the SW the same day

CG2/06 (C/F)
   Action:   Tell the SW and the police the same day if Caitlin is missing, or is seen with older young people or adults from Dockside.
   Who:      All professionals
   When:     same day
   Evidence: each report logged on Caitlin's file and on the police missing record

CG2/07 (C/F)
   Action:   Return home interview with Caitlin after every missing episode.
   Who:      Kirtlebeck Missing Children Team (Dani Cole)
   When:     within 72 hours of her return
   Evidence: return home interview record sent to the SW and PC Doyle

CG2/08 (NEW)
   Action:   Referral to CAMHS for Jack's worries at night to be made by Morvale once the case has transferred.
   Who:      Morvale Children's Services
   When:     after transfer
   Evidence: referral accepted letter

CG2/09 (NEW)
   Action:   Sort out the tenancy start date and removals with Morvale Homes and tell the SW.
   Who:      Lee Harker
   When:     ASAP
   Evidence: tenancy agreement seen by the SW

CG2/10 (C/F)
   Action:   Parenting assessment of Siobhan and Lee to be paused and picked up by Morvale after the move.
   Who:      Aoife Dunleavy, SW
   When:     on transfer
   Evidence: assessment report

CG2/11 (C/F)
   Action:   Sessions with Siobhan and Lee on budgeting, shopping and the evening routine.
   Who:      Bev Lister, FSW
   When:     ongoing
   Evidence: engagement with sessions

CG2/12 (NEW)
   Action:   Refer Caitlin to the Route 14 youth project for one-to-one work on exploitation and staying safe.
   Who:      Aoife Dunleavy, SW
   When:     by 31/10/2025
   Evidence:

Minutes circulated by AD on 29/10/2025. Corrections to AD within 5
working days please.
""",
    "findings": [
        F("O001"),
        F("R001"),
        F("H001", "Continue to support Siobhan with her low mood"),
        F("M002", "Learning mentor to keep an eye on Jack"),
        F("W002", "if Caitlin is missing, or is seen with older"),
        F("X001", "Referral to CAMHS for Jack's worries at night"),
        F("T002", "Sort out the tenancy start date and removals"),
        F("X001", "Parenting assessment of Siobhan and Lee to be paused"),
        F("T002", "Sessions with Siobhan and Lee on budgeting, shopping"),
        F("M002", "Sessions with Siobhan and Lee on budgeting, shopping"),
        F("M001", "Refer Caitlin to the Route 14 youth project"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Signs of Safety plan: danger statement, safety goals, scaling, the
#    children's words, then a "next steps" table with Who first (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b56_knottingale_sos_next_steps_who_first_lewandowski.md",
    "split": "heldout",
    "actions": 9,
    "template": "signs-of-safety-md-danger-statement-complicating-factors-working-well-safety-goals-scaling-table-childrens-words-then-who-what-when-how-well-know-next-steps-table-who-first",
    "description": (
        "Signs of Safety child protection plan for an 8-year-old and a 3-year-old after their father, "
        "who drinks, threw a chair during an argument (domestic abuse). Danger statement, safety goals, a "
        "scaling table and Zofia's three houses, then a Who | What | When | How we'll know table. The "
        "paternal grandparents supervise contact and do school pick-ups. Faults: a safety goal only about "
        "the father (F002), 'when Zofia is ready' (T002), 'Family network' as owner (W002), an assessment "
        "with no output (M001), 'monitoring' and 'engagement' as measures (M002 x2), the father's drinking "
        "recorded with no adult service owning anything (F004), a contingency that never says what "
        "happens if the grandparents cannot supervise (C003), and no legal step (R002)."
    ),
    "text": """\
# Knottingale Council – Children's Services
## Child Protection Plan (Signs of Safety)

| | |
|---|---|
| **Children** | Zofia Lewandowska (8), Year 4, Mill Lane Primary; Kuba Lewandowski (3), Sunflower Room, Knottingale Children's Centre Nursery |
| **Mum** | Kasia Lewandowska (31), 15 Weaver Street, Knottingale – the children live with her |
| **Dad** | Tomasz Lewandowski (34), living with his parents at 9 Tanner's Row since 31/08/2025 |
| **Grandparents** | Grażyna and Marek Lewandowski (paternal) |
| **Conference** | ICPC, Thursday 18/09/2025 – category emotional abuse |
| **Social worker** | Natalie Crowther (Knottingale Safeguarding Team 3) |

### Danger statement

Children's Services, the police and school are worried that Zofia and Kuba will
be hurt, physically or emotionally, when their dad has been drinking and argues
with their mum. On 30 August 2025 Tomasz came home after drinking all afternoon,
shouted at Kasia and threw a kitchen chair, which smashed a glass door; Zofia cut
her foot on the glass. Police have been called to the house three times this year.
We are worried this will keep happening and that Zofia and Kuba will grow up
frightened in their own home.

### Complicating factors

- Tomasz drinks most weekends, often from lunchtime, and told conference he does
  not think he needs help with his drinking.
- Kasia wants Tomasz to come home by Christmas.
- Kasia works until 6pm on Tuesdays and Thursdays.

### What's working well

- Tomasz moved to his parents' house the day after the incident and has kept away
  from Weaver Street.
- Kasia rang the police herself on 30 August and has talked openly to the social worker.
- Grażyna and Marek see the children every week and Zofia and Kuba love being there.
- Zofia's school says she is doing well in class.

### Safety goals (what we want to see)

1. Zofia and Kuba live at home without shouting, hitting or things being thrown, and Zofia tells us she feels safe there.
2. Zofia and Kuba see their dad every week in a way that is safe, with a grown-up they trust there, and he is always sober when he sees them.
3. Tomasz completes a domestic abuse programme and takes responsibility for his violence.
4. Kuba's speech is checked and he gets any help he needs.

### Scaling (0 = the children will be hurt again, 10 = everyone is confident they are safe)

| Who | Score | Why |
|---|---|---|
| Kasia | 6 | "Tomasz is not here and we are calmer." |
| Tomasz | 7 | "I've not touched a drink since I moved." |
| Grażyna and Marek | 7 | They see him every day. |
| Natalie (SW) | 3 | Tomasz still drinks at weekends (he was seen at the Red Lion on 13/09) and nothing has changed yet about his temper. |

### What Zofia and Kuba have told us

Zofia did her three houses with Natalie at school on 11/09/2025. In her house of
worries she drew "Tata shouting and the chair" and said, "I hid under the table
with Kuba and my foot was bleeding." In her house of good things she put
"Babcia's pierogi" and "Mum laughing". In her house of dreams: "Tata comes home
but he is nice all the time and doesn't drink the beer."

Kuba is not yet putting many words together. At nursery he plays happily with the
cars but covers his ears and hides behind his key worker when other children shout.
At his grandparents' house he was seen running to Marek and asking to be lifted up.

### Next steps

| Who | What | When | How we'll know |
|---|---|---|---|
| Tomasz Lewandowski | Attend the Changing Patterns domestic abuse programme, including the sessions on how abuse affects children | Every Tuesday evening for 22 weeks from 07/10/2025 | Facilitator's attendance record, and a mid-point report to Natalie by 16/12/2025 |
| Kasia, with Ruth Ellery (IDVA, Knottingale Domestic Abuse Service) | Write a safety plan for home, including a card for Zofia saying who she rings and which neighbour she goes to | By 03/10/2025 | Written safety plan on file; Zofia's card kept in her book bag |
| Grażyna and Marek Lewandowski (PGPs) | Supervise all of Tomasz's time with Zofia and Kuba at Tanner's Row, and make sure he has not been drinking before or during the visit | Every Saturday, 10am to 2pm | Contact book signed by Grażyna after each visit and seen by Natalie |
| Grażyna Lewandowska (PGM) | Collect Zofia from school and Kuba from nursery and give them tea at Tanner's Row until Kasia finishes work | Every Tuesday and Thursday, 3.15pm to 6.15pm | School and nursery signing-out books show Grażyna collected them |
| Family network | Make sure Tomasz is never on his own with the children, and tell Natalie if he is | Every day | Any time Tomasz is alone with them is reported to Natalie the same day |
| Natalie Crowther (SW) | Words and pictures explanation with Zofia of what happened on 30 August and why a social worker visits | When Zofia is ready | Words and pictures book shared with Kasia and Zofia |
| Hollie Benn, Kuba's key worker | Watch how Kuba is when he arrives, and his speech and play during the session | Every Monday, Tuesday and Wednesday session | Monitoring of Kuba's presentation |
| Kasia Lewandowska | Attend the Freedom Programme at Knottingale Women's Centre | Every Wednesday morning for 12 weeks from 24/09/2025 | Engagement with the programme |
| Natalie Crowther (SW) | Complete an assessment of the risk Tomasz poses to Zofia and Kuba | By 14/11/2025 | – |

### What happens if the plan isn't working

If Tomasz comes to Weaver Street, contacts Kasia or the children outside the
Saturday visits, or turns up to a Saturday visit smelling of alcohol, Kasia or
Grażyna will ring 999, the visit will not go ahead, and Natalie (or the emergency
duty team) will hold a strategy discussion the same day. If Kasia lets Tomasz
back into the house before the review conference, Natalie will visit that day to
agree where the children will sleep.

### Meetings

- Core group every 4 weeks at Mill Lane Primary, 3.30pm: Thursday 02/10/2025, Thursday 30/10/2025, Thursday 27/11/2025.
- Review child protection conference: Thursday 11/12/2025, 10am, Knottingale Council House.

*Plan agreed at conference and written up by Natalie Crowther, 19/09/2025.*
""",
    "findings": [
        F("F002", "Tomasz completes a domestic abuse programme and takes responsibility for his violence."),
        F("W002", "Make sure Tomasz is never on his own with the children"),
        F("T002", "Words and pictures explanation with Zofia of what happened"),
        F("M002", "Watch how Kuba is when he arrives, and his speech"),
        F("M002", "Attend the Freedom Programme at Knottingale Women's Centre"),
        F("M001", "Complete an assessment of the risk Tomasz poses"),
        F("F004"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. The plan written to a 12-year-old in the second person, with a four-
#    column "who is going to do what" table; paged PDF (exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b56_korrington_plan_written_to_jade_fairweather.pdf",
    "doc_title": "Jade's Child Protection Plan",
    "split": "heldout",
    "actions": 9,
    "template": "child-friendly-plan-paged-written-to-a-12-year-old-second-person-why-you-have-a-plan-what-you-told-us-what-we-want-for-you-then-what-who-when-how-well-know-table-if-things-go-wrong-meetings-words-you-might-hear",
    "description": (
        "Initial conference plan written to a 12-year-old whose mother's drinking left her unconscious "
        "at home, in the second person ('Sam will come to see you'), with a What is going to happen | "
        "Who | When | How we'll know it's working table. The alcohol service reports on whether Mum can "
        "change and how long it may take, the GP owns the health check, the aunt's Wednesday nights have "
        "a fallback, Jade's own words are quoted, meetings and the legal step are explained in plain "
        "words. Header and page footer on every page. Exemplary."
    ),
    "header": "OFFICIAL-SENSITIVE · Korrington Council Children's Services",
    "footer": "Jade's plan · page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "font": "Verdana",
    "font_size": 10.5,
    "blocks": [
        ("title", "Jade's Child Protection Plan"),
        ("p", "Written for Jade Fairweather (12) by Sam Okoro, her social worker, after the child protection "
              "conference on Monday 22 September 2025. Jade's mum, Nicola, and her dad, Craig, have a copy too, "
              "and so does everyone named in the plan."),
        ("h1", "Why you have a plan"),
        ("p", "On Friday 12 September you came home from school and found your mum on the bathroom floor. She "
              "would not wake up and you rang 999. You did exactly the right thing. Mum was in hospital for a "
              "night because she had drunk so much alcohol. Mum told the conference she has been drinking "
              "every day for about two years, usually vodka, and that she often hides it from you. She wants "
              "to stop."),
        ("p", "The conference agreed that you need a child protection plan because you have been looking after "
              "Mum when she has been drinking, there has not always been food in the house, and you have been "
              "late to school or missed it when you were worried about her. This plan is about keeping you "
              "safe and helping your mum get better."),
        ("h1", "What you told us"),
        ("p", "When Sam saw you at school on 17 September you said: \"I check if Mum's breathing before I go to "
              "bed. Sometimes I sleep on her floor.\" You said you love your mum and you don't want to live "
              "anywhere else, but you want her to \"stop drinking properly, not just saying it\". You said you "
              "miss dance on Fridays and that Auntie Lisa's house is \"calm and she has Netflix\". You gave home "
              "a 4 out of 10 for feeling safe, and said it would be a 9 \"if there was no vodka in the house\"."),
        ("h1", "What we all want for you"),
        ("bullets", [
            "You feel safe at home, and you never have to look after Mum when she has been drinking.",
            "There is food in the house every day and you get to school on time.",
            "You have time to be 12: seeing your friends, and back at dance on Friday evenings.",
            "You know exactly what to do, and who to ring, if something goes wrong.",
        ]),
        ("h1", "Who is going to do what"),
        ("table", {
            "header": ["What is going to happen", "Who", "When", "How we'll know it's working"],
            "widths": [5.4, 3.6, 3.4, 4.6],
            "rows": [
                ["Sam will come and see you, at home and sometimes at school, and talk to you on your own.",
                 "Sam Okoro, your social worker",
                 "Every week until half-term (24/10/2025), then every two weeks until the review meeting",
                 "Sam writes down what you tell him and what he sees at home, and reads it back to you."],
                ["You and Sam will make your own safety plan: who you ring, where you go, and what to do if Mum "
                 "won't wake up.",
                 "Sam Okoro, with you",
                 "By Friday 03/10/2025",
                 "You have the card in your phone case and can tell Sam the plan without looking."],
                ["Mum will see her keyworker at the Recovery Partnership and do a breath test every time.",
                 "Mum, with Dom Ashby (Korrington Recovery Partnership)",
                 "Every Monday and Thursday",
                 "Dom's breath test results, which Sam sees every week."],
                ["Dom will write a report for every core group meeting saying whether Mum is drinking less, "
                 "whether she can make the changes you need, and how long that might take.",
                 "Dom Ashby, Korrington Recovery Partnership",
                 "Before each core group meeting",
                 "Sam reads the report at each meeting; Mum sees it first."],
                ["Mum's doctor will do a health check and blood tests and plan a safe way for Mum to stop "
                 "drinking (a detox).",
                 "Dr Imran Sethi, Korrington Health Centre",
                 "By Friday 17/10/2025",
                 "A letter to Sam saying what the tests showed and when the detox will start."],
                ["You'll stay at Auntie Lisa's on Wednesday nights, and Lisa will pop in to see Mum on Sunday "
                 "and check there is food in.",
                 "Lisa Barrow, your auntie",
                 "Every Wednesday (after school until Thursday morning) and every Sunday",
                 "Lisa texts Sam every Monday to say how the week went."],
                ["Your dad will have you every other weekend, as now, and ring you on Tuesday evenings.",
                 "Craig Fairweather, your dad",
                 "Every other weekend (Friday 5pm to Sunday 5pm), and every Tuesday",
                 "The weekends are written on the calendar in the kitchen, which Sam checks."],
                ["Miss Patel will meet you in the library at Monday lunchtime to see how your week has been "
                 "and ring Sam if she is worried.",
                 "Miss Anjali Patel, Head of Year 8, Korrington Park Academy",
                 "Every Monday lunchtime in term time",
                 "Miss Patel's notes; your attendance stays above 95%."],
                ["Bex will meet you for a young carer's assessment and then invite you to the Thursday "
                 "Young Carers group, so you get time off from worrying about Mum.",
                 "Bex Harding, Korrington Young Carers",
                 "Assessment by Friday 31/10/2025, then every Thursday",
                 "The assessment is sent to Sam; the group register shows you going."],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Mum won't wake up, you ring 999 straight away, like you did before. If Mum has been drinking "
              "when you get home, you ring Auntie Lisa and she will come and get you, and you will stay at "
              "Lisa's that night. Lisa or Mum will tell Sam (or the emergency duty team at night) the same day, "
              "and Sam will hold a strategy discussion with the police and the school that day."),
        ("p", "If Lisa can't have you because she is away or ill, you'll go to your dad's instead. If neither "
              "of them can have you, Sam will find a foster carer for you that night, and you can take your "
              "phone and your things."),
        ("p", "If Mum drinks while she is looking after you twice before the review meeting, or stops going to "
              "the Recovery Partnership, Sam will ask his manager for a legal planning meeting. That is a "
              "meeting with the council's lawyers to decide whether a court needs to help keep you safe."),
        ("h1", "Meetings about your plan"),
        ("bullets", [
            "The core group (Mum, Dad, Lisa, Sam, Dom, Miss Patel and Bex) meets every 4 weeks at Korrington "
            "Park Academy, 4pm: Monday 6 October, Monday 3 November and Monday 1 December 2025. You can come "
            "to the first part, or tell Sam what you want him to say.",
            "The review child protection conference is on Monday 15 December 2025 at 10am, Korrington Town "
            "Hall. It will decide if you still need a plan.",
        ]),
        ("h1", "Words you might hear"),
        ("bullets", [
            "Core group: the people who make sure the plan happens.",
            "Strategy discussion: a quick meeting, often on the phone, to decide how to keep you safe today.",
            "Detox: a safe way to stop drinking, with a doctor's help.",
        ]),
        ("p", "If you want to change anything in this plan, or you don't understand something, ring or text "
              "Sam on 07700 900418. Mrs Hazel Tunstall, who chairs the conference, will also ring you before "
              "the review."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Review conference record: attendance table, agency summaries, decision,
#    outcomes, then the plan as typed numbered paragraphs, one sentence each
#    (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b56_kexworth_rcpc_record_numbered_paragraph_plan_pemberton.docx",
    "doc_title": "Review Child Protection Conference - Record and Plan - Pemberton",
    "split": "heldout",
    "actions": 9,
    "template": "rcpc-record-docx-numbered-sections-attendance-name-role-agency-table-agency-progress-paragraphs-decision-outcomes-contingency-then-plan-as-typed-6-1-numbered-one-sentence-paragraphs",
    "description": (
        "First review conference record for a 6-year-old and a 2-year-old (mother's cocaine and cannabis "
        "use, anxiety, neglect). Numbered sections: attendance table, agency progress paragraphs, decision, "
        "outcomes, contingency, then the plan as typed 6.1 to 6.9 paragraphs of one sentence each. Faults: "
        "five of nine actions are about the mother's own needs (F001), no word from or about the children's "
        "own experience (F003), her drug use with no adult service owning anything (F004), a self-referral "
        "and a school action with no timescale (T001 x2), 'as and when needed' (T002), a passive housing "
        "referral (W001), the FSW's help and the SW's visits with no measure (M001 x2), 'keep an eye on' "
        "(M002), a contingency of 'further concerns ... review' (C002), and no legal step (R002)."
    ),
    "blocks": [
        ("title", "Review Child Protection Conference"),
        ("p", "Kexworth Metropolitan Borough Council · Safeguarding Unit · Record of decisions and plan"),
        ("kv", [
            ("Children", "Leah Pemberton (6), Year 2, Kexworth Road Primary; Harvey Pemberton (2), at home"),
            ("Mother", "Stacey Pemberton (25)"),
            ("Harvey's father", "Ryan Cole (27), lives in Thornbury Street; sees Harvey on Saturdays"),
            ("Address", "17 Cinder Lane, Kexworth"),
            ("Date of conference", "Thursday 2 October 2025 (initial conference 10 July 2025)"),
            ("Category", "Neglect"),
            ("Chair", "Richard Okon, Independent Conference Chair"),
            ("Social worker", "Jo Bateman, Kexworth Children's Social Work Team 4"),
        ]),
        ("h1", "1. Attendance"),
        ("table", {
            "header": ["Name", "Role", "Agency"],
            "widths": [5.0, 6.0, 6.0],
            "rows": [
                ["Richard Okon", "Chair", "Safeguarding Unit"],
                ["Stacey Pemberton", "Mother", "-"],
                ["Jo Bateman", "Social worker", "Children's Social Care"],
                ["Zara Quinn", "Family support worker", "Children's Social Care"],
                ["Carol Hendry", "Health visitor", "Kexworth 0-19 Service"],
                ["Mrs Gill Archer", "Designated safeguarding lead", "Kexworth Road Primary"],
                ["Tasha Reid", "Minute taker", "Safeguarding Unit"],
            ],
        }),
        ("p", "Apologies: Ryan Cole; GP (report received); PC Lee Warrington (no report)."),
        ("h1", "2. Progress since the initial conference"),
        ("p", "Social care: Jo Bateman has visited six times since July. The house has been cleaner on the last "
              "three visits but on 4 September there was a strong smell of cannabis in the living room and a "
              "grinder on the windowsill. Stacey has £2,300 of rent arrears and a notice seeking possession "
              "from her landlord. She has not yet contacted the drug service as she agreed at the initial "
              "conference."),
        ("p", "Health: Carol Hendry reported that Harvey's 2-year review has not been done because Stacey "
              "cancelled two appointments. Harvey is up to date with his immunisations. The GP's report says "
              "Stacey was prescribed propranolol for anxiety in 2024 but has not collected a prescription "
              "since March."),
        ("p", "School: Leah's attendance is 87% this term; she has been late on nine mornings. Mrs Archer said "
              "Stacey has not answered the school's calls about this and the dinner account is £64 in arrears."),
        ("p", "Stacey told conference that she uses cocaine \"at weekends only, when the kids are at Ryan's "
              "mum's\" and smokes cannabis most evenings to help her sleep. A hair strand test in August was "
              "positive for both. She said she is struggling with her anxiety and her money and wants help "
              "with both."),
        ("h1", "3. Decision"),
        ("p", "Conference agreed that Leah and Harvey remain subject to child protection plans under the "
              "category of neglect. Stacey agreed with the decision."),
        ("h1", "4. Outcomes for the children"),
        ("bullets", [
            "Leah and Harvey live in a home free from drugs, where there is food and they are cared for by a "
            "parent who is not under the influence.",
            "Leah gets to school on time every day, has lunch every day, and her attendance is above 95%.",
            "Harvey has his 2-year review and any help he needs with his development.",
            "Leah and Harvey have a settled home that is not at risk of eviction.",
        ]),
        ("h1", "5. Contingency"),
        ("p", "Should there be further concerns about the children's welfare, or should the plan not be followed, "
              "the core group will meet to review the plan and consider next steps."),
        ("h1", "6. Child protection plan"),
        ("pi", "6.1  Stacey will book an appointment with her GP at Kexworth Health Centre to talk about her "
               "anxiety by 17 October 2025 and show the social worker the appointment letter."),
        ("pi", "6.2  Stacey will self-refer to the Kexworth Drug and Alcohol Service, and her attendance letter "
               "will be passed to the social worker."),
        ("pi", "6.3  Zara Quinn (family support worker) will help Stacey with her Universal Credit claim and her "
               "debts as and when needed."),
        ("pi", "6.4  A referral will be made to Kexworth Homes for Stacey's housing transfer by 31 October 2025, "
               "with the reference number recorded on the file."),
        ("pi", "6.5  Stacey will keep a diary of her anxiety and her sleep and bring it to each core group "
               "meeting."),
        ("pi", "6.6  Stacey will take a further hair strand test at the Kexworth clinic by 14 November 2025, "
               "with the result sent to the social worker."),
        ("pi", "6.7  Jo Bateman (social worker) will visit the family home every two weeks and see Leah and "
               "Harvey."),
        ("pi", "6.8  Leah's school will keep an eye on her attendance and how she presents."),
        ("pi", "6.9  The health visitor, Carol Hendry, will complete Harvey's 2-year review by 28 November 2025 "
               "and share the ASQ-3 scores with the social worker."),
        ("h1", "7. Core group and next review"),
        ("p", "The core group will meet every six weeks, the first on Thursday 16 October 2025 at Kexworth Road "
              "Primary, 9.30am. The next review child protection conference will be on Thursday 26 March 2026 "
              "at 2pm, Kexworth Town Hall."),
        ("p", "Record approved by the chair on 6 October 2025 and circulated to all those invited."),
    ],
    "findings": [
        F("T001", "self-refer to the Kexworth Drug and Alcohol Service"),
        F("T002", "help Stacey with her Universal Credit claim and her debts"),
        F("M001", "help Stacey with her Universal Credit claim and her debts"),
        F("W001", "A referral will be made to Kexworth Homes"),
        F("M001", "will visit the family home every two weeks"),
        F("T001", "Leah's school will keep an eye on her attendance"),
        F("M002", "Leah's school will keep an eye on her attendance"),
        F("F001"),
        F("F003"),
        F("F004"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Looked-after baby (section 20) on a children's ward with an unexplained
#    fracture; actions as bullets under agency headings; paged PDF
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b56_kilmarden_lac_ward_agency_heading_bullets_harrop.pdf",
    "doc_title": "Child Protection Plan - Nia Harrop (looked after)",
    "split": "heldout",
    "actions": 12,
    "template": "icpc-plan-lac-baby-on-childrens-ward-paged-details-and-legal-status-kv-reason-nia-on-the-ward-parents-views-outcomes-then-bulleted-actions-under-agency-h2-headings-then-meetings",
    "description": (
        "Initial conference plan for a 9-week-old accommodated under section 20 and still on a "
        "children's ward with an unexplained fractured femur (mother's postnatal depression under the "
        "perinatal team). Actions are bullets under agency headings, each naming its owner, its date "
        "and its record. Faults: nobody is set to visit Nia on the ward (L001), no contingency (C001), "
        "legal advice recorded but not tied to any trigger (R002), an outcome only about the parents' "
        "honesty (F002), the SW's discharge liaison with no measure (M001), a passive parenting "
        "assessment (W001), family time 'as and when the ward can accommodate it' (T002), the perinatal "
        "CPN only supporting, measured by 'mood improving' (H001, M002), and 'All professionals' (W002)."
    ),
    "header": "OFFICIAL-SENSITIVE: PERSONAL · Kilmarden City Council · Children's Services",
    "footer": "CP plan · Nia Harrop · ICPC 10/10/2025 · Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "font": "Calibri",
    "font_size": 11,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Looked after child on a hospital ward · Initial child protection conference, Friday 10/10/2025"),
        ("h1", "Details"),
        ("kv", [
            ("Child", "Nia Harrop, born 06/08/2025 (9 weeks)"),
            ("Where Nia is", "Ward 12 (children's ward), Kilmarden Royal Infirmary, since 29/09/2025"),
            ("Mother", "Chloe Harrop (19), 8 Quarry Bank Road, Kilmarden"),
            ("Father", "Jordan Tate (22), same address; on Nia's birth certificate"),
            ("Legal status", "Accommodated under section 20, Children Act 1989, since 01/10/2025, with both "
                             "parents' written consent. A legal planning meeting on 03/10/2025 advised that the "
                             "threshold for care proceedings is met."),
            ("Category", "Physical abuse"),
            ("Social worker", "Bethan Roscoe, Kilmarden Children in Care Team"),
            ("Independent reviewing officer", "Marian Oakes"),
            ("Conference chair", "Derek Lomax"),
        ]),
        ("h1", "Why Nia has a plan"),
        ("p", "Chloe and Jordan brought Nia to the emergency department on 29/09/2025 because she was screaming "
              "when her nappy was changed. An X-ray showed a spiral fracture of her left thigh bone. Her parents "
              "said her leg may have caught in the cot bars. The consultant paediatrician said this does not "
              "explain a spiral fracture in a baby who cannot yet roll. A skeletal survey found no other "
              "fractures; a repeat survey is due. Police are investigating. Nia was accommodated when she was "
              "ready to leave hospital so that she would not return home while the injury is unexplained."),
        ("p", "Chloe has had postnatal depression since August and sees the Kilmarden Perinatal Mental Health "
              "Team. She has said she has felt \"numb\" with Nia. Jordan works long hours as a scaffolder and "
              "said he has done most of the night feeds since Chloe became unwell."),
        ("h1", "Nia on the ward"),
        ("p", "The nurses describe Nia as a hungry, alert baby who takes 120 ml every three hours and settles "
              "well when swaddled. She cries when her left leg is moved in the splint and is calmer after pain "
              "relief. She follows faces and has started to smile at the nurse who feeds her at night. When "
              "Jordan visits she quietens as soon as he talks to her; with Chloe she is often asleep, and Chloe "
              "tends to sit beside the cot rather than pick her up."),
        ("h1", "What Chloe and Jordan said"),
        ("p", "Both parents say they do not know how Nia was hurt and that neither of them would hurt her. "
              "Jordan said he is angry that Nia cannot come home. Chloe said she wants Nia home \"but I know I "
              "haven't been right\". They agreed to Nia being accommodated and to the plan."),
        ("h1", "What we want to achieve"),
        ("bullets", [
            "Nia is kept safe from any further injury while the cause of her fracture is found out.",
            "Nia leaves hospital to a safe home, with carers who know her feeding, sleep and pain relief "
            "routines.",
            "Chloe and Jordan are honest with professionals about how the injury happened.",
            "Nia keeps a close bond with her parents through safe, regular family time.",
        ]),
        ("h1", "Actions"),
        ("h2", "Children's social care"),
        ("bullets", [
            "SW Bethan Roscoe to liaise with ward staff by phone about Nia's discharge plan before she is "
            "discharged.",
            "SW Bethan Roscoe, with the Kilmarden Fostering Team, to identify foster carers for Nia by "
            "17/10/2025 and send their details and Nia's placement plan to the ward.",
            "IRO Marian Oakes to chair Nia's first looked-after review by 29/10/2025 and circulate the review "
            "record within 5 working days.",
            "Parenting assessment of Chloe and Jordan to be completed by 19/12/2025, with the report shared "
            "with the parents and the council's legal team.",
        ]),
        ("h2", "Kilmarden Royal Infirmary"),
        ("bullets", [
            "Dr Anil Varma, consultant paediatrician, to complete the repeat skeletal survey and eye "
            "examination and send a written opinion on Nia's injury to the SW and police by 24/10/2025.",
            "Ward 12 nursing staff to supervise Chloe and Jordan's family time with Nia on the ward as and when "
            "the ward can accommodate it, recording each visit in the nursing notes.",
            "Sister Gemma Ross to make sure Nia's feeds, weight, sleep and how she responds to each parent are "
            "written in the nursing notes every day, with a summary emailed to the SW each Friday.",
        ]),
        ("h2", "Health visiting and perinatal mental health"),
        ("bullets", [
            "HV Asha Devi to hand over Nia's health visiting to the HV for the foster carers' area before "
            "discharge, by a handover letter copied to the SW.",
            "CPN Kerry Nolan (Kilmarden Perinatal Mental Health Team) to continue weekly home visits to "
            "support Chloe with her low mood; success will be Chloe's mood improving.",
        ]),
        ("h2", "Police"),
        ("bullets", [
            "DC Amir Lodge (Child Abuse Investigation Team) to interview Chloe and Jordan and give the SW a "
            "written update on the investigation within a week of receiving the medical opinion.",
        ]),
        ("h2", "Parents"),
        ("bullets", [
            "Chloe and Jordan to come to every family time session agreed with the ward, on time, and ring "
            "the ward if they cannot come; attendance recorded in the nursing notes.",
        ]),
        ("h2", "All agencies"),
        ("bullets", [
            "All professionals to share any new information about Nia's injury with the SW and police within "
            "24 hours, to be logged on Nia's file.",
        ]),
        ("h1", "Core group and review"),
        ("p", "Core group every two weeks while Nia is in hospital, then every four weeks: Monday 20/10/2025 "
              "and Monday 03/11/2025 on Ward 12 (family room), then Monday 01/12/2025 at Kilmarden Civic "
              "Offices. Review child protection conference: Friday 09/01/2026, 10am, Kilmarden Civic Offices."),
        ("p", "Plan typed by Bethan Roscoe (SW), 13/10/2025. Copies to Chloe, Jordan, the ward, the IRO and all "
              "agencies above."),
    ],
    "findings": [
        F("M001", "liaise with ward staff by phone about Nia's discharge plan"),
        F("W001", "Parenting assessment of Chloe and Jordan to be completed"),
        F("T002", "supervise Chloe and Jordan's family time with Nia"),
        F("H001", "to continue weekly home visits to support Chloe"),
        F("M002", "to continue weekly home visits to support Chloe"),
        F("W002", "share any new information about Nia's injury"),
        F("F002", "Chloe and Jordan are honest with professionals about how the injury happened."),
        F("L001"),
        F("C001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Exploitation plan for a 15-year-old and his sister, whose mother has MS;
#    the family moves to another council mid-plan and every action carries
#    on until the transfer-in conference. Numbered one-line actions under
#    outcome subheadings, each with bold lead and italic when / we'll know
#    (md, exemplary, 17 actions)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b56_kynsford_cce_move_numbered_lead_when_know_ravenscroft.md",
    "split": "heldout",
    "actions": 17,
    "template": "icpc-exploitation-plan-md-details-list-what-were-worried-about-kai-and-millie-in-their-words-mums-ms-the-move-then-what-will-happen-numbered-one-line-actions-under-h3-outcome-subheadings-bold-lead-italic-when-and-well-know",
    "description": (
        "Initial conference plan for a 15-year-old being criminally exploited (missing, found in another "
        "town with cash and phones) and his 11-year-old sister, a young carer for their mother, who has "
        "multiple sclerosis. The family moves to another council in November. Seventeen numbered "
        "one-line actions under four outcome subheadings, each with a bold lead and italic 'when' and "
        "'we'll know' labels. The MS nurse and adult social care own actions, every action carries on "
        "until the receiving council's transfer-in conference, the aunt's role has a fallback, the "
        "children's words are quoted, the contingency is specific with a legal step, and core group, "
        "transfer-in and review dates are set. Exemplary."
    ),
    "text": """\
# Child Protection Plan: Kai and Millie Ravenscroft

Kynsford Borough Council – Children's Services – Adolescent Safeguarding Team

- **Children:** Kai Ravenscroft (15), Year 11, Kynsford High School; Millie Ravenscroft (11), Year 7, St Bede's Academy
- **Mum:** Donna Ravenscroft (44), 5 Fairholme Court, Kynsford
- **Dad:** Shane Ravenscroft lives in Larne and phones the children most Sundays
- **Aunt:** Tracey Ellison (Donna's sister), 31 Beck Road, Thornleigh
- **Initial child protection conference:** Monday 29 September 2025 – category: physical abuse (risk of criminal exploitation) for Kai, neglect for Millie
- **Social worker:** Priya Lalwani · **Team manager:** Grant Hollis · **Chair:** Yvonne Achebe

## What we are worried about

Kai has been missing from home five times since June. In August he was found by
British Transport Police at Marlow Junction station, 40 miles away, with £420 in
cash, two phones and no explanation; on 14 September he was arrested in a flat on
the Rookery estate where cocaine wraps were found, and he was released under
investigation. Police believe he is being used to carry drugs for an organised
group. A referral to the National Referral Mechanism was made on 16 September.

Donna has relapsing-remitting multiple sclerosis. Since a relapse in August she has
severe fatigue, uses a wheelchair outside the house and cannot manage the stairs
on bad days. She cannot go out at night to look for Kai. Millie has been making
meals, helping Donna to the bathroom and staying up until Kai comes in; she has
been late to school on 12 days this term.

The family have been offered a ground-floor adapted bungalow in Thornleigh, near
Tracey, and plan to move on Saturday 15 November 2025. Thornleigh Metropolitan
Borough Council will take over the plan at its transfer-in conference. Until
then Kynsford keeps every part of this plan going.

## What is going well

- Donna reports Kai missing every time and told conference everything she knows.
- Kai has started going back to boxing, which he used to love.
- Millie is doing well at St Bede's and has a close friend there.
- Tracey wants to help and is ten minutes from the new bungalow.

## What Kai and Millie have told us

**Kai** (with Priya at the Youth Hub, 24 September): "I'm not a runner, I just go
places with my mates." Later he said, "If I stop, they'll say I owe them," and
that he does not feel safe on the Rookery. He wants to move to Thornleigh "to get
away from all of it" and to finish his GCSEs so he can go to college for
motor vehicle. He said boxing is the only time he does not think about his phone.

**Millie** (with Priya at school, 22 September): "I stay up till Kai gets in
because Mum can't." She said she is tired at school and worries about Mum falling.
She would like "a night off" and wants to keep seeing her friend Ava after the
move. On a scale of 0 to 10 she put feeling safe at home at 5.

## What we want for Kai and Millie

1. Kai is not being used to carry or sell drugs, comes home every night, and knows who he can go to if he is threatened.
2. Kai and Millie are in school every day, and Kai sits his GCSEs.
3. Millie has time to be 11: she is not staying up for Kai or doing Mum's personal care.
4. The move to Thornleigh happens with no gap in the help and protection Kai and Millie get.

## What will happen

### Keeping Kai safe

1. **SW Priya Lalwani** will see Kai on his own at home or at the Youth Hub and ask where he has been, who with and how he got there – *when:* every week until the Thornleigh transfer-in conference – *we'll know:* visit notes record Kai's own account and are handed to Thornleigh.
2. **Jess Mbeki, Kynsford Exploitation Team** will do one-to-one work with Kai on exploitation, debt bondage and how to get out safely – *when:* every Tuesday and Friday from 7 October until the transfer-in conference – *we'll know:* session records and Kai's "circles of trust" map, shared at each core group.
3. **PC Ollie Grant, Missing and Exploitation Hub** will serve Child Abduction Warning Notices on the two adults seen with Kai on the Rookery – *when:* by Friday 17 October – *we'll know:* the notices are served and confirmed to Priya in writing.
4. **Leon Baptiste, Kynsford Missing Team** will hold a return home interview with Kai after every missing episode – *when:* within 72 hours of his return – *we'll know:* the interview record is sent to Priya and PC Grant.
5. **Donna** will report Kai missing to the police if he is not home by 10pm, using the Philomena Protocol grab sheet with his photo – *when:* every time he is not home by 10pm – *we'll know:* Donna gives Priya the police log number the next working day.
6. **Mr Dean Foley, DSL, Kynsford High** will check Kai is in every lesson and ring Donna and Priya by 10am if he is not – *when:* every school day – *we'll know:* lesson-by-lesson attendance printout emailed to Priya every Friday.
7. **Kai**, with his coach **Tony Reeve, Kynsford ABC**, will go to boxing training – *when:* Monday and Thursday, 6pm to 8pm, until the move – *we'll know:* the club register, sent to Priya at the end of each month.

### Millie

8. **Ruth Adeyemi, Kynsford Young Carers** will complete a young carer's assessment with Millie and invite her to the Wednesday club – *when:* assessment by Friday 31 October, club every Wednesday until the move – *we'll know:* the assessment is sent to Priya and St Bede's; the club register shows Millie going.
9. **Mrs Harpreet Kaur, Head of Year 7, St Bede's** will meet Millie each week to check how she is sleeping and what she is doing at home – *when:* every Tuesday morning in term time until the move – *we'll know:* check-in notes; anything about home passed to Priya the same day.
10. **SW Priya Lalwani** will see Millie on her own at school – *when:* every two weeks until the transfer-in conference – *we'll know:* visit notes with Millie's own words, including her 0 to 10 score.

### Home and Mum's health

11. **Sister Carol Wade, MS specialist nurse, Kynsford General Hospital** will review Donna's relapse treatment and fatigue, and write to Priya on how her MS affects her ability to supervise Kai and care for Millie, and what help she will need – *when:* by Friday 24 October – *we'll know:* the letter is on the children's file and read at core group 2.
12. **Lee Hargreaves, Kynsford Adult Social Care** will complete a Care Act assessment of Donna's care and support needs, so that a paid carer, not Millie, helps her with washing, dressing and meals – *when:* by Friday 7 November – *we'll know:* the assessment and care plan are shared with Priya and sent to Thornleigh Adult Social Care before the move.

### The move to Thornleigh

13. **SW Priya Lalwani** will send the transfer-in request and the full plan, assessments and chronology to Thornleigh Children's Services – *when:* by Friday 31 October – *we'll know:* Thornleigh confirms in writing the date of its transfer-in conference.
14. **SW Priya Lalwani and Jess Mbeki** will hold a handover meeting with Thornleigh's social worker and exploitation worker, with Kai and Donna there for the second half – *when:* by Wednesday 12 November – *we'll know:* handover notes agreed by both councils and added to the plan.
15. **Donna** will apply for school places in Thornleigh for Kai and Millie, with Priya's help with the forms – *when:* by Friday 24 October – *we'll know:* offer letters from Thornleigh admissions, seen by Priya.
16. **Mr Dean Foley, DSL** will send Kai's safeguarding file to the DSL at his new school – *when:* within 5 school days of Kai starting there – *we'll know:* the new DSL confirms by email that the file has arrived.
17. **Tracey Ellison** will have Millie at her house after school and give her tea, so Millie has time off from caring – *when:* every Tuesday and Thursday from Monday 17 November – *we'll know:* Tracey's calendar, checked by the Thornleigh or Kynsford social worker at each visit.

## If things go wrong

- If Kai comes home with injuries, cash, new phones or drugs, or is found in another town, Donna or the police will tell Priya (or the emergency duty team) straight away and a strategy discussion will be held the same day. If Kai cannot be kept safe at home that night, he will stay with Tracey, and if she cannot have him the emergency duty team will find him an emergency foster placement.
- If Donna has a relapse and cannot look after Millie, Millie will stay with Tracey. If Tracey is ill or away, or cannot have Millie on her Tuesday and Thursday evenings, Millie will go to the after-school club at her new school (Priya will book and pay for the place) and, overnight, to Donna's friend Joanne Platt, who has agreed to this.
- If Kai goes missing three more times before the transfer-in conference, or is arrested again, Priya will ask Grant Hollis for a legal planning meeting within 5 working days.

## Meetings

- Core group every three weeks, 4pm: Tuesday 14 October and Tuesday 4 November at Kynsford Youth Hub; Tuesday 25 November by video, with Thornleigh invited.
- Transfer-in conference (Thornleigh): Wednesday 3 December 2025, 10am, Thornleigh Civic Centre. Priya will attend and Kynsford keeps the plan until it has been held.
- If the move is delayed, the review child protection conference will be held in Kynsford on Monday 15 December 2025, 10am, Kynsford Town Hall.

*Written up by Priya Lalwani on 30 September 2025 and sent to Donna, Kai, Millie (her own copy, in her words), Tracey and all agencies named.*
""",
    "findings": [],
})
