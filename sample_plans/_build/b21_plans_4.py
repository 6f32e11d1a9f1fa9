"""Batch 21, module 4: seven fictional files (tuning material), all named b21_s*.

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: frameworks and regions - a Scottish GIRFEC child's plan with a
wellbeing web, a Welsh care and support protection plan with bilingual
headings, Signs of Safety danger statements, safety goals and scaling, a
family group conference plan in the family's words, and an Early Help / TAF
plan stepped up to child protection.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. GIRFEC child's plan (Scotland): wellbeing web scores, then a numbered
#    plan with a SHANARRI tag column and a merged "Who" cell (docx). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b21_skellbrae_girfec_wellbeing_web_mcbride.docx",
    "doc_title": "Child's Plan (Child Protection) - Ailsa and Finlay McBride",
    "split": "tune",
    "template": "girfec-wellbeing-web-scores-then-numbered-plan-shanarri-tag-column",
    "description": (
        "Exemplary Scottish child's plan (child protection register) for an 8-year-old and a baby "
        "(mother's drinking and depression): a SHANARRI wellbeing web with scores and where we want to be, "
        "then a numbered plan with a SHANARRI tag column and one 'Who' cell merged over three SW rows. "
        "Recovery service, GP and a CMHT psychiatrist asked to report on capacity to change, gran's "
        "evenings with a named back-up and foster care, IRD, core group dates, review CPPM, legal planning "
        "and the Children's Reporter."
    ),
    "check_vmerge": 1,
    "font_size": 10,
    "blocks": [
        ("title", "Child's Plan – Child Protection"),
        ("p", "Skellbrae Council Social Work Services, with NHS Skellbrae and Skellbrae Education Services"),
        ("kv", [
            ("Children", "Ailsa McBride, born 14/06/2016 (8), P4 at Skellbrae Primary; "
                         "Finlay McBride, born 02/05/2024 (10 months)"),
            ("Living with", "Lorna McBride (mum), 23 Kilmorrich Crescent, Skellbrae"),
            ("Ailsa's dad", "Stevie Rennie – lives in Dunmirren, sees Ailsa every second Sunday at his flat"),
            ("Named Person", "Mrs Jean Forsyth, Head Teacher (Ailsa); Morag Lindsay, Health Visitor (Finlay)"),
            ("Lead Professional", "Euan Sturrock, Social Worker, Skellbrae Children and Families (East)"),
            ("Meeting", "Initial Child Protection Planning Meeting (ICPPM), 18/03/2025 – both children's "
                        "names placed on the child protection register"),
            ("Concerns", "Neglect; parental alcohol use; parental mental ill health"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "On 2 March a neighbour called the police after hearing Finlay cry for over an hour. Officers "
              "found Lorna asleep on the sofa after drinking, Finlay in his cot in a soaked nappy and no clean "
              "bottles in the flat. Ailsa told the officers she had tried to make Finlay a bottle with water "
              "from the tap. At the IRD Lorna said she has been drinking a bottle of wine most nights since the "
              "autumn. Her GP prescribed sertraline for depression in November but she stopped it after a "
              "month. Ailsa has been late to school 14 times since January and twice came in without a jacket "
              "in the snow. Lorna's hours at the care home were cut in December and she is behind with her rent."),
        ("h1", "What is going well"),
        ("p", "Lorna was honest at the ICPPM about her drinking and asked for help herself. She has not missed "
              "any of Finlay's health visiting appointments. Her mum, Isobel Cairns, lives five minutes away in "
              "Corrieholm Row, has come round every evening since 3 March, and her home was visited and checked by "
              "the Lead Professional on 10/03/2025. Ailsa's teacher describes her as kind, bright and \"the best "
              "drawer in P4\"."),
        ("h1", "What Ailsa told us, and what we see of Finlay"),
        ("p", "Euan saw Ailsa on her own at school on 12/03/2025 and they filled in her wellbeing wheel "
              "together, with faces for each word. Ailsa said: \"When Mum's had wine she's really sleepy and I "
              "have to listen for Finlay.\" She feels safest \"at Gran's because there's always tea and she "
              "reads to us\". She wants \"Mum to stop the wine and not be sad\", wants to keep going to Brownies, "
              "and wants to stay living with her mum and Finlay. She gave herself 3 out of 10 for safe "
              "\"because of the nights\"."),
        ("p", "Finlay was seen by the health visitor on 14/03/2025. He smiles, babbles \"ba-ba\" and pulls "
              "himself up on the sofa. He settled quickly when Isobel picked him up and cried when he was put "
              "down in his cot. His weight has dropped from the 50th to the 25th centile since January and he "
              "has a sore nappy rash."),
        ("h1", "Lorna's view"),
        ("p", "Lorna said: \"I know the wine got out of hand. I want to be the mum who's up in the morning.\" "
              "She agrees with the plan and would like Isobel to keep coming in the evenings."),
        ("h1", "Wellbeing web – where things are now, and where we want to be"),
        ("table", {
            "header": ["Indicator", "Score at ICPPM (0–10)", "What we know now",
                       "Where we want to be by the review – for Ailsa and Finlay"],
            "widths": [3.1, 1.8, 5.5, 6.6],
            "bold_first_col": True,
            "rows": [
                ["Safe", "3",
                 "Finlay left in a soaked nappy while Lorna slept after drinking; Ailsa listening out for him at night.",
                 "Ailsa and Finlay are cared for by a sober, awake adult every evening and night, and Ailsa "
                 "scores 'safe' at 7 or more."],
                ["Healthy", "4",
                 "Finlay's weight has fallen from the 50th to the 25th centile; his 8-month review was missed.",
                 "Finlay is fed regularly, his nappy rash has cleared and his weight is back on the 50th centile."],
                ["Achieving", "6",
                 "Ailsa is doing well in class but has been late 14 times since January.",
                 "Ailsa is in school by 8.50am every day and keeps up with her reading group."],
                ["Nurtured", "5",
                 "Lorna is warm with the children when she is sober; Isobel is a steady presence.",
                 "Ailsa and Finlay have tea, bath and bedtime every day with an adult who is well enough to do it."],
                ["Active", "6",
                 "Ailsa goes to Brownies on Tuesdays when Isobel takes her.",
                 "Ailsa keeps going to Brownies and has time to play instead of caring for Finlay."],
                ["Respected", "5",
                 "Nobody had asked Ailsa before what home is like for her.",
                 "Ailsa's views are written down and heard at every meeting about her."],
                ["Responsible", "4",
                 "Ailsa has taken on her brother's care at night.",
                 "Ailsa is not responsible for looking after Finlay and knows who to tell if she is worried."],
                ["Included", "6",
                 "The family is behind with rent and has run out of gas twice since Christmas.",
                 "Ailsa and Finlay live in a warm home with food in the cupboards and the gas and electricity on."],
            ],
        }),
        ("h1", "The plan – who will do what"),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When", "How we will know", "Wellbeing indicators"],
            "widths": [1.1, 4.0, 2.8, 2.9, 3.6, 2.6],
            "rows": [
                ["1", "Visit Ailsa and Finlay at home, at least one visit in three unannounced; see Ailsa on her "
                      "own and check Finlay's cot, bottles and nappies",
                 "Euan Sturrock, Lead Professional (SW)",
                 "Weekly until the review CPPM",
                 "Visit records show Ailsa seen alone, Finlay seen awake and the state of his cot and feeds at each visit",
                 "S, N"],
                ["2", "Make a safety card with Ailsa saying who she can phone, day or night, if Mum cannot wake up",
                 V,
                 "By 04/04/2025",
                 "Ailsa keeps the card in her school bag and can tell Mrs Forsyth who she would call",
                 "S, R"],
                ["3", "Refer Ailsa to Skellbrae Young Carers so she has time for herself away from looking after Finlay",
                 V,
                 "Referral by 28/03/2025; first group by 30/04/2025",
                 "Young carers worker confirms in writing that Ailsa is going to the Thursday group",
                 "A, I"],
                ["4", "Assess Lorna's drinking, agree a recovery plan with her and breath test her at every "
                      "appointment, so that Ailsa and Finlay are cared for by a sober adult",
                 "Fiona Gill, Recovery Worker, Skellbrae Alcohol and Drug Recovery Service",
                 "Assessment by 04/04/2025, then weekly appointments",
                 "Breath test results and attendance sent to the Lead Professional before each core group",
                 "S, H"],
                ["5", "Assess Lorna's depression and report on her capacity to make and keep the changes Ailsa and "
                      "Finlay need, the steps still needed and the likely timescale",
                 "Dr Priya Nair, Consultant Psychiatrist, Skellbrae Community Mental Health Team",
                 "First appointment by 11/04/2025; written report by 16/05/2025",
                 "Written report shared with the core group by 16/05/2025 and presented at the review CPPM",
                 "S, N"],
                ["6", "Review Lorna's antidepressant, prescribe it in 7-day amounts and tell the Lead Professional "
                      "if she stops collecting it, so she is well enough to care for Finlay at night",
                 "Dr Alan Kerr, GP, Kilmorrich Medical Practice",
                 "Review by 28/03/2025, then every 4 weeks",
                 "Pharmacy collection record checked monthly; GP letter to the Lead Professional after each review",
                 "H"],
                ["7", "Weigh Finlay, check his nappy rash and development, and go over safe sleep and feeding with Lorna",
                 "Morag Lindsay, Health Visitor (Named Person for Finlay)",
                 "Every 2 weeks; 12-month review by 09/05/2025",
                 "Weight plotted in the red book and back on the 50th centile by the review; 12-month review "
                 "shared with the Lead Professional",
                 "H"],
                ["8", "Give Finlay a nursery place three days a week and pass on how he arrives (fed, changed, "
                      "dressed for the weather)",
                 "Ruth Ogilvie, Manager, Kilmorrich Early Years Centre",
                 "From 07/04/2025, Mon, Wed and Fri",
                 "Register shows Finlay in on at least 5 of every 6 days; arrival notes emailed to the Lead "
                 "Professional each Friday",
                 "H, N"],
                ["9", "Check in with Ailsa at the start of each week and pass on anything she says about home",
                 "Mr Craig Donald, Pupil Support Teacher, Skellbrae Primary",
                 "Every Monday, 9am",
                 "Check-in notes kept; lateness figures emailed to the Lead Professional fortnightly; any worry "
                 "passed on the same day",
                 "S, A"],
                ["10", "Come to the house every evening to help with tea, bath and bedtime, and stay over on Friday "
                       "and Saturday nights",
                 "Isobel Cairns (maternal gran)",
                 "Every evening 5pm–8pm; Friday and Saturday nights",
                 "Signed diary kept at the house and checked by the Lead Professional at each visit",
                 "N, S"],
                ["11", "Help Lorna apply for a Crisis Grant and agree a repayment plan for the rent arrears, so "
                       "Ailsa and Finlay have gas, electricity and food",
                 "Kenny Moffat, Welfare Rights Officer, Skellbrae Council",
                 "By 11/04/2025",
                 "Crisis Grant decision and repayment agreement copied to the Lead Professional",
                 "I"],
                ["12", "Meet Ailsa before each meeting, help her say what she wants, and read her views out",
                 "Lewis Baird, Children's Rights Officer",
                 "Before each core group and the review CPPM",
                 "Ailsa's views written down in her words and attached to each set of minutes",
                 "R, I"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Lorna is found under the influence of alcohol while she is the only adult caring for Ailsa or "
              "Finlay, if she misses two breath tests in a row, or if Ailsa tells anyone she has had to see to "
              "Finlay in the night, the Lead Professional (or the Social Work Out of Hours Service) will visit "
              "the same day and an interagency referral discussion (IRD) will be held the same day. Ailsa and "
              "Finlay will go to stay with Isobel Cairns at 4 Corrieholm Row while the IRD decides what happens next."),
        ("p", "If Isobel cannot come in the evenings or cannot have the children to stay – for example if she is "
              "unwell or away – Lorna's cousin, Shona Cairns, who was visited by the Lead Professional on "
              "14/03/2025 and has agreed to cover, will step in that day. If neither of them can care for the "
              "children, Ailsa and Finlay will be placed together with Skellbrae Council foster carers the same day."),
        ("p", "If Lorna has not had her recovery assessment by 04/04/2025, or her breath tests are not clear at "
              "every appointment by the review CPPM, the Lead Professional will request a legal planning meeting "
              "with Skellbrae Council Legal Services within 5 working days, to agree a referral of Ailsa and "
              "Finlay to the Children's Reporter."),
        ("h1", "Checking the plan is working"),
        ("bullets", [
            "Core group: every 3 weeks – 03/04/2025, 24/04/2025, 15/05/2025 and 05/06/2025, 3.30pm at Skellbrae "
            "Primary. Lorna and Isobel attend; Lewis Baird brings Ailsa's views.",
            "Review Child Protection Planning Meeting (review case conference): 19/06/2025, 10am, Skellbrae "
            "Council Offices, Market Street.",
            "Ailsa will fill in her wellbeing wheel again with Euan at the last visit before the review, so the "
            "scores above can be compared.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Welsh care and support protection plan with bilingual headings: "what
#    matters" sections, then one small table under each personal outcome;
#    PDF with a bilingual header and page footer on every page. Exemplary.
# ---------------------------------------------------------------------------
_WHAT_WHO_WHEN_HOW = ["Beth fydd yn digwydd / What will happen", "Pwy / Who", "Pryd / When",
                      "Sut byddwn ni'n gwybod / How we will know"]
_W2 = [6.0, 3.6, 3.2, 4.2]

PLANS.append({
    "name": "b21_sarnwenlli_care_support_protection_plan_bowen.pdf",
    "doc_title": "Cynllun Gofal a Chymorth ac Amddiffyn / Care and Support Protection Plan - Cerys and Osian Bowen",
    "split": "tune",
    "template": "welsh-care-support-protection-plan-what-matters-then-table-per-personal-outcome-bilingual-paged",
    "description": (
        "Exemplary Welsh care and support protection plan for a 5-year-old and a 2-year-old (father's "
        "drinking and domestic abuse), bilingual Welsh/English headings, 'what matters' sections for each "
        "child and the mother, then a small What / Who / When / How table under each personal outcome; "
        "bilingual header and page footer on every page. Drug and alcohol team owns an action, nain and "
        "taid's roles are covered if they can't do them, strategy discussion, legal gateway meeting, core "
        "group and review conference dates."
    ),
    "header": "SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE – Cyngor Sir Sarnwenlli – Gwasanaethau Plant",
    "footer": "Cynllun Gofal a Chymorth ac Amddiffyn – Tudalen {PAGE} o {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Cynllun Gofal a Chymorth ac Amddiffyn / Care and Support Protection Plan"),
        ("kv", [
            ("Plant / Children", "Cerys Bowen, born 09/10/2019 (5); Osian Bowen, born 21/01/2023 (2)"),
            ("Cyfeiriad / Address", "7 Heol y Felin, Sarnwenlli"),
            ("Rhieni / Parents", "Siân Bowen (mam); Rhodri Pugh (tad) – living at his mother's house since 03/03/2025"),
            ("Iaith / Language", "Welsh is the family's first language. All visits and meetings are offered in "
                                 "Welsh; Siân asked for the plan in Welsh and English."),
            ("Cofrestr / Register", "Both children placed on the child protection register at the initial "
                                    "child protection conference on 02/04/2025 – emotional abuse"),
            ("Gweithiwr cymdeithasol / Social worker", "Gwenllian Rees, Tîm Amddiffyn Plant / Child Protection Team"),
        ]),
        ("h1", "Pam mae angen cynllun / Why there is a plan"),
        ("p", "The police have been called to the house three times since December because of arguments when "
              "Rhodri had been drinking. On 1 March Rhodri punched the kitchen door and pushed Siân while she was "
              "holding Osian. Cerys saw this and ran next door to Mrs Lloyd. Rhodri told the conference he drinks "
              "\"about six cans a night, more at the weekend\". Siân asked him to leave and he has stayed with his "
              "mother, Gwyneth, since 3 March."),
        ("h1", "Beth sy'n gweithio'n dda / What is working well"),
        ("p", "Siân rang 999 herself on 1 March and asked Rhodri to leave. Rhodri has kept to the agreement not to "
              "come to the house. Nain Gwyneth has supervised every Saturday contact since 8 March, and Taid Emyr "
              "has taken Cerys to school every day. Both children are well fed, well dressed and attend every "
              "health appointment."),
        ("h1", "Beth sy'n bwysig i Cerys / What matters to Cerys"),
        ("p", "Cerys talked to Gwenllian in Welsh at school on 27/03/2025 and drew her three houses. She said "
              "(in English): \"I don't like it when Dad shouts and bangs the door. I hid under the table with "
              "Osian.\" She misses her dad and likes Saturdays at Nain's \"because Dad is nice there and we make "
              "Welsh cakes\". She wants \"Mam to be happy and no more police\". The best thing about school is "
              "\"Miss Davies and the sand tray\"."),
        ("h1", "Beth rydyn ni'n ei weld o ddiwrnod Osian / What we see of Osian's day"),
        ("p", "Osian is a smiley boy who says about ten words in Welsh (\"mam\", \"ci\", \"dŵr\"). At the home "
              "visit on 27/03/2025 he flinched and cried when a door slammed in the flat below, and he clings to "
              "Siân when new people arrive. He plays happily with his cars once he has settled and runs to Taid "
              "at the door."),
        ("h1", "Beth sy'n bwysig i Siân / What matters to Siân"),
        ("p", "Siân wants the children to keep seeing their dad \"when he is sober and safe\", and wants "
              "everything to happen in Welsh. She said: \"I want a quiet house. I don't want Cerys hiding any more.\""),
        ("h1", "Canlyniadau personol a'r cynllun / Personal outcomes and the plan"),
        ("boldp", "Canlyniad 1 / Outcome 1 – Cerys and Osian are safe at home"),
        ("p", "What this will look like: Cerys and Osian live in a home where no one shouts, hits or pushes, the "
              "police are not called, and Cerys can say in her own words that home feels safe."),
        ("table", {
            "header": _WHAT_WHO_WHEN_HOW,
            "widths": _W2,
            "rows": [
                ["Visit Cerys and Osian at home, speak with them in Welsh and see Cerys on her own",
                 "Gwenllian Rees (SW)",
                 "Every week; one visit in three unannounced",
                 "Visit records show Cerys seen alone and her words written down in Welsh and English"],
                ["Assess Rhodri's drinking, agree a plan with him to stop, and test him at every appointment, so "
                 "that he can have safe time with Cerys and Osian",
                 "Huw Pritchard, Sarnwenlli Community Drug and Alcohol Team",
                 "Assessment by 02/05/2025, then weekly",
                 "Test results and attendance sent to the SW before each core group, with Huw's view on whether "
                 "Rhodri can stay sober for contact"],
                ["Go to the Camau Newydd programme for fathers who have been abusive, and bring the attendance "
                 "sheet to each core group",
                 "Rhodri Pugh",
                 "Starts 12/05/2025 (20 weekly sessions)",
                 "Attendance record; facilitator's mid-point report to the SW by 21/07/2025"],
                ["Make a safety plan with Siân for herself, Cerys and Osian, and arrange a door alarm and a police "
                 "marker on the address",
                 "Nia Morgan, IDVA, Sarnwenlli Domestic Abuse Service",
                 "Safety plan by 25/04/2025; alarm and marker by 09/05/2025",
                 "Copy of the safety plan on file; police confirm the marker to the SW in writing"],
                ["Supervise Rhodri's contact with Cerys and Osian at Nain's house, and end the contact if he has "
                 "been drinking",
                 "Gwyneth Pugh (Nain, Rhodri's mother)",
                 "Every Saturday, 10am–12pm",
                 "Contact diary signed by Gwyneth after every contact and checked by the SW every fortnight"],
            ],
        }),
        ("boldp", "Canlyniad 2 / Outcome 2 – Osian grows, plays and talks"),
        ("p", "What this will look like: Osian is no longer frightened by sudden noises, settles at the Cylch "
              "without crying for long, and uses 50 or more words by the summer."),
        ("table", {
            "header": _WHAT_WHO_WHEN_HOW,
            "widths": _W2,
            "rows": [
                ["Do Osian's 2-year development review, and refer him for speech and language therapy if his "
                 "words have not increased",
                 "Eirlys Jenkins (HV)",
                 "Review by 16/05/2025, then every month",
                 "Review scores and weight shared with the SW; speech therapy referral letter on file if made"],
                ["Give Osian a place at the Cylch Meithrin three mornings a week and note how he settles and the "
                 "words he uses",
                 "Menna Owen, Arweinydd / Leader, Cylch Meithrin Sarnwenlli",
                 "From 28/04/2025, Mon, Wed and Fri",
                 "Register shows Osian at 5 of every 6 sessions; word list and settling notes sent to the SW monthly"],
            ],
        }),
        ("boldp", "Canlyniad 3 / Outcome 3 – Cerys is happy and settled at school"),
        ("p", "What this will look like: Cerys is in school on time every day, can name her feelings, and tells "
              "us she no longer hides when there is a loud noise."),
        ("table", {
            "header": _WHAT_WHO_WHEN_HOW,
            "widths": _W2,
            "rows": [
                ["Weekly feelings sessions with Cerys in Welsh, using her worry monster and feelings scale",
                 "Awen Davies, ELSA, Ysgol Gymraeg Bro Sarnwenlli",
                 "Every Thursday from 24/04/2025",
                 "Session log kept; Cerys's feelings scale scores shared at each core group"],
                ["Take Cerys to school so that Siân can take Osian to the Cylch",
                 "Emyr Bowen (Taid, Siân's father)",
                 "Every school day",
                 "School register shows Cerys in by 8.50am"],
                ["Tell the SW the same day if Cerys says anything about home that worries staff",
                 "Mr Rhys Thomas, Designated Safeguarding Person, Ysgol Gymraeg Bro Sarnwenlli",
                 "Same day",
                 "Concern recorded on the school safeguarding log and emailed to the SW the same day"],
            ],
        }),
        ("h1", "Cynllun wrth gefn / Contingency plan"),
        ("p", "If Rhodri comes to the house, contacts Siân or the children outside supervised contact, or arrives "
              "at contact having been drinking, Siân or Gwyneth will ring 999 and the contact will stop. The police "
              "will attend and the SW (or the Emergency Duty Team out of hours) will hold a strategy discussion the "
              "same day. If Siân lets Rhodri back into the home, Cerys and Osian will stay with Taid Emyr at 2 Maes "
              "yr Eglwys while the strategy discussion decides what happens next."),
        ("p", "If Gwyneth cannot supervise on a Saturday, that contact will not go ahead and the SW will arrange "
              "supervised contact at Canolfan Deulu Sarnwenlli (the family centre) within 5 working days. If Emyr "
              "cannot do the school run, Siân will take Cerys and the Cylch will take Osian from 8.30am. If Emyr "
              "cannot have the children in an emergency, they will be placed together with the council's foster "
              "carers the same day."),
        ("p", "If Rhodri moves back into the home, or the safety plan is broken twice, the team manager will hold a "
              "legal gateway meeting within 5 working days to decide whether to start the Public Law Outline."),
        ("h1", "Adolygu'r cynllun / Reviewing the plan"),
        ("bullets", [
            "Grŵp craidd / Core group: every 4 weeks – 24/04/2025, 22/05/2025 and 19/06/2025, 10am at Canolfan "
            "Deulu Sarnwenlli, held in Welsh.",
            "Cynhadledd adolygu / Review child protection conference: 02/07/2025, 10am, Neuadd y Sir, Sarnwenlli.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Signs of Safety: paired danger statements and safety goals, a scaling
#    table with each person's reason, then a next-steps table keyed to the
#    goals (md). Faulty.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b21_stibbenham_sos_scaling_reasons_goal_keyed_steps_hollister.md",
    "split": "tune",
    "template": "sos-danger-goal-statements-scaling-reasons-table-then-goal-keyed-next-steps-table-md",
    "description": (
        "Signs of Safety initial plan for a 9-year-old and a 3-year-old (mother's anxiety and low mood, "
        "ex-partner's cocaine use and violence): danger statements, safety goals (one only about the mother), "
        "a scaling table with reasons and a next-steps table keyed to goals. 'Throughout the plan', 'ASAP', "
        "'As and when', 'Everyone in the network', 'Monitored', a talking-therapy row that only treats, two "
        "blank measures, relatives carrying the plan, a contingency that only looks again at the plan and "
        "no legal step."
    ),
    "text": """\
