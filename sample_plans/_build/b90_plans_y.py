"""Batch 90, module y: seven fictional plans (held-out material), places beginning with "y".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: when, and how we will know, in their many real forms: abbreviated and
relative dates ("2/52", "D/C", "w/c", "by next CG", "within 20 working days
of transfer"), timescales lent by a heading over a group of actions, "Ongoing",
"TBC", "As required", "To be agreed", a status where the date should be
("In progress"), progress reported at a review conference beside actions
carried forward, a core group action log with a "Done when..." column and a
status column, measures under unusual column names ("Proof", "What we'll
see", "How we'll know - in our own words") or in the family's words, and
measures that only promise ("Jordan will go", "I promise I'll try harder") or
repeat the action ("School will let the SW know", "Assessment to be
completed"). Two docx, two PDF, one markdown and two plain-text plans; two are
exemplary.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. RCPC revised plan: actions carried forward from the ICPC with a
#    "Progress reported at RCPC 1" column, new actions marked N (docx,
#    landscape). Domestic abuse, father's drinking.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b90_yelvingmoor_rcpc_carried_forward_progress_column_marchant.docx",
    "doc_title": "Revised Child Protection Plan - Tyler and Ellie-Rose Marchant",
    "split": "heldout",
    "template": "rcpc-revised-plan-docx-landscape-kv-front-then-progress-since-icpc-childrens-words-outcomes-then-no-cf-or-n-action-lead-timescale-how-we-will-know-progress-reported-at-rcpc-table-completed-list-contingency-meetings",
    "description": (
        "First review conference plan for a 9-year-old and a 4-year-old (domestic abuse; the father "
        "drinks and has moved out to his brother's). Actions carried forward from the ICPC keep a "
        "'Progress reported at RCPC 1' column beside new ones. The alcohol key work is 'Ongoing' "
        "with 'Engagement with key worker', the speech therapy row has only 'In progress' where the "
        "timescale should be, the school's measure only repeats the action, a new row is owned by "
        "'Family', Tyler's direct work is 'TBC', the risk assessment's measure is 'Assessment to be "
        "completed', and one outcome is the father's sobriety. Contingency, legal step, family "
        "fallback and meetings are sound."
    ),
    "actions": 11,
    "landscape": True,
    "blocks": [
        ("title", "Revised Child Protection Plan"),
        ("p", "Yelvingmoor Borough Council · Children's Services · Safeguarding Teams (North)"),
        ("kv", [
            ("Children", "Tyler Marchant, DOB 03/02/2016 (9); Ellie-Rose Marchant, DOB 27/09/2020 (4)"),
            ("Address", "41 Linnet Close, Yelvingmoor YV3 8QT"),
            ("Category", "Emotional abuse"),
            ("Initial conference", "22/04/2025"),
            ("Review conference (RCPC 1)", "15/07/2025, Yelvingmoor Civic Centre"),
            ("Chair", "Rosalind Keane, Independent Reviewing Officer"),
            ("Social worker", "Nadia Frost (team manager Philip Dunmore)"),
            ("Decision", "Both children remain subject to a child protection plan under the category of "
                         "emotional abuse."),
        ]),
        ("h1", "1. What has happened since the initial conference"),
        ("p", "Craig moved out to his brother Lee's flat after the incident on 11/04/2025, when the police were "
              "called and Tyler rang 999. There have been no police call-outs since. Craig started the Next "
              "Steps programme in May and sees the Yelvingmoor Recovery Partnership about his drinking, but he "
              "told the conference that he still drinks \"a few cans\" most evenings and that he wants to move "
              "back home in September. Stacey has started the Freedom Programme. Ellie-Rose's speech is still "
              "well behind what is expected for her age. Tyler's school says he is calmer in class but still "
              "asks to phone his mum at lunchtime."),
        ("h1", "2. What Tyler and Ellie-Rose have told us"),
        ("p", "Tyler (seen on his own at school on 08/07/2025): \"It's quieter now. I still listen at night in "
              "case something happens. I want Dad to come back but only if he doesn't drink and shout.\" On a "
              "scale of 0 to 10 for feeling safe at home he chose 7. In April he chose 3."),
        ("p", "Ellie-Rose showed the social worker her drawing of \"Daddy's Saturday house\" (Uncle Lee's flat) "
              "and said she likes going there because \"we have pancakes\". At nursery she chats to staff but "
              "goes quiet and hides under the table when voices are raised in the room."),
        ("h1", "3. What we want for Tyler and Ellie-Rose"),
        ("bullets", [
            "Tyler and Ellie-Rose live at home without hearing or seeing shouting, arguments or violence "
            "between the adults who care for them.",
            "Tyler goes to school without worrying about his mum, and can tell an adult he trusts if "
            "something frightens him.",
            "Ellie-Rose's speech and language keep improving and she is ready to start Reception in "
            "September 2025.",
            "Craig will be sober and will have finished the Next Steps programme.",
        ]),
        ("h1", "4. The plan"),
        ("p", "C/F = carried forward from the ICPC plan of 22/04/2025, with what was reported to today's review. "
              "N = new action agreed today. Actions finished since the ICPC are listed in section 5 and have "
              "come off the plan."),
        ("table", {
            "header": ["No.", "C/F or N", "What needs to happen", "Lead", "Timescale", "How we will know",
                       "Progress reported at RCPC 1"],
            "widths": [1.0, 1.4, 6.0, 3.6, 2.9, 5.2, 5.6],
            "rows": [
                ["1", "C/F",
                 "Visit Tyler and Ellie-Rose at home, with at least one unannounced visit each month, and see "
                 "Tyler on his own",
                 "Nadia Frost, SW", "Every 2 weeks",
                 "Visit records show both children seen, and Tyler seen alone, at every visit",
                 "11 visits since the ICPC, 3 of them unannounced. Tyler seen alone at 9. Carried forward "
                 "unchanged."],
                ["2", "C/F",
                 "Attend the Next Steps domestic abuse perpetrator programme (24 weekly sessions)",
                 "Craig Marchant", "Started 06/05/2025; to finish by 21/10/2025",
                 "Facilitator's attendance and progress report to each core group; end-of-programme report "
                 "to RCPC 2",
                 "9 of 10 sessions attended. The facilitator, Owen Latimer, says Craig is starting to take "
                 "responsibility for what the children saw."],
                ["3", "C/F",
                 "Alcohol key work with Craig, following the drinking plan agreed in May",
                 "Yelvingmoor Recovery Partnership (key worker Dom Pryce)", "Ongoing",
                 "Engagement with key worker",
                 "Craig goes most weeks. Dom Pryce says he is \"doing well\", but Craig told conference he "
                 "still drinks most evenings."],
                ["4", "C/F",
                 "Take Ellie-Rose to all her speech and language therapy appointments at Kestrel Lane Clinic",
                 "Stacey Marchant", "In progress",
                 "Clinic attendance letters copied to the SW; the therapist's progress notes shared with the "
                 "core group",
                 "2 of 3 attended; one missed in June when Ellie-Rose had chickenpox."],
                ["5", "C/F",
                 "Complete the Freedom Programme and write a safety plan with the group worker",
                 "Stacey Marchant", "By 30/09/2025",
                 "Certificate of completion; Stacey can tell the SW the warning signs and talk through her "
                 "safety plan",
                 "Started 03/06/2025. 6 of 6 sessions attended."],
                ["6", "C/F (amended)",
                 "Craig's time with the children to be supervised by Lee Marchant (paternal uncle) at Lee's "
                 "flat",
                 "Lee Marchant", "Every Saturday, 10am to 1pm",
                 "Lee signs the contact book after each visit; the SW reads it at each home visit",
                 "Every Saturday kept and the book signed. Amended today: no overnight stays before RCPC 2."],
                ["7", "C/F",
                 "Tell the SW the same day about any change in Tyler's behaviour or anything he says about "
                 "home",
                 "Mrs Gail Ince, DSL, St Luke's C of E Primary", "Same day",
                 "School will let the SW know",
                 "Two calls in June, both after a weekend when Tyler was upset. Both followed up by the SW."],
                ["8", "C/F",
                 "Collect Tyler and Ellie-Rose from school and nursery on Tuesdays and Thursdays so Stacey can "
                 "go to her group",
                 "Julie Whitfield (maternal grandmother)", "Tuesdays and Thursdays in term time",
                 "School and nursery collection logs show Julie collecting",
                 "No missed collections."],
                ["9", "N",
                 "Make sure the children are never left alone with Craig, including at family parties and "
                 "birthdays",
                 "Family", "From 15/07/2025",
                 "Anyone who sees Craig alone with the children tells the SW the same day; recorded on the "
                 "children's file",
                 "New. Agreed after Craig said he had been at Ellie-Rose's birthday party."],
                ["10", "N",
                 "Direct work with Tyler about what he saw at home and who he can talk to (6 sessions)",
                 "Sam Osei, family support worker", "TBC",
                 "Tyler's \"my worries\" sheet filled in at the last session and shared with the core group",
                 "New."],
                ["11", "N",
                 "Updated risk assessment on whether Craig can move back home",
                 "Nadia Frost, SW, with Owen Latimer (Next Steps)", "By the core group on 12/08/2025",
                 "Assessment to be completed",
                 "New. Craig wants to move home in September."],
            ],
        }),
        ("h1", "5. Finished since the initial conference"),
        ("bullets", [
            "DASH risk assessment and MARAC referral by Yelvingmoor Police Domestic Abuse Unit (done "
            "25/04/2025).",
            "Sanctuary scheme locks fitted to the front and back doors of 41 Linnet Close (done 09/05/2025).",
        ]),
        ("h1", "6. Contingency plan"),
        ("p", "If Craig comes to the house without an agreed plan, is seen drunk at contact, or there is any "
              "shouting or violence between the adults: Stacey will not let him in and will call 999; Saturday "
              "contact stops straight away; the SW will hold a strategy discussion the same working day."),
        ("p", "If Lee cannot supervise on a Saturday, contact does not happen that week and the SW will arrange "
              "supervised time at Bramble Lane Family Centre within 7 days. If Julie cannot collect the "
              "children, Stacey collects them herself and misses her group that day; Craig never collects the "
              "children."),
        ("p", "If Craig has not finished Next Steps or is still drinking every day by RCPC 2, or if he moves back "
              "home before the risk assessment has been agreed, the team manager will request a legal planning "
              "meeting within 5 working days."),
        ("h1", "7. Core group and review"),
        ("p", "Core group every 4 weeks: 12/08/2025, 09/09/2025 and 07/10/2025, at Yelvingmoor Family Hub. "
              "Review child protection conference (RCPC 2): 14/10/2025 at 10am, Yelvingmoor Civic Centre, "
              "Room 3."),
    ],
    "findings": [
        F("F002", "Craig will be sober and will have finished the Next Steps programme."),
        F("T002", "Alcohol key work with Craig, following the drinking plan agreed"),
        F("M002", "Alcohol key work with Craig, following the drinking plan agreed"),
        F("T001", "Take Ellie-Rose to all her speech and language therapy appointments"),
        F("M001", "any change in Tyler's behaviour or anything he says about"),
        F("W002", "the children are never left alone with Craig, including at"),
        F("T002", "Direct work with Tyler about what he saw at home"),
        F("M001", "Updated risk assessment on whether Craig can move back home"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Core group meeting record with a running action log: Ref | Raised |
#    Action | Owner | Due | Done when... | Status at CG3 (docx, landscape).
#    Premature baby at home, mother on methadone, family planning a move.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b90_yoxcombe_core_group_record_action_log_status_kane.docx",
    "doc_title": "Core Group Meeting Record - Ruby Kane - CG3",
    "split": "heldout",
    "template": "core-group-record-docx-landscape-kv-attendance-babys-week-agency-update-paragraphs-scaling-then-running-action-log-ref-raised-action-owner-due-done-when-status-at-cg-closed-row-kept-then-contingency-unchanged-next-meetings",
    "description": (
        "Third core group record for an 11-week-old born at 33 weeks, now at home (mother on a methadone "
        "script, father uses cocaine at weekends; the family hope to move to another authority). A running "
        "action log with a 'Done when...' column and a status column. The lockbox row has no owner, the "
        "clinic row has a status but no due date, the father's group is 'TBC' with 'Jordan will go' as its "
        "only measure, the parenting course waits for the other authority to pick it up ('TBC - after "
        "transfer'), 'All agencies' own one row, the SW's visits are 'As required', the bottle-making row "
        "is 'Reviewed at core group'. No outcome for Ruby is stated, the contingency is further concerns "
        "then discuss, and there is no legal step."
    ),
    "actions": 11,
    "landscape": True,
    "blocks": [
        ("title", "Core Group Meeting Record"),
        ("p", "Yoxcombe Council – Children and Young People's Service – Safeguarding and Assessment Team 2"),
        ("kv", [
            ("Child", "Ruby Kane, DOB 12/05/2025 (11 weeks; born at 33+2 weeks at Yoxcombe General Hospital, "
                      "home from the neonatal unit since 17/06/2025)"),
            ("Parents", "Chantelle Kane (24) and Jordan Bell (27), 6 Sorrel Walk, Yoxcombe YX2 5DH"),
            ("Meeting", "Core group 3, 29/07/2025, 10:00, Yoxcombe Family Hub, meeting room B"),
            ("Initial conference", "24/06/2025 (category: neglect)"),
            ("Chair", "Kasia Nowak, social worker"),
            ("Present", "Chantelle Kane (CK); Jordan Bell (JB); Kasia Nowak, SW (KN); Gemma Royle, health "
                        "visitor (GR); Paul Ashby, recovery worker, Yoxcombe Drug and Alcohol Service, YDAS "
                        "(PA); Dr Farah Qureshi, GP, Brookfield Surgery, by phone (FQ)"),
            ("Apologies", "Yoxcombe Police Safeguarding Unit (written update sent)"),
        ]),
        ("h1", "1. Ruby's week"),
        ("p", "GR saw Ruby at home on 22/07/2025 and KN visited unannounced on 25/07/2025. Both times Ruby was "
              "clean and dressed and lying in her Moses basket in the living room. She takes 90 ml of formula "
              "every three hours and feeds well. She watches Chantelle's face closely and goes quiet when "
              "Chantelle talks to her. At KN's visit at 11am Jordan was asleep on the sofa and Chantelle said "
              "Ruby had been in the same nappy since the night feed. Ruby weighed 2.9 kg on 22/07/2025."),
        ("h1", "2. Updates from each agency"),
        ("p", "YDAS (PA): Chantelle collects her methadone (45 ml) from Sorrel Pharmacy every day and has "
              "missed no doses this month. Her urine screens on 08/07/2025 and 22/07/2025 showed nothing but "
              "methadone. Jordan has not yet been to the weekend-use group."),
        ("p", "Health visiting (GR): feeds are made up correctly by Chantelle. On 22/07/2025 GR saw Jordan "
              "make a bottle with water straight from the tap. Safe sleep advice given again."),
        ("p", "GP (FQ): Ruby's 8-week check and first immunisations are booked. Chantelle's script is "
              "unchanged."),
        ("p", "Police (written update): no call-outs to 6 Sorrel Walk since the last core group."),
        ("p", "Housing: Chantelle and Jordan have been offered a two-bedroom flat in Tarnbridge, near Jordan's "
              "mother, and hope to move in September. KN explained that the plan carries on here until "
              "Tarnbridge City Council holds a transfer-in conference."),
        ("h1", "3. Scaling"),
        ("p", "0 means very worried about Ruby and 10 means no worries at all. CK 8, JB 8, GR 5, PA 6, KN 4. "
              "KN's score is low because of Jordan's weekend drug use and because the lockbox is still not "
              "fitted."),
        ("h1", "4. Action log"),
        ("p", "Actions stay on the log until they are done; closed actions come off at the next meeting. "
              "CG1 = 04/07/2025, CG2 = 15/07/2025, CG3 = today."),
        ("table", {
            "header": ["Ref", "Raised", "Action", "Owner", "Due", "Done when…", "Status at CG3"],
            "widths": [1.5, 1.8, 6.5, 3.6, 2.8, 5.5, 4.0],
            "rows": [
                ["CG1/01", "04/07",
                 "Weigh Ruby at home and plot her weight on the preterm centile chart in her red book",
                 "Gemma Royle, HV", "Weekly",
                 "Ruby's weight stays on or above the 9th centile",
                 "Open – 2.9 kg on 22/07, on the 9th centile"],
                ["CG1/02", "04/07",
                 "Send Chantelle's urine screen results and methadone pick-up record to the SW",
                 "Paul Ashby, YDAS", "Before each core group",
                 "Results and pharmacy record on Ruby's file before the meeting",
                 "Open – received for CG3"],
                ["CG1/03", "04/07",
                 "Lockbox for the methadone to be fitted in the kitchen and checked at every home visit",
                 "", "By 15/07/2025",
                 "Lockbox seen locked, with the key on Chantelle's keyring",
                 "Open – not fitted yet"],
                ["CG1/04", "04/07",
                 "Take Ruby to her neonatal follow-up clinic and eye screening appointments",
                 "Chantelle Kane", "",
                 "Clinic letters copied to the HV",
                 "Open – eye screening attended 22/07"],
                ["CG1/05", "04/07",
                 "Fit a smoke alarm on the landing",
                 "Yoxcombe Fire and Rescue (Home Safety)", "By 18/07/2025",
                 "Alarm fitted and tested",
                 "Closed – fitted and tested 16/07"],
                ["CG2/01", "15/07",
                 "Go to the YDAS weekend-use group about his cocaine use",
                 "Jordan Bell", "TBC",
                 "Jordan will go",
                 "Open – not started"],
                ["CG2/02", "15/07",
                 "Baby Steps parenting course – Tarnbridge Family Hub to pick this up once the family move",
                 "Kasia Nowak, SW", "TBC – after transfer",
                 "Course certificate; HV sees the feeding and bedtime routine at home",
                 "Open – on hold"],
                ["CG2/03", "15/07",
                 "Ruby's 8-week check and first immunisations",
                 "Dr Farah Qureshi, GP, Brookfield Surgery", "12/08/2025",
                 "Check and immunisations recorded in the red book",
                 "Open – booked"],
                ["CG3/01", "29/07",
                 "Tell the SW the same day about any worry about Ruby's care",
                 "All agencies", "Same day",
                 "Worry logged on Ruby's case file with the time it was passed on",
                 "New"],
                ["CG3/02", "29/07",
                 "See Ruby at home and check where she sleeps and who is looking after her",
                 "Kasia Nowak, SW", "As required",
                 "Visit record notes Ruby's sleeping place and who was caring for her",
                 "New"],
                ["CG3/03", "29/07",
                 "Show Jordan again how to make up bottles with boiled water, and watch him do it",
                 "Gemma Royle, HV", "By next CG (19/08/2025)",
                 "Reviewed at core group",
                 "New"],
                ["CG3/04", "29/07",
                 "Write a supporting letter for the Tarnbridge housing application",
                 "Kasia Nowak, SW", "By 05/08/2025",
                 "Copy of the letter on file",
                 "New"],
            ],
        }),
        ("h1", "5. Contingency plan (from the ICPC, unchanged)"),
        ("p", "If there are further concerns about drug use in the home, the core group will meet to discuss "
              "them and consider next steps."),
        ("h1", "6. Next meetings"),
        ("p", "Core group every 3 weeks: next on 19/08/2025 at 10:00, Yoxcombe Family Hub, then 09/09/2025. "
              "Review child protection conference: 23/09/2025."),
        ("p", "KN will send this record and the updated log to everyone on the core group within 5 working "
              "days."),
    ],
    "findings": [
        F("W001", "Lockbox for the methadone to be fitted in the kitchen"),
        F("T001", "Take Ruby to her neonatal follow-up clinic and eye screening"),
        F("T002", "Go to the YDAS weekend-use group about his cocaine use"),
        F("M001", "Go to the YDAS weekend-use group about his cocaine use"),
        F("X001", "Tarnbridge Family Hub to pick this up once the family move"),
        F("T002", "Tarnbridge Family Hub to pick this up once the family move"),
        F("W002", "Tell the SW the same day about any worry about Ruby's care"),
        F("T002", "See Ruby at home and check where she sleeps"),
        F("M002", "Show Jordan again how to make up bottles with boiled water"),
        F("O001"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. EXEMPLARY. ICPC plan for a premature baby still on the neonatal unit:
#    the actions sit in tables under headings that give the deadline or the
#    frequency for every row ("Within 5 working days of conference - by
#    24/07/2025", "Before Isla-Grace is discharged home"); the tables have no
#    When column (PDF with page header and footer).
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b90_yarnwick_icpc_neonatal_deadline_headings_sowerby.pdf",
    "doc_title": "Child Protection Plan - Isla-Grace Sowerby",
    "split": "heldout",
    "template": "icpc-baby-on-nnu-paged-kv-front-why-babys-day-outcomes-then-actions-in-what-who-what-well-see-tables-under-deadline-or-frequency-headings-no-when-column-contingency-meetings-parents-words",
    "description": (
        "Initial conference plan for a baby born at 30 weeks who is still on the neonatal unit (mother's "
        "history of severe depression, off her medication; father drinks heavily at weekends; two police "
        "call-outs). Each group of actions sits under a heading that gives its deadline or frequency "
        "(within 5 working days, every week until the review, before discharge, monthly from the second "
        "core group); the tables have only What / Who / What we'll see. Exemplary: every row has a named "
        "owner and an observable measure, the perinatal psychiatrist assesses capacity to change, the "
        "alcohol service and GP own actions, and the contingency has triggers, protection and a legal "
        "planning meeting."
    ),
    "actions": 11,
    "header": "Yarnwick City Council – Child Protection Plan – OFFICIAL-SENSITIVE",
    "footer": "Isla-Grace Sowerby – ICPC 17/07/2025 – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Initial child protection conference held on 17/07/2025 at Yarnwick Royal Infirmary, Education "
              "Centre, Room 2."),
        ("kv", [
            ("Baby", "Isla-Grace Sowerby, born 02/07/2025 at 30 weeks and 4 days"),
            ("Where she is now", "Neonatal unit, Yarnwick Royal Infirmary (special care nursery, cot 6)"),
            ("Legal status", "Not looked after. Megan and Ashley both have parental responsibility."),
            ("Mother", "Megan Sowerby (22)"),
            ("Father", "Ashley Tranter (25)"),
            ("Home address", "14 Ferris Street, Yarnwick YW5 2LP"),
            ("Category", "Neglect"),
            ("Chair", "Harriet Mbeki, child protection chair"),
            ("Social worker", "Kerry Mallon, Hospital and Under-1s Team"),
        ]),
        ("h1", "Why Isla-Grace needs a plan"),
        ("p", "Megan has a history of severe depression, with two admissions to the Beacon Unit in 2022. She "
              "stopped taking her sertraline when she found out she was pregnant and did not tell her midwife. "
              "Since the birth, nurses have found Megan tearful and withdrawn, and on two evenings she did not "
              "come in for the 9pm cares. Ashley drinks heavily at weekends. Police were called to 14 Ferris "
              "Street twice in May 2025 after arguments between Megan and Ashley, and on 12/07/2025 Ashley came "
              "onto the unit smelling of alcohol and was asked to leave."),
        ("h1", "What we see of Isla-Grace's day"),
        ("p", "Isla-Grace is in an open cot and is fed every 3 hours, partly by bottle and partly by tube. The "
              "nurses call her \"a sleepy, content baby\" who settles quickly skin-to-skin. When Megan does her "
              "cares she is gentle and talks to her, and Isla-Grace turns towards her voice. On 10 of her first "
              "15 days no parent visited, and only the nurses held her."),
        ("h1", "What needs to be different for Isla-Grace"),
        ("bullets", [
            "Isla-Grace is fed, kept warm and held by a parent who is sober and well enough to respond to her.",
            "Isla-Grace goes home only when her home is safe for a premature baby and her parents have shown "
            "on the unit that they can meet all her care needs.",
            "Isla-Grace grows well and gets to all her follow-up health appointments after discharge.",
            "Isla-Grace does not live with arguments or violence between her parents.",
        ]),
        ("h1", "The plan"),
        ("p", "Actions are grouped by when they have to be done. The date, event or frequency in each heading "
              "is the timescale for every action beneath it."),
        ("h2", "Within 5 working days of conference – by 24/07/2025"),
        ("table", {
            "header": ["What will happen", "Who", "What we'll see"],
            "widths": [7.5, 4.0, 5.5],
            "rows": [
                ["Referral to the Yarnwick Perinatal Mental Health Team, asking for an assessment of Megan's "
                 "mental health and how it affects her care of Isla-Grace",
                 "Dr Ruth Amadi, GP, Castlegate Surgery",
                 "Referral acceptance letter copied to the SW"],
                ["Written visiting agreement with the neonatal unit: who may visit and hold Isla-Grace, and "
                 "what staff do if a parent comes in under the influence",
                 "Kerry Mallon, SW, with Sister Jo Pike, NNU ward manager",
                 "Signed agreement filed in the NNU notes and on Isla-Grace's file"],
                ["Referral of Ashley to the Yarnwick Alcohol and Recovery Service (YARS), made with him at "
                 "the SW's office",
                 "Ashley Tranter, with Kerry Mallon, SW",
                 "YARS confirms Ashley's first appointment date to the SW"],
            ],
        }),
        ("h2", "Every week until the review conference on 16/10/2025"),
        ("table", {
            "header": ["What will happen", "Who", "What we'll see"],
            "widths": [7.5, 4.0, 5.5],
            "rows": [
                ["Visit Isla-Grace (on the unit, then at home) and record how she responds to each parent",
                 "Kerry Mallon, SW",
                 "Visit records show Isla-Grace seen each week and how she settles with Megan and with Ashley"],
                ["Weigh Isla-Grace and plot her weight on the preterm growth chart",
                 "NNU nursing staff until discharge, then Amy Booth, HV",
                 "Weight stays on or above the 9th centile; chart copied to the core group"],
                ["Key work with Ashley on his drinking, with a breath test at each session",
                 "Sean Kitto, recovery worker, YARS",
                 "Attendance and breath test readings sent to the SW before each core group"],
            ],
        }),
        ("h2", "Before Isla-Grace is discharged home"),
        ("table", {
            "header": ["What will happen", "Who", "What we'll see"],
            "widths": [7.5, 4.0, 5.5],
            "rows": [
                ["Megan and Ashley to room in on the unit for at least two nights and give all feeds and cares",
                 "Megan Sowerby and Ashley Tranter; NNU nurses keep the record",
                 "Rooming-in record shows every feed and care given safely, and no sign of alcohol"],
                ["Home visit to check the cot, sterilising equipment, heating and smoke alarms at 14 Ferris "
                 "Street",
                 "Amy Booth, HV",
                 "HV's home-readiness checklist completed with every item met"],
                ["Discharge planning meeting with both parents, the NNU, HV, GP and SW",
                 "Sister Jo Pike, NNU ward manager",
                 "Written discharge plan shared with the core group"],
            ],
        }),
        ("h2", "Monthly, starting at the core group on 28/08/2025"),
        ("table", {
            "header": ["What will happen", "Who", "What we'll see"],
            "widths": [7.5, 4.0, 5.5],
            "rows": [
                ["Assess Megan's mental health, her capacity to change and the likely timescale, and how her "
                 "health affects her care of Isla-Grace",
                 "Dr Helen Varga, consultant perinatal psychiatrist",
                 "Written report to each core group"],
                ["Check for and share any police call-outs to 14 Ferris Street",
                 "DC Mark Hollis, Yarnwick Police Safeguarding Hub",
                 "Call-out summary sent to the SW before each core group"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Megan or Ashley comes onto the unit under the influence of alcohol or drugs, or is aggressive to "
              "staff, the nurse in charge will ask them to leave and phone the SW (or the Emergency Duty Team out "
              "of hours) straight away, and the SW will hold a strategy discussion the same day."),
        ("p", "If the perinatal team says Megan is too unwell to care for Isla-Grace, or the parents have not "
              "roomed in safely by the time Isla-Grace is medically fit, she will not go home: the team manager "
              "will request a legal planning meeting within 2 working days and a foster placement will be found "
              "for her discharge."),
        ("p", "If the police are called to 14 Ferris Street for an argument or violence at any point during the "
              "plan, the SW will see Isla-Grace the same day and the team manager will request a legal planning "
              "meeting."),
        ("h1", "Meetings"),
        ("p", "Core group: first meeting 31/07/2025 on the unit, then every 4 weeks (28/08/2025 and 25/09/2025). "
              "Review child protection conference: 16/10/2025."),
        ("h1", "What Megan and Ashley said"),
        ("p", "Megan: \"I want to do this right for her. I didn't know how bad I'd got.\" Ashley agreed to the "
              "alcohol referral but said he did not think his drinking was a problem."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Looked-after 2-year-old on a children's ward: Task | Person | Deadline |
#    Proof, with abbreviated deadlines (2/52, D/C, w/c) explained in a key
#    (PDF with page header and footer).
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b90_yewstoke_lac_ward_stay_proof_column_brannigan.pdf",
    "doc_title": "Child Protection Plan - Leo Brannigan - core group revision",
    "split": "heldout",
    "template": "cp-plan-looked-after-toddler-on-ward-paged-kv-front-why-in-hospital-leo-on-the-ward-outcomes-then-abbreviation-key-task-person-deadline-proof-table-contingency-meetings",
    "description": (
        "Core group revision of the plan for a 2-year-old accommodated under section 20 who is now on a "
        "children's ward (chest infection, faltering growth; mother uses heroin on top of her methadone). "
        "Abbreviated deadlines ('By D/C', 'Within 2/52', 'w/c') are real; the SW visits 'As required', the "
        "foster carers 'As often as they can' (so no visit is set at a stated frequency), the mother's "
        "contact has a 'Contact supervisor TBC' and is 'To be agreed with the ward', her substance row is "
        "'Ongoing' / 'Engagement' and owned only by her (no adult service owns an action), the health "
        "visitor row has an empty Proof cell and the food chart row has no owner."
    ),
    "actions": 9,
    "header": "Yewstoke Borough Council – Children's Services",
    "footer": "OFFICIAL-SENSITIVE – Leo Brannigan – page {PAGE} of {NUMPAGES}",
    "blocks": [
        ("title", "Child Protection Plan – Core Group Revision"),
        ("p", "Revised at the core group on 30/07/2025 because Leo is in hospital."),
        ("kv", [
            ("Child", "Leo Brannigan, DOB 19/06/2023 (2 years)"),
            ("Legal status", "Looked after, accommodated under section 20 of the Children Act 1989 since "
                             "14/05/2025"),
            ("Placement", "Mr and Mrs Colley, Yewstoke in-house foster carers"),
            ("Now", "Kingfisher Ward, Yewstoke Children's Hospital, admitted 24/07/2025"),
            ("Mother", "Shannon Brannigan (27)"),
            ("Category", "Neglect"),
            ("Social worker", "Hannah Ruddock (IRO: Martin Sheridan)"),
        ]),
        ("h1", "Why Leo is in hospital"),
        ("p", "Leo was admitted on 24/07/2025 with a chest infection. His weight has dropped from the 25th "
              "centile in March to below the 2nd, and the ward is investigating faltering growth. He is "
              "expected to stay for two to three weeks. Shannon uses heroin and is prescribed methadone by the "
              "Yewstoke Substance Misuse Service; she told the core group she has used on top of her script "
              "\"a couple of times\" since Leo came into care."),
        ("h1", "Leo on the ward"),
        ("p", "The nurses say Leo is quiet and watchful. He eats best when Mrs Colley feeds him and cries for "
              "her when she leaves. He holds his blue rabbit all the time and says \"Nanny\" (his name for Mrs "
              "Colley) and \"home\". When Shannon came on 26/07/2025 he went straight to her and sat on her "
              "knee for a story."),
        ("h1", "Outcomes for Leo"),
        ("bullets", [
            "Leo gets over his chest infection and goes home to Mr and Mrs Colley.",
            "Leo eats well and his weight climbs back towards the 25th centile.",
            "Leo keeps a safe, warm relationship with his mum through planned contact.",
        ]),
        ("h1", "Plan while Leo is in hospital"),
        ("p", "Key to deadlines: 2/52 = within two weeks; D/C = Leo's discharge from hospital; w/c = week "
              "commencing."),
        ("table", {
            "header": ["Task", "Person", "Deadline", "Proof"],
            "widths": [6.5, 3.8, 2.7, 4.0],
            "rows": [
                ["Visit Leo on Kingfisher Ward and talk to the nurses about his care",
                 "Hannah Ruddock, SW", "As required",
                 "Visit note on the case record for each visit"],
                ["Visit Leo on the ward and stay for his tea and bedtime routine",
                 "Mr and Mrs Colley, foster carers", "As often as they can",
                 "Ward visitors' book"],
                ["Supervised contact for Shannon with Leo on the ward",
                 "Contact supervisor TBC", "To be agreed with the ward",
                 "Contact record sent to the SW after each session"],
                ["Complete the tests for faltering growth and share the findings",
                 "Dr Imran Saleh, consultant paediatrician", "By D/C",
                 "Discharge summary with the findings sent to the SW and the GP"],
                ["Dietitian to write a feeding plan that goes home with Leo to the foster carers",
                 "Yewstoke Children's Hospital dietetics team", "Within 2/52",
                 "Written feeding plan given to Mrs Colley and copied to the HV"],
                ["Shannon to engage with the substance misuse service",
                 "Shannon Brannigan", "Ongoing",
                 "Engagement"],
                ["Arrange Leo's 2-year developmental review after he leaves hospital",
                 "Zoe Kerr, HV", "Within 4 weeks of D/C",
                 ""],
                ["Leo's food and fluid intake to be charted at every meal",
                 "-", "Every meal",
                 "Food and fluid chart"],
                ["Tell the IRO about the admission and the expected discharge date",
                 "Hannah Ruddock, SW", "w/c 04/08/2025",
                 "Email to the IRO saved on the case record"],
            ],
        }),
        ("h1", "If things change"),
        ("p", "If Shannon comes onto the ward under the influence, contact will end, ward staff will call "
              "hospital security and the SW will be told the same day. If Shannon tries to take Leo off the "
              "ward, staff will call the police on 999."),
        ("p", "If Shannon withdraws her consent to Leo being accommodated, the SW will get legal advice the same "
              "day and the team manager will request a legal planning meeting. If the tests show that Leo was "
              "not fed enough at home, a legal planning meeting will be requested within 5 working days."),
        ("h1", "Meetings"),
        ("p", "Core group every 3 weeks, in hospital or after discharge: 20/08/2025 and 10/09/2025. Review child "
              "protection conference: 09/10/2025. Leo's first looked after review: 12/08/2025."),
    ],
    "findings": [
        F("T002", "Visit Leo on Kingfisher Ward and talk to the nurses"),
        F("T002", "Visit Leo on the ward and stay for his tea"),
        F("W002", "Supervised contact for Shannon with Leo on the ward"),
        F("T002", "Supervised contact for Shannon with Leo on the ward"),
        F("T002", "Shannon to engage with the substance misuse service"),
        F("M002", "Shannon to engage with the substance misuse service"),
        F("M001", "Arrange Leo's 2-year developmental review after he leaves hospital"),
        F("W001", "Leo's food and fluid intake to be charted at every meal"),
        F("L001"),
        F("F004"),
    ],
})


# ---------------------------------------------------------------------------
# 5. ICPC plan written with the family: a markdown table whose "How we'll
#    know" column is in the words of whoever said it (md). Neglect, mother's
#    depression, nan and uncle helping.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b90_yaxwell_family_plan_how_well_know_our_words_rourke.md",
    "split": "heldout",
    "template": "icpc-plan-md-written-with-family-kv-table-worries-going-well-childrens-words-outcomes-then-numbered-table-what-well-do-who-when-how-well-know-in-our-own-words-quotes-if-things-go-wrong-bullets-meetings",
    "description": (
        "Initial conference plan for a 12-year-old and a 7-year-old (neglect; mother's long-standing "
        "depression and anxiety; the 12-year-old caring at home). The 'How we'll know' column is quotes "
        "from the person who said it: most are observable (registers, the kit on the line, the GP's "
        "letter), but the counselling row is support only and measured by 'I'll feel more on top of "
        "things', the kitchen row's only measure is a promise, the young carers assessment is 'ASAP' with "
        "'Assessment done', school will 'keep an eye on him', the uncle helps 'When he can', and one outcome "
        "is the mother's. Nan and the uncle carry part of the plan, but the contingency sends the children "
        "to Nan and never says what happens if she cannot help."
    ),
    "actions": 10,
    "text": """# Yaxwell Council – Children's Services

