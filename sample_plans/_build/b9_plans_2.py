"""Batch 9, module 2: eight fictional files (tuning material).

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Case-system export: "Objective" headings, numbered actions with
#    Responsible / Target date / Success measure lines, wrapped values and a
#    page header repeated on every page (txt)
# ---------------------------------------------------------------------------
_PAGE_HEAD = (
    "WRENHOLT METROPOLITAN COUNCIL        CHILDREN'S SOCIAL CARE        Page {n} of 3\n"
    "ORBIS CASE SYSTEM v5.1  | DOC TYPE: CP-PLAN-RV | PRINTED 22/04/2025 11:47 BY AMORAN\n"
    "================================================================================\n"
)

PLANS.append({
    "name": "b9_wrenholt_objective_export_haldane.txt",
    "split": "tune",
    "template": "case-system-objective-numbered-labelled-lines-paged",
    "description": (
        "Case-system print of a review CP plan for two siblings (mother's drinking) with 'Objective' "
        "headings, numbered actions and Responsible / Target date / Success measure lines, wrapped "
        "values and a page header repeated on each page. 'Ongoing' and 'ASAP', a blank Responsible, "
        "Target date and Success measure line, 'Family', 'engagement' and 'Monitored by school', one "
        "adult-only objective; grandmother and uncle carry care and the contingency sends the children "
        "to the grandmother with no fallback."
    ),
    "text": _PAGE_HEAD.format(n=1) + """\

PLAN HEADER
  Plan type ......... Child Protection Plan (Review)
  Conference ........ RCPC held 15/04/2025 - chair Glenys Abbot (IRO)
  Category .......... Neglect
  Subject(s) ........ Jordan HALDANE  M  DOB 19/08/2014 (10y)  PID 0938116
                      Skye HALDANE    F  DOB 02/02/2021 (4y)   PID 0938117
  Address ........... 41 Cobden Terrace, Wrenholt WR4 7QT
  Parent/carer ...... Leanne HALDANE (mother)
  Other household ... none
  Key SW ............ Aisha Moran, Wrenholt North Safeguarding Team 2

SUMMARY OF CONCERNS
  Leanne has been drinking heavily since her partner left in the autumn.
  On 04/03/2025 police attending a noise complaint found her asleep on the
  settee smelling strongly of alcohol at 9pm, with Skye awake in the
  kitchen; Jordan let the officers in. Skye has missed 14 nursery sessions
  this term and her speech is behind for her age. Jordan has been late 19
  times since January and told his teacher he "does Skye's tea" most
  nights. Leanne told her GP in March that she has felt low for months.
  Since the ICPC Leanne has had one drink-free fortnight (breath tests
  clear) but lapsed over Easter.

VOICE OF THE CHILD
  Jordan (seen alone at school 10/04/2025): "I don't mind doing Skye's tea
  but then I can't do my homework." The worst thing is when Mum "goes to
  sleep on the settee and won't wake up". The best thing is Saturdays at
  Nana Carol's because "she does a proper dinner and we watch telly
  together". He would like Mum "to stop the wine" and to go back to
  football on Sunday mornings.
  Skye (observed at home 08/04 and nursery 11/04): chatty with staff, eats
  very quickly at snack time and asks for more. At home she went to Jordan,
  not to Mum, when she banged her head on the table.

PLAN OBJECTIVES AND ACTIONS
--------------------------------------------------------------------------------
Objective 1   Jordan and Skye are looked after by a sober adult every
              evening and night, and Jordan is not left in charge of Skye.

  1.1  Action ............ Unannounced home visits, at least one a month
                           after 6pm; see Jordan on his own each time
       Responsible ....... SW Aisha Moran
       Target date ....... Every 10 working days
       Success measure ... Visit records show Jordan seen alone and who was
                           caring for the children when the SW arrived

  1.2  Action ............ Alcohol assessment and weekly keywork sessions
                           for Leanne, with a breath test at each session
       Responsible ....... Wrenholt Recovery Service - keyworker Dom Fraser
       Target date ....... Assessment by 09/05/2025, then weekly
       Success measure ... Breath test results emailed to SW before each
                           core group; all readings zero

  1.3  Action ............ Leanne not to drink while she is the only adult
                           looking after Jordan and Skye
       Responsible ....... Leanne Haldane (mother)
       Target date ....... Ongoing
       Success measure ... Leanne's engagement with services

  1.4  Action ............ Jordan and Skye to stay with Nana Carol every
                           Friday and Saturday night
       Responsible ....... Carol Pike (MGM)
       Target date ....... Every Fri and Sat night from 25/04/2025
       Success measure ...

  1.5  Action ............ Ring Leanne at 8pm each night to check she is
                           sober and the children are in bed
       Responsible ....... Family
       Target date ....... Nightly, 8pm
       Success measure ... Calls written in the diary kept at Carol's house

""" + _PAGE_HEAD.format(n=2) + """\
Objective 2   Skye goes to nursery every session, and her speech, teeth and
              hearing are checked and treated.

  2.1  Action ............ Developmental review for Skye and a referral to
                           speech and language therapy
       Responsible ....... HV Nerys Taft
       Target date ....... By 16/05/2025
       Success measure ... ASQ-3 scores and copy of SALT referral sent to SW

  2.2  Action ............ Take Skye to her overdue dental check and
                           hearing test
       Responsible ....... Leanne Haldane (mother)
       Target date .......
       Success measure ... Appointment letters showing attendance, copied
                           to SW and HV

  2.3  Action ............ Send SW Skye's attendance and any concerns about
                           hunger or hygiene
       Responsible ....... Nursery manager Bev Kettle, Sunnybank Nursery
       Target date ....... Weekly (Fridays)
       Success measure ... Skye at 90% or more of her sessions on the
                           nursery register

Objective 3   Jordan is in school on time every day, has time for homework
              and friends, and has an adult at school he can talk to.

  3.1  Action ............ Weekly check-in with Jordan; pass anything he
                           says about home to the SW the same day
       Responsible ....... DSL Mrs Helen Ruddock, St Aidan's CE Primary
       Target date ....... Every Monday
       Success measure ... Monitored by school

  3.2  Action ............ Walk Jordan and Skye to school and nursery on
                           Monday, Tuesday and Wednesday mornings
       Responsible ....... Jason Pike (maternal uncle)
       Target date ....... Mon-Wed each week from 28/04/2025
       Success measure ... Both children in by 8.50am on the school and
                           nursery registers

  3.3  Action ............ Young carers assessment for Jordan and a place
                           at the Thursday young carers group
       Responsible .......
       Target date ....... By 13/06/2025
       Success measure ... Assessment shared with core group; Jordan's
                           attendance at the group recorded