# Stibbenham Borough Council – Children's Services
## Signs of Safety Child Protection Plan (initial)

**Children:** Skye Hollister (9), Remy Hollister (3)
**Mum:** Danielle Hollister
**Mum's ex-partner:** Ashley Burr (not the children's father; left the home 14/03/2025)
**ICPC:** 03/04/2025 | **Category:** Emotional abuse and neglect
**Social worker:** Mel Okafor | **Team manager:** Rob Kinsella

---

### Danger statements

**D1.** Children's services, school and the police are worried that Skye and Remy
will be hurt or frightened again if Ashley comes back into the house and uses
cocaine. On 11 March he punched a hole in the bedroom door while Remy was in the
room, and Skye rang 999 from under her bed.

**D2.** We are worried that when Danielle's anxiety and low mood are bad she stays
in bed, Remy goes without breakfast, and Skye stays off school to look after him,
as happened on six school days in February.

### Safety goals

**G1.** Skye and Remy live in a home where no adult uses drugs, shouts, hits or
breaks things, and Skye can tell Mel she feels safe at bedtime.

**G2.** Every morning there is an adult up and ready to give Remy his breakfast and
get Skye to school, so that Skye is in school every day and is not looking after
her brother.

**G3.** Danielle will get help for her anxiety and feel more confident as a mum.

