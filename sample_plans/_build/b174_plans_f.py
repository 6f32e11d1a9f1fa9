"""Batch 174, letter f, split tune: seven fictional plans (tuning material), places beginning with "f".

Everything here is made up: children, families, professionals, services,
schools, hospitals, police forces and councils. Labels were written by hand
from docs/rules.md and the conventions in sample_plans/README.md, without
running planlint or reading its code.

Focus: when and how we will know, given once for many actions, wherever the
writer's template puts it. In every plan many actions take their time or
their check from somewhere other than their own row or sentence: a
"Timescale for this part:" line over a stage table and an "Evidence for this
part" list keyed by step number under it; a "For all four steps in this
part, the core group will see ..." line; part headings that carry the time
("Part 2 - Every week, from Monday 02/02/2026 until the review conference")
with a "How we'll know (steps 5 to 10)" list after each part; a step table
whose times sit in a separate "When each step happens" table and whose
checks sit in a "How we will know" table, both keyed by step number; an
opening line over a minutes' plan ("Items 6.1 to 6.9 start on Monday
26/01/2026 and happen every week until ...") and an evidence list for those
items; an outcome's own "By when" and "We'll know because" lines shared by
the steps under it; a column header ("What will happen (weekly unless
stated)") and "How we'll know" cells merged down beside several rows;
frequency banner rows ("B. Every week, from ...") with a "How we'll know
(B1 to B5)" row closing each group. Many times are events in the child's
life ("within 2 hours of Posy's birth", "at every nursery session", "within
72 hours of Amber coming home", "on the night of the move"). In the four
faulty plans a few actions sit outside every group time or check ("Also
agreed at the conference", "Further actions agreed at the end of the
meeting", a step the timeline or the checks table leaves out) or carry a
vague time or check of their own or from their group ("when she feels
ready", "asap", "as and when needed", "Ongoing", "Leanne's engagement with
the sessions", "To be discussed at the next core group", "Reviewed at core
group"); the headings, lines and key lists say plainly which steps they
cover.

1. a pre-birth plan for an unborn girl (her mother's depression and past
   overdoses, her father's cannabis use, the paternal grandmother staying
   after the birth), in four parts each with a "Timescale for this part:"
   line, a Step / What will happen / Who table and an "Evidence for this
   part" list keyed by step; the ward part's steps give their own times
   tied to the birth and discharge and share one "For all four steps in
   this part" check (docx, exemplary);
2. a review conference plan for a 9-year-old and a 4-year-old whose mother
   drinks, the plan in parts whose headings give the time, each followed by
   a "How we'll know" list keyed by step number, then an "Also agreed at
   the conference" part with no time and no checks (md): faults are the
   mother going to the recovery group "when she feels ready", the family
   support worker's sessions checked by "Leanne's engagement with the
   sessions", the school nurse's health check left out of its part's check
   list, "The family network" keeping a sober adult at the house, the
   mother talking to her GP with no time or check anywhere, and the
   mother's drinking recorded with no adult service owning any step (T002,
   M002, M001 x2, W002, T001, F004);
3. an initial conference plan for a 2-year-old and a 4-month-old after
   domestic abuse, their mother with postnatal depression: a numbered step
   table with only a Lead column, then a "When each step happens" table and
   a "How we will know" table keyed by step number, page header and footer
   (pdf): faults are supervised contact checked by "Reviewed at core
   group", the perinatal psychologist's CBT only treating the mother, the
   GP's medication review left out of the checks table, the police marker
   timed "Ongoing", a family network meeting left out of the timeline, and
   a contingency that only says the plan will be discussed and reviewed
   (M002, H001, M001, T002, T001, C002);
4. a first core group record for a 6-year-old and a 20-month-old (faltering
   weight, neglect, the younger child's father's drinking) whose family is
   moving to another authority: numbered minutes, an opening line giving
   the time of items 6.1 to 6.9, an evidence list for those items, then
   further actions agreed at the end of the meeting (txt): faults are the
   family support worker's sessions checked by "To be discussed at the next
   core group", a parenting group referral handed to the new authority
   after the transfer, a paediatric referral "asap", a dentist and eye test
   with no time or check, "FAMILY" staying on the night of the move, and no
   fallback if the grandparents cannot help (M002, X001, T002, T001, M001,
   W002, C003);
5. an initial conference plan for an 8-year-old and a 3-year-old whose
   father has post-traumatic stress disorder and threw a mug beside the
   younger child, each outcome with its own "By when" and "We'll know
   because" lines that the bullets under it share unless a bullet gives its
   own (md, exemplary);
6. a review conference plan for a 13-year-old and a 10-year-old whose
   mother drinks and is depressed, a landscape table whose action column is
   headed "What will happen (weekly unless stated)", with theme banner rows
   and "How we'll know" cells merged down beside several rows (docx):
   faults are "All professionals" sharing worries, a young carers
   assessment "as and when needed", the CPN's visits only supporting the
   mother, a "Reviewed at core group" check merged beside the CPN's and the
   family support worker's rows, an outcome about the mother only, and a
   review conference "date to be confirmed" (W002, T002, H001, M002 x2,
   F002, R001);
7. an initial conference plan for a 13-year-old who goes missing and is at
   risk of exploitation, her mother on methadone: a Ref / What will happen /
   Who table in frequency groups, each opened by a banner row giving the
   time ("A. Every school day, from ...", "C. Every time Amber goes missing
   or is late home (each step gives its own time)") and closed by a "How
   we'll know" row keyed by ref, page header and footer (pdf, exemplary).

Three plans (1, 5 and 7) are exemplary: every action has a named owner, a
real timescale (its own, or its part's, heading's, outcome's or banner's)
and something that can be seen, counted or read (its own, or keyed to it by
number, or its outcome's, or its group's); every outcome is about the
child; each contingency has specific triggers and protective responses and
says what happens if a relative's help fails; each records the child's
voice or observed lived experience, core group dates and a dated review
conference, and legal planning after named triggers or too little progress;
adult services own actions where a parent is ill or uses drugs, and every
adult mental health service in them is asked for its view of the parent's
capacity to change and how long it will take.

Counting convention used for "actions" (README convention 1): each row of
an action table (banner rows and "How we'll know" rows excepted), each
numbered step or item of a plan part and each bullet under an outcome in
the plan counts once, whatever number of sentences it holds. "Timescale for
this part" lines, evidence and check lists, the timeline and checks tables
(which only key times and measures to steps), outcome "By when" and "We'll
know because" lines, notes above tables, the contingency, meeting dates,
details, views and minutes are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Pre-birth plan in four parts: "Timescale for this part:" line, a
#    Step / What / Who table, then "Evidence for this part" keyed by step.
#    The ward part shares one "For all four steps" check. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b174_farthingdean_prebirth_part_timescale_lines_evidence_by_step_treharne.docx",
    "doc_title": "Pre-birth Child Protection Plan - Baby Treharne-Medley",
    "split": "tune",
    "actions": 24,
    "template": "prebirth-icpc-plan-docx-kv-details-why-going-well-posys-world-and-parents-words-outcomes-then-four-parts-each-a-timescale-for-this-part-line-step-what-who-table-and-evidence-for-this-part-list-keyed-by-step-ward-part-steps-timed-by-birth-and-discharge-with-one-for-all-four-steps-check-then-if-things-go-wrong-core-group-review",
    "description": (
        "Exemplary pre-birth plan for an unborn girl. Her mother, a 22-year-old care leaver, has "
        "depression and took two overdoses in 2024; her father smokes cannabis every day; his "
        "mother will stay for the first 14 nights. The plan is in four parts (before the birth, 34 "
        "weeks to the birth, the birth and the ward, at home until 8 weeks). Each part opens with a "
        "'Timescale for this part:' line that times every step unless the step gives its own, has a "
        "Step / What will happen / Who table with no time or check columns, and closes with an "
        "'Evidence for this part' list keyed by step number; the ward part's steps are timed by the "
        "birth and discharge and share one 'For all four steps in this part' check. The perinatal "
        "team reports on capacity to change, the drug service tests and reports, the grandmother's "
        "nights have a fallback, legal planning follows named triggers, and core group and review "
        "dates are set."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Farthingdean Borough Council Children's Services, with Farthingdean and Vale Hospitals NHS "
              "Trust (Maternity). Agreed at the pre-birth initial child protection conference on Tuesday "
              "13/01/2026, and with Chelsea and Ryan."),
        ("kv", [
            ("Baby", "Girl, to be called Posy. EDD 02/04/2026; 28+5 weeks at the conference."),
            ("Mother", "Chelsea Treharne (22), care leaver; depression; under the Farthingdean Perinatal "
                       "Mental Health Team since 20 weeks"),
            ("Father", "Ryan Medley (25), lives with Chelsea"),
            ("Address", "Flat 6, Kestrel House, Wharf Road, Farthingdean FD4 2LS"),
            ("Paternal grandmother", "Denise Medley, 30 Sandpiper Road, Farthingdean"),
            ("Category", "Neglect (unborn baby)"),
            ("Social worker", "Tom Lacey, Children's Safeguarding Team 3 (team manager: Gail Roberts)"),
            ("Named midwife", "Ciara Doyle, community midwife, Farthingdean Health Centre"),
            ("Safeguarding midwife", "Helen Ashby, Farthingdean General Hospital"),
            ("Health visitor", "Nadia Farouk, Farthingdean 0-19 Service"),
            ("Perinatal team", "Dr Rosa Khan, consultant perinatal psychiatrist; Liam Pike, perinatal "
                               "community psychiatric nurse"),
            ("Drug and alcohol service", "Jordan Hale, recovery worker (for Ryan)"),
            ("Leaving Care", "Amy Brook, Chelsea's personal adviser"),
            ("GP", "Dr Peter Grant, Farthingdean Health Centre"),
        ]),
        ("h1", "Why Posy needs a plan before she is born"),
        ("p", "Chelsea grew up in foster care from the age of nine. She has had depression since she was "
              "sixteen and took overdoses of her tablets in March and August 2024, both times after "
              "arguments, both times alone in the flat. She stopped her antidepressants when she found out "
              "she was pregnant and did not tell her midwife how low she felt until 20 weeks, when Ciara "
              "referred her to the perinatal team. She is now back on medication that is safe in pregnancy "
              "and has seen Liam three times."),
        ("p", "Ryan smokes cannabis every day, he says 'to sleep', and was cautioned for possession in "
              "October 2025. On 28/11/2025 neighbours heard Chelsea screaming that she 'couldn't do this "
              "any more'; the police found no one hurt but the flat smelled strongly of cannabis. There is "
              "no cot, pram or car seat yet, and the couple have rent arrears."),
        ("h1", "What is going well"),
        ("bullets", [
            "Chelsea has been to every antenatal appointment since she booked, and every appointment with "
            "Liam.",
            "Chelsea told the conference what her low days look like and who she rings. She has kept the "
            "crisis line number in her phone case.",
            "Ryan came to the conference, agreed he needs to stop smoking cannabis before Posy is born and "
            "has had his first session with Jordan.",
            "Denise has offered to stay at the flat for the first two weeks after Posy comes home, and Amy "
            "Brook has known Chelsea for four years and is trusted by her.",
        ]),
        ("h1", "Posy's world, and what Chelsea and Ryan say"),
        ("p", "Posy cannot tell us what she needs, so this is what her midwife has seen and what her first "
              "weeks will be like. At her 20-week scan she was growing well, and Ciara has plotted her growth "
              "on the GROW chart at every appointment since: she is following the 40th centile. She kicks "
              "most in the evening, and Chelsea sings to her then. Posy will come home to a one-bedroom flat "
              "on the third floor, with a lift that often does not work. She will need feeding every two to "
              "three hours through the night, a safe place to sleep on her back, no smoke in the air, and "
              "an adult who is awake and calm when she cries."),
        ("p", "Chelsea said at the conference: 'I don't want her to have what I had. I want to be the one "
              "who picks her up.' She is frightened of feeling low after the birth 'and nobody noticing'. "
              "Ryan said: 'I'll do nights. I know the weed has to stop.'"),
        ("h1", "What we want for Posy"),
        ("numbers", [
            "Posy is born safely and goes home only when the discharge planning meeting has agreed who will "
            "care for her and how.",
            "Posy is fed when she is hungry, gains weight and follows her centile line in her red book.",
            "Posy sleeps on her back in her own cot or Moses basket, in a flat where no one smokes cannabis.",
            "Posy is cared for by a mother whose low mood is noticed early and treated, and by adults who are "
            "sober and awake when they care for her.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan is in four parts. The line at the top of each part says when its steps happen; a step "
              "that gives its own time keeps to that time. The evidence under each part says, step by step, "
              "how the core group will know it has happened."),
        ("h2", "Part A: Before Posy is born"),
        ("boldp", "Timescale for this part: every step in table A is to be done by Thursday 19/02/2026, when "
                  "Chelsea will be 34 weeks pregnant, unless the step gives its own time."),
        ("table", {
            "header": ["Step", "What will happen", "Who"],
            "widths": [1.4, 10.4, 5.2],
            "rows": [
                ["A1", "Antenatal appointments at Farthingdean Health Centre every two weeks until 34 weeks, "
                       "seeing Chelsea on her own for part of each one to ask about her mood, home and Ryan",
                 "Ciara Doyle, community midwife (named midwife)"],
                ["A2", "Put the safeguarding birth plan on the maternity record, so that every midwife on the "
                       "labour ward and Primrose Ward knows to ring Tom (or the Emergency Duty Team) at the "
                       "birth, and that Posy does not go home before the discharge planning meeting",
                 "Helen Ashby, specialist safeguarding midwife"],
                ["A3", "Assess Chelsea's mental health in pregnancy and write a report on the risk of her "
                       "becoming unwell after the birth, whether she can make and keep the changes Posy needs, "
                       "and how long that is likely to take",
                 "Dr Rosa Khan, consultant perinatal psychiatrist, Farthingdean Perinatal Mental Health Team"],
                ["A4", "Key work sessions with Ryan every week about his cannabis use, with an oral fluid test "
                       "at each session, and a written report on whether he has stopped and is likely to stay "
                       "stopped",
                 "Jordan Hale, recovery worker, Farthingdean Drug and Alcohol Service"],
                ["A5", "Pre-birth parenting assessment with Chelsea and Ryan, including Chelsea's own time in "
                       "care, how they will share the night feeds, and who they can call on",
                 "Tom Lacey, social worker"],
                ["A6", "Go together to the four 'Ready for Baby' evenings at Farthingdean Family Hub, "
                       "Wednesdays 21/01/2026 to 11/02/2026",
                 "Chelsea and Ryan"],
                ["A7", "Antenatal home visit: safe sleep, coping with crying (ICON), and a check that the flat "
                       "has a Moses basket, a working smoke alarm and no smoking indoors",
                 "Nadia Farouk, health visitor"],
                ["A8", "Help Chelsea claim the Sure Start Maternity Grant and order a cot, pram and car seat "
                       "from the Farthingdean baby bank",
                 "Amy Brook, personal adviser, Leaving Care Team"],
            ],
        }),
        ("boldp", "Evidence for this part (by step)"),
        ("pi", "A1: Ciara's notes e-mailed to Tom within 2 working days of each appointment, with Posy's "
               "growth plotted on the GROW chart; a missed appointment phoned to Tom the same day."),
        ("pi", "A2: the birth plan on BadgerNet, and a copy on Tom's file, by 19/02/2026."),
        ("pi", "A3 and A5: both reports on Tom's file by 19/02/2026, each with a clear recommendation, and "
               "shared with Chelsea, Ryan and the core group on 24/02/2026."),
        ("pi", "A4: oral fluid results e-mailed to Tom after every session, all clear of cannabis from "
               "31/01/2026; Jordan's report on Tom's file by 19/02/2026."),
        ("pi", "A6: the Family Hub register, sent to Tom after each evening."),
        ("pi", "A7: Nadia's home safety checklist on Tom's file; anything missing seen put right at Tom's "
               "next visit."),
        ("pi", "A8: the grant decision letter and the baby bank delivery note, shown to Tom; the cot, pram "
               "and car seat seen in the flat by Tom."),
        ("h2", "Part B: From 34 weeks until Posy is born"),
        ("boldp", "Timescale for this part: every week from Thursday 19/02/2026 until Posy is born, unless "
                  "the step gives its own time."),
        ("table", {
            "header": ["Step", "What will happen", "Who"],
            "widths": [1.4, 10.4, 5.2],
            "rows": [
                ["B1", "Home visits to Chelsea and Ryan, one in three unannounced, seeing Chelsea on her own "
                       "at every visit",
                 "Tom Lacey, social worker"],
                ["B2", "Antenatal checks at 34, 36, 38 and 40 weeks, with a phone call to Chelsea in each week "
                       "between them",
                 "Ciara Doyle, community midwife"],
                ["B3", "Chair the discharge planning meeting at 36 weeks (Thursday 05/03/2026) with Chelsea, "
                       "Ryan, Denise, Tom, Ciara and Nadia, and agree who will be with Chelsea and Posy on the "
                       "ward and at home",
                 "Helen Ashby, specialist safeguarding midwife"],
                ["B4", "Make up the sofa bed at the flat, and agree with Tom in writing the 14 nights she will "
                       "stay after Posy comes home, by 36 weeks",
                 "Denise Medley (Ryan's mum)"],
                ["B5", "Keep seeing Ryan, with an oral fluid test at each session, and write to the core group "
                       "each month",
                 "Jordan Hale, recovery worker, Farthingdean Drug and Alcohol Service"],
            ],
        }),
        ("boldp", "Evidence for this part (by step)"),
        ("pi", "B1: Tom's visit records within 48 hours, with what Chelsea said when she was seen on her own."),
        ("pi", "B2: Ciara's notes e-mailed to Tom after each check and call; Posy's growth on the GROW chart."),
        ("pi", "B3: the written discharge plan, signed by Chelsea and Ryan and sent to the core group within "
               "2 working days of the meeting."),
        ("pi", "B4: Denise's nights written into the discharge plan and signed by her; the sofa bed seen by "
               "Tom."),
        ("pi", "B5: test results e-mailed to Tom after each session; Jordan's monthly letter on Tom's file."),
        ("h2", "Part C: The birth and Primrose Ward"),
        ("boldp", "Timescale for this part: each step gives its own time, tied to Posy's birth or to the day "
                  "she goes home."),
        ("table", {
            "header": ["Step", "What will happen", "Who"],
            "widths": [1.4, 10.4, 5.2],
            "rows": [
                ["C1", "Ring Tom, or the Emergency Duty Team out of hours, within 2 hours of Posy's birth",
                 "Midwife in charge, labour ward"],
                ["C2", "Write down how Chelsea and Ryan feed, hold, change and settle Posy, and anything that "
                       "worries staff, on every shift until discharge",
                 "Primrose Ward midwife in charge, each shift"],
                ["C3", "See Posy, Chelsea and Ryan on the ward within 24 hours of the birth, and again on the "
                       "day before discharge",
                 "Tom Lacey, social worker"],
                ["C4", "Go through safe sleep, making up feeds and fitting the car seat with Chelsea and Ryan, "
                       "before discharge",
                 "Kerry Dunn, nursery nurse, Primrose Ward"],
            ],
        }),
        ("boldp", "Evidence for this part"),
        ("p", "For all four steps in this part, the core group will see what was done in Posy's hospital "
              "record, which Helen Ashby copies to Tom before discharge: the time of the call to Tom or the "
              "Emergency Duty Team, each shift's observation sheet, the ward visits Tom signed in for, and the "
              "safe sleep, feeding and car seat checklist signed by Kerry, Chelsea and Ryan."),
        ("h2", "Part D: At home, until Posy is 8 weeks old"),
        ("boldp", "Timescale for this part: every week from the day Posy comes home until she is 8 weeks old, "
                  "unless the step gives its own time."),
        ("table", {
            "header": ["Step", "What will happen", "Who"],
            "widths": [1.4, 10.4, 5.2],
            "rows": [
                ["D1", "Postnatal visits on day 1, day 5 and day 10 after discharge, with Posy's blood spot "
                       "test on day 5",
                 "Ciara Doyle, community midwife"],
                ["D2", "New birth visit at 10 to 14 days, then a visit every week: weigh Posy, see her asleep "
                       "or put down to sleep, and talk through the ICON plan",
                 "Nadia Farouk, health visitor"],
                ["D3", "Home visits, twice a week for the first four weeks and then weekly, one in three "
                       "unannounced, seeing Posy awake and undressed",
                 "Tom Lacey, social worker"],
                ["D4", "Stay at the flat every night for the first 14 nights and do the 2am feed, so that "
                       "Chelsea gets a block of sleep",
                 "Denise Medley (Ryan's mum)"],
                ["D5", "See Chelsea at home, check her mood and her staying-well plan, and write to each core "
                       "group with his view of whether she is keeping to the changes Posy needs and is likely "
                       "to keep them up",
                 "Liam Pike, perinatal community psychiatric nurse"],
                ["D6", "Keep seeing Ryan, with an oral fluid test at each session",
                 "Jordan Hale, recovery worker, Farthingdean Drug and Alcohol Service"],
                ["D7", "Posy's 6-8 week check and Chelsea's postnatal check, with a letter to Tom about anything "
                       "in Posy's care that worries him, at the 6-8 week check",
                 "Dr Peter Grant, GP, Farthingdean Health Centre"],
            ],
        }),
        ("boldp", "Evidence for this part (by step)"),
        ("pi", "D1 and D2: each weight in Posy's red book; Posy back to her birth weight by day 14 and then "
               "following her centile line; where she slept written in every visit note."),
        ("pi", "D3: Tom's visit records within 48 hours, with where Posy slept and who was in the flat."),
        ("pi", "D4: the night feed chart, signed by Denise each morning and read by Nadia and Tom at every "
               "visit."),
        ("pi", "D5: Liam's letter on Tom's file before each core group."),
        ("pi", "D6: test results e-mailed to Tom after every session, all clear of cannabis."),
        ("pi", "D7: the GP's letter on Tom's file within a week of the check."),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Chelsea shows her early warning signs (not sleeping, not eating, staying in bed, or talking "
            "about hurting herself), she, Ryan or Denise rings the perinatal team (or the crisis line out of "
            "hours) that day, and Liam or the crisis team sees her within 24 hours. Chelsea is not left alone "
            "with Posy until she has been seen: Ryan or Denise stays with them, and Tom holds a strategy "
            "discussion the same day if Chelsea has hurt herself.",
            "If an oral fluid test is positive for cannabis after 31/01/2026, or the flat smells of cannabis at "
            "any visit after Posy is born, Ryan goes to stay at Denise's house that day and Tom holds a "
            "strategy discussion with the police and health the same day.",
            "If Chelsea or Ryan try to take Posy off the ward before the discharge planning meeting has agreed "
            "it, the midwife in charge rings the police and Tom (or the Emergency Duty Team) straight away.",
            "If Denise cannot stay the 14 nights, or has to stop (she is ill, or it is not working), she or "
            "Chelsea rings Tom that day. Chelsea and Posy go to Chelsea's former foster carer, Margaret "
            "Oyelowo, 12 Heather Close (agreed by Margaret on 09/01/2026), for the rest of the 14 nights. If "
            "Margaret cannot have them either, Posy stays on the ward until the discharge planning meeting "
            "agrees another adult or, if Posy is already home, Ciara or Nadia visits every day until the core "
            "group agrees another helper.",
            "If Chelsea self-harms, if a test after 31/01/2026 is positive for cannabis, or if the assessments "
            "due on 19/02/2026 say Posy could not be cared for safely at home, Tom will ask Gail Roberts for a "
            "legal planning meeting within 5 working days, to decide whether to start pre-proceedings under "
            "the Public Law Outline before Posy is born.",
        ]),
        ("h1", "Core group and review conference"),
        ("bullets", [
            "Core group every four weeks at Farthingdean Health Centre, Tuesdays at 2pm: 27/01/2026, "
            "24/02/2026 and 24/03/2026, then within 10 working days of Posy's birth.",
            "Review child protection conference: Thursday 09/04/2026 at 10am, Farthingdean Civic Centre.",
        ]),
        ("p", "Plan sent to Chelsea, Ryan, Denise and every agency on 15/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Review conference plan in parts whose headings give the time, each part
#    followed by a "How we'll know" list keyed by step number; an "Also
#    agreed at the conference" part with no time and no checks. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b174_fellmarsh_rcpc_time_in_part_headings_keyed_checks_prendergast.md",
    "split": "tune",
    "actions": 16,
    "template": "rcpc-plan-md-bold-detail-lines-whos-who-bullets-why-still-a-plan-what-has-got-better-what-kacey-and-rio-say-three-houses-outcomes-then-plan-in-h3-parts-whose-headings-give-the-time-numbered-steps-each-part-closed-by-a-how-well-know-list-keyed-by-step-number-then-also-agreed-part-with-no-time-or-checks-then-if-things-go-wrong-meetings",
    "description": (
        "Review conference plan for a 9-year-old and a 4-year-old whose mother drinks most evenings "
        "and left them alone at night; their grandmother and uncle help. The plan is in parts whose "
        "headings give the time for every step in them ('Part 1 - Straight away: every step done by "
        "Friday 30/01/2026', 'Part 2 - Every week, from Monday 02/02/2026 until the review "
        "conference', 'Part 3 - By the second core group on Tuesday 03/03/2026'), each followed by a "
        "'How we'll know' list keyed by step number; a last part, 'Also agreed at the conference', "
        "has no time and no checks, so its steps stand on their own words. Faults: the mother going "
        "to the recovery group 'when she feels ready' (her own vague time over the weekly part); the "
        "family support worker's sessions checked by 'Leanne's engagement with the sessions'; the "
        "school nurse's health check left out of Part 3's check list, which names only steps 11 and "
        "12; 'The family network' keeping a sober adult at the house at weekends; the mother talking "
        "to her GP with no time or check anywhere; and the mother's drinking recorded with no adult "
        "service owning any step."
    ),
    "text": """\
