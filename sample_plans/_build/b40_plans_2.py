"""Batch 40, module 2: seven fictional plans (tuning material), places beginning with "r".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: plans typed into Word by hand from a loose template - a details box,
then actions as short labelled blocks, a numbered list with typed sub-points
for who and when, an Action | Comments or Action | Update table with the owner
and date inside the second cell, an action log copied from minutes (decision
number, what, who, by when), and the contingency and review written as prose.
Parents' mental ill-health and substance misuse appear with and without an
adult service owning an action; the children's words sit under ordinary
headings; some actions are written in the child's or the parent's own voice.
Three of the seven are exemplary.
"""
from build_batch5 import F

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan typed into Word: headerless two-column details box, then
#    "Action n" blocks with What / Who / When / How we'll know lines, a job in
#    the child's words; contingency and review as prose. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b40_rethwick_details_box_action_blocks_maddock.docx",
    "doc_title": "Child Protection Plan - Freya and Noah Maddock",
    "split": "tune",
    "template": "icpc-plan-typed-in-word-headerless-two-column-details-box-then-bold-action-n-blocks-what-who-when-how-well-know-lines-childs-job-in-her-words-contingency-and-review-prose",
    "description": (
        "Exemplary initial conference plan for a 7-year-old and a 2-year-old whose mother has bipolar "
        "disorder and stopped her lithium (manic episode, hospital admission). Typed into Word: a "
        "headerless details box, then eleven 'Action n' blocks each with What / Who / When / How we'll "
        "know lines, including the aunt's school run and evening visits and a job in Freya's own words. "
        "The CMHT care coordinator reports on whether the changes are lasting, the GP checks lithium "
        "levels; the contingency covers the aunt being unable to help; core group and review dates are "
        "set and legal planning follows a relapse."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Rethwick Metropolitan Borough Council – Children's Social Care – Locality Team West"),
        ("table", {
            "widths": [4.5, 12.5],
            "bold_first_col": True,
            "rows": [
                ["Name(s) of child(ren)",
                 "Freya Maddock, DOB 09/11/2017 (7), Year 2, Rethwick St Mary's C of E Primary\n"
                 "Noah Maddock, DOB 30/04/2023 (2), Little Acorns Day Nursery (Tuesdays and Thursdays)"],
                ["Home address", "27 Cinder Lane, Rethwick"],
                ["Parents", "Gemma Maddock (mum, 33); Stuart Maddock (dad, 36)"],
                ["Other important people", "Rachel Ince, Gemma's sister, lives on Foundry Street (five minutes' walk)"],
                ["Conference", "Initial child protection conference, 03/07/2025"],
                ["Category", "Neglect"],
                ["Social worker", "Orla Halloran, Locality Team West (01632 448210)"],
                ["Team manager", "Clive Ashdown"],
                ["Plan typed by", "Orla Halloran, from the conference decisions, 04/07/2025"],
            ],
        }),
        ("h1", "Why Freya and Noah have a plan"),
        ("p", "Gemma has bipolar affective disorder and has been known to Rethwick Community Mental Health Team "
              "since 2019. She stopped taking her lithium in March because she said it made her feel \"flat\". "
              "In April she became unwell: she went several nights without sleep, took Noah out in his buggy to "
              "the all-night garage at 3am, and spent the family's rent money. Freya got herself up and walked "
              "to school on her own on four mornings, and was found crying at the school gate at 8am on 17 "
              "April. Gemma was an inpatient on Ward 6 at Rethwick General from 22 April to 20 May and has been "
              "back on lithium since."),
        ("p", "Stuart drives trams on a shift pattern that includes nights, and was not always at home while "
              "Gemma was unwell. He told conference he \"didn't see it coming\" and did not know who to ring. "
              "Both parents love the children and came to conference together. Rachel has helped with the "
              "school run since May and the children are close to her."),
        ("h1", "Talking to Freya"),
        ("p", "I saw Freya at school on 26 June and at home on 1 July. She said: \"When Mummy was poorly she was "
              "talking really fast and she didn't go to bed. I made my own breakfast, Coco Pops. I was a bit "
              "scared when she took Noah out in the dark.\" She likes it when Auntie Rachel walks her to school "
              "\"because we do I-spy\", and she would like Mummy and Daddy \"to both be there at bedtime\". She "
              "knows that Mrs Kaur is the person to tell at school."),
        ("p", "Noah is two and uses single words. At home he was clean and dressed, ran to Stuart when he came "
              "in and showed me his toy trams. Nursery say he is settled and eats well now, and that he was "
              "tired and clingy in April."),
        ("h1", "What we want for Freya and Noah"),
        ("bullets", [
            "Freya and Noah are looked after day and night by an adult who is well and awake, and Freya never "
            "has to get herself or Noah ready on her own.",
            "Freya gets to school on time every day and tells Mrs Kaur and her social worker that she feels "
            "safe at home.",
            "Noah keeps growing well, and his 2-year review shows his speech and play are on track.",
            "If Gemma starts to become unwell again, the adults around Freya and Noah notice early and act "
            "the same day.",
        ]),
        ("h1", "What needs to happen"),
        ("p", "Each action says what will happen, whose job it is, when, and how we will know it has been done."),
        ("boldp", "Action 1 – Seeing Freya and Noah"),
        ("kv", [
            ("What", "Visit Freya and Noah at home, see Freya on her own and Noah awake, and look at where the "
                     "children sleep and what food is in"),
            ("Who", "Orla Halloran, social worker"),
            ("When", "Every 2 weeks; at least one visit a month unannounced, and one a month before school"),
            ("How we'll know", "Visit records show Freya seen on her own at every visit, with her words written down"),
        ]),
        ("boldp", "Action 2 – Gemma's mental health and what it means for the children"),
        ("kv", [
            ("What", "See Gemma at home, check she is taking her lithium and how she is sleeping, and write a "
                     "report for each core group on whether she is staying well, her early warning signs, and "
                     "whether she is able to keep these changes going for Freya and Noah"),
            ("Who", "Dev Patel, care coordinator, Rethwick CMHT (North)"),
            ("When", "Every 2 weeks; report to the social worker 3 working days before each core group"),
            ("How we'll know", "Written report read at every core group, saying what has changed and how it shows "
                               "in Gemma's care of the children"),
        ]),
        ("boldp", "Action 3 – Lithium levels"),
        ("kv", [
            ("What", "Take Gemma's lithium blood level and send the result to the care coordinator and the "
                     "social worker"),
            ("Who", "Dr Anika Shah, GP, Millbridge Surgery"),
            ("When", "Next test by 18/07/2025, then every 12 weeks"),
            ("How we'll know", "Level within the therapeutic range, and the result with Dev and Orla within 3 "
                               "working days of each test"),
        ]),
        ("boldp", "Action 4 – A plan for if Gemma starts to become unwell"),
        ("kv", [
            ("What", "Write a relapse plan with Gemma and Stuart: the early signs (not sleeping, talking fast, "
                     "spending), who Stuart rings, and who looks after Freya and Noah while Gemma gets help"),
            ("Who", "Dev Patel, with Gemma and Stuart"),
            ("When", "By 25/07/2025"),
            ("How we'll know", "Signed copy on the kitchen wall, one with Rachel, and one on the children's file"),
        ]),
        ("boldp", "Action 5 – Stuart at home every night"),
        ("kv", [
            ("What", "Swap night shifts for early and late shifts so that Stuart is at home with the children "
                     "every night"),
            ("Who", "Stuart Maddock"),
            ("When", "From 14/07/2025, every night"),
            ("How we'll know", "Stuart's shift rota sent to Orla at the start of each month; Freya asked at "
                               "visits who put her to bed"),
        ]),
        ("boldp", "Action 6 – Tuesday and Thursday mornings"),
        ("kv", [
            ("What", "Walk Freya to school and take Noah to nursery"),
            ("Who", "Rachel Ince (maternal aunt)"),
            ("When", "Every Tuesday and Thursday, from 8.15am"),
            ("How we'll know", "School register shows Freya in by 8.50am; the nursery signing-in book shows Rachel "
                               "dropped Noah off"),
        ]),
        ("boldp", "Action 7 – Rachel's evening visits"),
        ("kv", [
            ("What", "Call in at Cinder Lane after work to see the children and Gemma, and ring Stuart if she "
                     "is worried about Gemma's sleep or mood"),
            ("Who", "Rachel Ince"),
            ("When", "Every Monday, Wednesday and Friday, 5–6pm"),
            ("How we'll know", "Rachel writes each visit in the family notebook, which Orla reads at every visit"),
        ]),
        ("boldp", "Action 8 – Noah's health and development"),
        ("kv", [
            ("What", "Carry out Noah's 2-year review, including his speech, and weigh and measure him"),
            ("Who", "Lorna Baines, health visitor"),
            ("When", "Review by 31/07/2025, then a home visit every month"),
            ("How we'll know", "ASQ-3 scores, weight and height recorded in the red book and sent to Orla"),
        ]),
        ("boldp", "Action 9 – Freya at school"),
        ("kv", [
            ("What", "Check in with Freya every Monday morning, and tell Orla the same day if Freya is late, "
                     "absent or says anything worrying about home"),
            ("Who", "Mrs Simran Kaur, Designated Safeguarding Lead, St Mary's"),
            ("When", "Every Monday in term time"),
            ("How we'll know", "Check-in notes kept in Freya's safeguarding file and an email to Orla each Monday"),
        ]),
        ("boldp", "Action 10 – Freya's own job (in her words)"),
        ("kv", [
            ("What", "\"If I'm worried about Mummy I'll put my worry card in Mrs Kaur's box, or tell her at "
                     "Monday check-in.\""),
            ("Who", "Freya, with Mrs Kaur"),
            ("When", "Every Monday check-in, and on any school day Freya posts a card"),
            ("How we'll know", "Mrs Kaur sees Freya the same day a card is posted and writes down what she says"),
        ]),
        ("boldp", "Action 11 – Summer holidays"),
        ("kv", [
            ("What", "Book Freya into the Rethwick Holiday Club on the weekdays Stuart is on an early shift, so "
                     "she is not at home with Gemma alone all day"),
            ("Who", "Orla Halloran, with Stuart"),
            ("When", "Booked by 18/07/2025 for 28/07/2025 to 29/08/2025"),
            ("How we'll know", "Booking confirmation on file and the club's register sent to Orla weekly"),
        ]),
        ("h1", "If things go wrong"),
        ("p", "If Gemma stops taking her lithium, her lithium level comes back outside the range, she goes two "
              "nights without sleep, she takes the children out at night, or she talks about harming herself or "
              "anyone else, Stuart or Rachel will ring the CMHT crisis line (or 999 in an emergency) and Orla, or "
              "the emergency duty team out of hours, the same day. Orla will hold a strategy discussion that day. "
              "Gemma will not be left on her own with Freya and Noah until the crisis team has seen her: Stuart "
              "will stay off work, and the children will sleep at Rachel's on Foundry Street if Stuart cannot be "
              "at home."),
        ("p", "If Rachel is ill, on holiday or cannot do the school run or her evening visits, Stuart will take "
              "Freya to school and Noah to nursery before his shift, and Orla will book Freya into the St Mary's "
              "breakfast club for those mornings. If neither Stuart nor Rachel can care for the children while "
              "Gemma is unwell, Freya and Noah will be looked after together by approved foster carers that "
              "night, with their parents' agreement under section 20."),
        ("h1", "Meetings and review"),
        ("p", "The core group will meet every 4 weeks at St Mary's: first on 17/07/2025 at 9.30am, then on "
              "14/08/2025 and 11/09/2025. The review child protection conference is on 25/09/2025 at 10am at "
              "Rethwick Town Hall. If Gemma stops her lithium again, or the relapse plan is not in place by the "
              "core group on 14/08/2025, Orla will ask Clive Ashdown for a legal planning meeting within 5 "
              "working days."),
        ("p", "Orla Halloran, Social Worker – 04/07/2025"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Plan typed in Word as a numbered list, each point followed by typed
#    "– Who / – When / – How we'll know" sub-points (some missing); details
#    box of four columns; header and page footer (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b40_rumbleford_numbered_who_when_subpoints_kowalski.pdf",
    "doc_title": "Child Protection Plan - Kacper and Zuzanna Kowalski",
    "split": "tune",
    "template": "icpc-plan-typed-in-word-paged-four-column-details-box-then-word-numbered-actions-each-with-typed-dash-who-when-how-well-know-sub-points-some-missing-prose-contingency-and-meetings",
    "description": (
        "Initial conference plan for a 10-year-old and a 5-year-old (father's cocaine and cannabis use, "
        "mother's depression). Numbered actions typed in Word with dash sub-points for who, when and "
        "sometimes how we'll know. The father's drug service referral is his own 'ASAP' job with no "
        "measure, the mother's GP visit has no measure, no adult service owns an action, two measures "
        "are 'keep an eye on' and 'reviewed at core group', the beds are 'the family's' job, the "
        "grandmother carries weekends and pick-ups with no fallback, and no legal step is named."
    ),
    "header": "OFFICIAL-SENSITIVE   Rumbleford City Council – Children and Families",
    "footer": "CP plan – Kacper and Zuzanna Kowalski – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan (after initial conference)"),
        ("table", {
            "widths": [3.0, 5.5, 2.8, 5.7],
            "bold_first_col": False,
            "rows": [
                ["Child", "Kacper Kowalski", "Date of birth", "14/02/2015 (10)"],
                ["Child", "Zuzanna (Zuzia) Kowalski", "Date of birth", "02/06/2020 (5)"],
                ["Address", "Flat 12, Tannery Court, Rumbleford", "Language",
                 "Polish and English; Agnieszka prefers a Polish interpreter for meetings"],
                ["Mum", "Agnieszka Kowalska", "Dad", "Tomasz Kowalski"],
                ["ICPC", "24/06/2025", "Category", "Neglect"],
                ["Social worker", "Beth Laverty", "Team", "Safeguarding Team 3"],
            ],
        }),
        ("h2", "What we are worried about"),
        ("p", "Tomasz uses cocaine at weekends and smokes cannabis most evenings in the flat. On 30 May the "
              "police came after neighbours heard shouting. They found Tomasz asleep on the sofa and could not "
              "rouse him, and Zuzia, then 4, awake on her own at 1am watching videos. Kacper told the police he "
              "had tried to wake his dad and had put Zuzia back to bed twice. Agnieszka was on a night shift at "
              "the packing plant."),
        ("p", "Agnieszka has depression. Her GP prescribed sertraline last year but she stopped taking it after "
              "her father died in the winter; she told me she sleeps most of the day after her night shifts and "
              "sometimes does not eat. On three visits the flat smelled strongly of cannabis and there were no "
              "sheets on the children's beds."),
        ("h2", "What is going well"),
        ("p", "Both children are at school every day. Agnieszka and Tomasz were honest at conference about what "
              "happened and both said they want the plan to work. Halina Nowak, Agnieszka's mum, lives on the "
              "next estate and the children love being at hers."),
        ("h2", "What Kacper told me on the walk to the shop"),
        ("p", "\"Dad gets really sleepy and you can't wake him up, and then I have to do Zuzia's teeth. I don't "
              "like the smell in the lounge, it gets in my PE kit and people say stuff.\" Kacper likes going to "
              "Babcia's because \"she makes pierogi and there's a garden\". He wants his dad \"to stop the "
              "smoking\" and his mum \"to not be sad all the time\"."),
        ("p", "Zuzia showed me her bed and her rabbit, Marchewka, and said \"no blanket\". Her teacher says she "
              "is often tired and teary on Mondays."),
        ("h2", "What we want for Kacper and Zuzia"),
        ("bullets", [
            "Kacper and Zuzia are always looked after by an adult who is awake and not under the influence of "
            "drugs.",
            "Kacper does not have to put Zuzia to bed or look after her at night.",
            "The children sleep in clean, made-up beds in a flat that is free of cannabis smoke.",
            "Zuzia is not tired at school on Mondays and her teeth are checked and treated.",
        ]),
        ("h2", "The plan"),
        ("p", "Typed up from the conference decisions. Each numbered point is one action; the lines under it say "
              "who and when."),
        ("numbers", ["Visit Kacper and Zuzia at home every fortnight and see Kacper on his own, at home or at "
                     "school."]),
        ("pi", "– Who: Beth Laverty, social worker"),
        ("pi", "– When: every 2 weeks, one visit a month unannounced"),
        ("pi", "– How we'll know: visit notes record what Kacper says and how the flat and the bedroom look"),
        ("numbers", ["Tomasz to refer himself to Rumbleford Drug and Alcohol Service (RDAS) and go to the "
                     "appointments they give him."]),
        ("pi", "– Who: Tomasz"),
        ("pi", "– When: as soon as possible"),
        ("numbers", ["Agnieszka to make an appointment with her GP to talk about her depression and restarting "
                     "her tablets."]),
        ("pi", "– Who: Agnieszka"),
        ("pi", "– When: by 18/07/2025"),
        ("numbers", ["No cannabis or any other drugs to be kept or used in the flat, on the balcony or in the "
                     "car."]),
        ("pi", "– Who: Tomasz and Agnieszka"),
        ("pi", "– When: every day"),
        ("pi", "– How we'll know: the social worker will keep an eye on this at visits"),
        ("numbers", ["Make up the children's beds with sheets and a duvet each, and keep their bedroom clean and "
                     "aired."]),
        ("pi", "– Who: the family"),
        ("pi", "– When: by the first core group on 08/07/2025"),
        ("pi", "– How we'll know: Beth will see both beds made up at her next visit"),
        ("numbers", ["Check Zuzia's weight and her teeth, and get her seen by a dentist."]),
        ("pi", "– Who: Pam Reid, school nurse"),
        ("pi", "– When: by 31/07/2025"),
        ("pi", "– How we'll know: reviewed at core group"),
        ("numbers", ["Check in with Kacper every Friday and write down how his week has been and anything he "
                     "says about home."]),
        ("pi", "– Who: Mr Callum Doyle, DSL, Tannery Lane Primary"),
        ("pi", "– When: every Friday in term time"),
        ("pi", "– How we'll know: DSL notes emailed to Beth the same afternoon"),
        ("numbers", ["Kacper's own job, in his words: \"If Dad won't wake up or he's acting weird, I'll ring "
                     "Babcia on my phone, and if she doesn't answer I'll ring 999.\""]),
        ("pi", "– Who: Kacper, with Babcia (Halina)"),
        ("pi", "– When: practised with Babcia by 11/07/2025, then every time Dad can't be woken"),
        ("pi", "– How we'll know: Halina writes every call in her diary and tells Beth the same day"),
        ("numbers", ["Halina to have Kacper and Zuzia to stay at her flat every Saturday night."]),
        ("pi", "– Who: Halina Nowak (maternal grandmother)"),
        ("pi", "– When: every Saturday, collecting them at 5pm"),
        ("pi", "– How we'll know: Halina's diary, which Beth reads at every visit"),
        ("numbers", ["Collect Zuzia from school on Monday and Wednesday afternoons and give both children "
                     "their tea."]),
        ("pi", "– Who: Halina Nowak"),
        ("pi", "– When: Mondays and Wednesdays, 3.15pm"),
        ("pi", "– How we'll know: the school's collection log shows Halina collected Zuzia"),
        ("h2", "What happens if things go wrong"),
        ("p", "If Tomasz is found under the influence of drugs while he is looking after the children, or the "
              "police are called to the flat again, Agnieszka (or Halina, if Agnieszka is at work) will take "
              "Kacper and Zuzia to Halina's straight away, and Beth or the emergency duty team will hold a "
              "strategy discussion the same day. The children will stay at Halina's until Tomasz has moved out "
              "of the flat or a new safety plan has been agreed."),
        ("h2", "Meetings"),
        ("p", "The core group will meet every four weeks at Tannery Lane Primary, at 9am with a Polish "
              "interpreter booked: 08/07/2025, 05/08/2025 and 02/09/2025. The review child protection conference "
              "is on 16/09/2025 at 1pm at Rumbleford Civic Centre. If things have not got better by then, the "
              "review conference will decide whether the plan needs to change."),
        ("p", "Beth Laverty, Social Worker, 25/06/2025"),
    ],
    "findings": [
        F("T002", "Tomasz to refer himself to Rumbleford Drug and Alcohol Service"),
        F("M001", "Tomasz to refer himself to Rumbleford Drug and Alcohol Service"),
        F("M001", "Agnieszka to make an appointment with her GP"),
        F("M002", "No cannabis or any other drugs to be kept"),
        F("W002", "Make up the children's beds with sheets and a duvet"),
        F("M002", "Check Zuzia's weight and her teeth, and get her seen"),
        F("F004"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Review plan typed into Word: details box, then a two-column
#    Action | Comments table with the owner and date written inside the
#    comments; vague contingency (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b40_raddlecombe_action_comments_cheetham.docx",
    "doc_title": "Review Child Protection Plan - Leah and Connor Cheetham",
    "split": "tune",
    "template": "rcpc-plan-typed-in-word-label-value-details-box-then-two-column-action-comments-table-owner-date-and-measure-written-inside-comments-cell-progress-notes-mixed-in-contingency-and-meetings-prose",
    "description": (
        "Plan continued at a first review conference for a 14-year-old and a 9-year-old (mother's alcohol "
        "misuse and anxiety; grandparents have them every weekend). Two-column Action | Comments table "
        "with owner, date and measure typed into the comments. The alcohol team reports on change, but "
        "Talking Therapies only treat, Leah's mentoring has only 'No update yet', the EWO's row is "
        "'ongoing' and 'improvement', the CAMHS row has only a progress note, 'All agencies' own a row, "
        "one outcome is the mother's, and the contingency is 'review and consider' with nothing if the "
        "grandparents cannot help."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Raddlecombe Council · Children's Services · Safeguarding and Support Team (South)"),
        ("table", {
            "widths": [4.0, 13.0],
            "bold_first_col": True,
            "rows": [
                ["Young people", "Leah Cheetham, 14 (Year 9, Raddlecombe High School)\n"
                                 "Connor Cheetham, 9 (Year 4, Westgate Primary)"],
                ["Living at", "6 Pinfold Street, Raddlecombe, with their mum"],
                ["Parent", "Joanne Cheetham (42). Children's father lives in Spain; no contact since 2021"],
                ["Family network", "Maureen and Alan Booth (maternal grandparents), 19 Sedge Road"],
                ["Plan started", "ICPC 10/04/2025 – category neglect"],
                ["Reviewed", "First review conference 03/07/2025 – plan continues"],
                ["Social worker", "Ffion Pryce"],
                ["Conference chair", "Hugh Lassiter"],
            ],
        }),
        ("h2", "What has happened since April"),
        ("p", "Joanne has been drinking heavily for about two years, mostly vodka, on most days by the "
              "afternoon. In March Leah rang 999 when Joanne fell on the stairs, and Connor has missed 19 school "
              "sessions since Easter, most of them on Mondays. Joanne started with the Raddlecombe Alcohol Team "
              "in May and has cut down; her breath tests were clear at 6 of 8 sessions. She also has "
              "long-standing anxiety and says she drinks \"to take the edge off\". Leah is doing most of the "
              "shopping and cooking and has told school she is \"knackered\"."),
        ("p", "Maureen and Alan have had the children every weekend since April, and Maureen collects Connor from "
              "school on Tuesdays. Both children say the weekends are the best part of their week."),
        ("h2", "What Leah and Connor told me"),
        ("p", "Leah (seen at school, 24/06/2025): \"It's better than it was. Mum's trying. But I still check the "
              "recycling when I get in, to see if there's bottles.\" She would like \"a normal week where I don't "
              "have to cook every night\" and wants to keep going to her nan's. She does not want a counsellor "
              "\"at school where everyone sees\"."),
        ("p", "Connor (seen at home, 27/06/2025): \"Mum's not as shouty. I like Grandad's allotment, we grew "
              "strawberries.\" He said he sometimes stays off school \"to look after Mum when she's poorly\"."),
        ("h2", "What needs to be different"),
        ("bullets", [
            "Leah and Connor are cared for by an adult who is sober, every day and every evening.",
            "Connor is in school every day and on time, and Leah is not missing lessons because of things at "
            "home.",
            "Leah no longer does the cooking and shopping on her own and has time to see her friends.",
            "Joanne will stop drinking and feel less anxious.",
        ]),
        ("h2", "The plan"),
        ("table", {
            "header": ["Action", "Comments"],
            "widths": [6.5, 10.5],
            "rows": [
                ["Visit Leah and Connor at home and see each of them on their own",
                 "Ffion Pryce (SW) – every 2 weeks, one visit a month after school and unannounced. Visit notes "
                 "to record what each child says and whether Joanne has been drinking."],
                ["Alcohol key work and breath testing for Joanne",
                 "Sam Whitlock, Raddlecombe Alcohol Team – weekly. Breath test at every session; Sam sends a "
                 "written update before each core group on Joanne's drinking and what it means for Leah and "
                 "Connor. 6 of 8 tests clear so far."],
                ["Talking therapy for Joanne's anxiety",
                 "Kerry Dunn, Raddlecombe Talking Therapies – 8 weekly sessions from 15/07/2025. Attendance to "
                 "be shared with Ffion."],
                ["Someone at school for Leah to talk to",
                 "Miss Annie Carr, pastoral lead, Raddlecombe High – weekly. No update yet."],
                ["Connor's attendance and getting to school on time",
                 "EWO Darren Pike – ongoing. Improvement in attendance."],
                ["Have Leah and Connor to stay every Friday and Saturday night",
                 "Maureen and Alan Booth (grandparents) – every weekend. Maureen keeps the weekend diary and "
                 "shows it to Ffion at each visit."],
                ["Collect Connor from school on Tuesdays and give both children their tea",
                 "Maureen Booth – every Tuesday at 3.20pm. Signed out on Westgate's collection sheet."],
                ["Leah, in her words: \"If Mum's been drinking when I get in, I'll text Nan and go round to hers "
                 "with Connor.\"",
                 "Leah, with Maureen – the same evening, every time it happens. Maureen notes each text in the "
                 "weekend diary and rings Ffion that night."],
                ["Make sure there is food in the house and a hot tea on the nights the children are at home",
                 "Joanne – every day. Ffion will look in the fridge and cupboards at each visit and ask Leah who "
                 "cooked."],
                ["Refer Leah to CAMHS for her low mood and sleep",
                 "Dr Oyelaran, GP. Referred 02/06/2025 – on the waiting list."],
                ["Tell Ffion about any incident or worry at the house",
                 "All agencies – same day. Logged on the children's file."],
            ],
        }),
        ("h2", "If things go wrong"),
        ("p", "If things do not improve, or there are further worries about Joanne's drinking, Ffion will talk "
              "to her manager and the core group will meet to review the plan and consider next steps."),
        ("h2", "Meetings"),
        ("p", "The core group meets every 4 weeks at Raddlecombe High at 3.45pm: 24/07/2025, 21/08/2025 and "
              "18/09/2025. The second review conference is on 09/10/2025 at 10am at Raddlecombe Council House. "
              "If Joanne is still drinking during the day at the core group on 21/08/2025, Ffion will ask her "
              "team manager for a legal planning meeting."),
        ("p", "Typed by Ffion Pryce, SW, 04/07/2025, and sent to everyone who came to conference."),
    ],
    "findings": [
        F("H001", "Talking therapy for Joanne's anxiety"),
        F("M001", "Someone at school for Leah to talk to"),
        F("T002", "Connor's attendance and getting to school on time"),
        F("M002", "Connor's attendance and getting to school on time"),
        F("T001", "Refer Leah to CAMHS for her low mood and sleep"),
        F("M001", "Refer Leah to CAMHS for her low mood and sleep"),
        F("W002", "Tell Ffion about any incident or worry at the house"),
        F("F002", "Joanne will stop drinking and feel less anxious."),
        F("C002"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Core group notes typed in Word and saved as text: updates, the
#    children's news, then the action log copied from the minutes as a
#    tab-separated table (Decision / What / Who / By when) (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b40_rossingdale_core_group_action_log_hussain.txt",
    "split": "tune",
    "template": "core-group-notes-word-saved-as-text-initials-present-updates-childrens-news-aims-then-action-log-copied-from-minutes-tab-separated-decision-what-who-by-when-then-contingency-and-next-meetings-prose",
    "description": (
        "Second core group notes for an 11-year-old and a 4-month-old (mother's postnatal depression), "
        "typed in Word and saved as text; the action log copied from the minutes is a tab-separated "
        "Decision / What / Who / By when table with any measure written into the What. The GP and HV "
        "rows are clear and the grandmother and aunt have a fallback, but the perinatal nurse only "
        "supports (no measure), the father's night feeds have no measure, school will 'keep an eye on' "
        "Amira 'ongoing', the young carers referral has no date or measure, and the review conference "
        "date is to be confirmed."
    ),
    "text": """\
ROSSINGDALE BOROUGH COUNCIL
Children's Social Care - Safeguarding Team East

CORE GROUP MEETING - NOTES AND ACTION LOG
(typed in Word from the handwritten minutes and saved as text for upload to the case record)

Children:     Amira HUSSAIN, 11 (Year 6, Brookfield Primary; starts Rossingdale Academy in September)
              Zayn HUSSAIN, 4 months
Address:      41 Mulberry Gardens, Rossingdale
Plan since:   ICPC 12/06/2025 - category: neglect
Meeting:      Core group 2 - Tuesday 08/07/2025, 10.00-11.30, Brookfield Primary (family room)
Chair:        Ruth Bailey (RB), social worker
Notes:        Kath Doyle, business support

PRESENT
Shirin Begum (SB), mum; Imran Hussain (IH), dad; Rukhsana Begum (RKB), maternal grandmother;
Ruth Bailey (RB), SW; Nadia Farooq (NF), health visitor; Claire Odell (CO), perinatal mental
health nurse; Mrs Jo Hollis (JH), DSL, Brookfield Primary.
Apologies: Dr Sanjay Kapoor, GP (update sent by email 07/07/2025).


1. UPDATES

RB - Two home visits since the conference (19/06 and 03/07), one unannounced. Zayn was clean
and fed on both. On 19/06 SB was in bed at 2pm and Amira, who had come home at lunchtime
"to check on Mum", was giving Zayn his bottle. On 03/07 RKB was there and the house was tidy.

SB - Said she feels "in a fog" most mornings and cries a lot, but that having her mum stay
over has helped. She is taking her sertraline. She said she loves Zayn but "can't feel it
properly yet" and worries that people think she is a bad mum.

IH - Working long hours at the warehouse (6am-4pm). Said he had not realised how much Amira
was doing until the conference. He can do nights at the weekend.

NF - Zayn weighed 19/06 and 03/07: now on the 25th centile, a small drop from the 50th at
birth. Sleeps in his own cot. Bonding between SB and Zayn still limited; SB rarely talks to
him during feeds.

CO - Has seen SB weekly at home since May. SB's mood is "a bit brighter than in May" and she
has no thoughts of harming herself or Zayn.

JH - Amira was late 4 times in June and has been tired in class. She came home at lunchtime
twice without permission. Her SATs results were good and she is looking forward to the
Academy.

GP (by email) - Sertraline increased to 100mg on 24/06/2025; review due.


2. HOW AMIRA AND ZAYN ARE GETTING ON

Amira (seen on her own by RB at school, 03/07): "I like helping with Zayn, he's my baby
brother. But I'm tired because he wakes up and Mum doesn't hear him, so I do it. I just
want Mum to be happy like before." She said she would like to go to the Thursday lunch club
with her friend Hana and to "not have to rush home".

Zayn: alert and smiley with Nani and with NF. Quiet and watchful when SB holds him; turns
towards Amira's voice. Feeds well from the bottle.


3. WHAT WE ARE AIMING FOR (from the conference plan)

- Zayn is fed, changed, talked to and comforted by an adult who is well enough to notice him,
  day and night, and he gains weight along his centile.
- Amira goes to school on time every day, does not have to care for Zayn at night or at
  lunchtime, and has time for her friends.
- Amira starts at Rossingdale Academy in September with staff there knowing her plan.


4. ACTION LOG (copied from the minutes of 08/07/2025)

Decision	What	Who	By when
CG2/1	Visit at home, see Amira on her own and Zayn awake, and write what Amira says in the visit notes	Ruth Bailey (SW)	Every 2 weeks - next visit 15/07/2025
CG2/2	Carry on home visits to support Shirin with her mood and her bond with Zayn	Claire Odell, Rossingdale Perinatal Mental Health Team	Weekly
CG2/3	Review Shirin's sertraline dose and write to RB with the outcome and the plan	Dr Sanjay Kapoor (GP)	By 25/07/2025
CG2/4	Weigh Zayn and check where he sleeps; weight plotted in the red book and shared with RB after each visit	Nadia Farooq (HV)	Every 2 weeks - next 17/07/2025
CG2/5	Do Zayn's night feeds on Friday and Saturday nights so that Shirin gets a full night's sleep	Imran Hussain (dad)	Every Friday and Saturday night
CG2/6	School to keep an eye on Amira and let RB know of any worries	Mrs Jo Hollis (DSL)	Ongoing
CG2/7	Young carers referral for Amira	RB	-
CG2/8	Stay over Sunday to Thursday nights, do Zayn's night feeds and see Amira to bed; sign the sheet on the fridge each morning	Rukhsana Begum (Nani)	Sunday to Thursday nights, from 08/07/2025
CG2/9	Take Amira to school on Mondays to Wednesdays after breakfast at home; the school register shows her in by 8.45am	Farah Hussain (paternal aunt)	Monday to Wednesday in term time
CG2/10	Amira (her words): "I'll go to lunch club on Thursdays and tell Mrs Hollis if I had to do Zayn's bottle before school." Mrs Hollis writes it in her check-in book	Amira, with Mrs Hollis	Every Thursday
CG2/11	Hold a transition meeting with Rossingdale Academy and pass on Amira's plan; meeting notes on Amira's file	Mrs Jo Hollis (DSL)	By 18/07/2025 (end of term)


5. IF THINGS GET WORSE

If Shirin tells anyone she is thinking of harming herself or Zayn, stops taking her
sertraline, or is found unable to respond while she is on her own with Zayn, whoever finds
this (Imran, Rukhsana or a professional) will ring the perinatal crisis line or 999 and tell
RB or the emergency duty team straight away. RB will hold a strategy discussion the same
day, and Amira and Zayn will stay with Rukhsana at her house on Tennyson Road while Shirin is
assessed.

If Rukhsana cannot stay over, Imran will take leave and stay at home at night. If Farah
cannot do the school run, Imran will drop Amira at the Brookfield breakfast club on his way
to work. If no family member can care for Amira and Zayn, RB or the emergency duty team will
arrange for them to stay together with approved foster carers that night under section 20.

If Shirin's mood has not improved enough for her to care for Zayn safely on her own by the
core group on 02/09/2025, RB will ask her team manager for a legal planning meeting.


6. NEXT MEETINGS

Next core group: 05/08/2025, 10am, Brookfield Primary, then every 4 weeks (02/09/2025).
Review child protection conference: date to be confirmed by the Conference and Review Team.

Notes checked by RB 09/07/2025 and sent to everyone present, Dr Kapoor and Farah Hussain.
""",
    "findings": [
        F("H001", "Carry on home visits to support Shirin with her mood"),
        F("M001", "Carry on home visits to support Shirin with her mood"),
        F("M001", "Do Zayn's night feeds on Friday and Saturday nights"),
        F("T002", "School to keep an eye on Amira and let RB know"),
        F("M002", "School to keep an eye on Amira and let RB know"),
        F("T001", "Young carers referral for Amira"),
        F("M001", "Young carers referral for Amira"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. RCPC plan typed into the council's Word form and exported to markdown:
#    blockquote details box, children's words, then Action | Update table
#    with owner, date and check inside the update cell; jobs in the
#    children's and father's own words. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b40_ruthenby_action_update_own_words_eze.md",
    "split": "tune",
    "template": "rcpc-plan-md-word-form-export-blockquote-details-box-then-two-column-action-update-table-bold-owner-when-and-check-in-update-cell-jobs-in-childrens-and-fathers-own-words-contingency-and-meetings-prose",
    "description": (
        "Exemplary first review plan for a 12-year-old and an 8-year-old whose father is alcohol dependent "
        "and was detoxed in May. An Action | Update table holds the owner, timescale and check in the "
        "update cell, with short progress notes; the father's, Precious's and Kelechi's jobs are written "
        "in their own words. The alcohol team reports on change and the GP owns blood tests; the aunt's "
        "nights and school pick-ups have a fallback; core group and review dates are set and legal "
        "planning follows a relapse."
    ),
    "text": """\
# Child Protection Plan – Precious and Kelechi Eze

> **Ruthenby Council – Children's Services – form CP3 (plan), April 2025 version**
> **Children:** Precious Eze, 12 (Year 7, Ruthenby Park Academy); Kelechi Eze, 8 (Year 3, Holly Bank Primary)
> **Address:** 14 Orchard Rise, Ruthenby
> **Parents:** Ngozi Eze (mum, works nights as a care assistant at Fernlea Care Home); Emeka Eze (dad)
> **Family:** Chioma Obi, Ngozi's sister, lives on Station Road
> **Conference:** first review child protection conference, 08/07/2025 – plan continues, category neglect
> **Social worker:** Tom Aldridge · **Chair:** Rosalind Kemp

## Why there is still a plan

Emeka has been dependent on alcohol for several years. In March, on a night Ngozi was at work,
Precious found him collapsed in the kitchen and rang 999; she had been getting Kelechi to bed
and to school on her own for weeks. Emeka had a community detox in May and has not drunk since,
with every breath test clear, but he has relapsed after two detoxes before. Conference agreed
that the changes are real but only eight weeks old, and that the children still need a plan
for the nights Ngozi works.

## Talking with Precious and Kelechi

Precious (seen on her own at school, 1 July): "Dad's better, he's not on the sofa all day.
But I still listen out at night in case he falls again. I want to go to drama properly,
not miss it to mind Kelechi." She said Auntie Chioma "does the best jollof" and that she
feels safe when Chioma is there.

Kelechi (seen at home, 3 July): "Daddy plays football with me in the park now." He said he
didn't like it "when Daddy smelled funny and was cross". He knows he can tell Mrs Lyons at
school if he is worried.

## What we want to see

- Precious and Kelechi are looked after by a sober adult every day and every night.
- Precious does not have to look after Kelechi or check on her dad at night, and goes to drama club.
- Kelechi is at school on time every day and tells Mrs Lyons that home feels calm.

## Actions and updates

| Action | Update – who, when, and how we'll check |
|---|---|
| Visit Precious and Kelechi at home and see each of them on their own | **Tom Aldridge (SW)** – every 2 weeks, one visit a month in the evening and unannounced. Visit notes record what each child says and whether Emeka is sober. *Update 15/07: 3 visits since conference, 1 unannounced.* |
| Key work and breath tests with Emeka, and a report on whether he is staying off drink and what that means for Precious and Kelechi | **Jo Harker, Ruthenby Community Alcohol Team** – weekly sessions; written report to Tom 3 working days before every core group. Test results and the report are read at core group. *Update: 4 of 4 tests clear.* |
| Liver function blood tests and a review of Emeka's acamprosate | **Dr Yusuf Malik, GP, Brook Lane Surgery** – by 01/08/2025. Results and the GP's letter sent to Tom and Jo. |
| Emeka, in his words: "I'll go to SMART Recovery every Wednesday and be home by 9 so Precious doesn't wait up for me." | **Emeka** – every Wednesday evening. The meeting host stamps his attendance card, which Tom sees at visits; Tom asks Precious at each visit whether Dad was home by 9. |
| On the nights Ngozi works, Precious and Kelechi are looked after by Auntie Chioma and not left with Emeka on his own | **Ngozi and Chioma Obi (aunt)** – every night Ngozi works; Ngozi sends Tom her rota at the start of each month. Chioma signs the night sheet on the fridge. |
| Collect Kelechi from school on Mondays and Wednesdays and give both children their tea | **Chioma Obi** – Mondays and Wednesdays at 3.15pm. Holly Bank's collection log shows who collected Kelechi. |
| Precious, in her words: "I'm going to drama club on Tuesdays and Thursdays and I'm not staying in to mind Kelechi any more." | **Precious**, with **Mr Greaves (head of Year 7)** – Tuesdays and Thursdays after school. Mr Greaves checks the drama club register each Friday and emails it to Tom. |
| Kelechi, in his words: "If Daddy smells of drink I'll tell Mummy or Auntie Chioma, or Mrs Lyons at school." | **Kelechi**, with **Mrs Sandra Lyons (DSL)** – Mrs Lyons asks him every Monday morning how home has been. She writes it in her check-in log and tells Tom the same day about anything to do with Dad drinking. |
| Young carers assessment for Precious | **Nina Shah, Ruthenby Young Carers** – by 25/07/2025. Written assessment and support offer sent to Tom and the family. |
| Family network meeting to agree who else can cover Ngozi's night shifts if Chioma can't | **Tom Aldridge** – by 31/07/2025. Written network plan, with names and phone numbers, shared with the core group on 05/08/2025. |

## If things go wrong

If Emeka drinks at all, a breath test is positive, or Precious or Kelechi say their dad smelled
of drink, Ngozi will ask Emeka to leave the house that day and he will stay with his brother
Chidi on Coldharbour Road. Tom (or the emergency duty team out of hours) will hold a strategy
discussion the same day, and Emeka will only see the children at Chioma's, with her there,
until a new plan is agreed.

If Chioma is ill or away on a night Ngozi is due at work, Ngozi will swap the shift or take
leave. If neither of them can be at home, Tom or the emergency duty team will arrange for
Precious and Kelechi to stay together with approved foster carers that night.

If Emeka drinks again while he is caring for the children, or has two positive tests, Tom will
ask the team manager for a legal planning meeting within 5 working days.

## When we meet

The core group meets every 4 weeks at Holly Bank Primary at 4pm: 05/08/2025, 02/09/2025 and
30/09/2025. The next review child protection conference is on 14/10/2025 at 10am at Ruthenby
Civic Centre.

*Typed by Tom Aldridge, SW, 09/07/2025.*
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Core group minutes typed in Word, with the decisions copied into an
#    action log table (No. / What we decided / Who / By when), measures
#    written into the decision; father with psychosis under the EIP team.
#    Header and page footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b40_ringsworth_core_group_decision_log_blakeley.pdf",
    "doc_title": "Core Group Minutes and Action Log - Harvey and Mia Blakeley",
    "split": "tune",
    "template": "core-group-minutes-typed-in-word-paged-initials-present-table-agency-update-paragraphs-how-the-children-are-then-decision-log-table-no-what-we-decided-who-by-when-measure-inside-decision-contingency-and-next-meetings-prose",
    "description": (
        "Exemplary third core group minutes for a 4-year-old and a 3-month-old whose father has "
        "schizophrenia and relapsed after stopping his medication. Agency updates and the children's "
        "words come first, then the decisions copied into a No. / What we decided / Who / By when log "
        "with the measure written into each decision, including jobs in the father's and Harvey's words. "
        "The Early Intervention in Psychosis care coordinator reports on whether and when the father "
        "could safely care alone, the GP owns an action, the grandfather's and aunt's help has a "
        "fallback, and dates and legal planning are set."
    ),
    "header": "OFFICIAL – SENSITIVE  ·  Ringsworth Council Children's Services  ·  Core group record",
    "footer": "Harvey and Mia Blakeley – core group 3 – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Core Group Meeting – Minutes and Action Log"),
        ("kv", [
            ("Children", "Harvey Blakeley, born 21/03/2021 (4), Sunflower Nursery; Mia Blakeley, born "
                         "02/04/2025 (3 months)"),
            ("Address", "8 Saddler's Walk, Ringsworth"),
            ("Plan", "Child protection plan since 13/05/2025, category neglect"),
            ("Meeting", "Core group 3, Wednesday 09/07/2025, 1.30pm–3pm, Ringsworth Family Hub"),
            ("Chair", "Hollie Grant (HG), social worker"),
        ]),
        ("h2", "Present"),
        ("table", {
            "header": ["Name", "Initials", "Role"],
            "widths": [5.5, 2.0, 9.5],
            "rows": [
                ["Sophie Blakeley", "SB", "Mum"],
                ["Liam Blakeley", "LB", "Dad"],
                ["Keith Blakeley", "KB", "Paternal grandfather"],
                ["Hollie Grant", "HG", "Social worker, Ringsworth Children's Services"],
                ["Marc Dillon", "MD", "Care coordinator, Ringsworth Early Intervention in Psychosis Team"],
                ["Paula Kerr", "PK", "Health visitor"],
                ["Bea Lund", "BL", "Harvey's keyworker, Sunflower Nursery"],
            ],
        }),
        ("p", "Apologies: Jess Farrow (maternal aunt) – at work, update by phone to HG; Dr Rowena Pike (GP) – "
              "letter of 04/07/2025 read out."),
        ("h2", "1. Updates"),
        ("p", "HG: Two visits since the last core group, one unannounced at 5pm. Harvey seen on his own each "
              "time. Liam was calm and spoke clearly; he showed HG his medication box, which was up to date. "
              "Sophie is doing all of Mia's night care and has been the adult with the children whenever Liam "
              "is at home."),
        ("p", "MD: Liam has had his depot injection on time and says the thoughts about the baby monitor "
              "\"have gone quiet\". MD's view is that Liam is well at the moment but that it is too early to say "
              "whether he could care for the children on his own; his last relapse came four months after "
              "stopping treatment. MD's written report was shared before the meeting."),
        ("p", "PK: Mia weighed 02/07/2025, 5.4kg, following the 50th centile. She sleeps in her Moses basket in "
              "the parents' room. Sophie is feeding responsively and talks to Mia throughout."),
        ("p", "BL: Harvey has come in every session, mostly brought by his grandad. He is chatty and has "
              "started asking to take a book home for \"Daddy to read me\"."),
        ("p", "KB: Has done every nursery drop-off and enjoys it. Jess (by phone) has been at the house every "
              "Saturday morning."),
        ("p", "GP letter: Liam's prescription unchanged; all repeats collected on time."),
        ("h2", "2. How Harvey and Mia are"),
        ("p", "Harvey told HG at home on 02/07/2025: \"Daddy was poorly in his head and the doctors made him "
              "better. He has medicine now. When Daddy is poorly I go and get Mummy.\" He said his favourite "
              "thing is \"going on the bus with Grandad to nursery\". He drew his family with Mia \"in her "
              "basket\"."),
        ("p", "Mia is three months old. She was seen awake at both visits, smiling at Sophie and following her "
              "voice. She settles quickly when held and feeds well."),
        ("h2", "3. What we are working towards (from the plan)"),
        ("bullets", [
            "Harvey and Mia are always cared for by an adult who is well and can keep them safe, and Mia is "
            "never on her own with an adult whose mental health means he cannot look after her.",
            "Mia keeps gaining weight and sleeps safely in her own space.",
            "Harvey goes to nursery every session and understands, in words he can manage, what to do if "
            "Daddy is unwell.",
        ]),
        ("h2", "4. Decisions and actions"),
        ("table", {
            "header": ["No.", "What we decided", "Who", "By when"],
            "widths": [2.0, 8.0, 3.8, 3.2],
            "rows": [
                ["CG3-01", "Visit at home, at least once a month unannounced; see Harvey on his own and Mia "
                           "awake, and record what Harvey says and how Liam presents in the visit note",
                 "Hollie Grant (SW)", "Every 2 weeks; next 22/07/2025"],
                ["CG3-02", "See Liam at home, check his medication and mental state, and send a written report "
                           "before every core group on whether he is staying well, his early warning signs, and "
                           "whether and when he could safely care for Harvey and Mia on his own",
                 "Marc Dillon, care coordinator, Ringsworth EIP Team",
                 "Weekly visits; report 3 working days before each core group"],
                ["CG3-03", "Tell Hollie and Marc in writing of any change to Liam's prescription, and the same "
                           "day if a repeat is not collected; letters kept on the children's file",
                 "Dr Rowena Pike, GP, Elmfield Medical Centre",
                 "Within 2 working days of any change"],
                ["CG3-04", "Be the adult caring for Harvey and Mia whenever Liam is at home, and not leave Liam "
                           "alone with them until Marc's report says it is safe; Sophie fills in the daily sheet "
                           "and Hollie reads it at each visit",
                 "Sophie Blakeley", "Every day from 09/07/2025"],
                ["CG3-05", "Take Harvey to Sunflower Nursery; the nursery signing-in book shows who brought him",
                 "Keith Blakeley (paternal grandfather)", "Monday, Wednesday and Friday at 8.45am"],
                ["CG3-06", "Stay with the children while Sophie goes swimming and does the food shop, and sign "
                           "the daily sheet",
                 "Jess Farrow (maternal aunt)", "Every Saturday, 9am to 1pm"],
                ["CG3-07", "Weigh Mia and check her feeding and her sleeping space; weight in the red book and "
                           "the HV's notes emailed to Hollie",
                 "Paula Kerr (HV)", "Every 2 weeks; next 17/07/2025"],
                ["CG3-08", "Record how Harvey is when he arrives and anything he says about home; worries passed "
                           "to Hollie the same day and a summary emailed every Friday",
                 "Bea Lund, keyworker, Sunflower Nursery", "Every nursery session"],
                ["CG3-09", "Liam, in his words: \"I'll tell Marc or Sophie the same day if I stop sleeping or the "
                           "thoughts about the monitor come back.\" Marc records each time in his report",
                 "Liam Blakeley", "The same day it starts"],
                ["CG3-10", "Harvey's job, in his words: \"When Daddy is poorly I go and get Mummy.\" Sophie and "
                           "Hollie practise it with him, and Hollie writes down how Harvey explains it",
                 "Harvey, with Sophie and Hollie", "At Hollie's visit on 22/07/2025, then every visit"],
            ],
        }),
        ("h2", "5. If things go wrong"),
        ("p", "If Liam misses his depot, stops sleeping, talks about the baby monitor or anyone watching the "
              "family, or is found alone with Mia, Sophie (or whoever sees it) will ring Marc or the EIP crisis "
              "line and Hollie, or the emergency duty team out of hours, the same day. Hollie will hold a "
              "strategy discussion that day. Liam will stay with his father Keith on Mill Road until the crisis "
              "team has assessed him, and will only see the children with Sophie there."),
        ("p", "If Keith cannot do the nursery run, Sophie will take Harvey herself with Mia in the pram. If Jess "
              "cannot come on a Saturday, Sophie will take both children with her. If Sophie herself is ill or "
              "cannot care for the children, and neither Keith nor Jess can stay with them, Hollie or the "
              "emergency duty team will arrange for Harvey and Mia to stay together with approved foster carers "
              "that night."),
        ("p", "If Liam becomes unwell again and Sophie does not keep the children away from him, or the plan "
              "breaks down twice before the review conference, Hollie will ask the team manager for a legal "
              "planning meeting within 5 working days."),
        ("h2", "6. Next meetings"),
        ("p", "Core group every 4 weeks at Ringsworth Family Hub, 1.30pm: 06/08/2025 and 03/09/2025. Review child "
              "protection conference: 17/09/2025, 10am, Ringsworth Town Hall."),
        ("p", "Minutes typed by Hollie Grant, 10/07/2025, and sent to all present, Jess Farrow and Dr Pike."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. "Our family plan" typed into the council's Word template and saved as
#    markdown: Step blocks with What / Who / When / How we'll know lines,
#    most of them in Mum's own voice and about her own needs (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b40_rellingham_step_blocks_mums_voice_gilmore.md",
    "split": "tune",
    "template": "family-plan-md-word-template-export-details-table-then-step-blocks-bold-step-title-what-who-when-how-well-know-lines-mostly-in-mums-own-voice-contingency-and-meetings-prose",
    "description": (
        "Plan for a 15-year-old and a 6-year-old (mother's depression, domestic abuse from the younger "
        "child's father) typed into the council's family plan template with Danielle in her own words. "
        "Six of the ten steps are Danielle's own needs (counselling, tablets, housing, debts, Universal "
        "Credit, the Freedom Programme) with no link to the children; the counsellor only treats and the measure is "
        "'I feel better', Citizens Advice is 'when I can' with no measure, Kian's speech therapy is "
        "'ASAP', Lacey's curfew is 'all of us', one outcome is Mum's, and nothing names a legal step."
    ),
    "text": """\
# Our Family Plan

**Rellingham District Council – Children and Families Service**
*Child protection plan written with the family (template FP1). Danielle asked for her parts
to be in her own words, so "I" and "me" in those parts means Danielle.*

| | |
|---|---|
| **Children** | Lacey Gilmore, 15 (Year 10, Castlegate Academy); Kian Gilmore, 6 (Year 1, Rellingham Infants) |
| **Home** | 3 Weaver's Yard, Rellingham |
| **Mum** | Danielle Gilmore (34) |
| **Kian's dad** | Wayne Tait – not living with the family; non-molestation order until 02/2026 |
| **Plan since** | Initial conference 26/06/2025 – category: emotional abuse |
| **Social worker** | Sara Mbeki |

## Why we have a plan

Wayne was violent to Danielle in front of Lacey and Kian over two years, most recently on
11 May 2025, when he broke the front door and Lacey rang the police. Danielle has depression
and says she "stopped coping" after he left: there were days when Kian was not taken to school
and Lacey stayed out until after midnight, twice not coming home at all. Kian's speech is
behind for his age and he has had two referrals to speech therapy that were never taken up.
There are rent arrears and debts, and the family may lose the tenancy.

## Lacey and Kian

Lacey (in the car on the way back from the conference): "I go out because I can't stand being
in the house when Mum's crying. I'm not being bad, I'm just with my mates at the park. I
don't want Wayne anywhere near us." She said Miss Rao is "the only teacher who gets it".

Kian (at home, 1 July): "Daddy broke the door. I hid under my bed with Bunny." He likes
Grandma Pat's because "she has a trampoline". His teacher says he is a happy boy in class but
is hard to understand and gets frustrated.

## What we want

- Lacey and Kian feel safe at home and Wayne does not come to the house.
- Lacey is in school every day and home at night by the time we've agreed.
- Kian's speech is helped and he can make himself understood in Year 2.
- Mum feels less low and is more on top of the bills and the house.

## Our steps

**Step 1 – Seeing Lacey and Kian**
What: Sara will visit us at home and see Lacey and Kian on their own.
Who: Sara Mbeki (social worker)
When: every 2 weeks, next on 17/07/2025
How we'll know: Sara's visit notes say what Lacey and Kian told her.

**Step 2 – My counselling**
What: Counselling sessions for my depression at Rellingham Talking Space.
Who: Jenna Price, counsellor
When: weekly for 8 weeks from 21/07/2025
How we'll know: I feel better in myself.

**Step 3 – My tablets**
What: Dr Lin will review my antidepressants and write to Sara.
Who: Dr Aled Lin, GP, Castlegate Surgery
When: by 01/08/2025
How we'll know: Dr Lin's letter is on Sara's file.

**Step 4 – Somewhere to live**
What: I will bid every week on Rellingham HomeChoice for a 3-bedroom house away from Wayne's area.
Who: Me (Danielle)
When: every Thursday when the bids open
How we'll know: my bids show on my HomeChoice account and I show them to Sara.

**Step 5 – Money**
What: I will go to Citizens Advice about the rent arrears and the catalogue debts.
Who: Me (Danielle)
When: when I can get an appointment
How we'll know:

**Step 6 – Universal Credit**
What: I will ask my Universal Credit work coach to pay the housing part straight to the landlord.
Who: Me (Danielle)
When: by 25/07/2025
How we'll know: the message in my UC journal and the landlord's letter, shown to Sara.

**Step 7 – Freedom Programme**
What: I will go to the Freedom Programme at the Women's Centre on Wednesday mornings.
Who: Me (Danielle)
When: Wednesdays for 12 weeks from 16/07/2025
How we'll know: the centre's register is shared with Sara each month, and my certificate at the end.

**Step 8 – Lacey at school (Lacey's words)**
What: "I'll go in every day and if I'm upset I'll go to Miss Rao's room instead of walking out."
Who: Lacey, with Miss Rao (head of Year 10)
When: every school day
How we'll know: Lacey's attendance and Miss Rao's notes are emailed to Sara every Friday.

**Step 9 – Kian's speech**
What: Kian's speech and language appointments at the Rellingham Child Development Centre.
Who: Me (Danielle) to take him
When: ASAP
How we'll know: the speech therapist's report is sent to Sara and to Kian's teacher.

**Step 10 – Lacey's curfew**
What: Lacey is home by 9pm on school nights and 10pm at weekends.
Who: All of us
When: every night
How we'll know: I text Sara the next morning if Lacey wasn't in on time.

## If things go wrong

If Wayne comes to the house or contacts any of us, I will ring 999 and then Sara (or the
out-of-hours team), and Sara will hold a strategy discussion the same day. If Lacey is not
home by midnight and I can't reach her, I will report her missing to the police straight
away. If we need to leave the house, Lacey and Kian will go with me to Grandma Pat's on Beck
Lane that night, and the IDVA will find us a refuge place if Pat's is not safe.

## Meetings

The core group will meet every 4 weeks at Rellingham Family Hub: 24/07/2025 and 21/08/2025,
both at 10am. The review child protection conference is on 11/09/2025 at 2pm at Rellingham
District Council offices. If things haven't got better by the review conference, we will
all talk about what happens next.

*Written with Danielle and Lacey at the first core group and typed up by Sara Mbeki, 10/07/2025.*
""",
    "findings": [
        F("H001", "Counselling sessions for my depression at Rellingham Talking Space"),
        F("M002", "Counselling sessions for my depression at Rellingham Talking Space"),
        F("T002", "I will go to Citizens Advice about the rent arrears"),
        F("M001", "I will go to Citizens Advice about the rent arrears"),
        F("T002", "Kian's speech and language appointments at the Rellingham Child Development Centre"),
        F("W002", "Lacey is home by 9pm on school nights"),
        F("F002", "Mum feels less low and is more on top of the bills and the house."),
        F("F001"),
        F("R002"),
    ],
})
