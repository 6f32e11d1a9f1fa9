"""Batch 218, module b: seven fictional plans (tuning material), places beginning with "b".

Batch: 218. Letter: b. Split: tune (every plan).

Everything here is made up: children, families, professionals, schools,
nurseries, surgeries, hospitals, services, housing associations, police
forces and councils (Bellingdown, Brackenlow, Bosterfield, Bexmoor,
Bottesby, Bunderley, Baldersea and the places and services in them). Any
resemblance to real people, places or cases is a coincidence. The labels
were written by hand from docs/rules.md and the conventions in
sample_plans/README.md (conventions 1 to 13), without running planlint or
reading its code.

Focus: checks ("how we will know"), real ones said in unusual ways and
places, and vague ones that sound real. Four of the seven plans are
exemplary, and their checks are all real but written in many ways: inside
the action's own sentence ("..., and she e-mails Naomi the week's register
every Friday"), after a dash or in brackets, under a "So we know",
"Proof", "Evidence of progress" or "Sign of success" heading, in a list
keyed to the actions' numbers, in the outcome's own row ("We will know
because ..."), as results and readings (breath readings, weights and
centiles, liver tests, lithium levels, questionnaire scores), as records
kept and shared (a feed diary, a register, a routine chart photographed
and sent, a shared notebook), as what a worker sees at a visit, as the
child telling a named adult who writes it down, and as a report with what
it must say. The three faulty plans have checks that are clearly vague or
absent by docs/rules.md, written as confidently as the real ones
("Monitored by HV", "engagement", "keep an eye on", "progress will be
reviewed at core group", "Improvement in ...", "To be discussed at core
group", "-" and nothing at all), and a few other faults.

1. Bellingdown (docx, exemplary): initial conference plan for a
   7-year-old and a 3-year-old (neglect; the mother's drinking; the
   maternal grandmother staying at weekends), one table per outcome: two
   with a "So we know" column, one with no check column where each
   action's check sits in its own sentence and the outcome row says "We
   will know because ...", and one with a "Proof" column; breath readings
   and liver tests as checks; the recovery service reports on the
   mother's capacity to change.
2. Brackenlow (pdf, header and footer, exemplary): case-system print of a
   plan for a 4-month-old baby with faltering growth (the mother's
   postnatal depression, the father on nights, the paternal grandmother
   at lunchtimes), "Action n of 12" blocks with Task / Responsible / Due /
   Evidence of progress lines; weights, centiles, a feed diary and EPDS
   scores; the perinatal mental health team reports on the mother's
   capacity to change.
3. Bosterfield (md, exemplary): the social worker's plan letter to a
   mother after domestic abuse by her ex-partner (a 12-year-old and a
   9-year-old), numbered paragraphs under "What you will do", "What I
   will do" and "What other people will do", each check inside the
   sentence, after a dash, in brackets or on a "Proof:" line.
4. Bexmoor (txt, exemplary): core group minutes for a 14-year-old who
   lives with his father (bipolar disorder, a recent admission; an aunt
   helping), an action log A1 to A10 with lead initials from the
   attendance key, then "How we will know", a list keyed to the action
   numbers; the care coordinator reports on the father's capacity to
   change.
5. Bottesby (docx, landscape): review conference plan for a 5-year-old
   and a 2-year-old (the mother's depression; contact with their father
   supervised by his parents) in a "Ref / What needs to happen / Lead /
   Timescale / Evidence of progress" table. Faults: the health visitor's
   visits "Monitored by HV" (M002); the family hub sessions measured by
   "Gemma's engagement" (M002); the school's daily checks "To be
   discussed at core group" (M002); Ellis's hearing test with "-" for its
   evidence (M001); the community mental health team's support only
   treating the mother, measured by attendance (H001); "Family network"
   supervising the father's contact (W002); the move to a bigger flat "As
   soon as possible" (T002); and no fallback if the grandparents cannot
   supervise (C003).
6. Bunderley (pdf, header and footer): initial conference plan for a
   3-week-old baby (the mother's cannabis use, rows between the parents),
   a numbered outline in three parts with Lead / When / Sign of success
   lines. Faults: the health visitor's visits whose sign of success is
   that she will "keep an eye on" the baby's care (M002); the midwife's
   safe sleep work whose sign is that "progress will be reviewed at core
   group" (M002); the parents' baby course with no sign of success line
   at all (M001); a passive family hub referral with no lead (W001); an
   outcome about the mother only (F002); a contingency that only says the
   core group will meet to review (C002); and nothing on legal planning
   (R002).
7. Baldersea (md): core group 2 minutes for a 10-year-old and a
   6-year-old (the father's heroin use, on a methadone script) with an
   action log table "No. / Action / Lead / Due / How we'll know". Faults:
   the school's reading support with "Improvement in Reece's reading"
   (M002); the social worker's sessions with the father "To be discussed
   at core group" (M002); the dental registration with an empty check
   (M001); the school nurse's drop-ins "Ongoing" (T002); "All
   professionals" sharing sightings of the father's friend (W002); the
   father's drug use with no adult service owning an action (F004); and
   the review conference "date to be confirmed" (R001).

Plans 1 to 4 are exemplary: every action has a named owner (a person, a
role, a named parent as "you" in plan 3, the signing social worker as
"I", initials from a key), a real timescale, and a real check; every
outcome is about the children; each contingency has specific triggers and
concrete protective responses, with a fallback for any relative's help;
each records the children's words or observed days, core group dates and
a dated review conference, and a legal planning meeting after named
triggers; where a parent is ill or drinks an adult service owns an action
and is asked for its view of the parent's capacity to change. The three
faulty plans hold 22 expected findings between them (8, 7 and 7).

Counting convention used for "actions" (README convention 1): each row of
an action table (header and outcome rows excepted), each "Action n of m"
block of a case print, each numbered paragraph of a letter's plan part,
each numbered entry of an action log and each numbered item of an outline
(its Lead / When / Sign of success lines belong to it) counts once.
Details boxes, keys, attendance lists, worries, what is going well, the
children's words, outcomes, agency updates in minutes, the keyed "How we
will know" list (which holds the checks, not more work), the contingency,
meeting dates and distribution lists are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, one table per outcome with checks in a column,
#    in the action's own sentence and in the outcome row. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b218_bellingdown_icpc_outcome_tables_so_we_know_proof_pryor.docx",
    "doc_title": "Child Protection Plan - Mason and Ruby Pryor",
    "split": "tune",
    "actions": 13,
    "template": "icpc-plan-docx-details-table-why-worries-going-well-masons-words-rubys-day-then-one-table-per-outcome-outcome-row-merged-across-under-header-what-happens-who-when-so-we-know-column-third-table-no-check-column-checks-in-own-sentence-and-we-will-know-because-in-outcome-row-fourth-table-proof-column-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a 7-year-old boy and a 3-year-old girl (neglect) whose "
        "mother drinks most days and was seen drunk at the school gate; the maternal grandmother stays "
        "at weekends. One table per outcome, the outcome merged across the top of each: two tables with "
        "a 'So we know' column (breath readings at every treatment session e-mailed weekly, a capacity "
        "to change report with what it must cover, liver function results, visit records, a weekend "
        "text from Nan, a routine chart photographed and sent, a dentist's treatment record, a WellComm "
        "score), one with no check column where each check sits in the action's own sentence and the "
        "outcome row says 'We will know because ...', and one with a 'Proof' column. The contingency "
        "has specific triggers, a fallback for the grandmother and the father, and a legal planning "
        "meeting after named triggers; core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Bellingdown Borough Council, Children and Families. Initial child protection conference held "
              "on 12/01/2026 at Bellingdown Civic Offices. Chair: Priya Anand (independent reviewing "
              "officer)."),
        ("table", {
            "rows": [
                ["Children", "Mason Pryor, born 04/06/2018 (7), Year 2, Bellowdale Primary School\n"
                             "Ruby Pryor, born 19/09/2022 (3), Birchmarsh Children's Centre Nursery"],
                ["Lives with", "Mum, Stacey Pryor (31), 14 Brimsworth Row, Bellingdown BL4 7NW"],
                ["Dad", "Jason Whitby (33), Bulverdale; sees the children every other Saturday"],
                ["Nan", "Carol Pryor (58), Stacey's mum, 3 Bowcliffe Walk, Bellingdown"],
                ["Category", "Neglect (both children)"],
                ["Social worker", "Naomi Fairclough, Bellingdown North Safeguarding Team (team manager: "
                                  "Gareth Lowe)"],
                ["Core group", "First on 22/01/2026, then every four weeks (see the end of the plan)"],
                ["Review conference", "14/04/2026 at 10am, Bellingdown Civic Offices"],
            ],
            "widths": [3.8, 13.2],
            "bold_first_col": True,
        }),
        ("h1", "Why Mason and Ruby have a plan"),
        ("p", "Stacey has been drinking most days since the summer, usually cider and vodka from the "
              "afternoon. On 05/12/2025 and again on 08/01/2026 she came to collect Mason from school "
              "smelling strongly of alcohol and unsteady on her feet; on 08/01/2026 the school kept Mason "
              "until Carol came. Mason has missed 19 sessions of school this term and has two decayed "
              "teeth. Ruby's nursery say she often arrives in the same clothes as the day before and is "
              "hungry at snack time. On 02/01/2026 Mason told his teacher that he \"made Ruby's tea\" "
              "because \"Mummy was asleep on the sofa and wouldn't wake up\"."),
        ("p", "Stacey told the conference that her drinking \"got out of hand\" after her partner left in "
              "June, and that she wants help. She referred herself to Bellingdown Recovery Partnership on "
              "09/01/2026 and has an assessment booked."),
        ("h1", "What Mason says"),
        ("p", "Naomi saw Mason on his own at school on 09/01/2026. He drew his house with Mum on the sofa and "
              "himself and Ruby \"in the kitchen doing beans\". He said: \"Mummy's drink makes her sleepy and "
              "grumpy.\" \"I like it when Nanna stays because she does pancakes.\" \"I don't want Mummy to go "
              "away, I want her to stop the drink.\" He said the worst thing is \"when I can't wake her up\" "
              "and the best thing is \"football with Dad\"."),
        ("h1", "Ruby's day"),
        ("p", "Ruby is 3 and talks in two- or three-word phrases. At nursery on 07/01/2026 her key person saw "
              "her eat two bowls of cereal at breakfast club and fall asleep on the cushions by 10am. At home "
              "on 10/01/2026 Naomi saw Ruby follow Mason everywhere and hold his hand; she went to him, not to "
              "Stacey, when she bumped her head. She laughed and sang when Carol arrived."),
        ("h1", "What is going well"),
        ("bullets", [
            "Stacey has asked for help and referred herself to the recovery service.",
            "Carol has stayed every weekend since 20/12/2025, and Stacey says she has not drunk on those days.",
            "Jason has seen the children every other Saturday without fail and wants to do more.",
            "Mason and Ruby are warm and close to each other, and to their mum.",
        ]),
        ("h1", "The plan"),
        ("p", "There is one table for each thing we want for Mason and Ruby. The outcome is in the shaded row "
              "at the top of each table. Each row says what will happen, who does it, when, and how we will "
              "know it is happening and working."),
        ("table", {
            "header": ["What happens", "Who", "When", "So we know"],
            "widths": [6.2, 3.4, 3.1, 4.3],
            "rows": [
                ["Outcome 1: Mason and Ruby are looked after every day and every night by an adult who has not "
                 "been drinking.", H, H, H],
                ["Go to Bellingdown Recovery Partnership for structured alcohol treatment (a one-to-one and the "
                 "Tuesday group) and take a breath test at the start of each session, so that Stacey is sober "
                 "when she is caring for Mason and Ruby",
                 "Stacey Pryor (Mum), with Dom Keating (recovery worker)",
                 "Every Tuesday from 20/01/2026",
                 "A breath reading of 0.00 at every session; Dom e-mails Naomi the week's readings every "
                 "Friday"],
                ["Write to the core group on Stacey's capacity to change: her drinking pattern, what has "
                 "changed, what still needs to change for her to care for the children safely, and how long "
                 "that is likely to take",
                 "Dom Keating, recovery worker, Bellingdown Recovery Partnership",
                 "Report by 27/02/2026; an update before the review conference",
                 "Written report on Naomi's file covering all four points, read at the core group on "
                 "19/03/2026"],
                ["Liver function blood tests for Stacey, including GGT, repeated after three months, with the "
                 "results explained to her",
                 "Dr Helen Marsh, GP, Bellingdown Health Centre",
                 "First test by 30/01/2026; repeat by 30/04/2026",
                 "Results letter to Naomi after each test; GGT back in the normal range at the repeat test"],
                ["Unannounced home visits, seeing Mason on his own and Ruby at play; at least one visit in three "
                 "after 6pm or at a weekend",
                 "Naomi Fairclough (social worker)",
                 "Every week until the review conference",
                 "Visit record within 48 hours saying who was caring for the children, whether Stacey was "
                 "sober, and what Mason said in his own words"],
                ["Stay at 14 Brimsworth Row on Friday and Saturday nights and look after the children on Saturday "
                 "mornings",
                 "Carol Pryor (Nan)",
                 "Every Friday and Saturday night from 16/01/2026",
                 "Carol texts Naomi by 10am every Sunday to say the weekend went as planned, or what happened"],
            ],
        }),
        ("table", {
            "header": ["What happens", "Who", "When", "So we know"],
            "widths": [6.2, 3.4, 3.1, 4.3],
            "rows": [
                ["Outcome 2: Mason and Ruby are fed, washed and in clean clothes every day, and their teeth and "
                 "Ruby's speech are looked after.", H, H, H],
                ["Sessions at home with Stacey on breakfast, tea and bedtime routines, using a routine chart "
                 "that Mason helps to fill in",
                 "Shona Reid, family support worker, Bellingdown Family Hub",
                 "Thursdays 3.30pm to 5pm for 8 weeks from 22/01/2026",
                 "Chart ticked each day; Shona photographs it at each session and sends it to Naomi. By week 8, "
                 "Mason in bed by 7.30pm on at least 6 nights out of 7"],
                ["Take Mason and Ruby to Bexenden Dental Practice for check-ups, and take Mason back for his two "
                 "fillings",
                 "Stacey Pryor (Mum)",
                 "Check-ups by 13/02/2026; fillings by 31/03/2026",
                 "The practice's appointment card and treatment record, seen by Naomi; both fillings done"],
                ["Speech and language screen for Ruby (WellComm), and a referral to Bellingdown Children's "
                 "Speech and Language Therapy if she scores in the red",
                 "Amira Hassan, health visitor",
                 "By 06/02/2026",
                 "WellComm score in Ruby's red book and sent to Naomi; a copy of any referral on file"],
            ],
        }),
        ("p", "In the next table the check is written into each row, and the outcome row says how we will know "
              "the outcome as a whole is being met."),
        ("table", {
            "header": ["What happens, and how we will see it", "Who", "When"],
            "widths": [9.6, 3.9, 3.5],
            "rows": [
                ["Outcome 3: Mason is in school and Ruby at nursery every day, on time, clean and fed. We will "
                 "know because Mason's attendance is 95% or more on the school register each half term, and "
                 "Ruby's nursery sheets show her there for every session, clean and having eaten.", H, H],
                ["Ring Stacey by 9.15am on any day Mason is not in school, and ring Naomi if she cannot reach "
                 "her; Mrs Kaur e-mails Naomi the week's register every Friday.",
                 "Mrs Joanne Kaur, DSL, Bellowdale Primary School",
                 "Every school day"],
                ["Write down Ruby's arrival time, who brought her, whether she is clean and whether she has "
                 "had breakfast - the daily sheet goes to Naomi each Friday.",
                 "Ellie Stubbs, Ruby's key person, Birchmarsh Children's Centre Nursery",
                 "Every nursery session (Monday to Wednesday mornings)"],
                ["Check in with Mason about how home has been, using his feelings thermometer; Mason tells Miss "
                 "Hale, who writes his score and his own words on CPOMS and sends them to Naomi at the end of "
                 "each month.",
                 "Miss Abi Hale, learning mentor, Bellowdale Primary School",
                 "Every Monday at 9am"],
            ],
        }),
        ("table", {
            "header": ["What happens", "Who", "When", "Proof"],
            "widths": [6.2, 3.4, 3.1, 4.3],
            "rows": [
                ["Outcome 4: Mason knows that Mum's drinking is not his fault, is not left in charge of Ruby, and "
                 "knows who to ring if Mum cannot be woken.", H, H, H],
                ["Four direct work sessions with Mason about Mum's drinking and about who looks after whom, "
                 "using the 'Sometimes Mum Has a Drink' story book",
                 "Naomi Fairclough (social worker)",
                 "Fortnightly from 26/01/2026; all four by 20/03/2026",
                 "Mason's finished book; at the last session he can tell Naomi two grown-ups he would ring, "
                 "and Naomi writes down what he says"],
                ["Write a family safety plan with Mason in his words: who he rings if Mum is asleep and cannot "
                 "be woken, and where the phone and numbers are kept",
                 "Stacey Pryor (Mum) and Naomi Fairclough together",
                 "By 06/02/2026",
                 "Signed safety plan on the fridge, copies to Carol, Jason and school; Naomi asks Mason to show "
                 "her the numbers at her next visit"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Stacey has been drinking while she is caring for the children on her own (a breath reading "
            "above 0.00, smelling of alcohol at the school gate or nursery door, or Mason saying so), the person "
            "who finds out rings Naomi straight away, or the Emergency Duty Team out of hours. The children go "
            "to Carol's at 3 Bowcliffe Walk that day and stay there until Naomi has seen Stacey sober, and Naomi "
            "holds a strategy discussion the same day if either child has been hurt or left alone.",
            "If Carol cannot stay at the weekend, or cannot have the children when they need to leave home, she "
            "rings Naomi the same day. Jason has agreed (13/01/2026) to have Mason and Ruby at his flat in "
            "Bulverdale instead. If neither Carol nor Jason can have them, Naomi or the Emergency Duty Team "
            "arranges an emergency foster placement that night.",
            "If Stacey has two breath readings above 0.00, misses three Tuesday sessions in a row, or the "
            "children are found in her care while she is drunk before the review conference, Gareth Lowe (team "
            "manager) will hold a legal planning meeting within 5 working days to decide whether to start "
            "pre-proceedings under the Public Law Outline.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Bellowdale Primary School, Thursdays at 1.30pm: 22/01/2026, "
            "19/02/2026 and 19/03/2026.",
            "Review child protection conference: 14/04/2026 at 10am, Bellingdown Civic Offices.",
        ]),
        ("p", "Plan sent to Stacey, Jason, Carol and every agency on 14/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Case-system print of a plan for a 4-month-old with faltering growth:
#    "Action n of 12" blocks with an "Evidence of progress" line. Page header
#    and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
def _b2_action(n, outcome, task, who, due, evidence):
    return [
        ("boldp", f"Action {n} of 12  ·  for outcome {outcome}"),
        ("kv", [
            ("Task", task),
            ("Responsible", who),
            ("Due / frequency", due),
            ("Evidence of progress", evidence),
            ("Status", "Open"),
        ]),
    ]


PLANS.append({
    "name": "b218_brackenlow_case_print_action_blocks_evidence_line_gannon.pdf",
    "doc_title": "Child Protection Plan print - Isla Gannon",
    "split": "tune",
    "actions": 12,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Brackenlow Council · BrackNet case record · GANNON, Isla (ID 20571346)",
    "footer": "Printed 05/12/2025 by Nadia Iqbal, social worker · Page {PAGE} of {NUMPAGES}",
    "template": "case-system-print-pdf-paged-header-footer-labelled-field-lines-child-household-parental-health-islas-day-as-carers-see-it-outcomes-numbered-then-action-n-of-12-blocks-task-responsible-due-frequency-evidence-of-progress-status-lines-then-contingency-trigger-response-fields-and-meeting-fields",
    "description": (
        "Exemplary case-system print of an initial conference plan for a 4-month-old baby whose weight "
        "has fallen from the 50th centile at birth to between the 0.4th and 2nd; her mother has "
        "postnatal depression, her father works nights and the paternal grandmother comes at "
        "lunchtimes. Labelled field lines throughout, 'Isla's day as the people who care for her see "
        "it', three outcomes for Isla, then 'Action n of 12' blocks each with Task / Responsible / Due "
        "or frequency / Evidence of progress / Status lines; evidence is weights and centiles, a feed "
        "diary signed at each weigh, EPDS scores, an observation checklist sent after weeks 3 and 6, "
        "clinic letters saying what they must say, a capacity to change report from the perinatal "
        "mental health team, and what the social worker sees at each visit. Trigger / response "
        "contingency fields with a fallback for the grandmother and a legal planning meeting after "
        "named triggers; core group and review dates in the meeting fields. Page header and footer on "
        "every page."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Record type: Child protection plan (initial). Source: initial child protection conference, "
              "03/12/2025, Brackenlow Town Hall. Chair: Martin Ebo, child protection chair. Plan owner: Nadia "
              "Iqbal, social worker, Brackenlow Early Help and Safeguarding Team (team manager: Sharon Pike)."),
        ("h1", "CHILD"),
        ("kv", [
            ("Name", "Isla Gannon"),
            ("Date of birth", "01/08/2025 (4 months)"),
            ("Address", "Flat 3, 22 Bexcott Terrace, Brackenlow BK2 5RE"),
            ("Category", "Neglect"),
            ("GP", "Dr Ben Hadley, Brackenlow Road Surgery"),
            ("Health visitor", "Lucy Brennan, Brackenlow Health Visiting Team"),
        ]),
        ("h1", "HOUSEHOLD AND NETWORK"),
        ("kv", [
            ("Mother", "Chloe Gannon (24), lives with Isla"),
            ("Father", "Ryan Tully (26), lives with Isla; warehouse operative on nights, Monday to Thursday, "
                       "at the Brackenlow Gateway distribution centre"),
            ("Paternal grandmother", "Denise Tully (52), 9 Blenwater Close, Brackenlow (ten minutes' walk)"),
        ]),
        ("h1", "PARENTAL HEALTH"),
        ("p", "Chloe has postnatal depression, diagnosed by her GP on 10/10/2025. She takes sertraline 50mg. Her "
              "Edinburgh Postnatal Depression Scale (EPDS) score was 19 on 28/11/2025. She was referred to the "
              "Brackenlow Perinatal Mental Health Team on 29/11/2025 and has her first appointment on "
              "10/12/2025. Ryan has no health needs recorded."),
        ("h1", "REASON FOR PLAN"),
        ("p", "Isla was 3.4kg at birth (50th centile). At her weigh on 28/11/2025 she was 5.1kg, between the "
              "0.4th and 2nd centiles, having crossed two centile lines since September. On three visits "
              "bottles had been made up hours earlier, and Chloe said she sometimes \"can't face\" the night "
              "feeds and leaves Isla to cry until Ryan is home at 6am. Isla's bedroom has black mould on the "
              "outside wall."),
        ("h1", "ISLA'S DAY, AS THE PEOPLE WHO CARE FOR HER SEE IT"),
        ("p", "Isla is a wriggly, watchful baby. Denise says she \"lights up\" when her nan comes in and "
              "kicks her legs for her bottle. Lucy Brennan saw on 28/11/2025 that Isla fed hungrily, "
              "finished 150ml in ten minutes and cried when the bottle was taken away. At the visit on "
              "01/12/2025 Nadia saw Isla lying in her Moses basket for the whole hour, quiet and still; "
              "she turned her face away when Chloe leaned over her, and settled and smiled when Ryan picked "
              "her up. Her nappy was soaked through and her vest was damp at the neck."),
        ("h1", "WHAT IS GOING WELL"),
        ("bullets", [
            "Chloe has told her GP and the health visitor how low she feels, and agreed to see the perinatal "
            "team.",
            "Ryan does every feed when he is home and is gentle and confident with Isla.",
            "Denise comes most lunchtimes and Isla feeds well with her.",
            "Isla has had all her immunisations on time.",
        ]),
        ("h1", "OUTCOMES FOR ISLA"),
        ("numbers", [
            "Isla gains weight steadily: back on or above the 2nd centile by 20/01/2026 and following it "
            "upwards by the review conference.",
            "Isla is fed on time, day and night, and in the right amounts, by a parent who notices and answers "
            "her cues.",
            "Isla sleeps safely in her own cot, in a warm, dry room with no mould.",
        ]),
        ("h1", "ACTIONS"),
        ("p", "Each action is printed as a block. 'Evidence of progress' is what the responsible person will "
              "record or send so that the core group can see the action is happening and whether it is "
              "working."),
        *_b2_action(1, 1,
                    "Weigh and measure Isla at home and plot her weight on the centile chart in her red book.",
                    "Lucy Brennan, health visitor",
                    "Every Wednesday from 10/12/2025 until the review conference",
                    "Weight and centile in the red book and on the health record, e-mailed to Nadia the same "
                    "day; Isla on or above the 2nd centile by 20/01/2026."),
        *_b2_action(2, 1,
                    "Feeding assessment at home and a written feeding plan: how much, how often, and how to make "
                    "up each bottle fresh.",
                    "Maxine Doyle, infant feeding specialist, Brackenlow Community Children's Nursing",
                    "By 12/12/2025",
                    "Feeding plan in the red book and on the fridge; copy e-mailed to Nadia and Lucy."),
        *_b2_action(3, 2,
                    "Keep a feed diary: the time and the amount of every feed, and every wet and dirty nappy.",
                    "Chloe Gannon (Mum); Ryan fills it in for the feeds he gives",
                    "Every feed, from 12/12/2025",
                    "Lucy reads and signs the diary at each weigh: at least 6 feeds in 24 hours and 150ml or "
                    "more a feed, as the feeding plan says."),
        *_b2_action(4, 1,
                    "Paediatric review of Isla's faltering growth, to find out whether there is a medical "
                    "cause (bloods, reflux, cow's milk protein allergy).",
                    "Dr Farah Qureshi, consultant paediatrician, Brackenlow General Hospital",
                    "Clinic on 17/12/2025; follow-up clinic on 04/02/2026",
                    "Clinic letter to the GP and Nadia after each clinic, saying whether a medical cause has "
                    "been found and what treatment Isla needs."),
        *_b2_action(5, 2,
                    "Assess and treat Chloe's postnatal depression (CBT sessions and a medication plan with the "
                    "GP), and report on how her mood affects her care of Isla, whether she can make the changes "
                    "Isla needs and how long that is likely to take.",
                    "Sam Okoye, community psychiatric nurse, Brackenlow Perinatal Mental Health Team",
                    "First appointment 10/12/2025, then fortnightly; report by 30/01/2026",
                    "EPDS score at every session, sent to Nadia monthly; written capacity to change report to "
                    "Nadia by 30/01/2026, shared at the core group on 10/02/2026."),
        *_b2_action(6, 2,
                    "Review Chloe's sertraline dose with her and agree a dose with the perinatal team.",
                    "Dr Ben Hadley, GP, Brackenlow Road Surgery",
                    "By 19/12/2025, then monthly",
                    "GP letter to Nadia and Sam stating the dose agreed; the repeat prescription collected each "
                    "month, seen on the surgery record."),
        *_b2_action(7, 3,
                    "Unannounced home visits: see Isla awake and at a nappy change, look at her cot and bedroom, "
                    "the bottles and the feed diary; one visit in three after 5pm.",
                    "Nadia Iqbal, social worker",
                    "Weekly until the review conference",
                    "Visit record on BrackNet within 48 hours: how Isla looked and was dressed, where she was "
                    "sleeping, what was in the bottles and what the diary showed."),
        *_b2_action(8, 2,
                    "Give Isla her 10pm and 2am feeds on Friday, Saturday and Sunday nights, so that Chloe can "
                    "sleep.",
                    "Ryan Tully (Dad)",
                    "Every Friday, Saturday and Sunday night",
                    "Ryan's initials against those feeds in the feed diary, read by Lucy at each weigh."),
        *_b2_action(9, 2,
                    "Come to the flat every weekday lunchtime, give Isla her lunchtime bottle with Chloe and "
                    "take Isla out for a walk.",
                    "Denise Tully (paternal grandmother)",
                    "Monday to Friday, 12 noon to 2pm, from 08/12/2025",
                    "Denise initials the lunchtime feed in the diary; Nadia rings Denise every Friday and "
                    "writes down what she has seen that week."),
        *_b2_action(10, 2,
                    "Baby massage and play sessions for Chloe and Isla at Brackenlow Family Hub, with the "
                    "family support worker modelling how to read Isla's cues.",
                    "Kerry Watts, family support worker, Brackenlow Family Hub",
                    "Thursdays at 10am for 6 weeks from 08/01/2026",
                    "Kerry's observation checklist (eye contact, talking to Isla, answering her cries) "
                    "completed after weeks 3 and 6 and sent to Nadia."),
        *_b2_action(11, 3,
                    "Inspect the black mould in Isla's bedroom, treat it and fix the cause.",
                    "Tom Ashby, housing officer, Blenwater Homes",
                    "Inspection by 12/12/2025; work finished by 09/01/2026",
                    "Signed-off job sheet sent to Nadia; Nadia sees the room dry and clear at her next visit."),
        *_b2_action(12, 2,
                    "Parenting assessment of Chloe and Ryan, including how they read and respond to Isla's "
                    "cues and how they share night feeds.",
                    "Nadia Iqbal, social worker",
                    "By 06/02/2026",
                    "Written assessment with recommendations, shared at the core group on 10/02/2026 and with "
                    "the review conference."),
        ("h1", "CONTINGENCY"),
        ("kv", [
            ("Trigger 1", "Isla loses weight at a weekly weigh, or falls below the 0.4th centile."),
            ("Response 1", "Lucy rings the GP and Nadia the same day; Isla is seen by the GP or on the "
                           "children's assessment unit at Brackenlow General Hospital that day."),
            ("Trigger 2", "Chloe tells anyone she has thoughts of harming herself or Isla, or her EPDS score "
                          "is 24 or more."),
            ("Response 2", "The worker rings the perinatal team's duty line (or the crisis team out of hours) "
                           "at once; Isla is cared for by Ryan, who comes home from work, or by Denise, and "
                           "Chloe is not left alone with her until the perinatal team and Nadia agree it is "
                           "safe."),
            ("Trigger 3", "Denise cannot come at lunchtimes for more than two days."),
            ("Response 3", "Denise tells Nadia the same day; Kerry Watts visits at lunchtime on those days, and "
                           "Chloe and Isla go to the Family Hub's lunchtime drop-in on the other days, until "
                           "Denise can come again."),
            ("Trigger 4", "Isla is found left to cry unattended, is hurt, or neither parent can be found to "
                          "care for her."),
            ("Response 4", "Nadia (or the Emergency Duty Team) holds a strategy discussion with the police the "
                           "same day; Isla goes to Denise's, or to an emergency foster placement if Denise "
                           "cannot have her."),
            ("Legal planning", "If Isla is not on the 2nd centile by 20/01/2026, or loses weight at two weighs "
                               "in a row, or Chloe stops her treatment, Sharon Pike (team manager) will hold a "
                               "legal planning meeting within 5 working days."),
        ]),
        ("h1", "MEETINGS"),
        ("kv", [
            ("Core group", "Every four weeks at Brackenlow Family Hub: 16/12/2025, 13/01/2026 and 10/02/2026, "
                           "at 1pm"),
            ("Review conference", "24/02/2026 at 10am, Brackenlow Town Hall"),
            ("Plan sent to", "Chloe, Ryan, Denise, Dr Hadley, Lucy Brennan, Sam Okoye, Dr Qureshi, Maxine "
                             "Doyle, Kerry Watts, Tom Ashby, on 05/12/2025"),
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. The social worker's plan letter to a mother after domestic abuse by her
#    ex-partner: numbered paragraphs, each check inside the sentence, after a
#    dash, in brackets or on a "Proof:" line. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b218_bosterfield_plan_letter_checks_in_sentence_proof_lines_pennant.md",
    "split": "tune",
    "actions": 15,
    "template": "sw-plan-letter-to-mother-md-letterhead-why-what-kai-and-leah-told-me-what-we-want-then-numbered-paragraphs-under-what-you-will-do-what-i-will-do-what-other-people-will-do-checks-inside-sentence-after-dash-in-brackets-or-proof-line-then-if-things-go-wrong-meetings-signed",
    "description": (
        "Exemplary plan letter from the social worker to a mother after her ex-partner strangled her in "
        "front of their 9-year-old daughter and their 12-year-old son rang 999 (emotional abuse). 'You' is "
        "Dionne and 'I' is the social worker who signs the letter. The plan is fifteen numbered paragraphs "
        "under 'What you will do', 'What I will do' and 'What other people will do' (the DSL, the head of "
        "year, the IDVA, the housing association's sanctuary scheme, the police domestic abuse unit, the "
        "contact centre, the perpetrator programme, the children's wellbeing service); every check is "
        "written into the paragraph: inside the sentence, after a dash, in brackets or on a 'Proof:' "
        "line (a police log number texted, a register sent monthly, Leah telling the DSL who writes her "
        "words down, a signed completion sheet, a marker reference, a contact record with what Leah says, "
        "a letter saying what help Leah needs). The children's words, outcomes for them, a contingency "
        "with specific triggers, a refuge, a legal planning meeting after named triggers, and core group "
        "and review dates."
    ),
    "text": """\