# Fellmarsh City Council - Children's Services

## Child Protection Plan: Kacey Prendergast and Rio Tovey

**Review child protection conference:** Tuesday 20/01/2026, Fellmarsh Civic Centre
**Chair:** Angela Whitby, Independent Reviewing Officer
**Category:** Neglect (both children). First conference 21/10/2025.
**Next review conference:** Tuesday 14/07/2026

### Who's who

- **Kacey Prendergast**, 9 (born 11/05/2016), Year 5 at St Aidan's CE Primary School
- **Rio Tovey**, 4 (born 03/08/2021), Reception at St Aidan's
- **Leanne Prendergast** (Mum), 31, 22 Holme Terrace, Fellmarsh FM3 8JD. The children live with her.
- **Craig Tovey**, Rio's dad, lives in Ashby Lane and sees Rio every other Sunday
- **Nana Pat**: Pat Prendergast, Leanne's mum, 5 Ferry Row
- **Uncle Dean**: Dean Prendergast, Leanne's brother, 40 Canal Street
- **Sarah Hughes**, social worker, Family Safeguarding Team East (team manager: Ian Moss)
- **Mrs Joanna Kerr**, deputy head and DSL; **Mr Phil Ibbotson**, learning mentor; **Miss Grace Oduya**,
  Rio's teacher (all St Aidan's)
