"""Batch 201, module d: seven fictional plans (held-out material), places beginning with "d".

Split: heldout (every plan). Batch 201, letter d.

Everything here is made up: young people, families, professionals, schools,
colleges, children's homes, police forces, youth justice services, clubs,
shops, hotels, courts and councils. Any resemblance to real people, places or
cases is a coincidence. The labels were written by hand from docs/rules.md and
the conventions (1 to 13) in sample_plans/README.md, without running planlint
or reading its code.

Focus: teenagers at risk outside the home, again, in other templates, with
other agencies and other voices: a police-led joint exploitation plan of
taskings, a school's safeguarding copy of the plan set out in the school
week, a safety plan written to the young person in the second person, a
repeat-missing strategy meeting's actions carried into a conference plan, a
plan for a girl in a children's home set out by the home's shifts, a sibling
group where only the eldest is at risk outside the home, and a youth justice
referral order contract joined to the child protection plan. Times are
events and rhythms of a teenager's life ("within 72 hours of every return",
"every college day by 10am", "every school day at 1.50pm", "every night
shift at 10pm", "by the 3-month panel review on 05/03/2026"); measures are
what someone will see, count or read (registers and first-day call logs,
CPOMS entries, RHI forms, served notices, intelligence references, patrol
logs, the home's shift log, the curfew sheet, the young person's own scores
to a named worker). In the four faulty plans most actions are sound and a
few hold realistic faults.

1. a joint child exploitation and child protection plan led by the police
   for a 16-year-old boy found in a flat used by a county line (Operation
   Seawall; NRM positive reasonable grounds; released under investigation),
   a THRIVE summary, then taskings under SAFEGUARD / DISRUPT / INVESTIGATE /
   ENGAGE band rows with "Ref / Tasking / Owner / Deadline or review point /
   Result required" columns, landscape, page header and footer (pdf):
   faults are a passive substance service referral with "-" for its owner,
   patrols "when resources allow", "All partners" passing on sightings, the
   phone download with "-" for its result, the mentoring measured by
   "Marcus's engagement with the sessions", and no legal planning anywhere
   (W001, T002, W002, M001, M002, R002);
2. the school's safeguarding copy of the whole plan for a 14-year-old girl
   at risk of sexual exploitation who leaves school after lunch and was
   found in a car with adult men: a pupil profile, an attendance and
   behaviour table, then Part A "What school will do" with "Staff lead /
   When in the school week / Recorded on CPOMS or SIMS as" columns and
   Part B for Ellie, her family and other services (docx, exemplary);
3. a safety plan written to a 15-year-old girl in the second person
   ("you" is Demi) after she was found drunk in a park at 2am and
   exploited at parties above a vape shop, set out situation by situation
   (your phone and your apps, getting about, Friday and Saturday nights,
   your body and your health, school, feeling OK, the places where you
   were hurt), each bullet with its owner,
   "When" and "We'll know"; her nan's two parts have a fallback (md,
   exemplary);
4. a plain-text record of the third repeat-missing strategy meeting for a
   13-year-old boy and the initial conference plan that carried its
   actions on: missing episodes log, decisions, views, then actions
   carried on from the strategy meeting (SM1, SM3, SM4, SM6 to SM8) and
   added at conference (CP1 to CP8), each with Owner / Deadline / Outcome
   needed lines, the closed strategy-meeting actions (SM2, SM5) listed
   apart and not counted (txt): faults are the educational psychology
   request with "-" for its deadline, school transport "ASAP", the youth
   club sessions measured by "Tyler's engagement", the "Professionals
   network" sharing what they hear, a contingency whose only response is to discuss and consider a
   further strategy meeting, and no legal planning (T001, T002, M002, W002,
   C002, R002);
5. a child protection plan for a 15-year-old girl accommodated in a
   children's home under section 20 and sexually exploited in the town
   centre, whose mother is dependent on alcohol: a missing log, then the
   home's part set out by the shift pattern ("Which shift / when",
   "Written in") and a part for other agencies, Chantelle and her mother
   (docx): faults are the key worker's relationships work "as and when
   Chantelle is willing", a taxi firms briefing with an empty lead cell, the
   night staff's checks with an empty "Written in" cell, the independent
   visitor's visits measured by "monitored by the home", an outcome about
   the mother only, and the mother's drinking recorded with no adult
   service owning any action (T002, W001, M001, M002, F002, F004);
6. a family child protection plan for three children where only the
   eldest, a 15-year-old boy drawn into serious youth violence, is at risk
   outside the home; his mother has depression under the community mental
   health team, which is asked to report on her capacity to change; Part 1
   is Daniel's, Part 2 his younger brother's and sister's, Part 3 his
   mother's, linked to the children; an aunt's two parts have a fallback;
   page header and footer (pdf, exemplary);
7. a youth justice referral order contract joined to the child protection
   plan for a 15-year-old boy exploited by an older group, whose father
   has depression: contract items C1 to C7 ("How the panel will know"),
   then plan items P1 to P9, timed by panel reviews and school weeks (md):
   faults are the CPN's support visits only treating the father, a
   reparation project item with "-" for when, the school's report card
   measured by "improvement in Kai's attitude", "Family" making sure Kai is
   in by his curfew, a boxing club place with "-" for how the panel will
   know, and the grandmother's Friday nights and Saturdays with nothing
   said if she cannot have him (H001, T001, M002, W002, M001, C003).

Three plans (2, 3 and 6) are exemplary: every action has a named owner
(the young person where the action is theirs; "you" in plan 3 is Demi), a
real timescale and something that can be seen, counted or read; every
outcome is about the young person or the children; each contingency has
specific triggers and concrete protective responses and, where a relative
helps, says what happens if that help fails; each records the young
person's voice (and in plan 6 the younger children's), core group dates
and a dated review conference, and legal planning after named triggers. In
plan 6 the community mental health team owns its actions and is asked for
its view of the mother's capacity to change and how long it is likely to
take; no parent in plans 2 and 3 has recorded ill health or substance use.

Counting convention used for "actions" (README convention 1): each row of
an action table (band rows excepted), each bullet of the safety plan's
situation parts, each numbered SM and CP item of the missing record and
each contract and plan item of the referral order plan counts once,
whatever number of sentences or lines it holds. Details and pupil profiles,
THRIVE and attendance tables, missing logs, strategy meeting decisions,
closed actions kept for the record, worries, what is going well, the young
people's and parents' words, outcomes, the contingency, and core group,
panel and review dates are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Police-led joint child exploitation and child protection plan: THRIVE
#    summary, then taskings under SAFEGUARD / DISRUPT / INVESTIGATE / ENGAGE
#    band rows. Landscape, page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b201_dockmouth_police_led_joint_exploitation_taskings_okonkwo.pdf",
    "doc_title": "Joint Child Exploitation and Child Protection Plan - Marcus Okonkwo (Op Seawall)",
    "split": "heldout",
    "actions": 16,
    "landscape": True,
    "min_pages": 3,
    "header": "OFFICIAL-SENSITIVE · Dockmouth Police and Dockmouth City Council · Joint Child Exploitation Plan",
    "footer": "Op Seawall · Marcus Okonkwo · Plan agreed at ICPC 08/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "police-led-joint-exploitation-and-cp-plan-paged-landscape-operation-name-details-grid-thrive-summary-table-marcus-words-graces-words-working-outcomes-then-taskings-table-ref-tasking-owner-deadline-or-review-point-result-required-under-safeguard-disrupt-investigate-engage-band-rows-then-if-then-who-contingency-table-meetings-with-mace",
    "description": (
        "Initial conference plan for a 16-year-old boy found in a flat used by a county line 40 miles from "
        "home, with a positive NRM reasonable grounds decision, released under investigation, and said to "
        "owe the line a debt. Led by the police Child Exploitation Hub with children's services and written "
        "in the police's words: an operation name, a THRIVE summary, then taskings under SAFEGUARD / "
        "DISRUPT / INVESTIGATE / ENGAGE band rows with 'Ref / Tasking / Owner / Deadline or review point / "
        "Result required' columns, an if / then / who contingency and a MACE panel beside the core group; "
        "landscape, with an OFFICIAL-SENSITIVE header and a page footer. Most taskings are sound (abduction "
        "warning notices, a licensing visit, an urgent-response marker, RHIs within 72 hours, a college "
        "first-day call). Faults: a passive referral to the substance service with '-' for its owner; "
        "patrols 'when resources allow'; 'All partners' passing on sightings; the phone download with '-' "
        "for its result; the mentoring measured only by 'Marcus's engagement with the sessions'; and "
        "nothing anywhere leads to legal planning."
    ),
    "blocks": [
        ("title", "Joint Child Exploitation and Child Protection Plan"),
        ("p", "Operation Seawall. Led by Dockmouth Police Child Exploitation Hub with Dockmouth City Council "
              "Children's Services. Agreed at the initial child protection conference on 08/01/2026: this is "
              "Marcus's child protection plan, and the police taskings in it are also held on the force "
              "tasking system under Op Seawall."),
        ("table", {
            "rows": [
                ["Young person", "Marcus Okonkwo, born 03/05/2009 (16). Year 12, Dockmouth College (BTEC Sport, "
                                 "level 2)"],
                ["Home", "14 Kestrel Walk, Dockmouth DK4 2RT, with his mum, Grace Okonkwo (44), and his sister "
                         "Adaeze (11, Harbour Primary School)"],
                ["Dad", "Emeka Okonkwo, lives in Cranmere; phones Marcus most weeks"],
                ["Category", "Physical abuse (child criminal exploitation)"],
                ["Police lead", "DS Hannah Pryor, Child Exploitation Hub (officer in charge, Op Seawall)"],
                ["Social worker", "Tom Bairstow, Adolescent Safeguarding Team (team manager: Ruth Ekwueme)"],
                ["Exploitation service", "Lighthouse Project: Jade Morris (youth worker), Kelly Amos (return "
                                         "home interviews)"],
                ["Youth justice", "Owen Maguire, prevention worker, Dockmouth Youth Justice Service. Marcus is "
                                  "released under investigation and has not been charged."],
                ["NRM", "Referred by Tom Bairstow on 01/12/2025; positive reasonable grounds decision "
                        "05/12/2025; conclusive grounds decision awaited"],
                ["Conference chair", "Deborah Lusk, independent reviewing officer"],
            ],
            "widths": [5.0, 20.7],
            "bold_first_col": True,
        }),
        ("h1", "1. Threat, harm and risk (police summary, 06/01/2026)"),
        ("p", "On 28/11/2025 Saltinghey officers found Marcus in a flat at 3 Marram Court, Saltinghey, 40 miles "
              "from home, used to deal heroin and crack cocaine on the 'Kenzo' line. He had 22 wraps and £340 in "
              "cash, and Grace had reported him missing three days before. Intelligence links the line to Reece "
              "Gallagher (24) and Dean Farrow (29), both of Dockmouth. Marcus was arrested and released under "
              "investigation, and Tom made the NRM referral the same week. Since September Marcus has been "
              "missing six times, for up to four days; twice he came home with injuries he would not explain. "
              "On 19/12/2025 a car drove slowly past the house three times and someone shouted that Marcus "
              "\"owes\". He smokes cannabis most days. His college attendance this term is 61%."),
        ("table", {
            "header": ["THRIVE", "Assessment at the MACE panel, 18/12/2025"],
            "widths": [5.0, 20.7],
            "rows": [
                ["Threat", "High. Marcus is said to owe the line about £1,200 for the drugs and cash seized on "
                           "28/11/2025."],
                ["Harm", "Serious harm is likely: violence to collect the debt. Injuries seen twice since "
                         "October."],
                ["Risk", "High."],
                ["Investigation", "Line holders identified. Phone download and cell site work outstanding."],
                ["Vulnerability", "His age, the debt, daily cannabis use, repeat missing episodes, and a "
                                  "friendship group already running for the line."],
                ["Engagement", "Marcus talks to Jade and to Tom. He does not want to give an account to "
                               "police at present."],
            ],
        }),
        ("h1", "2. What Marcus says"),
        ("p", "Marcus was seen on his own by Tom on 05/01/2026 and by Jade on 06/01/2026. He said: \"I'm not being "
              "funny, but you lot can't protect me. They know where my mum lives.\" \"I went because I wanted "
              "money for my sister's Christmas and for me. Nobody made me.\" \"If I talk to police I'm a snake, "
              "and then it's worse for everyone.\" He wants \"to box properly, at a club, not in the park\", and "
              "to finish his course. He scored how safe he feels at home as 6 out of 10 and in Dockmouth town "
              "centre as 2 (with Tom). He asked that his dad is not told about the debt."),
        ("h1", "3. What Grace says"),
        ("p", "\"I work nights at the care home and I can't watch him every minute. I need the police to do "
              "something about those men, not just about my son.\" Grace wants Marcus to stay at home and says "
              "she will do whatever the plan asks of her. She is frightened for Adaeze when the car comes past."),
        ("h1", "4. What is working"),
        ("bullets", [
            "Marcus came home on his own on 24/12/2025 and has not been missing since.",
            "He talks to Jade every week, and came to the conference for the first 20 minutes.",
            "Grace reported every missing episode to the police within hours.",
            "Dockmouth College has kept his place open and his tutor, Mr Evans, wants him back.",
            "Adaeze is doing well at Harbour Primary School and has a teacher she trusts.",
        ]),
        ("h1", "5. What we want for Marcus"),
        ("numbers", [
            "Marcus is no longer exploited by the Kenzo line, and the adults running it cannot contact him.",
            "Marcus is at home every night; if he does go missing he is found quickly and talks to someone he "
            "trusts about it within 72 hours.",
            "Marcus is at college at least 90% of the time by the Easter holidays, and has something he enjoys "
            "after college.",
            "Marcus, Grace and Adaeze feel safe at home, and know the police will come quickly if anyone comes "
            "to the house.",
        ]),
        ("h1", "6. Taskings"),
        ("p", "Every tasking has one owner. The Ref is the tasking number on the police system."),
        ("table", {
            "header": ["Ref", "Tasking", "Owner", "Deadline / review point", "Result required"],
            "widths": [1.3, 9.0, 4.6, 4.6, 6.2],
            "rows": [
                ["SAFEGUARD: keeping Marcus safe", H, H, H, H],
                ["S1",
                 "Visit Marcus at home and see him on his own at least once a fortnight; talk with him about the "
                 "Kenzo line, the debt and how safe he feels",
                 "Tom Bairstow, social worker",
                 "Every week until the review conference",
                 "Visit record on the case file within 2 working days, with Marcus's own words and his safety "
                 "scores"],
                ["S2",
                 "Return home interview every time Marcus is reported missing, offered by someone he knows at a "
                 "place he chooses",
                 "Kelly Amos, return home interview worker, Lighthouse Project",
                 "Within 72 hours of every return",
                 "RHI form on the social care record; any names, addresses or phone numbers sent to the Child "
                 "Exploitation Hub on an intelligence form the same day"],
                ["S3",
                 "Be home by 9pm on college nights and by 10.30pm on Fridays and Saturdays, and text Grace before "
                 "then if he is going to be late",
                 "Marcus",
                 "Every night",
                 "Grace's curfew sheet (times in), read by Tom at every visit"],
                ["S4",
                 "A referral to Dockmouth Young People's Substance Service will be made, so that Marcus can get "
                 "help to cut down his cannabis",
                 "-",
                 "By 23/01/2026",
                 "Date of Marcus's first appointment recorded on his file"],
                ["S5",
                 "Put an urgent-response marker on 14 Kestrel Walk, and visit Grace to fit a door camera and a "
                 "letterbox guard",
                 "PS Dev Mistry, Dockmouth East Neighbourhood Policing Team",
                 "Marker by 12/01/2026; visit by 23/01/2026",
                 "Marker reference and a record of the visit sent to Tom; Grace shows Tom the camera working at "
                 "his next visit"],
                ["DISRUPT: the line and the adults running it", H, H, H, H],
                ["D1",
                 "Serve child abduction warning notices on Reece Gallagher and Dean Farrow, naming Marcus, and "
                 "arrest either man if he is found with Marcus",
                 "DS Hannah Pryor, Child Exploitation Hub",
                 "Both served by 23/01/2026; arrest at any breach",
                 "Copies of both served notices on the police system and on Tom's file; any breach recorded "
                 "under a crime number"],
                ["D2",
                 "Patrols in uniform at the Beacon Road underpass and Seafront Amusements, where Marcus has been "
                 "picked up before",
                 "PC Laura Finch, Dockmouth Central Neighbourhood Team",
                 "When resources allow",
                 "Patrol log entries, with the names of any young people spoken to sent to DS Pryor"],
                ["D3",
                 "Licensing visit to the Marine View Hotel and the Seafront Snack Bar: check booking records and "
                 "CCTV for under-18s, and train staff to spot exploitation",
                 "Sam Reddy, licensing enforcement officer, Dockmouth City Council",
                 "By 13/02/2026",
                 "Visit report and the list of staff trained, sent to DS Pryor; any under-18 found in the "
                 "booking records passed to the Hub the same day"],
                ["D4",
                 "Pass on any sighting of Marcus with Gallagher or Farrow, or in Saltinghey, to the Child "
                 "Exploitation Hub",
                 "All partners",
                 "The same day",
                 "Intelligence form submitted, with its reference number sent to Tom"],
                ["INVESTIGATE: evidence against the adults", H, H, H, H],
                ["I1",
                 "Offer Marcus the chance to give an account of what happened to him, with an intermediary and "
                 "his solicitor and without pressure, and record what he decides",
                 "DC Ryan Holt, Child Exploitation Hub",
                 "Offer made by 30/01/2026, and again at each core group if he says no",
                 "Marcus's decision recorded on the police system and told to Tom; if he agrees, the interview "
                 "date on the system"],
                ["I2",
                 "Complete the download of the phone seized from Marcus on 28/11/2025 and trace the Kenzo line "
                 "number",
                 "DC Ryan Holt, Child Exploitation Hub",
                 "By 20/02/2026",
                 "-"],
                ["I3",
                 "Send the Single Competent Authority the information it asks for on Marcus's NRM case, and "
                 "write to the CPS setting out the positive reasonable grounds decision",
                 "Tom Bairstow, social worker (NRM first responder)",
                 "CPS letter by 16/01/2026; SCA requests answered within 5 working days",
                 "Copies of the CPS letter and the SCA acknowledgements on Marcus's file"],
                ["ENGAGE: college, activities and support", H, H, H, H],
                ["E1",
                 "Weekly one-to-one mentoring with Marcus at the Lighthouse Project drop-in, built around boxing "
                 "and his college course",
                 "Jade Morris, youth worker, Lighthouse Project",
                 "Every Thursday, 4pm to 5.30pm",
                 "Marcus's engagement with the sessions"],
                ["E2",
                 "Check Marcus's register every college morning and ring Grace if he is not in",
                 "Priya Shah, safeguarding lead, Dockmouth College",
                 "Every college day by 10am",
                 "Register and first-day call log sent to Tom every Friday; attendance at 90% or more by the "
                 "Easter holidays"],
                ["E3",
                 "Find Marcus a place at Harbourside Amateur Boxing Club and pay for his first two terms from the "
                 "prevention fund",
                 "Owen Maguire, prevention worker, Dockmouth Youth Justice Service",
                 "Place by 30/01/2026",
                 "Membership card on file; the club's register shows Marcus at two sessions a week"],
                ["E4",
                 "Go to the Lighthouse group for parents of exploited children, and fill in the curfew sheet on "
                 "the fridge every night",
                 "Grace Okonkwo (mum)",
                 "Every other Tuesday at 6pm, from 13/01/2026",
                 "Group register sent to Tom each month; the curfew sheet seen filled in at Tom's visits"],
            ],
        }),
        ("h1", "7. If things go wrong"),
        ("table", {
            "header": ["If ...", "Then ...", "Who"],
            "widths": [7.5, 12.7, 5.5],
            "rows": [
                ["Marcus is not home 30 minutes after his curfew and is not answering his phone",
                 "Grace rings 101 and reports him missing. Police grade him high risk because of the debt, and "
                 "the Child Exploitation Hub checks the Saltinghey addresses that night.",
                 "Grace; duty inspector, Dockmouth Police"],
                ["Marcus is found in Saltinghey, or with Gallagher or Farrow",
                 "Police bring him home rather than leave him to make his own way, and Tom (or the Emergency Duty "
                 "Team) holds a strategy discussion with police by the next working day.",
                 "Police; Tom Bairstow"],
                ["Anyone comes to the house, or threatens Grace, Marcus or Adaeze about the debt",
                 "Grace rings 999; the marker on the address means an immediate response. Grace and the children "
                 "stay that night with Grace's sister, Ngozi Eze, at 8 Tern Close (agreed by Ngozi), or, if "
                 "Ngozi cannot have them, in emergency accommodation arranged by the Emergency Duty Team.",
                 "Grace; police; Tom or the Emergency Duty Team"],
                ["Marcus is injured, or says he has been told to go back to the line",
                 "A strategy discussion the same day, chaired by Ruth Ekwueme, to agree where Marcus will be safe "
                 "that night; the police take any injury as a crime report.",
                 "Ruth Ekwueme; DS Pryor"],
            ],
        }),
        ("h1", "8. Meetings"),
        ("bullets", [
            "Core group every three weeks at Dockmouth Central Police Station, 10am: 27/01/2026, 17/02/2026 "
            "and 10/03/2026.",
            "MACE panel review of Op Seawall: 29/01/2026 and 26/02/2026.",
            "Review child protection conference: 26/03/2026 at 2pm, Dockmouth Civic Centre.",
        ]),
        ("p", "Plan written by DS Hannah Pryor and Tom Bairstow on 09/01/2026. Copies to Marcus, Grace and every "
              "agency named in it."),
    ],
    "findings": [
        F("W001", "A referral to Dockmouth Young People's Substance Service will be made"),
        F("T002", "Patrols in uniform at the Beacon Road underpass and Seafront Amusements"),
        F("W002", "Pass on any sighting of Marcus with Gallagher or Farrow"),
        F("M001", "Complete the download of the phone seized from Marcus"),
        F("M002", "Weekly one-to-one mentoring with Marcus at the Lighthouse Project"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. The school's safeguarding copy of the whole plan: pupil profile,
#    attendance and behaviour table, Part A "What school will do" with a
#    "When in the school week" and a "Recorded on CPOMS / SIMS as" column,
#    Part B for Ellie, her family and other services. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b201_delmarsh_school_copy_school_week_cpoms_column_whitfield.docx",
    "doc_title": "Child Protection Plan - Ellie Whitfield (Delmarsh Academy safeguarding copy)",
    "split": "heldout",
    "actions": 17,
    "template": "school-safeguarding-copy-of-cp-plan-docx-pupil-profile-grid-attendance-and-behaviour-table-why-going-well-ellies-words-lisa-and-craigs-words-numbered-outcomes-then-part-a-what-school-will-do-staff-lead-when-in-the-school-week-recorded-on-cpoms-sims-as-then-part-b-ellie-family-and-services-what-who-when-how-we-will-know-then-if-ellie-goes-missing-or-is-in-danger-bullets-meetings",
    "description": (
        "Exemplary initial conference plan for a 14-year-old girl at risk of sexual exploitation: she leaves "
        "school after lunch, was found drunk at 1am in a car with two adult men 12 miles away, and a "
        "19-year-old messages her and calls her his girlfriend. The school's safeguarding copy of the whole "
        "plan, written by the DSL: a pupil profile, an attendance and behaviour table (data, not actions), "
        "then Part A 'What school will do' with 'Staff lead', 'When in the school week' ('every school day "
        "at 1.50pm', 'Tuesdays, period 2') and 'Recorded on CPOMS / SIMS as' columns, and Part B for Ellie, "
        "her parents and other services (social worker, the exploitation team, police with a warning "
        "notice, the NRM, the school nurse). Every action has a named owner, a real time and a record that "
        "shows it happened and what it showed; the contingency has specific triggers, concrete responses "
        "and a legal planning meeting after named triggers; core group dates and a dated review "
        "conference are set; Ellie's own words are recorded."
    ),
    "blocks": [
        ("title", "Child Protection Plan: Ellie Whitfield"),
        ("p", "Delmarsh Academy, Safeguarding Team. This is the whole child protection plan agreed at the "
              "initial child protection conference on 13/01/2026 (chair: Graham Oyelaran, independent "
              "reviewing officer), set out by the school for the staff who need to know it. The school's part "
              "comes first, in the words of the school week; the part for Ellie, her family and the other "
              "services follows. The plan is held on CPOMS: please do not print further copies."),
        ("h1", "Pupil profile"),
        ("table", {
            "rows": [
                ["Pupil", "Ellie Whitfield, born 22/09/2011 (14). Year 9, tutor group 9KD"],
                ["Lives with", "Mum, Lisa Whitfield (39), and brother Alfie (9, Delmarsh Primary School), at "
                               "7 Orchid Way, Delmarsh DL2 8PB"],
                ["Dad", "Craig Whitfield, 31 Foundry Lane, Delmarsh. Ellie spends every Sunday with him."],
                ["Category", "Sexual abuse (child sexual exploitation)"],
                ["Social worker", "Sophie Marr, Delmarsh Adolescent Safeguarding Team (team manager: Imran "
                                  "Baig)"],
                ["DSL", "Mrs Hannah Ojo, deputy headteacher"],
                ["Trusted adult", "Mrs Joanne Kellett, pastoral manager (Ellie chose her)"],
                ["Head of Year 9", "Mr Gavin Shore"],
                ["Attendance officer", "Mr Rob Danby"],
                ["SENCO", "Ms Priya Ramdas"],
                ["Police", "PC Amrit Gill, Missing and Exploitation Team, Delmarsh Police"],
                ["Exploitation team", "Tash Leary, Anchor Team (Delmarsh Council's exploitation and missing "
                                      "team)"],
                ["School nurse", "Gemma Platt, Delmarsh 0-19 Service"],
            ],
            "widths": [4.0, 13.0],
            "bold_first_col": True,
        }),
        ("h1", "Attendance and behaviour this year"),
        ("table", {
            "header": ["", "Autumn term 2025", "05/01/2026 to 09/01/2026"],
            "widths": [6.0, 5.5, 5.5],
            "rows": [
                ["Attendance", "84%", "79%"],
                ["Afternoons missing from period 5", "14", "2"],
                ["Lessons left without permission", "11", "3"],
                ["Suspensions", "1 day (vaping, 14/11/2025)", "None"],
                ["CPOMS entries tagged 'Exploitation'", "9", "4"],
            ],
        }),
        ("h1", "Why Ellie has a plan"),
        ("p", "At 1am on 02/01/2026 police stopped a car in Stannerton, 12 miles away, and found Ellie in it with "
              "two men aged 19 and 23 and another 15-year-old girl. Ellie was drunk. Lisa had reported her "
              "missing at 11pm. Since October Ellie has been leaving school after lunch, coming home late with "
              "vapes, alcohol and a new phone that Lisa did not buy. Kyle Denton (19), who was driving the car, "
              "messages her on Snapchat and calls her his girlfriend. Staff have seen a silver car waiting on "
              "Market Lane, by the back gate, at about 1.30pm on at least five days. Ellie told Mrs Kellett "
              "that she had been to \"a house party in Stannerton\" twice and \"didn't remember getting home\". "
              "A strategy discussion on 05/01/2026 started a section 47 enquiry, and the conference agreed that "
              "Ellie is at risk of sexual exploitation."),
        ("h1", "What is going well"),
        ("bullets", [
            "Ellie goes to Mrs Kellett when she is upset, and told her about the parties herself.",
            "Lisa reported Ellie missing straight away on 02/01/2026, and has kept the curfew diary since.",
            "Ellie has been in period 5 on three of the five days since the start of term.",
            "Ellie loves doing hair and make-up, and her art teacher says her portfolio is strong.",
            "Craig and Lisa are working together for Ellie, and both came to the conference.",
        ]),
        ("h1", "What Ellie says"),
        ("p", "Ellie met Sophie and Mrs Kellett in the pastoral base on 09/01/2026. She said: \"Kyle's not a bad "
              "person, he's the only one who listens to me.\" \"I hate maths and I hate being stuck in a room, "
              "that's why I go.\" \"I don't want police coming into school, everyone will know.\" \"Mrs K is "
              "alright. I'll talk to her, not to loads of people.\" She wants to do hair and beauty at college "
              "and \"to get Mum off my back\". She scored how safe she feels in school as 7 out of 10, and at "
              "the Stannerton parties as \"about a 3, if I'm honest\" (with Sophie)."),
        ("h1", "What Lisa and Craig say"),
        ("p", "Lisa: \"She's fourteen. Those men know exactly how old she is. I want them stopped, and I want "
              "school to know where she is every minute of the day.\" Craig: \"I'll do Sundays and anything "
              "else that helps. She listens to me more than she lets on.\""),
        ("h1", "What we want for Ellie"),
        ("numbers", [
            "Ellie is safe from Kyle Denton and the adults at the Stannerton parties, and is not driven anywhere "
            "by adults her parents do not know.",
            "Ellie is in school every afternoon, and her attendance is 95% or more by the Easter holidays.",
            "Ellie knows what a safe relationship looks like, and who she can go to when she is worried.",
            "Ellie is home by her curfew, and if she is late or missing she is looked for straight away.",
        ]),
        ("h1", "Part A: What school will do"),
        ("p", "Each row names the member of staff who leads it, when it happens in the school week, and what it "
              "is recorded as on CPOMS or SIMS, so that Mrs Ojo can see whether it has happened and what it "
              "showed."),
        ("table", {
            "header": ["What we will do", "Staff lead", "When in the school week", "Recorded on CPOMS / SIMS as"],
            "widths": [6.0, 3.3, 3.4, 4.3],
            "rows": [
                ["Meet Ellie in the pastoral base before registration: ask how her evening went, check she has "
                 "her timetable for the day, and agree where she will be at lunch",
                 "Mrs Joanne Kellett, pastoral manager",
                 "Every school day, 8.35am to 8.45am",
                 "A daily check-in note on CPOMS; anything about the night before passed to Mrs Ojo by 9am"],
                ["First-day call: ring Lisa if Ellie is not in registration, and ring Sophie if Lisa does not "
                 "know where she is",
                 "Mr Rob Danby, attendance officer",
                 "Every school day by 9.30am",
                 "SIMS register and the first-day call log; Ellie's attendance reported at each core group "
                 "(95% by the Easter holidays)"],
                ["Check Ellie's period 5 mark after lunch and, if she is not there, tell Mrs Ojo within 10 "
                 "minutes",
                 "Mr Rob Danby, attendance officer",
                 "Every school day at 1.50pm",
                 "SIMS period 5 mark; each absence logged on CPOMS as 'Missing from lesson' with the time Mrs "
                 "Ojo was told"],
                ["Send Sophie a summary of every CPOMS entry about Ellie tagged 'Exploitation', including any "
                 "sighting of the silver car on Market Lane",
                 "Mrs Hannah Ojo, DSL",
                 "Every Friday by 3pm",
                 "Weekly summary e-mail saved on CPOMS; Sophie's reply confirming she has read it"],
                ["Six one-to-one sessions from the 'Real Love?' healthy relationships programme, covering "
                 "consent, grooming and staying safe online",
                 "Mrs Joanne Kellett, pastoral manager",
                 "Tuesdays, period 2, from 20/01/2026 to 24/02/2026",
                 "Session notes on CPOMS; Ellie's scores on the programme questionnaire at sessions 1 and 6, "
                 "shared with Sophie"],
                ["See Ellie out of the front gate and onto the 3.15pm number 12 bus, and ring Lisa if she does "
                 "not get on it",
                 "Mr Gavin Shore, Head of Year 9",
                 "Every school day at 3.05pm",
                 "Gate duty log signed each day; a missed bus logged on CPOMS with the time Lisa was rung"],
                ["Assess Ellie's reading, spelling and processing, because she says she walks out of lessons "
                 "she cannot follow",
                 "Ms Priya Ramdas, SENCO",
                 "By 13/02/2026 (before the February half term)",
                 "Assessment report with advice for her teachers, shared with Lisa and the core group by "
                 "13/02/2026"],
                ["Give Ellie an exit card, so that she can go to the pastoral base for up to 10 minutes instead "
                 "of walking out of school",
                 "Mr Gavin Shore, Head of Year 9",
                 "Every lesson, from 19/01/2026",
                 "Each use of the card and any walk-out on her daily report; fewer than 2 walk-outs a week by "
                 "the February half term"],
                ["Find Ellie a place in the Thursday hair and make-up club, and ring Lisa when Ellie leaves it",
                 "Mrs Joanne Kellett, pastoral manager",
                 "Thursdays, 3.15pm to 4.30pm, from 22/01/2026",
                 "Club register; the 4.30pm call to Lisa logged on CPOMS"],
            ],
        }),
        ("h1", "Part B: What Ellie, her family and other services will do"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will know"],
            "widths": [6.0, 3.3, 3.4, 4.3],
            "rows": [
                ["See Ellie on her own, at home or in school, and talk about her friendships, Kyle, the car on "
                 "02/01/2026 and how safe she feels",
                 "Sophie Marr, social worker",
                 "Every week until the review conference",
                 "Visit records within 2 working days, with Ellie's own words and her safety scores"],
                ["One-to-one sessions on exploitation, using the Anchor Team's 'Who's in your corner?' workbook",
                 "Tash Leary, Anchor Team",
                 "Every Wednesday at 3.30pm for 12 weeks from 21/01/2026",
                 "Session notes to Sophie each week; Ellie's map of safe and unsafe people, redrawn with Tash at "
                 "weeks 6 and 12"],
                ["Serve a child abduction warning notice on Kyle Denton, who drove the car on 02/01/2026 and "
                 "messages Ellie",
                 "PC Amrit Gill, Delmarsh Police",
                 "By 23/01/2026",
                 "Copy of the served notice on Ellie's file; any breach recorded with a crime number and told to "
                 "Sophie the same day"],
                ["Make a National Referral Mechanism referral for Ellie as first responder, because she was "
                 "taken by car to Stannerton for parties",
                 "Sophie Marr, social worker",
                 "By 20/01/2026",
                 "NRM referral reference on Ellie's file; the reasonable grounds decision shared with the core "
                 "group when it comes"],
                ["Offer Ellie a confidential sexual health appointment at the school drop-in, with emergency "
                 "contraception and testing if she wants them",
                 "Gemma Platt, school nurse",
                 "First appointment offered by 30/01/2026",
                 "The date it was offered, and whether it happened, confirmed to Sophie (not what was said)"],
                ["Keep to Ellie's curfew (8.30pm on school nights, 9.30pm on Fridays and Saturdays); ring her if "
                 "she is 15 minutes late, and report her missing on 101 if she is 30 minutes late and not "
                 "answering",
                 "Lisa Whitfield (Mum)",
                 "Every night",
                 "Curfew diary on the fridge, read by Sophie at each visit; each missing report logged with its "
                 "police reference number"],
                ["Keep her location shared with Lisa when she goes out, and text Lisa where she is at 6pm and "
                 "when she sets off home",
                 "Ellie",
                 "Every time she goes out",
                 "Lisa writes the texts' times in the curfew diary; Sophie reads the diary with Ellie at each "
                 "visit"],
                ["Collect Ellie from Orchid Way every Sunday and bring her back, and tell Sophie about anything "
                 "Ellie says that worries him",
                 "Craig Whitfield (Dad)",
                 "Every Sunday, 10am to 6pm",
                 "Collection and return times in the curfew diary; any worry e-mailed to Sophie the same day"],
            ],
        }),
        ("h1", "If Ellie goes missing or is in danger"),
        ("bullets", [
            "If Ellie is not in period 5 and has not signed out: Mr Danby tells Mrs Ojo within 10 minutes. Mrs "
            "Ojo rings Lisa and Sophie (or the MASH if Sophie is not available); if Ellie has not been found by "
            "3pm, Mrs Ojo reports her missing to Delmarsh Police on 101 and tells them about the silver car.",
            "If any member of staff sees Ellie getting into a car with an adult, or sees the silver car on "
            "Market Lane: ring 999 with the registration number, then tell Mrs Ojo straight away.",
            "If Ellie is missing overnight, or is found in Stannerton again: Sophie holds a strategy discussion "
            "with the police and the school by the next working day, and PC Gill asks for the Stannerton "
            "address to be visited that night.",
            "If Ellie tells anyone she has been sexually assaulted or made to do something sexual: the member "
            "of staff tells Mrs Ojo at once, Mrs Ojo refers to the MASH the same day, and the police and Sophie "
            "hold a strategy discussion that day.",
            "If Ellie goes missing three times or more before the review conference, or is found with Kyle "
            "Denton again, Imran Baig (team manager) will hold a legal planning meeting within 10 working days "
            "to decide whether Ellie needs to be looked after and whether care proceedings should begin.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks in school (room P4, 3.30pm): 27/01/2026, 24/02/2026 and 24/03/2026.",
            "Review child protection conference: 14/04/2026 at 10am, Delmarsh Civic Offices.",
            "Mrs Ojo updates this copy on CPOMS after every core group.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. A safety plan written to a 15-year-old in the second person ("you" is
#    Demi), situation by situation, each bullet with its owner, "When" and
#    "We'll know". Her nan's two parts have a fallback. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b201_dapplebury_your_safety_plan_second_person_situations_kerr.md",
    "split": "heldout",
    "actions": 16,
    "template": "young-persons-safety-plan-md-written-to-her-in-second-person-people-in-your-plan-table-what-happened-going-well-what-you-told-us-what-mum-says-what-we-all-want-then-your-plan-situation-by-situation-h3-per-situation-bullets-bold-owner-when-well-know-inline-then-if-things-go-wrong-and-your-meetings",
    "description": (
        "Exemplary initial conference plan for a 15-year-old girl sexually exploited at parties in a flat "
        "above a vape shop, arranged on Snapchat by a 27-year-old man who took pictures of her; she was found "
        "very drunk in a park at 2am. Written to her by her social worker in the second person ('you' is "
        "Demi) as her safety plan, situation by situation (your phone and your apps, getting about, Friday "
        "and Saturday nights, your body and your health, school, feeling OK, the places where you were "
        "hurt), each bullet with a bold owner ('You', 'Mum', 'Nan', a named worker), a 'When' and a 'We'll "
        "know'. Agencies: the exploitation service, the investigating officer, a neighbourhood officer, "
        "licensing, a children's ISVA, sexual health, CAMHS and the school. Every action has an owner, a "
        "real time and an observable check; her nan's two parts have a fallback in 'If things go wrong', "
        "which also names a legal planning meeting after named triggers; core group dates and a dated review "
        "conference are set; Demi's own words, sometimes at odds with the plan, are recorded."
    ),
    "text": """\