**Bosterfield City Council**
Children and Families Service - North Locality Safeguarding Team
Burwarden House, 2 Bickerton Street, Bosterfield BF1 4HQ

23 January 2026

Ms Dionne Clarke
41 Bindleton Road
Bosterfield BF3 2TY

# Kai and Leah's child protection plan

Dear Dionne,

As I promised at the conference on Monday (19/01/2026), this letter sets out Kai and Leah's child
protection plan in plain words. Everything in it was agreed at the conference, and you and I went
through it again at your kitchen table on Wednesday. Where the letter says "you", it means you; where
it says "I", it means me, Rachel Ogden, Kai and Leah's social worker. Marcus has his own copy, without
your address.

After each part of the plan I have written how we will know it is happening. Sometimes that is in the
same sentence, sometimes after a dash or in brackets, and sometimes on a line that starts "Proof:".

## Why Kai and Leah have a plan

On 27/12/2025 Marcus held you against the kitchen wall by your throat. Leah saw it from the stairs. Kai
rang 999. Marcus was arrested and has been charged with intentional strangulation; he is on bail with
conditions not to contact you or come to Bindleton Road, and his trial is listed at Bosterfield Crown
Court on 16/03/2026. The police had been called to the house three times before, in March, June and
September 2025. You were granted a non-molestation order on 09/01/2026, which lasts until 09/07/2026.