- **Bethany Cole**, family support worker, Fellmarsh Family Hub
- **Nisha Rahman**, school nurse, Fellmarsh 0-19 Service

### Why there is still a plan

Leanne drinks most evenings, usually wine, and more at weekends. On 04/10/2025 the police found Kacey
and Rio alone at 11pm while Leanne was at the pub two doors away. Since the first conference Leanne has
said she only drinks at weekends, but on 28/12/2025 Sarah found her asleep and smelling of drink at 4pm,
with Rio alone in the front room; Nana Pat came and stayed the night. Kacey does much of Rio's care:
she makes his breakfast, gets him dressed and bathes him when Leanne has been drinking. In the autumn
term Kacey's attendance was 87% and Rio's 84%. The children share a bed in a bedroom with black mould
on the outside wall. Leanne was referred to Fellmarsh Recovery, the city's drug and alcohol service, in
October 2025 but did not go to the assessment. She told the conference she has felt low since Craig
left.

### What has got better

- Nana Pat has had the children for tea on Tuesdays and Thursdays since November, and on those days
  they have gone to school fed and on time.
- Kacey says home is "calmer at the weekend when Nana stays".
- Uncle Dean took Kacey to football trials in December, and she got a place at Fellmarsh Juniors.
- Leanne came to every core group and told the conference: "I want them to have a mum who's there."

### What Kacey and Rio say

**Kacey** (seen on her own at school on 12/01/2026): "When Mum has her wine she goes to sleep on the
settee and I do Rio's bath." "I like it when Nana comes because she does proper tea." In her house of
worries she drew "Mum's bottles in the bin" and "Rio crying at night"; in her house of good things,
"football with Uncle Dean"; in her house of dreams, "Mum picks me up from school every day". She gave
home 4 out of 10.

**Rio** (at home on 14/01/2026, playing with his cars): "Kacey gets my cereal." He drew Mum "asleep".
Miss Oduya sees him come in hungry most Mondays and ask for toast.

### What we want for Kacey and Rio

1. Kacey and Rio are looked after every evening and night by an adult who is sober.
2. Kacey and Rio go to school every day, on time, fed and in clean clothes (95% attendance by the
   summer half term).
3. Kacey no longer has to look after Rio, and has time for football and her friends.
4. The children sleep in a dry bedroom, each in their own bed.

## What will happen

Each part below says in its heading when its steps happen; a step that gives its own time keeps to it.
Under each part, "How we'll know" gives the check for each step by its number.

### Part 1 - Straight away: every step done by Friday 30/01/2026

1. Sarah will see Kacey on her own at school and Rio at home, and go through the three houses with
   each of them again.
2. Leanne will ring Fellmarsh Recovery to book an assessment of her drinking, and tell Sarah the date
   she is given.
3. Mrs Kerr will set up a daily check-in for Kacey with Mr Ibbotson, and a Breakfast Club place for
   both children.
4. Sarah will write a safety plan with Leanne and Nana Pat: who looks after the children if Leanne has
   been drinking, with Nana Pat's number on the fridge.

**How we'll know (steps 1 to 4):**

- 1: Kacey's and Rio's three houses, and their words, on the children's files.
- 2: Leanne shows Sarah the text or letter from Fellmarsh Recovery with her assessment date.
- 3: the check-in timetable and the Breakfast Club list on Kacey's school file, copied to Sarah.
- 4: the safety plan, signed by Leanne and Nana Pat, on the file; Sarah sees the copy on the fridge at
  her next visit.

### Part 2 - Every week, from Monday 02/02/2026 until the review conference on 14/07/2026

5. Sarah will visit the children at home, one visit in three unannounced and one in the evening, and
   look at the food cupboards, the children's bed and whether Leanne has been drinking.
6. Mr Ibbotson will meet Kacey for her check-in every school day at 8.50am in the Nest, and ask her to
   score her evening at home.
7. Leanne will go to the Fellmarsh Recovery Steps group when she feels ready.
8. Bethany Cole will do a home session with Leanne on routines, meals and bedtimes, and what Kacey and
   Rio need at each time of day.
9. Nana Pat will have the children for tea on Tuesdays and Thursdays and stay until they are in bed.
10. Miss Oduya will write down each morning whether Rio arrives fed, in clean clothes and on time, and
    send the week's notes to Sarah on Fridays.

**How we'll know (steps 5 to 10):**

- 5: Sarah's visit records within 48 hours, with what each child said and what was in the cupboards.
- 6: Kacey's scores (0 to 10) in the check-in book, copied to Sarah each Friday; her score for evenings
  at home up from 4 to 7 by the review conference.
- 7: Leanne shows Sarah her attendance card, stamped at each group.
- 8: Leanne's engagement with the sessions.
- 9: Nana Pat texts Sarah each Thursday night; Mr Ibbotson writes in the check-in book where Kacey had
  her tea.
- 10: Miss Oduya's Friday notes: Rio fed, clean and on time on at least 4 mornings out of 5 by the
  February half term.

### Part 3 - By the second core group on Tuesday 03/03/2026

11. Sarah will ask Fellmarsh Homes to treat the mould in the children's bedroom, and will get Kacey a
    bed of her own from the Fellmarsh furniture scheme.
12. Leanne will take Rio to the dentist at Holme Road Dental Practice and to the optician for the eye
    test the school asked for.
13. Nisha Rahman will see Kacey at school for a health check: height, weight, sleep, and her worries
    about home.

**How we'll know (steps 11 and 12):**

- 11: Fellmarsh Homes' repair order with its date; Kacey's own bed seen by Sarah.
- 12: the dentist's and the optician's appointment cards, shown to Sarah.

### Also agreed at the conference

14. Uncle Dean will take Kacey to football training at Fellmarsh Juniors every Saturday morning and
    bring her home; the club's register shows her there.
15. The family network will make sure a sober adult stays at the house every Friday and Saturday night,
    and whoever stays signs the weekend sheet on the fridge, which Sarah reads at her Monday visit.
16. Leanne will talk to her GP about her drinking and her low mood.

### If things go wrong

- If Leanne is found drunk while she is the only adult with the children, or the children are found on
  their own, Sarah (or the Emergency Duty Team out of hours) takes the children to Nana Pat's that
  evening, and Sarah holds a strategy discussion with the police and the school the same day or, at
  night, by 10am the next morning.
- If Nana Pat or Uncle Dean cannot do their part (one of them is ill or away, or it is too much), Leanne
  or they ring Sarah that day. Sarah books both children into the Family Hub after-school club on Nana
  Pat's days. If no sober adult can stay at a weekend, the children stay with Leanne's cousin, Michelle
  Ward, at 9 Linden Avenue (agreed by Michelle on 16/01/2026), and if Michelle cannot have them, Sarah
  arranges a short foster placement for the two children together.
- If Kacey or Rio says that anyone has hurt them, or has a mark no one can explain, Mrs Kerr rings Sarah
  at once and Sarah holds a strategy discussion the same day.
- If Leanne is found drunk in charge of the children again, or has not started at Fellmarsh Recovery by
  the core group on 31/03/2026, Sarah will ask Ian Moss for a legal planning meeting within 10 working
  days, to decide whether to start the Public Law Outline.

### Meetings

- Core group every four weeks at St Aidan's, Tuesdays at 3.30pm: 03/02/2026, 03/03/2026, 31/03/2026,
  28/04/2026, 26/05/2026 and 23/06/2026.
