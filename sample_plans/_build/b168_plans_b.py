"""Batch 168, module b: seven fictional plans (tuning material), places beginning with "b".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: the when and the how-we-will-know of good plans, each plan in a
template of its own. Times are tied to the child's life ("by the time Theo
is 16 weeks old", "before Maisie starts reception in September", "every
nursery day", "the first Monday of each month", "within 72 hours of every
return") or to the plan ("within two weeks of conference", "by the second
core group", a Frequency / end date column, a Review by column, a timeline
keyed by action number). Measures are what someone will see, count or read
(a register, a centile chart, a breath test, a checklist scored by two
workers, the child's own score agreed with a worker, a letter on file), some
given once for a group of actions (under an outcome) or keyed by number in a
separate evidence part. In the four faulty plans a few times and measures
are not real ones ("TBC", "as and when", "ongoing", "asap", "when
appropriate", "keep an eye on", "discussed at core group").

1. b168_bowlerton_icpc_whose_job_frequency_end_date_table_winters.docx: an
   initial conference plan for a 3-year-old and a 12-week-old baby (mother's
   postnatal depression, her partner's weekend drinking, a grandmother who
   helps), one Word table headed No. / What we are going to do / Whose job /
   Frequency / end date / What we will look at (docx, exemplary).
2. b168_brantholme_core_group_minutes_start_finish_log_trafford.docx: the
   minutes of a second core group after domestic abuse, numbered agenda
   items, then an action log headed Ref / Action agreed / Owner / When
   (start - finish) / We'll know because (docx). Faults: the Freedom
   Programme "start date TBC" (T002); the grandmother's supervision of
   contact "as and when Jason asks" (T002); Talking Therapies asked only for
   CBT sessions (H001); school to "monitor" (M002); a police marker with no
   measure (M001); the school counsellor's sessions with no time (T001);
   "All professionals" to report sightings (W002); no fallback if the
   grandmother cannot supervise (C003).
3. b168_byrecastle_case_print_review_by_evidence_register_nowicki.pdf: a
   case-system print after a first review conference for a 2-year-old whose
   mother is on a methadone script, with page header and footer, a task grid
   with a Review by column and a separate evidence register keyed by task
   number (pdf). Faults: the aunt's calls to the mother "Ongoing" (T002); the
   parenting assessment "TBC" (T002); a speech and language referral with
   "-" as its owner (W001); a medicine box task the register leaves out
   (M001); family support work whose evidence is "progress to be discussed
   at core group" (M002); a dental registration with no review date (T001);
   no legal planning anywhere (R002); the aunt carries the contingency with
   nothing said if she cannot (C003).
4. b168_bellwardine_numbered_outline_timeline_key_ashdown.pdf: an initial
   conference plan for a 5-week-old baby and her 7-year-old brother
   (father's cannabis use and violence) written as a numbered outline
   (sections 1 to 9, actions 6.1.1 to 6.4.2, each with its own "we will
   know" sentence) and a timeline table keyed by action number, printed to
   PDF with page header and footer (pdf, exemplary).
5. b168_burnstow_bullets_under_outcomes_group_checks_kowalczyk.md: a plan
   as bullets under each outcome, each outcome carrying a "How we'll know"
   check for the bullets under it, then "Other things we agreed" with no
   check (md). Faults: an attendance support plan "as and when needed"
   (T002); beds and bedding "asap" (T002); an outcome only about the mother
   (F002) whose check is "mood will be better" and "engaging" (M002 on the
   CPN's support bullet, which is also H001); direct work with Lena "when
   appropriate" with no check (T002, M001); "The core group will keep an eye
   on" things, with no time (W002, M002, T001); a passive repairs referral
   with no one named (W001).
6. b168_blackmarden_teen_plan_on_a_page_you_column_mcallister.md: a
   one-page plan for a 15-year-old who goes missing (risk of sexual
   exploitation, mother's drinking), written to her, "you" being Maddie, in
   a Who / What / When / How we'll know table (md, exemplary).
7. b168_brimblecote_letter_to_parents_numbered_paragraphs_fairbairn.txt: the
   social worker's letter to two parents after an initial conference, the
   plan in numbered paragraphs with "I" the social worker who signs it and
   "you" the named parents (txt). Faults: "keep an eye on" the house (M002);
   Nana Pat's school run "as and when she can" (T002); the father's drug
   tests with no time (T001); the health visitor's visits with no measure
   (M001); a passive speech and language referral (W001); a contingency of
   "if things don't get better" and "think about what happens next" (C002)
   with no legal planning (R002); the review conference "to be confirmed"
   (R001).

Exemplary: 1, 4 and 6. Every live action in them has a named owner, a real
timescale and an observable measure; outcomes are about the children; the
contingency names triggers and protective responses, and a fallback where
relatives help; core group dates and a dated review conference are set;
legal planning follows named triggers; the children's views or lived
experience are recorded; where a parent is ill or uses alcohol or drugs an
adult service owns work, and every mental health service is asked to report
on the parent's capacity to change and its timescale.

Counting convention used for "actions" (README convention 1): each row of an
action table or action log, each numbered task of a case print, each
numbered action of an outline (6.1.1 and so on; the timeline table only
times them), each bullet of a plan section, each row of the young person's
plan table and each numbered paragraph of the letter's plan counts once. The
contingency, meeting dates, outcomes, views, minutes' updates and the
evidence register are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, neglect; mother with postnatal depression,
#    her partner drinking at weekends, the maternal grandmother helping.
#    One Word table with columns named by the author. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b168_bowlerton_icpc_whose_job_frequency_end_date_table_winters.docx",
    "doc_title": "Child Protection Plan - Maisie Winters and Theo Lacey",
    "split": "tune",
    "actions": 17,
    "template": "icpc-plan-docx-kv-details-why-going-well-maisies-words-and-theos-days-outcomes-then-one-table-no-what-we-are-going-to-do-whose-job-frequency-end-date-what-we-will-look-at-times-tied-to-the-childrens-lives-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial child protection conference plan for a 3-year-old girl and her 12-week-old "
        "brother (neglect). Their mother has postnatal depression and is seen by the perinatal mental "
        "health service; the baby's father drinks heavily at weekends; the maternal grandmother does "
        "two nursery runs and has the children on Saturday nights. One Word table headed No. / What we "
        "are going to do / Whose job / Frequency / end date / What we will look at, with times tied to "
        "the children's lives ('by the time Theo is 16 weeks old', 'every nursery day', 'the first "
        "Monday of each month', 'before Maisie starts reception') and measures that can be seen or "
        "counted (red book centiles, the nursery register, breath tests, a routines checklist scored "
        "at a joint visit). The perinatal nurse reports on capacity to change, the alcohol service and "
        "GP own actions, the grandmother's help has a fallback, legal planning follows named triggers, "
        "core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Bowlerton Borough Council · Children's Services · Initial Child Protection Conference, Monday "
              "19 January 2026"),
        ("kv", [
            ("Children", "Maisie Winters, born 03/02/2022 (3); Theo Lacey, born 22/10/2025 (12 weeks)"),
            ("Address", "4 Dyer Street, Bowlerton BW2 6LT"),
            ("Mother", "Jade Winters (25)"),
            ("Theo's father", "Liam Lacey (29), lives at 4 Dyer Street. Maisie's father, Ross Gill, has no "
                              "contact and was not able to be found before conference"),
            ("Maternal grandmother", "Carol Winters (“Nan”), 12 Pennyfield Close, Bowlerton, ten minutes' walk"),
            ("Maternal aunt", "Gemma Winters, 31 Rope Walk, Bowlerton"),
            ("Category", "Neglect"),
            ("Social worker", "Hannah Mercer, Bowlerton Children's Services, Family Safeguarding Team 2 (team "
                              "manager: Nadia Rose)"),
            ("Chair", "Graham Oduya, Independent Reviewing Officer"),
        ]),
        ("h1", "Why Maisie and Theo need a plan"),
        ("p", "Since Theo was born Jade has had postnatal depression. She told her health visitor in December "
              "that some days she cannot get out of bed until the afternoon. Theo has dropped from the 25th to "
              "the 9th centile, missed his 12-week immunisations and was twice found by the health visitor "
              "asleep on the sofa beside Jade. Maisie's attendance at nursery since October is 61%, and on "
              "the days she comes she is often hungry and in yesterday's clothes."),
        ("p", "Liam drinks heavily from Friday night to Sunday. On 28/12/2025 police were called by a "
              "neighbour to shouting at 4 Dyer Street; Liam was drunk, and Maisie was found hiding in the "
              "kitchen cupboard. Liam accepts he drinks too much at weekends and has agreed to see the "
              "Bowlerton Recovery Hub."),
        ("h1", "What is going well"),
        ("bullets", [
            "Jade asked for help herself: she told her health visitor how low she felt, and she has taken "
            "her sertraline every day since 05/01/2026 (GP record).",
            "Jade and Liam both came to conference, listened, and agreed to every part of this plan.",
            "Carol sees the children most days, knows Maisie's routines and has already started doing the "
            "Tuesday and Thursday nursery runs.",
            "Maisie's nursery teacher says that on the days Carol brings her she is settled, has eaten and "
            "joins in at group time.",
        ]),
        ("h1", "Maisie's words and Theo's days"),
        ("p", "Hannah saw Maisie at nursery on 13/01/2026, with Mrs Shaw, and played with the dolls' house. "
              "Maisie put the mummy doll in bed and said, “Mummy's tired, she's always in bed.” She put the "
              "daddy doll in the kitchen and said, “Daddy Liam shouts when he has his beer, I go in the "
              "cupboard.” She said Nan's house has “my bed with the stars” and that she likes it when Nan "
              "makes her porridge."),
        ("p", "Theo is a smiley baby who is starting to reach for toys. On the health visitor's visit on "
              "08/01/2026 he had been in the same nappy for a long time and had a sore bottom, and he fed "
              "hungrily from a bottle Carol made up. He settles when he is held upright and talked to, and "
              "he follows Maisie with his eyes around the room."),
        ("h1", "What we want for Maisie and Theo"),
        ("numbers", [
            "Maisie and Theo are fed, clean and warm every day, Theo sleeps on his back in his own cot, and "
            "Theo's weight goes back up to his centile.",
            "Maisie gets to nursery on time every day, fed and dressed, and is ready to start reception in "
            "September 2026.",
            "Maisie and Theo are always looked after by a sober adult who is well enough to care for them, "
            "and Maisie no longer has to hide when the adults are shouting.",
            "Maisie can tell a grown-up she trusts how things are at home, and what she says is acted on.",
        ]),
        ("h1", "The plan"),
        ("p", "Every job has one person whose job it is. The fourth column says how often the job is done "
              "and when it ends, or the date it is done by; the last column says what we will look at to see "
              "it has happened and is making a difference for Maisie and Theo."),
        ("table", {
            "header": ["No.", "What we are going to do", "Whose job", "Frequency / end date",
                       "What we will look at"],
            "widths": [1.1, 5.1, 3.0, 3.5, 4.3],
            "rows": [
                ["1",
                 "Visit Maisie and Theo at home, see Maisie on her own with her toys, and look at where Theo "
                 "sleeps and what food is in the kitchen",
                 "Hannah Mercer, social worker",
                 "Every week until the review conference on 14/04/2026; at least one visit in three "
                 "unannounced",
                 "A visit record on file for every visit, with Maisie's own words and a note of Theo's cot "
                 "and the fridge"],
                ["2",
                 "Weigh Theo, plot his weight and check his feeding, nappy area and safe sleep",
                 "Precious Ndlovu, health visitor, Bowlerton 0-19 Service",
                 "Every two weeks from 26/01/2026 until Theo is six months old (22/04/2026)",
                 "Weights plotted on the centile chart in Theo's red book; Theo back on or above the 25th "
                 "centile by the review conference"],
                ["3",
                 "Do Theo's development review with Jade, using the ASQ-3 questionnaire",
                 "Precious Ndlovu, health visitor",
                 "By the time Theo is 16 weeks old (11/02/2026)",
                 "ASQ-3 scores written in the red book and sent to Hannah within a week"],
                ["4",
                 "Take Theo for the 12-week immunisations he missed, and for his 16-week set",
                 "Jade Winters (mum)",
                 "12-week set by 30/01/2026; 16-week set in the week Theo turns 16 weeks (w/c 09/02/2026)",
                 "Both sets recorded in the red book and on the surgery's system; Dr Hussain's letter to "
                 "Hannah confirms them"],
                ["5",
                 "See Jade at home, review her mood, sleep and sertraline with her, and write a report on "
                 "whether she is making the changes Maisie and Theo need and how long that is likely to take",
                 "Ruth Castellan, specialist nurse, Bowlerton Perinatal Mental Health Service",
                 "Every two weeks from 27/01/2026; report three working days before each core group",
                 "Ruth's written report on the Children's Services file before every core group, giving her "
                 "view of Jade's capacity to change and its timescale"],
                ["6",
                 "Get Maisie up, dressed and fed, and walk her to nursery for 8.45am",
                 "Jade Winters (mum)",
                 "Every Monday, Wednesday and Friday in term time",
                 "Nursery register shows Maisie in by 8.45am, with breakfast eaten, on every one of Jade's "
                 "mornings"],
                ["7",
                 "Collect Maisie at 7.45am, give her breakfast at 12 Pennyfield Close and take her to nursery",
                 "Carol Winters (Nan)",
                 "Every Tuesday and Thursday in term time until the review conference",
                 "Nursery register shows Maisie in by 8.45am on Carol's mornings; Carol texts Hannah every "
                 "Thursday to say both runs were done"],
                ["8",
                 "Write down each morning when Maisie arrived, whether she had eaten and was clean and dressed "
                 "for the weather, and ring Hannah the same day if Maisie is not in by 9.30am",
                 "Kerry Shaw, nursery teacher, St Anne's Primary nursery class",
                 "Every nursery day; summary email to Hannah every Friday",
                 "Friday email on Hannah's file; every call logged on the nursery's CPOMS and on the case "
                 "file"],
                ["9",
                 "Drink no alcohol on any day he is looking after Maisie or Theo, and blow into a "
                 "breathalyser at every Recovery Hub session and at Hannah's visits",
                 "Liam Lacey (Theo's dad)",
                 "Every day from 19/01/2026",
                 "Every breath reading is zero, written down by Sam Toller and by Hannah"],
                ["10",
                 "Key-work sessions with Liam, with a breath test each time, and a written report on whether "
                 "his drinking is changing enough for him to care for the children safely, and how soon",
                 "Sam Toller, recovery worker, Bowlerton Recovery Hub (alcohol service)",
                 "Every Monday from 26/01/2026; report three working days before each core group",
                 "Sam's report and breath test log on the Children's Services file before each core group"],
                ["11",
                 "Have Maisie and Theo to stay at 12 Pennyfield Close, so that neither child is in Liam's "
                 "care on a Saturday night",
                 "Carol Winters (Nan)",
                 "Every Saturday, 4pm to Sunday 11am, until the review conference",
                 "Carol texts Hannah when the children arrive and when they go home; Maisie asked at "
                 "Hannah's visits where she slept"],
                ["12",
                 "Eight home sessions with Jade on routines: bedtimes, mealtimes, making up Theo's bottles "
                 "and sterilising, and keeping the kitchen and stairs safe",
                 "Leon Hartley, family support worker, Bowlerton Family Hub",
                 "Every Wednesday, 28/01/2026 to 18/03/2026",
                 "Home and routines checklist scored at each session; 8 of 10 items met at two sessions "
                 "running by 18/03/2026, agreed by Leon and Hannah at a joint visit"],
                ["13",
                 "Three sessions with Maisie, with the Three Houses, her dolls' house and her drawings, to "
                 "hear how things are for her at home and at Nan's",
                 "Hannah Mercer, social worker",
                 "First session by the next core group (16/02/2026); all three by 16/03/2026",
                 "Maisie's drawings and her words written down on file and read out at the core group"],
                ["14",
                 "Refer Maisie for a speech and language assessment, as she uses fewer words than expected "
                 "for her age",
                 "Priya Dalal, SENCo, St Anne's Primary",
                 "Within two weeks of conference (by 02/02/2026)",
                 "Acceptance letter from Bowlerton Children's Speech and Language Therapy on Maisie's "
                 "school file, with an assessment date, copied to Hannah"],
                ["15",
                 "Hold a family network meeting with Jade, Liam, Carol and Gemma to agree who steps in for "
                 "the children if Carol cannot",
                 "Hannah Mercer, social worker",
                 "By 06/02/2026",
                 "A written family network plan naming the back-up carers, sent to every core group member"],
                ["16",
                 "Hold a transition meeting with Jade and Maisie's reception teacher, and write Maisie's "
                 "one-page profile with her",
                 "Priya Dalal, SENCo",
                 "Before Maisie starts reception in September 2026 (by 10/07/2026)",
                 "Maisie's one-page profile on her school file, and the meeting note sent to Hannah"],
                ["17",
                 "Review Jade's sertraline and ring Hannah the same day if Jade misses a review or says she "
                 "has stopped her tablets",
                 "Dr Ameen Hussain, GP, Castle Street Surgery",
                 "The first Monday of each month, from 02/02/2026",
                 "GP letter to Hannah after each review; any missed review rung through and logged on the "
                 "case file"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Jade tells anyone she cannot cope or has thoughts of harming herself or the children, or she "
              "is found asleep with Theo on the sofa or in her bed again, whoever is told or sees it will ring "
              "Hannah, or the Emergency Duty Team out of hours, that day. Ruth will arrange for Jade to be "
              "seen by the perinatal team the same day, and Maisie and Theo will stay with Carol at 12 "
              "Pennyfield Close until Hannah and Ruth agree it is safe for them to go home."),
        ("p", "If Liam is drunk while either child is in his care, or police are called to 4 Dyer Street, "
              "Liam will leave that day and stay with his brother at 9 Saddler Row, and Hannah will hold a "
              "strategy discussion with Bowlerton Police the same day."),
        ("p", "If Carol cannot do the Tuesday and Thursday nursery runs or the Saturday nights (she is ill, "
              "away or finds it too much), she will ring Hannah that day. Gemma will take over the runs and "
              "the Saturdays, as agreed at the family network meeting. If neither Carol nor Gemma can, "
              "Hannah will arrange for Maisie and Theo to stay with Bowlerton foster carers until the core "
              "group meets."),
        ("p", "If Liam drinks while caring for the children a second time, Jade stops her sertraline or her "
              "perinatal appointments, Theo's weight falls below the 2nd centile, or Ruth's report says the "
              "changes cannot be made in the children's timescale, Hannah will ask Nadia Rose for a legal "
              "planning meeting within five working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks on Mondays at 1.30pm, Bowlerton Family Hub: 16/02/2026 and "
            "16/03/2026 (the first within ten working days of conference).",
            "Review child protection conference: Tuesday 14/04/2026, 10am, Bowlerton Town Hall, Committee "
            "Room 2.",
            "Hannah will bring Maisie's drawings and the nursery register to each meeting.",
        ]),
        ("p", "Plan agreed at conference on 19/01/2026. Copies to Jade, Liam, Carol and everyone named in the "
              "table."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Minutes of a second core group after domestic abuse; the father's
#    contact is supervised by the paternal grandmother. Numbered agenda
#    items, then an action log with a When (start - finish) column. A few
#    realistic faults (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b168_brantholme_core_group_minutes_start_finish_log_trafford.docx",
    "doc_title": "Core Group 2 Minutes - Harley and Skye Trafford",
    "split": "tune",
    "actions": 14,
    "template": "core-group-2-minutes-docx-kv-meeting-details-attendance-table-name-role-initials-numbered-agenda-items-progress-agency-updates-childrens-views-scaling-outcomes-contingency-next-meetings-then-action-log-ref-action-agreed-owner-when-start-finish-well-know-because",
    "description": (
        "Minutes of the second core group for a 10-year-old boy and a 7-year-old girl after domestic "
        "abuse by their father, who has left the home; their mother has anxiety and panic attacks; the "
        "paternal grandmother supervises the father's contact and an aunt does Wednesday pick-ups. "
        "Numbered agenda items (progress since CG1, agency updates, the children's views, scaling, the "
        "outcomes, the contingency, dates), then an action log headed Ref / Action agreed / Owner / "
        "When (start - finish) / We'll know because. Most rows are sound (weekly visits, the IDVA's "
        "safety plan, the perpetrator programme, the aunt's pick-ups, direct work with Skye). Faults: "
        "the Freedom Programme 'start date TBC'; the grandmother's supervision 'as and when Jason asks'; "
        "Talking Therapies asked only for CBT sessions, measured by attendance; school to 'monitor' the "
        "children's presentation; a police marker with no measure; the school counsellor's sessions with "
        "no time; 'All professionals' to report sightings; and a contingency that says nothing of the "
        "grandmother being unable to supervise."
    ),
    "blocks": [
        ("title", "Core Group Meeting 2 – Minutes and Action Log"),
        ("p", "Brantholme City Council · Children and Families Service · Safeguarding and Support Team 4"),
        ("kv", [
            ("Children", "Harley Trafford, born 17/06/2015 (10), Year 6; Skye Trafford, born 02/09/2018 (7), "
                         "Year 3. Both at Fernside Primary School"),
            ("Address", "14 Orchard Rise, Brantholme BR5 9HN"),
            ("Plan", "Initial child protection conference 13/01/2026, category emotional abuse. Core group 1 "
                     "held 27/01/2026"),
            ("This meeting", "Tuesday 10/02/2026, 3.30pm, Fernside Primary School, family room"),
            ("Chair and minutes", "Tom Ashworth, social worker"),
        ]),
        ("h1", "Present"),
        ("table", {
            "header": ["Name", "Role", "Initials"],
            "widths": [4.5, 10.0, 2.5],
            "rows": [
                ["Tom Ashworth", "Social worker, Brantholme Children and Families Service", "TA"],
                ["Leanne Trafford", "Mum", "LT"],
                ["Maureen Trafford", "Paternal grandmother (“Nana Mo”), 5 Glebe Walk", "MT"],
                ["Kelly Price", "Maternal aunt, lives in Brantholme", "KP"],
                ["Joanne Carr", "Deputy head and designated safeguarding lead, Fernside Primary", "JC"],
                ["Nasreen Begum", "Independent domestic violence adviser (IDVA), Brantholme Women's Aid", "NB"],
                ["DC Lee Holden", "Brantholme Police, Domestic Abuse Unit", "LH"],
                ["Sophie Lund", "School counsellor (Place2Talk), Fernside Primary", "SL"],
            ],
        }),
        ("p", "Apologies: Gareth Doyle, psychological wellbeing practitioner, Brantholme Talking Therapies "
              "(update sent by email). Jason Trafford (dad) was not invited to this meeting because of the "
              "bail history; TA met him separately on 06/02/2026 and his views are at item 4."),
        ("h1", "1. Welcome and purpose"),
        ("p", "TA reminded everyone that the plan is about Harley and Skye being safe and feeling safe at home, "
              "and that this meeting checks what has happened since core group 1 and agrees the actions below."),
        ("h1", "2. Progress since core group 1"),
        ("bullets", [
            "TA has visited four times since 27/01/2026, one visit unannounced, and saw each child alone "
            "every time.",
            "NB has met LT twice; the DASH risk assessment was updated on 03/02/2026 and is now medium risk "
            "(high at the ICPC).",
            "LT has not yet started the Freedom Programme; Brantholme Women's Aid has a waiting list.",
            "Jason has had two contacts at Nana Mo's. MT says both went well and that Jason was sober.",
            "Harley has had four Place2Talk sessions and asked to carry on.",
        ]),
        ("h1", "3. Agency updates"),
        ("p", "School (JC): Harley's attendance is 97% and Skye's 95% this half term. Skye has been tearful on "
              "Monday mornings after weekend contact. Harley has had two fallings-out at lunchtime."),
        ("p", "Police (LH): no call-outs to 14 Orchard Rise since 28/11/2025. Jason's bail conditions ended "
              "on 20/01/2026; there is no order in place."),
        ("p", "Talking Therapies (by email from Gareth Doyle): LT has been to three of four CBT sessions for "
              "anxiety and panic attacks."),
        ("h1", "4. What Harley, Skye and their parents say"),
        ("p", "Harley (seen alone at school 05/02/2026): “I like seeing Dad at Nana Mo's because she's "
              "there. I don't want him at our house. I still have the dream where he's shouting.”"),
        ("p", "Skye (seen alone at home 06/02/2026) drew her family: Mum, Harley, herself and the cat inside "
              "the house, and Dad outside next to Nana Mo's car. She said, “Dad's nice at Nana's. I get a "
              "tummy ache on Sundays.”"),
        ("p", "Leanne said she feels safer since Jason left but her panic attacks are worse at night. Jason "
              "told TA he wants contact to move to his flat; TA explained this is not part of the plan."),
        ("h1", "5. Scaling"),
        ("p", "0 = the children are not safe at home, 10 = safe enough for the plan to end. TA 5, LT 7, MT 6, "
              "JC 6, NB 5. At the ICPC the scores were between 2 and 4."),
        ("h1", "6. Outcomes (from the ICPC plan)"),
        ("numbers", [
            "Harley and Skye live in a home where there is no shouting, hitting or threats.",
            "Harley and Skye see their dad only where an adult keeps them safe, and they say contact feels "
            "OK.",
            "Harley and Skye can talk about what happened and have fewer bad dreams and tummy aches.",
            "Harley and Skye get to school every day and on time.",
        ]),
        ("h1", "7. Contingency plan (confirmed)"),
        ("p", "If Jason comes to 14 Orchard Rise, contacts Leanne, or waits outside Fernside Primary, Leanne "
              "or the school will call 999 and police will attend. TA will hold a strategy discussion with LH "
              "the same day."),
        ("p", "If Jason arrives at contact drunk, or shouts at or threatens the children, MT will end the "
              "contact and ring TA that day. Contact stops and TA will not restart it until a strategy "
              "discussion has been held."),
        ("p", "If Leanne lets Jason back into the home, or there is any further incident of violence, TA will "
              "ask his team manager, Priya Shah, for a legal planning meeting within five working days."),
        ("h1", "8. Next meetings"),
        ("bullets", [
            "Core group 3: Tuesday 10/03/2026, 3.30pm, Fernside Primary (every four weeks).",
            "Review child protection conference: Wednesday 08/04/2026, 10am, Brantholme Civic Centre.",
        ]),
        ("h1", "Action log"),
        ("p", "Agreed at core group 2. Owners will bring their update to core group 3."),
        ("table", {
            "header": ["Ref", "Action agreed", "Owner", "When (start – finish)", "We'll know because"],
            "widths": [1.3, 5.1, 3.0, 3.3, 4.3],
            "rows": [
                ["A1",
                 "Visit Harley and Skye at home and see each child alone, at least one visit in three "
                 "unannounced",
                 "TA",
                 "From 11/02/2026, every week until the review conference on 08/04/2026",
                 "Visit records on the case file, each with both children's words"],
                ["A2",
                 "Keep Jason out of the house and away from the children except at Nana Mo's, and call 999 if "
                 "he comes to Orchard Rise",
                 "LT",
                 "Every day from 10/02/2026",
                 "No call-outs or sightings on the police log (checked by LH each Friday); Harley and Skye "
                 "asked at each of TA's visits"],
                ["A3",
                 "Safety planning sessions with Leanne and an updated DASH risk assessment",
                 "NB",
                 "Every two weeks, 12/02/2026 to 25/03/2026",
                 "Updated DASH and Leanne's written safety plan copied to TA by 25/03/2026"],
                ["A4",
                 "Attend the 12-week Freedom Programme at Brantholme Women's Aid",
                 "LT",
                 "Start date TBC",
                 "Attendance sheet and certificate from Brantholme Women's Aid"],
                ["A5",
                 "Continue weekly CBT sessions with Leanne for her anxiety and panic attacks",
                 "Gareth Doyle, Brantholme Talking Therapies",
                 "Weekly, 12/02/2026 to 02/04/2026",
                 "Attendance letter to TA at the end of the course"],
                ["A6",
                 "Attend the Changing Paths domestic abuse perpetrator programme",
                 "Jason Trafford (dad)",
                 "Every Thursday for 24 weeks from 19/02/2026",
                 "Attendance record and a mid-programme report from the facilitator, Mark Ellison, to TA by "
                 "02/04/2026"],
                ["A7",
                 "Supervise Jason's contact with Harley and Skye at 5 Glebe Walk, staying in the room "
                 "throughout",
                 "MT",
                 "As and when Jason asks for contact",
                 "MT fills in the contact record sheet after each contact and gives it to TA"],
                ["A8",
                 "Collect Harley and Skye from school and give them their tea at her house",
                 "KP",
                 "Every Wednesday in term time until the review conference",
                 "School sign-out sheet shows KP collected them; KP texts TA each Wednesday when they are "
                 "home"],
                ["A9",
                 "Monitor Harley and Skye's presentation in school",
                 "JC",
                 "Daily",
                 "School to monitor and feed back at core group"],
                ["A10",
                 "Put a priority marker on 14 Orchard Rise on the police system",
                 "LH",
                 "By 13/02/2026",
                 ""],
                ["A11",
                 "Place2Talk sessions with Harley about his bad dreams and his worries about Dad",
                 "SL",
                 "",
                 "Harley's own “how worried am I” score (0-10) at each session, agreed with SL and sent to "
                 "TA each month"],
                ["A12",
                 "Tell TA the same day about any sighting of Jason near Orchard Rise or the school",
                 "All professionals",
                 "Same day",
                 "Each sighting logged on the case file"],
                ["A13",
                 "Three sessions with Skye using her worry monster and drawings, about contact and home",
                 "TA",
                 "All three by 11/03/2026",
                 "Skye's drawings and her words on file and brought to core group 3"],
                ["A14",
                 "Get Harley and Skye to school for 8.45am",
                 "LT",
                 "Every school day",
                 "Friday attendance printout from JC shows both children in and on time, at 95% or above"],
            ],
        }),
        ("p", "Minutes: TA, 11/02/2026. Sent to everyone present, Gareth Doyle and the conference chair."),
    ],
    "findings": [
        F("T002", "Attend the 12-week Freedom Programme at Brantholme Women's Aid"),
        F("H001", "Continue weekly CBT sessions with Leanne for her anxiety"),
        F("T002", "Supervise Jason's contact with Harley and Skye at 5 Glebe Walk"),
        F("M002", "Monitor Harley and Skye's presentation in school"),
        F("M001", "Put a priority marker on 14 Orchard Rise"),
        F("T001", "Place2Talk sessions with Harley about his bad dreams"),
        F("W002", "Tell TA the same day about any sighting of Jason"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Case-system print of a child protection plan after the first review
#    conference; mother on a methadone script, aunt helping. Task grid with
#    a Review by column, then an evidence register keyed by task number.
#    Page header and footer. A few realistic faults (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b168_byrecastle_case_print_review_by_evidence_register_nowicki.pdf",
    "doc_title": "Compass Children's Record - Child Protection Plan - Freddie Nowicki",
    "split": "tune",
    "actions": 14,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE | Compass Children's Record | Byrecastle Council Children's Services",
    "footer": "Printed 04/03/2026 by S.KHAN | Case 0048213 | Page {PAGE} of {NUMPAGES}",
    "template": "cp-plan-case-system-print-paged-header-footer-record-fields-household-table-reason-strengths-lived-experience-outcomes-table-then-task-grid-task-no-task-detail-assigned-to-review-by-linked-outcome-then-separate-evidence-register-keyed-by-task-no-then-trigger-response-lead-contingency-table-review-fields",
    "description": (
        "Case-system print of the child protection plan made at the first review conference for a "
        "2-year-old boy (neglect) whose mother is on a methadone script after a relapse on heroin; his "
        "maternal aunt has him at weekends and phones his mother to check on her. Record fields, a household "
        "table, reason, strengths, his lived experience and an outcomes table, then a task grid (Task no. "
        "/ Task detail / Assigned to / Review by / Linked outcome) whose measures sit in a separate "
        "evidence register keyed by task number, then a Trigger / Response / Lead contingency table and "
        "review fields; page header and footer on every page. Most tasks are sound (weekly visits, "
        "supervised methadone, the drug service's report on change, the health visitor's overdue review, "
        "nursery). Faults: the aunt's phone calls to check on his mother 'Ongoing'; the parenting assessment 'TBC'; a speech "
        "and language referral assigned to '-'; a medicine box task the register leaves out; family "
        "support sessions whose evidence is 'progress to be discussed at core group'; dental registration "
        "with no review date; no legal planning anywhere; and a contingency that sends Freddie to his aunt "
        "with nothing said if she cannot have him."
    ),
    "blocks": [
        ("title", "Child Protection Plan (print)"),
        ("p", "Compass Children's Record · Plan type: Child Protection · Plan status: Active · Version 2 "
              "(revised at review conference 03/03/2026)"),
        ("kv", [
            ("Case ref", "0048213"),
            ("Child", "Freddie NOWICKI"),
            ("Date of birth", "19/05/2023 (2 years 9 months)"),
            ("Address", "Flat 6, Mercer House, Tower Street, Byrecastle BY1 4SE"),
            ("Legal status", "Child in need of protection; no order"),
            ("Category", "Neglect"),
            ("Plan start", "ICPC 02/12/2025; first review conference 03/03/2026 (plan continues)"),
            ("Allocated worker", "Samira Khan, social worker, Byrecastle Children's Services, Central Team"),
            ("Team manager", "Alan Pritchard"),
            ("Conference chair", "Deborah Levy, IRO"),
        ]),
        ("h2", "Section 1: Household and network"),
        ("table", {
            "header": ["Name", "Relationship to child", "Date of birth", "Lives at address"],
            "widths": [4.0, 6.0, 3.0, 4.0],
            "rows": [
                ["Kelly Nowicki", "Mother", "11/08/1998", "Yes"],
                ["Marta Zielinska", "Maternal aunt; 22 Keep Lane, Byrecastle", "04/02/1994", "No"],
                ["Daniel Hurst", "Father; no contact since 2024, whereabouts unknown", "Not known", "No"],
            ],
        }),
        ("h2", "Section 2: Reason for plan"),
        ("p", "In November 2025 Kelly relapsed on heroin after two years on a methadone script. Freddie was "
              "found by a neighbour on the stairwell of Mercer House in a wet nappy at 7am while Kelly was "
              "asleep. Used foil and a needle were found in the flat by police. Freddie has missed his "
              "2-year health review and his speech is delayed; he has tooth decay."),
        ("h2", "Section 3: Strengths and progress since ICPC"),
        ("bullets", [
            "Kelly has taken her methadone under supervision every day since 08/12/2025, and her last six "
            "urine screens have been clear of heroin (Pathway Recovery results).",
            "The flat was found clean and safe at the last four visits, with no drug-using equipment seen.",
            "Freddie started at Little Acorns Nursery on 05/01/2026 and has been in on 26 of 30 sessions.",
            "Marta has had Freddie every weekend since December and knows his routines.",
        ]),
        ("h2", "Section 4: Child's lived experience"),
        ("p", "Freddie is a busy, cheerful little boy who loves the slide and the toy cars at nursery. He "
              "says about ten words (“Mama”, “Tata” for his aunt, “car”, “more”, “no”). At home on "
              "24/02/2026 he brought his shoes to Kelly and said “out”, and she took him to the park. His "
              "key person sees that he eats hungrily on Monday mornings and that he cries at the door when "
              "Kelly is late collecting him. At Marta's he sleeps through the night in his own cot."),
        ("h2", "Section 5: Outcomes"),
        ("table", {
            "header": ["Outcome ID", "Outcome"],
            "widths": [2.5, 14.5],
            "rows": [
                ["O1", "Freddie is cared for every day and night by an adult who is not under the influence "
                       "of drugs, and he is never left alone."],
                ["O2", "Freddie is fed, clean and healthy, his teeth are treated and his health checks are "
                       "up to date."],
                ["O3", "Freddie's speech and play are helped to catch up, and he goes to nursery every "
                       "session."],
            ],
        }),
        ("h2", "Section 6: Plan tasks"),
        ("p", "Evidence for each task is recorded in Section 7 under the task number."),
        ("table", {
            "header": ["Task no.", "Task detail", "Assigned to", "Review by", "Linked outcome"],
            "widths": [1.6, 6.4, 3.4, 3.6, 2.0],
            "rows": [
                ["T1",
                 "Home visits to see Freddie awake and check the flat, including the bathroom and bins, for "
                 "any drug-using equipment; one visit in two unannounced",
                 "Samira Khan (SW)",
                 "Weekly until review conference 2",
                 "O1"],
                ["T2",
                 "Take methadone every day at Tower Street Pharmacy under supervised consumption",
                 "Kelly Nowicki (mother)",
                 "Daily from 03/03/2026",
                 "O1"],
                ["T3",
                 "Key-work sessions with Kelly with a urine screen each time, and a written report on whether "
                 "she is staying off heroin and can care for Freddie safely, and how long change is likely to "
                 "take",
                 "Mira Fenwick, recovery worker, Pathway Recovery Byrecastle",
                 "Weekly; report five working days before each core group",
                 "O1"],
                ["T4",
                 "Complete Freddie's overdue 2-year health and development review, using the ASQ-3",
                 "Bethan Rees, health visitor",
                 "By 31/03/2026",
                 "O2"],
                ["T5",
                 "Take Freddie to his funded nursery place at Little Acorns Nursery for 9am",
                 "Kelly Nowicki (mother)",
                 "Every Monday, Tuesday and Wednesday morning",
                 "O3"],
                ["T6",
                 "Record Freddie's arrival time, whether he is clean and hungry, and ring the SW if he is not "
                 "in by 10am",
                 "Lorna Gill, key person, Little Acorns Nursery",
                 "Every nursery session",
                 "O1, O3"],
                ["T7",
                 "Have Freddie to stay at 22 Keep Lane",
                 "Marta Zielinska (aunt)",
                 "Every weekend, Friday 5pm to Sunday 5pm",
                 "O1"],
                ["T8",
                 "Phone Kelly to check she is well and that Freddie has had his tea and is settled",
                 "Marta Zielinska (aunt)",
                 "Ongoing",
                 "O1"],
                ["T9",
                 "Complete a parenting assessment of Kelly's care of Freddie",
                 "Samira Khan (SW)",
                 "TBC",
                 "O1, O2"],
                ["T10",
                 "Review Kelly's physical health and her hepatitis C treatment, and write to the SW",
                 "Dr Olu Adebayo, GP, Keep Lane Medical Practice",
                 "By 17/04/2026",
                 "O1"],
                ["T11",
                 "Refer Freddie to Byrecastle Children's Speech and Language Therapy",
                 "-",
                 "By 31/03/2026",
                 "O3"],
                ["T12",
                 "Provide a lockable box for Kelly's methadone, to be kept on the top shelf of the kitchen "
                 "cupboard out of Freddie's reach",
                 "Samira Khan (SW)",
                 "By 13/03/2026",
                 "O1"],
                ["T13",
                 "Play and routines sessions with Kelly and Freddie at home (mealtimes, bath and bedtime)",
                 "Connor Yates, family support worker, Byrecastle Family Centre",
                 "Fortnightly, 11/03/2026 to 03/06/2026",
                 "O2, O3"],
                ["T14",
                 "Register Freddie with a dentist and take him to a first check-up",
                 "Kelly Nowicki (mother)",
                 "",
                 "O2"],
            ],
        }),
        ("h2", "Section 7: Evidence register (how we will know)"),
        ("table", {
            "header": ["Task no.", "Evidence"],
            "widths": [2.0, 15.0],
            "rows": [
                ["T1", "Visit record on Compass for every visit, noting Freddie seen awake and each room checked"],
                ["T2", "Pharmacy supervised consumption record sent to Pathway Recovery each week, with no "
                       "missed doses"],
                ["T3", "Urine screen results and written report on file before each core group; screens "
                       "clear of heroin and cocaine"],
                ["T4", "ASQ-3 scores and review letter on file; referrals made for any area below the "
                       "cut-off"],
                ["T5", "Nursery register shows Freddie in by 9am at every session"],
                ["T6", "Weekly attendance and presentation sheet emailed to the SW every Friday"],
                ["T7", "Marta texts the SW every Sunday evening when Freddie is home; SW sees Freddie at "
                       "Keep Lane once a month"],
                ["T8", "Marta keeps a note of each call and shows it to the SW at the monthly visit"],
                ["T9", "Parenting assessment report shared with Kelly and the core group"],
                ["T10", "GP letter on file"],
                ["T11", "Referral acceptance letter with an appointment date on file"],
                ["T13", "Progress to be discussed at core group"],
                ["T14", "Dental registration letter and check-up record on file"],
            ],
        }),
        ("h2", "Section 8: Contingency"),
        ("table", {
            "header": ["Trigger", "Response", "Lead"],
            "widths": [6.0, 8.0, 3.0],
            "rows": [
                ["Kelly uses heroin or any drug on top of her script, misses two supervised doses in a "
                 "row, or a screen is positive",
                 "Freddie goes to stay with Marta at 22 Keep Lane the same day and stays there until the SW "
                 "and Mira agree it is safe for him to go home",
                 "Samira Khan (SW)"],
                ["Freddie is found alone, or Kelly is found under the influence while caring for him",
                 "Police called; Freddie taken to Marta's; strategy discussion with Byrecastle Police the "
                 "same day",
                 "Samira Khan (SW); EDT out of hours"],
            ],
        }),
        ("h2", "Section 9: Review arrangements"),
        ("kv", [
            ("Core group", "Every four weeks, Tuesdays 10am, Byrecastle Family Centre: 31/03/2026, "
                           "28/04/2026, 26/05/2026, 23/06/2026"),
            ("Review conference 2", "Wednesday 02/09/2026, 2pm, Byrecastle Civic Offices"),
            ("Plan distributed to", "Kelly Nowicki, Marta Zielinska, Pathway Recovery, Little Acorns Nursery, "
                                    "Bethan Rees (HV), Dr Adebayo (GP), Connor Yates (FSW)"),
        ]),
        ("p", "End of print. Record 0048213 · Plan version 2 · 14 tasks (14 open)."),
    ],
    "findings": [
        F("T002", "Phone Kelly to check she is well and that Freddie"),
        F("T002", "Complete a parenting assessment of Kelly's care of Freddie"),
        F("W001", "Refer Freddie to Byrecastle Children's Speech and Language Therapy"),
        F("M001", "Provide a lockable box for Kelly's methadone"),
        F("M002", "Play and routines sessions with Kelly and Freddie at home"),
        F("T001", "Register Freddie with a dentist and take him to"),
        F("R002"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Initial conference plan for a 5-week-old baby and her 7-year-old
#    brother, written as a numbered outline (1 to 9, actions 6.1.1 to
#    6.4.2) whose times are given in a timeline table keyed by action
#    number. Page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b168_bellwardine_numbered_outline_timeline_key_ashdown.pdf",
    "doc_title": "Child Protection Plan - Ivy and Archie Ashdown",
    "split": "tune",
    "actions": 18,
    "min_pages": 2,
    "header": "Bellwardine County Council – Children's Social Care – Child Protection Plan – OFFICIAL-SENSITIVE",
    "footer": "Ivy and Archie Ashdown – plan agreed at ICPC 03/02/2026 – page {PAGE} of {NUMPAGES}",
    "template": "icpc-plan-paged-header-footer-numbered-outline-sections-1-to-9-about-why-going-well-ivys-days-archies-words-outcomes-then-part-6-areas-6-1-to-6-4-typed-numbered-actions-owner-first-we-will-know-sentence-then-part-7-timeline-table-when-action-numbers-notes-keyed-by-number-then-contingency-meetings",
    "description": (
        "Exemplary initial child protection conference plan for a 5-week-old girl and her 7-year-old "
        "brother. The baby's father smokes cannabis every day and pushed their mother while she was "
        "pregnant; he has moved out and sees the baby at a family centre; the maternal grandmother does "
        "two school runs. Written as a numbered outline: sections 1 to 9, the plan in part 6 as four "
        "areas with typed numbered actions (6.1.1 to 6.4.2), each naming its owner and saying in its own "
        "sentence how we will know, and part 7 a timeline table giving every action's time by its number "
        "('every two weeks until Ivy is 16 weeks old', 'by the time Ivy is eight weeks old', 'within two "
        "weeks of conference', 'every Tuesday and Saturday, 10am to 12pm'). The drug service reports on "
        "change, the grandmother's help has a fallback, legal planning follows named triggers, core group "
        "and review dates are set. Printed to PDF with a page header and footer."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Initial Child Protection Conference held on Tuesday 3 February 2026 at Bellwardine County Hall. "
              "Chair: Frances Whitcombe, Independent Reviewing Officer."),
        ("h1", "1  About this plan"),
        ("kv", [
            ("1.1 Children", "Ivy Ashdown, born 29/12/2025 (5 weeks); Archie Ashdown, born 14/07/2018 (7), "
                             "Year 3 at Bellwardine Church of England Primary School"),
            ("1.2 Home", "7 Linnet Close, Bellwardine BL3 8QW, with their mother, Shannon Ashdown (24)"),
            ("1.3 Ivy's father", "Kyle Brennan (26), now living with his mother at 31 Fennel Road, Bellwardine"),
            ("1.4 Archie's father", "Lewis Ashdown, in the Army, based in Germany; phones Archie on Sundays"),
            ("1.5 Family", "Denise Ashdown, maternal grandmother (“Nana”), 2 Meadow Court, Bellwardine; "
                           "Dan Ashdown, Shannon's brother, 18 Orchard Way, Bellwardine"),
            ("1.6 Category", "Physical abuse (risk of), and neglect"),
            ("1.7 Social worker", "Laura Quinn, Bellwardine Children's Social Care, Safeguarding Team West "
                                  "(team manager: Rhys Morgan)"),
        ]),
        ("h1", "2  Why Ivy and Archie need a plan"),
        ("pi", "2.1 On 10/12/2025, when Shannon was 37 weeks pregnant, Kyle pushed her against the kitchen "
               "door during an argument about money. Archie saw it and rang his Nana. Police attended; Kyle "
               "was arrested and later released with no further action because Shannon did not want to give "
               "a statement."),
        ("pi", "2.2 Kyle has smoked cannabis every day since he was 14. When Ivy was born the midwives smelt "
               "cannabis on him on the ward, and on 20/01/2026 the health visitor found him asleep on the "
               "sofa at 2pm with Ivy unattended in her car seat on the floor."),
        ("pi", "2.3 Archie has been late to school 11 times since Christmas and has told his teacher he has "
               "to help with the baby in the mornings."),
        ("h1", "3  What is going well"),
        ("pi", "3.1 Shannon asked Kyle to leave on 21/01/2026 and he has moved back to his mother's house. "
               "Shannon has said she wants Ivy to see her dad, but only somewhere safe."),
        ("pi", "3.2 Shannon feeds Ivy well and responds quickly when she cries; Ivy has regained her birth "
               "weight and is on the 50th centile."),
        ("pi", "3.3 Kyle has agreed to see the Open Door drug service and to go on a domestic abuse "
               "programme."),
        ("pi", "3.4 Denise is close to both children and already takes Archie to school on some days."),
        ("h1", "4  Ivy's days and Archie's words"),
        ("pi", "4.1 Ivy is five weeks old. At the health visitor's and social worker's visits she was seen "
               "feeding from a bottle every three to four hours, settling on Shannon's shoulder and starting "
               "to follow faces. She startles at loud noises. She sleeps in a Moses basket in Shannon's room, "
               "but on two visits she was found asleep in her car seat on the floor."),
        ("pi", "4.2 Archie (seen alone at school on 29/01/2026) said: “When Kyle shouts I put my headphones on. "
               "I saw him push Mum and I rang Nana.” He said he likes doing Ivy's bottle “but not when I'm "
               "going to be late.” He scored how safe he feels at home as 6 out of 10, “because Kyle's not "
               "there now.” His wish is “for Mum to be happy and for me to go to football club again.”"),
        ("h1", "5  What we want for Ivy and Archie"),
        ("pi", "5.1 Ivy is fed, warm and safe when she sleeps, and grows along her centile."),
        ("pi", "5.2 Archie gets to school on time every day, has breakfast, and does not have to look after "
               "his sister."),
        ("pi", "5.3 Ivy and Archie never see or hear violence at home, and are never cared for by an adult "
               "who has used cannabis."),
        ("pi", "5.4 Archie has someone he trusts to talk to about what he saw, and his worries get smaller."),
        ("h1", "6  The plan"),
        ("p", "Each action names who does it and how we will know it has been done and is helping. When each "
              "action happens is set out in part 7, under the action's number."),
        ("boldp", "6.1  Ivy is fed, warm, safe when she sleeps, and growing"),
        ("pi", "6.1.1 Aisha Rahman, health visitor, will weigh Ivy at home, check her feeding and where she "
               "sleeps, and plot her weight in her red book. We will know because Ivy's weights are plotted "
               "and stay within one centile line of the 50th."),
        ("pi", "6.1.2 Shannon will give Ivy a bottle every three to four hours, day and night, and write each "
               "feed on the feed chart Aisha gave her. We will know because Aisha and Laura look at the chart "
               "at every visit and it shows no gap longer than four hours."),
        ("pi", "6.1.3 Shannon will take Ivy to her 6-8 week check with Dr Carla Pereira at Mill Road Surgery, "
               "and to her 8-week immunisations. We will know because both are recorded in the red book and "
               "Dr Pereira's letter is sent to Laura."),
        ("pi", "6.1.4 Laura Quinn, social worker, will visit Ivy and Archie at home, see Ivy awake and being "
               "fed or changed, and see Archie on his own. We will know because there is a visit record for "
               "every visit, saying what Ivy was doing and what Archie said."),
        ("pi", "6.1.5 Shannon will put Ivy down to sleep on her back in her Moses basket, never in the car seat, "
               "on the sofa or in Shannon's bed. We will know because Aisha and Laura see the sleeping space "
               "at every visit, and Shannon's signed safe sleep agreement is on file."),
        ("boldp", "6.2  Archie is at school on time, fed, and has someone to talk to"),
        ("pi", "6.2.1 Shannon will give Archie his breakfast and get him to school for 8.50am. We will know "
               "because the school register shows Archie in on time on every one of Shannon's days."),
        ("pi", "6.2.2 Denise (Nana) will give Archie breakfast at 2 Meadow Court, take him to school and collect "
               "him at 3.15pm. We will know because the register shows him in on time on Nana's days, and "
               "Denise texts Laura each Thursday evening."),
        ("pi", "6.2.3 Owen Pryce, designated safeguarding lead at Bellwardine Church of England Primary, will "
               "check Archie's attendance, lateness and whether he has eaten, and email Laura. We will know "
               "because Owen's email is on file each week and Archie's attendance is 96% or more by the "
               "review conference, with no more than one late mark a week."),
        ("pi", "6.2.4 Gwen Hollis, the school's emotional literacy support assistant, will do six ELSA sessions "
               "with Archie about his worries and what he saw on 10 December. We will know because Archie "
               "scores his worry from 0 to 10 at the first and last session, the score is agreed with Gwen "
               "and recorded, and his worry jar notes are shared with Laura."),
        ("pi", "6.2.5 Laura will do two Three Houses sessions with Archie. We will know because his Three "
               "Houses drawings and words are on file and are brought to the review conference."),
        ("boldp", "6.3  Ivy and Archie are not around cannabis or violence"),
        ("pi", "6.3.1 Kyle will see Ivy only at Bellwardine Family Centre, and will not come to 7 Linnet Close. "
               "We will know because the contact records show every contact kept with Kyle sober, and Shannon "
               "and Archie are asked at every visit whether Kyle has been to the house."),
        ("pi", "6.3.2 Jo Barratt, contact worker at Bellwardine Family Centre, will supervise Kyle's contact "
               "with Ivy and write a record of each one, including how Kyle feeds and holds Ivy and whether "
               "he seems under the influence. We will know because each record is with Laura within two "
               "working days."),
        ("pi", "6.3.3 Callum Reid, recovery worker at Open Door (Bellwardine drug and alcohol service), will "
               "see Kyle with a urine screen each time and write a report on whether his cannabis use is "
               "reducing and whether he could care for Ivy safely, and how long that is likely to take. We "
               "will know because the screen results and Callum's report are on file before every core "
               "group."),
        ("pi", "6.3.4 Kyle will go to the Respect and Change programme run by Bellwardine Domestic Abuse "
               "Service. We will know because the attendance record and the facilitator's mid-point report "
               "are sent to Laura."),
        ("pi", "6.3.5 Zainab Malik, independent domestic violence adviser at Bellwardine Domestic Abuse "
               "Service, will complete a safety plan with Shannon and update her DASH risk assessment. We "
               "will know because the written safety plan and the DASH score are copied to Laura."),
        ("pi", "6.3.6 DC Rachel Stone, Bellwardine Police Domestic Abuse Unit, will put a marker on 7 Linnet "
               "Close and tell Laura the same day about any call-out. We will know because Rachel confirms "
               "the marker by email and any call-out is on the police log and the case file."),
        ("boldp", "6.4  Ivy and Archie have a calm teatime and bedtime, and a back-up carer if Nana cannot help"),
        ("pi", "6.4.1 Hayley Okafor, family support worker at Bellwardine Family Centre, will do six home "
               "sessions with Shannon on managing both children at teatime, bath time and bedtime. We will "
               "know because the routine chart is filled in at each session, and by the sixth Archie is in "
               "bed by 7.30pm on five nights out of seven, agreed by Hayley and Laura."),
        ("pi", "6.4.2 Laura will hold a family network meeting with Shannon, Denise and Dan to agree who looks "
               "after the children if Denise cannot. We will know because a written family network plan is "
               "sent to the core group."),
        ("h1", "7  Timeline"),
        ("p", "Every action in part 6 is listed here once, by its number, with when it happens."),
        ("table", {
            "header": ["When", "Actions", "Notes"],
            "widths": [6.2, 2.6, 8.2],
            "rows": [
                ["Every day and night from 03/02/2026", "6.1.2, 6.1.5, 6.3.1",
                 "For as long as the plan lasts"],
                ["Every two weeks until Ivy is 16 weeks old (20/04/2026)", "6.1.1",
                 "First visit by 10/02/2026"],
                ["By the time Ivy is eight weeks old (23/02/2026)", "6.1.3",
                 "Shannon to book the check by 10/02/2026"],
                ["Every week until the review conference on 28/04/2026", "6.1.4",
                 "At least one visit in three unannounced, and one after 5pm each month"],
                ["Every Monday, Wednesday and Friday in term time", "6.2.1", "Shannon's school days"],
                ["Every Tuesday and Thursday in term time", "6.2.2", "Nana's school days"],
                ["Every Friday, until the review conference", "6.2.3", "Email by 4pm"],
                ["Weekly for six weeks, 24/02/2026 to 31/03/2026", "6.2.4", "Tuesday afternoons"],
                ["Both sessions by the second core group (17/03/2026)", "6.2.5", ""],
                ["Every Tuesday and Saturday, 10am to 12pm", "6.3.2", "Starting 07/02/2026"],
                ["Every Monday from 09/02/2026; report three working days before each core group", "6.3.3",
                 ""],
                ["Start by 03/03/2026, then every Thursday evening for 20 weeks", "6.3.4", ""],
                ["Within two weeks of conference (by 17/02/2026)", "6.3.5, 6.3.6, 6.4.2", ""],
                ["Every Wednesday, 11/02/2026 to 18/03/2026", "6.4.1", "Six sessions, 4pm to 6pm"],
            ],
        }),
        ("h1", "8  If things go wrong"),
        ("pi", "8.1 If Kyle comes to 7 Linnet Close, or Shannon lets him in, Shannon or whoever sees him will "
               "call 999. Laura will hold a strategy discussion with Bellwardine Police the same day, and Ivy "
               "and Archie will stay with Denise at 2 Meadow Court until it has been held."),
        ("pi", "8.2 If Kyle arrives at contact under the influence of cannabis, Jo will not start the contact "
               "and will ring Laura straight away. Contact stops until the core group has met."),
        ("pi", "8.3 If Ivy is found asleep in her car seat, on the sofa or in Shannon's bed, or she drops two "
               "centile lines, Aisha or Laura will see Ivy the same day and Laura will arrange a paediatric "
               "check at Bellwardine General Hospital that day."),
        ("pi", "8.4 If Denise cannot do the school runs or look after the children when they need to leave "
               "home (she is ill, away, or it is too much for her), she will ring Laura that day, and Dan "
               "will step in as agreed at the family network meeting. If neither can, Laura will arrange for "
               "Ivy and Archie to stay with Bellwardine foster carers that day."),
        ("pi", "8.5 If Kyle comes to the house again, Shannon lets him back in, Ivy's weight falls by two "
               "centile lines, or Callum's report says Kyle cannot change in time for Ivy while he still "
               "wants to care for her, Laura will ask Rhys Morgan for a legal planning meeting within five "
               "working days."),
        ("h1", "9  Meetings"),
        ("pi", "9.1 Core group every four weeks, Tuesdays at 1pm, Bellwardine Family Centre: 17/02/2026, "
               "17/03/2026 and 14/04/2026."),
        ("pi", "9.2 Review child protection conference: Tuesday 28/04/2026, 10am, Bellwardine County Hall."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan as bullets under each outcome, each outcome
#    with a "How we'll know" check for the bullets under it, then "Other
#    things we agreed" with no check. Mother with depression; a 12-year-old
#    young carer. A few realistic faults (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b168_burnstow_bullets_under_outcomes_group_checks_kowalczyk.md",
    "split": "tune",
    "actions": 16,
    "template": "icpc-plan-md-details-list-why-going-well-what-oskar-and-lena-say-then-plan-as-h3-outcome-headings-each-with-one-how-well-know-check-for-the-bullets-under-it-bold-owner-first-bullets-with-their-own-time-then-other-things-we-agreed-with-no-check-then-if-things-go-wrong-meetings",
    "description": (
        "Initial conference plan for a 12-year-old boy who has been caring for his mother and his "
        "8-year-old sister (neglect); their mother has depression and a history of self-harm and is seen "
        "by the community mental health team; their father works night shifts. The plan is a list of "
        "bullets under four outcome headings, each outcome carrying one 'How we'll know' check for the "
        "bullets under it, then 'Other things we agreed' with no check. Most bullets are sound (the "
        "father's and mother's school mornings with his rota sent on the first Monday of each month, "
        "both schools checking in by 9am, eight family support sessions scored on a checklist, weekly "
        "young carers sessions, the social worker's weekly visits, the GP's review). Faults: an "
        "attendance support plan 'as and when needed'; beds and bedding 'asap'; an outcome only about "
        "the mother, whose check is that her mood will be better and she will be engaging, under which "
        "the CPN is asked only to keep supporting her; direct work with Lena 'when appropriate' with no "
        "check; 'The core group will keep an eye on' things with no time; and a passive referral to the "
        "landlord with no one named."
    ),
    "text": """\
