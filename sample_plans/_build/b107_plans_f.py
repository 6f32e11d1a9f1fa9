"""Batch 107, module f: seven fictional plans (tuning material), places beginning with "f".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: what a serious case review found missing when a premature baby's plan
was built around her mother's needs. Parents with a mental illness or who
misuse drugs or alcohol (adult services owning actions and assessing capacity
to change, or a mental health worker who only "supports"); grandparents and
friends relied on for supervision, with and without a fallback; looked-after
children in hospital, with and without visits at a stated frequency; a family
moving to another authority (some actions carried on, some deferred "until
the move"); legal planning on insufficient progress, or none. Layouts: a
health-led pre-birth plan with stage banner rows, a "team around the family"
grid, a discharge planning meeting's plan, a transfer-in conference case
print, a core group minute with its action log, a letter to the parents, and
a child's "my plan" column beside the professional plan. Two are exemplary
(the discharge planning meeting and the letter).
"""
from build_batch5 import F, H

PLANS = []


# ---------------------------------------------------------------------------
# 1. Health-led pre-birth plan: mother with bipolar disorder, father drinks.
#    One table with stage banner rows (merged across). Grandparents carry the
#    first six weeks with no fallback; no legal step. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b107_fairlinch_prebirth_health_led_stage_banners_haldane.docx",
    "doc_title": "Pre-birth Child Protection Plan - Baby Haldane",
    "split": "tune",
    "actions": 15,
    "template": "prebirth-health-led-word-plan-details-list-worries-working-well-babys-lived-experience-outcomes-then-one-table-with-merged-stage-banner-rows-what-needs-to-happen-lead-practitioner-by-when-how-we-will-know-contingency-meetings",
    "description": (
        "Health-led pre-birth plan for an unborn baby, expected early, whose mother has bipolar "
        "disorder and stopped her lithium in pregnancy and whose father drinks heavily at weekends. "
        "One action table split into pregnancy, birth and first-six-weeks stages by merged banner "
        "rows. Most rows are sound (the perinatal psychiatrist reports on whether the mother can "
        "change, the alcohol service assesses and reports). Faults: the perinatal CPN only "
        "supports, the father is to cut down 'Ongoing' measured by 'Improvement', a safe sleep "
        "visit with no timescale, ward observation with no measure, a discharge meeting owned by "
        "'TBC', an outcome about the mother's mood only; the grandparents carry the nights and "
        "weekends and the contingency, with no fallback, and no legal planning."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Fairlinch Health Board with Fairlinch County Council · Pre-birth pathway (health-led) · "
              "Plan held by the Rowan Team, Fairlinch Maternity"),
        ("kv", [
            ("Unborn baby", "Baby Haldane, expected 24/10/2025. A growth scan on 14/08/2025 showed the baby on "
                            "the 5th centile and the obstetric team expect an early delivery, possibly from 34 weeks"),
            ("Mother", "Rhiannon Haldane (26), 31 weeks pregnant at conference"),
            ("Father", "Connor Tait (29), lives with Rhiannon at Flat 2, 17 Heol Ddu, Fairlinch FL4 2RN"),
            ("Maternal grandparents", "Beverley and Alan Haldane, 6 Tan-y-Bryn, Fairlinch (ten minutes by car)"),
            ("Category", "Neglect (unborn)"),
            ("Pre-birth conference", "21/08/2025, Fairlinch County Hall. Chair: Eleri Hughes"),
            ("Lead health practitioner", "Sian Pritchard, specialist safeguarding midwife (Rowan Team)"),
            ("Social worker", "Matthew Orr, Fairlinch Children's Services, Safeguarding Team West"),
        ]),
        ("h1", "Why the baby needs a plan"),
        ("p", "Rhiannon has bipolar affective disorder. In 2022 she was detained at the Fairlinch Mental Health "
              "Unit for five weeks after a manic episode in which she did not sleep for days and spent all her "
              "savings. She stopped her lithium when she found out she was pregnant in February and did not tell "
              "her GP until May; she now takes quetiapine prescribed by the perinatal team. Women with bipolar "
              "disorder have a high risk of a serious relapse in the weeks after a birth. Connor drinks eight to "
              "ten cans of strong lager most Fridays to Sundays. On 22/06/2025 police were called to the flat "
              "after a neighbour heard shouting; Connor had been drinking and had punched a door. He says his "
              "drinking is not a problem."),
        ("h1", "What is going well"),
        ("p", "Rhiannon has been to every antenatal appointment since May and talks openly with the perinatal "
              "team about her warning signs. The flat is warm and clean and the Moses basket is ready. Beverley "
              "and Alan cared for Rhiannon through her illness in 2022 and want to help again. Connor has agreed "
              "to meet the alcohol service."),
        ("h1", "The baby's lived experience"),
        ("p", "The baby cannot tell us anything yet, so we have thought about what the baby's days will be like. "
              "At the scan on 14/08/2025 the baby was active but small, and may need time on the neonatal unit. "
              "Rhiannon talks to her bump and plays it music in the evenings, and Connor has felt the baby kick. "
              "The baby will come home to a one-bedroom flat, sleeping in a Moses basket by the parents' bed. If "
              "Rhiannon became unwell in the first weeks, the baby would be with a mother who might not sleep "
              "and might not notice hunger or cold; if Connor had been drinking, no sober adult would be there "
              "for the night feeds."),
        ("h1", "What we want for the baby"),
        ("bullets", [
            "The baby is born safely, with the maternity and perinatal teams ready for Rhiannon's mental health "
            "needs from the moment she is admitted.",
            "After the birth the baby is fed on time, settled and kept safe by a sober, well adult, day and night.",
            "The baby is seen by a professional every week and gains weight along the centile.",
            "Rhiannon's mood stays stable throughout the pregnancy.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan follows the pregnancy. Each stage has its own rows, and the lead practitioner is the person "
              "responsible for the row."),
        ("table", {
            "header": ["What needs to happen", "Lead practitioner", "By when", "How we will know"],
            "widths": [6.2, 3.8, 3.2, 3.8],
            "rows": [
                ["Stage 1 – Pregnancy (now until the birth)", H, H, H],
                ["Antenatal appointments at the Rowan Team clinic, checking Rhiannon's mood and the baby's growth "
                 "at each one",
                 "Sian Pritchard, specialist safeguarding midwife",
                 "Every two weeks until 36 weeks, then weekly",
                 "Appointment notes and growth scan results emailed to the SW after each appointment"],
                ["Regular appointments with the perinatal CPN to support Rhiannon with her mood during the "
                 "pregnancy",
                 "Gethin Morris, CPN, Fairlinch Perinatal Mental Health Team",
                 "Fortnightly",
                 "Attendance recorded by the perinatal team and shared with the SW"],
                ["Review Rhiannon's medication, write her birth and postnatal mental health plan with her, and "
                 "report on whether she is likely to be well enough to care for the baby and how quickly any "
                 "change could be made",
                 "Dr Helen Kaye, consultant perinatal psychiatrist",
                 "By 12/09/2025 (34 weeks)",
                 "Written plan and report in the maternity notes, copied to the SW, HV and GP"],
                ["Connor to cut down how much he drinks",
                 "Connor Tait",
                 "Ongoing",
                 "Improvement"],
                ["Assess Connor's drinking, offer him the Steps group and report to each core group on whether he "
                 "has cut down",
                 "Nadia Ferris, recovery worker, Compass Point (Fairlinch Alcohol Service)",
                 "Assessment by 05/09/2025, then a report before each core group",
                 "Assessment and written progress reports, with breath test results, sent to the SW"],
                ["Pre-birth parenting assessment with Rhiannon and Connor, looking at how Rhiannon's illness and "
                 "Connor's drinking would affect their care of the baby",
                 "Matthew Orr, SW",
                 "Report by 26/09/2025 (36 weeks)",
                 "Report shared with Rhiannon and Connor and with the core group before the birth"],
                ["Home visit to talk through safe sleep, feeding and coping with crying",
                 "Cerys Lloyd, health visitor",
                 "",
                 "ICON leaflet signed by both parents and kept on the baby's health record"],
                ["Stage 2 – Birth and the postnatal ward", H, H, H],
                ["Put an alert on the maternity system so that the SW and the perinatal team are told when "
                 "Rhiannon is admitted in labour",
                 "Sian Pritchard, specialist safeguarding midwife",
                 "By 29/08/2025",
                 "Alert visible on the maternity system; screenshot sent to the SW"],
                ["Observe Rhiannon's and Connor's care of the baby on the postnatal ward, including night feeds",
                 "Postnatal ward midwives, Fairlinch Maternity",
                 "Every shift until discharge",
                 ""],
                ["Hold a discharge planning meeting before the baby goes home",
                 "TBC",
                 "Before discharge",
                 "Discharge plan sent to every member of the core group"],
                ["Stage 3 – The first six weeks at home", H, H, H],
                ["Stay at the flat every night and do the 2am feed so that Rhiannon can sleep",
                 "Beverley Haldane (MGM)",
                 "Every night for six weeks from discharge",
                 "Beverley fills in the night feed chart, which the HV checks at each visit"],
                ["Be at the flat whenever Connor is caring for the baby on his own",
                 "Alan Haldane (MGF)",
                 "Every Friday, Saturday and Sunday evening for six weeks from discharge",
                 "Alan signs the weekend sheet on the fridge; the SW checks it at each visit"],
                ["New birth visit, then weigh the baby and check Rhiannon's mood with the EPDS",
                 "Cerys Lloyd, health visitor",
                 "Within 10 days of discharge, then weekly for six weeks",
                 "Weights in the red book and EPDS scores sent to the SW each week"],
                ["Visit the baby at home, including one unannounced visit each month, and see the baby awake, fed "
                 "and settled",
                 "Matthew Orr, SW",
                 "Weekly from discharge",
                 "Visit notes record the baby seen awake, how the baby fed and where the baby sleeps"],
                ["See Rhiannon at home to look for early signs of postpartum psychosis, and report to the SW on "
                 "whether she is well enough to care for the baby",
                 "Gethin Morris, CPN, Fairlinch Perinatal Mental Health Team",
                 "Within 48 hours of discharge, then weekly",
                 "Written note to the SW after each visit, with Gethin's view of Rhiannon's care of the baby"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Rhiannon stops her medication, stops sleeping, or shows any of the warning signs in Dr Kaye's "
              "plan (talking very fast, spending, not eating), Gethin Morris will arrange a mental health "
              "assessment the same day, and the baby will be cared for by Beverley and Alan at 6 Tan-y-Bryn until "
              "Rhiannon is assessed as well."),
        ("p", "If Connor is found to have been drinking while caring for the baby, Alan will take the baby to "
              "Beverley's house and Matthew Orr will hold a strategy discussion with Fairlinch Police the same "
              "day."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at the Rowan Team clinic: 04/09/2025 and 02/10/2025, then within 10 "
            "working days of the birth and every four weeks after that.",
            "Review child protection conference: 13/11/2025 at 10am, Fairlinch County Hall.",
        ]),
    ],
    "findings": [
        F("F002", "Rhiannon's mood stays stable throughout the pregnancy."),
        F("H001", "to support Rhiannon with her mood during the pregnancy"),
        F("T002", "Connor to cut down how much he drinks"),
        F("M002", "Connor to cut down how much he drinks"),
        F("T001", "Home visit to talk through safe sleep, feeding and coping with crying"),
        F("M001", "Observe Rhiannon's and Connor's care of the baby on the postnatal ward"),
        F("W002", "Hold a discharge planning meeting before the baby goes home"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. ICPC plan as a "team around the family" grid: mother's depression,
#    father's cannabis and amphetamine use. Most rows are about the parents'
#    own needs; no adult service owns an action; review date TBC. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b107_fossendale_icpc_team_around_family_grid_pennock.md",
    "split": "tune",
    "actions": 11,
    "template": "icpc-markdown-team-around-the-family-grid-details-bullets-worries-childrens-words-working-well-numbered-outcomes-then-one-row-per-team-member-who-what-i-we-will-do-when-how-we-will-know-contingency-bullets-meetings",
    "description": (
        "Initial conference plan for a 4-year-old and a 9-month-old whose mother has depression and "
        "anxiety and whose father uses cannabis daily and amphetamine at weekends, written as a "
        "team around the family grid, one row per team member in the first person. The family "
        "friend who is there when the father has the children has a fallback and legal planning "
        "follows named triggers. Faults: most rows are about the parents' own needs (GP, drug "
        "service, rent, benefits, a drop-in, morale) with no link to the children; no adult "
        "service owns an action; the father's drug service is measured by 'Engagement', budgeting "
        "help is 'As and when', a 'Family network' row measured by how mum feels, and the review "
        "conference date is to be confirmed."
    ),
    "text": """\
# Jayden and Ella's Child Protection Plan — Team Around the Family

Fossendale Borough Council · Children's Services · Safeguarding and Family Support (South)

- **Children:** Jayden Pennock, 4 (DOB 17/03/2021), Little Acorns Nursery; Ella Pennock, 9 months (DOB 02/12/2024)
- **Parents:** Kirsty Pennock (27) and Wayne Pennock (30), 11c Mortlake Buildings, Fossendale FS2 7HE
- **Category:** Neglect
- **Initial conference:** 28/08/2025, Fossendale Civic Centre · Chair: Graham Sutcliffe
- **Lead professional:** Dionne Achebe, social worker

## Why we are worried

Kirsty has had depression and anxiety since Ella was born, and most days she does not get up until the
afternoon. Wayne smokes cannabis every day and uses amphetamine at weekends. On 05/08/2025 the health visitor
found Ella crawling by an open second-floor window while Wayne was asleep on the settee; Jayden had let the
health visitor in. Jayden has arrived at nursery hungry at 14 of his last 20 sessions, and Ella has missed two
sets of immunisations. The flat is damp and the family has a notice about rent arrears.

## What Jayden and Ella have told and shown us

Jayden (seen at nursery with his key worker, 20/08/2025): *"Daddy sleeps on the settee a lot. I get my own
cereal and I give Ella crisps."* He drew Marie's house with "a big dog and dinner" and said he likes nursery
"because there's toast".

Ella is 9 months old. On three visits she was in a wet nappy by late morning and took her bottle fast, as if
very hungry. She crawls everywhere and pulls herself up on the furniture. She smiles and reaches for Kirsty,
and settles quickly on Marie's hip.

## What's working well

Kirsty and Wayne love the children and both came to conference. Kirsty has started telling Dionne how she
feels. Marie Downey, their neighbour and Kirsty's friend since school, already has the children some
afternoons and wants to help. Kirsty's sister, Leanne Foy, lives in Fossendale and has offered to have the
children at short notice.

## What we want for Jayden and Ella

1. Jayden and Ella are looked after at all times by an adult who is awake and not under the influence of drugs.
2. Jayden gets to nursery fed, clean and on time for every session.
3. Ella's health checks and immunisations are up to date and she grows well.
4. Jayden and Ella live in a warm, dry and safe home.

## Team around the family grid

Each row is one team member's part of the plan, in their own words.

| Who (team member) | What I / we will do | When (how often or by when) | How we will know (what everyone will see) |
|---|---|---|---|
| Dionne Achebe, social worker | Visit Jayden and Ella at home, at least one visit a month unannounced, and spend time with Jayden on his own | Every week from 01/09/2025 | Visit notes show both children seen, Jayden seen alone, and what he said |
| Kirsty (Mum) | Book and keep a GP appointment about my low mood and sleep | By 12/09/2025 | Appointment letter shown to Dionne |
| Wayne (Dad) | Keep my weekly key-work sessions at Open Road about my cannabis and speed use | Every Tuesday | Engagement with Open Road |
| Wayne (Dad) | Register with Millbrook Surgery and book a health check about my sleep | By 19/09/2025 | Registration letter shown to Dionne |
| Tariq Aziz, tenancy support officer, Fossendale Homes | Help Kirsty and Wayne apply for a Discretionary Housing Payment and agree a plan for the rent arrears | By 30/09/2025 | Payment plan letter from Fossendale Homes on file |
| Becky Lomas, family support worker | Benefits check and budgeting sessions with Kirsty and Wayne | As and when they ask for help | Benefits check done and any new award letter on file |
| Becky Lomas, family support worker | Go with Kirsty to her first two sessions at the Fossendale Talking Space drop-in | By 26/09/2025 | Becky's notes record both sessions |
| Marie Downey (family friend, next door) | Be at the flat whenever Wayne is looking after Jayden and Ella on his own | Every Monday and Wednesday, 3pm to 7pm, while Kirsty is at college | Marie signs the sheet on the fridge; Dionne checks it at each visit |
| Gina Hart, health visitor | Do Ella's one-year review, catch up her missed immunisations and weigh her | By 03/10/2025 | Weight, ASQ scores and immunisation dates sent to Dionne |
| Mrs Sunita Patel, DSL, Little Acorns Nursery | Check Jayden's attendance, whether he has eaten and how he presents, and ring Dionne the same day about any worry | Every nursery session (Monday to Thursday mornings) | Weekly attendance sheet emailed to Dionne; worries logged on the nursery's safeguarding log |
| Family network | Keep Kirsty and Wayne's spirits up and give them a break | Weekly | Kirsty says she feels better |

## If things go wrong

- If Wayne is under the influence of drugs while looking after Jayden and Ella, or Kirsty tells anyone she
  cannot keep herself safe, Dionne (out of hours, the Emergency Duty Team) will hold a strategy discussion the
  same day and the children will go to Leanne Foy at 22 Quarry Bank, Fossendale.
- If Marie cannot be at the flat on a Monday or Wednesday, Wayne will not look after the children on his own:
  they will go to Leanne's for the afternoon, and if Leanne cannot have them either, Dionne will arrange care
  with a Fossendale foster carer that afternoon.
- If the children are found in Wayne's sole care while he is under the influence a second time, or by the
  review conference Jayden still arrives at nursery hungry or Ella has not caught up her immunisations, Dionne
  will ask her team manager for a legal planning meeting within 5 working days.

## Meetings

The core group meets every six weeks at Fossendale Family Hub; the first meeting is on 11/09/2025.
Review child protection conference: date to be confirmed by the conference team.
""",
    "findings": [
        F("M002", "Keep my weekly key-work sessions at Open Road"),
        F("T002", "Benefits check and budgeting sessions with Kirsty and Wayne"),
        F("W002", "Keep Kirsty and Wayne's spirits up and give them a break"),
        F("M002", "Keep Kirsty and Wayne's spirits up and give them a break"),
        F("F001"),
        F("F004"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Discharge planning meeting's plan for a premature baby, looked after on
#    SCBU while her mother is a psychiatric inpatient. Attendance table, two
#    action tables (until discharge / after discharge). Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b107_fellanby_discharge_planning_meeting_two_stage_tables_penhallow.pdf",
    "doc_title": "Discharge Planning Meeting - Nia Penhallow",
    "split": "tune",
    "actions": 13,
    "template": "discharge-planning-meeting-word-record-printed-to-pdf-page-header-footer-details-list-attendance-table-why-looked-after-baby-on-the-unit-parents-views-outcomes-then-two-numbered-five-column-tables-until-discharge-and-after-discharge-contingency-meetings",
    "description": (
        "Exemplary discharge planning meeting record and plan for a baby born at 31 weeks, looked "
        "after under section 20 on the special care baby unit while her mother, who has "
        "schizophrenia, is an inpatient on a psychiatric ward. A Word record printed to PDF with "
        "page header and footer, an attendance table, and two action tables (until discharge; the "
        "first eight weeks after). The SW visits the unit twice a week, the psychiatrist and the "
        "early intervention care co-ordinator both report on the mother's capacity to change, the "
        "grandmother's part has a fallback, legal planning follows named triggers, and core group, "
        "review and looked-after review dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Fellanby County Council – Children's Services",
    "footer": "Nia Penhallow – Discharge Planning Meeting 08/09/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Discharge Planning Meeting – Record and Plan"),
        ("p", "Fellanby County Council Children's Services with the Special Care Baby Unit, Fellanby General "
              "Hospital"),
        ("kv", [
            ("Baby", "Nia Penhallow, born 04/08/2025 at 31 weeks; 5 weeks old (36 weeks corrected) on the day of "
                     "the meeting"),
            ("Where Nia is", "Special Care Baby Unit (SCBU), Fellanby General Hospital, since her birth"),
            ("Legal status", "Looked after under section 20 of the Children Act 1989 since 15/08/2025 (Alys "
                             "agreed when her consultant confirmed she had capacity to); subject to a child "
                             "protection plan (neglect) since the pre-birth conference on 10/07/2025"),
            ("Mother", "Alys Penhallow (23), an inpatient on Larkspur Ward, Fellanby Mental Health Unit, since "
                       "07/08/2025"),
            ("Father", "Not named by Alys"),
            ("Maternal grandmother", "Carol Penhallow (52), 31 Chapel Walk, Fellanby"),
            ("Foster carers from discharge", "Ruth and Dev Sandhu, 8 Orchard Rise, Fellanby"),
            ("Meeting", "08/09/2025, SCBU parents' room. Chair: Owen Prothero (SW). Notes: Bethan Lloyd"),
        ]),
        ("h1", "Who came"),
        ("table", {
            "header": ["Name", "Role"],
            "widths": [5.0, 12.0],
            "rows": [
                ["Owen Prothero", "Social worker, Fellanby Children's Services (Nia's social worker)"],
                ["Dr Laura Pugh", "Consultant neonatologist, SCBU"],
                ["Sister Gwen Rhys", "Neonatal outreach lead, SCBU"],
                ["Alys Penhallow", "Mum (by video from Larkspur Ward, with her named nurse, Ffion Day)"],
                ["Carol Penhallow", "Maternal grandmother"],
                ["Dr Imran Qureshi", "Consultant psychiatrist, Larkspur Ward"],
                ["Rhodri Baines", "Care co-ordinator, Fellanby Early Intervention in Psychosis Team"],
                ["Manon Ellis", "Health visitor, Fellanby Community Health"],
                ["Ruth Sandhu", "Foster carer"],
                ["Hannah Beddow", "Kinship assessor, Fellanby Fostering Service"],
                ["Jess Amos", "Family support worker, Fellanby Family Centre"],
                ["Andrew Vaughan", "Independent reviewing officer (by phone)"],
            ],
        }),
        ("h1", "Why Nia is looked after"),
        ("p", "Alys has schizophrenia. She stopped her medication in the middle of her pregnancy and became unwell "
              "in July, believing that she and the baby were being watched through the television. The pre-birth "
              "conference made a child protection plan on 10/07/2025. Nia was born early by emergency caesarean "
              "on 04/08/2025. Three days later Alys was detained under section 2 of the Mental Health Act after "
              "she tried to leave SCBU with Nia in her arms, saying they had to hide. She has been treated on "
              "Larkspur Ward since, has agreed to stay as an informal patient and is slowly getting better. Carol "
              "has visited Nia every day, but her assessment as a carer has only just started, so Nia will go to "
              "foster carers when she is ready to leave the unit."),
        ("h1", "Nia on the unit: what we have seen"),
        ("p", "Nia weighs 1.98kg (1.52kg at birth). She moved from her incubator to a cot on 29/08/2025 and now "
              "takes most feeds by bottle, with two top-ups by tube each day. She tires quickly at feeds and needs "
              "winding often. The nurses say she settles best swaddled and held against someone's chest, and she "
              "calms when Carol sings to her. When Alys visited on 05/09/2025 with her nurse, she held Nia for "
              "twenty minutes, stroked her cheek and asked how to wind her; Nia fell asleep on her."),
        ("h1", "What Alys and Carol said"),
        ("p", "Alys: “I want her to know I'm her mum. I know I'm not well enough yet. I want to see her as much as "
              "I can.” Carol: “I'll be there every day. I'd have her tomorrow if you'd let me.” Both agree that "
              "Nia should go from the unit to Ruth and Dev Sandhu while Carol is assessed."),
        ("h1", "What we want for Nia"),
        ("bullets", [
            "Nia leaves the unit only when she takes all her feeds by bottle and is gaining weight steadily, and "
            "goes to carers trained in her care.",
            "Nia is seen by her social worker twice a week while she is on the unit and every week after she "
            "leaves.",
            "Nia keeps knowing her mum and her grandmother, through family time at least three times a week with "
            "each of them.",
            "A decision about where Nia will grow up is made within her timescale, with her family if that is "
            "safe.",
        ]),
        ("h1", "The plan: until Nia leaves the unit"),
        ("table", {
            "header": ["No.", "Action", "Who", "When", "How we will know"],
            "widths": [1.0, 6.0, 3.5, 3.0, 3.5],
            "rows": [
                ["1", "Visit Nia on SCBU, hold her, and talk with the nurse caring for her that day",
                 "Owen Prothero, SW", "Every Tuesday and Friday until discharge",
                 "SCBU visitor log and Owen's visit notes record Nia seen, how she fed and her latest weight"],
                ["2", "Teach Ruth and Dev Sandhu Nia's feeding plan, winding and safe sleep, and check they are "
                      "confident in baby basic life support",
                 "Sister Gwen Rhys, neonatal outreach lead", "At least two sessions on the unit before discharge",
                 "Training record signed off by Sister Rhys and copied to Owen"],
                ["3", "Visit Nia, do her 3pm feed and nappy change, and learn her cares",
                 "Carol Penhallow (MGM)", "Every afternoon, 2pm to 5pm, until discharge",
                 "Nurses record each visit, and the cares Carol did, in Nia's care book"],
                ["4", "Supervise Alys's family time with Nia on the unit (Larkspur staff bring Alys and wait "
                      "nearby)",
                 "Jess Amos, family support worker",
                 "Monday, Wednesday and Saturday, 11am to 12 noon, while Alys is on Larkspur Ward",
                 "Family time record sent to Owen within a day of each session, noting how Alys responds to "
                 "Nia's cues"],
                ["5", "Assess Alys's mental state and insight, and report on her capacity to change, the treatment "
                      "she still needs and how long it is likely to take before she could care for Nia",
                 "Dr Imran Qureshi, consultant psychiatrist, Larkspur Ward", "By 26/09/2025",
                 "Written report sent to Owen and shared at the core group on 30/09/2025"],
                ["6", "Complete a viability assessment, then a full connected person assessment, of Carol as a "
                      "carer for Nia",
                 "Hannah Beddow, kinship assessor, Fellanby Fostering Service",
                 "Viability by 15/09/2025; full assessment by 28/11/2025",
                 "Both reports shared with Owen, the core group and the IRO"],
                ["7", "Set Nia's discharge date and complete the discharge checklist (hearing screen, eye check, "
                      "car seat test)",
                 "Dr Laura Pugh, consultant neonatologist", "Before discharge (expected week of 22/09/2025)",
                 "Discharge summary copied to Owen, the HV, the GP and the foster carers"],
                ["8", "Hold Nia's first looked-after review on the unit, meeting Alys and Carol beforehand",
                 "Andrew Vaughan, IRO", "12/09/2025",
                 "Review record and recommendations sent to everyone at this meeting within 5 working days"],
            ],
        }),
        ("h1", "The plan: the first eight weeks after Nia leaves the unit"),
        ("table", {
            "header": ["No.", "Action", "Who", "When", "How we will know"],
            "widths": [1.0, 6.0, 3.5, 3.0, 3.5],
            "rows": [
                ["9", "Visit Nia at the foster home and see her awake, feeding and being settled",
                 "Owen Prothero, SW", "Within 2 days of discharge, then weekly for eight weeks",
                 "Visit notes record Nia seen, her weight from the red book and how she feeds"],
                ["10", "New birth visit at the foster home, then weigh Nia and plot her weight on her corrected-age "
                       "chart",
                 "Manon Ellis, health visitor", "Within 5 days of discharge, then every week for eight weeks",
                 "Weights in the red book and emailed to Owen; Nia stays on or above the 9th centile"],
                ["11", "Supervise family time with Nia at Fellanby Family Centre for Alys (once she leaves "
                       "Larkspur Ward) and for Carol",
                 "Jess Amos, family support worker", "Three sessions a week each, from the week after discharge",
                 "Family time records sent to Owen, noting how each of them feeds and settles Nia"],
                ["12", "See Alys at home after she leaves Larkspur Ward, and report to each core group on whether "
                       "she is making the changes needed to care for Nia and how long that is likely to take",
                 "Rhodri Baines, care co-ordinator, Fellanby Early Intervention in Psychosis Team",
                 "Weekly from Alys's discharge; written report before each core group",
                 "Report on file before each core group, with Rhodri's view of the likely timescale"],
                ["13", "Register Nia with the Sandhus' GP and book her 12-week immunisations",
                 "Ruth Sandhu, foster carer", "Within 7 days of discharge",
                 "GP registration letter and immunisation date in the red book, copied to Owen"],
            ],
        }),
        ("h1", "If things do not go to plan"),
        ("p", "If Alys withdraws her agreement to section 20, or tries to take Nia from the unit or the family "
              "centre, the nurse in charge (or the family centre worker) will call the police at once, Owen (out "
              "of hours, the Emergency Duty Team) will hold a strategy discussion the same day, and the council "
              "will apply for an emergency protection order."),
        ("p", "If Carol cannot visit the unit because she is ill or away, the SCBU nurses will do the cares she "
              "would have done and Nia's discharge to Ruth and Dev Sandhu will not be delayed. If Carol's "
              "viability assessment is negative, Nia will stay with the Sandhus, Carol's family time will carry "
              "on at the family centre, and Owen will ask Alys and Carol within a week about any other relative "
              "who could care for Nia."),
        ("p", "If the Sandhus cannot take Nia on the day she is ready, Fellanby Fostering Service will find another "
              "foster carer, trained by Sister Rhys, and Nia will stay on the unit until then."),
        ("p", "If Nia loses weight at two weighs in a row after discharge, Manon will refer her back to Dr Pugh's "
              "clinic the same day."),
        ("p", "If Dr Qureshi's report says Alys is unlikely to be able to care for Nia within Nia's timescale, or no "
              "family carer has been positively assessed by 28/11/2025, Owen will request a legal planning "
              "meeting (legal gateway) within 5 working days to decide whether to start the Public Law Outline."),
        ("h1", "Meetings and reviews"),
        ("bullets", [
            "Core group every three weeks, Tuesdays at 2pm: 30/09/2025 (SCBU parents' room), then 21/10/2025 and "
            "11/11/2025 (Fellanby Family Centre).",
            "Review child protection conference: Thursday 09/10/2025 at 10am, Fellanby County Hall.",
            "Looked-after review: 12/09/2025 on the unit (IRO: Andrew Vaughan), then by 12/12/2025.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Transfer-in conference plan: the family has moved in from another
#    authority; father with depression who drinks. Case-system print with a
#    field block per action. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b107_fyrthwell_transfer_in_conference_field_blocks_jessop.txt",
    "split": "tune",
    "actions": 11,
    "template": "transfer-in-conference-plain-text-case-system-print-field-lines-upper-case-sections-background-childrens-views-not-gathered-outcomes-then-numbered-action-blocks-what-who-when-evidence-contingency-meetings",
    "description": (
        "Transfer-in conference plan for a 10-year-old and a 6-year-old whose family moved from "
        "another authority ten days earlier; the father has depression and drinks, the mother "
        "works nights and the paternal grandparents have the children overnight. Plain-text case "
        "print with a WHAT / WHO / WHEN / EVIDENCE block per action. The grandparents have a "
        "fallback and legal planning follows named triggers. Faults: the children's views were "
        "not gathered and nothing of their daily life is recorded, the CMHT nurse only supports, "
        "the alcohol assessment has no evidence, a passive young carer's assessment with no one "
        "named, 'Everyone in the network' owning worries, a parenting course with no date, and "
        "an outcome about the father only."
    ),
    "text": """\
FYRTHWELL METROPOLITAN BOROUGH COUNCIL                         CHILDREN'S SERVICES
FAMILY RECORD SYSTEM (FRS) - PLAN PRINT                      Printed 29/08/2025 14:05
===================================================================================
PLAN TYPE ........ CHILD PROTECTION PLAN - TRANSFER-IN CONFERENCE
CHILDREN ......... MASON JESSOP (10), DOB 23/01/2015 - Year 6, St Bede's RC Primary
                   EVIE JESSOP (6), DOB 09/06/2019 - Year 2, St Bede's RC Primary
ADDRESS .......... 58 Kiln Lane, Fyrthwell FY6 3TD (from 18/08/2025)
PARENTS .......... Dawn Jessop (35); Lee Jessop (38)
PGPS ............. Ray and Sheila Jessop, 4 Kiln Lane, Fyrthwell
CATEGORY ......... Neglect
PREVIOUS PLAN .... Harlowmere County Council, initial conference 12/06/2025
CONFERENCE ....... Transfer-in conference 28/08/2025, Fyrthwell Town Hall
CHAIR ............ Nasreen Malik
SOCIAL WORKER .... Priya Desai, Safeguarding Team 2 (allocated 22/08/2025)
===================================================================================

SECTION 1  BACKGROUND (SUMMARY OF HARLOWMERE'S PLAN)
-----------------------------------------------------------------------------------
Lee has depression and has drunk heavily since he lost his job in 2024. Harlowmere
made a plan after Lee was found drunk at the school gate on 04/06/2025. Dawn works
nights as a care assistant and had been leaving the children in Lee's care on the
nights she worked. The family moved to Fyrthwell on 18/08/2025 to be near Lee's
parents, who now have the children overnight when Dawn is at work. Lee sees the
Fyrthwell North CMHT and his new GP. Harlowmere's last core group was on 31/07/2025.

SECTION 2  CHILDREN'S VIEWS
-----------------------------------------------------------------------------------
Not gathered before conference. Harlowmere's case notes had not arrived when this
plan was written.

SECTION 3  OUTCOMES
-----------------------------------------------------------------------------------
3.1  Mason and Evie are cared for every night by a sober adult.
3.2  Mason and Evie get to school on time every day and settle at St Bede's.
3.3  Mason does not have to look after his dad and has time for football and friends.
3.4  Lee's mood improves and he stops drinking.

SECTION 4  ACTIONS
-----------------------------------------------------------------------------------
4.1  WHAT ...... Visit Mason and Evie at home, see each child on their own and
                 explain her role as their new social worker
     WHO ....... Priya Desai (SW)
     WHEN ...... Weekly from 01/09/2025
     EVIDENCE .. FRS visit records show both children seen and each seen alone

4.2  WHAT ...... Take Mason and Evie to school every weekday morning, and have
                 them to stay overnight whenever Dawn works a night shift
     WHO ....... Ray and Sheila Jessop (PGPs)
     WHEN ...... Every school day; every night shift (Dawn gives the SW her rota
                 each Friday)
     EVIDENCE .. Grandparents' diary seen by the SW at each visit; St Bede's
                 register

4.3  WHAT ...... Fortnightly support sessions for Lee with his care co-ordinator
                 to help with his low mood
     WHO ....... Gary Fenton, CPN, Fyrthwell North CMHT
     WHEN ...... Fortnightly from 04/09/2025
     EVIDENCE .. Attendance letter to the SW each month

4.4  WHAT ...... Assess Lee's drinking and agree a plan with him to cut down
     WHO ....... Amir Said, recovery worker, Fyrthwell Alcohol Recovery Team
     WHEN ...... Assessment by 12/09/2025, then every Wednesday
     EVIDENCE .. -

4.5  WHAT ...... A young carer's assessment to be offered to Mason
     WHO ....... -
     WHEN ...... By 30/09/2025
     EVIDENCE .. Young carer's assessment on Mason's FRS record

4.6  WHAT ...... Check Mason's and Evie's attendance and how they present each
                 day, and tell the SW the same day about any concern
     WHO ....... Mrs Ann Rowe, DSL, St Bede's RC Primary
     WHEN ...... Every school day
     EVIDENCE .. Weekly attendance to the SW; concerns logged on CPOMS

4.7  WHAT ...... Share any worry about Mason and Evie's safety with the SW
     WHO ....... Everyone in the network
     WHEN ...... The same day
     EVIDENCE .. Worries recorded on the FRS case record

4.8  WHAT ...... Complete the Solihull online parenting course
     WHO ....... Dawn Jessop and Lee Jessop
     WHEN ...... -
     EVIDENCE .. Course certificates shown to the SW

4.9  WHAT ...... Review Lee's antidepressant and write to the SW about his mental
                 health history
     WHO ....... Dr Lena Moss, GP, Castle Street Surgery
     WHEN ...... By 19/09/2025
     EVIDENCE .. GP letter on both children's FRS records

4.10 WHAT ...... Get Harlowmere's full case file and chronology and add them to
                 the FRS record
     WHO ....... Priya Desai (SW)
     WHEN ...... By 05/09/2025
     EVIDENCE .. Case file and chronology on the FRS record

4.11 WHAT ...... Sign Mason up for St Bede's Tuesday football club and pay the
                 term's fee from the family support budget
     WHO ....... Kelly Burke, family support worker
     WHEN ...... By 09/09/2025
     EVIDENCE .. Club register shows Mason at each Tuesday session

SECTION 5  CONTINGENCY
-----------------------------------------------------------------------------------
5.1  If Lee is found drunk while caring for Mason and Evie, or tells anyone he is
     thinking of harming himself, the SW (out of hours, the Emergency Duty Team)
     will hold a strategy discussion the same day and the children will stay with
     Ray and Sheila at 4 Kiln Lane.
5.2  If Ray and Sheila cannot have the children (illness or holiday), Dawn will not
     work nights that week; if she has to, the SW will arrange a Fyrthwell foster
     carer for those nights.
5.3  If by the review conference Lee is still drinking, or he is found drunk in
     charge of the children twice, the SW will request a legal planning meeting
     within 5 working days.

SECTION 6  MEETINGS
-----------------------------------------------------------------------------------
CORE GROUP ..... EVERY 4 WEEKS, FYRTHWELL FAMILY HUB: 11/09/2025, 09/10/2025,
                 06/11/2025
REVIEW CPC ..... 27/11/2025 10AM, FYRTHWELL TOWN HALL
===================================================================================
END OF PRINT
""",
    "findings": [
        F("H001", "Fortnightly support sessions for Lee with his care co-ordinator"),
        F("M001", "Assess Lee's drinking and agree a plan with him"),
        F("W001", "A young carer's assessment to be offered to Mason"),
        F("W002", "Share any worry about Mason and Evie's safety with the SW"),
        F("T001", "Complete the Solihull online parenting course"),
        F("F002", "Lee's mood improves and he stops drinking."),
        F("F003"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Core group minutes with an action log: mother's alcohol misuse, family
#    moving to another authority. Some actions rightly carried on until the
#    transfer-in conference, three deferred until the move. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b107_fangworth_core_group_minute_action_log_mcbride.pdf",
    "doc_title": "Core Group Minutes - Lacey McBride and Harris Kemp",
    "split": "tune",
    "actions": 12,
    "template": "core-group-minutes-word-printed-to-pdf-page-header-footer-details-list-agency-updates-childrens-words-the-move-outcomes-from-the-plan-then-numbered-action-log-table-no-action-owner-due-how-well-know-contingency-next-meetings",
    "description": (
        "Third core group's minutes and action log for a 5-year-old and an 8-month-old born at 33 "
        "weeks, whose mother misuses alcohol; the family moves to another authority in three "
        "weeks. A Word minute printed to PDF with page header and footer: agency updates, the "
        "children's words and an action log. The SW's visits, the HV's weighs and the alcohol "
        "service's tests rightly carry on until the transfer-in conference. Faults: the parenting "
        "assessment, the detox referral and the speech and language referral all wait for the "
        "move; 'All professionals' to keep an eye on drinking 'Ongoing', 'Reviewed at core group'; "
        "GP registration with no measure; the contingency is 'further concerns' to 'discuss' and "
        "'consider', and no legal planning."
    ),
    "header": "OFFICIAL-SENSITIVE – Fangworth District Council – Children's Services",
    "footer": "Core group minutes 16/09/2025 – McBride / Kemp – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Core Group Meeting – Minutes and Action Log"),
        ("p", "Fangworth District Council · Children's Services · Safeguarding Team 1"),
        ("kv", [
            ("Children", "Lacey McBride (5), DOB 11/04/2020, Reception at Fangworth Infants; Harris Kemp "
                         "(8 months), DOB 19/01/2025, born at 33 weeks"),
            ("Parents", "Shona McBride (29), mother of both children; Darren Kemp (33), Harris's father"),
            ("Address", "27 Weir Street, Fangworth FG3 1LP; moving to 14 Sefton Court, Ravensholt, on "
                        "06/10/2025"),
            ("Plan", "Child protection plan (neglect) from the initial conference on 22/07/2025"),
            ("Meeting", "Third core group, Tuesday 16/09/2025, Fangworth Children's Centre. Chair: Kim Osei (SW). "
                        "Minutes: Lorraine Pettit"),
            ("Present", "Kim Osei (SW); Shona McBride; Darren Kemp; Leah Brennan (HV); Tom Aird (Pathways, "
                        "Fangworth Alcohol Service); Mr Paul Hind (DSL) and Mrs Yvonne Clegg (SENCo), Fangworth "
                        "Infants"),
            ("Apologies", "Dr Anna Fairweather (GP)"),
        ]),
        ("h1", "1. Updates"),
        ("p", "Kim Osei (SW): visited on 02/09/2025 and, unannounced, on 10/09/2025. The flat was tidy and there "
              "was food in. On 10/09 Shona smelled of alcohol at 11am; she said it was from the night before. "
              "Ravensholt City Council was sent the transfer notification on 05/09/2025."),
        ("p", "Leah Brennan (HV): Harris weighed 7.1kg on 09/09/2025, on the 9th centile for his corrected age "
              "(he was on the 2nd in July)."),
        ("p", "Tom Aird (Pathways): Shona has come to four of five key-work sessions. Her breath tests were clear "
              "at three and read 0.12 on 28/08/2025. She has asked about a community detox."),
        ("p", "Mr Hind (DSL): Lacey's attendance this term is 86%. She was late four times and twice came without "
              "breakfast."),
        ("p", "Shona and Darren: want the move to go ahead because the flat in Ravensholt is bigger and near "
              "Darren's work. Darren says he has stopped drinking at home."),
        ("h1", "2. Lacey and Harris"),
        ("p", "Lacey (seen on her own by Kim on 10/09/2025, drawing at the kitchen table): “Mummy has her special "
              "drink in the blue bottle and then she's sleepy. I'm going to have my own bedroom in the new house "
              "with a bunk bed.” She said she is a bit scared of starting a new school because “I won't know "
              "anyone”."),
        ("p", "Harris is crawling and babbling. On both visits he was clean and had been fed. He went straight to "
              "Darren for a cuddle and reached for Lacey when she left the room. He still sleeps in his pram in "
              "the living room because his cot has not been put up."),
        ("h1", "3. The move to Ravensholt"),
        ("p", "The family's tenancy starts on 06/10/2025. Fangworth stays responsible for Lacey's and Harris's plan "
              "until Ravensholt holds its transfer-in conference, which Ravensholt has pencilled in for "
              "20/10/2025. The core group agreed that some pieces of work would be left for Ravensholt (see the "
              "action log)."),
        ("h1", "4. Outcomes we are working to (from the plan)"),
        ("bullets", [
            "Lacey and Harris are cared for every day by an adult who has not been drinking.",
            "Lacey gets to school on time every day, having had breakfast.",
            "Harris keeps growing along the 9th centile and sleeps safely in his own cot.",
            "Lacey's and Harris's care carries on without a gap through the move to Ravensholt.",
        ]),
        ("h1", "5. Action log"),
        ("p", "Actions agreed at this meeting, including those carried forward from the last core group."),
        ("table", {
            "header": ["No.", "Action", "Owner", "Due", "How we'll know"],
            "widths": [1.1, 6.1, 3.4, 3.0, 3.4],
            "rows": [
                ["5.1", "Visit Lacey and Harris at home, one visit in three unannounced, and see Lacey on her own",
                 "Kim Osei, SW", "Weekly until the transfer-in conference",
                 "Visit records show both children seen and Lacey's words written down"],
                ["5.2", "Complete the parenting assessment of Shona and Darren",
                 "Ravensholt Children's Services", "Once the case has transferred",
                 "Assessment report shared with the core group"],
                ["5.3", "Weigh Harris and plot his weight on his corrected-age chart",
                 "Leah Brennan, HV", "Every two weeks until the transfer-in conference",
                 "Weights in the red book; Harris stays on or above the 9th centile"],
                ["5.4", "Referral for a community detox assessment for Shona",
                 "Kim Osei, SW", "On hold until the family has moved; Ravensholt's alcohol service to take it",
                 "Referral accepted letter on file"],
                ["5.5", "Breath test Shona at each key-work session and report the results and her progress to the "
                        "core group",
                 "Tom Aird, recovery worker, Pathways (Fangworth Alcohol Service)",
                 "Every Thursday until the transfer-in conference",
                 "Breath test results and a written progress report to the SW before each core group"],
                ["5.6", "Speech and language referral for Lacey",
                 "Mrs Yvonne Clegg, SENCo, Fangworth Infants",
                 "Deferred until Lacey starts at her new school in Ravensholt",
                 "Referral accepted by the speech and language therapy service"],
                ["5.7", "Check Lacey's attendance and whether she has had breakfast, and ring the SW the same day "
                        "if she is absent",
                 "Mr Paul Hind, DSL, Fangworth Infants", "Every school day until her last day on 03/10/2025",
                 "Attendance and breakfast log emailed to the SW every Friday"],
                ["5.8", "Keep an eye on Shona's drinking when visiting",
                 "All professionals", "Ongoing", "Reviewed at core group"],
                ["5.9", "Send the transfer pack (chronology, assessments, the plan and these minutes) to Ravensholt",
                 "Kim Osei, SW", "By 26/09/2025", "Ravensholt's written receipt on file"],
                ["5.10", "Put Harris's cot up in the parents' bedroom and have him sleep in it every night",
                 "Darren Kemp", "By 19/09/2025",
                 "HV and SW see the cot up and clear at their next visits"],
                ["5.11", "Register the family with a GP in Ravensholt and move Harris's health records",
                 "Shona McBride", "Within 2 weeks of the move", ""],
                ["5.12", "Joint visit with the Ravensholt social worker to introduce them to Lacey and Harris",
                 "Kim Osei, SW", "Before the transfer-in conference",
                 "Visit recorded on both councils' case records"],
            ],
        }),
        ("h1", "6. Contingency"),
        ("p", "If there are further concerns about Shona's drinking, the core group will discuss them and consider "
              "next steps with Ravensholt."),
        ("h1", "7. Next meetings"),
        ("bullets", [
            "Core group every three weeks until the transfer: next on 07/10/2025 at 10am, Fangworth Children's "
            "Centre.",
            "Transfer-in conference: Ravensholt City Council, pencilled in for 20/10/2025.",
            "Review child protection conference: 21/10/2025, Fangworth Civic Offices (stood down if the transfer-in "
            "conference goes ahead).",
        ]),
    ],
    "findings": [
        F("X001", "Complete the parenting assessment of Shona and Darren"),
        F("X001", "Referral for a community detox assessment for Shona"),
        F("X001", "Speech and language referral for Lacey"),
        F("W002", "Keep an eye on Shona's drinking when visiting"),
        F("T002", "Keep an eye on Shona's drinking when visiting"),
        F("M002", "Keep an eye on Shona's drinking when visiting"),
        F("M001", "Register the family with a GP in Ravensholt"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Letter to the parents setting out the ICPC plan for a premature baby:
#    mother with EUPD who self-harms, father on methadone. Numbered Word list
#    of actions, each with who, when and what will be seen. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b107_fernleam_icpc_letter_to_parents_numbered_ashworth.docx",
    "doc_title": "Letter to Jade Ashworth and Ryan Whitfield - Theo's child protection plan",
    "split": "tune",
    "actions": 12,
    "template": "icpc-letter-to-parents-word-right-aligned-sender-address-lines-dear-bold-paragraph-headings-why-theos-days-outcomes-then-numbered-word-list-one-action-each-who-when-what-we-will-see-if-things-go-wrong-meetings-sign-off-copy-list",
    "description": (
        "Exemplary letter from the social worker to the parents of a 7-week-old born at 34 weeks, "
        "setting out the plan agreed at the initial conference: the mother has emotionally unstable "
        "personality disorder and self-harms, the father is on a methadone script and has used "
        "heroin. A Word letter with bold paragraph headings; each action is one numbered "
        "paragraph saying who, when and what will be seen. The psychologist and care co-ordinator "
        "both report on the mother's capacity to change, the GP and drug service own actions, the "
        "grandmother's nights have a fallback, legal planning follows named triggers, and core "
        "group and review dates are set."
    ),
    "blocks": [
        ("pr", "Fernleam City Council"),
        ("pr", "Children's Services – Safeguarding Team 4"),
        ("pr", "Civic Offices, Bridge Street, Fernleam FN1 2AA"),
        ("pr", "Telephone: 01632 960418"),
        ("pr", "5 September 2025"),
        ("pl", "Jade Ashworth and Ryan Whitfield"),
        ("pl", "Flat 6, Orchard Court"),
        ("pl", "Fernleam FN4 8PW"),
        ("p", ""),
        ("p", "Dear Jade and Ryan,"),
        ("boldp", "Theo's child protection plan"),
        ("p", "Thank you both for coming to Theo's initial child protection conference on Thursday 4 September "
              "2025. As you know, the conference decided that Theo needs a child protection plan under the "
              "category of neglect. I promised to write to you with the plan in plain words, so that you know "
              "exactly what each of us will do, and when. The conference chair, Mrs Angela Kerr, will send you "
              "the full minutes separately."),
        ("boldp", "Why Theo has a plan"),
        ("p", "Theo was born at 34 weeks on 15 July 2025 and spent twelve days on the neonatal unit. Jade, you have "
              "told us that since the birth you have been cutting yourself again when you feel overwhelmed, and "
              "on 18 August you were taken to A&E after taking an overdose while Theo was at home with you and "
              "Ryan was out. Ryan, you are on a methadone script, and your test in August showed heroin as well. "
              "When Karen, your health visitor, saw Theo at 5 weeks he had bad nappy rash and had dropped from "
              "the 25th to the 9th centile on his corrected-age chart."),
        ("boldp", "What we have seen of Theo's days"),
        ("p", "Theo is a small, alert baby. On our visits he has been clean and warmly dressed, and he feeds well "
              "from a bottle when he is held upright. He watches Jade's face closely and goes quiet when she "
              "talks to him. When the flat is noisy he startles and cries, and on 26 August he cried for a long "
              "time before he was fed, because Jade was asleep and Ryan was on his phone in the kitchen. He "
              "settles well with his nan, Maureen, who rocks him on her shoulder."),
        ("boldp", "What we all want for Theo"),
        ("bullets", [
            "Theo is fed on time, day and night, and grows back up to the 25th centile on his corrected-age chart.",
            "Theo sleeps safely on his back in his own clear cot at every sleep.",
            "Theo is always looked after by an adult who is calm and is not under the influence of drugs or "
            "alcohol.",
            "Theo goes to all his health appointments, including his neonatal follow-up.",
        ]),
        ("boldp", "What will happen, who will do it, and how we will all know"),
        ("p", "Each numbered point is one part of the plan. It says who will do it, when, and what we will see."),
        ("numbers", [
            "I (Sophie Lamb, Theo's social worker) will visit Theo at home every Wednesday, with at least one "
            "visit a month unannounced, and I will write down in my visit notes how Theo looks, how he feeds and "
            "where he sleeps.",
            "Karen Doyle, your health visitor, will weigh Theo at home every Monday until he is 16 weeks "
            "corrected, and will plot each weight on the corrected-age chart in his red book so that we can all "
            "see whether he is climbing back towards the 25th centile.",
            "Jade and Ryan, you will write every feed on the feed chart, day and night, from 5 September, and "
            "Karen and I will check at every visit that there is no gap longer than four hours.",
            "Dr Naomi Fry, clinical psychologist at Fernleam Community Mental Health Team, will see Jade for DBT "
            "every Tuesday afternoon, and by 31 October will write to me with her assessment of Jade's capacity "
            "to change, the steps still needed to keep Theo safe when Jade is distressed, and how long they are "
            "likely to take.",
            "Chris Bamber, Jade's care co-ordinator at the Community Mental Health Team, will see Jade at home "
            "every other Thursday, update her crisis plan with her, and send a written report to each core group "
            "on whether Jade is making the changes Theo needs.",
            "Dr Priya Nair, your GP at Meadow Lane Surgery, will review Jade's medication by 26 September and send "
            "me and Dr Fry a copy of the new medication plan.",
            "Ryan, you will collect your methadone from Fernleam Pharmacy every day and give a urine test at "
            "Ridgeway every Thursday, and Ridgeway will send me the results each Friday.",
            "Lewis Grant, your recovery worker at Ridgeway Drug and Alcohol Service, will see Ryan every fortnight "
            "to review his script, and will report to each core group on his test results and whether he is "
            "making the changes needed to care for Theo safely.",
            "Maureen Whitfield, Ryan's mum, will stay at the flat every Friday and Saturday night and do Theo's "
            "night feeds, writing each one on the feed chart, which Karen will check every Monday.",
            "Jade and Ryan, you will both put Theo down on his back in his own clear cot for every sleep, and "
            "Karen and I will check his cot at every visit and write down what we see.",
            "Jade and Ryan, you will take Theo to his 12-week immunisations at Meadow Lane Surgery on 7 October "
            "and to his neonatal follow-up clinic at Fernleam General on 14 October, and the clinic letter and his "
            "red book will show that he was seen.",
            "I will complete a parenting assessment with you both, looking at how Jade's distress and Ryan's drug "
            "use affect Theo's care, and I will share the report with you and the core group by 7 November.",
        ]),
        ("boldp", "If things go wrong"),
        ("p", "If Jade self-harms, or says she is thinking about it, while she is looking after Theo, or if Ryan's "
              "test shows heroin or he is found under the influence while caring for Theo, I will hold a strategy "
              "discussion with the police the same day, and Theo will stay with Maureen at 9 Lark Rise, Fernleam, "
              "until it is safe for him to come home."),
        ("p", "If Maureen cannot do her Friday and Saturday nights, or cannot have Theo because she is ill or away, "
              "Ryan's sister Kelly Whitfield has agreed to step in. If neither of them can, Theo will be cared for "
              "by a Fernleam foster carer and you will see him every day at the family centre."),
        ("p", "If Theo loses weight at two Monday weighs in a row, or by the review conference Ryan has had more "
              "than two tests showing heroin or Jade has not been able to keep to her crisis plan, I will ask my "
              "team manager, Ruth Okonedo, for a legal planning meeting within 5 working days. That meeting will "
              "decide whether to start the Public Law Outline, and I would write to you first."),
        ("boldp", "Meetings"),
        ("bullets", [
            "The core group (both of you, Maureen, Karen, Chris, Lewis and me) will meet every four weeks at "
            "Fernleam Family Centre at 1.30pm: 18 September, 16 October and 13 November 2025.",
            "Theo's review child protection conference will be on Thursday 27 November 2025 at 10am at the Civic "
            "Offices.",
        ]),
        ("p", "If you do not agree with any part of this plan, please ring me or Ruth Okonedo. You can ask for an "
              "advocate through Fernleam Family Voice, and you can bring Maureen or a friend to any meeting."),
        ("p", "Yours sincerely,"),
        ("pl", "Sophie Lamb"),
        ("pl", "Social Worker, Safeguarding Team 4"),
        ("p", ""),
        ("pl", "Copies: Karen Doyle (HV); Dr Naomi Fry and Chris Bamber (Fernleam CMHT); Lewis Grant (Ridgeway); "
               "Dr Priya Nair (GP); Maureen Whitfield"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Review plan for a 10-year-old with diabetes, looked after and on a
#    children's ward; mother depressed and drinking. Landscape table with the
#    child's "My plan" column beside the professional plan. No visits to the
#    ward are set, no contingency, no legal step. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b107_fullersea_rcpc_my_plan_beside_professional_plan_marwood.docx",
    "doc_title": "Review Child Protection Plan - Kacey Marwood",
    "split": "tune",
    "actions": 10,
    "landscape": True,
    "template": "rcpc-landscape-word-plan-details-list-what-has-happened-what-kacey-says-outcomes-then-five-column-table-my-plan-childs-words-beside-what-will-happen-who-when-how-well-know-meetings-no-contingency",
    "description": (
        "First review conference plan for a 10-year-old with type 1 diabetes, admitted in "
        "ketoacidosis and now looked after under section 20 on a children's ward; her mother has "
        "depression and drinks. A landscape Word table puts the child's own 'My plan' words beside "
        "each professional action. Most rows are sound (the diabetes nurse trains the carers, the "
        "recovery service assesses and reports). Faults: nobody is set to visit her on the ward at "
        "a stated frequency (the SW phones; mum visits 'when she feels able'), the CMHT only "
        "supports and is measured by how mum feels, a passive clinic check with no owner, no "
        "contingency at all and no legal planning."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan – Kacey Marwood"),
        ("p", "Fullersea Borough Council · Children's Services · Safeguarding and Children in Care (Coastal)"),
        ("kv", [
            ("Child", "Kacey Marwood (10), DOB 14/05/2015, Year 6 at Sandgate Junior School"),
            ("Where Kacey is", "Puffin Ward, Fullersea Children's Hospital, since 29/08/2025"),
            ("Legal status", "Looked after under section 20 since 02/09/2025, with Gail's agreement; still "
                             "subject to a child protection plan (neglect)"),
            ("Mother", "Gail Marwood (41), 9 Quayside Terrace, Fullersea"),
            ("Father", "Scott Marwood, lives in Spain; phones Kacey on her birthday"),
            ("Conference", "First review child protection conference, 11/09/2025, held at Fullersea Children's "
                           "Hospital so that Kacey could join the first part. Chair: Rita Okwu"),
            ("Social worker", "Leon Fraser, Safeguarding Team (Coastal)"),
        ]),
        ("h1", "What has happened"),
        ("p", "Kacey has type 1 diabetes. She was made subject to a plan on 19/06/2025 because her insulin was "
              "often missed and she had twice been taken to A&E with very high blood sugar. Gail has depression "
              "and drinks heavily, and she told the conference she often forgets Kacey's evening injection when "
              "she has been drinking. On 29/08/2025 Kacey was admitted to Puffin Ward in diabetic ketoacidosis "
              "after two days without insulin. Gail agreed that Kacey should be looked after by the council, and "
              "go to foster carers when she leaves hospital, while Gail gets help. Kacey's doctors expect her to "
              "be ready to leave hospital by 19/09/2025."),
        ("h1", "What Kacey says"),
        ("p", "Kacey wrote the “My plan” column below with Leon on the ward on 08/09/2025. She said: “I was really "
              "scared when I couldn't wake up properly. I don't blame Mum. I want someone who knows about insulin "
              "to look after me, but I want to see Mum lots. I miss my cat, Biscuit, and my friend Ava.” She gave "
              "feeling safe in hospital 9 out of 10 and feeling safe at home 4 out of 10."),
        ("h1", "What needs to happen for Kacey"),
        ("bullets", [
            "Kacey gets every insulin dose on time and her blood sugars stay in the range her diabetes team has "
            "set.",
            "Kacey lives with carers who know how to look after her diabetes, near her school and her friends.",
            "Kacey sees her mum often, and knows what is happening and why.",
            "Kacey goes back to school within two days of leaving hospital and keeps up with her work.",
        ]),
        ("h1", "My plan and the professional plan"),
        ("p", "The left-hand column is Kacey's plan in her own words. The rest of each row is the professional "
              "plan for that part."),
        ("table", {
            "header": ["My plan (Kacey's words)", "What will happen", "Who", "When", "How we'll know"],
            "widths": [4.3, 7.6, 4.4, 3.9, 5.5],
            "rows": [
                ["I want a grown-up who knows about my insulin.",
                 "Teach Kacey's foster carers to check her blood sugar, count her carbs and give her insulin",
                 "Lucy Brandt, children's diabetes specialist nurse", "Before discharge",
                 "Foster carers signed off as competent on the diabetes training record"],
                ["I want to live near school and Ava.",
                 "Find a foster home close to Sandgate Junior School with carers who can manage Kacey's diabetes",
                 "Leon Fraser, SW", "By 17/09/2025",
                 "Placement named in Kacey's care plan and explained to her"],
                ["I want to see Mum.",
                 "Visit Kacey on Puffin Ward and bring her things from home",
                 "Gail Marwood (Mum)", "When she feels able",
                 "Ward visitors' book"],
                ["I want Mum to get better.",
                 "Support Gail with her low mood through regular care co-ordinator visits",
                 "Dan Hewitt, care co-ordinator, Fullersea Community Mental Health Team", "Fortnightly",
                 "Gail feels better"],
                ["I want Mum to stop drinking.",
                 "Assess Gail's drinking, agree a treatment plan with her and report to each core group on whether "
                 "she is making the changes Kacey needs to come home",
                 "Sam Kerridge, recovery worker, Fullersea Recovery Service",
                 "Assessment by 26/09/2025, then before each core group",
                 "Written report with breath test results to the SW before each core group"],
                ["I want to know what's happening.",
                 "Phone the ward for an update on Kacey's blood sugars and her discharge date",
                 "Leon Fraser, SW", "Twice a week until discharge",
                 "Each call recorded on Kacey's case record"],
                ["I don't want to get behind at school.",
                 "Send Kacey's class work to the ward and plan her return to class with her",
                 "Mrs Fran Oduya, DSL, Sandgate Junior School", "Every Monday while Kacey is in hospital",
                 "Work packs logged as sent; return plan copied to the SW and the foster carers"],
                ["I want my diabetes to stay OK.",
                 "Kacey's blood sugar control to be checked at diabetes clinic after discharge",
                 "-", "Within 2 weeks of discharge",
                 "HbA1c result and clinic letter copied to the SW"],
                ["I want to say what I think at my meetings.",
                 "Meet Kacey before her first looked-after review and help her write down her views",
                 "Marion Pike, IRO", "By 26/09/2025",
                 "Kacey's views sheet attached to the review record"],
                ["I want my room to be nice for when I go home.",
                 "Clear the empty bottles from the house and get Kacey's bedroom ready for her weekend visits",
                 "Gail Marwood (Mum)", "By 03/10/2025",
                 "SW sees the house and Kacey's room at the home visit on 03/10/2025"],
            ],
        }),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every three weeks at Sandgate Junior School: 25/09/2025, 16/10/2025 and 06/11/2025.",
            "Kacey's first looked-after review: 29/09/2025 (IRO: Marion Pike).",
            "Second review child protection conference: 11/12/2025 at 2pm, Fullersea Civic Centre.",
        ]),
    ],
    "findings": [
        F("T002", "Visit Kacey on Puffin Ward and bring her things from home"),
        F("H001", "Support Gail with her low mood through regular care co-ordinator visits"),
        F("M002", "Support Gail with her low mood through regular care co-ordinator visits"),
        F("W001", "Kacey's blood sugar control to be checked at diabetes clinic"),
        F("L001"),
        F("C001"),
        F("R002"),
    ],
})
