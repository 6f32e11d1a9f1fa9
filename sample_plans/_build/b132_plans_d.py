"""Batch 132, module d: seven fictional plans (held-out material), places beginning with "d".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: ordinary plans by experienced practitioners, each in their own local
template and voice, where the later parts of Finding One of the Child Z
review matter. How the core group checks progress and what happens when it
is not enough is said in each author's own words ("If things have not changed
by the review we will ask for a legal gateway meeting", "the case will be
presented to the Legal Planning Forum", "PLO pre-proceedings will be
considered" after a legal planning meeting, "a Legal Planning Meeting (LPM)
will be convened" as a row of the plan, "the manager will decide whether the
threshold for proceedings is met"). Families arrive from, or move to, another
local authority: a transfer-in conference plan with named workers in both
areas, and core group minutes where "the plan stays in force until" the
receiving authority's conference, with a joint visit and a three-way
handover. A looked-after baby on a neonatal unit (who visits, how often, who
holds parental responsibility, discharge planning) and a looked-after
teenager on a CAMHS ward. Adult services plan jointly with children's
services where a parent is ill (joint visits with the care co-ordinator or
the adult social worker, one shared relapse plan, the adult worker at the
core group) while the plan stays about the children.

Five are exemplary (no findings): a landscape Word report to the review
conference with outcomes merged down the first column (plan 1); a
transfer-in conference plan printed to PDF (plan 3); a social worker's letter
to both parents after a review conference, printed to PDF (plan 4); a
Markdown care and protection plan for a looked-after baby on a neonatal unit
(plan 5); plain-text core group minutes with an action log for a family about
to move (plan 6). Two carry a realistic mix of faults among mostly good rows:
a Word care plan for a looked-after 14-year-old on an adolescent unit (plan 2:
nobody set to visit her at a stated frequency, the social worker's visits "As
diary allows", a feeling as a measure, "All agencies" as owner, an outcome
only for the parents, nothing about legal planning) and a Markdown review
plan for a family about to move (plan 7: a parenting assessment paused
pending transfer, a CAMHS referral left for the new authority to pick up,
"Ongoing", "Improvement" as a measure, "Core group" as owner, no review
conference date).

Counting actions (convention 1): every live row of an action table, and every
action-log entry in minutes, is one action; outcome cells merged down a
table, who's-who tables, the contingency, meeting dates and a one-off row
marked done and kept for the record are not counted. Rows for work that goes
on are counted whatever their progress note says.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Social worker's report to the first review conference with the updated
#    plan. Mother with bipolar disorder, two children; the CMHT plans
#    jointly with children's services (joint visits, one relapse plan, the
#    care co-ordinator at the core group). Landscape Word table with the
#    outcome merged down the first column. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b132_dabbenholt_rcpc_report_updated_plan_merged_outcomes_pendrick.docx",
    "doc_title": "Report to Review Child Protection Conference - Evie and Jacob Pendrick",
    "split": "heldout",
    "actions": 12,
    "landscape": True,
    "check_vmerge": 3,
    "template": "sw-report-to-rcpc-landscape-word-numbered-sections-progress-since-icpc-childrens-lived-experience-working-with-adult-mental-health-then-updated-plan-outcome-merged-down-what-who-when-how-we-will-know-one-done-row-kept-contingency-monitoring-and-legal-gateway",
    "description": (
        "Exemplary social worker's report to the first review conference for an 8-year-old and a "
        "2-year-old whose mother has bipolar disorder and was admitted in a manic episode in the "
        "spring. A landscape Word report whose updated plan has the outcome for the children merged "
        "down the first column; one finished row is kept and marked done. The CMHT plans jointly "
        "with children's services: monthly joint visits with the care co-ordinator, one shared "
        "relapse plan, the care co-ordinator at every core group and reporting on change, the "
        "psychiatrist asked for a view on capacity to sustain change and its timescale. The "
        "grandmother's part has a fallback; the monitoring section says that if things have not "
        "changed by the next review a legal gateway meeting will be asked for."
    ),
    "blocks": [
        ("title", "Report to the Review Child Protection Conference"),
        ("p", "Dabbenholt Council · Children's Social Care · Safeguarding and Family Support, Team 4"),
        ("kv", [
            ("Children", "Evie Pendrick (8), DOB 22/03/2017, Year 4, Holmleigh Primary; Jacob Pendrick (2), "
                         "DOB 09/05/2023, Bramble Lane Nursery"),
            ("Address", "31 Osier Way, Dabbenholt DB3 8QF"),
            ("Mother", "Lauren Pendrick (33), sole carer"),
            ("Jacob's father", "Sam Wetherall (35), 2 Mill Yard, Dabbenholt; has Jacob every Saturday"),
            ("Maternal grandmother", "Carole Pendrick, 48 Thrush Lane, Dabbenholt (ten minutes by car)"),
            ("Category", "Neglect (both children)"),
            ("Initial conference", "01/07/2025. Chair: Bernadette Quist (IRO)"),
            ("This review", "First review child protection conference, 30/09/2025, Dabbenholt Civic Offices"),
            ("Report by", "Kezia Barnes, social worker (team manager: Tom Ellery), 22/09/2025"),
        ]),
        ("h1", "1. Why Evie and Jacob have a child protection plan"),
        ("p", "Lauren has bipolar affective disorder. In April 2025 she stopped her lithium, went several nights "
              "without sleep and spent her benefits on online orders; on 27/04/2025 the police found Jacob alone in "
              "the flat while Lauren was in the town centre, and Evie had been getting herself to school. Lauren "
              "was admitted to the Alder Ward at Dabbenholt General under section 2 for five weeks. Carole looked "
              "after the children. The initial conference heard that Evie had been making Jacob's tea and hiding "
              "Lauren's bank card because she was frightened of the parcels."),
        ("h1", "2. What has happened since the initial conference"),
        ("bullets", [
            "Lauren has been back on lithium since her discharge on 02/06/2025. Her last three blood levels were "
            "in the range her psychiatrist wants, and she has kept every CMHT appointment.",
            "Marcus Hale, her care co-ordinator, and I have made two joint visits and have started writing one "
            "relapse plan that both our services and the family will use.",
            "Evie's attendance since the initial conference is 97%; she was late once.",
            "Jacob has missed two nursery sessions, both when he had a cold.",
            "Carole had the children for three nights in August when Lauren was not sleeping; Lauren rang her "
            "and Marcus herself, which is what the plan asked her to do.",
            "The referral to Dabbenholt Young Carers was made late and Evie is still waiting for a place.",
        ]),
        ("h1", "3. What life is like for Evie and Jacob"),
        ("p", "Evie (seen on her own at school, 16/09/2025): “Mum's better now she has her tablets. When she "
              "doesn't sleep I get scared it's going to be like before. I like it when Nanna comes because then I "
              "don't have to do Jacob's tea.” She drew her house with a cloud over Mum's room “for the bad days” "
              "and said she would like “someone to explain Mum's illness to me properly”."),
        ("p", "Jacob was seen at home on 10/09/2025 and 18/09/2025. He ran to Lauren when she came back into the "
              "room, showed me his tractor and asked for his beaker when he was thirsty. Nursery say he settles "
              "within a few minutes of being dropped off and is using two-word sentences."),
        ("h1", "4. Working together with adult mental health services"),
        ("p", "Dabbenholt CMHT has agreed to plan with us rather than alongside us. Marcus will come to every core "
              "group, visit jointly with me once a month, and write to each core group on how Lauren is doing and "
              "what that means for Evie and Jacob. Dr Ahmadi, Lauren's psychiatrist, has agreed to give the second "
              "review conference her written view on whether Lauren can sustain the changes she has made and how "
              "long that is likely to take. Lauren has signed consent for the CMHT and children's services to "
              "share information."),
        ("h1", "5. The updated child protection plan"),
        ("p", "Each row sits beside the outcome it is for. The row marked DONE is kept so that the conference can "
              "see it; it is finished and needs no more work."),
        ("table", {
            "header": ["What we want for Evie and Jacob", "What will happen", "Who", "By when / how often",
                       "How we will know"],
            "widths": [4.6, 6.6, 4.2, 4.4, 5.9],
            "rows": [
                ["1. Evie and Jacob are cared for every day by an adult who is well enough to get them up, fed "
                 "and to school and nursery, including when Lauren's mood changes.",
                 "Visit Evie and Jacob at home, see Evie on her own and note how the morning and bedtime routine "
                 "is going",
                 "Kezia Barnes, SW",
                 "Every two weeks until the second review, one visit a month unannounced",
                 "Visit records show both children seen at every visit and Evie seen alone, with her own words "
                 "written down"],
                [V,
                 "Joint home visit to go through Lauren's early warning signs with her and assess whether she is "
                 "spotting them herself and acting on them",
                 "Kezia Barnes (SW) and Marcus Hale (care co-ordinator, Dabbenholt CMHT)",
                 "Monthly, first on 14/10/2025",
                 "A joint visit note on both services' records with the relapse plan checklist filled in, copied "
                 "to the core group"],
                [V,
                 "See Lauren at home, check her sleep and medication, and report on whether she is making and "
                 "keeping the changes Evie and Jacob need, and how long that is likely to take",
                 "Marcus Hale, care co-ordinator, Dabbenholt CMHT",
                 "Every two weeks; written report three working days before each core group",
                 "Marcus's written report on the children's file before every core group; Marcus at every core "
                 "group"],
                [V,
                 "Outpatient review of Lauren's bipolar disorder, with a written opinion on her capacity to "
                 "sustain change, the steps still needed and the likely timescale for Evie and Jacob",
                 "Dr Ruth Ahmadi, consultant psychiatrist, Dabbenholt CMHT",
                 "Review by 28/11/2025; written opinion by 13/01/2026",
                 "Opinion letter received by Kezia and the IRO by 13/01/2026"],
                [V,
                 "Take lithium every evening and go to every blood test, so that Lauren stays well enough to "
                 "look after Evie and Jacob",
                 "Lauren Pendrick (Mum)",
                 "Every evening; blood tests every 12 weeks, next on 04/11/2025",
                 "Blood levels in range, sent by the CMHT to Kezia after each test"],
                [V,
                 "Hold one shared planning meeting with Lauren, the CMHT, Carole and the school to agree a single "
                 "written relapse plan saying who looks after Evie and Jacob at green, amber and red",
                 "Kezia Barnes, SW (chair), with Marcus Hale",
                 "By 07/11/2025; plan checked again before each core group",
                 "Signed relapse plan on the CMHT and children's records, with copies held by Carole, the school "
                 "and the nursery"],
                [V,
                 "Have Evie and Jacob to stay and do the school and nursery run on any day the relapse plan is "
                 "at amber or red",
                 "Carole Pendrick (maternal grandmother)",
                 "From the same day amber is reached, until Marcus says the plan is back at green",
                 "Carole texts Kezia the same day; the school and nursery signing-in books show who brought the "
                 "children"],
                [V,
                 "DONE 19/08/2025: send Lauren's medication history and hospital discharge summary to the SW",
                 "Dr Paul Merriman, GP, Osier Way Surgery",
                 "By 29/07/2025 (done 19/08/2025)",
                 "GP letter on the children's file"],
                ["2. Evie goes to school every day, understands her mum's illness in words that fit her age, "
                 "and no longer feels she has to look after Jacob or her mum.",
                 "Check Evie's attendance and lateness, and give her a weekly check-in with her key adult, "
                 "Mrs Lacey",
                 "Mrs Aisha Farrant, DSL, Holmleigh Primary",
                 "Every school day; check-in every Monday",
                 "Attendance emailed to Kezia every Friday; check-ins logged on CPOMS; attendance at 95% or "
                 "above"],
                [V,
                 "Three sessions with Evie using the ‘Mum's ups and downs’ storybook to explain Lauren's illness, "
                 "with Marcus joining the last one to answer her questions",
                 "Kezia Barnes, SW",
                 "By 19/12/2025",
                 "Evie's finished storybook kept on file; at the next visit Evie can say who she rings if Mum "
                 "is unwell"],
                [V,
                 "Follow up the young carers referral and start Evie at the Thursday club",
                 "Kezia Barnes, SW, with Dabbenholt Young Carers (Jess Ormond)",
                 "First session by 27/11/2025",
                 "Acceptance letter on file; the club's register sent to Kezia each half-term"],
                ["3. Jacob is fed, safe and meeting his milestones, and his days at home are calm.",
                 "Two-and-a-half-year review, and home visits to check Jacob's weight, sleep and speech",
                 "Lisa Tamworth, health visitor",
                 "Review by 31/10/2025; home visit every six weeks after that",
                 "Review scores and weights sent to Kezia after each contact"],
                [V,
                 "Record Jacob's attendance, how he arrives and anything he says about home, and ring Kezia the "
                 "same day with any worry",
                 "Bramble Lane Nursery (key worker Sadia Noor)",
                 "Every nursery session (Monday, Tuesday and Thursday)",
                 "Weekly attendance and arrival sheet emailed to Kezia; same-day calls logged"],
            ],
        }),
        ("h1", "6. Contingency plan"),
        ("p", "If Lauren's relapse plan reaches red (two nights without sleep, missed lithium on two evenings, "
              "or spending she cannot account for), or anyone finds Evie or Jacob without an adult who is well "
              "enough to care for them, the children will go to Carole's home that day, Marcus will ask the "
              "Dabbenholt crisis team to see Lauren the same day, and Kezia (or the emergency duty team out of "
              "hours) will hold a strategy discussion the same day."),
        ("p", "If Carole cannot have the children (she is ill, away or cannot be reached), Sam will collect Jacob "
              "and Kezia will place Evie with Dabbenholt foster carers that day; if Sam cannot have Jacob either, "
              "both children will go to the same foster carers together."),
        ("h1", "7. How the plan will be checked, and what happens if it is not enough"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 3.30pm at Holmleigh Children's Centre: 14/10/2025, "
            "11/11/2025, 09/12/2025 and 06/01/2026. Marcus Hale attends each one.",
            "At each core group the members go through every row of the plan and record in the minutes whether "
            "it has been done, with the evidence named in the last column.",
            "Second review child protection conference: Tuesday 27/01/2026 at 10am, Dabbenholt Civic Offices.",
            "If things have not changed by the review (Lauren has stopped her lithium, has been admitted again "
            "without the relapse plan being used, or Evie is again caring for Jacob) we will ask Tom Ellery, "
            "team manager, for a legal gateway meeting within five working days.",
        ]),
        ("p", "Kezia Barnes, Social Worker. Lauren has read this report and agrees with the plan."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Care plan for a looked-after 14-year-old (section 20) who is also on a
#    child protection plan, now an inpatient on an adolescent mental health
#    unit an hour away. Word care plan with legal status, who decides, her
#    views, outcomes and a Lead / Timescale / How we will know table.
#    Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b132_drewsmoor_lac_care_plan_adolescent_unit_kowalczyk.docx",
    "doc_title": "Care and Protection Plan - Kayla Kowalczyk",
    "split": "heldout",
    "actions": 10,
    "template": "lac-care-plan-part-two-word-details-list-legal-status-and-who-decides-why-kayla-is-looked-after-and-on-a-plan-her-views-outcomes-then-action-lead-timescale-how-we-will-know-table-contingency-reviews",
    "description": (
        "Care plan, updated after admission, for a 14-year-old who is accommodated under section 20, "
        "on a child protection plan for emotional abuse, and now an inpatient on an adolescent "
        "mental health unit an hour from home after an overdose. Most rows are sound (weekly calls "
        "to her named nurse, the unit's CPA reviews and discharge criteria, the hospital school and "
        "her PEP, the foster carer's nightly calls, an advocate, parenting sessions). Faults: no one "
        "is set to visit Kayla on the unit at a stated frequency (the social worker's visits are 'As "
        "diary allows' and the IRO visits once); family therapy is measured by Kayla feeling "
        "better; 'All agencies' share worries; one outcome is only about the parents; and nothing "
        "says that legal planning follows if the plan does not work."
    ),
    "blocks": [
        ("title", "Care Plan (Part 2) and Child Protection Plan"),
        ("p", "Drewsmoor City Council · Children in Care Service · Updated following hospital admission"),
        ("kv", [
            ("Young person", "Kayla Kowalczyk, DOB 11/02/2011 (14), Year 10, Drewsmoor Park School"),
            ("Placement", "Dave and Sue Marchant, Drewsmoor foster carers, 6 Saffron Walk, Drewsmoor, since "
                          "02/06/2025"),
            ("Current location", "Larchfield Adolescent Unit, Ashgrove Hospital, Wenslow (inpatient since "
                                 "15/09/2025; about an hour from Drewsmoor by car)"),
            ("Parents", "Marta Kowalczyk (41) and Piotr Kowalczyk (44), 19 Beck Road, Drewsmoor"),
            ("Child protection plan", "Emotional abuse, since the initial conference on 24/06/2025"),
            ("Social worker", "Megan Shaw, Children in Care Team 2 (team manager: Rob Akers)"),
            ("IRO", "Janet Cole"),
            ("Plan updated", "30/09/2025, at the planning meeting held on the unit"),
        ]),
        ("h1", "Legal status and who decides"),
        ("p", "Kayla is accommodated under section 20 of the Children Act 1989 with her parents' agreement. "
              "Marta and Piotr keep parental responsibility and are asked to consent to her treatment on the "
              "unit; they signed the consent form for her admission on 15/09/2025. Kayla is not detained under "
              "the Mental Health Act. Decisions about leave from the unit are made by her consultant with Megan "
              "and her parents."),
        ("h1", "Why Kayla is looked after and on a child protection plan"),
        ("p", "Kayla came into care in June after she told her form tutor that her father had pushed her "
              "against a wall during an argument and that both parents called her “useless” and “a waste of "
              "space” most days. She had been cutting her arms since Year 8. The initial conference heard of "
              "three police call-outs to Beck Road in 2025 for arguments between Kayla and her parents. In "
              "foster care her school attendance rose and the arguments stopped, but her self-harm continued, "
              "and on 14/09/2025 she took an overdose of paracetamol at the foster home. She was admitted to "
              "Larchfield the next day."),
        ("h1", "What Kayla says"),
        ("p", "Kayla (seen on the unit, 26/09/2025): “It's OK here but it's far, and I don't know anyone. I "
              "want to go back to Sue and Dave's, not home, not yet. I don't want Mum and Dad visiting until "
              "we've done the family sessions. I miss my friends and I'm worried about my GCSEs.” She said her "
              "worst time of day is the evening, and that Sue's phone calls help."),
        ("p", "For now Kayla's contact with her parents is by phone, at her request, and at the family "
              "sessions."),
        ("h1", "Outcomes"),
        ("bullets", [
            "Kayla is kept safe on the unit and has no further overdose or serious self-harm.",
            "Kayla leaves hospital to a home where she feels safe, with a plan for her care and support in "
            "place before she leaves.",
            "Kayla keeps up with her GCSE courses and returns to Drewsmoor Park School.",
            "Marta and Piotr feel more confident as parents.",
        ]),
        ("h1", "Action plan"),
        ("table", {
            "header": ["Action", "Lead", "Timescale", "How we will know"],
            "widths": [6.0, 3.6, 3.0, 4.4],
            "rows": [
                ["Visit Kayla on Larchfield Unit and see her on her own",
                 "Megan Shaw, SW",
                 "As diary allows",
                 "Visit recorded on Kayla's file with her views written down"],
                ["Phone Kayla's named nurse for an update on her care, leave and discharge planning",
                 "Megan Shaw, SW",
                 "Every Friday",
                 "Call notes on Kayla's file; discharge planning shared with the core group"],
                ["Care programme approach (CPA) review: set the discharge criteria and say where Kayla will go "
                 "when she leaves",
                 "Dr Helen Voss, consultant psychiatrist, Larchfield Unit",
                 "By 10/10/2025, then every four weeks",
                 "CPA minutes with written discharge criteria sent to Megan"],
                ["Phone Kayla every evening at the time the ward agrees, and keep her bedroom at Saffron Walk "
                 "ready for her return",
                 "Sue Marchant, foster carer",
                 "Every evening at 7pm",
                 "Sue's call log, seen by Megan every two weeks"],
                ["Family therapy sessions for Kayla and her parents, by video link for now",
                 "Tom Reddy, family therapist, Larchfield Unit",
                 "Fortnightly from 07/10/2025",
                 "Kayla feels better about going home"],
                ["Keep Kayla on her GCSE courses through the hospital school and update her personal education "
                 "plan",
                 "Ms Imogen Tate, teacher, Larchfield Hospital School, with Drewsmoor Virtual School",
                 "Lessons every weekday; PEP meeting by 17/10/2025",
                 "Updated PEP on file; Kayla's marked work sent to Drewsmoor Park School each half-term"],
                ["Share any concern about Kayla's safety, leave or phone contact with the SW the same day",
                 "All agencies",
                 "Same day",
                 "Each concern logged on Kayla's file"],
                ["Parenting sessions for Marta and Piotr on how to respond to Kayla when she is distressed, "
                 "without shouting or name-calling",
                 "Olu Bankole, family support worker",
                 "Weekly from 01/10/2025, eight sessions",
                 "Attendance recorded; the therapist notes at the next family session whether the parents used "
                 "the agreed calm-down plan"],
                ["See Kayla on the unit before her looked after review",
                 "Janet Cole, IRO",
                 "Before 21/10/2025",
                 "IRO's note of Kayla's views on file"],
                ["Refer Kayla for an independent advocate for her CPA and looked after reviews",
                 "Megan Shaw, SW",
                 "By 03/10/2025",
                 "Advocate's name on file and the advocate at the CPA review"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Kayla goes missing from the unit or from leave, unit staff will report her missing to the "
              "police straight away and Megan (or the emergency duty team out of hours) will hold a strategy "
              "discussion with Drewsmoor Police the same day."),
        ("p", "If Kayla self-harms seriously or takes another overdose, the unit will tell Megan the same day and "
              "leave will stop until her consultant and Megan agree it is safe."),
        ("p", "If the unit needs to discharge Kayla at short notice, she will go back to Sue and Dave Marchant's, "
              "not to Beck Road, and Megan will hold a discharge planning meeting within two working days."),
        ("h1", "Reviews"),
        ("bullets", [
            "Core group every four weeks, on the unit or by video: 08/10/2025, 05/11/2025 and 03/12/2025.",
            "Looked after review: 21/10/2025, chaired by Janet Cole.",
            "Review child protection conference: 09/12/2025, Drewsmoor Civic Centre.",
        ]),
    ],
    "findings": [
        F("T002", "Visit Kayla on Larchfield Unit and see her on her own"),
        F("M002", "Family therapy sessions for Kayla and her parents, by video"),
        F("W002", "Share any concern about Kayla's safety, leave or phone contact"),
        F("F002", "Marta and Piotr feel more confident as parents."),
        F("L001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Transfer-in conference plan: a mother, her partner and two children who
#    moved from Harnforth in August. The previous authority kept the plan
#    going until this conference; named workers in both areas; the
#    partner's drinking handed from one alcohol service to the other.
#    Word document printed to PDF with a page header and footer.
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b132_dillingwick_transfer_in_conference_plan_mcgarrigle.pdf",
    "doc_title": "Transfer-in Child Protection Conference Plan - Tyler and Maisie McGarrigle",
    "split": "heldout",
    "actions": 12,
    "template": "transfer-in-conference-plan-printed-to-pdf-page-header-footer-details-how-the-family-came-what-the-previous-plan-asked-named-workers-both-areas-table-childrens-views-outcomes-then-numbered-what-lead-by-when-how-we-will-know-table-contingency-legal-planning-forum-meetings",
    "description": (
        "Exemplary transfer-in conference plan for an 11-year-old and a 4-year-old who moved with "
        "their mother and her partner from another authority in August. Printed to PDF from Word, "
        "with a page header and footer. It says how the family came, that the previous "
        "authority's plan stayed in force unchanged with weekly visits until this conference, and "
        "lists the named worker in each area for each role; the plan has a joint handover visit "
        "with the previous social worker, the alcohol records passed between services, the "
        "perpetrator programme carried on from the session reached. The new alcohol service "
        "reports on change, the aunt's Fridays have a fallback, and further incidents mean the "
        "case will be presented to the Legal Planning Forum; core group and review dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Dillingwick Borough Council – Transfer-in Child Protection Conference",
    "footer": "Tyler and Maisie McGarrigle – transfer-in plan, 02/10/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Transfer-in Child Protection Conference: Plan"),
        ("kv", [
            ("Children", "Tyler McGarrigle (11), DOB 30/11/2013, Year 7, Dillingwick Academy; Maisie McGarrigle "
                         "(4), DOB 14/06/2021, Reception, St Bede's Infants"),
            ("Address", "7 Lantern Court, Dillingwick DW5 2HS (since 18/08/2025)"),
            ("Mother", "Kirsty McGarrigle (34)"),
            ("Mother's partner", "Jason Vane (38), Maisie's father, lives at Lantern Court"),
            ("Maternal aunt", "Jodie Marsh, 12 Copper Street, Dillingwick"),
            ("Category", "Emotional abuse (both children)"),
            ("Previous plan", "Initial conference held by Harnforth City Council on 05/06/2025"),
            ("This conference", "Transfer-in conference, 02/10/2025, Dillingwick Town Hall. Chair: Hugh "
                                "Templeman (IRO)"),
            ("Social worker", "Rhiannon Blake, Dillingwick Safeguarding Team East (team manager: Femi Adewale)"),
        ]),
        ("h1", "1. How the family came to Dillingwick"),
        ("p", "Kirsty, Jason and the children moved from Harnforth on 18/08/2025 to be near Kirsty's sister, "
              "Jodie, after the tenancy on their flat ended. Harnforth notified us on 20/08/2025. Until today "
              "Harnforth kept case responsibility and the plan stayed in force unchanged: Craig Doyle, their "
              "social worker, visited Lantern Court every week, the last time on 29/09/2025, and Harnforth's core "
              "group met on 02/09/2025 with Rhiannon present. From the end of this conference Dillingwick holds "
              "the plan."),
        ("h1", "2. What Harnforth's plan asked, and where it has got to"),
        ("p", "The Harnforth plan was made because Jason, when drunk, had shouted at and threatened Kirsty in "
              "front of the children, and in May had punched a door beside Tyler's head. Under that plan Jason "
              "was assessed by Harnforth Alcohol Service, has had breath tests at every key-work session and has "
              "completed 8 of the 24 sessions of the Safer Futures programme, which also runs in Dillingwick. "
              "There have been no police call-outs since 19/05/2025. Kirsty has a safety plan with an IDVA in "
              "Harnforth. Tyler's attendance in Year 6 rose from 86% to 95%."),
        ("h1", "3. Who's who in each area"),
        ("table", {
            "header": ["Role", "Harnforth (until this conference)", "Dillingwick (from this conference)"],
            "widths": [4.0, 6.5, 6.5],
            "rows": [
                ["Social worker", "Craig Doyle, Harnforth Family Safeguarding", "Rhiannon Blake, Safeguarding "
                 "Team East"],
                ["Alcohol worker for Jason", "Nina Shah, Harnforth Alcohol Service", "Aled Price, Dillingwick "
                 "Recovery Service"],
                ["Safer Futures programme", "Harnforth group, sessions 1 to 8", "Lee Corrigan, Dillingwick group, "
                 "from session 9"],
                ["IDVA for Kirsty", "Shona Maguire, Harnforth Women's Aid", "Hana Iqbal, Dillingwick Women's Aid"],
                ["Health", "Harnforth 0-19 team", "Claire Hollis, school nurse, Dillingwick 0-19 team"],
            ],
        }),
        ("h1", "4. What Tyler and Maisie have told us"),
        ("p", "Tyler (seen on his own at the Academy by Rhiannon and Craig together, 25/09/2025): “The new house "
              "is alright. Jason's not been drinking like before, but when he goes out on a Friday I listen out "
              "for when he comes back. I like Auntie Jodie's because it's quiet.” He said he wants “no more "
              "shouting” and to keep his new friends."),
        ("p", "Maisie (seen at home, 25/09/2025) showed us her new bedroom and her school jumper, sat on Jason's "
              "knee to read a book and went to Kirsty when she banged her leg. Her teacher says she is settling, "
              "but cries at the classroom door most mornings and calms when her teaching assistant holds her "
              "hand."),
        ("h1", "5. What we want for Tyler and Maisie"),
        ("bullets", [
            "Tyler and Maisie live in a home where no one is drunk, shouts or threatens, and they are not "
            "frightened on a Friday night.",
            "Tyler settles at Dillingwick Academy, attends at least 95% and has an adult there he can talk to.",
            "Maisie settles in Reception and goes in calmly in the mornings.",
            "Both children know their new social worker and who to go to if they are scared at home.",
        ]),
        ("h1", "6. The plan agreed at this conference"),
        ("table", {
            "header": ["No.", "What will happen", "Lead", "By when", "How we will know"],
            "widths": [1.0, 5.8, 3.6, 3.2, 3.4],
            "rows": [
                ["1",
                 "Visit Tyler and Maisie at home, see Tyler on his own, and ask both children about Friday "
                 "nights",
                 "Rhiannon Blake, SW",
                 "Weekly from 06/10/2025 until the review conference",
                 "Visit records show both children seen every week and Tyler seen alone, with his words "
                 "recorded"],
                ["2",
                 "Handover home visit together, so that the children say goodbye to Craig and get to know "
                 "Rhiannon with someone they already trust",
                 "Rhiannon Blake, SW, with Craig Doyle, Harnforth SW",
                 "By 10/10/2025",
                 "Joint visit note signed by both social workers on the Dillingwick file"],
                ["3",
                 "Send Jason's alcohol treatment records and his breath test results since June to the "
                 "Dillingwick Recovery Service",
                 "Nina Shah, Harnforth Alcohol Service",
                 "By 09/10/2025",
                 "Aled Price confirms to Rhiannon by email that the records have arrived"],
                ["4",
                 "Assess Jason's drinking, key-work with a breath test at every session, and report on whether "
                 "he is changing in the ways Tyler and Maisie would notice and how long further change would "
                 "take",
                 "Aled Price, Dillingwick Recovery Service",
                 "Assessment by 17/10/2025; key-work weekly; report three days before each core group",
                 "Written report and breath test results with Rhiannon before every core group"],
                ["5",
                 "Carry on the Safer Futures perpetrator programme at the Dillingwick group from session 9",
                 "Jason Vane; Lee Corrigan, programme worker, reports to the SW",
                 "Weekly from 07/10/2025, sessions 9 to 24",
                 "Attendance report from Lee after every fourth session"],
                ["6",
                 "Safety planning with Kirsty for herself and the children, picking up the Harnforth safety "
                 "plan",
                 "Hana Iqbal, IDVA, Dillingwick Women's Aid",
                 "First meeting within 10 working days of this conference, then every two weeks",
                 "Updated safety plan and DASH score copied to Rhiannon after each meeting"],
                ["7",
                 "Have Tyler and Maisie to stay every Friday night, and be the adult Tyler rings if he is "
                 "frightened",
                 "Jodie Marsh (maternal aunt)",
                 "Every Friday from 03/10/2025",
                 "Jodie texts Rhiannon every Saturday morning; Tyler asked about it at each visit"],
                ["8",
                 "Check Tyler's attendance and how he presents, and give him a weekly check-in with his key "
                 "adult",
                 "Mr Gareth Lowe, DSL, Dillingwick Academy",
                 "Every school day; check-in every Monday",
                 "Attendance emailed to Rhiannon each Friday; check-ins logged on CPOMS"],
                ["9",
                 "Check Maisie's attendance and how she settles each morning, and ring the SW the same day with "
                 "any worry",
                 "Mrs Jo Fenwick, DSL, St Bede's Infants",
                 "Every school day",
                 "Weekly attendance and a settling log sent to Rhiannon; same-day calls logged"],
                ["10",
                 "Request both children's health records from Harnforth and carry out a new-family health "
                 "review",
                 "Claire Hollis, school nurse, Dillingwick 0-19 team",
                 "By 24/10/2025",
                 "Health review notes and immunisation check sent to Rhiannon"],
                ["11",
                 "Register Tyler and Maisie with Elm Street Surgery",
                 "Kirsty McGarrigle (Mum)",
                 "By 10/10/2025",
                 "Registration letter seen by Rhiannon"],
                ["12",
                 "Four sessions of direct work with Tyler about the move and what he saw and heard at home",
                 "Rhiannon Blake, SW",
                 "By 28/11/2025",
                 "Tyler's work and his own words kept on file and brought to the review"],
            ],
        }),
        ("h1", "7. Contingency"),
        ("p", "If Jason is drunk at home while the children are there, threatens or hurts Kirsty, or the police "
              "are called to Lantern Court, Kirsty will take Tyler and Maisie to Jodie's at 12 Copper Street that "
              "night, Jason will not return until agreed at a strategy discussion, and Rhiannon (or the emergency "
              "duty team out of hours) will hold that strategy discussion with Dillingwick Police the same day."),
        ("p", "If Jodie cannot have the children (she is away, unwell or her own circumstances change), Hana will "
              "arrange a refuge place for Kirsty and the children the same day, or Rhiannon will place Tyler and "
              "Maisie together with Dillingwick foster carers that day."),
        ("p", "If Jason misses two Safer Futures sessions or has a positive breath test, or there is any further "
              "incident of drunkenness or threats at home before the review, Rhiannon's team manager will make "
              "sure the case is presented to the Legal Planning Forum at its next weekly sitting, to decide "
              "whether to start the Public Law Outline."),
        ("h1", "8. Meetings"),
        ("bullets", [
            "First core group: 14/10/2025, 4pm, Dillingwick Family Hub; then every four weeks on Tuesdays, "
            "11/11/2025 and 09/12/2025.",
            "Review child protection conference: 08/01/2026, 10am, Dillingwick Town Hall.",
            "At each core group the plan is gone through row by row and any row not done is given a new date "
            "and a reason in the minutes.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Social worker's letter to both parents after the first review
#    conference. Mother with relapsing multiple sclerosis, father drinking
#    since losing his job, a 12-year-old young carer and a 7-year-old.
#    Adult social care, the MS nurse and the alcohol service own parts of
#    the plan and plan it jointly. Printed to PDF with a page header and
#    footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b132_dormanstowe_rcpc_letter_to_parents_joint_adult_plan_bellamy.pdf",
    "doc_title": "Letter to Gemma and Lewis Bellamy after the review conference",
    "split": "heldout",
    "actions": 11,
    "template": "sw-letter-to-both-parents-after-rcpc-printed-to-pdf-page-header-footer-addresses-dear-then-why-we-met-what-ellis-and-poppy-told-us-what-we-want-then-what-everyone-agreed-table-what-who-when-how-we-will-all-know-bad-days-and-what-if-meetings-and-legal-planning",
    "description": (
        "Exemplary letter from the social worker to both parents after the first review "
        "conference, for a 12-year-old young carer and a 7-year-old. The mother has relapsing "
        "multiple sclerosis and the father has been drinking since losing his job. Printed to PDF "
        "with a page header and footer; written as 'I' and 'you', with the agreed plan in a What / "
        "Who / When / How we will all know table. Adult social care, the MS nurse and the alcohol "
        "service each own rows and plan jointly with the social worker (a joint visit every six "
        "weeks, one shared plan for relapse days, the adult social worker at the core group); the "
        "grandmother's part has a fallback; a legal planning meeting follows named triggers, where "
        "PLO pre-proceedings will be considered; core group and review dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Dormanstowe County Council – Children and Families",
    "footer": "Letter to Gemma and Lewis Bellamy, 10/10/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("pl", "Dormanstowe County Council"),
        ("pl", "Children and Families – North Area Safeguarding Team"),
        ("pl", "County Buildings, Market Hill, Dormanstowe DM1 4TA"),
        ("p", "Direct line 01999 402 118"),
        ("pl", "Gemma and Lewis Bellamy"),
        ("pl", "15 Warrender Close"),
        ("pl", "Dormanstowe DM6 3PW"),
        ("pr", "10 October 2025"),
        ("p", ""),
        ("p", "Dear Gemma and Lewis,"),
        ("boldp", "Ellis and Poppy's child protection plan after the review conference on 07/10/2025"),
        ("p", "Thank you both for coming to the review conference on Tuesday, and Gemma, I know how tiring the "
              "afternoon was for you. As I promised, this letter sets out in plain words what was agreed. The "
              "conference decided that Ellis and Poppy should stay on a child protection plan under the category "
              "of neglect, because things have started to change but have not yet changed for long enough."),
        ("h2", "Why we met"),
        ("p", "Gemma, you have relapsing multiple sclerosis. During your relapse in May you could not get out of "
              "bed for three weeks, and Ellis, who is 12, was giving you your tablets, getting Poppy to school and "
              "making the tea. Lewis, you told the initial conference that since you lost your job at the depot "
              "you had been drinking most days, and on 02/06/2025 you were too drunk to collect Poppy from school. "
              "Since then you have started with the alcohol service and your breath tests in September were all "
              "clear, and Gemma, your care assessment has begun. Ellis is still doing more at home than a boy of "
              "his age should."),
        ("h2", "What Ellis and Poppy told us"),
        ("p", "Ellis (seen on his own at school, 30/09/2025): “I don't mind helping Mum but I'm always tired and "
              "I've stopped going to football. I worry when Dad goes to the shop in case he comes back with cans.” "
              "He said he would like “someone else to do Mum's tablets” and to go back to football on Thursdays."),
        ("p", "Poppy (seen at home, 03/10/2025) showed me her reading book and said, “Daddy picks me up now and he "
              "smells nice.” She drew the family on the sofa watching a film and said that was the best bit of the "
              "week."),
        ("h2", "What we want for Ellis and Poppy"),
        ("bullets", [
            "Ellis and Poppy are looked after every day by an adult who is sober and able to care for them, "
            "including on the days Gemma's MS flares up.",
            "Ellis no longer does Gemma's personal care or medicines, goes to school every day and gets his "
            "Thursday football back.",
            "Poppy gets to school on time, fed and in clean uniform, and is collected by a sober adult.",
        ]),
        ("h2", "What everyone agreed to do"),
        ("p", "Where the table says “me”, it means me, Joanne Whitley, your social worker."),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will all know"],
            "widths": [6.2, 3.6, 3.2, 4.0],
            "rows": [
                ["I will visit Ellis and Poppy at home, and see Ellis on his own at school",
                 "Me (Joanne Whitley, social worker)",
                 "Home every two weeks; Ellis at school once a month",
                 "My visit notes show both children seen and Ellis's own words written down"],
                ["A joint visit with Gemma's adult social worker to go through her care and support plan and "
                 "what it means for Ellis and Poppy's mornings and evenings",
                 "Me, with Sunil Batra, adult social worker, Dormanstowe Adult Social Care",
                 "21/10/2025, then every six weeks",
                 "A joint visit note on both our records, listing any change to Gemma's care"],
                ["Finish Gemma's Care Act needs assessment and set up carers for her mornings and evenings, so "
                 "that Ellis no longer helps with her personal care or her tablets",
                 "Sunil Batra, adult social worker",
                 "Assessment by 31/10/2025; carers in place by 21/11/2025",
                 "Care and support plan sent to you and to me; carers' visit log kept in the house, which I "
                 "will look at on my visits"],
                ["See Gemma within five working days of any relapse and write to me about what she can and "
                 "cannot do for the children and how long her recovery is likely to take",
                 "Karen Oduya, MS specialist nurse, Dormanstowe General Hospital",
                 "Within 5 working days of a relapse; clinic every three months",
                 "Karen's letter to me after each contact"],
                ["Key-work with Lewis and a breath test at every session, and a written report to each core "
                 "group on whether his drinking is changing and how long further change is likely to take",
                 "Phil Agnew, Dormanstowe Alcohol Service",
                 "Weekly from 13/10/2025; report two days before each core group",
                 "Phil's report and the breath test results with me before every core group"],
                ["Stay sober on any day you are caring for Ellis and Poppy, and do the school run on Gemma's "
                 "bad days",
                 "Lewis",
                 "Every day, starting now",
                 "Every breath test at Phil's sessions reads zero; the school signing-in book shows who brought "
                 "Poppy"],
                ["Young carer's assessment for Ellis, and a place at the young carers' club",
                 "Becky Ho, Dormanstowe Young Carers Service",
                 "Assessment by 14/11/2025",
                 "Assessment report sent to me; Ellis's name on the club register"],
                ["Check Ellis's attendance and give him a weekly check-in with his mentor",
                 "Mr Dean Faulkner, DSL, Dormanstowe High School",
                 "Every school day; check-in every Wednesday",
                 "Attendance sent to me each Friday; check-ins logged on CPOMS"],
                ["Check Poppy's attendance, whether she arrives fed and in clean uniform, and who collects her",
                 "Mrs Linda Price, DSL, Orchard Primary",
                 "Every school day",
                 "Weekly attendance and collection sheet sent to me; a call to me the same day if no sober "
                 "adult collects her"],
                ["Pick Poppy up from school on Tuesdays and Thursdays, and have both children for tea on those "
                 "days",
                 "June Harrop (Gemma's mum)",
                 "Every Tuesday and Thursday from 14/10/2025",
                 "The school's collection book signed by June"],
                ["Hold one shared planning meeting with you both, Sunil, Karen, Phil and June, to agree a "
                 "written plan for relapse days that says who does what for Ellis and Poppy",
                 "Me, chairing",
                 "By 07/11/2025",
                 "The written relapse-day plan signed by everyone and sent to both schools"],
            ],
        }),
        ("h2", "If Gemma has a bad day, or things go wrong"),
        ("p", "On a day Gemma's MS flares up, Lewis will do the school run and the carers will help Gemma; if Lewis "
              "is not able to, June will collect the children and have them at her house."),
        ("p", "If Lewis drinks on a day he is caring for the children, or either child is left without a sober "
              "adult, Gemma (or the school) will ring me or the emergency duty team, Ellis and Poppy will go to "
              "June's at 8 Alder Row that day, and Lewis will stay with his brother until I have held a strategy "
              "discussion, which I will do the same day."),
        ("p", "If June cannot help (she is unwell or away), Sunil will arrange an emergency carer for Gemma that "
              "day and I will place Ellis and Poppy together with Dormanstowe foster carers until June or Lewis "
              "can care for them safely."),
        ("h2", "Meetings, and what happens if things do not change"),
        ("bullets", [
            "The core group meets every four weeks at Orchard Children's Centre, at 1.30pm: 21/10/2025, "
            "18/11/2025, 16/12/2025 and 13/01/2026. Sunil has agreed to come to every one.",
            "The next review child protection conference is on Tuesday 03/02/2026 at 10am, County Buildings.",
            "If Lewis has a positive breath test, or Ellis is still doing Gemma's care by the core group on "
            "16/12/2025, my manager, Mrs Carol Dent, will hold a legal planning meeting within ten working days, "
            "and PLO pre-proceedings will be considered there.",
        ]),
        ("p", "Please ring me if anything in this letter is not what you remember being agreed."),
        ("p", "Yours sincerely,"),
        ("p", "Joanne Whitley, Social Worker"),
        ("p", "Copies to: Sunil Batra, Karen Oduya, Phil Agnew, Becky Ho, Mr Faulkner, Mrs Price, June Harrop and "
              "Hilary Strand (IRO)."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Care and protection plan for a looked-after baby (section 20) on a
#    neonatal unit, mother in residential drug treatment. Markdown plan:
#    who holds parental responsibility and who decides, the baby's days on
#    the unit, outcomes, then the plan in three tables (visiting, everything
#    else with a Legal Planning Meeting row, getting home from hospital).
#    Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b132_drallingford_lac_baby_neonatal_visiting_discharge_quayle.md",
    "split": "heldout",
    "actions": 13,
    "template": "lac-baby-on-neonatal-unit-md-details-table-who-holds-pr-and-who-decides-babys-days-on-the-unit-outcomes-then-plan-in-three-tables-visiting-orla-everything-else-with-lpm-row-getting-orla-home-contingency-meetings",
    "description": (
        "Exemplary care and protection plan for a baby born at 31 weeks with neonatal abstinence "
        "syndrome, accommodated under section 20 on the neonatal unit while her mother is in "
        "residential drug treatment. A Markdown plan that says who holds parental responsibility "
        "and who decides what (consent to treatment, discharge, placement), describes the baby's "
        "days on the unit, and sets out the plan in three tables: who visits and how often (the "
        "social worker twice a week, the foster carer daily, the mother's supervised visits, the "
        "IRO), everything else (the neonatologist's discharge summary, the rehab's report on "
        "change, the parenting assessment, a row convening a Legal Planning Meeting (LPM) on named "
        "triggers) and getting the baby home to the foster carers. Contingency, core group and "
        "review dates are set."
    ),
    "text": """\