## Child Protection Plan: Amber and Riley Rourke

**Written with the family at the initial child protection conference on 29/07/2025**

| | |
|---|---|
| Children | Amber Rourke (12), Riley Rourke (7) |
| Mum | Danielle Rourke (34) |
| Family helping | Pat Rourke (Nan, Danielle's mum) and Gary Rourke (uncle, Danielle's brother) |
| Address | 3 Coldharbour Row, Yaxwell YA7 1EE |
| Category | Neglect |
| Social worker | Liam Royce (team manager Bernadette Kaye) |
| Conference chair | Gwen Atherley |

### What we are worried about

Danielle has had depression and anxiety for many years. Since the spring she has spent most days in bed. Riley has been late to school 31 times this year and often arrives without breakfast or his PE kit. Amber has been cooking, washing and getting Riley up, and has missed 14 days of school. When Liam visited on 11/07/2025 there was only bread in the house and the gas meter had run out.

### What is going well

Danielle loves the children and asked for help herself. Nan lives five minutes away and already does the school run some days. Gary takes Riley to football on Sundays.

### What Amber and Riley say

Amber: "I don't mind helping Mum but I'm tired all the time. I want to go back to drama on Saturdays. Sometimes I'm scared to leave Mum on her own."

Riley: "Nan's house is the best because there's always cereal." He put home at 5 out of 10 and said it would be 10 "if Mum got up in the morning".

