"""Batch 200, module a: seven fictional plans (tuning material), places beginning with "a".

Batch: 200. Letter: a. Split: tune (every plan).

Everything here is made up: young people, families, professionals, police
officers and collar numbers, schools, colleges, children's homes, youth
services, hospitals, businesses, courts and councils. Any resemblance to
real people, places or cases is a coincidence. The labels were written by
hand from docs/rules.md and the conventions in sample_plans/README.md
(conventions 1 to 13), without running planlint or reading its code.

Focus: teenagers at risk outside the home, again, in other templates, with
other agencies and other voices: a police-led joint tasking sheet, a
school's provision map for a pupil at risk of exploitation, a safety plan
written to a young person in the second person, a missing-protocol
strategy meeting whose actions join the child protection plan, a risk plan
for a girl in a children's home, a sibling group where only the eldest is
at risk outside the home, and a youth justice referral order contract
written into a child protection plan. The agencies are the ones
adolescents' plans name (police with collar numbers and a missing persons
coordinator, the return home interview worker, a specialist exploitation
worker, licensing, the DSL, attendance officer and pastoral staff,
children's home staff, the youth justice service and its panel, CAMHS,
sexual health outreach, youth workers, the Single Competent Authority for
the National Referral Mechanism). Times are events and rhythms ("within 72
hours of every return", "every time Manny is found, before he goes home",
"Thursday to Saturday, 4pm to 10pm, for 8 weeks", "every school day at
8.35am", "before the RUI review date", "at every panel meeting"); measures
are what someone will see, count or read (served notices, patrol logs,
safe and well forms, RHI forms, the curfew sheet, CPOMS, the home's
missing log, panel minutes, an SCA acknowledgement). The young people's
words are strong and often at odds with the plan; parents' worries are
given, and in four plans a parent needs support too (a father who
drinks, three mothers with depression).

1. a police-led joint exploitation and child protection plan for a
   15-year-old boy found in a trap house 50 miles away (NRM positive
   reasonable grounds, released under investigation), set out as the
   operation's tasking sheet (Task / Tasking / Assigned to / Result due /
   Result recorded on) after a sanitised intelligence picture, his own
   words and his mother's and sister's worries (docx, exemplary);
2. the school's safeguarding support plan for a 14-year-old in Year 9 at
   risk of criminal exploitation, his part of the child protection plan:
   a one-page profile in his words, a dated log of what staff have seen,
   then a provision map (Provision / Staff / How often / Intended impact /
   How we will measure impact) and a table for everyone else; his father
   drinks (md): faults are the counsellor's drop-ins "As required", the
   behaviour mentor's sessions measured by "Improvement in Kieran's
   behaviour", a careers interview with "-" for its measure, "All staff"
   reporting sightings, the father's drinking with no adult service owning
   any action (the social worker only helps him book), and the review
   conference "date to be confirmed" (T002, M002, M001, W002, F004, R001);
3. a safety plan written to a 16-year-old girl at risk of sexual
   exploitation in the second person ("you" is Zosia), with "You told us",
   her plan table (Who / What you and we agreed / When / How we'll all
   know) and a green / amber / red safety plan, printed with a page header
   and footer (pdf, exemplary);
4. a strategy meeting record under the missing children protocol for a
   13-year-old girl missing four times in six weeks, on a child protection
   plan, whose mother has depression; the meeting's numbered actions SM1 to
   SM15 are added to her plan, each with Owner / Due / Evidence lines (txt):
   faults are a phone download with "-" for due, a passive sexual health
   referral with "-" for owner, the school's check-ins evidenced by
   "monitored by school", the community mental health team's support
   visits that only treat the mother, a contingency that only says the
   professionals will meet again to review and consider next steps, and no
   legal planning (T001, W001, M002, H001, C002, R002);
5. a risk management and child protection plan for a 15-year-old girl
   accommodated under section 20 in a children's home, going missing to
   older men: who's who in the home, her week, then a landscape table
   whose last column is "Recorded in" (the home's daily log, missing log,
   keywork file) (docx): faults are therapy "when Jess is ready", a
   sexual health row with an empty "Recorded in" cell, "All agencies"
   sharing intelligence, the key worker's sessions recorded as
   "Monitored", and an outcome about the mother only (T002, M001, W002,
   M002, F002);
6. a plan for a sibling group where only the eldest (15) is at risk outside
   the home, a numbered outline (Part 1 the whole family, Part 2 Dion
   outside the home, Part 3 Tia and Remi at home and at school) with Lead /
   When / We'll know lines; the mother has depression, the grandfather and
   aunt help after school; page header and footer (pdf): faults are the
   CPN's visits that only support the mother, a window lock with "-" for
   its lead, a housing transfer "as soon as possible", a boxing club place with
   "-" for how we'll know, and no fallback if the grandfather or aunt
   cannot help (H001, W001, T002, M001, C003);
7. a youth justice referral order contract written into a child
   protection plan for a 16-year-old boy after a robbery with older boys:
   the contract's numbered clauses under Desistance, Safety and wellbeing
   and Keeping other people safe, his own clauses in the first person and
   the workers' with Who / When / How we'll check lines; his mother has
   depression and her care coordinator reports on her capacity to change
   (md, exemplary).

Three plans (1, 3 and 7) are exemplary: every action has a named owner (the
young person where the action is theirs: "you" in plan 3 and "I" in plan
7's clauses signed by Jordan), a real timescale and something that can be
seen, counted or read; every outcome is about the young person; each
contingency has specific triggers and concrete protective responses, and
says what happens if a relative's help fails where a relative helps; each
records the young person's voice, core group dates or frequency and a dated
review conference, and a legal planning meeting after named triggers; where
a parent is ill (plan 7) an adult mental health service owns an action and
is asked for its view of the parent's capacity to change and how long it
will take. The four faulty plans hold 22 expected findings between them.

Counting convention used for "actions" (README convention 1): each row of
an action table (the tasking sheet, the provision map, the "everyone else"
table, the safety plan table, the children's home table; header and banner
rows excepted), each numbered action of the strategy meeting (its Owner /
Due / Evidence lines belong to it), each numbered item of the sibling
outline and each numbered clause of the referral order contract counts
once, whatever number of sentences it holds. Details, who's who tables, the
intelligence picture, the school's log of what staff have seen, missing
episode logs, the agencies' updates at the strategy meeting, worries, what
is going well, the young people's and parents' words, the one-page profile,
"Jess's week", outcomes, the traffic-light safety plan, the contingency,
the referral order's panel dates and core group and review arrangements are
not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Police-led joint exploitation and child protection plan, set out as the
#    operation's tasking sheet. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b200_ardlethorpe_police_led_joint_tasking_sheet_okafor.docx",
    "doc_title": "Joint Exploitation and Child Protection Plan - Emmanuel Okafor (Operation Tern)",
    "split": "tune",
    "actions": 17,
    "template": "police-led-joint-exploitation-and-cp-plan-docx-operation-front-sheet-two-column-table-with-police-refs-nrm-rui-then-why-sanitised-intelligence-picture-bullets-manny-in-his-own-words-mum-and-sisters-worries-going-well-outcomes-then-tasking-sheet-table-task-number-tasking-assigned-to-with-collar-number-or-role-result-due-result-recorded-on-then-if-manny-goes-missing-or-things-get-worse-tasking-core-group-review",
    "description": (
        "Exemplary joint plan, led by the police Child Exploitation Unit with the social worker, for a "
        "15-year-old boy found by another force in a flat in a seaside town used to sell crack and "
        "heroin, with wraps in his sock and a debt to the line; he has a positive NRM reasonable "
        "grounds decision and is released under investigation. After a front sheet with police "
        "references, a sanitised intelligence picture, Manny's own words (he is 'not a victim'), and "
        "his mother's and sister's worries, the plan is the operation's tasking sheet: Task / Tasking / "
        "Assigned to (officers with collar numbers, the missing persons coordinator, the RHI and "
        "exploitation workers, licensing, the school, CAMHS, Manny, his mother and sister) / Result due "
        "('every time Manny is found, before he goes home', 'before the RUI review date', 'Thursday to "
        "Saturday, 4pm to 10pm, for 8 weeks') / Result recorded on (served notices on the records "
        "system, safe and well forms, patrol logs, the curfew sheet). The contingency has missing, "
        "arrest and threat triggers, a fallback if his sister cannot have him, and a legal planning "
        "meeting after named triggers; core group and review dates are set."
    ),
    "blocks": [
        ("title", "Joint Exploitation and Child Protection Plan"),
        ("p", "Ardlethorpe and Wenby Police, Child Exploitation Unit, with Ardlethorpe Borough Council "
              "Children's Social Care. Operation Tern."),
        ("p", "Led by DS Rachel Whitcombe (Child Exploitation Unit) and written with Femi Adebayo (social "
              "worker) after the initial child protection conference on 14/01/2026. The plan is set out as "
              "Operation Tern's tasking sheet: each task has a number, the person it is assigned to, the date "
              "or event by which the result is due, and where the result will be recorded so that anyone in "
              "the network can read it. Tasks are reviewed at the fortnightly Operation Tern tasking meeting "
              "and at every core group."),
        ("table", {
            "rows": [
                ["Young person", "Emmanuel (Manny) Okafor, born 03/09/2010 (15). Year 11, Ardlethorpe Academy."],
                ["Address", "27 Holloway Close, Ardlethorpe AR4 2JN, with his mum"],
                ["Mum", "Grace Okafor (46), staff nurse at Ardlethorpe General Hospital; on day shifts since "
                        "05/01/2026 so that she is home in the evenings"],
                ["Sister", "Adaeze Okafor (23), Flat 6 Quayside Court, Ardlethorpe"],
                ["Category", "Physical abuse (risk of significant harm outside the home)"],
                ["Missing reports", "Five since 11/10/2025; longest four nights (26/12/2025 to 30/12/2025)"],
                ["Selsworth arrest", "02/01/2026, Marrowcoast Police: possession with intent to supply Class A. "
                                     "Released under investigation; RUI review date 27/02/2026."],
                ["NRM", "Referred by Femi Adebayo on 05/01/2026; positive reasonable grounds decision "
                        "09/01/2026; conclusive grounds decision awaited"],
                ["Police lead", "DS Rachel Whitcombe, Child Exploitation Unit"],
                ["Social worker", "Femi Adebayo, Adolescent Safeguarding Team (team manager: Helen Ruddock)"],
                ["Chair", "Simon Greaves, independent reviewing officer"],
            ],
            "widths": [4.0, 13.0],
            "bold_first_col": True,
        }),
        ("h1", "Why there is a joint plan"),
        ("p", "Manny has been reported missing five times since October. On 02/01/2026 Marrowcoast Police found "
              "him in a flat in Selsworth, 50 miles away, that was being used to sell crack cocaine and heroin. "
              "He had 14 wraps in his sock and £260 in cash. He was arrested and later released under "
              "investigation. He told the custody nurse he owed \"eight hundred\" because \"a parcel got "
              "taken\". On 18/12/2025 he came home with a deep cut to his hand that he said was from a "
              "fence. Femi made a National Referral Mechanism referral on 05/01/2026, and the Single "
              "Competent Authority made a positive reasonable grounds decision on 09/01/2026."),
        ("h1", "The intelligence picture (sanitised for the family's copy)"),
        ("bullets", [
            "Two adults, called Adult A (24) and Adult B (19) in this plan, are believed to run a line known "
            "as \"Rico\" from Ardlethorpe to Selsworth. DS Whitcombe holds their details.",
            "Manny has been seen getting into cars linked to the line at Ardlethorpe bus station and outside "
            "Peri Palace takeaway on Canal Street, mostly on Thursday to Saturday evenings.",
            "Two other Ardlethorpe boys aged 15 and 16 have been found in the same Selsworth flat since "
            "November. Both are known to the Anchor Project.",
        ]),
        ("h1", "Manny, in his own words"),
        ("p", "Femi saw Manny on his own at a café on 10/01/2026, and DS Whitcombe joined them for the last half "
              "hour in plain clothes, as Manny asked. Manny said: \"I'm not a victim. I'm not stupid, I knew "
              "what I was doing.\" \"If I talk to feds I'm done, everyone will know.\" \"The money's sorted now, "
              "kind of.\" He does not want police in uniform at school or at home, and said that if he has "
              "to see an officer it should be \"the woman, not the ones who nicked me\"."),
        ("p", "He wants to be a barber: \"Adaeze's boyfriend cuts at Fade, he said he'd teach me.\" He scored how "
              "safe he feels at 6 out of 10 in Ardlethorpe and 2 out of 10 in Selsworth. He agreed to a curfew "
              "\"if Mum stops ringing me every ten minutes\"."),
        ("h1", "What Grace and Adaeze are worried about"),
        ("p", "Grace said: \"I lie awake listening for the door. When he went to Selsworth I didn't know if he "
              "was alive.\" She is frightened of the men who came to the house asking for Manny on "
              "29/12/2025. Adaeze thinks Manny still owes money and that \"they'll keep using that to pull "
              "him back\". Both want him to finish his GCSEs."),
        ("h1", "What is going well"),
        ("bullets", [
            "Manny has been home by his curfew every night since 05/01/2026, and in school every day.",
            "He talks to Marcus at the Anchor Project and has kept all three appointments.",
            "Grace changed to day shifts so she is home every evening, and she reported Manny missing each "
            "time within an hour.",
            "Adaeze and Manny are close; he spent last Saturday at her flat and at Fade Academy.",
        ]),
        ("h1", "What we want for Manny"),
        ("numbers", [
            "Manny is not exploited: he stops running drugs for the line and is not found in another town.",
            "Manny is home by his curfew every night; if he does go missing he is found quickly and talks to "
            "someone he trusts about what happened.",
            "Manny is in school every day, sits his GCSEs in May and June 2026 and has a college or barbering "
            "place for September.",
            "The adults exploiting Manny are disrupted and kept away from him, and he is treated as a victim "
            "of exploitation.",
            "Manny feels safe at home and knows how to get out of the debt without paying it off in drugs.",
        ]),
        ("h1", "Operation Tern tasking sheet"),
        ("p", "\"Result due\" is a date, or the event that sets the task off. \"Result recorded on\" says where "
              "the result can be read: ORBIS is the police records system and CareLink the children's social "
              "care record."),
        ("table", {
            "header": ["Task", "Tasking", "Assigned to", "Result due", "Result recorded on"],
            "widths": [1.3, 5.6, 3.4, 3.1, 3.6],
            "rows": [
                ["OT01",
                 "Serve child abduction warning notices on Adult A and Adult B naming Manny, and explain to each "
                 "that having him with them is an offence",
                 "PC 2231 Dean Marshall, Child Exploitation Unit",
                 "By 28/01/2026",
                 "Signed notices scanned to ORBIS; copies e-mailed to Femi on the day they are served"],
                ["OT02",
                 "Submit an intelligence report for every sighting of Manny with Adult A or Adult B, or in a car "
                 "linked to the line, for grading at the tasking meeting",
                 "DS Rachel Whitcombe, Child Exploitation Unit",
                 "Within 24 hours of every sighting",
                 "Intelligence reports on ORBIS; sightings table in the tasking minutes, sent to Femi"],
                ["OT03",
                 "Put a warning marker on 27 Holloway Close and on Manny's record, so that any call about him "
                 "is graded as a priority and the control room knows he is an NRM-referred child",
                 "Sgt Paula Kerr, Force Control Room",
                 "By 21/01/2026",
                 "Marker reference written into this plan at the first core group"],
                ["OT04",
                 "Make sure a safe and well check is done every time Manny is found: where he was, who with, "
                 "any injury, asked as a victim and not a suspect",
                 "Carla Benn, missing persons coordinator",
                 "Every time Manny is found, before he goes home",
                 "Safe and well form on the missing person record within 24 hours, sent by Carla to Femi and "
                 "to Jade"],
                ["OT05",
                 "Offer Manny an independent return home interview away from home if he wants, and ask what "
                 "would have stopped him going",
                 "Jade Nwosu, return home interview worker, Anchor Project",
                 "Within 72 hours of every return",
                 "RHI form shared with Femi and DS Whitcombe within 24 hours of the interview; a refusal "
                 "recorded with Manny's reason"],
                ["OT06",
                 "One-to-one sessions with Manny on grooming, debt bondage and getting out of the line safely, "
                 "ending with his safety score for the week",
                 "Marcus Lindo, specialist exploitation worker, Anchor Project",
                 "Every Tuesday at 3.45pm from 20/01/2026 until the review conference",
                 "Session notes, with Manny's safety score (0-10) agreed with Marcus, sent to Femi at the end "
                 "of each month"],
                ["OT07",
                 "Targeted patrols at Ardlethorpe bus station, the Canal Street parade and Peri Palace, "
                 "speaking with any young person seen with Adult A or Adult B",
                 "Sgt Andy Coles, Ardlethorpe Town Centre Neighbourhood Team",
                 "Thursday to Saturday, 4pm to 10pm, for 8 weeks from 22/01/2026",
                 "Patrol log with stops and sightings, presented at each fortnightly tasking meeting"],
                ["OT08",
                 "Joint licensing visit to Peri Palace: check the CCTV works and is kept for 31 days, and give "
                 "the owner written advice about young people being collected from the premises",
                 "Nadia Farooq, licensing officer, Ardlethorpe Borough Council, with PC Marshall",
                 "By 06/02/2026",
                 "Visit record and advice letter on the licensing file; copy to the tasking meeting"],
                ["OT09",
                 "Ask the CPS to take the NRM reasonable grounds decision into account in deciding whether "
                 "Manny is charged over Selsworth, and tell Manny and Grace the outcome",
                 "DC Owen Tranter, officer in the case, Marrowcoast Police",
                 "Before the RUI review date, 27/02/2026",
                 "CPS decision on Manny's police file; Femi told by phone the same day"],
                ["OT10",
                 "Send the Single Competent Authority the evidence for its conclusive grounds decision: the "
                 "Selsworth arrest, the missing reports and Manny's own account",
                 "Femi Adebayo, social worker (NRM first responder)",
                 "By 13/02/2026",
                 "SCA acknowledgement e-mail on CareLink"],
                ["OT11",
                 "Home visits, seeing Manny on his own; one visit in three after 7pm on a Friday or Saturday",
                 "Femi Adebayo, social worker",
                 "Every week until the review conference",
                 "Visit records on CareLink within 48 hours, with what Manny said in his own words"],
                ["OT12",
                 "First-day calling if Manny is not in by 9am, and a call to Femi if he has not been seen by "
                 "10.30am",
                 "Mrs Joanne Pike, attendance officer, Ardlethorpe Academy",
                 "Every school day",
                 "Register and first-day call log sent to Femi every Friday; attendance 90% or above each half "
                 "term"],
                ["OT13",
                 "Check in with Manny before registration and go through his GCSE revision timetable with him",
                 "Mr David Oyelowo, DSL, Ardlethorpe Academy",
                 "Monday, Wednesday and Friday at 8.40am until his last exam on 19/06/2026",
                 "Check-in sheet on CPOMS; March mock results in the school's core group report"],
                ["OT14",
                 "Assessment of Manny's sleep, nightmares and anger since Selsworth, with recommendations for "
                 "any treatment",
                 "Dr Imogen Fry, clinical psychologist, Ardlethorpe CAMHS Adolescent Team",
                 "First appointment by 06/02/2026; letter by 06/03/2026",
                 "Assessment letter with recommendations to Femi and the GP by 06/03/2026"],
                ["OT15",
                 "\"I will be home by 9pm on school nights and 10pm on Fridays and Saturdays, and text Mum at "
                 "6pm to say where I am.\"",
                 "Manny",
                 "Every day from 15/01/2026",
                 "Mum's curfew sheet on the fridge, read by Femi at every visit"],
                ["OT16",
                 "Ring 101 to report Manny missing if he is 30 minutes past his curfew and not answering (999 if "
                 "she thinks he is in danger), and write the log number on the curfew sheet",
                 "Grace Okafor (Mum)",
                 "Every time Manny is 30 minutes past his curfew",
                 "Police log number on the curfew sheet and on the missing person record"],
                ["OT17",
                 "Have Manny at her flat on Saturdays and take him to the barbering taster day at Fade Academy",
                 "Adaeze Okafor (sister)",
                 "Every Saturday, 10am to 4pm, until the review conference",
                 "Fade Academy's attendance sheet; Adaeze texts Femi each Saturday when Manny leaves"],
            ],
        }),
        ("h1", "If Manny goes missing, or things get worse"),
        ("bullets", [
            "If Manny is 30 minutes past his curfew and not answering, Grace rings 101 (999 if she thinks he is "
            "in danger). Because of the warning marker the control room grades the report at least medium "
            "risk, and officers check the bus station, Peri Palace and the addresses DS Whitcombe holds for "
            "Adult A and Adult B within the first two hours.",
            "If Manny is found outside Ardlethorpe, or with Adult A or Adult B, or with drugs, cash or a second "
            "phone: DS Whitcombe and Femi hold a strategy discussion the same day (the Emergency Duty Team out "
            "of hours), and Femi sends the new information to the Single Competent Authority within 5 working "
            "days. If he is arrested, Femi or the Emergency Duty Team is his appropriate adult.",
            "If Manny is threatened or hurt over the debt, or there is intelligence that he is at risk of "
            "serious harm: the police decide that day whether a threat-to-life warning is needed, and Manny "
            "stays at Adaeze's flat that night. If Adaeze cannot have him, or cannot have him on a Saturday, "
            "she rings Femi straight away; Grace takes Manny to Fade Academy herself on Saturdays, and in an "
            "emergency Femi (or the Emergency Duty Team) finds him an emergency foster placement outside "
            "Ardlethorpe the same day.",
            "If Manny goes missing three or more times before the review conference, or is found in another "
            "town again, Helen Ruddock (team manager) will hold a legal planning meeting within 5 working days "
            "to decide whether to start care proceedings or apply for a secure accommodation order.",
        ]),
        ("h1", "Tasking, core group and review"),
        ("bullets", [
            "Operation Tern tasking meeting every fortnight on Mondays at 2pm, Ardlethorpe Police Station, "
            "from 19/01/2026.",
            "Core group every four weeks at Ardlethorpe Academy, Thursdays at 3.30pm: 29/01/2026, 26/02/2026 "
            "and 26/03/2026.",
            "Review child protection conference: 14/04/2026 at 10am, Ardlethorpe Civic Centre.",
        ]),
        ("p", "Plan sent to Grace, Manny (his own copy, talked through with Femi), Adaeze and every agency on "
              "16/01/2026. The intelligence picture in the family's copy is the sanitised one above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. The school's safeguarding support plan for a Year 9 pupil at risk of
#    criminal exploitation: a one-page profile, a log of what staff have
#    seen, then a provision map and a table for everyone else. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b200_avercombe_school_provision_map_impact_measure_marsden.md",
    "split": "tune",
    "actions": 16,
    "template": "school-safeguarding-support-plan-md-schools-part-of-cp-plan-pupil-details-table-one-page-profile-in-pupils-words-what-people-like-whats-important-how-to-help-then-why-log-of-what-staff-have-seen-going-well-outcomes-then-provision-map-provision-staff-how-often-intended-impact-how-we-will-measure-impact-then-everyone-elses-part-what-who-when-how-well-know-then-if-things-go-wrong-meetings",
    "description": (
        "The school's safeguarding support plan for a 14-year-old in Year 9 at risk of criminal "
        "exploitation (two suspensions, found with cash and two phones, seen with older teenagers at a "
        "recreation ground and a corner shop, missing overnight twice), written by the DSL with the "
        "social worker as the school's part of his child protection plan. His father drinks from "
        "lunchtime and is often asleep when he comes in. A one-page profile in Kieran's words, a dated "
        "log of what staff have seen, then a provision map (Provision / Staff / How often / Intended "
        "impact / How we will measure impact) and a table for everyone else. Faults: the counsellor's "
        "drop-ins 'As required'; the behaviour mentor's sessions measured by 'Improvement in Kieran's "
        "behaviour in lessons'; a careers interview with '-' for its measure; 'All staff' reporting "
        "sightings; the father's drinking recorded with no adult service owning any action (the social "
        "worker only helps him book an appointment); and the review conference 'date to be confirmed'."
    ),
    "text": """\
