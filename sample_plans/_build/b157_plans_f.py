"""Batch 157, module f: seven fictional plans (held-out material), places beginning with "f".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans from local authorities and agencies whose house styles have not
been seen before, where precision matters most. Each plan has its own
template, voice and vocabulary, and none is a plain "Action | Who | When |
How we'll know" grid:

1. a pre-birth plan in a two-column "Step | Detail" Word table, with owners
   given as initials explained in a who's-who key (docx, exemplary);
2. a transfer-in conference plan in a landscape "Need | Response | Lead
   agency | Review point | Evidence of change" table, the Need cell merged
   down over its responses, printed to PDF with a page header and footer
   (pdf, exemplary);
3. a core group plan for a disabled, non-verbal boy whose mother has MS,
   with bullets that close on a bracket "(who · when · check: ...)" and a key
   of initials (md, exemplary);
4. core group minutes held on a neonatal unit for a looked-after baby, with
   an action log of labelled Owner / Due / Evidence lines and one closed
   action (txt, exemplary);
5. an initial conference plan in a "Worry | What's going to happen | Person
   | Date" Word table with a merged "How we'll see it's different" row under
   each action (docx, faulty);
6. a social worker's letter to both parents after a review conference, with
   numbered paragraphs of agreed work, some of it hedged or passive ("It is
   hoped that ...", "will be referred"), printed to PDF (pdf, faulty);
7. a plan laid out under "What Mum will do", "What Nana will do", "What
   everyone will do" headings, for a teenager and her brother whose mother
   self-harms (md, faulty).

Plans 1 to 4 are exemplary: no finding under any rule. Plans 5 to 7 carry a
realistic mix of faults among mostly good rows.

Counting actions (README, "Files", convention 1): each live row of an action
table (a merged measure row under an action is part of that action, not
another one), each numbered paragraph of a letter's "What we agreed", each
bullet under an action heading and each entry of an action log. Not counted:
the contingency, meeting dates, keys, and a one-off action marked closed.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Pre-birth plan, mother with bipolar disorder who had postpartum
#    psychosis after her first child, a 6-year-old brother, grandmother to
#    do the night feeds. "Step | Detail" Word table, owners as initials from
#    a who's-who key. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b157_fethermoss_prebirth_step_detail_initials_key_harrop.docx",
    "doc_title": "Pre-birth Child Protection Plan - Baby Harrop-Beale and Mason Harrop",
    "split": "heldout",
    "actions": 11,
    "template": "prebirth-plan-docx-whos-who-initials-key-bullets-why-there-is-a-plan-mason-and-babys-world-outcomes-then-two-column-step-detail-table-who-when-we-will-see-inside-detail-then-what-happens-if-bullets-meetings",
    "description": (
        "Exemplary pre-birth plan for an unborn baby and a 6-year-old brother; the mother has "
        "bipolar disorder, had postpartum psychosis after her first child and stopped her "
        "medication early in this pregnancy. A Word table with only two columns, Step and "
        "Detail: each Detail cell says who (initials explained in a who's-who key at the top), "
        "when (weeks of pregnancy, the baby's age, dates) and, on a 'We will see' line, what "
        "will be seen. The perinatal psychiatrist and the community perinatal nurse both report "
        "on capacity to change and its timescale, the GP owns an action, the grandmother's night "
        "feeds have a fallback, legal planning follows named triggers, core group and review "
        "dates are set, and Mason's words are recorded."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Fethermoss Metropolitan Borough Council · Family Help and Protection · Riverside Team"),
        ("kv", [
            ("Unborn baby", "Baby Harrop-Beale, due 30/12/2025 (Jade was 30 weeks pregnant at the conference)"),
            ("Brother", "Mason Harrop (6), DOB 11/03/2019, Year 2, Orchard Lane Primary"),
            ("Mother", "Jade Harrop (25)"),
            ("Baby's father", "Connor Beale (27), Mason's stepfather; lives with Jade and Mason"),
            ("Address", "18 Kestrel Way, Fethermoss FM3 8RD"),
            ("Category", "Neglect (unborn baby and Mason)"),
            ("Conference", "Initial pre-birth child protection conference, 21/10/2025. Chair: Ruth Adeyinka (IRO)"),
        ]),
        ("h1", "Who's who"),
        ("p", "The plan uses these initials and names. Each person below has seen this plan and agreed their part."),
        ("bullets", [
            "SB = Sian Burrows, social worker, Family Help and Protection (team manager: Colin Ashby)",
            "DT = Dr Daniel Tse, consultant perinatal psychiatrist, Fethermoss Perinatal Mental Health Team",
            "LM = Lorna Mbatha, community perinatal mental health nurse, Fethermoss Perinatal Mental Health Team",
            "AK = Anwen Kelly, specialist safeguarding midwife, Fethermoss General Hospital",
            "HV = Gail Pinder, health visitor, Fethermoss Community Health",
            "GP = Dr Meera Lal, Sandgate Surgery",
            "DSL = Mr Hugh Carrick, designated safeguarding lead, Orchard Lane Primary",
            "Nana = Pauline Harrop, Jade's mum, 4 Linnet Close, Fethermoss (five minutes' drive)",
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Jade has bipolar affective disorder. Eleven days after Mason was born she became very unwell with "
              "postpartum psychosis, believed he had been swapped at the hospital, and spent seven weeks with him at "
              "the Ashgrove Mother and Baby Unit. She then stayed well on medication for five years."),
        ("p", "When she found out she was pregnant in May, Jade stopped her medication without telling anyone, "
              "because she was frightened it would harm the baby. By August she was hardly sleeping, had spent "
              "£2,300 on a credit card in two days, and forgot to collect Mason from school; a teacher took him "
              "home at 5pm. DT restarted her medication (quetiapine) on 29/08/2025 and she has been well since. "
              "DT's view is that the risk of Jade becoming unwell again in the first weeks after the birth is high."),
        ("h1", "What is going well"),
        ("p", "Jade asked for help herself in August and has kept every perinatal appointment since. Connor noticed "
              "the warning signs and rang the GP. Nana is close by and has offered to stay after the birth. Mason's "
              "school say he is happy, well cared for and reading above his age."),
        ("h1", "Mason's view and the baby's world"),
        ("boldp", "What Mason told me"),
        ("p", "Seen on his own in his bedroom, 15/10/2025: “When Mummy was poorly she talked really fast and didn't "
              "sleep and she forgot me at school. I waited by the office and Mrs Keane gave me a biscuit.” Asked "
              "what would help if his mum got poorly again, he said: “Nana comes. And Connor does my Weetabix.” "
              "He is excited about the baby and has picked a yellow blanket. His worry is that “the baby will make "
              "Mummy poorly again”."),
        ("boldp", "The baby's world"),
        ("p", "The baby will be born in winter into a warm, tidy two-bedroom house with a Moses basket ready in Jade "
              "and Connor's room. The baby will need feeding every two to three hours, day and night, for the first "
              "weeks: the time when Jade most needs sleep to stay well. Everything in this plan is about making "
              "sure there is always a well adult to feed, settle and watch the baby."),
        ("h1", "What we want for the baby and for Mason"),
        ("bullets", [
            "The baby is born safely and goes home to adults who feed, change and settle them day and night, with "
            "a well adult in the house at all times.",
            "The baby gains weight steadily and is seen by a professional every week for the first eight weeks.",
            "Mason gets to school every day, is collected on time, and knows who will look after him if his mum "
            "becomes unwell.",
            "Neither Mason nor the baby is ever left in Jade's sole care while she is showing her early warning "
            "signs.",
        ]),
        ("h1", "The plan"),
        ("p", "Each Detail cell says who does the step (initials from the key above), when, and, on the last line, "
              "what we will see that shows it is happening. Step numbers are used at core groups."),
        ("table", {
            "header": ["Step", "Detail"],
            "widths": [3.6, 13.4],
            "bold_first_col": True,
            "rows": [
                ["1. Home visits",
                 "SB will visit 18 Kestrel Way every week from 22/10/2025 until the review conference, one visit in "
                 "four unannounced, and see Mason on his own at least every other visit.\n"
                 "We will see: visit records on the case file with Mason seen each week and his own words written "
                 "down."],
                ["2. Psychiatric review",
                 "DT will see Jade in the perinatal clinic at 32 and 36 weeks and two weeks after the birth, and "
                 "write to SB by 02/12/2025 (36 weeks) with his assessment of Jade's capacity to stay well and make "
                 "the changes a newborn needs, her risk of relapse after the birth, and the likely timescale.\n"
                 "We will see: DT's written assessment shared at the core group on 02/12/2025."],
                ["3. Perinatal nurse",
                 "LM will visit Jade at home every two weeks until the baby is 12 weeks old, go through Jade's "
                 "relapse signature with her and Connor, and report in writing before each core group on Jade's "
                 "capacity to spot and act on her warning signs, what that means for her care of Mason and the "
                 "baby, and how long further change is likely to take.\n"
                 "We will see: LM's written report on file two working days before every core group."],
                ["4. Medication",
                 "Jade will take her quetiapine every evening as DT prescribes, from 21/10/2025 until at least the "
                 "review conference, so that she stays well enough to care for Mason and the baby.\n"
                 "We will see: LM's tablet count at each visit matches the prescription."],
                ["5. Birth plan",
                 "AK will write a birth and postnatal ward plan with Jade and Connor by 18/11/2025 (34 weeks), with "
                 "the ward's safeguarding alert and a stay of at least three nights after the birth so that DT's "
                 "team can see Jade on the ward.\n"
                 "We will see: the signed birth plan on Jade's maternity record, copied to SB and the HV."],
                ["6. GP",
                 "GP will email SB within two working days if Jade misses a prescription or a medication review, "
                 "from 22/10/2025 until the baby is 12 weeks old.\n"
                 "We will see: each GP email logged on the case file, and a written nil return from the GP before "
                 "each core group."],
                ["7. Night feeds",
                 "Nana will stay at 18 Kestrel Way for the first 14 nights after Jade and the baby come home, and do "
                 "the feeds between midnight and 6am so that Jade gets at least six hours' sleep a night.\n"
                 "We will see: the feed and sleep chart on the fridge, filled in by Nana and checked by SB at each "
                 "visit."],
                ["8. Health visiting",
                 "HV will do the new birth visit 10 to 14 days after the birth, then visit weekly until the baby is "
                 "8 weeks old, weighing the baby and watching a feed each time.\n"
                 "We will see: weights plotted in the red book, with the baby on or above the birth centile at 8 "
                 "weeks."],
                ["9. Mason at school",
                 "DSL will check Mason's attendance and who collects him every school day, and Mason's teacher, Miss "
                 "Orla Keane, will check in with him each Friday; DSL phones SB the same day with any worry.\n"
                 "We will see: an attendance email to SB every Friday, showing 95% or more and no late "
                 "collections."],
                ["10. School runs",
                 "Connor will take Mason to school and collect him every weekday from the birth until the baby is "
                 "6 weeks old, and will take two weeks' paternity leave from the day of the birth.\n"
                 "We will see: Orchard Lane's gate log shows Connor on those days; his leave letter seen by SB by "
                 "18/11/2025."],
                ["11. Relapse plan",
                 "SB and LM will write a relapse and safety plan with Jade, Connor and Nana by 18/11/2025, setting "
                 "out Jade's early warning signs, what each adult does if they see them, and who cares for Mason "
                 "and the baby.\n"
                 "We will see: the plan signed by Jade, Connor and Nana, with copies given to the ward, the HV and "
                 "the GP."],
            ],
        }),
        ("h1", "What happens if ..."),
        ("bullets", [
            "... Jade shows two or more of her early warning signs (sleeping less than four hours two nights "
            "running, spending sprees, very fast talk, saying the baby is not hers) or says she has thoughts of "
            "harming herself or the baby: Connor or Nana rings the Fethermoss Crisis Team and SB the same day; "
            "Jade is not left alone with Mason or the baby; SB holds a strategy discussion that day. If Jade needs "
            "to go into hospital, DT's team will ask for a joint admission with the baby to the Ashgrove Mother "
            "and Baby Unit, and Mason stays at home with Connor.",
            "... Jade stops her medication or misses two of LM's visits in a row: LM tells SB the same day, and "
            "Nana or Connor stays with Jade and the children at all times until DT has seen her.",
            "... Nana cannot stay for the first 14 nights (she is ill, or the arrangement breaks down): Connor's "
            "sister, Stacey Beale of 22 Heron Road, has agreed to stay instead. If neither of them can, SB will "
            "arrange for Jade and the baby to go from the ward to a parent and baby foster placement.",
            "... Connor cannot do the school runs: Nana will do them, and if she cannot, SB will book Mason into "
            "Orchard Lane's breakfast and after-school club the same week, paid for by the team.",
            "... Jade stops her medication and will not restart it, becomes unwell and refuses treatment, or DT's "
            "assessment says she cannot keep well within the baby's timescale: SB will ask Colin Ashby for a legal "
            "planning meeting within five working days, or the same day if the baby would be at risk at birth.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: every four weeks until the birth, on Tuesdays at 1.30pm at Orchard Lane Primary, on "
            "04/11/2025 and 02/12/2025; then every two weeks from the first Tuesday after the baby comes home.",
            "Review child protection conference: Tuesday 20/01/2026, 10am, Fethermoss Civic Centre.",
            "SB will see Mason on his own before each core group and bring his words to the meeting.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Transfer-in conference plan, mother dependent on alcohol, father out on
#    licence after assaulting her, a 14-year-old and a 9-year-old, aunt
#    nearby. Landscape "Need | Response | Lead agency | Review point |
#    Evidence of change" table, Need merged down; PDF with a page header and
#    footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b157_frennington_transfer_in_need_response_review_point_doyle.pdf",
    "doc_title": "Child Protection Plan (Transfer In) - Tyler and Evie Doyle",
    "split": "heldout",
    "actions": 12,
    "landscape": True,
    "check_vmerge": 4,
    "header": "OFFICIAL-SENSITIVE – Frennington Council – Child Protection Plan (Transfer In)",
    "footer": "Tyler and Evie Doyle – plan agreed 19/11/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "transfer-in-conference-plan-paged-landscape-details-how-the-family-came-in-tylers-and-evies-words-things-we-want-to-be-different-then-need-merged-down-response-lead-agency-review-point-evidence-of-change-table-with-reading-note-plan-b-keeping-track-prose",
    "description": (
        "Exemplary plan agreed at a transfer-in conference for a 14-year-old and a 9-year-old who "
        "moved with their mother, who is dependent on alcohol, away from a father now out on "
        "licence after assaulting her. A landscape Word table printed to PDF with a page header "
        "and footer: each child's need is merged down over its responses, and a note says the "
        "Review point column is when the response is done or how often. Every response has a "
        "lead agency with a named worker; the alcohol charity reports on change and its "
        "timescale, the GP and the probation officer own actions, the aunt's help has a "
        "fallback, legal planning follows named triggers, core group and review dates are given "
        "in prose, and nothing waits on the transfer."
    ),
    "blocks": [
        ("title", "Child Protection Plan agreed at the Transfer-in Conference"),
        ("kv", [
            ("Children", "Tyler Doyle (14), DOB 02/05/2011, Year 10, Frennington Vale Academy; Evie Doyle (9), "
                         "DOB 27/01/2016, Year 5, St Brannock's Primary"),
            ("Mother", "Kirsty Doyle (38), 7 Mallard Row, Frennington FR2 4JS"),
            ("Father", "Ryan Doyle (41), released on licence 03/10/2025; his licence bars contact with Kirsty and "
                       "the children and keeps him out of Frennington"),
            ("Maternal aunt", "Leanne Moss, 31 Ferry Lane, Frennington (ten minutes' walk)"),
            ("Plan first made", "Calderholme City Council, initial conference 08/07/2025; category neglect and "
                                "emotional abuse"),
            ("Transfer-in conference", "19/11/2025, Frennington Civic Offices. Chair: Bernadette Quayle (IRO)"),
            ("Social worker", "Dami Abara, Frennington Children's Services, North Locality (team manager: Hal "
                              "Price)"),
        ]),
        ("h1", "How the family came to Frennington"),
        ("p", "Kirsty moved here with Tyler and Evie on 22/09/2025 to be near her sister and away from Ryan's family. "
              "Kirsty has been dependent on alcohol for about eight years. Calderholme made the plan after Evie, "
              "then 9, was found by the police at 9.40pm walking to an off-licence to buy wine for her mum, and "
              "after Ryan assaulted Kirsty in front of both children in May. Ryan was sentenced to twelve months "
              "and was released on licence on 03/10/2025."),
        ("p", "Calderholme's social worker, Carys Holt, kept visiting every week until this conference and came to "
              "it; their records reached us on 30/09/2025. Every action in the Calderholme plan has carried on, "
              "and each is written below with a Frennington lead. Since the move Kirsty has gone to Tidewater "
              "Recovery every week and eleven of her twelve breath tests have been negative; on 08/11/2025 she "
              "had been drinking when Evie came home, and Evie phoned Leanne."),
        ("h1", "What Tyler and Evie want"),
        ("boldp", "In Tyler's words"),
        ("p", "Seen on his own at the academy, 12/11/2025: “I'm the one who checks if Mum's had a drink. If she has I "
              "do Evie's tea and get her to bed. I want Mum to stop for good, not just for the social.” Tyler wants "
              "to stay living with his mum and Evie, and wants nothing to do with his dad for now."),
        ("boldp", "In Evie's words"),
        ("p", "Seen at home, 14/11/2025, with her three houses drawing: in the house of worries she drew “Mum asleep "
              "on the settee with the bottle” and “Dad shouting at the door”. In the house of good things she drew "
              "Auntie Leanne's dog and “pizza Thursday”. In her house of dreams “Mum is always awake and we go to "
              "the beach”. She said she was scared when she had to go to the shop in the dark."),
        ("h1", "Things we want to be different"),
        ("bullets", [
            "Tyler and Evie are looked after every evening and weekend by an adult who has not been drinking, and "
            "have a hot meal every night.",
            "Evie is never sent out alone after dark and is never left at home without an adult.",
            "Tyler goes to school every day, sits all his mock exams in January, and no longer has to check on his "
            "mum or put Evie to bed.",
            "Both children are kept safe from their dad and know what to do if he comes near them.",
        ]),
        ("h1", "The plan"),
        ("p", "How to read the table: the Need column says what Tyler and Evie need and is merged over the responses "
              "that meet it. Lead agency names the agency and the worker who will do it. Review point is when the "
              "response is done, or how often, and when it is next checked. Evidence of change is what we will see."),
        ("table", {
            "header": ["Need", "Response", "Lead agency", "Review point", "Evidence of change"],
            "widths": [4.0, 7.0, 4.4, 4.4, 5.9],
            "rows": [
                ["A. Tyler and Evie have a sober adult caring for them every evening",
                 "Key-work with Kirsty every Tuesday with a breath test, and a written report to each core group on "
                 "whether she is making the changes Tyler and Evie need and how long further change is likely to "
                 "take",
                 "Tidewater Recovery (alcohol charity) – Maxine Lord, recovery worker",
                 "Every Tuesday from 25/11/2025; report two working days before each core group",
                 "Breath test results and Maxine's report on the case file before every core group"],
                [V,
                 "Stay sober whenever she is caring for Tyler and Evie, go to Tidewater every Tuesday, and keep no "
                 "alcohol in the flat",
                 "Kirsty Doyle (Mum)",
                 "Every day from 19/11/2025; checked at every SW visit",
                 "Negative breath tests at Tidewater and at unannounced SW visits; no alcohol seen in the flat"],
                [V,
                 "Check Kirsty's liver function, review her prescribing for alcohol dependence, plan a community "
                 "detox with Tidewater if she asks for one, and share the results with the SW",
                 "Frennington Medical Centre – Dr Olu Bankole, GP",
                 "Blood tests by 05/12/2025; letter to the SW by 12/12/2025",
                 "GP letter with the test results and any detox plan on the case file by 12/12/2025"],
                [V,
                 "Have Evie after school every Tuesday and Thursday until 7pm and give her tea, and be the adult "
                 "Tyler and Evie ring if their mum has been drinking",
                 "Leanne Moss (maternal aunt)",
                 "Every Tuesday and Thursday from 20/11/2025; the same evening whenever the children ring",
                 "Leanne texts the SW after each Tuesday and Thursday; both children show the SW Leanne's number saved in their "
                 "phones"],
                ["B. Evie is safe and cared for at home and is never sent out alone at night",
                 "Visit at home, one visit in three unannounced and at least one evening visit a month, and see each "
                 "child on their own",
                 "Frennington Children's Services – Dami Abara, SW",
                 "Weekly from 20/11/2025 until the first review conference",
                 "Visit records show both children seen every week and each seen alone at least every other week, "
                 "with their words written down"],
                [V,
                 "Direct work with Evie about her worries and who she can tell, using the three houses and a worry "
                 "jar",
                 "Frennington Children's Services – Dami Abara, SW",
                 "Four sessions, all by 23/12/2025",
                 "Evie's drawings and her own words kept on file and brought to the review conference"],
                [V,
                 "Check Evie's attendance and whether she arrives fed and dressed for the weather, and phone the SW "
                 "the same day with any worry",
                 "St Brannock's Primary – Mrs Helen Yates, DSL",
                 "Every school day from 20/11/2025",
                 "Attendance emailed to the SW each Friday, at 95% or more; same-day calls logged on CPOMS"],
                ["C. Tyler goes to school and has time to be 14",
                 "Meet Tyler each Monday with his learning mentor, check his attendance and help him plan revision "
                 "for his mocks",
                 "Frennington Vale Academy – Mr Kofi Asante, DSL",
                 "Every Monday in term time from 24/11/2025",
                 "Attendance sent to the SW each Friday (95% or more); Monday meetings logged; the exams office "
                 "confirms Tyler sat every mock paper in January"],
                [V,
                 "Young carer's assessment with Tyler and a place at the Thursday young carers' group",
                 "Frennington Young Carers – Josh Tennant, young carers' worker",
                 "Assessment by 12/12/2025; group every Thursday from 08/01/2026",
                 "Tyler's young carer's plan sent to the SW; the group register shows him there"],
                ["D. Tyler and Evie are safe from their dad",
                 "Enforce Ryan's licence conditions (no contact with Kirsty or the children; exclusion zone covering "
                 "Frennington) and tell the SW within one working day of any breach or change of address",
                 "Probation Service – Amrit Sohal, probation officer",
                 "From 19/11/2025 until the licence ends on 02/10/2026; written update before each core group",
                 "Written update on file before each core group; any breach notice sent to the SW within one "
                 "working day"],
                [V,
                 "Put a marker on 7 Mallard Row so that any call from the address gets an urgent response, and "
                 "share any call-out with the SW by the next working day",
                 "Frennington Police, Domestic Abuse Unit – DC Lia Frost",
                 "Marker in place by 26/11/2025; each call-out shared by the next working day",
                 "Marker confirmation email on file by 26/11/2025; call-outs logged on the children's file"],
                [V,
                 "Safety planning with Kirsty about Ryan's release, including a doorbell camera and what the "
                 "children do if he comes to the door",
                 "Frennington Domestic Abuse Service – Natalie Greer, IDVA",
                 "Three sessions, all by 19/12/2025",
                 "Written safety plan signed by Kirsty and copied to the SW; the doorbell camera seen fitted at a "
                 "SW visit"],
            ],
        }),
        ("h1", "Plan B"),
        ("bullets", [
            "If Kirsty is found to have been drinking while caring for the children (a positive breath test, "
            "alcohol smelt at a visit, or the children tell us), Tyler and Evie go to Leanne's that evening and "
            "stay there until Kirsty has had three negative tests at Tidewater; Dami visits the next working day.",
            "If Evie is found out alone after dark, or the children are left without an adult, whoever finds out "
            "tells Dami or the out-of-hours team straight away, and Dami holds a strategy discussion the same day.",
            "If Ryan comes to Mallard Row or contacts Kirsty or the children, Kirsty rings 999, the police attend "
            "under the marker, Amrit Sohal starts recall proceedings, and the children sleep at Leanne's that "
            "night.",
            "If Leanne cannot have the children (she is ill or away, or the arrangement breaks down), Dami will "
            "place Tyler and Evie together with Frennington foster carers the same day.",
            "If Kirsty has two positive breath tests in any four weeks, or has not started a detox by the first "
            "review conference, Dami will ask Hal Price for a legal planning meeting within five working days to "
            "decide whether to start pre-proceedings under the Public Law Outline.",
        ]),
        ("h1", "Keeping track"),
        ("p", "The core group (Kirsty, Leanne, Dami, Maxine Lord, Mrs Yates, Mr Asante and Natalie Greer) meets every "
              "four weeks on Wednesdays at 4pm at St Brannock's Primary: 03/12/2025, 07/01/2026 and 04/02/2026. "
              "Dami will see Tyler and Evie on their own before each meeting and bring what they say. The first "
              "review child protection conference is on Wednesday 18/02/2026 at 10am at the Civic Offices."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Core group plan for an 8-year-old autistic, non-verbal boy with
#    epilepsy; his mother has relapsing MS, his sister is 13. Markdown with a
#    key of initials and bullets that close on a bracket "(who · when ·
#    check: ...)". Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b157_fimbleworth_core_group_bracket_bullets_key_sandhu.md",
    "split": "heldout",
    "actions": 13,
    "template": "core-group-plan-md-disabled-child-key-of-initials-how-arjun-lets-us-know-kirans-words-what-arjun-needs-then-so-that-subheadings-bullets-closing-on-bracket-who-when-check-then-what-happens-if-keeping-track",
    "description": (
        "Exemplary plan updated at the first core group for an 8-year-old autistic boy who does "
        "not speak and has epilepsy; his medicine was being missed, he was losing weight, his "
        "mother has relapsing multiple sclerosis and his 13-year-old sister was doing much of "
        "his care. Markdown bullets under 'So that ...' subheadings, each closing on a bracket "
        "'(who · when · check: ...)', with owners as initials explained in a key. His lived "
        "experience is his signs and behaviour as his family and school see them; the MS nurse "
        "and adult social care own actions, the grandmother's Saturdays have a fallback, legal "
        "planning follows named triggers, core group and review dates are set."
    ),
    "text": """\
