"""Batch 215, module d: seven fictional plans (held-out material), places beginning with "d".

Batch: 215. Letter: d. Split: heldout (every plan).

Everything here is made up: children, families, professionals, schools,
nurseries, surgeries, hospitals, services, case systems, police forces and
councils (Drevenhall, Draxleigh, Derrymoss, Dimbleforth, Dortonbridge,
Dallenthwaite, Drewhaven and the rest). Any likeness to real people, places
or cases is a coincidence. The labels were written by hand from
docs/rules.md and the labelling conventions in sample_plans/README.md (1 to
13), without running, importing or reading planlint.

Focus: good plans where the owner and the check sit somewhere unusual. Five
of the seven plans are exemplary; what makes them unusual is where and how
each action's owner and check are written, in templates real services use.
Owners: one column per person or agency with the work under it, a "Lead"
line shared by a group of actions, initials in a key at the top, a person
named once in a lead-in and then "she" or "they", "I" in a young person's
own plan, the agent of a passive ("Noah will be collected from nursery by
his aunt"), a team or service named as the owner, owners in brackets after
the action or in a sign-off column, relatives introduced by relationship
("Gran (Maureen Tully)"). Checks: a numbered "How we will know" list matched
to numbered boxes, a "Proof" line, a "Show me" column, a separate "How we
will know" paragraph under each part, a record sent or shown to someone
named, a result or a reading, something a worker sees on a visit, the child
telling a named adult, a checklist ticked and shared. Layouts: an agency
grid, a case-system print with labelled lines and page furniture, a young
person's own plan, core group minutes with an action log, two-column cards
whose first row is a group banner, an agency table with a sign-off column
and an outline with lead lines. The two faulty plans are written as
plainly as the good ones; their faults sit mostly in owners and checks
("all agencies", "the family", "monitor", "keep an eye on").

The seven plans:

1. b215_drevenhall_agency_grid_numbered_checks_fenton.docx
   An initial conference plan for a 4-year-old and a 10-month-old
   (neglect; their mother's depression) set out as a landscape grid: one
   row per stage (dated weeks), one column per person or service (the
   Drevenhall 0-19 Team, the nursery class, Jade, "Nan (Carol Fenton)",
   the social worker, the community mental health team), each box
   numbered, and a numbered "How we will know" list matched to the boxes.
   The CMHT assesses and reports on Jade's capacity to change; the
   contingency has a fallback for Nan and legal planning after named
   triggers. Exemplary.
2. b215_draxleigh_case_print_initials_key_proof_lines_harding.pdf
   A case-system print for a 7-year-old and a 12-year-old (emotional abuse;
   their father's drinking and one violent night): a key of initials at the
   top, needs with outcomes, then task records whose Owner line holds only
   initials and whose Proof line holds a reading, a result, a record sent
   or shown to someone named; the alcohol service reports on change;
   page header and footer on every page. Exemplary.
3. b215_derrymoss_my_plan_i_will_show_me_lowry.md
   A 15-year-old's own plan (neglect; her mother's drinking): "I" is
   Tegan, her words throughout, a "What I'll do / When / Show me" table,
   then the adults' parts, each opened by a "Lead:" line shared by its
   items, with relatives introduced by relationship and a separate "How we
   will know" paragraph under each part. Exemplary.
4. b215_dimbleforth_core_group_minutes_bracketed_owners_osei.txt
   Minutes of a first core group for a 3-year-old and a 7-week-old (their
   father's psychosis): a person named once in a lead-in and then "she" or
   "they", owners in brackets after each action, passives with their
   agents ("will be collected from nursery by his aunt"), checks as a
   worker seeing something on a visit, a record sent to someone named,
   the child telling a named adult. The early intervention team reports
   on the father's capacity to change. Exemplary.
5. b215_dortonbridge_two_column_cards_banner_lead_quinn.pdf
   A plan for a 9-year-old and a 5-year-old (domestic abuse; their
   mother's partner gone, their mother's anxiety) as two-column cards
   whose first row is a group banner, each group opened by a "Lead" line
   the cards under it share unless a card names its own, teams and
   services as owners, checks as a checklist ticked and shared and the
   child telling a named adult; page header and footer. Exemplary.
6. b215_dallenthwaite_agency_table_sign_off_column_pryce.docx
   A first review conference plan for a 13-year-old and a 6-year-old
   (neglect; their mother's depression and anxiety) in an agency table
   whose "Signed off by (the person who does it)" column names each
   owner, with a typed, numbered evidence list under it. Faults: the
   school's breakfast club and check-ins evidenced only by "School will
   keep an eye on Ellie's presentation" (M002); the family support
   worker's sessions "Monitored by the family support worker" (M002); the
   CPN's support sessions measured by attendance with no view on capacity
   to change (H001); "All agencies" sharing worries (W002); "The family"
   seeing to teas and bedtimes (W002); and a CAMHS referral the evidence
   list leaves out (M001). 6 findings.
7. b215_drewhaven_outline_lead_lines_how_we_know_odell.md
   An initial conference plan for an 11-year-old and a 2-year-old
   (neglect; their father's cannabis and cocaine use) as an outline of
   parts, each opened by a "Lead:" line and closed by a "How we will
   know" paragraph keyed to item numbers. Faults: a part led by "the
   family network" (W002 on both its items); the DSL's check-ins checked
   by "keep an eye on how Tyler seems" (M002); the mother's parenting
   group checked by "Professionals will monitor" (M002); a parenting
   assessment the "How we will know" paragraph leaves out (M001); a stair
   gate that "will be fitted" by nobody, in a part with no lead (W001);
   and a contingency that sends the children and the father to the
   grandparents with no fallback if they cannot help (C003). 7 findings.

Plans 1 to 5 are exemplary: every action has a named owner (a person, a
role, a single agency or team, initials a key explains, "I" in the young
person's own plan, a lead-in or "Lead" line over the items under it, the
column or bracket it sits in, the agent of a passive), a real timescale
(a date, a frequency, an event, a dated stage, a start date) and something
that can be seen, counted, read or told to a named person; every outcome is
about the children; every contingency has specific triggers and concrete
protective responses, and says what happens if a relative's help fails;
every plan records the child's voice or observed day, core group dates or
frequency and a dated review conference, and legal planning after named
triggers; where a parent is ill or drinks, an adult service owns an action,
and any adult mental health service is asked to report on the parent's
capacity to change and the likely timescale. The two faulty plans hold 13
expected findings between them (6 and 7).

Counting convention used for "actions" (README convention 1): each
numbered box of the agency grid ("-" boxes are none), each task record of
the case print, each row of a plan table, each item of a part or a lead
line, each action of a minutes' action log and each card counts once.
Keys, who's who lists, updates, the children's and parents' words,
outcomes, "How we will know" lists and paragraphs, contingencies, meeting
dates, signatures and copy lists are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. An agency grid: one row per stage, one column per person or service,
#    numbered boxes, and a numbered "How we will know" list under it.
#    Exemplary (docx, landscape)
# ---------------------------------------------------------------------------
_GRID_HEAD = [
    "Stage",
    "Health visitor: Drevenhall 0-19 Team (Rachel Okoro)",
    "Drayhithe Primary School nursery class (Mrs Lena Shah, class teacher)",
    "Jade (Mum)",
    "Nan (Carol Fenton)",
    "Social worker (Sophie Marr)",
    "Drevenhall Community Mental Health Team (Tom Vickers, CPN)",
]

PLANS.append({
    "name": "b215_drevenhall_agency_grid_numbered_checks_fenton.docx",
    "doc_title": "Child Protection Plan - Kai and Poppy Fenton",
    "split": "heldout",
    "actions": 16,
    "landscape": True,
    "template": "agency-grid-docx-landscape-details-table-why-kai-and-poppy-have-a-plan-what-kai-says-poppys-day-as-her-carers-see-it-what-jade-and-nan-said-outcomes-numbered-then-grid-stage-rows-by-person-or-service-columns-numbered-boxes-dash-for-none-then-numbered-how-we-will-know-list-matched-to-box-numbers-then-if-things-go-wrong-bullets-then-meetings",
    "description": (
        "Exemplary initial conference plan for a 4-year-old in a school nursery class and his "
        "10-month-old sister (neglect): their mother has severe depression since her father's death and "
        "her partner leaving, stopped her sertraline in October, and the baby's weight has fallen to the "
        "9th centile with her 16-week immunisations missed; the boy's nursery attendance is 58%. The work "
        "is a landscape grid with one row per dated stage and one column per person or service (the "
        "Drevenhall 0-19 Team, the nursery class, Jade, 'Nan (Carol Fenton)', the social worker, the "
        "community mental health team); each box is numbered, '-' boxes hold nothing, and a numbered "
        "'How we will know' list under the grid gives each box its check (the red book weight e-mailed, "
        "registers sent, a checklist ticked and a copy left with Jade, ASQ-3 and WellComm scores, the "
        "CPN's letters, Kai telling Sophie about his teas at Nan's). The CMHT assesses Jade and reports "
        "on her capacity to change and how long it will take. The contingency has triggers, a fallback "
        "if Nan cannot help, and a legal planning meeting after named triggers; core group dates and the "
        "review conference are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Drevenhall Borough Council, Children's Social Care: Drevenhall Family Safeguarding Team. Plan "
              "agreed at the initial child protection conference on 13/01/2026 and written up by the social "
              "worker on 15/01/2026."),
        ("table", {
            "rows": [
                ["Children", "Kai Fenton, born 02/11/2021 (4), nursery class at Drayhithe Primary School; "
                             "Poppy Fenton, born 14/03/2025 (10 months)"],
                ["Home", "9 Larch Walk, Drevenhall DV3 6PL, with their mum"],
                ["Mum", "Jade Fenton (27)"],
                ["Dad", "Liam Cole, who lives in Dunmallow. He has not seen the children since March 2025 and "
                        "did not reply to the letter about the conference."],
                ["Nan", "Carol Fenton, Jade's mum, 31 Foundry Lane, Drevenhall (ten minutes' walk away)"],
                ["Category", "Neglect"],
                ["Social worker", "Sophie Marr (team manager: Gareth Lloyd)"],
                ["Conference chair", "Anne Whitfield, child protection chair"],
            ],
            "widths": [4.5, 21.2],
            "bold_first_col": True,
        }),
        ("h1", "Why Kai and Poppy have a plan"),
        ("p", "Jade's dad died in July 2025 and Poppy's and Kai's dad left a few weeks later. Since then Jade has "
              "had severe depression. She stopped taking her sertraline in October because she felt it was not "
              "working, and her GP, Dr Nina Rao at Drevenhall Road Surgery, referred her to the community mental "
              "health team in December. Poppy was born on the 50th centile and by 06/01/2026 she had dropped to "
              "the 9th. She has not had her 16-week immunisations. On two visits in December the health visitor "
              "found Poppy in a nappy that had not been changed for many hours and no food in the fridge. Kai has "
              "been in nursery on 58% of mornings this term; on the days he comes he is often late and hungry, "
              "and his talking is behind what staff would expect for his age."),
        ("h1", "What Kai says, and Poppy's day as the people who care for her see it"),
        ("p", "Sophie saw Kai at nursery on 09/01/2026 with Mrs Shah, and they played with the dolls' house. "
              "Kai put the mummy doll in the bed and said \"Mummy sleeping. Mummy sad.\" He put himself and the "
              "baby in the kitchen and said \"Kai do the biscuits for Poppy.\" Asked what he likes best, he said "
              "\"Nanny's house, chips\" and \"the big bike\" at nursery. Mrs Shah says he eats two bowls of cereal "
              "at snack time when he arrives late, and he hides under the coats when it is time to go home on "
              "days his mum is late."),
        ("p", "Poppy cannot tell us about her day, so this is what Rachel, Carol and Sophie have seen. She sits on "
              "her own, babbles \"ba\" and \"da\", and crawls towards anyone who comes in. When she is hungry she "
              "bangs her hands on her tray and cries hard; on 06/01/2026 she cried for most of Rachel's visit "
              "until Carol came round and fed her. She calms quickly on Carol's lap. At home she spends a lot of "
              "the day in her cot, and Rachel saw a flat patch on the back of her head."),
        ("h1", "What Jade and Carol said"),
        ("p", "Jade said: \"Some days I can't get out of bed and I hate myself for it. I want the kids to have "
              "what I had. I'll take the tablets again if someone checks on me and not just on them.\" Carol said "
              "she will help every week she can, but she works afternoons at Drevenhall Garden Centre and "
              "cannot have the children to live with her."),
        ("h1", "What we want for Kai and Poppy by the review conference"),
        ("numbers", [
            "Poppy is fed three meals and her milk every day, is changed regularly, and is back on or above the "
            "25th centile, with her immunisations up to date.",
            "Kai is at nursery every morning by 8.45am (attendance of 90% or more), has had breakfast, and his "
            "speech and language needs are known and being met.",
            "Kai and Poppy live in a clean, warm home with food in the cupboards, a clean cot and bedding, and "
            "nappies and clothes that fit.",
            "Kai and Poppy are cared for every day by a mum who is well enough to get up for them and notice "
            "when they are hungry, upset or unwell, and who has people to call when she is not.",
        ]),
        ("h1", "Who does what"),
        ("p", "The grid has one row for each stage of the plan and one column for each person or service. The "
              "work in a box is done by the person or service at the top of its column, during the stage in its "
              "row, unless the box gives its own day or how often. A box with \"-\" has nothing in it for that "
              "stage. Every box has a number; the numbered list under the grid, \"How we will know\", says for "
              "each box what someone will see, count or be sent."),
        ("table", {
            "header": _GRID_HEAD,
            "widths": [2.5, 3.85, 3.85, 3.85, 3.85, 3.85, 3.95],
            "rows": [
                ["Stage 1: weeks 1 to 4\n19/01/2026 to 13/02/2026",
                 "1. Weigh Poppy at home every Tuesday and go through her feeds and weaning with Jade.",
                 "2. Offer Kai a free breakfast club place from 8am every morning; ring Jade, then Sophie, if he "
                 "is not in by 9.15am.",
                 "3. Take Kai to nursery for 8.45am on Tuesdays, Wednesdays and Fridays, with breakfast eaten "
                 "before he goes.",
                 "4. Walk Kai to breakfast club on Mondays and Thursdays and stay at Larch Walk until Poppy has "
                 "had her lunch.",
                 "5. Visit the children at home every week until the review conference, one visit in three "
                 "unannounced; see Kai on his own and Poppy awake and being fed.",
                 "6. Assess Jade's depression at home by 06/02/2026: how her low mood is affecting her care "
                 "of Kai and Poppy, and what needs to change."],
                ["Stage 2: weeks 5 to 8\n16/02/2026 to 13/03/2026",
                 "7. Poppy's one-year review at home, with her ASQ-3 and a catch-up plan for her missed "
                 "immunisations.",
                 "8. WellComm speech and language screen with Kai, and a referral to Drevenhall Children's "
                 "Speech and Language Therapy if he scores red.",
                 "9. Take Poppy to Drevenhall Road Surgery for her missed 16-week immunisations, on the date "
                 "the practice nurse gives.",
                 "-",
                 "10. Go through the home conditions checklist with Jade at one visit each week: clean cot and "
                 "bedding, food in, nappies in, kitchen floor clear.",
                 "11. See Jade every fortnight, review her sertraline with Dr Rao, and write to Sophie on "
                 "whether Jade is making the changes Kai and Poppy need and how long that is likely to take."],
                ["Stage 3: weeks 9 to 12\n16/03/2026 to the review conference on 14/04/2026",
                 "12. Home visit every two weeks to check Poppy's weight and see her eat a meal with finger "
                 "foods.",
                 "13. Write a short report for the review conference on Kai's attendance, his WellComm result "
                 "and how he is at drop-off and home time.",
                 "14. Go with Kai and Poppy to the \"Cook and Eat\" group at Drevenhall Family Hub every "
                 "Wednesday morning.",
                 "15. Have Kai and Poppy at her house for tea every Wednesday and Sunday, 4pm to 6.30pm.",
                 "16. Three sessions with Kai at nursery using the Three Houses, so his own words go to the "
                 "review conference.",
                 "17. Write a report for the review conference on Jade's capacity to change in her care of the "
                 "children, the steps still needed and the likely timescale."],
            ],
        }),
        ("h2", "How we will know (matched to the numbers in the grid)"),
        ("numbers", [
            "Poppy's weight plotted in her red book each Tuesday, and Rachel e-mails it to Sophie the same day.",
            "Breakfast club and class registers, and the nursery's call log for any late or missed morning, sent "
            "by Mrs Shah to Sophie every Friday.",
            "The same registers show Kai in by 8.45am on his Tuesday, Wednesday and Friday mornings.",
            "The registers show Kai in on Mondays and Thursdays; Carol writes Poppy's lunch on the fridge chart, "
            "which Sophie reads at her visits.",
            "Visit records on the Drevenhall case record within two working days, with Kai's own words and what "
            "Poppy was doing.",
            "Tom's assessment letter to Sophie and Dr Rao by 13/02/2026, shared with the core group.",
            "Poppy's ASQ-3 scores written in her red book and sent by Rachel to Sophie with the catch-up plan.",
            "Kai's WellComm score given to Jade and Sophie; a copy of any referral on Kai's file.",
            "The immunisations written in Poppy's red book, which Jade shows Rachel at her next visit.",
            "The checklist ticked by Sophie and Jade at each visit, with a copy left with Jade and one on the "
            "case record; we are looking for every item ticked at three visits in a row.",
            "Tom's letter to Sophie before each core group, answering both questions, and read out at the core "
            "group.",
            "Rachel's visit notes, with Poppy's weight and what she ate, sent to Sophie after each visit.",
            "The report sent to Sophie and the conference chair by 07/04/2026.",
            "The Family Hub's group register sent to Sophie every month; Kai tells Sophie what they cooked.",
            "Carol texts Sophie when the children are home; Kai tells Sophie at her visits about his teas at "
            "Nan's.",
            "Kai's Three Houses drawings, with his words written on them, put on his file and taken to the "
            "review conference by Sophie.",
            "The report received by Sophie and the conference chair by 07/04/2026 and shared with Jade first.",
        ]),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Poppy has lost weight at a Tuesday weigh-in, or anyone finds her unfed or in a soaked nappy, "
            "Rachel (or whoever finds her) rings Sophie that day; Sophie visits the same day and Dr Rao sees "
            "Poppy within 24 hours.",
            "If Kai is not at nursery and Mrs Shah cannot reach Jade by 10am, Sophie or the duty social worker "
            "visits Larch Walk that morning.",
            "If Jade tells anyone she cannot keep the children safe, or that she is thinking of harming "
            "herself, they ring the CMHT duty worker (the Drevenhall Crisis Team out of hours) straight away, "
            "and Kai and Poppy go to Carol's that day until Tom and Sophie agree it is safe for them to come "
            "home.",
            "If Carol cannot do a Monday or Thursday, or cannot have the children for tea or in an "
            "emergency, she rings Sophie (or the Emergency Duty Team) as soon as she knows. Kai stays at "
            "breakfast club, a family support worker from Drevenhall Family Hub visits Larch Walk at "
            "lunchtime to see Poppy fed, and if the children need somewhere to stay that night Sophie "
            "arranges an emergency foster placement.",
            "If Poppy is still below the 9th centile at the core group on 10/03/2026, or Kai's attendance is "
            "below 85% at the end of Stage 2, or either child is found alone or unfed, Gareth Lloyd (team "
            "manager) will hold a legal planning meeting within five working days to decide whether to start "
            "the pre-proceedings stage of the Public Law Outline. Sophie will tell Jade the outcome in writing.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every three weeks at Drayhithe Primary School, 1.30pm: 27/01/2026, 17/02/2026, "
            "10/03/2026 and 31/03/2026. Jade and Carol are members.",
            "Review child protection conference: 14/04/2026 at 10am, Drevenhall Civic Centre.",
        ]),
        ("p", "Plan sent to Jade, Carol and every person and service in the grid on 15/01/2026. Liam Cole has "
              "been sent the parts about Kai and Poppy."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. A case-system print: a key of initials at the top, needs with outcomes,
#    then task records whose Owner line holds only initials and whose Proof
#    line holds a reading, a result or a record sent. Exemplary (pdf)
# ---------------------------------------------------------------------------
def _task(num, action, owner, due, proof):
    return [
        ("boldp", f"TASK {num}"),
        ("kv", [("Action", action), ("Owner", owner), ("Due", due), ("Proof", proof)]),
    ]


PLANS.append({
    "name": "b215_draxleigh_case_print_initials_key_proof_lines_harding.pdf",
    "doc_title": "Dovetail case record - Child Protection Plan - Leo and Amber Harding",
    "split": "heldout",
    "actions": 13,
    "min_pages": 3,
    "header": "OFFICIAL-SENSITIVE · Draxleigh County Council Children's Services · Dovetail case record: printed plan",
    "footer": "Leo and Amber Harding (DOV-448120 / DOV-448121) · Printed 23/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "case-system-print-pdf-page-header-footer-record-fields-kv-key-of-initials-table-at-top-reason-for-plan-childrens-views-three-houses-parents-views-then-needs-each-with-outcome-line-and-task-records-action-owner-initials-only-due-proof-lines-then-contingency-field-bullets-then-review-arrangements-field-then-print-footer-lines",
    "description": (
        "Exemplary child protection plan printed from an invented case system for a 7-year-old and a "
        "12-year-old (emotional abuse): their father drinks heavily and on Christmas Eve smashed a door "
        "and shouted at their mother until the girl rang 999; he is back at home under a written "
        "agreement. A key of initials at the top of the print explains every owner; under three needs, "
        "each with its outcome, the task records have Action / Owner / Due / Proof lines, the Owner line "
        "holding only initials (CH, JK, LH ...), and the Proof line a reading (twice-daily remote breath "
        "tests summarised for the social worker), a result (liver function tests sent with consent), a "
        "record sent or shown to someone named, or the child telling a named adult. The alcohol service "
        "reports on the father's capacity to change; the contingency covers a reading, violence, the "
        "uncle and the grandmother being unable to help, and legal planning after named triggers; the "
        "review arrangements field gives the core group dates and the review conference. Page header and "
        "footer on every page."
    ),
    "blocks": [
        ("p", "DOVETAIL · Children's Services case management · Form CP-PLAN (v4) · Printed by Sam Hollins, "
              "23/01/2026 14:12"),
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Record", "DOV-448120 Leo Harding; DOV-448121 Amber Harding"),
            ("Children", "Leo Harding, born 19/05/2018 (7), Year 3, Dallerton Junior School; Amber Harding, "
                         "born 08/02/2013 (12), Year 8, Dallerton Academy"),
            ("Address", "52 Coronation Road, Dallerton, Draxleigh DX4 9QT"),
            ("Plan type", "Initial child protection plan. Category: emotional abuse"),
            ("Conference", "Initial child protection conference, 14/01/2026; chair Helen Dryden"),
            ("Plan status", "Live from 14/01/2026; this print is version 1 as agreed with the family on "
                            "22/01/2026"),
        ]),
        ("h2", "KEY TO INITIALS (used in every field of this print)"),
        ("table", {
            "header": ["Initials", "Name", "Role"],
            "widths": [2.0, 4.5, 10.5],
            "rows": [
                ["SH", "Sam Hollins", "Social worker, Draxleigh Family Safeguarding Team (South)"],
                ["BT", "Bethan Teale", "Team manager, Draxleigh Family Safeguarding Team (South)"],
                ["NH", "Nicola Harding", "Mum"],
                ["CH", "Craig Harding", "Dad"],
                ["LH", "Linda Harding", "Craig's mum; Leo and Amber call her Grandma"],
                ["MH", "Mark Harding", "Craig's brother, Dockenfield"],
                ["AP", "Mrs Anita Patel", "Designated safeguarding lead, Dallerton Junior School"],
                ["DW", "Mr Dean Walsh", "Head of Year 8, Dallerton Academy"],
                ["JK", "Jo Kimber", "Recovery worker, Draxleigh Alcohol and Drug Service (DADS)"],
                ["CW", "Carl Whitby", "Group facilitator, Draxleigh Changing Ways programme"],
                ["RM", "Rhian Moss", "Independent domestic violence adviser, Draxleigh Domestic Abuse "
                                     "Partnership"],
                ["MB", "Dr Maya Bose", "GP, Dockenfield Surgery"],
                ["EF", "Ellen Frost", "School nurse, Draxleigh School Nursing Team"],
            ],
        }),
        ("h2", "REASON FOR PLAN"),
        ("p", "CH has drunk heavily for several years, most evenings and all weekend. On 24/12/2025 he came home "
              "drunk, shouted at NH for over an hour, punched a hole in the kitchen door and threw a chair. Amber "
              "rang 999 from her bedroom while Leo hid in her bed. CH was arrested and later given a caution. He "
              "stayed with LH until 10/01/2026 and has been back at home since then under a written agreement "
              "with SH: no alcohol in the house, breath tests twice a day, and the work below. Leo has started "
              "wetting the bed again and wakes most nights. Amber has missed six days of school since Christmas "
              "and told DW she \"has to be home in case something happens\"."),
        ("h2", "CHILDREN'S VIEWS"),
        ("p", "Leo (seen by SH at school on 16/01/2026, using the Three Houses). House of worries: \"Daddy "
              "shouting and the door broke.\" \"When the police came I hid in Amber's bed.\" House of good "
              "things: \"Grandma's pancakes.\" \"Daddy doing football with me on Sunday.\" House of dreams: \"Daddy "
              "doesn't drink the beer and nobody shouts, ever.\" Leo scored feeling safe at bedtime 4 out of 10."),
        ("p", "Amber (seen by SH on her own at Dallerton Academy on 19/01/2026): \"I rang 999 because Mum was "
              "screaming. I'm not sorry I did it.\" \"I don't want Dad to go away for ever. I want him to stop.\" "
              "\"I stay in on a school day if I think he's been drinking because Leo needs someone.\" She would "
              "like to go to Grandma's every weekend \"because it's quiet and she doesn't ask loads of "
              "questions\". Amber scored feeling safe at bedtime 5 out of 10."),
        ("h2", "PARENTS' VIEWS"),
        ("p", "NH: \"I want him home but not drinking. I can't do another night like Christmas Eve.\" CH: \"I "
              "know I frightened them. I'll do the tests. I've never had help before and I want it now.\""),
        ("h2", "NEED 1: Leo and Amber's home is calm and free of drink and violence"),
        ("p", "Outcome: by the review conference Leo and Amber will have had no more nights of shouting, "
              "breaking things or police at the house, and each will score feeling safe at bedtime at 7 or more "
              "out of 10 with SH."),
        *_task("1.1",
               "No alcohol in the house and no drinking at all; breath test on the DADS remote device twice a day.",
               "CH",
               "8am and 8pm every day from 19/01/2026 until the review conference",
               "Readings go straight to JK; JK e-mails SH a summary every Monday. Every reading should be 0.000."),
        *_task("1.2",
               "Key-work sessions on drinking and relapse, and a written view on whether CH is making the changes "
               "Leo and Amber need and how long that is likely to take.",
               "JK",
               "Every Thursday from 22/01/2026",
               "JK's report to SH five working days before each core group, with the breath test summary attached."),
        *_task("1.3",
               "Attend the Changing Ways programme for men who have been abusive at home.",
               "CH",
               "Tuesday evenings for 26 weeks from 03/02/2026",
               "CW sends SH an attendance and progress report at the end of each month."),
        *_task("1.4",
               "Safety planning with NH: what she will do and who she will ring if CH drinks or becomes "
               "threatening.",
               "RM",
               "Every two weeks from 27/01/2026 until the review conference",
               "Written safety plan signed by NH, copy to SH; RM's DASH score after each session sent to SH."),
        *_task("1.5",
               "Liver function blood tests for CH and a review of his physical health and withdrawal risk.",
               "MB",
               "First test by 30/01/2026; repeat test by 27/03/2026",
               "Results sent to JK and SH with CH's written consent, and read at the next core group."),
        *_task("1.6",
               "Home visits, seeing Leo and Amber each on their own; one visit in three after 7pm.",
               "SH",
               "Every week until the review conference",
               "Visit records on Dovetail within 2 working days, with each child's bedtime safety score and their "
               "own words."),
        ("h2", "NEED 2: Leo and Amber have someone to talk to, and are not carrying the worry on their own"),
        ("p", "Outcome: by the review conference Leo will be sleeping through most nights and dry on at least five "
              "nights a week, and Amber will be in school every day (attendance of 95% or more) and able to name "
              "three adults she would tell if things went wrong at home."),
        *_task("2.1",
               "Check in with Leo in the nurture room before the register and fill in his \"worry monster\" sheet "
               "with him.",
               "AP",
               "Every Monday and Friday at 8.50am until the Easter holidays",
               "Worry monster sheets scanned to the school's CPOMS record; AP e-mails SH a summary every Friday."),
        *_task("2.2",
               "Mentor session with Amber, ending with her rating her week from 1 to 10 in her planner.",
               "DW",
               "Every Wednesday, period 5, from 21/01/2026",
               "Amber shows SH her planner at home visits; DW sends SH her attendance every Friday."),
        *_task("2.3",
               "Four direct work sessions with Amber about the night of 24 December, ending with her own safety "
               "plan.",
               "SH",
               "Every two weeks from 28/01/2026, all four done by 11/03/2026",
               "Amber's safety plan card, naming the three people she would tell, copied to Dovetail; Amber "
               "tells DW where she keeps it."),
        *_task("2.4",
               "Assessment of Leo's bedwetting and nightmares, and a written plan for home.",
               "EF",
               "First appointment at school by 06/02/2026; follow-up by 06/03/2026",
               "EF's plan given to NH and SH; NH shows EF Leo's dry-nights chart at the follow-up, and EF sends "
               "SH the count."),
        ("h2", "NEED 3: Leo and Amber have calm time away from home with Grandma"),
        ("p", "Outcome: Leo and Amber have a regular, calm weekend night away from the house and an adult outside "
              "it whom they trust and can ring."),
        *_task("3.1",
               "Have Leo and Amber to stay at her house every Saturday night.",
               "LH",
               "Saturday 4pm to Sunday 12 noon, every week until the review conference",
               "LH texts SH on Sunday when the children are home; Leo and Amber tell SH about their weekend at "
               "her visits."),
        *_task("3.2",
               "Collect Leo from school on Wednesdays and give both children their tea, so that NH can go to her "
               "sessions with RM.",
               "LH",
               "Every Wednesday, 3.15pm to 6pm",
               "The school's collection log, sent by AP to SH every Friday."),
        *_task("3.3",
               "Tell SH if CH drinks at home, is threatening, or breaks the written agreement, and ring 999 if "
               "anyone is in danger.",
               "NH",
               "The same day, every time",
               "Call logged by SH on Dovetail, with the police log number where there is one."),
        ("h2", "CONTINGENCY"),
        ("bullets", [
            "Trigger: a breath reading above 0.000, a missed test, or CH drinking at home. Response: JK tells SH "
            "that day; CH leaves the house that day and stays with MH in Dockenfield until SH and JK agree he "
            "can come back; SH sees Leo and Amber within 24 hours. If MH cannot have him, CH stays with LH, and "
            "Leo's and Amber's Saturday nights are spent at home with NH until CH has left LH's.",
            "Trigger: CH refuses to leave, or is threatening or violent. Response: NH or Amber rings 999; SH (or "
            "the Emergency Duty Team) holds a strategy discussion with the police that day; NH and the children "
            "go to LH's that night, or, if LH cannot have them, RM finds them a place at Draxleigh Women's Refuge "
            "the same night.",
            "Trigger: LH cannot have the children on a Saturday, or cannot collect Leo on a Wednesday. Response: "
            "LH tells NH and SH by 12 noon. On a Wednesday Leo goes to the after-school club at Dallerton Junior "
            "School (booked by SH as the back-up) and NH collects him at 6pm; on a Saturday SH or the duty "
            "social worker visits the family that evening.",
            "Trigger: two breath readings above 0.000 before the review conference, or any violence or police "
            "call-out at the house. Response: BT holds a legal planning meeting within 5 working days to decide "
            "whether to start the pre-proceedings stage of the Public Law Outline; SH tells NH and CH the "
            "outcome in writing.",
        ]),
        ("h2", "REVIEW ARRANGEMENTS"),
        ("kv", [
            ("Core group", "Every 4 weeks at Dallerton Junior School, 10am: 03/02/2026, 03/03/2026 and 31/03/2026"),
            ("Review conference", "21/04/2026 at 2pm, Draxleigh County Hall"),
        ]),
        ("p", "Copies: NH; CH; LH; MH (contingency only); AP; DW; JK; CW; RM; MB; EF; BT; Helen Dryden (chair)."),
        ("p", "End of print. 13 open tasks; 0 closed."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. A 15-year-old's own plan: "I" is Tegan, a "What I'll do / When / Show
#    me" table, then the adults' parts each under a "Lead:" line with a "How
#    we will know" paragraph. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b215_derrymoss_my_plan_i_will_show_me_lowry.md",
    "split": "heldout",
    "actions": 17,
    "template": "young-persons-own-plan-md-written-by-tegan-with-her-social-worker-i-is-tegan-details-table-whos-who-in-her-words-relatives-by-relationship-why-theres-a-plan-what-i-want-scaling-what-will-be-different-by-the-review-then-my-part-table-what-ill-do-when-show-me-then-adults-parts-each-opened-by-lead-line-with-she-he-items-and-how-we-will-know-paragraph-then-plan-b-bullets-then-meetings",
    "description": (
        "Exemplary child protection plan written by a 15-year-old girl with her social worker after her "
        "initial conference (neglect): her mother drinks most days, has fallen twice and been found "
        "asleep on the floor, and Tegan cooks for and gets her 8-year-old brother to school (he has his "
        "own plan), missing a third of Year 10. 'I' is Tegan throughout. Her part is a table with no Who "
        "column (What I'll do / When / Show me: an attendance sheet Miss Cole prints for her, a signed "
        "young carers card, a register, a letter from the school nurse). The adults' parts (Gran, "
        "introduced as 'Gran (Maureen Tully)'; Mum; the recovery service; school; the social worker) "
        "each open with a 'Lead:' line, hold items in 'she' or 'he', and close with a separate 'How we "
        "will know' paragraph that gives each item its check. The recovery service assesses the mother "
        "and reports on her capacity to change. Plan B covers Mum drinking, Gran being unable to help, "
        "and a legal planning meeting after named triggers; core group dates and the review conference "
        "are set."
    ),
    "text": """\
