"""Batch 72, module y: seven fictional plans (held-out material), places beginning with "y".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: a broad mix of templates and voices - a Word plan whose outcome column
is merged down over the actions under each outcome, a paged PDF for a family
moving to another council that keeps the plan going until the transfer-in
conference, a child-in-need plan stepped up to child protection that has
drifted round the mother's needs, a young person's own "my safety plan", an
outline plan agreed at an initial conference (text export), a review
conference plan with a RAG column for a looked-after toddler in hospital, and
a core group plan for a family moving away that puts work on hold. Two plans
are exemplary.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan for a 6-week-old; the Outcome column is merged
#    down over the actions under each outcome (docx, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b72_yarrowmere_outcome_column_merged_rows_achterberg.docx",
    "doc_title": "Child Protection Plan - Maisie Achterberg-Wojcik",
    "split": "heldout",
    "actions": 9,
    "template": "icpc-baby-docx-landscape-outcome-column-merged-down-over-its-actions-what-who-when-how-we-will-know",
    "description": (
        "Initial conference plan for a 6-week-old whose mother has bipolar disorder and was found walking "
        "with her in the rain at 3am during a manic episode. Landscape Word table whose Outcome cell is "
        "merged down over the four, three and two actions under each outcome (three real vertical merges). "
        "The perinatal team assesses Rhiannon's capacity to change and the likely timescale, the GP owns an "
        "action, the grandmother's overnight care has a fallback in the contingency, Maisie's days are "
        "described as observed, core group dates, review date and legal step are set. Exemplary."
    ),
    "check_vmerge": 3,
    "landscape": True,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Yarrowmere Metropolitan Borough Council · Children's Services · Family Safeguarding Team 2"),
        ("kv", [
            ("Child", "Maisie Achterberg-Wójcik, born 23/12/2024 (6 weeks old at conference)"),
            ("Mother", "Rhiannon Achterberg (29)"),
            ("Father", "Tomasz Wójcik (31). Rhiannon and Tomasz live together and both have parental "
                       "responsibility."),
            ("Address", "7 Yellowhammer Close, Yarrowmere"),
            ("Conference", "Initial child protection conference, Tuesday 04/02/2025, Yarrowmere Town Hall"),
            ("Category", "Neglect"),
            ("Social worker", "Bethan Mordaunt"),
            ("Chair", "Trevor Adeyemi, Child Protection Chair"),
        ]),
        ("h1", "Why Maisie needs a plan"),
        ("p", "Rhiannon has bipolar affective disorder and has had two hospital admissions, in 2017 and 2020. "
              "She stopped her lithium early in the pregnancy without telling her team. Maisie was born at "
              "full term and went home on day 2. From about 8 January Rhiannon stopped sleeping and became "
              "elated and very busy. At 3am on 14 January the police found her walking along the Yarrowmere "
              "ring road in the rain with Maisie in the pram; Maisie was cold and her sleepsuit was wet "
              "through. Rhiannon agreed to go into the Yarrowmere Mother and Baby Unit with Maisie and was "
              "there for 12 days. She went home on 27 January, back on lithium and much more settled."),
        ("p", "Tomasz works nights at a distribution centre on Tuesdays, Thursdays and Saturdays. He did not "
              "know Rhiannon had stopped her medication and says he did not recognise the signs of her "
              "becoming unwell because he had not seen it before. Rhiannon's mother, Glenys Achterberg, lives "
              "five minutes' walk away at 12 Yorrel Row."),
        ("h1", "Maisie's days"),
        ("p", "Maisie cannot tell us how she feels, so this is what the unit nurses, the health visitor and "
              "the social worker have seen. She takes about 120 ml of formula every four hours and is "
              "growing along the 50th centile. On the unit she fed well for Rhiannon but the nurses noticed "
              "that when Rhiannon was tired she was slow to pick Maisie up when she cried. Maisie settles "
              "quickly on Tomasz's shoulder and watches Rhiannon's face closely during feeds. At the home "
              "visit on 30 January she was clean, content and asleep on her back in her Moses basket in her "
              "parents' room."),
        ("h1", "What is going well"),
        ("bullets", [
            "Rhiannon has taken her lithium every evening since 20 January and her blood levels are in range.",
            "Both parents came to conference, agreed with the worries and want to work with the plan.",
            "Glenys has offered to stay overnight on the nights Tomasz is at work.",
        ]),
        ("h1", "Rhiannon and Tomasz's views"),
        ("p", "Rhiannon said: \"I know how scary that night was. I want people to tell me if they see me "
              "going up again, because I don't always see it myself.\" Tomasz said he would rather everyone "
              "was honest with him and that he wants to learn the warning signs."),
        ("h1", "The plan"),
        ("table", {
            "header": ["What we want for Maisie", "What will happen", "Who", "When", "How we will know"],
            "widths": [4.6, 7.2, 4.1, 4.2, 5.6],
            "rows": [
                ["1. Maisie is cared for every day and every night by an adult who is well enough to feed her, "
                 "settle her and keep her safe.",
                 "Weekly home sessions with Rhiannon on her mood, sleep and lithium, and an assessment of "
                 "whether she can make and keep the changes needed to care for Maisie safely, and how long "
                 "that is likely to take",
                 "Kerry Bolt, CPN, with Dr Anjali Rao, consultant perinatal psychiatrist, Yarrowmere "
                 "Perinatal Mental Health Team",
                 "Weekly from 05/02/2025; written assessment by the core group on 18/03/2025",
                 "Written assessment of Rhiannon's mental state, relapse risk and prognosis sent to the SW "
                 "and read at the core group; a short update to every core group"],
                [V,
                 "Take lithium every evening and go to the weekly blood test, so that Rhiannon stays well "
                 "enough to care for Maisie",
                 "Rhiannon Achterberg",
                 "Every evening; blood test every Monday at Yewtrell Lane Surgery",
                 "Lithium level in range on each Monday result; the CPN sends the results to the SW each week"],
                [V,
                 "Stay overnight at Yellowhammer Close while Tomasz is on night shift and do Maisie's 2am "
                 "feed, so that Rhiannon sleeps",
                 "Glenys Achterberg (MGM)",
                 "Every Tuesday, Thursday and Saturday night until the review conference",
                 "Glenys signs the night feed chart on the fridge; the SW checks it at each visit"],
                [V,
                 "See Maisie at home, awake and being cared for; look at where she sleeps and how she is "
                 "held and fed, and speak to Rhiannon and Tomasz each on their own",
                 "SW Bethan Mordaunt",
                 "Weekly until the review conference; at least one visit in three unannounced",
                 "Visit record notes Maisie's presentation, her sleep space and what each parent said"],
                ["2. Maisie is fed on time, grows well and has her health checks and immunisations when they "
                 "are due.",
                 "Weigh Maisie and check her feeding, her sleep position and how Rhiannon responds to her cues",
                 "HV Precious Ndlovu, Yarrowmere 0-19 Service",
                 "Weekly until Maisie is 16 weeks old (14/04/2025), then fortnightly",
                 "Weight plotted in the red book, staying on or above the 25th centile; HV notes shared with "
                 "the SW before each core group"],
                [V,
                 "Maisie's 8-week check and first immunisations, and Rhiannon's postnatal check including "
                 "how her lithium is working",
                 "Dr Owen Price, GP, Yewtrell Lane Surgery",
                 "w/c 17/02/2025, when Maisie is 8 weeks old",
                 "Checks and vaccines recorded in the red book and on the GP record; letter to the HV and SW"],
                [V,
                 "Baby massage and play group for Rhiannon and Maisie, so that Rhiannon practises reading "
                 "Maisie's cues with a worker alongside her",
                 "FSW Dean Okafor, Yarrowmere Family Hub",
                 "Wednesday mornings for 8 weeks from 12/02/2025",
                 "Hub register; the FSW's note after each session of how Rhiannon and Maisie were together, "
                 "sent to the SW"],
                ["3. If Rhiannon starts to become unwell, the adults around Maisie spot it early and Maisie is "
                 "moved to safe care before she is put at risk.",
                 "Agree a written crisis plan with Rhiannon, Tomasz and Glenys: Rhiannon's early warning "
                 "signs, who rings whom, and where Maisie goes if Rhiannon becomes unwell",
                 "SW Bethan Mordaunt, with Kerry Bolt (CPN)",
                 "By the first core group (18/02/2025)",
                 "Crisis plan signed by all three, on the fridge and on Maisie's file"],
                [V,
                 "Ring the perinatal team duty line and the SW if Rhiannon shows any warning sign on the "
                 "crisis plan",
                 "Tomasz Wójcik",
                 "The same day, every time",
                 "Each call logged by the perinatal duty line and by the SW, and read at the next core group"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Rhiannon misses her lithium on two evenings, sleeps less than four hours on two nights "
              "running, or shows any warning sign on the crisis plan, Tomasz or Glenys will ring the perinatal "
              "duty line and the SW that day. Rhiannon will not be left alone with Maisie until the perinatal "
              "team has seen her, and Maisie will be cared for by Tomasz or Glenys at Glenys's house, 12 "
              "Yorrel Row. The SW (or the emergency duty team out of hours) will hold a strategy discussion the "
              "same day. If Rhiannon needs to go back into hospital, the perinatal team will ask for a joint "
              "admission with Maisie to the Mother and Baby Unit."),
        ("p", "If Glenys cannot stay on one of Tomasz's work nights (because she is ill or away), Tomasz will "
              "swap his shift; if he cannot, Maisie will stay that night with her paternal aunt, Kasia "
              "Wójcik, 31 Yarnley Street, and if neither can have her the SW will arrange an emergency foster "
              "placement that evening."),
        ("p", "If Rhiannon stops her lithium, if Maisie is found in Rhiannon's sole care while she is unwell, "
              "or if the perinatal team's assessment on 18/03/2025 says she is not making the changes Maisie "
              "needs, the SW will ask the team manager for a legal planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks, 2pm, Yarrowmere Family Hub: Tuesday 18/02/2025, Tuesday 18/03/2025 "
            "and Tuesday 15/04/2025.",
            "Review child protection conference: Tuesday 29/04/2025, 10am, Yarrowmere Town Hall.",
        ]),
        ("p", "Plan written by Bethan Mordaunt (SW) on 05/02/2025 and sent to Rhiannon, Tomasz, Glenys and "
              "every agency named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Review conference plan for a family moving to another council; every
#    action runs until the receiving council takes over (paged PDF, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b72_yelbourne_transfer_out_paged_plan_okonjo.pdf",
    "doc_title": "Child Protection Plan - Daniel and Favour Okonjo (transfer to Yardenholme)",
    "split": "heldout",
    "actions": 10,
    "template": "rcpc-plan-paged-pdf-family-moving-to-another-council-no-what-needs-to-happen-who-by-when-how-we-will-know-actions-continue-until-transfer-in-conference",
    "description": (
        "Review conference plan for an 8-year-old and a 4-year-old (mother's weekend drinking and cocaine "
        "use) whose family moves to another council four weeks after the conference. Every action keeps "
        "going until the receiving council takes over: weekly visits 'until the transfer-in conference', "
        "keywork 'continuing until Blessing's first appointment' with the new service, records handed over "
        "with a date and a receipt, the receiving school and a joint health visit owning actions. The "
        "recovery service reports on change, the aunt's evening call-ins have a fallback, the legal step "
        "stays with the transferring council, core group dates, transfer-in and review conference dates "
        "are set. Header and page footer on every page. Exemplary (hard negatives for X001)."
    ),
    "header": "OFFICIAL-SENSITIVE · Yelbourne Borough Council · Children's Services",
    "footer": "Okonjo – child protection plan (transfer) – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "landscape": True,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Agreed at the review child protection conference and updated for the family's move to "
              "Yardenholme"),
        ("kv", [
            ("Children", "Daniel Okonjo (8), Year 3, Yelbourne Park Primary; Favour Okonjo (4), Little Acorns "
                         "Nursery, Yelbourne"),
            ("Mother", "Blessing Okonjo (34)"),
            ("Address", "Flat 6, Yardarm House, Yelbourne, until Friday 14/03/2025; then 18 Yewmont Gardens, "
                        "Yardenholme"),
            ("Conference", "First review child protection conference, Tuesday 18/02/2025 (initial conference "
                           "19/11/2024)"),
            ("Category", "Neglect"),
            ("Social worker", "Hannah Riese, Yelbourne Children's Services, Family Safeguarding Team"),
            ("Receiving authority", "Yardenholme County Council, Children's Services (duty manager Paul "
                                    "Venn)"),
        ]),
        ("h2", "1. Why there is a plan"),
        ("p", "Blessing drinks heavily at weekends and has used cocaine with friends on Saturday nights. At 1am "
              "on 9 November 2024 Daniel rang his aunt, Grace Okonjo, because he could not wake his mum; "
              "Grace called an ambulance and Blessing was treated for alcohol poisoning. Favour was awake "
              "in her cot in a soiled nappy. Since the initial conference Blessing has been working with the "
              "Yelbourne Recovery Service and her tests have been negative for cocaine since December, but "
              "she had two weekends in January when she drank while the children were at home."),
        ("p", "Blessing has a tenancy in Yardenholme from 14 March so that she can live near Grace, who has "
              "been her main support. Yardenholme Children's Services have been told of the move and have "
              "agreed to hold a transfer-in conference. Until that conference Yelbourne stays responsible "
              "for Daniel and Favour and for this plan."),
        ("h2", "2. What Daniel and Favour have told and shown us"),
        ("p", "Daniel (seen alone at school, 11 February): \"When Mum has her drinks on Saturdays she goes "
              "funny and I have to do Favour's milk.\" He is excited about living near Aunty Grace \"because "
              "she does proper dinners\", but is worried about his new school \"because I won't know "
              "anyone\". He wants to carry on playing football on Saturday mornings."),
        ("p", "Favour talks in short sentences and is full of energy. Nursery say she is very hungry on "
              "Monday mornings and asks for \"more toast\". She runs to Grace when she sees her and likes to "
              "show visitors her baby doll's bed."),
        ("h2", "3. What we want for Daniel and Favour"),
        ("bullets", [
            "Daniel and Favour are cared for every weekend by a sober adult, and Daniel never has to look "
            "after Favour at night.",
            "The move leaves no gap: both children are seen every week, Daniel starts his new school the "
            "Monday after the move and Favour starts nursery within ten days.",
            "Daniel has an adult at his new school he can talk to, and he keeps playing football.",
            "Favour's development is checked and any help she needs follows her to Yardenholme.",
        ]),
        ("h2", "4. The plan"),
        ("table", {
            "header": ["No.", "What needs to happen", "Who", "By when / how often", "How we will know"],
            "widths": [1.2, 8.2, 5.0, 5.3, 6.0],
            "rows": [
                ["1", "See Daniel and Favour at home, each on their own for part of the visit; from 14/03/2025 "
                      "visit them at the new flat in Yardenholme",
                 "SW Hannah Riese",
                 "Weekly until the transfer-in conference (02/04/2025), including the week of the move",
                 "Visit records with Daniel's own words and what was seen of Favour; first visit at Yewmont "
                 "Gardens recorded by 16/03/2025"],
                ["2", "Send the transfer request, chronology, assessments and this plan to Yardenholme "
                      "Children's Services, and present the case at the transfer-in conference",
                 "SW Hannah Riese",
                 "Transfer request by 21/02/2025; transfer-in conference 02/04/2025",
                 "Yardenholme's written acknowledgement on file; SW's report to the transfer-in conference"],
                ["3", "Weekly keywork with Blessing, weekend breath tests and a monthly hair strand test, with a "
                      "written report on whether she is staying sober and off cocaine at weekends and what "
                      "that means for her care of Daniel and Favour",
                 "Joel Marchant, keyworker, Yelbourne Recovery Service",
                 "Weekly, continuing until Blessing's first appointment with Yardenholme Recovery Service "
                 "has taken place; report before each core group",
                 "Test results and written report sent to the SW; joint handover session with the new "
                 "keyworker recorded by both services"],
                ["4", "Take a breath test at 7pm every Friday and Saturday when Daniel and Favour are at home, "
                      "and show the reading to Grace when she calls in",
                 "Blessing Okonjo",
                 "Every Friday and Saturday evening",
                 "Time-stamped photo of each reading sent to the SW; readings of zero"],
                ["5", "Send Daniel's school records and a handover letter to Yewmont Gardens Primary, and speak "
                      "to its DSL before he starts",
                 "Mrs Carol Dunster, DSL, Yelbourne Park Primary",
                 "By Daniel's last day, 14/03/2025",
                 "DSL-to-DSL call logged; Yewmont Gardens Primary confirms receipt of the records"],
                ["6", "Meet Daniel on his first morning, give him a key adult and a daily check-in, and tell "
                      "the SW the same day about any absence",
                 "Ms Farida Haque, DSL, Yewmont Gardens Primary, Yardenholme",
                 "From Daniel's first day (17/03/2025), every school day",
                 "Check-in log and attendance register emailed to the SW every Friday"],
                ["7", "Check Favour's development (ASQ-3) and hand over her health records at a joint home "
                      "visit with the Yardenholme health visitor",
                 "HV Olu Adeyinka, Yelbourne 0-19 Service",
                 "ASQ-3 by 07/03/2025; joint visit w/c 17/03/2025",
                 "ASQ-3 scores sent to the SW; joint visit recorded by both health visiting teams"],
                ["8", "Find Favour a nursery place in Yardenholme for at least 15 hours a week",
                 "SW Hannah Riese, with Blessing",
                 "Place agreed by 14/03/2025; Favour starts by 24/03/2025",
                 "Offer letter on file; nursery register from her first day"],
                ["9", "Call in at the flat between 7pm and 8pm, see both children in bed and check Blessing "
                      "is sober",
                 "Grace Okonjo (maternal aunt)",
                 "Every Friday and Saturday evening, at Yardarm House until the move and at Yewmont Gardens from "
                 "14/03/2025",
                 "Grace texts the SW after each call-in; the SW checks the texts at each visit"],
                ["10", "Register Blessing, Daniel and Favour with a GP in Yardenholme and ask for their records "
                       "to be sent on",
                 "Blessing Okonjo",
                 "Within 1 week of the move (by 21/03/2025)",
                 "The new surgery confirms registration to the SW"],
            ],
        }),
        ("h2", "5. Contingency plan"),
        ("p", "If a breath test is over zero, Blessing is found under the influence of alcohol or drugs while "
              "caring for the children, or Grace gets no answer at the door on a Friday or Saturday evening, "
              "Grace will take Daniel and Favour to her flat at 3 Yarnold Walk, Yardenholme, calling the "
              "police if she cannot get in. The SW (or the Yelbourne emergency duty team out of hours, who "
              "will ask Yardenholme's out-of-hours team to visit) will hold a strategy discussion the same "
              "day."),
        ("p", "If Grace cannot call in on a Friday or Saturday because she is ill, working or away, she will "
              "tell the SW by the Thursday and the children will spend those nights with their grandmother, "
              "Comfort Okonjo, in Yelbourne. If neither Grace nor Comfort can have them, the SW will arrange "
              "a foster placement for the weekend."),
        ("p", "If Blessing has two positive tests, or misses two weeks of keywork, before the transfer-in "
              "conference, the SW will request a legal planning meeting in Yelbourne within 5 working days "
              "and send the outcome to Yardenholme."),
        ("h2", "6. Core group, transfer and review"),
        ("bullets", [
            "Core group every 3 weeks: Tuesday 04/03/2025 at Yelbourne Park Primary, and Tuesday 25/03/2025 "
            "by video with the Yardenholme social worker joining.",
            "Transfer-in conference, held by Yardenholme: Wednesday 02/04/2025, 10am, Yardenholme County Hall.",
            "If the transfer-in conference does not go ahead, the next review child protection conference is "
            "held by Yelbourne on Monday 18/08/2025.",
        ]),
        ("p", "Plan written by Hannah Riese (SW) and agreed with the conference chair, Marcia Oyelaran, on "
              "19/02/2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Child in need plan stepped up to child protection; the new plan has
#    drifted round the mother's and stepfather's own needs (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b72_yollington_cin_step_up_cp_plan_faraday.docx",
    "doc_title": "Child Protection Plan (step-up from Child in Need) - Kian Faraday and Ruby-Mae Cooper",
    "split": "heldout",
    "actions": 12,
    "template": "icpc-step-up-from-cin-docx-what-happened-under-cin-bullets-then-no-action-lead-timescale-how-we-will-know-table",
    "description": (
        "Initial conference plan for a 12-year-old young carer and his 7-year-old sister, stepped up after "
        "six months of a child in need plan (mother's depression and agoraphobia, neglect). A 'What "
        "happened under the child in need plan' list of past work sits before the new table. Seven of the "
        "twelve rows are about the parents' own health, money, housing and work with no link to the "
        "children (F001); one parent row names Ruby-Mae and the parenting group does not count. Faults: "
        "the CMHT only treating (H001), a GP review with no measure (M001), a Citizens Advice referral with "
        "no lead and 'ASAP' (W001, T002), 'Ongoing' and 'Engagement with the FSW' (T002, M002), 'Monitored' "
        "(M002), 'Family' as lead (W002), two outcomes about the adults only (F002), a vague contingency "
        "with no legal step (C002, R002)."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Yollington City Council · Children and Families · Safeguarding Team East"),
        ("kv", [
            ("Children", "Kian Faraday (12), Year 7, Yollington Academy; Ruby-Mae Cooper (7), Year 2, "
                         "Yollington Parkside Primary"),
            ("Mother", "Leanne Faraday (33)"),
            ("Ruby-Mae's father", "Dale Cooper (35), Kian's stepfather, lives with the family"),
            ("Address", "14 Yewbank Terrace, Yollington"),
            ("Conference", "Initial child protection conference (step-up from child in need), Thursday "
                           "13/03/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Tariq Bello"),
            ("Chair", "Fiona McAllister"),
        ]),
        ("h1", "What happened under the child in need plan"),
        ("p", "Kian and Ruby-Mae have been on a child in need plan since 16/09/2024. In that time:"),
        ("bullets", [
            "Leanne was referred to the Yollington Community Mental Health Team and has been seen monthly "
            "since January.",
            "The family support worker helped Leanne clear the kitchen in October; by December it was "
            "back to how it was.",
            "Ruby-Mae was booked in with the dentist twice and both appointments were missed.",
            "Kian's school put him on the young carers list in November.",
        ]),
        ("h1", "Why the plan has been stepped up"),
        ("p", "Leanne has depression and anxiety and has hardly left the house since the summer. On many days "
              "she does not get out of bed until the afternoon. Kian does the shopping, makes tea and gets "
              "Ruby-Mae ready for school, and his attendance has dropped to 78%. On 22 February the police "
              "found him in Yollington town centre at 11pm; he said he had gone to get food because there "
              "was none in the house. Ruby-Mae has untreated tooth decay and head lice, and she is late for "
              "school most days. Dale works cash-in-hand when he can and is often out; he told conference he "
              "\"leaves the kids stuff to Leanne\"."),
        ("h1", "What Kian and Ruby-Mae say"),
        ("p", "Kian (seen alone at school, 6 March): \"I do the shopping because Mum can't go out. I don't "
              "mind, but I'm tired at school and I got a detention for falling asleep.\" He would like to go "
              "back to football club on Thursdays and he wants his mum \"to get better so she can come to "
              "parents' evening\"."),
        ("p", "Ruby-Mae drew her house with her mum in bed and Kian in the kitchen. She said \"Mummy sleeps a "
              "lot\" and that Kian does her hair \"but not as nice as Nanny did\". Her tooth hurts when she "
              "eats sweets."),
        ("h1", "What needs to change"),
        ("bullets", [
            "Kian goes to school every day and is not the one shopping, cooking or getting Ruby-Mae ready.",
            "Ruby-Mae is clean, has her teeth treated and gets to school on time.",
            "Leanne's mental health will improve and she will feel less anxious.",
            "Leanne and Dale will manage their money and pay off the rent arrears.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["No.", "Action", "Lead", "Timescale", "How we will know"],
            "widths": [1.1, 5.8, 3.6, 2.9, 3.6],
            "rows": [
                ["1", "Continue monthly appointments with Leanne for her depression and anxiety",
                 "Lucy Marsh, CPN, Yollington Community Mental Health Team", "Monthly",
                 "Leanne attends each appointment"],
                ["2", "Leanne to see her GP for a review of her antidepressant medication",
                 "Leanne Faraday", "By 28/03/2025", ""],
                ["3", "Referral to Yollington Citizens Advice for help with Leanne's catalogue debts",
                 "-", "ASAP", "Appointment letter on file"],
                ["4", "Support Leanne with the housing transfer application to a ground-floor flat",
                 "FSW Kirsty Doyle, Yollington Family Hub", "Ongoing", "Engagement with the FSW"],
                ["5", "Leanne to attend the 'Getting Out and About' confidence course at Yollington Adult "
                      "Learning Centre",
                 "Leanne Faraday", "Weekly for 8 weeks from 19/03/2025", "Certificate of completion"],
                ["6", "Dale to attend the Yollington Works employment programme",
                 "Dale Cooper", "Tuesdays and Thursdays from 18/03/2025",
                 "Attendance letter from Yollington Works sent to the SW"],
                ["7", "Claim Personal Independence Payment for Leanne",
                 "Sunil Kapoor, welfare rights officer, Yollington City Council",
                 "Claim submitted by 04/04/2025", "PIP claim reference on file"],
                ["8", "Leanne to book a health check with the practice nurse and ask about her sleep, so that "
                      "she is up in time to walk Ruby-Mae to school",
                 "Leanne Faraday", "By 11/04/2025", "The surgery confirms the appointment to the SW"],
                ["9", "Leanne and Dale to attend the Triple P parenting group at Yollington Family Hub",
                 "Leanne Faraday and Dale Cooper", "Weekly for 8 weeks from 02/04/2025",
                 "Group register and the facilitator's end-of-course report sent to the SW"],
                ["10", "Visit the home, see Kian and Ruby-Mae each on their own, and check the food in the "
                       "kitchen and the children's bedrooms",
                 "SW Tariq Bello", "Every 2 weeks; at least one visit in three unannounced",
                 "Visit records with each child's own words and a note of the food in the house"],
                ["11", "Check Ruby-Mae's attendance and punctuality and ring home if she is not in by 9.15am",
                 "Mrs Angela Price, DSL, Yollington Parkside Primary", "Daily", "Monitored"],
                ["12", "Make sure Kian gets to school on time and does not miss lessons to look after Ruby-Mae",
                 "Family", "Every school day",
                 "Kian's attendance at 95% or above on the Yollington Academy register"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If things do not improve for Kian and Ruby-Mae, or there are any further concerns, the core "
              "group will meet to discuss next steps and consider whether the plan needs to change."),
        ("h1", "Core group and review"),
        ("p", "Core group every 4 weeks at Yollington Parkside Primary, 3.30pm: Thursday 27/03/2025, Thursday "
              "24/04/2025 and Thursday 22/05/2025. Review child protection conference: Thursday 12/06/2025, "
              "10am, Yollington Civic Centre."),
        ("p", "Plan typed by Tariq Bello (SW) on 14/03/2025."),
    ],
    "findings": [
        F("H001", "Continue monthly appointments with Leanne for her depression and anxiety"),
        F("M001", "Leanne to see her GP for a review"),
        F("W001", "Referral to Yollington Citizens Advice for help"),
        F("T002", "Referral to Yollington Citizens Advice for help"),
        F("T002", "Support Leanne with the housing transfer application"),
        F("M002", "Support Leanne with the housing transfer application"),
        F("M002", "Check Ruby-Mae's attendance and punctuality and ring home"),
        F("W002", "Make sure Kian gets to school on time"),
        F("F002", "Leanne's mental health will improve and she will feel less anxious."),
        F("F002", "Leanne and Dale will manage their money and pay off the rent arrears."),
        F("F001"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. A 14-year-old's own "my safety plan", written with her social worker in
#    the first person (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b72_yestermoor_my_safety_plan_first_person_kowalski.md",
    "split": "heldout",
    "actions": 11,
    "template": "icpc-young-persons-own-my-safety-plan-md-first-person-headings-goals-what-will-happen-bullets-if-i-dont-feel-safe",
    "description": (
        "A 14-year-old's own child protection plan, written with her social worker in the first person "
        "after her initial conference (mother's violent ex-partner still turning up, Nadia cutting and "
        "staying out, mother drinking most nights). 'What will happen' bullets each in one sentence. "
        "Faults: 'keep an eye on me' as the only measure (M002), mum to see the GP about her drinking "
        "'when she's ready' with no measure (T002, M001), a group with no timescale (T001), 'My family' "
        "(W002), a referral with no measure (M001), 'Everyone in my network will keep an eye on how I'm "
        "doing' (W002, T001, M002), a goal about mum only (F002), mum's drinking owned by no adult service "
        "(F004), and the review conference 'to be confirmed' (R001). CAMHS supporting only is not H001; "
        "the contingency is specific, has a fallback and a legal step."
    ),
    "text": """\