# Arjun's plan — updated at the first core group

**Fimbleworth Council · Children with Disabilities Service · Child protection plan**

| | |
|---|---|
| Child | Arjun Sandhu, 8 (DOB 16/06/2017), Beech Hollow Special School |
| Sister | Kiran Sandhu, 13, Fimbleworth Grange School |
| Parents | Simran Sandhu (Mum, 39) and Harjit Sandhu (Dad, 42), 27 Poplar Street, Fimbleworth FB6 2LT |
| Category | Neglect |
| Initial conference | 04/11/2025 (chair: Moira Galloway, IRO) |
| This version | agreed at core group 1, 18/11/2025 |

## Key

In each bracket: **who leads · when · check** (what we will see).

- **DW** — Dev Wadhwa, social worker, Children with Disabilities Team
- **RN** — Rhiannon Nolan, epilepsy specialist nurse, Fimbleworth Children's Hospital
- **MSN** — Gillian Thorpe, MS specialist nurse, Fimbleworth Neurology Service (adult)
- **ASC** — Ben Kirby, social worker, Fimbleworth Adult Social Care
- **SENCo** — Mrs Lorna Ditchburn, SENCo and safeguarding lead, Beech Hollow Special School
- **SchN** — Tasha Reid, school nurse, Beech Hollow Special School
- **Dadi** — Gurmeet Sandhu, Harjit's mum, 3 Aspen Row (two streets away)