### What we want for Amber and Riley

- Riley and Amber get to school on time every day, fed, clean and with the right kit.
- Amber can be 12: she goes to school and to drama, and she does not have to look after Riley or her mum.
- There is always food in the house, and the gas and electricity stay on.
- Danielle's depression will be better managed.

### Our plan

The "How we'll know" column is in the words of the person who said it at the conference.

| # | What we'll do | Who | When | How we'll know – in our own words |
|---|---|---|---|---|
| 1 | Get Riley up, washed, fed and to school by 8:50am | Danielle; Nan on Mondays and Fridays | Every school day | Mrs Patel, attendance officer: "Riley's register will show him in on time, and I'll send Liam the figures every half-term." |
| 2 | Wash the PE kits and make packed lunches for the next two days | Nan (Pat Rourke) | Sunday and Wednesday evenings | Nan: "You'll see the kit clean on the line and the lunches in the fridge when you come round." |
| 3 | Take Amber to her Saturday drama club so she gets time for herself | Gary Rourke (uncle) | When he can | Amber: "I'll get to go, and the teacher ticks me off in the register." |
| 4 | Counselling sessions to support Danielle with her anxiety and low mood | Rhiannon Doyle, counsellor, Yaxwell Talking Therapies | Weekly, 8 sessions from 04/08/2025 | Danielle: "I'll feel more on top of things." |
| 5 | Review Danielle's antidepressants and write to the SW with any changes and how she is taking them | Dr Colm Byrne, GP, Yaxwell Health Centre | By 15/08/2025 | Liam: "The GP's letter will be on the children's file." |
| 6 | Keep the kitchen clean and make sure there is food in for the children | Danielle | Every day | Danielle: "I promise I'll try harder." |
| 7 | See Riley and Amber at home and at school, and talk to Amber on her own about how things are | Liam Royce, SW | Every 2 weeks | Liam: "My visit notes will say what each of them told me, with Amber's score out of 10 each time." |
| 8 | Young carers assessment for Amber | Yaxwell Young Carers Project | ASAP | Assessment done |
| 9 | Check Riley each morning for breakfast, clean clothes and his kit | Mr Obi, DSL, Coldharbour Primary | Every school day | Mr Obi: "We'll keep an eye on him and let Liam know." |
| 10 | Help Danielle sort out her benefits, gas debt and council tax arrears | Tom Ashdown, Citizens Advice Yaxwell | By 31/08/2025 | Tom: "There'll be a repayment plan agreed, and I'll send Liam a copy." |

