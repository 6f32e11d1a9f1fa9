"""Batch 121, module u: seven fictional plans (tuning material), places beginning with "u".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: good practice written in ways a template-bound reader could misread
(precision matters most). Owners are people introduced once in a who's-who and
named after that only by first name, family name or role ("Nana", "the HV",
"Jordan", "your mum"); joint owners ("Mum and Dad together, with Becky"); a
column holding only a service or team ("Ullesbrook Drug and Alcohol
Service", "0-19 Health Team"); an "Owner:" field of a case-system export
naming a team; a "Responsible agency:" banner row over several actions.
Timescales are stages of pregnancy ("by 36 weeks pregnant"), a baby's age
("until the baby is 6 months old"), events dated elsewhere in the plan ("by
the review conference", "before the next core group (3 March)"), "daily,
reviewed at each core group" and dates in many forms. Measures sit in columns
headed in the family's words ("What will we see?", "Proof", "Success looks
like", "How we'll know") and are numbers or records ("three clear tests in a
row", "95% attendance", "no missed doses on the MAR chart"). Other sections
are unusual too: Signs of Safety danger statements and safety goals, a Three
Houses table, a "Words and pictures" section, contingencies as "Plan B"
If / Then / Who tables or Trigger / Response fields, meeting dates in a table.

Five plans are exemplary (no findings): Ullingmere (docx, landscape Signs of
Safety plan, safety goals merged down a six-column table), Urnsfield (pdf,
pre-birth case-system export with one labelled block per action and page
header and footer), Usterdale (md, a plan written to a 15-year-old at risk of
criminal exploitation, nested bullets theme > action > who / when / how),
Uthermoor (txt, medical neglect of a girl with type 1 diabetes, a fixed-width
table with wrapped cells) and Ullesbrook (pdf, review plan whose owner column
names teams, "Words and pictures", a Plan B table). Two carry a realistic mix
of faults among mostly good rows: Ulvington (md, a table with a "Review date"
column) and Umbrook (docx, "Responsible agency" banner rows over a three-column
table).

Counting actions (convention 1): each row of an action table (banner rows and
the table header are not actions), each labelled "Action n of m" block of the
export, each second-level bullet of the Usterdale plan (the first-level theme
bullets are headings and the third-level Who / When / How we'll know bullets
belong to the action above them). Who's-who tables, Three Houses tables,
outcomes, contingency tables and fields and meeting dates are not actions. No
action in these plans is already done.

Readings used where a definition could be taken more than one way: a person
defined once in a who's-who ("Pauline Hirst, Jade's mum - Nana") is a named
owner wherever the plan later uses that name; two named parents owning an
action together are owners, not a collective; a "Responsible agency:" banner
row owns the rows under it unless a row names someone else, so a row under
"Responsible: Shannon's family" that names nobody is owned by "family" (W002);
a service or team alone in an owner column is a single agency and an owner; a
"Review date" column holding a date is the action's timescale; an outcome
about the mother alone, in a list of outcomes for the children, is F002; a
contingency that sends the children to the grandparents who carry the plan,
and never says what happens if they cannot, is C003.
"""
import textwrap