# My safety plan

**Nadia Kowalski, 14** · Yestermoor District Council Children's Services

This is my child protection plan. I wrote it with my social worker, Jade
Carrington, after my conference on Tuesday 3 June 2025. Where it says "I" or
"me" it means me, Nadia. The bits in quotes are my own words. Category: emotional abuse.

## About me

I'm 14 and in Year 9 at Yestermoor High School. I live with my mum, Agnieszka,
at Flat 2, 9 Yarrowkirk Road, Yestermoor. My nan, Halina Kowalski, lives at
3 Yew Court, which is ten minutes' walk. I like drawing, my cat Pickle and
watching horror films with my friend Tia. I want to do art and photography
for my GCSEs.

## What the grown-ups are worried about

Mum's ex-boyfriend Gary Hebden was violent to Mum for about two years. The
police came to our flat four times, the last time on 4 May when he pushed Mum
down the stairs and I was there. He moved out in April but he still turns up
and Mum sometimes lets him in. Mum drinks wine most nights, usually a bottle
or more, and she told the conference it has got worse since Gary left.

Since March I have been cutting my arms, and some nights I stay out until
after midnight at the skate park or at older friends' houses, and I don't
answer my phone.

## What I'm worried about

"I'm worried Gary will come back when I'm at school and hurt Mum again and no
one will be there." I'm worried about Mum drinking because she cries and then
she doesn't remember. I don't want to be taken away from Mum or from my school.