# Care and Protection Plan: Orla Quayle

**Drallingford Council · Children's Services · Children in Care and Safeguarding**
Updated at core group 2, 30/09/2025, held on the neonatal unit. Social worker: **Priya Nandra** (team
manager: **Andrea Lunt**). IRO: **Martin Hebden**.

| | |
|---|---|
| Child | Orla Quayle, born 29/08/2025 at 31 weeks (now 4 weeks 4 days; 35 weeks corrected) |
| Where Orla is | Neonatal unit (Ward 21), Drallingford Royal Infirmary, cot 6 in the special care nursery |
| Legal status | Accommodated under section 20, Children Act 1989, since 12/09/2025 |
| Child protection plan | Neglect, from the pre-birth conference on 20/08/2025 |
| Mother | Jade Quayle (24), resident at Hollins House rehabilitation unit, Drallingford, since 15/09/2025 |
| Father | Not named on the birth certificate; Jade has not told us who he is |
| Maternal grandmother | Brenda Quayle, 3 Sorrel Court, Drallingford |
| Foster carers | Anne and Rob Tilley, Drallingford foster carers (Orla will go to them on discharge) |

## Who holds parental responsibility, and who decides

- **Jade holds parental responsibility** for Orla. Drallingford Council does not: under section 20 we look
  after Orla with Jade's agreement, and Jade can withdraw that agreement.