# Your safety plan, Demi

**Dapplebury Council, Children's Services. Child protection plan for Demi Kerr (born 11/07/2010, 15).**
Your initial child protection conference was on 13/01/2026. Sara wrote this plan with you at The Space on
16/01/2026, in your words where we could, and then shared it with Mum and everyone named in it. Where it says
"you", it means you, Demi.

## The people in your plan

| Who | What they do | How to reach them |
|---|---|---|
| Sara Quayle | Your social worker, Dapplebury Adolescent Support Team (her manager is Helen Marsh) | 01632 960 114 or the duty line |
| Lou Adebayo | Your worker at Safe Steps, Dapplebury's service for young people at risk of exploitation | 07700 900 318 (Tuesdays to Saturdays) |
| Mum (Nicola Kerr) | Lives with you at 9 Larch Avenue, Dapplebury DP3 4HN | |
| Lee Hanlon | Mum's partner, lives with you | |
| Nan (Pat Kerr) | Lives at 22 Rowan Street, five minutes away | |
| DC Amy Carver | The police officer investigating what Jay did, Dapplebury Police Public Protection Unit | 101, quote your crime number |
| PC Nathan Hooper | Neighbourhood officer for the town centre, Dapplebury Police | 101 |
| Mark Dunne | Licensing officer, Dapplebury Council | |
| Kim Doyle | Your children's ISVA (independent sexual violence adviser), Dapplebury Rape Crisis | 07700 900 552 |
| Rosie Kemp | Sexual health nurse, The Clinic, Dapplebury Health Hub | |
| Dr Helen Farr | Clinical psychologist, Dapplebury CAMHS | |
| Mr Ian Petrie | Designated safeguarding lead, Dapplebury High School | |
| Mrs Lyn Carr | Attendance officer, Dapplebury High School | |