### What's working well

- Danielle asked Ashley to leave after 11 March and had the locks changed.
- Nanna Bev (Danielle's mum) comes round most teatimes and the children are relaxed with her.
- Remy is always clean and well dressed at nursery, and Danielle has never missed his pick-up.

### Complicating factors

- Ashley keeps messaging Danielle asking to come back and says he has stopped using.
  Danielle says she still loves him.
- Danielle has been on the talking therapy waiting list since January; her GP
  increased her sertraline in March.

### Skye's three houses and Remy's day

Skye (seen on her own at school, 28/03/2025):

- *House of worries:* "Ash shouting and the hole in the door", "when Mum won't get up".
- *House of good things:* "Nanna Bev's spaghetti", "gymnastics", "Remy when he does his silly dance".
- *House of dreams:* "Mum happy and taking me to gymnastics, and Ash never coming back."

Skye told Mel she has her own "rule" that she checks Remy is breathing before she
goes to sleep.

Remy (seen at nursery and at home, 31/03/2025) is chatty, ran to Danielle at
pick-up and ate two bowls of cereal at breakfast club. He covers his ears when a
door bangs.

### Scaling

*0 = Skye and Remy will be hurt or neglected if nothing changes; 10 = everyone is
confident they are safe enough for the plan to end.*

| Person | Score | Why |
|---|---|---|
| Mel Okafor (SW) | 3 | Ashley is still messaging and there is no plan yet for mornings when Danielle can't get up. |
| Danielle | 6 | "Ash is gone and I've got my mum." |
| Bev Hollister (Nanna) | 5 | Worried Danielle will let Ashley back in. |
| Mrs Tate (DSL, Stibbenham Juniors) | 4 | Skye's attendance is 82% and she is tired in class. |
| Claire Dunn (HV) | 5 | Remy is well cared for physically but his speech is behind. |

### Next steps

| Goal | What needs to happen | Who | By when | How we'll know it's working |
|---|---|---|---|---|
| G1 | See Skye on her own at school and do a three houses with her every month | Mel Okafor (SW) | Every 2 weeks | Skye's words written into the plan before each core group |
| G1 | Not let Ashley into the house or leave him alone with the children | Danielle | Throughout the plan | Police call logs; what Skye and Remy say at visits |
| G1 | Assess Ashley's cocaine use and hair strand test him monthly before any contact with the children is agreed | Tom Fenwick, Stibbenham Drug and Alcohol Service | Assessment by 09/05/2025, then monthly | Test results and assessment report sent to the SW |
| G1 | Come round every day at teatime, check on the children and text Mel if Ashley is there | Bev Hollister (Nanna) | Every day, 5pm | Bev's daily text to Mel; Mel checks the messages at each visit |
| G1 | Have Skye and Remy for a sleepover every Friday night | Kayleigh Pearce (aunt) | Every Friday | |
| G2 | Weekly therapy sessions for Danielle's anxiety and low mood | Stibbenham Talking Therapies (Danielle's therapist) | Weekly | Danielle feels less anxious |
| G2 | Refer Remy to speech and language therapy | Claire Dunn (HV) | ASAP | SALT referral accepted letter on file |
| G2 | 15 hours a week at Little Otters, with breakfast club Monday to Wednesday | Little Otters Nursery (keyworker Jess Amadi) | From 28/04/2025 | Register shows Remy in for breakfast club on at least 9 of every 10 days |
| G2 | Go to the Calmer Mornings parenting group and use the morning routine chart at home | Danielle | 8 weeks from 06/05/2025 | Attendance certificate; routine chart seen by the SW at each visit |
| G1, G2 | Notice any worries about Skye and Remy and share them with Mel | Everyone in the network | As and when | Monitored |
| G1, G2 | Complete a parenting assessment of Danielle | Mel Okafor (SW) | By 27/06/2025 | |