- Review child protection conference: Tuesday 14/07/2026 at 10am, Fellmarsh Civic Centre.

Plan agreed at the review conference on 20/01/2026 and sent to Leanne, Craig, Nana Pat, Uncle Dean and
every agency on 22/01/2026.
""",
    "findings": [
        F("T002", "Leanne will go to the Fellmarsh Recovery Steps group"),
        F("M002", "Bethany Cole will do a home session with Leanne"),
        F("M001", "Nisha Rahman will see Kacey at school for a health check"),
        F("W002", "The family network will make sure a sober adult"),
        F("T001", "Leanne will talk to her GP about her drinking"),
        F("M001", "Leanne will talk to her GP about her drinking"),
        F("F004"),
    ],
})


# ---------------------------------------------------------------------------
# 3. ICPC plan: numbered step table with only a Lead column, then a "When
#    each step happens" table and a "How we will know" table, both keyed by
#    step number. Page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b174_foxmere_icpc_step_table_when_and_checks_keyed_tables_sowerby.pdf",
    "doc_title": "Child Protection Plan - Ellie and Noah Sowerby",
    "split": "tune",
    "actions": 14,
    "min_pages": 2,
    "header": "Foxmere Borough Council · Children's Services · Child Protection Plan",
    "footer": "Ellie and Noah Sowerby · Initial conference 14/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-plan-paged-header-footer-kv-details-why-going-well-ellie-and-noahs-days-outcomes-then-how-to-read-note-numbered-step-what-will-happen-lead-table-then-when-each-step-happens-table-keyed-by-step-number-then-how-we-will-know-table-keyed-by-step-number-then-contingency-core-group-review-and-legal-planning",
    "description": (
        "Initial conference plan for a 2-year-old and a 4-month-old after two incidents of domestic "
        "abuse by their father, who is on bail; their mother has postnatal depression. The plan is "
        "read across three tables: a numbered step table with only a Lead column, a 'When each step "
        "happens' table listing step numbers against each time, and a 'How we will know' table "
        "listing step numbers against each check. Most steps are well covered. Faults: supervised "
        "contact is checked by 'Reviewed at core group'; the perinatal psychologist's CBT only treats "
        "the mother (attendance letters, no view on her capacity to change); the GP's medication "
        "review is left out of the checks table; the police marker is timed 'Ongoing'; the family "
        "network meeting is left out of the timeline; and the contingency only says the social "
        "worker will discuss the case and the core group will review the plan."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Initial child protection conference held on Wednesday 14/01/2026 at Foxmere Town Hall. Chair: "
              "Martin Gale, Independent Reviewing Officer."),
        ("kv", [
            ("Children", "Ellie Sowerby, born 09/10/2023 (2 years 3 months); Noah Sowerby, born 12/09/2025 "
                         "(4 months)"),
            ("Address", "9 Larch Close, Foxmere FX2 7HN, with their mother"),
            ("Mother", "Kerry-Ann Sowerby (27): postnatal depression since October 2025"),
            ("Father", "Jason Sowerby (30): on police bail until 12/02/2026, not to go to 9 Larch Close or "
                       "contact Kerry-Ann; staying with his mother in Foxmere"),
            ("Category", "Emotional abuse (both children)"),
            ("Social worker", "Sam Whitaker, Foxmere Children's Safeguarding Team (team manager: Rachel "
                              "Booth)"),
            ("Health visitor", "Becky Lowe, Foxmere 0-19 Service"),
            ("IDVA", "Nadine Barr, Foxmere Domestic Abuse Service"),
            ("Perinatal mental health", "Dr Fiona Lam, clinical psychologist, Foxmere Perinatal Mental "
                                        "Health Team"),
            ("GP", "Dr Imran Hassan, Foxmere Road Surgery"),
        ]),
        ("h1", "Why Ellie and Noah need a plan"),
        ("p", "On 26/11/2025 Jason pushed Kerry-Ann against a door frame while she was holding Noah, during an "
              "argument about money; Ellie was in the room. On 19/12/2025 a neighbour rang the police after "
              "hearing shouting and a crash; officers found a broken television and Kerry-Ann with a cut to "
              "her hand, and Ellie hiding behind the sofa. Jason was arrested and released on bail. Kerry-Ann "
              "says there were earlier incidents she did not report."),
        ("p", "Kerry-Ann was diagnosed with postnatal depression by her GP in October 2025 and referred to "
              "the perinatal team in December. She says she cries most days and finds it hard to get out of "
              "bed in the morning. Becky has seen Noah left in his bouncer for long periods, and Ellie's "
              "speech is behind for her age."),
        ("h1", "What is going well"),
        ("bullets", [
            "Kerry-Ann rang the police herself in the early hours of 20/12/2025 when Jason came back to the "
            "house, and he left.",
            "Noah is feeding well and gaining weight along the 50th centile.",
            "Kerry-Ann's mother and two sisters live in Foxmere and want to help.",
            "Jason told the conference he wants to go on a programme 'to sort myself out for the kids'.",
        ]),
        ("h1", "Ellie's and Noah's days"),
        ("p", "Ellie is a bright, busy two-year-old who loves the slide at Larch Close park and says about 20 "
              "words. Since December she wakes most nights and goes to her mum's bed. When Sam raised her "
              "voice to call to Kerry-Ann in the kitchen on 08/01/2026, Ellie ran behind the sofa and put "
              "her hands over her ears. At contact she runs to her dad and says 'Daddy, no shout'."),
        ("p", "Noah is a smiley baby who settles well in his mum's arms. On the two mornings Becky visited, "
              "he had been in his bouncer since breakfast, with the television on, while Kerry-Ann lay on the "
              "sofa; he turned to Becky's voice and smiled when she picked him up."),
        ("h1", "What we want for Ellie and Noah"),
        ("numbers", [
            "Ellie and Noah live in a home where no one is hurt, shouted at or frightened.",
            "Ellie and Noah are cared for each day by a mum who is well enough to get up with them, play "
            "with them and keep their routines.",
            "Ellie's speech and play catch up with other two-year-olds, and she is at nursery three days a "
            "week.",
            "Ellie and Noah see their dad safely, and only when he has shown he can keep his temper around "
            "them.",
        ]),
        ("h1", "The plan"),
        ("p", "Read the three tables together. Table 1 says what each step is and who leads it. Table 2 says "
              "when each step happens, and table 3 says how we will know, both by the step numbers in table "
              "1."),
        ("h2", "Table 1: The steps"),
        ("table", {
            "header": ["No.", "What will happen", "Lead"],
            "widths": [1.2, 10.3, 5.5],
            "rows": [
                ["1", "Visit Ellie and Noah at home, one visit in three unannounced; see Noah awake, watch "
                      "Ellie play, and talk to Kerry-Ann on her own",
                 "Sam Whitaker, social worker"],
                ["2", "Parenting assessment with Kerry-Ann, and a separate assessment with Jason, including "
                      "what Ellie has seen and heard",
                 "Sam Whitaker, social worker"],
                ["3", "DASH risk assessment with Kerry-Ann and, if the risk is high, a referral to MARAC",
                 "Nadine Barr, IDVA, Foxmere Domestic Abuse Service"],
                ["4", "One-to-one sessions with Kerry-Ann on her safety plan and on how domestic abuse affects "
                      "Ellie and Noah",
                 "Nadine Barr, IDVA, Foxmere Domestic Abuse Service"],
                ["5", "Home visits: weigh Noah, check Ellie's development (ASQ-3 at the first visit) and see "
                      "where both children sleep",
                 "Becky Lowe, health visitor"],
                ["6", "Assessment for the Foxmere Change Project (domestic abuse perpetrator programme) and, if "
                      "accepted, every weekly group session",
                 "Jason Sowerby"],
                ["7", "Supervised contact for Jason with Ellie and Noah at Foxmere Family Centre, two hours "
                      "each time",
                 "Jo Pratt, contact supervisor, Foxmere Family Centre"],
                ["8", "Cognitive behavioural therapy sessions with Kerry-Ann for her postnatal depression",
                 "Dr Fiona Lam, clinical psychologist, Foxmere Perinatal Mental Health Team"],
                ["9", "Apply for a funded two-year-old place for Ellie at Little Acorns Nursery, three days a "
                      "week",
                 "Sam Whitaker, social worker"],
                ["10", "Take Ellie to nursery on each of her three days and collect her at 3pm",
                 "Kerry-Ann Sowerby"],
                ["11", "Review Kerry-Ann's antidepressant medication at a double appointment",
                 "Dr Imran Hassan, GP, Foxmere Road Surgery"],
                ["12", "Keep the domestic abuse marker on 9 Larch Close and check that Jason keeps to his bail "
                       "conditions",
                 "DS Mark Ellery, Foxmere Police Domestic Abuse Safeguarding Unit"],
                ["13", "Family network meeting with Kerry-Ann's mother and sisters, to plan who can help with "
                       "the children and how",
                 "Sam Whitaker, social worker"],
                ["14", "Baby massage and play group with Noah at Foxmere Family Hub",
                 "Kerry-Ann Sowerby"],
            ],
        }),
        ("h2", "Table 2: When each step happens"),
        ("table", {
            "header": ["When", "Steps"],
            "widths": [12.0, 5.0],
            "rows": [
                ["This week: by Friday 16/01/2026", "3"],
                ["Every week, from Monday 19/01/2026 until the review conference on 08/04/2026", "1, 4, 6 and 8"],
                ["Twice a week (Tuesday and Saturday mornings), from 20/01/2026 until the review conference",
                 "7"],
                ["Every two weeks, from Monday 19/01/2026 until the review conference", "5"],
                ["By Friday 27/02/2026", "2, 9 and 11"],
                ["Thursdays, 22/01/2026 to 26/02/2026 (six sessions)", "14"],
                ["Every Monday, Wednesday and Friday from the day Ellie's nursery place starts (the nursery "
                 "will tell Sam the date)", "10"],
                ["Ongoing", "12"],
            ],
        }),
        ("h2", "Table 3: How we will know"),
        ("table", {
            "header": ["Steps", "What we will see, count or read"],
            "widths": [2.6, 14.4],
            "rows": [
                ["1", "Sam's visit records on the file within 2 working days, saying what each child was doing "
                      "and what Kerry-Ann said when seen on her own"],
                ["2", "Both assessment reports, each with a recommendation, on Sam's file by 27/02/2026 and "
                      "shared with the core group on 03/03/2026"],
                ["3 and 4", "The DASH score and, if made, the MARAC referral on Sam's file; Nadine's session "
                            "notes and Kerry-Ann's written safety plan sent to Sam every month"],
                ["5", "Noah's weights in the red book, on or above his centile line; Ellie's ASQ-3 scores "
                      "shared with Sam"],
                ["6", "The programme's assessment letter, then its attendance register, sent to Sam every "
                      "month"],
                ["7", "Reviewed at core group"],
                ["8", "An attendance letter from the perinatal team to Sam at the end of each month"],
                ["9 and 10", "The nursery's offer letter on Sam's file; the nursery register sent to Sam each "
                             "Friday, with Ellie in on 3 days out of 3"],
                ["12", "The police confirm the marker to Sam in writing; any call-out to 9 Larch Close is shared "
                       "with Sam the next working day"],
                ["13", "Meeting notes with the name of each relative who will help, and what each will do"],
                ["14", "The Family Hub register, sent to Sam after the sixth session"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If the plan is not followed, or there are further worries about Ellie and Noah, Sam will "
              "discuss the case with her team manager, and the core group will meet to review the plan and "
              "consider what else is needed."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at Foxmere Family Hub, Tuesdays at 10am: 27/01/2026, 03/03/2026 and "
            "31/03/2026.",
            "Review child protection conference: Wednesday 08/04/2026 at 1.30pm, Foxmere Town Hall.",
            "Legal planning: if the review conference finds that Ellie and Noah are not safe enough at home "
            "because not enough has changed, Rachel Booth will hold a legal planning meeting within 10 working "
            "days of it.",
        ]),
        ("p", "Plan sent to Kerry-Ann, Jason and every agency on 16/01/2026."),
    ],
    "findings": [
        F("M002", "Supervised contact for Jason with Ellie and Noah at Foxmere"),
        F("H001", "Cognitive behavioural therapy sessions with Kerry-Ann for her postnatal depression"),
        F("M001", "Review Kerry-Ann's antidepressant medication at a double appointment"),
        F("T002", "Keep the domestic abuse marker on 9 Larch Close"),
        F("T001", "Family network meeting with Kerry-Ann's mother and sisters"),
        F("C002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. First core group record, typed as plain text: numbered minutes, an
#    opening line giving the time of items 6.1 to 6.9, an evidence list for
#    those items, then further actions agreed at the end. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b174_frayhurst_core_group_opening_time_line_evidence_list_quigley.txt",
    "split": "tune",
    "actions": 13,
    "template": "core-group-1-record-txt-caps-title-dot-leader-details-present-list-of-initials-numbered-minutes-move-to-another-authority-why-tyler-and-avas-words-going-well-outcomes-then-plan-section-opening-line-timing-items-6-1-to-6-9-initials-first-items-then-6a-evidence-list-by-item-then-6b-further-actions-agreed-at-the-end-each-on-its-own-then-if-things-go-wrong-next-meetings",
    "description": (
        "First core group record for a 6-year-old and a 20-month-old living with neglect: the "
        "younger child's weight has fallen from the 50th to the 9th centile, the older child is often "
        "late and hungry, and the younger child's father drinks heavily; the grandparents help, and "
        "the family is moving to another authority at the end of February. The plan section opens "
        "with one line giving the time of items 6.1 to 6.9 (every week until the transfer-in "
        "conference unless an item gives its own), then 6A gives the evidence for each of those items "
        "by number, and 6B lists further actions agreed at the end of the meeting, which no opening "
        "line or evidence list covers. Faults: the family support worker's sessions are checked by "
        "'To be discussed at the next core group'; the parenting group referral is handed to the new "
        "authority to make after the transfer; a paediatric referral is 'asap'; a dentist and eye "
        "test have no time or check; 'FAMILY' is to stay on the night of the move; and the "
        "contingency says nothing about the grandparents' help failing."
    ),
    "text": """\