# Child Protection Plan: Oskar and Lena Kowalczyk

**Burnstow Metropolitan Borough Council, Children's Social Care**
**Initial child protection conference:** Tuesday 20 January 2026, Burnstow Town Hall
**Chair:** Mandeep Gill, Independent Reviewing Officer
**Category:** Neglect

## The family

- **Oskar Kowalczyk**, born 11/03/2013 (12), Year 8 at Burnstow Academy
- **Lena Kowalczyk**, born 26/05/2017 (8), Year 4 at Burnstow Park Primary School
- **Gemma Kowalczyk** (38), mum
- **Piotr Kowalczyk** (40), dad; works nights at Burnstow distribution centre, three or four nights a week
- **Tomasz Kowalczyk**, Piotr's brother, lives on the same estate
- **Social worker:** Rachel Boyd, Burnstow Children's Social Care, Assessment and Protection Team 1 (team manager: Imran Qureshi)

## Why we are worried

Gemma has had depression for many years and took an overdose in 2021. Since last summer she has been
very low and often stays in bed all day. On those days Oskar gets Lena up, makes the breakfast and
takes her to school, and he has missed 31 sessions of school himself since September. When the social
worker first visited on 08/01/2026 there was little food in the house, the boiler was broken, Lena's
mattress was wet and had no cover, and there was black mould on her bedroom wall. Piotr works nights
and sleeps in the day; he said he had not realised how much Oskar was doing. There are no concerns
about Piotr's use of alcohol or drugs.