- **Medical treatment:** Jade consents to Orla's treatment. She signed the unit's consent form for routine
  treatment (feeds, blood tests, eye screening, immunisations) on 12/09/2025. Anything else is discussed with
  Jade by phone or at her visit; in an emergency the consultant acts and tells Jade and Priya straight away.
- **Discharge and where Orla lives:** Jade has agreed in writing that Orla will go to Anne and Rob Tilley when
  she is well enough. Priya arranges discharge with the unit; the unit will not discharge Orla to anyone else.
- **Day-to-day care on the unit:** the nurses, with Anne once she has been signed off for each task.

## Orla's days on the unit

Orla is in a heated cot in the special care nursery. She is fed every three hours, partly by tube and partly
by bottle, and is taking more by bottle each week. Her withdrawal scores were high in her first fortnight (she
had a high-pitched cry, sneezing and loose stools, and needed morphine); the morphine was stopped on
21/09/2025 and her scores have been low since. Nurses say she settles best swaddled and held against
someone's chest, and that she turns towards Anne's voice. When Jade visited on 27/09/2025 Orla fed well from
her and fell asleep on her chest. Loud noises and bright light still make her startle and cry.

## What we want for Orla

1. Orla is fed, warm and gaining weight, and comes off her tube feeds before she leaves hospital.
2. Orla is seen and held by people who know her every day she is in hospital, and knows the carers she will
   go home with.