## Why Arjun has a plan

Arjun has autism, no spoken words and epilepsy. Since Simran's MS relapse in the summer, his anti-seizure
medicine has been missed on at least twelve mornings (school counted the tablets), he missed two neurology
appointments, and he has dropped from the 25th to the 9th centile for weight. On 13/10/2025 he had a
seven-minute seizure at home and nobody gave his rescue medicine because nobody at home had been trained; Kiran
rang the ambulance. Harjit works nights as a delivery driver and sleeps in the day. Kiran, 13, has been getting
Arjun up, dressed and fed most mornings.

## How Arjun lets us know

Arjun does not talk. He uses picture cards (PECS) for "biscuit", "swing", "car" and "stop". His family and
school tell us:

- When he is happy he hums and flaps his hands; he hums all the way through his Saturdays at Dadi's.
- When he is hungry or in pain he bites the back of his wrist. School saw fresh bite marks on six mornings in
  October, and each time he ate his whole breakfast at school straight away.
- On DW's visit of 10/11/2025 he took DW's hand, led him to the fridge and gave him the "biscuit" card. He
  pushed Kiran's hand towards his shoes when it was time for the bus, and did not go to his mum, who was lying
  down.
- He settles fastest when Dadi sings to him, and after a seizure he wants his weighted blanket and Kiran.