## What is going well

- Gemma and Piotr love the children and were honest at conference about how hard things have been.
- Gemma has started seeing her care co-ordinator from the community mental health team again.
- Lena's school says she is a bright, kind girl who has lots of friends.
- Tomasz has offered to help on the nights Piotr works.

## What Oskar and Lena say

Oskar (seen alone at school on 14/01/2026): "I don't mind doing stuff for Mum, but I'm tired all the
time. I worry if I go to school she won't be OK." He scored how much he has to look after Mum and Lena
as 8 out of 10. He said he would like to go back to football on Saturdays.

Lena (seen at home on 15/01/2026) showed Rachel her bedroom and said: "It smells and it's cold. Oskar
makes my breakfast. Mum's sad." Her wish was "a new bed and for Mum to come to my assembly".

## Our plan

### Outcome 1: Oskar and Lena get to school every day, on time, fed and in clean uniform

**How we'll know for this outcome:** the Friday attendance printout from each school shows the child at
95% or more, with no more than one late mark a week, and each school's Friday email to Rachel says
whether the child had eaten and was in clean uniform.

- **Piotr** will get both children up, give them breakfast and walk Lena to school for 8.45am every
  school morning he is not coming off a night shift (in February, Mondays, Tuesdays and Fridays),
  sending Rachel his rota on the first Monday of each month.
