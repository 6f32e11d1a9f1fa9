"""Batch 169, module c: seven fictional plans (held-out material), places beginning with "c".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Any likeness to real people or cases is a
coincidence. Labels were written by hand from docs/rules.md and the
conventions in sample_plans/README.md ("Labelling conventions" 1 to 13),
without running planlint or reading its code.

Focus: the "when" and the "how we will know" of good plans, in templates of
the writer's own. Times are tied to the child's life (before Esme starts
reception, by the time Freya is six weeks old, every nursery day, at Ava's
2-year review, within 72 hours of every return) and to the plan (within two
weeks of conference, a part's deadline, a calendar keyed by step number);
measures are what someone will see, count or read (a centile chart, an
attendance log, a breath test, a checklist score agreed by two workers, a
letter on file, the child's own words to a named person), given in the row,
for a group under an outcome, or keyed by number in a separate part. In the
four plans that are not exemplary a few times and measures only look like
ones ("ongoing", "as and when", "ASAP", "when appropriate", "TBC",
"monitored by", "feedback at core group", "discuss progress", "see how it
goes"), and a few actions have no time or measure at all.

1. b169_caddesworth_icpc_target_evidence_columns_harker.docx - an initial
   conference plan for a 4-year-old about to start reception and a
   5-month-old baby (mother's depression, father's drinking, paternal
   grandmother helping), one Word table headed No. / What will happen /
   Who is leading / Target / Evidence we will look for. Exemplary.
2. b169_corbelton_rcpc_case_print_task_register_wilczek.pdf - a review
   conference plan printed from a case system (landscape, page header and
   footer, labelled fields, a task register with "Frequency / end date" and
   "Success indicator" columns, trigger / response contingency fields).
   Faults: a Freedom Programme "Start date TBC" (T002), an aunt's help "As
   and when" (T002), direct work with no time (T001), a young carers
   referral with no success indicator (M001), routine work measured by
   "improvement ... see how it goes" (M002), talking therapy measured by
   attendance only (H001), "All agencies" (W002), and no legal planning
   anywhere (R002).
3. b169_chalkmere_outcome_bullets_check_lines_doherty.md - an initial
   conference plan written as bullets under each outcome, one outcome
   carrying a single "How we'll know" check for all its bullets. Faults: a
   dentist registration nobody owns (W001), a nursery place with no time or
   measure (T001, M001), the grandmother's call-ins "ongoing" (T002), a
   family group conference "when appropriate" (T002), a teacher's check-ins
   measured by "we will discuss progress at core group" (M002), and a plan
   leaning on the grandparents with no fallback if they cannot help (C003).
4. b169_crowlingham_core_group_minutes_action_log_pearce.docx - numbered
   core group minutes with an attendance table of initials, ending in an
   action log headed No. / Action / Lead / Review by / How we'll check.
   Faults: housing repairs "ASAP" (T002), one-to-one time with Kyle
   "Ongoing" (T002), a young carers referral with no review date (T001),
   routine sessions measured by "Feedback at core group" (M002), the school
   nurse's check with no measure (M001), "Core group members" (W002), a
   father's drinking and a mother's depression with no adult service owning
   any action (F004), and a review conference date to be confirmed (R001).
5. b169_cinderbury_numbered_outline_keyed_checks_nwosu.txt - a numbered
   outline (1 / 1.1 / 6.1.1) whose plan is in three parts, two timed, the last
   "Also agreed" with no time, and whose measures are keyed by item number
   in a separate "How we will know" part. Faults: a health visitor's checks
   keyed only "monitored by PA" (M002), trauma therapy measured by
   attendance only (H001), a mother's calming steps left out of the keyed part
   (M001), an after-school club place "to be found" by nobody and with no
   time (W001, T001), a family network meeting "TBC" (T002), and a
   contingency that only says the core group will meet on "further
   concerns" (C002).
6. b169_coppleford_teen_plan_on_a_page_keyed_checks_fairclough.md - a
   one-page plan written to a 15-year-old at risk of criminal exploitation,
   "you" being Lewis, with a numbered "Who will do what" part and a "How
   we'll know" part keyed by the same numbers. Exemplary.
7. b169_cresswold_letter_to_parents_steps_calendar_lindgren.pdf - a letter
   from the social worker to the parents of a 2-year-old and a newborn
   (domestic abuse, mother's epilepsy, maternal grandmother staying nights),
   printed with page header and footer: numbered steps saying who, what and
   how we'll know, and a calendar table giving each step's time by step
   number. Exemplary.

Plans 1, 6 and 7 are exemplary: every action has a named owner, a real
timescale and something that can be seen, counted or read; the outcomes are
the children's; each contingency names triggers and protective responses,
with a fallback where relatives help; each records the children's voice or
lived experience, core group dates and a dated review conference, and legal
planning after named triggers; where a parent is ill or drinks an adult
service owns work, and every mental health service row asks for a view of
the parent's capacity to change and its timescale.

Counting convention used for "actions" (README "Files" and labelling
convention 1): each row of an action table or action log, each bullet under
an outcome's "What will happen", each numbered item of an outline's plan
part, each numbered "Who will do what" item and each numbered step of a
letter counts once. Checks keyed by number, calendars, the contingency,
meeting dates, the children's words and updates in minutes are not actions.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, neglect; mother's depression, father's
#    drinking, paternal grandmother helping. One Word table with columns
#    the council names itself: Target, Evidence we will look for.
#    Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b169_caddesworth_icpc_target_evidence_columns_harker.docx",
    "doc_title": "Child Protection Plan - Esme and Jonah Harker",
    "split": "heldout",
    "actions": 14,
    "landscape": True,
    "font_size": 10,
    "template": "icpc-plan-docx-landscape-kv-details-why-worried-going-well-esmes-words-jonahs-day-outcomes-numbered-then-one-table-no-what-will-happen-who-is-leading-target-evidence-we-will-look-for-times-tied-to-reception-and-baby-age-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial child protection plan for a 4-year-old girl who starts reception in "
        "September 2026 and her 5-month-old brother, whose weight has fallen below the 9th centile. "
        "Their mother has depression and spends mornings in bed; their father drinks most evenings; "
        "their paternal grandmother does two nursery days. One landscape Word table with columns "
        "named 'Who is leading', 'Target' and 'Evidence we will look for': times tied to the "
        "children's lives (before Jonah is six months old, every nursery day, until he is nine months "
        "old, before Esme starts reception) and to the plan (within two weeks of conference), "
        "evidence as a centile chart, a nursery log, a checklist score agreed by two workers, breath "
        "tests, letters and Esme's words. The CPN reports on capacity to change, the GP and alcohol "
        "service own actions, the grandmother's help has a fallback, legal planning follows named "
        "triggers, core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Caddesworth Borough Council · Children's Services · Initial Child Protection Conference, "
              "23/02/2026"),
        ("kv", [
            ("Children", "Esme Harker, born 02/11/2021 (4); Jonah Harker, born 18/09/2025 (5 months)"),
            ("Address", "41 Foundry Walk, Caddesworth CD4 8PN"),
            ("Parents", "Leah Harker (29) and Tom Harker (31), both living at home"),
            ("Paternal grandmother", "Pauline Harker, 6 Mill Row, Caddesworth (ten minutes' walk)"),
            ("Category", "Neglect (both children)"),
            ("Chair", "Alison Greaves, Independent Reviewing Officer"),
            ("Social worker", "Naomi Fairweather, Caddesworth Children's Services, Team 2 "
                              "(team manager: Rachel Osei)"),
            ("Nursery", "Little Acorns Nursery, Esme's funded place Monday to Thursday mornings"),
            ("School place", "Caddesworth Primary, reception class from September 2026"),
        ]),
        ("h1", "Why the children have a plan"),
        ("p", "Jonah was born on the 50th centile. At his 8-week check he had dropped to the 25th and on "
              "03/02/2026 he weighed below the 9th. The health visitor found his bottles made up with too "
              "little powder and him left in a wet nappy for most of the morning. Esme's nursery attendance "
              "this term is 71%; on the days she comes she is often late, hungry and in the same clothes. "
              "On a joint visit on 05/02/2026 the social worker and health visitor found bags of rubbish in "
              "the hallway, dog mess on the kitchen floor and Esme's bed wet and without a sheet."),
        ("p", "Leah has had depression since Jonah's birth. She is prescribed sertraline by her GP but has "
              "missed doses, and she told the health visitor she often cannot get out of bed before midday. "
              "Tom drinks six to eight cans of lager most evenings and was too drunk to take Esme to nursery "
              "on two mornings in January. Neither parent has hit the children, and both say they want help."),
        ("h1", "What is going well"),
        ("bullets", [
            "Both parents came to the conference and agree that things have slipped.",
            "Pauline already takes Esme to nursery some days and the children are always fed at her house.",
            "Leah has seen her GP and has agreed to a referral to the Community Mental Health Team; Jamal "
            "Rooney visited her on 16/02/2026.",
            "Jonah smiles and babbles, and Esme is chatty, loves drawing and is well liked at nursery.",
        ]),
        ("h1", "What Esme says and what Jonah's days are like"),
        ("p", "Esme (seen on her own at nursery by Naomi Fairweather, 12/02/2026): “Mummy is always sleeping. "
              "Daddy's cans are in my room. Nanny Pauline makes me porridge with a smiley face.” She drew her "
              "house with a grey cloud over the bedroom and said the cloud is “when nobody gets up”."),
        ("p", "Jonah: at the visit on 05/02/2026 he was in a soaked nappy at 11.30am and drank a full bottle "
              "quickly when Pauline made one. He settles when held and watches Esme, and he cries for long "
              "spells in his cot when nobody comes."),
        ("h1", "What we want for Esme and Jonah"),
        ("numbers", [
            "Esme and Jonah live in a clean home, sleep in clean dry beds and are fed at regular times every "
            "day.",
            "Jonah gains weight steadily back to his own centile and has all his immunisations.",
            "Esme gets to nursery on time every nursery day, and starts reception in September ready to learn "
            "and settled.",
            "Esme and Jonah are cared for every day by an adult who is well enough to get up for them and "
            "who is sober.",
            "Esme has grown-ups she trusts, and can tell them how things are at home.",
        ]),
        ("h1", "The plan"),
        ("p", "Each row has one lead. “Target” is the date, the rhythm or the point in the children's lives by "
              "which the row is done or for how long it runs."),
        ("table", {
            "header": ["No.", "What will happen", "Who is leading", "Target", "Evidence we will look for"],
            "widths": [1.1, 8.0, 4.6, 4.8, 7.2],
            "rows": [
                ["1",
                 "See Esme and Jonah at home, at least one visit in three unannounced; see Esme on her own and "
                 "look at where both children sleep",
                 "Naomi Fairweather, social worker",
                 "Weekly from 24/02/2026 until the review conference on 19/05/2026",
                 "A visit record on the case file every week, each with what Esme said in her own words and a "
                 "completed home conditions checklist"],
                ["2",
                 "Keep the kitchen, bathroom and the children's bedroom to the standard on the home conditions "
                 "checklist agreed at conference: clean bottles and surfaces, no rubbish bags or dog mess "
                 "indoors, clean dry bedding on both children's beds",
                 "Leah and Tom Harker (parents, jointly)",
                 "Every day from 23/02/2026",
                 "Checklist scored at every social worker and family support visit: at least 8 of 10 items "
                 "met at the first core group (10/03/2026), and 10 of 10 at every visit from then to the "
                 "review conference"],
                ["3",
                 "Six sessions at home on the children's day: getting Esme up and to nursery, mealtimes, bath "
                 "and bedtime, and making up Jonah's feeds and starting him on solids",
                 "Chloe Ambrose, family support worker, Caddesworth Family Support Service",
                 "Every Thursday, 26/02/2026 to 02/04/2026",
                 "Chloe's record after each session; Esme's bedtime chart on the fridge filled in each night; "
                 "Chloe and Naomi each score the family's routine from 0 to 10 at session 1 and at session 6, "
                 "and the agreed score is written on the case file"],
                ["4",
                 "Weigh Jonah, check his feeding, weaning and development, and plot his weight on his centile "
                 "chart",
                 "Amira Sultan, health visitor, Caddesworth 0-19 Service",
                 "Every two weeks from 03/03/2026 until Jonah is nine months old (18/06/2026)",
                 "Weights plotted in Jonah's red book and sent to Naomi after each visit; Jonah back above the "
                 "9th centile by the core group on 07/04/2026 and on the 25th by the review conference"],
                ["5",
                 "Take Jonah to the surgery for the 16-week immunisations he has missed",
                 "Leah Harker (mum)",
                 "By 13/03/2026, before Jonah is six months old",
                 "Immunisations entered in Jonah's red book and on the GP record; Amira checks both at her "
                 "next visit"],
                ["6",
                 "Record the time Esme arrives, whether she is washed, dressed for the weather and has had "
                 "breakfast, and ring Naomi the same day if Esme is absent without a call from home",
                 "Mrs Gail Penrose, manager and safeguarding lead, Little Acorns Nursery",
                 "Every nursery day (Monday to Thursday)",
                 "Nursery log emailed to Naomi every Friday; Esme in by 9.15am on at least 95% of her nursery "
                 "days by the review conference"],
                ["7",
                 "Get Esme to nursery by 9.15am, washed, dressed and fed, on the days Pauline does not take her",
                 "Leah Harker (mum)",
                 "Every Tuesday and Thursday nursery morning",
                 "Little Acorns' signing-in sheet shows Esme in by 9.15am, seen in the Friday log (row 6)"],
                ["8",
                 "Take Esme to nursery and give her breakfast and tea at 6 Mill Row, so that Leah can rest in "
                 "the mornings and get to her appointments",
                 "Pauline Harker (paternal grandmother)",
                 "Every Monday and Wednesday from 02/03/2026 until the review conference",
                 "Nursery signing-in sheet shows Pauline's name on those days; Pauline texts Naomi each "
                 "Friday evening to say how the week went"],
                ["9",
                 "See Leah at home, review her mood and sertraline with the consultant psychiatrist, and write "
                 "to each core group on whether her depression is lifting enough for her to get up and care "
                 "for Esme and Jonah every day, and how long any change is likely to take",
                 "Jamal Rooney, community psychiatric nurse, Caddesworth Community Mental Health Team",
                 "Every two weeks from 02/03/2026; written report two working days before each core group",
                 "Jamal's report on the case file before every core group, giving his view of Leah's capacity "
                 "to change and the likely timescale"],
                ["10",
                 "Review Leah's antidepressant and Tom's drinking, and tell Naomi in writing what each "
                 "parent's health means for their care of Esme and Jonah",
                 "Dr Helen Kaur, GP, Westgate Medical Practice",
                 "Within two weeks of conference (by 09/03/2026)",
                 "GP letter on the case file by 09/03/2026"],
                ["11",
                 "Assess Tom's drinking, breath test him at every session, and report on whether he is "
                 "stopping drinking enough to care safely for Esme and Jonah",
                 "Dean Lacey, recovery worker, Caddesworth Recovery Partnership (adult alcohol service)",
                 "Assessment by 09/03/2026; then every Tuesday; report before each core group",
                 "Assessment and reports on the case file before each core group, listing every breath test "
                 "result"],
                ["12",
                 "Drink no alcohol while caring for Esme and Jonah, go to every Tuesday session at the "
                 "Recovery Partnership, and take a breath test at every social work visit",
                 "Tom Harker (dad)",
                 "Every day from 23/02/2026; Tuesday sessions from 03/03/2026",
                 "Every breath test at Naomi's visits reads zero (visit records); the Recovery Partnership "
                 "register shows every Tuesday kept"],
                ["13",
                 "Three sessions with Esme, using her worry monster and a three houses drawing, to hear what "
                 "home is like for her and who she would tell",
                 "Naomi Fairweather, social worker",
                 "By 30/04/2026",
                 "Esme's drawings and her own words on the case file and read out at the core group on "
                 "05/05/2026"],
                ["14",
                 "Hold a transition meeting with Esme's reception teacher at Caddesworth Primary so that her "
                 "plan and what helps her are known before she starts school",
                 "Naomi Fairweather, social worker, with Mrs Penrose",
                 "By 10/07/2026, before Esme starts reception in September 2026",
                 "Meeting note on the case file; Caddesworth Primary confirms by letter that Esme's class "
                 "teacher has her plan"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Leah says she has thoughts of harming herself, or cannot get up to care for the children on two "
            "days running, Jamal (or the CMHT crisis line out of hours) will see her the same day. Until then "
            "Tom, sober, or Pauline will care for Esme and Jonah, and Naomi will visit the next working day.",
            "If Tom is found drunk while caring for the children, or any breath test at a visit is over zero, "
            "he will leave the house that day to stay with his brother Gary at 14 Tanner Street, and Naomi "
            "(or the Emergency Duty Team) will hold a strategy discussion with Caddesworth Police the same day.",
            "If Pauline cannot do the Monday and Wednesday nursery runs and meals (she is ill, away, or feels "
            "she cannot carry on), she will ring Naomi that day. Chloe Ambrose will take Esme to nursery on "
            "those mornings, and if neither parent can care for the children safely, Naomi will arrange a "
            "foster placement for Esme and Jonah together the same day.",
            "If Jonah's weight drops further below the 9th centile, or the home conditions checklist scores "
            "below 8 at two visits running after 10/03/2026, or Tom has two positive breath tests, Naomi will "
            "ask Rachel Osei for a legal planning meeting within five working days to decide whether to start "
            "the Public Law Outline.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 1.30pm at Caddesworth Family Hub: 10/03/2026, "
            "07/04/2026 and 05/05/2026.",
            "Review child protection conference: 19/05/2026, 10am, Caddesworth Civic Centre.",
        ]),
        ("p", "Plan agreed at conference on 23/02/2026 and sent to Leah, Tom, Pauline and every professional "
              "named above on 24/02/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Review conference plan printed from a case system: landscape, page
#    header and footer, labelled field tables, a task register with
#    "Frequency / end date" and "Success indicator" columns, trigger /
#    response contingency fields. Domestic abuse, mother's drinking and
#    anxiety. A few faults (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b169_corbelton_rcpc_case_print_task_register_wilczek.pdf",
    "doc_title": "Child Protection Plan (Review) - Oliwia and Kacper Wilczek",
    "split": "heldout",
    "actions": 15,
    "landscape": True,
    "font_size": 9.5,
    "min_pages": 2,
    "header": "CORBELTON BOROUGH COUNCIL \u2013 CaseWeave \u2013 Child Protection Plan (Review) \u2013 OFFICIAL-SENSITIVE",
    "footer": "Printed 17/03/2026 11:04 by S.MARLOW \u2013 Case CW-448213 \u2013 Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-plan-case-system-print-paged-landscape-header-footer-field-value-tables-subjects-household-reason-progress-since-icpc-childrens-views-outcomes-then-task-register-task-id-task-responsible-frequency-end-date-success-indicator-then-trigger-response-contingency-fields-review-fields",
    "description": (
        "Review conference plan for a 9-year-old girl and a 6-year-old boy after their father's "
        "violence to their mother, who has drunk heavily and had panic attacks since. Printed from "
        "a case system to PDF, landscape, with a header and footer on every page: field tables, "
        "progress since the initial conference, each child's words, outcomes, then a task register "
        "(Task ID, Task, Responsible, Frequency / end date, Success indicator) and trigger / "
        "response contingency fields. Most tasks are sound (fortnightly visits seeing each child "
        "alone, the alcohol service's report on change, the GP's letter, the school's attendance "
        "and incident counts, a police flag). Faults: the Freedom Programme 'Start date TBC'; the "
        "aunt's help 'As and when'; direct work with Oliwia with no time; a young carers referral "
        "with no success indicator; routine work measured by 'improvement ... see how it goes'; "
        "talking therapy for the mother measured by attendance only; 'All agencies' sharing "
        "concerns; and no legal planning anywhere in the plan."
    ),
    "blocks": [
        ("title", "Child Protection Plan \u2013 Review"),
        ("table", {
            "widths": [6.0, 19.7],
            "bold_first_col": True,
            "rows": [
                ["Plan ID", "CPP-2025-1187 (version 2)"],
                ["Subjects", "WILCZEK, Oliwia (F) DOB 04/05/2016, age 9\nWILCZEK, Kacper (M) DOB 21/01/2020, age 6"],
                ["Address", "22 Ferrier Close, Corbelton CB6 2LW"],
                ["Household", "Marta WILCZEK (mother, 34)"],
                ["Other significant adults", "Piotr WILCZEK (father, 37): non-molestation order to 04/11/2026, "
                                             "no contact at present\nKatarzyna NOWAK (maternal aunt, 29), "
                                             "3 Orchard Way, Corbelton"],
                ["Category", "Emotional abuse"],
                ["Plan start", "ICPC 11/11/2025"],
                ["This version", "Agreed at RCPC 1, 10/03/2026. Chair: Gillian Hoyle (IRO)"],
                ["Allocated worker", "Sam Marlow, social worker, Corbelton Children's Services, Team 3 "
                                     "(team manager: Ade Fashola)"],
                ["Language", "Marta reads English well; Polish interpreter offered for meetings and declined"],
            ],
        }),
        ("h2", "Reason for plan (summary)"),
        ("p", "On 21/10/2025 police were called to 22 Ferrier Close after Piotr pushed Marta down the stairs. "
              "Oliwia stood between them and rang 999; Kacper hid in the wardrobe. Police had been called "
              "to the address three times in 2025. After Piotr left, Marta began drinking a bottle of wine "
              "most evenings and has had panic attacks at night. Oliwia has been getting Kacper ready for "
              "school and putting him to bed. Kacper has hit other children at school since October."),
        ("h2", "Parental health"),
        ("p", "Marta: anxiety with panic attacks, diagnosed by her GP in December 2025 (sertraline). "
              "Alcohol: up to a bottle of wine most evenings from October to January, by her own account; "
              "she says about two glasses a week since February. Piotr: not known."),
        ("h2", "Progress since ICPC"),
        ("bullets", [
            "Piotr has kept to the non-molestation order since it was made on 04/11/2025 (police checks).",
            "Marta has seen the Corbelton Recovery Service every week since 02/12/2025; her breath tests at "
            "sessions have read zero since 13/01/2026.",
            "Oliwia's attendance has risen from 79% to 88%. Kacper had 6 playground incidents in February "
            "(9 in November).",
            "The home is warm, clean and stocked with food at every visit since January.",
        ]),
        ("h2", "Child's views"),
        ("table", {
            "widths": [6.0, 19.7],
            "bold_first_col": True,
            "rows": [
                ["Oliwia (seen alone at school, 03/03/2026)",
                 "\u201cI don't want Dad to come back to the house. Mum is better now but sometimes she still has "
                 "wine and then she cries. I still do Kacper's bath because he likes how I do it. I'd like to go "
                 "to Brownies again.\u201d Safe at home: 7/10 (4/10 at ICPC)."],
                ["Kacper (seen at home, 05/03/2026)",
                 "Drew his family with Dad \u201cfar away in a car\u201d. Said: \u201cMummy cries in the kitchen. "
                 "I get cross at school when people shout.\u201d Chose the happy face for Ciocia Kasia's house "
                 "and the worried face for bedtime."],
            ],
        }),
        ("h2", "Outcomes"),
        ("numbers", [
            "Oliwia and Kacper live free from domestic abuse and their father does not come to the home.",
            "Oliwia and Kacper are cared for every evening by a mother who is sober and calm enough to put "
            "them to bed.",
            "Oliwia no longer looks after Kacper or her mother and has time for school, friends and Brownies.",
            "Kacper can manage his feelings at school and home without hitting out.",
        ]),
        ("h2", "Plan tasks"),
        ("table", {
            "header": ["Task ID", "Task", "Responsible", "Frequency / end date", "Success indicator"],
            "widths": [1.8, 8.0, 5.0, 4.4, 6.5],
            "rows": [
                ["T-01",
                 "Visit Oliwia and Kacper at home and see each child alone, using their worry jars",
                 "Sam Marlow, social worker",
                 "Fortnightly until RCPC 2 (09/06/2026)",
                 "Visit record on CaseWeave after each visit with each child's own words; worry jar notes "
                 "scanned to the file"],
                ["T-02",
                 "Drink no alcohol while Oliwia and Kacper are in her care, and keep a drink diary",
                 "Marta Wilczek (mother)",
                 "Daily from 10/03/2026",
                 "Drink diary seen at every SW visit; breath tests at Corbelton Recovery Service read zero "
                 "at every session"],
                ["T-03",
                 "Weekly key-work with Marta on her drinking, with breath tests, and a written report on "
                 "whether she is staying sober enough to care for Oliwia and Kacper",
                 "Helen Quirk, recovery worker, Corbelton Recovery Service (adult alcohol service)",
                 "Weekly; report 3 working days before each core group",
                 "Report and breath test results uploaded to CaseWeave before each core group"],
                ["T-04",
                 "Weekly CBT sessions for Marta's anxiety and panic attacks",
                 "Owen Blake, therapist, Corbelton NHS Talking Therapies",
                 "Weekly, 12 sessions from 17/03/2026",
                 "Attends at least 10 of 12 sessions (Talking Therapies attendance record)"],
                ["T-05",
                 "Safety planning with Marta, including what she and the children do if Piotr comes to "
                 "the house or school",
                 "Nadia Rahman, IDVA, Corbelton Domestic Abuse Service",
                 "Fortnightly until 09/06/2026; written safety plan by 24/03/2026",
                 "Copy of the written safety plan on file by 24/03/2026; Oliwia can say to the SW what she "
                 "would do"],
                ["T-06",
                 "Complete the Freedom Programme (12 weeks) to understand the effect of the abuse on Oliwia "
                 "and Kacper",
                 "Marta Wilczek (mother)",
                 "Start date TBC",
                 "Certificate of completion; Marta tells the SW in her own words how the children were "
                 "affected"],
                ["T-07",
                 "Check in with Oliwia each morning, record her attendance and any worry she raises, and tell "
                 "the SW the same day if she is absent",
                 "Mr Keith Ellery, DSL, St Barnabas CE Primary",
                 "Every school day",
                 "Attendance on the weekly email to the SW up from 88% to 95% by RCPC 2"],
                ["T-08",
                 "ELSA sessions with Kacper on anger and worries, using Lego and his feelings faces",
                 "Mrs Dina Patel, ELSA, St Barnabas CE Primary",
                 "Every Wednesday, six sessions from 18/03/2026",
                 "Playground incidents logged on CPOMS fall from 6 a month to 2 or fewer by RCPC 2"],
                ["T-09",
                 "Refer Oliwia to Corbelton Young Carers for an assessment and a place at the Tuesday group",
                 "Sam Marlow, social worker",
                 "By 24/03/2026",
                 "-"],
                ["T-10",
                 "Home sessions with Marta on the children's bedtime and morning routines",
                 "Lorna Fitch, family support worker, Corbelton Early Help",
                 "Weekly visits for 8 weeks from 17/03/2026",
                 "Improvement in routines \u2013 see how it goes"],
                ["T-11",
                 "Have Oliwia and Kacper for tea and help with homework, to give Marta a break",
                 "Katarzyna Nowak (maternal aunt)",
                 "As and when",
                 "Katarzyna texts the SW after each evening"],
                ["T-12",
                 "Flag 22 Ferrier Close for an urgent response if Piotr is seen near the address or the "
                 "school",
                 "PC Jon Aldred, Corbelton Police Domestic Abuse Unit",
                 "By 17/03/2026, kept until the order ends on 04/11/2026",
                 "Email confirming the flag saved on CaseWeave"],
                ["T-13",
                 "Share any concern about Oliwia or Kacper with the SW the same day",
                 "All agencies",
                 "Same day",
                 "Each concern logged on CaseWeave"],
                ["T-14",
                 "Direct work with Oliwia on what happened and on which jobs at home are grown-ups' jobs",
                 "Sam Marlow, social worker",
                 "-",
                 "Oliwia's workbook on file; Oliwia tells the SW in her own words which jobs are not hers"],
                ["T-15",
                 "Review Marta's sertraline and write to the SW on her health and how it affects her care of "
                 "Oliwia and Kacper",
                 "Dr Farah Siddiqui, GP, Hollins Road Surgery",
                 "By 31/03/2026",
                 "GP letter saved on CaseWeave by 31/03/2026"],
            ],
        }),
        ("h2", "Contingency"),
        ("table", {
            "header": ["Trigger", "Response"],
            "widths": [9.0, 16.7],
            "rows": [
                ["Piotr comes to the house or school, or contacts Marta or the children in breach of the order",
                 "Marta rings 999; police attend as a priority (T-12 flag) and arrest for breach. SW (or EDT "
                 "out of hours) holds a strategy discussion with police the same day. If Marta is hurt, the "
                 "children stay with Katarzyna at 3 Orchard Way that night."],
                ["Marta is found under the influence of alcohol while the children are in her sole care, or a "
                 "breath test at a session is positive",
                 "The children go to Katarzyna's that night and stay until the SW has seen Marta sober. SW "
                 "sees both children the next working day."],
                ["Katarzyna cannot have the children (she is ill, away or cannot go on)",
                 "Katarzyna tells the SW that day. Lorna Fitch (family support) visits at teatime that week; "
                 "if the children need somewhere to stay, the SW places them together with Corbelton foster carers the same "
                 "day."],
            ],
        }),
        ("h2", "Review arrangements"),
        ("table", {
            "widths": [6.0, 19.7],
            "bold_first_col": True,
            "rows": [
                ["Core group frequency", "Every 4 weeks"],
                ["Next core groups", "07/04/2026 15:30, 05/05/2026 15:30, St Barnabas CE Primary"],
                ["RCPC 2", "09/06/2026 10:00, Corbelton Town Hall, Committee Room 2"],
            ],
        }),
    ],
    "findings": [
        F("T002", "Complete the Freedom Programme (12 weeks) to understand the effect"),
        F("T002", "Have Oliwia and Kacper for tea and help with homework"),
        F("T001", "Direct work with Oliwia on what happened and on which jobs"),
        F("M001", "Refer Oliwia to Corbelton Young Carers for an assessment"),
        F("M002", "Home sessions with Marta on the children's bedtime and morning routines"),
        F("H001", "Weekly CBT sessions for Marta's anxiety and panic attacks"),
        F("W002", "Share any concern about Oliwia or Kacper with the SW"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Initial conference plan written as bullets under each outcome; one
#    outcome gives a single "How we'll know" check for all its bullets.
#    Mother's weekend drug use, grandparents helping. A few faults (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b169_chalkmere_outcome_bullets_check_lines_doherty.md",
    "split": "heldout",
    "actions": 16,
    "template": "icpc-plan-md-details-list-worries-going-well-callums-words-avas-day-then-four-outcome-headings-each-with-what-will-happen-bullets-owner-first-time-and-check-in-the-sentence-one-outcome-with-a-shared-how-well-know-line-then-if-things-go-wrong-meetings",
    "description": (
        "Initial child protection plan for a 7-year-old boy and a 22-month-old girl whose mother "
        "uses cocaine and cannabis at weekends and left them alone at night; the maternal "
        "grandparents have them every weekend. Written as bullets under four outcome headings, "
        "each bullet saying who, what, when and how anyone will know; the home conditions outcome "
        "gives one 'How we'll know' check for all its bullets. Most bullets are sound (the health "
        "visitor's fortnightly weights up to Ava's 2-year review, the drug service's tests and "
        "report, weekend stays with a Sunday text, the school's Friday attendance email). Faults: "
        "a dentist registration nobody owns; a nursery place with no time or measure; the "
        "grandmother's call-ins 'ongoing'; a family group conference 'when appropriate'; a "
        "teacher's Monday check-ins measured only by 'we will discuss progress at core group'; and "
        "a contingency that sends the children to the grandparents with no word on what happens if "
        "they cannot help."
    ),
    "text": """\