### If things go wrong

If Ashley comes back or there are any more worries, the network will get
together with Mel and we will look again at the plan.

### Meetings

- Core group: every 4 weeks – 17/04/2025, 15/05/2025 and 12/06/2025, at Stibbenham Juniors, 9.15am.
- Review child protection conference: 03/07/2025, 2pm.
""",
    "findings": [
        F("T002", "Not let Ashley into the house or leave him alone"),
        F("M001", "Have Skye and Remy for a sleepover every Friday night"),
        F("H001", "Weekly therapy sessions for Danielle's anxiety and low mood"),
        F("M002", "Weekly therapy sessions for Danielle's anxiety and low mood"),
        F("T002", "Refer Remy to speech and language therapy"),
        F("W002", "Notice any worries about Skye and Remy and share them"),
        F("T002", "Notice any worries about Skye and Remy and share them"),
        F("M002", "Notice any worries about Skye and Remy and share them"),
        F("M001", "Complete a parenting assessment of Danielle"),
        F("F002", "Danielle will get help for her anxiety and feel more confident"),
        F("C002"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Family group conference: the family's plan in their own words, typed up
#    by the coordinator, then what services agreed (txt). Faulty.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b21_swallowhithe_fgc_family_plan_own_words_ransome.txt",
    "split": "tune",
    "template": "fgc-coordinator-typed-family-plan-own-words-numbered-then-services-agreed-txt",
    "description": (
        "Family group conference plan for an 11-year-old and a 6-year-old (mother's drinking), typed up by "
        "the coordinator in the family's words: bottom lines, the child's words via her advocate, the family's "
        "numbered promises, then what services agreed. 'When she is ready', 'when she can', 'We will all keep "
        "an eye on', 'ongoing' with 'improvement', a passive referral, missing measures, an adult-only "
        "outcome, a contingency that sends the girls to Nan with nothing if Nan can't, and the review "
        "conference date still to be confirmed."
    ),
    "text": """\
SWALLOWHITHE COUNCIL - FAMILY GROUP CONFERENCE SERVICE
FAMILY PLAN
==============================================================

Family:       Ransome
Children:     Kenzie Ransome (11), Lola Ransome (6)
Mum:          Toni Ransome
FGC held:     Saturday 12 April 2025, 10am-3pm, Swallowhithe
              Community Hall
Coordinator:  Janine Archer (independent FGC coordinator)
Referred by:  Priya Lal, social worker - Kenzie and Lola have
              been on child protection plans since the ICPC on
              20/03/2025 (neglect)