- **Gemma** will get the children up and off to school on the other school mornings (in February,
  Wednesdays and Thursdays), with Piotr ringing her at 7.15am from work to check she is up.
- **Mrs Helen Ward** (DSL, Burnstow Park Primary) and **Mr Simon Dyson** (Head of Year 8, Burnstow
  Academy) will each check their child in by 9am every school day and ring Rachel the same day if
  the child is not in.
- **Mr Dyson** will set up an attendance support plan for Oskar with Oskar and his parents, as and when
  needed.

### Outcome 2: the house is warm, clean and safe, with food in the cupboards and a dry, clean bed for each child

**How we'll know for this outcome:** the ten-point home checklist, scored by Sophie Kerr and Rachel together
at a joint visit, shows at least 8 of 10 items met at three joint visits running.

- **Sophie Kerr** (family support worker, Burnstow Family Hub) will do eight home sessions with Gemma and
  Piotr on meals, shopping on a budget, laundry and bedtimes, every Tuesday from 27/01/2026 to
  17/03/2026.
- **Piotr** will take the family to the Burnstow Community Pantry every Friday afternoon and put the
  shopping away with Gemma, from 23/01/2026.
- **Rachel** will apply to the Household Support Fund for a new bed, mattress protector and bedding
  for Lena, asap.

