"""Batch 82, module t: seven fictional plans (held-out material), places beginning with "t".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: older children and plans that have been running a while - a
15-year-old at risk of criminal exploitation (missing episodes, return home
interviews, a contextual safeguarding response), a domestic abuse plan with a
perpetrator programme, an IDVA and MARAC, a child in need plan stepped down
from child protection while the family moves away, a review plan copied from
the last one with updates written into each row, a core group action log
numbered by meeting (CG3.1, CG3.2), and a plan whose owners, timescales and
measures sit in full prose inside one wide cell beside a table with proper
columns. Hard negatives: actions already completed, meetings that took place,
a parent's past drug use now over, a child's own cannabis use, an adult
mental health service that assesses capacity to change. Two plans are
exemplary.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. 15-year-old at risk of criminal exploitation: missing episodes, return
#    home interviews, a location assessment; Action | Who | When | How we
#    will know table (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b82_tarrowby_cce_missing_contextual_icpc_okonjo.docx",
    "doc_title": "Child Protection Plan - Reece Okonjo",
    "split": "heldout",
    "actions": 12,
    "template": "icpc-cce-15yo-docx-kv-details-done-since-strategy-list-then-action-who-when-how-we-will-know-table",
    "description": (
        "Initial conference plan for a 15-year-old going missing and found in a flat used to deal crack "
        "cocaine (child criminal exploitation). Return home interviews within 72 hours of each return, a "
        "location assessment of the skate park and underpass, Reece's own cannabis use worked on by the young "
        "people's substance misuse service, and his mother's cocaine use more than ten years ago (no F004). "
        "Work already done since the strategy meeting is listed apart from the plan. Faults: 'Ongoing' as "
        "the only timescale (T002), 'All agencies' (W002), 'Reece's engagement' (M002), a learning needs "
        "assessment with no output (M001), a blank when (T001), a passive row with '-' as owner (W001), and "
        "a contingency that only reviews with no legal step (C002, R002)."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Tarrowby Borough Council · Children's Services · Adolescent Safeguarding Team"),
        ("kv", [
            ("Young person", "Reece Okonjo, 15 (DOB 11/02/2010), Year 11, Tarrowby Academy (at the Tolley "
                             "Centre, the academy's alternative provision, since 27/05/2025)"),
            ("Lives with", "Sharon Okonjo (41), mum, and Amara Okonjo (9), sister, at 27 Tannery Walk, "
                           "Tarrowby"),
            ("Father", "Daniel Okonjo, lives in Thackerby; Reece sees him most Sundays"),
            ("Conference", "Initial child protection conference, Wednesday 04/06/2025, Tarrowby Town Hall"),
            ("Category", "Neglect (harm outside the home: child criminal exploitation)"),
            ("Social worker", "Ruth Adeyemi, Adolescent Safeguarding Team"),
            ("Chair", "Paul Kerrigan"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Reece has been reported missing seven times since February, three times overnight. On 19 May "
              "Threlbeck police found him in a flat on Tudor Road with two men aged 22 and 30, £380 in cash "
              "and 14 wraps of crack cocaine. He was treated as a possible victim of exploitation and was not "
              "charged. He has a second phone, he has been seen at Tarrowby skate park and in the Tannery Lane "
              "underpass with older young men, and on 24 May he came home with a cut to his hand that he "
              "would not explain. Reece smokes cannabis most days and has told his mum he owes \"a few "
              "hundred\" to someone."),
        ("p", "Sharon has reported every missing episode and rang the police herself on 19 May. She used "
              "cocaine in her twenties; she has not used for more than ten years and nobody at conference had "
              "any current concern about drugs or alcohol in the home. Sharon works until 10pm at Tarrowby "
              "General Hospital three evenings a week, and on those evenings Reece and Amara are at home on "
              "their own."),
        ("h1", "What has happened since the strategy meeting"),
        ("bullets", [
            "A strategy meeting was held on 20/05/2025 with the police, the school and the Missing Children's "
            "Service.",
            "The SW sent a National Referral Mechanism referral on 22/05/2025; a positive reasonable grounds "
            "decision came back on 30/05/2025.",
            "Tarrowby Academy moved Reece to the Tolley Centre from 27/05/2025, with a full timetable.",
            "Reece had a return home interview after each of the two episodes in May.",
        ]),
        ("h1", "What Reece and Amara say"),
        ("p", "Reece met Ruth three times, twice at the Tolley Centre and once walking to the chip shop. He "
              "said: \"I'm not a kid, I know what I'm doing. They're not making me do nothing.\" Later he said "
              "he doesn't want to go to Threlbeck \"no more, but it's not that easy when you owe\". He smokes "
              "weed \"to chill, to sleep\". He wants to be a mechanic like his uncle, he likes boxing, and he "
              "said the one adult he would ring if he was in trouble is Jordan at the boxing club. He does not "
              "want to move away from Tarrowby or from his mum."),
        ("p", "Amara told Ruth that she waits up for Reece on the nights mum is at work and \"gets scared "
              "when the door goes really late\". She likes it when Reece walks her to school."),
        ("h1", "What we want for Reece"),
        ("bullets", [
            "Reece is home every night and stops going missing.",
            "Reece is out of reach of the adults who are exploiting him, and the debt they say he owes no "
            "longer has a hold on him.",
            "Reece is in education every day and has a college place in motor vehicle studies for September "
            "2026.",
            "Reece has a trusted adult he can ring, day or night, if he is scared.",
            "Amara is not left at home alone in the evenings waiting for her brother.",
        ]),
        ("h1", "Action plan"),
        ("table", {
            "header": ["Action", "Who", "When", "How we will know"],
            "widths": [6.0, 3.6, 3.2, 4.2],
            "rows": [
                ["Return home interview with Reece after every missing episode, offered away from home and "
                 "with Reece seen on his own",
                 "Dani Flores, Tarrowby Missing Children's Service",
                 "Within 72 hours of each return",
                 "Interview record sent to the SW and police; push and pull factors added to Reece's "
                 "exploitation map"],
                ["Report Reece missing to Tarrowby Police when he is not home by 10pm and is not answering "
                 "his phone, then let the SW know",
                 "Sharon Okonjo",
                 "Each time Reece is not home by 10pm; SW told the next morning",
                 "Police reference number passed to the SW"],
                ["See Reece on his own at home and at the Tolley Centre, and talk about where he goes and "
                 "who with",
                 "SW Ruth Adeyemi",
                 "Weekly, ongoing",
                 "Visit notes record Reece's own words and any new names or places"],
                ["Disruption work against the adults seen with Reece at the Tudor Road flat, including Child "
                 "Abduction Warning Notices",
                 "DC Sam Hale, Tarrowby Police Exploitation Team",
                 "Ongoing",
                 "Number of notices served and visits made to the flat, reported to each core group"],
                ["Location assessment of Tarrowby skate park and the Tannery Lane underpass, with a plan to "
                 "make both places safer for young people",
                 "Kerry Dunne, contextual safeguarding lead",
                 "By 18/07/2025",
                 "Location assessment and safety plan shared with the core group, police and the council's "
                 "community safety team"],
                ["Pass on any sighting of Reece in Threlbeck or with the men from the Tudor Road flat",
                 "All agencies",
                 "Same day",
                 "Each sighting logged on the exploitation tracker by the SW"],
                ["Boxing mentoring sessions with Reece, including time to talk through what happened on "
                 "19 May",
                 "Jordan Ames, mentor, Tarrowby Boxing Academy",
                 "Every Thursday, 5–6.30pm",
                 "Reece's engagement with the sessions"],
                ["Assessment of Reece's learning needs, including his reading age and the gaps in his GCSE "
                 "subjects",
                 "Mrs Helen Varga, SENCo, Tarrowby Academy",
                 "By 11/07/2025",
                 ""],
                ["Safety planning with Sharon about what to do when Reece comes home late, hurt or with new "
                 "things",
                 "FSW Marcus Lee",
                 "",
                 "Written family safety plan on the kitchen wall, checked by the SW"],
                ["Reece's second phone to be looked at with him and any numbers he agrees to be blocked",
                 "-",
                 "By the first core group (18/06/2025)",
                 "Blocked numbers listed on the SW's visit record"],
                ["Cannabis and debt sessions with Reece, one to one at the Tolley Centre",
                 "Nia Brooks, Tarrowby Young People's Substance Misuse Service",
                 "Fortnightly from 10/06/2025",
                 "Session notes; Reece's own use diary shows fewer days using"],
                ["Book Amara into the after-school club or her friend's house on Sharon's late shifts so she "
                 "is not at home alone in the evening",
                 "Sharon Okonjo",
                 "Every Tuesday, Wednesday and Friday from 10/06/2025",
                 "Club register and the SW's check with Amara at each visit"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If there are further concerns about Reece's safety, or the plan is not working, the core group "
              "will meet early to review the plan and consider next steps."),
        ("h1", "Core group and review"),
        ("p", "Core group every 4 weeks at Tarrowby Academy, 3.30pm: Wednesday 18/06/2025, Wednesday 16/07/2025 "
              "and Wednesday 13/08/2025. Review child protection conference: Wednesday 03/09/2025, 10am, "
              "Tarrowby Town Hall."),
        ("p", "Plan typed by Ruth Adeyemi (SW) on 05/06/2025 and sent to Sharon, Reece, Daniel and every agency "
              "named above."),
    ],
    "findings": [
        F("T002", "Disruption work against the adults seen with Reece"),
        F("W002", "Pass on any sighting of Reece in Threlbeck"),
        F("M002", "Boxing mentoring sessions with Reece, including time to talk"),
        F("M001", "Assessment of Reece's learning needs, including his reading age"),
        F("T001", "Safety planning with Sharon about what to do when Reece"),
        F("W001", "Reece's second phone to be looked at with him"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Domestic abuse plan: perpetrator programme, IDVA, MARAC, alcohol service
#    reporting on change; paged PDF with header and footer (exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b82_threlbeck_da_idva_marac_perpetrator_hussain.pdf",
    "doc_title": "Child Protection Plan - Zara and Adam Hussain",
    "split": "heldout",
    "actions": 12,
    "template": "icpc-da-paged-numbered-sections-no-action-who-when-how-we-will-know-table-marac-and-programme-rows",
    "description": (
        "Initial conference plan for a 13-year-old and a 9-year-old after their father's violence to their "
        "mother (emotional abuse). The father has left under a non-molestation order and is on a 26-week "
        "perpetrator programme whose facilitator reports on risk and change; the alcohol service owns his "
        "drinking and reports on change; the IDVA updates the safety plan and refers back to MARAC after any "
        "new incident; the MARAC meeting already held and the order already granted are background, not "
        "actions. Every row has a named owner, a real timescale and something to see; the uncle's school "
        "pick-ups have a fallback; dates and legal step set. Header and page footer on every page. Exemplary."
    ),
    "header": "OFFICIAL-SENSITIVE · Threlbeck Metropolitan Borough Council · Children's Social Care",
    "footer": "Child protection plan – Zara and Adam Hussain – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "landscape": True,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Children", "Zara Hussain (13), Year 8, Threlbeck High School; Adam Hussain (9), Year 4, "
                         "Tannerfield Road Primary"),
            ("Mother", "Sadia Hussain (36) – Zara and Adam live with her at 12 Tewkes Close, Threlbeck"),
            ("Father", "Imran Hussain (39) – left the family home on 16/04/2025 and lives at his brother's "
                       "flat in Tollaston Street. A non-molestation order protecting Sadia and the children "
                       "was granted on 28/04/2025 and runs to 27/04/2026."),
            ("Conference", "Initial child protection conference, Wednesday 07/05/2025"),
            ("Category", "Emotional abuse"),
            ("Social worker", "Bethany Nwosu, Threlbeck Children's Safeguarding Team 2"),
            ("Chair", "Alan Greaves"),
        ]),
        ("h1", "1. Why Zara and Adam have a plan"),
        ("p", "Police have been called to Tewkes Close five times since October 2024. On 15 April Imran, who "
              "had been drinking, threw a chair at Sadia and held her against the kitchen wall by her throat "
              "while Adam was at the table; Zara rang 999 from the bathroom. Imran was arrested and charged, "
              "and was bailed not to come to the road. Sadia told conference the violence had gone on "
              "\"since Adam was a baby\" and was always worse when Imran had been drinking. Imran told "
              "conference he drinks \"most nights, more at weekends\" and accepts that he needs help with it "
              "and with his temper."),
        ("p", "Threlbeck MARAC heard the case on 24/04/2025. The actions it set (a police marker on the "
              "address and a sanctuary lock fitted to the front door) were both done by 02/05/2025."),
        ("h1", "2. What Zara and Adam have told us and shown us"),
        ("p", "Zara (seen alone at school, 29 April and 6 May): \"I'm always listening out for his key. Even "
              "now he's gone I check the door at night.\" She said she was proud of herself for ringing the "
              "police and that she wants to see her dad \"but only somewhere with other people, and not if "
              "he's been drinking\". She wants to stop being \"the one who has to sort it\" and to go back "
              "to netball. She rated how safe she feels at home as 6 out of 10, up from 2 before her dad "
              "left."),
        ("p", "Adam (seen at home, 1 May, using the three houses): his house of worries had \"Dad shouting "
              "and the chair\". His house of good things had his Xbox, his mum's curry and Uncle Tariq "
              "picking him up from school. He said he misses his dad and wants to \"play FIFA with him like "
              "before\". His teacher says he has been falling asleep in class since Easter and jumps when "
              "a door bangs."),
        ("h1", "3. What we want for Zara and Adam by the review conference"),
        ("bullets", [
            "Zara and Adam live at home without violence, threats or shouting, and tell us they feel safe "
            "there.",
            "Zara and Adam see their dad only when it is safe and planned, and know what will happen at each "
            "contact.",
            "Zara is in school every day, back at netball, and has an adult at school she trusts.",
            "Adam sleeps through the night and his teacher sees him settled and awake in class.",
        ]),
        ("h1", "4. Who will do what"),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When", "How we will know"],
            "widths": [1.3, 8.0, 5.0, 5.0, 6.4],
            "rows": [
                ["1", "See Zara on her own at school and at home, and Adam on his own at home; use the three "
                      "houses and the safety scale with each of them",
                 "SW Bethany Nwosu",
                 "Weekly until the review conference, at least one visit in three unannounced",
                 "Visit records with each child's words and scaling scores written down"],
                ["2", "Update Sadia's safety plan with her and repeat the DASH risk checklist, including a "
                      "simple plan for Zara and Adam (who to ring, where to go)",
                 "Tanya Boyd, IDVA, Threlbeck Domestic Abuse Service",
                 "By 21/05/2025, and again within 48 hours of any new incident",
                 "Safety plan signed by Sadia; children's safety cards seen by the SW; DASH score sent to "
                 "the SW"],
                ["3", "Refer the family back to Threlbeck MARAC after any new incident or threat from Imran",
                 "Tanya Boyd, IDVA",
                 "Within 24 hours of the incident",
                 "MARAC referral form and the MARAC action list sent to the SW"],
                ["4", "Threlbeck Safer Relationships Programme for Imran, including the modules on the effect "
                      "of abuse on children",
                 "Imran Hussain; facilitator Greg Osei reports to the SW",
                 "Every Tuesday evening for 26 weeks from 06/05/2025",
                 "Attendance sent to the SW monthly; written report on whether Imran is taking "
                 "responsibility and how much risk he still poses, at least 5 working days before the review "
                 "conference"],
                ["5", "Assessment and key-work on Imran's drinking, with a breath test at every session and "
                      "a written view on whether he is cutting down and what that means for contact with the "
                      "children",
                 "Lee Marsh, keyworker, Threlbeck Alcohol and Drug Service",
                 "Fortnightly from 13/05/2025; written view before each core group",
                 "Breath test results and the written view sent to the SW"],
                ["6", "Supervised contact for Zara and Adam with their dad, with each child asked before and "
                      "after how it went; contact is cancelled if Imran has been drinking",
                 "Hannah Pryce, contact supervisor, Threlbeck Family Centre",
                 "Every other Saturday, 10–11.30am, from 17/05/2025",
                 "Contact record sent to the SW within 2 working days, with a breath test result and each "
                 "child's comments"],
                ["7", "Morning check-in with Zara, and a place with the school counsellor",
                 "Mrs Grace Eze, DSL, Threlbeck High School",
                 "Check-in each school day; counselling every Wednesday in term time",
                 "Check-in log and counselling attendance emailed to the SW every Friday"],
                ["8", "Note how Adam is each day and anything he says about home, and pass it on",
                 "Mr Tom Reilly, DSL, Tannerfield Road Primary",
                 "Each school day; anything about home passed to the SW the same day",
                 "Daily notes; weekly summary emailed to the SW every Friday"],
                ["9", "Freedom Programme, so Sadia can spot the warning signs early and keep Zara and Adam "
                      "out of harm's way",
                 "Sadia Hussain",
                 "Every Monday morning for 12 weeks from 12/05/2025",
                 "Attendance sheet from Threlbeck Women's Aid sent to the SW monthly"],
                ["10", "Collect Adam from school on the days Sadia works late and give him his tea until she "
                       "is home",
                 "Tariq Shah (maternal uncle)",
                 "Every Tuesday and Thursday in term time, 3.15pm",
                 "School collection log shows Tariq collecting Adam; checked by the SW each month"],
                ["11", "Keep the police marker on the address and tell the SW of any call-out or breach of the "
                       "order",
                 "PC Jenna Walsh, Threlbeck Police Domestic Abuse Unit",
                 "Marker kept until 27/04/2026; call-outs reported within 24 hours",
                 "Each call-out or breach logged on the children's file by the SW"],
                ["12", "Place for Zara on the 'Tell It Straight' group for young people who have lived with "
                       "domestic abuse",
                 "Bex Lund, young people's worker, Threlbeck Domestic Abuse Service",
                 "Weekly for 8 weeks from 03/06/2025",
                 "Attendance record and Zara's end-of-group feedback shared with the SW"],
            ],
        }),
        ("h1", "5. If things go wrong"),
        ("p", "If Imran comes to Tewkes Close, contacts Sadia or the children outside supervised contact, turns "
              "up to contact having been drinking, or the police are called to any incident involving him, "
              "Sadia will ring 999 and the SW (or the emergency duty team out of hours) will hold a strategy "
              "discussion the same day. Contact will stop until the risk has been assessed again. If Sadia and "
              "the children cannot stay safely at home, the IDVA will find them a refuge place through "
              "Threlbeck Women's Aid that day."),
        ("p", "If Tariq cannot collect Adam (if he is ill, away or working), he will tell Sadia and the school "
              "by 12 noon, Adam will go to the school's after-school club (a standby place is booked and paid "
              "for by children's services), and Sadia's employer has agreed she can leave at 3pm on those "
              "days."),
        ("p", "If Imran misses three programme sessions, breaches the order, or there is any new incident of "
              "violence before the review conference, the SW will ask the team manager for a legal planning "
              "meeting within 5 working days."),
        ("h1", "6. Core group and review"),
        ("p", "First core group: Wednesday 21/05/2025, 3.30pm, Threlbeck Family Hub. Then every 4 weeks: "
              "Wednesday 18/06/2025 and Wednesday 16/07/2025, same time and place. Review child protection "
              "conference: Thursday 31/07/2025, 10am, Threlbeck Civic Centre."),
        ("p", "Plan written by Bethany Nwosu (SW) and agreed with the chair on 08/05/2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Child in need plan stepped down from child protection, family about to
#    move to another authority; one bullet per action (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b82_tillingmoor_cin_stepdown_move_pending_walsh.md",
    "split": "heldout",
    "actions": 9,
    "template": "cin-plan-stepped-down-from-cp-md-bold-details-done-list-then-one-bullet-per-action-the-plan",
    "description": (
        "Child in need plan for a 14-year-old, stepped down from a child protection plan (neglect) at the "
        "review conference, with his mother's depression improving and a move to another local authority "
        "planned. Work finished under the CP plan is listed apart from the plan. Five of the nine bullets "
        "are about the mother's own treatment, benefits and support without mention of Callum (F001); the "
        "CMHT only carries on CBT (H001); 'when she feels ready' (T002); 'Lisa feeling less stressed' as the "
        "measure (M002); the CAMHS referral left to the new authority's worker after the transfer (X001), "
        "while the SW's visits carry on until the new worker has met Callum (no X001); 'the family' finding "
        "a school place (W002); an outcome about Lisa only (F002); a contingency that only discusses a "
        "step-up (C002, R002); and the CIN review 'to be confirmed' (R001)."
    ),
    "text": """\