The conference decided that Kai (12) and Leah (9) need a child protection plan under the category of
emotional abuse, because of what they have seen and heard at home over at least a year.

## What Kai and Leah told me

Kai, on his own at school on 14/01/2026: "I rang 999 because no one else was going to." "I'm not
scared of him. I'm scared of what he'll do to Mum." "I don't want to see him. Not yet, maybe not ever."
He told me he lies awake listening for cars.

Leah, on her own at home on 15/01/2026, with her rabbit on her knee: "I miss Daddy but I don't miss the
shouting." "When I hear the door I think it's him." She has wet the bed most nights since Christmas and
wakes from nightmares. She wants to see her dad "at the place with the toys, with a lady there".

## What we want for Kai and Leah

1. Kai and Leah are safe at home: Marcus does not come to the house, and they do not see or hear any
   more violence.
2. Leah sleeps through the night in her own bed, and has fewer nightmares and dry nights most weeks.
3. Kai is in school every day, and has an adult there he trusts to talk to.
4. If Kai or Leah see their dad, it is safe, it is supervised, and it is what they want.

## The plan

### What you will do

**1.** You will not let Marcus into the house or meet him with the children while his bail conditions
and the non-molestation order last (until 09/07/2026). If he comes to the house, the schools or your
work, you will ring 999 and text me the police log number the same day, and I will check the log with
PC Gill.