### Outcome 3: Oskar can be a 12-year-old again, not his mum's carer

**How we'll know for this outcome:** Oskar's own score for "how much I have to look after Mum and Lena"
(0 = not at all, 10 = all the time), asked by Kerry-Ann Moss each month and agreed with Rachel, goes
from 8 now to 4 or lower by the review conference.

- **Kerry-Ann Moss** (Burnstow Young Carers) will see Oskar at school every Wednesday lunchtime and take
  him to the Friday young carers club, from 28/01/2026 until the review.
- **Tomasz** will be at the house from 7am to 9am on the mornings after Piotr's night shifts, so that
  Oskar does not have to get Lena ready, from 26/01/2026.
- **Rachel** will visit the family at home every week until the review, see each child on their own,
  and write their words in the visit record each time.

### Outcome 4: Gemma will feel better in herself and be able to cope

**How we'll know for this outcome:** Gemma's mood will be better and she will be engaging well with her
mental health team.

- **Dave Ingham** (CPN and care co-ordinator, Burnstow Community Mental Health Team) will keep seeing
  Gemma every two weeks to support her with her mood and her medication.
- **Gemma** will take her fluoxetine every morning and go to every CMHT appointment; Dave will count her
  tablets at each visit and tell Rachel if any are missed.
- **Dr Anjali Sen** (GP, Brook Street Surgery) will review Gemma's fluoxetine by 13/02/2026 and write to
  Rachel with the outcome.