# Child in Need Plan – Callum Walsh

**Tillingmoor Council · Children's Services · Family Support and Child in Need Team**

**Young person:** Callum Walsh, 14 (DOB 09/09/2010), Year 9, Tillingmoor High School
**Lives with:** Lisa Walsh (38), mum, at 5 Teasel Court, Tillingmoor
**Dad:** Gary Walsh, lives in Tamblyn Cross; no contact since 2019
**Plan:** child in need (section 17), stepped down from child protection at the review conference on 14/05/2025
**Social worker:** Priya Lal
**Plan agreed at:** first child in need meeting, Wednesday 28/05/2025, Tillingmoor High School

## Why Callum has a plan

Callum was on a child protection plan under the category of neglect from 12/11/2024. Last
winter Lisa's depression got much worse: she stayed in bed for days at a time, there was
often no food in the flat, Callum was doing the shopping and the washing, and his attendance
fell to 68%. He was sleeping on the sofa because his bed had broken.

Since then Lisa has started sertraline and CBT with the Tillingmoor Community Mental Health
Team, she is up in the mornings on most days, and Callum's attendance this half term is 91%.
The review conference on 14/05/2025 agreed that Callum is no longer at risk of significant
harm and that he still needs help as a child in need.

Lisa plans to move to Thornavon in August 2025 to be near her sister Karen. Thornavon County
Council's children's services will be asked to take the case once the family has an address.