# My child protection plan: Tegan Lowry

Derrymoss Council, Children's Services (Derrymoss Family Safeguarding Team)

I wrote this plan with Zara Bennett, my social worker, after my initial child protection conference on
20 January 2026. Where it says "I", it means me, Tegan. My part is first. The grown-ups' parts come
after it: they agreed them at the conference, and Zara and I wrote them up in plain words and checked
them with each person. My brother Alfie has his own plan, written for an 8-year-old.

| | |
|---|---|
| **Me** | Tegan Lowry, born 11/06/2010 (15), Year 10 at Derrymoss High School |
| **Home** | 14 Weaver Street, Derrymoss DM2 5TJ, with Mum and Alfie |
| **Category** | Neglect |
| **Social worker** | Zara Bennett (her manager is Paul Greer) |
| **Conference chair** | Ruth Ambler |

## Who's who

- **Mum**: Kerry Lowry (41).
- **Alfie**: my brother, 8, Year 4 at Derrymoss Primary School.
- **Gran (Maureen Tully)**: Mum's mum. She lives on Beacon Street, ten minutes away.
- **Zara**: Zara Bennett, my social worker, Derrymoss Children's Services.
- **Miss Cole**: Miss Hannah Cole, my head of year and the designated safeguarding lead at Derrymoss
  High School.