# Chalkmere City Council – Children's Social Care

## Child protection plan: Callum and Ava Doherty

- **Children:** Callum Doherty, born 11/07/2018 (7), Year 3 at Chalkmere Junior School; Ava Doherty,
  born 02/04/2024 (22 months)
- **Home:** 17 Saxon Rise, Chalkmere CH2 5TY, with their mum
- **Mum:** Shannon Doherty (26)
- **Ava's dad:** Ryan Mills (28), lives in Elmfield; sees Ava most Sundays. Callum's dad is not in touch.
- **Grandparents:** Bernie and Frank Doherty (Shannon's parents), 9 Quarry Lane, five minutes away
- **Initial child protection conference:** 02/02/2026. Chair: Derek Vance. Category: neglect
- **Social worker:** Gemma Hurst, Chalkmere Children's Social Care (team manager: Paul Ainsworth)

## What we are worried about

On Saturday 10/01/2026 a neighbour found Callum in the street at 11pm in his pyjamas, looking for his mum.
Ava was asleep in her cot and Shannon was at a friend's house two streets away. Shannon told the police she
had "only popped out" and that she had taken cocaine and smoked cannabis that evening. Police found cannabis
and a grinder on the kitchen worktop. The health visitor has seen Ava twice with sore, untreated nappy rash,
and Ava has missed her 1-year review and has no dentist. Callum's attendance this year is 82% and he is late
about twice a week. At the visit on 20/01/2026 the back bedroom and the garden were full of bags of rubbish
and broken glass.

## What is going well

- Shannon is honest about her drug use and agreed to a referral to Chalkmere Drug and Alcohol Service,
  which saw her on 27/01/2026.
- Bernie and Frank have had the children every weekend since 10/01/2026 and the children are happy there.
- Callum is kind to Ava, reads well and loves football.
- Ryan sees Ava most Sundays and wants to be more involved.

## What Callum says and what Ava's days are like

Callum (seen on his own at school by Gemma Hurst, 28/01/2026): "I woke up and Mum wasn't there so I went to
find her. I was scared for Ava. Nan's house is the best because there's always tea. I don't like it when
Mum's friends come round and it smells funny." He said he would like Mum "to stay in at night" and to go
to football club on Thursdays.

Ava is a busy toddler who says about ten words. At the visit on 20/01/2026 she was in a nappy that had not
been changed since the night before, and she cried when it was changed because her skin was sore. She went
straight to Gemma for a cuddle, and she ate two bowls of pasta at Bernie's on the Sunday.

## Outcome 1: Ava is clean, healthy and growing well, and her nappy rash has gone

What will happen:

- Jess Toal, health visitor, will visit Ava at home every two weeks from 09/02/2026 until her 2-year
  review, weigh her and check her skin; her weights will be plotted on the centile chart in her red book
  and the rash recorded as healed by the core group on 16/03/2026.
- Shannon will change Ava's nappy at least every three hours in the day and use the cream the GP
  prescribed, starting today; Jess will see a filled-in nappy chart at each of her visits.
- Jess Toal will do Ava's 2-year development review (ASQ-3) with Shannon by 14/04/2026, and the scores
  will be written in the red book and sent to Gemma.
- Ava will be registered with a dentist by 28/02/2026, and the practice's letter will be kept on file.
- Shannon will look into a funded nursery place for Ava.

## Outcome 2: Callum and Ava are always looked after by a sober adult and are never left alone

What will happen:

- Shannon will not use cocaine, cannabis or alcohol while she is caring for Callum or Ava. She will give a
  hair strand test by 27/02/2026 and a urine test at every session at Chalkmere Drug and Alcohol Service,
  and the results will be sent to Gemma.
- Lee Ansell, recovery worker at Chalkmere Drug and Alcohol Service, will see Shannon every Tuesday and
  write a report before each core group on whether she is still using and whether she can stay drug-free
  while she has the children; his report and the test results will be on file before every core group.
- Bernie and Frank Doherty will have Callum and Ava to stay at 9 Quarry Lane every Friday and Saturday
  night; Bernie will text Gemma each Sunday to say how the weekend went.
- Bernie will call in at Saxon Rise to check the children have eaten, ongoing; what they ate will be
  written in the kitchen notebook for Gemma to read.
- Gemma Hurst will refer the family for a family group conference when appropriate, and the family's plan
  from it will be shared with the core group.

## Outcome 3: Callum gets to school every day on time, and has a grown-up to tell when he is worried

What will happen:

- Mrs Odunsi, safeguarding lead at Chalkmere Junior School, will record Callum's attendance and lateness
  every school day and email it to Gemma each Friday; his attendance should rise from 82% to 95% by the
  review conference.
- Miss Kerr, Callum's class teacher, will meet Callum for a check-in every Monday morning, and we will
  discuss progress at core group.
- Gemma Hurst will see Callum on his own at school every two weeks and write down his words, and his "safe
  hands" drawing of the five grown-ups he can tell will be on file by 27/02/2026.

## Outcome 4: Home is clean and safe, with no drugs, rubbish or broken glass where the children can reach

How we'll know for everything under this outcome: Gemma's home conditions checklist, filled in at every
visit, scores 9 out of 10 or more, and no drugs, grinders or foil are seen anywhere in the house.

What will happen:

- Gemma Hurst will visit the home weekly from 03/02/2026, one visit in three unannounced, and look in every
  room the children use.
- Shannon will clear the back bedroom and the garden of rubbish and broken glass by 23/02/2026.
- Marcus Pell, family support worker at Chalkmere Family Centre, will do six sessions with Shannon on
  cleaning, laundry and shopping, every Wednesday from 11/02/2026.

## If things go wrong

- If Shannon uses drugs or drinks while caring for the children, or leaves them alone at any time, the
  children will go to Bernie and Frank's at 9 Quarry Lane that night, and Gemma (or the Emergency Duty
  Team) will hold a strategy discussion with the police the same day.