**2.** You will go to the Freedom Programme at Bosterfield Women's Centre every Wednesday morning for 12
weeks from 21/01/2026.
Proof: Lorraine Baxter, the group worker, sends me the register at the end of each month, and at week 12
you and Lorraine fill in the end-of-course review, which she copies to me.

**3.** You will take Leah to Dr Menon at Bosterfield Park Surgery about her bedwetting by 13/02/2026 -
bring the GP's letter, or the enuresis clinic appointment, to my next visit.

**4.** You will go through the safety plan Jess made with you with Kai and Leah, so that they each know
what to do if their dad comes to the door, by 30/01/2026 (at my next visit I will ask each of them on
their own what they would do, and write down what they say).

### What I will do

**5.** I will visit you and the children every week until the review conference, at least one visit in
three after school, and see Kai and Leah on their own each time. You will get a copy of my visit notes,
with what the children told me in their own words, within a week of each visit.

**6.** I will do six sessions of direct work with Kai and with Leah, separately, about what happened at
Christmas and who they can tell, fortnightly from 26/01/2026 - at the last session each of them makes a
"safety hand" naming five adults they trust, and I give a copy to their school.

### What other people will do

**7.** Mrs Parveen Sandhu, the DSL at Burwarden Primary School, will see Leah every Monday morning for a
"how was your weekend" chat. Leah tells Mrs Sandhu how things are; Mrs Sandhu writes Leah's own words on
CPOMS and e-mails me a summary every Friday.

**8.** Mr Liam Prescott, Kai's head of year at Bredonby Academy, will ring you by 9.30am on any day Kai
is not in school, and e-mails me the week's attendance and any behaviour points every Friday.

**9.** Jess Marlow, your IDVA at Bosterfield Domestic Abuse Service, will go through your safety plan
with you every two weeks until the MARAC on 12/02/2026, then every month until the review conference -
she sends me the updated safety plan after each meeting.

**10.** Bosterfield Homes will fit the sanctuary scheme locks, a door chain and a video doorbell by
06/02/2026 (you sign the completion sheet, and Dean Ashdown, their tenancy officer, sends a copy to Jess
and to me).

**11.** PC Amrit Gill, of the Bosterfield Police Domestic Abuse Unit, will put a marker on your address by
23/01/2026, so that any 999 call from it is treated as an emergency, and e-mails me the marker reference.
She will also tell you and me the same day if Marcus's bail conditions change (a note on the police
file and an e-mail to me).

**12.** Gemma Pryce, contact supervisor at Bosterfield Family Contact Centre, will supervise Leah's
contact with Marcus every other Saturday, 10am to 12 noon, from 07/02/2026, for as long as Leah still
wants it. Gemma writes a contact record, with what Leah says before and after, and sends it to me
within two working days. Marcus's bail conditions allow contact arranged by children's services. Kai
has said he does not want to see his dad; if he changes his mind, I will talk it through with him
first.

**13.** Marcus has agreed to start the Bosterfield Change Project domestic abuse programme on 19/02/2026
and go every Thursday evening for 26 weeks.
Proof: Sam Wray, his group worker, writes to me every month with Marcus's attendance and what he is
saying about his abuse, and the project's partner support worker rings you to offer support.

**14.** Kiran Bhatt, a practitioner at Bosterfield Children's Wellbeing Service, will assess Leah's
nightmares and worries by 27/02/2026 and write to you and to me saying what help Leah needs, who will
give it and when it will start.

**15.** Mrs Sandhu and Mr Prescott will each tell me the same day if Marcus is seen at or near the
schools - the sighting goes on CPOMS and I pass it to PC Gill.

## If things go wrong

- If Marcus comes to the house, or contacts you or the children in any way (in person, by phone, by
  message or through other people): ring 999. The police will attend, and PC Gill will deal with the
  breach. I (or the Emergency Duty Team out of hours) will hold a strategy discussion with the police
  the same day, and Leah's contact stops until that discussion decides otherwise.
- If you or the children are not safe at home, Jess will find you a refuge place that day, or you and
  the children stay at your sister Tanya's in Bosterfield East (Tanya agreed this on 20/01/2026) until
  the refuge place is ready.