from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, Signs of Safety. Father's drinking and violence
#    to the mother; a 7-year-old and a 2-year-old. Who's-who table gives the
#    names the plan uses after ("Nana", "the HV", "Dean (UARS)"); Three Houses
#    table; landscape six-column table with the safety goal merged down its
#    rows and a "What will we see?" column; Plan B If / Then / Who table;
#    meeting dates in a table. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b121_ullingmere_sos_safety_goals_merged_landscape_hirst.docx",
    "doc_title": "Child Protection Plan - Poppy Hirst and Alfie Coyle",
    "split": "tune",
    "actions": 12,
    "landscape": True,
    "check_vmerge": 3,
    "template": "icpc-signs-of-safety-docx-landscape-whos-who-table-with-called-in-this-plan-column-danger-statements-working-well-safety-goals-three-houses-table-scaling-then-six-column-table-safety-goal-merged-down-no-what-needs-to-happen-who-target-date-what-will-we-see-plan-b-if-then-who-table-meetings-table",
    "description": (
        "Exemplary initial conference plan in Signs of Safety form for a 7-year-old and a "
        "2-year-old whose father drinks and has been violent to their mother. A who's-who table "
        "says what each person is called in the plan, and the Who column then uses only those "
        "names ('Nana', 'the HV', 'Dean (UARS)', 'Mum and Dad together, with Becky'). Danger "
        "statements and safety goals; Poppy's Three Houses in a table and Alfie's day observed; a "
        "landscape six-column table with each safety goal merged down its rows, target dates in "
        "many forms and a 'What will we see?' column. The alcohol service reports on change and "
        "the GP owns an action; the Plan B If / Then / Who table covers Nana being unable to "
        "supervise and names a legal planning meeting; meeting dates are in a table."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Ullingmere Metropolitan Borough Council · Children and Young People's Service · "
              "Safeguarding and Family Support (East)"),
        ("kv", [
            ("Children", "Poppy Hirst (7), born 02/05/2018; Alfie Coyle (2), born 19/11/2023"),
            ("Living with", "Jade Hirst (Mum, 28), 14 Tanner's Walk, Ullingmere UL4 7RS"),
            ("Dad", "Ryan Coyle (31). Since 26/12/2025 he has stayed with his brother at 40 Mill Lane, "
                    "Ullingmere, as agreed with the police"),
            ("Category", "Emotional abuse (both children)"),
            ("Conference", "Initial child protection conference, Tuesday 13/01/2026, Ullingmere Civic Hall. "
                           "Chair: Marcia Fenn (IRO)"),
            ("Social worker", "Becky Arkwright (team manager: Sunil Hart)"),
        ]),
        ("h1", "Who's who"),
        ("p", "Everyone at the conference agreed to use these names in the plan so that Jade, Ryan and Poppy "
              "can follow it."),
        ("table", {
            "header": ["Name", "Who they are", "Called in this plan"],
            "widths": [6.0, 13.0, 6.7],
            "rows": [
                ["Becky Arkwright", "Social worker, Ullingmere Children and Young People's Service",
                 "Becky, or the SW"],
                ["Pauline Hirst", "Jade's mum; lives at 3 Cobden Street, five minutes' walk from Tanner's Walk",
                 "Nana"],
                ["Louise Danvers", "Health visitor, Ullingmere 0–19 Service", "the HV"],
                ["Mr Emeka Okafor", "Designated safeguarding lead, St Aidan's C of E Primary", "Mr Okafor (DSL)"],
                ["Miss Hannah Dale", "Poppy's class teacher, the adult Poppy chose to talk to at school",
                 "Miss Dale"],
                ["Dean Pryce", "Recovery worker, Ullingmere Alcohol Recovery Service (adult alcohol service)",
                 "Dean (UARS)"],
                ["Chloe Bright", "Independent domestic violence adviser, Ullingmere Women's Aid", "Chloe (IDVA)"],
                ["Dr Farah Saleem", "GP to Jade, Ryan and the children, Ullingmere Road Surgery", "the GP"],
                ["Sunil Hart", "Team manager, Safeguarding and Family Support (East)", "Sunil"],
            ],
        }),
        ("h1", "Danger statements – what we are worried about"),
        ("bullets", [
            "Becky, the police and St Aidan's are worried that when Ryan has been drinking he shouts at Jade, "
            "pushes her and throws things in front of Poppy and Alfie. On Christmas Eve he threw a plate that "
            "smashed against the wall beside Alfie's high chair. If nothing changes, Poppy will go on being "
            "frightened at home and may stop telling anyone, and Alfie could be hurt by something thrown or by "
            "being caught up in a fight.",
            "We are also worried that Ryan has looked after the children on his own after drinking. On "
            "29/11/2025 Jade came home from work to find him asleep on the sofa and Alfie alone in the kitchen "
            "with the oven on.",
        ]),
        ("h1", "What is working well"),
        ("bullets", [
            "Nana lives five minutes away, sees the children most days and took them in on Christmas Eve.",
            "Jade rang the police herself on 24/12/2025 and has kept Poppy in school every day since.",
            "Ryan has been honest at conference about how much he drinks and has already rung UARS.",
            "Poppy told Miss Dale what happened, and knows she can.",
        ]),
        ("h1", "Safety goals"),
        ("numbers", [
            "Poppy and Alfie are only ever looked after by a grown-up who is sober, and Poppy knows who to ring "
            "if her dad has been drinking.",
            "Poppy and Alfie live in a home where nobody shouts, pushes or throws things, and Poppy no longer "
            "sits at the top of the stairs listening.",
            "Poppy gets to school on time every day with a grown-up she can tell, and Alfie's talking and play "
            "keep growing.",
        ]),
        ("h1", "Poppy's Three Houses"),
        ("p", "Poppy did her Three Houses with Becky at school on 08/01/2026, on her own with Miss Dale nearby. "
              "These are her words, written in as she said them."),
        ("table", {
            "header": ["House of Worries", "House of Good Things", "House of Dreams"],
            "widths": [8.5, 8.6, 8.6],
            "rows": [
                ["“When Dad's been at the pub he goes loud and Mum cries. I sit on the top stair so I can hear "
                 "if it's bad.” “The plate nearly hit Alfie.” “I don't like it when Dad's phone is off.”",
                 "“Nana's house – she does pancakes.” “Miss Dale lets me do the register.” “Alfie laughs when I "
                 "do the dinosaur voice.” “Dad is fun when he's not drinking, he does football with me.”",
                 "“Dad stops going to the pub and comes home for tea.” “Nobody shouting. Ever.” “I want to do "
                 "gymnastics on Wednesdays like Ruby.”"],
            ],
        }),
        ("p", "Alfie is two and has about twenty words. At Becky's visit on 09/01/2026 he hid behind the sofa "
              "when a car door slammed outside, then came out when Jade called him and sat on her knee. He "
              "brought Becky his toy bin lorry and said “Nana's” when she asked where he goes on Saturdays. Jade "
              "says he has been waking at night since Christmas and goes back to sleep only in her bed."),
        ("h1", "Scaling"),
        ("p", "On a scale where 10 means everyone is sure Poppy and Alfie are safe and the plan can end, and 0 "
              "means they cannot stay at home, the conference scored 3. Jade said 6, Ryan 5 and Nana 4. Poppy "
              "said 4 “because Dad's at Uncle Gary's”."),
        ("h1", "Our plan – who does what"),
        ("p", "Each safety goal sits in the first column beside the actions that work towards it. Target dates "
              "are written as they were agreed in the room; the core group and review dates are at the end of "
              "the plan."),
        ("table", {
            "header": ["Safety goal", "No.", "What needs to happen", "Who", "Target date", "What will we see?"],
            "widths": [4.6, 1.0, 6.9, 3.7, 3.8, 5.7],
            "rows": [
                ["1. Only ever looked after by a sober grown-up; Poppy knows who to ring",
                 "1",
                 "Drink no alcohol in the 24 hours before seeing Poppy and Alfie, and take a breath test whenever "
                 "Becky asks",
                 "Dad (Ryan)",
                 "From 13 Jan 2026, before every time with the children",
                 "Every breath test reads 0.00; Becky's breath-test log brought to each core group"],
                [V,
                 "2",
                 "Key-work and a breath test with Ryan each week, and a written report to each core group on "
                 "whether his drinking is changing in the ways Poppy and Alfie need and how long that is likely "
                 "to take",
                 "Dean (UARS)",
                 "Weekly from w/c 19 Jan; report two working days before each core group",
                 "Report on Becky's file before every core group, with each reading and Dean's view of the "
                 "timescale"],
                [V,
                 "3",
                 "Supervise all of Ryan's time with the children at 3 Cobden Street, and ring Becky straight "
                 "away if he arrives smelling of drink",
                 "Nana",
                 "Every Saturday, 10am–2pm",
                 "Nana signs the contact book after every Saturday; Becky reads it at her next visit"],
                [V,
                 "4",
                 "Be the grown-up Poppy rings if Dad turns up after drinking or there is shouting, and take both "
                 "children back to Cobden Street that night",
                 "Nana",
                 "From 13/01/26; the same night whenever Poppy rings",
                 "Nana sends Becky a text before 9am the next day saying what happened; Poppy can show Becky the "
                 "card with Nana's number in her book bag"],
                [V,
                 "5",
                 "Write to Becky with Ryan's alcohol-related health history, his liver test results and any "
                 "appointments he has missed",
                 "the GP",
                 "By 30th January, then before each core group",
                 "GP letter on Becky's file by 30/01/2026 and a short update before every core group"],
                ["2. Nobody shouts, pushes or throws things; Poppy stops listening on the stairs",
                 "6",
                 "Go to every session of the Ullingmere Turning Point programme for men who have been abusive "
                 "to a partner",
                 "Dad (Ryan); the programme worker sends attendance to Becky",
                 "Tuesday evenings, 26 weeks from 03.02.26",
                 "Attendance report after every fourth session showing each session attended"],
                [V,
                 "7",
                 "Six safety-planning sessions with Jade, and a place on the next Freedom Programme group",
                 "Chloe (IDVA)",
                 "Sessions by 31.03.26; Freedom Programme from its April group",
                 "Jade's written safety plan, signed and copied to Becky; Freedom Programme register shows Jade "
                 "there"],
                [V,
                 "8",
                 "Sit down with Becky and write the family safety rules: what happens if Dad has been drinking, "
                 "who Poppy rings and where Alfie goes",
                 "Mum and Dad together, with Becky",
                 "By the first core group (27 Jan)",
                 "Signed rules on the fridge at the next visit; Poppy can tell Becky three of the rules in her "
                 "own words"],
                ["3. School every day with a grown-up to tell; Alfie's talking and play keep growing",
                 "9",
                 "Check Poppy's attendance every day and give her a ten-minute check-in with Miss Dale every "
                 "Monday morning",
                 "Mr Okafor (DSL)",
                 "Daily; check-ins every Monday in term",
                 "Attendance of 95% or more on the Friday e-mail to Becky; every check-in logged on CPOMS"],
                [V,
                 "10",
                 "Do Alfie's two-year review, then visit at home to look at his talking, play and sleep",
                 "the HV",
                 "Review by 13 Feb 2026, then a home visit every four weeks",
                 "Ages and Stages scores sent to Becky; Alfie using 50 or more words by the review conference"],
                [V,
                 "11",
                 "Apply for Alfie's funded two-year-old place at Little Owls Nursery and take him to every "
                 "session",
                 "Mum (Jade)",
                 "Form in by 6th Feb; sessions from the start of the summer term",
                 "Place letter seen by Becky; nursery register shows Alfie at both sessions each week"],
                [V,
                 "12",
                 "Visit Poppy and Alfie at home and at school, see Poppy on her own each time, and redo her Three "
                 "Houses before the review",
                 "Becky (SW)",
                 "Weekly, one visit in three unannounced, until the review conference on 14/04/2026",
                 "Visit records with Poppy's words written down; her new Three Houses brought to the review "
                 "conference"],
            ],
        }),
        ("h1", "Plan B – if things go wrong"),
        ("table", {
            "header": ["If…", "Then…", "Who"],
            "widths": [8.0, 12.2, 5.5],
            "rows": [
                ["Ryan comes to see the children, or turns up at Tanner's Walk, after drinking, or a breath test "
                 "reads above 0.00",
                 "His time with the children stops straight away and they stay with Jade or Nana. Becky is told "
                 "the same day, and Ryan's time with the children moves to Ullingmere Family Centre, supervised "
                 "by a family support worker, until the next core group.",
                 "Nana or Jade tells Becky; Becky books the centre"],
                ["There is shouting, pushing or anything thrown, or the police are called",
                 "Jade rings 999. Poppy and Alfie go to Nana's that night. Becky holds a strategy discussion with "
                 "Ullingmere Police the same day, and Chloe updates Jade's safety plan within two days.",
                 "Jade; Ullingmere Police; Becky; Chloe"],
                ["Nana cannot supervise on a Saturday (she is ill, away or cannot manage it)",
                 "There is no time with Ryan that weekend unless a family support worker can supervise it at "
                 "Ullingmere Family Centre. Ryan never has the children unsupervised.",
                 "Becky"],
                ["Nana cannot have the children in an emergency and Jade cannot keep them safe",
                 "Poppy and Alfie go together to Ullingmere foster carers the same day, and Becky arranges for "
                 "them to see Jade the next day.",
                 "Becky, with Sunil"],
                ["By the review conference Ryan has had two breath tests over 0.00, has missed three Turning "
                 "Point sessions, or there has been another incident",
                 "Becky asks Sunil for a legal planning meeting within five working days, to decide whether to "
                 "start the Public Law Outline.",
                 "Becky; Sunil"],
            ],
        }),
        ("h1", "Meetings"),
        ("table", {
            "header": ["Meeting", "When", "Where"],
            "widths": [8.0, 8.0, 9.7],
            "rows": [
                ["Core group 1", "Tuesday 27/01/2026, 1.30pm", "St Aidan's C of E Primary"],
                ["Core group 2", "Tuesday 24/02/2026, 1.30pm", "St Aidan's C of E Primary"],
                ["Core group 3", "Tuesday 24/03/2026, 1.30pm", "St Aidan's C of E Primary"],
                ["Review child protection conference", "Tuesday 14/04/2026, 10am", "Ullingmere Civic Hall"],
            ],
        }),
        ("p", "The core group meets every four weeks. Before each one Becky sees Poppy on her own and brings her "
              "words to the meeting. Copies of this plan go to Jade, Ryan, Nana and everyone in the who's who."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Pre-birth plan, mother's bipolar disorder, first baby. Case-system
#    export printed to PDF: labelled fields, one "Action n of 10" block per
#    action with Task / Owner / Due / Proof / Status lines, timescales as
#    weeks of pregnancy and the baby's age, the owner often a team only;
#    Trigger / Response contingency fields. Exemplary (pdf)
# ---------------------------------------------------------------------------
def _action_block(n, total, title, task, owner, due, proof):
    return [
        ("boldp", f"Action {n} of {total} – {title}"),
        ("kv", [("Task", task), ("Owner", owner), ("Due", due), ("Proof", proof), ("Status", "Open")]),
    ]


_URNSFIELD_ACTIONS = [
    ("Antenatal care",
     "Antenatal checks every two weeks, then every week from 36 weeks, with a growth scan at 36 weeks; send the "
     "social worker a short summary after each contact",
     "Maternity Safeguarding Team, Urnsfield General Hospital (Dawn Pickering, specialist midwife)",
     "Every two weeks to 36 weeks pregnant, then weekly until delivery",
     "Contact summary e-mailed to the SW after every appointment; 36-week scan report on file showing the baby "
     "growing on or near the 50th centile"),
    ("Perinatal psychiatry",
     "Review Kirsty's medication and her risk of relapse after the birth, and give a written assessment of her "
     "insight, her capacity to make and keep the changes the baby needs, and the likely timescale",
     "Perinatal Mental Health Team",
     "By 36 weeks pregnant (28/02/2026); updated before discharge from the maternity ward",
     "Written assessment sent to the SW and every core group member, and discussed at the core group on "
     "19/03/2026"),
    ("Perinatal nursing",
     "Home visits to Kirsty to check her sleep, her mood chart and her tablets, with a written update to each "
     "core group on whether she is making and keeping the changes the baby needs",
     "Perinatal Mental Health Team – Aled Rees, community psychiatric nurse",
     "Weekly until the birth; twice a week until the baby is 6 weeks old",
     "Update at every core group giving visit dates and mood chart scores; the visit log shows no week without "
     "a visit"),
    ("Birth and postnatal plans",
     "Write a birth plan and a postnatal mental health plan with Kirsty and Lewis, saying who does each night "
     "feed and which early warning signs mean a call to the perinatal team",
     "Dawn Pickering, specialist midwife",
     "By 34 weeks pregnant (14/02/2026)",
     "Both plans signed by Kirsty and Lewis, kept in the hand-held notes and copied to the SW"),
    ("Postnatal ward",
     "Keep the baby on the postnatal ward for at least 72 hours; record every feed and nappy and how Kirsty and "
     "Lewis hold and settle the baby; hold a discharge planning meeting with the SW before the baby goes home",
     "Maternity Ward 12, Urnsfield General Hospital",
     "From birth until discharge; the discharge planning meeting before discharge",
     "Ward care record shared at the discharge planning meeting; the baby does not leave the ward without the "
     "SW's written agreement"),
    ("Kirsty's medication",
     "Take her quetiapine every night and keep every perinatal appointment, so that she stays well enough to "
     "feed and settle the baby",
     "Kirsty",
     "Every night; appointments as booked from 10/02/2026",
     "No missed doses in the blister packs Aled checks at each visit; the perinatal clinic list shows every "
     "appointment kept"),
    ("Lewis's shifts and the night feeds",
     "Move to day shifts and do the 10pm and 2am feeds, so that Kirsty can sleep through the night",
     "Lewis",
     "Day shifts from 36 weeks pregnant; night feeds every night from discharge until the baby is 8 weeks old",
     "Letter from Brantley Distribution confirming the change of shifts; night feed chart signed by Lewis, seen "
     "by the health visitor at each visit"),
    ("Gran's nights",
     "Stay at Heron Court for the first 14 nights after the baby comes home and share the night feeds with Lewis",
     "Gran (Sandra Radcliffe)",
     "Every night for the first 14 nights after discharge",
     "Gran initials the night feed chart each morning; the SW checks it at every visit"),
    ("Health visiting",
     "New birth visit, then home visits to weigh the baby, watch a feed and ask Kirsty how she is sleeping",
     "Urnsfield 0–19 Health Visiting Service",
     "New birth visit within 3 days of discharge, then weekly until the baby is 6 months old",
     "Weights plotted in the red book and sent to the SW each month; the baby stays on or above the birth "
     "centile"),
    ("Social work visits",
     "Visit Kirsty and Lewis at home, see the baby at every visit after the birth, and record where the baby "
     "sleeps and how each parent answers the baby's cries",
     "Hannah Brook, social worker",
     "Every two weeks until 36 weeks pregnant; weekly until the birth; twice a week for the first 4 weeks at "
     "home",
     "A visit record on the case file for every visit, saying what was seen of the baby's care"),
]

_urnsfield_blocks = []
for _i, _a in enumerate(_URNSFIELD_ACTIONS, start=1):
    _urnsfield_blocks.extend(_action_block(_i, len(_URNSFIELD_ACTIONS), *_a))

PLANS.append({
    "name": "b121_urnsfield_prebirth_case_export_labelled_blocks_radcliffe.pdf",
    "doc_title": "Child Protection Plan (Pre-birth) - Unborn Radcliffe",
    "split": "tune",
    "actions": 10,
    "template": "prebirth-icpc-case-system-export-paged-header-footer-labelled-field-lines-reason-parental-health-babys-world-parents-views-expected-outcomes-then-action-n-of-10-blocks-task-owner-due-proof-status-owner-often-a-team-due-in-weeks-of-pregnancy-and-babys-age-then-trigger-response-contingency-fields-review-fields",
    "description": (
        "Exemplary pre-birth plan for the first baby of a 24-year-old with bipolar disorder, at 32 "
        "weeks of pregnancy. A case-system export printed to PDF with a running header and a 'Page "
        "N of M' footer: every field is a labelled line, and each action is an 'Action n of 10' "
        "block of Task / Owner / Due / Proof / Status lines. Owners are often a team alone "
        "('Perinatal Mental Health Team', 'Maternity Ward 12'); due dates are stages of pregnancy "
        "('by 36 weeks pregnant'), events ('before discharge') or the baby's age ('until the baby "
        "is 6 months old'); the measure is headed 'Proof'. Both perinatal actions assess change; "
        "the baby's world is observed; the Trigger / Response contingency covers the grandmother "
        "being unable to stay and names legal planning; core group and review dates are set."
    ),
    "header": "Urnsfield County Council – Children's Services – OFFICIAL-SENSITIVE",
    "footer": "Case record export – Unborn Radcliffe – printed 06/02/2026 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan (Pre-birth)"),
        ("p", "Exported from the case record on 06/02/2026 at 14:12. Fields left blank in the record are shown "
              "as '[none]'."),
        ("kv", [
            ("Record", "Unborn Radcliffe (case ref UCC-48812)"),
            ("Expected date of delivery", "28/03/2026 (Kirsty was 32 weeks pregnant on the day of the conference)"),
            ("Mother", "Kirsty Radcliffe (24), 7 Heron Court, Urnsfield UF2 3PD"),
            ("Father", "Lewis Dunmore (26), lives with Kirsty; works nights, Sunday to Wednesday, at Brantley "
                       "Distribution"),
            ("Maternal grandmother", "Sandra Radcliffe (called Gran in this plan), 22 Orchard Rise, Urnsfield"),
            ("Conference", "Pre-birth initial child protection conference, Thursday 05/02/2026"),
            ("Category", "Neglect"),
            ("Chair", "Malcolm Reid (IRO)"),
            ("Allocated worker", "Hannah Brook, social worker, Family Safeguarding Team 2"),
            ("Team manager", "Dami Oyelaran"),
            ("Other names", "[none]"),
        ]),
        ("h1", "Section 1 – Reason for the plan"),
        ("p", "Kirsty has bipolar affective disorder. In 2023 she spent five weeks on the Larchwood Unit after a "
              "manic episode in which she stopped sleeping, spent all her savings and was found walking on the "
              "bypass at night. She stopped lithium when she learned she was pregnant, on her psychiatrist's "
              "advice, and now takes quetiapine. In December 2025 she did not sleep for three nights and the "
              "perinatal team increased her dose. Her perinatal psychiatrist told the conference that the risk "
              "of a serious relapse in the weeks after the birth is about one in two for a woman with her "
              "history. Lewis works nights, so Kirsty is alone in the flat four nights a week, and he has missed "
              "three antenatal appointments he said he would go to."),
        ("h1", "Section 2 – Parental health"),
        ("kv", [
            ("Mental health", "Kirsty: bipolar affective disorder, under Urnsfield Perinatal Mental Health Team "
                              "(consultant: Dr Rhiannon Evans)"),
            ("Substance use", "No concerns about alcohol or drugs for either parent; both tests on 20/01/2026 "
                              "were negative"),
            ("Physical health", "[none]"),
        ]),
        ("h1", "Section 3 – The baby's world"),
        ("p", "At the 28-week scan on 08/01/2026 the baby was growing on the 50th centile and moving well. Kirsty "
              "talks to the bump and has a Moses basket, a cot and clothes ready, and the flat is warm and "
              "smoke-free. On 27/01/2026 the specialist midwife found Kirsty tired and tearful: she had not "
              "eaten since the day before and had been awake most of the night on her own. On 02/02/2026 the "
              "social worker saw the second bedroom still full of boxes and Lewis asleep in the afternoon "
              "before his shift. The baby's world before birth is a calm, warm home with a mother who is "
              "looking forward to the birth but who is often alone and short of sleep at night."),
        ("h1", "Section 4 – Parents' views"),
        ("p", "Kirsty: “I know what happened last time and I'm scared of it. I want people round me after the "
              "baby, not people watching me.” Lewis: “I'll change my shifts. I didn't know how bad it got last "
              "time.” Both agree with the plan."),
        ("h1", "Section 5 – Expected outcomes for the baby"),
        ("bullets", [
            "The baby is born safely and goes home only when an adult who is well is agreed to be there every "
            "night.",
            "The baby is fed, warm and held, gains weight along the birth centile, and is seen by a professional "
            "at least twice a week for the first six weeks.",
            "The baby is always cared for by an adult who is well: if Kirsty becomes unwell, the baby is with "
            "Lewis or Gran and is never left alone with her.",
        ]),
        ("h1", "Section 6 – Actions"),
        ("p", "Owner is the team or person responsible. Due is a date, a stage of the pregnancy, an event or the "
              "baby's age. Proof is what the core group will see."),
        *_urnsfield_blocks,
        ("h1", "Section 7 – Contingency"),
        ("kv", [
            ("Trigger 1", "Kirsty does not sleep for two nights in a row, stops her medication, or shows any early "
                          "warning sign in her postnatal plan (racing thoughts, spending, saying the baby is "
                          "special or in danger)"),
            ("Response 1", "Lewis or Gran rings the perinatal team the same day and Aled sees Kirsty within 24 "
                           "hours. The baby is cared for by Lewis or Gran and is not left alone with Kirsty until "
                           "the perinatal team says she is well."),
            ("Trigger 2", "Gran cannot stay the nights (she is ill or cannot manage), or Lewis cannot move to day "
                          "shifts"),
            ("Response 2", "The baby does not go home until another adult is agreed for the nights. If nobody can "
                           "be there, the SW arranges a place for Kirsty and the baby together at the Fairholme "
                           "Mother and Baby Unit or, if there is no bed, a foster placement for the baby, the same "
                           "week."),
            ("Trigger 3", "Kirsty becomes so unwell that she needs to be admitted"),
            ("Response 3", "The perinatal team asks for a mother and baby unit bed. Until there is one the baby "
                           "stays with Lewis, with Gran staying, and the SW holds a strategy discussion the same "
                           "day."),
            ("Legal planning", "If by 36 weeks Kirsty has stopped her medication, or the perinatal assessment says "
                               "she cannot keep the baby safe at night, the SW will ask the team manager for a "
                               "legal planning meeting within 5 working days to decide whether to start "
                               "pre-proceedings (PLO) before the birth."),
        ]),
        ("h1", "Section 8 – Review"),
        ("kv", [
            ("Core group frequency", "Every four weeks before the birth, then within 10 working days of the birth"),
            ("Core group dates", "19/02/2026 and 19/03/2026 (Thursdays, 10am, Urnsfield Family Hub)"),
            ("Review conference", "Thursday 30/04/2026, 10am, County Hall, Urnsfield"),
            ("Plan sent to", "Kirsty, Lewis, Gran and every owner named in Section 6"),
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Initial conference plan for a 15-year-old at risk of criminal
#    exploitation who self-harms, written to him. Markdown nested bullets:
#    theme > action > Who / When / How we'll know. Owners by first name from
#    the who's-who, "you" and "your mum"; the uncle's help has a fallback.
#    Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b121_usterdale_cce_plan_written_to_kai_nested_bullets_quarrie.md",
    "split": "tune",
    "actions": 13,
    "template": "icpc-extra-familial-harm-plan-markdown-written-to-a-15-year-old-second-person-whos-who-first-names-why-you-have-a-plan-what-you-told-us-what-we-want-for-you-then-nested-bullets-theme-action-who-when-how-well-know-then-if-things-go-wrong-bullets-meetings",
    "description": (
        "Exemplary initial conference plan for a 15-year-old who goes missing, has been found "
        "carrying drugs and cash for older men, and cuts himself; written to him by his social "
        "worker. A Markdown plan of nested bullets: each theme is a bold first-level bullet, each "
        "action a second-level bullet, and under it Who / When / How we'll know bullets. Owners "
        "are first names from the who's-who ('Jordan', 'Sophie', 'PC Lyle', 'Mark'), 'you' and "
        "'your mum'; timescales include 'within 72 hours of you coming home, every time', 'daily, "
        "checked with Sophie at each Wednesday session' and 'before the next core group (17 "
        "February)'. His words, outcomes for him, a contingency that covers his uncle being unable "
        "to help and names a legal planning meeting, and core group and review dates."
    ),
    "text": """\
# Your plan, Kai

**Usterdale Borough Council · Children's Services · Adolescent Safeguarding Team**

Kai, this is the plan agreed at your child protection conference on Tuesday 3 February 2026. You came
to the first half and told everyone what you think, and some of what you said has changed the plan. I
have written it to you, in ordinary words, so you can check we are doing what we said. If anything in
it is wrong, tell me.

Amira Sethi, your social worker

- **You:** Kai Quarrie, 15 (born 11/06/2010), Year 10 at Usterdale Park Academy
- **You live with:** your mum, Gemma Quarrie, and your sister Tilly (9), at 31 Fenwick Road, Usterdale
- **Your uncle:** Mark Quarrie (your mum's brother), 6 Dale View, Usterdale
- **Why the plan is in your name:** risk of harm outside the home (category: neglect)
- **Chair of the conference:** Rob Adair (IRO)

## Who's who

- **Amira** – Amira Sethi, your social worker (her manager is Nadia Brennan)
- **Jordan** – Jordan Pike, your youth worker, Usterdale Exploitation and Missing Team
- **Sophie** – Sophie Ward, your worker at Usterdale CAMHS
- **Mrs Holt** – Mrs Claire Holt, head of Year 10 and designated safeguarding lead at school
- **PC Lyle** – PC Dan Lyle, Usterdale Police missing and exploitation officer
- **Mark** – your uncle
- **Your mum** – Gemma

## Why you have a plan

Since October you have been missing six times, the longest for three days. On 9 January British
Transport Police found you at Marlhaven station with £400 and two phones that were not yours, with two
older men who were arrested. You told Jordan you owe "a lot" to people who gave you cannabis "on tick".
Your attendance at school this year is 61%. In January your mum found cuts on your arms, and you told
the school nurse you cut when you can't sleep.

## What you told us

- "I'm not a snitch. If I tell you names, I'm the one who gets hurt."
- "I owe them, so I can't just stop. They know where I live."
- "Boxing is the only thing I actually like. Mark takes me."
- "Mum shouts because she's worried. I get that."
- "The cutting isn't about dying. It's when my head won't switch off at night."
- You scored how safe you feel 4 out of 10. A 10 would be "not owing anyone and being able to walk to
  the shop without looking round".
- You want: to keep your phone, to go to boxing more, and not to be moved away from Usterdale.

## What we want for you

1. You stop going missing, and when you are out you are somewhere a trusted adult knows about.
2. Nobody is using you to carry or sell drugs, and the debt is dealt with so no one can hold it over you.
3. You get help with the cutting and with sleep, and you tell someone before you hurt yourself.
4. You are at school at least 90% of the time and you keep going to boxing.

## The plan

- **Keeping you safe when you're out**
  - A return home talk with you after every time you go missing
    - Who: Jordan
    - When: within 72 hours of you coming home, every time
    - How we'll know: Jordan's return home report is on your file within 72 hours, and anything about
      risk is passed to Amira and PC Lyle the same day
  - Serve child abduction warning notices on the two men from Marlhaven, and patrol Carr Street where
    you were being picked up
    - Who: PC Lyle
    - When: notices served by 17 February; patrols every Friday and Saturday night until the review
      conference
    - How we'll know: copies of the notices on your file; PC Lyle's update to each core group gives the
      number of patrols done and any sighting of you with the men
  - Be home by 9pm on school nights and 10.30pm at weekends, and keep location sharing on with your mum
    - Who: you
    - When: every night
    - How we'll know: your mum's log of the time you get in, which Amira reads at each visit; location
      sharing is on whenever your mum checks
  - Report you missing to the police if you are not home an hour after your time, and text Amira the
    same night
    - Who: your mum
    - When: every time, within one hour of your time
    - How we'll know: every missing episode in your mum's log has a police reference number, and Amira
      has a text from her that night
- **Getting help with the cutting and with sleep**
  - An assessment with you, then weekly sessions at school about sleep, the cutting and what's going on
    in your head
    - Who: Sophie
    - When: assessment before the next core group (17 February); then every Wednesday at 1.30pm at school
    - How we'll know: Sophie's assessment letter to Amira and your GP by 24 February; her attendance list
      for the Wednesday sessions at each core group
  - Keep the safety plan you write with Sophie on your phone and use it when you feel like cutting
    - Who: you
    - When: daily, checked with Sophie at each Wednesday session
    - How we'll know: you can show Sophie and Amira the plan on your phone, and you tell Sophie each week
      how many times you used it
  - Lock away knives, razors and tablets in the box Amira brought round
    - Who: your mum
    - When: by 10 February, and every day after that
    - How we'll know: Amira sees the box locked, with the key on your mum's keyring, at every home visit
- **School and boxing**
  - A new timetable with two days a week at Usterdale College on the motor vehicle course, and a
    check-in with you every morning
    - Who: Mrs Holt
    - When: new timetable from Monday 23 February (after half term); check-in every school day at 8.40am
    - How we'll know: attendance of 90% or more on Mrs Holt's Friday e-mail to Amira; every check-in
      logged on CPOMS
  - Take you to boxing at Usterdale ABC and bring you home afterwards
    - Who: Mark
    - When: every Tuesday and Thursday, 6pm to 8pm
    - How we'll know: the club register, and Mark's text to your mum when you are both back
  - Have you to stay at Dale View every other Friday night
    - Who: Mark
    - When: every other Friday from 13 February
    - How we'll know: Mark texts your mum and Amira when you arrive and when you leave
- **The debt and the people you owe**
  - Six sessions with you on the money you owe and who is putting pressure on you, ending in a written
    plan you agree with
    - Who: Jordan
    - When: once a week, starting by 13 February
    - How we'll know: the written plan for the debt, agreed with you, shared with Amira and PC Lyle by the
      core group on 10 March
- **Amira and your mum**
  - Visit you at home and see you on your own, and once a fortnight take you out of the house to talk
    - Who: Amira
    - When: every week until the review conference
    - How we'll know: visit records with your own words and your safety score out of 10 each time
  - Go to the Usterdale parents' group for parents of young people at risk outside the home
    - Who: your mum
    - When: six Monday evening sessions from 16 February
    - How we'll know: the group's register sent to Amira, and your mum tells the core group on 31 March
      what she is doing differently

## If things go wrong

- **If you are not home an hour after your time:** your mum reports you missing to the police and texts
  Amira. The police look for you, and Jordan does your return home talk within 72 hours.
- **If you go missing for more than 24 hours, or you are found with drugs, cash or the men named in the
  notices:** Amira and PC Lyle hold a strategy discussion the same day, and you stay at home with your
  mum or at Mark's, not out, until it has taken place.
- **If you cut yourself badly enough to need treatment, or say you want to die:** your mum takes you to
  A&E at Usterdale General or rings 999, and the CAMHS crisis team sees you the same day or the next
  morning.
- **If Mark can't do boxing or a Friday** (he's working, ill or away): Jordan takes you to boxing
  instead, and on that Friday you stay at home and your mum tells Amira. You don't stay anywhere else
  unless Amira has agreed it first.
- **If by the review conference** you have gone missing for more than 24 hours twice more, or the police
  have evidence that you are still being used to sell drugs, Amira will ask Nadia Brennan for a legal
  planning meeting within five working days, to think about whether you need to be looked after
  somewhere safer for a while. We will always tell you first.

## Meetings

- Core group (your mum, Mark, Amira, Jordan, Mrs Holt, Sophie and PC Lyle; you are invited to the first
  half): every three weeks, Tuesdays at 4pm at school – 17 February, 10 March and 31 March 2026.
- Review child protection conference: Tuesday 28 April 2026, 10am, Usterdale Civic Centre.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Initial conference plan, neglect, mother's cannabis use and low mood,
#    three children. Markdown table with a "Review date" column (dates in
#    many forms) and a "What will we see?" column. Mostly good rows; faults:
#    talking therapy that only treats the mother, a parenting assessment
#    with no measure, a feeling as a measure, "Family network" as owner, a
#    course "when a place comes up"; a contingency with no specific trigger
#    and no legal step. (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b121_ulvington_icpc_review_date_column_what_will_we_see_fairweather.md",
    "split": "tune",
    "actions": 12,
    "template": "icpc-plan-markdown-bold-details-whos-involved-list-worries-what-the-children-say-what-we-want-then-ref-what-will-happen-who-review-date-mixed-date-forms-what-will-we-see-table-then-if-things-get-worse-paragraph-meetings-bullets",
    "description": (
        "Initial conference plan for an 8-year-old, a 5-year-old and a 2-year-old whose mother "
        "smokes cannabis daily and has low mood. A Markdown table whose timescale column is headed "
        "'Review date' and holds dates in many forms ('3/3/26', '20th Feb', 'w/c 16 March') and "
        "whose measure column is headed 'What will we see?'. Most rows are sound: the drug service "
        "reports on change with 'three clear tests in a row', the GP owns an action, the school "
        "reports 95% attendance. Faults: talking therapy that only treats the mother; a parenting "
        "assessment with nothing in its measure cell; a routine measured by how the mother feels; "
        "'Family network' owning the school run; a dads' course 'when a place comes up'; a "
        "contingency with no specific trigger whose only response is to talk and look at next "
        "steps, and no legal step."
    ),
    "text": """\
# Child Protection Plan – Kayden, Maisie and Tyler

**Ulvington District Council – Children and Families – Locality Team North**

**Children:** Kayden Fairweather (8), Maisie Fairweather (5), Tyler Dobson (2)
**Address:** 27 Sorrel Drive, Ulvington UV6 2LP
**Mum:** Leanne Fairweather (30)
**Tyler's dad:** Craig Dobson (33), lives with the family, works days as a scaffolder
**Kayden and Maisie's dad:** not in contact since 2021
**Category:** Neglect (all three children)
**Initial child protection conference:** Tuesday 20 January 2026, Ulvington Town Hall (chair: Janet Lomas, IRO)
**Social worker:** Sam Okoye

## Who is involved

- Sam Okoye – social worker
- Nicola Barnes – health visitor (for Tyler)
- Mrs Gail Ferris – designated safeguarding lead, Ulvington St Mary's Primary (Kayden and Maisie)
- Reece Hall – recovery worker, Ulvington Drug and Alcohol Service
- Dr Helen Moss – GP, Ulvington Health Centre
- Jess Lowry – family support worker, Ulvington Family Support Service

## What we are worried about

Leanne smokes cannabis every day, often in the house while the children are there, and says she uses it
for her low mood. The GP started her on antidepressants in November. The house has had no working washing
machine since the summer; Kayden and Maisie have come to school in the same clothes most of the week and
Maisie has had head lice since October. Tyler has missed his two-year review twice, has eight teeth with
decay and had to have four taken out in December. Kayden has been late on 22 days this school year.

## What the children say

- **Kayden:** "Mum's always tired. I get Maisie's breakfast if there's cereal. The smell in the front room
  makes my head hurt." He said the best thing at home is "when Craig does chips on Friday".
- **Maisie:** "People at school say I smell. I want a pink bed with a curtain like Lola's."
- **Tyler** is two. On Sam's visit on 13/01/2026 he was in a full nappy at 3pm, drank a whole bottle of
  juice quickly, and went straight to Craig when Craig came in from work, lifting his arms to be picked up.

## What we want for the children

1. Kayden, Maisie and Tyler are cared for by adults who are not under the influence of cannabis.
2. The children go to school and nursery clean, in clean clothes and on time, and have had breakfast.
3. Tyler's health and teeth are looked after and he goes to every appointment.
4. Kayden no longer has to look after his sister and brother.

## The plan

| Ref | What will happen | Who | Review date | What will we see? |
|---|---|---|---|---|
| 1 | Visit the children at home every week, see Kayden and Maisie on their own, and one visit in four unannounced | Sam Okoye (SW) | Weekly; next checked 3/3/26 | Visit records with Kayden's and Maisie's own words; every weekly visit on the case file |
| 2 | Do Tyler's two-year review and visit every four weeks to check his weight, his teeth and the home | Nicola Barnes (HV) | Review by 20th Feb, then every 4 weeks | Ages and Stages scores sent to Sam; Tyler's weight on or above the 25th centile in his red book |
| 3 | Check Kayden's and Maisie's attendance and lateness every day and give them both a place at breakfast club | Ulvington St Mary's Primary (Mrs Ferris, DSL) | Daily from 21.01.26 | Attendance of 95% or more and lateness recorded on the Friday e-mail to Sam; breakfast club register shows both children in on 4 of 5 days |
| 4 | Key-work with Leanne, a urine test each fortnight, and a report to each core group on whether her cannabis use is changing in ways the children will notice | Ulvington Drug and Alcohol Service (Reece Hall) | Fortnightly; report 2 days before each core group | Test results and Reece's report on Sam's file before every core group |
| 5 | Stop smoking cannabis in the house and never smoke while caring for the children | Leanne (Mum) | Every day from 20/01/26 | Three clear tests in a row by the core group on 3 March; no smell of cannabis at any visit |
| 6 | Weekly counselling sessions for Leanne's low mood | Ulvington Talking Therapies | Weekly from 27 Jan | Attendance letter sent to Sam each month |
| 7 | Review Leanne's antidepressants and write to Sam about any change in her mood or medication | Dr Moss (GP) | Before the next core group (3 March) | GP letter on Sam's file before 3 March |
| 8 | Complete a parenting assessment of Leanne and Craig | Sam Okoye (SW) | 17.03.2026 | - |
| 9 | Help Leanne and Craig set up a cleaning and washing routine, so that the children have clean clothes and clean beds | Jess Lowry (FSW) | Weekly; 6 sessions, last one w/c 16 March | Leanne feels more on top of things at home |
| 10 | Help get Kayden and Maisie to school on the days Leanne has appointments | Family network | Every appointment day | School register shows both children in by 8.50am on those days |
| 11 | Go to the Ulvington Being a Dad course | Craig | When a place comes up | Course certificate seen by Sam |
| 12 | Register all three children with a dentist and take Tyler to his follow-up appointment | Leanne (Mum) | By 28/2/26 | Dentist registration letters seen by Sam; Tyler's follow-up date written in his red book |

## If things get worse

If things get worse at home or the plan is not being followed, Sam will talk to his manager and the core
group will look at what needs to happen next.

## Meetings

- Core group: every four weeks, Tuesdays at 3.30pm at Ulvington St Mary's Primary – 3 February, 3 March
  and 31 March 2026.
- Review child protection conference: Tuesday 14 April 2026, 2pm, Ulvington Town Hall.
""",
    "findings": [
        F("H001", "Weekly counselling sessions for Leanne's low mood"),
        F("M001", "Complete a parenting assessment of Leanne and Craig"),
        F("M002", "Help Leanne and Craig set up a cleaning and washing routine"),
        F("W002", "Help get Kayden and Maisie to school on the days"),
        F("T002", "Go to the Ulvington Being a Dad course"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan, medical neglect of an 11-year-old with type 1
#    diabetes and her 6-year-old brother left in her care. Plain-text plan
#    with a who's-who and a fixed-width five-column table whose cells wrap
#    over several lines; owners by first name; timescales "daily, checked
#    at each core group", "before the second core group (3 March)", "by the
#    review conference". Exemplary (txt)
# ---------------------------------------------------------------------------
def _fixed_width(header, rows, widths, gap="  "):
    """Lay out a plain-text table whose cells wrap inside fixed-width columns."""
    def lines_of(cells):
        wrapped = [textwrap.wrap(c, w) or [""] for c, w in zip(cells, widths)]
        height = max(len(x) for x in wrapped)
        out = []
        for i in range(height):
            parts = [(x[i] if i < len(x) else "").ljust(w) for x, w in zip(wrapped, widths)]
            out.append(gap.join(parts).rstrip())
        return out

    rule = gap.join("-" * w for w in widths)
    text = lines_of(header) + [rule]
    for r in rows:
        text.extend(lines_of(r))
        text.append("")
    return "\n".join(text).rstrip() + "\n"


_UTHERMOOR_TABLE = _fixed_width(
    ["NO.", "WHAT NEEDS TO HAPPEN", "WHO", "WHEN", "HOW WILL WE KNOW"],
    [
        ["1", "Check Zara's glucose readings on the clinic portal every weekday and ring Mum the same day if "
              "the sensor has stopped sending or readings have been over 14 for more than six hours",
         "Priti (diabetes nurse)", "Daily on weekdays; summary to Nisha every Friday",
         "Time in range on the CGM report rises from 31% to 50% or more by the review conference"],
        ["2", "See Zara in the diabetes clinic, check her HbA1c and injection sites, and write to Nisha after "
              "each clinic",
         "Dr Whitby", "Next clinic 24/02/2026, then every 3 months",
         "HbA1c below 75 by the review conference (94 in December); clinic letter on file within 7 days"],
        ["3", "Collect insulin and sensors from the pharmacy before they run out, and change Zara's sensor "
              "with her",
         "Mum (Simran)", "Prescription every 4 weeks; new sensor every 10 days",
         "Pharmacy record shows no gap in collection; CGM report shows no gap over 24 hours"],
        ["4", "Check that Zara has had her 8pm long-acting insulin, in person or by video call on late "
              "shifts, and tick it in the app",
         "Mum (Simran)", "Every night, checked at each core group",
         "No missed evening doses in the app log, which Priti reads each Friday"],
        ["5", "Give Zara her lunchtime insulin in the medical room, supervised, and record it",
         "Uthermoor Academy medical room (lead: Mrs Lowe)", "Every school day at 12.40pm",
         "No missed doses on the MAR chart; a copy e-mailed to Nisha every Friday"],
        ["6", "Check Zara's attendance every day and see her for a check-in on Mondays and Thursdays",
         "Mrs Lowe (DSL)", "Daily; check-ins every Monday and Thursday in term",
         "Attendance up from 82% to 95% by the review conference; check-ins logged on CPOMS"],
        ["7", "Four sessions with Zara on carb counting, injecting in front of friends and who to tell when "
              "she is struggling",
         "Karen (school nurse)", "Every two weeks, all four by the review conference",
         "Session notes to Nisha; at session 4 Zara carb counts a school lunch correctly with Karen"],
        ["8", "Scan her sensor and give her own mealtime insulin before breakfast and tea at home, and tell "
              "Mrs Lowe or Priti when she doesn't want to",
         "Zara", "Before every breakfast and tea, daily",
         "The app log shows a dose before breakfast and tea on at least 6 days in 7"],
        ["9", "Book Dev into Ravensgate Kids' Club on every late-shift day so that Zara is never left to look "
              "after him",
         "Mum (Simran), with Leah", "From 09/02/2026 on every late-shift day",
         "Club register shows Dev there on every late-shift day on Mum's rota; Zara tells Nisha she has not "
         "been left in charge"],
        ["10", "Six sessions with Mum to set up a wall calendar of clinics, prescriptions and sensor days, "
               "and a weekly meal plan Zara can follow",
         "Leah (FSW)", "Wednesdays, six sessions from 11/02/2026",
         "Calendar on the kitchen wall with every date filled in, seen by Nisha; Leah's closing report before "
         "the second core group (3 March)"],
        ["11", "Have Zara and Dev every other weekend and give Zara's insulin as her clinic plan says",
         "Dad (Harjit)", "Every other weekend from 07/02/2026",
         "App log shows every dose given on his weekends; Harjit's clinic training certificate from 24/02/2026 "
         "on file"],
        ["12", "Visit Zara and Dev at home, see each of them on their own, and look at the app log and the "
               "fridge with Mum",
         "Nisha (SW)", "Weekly, one visit in three unannounced, until the review conference",
         "Visit records with each child's words; insulin and sensors in the fridge at every visit"],
    ],
    [4, 34, 18, 21, 30],
)

PLANS.append({
    "name": "b121_uthermoor_diabetes_medical_neglect_fixed_width_bassi.txt",
    "split": "tune",
    "actions": 12,
    "template": "icpc-medical-neglect-plain-text-caps-headings-details-whos-who-first-names-worries-what-zara-and-dev-say-outcomes-then-fixed-width-five-column-table-no-what-needs-to-happen-who-when-how-will-we-know-cells-wrapping-then-if-things-go-wrong-paragraphs-review-lines",
    "description": (
        "Exemplary initial conference plan for an 11-year-old with type 1 diabetes who has been "
        "admitted twice with ketoacidosis, and her 6-year-old brother, who was being left in her "
        "care. A plain-text plan with a who's-who and a fixed-width five-column table whose cells "
        "wrap over several lines; owners are first names from the who's-who ('Priti', 'Leah', "
        "'Nisha') or a named service; timescales include 'every night, checked at each core group', "
        "'before the second core group (3 March)' and 'by the review conference'; measures are "
        "numbers and records ('time in range 50% or more', 'no missed doses on the MAR chart', "
        "'95% attendance'). Both children's words, a contingency with specific triggers and a legal "
        "planning meeting, core group and review dates."
    ),
    "text": """\
UTHERMOOR CITY COUNCIL
Children's Services - Safeguarding Team West

CHILD PROTECTION PLAN
=====================

Children ......... Zara Bassi (11), born 03/09/2014, Year 7, Uthermoor Academy
                   Dev Bassi (6), born 14/04/2019, Year 1, Ravensgate Infant School
Live with ........ Mum, Simran Bassi (36), 18 Wharf Street, Uthermoor UT3 1KD
Dad .............. Harjit Bassi (39), 4 Kiln Lane, Amberlow; children every other weekend
Category ......... Neglect (both children)
Conference ....... Initial child protection conference, Tuesday 27/01/2026,
                   Uthermoor Civic Offices. Chair: Lorraine Kitson (IRO)
Social worker .... Nisha Kaur (team manager: Gareth Moran)


WHO'S WHO (the plan uses the name in brackets)
------------------------------------------------
Nisha Kaur          Social worker                                      (Nisha)
Priti Desai         Paediatric diabetes specialist nurse,              (Priti)
                    Uthermoor Royal Infirmary
Dr Alan Whitby      Consultant paediatrician, children's diabetes      (Dr Whitby)
                    clinic, Uthermoor Royal Infirmary
Mrs Jo Lowe         Head of Year 7 and DSL, Uthermoor Academy          (Mrs Lowe)
Karen Firth         School nurse, Uthermoor 0-19 Service               (Karen)
Leah Ogden          Family support worker, Uthermoor Family Hub        (Leah)
Mr Tom Ashby        DSL, Ravensgate Infant School                      (Mr Ashby)


WHAT WE ARE WORRIED ABOUT
-------------------------
Zara was diagnosed with type 1 diabetes in 2021. She was admitted to the
children's ward at Uthermoor Royal Infirmary with diabetic ketoacidosis in
September and again in December 2025; the second time she was very unwell
and spent two nights on high dependency. Her HbA1c in December was 94 (the
clinic's target is below 58). She missed four of her last six clinic
appointments. Twice last term she ran out of insulin because the prescription
had not been collected, and her sensor went unchanged for 11 days. Zara skips
her lunchtime dose at school so that her friends don't see her inject. Mum
works late shifts at a care home three evenings a week, and on those evenings
Zara has been left to look after Dev until 10pm.


WHAT ZARA AND DEV SAY
---------------------
Zara (seen on her own at school, 21/01/2026): "I hate doing it in front of
people. Everyone stares. At home nobody checks so I just don't bother
sometimes. When I was in hospital I thought I was going to die and Mum
cried." She said the best thing would be "Mum being home at teatime" and
that she wants to go to netball club on Thursdays.

Dev (seen on his own at home, 22/01/2026): "Zara makes my tea when Mummy's at
work. Sometimes it's toast. She gets cross when I'm noisy." He drew his house
with Zara and himself in it and Mum "at work" in a separate box.


WHAT WE WANT FOR ZARA AND DEV
-----------------------------
1. Zara gets every dose of insulin, her sensor always works, and she is not
   admitted to hospital with ketoacidosis again.
2. An adult who knows her diabetes plan checks Zara's insulin every day, at
   home, at school and at her dad's.
3. Zara feels able to inject at school, goes to school every day and gets to
   netball.
4. Dev is looked after by an adult every evening, and Zara is never left in
   charge of him.


THE PLAN
--------
""" + _UTHERMOOR_TABLE + """

IF THINGS GO WRONG
------------------
If the portal shows no readings from Zara's sensor for more than 24 hours, or
readings over 20 with ketones, Priti will ring Mum the same day. If Mum cannot
be reached by 6pm, Priti will tell Nisha, and Zara will be seen at the
Children's Assessment Unit that evening; Harjit has agreed to take her.

If Zara misses a clinic appointment, or is admitted again with ketoacidosis,
Nisha will hold a strategy discussion with Dr Whitby on the same working day.

If Zara is found to have been left in charge of Dev after 6pm, Nisha will
visit that evening, and Dev will stay with Harjit on Mum's late shifts until
the next core group.

If by the review conference Zara's HbA1c is still above 80, or she has been
admitted with ketoacidosis again, Nisha will ask Gareth Moran for a legal
planning meeting within five working days, to decide whether to start the
Public Law Outline.


CORE GROUP AND REVIEW
---------------------
Core group ....... every three weeks, Tuesdays 4pm, Uthermoor Academy:
                   10/02/2026, 03/03/2026, 24/03/2026
Review conference  Tuesday 21/04/2026, 10am, Uthermoor Civic Offices
Before each core group Nisha will see Zara and Dev on their own and bring
their words to the meeting.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. First review conference plan, mother's depression and anxiety, a
#    4-year-old and a 9-month-old, grandparents helping. Word table of three
#    columns under "Responsible agency:" banner rows. Mostly good rows;
#    faults: CPN support visits only, a feeling as a measure, "as needed",
#    a row under "Responsible: Shannon's family" that names nobody; an
#    outcome about the mother only; a contingency that sends the children to
#    the grandparents and never says what happens if they cannot help; the
#    review conference "to be confirmed". (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b121_umbrook_rcpc_responsible_agency_banner_rows_kavanagh.docx",
    "doc_title": "Review Child Protection Plan - Lily-Rose and Mason Kavanagh",
    "split": "tune",
    "actions": 14,
    "template": "rcpc-word-plan-details-kv-what-has-changed-lily-rose-and-masons-world-outcomes-then-three-column-table-what-will-happen-target-date-proof-under-responsible-agency-banner-rows-spanning-the-table-then-contingency-paragraphs-core-group-and-review-lines",
    "description": (
        "First review conference plan for a 4-year-old and a 9-month-old whose mother has "
        "depression and anxiety and took an overdose in October; her parents do the nursery run "
        "and have the children on Fridays. A three-column Word table (What will happen / Target "
        "date / Proof) with no Who column: each group of rows sits under a shaded banner row "
        "('Responsible agency: Umbrook Health Visiting Team – Gail Sutherland, HV'), and the "
        "family's rows name Nan or Grandad in the action. Most rows are sound, including the "
        "psychiatrist's capacity-to-change assessment. Faults: the CPN's visits only support the "
        "mother; bedtime sessions measured by how the mother feels; help with the meters 'as "
        "needed'; a row under 'Responsible: Shannon's family' that names nobody; an outcome about "
        "the mother only; a contingency that sends the children to the grandparents with nothing "
        "if they cannot help; the next review conference 'to be confirmed'."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Umbrook Borough Council – Children's Social Care – Safeguarding Team 3"),
        ("kv", [
            ("Children", "Lily-Rose Kavanagh (4), born 07/12/2021; Mason Kavanagh (9 months), born 28/04/2025"),
            ("Address", "Flat 5, Ashdown House, Umbrook UB8 4QT"),
            ("Mum", "Shannon Kavanagh (23)"),
            ("Fathers", "Lily-Rose's father has not been in contact since 2022; Mason's father, Kyle Brennan, "
                        "lives out of the area and has no contact"),
            ("Maternal grandparents", "Carol (Nan) and Steve (Grandad) Kavanagh, 12 Linnet Way, Umbrook"),
            ("Category", "Neglect"),
            ("Initial conference", "23/10/2025"),
            ("This plan", "First review child protection conference, Tuesday 20/01/2026. Chair: Imran Qureshi "
                          "(IRO)"),
            ("Social worker", "Abi Mensah (team manager: Paul Heaton)"),
        ]),
        ("h1", "What has changed since the initial conference"),
        ("p", "Shannon has depression and anxiety and is under Umbrook Community Mental Health Team. On "
              "11/10/2025 she took an overdose of her tablets while the children were at home; Lily-Rose "
              "rang Nan on Shannon's phone. Since the initial conference Shannon has taken her medication, "
              "seen her CPN every fortnight and has had no further overdoses. Mason's weight has gone from the "
              "9th to the 25th centile. Nan takes Lily-Rose to nursery twice a week and Grandad has had both "
              "children every Friday night. The flat is still often cold because the meters run out, and "
              "bedtimes are late: the nursery says Lily-Rose is often tired and falls asleep after lunch."),
        ("h1", "Lily-Rose and Mason's world"),
        ("p", "Lily-Rose talked to Abi at nursery on 14/01/2026 using her feelings faces. She chose the happy "
              "face for Nan and Grandad's house (“Grandad does the bath with bubbles”) and the worried face for "
              "night-time at home: “Mummy's sad in bed and Mason cries and cries.” She said she would like "
              "“Mummy to read the dinosaur book”."),
        ("p", "Mason is nine months old. On 16/01/2026 he was sitting up and babbling, reached for Shannon and "
              "settled when she picked him up. He was in a clean nappy but his bottle had been left propped in "
              "the cot, and the flat was 15°C."),
        ("h1", "Outcomes"),
        ("bullets", [
            "Lily-Rose and Mason are cared for every day by an adult who is well enough to feed them, keep "
            "them warm and get them to bed on time.",
            "Mason keeps growing along the 25th centile and is never left with a propped bottle.",
            "Lily-Rose goes to nursery every day she is booked, on time and not tired.",
            "Shannon's mental health improves and she feels more able to cope.",
        ]),
        ("h1", "The plan"),
        ("p", "Each shaded row names the agency responsible for the actions below it. Where a row names someone "
              "else, that person is responsible for that row."),
        ("table", {
            "header": ["What will happen", "Target date", "Proof"],
            "widths": [8.0, 3.8, 5.2],
            "rows": [
                ["Responsible agency: Umbrook Children's Social Care – Abi Mensah, social worker", H, H],
                ["Visit Lily-Rose and Mason at home every week, one visit in three unannounced, and talk with "
                 "Lily-Rose on her own using her feelings faces",
                 "Weekly from 21/01/2026",
                 "Visit records with Lily-Rose's words and what Mason was doing at every visit"],
                ["Refer the family for a Family Group Conference so the wider family can plan who helps when "
                 "Shannon is unwell",
                 "Referral by 30/01/2026; conference by 13/03/2026",
                 "The family's plan from the conference shared at the core group on 17/03/2026"],
                ["Responsible agency: Umbrook Health Visiting Team – Gail Sutherland, HV", H, H],
                ["Weigh Mason, check his development and feeding, and see where he sleeps",
                 "Every two weeks at home",
                 "Weights plotted in the red book; Mason stays on or above the 25th centile"],
                ["Make Lily-Rose's speech and language referral and go with Shannon to the first appointment",
                 "Referral by 06/02/2026; first appointment by 27/02/2026",
                 "Appointment letter on file and the HV's note of the first appointment sent to Abi"],
                ["Responsible agency: Umbrook Community Mental Health Team", H, H],
                ["Dan Fielding (care co-ordinator, CPN) to visit Shannon at home for support with her anxiety "
                 "and low mood",
                 "Every two weeks",
                 "Attendance at visits recorded on the CMHT system and shared with Abi"],
                ["Dr Imogen Shah (consultant psychiatrist) to review Shannon's medication and write an "
                 "assessment of her capacity to make and keep the changes Lily-Rose and Mason need, and how "
                 "long this is likely to take",
                 "By 06/03/2026",
                 "Written assessment sent to Abi and shared at the core group on 17/03/2026"],
                ["Responsible agency: Umbrook Family Support Service – Tanya Reid, family support worker", H, H],
                ["Weekly sessions with Shannon on bedtime routines for Lily-Rose and Mason",
                 "Tuesdays, eight sessions from 27/01/2026",
                 "Shannon says she feels more confident at bedtimes"],
                ["Help Shannon sort out the gas and electricity meters and the letters about her debts",
                 "As needed",
                 "Meters are never on emergency credit when Tanya visits"],
                ["Responsible agency: Little Wrens Nursery – Mrs Pat Lomax, manager", H, H],
                ["Record Lily-Rose's attendance and how she arrives (clean, fed, on time), and ring Abi the same "
                 "day if she does not arrive",
                 "Every session, Monday to Thursday mornings",
                 "Weekly attendance e-mail to Abi; attendance of 90% or more"],
                ["Responsible: Shannon", H, H],
                ["Take her medication every day and go to every CMHT appointment, so that she is well enough "
                 "to get the children up and to nursery",
                 "Every day; appointments as booked",
                 "Dan's tablet count at each visit; CMHT attendance record"],
                ["Keep Mason safe at home: stair gate up, and her tablets locked in the box Abi provided",
                 "By 27/01/2026 and every day after",
                 "Gate up and box locked at every visit by Abi"],
                ["Responsible: Shannon's family", H, H],
                ["Nan (Carol Kavanagh) to take Lily-Rose to nursery",
                 "Every Monday and Wednesday",
                 "Nursery register shows Lily-Rose in by 9.15am on Carol's days"],
                ["Grandad (Steve Kavanagh) to have Lily-Rose and Mason overnight at Linnet Way",
                 "Every Friday night",
                 "Steve texts Abi on Saturday mornings; Abi checks with Lily-Rose at the next visit"],
                ["Help Shannon keep on top of the washing, the pots and the house on her bad days",
                 "Every Saturday afternoon",
                 "Clean clothes for both children and clean bottles at every visit by Abi"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Shannon self-harms, takes an overdose or tells anyone she is thinking of it, her CMHT crisis "
              "plan starts the same day, Lily-Rose and Mason go to Nan and Grandad at 12 Linnet Way, and Abi "
              "holds a strategy discussion the same day."),
        ("p", "If Mason is found with a propped bottle again, or the flat is below 16°C at a visit, Abi will "
              "ask Nan and Grandad to have the children that night and will visit again the next morning."),
        ("p", "If Mason's weight falls below the 9th centile, Shannon stops her medication, or Lily-Rose misses "
              "three nursery sessions in a row without a reason, Abi will ask Paul Heaton for a legal planning "
              "meeting within five working days."),
        ("h1", "Core group and review"),
        ("kv", [
            ("Core group", "Every six weeks, Tuesdays at 10am, Umbrook Children's Centre: 03/02/2026 and "
                           "17/03/2026"),
            ("Next review conference", "To be confirmed by the conference team"),
        ]),
    ],
    "findings": [
        F("H001", "for support with her anxiety and low mood"),
        F("M002", "Weekly sessions with Shannon on bedtime routines"),
        F("T002", "Help Shannon sort out the gas and electricity meters"),
        F("W002", "Help Shannon keep on top of the washing"),
        F("F002", "Shannon's mental health improves and she feels more able to cope"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. First review conference plan, mother on a methadone script after heroin
#    use, a 10-year-old and a 5-year-old. Portrait Word plan printed to PDF
#    with header and footer; the owner column is headed "Team" and mostly
#    names a service; "Success looks like" column; timescales "daily,
#    reviewed at each core group", "before the next core group (3 March)",
#    "by the review conference"; "Words and pictures"; Plan B If / Then /
#    Who table. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b121_ullesbrook_rcpc_words_and_pictures_team_column_wojcik.pdf",
    "doc_title": "Review Child Protection Plan - Nikola and Oskar Wojcik",
    "split": "tune",
    "actions": 11,
    "template": "rcpc-word-plan-printed-to-pdf-header-footer-details-kv-since-the-first-conference-bullets-nikolas-words-and-pictures-oskars-days-what-we-want-then-five-column-table-no-what-will-happen-team-when-success-looks-like-owner-column-mostly-services-then-plan-b-if-then-who-table-meetings-bullets",
    "description": (
        "Exemplary first review conference plan for a 10-year-old and a 5-year-old whose mother "
        "is on a methadone script after years of heroin use and lapsed in November. A portrait "
        "Word plan printed to PDF with a header and a 'Page N of M' footer. The owner column is "
        "headed 'Team' and mostly holds a service alone ('Ullesbrook Drug and Alcohol Service', "
        "'0–19 Health Team', 'Early Help Family Support Team'); timescales include 'daily, "
        "reviewed at each core group', 'before the next core group (3 March)' and 'by the review "
        "conference'; the measure column is 'Success looks like' ('three clear tests in a row', "
        "'no missed doses on the pharmacy's supervised consumption record', '95% attendance'). "
        "Nikola's voice is in a 'Words and pictures' section; the Plan B If / Then / Who table "
        "covers Oskar's father being unable to help and names a legal planning meeting."
    ),
    "header": "Ullesbrook City Council | Children's Social Care | OFFICIAL-SENSITIVE",
    "footer": "Review child protection plan – Nikola and Oskar Wojcik – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("kv", [
            ("Children", "Nikola Wojcik (10), born 22/06/2015; Oskar Wojcik (5), born 09/09/2020"),
            ("School", "Meadowside Primary School (Nikola Year 6, Oskar Reception)"),
            ("Mum", "Agnieszka Wojcik (34), 9 Quarry Terrace, Ullesbrook UL9 3HS"),
            ("Oskar's dad", "Marek Zielinski (37), 41 Parkway, Ullesbrook; sees both children every Sunday"),
            ("Nikola's dad", "Not in contact since 2016"),
            ("Category", "Neglect"),
            ("Initial conference", "11/11/2025"),
            ("This plan", "First review child protection conference, Tuesday 10/02/2026. Chair: Denise Okon "
                          "(IRO)"),
            ("Social worker", "Ruth Achebe (team manager: Callum Reeve)"),
        ]),
        ("h1", "Since the first conference"),
        ("bullets", [
            "Agnieszka used heroin for five years and has been on a methadone script from Ullesbrook Drug and "
            "Alcohol Service since March 2025. On 03/11/2025 a teacher saw her under the influence when she "
            "came to collect Oskar, and a test that week was positive for heroin.",
            "Every test since 20/11/2025 has been negative for heroin; she has missed two key-work sessions.",
            "Oskar's attendance is 88% and Nikola's 91%; both were late on most Mondays before Christmas.",
            "Marek has had the children every Sunday and came to the last core group.",
            "Methadone was found on the kitchen worktop at a visit on 12/12/2025. It has been in a locked box "
            "at every visit since.",
        ]),
        ("h1", "Nikola's words and pictures"),
        ("p", "Ruth went through the words-and-pictures story of why the family has a plan with Nikola at school "
              "on 27/01/2026, and Nikola added her own pages. She drew her mum asleep on the sofa with a clock "
              "showing 4 o'clock and wrote “Mum sleepy = bad day”. On the next page she drew the family at "
              "Marek's on a Sunday and wrote “Sunday = best”. She said: “I check if Mum's eyes are small. If "
              "they are I get Oskar's tea. I don't want Mum to get into trouble, I just want her to be "
              "awake.” She wants to go to the Year 6 residential in May and to “not have to look after Oskar "
              "every day”."),
        ("h1", "Oskar's days"),
        ("p", "Oskar is five. At Ruth's visit on 03/02/2026 he showed her his reading book and his Lego garage, "
              "chatted about Marek's dog and sat close to his mum on the sofa. His teacher says he is often "
              "hungry on Monday mornings and asks for toast at breakfast club."),
        ("h1", "What we want for Nikola and Oskar"),
        ("numbers", [
            "Nikola and Oskar are cared for every day by a mum who is not under the influence of drugs, and "
            "who is awake and able to get them up, fed and to school.",
            "Nikola no longer checks on her mum or looks after Oskar, and goes on her Year 6 residential.",
            "Both children get to school on time every day and Oskar is not hungry when he arrives.",
            "Nikola and Oskar can never get to their mum's methadone.",
        ]),
        ("h1", "What will happen"),
        ("table", {
            "header": ["No.", "What will happen", "Team", "When", "Success looks like"],
            "widths": [1.0, 5.6, 3.3, 3.2, 3.9],
            "rows": [
                ["1",
                 "Key-work with Agnieszka, a methadone review and a urine test every fortnight, and a written "
                 "report to each core group on whether she is staying off heroin and whether the change is "
                 "lasting",
                 "Ullesbrook Drug and Alcohol Service",
                 "Fortnightly; report 2 working days before each core group",
                 "Three clear tests in a row by the next core group (3 March); the report on Ruth's file "
                 "before every core group"],
                ["2",
                 "Take her methadone under supervision at Parkway Pharmacy and go to every key-work session, so "
                 "that she is awake and able to get Nikola and Oskar to school",
                 "Mum (Agnieszka)",
                 "Daily, reviewed at each core group",
                 "No missed doses on the pharmacy's supervised consumption record; every key-work session "
                 "attended"],
                ["3",
                 "Send Ruth Agnieszka's prescribing history, prescribe naloxone, and show Agnieszka and Marek "
                 "how to use it",
                 "GP, Parkway Medical Centre",
                 "By 24/02/2026",
                 "GP letter on Ruth's file; the naloxone kit seen in the locked cupboard at the next visit"],
                ["4",
                 "Fit a lockable box for the methadone, out of the children's reach, and set up a morning and "
                 "bedtime routine with Agnieszka",
                 "Early Help Family Support Team",
                 "Weekly, eight sessions by the review conference",
                 "Box locked at every visit; the routine chart shows both children up and fed by 8.15am on 4 "
                 "of 5 school days"],
                ["5",
                 "Check both children's attendance and how they arrive each morning, give Oskar breakfast club, "
                 "and phone Ruth the same day if either is absent without a reason",
                 "Meadowside Primary School (DSL)",
                 "Every school day",
                 "Attendance of 95% or more for both children by the review conference; same-day calls "
                 "logged on CPOMS"],
                ["6",
                 "Do Oskar's hearing and vision screen and his Reception health review, and send Ruth the "
                 "results",
                 "0–19 Health Team (school nursing)",
                 "Before the next core group (3 March)",
                 "Results on Ruth's file by 3 March; any referral made within a week of the review"],
                ["7",
                 "Give Nikola a place at the Thursday young carers' group so she has a break and someone her own "
                 "age to talk to",
                 "Ullesbrook Young Carers Project",
                 "Every Thursday from 19/02/2026",
                 "Register shows Nikola there on at least 3 of 4 Thursdays; her group worker writes to Ruth "
                 "each month"],
                ["8",
                 "Six words-and-pictures sessions with Nikola about her mum's recovery and who she can tell",
                 "Children's Social Care (Ruth)",
                 "Every two weeks, all six by the review conference",
                 "Nikola's own book kept on file; at the last session she can name two adults she would tell"],
                ["9",
                 "Visit Nikola and Oskar at home, see each on their own, and check the methadone box",
                 "Children's Social Care (Ruth)",
                 "Weekly, one visit a month unannounced, until the review conference",
                 "Visit records with each child's words and the state of the box at every visit"],
                ["10",
                 "Have Nikola and Oskar at 41 Parkway and bring them home",
                 "Marek (Oskar's dad)",
                 "Every Sunday, 10am to 5pm",
                 "Contact diary signed by Marek and Agnieszka, seen by Ruth at the first visit each month"],
                ["11",
                 "Be the adult Nikola rings if her mum seems sleepy or unwell, and collect both children the "
                 "same day",
                 "Marek (Oskar's dad)",
                 "From 10/02/2026; the same day whenever Nikola rings",
                 "Marek texts Ruth whenever Nikola rings; Nikola shows Ruth Marek's number saved on her watch"],
            ],
        }),
        ("h1", "Plan B"),
        ("table", {
            "header": ["If", "Then", "Who"],
            "widths": [5.2, 7.8, 4.0],
            "rows": [
                ["Agnieszka has a test positive for heroin, or anyone sees her under the influence while caring "
                 "for the children",
                 "The children go to Marek's that night. Ruth holds a strategy discussion the same day and visits "
                 "the next morning.",
                 "The drug service tells Ruth the same day; Ruth; Marek"],
                ["Marek cannot take the children (he is working away or ill)",
                 "Nikola and Oskar go together to Ullesbrook foster carers the same day, and see their mum the "
                 "next day.",
                 "Ruth, with Callum Reeve"],
                ["Methadone is found outside the locked box",
                 "Ruth visits the same day and asks the drug service to move Agnieszka to supervised doses "
                 "seven days a week.",
                 "Ruth; Ullesbrook Drug and Alcohol Service"],
                ["Two positive tests for heroin before the review conference, or Agnieszka stops her script",
                 "Ruth asks Callum Reeve for a legal planning meeting within five working days, to decide "
                 "whether to start the Public Law Outline.",
                 "Ruth; Callum Reeve"],
            ],
        }),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 9.30am at Meadowside Primary School: 03/03/2026, "
            "31/03/2026 and 28/04/2026.",
            "Second review child protection conference: Tuesday 05/05/2026, 10am, Ullesbrook Civic Centre.",
            "Before each core group Ruth will see Nikola on her own and bring her words and pictures.",
        ]),
    ],
    "findings": [],
})