## What happened, and why the adults are worried

Since the summer you have been going to parties in the flat above Vapour Lounge on Castle Street. The
parties are set up on Snapchat by Jason Pollard ("Jay", 27), who gives girls vapes, vodka and weed. On
14/12/2025 the police found you in Wellgate Park at 2am, very drunk and with bruises on your arms. You told
the officer that you had had sex with a man at the flat and could not remember getting to the park. Jay has
pictures of you and has said he will send them round school if you "grass". He was arrested on 15/12/2025
and is on police bail, with a condition not to contact you. Since October you have been missing from home
four times, and your attendance this year is 76%.

## What is going well

- You told Lou about the pictures yourself, and you let her help you block Jay.
- You have not been to the Castle Street flat since 14/12/2025.
- You go to youth club at The Space every Friday, and you say it is "the only place that's actually fun".
- Mum reported you missing every time, and she and Lee have stopped arguing with you about it.
- Nan is close by, and you say she is "the one person who doesn't lecture me".

## What you told us

You said to Sara and Lou on 16/01/2026:

> "I'm not stupid. I know what Jay is now. But everyone's acting like I'm a little kid."
> "I don't want a police officer sat in my lessons. If people find out about the pictures I'm not going back."
> "Nan's is where I feel normal."
> "I'll do the curfew if it's half nine at weekends. Nine is a joke."