### If things go wrong

- If Danielle cannot get up to take Riley to school, she will ring Nan by 7:45am and Nan will come round and take him.
- If the children are found at home without food or gas, or Amber stays off school to look after Riley or Mum, Liam will visit the same day and the children will stay at Nan's until things are back on track.
- If Riley's attendance is still under 90%, or Danielle has not started counselling, by the review conference, Liam's manager will ask for a legal planning meeting.

### Meetings

- Core group: every 4 weeks, first on 12/08/2025 at Coldharbour Primary.
- Review child protection conference: 21/10/2025.
""",
    "findings": [
        F("T002", "Take Amber to her Saturday drama club so she gets"),
        F("H001", "Counselling sessions to support Danielle with her anxiety and low mood"),
        F("M002", "Counselling sessions to support Danielle with her anxiety and low mood"),
        F("M001", "Keep the kitchen clean and make sure there is food"),
        F("T002", "Young carers assessment for Amber"),
        F("M001", "Young carers assessment for Amber"),
        F("M002", "Check Riley each morning for breakfast, clean clothes and his kit"),
        F("F002", "Danielle's depression will be better managed."),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Case-system print of a plan at a core group while the family prepare to
#    move to another authority: ACTION n blocks with dot-leader Task / Lead /
#    By / Evidence lines and a dated "Update" line under each (txt).
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b90_yeldersham_transfer_out_update_lines_farrelly.txt",
    "split": "heldout",
    "template": "cp-plan-core-group-update-case-print-txt-transfer-out-pending-dot-leader-header-then-numbered-summary-outcomes-then-action-n-blocks-task-lead-by-evidence-dated-update-line-contingency-meetings",
    "description": (
        "Core group update of the plan for a 14-year-old and a 6-year-old (mother's alcohol dependence, "
        "father breaching a non-molestation order, the 14-year-old self-harming) as the family prepare to "
        "move to another authority. Each action block has Task / Lead / By / Evidence lines and a dated "
        "update that is neither a timescale nor a measure. The CAMHS referral is on hold until the move "
        "('TBC - after transfer'), the parenting assessment is left to the receiving authority, the IDVA "
        "work is 'Paused pending transfer', the school place has no lead, the safety plan row is 'As and "
        "when' and 'Monitored by SW', the attendance row is measured by 'Improvement in attendance', the "
        "review conference is left to the receiving authority, and nothing records what either child says "
        "or feels."
    ),
    "actions": 9,
    "text": """YELDERSHAM METROPOLITAN BOROUGH COUNCIL
