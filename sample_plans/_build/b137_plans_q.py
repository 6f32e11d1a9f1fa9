"""Batch 137, module q: seven fictional plans (tuning material), places beginning with "q".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: how MEASURES and TIMESCALES read when good practitioners write them in
their own words and in places other than a tidy "How will we know" column and
a date column. Measures are written as evidence someone gathers or sees ("we'll
know it's working when ...", "Evidence:", "What the school will see", "Shown
by", "Checked at", "as recorded in", the health visitor weighing and plotting,
attendance percentages from the register, negative hair-strand or urine
results, an unannounced visit finding the home as agreed, a scaling score the
worker records), some in the action's own sentence, some in a column with an
unusual header, some on a line below the action. Timescales are written as
events, terms and periods ("before baby is born", "by 36 weeks' gestation",
"within 5 working days of this conference", "at every core group", "by the
October half term", "each Tuesday after school", "for the next 12 weeks, then
reviewed", "on the day of discharge", "from 3 March 2026 until the review",
"fortnightly, starting w/c 9 March", "the first Monday of each month"), some
in the owner's cell, some in the action sentence, some under a "Start / end"
or "By" header. Owners are written as initials from an attendance list, "the
HV" after a who's who, "Gran (maternal)", "Mum and SW jointly", a recovery
service with a worker's first name and initial.

Five plans are exemplary (no finding under any rule): an initial conference
plan in a landscape Word table with merged outcome cells and a "Start / end"
column (docx); a review conference plan in two-column Action | Detail tables
under "So that ..." goal headings (docx); a pre-birth plan in stage tables
whose "Who and when" cell carries the timescale, printed to PDF with a header
and footer (pdf); a child in need plan stepped up to child protection, in
Markdown bullets with "We'll know it's working when" and "Evidence:" lines
under each action (md); and an initial conference plan printed as plain text
from a case system with WHEN and CHECKED AT fields (txt). Two carry a
realistic mix of faults among mostly good rows: core group minutes with an
action log (pdf) and a review conference plan in a Markdown table with "By"
and "Shown by" columns (md).

Counting convention used for "actions" (convention 1 and README "Files"):
every live row of an action table, every top-level bullet of the action
section and every task block of the case-system print is one action; the
"We'll know it's working when" / "Evidence:" / "When:" lines under a bullet
belong to that bullet and are not counted; the contingency, the meeting dates
and the history of the child in need plan are not actions; the one closed,
one-off row kept in the core group action log ("Closed - fitted") is work
already done and is not counted.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, mother's drinking, two children, maternal
#    grandmother doing nursery runs and being the safe adult. Landscape Word
#    table: outcome merged down, "Start / end" column, "What we should see"
#    column. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b137_quebbleford_icpc_merged_outcome_start_end_rushworth.docx",
    "doc_title": "Child Protection Plan - Mason and Ruby Rushworth",
    "split": "tune",
    "actions": 10,
    "landscape": True,
    "check_vmerge": 3,
    "template": "icpc-landscape-word-plan-details-list-worries-what-is-going-well-childrens-words-then-table-outcome-merged-down-what-will-happen-who-start-end-what-we-should-see-contingency-legal-meetings",
    "description": (
        "Exemplary initial conference plan for an 8-year-old and a 2-year-old whose mother drinks "
        "heavily. A landscape Word table with the outcome for the children merged down each group "
        "of rows, and columns 'Who', 'Start / end' ('From 3 March 2026, weekly, until the review "
        "conference', 'Three sessions, fortnightly, starting w/c 9 March 2026', 'By the Easter "
        "holidays') and 'What we should see' (unannounced visits finding the home as agreed, "
        "breath tests as recorded in the recovery log, attendance from the register, weight "
        "plotted in the red book). The alcohol service and GP own actions, the grandmother's two "
        "parts have a fallback, legal planning follows named triggers, core group and review "
        "dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Quebbleford Borough Council · Children's Social Care · Assessment and Protection Team 3"),
        ("kv", [
            ("Children", "Mason Rushworth (8), DOB 11/06/2017, Year 4, St Cuthbert's Primary; Ruby Rushworth (2), "
                         "DOB 02/06/2023, Little Owls Nursery"),
            ("Address", "7 Tanners Yard, Quebbleford QB3 8NL"),
            ("Mother", "Kelly Rushworth (31), sole carer"),
            ("Father", "Dean Carver (34), Mason and Ruby's father, lives in Portsmouth; phones the children on "
                       "Sundays"),
            ("Gran (maternal)", "Pauline Rushworth (58), 14 Fern Street, Quebbleford (a five-minute walk)"),
            ("Category", "Neglect (both children)"),
            ("Conference", "Initial child protection conference, Tuesday 24/02/2026. Chair: Angela Moss (IRO)"),
            ("Social worker", "Hannah Pryce (team manager: Victor Oyelowo)"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "Kelly has been drinking heavily since her partner left last summer. On 06/02/2026 Mason rang "
              "his gran at 8pm because he could not wake his mum and Ruby had not had any tea. Pauline found "
              "Kelly asleep on the sofa with two empty bottles of vodka beside her. St Cuthbert's have recorded "
              "Mason arriving late and hungry 14 times since September, and Ruby missed her 2½-year health "
              "review in January. On two home visits in February there was no food in the fridge."),
        ("h1", "What is going well"),
        ("p", "Kelly has asked for help with her drinking herself and went to her first appointment at "
              "Quebbleford Recovery Service on 19/02/2026. Pauline sees the children most days and has had them "
              "to stay whenever Kelly was not fit to care for them. Both children are warm, well dressed and "
              "clearly loved, and Mason says his mum is \"the best at making up stories\"."),
        ("h1", "What Mason and Ruby have shown and told us"),
        ("p", "Mason (seen on his own at school, 18/02/2026): \"When Mum is poorly from drinking I do Ruby's "
              "cereal and put the telly on for her. I don't like it when she won't wake up. Gran's is the best "
              "because there is always tea.\" He put home at 4 on a scale where 10 is \"really happy at home\". "
              "He would like his mum to \"stop the drinks and take me to football\"."),
        ("p", "Ruby (seen at home, 20/02/2026) is a chatty two-year-old. She showed the social worker her "
              "doll's pram and said \"Nana got me these shoes\". She ate two pieces of toast quickly when Pauline "
              "made them, and her nursery key worker says she often asks for food as soon as she arrives."),
        ("h1", "The plan"),
        ("p", "The plan below was agreed at the conference on 24/02/2026. 'Start / end' says when each action "
              "begins and how long it lasts; 'What we should see' is what the core group will look for."),
        ("table", {
            "header": ["Outcome for Mason and Ruby", "What will happen", "Who", "Start / end",
                       "What we should see"],
            "widths": [4.2, 6.4, 4.0, 4.4, 6.7],
            "rows": [
                ["1. Mason and Ruby are looked after every day by a sober adult who gets them up, fed and "
                 "ready for school and nursery.",
                 "Visit Mason and Ruby at home, see Mason on his own, and go through the home conditions "
                 "agreement (food in, beds made up, no alcohol in the house); at least one visit in three "
                 "unannounced",
                 "Hannah Pryce, social worker",
                 "From 3 March 2026, weekly, until the review conference",
                 "Unannounced visits find the home as agreed in the home conditions agreement; Mason's own "
                 "words are written on every visit record"],
                [V,
                 "Drink no alcohol while Mason and Ruby are in her care, and give a breath test at every "
                 "key-work session",
                 "Kelly Rushworth (Mum)",
                 "Every day from 24 February 2026; key-work each Thursday",
                 "Breath test readings of zero at every Thursday session, as recorded in the Quebbleford "
                 "Recovery Service log and sent to Hannah"],
                [V,
                 "Key-work and breath tests with Kelly, and a written view to each core group on whether her "
                 "drinking has changed enough for her to care for Mason and Ruby safely, and how long further "
                 "change is likely to take",
                 "Dev Kaur, recovery worker, Quebbleford Recovery Service (adult alcohol service)",
                 "Every Thursday from 5 March 2026; written view two working days before each core group",
                 "Dev's written view on the case file before every core group, with the breath test results "
                 "and his view of the likely timescale"],
                [V,
                 "Take blood for a liver function and CDT test, so the core group knows whether Kelly is "
                 "drinking when the children are with her, and write to the SW with the results",
                 "Dr Rachel Obi, GP, Mill Lane Surgery",
                 "By 20 March 2026, then again in the week before the review conference",
                 "GP letter to Hannah with both results; the second result back within the normal range"],
                ["2. Mason gets to school on time every day, and Ruby gets to every nursery session and every "
                 "health check.",
                 "Check Mason's attendance and punctuality each morning and phone the SW the same day if he is "
                 "absent without a reason",
                 "Mrs Joanne Ellis, DSL, St Cuthbert's Primary",
                 "Every school day from 25 February 2026",
                 "Attendance from the register, emailed to Hannah each Friday: 95% or more by the Easter "
                 "holidays, and no unexplained absence"],
                [V,
                 "Take Ruby to nursery on Monday, Wednesday and Friday mornings, with breakfast at Fern Street "
                 "first",
                 "Pauline Rushworth (Gran, maternal)",
                 "From 2 March 2026 until the review conference",
                 "Little Owls register shows Ruby signed in by 9am on each of Pauline's days"],
                [V,
                 "Rebook Ruby's missed 2½-year review and go to it with Kelly and Ruby",
                 "Zara Hussain, health visitor",
                 "By the Easter holidays (by 27 March 2026)",
                 "Review done; Ruby's ASQ scores and her weight, plotted in her red book, sent to Hannah"],
                ["3. Mason and Ruby know who to go to if their mum has been drinking, and are safe with Gran "
                 "that same night.",
                 "Three sessions of direct work with Mason about home and who he can tell, using the three "
                 "houses and a safety card with Gran's number on it",
                 "Hannah Pryce, social worker",
                 "Three sessions, fortnightly, starting w/c 9 March 2026",
                 "At the third session Mason can name his safe adults and show Hannah his card; his three "
                 "houses kept on file"],
                [V,
                 "Be the adult Mason rings if his mum has been drinking, and have both children to stay at 14 "
                 "Fern Street that night",
                 "Pauline Rushworth (Gran, maternal)",
                 "From today; the same night whenever Mason or Kelly rings",
                 "Pauline texts Hannah by 9am the next morning; Hannah reads Pauline's notebook at the first "
                 "visit of each month"],
                [V,
                 "Refer the family to the Family Group Conference service and hold a conference, so the wider "
                 "family can agree who else can step in for Mason and Ruby if Gran cannot",
                 "Hannah Pryce, SW (referral); Lisa Denton, FGC co-ordinator (conference)",
                 "Referral within 5 working days of this conference; conference held by 24 April 2026",
                 "The family's written FGC plan shared at the core group on 5 May 2026"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Kelly has a positive breath test, is found to have been drinking while Mason and Ruby are in "
              "her care (Mason rings Gran, or school, nursery, Pauline or a visitor smell alcohol or find her "
              "asleep), Pauline will take the children to 14 Fern Street that day and Hannah will hold a "
              "strategy discussion with Quebbleford Police the same day."),
        ("p", "If Pauline cannot have the children or cannot do the nursery run (she is ill, away or cannot "
              "be reached), Hannah will collect them herself and place Mason and Ruby together with "
              "Quebbleford foster carers the same day, and will ask Dean whether he can come to Quebbleford to "
              "care for them while the plan is reviewed."),
        ("p", "If Kelly has two positive breath tests before the review conference, or is found drunk while "
              "caring for the children again, Hannah will ask Victor Oyelowo for a legal planning meeting within "
              "5 working days to decide whether to start the Public Law Outline."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 3.45pm at Quebbleford Family Hub: 10/03/2026, 07/04/2026 "
            "and 05/05/2026.",
            "Review child protection conference: Tuesday 19/05/2026, 10am, Quebbleford Civic Centre.",
        ]),
        ("p", "Copies to Kelly, Pauline, Dean and every person named in the plan."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First review conference plan, domestic abuse (father left, order in
#    place), mother's depression, two children. Two-column Action | Detail
#    tables under "So that ..." goal headings; the Detail cell gives who,
#    when and the evidence in prose. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b137_quomersley_rcpc_action_detail_two_column_kowalczyk.docx",
    "doc_title": "Review Child Protection Plan - Zuzanna and Filip Kowalczyk",
    "split": "tune",
    "actions": 11,
    "template": "rcpc-word-plan-details-list-what-has-changed-childrens-words-then-so-that-goal-headings-each-over-a-two-column-action-detail-table-detail-in-prose-who-when-evidence-contingency-legal-meetings",
    "description": (
        "Exemplary first review conference plan for an 11-year-old and an 8-year-old after their "
        "father's violence; he has left and a non-molestation order is in place, and their mother "
        "has depression. Each 'So that ...' goal heading sits over a two-column Action | Detail "
        "table whose Detail cell says in prose who does it, when ('each Tuesday after school', "
        "'fortnightly for the next 12 weeks, then reviewed', 'at the first home visit after this "
        "conference') and what will show it ('Shown by', 'Evidence', 'What the school will see', "
        "'We'll know it's working when'). Talking Therapies report on change, the GP, police and "
        "Women's Aid own actions, legal planning follows named triggers, core group and review "
        "dates are set."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Quomersley City Council · Children and Families · Safeguarding Team North"),
        ("kv", [
            ("Children", "Zuzanna (Zuzia) Kowalczyk (11), DOB 08/05/2014; Filip Kowalczyk (8), DOB 19/09/2017; "
                         "both at Quomersley Park Primary"),
            ("Address", "31 Linden Walk, Quomersley QM7 2HD"),
            ("Mother", "Agnieszka Kowalczyk (34)"),
            ("Father", "Tomasz Kowalczyk (37), now living at 4 Mercer Court, Quomersley; non-molestation order "
                       "until 30/11/2026"),
            ("Category", "Emotional abuse (both children)"),
            ("Plan history", "Initial conference 25/11/2025; first review conference Tuesday 03/03/2026. "
                             "Chair: Imran Qureshi (IRO)"),
            ("Social worker", "Marta Nowak (team manager: Rhys Jenner)"),
        ]),
        ("h1", "What has changed since the initial conference"),
        ("p", "In November the police were called to Linden Walk after Tomasz pushed Agnieszka down the stairs "
              "while the children watched from the landing. Tomasz left the house that night and Agnieszka was "
              "granted a non-molestation order on 12/12/2025. There have been no police call-outs since. "
              "Agnieszka has depression; her GP increased her medication in January and she has been referred to "
              "Quomersley Talking Therapies. Some mornings she has not got up, and Filip has been late to school "
              "on nine mornings this term. Tomasz has started the Quomersley Change Programme and sees the "
              "children at the family centre."),
        ("h1", "What Zuzia and Filip have told us"),
        ("p", "Zuzia (seen on her own at school, 24/02/2026): \"It's quieter now Dad's gone. I still listen for "
              "his car. Some days Mum stays in bed and I do Filip's lunch.\" She gave home 6 out of 10, up from "
              "2 in November, and said she would like to go to a group \"with other kids whose dads did stuff\"."),
        ("p", "Filip (seen on his own at home, 26/02/2026): \"I like seeing Tata at the centre because there's "
              "Lego and nobody shouts. I don't want him to come home yet.\" He drew his family with his dad in "
              "a separate house \"with a big wall\". He gave home 7 out of 10."),
        ("h1", "The plan"),
        ("p", "Each goal below is what we want for Zuzia and Filip. Under each goal the left-hand column says "
              "what will happen; the right-hand column says who will do it, when, and how the core group will "
              "know it is working."),
        ("h2", "So that Zuzia and Filip are safe at home and their dad keeps away"),
        ("table", {
            "header": ["Action", "Detail"],
            "widths": [6.5, 10.5],
            "rows": [
                ["Visit Zuzia and Filip at home and see each of them on their own",
                 "Marta Nowak (SW), every two weeks until the second review conference, one visit in three "
                 "unannounced. Shown by: visit records with each child's own words and the score out of 10 "
                 "they give home, which Marta writes down at every visit."],
                ["Keep to the non-molestation order: no contact with Agnieszka, no visits to Linden Walk and "
                 "no contact with the children outside the family centre",
                 "Tomasz Kowalczyk (Dad), until the order ends on 30/11/2026. Evidence: no police call-outs to "
                 "Linden Walk and no reports of contact from Agnieszka, the children or the school, confirmed "
                 "in the police check before each core group."],
                ["Check police systems for any call-out, report or breach involving Tomasz and the family, "
                 "and tell the SW",
                 "DC Sian Rowe, Quomersley Police Domestic Abuse Unit, before each core group and within one "
                 "working day of any incident. Evidence: a written police check sent to Marta for every core "
                 "group."],
                ["Safety planning with Agnieszka, including a code word the children can use and what each of "
                 "them does if their dad comes to the house",
                 "Chloe Baines, IDVA, Quomersley Women's Aid, fortnightly for the next 12 weeks, then reviewed "
                 "with Agnieszka. We'll know it's working when Agnieszka can show Marta the written safety plan "
                 "and both children can tell Marta the code word at her next visit."],
                ["Supervise the children's time with their dad at Quomersley Family Centre",
                 "Lorna Peck, contact supervisor, every other Saturday, 10am to 12 noon, starting 7 March 2026. "
                 "Shown by: a written record of each session sent to Marta, noting what Zuzia and Filip said "
                 "before and after."],
                ["Attend the 26-week Quomersley Change Programme for men who have been abusive",
                 "Tomasz Kowalczyk (Dad), Wednesday evenings, from 4 March 2026. Evidence: the programme "
                 "worker, Andy Shore, sends Marta an attendance letter after every fourth session; no more than "
                 "one session missed."],
            ],
        }),
        ("h2", "So that Zuzia and Filip have a mum who is well enough to notice them and get them to school"),
        ("table", {
            "header": ["Action", "Detail"],
            "widths": [6.5, 10.5],
            "rows": [
                ["Twelve CBT sessions with Agnieszka for her depression, and a written view to the core group "
                 "on whether she is making the changes Zuzia and Filip need and how long that is likely to take",
                 "Ewa Zielinska, CBT therapist, Quomersley Talking Therapies. Weekly from 3 March 2026 until "
                 "the twelve sessions are done (by 26 May 2026); written view two working days before every "
                 "core group. Shown by: Ewa's letter on file before each core group, with Agnieszka's PHQ-9 "
                 "scores and Ewa's view of the timescale."],
                ["Review Agnieszka's antidepressant so that she stays well enough to get Zuzia and Filip up "
                 "and to school, and tell the SW of any change or missed review",
                 "Dr Colin Mayhew, GP, Quomersley Road Surgery, at each 8-weekly medication review, the first "
                 "by 20 March 2026. Shown by: a GP letter to Marta after each review."],
                ["Write a morning and bedtime routine with Zuzia and Filip and put it on the fridge",
                 "Agnieszka and Marta (SW) jointly, at the first home visit after this conference. We'll know "
                 "it's working when the tick chart on the fridge shows both children up by 7.30am and in bed by "
                 "8.30pm on school nights, checked by Marta at each visit."],
            ],
        }),
        ("h2", "So that Zuzia and Filip are doing well at school and can talk about what happened"),
        ("table", {
            "header": ["Action", "Detail"],
            "widths": [6.5, 10.5],
            "rows": [
                ["Check both children's attendance and punctuality, and give each of them a check-in with "
                 "their key adult",
                 "Mr Daniel Owusu, DSL, Quomersley Park Primary, every Monday morning in term time from 9 March "
                 "2026. What the school will see: attendance of 96% or more on the register for each child, "
                 "sent to Marta each Friday; Monday check-ins logged on CPOMS; Filip late no more than once a "
                 "half-term."],
                ["Eight-week group for Zuzia with other children who have lived with domestic abuse",
                 "Jade Harlow, children's worker, Quomersley Women's Aid, each Tuesday after school (4pm to "
                 "5pm) for eight weeks from 10 March 2026. Shown by: the group register, and Zuzia's own "
                 "'My safety plan' sheet shared with Marta at the end of the group."],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Tomasz comes to Linden Walk or the school, contacts Agnieszka or the children outside the "
              "family centre, or breaks the order in any other way, Agnieszka or the school will ring 999, "
              "Quomersley Police will attend, Marta will hold a strategy discussion the same day and the family "
              "centre sessions will stop until it has met. If Agnieszka lets Tomasz back into the home, Chloe "
              "will offer Agnieszka and the children a refuge place the same day."),
        ("p", "If Agnieszka tells anyone she has thoughts of harming herself, or cannot get the children to "
              "school for two days running, Marta will visit that day and ask Dr Mayhew or the crisis team to "
              "see her the same day; if she cannot care for Zuzia and Filip safely, they will stay together with "
              "Quomersley foster carers until she can."),
        ("p", "If Tomasz breaks the order twice, or Agnieszka lets him back into the home, Marta will ask Rhys "
              "Jenner for a legal planning meeting within 5 working days to decide whether to start the Public "
              "Law Outline."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every six weeks, Tuesdays at 4pm at Quomersley Park Primary: 14/04/2026, 26/05/2026 and "
            "07/07/2026.",
            "Second review child protection conference: Tuesday 01/09/2026, 10am, Quomersley Civic Centre.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Pre-birth plan, mother on a buprenorphine script with anxiety, father's
#    cannabis use, an aunt and the paternal grandmother helping after the
#    birth. Stage tables (before birth / on the ward / first eight weeks);
#    the "Who and when" cell carries the timescale. Word printed to PDF with
#    a header and page footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b137_quarnholme_prebirth_stage_tables_who_and_when_ashdown.pdf",
    "doc_title": "Pre-birth Child Protection Plan - Unborn baby of Jess Ashdown",
    "split": "tune",
    "actions": 13,
    "template": "prebirth-plan-word-printed-to-pdf-page-header-footer-details-worries-babys-world-outcomes-then-one-table-per-stage-what-needs-to-happen-who-and-when-in-one-cell-how-well-know-contingency-legal-meetings",
    "description": (
        "Exemplary pre-birth plan for the unborn baby of a 24-year-old on a buprenorphine script "
        "who has anxiety, and whose partner smokes cannabis. A Word plan printed to PDF with a page "
        "header and footer: one table per stage ('Before baby is born', 'At the birth and on the "
        "ward', 'The first eight weeks at home'), each with a 'Who and when' cell holding the "
        "timescale as an event ('at every antenatal appointment until 36 weeks' gestation', 'by 34 "
        "weeks' gestation', 'on the day of discharge', 'within 5 working days of this conference') "
        "and a 'How we'll know' column (negative urine and hair-strand results, the health visitor "
        "weighing and plotting baby's weight). The perinatal psychiatrist assesses capacity to "
        "change, the recovery service reports, the aunt's and grandmother's help has a fallback, "
        "legal planning follows named triggers, core group and review dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Quarnholme Council – Pre-birth Child Protection Plan",
    "footer": "Unborn baby of Jess Ashdown – plan agreed 10/03/2026 – Page {PAGE} of {NUMPAGES}",
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("kv", [
            ("Unborn baby", "Baby of Jess Ashdown; expected date of delivery 02/06/2026 (28 weeks' gestation at "
                            "conference)"),
            ("Mother", "Jess Ashdown (24), Flat 3, 18 Kiln Lane, Quarnholme QH4 1SW"),
            ("Father", "Callum Price (27), lives with Jess"),
            ("Family", "Beverley (Bev) Ashdown, Jess's aunt, 2 Kiln Lane; Sandra Price, Callum's mum, 40 Orchard "
                       "Rise, Quarnholme"),
            ("Category", "Neglect (pre-birth)"),
            ("Conference", "Pre-birth child protection conference, Tuesday 10/03/2026. Chair: Gillian Roe (IRO)"),
            ("Social worker", "Nadia Faulkner (team manager: Stuart Mbeki)"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Jess used heroin from the age of 17. Her son Kai, now 4, lives with his paternal grandparents under "
              "a special guardianship order made in 2023, after he was found alone in the flat twice while Jess "
              "was using. Jess has been on a buprenorphine script for 18 months and her last 12 urine screens "
              "have been negative for heroin. She has anxiety and panic attacks, which she says were the reason "
              "she used before. Callum smokes cannabis most evenings and says he will stop before the baby "
              "comes."),
        ("h1", "What is going well"),
        ("p", "Jess has gone to every antenatal appointment and every key-work session since she found out she "
              "was pregnant. Bev and Sandra have both come to meetings and want to help. The flat is warm and "
              "clean."),
        ("h1", "Baby's world"),
        ("p", "At the 20-week scan on 03/02/2026 baby was growing well. Jess talks to the bump and has chosen "
              "the name Maisie if it is a girl. At the home visit on 05/03/2026 there was a new Moses basket in "
              "the bedroom, still in its box, and baby clothes washed and folded. The flat smelled of cannabis "
              "in the front room and there was an ashtray on the windowsill. Callum said the baby's room would "
              "be \"smoke-free from now\"."),
        ("h1", "What we want for baby"),
        ("bullets", [
            "Baby is born into a home free of drugs and smoke, with parents who are sober and awake enough to "
            "feed, change and settle them, day and night.",
            "Baby is fed, warm and sleeps safely on their back in their own Moses basket, and gains weight along "
            "their centile.",
            "Baby is seen by a professional at least once a week for the first eight weeks at home.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan is set out in three stages. 'Who and when' names the person responsible and the point "
              "in the pregnancy or after the birth by which it happens."),
        ("h2", "Stage 1 – Before baby is born"),
        ("table", {
            "header": ["What needs to happen", "Who and when", "How we'll know"],
            "widths": [6.2, 5.0, 5.8],
            "rows": [
                ["Antenatal care with Jess at the specialist clinic, with a urine drug screen at each "
                 "appointment, so that baby is born free of drugs other than her prescribed script",
                 "Rosie Danbury, specialist substance misuse midwife – at every antenatal appointment "
                 "(fortnightly until 36 weeks' gestation, then weekly)",
                 "Urine screens negative for heroin, cocaine and benzodiazepines, with results sent to Nadia "
                 "after each appointment"],
                ["Key-work and supervised buprenorphine with Jess, and a written view on whether she has stayed "
                 "stable and what that means for her care of the baby",
                 "Lewis Marr, recovery worker, Quarnholme Recovery Service – key-work every Monday; written "
                 "view by 36 weeks' gestation and before each core group",
                 "Negative urine results as recorded in the Recovery Service log, and Lewis's written view on "
                 "Nadia's file by 36 weeks"],
                ["Assess Jess's anxiety and her capacity to stay well and care for the baby after the birth, "
                 "including her risk of relapse and the likely timescale for any change, and write a perinatal "
                 "mental health plan with her",
                 "Dr Amira Khalil, consultant perinatal psychiatrist, Quarnholme Perinatal Mental Health Team "
                 "– by 34 weeks' gestation",
                 "Written assessment and perinatal plan sent to Nadia and Rosie, and shared at the core group "
                 "before the birth"],
                ["Complete the pre-birth parenting assessment with Jess and Callum",
                 "Nadia Faulkner, SW – by 36 weeks' gestation (05/05/2026)",
                 "Written assessment, with a recommendation on whether baby can go home with Jess and Callum, "
                 "shared with them and the core group before baby is born"],
                ["Get the flat ready for baby: Moses basket up, working smoke alarm, and a locked box for Jess's "
                 "medication",
                 "Jess and Callum, with Tina Webb, family support worker – by 36 weeks' gestation",
                 "All three seen in place at an unannounced visit by Nadia, and written on the visit record"],
                ["Stop smoking cannabis, and give a hair-strand test so the core group knows the baby will come "
                 "home to a drug-free flat",
                 "Callum Price (Dad) – from today; first test within 5 working days of this conference, repeated "
                 "at 34 weeks' gestation",
                 "Hair-strand results negative for cannabis at the second test, sent to Nadia by the testing "
                 "company"],
            ],
        }),
        ("h2", "Stage 2 – At the birth and on the ward"),
        ("table", {
            "header": ["What needs to happen", "Who and when", "How we'll know"],
            "widths": [6.2, 5.0, 5.8],
            "rows": [
                ["Tell children's social care (the Emergency Duty Team out of hours) when Jess is admitted in "
                 "labour and when baby is born",
                 "Labour ward co-ordinator, Quarnholme General Hospital – on the day of admission and on the "
                 "day of birth",
                 "Call logged on the case file by Nadia or the EDT, with the time of the call"],
                ["Watch and write down how Jess and Callum feed, hold and settle baby on the ward, and check "
                 "baby for signs of withdrawal",
                 "Rosie Danbury, specialist midwife, with the ward midwives – every shift until discharge",
                 "Feeding chart and withdrawal (Finnegan) scores in baby's notes, shared at the discharge "
                 "planning meeting"],
                ["Hold a discharge planning meeting on the ward with Jess, Callum, Bev and Sandra",
                 "Nadia Faulkner, SW – before discharge",
                 "Written discharge plan, signed by Jess, Callum and the ward, on file before baby leaves the "
                 "ward"],
            ],
        }),
        ("h2", "Stage 3 – The first eight weeks at home"),
        ("table", {
            "header": ["What needs to happen", "Who and when", "How we'll know"],
            "widths": [6.2, 5.0, 5.8],
            "rows": [
                ["Visit baby at home, see baby awake, where baby sleeps and how Jess and Callum respond to "
                 "baby's cries",
                 "Nadia Faulkner, SW – on the day of discharge, then twice a week for four weeks, then weekly "
                 "until baby is 8 weeks old",
                 "Visit records show baby seen awake at every visit and asleep on their back in the Moses "
                 "basket whenever asleep"],
                ["New birth visit, then weigh baby and check feeding and safe sleep",
                 "Gemma Lowther, health visitor – within 10 days of the birth, then weekly until baby is 8 "
                 "weeks old",
                 "The health visitor will weigh and plot baby's weight in the red book: back to birth weight "
                 "by two weeks and growing along their centile after that"],
                ["Stay at the flat for the first two weeks after baby comes home and help with night feeds",
                 "Bev Ashdown (Jess's aunt) – every night for the first 14 nights after discharge",
                 "Night feed chart filled in and signed by Bev, checked by Nadia at each visit"],
                ["Have Jess and baby at her house on Saturdays so that Jess can rest",
                 "Sandra Price (Callum's mum) – every Saturday, 10am to 4pm, from the first Saturday after "
                 "discharge until the review conference",
                 "Sandra texts Nadia each Saturday evening; baby seen at Sandra's on one of Nadia's visits each "
                 "month"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "Before the birth: if Jess has a urine screen positive for heroin or cocaine, or misses three "
            "supervised doses in a row, Nadia will visit the same day and ask Stuart Mbeki for a legal planning "
            "meeting within 5 working days to decide whether to start pre-proceedings under the Public Law "
            "Outline.",
            "After the birth: if Jess or Callum is found under the influence while caring for baby, or baby "
            "loses weight at two weighs in a row, Nadia will hold a strategy discussion the same day and baby "
            "will stay at Sandra's house with Sandra caring for them until it has met.",
            "If Bev cannot stay for the first two weeks, or Sandra cannot have baby (they are ill, away or "
            "cannot manage), Nadia will ask the ward to keep Jess and baby in until a parent and baby foster "
            "placement is ready, and Jess and baby will go there on discharge.",
            "If the parenting assessment says baby cannot safely go home, Nadia will request a legal planning "
            "meeting within 5 working days of the assessment being shared.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks until the birth, Tuesdays at 2pm, Quarnholme Children's Centre: "
            "24/03/2026, 21/04/2026 and 19/05/2026; then within 10 working days of baby's birth.",
            "Review child protection conference: Tuesday 30/06/2026, 10am, Quarnholme Civic Centre.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Core group 2 minutes with an action log, mother's depression, father's
#    drinking, three children, maternal grandfather helping. Lead column uses
#    initials from the attendance list. Word printed to PDF with a header
#    and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b137_quillowmere_core_group_minutes_initials_action_log_mulrooney.pdf",
    "doc_title": "Core Group 2 Minutes - Mulrooney children",
    "split": "tune",
    "actions": 13,
    "landscape": True,
    "template": "core-group-minutes-word-printed-to-pdf-landscape-page-header-footer-attendance-list-with-initials-updates-by-initials-childrens-views-outcomes-then-action-log-ref-action-lead-initials-by-evidence-status-closed-row-kept-contingency-legal-planning-next-meetings",
    "description": (
        "Minutes of the second core group for a 13-year-old, a 9-year-old and a 2-year-old whose "
        "mother has depression and whose father drinks; a landscape Word document printed to PDF "
        "with a header and footer. The Lead column uses initials from the attendance list and one "
        "closed one-off row is kept. Most rows are sound (weekly visits, the HV weighing and "
        "plotting fortnightly, the alcohol service reporting, attendance from the register, the "
        "grandfather's Saturday nights). Faults: the CPN's support visits only treat the mother "
        "and are measured by 'Monitor Dawn's mood'; the young carers referral is 'ASAP'; 'All "
        "agencies' report sightings; the grandfather's collections are 'As required'; the family "
        "support worker's sessions are measured by 'Improved home conditions'; the contingency has "
        "no specific trigger and no fallback if the grandfather cannot help."
    ),
    "header": "OFFICIAL-SENSITIVE – Quillowmere District Council – Children's Services",
    "footer": "Mulrooney – core group 2 minutes, 17/03/2026 – Page {PAGE} of {NUMPAGES}",
    "blocks": [
        ("title", "Core Group Meeting 2 – Minutes and Action Log"),
        ("kv", [
            ("Children", "Keeley Mulrooney (13), DOB 21/01/2013, Year 8, Quillowmere Academy; Archie Mulrooney "
                         "(9), DOB 04/07/2016, Year 5, Brookside Primary; Rosie Mulrooney (2), DOB 15/10/2023, Tiny Steps "
                         "Nursery (afternoons)"),
            ("Address", "56 Weir Road, Quillowmere QW2 9PF"),
            ("Category", "Neglect (all three children)"),
            ("Initial conference", "Tuesday 24/02/2026. Chair: Bernadette Okoye (IRO)"),
            ("Meeting", "Core group 2, Tuesday 17/03/2026, 4pm, Weir Road Children's Centre"),
        ]),
        ("h1", "Present"),
        ("bullets", [
            "FH – Ffion Hale, social worker (chair)",
            "DM – Dawn Mulrooney, Mum",
            "SM – Sean Mulrooney, Dad",
            "EB – Eddie Byrne, maternal grandfather",
            "RT – Rachel Tan, health visitor",
            "KA – Kirsty Allen, CPN, Quillowmere Community Mental Health Team",
            "JW – Jordan Webb, recovery worker, Quillowmere Alcohol Service",
            "PL – Mrs Paula Lowe, DSL, Brookside Primary",
            "GO – Mr Gareth Oduya, head of Year 8, Quillowmere Academy",
            "GR – Gail Rafferty, family support worker",
            "Apologies: Dr Neil Ashby, GP, Weir Road Surgery (written update sent)",
        ]),
        ("h1", "1. Updates since core group 1 (03/03/2026)"),
        ("p", "FH: weekly visits made, one unannounced on 12/03/2026. The kitchen was cleaner than at conference "
              "and there was food in the cupboards. Rosie was in a clean nappy. Keeley was at home caring for "
              "Rosie on the afternoon of 12/03/2026 because Dawn had gone back to bed."),
        ("p", "JW: Sean has been to three Tuesday groups and two key-work sessions. Breath tests have been zero "
              "at every session. Sean says he now drinks only on Friday nights, at his brother's."),
        ("p", "RT: Rosie weighed 11.2kg on 10/03/2026, just under the 25th centile, up from the 9th at "
              "conference. The stair gate was fitted on 03/03/2026."),
        ("p", "KA: Kirsty has seen Dawn twice at home. Dawn says she is sleeping a little better."),
        ("p", "PL and GO: Archie's attendance since conference is 94% and Keeley's 88%. Keeley was absent on "
              "12/03/2026; Dawn phoned in to say she was unwell."),
        ("p", "EB: Eddie has had the children every Saturday night and collected Archie and Rosie when Dawn "
              "asked. He has a hospital appointment in April for his heart."),
        ("p", "Dr Ashby (written): Dawn's sertraline was increased on 02/03/2026."),
        ("h1", "2. What the children are saying"),
        ("p", "Keeley (seen on her own at school, 13/03/2026): \"I don't mind looking after Rosie but I'm missing "
              "stuff at school. Dad's better now. Mum still cries a lot.\" She said she would like \"one day a "
              "week where I'm not in charge\"."),
        ("p", "Archie (seen on his own at home, 12/03/2026): \"Grandad's Saturdays are the best, we watch the "
              "football.\" He gave home 6 out of 10 and said he gets scared when his dad comes in late."),
        ("p", "Rosie (seen at home, 12/03/2026) toddled to the door holding her cup, asked for \"more juice\" and "
              "climbed onto Keeley's knee rather than Dawn's when the social worker came in."),
        ("h1", "3. Outcomes (agreed at the initial conference)"),
        ("bullets", [
            "Keeley, Archie and Rosie are cared for every day by a parent who is sober and up, and they have "
            "food, clean clothes and a clean home.",
            "Keeley goes to school every day and no longer has to care for Rosie or her mum.",
            "Rosie grows well and reaches her developmental milestones.",
        ]),
        ("h1", "4. Action log"),
        ("p", "Lead: initials as listed under 'Present'. Status: G on track, A partly done or late, R not "
              "started. Closed: finished one-off action, kept for the record."),
        ("table", {
            "header": ["Ref", "Action", "Lead", "By", "Evidence / what we'll check", "Status"],
            "widths": [1.1, 7.4, 2.6, 4.4, 7.4, 2.8],
            "rows": [
                ["1",
                 "Visit the children at home, one visit in two unannounced, and see Keeley and Archie on their "
                 "own",
                 "FH",
                 "Weekly until the review conference on 19/05/2026",
                 "Visit records show all three children seen each week and Keeley and Archie seen alone, with "
                 "their words written down",
                 "G"],
                ["2",
                 "Weigh Rosie, check her speech and development and that the stair gate is shut",
                 "RT",
                 "Fortnightly, starting w/c 23 March 2026",
                 "The HV will weigh and plot Rosie in her red book; on or above the 25th centile by the "
                 "review, gate seen shut at every visit",
                 "G"],
                ["3",
                 "Go to the Tuesday alcohol group and key-work, and give a breath test each time, so that he "
                 "is sober whenever he is caring for the children",
                 "SM",
                 "Every Tuesday from 24/02/2026",
                 "Attendance and breath test readings of zero as recorded in the Alcohol Service register, "
                 "sent to FH",
                 "G"],
                ["4",
                 "Key-work with Sean and a written report to each core group on whether his drinking has "
                 "changed enough for the children to be safe with him, and how long further change will take",
                 "JW",
                 "Report two working days before each core group",
                 "Written report on the children's file before every core group",
                 "G"],
                ["5",
                 "Support visits to Dawn at home for her low mood and anxiety",
                 "KA",
                 "Fortnightly",
                 "Monitor Dawn's mood",
                 "A"],
                ["6",
                 "Review Dawn's sertraline after the increase and write to FH about how her mood is affecting "
                 "her care of the children",
                 "Dr Neil Ashby, GP",
                 "By 31/03/2026",
                 "GP letter on the children's file",
                 "A"],
                ["7",
                 "Referral to Quillowmere Young Carers for Keeley, so that she has time away from caring",
                 "FH",
                 "ASAP",
                 "Acceptance letter and the date of Keeley's first session on file",
                 "R"],
                ["8",
                 "Check Archie's attendance and lateness and phone FH the same day about any unexplained "
                 "absence",
                 "PL",
                 "Every school day",
                 "Attendance from the register sent to FH each Friday: 95% or more by the review",
                 "G"],
                ["9",
                 "Meet Keeley each Monday to check her attendance, her homework and whether she has been "
                 "kept at home to look after Rosie",
                 "GO",
                 "Every Monday in term time from 23/03/2026",
                 "Monday meetings logged on CPOMS; Keeley's attendance 95% or more on the register by the "
                 "review",
                 "A"],
                ["10",
                 "Tell FH the same day if Sean is seen drunk while he is with the children",
                 "All agencies",
                 "Same day",
                 "Each report logged on the children's case file",
                 "New"],
                ["11",
                 "Collect Archie from school and Rosie from nursery and give them their tea",
                 "EB",
                 "As required",
                 "Collection book signed at school and nursery",
                 "G"],
                ["12",
                 "Have Keeley, Archie and Rosie to stay at his flat every Saturday night",
                 "EB",
                 "Every Saturday from 28/02/2026",
                 "Eddie texts FH each Sunday morning; FH checks with the children at the Monday visit",
                 "G"],
                ["13",
                 "Help Dawn and Sean get the house clean and keep it that way",
                 "GR",
                 "Weekly, Wednesdays, for the next 8 weeks",
                 "Improved home conditions",
                 "A"],
                ["14",
                 "Fit a stair gate at the top of the stairs",
                 "RT",
                 "By 06/03/2026",
                 "Gate seen fitted",
                 "Closed – fitted 03/03/2026"],
            ],
        }),
        ("h1", "5. Contingency (from the plan agreed at conference)"),
        ("p", "If things get worse at home, Keeley, Archie and Rosie will go to stay with Eddie and FH will "
              "talk to her manager about next steps."),
        ("h1", "6. Legal planning"),
        ("p", "If Sean has a positive breath test before the review conference, or Keeley misses more than three "
              "days of school to care for Rosie, FH will request a legal planning meeting within 5 working "
              "days."),
        ("h1", "7. Next meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 4pm, Weir Road Children's Centre: 14/04/2026 and "
            "12/05/2026.",
            "Review child protection conference: Tuesday 19/05/2026, 1.30pm, Quillowmere Town Hall.",
        ]),
        ("p", "Minutes taken by Ffion Hale and sent to everyone present on 19/03/2026."),
    ],
    "findings": [
        F("H001", "Support visits to Dawn at home for her low mood"),
        F("M002", "Support visits to Dawn at home for her low mood"),
        F("T002", "Referral to Quillowmere Young Carers for Keeley"),
        F("W002", "Tell FH the same day if Sean is seen drunk"),
        F("T002", "Collect Archie from school and Rosie from nursery"),
        F("M002", "Help Dawn and Sean get the house clean"),
        F("C002"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Child in need plan stepped up to child protection, mother's dependence
#    on prescribed painkillers, father working away, paternal grandmother on
#    the school run. Markdown bullets, owner first, with "We'll know it's
#    working when" / "Evidence:" / "When:" lines under each. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b137_quixwell_cin_step_up_evidence_lines_sandhu.md",
    "split": "tune",
    "actions": 10,
    "template": "cin-stepped-up-to-cp-markdown-plan-details-how-we-got-here-childrens-words-outcomes-then-owner-first-bullets-with-well-know-its-working-when-evidence-when-lines-below-contingency-legal-meetings",
    "description": (
        "Exemplary initial conference plan for a 10-year-old and a 6-year-old, stepped up from a "
        "child in need plan because their mother has become dependent on prescribed painkillers "
        "and could not be woken. Markdown bullets, owner first; under each bullet a \"We'll know "
        "it's working when\", 'Evidence:' or 'What the school will see' line, and sometimes a "
        "'When:' line, with timescales as 'for the next 12 weeks, then reviewed', 'each Tuesday "
        "after school', 'fortnightly, starting w/c 9 March', 'the first Monday of each month'. "
        "The GP and a recovery service (owner written as service and worker's first name and "
        "initial) own actions, the grandmother's school runs have a fallback, legal planning "
        "follows named triggers, core group and review dates are set."
    ),
    "text": """\