Objective 4   Leanne will stop drinking and feel better in herself.

  4.1  Action ............ Review Leanne's low mood and her medication, and
                           write to the SW with the outcome
       Responsible ....... GP Dr Priya Rao, Cobden Medical Practice
       Target date ....... ASAP
       Success measure ... GP letter on file

""" + _PAGE_HEAD.format(n=3) + """\
  4.2  Action ............ Support Leanne with her rent arrears and apply
                           for a Discretionary Housing Payment
       Responsible ....... FSW Kelly Booth
       Target date ....... By 30/05/2025
       Success measure ... DHP application made; arrears plan agreed with
                           Wrenholt Homes

CONTINGENCY
  If Leanne is found under the influence of alcohol while she is the only
  adult caring for Jordan and Skye, or either child says Mum has been
  drinking and could not be woken, the SW (EDT out of hours) will visit
  the same day. Jordan and Skye will go to Carol Pike (MGM) while a
  strategy discussion is held within 24 hours, and the SW will ask the
  team manager for a legal planning meeting within 5 working days.

REVIEW ARRANGEMENTS
  Core group ........ 4-weekly: 06/05/2025, 03/06/2025, 01/07/2025
  RCPC .............. 15/07/2025 10:00, Wrenholt Civic Centre, Room 4
  Progress check .... If Leanne's breath tests are not all clear by the
                      second core group (03/06/2025) the SW will request a
                      legal planning meeting.

  Plan distributed to: Leanne Haldane; Carol Pike; HV; GP; Sunnybank
  Nursery; St Aidan's CE Primary; Wrenholt Recovery Service; IRO.