Children's Social Care - case record print
==========================================================================
CHILD PROTECTION PLAN - CORE GROUP UPDATE (TRANSFER OUT PENDING)
Printed 06/08/2025 09:14 by B.ACHEBE
--------------------------------------------------------------------------
Children ......... Jayden Farrelly (14), DOB 22/01/2011
                   Mia Farrelly (6), DOB 15/03/2019
Mother ........... Nicola Farrelly (39)
Mia's father ..... Ryan Doyle (no contact - non-molestation order)
Category ......... Neglect
Plan start ....... ICPC 13/05/2025
This update ...... Core group 3, 05/08/2025
Social worker .... Ben Achebe, Safeguarding Team East
Receiving LA ..... Corringford City Council (family moving to 22 Wensley
                   Court, Corringford; move expected 01/09/2025)
--------------------------------------------------------------------------

1. SUMMARY
Nicola is alcohol dependent. She has cut down since the ICPC, but on
19/06/2025 police found her drunk while she was the only adult caring for
Mia. Ryan Doyle came to the house twice in June in breach of the
non-molestation order. Nicola has accepted a housing association flat in
Corringford, near her sister. The school nurse saw cuts on Jayden's arms
on 02/07/2025 and Jayden's GP agrees he needs a CAMHS referral.

2. OUTCOMES
 a) Mia and Jayden are cared for by a sober parent every day.
 b) Mia and Jayden are safe from Ryan, and from arguments and violence
    at home.
 c) Jayden gets help with his self-harm and goes to school every day.