# Child Protection Plan — Arjun and Simran Sandhu

**Quixwell Metropolitan Borough Council · Children's Services · Family Safeguarding Team B**

Initial child protection conference: Thursday 26 February 2026 (chair: Frances Lyle, IRO).
Category: neglect. Social worker: Sunita Rai (team manager: Owen Marsh).

| | |
|---|---|
| Arjun Sandhu | 10, DOB 14/04/2015, Year 6, Quixwell Primary |
| Simran Sandhu | 6, DOB 30/08/2019, Year 2, Quixwell Primary |
| Jaspreet (Jas) Sandhu | Mum, 36 |
| Manjit Sandhu | Dad, 39; lorry driver, away Monday to Thursday nights |
| Gurmeet Sandhu (Biji) | paternal grandmother, 71, 9 Elm Parade, Quixwell |
| Address | 22 Quarry Close, Quixwell QX5 3JT |

## How we got here

Arjun and Simran have had a child in need plan since October 2025, after Jas's back injury at work. Jas was
prescribed strong painkillers and by December was asking her GP for early prescriptions. On 14 February 2026
Arjun could not wake his mum at 7.30am, got Simran ready himself and walked her to school, and told his
teacher. When the social worker visited that afternoon Jas was drowsy and slurring, and there were two empty
co-codamol boxes and a strip of tablets not prescribed to her in the kitchen. The child in need review on
17 February asked for a strategy discussion, which agreed to a child protection conference.