## What's going OK

- Mum came to the conference and said sorry to me for the stuff with Gary.
- I go to school most days (my attendance is 91%).
- I've told Carla, the school nurse, about the cutting, and I let her look.
- Nan is always there if I need her.

## What I want (my goals)

- I feel safe at home and nobody hurts my mum.
- I stop cutting, or at least I always know who to tell when I want to.
- I go to school every day and get the GCSE options I want.
- Mum stops drinking so much and doesn't let Gary back in.

## What will happen (my plan)

- Jade (my social worker) will see me on my own every week, at school or at the Yestermoor Youth Centre, and write down what I tell her in my own words.
- CAMHS (Dr Priya Patel) will see me every other Tuesday after school to help with the cutting, and will send Jade a short update after each session.
- Carla, the school nurse, will see me every Thursday lunchtime to check my arms are healing, and she will write it in her notes.
- Mrs Hughes, my head of year, will check in with me every Monday morning and keep an eye on me.
- Yestermoor Police Domestic Abuse Unit will tell Jade by the next day if they are called to our flat, and Jade will put it on my file.
- Mum will go to her GP about her drinking when she's ready.
- Mum and me will go to the "Moving On" group for mums and teenagers at Yestermoor Women's Aid, and the group worker will tell Jade we went.
- My family will make sure I'm home by 9pm on school nights and write the time I get in on the kitchen calendar.
- Jade will refer me to the Yestermoor Youth Project by the end of June so I've got something to do on Saturdays.
- Everyone in my network will keep an eye on how I'm doing and tell Jade if they are worried.
- Jade will ask Yestermoor Homes to change the locks on our flat by 13 June, and the housing officer will send Jade a letter when it's done.