3. Orla leaves hospital safely, to carers who have been shown all her care, with her health follow-up booked.
4. Orla grows up with a mother who is free of drugs and can meet her needs, or, if that cannot happen in
   Orla's timescale, a decision about her future is made without delay.

## The plan

### Visiting Orla on the unit

| Who | When | What they do | How we'll know |
|---|---|---|---|
| Priya Nandra, SW | Twice a week, Tuesday and Friday, until discharge | See Orla awake, talk to her nurse about her weight, feeds and scores, and see how she responds to her visitors | Visit notes on Orla's file after each visit, with her weight and what was seen |
| Anne Tilley, foster carer (Rob Tilley at weekends) | Every day, 10am to 2pm, until discharge | Learn and then do Orla's cares: tube and bottle feeds, settling, bathing and withdrawal scores | The unit's parent-craft checklist signed off item by item by the nurses; every item signed before discharge |
| Jade Quayle, driven by Hollins House staff | Monday, Wednesday and Saturday, 2pm to 4pm | Supervised time with Orla, with a nurse present; feed, change and hold her | The nurse's contact record for every visit, sent to Priya weekly |
| Martin Hebden, IRO | Before the first looked after review on 08/10/2025 | Visit Orla on the unit and meet Anne and Orla's nurse | IRO's note of the visit on Orla's file |

