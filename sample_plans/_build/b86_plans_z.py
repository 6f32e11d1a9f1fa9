"""Batch 86, module z: seven fictional plans (held-out material), places beginning with "z".

Everything here is made up: children, families, professionals, services,
hospitals, schools, streets and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: actions whose owner, timescale or way of knowing is written somewhere
other than the action's own line - a "Lead / when" field holding both
("Jo Arden (HV) - fortn. from discharge"), abbreviations (wkly, fortn., w/c
26/5, EOM), group headings that carry the time ("Before Oscar comes home",
"Weeks 1-4", "By the end of June"), a "By when" cell merged down over several
rows, an owner given once over a run of bullets ("Jo Hill (health visitor)
will:"), a shared line under a list that says how each item will be checked,
a separate "How we will know it is working" part answering each numbered
action, and a column headed in the family's words ("How will we know?").
Beside them, actions whose owner, timescale or measure really is missing: a
"Date set" that is only the date the plan was written, a heading with no time
over its bullets, a shared line that is itself vague, a collective owner given
once over a run, and a measure that only repeats the action. Two plans are
exemplary.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Case-system print (txt): each field on its own line, page headers, a
#    "Lead / when" field holding owner and timescale together, abbreviated
#    timescales; a looked-after baby on the children's ward nobody visits
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b86_zarrowby_carelink_print_lead_when_field_quinlan.txt",
    "split": "heldout",
    "actions": 12,
    "template": "icpc-case-system-print-txt-page-headers-field-per-line-lead-when-combined-field-date-set-stamp-abbreviated-timescales",
    "description": (
        "CareLink print of an initial conference plan for a 10-week-old accommodated under section 20 "
        "and now on the children's ward with bronchiolitis (mother's postnatal depression, both parents' "
        "cannabis use). Each plan item has its fields on their own lines, and the owner and timescale "
        "share one 'Lead / when' field ('Jo Arden (HV) - fortn. from discharge', 'wkly', 'w/c 26/5', "
        "'by EOM'); every item carries a system 'Date set' stamp of the conference date. Faults: two "
        "items whose only date is the 'Date set' stamp (T001), 'TBC' (T002), 'Kerry feels better in "
        "herself' and 'Monitored by SW' (M002), 'All agencies' (W002), the perinatal team only "
        "supporting (H001), nobody set to visit Maisie on the ward (L001: the ward is phoned daily and "
        "visits start at discharge), and the review conference 'TBC' (R001). Page headers repeat on "
        "page 2."
    ),
    "text": """\
ZARROWBY COUNCIL - CHILDREN'S SERVICES                        CareLink 4.2
CHILD PROTECTION PLAN (INITIAL CONFERENCE)                     page 1 of 2
Printed 22/05/2025 16:40 by PBRANDT
===========================================================================