FRAYHURST COUNCIL - CHILDREN'S SOCIAL CARE
CORE GROUP MEETING 1: RECORD AND CHILD PROTECTION PLAN
======================================================

Children ......... Tyler Quigley, born 14/09/2019 (6), Year 1, Frayhurst Moor Primary School
                   Ava Quigley, born 02/05/2024 (20 months)
Address .......... 41 Linnet Way, Frayhurst FH2 6TW (until 27/02/2026)
Mother ........... Stacey Quigley (26)
Ava's father ..... Connor Lyons (29), 3 Brook Street, Frayhurst; sees Ava at the house
Tyler's father ... Not involved; whereabouts not known
Category ......... Neglect (both children)
ICPC ............. Thursday 08/01/2026
This meeting ..... Thursday 22/01/2026, 1pm, Frayhurst Family Hub
Chair ............ Kirsty Bowden, social worker

PRESENT (initials used in this record)
  KB   Kirsty Bowden, social worker, Frayhurst Safeguarding Team 2 (team manager: Neil Ashton)
  SQ   Stacey Quigley, mother
  CL   Connor Lyons, Ava's father
  RQ   Roy Quigley, maternal grandfather
  SHQ  Sheila Quigley, maternal grandmother
  JF   Joanne Fry, health visitor, Frayhurst 0-19 Service
  MO   Marcus Obi, family support worker, Frayhurst Family Hub
  TS   Tina Shah, deputy head and DSL, Frayhurst Moor Primary School
  DN   Dee Nolan, alcohol worker, Brookside (Frayhurst Alcohol Service)
APOLOGIES
  Dr Ruth Keane, GP, Linnet Way Surgery (report sent)


1. THE MOVE TO HOLLINSFORD

Stacey has accepted a two-bedroom housing association house at 12 Wren Close, Hollinsford HS4 1PB,
in Hollinsford Metropolitan Council's area. She gets the keys on 20/02/2026 and will move on Friday
27/02/2026. KB has told Hollinsford Children's Services, who have booked the transfer-in conference
for Thursday 19/03/2026. Frayhurst stays responsible for the plan, and KB keeps visiting, until that
conference.


2. WHY THERE IS A PLAN (FROM THE ICPC)

- Ava has dropped from the 50th centile in August 2025 to just above the 9th. JF has seen her bottle
  propped in her cot and no solid food in the house on two visits.
- Tyler's attendance was 82% in the autumn term, with 19 late marks. He often comes in hungry, in the
  same clothes, and had head lice for most of December.
- Connor drinks 10 to 12 cans of lager a day. The police were called to Linnet Way twice in November
  when he was drunk and shouting; on 14/11/2025 he fell asleep on the sofa with Ava on his chest.
- Stacey says she is "always tired" and has no routine since Ava was born. There is often no gas on
  the meter.


3. WHAT TYLER SAYS, AND AVA'S DAY

KB saw Tyler on his own at school on 19/01/2026. He said: "Connor shouts when he has his cans."
"I have crisps for breakfast." "Grandad takes me to school and we're never late with Grandad." He
wants "my own bed at the new house, with a dinosaur cover". He drew his family and put Nana and
Grandad next to him.

Ava (seen by JF at home on 15/01/2026 and by KB on 20/01/2026) is a quiet baby who watches the adults
closely. She wolfed a banana and a yoghurt when JF offered them, and cried when the food ran out. She
lifts her arms to Nana Sheila and babbles to her. At home she spends a lot of the day in her cot or
her buggy.


4. WHAT IS GOING WELL

- Roy takes Tyler to school three mornings a week, and Tyler has not been late on those days.
- Sheila has offered to have Ava two mornings a week.
- Connor came to this meeting sober and agreed to see DN.
- Stacey is looking forward to the new house and has started a food diary for Ava.


5. WHAT WE WANT FOR TYLER AND AVA

a) Ava eats three meals and two snacks a day and is back on the 25th centile by the transfer-in
   conference.
b) Tyler is in school every day, on time and fed (95% attendance by the February half term).
c) Neither child is ever cared for by an adult who has been drinking.
d) Both children have a bed of their own, a warm house and a daily routine in their new home.


6. THE PLAN

Items 6.1 to 6.9 start on Monday 26/01/2026 and happen every week until Hollinsford's transfer-in
conference on 19/03/2026 (or, if the move does not happen, until the review conference in Frayhurst
on 02/04/2026), unless the item gives its own time. What we will look at for each of these items is
in 6A.

6.1  KB - home visit, one in three unannounced: see Ava awake and Tyler on his own, look at the food
     in the house and where each child sleeps.
6.2  JF - weigh Ava at home and plot her weight on her centile chart; watch a meal or a feed.
6.3  SQ - give Ava three meals and two snacks every day, sitting in her highchair, and write them in
     the food diary JF gave her.
6.4  MO - home session with Stacey on meal times, a morning routine for school days and the weekly
     shop on a budget.
6.5  DN - key work with Connor at Brookside, with a breath test at every session, and a letter each
     month on whether his drinking has changed and whether the change is lasting.
6.6  CL - go to every key work session with DN (Tuesdays at 10am), and see Ava at the house only when
     he is sober.
6.7  RQ - take Tyler to school for 8.45am on Monday, Wednesday and Friday mornings.
6.8  TS - send KB Tyler's attendance and late marks for the week every Friday, with anything Tyler
     said or showed that worried staff.
6.9  SHQ - have Ava on Tuesday and Thursday mornings, 9am to 1pm, so that Stacey can go to the Family
     Hub's Cook and Eat course.

6A  EVIDENCE FOR ITEMS 6.1 TO 6.9

6.1  KB's visit records on the file within 2 working days, saying what was in the fridge and where
     each child slept.
6.2  Ava's weights plotted on the centile chart in her red book; Ava back on the 25th centile by the
     transfer-in conference.
6.3  The food diary, read by JF at her weekly visit.
6.4  To be discussed at the next core group.
6.5  Breath test results and DN's monthly letter on KB's file.
6.6  The Brookside attendance list in DN's monthly letter; KB's and JF's visit notes say whether Connor
     was there and whether he was sober.
6.7  and 6.8  TS's Friday e-mail: Tyler in school and on time on RQ's days, and his attendance at 95% or
     more by the February half term.
6.9  The Cook and Eat register, and SHQ's text to KB each Thursday afternoon.

6B  FURTHER ACTIONS AGREED AT THE END OF THE MEETING

6.10 KB - give Hollinsford Children's Services the referral for the Incredible Years parenting group,
     for them to make within 4 weeks of the transfer-in conference; Hollinsford to send KB a copy of
     the referral letter.
6.11 JF - refer Ava to the community paediatrician about her weight asap; the paediatric appointment
     letter to go on Ava's health record.
6.12 SQ - take Ava to the dentist for her first check-up and get Tyler's eyes tested.
6.13 FAMILY - someone to stay with Stacey on the night of the move (Friday 27/02/2026) and put the
     children's beds up first; KB to see both beds up at her visit on Monday 02/03/2026.


7. IF THINGS GO WRONG

- If Ava's weight drops below the 9th centile line at any weigh, JF tells KB the same day and Ava is
  seen by the GP within 48 hours.
- If Connor comes to the house after drinking, Stacey tells him to leave and rings 999 if he will not;
  KB holds a strategy discussion with the police the same day, and Connor sees Ava only at the Family
  Hub, supervised by MO, until the core group agrees otherwise.
- If Tyler is not in school by 9.30am and Stacey does not answer TS's call, KB or the duty social
  worker visits that morning and sees both children.
- If Ava has not started to put on weight by the transfer-in conference, or Connor comes to the house
  drunk again, KB will ask Neil Ashton for a legal planning meeting within 5 working days, and will
  tell Hollinsford the outcome before their conference.


8. NEXT MEETINGS

- Core group 2: Thursday 19/02/2026, 1pm, Frayhurst Family Hub. After the move, core groups every four
  weeks in Hollinsford, on dates set at the transfer-in conference.
- Transfer-in child protection conference (Hollinsford): Thursday 19/03/2026, 10am, Hollinsford Civic
  Centre.
- If the move does not happen: review child protection conference in Frayhurst, Thursday 02/04/2026,
  10am.