## If I don't feel safe

- If Gary comes to the flat or rings Mum, Mum or me will ring 999, and I will go to Nan's at 3 Yew Court that night. Jade (or the emergency duty team if it's the evening) will hold a strategy meeting the same day.
- If Mum is drunk when I get home, I'll text Nan and go to hers, and Nan will ring Jade the next morning.
- If Nan can't have me, Jade will find me a foster carer for that night.
- If I feel like hurting myself, I'll ring the Yestermoor crisis line on my CAMHS card, or tell Carla or Mrs Hughes at school.
- If Gary keeps coming back, or Mum still can't keep me safe by the review conference, Jade will ask her manager for a legal planning meeting. That's a meeting with the council's lawyers about whether I need to live somewhere else for a while.

## Meetings

- Core group (the people in this plan, Mum and me): every 4 weeks at school, 3.30pm, starting Tuesday 24 June 2025.
- Review conference: to be confirmed.

*Typed up by Jade Carrington (SW) on 5 June 2025. Nadia has a copy and so does Mum.*
""",
    "findings": [
        F("M002", "Mrs Hughes, my head of year, will check in with me"),
        F("T002", "Mum will go to her GP about her drinking"),
        F("M001", "Mum will go to her GP about her drinking"),
        F("T001", "go to the \"Moving On\" group for mums and teenagers"),
        F("W002", "My family will make sure I'm home by 9pm"),
        F("M001", "Jade will refer me to the Yestermoor Youth Project"),
        F("W002", "Everyone in my network will keep an eye on how"),
        F("T001", "Everyone in my network will keep an eye on how"),
        F("M002", "Everyone in my network will keep an eye on how"),
        F("F002", "Mum stops drinking so much and doesn't let Gary back in."),
        F("F004"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Outline plan agreed at an initial conference, left for the core group to
#    turn into the full plan: tasks only (txt export)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b72_yaxingham_icpc_outline_plan_export_brennan.txt",
    "split": "heldout",
    "actions": 10,
    "template": "icpc-outline-plan-txt-export-upper-case-headings-numbered-task-blocks-lead-when-evidence-lines",
    "description": (
        "Outline plan typed at an initial conference for a 5-year-old with grip bruising and his "
        "3-year-old sister, to be turned into the full plan at the first core group. Numbered upper-case "
        "task blocks with LEAD, WHEN and EVIDENCE lines. Tasks only: no outcome for the children (O001), "
        "nothing of what the children say or experience (F003), no contingency although the paternal "
        "grandparents supervise contact and do two school pick-ups a week (C001, C003), no legal step "
        "(R002). Also an evidence line of '-' (M001), 'TBC' and 'ongoing' as the only timescale (T002), "
        "'All professionals' and 'Core group' as leads (W002), 'Monitored' (M002). Hard negatives: PGPs as "
        "lead, 'every contact', 'same day', 'at the first core group', a negation of drink, drugs and "
        "mental ill health, and dates for the core group and review."
    ),
    "text": """\