## Already done under the child protection plan

- Callum's new bed and bedding were delivered on 02/05/2025.
- Free school meals have been in place since January.
- Lisa's referral to the Community Mental Health Team was accepted on 20/01/2025.

## What Callum says

Callum (seen on his own at school, 22/05/2025): "It's loads better. Mum gets up now, mostly.
I still check on her before I go out." He is nervous about moving to Thornavon and leaving his
mates and his football team, and he would like to start at his new school in September "not
halfway through". He said: "I want someone to talk to who isn't my mum or a social worker,
because sometimes I feel rubbish too." He put home at 7 out of 10.

## What we want for Callum

- Callum gets to school every day and on time, wherever the family is living.
- Callum plays football and sees his friends, and is not the one looking after his mum.
- Callum has someone outside the family he can talk to about his own low mood.
- Lisa will feel more confident and in control of her mood.

## The plan

- Tillingmoor CMHT (Anne Fox, care coordinator) will carry on CBT sessions with Lisa every two weeks, and Lisa's attendance will be recorded in the CMHT diary.
- Lisa's GP, Dr Patel at Tolvey Surgery, will review her antidepressant dose by 30/06/2025 and write to the SW with the outcome.
- Lisa will go to the women's wellbeing group at Tillingmoor Family Hub when she feels ready, and the group leader will let the SW know she has started.
- Jade Moss (family support worker) will go with Lisa to debt advice at Tillingmoor Citizens Advice every fortnight from 11/06/2025; success will be Lisa feeling less stressed about money.
- The SW will help Lisa apply for Personal Independence Payment by 31/07/2025, and the claim reference will be kept on file.
- The SW will visit Callum at home every three weeks, and see him once on his own at school in between, until the Thornavon social worker has met him; the visit notes will record Callum's own words.
- Mr Dunn, Callum's head of year at Tillingmoor High, will meet Callum every Monday morning and email his attendance figures to the SW every Friday.
- A referral to Thornavon CAMHS for Callum's low mood will be made by the new social worker once the case has transferred, with a copy sent to Lisa.
- A school place in Thornavon for Callum will be sorted out by the family before the move in August, with the offer letter copied to the SW.