- If Callum or Ava is found alone again, or Shannon's tests are positive twice, Gemma will ask Paul
  Ainsworth for a legal planning meeting within five working days.

## Meetings

- Core group every four weeks, Mondays at 3.30pm at Chalkmere Family Centre: 16/03/2026 and 13/04/2026.
- Review child protection conference: 28/04/2026 at 10am, Chalkmere Civic Centre.
""",
    "findings": [
        F("W001", "Ava will be registered with a dentist by 28/02/2026"),
        F("T001", "Shannon will look into a funded nursery place for Ava."),
        F("M001", "Shannon will look into a funded nursery place for Ava."),
        F("T002", "Bernie will call in at Saxon Rise to check"),
        F("T002", "refer the family for a family group conference when appropriate"),
        F("M002", "meet Callum for a check-in every Monday morning"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Second core group minutes: attendance table of initials, numbered
#    minutes, then an action log headed No. / Action / Lead / Review by /
#    How we'll check. Father's drinking, mother's depression, no adult
#    service owning work. A few faults (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b169_crowlingham_core_group_minutes_action_log_pearce.docx",
    "doc_title": "Core Group Minutes - Kyle and Mia Pearce",
    "split": "heldout",
    "actions": 14,
    "template": "core-group-2-minutes-docx-kv-meeting-details-attendance-table-name-initials-role-then-numbered-heading-minutes-previous-actions-agency-updates-childrens-views-scaling-outcomes-contingency-dates-then-action-log-no-action-lead-review-by-how-well-check",
    "description": (
        "Minutes of the second core group for an 11-year-old boy and an 8-year-old girl (neglect "
        "and emotional harm). Their father drinks daily since losing his job and their mother has "
        "depression. Numbered minutes (updates by agency, the children's words, scaling, outcomes, "
        "contingency, dates) end in an action log whose owners are the initials from the "
        "attendance table and whose times sit in a 'Review by' column. Most rows are sound (weekly "
        "visits, the schools' Friday logs, direct work with Mia, bedtimes on a chart). Faults: "
        "housing repairs 'ASAP'; one-to-one time with Kyle 'Ongoing'; a young carers referral "
        "carried forward with no review date; routine sessions measured only by 'Feedback at core "
        "group'; the school nurse's check with no measure; 'Core group members' sharing worries; "
        "the father's drinking and mother's depression recorded while no adult service owns any "
        "action; and the review conference date still to be confirmed."
    ),
    "blocks": [
        ("title", "Core Group Meeting \u2013 Minutes"),
        ("kv", [
            ("Children", "Kyle Pearce, born 23/03/2014 (11), Year 7, Crowlingham Academy; Mia Pearce, born "
                         "30/08/2017 (8), Year 4, Hollybank Primary"),
            ("Address", "58 Harrow Street, Crowlingham CW3 9JA"),
            ("Meeting", "Core group 2, Wednesday 14/01/2026, 3.45pm, Hollybank Primary, small hall"),
            ("Plan", "Child protection plan from the initial conference on 02/12/2025 (neglect and "
                     "emotional harm)"),
            ("Chair and minutes", "Ellie Marsh, social worker"),
        ]),
        ("h2", "Attendance"),
        ("table", {
            "header": ["Name", "Initials", "Role and agency"],
            "widths": [4.5, 2.0, 10.5],
            "rows": [
                ["Ellie Marsh", "EM", "Social worker, Crowlingham Children's Services (team manager: Nadine Cross)"],
                ["Jodie Pearce", "JP", "Mum"],
                ["Lee Pearce", "LP", "Dad"],
                ["Tara Dunn", "TD", "Family support worker, Crowlingham Early Help"],
                ["Greg Franks", "GF", "Head of Year 7 and designated safeguarding lead, Crowlingham Academy"],
                ["Sue Hadley", "SH", "Designated safeguarding lead, Hollybank Primary"],
                ["Kath Ibbot", "KI", "School nurse, Crowlingham 0-19 Service"],
                ["Apologies", "-", "Dr Owen Rees, GP, Tanyard Surgery (no report sent); Crowlingham Homes "
                                   "housing officer"],
            ],
        }),
        ("h2", "1. Purpose of the meeting"),
        ("p", "EM explained that the core group checks how the plan is going between conferences and agrees "
              "what needs to happen next. Everyone had a copy of the plan from the initial conference."),
        ("h2", "2. Actions from core group 1 (17/12/2025)"),
        ("p", "EM went through the CG1 actions. New beds for both children were delivered on 05/01/2026; the "
              "broken lock on the bathroom door has been fixed; Kyle's bus pass has arrived. The referral for "
              "Kyle to young carers has not been made yet and stays on the action log (row 11)."),
        ("h2", "3. Updates"),
        ("p", "3.1 EM: five visits since CG1, two unannounced. Downstairs tidier. Mia's bedroom has damp and "
              "black mould on the wall beside her bed. Lee smelt of alcohol at the 4pm visit on 08/01/2026 and "
              "there were over thirty cans in the recycling."),
        ("p", "3.2 JP: Jodie said her mood is still low. Her GP increased her sertraline in December and she is "
              "on the waiting list for Crowlingham Talking Therapies (told about twelve weeks). Mornings are "
              "the hardest."),
        ("p", "3.3 LP: Lee said he is down to \u201ca few cans at night\u201d, four to six. He has not yet contacted "
              "Crowlingham Recovery Hub. He lost his job at the distribution centre in November."),
        ("p", "3.4 TD: two routine sessions done since CG1; the bedtime chart is on the kitchen wall but has "
              "only been filled in on three nights."),
        ("p", "3.5 GF: Kyle's attendance is 89%, late three times since Christmas, often tired, homework not "
              "handed in. He told his tutor he is \u201cthe man of the house when Dad's had a drink\u201d."),
        ("p", "3.6 SH: Mia's attendance is 92%. She arrived hungry twice last week and was in a dirty "
              "uniform three days running. She has head lice again."),
        ("p", "3.7 KI: saw Mia once about head lice in December; no height or weight taken since Year 3."),
        ("h2", "4. Kyle and Mia's views"),
        ("p", "Kyle (seen on his own at school by EM, 09/01/2026): \u201cDad's alright when he hasn't had a "
              "drink. When he has, him and Mum argue and I take Mia upstairs and put my music on. I want him "
              "to stop, and I want to go to the skatepark with him like before.\u201d"),
        ("p", "Mia (seen at home by EM, 12/01/2026): showed EM the black marks on her wall and said \u201cit "
              "smells and I cough at night\u201d. She said she likes breakfast club \u201cbecause there's "
              "toast\u201d and that Kyle looks after her."),
        ("h2", "5. Scaling"),
        ("p", "0 = the children are not safe at home; 10 = safe enough for the plan to end. EM 4, JP 6, LP 7, "
              "TD 5, GF 4, SH 5, KI 5."),
        ("h2", "6. Outcomes (from the conference plan)"),
        ("numbers", [
            "Kyle and Mia are cared for by parents who are sober and well enough to get them up, fed and to "
            "school on time every day.",
            "Mia sleeps in a dry, warm bedroom without damp or mould.",
            "Kyle and Mia no longer hear their parents arguing when Dad has been drinking, and Kyle no longer "
            "looks after Mia.",
            "Both children have a trusted adult at school and can say how things are at home.",
        ]),
        ("h2", "7. Contingency (reviewed, no change)"),
        ("p", "If Lee is drunk while he is the only adult caring for Kyle and Mia, or there is any violence "
              "between the parents, Jodie will ring 999 and the children will stay with Jodie's sister, Claire "
              "Moss, at 12 Linden Court that night; EM (or the Emergency Duty Team) will hold a strategy "
              "discussion with the police the same day. If Claire cannot have them, EM will place the "
              "children together with Crowlingham foster carers that night. If Kyle's or Mia's attendance "
              "falls below 85% or EM finds Lee drunk at two visits before the review conference, EM will ask "
              "Nadine Cross for a legal planning meeting within five working days."),
        ("h2", "8. Dates"),
        ("bullets", [
            "Core group every four weeks, Wednesdays 3.45pm at Hollybank Primary: 11/02/2026 and 11/03/2026.",
            "Review child protection conference: date to be confirmed by the Safeguarding Unit (being "
            "rebooked after the chair's absence).",
        ]),
        ("h2", "9. Action log"),
        ("table", {
            "header": ["No.", "Action", "Lead", "Review by", "How we'll check"],
            "widths": [1.0, 6.0, 2.0, 3.2, 4.8],
            "rows": [
                ["1",
                 "Visit Kyle and Mia at home, see each child on their own, and check the fridge, both bedrooms "
                 "and the recycling for cans",
                 "EM",
                 "Weekly until the review conference",
                 "Visit notes on file with each child's words, what food was in and the can count"],
                ["2",
                 "Self-refer to Crowlingham Recovery Hub about his drinking and tell EM the date of his first "
                 "appointment",
                 "LP",
                 "By 23/01/2026",
                 "Hub's letter confirming the appointment shown to EM"],
                ["3",
                 "Drink nothing on school days until Kyle and Mia are in bed",
                 "LP",
                 "Every school day from 15/01/2026",
                 "Kyle and Mia asked at EM's visits whether Dad had cans before their bedtime, answers written "
                 "in the visit notes; no open cans seen at unannounced visits"],
                ["4",
                 "Book a review of her medication with her GP and tell EM what was agreed",
                 "JP",
                 "By 28/01/2026",
                 "Jodie shows EM her new prescription or the appointment letter"],
                ["5",
                 "Chase Crowlingham Homes about the damp and black mould in Mia's bedroom and ask for repairs",
                 "EM",
                 "ASAP",
                 "Letter from Crowlingham Homes with a repair date on file"],
                ["6",
                 "Four home sessions with Jodie and Lee on morning and bedtime routines, starting with school "
                 "mornings",
                 "TD",
                 "Fortnightly from 21/01/2026",
                 "Feedback at core group"],
                ["7",
                 "Mentor meeting with Kyle, and check his attendance, lateness and homework",
                 "GF",
                 "Every Friday",
                 "Attendance and behaviour points emailed to EM each Friday; attendance above 95% by the "
                 "Easter holidays"],
                ["8",
                 "Record Mia's arrival time and whether she has eaten and is in clean uniform, and keep her "
                 "breakfast club place",
                 "SH",
                 "Every school day",
                 "Log emailed to EM each Friday; Mia in clean uniform on at least 9 of 10 days"],
                ["9",
                 "Check Mia's height and weight and treat her head lice with Jodie",
                 "KI",
                 "By 06/02/2026, and again by 20/03/2026",
                 "-"],
                ["10",
                 "Tell EM the same day of any worry about Kyle or Mia, including either child saying Dad "
                 "was drunk",
                 "Core group members",
                 "Same day",
                 "Logged on the case file"],
                ["11",
                 "Refer Kyle to Crowlingham Young Carers for an assessment (carried forward from CG1)",
                 "EM",
                 "-",
                 "Assessment outcome letter on file"],
                ["12",
                 "Three sessions with Mia on her worries and wishes, using the \u201cMe and my family\u201d "
                 "workbook",
                 "EM",
                 "By 27/02/2026",
                 "Mia's workbook pages on file and her words read out at the core group on 11/03/2026"],
                ["13",
                 "One-to-one time with Kyle doing something he chooses (he asked for football or the "
                 "skatepark)",
                 "LP",
                 "Ongoing",
                 "Kyle tells EM what they did; EM writes his words in her visit notes"],
                ["14",
                 "Make sure Mia is in bed by 8.30pm and Kyle by 9.30pm, and fill in the bedtime chart",
                 "JP",
                 "Every school night",
                 "Bedtime chart seen at EM's visits, with times written in on at least 4 of 5 school nights"],
            ],
        }),
        ("p", "Minutes typed by EM on 15/01/2026 and sent to everyone present, with apologies sent to the GP."),
    ],
    "findings": [
        F("T002", "Chase Crowlingham Homes about the damp and black mould"),
        F("T002", "One-to-one time with Kyle doing something he chooses"),
        F("T001", "Refer Kyle to Crowlingham Young Carers for an assessment"),
        F("M002", "Four home sessions with Jodie and Lee on morning"),
        F("M001", "Check Mia's height and weight and treat her head lice"),
        F("W002", "Tell EM the same day of any worry about Kyle"),
        F("F004"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan as a numbered outline in plain text; the plan
#    part is in three timed sub-parts (the last, "Also agreed", untimed) and
#    the measures are keyed by item number in a separate part. Unexplained
#    bruising to a baby; mother's PTSD. A few faults (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b169_cinderbury_numbered_outline_keyed_checks_nwosu.txt",
    "split": "heldout",
    "actions": 15,
    "template": "icpc-plan-plain-text-numbered-outline-1-to-9-sub-numbered-details-key-of-initials-worries-going-well-children-outcomes-then-plan-in-three-sub-parts-straight-away-by-date-every-week-until-review-also-agreed-items-6-x-y-then-separate-how-we-will-know-part-keyed-by-item-number-contingency-meetings",
    "description": (
        "Initial child protection plan for an 11-week-old baby with unexplained bruising to his "
        "cheek and ear and his 5-year-old sister. Their father, who says he handled the baby "
        "roughly when stressed, has moved to his brother's; their mother has post-traumatic stress "
        "disorder. A plain-text numbered outline: details with a key of initials, worries, what is "
        "going well, the children, outcomes, then the plan in three parts ('Straight away - all "
        "by 18/03/2026', 'Every week until the review conference', 'Also agreed', which gives no "
        "time), and a separate 'How we will know' part keyed by item number. Most items are sound "
        "(the parenting assessment, the paediatric follow-up, supervised family time, the group "
        "for the father, the school's daily checks). Faults: the health visitor's checks keyed "
        "only 'monitored by PA'; trauma therapy measured by attendance only; the mother's calming steps "
        "left out of the keyed part; an after-school club place 'to be found' by nobody and with "
        "no time; a family network meeting 'TBC'; and a contingency that only has the core group "
        "meet to discuss next steps on 'further concerns'."
    ),
    "text": """\