YAXINGHAM BOROUGH COUNCIL
CHILDREN'S SOCIAL CARE - CHILD PROTECTION CONFERENCE SERVICE

OUTLINE CHILD PROTECTION PLAN
Agreed at the initial child protection conference. The core group will
develop this outline into the full child protection plan at its first
meeting.
------------------------------------------------------------------------

CHILDREN ......... Tyler BRENNAN, DOB 14/02/2020 (5), Reception,
                   Yaxingham Brook Primary School
                   Lacey BRENNAN, DOB 30/06/2021 (3), Little Steps
                   Nursery, Yaxingham (mornings)
MOTHER ........... Kayleigh BRENNAN (26), 5 Yewmoor Close, Yaxingham
FATHER ........... Sean BRENNAN (29), staying with his parents at
                   27 Yelmont Crescent, Yaxingham, since 30/04/2025
PATERNAL GPs ..... Derek and Sandra BRENNAN, 27 Yelmont Crescent
CONFERENCE ....... ICPC, Friday 09/05/2025, Yaxingham Civic Offices
CATEGORY ......... Physical abuse
SOCIAL WORKER .... Marcus Webb, Safeguarding and Assessment Team
CHAIR ............ Jennifer Oakes

------------------------------------------------------------------------
REASON FOR THE PLAN
------------------------------------------------------------------------
On 28/04/2025 staff at Yaxingham Brook Primary saw bruising to both of
Tyler's upper arms when he changed for PE. A child protection medical
on 29/04/2025 found four fingertip-pattern bruises on each arm, which
the paediatrician said were consistent with him being gripped hard. In
interview Sean accepted that he had grabbed Tyler by both arms and shaken
him on 26/04/2025 when he ran out of the back gate. A police
investigation is under way. Sean agreed to move to his parents' house
and to see the children only when his parents are there.