# Avercombe High School - Safeguarding Support Plan

## Kieran Marsden: the school's part of his child protection plan

Written by Ms Harriet Osei (Designated Safeguarding Lead) with Sam Pettifer (social worker, Avercombe
Council Children's Services) after the initial child protection conference on 20/01/2026, and agreed
with Kieran and his dad. This plan sits with Kieran's child protection plan: the provision map is what
school will put in, and the second table is everyone else's part.

| Pupil details | |
|---|---|
| **Name** | Kieran Marsden, born 14/05/2011 (14), Year 9, tutor group 9RB |
| **Home** | 8 Tanyard Walk, Avercombe AV2 6PL, with his dad, Lee Marsden (41) |
| **Mum** | Kelly Shaw, lives in Hollinsford; Kieran stays with her one weekend a month |
| **Category** | Neglect (risk of criminal exploitation outside the home) |
| **Social worker** | Sam Pettifer, Adolescent Support Team (team manager: Rob Hadley) |
| **School staff** | Ms Harriet Osei (DSL), Mr Tom Bryce (pastoral lead and Kieran's key adult), Mrs Anita Shah (attendance officer) |
| **Suspensions this year** | 3 days (11/11/2025, fighting at the gates); 5 days (08/12/2025, £400 cash and two phones in his bag) |

### Kieran's one-page profile (in his words, written with Mr Bryce on 22/01/2026)

**What people like about me:** "I'm funny. I'm good at fixing bikes. I look out for my mates."

**What's important to me:** "My dad. Boxing. Not being made to look stupid in front of people.
Having money so I'm not the one who never has anything."

**How to help me:** "Don't shout at me in the corridor. Let me go to the Hub if I'm kicking off.
Don't ring my dad in the day, he'll be asleep. Don't act like I'm a drug dealer, I'm not."

Kieran told Sam (seen on his own at school, 16/01/2026) that the older boys at the Rec "are just
mates" and that the money was "for holding stuff, it's nothing". He said he stays out "because there's
nothing at home, Dad's just on the sofa". He scored school 7 out of 10 ("the Hub's alright") and home
4 out of 10. He does not want the police to come to school.

### Why Kieran has a plan

Since October Kieran has been seen with a group of older teenagers and a 19-year-old man at Westgate
Rec and outside Mo's Mini Market on Station Road. He was found with £400 and two phones in his bag in
December. He was missing overnight on 14/12/2025 and 03/01/2026 and would not say where he had been.
His dad, Lee, drinks cans from lunchtime most days and is often asleep when Kieran gets in; Lee says he
"has a drink, like anyone" and did not know Kieran had been out all night on 14/12/2025 until school
rang.

### What staff have seen (from CPOMS)

| Date | What staff saw |
|---|---|
| 03/11/2025 | Kieran picked up at the gates in a grey Audi by a young man staff did not know |
| 11/11/2025 | Fight at the gates with a Year 10 boy; Kieran said the boy "owed" someone |
| 08/12/2025 | £400 in cash and two phones in his bag; suspended for 5 days |
| 05/01/2026 | Arrived at 11am in the same clothes as the day before, hungry and very tired |
| 14/01/2026 | New trainers worth about £150; said his mum bought them (Kelly says she did not) |

### What is going well

- Kieran has been in school every day since 05/01/2026 and goes to the Hub when he is angry.
- He trusts Mr Bryce, and told him about the grey Audi himself.
- He has been to boxing at Avercombe Youth Centre twice, and the coach says he "listens".
- Lee came to the conference and said he wants Kieran home at night.

### What we want for Kieran

1. Kieran is in school every day, stays in his lessons and is not suspended again this year.
2. Kieran is not used by older people to hold or carry drugs or money, and is not picked up at the gates.
3. Kieran is home by his curfew every night, with an adult at home who knows where he is.
4. Kieran has a plan for Year 10 and after Year 11 that he wants and can work towards.

## School's provision map

| Provision | Staff | How often / dates | Intended impact for Kieran | How we will measure impact |
|---|---|---|---|---|
| Check-in and check-out with his key adult at the Hub | Mr Tom Bryce, pastoral lead | Every school day, 8.35am and 3.05pm | Kieran starts and ends each day with an adult he trusts | Check-in sheet signed each day; Kieran's "how safe I feel" score (1-10) logged on CPOMS and sent to Sam on Fridays |
| First-day calling: ring Lee, then Sam, if Kieran is not in by 9am | Mrs Anita Shah, attendance officer | Every school day by 9.15am | Kieran is in school every day | Register and call log e-mailed to Sam every Friday; attendance at 95% or more by the Easter holidays |
| Lesson support sessions with the behaviour mentor, working on what to do instead of walking out | Mr Reece Adams, behaviour mentor | Tuesdays and Thursdays, period 5, from 27/01/2026 | Kieran stays in his lessons and is not suspended again | Improvement in Kieran's behaviour in lessons |
| Drop-in sessions with the school counsellor about home, his dad and the older boys | Ms Lucy Wren, school counsellor | As required | Kieran has someone to talk to in school about what worries him | Kieran's own worry score (0-10) at each session, recorded by Ms Wren |
| Careers guidance interview about construction and motor vehicle courses at Avercombe College | Mrs Janet Kerr, careers adviser | By 27/02/2026 | Kieran has a plan for after Year 11 that he wants | - |
| Safe exit: Kieran leaves by the main office gate and a member of staff walks with him to the bus stop | Mr Paul Denton, site manager | Every school day at 3.10pm | Kieran is not picked up at the gates | Exit log initialled by Mr Denton; any car or adult waiting for Kieran reported to Ms Osei the same day |
| Six one-to-one sessions on exploitation, debt and "holding", using the Running the Line resource | Mr Tom Bryce, pastoral lead | Wednesdays, period 3, 28/01/2026 to 04/03/2026 | Kieran can see how he is being used and who he can tell | Kieran's quiz at the first and sixth sessions, and his own words in the session record, shared with Sam |
| Tell Ms Osei about any sighting of Kieran with older young people or adults at the gates, on the buses or in town | All staff | The same day | Kieran is kept away from the people exploiting him | Logged on CPOMS and passed to Sam by Ms Osei within the hour |
| Send Sam a summary of CPOMS entries, and send any information about the people around Kieran to the police on an intelligence form | Ms Harriet Osei, DSL | Every Friday by 3pm | Kieran is kept safer because Sam and the police know what school knows | Summary e-mail on Sam's file each week; intelligence form numbers recorded on CPOMS |
| "I will hand my phone in at the Hub when I check in and collect it when I check out." | Kieran | Every school day | Kieran is not contacted by the older boys during the school day | Hub phone log, checked by Mr Bryce |

## Everyone else's part

| What | Who | When | How we'll know |
|---|---|---|---|
| Visit Kieran at home and see him on his own; at least one visit in three after 6pm | Sam Pettifer (SW) | Every week until the review conference | Visit records within 48 hours, with Kieran's words and who was at home |
| Offer Kieran a return home interview after every missing episode, at school if he prefers | Ben Okoro, return home interview worker, Avercombe Missing Children Service | Within 72 hours of every return | RHI report sent to Sam and Ms Osei within 24 hours of the interview |
| Be at home when Kieran gets in, keep to the 8.30pm curfew (9.30pm Fridays and Saturdays), and ring 101 if Kieran is 30 minutes late and not answering | Lee Marsden (Dad) | Every evening | Curfew sheet on the fridge, read by Sam at each visit; police log number written on it for any missing report |
| Patrols of Westgate Rec and Mo's Mini Market after school, and intelligence reports on the group Kieran is seen with | PCSO Ellie Ward, Avercombe Neighbourhood Policing Team | Monday to Friday, 3.15pm to 6pm, for 6 weeks from 26/01/2026 | Patrol log and intelligence report numbers shared at each core group |
| Invite Kieran to Thursday boxing at Avercombe Youth Centre and collect him from home | Danny Crewe, youth worker | Every Thursday, 6pm to 8pm | Youth centre register; Danny texts Sam and Lee when Kieran is dropped home |
| Talk with Lee about how his drinking affects Kieran, and help him book a first appointment with Avercombe Recovery Service | Sam Pettifer (SW) | By 13/02/2026 | Appointment letter seen by Sam and noted in the visit record |

## If things go wrong

- If Kieran is not in school by 9am and not answering, and Lee does not know where he is, Mrs Shah rings
  Sam, and Sam (or the duty social worker) visits home that morning; if Kieran is not found by 12 noon,
  Lee reports him missing to the police.
- If Kieran is seen getting into a car at the gates, or is found with cash, drugs or a phone that is not
  his, Ms Osei rings the police on 999 if he is in danger, or 101 if not, and rings Sam, who holds a
  strategy discussion with the police and school the same day.
- If Kieran is missing overnight again, or Lee is found too drunk to care for him when Kieran comes home,
  Kieran stays with his mum in Hollinsford that night (agreed by Kelly on 21/01/2026), or with emergency
  foster carers found by Sam or the Emergency Duty Team if Kelly cannot have him.
- If Kieran is missing twice more before the review conference, or is suspended again, Rob Hadley (team
  manager) will hold a legal planning meeting within 10 working days.

## Meetings

- Core group every three weeks at Avercombe High School, Wednesdays at 3.30pm: 04/02/2026, 25/02/2026
  and 18/03/2026.
- Review child protection conference: date to be confirmed by the conference service.

Plan shared with Kieran, Lee, Kelly, Sam and every agency on 23/01/2026.
""",
    "findings": [
        F("M002", "Lesson support sessions with the behaviour mentor"),
        F("T002", "Drop-in sessions with the school counsellor about home"),
        F("M001", "Careers guidance interview about construction and motor vehicle"),
        F("W002", "any sighting of Kieran with older young people or adults"),
        F("F004"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. A safety plan written to a 16-year-old in the second person ("you" is
#    Zosia): her plan table and a green / amber / red safety plan. Page
#    header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b200_alvesmere_your_safety_plan_second_person_traffic_light_kowalska.pdf",
    "doc_title": "Your child protection plan and safety plan - Zosia Kowalska",
    "split": "tune",
    "actions": 15,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Alvesmere Council Children's Services · Zosia's plan",
    "footer": "Written with Zosia Kowalska after the conference on 03/02/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "safety-plan-written-to-16-year-old-second-person-paged-header-footer-you-means-zosia-about-you-kv-why-there-is-a-plan-what-you-told-us-what-mum-and-dad-told-us-going-well-what-we-all-want-for-you-then-your-plan-table-who-what-you-and-we-agreed-when-how-well-all-know-then-green-amber-red-safety-plan-if-the-plan-isnt-keeping-you-safe-your-meetings",
    "description": (
        "Exemplary plan written to a 16-year-old girl in the second person after her initial "
        "conference: an older man she calls her boyfriend buys her vapes and drink and takes her to "
        "'parties' at a flat and a ring-road hotel, she has been missing overnight three times, and "
        "she told a friend she 'had to be nice to his mates'. Her mother speaks mainly Polish. 'You' "
        "is Zosia throughout; her plan table (Who / What you and we agreed / When / How we'll all "
        "know) gives her own rows ('You') and the adults' (the exploitation worker, the RHI worker, a "
        "detective, a licensing and hotels officer, the sexual health outreach nurse, a children's "
        "ISVA, the college DSL, her mum and dad, the social worker), then a green / amber / red safety "
        "plan with a code word, 999 and a same-day strategy discussion, a foster placement if neither "
        "parent can keep her safe, and a legal planning meeting after named triggers. Her voice is "
        "strong and at odds with the plan; core group and review dates are set; a page header and "
        "footer are on every page."
    ),
    "blocks": [
        ("title", "Your child protection plan, Zosia"),
        ("p", "Zosia, this is your plan. Hannah wrote it with you on 04/02/2026, the day after your "
              "conference, and you changed some of the words. Where it says \"you\", it means you. Where it "
              "says \"Mum\" or \"Dad\", it means Agnieszka and Piotr. Mum has a copy in Polish."),
        ("h1", "About you"),
        ("kv", [
            ("Your name", "Zosia Kowalska, born 21/06/2009 (16)"),
            ("Where you live", "12 Fennel Road, Alvesmere AL3 9QT, with Mum (Agnieszka Kowalska) and your "
                               "brother Kacper (11)"),
            ("Dad", "Piotr Kowalski, 40 Brook Street, Alvesmere. You see him on Tuesdays and Sundays."),
            ("College", "Alvesmere College, Level 2 Health and Social Care, Monday to Thursday"),
            ("Your social worker", "Hannah Lister, Adolescent Safeguarding Team (her manager is Rachel "
                                   "Shaw)"),
            ("Your worker at Safe Steps", "Leanne Osborne, exploitation worker"),
            ("The police officer you asked for", "DC Sana Ahmed, Alvesmere Child Exploitation Team"),
            ("Conference", "Initial child protection conference, 03/02/2026. The plan is under the "
                           "category of sexual abuse."),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Since October you have been going out with Ryan, who is 27. He buys you vapes and vodka and picks "
              "you up in his car. You have been missing overnight three times (09/11/2025, 20/12/2025 and "
              "17/01/2026). Twice the police found you at a flat above the nail bar on Harlow Street, and once "
              "at the Travelstay Hotel on the ring road, where the room was booked in Ryan's friend's name. "
              "You told your friend Maya that you \"had to be nice to his mates\" at the flat, and she told "
              "the college. The police are investigating Ryan and two other men. The adults at your "
              "conference think Ryan and his friends are grooming you and sexually exploiting you."),
        ("h1", "What you told us"),
        ("p", "You told Hannah and Leanne on 30/01/2026: \"Ryan's my boyfriend. I'm 16, I can go out with who I "
              "want.\" \"Nobody made me do anything.\" \"I don't want him getting arrested because of me.\" You "
              "also said: \"Sometimes his mates are weird and I just want to go home.\" You want to finish "
              "your course and work in a care home. You want Mum to stop crying and to stop tracking you "
              "\"every second\". You do not want the police to come to college. You said you would block "
              "Deano and Kez, but not Ryan. You scored how safe you feel at 7 out of 10, and 3 out of 10 at "
              "the flat."),
        ("h1", "What Mum and Dad told us"),
        ("p", "Mum (through the interpreter, Ewa): \"I don't sleep. I ring and ring and she doesn't answer. He "
              "is a grown man, he should be ashamed.\" Mum wants to understand what exploitation is and how "
              "to talk to you without arguing. Dad said: \"She is a good girl. I will drive anywhere to get "
              "her, any time.\""),
        ("h1", "What's going well for you"),
        ("bullets", [
            "You have been at college every day since 19/01/2026 and your tutor says your work is good.",
            "You still go to Alvesmere Ladies FC training on Tuesdays with Dad.",
            "You have met Leanne twice and said she \"actually listens\".",
            "You answered Mum's calls on 12 of the last 14 nights.",
        ]),
        ("h1", "What we all want for you"),
        ("numbers", [
            "You are safe from Ryan and his friends, and no one uses you for sex or makes you do things you "
            "don't want to.",
            "You come home every night, and if you don't, you are found quickly and someone you trust helps "
            "you talk about it.",
            "You finish your Level 2 course in June 2026 and have a place on a Level 3 course or a job "
            "for September.",
            "You and Mum can talk about what's happening without it turning into a row.",
        ]),
        ("h1", "Your plan"),
        ("p", "\"You\" in the Who column is you. Each row says what was agreed, when, and how you and the "
              "adults will all know it's happening."),
        ("table", {
            "header": ["Who", "What you and we agreed", "When", "How we'll all know"],
            "widths": [3.0, 6.4, 3.4, 4.2],
            "rows": [
                ["You",
                 "Text Mum by 9pm to say where you are and who you're with, and be home by 10.30pm (11.30pm on "
                 "Fridays and Saturdays)",
                 "Every night from 04/02/2026",
                 "Mum writes your home time in her notebook; Hannah reads it with you each week"],
                ["You",
                 "Block Deano and Kez, the two men you said made you uncomfortable, on Snapchat and your phone",
                 "By 11/02/2026, then checked every week",
                 "You show Leanne your blocked list at your Wednesday session"],
                ["Leanne Osborne, Safe Steps exploitation worker",
                 "Sessions with you about relationships, older \"boyfriends\", what Ryan's mates expect, and how "
                 "to leave when you want to",
                 "Every Wednesday at 4.30pm from 11/02/2026 until the review conference",
                 "Leanne's session notes, with your safety score that you and Leanne agree, sent to Hannah "
                 "each month"],
                ["Hannah Lister, social worker",
                 "See you on your own, at home or at college (not in lessons), and see Mum with Ewa, the "
                 "interpreter, at least once a month",
                 "Every week until the review conference",
                 "Visit records within 48 hours, with your words written as you said them"],
                ["Hannah Lister, social worker",
                 "Book Ewa or another Polish interpreter for every meeting Mum comes to, and give Mum this plan "
                 "in Polish",
                 "Polish plan by 11/02/2026; an interpreter at every meeting",
                 "Mum signs to say she has her Polish copy; the interpreter's name is in each meeting's "
                 "notes"],
                ["Dawn Fielding, return home interview worker, Alvesmere Missing Service",
                 "Offer you a return home interview, at a place you choose",
                 "Within 72 hours of every time you come back",
                 "RHI form sent to Hannah and DC Ahmed within 24 hours of the interview"],
                ["DC Sana Ahmed, Child Exploitation Team",
                 "Keep you up to date with the investigation into Ryan and the two other men, and tell you "
                 "before anything happens to him (an arrest or bail conditions)",
                 "At least every two weeks, and the same day anything changes",
                 "Contact log on the police file; DC Ahmed tells Hannah after each contact"],
                ["DC Sana Ahmed, Child Exploitation Team",
                 "Decide with the force solicitor whether to apply to the magistrates for a Sexual Risk "
                 "Order against Ryan",
                 "Decision by 27/02/2026",
                 "Written decision on the police file, shared with Hannah and told to you and Mum"],
                ["PC Mark Dale, Alvesmere licensing and hotels officer",
                 "Visit the Travelstay Hotel: check the bookings for the nights you were missing, and train "
                 "the night staff to ring 999 if a young person is booked in by an older man",
                 "By 20/02/2026",
                 "Visit record and the hotel's signed training sheet, shared at the core group"],
                ["Bev Morris, young people's sexual health outreach nurse",
                 "A sexual health check and contraception if you want it, at college, at home or at the "
                 "clinic, as you choose",
                 "First appointment by 13/02/2026, then every 4 weeks until the review conference",
                 "Bev tells Hannah whether each appointment happened (not what you talked about); clinic "
                 "record"],
                ["Nicola Grant, children's ISVA, Alvesmere Rape Crisis",
                 "Meet you to explain what giving a statement would mean, so that you can decide for yourself",
                 "By 27/02/2026",
                 "Nicola's letter to you and Hannah saying the meeting happened and what you decided"],
                ["Mrs Claire Donnelly, DSL, Alvesmere College",
                 "Check you are in, and ring Mum and Hannah by 10am if you are not",
                 "Every college day (Monday to Thursday)",
                 "College register and Mrs Donnelly's call log, sent to Hannah every Friday"],
                ["Mrs Claire Donnelly, DSL, Alvesmere College",
                 "Tell Hannah and DC Ahmed the same day if Ryan's car, or anyone you have told us about, is "
                 "seen at college",
                 "The same day as any sighting",
                 "Sighting written on the college's safeguarding log and on a police intelligence form"],
                ["Mum (Agnieszka)",
                 "Ring 101 to report you missing if you are 30 minutes past your home time and not answering "
                 "(999 if she thinks you are in danger), and write down the log number",
                 "Every time you are 30 minutes late and not answering",
                 "Police log number in Mum's notebook; Hannah checks it each week"],
                ["Dad (Piotr)",
                 "Take you to football training and bring you home, and have you for Sunday lunch",
                 "Every Tuesday (6pm to 8pm) and every Sunday (12 noon to 5pm)",
                 "Dad texts Mum when you are home; Hannah asks you and Dad about it at her visits"],
            ],
        }),
        ("h1", "Your safety plan: green, amber, red"),
        ("p", "You chose the code word \"pierogi\". If you text it to Mum, Dad or Leanne, they will come and get "
              "you, or send a taxi Hannah has paid for, and no one will ask questions that night."),
        ("table", {
            "header": ["", "What it looks like", "What happens"],
            "widths": [2.2, 6.6, 8.2],
            "rows": [
                ["GREEN",
                 "You're at home, at college, at football or with friends your own age, and Mum knows where "
                 "you are.",
                 "Nothing extra. Keep texting Mum by 9pm."],
                ["AMBER",
                 "You're 30 minutes past your home time, or you're with Ryan or his friends, or someone offers "
                 "you a lift, vapes or drink and you feel unsure.",
                 "You text \"pierogi\" to Mum, Dad or Leanne and they collect you. If you are 30 minutes late "
                 "and not answering, Mum rings 101 and tells Hannah (or the Emergency Duty Team)."],
                ["RED",
                 "You're at the flat on Harlow Street or at the Travelstay, or anyone hurts you, threatens you "
                 "or makes you do anything sexual.",
                 "You or Mum ring 999. The police come for you. Hannah (or the Emergency Duty Team out of "
                 "hours) holds a strategy discussion with the police that day. You stay at Dad's that night "
                 "if you want to; if neither Mum nor Dad can keep you safe at home, Hannah or the Emergency "
                 "Duty Team finds you a foster placement that night."],
            ],
        }),
        ("h1", "If the plan isn't keeping you safe"),
        ("p", "If you go missing twice more before the review conference, or the police find you at the Harlow "
              "Street flat or the Travelstay again, Rachel Shaw (Hannah's manager) will hold a legal planning "
              "meeting within 5 working days to decide whether to ask the court for an order so that the "
              "council can keep you somewhere safe. Hannah will tell you first, and you can have your say."),
        ("h1", "Your meetings"),
        ("bullets", [
            "Core group every four weeks, Thursdays at 4pm at Alvesmere College (you can come for the first "
            "half hour): 19/02/2026, 19/03/2026 and 16/04/2026.",
            "Review child protection conference: 28/04/2026 at 2pm, Alvesmere Civic Centre. Leanne will come "
            "with you if you want.",
        ]),
        ("p", "Agreed with Zosia, Agnieszka and Piotr on 04/02/2026. Copies to every agency named in the plan."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. A strategy meeting record under the missing children protocol; the
#    meeting's numbered actions SM1 to SM15 join the child protection plan,
#    each with Owner / Due / Evidence lines. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b200_ashenby_missing_protocol_strategy_meeting_sm_actions_doherty.txt",
    "split": "tune",
    "actions": 15,
    "template": "missing-protocol-stage-3-strategy-meeting-record-txt-caps-title-dot-leader-details-present-list-then-numbered-sections-missing-episodes-log-agency-updates-chloes-views-mums-views-going-well-decision-outcomes-then-actions-agreed-sm1-to-sm15-added-to-cp-plan-owner-due-evidence-lines-then-contingency-core-group-review",
    "description": (
        "Record of a stage 3 strategy meeting under the missing children protocol for a 13-year-old "
        "girl on a child protection plan, missing four times in six weeks and found at a 19-year-old "
        "man's flat with alcohol and a new phone; her mother has depression and anxiety and sees a "
        "community psychiatric nurse. After a missing episodes log, each agency's update, Chloe's views "
        "(she wants to see Jordan, 'he's the only one who gets me'), her mother's worries and the "
        "decision, the meeting's numbered actions SM1 to SM15 are added to her plan, each with Owner / "
        "Due / Evidence lines. Faults: the phone download has '-' for due; a passive sexual health "
        "referral has '-' for owner; the head of year's check-ins are evidenced by 'monitored by "
        "school'; the community mental health team's visits only support the mother; the contingency "
        "only says the professionals will meet again to review the plan and consider next steps; and "
        "nothing says that legal planning follows."
    ),
    "text": """\
ASHENBY CHILDREN'S SAFEGUARDING PARTNERSHIP
MISSING CHILDREN PROTOCOL - STAGE 3 STRATEGY MEETING RECORD
=========================================================================

Child ............... Chloe DOHERTY, born 02/08/2012 (13), Year 8, Ashenby Park Academy
Address ............. 41 Cressy Road, Ashenby AS5 1LW
Lives with .......... Siobhan Doherty (mum, 35) and Finn Doherty (brother, 8)
Plan ................ Child protection plan since 10/11/2025 (sexual abuse: risk of child
                      sexual exploitation). Review conference booked for 03/03/2026.
Meeting ............. 22/01/2026, 10am, Ashenby Civic Offices room 4 and Teams
Why held ............ Fourth missing episode in six weeks (protocol stage 3)
Chair ............... Dawn Akers, team manager, Adolescent Safeguarding Team

PRESENT
  Dawn Akers (chair, team manager); Lauren Hughes (social worker); PS Neil Varley
  (Ashenby Child Exploitation Team); Amy Clarke (return home interview worker, Ashenby
  Missing Service); Lucy Mayes (exploitation worker, Horizon Project); Mrs Kerry Lamb (Head
  of Year 8, Ashenby Park Academy); Gareth Lyle (CPN and care coordinator, Ashenby Community
  Mental Health Team); Becky Ingram (family support worker, Ashenby Family Hub).
  Siobhan joined for items 4 to 8. Chloe was invited and chose to send her views through Amy.


1. MISSING EPISODES SINCE THE CONFERENCE
----------------------------------------
  Date        Missing for   Found where                              Found by
  12/12/2025  9 hours       Millbrook Parade shops                   Police
  27/12/2025  overnight     14 Millbrook Court (Jordan Pike's flat)  Police
  08/01/2026  6 hours       Came home herself at 2am                 -
  19/01/2026  overnight     14 Millbrook Court, with vodka and a     Police
                            new phone she would not explain

2. WHAT EACH AGENCY TOLD THE MEETING
------------------------------------
  Police (PS Varley): Jordan Pike (19) rents 14 Millbrook Court. Two other girls under 16 have
  been found there since October. There is intelligence that older men visit the flat and that
  alcohol and cannabis are given to girls. The phone Chloe came home with on 19/01/2026 was kept
  by the police with Siobhan's consent.

  Return home interviews (Amy): Chloe spoke to Amy after the last two episodes. She said she
  "just chills" at the flat and that Jordan "looks after" her.

  School (Mrs Lamb): attendance 84% this term; late on most Mondays; two detentions for being on
  her phone; a friend reported that Chloe said a man at the flat "touched her leg and laughed".

  Mental health (Gareth): Siobhan has depression and anxiety and has been under the CMHT since
  2023, on sertraline. Her mood dropped over Christmas and she has found it hard to get out of
  bed on some days. She is seen fortnightly.

  Family Hub (Becky): Siobhan wants help with setting rules Chloe will keep; she has been to two
  of the Hub's drop-ins.

  Social worker (Lauren): Chloe is seen weekly. She gets on well with Finn and helps him with his
  reading. She has started staying out later since Christmas, and the curfew of 8pm is not kept
  most nights.

3. CHLOE'S VIEWS (through Amy, 21/01/2026)
------------------------------------------
  "Everyone's making a big thing about nothing." "Jordan's the only one who gets me. He doesn't
  shout." "I go there because Mum's always in bed or crying." "I don't want the police kicking
  his door in, I'll just go somewhere else." Chloe said she would answer her phone to Mum "if she
  doesn't go mental", and that she likes Lucy "because she doesn't lecture". She scored how safe
  she feels at home 6 out of 10 and at Jordan's 8 out of 10.

4. SIOBHAN'S VIEWS AND WORRIES
------------------------------
  Siobhan said: "I'm terrified she'll end up dead in that flat. I know I've been low, and she's
  been left to it." She wants Chloe home by 8pm and wants the police to "do something about him".
  She agreed to every action the meeting asked of her.

5. WHAT IS GOING WELL
---------------------
  - Chloe has talked to Amy after every episode since December and has kept three sessions with
    Lucy.
  - Siobhan rang the police within an hour each time Chloe was missing.
  - Chloe was in school every day last week.
  - Chloe is close to Finn and wants to take him to the cinema at half term.

6. DECISION
-----------
  Chloe remains at risk of significant harm from sexual exploitation. The child protection plan
  continues, and the actions below are added to it from today. Chloe's case will be taken to the
  Ashenby exploitation panel (MACE) on 05/02/2026.

7. WHAT WE WANT FOR CHLOE
-------------------------
  1. Chloe is not sexually exploited and no longer goes to 14 Millbrook Court.
  2. Chloe comes home by 8pm, answers her phone to her mum, and if she goes missing she is found
     quickly.
  3. Chloe is in school every day and on time.
  4. Chloe has an adult she trusts to talk to about Jordan and the flat, and understands what
     happened there.

8. ACTIONS AGREED (ADDED TO CHLOE'S CHILD PROTECTION PLAN)
---------------------------------------------------------

SM1   Put a location marker on 14 Millbrook Court so that any call about a child at the flat is
      treated as a priority, and visit Jordan Pike to warn him about his behaviour.
      Owner ...... PS Neil Varley, Ashenby Child Exploitation Team
      Due ........ By 29/01/2026
      Evidence ... Marker reference and visit record on the police system, told to Lauren

SM2   Serve a child abduction warning notice on Jordan Pike naming Chloe.
      Owner ...... PC 4410 Hayley Moss, Ashenby Child Exploitation Team
      Due ........ By 30/01/2026
      Evidence ... Copy of the served notice on Chloe's file

SM3   Examine the phone Chloe came home with on 19/01/2026 for contacts, messages and images, and
      share anything that identifies the men at the flat.
      Owner ...... DC Tom Reid, Ashenby Child Exploitation Team
      Due ........ -
      Evidence ... Summary of the download sent to Lauren and PS Varley

SM4   Offer Chloe a return home interview with Amy, whom she knows, after every missing episode.
      Owner ...... Amy Clarke, return home interview worker, Ashenby Missing Service
      Due ........ Within 72 hours of every return
      Evidence ... RHI form sent to Lauren and PS Varley within 24 hours of the interview

SM5   Visit Chloe at home and see her on her own; one visit in three after 7pm.
      Owner ...... Lauren Hughes, social worker
      Due ........ Every week until the review conference
      Evidence ... Visit records within 48 hours, with Chloe's own words

SM6   Sessions with Chloe on grooming, healthy relationships and what Jordan gets from her, and
      re-score the exploitation screening tool with her at the fourth session.
      Owner ...... Lucy Mayes, exploitation worker, Horizon Project
      Due ........ Every Thursday after school from 29/01/2026
      Evidence ... Session notes with Chloe's words; screening tool score at session 4 sent to
                   Lauren

SM7   A referral will be made to the Ashenby young people's sexual health outreach service for a
      health check and advice on contraception.
      Owner ...... -
      Due ........ By 30/01/2026
      Evidence ... Referral acceptance letter on Chloe's file

SM8   Check in with Chloe at registration and ask where she was the evening before.
      Owner ...... Mrs Kerry Lamb, Head of Year 8, Ashenby Park Academy
      Due ........ Every school day, 8.40am
      Evidence ... Monitored by school

SM9   First-day calling: ring Siobhan if Chloe is not in by 9am, and Lauren if Siobhan does not
      know where she is.
      Owner ...... Mr Ian Gould, attendance officer, Ashenby Park Academy
      Due ........ Every school day by 9.15am
      Evidence ... Register and first-day call log sent to Lauren every Friday

SM10  Continue fortnightly support visits to Siobhan for her low mood and anxiety.
      Owner ...... Gareth Lyle, CPN and care coordinator, Ashenby CMHT
      Due ........ Every two weeks
      Evidence ... Visits recorded in the CMHT notes; dates of visits sent to Lauren

SM11  Report Chloe missing on 101 if she is not home by 8pm and not answering her phone, and give
      the police the grab sheet (photo, phone number, friends' addresses).
      Owner ...... Siobhan Doherty (Mum)
      Due ........ Every time Chloe is not home by 8pm and not answering
      Evidence ... Police log number written on the grab sheet; Lauren checks it at each visit

SM12  Patrols of Millbrook Court and Millbrook Parade, speaking to any young person seen there.
      Owner ...... Sgt Ruth Fenwick, Millbrook Neighbourhood Policing Team
      Due ........ Friday and Saturday, 7pm to midnight, for 6 weeks from 23/01/2026
      Evidence ... Patrol log, with any sighting of Chloe, read out at each core group

SM13  Parenting sessions with Siobhan on rules, the curfew and talking to Chloe about Jordan
      without it turning into a row.
      Owner ...... Becky Ingram, family support worker, Ashenby Family Hub
      Due ........ Weekly for 8 weeks from 27/01/2026
      Evidence ... Session records; the curfew sheet shows Chloe home by 8pm on at least 5 nights
                   a week by the review conference

SM14  Make a National Referral Mechanism referral for Chloe as a child who may be a victim of
      sexual exploitation.
      Owner ...... Lauren Hughes, social worker (first responder)
      Due ........ By 29/01/2026
      Evidence ... Single Competent Authority acknowledgement on Chloe's file

SM15  Chloe agreed: "I will keep my phone charged and answer when Mum rings after 7pm."
      Owner ...... Chloe
      Due ........ Every evening
      Evidence ... Siobhan notes on the curfew sheet whether Chloe answered; Lauren reads it weekly

9. CONTINGENCY
--------------
  If there are further concerns about Chloe, or the plan is not working, the professionals will
  meet again to review the plan and consider next steps.

10. CORE GROUP AND REVIEW
-------------------------
  Core group every three weeks at Ashenby Park Academy, Tuesdays at 3.45pm: 03/02/2026 and
  24/02/2026. Review child protection conference: 03/03/2026 at 10am, Ashenby Civic Offices.

Record typed by Lauren Hughes on 22/01/2026 and agreed by the chair. Copies to everyone present
and to Siobhan; Chloe's own copy of the actions that involve her, talked through with Amy.
""",
    "findings": [
        F("T001", "Examine the phone Chloe came home with on 19/01/2026"),
        F("W001", "A referral will be made to the Ashenby young people's sexual health"),
        F("M002", "Check in with Chloe at registration and ask where she was"),
        F("H001", "Continue fortnightly support visits to Siobhan for her low mood"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. A risk management and child protection plan for a girl accommodated in
#    a children's home: who's who in the home, her week, then a landscape
#    table with a Setting column and a "Recorded in" column. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b200_arkenmoor_childrens_home_risk_plan_recorded_in_column_hale.docx",
    "doc_title": "Child Protection and Placement Risk Management Plan - Jess Hale",
    "split": "tune",
    "actions": 18,
    "landscape": True,
    "template": "childrens-home-cp-and-placement-risk-management-plan-docx-landscape-kv-legal-status-placement-then-whos-who-at-the-home-table-why-jesss-week-in-prose-what-jess-says-what-donna-says-going-well-outcomes-then-no-setting-what-will-be-done-lead-when-recorded-in-table-home-logs-as-measures-then-if-jess-goes-missing-or-things-get-worse-meetings-cla-review-and-rcpc",
    "description": (
        "Review conference plan for a 15-year-old girl accommodated under section 20 in a four-bed "
        "children's home after her mother could not keep her home safely; she goes missing to two "
        "older men who give her cannabis and drink and take her to a retail park and an underpass, and "
        "the plan continues because the risk is outside the home and her mother could end the "
        "accommodation. A who's who of the home's staff, Jess's week in prose, her own words (she "
        "wants to go home and says the men are 'just mates'), her mother's, then a landscape table "
        "(No. / Setting / What will be done / Lead / When / Recorded in) whose last column names the "
        "home's logs and other records. Faults: trauma therapy 'when Jess is ready'; the sexual health "
        "row with an empty 'Recorded in' cell; 'All agencies' sharing intelligence; the key worker's "
        "sessions recorded as 'Monitored'; and an outcome about the mother's confidence only."
    ),
    "blocks": [
        ("title", "Child Protection and Placement Risk Management Plan"),
        ("p", "Arkenmoor Council Children's Services with Larchfield House (Brightwater Care). Agreed at the "
              "first review child protection conference on 29/01/2026. This plan is also Larchfield House's "
              "risk management plan for Jess, so the home's staff work from it on every shift."),
        ("kv", [
            ("Young person", "Jess Hale, born 17/03/2010 (15)"),
            ("Legal status", "Accommodated under section 20 of the Children Act 1989 since 04/12/2025, with "
                             "Donna's agreement"),
            ("Placement", "Larchfield House, 6 Larch Avenue, Arkenmoor AK7 3DF: a four-bed children's home "
                          "run by Brightwater Care"),
            ("Mum", "Donna Hale (39), 22 Colliery Row, Arkenmoor; Jess's brother Callum (19) lives with her"),
            ("Category", "Sexual abuse (child sexual exploitation), since the initial conference on "
                         "06/11/2025"),
            ("Education", "Arkenmoor Learning Centre (alternative provision), Year 10"),
            ("Social worker", "Sophie Kaur, Children in Care and Adolescents Team (team manager: Martin "
                              "Lowry)"),
            ("Independent reviewing officer", "Janet Oduya (chairs both the child protection conferences "
                                              "and the child in care reviews)"),
        ]),
        ("h1", "Who's who at Larchfield House"),
        ("table", {
            "header": ["Name", "Role", "When you will find them"],
            "widths": [6.0, 9.0, 10.7],
            "rows": [
                ["Tanya Brooks", "Registered manager", "Monday to Friday, 9am to 5pm; on call out of hours"],
                ["Darren Fox", "Deputy manager", "Four days a week on the rota"],
                ["Leah Grant", "Jess's key worker", "Monday, Wednesday, Friday and alternate weekends"],
                ["Shift leader on duty", "Leads each shift; named on the rota board in the office", "Every "
                 "shift, 7am to 10pm"],
                ["Waking night support worker", "Awake in the home all night", "10pm to 7am"],
            ],
        }),
        ("h1", "Why Jess has a plan"),
        ("p", "Since the summer Jess has been going missing to two men, Shane Rourke (31) and a man she calls "
              "\"Tommo\" (about 25), who give her cannabis, vodka and cigarettes and drive her to Arkenmoor Retail "
              "Park car park and the Moorside underpass. In October she was found in Shane's car at 3am, drunk, "
              "with a bruise on her neck she would not explain. At home Donna could not stop her going out and "
              "asked for help, and Jess came to Larchfield on 04/12/2025. She has been missing from Larchfield "
              "four times since then, twice overnight; on 17/01/2026 the police found her in Shane's car at the "
              "retail park. The plan continues while Jess is accommodated because the risk to her is outside "
              "the home and because Donna could end the accommodation at any time."),
        ("h1", "Jess's week"),
        ("p", "Jess is up at 7.30am on weekdays and is taken to Arkenmoor Learning Centre by the home's car; she "
              "likes the hair and beauty sessions and hates maths. Most afternoons she goes to town with a girl "
              "from the home. On Tuesdays she sees Donna at Larchfield, and on Sundays they have lunch in town "
              "with a member of staff. She goes to street dance at the Moorside Centre on Thursdays. Staff say "
              "she is funny and kind to the younger girl in the home, but goes quiet and stays in her room "
              "after she has been in touch with Shane."),
        ("h1", "What Jess says"),
        ("p", "Jess told Sophie on 22/01/2026, on her own in the home's garden: \"I want to go home. I'm only "
              "here because Mum couldn't cope.\" \"Shane and Tommo are just mates, they look after me. "
              "Everyone's making them out to be paedos.\" \"The staff here are alright, but I'm not a baby.\" "
              "She wants more time with her mum and to keep going to dance, and she does not want to \"talk "
              "about feelings to some therapist\". She scored her safety at Larchfield 8 out of 10, and \"out "
              "with Shane\" 9 out of 10."),
        ("h1", "What Donna says"),
        ("p", "Donna said at the conference: \"I want her home, but not while those men can get to her. I "
              "couldn't stop her walking out. I need to learn how to say no and mean it.\""),
        ("h1", "What is going well"),
        ("bullets", [
            "Jess has been at the Learning Centre every day since 12/01/2026.",
            "She talks to Leah and told her about Tommo's car without being asked.",
            "Every time Jess has gone missing, staff reported her to the police within 30 minutes.",
            "Family time with Donna has happened every Tuesday and Sunday, and both say it goes well.",
        ]),
        ("h1", "What we want"),
        ("numbers", [
            "Jess is safe from Shane, Tommo and anyone else who wants to exploit her, and is not found in their "
            "cars or at the retail park or the underpass.",
            "Jess comes back to Larchfield by her time every night, and if she goes missing she is found "
            "quickly and talks to someone about it.",
            "Jess is at the Learning Centre every day and has a plan for Year 11.",
            "Donna is more confident at setting boundaries and saying no.",
        ]),
        ("h1", "The plan"),
        ("p", "\"Recorded in\" says where the network can read whether each action is happening: the home's "
              "daily log, missing log and out-and-about sheet are sent to Sophie every Friday."),
        ("table", {
            "header": ["No.", "Setting", "What will be done", "Lead", "When", "Recorded in"],
            "widths": [1.2, 2.2, 9.0, 4.6, 4.2, 4.5],
            "rows": [
                ["1", "Home",
                 "Agree with Jess where she is going, who with and when she will be back each time she goes "
                 "out, and write it on the out-and-about sheet",
                 "Shift leader on duty",
                 "Every time Jess leaves the home",
                 "Out-and-about sheet, checked by Tanya Brooks each morning"],
                ["2", "Home",
                 "Key work sessions with Jess using the \"Who's got your back\" workbook: healthy "
                 "relationships, and what Shane and Tommo get from her",
                 "Leah Grant, key worker",
                 "Every Monday at 5pm",
                 "Monitored"],
                ["3", "Home",
                 "Check that Jess is in her room at 11pm and 2am and that her window restrictor is on",
                 "Waking night support worker",
                 "Every night",
                 "Night log, read by the shift leader at 7am handover"],
                ["4", "Out",
                 "\"I'll be back by 9pm on school nights and 10pm on Fridays and Saturdays, and I'll answer "
                 "when staff ring me at 8.30pm.\"",
                 "Jess",
                 "Every night",
                 "Daily log shows the time Jess came in and whether she answered"],
                ["5", "Out",
                 "Serve child abduction warning notices on Shane Rourke and on \"Tommo\" once he is "
                 "identified, naming Jess as a looked-after child",
                 "PC Liam Ogden, Arkenmoor Child Exploitation Team",
                 "Shane by 13/02/2026; Tommo within 7 days of being identified",
                 "Served notices on the police file, with copies to Sophie and Tanya"],
                ["6", "Out",
                 "Patrols of Arkenmoor Retail Park car park and the Moorside underpass, stopping any car with "
                 "a young person in it",
                 "Sgt Bryony Webb, Arkenmoor West Neighbourhood Team",
                 "Friday and Saturday, 7pm to 11pm, for 8 weeks from 06/02/2026",
                 "Patrol log, with stops and sightings, shared at each core group"],
                ["7", "Missing",
                 "Report Jess missing to the police with the grab sheet when she is 30 minutes past her time "
                 "and not answering, and tell Sophie or the Emergency Duty Team",
                 "Tanya Brooks, registered manager (the shift leader on duty out of hours)",
                 "Every time Jess is 30 minutes past her time and not answering",
                 "Missing log with the police log number and the time Sophie or EDT was told"],
                ["8", "Missing",
                 "Offer Jess an independent return home interview, away from the home if she wants",
                 "Kim Adey, return home interview worker, Arkenmoor Missing Service",
                 "Within 72 hours of every return",
                 "RHI form sent to Sophie, Tanya and PC Ogden within 24 hours of the interview"],
                ["9", "Health",
                 "Trauma-focused therapy with Jess about what has happened with Shane and Tommo",
                 "Dr Ruth Ames, clinical psychologist, Brightwater Therapeutic Service",
                 "When Jess is ready",
                 "Therapy progress report to each child in care review and core group"],
                ["10", "Health",
                 "Sexual health check and contraception advice with the outreach nurse, at Larchfield or the "
                 "clinic as Jess chooses",
                 "Joy Ellis, Arkenmoor young people's sexual health outreach nurse",
                 "By 20/02/2026",
                 ""],
                ["11", "Health",
                 "Review health assessment for a child in care, including her drinking, cannabis use and sleep",
                 "Sister Pam Whitby, looked-after children's nurse",
                 "By 27/02/2026",
                 "Health assessment report and health plan sent to Sophie"],
                ["12", "Education",
                 "First-day calling to Larchfield if Jess is not in by 9.30am",
                 "Mr Dev Sharma, attendance lead, Arkenmoor Learning Centre",
                 "Every school day",
                 "Register and call log sent to Sophie every Friday; attendance at 90% or more by the Easter "
                 "holidays"],
                ["13", "Education",
                 "Personal education plan meeting with Jess to set her Year 11 targets and fund her street "
                 "dance classes",
                 "Gill Thornton, Virtual School caseworker",
                 "By 27/02/2026",
                 "Targets and funding agreed on the ePEP"],
                ["14", "Family",
                 "Family time with Donna, supervised by staff: at Larchfield on Tuesdays and in town for "
                 "Sunday lunch",
                 "Leah Grant, key worker (the shift leader if Leah is off)",
                 "Tuesdays 5pm to 7pm; Sundays 12 noon to 3pm",
                 "Family time record after each visit, with what Jess and Donna said"],
                ["15", "Family",
                 "Visit Jess at Larchfield and see her on her own",
                 "Sophie Kaur, social worker",
                 "Every week until the review conference",
                 "Visit records within 48 hours, with Jess's own words"],
                ["16", "Family",
                 "Sessions with Donna on boundaries and on what home would need to look like for Jess to go "
                 "back safely",
                 "Jo Pearce, family support worker, Arkenmoor Edge of Care Team",
                 "Every two weeks from 10/02/2026",
                 "Session records; a written return-home plan by 31/03/2026"],
                ["17", "Family",
                 "Talk with Donna and Jess together about the men, and agree what Donna will say if Jess "
                 "asks to come home with her from family time",
                 "Sophie Kaur, social worker, with Leah Grant",
                 "By 20/02/2026",
                 "Agreement written on the family time plan and signed by Donna and Jess"],
                ["18", "All",
                 "Share any intelligence about the men or places around Jess with PC Ogden and Sophie",
                 "All agencies",
                 "The same day",
                 "Police intelligence form numbers logged on Jess's file"],
            ],
        }),
        ("h1", "If Jess goes missing, or things get worse"),
        ("bullets", [
            "If Jess is 30 minutes past her time and not answering: staff report her missing with the grab "
            "sheet, and the shift leader drives the route to the retail park and the underpass with a second "
            "member of staff if it is safe to do so.",
            "If Jess is found with Shane or Tommo, or in any man's car, or comes back drunk, hurt or with gifts "
            "no one can explain: Sophie (or the Emergency Duty Team) holds a strategy discussion with the "
            "police that day, and Jess is offered a medical at the sexual assault referral centre if there is "
            "any sign of sexual assault.",
            "If Donna asks to end the accommodation and take Jess home before the return-home plan is agreed, "
            "Sophie holds a strategy discussion that day and Martin Lowry holds a legal planning meeting "
            "within 2 working days.",
            "If Jess goes missing three or more times in any four weeks, or overnight twice, Martin Lowry "
            "(team manager) will hold a legal planning meeting within 5 working days to decide whether to "
            "apply for a care order and whether a secure accommodation order is needed.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Larchfield House, Wednesdays at 4pm: 11/02/2026, 11/03/2026 and "
            "08/04/2026.",
            "Child in care review: 12/02/2026 at 3pm, Larchfield House.",
            "Review child protection conference: 30/04/2026 at 10am, Arkenmoor Civic Centre.",
        ]),
    ],
    "findings": [
        F("M002", "Key work sessions with Jess using the \"Who's got your back\" workbook"),
        F("T002", "Trauma-focused therapy with Jess about what has happened"),
        F("M001", "Sexual health check and contraception advice with the outreach nurse"),
        F("W002", "Share any intelligence about the men or places around Jess"),
        F("F002", "Donna is more confident at setting boundaries and saying no."),
    ],
})


# ---------------------------------------------------------------------------
# 6. A sibling group where only the eldest is at risk outside the home: a
#    numbered outline in three parts, each item with a Lead / When / We'll
#    know line. Page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b200_allerbeck_sibling_group_outline_eldest_outside_home_carter.pdf",
    "doc_title": "Child Protection Plan - Dion, Tia and Remi Carter",
    "split": "tune",
    "actions": 20,
    "min_pages": 3,
    "header": "OFFICIAL-SENSITIVE · Allerbeck Council Children's Services",
    "footer": "Dion, Tia and Remi Carter · Child protection plan (review conference 10/02/2026) · Page {PAGE} of {NUMPAGES}",
    "template": "sibling-group-rcpc-plan-paged-header-footer-kv-family-details-why-each-child-has-a-plan-going-well-each-childs-words-nicolas-words-outcomes-by-child-then-numbered-outline-part-1-whole-family-part-2-eldest-outside-the-home-part-3-younger-two-at-home-and-school-each-item-a-sentence-then-lead-when-well-know-line-then-if-things-go-wrong-meetings",
    "description": (
        "First review conference plan for three children of a single mother with depression: the "
        "eldest (15) is being drawn into selling cannabis for older boys on his estate, goes missing "
        "in the evenings and was stopped with cash and cannabis; his sister (9) and brother (6) are "
        "late and hungry at school when their mother's mood is low, and the 9-year-old looks after "
        "her brother. Their grandfather and aunt do the school pick-ups and teas. The plan is a "
        "numbered outline in three parts (the whole family; Dion outside the home; Tia and Remi at "
        "home and at school), each item a sentence with a 'Lead / When / We'll know' line under it. "
        "Faults: the CPN's visits only support the mother with her mood and medication; a window lock "
        "with '-' for its lead; a housing transfer 'as soon as possible'; a boxing club place with '-' "
        "for how we'll know; and a contingency that sends the younger children to their grandfather "
        "with nothing said if he or the aunt cannot help."
    ),
    "blocks": [
        ("title", "Child Protection Plan: Dion, Tia and Remi Carter"),
        ("p", "Allerbeck Council Children's Services. Agreed at the first review child protection conference on "
              "10/02/2026. One plan for the three children: Part 1 is for the whole family, Part 2 is about "
              "Dion and the risks to him outside the home, and Part 3 is about Tia and Remi at home and at "
              "school."),
        ("kv", [
            ("Children", "Dion Carter, born 05/04/2010 (15), Year 10, Fenton Park School; Tia Carter, born "
                         "12/09/2016 (9), Year 5, and Remi Carter, born 30/01/2020 (6), Year 1, both at "
                         "Allerbeck Primary School"),
            ("Home", "63 Fenton Way, Allerbeck AB9 4RT"),
            ("Mum", "Nicola Carter (36): depression, under Allerbeck Community Mental Health Team since "
                    "2024"),
            ("Grandad", "Roy Carter (Nicola's dad, 64), 5 Holme Lane, Allerbeck"),
            ("Aunt", "Kerry Walsh (Nicola's sister), 18 Fenton Way"),
            ("Categories", "Dion: physical abuse (risk of harm outside the home). Tia and Remi: neglect."),
            ("Social worker", "Gemma Lowe, Family Safeguarding Team (team manager: Paul Ingham)"),
        ]),
        ("h1", "Why the children have a plan"),
        ("p", "Dion: since the summer Dion has been spending evenings with older boys at the Fenton shops and the "
              "skate park. On 09/12/2025 police stopped him with £300 and eleven bags of cannabis, and he was "
              "given a deferred prosecution on condition he works with the Youth Justice Service. He has been "
              "missing until after midnight five times since November and once came home with a black eye. "
              "Nicola thinks he owes money."),
        ("p", "Tia and Remi: Nicola has depression. When her mood is low she cannot get up in the mornings; "
              "Tia gets Remi dressed and they are late for school, often without breakfast. Tia told her "
              "teacher she stays awake \"listening for Dion\". Remi has had three weeks of head lice and no "
              "dentist since he was three."),
        ("h1", "What is going well"),
        ("bullets", [
            "Grandad Roy has collected Tia and Remi from school three days a week since December, and Kerry "
            "has them for tea on Tuesdays and Thursdays.",
            "Nicola has started taking her antidepressants again and sees her CPN.",
            "Dion has been to every YJS appointment and says he wants to box again.",
            "Tia and Remi have been on time every day Roy or Kerry has had them the night before.",
        ]),
        ("h1", "What the children say"),
        ("p", "Dion (seen on his own at the YJS office, 03/02/2026): \"I'm not in a gang. Them lot are just "
              "people I know.\" \"I'm not grassing, so don't ask.\" \"Mum's ill and everyone's on my back.\" "
              "He would like to go back to boxing and wants his own room: \"I share with Remi, he's six.\""),
        ("p", "Tia (at school, 04/02/2026): \"I do Remi's cereal when Mum's sad.\" \"I don't like it when Dion "
              "comes in late and Mum cries.\" Her three wishes were \"Mum happy, Dion home, a dog\"."),
        ("p", "Remi (at home with his cars, 04/02/2026): \"Grandad does the best tea, fish fingers.\" He drew "
              "his family with Dion \"outside, at the shops\"."),
        ("h1", "What Nicola says"),
        ("p", "\"I know I've let things slip. When I'm bad I can't see past the end of the bed. I'm scared for "
              "Dion and I'm scared of who's knocking for him.\""),
        ("h1", "What we want for the children"),
        ("numbers", [
            "Dion is not used by older boys or adults to sell or carry drugs, comes home by his curfew, and "
            "if he goes missing he is found quickly.",
            "Dion is in school every day and has a safe thing to do in the evenings.",
            "Tia and Remi get to school on time every day, fed, clean and free of head lice.",
            "Tia no longer has to look after Remi or lie awake waiting for Dion.",
            "All three children are cared for by a mum whose depression is treated well enough for her to "
            "get them up, feed them and know where Dion is.",
        ]),
        ("h1", "The plan"),
        ("h2", "Part 1: The whole family"),
        ("p", "1.1 Gemma will visit the family at home and see each child on their own, with one visit in "
              "three after 7pm."),
        ("pi", "Lead: Gemma Lowe, social worker · When: every week until the next review conference · We'll "
               "know: visit records within 48 hours, with each child's words"),
        ("p", "1.2 Mark will carry on seeing Nicola every two weeks to support her with her mood and her "
              "medication."),
        ("pi", "Lead: Mark Ellison, CPN and care coordinator, Allerbeck CMHT · When: every two weeks · We'll "
               "know: dates of Mark's visits sent to Gemma each month"),
        ("p", "1.3 Dr Shah will review Nicola's antidepressant and write to Gemma about how her depression "
              "affects her care of the children in the mornings."),
        ("pi", "Lead: Dr Farah Shah, GP, Fenton Medical Practice · When: by 27/02/2026 · We'll know: GP letter "
               "on the children's file"),
        ("p", "1.4 Morning routine sessions at home with Nicola, so that Tia and Remi are up, fed and at school "
              "on time."),
        ("pi", "Lead: Sarah Bell, family support worker, Fenton Family Hub · When: Tuesdays and Thursdays at "
               "7.45am for 6 weeks from 17/02/2026 · We'll know: Tia and Remi in school by 8.50am on those "
               "days, from the school register"),
        ("p", "1.5 A lock will be fitted to the ground-floor window in Dion's bedroom so that he cannot be "
              "called out of it at night."),
        ("pi", "Lead: - · When: by 27/02/2026 · We'll know: Gemma sees the lock fitted at her next visit"),
        ("p", "1.6 Nicola will apply to Allerbeck Homes for a transfer to a three-bedroom house away from the "
              "Fenton estate, so that Dion has his own room and is further from the older boys."),
        ("pi", "Lead: Nicola Carter, with a supporting letter from Gemma · When: as soon as possible · We'll "
               "know: housing application reference and banding letter on file"),
        ("h2", "Part 2: Dion, safe outside the home"),
        ("p", "2.1 Dion agreed: \"I'll be in by 9pm on school nights and 10pm on Fridays and Saturdays, and "
              "I'll answer when Mum rings at 8.30pm.\""),
        ("pi", "Lead: Dion · When: every night · We'll know: curfew sheet on the fridge, read by Gemma at each "
               "visit"),
        ("p", "2.2 Nicola will ring 101 to report Dion missing if he is 30 minutes past his curfew and not "
              "answering, and write the police log number on the curfew sheet."),
        ("pi", "Lead: Nicola Carter · When: every time Dion is 30 minutes late and not answering · We'll know: "
               "log numbers on the curfew sheet and on the police missing record"),
        ("p", "2.3 Dion's deferred prosecution programme: twelve sessions on drugs, debt, exploitation and "
              "consequences, with a review at the end."),
        ("pi", "Lead: Adam Price, prevention worker, Allerbeck Youth Justice Service · When: weekly, Mondays at "
               "4pm, from 09/02/2026 to 27/04/2026 · We'll know: attendance record and the end-of-programme "
               "review, shared with Gemma"),
        ("p", "2.4 One-to-one sessions with Dion about the debt, the older boys and how to say no, and a "
              "re-score of the exploitation screening tool with him at the sixth session."),
        ("pi", "Lead: Shona Reilly, Allerbeck Exploitation and Missing Team · When: every Wednesday after "
               "school from 11/02/2026 · We'll know: session notes and the screening tool score at session 6, "
               "sent to Gemma"),
        ("p", "2.5 A return home interview for Dion after every missing episode, at school or the YJS office "
              "if he prefers."),
        ("pi", "Lead: Kev Osei, return home interview worker, Allerbeck Missing Service · When: within 72 hours "
               "of every return · We'll know: RHI form sent to Gemma and the police within 24 hours"),
        ("p", "2.6 Patrols of the Fenton shops and the skate park, speaking to the young people there and "
              "passing on who Dion is seen with."),
        ("pi", "Lead: PC Josh Wardle, Fenton Neighbourhood Policing Team · When: Thursday to Saturday, 5pm to "
               "10pm, for 8 weeks from 12/02/2026 · We'll know: patrol log and intelligence report numbers at "
               "each core group"),
        ("p", "2.7 First-day calling if Dion is not in school by 9am, and a weekly check-in with him about "
              "anything that has happened on the estate."),
        ("pi", "Lead: Mrs Lorraine Pike, DSL, Fenton Park School · When: every school day, and check-ins every "
               "Friday at 8.45am · We'll know: register, call log and check-in notes sent to Gemma every "
               "Friday"),
        ("p", "2.8 A place for Dion at the Tuesday and Thursday boxing sessions at Fenton Youth Hub, and a lift "
              "home afterwards."),
        ("pi", "Lead: Carl Mason, youth worker, Fenton Youth Hub · When: Tuesdays and Thursdays, 6pm to 8pm, "
               "from 17/02/2026 · We'll know: -"),
        ("h2", "Part 3: Tia and Remi, at home and at school"),
        ("p", "3.1 Roy will collect Tia and Remi from school and give them their tea at his house, then walk "
              "them home."),
        ("pi", "Lead: Roy Carter (grandad) · When: Mondays, Wednesdays and Fridays at 3.15pm · We'll know: the "
               "school's collection log, and Roy's text to Gemma every Friday"),
        ("p", "3.2 Kerry will have Tia and Remi for tea and a bath, comb Remi's hair for lice and hear their "
              "reading."),
        ("pi", "Lead: Kerry Walsh (aunt) · When: Tuesdays and Thursdays, 3.15pm to 7pm · We'll know: reading "
               "records signed by Kerry; the school nurse finds Remi's hair clear"),
        ("p", "3.3 A place at breakfast club for both children, and a check at the door each morning that they "
              "have eaten and are in clean uniform."),
        ("pi", "Lead: Mrs Amanda Quirke, DSL, Allerbeck Primary School · When: every school day from 8am · "
               "We'll know: breakfast club register and CPOMS notes sent to Gemma every Friday"),
        ("p", "3.4 A health check for Tia and Remi (height, weight, eyes, hair and teeth), and help for Nicola "
              "to register them with a dentist."),
        ("pi", "Lead: Liz Carver, school nurse, Allerbeck 0-19 Service · When: by 13/03/2026 · We'll know: "
               "health check letter on file; both children registered with a dentist"),
        ("p", "3.5 Four sessions of direct work with Tia about Mum's sadness, Dion, and whose job it is to look "
              "after Remi."),
        ("pi", "Lead: Gemma Lowe, social worker · When: weekly, 19/02/2026 to 12/03/2026 · We'll know: Tia's "
               "worry jar sheets on file; Tia can name two adults she can tell when she is worried"),
        ("p", "3.6 A referral for Tia to Allerbeck Young Carers, so that she has time for herself and other "
              "children who help at home."),
        ("pi", "Lead: Gemma Lowe, social worker · When: by 20/02/2026 · We'll know: acceptance letter and the "
               "date of Tia's first group session"),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Dion is missing, Nicola rings 101 as in 2.2; Kev offers a return home interview within 72 "
            "hours; if Dion is missing past midnight twice in a week, Gemma holds a strategy discussion with "
            "the police the next working day.",
            "If Dion is found with drugs, cash, a weapon or an injury, or there is intelligence that he is "
            "being threatened over the debt, the police attend straight away and Gemma (or the Emergency Duty "
            "Team) holds a strategy discussion that day.",
            "If Nicola's mood drops so that she cannot get up to care for Tia and Remi, or she says she cannot "
            "keep herself safe, she or Roy rings Mark or the CMHT crisis line, and Tia and Remi go to Roy's "
            "house until Gemma has seen them and agreed with Nicola what happens next.",
            "If Dion goes missing overnight, or Tia and Remi's attendance is below 90% at the Easter "
            "holidays, Paul Ingham (team manager) will hold a legal planning meeting within 10 working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Allerbeck Primary School, Thursdays at 3.30pm: 26/02/2026, "
            "26/03/2026 and 23/04/2026.",
            "Next review child protection conference: 12/05/2026 at 10am, Allerbeck Town Hall.",
        ]),
    ],
    "findings": [
        F("H001", "Mark will carry on seeing Nicola every two weeks"),
        F("W001", "A lock will be fitted to the ground-floor window"),
        F("T002", "Nicola will apply to Allerbeck Homes for a transfer"),
        F("M001", "A place for Dion at the Tuesday and Thursday boxing sessions"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. A youth justice referral order contract written into a child protection
#    plan: numbered clauses under Desistance, Safety and wellbeing, Keeping
#    other people safe and the adults' part, each with Who / When / How
#    we'll check lines; Jordan's clauses in his own words. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b200_axenholt_yjs_referral_order_contract_clauses_baptiste.md",
    "split": "tune",
    "actions": 18,
    "template": "joint-yjs-referral-order-contract-and-cp-plan-md-whos-who-table-what-happened-jordans-views-mums-worries-kezias-words-the-victims-views-going-well-outcomes-then-contract-clauses-numbered-under-desistance-safety-and-wellbeing-keeping-other-people-safe-and-what-the-adults-will-do-each-with-who-when-how-well-check-bullets-jordans-clauses-first-person-signed-then-if-the-contract-or-plan-is-not-kept-meetings-panel-core-group-review",
    "description": (
        "Exemplary joint plan for a 16-year-old boy on a 9-month referral order for a robbery in a park "
        "with two older young men who are drawing him into selling drugs, and on a child protection "
        "plan after he was beaten and threatened over a debt. His mother has depression. The referral "
        "order contract agreed at the panel is written into the child protection plan as numbered "
        "clauses under Desistance, Safety and wellbeing, Keeping other people safe and What the adults "
        "will do, each with Who / When / How we'll check lines; Jordan's clauses are in his own words "
        "and signed by him ('I' is Jordan). Times follow the order and the panel ('until the end of the "
        "order on 14/10/2026', 'at every panel meeting') and the school week; checks are YJS records, "
        "a reparation timesheet, the curfew sheet, patrol logs and a threat assessment. The mother's "
        "care coordinator reports on her capacity to change and the likely timescale; the contingency "
        "covers breach, missing, weapons and threats, a fallback for the uncle and for the father, and "
        "a legal planning meeting after named triggers; panel, core group and review dates are set."
    ),
    "text": """\
# Axenholt Youth Justice Service and Axenholt Children's Services

## Jordan Baptiste: referral order contract and child protection plan

Jordan's referral order contract was agreed at his first youth offender panel on 13/01/2026. The core
group met on 15/01/2026 and agreed that the contract and the child protection plan should be one
document, so that Jordan, his mum and every worker follow the same plan. The clauses below are both.

| Who's who | |
|---|---|
| **Jordan Baptiste** | born 11/10/2009 (16), Year 11, Axenholt Academy |
| **Marcia Baptiste** | Jordan's mum (42), 9 Sorrel Court, Axenholt AX3 8HE; Jordan and his sister Kezia (12) live with her |
| **Delroy Baptiste** | Jordan's dad, lives in Northgate; Jordan stays with him every other weekend |
| **Marvin Baptiste** | Jordan's uncle, electrician, Axenholt |
| **Callum Reeves** | YJS case manager |
| **Jo Adeyemi** | YJS restorative justice worker |
| **Anita Mensah** | YJS education, training and employment worker |
| **Lorna Fisher** | YJS health worker (CAMHS nurse seconded to the YJS) |
| **Joseph Amankwah** | Social worker, Adolescent Safeguarding Team (team manager: Sandra Kirby) |
| **PC Rob Hadley** | Axenholt Serious Violence Team, Axenholt and Dale Police |
| **Yvonne Clarke** | Marcia's care coordinator, Axenholt Community Mental Health Team |
| **Panel members** | Mrs Eileen Parry and Mr Tunde Bello, community volunteers |

### What happened and why there is a plan

On 14/09/2025 Jordan was in Axenholt Park with two young men, aged 18 and 20, when they took a phone
and a jacket from a 15-year-old boy (called R in this plan). Jordan pleaded guilty to robbery at
Axenholt Youth Court on 18/12/2025 and was given a 9-month referral order, which ends on 14/10/2026.

The same two young men have been giving Jordan cannabis and asking him to "hold" packages. On
21/11/2025 Jordan was beaten up near Rowan Street and his phone was taken; he had a fractured cheekbone
and was treated at Axenholt General Hospital. Since then he has had threats on Snapchat saying he owes
£500. A child protection plan was made at the initial conference on 04/12/2025 (physical abuse: risk of
serious harm outside the home).

Marcia has depression and has been under the Community Mental Health Team since 2023. Since Jordan was
hurt she has found it hard to sleep or go out, and she says she "can't stand up to him" when he goes
out at night.

### What Jordan says

Jordan told Callum and Joseph on 12/01/2026: "I didn't rob no one, I was just there. I only pleaded
because my solicitor said." "They're not my mates any more, not after what they did." "If I stay in,
they think I'm scared. I'm not scared." He wants to be an electrician like his uncle Marvin, and said
the best part of his week is "Saturdays at Dad's". He does not want "police turning up at school". He
scored how safe he feels at 5 out of 10, and said he would stay out of the park "for now".

### What Marcia says

"I lie awake until I hear his key. When he came home with his face like that I thought next time it's
a knife. I want him to have a future. I know my own head isn't right, and I need help with that so I
can help him."

### What Kezia says

Kezia (12), seen on her own by Joseph on 08/01/2026: "I don't like the boys who come to the door asking
for Jordan. Mum cries when he's out."

### What R and his family want

Jo spoke to R and his mum on 09/01/2026. R would like a letter saying sorry, "and to know he's not going
to be in the park when I'm there". R's mum would be willing to meet Jordan if R agrees.

### What is going well

- Jordan has been to every YJS appointment since the court hearing.
- He has been home by 9pm on most nights since New Year, and Marcia says he texts her now.
- His attendance at Axenholt Academy this term is 94%.
- Uncle Marvin has offered Jordan work shadowing at half term.
- Marcia has started seeing Yvonne again and came to every meeting.

### What we want for Jordan

1. Jordan is safe from the young men who are exploiting and threatening him, and is not hurt again.
2. Jordan is not involved in any more offending and completes his referral order.
3. Jordan is home by his curfew every night, and his mum always knows where he is.
4. Jordan sits his GCSEs in the summer and starts a college course in electrical work in September 2026.

## The contract and plan

Clauses 1 to 6, 13 and 14 are in Jordan's own words and he signed them at the panel: "I" in those
clauses is Jordan. Every clause says who, when, and how we will check.

### Desistance: what helps me stay out of trouble

**Clause 1.** I will meet Callum every week and do the sessions on choices, peer pressure, and how the
older lads used me.
- Who: Jordan, with Callum Reeves (YJS case manager)
- When: every Tuesday at 4.30pm at the YJS office until the end of the order (14/10/2026)
- How we'll check: YJS attendance record and session notes; Callum's progress report at every panel
  meeting

**Clause 2.** I will write a letter to R to say sorry, with Jo's help, and meet R and his mum if they
still want to.
- Who: Jordan, with Jo Adeyemi (YJS restorative justice worker)
- When: letter by 26/02/2026; a meeting by 30/04/2026 if R agrees
- How we'll check: Jo reads the letter and gives it to R's mum; Jo's record of the meeting, or of R's
  decision not to meet

**Clause 3.** I will do 20 hours of reparation at Axenholt Community Garden.
- Who: Jordan, supervised by Pete Dunmore (YJS reparation supervisor)
- When: Saturdays 10am to 1pm from 07/02/2026, all 20 hours done by 28/03/2026
- How we'll check: reparation timesheet signed by Pete each Saturday

**Clause 4.** I will go to the Axenholt College open evening and apply for the Level 1 electrical
installation course.
- Who: Jordan, with Anita Mensah (YJS education worker)
- When: open evening on 11/02/2026; application in by 06/03/2026
- How we'll check: the college's e-mail confirming Jordan's application, seen by Anita

### Safety and wellbeing: keeping me safe

**Clause 5.** I will be home by 9pm on weekdays and 10pm on Fridays and Saturdays, and text Mum if I am
going to be late.
- Who: Jordan
- When: every night
- How we'll check: Mum's curfew sheet, which Joseph reads at each visit

**Clause 6.** I will stay out of Axenholt Park after dark and I will not go to Rowan Street.
- Who: Jordan
- When: every day until the review conference on 14/04/2026, then the conference decides
- How we'll check: PC Hadley's patrol log records any sighting of Jordan in the park or on Rowan
  Street; Jordan talks it through with Callum each Tuesday

**Clause 7.** Joseph will visit Jordan at home and see him and Kezia each on their own, with at least
one visit in three after 8pm.
- Who: Joseph Amankwah (social worker)
- When: every week until the review conference
- How we'll check: visit records within 48 hours, with Jordan's and Kezia's own words

**Clause 8.** Lorna will assess Jordan's sleep, anxiety and flashbacks since he was beaten up, and refer
him on to CAMHS if he needs treatment.
- Who: Lorna Fisher (YJS health worker)
- When: assessment by 20/02/2026
- How we'll check: assessment summary with recommendations to Callum and Joseph; a copy of any CAMHS
  referral on file

**Clause 9.** PC Hadley will complete a threat assessment on the Snapchat threats and the £500 "debt",
and tell Jordan and Marcia the outcome.
- Who: PC Rob Hadley (Axenholt Serious Violence Team)
- When: by 30/01/2026
- How we'll check: written threat assessment on the police file; outcome told to Joseph the same day

**Clause 10.** Patrols of Axenholt Park and Rowan Street, stopping and speaking to the young men named
in the threat assessment and anyone with them.
- Who: PC Rob Hadley's team (Axenholt Serious Violence Team)
- When: Friday and Saturday, 6pm to 11pm, for 8 weeks from 23/01/2026
- How we'll check: patrol log with stops and sightings, shared at each core group

**Clause 11.** Detached youth work with the young people who gather in Axenholt Park, so that there are
adults in the park in the evenings and somewhere else for them to go.
- Who: Sunil Patel (senior youth worker, Axenholt Youth Service detached team)
- When: Thursday and Friday, 6pm to 9pm, for 10 weeks from 22/01/2026
- How we'll check: session logs of young people spoken to, and concerns passed to PC Hadley, shared
  at each core group

**Clause 12.** First-day calling if Jordan is not in by 9am, and a check-in with him each Monday.
- Who: Mr Neil Forde (DSL, Axenholt Academy)
- When: every school day; check-ins every Monday at 8.40am
- How we'll check: register, call log and check-in notes e-mailed to Joseph every Friday

### Keeping other people safe

**Clause 13.** I will not carry a knife or anything that could be used as a weapon, and I will let Mum
look in my bag when I go out at night.
- Who: Jordan
- When: every time I go out after 6pm
- How we'll check: Mum ticks the bag check on the curfew sheet; anything found is reported to PC
  Hadley and Callum the same day

**Clause 14.** I will not contact R or his family except through Jo.
- Who: Jordan
- When: until the end of the order (14/10/2026)
- How we'll check: R's mum tells Jo about any contact, and Jo records it and tells Callum the same day

### What the adults will do

**Clause 15.** Marcia will ring 101 if Jordan is an hour past his curfew and not answering, or 999 if
she thinks he is in danger, and write the log number on the curfew sheet.
- Who: Marcia Baptiste (Mum)
- When: every time Jordan is an hour late and not answering
- How we'll check: police log number on the curfew sheet; Joseph checks it at each visit

**Clause 16.** Yvonne will review Marcia's care plan with her and write to the core group on how her
depression affects her ability to supervise Jordan at night, what needs to change, and how long that
is likely to take.
- Who: Yvonne Clarke (care coordinator, Axenholt Community Mental Health Team)
- When: report by 05/03/2026, then an update before the review conference on 14/04/2026
- How we'll check: Yvonne's written reports on Joseph's file and discussed at the core group

**Clause 17.** Delroy will have Jordan to stay every other weekend and take him to the Northgate
Eagles football training on Saturday afternoons.
- Who: Delroy Baptiste (Dad)
- When: every other weekend, Friday 7pm to Sunday 6pm, from 23/01/2026
- How we'll check: Delroy texts Marcia and Joseph when Jordan arrives and when he is home

**Clause 18.** Marvin will take Jordan work shadowing with his electrical firm during the February half
term.
- Who: Marvin Baptiste (uncle)
- When: 16/02/2026 to 20/02/2026, 8am to 2pm each day
- How we'll check: Marvin signs Anita's work experience sheet each day; Jordan tells Callum what he
  did

Agreed by: Jordan Baptiste (signed), Marcia Baptiste (signed), Mrs Eileen Parry and Mr Tunde Bello
(panel members), Callum Reeves (YJS), 13/01/2026; clauses 7 to 12 and 15 to 18 agreed at the core group
on 15/01/2026.

## If the contract or the plan is not kept

- If Jordan misses a YJS appointment without a good reason, Callum rings him and Marcia that day. After
  two missed appointments Callum gives a written warning, and after a third he refers Jordan back to the
  panel, which can send the order back to the youth court.
- If Jordan is an hour past his curfew and not answering, Marcia rings 101 (clause 15); if he is not
  home by midnight, Joseph (or the Emergency Duty Team) holds a strategy discussion with the police the
  next morning.
- If Jordan is found with a weapon or drugs, is hurt, or the threats get worse, the police attend
  straight away and Joseph (or the Emergency Duty Team) holds a strategy discussion that day. If it is
  not safe for Jordan to be at home, he goes to Delroy's in Northgate that night; if Delroy cannot have
  him, Joseph or the Emergency Duty Team finds him an emergency foster placement outside Axenholt.
- If Marcia's mood drops so that she cannot supervise Jordan at night, she or Joseph rings Yvonne (or
  the CMHT crisis line out of hours), and Jordan stays with Delroy until Yvonne and Joseph agree it is
  safe for him to come home.
- If Marvin cannot have Jordan at half term, Anita books him onto the YJS half-term programme instead.
- If Jordan is arrested again, is found with a weapon, or is missing overnight before the review
  conference, Sandra Kirby (team manager) will hold a legal planning meeting within 5 working days.

## Meetings

- Youth offender panel reviews: 14/04/2026, 14/07/2026 and a final panel on 06/10/2026, at the YJS
  office, 4pm.
- Core group every four weeks at Axenholt Academy, Thursdays at 3.30pm: 12/02/2026, 12/03/2026 and
  09/04/2026.
- Review child protection conference: 14/04/2026 at 10am, Axenholt Civic Centre (the panel review that
  day is moved to 4pm so Jordan can attend both).

Plan sent to Jordan, Marcia, Delroy and every agency on 16/01/2026.
""",
    "findings": [],
})