### Everything else

| What will happen | Who | When | How we'll know |
|---|---|---|---|
| Medical care and weekly ward round; a written discharge summary saying when Orla is medically fit to go and what follow-up she needs | Dr Femi Adeyemi, consultant neonatologist | Ward round weekly; summary at least 48 hours before discharge | Summary sent to Priya, Anne and Orla's GP |
| Residential treatment for Jade with random drug screens, and a written report to each core group on whether she is making the changes Orla needs and how long further change would take | Sam Okoro, key worker, Hollins House (Drallingford Recovery Partnership) | 12-week programme from 15/09/2025; report three days before each core group | Report and screen results with Priya before every core group |
| Parenting assessment of Jade, including how she cares for Orla at her visits | Gail Pennington, independent social worker | Start 06/10/2025; report by 28/11/2025 | Assessment report shared with the core group and Jade's solicitor by 28/11/2025 |
| Convene a Legal Planning Meeting (LPM) if Jade leaves Hollins House, has a positive drug screen, or withdraws her section 20 agreement | Andrea Lunt, team manager | Within 2 working days of any of these | LPM minutes and decision on Orla's file, and the decision explained to Jade in writing |
| Ask Jade who Orla's father is, and record what she says | Priya Nandra, SW | At the visit on 03/10/2025 | Jade's answer recorded on Orla's file and told to the core group |