3. ACTIONS (status as at core group 3)

ACTION 1
  Task ........ SW to visit Mia and Jayden at home and see each child on
                their own
  Lead ........ Ben Achebe, SW
  By .......... Every 10 working days until the Corringford transfer-in
                conference
  Evidence .... Visit records show each child seen alone
  Update 05/08  4 visits since CG2; both children seen alone each time.

ACTION 2
  Task ........ Detox preparation group and breath tests for Nicola
  Lead ........ Marie Lund, recovery worker, Yeldersham Alcohol Service
  By .......... Weekly (Tuesdays)
  Evidence .... Attendance and breath test readings sent to the SW every
                fortnight
  Update 05/08  Attended 5 of 6 sessions; every reading 0.00.

ACTION 3
  Task ........ CAMHS referral for Jayden - on hold until the family are
                settled in Corringford
  Lead ........ Ben Achebe, SW
  By .......... TBC - after transfer
  Evidence .... Referral accepted by Corringford CAMHS
  Update 05/08  SW holding the referral so that Jayden is not put on two
                waiting lists.

ACTION 4
  Task ........ Parenting assessment of Nicola, to be done by Corringford
                once the case has transferred
  Lead ........ Corringford Children's Services
  By .......... Within 20 working days of transfer
  Evidence .... Written assessment report to the Corringford core group
  Update 05/08  Not started. Corringford told by phone.