- **Dev**: Dev Sharma, Mum's recovery worker at the Derrymoss Recovery Service (drink and drugs).
- **Jess**: Jess Abbott, young carers worker at Derrymoss Young Carers.
- **Nadia**: Nadia Hussain, school nurse, Derrymoss School Nursing Team.
- **Dr Farouk**: our GP at Derrymoss Health Centre.

## Why there's a plan

Mum drinks most days, mostly vodka, and it has got worse since she lost her job in the summer. Twice
since October she has fallen and I found her asleep on the kitchen floor. Most nights I cook tea and
put Alfie to bed, and I get him to school in the mornings. I have missed about a third of Year 10 this
year, mostly because I stayed home when Mum was bad. The conference said the drinking means Alfie and
I are not being looked after the way we should be, and that too much of it is falling on me.

## What I want (in my words)

- "I want Mum to stop, not just say she'll stop."
- "I don't want to move out and I don't want Alfie to go anywhere. Gran's is fine for a night."
- "I want to do my GCSEs properly. I want to be a paramedic."
- "I don't want people being nice to me at school in front of everyone. Just let me get on with it."
- "I'm tired. I want one night a week where I don't have to listen out for her."

On 15 January I scored home 3 out of 10 (10 is "Mum sober and me not doing everything") and school 6
out of 10.

