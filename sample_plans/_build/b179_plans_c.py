"""Batch 179, module c: seven fictional plans (held-out material), places beginning with "c".

Everything here is made up: children, families, professionals, services,
schools, hospitals, police forces and councils. Labels were written by hand
from docs/rules.md and the conventions in sample_plans/README.md (1 to 13),
without running planlint or reading its code.

Focus: how we will know - the measure of each action, in the ways real
writers say it. Each plan is in a template of its own. Measures sit in the
action's own cell or sentence ("We will see: ..."), under column headers
such as "Success looks like", "Evidence of change (what we will see, count
or read)", "Checked by, and what they will see", "What the adults will
check" and the young person's own "What Ellie will notice", beside a
"Scaling now / target" column, in a "Proof" list keyed by action number, in
an outcome's "How we'll know (for all four steps under Outcome 1)" line, or
in a part's "What the core group will see (for 1.1 to 1.5)" line. They are
records, counts and numbers: red book centiles, feed charts, breath tests
and AUDIT scores, oral fluid tests, DASH scores, attendance percentages,
first-day call logs, incident counts, a count of bad nights in a worry
book, WellComm and ASQ-3 scores, a home conditions scale scored by two
workers, signed rotas, a contact record, a job sheet, a GP or council letter
on file. Some checks only look like measures ("Kerry engages well with the
sessions", "Monitored by class teacher", "progress will be discussed at core
group", "progress will be reviewed at core group", "monitored by school",
"I'll feel less stressed and happier at school"), and one that looks vague
is not ("Monitored at every weigh-in by Nicola: Maisie's weight climbing
from below the 2nd centile to the 9th"). In the four faulty plans a few
actions have no check anywhere, and it is said which actions each group
check covers.

1. an initial conference plan for a 6-year-old and a 14-month-old whose
   mother drinks most nights, a landscape Word table with "Success looks
   like" and "Scaling now / target" columns (docx): faults are Triple P
   sessions measured by "Kerry engages well with the sessions", a housing
   repair "as and when Calverdene Homes can offer a date", a dentist row
   with "-" in both measure columns, "Family network" passing on worries,
   the class teacher's checks "Monitored by class teacher", an outcome about
   the mother only, and a contingency that sends the children to their
   grandmother, who carries two rows, with nothing said if she cannot have
   them (M002 x2, T002, M001, W002, F002, C003);
2. a first review conference plan for a 9-year-old and a 4-year-old after
   their father's violence, one landscape table with a banner row per worry
   and an "Evidence of change (what we will see, count or read)" column,
   page header and footer (pdf, exemplary);
3. an initial conference plan for a 4-month-old whose mother has postnatal
   depression with thoughts of harming her, bullets with bold owners under
   four outcome headings, three closed by a "How we'll know (for all ...
   steps under Outcome n)" line and Outcome 3 with none (md): faults under
   Outcome 3 are the perinatal team only supporting and treating the mother
   (measured by attendance letters), Video Interaction Guidance whose only
   check is "progress will be discussed at core group", a Stay and Play
   group "when she feels ready" and the family support worker's weekly
   planning with no check; under Outcome 4 a passive baby bank referral
   with no one named; and a review conference "date to be confirmed"
   (H001, M002, T002, M001, W001, R001);
4. a core group plan for a 5-month-old with faltering growth whose father
   smokes cannabis, one table whose last column is "Checked by, and what
   they will see" (md, exemplary);
5. a revised plan from the second core group for three children whose
   mother drinks, numbered owner-first sentences and a separate "Proof: how
   the core group will know" list keyed by action number (txt): faults are
   the health visitor's speech screen (9) left out of the proof list with no
   check of its own, the Breakfast Club (12) keyed to "progress will be
   reviewed at core group", the class teacher's check-in (14) keyed to
   "monitored by school", a nursery application "asap", a window repair
   with no time, "Professionals" passing on what the children say, a
   contingency that only reviews and considers next steps, and no legal
   planning (M001, M002 x2, T002, T001, W002, C002, R002);
6. a first review conference plan for a 7-year-old and a 2-year-old whose
   mother has bipolar disorder, typed-numbered items in three parts, two
   parts closed by a bold "What the core group will see (for ...)" line and
   the middle part with a "We will see:" sentence in each item (docx,
   exemplary);
7. a first review conference plan for a 13-year-old young carer who
   self-harms, whose father has depression and drinks, a landscape table in
   three parts with "What the adults will check" and "What Ellie will
   notice" columns, page header and footer (pdf): faults are the counsellor's
   drop-in checked only by Ellie's "I'll feel less stressed and happier at
   school", the community mental health team only supporting the father,
   a young carer's assessment "when capacity allows", a benefits row with
   "-" for who, the phone rule with "-" in both check columns, and an
   outcome about the father only (M002, H001, T002, W001, M001, F002).

Three plans (2, 4 and 6) are exemplary: every action has a named owner, a
real timescale and something that can be seen, counted or read, in its own
cell or sentence or in a group check that names it; every outcome is about
the child; each contingency has specific triggers and protective responses,
a fallback where relatives help, and legal planning after named triggers;
each records the children's words or a baby's observed day, core group
dates and a dated review conference; adult services (a drug service, a
community mental health team, a GP) own actions where a parent is ill or
uses drugs, and both mental health practitioners in plan 6 are asked for a
view of the mother's capacity to change and how long it will take.

Counting convention used for "actions" (README convention 1): each row of
an action table (banner rows excepted), each bullet under the outcome
headings, each numbered item of the plan and each typed-numbered item counts
once, whatever number of sentences it holds. Details, worries, early warning
signs, the children's words, outcomes and their "How we'll know" lines,
group "What the core group will see" lines, the keyed proof list, the
scaling key, contingencies and meeting dates are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, landscape Word table with a "Success looks like"
#    column and a "Scaling now / target" column. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b179_calverdene_icpc_success_looks_like_scaling_columns_gallagher.docx",
    "doc_title": "Child Protection Plan - Alfie and Rosie Gallagher",
    "split": "heldout",
    "actions": 16,
    "landscape": True,
    "template": "icpc-plan-docx-landscape-kv-details-why-going-well-three-houses-and-babys-day-outcomes-then-scaling-key-paragraph-then-ref-what-needs-to-happen-who-by-when-success-looks-like-scaling-now-target-table-then-what-happens-if-meetings",
    "description": (
        "Initial conference plan for a 6-year-old and a 14-month-old whose mother drinks most nights "
        "(neglect: the baby found in a soaked nappy with her brother giving her cold milk while their "
        "mother slept, falling weight, missed immunisations, a late and hungry 6-year-old). The plan is a "
        "landscape Word table with a 'Success looks like' column and a 'Scaling now / target' column "
        "whose 0-10 scores the social worker and health visitor agree with the mother at each core group; "
        "most rows are measured by what someone will see, count or read (visit records, the red book, "
        "breath tests and AUDIT scores, the register, the first-day call log, a GP letter). Faults: the "
        "Triple P sessions measured only by 'Kerry engages well with the sessions'; the housing repair "
        "'as and when Calverdene Homes can offer a date'; the dentist row with '-' in both measure "
        "columns; 'Family network' passing on worries; the class teacher's checks 'Monitored by class "
        "teacher'; an outcome about the mother only; and a contingency that sends the children to their "
        "grandmother with nothing said if she cannot have them, though she also carries two rows."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Calverdene Borough Council - Children's Social Care, Safeguarding Team North"),
        ("kv", [
            ("Children", "Alfie Gallagher, born 03/05/2019 (6, Year 2 at St Brannoc's C of E Primary School); "
                         "Rosie Gallagher, born 09/11/2024 (14 months)"),
            ("Address", "Flat 6, Wendover House, Sallow Road, Calverdene CV2 8LT"),
            ("Mum", "Kerry Gallagher (27)"),
            ("Rosie's dad", "Shaun Pike (29), lives in Ashby Park; sees Rosie at his mother's on Saturday "
                            "afternoons. Alfie's dad, Lee Carter, has had no contact since 2021."),
            ("Maternal grandmother", "Linda Gallagher (54), 14 Harrow Close, Calverdene"),
            ("Initial conference", "12/01/2026, chaired by Marion Tate (independent reviewing officer)"),
            ("Category", "Neglect (both children)"),
            ("Social worker", "Hannah Okoro (team manager: Graham Shields)"),
            ("Health visitor", "Jo Whitlock, Calverdene 0-19 Service"),
            ("School", "St Brannoc's C of E Primary: Mrs Fiona Aldous (deputy head and DSL), Miss Leanne Parr "
                       "(Year 2 teacher), Mr Kieran Lyle (learning mentor)"),
            ("Other services", "Calverdene Recovery Service (Sam Price, alcohol worker); Dr Harjit Bains, GP, "
                               "Mill Street Surgery; Amy Fenwick, family support worker, Calverdene Family Hub"),
        ]),
        ("h1", "Why Alfie and Rosie need a plan"),
        ("p", "On 18/12/2025 a neighbour rang the police because Rosie had been crying for over an hour. The "
              "officers found Kerry asleep on the settee, smelling strongly of alcohol, with an empty vodka "
              "bottle beside her. Alfie had given Rosie a bottle of cold milk and was trying to change her. "
              "Rosie's nappy was soaked through and she had raw nappy rash. There was very little food in the "
              "flat and dog mess in the hallway."),
        ("p", "Kerry told the conference she has been drinking a bottle of wine most nights, and more at "
              "weekends, since her dad died in April 2025. Rosie's weight has fallen from the 50th centile in "
              "August to just above the 9th, and she has missed her 12-month immunisations. Alfie's attendance "
              "this school year is 84%, he has been late 19 times, and his teacher says he often comes in "
              "hungry and in yesterday's uniform. There is black mould on the wall behind Rosie's cot."),
        ("h1", "What is going well"),
        ("bullets", [
            "Kerry loves her children and was open with the conference about her drinking. She rang "
            "Calverdene Recovery Service herself on 05/01/2026.",
            "Linda sees the children most days and has had them to stay at weekends since December.",
            "Alfie is proud of his reading and his teacher says he is kind to younger children.",
            "Rosie is a smiley baby who babbles, pulls herself up on the furniture and reaches for Kerry.",
        ]),
        ("h1", "What Alfie says, and Rosie's day"),
        ("p", "Alfie did his Three Houses with Hannah at school on 08/01/2026. In his house of worries he drew "
              "Mummy on the settee and said: \"Mummy sleeps and won't wake up and I do Rosie's bottle.\" In his "
              "house of good things: \"Playing Lego with Mummy, and Nana does fish fingers.\" In his house of "
              "dreams: \"Mummy not drinking the wine and taking me to football.\""),
        ("p", "Rosie cannot tell us how her days feel. At clinic on 06/01/2026 Jo saw her drink a whole bottle "
              "very fast, cry when she was put down, and settle as soon as Linda picked her up. Her nappy area "
              "was red and broken. At home, Hannah found her in the same sleepsuit on two visits running."),
        ("h1", "What needs to be different"),
        ("numbers", [
            "Rosie is fed regularly, clean and dry, and her weight climbs back towards her 50th centile line.",
            "Alfie and Rosie are always looked after by a sober adult, day and night.",
            "Alfie is in school every day and on time, fed and in clean clothes, and no longer has to look "
            "after his sister.",
            "Kerry stops drinking and gets her life back on track.",
        ]),
        ("h1", "The plan"),
        ("p", "Where a row has a scaling score, 0 means the worry happens every day and 10 means it has stopped "
              "and everyone is confident it will stay stopped. Hannah and Jo agree each score with Kerry at "
              "every core group and write it in the core group notes; the first number is where we are now, "
              "the second is where we need to be by the review conference."),
        ("table", {
            "header": ["Ref", "What needs to happen", "Who", "By when", "Success looks like",
                       "Scaling now / target"],
            "widths": [1.2, 6.6, 4.0, 3.9, 6.6, 3.4],
            "rows": [
                ["1", "Visit the children at home, at least one visit in three unannounced; see Rosie's cot, her "
                      "nappies and the fridge, and see Alfie on his own",
                 "Hannah Okoro, social worker", "Every week until the review conference",
                 "Visit record on file within 48 hours, saying what was in the fridge, how many nappies were in "
                 "the flat and what Alfie said when seen on his own",
                 "Home conditions: 3 now / 7 by review"],
                ["2", "Weigh Rosie, plot her weight in her red book and check her nappy area",
                 "Jo Whitlock, health visitor",
                 "Every two weeks at the Family Hub baby clinic, from 20/01/2026",
                 "Rosie's weight above the 25th centile line by the review; no nappy rash at two checks running",
                 "-"],
                ["3", "Book and take Rosie for her missed 12-month immunisations",
                 "Kerry Gallagher (Mum)", "By 13/02/2026",
                 "Immunisations written in the red book and on the GP record; Jo checks at the next clinic",
                 "-"],
                ["4", "Keep Rosie's food and nappy diary: three meals, two snacks, and a nappy change at least "
                      "every four hours in the day",
                 "Kerry Gallagher (Mum)", "Every day from 19/01/2026",
                 "Diary filled in on at least 6 days out of 7; Jo reads it at each clinic and Hannah at each "
                 "visit",
                 "Rosie's day: 4 now / 8 by review"],
                ["5", "Alcohol key-work sessions with Kerry, a breath test at every session, and an AUDIT score at "
                      "the start and every six weeks",
                 "Sam Price, alcohol worker, Calverdene Recovery Service",
                 "Weekly from 22/01/2026 until the review conference",
                 "Every breath test reads 0.00; AUDIT score down from 24 to below 16 by the review; a letter to "
                 "Hannah each month with the sessions attended and every reading",
                 "-"],
                ["6", "Liver function blood test for Kerry, and a letter to Hannah about her drinking and any "
                      "medicine that could help her stop",
                 "Dr Harjit Bains, GP, Mill Street Surgery", "By 20/02/2026",
                 "GP letter with the blood test result on Hannah's file by 27/02/2026",
                 "-"],
                ["7", "Get Alfie to school by 8.45am, washed, in clean uniform and having had breakfast",
                 "Kerry Gallagher (Mum)", "Every school day",
                 "The register shows Alfie at 95% or more by the review, with no more than two late marks each "
                 "half term",
                 "Mornings: 3 now / 8 by review"],
                ["8", "Ring Kerry if Alfie is not in school by 9.10am, and ring Hannah the same morning if Kerry "
                      "does not answer",
                 "Mrs Fiona Aldous, DSL, St Brannoc's", "Every school day at registration",
                 "First-day call log e-mailed to Hannah every Friday with the week's attendance",
                 "-"],
                ["9", "Weekly time with Alfie using his worry monster, so that he has somewhere to put what "
                      "happens at home",
                 "Mr Kieran Lyle, learning mentor",
                 "Every Tuesday afternoon, 20/01/2026 to 24/03/2026",
                 "Worry monster notes on CPOMS; by March Alfie can name two grown-ups he would tell if Mummy "
                 "would not wake up",
                 "-"],
                ["10", "Collect Alfie from school and give both children their tea at 14 Harrow Close",
                 "Linda Gallagher (maternal grandmother)",
                 "Tuesdays and Thursdays, 3.15pm to 6.30pm",
                 "The school's collection book shows Linda collected Alfie; Hannah sees the children at Linda's "
                 "on one visit each month",
                 "-"],
                ["11", "Have Alfie and Rosie to stay on Friday nights, when Kerry has drunk most in the past",
                 "Linda Gallagher (maternal grandmother)",
                 "Every Friday, 5pm to Saturday 10am, until the review",
                 "Linda texts Hannah each Saturday when she takes the children home, saying how Kerry was",
                 "-"],
                ["12", "Triple P sessions with Kerry at home on routines, play and calm ways to manage Alfie's "
                       "tantrums",
                 "Amy Fenwick, family support worker, Calverdene Family Hub",
                 "Weekly for 10 weeks from 26/01/2026",
                 "Kerry engages well with the sessions",
                 "-"],
                ["13", "Ask Calverdene Homes to treat the black mould behind Rosie's cot and mend the bedroom "
                       "window",
                 "Hannah Okoro, social worker",
                 "As and when Calverdene Homes can offer a date",
                 "Mould treated and window shutting properly, seen on Hannah's next visit; Rosie's cot moved "
                 "away from the wall",
                 "-"],
                ["14", "Register Rosie with a dentist and take Alfie for his missed check-up",
                 "Kerry Gallagher (Mum)", "By 27/02/2026", "-", "-"],
                ["15", "Tell Hannah the same day if Kerry is seen drunk or the children are left on their own",
                 "Family network", "The same day",
                 "Each call logged by Hannah on the children's chronology",
                 "-"],
                ["16", "Give Alfie toast at morning break and look out for him being hungry, tired or in dirty "
                       "clothes",
                 "Miss Leanne Parr, Year 2 teacher", "Every school day",
                 "Monitored by class teacher",
                 "-"],
            ],
        }),
        ("h1", "What will happen if things go wrong"),
        ("bullets", [
            "If Kerry is found drunk while caring for the children, a breath test taken at home reads above "
            "0.00, or the children are found on their own: Alfie and Rosie go to stay with Linda at 14 Harrow "
            "Close that day. Hannah holds a strategy discussion with the police and health the same day and "
            "asks Graham Shields for a legal planning meeting within 5 working days.",
            "If Alfie is not in school and no one has heard from Kerry by 10am, Hannah, or the duty social "
            "worker, visits the flat that morning and sees both children.",
            "If Rosie's weight falls below the 9th centile or her nappy rash is bleeding, Jo arranges an "
            "appointment with Dr Bains the same day and rings Hannah, who visits that afternoon.",
            "If Kerry misses three key-work sessions in a row, Sam rings Hannah that day and Hannah visits "
            "within 24 hours.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at St Brannoc's, 1.30pm: 26/01/2026, 23/02/2026 and 23/03/2026.",
            "Review child protection conference: 09/04/2026 at 10am, Calverdene Civic Offices.",
        ]),
        ("p", "Plan sent to Kerry, Linda and every agency on 14/01/2026."),
    ],
    "findings": [
        F("M002", "Triple P sessions with Kerry at home on routines"),
        F("T002", "Ask Calverdene Homes to treat the black mould behind"),
        F("M001", "Register Rosie with a dentist and take Alfie"),
        F("W002", "Tell Hannah the same day if Kerry is seen drunk"),
        F("M002", "Give Alfie toast at morning break and look out"),
        F("F002", "Kerry stops drinking and gets her life back on track."),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Review conference plan, one table with a banner row for each worry and
#    an "Evidence of change" column; page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b179_chilverby_rcpc_worry_banners_evidence_of_change_okafor.pdf",
    "doc_title": "Review Child Protection Plan - Tolu and Ada Okafor",
    "split": "heldout",
    "actions": 15,
    "landscape": True,
    "min_pages": 2,
    "header": "Chilverby City Council · Children's Services · Review Child Protection Plan",
    "footer": "Tolu and Ada Okafor · Review CP plan (RCPC 15/01/2026) · Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-plan-paged-landscape-header-footer-details-table-what-has-changed-since-october-childrens-words-and-scores-outcomes-then-one-table-no-what-we-will-do-who-when-evidence-of-change-what-we-will-see-count-or-read-with-a-banner-row-per-worry-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary first review conference plan for a 9-year-old and a 4-year-old after their father's "
        "violence to their mother (a non-molestation order, the father on a perpetrator programme, "
        "supervised contact at a contact centre, the aunt collecting the children twice a week). One "
        "landscape table, a banner row for each of three worries, every row with its own 'Evidence of "
        "change (what we will see, count or read)': attendance letters and the facilitator's reports, "
        "DASH scores in the IDVA's note, weekly police checks, the child's safety score at the first and "
        "last group session, a count of bad nights in his worry book, a nursery incident count, WellComm "
        "scores, a bedtime chart, a contact record and a housing job sheet. Outcomes are the children's, "
        "the contingency has triggers, protective responses, a fallback for the aunt and legal planning, "
        "and core group and review dates are set; page header and footer."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("table", {
            "rows": [
                ["Children", "Tolu Okafor, born 12/06/2016 (9, Year 5, Greyfriars Primary School); Ada Okafor, "
                             "born 30/03/2021 (4, Little Acorns Nursery, Monday to Wednesday)"],
                ["Lives with", "Mum, Funmi Okafor (34), 22 Fenner Road, Chilverby CH6 2PA"],
                ["Dad", "Marcus Bell (37), now living in Oldgate. A non-molestation order protects Funmi until "
                        "14/10/2026."],
                ["Aunt", "Chioma Okafor (Funmi's sister), 5 Tanners Walk, Chilverby"],
                ["Category", "Emotional abuse (both children). Initial conference 16/10/2025; first review "
                             "conference 15/01/2026, chaired by Raj Mistry (IRO)."],
                ["Social worker", "Sophie Wren, Chilverby Children's Services, Area Team East (team manager: "
                                  "Lorna Bishop)"],
                ["Agencies", "Chilverby Women's Aid (Precious Lamb, IDVA; Kemi Ade, children's worker); "
                             "Chilverby Police Public Protection Unit (DC Amir Shah); Greyfriars Primary School "
                             "(Mrs Helen Dawson, learning mentor); Little Acorns Nursery (Becky Hart); Chilverby "
                             "Community Children's Health (Laura Finch, speech and language therapist); Chilverby "
                             "Family Hub (Dean Carter); Chilverby Family Contact Centre (Gail Morris)"],
            ],
            "widths": [4.5, 21.2],
            "bold_first_col": True,
        }),
        ("h1", "Why there is still a plan"),
        ("p", "On 02/10/2025 Marcus punched Funmi and held her against the kitchen door while Tolu and Ada "
              "watched from the stairs. Tolu ran to a neighbour's house to ring the police. It was the fourth "
              "police call-out to the family in a year. Marcus left the house that night and the court made a "
              "non-molestation order on 09/10/2025. Since October Tolu has had nightmares most nights and "
              "checks the front door is locked before he will go to bed. Ada's talking has gone backwards: she "
              "uses single words where she used short sentences in the summer, and she hits and bites other "
              "children at nursery when it is noisy."),
        ("h1", "What has changed since October"),
        ("bullets", [
            "There have been no police call-outs to 22 Fenner Road since 02/10/2025.",
            "Funmi started the Freedom Programme on 13/01/2026 and meets Precious every month.",
            "Marcus started the Chilverby Change programme on 08/01/2026 and has been to both sessions so far.",
            "Contact at the contact centre has taken place every other Saturday since November; the "
            "supervisor says Tolu is quiet at first and then plays football with his dad.",
        ]),
        ("h1", "What Tolu and Ada say"),
        ("p", "Tolu (seen on his own at school, 09/01/2026): \"I still check the door. I dream Dad comes back "
              "and shouts.\" \"I like seeing Dad at the centre because the lady is there.\" He gave home a 5 out "
              "of 10 for feeling safe (it was 2 in October), and said it would be a 7 \"if I didn't have the "
              "dreams\"."),
        ("p", "Ada (at home with Sophie, 12/01/2026) drew a \"fairy\" of her mummy and a \"wizard\" of \"loud\", "
              "and pointed at the kitchen door. Becky at nursery sees her cover her ears and crawl under the "
              "table at tidy-up time, and settle when she is given her blanket."),
        ("h1", "What we want for Tolu and Ada"),
        ("numbers", [
            "Tolu and Ada live in a home where no one is hurt or frightened, and they feel safe there.",
            "Tolu sleeps through most nights and can tell a trusted adult when he is worried.",
            "Ada's talking catches up with other 4-year-olds and she is calm and happy at nursery.",
            "Tolu and Ada see their dad in a way that is safe and does not frighten them.",
        ]),
        ("h1", "The plan"),
        ("p", "Each worry has a banner row. Every step has its own evidence of change: what someone will see, "
              "count or read, and where it will be written down."),
        ("table", {
            "header": ["No.", "What we will do", "Who", "When",
                       "Evidence of change (what we will see, count or read)"],
            "widths": [1.3, 7.4, 4.6, 4.8, 7.6],
            "rows": [
                ["Worry 1: Marcus has hurt Funmi in front of the children, and could do so again.", H, H, H, H],
                ["1.1", "Go to every session of the Chilverby Change programme for men who have been abusive to "
                        "a partner, and do the work set between sessions",
                 "Marcus Bell (Dad)", "Thursdays 6pm to 8pm, 08/01/2026 to 18/06/2026 (24 weeks)",
                 "A monthly attendance letter from the programme to Sophie; the facilitator's mid-point report "
                 "by 26/03/2026 and end report by 02/07/2026, saying whether Marcus accepts responsibility for "
                 "the abuse and what risk remains"],
                ["1.2", "Partner support for Funmi alongside the Change programme: safety planning and a DASH "
                        "risk check",
                 "Precious Lamb, IDVA, Chilverby Women's Aid",
                 "Every two weeks by phone and once a month face to face, until 16/07/2026",
                 "The DASH score written in Precious's monthly note to Sophie, down from 17 (high risk, "
                 "October) to below 14 by the review"],
                ["1.3", "Check police systems for call-outs, intelligence or sightings about Marcus and 22 Fenner "
                        "Road, and tell Sophie",
                 "DC Amir Shah, Chilverby Police Public Protection Unit",
                 "Every Monday until the review conference, and within 24 hours of any call-out",
                 "A weekly e-mail to Sophie giving the log number of any incident, or 'no incidents'; each "
                 "incident added to the children's chronology the same day"],
                ["1.4", "Keep to the non-molestation order: no contact with Funmi except through solicitors, and "
                        "no visits to Fenner Road, Greyfriars or Little Acorns",
                 "Marcus Bell (Dad)", "From 15/01/2026 until the order ends on 14/10/2026",
                 "No breach in DC Shah's weekly checks (1.3) and no contact attempt in Precious's monthly note "
                 "(1.2)"],
                ["Worry 2: Tolu is frightened at night and Ada's talking and behaviour have gone backwards.",
                 H, H, H, H],
                ["2.1", "Six Safe Space group sessions with Tolu, for children who have lived with domestic abuse",
                 "Kemi Ade, children's worker, Chilverby Women's Aid",
                 "Wednesdays 4pm to 5pm, 21/01/2026 to 25/02/2026",
                 "Tolu's 'how safe I feel at home' score (0-10) at sessions 1 and 6, and his 'my safe people' "
                 "hand, sent to Sophie by 04/03/2026"],
                ["2.2", "Check in with Tolu using his worry book, and count the nights he says a bad dream woke "
                        "him",
                 "Mrs Helen Dawson, learning mentor, Greyfriars Primary School", "Every Monday at 9am",
                 "The count sent to Sophie on the last Friday of each month: fewer than one bad night a week by "
                 "the review (four a week now)"],
                ["2.3", "Speech and language assessment of Ada, and a programme for nursery and home",
                 "Laura Finch, speech and language therapist, Chilverby Community Children's Health",
                 "Assessment by 20/02/2026; programme to the nursery and Funmi within two weeks of it",
                 "Assessment report and programme on Sophie's file; Ada's WellComm score at the start and at "
                 "the end of the summer term, shared with the core group"],
                ["2.4", "Write down each time Ada hits or bites, and what happened just before, and use her "
                        "calm-down corner with her",
                 "Becky Hart, Ada's key person, Little Acorns Nursery",
                 "Every nursery session (Monday to Wednesday)",
                 "The incident log counted each fortnight and e-mailed to Sophie: from six a fortnight now to "
                 "fewer than two by the review"],
                ["2.5", "Direct work with each child on their own: Tolu's Three Houses again, and Ada's fairy and "
                        "wizard drawings",
                 "Sophie Wren, social worker", "Every three weeks, each child seen alone",
                 "Drawings dated and kept on file beside October's, with the children's own words in the visit "
                 "record within 48 hours"],
                ["Worry 3: Funmi is bringing up the children on her own, and the house does not feel safe.",
                 H, H, H, H],
                ["3.1", "Home visits, one in three unannounced, to see who is in the house, the children's "
                        "bedtimes and how Funmi is managing",
                 "Sophie Wren, social worker",
                 "Every three weeks until the review conference, and within 24 hours of any police call-out",
                 "Visit records within 48 hours saying who was in the house and where each child slept"],
                ["3.2", "Go to the Freedom Programme, and write her own safety plan for herself and the children "
                        "by the last session",
                 "Funmi Okafor (Mum)", "Tuesdays 10am to 12 noon, 13/01/2026 to 31/03/2026 (12 weeks)",
                 "Attendance letter and certificate from Chilverby Women's Aid; the written safety plan shared "
                 "with Sophie at the core group on 23/04/2026"],
                ["3.3", "Sessions with Funmi on a calm bedtime routine, so that Tolu sleeps in his own bed and "
                        "both children are asleep by 8pm",
                 "Dean Carter, family support worker, Chilverby Family Hub",
                 "Every Thursday at 9.30am, 22/01/2026 to 12/03/2026 (8 weeks)",
                 "The bedtime chart on the fridge, read by Dean at each session; Tolu in his own bed by 8pm on "
                 "at least 5 nights a week by week 8"],
                ["3.4", "Collect Tolu and Ada and give them their tea while Funmi is at work",
                 "Chioma Okafor (maternal aunt)", "Mondays and Wednesdays, 3.15pm to 6pm",
                 "Greyfriars' collection book and the nursery's signing-out sheet show Chioma's name; Chioma "
                 "texts Sophie the same day if she sees Marcus near the school"],
                ["3.5", "Supervised contact for Tolu and Ada with their dad",
                 "Gail Morris, supervisor, Chilverby Family Contact Centre",
                 "Every other Saturday, 10am to 11.30am, from 17/01/2026",
                 "A contact record to Sophie within 2 working days, saying how each child was before, during "
                 "and after contact"],
                ["3.6", "Ask Chilverby Homes for the sanctuary scheme at 22 Fenner Road: new door and window "
                        "locks and a letterbox guard",
                 "Sophie Wren, social worker", "Request by 23/01/2026; work done by 27/02/2026",
                 "Chilverby Homes' job sheet showing the work done, and the locks seen on Sophie's next visit"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Marcus comes to 22 Fenner Road, or contacts Funmi or the children outside the contact centre: "
            "Funmi rings 999 and the police treat it as a breach of the order. Sophie holds a strategy "
            "discussion with the police the same day, and contact is suspended until it has decided what "
            "happens next.",
            "If Funmi lets Marcus back into the house, or either child tells anyone that Dad has been at home "
            "or has hurt anyone: Sophie holds a strategy discussion the same day and asks Lorna Bishop for a "
            "legal planning meeting within 5 working days, to decide whether to start the Public Law Outline.",
            "If the facilitator's mid-point report on 26/03/2026 says Marcus does not accept responsibility for "
            "the abuse, or he misses two sessions, contact stays supervised at the contact centre and Sophie "
            "writes to Marcus and his solicitor within a week to say so and why.",
            "If Chioma cannot collect the children on a Monday or Wednesday (she is ill or working), Funmi or "
            "Chioma rings Sophie that morning, and the children stay at Greyfriars' after-school club, Busy "
            "Bees, until Funmi finishes work at 5.45pm. Sophie has agreed with the school that the council "
            "pays for these places.",
            "If Tolu's bad nights have not come down to fewer than two a week by the core group on 23/04/2026, "
            "Sophie asks Chilverby CAMHS for a trauma assessment within 4 weeks.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every six weeks at Greyfriars Primary School, 1pm: 29/01/2026, 12/03/2026, 23/04/2026 "
            "and 04/06/2026.",
            "Second review child protection conference: 16/07/2026 at 10am, Chilverby Civic Centre.",
        ]),
        ("p", "Plan agreed at the review conference on 15/01/2026 and sent to Funmi, Marcus (by his solicitor) "
              "and every agency on 19/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Initial conference plan in markdown: bullets under each outcome, each
#    bullet with its owner in bold, and a "How we'll know" line closing three
#    of the four outcomes. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b179_corrowby_icpc_outcome_bullets_how_well_know_lines_kowalczyk.md",
    "split": "heldout",
    "actions": 16,
    "template": "icpc-plan-md-details-table-what-happened-going-well-zofias-day-anias-words-then-the-plan-as-bold-owner-bullets-under-four-outcome-headings-three-closed-by-a-how-well-know-for-the-steps-above-line-one-with-none-then-if-things-go-wrong-meetings",
    "description": (
        "Initial conference plan for a 4-month-old whose mother has postnatal depression with thoughts of "
        "harming her, whose father works nights, and whose weight has fallen from the 50th to the 9th "
        "centile. The plan is bullets under four outcome headings, each bullet opening with its owner in "
        "bold; three outcomes close with a 'How we'll know (for the ... steps under Outcome n)' line that "
        "gives the check for every bullet above it (red book weights and the feed chart, a signed night "
        "rota, the cot and a room thermometer seen at visits), while the bullets under Outcome 3 have no "
        "group check and must carry their own. Faults under Outcome 3: the perinatal team only supporting "
        "and treating the mother, measured by attendance letters; the parent-infant worker's Video "
        "Interaction Guidance whose only check is 'progress will be discussed at core group'; a Stay and "
        "Play group 'when she feels ready'; the family support worker's weekly planning with no check at "
        "all; under Outcome 4 a passive baby bank referral with no one named; and a review conference "
        "'date to be confirmed'."
    ),
    "text": """\