*** END OF DOCUMENT ***                                            Page 3 of 3
""",
    "findings": [
        F("T002", "Leanne not to drink while she is the only adult"),
        F("M002", "Leanne not to drink while she is the only adult"),
        F("M001", "Jordan and Skye to stay with Nana Carol every"),
        F("W002", "Ring Leanne at 8pm each night to check"),
        F("T001", "Take Skye to her overdue dental check and hearing test"),
        F("M002", "Weekly check-in with Jordan; pass anything he says"),
        F("W001", "Young carers assessment for Jordan and a place"),
        F("T002", "Review Leanne's low mood and her medication"),
        F("F002", "Leanne will stop drinking and feel better in herself"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Review CP plan, outcome column merged down groups of rows, relatives
#    helping with care (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b9_pendrassick_merged_outcome_review_penhaligon.docx",
    "doc_title": "Review Child Protection Plan - Kayden and Lacey Penhaligon",
    "split": "tune",
    "template": "review-merged-outcome-first-column-relatives",
    "description": (
        "Review CP plan for a 6-year-old and a toddler (domestic abuse) with the outcome in the first "
        "column merged down groups of rows; grandparents supervise contact, an aunt helps at bedtime and "
        "'Family' does the school run. 'As required' with 'Gemma feels safer', a blank measure, "
        "'Monitored', 'when the timetable allows', a blank lead, one adult-only outcome, and a vague "
        "contingency that never mentions the relatives."
    ),
    "check_vmerge": 4,
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Pendrassick Council · Children, Young People and Families · Safeguarding Team (West)"),
        ("kv", [
            ("Children", "Kayden Penhaligon (6), Lacey Penhaligon (18 months)"),
            ("Address", "12 Chapel Row, Trevellas, Pendrassick"),
            ("Parents", "Gemma Penhaligon (mum); Ross Penhaligon (dad), staying with his brother in "
                        "St Ennor since 14/02/2025 as agreed at the initial conference"),
            ("Review conference", "29/04/2025, chaired by Alan Pascoe (IRO)"),
            ("Category", "Emotional abuse"),
            ("Social worker", "Morwenna Chegwidden"),
        ]),
        ("h1", "Where things are now"),
        ("p", "The children were made subject to plans in February after three police call-outs for "
              "arguments in which Ross pushed Gemma and broke the kitchen door while Kayden was watching. "
              "Since the initial conference Ross has kept to the agreement to live away from the home, and "
              "contact has gone well when Gemma's parents supervise. On 22 March Ross came to the house "
              "uninvited after an argument about money, shouted and kicked the front door; Gemma did not "
              "let him in and rang Lynn. Lacey's weight has dropped from the 50th to the 25th centile, and "
              "Kayden has been late to school on 11 mornings this half term."),
        ("h1", "Who is helping the family"),
        ("p", "Gemma's parents, Lynn and Ray Tonkin, live two streets away and supervise all of Ross's time "
              "with the children. Ross's sister, Sharon Penhaligon, comes round most evenings to help with "
              "tea and bath time. Gemma works early shifts at the bakery on Tuesdays and Thursdays."),
        ("h1", "What Kayden says and what we see for Lacey"),
        ("p", "Kayden told me at school on 15 April that he likes \"Daddy days at Nanna's\" because \"Daddy "
              "plays Lego and nobody shouts\". He said he still thinks about \"the door day\" when he goes to "
              "bed and sometimes wets the bed. He wants Daddy to come home \"but only if he's not cross\". "
              "Lacey was observed to be a smiley, busy toddler who goes easily to Gemma and to Sharon; at "
              "nursery she eats well at lunch and often falls asleep by 11am."),
        ("h1", "Plan agreed at the review conference"),
        ("table", {
            "header": ["What must be different for Kayden and Lacey", "What will be done", "Who is leading",
                       "Timeframe", "How we'll see the difference"],
            "widths": [3.6, 4.4, 3.0, 2.6, 3.4],
            "rows": [
                ["Kayden and Lacey live in a calm home where no adult shouts at, hits or frightens anyone, "
                 "and Kayden can say he feels safe.",
                 "Visit Kayden and Lacey at home, at least one visit in three unannounced, and see Kayden on "
                 "his own",
                 "SW Morwenna Chegwidden",
                 "Fortnightly",
                 "Visit records show Kayden seen alone; his 'three houses' updated every second visit"],
                [V,
                 "Ross to complete the Choices domestic abuse perpetrator programme",
                 "Ross Penhaligon",
                 "Starts 12/05/2025; 20 weekly sessions",
                 "Facilitator's mid-point and end-of-course reports sent to the SW"],
                [V,
                 "Supervise Ross's time with the children at the Tonkins' house and bring the children home "
                 "afterwards",
                 "Lynn and Ray Tonkin (maternal grandparents)",
                 "Every Wednesday 4–6pm and Sunday 11am–2pm",
                 "Contact record signed by Lynn or Ray after each visit and shown to the SW"],
                [V,
                 "IDVA safety planning and support for Gemma",
                 "IDVA Tamsin Rowe, Pendrassick Safe Homes",
                 "As required",
                 "Gemma feels safer"],
                ["Lacey is fed, clean and gaining weight, and her development is on track by the next review.",
                 "Weigh Lacey and check her development at the baby clinic",
                 "HV Bryony Kitto",
                 "Monthly; 18-month review by 30/05/2025",
                 "Weight plotted in the red book and back to the 50th centile; ASQ-3 shared with the SW"],
                [V,
                 "Help Gemma with tea, bath and bedtime for both children",
                 "Sharon Penhaligon (paternal aunt)",
                 "Monday to Thursday evenings",
                 ""],
                [V,
                 "Send the SW Lacey's attendance and any worries about her presentation",
                 "Nursery manager Kerry Vosper, Tiddlywinks Day Nursery",
                 "Weekly, by Friday",
                 "Monitored"],
                ["Kayden gets to school on time every day and has a grown-up at school he trusts to talk to.",
                 "Take Kayden to school on Tuesdays and Thursdays when Gemma starts work at 6am",
                 "Family",
                 "Tuesdays and Thursdays",
                 "School register shows Kayden in by 8.50am"],
                [V,
                 "ELSA sessions with Kayden about worries and feelings",
                 "Mrs Jenna Angove (ELSA), Trevellas Primary",
                 "When the timetable allows",
                 "Session notes kept; anything Kayden says about home passed to the SW the same day"],
                [V,
                 "Referral to the school nursing service about Kayden's bedwetting",
                 "",
                 "By 30/05/2025",
                 "School nurse appointment letter copied to the SW"],
                ["Gemma will feel more confident as a parent and Ross will learn to control his temper.",
                 "Gemma to attend the Freedom Programme",
                 "Gemma Penhaligon",
                 "Thursdays from 05/06/2025 (12 weeks)",
                 "Attendance sheet signed by the facilitator each week"],
                [V,
                 "Money advice appointment about the rent arrears and a repayment plan",
                 "Ross and Gemma Penhaligon",
                 "By 30/05/2025",
                 "Repayment plan agreed with Pendrassick Homes; copy to the SW"],
            ],
        }),
        ("h1", "If the plan isn't keeping the children safe"),
        ("p", "If there are further concerns about the children's safety, or the safety plan is not being "
              "followed, an urgent core group meeting will be called to review the plan and consider what "
              "needs to happen next."),
        ("h1", "Checking progress"),
        ("bullets", [
            "Core group: every 4 weeks at Trevellas Primary – 13/05/2025, 10/06/2025 and 08/07/2025.",
            "Review child protection conference: 22/07/2025, 10am, Pendrassick One Stop Shop, Room 3.",
            "If Ross has not started the Choices programme by 10/06/2025, or there is another incident of "
            "violence in front of the children, the team manager will arrange a legal planning meeting.",
        ]),
    ],
    "findings": [
        F("T002", "IDVA safety planning and support for Gemma"),
        F("M002", "IDVA safety planning and support for Gemma"),
        F("M001", "Help Gemma with tea, bath and bedtime for both children"),
        F("M002", "Send the SW Lacey's attendance and any worries"),
        F("W002", "Take Kayden to school on Tuesdays and Thursdays"),
        F("T002", "ELSA sessions with Kayden about worries and feelings"),
        F("W001", "Referral to the school nursing service about Kayden's bedwetting"),
        F("F002", "Gemma will feel more confident as a parent and Ross will learn to control his temper"),
        F("C002"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Plan for a mother with a serious mental illness: landscape numbered
#    table, several rows about her own treatment; header and page footer (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b9_quarlestone_landscape_numbered_ellery.pdf",
    "doc_title": "Child Protection Plan - Theo Ellery",
    "split": "tune",
    "template": "landscape-numbered-table-mother-smi-paged",
    "description": (
        "ICPC plan for a 2-year-old whose mother has schizoaffective disorder, in a landscape numbered "
        "table with an OFFICIAL-SENSITIVE header and 'Page N of M' footer on every page. Six of ten rows "
        "are the mother's own treatment, money and support; a CPN who only supports ('mental state "
        "remains stable'), a psychiatrist who only reviews medication, 'Ongoing', 'Engagement', a blank "
        "measure and an adult-only outcome. Contingency, review and legal step are sound."
    ),
    "header": "OFFICIAL – SENSITIVE | Quarlestone County Council Children's Services | Ref QCC/CP/25/2290",
    "footer": "Child protection plan – Theo Ellery – Page {PAGE} of {NUMPAGES}",
    "landscape": True,
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Child", "Theo Ellery, born 11/03/2023 (2 years)"),
            ("Mother", "Roisin Ellery (29), 8 Fairmead Close, Quarlestone"),
            ("Father", "Not named; no contact"),
            ("Maternal grandfather", "Patrick Ellery, Quarlestone (cared for Theo in January 2025)"),
            ("Conference", "Initial child protection conference, 24/04/2025, chaired by Sue Akande"),
            ("Category", "Neglect"),
            ("Social worker", "Callum Raeburn, Quarlestone Children's Services (South)"),
        ]),
        ("h1", "Background and what we are worried about"),
        ("p", "Roisin has schizoaffective disorder. She stopped taking her medication in December 2024 and in "
              "January was admitted to the Ashgrove Unit under section 2 of the Mental Health Act for four "
              "weeks, after neighbours heard Theo crying for several hours and found Roisin convinced that the "
              "food in the flat had been poisoned. Theo had not eaten that day and his nappy had not been "
              "changed. Theo stayed with his grandfather, Patrick, during the admission. Roisin was discharged "
              "on clozapine and has been taking it; she says she wants to be \"the mum Theo deserves\". The "
              "worry is that if Roisin becomes unwell again Theo, who cannot yet tell anyone, could go without "
              "food, warmth and supervision for long periods before anyone knows."),
        ("h1", "Theo's day"),
        ("p", "At three home visits Theo has been seen playing with his cars on the living room floor, bringing "
              "books to Roisin and climbing onto her lap; she reads to him and he copies the animal noises. He "
              "eats well when food is offered and was dry and clean at each visit. At nursery staff say he "
              "settles quickly, loves the sand tray and has about ten words; he gets upset when other children "
              "shout. Patrick says Theo slept badly for the first week he stayed with him in January and kept "
              "asking for \"Mama\"."),
        ("h1", "What we want for Theo"),
        ("bullets", [
            "Theo is cared for every day by an adult who is well enough to feed him, keep him clean and keep "
            "him safe.",
            "Theo goes to nursery three sessions a week and his speech catches up with other children his age.",
            "Roisin's mental health will be stable and she will take her medication as prescribed.",
        ]),
        ("h1", "Action plan"),
        ("table", {
            "header": ["No.", "Action", "Person responsible", "Start / complete by", "How progress will be measured"],
            "widths": [1.2, 8.3, 5.4, 4.4, 6.4],
            "rows": [
                ["1",
                 "Home visits to see Theo, his cot, the fridge and the food cupboards, and how Roisin responds "
                 "to him",
                 "SW Callum Raeburn",
                 "Every 2 weeks from 28/04/2025",
                 "Visit records describe Theo's care and Roisin's responses to him at each visit"],
                ["2",
                 "Care coordination, home visits and support for Roisin with her mental health",
                 "CPN Hannah Lusk, care coordinator, Quarlestone CMHT (East)",
                 "Fortnightly",
                 "Roisin's mental state remains stable"],
                ["3",
                 "Outpatient review of Roisin's medication (clozapine) and blood monitoring",
                 "Dr Amit Solanki, consultant psychiatrist, Ashgrove Unit outpatients",
                 "Every 3 months, next 12/06/2025; bloods monthly",
                 "Clinic letter and blood results copied to the GP and SW"],
                ["4",
                 "Roisin to take her medication every day as prescribed",
                 "Roisin Ellery",
                 "Daily",
                 "Dosette box checked by the CPN at each visit"],
                ["5",
                 "Annual physical health check and help to stop smoking for Roisin",
                 "GP Dr Fenella Moss, Fairmead Surgery",
                 "By 30/05/2025",
                 "GP letter to the SW with the results"],
                ["6",
                 "Help Roisin with her PIP claim and the rent arrears on her flat",
                 "FSW Jodie Marr",
                 "Ongoing",
                 "PIP claim submitted; copy of the arrears agreement on file"],
                ["7",
                 "Roisin to go to the Tuesday peer support group at the Lighthouse Project",
                 "Roisin Ellery",
                 "Every Tuesday, 1–3pm",
                 "Engagement"],
                ["8",
                 "Assess Roisin's insight, early warning signs and capacity to care for Theo safely, and the "
                 "likely timescale for any change",
                 "Dr Amit Solanki with CPN Hannah Lusk",
                 "By 20/06/2025",
                 "Written assessment shared with the core group and read at the review conference"],
                ["9",
                 "Theo to attend nursery three sessions a week; nursery to send the SW his attendance and any "
                 "worries",
                 "Nursery manager Rachel Dunn, Buttercup Nursery",
                 "Weekly, each Friday",
                 "Attendance of 90% or more; any worry reported to the SW the same day"],
                ["10",
                 "Theo's 2-year development review and a speech and language referral if needed",
                 "HV Sophie Marchetti",
                 "By 16/05/2025",
                 ""],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Roisin stops her medication, misses two CPN visits in a row, or the CPN, nursery or SW see her "
              "early warning signs (not sleeping, saying the food is poisoned, Theo arriving at nursery hungry or "
              "in the same nappy), the SW will hold a strategy discussion the same day. Theo will stay with "
              "Patrick Ellery, who cared for him safely in January and has agreed to this. If Patrick cannot "
              "have Theo, he will be placed with approved foster carers the same day, and the SW will request a "
              "legal planning meeting within 5 working days."),
        ("h1", "Review arrangements"),
        ("bullets", [
            "Core group: every 4 weeks – 08/05/2025, 05/06/2025 and 03/07/2025, at Buttercup Nursery.",
            "Review child protection conference: 17/07/2025 at 1.30pm, Quarlestone County Hall.",
            "If the assessment in action 8 says Roisin cannot keep Theo safe within his timescales, the team "
            "manager will request a legal planning meeting before the review conference.",
        ]),
    ],
    "findings": [
        F("H001", "Care coordination, home visits and support for Roisin"),
        F("M002", "Care coordination, home visits and support for Roisin"),
        F("H001", "Outpatient review of Roisin's medication (clozapine) and blood monitoring"),
        F("T002", "Help Roisin with her PIP claim and the rent arrears"),
        F("M002", "Roisin to go to the Tuesday peer support group"),
        F("M001", "Theo's 2-year development review and a speech and language referral"),
        F("F002", "Roisin's mental health will be stable and she will take her medication as prescribed"),
        F("F001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Child in need plan for a young carer: Need / What / Who / By when / How
#    table (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b9_stavenmoor_need_what_who_dunmore.md",
    "split": "tune",
    "template": "cin-young-carer-need-what-who-when-how-md",
    "description": (
        "Child in need plan for a 12-year-old young carer (mother's multiple sclerosis and low mood) in a "
        "Need / What will happen / Who / By when / How we'll know table with blank Need cells under each "
        "need. A blank Who on the adult social care referral, 'As needed' with 'Improvement', 'Ongoing', a "
        "blank measure, 'All professionals', an adult-only outcome, no adult service owning an action, a "
        "vague contingency, CIN reviews only and no legal step."
    ),
    "text": """\