## What will be different by the review conference

1. Alfie and I are looked after every evening by an adult who is sober, and I am not the one who
   cooks tea, does bedtime or checks on Mum.
2. I am in school every day (attendance of 95% or more from now to the review) and on track for my
   mock exams in March.
3. I have one night a week when I can sleep without listening out, and people outside home I can ring
   if things go wrong.
4. I score home at 6 out of 10 or more with Zara.

## My part

| What I'll do | When | Show me |
|---|---|---|
| Go to school every day, and if I really have to stay home I will text Miss Cole the reason before 8.30am | Every school day from 21/01/2026 | My attendance sheet, which Miss Cole prints for me every Friday and I show Zara |
| Go to the Derrymoss Young Carers group and stay for the whole session | Every Thursday, 5pm to 7pm, from 22/01/2026 | Jess signs my young carers card each week and I show it to Zara |
| Ring Zara, or Gran after 5pm, if Mum has been drinking and I'm worried about her or Alfie, instead of sorting it out on my own | The same night, every time | Zara writes each call on my record and we go through them together at our fortnightly meeting |
| Do my revision at homework club instead of at home | Tuesdays and Wednesdays, 3.15pm to 4.30pm, until my mocks start on 09/03/2026 | Homework club register, and my mock results, which I will show Zara |
| Book to see Nadia, the school nurse, about my sleep and the headaches | Booked by 30/01/2026; seen by 13/02/2026 | Nadia writes to Zara after I see her, saying what we agreed |

## Gran's part

**Lead: Gran (Maureen Tully)**

- She has Alfie and me for tea at her house on Mondays and Wednesdays, 4pm to 7pm, from 26/01/2026,
  so I'm not cooking on those nights.
- She has us both to stay every Friday night until Saturday lunchtime, from 23/01/2026, so I get a
  proper night's sleep.

**How we will know:** Gran texts Zara when we are back home on Mondays and Wednesdays, and texts her
again when we leave on Saturdays. At our fortnightly meetings I tell Zara how the teas and the
Friday nights went.

## Mum's part

**Lead: Mum (Kerry Lowry)**

- She goes to her key-work sessions with Dev every Tuesday at 10am from 27/01/2026, so that she is
  sober when Alfie and I are at home.
- She keeps no alcohol in the house from 21/01/2026, so Alfie and I never find her drunk at home.

**How we will know:** Dev sends Zara Mum's attendance and her breath test reading from each session
every other Friday. Zara looks in the kitchen and the fridge at her visits and writes down what she
sees, and she asks Alfie and me on our own whether Mum has been drinking.

## Dev's part (Derrymoss Recovery Service)

**Lead: Dev Sharma, recovery worker**

- He assesses whether Mum needs a home detox or one in hospital, with Dr Farouk, by 20/02/2026.
- He writes to Zara before each core group to say whether Mum is making the changes Alfie and I need,
  and how long he thinks that will take.

**How we will know:** Dev's detox assessment letter goes to Zara and Dr Farouk by 20/02/2026, and Zara
tells me what it says. His core group letter is read out at each core group, and Mum gets a copy.

## School's part

**Lead: Miss Cole**

- She meets me in her office for ten minutes every Monday at 8.40am to check in, just us, not in front
  of my class.
- She e-mails Zara by 10am on any day I'm not in school and haven't texted her.
- She sets up catch-up sessions in English and maths with Mr Doyle, twice a week until my mocks start
  on 09/03/2026.

**How we will know:** Miss Cole keeps a check-in sheet that I sign each Monday, and she e-mails it to
Zara every Friday with my attendance. Zara gets Miss Cole's same-day e-mails on file. Mr Doyle's
catch-up register goes to Zara at the end of each half term (13/02/2026 and 27/03/2026).

## Zara's part

**Lead: Zara Bennett, my social worker**

- She visits us at home every week until the review conference, one visit in three unannounced, and
  sees Alfie and me each on our own.
- She meets me on my own every other Thursday at 4pm, before Young Carers, somewhere I choose.
- She makes sure Jess does my young carer's assessment by 27/02/2026.

**How we will know:** Zara writes up each visit and each meeting on my file within two working days,
with what I said in my own words, and I can read them whenever I ask. Jess's assessment comes to Zara,
and Zara and I go through it together by 06/03/2026.

## Plan B (if things go wrong)

- If Mum is drunk while she is looking after Alfie, or I can't wake her: I ring Zara (or the
  Emergency Duty Team after 5pm), and 999 if Mum can't be woken. Alfie and I go to Gran's that
  night.
- If Gran can't have us, or can't do a tea day or a Friday (she is in hospital, ill or away): she
  rings Zara by 12 noon. Alfie goes to the after-school club at Derrymoss Primary School (Zara has
  booked it as a back-up), I go to homework club, and Zara visits home that evening. If we need
  somewhere to sleep and Gran can't have us, Zara or the Emergency Duty Team finds a foster carer who
  can have Alfie and me together that night.