## If things get worse

If things get worse at home, or Lisa's mood drops again, the SW will discuss with her manager
whether Callum's case should go back to a child protection conference.

## Meetings

- Child in need meetings every 6 weeks at Tillingmoor High School: 28/05/2025 and 09/07/2025, 3pm.
- Child in need review: date to be confirmed once the moving date is known.
""",
    "findings": [
        F("H001", "will carry on CBT sessions with Lisa every two weeks"),
        F("T002", "Lisa will go to the women's wellbeing group"),
        F("M002", "success will be Lisa feeling less stressed about money"),
        F("X001", "A referral to Thornavon CAMHS for Callum's low mood"),
        F("W002", "A school place in Thornavon for Callum will be sorted out"),
        F("F002", "Lisa will feel more confident and in control of her mood."),
        F("F001"),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. First review plan copied from the conference plan, with an update
#    column written into each row ('Update 12/05: ...', 'Carried forward',
#    'Completed'); completed rows kept for the record (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b82_thackerby_rcpc_plan_update_column_fenwick.docx",
    "doc_title": "Review Child Protection Plan - Chloe and Josh Fenwick",
    "split": "heldout",
    "actions": 10,
    "template": "rcpc-plan-docx-icpc-table-brought-forward-no-action-lead-timescale-measure-update-column-completed-rows-kept",
    "description": (
        "First review conference plan for a 13-year-old and a 10-year-old (neglect, father's drinking), "
        "copied from the initial conference plan with an 'Update 12/05/2025' column: 'Carried forward', "
        "'New at review' and 'Completed' rows. The two completed rows (one with an empty measure cell) are "
        "work already done, not actions. Core groups already held are listed. Faults: 'Family' as owner "
        "(W002), 'As and when' and 'Carried forward – ongoing' as the only timescale (T002 x2), "
        "'Reviewed at core group' (M002), an empty measure (M001), an outcome about the father only "
        "(F002), his drinking owned only by himself with the recovery service just somewhere he goes "
        "(F004), and the grandparents carrying after-school care and football with no fallback in the "
        "contingency (C003)."
    ),
    "landscape": True,
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Thackerby City Council · Children and Families · Safeguarding Team East"),
        ("kv", [
            ("Children", "Chloe Fenwick (13), Year 8, Thackerby High School; Josh Fenwick (10), Year 5, "
                         "Tessbury Primary"),
            ("Parents", "Kerry Fenwick (37) and Mark Fenwick (40), 33 Tealmoor Road, Thackerby"),
            ("Family", "Pat Harland (maternal grandmother), 2 Tealmoor Road; Ron Fenwick (paternal "
                       "grandfather), Tatchett Avenue"),
            ("Initial conference", "12/02/2025 (category: neglect)"),
            ("Review conference", "Monday 12/05/2025, Thackerby Civic Centre"),
            ("Social worker", "Amy Carver"),
            ("Chair", "Jonathan Reeve, Independent Reviewing Officer"),
        ]),
        ("h1", "How this plan is set out"),
        ("p", "This is the plan agreed at the initial conference on 12/02/2025, brought forward. Each row keeps "
              "what was agreed then, with the update given at the review conference on 12/05/2025 in the last "
              "column. Rows marked Completed are kept for the record and are not part of the plan from now on. "
              "Rows marked New were added at the review conference."),
        ("h1", "Progress since the initial conference"),
        ("p", "Core groups were held on 26/02/2025, 26/03/2025 and 23/04/2025, and all were well attended. The "
              "house is cleaner and both children have clean uniform most days. Mark has been to 6 of his 11 "
              "appointments at Thackerby Recovery Service; he told conference he still drinks \"a few cans\" "
              "most evenings and more at weekends, and on two of the SW's visits there was little food in the "
              "house. Kerry and Mark finished the parenting course on 05/05/2025. Chloe is still doing a lot of the "
              "looking after of Josh on the evenings Kerry works."),
        ("h1", "What Chloe and Josh say"),
        ("p", "Chloe (seen alone at school, 06/05/2025): \"It's better than it was. Nan's is the best bit of "
              "the week. I still hate Fridays when Mum's at work and Dad's had a drink, because I have to do "
              "Josh's tea and get him to bed.\" She wants her dad \"to stop for real, not just say it\"."),
        ("p", "Josh (seen at home, 30/04/2025): he showed the SW his football medal and said Grandad Ron takes "
              "him \"every single week\". He said he sometimes has cereal for tea, and that he likes it at "
              "Nan's \"because there's always pudding\"."),
        ("h1", "Outcomes"),
        ("bullets", [
            "Chloe and Josh have clean clothes, food every day and a safe, tidy home.",
            "Chloe is not the one looking after Josh in the evenings.",
            "Mark will stop drinking and stay sober.",
            "Josh gets to school on time every day and keeps playing football.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["No.", "Action", "Lead", "Timescale", "How we will know", "Update 12/05/2025"],
            "widths": [1.0, 6.0, 3.6, 3.6, 5.2, 6.3],
            "rows": [
                ["1", "See Chloe and Josh on their own at home and at school",
                 "SW Amy Carver",
                 "Every 2 weeks until the next review",
                 "Visit notes with each child's words recorded",
                 "Update 12/05: seen 7 times since February, 3 of them alone at school. Carried forward."],
                ["2", "Refer Mark to Thackerby Recovery Service",
                 "SW Amy Carver",
                 "By 19/02/2025",
                 "",
                 "Completed 17/02/2025."],
                ["3", "Attend Thackerby Recovery Service for key-work on his drinking",
                 "Mark Fenwick",
                 "Weekly from 24/02/2025",
                 "Attendance letter from the service to the SW",
                 "Update 12/05: 6 of 11 sessions attended. Carried forward."],
                ["4", "Collect Chloe and Josh from school and give them their tea until Kerry finishes work",
                 "Pat Harland (MGM)",
                 "Monday to Thursday, 3.15pm to 6pm",
                 "Pat's diary, seen by the SW at each visit",
                 "Update 12/05: every day done so far. Carried forward."],
                ["5", "Take Josh to football training and matches, and check he has his kit and has eaten",
                 "Ron Fenwick (PGF)",
                 "Every Wednesday evening and Saturday morning",
                 "Club attendance sheet, copied to the SW monthly",
                 "Update 12/05: carried forward."],
                ["6", "Make sure the children have clean uniform and there is food in the house every day",
                 "Family",
                 "Daily",
                 "SW checks the cupboards and uniform at each visit",
                 "Update 12/05: uniform much better; food short at two visits. Carried forward."],
                ["7", "Home conditions checklist with Kerry and Mark, going room by room",
                 "FSW Dean Oakes",
                 "As and when",
                 "Checklist score recorded at each session",
                 "Update 12/05: two sessions so far, scores 4 and 6 out of 10. Carried forward."],
                ["8", "Take Chloe to the dentist for the two fillings she needs",
                 "Kerry Fenwick",
                 "By 30/06/2025",
                 "Reviewed at core group",
                 "Update 12/05: appointment on 02/04 missed and rebooked. Carried forward."],
                ["9", "Parenting course on routines and boundaries",
                 "Kerry and Mark Fenwick",
                 "Weekly for 10 weeks from 03/03/2025",
                 "Certificate of completion",
                 "Completed 05/05/2025; both certificates seen by the SW."],
                ["10", "Drop-in sessions with Chloe about her sleep and her worries at home",
                 "Lucy Grant, school nurse, Thackerby High School",
                 "Every other Tuesday",
                 "",
                 "New at review 12/05."],
                ["11", "Refer Josh to the Thackerby young carers service",
                 "Mrs Ada Quinn, DSL, Tessbury Primary",
                 "By 31/05/2025",
                 "Acceptance letter on the children's file",
                 "New at review 12/05."],
                ["12", "Not drink while looking after the children alone on Friday evenings, and send Pat a "
                       "photo of a breath test at 6pm",
                 "Mark Fenwick",
                 "Carried forward – ongoing",
                 "Breath test photos kept by Pat and shown to the SW",
                 "Update 12/05: photos sent on 5 of 12 Fridays."],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Mark is drunk while he is looking after the children, Kerry will take Chloe and Josh to Pat's "
              "for the night and the SW (or the emergency duty team out of hours) will hold a strategy "
              "discussion the same day. If Mark has not been to at least 8 of his next 10 sessions at the "
              "Recovery Service by the core group on 23/06/2025, the SW will request a legal planning meeting."),
        ("h1", "Core group and next review"),
        ("p", "Core group every 6 weeks at Tessbury Primary, 3.30pm: Monday 23/06/2025 and Monday 04/08/2025. "
              "Next review child protection conference: Monday 08/09/2025, 10am, Thackerby Civic Centre."),
    ],
    "findings": [
        F("W002", "Make sure the children have clean uniform and there is food"),
        F("T002", "Home conditions checklist with Kerry and Mark"),
        F("M002", "Take Chloe to the dentist for the two fillings"),
        F("M001", "Drop-in sessions with Chloe about her sleep"),
        F("T002", "Not drink while looking after the children alone"),
        F("F002", "Mark will stop drinking and stay sober."),
        F("F004"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Core group 3 action log: last meeting's actions ticked off (DONE /
#    carried forward), new actions numbered CG3.1, CG3.2 ... with Lead /
#    By when / Evidence lines (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b82_tolvercombe_core_group_log_cg_numbered_rashid.txt",
    "split": "heldout",
    "actions": 10,
    "template": "core-group-action-log-txt-updates-then-previous-actions-done-list-then-cg3-numbered-action-blocks-lead-by-when-evidence",
    "description": (
        "Core group 3 action log for a 16-year-old and a 7-year-old whose mother was recently in hospital "
        "with a psychotic episode. Last meeting's actions (CG2.1 to CG2.5) are ticked off as done or carried "
        "forward and are not actions; new actions are numbered CG3.1 to CG3.10 with Lead, By when and "
        "Evidence lines. The consultant psychiatrist assesses the mother's capacity to change (no H001) but "
        "the CPN's row only supports her (H001). Other faults: 'Core group' as lead (W002), 'TBC' (T002), "
        "'-' as the date (T001), 'Monitored' (M002), '-' as the lead (W001). The log records no outcome "
        "for the children (O001) and nothing of what Mia or Sami think or feel (F003); the conference "
        "contingency with its fallback and legal step is copied in."
    ),
    "text": """\