# Stavenmoor Council – Children and Families

## Child in Need Plan

**Young person:** Ruby Dunmore, 12 (Year 8, Stavenmoor Academy)
**Brother:** Jack Dunmore, 7 (Year 2, Stavenmoor Primary)
**Lives with:** Claire Dunmore (mum), 5 Lintmoor Walk, Stavenmoor
**Dad:** Martin Dunmore, lives in Aberhallow; phones the children at weekends
**Social worker:** Priya Vaughan, Children in Need Team (East)
**Plan agreed:** CIN meeting, 07/05/2025

### Why there is a plan

Claire has relapsing-remitting multiple sclerosis, diagnosed in 2019. Since the autumn her
relapses have been longer; she has had three falls at home and uses a wheelchair outside
the house. Her GP has prescribed sertraline for low mood. Claire has no carers. Ruby helps
her mum wash and dress most mornings, sorts her tablets, cooks tea and gets Jack ready for
school. Ruby has missed 11 days this term and has fallen asleep in two lessons. School
referred in April after Ruby told her form tutor she was "too tired to think".

### What Ruby told us

Ruby said: "I don't mind helping Mum, she's my mum. But I don't want to be the one who
has to help her in the shower." She said the hardest part is mornings "because Jack
never finds his shoes and Mum needs me at the same time". She misses netball club and
going into town with her friends on Saturdays. She would like "someone to come in the
mornings so I can just be normal". Jack said he likes it when Ruby makes pancakes and
that he is "a bit scared when Mummy falls over".

### What we want to be different

- Ruby is in school every day, has time to see her friends and go to netball, and no
  longer helps Mum wash, dress or use the toilet.
- Jack is got ready for school and taken there by an adult, not by Ruby.
- Claire's MS is better managed and she feels less isolated.

### The plan