Under the child in need plan Jas had seen her GP, Biji had done some school runs and Arjun had started at the
school's homework club. Those parts carry on below, with timescales and checks added.

## What Arjun and Simran say

**Arjun** (seen on his own at school, 19/02/2026): "Mum's back hurts and the tablets make her sleepy. I don't
mind doing Simran's breakfast but I was scared when she wouldn't wake up. I want Dad to be home more." He put his
worry about home at 8 out of 10.

**Simran** (seen at home with Biji, 20/02/2026) showed the social worker her reading book and said "Arjun does
my hair for school". She said she likes it when Biji makes parathas and "Mummy sleeps a lot".

## What needs to be different for Arjun and Simran

1. Arjun and Simran are cared for every day by an adult who is awake and able to get them up, fed and to school.
2. Arjun no longer has to look after Simran or his mum, and knows exactly who to call if he can't wake her.
3. Both children are at school every day, on time, and Simran sleeps through the night.

## The plan

- **Sunita Rai (SW)** will visit Arjun and Simran at home every week from 2 March 2026 until the review
  conference, one visit in three unannounced and at least one before 8.15am, and see Arjun on his own.
  - We'll know it's working when: visit records show both children seen every week, Arjun seen alone, and Jas
    up, dressed and alert at every early or unannounced visit.