Record typed by Frayhurst Business Support, 23/01/2026. Copies to everyone present and to the GP.
""",
    "findings": [
        F("M002", "home session with Stacey on meal times, a morning routine"),
        F("X001", "give Hollinsford Children's Services the referral for the Incredible Years"),
        F("T002", "refer Ava to the community paediatrician about her weight asap"),
        F("T001", "take Ava to the dentist for her first check-up"),
        F("M001", "take Ava to the dentist for her first check-up"),
        F("W002", "someone to stay with Stacey on the night of the move"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 5. ICPC plan led by outcomes: each outcome has its own "By when" and
#    "We'll know because" lines, shared by the bullets under it unless a
#    bullet gives its own. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b174_fyrsdale_icpc_outcome_by_when_and_well_know_lines_harker.md",
    "split": "tune",
    "actions": 17,
    "template": "icpc-plan-md-details-table-why-going-well-what-jacob-says-and-lexis-days-then-plan-led-by-five-outcome-h3-headings-each-with-bold-by-when-and-well-know-because-lines-shared-by-the-owner-first-bullets-under-it-unless-a-bullet-gives-its-own-then-if-things-go-wrong-core-group-review",
    "description": (
        "Exemplary initial conference plan for an 8-year-old and a 3-year-old whose father, an army "
        "veteran with post-traumatic stress disorder, threw a mug that smashed beside the younger "
        "child; he has moved to his sister's and sees the children there on Saturdays. The plan is "
        "led by five outcomes for the children. Each outcome has its own 'By when' line and 'We'll "
        "know because' line, which are the time and the check for every bullet under it unless the "
        "bullet gives its own ('every week, from Monday 26/01/2026 until the review conference', "
        "'at every nursery session', 'every Saturday', Jacob's own scores in his check-in book, "
        "Little Owls' register and Lexi's diary, the contact book); several bullets carry their own "
        "time or check tied to the children's lives. The psychiatrist and CPN report on the father's "
        "capacity to change and how long it will take, the aunt's supervision has a fallback, legal "
        "planning follows named triggers, and core group and review dates are set."
    ),
    "text": """\
# Fyrsdale Council Children's Services

## Child Protection Plan: Jacob and Lexi Harker

Initial child protection conference: Thursday 15/01/2026, Fyrsdale Civic Offices.
Chair: Noreen Baxter, Independent Reviewing Officer. Category: emotional abuse (both children).

| About the family | |
|---|---|
| Jacob Harker | 8 (born 21/06/2017), Year 4, Fyrsdale Church Primary School |
| Lexi Harker | 3 (born 30/09/2022), Little Owls Nursery, Monday to Thursday mornings |
| Jodie Harker (Mum) | 35, 17 Gorse Lane, Fyrsdale FY7 2NE; the children live with her |
| Matt Harker (Dad) | 38, living with his sister Kim Harker at 8 Quarry Rise, Fyrsdale, since 02/12/2025 |
| Anne Foster | Jodie's mum, 3 Birch Road, Fyrsdale |
| Social worker | Ruth Adebayo, Safeguarding and Family Support Team (team manager: Colin Ward) |
| Dad's mental health team | Dr Owen Price, consultant psychiatrist, and Gemma Lyle, community psychiatric nurse, Fyrsdale Community Mental Health Team (veterans' pathway) |
| School | Mrs Ellen Day, learning mentor, Fyrsdale Church Primary School |
| Nursery | Katie Rowe, Lexi's key person, Little Owls Nursery |
| Health | Claire Tan, health visitor; Hannah Moss, mental health practitioner, Fyrsdale CAMHS |
| Police | DS Carla Nunn, Fyrsdale Police Domestic Abuse Unit |

### Why there is a plan

Matt served twelve years in the army and left in 2022. The CMHT diagnosed post-traumatic stress
disorder in March 2025. He has nightmares and flashbacks, and when something sets him off he shouts,
punches walls and throws things. He stopped his medication in the autumn and missed three appointments
with the CMHT. On 29/11/2025, during an argument with Jodie, he threw a mug that smashed on the wall
beside Lexi's head. Jacob rang 999. The police came; Jodie did not want to make a statement. Matt
agreed to move to Kim's, and has stayed away from Gorse Lane since.

Since then Jacob has wet the bed most nights and wakes with nightmares. Lexi flinches at raised
voices, and has started hitting other children at nursery when it is noisy.

### What is going well

- Matt moved out when asked, has kept away from Gorse Lane, and restarted his medication in December.
- Matt has seen Gemma twice since 10/12/2025 and says he wants help "so the kids aren't scared of me".
- Kim has supervised Saturday visits since 06/12/2025. She says the children "light up" when they see
  their dad, and that Matt has been calm.
- Jacob trusts Mrs Day and goes to her when he is upset.
- Jodie has kept to the safety plan agreed on 01/12/2025.

### What Jacob says, and Lexi's days

**Jacob** (with Ruth at school, 09/01/2026): "When Dad gets the shakes he shouts and throws stuff. It's
not his fault, it's from the army." "I rang the police because Mum was screaming and Lexi was crying."
"I want Dad to come home, but only when he's better." He drew his worry as a storm cloud over the
kitchen, and gave home 5 out of 10 now and 3 before Dad moved out. He likes Saturdays at Aunty Kim's:
"we play Uno and Dad does pancakes."

**Lexi** (seen at nursery by Katie and at home by Ruth): Lexi runs to Katie at the nursery door and
settles with her rabbit. In the home corner she shouts "Stop it!" at the dolls and puts them to bed.
At home on 12/01/2026 she sat on Jodie's knee the whole visit and covered her ears when a door banged.

## What we want for Jacob and Lexi, and how we will get there

Each outcome below has its own **By when** and **We'll know because** lines. They are the time and the
check for every step under that outcome, unless a step gives its own time or check.

### Outcome 1: Jacob and Lexi are safe at home and never again see or hear Dad's anger

**By when:** every week, from Monday 26/01/2026 until the review conference on 09/04/2026.
**We'll know because:** Ruth writes in her visit records what Jacob and Lexi say about home and about
Dad, and what she sees; the safety plan sheet on the fridge is signed by Jodie and Ruth at each visit;
there are no police call-outs to 17 Gorse Lane or 8 Quarry Rise.

- Ruth will visit Jodie, Jacob and Lexi at home, seeing Jacob on his own at every other visit.
- Jodie will keep to the safety plan every day: Matt does not come to Gorse Lane, and if he does she
  does not let him in and rings 999.
- Matt will go to the Fyrsdale Turning Point group for men who have been abusive to a partner, on
  Tuesday evenings; the group's register and a mid-point report by 10/03/2026 go to Ruth.
- DS Carla Nunn will keep the warning markers on both addresses and tell Ruth of any call-out by 9am
  on the next working day.

### Outcome 2: Jacob and Lexi are cared for by adults who understand Dad's PTSD and know what to do when he is getting unwell

**By when:** every two weeks, from 26/01/2026 until the review conference, unless a step gives its own
time.
**We'll know because:** Dr Price's report and Gemma's letters are on Ruth's file before each core group,
and say what Matt has changed and what the children have seen of it.

- Dr Owen Price will assess Matt and write a report on his PTSD, how it affects his care of Jacob and
  Lexi, whether he can make the changes they need, and how long that is likely to take, by 27/02/2026.
- Gemma Lyle will see Matt for trauma-focused therapy, and write to each core group with her view of
  whether he is making and keeping the changes the children need.
- Ruth and Gemma will write a warning signs plan with Matt, Jodie and Kim by 13/02/2026: what Matt is
  like when he is getting unwell, and what each adult does then. The plan, signed by all three, goes on
  Ruth's file, and a copy is kept at Kim's.

### Outcome 3: Jacob sleeps well, is happy at school and can talk about what happened

**By when:** every school week, from 26/01/2026 to the start of the Easter holidays (27/03/2026), unless
a step gives its own time.
**We'll know because:** Jacob's own scores (0 to 10) for "how I slept" and "how I feel", written by Mrs
Day in his check-in book, go up from 3 and 4 now to at least 6 by Easter; Ruth reads the book every two
weeks.

- Mrs Day will check in with Jacob every school day at 8.50am, and again at lunchtime on Mondays after
  his weekend.
- Hannah Moss will see Jacob for six sessions about his nightmares and the night of 29/11/2025, and
  write to Ruth and his GP after the sixth.
- Ruth will do four words and pictures sessions with Jacob, one a week from 02/02/2026, so that he
  knows why Dad moved out and that it was not his fault; his storm cloud book goes on his file.
- Jodie will keep the bedtime routine she and Jacob agreed (bath, story, landing light on) every night,
  and write any wet or bad night in the sleep diary that Ruth reads at her visits.

### Outcome 4: Lexi is at nursery, fed, settled and seen

**By when:** at every nursery session (Monday to Thursday mornings), from 26/01/2026 until the review
conference, unless a step gives its own time.
**We'll know because:** Little Owls' register and Lexi's daily diary, which Ruth reads at every visit,
show Lexi at 4 sessions out of 4 each week, in by 9am, and how she ate, played and settled.

- Jodie will take Lexi to Little Owls for 9am and collect her at 12.
- Katie Rowe will write in Lexi's diary how she ate, played and settled, and tell the nursery's DSL and
  Ruth the same day if Lexi says or shows anything worrying.
- Claire Tan will do Lexi's 3-year development review, with the ASQ-3 and ASQ:SE-2, by 27/02/2026, and
  share the scores with Ruth and the nursery.

### Outcome 5: Jacob and Lexi keep seeing their dad, safely

**By when:** every Saturday, from 31/01/2026 until the review conference, unless a step gives its own
time.
**We'll know because:** Kim signs the contact book after each visit (who came, for how long, how it
went), and Ruth reads it every two weeks; Jacob tells Ruth at her visits how Saturdays are.

- Kim will supervise Matt's time with Jacob and Lexi at 8 Quarry Rise, 10am to 1pm, and stay in the
  room the whole time.
- Matt will text Kim by 9am on the Saturday if he is having a bad day, and the visit then moves to the
  Sunday.
- Ruth will watch one Saturday visit at Kim's by 28/02/2026 and write up what she sees of Matt with each
  child.

### If things go wrong

- If Matt comes to Gorse Lane, or shouts at, threatens or hurts Jodie or the children: Jodie rings 999
  and the police attend; Ruth holds a strategy discussion with the police the same day; Saturday visits
  stop until it has met; and Ruth asks Colin Ward for a legal planning meeting within 5 working days.
- If Matt stops his medication, misses two appointments with Gemma in a row, or Kim sees the warning
  signs on a Saturday: Kim ends the visit and takes the children home to Jodie; Gemma sees Matt within
  2 working days; and visits move to Fyrsdale Family Centre, supervised by centre staff, until Gemma and
  Ruth agree they can go back to Kim's.
- If Kim cannot supervise (she is ill or away, or it is too much for her), she or Matt tells Ruth by the
  Friday. That week's visit is at Fyrsdale Family Centre, 10am to 12, supervised by centre staff (Ruth
  books it; the centre has agreed to cover Saturdays), and Matt does not see the children anywhere else.
- If Jodie lets Matt into the house, Ruth holds a strategy discussion the same day, and the children go
  to stay with their grandmother, Anne Foster, at 3 Birch Road (agreed by Anne on 14/01/2026) until it
  has decided what happens next. If Anne cannot have them, Ruth arranges a foster placement for the two
  children together that day.
- If Dr Price's report says Matt cannot make the changes the children need in a time that is right for
  them, Ruth will ask for a legal planning meeting before the review conference.

### Core group and review

- Core group every four weeks at Fyrsdale Church Primary School, Tuesdays at 9.30am: 27/01/2026,
  24/02/2026 and 24/03/2026.
- Review child protection conference: Thursday 09/04/2026 at 2pm, Fyrsdale Civic Offices.