You scored how safe you feel now as 5 out of 10. You said it would be 8 "when the pictures are gone and Jay
is locked up". You want to do childcare at college in September.

## What Mum says

"I just want my daughter back. I'm scared every time her phone goes. I'll do anything on this plan, but I
need to know the police are actually doing something about him."

## What we all want for you

1. You are safe from Jay and from the people at the Castle Street flat, and they cannot contact you.
2. The pictures of you are taken down and cannot be shared.
3. You are home by your curfew, and if you are ever missing you are found quickly and someone you trust
   talks with you about it.
4. Your body and your feelings are looked after: you have had the health check you asked for, and you
   are sleeping better.
5. You are in school at least 90% of the time by the Easter holidays, and have a college place for
   September.

## Your plan, situation by situation

### 1. Your phone and your apps

- **You** will keep Jay, the "Castle St" group chat and any new account linked to them blocked on
  Snapchat and Instagram, and show Lou your blocked list. **When:** at every Tuesday session with Lou.
  **We'll know:** Lou writes down each week that she has seen the list, and any new account that has tried
  to add you.
- **Lou** will sit with you while you use Childline's Report Remove tool to get the pictures Jay has taken
  down. **When:** at your session on 20/01/2026. **We'll know:** the Report Remove reference number is on
  your file, and Lou checks with you each week whether anything has come back up.
- **DC Amy Carver** will tell you and Mum how the investigation into Jay is going, and about any change to
  his bail. **When:** every two weeks, and on the same day if his bail changes. **We'll know:** each
  update is written on the police record and e-mailed to Sara.

### 2. Getting to school and around Dapplebury

- **You** will walk to school with Kacey along Mill Road, not through Wellgate Park. **When:** every school
  day, to be in registration by 8.45am. **We'll know:** your registration mark, and Mrs Carr's weekly
  attendance sheet sent to Sara every Friday.
- **Mrs Lyn Carr** will ring Mum if you are not in registration. **When:** every school day by 9.30am.
  **We'll know:** the first-day call log, with the time Mum was rung, sent to Sara every Friday.

### 3. Friday and Saturday nights

- **You** will be home by 9.30pm on Fridays and Saturdays and by 9pm on other nights, and will text Mum
  if you are going to be late. **When:** every night. **We'll know:** Mum writes the time you come in on the
  calendar in the kitchen, and Sara looks at it with you at her visits.
- **Nan** will pick you up from youth club at The Space and drive you home. **When:** every Friday at 9pm.
  **We'll know:** Lou signs you out to Nan in the youth club register.
- **Nan** will have you at her house on Saturday afternoons. **When:** every Saturday, 12 noon to 5pm.
  **We'll know:** Nan texts Mum when you arrive and when you leave, and Mum writes the times on the
  kitchen calendar.
- **Mum** will report you missing to the police on 101 if you are not home 30 minutes after your curfew and
  are not answering your phone. **When:** every time. **We'll know:** the police reference number is on
  the kitchen calendar, and Mum texts it to Sara or Lou by 9am the next day.

### 4. Your body and your health

- **Rosie Kemp** will see you at The Clinic for the check-up and tests you asked for. **When:** by
  30/01/2026, with Lou there if you want her. **We'll know:** Rosie tells Sara that the appointment
  happened and whether you need another (not what you talked about).
- **Kim Doyle** will meet you to explain what happens next with the police and court, and will go with you
  to any interview. **When:** every two weeks from 22/01/2026. **We'll know:** Kim's note of each meeting is
  sent to Sara, and you tell Sara at her visits whether it is helping.

### 5. School

- **Mr Petrie** will meet you on Monday mornings to talk about the weekend and anything you have heard at
  school about the pictures. **When:** every Monday at 8.40am. **We'll know:** a note of each meeting on
  CPOMS, and any rumour about the pictures passed to DC Carver the same day.

### 6. Feeling OK

- **Dr Helen Farr** will assess your nightmares and panic attacks and then offer you sessions to help with
  them. **When:** assessment on 28/01/2026, then every week for 10 weeks. **We'll know:** Dr Farr's letter
  after the assessment goes to Sara, Mum and your GP, and you rate your sleep out of 10 at each session.
- **Sara** will see you on your own, at home or at The Space, and ask how safe you feel. **When:** every
  week until your review conference. **We'll know:** Sara's visit notes, written within two working days,
  record your words and your safety score.

### 7. The places where you were hurt

- **PC Nathan Hooper** will patrol Castle Street and Wellgate Park, and speak to any young people he finds
  there. **When:** Friday and Saturday nights, 8pm to midnight, until the review conference. **We'll
  know:** his patrol log, with the names of any young people spoken to sent to DC Carver the next day.
- **Mark Dunne** will visit Vapour Lounge to check its licence and underage vape sales, and tell the
  landlord of the flat upstairs about the parties. **When:** by 06/02/2026. **We'll know:** his visit report
  and the letter to the landlord, sent to Sara and DC Carver.

## If things go wrong

- **If you are not home 30 minutes after your curfew and not answering:** Mum rings 101. The police treat
  you as high risk because of what happened on 14/12/2025 and check Castle Street and Wellgate Park first.
  When you are home, Lou (or another Safe Steps worker) offers you a return home interview within 72 hours.
- **If Jay, or anyone from the Castle Street flat, contacts you, or the pictures come back up:** tell Lou,
  Sara or Mum the same day. DC Carver will arrest Jay for breaking his bail, and Lou will make a new Report
  Remove request with you that day.
- **If Nan cannot pick you up on a Friday or have you on a Saturday** (she is poorly or away): Mum or Lee
  collects you from The Space at 9pm; if neither of them can, Lou drops you home in the Safe Steps car. On
  a Saturday without Nan you spend the afternoon at home with Mum or Lee, or at the Safe Steps drop-in
  (12 noon to 4pm).