- **Jas** will keep all her medication in the locked box in the kitchen and take it only as prescribed, from
  today, so that she is awake and able to care for Arjun and Simran.
  - Evidence: Sunita's tablet count at each visit matches the chemist's weekly dispensing record.
- **Dr Priya Mehta (GP, Quixwell Health Centre)** will move Jas onto weekly dispensing and review her pain
  medication with the pain clinic, so that she is safe to care for the children.
  - When: by 13 March 2026, then every four weeks until the review conference.
  - Evidence: a GP letter to Sunita after each review, giving the dose and any request for an early
    prescription.
- **Quixwell Recovery Hub – Lisa P. (recovery worker)** will see Jas for key-work about her dependence on
  painkillers every Wednesday for the next 12 weeks, then reviewed with the core group, and will write to each
  core group on whether Jas is reducing safely and what that means for her care of Arjun and Simran.
  - Evidence: urine results as recorded in the Recovery Hub log, and Lisa's written update on the case file two
    working days before each core group.
- **Mrs Helen Carver (DSL, Quixwell Primary)** will check both children's attendance and how they arrive each
  morning, and Arjun will see his learning mentor each Tuesday after school at homework club.
  - What the school will see: attendance of 95% or more on the register for each child, sent to Sunita each
    Friday; Arjun's Tuesday sessions logged on CPOMS.