TOLVERCOMBE COUNCIL - CHILDREN'S SERVICES
CORE GROUP MEETING - ACTION LOG
======================================================================

Children ..... Mia RASHID (16), Year 12, Tolvercombe Sixth Form College
               Sami RASHID (7), Year 2, Tidmarren Primary School
Mother ....... Nadia RASHID (42)
Address ...... 19 Tavrin View, Tolvercombe
Plan ......... child protection plan since the ICPC on 03/04/2025
               (category: neglect)
Meeting ...... Core group 3 (CG3), Thursday 12/06/2025, 2pm,
               Tolvercombe Family Hub
Chair ........ Omar Haq, social worker
Notes ........ Jess Pyle, business support

PRESENT
Nadia Rashid; Omar Haq (SW); Dr Jean Moss (consultant psychiatrist,
Tolvercombe Adult Mental Health Team); Kirsty Lane (CPN, Tolvercombe
Adult Mental Health Team); Mr Raj Gill (head of Year 12, Tolvercombe
Sixth Form College); Mrs Ellen Shaw (DSL, Tidmarren Primary); Fatima
Begum (maternal aunt).
Apologies: Beth Cole (Tolvercombe Young Carers); Ruth Penn (speech and
language therapist).

UPDATES
SW: visited on 22/05, 29/05 and 05/06. Nadia was up and dressed each
time and there was food in the fridge on two of the three visits. No
answer at the door on 09/06.
Adult Mental Health: Nadia was in Tolvercombe Mental Health Unit from
20/03/2025 to 24/04/2025 after a psychotic episode. She now has a depot
injection every 2 weeks and the CPN visits twice a week.
Tidmarren Primary: Sami's attendance is 88% since the ICPC; late 9 times.
College: Mia's attendance is 74% this term; most of the missed sessions
are Monday and Tuesday mornings.
Fatima: Sami has been coming to her for tea on Tuesdays and Thursdays
since 20/05/2025.