### Getting Orla home from hospital

| What will happen | Who | When | How we'll know |
|---|---|---|---|
| Hold a discharge planning meeting with the unit, Anne and Rob, Jade and the HV, to agree the date, feeds, medicines and follow-up | Priya Nandra, SW | When Dr Adeyemi says Orla is within a week of being fit, and by 17/10/2025 at the latest | Written discharge plan agreed and sent to everyone at the meeting |
| Meet Anne on the unit before discharge, then visit Orla at the foster home | Lucy Brandon, health visitor | Before discharge; then within 48 hours of discharge and every week for six weeks | Weights plotted in Orla's red book; visit notes sent to Priya |
| Register Orla with the foster carers' GP and book her six-to-eight-week check | Anne Tilley, foster carer | Within 5 working days of discharge | Registration and appointment letter seen by Priya |
| Supervised contact between Jade and Orla at the family centre once Orla is home | Kelly Dunn, contact supervisor, Drallingford Family Centre | Three times a week, starting the first week after discharge | Contact record for every session sent to Priya |

## If things go wrong

- **If Jade comes to the unit under the influence, or tries to take Orla off the ward:** the nurse in charge ends
  the visit and calls security and the police, the unit tells Priya (or the emergency duty team) at once, and
  Priya holds a strategy discussion the same day; Jade's next visits are moved to the family room with Priya
  present.
- **If Jade withdraws her section 20 agreement and wants to take Orla:** the unit keeps Orla on the ward and calls
  the police, and Priya applies for an emergency protection order the same day.
- **If Anne cannot take Orla on discharge:** Orla stays on the unit until another Drallingford foster carer has
  been shown her cares; she is not discharged to anyone who has not been signed off.

## Meetings

- Core group every four weeks on Tuesdays at 11am on the unit, moving to Drallingford Family Centre after
  discharge: 28/10/2025, 25/11/2025 and 23/12/2025.