CINDERBURY COUNCIL - CHILDREN AND FAMILIES
CHILD PROTECTION PLAN - TOBI AND ADAEZE NWOSU
Initial child protection conference: 04/03/2026 (Chair: Mark Pettifer, IRO)
Category: physical abuse (Tobi); emotional abuse (Adaeze)

1. DETAILS

1.1 Children
    Tobi Nwosu, born 15/12/2025 (11 weeks)
    Adaeze Nwosu, born 09/05/2020 (5), Year 1, Fernhill Primary

1.2 Parents
    Ngozi Nwosu (28), mother - lives with both children at 7 Alder Croft, Cinderbury CN5 1RP
    Daniel Nwosu (30), father - staying with his brother Emeka at 14 Kiln Street since 20/02/2026

1.3 Key to initials used in part 6
    RB  Rachel Bamford, social worker, Cinderbury Children and Families (team manager: Joanne Tate)
    PA  Priya Anand, health visitor, Cinderbury 0-19 Service
    JM  Joy Mensah, family time worker, Cinderbury Family Centre
    MC  Martin Crewe, therapist, Cinderbury Adult Psychological Therapies
    SL  Mrs Sarah Lowe, designated safeguarding lead, Fernhill Primary
    RL  Dr Ruth Levene, GP, Cinderbury Health Centre
    SH  Dr Sami Haddad, consultant community paediatrician, Cinderbury General Hospital
    NN  Ngozi Nwosu
    DN  Daniel Nwosu

