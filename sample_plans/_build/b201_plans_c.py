"""Batch 201, module c: seven fictional plans (held-out material), places beginning with "c".

Everything here is made up: young people, families, professionals, services,
schools, colleges, children's homes, shops, police forces, courts and
councils. Any resemblance to real people, places or cases is a coincidence.
The labels were written by hand from docs/rules.md and the conventions in
sample_plans/README.md, without running planlint or reading its code.

Split: heldout (every plan). Batch 201, letter c.

Focus: teenagers at risk outside the home, again, in other templates, with
other agencies and other voices: a school's pupil safety plan, a traffic-light
plan written to the young person in the second person, a missing strategy
meeting's actions carried into a plan with a missing protocol, a combined
placement and child protection plan for a girl in a children's home set out
under the Children's Homes Quality Standards, a police-led joint safeguarding
and disruption plan in agency blocks, a sibling group where only the eldest is
at risk outside the home (a "For" column), and a transitional safeguarding
plan for a 17-year-old counting down to her 18th birthday. Times are said in
these settings' words ("every school day, 8.40am", "within 72 hours of every
return", "every time you are 30 minutes past your time and not answering",
"twice a week until the plea hearing on 12/02/2026", "until the review
conference", "by 26/06/2026"); measures are check-in sheets, first-day call logs,
CPOMS entries, patrol and bail check logs, served notices, RHI forms, CareLog
entries, breath test results, the young person's own scores and signed
safety plans. The young people's voices are strong and sometimes at odds
with the plan; some parents need support too.

1. a school's pupil safety plan for a 13-year-old boy at risk of criminal
   exploitation, written by the academy's DSL as the school's part of his
   child protection plan: "Chidi's school day" (a When-first table), "If this
   happens, this is what staff do" (a numbered trigger-and-response table),
   then the other agencies' and family's part (docx): faults are the
   learning mentor's sessions measured by "Chidi's engagement with the
   mentoring", counselling "as and when Chidi asks for it", "All staff"
   reporting him leaving the site, a boxing club referral with "-" for how
   we will know, and a review conference "date to be confirmed" (M002, T002,
   W002, M001, R001);
2. a traffic-light plan written to a 14-year-old girl who goes missing and is
   sexually exploited ("you" is Ellie): green (every day and every week),
   amber (when things start to slip) and red (if you go missing), each item
   with Who / When / How we'll know lines, then what happens if things get
   worse (md, exemplary);
3. a missing and exploitation plan for a 15-year-old girl after her seventh
   missing episode, printed with page header and footer: the third missing
   strategy meeting's actions carried into the plan (SM ref column), Jade's
   missing protocol (a When-first table), then the conference's other
   actions; her mother has depression and is seen by the community mental
   health team, and her aunt and nan help (pdf): faults are the abduction
   warning notices with "-" for the deadline, open-source checks measured by
   "ongoing monitoring", a passive sexual health referral with "-" for who,
   a CAMHS referral "ASAP", the CPN's sessions only treating the mother, and
   no fallback if the aunt or nan cannot help (T001, M002, W001, T002, H001,
   C003);
4. a combined placement plan and child protection plan for a 15-year-old
   girl accommodated under section 20 in a children's home after sexual
   exploitation, set out under the Children's Homes Quality Standards
   (protection, wishes and feelings, education, health, relationships, care
   planning) with a small table under each; her mother's drinking is worked
   on by the adult recovery service, which reports on change (docx,
   exemplary);
5. a police-led joint safeguarding and disruption plan for a 16-year-old boy
   at risk of serious youth violence (a friend stabbed, a threat to life
   warning, drill videos, bail for a knife), typed as plain text in agency
   blocks with a block lead and Action / Officer / When / Result measure
   lines (txt): faults are the ED youth worker's sessions measured by
   "engagement with the youth worker", a shop licensing review "Ongoing",
   the college's re-engagement timetable with "-" for its result measure,
   "All partner agencies" passing on sightings, a contingency that only
   says partners will meet to review and consider next steps if the risk
   escalates, and no legal planning (M002, T002, M001, W002, C002, R002);
6. a review conference plan for three siblings where only the eldest (15)
   is at risk outside the home (a county line, a debt, men at the door, a
   drugs warrant the younger two saw), one table with a "For" column (Jordan,
   Tia, Mason, Tia and Mason, all three); their mother drinks most evenings
   (md): faults are the NRM information with "-" for when, the nurture group
   with "-" for how we'll know, home sessions "As soon as possible", "All
   professionals" sharing threats, an outcome only about the mother's
   confidence, and the mother's drinking with no adult service owning any
   action (T001, M001, T002, W002, F002, F004);
7. a transitional safeguarding plan for a 17-year-old young woman sexually
   exploited by an older man, counting down to her 18th birthday: one
   landscape table of "What will happen / Who / When exactly / How we will
   know" under banner rows (every time she goes missing; now to the end of
   March; April to June; July to her birthday), with adult social care's
   transitional safeguarding team, page header and footer (pdf, exemplary).

Three plans (2, 4 and 7) are exemplary: every action has a named owner, a
real timescale and something that can be seen, counted or read; every
outcome is about the young person; each contingency has specific triggers
and concrete protective responses, says what happens if a relative's help
fails where relatives help (plans 2 and 4), and leads to a legal planning
meeting after named triggers; each records the young person's voice, core
group dates and a dated review conference. In plan 4 the mother's drinking
is recorded and the adult recovery service owns an action; no parent in
plans 2 and 7 has recorded ill health or substance misuse.

Counting convention used for "actions" (README convention 1): each row of an
action table (banner rows and header rows excepted), each lettered and
numbered item of the traffic-light plan and each numbered item of an agency
block counts once, whatever number of sentences or Who / When / How lines
it holds. Details, who's-who and contact lists, the missing episodes table,
the worries, what is going well, the young people's and parents' words, the
warning signs list, the outcomes, the contingency, the bail conditions, the
court dates and the meeting dates are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. A school's pupil safety plan (the school's part of a CP plan) for a
#    13-year-old at risk of criminal exploitation: a When-first school day
#    table, a numbered "If this happens" table, then other agencies. Faulty
#    (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b201_cobbleford_school_pupil_safety_plan_if_this_happens_table_okonkwo.docx",
    "doc_title": "Pupil Safety Plan - Chidi Okonkwo (school's part of the child protection plan)",
    "split": "heldout",
    "actions": 21,
    "template": "school-pupil-safety-plan-docx-academy-dsl-written-kv-pupil-details-why-going-well-what-chidi-told-us-what-mum-told-us-outcomes-then-part-1-chidis-school-day-when-first-what-who-how-recorded-table-then-part-2-numbered-if-this-happens-this-is-what-staff-do-who-how-fast-recorded-where-table-then-part-3-other-agencies-and-family-what-who-when-how-well-know-table-then-if-things-go-wrong-meetings",
    "description": (
        "A school's pupil safety plan for a 13-year-old Year 8 boy at risk of criminal exploitation "
        "(found with two phones and cash, leaving the site at lunchtime for the Vale Road parade, stopped "
        "at night with packaged cannabis and a 17-year-old, missing overnight once, an NRM referral), "
        "written by the academy's DSL as the school's part of his child protection plan. Part 1 is "
        "his school day (a When-first table), Part 2 a numbered 'If this happens, this is what staff do' "
        "table with Who / How fast / Recorded where columns, Part 3 the other agencies' and family's "
        "part as agreed at the initial conference. Faults: the learning mentor's sessions measured by "
        "'Chidi's engagement with the mentoring'; counselling 'as and when Chidi asks for it'; 'All "
        "staff' reporting him leaving the site; the youth worker's boxing club referral with '-' for "
        "how we will know; and the review conference 'date to be confirmed'."
    ),
    "blocks": [
        ("title", "Pupil Safety Plan"),
        ("p", "Cobbleford Park Academy (Vale Learning Trust), Larkhill Road, Cobbleford CB4 2TP"),
        ("p", "This is the school's part of Chidi's child protection plan, with the other agencies' and the "
              "family's part as agreed at the initial child protection conference on 14/01/2026 (chair: Sandra "
              "Whitfield, independent reviewing officer). It was written by Mr Gareth Linney (DSL) with Hannah "
              "Crossley (social worker), and gone through with Chidi and his mum on 16/01/2026."),
        ("kv", [
            ("Pupil", "Chidi Okonkwo, born 06/03/2012 (13), Year 8, tutor group 8RW"),
            ("Home", "27 Larkhill Road, Cobbleford CB4 2TN"),
            ("Lives with", "Grace Okonkwo (mum, 42, senior carer at Elmhurst Nursing Home) and Tobenna (8, Year 4 "
                           "at Larkhill Primary School)"),
            ("Dad", "Emeka Okonkwo, lives in Ridgeford; sees the boys every other Sunday"),
            ("Category", "Physical abuse (risk of criminal exploitation)"),
            ("Social worker", "Hannah Crossley, Cobbleford Adolescent Safeguarding Team (team manager: Martin Oduya)"),
            ("Designated Safeguarding Lead", "Mr Gareth Linney, assistant headteacher"),
            ("Deputy DSL", "Mrs Priya Chauhan, pastoral manager"),
            ("Head of Year 8", "Ms Rhiannon Walsh"),
            ("Attendance officer", "Mrs Debbie Farrow"),
            ("Learning mentor", "Mr Tunde Baptiste"),
            ("Safer Schools Officer", "PC Liam Corrigan, Cobbleford Neighbourhood Policing Team"),
            ("Exploitation worker", "Jas Sandhu, Cobbleford Exploitation and Missing Team (CEMT)"),
            ("Youth worker", "Kieran Moss, Cobbleford Youth Service detached team"),
        ]),
        ("h1", "Why Chidi has this plan"),
        ("p", "Since September staff have seen Chidi leave the site at lunchtime through the gap in the fence "
              "behind the sports hall and go to the Vale Road parade (the Kwik Stop and the chicken shop), where "
              "older boys aged 16 to 19 wait. Pupils call them \"V-Road\". On 20/11/2025 a teacher found two phones "
              "and £380 in Chidi's blazer; he said he was \"looking after it for a mate\". On the night of "
              "02/12/2025 he did not come home, and Grace reported him missing at 11pm. Police found him in "
              "Ridgeford town centre at 1.40am with a 17-year-old, carrying cannabis wrapped in small bags. Hannah "
              "made an NRM referral on 08/12/2025. In December Chidi was suspended for three days for swearing "
              "at a teacher, and his attendance in the autumn term was 86%, with 14 lessons missed after "
              "lunch. Grace works three night shifts a week, and Chidi is at home with Tobenna on those evenings "
              "until 9pm, when a neighbour looks in."),
        ("h1", "What is going well"),
        ("bullets", [
            "Chidi has come to the Pastoral Base every morning since the conference and handed in his phone "
            "without being asked.",
            "He is good at maths and at design and technology, and his DT teacher says he is \"the best in the "
            "set with his hands\".",
            "Grace rang the police straight away on 02/12/2025 and has told school about every worry since.",
            "Chidi likes Mr Baptiste and has asked to see him.",
            "Chidi's dad, Emeka, came to the conference and has agreed to have the boys at short notice if "
            "they need to be away from Cobbleford.",
        ]),
        ("h1", "What Chidi told us"),
        ("p", "\"I'm not in V-Road. They're just older, they look after you. If someone starts on you they're "
              "there.\""),
        ("p", "\"The money wasn't mine. I'm not saying whose it was.\""),
        ("p", "\"I don't want Mum to stop working, she'll go mad if she has to. I can look after Tobenna.\""),
        ("p", "\"Lunch in the library is for geeks.\" (He later said he would try it if his friend Tayo could "
              "come too.)"),
        ("p", "Chidi scored how safe he feels at school 8 out of 10, and on Vale Road \"about 6, depends who's "
              "there\" (with Mr Baptiste, 12/01/2026)."),
        ("h1", "What Mum told us"),
        ("p", "\"He is a good boy and he is frightened, I can see it. Those boys are using him. I need the "
              "school to watch him in the day and I will watch him at night, but I cannot give up my job.\""),
        ("h1", "What we want for Chidi"),
        ("numbers", [
            "Chidi stays on the school site all day, every day, and is in every lesson.",
            "Chidi is not carrying, holding or selling anything for older boys, and no one says he owes them money.",
            "Chidi is home by his agreed times and does not go missing.",
            "Chidi has an adult at school he trusts and an activity he enjoys outside school, away from Vale Road.",
            "Chidi stays at Cobbleford Park Academy and is not excluded.",
        ]),
        ("h1", "Part 1: Chidi's school day"),
        ("p", "Part 1 is what happens every school day. The first column says when."),
        ("table", {
            "header": ["When", "What will happen", "Who", "How it is recorded"],
            "widths": [3.4, 6.2, 3.4, 4.0],
            "rows": [
                ["Every school day, 8.40am to 8.50am (before registration)",
                 "Check-in with Chidi in the Pastoral Base: how was last night, has anyone messaged him, and has "
                 "he anything with him he should not have. Chidi hands his phone in to the Base until 3.10pm.",
                 "Mrs Priya Chauhan, pastoral manager (Mr Baptiste when she is off)",
                 "Check-in sheet signed by Chidi and Mrs Chauhan each morning; phone in and out times in the "
                 "Base phone log"],
                ["Every school day, by 9.30am",
                 "Check that Chidi is in registration and in period 1. If he is not in school by 9.30am, ring "
                 "Grace, and if she does not know where he is, ring Hannah the same morning.",
                 "Mrs Debbie Farrow, attendance officer",
                 "First-day call log; Chidi's attendance for the week sent to Hannah every Friday"],
                ["Every lunchtime, 12.35pm to 1.15pm",
                 "Lunch in the Hub (the supervised lunchtime club in the library) with his friend Tayo, not on "
                 "the field by the gap in the fence",
                 "Chidi, with Ms Walsh (Head of Year 8) on the Hub rota",
                 "Hub register, checked and signed by Ms Walsh at 1.15pm"],
                ["Every Tuesday, period 5, from 20/01/2026 to the Easter holidays",
                 "Mentoring sessions with Mr Baptiste about friendships, money and how older boys draw younger "
                 "ones in, using the Cobbleford exploitation toolkit",
                 "Mr Tunde Baptiste, learning mentor",
                 "Chidi's engagement with the mentoring"],
                ["As and when Chidi asks for it",
                 "Sessions with the school counsellor to talk about the night he was missing and the things "
                 "that frighten him",
                 "Ms Ellen Dacre, school counsellor (Talking Space)",
                 "Session dates on CPOMS; Chidi's own score of how safe he feels written on each session note"],
                ["Every school day at 3.10pm",
                 "Walk Chidi to the front gate and see him onto the 3.20pm number 14 bus home. On Wednesdays, "
                 "when Grace collects him, hand him over to her at the gate.",
                 "Mrs Priya Chauhan, pastoral manager (Mr Baptiste on Thursdays)",
                 "End-of-day sheet in the Pastoral Base, initialled by the member of staff with the time"],
                ["Every Friday by 3pm",
                 "Send Hannah and Jas a weekly summary: attendance, the check-in sheets, anything found or said, "
                 "and any time Chidi left the site",
                 "Mr Gareth Linney, DSL",
                 "Weekly summary e-mail saved on Chidi's CPOMS file and on the social care record"],
            ],
        }),
        ("h1", "Part 2: If this happens, this is what staff do"),
        ("p", "These steps are part of the plan, and staff follow them every time it happens."),
        ("table", {
            "header": ["No.", "If this happens, this is what staff do", "Who", "How fast", "Recorded where"],
            "widths": [1.0, 6.6, 3.2, 2.6, 3.6],
            "rows": [
                ["2.1",
                 "If Chidi is seen leaving the site or out of lessons without a pass: radio reception and tell "
                 "the DSL.",
                 "All staff",
                 "Straight away, every time",
                 "CPOMS entry by the member of staff who saw it"],
                ["2.2",
                 "If a search finds cash over £20, a second phone, drugs or a weapon: keep it safe, ring the "
                 "police (999 for a weapon, 101 for anything else), and tell Grace and Hannah.",
                 "Mr Gareth Linney, DSL (Mrs Chauhan if he is off site)",
                 "The same day, every time",
                 "Search record and police reference number on CPOMS; e-mail to Hannah"],
                ["2.3",
                 "If Chidi says someone is asking him to carry or hold things, or that he owes money: ring Hannah "
                 "(the Emergency Duty Team after 5pm) and send a partner intelligence form to the police.",
                 "Mr Gareth Linney, DSL",
                 "Within 1 hour of Chidi saying it",
                 "Call logged on CPOMS; intelligence form reference sent to Jas and PC Corrigan"],
                ["2.4",
                 "If older boys or adults are seen waiting at the school gates or on Vale Road at 3.10pm: ring PC "
                 "Corrigan and write down descriptions and any car registration numbers.",
                 "Mr Colin Price, site manager (on gate duty)",
                 "Straight away, every time",
                 "Site log with date, time, descriptions and registrations, sent to PC Corrigan every Friday"],
                ["2.5",
                 "If Chidi breaks the behaviour policy in a way that would usually mean a suspension: meet Grace "
                 "and Hannah before anything is decided, and use a day in the Base instead wherever it is safe to.",
                 "Mrs Joanne Keeble, headteacher",
                 "Before any suspension decision",
                 "Meeting note on CPOMS; no suspension letter issued without the meeting note"],
            ],
        }),
        ("h1", "Part 3: What the other agencies and the family will do"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will know"],
            "widths": [6.4, 3.6, 3.2, 3.8],
            "rows": [
                ["Visit Chidi at home and see him on his own; talk about the older boys, the night he was "
                 "missing and what he wants",
                 "Hannah Crossley, social worker",
                 "Every week, one visit in three after 6pm",
                 "Visit records on the case file within 2 working days, with Chidi's words"],
                ["One-to-one exploitation sessions with Chidi (the 'Who's got your back?' programme: grooming, "
                 "debt bondage, county lines), at school or at the Youth Hub",
                 "Jas Sandhu, Cobbleford Exploitation and Missing Team",
                 "Every Thursday after school for 8 weeks from 22/01/2026",
                 "Session record after each session; Chidi's own scores at sessions 1, 4 and 8, shared at the "
                 "core group on 24/03/2026"],
                ["Return home interview with Chidi after any missing episode, somewhere he chooses",
                 "Jas Sandhu, CEMT (return home interview worker)",
                 "Within 72 hours of every return",
                 "Return home interview form on the case file and shared with the DSL"],
                ["Patrol the Vale Road parade and the footpath behind the sports hall, and stop and speak to "
                 "older boys seen with pupils",
                 "PC Liam Corrigan, with the Cobbleford Neighbourhood Policing Team",
                 "Every school day 12.30pm to 1.30pm and 3pm to 4.30pm, until the review conference",
                 "Patrol log with stops and names, sent to the DSL and Hannah every Friday"],
                ["Answer any request from the Single Competent Authority about Chidi's NRM referral, and tell "
                 "Chidi and Grace the reasonable grounds decision when it comes",
                 "Hannah Crossley, social worker (NRM first responder)",
                 "Within 5 working days of any request; the decision shared within 2 working days of receipt",
                 "SCA letters and Hannah's replies on Chidi's file"],
                ["Refer Chidi to the Ridgeford Boxing Academy's Friday night youth session and take him to his "
                 "first two sessions",
                 "Kieran Moss, detached youth worker, Cobbleford Youth Service",
                 "Referral by 30/01/2026; first session on Friday 06/02/2026",
                 "-"],
                ["Text Mum if I am going to be late, and be home by 7pm on school nights and 9pm on Fridays and "
                 "Saturdays",
                 "Chidi",
                 "Every night",
                 "Grace writes the time Chidi gets in on the calendar in the kitchen; Hannah reads it at each visit"],
                ["Ring the police on 101 and report Chidi missing if he is not home 30 minutes after his time and "
                 "not answering his phone (999 if she thinks he is in danger)",
                 "Grace Okonkwo (mum)",
                 "Every time he is 30 minutes late and not answering",
                 "Police missing reference given to Hannah the next working day"],
                ["Go to the Cobbleford Family Hub group for parents of children at risk of exploitation (six "
                 "sessions)",
                 "Grace Okonkwo (mum)",
                 "Mondays at 6pm, 26/01/2026 to 02/03/2026",
                 "Group register sent to Hannah every fortnight"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Chidi goes missing overnight again, or is found with drugs, a weapon or more than £20 he cannot "
            "explain, or is seen with the V-Road group after 7pm: Hannah holds a strategy discussion with the "
            "police and the DSL the same working day (the Emergency Duty Team out of hours), and Jas sees Chidi "
            "within 72 hours.",
            "If Chidi is threatened or hurt, or anyone comes to 27 Larkhill Road about a debt: Grace rings 999; "
            "PC Corrigan puts an urgent-response marker on the address the same day; Chidi and Tobenna stay "
            "with Emeka in Ridgeford that night. If Emeka cannot have them, Hannah arranges a foster placement "
            "for the night and Grace stays with them if she wishes.",
            "If Chidi goes missing overnight twice between core groups, or is found carrying drugs or a weapon "
            "for older boys, Martin Oduya (team manager) will hold a legal planning meeting within 10 working "
            "days to decide whether Chidi needs to be looked after to keep him safe.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: every four weeks at Cobbleford Park Academy at 3.30pm, on 27/01/2026, 24/02/2026 and "
            "24/03/2026.",
            "Review of this safety plan by Mr Linney with Chidi and Grace: every half term, next on 13/02/2026.",
            "Review child protection conference: date to be confirmed by the Safeguarding Unit.",
        ]),
        ("p", "Copies: Chidi, Grace, Emeka, Hannah Crossley, Jas Sandhu, PC Corrigan, Kieran Moss, all staff "
              "named in Parts 1 and 2."),
    ],
    "findings": [
        F("M002", "Mentoring sessions with Mr Baptiste about friendships, money"),
        F("T002", "Sessions with the school counsellor to talk about the night"),
        F("W002", "If Chidi is seen leaving the site or out of lessons"),
        F("M001", "Refer Chidi to the Ridgeford Boxing Academy's Friday night youth session"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 2. A traffic-light plan written to a 14-year-old girl ("you" is Ellie):
#    green, amber and red parts, each item with Who / When / How we'll know
#    lines. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b201_culvermead_traffic_light_plan_written_to_you_hartley.md",
    "split": "heldout",
    "actions": 21,
    "template": "icpc-plan-md-written-to-14-year-old-you-means-ellie-about-you-bullets-why-going-well-what-you-told-us-what-dad-nicola-and-gran-told-us-what-we-want-for-you-then-your-plan-as-traffic-lights-green-every-day-and-week-amber-when-things-start-to-slip-with-warning-signs-red-if-you-go-missing-lettered-items-g1-a1-r1-each-with-who-when-how-well-know-sub-bullets-then-if-things-get-worse-meetings-who-to-ring",
    "description": (
        "Exemplary initial conference plan for a 14-year-old girl who has gone missing five times since "
        "October and is sexually exploited by older men she meets through Snapchat and who pick her up "
        "near the Co-op; a Child Abduction Warning Notice has been served on the man she calls her "
        "boyfriend. The plan is written to her in the second person ('you' is Ellie) and set out as "
        "traffic lights: green (every day and every week), amber (when things start to slip, with her "
        "warning signs) and red (if you go missing), each lettered item with Who / When / How we'll know "
        "lines: her own commitments, her dad's and stepmother's, her gran's teas and Saturday nights, the "
        "social worker, the missing service's return interviews, the DSL and attendance officer, the "
        "sexual health outreach nurse, a youth worker, and police disruption and patrols. The contingency "
        "has specific triggers, a fallback if Gran cannot help, and a legal planning meeting; core group "
        "and review dates are set; Ellie's voice is strong and at odds with the plan."
    ),
    "text": """\