Neither parent has any history of mental health difficulties, and there
are no concerns about alcohol or drug use by either parent.

------------------------------------------------------------------------
OUTLINE PLAN
------------------------------------------------------------------------
1.  Complete a child and family assessment, including each parent's
    account of the injuries and how discipline is handled at home.
    LEAD ....... SW Marcus Webb
    WHEN ....... by 13/06/2025
    EVIDENCE ... assessment report shared with the parents and the core
                 group

2.  Supervise all contact between Sean and the children at 27 Yelmont
    Crescent; Sean is not to be alone with either child.
    LEAD ....... PGPs (Derek and Sandra Brennan)
    WHEN ....... every contact (Wednesday teatime and Sunday afternoon)
    EVIDENCE ... contact log signed by Sandra, seen by the SW at each visit

3.  Collect Tyler from school and give both children their tea until
    Kayleigh gets home from work.
    LEAD ....... Sandra Brennan (PGM)
    WHEN ....... Mondays and Thursdays
    EVIDENCE ... -

4.  Sean to complete the Yaxingham "Calmer Dads" programme on managing
    anger with young children.
    LEAD ....... Sean Brennan
    WHEN ....... TBC
    EVIDENCE ... attendance record and the facilitator's end-of-course
                 report

5.  Health check for Lacey: skin check, growth and development.
    LEAD ....... Dr Nisha Goel, community paediatrician
    WHEN ....... by 30/05/2025
    EVIDENCE ... paediatric letter to the SW and GP

6.  Visit the children at home, see Tyler on his own, and check that the
    contact arrangements are being kept.
    LEAD ....... SW Marcus Webb
    WHEN ....... weekly
    EVIDENCE ... visit records, including where Sean was at each visit

7.  Share any new injury or concern about Tyler or Lacey with the SW.
    LEAD ....... All professionals
    WHEN ....... same day
    EVIDENCE ... each concern logged on the children's file by the SW

8.  Record how Lacey arrives at each session and any marks on her.
    LEAD ....... Mrs Joanne Ryder, manager, Little Steps Nursery
    WHEN ....... each session
    EVIDENCE ... monitored

9.  Agree one way for every adult to handle Tyler running off, with no
    grabbing or smacking.
    LEAD ....... Core group
    WHEN ....... at the first core group
    EVIDENCE ... written behaviour plan given to Kayleigh, Sean, the PGPs
                 and school

10. Complete the police investigation into Tyler's injuries and tell the
    SW the outcome.
    LEAD ....... DC Lauren Pike, Yaxingham Police Child Abuse
                 Investigation Team
    WHEN ....... ongoing
    EVIDENCE ... outcome confirmed to the SW in writing

------------------------------------------------------------------------
MEETINGS
------------------------------------------------------------------------
FIRST CORE GROUP ... Monday 19/05/2025, 10am, Yaxingham Brook Primary,
                     then every 4 weeks
REVIEW CONFERENCE .. Friday 01/08/2025, 10am, Yaxingham Civic Offices