# Corrowby Council - Children's Services

## Child protection plan for Zofia Kowalczyk-Nowak

Agreed at the initial child protection conference on 08/01/2026. A Polish interpreter (Ewa Sadowska) was at
the conference; a Polish copy of this plan will be given to Ania and Tomasz by 16/01/2026.

| | |
|---|---|
| **Child** | Zofia Kowalczyk-Nowak, born 28/08/2025 (4 months) |
| **Mum** | Ania Kowalczyk (26) |
| **Dad** | Tomasz Nowak (30), works nights at Stenhouse Logistics, 10pm to 6am, Sunday to Thursday |
| **Address** | Flat 11, Linnet House, Quarry Street, Corrowby CW4 9RN |
| **Paternal aunt** | Kasia Nowak (28), 3 Linden Court, Corrowby (five minutes' walk) |
| **Category** | Neglect, and risk of physical harm |
| **Chair** | Gwen Pritchard (IRO) |
| **Social worker** | Daniel Hughes, Corrowby Safeguarding Team (team manager: Carys Price) |
| **Health visitor** | Bethan Lloyd, Corrowby 0-19 Service |
| **Perinatal mental health** | Corrowby Perinatal Mental Health Team: Ruth Ellis (community psychiatric nurse), Dr Fiona Grant (consultant psychiatrist) |
| **GP** | Dr Olu Ajayi, Castle Road Medical Centre |
| **Family Hub** | Sian Morgan (parent-infant worker), Leah Brooks (family support worker) |

### What happened

On 15/12/2025 Ania told Bethan at a home visit that when Zofia cries at night she has pictures in her head
of putting a pillow over her face, and that on some nights she has put Zofia in her cot and left the room
for two or three hours so that she would not do it. Ania stopped taking her sertraline in November because
she was worried it would get into her breast milk, and she has since stopped breastfeeding. She is eating
very little and says she sleeps two or three hours a night. Tomasz works five nights a week, so Ania is
alone with Zofia from 9.30pm until 6.30am.

Zofia weighed 3.6kg at birth (50th centile). On 05/01/2026 she weighed 5.4kg, just above the 9th centile,
and she has gained only 90g in the last three weeks. The flat is cold (Ania and Tomasz say they cannot
afford to put the heating on), there is no steriliser, and on two nights Zofia slept in her car seat.

### What is going well

- Ania told Bethan how she was feeling, and asked for help herself.
- Ania has seen her GP, who restarted her sertraline on 06/01/2026, and she has met Ruth Ellis twice.
- Tomasz came to the conference, listened, and said he will do whatever is needed to keep Zofia and Ania
  safe.
- Kasia has slept at the flat on four nights since 17/12/2025 and has offered to do more.
- Zofia is alert and smiley. She follows faces and turns to Tomasz's voice.

### Zofia's day, and what Ania and Tomasz say

Zofia cannot tell us about her days, so this is what Bethan and Daniel have seen. At Bethan's visit on
05/01/2026 Zofia woke hungry and cried hard for ten minutes while Ania sat with her head in her hands;
when Tomasz made up a bottle she drank 150ml quickly and then smiled at him. Ania held her for the rest
of the visit but did not talk to her or look at her face. Daniel saw Zofia asleep in her car seat in the
living room on 30/12/2025, dressed in a vest and a sleepsuit, in a room that felt cold.

Ania said: "I love her, but at night my head tells me bad things and I am frightened of myself." Tomasz
said: "I did not know how bad it was. I thought she was just tired."

## The plan

### Outcome 1: Zofia is fed on time, gains weight and follows her centile line.

- **Bethan Lloyd (HV)** will weigh Zofia at home and plot her weight in the red book, every week until she
  is back on the 25th centile, then every two weeks.
- **Ania** will feed Zofia at least every three to four hours in the day and write each feed on the feed
  chart, every day from 09/01/2026.
- **Dr Olu Ajayi (GP)** will see Zofia for a weight and feeding review by 23/01/2026, and refer her to the
  paediatric dietitian if she has not put on weight by then.
- **Tomasz** will give Zofia her 10pm bottle before he leaves for work, on every night he works.

**How we'll know (for all four steps under Outcome 1):** Zofia's weight is plotted in the red book every
week and has climbed to the 25th centile by the review; the feed chart shows at least six feeds every
day, and Bethan and Daniel read it at every visit; Dr Ajayi's letter about the feeding review is on
Daniel's file by 30/01/2026.

### Outcome 2: Zofia is never on her own with Ania at night while Ania's thoughts are frightening her; another adult is always in the flat.

- **Tomasz** will ask Stenhouse Logistics to move him onto day shifts, and show Daniel the reply by
  30/01/2026.
- **Kasia Nowak (paternal aunt)** will sleep at the flat on every night Tomasz works, until he is on day
  shifts.
- **Kasia** will take Zofia out in her pram every Saturday from 10am to 12 noon, so that Ania can sleep.
- **Daniel Hughes (SW)** will visit the flat every week until the review conference, with one evening
  visit after 9.30pm each month.

**How we'll know (for all four steps under Outcome 2):** a rota of who is in the flat each night and who
has Zofia on Saturday mornings, signed each week by Tomasz and Kasia and checked by Daniel at every visit,
with no night left without a named adult; Daniel's evening visit records say who was there; the letter
from Stenhouse Logistics is on Daniel's file.

### Outcome 3: Zofia is cared for by a mum who is well enough to talk to her, play with her and answer her cries.

- **The Corrowby Perinatal Mental Health Team** will continue to offer Ania support sessions at home, with
  Ruth Ellis every week and a medication review with Dr Fiona Grant every month, from 13/01/2026; Ruth
  will send Daniel a letter each month listing the sessions Ania attended.
- **Ania** will take her sertraline every morning, as restarted by Dr Ajayi on 06/01/2026, and show Bethan
  the blister pack at each weighing visit.
- **Sian Morgan (parent-infant worker)** will do Video Interaction Guidance sessions with Ania and Zofia at
  home, every two weeks from 20/01/2026; progress will be discussed at core group.
- **Ania** will take Zofia to Baby Stay and Play at Riverside Children's Centre when she feels ready, and
  the centre's worker will write on the session sheet how Ania talked to and played with Zofia and send it
  to Daniel.
- **Leah Brooks (family support worker)** will help Ania plan each day of the week around Zofia's feeds,
  naps and one outing, every Tuesday morning from 20/01/2026.

### Outcome 4: Zofia sleeps safely, on her back in her own cot, in a warm home.

- A referral will be made to Corrowby Baby Bank for a cot, a mattress and a steriliser by 23/01/2026, and
  the cot will be seen set up at the next home visit.
- **Bethan** will go through safe sleep and the ICON plan for coping with crying with Ania and Tomasz by
  23/01/2026, and look at where Zofia sleeps at every visit after that.
- **Daniel** will apply to the council's Household Support Fund for an oil-filled heater and a top-up for
  the electricity meter by 16/01/2026.

**How we'll know (for all three steps under Outcome 4):** Zofia's cot is set up in her parents' room and
she is seen asleep in it, on her back, at Bethan's and Daniel's visits; the room thermometer from the ICON
pack reads 16 to 20 degrees in the bedroom at every visit.

## If things go wrong

- If Ania tells anyone that she feels she might act on her thoughts of harming Zofia, or Zofia is found
  alone with Ania at night with no other adult in the flat: Tomasz or Kasia takes over Zofia's care at
  once, the perinatal team's crisis line sees Ania within 4 hours, and Daniel (or the Emergency Duty Team)
  holds a strategy discussion the same day. Zofia stays with Tomasz at Kasia's flat, 3 Linden Court, until
  the strategy discussion has decided what happens next.
- If Kasia cannot stay on a night Tomasz is due at work, or has to stop helping for a while, Tomasz stays
  at home on those nights (his manager agreed on 07/01/2026 that he can swap shifts at no notice), and
  Tomasz takes Zofia out on Saturday mornings instead of Kasia. If neither of them can be with Ania and
  Zofia overnight, Tomasz rings Daniel (or the Emergency Duty Team) that evening, and Zofia stays that
  night in an emergency foster placement that Daniel or the Emergency Duty Team arranges.
- If Zofia's weight falls below the 2nd centile, or she loses weight at two weighs in a row, Bethan
  arranges for her to be seen the same day at the children's assessment unit at Corrowby General Hospital
  and tells Daniel.
- If Ania stops her sertraline or stops seeing the perinatal team, or Zofia's weight has not gone up by the
  core group on 17/02/2026, Daniel will ask Carys Price for a legal planning meeting within 10 working
  days.

## Core group and review

- Core group every four weeks at Riverside Children's Centre, 10am: 20/01/2026, 17/02/2026 and
  17/03/2026.
- Review child protection conference: date to be confirmed (within three months of 08/01/2026).
""",
    "findings": [
        F("H001", "will continue to offer Ania support sessions at home"),
        F("M002", "will do Video Interaction Guidance sessions with Ania and Zofia"),
        F("T002", "will take Zofia to Baby Stay and Play at Riverside"),
        F("M001", "will help Ania plan each day of the week"),
        F("W001", "A referral will be made to Corrowby Baby Bank"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Core group plan in markdown: one table whose last column, "Checked by,
#    and what they will see", names who checks each step and what they look
#    for. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b179_cobbenridge_core_group_checked_by_column_thackeray.md",
    "split": "heldout",
    "actions": 14,
    "template": "core-group-plan-md-summary-lines-then-worries-going-well-maisies-day-outcomes-then-step-who-does-it-when-checked-by-and-what-they-will-see-table-naming-the-checker-and-the-record-then-if-things-go-wrong-with-fallback-for-nanna-meetings",
    "description": (
        "Exemplary child protection plan for a 5-month-old with faltering growth (below the 2nd centile, "
        "bottles made up too weak to make the formula last), a flat head from long hours in a bouncer and "
        "late immunisations, whose father smokes cannabis daily at home; written up at the first core group. "
        "The one table has a last column headed 'Checked by, and what they will see', which names the "
        "person who checks each step and what they will see, count or read (the red book, a feed made up "
        "in front of the health visitor, oral fluid test results, a dietitian's feeding plan, ASQ-3 "
        "scores, an observation checklist, a manager reading visit records at supervision), including a "
        "check that opens with 'Monitored at every weigh-in' but names the weight to reach. The drug "
        "service gives a written view on the father's capacity to change, the contingency has named "
        "triggers and responses, a fallback for the grandmother's two rows and legal planning, and core "
        "group and review dates are set."
    ),
    "text": """\
# Cobbenridge Borough Council - Children's Services

## Child protection plan: Maisie Thackeray-Doyle

**Written up at the first core group, 15/01/2026** (initial child protection conference 05/01/2026,
chaired by Alan Brookes, IRO). Category: neglect.

- **Maisie** Thackeray-Doyle, born 11/08/2025 (5 months)
- **Mum:** Chloe Thackeray (20). **Dad:** Ryan Doyle (23). They live together at 27 Beech Walk,
  Hollins Estate, Cobbenridge CB5 3TW.
- **Nanna:** Tracey Thackeray (46), Chloe's mum, 9 Beech Walk (four doors away)
- **Social worker:** Kate Moreno, Cobbenridge Children's Services, Assessment and Safeguarding Team 2
  (team manager: Donna Fry)
- **Health visitor:** Nicola Barnes, Cobbenridge 0-19 Service
- **GP:** Dr Sarah Okoye, Hillside Surgery
- **Drug service:** Jamal Hussain, recovery worker, Cobbenridge Pathways (drug and alcohol service)
- **Family Hub:** Amber Kaur, family support worker

### What we are worried about

Maisie weighed 3.4kg at birth (50th centile). At 5 months she weighs 5.5kg, below the 2nd centile. In
December Nicola found that Chloe and Ryan had been putting four scoops of formula into 210ml of water
instead of seven, to make each tin last longer. Maisie missed two health visitor appointments in the
autumn and her 12-week and 16-week immunisations. She spends most of the day in her bouncer in front of
the television, and the back of her head has become flat. Ryan smokes cannabis every evening, three or
four joints, and the flat smelled strongly of it at both of Kate's visits in December. Chloe says Ryan
smokes on the balcony, but Kate saw ash trays in the living room.

### What is going well

- Chloe and Ryan came to the conference and to the core group, and both want Maisie to put on weight.
- Since Nicola showed them on 18/12/2025, Chloe has made up bottles correctly at every visit.
- Ryan has booked his first appointment at Cobbenridge Pathways himself.
- Tracey sees Maisie most days and is ready to help more.

### Maisie's day

Maisie cannot tell us what her days are like, so this is what Nicola, Kate and Amber have seen. When Kate
visited at 11am on 09/01/2026, Maisie was in her bouncer facing the television, in a nappy that had not
been changed since the night. She cried when Kate came in, then smiled when Chloe picked her up and sang
to her. She drank a full bottle in a few minutes and went to sleep on Chloe's shoulder. At Tracey's on
12/01/2026 Maisie lay on a playmat, reached for a rattle and laughed when Tracey blew on her tummy.

### What we want for Maisie

1. Maisie gets enough milk at every feed, and her weight climbs back to her 9th centile line by the
   review conference and to the 25th by the summer.
2. Maisie lives in a flat with no cannabis in it or smoked in it, with parents who are awake and clear-
   headed when she needs them.
3. Maisie spends her days being talked to, played with and held, and not left in her bouncer.
4. Maisie sees her health visitor and GP when she should and is up to date with her immunisations.

### The plan

The last column says who will check each step, and what they will see, count or read to know it is
working.

| # | Step | Who does it | When | Checked by, and what they will see |
|---|---|---|---|---|
| 1 | Weigh Maisie at home and plot her weight in the red book | Nicola Barnes, health visitor | Every week until Maisie is on her 9th centile line at two weighs running, then every two weeks | Monitored at every weigh-in by Nicola: Maisie's weight climbing from below the 2nd centile to the 9th by the review conference |
| 2 | Make up every bottle with one level scoop to each 30ml of water, and give Maisie 180ml every three to four hours in the day | Chloe and Ryan | Every feed, from today | Nicola and Kate, at every visit: a bottle made up correctly in front of them, and the feed chart on the fridge showing at least six feeds a day |
| 3 | Weight and feeding review by the paediatric dietitian, with a written feeding plan | Lucy Wong, paediatric dietitian, Cobbenridge Children's Hospital | Appointment on 28/01/2026 | Nicola: the feeding plan in the red book, and a copy on Kate's file by 04/02/2026 |
| 4 | Give Maisie tummy time and floor play three times a day, and keep her in the bouncer for no more than 30 minutes at a time | Chloe | Every day from 16/01/2026 | Nicola, at each visit: Maisie seen on her playmat or on her tummy, and her head shape measured at her 6-month review on 11/02/2026 |
| 5 | Take Maisie for her missed 12-week and 16-week immunisations | Chloe | By 30/01/2026 | Nicola: both immunisations written in the red book and on the GP record |
| 6 | Food bank voucher for Chloe today, and applications for Healthy Start and the Household Support Fund for formula | Kate Moreno, social worker | Voucher on 15/01/2026; applications by 23/01/2026 | Kate, at her next visit: the Healthy Start card has arrived; at least two tins of formula in the cupboard at every visit after that |
| 7 | Key-work sessions with Ryan on stopping cannabis, an oral fluid test at every session, and a written view on whether Ryan can stop and stay stopped, and how long that is likely to take | Jamal Hussain, recovery worker, Cobbenridge Pathways | Every Wednesday from 21/01/2026; written view by 26/03/2026 | Kate: each test result e-mailed to her after the session, negative by 28/02/2026; Jamal's written view on her file by 26/03/2026 |
| 8 | Keep cannabis out of the flat altogether, and never smoke it on the balcony or anywhere Maisie is | Ryan | From 15/01/2026 | Kate and Nicola, at every visit, announced or not: no smell of cannabis and no ash trays in the flat; Ryan's test results (step 7) |
| 9 | Home visits, at least one in three unannounced, seeing Maisie awake and undressed, her cot and the formula in the cupboard | Kate Moreno, social worker | Every week until the review conference | Donna Fry, team manager, at Kate's monthly supervision: visit records on file within 48 hours, each saying where Maisie was and how she was fed |
| 10 | Maisie's 6-month development review, using the ASQ-3 | Nicola Barnes, health visitor | On 11/02/2026 | Kate: the ASQ-3 scores in all five areas shared with the core group on 12/02/2026, and any area below the cut-off referred on by Nicola within two weeks |
| 11 | Have Maisie at her house so that Chloe can go to college, giving her bottles as the feed chart says | Tracey Thackeray (Nanna) | Every Tuesday and Friday, 9am to 1pm | Nicola: Tracey's feeds written on the same feed chart, read at each visit; Kate sees Maisie at Tracey's on one visit each month |
| 12 | Come to the flat at bath and bedtime and show Chloe and Ryan Maisie's bedtime routine, doing less each week | Tracey Thackeray (Nanna) | Mondays and Wednesdays, 6pm to 7.30pm, for six weeks from 19/01/2026 | Kate: at her evening visit in week 6 (w/c 23/02/2026) she sees Chloe and Ryan bath Maisie and settle her in her cot without Tracey |
| 13 | Baby massage and Baby and Me play sessions with Chloe and Maisie | Amber Kaur, family support worker, Cobbenridge Family Hub | Thursdays at 10am, 22/01/2026 to 26/02/2026 (six weeks) | Amber: at the last session she watches Chloe and Maisie play for ten minutes and scores the parent-baby observation checklist, and sends it to Kate |
| 14 | Tell Kate about any appointment Maisie misses at the surgery | Dr Sarah Okoye, GP, Hillside Surgery | Within two working days of any missed appointment | Kate: a letter or e-mail from the surgery on file for each missed appointment, and no missed appointments by the review |

### If things go wrong

- If Maisie's weight drops below the 0.4th centile, or she loses weight at two weighs in a row, Nicola
  arranges for her to be admitted that day to Wren Ward at Cobbenridge Children's Hospital for a feeding
  assessment, and rings Kate.
- If one of Ryan's tests is positive after 28/02/2026, or the flat smells of cannabis at any visit, Ryan
  leaves the flat that day and stays with his mother, Denise Doyle, at 8 Sorrel Way, until a strategy
  discussion that Kate holds within 24 hours decides when he can come back.
- If Chloe and Ryan miss two visits in a row, or do not let Kate in, Kate goes back the same day with a
  police officer to see Maisie.
- If Tracey cannot have Maisie on a Tuesday or Friday (she is ill or has to work), Chloe stays at home with
  Maisie that day and tells her college tutor. If Tracey has to stop the bedtime visits, Amber adds an
  evening session at the flat every Monday until week 6, and Kate rings Tracey and Chloe to agree it
  within two working days.
- If Maisie has not reached her 9th centile line by the core group on 12/03/2026, or Ryan is still using
  cannabis, Kate will ask Donna Fry for a legal planning meeting before the review conference, to decide
  whether to start the Public Law Outline.

### Meetings

- Core group every four weeks at Cobbenridge Family Hub, Thursdays at 1.30pm: 15/01/2026 (held),
  12/02/2026 and 12/03/2026.
- Review child protection conference: 02/04/2026 at 10am, Cobbenridge Town Hall, Committee Room 3.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Revised plan from the second core group, plain text: numbered one-line
#    owner-first actions, then a "Proof" list keyed by the action numbers.
#    Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b179_cathmere_core_group_numbered_plan_keyed_proof_list_dunleavy.txt",
    "split": "heldout",
    "actions": 16,
    "template": "revised-cp-plan-txt-caps-headings-initials-key-then-children-views-outcomes-then-numbered-owner-first-actions-with-when-then-separate-proof-how-the-core-group-will-know-list-keyed-by-action-numbers-some-grouped-then-what-if-and-meetings",
    "description": (
        "Revised child protection plan from the second core group for three children (11, 8 and 3) "
        "whose mother drinks cider every day: the 11-year-old cooks and minds her brothers, the house is "
        "dirty with little food, the 3-year-old has no nursery place and little speech. Plain text; a key "
        "of initials, then the plan as numbered owner-first sentences with their times, then a separate "
        "'Proof: how the core group will know' list keyed by the action numbers, some lines covering "
        "several actions ('1, 2 and 3', '4 and 5'). Faults: the health visitor's speech screen (9) is left "
        "out of the proof list and has no check of its own; the Breakfast Club (12) is keyed to 'progress "
        "will be reviewed at core group' and the class teacher's morning check-in (14) to 'monitored by "
        "school'; the nursery application is 'asap'; the window repair has no time at all; "
        "'Professionals' pass on what the children say; the contingency only says the core group will "
        "review and consider next steps; and nothing leads to legal planning."
    ),
    "text": """\
CATHMERE COUNCIL - CHILDREN AND FAMILIES SERVICE
REVISED CHILD PROTECTION PLAN
================================================

Children ......... Kayla Dunleavy, born 21/09/2014 (11, Year 6, Cathmere Vale Primary)
                   Brody Dunleavy, born 04/02/2017 (8, Year 4, Cathmere Vale Primary)
                   Mason Dunleavy-Fox, born 15/10/2022 (3, not in nursery)
Mum .............. Shannon Dunleavy (31), 41 Tenter Lane, Cathmere CM7 1DG
Mason's dad ...... Jordan Fox, in prison (release date July 2026); no contact
Category ......... Neglect (all three children)
Conference ....... Initial child protection conference 19/01/2026
This plan ........ Revised at the second core group, 10/02/2026, and replaces the outline plan

WHO IS WHO (initials used in the plan)
SQ  Sarah Quinn, social worker, Cathmere Children's Social Work Team 3 (team manager Paul Enright)
BH  Mr Ben Hollis, deputy head and DSL, Cathmere Vale Primary
ND  Noreen Doyle, alcohol worker, Cathmere Alcohol and Drug Service
KM  Kelly Marsh, family support worker, Cathmere Family Hub
AK  Aisha Khan, health visitor, Cathmere 0-19 Service
GT  Gemma Tait, school nurse, Cathmere 0-19 Service
JB  Josh Bell, Cathmere Young Carers

WHY THE CHILDREN HAVE A PLAN
Shannon has drunk strong cider every day since Mason was born, about three litres a day by her own
account. On 02/01/2026 the police found Kayla, then 11, cooking chips in a pan of oil at 10pm while
Shannon was asleep upstairs and could not be woken. Kayla gets her brothers up, takes Brody to school
and makes most of the meals. At SQ's visits there was little food in the house, the kitchen and
bathroom were very dirty, and the boys' bedroom window is broken and boarded. Brody's attendance is
86%. Mason says very few words, is not in nursery and has not had his 2-year review.

WHAT IS GOING WELL
- Shannon has been to three sessions at the Alcohol and Drug Service since the conference.
- The children are close and look after each other. Kayla is doing well at school and wants to go to
  Cathmere High in September.
- Shannon let SQ in for every visit and says "I want them to have a normal mum".

WHAT THE CHILDREN SAY
Kayla (with SQ at school, 05/02/2026): "I don't mind doing the tea, but I'm tired. I just want Mum to
stop drinking and get up in the mornings." She scored home 4 out of 10.
Brody (with SQ at school, 05/02/2026): "I like it when Kayla makes pasta. Mum sleeps a lot." He said
he would like "my own bed with no board on the window".
Mason (seen at home, 03/02/2026): he pointed at the fridge and said "juice", led SQ by the hand to
show her his cars, and went to Kayla, not Shannon, when he bumped his head.

WHAT NEEDS TO BE DIFFERENT FOR KAYLA, BRODY AND MASON
1. The children are looked after by a mum who is sober and up in the mornings, so that Kayla does not
   have to care for her brothers.
2. The children eat three meals a day in a clean, warm home with a safe bedroom.
3. Kayla and Brody are in school every day and on time.
4. Mason goes to nursery, and his speech and play are checked and helped.

THE PLAN
1.  SQ will visit the family at home every week until the review conference, seeing each child on
    their own at least once a fortnight.
2.  SQ will do four sessions of young carer work with Kayla at school, on Thursday lunchtimes from
    12/02/2026 to 05/03/2026.
3.  SQ will refer Kayla to Cathmere Young Carers by 20/02/2026.
4.  Shannon will go to her key-work sessions at the Alcohol and Drug Service every Tuesday from
    17/02/2026.
5.  ND will breath-test Shannon at every session and on two unannounced home visits a month, until
    the review conference.
6.  Shannon will get Kayla and Brody to school by 8.50am every school day.
7.  KM will work with Shannon at home on cleaning, shopping and cooking every Monday and Thursday for
    eight weeks from 16/02/2026, using the Cathmere home conditions scale.
8.  SQ will help Shannon apply for Mason's 15 hours of funded nursery at Little Wrens Nursery asap.
9.  AK will see Mason at home by 06/03/2026 for a speech and language screen, as part of the 2-year
    review he missed.
10. Shannon will ask the landlord, Cathmere Homes, to mend the broken window in the boys' bedroom.
11. GT will do health checks for Kayla and Brody (height, weight, eyes and teeth) by 13/03/2026.
12. BH will give Brody and Kayla a place at the school's Breakfast Club every school day from
    16/02/2026.
13. Professionals will tell SQ the same day if any of the children say they are hungry or have been
    left with Kayla in charge.
14. Mrs Rowe (Kayla's class teacher) will check in with Kayla at the start of every school day.
15. Shannon will see her GP about her drinking and about a community detox by 27/02/2026.
16. JB will give Kayla a place at the Young Carers Friday club, every Friday 6pm to 8pm from
    06/03/2026.

PROOF: HOW THE CORE GROUP WILL KNOW (the numbers are the plan's numbers above)
1, 2 and 3 ... SQ's visit records within 48 hours, saying each child was seen and what they said;
               Kayla's "my week" sheets from the sessions on file; the Young Carers acceptance letter
               on file by 06/03/2026.
4 and 5 ...... ND's monthly letter to SQ listing the sessions Shannon attended and every breath test
               reading; all home readings 0.00 by the review.
6 ............ Kayla's and Brody's attendance at 95% or more from the register, with no more than two
               late marks each half term; BH e-mails the figures to SQ every Friday.
7 ............ the home conditions scale scored by KM and SQ together in week 1 and week 8: from 2
               now to 6 or more by week 8.
8 ............ Mason on the Little Wrens register, in at least three days a week once he starts.
10 ........... the window mended, seen by SQ on a visit.
11 ........... health check letters on SQ's file, and any treatment the children need booked.
12 ........... progress will be reviewed at core group.
13 ........... each call logged on the children's chronology the same day.
14 ........... monitored by school.
15 ........... a GP letter to SQ saying what was agreed, on file by 06/03/2026.
16 ........... the Young Carers club register, sent to SQ at the end of each month.

WHAT IF THINGS DON'T GET BETTER
If things do not improve, or there are further concerns about the children, the core group will meet
early to review the plan and consider next steps.

MEETINGS
Core group every four weeks at Cathmere Vale Primary, 3.30pm: 10/03/2026 and 07/04/2026.
Review child protection conference: 20/04/2026 at 2pm, Cathmere Town Hall.

Plan typed by SQ on 11/02/2026 and sent to Shannon and all agencies.
""",
    "findings": [
        F("M001", "AK will see Mason at home by 06/03/2026"),
        F("T002", "help Shannon apply for Mason's 15 hours of funded nursery"),
        F("T001", "Shannon will ask the landlord, Cathmere Homes, to mend"),
        F("M002", "give Brody and Kayla a place at the school's Breakfast Club"),
        F("W002", "Professionals will tell SQ the same day if any"),
        F("M002", "Mrs Rowe (Kayla's class teacher) will check in with Kayla"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Review conference plan in Word: typed-numbered items in three parts;
#    two parts close with a "What the core group will see (for n.n to n.n)"
#    line, the middle part gives a "We will see:" sentence in each item, and
#    one item after a group line has its own. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b179_craddenham_rcpc_typed_parts_what_core_group_will_see_rashid.docx",
    "doc_title": "Child Protection Plan (Review) - Yusuf and Amira Rashid",
    "split": "heldout",
    "actions": 14,
    "template": "rcpc-plan-docx-kv-details-early-warning-signs-bullets-yusufs-words-amiras-day-outcomes-then-three-parts-of-typed-numbered-owner-first-items-two-parts-closed-by-a-bold-what-the-core-group-will-see-for-items-line-one-part-with-a-we-will-see-sentence-in-each-item-then-contingency-relapse-plan-meetings",
    "description": (
        "Exemplary first review conference plan for a 7-year-old and a 2-year-old whose mother has bipolar "
        "disorder and was detained in October after a manic episode in which the children were left to "
        "fend for themselves at night; their father has them at weekends and two relatives phone each "
        "evening. The plan is typed-numbered items in three parts. Parts 1 and 3 close with a bold 'What the "
        "core group will see (for 1.1 to 1.5)' / '(for 3.1 to 3.3)' line that gives the check for each item "
        "it names (the care coordinator's scored early warning signs, the psychiatrist's written opinion, "
        "lithium levels, a wellbeing chart, a signed relapse plan; visit records, the child's own words, a "
        "handover book); Part 2's items each carry their own 'We will see:' sentence (CPOMS feelings fan "
        "scores and attendance, the nursery register, a daily record, ASQ-3 scores, a routine chart), and "
        "3.4, after Part 3's line, has its own. Both mental health practitioners are asked for a view of "
        "the mother's capacity to change and how long it will take; the contingency has named triggers, "
        "responses, fallbacks for the father and the two relatives, and legal planning; core group and "
        "review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan - Review"),
        ("p", "Craddenham Metropolitan Borough Council, Children's Services, Locality Team South"),
        ("kv", [
            ("Children", "Yusuf Rashid, born 14/04/2018 (7, Year 3, Holme Lane Primary School); Amira Rashid, "
                         "born 02/09/2023 (2, Little Stars Nursery, Monday to Wednesday)"),
            ("Mum", "Nadia Rashid (33), 17 Fernbank Road, Craddenham CR3 6HE. The children live with her "
                    "from Sunday evening to Friday afternoon."),
            ("Dad", "Imran Rashid (36), 40 Beech Road, Craddenham, with his mother, Farida Rashid (64). The "
                    "children stay with him from Friday 4pm to Sunday 5pm."),
            ("Maternal aunt", "Samina Akhtar (38), 9 Ash Grove, Craddenham"),
            ("Conferences", "Initial conference 23/10/2025; first review conference 22/01/2026, chaired by "
                            "Elaine Ward (IRO). Category: neglect (both children)."),
            ("Social worker", "Tom Bright (team manager: Kath Lindley)"),
            ("Mental health", "Craddenham Community Mental Health Team: Rachel Dunn (care coordinator), "
                              "Dr Peter Okonkwo (consultant psychiatrist)"),
            ("Others", "Dr Emma Shaw, GP, Holme Lane Surgery; Mrs Angela Moss, DSL, Holme Lane Primary; Hannah "
                       "Lee, Amira's key person, Little Stars Nursery; Priya Desai, health visitor; Zoe Clarke, "
                       "family support worker, Craddenham Family Hub"),
        ]),
        ("h1", "Why there is still a plan"),
        ("p", "Nadia has bipolar disorder. In late September 2025 she became unwell: she stopped sleeping, "
              "stopped taking her lithium and spent money she did not have. On 08/10/2025 a neighbour found "
              "Yusuf at her door at 2am asking for milk for Amira; Nadia was out of the house. Nadia was "
              "detained under section 2 of the Mental Health Act on 09/10/2025 and came home on 31/10/2025. "
              "The children stayed with Imran and Farida while she was in hospital."),
        ("p", "Since November Nadia has taken her lithium and kept every appointment with Rachel. The core "
              "group's worries now are whether Nadia will stay well, whether everyone would notice quickly if "
              "she became unwell again, and what Yusuf carries: he still checks on his mum at night, and his "
              "attendance this year is 91%."),
        ("h2", "Nadia's early warning signs (from her CPA relapse plan)"),
        ("bullets", [
            "Sleeping less than five hours a night for two nights running.",
            "Talking very fast, starting lots of projects, or spending money on things she does not need.",
            "Stopping her lithium, or saying she does not need it any more.",
            "Going out at night, or not answering her phone to Samina or Farida in the evening.",
        ]),
        ("h1", "What Yusuf says, and Amira's day"),
        ("p", "Yusuf (with Tom at school, 15/01/2026): \"Mum's better now. When she was poorly she talked and "
              "talked and went out.\" \"I still get up to see if she's asleep.\" \"I like Dad's because Dadi "
              "makes parathas.\" He gave home 7 out of 10 and said \"it would be 10 if I knew Mum won't get "
              "poorly again\"."),
        ("p", "Amira says a few words and short phrases. Hannah sees her arrive at nursery happy, run to the "
              "sand tray and wave goodbye to her mum. On Tom's visit on 12/01/2026 she brought Nadia a book "
              "and sat on her lap for the whole story, pointing at the ducks."),
        ("h1", "What we want for Yusuf and Amira"),
        ("numbers", [
            "Yusuf and Amira are always cared for by an adult who is well, and if their mum starts to become "
            "unwell they are looked after by Dad, Dadi or Auntie Samina the same day.",
            "Yusuf does not have to check on his mum at night, and he knows what to do and who to ring if "
            "she is poorly.",
            "Yusuf and Amira go to school and nursery every day they should, fed, on time and ready to learn.",
        ]),
        ("h1", "The plan"),
        ("boldp", "Part 1: Nadia staying well, and the children safe if she becomes unwell"),
        ("pi", "1.1 Rachel Dunn (care coordinator, CMHT) will see Nadia at home every two weeks, go through her "
               "early warning signs with her, and write a report for each core group on how well Nadia is, "
               "whether she is keeping to her relapse plan as a parent, and how likely it is that she will stay "
               "well, and over what time."),
        ("pi", "1.2 Dr Peter Okonkwo (consultant psychiatrist) will review Nadia's treatment at her CPA review on "
               "12/03/2026 and give a written opinion on her capacity to care for Yusuf and Amira safely, what "
               "would need to change, and how long that is likely to take."),
        ("pi", "1.3 Dr Emma Shaw (GP) will check Nadia's lithium level every three months, next by 20/02/2026, "
               "and tell Tom and Rachel within two working days if it is outside the range."),
        ("pi", "1.4 Nadia will take her lithium every evening and keep to her sleep plan (in bed by 11pm), and "
               "tick both on the wellbeing chart Rachel has given her, every day from 23/01/2026."),
        ("pi", "1.5 Nadia and Imran will write a family relapse plan with Rachel and Tom by 19/02/2026, saying "
               "who will look after Yusuf and Amira, and where, if Nadia's early warning signs show."),
        ("kv", [
            ("What the core group will see (for 1.1 to 1.5)",
             "Rachel's written report at each core group, with a score for each early warning sign; Dr "
             "Okonkwo's written opinion on Tom's file by 19/03/2026; every lithium level in range in Dr Shaw's "
             "letters; the wellbeing chart, seen by Tom at each visit, with lithium ticked and bed by 11pm on "
             "at least six nights in seven; the signed relapse plan, with copies at home, at school, at "
             "nursery and at Imran's by 19/02/2026."),
        ]),
        ("boldp", "Part 2: Yusuf's and Amira's days"),
        ("pi", "2.1 Mrs Angela Moss (DSL, Holme Lane Primary) will check in with Yusuf every Monday and Friday "
               "morning using his feelings fan, and e-mail Tom a summary every Friday. We will see: Yusuf's "
               "feelings fan scores on CPOMS, and his attendance up from 91% to 96% or more by the May half "
               "term."),
        ("pi", "2.2 Nadia will take Amira to Little Stars Nursery by 9.15am on Mondays, Tuesdays and Wednesdays "
               "and collect her at 3pm. We will see: the nursery register showing Amira in on time on all "
               "three days in at least nine weeks out of ten."),
        ("pi", "2.3 Hannah Lee (Amira's key person) will write down Amira's meals, naps and play at every "
               "nursery session, and ring Tom the same day if Amira arrives hungry, unwashed or is collected "
               "late. We will see: Amira's daily record, copied to Tom every fortnight."),
        ("pi", "2.4 Priya Desai (health visitor) will do Amira's 2-year review, using the ASQ-3, by 27/02/2026. "
               "We will see: the ASQ-3 scores in the red book and shared with the core group on 05/03/2026."),
        ("pi", "2.5 Zoe Clarke (family support worker) will help Nadia with a morning and bedtime routine, every "
               "Tuesday and Thursday from 4pm to 7pm for six weeks from 27/01/2026. We will see: the routine "
               "chart on the kitchen wall filled in each day, and both children in bed by 7.30pm on at least "
               "five nights a week by week 6."),
        ("boldp", "Part 3: Yusuf's voice, and Dad and the family"),
        ("pi", "3.1 Tom Bright (social worker) will visit the children at Nadia's every three weeks and at "
               "Imran's once a month, seeing Yusuf on his own each time."),
        ("pi", "3.2 Tom will do four sessions of direct work with Yusuf about Mum's illness, using the 'Mum's "
               "Thinking Weather' book, every other Thursday from 29/01/2026."),
        ("pi", "3.3 Imran will care for the children every Friday from 4pm to Sunday 5pm, collecting Yusuf "
               "from school and Amira from Nadia's, and write in the children's home-link book each Sunday how "
               "the weekend went."),
        ("kv", [
            ("What the core group will see (for 3.1 to 3.3)",
             "Tom's visit records within 48 hours of each visit, with Yusuf's own words; by the last session, "
             "Yusuf can tell Tom three early signs that Mum is becoming poorly and who he would ring; Imran's "
             "note in the home-link book every Sunday, read by Nadia and seen by Tom at each visit."),
        ]),
        ("pi", "3.4 Farida Rashid (Dadi) and Samina Akhtar (Auntie Samina) will phone Nadia at 8pm on every "
               "evening the children are with her, taking turns by the rota on Nadia's fridge, and ring Tom (or "
               "the Emergency Duty Team) the same evening if Nadia sounds unwell. We will see: the rota with a "
               "tick for each call, checked by Tom at every visit, and any call to Tom or the Emergency Duty "
               "Team on the children's chronology."),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Nadia shows any of her early warning signs: whoever notices rings Rachel (or the Crisis "
            "Resolution Team out of hours, 01632 960 418) the same day, and Rachel sees Nadia within 24 hours. "
            "The children go to Imran and Farida at 40 Beech Road that day and stay there until Rachel and Tom "
            "agree that Nadia is well.",
            "If Imran cannot have the children (he is away or ill), they go to Samina at 9 Ash Grove. If neither "
            "can, Tom or the Emergency Duty Team arranges an emergency foster placement that day.",
            "If Farida or Samina cannot make the evening call, the other one makes it; if neither can for two "
            "evenings running, Zoe visits at 6pm on those evenings until they can.",
            "If the children are found alone, or Nadia has stopped her lithium, Tom holds a strategy discussion "
            "the same day and asks Kath Lindley for a legal planning meeting within 5 working days.",
            "If Dr Okonkwo's opinion is that Nadia cannot care for the children safely in the time they need, "
            "Tom will ask for a legal planning meeting before the next review conference.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at Holme Lane Primary School, 9.30am: 05/02/2026, 05/03/2026, "
            "02/04/2026 and 30/04/2026.",
            "Second review child protection conference: 21/05/2026 at 1.30pm, Craddenham Town Hall.",
        ]),
        ("p", "Plan agreed at the review conference on 22/01/2026 and sent to Nadia, Imran and every agency on "
              "26/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Review conference plan for a 13-year-old, landscape table with two check
#    columns: "What the adults will check" and "What Ellie will notice" (her
#    own words); page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b179_cuthwell_rcpc_teen_adults_check_ellie_will_notice_marsden.pdf",
    "doc_title": "Child Protection Plan (Review) - Ellie Marsden",
    "split": "heldout",
    "actions": 14,
    "landscape": True,
    "min_pages": 2,
    "header": "Cuthwell County Council · Children's Social Care · Child Protection Plan",
    "footer": "Ellie Marsden · Review CP plan (RCPC 27/01/2026) · Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-teen-plan-paged-landscape-header-footer-details-table-why-ellies-words-outcomes-then-table-with-part-banner-rows-what-will-happen-who-when-what-the-adults-will-check-what-ellie-will-notice-in-her-own-words-then-if-things-go-wrong-meetings",
    "description": (
        "First review conference plan for a 13-year-old young carer who self-harms, living with her "
        "father, who has severe depression and drinks every day since her mother died. A landscape table "
        "in three parts with two check columns: 'What the adults will check' (a safety plan and a count "
        "of self-harm in CAMHS letters, the Hub log, breath readings and an AUDIT score, the register, a "
        "fridge check, a council letter) and 'What Ellie will notice', in her own words from her meeting "
        "with the social worker, which count where they name something she will see. Faults: the school "
        "counsellor's drop-in with '-' for the adults' check and only Ellie's 'I'll feel less stressed "
        "and happier' (a feeling); the community mental health team only supporting the father and "
        "reviewing his antidepressants; the young carer's assessment 'when capacity allows'; a benefits "
        "and arrears row with '-' for who; the phone-downstairs rule with '-' in both check columns; and "
        "an outcome about the father only."
    ),
    "blocks": [
        ("title", "Child Protection Plan - Review"),
        ("table", {
            "rows": [
                ["Young person", "Ellie Marsden, born 19/05/2012 (13), Year 8, Cuthwell Academy"],
                ["Lives with", "Dad, Gary Marsden (47), 8 Slater Row, Cuthwell CU9 4JB. Ellie's mum, Lisa, died "
                               "in March 2022."],
                ["Nan", "Pat Marsden (72), Gary's mum, 31 Abbey Close, Cuthwell (ten minutes' walk)"],
                ["Conferences", "Initial conference 28/10/2025; first review conference 27/01/2026, chaired by "
                                "Deborah Lang (IRO). Category: neglect."],
                ["Social worker", "Nathan Reeves, Cuthwell Children's Social Care, Area Team West (team "
                                  "manager: Sue Hartley)"],
                ["Agencies", "Cuthwell CAMHS (Jess Howell); Cuthwell Community Mental Health Team (Martin Pryor, "
                             "care coordinator for Gary); Cuthwell Recovery Partnership (Dee Walsh, alcohol "
                             "worker); Dr Sunita Rahman, GP, Abbey Road Surgery; Cuthwell Academy (Ms Jo Pettit, "
                             "DSL; Mr Clive Fairbank, Head of Year 8; Mrs Anna Kemp, school counsellor); Cuthwell "
                             "Young Carers (Becky Lowe)"],
            ],
            "widths": [4.5, 21.2],
            "bold_first_col": True,
        }),
        ("h1", "Why Ellie still has a plan"),
        ("p", "Since Ellie's mum died, Gary has had severe depression and drinks six to eight cans of strong "
              "lager a day. Most days he stays in bed until the afternoon. Ellie does the shopping, cooks most "
              "meals and makes sure Gary takes his tablets. On 30/09/2025 she cut her arm badly enough to need "
              "stitches at Cuthwell General Hospital, and she has told CAMHS she cuts two or three times a "
              "week when things at home are bad. Her attendance this year is 71%. She is often on her phone "
              "until 2 or 3am."),
        ("p", "Since October Gary has seen his GP and started seeing the community mental health team, and "
              "Pat has Ellie for tea twice a week. Ellie has started at CAMHS and says she has cut \"less, but "
              "not never\"."),
        ("h1", "What Ellie says"),
        ("p", "Ellie met Nathan at Pat's on 22/01/2026 and helped write the last column of the plan. She said: "
              "\"I love my dad but I'm not his mum. I want to come home and him be up.\" \"School's alright "
              "when I actually go. I just can't be bothered when I've been up all night.\" \"Nan's is the only "
              "place I don't worry.\" She scored home 4 out of 10 (it was 2 in October) and said 7 would be "
              "\"Dad up, food in, and me not doing everything\"."),
        ("h1", "What needs to be different"),
        ("numbers", [
            "Ellie is safe from self-harm: she uses her safety plan and tells an adult before she hurts "
            "herself.",
            "Ellie comes home to food in the house and an adult who is up, sober and looking after her.",
            "Ellie is in school most days and has time to be 13, not a carer.",
            "Gary's depression is treated and he stops drinking.",
        ]),
        ("h1", "The plan"),
        ("p", "'What the adults will check' is what a worker will see, count or read. 'What Ellie will notice' "
              "is in Ellie's own words."),
        ("table", {
            "header": ["What will happen", "Who", "When", "What the adults will check", "What Ellie will notice"],
            "widths": [7.0, 4.4, 4.0, 6.1, 4.2],
            "rows": [
                ["Part 1: Keeping Ellie safe", H, H, H, H],
                ["Weekly CAMHS sessions with Ellie using DBT skills, and a safety plan she keeps on her phone",
                 "Jess Howell, mental health practitioner, Cuthwell CAMHS",
                 "Every Wednesday at 4pm, 04/02/2026 to 27/05/2026",
                 "Safety plan updated at each session, copy to Nathan; the number of times Ellie says she has "
                 "cut each week, in Jess's monthly letter to Nathan",
                 "\"I'll have a plan on my phone for when it gets bad.\""],
                ["See Ellie on her own at home, at school or at Nan's, and ask about her nights and who she talks "
                 "to online",
                 "Nathan Reeves, social worker", "Every two weeks until the next review conference",
                 "Visit notes within 48 hours with Ellie's words and her own 0-10 score for home",
                 "\"Nathan will write my score down and I'll see if it goes up.\""],
                ["A time-out card and a place in the Hub she can go to when she feels like hurting herself",
                 "Ms Jo Pettit, DSL, Cuthwell Academy", "Every school day from 02/02/2026",
                 "The Hub log of each time Ellie uses the card; any injury first-aided and reported to Nathan "
                 "the same day",
                 "\"I can walk out of a lesson without getting a detention.\""],
                ["Lunchtime drop-in sessions with the school counsellor",
                 "Mrs Anna Kemp, school counsellor, Cuthwell Academy", "Every Thursday lunchtime",
                 "-",
                 "\"I'll feel less stressed and happier at school.\""],
                ["Part 2: Dad's health and drinking", H, H, H, H],
                ["Continue to support Gary with his depression through care coordination and review of his "
                 "antidepressants",
                 "Martin Pryor, care coordinator, Cuthwell Community Mental Health Team", "Every two weeks",
                 "Martin's letter to Nathan after each visit, confirming that Gary was seen",
                 "-"],
                ["Alcohol key work with Gary, a breath test at each session, and a written report on whether he "
                 "can stop drinking and stay stopped, and how long that is likely to take",
                 "Dee Walsh, alcohol worker, Cuthwell Recovery Partnership",
                 "Every Tuesday from 03/02/2026; report by 30/06/2026",
                 "Breath readings and an AUDIT score in Dee's monthly letter to Nathan; the report on file by "
                 "30/06/2026",
                 "\"Dad will be up when I get home and there won't be cans in the recycling every day.\""],
                ["Liver function test and a review of Gary's drinking and his medication",
                 "Dr Sunita Rahman, GP, Abbey Road Surgery", "By 27/02/2026",
                 "GP letter with the result on Nathan's file by 06/03/2026",
                 "-"],
                ["Part 3: Home, food and school", H, H, H, H],
                ["Do the weekly food shop and cook tea on at least five nights a week",
                 "Gary Marsden (Dad)", "Every week from 29/01/2026",
                 "Nathan checks the fridge and cupboards at each visit, and asks Ellie who cooked that week",
                 "\"There'll be food in and I won't have to cook every night.\""],
                ["Have Ellie for tea, and for a sleepover on Saturdays",
                 "Pat Marsden (Nan)", "Every Wednesday, 4pm to 8pm, and Saturday 4pm to Sunday 11am",
                 "Pat texts Nathan each Sunday to say Ellie came and ate; Nathan sees Ellie at Pat's once a month",
                 "\"I get to go to Nan's and not worry about Dad.\""],
                ["Young carer's assessment with Ellie and Gary, and a written list of the jobs Ellie will stop "
                 "doing",
                 "Becky Lowe, Cuthwell Young Carers", "When capacity allows",
                 "The assessment and the list on Nathan's file",
                 "\"I won't have to do all the shopping.\""],
                ["Benefits check, and help with the council tax arrears letter so the bailiffs stop writing",
                 "-", "By 20/02/2026",
                 "A letter from the council agreeing a payment plan, on Nathan's file",
                 "-"],
                ["First-day call if Ellie is not in by 9am, and a weekly attendance report to Nathan",
                 "Mr Clive Fairbank, Head of Year 8", "Every school day; the report every Friday",
                 "Ellie's attendance up from 71% to 90% or more by the Easter holidays, from the register",
                 "\"I'll be in school more, and Dad won't get letters home.\""],
                ["Put Ellie's phone on charge downstairs at 10.30pm on school nights",
                 "Gary Marsden (Dad)", "Every school night from 28/01/2026",
                 "-", "-"],
                ["A place at the Young Carers club with other young carers her age",
                 "Becky Lowe, Cuthwell Young Carers", "Every Friday, 6pm to 8pm, from 06/02/2026",
                 "The club register sent to Nathan each month, and Becky's note of what Ellie chose to do",
                 "\"I'll have a night out that's just for me.\""],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Ellie cuts herself and the wound may need stitches, or she takes tablets: whoever is with her "
            "rings 999 or takes her to Cuthwell General Hospital, and rings Nathan (or the Emergency Duty Team). "
            "Nathan holds a strategy discussion with CAMHS and the hospital the same day.",
            "If Gary is found drunk and unable to look after Ellie, or there is no food in the house at a visit: "
            "Ellie goes to Pat's that day. If Pat cannot have her (she is ill or away), Nathan or the Emergency "
            "Duty Team arranges an emergency foster placement that night.",
            "If Pat can no longer have Ellie on Wednesdays or Saturdays, Pat or Gary rings Nathan that week and "
            "Becky adds a Wednesday evening Young Carers session for Ellie from the following week.",
            "If Gary's breath readings are not coming down by the core group on 07/04/2026, or Ellie is found "
            "without food or an adult again, Nathan asks Sue Hartley for a legal planning meeting within 10 "
            "working days.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at Cuthwell Academy, 3.30pm: 10/02/2026, 10/03/2026, 07/04/2026, "
            "05/05/2026 and 02/06/2026.",
            "Second review child protection conference: 14/07/2026 at 10am, Cuthwell County Hall.",
        ]),
        ("p", "Plan agreed at the review conference on 27/01/2026 and sent to Ellie, Gary, Pat and every agency "
              "on 30/01/2026."),
    ],
    "findings": [
        F("M002", "Lunchtime drop-in sessions with the school counsellor"),
        F("H001", "Continue to support Gary with his depression through care coordination"),
        F("T002", "Young carer's assessment with Ellie and Gary"),
        F("W001", "Benefits check, and help with the council tax arrears letter"),
        F("M001", "Put Ellie's phone on charge downstairs at 10.30pm"),
        F("F002", "Gary's depression is treated and he stops drinking."),
    ],
})