Plan sent to Jodie, Matt, Kim and every agency on 19/01/2026.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. RCPC plan, landscape Word table whose action column header says
#    "(weekly unless stated)", theme banner rows, and "How we'll know"
#    cells merged down beside several rows. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b174_fallowby_rcpc_weekly_unless_stated_header_merged_checks_kerrigan.docx",
    "doc_title": "Child Protection Plan - Poppy and Mason Kerrigan",
    "split": "tune",
    "actions": 14,
    "landscape": True,
    "check_vmerge": 3,
    "template": "rcpc-plan-docx-landscape-kv-details-why-still-a-plan-what-has-changed-what-poppy-and-mason-say-numbered-outcomes-then-note-above-table-then-what-will-happen-weekly-unless-stated-header-who-how-well-know-table-theme-banner-rows-how-well-know-cells-merged-down-beside-several-rows-then-if-things-go-wrong-meetings",
    "description": (
        "Review conference plan for a 13-year-old and a 10-year-old whose mother drinks and has "
        "depression; their nan stays at weekends and their uncle has them on Wednesdays. The plan is "
        "one landscape table whose action column is headed 'What will happen (weekly unless stated)', "
        "with a note above saying every step happens every week until the next review conference "
        "unless it gives its own time, theme banner rows, and 'How we'll know' cells merged down "
        "beside two or three rows, each the check for every row beside it. Faults: 'All "
        "professionals' sharing worries; a young carers assessment 'as and when needed' (its own "
        "vague time over the weekly header); the CPN's visits only supporting the mother; a "
        "'Reviewed at core group' check merged beside the CPN's and the family support worker's rows; "
        "an outcome about the mother only; and the next review conference 'date to be confirmed'."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Fallowby District Council Children's Services. Review child protection conference held on "
              "Tuesday 03/02/2026 at Fallowby Town Hall. Chair: Helen Voss, Independent Reviewing Officer."),
        ("kv", [
            ("Children", "Poppy Kerrigan, born 19/03/2012 (13), Year 9, Fallowby High School; Mason Kerrigan, "
                         "born 07/10/2015 (10), Year 5, Fallowby Road Primary School"),
            ("Address", "27 Maltings Walk, Fallowby FB5 3QA"),
            ("Mother", "Danielle Kerrigan (38): alcohol misuse; depression, under Fallowby Community Mental "
                       "Health Team since 2024"),
            ("Father", "Shaun Kerrigan, lives in Spain; phones the children on Sundays"),
            ("Nan", "Brenda Shaw (Danielle's mum), 4 Orchard Way, Fallowby"),
            ("Uncle", "Gary Shaw (Danielle's brother), 11 Cooper Street, Fallowby"),
            ("Category", "Neglect (both children). Initial conference 07/10/2025."),
            ("Social worker", "Lewis Grant, Fallowby Children's Safeguarding Team (team manager: Anita Rose)"),
        ]),
        ("h1", "Why there is still a plan"),
        ("p", "Danielle drinks most days, vodka in the evenings, and has depression. In the four months of the "
              "plan she has cut down but not stopped: Lewis found her drunk on two evening visits (14/11/2025 "
              "and 09/01/2026), and on 09/01/2026 Mason was alone with her while Poppy was out looking for "
              "food money. Poppy does most of the shopping and cooking, gets Mason up for school and has sat up "
              "with her mum on nights when Danielle said she did not want to be here. Poppy's attendance this "
              "year is 86% and Mason's 89%."),
        ("h1", "What has changed since October"),
        ("bullets", [
            "Danielle is seeing Sam at Fallowby Recovery every week and has had clear breath tests at 9 of her "
            "12 sessions.",
            "Brenda has stayed at the house every Friday and Saturday night since November.",
            "Gary has had the children for tea and homework on Wednesdays since December, and Mason's "
            "homework is now handed in.",
            "Mason's teacher says he is calmer and is making friends.",
        ]),
        ("h1", "What Poppy and Mason say"),
        ("p", "Poppy (seen on her own at school on 27/01/2026): 'I don't mind doing stuff, I just want Mum to "
              "be OK.' 'The worst bit is when she cries at night and I have to sit with her.' 'I miss "
              "dance.' She would like someone to talk to 'who isn't going to tell Mum everything'."),
        ("p", "Mason (at home on 29/01/2026, with his worry monster): he fed the monster three worries: "
              "'Mum's drink', 'Poppy being sad' and 'no tea'. He said: 'Nan's nights are the best. And "
              "Wednesdays at Uncle Gary's.' He gave home 6 out of 10, up from 3 in October."),
        ("h1", "What we want"),
        ("numbers", [
            "Poppy and Mason are looked after every evening and night by a sober adult, and are never left on "
            "their own with Mum when she has been drinking.",
            "Poppy and Mason go to school every day, on time (95% attendance by the May half term).",
            "Poppy no longer carries the worry and care of Mum and Mason, and has time for her friends and "
            "her dance class.",
            "Danielle will stop drinking and her mood will improve.",
        ]),
        ("h1", "The plan"),
        ("p", "Every step in this table happens every week, starting on Monday 09/02/2026, until the next "
              "review conference, unless the step gives its own time. Where a 'How we'll know' box runs down "
              "beside several steps, it is the check for each of them."),
        ("table", {
            "header": ["What will happen (weekly unless stated)", "Who", "How we'll know"],
            "widths": [12.2, 6.0, 7.5],
            "rows": [
                ["1. Keeping Poppy and Mason safe at home", H, H],
                ["Visit Poppy and Mason at home and see each of them on their own; look at the food in the "
                 "house, their beds, and whether Danielle has been drinking",
                 "Lewis Grant, social worker",
                 "Visit records on the file within 2 working days, with what each child said and what Lewis "
                 "saw"],
                ["Unannounced visit on a Friday or Saturday evening, once a fortnight",
                 "Lewis Grant, social worker", V],
                ["Stay at the house from 6pm on Friday and Saturday nights until the children are up the next "
                 "morning",
                 "Brenda Shaw (Nan)",
                 "Brenda signs the weekend sheet on the fridge; Lewis reads it at his Monday visit"],
                ["Have Poppy and Mason for tea and homework on Wednesdays after school, and drop them home by "
                 "7.30pm",
                 "Gary Shaw (uncle)",
                 "Gary texts Lewis each Wednesday night; Mason's homework diary signed by Gary"],
                ["Share any worry about Poppy or Mason with Lewis the same day",
                 "All professionals",
                 "Each worry logged on the children's chronology"],
                ["2. School and health", H, H],
                ["Send Lewis both children's attendance and late marks for the week, every Friday",
                 "Mr Anil Rao, attendance officer, Fallowby Learning Trust (both schools)",
                 "School registers: each child at 95% or more, with no more than one late mark a fortnight, by "
                 "the May half term; Poppy's check-in scores (0 to 10) sent to Lewis with the Friday "
                 "figures"],
                ["Check in with Poppy each Monday morning before registration",
                 "Miss Rachel Dyer, head of Year 9, Fallowby High School", V],
                ["Health review with Poppy by 27/03/2026: sleep, eating, and what it is like looking after Mum "
                 "and Mason",
                 "Gemma Holt, school nurse, Fallowby 0-19 Service",
                 "Health review letter to Lewis and Danielle, with Poppy's own scores"],
                ["Young carers assessment for Poppy, and a place at the young carers' group, as and when needed",
                 "Jess Long, Fallowby Young Carers",
                 "Assessment report on Lewis's file; the group's register"],
                ["Four sessions of direct work with Mason about worries at home, using his worry monster, by "
                 "13/03/2026",
                 "Lewis Grant, social worker",
                 "Mason's worry monster pages on file; Mason can name two adults he can tell when Mum has been "
                 "drinking"],
                ["3. Danielle's recovery, so that she can care for Poppy and Mason", H, H],
                ["Key work about Danielle's drinking, with a breath test at every session, and a letter each "
                 "month on whether her drinking has changed and the change is holding",
                 "Sam Pryor, recovery worker, Fallowby Recovery Service",
                 "Breath test results and Sam's monthly letter on Lewis's file"],
                ["Continue CPN visits to support Danielle with her low mood",
                 "Karen Mills, community psychiatric nurse, Fallowby Community Mental Health Team",
                 "Reviewed at core group"],
                ["Parenting sessions at home with Danielle: evening routines, meals, and how to talk with Poppy "
                 "and Mason about her drinking",
                 "Lauren Price, family support worker, Fallowby Family Hub", V],
                ["Go to every session with Sam and every visit from Karen",
                 "Danielle Kerrigan (Mum)",
                 "Both services' attendance records, sent to Lewis each month"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Danielle is found drunk while she is the only adult with the children, or Poppy or Mason ring "
            "to say Mum is drunk or unwell, Lewis (or the Emergency Duty Team out of hours) takes the children "
            "to Brenda's that evening, and Lewis holds a strategy discussion with the police and both schools "
            "the same day or by 10am the next morning.",
            "If Danielle says she wants to end her life, or Poppy finds her hurt, Poppy rings 999; Lewis asks "
            "the CMHT crisis team to see Danielle the same day, and the children stay with Brenda until the "
            "strategy discussion has decided what happens next.",
            "If Brenda or Gary cannot do their part (ill, away, or it is too much), they or Danielle ring Lewis "
            "that day. The children stay with Danielle's friend Carla Finch, 6 Maltings Walk (agreed by Carla "
            "on 30/01/2026), on those nights; if Carla cannot have them, Lewis arranges a short foster "
            "placement for the two children together.",
            "If Danielle is found drunk in charge of the children again, or her breath tests are not clear "
            "for a month, Lewis will ask Anita Rose for a legal planning meeting within 10 working days to "
            "decide whether to start the Public Law Outline.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Fallowby Family Hub, Thursdays at 4pm: 12/02/2026, 12/03/2026, "
            "09/04/2026, 07/05/2026 and 04/06/2026.",
            "Next review child protection conference: date to be confirmed by the conference team.",
        ]),
        ("p", "Plan agreed at the review conference and sent to Danielle, Brenda, Gary and every agency on "
              "05/02/2026."),
    ],
    "findings": [
        F("W002", "Share any worry about Poppy or Mason with Lewis"),
        F("T002", "Young carers assessment for Poppy, and a place at"),
        F("H001", "Continue CPN visits to support Danielle with her low mood"),
        F("M002", "Continue CPN visits to support Danielle with her low mood"),
        F("M002", "Parenting sessions at home with Danielle: evening routines, meals"),
        F("F002", "Danielle will stop drinking and her mood will improve."),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. ICPC plan for a 13-year-old: Ref / What will happen / Who table in
#    frequency groups, each opened by a banner row giving the time and
#    closed by a "How we'll know" row keyed by ref. Page header and footer.
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b174_fenwold_icpc_frequency_banners_closing_check_rows_jennings.pdf",
    "doc_title": "Child Protection Plan - Amber Jennings",
    "split": "tune",
    "actions": 17,
    "min_pages": 2,
    "header": "Fenwold Council · Children's Services · Child Protection Plan · OFFICIAL-SENSITIVE",
    "footer": "Amber Jennings · Initial conference 22/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-teenager-plan-paged-header-footer-kv-details-why-going-well-what-amber-says-outcomes-then-how-to-read-note-ref-what-will-happen-who-table-in-five-frequency-groups-each-opened-by-a-banner-row-giving-the-time-every-school-day-every-week-every-time-amber-goes-missing-once-by-date-every-month-and-closed-by-a-how-well-know-row-keyed-by-ref-then-if-things-go-wrong-core-group-review",
    "description": (
        "Exemplary initial conference plan for a 13-year-old who has gone missing five times since "
        "October and was found in a flat with two young men; her mother, on a methadone script, used "
        "heroin again in November and was asleep when she went out; her grandmother has her on Fridays. "
        "The plan is one Ref / What will happen / Who table in five frequency groups. Each group opens "
        "with a banner row that gives the time for every step in it ('A. Every school day, from Monday "
        "26/01/2026 until the review conference on 23/04/2026', 'D. Once, by Friday 27/02/2026', 'E. "
        "Every month: the first Monday'), or says each step gives its own time ('C. Every time Amber "
        "goes missing or is late home', with steps timed 'within 72 hours of Amber coming home'), and "
        "closes with a 'How we'll know' row giving each step's check by its ref. The drug service "
        "reports on change, the grandmother's help has a fallback, legal planning follows named "
        "triggers, and core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Initial child protection conference held on Thursday 22/01/2026 at Fenwold Civic Centre. Chair: "
              "Joanne Clegg, Independent Reviewing Officer. Amber came to the first half of the conference "
              "with Kelly Osei and gave her views herself."),
        ("kv", [
            ("Young person", "Amber Jennings, born 08/08/2012 (13), Year 9, Fenwold Academy"),
            ("Address", "6 Sorrel Court, Fenwold FW1 4DX, with her mum"),
            ("Mother", "Nicola Jennings (36): on a methadone script with Fenwold Recovery since 2023"),
            ("Grandmother", "Carol Jennings (Nicola's mum), 21 Mill View, Fenwold"),
            ("Aunt", "Joanne Price (Nicola's sister), 4 Heron Way, Fenwold"),
            ("Category", "Neglect"),
            ("Social worker", "Dan Mercer, Adolescent Safeguarding Team (team manager: Priya Lal)"),
            ("School", "Mrs Lorna Beck, DSL, and Mr Tom Ridley, pastoral lead, Fenwold Academy"),
            ("Exploitation team", "Kelly Osei, youth worker, Fenwold Exploitation Team"),
            ("Fenwold Recovery", "Marcus Wren, recovery worker; Dr Leah Fisher, prescriber"),
            ("Police", "DS Rhys Evans, Child Exploitation Unit; Fenwold Police Missing Persons Team"),
            ("Return home interviews", "Ella Drake, Fenwold Children's Rights Service"),
            ("CAMHS", "Megan Ferris, mental health practitioner, Fenwold CAMHS"),
        ]),
        ("h1", "Why Amber has a plan"),
        ("p", "Amber has been reported missing five times since October 2025. On 10/01/2026 she was missing "
              "overnight and was found by the police at 7am in a flat on the Ridgeway estate with two men aged "
              "19 and 22. She has come home with a new phone, vapes and clothes that Nicola did not buy. Her "
              "attendance this year is 79%, and in December the school nurse saw cuts on her arms."),
        ("p", "Nicola has been on methadone since 2023. She used heroin again in November 2025 when her "
              "partner left, and her drug screens on 02/12/2025 and 16/12/2025 were positive for heroin. On "
              "at least two of the nights Amber went missing, Nicola was asleep and did not know she had gone "
              "out. There was often little food in the flat."),
        ("h1", "What is going well"),
        ("bullets", [
            "Nicola's drug screens have been clear of heroin since 30/12/2025, and she now takes her methadone "
            "under supervision every day.",
            "Amber is close to her grandmother, Carol, and has stayed with her every Friday since December.",
            "Amber plays netball for Fenwold Falcons on Saturday mornings and says it is 'the best bit of the "
            "week'.",
            "Amber talks to Mr Ridley at school, and came to the conference herself.",
        ]),
        ("h1", "What Amber says"),
        ("p", "Amber told the conference: 'They're not dangerous, they're my mates. They buy me stuff because "
              "they like me.' 'I go out because home's boring and Mum's always asleep.' 'I don't want to be "
              "put in care.' She wants 'Mum to be normal again' and to 'stay at Nan's more'. She scored how "
              "safe she feels when she is out at night as 7 out of 10, and at home as 5. She said the thing "
              "that would help most is 'someone I can ring who won't shout at me'."),
        ("h1", "What we want for Amber"),
        ("numbers", [
            "Amber is at home, or with someone her mum and Dan know, every night, and she does not go missing.",
            "Amber knows how older people groom and use young people, and is not with the men she was found "
            "with.",
            "Amber is in school every day (92% attendance by the Easter holidays) and has an adult there she "
            "trusts.",
            "Amber's low mood and cutting are understood and she gets the help she wants with them.",
            "Amber lives with a mum who is off heroin, awake when Amber comes home, and has food in the flat.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan is grouped by how often things happen. The shaded row at the top of each group gives "
              "the time for every step in it, unless a step gives its own. The row at the end of each group "
              "says how we will know, step by step."),
        ("table", {
            "header": ["Ref", "What will happen", "Who"],
            "widths": [1.4, 10.4, 5.2],
            "rows": [
                ["A. Every school day, from Monday 26/01/2026 until the review conference on 23/04/2026", H, H],
                ["A1", "Check that Amber is in school at registration; if she is not in by 9.15am, ring Nicola, "
                       "and if no one knows where Amber is by 10am, ring Dan (or the duty social worker) and "
                       "the police",
                 "Mrs Lorna Beck, DSL, Fenwold Academy"],
                ["A2", "Meet Amber at lunchtime in the Base for a check-in about her morning, her evening and "
                       "anyone who has contacted her",
                 "Mr Tom Ridley, pastoral lead, Fenwold Academy"],
                ["A3", "Be home by 9pm on school nights, and text Mum when she leaves school and at 6pm",
                 "Amber"],
                ["How we'll know (A1 to A3): A1 - the first-day call log and the register, sent to Dan every "
                 "Friday; Amber's attendance at 92% or more by the Easter holidays. A2 - Mr Ridley's check-in "
                 "notes on CPOMS, shared with Dan every Friday. A3 - Nicola's curfew sheet, signed each night "
                 "and seen by Dan at his visits.", H, H],
                ["B. Every week, from Monday 26/01/2026 until the review conference on 23/04/2026", H, H],
                ["B1", "Visit Amber and see her on her own, at home or at school; at home, also look at the "
                       "food in the flat and talk with Nicola",
                 "Dan Mercer, social worker"],
                ["B2", "One-to-one sessions with Amber on healthy and unhealthy relationships, grooming, and how "
                       "older people get young people to do things for them, using 'Amber's map' of places and "
                       "people",
                 "Kelly Osei, youth worker, Fenwold Exploitation Team"],
                ["B3", "Key work with Nicola, with a urine drug screen at every session, and a written view each "
                       "month on whether she has stayed off heroin and whether that is likely to last",
                 "Marcus Wren, recovery worker, Fenwold Recovery"],
                ["B4", "Take her methadone under supervision at Fenwold Pharmacy every day, and go to every key "
                       "work session with Marcus",
                 "Nicola Jennings (Mum)"],
                ["B5", "Have Amber for tea and a sleepover every Friday, and take her to and from netball on "
                       "Saturday mornings",
                 "Carol Jennings (Grandma)"],
                ["How we'll know (B1 to B5): B1 - Dan's visit records within 2 working days, with Amber's own "
                 "words and what was in the flat. B2 - Kelly's session records, and Amber's map updated every "
                 "month and shared with Dan and DS Evans. B3 - drug screen results after each session and "
                 "Marcus's monthly letter on Dan's file; every screen clear of heroin. B4 - the pharmacy's "
                 "supervised consumption record, and the attendance list in Marcus's monthly letter. B5 - "
                 "Carol texts Dan each Saturday; the Fenwold Falcons register.", H, H],
                ["C. Every time Amber goes missing or is late home (each step gives its own time)", H, H],
                ["C1", "Ring the police on 999, and then the Emergency Duty Team, if Amber is not home and not "
                       "answering her phone 30 minutes after her curfew",
                 "Nicola Jennings (Mum), or Carol on Friday nights"],
                ["C2", "As soon as Amber is reported missing, search for her, check the places on her map, and "
                       "do a safe and well check with her when she is found",
                 "Fenwold Police Missing Persons Team"],
                ["C3", "Return home interview with Amber, on her own, somewhere she chooses, within 72 hours of "
                       "Amber coming home",
                 "Ella Drake, Fenwold Children's Rights Service"],
                ["C4", "Update Amber's exploitation risk assessment with what the return home interview and the "
                       "police found, and share it with DS Evans, within 5 working days of Amber coming home",
                 "Kelly Osei, youth worker, Fenwold Exploitation Team"],
                ["How we'll know (C1 to C4): C1 - the police log number and the Emergency Duty Team record. "
                 "C2 - the police safe and well record, sent to Dan the next working day. C3 - the return home "
                 "interview record on Amber's file within 72 hours, in her own words. C4 - the updated risk "
                 "assessment on Amber's file, with the date it went to DS Evans.", H, H],
                ["D. Once, by Friday 27/02/2026", H, H],
                ["D1", "Assess Amber's low mood and cutting, with Amber and with Nicola, and write to Dan and the "
                       "GP about the help CAMHS will give",
                 "Megan Ferris, mental health practitioner, Fenwold CAMHS"],
                ["D2", "Apply to Fenwold Homes for a priority move to a flat away from the Ridgeway estate, with "
                       "the police's letter about the risk to Amber",
                 "Dan Mercer, social worker"],
                ["D3", "Write a family safety plan with Amber and Nicola: her curfew, who she can ring, and what "
                       "happens if she is late",
                 "Dan Mercer, social worker, with Nicola Jennings"],
                ["How we'll know (D1 to D3): D1 - the CAMHS assessment letter on Dan's file by 27/02/2026. D2 - "
                 "the application and Fenwold Homes' priority decision letter. D3 - the safety plan signed by "
                 "Amber and Nicola, with copies on Amber's bedroom wall and at Carol's, seen by Dan.", H, H],
                ["E. Every month: the first Monday (02/02/2026, 02/03/2026 and 06/04/2026)", H, H],
                ["E1", "Bring what is known about the men Amber was found with, and the places on her map, to "
                       "the multi-agency child exploitation (MACE) meeting",
                 "DS Rhys Evans, Fenwold Police Child Exploitation Unit"],
                ["E2", "Review Nicola's methadone prescription and her supervised doses, and write to Dan and "
                       "the GP",
                 "Dr Leah Fisher, prescriber, Fenwold Recovery"],
                ["How we'll know (E1 and E2): E1 - the MACE minutes and actions, shared with Dan within 5 "
                 "working days of each meeting. E2 - Dr Fisher's prescription review letter on Dan's file after "
                 "each review.", H, H],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Amber is missing overnight, is found with either of the men she was found with on 10/01/2026, "
            "or comes home with money, drugs or another new phone: Dan (or the Emergency Duty Team) holds a "
            "strategy discussion with the police and the school the same day, or by 10am the next morning if "
            "she is found at night, and Amber stays at Carol's until it has decided what happens next.",
            "If Nicola's drug screen shows heroin, she misses her supervised dose two days running, or she is "
            "found asleep or under the influence when Amber comes home: Amber goes to Carol's that day (agreed "
            "by Carol on 20/01/2026), and Dan holds a strategy discussion the same day.",
            "If Carol cannot have Amber, or her Fridays stop (she is ill or away, or it breaks down), Carol or "
            "Nicola rings Dan that day. Amber goes to her aunt, Joanne Price, at 4 Heron Way (agreed by Joanne "
            "on 21/01/2026). If Joanne cannot have her either, Dan arranges a foster placement the same day, "
            "near Fenwold Academy.",
            "If Amber goes missing overnight twice more before the review conference, or Nicola uses heroin "
            "again, Dan will ask Priya Lal for a legal planning meeting within 5 working days, to decide "
            "whether to start the Public Law Outline.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at Fenwold Academy, Wednesdays at 3.30pm: 04/02/2026, 04/03/2026 and "
            "01/04/2026. Amber is invited to the first half of each.",
            "Review child protection conference: Thursday 23/04/2026 at 10am, Fenwold Civic Centre.",
        ]),
        ("p", "Plan sent to Amber, Nicola, Carol and every agency on 26/01/2026."),
    ],
    "findings": [],
})