- If Leah comes back from contact upset, or Marcus talks to her about the case or about you, Gemma
  ends the contact and rings me the same day; contact does not start again until I have spoken with
  Leah and with you.
- If Marcus comes back into the house, or you let him in, or the children are hurt or see another
  incident before the review conference, my manager, Kirsty Pell, will hold a legal planning meeting
  within 5 working days to decide whether to start the pre-proceedings part of the Public Law Outline.

## Meetings

- Core group: every four weeks at Burwarden Primary School, Thursdays at 3.30pm - 29/01/2026,
  26/02/2026 and 26/03/2026.
- Review child protection conference: 14/04/2026 at 10am, Bosterfield Civic Centre.

If anything in this letter is wrong, or you want to change something, ring me on 01774 562 310 and
we will take it to the core group.

Yours sincerely,

Rachel Ogden
Social Worker, North Locality Safeguarding Team
(team manager: Kirsty Pell)

Copies: Marcus Pennant (without the address); Mrs Parveen Sandhu (Burwarden Primary School); Mr Liam
Prescott (Bredonby Academy); Jess Marlow (IDVA); PC Amrit Gill; Gemma Pryce (contact centre); Sam Wray
(Bosterfield Change Project); Kiran Bhatt (Children's Wellbeing Service); Dr Menon (GP).
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Core group minutes with an action log A1 to A10 and a "How we will
#    know" list keyed to the action numbers. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b218_bexmoor_core_group_minutes_action_log_keyed_checks_merrick.txt",
    "split": "tune",
    "actions": 10,
    "template": "core-group-minutes-txt-caps-heading-meeting-details-attendance-key-initials-then-numbered-minutes-jaydens-views-agency-updates-going-well-worries-outcomes-then-action-log-a1-a10-lead-initials-when-then-how-we-will-know-list-keyed-to-action-numbers-then-contingency-dates",
    "description": (
        "Exemplary first core group minutes for a 14-year-old boy who lives with his father (bipolar "
        "disorder; discharged in December after a five-week admission for a manic episode), with his "
        "paternal aunt helping. Numbered minutes (attendance key of initials, Jayden's views, agency "
        "updates, going well and worries, outcomes), then an action log A1 to A10 whose leads are "
        "initials from the key, each with a When line, then 'How we will know', a list keyed to the "
        "action numbers that gives every action its check (visit notes with Jayden's words, a capacity "
        "to change report saying what it must cover, lithium levels sent by the GP, a young carer's "
        "assessment listing his jobs, Jayden telling the DSL who writes it on CPOMS, RCADS scores, a "
        "shared notebook). The care coordinator reports on the father's capacity to change; the "
        "contingency has early warning signs as triggers, a fallback if the aunt cannot have Jayden, "
        "and a legal planning meeting after named triggers; core group and review dates are set."
    ),
    "text": """\
BEXMOOR METROPOLITAN BOROUGH COUNCIL
CHILDREN'S SOCIAL CARE - SAFEGUARDING AND FAMILY SUPPORT SERVICE

CORE GROUP MEETING - MINUTES
==========================================================================

Child ............. Jayden Merrick, born 02/03/2011 (14)
Address ........... 18 Brenthorn Court, Bexmoor BX6 3LJ (lives with his dad)
Plan .............. Child protection plan since the initial conference on
                    15/01/2026 (category: neglect)
Meeting ........... Core group 1, Tuesday 27/01/2026, 4pm to 5.30pm,
                    Bexmoor Grange Academy, meeting room 2
Chair ............. Kofi Boateng, social worker (team manager: Helen Roper)

1. PRESENT, AND THE KEY TO THE INITIALS IN THE ACTION LOG
--------------------------------------------------------------------------
KB   Kofi Boateng, social worker, Bexmoor Children's Social Care
PM   Paul Merrick, Jayden's dad
JM   Jayden Merrick (for the first 20 minutes)
LW   Lorraine Walsh, Jayden's aunt (Paul's sister)
RD   Rhiannon Davies, care coordinator, Bexmoor Community Mental Health Team
GL   Mrs Grace Lyle, Designated Safeguarding Lead, Bexmoor Grange Academy
TH   Tasha Holt, young carers worker, Bexmoor Young Carers
LP   Lorna Pike, school nurse, Bexmoor 0-19 Service
Apologies: Dr Anil Patel, GP, Bexmoor Health Centre (written update sent).
Minutes: Amy Foster, business support.

2. JAYDEN'S VIEWS
--------------------------------------------------------------------------
Jayden came for the first part of the meeting and said he would rather
talk than write anything down. He said: "I'm not a carer, I just do stuff
because Dad can't sometimes." "When he was in hospital I stayed at Auntie
Lorraine's and it was alright, but I missed my room." "I don't want to
talk about Dad's illness in front of everyone." He said the thing he
misses most is football on Saturdays, and that he wants "people to stop
asking if I'm OK every five minutes". He scored how things are at home at
6 out of 10, and said 10 would be "Dad well and me back at football".

3. UPDATES FROM EACH AGENCY
--------------------------------------------------------------------------
3.1 RD: Paul was admitted to Bexmoor Oaks Unit on 12/11/2025 during a
manic episode and discharged on 19/12/2025. He is back on lithium. This
was his third admission in six years; before this one he had stopped his
medication for about six weeks and nobody noticed until he was very
unwell. RD has seen him twice since discharge and he is settled.
3.2 GL: Jayden's attendance this term is 88%. He was late 9 times in
November, when he was getting himself up and making his own meals. He is
quiet in lessons but has not been in trouble.
3.3 PM: Paul said he is "embarrassed" that Jayden had to cope on his own
while he was becoming ill, and that he wants Jayden to "just be a kid".
3.4 LW: Lorraine had Jayden for the five weeks of the admission. She works
school hours and can have him after school twice a week and on Fridays.
3.5 Dr Patel (written): lithium level on 05/01/2026 was 0.7 mmol/L, in
range. Next level due in early February.

4. WHAT IS GOING WELL / WHAT WE ARE WORRIED ABOUT
--------------------------------------------------------------------------
Going well: Paul is taking his lithium and seeing RD. Jayden and Paul are
close. Lorraine is a steady, caring adult Jayden trusts.
Worried about: before the admission Jayden was alone with his dad while
Paul was not sleeping, spending money he did not have and leaving the
flat at night, and Jayden did not tell anyone for weeks. He was doing the
shopping, cooking and washing, and missing school. Nobody had a plan for
what Jayden should do if Paul became unwell again.

5. OUTCOMES FOR JAYDEN (AS AGREED AT CONFERENCE)
--------------------------------------------------------------------------
O1 Jayden lives at home with a dad who is well enough to look after him,
   and he is not doing an adult's jobs.
O2 Jayden knows the signs that his dad is becoming unwell, and exactly
   who to ring and where to go.
O3 Jayden is in school every day, on time, and has time for himself
   (football, friends).

6. ACTION LOG
--------------------------------------------------------------------------
Leads are the initials in the key at item 1. Checks for every action are
in the "How we will know" list at item 7, under the same number.

A1  Lead: KB
    Visit Jayden at home, see him on his own each time, and at least
    one visit in three after 6pm.
    When: weekly from 29/01/2026 until the review conference

A2  Lead: RD
    See Paul at home, go through his relapse signature and medication
    with him, and write a report to the core group on his capacity to
    change: how stable he is, what would show he is becoming unwell,
    what he must keep doing to care for Jayden safely, and how long
    before the risk of another unplanned admission is lower.
    When: visits fortnightly from 29/01/2026; report by 20/02/2026

A3  Lead: PM
    Take lithium every day as prescribed, and have a lithium level
    blood test at Bexmoor Health Centre every three months.
    When: daily; next blood test on 05/02/2026

A4  Lead: TH
    Young carer's assessment with Jayden, and a place at the Thursday
    young carers' group if he wants one.
    When: assessment by 13/02/2026; group on Thursdays, 5pm to 7pm,
    from 19/02/2026

A5  Lead: GL
    Lunchtime check-in with Jayden about how things are at home.
    When: every Wednesday at 12.30pm

A6  Lead: GL
    Ring Paul, and KB if Paul does not answer, by 10am on any day
    Jayden is not in school.
    When: every school day

A7  Lead: LW
    Have Jayden for tea on Tuesdays and Thursdays after school, and to
    stay over on Friday nights, so he gets time off from home jobs.
    When: every Tuesday and Thursday, 3.30pm to 7pm, and every Friday
    night, from 27/01/2026

A8  Lead: PM, with KB
    Write a "what happens if Dad gets unwell" plan with Jayden: the
    signs, who he rings, where he goes, who collects him.
    When: by 06/02/2026

A9  Lead: LP
    Emotional health check with Jayden using the RCADS questionnaire,
    and a referral to Bexmoor CAMHS if his scores are above the
    clinical threshold.
    When: by 20/02/2026

A10 Lead: KB
    Four sessions of direct work with Jayden about his dad's illness,
    what bipolar disorder is and what is not his job.
    When: fortnightly from 03/02/2026, all four by 17/03/2026

7. HOW WE WILL KNOW (KEYED TO THE ACTION LOG)
--------------------------------------------------------------------------
A1  KB's visit notes on the case record within 48 hours, with Jayden's
    own words about home and how his dad has been.
A2  RD's contact notes after each visit; the written report on KB's file
    by 20/02/2026, covering all four points, and read at the core group
    on 24/02/2026.
A3  Dr Patel sends the lithium result to RD and KB within a week of each
    test; the level stays between 0.6 and 0.8 mmol/L.
A4  A copy of the assessment to KB, listing the jobs Jayden does at home
    now and the ones agreed he will stop; the group's register, sent to
    KB each month.
A5  Jayden tells GL how home has been; GL writes his own words on CPOMS
    and e-mails KB a summary every other Friday.
A6  The register and GL's call log, e-mailed to KB every Friday;
    attendance 95% or more by the Easter holidays.
A7  LW writes the days Jayden came in the shared notebook that lives in
    Jayden's school bag; KB reads it at each visit.
A8  The signed plan, with copies to Jayden, LW, GL and RD by 06/02/2026;
    at his next visit KB asks Jayden to say who he would ring and writes
    down his answer.
A9  The RCADS scores, sent to KB and Dr Patel by 20/02/2026, and a copy
    of any CAMHS referral.
A10 Jayden's finished workbook; at the fourth session he can name three
    of his dad's early warning signs, and KB records them.

8. CONTINGENCY
--------------------------------------------------------------------------
- If Paul shows his early warning signs (two nights without sleep,
  spending money he does not have, talking very fast, leaving the flat
  at night), Jayden, Lorraine or any professional rings RD, or the CMHT
  crisis line out of hours, the same day. Jayden goes to Lorraine's that
  night and stays there until RD and KB agree it is safe for him to go
  home. If Paul is admitted to hospital, Jayden stays at Lorraine's.
- If Lorraine cannot have Jayden (she is away, ill or working), she rings
  KB the same day. KB, or the Emergency Duty Team out of hours, arranges
  an emergency foster placement close enough for Jayden to stay at
  Bexmoor Grange Academy.
- If Paul misses two visits in a row with RD, or a lithium blood test,
  RD tells KB the same day and KB visits that day.
- If Paul stops his lithium, is admitted again, or Jayden is found
  caring for him at night without another adult before the review
  conference, Helen Roper (team manager) will hold a legal planning
  meeting within 10 working days.

9. DATES
--------------------------------------------------------------------------
Core group every four weeks, Tuesdays at 4pm, Bexmoor Grange Academy:
24/02/2026 and 24/03/2026.
Review child protection conference: 14/04/2026 at 1.30pm, Bexmoor Town
Hall.

Minutes and action log sent to all present, to Dr Patel and to Paul and
Lorraine on 29/01/2026.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Review conference plan in a landscape "Ref / What needs to happen / Lead
#    / Timescale / Evidence of progress" table under outcome banners. Faulty
#    (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b218_bottesby_rcpc_outcome_banners_evidence_of_progress_rudd.docx",
    "doc_title": "Review Child Protection Plan - Ellis and Maisie Rudd",
    "split": "tune",
    "actions": 13,
    "landscape": True,
    "template": "rcpc-plan-docx-landscape-details-table-progress-since-icpc-ellis-words-maisie-observed-then-ref-what-needs-to-happen-lead-timescale-evidence-of-progress-table-under-outcome-banner-rows-then-contingency-bullets-review-arrangements",
    "description": (
        "First review conference plan for a 5-year-old boy and a 2-year-old girl (physical abuse) after "
        "their father hit the boy with a belt while the mother, who has depression and anxiety, was in "
        "bed unwell; the father has left and sees the children on Sundays at his parents' house. A "
        "landscape 'Ref / What needs to happen / Lead / Timescale / Evidence of progress' table under "
        "outcome banner rows; most evidence is real (a contact diary, programme reports saying what they "
        "must say, visit records, a nursery register, a GP letter). Faults: 'Family network' supervising "
        "the father's contact (W002); the school's morning checks evidenced by 'To be discussed at core "
        "group' (M002); the community mental health team's fortnightly visits only supporting the "
        "mother, measured by her attendance (H001); the family hub sessions measured by 'Gemma's "
        "engagement with the sessions' (M002); the health visitor's visits 'Monitored by HV' (M002); "
        "Ellis's hearing test with '-' for its evidence (M001); the housing move 'As soon as possible' "
        "(T002); and a contingency with no fallback if the grandparents cannot supervise (C003)."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Bottesby Metropolitan Borough Council - Children's Services. Review child protection conference "
              "held on 20/01/2026 at Bottesby Town Hall. Chair: Simon Ackroyd, independent reviewing officer. "
              "The children remain subject to child protection plans under the category of physical abuse."),
        ("table", {
            "rows": [
                ["Children", "Ellis Rudd, born 11/03/2020 (5), Reception, Boldercombe Road Primary School\n"
                             "Maisie Rudd, born 02/10/2023 (2), at home; nursery place from February"],
                ["Mother", "Gemma Rudd (27), Flat 7, Bucklersby House, Bottesby BT3 9DQ, with both children"],
                ["Father", "Dean Rudd (30), living with his parents, Pat and Mick Rudd, 52 Bredon Lane, Bottesby"],
                ["Social worker", "Hollie Matthews, Bottesby Safeguarding Team 2 (team manager: Craig Dunmore)"],
                ["Initial conference", "14/10/2025"],
            ],
            "widths": [4.5, 21.2],
            "bold_first_col": True,
        }),
        ("h1", "Why the children have a plan, and progress since the initial conference"),
        ("p", "On 02/10/2025 Ellis came to school with four belt-shaped bruises on the backs of his legs. He "
              "said \"Daddy did it with his belt because I wet the bed.\" Dean accepted a police caution for "
              "assault. At the time Gemma was in bed most days with depression and anxiety, and Maisie was "
              "often still in her night nappy at lunchtime. Dean moved out to his parents' house the same "
              "week. Since the initial conference Gemma has been seen by the Bottesby Community Mental Health "
              "Team and started new medication in November; she says she is \"up and dressed most days\". "
              "Ellis's attendance has risen from 81% to 92%. Dean has seen the children every Sunday at his "
              "parents' house, with Pat or Mick present. The home is still a one-bedroom flat with damp, and "
              "Ellis and Maisie share Gemma's bedroom."),
        ("h1", "What Ellis says, and what we see of Maisie"),
        ("p", "Ellis told Hollie on 13/01/2026, drawing at the kitchen table: \"Mummy gets up now and does my "
              "Weetabix.\" \"I like Sundays at Nana Pat's, Daddy plays Lego.\" \"I don't like it when my ears "
              "go fuzzy and Miss shouts and I can't hear.\" He drew his family with Daddy \"far away but "
              "smiling\"."),
        ("p", "Maisie is babbling and has about ten words. At the visit on 13/01/2026 she climbed on to "
              "Gemma's lap with a book and sat there for the whole story; she was clean, dressed and had "
              "eaten. At the health visitor's visit on 08/01/2026 she was not yet putting two words "
              "together."),
        ("h1", "The plan"),
        ("table", {
            "header": ["Ref", "What needs to happen", "Lead", "Timescale", "Evidence of progress"],
            "widths": [1.4, 8.8, 5.0, 4.5, 6.0],
            "rows": [
                ["Outcome A: Ellis and Maisie are not hurt again, and see their dad only when someone who "
                 "will keep them safe is there.", H, H, H, H],
                ["A1", "Supervise every contact between Dean and the children at Pat and Mick's house, and make "
                       "sure Dean is never alone with them",
                 "Family network", "Every Sunday, 1pm to 4pm",
                 "Contact diary signed by the supervisor after each contact and read by Hollie at her next "
                 "visit"],
                ["A2", "Complete the 17-week Caring Dads programme at Bottesby Family Centre",
                 "Dean Rudd (Dad)", "Wednesdays 6pm to 8pm, from 04/02/2026 to 27/05/2026",
                 "Mid-point report (by 25/03/2026) and end report to Hollie saying what Dean understands about "
                 "the harm he caused Ellis and what he will do differently"],
                ["A3", "Visit the children at home, seeing Ellis on his own and Maisie with Gemma",
                 "Hollie Matthews (SW)", "Every two weeks until the next review conference; one visit a month "
                 "unannounced",
                 "Visit records within 48 hours, with what Ellis said in his own words"],
                ["A4", "Check Ellis's appearance, lunch and mood at the classroom door each morning, and ring "
                       "Hollie the same day about any mark or injury",
                 "Mrs Karen Lowe, DSL, Boldercombe Road Primary School", "Every school day",
                 "To be discussed at core group"],
                ["A5", "Three direct work sessions with Ellis about feeling safe at home and at Nana Pat's "
                       "(Three Houses)",
                 "Hollie Matthews (SW)", "By 13/03/2026",
                 "Ellis's Three Houses pictures on file, with his words written beside them"],
                ["Outcome B: Ellis and Maisie are got up, fed, dressed and taken to school and nursery every "
                 "day by their mum.", H, H, H, H],
                ["B1", "Fortnightly visits from the CPN to support Gemma with her depression and anxiety and "
                       "check how her new medication is working",
                 "Joanne Platt, CPN, Bottesby Community Mental Health Team", "Fortnightly",
                 "Gemma attends 6 out of 6 appointments (CMHT attendance record)"],
                ["B2", "Sessions at home with Gemma on morning routines, meals and getting Ellis to school on "
                       "time",
                 "Lyndsey Cole, family support worker, Bottesby Family Hub",
                 "Tuesdays, 8am to 9.30am, for 10 weeks from 27/01/2026",
                 "Gemma's engagement with the sessions"],
                ["B3", "Home visits to Maisie: development, sleep, diet, and how Gemma is coping with her",
                 "Nicola Hart, health visitor", "Monthly, next visit 05/02/2026",
                 "Monitored by HV"],
                ["B4", "Review Gemma's antidepressant and write to Hollie with the plan for her medication",
                 "Dr Yusuf Osman, GP, Bredon Lane Surgery", "By 13/02/2026",
                 "GP letter to Hollie on file"],
                ["B5", "Take up Maisie's funded two-year-old place at Bucklersby Day Nursery",
                 "Gemma Rudd (Mum)", "From 02/02/2026, Monday, Wednesday and Friday mornings",
                 "Nursery register e-mailed to Hollie on the last Friday of each month"],
                ["Outcome C: Ellis and Maisie's health and development needs are met, and they have a home "
                 "with room for them.", H, H, H, H],
                ["C1", "Take Ellis for his hearing test at Bottesby Audiology Clinic, as referred by the school "
                       "nurse",
                 "Gemma Rudd (Mum)", "Appointment on 18/02/2026", "-"],
                ["C2", "School nurse health review for Ellis: height, weight, sleep and bedwetting",
                 "Sue Dawes, school nurse, Bottesby 0-19 Service", "By 27/02/2026",
                 "Health review summary sent to Hollie and the GP"],
                ["C3", "Support Gemma's application to move to a two-bedroom flat, and ask for the damp in the "
                       "current flat to be treated",
                 "Raj Sandhu, housing officer, Bottesby Homes", "As soon as possible",
                 "Housing banding letter and repair job sheet, copied to Hollie"],
            ],
        }),
        ("h1", "Contingency"),
        ("bullets", [
            "If Ellis or Maisie has an unexplained mark or injury, or says Dean has hurt them, the school or "
            "whoever sees it rings Hollie (or the Emergency Duty Team) straight away. Hollie holds a strategy "
            "discussion with the police the same day, and Dean's contact stops until it is decided.",
            "If Dean turns up at the flat, or tries to collect Ellis from school, Gemma or the school rings "
            "999 and then Hollie, and Dean's contact stops the same day until Hollie has seen him.",
            "If Gemma tells anyone she cannot keep the children safe or has thoughts of ending her life, the "
            "person she tells rings the CMHT crisis team and Hollie at once; the crisis team sees her that "
            "day, and Hollie or the Emergency Duty Team arranges for the children to stay with emergency "
            "foster carers until Gemma is well enough to have them home.",
            "If either child is hurt again, or Gemma stops her treatment with the CMHT, before the next review "
            "conference, Craig Dunmore (team manager) will hold a legal planning meeting within 5 working "
            "days.",
        ]),
        ("h1", "Review arrangements"),
        ("bullets", [
            "Core group every six weeks at Boldercombe Road Primary School, at 1.15pm: 03/02/2026, "
            "17/03/2026 and 28/04/2026.",
            "Next review child protection conference: 14/07/2026 at 10am, Bottesby Town Hall.",
        ]),
        ("p", "Plan sent to Gemma, Dean, Pat and Mick Rudd, and every agency on 22/01/2026."),
    ],
    "findings": [
        F("W002", "Supervise every contact between Dean and the children"),
        F("M002", "Check Ellis's appearance, lunch and mood at the classroom door"),
        F("H001", "Fortnightly visits from the CPN to support Gemma"),
        F("M002", "Sessions at home with Gemma on morning routines"),
        F("M002", "Home visits to Maisie: development, sleep, diet"),
        F("M001", "Take Ellis for his hearing test at Bottesby Audiology"),
        F("T002", "Support Gemma's application to move to a two-bedroom flat"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan for a 3-week-old baby as a numbered outline in
#    three parts, each item with Lead / When / Sign of success lines. Page
#    header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
def _b6_item(num, text, lead, when, sign=None):
    out = [("boldp", f"{num}  {text}"), ("pi", f"Lead: {lead}"), ("pi", f"When: {when}")]
    if sign is not None:
        out.append(("pi", f"Sign of success: {sign}"))
    return out


PLANS.append({
    "name": "b218_bunderley_icpc_baby_outline_sign_of_success_lines_mellor.pdf",
    "doc_title": "Child Protection Plan - Freddie Mellor",
    "split": "tune",
    "actions": 11,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE - Bunderley Borough Council - Child Protection Plan - Freddie Mellor",
    "footer": "Initial conference 19/01/2026 · Version 1 · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-baby-plan-pdf-paged-header-footer-details-kv-why-freddies-world-observed-parents-views-going-well-what-we-want-to-be-different-then-numbered-outline-three-parts-items-1-1-to-3-3-each-with-lead-when-sign-of-success-lines-then-contingency-paragraph-meetings",
    "description": (
        "Initial conference plan for a 3-week-old baby (neglect) whose mother smokes cannabis every day, "
        "in the flat, and whose parents row loudly (police called twice in the pregnancy). 'Freddie's "
        "world' as the health visitor and social worker saw it, then a numbered outline in three parts "
        "(Freddie's health, feeding and sleep; a smoke-free, calm home; Courtney and Aaron as parents), "
        "each item with Lead / When / Sign of success lines; most signs are real (urine drug screens and "
        "a capacity to change report from the drug and alcohol team, a GP check recorded in the red book, "
        "a police marker reference, visit records, a written assessment). Faults: the health visitor's "
        "visits whose sign of success is that she will 'keep an eye on' Freddie's care (M002); the safe "
        "sleep work whose sign is 'Progress will be reviewed at core group' (M002); the parents' Baby "
        "Steps group with no sign of success line at all (M001); a passive family hub referral with '-' "
        "for its lead (W001); an outcome about the mother only (F002); a contingency that only says the "
        "social worker will call an early core group to review and consider next steps (C002); and "
        "nothing anywhere on legal planning (R002)."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Bunderley Borough Council, Children's Services - Early Years Safeguarding Team. Plan agreed at "
              "the initial child protection conference on 19/01/2026, Bunderley Council House. Chair: Dawn "
              "Rafferty, conference chair."),
        ("kv", [
            ("Child", "Freddie Mellor, born 28/12/2025 (3 weeks old)"),
            ("Address", "Flat 12, Burwell Tower, Bunderley BU7 1AS"),
            ("Mother", "Courtney Mellor (22)"),
            ("Father", "Aaron Telford (25), lives with Courtney and Freddie"),
            ("Category", "Neglect"),
            ("Social worker", "Owen Pritchard, Early Years Safeguarding Team (team manager: Lisa Crane)"),
            ("Health visitor", "Bethany Cole, Bunderley 0-19 Service"),
        ]),
        ("h1", "Why Freddie has a plan"),
        ("p", "Courtney has smoked cannabis every day since she was 15, and told the midwife she smoked "
              "\"two or three joints a day\" through her pregnancy. She smokes in the flat, including in the "
              "bedroom where Freddie sleeps. Freddie was born at 37 weeks weighing 2.6kg and was jittery and "
              "hard to settle for his first days. The police were called to the flat on 14/08/2025 and "
              "30/10/2025 because of loud rows between Courtney and Aaron; on the second occasion Aaron "
              "pushed Courtney into a door. At the health visitor's first visit on 06/01/2026 the flat smelt "
              "strongly of cannabis and Freddie was asleep on the sofa beside Aaron."),
        ("h1", "Freddie's world"),
        ("p", "Freddie is a small, alert baby who feeds every three hours and is gaining weight. At the visit "
              "on 14/01/2026 Bethany saw him feed well from Aaron and fall asleep on his chest. When Courtney "
              "and Aaron began to argue about the washing up, Freddie startled, threw his arms out and cried "
              "until Aaron took him into the other room. Owen saw on 16/01/2026 that Freddie's Moses basket "
              "was full of clothes and that he had been sleeping in the big bed between his parents."),
        ("h1", "What Courtney and Aaron say"),
        ("p", "Courtney: \"I know I need to cut down. It's the only thing that calms me. I never smoke near "
              "him.\" Aaron: \"We argue like any couple. I'd never hurt the baby.\" Both said they want to "
              "keep Freddie and will \"do whatever the plan says\"."),
        ("h1", "What is going well"),
        ("bullets", [
            "Freddie is feeding well and has gained 420g since birth.",
            "Aaron is gentle with Freddie and does most night feeds.",
            "Courtney has agreed to see the drug and alcohol team and went to her first appointment on "
            "15/01/2026.",
        ]),
        ("h1", "What we want to be different"),
        ("numbers", [
            "Freddie keeps gaining weight, sleeps on his back in his own Moses basket, and lives in a flat "
            "where nobody smokes.",
            "Freddie lives in a calm home where his parents do not row or fight around him.",
            "Courtney stops using cannabis.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan is set out in three parts. Each item says who leads it, when, and the sign of success "
              "the core group will look for."),
        ("h2", "Part 1 - Freddie's health, feeding and sleep"),
        *_b6_item("1.1", "Home visits to see Freddie and support Courtney and Aaron with feeding, settling "
                         "and bonding.",
                  "Bethany Cole, health visitor",
                  "Weekly until Freddie is 8 weeks old (22/02/2026), then fortnightly until the review "
                  "conference",
                  "The health visitor will keep an eye on how Freddie is being cared for."),
        *_b6_item("1.2", "Go through safe sleep with both parents, clear the Moses basket and agree where "
                         "Freddie sleeps day and night.",
                  "Carly Nuttall, community nursery nurse, Bunderley 0-19 Service",
                  "By 30/01/2026, then at every visit until Freddie is 12 weeks old",
                  "Progress will be reviewed at core group."),
        *_b6_item("1.3", "Take Freddie to his 6-8 week check at Bunderley Medical Practice.",
                  "Courtney and Aaron",
                  "When Freddie is 6 to 8 weeks old (by 22/02/2026)",
                  "The GP records the check in the red book, and Bethany reads it at her next visit."),
        ("h2", "Part 2 - A smoke-free, calm home"),
        *_b6_item("2.1", "See Courtney every week for cannabis reduction work, do a urine drug screen every "
                         "fortnight, and report on her capacity to change, so that Freddie lives in a "
                         "smoke-free home.",
                  "Sian Rowe, recovery worker, Bunderley Drug and Alcohol Team",
                  "Weekly from 22/01/2026; screens fortnightly; report by 20/02/2026",
                  "Screen results sent to Owen every fortnight, negative for cannabis by 06/03/2026; written "
                  "report on Courtney's capacity to change and how long it is likely to take, read at the "
                  "core group on 27/02/2026."),
        *_b6_item("2.2", "Go to the eight-week 'Calmer Together' course for fathers on arguments, anger and "
                         "babies.",
                  "Aaron Telford (Dad)",
                  "Thursday evenings from 29/01/2026 for 8 weeks",
                  "Course worker's end-of-course letter to Owen saying what Aaron has learned and what he will "
                  "do when a row starts."),
        *_b6_item("2.3", "Put a marker on the flat so that any call to it is treated as a domestic abuse "
                         "call with a baby present.",
                  "PC Nina Lacey, Bunderley Police Safeguarding Hub",
                  "By 26/01/2026",
                  "Marker reference e-mailed to Owen."),
        *_b6_item("2.4", "A referral will be made to Bunderley Family Hub for a family support worker to "
                         "help with the home and daily routines.",
                  "-",
                  "By 30/01/2026",
                  "The Family Hub's acceptance letter on file."),
        *_b6_item("2.5", "Unannounced visits to see Freddie, where he is sleeping and whether the flat smells "
                         "of cannabis.",
                  "Owen Pritchard, social worker",
                  "Weekly until the review conference, one visit in three after 6pm",
                  "Visit record within 48 hours saying where Freddie was sleeping and what Owen saw and "
                  "smelt."),
        ("h2", "Part 3 - Courtney and Aaron as parents"),
        *_b6_item("3.1", "Courtney and Aaron to go to the six-week Baby Steps group at Bunderley Family Hub "
                         "together.",
                  "Courtney Mellor and Aaron Telford",
                  "Monday mornings, 10am to 12 noon, from 02/02/2026 for 6 weeks"),
        *_b6_item("3.2", "Parenting assessment of Courtney and Aaron, including how they respond to Freddie's "
                         "cues and keep him safe when they disagree.",
                  "Owen Pritchard, social worker",
                  "By 13/03/2026",
                  "Written assessment with recommendations shared with the parents and the core group before "
                  "the review conference."),
        *_b6_item("3.3", "Bring Freddie's red book to every health visitor visit and write in it each feed "
                         "and nappy for the first 8 weeks.",
                  "Courtney Mellor (Mum)",
                  "Every day until Freddie is 8 weeks old",
                  "Bethany reads and initials the red book at each visit."),
        ("h1", "Contingency plan"),
        ("p", "If things do not improve, or there are any further concerns about Freddie's care, the social "
              "worker will call an early core group to review the plan and consider the next steps."),
        ("h1", "Meetings"),
        ("kv", [
            ("Core group", "Every four weeks at Bunderley Family Hub, Fridays at 10am: 30/01/2026, 27/02/2026 "
                           "and 27/03/2026"),
            ("Review conference", "15/04/2026 at 2pm, Bunderley Council House"),
            ("Plan sent to", "Courtney, Aaron and every agency, 21/01/2026"),
        ]),
    ],
    "findings": [
        F("M002", "Home visits to see Freddie and support Courtney and Aaron"),
        F("M002", "Go through safe sleep with both parents, clear the Moses basket"),
        F("M001", "go to the six-week Baby Steps group at Bunderley"),
        F("W001", "A referral will be made to Bunderley Family Hub"),
        F("F002", "Courtney stops using cannabis."),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Core group 2 minutes ending in an action log table "No. / Action / Lead
#    / Due / How we'll know". Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b218_baldersea_core_group_minutes_action_log_table_barker.md",
    "split": "tune",
    "actions": 10,
    "template": "core-group-2-minutes-md-meeting-details-table-present-list-numbered-minutes-childrens-views-updates-outcomes-then-action-log-table-no-action-lead-due-how-well-know-then-contingency-next-meetings",
    "description": (
        "Second core group minutes for a 10-year-old girl and a 6-year-old boy (neglect) whose father has "
        "gone back to using heroin on top of his methadone script, with a friend who deals visiting the "
        "house; the mother works nights. Numbered minutes (present, the children's views, updates, what is "
        "better and what is not, outcomes), then an action log table 'No. / Action / Lead / Due / How "
        "we'll know'. Some checks are real (visit notes with the children's words, a consent form on "
        "file, attendance figures e-mailed weekly, the locked box seen at each visit, a group register). "
        "Faults: the social worker's sessions with the father 'To be discussed at core group' (M002); "
        "the SENCo's phonics group measured by 'Improvement in Reece's reading' (M002); the school "
        "nurse's drop-ins with Tiana 'Ongoing' (T002); the dental registration with an empty check "
        "(M001); 'All professionals' reporting sightings of the father's friend (W002); the father's "
        "heroin use with no adult service owning any action (F004); and the review conference 'date to "
        "be confirmed' (R001)."
    ),
    "text": """\
# Baldersea Council - Children's Social Care

## Core group meeting 2: minutes and action log

| | |
|---|---|
| **Children** | Tiana Barker (10), Year 6, and Reece Barker (6), Year 2, both at Baldersea Bay Primary School |
| **Address** | 27 Bassinger Street, Baldersea BA9 4GU |
| **Parents** | Jodie Barker (34), night care assistant at Bellhurst Lodge care home; Wayne Barker (36) |
| **Plan** | Child protection plan since the initial conference on 08/12/2025 (neglect) |
| **Meeting** | Thursday 22/01/2026, 3.30pm, Baldersea Bay Primary School |
| **Chair** | Priya Dhillon, social worker, Baldersea Children's Safeguarding Team (team manager: Neil Gartside) |

### 1. Present

Priya Dhillon (social worker); Jodie Barker (Mum); Wayne Barker (Dad); Mr Tom Ellery (DSL, Baldersea Bay
Primary School); Mrs Helen Foy (SENCo, Baldersea Bay Primary School); Gill Ashton (school nurse, Baldersea
0-19 Service). Apologies: none. Notes: Kerry Judd, business support.

### 2. What Tiana and Reece have said

Priya saw both children on their own at school on 19/01/2026. Tiana said: "Dad's friend Lee comes round
when Mum's at work and they go in the kitchen and shut the door." "I do Reece's packed lunch because Dad's
too tired in the morning." "I don't want Dad to go away, I want him to stop." Reece said: "Daddy sleeps on
the settee all day." He said his favourite thing is "Mum's Sunday dinner" and his worst is "when Tiana
shouts at me to get dressed".

### 3. Updates

- **Wayne** said he has "used a couple of times" since Christmas, on top of his methadone, which he
  collects daily from the chemist on a prescription from Baldersea Recovery Hub. He said his keyworker
  there has changed and he has not seen the new one. He agreed that Lee Costa, who Tiana talks about, has
  been at the house, and said "he's just a mate".
- **Jodie** works four nights a week (Sunday to Wednesday, 8pm to 8am). She said she did not know Lee had
  been coming round while she was at work and was "furious".
- **School (Mr Ellery):** Tiana's attendance is 91% and Reece's 86% this term; Reece was late 7 times in
  December. Tiana is tired in class and has fallen behind in maths.
- **Mrs Foy:** Reece is working well below the expected standard in phonics and reading.
- **Gill Ashton:** Tiana came to two lunchtime drop-ins in January and talked about her dad being "asleep
  all the time".

### 4. What is better, and what is not

Better since core group 1: the house was clean and there was food in at Priya's two visits; both children
had their flu vaccines; Wayne has bought a lockable box for his methadone. Not better: Wayne has used heroin
again; a man who is believed to deal drugs in Baldersea is in the house while the children are there; Tiana
is getting Reece ready for school on the mornings after Jodie's night shifts.

### 5. Outcomes for Tiana and Reece (from the initial conference)

1. Tiana and Reece are cared for by an adult who is not under the influence of drugs, every day and every
   night.
2. Tiana and Reece are never in the house with people who use or sell drugs.
3. Tiana is a child, not Reece's carer, and Reece is in school on time every day and catching up with his
   reading.

### 6. Action log

| No. | Action | Lead | Due | How we'll know |
|---|---|---|---|---|
| 1 | Visit Tiana and Reece at home, seeing each child on their own; one visit in three unannounced, early on a weekday morning after one of Jodie's night shifts | Priya Dhillon (SW) | Weekly until the review conference | Visit notes within 48 hours, with each child's words and who was looking after them |
| 2 | Sessions with Wayne about his heroin use, his methadone script and what it means for Tiana and Reece | Priya Dhillon (SW) | Fortnightly from 29/01/2026 | To be discussed at core group |
| 3 | Ask Wayne to sign consent for Priya to speak to his keyworker at Baldersea Recovery Hub | Priya Dhillon (SW) | By 29/01/2026 | Signed consent form on file |
| 4 | Daily catch-up phonics group for Reece | Mrs Helen Foy (SENCo) | Every school day, 9.10am to 9.30am | Improvement in Reece's reading |
| 5 | First-day calling for both children if they are not in by 9am, and a call to Priya if neither parent answers | Mr Tom Ellery (DSL) | Every school day | Attendance figures e-mailed to Priya every Friday; both children at 95% or above by the February half term |
| 6 | Drop-in sessions with Tiana for her to talk about her worries at home | Gill Ashton (school nurse) | Ongoing | Tiana's worry score (0-10) recorded by Gill at each drop-in and sent to Priya monthly |
| 7 | Register both children with a dentist and book check-ups | Jodie Barker (Mum) | By 27/02/2026 | |
| 8 | Tell Priya the same day if Lee Costa is seen at the house, at the school gate or with the children | All professionals | The same day as any sighting | Sighting written on the case file and passed to the police |
| 9 | Keep all methadone in the locked box, with the key on his own keyring, out of the children's reach | Wayne Barker (Dad) | Every day from 22/01/2026 | Priya sees the locked box, and the key, at each visit |
| 10 | Go to the Families Together support group for relatives of people who use drugs, at Baldersea Carers' Centre | Jodie Barker (Mum) | Tuesdays at 7pm, for 8 weeks from 27/01/2026 | The group worker's register, sent to Priya monthly |

### 7. Contingency

- If Wayne is found under the influence while he is caring for the children (asleep and cannot be woken,
  slurring, pinned pupils), or drugs or needles are found where the children could reach them, whoever
  finds out rings Priya, or the Emergency Duty Team out of hours, straight away. Jodie comes home from
  work to care for the children and Wayne leaves the house that night; if Jodie cannot come home, Priya or
  the Emergency Duty Team arranges an emergency foster placement for the night.
- If Lee Costa is found in the house while the children are there, Jodie or the professional who finds him
  rings 101 (999 if anyone is in danger) and Priya the same day, and Priya holds a strategy discussion with
  the police that day.
- If Wayne is found under the influence while caring for the children, or Lee Costa is found in the house
  again, before the review conference, Neil Gartside (team manager) will hold a legal planning meeting
  within 5 working days.

### 8. Next meetings

- Core group 3: Thursday 19/02/2026 at 3.30pm, Baldersea Bay Primary School; then every four weeks.
- Review child protection conference: date to be confirmed by the conference team.

Minutes and action log sent to everyone present on 23/01/2026.
""",
    "findings": [
        F("M002", "Sessions with Wayne about his heroin use, his methadone script"),
        F("M002", "Daily catch-up phonics group for Reece"),
        F("T002", "Drop-in sessions with Tiana for her to talk"),
        F("M001", "Register both children with a dentist and book check-ups"),
        F("W002", "Tell Priya the same day if Lee Costa is seen"),
        F("F004"),
        F("R001"),
    ],
})