### Other things we agreed

- **Rachel** will do some direct work with Lena about what home is like for her, when appropriate.
- The core group will keep an eye on how things are at home and whether Oskar is still caring.
- Burnstow Homes to be contacted about the damp and mould in Lena's bedroom by 06/02/2026, with the
  repair date sent to the core group.

## If things go wrong

- If Gemma talks about harming herself, takes an overdose or cannot get out of bed to care for Lena on
  two days running when Piotr is at work, whoever knows will ring Rachel (or the Emergency Duty Team
  out of hours) that day. Dave will arrange for Gemma to be seen by the crisis team the same day, and
  Piotr will come home from work or ask Tomasz to stay at the house until he does.
- If Tomasz cannot be at the house on a morning after a night shift, Piotr will come off his shift at
  6am that day, as his manager has agreed; if neither can be there, Rachel will arrange for Lena to be
  taken to school by the Burnstow Park breakfast club minibus and Oskar will be told he does not need
  to stay home.
- If Oskar misses three or more days of school in a half term because he is caring, or Lena is found at
  home alone with Gemma unwell, Rachel will hold a strategy discussion the same day and ask Imran
  Qureshi for a legal planning meeting within five working days.

## Meetings

- Core group every four weeks, Tuesdays at 4pm, Burnstow Park Primary: 03/02/2026, 03/03/2026 and
  31/03/2026.