ACTION 5
  Task ........ New school place for Mia in Corringford to be arranged
  Lead ........ -
  By .......... Before the move (expected 01/09/2025)
  Evidence .... Mia on roll and attending at her new school
  Update 05/08  Application form not sent yet.

ACTION 6
  Task ........ Nicola to keep to the written safety plan about Ryan and
                the non-molestation order
  Lead ........ Nicola Farrelly
  By .......... As and when
  Evidence .... Monitored by SW
  Update 05/08  Ryan has not been to the house since 28/06.

ACTION 7
  Task ........ Daily attendance check for Jayden and a call home by 10am
                if he is not in
  Lead ........ Ms Bhatt, attendance officer, Yeldersham Academy
  By .......... Every school day
  Evidence .... Improvement in attendance
  Update 05/08  88% last half-term. School now closed for the summer.

ACTION 8
  Task ........ Send the transfer-in request and the full case file to
                Corringford
  Lead ........ Ben Achebe, SW
  By .......... Within 5 working days of the move
  Evidence .... Corringford confirm receipt and give a date for the
                transfer-in conference
  Update 05/08  Corringford told of the move by phone on 31/07.

ACTION 9
  Task ........ IDVA safety work with Nicola - paused until the
                Corringford IDVA service can pick it up
  Lead ........ Jo Mackie, IDVA, Yeldersham Domestic Abuse Service
  By .......... Paused pending transfer
  Evidence .... Copy of the updated safety plan on file
  Update 05/08  Last session 22/07.

4. CONTINGENCY
If Nicola is found drunk while caring for Mia or Jayden, or Ryan comes
to the house, the SW (or the Emergency Duty Team out of hours) will
arrange for the children to stay with foster carers that night and a
strategy discussion will be held the next working day. If Nicola drinks
again after the detox group, or the family move before a transfer-in
conference is booked, the team manager will request a legal planning
meeting within 5 working days.

5. MEETINGS
Core group ....... Every 4 weeks; next 02/09/2025 at Yeldersham
                   (Corringford invited)
Review conference  To be set by Corringford after the transfer-in
                   conference