Who came:     Toni (mum); Jackie Ransome (Nan, Toni's mum);
              Craig Ransome (uncle); Michelle "Shell" Dwyer
              (aunt, Toni's sister); Marie Goodwin (Toni's
              friend); Kenzie (first part, with her advocate
              Leah Hurst); Priya Lal (SW, information only)

Typed up by Janine on 14/04/2025 from the family's flipchart.
The plan is written the way the family wrote it.

--------------------------------------------------------------
1. WHAT THE SOCIAL WORKER TOLD US AT THE START
--------------------------------------------------------------
Priya said the girls are on a plan because Toni has been
drinking heavily. On 8 March the police found Toni asleep and
drunk at 9pm with Lola locked out in the garden in her
pyjamas. Kenzie has been doing the shopping and getting Lola
to school on her own.

Priya's bottom lines:
  - Toni must not be drunk when she is looking after the girls.
  - There must always be a sober adult the girls can go to,
    day and night.
  - Kenzie must not be the one looking after Lola.

--------------------------------------------------------------
2. WHAT KENZIE WANTED US TO KNOW (read out by Leah)
--------------------------------------------------------------
  "I love my mum but I hate it when she drinks because she
  goes all floppy and cries. I don't mind helping with Lola
  but sometimes I have to miss Guides. I want to stay living
  with Mum. I want Nan around more. I want Mum to stop the
  drink for real this time."

  Lola told Leah she likes "Nan's house and Uncle Craig's dog"
  and that "Mummy sleeps a lot in the day".

--------------------------------------------------------------
3. WHAT WE WANT
--------------------------------------------------------------
  - Kenzie and Lola to be safe and happy and always have a
    grown-up who is sober.
  - Kenzie to be a kid again and not Lola's mum.
  - Toni to get back on her feet and stay off the drink for
    good.

--------------------------------------------------------------
4. OUR PLAN (what the family will do)
--------------------------------------------------------------
  1. Nan (Jackie) will have Kenzie and Lola at hers every
     Friday and Saturday night so Mum is never on her own with
     them at weekends, and Nan will write in the notebook what
     time they went to bed.
  2. Uncle Craig will take the girls to school on Mondays,
     Wednesdays and Fridays before work, and the school
     register will show they were in on time.
  3. Toni will stop drinking and go to Swallowhithe Recovery
     Service when she is ready.
  4. Aunty Shell will ring Kenzie every night at 7pm so she
     has someone to talk to. Shell will keep a note of the
     calls and tell Priya if Kenzie says Mum has been drinking.
  5. Marie will help Toni get the house sorted when she can.
  6. Nan will take Kenzie to Guides on Tuesdays so she doesn't
     miss it.
  7. We will all keep an eye on Toni and the girls.

--------------------------------------------------------------
5. WHAT SERVICES HAVE AGREED TO DO (the family asked for these)
--------------------------------------------------------------
  8. Priya Lal (SW) will visit every week and see Kenzie and
     Lola on their own; her visit notes will record what the
     girls say each time.
  9. Gemma Toft, Swallowhithe Recovery Service, will see Toni
     for an assessment of her drinking by 30/04/2025, breath
     test her at every appointment and send the results to
     Priya every month.
 10. Lola's class teacher, Mrs Rahman, will keep Lola in the
     Sunflower nurture group, ongoing, and we should see an
     improvement in Lola's confidence.
 11. A referral to Swallowhithe Young Carers for Kenzie will be
     made by 16/05/2025, and the date of her first session will
     be sent to Nan.

--------------------------------------------------------------
6. IF THE PLAN ISN'T WORKING
--------------------------------------------------------------
  If Toni has been drinking when she has the girls, Kenzie
  will ring Nan and the girls will go straight to Nan's. Nan
  will tell Priya the same day.

  Priya added: if Toni is found drunk in charge of the girls
  again, Priya will hold a strategy discussion the same day
  and ask her manager for a legal planning meeting.

--------------------------------------------------------------
7. SOCIAL WORKER'S RESPONSE
--------------------------------------------------------------
  Priya said the plan meets her bottom lines and it will be
  part of the girls' child protection plan, alongside what
  services are doing.

--------------------------------------------------------------
8. REVIEW
--------------------------------------------------------------
  Review FGC:      about 8 weeks from now - Janine will ring
                   round for a date.
  Core group:      every 4 weeks, first one 24/04/2025, 9.30am
                   at Swallowhithe Juniors.
  Review child protection conference: date to be confirmed.

Family plan agreed by everyone present on 12/04/2025.
""",
    "findings": [
        F("T002", "Toni will stop drinking and go to Swallowhithe Recovery Service"),
        F("M001", "Toni will stop drinking and go to Swallowhithe Recovery Service"),
        F("T002", "Marie will help Toni get the house sorted"),
        F("M001", "Marie will help Toni get the house sorted"),
        F("M001", "Nan will take Kenzie to Guides on Tuesdays"),
        F("W002", "We will all keep an eye on Toni and the girls"),
        F("T001", "We will all keep an eye on Toni and the girls"),
        F("M002", "We will all keep an eye on Toni and the girls"),
        F("T002", "will keep Lola in the Sunflower nurture group"),
        F("M002", "will keep Lola in the Sunflower nurture group"),
        F("W001", "A referral to Swallowhithe Young Carers for Kenzie will be"),
        F("F002", "Toni to get back on her feet and stay off the drink"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Early Help / team around the family stepped up to child protection:
#    "what the TAF tried" history table, then a Lead / Support / When /
#    Evidence plan with a merged Lead cell (docx). Faulty.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b21_sollerby_taf_tried_then_cp_lead_support_voss.docx",
    "doc_title": "Child Protection Plan (stepped up from Early Help) - Tyler, Ruby and Archie Voss",
    "split": "tune",
    "template": "early-help-taf-step-up-what-taf-tried-table-then-lead-support-when-evidence-plan",
    "description": (
        "Initial child protection plan for three children (7, 4 and a baby; neglect, mother's postnatal "
        "depression, father's drinking) stepped up from a team around the family: a past-tense 'what the "
        "TAF tried' table, then a Lead / Support / When / Evidence plan with one Lead cell merged over two "
        "SW rows. A perinatal nurse who only supports with 'mood is stable', a blank evidence cell, 'Ongoing', "
        "'TBC', 'Improvement', a blank Lead, 'All professionals', and no legal step."
    ),
    "check_vmerge": 1,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Sollerby Borough Council – Children's Social Care with Sollerby Family Hub"),
        ("kv", [
            ("Children", "Tyler Voss (7), Ruby Voss (4), Archie Voss (5 months)"),
            ("Parents", "Jade Voss and Connor Voss, 41 Larkspur Road, Sollerby"),
            ("Early Help", "Team Around the Family (TAF) from 16/09/2024; lead practitioner Callum Reeve, "
                           "family support worker (FSW), Sollerby Family Hub"),
            ("Step-up", "Strategy discussion 10/03/2025; section 47 enquiry; initial child protection conference "
                        "31/03/2025 – category: neglect"),
            ("Social worker", "Hannah Greaves, Sollerby Safeguarding Team 1"),
        ]),
        ("h1", "Why the TAF stepped up to child protection"),
        ("p", "The TAF started after school raised Tyler's attendance (84%) and head lice that kept coming back. "
              "Archie was born in October. In December Jade's GP diagnosed postnatal depression and referred her to "
              "the perinatal mental health team. Connor drinks most evenings and says he \"needs a few to sleep\". "
              "By February the health visitor found Archie's weight had fallen from the 50th to the 9th centile, "
              "the flat was cold and there was black mould on the wall of the children's bedroom. On 5 March "
              "police found Connor drunk, pushing Archie in his pram along the bypass at 11pm. Three TAF reviews "
              "had seen little change, so the lead practitioner asked for a strategy discussion."),
        ("h1", "What the TAF tried (September 2024 – March 2025)"),
        ("table", {
            "header": ["What we tried", "Who did it", "What happened"],
            "widths": [5.5, 3.5, 8.0],
            "rows": [
                ["Morning routine chart and weekly FSW home visits", "Callum Reeve (FSW)",
                 "Used for three weeks in October and then stopped. Tyler's attendance went up to 88% and fell "
                 "back to 83% by February."],
                ["Referral to Sollerby Homes about the damp", "Callum Reeve (FSW)",
                 "Inspected in November. No repairs had been done by the step-up."],
                ["Jade to speak to her GP about her mood", "Jade",
                 "GP diagnosed postnatal depression on 12/12/2024 and referred Jade to the perinatal team; her "
                 "first appointment was 20/02/2025."],
                ["Connor to ring Sollerby Alcohol Service", "Connor",
                 "Connor rang once in January and did not go to the assessment he was offered."],
                ["Funded nursery place for Ruby", "Callum Reeve (FSW)",
                 "Ruby started in January. Attendance 71%, often collected late."],
            ],
        }),
        ("h1", "What the children have told us"),
        ("p", "Hannah saw Tyler on his own at school on 26/03/2025. He said: \"Mum cries in bed and Dad gets "
              "cross when Archie cries. I make Ruby's cereal.\" He wants \"a warm bedroom without the black stuff "
              "on the wall\" and to go to football club on Saturdays. Ruby told Hannah \"Daddy falls asleep on the "
              "stairs\" and showed her the doll she sleeps with. Archie is a quiet baby who rarely cries; he has a "
              "flat patch on the back of his head and brightens and kicks when Ruby sings to him."),
        ("h1", "What we want for Tyler, Ruby and Archie"),
        ("bullets", [
            "Archie is fed every 3–4 hours, sleeps safely in his cot and his weight climbs back towards the 50th centile.",
            "Tyler and Ruby get to school and nursery every day, washed, fed and on time.",
            "All three children sleep in a warm, dry bedroom and are cared for by a sober parent every night.",
        ]),
        ("h1", "The child protection plan"),
        ("table", {
            "header": ["What needs to happen", "Lead", "Support", "When", "Evidence"],
            "widths": [5.0, 3.0, 2.4, 2.8, 3.8],
            "rows": [
                ["Visit the family at home, see Tyler on his own, see Archie awake and check the children's "
                 "bedroom and the food in the house",
                 "Hannah Greaves (SW)", "Callum Reeve (FSW)", "Weekly; one visit in three unannounced",
                 "Visit notes show all three children seen and Tyler seen alone"],
                ["Complete a parenting assessment of Jade and Connor, with a recommendation to the review conference",
                 V, "-", "By 13/06/2025",
                 "Written assessment report shared with the core group by 13/06/2025"],
                ["Perinatal mental health nurse to continue support visits to Jade",
                 "Amy Cole, Sollerby Perinatal Mental Health Team", "GP", "Fortnightly",
                 "Jade's mood is stable"],
                ["Assess Connor's drinking and agree a reduction plan with him",
                 "Sollerby Alcohol Service (Dev Patel)", "Connor", "Assessment by 25/04/2025",
                 ""],
                ["Weigh Archie, check his feeding and safe sleep, and refer him to the paediatrician if his weight "
                 "drops again",
                 "Lisa Moor (HV)", "-", "Every 2 weeks",
                 "Weight plotted in the red book; safe sleep checklist signed at each visit"],
                ["Carry on the morning and bedtime routine work started under the TAF",
                 "Callum Reeve (FSW)", "Jade and Connor", "Ongoing",
                 "Routine chart on the fridge; FSW checklist shows the routine followed at each session"],
                ["Ruby to attend nursery for her full 30 hours, with breakfast club",
                 "Bright Steps Nursery (manager Paula Lin)", "Jade", "From 14/04/2025",
                 "Register shows Ruby in on at least 9 of every 10 sessions"],
                ["Daily soft-start check-in with Tyler and a breakfast from the school club",
                 "Mrs Oyelaran, DSL, Sollerby Primary", "Class teacher", "Every school day",
                 "Improvement in Tyler's attendance"],
                ["Book dental check-ups for Tyler and Ruby",
                 "", "-", "By 16/05/2025",
                 "Dental letters copied to the SW"],
                ["Share any concern about the children with the SW on the same day",
                 "All professionals", "-", "Same day",
                 "Concern logged on the children's file with what was done"],
                ["Repair the damp in the children's bedroom",
                 "Sollerby Homes (housing officer Karl Ince)", "Hannah Greaves (SW)", "TBC",
                 "Repairs signed off; damp meter reading below 20% at the SW's next visit"],
                ["Attend the Growing Together parenting group",
                 "Jade and Connor", "Callum Reeve (FSW)", "10 weeks from 29/04/2025",
                 "Attendance record and facilitator's end-of-course report"],
            ],
        }),
        ("h1", "If things get worse"),
        ("p", "If Archie's weight falls below the 9th centile, if Jade tells anyone she has thoughts of harming "
              "herself or Archie, or if Connor is found drunk while he is the only adult looking after the "
              "children, the SW (or the emergency duty team out of hours) will hold a strategy discussion the "
              "same day. Connor will be asked to leave the home, and the SW or FSW will visit every day until a "
              "safety plan is agreed. If Jade is too unwell to care for the children, Tyler, Ruby and Archie will "
              "be placed together with Sollerby foster carers the same day."),
        ("h1", "Core group and review"),
        ("p", "The core group (Jade, Connor, Hannah, Callum, Lisa, Amy, Mrs Oyelaran and Paula Lin) will meet every "
              "4 weeks: 10/04/2025, 08/05/2025 and 05/06/2025, 10am at Sollerby Family Hub."),
        ("p", "Review child protection conference: 26/06/2025, 1.30pm, Sollerby Family Hub. If there has been no "
              "real change by then, the review conference will decide whether the plan should carry on."),
    ],
    "findings": [
        F("H001", "Perinatal mental health nurse to continue support visits to Jade"),
        F("M002", "Perinatal mental health nurse to continue support visits to Jade"),
        F("M001", "Assess Connor's drinking and agree a reduction plan with him"),
        F("T002", "Carry on the morning and bedtime routine work started under the TAF"),
        F("M002", "Daily soft-start check-in with Tyler and a breakfast"),
        F("W001", "Book dental check-ups for Tyler and Ruby"),
        F("W002", "Share any concern about the children with the SW"),
        F("T002", "Repair the damp in the children's bedroom"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Signs of Safety review mapping typed up as a case print: danger
#    statements, safety goals, scaling with "one point higher", numbered next
#    steps with Who / When / Check lines (txt). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b21_scarrowmead_sos_mapping_one_point_higher_cotton.txt",
    "split": "tune",
    "template": "sos-review-mapping-print-scaling-one-point-higher-then-who-when-check-steps-txt",
    "description": (
        "Exemplary Signs of Safety review mapping and plan, typed up as a case print, for a 13-year-old young "
        "carer and his baby sister (mother's bipolar disorder): danger statements, safety goals, Harley's "
        "words and Maisie's day, scaling with 'one point higher', and numbered next steps with Who / When / "
        "Check lines. CMHT care coordinator and psychiatrist report on capacity to change, GP owns an action, "
        "grandad's and aunt's nights are covered if they can't do them, same-day strategy discussion, legal "
        "planning meeting, core group and review conference dates."
    ),
    "text": """\
SCARROWMEAD CITY COUNCIL                              CHILDREN'S SERVICES
SIGNS OF SAFETY MAPPING AND CHILD PROTECTION PLAN    printed 08/05/2025
==========================================================================
Children   : Harley COTTON   (13)  DOB 19/08/2011  Yr 8, Scarrowmead Academy
             Maisie COTTON   (8m)  DOB 02/09/2024
Mum        : Stacey COTTON   (32)
Maisie's dad: Jordan Lowe - no contact since before the birth
Harley's dad: died in 2019
Meeting    : Review child protection conference 06/05/2025 (first review)
Category   : Neglect
SW         : Danny Whitlock, Scarrowmead South CP Team
==========================================================================

1. WHAT WE ARE WORRIED ABOUT (DANGER STATEMENTS)
--------------------------------------------------------------------------
D1  Everyone at the conference is worried that if Stacey stops her
    lithium and becomes unwell again, as she did in January, Maisie
    could go unfed and be left alone in her cot for hours, and Harley
    would again stay off school to look after Maisie and his mum. In
    January Stacey did not sleep for four nights, left Maisie in her
    cot from early morning until Harley got home at 4pm, and was then
    admitted to the Larkhollow Unit for three weeks.

D2  We are worried that Harley, at 13, is carrying too much. He was
    doing the night feeds and the shopping, he is tired and angry at
    school, and he told his teacher he "can't tell anyone or they'll
    take Maisie".

2. WHAT NEEDS TO HAPPEN (SAFETY GOALS)
--------------------------------------------------------------------------
G1  Maisie is always looked after by an adult who is well and awake:
    she is fed every 3-4 hours, changed, never left in her cot for long
    stretches, and her weight stays on the 50th centile.

G2  Harley gets to be 13, not a carer: he goes to school every day,
    sleeps through the night, does not do Maisie's feeds, and knows who
    to call if his mum starts to become unwell.

3. WHAT'S WORKING WELL
--------------------------------------------------------------------------
 - Stacey has been home from the Larkhollow Unit since 10/02/2025, takes
   her lithium, and her levels have been in range at every blood test.
 - Grandad Phil has slept at the flat four nights a week and done every
   night feed on those nights since February.
 - Harley says things are "way better than January".

4. HARLEY'S WORDS AND MAISIE'S DAY
--------------------------------------------------------------------------
Harley (seen on his own at school, 30/04/2025): "It's better now
Grandad stays. I still check Mum's taken her tablets because I'm
scared it'll happen again." He scaled himself 6 out of 10 for feeling
safe at home. He wants to go back to boxing on Wednesdays and "not be
the one who has to ring 999". He would like to meet other young carers
"but not if it's cringe". If things go wrong he wants to stay with
Maisie, wherever that is.

Maisie (seen at HV and SW visits in April): sits up on her own,
babbles, reaches for Stacey and for Grandad Phil, and settles in her
cot after her bottle. Her feed chart shows feeds every 3-4 hours. Her
weight was on the 50th centile on 28/04/2025.

5. SCALING
--------------------------------------------------------------------------
0 = Maisie and Harley will be neglected again if nothing changes;
10 = everyone is confident they are safe enough for the plan to end.

Person                  Score  One point higher would look like
----------------------  -----  --------------------------------------------
Danny Whitlock (SW)       5    Stacey's relapse plan written and Harley
                               knows what is in it
Stacey                    7    "Booking my own bloods without a reminder"
Phil Cotton (grandad)     6    Tasha doing the weekend nights every week
Ros Emery (CPN)           6    Six more weeks of good sleep and steady
                               lithium levels
Mr Iqbal (school)         4    Harley in school every day for a month
Harley                    6    "Mum not needing Grandad every night"

6. NEXT STEPS (agreed at the review conference on 06/05/2025)
--------------------------------------------------------------------------
6.1  Visit Harley and Maisie at home, at least one visit in three
     unannounced; see Harley on his own and check Maisie's feed chart
     and cot.
       Who:   Danny Whitlock (SW)
       When:  weekly until the next review conference
       Check: visit records show Harley seen alone, Maisie seen awake
              and the feed chart up to date at every visit

6.2  Visit Stacey fortnightly, take her lithium bloods, write her
     relapse plan with her (early warning signs and who does what),
     and report on whether Stacey is making and keeping the changes
     Maisie and Harley need.
       Who:   Ros Emery, care coordinator (CPN), Scarrowmead Community
              Mental Health Team
       When:  fortnightly visits; relapse plan by 23/05/2025
       Check: signed relapse plan on the CMHT and social care records;
              written report to each core group; lithium levels recorded

6.3  Review Stacey's treatment and give a written opinion on her
     capacity to stay well enough to care for Maisie and Harley, the
     changes still needed and the likely timescale.
       Who:   Dr Kofi Mensah, consultant psychiatrist, Scarrowmead CMHT
       When:  outpatient review by 30/05/2025; written opinion by
              13/06/2025
       Check: opinion letter shared with the core group by 13/06/2025
              and presented at the next review conference

6.4  Prescribe Stacey's lithium in 7-day amounts so she stays well
     enough to care for Maisie, and tell Danny and Ros the same day if
     she does not collect it.
       Who:   Dr Helen Price, GP, Scarrowmead Road Surgery
       When:  weekly collection; GP review every 4 weeks
       Check: pharmacy collection record sent to Danny monthly; any
              missed collection reported the same day

6.5  Weigh Maisie, check her development, and go over feeding and safe
     sleep with Stacey and Phil.
       Who:   Joanne Akers, health visitor
       When:  every 2 weeks; 9-12 month review by 13/06/2025
       Check: weight in the red book stays on the 50th centile; review
              scores shared with Danny

6.6  Sleep over at the flat and do Maisie's 10pm and night feeds.
       Who:   Phil Cotton (grandad, Stacey's dad)
       When:  every Monday to Thursday night
       Check: feed chart signed by Phil each night and checked by
              Danny and Joanne at their visits

6.7  Sleep over at the flat and do Maisie's night feeds at weekends.
       Who:   Tasha Cotton (aunt, Stacey's sister)
       When:  every Friday, Saturday and Sunday night
       Check: feed chart signed by Tasha each night and checked by
              Danny at his visits

6.8  Weekly check-in with Harley, and a time-out card so he can leave
     a lesson if he needs to; pass on anything he says about home.
       Who:   Mr Sameer Iqbal, Head of Year 8, Scarrowmead Academy
       When:  every Tuesday, period 1; anything about home passed on
              the same day
       Check: check-in notes kept; attendance emailed to Danny every
              fortnight (aim: 95% or more)

6.9  Young carer's assessment for Harley, and a place at the Thursday
     group if he wants one.
       Who:   Ellie Booth, Scarrowmead Young Carers
       When:  assessment by 30/05/2025; group fortnightly from June
       Check: assessment shared with Danny; Harley's attendance and
              what he says about the group reported at core group

6.10 Tell Phil, Tasha or Ros if she has slept less than 4 hours on
     two nights running or has missed a tablet, so that Maisie is
     never left with an adult who is becoming unwell.
       Who:   Stacey Cotton
       When:  the same day
       Check: calls logged by the CMHT duty line and passed to Danny
              with the date and what was done

7. IF THE SAFETY PLAN BREAKS DOWN
--------------------------------------------------------------------------
Trigger:  Stacey misses her lithium for 2 days, sleeps less than 4
          hours on 2 nights running, shows any early warning sign in
          her relapse plan, or Harley tells anyone he has had to feed
          or look after Maisie at night.
Response: Danny (or the emergency duty team out of hours) will visit
          the same day and hold a strategy discussion the same day.
          The CMHT crisis team will see Stacey the same day. Phil will
          stay at the flat every night until the strategy discussion
          has decided what happens next.
If Phil or Tasha can't do their nights (illness, work, holiday):
          the other one covers and tells Danny by 5pm that day. If
          neither of them can, Harley and Maisie will go together to
          Scarrowmead foster carers that night.
Legal:    If the safety plan breaks down twice, or Dr Mensah's opinion
          is that Stacey cannot keep well enough to care for Maisie in
          Maisie's timescale, Danny's team manager will request a legal
          planning meeting within 5 working days.

8. MEETINGS
--------------------------------------------------------------------------
Core group : every 4 weeks - 22/05/2025, 19/06/2025, 17/07/2025 and
             14/08/2025, 3.45pm at Scarrowmead Academy (Harley can
             join the end of the meeting if he wants)
Next review child protection conference : 04/11/2025, 10am,
             Scarrowmead Civic Centre

-- end of print --   Page 1 of 1
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. GIRFEC child's plan for a 14-year-old (exploitation; mother's heroin
#    use; domestic abuse; family moving to another council): SHANARRI rows
#    with the young person's words and the outcome merged down each group,
#    landscape PDF with header and page footer. Faulty.
# ---------------------------------------------------------------------------
_COLS_7 = ["Wellbeing indicator", "What Cody says", "What we want for Cody", "What will happen",
           "Who", "When", "How we'll know"]

PLANS.append({
    "name": "b21_strathvallich_girfec_cody_says_merged_rows_gilchrist.pdf",
    "doc_title": "Child's Plan (Child Protection) - Cody Gilchrist",
    "split": "tune",
    "template": "girfec-shanarri-groups-young-persons-words-and-outcome-merged-seven-column-landscape-paged",
    "description": (
        "Scottish child's plan for a 14-year-old at risk of criminal exploitation (mother on methadone after "
        "a heroin relapse, partner's abuse, family due to move council), landscape SHANARRI groups with "
        "'What Cody says' and 'What we want for Cody' merged down each group; header and page footer on "
        "every page. Police to 'keep an eye on' as and when, 'TBC', 'remains stable', 'when a place becomes "
        "available', a referral on hold until the move, 'Core group' and 'engages', one adult-only outcome, "
        "and the review CPPM left to the other council."
    ),
    "landscape": True,
    "check_vmerge": 15,
    "header": "OFFICIAL – SENSITIVE | Strathvallich Council Social Work Services | Child's Plan – Cody Gilchrist",
    "footer": "Child's Plan agreed at the ICPPM on 15/04/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child's Plan – Child Protection"),
        ("kv", [
            ("Young person", "Cody Gilchrist, born 03/02/2011 (14), S3 at Strathvallich High School"),
            ("Lives with", "Karen Gilchrist (mum) and Rab Dunlop (mum's partner), 9 Dunmallach Court, Strathvallich"),
            ("Named Person", "Ms Fiona Hendry, Depute Head Teacher (Pupil Support)"),
            ("Lead Professional", "Moira Dunbar, Social Worker, Strathvallich Children and Families"),
            ("ICPPM", "15/04/2025 – Cody's name placed on the child protection register. Concerns: child "
                      "criminal exploitation; parental substance use; domestic abuse"),
            ("Planned move", "Karen has accepted a tenancy in Inverbrackie (Inverbrackie Council) from June 2025"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "Cody has been reported missing seven times since February. Twice he was found by police in a flat "
              "in Bellrigg Terrace with older males, once with £300 in cash and two phones that were not his. "
              "He smokes cannabis most days and says he cannot sleep without it. Karen relapsed on heroin in "
              "January while on a methadone script and was found unconscious by Cody on 21 January. The police "
              "have been called twice this year to arguments between Karen and Rab; on 30 March Rab threw a "
              "chair and Cody left the house and did not come back until the next afternoon."),
        ("h1", "What is going well"),
        ("p", "Cody loves cars and has gone to every Friday motor vehicle taster at Strathvallich College since "
              "March. He talks warmly about his gran and his wee cousins. Karen is back on her script, collected "
              "it every day in March, and came to the ICPPM."),
        ("h1", "The plan"),
        ("p", "Cody filled in the 'What Cody says' column with the Children's Rights Officer on 11/04/2025."),
        ("table", {
            "header": _COLS_7,
            "widths": [3.0, 3.6, 3.7, 5.2, 3.2, 2.8, 4.2],
            "bold_first_col": True,
            "rows": [
                ["SAFE",
                 "\"I'm not daft. I know who's using me. I just don't want to be stuck in the house when they're "
                 "fighting.\"",
                 "Cody is home by 10pm every night, stops going to Bellrigg Terrace and is not carrying cash or "
                 "drugs for anyone.",
                 "Return home interview after every missing episode, and share what Cody says about where he was "
                 "and who he was with",
                 "Ally Reid, Strathvallich Youth Support Service",
                 "Within 72 hours of each return",
                 "Interview notes sent to the Lead Professional; missing episodes counted each month (aim: none)"],
                [V, V, V,
                 "See Cody on his own, at home and away from the house, and go through his safety plan with him",
                 "Moira Dunbar, Lead Professional (SW)",
                 "Weekly",
                 "Visit records show Cody seen alone each week and his safety plan updated every month"],
                [V, V, V,
                 "Police to keep an eye on the flat at Bellrigg Terrace",
                 "Strathvallich Community Policing Team",
                 "As and when",
                 "Monitored"],
                ["HEALTHY",
                 "\"I only smoke a bit of weed to help me sleep.\"",
                 "Cody cuts down and then stops smoking cannabis, and sleeps at night.",
                 "Weekly sessions with Cody on his cannabis use and his sleep",
                 "Jamie Lennox, Strathvallich Young People's Drug Service",
                 "Weekly from 22/04/2025",
                 "Cody's own weekly use diary; worker's written update to each core group"],
                [V, V, V,
                 "Health check with the school nurse, including sleep and sexual health",
                 "Linda Orr, School Nurse",
                 "TBC",
                 "Health check completed and summary shared with the Lead Professional"],
                ["NURTURED",
                 "\"Mum's alright when she's not using. Rab's the problem.\"",
                 "Karen stays off heroin and she and Rab stop arguing.",
                 "Karen's methadone prescription and keywork sessions",
                 "Sandra Lyle, keyworker, Strathvallich Recovery Hub",
                 "Fortnightly",
                 "Karen remains stable"],
                [V, V, V,
                 "Rab to attend the Fresh Path programme for men who have been abusive to a partner",
                 "Rab Dunlop",
                 "When a place becomes available",
                 "Attendance record and programme worker's report to the Lead Professional"],
                [V, V, V,
                 "Safety planning with Karen, and a police marker on the address",
                 "Leanne Doig, IDVA, Strathvallich Domestic Abuse Service",
                 "By 02/05/2025",
                 "Safety plan on file; police confirm the marker in writing"],
                ["ACHIEVING",
                 "\"School's boring. I'd go every day if it was cars.\"",
                 "Cody goes to school or college every day and gets a place on a mechanics course.",
                 "Part-time timetable with two days a week on the Strathvallich College motor vehicle taster",
                 "Ms Fiona Hendry (Named Person)",
                 "From 28/04/2025",
                 "School and college attendance sent to the Lead Professional every fortnight"],
                [V, V, V,
                 "Referral to the Spanner Start mechanics programme on hold until the family's move to Inverbrackie",
                 "Moira Dunbar (SW)",
                 "TBC – after the move",
                 ""],
                ["RESPECTED / INCLUDED",
                 "\"Everybody talks about me, nobody talks to me.\"",
                 "Cody's views are asked for before every meeting, and he knows what is happening and why.",
                 "Meet Cody before each meeting and help him put his views in writing",
                 "Craig Whyte, Children's Rights Officer",
                 "Before each core group and the review CPPM",
                 "Cody's views attached to each set of minutes"],
                [V, V, V,
                 "Direct work with Cody on healthy relationships and staying safe online",
                 "Core group",
                 "Fortnightly",
                 "Cody engages with the sessions"],
            ],
        }),
        ("h1", "If Cody is at risk"),
        ("p", "If Cody is not home by 10pm, Karen will report him missing to the police straight away and tell the "
              "Lead Professional, or the Social Work Out of Hours Service at night. If Cody is found at Bellrigg "
              "Terrace or with any of the males named at the IRD, or is found carrying drugs or large amounts of "
              "cash, an IRD will be held the same day, and if it is not safe for him to go home Cody will stay at "
              "Birchfield House, the council's young people's house, that night."),
        ("p", "If Cody goes missing three times in any month, the Lead Professional will seek legal advice and "
              "refer Cody to the Children's Reporter."),
        ("h1", "Reviewing the plan"),
        ("p", "Core group: every 4 weeks – 29/04/2025, 27/05/2025 and 24/06/2025, at Strathvallich High School."),
        ("p", "Review CPPM: to be arranged by Inverbrackie Council if the family have moved by then. Strathvallich "
              "keeps responsibility for the plan until Inverbrackie hold their transfer CPPM."),
    ],
    "findings": [
        F("T002", "Police to keep an eye on the flat at Bellrigg Terrace"),
        F("M002", "Police to keep an eye on the flat at Bellrigg Terrace"),
        F("T002", "Health check with the school nurse, including sleep and sexual health"),
        F("M002", "Karen's methadone prescription and keywork sessions"),
        F("F002", "Karen stays off heroin and she and Rab stop arguing"),
        F("T002", "Rab to attend the Fresh Path programme for men"),
        F("X001", "Referral to the Spanner Start mechanics programme on hold"),
        F("T002", "Referral to the Spanner Start mechanics programme on hold"),
        F("M001", "Referral to the Spanner Start mechanics programme on hold"),
        F("W002", "Direct work with Cody on healthy relationships and staying safe online"),
        F("M002", "Direct work with Cody on healthy relationships and staying safe online"),
        F("R001"),
    ],
})