2. WHY THERE IS A PLAN

2.1 On 18/02/2026 PA saw a bruise on Tobi's left cheek and two small bruises behind his right ear.
    Neither parent could say how they happened. SH found no medical cause, and the skeletal survey and
    eye examination on 19/02/2026 were clear.
2.2 In the police interview Daniel said that on the night of 16/02/2026 Tobi would not stop crying and
    he "held him too tight and put him down hard". He has had no help with stress or anger before.
2.3 Ngozi has post-traumatic stress disorder from her own childhood. She has nightmares and says she
    "freezes" when Tobi cries for a long time. She began therapy in January.
2.4 Adaeze was in the flat on 16/02/2026. Her teacher says she has been clingy and tearful since.

3. WHAT IS GOING WELL

3.1 Daniel told the police what happened and agreed to move out while the assessment is done.
3.2 Ngozi has kept every health appointment for both children.
3.3 Tobi is feeding well and is on the 50th centile.
3.4 Adaeze is doing well at school and loves her baby brother.

4. THE CHILDREN

4.1 Tobi is 11 weeks old. He feeds every three hours, smiles at Ngozi and Adaeze, and settles best when
    held upright. At the family centre on 27/02/2026 he cried when Daniel picked him up quickly and
    settled when Daniel slowed down and held him against his chest, as JM showed him.