ACTIONS FROM CG2 (15/05/2025)
CG2.1  DONE ........ Sami's hearing test booked; seen 30/05/2025, normal.
CG2.2  DONE ........ Tuesday and Thursday teas at Fatima's set up from
                     20/05/2025; continues as CG3.10.
CG2.3  DONE ........ GP medication review for Nadia held 04/06/2025.
CG2.4  NOT DONE .... carried forward as CG3.6.
CG2.5  DONE ........ Young carers referral for Mia accepted 06/06/2025.

ACTIONS AGREED AT CG3
----------------------------------------------------------------------
CG3.1   See Mia and Sami at home, and each of them on their own (Mia at
        college, Sami at school)
        Lead ....... SW Omar Haq
        By when .... weekly from w/c 16/06/2025 until the review
                     conference
        Evidence ... visit records with what each child says written
                     down

CG3.2   Assess whether Nadia can make and keep the changes Mia and Sami
        need from her, and over what timescale
        Lead ....... Dr Jean Moss, consultant psychiatrist, Tolvercombe
                     Adult Mental Health Team
        By when .... written report by 24/06/2025, before CG4
        Evidence ... report shared with the SW and read at CG4

CG3.3   Carry on home visits to support Nadia with her depot injection
        and her daily routine
        Lead ....... Kirsty Lane, CPN, Tolvercombe Adult Mental Health
                     Team
        By when .... twice a week
        Evidence ... CPN visit log

CG3.4   Tell the SW about any change in Nadia's presentation or the
        state of the house
        Lead ....... Core group
        By when .... same day
        Evidence ... each report logged on the children's file by the SW

CG3.5   Young carer's assessment for Mia, and a place at the
        Tolvercombe young carers' group if she wants one
        Lead ....... Beth Cole, Tolvercombe Young Carers
        By when .... TBC
        Evidence ... written assessment sent to the SW

CG3.6   Speech and language assessment for Sami (carried forward from
        CG2.4)
        Lead ....... Ruth Penn, speech and language therapist,
                     Tolvercombe Children's Therapy Service
        By when .... -
        Evidence ... report with targets shared with Tidmarren Primary
                     and the SW

CG3.7   Check Mia's attendance and punctuality at college each week and
        ring Nadia on any morning Mia is not in
        Lead ....... Mr Raj Gill, head of Year 12
        By when .... every week in term time
        Evidence ... monitored

CG3.8   Application for Mia's 16-19 bursary to be filled in and sent
        to the college
        Lead ....... -
        By when .... 30/06/2025
        Evidence ... bursary award letter on file

CG3.9   Book Sami into the Tolvercombe Kids' Club summer scheme three
        days a week for the school holidays
        Lead ....... SW Omar Haq
        By when .... booked by 27/06/2025
        Evidence ... booking confirmation on file; club register over
                     the holidays

CG3.10  Have Sami for tea after school
        Lead ....... Fatima Begum (maternal aunt)
        By when .... every Tuesday and Thursday
        Evidence ... Fatima texts the SW when she has collected Sami
----------------------------------------------------------------------

CONTINGENCY (agreed at the ICPC on 03/04/2025, unchanged)
If Nadia misses her depot injection or stops sleeping, or Fatima, the
school or the CPN see any of the early warning signs in her relapse
plan, the CPN will visit that day and Sami will stay with Fatima until
the CPN and the SW agree it is safe for him to go home. If Fatima
cannot have him, the SW will arrange a foster placement that day. If
Nadia is admitted to hospital again, or misses two depot injections
before the review conference, the SW will request a legal planning
meeting within 5 working days.