Outline typed in conference by C. Doyle (minute taker), 09/05/2025.
""",
    "findings": [
        F("M001", "Collect Tyler from school and give both children their tea"),
        F("T002", "complete the Yaxingham \"Calmer Dads\" programme on managing"),
        F("W002", "Share any new injury or concern about Tyler or Lacey"),
        F("M002", "Record how Lacey arrives at each session and any marks"),
        F("W002", "Agree one way for every adult to handle Tyler"),
        F("T002", "Complete the police investigation into Tyler's injuries"),
        F("O001"),
        F("F003"),
        F("C001"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Review conference plan with a RAG column; the toddler is looked after
#    (section 20) and on a hospital ward, and nobody is set to visit her
#    (paged landscape PDF with header and footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b72_yorwick_rcpc_rag_status_plan_quarrie.pdf",
    "doc_title": "Review Child Protection Conference Plan - Jayden and Skye Quarrie",
    "split": "heldout",
    "actions": 10,
    "template": "rcpc-plan-paged-landscape-pdf-progress-bullets-decision-outcomes-then-no-action-lead-target-date-how-we-will-know-rag-table",
    "description": (
        "First review conference plan for a 9-year-old at home and his 14-month-old sister, accommodated "
        "under section 20 and now on a children's ward with pneumonia and faltering weight. Carried-forward "
        "actions in a table with a Red / Amber / Green column; work already done is listed under 'Progress "
        "since the initial conference'. Faults: nobody is set to visit Skye on the ward, only to liaise "
        "about discharge (L001), counselling for the mother with no assessment of change (H001), a "
        "parenting assessment with an empty measure (M001), 'Improvement in attendance' (M002), a blank "
        "lead (W001), a blank target date (T001), 'All agencies' / 'As and when' (W002, T002), and a "
        "contingency that only reviews (C002). Legal gateway named in the decision; the alcohol service "
        "reports on change; 'before discharge' and 'within 2 weeks of discharge' are real timescales. "
        "Header and page footer."
    ),
    "header": "Yorwick City Council – Children's Services – Conference and Review Service – OFFICIAL-SENSITIVE",
    "footer": "Quarrie – review conference plan 03/07/2025 – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "landscape": True,
    "blocks": [
        ("title", "Review Child Protection Conference – Plan"),
        ("kv", [
            ("Children", "Jayden Quarrie (9), Year 4, Yewfield Primary, lives with his mother; Skye Quarrie "
                         "(14 months), looked after under section 20 since 10/03/2025, placed with foster "
                         "carers Pam and Keith Lister"),
            ("Mother", "Danielle Quarrie (26), Flat 4, Yellowcrest House, Yorwick"),
            ("Father", "Liam Ashdown; no contact with the children since 2023"),
            ("Conference", "First review child protection conference, Thursday 03/07/2025 (initial "
                           "conference 13/03/2025)"),
            ("Category", "Neglect"),
            ("Social worker", "Imogen Tate, Yorwick Children in Care and Protection Team"),
            ("Chair", "Ruth Okonedo, Independent Reviewing Officer"),
        ]),
        ("h2", "Where Skye is now"),
        ("p", "Skye was admitted to Ward 4, Yorwick Children's Hospital, on 30/06/2025 with pneumonia. Her "
              "weight has dropped from the 25th to below the 9th centile since March and she is being fed "
              "through a nasogastric tube. The ward expect her to stay for at least two weeks. Danielle's "
              "supervised contact with Skye at the family contact centre has been on hold since the "
              "admission."),
        ("h2", "Progress since the initial conference"),
        ("bullets", [
            "Danielle completed her assessment with the Yorwick Alcohol Service in April and has been seeing a "
            "keyworker since May.",
            "Yewfield Primary gave Jayden a free breakfast club place from 24/03/2025.",
            "Skye's foster carers registered her with their GP and she had her 12-month immunisations.",
            "Danielle's breath tests were negative in 9 of 13 weeks; she drank on four weekends, twice when "
            "Jayden was at home.",
        ]),
        ("h2", "What Jayden and Skye are telling us"),
        ("p", "Jayden (seen alone at school, 24/06/2025): \"Mum's better than before but on Saturdays she still "
              "has her wine and goes to sleep early, so I make my own tea.\" He misses Skye and asked if he "
              "could see her in hospital. He put home at 6 out of 10 and said school is \"a 9 because of "
              "breakfast club\"."),
        ("p", "Before she went into hospital Skye was crawling, pulling herself up on the foster carers' "
              "sofa and starting to say \"ta\". The ward nurses say she is unsettled at night and cries and "
              "arches her back when her tube is changed."),
        ("h2", "Decision of conference"),
        ("p", "Conference agreed that Jayden and Skye remain at risk of significant harm and that both "
              "children stay on child protection plans under the category of neglect. Conference also "
              "agreed that if Danielle has further weekends of drinking while Jayden is at home before the "
              "core group on 09/10/2025, the SW will request a legal gateway meeting for both children."),
        ("h2", "Outcomes we are working towards"),
        ("bullets", [
            "Skye recovers, puts on weight steadily and is cared for by adults who meet her health needs.",
            "Jayden is looked after by a sober adult every evening, including at weekends, and never has to "
            "make his own meals.",
            "Jayden has an adult he trusts to talk to, and he keeps seeing his sister.",
        ]),
        ("h2", "The plan – RAG update"),
        ("p", "RAG key: Red = not started or off track; Amber = started but not yet on track; Green = on "
              "track."),
        ("table", {
            "header": ["No.", "Action", "Lead", "Target date", "How we will know", "RAG"],
            "widths": [1.3, 7.7, 5.0, 3.8, 6.2, 1.7],
            "rows": [
                ["1", "See Jayden at home and on his own at school, and talk with him about evenings and "
                      "weekends at home",
                 "SW Imogen Tate", "Every 10 working days",
                 "Visit records with Jayden's own words", "Green"],
                ["2", "Liaise with Ward 4 about Skye's discharge plan and keep the foster carers updated",
                 "SW Imogen Tate", "Before discharge", "Discharge plan on Skye's file", "Amber"],
                ["3", "Weekly counselling sessions for Danielle's low mood",
                 "Sam Grieve, counsellor, Yorwick Primary Care Mental Health Team", "Weekly",
                 "Attendance at sessions", "Amber"],
                ["4", "Keywork and breath tests with Danielle, and a written report on whether she is making "
                      "and keeping the changes Jayden and Skye need, and how long that is likely to take",
                 "Lee Chambers, keyworker, Yorwick Alcohol Service", "Weekly; report before each core group",
                 "Breath test results and the written report sent to the SW", "Amber"],
                ["5", "Parenting assessment of Danielle, including her care of Skye at contact",
                 "SW Imogen Tate", "By 29/08/2025", "", "Red"],
                ["6", "Check Jayden's attendance and speak to him each week about how things are at home",
                 "Mr Rhys Evans, DSL, Yewfield Primary", "Weekly", "Improvement in attendance", "Green"],
                ["7", "Refer Jayden to Yorwick Young Carers for an assessment",
                 "", "By 25/07/2025", "Referral accepted letter on file", "Red"],
                ["8", "Danielle to register with a GP and book a health check",
                 "Danielle Quarrie", "", "GP confirms registration to the SW", "Red"],
                ["9", "Take Skye to her paediatric follow-up clinic after she leaves hospital",
                 "Pam and Keith Lister, foster carers", "Within 2 weeks of discharge",
                 "Clinic letter to the SW", "Green"],
                ["10", "Share information about any further concerns about Jayden or Skye with the SW",
                 "All agencies", "As and when", "Logged on the children's file", "Green"],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If there are further concerns about Jayden's care, or Danielle's drinking does not improve, the "
              "core group will meet early to review the plan and consider next steps."),
        ("h2", "Core group and next review"),
        ("p", "Core group every 6 weeks at Yewfield Primary, 1.30pm: Thursday 17/07/2025, Thursday 28/08/2025, "
              "Thursday 09/10/2025 and Thursday 20/11/2025. Next review child protection conference: Thursday "
              "08/01/2026, 10am, Yorwick Civic Centre."),
        ("p", "Plan agreed by the chair, Ruth Okonedo, on 04/07/2025 and sent to Danielle and every agency."),
    ],
    "findings": [
        F("H001", "Weekly counselling sessions for Danielle's low mood"),
        F("M001", "Parenting assessment of Danielle, including her care of Skye"),
        F("M002", "Check Jayden's attendance and speak to him each week"),
        F("W001", "Refer Jayden to Yorwick Young Carers for an assessment"),
        F("T001", "Danielle to register with a GP and book"),
        F("W002", "Share information about any further concerns about Jayden"),
        F("T002", "Share information about any further concerns about Jayden"),
        F("L001"),
        F("C002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Core group plan for a family about to move to another council: one
#    sentence per action under bold agency names, several put on hold until
#    the move (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b72_yannerby_core_group_plan_before_move_hollis.md",
    "split": "heldout",
    "actions": 12,
    "template": "core-group-2-plan-md-updates-views-outcomes-then-one-sentence-actions-under-bold-agency-names-family-moving-to-another-council",
    "description": (
        "Second core group's updated plan for a 10-year-old and a 2-year-old (domestic abuse; the family "
        "is moving to another council to get away from the mother's ex-partner). One sentence per action "
        "under bold agency names. Four actions are deferred or handed to the receiving council until the "
        "move (X001): the parenting assessment (also M001), the Freedom Programme, Amber's 2-year review "
        "(also M001) and Jake's CAMHS referral (also W001, M001). Also 'as soon as possible' (T002) and "
        "'Amber's nursery will keep an eye on her' (T001, M002). The grandmother and uncle carry two "
        "actions and the contingency does not cover them stopping (C003); no review conference date "
        "(R001). Hard negatives: visits 'until the transfer-in conference', the transfer request sent "
        "'within 5 working days of the move', family help 'while the family is in Yannerby', a negation "
        "of mental ill health and drinking, and a specific contingency with a legal step."
    ),
    "text": """\