## Kiran's words

Seen on her own at school, 12/11/2025: "I do Arjun's breakfast and his tablets because Mum's too tired and Dad's
asleep. When he had the big fit I thought he was going to die. I want someone grown-up to do his medicine. I
still want to help with him, just not everything." She scored home 4 out of 10.

## What Arjun needs

- Arjun gets his medicine on time every morning and evening, and the right rescue medicine whenever a seizure
  lasts more than five minutes.
- Arjun eats three meals a day and gets back to the 25th centile for his weight.
- Arjun is cared for by adults, not by his sister, on Mum's tired days as well as her good ones.
- Arjun gets to every hospital appointment and to school every day.

## The plan

### So that Arjun's seizures are controlled

- Give Arjun his levetiracetam at 7am and 7pm and tick the medicine chart each time *(Mum and Dad · every day
  from 18/11/2025 · check: DW sees the chart at every visit; SchN's tablet count each Monday matches it)*
- Train Dad and Dadi to give buccal midazolam and to keep Arjun's seizure diary *(RN · by 28/11/2025 · check:
  training record signed by RN and copied to DW)*
- Read Arjun's seizure diary and medicine chart with the family, and tell DW the same day about any missed dose
  *(RN · every other Thursday from 20/11/2025 · check: RN's written summary emailed to DW before each core group)*
- Take Arjun to his neurology clinic on 09/12/2025 and to every appointment after it *(Dad · 09/12/2025, then as
  each appointment is booked · check: clinic letters copied to DW; no missed appointments)*

### So that Arjun eats well and grows

- Weigh Arjun at school and plot his weight on his growth chart *(SchN · every other Monday from 24/11/2025 ·
  check: growth chart copied to DW; back on the 25th centile by the review conference)*
- Assess Arjun's eating and write an eating plan for home and school *(Hannah Oyelaran, paediatric dietitian,
  Fimbleworth Children's Dietetics · by 05/12/2025 · check: written eating plan sent to the family, school and DW)*

### So that Arjun is cared for safely on Mum's tired days

- See Simran at home, review her relapse and her fatigue, and write to DW about what she can safely do for Arjun
  each day and how that may change over the next six months *(MSN · by 02/12/2025, then before each core group ·
  check: MSN's letter on file and shared at the core group)*
- Assess Simran's needs under the Care Act and set up morning carers so that she is not lifting or dressing
  Arjun alone *(ASC · assessment by 12/12/2025; carers in place by 05/01/2026 · check: assessment and support plan
  copied to DW; carers' visit log seen by DW)*
- Have Arjun every Saturday from 10am to 4pm, give him lunch and, if he has a long seizure, his rescue medicine
  *(Dadi · every Saturday from 22/11/2025 · check: Dadi fills in the seizure diary and meal chart, which DW reads
  at the next visit)*

### So that Arjun gets to school ready to learn

- Record in the home-school book how Arjun arrives each day (medicine given, fed, clean and dry) and phone DW the
  same day with any worry *(SENCo · every school day · check: home-school book and a weekly email to DW)*
- Give Arjun a short-break overnight stay at Maple House *(Yvette Clarke, manager, Maple House short breaks unit ·
  one night every two weeks from 28/11/2025 · check: booking calendar and stay notes sent to DW)*

### So that Kiran has time to be 13

- Assess Kiran as a young carer and offer her the Friday group *(Sadia Malik, Fimbleworth Young Carers ·
  assessment by 19/12/2025, group from 09/01/2026 · check: Kiran's young carer's plan sent to DW; group register)*

### Seeing Arjun and Kiran

- Visit at home, one visit in four unannounced, watch Arjun's morning or bedtime routine and see Kiran on her own
  *(DW · weekly from 19/11/2025 until the review conference · check: visit records with what Arjun showed us and
  Kiran's words)*

## What happens if ...

- **Arjun misses two doses in a week, or has a seizure over five minutes and nobody gives his rescue medicine:**
  RN or SENCo tells DW the same day; DW holds a strategy discussion that day; Arjun stays with Dadi, with Dad
  there at night, until a new safety plan is agreed.
- **Arjun loses weight at two weighs in a row:** SchN tells DW and the paediatrician the same week and Arjun is
  seen in the community paediatric clinic within five working days.
- **Simran has another relapse and cannot manage mornings:** ASC puts in emergency morning carers the same day,
  and Harjit takes carer's leave until they start.
- **Dadi cannot have Arjun or cannot help in an emergency** (she is ill or away): Maple House will give Arjun an
  emergency bed, and if none is free DW will place him that day with one of the team's short-break foster
  carers.
- **Legal planning:** if Arjun misses medicine again after 16/12/2025, or is still below the 9th centile at the
  review conference, DW will ask his team manager, Patrick Ojo, for a legal planning meeting within five working
  days.

## Keeping track

The core group (Simran, Harjit, DW, RN, SENCo, SchN, MSN and ASC) meets every four weeks on Tuesdays at 3.30pm
at Beech Hollow: 16/12/2025 and 13/01/2026. DW writes down at each meeting what Arjun has shown us since the last
one and what Kiran has said. The review child protection conference is on Tuesday 03/02/2026 at 10am,
Fimbleworth Town Hall.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Core group minutes held on a neonatal unit for a 4-week-old baby
#    withdrawing from methadone and heroin, accommodated under section 20,
#    mother on a methadone script. Plain text minutes with an action log of
#    Owner / Due / Evidence lines and one closed action. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b157_furrowdene_nnu_minutes_owner_due_evidence_log_quigley.txt",
    "split": "heldout",
    "actions": 11,
    "template": "core-group-minutes-txt-held-on-neonatal-unit-initials-attendance-numbered-items-rubys-days-agency-updates-outcomes-contingency-then-action-log-entries-with-owner-due-evidence-lines-one-closed-then-dates",
    "description": (
        "Exemplary minutes of the second core group, held on a neonatal unit, for a 4-week-old "
        "baby withdrawing from opiates, accommodated under section 20 with her mother's "
        "agreement; the mother uses heroin and crack on top of a methadone script. Plain text: "
        "numbered items, an attendance list of initials, the baby's days on the unit as her "
        "lived experience, then an action log in which each entry has Owner, Due and Evidence "
        "lines; a finished one-off action is kept as CLOSED (not counted). The social worker "
        "visits the baby on the unit twice a week, the drug and alcohol charity reports on "
        "capacity to change, legal planning follows named triggers, core group and review "
        "dates are set."
    ),
    "text": """\
FURROWDENE CITY COUNCIL                               CHILDREN'S SOCIAL CARE
CORE GROUP MEETING - MINUTES AND ACTION LOG
===============================================================================
Child ........... Ruby QUIGLEY, born 20/10/2025 at 37 weeks (4 weeks old)
Where ........... Neonatal Unit (Ward 12), Furrowdene Royal Infirmary
Legal status .... Accommodated under section 20 since 24/10/2025, with her
                  mother's signed agreement; subject to a child protection
                  plan (neglect) since the initial conference on 06/11/2025
Mother .......... Shannon Quigley (29), 12B Tannery Court, Furrowdene FD1 3QS
Father .......... Not named on the birth certificate. Shannon names Jordan
                  Pike, who is in HMP Greyholt until 2027; not involved.
Meeting ......... Core group 2, Tuesday 18/11/2025, 2pm, NNU parents' room
Chair ........... Kemi Oduya, social worker
===============================================================================

1. PRESENT (initials used in these minutes)
   KO   Kemi Oduya, social worker, Furrowdene Children in Care Team
   SQ   Shannon Quigley, Ruby's mother, with her advocate Lynn Hale
   MD   Sister Marian Doyle, neonatal unit
   SM   Dr Sanjay Mehta, consultant neonatologist
   GB   Gary Bell, recovery worker, Lantern Trust (drug and alcohol charity)
   AR   Ann Reeve, Ruby's foster carer from discharge
   BT   Becky Tran, health visitor, Furrowdene Community Health
   Apologies: Dr Fiona Lennox, GP, Brook Street Practice (written update
   sent); Jo Marsh, Family Time Service

2. WHY RUBY HAS A PLAN
   Shannon has used heroin for eleven years and has been on a methadone
   script since 2019. In this pregnancy she also used heroin and crack on top
   of her script; her last screen before the birth was positive for both.
   Ruby was born with neonatal abstinence syndrome and needs oral morphine,
   which is being reduced. Shannon agreed to Ruby being accommodated when it
   was clear Ruby could not go home with her. Shannon's two older children
   live with their paternal grandparents under special guardianship orders.

3. RUBY'S DAYS ON THE UNIT
   MD said Ruby's withdrawal scores have come down from 12 to between 4 and
   6. She still has a high-pitched cry in the early evening and sneezes a
   lot, and she settles fastest skin to skin or swaddled in a dim room. She
   takes 60ml every three hours and has gained 210g in the past week. On
   KO's visit of 14/11/2025 she startled at the door, then calmed when KO
   held her and hummed, and tracked KO's face for a few seconds.
   Shannon has visited on 9 of the last 14 days. Staff saw her feed Ruby
   well on four visits and notice when Ruby was hungry. On 11/11/2025 she
   arrived drowsy, was asked not to lift Ruby and left after 20 minutes.

4. SHANNON'S VIEW
   Shannon said: "I want her home with me. I know I have to show I'm off the
   gear. The visits are hard when she cries and I can't fix it." She agreed
   with the plan and signed the action log.

5. AGENCY UPDATES
   GB: Shannon has kept four of five Lantern Trust appointments. Two screens
   since the conference: one positive for crack (05/11), one negative (12/11).
   SM: morphine reduced twice this week; Ruby may be ready for discharge in
   about two weeks, once she is off morphine for 72 hours.
   AR: has visited Ruby twice and has a cot, a car seat and a swaddle ready.
   GP (written): Shannon's postnatal check is booked for 24/11/2025.

6. OUTCOMES FOR RUBY (restated from the conference)
   6.1 Ruby finishes her withdrawal safely and leaves hospital to a carer who
       knows her cues, her feeds and how to settle her.
   6.2 Ruby gains weight steadily and meets her early developmental checks.
   6.3 Ruby has warm, safe time with her mother, who arrives sober and on
       time, and a decision about where she will grow up is made within her
       timescale.

7. CONTINGENCY
   - If Shannon arrives on the unit under the influence or is aggressive,
     staff will ask her to leave and call security if needed, MD tells KO the
     same day, and Shannon's next visits are supervised by a named nurse
     until the core group agrees otherwise.
   - If Shannon tries to take Ruby from the unit, or withdraws her section 20
     agreement, staff call the police at once and KO seeks same-day legal
     advice on an emergency protection order.
   - If Ann Reeve cannot take Ruby on the day of discharge, Ruby stays on the
     unit until the placement team has found another foster carer, who will
     visit her on the unit before she leaves.
   - If Shannon has two more screens positive for heroin or crack, or misses
     two Lantern Trust appointments in a row, GB tells KO the same day and
     KO will ask her team manager, Paul Iredale, for a legal planning meeting
     within five working days to decide whether to start pre-proceedings.

8. ACTION LOG
   Each entry gives its owner (initials from item 1 unless named), when it
   is due and the evidence the core group will see.

   A1  Visit Ruby on the unit, see her feeds and cares, and read the nursing
       notes on her scores and Shannon's visits.
       Owner: KO
       Due: every Tuesday and Friday until discharge, then weekly at the
            foster home
       Evidence: visit record on the case file after each visit, noting
            Ruby's weight, scores and how she responds to her carers

   A2  Visit Ruby for at least two hours a day, learn her feeds and how to
       settle her, and be signed off on her cares before she leaves.
       Owner: AR
       Due: daily from 19/11/2025 until discharge
       Evidence: NNU visitors' book; MD signs AR's care checklist before
            discharge

   A3  Email KO Ruby's withdrawal scores, weights and a note of Shannon's
       visits.
       Owner: MD
       Due: every Monday and Thursday until discharge
       Evidence: emails on the case file

   A4  Visit Ruby at least four days a week for at least two hours, do her
       feeds and cares with a nurse, and arrive sober.
       Owner: SQ
       Due: at least four days a week from 18/11/2025 until discharge
       Evidence: visitors' book and nursing notes; no visit where staff
            record Shannon as under the influence

   A5  Key-work with Shannon and urine screens, and a written report to each
       core group on whether she has stopped using heroin and crack on top
       of her script, her capacity to make the changes Ruby needs, and how
       long that is likely to take.
       Owner: GB
       Due: key-work weekly, screens every two weeks; report two working
            days before each core group
       Evidence: screen results and GB's report on file before every core
            group

   A6  Postnatal check for Shannon, contraception offered, and a summary of
       her health and prescribing sent to KO.
       Owner: Dr Fiona Lennox, GP, Brook Street Practice
       Due: check on 24/11/2025; summary to KO by 28/11/2025
       Evidence: GP letter on the case file by 28/11/2025

   A7  Agree a written discharge plan with KO and AR and book Ruby's
       neonatal follow-up clinic.
       Owner: SM
       Due: once Ruby has been off morphine for 72 hours, and before
            discharge
       Evidence: discharge summary copied to KO, BT, AR and the GP; clinic
            date on the summary

   A8  Meet AR on the unit before discharge, then visit Ruby in placement and
       weigh her.
       Owner: BT
       Due: before discharge; within 5 days of discharge; then every two
            weeks until Ruby is 12 weeks old
       Evidence: weights plotted in Ruby's red book and sent to KO

   A9  Parenting assessment of Shannon, using her visits on the unit and
       then her family time after discharge.
       Owner: KO
       Due: sessions weekly from 21/11/2025; report by 16/01/2026
       Evidence: assessment report shared with Shannon and the core group by
            16/01/2026

   A10 Supervise Shannon's family time with Ruby at Furrowdene Family
       Centre, four times a week from discharge.
       Owner: Jo Marsh, contact supervisor, Family Time Service
       Due: four sessions a week from the day after discharge
       Evidence: session records sent to KO each week, noting whether
            Shannon arrived on time and sober and how she answered Ruby's
            cues

   A11 Viability assessment of Denise Quigley (Shannon's mother) as a
       possible carer for Ruby.
       Owner: KO
       Due: by 05/12/2025
       Evidence: viability report shared with the core group by 05/12/2025

   CLOSED (from core group 1)
   A0  Explain the section 20 agreement to Shannon with an advocate and give
       her a copy. Owner: KO. DONE 07/11/2025 - CLOSED.

9. DATES
   Core group every two weeks while Ruby is on the unit, then every four
   weeks: next 02/12/2025 and 16/12/2025, 2pm, NNU parents' room.
   Review child protection conference: Thursday 05/02/2026, 10am, Furrowdene
   Civic Centre. Ruby's first looked-after review: 19/11/2025 on the unit.
   KO will bring a written note of Ruby's days to each core group.

Minutes taken by Hayley Craig, business support. Circulated 20/11/2025.
===============================================================================
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan, domestic abuse, mother with anxiety and
#    depression, an 11-year-old and a 4-year-old, grandparents helping.
#    "Worry | What's going to happen | Person | Date" Word table with a
#    merged "How we'll see it's different" row under each action. Faulty
#    (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b157_fleckbury_icpc_worry_happen_person_date_tranter.docx",
    "doc_title": "Child Protection Plan - Jayden and Lola Tranter",
    "split": "heldout",
    "actions": 13,
    "template": "icpc-plan-docx-about-this-plan-kv-what-happened-working-well-what-jayden-and-lola-say-what-they-need-then-worry-whats-going-to-happen-person-date-table-with-merged-how-well-see-row-under-each-action-then-if-things-go-wrong-when-well-meet",
    "description": (
        "Initial conference plan for an 11-year-old and a 4-year-old after their father assaulted "
        "their mother, who has anxiety and depression; the maternal grandparents help with "
        "school runs and weekend stays. A Word table 'Worry | What's going to happen | Person | "
        "Date' with a merged 'How we'll see it's different' row under each action. Most rows are "
        "sound (weekly visits, IDVA safety planning, the police marker, a GP letter, school and "
        "nursery checks, the grandparents' days, direct work). Faults: the perpetrator programme "
        "referral has no one to make it, the community mental health nurse only supports the "
        "mother and is measured by her anxiety improving, the Freedom Programme waits until the "
        "mother 'feels ready', 'All agencies' share contact by the father; one outcome is about "
        "the mother only, and the contingency sends the children to the grandparents with no "
        "word on what happens if they cannot have them."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Fleckbury County Council · Children and Young People's Service · Safeguarding Team East"),
        ("h1", "About this plan"),
        ("kv", [
            ("Children", "Jayden Tranter (11), DOB 09/08/2014, Year 7, Fleckbury Park Academy; Lola Tranter (4), "
                         "DOB 21/02/2021, Bluebell Nursery"),
            ("Mother", "Leah Tranter (33), 14 Wren Gardens, Fleckbury FK7 2PB"),
            ("Father", "Marcus Tranter (36), staying with his brother at 60 Mill Lane, Fleckbury; on police bail "
                       "not to contact Leah or come to Wren Gardens"),
            ("Grandparents", "Pat and Graham Seddon (Leah's parents), 5 Sycamore Drive, Fleckbury"),
            ("Category", "Emotional abuse (both children)"),
            ("Conference", "Initial child protection conference, 12/11/2025. Chair: Owen Riley (IRO)"),
            ("Social worker", "Aisha Mensah (team manager: Grace Oyelowo)"),
        ]),
        ("h1", "What happened"),
        ("p", "On 28/10/2025 Marcus pushed Leah into the kitchen door and held her by the throat while Jayden and "
              "Lola were in the room. Jayden ran to a neighbour, who called the police. There had been three "
              "earlier call-outs to Wren Gardens in 2025. Leah has anxiety and depression and is on "
              "sertraline; since the assault she has found it hard to leave the house, and Lola has missed eight "
              "nursery sessions."),
        ("h1", "What's working well"),
        ("p", "Leah called the police herself on two of the earlier occasions and has agreed to every part of this "
              "plan. Pat and Graham see the children most days. Jayden's school say he is a kind, able boy with "
              "good friends."),
        ("h1", "What Jayden and Lola say"),
        ("p", "Jayden (seen on his own at school, 06/11/2025): “I don't want Dad to live with us till he stops "
              "hurting Mum. I want to see him at Nana's. I stay awake to listen in case he comes back.” He scored "
              "how safe he feels at home as 5 out of 10, and 9 at Nana and Grandad's."),
        ("p", "Lola (seen at home, 07/11/2025) drew “Mummy crying” and “Daddy's big hands”. She hid behind the sofa "
              "when the doorbell rang and came out when Leah called her. At nursery she has been playing at "
              "shouting at the dolls."),
        ("h1", "What Jayden and Lola need"),
        ("bullets", [
            "Jayden and Lola live in a home where they do not see or hear violence, and sleep without listening "
            "out for their dad.",
            "Lola goes to nursery every session and Jayden goes to school every day.",
            "Jayden and Lola see their dad only when it is safe and agreed, at their grandparents' home.",
            "Leah feels calmer and more confident in herself.",
        ]),
        ("h1", "Our plan"),
        ("p", "Each action is on one row, with a shaded row under it saying how we will see it is making a difference."),
        ("table", {
            "header": ["Worry", "What's going to happen", "Person", "Date"],
            "widths": [3.4, 6.6, 3.8, 3.2],
            "rows": [
                ["Jayden and Lola have seen their dad hurt their mum",
                 "Visit Jayden and Lola at home, see Jayden on his own, and ask both children about home",
                 "Aisha Mensah, social worker",
                 "Weekly from 13/11/2025 until the review conference"],
                ["How we'll see it's different: visit records show both children seen every week and Jayden seen "
                 "alone each time, with his words written down", H, H, H],
                ["Leah is not safe from Marcus",
                 "Meet Leah for safety planning and a risk assessment, and talk with her about a non-molestation "
                 "order",
                 "Ros Kendall, IDVA, Fleckbury Domestic Abuse Service",
                 "First meeting by 19/11/2025, then weekly for six weeks"],
                ["How we'll see it's different: written safety plan signed by Leah and copied to the social worker "
                 "by 26/11/2025", H, H, H],
                ["Marcus may come back to the house",
                 "Put a domestic abuse marker on 14 Wren Gardens and tell the social worker about any call-out",
                 "DS Colin Wray, Fleckbury Police Public Protection Unit",
                 "Marker by 14/11/2025; each call-out by the next working day"],
                ["How we'll see it's different: marker confirmation on file; each call-out logged on the children's "
                 "case file", H, H, H],
                ["Marcus has not accepted what he did",
                 "Marcus will be referred to the Fleckbury Change domestic abuse perpetrator programme",
                 "–",
                 "By 28/11/2025"],
                ["How we'll see it's different: the programme's acceptance letter and Marcus's start date on file",
                 H, H, H],
                ["Leah's anxiety stops her getting Lola to nursery",
                 "Fortnightly support sessions with Leah at home to help her manage her anxiety and low mood",
                 "Dean Ashworth, community mental health nurse, Fleckbury CMHT",
                 "Every two weeks from 17/11/2025"],
                ["How we'll see it's different: Leah's anxiety improves and she feels more able to cope", H, H, H],
                ["",
                 "Review Leah's antidepressant and send the social worker a summary of her mental health history "
                 "and any missed appointments",
                 "Dr Nina Fairweather, GP, Castle Mews Surgery",
                 "By 28/11/2025, then before each core group"],
                ["How we'll see it's different: GP letter on file by 28/11/2025 and a written update before every "
                 "core group", H, H, H],
                ["Leah does not yet see how the abuse has affected the children",
                 "Complete the 12-week Freedom Programme so she understands how the abuse has affected Jayden and "
                 "Lola",
                 "Leah Tranter (Mum)",
                 "When she feels ready"],
                ["How we'll see it's different: attendance certificate and the facilitator's end-of-course note sent "
                 "to the social worker", H, H, H],
                ["Leah struggles to get the children to school and nursery",
                 "Collect Jayden and Lola from school and nursery and give them tea at Sycamore Drive",
                 "Pat and Graham Seddon (maternal grandparents)",
                 "Every Monday, Wednesday and Friday from 17/11/2025"],
                ["How we'll see it's different: school and nursery collection logs; Pat texts the social worker each "
                 "Friday", H, H, H],
                ["",
                 "Have Jayden and Lola to stay every Saturday night so that Leah has a break and the children sleep "
                 "well",
                 "Pat Seddon (maternal grandmother)",
                 "Every Saturday night from 15/11/2025"],
                ["How we'll see it's different: Pat's weekend diary, seen by the social worker at the first visit of "
                 "each month", H, H, H],
                ["Jayden is tired and worried at school",
                 "Check Jayden's attendance, meet him each Wednesday with his mentor, and phone the social worker "
                 "the same day with any worry",
                 "Mrs Joanne Birch, DSL, Fleckbury Park Academy",
                 "Every school day; mentor meeting each Wednesday"],
                ["How we'll see it's different: attendance emailed to the social worker each Friday; mentor notes "
                 "logged on CPOMS", H, H, H],
                ["Lola is acting out the violence in her play",
                 "Record Lola's attendance, her play and anything she says about home, and phone the social worker "
                 "the same day with any worry",
                 "Hazel Grant, key worker, Bluebell Nursery",
                 "Every session (five mornings a week)"],
                ["How we'll see it's different: weekly email to the social worker with attendance and notes; "
                 "same-day calls logged", H, H, H],
                ["Marcus may try to contact the children",
                 "Tell the social worker straight away about any contact Marcus makes with Leah or the children",
                 "All agencies",
                 "Same day"],
                ["How we'll see it's different: each contact logged on the children's case file", H, H, H],
                ["Jayden stays awake listening out for his dad",
                 "Direct work with Jayden about what he has seen and his worries, using the My Safety Plan workbook",
                 "Aisha Mensah, social worker",
                 "Four sessions, all by 19/12/2025"],
                ["How we'll see it's different: Jayden's workbook pages kept on file and his own safety plan shared "
                 "with school", H, H, H],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Marcus comes to Wren Gardens, contacts Leah or the children, or breaks his bail conditions, Leah "
              "will ring 999 and the police will attend under the marker. Aisha will hold a strategy discussion the "
              "same day, and Jayden and Lola will stay with Pat and Graham at Sycamore Drive until it has taken "
              "place."),
        ("p", "If Leah tells anyone she is thinking of harming herself, Dean Ashworth will arrange a crisis team "
              "assessment the same day, and the children will stay with Pat and Graham."),
        ("p", "If Leah lets Marcus back into the house, or there is another incident of violence, Aisha will ask Grace "
              "Oyelowo for a legal planning meeting within five working days."),
        ("h1", "When we'll meet"),
        ("bullets", [
            "Core group every four weeks on Thursdays at 10am, Bluebell Children's Centre: 26/11/2025, 24/12/2025 "
            "and 21/01/2026.",
            "Review child protection conference: Wednesday 11/02/2026, 1.30pm, Fleckbury County Hall.",
        ]),
    ],
    "findings": [
        F("W001", "Marcus will be referred to the Fleckbury Change"),
        F("H001", "Fortnightly support sessions with Leah at home to help"),
        F("M002", "Fortnightly support sessions with Leah at home to help"),
        F("T002", "Complete the 12-week Freedom Programme so she understands"),
        F("W002", "Tell the social worker straight away about any contact"),
        F("F002", "Leah feels calmer and more confident in herself."),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Social worker's letter to both parents after the first review
#    conference: father's cocaine use and weekend drinking, neglect, a
#    13-year-old and a 10-year-old. Numbered paragraphs of agreed work,
#    some hedged or passive. Printed to PDF with a page header and footer.
#    Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b157_fallinghurst_rcpc_letter_numbered_agreed_hoped_brennan.pdf",
    "doc_title": "Letter after the review conference - Niamh and Conor Brennan",
    "split": "heldout",
    "actions": 10,
    "header": "OFFICIAL-SENSITIVE – Fallinghurst Borough Council – Children's Social Care",
    "footer": "Brennan – letter after the review conference, 24/11/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "sw-letter-to-parents-after-rcpc-paged-address-block-dear-why-the-plan-carries-on-what-niamh-and-conor-told-me-what-we-want-then-what-we-agreed-typed-numbered-paragraphs-first-person-some-hedged-it-is-hoped-passive-referred-then-if-things-get-worse-if-things-do-not-change-meetings",
    "description": (
        "Letter from the social worker to both parents after the first review conference for a "
        "13-year-old and a 10-year-old; the father uses cocaine and drinks heavily at weekends, "
        "and the children have gone without food and been out late. Word letter printed to PDF "
        "with a page header and footer; the plan is a run of numbered paragraphs in the first "
        "and second person. Most paragraphs are sound ('I will visit you every week', a hair "
        "strand test, a food shop plan with the family support worker, the secondary school's "
        "checks, direct work, the school counsellor). Faults: the father 'will be referred' to "
        "the drug service with nobody to refer him, 'it is hoped' he will cut down his drinking "
        "'as soon as he can' with nothing to show it, the primary school will 'keep an eye on' "
        "the boy, 'it is hoped' a youth club place can be found; no adult service owns any "
        "action although the father's drug use is recorded, the contingency has no trigger or "
        "response beyond looking at the plan again, and the review conference date is to be "
        "confirmed."
    ),
    "blocks": [
        ("pr", "Fallinghurst Borough Council"),
        ("pr", "Children's Social Care, Locality Team 3"),
        ("pr", "Marlow House, Station Road, Fallinghurst FH2 8AA"),
        ("pr", "24/11/2025"),
        ("pl", "Roisin and Declan Brennan"),
        ("pl", "41 Larch Crescent"),
        ("pl", "Fallinghurst FH5 3NW"),
        ("p", ""),
        ("boldp", "Niamh and Conor's child protection plan after the review conference"),
        ("p", "Dear Roisin and Declan,"),
        ("p", "Thank you both for coming to the review conference on 20/11/2025. I am writing, as I promised, to set "
              "out what was decided and what each of us has agreed to do. Please ring me if anything here is not "
              "what you remember."),
        ("h2", "Why the plan carries on"),
        ("p", "The conference decided that Niamh and Conor should stay on child protection plans under the category "
              "of neglect. There have been good changes since the initial conference in August: Roisin has been "
              "getting Conor to school on time, and there have been no police call-outs since September. But "
              "Declan told the conference he still uses cocaine most weekends and drinks heavily on Friday and "
              "Saturday nights. On 01/11/2025 Niamh and Conor were found at the park at 10.30pm because, Niamh "
              "said, \"Dad was off his face and Mum was asleep\". On three of my visits in October there was no "
              "food in the house for the children's tea."),
        ("h2", "What Niamh and Conor told me"),
        ("p", "Niamh (seen on her own at school, 13/11/2025) said: \"Weekends are the worst. Dad's either out or "
              "shouting. I take Conor to the park so he doesn't have to hear it. I wish there was somewhere else "
              "to go.\" She said she wants her dad to \"stop the coke, not just say he will\"."),
        ("p", "Conor (seen on his own at home, 17/11/2025) said he likes it when his mum makes pancakes on Sunday "
              "mornings. He said he is sometimes hungry at bedtime and that he hides under his duvet when his dad "
              "comes in late. He drew his family with his dad much bigger than everyone else."),
        ("h2", "What we all want for Niamh and Conor"),
        ("bullets", [
            "Niamh and Conor have a meal every evening and go to bed in a calm house.",
            "Niamh and Conor are at home and looked after by a sober adult every night, and are never out late "
            "on their own.",
            "Niamh no longer feels she has to look after Conor, and has somewhere safe of her own to go.",
        ]),
        ("h2", "What we agreed"),
        ("pi", "1. I will visit you at home every week, with at least one visit a month unannounced, and see Niamh "
               "and Conor on their own each time. My visit notes will record what they tell me and what I see of "
               "the food in the house."),
        ("pi", "2. Declan, you will not use cocaine or drink while Niamh and Conor are in your care, starting today. "
               "You have agreed to a hair strand test, which I will arrange by 12/12/2025, and the result will be "
               "shared with the core group."),
        ("pi", "3. Declan will be referred to the Fallinghurst Recovery Hub by 19/12/2025, and a copy of the referral "
               "will be kept on the children's file."),
        ("pi", "4. It is hoped that Declan will cut down his drinking as soon as he can."),
        ("pi", "5. Roisin, you will make sure there is food in the house for the children's tea every day. Lesley "
               "Dunn, our family support worker, will do a weekly shopping and meal plan with you every Monday for "
               "six weeks from 01/12/2025, and will write down what is in the cupboards at each session."),
        ("pi", "6. Mrs Farida Khan, the designated safeguarding lead at Fallinghurst High, will check Niamh's "
               "attendance every day and meet her every Thursday, and will email me the attendance each Friday."),
        ("pi", "7. Mr Ellis, the safeguarding lead at Greenbank Primary, will keep an eye on Conor every school day "
               "and will let me know if he has any worries."),
        ("pi", "8. It is hoped that a place at a youth club can be found for Niamh, so that she has somewhere to go "
               "other than the park."),
        ("pi", "9. I will do four sessions of direct work with Conor about his worries and his bedtimes, all by "
               "23/01/2026, and his drawings and words will be shared at the core group."),
        ("pi", "10. Ms Ward, the school counsellor at Fallinghurst High, will see Niamh every Tuesday for eight weeks "
               "from 02/12/2025 and will tell me after each session whether Niamh came."),
        ("h2", "If things get worse"),
        ("p", "If things get worse at home, or the plan is not being followed, we will hold an early core group to "
              "look at the plan again and decide what to do next."),
        ("h2", "If things do not change"),
        ("p", "If, by the next review conference, there has not been enough progress, I will ask my manager, Ian "
              "Chadwick, for a legal planning meeting."),
        ("h2", "Meetings"),
        ("p", "The core group (both of you, me, Lesley Dunn, Mrs Khan and Mr Ellis) will meet every four weeks at "
              "Greenbank Primary on Tuesdays at 3.45pm: the next meetings are on 09/12/2025 and 06/01/2026. The "
              "date of the next review conference is to be confirmed by the conference team, and I will let you "
              "know as soon as it is set."),
        ("p", "Yours sincerely,"),
        ("p", "Hannah Lyle"),
        ("pl", "Social Worker, Locality Team 3 · 01632 490 771"),
        ("pl", "cc: Sandra Obi, Independent Reviewing Officer"),
    ],
    "findings": [
        F("W001", "Declan will be referred to the Fallinghurst Recovery Hub"),
        F("T002", "It is hoped that Declan will cut down his drinking"),
        F("M001", "It is hoped that Declan will cut down his drinking"),
        F("M002", "will keep an eye on Conor every school day"),
        F("W001", "a place at a youth club can be found for Niamh"),
        F("T001", "a place at a youth club can be found for Niamh"),
        F("M001", "a place at a youth club can be found for Niamh"),
        F("F004"),
        F("C002"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Plan agreed at the first core group for a 15-year-old young carer and
#    her 7-year-old brother; mother has a personality disorder and
#    self-harms, grandmother helping. Markdown with "What Mum will do",
#    "What Nana will do" ... headings owning the bullets under them.
#    Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b157_fordenhope_core_group_who_heading_bullets_ellery.md",
    "split": "heldout",
    "actions": 12,
    "template": "core-group-plan-md-who-we-are-list-why-were-worried-in-leilas-words-rorys-drawings-things-we-want-to-be-different-then-what-mum-will-do-what-nana-will-do-what-each-agency-will-do-what-everyone-will-do-heading-bullets-with-when-and-how-well-know-then-plan-b-meetings",
    "description": (
        "Plan agreed at the first core group for a 15-year-old and her 7-year-old brother; their "
        "mother has emotionally unstable personality disorder and took an overdose that the "
        "15-year-old found. Markdown: the plan is set out under headings that say whose part it "
        "is ('What Mum will do', 'What Nana will do', 'What the mental health team will do', "
        "'What everyone will do'), each bullet giving When and How we'll know. Most bullets are "
        "sound, and the psychiatrist reports on capacity to change. Faults: the care "
        "co-ordinator only helps the mother and is measured by her saying she feels calmer, the "
        "infant school will 'keep an eye on' the boy, 'everyone' shares worries 'as and when' "
        "with nothing to check; one outcome is about the mother only, the review conference is "
        "'to be arranged', and nothing says legal planning follows if things do not change."
    ),
    "text": """\
# Our plan for Leila and Rory

*Fordenhope Council — Children's Services — Family Safeguarding Hub*
*Child protection plan, agreed at the first core group on 27/11/2025*

**Who we are**

- Leila Ellery, 15 (Year 11, Fordenhope Academy) and Rory Ellery, 7 (Year 2, Hillside Infants), 9 Quarry View,
  Fordenhope FD4 1EJ
- Gemma Ellery, their mum, 34
- Jean Ellery, Gemma's mum ("Nana"), 22 Vicarage Walk, a ten-minute walk away
- Jo Hartley, social worker (team manager: Priya Desai)
- The children's dad, Lee Morgan, lives in Spain and phones on Sundays
- Initial child protection conference: 13/11/2025, chaired by Alan Fenwick (IRO). Category: emotional abuse.

## Why we're worried

Gemma has emotionally unstable personality disorder. She has self-harmed since she was a teenager and in the
past year has cut herself at home several times. On 19/10/2025 Leila came home from school and found her mum
on the bathroom floor after an overdose; Leila called the ambulance and looked after Rory until Nana came. Leila
has missed 31 sessions of school this term, mostly mornings, because she stays home when her mum has had a bad
night. Rory has started wetting the bed again and has been late for school 14 times.

## In Leila's words

"I don't go in when Mum's had a bad night because what if she does it again and I'm not there. I'm the one who
counts her tablets. I'm doing my GCSEs this year and I'm scared I'll fail everything." When asked what would
help, Leila said: "Someone who isn't me checking on her. And Nana more." She rated how safe home feels as 4
out of 10.

## Rory's drawings

Rory drew his house with a red door and "Mum in bed" upstairs. He drew Leila "doing the cooking" and Nana "with
the big dog". He told Jo he likes Nana's on Sundays "because we have roast and nobody's sad".

## Things we want to be different

- Leila goes to school every day and is not the one looking after her mum or Rory.
- Rory is got up, fed and taken to school on time every day by an adult.
- Leila and Rory never find their mum hurt again, and both know who to call if she is unwell.
- Gemma is able to manage her emotions without hurting herself.

## Who's doing what

### What Mum will do

- Take her medication every morning from her dosette box, and keep all her appointments with the mental health
  team, so that she is well enough to get Rory to school. **When:** every morning from 27/11/2025.
  **How we'll know:** Nana checks the dosette box each Sunday and texts Jo what is left.
- Get Rory up, give him breakfast and walk him to school by 8.50am on the days Nana doesn't.
  **When:** every Monday, Wednesday and Friday from 28/11/2025. **How we'll know:** Hillside's register shows
  Rory in on time; not late more than once a half-term.

### What Nana will do

- Take Rory to school and have both children for tea. **When:** every Tuesday and Thursday morning, and Sunday
  from 1pm. **How we'll know:** Hillside's register shows Rory in on time on Tuesdays and Thursdays; Nana texts
  Jo each Sunday evening.
- Keep Gemma's spare tablets at her house and bring round the week's dosette box. **When:** every Sunday
  from 30/11/2025. **How we'll know:** no spare tablets seen at 9 Quarry View at Jo's visits.

### What the mental health team will do

- Tom Garside, care co-ordinator, will see Gemma every two weeks to help her use her crisis plan and her DBT
  skills. **When:** every other Wednesday from 03/12/2025. **How we'll know:** Gemma tells us she feels calmer.
- Dr Hina Qureshi, consultant psychiatrist, will assess Gemma and write to Jo about her risk, what needs to change
  for her to care safely for Leila and Rory, and how long that is likely to take. **When:** by 19/12/2025.
  **How we'll know:** the letter is on file and shared at the core group on 08/01/2026.

### What school will do

- Fordenhope Academy (Mrs Anna Pryce, DSL) will meet Leila every Monday, check her attendance and call Jo the same
  day if Leila is absent. **When:** every Monday in term time from 01/12/2025. **How we'll know:** attendance
  emailed to Jo each Friday, up to 90% by the end of January.
- Hillside Infants will keep an eye on Rory and tell Jo if anything worries them. **When:** every school day.

### What Jo (social worker) will do

- Visit at home, one visit in three unannounced, and see Leila and Rory on their own. **When:** weekly from
  28/11/2025 until the review conference. **How we'll know:** visit records with both children's words written
  down.
- Refer Leila to Fordenhope Young Carers. **When:** by 05/12/2025. **How we'll know:** acceptance letter on file
  and Leila's first session booked.
- Three sessions with Leila on a safety plan of her own: who she calls if she finds her mum unwell, and what she
  does with Rory. **When:** all by 19/12/2025. **How we'll know:** Leila's signed safety card, with Nana's and
  Jo's numbers, seen in her phone case.

### What everyone will do

- Share worries with each other and with Jo as and when they come up.

## Plan B

- **If Gemma self-harms, takes an overdose or says she is planning to:** whoever is with the children calls 999;
  Leila and Rory go to Nana's that night; Jo holds a strategy discussion the same day, and Tom Garside arranges a
  crisis team assessment for Gemma.
- **If Leila is off school two days running:** Mrs Pryce calls Jo the same day and Jo visits the home that day.
- **If Nana is ill or cannot help:** Gemma's cousin, Michelle Hart, of 5 Tern Close, has agreed to take Rory to
  school and have the children overnight; if neither can, Jo will arrange an emergency foster placement for Leila
  and Rory together that day.

## Meetings

- Core group: every four weeks, Thursdays at 4pm, Fordenhope Academy. Next: 08/01/2026.
- Review child protection conference: to be arranged by the conference team.
""",
    "findings": [
        F("H001", "will see Gemma every two weeks to help her use"),
        F("M002", "will see Gemma every two weeks to help her use"),
        F("M002", "Hillside Infants will keep an eye on Rory"),
        F("W002", "Share worries with each other and with Jo"),
        F("T002", "Share worries with each other and with Jo"),
        F("M001", "Share worries with each other and with Jo"),
        F("F002", "Gemma is able to manage her emotions without hurting herself."),
        F("R001"),
        F("R002"),
    ],
})