- Review child protection conference: Tuesday 14/04/2026, 10am, Burnstow Town Hall.
""",
    "findings": [
        F("T002", "set up an attendance support plan for Oskar with Oskar"),
        F("T002", "apply to the Household Support Fund for a new bed"),
        F("F002", "Gemma will feel better in herself and be able to cope"),
        F("H001", "keep seeing Gemma every two weeks to support her with her mood"),
        F("M002", "keep seeing Gemma every two weeks to support her with her mood"),
        F("T002", "do some direct work with Lena about what home is like"),
        F("M001", "do some direct work with Lena about what home is like"),
        F("W002", "The core group will keep an eye on how things"),
        F("M002", "The core group will keep an eye on how things"),
        F("T001", "The core group will keep an eye on how things"),
        F("W001", "Burnstow Homes to be contacted about the damp and mould"),
    ],
})


# ---------------------------------------------------------------------------
# 6. One-page plan written to a 15-year-old who goes missing (risk of
#    sexual exploitation; mother's drinking). "You" is Maddie. Who / What /
#    When / How we'll know table. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b168_blackmarden_teen_plan_on_a_page_you_column_mcallister.md",
    "split": "tune",
    "actions": 13,
    "template": "teen-plan-on-a-page-md-written-to-15-year-old-you-is-her-boxed-details-line-in-your-words-quotes-what-weve-got-to-sort-what-has-to-change-outcomes-then-who-what-when-how-well-know-table-you-rows-first-then-if-it-goes-wrong-when-we-meet",
    "description": (
        "Exemplary one-page child protection plan written to a 15-year-old girl who has gone missing "
        "six times since November with a 22-year-old man (risk of sexual exploitation); her mother drinks "
        "most evenings; her aunt has her on Saturday nights. Written in plain words to her ('you' is "
        "Maddie): her own words, what has to be sorted, what has to change in her words, then one "
        "Who / What / When / How we'll know table with her rows first, then short 'If it goes wrong' and "
        "'When we meet' parts. Times are tied to her life ('every school night', 'within 72 hours of "
        "every time you come back', 'by February half term', 'every Saturday'); measures are things "
        "someone sees or counts (her mum's curfew diary, the register, breath tests, her own score "
        "agreed with her youth worker, MACE minutes). The alcohol service reports on her mother's "
        "capacity to change, CAMHS and the police own actions, the aunt's part has a fallback, legal "
        "planning follows named triggers, core group and review dates are set."
    ),
    "text": """\
# Maddie's plan on a page

> **Maddison (Maddie) McAllister**, 15 · 27 Quarry Road, Blackmarden BK4 1DF · Year 10, Blackmarden High
> Child protection plan from the conference on **Thursday 22 January 2026** (category: sexual abuse, risk of exploitation)
> Your social worker: **Ellie Forbes**, Blackmarden Council Children's Services, Adolescent Safety Team (manager: Marcus Hale)
> This plan is written to you, Maddie. When it says "you", it means you.

## In your words

- "I'm not a kid. Connor looks after me, he buys me stuff and he's the only one who listens."
- "I go out because being at home when Mum's been drinking is worse."
- "I don't want to be put in care. I'd go to Auntie Nic's if I had to go anywhere."
- You told Ellie you feel safe "about 3 out of 10" when you're out at night, and "about 5" at home.
- You said you'd like to get your GCSEs and do hairdressing at college.

## What we've got to sort

Since November you have been missing six times, twice overnight. Twice you were found in a car with
Connor (22) and another man outside a flat on Dock Street; you had alcohol and a new phone. You have
cut your arms twice since Christmas. Your mum, Dawn, drinks most evenings; on three of the nights you
went missing she was too drunk to ring the police. Your attendance has dropped to 71%.

## What has to change (what we want for you)

1. You are home safe every night, and when you are out, someone knows where you are.
2. You are not seeing Connor, or anyone older who gives you things and expects something back.
3. When you get home there is a sober grown-up there for you.
4. You are at school most days (90% or more) and getting help with the cutting.

## Who does what