4.2 Adaeze (seen on her own at school by RB, 26/02/2026): "Daddy was shouting at Tobi and Tobi was
    crying really loud. I hid under my duvet. I miss Daddy at bedtime. I want him to come home but not
    to shout." She drew her family holding hands with Tobi "in the middle so he's safe".

5. WHAT WE WANT FOR TOBI AND ADAEZE

5.1 Tobi is handled gently, is never hurt again, and keeps growing along his centile.
5.2 Tobi and Adaeze are cared for by adults who can stay calm when Tobi cries.
5.3 Adaeze feels safe at home, understands what is happening in her family, and is settled at school.
5.4 Adaeze and Tobi see their dad safely while the assessment is done.

6. THE PLAN

6.1 STRAIGHT AWAY - all by 18/03/2026 (two weeks after conference)
    6.1.1 RB: start a parenting assessment of Ngozi and Daniel, looking at how each copes when Tobi
          cries and how Daniel manages stress (to finish by 29/04/2026).
    6.1.2 PA: ICON session ("Babies cry, you can cope") and safe handling with each parent.
    6.1.3 RL: write to RB with Ngozi's and Daniel's health history and anything the practice knows
          about stress, anger or low mood.
    6.1.4 SH: see Tobi again to follow up the bruising and check his growth and development.
    6.1.5 DN: sign a written agreement not to be alone with Tobi or Adaeze, or at 7 Alder Croft,
          until the parenting assessment is finished.

6.2 EVERY WEEK UNTIL THE REVIEW CONFERENCE (27/05/2026)
    6.2.1 RB: visit 7 Alder Croft, one visit in three unannounced; see Tobi awake and being handled,
          and see Adaeze on her own.
    6.2.2 JM: supervise Daniel's family time with Tobi and Adaeze at Cinderbury Family Centre,
          Tuesdays and Fridays, 3pm to 5pm.
    6.2.3 PA: weigh Tobi, look at his skin and see how Ngozi is managing his crying.
    6.2.4 MC: trauma-focused therapy sessions with Ngozi.
    6.2.5 SL: check Adaeze's mood and presentation every school day, and ring RB the same day about
          any mark, injury or worry she raises.
    6.2.6 DN: go to the "Calm Dads" group at Cinderbury Family Centre every Thursday evening,
          eight sessions from 12/03/2026.
    6.2.7 NN: use the calming steps from the ICON session whenever Tobi cries for a long spell, and
          ring PA or RB if she feels herself freezing.

6.3 ALSO AGREED
    6.3.1 RB: three "my family" sessions with Adaeze at school, by 24/04/2026.
    6.3.2 A place at the Fernhill after-school club to be found for Adaeze, so that Ngozi can get to
          her therapy.
    6.3.3 RB: hold a family network meeting with both families to agree who can support Ngozi and the
          children - date TBC.

7. HOW WE WILL KNOW (numbers match part 6)

    6.1.1 Assessment report shared with both parents and the core group on 06/05/2026.
    6.1.2 ICON leaflet signed by both parents and PA's session note on the health record.
    6.1.3 GP letter on the social care file by 18/03/2026.
    6.1.4 SH's clinic letter to RB and the GP.
    6.1.5 Signed agreement on file; no breach reported by Ngozi, Emeka or the school.
    6.2.1 A visit record for every week, each with what Adaeze said and how Tobi was handled.
    6.2.2 JM's record after each session, shared with Daniel, saying how he picked up, fed and settled
          Tobi.
    6.2.3 Monitored by PA.
    6.2.4 Attendance at sessions recorded by MC.
    6.2.5 SL's weekly email to RB with attendance and anything seen; calls logged on CPOMS.
    6.2.6 Group register shows 8 of 8 sessions; the group leader's end report to RB.
    6.3.1 Adaeze's drawings and words on file and read at the core group on 22/04/2026.
    6.3.2 After-school club register shows Adaeze attending.
    6.3.3 Network plan written up and sent to the core group.

8. IF THINGS GO WRONG

8.1 If there are any further concerns about Tobi or Adaeze, the core group will meet to discuss next
    steps and review the plan.

9. MEETINGS

9.1 Core group every four weeks, Wednesdays at 10am, Cinderbury Family Centre: 25/03/2026, 22/04/2026
    and 20/05/2026.
9.2 Review child protection conference: 27/05/2026, 2pm, Cinderbury Council House.
9.3 If the parenting assessment finds that Daniel or Ngozi cannot keep Tobi safe, or Daniel breaks the
    written agreement, RB will ask Joanne Tate for a legal planning meeting within five working days.