- **Abi Chen (school nurse, Quixwell Community Health)** will see Simran at school on the first Monday of each
  month about her sleep and her wet nights.
  - We'll know it's working when: Simran's sleep and star chart, brought to each session, shows five or more
    dry nights a week by the review, and Abi's note is sent to Sunita after each session.
- **Biji (Gurmeet Sandhu)** will take Arjun and Simran to school on Mondays and Thursdays, giving them breakfast
  at Elm Parade first.
  - When: every Monday and Thursday in term time, from 2 March 2026.
  - We'll know it's working when: the register shows both children in by 8.50am on Biji's days.
- **Manjit (Dad)** will ring home at 7pm on each night he is away, speak to Jas and both children, and ring
  Sunita or the Emergency Duty Team the same night if Jas sounds drowsy or does not answer.
  - Evidence: Manjit's call log, shown to Sunita at the Friday visit each fortnight; any same-night call logged
    on the case file.
- **Sunita Rai (SW)** will do three sessions of direct work with Arjun about his worries and what to do if he
  can't wake his mum, fortnightly, starting w/c 9 March 2026.
  - Evidence: Arjun can show Sunita his safety card (Biji's number, his dad's number and 999) at the third
    session, and the worry score Sunita records at each session comes down from 8 to 4 or below.