- If Mum's breath test is over the limit at two sessions in a row, or she misses three sessions with
  Dev, or Alfie or I are left on our own overnight, Paul Greer (Zara's manager) will hold a legal
  planning meeting within five working days to decide whether to start pre-proceedings under the
  Public Law Outline. Zara promised to tell me first, before anyone else.

## Meetings

- Core group every four weeks at Derrymoss High School, 3.30pm: 03/02/2026, 03/03/2026 and
  31/03/2026. I will go to the first half of each one.
- Review child protection conference: 21/04/2026 at 4pm (after school), Derrymoss Civic Centre.

Agreed by Tegan Lowry and Zara Bennett, 22/01/2026.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Core group minutes with an action log: owners in brackets after each
#    action, a person named once in a lead-in then "she", passives with
#    their agents. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b215_dimbleforth_core_group_minutes_bracketed_owners_osei.txt",
    "split": "heldout",
    "actions": 15,
    "template": "core-group-minutes-txt-plain-text-council-heading-meeting-details-present-and-apologies-then-numbered-items-updates-in-reported-speech-noah-and-ama-voice-and-observed-day-outcomes-then-action-log-numbered-actions-with-owners-in-brackets-after-the-action-a-lead-in-then-she-items-passives-with-agents-then-contingency-items-then-next-meetings-then-minute-taker-and-distribution",
    "description": (
        "Exemplary first core group record for a 3-year-old and a 7-week-old (emotional abuse and "
        "neglect): their father has paranoid schizophrenia, stopped his depot injection in November, and "
        "in December told the midwife the baby was 'being watched through the monitor' and took the "
        "monitor apart at 3am while holding her; he is now back under the early intervention team and "
        "not to be alone with the children. The actions agreed are the plan, written as an action log in "
        "which each owner sits in brackets after the action, the social worker is named once in a "
        "lead-in and then called 'she', and passives carry their agents ('Noah will be collected from "
        "nursery by his aunt, Abena Mensah'). Checks are what a worker sees on a visit, a record sent to "
        "someone named, a weight in the red book and Noah telling his key person. The early "
        "intervention team reports on the father's capacity to change and the likely timescale. The "
        "contingency lists his early warning signs, the aunt and grandmother being unable to help, and "
        "legal planning after named triggers; the next core groups and the review conference are dated."
    ),
    "text": """\
DIMBLEFORTH METROPOLITAN BOROUGH COUNCIL
CHILDREN AND FAMILIES SERVICE - DIMBLEFORTH NORTH SAFEGUARDING TEAM

CORE GROUP MEETING 1: NOTES AND ACTIONS
Noah Osei (born 04/08/2022, aged 3) and Ama Osei (born 02/12/2025, aged 7 weeks)
Home: 23 Quarry Bank, Dimbleforth DB6 1LW
Category: emotional abuse and neglect (initial child protection conference 12/01/2026)
Meeting: Tuesday 20/01/2026, 1pm to 2.40pm, Dimbleforth Family Hub

PRESENT
  Claire Dunn          Social worker, Dimbleforth North Safeguarding Team (chair)
  Efua Osei            Mum
  Kwame Osei           Dad (for items 1 to 4 and 6)
  Abena Mensah         Efua's sister (Noah and Ama's aunt)
  Lucy Brennan         Health visitor, Dimbleforth Health Visiting Service
  Siobhan Kerr         Care coordinator, Dimbleforth Early Intervention in Psychosis Team
  Gail Ferris          Noah's key person, Dimbleforth Rainbow Nursery
APOLOGIES
  Dr Samir Haddad      Consultant psychiatrist, Dimbleforth Early Intervention in Psychosis Team
                       (sent a written update)
  Gloria Osei          Kwame's mother (Nana Gloria); her part was agreed by phone with Claire on 19/01/2026
  Martin Ashby         Team manager, Dimbleforth North Safeguarding Team

1. WHAT HAS HAPPENED SINCE THE CONFERENCE

Claire said that Kwame moved to his mother's flat at 8 Hilltop Court on 13/01/2026, as agreed at the
conference, and has come to the house every afternoon when Efua or Abena was there.

Siobhan said Kwame had his first depot injection since November on 15/01/2026 and has agreed to have it
every two weeks. He told her he still feels "watched" some evenings but knows now that "it's the illness
talking". Dr Haddad's written update said Kwame's symptoms were "settling but not settled" and that he
would expect to know within eight weeks whether the depot is working.

Lucy said Ama weighed 4.6kg on 16/01/2026, on the 25th centile, and is feeding well. Efua is tired but
has had no low mood; her Edinburgh score on 16/01/2026 was 6.

Gail said Noah has been at nursery every day since the conference, but is clingy at drop-off and told
her last week that "Daddy broke the baby's telly".

2. NOAH AND AMA: WHAT THEY SAY AND HOW THEY ARE

Noah told Claire at home on 16/01/2026, while they played with his trains, that "Daddy was shouting at
the telly and the baby's telly" and that "Daddy is poorly in his head, Mummy said". He asked whether
Daddy could "come back for bathtime". He likes Auntie Abena "because she does the silly voices", and
said Nana Gloria's flat is "the one with the fish".

Ama cannot tell us how she is, so this is what Efua, Lucy and Claire have seen. She feeds every three
hours and settles quickly against Efua's chest. She is alert, follows faces and has started to smile.
She startles and cries at loud voices, and Efua says she has been more unsettled on the evenings Kwame
is agitated.

3. WHAT KWAME AND EFUA SAID

Kwame said he wants to move home "when the doctors say I'm well, not before". He is frightened that he
could have hurt Ama "without meaning it". Efua said she wants the family back together but "only when
it is safe for the children", and that she needs to know what to look out for.

4. WHAT WE WANT FOR NOAH AND AMA (from the conference)

  a) Noah and Ama are never cared for on their own by Kwame while he is unwell, and are not frightened
     or woken by his illness.
  b) Ama keeps growing on or around the 25th centile and has her 8-week check and immunisations on
     time.
  c) Noah is at nursery every day, settles at drop-off within ten minutes, and understands, in words
     that make sense for a 3-year-old, why Daddy is living at Nana's.
  d) Noah and Ama have adults around them who know the signs that Kwame is becoming unwell and what to
     do straight away.

5. ACTIONS AGREED (THESE ARE NOAH'S AND AMA'S CHILD PROTECTION PLAN)

Each action says who does it, in brackets; when; and how the core group will know it has been done.
Claire Dunn, the social worker, leads the plan and does actions 5.1 to 5.4. She will:

  5.1 visit Noah and Ama at home every week until the review conference, one visit in three
      unannounced, seeing Noah on his own and Ama being fed or changed, and write up what she sees
      within two working days, so the core group gets a summary of each visit.
  5.2 do three "Daddy's poorly" sessions with Noah using the storybook the EIP team gave Efua, by
      27/02/2026; Noah's drawings from the sessions go on his file, and Gail is told what Noah has
      been told so she uses the same words.
  5.3 meet Kwame every two weeks from 27/01/2026 to go through this plan with him and hear his views,
      and send him and Siobhan a note of each meeting.
  5.4 book a place for Noah at Rainbow Nursery's late club on Mondays, Wednesdays and Fridays as the
      back-up for 5.7, by 30/01/2026; the booking confirmation goes on Noah's file.

  5.5 See Kwame at home every week and give his depot injection every two weeks from 29/01/2026, and
      write to Claire before each core group on whether his symptoms are settling, whether he is making
      the changes Noah and Ama need to be safe with him, and how long that is likely to take (Siobhan
      Kerr, with Dr Haddad).
  5.6 Review Kwame in clinic by 13/02/2026 and write to Claire with his view of Kwame's prognosis, the
      changes still needed before Kwame could care for Noah and Ama on his own, and how long they are
      likely to take (Dr Samir Haddad, agreed in his written update); the letter is shared with Kwame
      and Efua and read at the core group on 17/02/2026.
  5.7 Noah will be collected from nursery by his aunt, Abena Mensah, every Monday, Wednesday and Friday
      at 3pm until the review conference; the nursery's collection book shows who collected him, and
      Gail sends a copy to Claire every Friday.
  5.8 Kwame's time with Noah and Ama will be supervised at the family home by Efua or Abena, every
      afternoon from 2pm to 5pm; whoever is there signs the contact diary, which Claire reads at each
      visit.
  5.9 Kwame will not be alone with Noah or Ama, and will not stay overnight at Quarry Bank, until at
      least the review conference and until Siobhan and Claire agree in writing that he is well enough
      (Kwame). Efua will tell Claire the
      same day if this is broken, and Claire asks Noah about his days at each visit.
  5.10 Noah and Ama will be looked after on Saturdays at 8 Hilltop Court by Nana Gloria (Gloria Osei),
      10am to 4pm, with Kwame there only while she is in the room; Gloria texts Claire when the
      children are back home, and Noah tells Gail about his Saturday at nursery on Monday, which she
      writes in his learning journal.
  5.11 Ama will be weighed at the Dimbleforth Central baby clinic by Lucy Brennan (health visitor)
      every two weeks until she is 16 weeks old; her weight goes in the red book and Lucy e-mails it
      to Claire the same day.
  5.12 Ama's 8-week check and first immunisations at Dimbleforth Central Surgery (Efua), on 27/01/2026
      and 03/02/2026 as booked; Efua shows Lucy the red book at the next clinic.
  5.13 Check Efua's mood with her at each clinic visit and complete an Edinburgh scale when Ama is 12
      weeks old, on or by 24/02/2026 (Lucy Brennan); the score is sent to Claire and to Efua's GP.
  5.14 Keep a note of how long Noah takes to settle at drop-off, what helps him, and anything he says
      about home (Gail Ferris), every nursery day until the review conference; the notes go to
      Claire every other Friday and are read at each core group.
  5.15 Go with Efua to the "Looking after you, looking after them" group for partners and carers at the
      EIP team, four Thursday sessions from 05/02/2026 (Abena Mensah), so they both know what to do if
      Kwame becomes unwell; the group leader's attendance sheet goes to Claire after the fourth
      session.

6. IF THINGS GO WRONG (CONTINGENCY)

  - Early warning signs (agreed at this meeting with Siobhan, Kwame and Efua): Kwame not sleeping, talking about being watched
    or about the monitor, refusing or missing his depot, or arriving agitated. If any of them happens,
    whoever sees it rings Siobhan (the Dimbleforth Crisis Team out of hours) and Claire (the Emergency
    Duty Team out of hours) straight away. Kwame leaves the family home at once and does not come back
    until Siobhan and Claire agree it is safe; if he will not leave or there is any risk to the
    children, Efua rings 999.
  - If Abena cannot collect Noah, she rings Efua and Gail by 12 noon. Efua collects Noah; if she cannot,
    he stays at the late club (action 5.4) and Claire or the duty social worker collects him by 5.30pm.
  - If Abena or Efua cannot be at the house during Kwame's afternoon time, that afternoon is cancelled
    and Kwame sees the children the next day instead.
  - If Nana Gloria cannot have the children on a Saturday, or is unwell, she rings Efua by Friday
    evening; the children stay at home with Efua and Abena, and Kwame does not see them that day.
  - If Kwame is found alone with Noah or Ama while unwell, stops his depot, or there is another night
    like 18 December, Martin Ashby (team manager) will hold a legal planning meeting within five
    working days to decide whether to start pre-proceedings under the Public Law Outline. The same
    applies if Siobhan's letter before the core group on 14/04/2026 says Kwame is unlikely to be well
    enough within the children's timescales.

7. NEXT MEETINGS

  - Core group every four weeks at Dimbleforth Family Hub, 1pm: 17/02/2026, 17/03/2026 and
    14/04/2026.
  - Review child protection conference: 28/04/2026 at 10am, Dimbleforth Town Hall, Committee Room 2.

Minutes: Claire Dunn, 21/01/2026. Sent to everyone present, to the apologies, and to Kwame (all items).
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Two-column cards: one table per group whose first row is a banner with
#    the group's outcome and its Lead; each row a card (what will happen and
#    when | how we'll know). Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b215_dortonbridge_two_column_cards_banner_lead_quinn.pdf",
    "doc_title": "Child Protection Plan - Jayden and Lily Quinn",
    "split": "heldout",
    "actions": 14,
    "min_pages": 3,
    "header": "OFFICIAL-SENSITIVE · Dortonbridge City Council · Child protection plan: Jayden and Lily Quinn",
    "footer": "Agreed at the initial conference, 21/01/2026 · Core group every 4 weeks · Page {PAGE} of {NUMPAGES}",
    "template": "two-column-card-tables-pdf-page-header-footer-details-kv-why-jayden-in-his-words-lilys-drawing-what-sasha-said-what-we-want-then-one-table-per-group-first-row-merged-group-banner-with-outcome-and-lead-no-header-row-each-card-row-what-will-happen-and-when-left-how-well-know-right-card-names-own-owner-where-not-lead-then-if-this-happens-table-then-meetings-bullets",
    "description": (
        "Exemplary initial conference plan for a 9-year-old and a 5-year-old (emotional abuse): the "
        "younger child's father assaulted their mother in front of them in November and is under a "
        "non-molestation order but keeps texting; the mother has panic attacks and anxiety that have "
        "stopped her doing the school run. The plan is four two-column tables, each with no header row: "
        "its first row is a merged banner giving the group's outcome for the children and its Lead "
        "('Lead for every card: Kirsty Hale, social worker, unless a card names someone else'; the "
        "school's DSL; a mental health practitioner; 'Grandad (Phil Quinn)'), and each row below is a "
        "card, what will happen and when on the left and how we'll know on the right. Cards that belong "
        "to someone else name them (the police Domestic Abuse Safeguarding Unit, the IDVA, Lily's "
        "teacher, the attendance officer, the family support worker). Checks include a bedtime checklist "
        "ticked and shared, Jayden telling his teacher the code word, and Lily telling Miss Fry about "
        "Grandad's. The mental health practitioner reports on capacity to change; the contingency covers "
        "the father, the mother's panic, Grandad being unable to help and legal planning after named "
        "triggers. Page header and footer on every page."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Dortonbridge City Council · Children's Services · Dortonbridge East Safeguarding Team"),
        ("kv", [
            ("Children", "Jayden Quinn, born 17/09/2016 (9), Year 5; Lily Quinn, born 03/05/2020 (5), Reception; "
                         "both at Dortonbridge Park Primary School"),
            ("Home", "6 Kestrel Road, Dortonbridge DN3 8HW, with their mum, Sasha Quinn (32)"),
            ("Lily's dad", "Ryan Booth (35), who has not lived at the house since 19/11/2025; a non-molestation "
                           "order stops him contacting Sasha or coming to Kestrel Road or the school until "
                           "20/11/2026"),
            ("Jayden's dad", "Lee Carver, who lives in Dortonbridge and sees Jayden most Sundays"),
            ("Grandad", "Phil Quinn, Sasha's dad, 2 Orchard Bungalows, Dortonbridge"),
            ("Category", "Emotional abuse. Initial child protection conference 21/01/2026 (chair: Rob Kenning)"),
            ("Social worker", "Kirsty Hale (team manager: Aled Morgan)"),
        ]),
        ("h1", "Why Jayden and Lily have a plan"),
        ("p", "On 18/11/2025 Ryan came home angry, pushed Sasha into the glass door of the living room and "
              "held her by the throat while Jayden and Lily watched from the stairs. Jayden ran to a neighbour "
              "and the police were called. It was the fourth time the police had been to the house since "
              "March. Ryan has left, but he has sent Sasha more than forty texts since December, some of them "
              "threats, and drove past the school twice in January. Since the assault Sasha has had panic "
              "attacks most days and has not been able to leave the house some mornings; the children have "
              "missed 14 days of school this term and Jayden has been getting Lily ready."),
        ("h1", "What Jayden and Lily say"),
        ("p", "Jayden (talking to Kirsty in the school library on 16/01/2026): \"I had to run to Carol's in my "
              "socks. I thought Ryan was going to kill Mum.\" \"I don't want him to come back. I want Mum to be "
              "like before, when she did the park.\" \"I get Lily's breakfast when Mum's got her panicky "
              "thing.\" He scored feeling safe at home 5 out of 10 and at school 8 out of 10."),
        ("p", "Lily drew her family for Kirsty: Mum, Jayden, herself and Grandad holding hands, and Ryan on his "
              "own in a car \"going away\". She said: \"Mummy was crying on the floor.\" \"I like Grandad's, he "
              "has the dog.\" Her teacher, Miss Fry, says Lily hides under the table when the classroom gets "
              "loud and will only come out for her."),
        ("h1", "What Sasha said"),
        ("p", "\"I'm not letting him back, whatever he says. The worst bit is the mornings. My chest goes and I "
              "can't get out of the door, and Jayden ends up doing it all.\""),
        ("h1", "What we want for Jayden and Lily by the review conference"),
        ("bullets", [
            "Jayden and Lily have no more contact with Ryan, see and hear no more violence, and know what to "
            "do and whom to ring if he comes to the house.",
            "Both children are in school every day (95% or more), on time, and Jayden is not the one getting "
            "Lily ready.",
            "Lily comes out from under the table within a few minutes when the classroom is loud, and Jayden "
            "scores feeling safe at home at 7 out of 10 or more.",
        ]),
        ("h1", "The plan, as cards"),
        ("p", "The plan is in four groups. The first row of each group is its banner: what the group is for, "
              "and its Lead, who does every card in that group unless the card names someone else. Each card "
              "then has two sides: on the left, what will happen and when; on the right, how we'll know."),
        ("table", {
            "widths": [9.5, 7.5],
            "rows": [
                ["GROUP A · Jayden and Lily are safe from Ryan and know what to do if he comes · Lead for every "
                 "card: Kirsty Hale, social worker, unless a card names someone else", H],
                ["A1. Visit Jayden and Lily at home every week until the review conference, one visit in three "
                 "unannounced, and see each child on their own.",
                 "Kirsty's visit records on the Dortonbridge case file within two working days, with each "
                 "child's own words and Jayden's safety score."],
                ["A2. Two safety planning sessions with Jayden at school by 13/02/2026: the code word, who he "
                 "rings, where the phone is kept.",
                 "Jayden tells his teacher, Mr Amir Khan, the code word and the three people he would ring; "
                 "Mr Khan e-mails Kirsty that he has."],
                ["A3. The Dortonbridge Police Domestic Abuse Safeguarding Unit (PC Hannah Doyle) puts a "
                 "warning marker on 6 Kestrel Road and the school by 30/01/2026, and treats any breach of "
                 "the order as a priority call.",
                 "The marker reference e-mailed to Kirsty and written into this plan at the first core "
                 "group; any breach log sent to Kirsty within 24 hours."],
                ["A4. Meena Rai, Sasha's independent domestic violence adviser at Dortonbridge Domestic Abuse "
                 "Service, updates Sasha's safety plan with her every two weeks from 27/01/2026, including "
                 "the children's part.",
                 "The updated safety plan, signed by Sasha, copied to Kirsty after each session, with "
                 "Meena's DASH score."],
                ["A5. Sasha rings 999 if Ryan comes to the house or the school, and shows Kirsty any text or "
                 "call from him on the day it arrives.",
                 "Police log number on the case file; Kirsty records each message Sasha shows her and sends "
                 "it to PC Doyle."],
            ],
        }),
        ("table", {
            "widths": [9.5, 7.5],
            "rows": [
                ["GROUP B · Jayden and Lily are settled at school and can talk about what they saw · Lead for "
                 "every card: Mrs Joanne Platt, designated safeguarding lead, Dortonbridge Park Primary "
                 "School, unless a card names someone else", H],
                ["B1. Check in with Jayden in the Rainbow Room every school day at 8.45am until the Easter "
                 "holidays, using his feelings thermometer.",
                 "The feelings thermometer sheets kept on CPOMS, and a summary e-mailed to Kirsty every "
                 "Friday."],
                ["B2. Lily's teacher, Miss Ella Fry, keeps a note every school day of when Lily hides or cries, "
                 "what set it off and what helped her come out.",
                 "The note shown to Sasha at Friday pick-up and sent to Kirsty every other Friday; we want "
                 "fewer times each fortnight."],
                ["B3. Refer Jayden to the Dortonbridge Children's Domestic Abuse Recovery group (\"Bounce "
                 "Back\") by 06/02/2026.",
                 "The group's acceptance letter copied to Kirsty, and Jayden's start date written on this "
                 "plan at the next core group."],
                ["B4. The attendance officer, Mr Dan Ellis, rings Sasha by 9.30am on any day either child is "
                 "not in, and tells Kirsty the same day.",
                 "Call log and both children's attendance sent to Kirsty every Friday; 95% or more for each "
                 "child by the review."],
            ],
        }),
        ("table", {
            "widths": [9.5, 7.5],
            "rows": [
                ["GROUP C · Jayden and Lily are looked after by a mum whose anxiety no longer stops the "
                 "school run, meals or bedtime · Lead for every card: Owen Bright, mental health "
                 "practitioner, Dortonbridge Primary Care Mental Health Service, unless a card names someone "
                 "else", H],
                ["C1. Assess Sasha's anxiety and panic attacks by 13/02/2026: how they affect the school run, "
                 "meals and bedtime for Jayden and Lily, and what needs to change.",
                 "Owen's assessment letter to Kirsty and Sasha's GP, Dr Lena Marsh at Dortonbridge Health "
                 "Centre, by 20/02/2026."],
                ["C2. Eight weekly CBT sessions for panic with Sasha from 23/02/2026, and a letter before each "
                 "core group on whether she is making the changes the children need and how long that is "
                 "likely to take.",
                 "Owen's letter to Kirsty before each core group, with Sasha's GAD-7 score, read at the core "
                 "group."],
                ["C3. Ruth Amos, family support worker at Dortonbridge Family Hub, makes a morning and bedtime "
                 "routine with Sasha and visits every Monday for six weeks from 02/02/2026.",
                 "A routine checklist ticked by Sasha each morning and night, shared with Ruth and Kirsty "
                 "every Monday."],
            ],
        }),
        ("table", {
            "widths": [9.5, 7.5],
            "rows": [
                ["GROUP D · Jayden and Lily have calm time with Grandad and get to school on time · Lead for "
                 "every card: Grandad (Phil Quinn, Sasha's dad)", H],
                ["D1. Do the school run on Tuesdays and Thursdays, collecting the children from Kestrel Road "
                 "at 8.20am, until the review conference.",
                 "The school's late book shows both children in by 8.45am on those days; Jayden tells Kirsty "
                 "at her visits."],
                ["D2. Have Jayden and Lily for tea and a bath at his bungalow every Friday, 4pm to 7.30pm.",
                 "Phil texts Sasha and Kirsty when the children are home; Lily tells Miss Fry about "
                 "Grandad's on Monday mornings, and Miss Fry writes it in her note (B2)."],
            ],
        }),
        ("h1", "If this happens"),
        ("table", {
            "header": ["If this happens", "This is what we will do"],
            "widths": [6.0, 11.0],
            "rows": [
                ["Ryan comes to the house or the school, or contacts Sasha or the children",
                 "Sasha or the school rings 999 and the police treat it as a breach of the order. Kirsty (or "
                 "the Emergency Duty Team) holds a strategy discussion with the police that day. If Sasha and "
                 "the children do not feel safe at home that night, they go to Grandad's, or Meena finds them "
                 "a place at Dortonbridge Women's Refuge the same night."],
                ["Sasha has a panic attack that stops her caring for the children, or cannot get them to "
                 "school",
                 "Sasha rings Grandad, who comes to Kestrel Road, and she tells Kirsty the same day. Kirsty "
                 "tells Owen, who sees Sasha within 2 working days."],
                ["Grandad cannot do a school run, a Friday or an emergency (he is ill or away)",
                 "Phil rings Sasha and Kirsty by 7.30am (or by 12 noon for a Friday). Ruth Amos or the duty "
                 "family support worker does the school run that morning; on a Friday Kirsty visits the "
                 "children at home after school. If the children need looking after overnight and neither "
                 "Sasha nor Phil can, Kirsty (or the Emergency Duty Team) arranges an emergency foster "
                 "placement for them together."],
                ["Sasha lets Ryan back into the house, the children see or hear more violence, or school "
                 "attendance is still under 85% at the core group on 03/03/2026",
                 "Aled Morgan (team manager) holds a legal planning meeting within 5 working days to decide "
                 "whether to start pre-proceedings under the Public Law Outline. Kirsty tells Sasha the "
                 "outcome in writing."],
            ],
        }),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every 4 weeks at Dortonbridge Park Primary School, 3.30pm: 03/02/2026, 03/03/2026 "
            "and 31/03/2026.",
            "Review child protection conference: 28/04/2026 at 1.30pm, Dortonbridge Council House.",
        ]),
        ("p", "Sent to Sasha, Phil, Lee Carver (the parts about Jayden), and every person named in the cards, "
              "on 23/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. An agency table whose last column names who does and signs off each
#    action, with a numbered evidence list under it. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b215_dallenthwaite_agency_table_sign_off_column_pryce.docx",
    "doc_title": "Child Protection Plan (first review) - Mason and Ellie Pryce",
    "split": "heldout",
    "actions": 14,
    "template": "review-conference-plan-docx-details-table-decision-why-what-mason-and-ellie-say-parents-and-nan-views-what-we-want-numbered-then-agency-table-no-what-will-happen-when-signed-off-by-the-person-who-does-it-then-evidence-list-typed-numbers-matched-to-table-then-contingency-bullets-then-review-arrangements",
    "description": (
        "First review conference plan for a 13-year-old boy and his 6-year-old sister (neglect): their "
        "mother has depression and anxiety and is under the community mental health team, the house is "
        "dirty and the children's mattresses are soiled, the girl needs six teeth out, and the boy does "
        "the cooking and misses school. The work is an agency table (No. / What will happen / When / "
        "Signed off by (the person who does it)) with a numbered evidence list under it matched to the "
        "table numbers. Faults: the school's breakfast club and check-ins evidenced only by 'School will "
        "keep an eye on Ellie's presentation' (M002); the family support worker's sessions evidenced by "
        "'Monitored by the family support worker' (M002); the CPN's support sessions for the mother, "
        "measured by attendance, with no view on her capacity to change (H001); 'All agencies' sharing "
        "worries (W002); 'The family' making sure of teas and bedtimes (W002); and a CAMHS referral the "
        "evidence list leaves out (M001)."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Dallenthwaite Council · Children and Young People's Service · Dallenthwaite West Safeguarding "
              "Team. Plan agreed at the first review child protection conference."),
        ("table", {
            "rows": [
                ["Children", "Mason Pryce, born 30/07/2012 (13), Year 8, Dallenthwaite Academy; Ellie Pryce, "
                             "born 21/09/2019 (6), Year 1, Dallenthwaite St Cuthbert's C of E Primary School"],
                ["Home", "17 Mill Race, Dallenthwaite DL4 7NS, with their mum, Leanne Pryce (34)"],
                ["Dad", "Gary Pryce, 3 Chapel Yard, Dowlinghay; sees the children every Saturday"],
                ["Nan", "Brenda Pryce, Gary's mum, 40 Mill Race (four doors away)"],
                ["Conference", "First review child protection conference, 22/01/2026 (initial conference "
                               "23/10/2025). Chair: Yvonne Clarke"],
                ["Decision", "Plan continues under the category of neglect"],
                ["Social worker", "Megan Doyle (team manager: Chris Ogden)"],
            ],
            "widths": [3.5, 13.5],
            "bold_first_col": True,
        }),
        ("h1", "Why the plan continues"),
        ("p", "Leanne has had depression and anxiety since Ellie was born, and since the summer has spent most "
              "days in bed. She is under the Dallenthwaite Community Mental Health Team. There has been some "
              "progress since October: the children now have a GP and Ellie has been seen by the dentist. But "
              "the kitchen and both bedrooms were dirty again at three visits in December, the children's "
              "mattresses are soiled, and Ellie needs six teeth taken out under general anaesthetic. Mason has "
              "been cooking most teas and getting Ellie to school; his attendance is 81% and he told his form "
              "tutor he is \"tired all the time\"."),
        ("h1", "What Mason and Ellie say"),
        ("p", "Mason (seen by Megan on his own on 15/01/2026): \"It's not as bad as before but Mum still doesn't "
              "get up most days. I don't mind doing tea, I just want someone else to do it sometimes.\" \"I can't "
              "sleep. I lie there thinking.\" He scored home 5 out of 10, up from 3 in October."),
        ("p", "Ellie (seen at school on 16/01/2026) drew her bedroom with \"the smelly bed\" and said \"Mason makes "
              "my tea, he does beans.\" She said her teeth hurt when she eats, and that she likes Nan's house "
              "because \"it's warm and she has the cat\"."),
        ("h1", "What Leanne, Gary and Brenda said"),
        ("p", "Leanne said she knows the house has slipped again and that she feels \"useless\". She wants more "
              "help in the evenings. Gary said he will keep having the children on Saturdays but cannot do "
              "more because of his shifts. Brenda said she is happy to do teas twice a week."),
        ("h1", "What we want for Mason and Ellie by the next review"),
        ("numbers", [
            "Mason and Ellie sleep in clean beds in clean bedrooms, and have a hot tea every evening that Mason "
            "has not had to cook.",
            "Ellie has had her teeth treated and is no longer in pain when she eats.",
            "Mason is in school 95% of the time or more, sleeps better, and has somewhere to talk about how he "
            "feels.",
            "Ellie is at school every day on time, clean and in clean clothes.",
        ]),
        ("h1", "What will happen"),
        ("p", "The last column names the person who does each action and signs it off on the plan when it is "
              "done. The evidence list under the table says, by number, how the core group will know."),
        ("table", {
            "header": ["No.", "What will happen", "When", "Signed off by (the person who does it)"],
            "widths": [1.0, 8.0, 3.8, 4.2],
            "rows": [
                ["1", "Visit Mason and Ellie at home every week, one visit in three unannounced, and see each "
                      "child on their own",
                 "Weekly until the next review conference", "Megan Doyle, social worker"],
                ["2", "Take Ellie to her appointments at the Dallenthwaite Community Dental Service, including "
                      "the extractions under general anaesthetic",
                 "Next appointment 04/02/2026, then on each date the dentist books", "Leanne (Mum)"],
                ["3", "Breakfast club place for Ellie and a check-in with her learning mentor, Mrs Joy Barker",
                 "Every school day from 26/01/2026",
                 "Mrs Ann Harper, designated safeguarding lead, Dallenthwaite St Cuthbert's"],
                ["4", "Mentor session with Mason about home, school and how he is sleeping",
                 "Wednesdays, period 4, from 28/01/2026",
                 "Mr Tariq Aziz, head of Year 8, Dallenthwaite Academy"],
                ["5", "Refer Mason to Dallenthwaite Young Carers and make sure he can get to the Monday group",
                 "Referral by 30/01/2026; group every Monday after that", "Megan Doyle, social worker"],
                ["6", "Weekly home sessions with Leanne on the children's meals, bedtimes and getting Ellie ready "
                      "for school",
                 "Every Thursday for 10 weeks from 29/01/2026",
                 "Kelly Rhodes, family support worker, Dallenthwaite Family Hub"],
                ["7", "Support sessions with Leanne for her depression and anxiety",
                 "Every two weeks from 27/01/2026",
                 "Joel Hart, CPN, Dallenthwaite Community Mental Health Team"],
                ["8", "Review Leanne's antidepressant medication and write to Megan with any change",
                 "By 13/02/2026", "Dr Ravi Menon, GP, Dallenthwaite Medical Practice"],
                ["9", "Share any worry about Mason's or Ellie's care with Megan", "The same day",
                 "All agencies"],
                ["10", "Make sure Mason and Ellie have a hot tea every evening and are in bed on time (Ellie by "
                       "7.30pm, Mason by 9.30pm)",
                 "Every evening from 23/01/2026", "The family"],
                ["11", "Have Mason and Ellie for tea at her house", "Tuesdays and Thursdays, 3.30pm to 6.30pm",
                 "Nan (Brenda Pryce)"],
                ["12", "Have Mason and Ellie at his flat in Dowlinghay", "Every Saturday, 10am to 5pm",
                 "Gary (Dad)"],
                ["13", "Refer Mason to Dallenthwaite CAMHS for his low mood and poor sleep", "By 06/02/2026",
                 "Megan Doyle, social worker"],
                ["14", "Deep clean of the kitchen and both children's bedrooms, and new mattresses for Mason "
                       "and Ellie",
                 "By 20/02/2026", "Leanne (Mum), with Kelly Rhodes"],
            ],
        }),
        ("h2", "Evidence list (the numbers match the table)"),
        ("pi", "1. Visit records on the Dallenthwaite case file within two working days, with each child's own "
               "words."),
        ("pi", "2. Appointment letters shown to Megan; the dental service's discharge letter when treatment is "
               "finished."),
        ("pi", "3. School will keep an eye on Ellie's presentation and hygiene."),
        ("pi", "4. Mr Aziz's mentor log sent to Megan at the end of each half term (13/02/2026 and 27/03/2026)."),
        ("pi", "5. Young Carers' acceptance letter on file; the group register sent to Megan every month."),
        ("pi", "6. Monitored by the family support worker."),
        ("pi", "7. Attendance record sent to Megan every month."),
        ("pi", "8. Dr Menon's letter on the case file."),
        ("pi", "9. Each worry logged on the case file with the date it was passed on."),
        ("pi", "10. Meal and bedtime chart on the fridge, read by Megan at each visit."),
        ("pi", "11. Brenda texts Megan when the children are home; Ellie tells Megan about her teas at Nan's."),
        ("pi", "12. Gary texts Megan when the children are back; Mason and Ellie tell Megan about their "
               "Saturdays."),
        ("pi", "14. Kelly and Megan see the kitchen and bedrooms at a joint visit and photograph the new "
               "mattresses for the file."),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If either child is found at home without food, in a soiled bed, or left on their own overnight, "
            "Megan (or the Emergency Duty Team) visits the same day, and the children go to Brenda's that "
            "night.",
            "If Brenda cannot have the children on a Tuesday or Thursday, she rings Megan by 12 noon, and "
            "Kelly Rhodes visits Mill Race at teatime instead. If Brenda cannot have them overnight in an "
            "emergency, Megan or the Emergency Duty Team arranges a foster placement for them together.",
            "If the meal and bedtime chart shows two or more evenings in a week with no hot tea, Kelly visits "
            "at teatime on the next three evenings and Megan tells Chris Ogden.",
            "If Leanne says she is thinking of harming herself, whoever she tells rings the CMHT duty worker "
            "(the Dallenthwaite Crisis Team out of hours) straight away, and the children go to Brenda's.",
            "If the bedrooms are dirty again at two visits in a row, Ellie's dental treatment is missed, or "
            "Mason's attendance is below 90% at the core group on 17/03/2026, Chris Ogden will hold a legal "
            "planning meeting within 5 working days to decide whether to start pre-proceedings under the "
            "Public Law Outline.",
        ]),
        ("h1", "Review arrangements"),
        ("bullets", [
            "Core group every 4 weeks at Dallenthwaite Family Hub, 10am: 17/02/2026, 17/03/2026 and 14/04/2026.",
            "Next review child protection conference: 21/04/2026 at 2pm, Dallenthwaite Town Hall.",
        ]),
    ],
    "findings": [
        F("M002", "Breakfast club place for Ellie and a check-in"),
        F("M002", "Weekly home sessions with Leanne on the children's meals"),
        F("H001", "Support sessions with Leanne for her depression and anxiety"),
        F("W002", "Share any worry about Mason's or Ellie's care with Megan"),
        F("W002", "Make sure Mason and Ellie have a hot tea every evening"),
        F("M001", "Refer Mason to Dallenthwaite CAMHS for his low mood"),
    ],
})


# ---------------------------------------------------------------------------
# 7. An outline plan: each part opened by a "Lead:" line and closed by a
#    "How we will know" paragraph keyed to its item numbers. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b215_drewhaven_outline_lead_lines_how_we_know_odell.md",
    "split": "heldout",
    "actions": 16,
    "template": "numbered-outline-md-details-table-whos-who-why-there-is-a-plan-what-tyler-says-ruby-roses-day-what-parents-say-what-we-want-then-parts-each-opened-by-bold-lead-line-numbered-items-he-she-and-closed-by-how-we-will-know-paragraph-keyed-to-item-numbers-then-also-agreed-part-with-no-lead-then-if-things-go-wrong-bullets-then-meetings",
    "description": (
        "Initial conference plan for an 11-year-old boy and his 2-year-old sister (neglect): their father "
        "uses cannabis every day and cocaine at weekends; in November the toddler was found in the street "
        "at 7am while both parents slept after a party, and the police found cocaine on the living room "
        "table. The plan is an outline of parts, each opened by a 'Lead:' line that owns its numbered "
        "items unless an item names someone else, and closed by a 'How we will know' paragraph keyed to "
        "the item numbers; the recovery service reports on the father's capacity to change. Faults: the "
        "family's part led by 'the family network', so nobody in particular has the children on Saturdays "
        "or takes the toddler to nursery (W002 x2); the school's check-ins checked only by 'keep an eye "
        "on how Tyler seems' (M002); the mother's parenting group checked by 'Professionals will monitor' "
        "(M002); the parenting assessment that the social worker's 'How we will know' leaves out (M001); "
        "a stair gate that 'will be fitted' by nobody, under a part with no lead (W001); and a "
        "contingency that sends the children and the father to the grandparents with nothing if they "
        "cannot help (C003)."
    ),
    "text": """\
# Drewhaven Council - Children's Services

## Child protection plan: Tyler and Ruby-Rose Odell

| | |
|---|---|
| **Children** | Tyler Odell, born 06/03/2014 (11), Year 7 at Drewhaven Academy; Ruby-Rose Odell, born 12/12/2023 (2), Drewhaven Tots Nursery |
| **Home** | 41 Sandpiper Way, Drewhaven DH9 2QE, with both parents |
| **Parents** | Chantelle Odell (29) and Jordan Odell (31) |
| **Plan made** | Initial child protection conference, 20/01/2026. Category: neglect |
| **Social worker** | Nadine Foster, Drewhaven Children's Safeguarding Team (team manager: Simon Reeve) |

### Who's who

- **Nana and Grandad**: Sue and Mick Odell, Jordan's parents, 9 Tern Close, Drewhaven.
- **Auntie Kayla**: Kayla Reid, Chantelle's sister, who lives in the next street.
- **Carl**: Carl Ince, Jordan's recovery worker at the Drewhaven Recovery Hub (drug and alcohol service).
- **Priya**: Priya Lal, health visitor, Drewhaven 0-19 Team.
- **Mr Shaw**: Mr Gareth Shaw, designated safeguarding lead at Drewhaven Academy.
- **Nadine**: Nadine Foster, social worker.

### Why there is a plan

Jordan smokes cannabis every day and uses cocaine most weekends. On 22/11/2025 a neighbour found
Ruby-Rose in the street outside the house at 7am, in a wet nappy and no coat, while Chantelle and
Jordan were asleep after a party. The police found cocaine and a grinder on the living room table,
within Ruby-Rose's reach. Tyler has been late for school 19 times this term, often comes in hungry,
and told his form tutor that he "does Ruby's breakfast because they don't get up".

### What Tyler says

Tyler talked to Nadine at school on 14/01/2026: "Dad's alright when he's not smoked. At weekends it's
loads of people and music and I put my headphones on." "I worry Ruby's going to get out again." "I
like Nana's because we have a proper dinner and I can play on Grandad's Xbox." He would like "Mum and
Dad to get up in the morning" and scored home 4 out of 10.

### Ruby-Rose's day

Ruby-Rose is two and has about ten words. Her key person at nursery says she arrives hungry on most
days, eats quickly and holds on to her bowl. She climbs everything, and she got out of the front door
on her own in November. At home Nadine has seen her go to Tyler, not her parents, when she falls over.

### What Chantelle and Jordan say

Chantelle: "I know it looks bad. We were wrecked that night and it won't happen again." Jordan: "The
weed helps me sleep. The other stuff is just weekends. I'll go to the Hub, I'm not losing my kids."

### What we want for Tyler and Ruby-Rose

1. Tyler and Ruby-Rose are cared for every day and night by adults who are sober and awake, with no
   drugs in the house or within their reach.
2. Ruby-Rose cannot get out of the house on her own and is safe on the stairs.
3. Tyler is in school on time every day, has had breakfast, and is not the one looking after his
   sister.
4. Ruby-Rose's speech and development are checked, and she gets any help she needs before she is
   three.

## The plan

Each part has a Lead, who does the items in it unless an item names someone else. Each part ends
with "How we will know", keyed to its item numbers.

### Part 1: No drugs around Tyler and Ruby-Rose

**Lead: Jordan (Dad)**

1.1 He keeps all drugs out of the house and uses none while he is caring for Tyler or Ruby-Rose, from
    23/01/2026.
1.2 He goes to his key-work sessions at the Drewhaven Recovery Hub every Monday at 11am from
    26/01/2026, so that he can look after the children sober.
1.3 Carl, his recovery worker, does a urine drug screen at every session and writes to Nadine before
    each core group on whether Jordan is making the changes the children need and how long that is
    likely to take.

**How we will know:** 1.1 Carl's urine screen results, sent to Nadine every fortnight, and what
Nadine sees at her unannounced visits. 1.2 The Recovery Hub's attendance list, sent to Nadine every
month. 1.3 Carl's letter, read out at each core group.

### Part 2: Ruby-Rose's health and development

**Lead: Priya Lal, health visitor, Drewhaven 0-19 Team**

2.1 She does Ruby-Rose's two-year review at home, with an ASQ-3, by 13/02/2026.
2.2 She weighs and measures Ruby-Rose at the Drewhaven Central clinic every month until the review
    conference.
2.3 She refers Ruby-Rose to Drewhaven Speech and Language Therapy by 27/02/2026 if her ASQ-3
    communication score is below the cut-off.

**How we will know:** 2.1 The ASQ-3 scores, given to Chantelle and e-mailed to Nadine. 2.2 Weight and
height plotted in the red book, which Priya e-mails to Nadine after each clinic. 2.3 A copy of the
referral on Ruby-Rose's health record and on the social care file.

### Part 3: Tyler at school

**Lead: Mr Gareth Shaw, designated safeguarding lead, Drewhaven Academy**

3.1 He meets Tyler for a check-in every Monday at 8.40am until the Easter holidays.
3.2 He rings Chantelle, then Nadine, if Tyler is not in school by 9.15am, every school day.

**How we will know:** 3.1 Mr Shaw will keep an eye on how Tyler seems at the check-ins. 3.2 The call
log and Tyler's attendance, sent to Nadine every Friday.

### Part 4: Help from the family

**Lead: the family network**

4.1 Have Tyler and Ruby-Rose to stay every Saturday night, from 24/01/2026.
4.2 Take Ruby-Rose to nursery on Tuesdays and Thursdays by 9am.

**How we will know:** 4.1 A text to Nadine on Sunday when the children are home. 4.2 The nursery
register, sent to Nadine every Friday.

### Part 5: Chantelle's part

**Lead: Chantelle (Mum)**

5.1 She takes Ruby-Rose to Drewhaven Tots Nursery on Mondays, Wednesdays and Fridays by 9am.
5.2 She goes to the Incredible Years parenting group at Drewhaven Family Hub every Wednesday for 12
    weeks from 28/01/2026.

**How we will know:** 5.1 The nursery's register, which the nursery manager sends to Nadine every
Friday. 5.2 Professionals will monitor how Chantelle is getting on with the group.

### Part 6: Nadine's part

**Lead: Nadine Foster, social worker**

6.1 She visits the family at home every week until the review conference, one visit in three
    unannounced, seeing Tyler on his own and Ruby-Rose awake.
6.2 She does four direct work sessions with Tyler about home by 13/03/2026.
6.3 She completes a parenting assessment of Chantelle and Jordan by 20/03/2026.

**How we will know:** 6.1 Visit records on the Drewhaven case file within two working days, with
Tyler's own words. 6.2 Tyler's "My World" sheets on his file, and what he said read out at the review
conference.

### Part 7: Also agreed

7.1 A stair gate will be fitted at the top of the stairs by 06/02/2026.

**How we will know:** 7.1 Nadine sees the gate in place at her first visit after 06/02/2026.

## If things go wrong

- If Jordan uses drugs in the house, or a screen is positive for cocaine, he leaves that day and
  stays with Nana and Grandad until Nadine and Carl agree he can come home.
- If Tyler or Ruby-Rose is found without a sober adult awake in the house, or drugs are found within
  the children's reach, Nadine (or the Emergency Duty Team) holds a strategy discussion with the
  police the same day, and the children go to stay with Nana and Grandad.
- If Jordan has two screens positive for cocaine before the review, or either child is found
  unsupervised again, Simon Reeve (team manager) will hold a legal planning meeting within five
  working days to decide whether to start pre-proceedings under the Public Law Outline.

## Meetings

- Core group every four weeks at Drewhaven Family Hub, 10am: 03/02/2026, 03/03/2026 and 31/03/2026.
- Review child protection conference: 21/04/2026 at 11am, Drewhaven Civic Offices.
""",
    "findings": [
        F("W002", "Have Tyler and Ruby-Rose to stay every Saturday night"),
        F("W002", "Take Ruby-Rose to nursery on Tuesdays and Thursdays by 9am"),
        F("M002", "He meets Tyler for a check-in every Monday at 8.40am"),
        F("M002", "She goes to the Incredible Years parenting group at Drewhaven"),
        F("M001", "She completes a parenting assessment of Chantelle and Jordan"),
        F("W001", "A stair gate will be fitted at the top of the stairs"),
        F("C003"),
    ],
})