- First looked after review: 08/10/2025, chaired by Martin Hebden.
- Review child protection conference: 18/11/2025, 2pm, Drallingford Civic Centre.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Core group minutes, family about to move to another authority. Mother
#    who drinks, two children, grandmother in the new area. The plan stays
#    in force until the receiving authority's transfer-in conference; joint
#    visit, transfer pack, a three-way handover between alcohol services,
#    school handovers. Plain-text minutes with an initials key and an
#    action log. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b132_dewhallow_core_group_minutes_move_out_action_log_stanhope.txt",
    "split": "heldout",
    "actions": 12,
    "template": "core-group-minutes-plain-text-initials-key-numbered-items-transfer-arrangements-agency-updates-childrens-views-outcomes-contingency-escalation-then-action-log-entries-lead-by-we-will-know-lines-next-meetings",
    "description": (
        "Exemplary minutes of the third core group for a 9-year-old and a 5-year-old whose mother "
        "drinks, a month before the family move to another authority to be near the grandmother. "
        "Plain text with an initials key, numbered items and an action log whose entries each have "
        "Lead, By and 'We will know' lines. The minutes say the plan stays in force unchanged until "
        "the receiving authority's transfer-in conference, with named workers in both areas; the "
        "log has weekly visits until that conference, a joint visit at the new address, the "
        "transfer pack, a three-way handover between the two alcohol services with the current "
        "worker reporting on change until then, school handovers and the grandmother's after-school "
        "care with a fallback. If progress stops, a legal planning meeting is held where the "
        "manager will decide whether the threshold for proceedings is met."
    ),
    "text": """\
DEWHALLOW METROPOLITAN BOROUGH COUNCIL
Children's Services - Safeguarding Team 3

CORE GROUP MEETING 3 - MINUTES AND ACTION LOG
Children:  Harvey STANHOPE (9), DOB 03/03/2016, Year 5, Fernbank Primary
           Lily STANHOPE (5), DOB 19/12/2019, Year 1, Fernbank Primary
Address:   44 Calder Rise, Dewhallow DH2 7BN
           (moving to 9 Rowan Grove, Ormbridge, on 01/11/2025)
Category:  Neglect. Initial conference 10/06/2025; first review 09/09/2025
Meeting:   Tuesday 14/10/2025, 10.00am, Fernbank Children's Centre

PRESENT (initials used in these minutes)
  HG  Hannah Greaves, social worker, Dewhallow Safeguarding Team 3 (chair)
  NP  Nathan Pryce, social worker, Ormbridge Borough Council (by video)
  LS  Leanne Stanhope, mother
  PS  Pat Stanhope, maternal grandmother (by phone from Ormbridge)
  RK  Rachel Kinsey, recovery worker, Dewhallow Drug and Alcohol Team (DDAT)
  AM  Aisha Mahmood, DSL, Fernbank Primary
  CT  Ciara Troy, school nurse, Dewhallow 0-19 service
APOLOGIES
  Dr Iain Barr, GP, Calder Rise Medical Centre (written update sent)
MINUTES
  Jo Kettle, business support

1. WHY WE ARE MEETING
HG explained that this is the last core group before the family move to Ormbridge on 01/11/2025.
Leanne has been offered a council house near her mother, Pat. Dewhallow notified Ormbridge on
01/10/2025 and Ormbridge have booked their transfer-in conference for 19/11/2025.

2. THE PLAN DURING THE MOVE
HG confirmed that the child protection plan stays in force, unchanged, until Ormbridge's
transfer-in conference on 19/11/2025. Dewhallow keeps case responsibility until the end of that
conference: HG will go on visiting every week, including the week of the move, and Dewhallow's
core group will meet again on 11/11/2025 with NP attending. Nothing in the plan waits for the
transfer. NP will be the children's social worker from the end of the transfer-in conference.
Named workers after the move: Ormbridge SW - NP; alcohol worker - Dev Sandhu, Ormbridge Recovery
Service; school - Rowan Grove Primary (DSL Mrs Kerry Blyth); school nurse - Ormbridge 0-19 team.

3. UPDATES
LS: Leanne said she has not drunk since 28/08/2025 and that she is looking forward to being near
her mum. She is worried about the children changing school in the middle of the term.
RK: Leanne has kept 9 of 10 key-work sessions. All her breath tests since 01/09/2025 have read
zero. RK's written report was circulated before the meeting.
AM: Harvey's attendance this term is 98% and Lily's 96%. Lily has come in twice without a coat.
Harvey told his teacher he is worried about "starting again with no friends".
CT: both children had health checks on 22/09/2025 and are well; Lily's hearing test is booked
for 24/10/2025.
GP (written): Leanne's liver function tests in September were normal; she has been prescribed
acamprosate since 05/09/2025.
PS: Pat said she will have the children after school on Tuesdays and Thursdays once they live in
Ormbridge, and that Leanne can ring her at any time.

4. HARVEY AND LILY'S VIEWS
Harvey (seen on his own at home by HG, 09/10/2025): "I want to live near Nan because she makes
pancakes. Mum's been good for ages. I don't want a new social worker, I want Hannah." He gave home
8 out of 10. He wants to bring his football shirt to the new school.
Lily (seen at home, 09/10/2025) said she wants "a pink bedroom at Nan's road" and showed HG her
drawing of the new house with a big sun. She hugged Leanne when she came in from the kitchen.

5. OUTCOMES (FROM THE PLAN, UNCHANGED)
  - Harvey and Lily are cared for every day by a mum who is sober and able to look after them.
  - Harvey and Lily go to school every day, fed and dressed for the weather, before and after
    the move.
  - The move does not leave any gap in who sees Harvey and Lily or who they can tell if they
    are worried.

6. CONTINGENCY (RESTATED AND AGREED)
  - If Leanne drinks while caring for the children, or anyone finds her unable to care for them,
    the children go to Pat's home that day (to Pat's flat in Ormbridge, or Pat comes to Calder
    Rise before the move) and HG, or after 19/11/2025 NP, holds a strategy discussion the same
    day.
  - If Pat cannot have the children (she is unwell or away), HG (or NP after the transfer-in
    conference) places Harvey and Lily together with foster carers that day.
  - If the move falls through, the plan and every action below go on in Dewhallow and the
    review conference stays booked for 02/12/2025.

7. IF PROGRESS STOPS
If Leanne has a positive breath test, misses two key-work sessions in a row, or the children
are found without a sober adult before the transfer-in conference, HG's team manager, Simon
Ashby, will hold a legal planning meeting within five working days, with NP invited, and the
manager will decide whether the threshold for proceedings is met. After 19/11/2025 the same
step is Ormbridge's, and NP confirmed Ormbridge works the same way.

8. ACTION LOG
A1  Visit Harvey and Lily at home every week, including the week of the move, and see Harvey
    on his own.
    Lead: HG.  By: weekly until the transfer-in conference on 19/11/2025.
    We will know: visit notes show both children seen each week and Harvey seen alone.

A2  Joint home visit at 9 Rowan Grove so the children meet NP in their new home with HG there.
    Lead: HG, with NP.  By: within five working days of the move (by 07/11/2025).
    We will know: joint visit note on the Dewhallow and Ormbridge files.

A3  Send Ormbridge the transfer pack: this plan, the chronology, the assessment, all conference
    reports and core group minutes.
    Lead: HG.  By: 24/10/2025.
    We will know: Ormbridge's conference team confirm receipt by email.

A4  Key-work and breath tests with Leanne, and a written report on whether she is keeping to the
    changes Harvey and Lily need and how long they are likely to last, until the handover in A5.
    Lead: RK (DDAT).  By: weekly; report before the core group on 11/11/2025.
    We will know: session record and breath test results with HG; report circulated before
    11/11/2025.

A5  Three-way handover meeting between RK, Dev Sandhu (Ormbridge Recovery Service) and Leanne,
    so that key-work carries on without a gap.
    Lead: RK.  By: 07/11/2025.
    We will know: handover note and the date of Leanne's first Ormbridge appointment sent to HG.

A6  Carry on checking Harvey's and Lily's attendance, coats and lunch, and ring HG the same day
    with any worry.
    Lead: AM.  By: every school day until their last day at Fernbank, 31/10/2025.
    We will know: weekly attendance email to HG; same-day calls logged on CPOMS.

A7  Send both children's child protection files to Rowan Grove Primary and speak to Mrs Blyth
    before their first day.
    Lead: AM.  By: 31/10/2025.
    We will know: Mrs Blyth confirms receipt of the files by email to HG and NP.

A8  Apply for places for Harvey and Lily at Rowan Grove Primary.
    Lead: LS.  By: 17/10/2025.
    We will know: offer letter seen by HG at her next visit.

A9  Send the children's health records to the Ormbridge 0-19 team and make sure Lily's hearing
    test goes ahead.
    Lead: CT.  By: hearing test 24/10/2025; records by 31/10/2025.
    We will know: hearing result and the Ormbridge team's receipt sent to HG.

A10 Two sessions with Harvey to make a moving book about the new house, school and Nan, and who
    he can talk to in Ormbridge.
    Lead: HG.  By: 31/10/2025.
    We will know: Harvey's moving book finished and a copy on file.

A11 Have Harvey and Lily after school on Tuesdays and Thursdays, starting in their first week
    at Rowan Grove Primary.
    Lead: PS.  By: every Tuesday and Thursday from 04/11/2025.
    We will know: Pat's diary, seen by HG or NP at their visits.

A12 Take acamprosate as prescribed, and tell RK and HG the same day if she has a drink, so that
    Harvey and Lily are never cared for by her when she has been drinking.
    Lead: LS.  By: daily, from today.
    We will know: GP prescription record and RK's breath test results.

9. NEXT MEETINGS
  - Core group 4: Tuesday 11/11/2025, 10.00am, Fernbank Children's Centre, NP by video
    (Dewhallow's core group continues every four weeks for as long as Dewhallow holds the plan).
  - Ormbridge transfer-in conference: Wednesday 19/11/2025, 1.30pm, Ormbridge Civic Hall.
  - Dewhallow review conference: 02/12/2025, 10.00am, kept in the diary and held if the
    transfer-in conference has not taken place by then.

Minutes agreed by HG, 15/10/2025. Circulated to all present, the GP and the IRO (Beverley Oakes).
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. First review conference plan for a family about to move to another
#    authority: father's cannabis use, home conditions, a 7-year-old and a
#    2-year-old. Markdown plan with a numbered What / Who / When / How we'll
#    know table. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b132_dunterley_rcpc_plan_family_moving_table_brereton.md",
    "split": "heldout",
    "actions": 11,
    "template": "rcpc-plan-md-details-bullets-what-has-changed-the-move-ruby-and-toby-outcomes-then-numbered-what-needs-to-happen-who-when-how-well-know-table-contingency-escalation-meetings",
    "description": (
        "First review conference plan for a 7-year-old and a 2-year-old (neglect: the father's "
        "cannabis use and poor home conditions), with the family due to move to another "
        "authority in December. A Markdown plan with a numbered What / Who / When / How we'll "
        "know table. Most rows are sound (weekly visits until the receiving authority's "
        "conference, the drug service reporting on change, the school and nursery, the parents' "
        "own parts), and a legal planning meeting follows named triggers. Faults: the parenting "
        "assessment is paused pending transfer; the CAMHS referral is left for the new authority "
        "to pick up; the family support worker's sessions are 'Ongoing'; the toddler's checks are "
        "measured by 'Improvement'; the handover summary is owned by the 'Core group'; and no "
        "review conference date is given, only a transfer-in conference to be confirmed."
    ),
    "text": """\