""",
    "findings": [
        F("M002", "weigh Tobi, look at his skin and see how Ngozi"),
        F("H001", "trauma-focused therapy sessions with Ngozi."),
        F("M001", "use the calming steps from the ICON session whenever Tobi cries"),
        F("W001", "A place at the Fernhill after-school club to be found"),
        F("T001", "A place at the Fernhill after-school club to be found"),
        F("T002", "hold a family network meeting with both families to agree"),
        F("C002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. One-page plan written to a 15-year-old at risk of criminal
#    exploitation; "you" is Lewis. Numbered "Who will do what" items and a
#    "How we'll know" part keyed by the same numbers. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b169_coppleford_teen_plan_on_a_page_keyed_checks_fairclough.md",
    "split": "heldout",
    "actions": 12,
    "template": "one-page-cp-plan-for-15-year-old-md-written-to-him-you-is-lewis-whos-who-line-why-theres-a-plan-whats-going-ok-what-you-told-us-what-we-want-for-you-then-numbered-who-will-do-what-items-with-times-then-how-well-know-part-keyed-by-number-then-if-things-go-wrong-when-we-meet",
    "description": (
        "Exemplary one-page child protection plan written to a 15-year-old boy who has gone missing "
        "four times since December and was found in another town with cash and cannabis, at risk "
        "of criminal exploitation. 'You' is Lewis throughout. Who's who, why there is a plan, what "
        "is going OK, his own words, what we want for him, then twelve numbered 'Who will do what' "
        "items, each with a time tied to his life or the plan (every school night, within 30 "
        "minutes of curfew, within 72 hours of every return, before the Easter holidays), and a "
        "'How we'll know' part keyed by the same numbers (his mum's log, the police log, a "
        "safety score agreed with his youth worker, registers, letters). No parent is ill or uses "
        "substances. The uncle's lifts have a fallback, legal planning follows named triggers, "
        "core group and review dates are set."
    ),
    "text": """\
# My plan – Lewis Fairclough

**Coppleford Council Children's Services · child protection plan on a page**
Agreed at the initial child protection conference on 09/03/2026 (chair: Bernadette Lyle). Written with
Lewis by his social worker, Aidan Cole, on 11/03/2026. In this plan "you" means Lewis, and "Mum" means
Karen Fairclough.

**Who's who:** Aidan Cole, your social worker (Coppleford Children's Services; his manager is Joanne Pike) ·
Mum · Uncle Steve (Steve Hollins, Mum's brother) · Bex Tranter, your youth worker (Safe Routes, Coppleford
Exploitation Team) · Kayleigh Moss (Coppleford Return Home Service) · PC Liam Grant (Coppleford Police
Exploitation Unit) · Mr Darby, your head of year (Coppleford High School) · Jas Kaur, school nurse ·
Nan (Maureen Hollins, 2 Weir Lane)

## Why there's a plan

You have been missing four times since December. On 21/02/2026 you were found by police in a flat in
Brinmouth with two older men, £340 in cash and cannabis, and you had not been home for two nights. Your
attendance at school this term is 71%. The conference decided you need a child protection plan because
adults outside your family are using you, and you could be hurt or arrested.

## What's going OK

- You came to part of the conference and said what you think.
- Mum has moved to day shifts so she is home every evening, and she has reported you missing every time.
- You go to boxing with Uncle Steve and you're good at it; your coach says you could fight at the spring
  show.
- You told Bex about the men in Brinmouth, which took guts.

## What you told us

"I'm not a snitch and I don't want the police round. The older lads look after me and give me stuff, but I
know they want something back. I want to do the construction course at college and I want Mum to stop
worrying. Boxing is the only thing that makes my head quiet." You gave being safe outside the house 3 out
of 10, and inside the house 8.

## What we want for you

1. You are home safe every night and not taken to other towns by people who want to use you.
2. You are in school every day and start the construction course at Coppleford College.
3. You know who is trying to use you, and you have an adult you trust to tell when someone puts pressure
   on you.
4. You and Mum get on well enough that you want to come home.

## Who will do what

1. **You:** be home by 9pm on school nights and 10.30pm on Friday and Saturday, and text Mum if you are
   going to be late – every night from 09/03/2026.
2. **Mum:** if you are not home 30 minutes after your time, ring you and then report you missing to the
   police – within 30 minutes of your curfew, every night you are late.
3. **Aidan:** see you on your own every week, somewhere you choose, from 12/03/2026 until the review
   conference on 02/06/2026.
4. **Bex:** meet you every Thursday at 3.30pm after school for twelve weeks from 12/03/2026, to talk about
   who is who in your world, grooming and debt.
5. **Kayleigh Moss:** do a return home interview with you within 72 hours of every time you come back
   from being missing.
6. **PC Grant:** bring what police know about the people and addresses linked to you to each monthly
   exploitation (MACE) meeting, on the first Wednesday of every month.
7. **Mr Darby:** check you are in every lesson, and ring Mum and Aidan by 10am if you are not in school –
   every school day.
8. **Mr Darby:** get you a place on the one-day-a-week construction skills course at Coppleford College,
   before the Easter holidays (by 27/03/2026).
9. **Uncle Steve:** take you to boxing at Riverside ABC and bring you home afterwards – every Tuesday and
   Thursday, 6pm to 8pm.
10. **Jas Kaur:** meet you to talk about cannabis and sleep, and refer you to Switch (the young people's
    drug service) if you want that – first meeting by 27/03/2026.
11. **Mum:** go to the Safe Routes parents' group – Fridays at 10am, four sessions, 13/03/2026 to
    03/04/2026.
12. **Aidan:** hold a family network meeting with you, Mum, Uncle Steve and Nan to agree where you could
    stay if you cannot be at home – by 10/04/2026.

## How we'll know (the numbers match the list above)

1. Mum writes down the time you get in each night; Aidan reads her log at every visit. By the first core
   group you are late no more than once a week.
2. The police missing log and Mum's log match, and every time you were late it was reported within 30
   minutes of your curfew.
3. Aidan's visit notes, with your own words, are on file for every week.
4. Bex keeps a note of each session. At the first and twelfth sessions you draw your "my map" of safe and
   not-safe people, and at every session you and Bex agree a safety score out of 10, which Bex records.
5. Kayleigh's report reaches Aidan within 72 hours of each return.
6. The MACE minutes record PC Grant's update each month.
7. Mr Darby sends Aidan your attendance every Friday: up from 71% to 90% by the May half term.
8. The college confirms your place and start date by letter, and its register shows you there each week.
9. Uncle Steve texts Mum when you are home, and the boxing club register shows you at both sessions
   each week.
10. Jas's note of your meeting reaches Aidan by 27/03/2026, with a copy of the Switch referral if you
    chose one.
11. The group register shows Mum at all four sessions, and she tells Aidan one thing she is doing
    differently, which he writes down.
12. The network plan is written up and a copy given to you and Mum by 17/04/2026.

## If things go wrong

- If you go missing, Mum rings the police within 30 minutes of your curfew. If you are missing overnight,
  Aidan (or the Emergency Duty Team) holds a strategy discussion with the police the same day, and
  Kayleigh sees you within 72 hours of your return.
- If you are found with drugs to sell, a weapon, or hurt, the police will keep you safe first, Aidan will
  hold a strategy discussion that day, and you will stay at Nan's at 2 Weir Lane until it is safe for you
  to go home.