==========================================================================
""",
    "findings": [
        F("X001", "on hold until the family are settled in Corringford"),
        F("T002", "on hold until the family are settled in Corringford"),
        F("X001", "Parenting assessment of Nicola, to be done by Corringford"),
        F("W001", "New school place for Mia in Corringford to be arranged"),
        F("T002", "Nicola to keep to the written safety plan about Ryan"),
        F("M002", "Nicola to keep to the written safety plan about Ryan"),
        F("M002", "Daily attendance check for Jayden and a call home"),
        F("X001", "paused until the Corringford IDVA service can pick it up"),
        F("T002", "paused until the Corringford IDVA service can pick it up"),
        F("R001"),
        F("F003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. EXEMPLARY. Plan revised at core group 2, actions listed under each
#    person's name (the heading is the owner), each line giving its own when
#    in short forms ("weekly, ongoing until the RCPC", "2x weekly (Mon &
#    Wed) from 11/08/25", "w/c 18/08/25", "by CG3 (09/09/25)", "within 24
#    hrs") and a "We'll know:" clause (txt).
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b90_yorkenby_core_group_plan_by_person_short_dates_ashworth.txt",
    "split": "heldout",
    "template": "cp-plan-revised-at-core-group-txt-caps-headings-childrens-words-outcomes-then-actions-numbered-under-each-owners-name-heading-short-date-forms-and-well-know-clause-if-things-go-wrong-bullets-meetings",
    "description": (
        "Plan revised at the second core group for an 11-year-old young carer and a 3-year-old (neglect; "
        "the single father has relapsing-remitting multiple sclerosis and depression). Actions are "
        "numbered under each owner's name, each with its own short-form timescale ('weekly, ongoing until "
        "the RCPC', '2x weekly (Mon & Wed) from 11/08/25', 'w/c 18/08/25', 'by CG3 (09/09/25)') and a "
        "'We'll know:' clause. Exemplary: the CMHT care coordinator reports on capacity to change, the MS "
        "nurse and adult social care own actions, the aunt's help has a fallback, and the contingency has "
        "triggers, protection and a legal planning meeting."
    ),
    "actions": 12,
    "text": """YORKENBY COUNCIL
Children and Families - Locality Team South

CHILD PROTECTION PLAN (revised at core group 2 on 12/08/25)

Children:        Ben Ashworth (11), Lily Ashworth (3)
Parent:          Gareth Ashworth (41), 8 Quarry Hill Terrace, Yorkenby YK4 9SW
Category:        Neglect
ICPC:            15/07/25 (chair: Sunita Varma)
Social worker:   Aisha Rahman (team manager: Joe Pirie)

Dates are dd/mm/yy. CG = core group. RCPC = review child protection conference.


WHY THERE IS A PLAN

Gareth has relapsing-remitting multiple sclerosis and has had depression
since his wife left in 2023. During a relapse in June he could not get out
of bed for nine days. Ben looked after Lily, missed eight days of school and
bought Lily's tea from the corner shop. Lily's nursery attendance fell to
40% and she has tooth decay. Gareth stopped taking his antidepressants in
May.


WHAT BEN AND LILY HAVE TOLD US, AND WHAT WE SEE

Ben (seen on his own at school, 05/08/25): "I don't mind helping Dad. I just
don't want to get in trouble for missing school. I want to go to Scouts camp
again." He worries that Lily will be taken away.

Lily talks at nursery about "my Ben" and runs to him at pick-up. On two
visits she was in the same clothes two days running and ate quickly,
asking for more.


WHAT WE WANT FOR BEN AND LILY

- Lily goes to nursery every session, clean, fed and with her teeth
  brushed, and gets her dental treatment.
- Ben goes to school every day and never has to care for Lily or his dad on
  his own.
- When Gareth's MS or his mood is bad, there is always a named adult who
  looks after Lily and Ben.


THE PLAN - WHO WILL DO WHAT

Each person's actions are listed under their name.

AISHA RAHMAN, SOCIAL WORKER
 1. See Ben alone at school and Lily at home, weekly, ongoing until the
    RCPC. We'll know: visit notes record what Ben says and what Lily eats
    and wears on the day.
 2. Ask Yorkenby Young Carers for a young carer's assessment for Ben by
    22/08/25. We'll know: the written assessment, with Ben's own views, is
    shared at CG3 (09/09/25).

FIONA KELL, CARE COORDINATOR, YORKENBY COMMUNITY MENTAL HEALTH TEAM
 3. See Gareth fortnightly from 18/08/25, restart his treatment plan with
    him, and assess whether he can make and keep the changes Ben and Lily
    need, and how long that will take. We'll know: a written report on his
    capacity to change to each CG, the first at CG3 (09/09/25).

NEIL OKAFOR, MS SPECIALIST NURSE, YORKENBY DISTRICT HOSPITAL
 4. Review Gareth's MS medication and relapse plan w/c 18/08/25, and tell
    the SW within 24 hrs of any new relapse. We'll know: the updated relapse
    plan is on the children's file and names the adult who steps in for
    Lily and Ben.

PRIYA LOWE, OCCUPATIONAL THERAPIST, YORKENBY ADULT SOCIAL CARE
 5. Assess Gareth for daily living support and equipment by CG3 (09/09/25).
    We'll know: his care and support plan is copied to the SW and shows who
    helps him on bad days.

CLAIRE ASHWORTH (GARETH'S SISTER)
 6. Take Lily to nursery 2x weekly (Mon & Wed) from 11/08/25. We'll know:
    the nursery register shows Lily in on those days.
 7. Have Ben to stay every other Saturday night so that he gets a break.
    We'll know: Claire texts the SW each time and Ben tells the SW where he
    spent his weekends.

GARETH ASHWORTH
 8. Take Lily to Hollins Lane Dental Practice for her fillings by 30/09/25.
    We'll know: a letter from the dentist saying the treatment is done.
 9. Brush Lily's teeth morning and night, every day. We'll know: the HV sees
    the brushing chart on the fridge filled in and Lily's teeth clean at
    each visit.

HOLLY FINCH, HEALTH VISITOR
10. Visit Lily at home every 4 weeks, and complete her 3-year development
    review by 29/08/25. We'll know: review scores and weight are recorded in
    her red book and sent to the SW.

LITTLE OAKS NURSERY (manager Dawn Pike)
11. Record Lily's attendance and how she arrives (clean, fed, dressed for
    the weather) every session, and phone the SW the same day if she is not
    in by 10am. We'll know: the attendance sheet is sent to the SW every
    Friday.

YORKENBY PARK ACADEMY (DSL Mr Tariq Shah)
12. Check Ben's attendance every school day and call the SW by 10am on any
    day he is absent. We'll know: his attendance stays at 95% or above
    (weekly printout to the SW).


IF THINGS GO WRONG

- If Gareth has a relapse, or his mood drops so that he cannot get up and
  care for Lily: Gareth (or Ben) rings Claire and the SW that morning;
  Claire takes Lily to nursery and Ben goes to school as normal.
- If Claire cannot help, Yorkenby Family Support Service sends a support
  worker to the house from 8am that day. If no safe adult is available, the
  SW (or the Emergency Duty Team out of hours) arranges for Ben and Lily to
  stay with approved foster carers that night.
- If Lily misses three nursery sessions in a fortnight, or Ben misses two
  days in a week, the SW visits the same day, and holds a strategy
  discussion the same day if the children are found without a safe adult.
- If Gareth has not restarted treatment by CG3 (09/09/25), or the children's
  attendance and care have not improved by the RCPC, the team manager will
  request a legal planning meeting within 5 working days.


MEETINGS

Core group: every 4 weeks - 09/09/25 (CG3) and 07/10/25 (CG4).
Review child protection conference: 21/10/25 at Yorkenby Civic Hall.
""",
    "findings": [],
})
