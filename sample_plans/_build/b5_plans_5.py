"""Batch 5, module 5: five fictional files (tuning material).

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.
"""
from build_batch5 import F

PLANS = []


# ---------------------------------------------------------------------------
# 18. Pre-birth plan with a "Person & timescale" column and a "What will be
#     better" goal repeated down the rows; PDF with header and page footer
# ---------------------------------------------------------------------------
_BABY_GOAL = "Baby is born healthy and goes home to a warm, safe place to sleep."

PLANS.append({
    "name": "b5_heathmarsh_person_timescale_prebirth_akhtar.pdf",
    "doc_title": "Pre-birth Child Protection Plan - Baby Akhtar",
    "split": "tune",
    "template": "prebirth-person-timescale-repeated-goal-paged",
    "description": (
        "Pre-birth plan (mother's anxiety, father on a methadone script, an older child adopted) with a "
        "'Person & timescale' column and a 'What will be better' goal repeated down the rows, and a header "
        "and 'Page N of M' footer on every page. Most actions are the parents' own needs, no adult service "
        "owns one, 'feels less anxious' and 'engagement', a housing 'TBC', an adult outcome, a vague birth "
        "contingency and the review conference left until after the birth."
    ),
    "header": "OFFICIAL-SENSITIVE – Heathmarsh Council – Ref HMC/PB/25/077",
    "footer": "Pre-birth plan – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Heathmarsh Council – Children's Social Work, Pre-birth and Infant Team"),
        ("kv", [
            ("Unborn baby", "Baby Akhtar, due 28/07/2025"),
            ("Mother", "Zainab Akhtar (26)"),
            ("Father", "Bilal Akhtar (29)"),
            ("Pre-birth conference", "03/04/2025"),
            ("Category", "Neglect (risk of)"),
            ("Social worker", "Gareth Lowe"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Zainab and Bilal's first child, Aliyah, was removed in 2021 after being found alone in the flat "
              "and was adopted in 2022. Zainab has anxiety and panic attacks and has not been seeing anyone for "
              "them since she moved to Heathmarsh. Bilal is on a methadone script after many years of heroin "
              "use; he says he has not used on top since 2023. The couple have rent arrears and live in a "
              "one-bedroom flat with damp in the bedroom."),
        ("h1", "What we know about the baby's world"),
        ("p", "At the 20-week scan the baby was growing well. Zainab smokes about ten cigarettes a day and has "
              "missed two antenatal appointments. At the home visit on 27/03/2025 the flat was cold, there was "
              "no space yet for a cot in the bedroom, and the couple had bought a pram and some baby clothes."),
        ("pagebreak",),
        ("h1", "The plan"),
        ("table", {
            "header": ["What needs to happen", "Person & timescale", "How we will know", "What will be better"],
            "widths": [5.0, 3.8, 4.0, 4.2],
            "rows": [
                ["Attend all antenatal appointments and the smoking cessation clinic",
                 "Zainab – every appointment",
                 "Attendance recorded by the community midwife",
                 _BABY_GOAL],
                ["Zainab to go to counselling for her anxiety and past trauma",
                 "Zainab – weekly",
                 "Zainab feels less anxious",
                 "Zainab feels calmer and more confident."],
                ["Apply for Universal Credit housing costs and a budgeting advance",
                 "Welfare rights adviser, Heathmarsh Advice Centre – by 30/04/2025",
                 "Claim in payment and arrears plan agreed with the landlord",
                 ""],
                ["Bilal to continue his methadone script and key work sessions",
                 "Bilal – fortnightly",
                 "Engagement with the service",
                 ""],
                ["Help Zainab and Bilal clear their rent arrears and move to a two-bedroom flat",
                 "Housing officer – TBC",
                 "Tenancy signed",
                 ""],
                ["Bilal to go to the Heathmarsh Recovery Community peer group",
                 "Bilal – Thursday evenings",
                 "Signed attendance sheet shown to the SW each month",
                 ""],
                ["Zainab to register with a GP and a dentist",
                 "Zainab – by 18/04/2025",
                 "Registration letters shown to the SW",
                 ""],
                ["Pre-birth parenting assessment of Zainab and Bilal",
                 "SW Gareth Lowe – by 30/05/2025",
                 "Written assessment shared with the core group and the parents",
                 _BABY_GOAL],
                ["Antenatal visit on safe sleep, feeding and smoking around the baby",
                 "HV – antenatal visit at 32 weeks",
                 "Safe sleep checklist completed and signed by both parents",
                 _BABY_GOAL],
            ],
        }),
        ("h1", "Birth and contingency plan"),
        ("p", "If there are any concerns when the baby is born, the ward will contact the SW or the emergency "
              "duty team and a discharge planning meeting will be held to consider next steps."),
        ("h1", "Legal planning"),
        ("p", "A legal planning meeting was held on 20/03/2025 and the threshold for pre-proceedings was not "
              "met. If the parenting assessment is negative, the SW will request a further legal planning "
              "meeting before 36 weeks."),
        ("h1", "Meetings"),
        ("p", "Core group: every 4 weeks, first on 17/04/2025, then 15/05/2025 and 12/06/2025. "
              "Review conference: to be arranged after the birth."),
    ],
    "findings": [
        F("M002", "Zainab to go to counselling for her anxiety and past trauma"),
        F("F002", "Zainab feels calmer and more confident"),
        F("M002", "Bilal to continue his methadone script and key work sessions"),
        F("T002", "Help Zainab and Bilal clear their rent arrears"),
        F("F001"),
        F("F004"),
        F("C002"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 19. Two-column Task | Notes table with owners and dates in the notes, no
#     outcomes and no contingency; PDF with header and footer
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b5_calvermoor_task_notes_nnamdi.pdf",
    "doc_title": "Child Protection Plan - Amara and Chidi Nnamdi",
    "split": "tune",
    "template": "two-column-task-notes-paged",
    "description": (
        "Review CP plan for two children (domestic abuse, mother's anxiety) whose only table is Task | "
        "Notes, with owners, dates and measures written into the notes; header and case-reference footer "
        "on every page. No outcomes and no contingency at all; 'no date yet', 'Monitored', a referral on "
        "a waiting list with nobody named, 'when she feels able', the core group as owner."
    ),
    "header": "OFFICIAL – SENSITIVE: PERSONAL",
    "footer": "Calvermoor Children's Services | Case CAL/25/3340 | Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan – Review"),
        ("kv", [
            ("Children", "Amara Nnamdi (8), Chidi Nnamdi (5)"),
            ("Parents", "Blessing Nnamdi (mum), Emeka Nnamdi (dad)"),
            ("Review conference", "10/04/2025"),
            ("Category", "Emotional abuse"),
            ("Social worker", "Peter Hollins, Calvermoor Children's Services"),
        ]),
        ("h1", "Reason for the plan"),
        ("p", "There have been three police call-outs since November to arguments between Blessing and Emeka. "
              "On 2 January Emeka threw a chair, which hit Amara's leg. Emeka moved back into the family home in "
              "March. Blessing has anxiety and told the conference she has panic attacks most days; she has not "
              "seen her GP about them. Amara's school report that she has become withdrawn and Chidi's speech "
              "is well behind what is expected for his age."),
        ("h1", "What the children say"),
        ("p", "Amara told the SW that she \"hates it when Daddy shouts\" and that she covers Chidi's ears. She "
              "said she is happy Daddy is home \"when he is kind\". Chidi said \"Mummy cries in the kitchen\" "
              "and that his favourite thing is the park with his sister."),
        ("pagebreak",),
        ("h1", "Tasks"),
        ("table", {
            "header": ["Task", "Notes"],
            "widths": [6.0, 11.0],
            "rows": [
                ["Unannounced visits to Amara and Chidi",
                 "SW Peter Hollins – fortnightly. Children seen alone and their words recorded on the visit notes."],
                ["Dad to do the anger management course at Calvermoor Men's Project",
                 "Emeka to book himself on the course – no date yet."],
                ["Watch Amara's behaviour and attendance at school",
                 "Mrs Jill Harte (DSL) – weekly. Monitored."],
                ["Chidi's speech and language therapy",
                 "Referred 12/02/2025 – on the waiting list."],
                ["Family support worker sessions on routines and boundaries",
                 "FSW Alisha Grant – weekly, 8 sessions from 14/04/2025. Routine chart and session notes shared "
                 "with the SW after each session."],
                ["Mum to see the GP about her anxiety",
                 "Blessing – when she feels able."],
                ["Police to share any call-outs to the address",
                 "PC Dawn Ellery, Calvermoor Domestic Abuse Unit – within 24 hours of any call-out; police log "
                 "sent to the SW."],
                ["Review progress of the plan",
                 "Core group – at each meeting."],
            ],
        }),
        ("h1", "Meetings"),
        ("p", "Core group: every 4 weeks, next on 07/05/2025. Review child protection conference: 17/07/2025."),
    ],
    "findings": [
        F("T001", "Dad to do the anger management course"),
        F("M001", "Dad to do the anger management course"),
        F("M002", "Watch Amara's behaviour and attendance at school"),
        F("W001", "Chidi's speech and language therapy"),
        F("T001", "Chidi's speech and language therapy"),
        F("M001", "Chidi's speech and language therapy"),
        F("T002", "Mum to see the GP about her anxiety"),
        F("M001", "Mum to see the GP about her anxiety"),
        F("W002", "Review progress of the plan"),
        F("M001", "Review progress of the plan"),
        F("O001"),
        F("C001"),
        F("F004"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 20. Typed 1 / 1.1 / a) numbering under theme headings (md), family moving
#     to another authority
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b5_yelworth_typed_numbering_sato.md",
    "split": "tune",
    "template": "typed-multilevel-themes-md",
    "description": (
        "Review CP plan for a 2-year-old (mother's bipolar disorder; family moving to another authority) "
        "with typed 1 / 1.1 / a) numbering under theme headings. A care coordinator who only supports and "
        "a psychiatrist reviewing lithium 'as needed', the nursery place left to the new authority, "
        "relatives carrying care with no fallback, an adult outcome, review conference left to the new area."
    ),
    "text": """\
# Child Protection Plan – Leo Sato (Review)

**Yelworth City Council, Children's Services** · Review conference 08/04/2025 · Category: neglect
**Child:** Leo Sato, born 11/03/2023 · **Mum:** Hannah Sato · **SW:** Nikhil Rao

## What we're worried about

Hannah has bipolar disorder and has been admitted to hospital twice since Leo was born. When she
was last unwell, in January, Leo was left with a neighbour for two days and nobody knew where
Hannah was. Hannah is well at the moment and back on lithium. She has a tenancy in Fernley and
the family plan to move there in June, which is in Fernley Borough Council's area.

## What Leo's days are like

Leo is a busy, chatty two-year-old who loves diggers. At home he is seen to go to Hannah for
cuddles and she reads to him at bedtime. Nursery say he arrives hungry on Mondays and clings to
staff at home time. He lights up when his grandma Keiko collects him.

## Goals for Leo

- Leo is always cared for by a well, awake adult who knows where he is.
- Leo goes to nursery three days a week and his speech keeps developing.
- Hannah is well and taking her medication.

## Actions

1. Leo's safety
   1.1 Day to day
      a) SW Nikhil Rao to visit Leo at home every two weeks and see where he sleeps;
         visit notes will show Leo seen and his room checked.
      b) Uncle Tomas (Tomas Sato) to have Leo overnight every Sunday.
      c) Grandma Keiko (Keiko Sato) to collect Leo from nursery on Tuesdays and Thursdays
         and give him his tea; she will sign the nursery collection book.
2. Hannah's health
   2.1 Mental health
      a) Yelworth CMHT care coordinator, Julie Banks, to continue to support Hannah
         with fortnightly home visits.
      b) Psychiatrist Dr Farah Iqbal to review Hannah's lithium as needed; lithium
         levels kept in the therapeutic range.
   2.2 Medication
      a) Hannah to take her medication every day from a dosette box; the care
         coordinator will count the dosette box at each visit.
3. Leo's development
   3.1 Nursery
      a) Hannah to take Leo to Little Oaks nursery on Mondays, Wednesdays and Fridays;
         the nursery register will show at least 90% attendance.
      b) Leo's nursery place for September to be arranged by Fernley at some
         point after the move.
   3.2 Health
      a) HV Amy Fielding to complete Leo's 2-year check by 16/05/2025 and share his ASQ
         scores with the SW.

## If Hannah becomes unwell

If Hannah shows signs of relapse (not sleeping, overspending, or stopping her lithium),
Tomas or Keiko will look after Leo and the CMHT crisis team will be called the same day.
The SW will hold a strategy discussion the same day and will ask for a legal planning
meeting if Leo has been left without a safe carer.

## Meetings

- Core group: monthly – 06/05/2025 and 03/06/2025.
- Review conference: to be set by Fernley after the transfer.
""",
    "findings": [
        F("M001", "Uncle Tomas (Tomas Sato) to have Leo overnight every Sunday"),
        F("H001", "Yelworth CMHT care coordinator, Julie Banks, to continue to support Hannah"),
        F("M001", "Yelworth CMHT care coordinator, Julie Banks, to continue to support Hannah"),
        F("H001", "Psychiatrist Dr Farah Iqbal to review Hannah's lithium as needed"),
        F("T002", "Psychiatrist Dr Farah Iqbal to review Hannah's lithium as needed"),
        F("X001", "Leo's nursery place for September to be arranged by Fernley"),
        F("T002", "Leo's nursery place for September to be arranged by Fernley"),
        F("M001", "Leo's nursery place for September to be arranged by Fernley"),
        F("F002", "Hannah is well and taking her medication"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 21. Not a plan: an excerpt from safeguarding partnership procedures (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b5_quenwick_policy_excerpt_hale.docx",
    "doc_title": "Quenwick Safeguarding Children Partnership procedures - extract",
    "split": "tune",
    "template": "not-a-plan-policy-excerpt",
    "description": (
        "Not a plan: an extract from a safeguarding partnership's procedures saying what every child "
        "protection plan must contain (contingency, timescales, core group and review dates), with a table "
        "of plan elements but no child."
    ),
    "not_a_plan": True,
    "blocks": [
        ("title", "Quenwick Safeguarding Children Partnership"),
        ("p", "Multi-agency child protection procedures – extract, section 4.7 (version 6.2, approved by "
              "the partnership executive, January 2025). Document owner: Dr Eleanor Hale, Designated Doctor."),
        ("h1", "4.7 The child protection plan"),
        ("p", "4.7.1 The initial child protection conference agrees an outline plan. The lead social worker "
              "makes it into a detailed plan with the core group, whose first meeting must take place within "
              "10 working days of the conference."),
        ("p", "4.7.2 The plan should be written in plain language that the child, where old enough, and the "
              "parents can understand. It should be shared with them within 1 working day of the core group."),
        ("p", "4.7.3 Every plan must record the child's wishes and feelings or, for a baby or a child who "
              "does not speak, what professionals have observed of the child's daily life."),
        ("h2", "What every plan must contain"),
        ("table", {
            "header": ["Element", "What the plan must say"],
            "widths": [5.0, 12.0],
            "rows": [
                ["Outcomes", "What will be different for the child when the plan has worked."],
                ["Actions", "For each action: who is responsible (a named person or role), by when (a date, "
                            "frequency or event) and how the core group will know it has happened and made a "
                            "difference."],
                ["Contingency", "What will happen, and who will do it, if the plan is not followed or the "
                                "child's circumstances change: a specific trigger and a protective response."],
                ["Family support", "Where relatives support the plan, what happens if that support stops."],
                ["Adult services", "Where a parent is ill or misuses substances, the adult service's part in "
                                   "the plan and its view of the parent's capacity to change."],
                ["Monitoring", "Core group frequency and dates; the review conference date (within 3 months "
                               "of the initial conference, then every 6 months)."],
                ["Escalation", "That a legal planning meeting will be requested if progress is not sufficient."],
            ],
        }),
        ("h2", "4.8 Transfer to another local authority"),
        ("p", "4.8.1 When a child subject to a plan moves to another area, the transferring authority keeps "
              "responsibility for the plan, and carries on delivering it, until the receiving authority's "
              "transfer-in conference, which should be held within 15 working days of the move."),
        ("p", "4.8.2 Looked after children who are admitted to hospital must be visited by their social "
              "worker at a frequency recorded in their care plan."),
        ("p", "For queries about this section contact the partnership business unit: qscp@quenwick.example."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 22. Not a plan: an email about a meeting room (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b5_dunstowe_meeting_room_email_fenn.txt",
    "split": "tune",
    "template": "not-a-plan-email-meeting-room",
    "description": (
        "Not a plan: a business support email moving a core group meeting to another room and asking "
        "people to confirm attendance; it has names, dates and requests but no plan."
    ),
    "not_a_plan": True,
    "text": """\
From:    Fenn, Lorna <lorna.fenn@dunstowe.example>
To:      CP Team North; Dunstowe Family Centre Reception
Cc:      Mahmood, Aaliyah
Sent:    Tuesday, 6 May 2025 14:12
Subject: Room change - core group 14 May, case ref DUN-44817

Hi all,

The Birch Room at the Family Centre is out of use next week (the heating is being
replaced), so the core group meeting for case ref DUN-44817 on Wednesday 14 May at
10am has moved to the Oak Room on the first floor. The time is the same.

A few housekeeping points:

- Please can everyone confirm attendance to me by Friday 9 May so I can sort the
  parking permits - there are only four spaces.
- The Oak Room has a hearing loop but no screen. If you want to share anything,
  please bring printed copies (marked OFFICIAL-SENSITIVE) and take them away with you.
- Aaliyah will chair. If you are joining by Teams, the link is unchanged.
- Reception will have a list of names, so please sign in when you arrive.

The lift is being serviced on the morning of the 14th, so allow a couple of extra
minutes if you need the ramp at the side entrance.

Thanks,
Lorna

Lorna Fenn | Business Support Officer | Children's Services North
Dunstowe Borough Council | 01632 960 771
""",
    "findings": [],
})