SECTION A - CHILD AND FAMILY
Child name:        Maisie QUINLAN-HART
Date of birth:     11/03/2025 (10 weeks)
CareLink ID:       CL-772104
Legal status:      Accommodated under section 20 since 02/05/2025
Placement:         Anne Mercer (foster carer), 4 Zindle Lane, Zarrowby
Current location:  Zephyr Ward (children's ward), Zarrowby General
                   Hospital, since 16/05/2025 - bronchiolitis, on oxygen
Mother:            Kerry HART (22), 19 Zenith Court, Zarrowby
Father:            Lewis QUINLAN (25), same address
Conference:        Initial child protection conference, 20/05/2025
Category:          Neglect
Allocated SW:      Priya Brandt, Zarrowby Infant Safeguarding Team
Chair:             Owen Castellan

SECTION B - REASON FOR PLAN
Kerry was diagnosed with postnatal depression in April and is on
sertraline. Both parents smoke cannabis every day and told conference it
helps them "switch off". On 30/04/2025 the health visitor found Maisie in
a soaked babygrow, cold, with an unwashed bottle of formula in her cot;
her weight had dropped from the 50th to below the 9th centile. Kerry and
Lewis agreed to Maisie being accommodated and she went to Anne Mercer on
02/05/2025. She was admitted to Zephyr Ward on 16/05/2025 and is expected
to stay about another week. Her parents have been to the ward twice.

SECTION C - CHILD'S LIVED EXPERIENCE
Recorded by:       SW, from the foster carer, the ward and the HV
Entry:             Anne says Maisie now takes 120 ml every three hours,
                   watches faces closely and "chats" after her morning
                   feed. On the ward the nurses say she settles best when
                   held upright against a shoulder and gets distressed if
                   she is left to cry. At family time on 09/05/2025 she
                   went stiff and turned away when Lewis held her flat,
                   and calmed when Kerry sang to her.

SECTION D - OUTCOMES FOR THE CHILD
Outcome 1:         Maisie gains weight and gets back to her birth centile.
Outcome 2:         Maisie is fed, changed and kept warm every day, by
                   carers who are not under the influence of cannabis.
Outcome 3:         Maisie is seen regularly by professionals who know her
                   and her health needs are met on time.

SECTION E - PLAN ITEMS
---------------------------------------------------------------------------
Plan item:         01
Action:            Phone the ward sister on Zephyr Ward for an update on
                   Maisie's breathing, feeds and discharge date, and pass it
                   on to Anne Mercer and to Kerry and Lewis
Lead / when:       SW Priya Brandt - daily (Mon-Fri) until discharge
Date set:          20/05/2025
Measure:           Each call recorded on CareLink with the nurse's name
Status:            Open
---------------------------------------------------------------------------
Plan item:         02
Action:            See Maisie at the foster home once she is discharged,
                   awake and being fed, and look at where she sleeps
Lead / when:       SW Priya Brandt - wkly from the day of discharge
Date set:          20/05/2025
Measure:           Visit record on CareLink says what was seen of Maisie,
                   her feed and her sleep space
Status:            Open
---------------------------------------------------------------------------
Plan item:         03
Action:            Weigh Maisie and check her feeding, sleeping position
                   and development at the foster home
Lead / when:       Jo Arden (HV) - fortn. from discharge
Date set:          20/05/2025
Measure:           Weight plotted in the red book; stays on or above the
                   9th centile
Status:            Open
---------------------------------------------------------------------------
Plan item:         04
Action:            Supervised family time for Maisie with Kerry and Lewis
                   at Zarrowby Family Centre once she is home from hospital
Lead / when:       Dee Mottram, contact supervisor - Mon/Wed/Fri 10-11.30am
Date set:          20/05/2025
Measure:           Contact recording sent to the SW within 2 working days,
                   noting how each parent fed, changed and settled Maisie
Status:            Open
---------------------------------------------------------------------------
Plan item:         05
Action:            Book hair strand tests for Kerry and Lewis (cannabis
                   and cocaine, 3 months)
Lead / when:       SW Priya Brandt - w/c 26/5
Date set:          20/05/2025
Measure:           Results sent to the SW and shared at the first core
                   group
Status:            Open
---------------------------------------------------------------------------
Plan item:         06
Action:            Cannabis key work with Kerry and Lewis, with a written
                   view on whether their use is going down
Lead / when:       Aaron Pell, Zarrowby Drug and Alcohol Service - wkly
                   from w/c 2/6
Date set:          20/05/2025
Measure:           Written update to the SW before each core group
Status:            Open
---------------------------------------------------------------------------
Plan item:         07
Action:            Weekly support sessions for Kerry's low mood and anxiety
Lead / when:       Ian Colby, Zarrowby Perinatal Mental Health Team - wkly
Date set:          20/05/2025
Measure:           Attendance sent to the SW by EOM each month
Status:            Open
---------------------------------------------------------------------------

---------------------------------------------------------------------------
ZARROWBY COUNCIL - CHILDREN'S SERVICES                        CareLink 4.2
CHILD PROTECTION PLAN (INITIAL CONFERENCE)                     page 2 of 2
Printed 22/05/2025 16:40 by PBRANDT
===========================================================================
Plan item:         08
Action:            Review of Kerry's sertraline dose and her sleep at the
                   surgery
Lead / when:       Kerry Hart, with Dr Sunil Mehta (GP) - by EOM
Date set:          20/05/2025
Measure:           Kerry feels better in herself
Status:            Open
---------------------------------------------------------------------------
Plan item:         09
Action:            Parenting assessment of Kerry and Lewis, including two
                   observed sessions of family time
Lead / when:       SW Priya Brandt
Date set:          20/05/2025
Measure:           Written assessment shared with Kerry, Lewis and the
                   core group
Status:            Open
---------------------------------------------------------------------------
Plan item:         10
Action:            Get the flat ready for Maisie: cot in the parents' room,
                   heating fixed, no smoking or cannabis indoors
Lead / when:       Kerry Hart and Lewis Quinlan - TBC
Date set:          20/05/2025
Measure:           Monitored by SW
Status:            Open
---------------------------------------------------------------------------
Plan item:         11
Action:            Register with a GP surgery in Zarrowby and give the SW
                   the name of the practice
Lead / when:       Lewis Quinlan
Date set:          20/05/2025
Measure:           Registration confirmed to the SW by the surgery
Status:            Open
---------------------------------------------------------------------------
Plan item:         12
Action:            Tell the SW about any worry about Maisie's care or either
                   parent's drug use
Lead / when:       All agencies - same day
Date set:          20/05/2025
Measure:           Each concern logged on CareLink by the SW
Status:            Open
---------------------------------------------------------------------------

SECTION F - CONTINGENCY
Trigger:           Kerry or Lewis arrive at family time smelling of
                   cannabis or under the influence, or try to take Maisie
                   from the ward or the foster home.
Response:          Staff end the visit and call the police; the SW (EDT
                   out of hours) holds a strategy discussion the same day
                   and family time is supervised at the centre only.
Legal:             If either parent withdraws section 20 consent, the SW
                   will ask for an urgent legal planning meeting that day.
                   If the hair strand results show cocaine, or the parents
                   miss two family times in a row, the SW will request a
                   legal planning meeting within 5 working days.

SECTION G - MEETINGS
Core group:        Every 4 weeks, Zarrowby Family Centre, 1.30pm:
                   03/06/2025, 01/07/2025, 29/07/2025
RCPC:              TBC - Safeguarding Unit to confirm
===========================================================================
END OF PRINT
""",
    "findings": [
        F("H001", "Weekly support sessions for Kerry's low mood and anxiety"),
        F("M002", "Review of Kerry's sertraline dose and her sleep"),
        F("T001", "Parenting assessment of Kerry and Lewis, including two"),
        F("T002", "Get the flat ready for Maisie: cot in the parents' room"),
        F("M002", "Get the flat ready for Maisie: cot in the parents' room"),
        F("T001", "Register with a GP surgery in Zarrowby"),
        F("W002", "Tell the SW about any worry about Maisie's care"),
        F("L001"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Numbered outline (docx, real Word list 1 / 1.1 / a): each top level is a
#    period ("Before Oscar comes home", "Weeks 1-4"), each second level names
#    the owner once ("Jo Hill, health visitor, will:"), a shared line says how
#    the HV's three items are checked. Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b86_zelbourne_numbered_outline_owner_once_farrant.docx",
    "doc_title": "Child Protection Plan - Oscar Farrant-Okello",
    "split": "heldout",
    "actions": 17,
    "template": "icpc-newborn-docx-numbered-outline-1-1.1-a-period-headings-owner-once-per-run-shared-measure-line",
    "description": (
        "Initial conference plan for a 6-day-old on the transitional care unit (mother a care leaver "
        "under the community mental health team for self-harm, father with a past assault on a partner "
        "and a police call-out in pregnancy). The plan is a real Word outline: level 1 is a period that "
        "governs the items under it ('Before Oscar comes home from the Transitional Care Unit', 'Weeks "
        "1-4 at home', 'Weeks 5-12', 'From discharge until the review conference'), level 1.1 names the "
        "owner once ('Jo Hill, health visitor, will:') and level a) holds the actions. The health "
        "visitor's three items share one line under them saying what will be recorded and read at "
        "every core group. The CMHT reports on Chloe's capacity to change, the grandmother's nights have "
        "a fallback, dates and the legal step are set. Exemplary."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Zelbourne Borough Council · Children's Social Care · Zelbourne North Safeguarding Team"),
        ("kv", [
            ("Baby", "Oscar Farrant-Okello, born 14/05/2025 at 36+1 weeks; on the Transitional Care Unit, "
                     "Zelbourne Royal Infirmary"),
            ("Mother", "Chloe Farrant (19)"),
            ("Father", "Dan Okello (23). Chloe and Dan live together and both have parental responsibility."),
            ("Home", "Flat 6, Zander Court, Zelbourne"),
            ("Conference", "Initial child protection conference, Tuesday 20/05/2025, Zelbourne Royal "
                           "Infirmary, family room"),
            ("Category", "Emotional abuse"),
            ("Social worker", "Nadia Rahim"),
            ("Chair", "Lorna Quaye, Child Protection Chair"),
        ]),
        ("h1", "Why Oscar has a plan"),
        ("p", "Chloe lived in foster care from the age of 12 and is supported by the Zelbourne Leaving Care "
              "Team. She has been under the Zelbourne Community Mental Health Team since 2023 with a "
              "diagnosis of emotionally unstable personality disorder. At times of stress she has cut "
              "herself, most recently in January 2025, when she was 21 weeks pregnant. Dan was convicted "
              "in 2022 of assaulting a previous partner. In February 2025 the police were called to the "
              "flat after an argument in which Dan punched the bedroom door and Chloe locked herself in "
              "the bathroom. Both parents told conference they want to bring Oscar up together and that "
              "the arguments have to stop."),
        ("h1", "Oscar's first days"),
        ("p", "Oscar cannot tell us how he feels, so this is what the midwives, the unit nurses and Nadia "
              "have seen. He is in an open cot and takes 50 ml of formula every three hours. For his first "
              "two days he was jittery and slow to feed. He settles after feeds when Dan holds him "
              "skin-to-skin, and he turns towards Chloe's voice when she talks to him. On day 3, when "
              "Chloe and Dan raised their voices by his cot, Oscar startled and cried for twenty minutes "
              "before the nurse could settle him."),
        ("h1", "What is going well"),
        ("bullets", [
            "Chloe and Dan have visited Oscar every day and done most of his feeds and nappy changes.",
            "Chloe told her care coordinator about the January self-harm herself and has kept every CMHT "
            "appointment since.",
            "Dan's mother, Grace Okello, has offered to stay at the flat for Oscar's first two weeks at home.",
        ]),
        ("h1", "What we want for Oscar"),
        ("bullets", [
            "Oscar sleeps safely in his own cot in his parents' room and is fed on time, day and night.",
            "Oscar gains weight steadily and stays on or above the 9th centile.",
            "Oscar grows up in a home without shouting, threats or violence.",
            "When Chloe is distressed, Oscar is still looked after safely, by Dan, by Grace, or by Chloe "
            "using the crisis plan she has made with her care coordinator.",
        ]),
        ("h1", "The plan"),
        ("p", "Each numbered part says when the things under it will happen; under it, each person's name "
              "is followed by what they have agreed to do."),
        ("mlist", [
            (0, "Before Oscar comes home from the Transitional Care Unit (discharge expected Friday 23 May 2025)"),
            (1, "Sister Hannah Blythe, Transitional Care Unit, will:"),
            (2, "record each feed Chloe and Dan give Oscar, and how they settle him, in the unit's cares log, "
                "and email a copy of the log to Nadia every morning;"),
            (2, "go through safe sleep, bathing and making up feeds with both parents and sign each part off "
                "on the unit's discharge checklist, a copy of which goes on Oscar's file."),
            (1, "Nadia Rahim, social worker, will:"),
            (2, "visit the flat with Chloe and Dan and check the cot, the heating and the smoke alarm, "
                "writing each one up on the home safety checklist;"),
            (2, "hold the discharge planning meeting on the unit with Chloe, Dan, Grace, Jo Hill and Mark "
                "Pryor, and send the written discharge plan to everyone the same day."),
            (1, "PC Tom Ashdown, Zelbourne Police Domestic Abuse Unit, will:"),
            (2, "put a marker on 6 Zander Court so that any 999 call from the flat is treated as an "
                "emergency, and confirm to Nadia by email that the marker is live."),
            (0, "Weeks 1–4 at home (from discharge to Friday 20 June 2025)"),
            (1, "Jo Hill, health visitor, will:"),
            (2, "visit Oscar at home twice a week and weigh him each time;"),
            (2, "look at where and how Oscar is put down to sleep at every visit;"),
            (2, "do an EPDS mood check with Chloe once a week."),
        ]),
        ("pi", "Jo will write up each of these in her visit notes – Oscar's weight plotted in his red book "
               "(on or above the 9th centile), where he was sleeping and how he was laid down, and Chloe's "
               "EPDS score – and Nadia will read the notes before every core group."),
        ("mlist", [
            (1, "Grace Okello, Dan's mother, will:"),
            (2, "stay at the flat every night for the first 14 nights and do the 2am feed with Chloe, "
                "signing the feed chart on the fridge, which Jo and Nadia look at on their visits."),
            (1, "Nadia Rahim, social worker, will:"),
            (2, "visit every week, at least one visit in three unannounced, see Oscar awake and speak to "
                "Chloe and Dan on their own; her visit records will say what she saw of Oscar's care and "
                "what each parent told her."),
            (0, "Weeks 5–12 (from Monday 23 June until the review conference)"),
            (1, "Nadia Rahim, social worker, will:"),
            (2, "visit every fortnight, alternating announced and unannounced visits, and see Oscar awake; "
                "her visit records will say what she saw and where he slept;"),
            (2, "finish the parenting assessment by Friday 25 July and share the written report with Chloe, "
                "Dan and the core group."),
            (1, "Jo Hill, health visitor, will:"),
            (2, "weigh Oscar every fortnight at the Zelbourne North clinic or at home, plotting his weight "
                "in his red book, and do his 6–8 week review, with the findings written in the HV record."),
            (0, "From Oscar's discharge until the review conference (Monday 11 August 2025)"),
            (1, "Mark Pryor, care coordinator, Zelbourne Community Mental Health Team, will:"),
            (2, "see Chloe every fortnight for DBT skills work on managing distress, and write a report for "
                "each core group on whether Chloe is making the changes she needs to keep Oscar safe when "
                "she is upset, and how long that is likely to take."),
            (1, "Dan Okello will:"),
            (2, "go to the Zelbourne Caring Dads group every Tuesday evening for 17 weeks from 3 June; the "
                "facilitator, Rob Tennant, will send Nadia the attendance sheet each month and a mid-course "
                "report before the review conference."),
            (1, "Chloe Farrant will:"),
            (2, "take Oscar to the Little Stars baby group at Zelbourne Family Hub every Thursday morning, "
                "where Liz Moy, the family hub worker, notes in the group log how Chloe and Oscar are "
                "together."),
            (1, "Katie Lamb, Chloe's personal adviser, Zelbourne Leaving Care Team, will:"),
            (2, "help Chloe claim child benefit and a leaving care grant for Oscar's pram and clothes by "
                "Friday 13 June; Nadia will see the award letters."),
        ]),
        ("h1", "If things go wrong"),
        ("p", "If the police are called to the flat, or Dan threatens or hurts Chloe, Chloe will ring 999 and "
              "Dan will be asked to leave; the police will remove him if he will not go. Nadia (or the "
              "emergency duty team out of hours) will hold a strategy discussion the same day, and if "
              "Chloe and Oscar are not safe at home the IDVA service will find them a refuge place that day."),
        ("p", "If Chloe self-harms, or tells anyone she cannot keep herself safe while she is caring for "
              "Oscar, Dan or Grace will take over Oscar's care straight away, Chloe's CMHT crisis plan will "
              "be followed, and Nadia will visit the same day."),
        ("p", "If Grace cannot stay for the first 14 nights, Oscar will not be discharged until Dan has "
              "started his two weeks' paternity leave, and the neonatal outreach nurse will visit every day "
              "for that fortnight. If neither Grace nor Dan can look after Oscar in an emergency, Nadia will "
              "arrange a parent and baby foster placement, or an emergency foster carer, that day."),
        ("p", "If there is any further violence, Oscar's weight falls below the 2nd centile, or Dan stops "
              "going to Caring Dads before the review conference, Nadia will ask her team manager for a "
              "legal planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("p", "First core group: Tuesday 03/06/2025, 10am, Zelbourne North Family Hub. Then every 4 weeks: "
              "Tuesday 01/07/2025 and Tuesday 29/07/2025, same time and place. Review child protection "
              "conference: Monday 11/08/2025, 2pm, Zelbourne Civic Centre."),
        ("p", "Plan written by Nadia Rahim (SW) and agreed with the chair on 21/05/2025; copies to Chloe, "
              "Dan, Grace and every agency named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Core group minutes with an action log (docx): a "Date set" column merged
#    down (the date each action was raised) and a "By when" cell merged over
#    three rows; actions stalled pending transfer to another authority
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b86_zindlemoor_core_group_minutes_action_log_rowntree.docx",
    "doc_title": "Core Group 2 - Minutes and Action Log - Tyler and Ava Rowntree",
    "split": "heldout",
    "actions": 12,
    "template": "core-group-2-minutes-docx-present-updates-outcomes-transfer-then-action-log-date-set-merged-and-by-when-merged-over-three-rows",
    "description": (
        "Minutes of the second core group for a 9-year-old and a 4-year-old (mother's drinking and "
        "depression; the family move to another authority in July). The action log has a 'Date set' "
        "column merged down over the actions raised at each meeting and a 'By when' column, one cell of "
        "which ('By CG3 - 08/07/2025') is merged over three rows. Faults: a row whose only date is the "
        "date it was set (T001), a row with no lead under the merged date (W001), 'All professionals' "
        "(W002), the adult mental health team only supporting (H001), a parenting assessment deferred to "
        "the receiving authority and family support paused until the move (X001), the paused row with "
        "'-' as its measure (M001), a contingency whose only response is to review the plan (C002) with "
        "no legal step (R002), and no word of what either child thinks, feels or experiences (F003). "
        "Hard negatives: weekly visits 'until the transfer-in conference', the file sent to the new "
        "authority, and rows timed by the merged cell."
    ),
    "check_vmerge": 3,
    "landscape": True,
    "blocks": [
        ("title", "Core Group Meeting 2 – Minutes and Action Log"),
        ("p", "Zindlemoor Metropolitan Council · Children's Services · Zindlemoor East Safeguarding Team"),
        ("kv", [
            ("Children", "Tyler Rowntree (9), Year 4, Zindlemoor Primary; Ava Rowntree (4), at home"),
            ("Mother", "Stacey Rowntree (33), 22 Zircon Way, Zindlemoor"),
            ("Plan since", "Initial child protection conference, 29/04/2025 (category: neglect)"),
            ("Meeting", "Core group 2, Tuesday 10/06/2025, 10am, Zindlemoor East Family Hub"),
            ("Chair", "Carl Dyer, social worker (CD)"),
        ]),
        ("h2", "Present"),
        ("p", "Stacey Rowntree (SR); Carl Dyer, SW (CD); Sue Barker, HV (SB); Mr Dean Hollis, DSL, "
              "Zindlemoor Primary (DH); Ros Patel, CPN, Zindlemoor Adult Mental Health Team (RP); Lena "
              "Moss, Zindlemoor Recovery Service (LM); Kayleigh Ward, family support worker (KW). "
              "Apologies: Dr Anne Fairlie (GP). Minutes: Jas Mann, business support."),
        ("h2", "Actions from core group 1"),
        ("p", "Tyler's breakfast club place started on 19/05/2025 (DH). Stacey self-referred to the "
              "Recovery Service and had her first appointment on 21/05/2025 (LM). Ava's two-year review was "
              "done at home on 28/05/2025 (SB). All three are closed."),
        ("h2", "Agency updates"),
        ("p", "CD: visited on 21/05, 28/05 and 04/06 and saw both children each time. The kitchen had "
              "food in on the last two visits. Stacey has been offered a housing association house in "
              "Zolesworth, near her sister, and expects to move in mid-July."),
        ("p", "DH: Tyler's attendance this half-term is 88%."),
        ("p", "SB: Ava's ASQ-3 shows her communication below the expected range."),
        ("p", "RP: Stacey has been seen fortnightly at home since May; her mood has been low but she has "
              "not missed an appointment."),
        ("p", "LM: Stacey says she now drinks only at weekends. Two of her three breath tests were clear; "
              "the third, on a Monday morning, was not."),
        ("p", "SR: Stacey said the move will be \"a fresh start\" and that she wants the plan to end."),
        ("h2", "Outcomes (from the initial conference plan, unchanged)"),
        ("bullets", [
            "Tyler and Ava are looked after by a sober adult every day and every night.",
            "Tyler gets to school on time every day and his attendance is above 95%.",
            "Ava's speech is checked and she has the help she needs before she starts school in September.",
        ]),
        ("h2", "Transfer"),
        ("p", "Because the family are moving to Zolesworth, the plan will transfer to Zolesworth Borough "
              "Council. Zindlemoor stays responsible until Zolesworth hold their transfer-in conference."),
        ("h2", "Action log"),
        ("table", {
            "header": ["No.", "Date set", "Action", "Lead", "By when", "How we will know"],
            "widths": [1.2, 2.8, 7.3, 4.4, 4.0, 6.0],
            "rows": [
                ["1", "13/05/2025 (CG1)",
                 "Home visits to see Tyler and Ava, including their bedrooms and the kitchen cupboards",
                 "SW Carl Dyer", "Wkly, until the transfer-in conference",
                 "Visit notes record both children seen on their own and the food in the house"],
                ["2", V,
                 "Support Stacey with her low mood and anxiety through home appointments",
                 "Ros Patel, CPN, Zindlemoor Adult Mental Health Team", "Fortnightly",
                 "Stacey keeps her appointments (CPN diary)"],
                ["3", V,
                 "Alcohol key work with Stacey, with a breath test at each session",
                 "Lena Moss, Zindlemoor Recovery Service", "Wkly",
                 "Breath test results and a written report on whether Stacey's drinking is changing, sent "
                 "to the SW before each core group"],
                ["4", "10/06/2025 (CG2)",
                 "Parenting assessment of Stacey, looking at mornings, meals and bedtimes",
                 "SW Carl Dyer", "Deferred – to be done by Zolesworth after the case transfers",
                 "Assessment report shared with Stacey and the core group"],
                ["5", V,
                 "Refer Ava to Zindlemoor speech and language therapy",
                 "HV Sue Barker", "By CG3 – 08/07/2025",
                 "Referral accepted letter on file and copied to Stacey"],
                ["6", V,
                 "Check Tyler's attendance each morning and ring Stacey by 9.30am if he is not in",
                 "Mr Dean Hollis, DSL, Zindlemoor Primary", V,
                 "Weekly attendance printout emailed to the SW every Friday"],
                ["7", V,
                 "Sessions for Tyler with the school's learning mentor about how things are at home",
                 "", V,
                 "Mentor's session notes passed to the SW"],
                ["8", V,
                 "Register Ava for 30 funded hours at Little Zephyrs Nursery from September",
                 "Stacey Rowntree", "",
                 "Place confirmed in writing by the nursery"],
                ["9", V,
                 "Tell the SW about any sign that Stacey has been drinking while caring for the children",
                 "All professionals", "Same day",
                 "Each concern logged on the children's file by the SW"],
                ["10", V,
                 "Send the case file, chronology and this plan to Zolesworth Children's Services and ask "
                 "for a transfer-in conference date",
                 "Team manager Hugh Barnes", "By 27/06/2025",
                 "Transfer-in conference date confirmed in writing by Zolesworth"],
                ["11", V,
                 "Family support sessions with Stacey on routines, meals and bedtimes to be paused until "
                 "the family move and Zolesworth can take them on",
                 "FSW Kayleigh Ward", "Until transfer", "-"],
                ["12", V,
                 "Help Stacey find a school place for Tyler and a GP surgery in Zolesworth before the move",
                 "SW Carl Dyer", "w/c 14/07",
                 "School place offer and GP registration letters on file"],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If Stacey is found to have been drinking while she is looking after Tyler and Ava, Carl will "
              "review the plan with his team manager. If there are any further concerns, the core group "
              "will meet earlier."),
        ("h2", "Next meetings"),
        ("p", "Core group every 4 weeks; core group 3: Tuesday 08/07/2025, 10am, Zindlemoor East Family "
              "Hub. Review child protection conference: Tuesday 12/08/2025, 2pm, Zindlemoor Town Hall, if "
              "the case has not transferred by then."),
        ("p", "Minutes circulated by CD on 12/06/2025. Corrections to CD within 5 working days, please."),
    ],
    "findings": [
        F("H001", "Support Stacey with her low mood and anxiety through home appointments"),
        F("X001", "Parenting assessment of Stacey, looking at mornings, meals and bedtimes"),
        F("W001", "Sessions for Tyler with the school's learning mentor"),
        F("T001", "Register Ava for 30 funded hours at Little Zephyrs Nursery"),
        F("W002", "any sign that Stacey has been drinking while caring"),
        F("X001", "Family support sessions with Stacey on routines, meals and bedtimes"),
        F("M001", "Family support sessions with Stacey on routines, meals and bedtimes"),
        F("C002"),
        F("R002"),
        F("F003"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Child-friendly "my plan" (md) written with a 12-year-old; the table's
#    last column is headed in the family's words, "How will we know?"
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b86_zorvale_my_plan_how_will_we_know_lomax.md",
    "split": "heldout",
    "actions": 11,
    "template": "child-friendly-my-plan-md-first-person-what-who-when-how-will-we-know-table",
    "description": (
        "Child-friendly version of an initial conference plan, written with a 12-year-old young carer "
        "whose mother has bipolar disorder (a relapse in April left him caring for his 5-year-old sister "
        "overnight). First-person sections and a What is going to happen | Who | When | How will we "
        "know? table. Faults: Nana staying over 'whenever Mum needs her' (T002), 'Mum feels better' as "
        "the only measure (M002), a dentist row whose measure only repeats the action (M001), "
        "'Everyone' as owner (W002), an outcome about Mum's moods only (F002), the plan leaning on Nana "
        "with no fallback if she cannot help (C003), and nothing about legal planning (R002). Hard "
        "negatives: the mental health nurse reports on whether Mum is getting well enough to care for "
        "the children (no H001), 'Wednesdays after school, when I feel like going' (a real day beside a "
        "vague one), and measures in the family's words ('Nana texts Sam the next morning')."
    ),
    "text": """\
# My plan – Kai Lomax

**This is my child protection plan.** It was made at my meeting (the initial
child protection conference) on Thursday 5 June 2025 at Zorvale Civic Centre.
Sam, my social worker, wrote it out with me at school on Monday 9 June so that
it makes sense to me. Mum and the grown-ups have the long version too.

*Zorvale City Council – Children and Young People's Service*

## About me

I'm Kai. I'm 12 and in Year 7 at Zorvale High School. I live at 8 Zandle Row
with my mum, Jodie, and my little sister Mia, who is 5 and in Reception at
Zorvale Infants. My Nana Sue (Mum's mum) lives on Zorrel Street, five minutes
away.

## Why there is a plan

In April Mum got very poorly with her bipolar. She didn't sleep for days, spent
all her money, and one night she went out and didn't come back until the
morning, so I looked after Mia on my own. The police found Mum in the town
centre at 4am and she was in Zorvale Park Hospital for two weeks. She is home
now and takes her tablets, but the grown-ups are worried it could happen again
and that I am doing too much looking after Mia and Mum.

## What I think and feel

- I love Mum and I don't want to live anywhere else.
- "When Mum's up all night I can't sleep either, then I'm tired at school."
- I'm worried about Mum, but I don't want to be the one in charge all the time.
- I like going to Nana's after school because she makes proper tea.
- I want to play football again on Saturdays.
- On my scale I put home at 6 out of 10. Nana's is 9.

## What Mia told Sam

Mia drew Mum in bed and herself and Kai eating cereal "for tea". She said she
likes it when Nana does her hair and that she doesn't like it "when Mummy is
shouty and fast".

## What we want to happen

- Kai and Mia always have a grown-up looking after them, day and night, who is well enough to do it.
- Kai gets to be 12: school, football and friends, not looking after Mum and Mia.
- Mum's moods get better and she stays well.
- Kai and Mia both know who to ring if Mum gets poorly again.

## My plan

| What is going to happen | Who | When | How will we know? |
|---|---|---|---|
| Sam will see me at home and at school, and sometimes on my own | Sam Okafor (my social worker) | Every week | I tell Sam how things are and she writes it down in my words |
| Nana Sue will pick me and Mia up from school and give us tea at her house | Nana Sue (Sue Lomax) | Monday, Tuesday and Thursday | Nana writes it on the calendar on her fridge and Sam looks at it |
| Nana Sue will stay over at our house when Mum is poorly | Nana Sue | Whenever Mum needs her | Nana texts Sam the next morning |
| Mum will take her tablets every day and go to her appointments | Mum | Every day | Mum feels better |
| Kath, Mum's nurse, will see Mum and tell Sam whether Mum is getting well enough to look after me and Mia, and how long that might take | Kath Brennan, Zorvale Community Mental Health Team | Every 2 weeks | Kath's written report to Sam before every core group |
| Mrs Bell will meet me on Monday mornings to talk about my weekend | Mrs Bell (my head of year) | Every Monday | Mrs Bell writes down what I tell her and tells Sam if she's worried |
| Mum will take me to the dentist about my sore tooth | Mum | Before the summer holidays (by 18 July) | Mum takes me to the dentist |
| Young carers group, so I get time to have fun with other kids who help at home | Dan, Zorvale Young Carers | Wednesdays after school, when I feel like going | Dan's register shows I went |
| Everyone will tell Sam straight away if they are worried about me or Mia | Everyone | The same day | Sam writes it on my file |
| Mia's school will ring Sam if Mia isn't brought in | Mrs Greer (Mia's teacher) | By 10am that day | The class register |
| Make a "what to do if Mum gets poorly" card with me, Mum and Nana, and stick it on the fridge | Sam Okafor | By the first core group (19 June) | The card is on the fridge and a copy is on my file |

## If Mum gets poorly again

If Mum stops taking her tablets, doesn't sleep for two nights in a row, or says
things that don't make sense, I will ring Nana Sue and she will come and stay,
or take me and Mia to her house. Nana will tell Sam (or the duty team if it is
the weekend) that day, and Kath will see Mum within 24 hours.

## Meetings

- Core group (the smaller meeting): every 4 weeks at Zorvale Infants, 3.30pm – Thursday 19 June, Thursday 17 July and Thursday 14 August 2025.
- Review conference (the next big meeting): Thursday 4 September 2025, 10am, Zorvale Civic Centre. I can come to the first part if I want to.
""",
    "findings": [
        F("F002", "Mum's moods get better and she stays well."),
        F("T002", "Nana Sue will stay over at our house when Mum is poorly"),
        F("M002", "Mum will take her tablets every day and go to her appointments"),
        F("M001", "Mum will take me to the dentist about my sore tooth"),
        F("W002", "Everyone will tell Sam straight away if they are worried"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Letter to a parent after conference (pdf, letterhead page header and page
#    footer): "What I will do:" and "What you have agreed to do, Nicole:" each
#    give the owner once over a run of bullets
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b86_zanthorpe_letter_to_mother_barker.pdf",
    "doc_title": "Letter to Nicole Barker - Jayden and Lacey's child protection plan",
    "split": "heldout",
    "actions": 11,
    "template": "letter-to-parent-after-icpc-pdf-header-footer-address-block-bold-run-in-headings-owner-once-lead-ins-over-bullets",
    "description": (
        "Social worker's letter to a mother after the initial conference for her 10-year-old and "
        "3-year-old (her drinking and low mood since her partner's death, a toddler found alone in the "
        "street, rent arrears). The plan is set out as bullets under 'What I will do:', 'What you have "
        "agreed to do, Nicole:' and 'Other people will:', so the owner of most bullets is given once in "
        "the lead-in. Faults: six of the eleven actions are about Nicole's own health, money and "
        "wellbeing with no link to the children (F001); her drinking and mood are owned by no adult "
        "service, only by Nicole (F004); an outcome about Nicole only (F002); 'when you feel ready' "
        "(T002); a stair gate whose only date is the day it was agreed (T001); 'so that you feel better' "
        "(M002); an assessment with no output and a walking group with no measure (M001); a passive "
        "referral (W001); no contingency (C001) and no legal step (R002). Header and page footer."
    ),
    "header": "OFFICIAL – SENSITIVE · Zanthorpe Borough Council · Children's Services",
    "footer": "Letter to Nicole Barker – child protection plan – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("pr", "Family Safeguarding Team"),
        ("pr", "Zanthorpe Civic Offices, Zanne Street, Zanthorpe"),
        ("pr", "Telephone 01632 960418"),
        ("p", ""),
        ("pl", "Ms Nicole Barker"),
        ("pl", "41 Zodiac Crescent"),
        ("pl", "Zanthorpe"),
        ("p", ""),
        ("p", "Friday 23 May 2025"),
        ("p", "Dear Nicole,"),
        ("boldp", "Jayden and Lacey's child protection plan"),
        ("p", "Thank you for coming to the initial child protection conference on Tuesday 20 May and for "
              "being so honest with everyone there. As I said afterwards, I am writing to set out the plan "
              "the conference agreed, in plain words, so that you have it in front of you. The chair's "
              "record of the conference will follow in the post."),
        ("boldp", "Why there is a plan"),
        ("p", "Since Craig died last October you have been drinking most evenings, usually a bottle of wine "
              "and sometimes vodka as well, and you told conference that your mood has been \"on the floor\". "
              "Your GP started you on citalopram in February. Twice in April Jayden could not wake you on "
              "the sofa at bedtime and put Lacey to bed himself. On 26 April a neighbour found Lacey on her "
              "own on Zodiac Crescent at 7pm in her pyjamas and brought her home; you were asleep. You also "
              "have rent arrears of about £1,400 and a letter from the housing association about them. The "
              "conference decided that Jayden and Lacey need a child protection plan under the category of "
              "neglect."),
        ("boldp", "What Jayden and Lacey told me"),
        ("p", "When I saw Jayden at school on 15 May he said: \"Mum's sad all the time since Craig. When she "
              "has her wine she goes to sleep and I do Lacey's bath.\" He said he likes it when you walk him "
              "to school and that he wants \"Mum to be like before\". He put home at 5 out of 10. Lacey "
              "showed me her bedroom and her teddy, and told me \"Jayden reads me stories\". At nursery she "
              "asks for more food at snack time most days."),
        ("boldp", "What we all want for Jayden and Lacey"),
        ("bullets", [
            "Jayden and Lacey are looked after every evening and night by a sober adult who puts them to "
            "bed.",
            "Lacey is never out of the house without a grown-up.",
            "Jayden can be a 10-year-old and does not have to look after his sister or you.",
            "You are sober and feeling well in yourself.",
        ]),
        ("boldp", "What will happen now"),
        ("p", "What I will do:"),
        ("bullets", [
            "Visit you, Jayden and Lacey at home every week and see Jayden on his own each time; I will "
            "write down what he tells me in his own words.",
            "Complete an assessment of how you care for Jayden and Lacey by Friday 25 July.",
        ]),
        ("p", "What you have agreed to do, Nicole:"),
        ("bullets", [
            "See your GP about your low mood and your sleep by the end of the month, and show me the letter "
            "the GP gives you.",
            "Go to the Zanthorpe Recovery Service drop-in and start alcohol key work when you feel ready, "
            "and show me your appointment letter.",
            "Take your citalopram every day, so that you feel better.",
            "Book an appointment with Zanthorpe Citizens Advice about the rent arrears by 13 June, and bring "
            "me the letter they give you.",
            "Go to the Zanthorpe Wellbeing Walk on Tuesday mornings, starting on 27 May.",
            "Keep your appointment with the practice nurse for your blood pressure and liver tests by 30 "
            "June, and show me the appointment card.",
            "As we agreed on 20 May, get a stair gate fitted at the top of the stairs for Lacey; I will "
            "check it is up when I visit.",
        ]),
        ("p", "Other people will:"),
        ("bullets", [
            "Mr Ellis, the designated safeguarding lead at Zanthorpe Junior School, will check in with "
            "Jayden every morning and email me his attendance every Friday.",
            "A referral will be made to the Zanthorpe Young Carers service for Jayden by 6 June, and you will "
            "get a letter when he has a place.",
        ]),
        ("boldp", "Meetings"),
        ("p", "The first core group meeting will be on Tuesday 3 June at 10am at Zanthorpe Family Hub, and "
              "after that the core group will meet every four weeks. The review child protection conference "
              "will be on Monday 18 August 2025 at 2pm at the Civic Offices. You are welcome to bring "
              "someone with you to any of these meetings."),
        ("p", "Please ring me on the number above with any questions, or if anything in this letter is not "
              "right. I will bring another copy when I visit next week."),
        ("p", "Yours sincerely,"),
        ("p", "Zoe Hartley"),
        ("pl", "Social Worker, Family Safeguarding Team"),
        ("pl", "cc: Mr Ellis (Zanthorpe Junior School); Lacey's nursery; Dr Amit Rao (GP)"),
    ],
    "findings": [
        F("F002", "You are sober and feeling well in yourself."),
        F("M001", "Complete an assessment of how you care for Jayden and Lacey"),
        F("T002", "Go to the Zanthorpe Recovery Service drop-in and start alcohol key work"),
        F("M002", "Take your citalopram every day, so that you feel better."),
        F("M001", "Go to the Zanthorpe Wellbeing Walk on Tuesday mornings"),
        F("T001", "get a stair gate fitted at the top of the stairs"),
        F("W001", "A referral will be made to the Zanthorpe Young Carers"),
        F("F001"),
        F("F004"),
        F("C001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Signs of Safety plan (pdf, header and footer): danger statement, safety
#    goals, assessment grid, scaling, then numbered safety-plan actions and a
#    separate "How we will know it is working" part answering each number.
#    Exemplary.
# ---------------------------------------------------------------------------
_SOS_ACTIONS = [
    "Kirsty and Jordan will not use cocaine or drink alcohol while Leo or Freya are in their care, every "
    "day from 2 June.",
    "Linda Nolan (Kirsty's mum) will stay at the house every Friday and Saturday night from 6 June until "
    "the review conference.",
    "Dean Moss, keyworker at Zeddingham Drug and Alcohol Service, will see Kirsty and Jordan each week from "
    "w/c 9 June for key work and a urine screen, and write to each core group on whether their cocaine use "
    "is changing and what that means for Leo and Freya.",
    "Rachel Amos (social worker) will arrange hair strand tests for Kirsty and Jordan by 13 June, and again "
    "in the first week of August.",
    "Jordan will go to the Zeddingham Choices programme for men who have been abusive to a partner, every "
    "Wednesday evening for 20 weeks from 11 June.",
    "Tasha Green, IDVA at Zeddingham Women's Aid, will complete a DASH risk assessment and a written safety "
    "plan with Kirsty by 13 June.",
    "Rachel will visit every week until the review conference, at least one visit in three unannounced and "
    "one a month at a weekend, and see Leo on his own each time.",
    "Rachel will write a words and pictures story with Kirsty, Jordan and Linda about why there is a plan, "
    "and read it with Leo by 27 June.",
    "Miss Hannah Cole, Leo's class teacher at Zeddingham Primary, will check in with Leo every Monday "
    "morning about his weekend.",
    "Priti Shah, health visitor, will do Freya's two-year review at home by 30 June.",
]
_SOS_KNOW = [
    "Dean's urine screens (3) and the hair strand results (4) are clear of cocaine; Linda, Miss Cole and "
    "Rachel see no sign of either parent being under the influence; Leo tells Rachel his weekends are calm.",
    "Linda keeps a diary of each Friday and Saturday night (when she arrived, how everyone was, what time "
    "the children went to bed), which Rachel reads at each visit.",
    "Dean's written update, with the screen results, reaches Rachel before each core group.",
    "The results are sent to Rachel and shared at the next core group after they arrive.",
    "The Choices facilitator, Sam Ortiz, sends Rachel the attendance register every month and a "
    "mid-programme report before the review conference.",
    "The safety plan and DASH score are on the children's file, and Kirsty's copy is kept at Linda's.",
    "Rachel's visit records say what Leo told her in his own words, what Freya was doing and how the house "
    "was.",
    "Leo can tell Rachel in his own words why there is a plan and who he can ring if he is frightened; his "
    "copy of the story is kept at home and at Linda's.",
    "Miss Cole's check-in notes go to the school's DSL and to Rachel every Friday.",
    "Freya's ASQ-3 scores are shared with Rachel and her parents, and any referral is copied to Rachel.",
]

PLANS.append({
    "name": "b86_zeddingham_signs_of_safety_how_we_will_know_nolan.pdf",
    "doc_title": "Signs of Safety Child Protection Plan - Leo Nolan and Freya Pike",
    "split": "heldout",
    "actions": 10,
    "template": "signs-of-safety-pdf-header-footer-danger-statement-safety-goals-grid-scaling-numbered-actions-separate-how-we-will-know-numbered-answers",
    "description": (
        "Signs of Safety plan from an initial conference for a 7-year-old and a 2-year-old (mother and "
        "her partner using cocaine and drinking at weekends, with violence between them). Danger "
        "statement, safety goals, an assessment grid (not an action table), scaling, the children's "
        "words and world, and a safety network. The ten safety-plan actions each give who and when; "
        "their measures are in a separate 'How we will know it is working' part numbered to answer "
        "each action. The drug service reports on change, the grandmother's nights have a fallback, "
        "dates and the legal step are set. Header and page footer. Exemplary."
    ),
    "header": "Zeddingham City Council · Children's Services · Signs of Safety Child Protection Plan",
    "footer": "Leo Nolan and Freya Pike – safety plan agreed 02/06/2025 – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Signs of Safety Child Protection Plan"),
        ("kv", [
            ("Children", "Leo Nolan (7), Year 2, Zeddingham Primary; Freya Pike (2), at home"),
            ("Mother", "Kirsty Nolan (29)"),
            ("Freya's father", "Jordan Pike (31), lives with the family. Leo's father lives abroad and "
                               "rings him on Sundays."),
            ("Address", "17 Zebedee Close, Zeddingham"),
            ("Conference", "Initial child protection conference, Monday 02/06/2025"),
            ("Category", "Emotional abuse"),
            ("Social worker", "Rachel Amos, Zeddingham South Family Safeguarding Team"),
            ("Chair", "Peter Lindqvist"),
        ]),
        ("h1", "Danger statement"),
        ("p", "Rachel (social worker), Leo's school and the police are worried that when Kirsty and Jordan "
              "take cocaine and drink at weekends they argue, and that Jordan has pushed and hit Kirsty "
              "while Leo and Freya were in the room. If nothing changes, Leo and Freya could be hurt in the "
              "middle of a fight, be left with no sober adult to look after them, and grow up frightened in "
              "their own home."),
        ("h1", "Safety goals"),
        ("bullets", [
            "Leo and Freya are always looked after by a sober adult, at weekends as well as in the week.",
            "Leo and Freya live in a home where there is no hitting, pushing or smashing things, and Leo "
            "tells us he is not frightened at home.",
            "Leo knows who to ring if he is scared, and has done it if he needed to.",
            "Freya's development is checked and she gets any help she needs.",
        ]),
        ("p", "Children's services, Leo's school and Linda need to see all of this happen every weekend for "
              "at least six months before the plan can end."),
        ("h1", "What are we worried about? What's working well?"),
        ("table", {
            "header": ["What are we worried about?", "What's working well?"],
            "widths": [8.5, 8.5],
            "rows": [
                ["Police were called to the house on 12 April and 3 May. On 3 May Jordan pushed Kirsty into the "
                 "wardrobe; Leo was in the doorway and Freya in her cot. Both adults told police they had been "
                 "drinking and using cocaine.\nLeo told his teacher he \"hides under the bed with Freya's "
                 "blanket\" when there is shouting.\nFreya was seen at the weekend in a full nappy at 2pm "
                 "while both adults were asleep.",
                 "Kirsty and Jordan came to conference together and both said the cocaine has to stop.\n"
                 "Leo's attendance is 97% and he is always clean and fed at school.\nLinda sees the children "
                 "most days and has already had them for two weekends.\nJordan has agreed to go on the "
                 "Choices programme."],
            ],
        }),
        ("h1", "Scaling"),
        ("p", "On a scale where 10 means everyone is confident Leo and Freya are safe enough for the plan to "
              "end, and 0 means they cannot live at home: Rachel 3, Miss Cole 4, Linda 5, Kirsty 7, "
              "Jordan 7."),
        ("h1", "Leo's and Freya's words and world"),
        ("p", "Leo did his three houses with Rachel at school on 28 May. In his house of worries: \"Mummy and "
              "Jordan shouting and the police coming.\" In his house of good things: \"Nana Linda, my "
              "Lego, Freya laughing.\" In his house of dreams: \"Everybody happy and nobody shouting at the "
              "weekend.\" He asked whether the police would come again."),
        ("p", "Freya cannot tell us in words. At home she is busy and chatty with Kirsty, brings her books and "
              "climbs on her lap. On the weekend visit she was unsettled, asked for \"Nana\" and cried when "
              "Jordan raised his voice at the dog."),
        ("h1", "Safety network"),
        ("p", "Linda Nolan (Kirsty's mum, 15 Zebedee Close); Beth Pike (Jordan's sister, Zeddingham); Jade "
              "Carr (Kirsty's friend and Freya's godmother). All three came to the network meeting on 30 May "
              "and have read the danger statement."),
        ("h1", "Safety plan: what will happen"),
    ] + [("pi", f"{i}.  {t}") for i, t in enumerate(_SOS_ACTIONS, start=1)] + [
        ("h1", "How we will know it is working"),
        ("p", "Each number below answers the action with the same number above."),
    ] + [("pi", f"{i}.  {t}") for i, t in enumerate(_SOS_KNOW, start=1)] + [
        ("h1", "If the safety plan is not followed"),
        ("p", "If Kirsty or Jordan use cocaine or drink while they are looking after Leo or Freya, if there "
              "is any pushing, hitting or smashing of things, or if the police are called to the house, "
              "whoever is there will ring Rachel, or the emergency duty team out of hours. Leo and Freya "
              "will go to Linda's that night, Jordan will leave the house, and Rachel will hold a strategy "
              "discussion the same day."),
        ("p", "If Linda cannot stay on a Friday or Saturday, or cannot have the children in an emergency, "
              "because she is ill or away, Beth Pike will do it instead; if neither Linda nor Beth can, "
              "Rachel (or the emergency duty team) will arrange emergency foster carers that day."),
        ("p", "If either round of hair strand tests shows cocaine use after 2 June, or there is another "
              "incident of violence before the review conference, Rachel will ask her team manager for a "
              "legal planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("p", "First core group: Monday 16/06/2025, 3.30pm, Zeddingham Primary. Then every 4 weeks: Monday "
              "14/07/2025 and Monday 11/08/2025, same time and place. Review child protection conference: "
              "Monday 01/09/2025, 10am, Zeddingham Civic Hall."),
        ("p", "Plan agreed at conference on 02/06/2025 and typed by Rachel Amos; copies to Kirsty, Jordan, "
              "Linda, Beth and every agency named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Child protection plan on the council's shared child in need / child
#    protection form (docx): bold period headings over owner lead-ins and
#    bullets; one heading carries no time, one lead-in is "The family will:",
#    and a shared line under a list is itself vague. No outcomes.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b86_zubbridge_cin_cp_form_owner_lead_ins_doyle.docx",
    "doc_title": "Child's Plan (CIN/CP form) - Kian Doyle",
    "split": "heldout",
    "actions": 12,
    "template": "child-protection-plan-on-shared-cin-cp-form-docx-kv-then-bold-period-headings-owner-lead-ins-over-bullets-shared-line-under-list",
    "description": (
        "Child protection plan for a 14-year-old, stepped up from a child in need plan, written on the "
        "council's shared CIN/CP form (father's heavy drinking since the mother's death, poor school "
        "attendance, self-harm). Actions sit under bold period headings ('By the end of June', 'Every "
        "week until the review conference') and owner lead-ins ('Neil will:', 'Zubbridge Academy will:'); "
        "the last heading, 'Other things we agreed', gives no time. The form has no outcomes section and "
        "nothing says what should be different for Kian (O001). Faults: 'The family will:' over two "
        "bullets (W002), a shared line under them that the core group 'will keep an eye on' them, the "
        "only measure for the bullet without its own (M002), a GP visit under the timeless heading "
        "(T001), and 'as often as he can' and 'asap' (T002). Hard negatives: owners and times given by "
        "lead-ins and headings, the form's 'Date plan written', past work under 'What the child in need "
        "plan did', the alcohol service reporting on change, and a contingency covering the sister and "
        "uncle not being able to help."
    ),
    "blocks": [
        ("title", "Child's Plan"),
        ("p", "Zubbridge Council · Children's Services · Child in Need and Child Protection Plan (form CP/CIN 3)"),
        ("kv", [
            ("Type of plan", "Child protection plan (this form is also used for child in need plans)"),
            ("Child", "Kian Doyle, 14 (DOB 02/02/2011), Year 9, Zubbridge Academy"),
            ("Lives with", "Neil Doyle (father, 47), 31 Zinnia Terrace, Zubbridge"),
            ("Family", "Shannon Doyle (sister, 19), Zubbridge; Pete Doyle (uncle, Neil's brother), Zubbridge"),
            ("Plan agreed at", "Initial child protection conference, Wednesday 04/06/2025"),
            ("Category", "Neglect"),
            ("Before this plan", "Child in need plan from 14/01/2025"),
            ("Social worker", "Sarah Finch, Zubbridge Family Safeguarding Team"),
            ("Date plan written", "05/06/2025"),
        ]),
        ("h2", "Reason for the plan"),
        ("p", "Kian's mum, Michelle, died in 2023. Since then Neil has been drinking heavily, mostly vodka, "
              "every day; he lost his job in the autumn. Kian's attendance this year is 62%. On two of "
              "Sarah's visits there was no food in the house. In March the school found cuts on Kian's "
              "arm, and in April and May the police found him in Zubbridge Park after 1am, once with older "
              "boys. The child in need plan has not brought about enough change, so the case was taken to "
              "conference."),
        ("h2", "What Kian says"),
        ("p", "Kian (seen on his own at school, 29/05/2025): \"Dad's alright, he just drinks since Mum. I go "
              "out because it's boring in the house and he's asleep anyway.\" He said he cuts himself "
              "\"when it gets too much\" and that he would talk to someone \"if they weren't going to make "
              "a big thing of it\". He wants his own room back, with a desk, and to play football again. He "
              "said Shannon's is where he feels most normal."),
        ("h2", "What is working well"),
        ("bullets", [
            "Neil loves Kian, came to conference and said he knows the drinking has to stop.",
            "Shannon has had Kian to stay most weekends since Easter.",
            "Kian has kept going to football training when Uncle Pete takes him.",
        ]),
        ("h2", "What the child in need plan did"),
        ("bullets", [
            "Neil was referred to the Zubbridge Alcohol Service in February; he did not go to the first "
            "appointment.",
            "Kian had six sessions with the school counsellor between February and April.",
            "A food bank voucher was given in March and Neil was helped to claim Universal Credit.",
        ]),
        ("h2", "What needs to happen"),
        ("boldp", "By the end of June"),
        ("p", "Neil will:"),
        ("bullets", [
            "go to the Zubbridge Alcohol Service drop-in for an assessment; his keyworker, Mo Khan, will "
            "email Sarah when he has been;",
            "clear the back bedroom and put in a bed and a desk for Kian, which Sarah will look at on her "
            "next visit.",
        ]),
        ("p", "Zubbridge Academy will:"),
        ("bullets", [
            "give Kian a mentor, Mr Tom Holt, who meets him every Tuesday; Mr Holt's notes go to Sarah at "
            "the end of each half-term;",
            "agree a plan with Kian and Neil to get him back into full-time lessons, with his attendance "
            "target written in, and send Sarah the signed copy.",
        ]),
        ("boldp", "Every week until the review conference"),
        ("p", "Sarah Finch (social worker) will:"),
        ("bullets", [
            "visit the house, see Kian on his own and look in the kitchen and his bedroom, writing what "
            "Kian says in his own words in her visit notes.",
        ]),
        ("p", "Mo Khan (Zubbridge Alcohol Service) will:"),
        ("bullets", [
            "see Neil for key work once he has been assessed, breath-test him at each session, and send "
            "Sarah a written update before each core group on whether his drinking is changing and what "
            "that means for Kian.",
        ]),
        ("p", "The family will:"),
        ("bullets", [
            "make sure there is food in the house for Kian's tea every day; Sarah will look in the "
            "cupboards at each visit;",
            "make sure Kian is up and out in time for school every morning.",
        ]),
        ("p", "The core group will keep an eye on how the family are getting on with these."),
        ("boldp", "Other things we agreed"),
        ("bullets", [
            "Neil will ask his GP about his sleep and his low mood, and tell Sarah what the GP says.",
            "Shannon will have Kian for tea every Friday and let him stay the night; Kian will tell Sarah "
            "how it went at her next visit.",
            "Uncle Pete will take Kian to football training and matches as often as he can; the "
            "coach's team sheet will show Kian played.",
            "Sarah will refer Kian to Zubbridge Young Minds (CAMHS) about his low mood and self-harm asap, "
            "and put the acceptance letter on file.",
        ]),
        ("h2", "Contingency plan"),
        ("p", "If Neil is drunk when Kian gets home, or too drunk to look after him, or Kian is found out "
              "after midnight, Kian will go to Shannon's for the night and Shannon will ring Sarah (or the "
              "emergency duty team) that evening; Sarah will hold a strategy discussion the next working "
              "day. If Shannon cannot have him, Kian will go to Uncle Pete's; if neither can, the emergency "
              "duty team will find an emergency foster placement that night."),
        ("p", "If Kian self-harms, whoever finds out will make sure he is seen at Zubbridge Hospital's "
              "emergency department or by his GP that day, and tell Sarah the same day."),
        ("p", "If Neil is found drunk in charge of Kian twice before the review conference, or Kian's "
              "attendance is still under 80% at the end of the summer term, Sarah will ask her team "
              "manager for a legal planning meeting."),
        ("h2", "Review arrangements"),
        ("p", "Core group every 4 weeks at Zubbridge Academy, 3.30pm: Wednesday 18/06/2025, 16/07/2025 and "
              "13/08/2025. Review child protection conference: Wednesday 03/09/2025, 10am, Zubbridge Civic "
              "Centre."),
        ("p", "Signed: Sarah Finch (social worker) and Neil Doyle (father), 05/06/2025."),
    ],
    "findings": [
        F("W002", "make sure there is food in the house for Kian's tea"),
        F("W002", "make sure Kian is up and out in time for school"),
        F("M002", "make sure Kian is up and out in time for school"),
        F("T001", "Neil will ask his GP about his sleep and his low mood"),
        F("T002", "Uncle Pete will take Kian to football training"),
        F("T002", "Sarah will refer Kian to Zubbridge Young Minds (CAMHS)"),
        F("O001"),
    ],
})