NEXT MEETINGS
Core groups are every 4 weeks; CG4 is brought forward to fit before the
review: Thursday 26/06/2025, 2pm, Tolvercombe Family Hub.
Review child protection conference: Thursday 03/07/2025, 10am,
Tolvercombe Civic Offices.
======================================================================
""",
    "findings": [
        F("H001", "Carry on home visits to support Nadia with her depot injection"),
        F("W002", "Tell the SW about any change in Nadia's presentation"),
        F("T002", "Young carer's assessment for Mia, and a place"),
        F("T001", "Speech and language assessment for Sami"),
        F("M002", "Check Mia's attendance and punctuality at college each week"),
        F("W001", "Application for Mia's 16-19 bursary to be filled in"),
        F("O001"),
        F("F003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Two tables: the children's plan with proper Who / By when / How we will
#    know columns, and the mother's health plan with owner, timescale and
#    measure written as prose in one wide cell; paged PDF (exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b82_tregallock_two_tables_wide_prose_cell_morgan.pdf",
    "doc_title": "Child Protection Plan - Keisha and Leo Morgan",
    "split": "heldout",
    "actions": 10,
    "template": "icpc-paged-two-action-tables-children-table-action-who-by-when-measure-then-adult-health-table-what-plus-one-wide-prose-cell",
    "description": (
        "Initial conference plan for a 14-year-old and a 4-year-old whose mother has bipolar disorder and "
        "was in hospital for five weeks after a manic episode. Two action tables: the children's plan has "
        "Action | Who | By when | How we will know columns; the mother's health plan has 'What needs to "
        "happen' and one wide cell headed 'Who will do it, by when, and how we will know' with all three "
        "written in full prose. The psychiatrist and the care coordinator both report on whether Danielle "
        "is making the changes needed (no H001), the GP owns the blood tests, the grandmother's two actions "
        "have a fallback, the children's words and days are recorded, dates and legal step set. Header and "
        "page footer on every page. Exemplary."
    ),
    "header": "OFFICIAL-SENSITIVE – Tregallock County Council – Children's Services",
    "footer": "Keisha and Leo Morgan – child protection plan – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Children", "Keisha Morgan (14), Year 9, Tregallock Academy; Leo Morgan (4), Treetops Nursery, "
                         "mornings"),
            ("Mother", "Danielle Morgan (35), 8 Trevossa Gardens, Tregallock"),
            ("Grandmother", "Carol Morgan (61), Danielle's mum, 40 Trevossa Gardens"),
            ("Father", "Leo's father, Craig Bell, has not seen the children since 2022; Keisha's father "
                       "died in 2016"),
            ("Conference", "Initial child protection conference, Tuesday 10/06/2025, Tregallock County Hall"),
            ("Category", "Neglect"),
            ("Social worker", "Owen Price, Tregallock Children's Safeguarding Team"),
            ("Chair", "Margaret Hollins"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Danielle has bipolar disorder. In March she stopped taking her lithium, and over three weeks she "
              "stopped sleeping, spent her rent money and left Leo with neighbours she hardly knew while she "
              "went out at night. Keisha kept Leo fed and took him to nursery, and missed eight days of "
              "school. On 29 March the police found Danielle on the Tavrin road bridge in the early hours; she "
              "was detained and spent five weeks in the Tregallock Mental Health Unit, coming home on 6 May. "
              "The children stayed with Carol. Danielle is back on lithium, says she understands what "
              "happened and wants to \"get it right this time\"; this is her third episode since Leo was born."),
        ("h1", "What Keisha and Leo have told us and shown us"),
        ("p", "Keisha (seen alone at school, 2 June): \"When Mum gets high she's fun for like a day and then "
              "it's scary. I had to be Leo's mum.\" She wants to live with her mum \"as long as she takes her "
              "tablets\" and wants her nan to stay close. She does not want to be the one who has to notice "
              "when Mum is getting ill: \"I want an adult to do that.\" She would like to get back to her "
              "drama club on Wednesdays."),
        ("p", "Leo (seen at home and at nursery): he is a chatty four-year-old who talks in full sentences. "
              "He told the SW \"Mummy was in the hospital and I slept at Nanny's\" and showed her his bed at "
              "Nanny's with his dinosaur cover. Nursery say he was clingy and tearful at drop-off in April and "
              "is now settled; he still asks staff who is collecting him most days."),
        ("h1", "What we want for Keisha and Leo"),
        ("bullets", [
            "Keisha and Leo are always looked after by an adult who is well enough to care for them, day and "
            "night.",
            "Keisha does not have to look after Leo or watch for her mum becoming ill; she is in school every "
            "day and back at drama club.",
            "Leo goes to nursery every morning, is collected by someone he knows, and stays on track with his "
            "development.",
            "If their mum becomes unwell again, Keisha and Leo know where they will go and who will look after "
            "them.",
        ]),
        ("h1", "The plan for Keisha and Leo"),
        ("table", {
            "header": ["Action", "Who", "By when", "How we will know"],
            "widths": [6.2, 3.6, 3.2, 4.0],
            "rows": [
                ["See Keisha on her own at school and at home, and Leo at home and at nursery; check that "
                 "Danielle's tablets are being taken and that there is food in the house",
                 "SW Owen Price",
                 "Weekly until the review conference",
                 "Visit records with Keisha's words and what was seen of Leo and the home"],
                ["Young carer's assessment with Keisha, and a place at the Friday young carers' group if she "
                 "wants one",
                 "Nell Shaw, Tregallock Young Carers",
                 "Assessment by 11/07/2025",
                 "Written assessment shared with Keisha and the SW; group register"],
                ["Check-in with Keisha about how things are at home, and a place at drama club",
                 "Mr Dev Rao, pastoral lead, Tregallock Academy",
                 "Every Monday and Thursday in term time",
                 "Check-in notes and drama club register emailed to the SW every Friday"],
                ["Record how Leo arrives and who collects him, and anything he says about home",
                 "Jo Hart, Leo's keyworker, Treetops Nursery",
                 "Every session Leo attends",
                 "Daily sheet; weekly summary emailed to the SW every Friday"],
                ["Leo's pre-school development check, with a language screen",
                 "HV Kim Ola, Tregallock 0-19 Service",
                 "By 30/06/2025",
                 "ASQ-3 scores shared with the SW and nursery"],
                ["Take Leo to nursery on Monday, Wednesday and Friday mornings, and tell the SW the same day "
                 "if Danielle seems unwell",
                 "Carol Morgan (MGM)",
                 "Monday, Wednesday and Friday mornings",
                 "Nursery sign-in sheet shows Carol dropping Leo off"],
                ["Ring the care coordinator when she sees any of the early warning signs in Danielle's relapse "
                 "plan (not sleeping, spending, talking very fast)",
                 "Carol Morgan (MGM)",
                 "The same day, each time",
                 "Each call logged by the care coordinator and passed to the SW"],
            ],
        }),
        ("h1", "The plan for Danielle's health"),
        ("p", "The adult mental health service and the GP agreed these actions with Danielle before conference. "
              "They are written out in full so Danielle can see exactly what each person will do."),
        ("table", {
            "header": ["What needs to happen", "Who will do it, by when, and how we will know"],
            "widths": [5.0, 12.0],
            "rows": [
                ["Review Danielle's lithium and mood, and say whether she can keep well enough to care for "
                 "Keisha and Leo",
                 "Dr Sara Lund, consultant psychiatrist at the Tregallock Community Mental Health Team, will see "
                 "Danielle in clinic every month from 17/06/2025. By 22/07/2025 she will write to the SW on "
                 "whether Danielle is making the changes needed to care safely for Keisha and Leo, what still "
                 "needs to change and how long that is likely to take; the letter will be read at the core "
                 "group and kept on the children's file."],
                ["Relapse checks at home, so that the early signs are seen before Keisha has to notice them",
                 "Tom Reid, care coordinator, Tregallock Community Mental Health Team, will visit Danielle at "
                 "home every two weeks from 13/06/2025 and go through her relapse plan with her. After each "
                 "visit he will email the SW a short note saying whether Danielle is keeping well enough to "
                 "care for the children and whether she is making the changes Dr Lund has asked for."],
                ["Lithium blood tests, so a low level is caught before the children are affected",
                 "Dr Amy Cole at Tregallock Health Centre will take Danielle's lithium level every 3 months, the "
                 "next by 04/07/2025, and will tell Dr Lund and the SW in writing the same week if the level is "
                 "out of range; the results will be in each GP letter to the SW."],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Danielle misses a lithium dose for two days, stops sleeping, or Carol, the school, the nursery "
              "or the care coordinator see any early warning sign in her relapse plan, the care coordinator will "
              "see Danielle that day and Keisha and Leo will go to Carol's and stay there until Dr Lund and the "
              "SW agree it is safe for them to go home. If the children are ever found without an adult who is "
              "well enough to care for them, the SW (or the emergency duty team out of hours) will hold a "
              "strategy discussion the same day."),
        ("p", "If Carol cannot take Leo to nursery or have the children (if she is ill, away or cannot cope), "
              "she will tell the SW, and Danielle's cousin Marie Penrose in Tremellick will have them; if neither "
              "can, the SW will arrange a foster placement for Keisha and Leo together the same day."),
        ("p", "If Danielle stops her lithium, is admitted to hospital again, or Dr Lund's letter says she is not "
              "making the changes needed, the SW will request a legal planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("p", "Core group every 4 weeks at Tregallock Academy, 3.30pm: Tuesday 24/06/2025, Tuesday 22/07/2025 "
              "and Tuesday 19/08/2025. Review child protection conference: Tuesday 02/09/2025, 10am, Tregallock "
              "County Hall."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Review plan for a looked-after 14-year-old who is on the children's ward
#    after an overdose; Agency column merged down over each agency's rows;
#    no contingency at all (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b82_thistlecombe_rcpc_lac_on_ward_agency_merged_sanders.docx",
    "doc_title": "Review Child Protection Plan - Ellie Sanders",
    "split": "heldout",
    "actions": 10,
    "template": "rcpc-plan-docx-kv-details-agency-action-named-person-when-measure-table-agency-merged-down-no-contingency",
    "description": (
        "Review conference plan for a 14-year-old accommodated under section 20 with her maternal aunt, now "
        "on the children's ward after a paracetamol overdose (father's violence, mother's borderline "
        "personality disorder and depression). The Agency column is merged down over each agency's rows "
        "(three real Word vertical merges). The only visit to the ward is 'as often as she can' (T002, "
        "L001). Also an assessment update with no output (M001), the CMHT only carrying on DBT for the "
        "mother (H001), 'when Ellie is well enough' (T002), a passive referral with '-' as owner (W001), "
        "the aunt and grandmother supervising contact and making the house safe with no contingency at all "
        "(C001, C003) and no legal step (R002). Ellie's own overdose is not a parent's ill health."
    ),
    "check_vmerge": 3,
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Thistlecombe Council · Children's Services · Children in Care and Safeguarding Service"),
        ("kv", [
            ("Young person", "Ellie Sanders, 14 (DOB 03/03/2011), Year 9, Thistlecombe High School"),
            ("Legal status", "Looked after: accommodated under section 20 since 10/04/2025, placed with her "
                             "maternal aunt, Joanne Price, who is approved as a temporary kinship foster carer"),
            ("Where Ellie is now", "Teal Ward (children's ward), Thistlecombe General Hospital, since "
                                   "21/06/2025"),
            ("Mother", "Gemma Sanders (36), 14 Tarnley Close, Thistlecombe"),
            ("Father", "Rob Sanders (39), no contact; on bail not to contact Gemma or Ellie"),
            ("Maternal grandmother", "Val Price, Tarnley Close, Thistlecombe (three doors from Gemma)"),
            ("Conference", "Review child protection conference, Thursday 26/06/2025, Thistlecombe Civic Offices"),
            ("Category", "Physical abuse"),
            ("Social worker", "Hannah Doyle"),
            ("Chair", "Simon Achebe"),
        ]),
        ("h1", "Background and progress"),
        ("p", "Ellie has been on a child protection plan since 20/03/2025, after her father hit her across the "
              "face and arm during an argument with her mother. Gemma agreed to Ellie living with Joanne on "
              "10/04/2025 after Rob came back to the house twice. Gemma has borderline personality disorder "
              "and depression and is open to the Thistlecombe Community Mental Health Team, where she started "
              "dialectical behaviour therapy (DBT) in May. She has seen Ellie every weekend at Joanne's."),
        ("p", "On 20/06/2025, after a run of messages from an account she believes is her dad's, Ellie took an "
              "overdose of paracetamol at school. She is on Teal Ward and is expected to be medically fit in "
              "the next few days. CAMHS will then decide with her whether she goes home to Joanne's or needs "
              "a bed in an adolescent unit, which could mean a longer stay in hospital."),
        ("h1", "What Ellie says"),
        ("p", "Ellie spoke to the SW on the ward on 24/06/2025: \"I didn't want to die, I just wanted it all to "
              "stop for a bit. He knows where I am and he won't leave me alone.\" She wants to go back to "
              "Joanne's, \"because it's calm there\", and she wants to keep seeing her mum but not at her "
              "mum's house. She is worried about going back to school \"because everyone will know\". She "
              "said she would talk to the school counsellor \"if it's the same person every time\"."),
        ("h1", "What we want for Ellie"),
        ("bullets", [
            "Ellie is safe from her dad and from hurting herself, with a safety plan she helped to write for "
            "the times she feels low.",
            "Ellie lives somewhere she feels settled, and sees her mum regularly and safely.",
            "Ellie is back in school with support she has chosen.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Agency", "Action", "Named person", "When", "How we will know"],
            "widths": [2.6, 5.4, 3.2, 2.8, 3.0],
            "rows": [
                ["Children's social care",
                 "Visit Ellie on Teal Ward and talk with her about what she wants to happen when she leaves "
                 "hospital",
                 "SW Hannah Doyle",
                 "As often as she can",
                 "Visit notes with Ellie's words written down"],
                [V,
                 "Liaise with the ward about Ellie's discharge plan and make sure Joanne is at the discharge "
                 "meeting",
                 "SW Hannah Doyle",
                 "Before discharge",
                 "Written discharge plan shared with Joanne, the school and CAMHS"],
                [V,
                 "Update the child and family assessment to cover Ellie's time since she became looked after "
                 "and what led up to the overdose",
                 "SW Hannah Doyle",
                 "By 25/07/2025",
                 ""],
                ["CAMHS",
                 "Mental health assessment for Ellie on the ward, and a follow-up plan for when she leaves",
                 "Dr Neil Shah, Thistlecombe CAMHS liaison team",
                 "Within 24 hours of Ellie being medically fit",
                 "Assessment letter and safety plan sent to the SW, the ward and Joanne"],
                ["Adult mental health",
                 "Continue the DBT skills group and individual sessions for Gemma",
                 "Lucy Ward, DBT therapist, Thistlecombe Community Mental Health Team",
                 "Weekly",
                 "Attendance record sent to the SW monthly"],
                ["Family",
                 "Supervise Ellie's contact with her mum at Joanne's house once Ellie is home",
                 "Joanne Price (maternal aunt) and Val Price (MGM)",
                 "Every Saturday, 2–4pm, from the first Saturday after discharge",
                 "Contact notes given to the SW each week"],
                [V,
                 "Lock away all medicines and take sharp items out of the house before Ellie comes home",
                 "Joanne Price (maternal aunt)",
                 "Before discharge",
                 "SW checks the house and the locked medicine box before discharge"],
                ["Education",
                 "Arrange for schoolwork to be sent to Ellie and agree a return-to-school plan with her",
                 "Mrs Rosa Kent, DSL, Thistlecombe High School",
                 "When Ellie is well enough",
                 "Return-to-school plan agreed with Ellie and Joanne and sent to the SW"],
                [V,
                 "Referral to be made for weekly sessions with the school counsellor when Ellie is back",
                 "-",
                 "By Ellie's first week back at school",
                 "Counsellor's first session recorded on Ellie's school file"],
                ["Police",
                 "Review the risk from Rob, including the messages, and put a marker on Joanne's address",
                 "PC Dan Hale, Thistlecombe Police Public Protection Unit",
                 "By 11/07/2025",
                 "Marker reference given to the SW and Joanne"],
            ],
        }),
        ("h1", "Meetings"),
        ("p", "Core group every 4 weeks at Thistlecombe High School, 3.30pm: Thursday 10/07/2025, Thursday "
              "07/08/2025 and Thursday 04/09/2025. Ellie's looked-after review: Thursday 03/07/2025. Next review child protection "
              "conference: Thursday 18/12/2025, 10am, Thistlecombe Civic Offices."),
    ],
    "findings": [
        F("T002", "Visit Ellie on Teal Ward and talk with her"),
        F("M001", "Update the child and family assessment to cover Ellie's time"),
        F("H001", "Continue the DBT skills group and individual sessions for Gemma"),
        F("T002", "Arrange for schoolwork to be sent to Ellie"),
        F("W001", "Referral to be made for weekly sessions with the school counsellor"),
        F("L001"),
        F("C001"),
        F("C003"),
        F("R002"),
    ],
})