- **Jas and Sunita jointly** will write a family safety plan saying who Arjun calls, in what order, if he
  cannot wake his mum, by 13 March 2026.
  - We'll know it's working when: the plan is on the fridge at the next visit and Arjun can tell Sunita what
    it says.

## If things go wrong

- **If Jas cannot be woken, is drowsy or confused while caring for the children, or asks for an early
  prescription**: Arjun rings Biji (or 999 if his mum will not wake at all); Sunita visits the same day and holds
  a strategy discussion the same day; Arjun and Simran go to Biji's at 9 Elm Parade that night.
- **If Biji cannot have the children or do the school run** (she is unwell or away): Manjit comes home that
  night; if he cannot, Sunita will place Arjun and Simran together with Quixwell foster carers the same day.
- **If progress stops**: if Jas is found unrousable again, or the GP reports two requests for early
  prescriptions before the review, Sunita will ask Owen Marsh for a legal planning meeting within 5 working
  days.

## Meetings

- Core group every four weeks, Thursdays at 3.30pm, Quixwell Primary: 12/03/2026, 09/04/2026 and 07/05/2026.
- Review child protection conference: Thursday 21/05/2026, 10am, Quixwell Town Hall.
- Sunita will bring Arjun's words and worry score to every core group.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. First review conference plan, neglect, father's cannabis use, mother's
#    anxiety, a 4-year-old and a 14-month-old. Markdown table with "By" and
#    "Shown by" columns; who's who first. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b137_quendrith_rcpc_by_shown_by_table_tregarthen.md",
    "split": "tune",
    "actions": 12,
    "template": "rcpc-markdown-plan-whos-who-list-what-has-changed-childrens-world-outcomes-then-numbered-table-what-needs-to-happen-who-by-shown-by-contingency-meetings",
    "description": (
        "First review conference plan for a 4-year-old and a 14-month-old in a cold, damp flat "
        "whose father smokes cannabis and whose mother has anxiety. A Markdown table with 'Who', "
        "'By' and 'Shown by' columns after a who's who ('the HV', 'Nana Sue'). Most rows are "
        "sound (weekly visits, the HV weighing and plotting, nursery attendance from the "
        "register, the drug service's urine results, Talking Space's view on change, the GP). "
        "Faults: the father's drug assessment is 'When possible'; the family support worker's "
        "routine work is measured by 'Engagement with sessions'; the damp repair is 'TBC'; the "
        "'Core group' is to share worries; the speech referral is measured by 'To be discussed at "
        "the next core group'; one outcome is only about the mother; and no review conference "
        "date is set."
    ),
    "text": """\
# Quendrith Council — Review Child Protection Plan

**Lily-Rose and Jack Tregarthen** · first review child protection conference, Tuesday 10 March 2026 ·
chair: Patrick Oyinlola (IRO) · category: neglect

## Who's who

- **Lily-Rose Tregarthen**, 4 (DOB 22/01/2022), Rainbow Room, Quendrith Nursery School
- **Jack Tregarthen**, 14 months (DOB 03/01/2025)
- **Kayleigh Tregarthen**, 26, Mum
- **Ryan Doyle**, 29, Jack's dad and Lily-Rose's stepdad, lives with the family at 12b Harbour View,
  Quendrith QD1 4RE
- **Sue Pascoe (Nana Sue)**, Kayleigh's mum, 3 Chapel Row, Quendrith
- **Ben Kitto**, social worker (SW); team manager **Laura Penrose**
- **Claire Ndlovu**, health visitor (the HV)
- **Tasha Bell**, family support worker (FSW)

## What has changed since the initial conference (9 December 2025)

At the initial conference the flat was cold and damp, there was mould on the wall behind the children's cots,
Jack was on the 2nd centile and had missed his 12-month review, and the flat smelled strongly of cannabis at
every visit. Since then Jack has been seen at clinic every fortnight and is now on the 9th centile, and
Lily-Rose has been at nursery most mornings. Ryan says he smokes "outside only" but the flat smelled of
cannabis on two of the last six visits. Kayleigh has been referred to Quendrith Talking Space for her anxiety
and started her sessions in February. The landlord has not yet fixed the damp.

## Lily-Rose's and Jack's world

Lily-Rose told Ben at nursery on 3 March 2026: "Our bedroom is cold and it smells. Jack coughs in the night. I
like nursery because we have toast and I play in the sand." She drew Nana Sue's house "with a fire".

Jack is a smiley, busy baby. On the visit of 24 February he crawled to Kayleigh to be picked up and settled on
her shoulder, but he was in a wet sleepsuit at 2pm and his bottle had been left propped on a cushion.

## What we want

1. Lily-Rose and Jack live in a warm, dry, smoke-free home, with beds away from mould.
2. Jack is fed regularly, gains weight steadily and reaches his milestones.
3. Lily-Rose goes to nursery every session and her speech is understood by adults outside the family.
4. Kayleigh feels less anxious and more confident as a mum.

## The plan

| # | What needs to happen | Who | By | Shown by |
|---|---|---|---|---|
| 1 | Visit Lily-Rose and Jack at home, see Lily-Rose on her own at nursery once a month, and check the children's bedroom | Ben Kitto (SW) | Weekly from 10/03/2026 until the next review; one visit a fortnight unannounced | Visit notes record both children seen, Lily-Rose's own words, where the cots are and whether there is any smell of cannabis |
| 2 | Weigh Jack and check his feeding and development at Quendrith Clinic | the HV | Every two weeks, starting w/c 16 March 2026 | Jack's weight plotted in his red book, on or above the 9th centile at every weigh |
| 3 | Take Lily-Rose to nursery every morning session (Monday to Friday) | Kayleigh (Mum) | Every nursery day from 11/03/2026 | Attendance of 90% or more on the nursery register, emailed to Ben on the last Friday of each month |
| 4 | Ryan to go to Quendrith Drug and Alcohol Service for a cannabis assessment | Ryan Doyle | When possible | Assessment letter from the service seen by Ben |
| 5 | Key-work and urine tests with Ryan, so that Lily-Rose and Jack live in a smoke-free flat | Kieran Lusk, recovery worker, Quendrith Drug and Alcohol Service | Every Thursday for the next 12 weeks, from 19/03/2026 | Urine results negative for cannabis by week 8, sent to Ben before each core group |
| 6 | Work with Kayleigh on a daily routine for Lily-Rose and Jack (meals, naps and bedtime) | Tasha Bell (FSW) | Mondays, eight weekly sessions from 16/03/2026 | Engagement with sessions |
| 7 | Fix the damp and mould in the children's bedroom | Gary Nunn, repairs officer, Quendrith Homes | TBC | Repair signed off, and the bedroom seen dry by Ben |
| 8 | Six sessions with Kayleigh for her anxiety, and a written view on whether it is stopping her getting the children to nursery and clinic, and how long change is likely to take | Nina Shah, psychological wellbeing practitioner, Quendrith Talking Space | Weekly from 17/03/2026; written view before the core group on 21/04/2026 | GAD-7 scores and Nina's written view on Ben's file before the core group |
| 9 | Review Kayleigh's sertraline and write to the SW about her mood and how it affects the children | Dr Ben Adair, GP, Harbour View Surgery | By 27/03/2026 | GP letter on the children's file |
| 10 | Share any worry about Lily-Rose's or Jack's care with the SW the same day | Core group | Same day | Each worry recorded on the children's case file |
| 11 | Have Lily-Rose and Jack at Chapel Row for the day so Kayleigh can rest | Nana Sue | Every Saturday, 10am to 4pm, from 14/03/2026 | Sue writes each Saturday in the family's contact book, which Ben reads at his visits |
| 12 | Refer Lily-Rose to speech and language therapy | the HV | By 27/03/2026 | To be discussed at the next core group |

## If things go wrong

- If cannabis is smelt in the flat on two visits in a row, or Ryan's urine test is positive after week 8, Ryan
  will move to his brother's flat that day and Ben will hold a strategy discussion the same day.
- If Jack loses weight at two weighs in a row, or is found with a propped bottle again, the HV will tell Ben the
  same day and Ben will visit that day; Lily-Rose and Jack will stay at Nana Sue's until a safety plan is
  agreed. If Sue cannot have them, Ben will place them together with Quendrith foster carers the same day.
- If the flat is still damp by the next core group, Ben will ask Quendrith Homes to move the family to a
  temporary flat within two weeks.
- If Ryan has not stopped smoking cannabis in the flat by the next review, or Jack falls below the 9th centile,
  Ben will ask Laura Penrose for a legal planning meeting within 5 working days.

## Meetings

- Core group every six weeks, Tuesdays at 10am at Harbour View Children's Centre; next on 21/04/2026, then
  02/06/2026.
- Next review child protection conference: to be arranged by the conference team.
""",
    "findings": [
        F("T002", "go to Quendrith Drug and Alcohol Service for a cannabis assessment"),
        F("M002", "Work with Kayleigh on a daily routine for Lily-Rose and Jack"),
        F("T002", "Fix the damp and mould in the children's bedroom"),
        F("W002", "Share any worry about Lily-Rose's or Jack's care"),
        F("M002", "Refer Lily-Rose to speech and language therapy"),
        F("F002", "Kayleigh feels less anxious and more confident as a mum."),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Initial conference plan, mother with bipolar disorder just discharged
#    from a psychiatric ward, a 12-year-old young carer and a 7-year-old,
#    maternal aunt helping. Plain-text case-system print with TASK / OWNER /
#    WHEN / CHECKED AT fields. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b137_quattersby_icpc_case_print_checked_at_oyelaran.txt",
    "split": "tune",
    "actions": 11,
    "template": "icpc-case-system-plain-text-print-dotted-header-fields-numbered-caps-sections-household-worries-childrens-views-outcomes-then-numbered-tasks-with-task-owner-when-checked-at-fields-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 12-year-old young carer and a 7-year-old whose "
        "mother has bipolar disorder and came home from a psychiatric ward a fortnight before. A "
        "plain-text print from a case system: each numbered task has TASK, OWNER, WHEN ('weekly "
        "for the next 12 weeks, then reviewed', 'the first Monday of each month', 'by the "
        "October half term', 'within 5 working days of this conference', 'at every core group') "
        "and CHECKED AT fields ('as recorded in', a scaling score the social worker records, "
        "attendance from the register). Both mental health tasks ask for a view on change and its "
        "timescale, the GP owns a task, the aunt's two parts have a fallback, legal planning "
        "follows named triggers, core group and review dates are set."
    ),
    "text": """\
QUATTERSBY COUNCIL  CHILDREN'S SERVICES            CHILD RECORD SYSTEM v4.2
CHILD PROTECTION PLAN (INITIAL)                    Printed 17/09/2026 09:42
-------------------------------------------------------------------------------
Children ........ Tobi OYELARAN, DOB 02/03/2014 (12), Year 8, Quattersby Academy
                  Kemi OYELARAN, DOB 19/07/2019 (7), Year 3, St Anne's Primary
Address ......... 15 Foundry Street, Quattersby QT6 2BA
Mother .......... Grace Oyelaran (40), sole carer
Father .......... not involved; lives in Manchester, no contact since 2021
Maternal aunt ... Funmi Adeleke (45), 8 Brewery Lane, Quattersby
Category ........ Neglect
ICPC ............ Tuesday 15/09/2026. Chair: Simone Achterberg (IRO)
Social worker ... Daniel Mensah, Safeguarding Team 4 (TM: Claire Whitfield)
-------------------------------------------------------------------------------

1. WHY THERE IS A PLAN

Grace has bipolar disorder. In July she stopped taking her lithium, stopped
sleeping and spent her rent money. On 28/07/2026 Tobi found her in the street
at 2am in her nightclothes and called 999. Grace was admitted to the Laurel
Ward at Quattersby General Hospital under section 2 and came home on
01/09/2026. While she was in hospital Tobi and Kemi stayed with their aunt
Funmi. Before the admission Tobi had been doing the cooking, getting Kemi to
school and hiding his mum's bank card, and his attendance fell to 81%.

2. WHAT TOBI AND KEMI SAY

Tobi (seen on his own at school, 10/09/2026): "When Mum gets high she doesn't
sleep and she goes out. I have to watch her. Now she's on her tablets again
she's normal. I want to go to football again and not worry all the time." He
scored home 5 out of 10 on the SW's scale.
Kemi (seen at home, 11/09/2026) showed the SW her new school shoes and said
"Mummy was in hospital and Auntie Funmi does my hair nice". She drew her mum,
Tobi and herself holding hands, and a sun.

3. OUTCOMES FOR TOBI AND KEMI

3.1 Tobi and Kemi are cared for every day by a mum who is well, or by another
    safe adult when she is not.
3.2 Tobi no longer watches over his mum or manages money and meals, and has
    time for football and friends.
3.3 Both children get to school every day, on time, and Kemi is collected
    on time at the end of every day.

4. TASKS
-------------------------------------------------------------------------------
KEY: WHEN = start, how often and end. CHECKED AT = what will be seen and where
it is recorded.

4.01 TASK ....... Visit Tobi and Kemi at home and see each child on their own;
                  one visit in three unannounced
     OWNER ...... Daniel Mensah (SW)
     WHEN ....... Weekly from 16/09/2026 until the review conference
     CHECKED AT . Visit records: each child seen alone every week; Tobi's
                  "how is home" score, recorded by the SW at each visit, at 7
                  or above by the review

4.02 TASK ....... Visit Grace at home, check her lithium and her early warning
                  signs, and report to each core group on whether she is making
                  and keeping the changes Tobi and Kemi need, and how long that
                  is likely to take
     OWNER ...... Carla Dunmore, care co-ordinator (CPN), Quattersby Community
                  Mental Health Team
     WHEN ....... Weekly for the next 12 weeks, then reviewed at the core group;
                  written report at every core group
     CHECKED AT . Written report on the case file before each core group, with
                  visit dates and Carla's view of the timescale

4.03 TASK ....... Outpatient review of Grace's medication and a written
                  assessment of her insight, her risk of relapse, her capacity
                  to care for Tobi and Kemi and the likely timescale for change
     OWNER ...... Dr Rohan Mistry, consultant psychiatrist, Quattersby CMHT
     WHEN ....... First clinic by 13/10/2026; written assessment before the
                  core group on 27/10/2026
     CHECKED AT . Assessment letter to the SW, shared at the 27/10/2026 core
                  group; clinic letters copied to the SW

4.04 TASK ....... Take her lithium every night and have her blood test, so that
                  she stays well enough to care for Tobi and Kemi
     OWNER ...... Grace Oyelaran (Mum)
     WHEN ....... Lithium every night; blood test on the first Monday of each
                  month at Foundry Street Surgery
     CHECKED AT . Lithium level in the therapeutic range, as recorded in the
                  GP's blood results and sent to the SW

4.05 TASK ....... Send the SW each lithium result, and tell the SW the same day
                  if Grace misses a blood test
     OWNER ...... Dr Hannah Ives, GP, Foundry Street Surgery
     WHEN ....... Within 2 working days of each monthly test
     CHECKED AT . GP email with the result on the case file each month

4.06 TASK ....... Write a family relapse plan: Grace's early warning signs, who
                  Tobi tells, and what each adult does
     OWNER ...... Grace and Daniel Mensah (SW) jointly
     WHEN ....... Within 5 working days of this conference
     CHECKED AT . Signed relapse plan on the case file and on the fridge, seen
                  by the SW at the next visit

4.07 TASK ....... Young carer's assessment with Tobi and a place at the
                  Thursday young carers' club
     OWNER ...... Nia Boateng, Quattersby Young Carers
     WHEN ....... Assessment by the October half term (23/10/2026); club
                  every Thursday after that
     CHECKED AT . Tobi's young carer's plan sent to the SW; club register shows
                  him at 3 of every 4 Thursdays

4.08 TASK ....... Check Tobi's attendance and meet him with his mentor to ask
                  how things are at home
     OWNER ...... Mr Peter Lang, DSL, Quattersby Academy
     WHEN ....... Every Wednesday in term time from 16/09/2026
     CHECKED AT . Attendance from the register, 95% or more, sent to the SW
                  every other Friday; mentor meetings logged on CPOMS

4.09 TASK ....... Check Kemi's attendance and how she arrives, and phone the SW
                  the same day if she is collected late or not at all
     OWNER ...... Mrs Ruth Akinola, DSL, St Anne's Primary
     WHEN ....... Every school day
     CHECKED AT . Register attendance and any late collections sent to the SW
                  each Friday; no more than one late collection a half-term

4.10 TASK ....... Collect Kemi from school and give both children tea at 8
                  Brewery Lane until Grace's day programme finishes at 5pm
     OWNER ...... Funmi Adeleke (maternal aunt)
     WHEN ....... Every Tuesday and Thursday from 22/09/2026
     CHECKED AT . St Anne's collection book signed by Funmi; Funmi texts the
                  SW each Thursday evening

4.11 TASK ....... Be the adult Tobi rings if his mum shows two of her warning
                  signs, and have both children to stay that night
     OWNER ...... Funmi Adeleke (maternal aunt)
     WHEN ....... From 15/09/2026; the same night whenever Tobi rings
     CHECKED AT . Funmi texts the SW by 9am after any call; Tobi shows the SW
                  Funmi's number saved in his phone at each visit

5. CONTINGENCY
-------------------------------------------------------------------------------
TRIGGER ..... Grace misses two nights of lithium, her blood level is out of
              range, or she shows two warning signs (not sleeping, spending,
              going out at night, talking very fast).
RESPONSE .... Carla sees Grace the same day and asks the crisis team to assess
              her if needed; Tobi and Kemi go to Funmi's at 8 Brewery Lane that
              night; the SW holds a strategy discussion the same day if the
              children were left without a safe adult.
IF FUNMI .... If Funmi cannot collect Kemi or have the children (she is ill,
CANNOT        at work or away), the SW will collect them and place Tobi and
              Kemi together with Quattersby foster carers the same day.
LEGAL ....... If Grace is admitted to hospital again, or stops her lithium
              twice before the review, the SW will ask Claire Whitfield for a
              legal planning meeting within 5 working days.

6. MEETINGS
-------------------------------------------------------------------------------
Core group ...... every four weeks, Tuesdays 4pm, Quattersby Family Hub:
                  29/09/2026, 27/10/2026, 24/11/2026
Review CPC ...... Tuesday 08/12/2026, 10am, Quattersby Civic Centre
Children's views  the SW will see Tobi and Kemi on their own before each core
                  group and bring their words to the meeting
-------------------------------------------------------------------------------
END OF PRINT
""",
    "findings": [],
})