| Who | What | When | How we'll know |
|---|---|---|---|
| You (Maddie) | Be home by 9.30pm, or ring Mum by 9pm to say where you are and who with | Every school night from 22/01/2026; on Fridays and Saturdays, home by 10.30pm | Mum's curfew diary, looked at by Ellie at every visit: late nights go down from four a week to none |
| You (Maddie) | Keep your phone on and charged when you are out, and answer when Mum or Auntie Nic rings | Every evening you go out | Mum's diary shows each call answered; Ellie counts any unanswered calls with you at each visit |
| Ellie Forbes, social worker | See you on your own, at school or somewhere you choose, and write down what you say | Every week until the review conference on 21/04/2026 | A visit record after every visit, in your words; you read and sign your "my month" page at the end of each month |
| Sam Doyle, youth worker, Blackmarden Reach | Return home interview with you after every missing episode, and pass any names, cars or places to PC Shah the same day | Within 72 hours of every time you come back | Return interview record on your file within 72 hours; intelligence form logged by the police the same day |
| Sam Doyle, youth worker, Blackmarden Reach | Ten sessions with you about healthy relationships, grooming and staying safe | Every Tuesday, 27/01/2026 to 31/03/2026 | Sam's session notes; your own "how safe I feel when I'm out" score (0-10), agreed with Sam at session 1 and session 10 |
| PC Amir Shah, Blackmarden Police Exploitation Team | Serve a Child Abduction Warning Notice on Connor, and record any breach | By 30/01/2026 | Copy of the notice on the police file and the date told to Ellie; any breach logged and rung through to Ellie the same day |
| Ellie Forbes, social worker | Take what we know about Connor and the Dock Street flat to the Multi-Agency Child Exploitation (MACE) panel | At the MACE panel on 04/02/2026 | MACE minutes on your file, with the actions the panel agreed and who owns them |
| Mr Gary Holt, DSL, Blackmarden High | Check you are in registration and every lesson, and ring Mum and Ellie by 10am if you are not | Every school day | Attendance printout sent to Ellie every Friday; your attendance at 90% or more by the Easter holidays |
| Anya Brooks, CAMHS practitioner | Assess your cutting and your sleep with you, then see you for sessions | First appointment by 06/02/2026, then every two weeks | CAMHS letter to Ellie after the assessment with the plan you agreed; your own self-harm score noted at each session |
| Bev Lomas, school nurse | Sexual health and contraception appointment with you at the school drop-in | By February half term (13/02/2026) | The school nurse's note that you came, copied to Ellie with your agreement |
| Mum (Dawn McAllister) | Not drink on school nights, and be sober to wait up for you | Every evening from 22/01/2026 | Breath test at every Clearway session and at Ellie's evening visits (one a fortnight, unannounced) reads zero |
| Neil Carter, recovery worker, Clearway (Blackmarden alcohol service) | Weekly sessions with Mum, with a breath test each time, and a written report on whether her drinking is changing enough for her to keep you safe, and how long that will take | Every Thursday from 29/01/2026; report three working days before each core group | Neil's report and breath test results on Ellie's file before every core group |
| Auntie Nic (Nicola Byrne, Mum's sister) | Have you to stay at 5 Heron Way on Saturday nights, and pick you up from town by 10.30pm if you ring | Every Saturday until the review conference | Nicola texts Ellie each Sunday morning; you tell Ellie at her visits where you stayed |

## If it goes wrong

- **If you are not home and not answering 30 minutes after your time:** Mum rings the police on 101 (999 if
  she thinks you are with Connor) and tells Ellie, or the Emergency Duty Team at night. The police look
  for you straight away.
- **If you are found with Connor or another older man:** the police take you home or to Auntie Nic's, and
  Ellie holds a strategy discussion with the police the same day.
- **If Mum has been drinking when you are due home:** you go to Auntie Nic's that night, and Ellie visits
  the next day.
- **If Auntie Nic cannot have you** (she is away, ill or it is too much for her): she tells Ellie that day,
  and you stay with your nan, Jean McAllister, at 40 Mill Street; if she cannot either, Ellie arranges
  for you to stay with Blackmarden foster carers that night.
- **Legal planning:** if you go missing three more times before the review, or are found with Connor
  after the warning notice, or Neil's report says Mum cannot stop drinking in time for you, Ellie will
  ask Marcus Hale for a legal planning meeting within five working days.

## When we meet

- Core group every three weeks, Thursdays at 3.45pm at Blackmarden High: 05/02/2026, 26/02/2026,
  19/03/2026 and 09/04/2026. You can come to all or part of it, or send your views with Ellie.
- Review child protection conference: Tuesday 21/04/2026, 10am, Blackmarden Civic Centre.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. The social worker's letter to two parents after the initial
#    conference, the plan in numbered paragraphs ("I" the social worker,
#    "you" the named parents). Father's cocaine and alcohol use, neglect.
#    A few realistic faults (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b168_brimblecote_letter_to_parents_numbered_paragraphs_fairbairn.txt",
    "split": "tune",
    "actions": 12,
    "template": "sw-letter-to-parents-after-icpc-txt-address-block-dear-stacey-and-dean-plain-headings-why-we-met-what-poppy-told-me-and-what-i-saw-of-alfie-going-well-what-we-want-then-numbered-paragraphs-i-you-named-workers-time-and-check-inside-each-then-if-things-do-not-get-better-meetings-signed",
    "description": (
        "The social worker's letter to two parents after the initial child protection conference for "
        "their 5-year-old daughter and 2-year-old son (neglect: home conditions, missed health and "
        "dental care, the father's weekend cocaine and alcohol use). Plain text: address block, 'Dear "
        "Stacey and Dean', why we met, what Poppy told me and what I saw of Alfie, what is going well, "
        "what we want, then the plan in twelve numbered paragraphs where 'I' is the social worker who "
        "signs the letter and 'you' the named parents, each with its time and its check in the "
        "sentence. Most paragraphs are sound (weekly visits, the school run with the Friday register, "
        "the drug service's report on change, the dentist by a date, family support scored on a "
        "checklist, head lice checked on the first Monday of each month). Faults: 'keep an eye on' the "
        "house; Nana Pat's school run 'as and when she can'; the father's drug tests with no time; the "
        "health visitor's visits with no measure; a passive speech and language referral; a contingency "
        "of 'if things don't get better' and 'think about what happens next' with no legal planning; "
        "the review conference date 'to be confirmed'."
    ),
    "text": """\
Brimblecote Council
Children's Services - Family Safeguarding Team East
The Old Grammar School, Station Road, Brimblecote BC2 7NN
Tel: 01632 960 418

Ms Stacey Fairbairn and Mr Dean Fairbairn
16 Weavers Court
Brimblecote
BC4 3RP

11 February 2026

Dear Stacey and Dean,

Your children's child protection plan

Thank you both for coming to the child protection conference yesterday, Tuesday 10 February, at
Brimblecote Council Offices. I know it was a long and hard meeting. I said I would write to you
with the plan in plain words, so that you both know what is happening and what you need to do.

Poppy (5) and Alfie (2) are now on child protection plans under the category of neglect. This
letter sets out why, what we want for them, and who will do what.

WHY WE MET

The school and the health visitor told us that Poppy has often come to school hungry and with head
lice, and that both children have tooth decay and have missed dental and health appointments. When
I visited on 20 January and 29 January the kitchen had no clean plates, there was dog mess on the
landing and Alfie's cot had no sheet. Dean, you told me you use cocaine and drink at weekends, and
that on those weekends Stacey looks after the children on her own while you sleep it off on
Sundays. Alfie is saying very few words for a two-year-old.

WHAT POPPY TOLD ME AND WHAT I SAW OF ALFIE

When I saw Poppy on her own at school on 3 February, she drew your house and said: "Daddy's grumpy
on Sundays and we have to be quiet. I like it when Mummy does my hair." She told me her head is
"always itchy" and that she is hungry at school "because there's no cereal".

Alfie was in his high chair when I visited on 29 January. He pointed at the biscuits and said "bic",
and laughed when Stacey tickled him. He had a sore nappy rash and was in the same vest as on my visit
the week before.

WHAT IS GOING WELL

You both love Poppy and Alfie very much, and they are clearly close to you. Stacey, you walk Poppy to
school most days and you have kept Alfie's immunisations up to date. Dean, you were honest about your
drug use and you have already been to New Leaf once. Nana Pat lives close by and is willing to help.

WHAT WE WANT FOR POPPY AND ALFIE

 - Poppy and Alfie live in a clean, safe home with food in the cupboards and clean beds.
 - Poppy gets to school every day on time, fed and free of head lice.
 - Poppy's and Alfie's teeth are treated, and Alfie gets help with his talking.
 - Poppy and Alfie are always looked after by a parent who has not been using drugs or drinking.

WHO WILL DO WHAT

1. I will visit you at home every week until the review conference, and at least once every
   three weeks I will come without ringing first. I will see Poppy on her own each time and write
   down what she tells me on my visit record.

2. I will also keep an eye on the state of the house, the kitchen and the children's beds when I
   visit each week.

3. Stacey, you will take Poppy to school for 8.50am every school day. Mrs Kaur, the school's
   designated safeguarding lead, will send me the register every Friday so we can both see that
   Poppy is in school and on time.

4. Nana Pat has said she will help out with the school run as and when she can, and Mrs Kaur will
   note on the register who brought Poppy in.

5. Dean, you will go to New Leaf for drug and alcohol tests, and the tests will show you have
   stopped using cocaine.

6. Lee Marsh, your worker at New Leaf (Brimblecote drug and alcohol service), will see you every
   Monday, test you each time and write to me before every core group about whether your drug and
   alcohol use is changing enough for you to care for Poppy and Alfie safely, and how long that is
   likely to take.

7. The health visitor, Jenny Platt, will visit Alfie at home every two weeks until the review.

8. A referral will be made to Brimblecote Speech and Language Therapy for Alfie by 20 February,
   and you will get a letter with his first appointment.

9. Stacey and Dean, you will take Poppy and Alfie to the dentist at Church Lane Dental Practice by
   13 March and bring me the appointment cards, so I can see they have been and what treatment is
   booked.

10. Karen Doyle, family support worker at Brimblecote Family Hub, will come every Thursday for
    eight weeks from 12 February to work with you on the house and the children's bedtimes. She
    will fill in the home checklist with you each week, and we want it to show at least eight of
    the ten things done by the end of the eight weeks.

11. Stacey, you will treat Poppy's hair every Friday with the comb and lotion the school nurse gave
    you, and the school nurse, Amy Lowe, will check Poppy's hair at school on the first Monday of
    each month and tell me what she finds.

12. I will do three sessions with Poppy at school using drawings and the "three houses" by 24 March,
    and I will put her drawings and words on her file and bring them to the core group.

IF THINGS DO NOT GET BETTER

If things don't get better, or we are still worried at the core group, we will have to think about
what happens next, and I may hold a meeting with my manager to discuss it.

MEETINGS

The core group (you, me, Nana Pat, Mrs Kaur, Jenny Platt, Karen Doyle and Lee Marsh) will meet every
four weeks at Brimblecote Family Hub, at 1pm. The first two meetings are on Tuesday 24 February and
Tuesday 24 March. The review conference will be in about three months; the date is to be confirmed
and I will write to you when I have it.

If anything in this letter is not clear, or you think something is wrong, please ring me on the
number above. You can also ask for this letter to be read through with you.

Yours sincerely,

Sian Pryce
Social Worker, Family Safeguarding Team East
Team Manager: Gareth Lloyd
""",
    "findings": [
        F("M002", "keep an eye on the state of the house"),
        F("T002", "Nana Pat has said she will help out with the school run"),
        F("T001", "you will go to New Leaf for drug and alcohol tests"),
        F("M001", "will visit Alfie at home every two weeks until the review"),
        F("W001", "A referral will be made to Brimblecote Speech and Language Therapy"),
        F("C002"),
        F("R002"),
        F("R001"),
    ],
})