| Need | What will happen | Who | By when | How we'll know it's working |
|---|---|---|---|---|
| Ruby needs time for herself and not to be doing Mum's personal care | Young carers assessment for Ruby, then a place at the Thursday young carers club | Kat Lowry, Stavenmoor Young Carers | Assessment by 23/05/2025; club from 05/06/2025 | Assessment report shared with the SW; club register shows Ruby attending |
| | Referral to Adult Social Care for a care and support assessment for Claire (help with washing, dressing and tablets in the mornings) | | By 16/05/2025 | Carers in place each morning so Ruby is not helping Mum wash or dress |
| Ruby needs to be in school and keep up with her work | Head of year to meet Ruby every fortnight and check her attendance and lateness | Mr Idris Khan, Head of Year 8 | Fortnightly | Attendance at 95% or above; no more than 2 lates a half term |
| | Catch-up support with homework and missed coursework | Stavenmoor Academy | As needed | Improvement in Ruby's grades |
| Jack needs an adult to get him ready and take him to school | Breakfast club place for Jack four mornings a week, paid from the CIN budget | Mrs Ann Pryce, Stavenmoor Primary | From 12/05/2025 | Breakfast club register shows Jack there by 8am |
| The family needs enough money and the right help at home | Help Claire apply for PIP and a Blue Badge | FSW Leon Abara | Ongoing | PIP and Blue Badge applications submitted, copies on file |
| | Claire to ask her MS nurse about grab rails and a stair lift | Claire Dunmore | Next MS clinic, 28/05/2025 | |
| Ruby needs to understand Mum's illness and have someone to talk to | Four sessions with Ruby using the "My mum's MS and me" workbook | SW Priya Vaughan | By 30/06/2025 | Workbook finished; Ruby can name two adults she can talk to |
| | Share any worries about Ruby or Jack with the SW | All professionals | Same day | Worries logged on the children's file |

### If things get worse

If things get worse at home or Ruby is still missing school, we will talk about it at the
next CIN review and think about whether more help is needed, or whether the plan should
go to a child protection conference.

### Reviewing the plan

CIN review meetings every 6 weeks at Stavenmoor Academy: 18/06/2025 and 30/07/2025. Priya
will see Ruby on her own before each review to ask what is better and what is worse.
""",
    "findings": [
        F("W001", "Referral to Adult Social Care for a care and support assessment"),
        F("T002", "Catch-up support with homework and missed coursework"),
        F("M002", "Catch-up support with homework and missed coursework"),
        F("T002", "Help Claire apply for PIP and a Blue Badge"),
        F("M001", "Claire to ask her MS nurse about grab rails"),
        F("W002", "Share any worries about Ruby or Jack with the SW"),
        F("F002", "Claire's MS is better managed and she feels less isolated"),
        F("F004"),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Letter to a parent after conference: one action per sentence, hedges
#    and passives (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b9_thessingham_letter_after_conference_kilbride.docx",
    "doc_title": "Letter after conference - Mason and Evie Kilbride",
    "split": "tune",
    "template": "letter-to-mother-after-icpc-hedged-passive",
    "description": (
        "A social worker's letter to a mother after the initial conference (baby's faltering weight, "
        "postnatal depression, cannabis). One action per sentence: agentless passives ('A referral will "
        "be made', 'Connor will be asked', 'Support ... will be offered when you feel ready'), a hoped-for "
        "perinatal team offering 'regular support visits', 'over the next few weeks', a grandmother and an "
        "aunt with no measure, an adult-only aim, and a contingency that never says what happens if the "
        "relatives stop helping."
    ),
    "blocks": [
        ("pr", "Thessingham City Council"),
        ("pr", "Children's Services – Early Years Safeguarding Team"),
        ("pr", "Ground Floor, Brookfield House, Thessingham TH2 5LP"),
        ("pr", "Tel 01632 960 733"),
        ("pr", "2 May 2025"),
        ("p", ""),
        ("pl", "Ms Danielle Kilbride"),
        ("pl", "Flat 3, 19 Harcourt Road"),
        ("pl", "Thessingham TH4 1BW"),
        ("p", ""),
        ("p", "Our ref: EYS/2291/DK"),
        ("p", "Dear Danielle,"),
        ("boldp", "Mason and Evie – the child protection plan"),
        ("p", "I am writing after the initial child protection conference on Tuesday 29 April, which you came "
              "to with Connor, the children's dad, and your mum. I know how hard it was to hear some of what was said, and you "
              "listened and spoke up for your children. This letter sets out what was agreed, in plain words. "
              "The full plan and the conference minutes will be sent to you separately."),
        ("p", "The conference agreed that Mason (6) and Evie (7 months) need a child protection plan under the "
              "category of neglect. Evie's weight has dropped from the 50th to the 9th centile since January, "
              "and Mason has been late to school 22 times this term. You told the conference that you have "
              "felt very low since Evie was born, and that you smoke cannabis most evenings to help you sleep. "
              "Your GP has diagnosed postnatal depression."),
        ("boldp", "What Mason said, and what we have seen of Evie"),
        ("p", "When I saw Mason at school he said home is \"a bit messy\" and that he gets his own breakfast "
              "\"when Mummy is sleepy\". His favourite thing is going to Nanny Maureen's on Saturdays because "
              "\"she has a trampoline and we have chips\". At my visits Evie has been very quiet and has not "
              "cried for her feeds, but she brightened and reached for you when you sang to her."),
        ("boldp", "What the plan is for"),
        ("p", "The conference agreed these aims:"),
        ("bullets", [
            "Evie is fed regularly, gains weight and is back on or near her usual centile by the review "
            "conference.",
            "Mason gets to school on time, with breakfast, every day.",
            "You will feel better in yourself and enjoy being a mum again.",
        ]),
        ("boldp", "What will happen now"),
        ("p", "I will visit you and the children at home every two weeks, and I will see Mason on his own at "
              "school once a month; my visit notes will record what he tells me."),
        ("p", "Evie will be weighed every week at the Brookfield Children's Centre by your health visitor, "
              "Anna Greaves, and her weight will be plotted in her red book. A referral will be made to the "
              "perinatal mental health team."),
        ("p", "It is hoped that the perinatal team will then offer you regular support visits at home."),
        ("p", "You will hopefully cut down your cannabis use with help from Thessingham Drug and Alcohol "
              "Service, starting with your appointment on 20 May, and your worker there will send me your "
              "test results each month."),
        ("p", "Connor will be asked to be at home for Mason's breakfast and the school run on the mornings "
              "after his night shifts. Mason's school will email me his attendance and lateness figures every "
              "Friday."),
        ("p", "Support with Evie's feeding and weaning will be offered when you feel ready."),
        ("p", "Your mum, Maureen, has kindly offered to have both children at her house every Saturday. "
              "Connor's sister Louise will collect Mason from school on Tuesdays and Thursdays."),
        ("p", "I will also help you look into free nursery hours for Evie over the next few weeks."),
        ("boldp", "If things do not get better"),
        ("p", "If Evie's weight drops below the 2nd centile, or she misses two weekly weigh-ins in a row, I "
              "will arrange for her to be seen by a paediatrician at Thessingham General the same day and hold "
              "a strategy discussion with the police and health within 24 hours. If Mason or Evie are found "
              "without a sober, awake adult looking after them, I (or the emergency duty team out of hours) "
              "will arrange for them to stay with approved foster carers that night. If there has not been "
              "enough progress by the review conference, my manager will ask for a legal planning meeting."),
        ("boldp", "Meetings"),
        ("p", "The core group (you, Connor, me, Anna Greaves, Mason's school and your drug and alcohol worker) "
              "will meet every four weeks, first on 13 May 2025 at 10am at Brookfield House, then on 10 June "
              "and 8 July. The review child protection conference will be on 24 July 2025 at 2pm at the Civic "
              "Centre."),
        ("p", "If anything here is unclear, or you disagree with any of it, please ring me. You can also ask "
              "for an advocate to help you at meetings."),
        ("p", "Yours sincerely,"),
        ("pl", "Ifeoma Blake"),
        ("pl", "Social Worker, Early Years Safeguarding Team"),
    ],
    "findings": [
        F("W001", "A referral will be made to the perinatal mental health team"),
        F("T001", "A referral will be made to the perinatal mental health team"),
        F("M001", "A referral will be made to the perinatal mental health team"),
        F("T002", "It is hoped that the perinatal team will then offer"),
        F("M001", "It is hoped that the perinatal team will then offer"),
        F("H001", "It is hoped that the perinatal team will then offer"),
        F("W001", "Connor will be asked to be at home for Mason's breakfast"),
        F("M001", "Connor will be asked to be at home for Mason's breakfast"),
        F("W001", "Support with Evie's feeding and weaning will be offered"),
        F("T002", "Support with Evie's feeding and weaning will be offered"),
        F("M001", "Support with Evie's feeding and weaning will be offered"),
        F("M001", "Your mum, Maureen, has kindly offered to have both children"),
        F("M001", "Connor's sister Louise will collect Mason from school"),
        F("T002", "I will also help you look into free nursery hours"),
        F("M001", "I will also help you look into free nursery hours"),
        F("F002", "You will feel better in yourself and enjoy being a mum again"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Signs of Safety review plan with a safety network (grandmother,
#    neighbour, uncle); contingency covers the network not being there.
#    Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b9_nethercleugh_sos_network_armitage.md",
    "split": "tune",
    "template": "signs-of-safety-safety-network-next-steps-md",
    "description": (
        "Exemplary Signs of Safety review plan for an 8-year-old and a 4-year-old (mother's drinking): "
        "danger statement, safety goals, a safety network of grandmother, neighbour and uncle, numbered "
        "next steps with owner, timescale and evidence in each, the alcohol service asked to report on "
        "relapse risk, and a contingency that says what happens if each member of the network cannot be "
        "reached or can no longer help; core group dates, review date and legal planning step."
    ),
    "text": """\