- **If you are missing overnight, or are found at the flat again:** Sara holds a strategy discussion with
  the police the same day. Helen Marsh (Sara's manager) will then hold a legal planning meeting within 5
  working days, to decide whether you need to be looked after somewhere away from Dapplebury for a while.
  We will always tell you honestly if that is being talked about.
- **If you feel like hurting yourself:** ring the CAMHS crisis line (111, option 2) or tell Mum, Nan or
  Lou straight away.

## Your meetings

- Core group (Mum, Lee, Nan, Sara, Lou, Mr Petrie, DC Carver, Kim and Dr Farr) every four weeks at
  Dapplebury High School, 4pm: 10/02/2026, 10/03/2026 and 07/04/2026. You are invited to every one; come
  for the first 20 minutes if you would rather not stay.
- Your review child protection conference: 28/04/2026 at 10am, Dapplebury Civic Centre.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Plain-text record of the third repeat-missing strategy meeting and the
#    initial conference plan that carried its actions on: SM and CP items
#    with Owner / Deadline / Outcome needed lines, closed items listed apart.
#    Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b201_drossholme_repeat_missing_strategy_sm_cp_items_mcallister.txt",
    "split": "heldout",
    "actions": 14,
    "template": "repeat-missing-strategy-meeting-record-and-icpc-plan-txt-lettered-sections-particulars-fixed-width-missing-episodes-log-strategy-meeting-attendance-and-past-tense-decisions-closed-sm-actions-listed-apart-views-working-outcomes-then-live-sm-items-carried-on-and-cp-items-added-at-conference-each-with-owner-deadline-outcome-needed-lines-then-contingency-and-meetings",
    "description": (
        "Initial conference plan for a 13-year-old boy who has been missing nine times since October and "
        "was found twice in a city 20 miles away with older teenagers, cash and two phones (early criminal "
        "exploitation). Typed as plain text by the missing coordinator: particulars, a fixed-width log of "
        "missing episodes, the third repeat-missing strategy meeting's attendance and decisions, the "
        "strategy meeting's closed actions kept apart, views, outcomes, then the plan: the strategy "
        "meeting's live actions carried on (SM1, SM3, SM4, SM6 to SM8) and the actions added at conference "
        "(CP1 to CP8), each with Owner, Deadline and 'Outcome needed' lines. Most items are sound (every-time "
        "missing steps timed from the report, RHIs within 72 hours, warning notices, the NRM, MACE, "
        "registers). Faults: the educational psychology request with '-' for its deadline; school transport "
        "'ASAP'; the youth club sessions whose only outcome is 'Tyler's engagement'; the 'Professionals "
        "network' sharing what they hear; a contingency that only says the social worker will discuss and "
        "the core group consider a further strategy meeting if concerns increase; and nothing leads to "
        "legal planning."
    ),
    "text": """\
DROSSHOLME COUNCIL - CHILDREN AND FAMILIES
Missing, Exploitation and Child Protection
=============================================================================================

RECORD OF REPEAT MISSING STRATEGY MEETING (3) AND CHILD PROTECTION PLAN

Strategy meeting (3) ....... 07/01/2026, Drossholme Police Station, chaired by Mandy Tolley
                             (team manager, Assessment and Intervention Team)
Initial child protection
conference ................. 15/01/2026, Drossholme Civic Hall, chaired by Paul Okafor (IRO)
Record typed by ............ Rachel Sim, missing coordinator, 16/01/2026

At conference the strategy meeting's live actions were carried into the child protection plan
unchanged (SM numbers kept), and new actions were added (CP numbers).

---------------------------------------------------------------------------------------------
A. PARTICULARS
---------------------------------------------------------------------------------------------
Young person:     Tyler McAllister, born 02/03/2012 (13), Year 8, Drossholme Park Academy
Address:          19 Brindle Close, Drossholme DR6 1LJ
Lives with:       Donna McAllister (35), mum; Steve Carney (38), Donna's partner; Lily Carney (4),
                  half-sister
Dad:              Wayne McAllister; no contact since 2019
Category:         Physical abuse (child criminal exploitation)
Social worker:    Gemma Rourke, Assessment and Intervention Team
Police:           DC Faisal Anwar, Child Exploitation Team; PS Kerry Walsh, missing person coordinator
Missing service:  Josh Pennington (return home interviews) and Aisha Begum (key worker),
                  Drossholme Missing Service
School:           Mr Neil Oduya (DSL), Mrs Anita Jhutti (SENCO), Mrs Julie Benn (attendance officer)
Youth service:    Dale Whitaker, youth worker, Drossholme Youth Hub

---------------------------------------------------------------------------------------------
B. MISSING EPISODES SINCE 01/10/2025
---------------------------------------------------------------------------------------------
No.  Missing from         Found / returned      Where                            RHI
1    03/10/2025 18:00     04/10/2025 01:30      Came home                        Declined
2    17/10/2025 16:00     18/10/2025 11:00      Castlebridge bus station         Done
3    31/10/2025 19:30     01/11/2025 02:00      Came home                        Declined
4    14/11/2025 15:30     15/11/2025 22:00      Friend's house, Drossholme       Done
5    22/11/2025 20:00     23/11/2025 10:15      Came home                        Done
6    06/12/2025 17:00     07/12/2025 23:40      Castlebridge, Ferry Road flats   Done
7    19/12/2025 16:30     20/12/2025 08:00      Came home                        Declined
8    29/12/2025 14:00     30/12/2025 03:20      Castlebridge railway station     Done
9    04/01/2026 18:45     05/01/2026 12:00      Came home                        Done

On 06/12/2025 and 29/12/2025 Tyler was found with older teenagers and, on 29/12/2025, with two
men aged 19 and 22. He had £200 and two phones. The police believe he is being used to carry drugs
and cash for a group based at the Ferry Road flats in Castlebridge.

---------------------------------------------------------------------------------------------
C. STRATEGY MEETING (3), 07/01/2026
---------------------------------------------------------------------------------------------
Present:  Mandy Tolley (chair), Gemma Rourke, DC Faisal Anwar, PS Kerry Walsh, Rachel Sim,
          Josh Pennington, Mr Neil Oduya.

Decisions
D1  The meeting agreed that the threshold for a section 47 enquiry was met.
D2  An initial child protection conference was requested for 15/01/2026.
D3  The meeting agreed that Tyler should be graded high risk whenever he is reported missing.
D4  The meeting agreed that an NRM referral should be made.

Strategy meeting actions now closed (kept for the record)
SM2  Put a marker on 19 Brindle Close so that calls are answered as urgent. DONE 08/01/2026.
SM5  Send Tyler's photograph and description to British Transport Police. DONE 09/01/2026.

---------------------------------------------------------------------------------------------
D. WHAT TYLER SAYS
---------------------------------------------------------------------------------------------
Tyler talked to Gemma on 12/01/2026, in the car on the way back from football.
"I'm not missing, I know where I am."
"They're my mates. They look after me. Nobody at home does."
"I don't go to Castlebridge for drugs, I go because it's something to do."
"School's boring and the teachers hate me."
He said he would like to "play for a proper team" and to "have my own money". He scored how safe
he feels at home as 8 and in Castlebridge as "10, nobody messes with me there".

---------------------------------------------------------------------------------------------
E. WHAT DONNA AND STEVE SAY
---------------------------------------------------------------------------------------------
Donna: "I'm at my wits' end. I ring the police every time, they bring him back and two days later
he's gone again." Steve: "He won't listen to me because I'm not his dad. But I'm not giving up on
him." Both want a different bus route to school and more for Tyler to do in the evenings.

---------------------------------------------------------------------------------------------
F. WHAT IS WORKING
---------------------------------------------------------------------------------------------
- Donna and Steve have reported every episode within an hour.
- Tyler talked to Josh after six of the nine episodes, and named one of the older boys.
- He goes to football training on Saturdays with Steve and has not missed a session.
- He has not been missing since 05/01/2026.

---------------------------------------------------------------------------------------------
G. WHAT WE WANT FOR TYLER
---------------------------------------------------------------------------------------------
1. Tyler is not used by the Ferry Road group to carry drugs or money, and the men who use him are
   kept away from him.
2. Tyler goes missing less often, and every time he does he is found quickly and talks to someone
   within 72 hours.
3. Tyler is in school every day, on a safe way there and back, by the February half term.
4. Tyler has things to do in the evenings that he enjoys, with adults he trusts.

---------------------------------------------------------------------------------------------
H. THE PLAN
---------------------------------------------------------------------------------------------
Carried on from the strategy meeting

SM1  Every time Tyler is missing, report him to the police on 101 once he is 30 minutes past his
     time home and not answering, and give the police the list of his friends and places.
     Owner:           Donna McAllister (mum), or Steve Carney when Donna is at work
     Deadline:        every time, 30 minutes after his time home
     Outcome needed:  the police reference number written on the missing log on the fridge and
                      texted to Gemma the same night

SM3  Grade every missing report for Tyler as high risk and send officers to the Castlebridge
     addresses on his "find" list.
     Owner:           PS Kerry Walsh, missing person coordinator, Drossholme Police
     Deadline:        within 1 hour of every report
     Outcome needed:  the missing person record shows the grading and each address checked

SM4  Return home interview with Tyler after every episode, by Josh or another worker Tyler knows.
     Owner:           Josh Pennington, Drossholme Missing Service
     Deadline:        within 72 hours of every return
     Outcome needed:  RHI form on Tyler's record; names, places and phone numbers passed to
                      DC Anwar on an intelligence form the same day

SM6  Serve child abduction warning notices on the two men found with Tyler at Castlebridge
     railway station on 29/12/2025.
     Owner:           DC Faisal Anwar, Child Exploitation Team
     Deadline:        by 30/01/2026
     Outcome needed:  copies of both served notices on Tyler's file

SM7  Make a National Referral Mechanism referral for Tyler as first responder.
     Owner:           Gemma Rourke, social worker
     Deadline:        by 16/01/2026
     Outcome needed:  NRM reference on file; the reasonable grounds decision shared with the core
                      group when it comes

SM8  Refer Tyler to the Drossholme MACE panel, so that the Ferry Road flats are looked at as a
     place and not only as Tyler's problem.
     Owner:           Gemma Rourke, social worker
     Deadline:        in time for the panel on 28/01/2026
     Outcome needed:  the MACE minutes, with the panel's disruption actions, sent to the core group

Added at the initial child protection conference

CP1  Visit Tyler at home and at school, and see him on his own each time.
     Owner:           Gemma Rourke, social worker
     Deadline:        every week until the review conference
     Outcome needed:  visit notes within 2 working days, with Tyler's words and his safety score

CP2  Youth club sessions for Tyler at Drossholme Youth Hub (football and the music studio), with
     Dale meeting him at the door.
     Owner:           Dale Whitaker, youth worker
     Deadline:        Tuesdays and Thursdays, 6pm to 8pm, from 20/01/2026
     Outcome needed:  Tyler's engagement

CP3  Ask the educational psychology service for a consultation about Tyler's learning and why
     he walks out of lessons.
     Owner:           Mrs Anita Jhutti, SENCO
     Deadline:        -
     Outcome needed:  consultation notes with recommendations, shared with Donna and the core group

CP4  Arrange school transport so that Tyler does not take the 42 bus along Castlebridge Road,
     where the older boys wait for him.
     Owner:           Mr Neil Oduya, DSL
     Deadline:        ASAP
     Outcome needed:  a transport letter on file, and Tyler's arrival time on the register each
                      morning

CP5  Check Tyler is in morning and afternoon registration, and ring Donna if he is not.
     Owner:           Mrs Julie Benn, attendance officer
     Deadline:        every school day by 9.30am and by 1.45pm
     Outcome needed:  the register and first-day call log, sent to Gemma every Friday

CP6  Share anything heard about Tyler, the older boys or the Ferry Road flats with Gemma and
     DC Anwar.
     Owner:           Professionals network
     Deadline:        the same day
     Outcome needed:  an intelligence form logged, with its reference number sent to Gemma

CP7  Keep parental controls on Tyler's phone and the home wifi, and charge his phone downstairs
     overnight.
     Owner:           Steve Carney (Donna's partner)
     Deadline:        every night from 16/01/2026
     Outcome needed:  Gemma sees the phone on the kitchen charger and the controls app with Steve
                      at each visit

CP8  Eight key-work sessions with Tyler on grooming, debt and how older boys use younger ones,
     using the "Off the Line" workbook.
     Owner:           Aisha Begum, Drossholme Missing Service
     Deadline:        Mondays at 4pm for 8 weeks from 19/01/2026
     Outcome needed:  session records sent to Gemma; Tyler's "who's safe" map, drawn at session 1,
                      compared with the one he draws at session 8

---------------------------------------------------------------------------------------------
I. CONTINGENCY
---------------------------------------------------------------------------------------------
If there are further missing episodes or the concerns about Tyler increase, Gemma will discuss
the case with her team manager and the core group will consider whether a further strategy
meeting is needed.

---------------------------------------------------------------------------------------------
J. CORE GROUP AND REVIEW
---------------------------------------------------------------------------------------------
Core group every four weeks at Drossholme Park Academy, 3.45pm: 29/01/2026, 26/02/2026 and
26/03/2026.
Review child protection conference: 09/04/2026 at 1.30pm, Drossholme Civic Hall.

Copies to Donna, Steve, Tyler (his own copy, read through with Gemma), and everyone at the
strategy meeting and the conference.
""",
    "findings": [
        F("T001", "Ask the educational psychology service for a consultation"),
        F("T002", "Arrange school transport so that Tyler does not take"),
        F("M002", "Youth club sessions for Tyler at Drossholme Youth Hub"),
        F("W002", "Share anything heard about Tyler, the older boys or"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. A girl in a children's home under section 20: missing log, then the
#    home's part set out by the shift pattern ("Who on the rota", "Which
#    shift / when", "Written in"), then a part for other agencies, Chantelle
#    and her mother. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b201_derrowmere_childrens_home_shift_pattern_parts_roper.docx",
    "doc_title": "Child Protection Plan - Chantelle Roper (Larkfield House)",
    "split": "heldout",
    "actions": 18,
    "template": "cp-plan-for-young-person-in-childrens-home-docx-details-grid-with-legal-status-and-placement-missing-from-the-home-log-table-why-still-on-a-plan-chantelles-words-michelles-words-going-well-outcomes-then-part-1-the-homes-part-ref-what-staff-will-do-who-on-the-rota-which-shift-when-written-in-then-part-2-other-agencies-chantelle-and-michelle-ref-action-lead-when-how-we-will-know-then-contingency-and-meetings",
    "description": (
        "Review conference plan for a 15-year-old girl accommodated under section 20 in a children's home "
        "since December, sexually exploited by men who pick girls up at the bus station and take them to a "
        "house, missing from the home seven times; her mother, who shares parental responsibility, is "
        "dependent on alcohol. A log of missing episodes from the home (not actions), then Part 1, the "
        "home's part set out in the home's words ('Who on the rota', 'Which shift / when', 'Written in': "
        "the shift log, the going-out sheet, the key work file), and Part 2 for the social worker, the "
        "missing and exploitation team, police, school, sexual health, an independent visitor, Chantelle "
        "and her mother. Most rows are sound. Faults: the key worker's relationships work 'as and when "
        "Chantelle is willing'; the night checks with an empty 'Written in' cell; the taxi firms' briefing "
        "with an empty Lead cell; the independent visitor's outings measured by 'Monitored by the home'; "
        "an outcome about the mother's drinking only; and the mother's alcohol dependence recorded with no "
        "adult service owning any action."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Derrowmere City Council, Children's Services. Young person living in a children's home. Plan "
              "agreed at the review child protection conference on 20/01/2026 (chair: Yvonne Achebe, "
              "independent reviewing officer), to be read with Chantelle's care plan."),
        ("table", {
            "rows": [
                ["Young person", "Chantelle Roper, born 08/02/2010 (15), Year 10, Derrowmere Academy"],
                ["Legal status", "Accommodated under section 20 since 12/12/2025, with her mother's agreement. "
                                 "Michelle shares parental responsibility."],
                ["Where she lives", "Larkfield House, a four-bed children's home run by Brightpath Care Ltd, "
                                    "2 Larkfield Road, Derrowmere DW4 8JQ"],
                ["Registered manager", "Kerry Bell"],
                ["Key worker", "Aimee Lyons"],
                ["Mother", "Michelle Roper (42), 4 Canal Side, Derrowmere"],
                ["Category", "Sexual abuse (child sexual exploitation). On a plan since the initial conference "
                             "on 30/10/2025."],
                ["Social worker", "Mel Sandford, Children in Care Team (team manager: Rhys Ogden)"],
                ["Police", "PC Gemma Harte, Derrowmere Police Exploitation Team"],
                ["Missing and exploitation team", "Zoe Gant, Derrowmere Missing and Exploitation Team"],
            ],
            "widths": [4.5, 12.5],
            "bold_first_col": True,
        }),
        ("h1", "Missing from Larkfield House since 12/12/2025"),
        ("table", {
            "header": ["Date", "Out", "Back", "Where she was", "Return home interview"],
            "widths": [2.6, 2.0, 3.0, 6.0, 3.4],
            "rows": [
                ["16/12/2025", "19:10", "01:40 (17/12)", "Found by police in a car at the bus station", "Done 18/12"],
                ["23/12/2025", "15:30", "23:55", "Came back by taxi; would not say where", "Declined"],
                ["28/12/2025", "20:00", "11:00 (29/12)", "Tanner Street house (told Zoe)", "Done 30/12"],
                ["02/01/2026", "17:45", "00:30 (03/01)", "With Ash in his car", "Done 05/01"],
                ["06/01/2026", "16:00", "22:15", "Town centre", "Done 08/01"],
                ["10/01/2026", "19:30", "09:20 (11/01)", "Tanner Street house (police found her)", "Done 12/01"],
                ["15/01/2026", "18:00", "21:45", "Came back on her own", "Done 16/01"],
            ],
        }),
        ("h1", "Why Chantelle is still on a plan"),
        ("p", "Michelle asked for Chantelle to be accommodated in December after months of Chantelle staying out "
              "all night and arguments at home that the police were called to. Michelle has been dependent on "
              "alcohol for many years; she drinks every day, was found asleep and drunk by police when they "
              "brought Chantelle home on 19/11/2025, and did not go to the two appointments Derrowmere Recovery "
              "Service offered her in the autumn."),
        ("p", "Chantelle has been missing from Larkfield House seven times in five weeks. Men in cars pick her "
              "and other girls up at Derrowmere bus station and take them to a house on Tanner Street, where "
              "they are given alcohol and cannabis. Ashley ('Ash') Pearce (24) calls himself her boyfriend. "
              "She came back on 10/01/2026 with a new phone and a bruise on her neck. The conference agreed "
              "that the child protection plan should continue alongside her care plan, because the risk to "
              "her is outside the home and not yet reduced."),
        ("h1", "What Chantelle says"),
        ("p", "Chantelle spoke to Mel on her own on 16/01/2026: \"Larkfield's alright, the staff are safe, but "
              "I'm not a prisoner.\" \"Ash is my boyfriend and he's not like them.\" \"I go out because it's "
              "boring here and everyone's younger than me.\" \"I want to see my mum more, but not when she's "
              "been drinking.\" She would like to go swimming and to learn to drive \"as soon as I'm "
              "allowed\". She scored how safe she feels at Larkfield as 8 out of 10 and in town as 4."),
        ("h1", "What Michelle says"),
        ("p", "\"I couldn't keep her safe, I know that. I want her to know I haven't given up on her. I want to "
              "see her every week.\" Michelle said she is drinking less than in the autumn."),
        ("h1", "What is going well"),
        ("bullets", [
            "Chantelle has come back on her own three times, and has talked to Zoe after every episode but one.",
            "She gets on with Aimee, and has chosen her own key work times.",
            "She has been in school every day since 12/01/2026.",
            "Michelle has come to every Wednesday visit at Larkfield, and rang the home first each time.",
        ]),
        ("h1", "What we want to happen"),
        ("numbers", [
            "Chantelle is safe from Ash and the men at Tanner Street, and is not picked up by adults at the bus "
            "station.",
            "Chantelle goes missing less often, and is found quickly and talks to someone she trusts every time "
            "she does.",
            "Chantelle is in school every day and has things to do at weekends that she enjoys.",
            "Michelle cuts down her drinking and accepts help from an alcohol service.",
        ]),
        ("h1", "Part 1: Larkfield House"),
        ("p", "The home's part, set out as the home works: who on the rota does it, on which shift, and where "
              "it is written down."),
        ("table", {
            "header": ["Ref", "What staff will do", "Who on the rota", "Which shift / when", "Written in"],
            "widths": [1.2, 5.6, 3.2, 3.2, 3.8],
            "rows": [
                ["LH1",
                 "Agree with Chantelle, before she goes out, where she is going, who with and how she will get "
                 "back, and write it on the going-out sheet",
                 "Shift leader on duty",
                 "Every time Chantelle goes out",
                 "Going-out sheet in the shift log, with the time she came back"],
                ["LH2",
                 "Ring Chantelle if she is not back by her agreed time, and report her missing to Derrowmere "
                 "Police if she is 30 minutes late and not answering",
                 "Shift leader on duty",
                 "30 minutes after her agreed time, every time",
                 "Police reference number in the shift log; Mel e-mailed by 9am the next day"],
                ["LH3",
                 "Key work session with Chantelle: her week, her plans for the weekend, and anyone new she has "
                 "met",
                 "Aimee Lyons, key worker",
                 "Every Monday at 4.30pm",
                 "Key work record with Chantelle's words, e-mailed to Mel each Tuesday"],
                ["LH4",
                 "Direct work on healthy relationships and consent, using the 'Respect Yourself' workbook",
                 "Aimee Lyons, key worker",
                 "As and when Chantelle is willing",
                 "Completed workbook pages in her key work file"],
                ["LH5",
                 "Night checks: look in on Chantelle every hour and check the window and back door alarms",
                 "Waking night worker on duty",
                 "Every night shift, 11pm to 7am",
                 ""],
                ["LH6",
                 "Drive Chantelle to Derrowmere Academy and collect her at the end of the school day",
                 "Shift leader on duty",
                 "Every school day, 8.20am and 3.10pm",
                 "Drop-off and pick-up times in the shift log"],
                ["LH7",
                 "Keep Chantelle's missing grab pack up to date (photo, description, phone numbers, places) and "
                 "send it to PC Harte",
                 "Kerry Bell, registered manager",
                 "By 23/01/2026, then within 24 hours of any change",
                 "Copy of the grab pack in the shift log, and PC Harte's reply"],
                ["LH8",
                 "Plan a weekend activity with Chantelle (swimming, the cinema, the trampoline park) and go with "
                 "her",
                 "Shift leader on duty",
                 "Every Saturday and Sunday afternoon",
                 "The activity, and how long Chantelle stayed, in the shift log"],
            ],
        }),
        ("h1", "Part 2: Other agencies, Chantelle and Michelle"),
        ("table", {
            "header": ["Ref", "Action", "Lead", "When", "How we will know"],
            "widths": [1.2, 5.6, 3.2, 3.2, 3.8],
            "rows": [
                ["P1",
                 "Visit Chantelle at Larkfield House, see her on her own, and talk about Ash, Tanner Street and "
                 "her plans",
                 "Mel Sandford, social worker",
                 "Every week until the review conference",
                 "Visit record within 2 working days, with Chantelle's words and her safety score"],
                ["P2",
                 "Return home interview after every missing episode, by a worker who is not from the home",
                 "Zoe Gant, Missing and Exploitation Team",
                 "Within 72 hours of every return",
                 "RHI form on Chantelle's record; names, cars and addresses sent to PC Harte on an intelligence "
                 "form the same day"],
                ["P3",
                 "Serve a child abduction warning notice on Ashley Pearce, and visit the Tanner Street house "
                 "with the council's housing enforcement officer",
                 "PC Gemma Harte, Derrowmere Police",
                 "By 30/01/2026",
                 "Copy of the served notice on file; the Tanner Street visit recorded under its log number"],
                ["P4",
                 "Derrowmere's taxi firms to be briefed on Chantelle's description and told to ring 999 if an "
                 "adult books a car for her",
                 "",
                 "By 06/02/2026",
                 "List of the firms briefed, with the date each was seen, sent to PC Harte"],
                ["P5",
                 "Make a National Referral Mechanism referral for Chantelle as first responder",
                 "Mel Sandford, social worker",
                 "By 23/01/2026",
                 "NRM reference on file; the reasonable grounds decision shared with the core group"],
                ["P6",
                 "Confidential sexual health appointment, with contraception and testing if Chantelle wants them",
                 "Jo Tierney, sexual health outreach nurse",
                 "First offered by 30/01/2026, then every 3 months",
                 "Appointment dates confirmed to Mel (not what was said)"],
                ["P7",
                 "Full timetable with a daily check-in with her learning mentor, Mr Dev Anand",
                 "Mr Jon Fairclough, DSL, Derrowmere Academy",
                 "Every school day, 8.45am check-in",
                 "Register and check-in notes, summarised to Mel every Friday; attendance at 95% by Easter"],
                ["P8",
                 "Take Chantelle out for an activity she chooses",
                 "Brenda Hale, independent visitor",
                 "Every other Saturday, 1pm to 4pm",
                 "Monitored by the home"],
                ["P9",
                 "Visit Chantelle at Larkfield House, ringing the home by 2pm to confirm, and come sober",
                 "Michelle Roper (mum)",
                 "Every Wednesday, 4pm to 6pm",
                 "Each visit, and any visit stopped because Michelle had been drinking, written in the shift log "
                 "and told to Mel"],
                ["P10",
                 "Tell staff where she is going and who with before she goes out, keep her phone on, and be back "
                 "by the time agreed",
                 "Chantelle",
                 "Every time she goes out",
                 "Going-out sheet and times back in the shift log, read by Mel at each visit"],
            ],
        }),
        ("h1", "Contingency"),
        ("bullets", [
            "If Chantelle is missing: the shift leader reports her to Derrowmere Police 30 minutes after her "
            "agreed time; the police check the bus station and Tanner Street first; Zoe offers a return home "
            "interview within 72 hours of her return.",
            "If Chantelle is found at Tanner Street or with Ash: the police take her back to Larkfield House "
            "(not to the bus station), and Mel holds a strategy discussion with PC Harte the next working day.",
            "If Chantelle comes back hurt, or says she has been made to do something sexual: the shift leader "
            "rings the police at once, and Mel (or the Emergency Duty Team) holds a strategy discussion the "
            "same day.",
            "If Michelle comes to a visit drunk: the shift leader ends the visit, Michelle leaves the home, and "
            "the shift leader tells Mel the next morning.",
            "If Chantelle is missing three times in any seven days, or is found at Tanner Street again, Rhys "
            "Ogden (team manager) will request a legal planning meeting within 5 working days, to decide "
            "whether to apply for a care order and whether Chantelle needs a placement further from "
            "Derrowmere.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Larkfield House, 10am: 10/02/2026, 10/03/2026 and 07/04/2026.",
            "Chantelle's looked after review: 05/03/2026.",
            "Review child protection conference: 21/04/2026 at 2pm, Derrowmere Civic Centre.",
        ]),
    ],
    "findings": [
        F("T002", "Direct work on healthy relationships and consent, using the"),
        F("M001", "Night checks: look in on Chantelle every hour"),
        F("W001", "Derrowmere's taxi firms to be briefed on Chantelle's description"),
        F("M002", "Take Chantelle out for an activity she chooses"),
        F("F002", "Michelle cuts down her drinking and accepts help from an alcohol service."),
        F("F004"),
    ],
})