- If Uncle Steve cannot do a boxing night (work, illness, or he can't carry on), he texts Aidan and Mum
  that day; Bex takes you and brings you home that night, and the core group agrees who takes over.
- If you go missing three times in a month, or you are found again in Brinmouth, Aidan will ask Joanne
  Pike for a legal planning meeting within five working days, to decide whether you need to be looked
  after somewhere safer.

## When we meet

- Core group every four weeks, 4pm at Coppleford High School: 24/03/2026, 21/04/2026 and 19/05/2026.
  You can come to all or part of each one.
- Review child protection conference: 02/06/2026 at 10am, Coppleford Civic Hall.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Letter from the social worker to both parents after the initial
#    conference, printed to PDF with a page header and footer: numbered
#    steps saying who, what and how we'll know, then a calendar table that
#    gives every step's time by step number. Domestic abuse, mother's
#    epilepsy, maternal grandmother staying nights. Exemplary (pdf)
# ---------------------------------------------------------------------------
def _step(no, title, text):
    return [("boldp", f"Step {no} \u2013 {title}"), ("p", text)]


_LINDGREN_STEPS = (
    _step(1, "Hollie's epilepsy medicine",
          "Hollie, you will take your lamotrigine at 8am and 8pm from the weekly blister pack (step 6). How "
          "we'll know: June and Kirsty will look at the blister pack at every visit, and it will show no "
          "missed doses.")
    + _step(2, "Keeping the children safe if Hollie has a seizure",
            "Hollie, you will follow the seizure-safe care plan Maria Santos gave you: change and feed Freya "
            "sitting on the floor or the sofa, bath her only when another adult is in the house, and carry "
            "her downstairs in the carrycot, not in your arms. How we'll know: Kirsty will see the changing "
            "mat on the floor and the bath routine at her visits, and you and she will sign the seizure "
            "safety checklist by Freya's 8-week check.")
    + _step(3, "June stays over",
            "June Bright (Hollie's mum) will stay at 5 Larch Walk at night and be there for Freya's bath and "
            "night feeds. How we'll know: June fills in the night chart (feeds, bath, any seizure), which "
            "Kirsty and I read at our visits.")
    + _step(4, "The health visitor",
            "Kirsty Webb, your health visitor (Cresswold 0-19 Service), will visit at home, weigh Freya and "
            "check how Alfie is talking, playing and sleeping. How we'll know: Freya's weights are plotted in "
            "her red book and stay close to her birth centile (the 50th), and Kirsty sends me her notes after "
            "each visit.")
    + _step(5, "The epilepsy nurse",
            "Maria Santos, epilepsy specialist nurse at Cresswold General Hospital, will see Hollie to review "
            "her seizures and medicine since the pregnancy, and write to me and Dr Morgan about how safe it "
            "is for Hollie to care for the children on her own and what needs to change first. How we'll "
            "know: her letter is on file within a week of the appointment and read at the core group on "
            "14/04/2026.")
    + _step(6, "The GP and the pharmacy",
            "Dr Aled Morgan, GP at Fenwick Road Surgery, will set up weekly blister packs of Hollie's "
            "lamotrigine with Larch Pharmacy, and ring me the same day if a pack is not collected. How we'll "
            "know: the pharmacy's collection record, which the surgery sends me before each core group.")
    + _step(7, "Stefan's Choices programme",
            "Stefan, you will go to every session of Choices, the Cresswold domestic abuse programme for "
            "men. How we'll know: the Choices register, and the facilitator's progress report to me by "
            "27/05/2026 saying whether you are taking responsibility for what Alfie saw and heard.")
    + _step(8, "A safety plan for Hollie",
            "Sunita Dhillon, independent domestic violence adviser (Cresswold Domestic Abuse Service), will "
            "make a written safety plan with Hollie, including what to do if Stefan comes to the house. How "
            "we'll know: a copy of the safety plan is on file.")
    + _step(9, "Family time with Dad",
            "Dan Okoro, family time worker at Cresswold Family Centre, will supervise Stefan's time with "
            "Alfie and Freya. How we'll know: Dan's record after each session, shared with Stefan and me, "
            "says how Stefan played with Alfie and fed and settled Freya.")
    + _step(10, "Stefan keeps away from Larch Walk",
            "Stefan, you will keep to the written agreement you signed on 19/03/2026: you will not come to 5 "
            "Larch Walk, and you will text Hollie only about the children. How we'll know: Hollie tells me "
            "at each visit whether you have come or called, and I check with the police for any call-out to "
            "the address before each core group.")
    + _step(11, "My visits",
            "I will visit Alfie and Freya at home, one visit in three without telling you first, and spend "
            "time watching Alfie play. How we'll know: my visit notes, each saying what Alfie said and did "
            "and how Freya was.")
    + _step(12, "Alfie's nursery",
            "Sophie Grant, manager of Bumblebees Nursery, will write down how Alfie is on each of his nursery "
            "days (his play, his words, anything he says about home) and ring me the same day about any "
            "worry. How we'll know: the nursery's notes are emailed to me every Friday.")
    + _step(13, "The assessment",
            "I will complete a parenting assessment with you both, including what Stefan understands about "
            "how the abuse affected Alfie. How we'll know: my report is shared with you both and with the "
            "core group before the review conference.")
)

PLANS.append({
    "name": "b169_cresswold_letter_to_parents_steps_calendar_lindgren.pdf",
    "doc_title": "Letter to Hollie Bright and Stefan Lindgren - Alfie and Freya's plan",
    "split": "heldout",
    "actions": 13,
    "min_pages": 2,
    "header": "Cresswold Council \u2013 Children and Family Services \u2013 OFFICIAL-SENSITIVE",
    "footer": "Letter to Hollie Bright and Stefan Lindgren about Alfie and Freya \u2013 Page {PAGE} of {NUMPAGES}",
    "template": "sw-letter-to-both-parents-after-icpc-paged-header-footer-letterhead-dear-hollie-and-stefan-why-a-plan-going-well-what-we-have-seen-of-alfie-and-freya-what-we-want-then-numbered-bold-step-titles-each-a-paragraph-who-what-how-well-know-then-calendar-table-when-by-step-number-then-if-things-go-wrong-meetings-signed",
    "description": (
        "Exemplary child protection plan written as a letter from the social worker to both parents "
        "of a 2-year-old boy and a 3-week-old girl after the initial conference: the father's "
        "violence to the mother (he now lives apart under a written agreement) and the mother's "
        "epilepsy, poorly controlled since the pregnancy; the maternal grandmother stays nights. "
        "Printed to PDF with a header and footer on every page. Thirteen numbered steps, each a bold "
        "title and a paragraph saying who does what and how we'll know, then a calendar table that "
        "gives every step's time by step number (every night until Freya is six weeks old, every "
        "Thursday until her 8-week check, within two weeks of conference, Alfie's nursery days). "
        "The epilepsy nurse and the GP own actions, the grandmother's nights have a fallback, "
        "legal planning follows named triggers, core group and review dates are set, and the "
        "children's days are described."
    ),
    "blocks": [
        ("pr", "Cresswold Council \u2013 Children and Family Services"),
        ("pr", "Harbour House, 3 Quay Street, Cresswold CR1 2AB"),
        ("pr", "23 March 2026"),
        ("p", ""),
        ("pl", "Hollie Bright, 5 Larch Walk, Cresswold CR4 7EE"),
        ("pl", "Stefan Lindgren, Flat 3, 60 Dock Road, Cresswold CR2 9LL"),
        ("p", ""),
        ("p", "Dear Hollie and Stefan,"),
        ("boldp", "Alfie and Freya's child protection plan"),
        ("p", "Thank you both for coming to the initial child protection conference on 19 March 2026. As I "
              "promised, this letter sets out the plan the conference agreed for Alfie and Freya, in the "
              "order we talked about it. Everyone named in it has a copy and has agreed to their part. Please "
              "ring me if anything is unclear or you think something is wrong."),
        ("boldp", "Why Alfie and Freya have a plan"),
        ("p", "On 14 December 2025, when Hollie was 28 weeks pregnant, the police were called to Larch Walk. "
              "Stefan had pushed Hollie against the kitchen door and Alfie was in the room. It was the third "
              "police call-out in 2025. Since December Stefan has lived at Dock Road. Hollie's epilepsy has "
              "been harder to control since the pregnancy: she has had four seizures since January, one of "
              "them on the stairs while she was carrying Alfie on 22 January, and she has missed doses of her "
              "lamotrigine. The conference decided that Alfie and Freya need a child protection plan "
              "(category: emotional abuse) because of what Alfie has seen and heard, and because of the risk "
              "to both children if Hollie has a seizure while she is alone with them."),
        ("boldp", "What is going well"),
        ("p", "Hollie, you asked for help with your medicine yourself and have already been back to the "
              "epilepsy clinic. Stefan, you told the conference that you were responsible for what happened "
              "in December, and you have kept away from Larch Walk since. June comes every day and the "
              "children love her. Alfie is a happy, lively boy at nursery, and Freya is feeding well."),
        ("boldp", "What we have seen of Alfie and Freya"),
        ("p", "Alfie is 2 and has about thirty words. When I visited on 17 March the doorbell rang and he hid "
              "behind the sofa and said \u201cDaddy shout\u201d. At the family centre on 20 March he ran to "
              "Stefan and wanted to play trains with him, and cried when it was time to go. Freya is three "
              "weeks old. She feeds every three hours and settles quickly on June's shoulder. Hollie feeds "
              "her sitting on the sofa with cushions round her."),
        ("boldp", "What we want for Alfie and Freya"),
        ("bullets", [
            "Alfie and Freya live in a home with no violence, where they do not see or hear their dad hurting "
            "their mum.",
            "Alfie and Freya are never hurt if their mum has a seizure, and are not left alone with her while "
            "her seizures are not controlled.",
            "Freya gains weight along her centile and Alfie's talking and play keep developing.",
            "Alfie and Freya keep seeing their dad, safely.",
        ]),
        ("boldp", "What we agreed"),
        ("p", "Each step says who will do it and how we will know it is happening. The calendar after the "
              "steps says when each step happens; the numbers in it are the step numbers. \u201cI\u201d and "
              "\u201cme\u201d in this letter mean me, Lauren Pryce, your social worker."),
        *_LINDGREN_STEPS,
        ("boldp", "Your calendar"),
        ("table", {
            "header": ["When", "Steps"],
            "widths": [10.5, 6.5],
            "rows": [
                ["Every day from 19/03/2026 (Hollie's tablets at 8am and 8pm)", "1, 2 and 10"],
                ["Every night until Freya is six weeks old (10/04/2026), then Friday and Saturday nights until "
                 "the review conference", "3"],
                ["Every Thursday until Freya's 8-week check (24/04/2026), then every two weeks until the "
                 "review conference", "4"],
                ["By 02/04/2026, two weeks after the conference", "5 (appointment) and 8"],
                ["Blister packs set up by 27/03/2026, then collected every Friday", "6"],
                ["Every Wednesday evening, 7pm to 9pm, for 24 weeks from 08/04/2026", "7"],
                ["Every Tuesday and Saturday, 10am to 12 noon", "9"],
                ["Every week until the review conference", "11"],
                ["Every Monday and Wednesday (Alfie's nursery days)", "12"],
                ["By 29/05/2026, before the review conference", "13"],
            ],
        }),
        ("boldp", "If things go wrong"),
        ("bullets", [
            "If Hollie has a seizure while she is alone with either child, or misses two doses in a week, "
            "Hollie or June will ring me that day. June will then stay every night, and Hollie will not care "
            "for the children on her own until Maria Santos has seen her, which she will do within two "
            "working days.",
            "If Stefan comes to Larch Walk, or threatens or hurts Hollie, ring 999. I (or the Emergency Duty "
            "Team) will hold a strategy discussion with the police the same day, family time will stop until "
            "the core group meets, and Sunita will contact Hollie within 24 hours.",
            "If June cannot stay over (she is ill, or it is too much for her), she will ring me that day. "
            "Hollie's sister, Amy Bright, will stay those nights; if Amy cannot, I will arrange a place the "
            "same day for Hollie and both children together with Cresswold parent and child foster carers.",
            "If Stefan breaks the written agreement, Choices ends his place, or Hollie has a seizure while "
            "alone with Freya, I will ask my manager, Peter Lamb, for a legal planning meeting within five "
            "working days, to decide whether to start the Public Law Outline.",
        ]),
        ("boldp", "When we will meet"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 1pm at Cresswold Family Centre: 14/04/2026 and "
            "12/05/2026.",
            "Review child protection conference: 11/06/2026 at 10am, Harbour House.",
        ]),
        ("p", "Yours sincerely,"),
        ("pl", "Lauren Pryce"),
        ("pl", "Social Worker, Cresswold Children and Family Services (team manager: Peter Lamb)"),
        ("pl", "Tel: 01632 960 418"),
    ],
    "findings": [],
})