# Nethercleugh Council – Children and Families

## Child Protection Plan (Signs of Safety) – review

**Children:** Bailey Armitage (8) and Poppy Armitage (4)
**Mum:** Kirsty Armitage, 22 Sandholm Road, Nethercleugh
**Dad:** Wayne Armitage lives in Port Eskin and has chosen not to have contact since 2022
**Review conference:** 06/05/2025 – chaired by Mark Oduya (IRO)
**Category:** Neglect
**Social worker:** Rhian Castell

---

### What we are worried about

Children's services, school and the police are worried that if Kirsty drinks again while she is
the only adult at home, Bailey and Poppy could be left with nobody awake to look after them,
could be hurt in an accident or a fire, and Bailey would again have to look after his little
sister. On 18 January Kirsty was found asleep after drinking vodka with a pan left burning on
the hob; Bailey rang his Gran, who rang 999.

### Safety goals

- Bailey and Poppy are always looked after by an adult who is sober and awake, day and night.
- Bailey knows what to do and who to ring if Mum has been drinking, and never has to look after
  Poppy on his own.
- Poppy gets to nursery every session, clean, fed and ready to play.

### What's working well

- Kirsty has not had a drink since 14 February. All 22 of her breath tests since then have
  been clear, and she asked for help herself.
- Kirsty, her mum and her brother wrote the family safety plan together at the family network
  meeting on 3 March, and Bailey helped draw the pictures for it.
- Bailey's attendance has gone from 81% to 97% since the initial conference.

### The safety network

- **Sheila Lowe** – Kirsty's mum ("Gran"), lives five minutes' walk away in Ferry Lane.
  She works two evenings a week at the Co-op.
- **Doreen Walsh** – next-door neighbour at No. 24, retired nurse, has known the children
  since Poppy was born. Bailey calls her "Auntie Dor".
- **Gavin Lowe** – Kirsty's brother ("Uncle Gav"), drives, works shifts at the Nethercleugh
  bottling plant.

### How Bailey and Poppy see things

Bailey did his three houses with Rhian at school on 24 April. In his **house of worries** he
drew "Mum asleep and the smoke". In his **house of good things** he drew Gran's cat, "Uncle Gav's
van" and "Mum making pancakes now she doesn't drink". In his **house of dreams** he wrote "Mum
stays better and I can go to Cubs". He said if Mum drinks again "I ring Gran, and if Gran doesn't
answer I go to Auntie Dor". Poppy told Rhian "Mummy reads me Gruffalo" and showed her the
bedtime chart on the fridge; at nursery she is described as confident and chatty.

### Scaling

0 = the children will be hurt or left without care; 10 = everyone is confident the children are
safe enough to close the plan. Rhian 6. Kirsty 8. Sheila 7. Gavin 8. School 6. Nursery 7.

### Next steps

1. Rhian Castell (SW) will visit every two weeks, with at least one visit a month after 6pm,
   and see Bailey on his own each time; her visit notes will record what Bailey says and which
   adult was looking after the children.
2. Kirsty will do a breath test with her recovery worker, Dean Moss of the Nethercleugh Alcohol
   Recovery Service, every Monday and Thursday, and Dean will email the results to Rhian before
   each core group.
3. Dean Moss will write a report on Kirsty's recovery, her risk of relapse and what still needs
   to change, and share it with the core group by 24/06/2025.
4. Sheila Lowe (Gran) will have Bailey and Poppy for tea and overnight every Friday, and will
   sign and date the safety plan book each time.
5. Doreen Walsh (neighbour) will be Bailey's safe door at any time of day or night; if Bailey
   comes to her worried she will ring Sheila and Rhian (or the EDT out of hours) that same
   evening and write it in the safety plan book.
6. Gavin Lowe (Uncle Gav) will take Bailey and Poppy to school and nursery every Tuesday and
   Thursday morning; the school and nursery registers will show both children in by 8.50am.
7. Rhian and Kirsty will go through the family safety plan with Bailey, in words and pictures,
   by 23/05/2025; Bailey will keep a copy in his school bag, and at each visit Rhian will check
   that he can say who he would ring.