# Review Child Protection Plan — Ruby Brereton and Toby Ashby

Dunterley Borough Council, Children's Services (Safeguarding, Area 2)

- **Children:** Ruby Brereton (7), DOB 12/01/2018, Year 3, Kestrel Lane Primary; Toby Ashby (2), DOB 27/07/2023,
  Little Owls Nursery
- **Address:** 5 Gannet Walk, Dunterley DN4 9RE
- **Mother:** Shannon Brereton (27)
- **Father (Toby's) / Shannon's partner:** Liam Ashby (29)
- **Category:** Neglect (both children)
- **Initial conference:** 22/07/2025. **First review conference:** 21/10/2025. Chair: Patrick Rowntree (IRO)
- **Social worker:** Amy Pargeter (team manager: Grace Edozie)

## What has changed since the initial conference

At the initial conference the house smelt strongly of cannabis, there was dog mess on the kitchen floor and
Toby's cot had no mattress sheet. Ruby had been late 21 times in the summer term and had told her teacher that
"Daddy's smoke makes my throat hurt". Liam said he smoked cannabis "most nights, after the kids are in bed".

Since then Liam has seen the drug service every week and his last two urine screens showed his cannabis use
falling. Nobody has smelt cannabis at the last four visits. The kitchen has been clean at five of the last six
visits, and Toby has a mattress sheet and a working night light. Ruby has been late three times this term.

## The move

Liam has been offered a permanent job in Hethercombe and the family plan to move to a rented house in
Hethercombe town in early December. Amy told Hethercombe County Council about the planned move on 15/10/2025,
and Hethercombe will hold a transfer-in conference once the family have moved.

## What Ruby and Toby tell us

Ruby (seen on her own at school, 14/10/2025): "The house doesn't smell any more and Mummy made a chart for my
jobs. I'm sad about moving because of my friend Maddie. I still have the bad dreams about the fire alarm." She
said she wants "Daddy to stay not smoking" and her own bedroom in the new house.

Toby (seen at home, 16/10/2025) brought Amy his toy cars one at a time and said "car" and "more". He climbed on
to Liam's lap when the dog barked and settled quickly. He was in a clean nappy and had eaten a yoghurt.

## What we want for Ruby and Toby

1. Ruby and Toby live in a clean, warm home that is free of cannabis smoke.
2. Ruby gets to school on time every day and has someone to talk to about her worries and bad dreams.
3. Toby's speech and development catch up, and he goes to nursery every session he is booked for.
4. Ruby and Toby are seen and kept safe without a gap when they move to Hethercombe.

## The plan

| No. | What needs to happen | Who | When | How we'll know |
|---|---|---|---|---|
| 1 | Visit Ruby and Toby at home, see Ruby on her own and look at the kitchen and both bedrooms | Amy Pargeter, SW | Weekly until Hethercombe's transfer-in conference | Visit records show both children seen each week, Ruby seen alone and the home conditions checklist filled in |
| 2 | See Toby at home and check his development, speech and sleep | Rosie Vaughan, health visitor | Every four weeks from 28/10/2025 | Improvement in Toby's speech |
| 3 | Key-work with Liam and a urine screen each month, and a written report to each core group on whether his cannabis use is changing in ways Ruby and Toby would notice | Kwame Osei, Dunterley Drug and Alcohol Service | Weekly key-work; screen every month; report two days before each core group | Report and screen results with Amy before every core group |
| 4 | Not smoke cannabis in the house, the garden or the car, or while looking after Ruby and Toby | Liam Ashby (Dad) | From 21/10/2025 | Screens keep falling and then clear; no smell of cannabis at any visit |
| 5 | Keep the kitchen clean, the dog's mess cleared and both children's beds made up with clean sheets | Shannon Brereton (Mum) | Every day; checked at each SW visit from 22/10/2025 | Home conditions checklist scores 4 or 5 out of 5 at every visit |
| 6 | Check Ruby's attendance and punctuality, and give her a weekly check-in with her class teaching assistant | Mr Neil Forde, DSL, Kestrel Lane Primary | Every school day; check-in every Thursday | Attendance emailed to Amy each Friday; check-ins logged on CPOMS |
| 7 | Record Toby's attendance and how he arrives, and ring Amy the same day about any worry | Little Owls Nursery (key worker Demi Clarke) | Every session (Monday, Wednesday, Friday) | Weekly attendance and arrival sheet emailed to Amy |
| 8 | Parenting assessment of Shannon and Liam — paused pending transfer to Hethercombe | Amy Pargeter, SW | Was due 28/11/2025; on hold | Assessment report to the core group and the conference |
| 9 | Referral to CAMHS for Ruby's bad dreams and worries — not made, as the family are moving; the new LA will pick this up | Hethercombe Children's Services | Within 20 working days of transfer | CAMHS acceptance letter on Ruby's file |
| 10 | Family support sessions with Shannon on the bedtime routine and Ruby's job chart | Carla Hibbert, family support worker | Ongoing | Bedtime chart and job chart seen on the fridge at SW visits |
| 11 | Write a handover summary of the plan and what has worked, for Hethercombe's transfer-in conference | Core group | By 28/11/2025 | Summary sent to Hethercombe's conference team |

## If things go wrong

- If Liam smokes cannabis in the house or while caring for the children (a rising screen, or cannabis smelt at a
  visit), he will stay with his brother at 22 Curlew Road from that day, and Amy will hold a strategy discussion
  the same day.
- If the children are found in a dirty or cold home again, or Toby is found without a clean, safe bed, Amy will
  visit the next day with her manager and Shannon and Liam will be given seven days to put it right; if it is not
  put right, Amy will ask Grace Edozie for a legal planning meeting within five working days.
- If Ruby says she has been left alone, or that either parent has hurt her, the school will ring Amy straight away
  and a strategy discussion will be held the same day.

## Meetings

- Core group every four weeks, Wednesdays at 9.30am, Kestrel Lane Primary: 12/11/2025 and 10/12/2025 (if the
  family are still in Dunterley).
- Review child protection conference: not booked — Hethercombe will hold a transfer-in conference after the move
  (date to be confirmed).
""",
    "findings": [
        F("M002", "See Toby at home and check his development, speech and sleep"),
        F("X001", "Parenting assessment of Shannon and Liam — paused pending transfer"),
        F("X001", "Referral to CAMHS for Ruby's bad dreams and worries"),
        F("T002", "Family support sessions with Shannon on the bedtime routine"),
        F("W002", "Write a handover summary of the plan and what has worked"),
        F("R001"),
    ],
})