# ---------------------------------------------------------------------------
# 6. A sibling group where only the eldest is at risk outside the home: a
#    part for Daniel, a part for Tobi and Esther, and their mother's part,
#    linked to the children; the community mental health team reports on her
#    capacity to change. Page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b201_dimchurch_sibling_parts_eldest_outside_home_adeleke.pdf",
    "doc_title": "Child Protection Plan - Daniel, Tobi and Esther Adeleke",
    "split": "heldout",
    "actions": 19,
    "min_pages": 3,
    "header": "OFFICIAL-SENSITIVE · Dimchurch Borough Council · Children's Social Care",
    "footer": "Adeleke children · Child protection plan, ICPC 14/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "family-cp-plan-sibling-group-paged-children-table-whos-who-table-why-each-child-going-well-each-childs-words-mums-words-outcomes-by-child-then-part-1-eldest-outside-the-home-part-2-younger-two-at-home-part-3-mums-part-linked-to-children-each-a-no-what-needs-to-happen-who-when-how-well-know-table-then-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for three children: a 15-year-old boy drawn into serious youth "
        "violence after his friend was stabbed (a knife, threats on Snapchat, a youth conditional caution), "
        "and his brother (10) and sister (6), left to look after themselves after school because their "
        "mother's depression keeps her in bed. Only the eldest is at risk outside the home. The plan is in "
        "three parts, each a 'No. / What needs to happen / Who / When / How we'll know' table: Part 1 "
        "Daniel's (youth justice, a detached youth worker, police threat assessment and patrols, school, "
        "the GP's CAMHS referral), Part 2 Tobi's and Esther's (school, an aunt, family support, young "
        "carers, the school nurse), Part 3 their mother's, each row linked to the children; the community "
        "mental health team's care coordinator and psychiatrist report on her capacity to change and its "
        "likely timescale. Page header and footer. The aunt's two parts have a fallback; legal planning "
        "follows named triggers; core group dates and a dated review conference are set; all three "
        "children's words are recorded."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Daniel, Tobi and Esther Adeleke. Initial child protection conference, 14/01/2026, chaired by "
              "Stephen Rowe (independent reviewing officer). Plan written by Chloe Brandt, social worker, on "
              "15/01/2026 and agreed with Funmi."),
        ("table", {
            "header": ["Child", "Born (age)", "School", "Category"],
            "widths": [3.5, 3.5, 5.0, 5.0],
            "rows": [
                ["Daniel Adeleke", "19/04/2010 (15)", "Dimchurch Grange School, Year 10",
                 "Physical abuse (serious youth violence)"],
                ["Tobi Adeleke", "02/09/2015 (10)", "St Barnabas Primary School, Year 5", "Neglect"],
                ["Esther Adeleke", "27/06/2019 (6)", "St Barnabas Primary School, Year 1", "Neglect"],
            ],
        }),
        ("p", "The children live with their mum, Funmi Adeleke (40), at 31 Sorrel Road, Dimchurch DM2 5TE. "
              "Their dad, Kunle Adeleke, lives in Corringham and phones every Sunday. Funmi's sister, Bisi "
              "Adeyemi (\"Aunty Bisi\"), lives at 12 Linnet Way, Dimchurch."),
        ("h1", "Who's who"),
        ("table", {
            "header": ["Name", "Role"],
            "widths": [5.0, 12.0],
            "rows": [
                ["Chloe Brandt", "Social worker, Family Safeguarding Team North (team manager: Graham Tait)"],
                ["Adrian Cole", "Case manager, Dimchurch Youth Justice Service"],
                ["Kofi Mensah", "Youth worker, Street Reach (Dimchurch detached youth project)"],
                ["DC Sanjay Mehta", "Dimchurch Police Serious Violence Team"],
                ["PC Leah Barker", "Dimchurch North Neighbourhood Team"],
                ["Mrs Rachel Okoro", "DSL, Dimchurch Grange School"],
                ["Dr Paul Lewis", "GP, Sorrel Road Surgery"],
                ["Mrs Helen Pryce", "Family support lead, St Barnabas Primary School"],
                ["Mrs Sandra Kite", "Attendance officer, St Barnabas Primary School"],
                ["Nadia Farouk", "Family support worker, Dimchurch Family Hub"],
                ["Lorna Hatch", "School nurse, Dimchurch 0-19 Service"],
                ["Ben Oakes", "Young carers worker, Dimchurch Young Carers"],
                ["Mark Lowry", "Community psychiatric nurse and Funmi's care coordinator, Dimchurch Community "
                               "Mental Health Team"],
                ["Dr Anjali Rao", "Consultant psychiatrist, Dimchurch Community Mental Health Team"],
            ],
        }),
        ("h1", "Why the children have a plan"),
        ("p", "Daniel. On 24/11/2025 Daniel's closest friend, Jermaine, was stabbed in Orchard Park. Since then "
              "Daniel has been out until after midnight with a group of older boys from the park, and on "
              "08/12/2025 police stopped him on Sorrel Road with a lock knife. He accepted a youth conditional "
              "caution on 15/12/2025. He appears in a drill video holding a knife, and on 02/01/2026 he was "
              "sent Snapchat messages saying he would be \"next\". He has been absent from school 14 times "
              "this term."),
        ("p", "Tobi and Esther. Funmi has had depression since 2023 and is under the community mental health "
              "team. On bad days she stays in bed, and Tobi makes instant noodles for himself and Esther and "
              "puts her to bed. Twice in December a neighbour found the two of them alone in the evening "
              "while Daniel was out. Esther has been late to school 22 times this term, has had head lice "
              "since October and has not seen a dentist. Tobi's attendance is 88% and Esther's 84%."),
        ("h1", "What is going well"),
        ("bullets", [
            "Funmi goes to her appointments with Mark, and asked for help herself at the conference.",
            "Aunty Bisi already has Tobi and Esther on some afternoons, and both children love being there.",
            "Daniel has gone to every youth justice appointment since his caution.",
            "Daniel plays football well, and Kofi has found him a trial with Dimchurch Town's academy.",
            "Tobi is doing well in school and his teacher says he is kind and thoughtful.",
        ]),
        ("h1", "What the children say"),
        ("p", "Daniel (with Chloe, on his own, 09/01/2026): \"I'm not in a gang, it's just the people I grew up "
              "with.\" \"If I don't carry, I'm the one who gets it. That's what happened to Jermaine.\" \"Mum's "
              "ill, she doesn't need all this.\" He wants to play football \"properly\" and to stay at "
              "Dimchurch Grange. He scored how safe he feels in Orchard Park as 2 out of 10 and at home as 9."),
        ("p", "Tobi (at school, 12/01/2026): \"I make the noodles for me and Esther, I'm good at it.\" \"I get "
              "scared when Danny doesn't come home. I listen for the door.\" His wish is \"for Mum to be happy "
              "and for Danny to stop going out\"."),
        ("p", "Esther (at school, 12/01/2026) drew her house with Mum in bed upstairs and herself and Tobi in "
              "the kitchen. She said: \"Mummy sleeps a lot. Aunty Bisi does my hair and it doesn't hurt.\""),
        ("h1", "What Funmi says"),
        ("p", "\"I am ashamed that my little ones have been on their own. When I am low I cannot lift my head. "
              "I want Daniel safe and I want to be a proper mum again. I will do what you ask.\""),
        ("h1", "What we want for the children"),
        ("bullets", [
            "Daniel: he is not carrying a knife, is not hurt, is home by his curfew every night, and is in "
            "school at least 90% of the time by the Easter holidays.",
            "Tobi and Esther: they are never left alone at home, have a cooked tea and a bath from an adult "
            "every day, and get to school on time, clean and fed.",
            "All three: they are cared for by a mum whose depression is treated well enough for her to get "
            "up for them every morning, with help from Aunty Bisi that they can count on.",
        ]),
        ("h1", "Part 1: Daniel, safe outside the home"),
        ("table", {
            "header": ["No.", "What needs to happen", "Who", "When", "How we'll know"],
            "widths": [1.1, 5.9, 3.3, 3.0, 3.7],
            "rows": [
                ["1.1",
                 "See Daniel on his own, at home or at school, and talk about the group in Orchard Park, the "
                 "threats and how safe he feels",
                 "Chloe Brandt, social worker",
                 "Every week until the review conference",
                 "Visit notes within 2 working days, with Daniel's words and his safety score"],
                ["1.2",
                 "Weekly sessions under Daniel's youth conditional caution on knife carrying, handling conflict "
                 "and getting out of a group",
                 "Adrian Cole, Youth Justice Service",
                 "Every Wednesday at 4pm until the caution ends on 15/03/2026",
                 "Session records sent to Chloe each month; completion letter on file by 15/03/2026"],
                ["1.3",
                 "Be home by 8pm on school nights and 9.30pm on Fridays and Saturdays, and text Mum where he is "
                 "when he sets off",
                 "Daniel",
                 "Every night",
                 "Funmi's curfew calendar, read by Chloe at each visit"],
                ["1.4",
                 "Mentoring with Daniel, and getting him to the Dimchurch Town academy trial and training",
                 "Kofi Mensah, Street Reach",
                 "Every Monday, 5pm to 6.30pm, from 19/01/2026",
                 "Kofi's session notes to Chloe; Daniel's name on the academy's training register"],
                ["1.5",
                 "Assess the threats sent to Daniel on Snapchat on 02/01/2026, and tell Funmi and Chloe what "
                 "the police will do about them",
                 "DC Sanjay Mehta, Serious Violence Team",
                 "Threat assessment by 23/01/2026",
                 "Threat assessment on the police system; the outcome given to Funmi and Chloe in writing"],
                ["1.6",
                 "Patrol Orchard Park and the Sorrel Road shops when school finishes and on Friday evenings",
                 "PC Leah Barker, Neighbourhood Team",
                 "School days 3pm to 4.30pm and Fridays 6pm to 10pm, until 31/03/2026",
                 "Patrol log, with any stop and account records sent to DC Mehta each week"],
                ["1.7",
                 "Daily check-in with Daniel's chosen mentor, Mr Hughes (PE), and a route home through the "
                 "Linnet Way gate, away from the park",
                 "Mrs Rachel Okoro, DSL",
                 "Every school day, 8.40am",
                 "Check-in notes on CPOMS and the register; an absence rung to Funmi by 9.30am"],
                ["1.8",
                 "Refer Daniel to Dimchurch CAMHS for his sleep, his anger and what he saw when Jermaine was "
                 "stabbed",
                 "Dr Paul Lewis, GP",
                 "Referral by 23/01/2026",
                 "CAMHS acceptance letter and first appointment date on Chloe's file"],
            ],
        }),
        ("h1", "Part 2: Tobi and Esther, cared for at home"),
        ("table", {
            "header": ["No.", "What needs to happen", "Who", "When", "How we'll know"],
            "widths": [1.1, 5.9, 3.3, 3.0, 3.7],
            "rows": [
                ["2.1",
                 "Breakfast club place for Tobi and Esther, with a check that both have eaten and are clean and "
                 "in clean uniform",
                 "Mrs Helen Pryce, St Barnabas Primary",
                 "Every school day from 8am",
                 "Breakfast club register; a weekly note to Chloe of any day either child came in hungry or "
                 "unwashed"],
                ["2.2",
                 "First-day call to Funmi if Tobi or Esther is not in school",
                 "Mrs Sandra Kite, attendance officer",
                 "Every school day by 9.30am",
                 "Register and call log to Chloe every Friday; both children at 95% by the Easter holidays"],
                ["2.3",
                 "Collect Tobi and Esther from school, give them tea at her house, and walk them home",
                 "Aunty Bisi",
                 "Every Tuesday and Thursday, 3.15pm to 7pm",
                 "Children signed out to Bisi in the school's collection book; Bisi writes the times in the "
                 "family diary"],
                ["2.4",
                 "Take all three children to church and Sunday lunch",
                 "Aunty Bisi",
                 "Every Sunday, 10am to 3pm",
                 "Times written in the family diary, read by Chloe at her visits"],
                ["2.5",
                 "Sessions at home on after-school, teatime and bedtime routines, so that an adult, not Tobi, "
                 "makes the tea and puts Esther to bed",
                 "Nadia Farouk, Family Hub",
                 "Every Monday, 4pm to 6pm, for 10 weeks from 19/01/2026",
                 "Routine chart on the fridge checked at each session; session notes to Chloe"],
                ["2.6",
                 "Treat Esther's head lice with Funmi, and book and go with them to a dental check-up",
                 "Lorna Hatch, school nurse",
                 "Head lice by 23/01/2026; dentist by 13/02/2026",
                 "Lice-free check at school recorded by Lorna; dentist's letter on Chloe's file"],
                ["2.7",
                 "Young carers assessment for Tobi, and a place at the Saturday young carers' club",
                 "Ben Oakes, Dimchurch Young Carers",
                 "Assessment by 13/02/2026; club every other Saturday after that",
                 "Assessment report shared with Funmi and the core group; club register"],
                ["2.8",
                 "See Tobi and Esther on their own at school, using Three Houses, and ask who made tea and who "
                 "put them to bed",
                 "Chloe Brandt, social worker",
                 "Every two weeks until the review conference",
                 "Their drawings and words in the visit record"],
            ],
        }),
        ("h1", "Part 3: Funmi, well enough to care for the children"),
        ("table", {
            "header": ["No.", "What needs to happen", "Who", "When", "How we'll know"],
            "widths": [1.1, 5.9, 3.3, 3.0, 3.7],
            "rows": [
                ["3.1",
                 "Care coordination visits to Funmi, and a written report to each core group on her mood, what "
                 "she is managing for Tobi, Esther and Daniel, whether she is able to make the changes the "
                 "children need, and how long that is likely to take",
                 "Mark Lowry, CPN, Community Mental Health Team",
                 "Visits every two weeks; report before each core group (first by 03/02/2026)",
                 "Written report to Chloe and the core group, with Funmi's PHQ-9 scores and Mark's view of her "
                 "capacity to change and the likely timescale"],
                ["3.2",
                 "Review Funmi's medication and give a psychiatric opinion on her prognosis and her capacity to "
                 "care for the children within their timescales",
                 "Dr Anjali Rao, consultant psychiatrist, Community Mental Health Team",
                 "Review by 13/02/2026; letter within 2 weeks of it",
                 "Dr Rao's letter to Dr Lewis and Chloe, giving her view of Funmi's capacity to change and how "
                 "long it is likely to take"],
                ["3.3",
                 "Take her medication every morning and go to every appointment with Mark and Dr Rao, so that "
                 "she is up to take Tobi and Esther to breakfast club",
                 "Funmi",
                 "Every day",
                 "Mark's reports on her appointments; the breakfast club register shows both children in by "
                 "8.15am"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Daniel is not home 30 minutes after his curfew and is not answering: Funmi rings 101 and reports "
            "him missing, and Kofi offers him a return home interview within 72 hours of his return.",
            "If Daniel is found with a knife, is hurt, or the threats name his home or his family: the police "
            "respond at once and Chloe (or the Emergency Duty Team) holds a strategy discussion the same day; "
            "Daniel goes to stay with his dad in Corringham until it is safe (agreed by Kunle on 10/01/2026).",
            "If Funmi is too unwell to get up for Tobi and Esther, or talks of harming herself: Mark asks the "
            "crisis team to see her the same day, and the children go to Aunty Bisi's that night; if Bisi "
            "cannot have them, the Emergency Duty Team places them with emergency foster carers.",
            "If Aunty Bisi cannot do a Tuesday, Thursday or Sunday (she is ill, away or working), she rings "
            "Funmi and Chloe by 12 noon: Tobi and Esther go to St Barnabas after-school club until 5.30pm (a "
            "place is kept for them, paid by the Family Hub), where Nadia collects them and stays until 7pm; on "
            "a Sunday Nadia visits at 12 noon. If Bisi can no longer help at all, Chloe calls a core group "
            "within 5 working days to agree another adult.",
            "If Tobi and Esther are found alone at home again, if Funmi cannot care for them for more than three "
            "days, or if Daniel is found with a knife again, Graham Tait (team manager) will request a legal "
            "planning meeting within 5 working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Dimchurch Family Hub, 4pm: 04/02/2026, 04/03/2026 and 01/04/2026.",
            "Review child protection conference: 15/04/2026 at 10am, Dimchurch Civic Centre.",
        ]),
        ("p", "Copies to Funmi, Daniel, Kunle, Aunty Bisi and every agency named in the plan."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. A youth justice referral order contract joined to the child protection
#    plan: contract items C1 to C7 ("How the panel will know"), then plan
#    items P1 to P9, timed by panel reviews and school weeks. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b201_dunwickham_referral_order_contract_and_cp_plan_hollis.md",
    "split": "heldout",
    "actions": 16,
    "template": "referral-order-contract-joined-to-cp-plan-md-about-kai-table-what-happened-why-on-a-plan-kais-words-to-panel-and-sw-rob-says-what-the-victim-asked-going-well-outcomes-then-part-1-contract-items-c1-c7-what-who-by-when-how-the-panel-will-know-then-part-2-cp-plan-items-p1-p9-what-needs-to-happen-who-when-how-well-know-then-if-things-go-wrong-panel-and-core-group-dates",
    "description": (
        "Initial conference plan for a 15-year-old boy on a nine-month referral order for an attempted "
        "robbery carried out with older boys who give him cannabis and have him hold drugs for them; his "
        "father has depression and is under the community mental health team, and his nan has him at "
        "weekends. Written by the Youth Justice Service and the social worker as one plan: Part 1 is the "
        "referral order contract agreed with the youth offender panel (items C1 to C7, Kai's own in the "
        "first person, with 'How the panel will know' and times set by panel reviews), Part 2 the child "
        "protection plan (P1 to P9). Most items are sound. Faults: the reparation project with '-' for by "
        "when; the boxing club place with '-' for how the panel will know; the school's report card "
        "measured by 'improvement in Kai's attitude to school'; 'Family' making sure he is in by his "
        "curfew; the CPN's visits that only support the father; and the nan's Friday nights and Saturdays "
        "with nothing said if she cannot have him."
    ),
    "text": """\
# Kai Hollis: one plan

## Referral order contract and child protection plan

Dunwickham Youth Justice Service and Dunwickham Council Children's Services. Kai's contract was agreed with
the youth offender panel on 08/01/2026, and his child protection plan at the initial child protection
conference on 13/01/2026 (chair: Farida Noor, IRO). They are written together so that Kai, his dad and the
workers have one plan to follow.

### About Kai

| | |
|---|---|
| **Name** | Kai Hollis, born 21/10/2010 (15), Year 10, Marsh Lane High School |
| **Lives with** | His dad, Rob Hollis (47), at 6 Heron Walk, Dunwickham DN3 7AF |
| **Mum** | Kerry Hollis, moved to Portugal in 2023; video calls about once a month |
| **Nan** | Sheila Hollis (70), Rob's mum, 40 Church Street, Dunwickham |
| **Order** | Referral order, 9 months, made at Dunwickham Youth Court on 04/12/2025; ends 03/09/2026 |
| **Category** | Neglect and physical abuse (child criminal exploitation) |
| **YJS case manager** | Liam Brady, Dunwickham Youth Justice Service |
| **Panel** | Pam Withers and Des Kaur (community panel members), with Liam |
| **Social worker** | Asha Patel, Adolescent Safeguarding Team (team manager: Mike Rudd) |
| **Police** | PC Joe Ashby, Dunwickham Police Exploitation Team |

### What happened

On 04/11/2025 Kai and two older boys, Connor Wragg (18) and a 17-year-old, tried to take a 14-year-old's
phone and coat on the Marsh Road estate. Kai pleaded guilty. Since the summer the older boys, known locally
as "the Marsh Road lot", have given Kai cannabis and asked him to hold packages for them in the garages
behind Hillcrest flats. In December he said he owed Connor £300 "for the weed". He has been stopped twice
after 11pm near the garages.

### Why Kai is on a child protection plan

Rob has had depression since Kerry left. He is under Dunwickham Community Mental Health Team and sees a
community psychiatric nurse, Lorraine Betts. On bad weeks Rob sleeps in the day and does not know where Kai
is at night; there has often been no food in the house. Kai's attendance this term is 71%, and he has been
excluded for two days for smoking cannabis on the school field.

### What Kai says

To the panel (08/01/2026): "I did it because they were there and I didn't want to look soft. I'm sorry for
the kid, he didn't do nothing." To Asha on his own (10/01/2026): "Connor's not my mate, I know that. But if
I stop, I still owe him." "Dad's not well, he tries. Don't make it his fault." "Nan's is the best bit of my
week." He wants to box, and to be an electrician. He scored how safe he feels on the estate as 3 out of 10
and at Nan's as 10.

### What Rob says

"I've let him down, I know I have. Some days I can't get out of bed, never mind go looking for him. I'll
work with anyone who can help, I just don't want him taken off me."

### What the victim asked for

Through the victim liaison officer, the boy's mother asked for a letter of apology, and for Kai to do
something useful for the community.

### What is going well

- Kai went to all three YJS appointments before the panel, and talked honestly at it.
- He stays at Nan's every weekend and is always back on time from there.
- Rob sees Lorraine every fortnight and came to the conference.
- Kai's English teacher says his writing is good when he is in.

### What we want for Kai

1. Kai is free of the Marsh Road lot and the debt, and is not asked to hold or carry anything for them.
2. Kai commits no further offences and completes his referral order.
3. Kai is in school at least 90% of the time by the May half term.
4. Kai is looked after at home: there is food in the house, and an adult knows where he is every night.

### Part 1: Kai's referral order contract

Agreed with the youth offender panel on 08/01/2026. The panel reviews it on 05/03/2026 (3 months) and
04/06/2026 (6 months).

| Item | What | Who | By when | How the panel will know |
|---|---|---|---|---|
| C1 | I will go to every appointment with Liam at the YJS office. | Kai | Every Tuesday at 4pm until the 3-month review, then every other Tuesday | Liam's attendance record, reported at each panel review |
| C2 | I will write a letter of apology to the boy, with Liam's help, to be passed on only if he wants it. | Kai, with Liam Brady | By 05/02/2026 | The letter on the YJS file; the victim liaison officer records whether it was passed on |
| C3 | 12 hours of reparation at the Dunwickham Community Garden, supervised by the reparation worker. | Kai, with Gareth Nye (reparation worker) | - | Hours signed off on the reparation timesheet |
| C4 | Six victim awareness and consequences sessions, using what happened on 04/11/2025. | Liam Brady, YJS | Weekly from 13/01/2026, all six by 17/02/2026 | Session records and Kai's finished workbook, shown at the 3-month review |
| C5 | Find Kai a place at Marsh Lane Amateur Boxing Club and pay his subs from the positive activities fund. | Liam Brady, YJS | By 30/01/2026 | - |
| C6 | I will go to school every day and keep to my report card. | Kai | Every school day | Register and report card sent to Liam every Friday; attendance at 90% by the May half term |
| C7 | I will see the YJS substance worker about my cannabis use. | Kai, with Priya Desai (YJS substance worker) | Every other Thursday at 4pm from 15/01/2026 | Priya's session notes, and Kai's own record of how much he is smoking, seen at each panel review |

### Part 2: Kai's child protection plan

| Item | What needs to happen | Who | When | How we'll know |
|---|---|---|---|---|
| P1 | See Kai on his own, at home or at school, and talk about the Marsh Road lot, the debt and how safe he feels. | Asha Patel, social worker | Every week until the review conference | Visit notes within 2 working days, with Kai's words and his safety score |
| P2 | Make a National Referral Mechanism referral for Kai as first responder. | Asha Patel, social worker | By 20/01/2026 | NRM reference on file; the reasonable grounds decision shared with the core group and the panel |
| P3 | Serve a child abduction warning notice on Connor Wragg, and patrol the garages behind Hillcrest flats. | PC Joe Ashby, Dunwickham Police | Notice by 30/01/2026; patrols Friday and Saturday, 8pm to midnight | Copy of the served notice on file; patrol log entries sent to Asha each week |
| P4 | Daily report card, with Kai checking in with his form tutor at 8.40am and 3pm. | Mr Colin Frear, Head of Year 10 | Every school day | Improvement in Kai's attitude to school |
| P5 | Make sure Kai is in by his 9pm curfew, and ring 101 if he is not home by 9.30pm and not answering. | Family | Every night | The curfew sheet on the fridge, read by Asha at each visit |
| P6 | Have Kai to stay at her house on Friday nights. | Nan (Sheila Hollis) | Every Friday, 6pm until Saturday morning | Nan writes the times in the curfew sheet, read by Asha at each visit |
| P7 | Take Kai to Dunwickham Saints' Saturday under-16 training and have him for the day. | Nan (Sheila Hollis) | Every Saturday, 9.30am to 6pm | The club's training register, and Nan's times in the curfew sheet |
| P8 | Support visits to Rob to help him with his low mood and motivation. | Lorraine Betts, CPN, Dunwickham Community Mental Health Team | Every two weeks | Lorraine's visit notes, shared with Asha |
| P9 | Go to the Dunwickham group for parents of exploited children. | Rob Hollis | Every other Wednesday at 7pm, from 21/01/2026 | Group register sent to Asha each month |

### If things go wrong

- **If Kai is not home by 9.30pm and is not answering:** he is reported missing on 101, and the police
  check the Hillcrest garages first. Asha (or another worker Kai knows) offers a return home interview
  within 72 hours of his return.
- **If Kai is arrested, found holding drugs, or threatened over the debt:** PC Ashby tells Asha the same
  day, and Asha holds a strategy discussion with the police and Liam that day. The police treat any
  threat as a crime report.
- **If Kai misses two YJS appointments in a row:** Liam visits him at home within two working days, and if
  Kai still does not come, Liam returns the case to the panel.
- **If Kai is arrested again, is missing overnight, or is found with Connor Wragg:** Mike Rudd (team
  manager) will request a legal planning meeting within 5 working days.

### Meetings

- Core group every four weeks at Marsh Lane High School, 3.30pm: 03/02/2026, 03/03/2026 and 31/03/2026.
- Youth offender panel reviews: 05/03/2026 and 04/06/2026.
- Review child protection conference: 14/04/2026 at 2pm, Dunwickham Civic Centre.
""",
    "findings": [
        F("T001", "12 hours of reparation at the Dunwickham Community Garden"),
        F("M001", "Find Kai a place at Marsh Lane Amateur Boxing Club"),
        F("M002", "Daily report card, with Kai checking in with his"),
        F("W002", "Make sure Kai is in by his 9pm curfew"),
        F("H001", "Support visits to Rob to help him with his low mood"),
        F("C003"),
    ],
})