8. Mrs Grace Okon (DSL, Nethercleugh Primary) will check in with Bailey every Monday and email
   Rhian a short note of what he says each week.
9. Tess Harding (HV) will check Poppy's weight, teeth and speech at home by 30/05/2025 and send
   Rhian the results and her pre-school review.
10. Sam Ali, Poppy's keyworker at Little Harbour Nursery, will send Rhian Poppy's attendance
    every Friday; we are looking for 9 out of every 10 sessions.

### If the safety plan is not working

- If Kirsty drinks while she is looking after Bailey and Poppy, or any breath test is positive,
  Bailey rings Gran. Sheila will come straight round, take both children to her house and ring
  Rhian (or the EDT out of hours).
- If Sheila does not answer or cannot come (for example when she is working at the Co-op),
  Bailey takes Poppy next door to Doreen, who will look after them and ring Gavin to collect
  them and take them to Sheila's or his own flat.
- If none of Sheila, Doreen or Gavin can be reached, or none of them can have the children that
  night, Doreen or Bailey will ring 999, and the EDT will place Bailey and Poppy together with
  emergency foster carers that night. Rhian will hold a strategy discussion the next working
  day.
- If Sheila, Doreen or Gavin tell Rhian they can no longer do their part (for example if
  Gavin's shifts change or Sheila is unwell), Rhian will hold a network meeting within 5
  working days to agree who takes it over. Until then Rhian will book Bailey and Poppy into
  Nethercleugh Primary's breakfast club on the days Gavin did the school run, and will visit
  every Friday evening in place of the overnight stay at Gran's.
- If Kirsty drinks while caring for the children twice before the review conference, or the
  safety plan breaks down, the team manager will hold a legal planning meeting within 5
  working days.

### When we will check how it's going

- Core group: every 4 weeks, at Nethercleugh Primary – 20/05/2025, 17/06/2025 and 15/07/2025.
  Sheila, Doreen and Gavin are invited to each one.
- Review child protection conference: 05/08/2025 at 10am, Nethercleugh Town Hall.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Family moving to another authority: every action done before the move
#    or carried on until the receiving authority's transfer-in conference.
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b9_veddingley_transfer_moving_prentice.pdf",
    "doc_title": "Child Protection Plan (transfer out) - Leo and Maisie Prentice",
    "split": "tune",
    "template": "transfer-out-task-lead-when-evidence-paged",
    "description": (
        "Exemplary review plan for a 9-year-old and a 2-year-old (mother on methadone after a lapse) whose "
        "family is moving to another authority: every task has a lead, a timescale that ends before the "
        "move or runs until the receiving authority's transfer-in conference, and observable evidence; "
        "the recovery service reports on relapse risk; specific contingency with a fallback if the aunt "
        "cannot help; core group dates, a fixed transfer-in date with a back-up review, legal planning."
    ),
    "header": "OFFICIAL-SENSITIVE · Veddingley Borough Council · Children's Social Care",
    "footer": "Prentice – child protection plan (transfer out) – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan – family moving to Aldermoss"),
        ("kv", [
            ("Children", "Leo Prentice (9), Year 4, Veddingley Juniors; Maisie Prentice (2)"),
            ("Mother", "Jade Prentice (31)"),
            ("Current address", "7 Osier Court, Veddingley"),
            ("Moving to", "4 Whinfell Row, Aldermoss (Aldermoss City Council), on 13/06/2025"),
            ("Plan from", "Review child protection conference, 20/05/2025"),
            ("Category", "Neglect"),
            ("Social worker / team manager", "Oliver Beddoes / Sunita Raval"),
        ]),
        ("h1", "Why Leo and Maisie have a plan"),
        ("p", "Jade used heroin for several years and has been on a methadone prescription since 2023. In "
              "February 2025 she lapsed: on 11 February Leo found her asleep in the afternoon, and an open "
              "bottle of methadone was on the kitchen table within Maisie's reach. Leo had missed school to "
              "look after his sister. Since then Jade's drug screens have been clear, methadone has been kept "
              "in a locked box, and Leo's attendance is back to 96%. Jade has been offered a housing "
              "association tenancy near her sister, Kelly Marsh, in Aldermoss and the family move on 13 June."),
        ("h1", "What Leo told us and what we have seen of Maisie"),
        ("p", "Leo said he is \"excited and nervous\" about moving: excited to live near Auntie Kelly and his "
              "cousins, nervous about a new school \"where nobody knows me\". He said things at home are "
              "\"loads better\" and that Mum \"takes her medicine at the chemist now so I don't have to worry "
              "about the bottle\". He wants to keep playing football and asked whether Oliver will still come "
              "after the move. Maisie was seen at every visit to be well dressed and fed; she chatters, "
              "follows Jade around the flat and runs to Leo when he comes in from school."),
        ("h1", "What needs to be true for Leo and Maisie"),
        ("bullets", [
            "Leo and Maisie are always cared for by an adult who is not under the influence of drugs, and "
            "methadone is never within their reach.",
            "Leo goes to school every day, before and after the move, and never has to stay home to look "
            "after Maisie.",
            "Maisie's health, development and speech are checked and her needs met without a gap during "
            "the move.",
        ]),
        ("h1", "Who is responsible during the move"),
        ("p", "Veddingley keeps full responsibility for this plan until Aldermoss City Council hold their "
              "transfer-in conference, which Aldermoss have booked for 01/07/2025 at 10am (within 15 working "
              "days of the move). Every task below is either finished before the move or carries on until that "
              "conference. Nothing waits for the transfer. Aldermoss's duty team and emergency duty team have "
              "been sent this plan."),
        ("h1", "Tasks"),
        ("table", {
            "header": ["Task", "Lead", "When", "What will show it is done or working"],
            "widths": [5.6, 3.4, 3.8, 4.2],
            "rows": [
                ["Visit Leo and Maisie at home, see Leo on his own, and check the methadone is locked in "
                 "its box",
                 "SW Oliver Beddoes",
                 "Weekly until the Aldermoss transfer-in conference, including a visit to the new home in "
                 "the week of the move",
                 "Visit records show Leo seen alone and the box locked at every visit"],
                ["Supervised methadone dispensing and drug screens for Jade",
                 "Recovery worker Faye Lund, Veddingley Recovery Partnership",
                 "Dispensing supervised daily until the move; screens every 2 weeks until the transfer-in "
                 "conference",
                 "Screen results sent to the SW before each core group; all free of illicit drugs"],
                ["Joint appointment with Aldermoss Recovery Service so that Jade's prescription carries on "
                 "without a gap",
                 "Faye Lund",
                 "By 06/06/2025, before the move",
                 "Aldermoss prescribing start date confirmed in writing to the SW"],
                ["Write a report on Jade's recovery, her risk of relapse and what a lapse would mean for "
                 "Leo and Maisie",
                 "Faye Lund",
                 "By 30/05/2025",
                 "Report shared with the core group and sent to Aldermoss with the transfer papers"],
                ["Weigh Maisie and check her development and speech; introduce the Aldermoss health visitor "
                 "at a joint home visit",
                 "HV Carys Penrose",
                 "Every 2 weeks until the transfer-in conference; joint visit before that conference",
                 "Weights in the red book; 2-year review (ASQ-3) done by 06/06/2025 and sent to the SW"],
                ["Check Leo's attendance and talk to him every Monday about home and the move",
                 "DSL Mr Terry Shaw, Veddingley Juniors",
                 "Every Monday until his last day, 12/06/2025",
                 "Attendance of 95% or more; a note of what Leo says emailed to the SW each week"],
                ["Apply for Leo's place at Whinfell Primary and send his school and safeguarding records",
                 "DSL Mr Terry Shaw",
                 "Application by 30/05/2025; records sent by 12/06/2025",
                 "Whinfell Primary confirm in writing Leo's start date and that the records have arrived"],
                ["Find Maisie a nursery place near the new home, starting in her first week there",
                 "SW Oliver Beddoes, with Jade",
                 "Place agreed by 06/06/2025; Maisie starts by 20/06/2025",
                 "Nursery confirm Maisie's start date to the SW and send her attendance weekly until the "
                 "transfer-in conference"],
                ["Keep methadone in the locked box and never leave it where Leo or Maisie can reach it",
                 "Jade Prentice",
                 "Every day, at both addresses",
                 "Box seen locked at every SW visit"],
                ["Help Jade connect the gas and electricity at the new flat and get a cooker and beds for "
                 "the children",
                 "FSW Dee Marland",
                 "By 13/06/2025 (moving day)",
                 "Beds and cooker seen in place at the SW's first visit to the new home"],
                ["Send Aldermoss the case file, chronology, this plan and the latest assessment, and hold a "
                 "handover meeting with the Aldermoss social worker",
                 "Team manager Sunita Raval with SW Oliver Beddoes",
                 "File by 02/06/2025; meeting by 10/06/2025",
                 "Aldermoss confirm receipt in writing; transfer-in conference date fixed"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Jade uses heroin or any drug she is not prescribed, a drug screen is positive, or methadone is "
              "found out of the locked box, the SW will visit the same day (out of hours, Veddingley EDT before "
              "the move and Aldermoss EDT after it) and a strategy discussion will be held within 24 hours. Leo "
              "and Maisie will stay with Kelly Marsh, who has been checked by both authorities and has agreed. "
              "If Kelly cannot have them, they will be placed together with foster carers the same day. The team "
              "manager will request a legal planning meeting within 5 working days; Veddingley will hold it if "
              "this happens before the transfer-in conference."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: every 3 weeks – 27/05/2025 at Osier Court family centre, and 17/06/2025 by video "
            "with the Aldermoss social worker and health visitor.",
            "Review: the Aldermoss transfer-in conference on 01/07/2025 at 10am, which acts as the review "
            "child protection conference. If it cannot go ahead, Veddingley will hold a review child "
            "protection conference on 08/07/2025.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 8. Not a plan: an invitation to a review child protection conference (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b9_zellingford_conference_invitation_okoro.txt",
    "split": "tune",
    "template": "not-a-plan-conference-invitation",
    "description": (
        "Not a plan: the conference and review service's invitation to professionals for a review child "
        "protection conference, with the agenda, report deadline, venue and access notes. It names the "
        "children and has dates and tasks for the invitees but is not a child's plan."
    ),
    "not_a_plan": True,
    "text": """\
ZELLINGFORD COUNCIL
Safeguarding Standards and Review Unit
Level 2, Marchbank House, Zellingford ZL1 3RT
conferences@zellingford.example.gov.uk  |  01632 960 145

Date: 09/06/2025
Our ref: SSRU/RCPC/25/0877

To: All invitees (see distribution list)

INVITATION TO A REVIEW CHILD PROTECTION CONFERENCE

Children:     Amara OKORO (DOB 14/06/2016)  and  Tobi OKORO (DOB 02/12/2020)
Address:      Flat 11, Wendover Tower, Zellingford ZL4 8PP
Date:         Thursday 26 June 2025
Time:         13:30 - 15:30 (please arrive by 13:15)
Venue:        Conference Room B, Marchbank House (ground floor, step-free)
              Joining link sent separately to anyone attending remotely
Chair:        Hannah Bright, Independent Reviewing Officer
Minute taker: Joel Asante, Business Support

Dear colleague,

You are invited to the review child protection conference for the children
named above. The conference will review the plan agreed at the initial
conference on 27/03/2025 and decide whether the children still need a child
protection plan.

REPORTS
Please send your written report, using the agency report template, to
conferences@zellingford.example.gov.uk by 12 noon on Monday 23 June 2025. It
will be shared with the parents before the conference unless you tell us in
writing why any part should not be. Reports received on the day may mean the
conference has to be adjourned. If you cannot attend, your report is still
needed, and please send a colleague who knows the family if you can.

AGENDA
  1. Introductions, purpose of the conference and confidentiality
  2. Apologies and quorum
  3. Wishes and feelings of Amara and Tobi (advocate / SW)
  4. Parents' views
  5. Social work report and progress against the plan
  6. Reports from agencies (school, nursery, health, police, others)
  7. Analysis: what is working well, what are we worried about
  8. Decision: does each child still need a child protection plan?
  9. If so: category, outline plan, core group membership, review date
 10. Any dissent from the decision; feedback forms

INFORMATION FOR INVITEES
  - Mrs Okoro has asked for an interpreter (Yoruba); one has been booked.
  - Amara (9) will be supported by her advocate, Ruth Pennell (Voices for
    Zellingford), and may attend the first part of the meeting.
  - Please do not bring the children's files into the room; use your report.
  - Parking at Marchbank House is limited; the nearest car park is Dale
    Street (pay and display).
  - If you have a concern about a child on the day, tell the chair before
    the meeting starts.

Please confirm whether you will attend by replying to this email by
Friday 20 June 2025.

Yours faithfully,

Hannah Bright
Independent Reviewing Officer, Safeguarding Standards and Review Unit

DISTRIBUTION
  Mr and Mrs Okoro (parents) - by letter and phone call
  Simone Caddick, Social Worker, Zellingford South
  Team Manager, Zellingford South
  Mr D Holroyd, DSL, Wendover Primary School
  Little Oaks Nursery (manager)
  Health visitor, Wendover Health Centre
  School nurse, Zellingford 0-19 Service
  Dr P Anand, GP, Wendover Health Centre
  PC L Farrow, Zellingford Police Safeguarding Unit
  Ruth Pennell, Voices for Zellingford (advocate for Amara)
""",
    "findings": [],
})