# Your plan, Ellie

**Culvermead City Council Children's Services - child protection plan**
**Initial child protection conference: 20/01/2026** (chair: Margaret Oyelowo, independent reviewing officer)

Ellie, this is your plan. Sam wrote it with you at Gran's on 22/01/2026, after the conference, and you
chose the traffic lights. When this plan says "you", it means you. Every other job has the name of the
person who will do it.

## About you

- **You:** Ellie Hartley, born 09/05/2011 (14), Year 9 at Culvermead High School
- **Home:** 42 Sandpiper Road, Culvermead CV7 3LX, with your dad, Craig Hartley (44, delivery driver),
  his partner Nicola Shaw (40), and your brother Alfie (4)
- **Your mum:** Joanne Price, lives in Spain and rings you on Sundays
- **Gran:** Pauline Hartley (your dad's mum, 68), 3 Brook Close, five minutes' walk away
- **Why a plan:** sexual abuse (child sexual exploitation)
- **Your social worker:** Sam Rowntree, Culvermead Adolescent Support Team (manager: Lorna Baines)
- **Your missing and exploitation worker:** Maya Gill, Safe Steps
- **Police:** DC Helen Marsh, Child Exploitation Unit; PC Owen Davies, Marsh Lane Neighbourhood Team
- **School:** Mr Ian Pettit (Designated Safeguarding Lead) and Mrs Carol Hind (attendance officer)
- **Sexual health:** Lou Bennett, outreach nurse, Culvermead Sexual Health
- **Youth worker:** Dom Fisher, Culvermead Youth Service (Girls' Group at Marsh Lane Youth Centre)

## Why there is a plan

Since October you have been missing five times. The longest was 31 hours: on 04/01/2026 the police found
you in a flat above a takeaway in Shelbrook with two men aged 22 and 27, and you had been drinking. A man
you know as Rhys picks you up in a grey Audi near the Co-op on Marsh Lane. You say he is 19; the police
know he is 24. You have been given vapes, vodka and a new iPhone, and men you do not know have messaged
you on Snapchat asking for pictures. On 09/01/2026 DC Marsh served a Child Abduction Warning Notice on
Rhys, which means the police can arrest him if he is with you or contacts you. Your attendance last term
was 74%.

## What is going well

- You came to the end of the conference and said what you thought, even though it was hard.
- You have seen Maya three times and you told her things you had not told anyone.
- Dad and Nicola have not shouted at you when you come home; Dad picked you up from Shelbrook himself.
- You love drama, and Mrs Lowe says you are one of the best in Year 9.
- Gran's house is where you say you feel calmest, and you have tea there every Thursday.

## What you told us

"I'm not stupid. Rhys is my boyfriend, he's not some old man. Everyone's making it into something it's
not."

"The flat was just a party. I wasn't made to do anything."

"I don't go missing, I just don't come home. There's a difference."

"I hate the police turning up at Gran's. Everyone on the road sees."

"If you want me to stay in, give me something to do. There's nothing round here."

You scored how safe you feel when you are out at 7 out of 10. Sam scored it at 2 out of 10, and you both
agreed to score it again at every visit.

## What Dad, Nicola and Gran told us

Dad: "I drive round every night she's out. I can't keep doing it and go to work at 5am."

Nicola: "I don't want to be the wicked stepmother. I want her to know she can ring me."

Gran: "She'll always have a bed here and a plate of food. I'll do what I can, but I'm 68."

## What we want for you

1. You are safe from Rhys and the men in Shelbrook, and no one is pressuring you for pictures or sex.
2. You come home at your agreed times, and you do not go missing.
3. You know what a healthy relationship looks like and who to tell if something feels wrong.
4. You are in school every day, and your attendance is above 90% by the Easter holidays.
5. You have things to do that you enjoy, with people your own age.

## Your plan

Your plan has three parts, like traffic lights. **Green** is every day and every week. **Amber** is what
happens when things start to slip. **Red** is what happens if you go missing. Every item says who will do
it, when, and how we will know it is happening.

### Green: every day and every week

- **G1.** You will text Dad or Nicola if you are going to be later than your time (9pm on school nights,
  10pm on Fridays and Saturdays).
  - Who: you
  - When: every time you are going to be late
  - How we'll know: Nicola writes the time you came in on the calendar on the fridge, and Sam looks at it
    at every visit.
- **G2.** You will keep location sharing on with Dad from 6pm until you are home, and keep your phone
  charged when you go out.
  - Who: you
  - When: every evening you are out
  - How we'll know: Sam checks with you and Dad at each visit that the sharing was on, and writes it on
    your visit record.
- **G3.** Dad will come and pick you up from anywhere, at any time, if you ring him, and leave the talking
  until the next day.
  - Who: Dad (Craig Hartley)
  - When: every time you ring him, day or night
  - How we'll know: you and Dad tell Sam at each visit how many times you rang and whether he came; Sam
    writes it on your visit record.
- **G4.** Sam will visit you at home and see you on your own, and see you at school once a fortnight.
  - Who: Sam Rowntree, social worker
  - When: every week, with one visit in three after 6pm
  - How we'll know: visit records on your file within 2 working days, with what you said and your safety
    score.
- **G5.** Maya will meet you for the Healthy Relationships sessions, somewhere you choose.
  - Who: Maya Gill, Safe Steps
  - When: every Wednesday after school, 12 sessions from 28/01/2026
  - How we'll know: a session record after each session, and your own score on "how I know a relationship
    is safe" at sessions 1, 6 and 12, shared with Sam.
- **G6.** Mr Pettit will check in with you about the weekend and anything that has happened online.
  - Who: Mr Ian Pettit, Designated Safeguarding Lead
  - When: every Monday at 8.40am
  - How we'll know: a check-in note on CPOMS, sent to Sam every Monday by 4pm.
- **G7.** Mrs Hind will ring Dad by 9.30am on any day you are not in school.
  - Who: Mrs Carol Hind, attendance officer
  - When: every school day you are not in by 9.30am
  - How we'll know: the first-day call log; your attendance for the week sent to Sam every Friday.
- **G8.** Dom will run the Girls' Group at Marsh Lane Youth Centre and drive you home at 8pm.
  - Who: Dom Fisher, youth worker
  - When: every Tuesday, 6pm to 8pm
  - How we'll know: the group register, sent to Sam at the end of each month.
- **G9.** Lou will see you in the medical room at school for sexual health checks and contraception, and
  to talk about consent.
  - Who: Lou Bennett, outreach nurse
  - When: every three weeks, starting on 27/01/2026
  - How we'll know: appointment dates in the outreach record; Lou tells Sam if you miss two in a row. What
    you talk about stays private unless Lou thinks you are at risk.
- **G10.** Gran will have you for tea after school and walk you home.
  - Who: Gran (Pauline Hartley)
  - When: every Thursday, 3.30pm to 7pm
  - How we'll know: Gran texts Dad when you leave hers and Dad texts back when you are in; Dad shows Sam
    the texts.
- **G11.** Gran will have you to stay on the Saturday nights when Dad is working.
  - Who: Gran (Pauline Hartley)
  - When: every other Saturday night, starting 24/01/2026
  - How we'll know: Gran rings Dad at 10pm to say you are in, and Dad writes it on the fridge calendar.

### Amber: when things start to slip

Your warning signs (you helped write these): a new phone, clothes or vapes you can't explain; a car
waiting near the Co-op or the school; late home more than twice in a week; Snapchat messages from people
you don't know; missing a lesson or a whole day.

- **A1.** If Dad or Nicola see any of your warning signs, they will ring Sam (or the Emergency Duty Team
  after 5pm) and tell you calmly that they have done it.
  - Who: Dad or Nicola
  - When: the same day they see it
  - How we'll know: Sam writes each call on your file, with what was seen.
- **A2.** If Sam hears about two warning signs in one week, Sam will meet you and Dad and go through this
  plan with you both.
  - Who: Sam Rowntree, social worker
  - When: within 2 working days of the second warning sign
  - How we'll know: a note of the meeting and any changes to the plan, sent to Dad, Maya and Mr Pettit.
- **A3.** If anyone sees the grey Audi, or Rhys, near you, your school or the Co-op, DC Marsh will check
  whether he has broken the warning notice, and arrest him if he has.
  - Who: DC Helen Marsh, Child Exploitation Unit
  - When: within 24 hours of each sighting being reported
  - How we'll know: the police log of each sighting and what was done, sent to Sam.
- **A4.** PC Davies will patrol Marsh Lane, the Co-op car park and the bus station, and ask the Co-op
  manager to get staff to ring 101 when they see girls getting into cars there.
  - Who: PC Owen Davies, Marsh Lane Neighbourhood Team
  - When: every Friday and Saturday, 7pm to 11pm; the Co-op visit by 06/02/2026
  - How we'll know: the patrol log, sent to Sam every Monday; the Co-op's reporting sheet on the staff
    noticeboard, seen by PC Davies.
- **A5.** If someone you don't know adds you or messages you, or anyone asks for pictures, you will block
  them and show Maya or Dad.
  - Who: you
  - When: the next day, every time
  - How we'll know: you and Maya go through your blocked list together at every Wednesday session.

### Red: if you go missing

- **R1.** If you are not home 30 minutes after your time and are not answering, Dad or Nicola will ring the
  police on 101 (999 if they think you are with Rhys or in danger) and give them your grab sheet.
  - Who: Dad or Nicola
  - When: every time you are 30 minutes past your time and not answering
  - How we'll know: the police missing reference, texted to Sam the next morning.
- **R2.** The police will treat you as high risk (agreed at the conference), check the places on your grab
  sheet, including the flat in Shelbrook, and ring Sam or the Emergency Duty Team.
  - Who: Culvermead Police, with DC Helen Marsh as the named officer
  - When: within 1 hour of the missing report
  - How we'll know: the missing log, with each place checked and when, shared with Sam the same day.
- **R3.** When you come home, Nicola or Dad will make sure you have something to eat and some sleep, and
  will not ask where you were until Maya has seen you.
  - Who: Nicola or Dad
  - When: every time you come home
  - How we'll know: Nicola tells Maya how you were when you got home, and Maya writes it on the return
    interview form.
- **R4.** Maya will offer you a return interview, somewhere you choose, and ask where you were, who with,
  and what would help.
  - Who: Maya Gill, Safe Steps
  - When: within 72 hours of every return
  - How we'll know: the return interview form on your file, shared with Sam and DC Marsh (you can choose
    who else sees it).
- **R5.** Sam will hold a strategy discussion with the police, school and health after any time you are
  missing for more than 24 hours, or come back hurt, drunk or with things you can't explain.
  - Who: Sam Rowntree, social worker
  - When: the next working day after you come home
  - How we'll know: the strategy discussion record, with its actions, on your file and sent to the core
    group.

## If things get worse

- If you are missing overnight twice in any four weeks, or you are found with Rhys or at the Shelbrook
  flat, or you come back hurt: Sam holds a strategy discussion the same working day, and Lorna Baines
  (Sam's manager) holds a legal planning meeting within 5 working days to decide whether you need to be
  looked after, and whether to ask the court for a secure accommodation order to keep you safe.
- If you tell anyone that a man has hurt you or made you do sexual things, the police will arrange for
  you to be seen at the Culvermead Sexual Assault Referral Centre the same day, with Maya or Nicola with
  you if you want.
- If Dad and Nicola cannot keep you safe at home (for example you are leaving the house at night and they
  cannot stop you), Sam will arrange the same day for you to stay at Gran's or, if Gran can't have you,
  with a Culvermead foster carer.
- If Gran can't do your Thursday tea or her Saturday nights (she is poorly or away), she rings Dad by
  midday. On a Thursday you go to the library, where Nicola works, until she finishes at 5.30pm. On a
  Saturday Dad swaps his shift so that he or Nicola is at home; if he can't, he rings Sam that day, and
  Sam arranges for you to spend the evening at the Safe Steps Saturday drop-in until Nicola collects you
  at 10pm.

## Our meetings

- Core group: every four weeks at Culvermead High School, 4pm: 03/02/2026, 03/03/2026 and 31/03/2026.
  You can come to all or part of it.
- Review child protection conference: 14/04/2026 at 10am, Culvermead Civic Offices, Room 2. You can come,
  or send your views with Maya.

## Who to ring

- Sam Rowntree: 01632 960 418 (Monday to Friday, 9am to 5pm)
- Emergency Duty Team (evenings and weekends): 01632 960 999
- Maya Gill, Safe Steps: 07700 900 312
- Police: 101, or 999 in an emergency
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Missing and exploitation plan: the third missing strategy meeting's
#    actions carried into the plan (SM ref column), Jade's missing protocol
#    (When-first), then the conference's other actions. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b201_crennock_strategy_meeting_actions_and_missing_protocol_fairclough.pdf",
    "doc_title": "Child Protection Plan - Jade Fairclough (missing and exploitation)",
    "split": "heldout",
    "actions": 21,
    "landscape": True,
    "font_size": 10,
    "min_pages": 3,
    "header": "OFFICIAL-SENSITIVE · Crennock Council Children's Services and Crennock Police · Missing and Exploitation Hub",
    "footer": "Jade Fairclough · Child protection plan, ICPC 27/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-missing-and-exploitation-plan-paged-landscape-header-footer-kv-details-missing-episodes-table-then-worries-going-well-jades-words-lisas-words-outcomes-then-part-a-missing-strategy-meeting-actions-carried-into-plan-sm-ref-action-agency-and-named-officer-deadline-evidence-of-completion-then-part-b-missing-protocol-when-first-table-then-part-c-other-conference-actions-no-what-who-when-how-well-know-then-contingency-meetings",
    "description": (
        "Initial conference plan for a 15-year-old girl after her seventh missing episode since September "
        "(found after three nights in a flat in another town with two men, drugs in the flat, a new phone "
        "and cash; she has hinted at being made to do sexual things), printed landscape with a page header "
        "and footer. A missing episodes table comes first; the plan is in three parts: the actions of the "
        "third missing strategy meeting carried into the plan (SM ref, agency and named officer, deadline, "
        "evidence of completion), Jade's missing protocol (a When-first table), and the conference's other "
        "actions. Her mother has depression and is seen by the community mental health team; her aunt "
        "collects her from school twice a week and her nan has her on Saturday nights. Faults: the child "
        "abduction warning notices with '-' for the deadline; open-source checks measured by 'ongoing "
        "monitoring'; a passive sexual health referral with '-' for who; a CAMHS referral 'ASAP'; the "
        "CPN's sessions only treating the mother; and a contingency that says nothing about the aunt or "
        "nan being unable to help."
    ),
    "blocks": [
        ("title", "Child Protection Plan: Missing and Exploitation"),
        ("p", "Crennock Council Children's Services, with Crennock Police and the Crennock Missing and "
              "Exploitation Hub. Agreed at the initial child protection conference on 27/01/2026 (chair: "
              "Deborah Lusk, independent reviewing officer)."),
        ("kv", [
            ("Young person", "Jade Fairclough, born 22/07/2010 (15), Year 11 at Crennock Academy"),
            ("Address", "14 Weaver Close, Crennock CR6 3PL"),
            ("Lives with", "Lisa Fairclough (mum, 38) and Kyle Fairclough (brother, 11)"),
            ("Dad", "Darren Wilkes; no contact since 2019"),
            ("Family nearby", "Kerry Fairclough (aunt, 34), 2 Mill Rise; Pat Fairclough (nan, 63), 31 Church Lane"),
            ("Category", "Sexual abuse (child sexual exploitation); criminal exploitation also considered"),
            ("Social worker", "Kate Milburn, Crennock Adolescent Safeguarding Team (team manager: Andrew Firth)"),
            ("Police", "DS Nadia Rahim, Crennock Police Child Exploitation Team"),
            ("Return home interviews", "Tasha Kerr, Crennock Missing and Exploitation Hub"),
            ("School", "Mrs Sue Haworth (DSL) and Mr Neil Bright (Head of Year 11), Crennock Academy"),
            ("Strategy meetings", "07/11/2025, 19/12/2025 and 23/01/2026 (chair: Kate Milburn)"),
        ]),
        ("h1", "Jade's missing episodes since September"),
        ("table", {
            "header": ["Date missing", "How long", "Where found or where she said she was", "Found by", "Return interview"],
            "widths": [3.2, 2.6, 10.2, 4.6, 5.1],
            "rows": [
                ["14/09/2025", "9 hours", "Said she was at a friend's in Crennock", "Came home herself", "Done, 16/09/2025"],
                ["03/10/2025", "1 night", "Hollinbury bus station at 6am", "Crennock Police", "Declined"],
                ["25/10/2025", "1 night", "Would not say", "Came home herself", "Done, 27/10/2025"],
                ["06/11/2025", "2 nights", "A car on the Hollinbury ring road with two men", "Hollinbury Police", "Done, 09/11/2025"],
                ["29/11/2025", "14 hours", "McDonald's, Crennock retail park", "Lisa", "Done, 01/12/2025"],
                ["18/12/2025", "1 night", "Would not say; came home with a new phone", "Came home herself", "Done, 20/12/2025"],
                ["02/01/2026", "3 nights", "9 Tanner Street, Hollinbury, with two men (23 and 31) and a 14-year-old girl; "
                 "cannabis and cocaine in the flat", "Hollinbury Police", "Done, 06/01/2026"],
            ],
        }),
        ("h1", "What we are worried about"),
        ("p", "Jade has been missing seven times since September, for longer each time, and has been found in "
              "Hollinbury, twelve miles away, with men much older than her. On 05/01/2026 she came home with "
              "£150 and a phone she would not explain, and told Tasha in her return interview that she \"had "
              "to do stuff\" to be allowed to stay at the flat; she has since said she was joking. Lisa found "
              "small bags of white powder in Jade's coat in December. Jade cut her arms in December. Her "
              "attendance this year is 61%, and she is meant to sit her GCSEs in May."),
        ("p", "Lisa has depression and has been seen by the Crennock Community Mental Health Team since 2024; "
              "she takes sertraline. She says the nights Jade is missing are \"the worst of my life\" and that "
              "some days she cannot get out of bed. Kyle (11) has told his teacher he lies awake until Jade "
              "comes in."),
        ("h1", "What is going well"),
        ("bullets", [
            "Lisa has reported Jade missing every time, within an hour.",
            "Jade talked to Tasha in five of her six return interviews and asked for Tasha again.",
            "Aunt Kerry and Nan are close to Jade, and Jade has never gone missing from either of their homes.",
            "Jade wants to go to Crennock College to do childcare, and her English teacher says she can pass.",
        ]),
        ("h1", "What Jade says"),
        ("p", "\"They're my mates. They look after me more than anyone round here does.\""),
        ("p", "\"I'm not talking to the police. What happens if I do? They'd know it was me.\""),
        ("p", "\"I feel bad about Mum. She cries and then I feel worse and then I go out.\""),
        ("p", "\"Nan's is the only place I sleep properly.\""),
        ("p", "Jade scored how safe she feels in Hollinbury 8 out of 10 and at home 5 out of 10 (with Tasha, "
              "06/01/2026)."),
        ("h1", "What Lisa says"),
        ("p", "\"I know where she goes but I can't stop her. I lock the door and she goes out of the window. I "
              "need the police to go after those men, not just bring her back every time.\""),
        ("h1", "What we want for Jade"),
        ("numbers", [
            "Jade does not go missing, and is safe from the men at 9 Tanner Street and anyone they know.",
            "Jade understands how she has been groomed and exploited, and knows who she can tell.",
            "Jade's sexual health and emotional health are looked after, and she stops hurting herself.",
            "Jade is in school, sits her GCSEs in May and has a college place for September 2026.",
        ]),
        ("h1", "Part A: Actions from the missing strategy meeting on 23/01/2026, carried into this plan"),
        ("p", "The conference kept these five actions from the third strategy meeting as part of Jade's plan. The "
              "strategy meeting's other actions (the section 47 enquiry, the medical and the offer of a "
              "video-recorded interview) are complete and are not repeated here."),
        ("table", {
            "header": ["SM ref", "Action", "Agency and named officer", "Deadline", "Evidence of completion"],
            "widths": [1.6, 8.6, 5.0, 4.2, 6.3],
            "rows": [
                ["SM3-1",
                 "Serve a Child Abduction Warning Notice on each of the two men found with Jade at 9 Tanner "
                 "Street, Hollinbury",
                 "Crennock Police, DS Nadia Rahim",
                 "-",
                 "Copy of each served notice on the police record and sent to Kate"],
                ["SM3-2",
                 "Ask Hollinbury Council and the police to seek a closure order on 9 Tanner Street, and tell "
                 "the landlord what the flat is being used for",
                 "PC Gareth Lowe, Hollinbury Neighbourhood Team",
                 "Request by 06/02/2026; closure order application by 27/02/2026",
                 "Closure order application reference and the landlord's letter sent to Kate"],
                ["SM3-3",
                 "Open-source checks of the social media accounts Jade uses and the accounts of the two men",
                 "Becky Stowe, analyst, Crennock Police Child Exploitation Team",
                 "Every Monday",
                 "Ongoing monitoring"],
                ["SM3-4",
                 "Keep Jade flagged as high risk on the missing persons system, so that any missing report gets "
                 "an immediate police response",
                 "Inspector Paul Yeo, Crennock missing persons coordinator",
                 "From 23/01/2026 until the review conference",
                 "Flag confirmed to Kate in writing by 30/01/2026, and shown on every missing log"],
                ["SM3-5",
                 "Make an NRM referral for Jade (sexual and criminal exploitation) as first responder, and tell "
                 "Jade and Lisa what it means",
                 "Kate Milburn, social worker",
                 "By 30/01/2026",
                 "NRM referral reference on Jade's file; the reasonable grounds decision shared with Jade and Lisa"],
            ],
        }),
        ("h1", "Part B: Jade's missing protocol - what happens every time she goes missing"),
        ("table", {
            "header": ["When", "What will happen", "Who", "Recorded in"],
            "widths": [5.0, 10.2, 5.0, 5.5],
            "rows": [
                ["Every time Jade is 30 minutes past 9pm and not answering her phone",
                 "Ring the police on 101 (999 if Jade is known to be with the men) and report her missing; give "
                 "them the missing grab sheet (photo, phone number, places she goes)",
                 "Lisa Fairclough (mum)",
                 "Police missing reference number, texted to Kate the next morning"],
                ["Within 1 hour of the missing report",
                 "Check the places on the grab sheet (9 Tanner Street, Hollinbury bus station, the McDonald's on "
                 "Crennock retail park) and ring Jade's phone",
                 "Crennock Police response team, overseen by Inspector Paul Yeo",
                 "Missing log, with each place checked and the time"],
                ["When Jade is found, day or night",
                 "Bring Jade home or to another safe place (never left in Hollinbury), do a safe and well check, "
                 "and tell Lisa and Kate or the Emergency Duty Team",
                 "The Crennock or Hollinbury Police officer who finds her",
                 "Safe and well check on the missing log"],
                ["Within 72 hours of every return",
                 "Return home interview at a place Jade chooses, with an offer to see her again within 7 days",
                 "Tasha Kerr, return home interview worker",
                 "Return interview form on Jade's file, shared with Kate and DS Rahim within 24 hours"],
                ["The next working day after any episode of more than 24 hours",
                 "Hold a strategy discussion with the police, the school and health, and agree what changes in "
                 "the plan",
                 "Kate Milburn, social worker",
                 "Strategy discussion record, with its actions, sent to the core group within 2 working days"],
            ],
        }),
        ("h1", "Part C: Other actions agreed at the conference"),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When", "How we will know"],
            "widths": [1.2, 9.2, 5.0, 4.2, 6.1],
            "rows": [
                ["C1",
                 "Visit Jade at home, see her on her own, and talk about the men, Hollinbury and what she wants",
                 "Kate Milburn, social worker",
                 "Every week, with one visit in three after 7pm",
                 "Visit records within 2 working days, with Jade's words"],
                ["C2",
                 "One-to-one sessions on grooming, exploitation and healthy relationships (the Hub's 'Trapped' "
                 "programme), somewhere Jade chooses",
                 "Tasha Kerr, Crennock Missing and Exploitation Hub",
                 "Every Tuesday at 4pm, 10 weeks from 03/02/2026",
                 "Session records, and Jade's own 'how safe do I feel' score at sessions 1, 5 and 10, shared "
                 "with Kate"],
                ["C3",
                 "A referral will be made to the Crennock Young People's Sexual Health Clinic so that Jade can "
                 "have checks, contraception and a talk about consent",
                 "-",
                 "By 13/02/2026, then every 3 months",
                 "The clinic confirms to Kate that Jade attended (no details shared without her consent)"],
                ["C4",
                 "Refer Jade to CAMHS (Crennock CAMHS Getting Help team) about her sleep, the cutting in "
                 "December and what happened in Hollinbury",
                 "Dr Amrit Sandhu, GP, Weaver Close Surgery",
                 "ASAP",
                 "CAMHS acceptance letter and the first appointment date on Jade's file"],
                ["C5",
                 "Check in with Jade at 8.45am, and ring Lisa by 9.30am if Jade is not in school",
                 "Mrs Sue Haworth, DSL, Crennock Academy",
                 "Every school day",
                 "Check-in sheet and first-day call log; attendance sent to Kate every Friday"],
                ["C6",
                 "A reduced timetable with English, maths and childcare, so that Jade can sit those GCSEs, and "
                 "a place on the Crennock College taster day",
                 "Mr Neil Bright, Head of Year 11",
                 "Timetable from 02/02/2026; taster day on 12/03/2026",
                 "Timetable signed by Jade; her attendance at each lesson on the register; taster day register"],
                ["C7",
                 "Fortnightly sessions with Lisa, continuing her treatment for depression (medication review and "
                 "CBT-based work on her low mood)",
                 "Martin Greaves, CPN, Crennock Community Mental Health Team",
                 "Every fortnight",
                 "Attendance at each session, sent to Kate monthly"],
                ["C8",
                 "Go to the Crennock parents' group for parents of exploited children at the Family Hub",
                 "Lisa Fairclough (mum)",
                 "Every Thursday at 7pm from 29/01/2026",
                 "Group register sent to Kate monthly"],
                ["C9",
                 "Pick Jade up from school at 3.05pm and bring her to Kerry's for tea until Lisa finishes work "
                 "at 6pm",
                 "Kerry Fairclough (aunt)",
                 "Every Wednesday and Friday",
                 "Kerry texts Lisa when Jade is with her and when she drops her home; Lisa shows Kate the texts"],
                ["C10",
                 "Have Jade to stay on Saturday nights, and be in with her from 9pm",
                 "Pat Fairclough (nan)",
                 "Every Saturday night",
                 "Pat rings Lisa at 9pm and 8am; Lisa writes the calls on the calendar"],
                ["C11",
                 "I will answer my phone when Mum rings after 9pm and tell her where I am",
                 "Jade",
                 "Every night I am out after 9pm",
                 "Lisa writes on the calendar whether Jade answered; Kate reads it at each visit"],
            ],
        }),
        ("h1", "Contingency"),
        ("bullets", [
            "If Jade is missing for more than 24 hours, or is found at 9 Tanner Street or with either of the "
            "men: Kate holds a strategy meeting within 1 working day; DS Rahim arrests the man for breaching "
            "the warning notice where there is evidence; and Andrew Firth (team manager) holds a legal planning "
            "meeting within 5 working days to decide whether to start care proceedings.",
            "If Jade comes home hurt, or says she has been sexually assaulted: the police offer a video-recorded "
            "interview and arrange a forensic medical at the Crennock Sexual Assault Referral Centre the same "
            "day, and Kate holds a strategy discussion the same day.",
            "If Jade cuts herself again or says she wants to end her life: Lisa rings 999 or takes Jade to "
            "the urgent care centre, and Kate asks CAMHS for an urgent assessment the next working day.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group: every four weeks at Crennock Academy at 3.30pm, on 10/02/2026, 10/03/2026 and 07/04/2026.",
            "Review child protection conference: 21/04/2026 at 1.30pm, Crennock Civic Centre.",
        ]),
        ("p", "Plan typed by Kate Milburn on 28/01/2026. Copies to Jade, Lisa and every agency named."),
    ],
    "findings": [
        F("T001", "Serve a Child Abduction Warning Notice on each of the two men"),
        F("M002", "Open-source checks of the social media accounts Jade uses"),
        F("W001", "A referral will be made to the Crennock Young People's"),
        F("T002", "Refer Jade to CAMHS (Crennock CAMHS Getting Help team)"),
        F("H001", "Fortnightly sessions with Lisa, continuing her treatment for depression"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Combined placement plan and child protection plan for a 15-year-old in a
#    children's home, set out under the Children's Homes Quality Standards
#    with a small table under each. Exemplary (docx)
# ---------------------------------------------------------------------------
_QS_HEAD = ["What will happen", "Who", "When", "How we will know (and where it is written)"]
_QS_W = [6.4, 3.6, 3.0, 4.0]

PLANS.append({
    "name": "b201_carnwick_childrens_home_plan_quality_standard_tables_mcallister.docx",
    "doc_title": "Skye McAllister - Placement Plan and Child Protection Plan (Larchfield House)",
    "split": "heldout",
    "actions": 20,
    "template": "combined-placement-and-cp-plan-childrens-home-docx-kv-legal-status-and-placement-details-why-skye-is-at-larchfield-going-well-in-skyes-words-what-donna-says-outcomes-then-plan-under-childrens-homes-quality-standard-headings-protection-wishes-and-feelings-education-health-relationships-care-planning-each-with-own-what-who-when-how-well-know-table-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary combined placement plan and child protection plan for a 15-year-old girl accommodated "
        "under section 20 in a four-bed council children's home after sexual exploitation by men at a "
        "town's bus station, taxi rank and a 'party house'; she still goes home to her mother every "
        "Saturday, the men still message her, and she has twice taken the train back from the home. The "
        "home and children's services set the plan out under the Children's Homes Quality Standards "
        "(protection of children, wishes and feelings, education, health and well-being, positive "
        "relationships, care planning), with a small 'What will happen / Who / When / How we will know' "
        "table under each: the shift leader's 9pm check-ins, the signing-out book, missing steps, return "
        "interviews, abduction warning notices and patrols with taxi licensing, the virtual school's PEP, "
        "the looked-after health assessment, CAMHS, Saturdays at home. The mother's drinking is worked on "
        "by the adult recovery service, which tests and reports on whether she can change; her sister's "
        "meals out have a fallback; the contingency leads to a legal planning meeting; core group and "
        "the combined review date are set; Skye's voice is strong."
    ),
    "blocks": [
        ("title", "Placement Plan and Child Protection Plan"),
        ("p", "Carnwick Borough Council Children's Services and Larchfield House. Agreed at the initial child "
              "protection conference on 13/01/2026 (chair: Anne Polding, independent reviewing officer, who "
              "is also Skye's IRO for her looked-after reviews)."),
        ("p", "Larchfield House writes its placement plans under the Children's Homes Quality Standards. The "
              "conference agreed to use the same headings for Skye's child protection plan, so that the staff "
              "at Larchfield, Skye's social worker and everyone else work to one plan."),
        ("kv", [
            ("Young person", "Skye McAllister, born 11/11/2010 (15), Year 10 at Carnwick Valley School"),
            ("Legal status", "Accommodated under section 20 of the Children Act 1989 since 19/12/2025, with "
                             "Donna's agreement"),
            ("Placement", "Larchfield House, 7 Orchard Way, Hadley Green HG2 5RT: a four-bed Carnwick Council "
                          "children's home, 12 miles from Carnwick town centre"),
            ("Registered manager", "Melissa Grant"),
            ("Key worker", "Dean Hollins, residential support worker"),
            ("Mum", "Donna McAllister (39), 41 Foundry Street, Carnwick CK1 3JD"),
            ("Sister", "Jodie McAllister (19), lives with her partner in Carnwick"),
            ("Category", "Sexual abuse (child sexual exploitation)"),
            ("Social worker", "Ruth Hollis, Carnwick Children in Care Team (team manager: Colin Metcalfe)"),
            ("Police", "DC Priya Kaur, Carnwick Police Child Exploitation Team"),
            ("Exploitation worker", "Hayley Brooks, Carnwick Missing and Exploitation Service"),
        ]),
        ("h1", "Why Skye is at Larchfield House"),
        ("p", "From September to December 2025 Skye went missing from Donna's home nine times. She was found "
              "at Carnwick bus station at 3am, in taxis with older men, and twice at a house on Mill Street "
              "where men in their twenties and thirties hold \"parties\" for teenage girls with alcohol and "
              "cannabis. On 12/12/2025 police found her at the Mill Street house with two men aged 27 and 34. "
              "The men first contacted her on Instagram. Donna drinks most days and was often asleep or drunk "
              "when Skye went out; she agreed on 19/12/2025 that Skye should be accommodated while the risk is "
              "so high. Since the move Skye has twice taken the train back to Carnwick (28/12/2025 and "
              "07/01/2026), and the men still message her from new accounts. She goes home to Donna every "
              "Saturday from 11am to 5pm."),
        ("h1", "What is going well"),
        ("bullets", [
            "Skye has a good relationship with Dean and talks to him most evenings.",
            "She has been to school every day since 05/01/2026, by the home's taxi.",
            "Both times she went missing from Larchfield she came back by herself the next morning and talked "
            "to Carla in her return interview.",
            "Donna has been to the Carnwick Recovery Service every week since 22/12/2025, and her breath tests "
            "on 02/01/2026 and 09/01/2026 were clear.",
            "Skye wants to do hair and beauty at college, and does the other girls' hair at Larchfield.",
        ]),
        ("h1", "In Skye's words"),
        ("p", "\"I didn't ask to come here. It's miles from everyone. I get why but I still hate it.\""),
        ("p", "\"They weren't grooming me. I know what grooming is, I'm not twelve.\""),
        ("p", "\"Dean's alright. He doesn't lecture you.\""),
        ("p", "\"I want to go home to Mum's for good when she's sorted. Saturdays are the best bit of the week.\""),
        ("p", "\"Don't stop me seeing Jodie. She's the only one who gets it.\""),
        ("p", "Skye scored how safe she feels at Larchfield 7 out of 10 and in Carnwick town 4 out of 10 (with "
              "Hayley, 09/01/2026)."),
        ("h1", "What Donna says"),
        ("p", "\"I let her down and I know it. I want her home, and I'm doing the work with Leanne to get her "
              "home. I'm scared stiff of those men.\""),
        ("h1", "What we want for Skye"),
        ("numbers", [
            "Skye is safe from the men at Mill Street and the people who contact her online, and does not go "
            "missing.",
            "Skye understands what happened to her as exploitation, and knows who she can tell.",
            "Skye goes to school every day and has a college place for hair and beauty in September 2027.",
            "Skye's sexual and emotional health are looked after, and she sleeps well.",
            "Skye keeps her relationships with her mum and her sister, and goes home when it is safe for her.",
        ]),
        ("h1", "The plan"),
        ("p", "Each heading is one of the Children's Homes Quality Standards."),
        ("h2", "Protection of children (Quality Standard 7)"),
        ("table", {
            "header": _QS_HEAD,
            "widths": _QS_W,
            "rows": [
                ["Evening check-in with Skye: where she has been, who she has talked to, and whether anyone new "
                 "has messaged her or asked to meet",
                 "Shift leader on duty at Larchfield House",
                 "Every evening at 9pm",
                 "Entry in Skye's daily record on CareLog, read by Melissa every morning"],
                ["Keep to my times out: back by 8pm on school nights and 9pm at weekends, and not go to the bus "
                 "station, the taxi rank or Mill Street",
                 "Skye",
                 "Every time I go out",
                 "Times out and in written in the signing-out book; Melissa sends Ruth a weekly summary every "
                 "Monday"],
                ["If Skye is not back 30 minutes after her time and not answering: ring her, check the places on "
                 "her grab sheet, report her missing to Carnwick Police, and tell Ruth (or the Emergency Duty "
                 "Team) and Donna",
                 "Shift leader on duty at Larchfield House",
                 "30 minutes after her agreed time, every time",
                 "Missing record and police reference number on CareLog the same night"],
                ["Return home interview after every missing episode, by a worker Skye already knows",
                 "Carla Dunne, return interview worker, Carnwick Missing and Exploitation Service",
                 "Within 72 hours of every return",
                 "Return interview form on Skye's file, shared with Melissa and DC Kaur"],
                ["Serve Child Abduction Warning Notices on the two men Skye was found with on 12/12/2025, and "
                 "arrest either man for any breach",
                 "DC Priya Kaur, Carnwick Police Child Exploitation Team",
                 "Notices served by 23/01/2026; any breach dealt with the same day",
                 "Copies of the served notices on the police record and sent to Ruth; any breach recorded as "
                 "a crime"],
                ["Patrol Carnwick bus station, the taxi rank and Mill Street, and brief the taxi firms' drivers "
                 "with the council's licensing officer on what to look for and how to report it",
                 "Sgt Martin Frost, Carnwick Town Neighbourhood Team, with Jo Pearce, taxi licensing",
                 "Every Friday and Saturday, 8pm to midnight; taxi briefings by 13/02/2026",
                 "Patrol logs sent to Ruth every Monday; a list of the firms briefed sent to Ruth by 13/02/2026"],
                ["One-to-one sessions on exploitation and healthy relationships (the 'Real Love' programme), at "
                 "Larchfield or at school",
                 "Hayley Brooks, Carnwick Missing and Exploitation Service",
                 "Every Wednesday at 4.30pm, 10 sessions from 21/01/2026",
                 "Session records, and Skye's own score at sessions 1, 5 and 10, shared at each core group"],
            ],
        }),
        ("h2", "Children's wishes and feelings (Quality Standard 2)"),
        ("table", {
            "header": _QS_HEAD,
            "widths": _QS_W,
            "rows": [
                ["Visit Skye, see her on her own (once a month somewhere she chooses), and write down what she "
                 "says in her own words",
                 "Ruth Hollis, social worker",
                 "Every week until 27/02/2026, then every two weeks",
                 "Visit records within 2 working days, with Skye's words"],
                ["Refer Skye to Carnwick Advocacy for an independent advocate, and help her write her views "
                 "for the review",
                 "Ruth Hollis, social worker",
                 "Referral by 23/01/2026; views written before 31/03/2026",
                 "Advocacy referral confirmation on file; Skye's views sheet read out at the review"],
            ],
        }),
        ("h2", "Education (Quality Standard 3)"),
        ("table", {
            "header": _QS_HEAD,
            "widths": _QS_W,
            "rows": [
                ["Book the school taxi with a member of staff in it, to take Skye at 8.15am and collect her at "
                 "3.15pm",
                 "Melissa Grant, registered manager",
                 "Every school day",
                 "Taxi log at Larchfield and Skye's register at school"],
                ["Check in with Skye at 8.45am, and ring Larchfield by 9.15am if she is not in school",
                 "Mr Rob Tanner, DSL, Carnwick Valley School",
                 "Every school day",
                 "Check-in sheet and first-day call log; attendance sent to Ruth and the Virtual School every "
                 "Friday"],
                ["Personal education plan meeting, with a plan for Skye's GCSEs and a college taster day in hair "
                 "and beauty",
                 "Sarah Quinn, Carnwick Virtual School",
                 "By 20/02/2026",
                 "PEP on file, with targets and the pupil premium plus spending agreed"],
            ],
        }),
        ("h2", "Health and well-being (Quality Standard 5)"),
        ("table", {
            "header": _QS_HEAD,
            "widths": _QS_W,
            "rows": [
                ["Initial health assessment for a looked-after child, including sexual health, with Skye's "
                 "consent",
                 "Dr Helen Stoker, designated doctor for looked-after children",
                 "By 23/01/2026",
                 "Health assessment report and health plan on Skye's file, sent to Ruth and Melissa"],
                ["Sexual health checks and contraception at the young people's clinic, with Dean taking Skye",
                 "Ellen Ward, young people's sexual health nurse, Carnwick Health Centre",
                 "First appointment by 30/01/2026, then every three months",
                 "The clinic confirms to Melissa that Skye attended (no details without Skye's consent)"],
                ["Assessment of Skye's sleep, nightmares and the cutting in November",
                 "Dr Omar Farouk, clinical psychologist, Carnwick CAMHS looked-after children's team",
                 "By 20/02/2026",
                 "Assessment letter with recommendations sent to Ruth and Melissa"],
            ],
        }),
        ("h2", "Positive relationships (Quality Standard 6)"),
        ("table", {
            "header": _QS_HEAD,
            "widths": _QS_W,
            "rows": [
                ["Drive Skye to Donna's and collect her, and talk to Donna at the door about how the day went",
                 "Dean Hollins, key worker (the shift leader when Dean is off)",
                 "Every Saturday, 11am to 5pm",
                 "Time at home record on CareLog, with what Donna and Skye said"],
                ["Stay off alcohol from 6pm on Friday until Skye leaves on Saturday, and take a breath test at "
                 "the Recovery Service every Friday",
                 "Donna McAllister (mum)",
                 "Every Friday and Saturday",
                 "Breath test results sent to Ruth by Leanne; if Dean smells alcohol at the door, Skye does not "
                 "stay and it is written on CareLog"],
                ["Key-work sessions with Donna about her drinking, with a breath test every Friday, and a written "
                 "report on whether Donna is able to stop drinking and how soon, so that Skye can go home",
                 "Leanne Hyde, recovery worker, Carnwick Recovery Service (adult drug and alcohol service)",
                 "Every Friday at 2pm; report by 13/03/2026",
                 "Breath test results e-mailed to Ruth every Friday by 4pm; Leanne's report on Ruth's file by "
                 "13/03/2026"],
                ["Take Skye out for a meal in Carnwick, collecting her from Larchfield and bringing her back by "
                 "8pm",
                 "Jodie McAllister (sister)",
                 "Every other Sunday, from 18/01/2026",
                 "Jodie texts Larchfield when she collects Skye and when they set off back; times on CareLog"],
            ],
        }),
        ("h2", "Care planning (Quality Standard 9)"),
        ("table", {
            "header": _QS_HEAD,
            "widths": _QS_W,
            "rows": [
                ["Assess whether Skye can go home to Donna, and when, including what has to change at home "
                 "first",
                 "Ruth Hollis, social worker",
                 "By 20/03/2026",
                 "Written assessment shared with Skye, Donna and the core group by 20/03/2026"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Skye is missing for more than 24 hours, or is found with either man or at Mill Street, or comes "
            "back hurt: Ruth holds a strategy meeting within 1 working day, DC Kaur arrests for any breach of a "
            "warning notice, and Colin Metcalfe (team manager) holds a legal planning meeting within 5 working "
            "days to decide whether to apply for a care order and whether a secure accommodation order is "
            "needed to keep Skye safe.",
            "If Skye goes missing from Larchfield three times in one week: Melissa and Ruth hold a placement "
            "stability meeting within 48 hours, and the legal planning meeting above is requested the same day.",
            "If Donna has been drinking when Dean arrives on a Saturday: Skye comes back to Larchfield with Dean, "
            "and Dean tells Ruth (or the Emergency Duty Team) that evening. If it happens twice, Saturdays move "
            "to the Carnwick Family Centre, supervised by the centre's staff, until the core group agrees "
            "otherwise.",
            "If Jodie cannot do her Sunday meal, or the men are seen near her, Dean takes Skye to meet Jodie at "
            "the Hadley Green café near Larchfield instead, and stays nearby; if Jodie cannot come at all, Skye "
            "phones her from Larchfield that evening.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: every four weeks at Larchfield House at 4pm, on 27/01/2026, 24/02/2026 and 24/03/2026.",
            "Review child protection conference, held with Skye's looked-after review: 07/04/2026 at 10am, "
            "Carnwick Civic Centre (chair: Anne Polding).",
        ]),
        ("p", "Signed by Skye, Donna, Ruth Hollis and Melissa Grant on 16/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Police-led joint safeguarding and disruption plan for a 16-year-old at
#    risk of serious youth violence, typed as plain text in agency blocks
#    with a block lead and Action / Officer / When / Result measure lines.
#    Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b201_cragsby_police_led_joint_disruption_plan_agency_blocks_ellison.txt",
    "split": "heldout",
    "actions": 20,
    "template": "police-led-joint-safeguarding-and-disruption-plan-txt-caps-headings-dash-rules-dot-leader-header-fields-plan-leads-then-numbered-sections-subject-police-risk-summary-court-and-bail-going-well-tyreses-view-angelas-view-outcomes-then-plan-in-lettered-agency-blocks-police-csc-yjs-college-health-community-safety-all-partners-tyrese-and-angela-each-with-block-lead-and-items-a1-with-action-officer-when-result-measure-lines-then-if-things-get-worse-meetings",
    "description": (
        "Police-led joint safeguarding and disruption plan for a 16-year-old boy at risk of serious youth "
        "violence: his friend was stabbed in the park in November, drill videos name him, he was arrested "
        "with a lock knife he says he carried for protection and is on bail with a curfew until his plea "
        "hearing, and police have given him a threat to life warning. Written by the police Serious "
        "Violence and Exploitation Team with the social worker and agreed at the initial conference, typed "
        "as plain text: a police risk summary, court and bail, his and his mother's views, outcomes, then "
        "the plan in lettered agency blocks (police, children's social care, youth justice, college, "
        "health, community safety, all partners, Tyrese and Angela), each with a block lead and items "
        "with Action / Officer / When / Result measure lines (bail checks, a video removal request, "
        "patrols, a knife programme, a housing transfer, lighting and CCTV). Faults: the ED youth "
        "worker's sessions measured by 'engagement with the youth worker'; the shop licensing review "
        "'Ongoing'; the college's re-engagement timetable with '-' for its result measure; 'All partner "
        "agencies' passing on sightings; a contingency that only says partners will meet to review and "
        "consider next steps if the risk escalates; and no legal planning."
    ),
    "text": """\
CRAGSBY POLICE  |  CRAGSBY COUNCIL CHILDREN'S SERVICES
JOINT SAFEGUARDING AND DISRUPTION PLAN (JSDP)
--------------------------------------------------------------------------------------------
Police reference ....... SVE/2025/4471
Plan leads ............. DS Karen Whitlow, Serious Violence and Exploitation Team (police)
                         Femi Adeleke, social worker, Adolescent Safeguarding Team
Agreed at .............. Initial child protection conference, 22/01/2026
                         (chair: Louise Bramall, independent reviewing officer)
Plan version ........... 1 (typed 23/01/2026)
--------------------------------------------------------------------------------------------

1. SUBJECT
----------
Name ................... Tyrese Ellison
Date of birth .......... 03/04/2009 (16)
Address ................ 8 Hollin Court, Cragsby CG2 7RD
Lives with ............. Angela Ellison (mum, 43, school cook); Keisha Ellison (sister, 12)
Education .............. Cragsby College, Level 1 Motor Vehicle (Mon, Tue, Thu)
Category ............... Physical abuse (risk of serious youth violence and criminal exploitation)
Team manager ........... Rachel Obi (children's social care)

2. RISK SUMMARY (POLICE)
------------------------
09/11/2025  Marcus Dunne (16), Tyrese's friend, stabbed in Flaxton Park. Tyrese was with him.
            Marcus survived. Two members of the "FP" group were charged.
18/11/2025  Drill video posted on YouTube and Snapchat naming Tyrese as a "witness" and a "snitch".
27/11/2025  Tyrese at Cragsby General ED with a cut to his hand; said he fell. Seen by the ED
            youth worker.
03/12/2025  Tyrese stopped in Flaxton Park at 9.40pm; lock knife found. Arrested and charged with
            possession of a bladed article in a public place.
15/01/2026  Intelligence that members of the FP group intend to "catch" Tyrese. Threat to life
            (Osman) warning to be given.
Police risk assessment: HIGH (serious violence).

3. COURT AND BAIL
-----------------
Plea hearing ........... 12/02/2026, Cragsby Youth Court
Bail conditions ........ Curfew 9pm to 7am at 8 Hollin Court; not to enter Flaxton Park;
                         no contact with the two charged FP members

4. WHAT IS GOING WELL
---------------------
- Tyrese has kept to his curfew at every police check since 04/12/2025.
- He told Femi about the threats himself, and showed her the videos.
- Angela rang the police when a car followed Tyrese home on 10/01/2026.
- His motor vehicle tutor says he is one of the most able on the course.
- Tyrese plays football for Cragsby Saints under-18s on Sundays and has not missed a game.

5. TYRESE'S VIEW
----------------
"I'm not in a gang. I was with Marcus, that's all. Now they think I grassed."
"I carried it because they said they'd do me like Marcus. What would you do?"
"Moving away from Hollin Court is the only thing that'll work."
"Don't put police outside college, everyone will think I'm a snitch for real."
Tyrese scored how safe he feels on the estate 3 out of 10 (Femi, 20/01/2026).

6. ANGELA'S VIEW
----------------
"I'm scared every time he walks out the door. Keisha is frightened to go to the shop. We need to get
away from here, and I need the police to stop these boys, not just Tyrese."

7. OUTCOMES FOR TYRESE
----------------------
O1  Tyrese is not hurt, and no one carries out the threats against him.
O2  Tyrese does not carry a knife or any weapon, and commits no new offences.
O3  Tyrese goes to college every day he is timetabled and finishes his Level 1 course in July 2026.
O4  Tyrese lives somewhere he and Keisha feel safe to walk around.

============================================================================================
8. THE PLAN
============================================================================================
The plan is set out by agency. Each block has a lead, and each item names its officer, when it
happens and the result measure the plan leads will check at each core group.

[A] CRAGSBY POLICE - block lead: DS Karen Whitlow, Serious Violence and Exploitation Team

A1  Action ......... Give Tyrese and Angela a threat to life (Osman) warning in person, and go
                     through what it means for where he goes and who he sees.
    Officer ........ DS Karen Whitlow
    When ........... by 23/01/2026
    Result measure . Osman warning form signed by Tyrese and Angela on the police record; copy to
                     Femi

A2  Action ......... Ask YouTube and Snapchat to remove the drill videos that name Tyrese, through
                     the police online referral unit.
    Officer ........ DC Sam Price
    When ........... first requests by 30/01/2026; any new video within 48 hours of it being found
    Result measure . referral references and the platforms' replies sent to Femi; the videos no
                     longer online when DC Price checks each Friday

A3  Action ......... Patrol Flaxton Park, the Flaxton Food & Wine shop and the Hollin Court estate,
                     with stop and search where the grounds exist.
    Officer ........ Inspector Dawn Greer, Cragsby South Neighbourhood Team
    When ........... every day between 3pm and 10pm, until the review conference
    Result measure . patrol log and stop and search records, summarised in writing for each core
                     group

A4  Action ......... Bail curfew checks at the door at 8 Hollin Court, at random times between
                     9pm and 11pm.
    Officer ........ PC Leon Hart, Cragsby South Neighbourhood Team
    When ........... twice a week until the plea hearing on 12/02/2026
    Result measure . bail check log (date, time, whether Tyrese came to the door), sent to Femi and
                     the YJS every Monday

A5  Action ......... Develop intelligence on the adults supplying the FP group with knives and drugs,
                     and arrest where the evidence allows.
    Officer ........ DC Sam Price
    When ........... intelligence report by 20/02/2026
    Result measure . intelligence report reference, and any arrests, reported to the core group on
                     24/02/2026

[B] CHILDREN'S SOCIAL CARE - block lead: Femi Adeleke, social worker

B1  Action ......... Visit Tyrese at home and see him on his own; talk about the threats, his bail
                     and what he wants.
    Officer ........ Femi Adeleke
    When ........... every week, with an evening visit every other week
    Result measure . visit records within 2 working days, with Tyrese's own words

B2  Action ......... Write a safety plan with Tyrese and Angela in Tyrese's words: safe routes to
                     college and football, places to avoid, who to ring.
    Officer ........ Femi Adeleke
    When ........... by 30/01/2026, and again within 2 working days of any new threat
    Result measure . safety plan signed by Tyrese and Angela; copies to the YJS, the college and DS
                     Whitlow

B3  Action ......... Support Angela's application to Cragsby Homes for a management transfer away
                     from Hollin Court on safety grounds, with a letter from the plan leads.
    Officer ........ Femi Adeleke, with Angela
    When ........... application and letter in by 06/02/2026
    Result measure . application reference and Cragsby Homes' decision letter on Tyrese's file

[C] CRAGSBY YOUTH JUSTICE SERVICE - block lead: Chris Lomax, YJS case manager

C1  Action ......... Bail support at the YJS office, working through the "Blade Aware" knife crime
                     programme with Tyrese.
    Officer ........ Chris Lomax
    When ........... Mondays and Thursdays at 4pm until the plea hearing on 12/02/2026
    Result measure . YJS contact records and the programme workbook pages Tyrese completes, sent to
                     Femi every fortnight

C2  Action ......... If Tyrese pleads guilty, write the pre-sentence report, setting out the threats
                     to him and this plan.
    Officer ........ Chris Lomax
    When ........... within 15 working days of a guilty plea, and before the sentencing hearing
    Result measure . a copy of the report sent to Femi before it goes to court

[D] CRAGSBY COLLEGE - block lead: Jenny Marsh, designated safeguarding lead

D1  Action ......... Re-engagement timetable: Tyrese back on the motor vehicle course three days a
                     week, with a mentor at the start and end of each day.
    Officer ........ Jenny Marsh
    When ........... from 26/01/2026
    Result measure . -

D2  Action ......... Check Tyrese in at the main gate at 9am, and text Angela by 9.30am if he has not
                     arrived.
    Officer ........ Paul Dixon, student support officer
    When ........... every college day (Monday, Tuesday, Thursday)
    Result measure . gate sign-in sheet and text log; weekly attendance sent to Femi and Chris Lomax

[E] HEALTH - block lead: Dr Liz Ferrand, Cragsby CAMHS

E1  Action ......... Sessions with Tyrese from the ED youth worker who saw him on 27/11/2025, at the
                     youth centre or by text.
    Officer ........ Ayesha Khan, youth worker, Cragsby Youth Trust (Cragsby General ED)
    When ........... every Wednesday for 12 weeks from 28/01/2026
    Result measure . engagement with the youth worker

E2  Action ......... Trauma-focused assessment after Tyrese saw Marcus stabbed (nightmares, not
                     sleeping, startling at noises).
    Officer ........ Dr Liz Ferrand, clinical psychologist, Cragsby CAMHS
    When ........... assessment by 27/02/2026
    Result measure . assessment letter with recommendations sent to Femi and Tyrese's GP

[F] COMMUNITY SAFETY PARTNERSHIP - block lead: Gary Hume, Cragsby Council community safety

F1  Action ......... Licensing review of the Flaxton Food & Wine shop for selling knives to
                     under-18s and letting the FP group gather inside, after a test purchase.
    Officer ........ Gary Hume, licensing and anti-social behaviour officer
    When ........... ongoing
    Result measure . test purchase result and the licensing sub-committee's decision sent to DS
                     Whitlow

F2  Action ......... New lighting and a CCTV camera on the Flaxton Park footpath to Hollin Court.
    Officer ........ Gary Hume, with Cragsby Council parks team
    When ........... lighting by 27/02/2026; camera by 31/03/2026
    Result measure . works orders and photographs of the finished work sent to the core group

[G] ALL PARTNERS

G1  Action ......... Pass any sighting of Tyrese with the FP group, or any new threat to him, to DS
                     Whitlow and Femi.
    Officer ........ All partner agencies
    When ........... the same day
    Result measure . partner intelligence forms on the police system; entries on Femi's chronology

[H] TYRESE AND ANGELA

H1  Action ......... I will be in by 9pm every night, stay out of Flaxton Park, and not carry a knife
                     or anything I could use as one.
    Officer ........ Tyrese
    When ........... every night, and every time I go out
    Result measure . the bail check log shows Tyrese in at every check; no stop or search finds a
                     weapon

H2  Action ......... Ring 999 if anyone comes to the flat looking for Tyrese or threatens him, and tell
                     Femi the next working day.
    Officer ........ Angela Ellison (mum)
    When ........... every time
    Result measure . police incident numbers on Tyrese's chronology

H3  Action ......... Go to the "Mums Together" group for parents of young people affected by violence.
    Officer ........ Angela Ellison (mum)
    When ........... every other Tuesday at 6pm, from 27/01/2026
    Result measure . group register sent to Femi every month

============================================================================================
9. IF THINGS GET WORSE
============================================================================================
If the risk to Tyrese escalates or there are further concerns, the plan leads will call an urgent
partnership meeting to review the plan and consider next steps.

============================================================================================
10. MEETINGS
============================================================================================
Core group ............. every four weeks at Cragsby Youth Justice Service, Tuesdays at 2pm:
                         24/02/2026, 24/03/2026, 21/04/2026
Plan leads' check ...... DS Whitlow and Femi, the day after the plea hearing (13/02/2026)
Review conference ...... 05/05/2026 at 10am, Cragsby Town Hall

Distribution: Tyrese, Angela, DS Whitlow, Femi Adeleke, Chris Lomax, Jenny Marsh, Ayesha Khan,
Dr Ferrand, Gary Hume. OFFICIAL-SENSITIVE: do not forward.
""",
    "findings": [
        F("M001", "Re-engagement timetable: Tyrese back on the motor vehicle course"),
        F("M002", "Sessions with Tyrese from the ED youth worker who saw him"),
        F("T002", "Licensing review of the Flaxton Food & Wine shop"),
        F("W002", "Pass any sighting of Tyrese with the FP group"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Review conference plan for three siblings where only the eldest is at
#    risk outside the home: one table with a "For" column. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b201_cresthaven_rcpc_siblings_for_whom_column_pemberton.md",
    "split": "heldout",
    "actions": 18,
    "template": "rcpc-sibling-group-plan-md-details-table-three-children-two-categories-then-what-has-happened-since-icpc-worries-going-well-jordans-tias-and-masons-words-kirstys-words-outcomes-then-one-plan-table-no-for-whom-column-jordan-tia-mason-tia-and-mason-all-three-what-will-happen-who-when-how-well-know-then-if-things-go-wrong-meetings",
    "description": (
        "First review conference plan for three siblings where only the eldest is at risk outside the "
        "home: Jordan (15) runs drugs for a county line into the town and owes a debt; men banged on the "
        "door at 2am looking for him and his sister (9) opened it, and the younger two saw the police "
        "execute a drugs warrant in November. Their mother drinks a bottle of wine most evenings since "
        "the raid. The plan is one Markdown table with a 'For' column (Jordan, Tia, Mason, Tia and Mason, "
        "all three) beside What / Who / When / How we'll know, after each child's words. Faults: the NRM "
        "information with '-' for when; the nurture group with '-' for how we'll know; the family hub's "
        "sessions for the younger two 'As soon as possible'; 'All professionals' sharing threats; an "
        "outcome only about the mother's confidence; and the mother's drinking recorded with no adult "
        "service owning any action."
    ),
    "text": """\
# Cresthaven Borough Council - Children's Services

## Child protection plan: Jordan Pemberton, Tia Cole and Mason Cole

**First review child protection conference, 05/02/2026** (chair: Imogen Tate, independent reviewing
officer). The initial conference was on 06/11/2025. All three children stay on child protection plans.

| | |
|---|---|
| **Jordan Pemberton** | born 17/06/2010 (15), Year 10, Cresthaven Community College. Category: physical abuse (criminal exploitation) |
| **Tia Cole** | born 02/09/2016 (9), Year 5, Cresthaven Primary School. Category: emotional abuse |
| **Mason Cole** | born 21/01/2020 (6), Year 2, Cresthaven Primary School. Category: emotional abuse |
| **Home** | 19 Fernhill Road, Cresthaven CH3 8LW, with their mum, Kirsty Pemberton (34) |
| **Tia and Mason's dad** | Wayne Cole, lives in Hollowfield; has Tia and Mason every other weekend |
| **Jordan's dad** | Lee Pemberton; no contact |
| **Social worker** | Olivia Marsh, Cresthaven Family Safeguarding Team (team manager: Graham Ince) |
| **Exploitation worker** | Ben Carter, Engage (Cresthaven's exploitation and missing service) |
| **Police** | PC Rachel Hume, Cresthaven Police Exploitation Team |
| **Schools** | Mr Vikram Shah (DSL, Cresthaven Community College); Mrs Angela Deakin (DSL) and Miss Jo Frith (SENCO), Cresthaven Primary |

### What has happened since the initial conference

Jordan has been missing four times since November, each time for one or two nights; twice he was found
in Brantford, where the line is run from. In November the police executed a drugs warrant at the house
and found cannabis and £600 in Jordan's room; Tia and Mason were in the house and saw Jordan taken away.
On 14/12/2025 two men banged on the front door at 2am shouting for Jordan and saying he owed them £900.
Tia opened the door. Jordan's NRM referral was made on 20/11/2025, and the Single Competent Authority
has asked for more information.

### What we are worried about

- Jordan is still running drugs for the Brantford line and owes them money. He says the debt is "sorted"
  but will not say how.
- Tia has started wetting the bed again, is not sleeping, and checks the front door is locked several times
  each night. Her teacher says she is "somewhere else" in lessons.
- Mason is going to bed after 11pm, is tired at school, and has been copying the words of the drill music
  Jordan plays.
- Kirsty told Olivia in December that since the raid she has been drinking a bottle of wine most evenings
  to get to sleep, and that she "doesn't need anyone's help with that".

### What is going well

- Jordan has gone to college on 80% of days since Christmas and talks to Ben every week.
- Kirsty has rung the police each time Jordan has gone missing, and changed the locks after 14/12/2025.
- Wayne has had Tia and Mason every other weekend without a miss, and they come back happy.
- Tia loves the after-school art club, and Mason has made a best friend, Alfie, in Year 2.

### What the children say

**Jordan:** "I'm not a victim. I did it for money, that's it. Leave my little brother and sister out of
it, it's nothing to do with them." And later: "I feel bad about Tia opening the door. That's the only
bit I feel bad about."

**Tia:** "I don't like it when the door goes at night. I check it's locked and then I check again." "I
want Jordan to stop so the men don't come back."

**Mason:** "Jordan's cool. He's got a PlayStation and trainers." (Drawing his house with Olivia, Mason
put a big black car outside and said "that's the bad men's car".)

### What Kirsty says

"I'm doing my best with three of them on my own. Jordan doesn't listen to me anymore. I just want the
little ones to feel safe in their own beds."

### What we want for the children

1. Jordan is not running drugs or carrying for anyone, does not go missing, and is safe from the people he
   owes money to.
2. Tia and Mason feel safe at home, sleep through the night, and are not frightened by who comes to the
   door.
3. Kirsty feels more confident as a parent and less alone.
4. The children live in a home where no one comes to the door to threaten them.

### The plan

| No. | For | What will happen | Who | When | How we'll know |
|---|---|---|---|---|---|
| 1 | Jordan | See Jordan on his own at home or at college, and talk about the Brantford line, the debt and what he wants | Olivia Marsh, social worker | Every week | Visit records within 2 working days, with Jordan's words |
| 2 | Jordan | One-to-one exploitation sessions at the Engage base or somewhere Jordan chooses | Ben Carter, Engage | Every Tuesday at 4pm until the next review conference | Session records, and Jordan's own scores, shared at each core group |
| 3 | Jordan | Send the Single Competent Authority the further information it has asked for on Jordan's NRM referral | Olivia Marsh, social worker | - | SCA acknowledgement on Jordan's file |
| 4 | Jordan | Return home interview after every missing episode | Ben Carter, Engage | Within 72 hours of every return | Return interview form shared with Olivia and PC Hume within 24 hours |
| 5 | Jordan | Serve a Child Abduction Warning Notice on the man who collects Jordan from the Fernhill Road shops (known as "Dee"), and arrest him for any breach | PC Rachel Hume | Notice by 20/02/2026; any breach the same day | Copy of the served notice on Jordan's file; any breach recorded as a crime |
| 6 | Jordan | Check in with Jordan at 8.45am, and ring Kirsty by 9.30am if he is not in | Mr Vikram Shah, DSL, Cresthaven Community College | Every school day | Check-in sheet and first-day call log; attendance sent to Olivia every Friday |
| 7 | Jordan | I will be home by 8pm on school nights and 10pm at weekends, and answer when Mum rings | Jordan | Every night | Kirsty writes the times on the kitchen calendar; Olivia checks it at each visit |
| 8 | Tia | Place Tia in the Rainbow Room nurture group on Tuesday and Thursday afternoons | Miss Jo Frith, SENCO, Cresthaven Primary | From 23/02/2026 | - |
| 9 | Tia and Mason | Sessions at home with Tia and Mason about the night of the raid, the night the men came, and feeling safe | Cresthaven Family Hub | As soon as possible | Session notes and each child's worry scale, sent to Olivia after each session |
| 10 | Tia and Mason | See Tia and Mason on their own at school, and write down what they say about home | Olivia Marsh, social worker | Every two weeks | Visit records with the children's words and drawings |
| 11 | Tia and Mason | Check how Tia and Mason are in class (tiredness, sleep, what they say, Tia's wetting) and send Olivia a summary | Mrs Angela Deakin, DSL, Cresthaven Primary | Every Friday | CPOMS entries and the weekly summary e-mail on the children's files |
| 12 | Mason | Home visit about Mason's bedtime and sleep, with a two-week sleep diary kept by Kirsty | Sue Rix, school nurse | Visit by 06/03/2026 | Sleep diary read by Sue at a second visit; her letter to Olivia with what was agreed |
| 13 | All three | Share any information about threats to the family, or anyone asking for Jordan at home or at school | All professionals | The same day | Recorded on each child's file and passed to PC Hume |
| 14 | All three | Put an urgent-response marker on 19 Fernhill Road, and fit a video doorbell and a door chain | PC Rachel Hume | Marker by 12/02/2026; doorbell and chain by 27/02/2026 | Marker confirmed to Olivia in writing; doorbell and chain seen by Olivia at her next visit |
| 15 | All three | Keep the front door locked after 9pm and not open it to anyone at night; Tia and Mason are never to answer the door | Kirsty Pemberton (mum) | Every night | Kirsty tells Olivia at each visit who came to the door, and they look at the doorbell recordings together |
| 16 | All three | Apply to Cresthaven Homes for a management move away from Fernhill Road on safety grounds, with a supporting letter from Olivia | Kirsty, with Olivia Marsh | Application and letter by 20/02/2026 | Application reference and Cresthaven Homes' decision on file |
| 17 | Tia and Mason | Keep Tia and Mason's weekends going, and tell Olivia anything they say about home | Wayne Cole (dad) | Every other weekend | Wayne texts Olivia every other Sunday evening about the weekend; Olivia records it |
| 18 | All three | Go to the "Staying Connected" course for parents of teenagers at the Family Hub | Kirsty Pemberton (mum) | Every Thursday at 10am, 8 weeks from 19/02/2026 | Course register sent to Olivia; certificate on file |

### If things go wrong

- If Jordan is missing overnight, or anyone comes to the house to threaten the family: Kirsty rings 999;
  PC Hume's team responds under the marker; Olivia holds a strategy discussion the same working day (the
  Emergency Duty Team out of hours), and Ben sees Jordan within 72 hours of his return.
- If the house is not safe that night, Tia and Mason go to Wayne's in Hollowfield (Wayne agreed this at the
  conference), and Olivia arranges a foster placement for Jordan, or for all three if Wayne cannot be
  reached.
- If Kirsty has been drinking and cannot look after the children when a worker calls, Olivia holds a
  strategy discussion the same day and Tia and Mason stay with Wayne until it is safe for them to go home.
- If by the core group on 31/03/2026 Jordan is still running for the Brantford line, or the men have come
  back to the house, Graham Ince (team manager) will hold a legal planning meeting within 10 working
  days.

### Meetings

- Core group: every six weeks at Cresthaven Primary School at 3.45pm, on 17/02/2026 and 31/03/2026.
- Second review child protection conference: 07/05/2026 at 10am, Cresthaven Town Hall.
""",
    "findings": [
        F("T001", "Send the Single Competent Authority the further information it has asked"),
        F("M001", "Place Tia in the Rainbow Room nurture group"),
        F("T002", "Sessions at home with Tia and Mason about the night"),
        F("W002", "Share any information about threats to the family"),
        F("F002", "Kirsty feels more confident as a parent and less alone."),
        F("F004"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Transitional safeguarding plan for a 17-year-old counting down to her
#    18th birthday: one landscape table under banner rows (every time she
#    goes missing; now to March; April to June; July to her birthday).
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b201_chellowmere_transition_plan_countdown_to_eighteen_banners_whitmore.pdf",
    "doc_title": "Child Protection Plan and Transitional Safeguarding Plan - Amber Whitmore",
    "split": "heldout",
    "actions": 20,
    "landscape": True,
    "font_size": 10,
    "min_pages": 3,
    "header": "OFFICIAL-SENSITIVE · Chellowmere City Council · Adolescent and Transitions Team",
    "footer": "Amber Whitmore · Child protection and transitional safeguarding plan, ICPC 10/02/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-transitional-safeguarding-plan-paged-landscape-header-footer-kv-details-with-18th-birthday-why-going-well-ambers-words-tracey-and-garys-words-outcomes-before-and-after-18-then-one-what-will-happen-who-when-exactly-how-we-will-know-table-under-countdown-banner-rows-every-time-missing-now-to-march-april-to-june-july-to-18th-birthday-with-adult-social-care-transitional-safeguarding-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a 17-year-old young woman sexually exploited by a 26-year-old "
        "man and his associates (cocaine, alcohol, 'parties' in short-let flats at the marina, nine missing "
        "episodes since June, found intoxicated with three men in December), who has left college and "
        "turns 18 on 14/08/2026. Printed landscape with a page header and footer, it is also her "
        "transitional safeguarding plan: one 'What will happen / Who / When exactly / How we will know' "
        "table under countdown banner rows (every time she goes missing; now to the end of March; April to "
        "June; July to her 18th birthday), with the exploitation service, an ISVA, police seeking a "
        "sexual risk order, the council's short-let licensing, sexual health outreach, the young people's "
        "drug and alcohol service handing over to the adult one, CAMHS 16-18, the college, housing options "
        "and adult social care's transitional safeguarding team assessing before her birthday. Her voice "
        "is strong and at odds with the plan; the contingency leads to a legal planning meeting; core "
        "group and review dates are set; no parent has recorded ill health or substance misuse."
    ),
    "blocks": [
        ("title", "Child Protection Plan and Transitional Safeguarding Plan"),
        ("p", "Chellowmere City Council Children's Services, with Chellowmere Adult Social Care. Agreed at the "
              "initial child protection conference on 10/02/2026 (chair: Martin Fairweather, independent "
              "reviewing officer)."),
        ("kv", [
            ("Young person", "Amber Whitmore, born 14/08/2008 (17). Turns 18 on 14/08/2026, six months from now."),
            ("Address", "6 Osprey Walk, Chellowmere CW5 1DF"),
            ("Lives with", "Tracey Whitmore (mum, 45, cleaner) and Gary Holt (Tracey's partner, 50, lives in the home)"),
            ("Education", "Left Chellowmere College (Level 2 Health and Social Care) in November 2025"),
            ("Category", "Sexual abuse (child sexual exploitation)"),
            ("Social worker", "Rachel Dunmore, Adolescent and Transitions Team (team manager: Steve Nkemelu)"),
            ("Exploitation worker", "Gemma Frost, The Lantern Project"),
            ("Police", "DC Owen Blake, Chellowmere Police Child Exploitation Unit"),
            ("Adult social care", "Amir Qureshi, Transitional Safeguarding Team (18 to 25)"),
        ]),
        ("h1", "Why Amber has a plan"),
        ("p", "Since the spring of 2025 Amber has been in a relationship with Kane Rudd, who is 26. Kane and his "
              "friends take her to \"parties\" in short-let flats at Chellowmere Marina, where she is given "
              "cocaine and alcohol and introduced to other men. She has been missing nine times since June. On "
              "18/12/2025 the police found her in a marina flat with three men aged 25 to 40; she was too "
              "intoxicated to stand. She later told Tracey she had been \"passed round\", but she has not made "
              "a statement. She had a sexually transmitted infection in October. She left college in November, "
              "and says she will move in with Kane when she is 18."),
        ("p", "Amber will be an adult in six months. This plan protects her as a child now, and makes sure that "
              "adult services, the adult drug and alcohol service and housing know her and have a plan before "
              "her 18th birthday, so that the help does not stop on 14/08/2026."),
        ("h1", "What is going well"),
        ("bullets", [
            "Amber has met Gemma six times and texts her most days.",
            "Tracey and Gary have reported Amber missing every time and collected her from wherever she rang.",
            "Amber went for sexual health tests herself in January.",
            "Amber says she wants to go back to college to work with children one day.",
        ]),
        ("h1", "What Amber says"),
        ("p", "\"Kane's not grooming me. He's my boyfriend. You lot just don't like him because he's older.\""),
        ("p", "\"I'm nearly 18. In six months none of you can tell me anything.\""),
        ("p", "\"The parties got out of hand, that's all. I don't want to talk about December.\""),
        ("p", "\"Gemma's the only one who doesn't look at me like I'm stupid.\""),
        ("p", "Amber scored how safe she feels with Kane 9 out of 10 and at the marina flats 5 out of 10 (with "
              "Gemma, 05/02/2026)."),
        ("h1", "What Tracey and Gary say"),
        ("p", "Tracey: \"She's my baby and I'm watching her disappear. What happens when she's 18 and they all "
              "walk away?\" Gary: \"We'll drive anywhere at any time. We just need to know someone's going after "
              "him.\""),
        ("h1", "What we want for Amber"),
        ("numbers", [
            "Amber is safe from Kane and the men at the marina flats, and does not go missing.",
            "Amber understands what has happened to her as exploitation, and knows who she can go to.",
            "Amber's sexual health and emotional health are looked after, and she uses less cocaine and alcohol.",
            "Amber is back in college or training by September 2026.",
            "On her 18th birthday Amber knows the adult workers who will carry on helping her, and has somewhere "
            "safe to live.",
        ]),
        ("h1", "The plan, counting down to Amber's 18th birthday"),
        ("table", {
            "header": ["What will happen", "Who", "When exactly", "How we will know"],
            "widths": [9.6, 5.6, 4.6, 5.9],
            "rows": [
                ["Every time Amber goes missing (from now until her 18th birthday)", H, H, H],
                ["Report Amber missing to the police on 101 (999 if she is known to be with Kane or at the "
                 "marina) and give them the missing grab sheet",
                 "Tracey Whitmore or Gary Holt",
                 "Every time Amber is an hour past her time and not answering",
                 "Police missing reference texted to Rachel the next morning"],
                ["Check the marina flats and Kane's address on the grab sheet, and ring Amber's phone",
                 "Sgt Lisa Crane, Chellowmere Police missing persons coordinator",
                 "Within 2 hours of the missing report",
                 "Missing log, with each address checked and the time"],
                ["Return home interview at a place Amber chooses, by Gemma, whom she already knows",
                 "Gemma Frost, The Lantern Project",
                 "Within 72 hours of every return",
                 "Return interview form on Amber's file, shared with Rachel and DC Blake within 24 hours"],
                ["Now until the end of March 2026", H, H, H],
                ["Visit Amber at home or where she chooses, and see her on her own",
                 "Rachel Dunmore, social worker",
                 "Every week; one visit in three in the evening",
                 "Visit records within 2 working days, with Amber's own words"],
                ["One-to-one sessions on relationships, consent, grooming and the 'money, drugs and parties' "
                 "pattern",
                 "Gemma Frost, The Lantern Project",
                 "Every Thursday at 2pm, from 12/02/2026",
                 "Session records, and Amber's own 'how safe I feel' score at each session, sent to Rachel monthly"],
                ["Offer Amber an independent sexual violence adviser, explain her choices about reporting what "
                 "happened on 18/12/2025, and go with her to any police interview she chooses to give",
                 "Priya Nandra, ISVA, Chellowmere Rape Crisis young people's service",
                 "First meeting by 20/02/2026, then every two weeks if Amber agrees",
                 "ISVA contact records; Amber's decision about reporting written on her file in her words"],
                ["Apply to the magistrates' court for a Sexual Risk Order against Kane Rudd, and arrest him for "
                 "any breach",
                 "DC Owen Blake, Child Exploitation Unit",
                 "Application by 27/03/2026; any breach dealt with the same day",
                 "Court application reference and the court's decision sent to Rachel; breaches recorded as crimes"],
                ["Visit the marina short-let operators: tell them about the flats used on 18/12/2025, ask them to "
                 "check guests' ages and report under-18s, and check their licence conditions",
                 "Mark Ellery, Chellowmere Council private sector housing and licensing",
                 "Visits and letters by 13/03/2026",
                 "Visit records and the operators' signed agreements sent to DC Blake and Rachel"],
                ["Sexual health outreach: tests, contraception and a check on how Amber is, somewhere she chooses",
                 "Kate Linden, Chellowmere Sexual Health outreach nurse",
                 "Every month, first by 20/02/2026",
                 "Appointment dates on the clinic record, confirmed to Rachel (no details without Amber's consent)"],
                ["Sessions on cocaine and alcohol, with a diary Amber keeps of what she uses",
                 "Tom Garvey, Rise Young People's Drug and Alcohol Service",
                 "Every Tuesday at 11am, from 17/02/2026",
                 "Session records and Amber's use diary, which she shows Tom each week; a summary to Rachel monthly"],
                ["Assessment of Amber's low mood and sleep",
                 "Dr Fiona Lang, CAMHS 16-18 team",
                 "By 27/03/2026",
                 "Assessment letter to Amber, her GP and Rachel"],
                ["Keep to the house rules Amber agreed: in by 11pm, a text if she will be later, and a lift home "
                 "from anywhere without a row",
                 "Tracey and Gary",
                 "Every night",
                 "Tracey writes the times in her phone diary and shows Rachel at each visit"],
                ["I will keep my phone charged and on, and text Mum if I am staying out",
                 "Amber",
                 "Every time I am out after 11pm",
                 "Tracey's phone diary shows each text"],
                ["Go to the Lantern Project's group for parents of exploited young people",
                 "Tracey Whitmore",
                 "Every other Monday at 6pm, from 16/02/2026",
                 "Group register sent to Rachel every month"],
                ["April to June 2026", H, H, H],
                ["Refer Amber to the Transitional Safeguarding Team, and visit her together with the adult "
                 "practitioner",
                 "Rachel Dunmore, social worker",
                 "Referral by 03/04/2026; joint visit by 30/04/2026",
                 "Referral acknowledgement; the joint visit recorded on both children's and adults' records"],
                ["Care Act needs assessment, and a written plan for what adult services will do if the risks "
                 "carry on after Amber's 18th birthday, including when a safeguarding enquiry would be opened",
                 "Amir Qureshi, Transitional Safeguarding Team",
                 "By 26/06/2026",
                 "Assessment and draft adult plan shared with Amber and the core group by 26/06/2026"],
                ["Re-enrolment interview for the September 2026 Health and Social Care course, and a place on the "
                 "summer bridging programme",
                 "Hannah Green, student services, Chellowmere College",
                 "Interview by 30/04/2026; bridging programme from 08/06/2026",
                 "Offer letter on Amber's file; bridging programme register"],
                ["Joint session to hand Amber's drug and alcohol work over to the adult service before she is 18",
                 "Tom Garvey, Rise, with Chellowmere Recovery Partnership",
                 "By 30/06/2026",
                 "Joint session record; Amber's new adult worker named on her file"],
                ["July 2026, up to Amber's 18th birthday on 14/08/2026", H, H, H],
                ["'After 18' meeting with Amber, Tracey, Gary, Gemma and Amir: agree who will be there for Amber "
                 "after her birthday and what she wants to keep",
                 "Rachel Dunmore, social worker",
                 "By 17/07/2026",
                 "Written 'after 18' plan signed by Amber, with copies to everyone at the meeting"],
                ["Housing options interview, in case Amber wants to live on her own after she is 18",
                 "Zoe Parr, young people's housing officer, Chellowmere Council Housing Options",
                 "By 31/07/2026",
                 "Housing register reference and an advice letter on Amber's file"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Amber is found with Kane or at a marina flat, or comes home hurt, or says she has been "
            "assaulted: DC Blake offers a video-recorded interview and a forensic medical at the Chellowmere "
            "Sexual Assault Referral Centre the same day, with Priya if Amber wants, and Rachel holds a "
            "strategy discussion the same day.",
            "If Amber is missing for more than 24 hours twice in any four weeks, or says she is moving in with "
            "Kane: Rachel holds a strategy meeting within 1 working day, and Steve Nkemelu (team manager) holds "
            "a legal planning meeting within 5 working days to decide, with the council's legal team, whether "
            "to ask the High Court to use its inherent jurisdiction to protect Amber; DC Blake asks the court "
            "for an interim Sexual Risk Order the same week.",
            "If Tracey and Gary cannot keep Amber safe at home (she leaves at night and they cannot stop her, "
            "or Kane comes to the house), Rachel arranges a supported lodgings place in Chellowmere that day.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: every four weeks at the Lantern Project, 11am, on 24/02/2026, 24/03/2026 and 21/04/2026.",
            "Review child protection conference: 05/05/2026 at 2pm, Chellowmere Civic Centre. Amir Qureshi will "
            "be invited, and a second review will be held before Amber's 18th birthday if the plan is still "
            "needed.",
        ]),
        ("p", "Plan sent to Amber, Tracey, Gary and every person named, 12/02/2026."),
    ],
    "findings": [],
})