# Core Group Plan – Jake and Amber Hollis

**Yannerby Council · Children's Services · Safeguarding Team West**

- **Children:** Jake Hollis (10), Year 5, Yannerby Primary; Amber Hollis (2), Tiny Steps Nursery, Yannerby
- **Mother:** Kerry Hollis (31), 12 Yewdean Street, Yannerby
- **Amber's father:** Darren Pryce (34). A non-molestation order protects Kerry and the children until 20/03/2026.
- **Plan since:** initial child protection conference, 15/05/2025 (category: emotional abuse)
- **This plan:** updated at core group 2, Thursday 19/06/2025, Yannerby Primary
- **Social worker:** Aisha Grant

## Since the last core group

Kerry has been offered a council tenancy in Ysworth through the managed move
scheme and the family will move on Monday 14 July 2025. Ysworth Borough Council
Children's Services have been told and will hold a transfer-in conference after
the move. Darren came to the house on 7 June and banged on the door until the
police arrived; he was arrested for breaching the order and is on bail.
Kerry has no history of mental health difficulties, and there are no concerns
about her drinking.

## What Jake and Amber say

Jake (seen alone at school, 12 June): "I want to move so Darren can't find us.
But I'll miss Nan and Uncle Craig." He has nightmares about the night Darren
hit his mum and sometimes sleeps on the floor of Kerry's room. He wants to keep
going to Cubs.

Amber is talking in two- and three-word sentences. Nursery say she hides under
the table when a man's voice is raised, and at home she will not go to sleep
unless Jake is in the room.

## What we want for Jake and Amber

- Jake and Amber live somewhere Darren cannot find them and are not frightened at home.
- Jake's nightmares ease and he has an adult he can talk to about what he saw.
- Jake and Amber are in school and nursery in Ysworth within two weeks of the move, and are seen every week with no gap.

## What will happen

**Children's social care – Aisha Grant (SW)**

Aisha will visit Jake and Amber at home every week until the transfer-in conference, seeing each of them on their own and recording what they say.
Aisha will send the transfer request, chronology and this plan to Ysworth Children's Services within 5 working days of the move, and file their written acknowledgement.
The parenting assessment of Kerry will be completed by Ysworth Children's Services once the case has transferred.

**Domestic abuse service**

Hana Price (IDVA, Yannerby Domestic Abuse Service) will update Kerry's safety plan with her by 27 June, including the new address, and give a copy to Aisha.
Aisha will put Kerry's Freedom Programme referral on hold until the family has moved, and Ysworth Women's Aid will then send Aisha a letter offering Kerry a place.

**Health**

Amber's 2-year review will not be done in Yannerby; the Ysworth health visiting team will pick it up after the move.
Jake's referral to CAMHS for his nightmares will be left until the family has registered with a GP in Ysworth.

**School and nursery**

Mrs Lomax, DSL at Yannerby Primary, will check Jake's attendance every day until his last day and send the register to Aisha every Friday.
Kerry will apply for a school place for Jake in Ysworth as soon as possible and tell Aisha which school offers him a place.
Amber's nursery will keep an eye on her.

**Family**

Pauline Hollis (maternal grandmother) will have Jake and Amber to stay every Friday night while the family is in Yannerby, and Kerry will text Aisha when they are dropped off.
Uncle Craig Hollis will take Jake to school every morning while the family is in Yannerby, and the school office will log the time he arrives.

## If Darren comes back

If Darren comes to the house, contacts Kerry or the children, or breaks the
order in any other way, Kerry will ring 999 and Aisha (or the emergency duty
team out of hours) will hold a strategy discussion the same day. If Kerry and
the children cannot stay safely at home, Hana will find them a refuge place
that day. If Darren comes to the house twice more before the transfer-in
conference, Aisha will request a legal planning meeting within 5 working days.

## Meetings

- Core group every 3 weeks while the family is in Yannerby: next on Thursday 10/07/2025, 3.30pm, Yannerby Primary.
- The transfer-in conference and the next review conference will be arranged by Ysworth.
""",
    "findings": [
        F("X001", "The parenting assessment of Kerry will be completed by Ysworth"),
        F("M001", "The parenting assessment of Kerry will be completed by Ysworth"),
        F("X001", "Aisha will put Kerry's Freedom Programme referral on hold"),
        F("X001", "Amber's 2-year review will not be done in Yannerby"),
        F("M001", "Amber's 2-year review will not be done in Yannerby"),
        F("X001", "Jake's referral to CAMHS for his nightmares will be left"),
        F("W001", "Jake's referral to CAMHS for his nightmares will be left"),
        F("M001", "Jake's referral to CAMHS for his nightmares will be left"),
        F("T002", "Kerry will apply for a school place for Jake"),
        F("T001", "Amber's nursery will keep an eye on her."),
        F("M002", "Amber's nursery will keep an eye on her."),
        F("C003"),
        F("R001"),
    ],
})
