"""Batch 119, module a: seven fictional plans (tuning material), places beginning with "a".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: good practice written in ways a template-bound reader could misread,
so that precision is tested. Owners are given as initials defined once in an
attendee list ("KM - Kerry Moss, social worker") and used alone after, as "I"
in a letter signed by the social worker, as "Me (Priya)" in an e-mail, as a
service named by its team ("the 0-19 team", "the Early Help hub"), as a
parent's first name ("Lewis, you will..."), in a lead-agency line above a
numbered theme, and in the heading of each action. Timescales are specific
but often not dates ("within 5 working days of this conference", "before Amy
leaves the neonatal unit", "on every night he is not on shift", "each
Friday", "ongoing until review (daily)") and dates come in many forms (3rd
Feb, 03.02.27, w/c 8 March, Feb half term). Measures are observable but not
labelled as measures: a sentence after the action, an "evidenced by" or
"so that" clause, a number to reach, a document produced, a visit written up.
The other sections carry no template labels either: the child's voice as a
drawing described, a "What Kacey told me" box, a baby's day; outcomes as
"What we want for..." and "When we will be happy"; a contingency headed "If
things don't improve" whose text has specific triggers and responses; review
arrangements inside a closing paragraph.

Five plans are exemplary (no findings): Ashwardine (docx, two-column Action |
Detail table, owners by initials from the attendee list), Arnclough (pdf,
letter to the parents signed by the social worker, "I will" and "Lewis, you
will"), Aberthyrn (pdf, English/Welsh headings, a numbered two-level list
under themes with a lead agency in each theme heading), Athelcombe (md, a
baby on a neonatal unit, one heading per action naming its owner) and
Arkenthwaite (txt, an e-mail from the social worker with dates in many
forms). Two carry a realistic mix of faults among mostly good rows written in
the same unusual ways: the Axenbury core group minutes with an initials
attendance table and an action log (docx), and the Ardlenholt themed
numbered outline (md).

Counting actions (convention 1): every row of an action table, every item of
an action list (a numbered or bulleted item of several sentences counts once),
every level-two item of the Aberthyrn outline (the level-one theme headings
are not actions) and every per-action heading of the Athelcombe plan (its
heading and the paragraph under it are one action). The attendee lists and
initials tables, the child's voice box, outcomes, contingency and meeting
dates are not actions. No action in these plans is already done.

Readings used where a definition could be taken more than one way: an owner
given once for a group (a lead-agency line above a theme's items, the owner
named in an action's own heading) is that action's owner unless the item
names someone else (README convention 12, as extended in batches 117-118);
initials count as a named person when the plan defines them; "I" in a letter
or e-mail is the person who signs it; a contingency section headed "If things
don't improve" is not vague when its text gives specific triggers and
concrete responses (convention 9); two named people owning an action together
(for example both parents) are owners, not a collective.
"""
from build_batch5 import F

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, mother's depression, a 7-year-old and a
#    23-month-old. Attendee list with initials used alone in the plan;
#    two-column Action | Detail table with who, when and how we will know
#    written inside the Detail cell; "If things don't improve" contingency;
#    review dates in a closing paragraph. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b119_ashwardine_icpc_action_detail_initials_key_marr.docx",
    "doc_title": "Child Protection Plan - Tegan and Ruby Marr",
    "split": "tune",
    "actions": 9,
    "template": "icpc-word-plan-details-kv-present-list-defining-initials-then-why-going-well-childs-drawing-described-babys-days-what-we-want-then-two-column-action-detail-table-initials-when-and-evidence-inside-detail-cell-if-things-dont-improve-prose-closing-paragraph-meetings",
    "description": (
        "Exemplary initial conference plan for a 7-year-old and a 23-month-old whose mother has "
        "depression and spends most mornings in bed. The attendee list defines initials once "
        "(\"KM - Kerry Moss, social worker\") and the plan uses them alone after; the action "
        "table has only two columns, Action and Detail, with the owner's initials, the timescale "
        "('within 5 working days of this conference', 'every Tuesday and Friday from 20 "
        "October') and what will be seen written in the Detail cell. The child's voice is a "
        "drawing described and the toddler's observed days; outcomes are 'What we want for "
        "Tegan and Ruby'; the contingency is headed 'If things don't improve' but gives specific "
        "triggers, the grandmother's and father's care with a fallback if she cannot help, and a "
        "legal planning meeting; the CMHT nurse reports on capacity to change; the core group "
        "and review dates are in a closing paragraph."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Ashwardine Borough Council · Children's Services · Child Protection and Review Unit"),
        ("kv", [
            ("Children", "Tegan Marr (7), DOB 02/03/2019, Year 3 at Fernlea Primary School; Ruby Marr "
                         "(23 months), DOB 19/11/2024, at Little Wrens Nursery"),
            ("Home", "6 Tanners Row, Ashwardine AW4 2JP, with their mother"),
            ("Category", "Neglect (both children)"),
            ("Conference", "Initial child protection conference, Wednesday 14 October 2026, Ashwardine "
                           "Town Hall"),
        ]),
        ("h1", "Present (initials are used for people in the rest of this plan)"),
        ("bullets", [
            "AT – Anita Thorne, independent reviewing officer (chair)",
            "CM – Carys Marr, mother",
            "JM – Jamie Marr, father (lives at 2B Garth Road, Ashwardine)",
            "LP – Lorraine Pugh, maternal grandmother (14 Quarry Lane, Ashwardine)",
            "KM – Kerry Moss, social worker, Ashwardine Children's Services (team manager: Paul Adeyemi)",
            "DO – Dawn Okafor, health visitor, Ashwardine 0-19 team",
            "RS – Rhys Sandford, designated safeguarding lead, Fernlea Primary School",
            "NB – Nadia Bukola, community psychiatric nurse, Ashwardine Community Mental Health Team (CMHT)",
            "Apologies: Dr Owen Hart, GP, Tanners Row Surgery (written report sent)",
        ]),
        ("h1", "Why Tegan and Ruby need a plan"),
        ("p", "Carys has had depression since the spring, and since August she has spent most mornings in "
              "bed. Her GP referred her to the CMHT in July and NB has seen her since. Between 1 September "
              "and 9 October Tegan was late for school 14 times and absent on 5 days, and Ruby went to 6 of "
              "her 18 booked nursery sessions. On 29 September DO found Ruby alone in the living room at "
              "11am, in the nappy she had worn overnight, while Carys was asleep upstairs. Tegan has been "
              "giving Ruby her breakfast on most school days."),
        ("h1", "What is going well"),
        ("p", "Carys loves the girls, came to the conference and agreed the plan. She restarted her "
              "antidepressant on 2 October and is seeing NB every two weeks. LP lives ten minutes away and "
              "already takes Tegan to school two days a week. JM has had the girls every Saturday since he "
              "and Carys separated and has never missed a week. Tegan is doing well with her reading and "
              "has two good friends in her class."),
        ("h1", "Tegan's picture, and Ruby's days"),
        ("p", "When KM saw Tegan on her own at school on 8 October, Tegan drew “my house”: her mum in bed "
              "upstairs with the curtains shut, herself in the kitchen “doing Ruby's toast”, Ruby on the "
              "floor with a bowl, and Nana's red car outside with a big sun over it. She said, “Nana's car "
              "means it's a good day.” She put herself at 8 out of 10 on the worry scale on school mornings "
              "and at 2 out of 10 at Nana's. She wants her mum “to not be sad and to come to my assembly”, "
              "and she wants to keep going to her dad's on Saturdays."),
        ("p", "Ruby cannot tell us yet, so we have written down what we have seen. On visits on 29 September "
              "and 6 October she was hungry, she reached for Tegan rather than her mum when she fell over, "
              "and her nappy was soaked by late morning. At nursery she eats everything she is given, and "
              "she laughs and babbles when LP comes to collect her."),
        ("h1", "What we want for Tegan and Ruby"),
        ("bullets", [
            "Tegan and Ruby are got up, washed, fed and dressed every morning by an adult, not by Tegan.",
            "Tegan is in school on time every day, with attendance of 96% or more by the review conference.",
            "Ruby goes to nursery on all her booked days and keeps growing and learning as a two-year-old "
            "should.",
            "Both girls know that Nana and their dad are there for them when their mum is unwell, and Tegan "
            "can say who she would tell if she was worried.",
        ]),
        ("h1", "The plan"),
        ("p", "The left column says what will happen. The right column says who will do it (by the "
              "initials listed above), when, and how we will all know that it has happened."),
        ("table", {
            "header": ["Action", "Detail"],
            "widths": [6.0, 11.0],
            "rows": [
                ["Visit Tegan and Ruby at home, seeing Tegan on her own and Ruby awake",
                 "KM. Every week from the week beginning 19 October, with one visit in four unannounced "
                 "and at least one a month before 8.30am. Each visit is written up within two working "
                 "days, with what Tegan said in her own words and what Ruby was doing and wearing."],
                ["Ruby's two-year review, then home visits to weigh her and check how she is developing",
                 "DO, Ashwardine 0-19 team. Two-year review by 4 December 2026, and home visits every two "
                 "weeks until the review conference. Ruby's weight is plotted in her red book at each "
                 "visit and should stay on or above the 25th centile; the ASQ scores from her review go "
                 "to the core group on 16 December."],
                ["See Carys every two weeks about her depression, and assess whether she can make and keep "
                 "the changes the girls need, and how soon",
                 "NB, Ashwardine CMHT. Appointments every two weeks from 14 October. NB writes a report "
                 "for each core group, sent to KM two working days before it, giving her view of Carys's "
                 "progress and of the likely timescale for change. Carys has agreed to this."],
                ["Get up with the girls on nursery days and take Ruby to Little Wrens, so that Tegan is "
                 "not the one getting Ruby ready",
                 "CM. Monday, Wednesday and Thursday mornings from 19 October. The Little Wrens register "
                 "will show Ruby signed in by 9.15am on at least 9 of every 10 booked sessions."],
                ["Check Tegan's attendance, lunch and how she presents each day, with a Friday check-in "
                 "with her trusted adult",
                 "RS, Fernlea Primary School, with Mrs Helen Jessop (teaching assistant) doing the "
                 "check-ins. Every school day, and the check-in each Friday at 2.30pm. RS emails KM the "
                 "week's attendance and late marks each Friday and the check-ins are logged on CPOMS; "
                 "any worry is phoned through to KM the same day."],
                ["Take Tegan to school on Tuesdays and Fridays, and on any other morning Carys texts to "
                 "say she cannot manage",
                 "LP. Every Tuesday and Friday from 20 October, and any other morning Carys texts her by "
                 "7.30am. LP signs the Fernlea drop-off book each time, and RS sends a copy to KM with "
                 "the Friday attendance."],
                ["Have Tegan and Ruby at his flat every Saturday",
                 "JM. Saturdays, 10am to 5pm, from 17 October. JM texts KM when he collects the girls and "
                 "when he takes them home, and KM asks Tegan about her Saturday at each visit and writes "
                 "down what she says."],
                ["Direct work with Tegan about her worries and her mum's illness, building on her drawings",
                 "KM. Four sessions at school, the first within 10 working days of this conference and "
                 "the last before the review conference. Tegan's drawings and words from each session "
                 "are kept on her file and brought to the review conference."],
                ["Refer Tegan to Ashwardine Young Carers, and take her to her first session",
                 "KM makes the referral within 5 working days of this conference; LP takes Tegan to her "
                 "first session. The acceptance letter and the date of that session are on Tegan's file "
                 "by the first core group."],
            ],
        }),
        ("h1", "If things don't improve"),
        ("p", "We all hope things will get better. If they don't, this is what will happen. If Carys cannot "
              "get up to care for the girls when KM, DO or LP call, or Ruby misses two booked nursery "
              "sessions in a row, or Tegan misses a day of school with no reason given, KM will visit that "
              "day. If Carys is still not able to care for them, Tegan and Ruby will go to LP at 14 Quarry "
              "Lane that day, and KM will hold a strategy discussion the same day or, at the latest, the "
              "next working day."),
        ("p", "If Lorraine cannot have the girls (she is unwell or away), JM will have them at his flat; if "
              "neither of them can, KM will arrange for Tegan and Ruby to stay together with Ashwardine "
              "foster carers that night. If Lorraine has to stop the school runs, Fernlea's breakfast club "
              "will take Tegan from 8am, with JM dropping her off, until KM has agreed a new morning plan "
              "with Carys within two working days."),
        ("p", "If Carys tells NB or anyone else that she is thinking of harming herself, NB will arrange a "
              "same-day assessment by the CMHT crisis team and the girls will go to LP's. If NB's report to "
              "the core group on 25 November says Carys is not yet able to make the changes the girls need, "
              "or the girls have had to stay away from home twice before the review conference, KM will ask "
              "her team manager, Paul Adeyemi, for a legal planning meeting within 5 working days."),
        ("h1", "What happens next"),
        ("p", "KM will send this plan to everyone listed above by Friday 16 October. The core group (CM, JM, "
              "LP, KM, DO, RS and NB) will meet every four weeks at Ashwardine Family Hub at 3.45pm on "
              "Wednesdays: 28 October and 25 November, with the December meeting brought forward to 16 "
              "December because of the school holidays. The review child protection conference will be on "
              "Wednesday 13 January 2027 at 10am at Ashwardine Town Hall, chaired by AT. Before each core "
              "group KM will see Tegan on her own and take her views to the meeting."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First core group minutes, mother's cocaine and alcohol use at weekends
#    and panic attacks, a 9-year-old and a 4-year-old, grandfather and aunt
#    helping. An attendance table defines initials; numbered minutes; an
#    action log with Ref / Action / Lead / Due / Evidence columns using the
#    initials. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b119_axenbury_core_group_minutes_initials_action_log_brannock.docx",
    "doc_title": "Core Group Minutes - Kai and Sienna Brannock - 03/11/2026",
    "split": "tune",
    "actions": 11,
    "template": "core-group-minutes-docx-details-kv-attendance-table-initials-name-role-then-numbered-minutes-updates-by-initials-childrens-views-outcomes-decisions-contingency-then-action-log-ref-action-lead-initials-due-evidence-next-meetings",
    "description": (
        "Minutes of the first core group for a 9-year-old and a 4-year-old whose mother uses "
        "cocaine and drinks at weekends and has panic attacks; the grandfather has the children "
        "on Saturday nights and an aunt collects the younger one. An attendance table defines "
        "initials, and the action log's Lead column uses them alone (KB, MC, GB, ST, LB). Most "
        "rows are sound: the SW's visits including weekends, the recovery worker's tests and "
        "report on whether the mother can stay drug-free, the DSL's Friday figures, the "
        "grandfather's and aunt's parts, the school nurse's health review. Faults: six CBT "
        "sessions that only treat the mother, a young carers referral 'ASAP', 'The network' "
        "keeping the children from the mother after she has used, a bedtime routine measured by "
        "bedtimes feeling calmer, a parenting assessment with no stated output; the contingency "
        "has no specific trigger, only a meeting to discuss next steps, and nothing if the "
        "family's support fails. Legal planning after a positive hair-strand test is recorded "
        "under decisions; core group and review dates are set."
    ),
    "blocks": [
        ("title", "Core Group Meeting – Minutes"),
        ("p", "Axenbury Metropolitan Borough Council · Children's Social Care · Safeguarding Team East"),
        ("kv", [
            ("Children", "Kai Brannock (9), DOB 21/06/2017, Year 5; Sienna Brannock (4), DOB 08/02/2022, "
                         "Reception; both at Brookfield Primary School"),
            ("Address", "41 Mallard Way, Axenbury AX6 2RD"),
            ("Category", "Neglect (both children)"),
            ("Initial conference", "Tuesday 20/10/2026. Chair: Rosa Delgado (IRO)"),
            ("Meeting", "Core group 1, Tuesday 03/11/2026, 3.30pm, Brookfield Primary School"),
            ("Minutes", "Dee Ashby, business support"),
        ]),
        ("h1", "Attendance"),
        ("p", "Initials below are used in the minutes and in the action log."),
        ("table", {
            "header": ["Initials", "Name", "Role"],
            "widths": [2.0, 4.5, 10.5],
            "rows": [
                ["KB", "Kofi Boateng", "Social worker, Axenbury Children's Social Care (chair)"],
                ["LB", "Leanne Brannock", "Mother"],
                ["GB", "Graham Brannock", "Maternal grandfather, 3 Heron Court, Axenbury"],
                ["ST", "Shannon Tulley", "Maternal aunt, 19 Mallard Way, Axenbury"],
                ["MC", "Mel Carver", "Recovery worker, Axenbury Recovery Hub (adult drug and alcohol "
                                     "service)"],
                ["AL", "Anita Lowe", "Designated safeguarding lead, Brookfield Primary School"],
                ["BR", "Bethan Ruddock", "School nurse, Axenbury 0-19 team"],
                ["JF", "Jo Feld", "Senior practitioner, Axenbury Family Assessment Service"],
                ["EP", "Ella Prosser", "Psychological wellbeing practitioner, Axenbury Talking Therapies "
                                       "(apologies; written update sent)"],
            ],
        }),
        ("h1", "1. Purpose of the meeting"),
        ("p", "KB explained that this is the first core group since the initial conference on 20/10/2026, and "
              "that its job is to turn the outline plan from conference into a detailed plan with a lead, a "
              "date and a way of checking each action."),
        ("h1", "2. Updates"),
        ("p", "LB said she has not used cocaine since the conference and now drinks only on Saturday "
              "evenings, when the children are at GB's. She finds the evenings hard and has panic attacks "
              "when she has to go out."),
        ("p", "MC: LB has been to 2 of 2 key-work sessions and her oral fluid test on 29/10/2026 was negative "
              "for cocaine. A hair-strand test is booked for the week commencing 04/01/2027 and will cover "
              "the time since the conference."),
        ("p", "AL: since the conference Kai's attendance is 93% (late three times) and Sienna's is 97%. Kai "
              "was tired and quiet on the two Mondays after the half-term break."),
        ("p", "BR: Sienna has not had her pre-school booster and is not registered with a dentist."),
        ("p", "GB has had both children every Saturday night since the conference. ST can collect Sienna on "
              "Mondays and Wednesdays from 09/11/2026, when her shifts change."),
        ("p", "EP (written update): LB was assessed on 27/10/2026 and has been offered six sessions of CBT "
              "for panic, starting in the week of 16/11/2026."),
        ("h1", "3. Kai's and Sienna's views"),
        ("p", "Kai was seen on his own at school by KB on 29/10/2026. He said: “Saturday at Grandad's is good "
              "because nobody's shouting and I can sleep. When Mum's friends come round I put my headphones "
              "on and look after Sienna.” He wants his mum “to stop having the parties” and put home at 4 "
              "out of 10."),
        ("p", "Sienna showed KB her bedroom on 30/10/2026 and said, “Mummy sleeps in the day.” She drew "
              "herself holding the lead of Grandad's dog and said the dog is called Biscuit."),
        ("h1", "4. Outcomes agreed at conference"),
        ("bullets", [
            "Kai and Sienna are always looked after by a sober adult, day and night.",
            "Kai no longer looks after his sister at home and has time for himself and his friends.",
            "Sienna is up to date with her health checks and immunisations and sees a dentist.",
            "Both children get to school on time, rested and fed, every day.",
        ]),
        ("h1", "5. Decisions"),
        ("p", "KB restated the conference decision: if the hair-strand test in January shows cocaine use since "
              "the conference, KB will ask for a legal planning meeting within 5 working days of the result."),
        ("h1", "6. Contingency"),
        ("p", "Should there be any further concerns about the children's safety, professionals will share "
              "them with the social worker and the core group will meet to discuss next steps."),
        ("h1", "7. Action log"),
        ("table", {
            "header": ["Ref", "Action", "Lead", "Due", "Evidence"],
            "widths": [1.5, 5.6, 1.6, 3.4, 4.9],
            "rows": [
                ["CG1/01",
                 "Visit Kai and Sienna at home, seeing Kai on his own; at least one visit a month on a "
                 "Saturday or Sunday",
                 "KB",
                 "Weekly from 04/11/2026",
                 "Visit notes show both children seen and Kai seen alone; weekend visit notes say who was "
                 "caring for the children and whether LB was sober"],
                ["CG1/02",
                 "Key-work with LB, oral fluid tests and the hair-strand test, and a written report on "
                 "whether she can stay drug-free while caring for Kai and Sienna",
                 "MC",
                 "Key-work every Thursday; hair-strand w/c 04/01/2027; report 2 working days before each "
                 "core group",
                 "MC's report on file before each core group, with every test result and MC's view of how "
                 "likely LB is to stay drug-free and over what timescale"],
                ["CG1/03",
                 "Six sessions of CBT for LB's anxiety and panic attacks",
                 "EP",
                 "Weekly from w/c 16/11/2026",
                 "Attendance letter to KB after session 6"],
                ["CG1/04",
                 "Check Kai's and Sienna's attendance, punctuality and how they arrive each morning",
                 "AL",
                 "Every school day; figures to KB each Friday",
                 "Weekly attendance email to KB; Kai at 95% or above by the review conference; any "
                 "concern phoned to KB the same day"],
                ["CG1/05",
                 "Refer Kai to Axenbury Young Carers so he has time away from caring for Sienna",
                 "KB",
                 "ASAP",
                 "Acceptance letter on Kai's file and the date of his first group session"],
                ["CG1/06",
                 "Make sure Kai and Sienna are never left in LB's care on a night after she has been "
                 "drinking or using",
                 "The network",
                 "Every weekend",
                 "Weekend visit notes and texts to KB say who had the children each night"],
                ["CG1/07",
                 "Have Kai and Sienna to stay every Saturday night",
                 "GB",
                 "Saturdays 5pm to Sunday 11am",
                 "GB texts KB when the children arrive and when they go home; Kai's Sunday diary, read at "
                 "KB's visits"],
                ["CG1/08",
                 "Collect Sienna from school on Mondays and Wednesdays and give both children their tea",
                 "ST",
                 "Mondays and Wednesdays from 09/11/2026",
                 "Brookfield's collection log, copied to KB with the Friday attendance"],
                ["CG1/09",
                 "Use the bedtime chart with Sienna and have her in bed by 7.30pm",
                 "LB",
                 "Every night from 04/11/2026",
                 "Bedtimes feel calmer"],
                ["CG1/10",
                 "Parenting assessment of LB by the Family Assessment Service",
                 "JF",
                 "Start 17/11/2026; eight weekly sessions",
                 "-"],
                ["CG1/11",
                 "Health review for Sienna: catch up her pre-school booster and register her with a dentist",
                 "BR",
                 "By 04/12/2026",
                 "Booster recorded on the child health system; dental registration letter seen by KB"],
            ],
        }),
        ("h1", "8. Next meetings"),
        ("bullets", [
            "Core group every four weeks at Brookfield Primary School, 3.30pm: Tuesday 01/12/2026 and "
            "Tuesday 05/01/2027 (a week later than usual because of the holidays).",
            "Review child protection conference: Tuesday 19/01/2027, 2pm, Axenbury Civic Centre.",
        ]),
        ("p", "Minutes and action log sent by KB to everyone in the attendance table on 05/11/2026."),
    ],
    "findings": [
        F("H001", "Six sessions of CBT for LB's anxiety and panic attacks"),
        F("T002", "Refer Kai to Axenbury Young Carers so he has time"),
        F("W002", "Make sure Kai and Sienna are never left in LB's care"),
        F("M002", "Use the bedtime chart with Sienna and have her in bed"),
        F("M001", "Parenting assessment of LB by the Family Assessment Service"),
        F("C002"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Letter to the parents after an initial conference, father's drinking and
#    arguments at home, one girl of 10. Written by the social worker in the
#    first person ("I will"), speaking to each parent by first name ("Lewis,
#    you will"); a "What Kacey told me" box; the plan as numbered paragraphs of
#    two or three sentences; meetings in a closing paragraph. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b119_arnclough_sw_letter_i_will_you_will_halloran.pdf",
    "doc_title": "Kacey's child protection plan - letter to Shauna and Lewis Halloran",
    "split": "tune",
    "actions": 10,
    "template": "sw-letter-to-parents-paged-header-footer-address-lines-why-kacey-has-a-plan-what-kacey-told-me-box-what-we-all-want-then-numbered-paragraphs-i-will-and-first-name-you-will-then-if-things-go-wrong-meetings-paragraph-signed",
    "description": (
        "Exemplary plan for a 10-year-old whose father drinks most nights and argues with her "
        "mother, written after the initial conference as a letter to both parents and signed by "
        "the social worker, printed to PDF with a page header and footer. The actions are "
        "numbered paragraphs in the first person ('I will visit Kacey...') or addressed to a "
        "parent by first name ('Lewis, you will...'), with the Early Help hub, the alcohol "
        "service's key worker, the DSL, the police and the grandmother each named; the check "
        "comes in the next sentence ('Your key worker will tell me each Friday...'). The child's "
        "words are in a 'What Kacey told me' box; the contingency covers drinking, call-outs and "
        "the grandmother being unable to help, with a legal planning meeting; core group dates "
        "and the review conference are in the closing paragraph."
    ),
    "header": "OFFICIAL – SENSITIVE · Arnclough City Council · Children's Social Care",
    "footer": "Kacey Halloran – your child protection plan – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("pl", "Shauna and Lewis Halloran"),
        ("pl", "31 Millrace Terrace"),
        ("pl", "Arnclough AR3 7QT"),
        ("p", ""),
        ("pr", "Family Safeguarding Team (West), Arnclough City Council"),
        ("pr", "Riverside House, Arnclough AR1 2BB"),
        ("pr", "18 September 2026"),
        ("p", "Dear Shauna and Lewis,"),
        ("boldp", "Kacey's child protection plan"),
        ("p", "Thank you both for coming to Kacey's initial child protection conference on Wednesday 16 "
              "September. I said I would write the plan out as a letter, so that you have it in plain "
              "words. The conference agreed that Kacey needs a child protection plan under the category of "
              "emotional abuse. Everyone who was at the conference has a copy of this letter."),
        ("boldp", "Why Kacey has a plan"),
        ("p", "Lewis, you told the conference that you have been drinking most nights since you lost your "
              "job in the spring. The police have been called to your home three times since August (2 "
              "August, 23 August and 5 September) because of arguments between you, and on 5 September it "
              "was Kacey who rang 999. Kacey has missed five Fridays of school since June, and her teacher "
              "says she is often tired and tearful on Monday mornings."),
        ("boldp", "What Kacey told me"),
        ("table", {
            "rows": [[
                "I saw Kacey on her own at school on 11 September. She said: “When Dad's had his cans he "
                "gets loud and Mum cries. I go under my duvet with my headphones on. I rang 999 because I "
                "thought he was going to hit her.”\n"
                "She said she wants her dad “to stop drinking and stop shouting”, and that she still wants "
                "to see him. The best night of her week is Saturday at Nana Pat's, “because it's quiet and "
                "we do baking”. She scored home 3 out of 10 and Nana Pat's 10 out of 10."
            ]],
            "widths": [17.0],
        }),
        ("boldp", "What we all want for Kacey"),
        ("bullets", [
            "Kacey lives in a home where no adult is drunk while looking after her, and where she does not "
            "hear shouting or see anyone hurt.",
            "Kacey is in school every day, Fridays included, and can concentrate on her work.",
            "Kacey knows who she can ring if she is frightened, and feels safe to do it.",
            "Kacey keeps a good relationship with her dad and sees him when he is sober.",
        ]),
        ("boldp", "What will happen now"),
        ("p", "Each point below says who will do it, when, and how we will all know it is happening."),
        ("numbers", [
            "I will visit Kacey at home every week, on different days and sometimes without ringing first, "
            "and I will see her on her own at least every other visit. I write every visit up within two "
            "working days, with Kacey's own words.",
            "Lewis, you will go to your key-work appointment at Arnclough Alcohol Service on Ferry Street "
            "every Thursday at 2pm and give a breath test, so that you are sober whenever you are at home "
            "with Kacey. Your key worker will tell me each Friday whether you went and what the reading was.",
            "Martin Quayle, Lewis's key worker at Arnclough Alcohol Service, will write a report for each "
            "core group on whether Lewis is making the changes Kacey needs and how long further change is "
            "likely to take. He will send it to me two working days before each meeting, and I will share "
            "it with you both.",
            "Shauna, you will make sure Kacey gets to school by 8.50am every day, Fridays included. Mrs "
            "Patel's register will show it, and we are aiming for Kacey to miss no Fridays between now and "
            "Christmas.",
            "Mrs Anjali Patel, the designated safeguarding lead at Weir Lane Primary, will meet Kacey every "
            "Monday morning to ask how her weekend was, and will ring me the same day if Kacey says anything "
            "worrying. She will email me Kacey's attendance every Friday afternoon.",
            "The Early Help hub will give Kacey a place in its Safe and Sound group, for children who have "
            "lived with arguments at home, on six Thursday afternoons after school starting on 8 October. "
            "Jo Stainton from the hub will send me the register after each session and Kacey's "
            "end-of-group review.",
            "Lewis, you will start the Arnclough Change Programme, for people who have been abusive to a "
            "partner, on Wednesday 14 October and go every Wednesday evening for 24 weeks. The programme "
            "worker, Dev Sandhu, will send me an attendance report after every fourth session.",
            "Nana Pat (Patricia Dwyer) will have Kacey to stay every Saturday night, and will be the person "
            "Kacey rings if there is shouting at home. Nana Pat will text me every Sunday morning to say "
            "Kacey came, and at each visit I will check that Kacey still has Nana's number in her phone.",
            "I will refer Shauna to the Arnclough Domestic Abuse Service by Friday 25 September. Her IDVA "
            "will agree a written safety plan with Shauna and Kacey by 9 October and send me a copy, which "
            "I will bring to the core group on 28 October.",
            "PC Tom Brierley of the Arnclough Police Domestic Abuse Unit will tell me by 9am on the next "
            "working day about any police call-out to Millrace Terrace, and I will see Kacey within 24 hours "
            "of hearing. The call and my visit will both be recorded on Kacey's file.",
        ]),
        ("boldp", "If things go wrong"),
        ("p", "If Lewis has been drinking while he is looking after Kacey (a positive breath test, or Shauna, "
              "Kacey, the school or the police tell me), or the police are called to an argument at your "
              "home, Lewis will leave the house that day and stay with his brother in Hoyle Street, Kacey "
              "will go to Nana Pat's at 8 Kiln Close, and I will hold a strategy discussion with the police "
              "the same day."),
        ("p", "If Nana Pat cannot have Kacey (she is ill or away), I will arrange a refuge place for Shauna "
              "and Kacey together the same day or, if there is no place, Arnclough foster carers for Kacey "
              "that night."),
        ("p", "If the police are called to your home again before the review conference, or Martin's report "
              "to the core group on 28 October says Lewis is still drinking, I will ask my manager, Gail "
              "Ferris, for a legal planning meeting within 5 working days, and we may then start the Public "
              "Law Outline."),
        ("boldp", "Meetings"),
        ("p", "The core group – the two of you, Nana Pat, Mrs Patel, Martin, Jo Stainton, Shauna's IDVA and "
              "me – will meet every four weeks at Weir Lane Primary at 3.30pm, on 30 September, 28 October "
              "and 25 November 2026. Kacey's review child protection conference will be on Wednesday 9 "
              "December 2026 at 10am at Arnclough Civic Centre. Before each meeting I will ask Kacey what "
              "she wants me to say for her."),
        ("p", "If anything in this letter is not clear, or you think something is wrong, please ring me."),
        ("p", "Yours sincerely,"),
        ("pl", "Sam Okereke"),
        ("pl", "Social Worker, Family Safeguarding Team (West), Arnclough City Council"),
        ("pl", "Tel 01632 960418 · Team manager: Gail Ferris"),
        ("p", "Copies: Anita Sole (chair of the conference); Mrs Anjali Patel; Martin Quayle; Jo Stainton; "
              "PC Tom Brierley; Patricia Dwyer."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Initial conference plan for a 7-week-old, mother with bipolar disorder
#    who went out with him at 2am, father on shifts, paternal grandmother
#    covering his night shifts. Welsh/English headings; the plan is one
#    numbered two-level Word list: level 1 themes whose heading names the lead
#    agency, level 2 actions that name a different owner only where it
#    differs. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b119_aberthyrn_bilingual_themes_numbered_lead_agency_prydderch.pdf",
    "doc_title": "Cynllun Amddiffyn Plant / Child Protection Plan - Elis Prydderch",
    "split": "tune",
    "actions": 11,
    "template": "welsh-english-icpc-plan-paged-header-footer-bilingual-slash-headings-kv-why-going-well-babys-day-what-we-want-then-numbered-multilevel-list-themes-with-lead-agency-in-theme-heading-level-two-actions-then-contingency-meetings-kv",
    "description": (
        "Exemplary initial conference plan for a 7-week-old whose mother has bipolar disorder and "
        "took him out in his pram at 2am in the rain during a spell of high mood; his father works "
        "shifts and his paternal grandmother covers the night shifts. Headings are in Welsh and "
        "English, printed to PDF with a page header and footer. The plan is a two-level numbered "
        "list: each theme heading names its lead agency ('Lead agency: Aberthyrn 0-19 team') and "
        "the actions under it name another owner only where it differs (the parents, the "
        "grandmother, the perinatal nurse and psychiatrist). Timescales are often events ('on "
        "every night he is not on shift', 'at every home visit'); the perinatal team reports on "
        "capacity to change; the baby's day is observed; the contingency covers relapse signs "
        "and the family being unable to cover, with a legal planning meeting; dates are set."
    ),
    "header": "SWYDDOGOL – SENSITIF / OFFICIAL – SENSITIVE · Cyngor Bwrdeistref Sirol Aberthyrn / Aberthyrn County Borough Council",
    "footer": "Elis Prydderch – Cynllun Amddiffyn Plant / Child Protection Plan – Tudalen / Page {PAGE} o / of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Cynllun Amddiffyn Plant / Child Protection Plan"),
        ("kv", [
            ("Plentyn / Child", "Elis Prydderch, ganwyd / born 24/11/2026 (7 weeks)"),
            ("Cyfeiriad / Address", "Bryn Teg, 5 Heol y Felin, Aberthyrn AT4 6PL"),
            ("Rhieni / Parents", "Siân Prydderch (23) and Gethin Howells (26), living together"),
            ("Nain / Paternal grandmother", "Eirlys Howells, 12 Maes yr Ysgol, Aberthyrn (half a mile away)"),
            ("Categori / Category", "Esgeulustod / Neglect"),
            ("Cynhadledd / Conference", "Cynhadledd Amddiffyn Plant Gychwynnol / Initial child protection "
                                        "conference, 12/01/2027. Cadeirydd / Chair: Alun Pritchard"),
            ("Gweithiwr cymdeithasol / Social worker", "Llinos Bevan (rheolwr tîm / team manager: Huw Rowlands)"),
            ("Iaith / Language", "Siân and Gethin asked for visits in Welsh; this plan is in both languages"),
        ]),
        ("h1", "Pam mae gan Elis gynllun / Why Elis has a plan"),
        ("p", "Siân has bipolar disorder and had a manic episode in 2024 that led to a hospital admission. "
              "She stopped her lithium when she found out she was pregnant and restarted it on 05/01/2027. In "
              "the days after Christmas she slept very little, and at 2am on 02/01/2027 police found her "
              "pushing Elis in his pram along the main road in the rain. Elis was in a vest under a thin "
              "blanket and was cold when he was checked at Ysbyty Bro Thyrn. Gethin was at work on a night "
              "shift."),
        ("h1", "Beth sy'n mynd yn dda / What is going well"),
        ("p", "Siân and Gethin love Elis and both came to the conference. Siân has taken her lithium every "
              "evening since 05/01/2027 and has been seen twice by the perinatal team. Gethin has asked his "
              "manager for fewer night shifts. Eirlys has already stayed at Bryn Teg on Gethin's night "
              "shifts since 03/01/2027."),
        ("h1", "Diwrnod Elis / Elis's day"),
        ("p", "Elis is seven weeks old. On the social worker's visits on 05/01/2027 and 08/01/2027 he was clean "
              "and warm, fed well from his bottle and settled quickly on Gethin's chest. When Siân talked "
              "quickly and walked around the room with him he became unsettled and cried until Gethin took "
              "him. Eirlys's diary shows he wakes for a feed at about 10pm and 2am and goes back to sleep in "
              "his own cot."),
        ("h1", "Beth rydyn ni eisiau i Elis / What we want for Elis"),
        ("bullets", [
            "Elis is fed on time, day and night, by an adult who is awake and well, and keeps gaining weight.",
            "Elis sleeps safely in his own cot every night and is never taken out at night.",
            "Elis is cared for by a mum whose mental health is stable enough to meet his needs, with Gethin "
            "or Eirlys always with him if she becomes unwell.",
        ]),
        ("h1", "Y cynllun / The plan"),
        ("p", "The plan is grouped under four themes. The lead agency or person for each theme is named in its "
              "heading and is responsible for each action under it, unless the action names someone else."),
        ("mlist", [
            (0, "Bwydo, tyfu a chysgu'n ddiogel / Feeding, growing and sleeping safely – Asiantaeth arweiniol "
                "/ Lead agency: Tîm 0-19 Aberthyrn / Aberthyrn 0-19 team (Nia Wyn Jones, ymwelydd iechyd / "
                "health visitor)"),
            (1, "Weigh Elis at home every week until he is 12 weeks old (16/02/2027), then every two weeks "
                "until the review conference. His weight is plotted in his red book at each visit and should "
                "stay on or above the 25th centile."),
            (1, "Check where and how Elis sleeps at every home visit, using the safe sleep checklist. The "
                "completed checklist goes in his health record and a copy is emailed to the social worker in "
                "the same week."),
            (1, "Siân and Gethin will keep Elis's feeding and sleep diary every day, writing down each feed "
                "and who gave it. Nia reads it at each weekly visit and brings the last four weeks of entries "
                "to each core group."),
            (0, "Iechyd meddwl Siân a gofal Elis / Siân's mental health and Elis's care – Asiantaeth "
                "arweiniol / Lead agency: Tîm Iechyd Meddwl Amenedigol Aberthyrn / Aberthyrn Perinatal "
                "Mental Health Team"),
            (1, "Carys Lewis, perinatal mental health nurse, will see Siân at home every week and go through "
                "her relapse signature with her (sleeping under four hours, talking fast, going out at night). "
                "Before each core group she will write to the social worker on whether Siân is keeping to her "
                "relapse plan and making the changes Elis needs."),
            (1, "Dr Rhodri Mathias, consultant perinatal psychiatrist, will review Siân's lithium in clinic "
                "by 02/02/2027 and send a written assessment of her relapse risk, her capacity to change and "
                "the likely timescale to the core group on 23/02/2027."),
            (1, "Siân will take her lithium every evening and have her blood level checked at Stryd y Bont "
                "Surgery every Monday, so that she stays well enough to care for Elis at night. The surgery "
                "sends each result to Carys Lewis, who includes them in her letter to the core group."),
            (0, "Nosweithiau / Nights – Arweinydd / Lead: Gethin Howells (tad / father)"),
            (1, "On every night he is not on shift, Gethin will do Elis's 10pm and 2am feeds so that Siân "
                "sleeps for at least six hours. He writes both feeds in the diary, and gives his rota to the "
                "social worker on the first of each month."),
            (1, "On Tuesday and Thursday nights, when Gethin works nights at Chwarel Pen-y-bryn, Eirlys "
                "Howells (nain / paternal grandmother) will stay at Bryn Teg and do Elis's night feeds. She "
                "signs the diary for each feed she gives."),
            (1, "Eirlys will have Elis at her house every Saturday from 10am to 4pm so that Siân can rest, "
                "and will text the social worker when Elis is home again."),
            (0, "Gwaith cymdeithasol / Social work – Arweinydd / Lead: Llinos Bevan, gweithiwr cymdeithasol / "
                "social worker"),
            (1, "Visit Elis at home every week, one visit in three unannounced and one each month in the "
                "evening, and see him awake and being fed. Each visit is written up within two working days, "
                "including how Siân and Gethin responded to him."),
            (1, "Complete a parenting assessment of Siân and Gethin by 09/03/2027. The report is shared with "
                "them, and with the core group at its meeting on 23/03/2027."),
            (1, "Arrange a family group conference by 16/02/2027, so that the wider family can plan who will "
                "look after Elis if Siân becomes unwell. The family's written plan is added to this plan at "
                "the core group on 23/02/2027."),
        ]),
        ("h1", "Cynllun wrth gefn / If Siân becomes unwell"),
        ("p", "If Siân sleeps less than four hours on two nights in a row, goes out with Elis after 9pm, stops "
              "taking her lithium, or shows any other sign in her relapse signature, Gethin or Eirlys will stay "
              "with Elis at all times and ring Carys Lewis or, out of hours, the crisis team, who will see "
              "Siân the same day. Llinos will hold a strategy discussion the same day."),
        ("p", "If neither Gethin nor Eirlys can be with Elis (Gethin is at work and Eirlys is ill or away), "
              "Llinos will arrange for Elis to stay with Aberthyrn foster carers that day, or for Siân and "
              "Elis to go together to the mother and baby unit if the perinatal team recommends it."),
        ("p", "If Siân is admitted to hospital or stops her lithium, or the parenting assessment finds that "
              "Elis's needs cannot be met at home, Llinos will ask Huw Rowlands for a legal planning meeting "
              "within five working days."),
        ("h1", "Cyfarfodydd / Meetings"),
        ("kv", [
            ("Grŵp craidd / Core group", "every four weeks, 1.30pm, Canolfan Deulu Aberthyrn: 26/01/2027, "
                                         "23/02/2027, 23/03/2027"),
            ("Cynhadledd adolygu / Review conference", "13/04/2027, 10am, Neuadd y Sir, Aberthyrn"),
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan for a baby on a neonatal unit with withdrawal
#    symptoms, mother on a methadone script, father smoking cannabis, the
#    grandmother moving in for the first four weeks. Markdown: one heading
#    per action giving its number, what and who; the paragraph under it
#    gives when and how we will know. Timescales tied to events ("before Amy
#    leaves the neonatal unit"). Outcomes as "When we will be happy".
#    Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b119_athelcombe_neonatal_heading_per_action_owner_tindall.md",
    "split": "tune",
    "actions": 11,
    "template": "icpc-neonatal-markdown-bold-details-why-going-well-amys-days-on-the-unit-when-we-will-be-happy-then-h3-heading-per-action-number-what-dash-owner-paragraph-when-and-how-we-will-know-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a 2-week-old born at 35 weeks and on a neonatal "
        "unit with withdrawal symptoms; her mother is on a methadone script after heroin use and "
        "her father smokes cannabis. A Markdown plan with one heading per action that names the "
        "owner after a dash ('Ward 4 neonatal unit, nurse in charge', 'the 0-19 team (Karen "
        "Osei)', 'Rochelle (Mum)'); the paragraph under it gives the timescale, often an event "
        "('before Amy leaves the neonatal unit', 'every shift until discharge', 'new birth visit "
        "within 48 hours of discharge') and what will be seen. The drug service reports on "
        "whether the mother can stay drug-free while caring for the baby; the baby's days on the "
        "unit are observed; outcomes are headed 'When we will be happy'; the contingency covers "
        "the grandmother leaving and names a legal planning meeting; dates are set."
    ),
    "text": """\
# Child Protection Plan – Amy Tindall

Athelcombe Council · Children and Families · Safeguarding Team (Harbourside)

**Baby:** Amy Tindall, born 27/01/2027 at 35 weeks (2 weeks old)
**Where Amy is now:** Ward 4 Neonatal Unit, St Brannoc's Hospital, Athelcombe
**Mum:** Rochelle Tindall (27), 9 Capstan Court, Athelcombe AT2 5NW
**Dad:** Marcus Eyre (30), lives with Rochelle
**Maternal grandmother:** Bev Tindall, 40 Lime Kiln Road, Athelcombe
**Category:** Neglect
**Initial child protection conference:** Wednesday 10/02/2027, St Brannoc's Hospital. Chair: Maureen Sayle (IRO)
**Social worker:** Grace Tembo (team manager: Dominic Reyes)

## Why Amy has a plan

Rochelle used heroin for six years and has been on a methadone script with
Athelcombe Drug and Alcohol Service (ADAS) since March 2025. She had a test
positive for cocaine at 30 weeks of pregnancy. Amy was born early and has been
on the neonatal unit since birth with neonatal abstinence syndrome: she was
jittery, fed poorly and needed morphine for nine days. Marcus smokes cannabis
most days, including in the flat. The flat has had no heating since December.

## What is going well

Rochelle has visited Amy every day and has done most of her daytime feeds since
the end of the first week. Every test at ADAS since 30 weeks has been negative
for heroin and cocaine. Marcus comes to the unit every evening after work and
has asked ADAS for help to stop smoking cannabis. Bev has offered to move into
the flat for Amy's first four weeks at home. The landlord fitted a new boiler
on 08/02/2027.

## Amy's days on the unit

Amy cannot tell us how she is, so this is what the nurses and Grace have seen.
She is more settled now she is off morphine, but she still startles at loud
noises and takes a long time to feed. She takes about 45ml every three hours.
She calms quickly when Rochelle holds her skin to skin and talks to her, and
she will sleep for over an hour on Marcus's chest. On 06/02/2027 she cried for
twenty minutes when a feed was late while Rochelle was outside on the phone.

## When we will be happy

- Amy is fed on time and gaining weight, and follows or rises above the 9th
  centile by the review conference.
- Amy lives in a warm, smoke-free flat and sleeps on her back in her own cot.
- Amy is only ever cared for by an adult who has not used heroin, cocaine or
  cannabis, and her withdrawal signs are spotted and acted on.
- Amy is held, talked to and comforted quickly when she cries.

## What will happen

Each action has its own heading: its number, what will be done, and who is
responsible. The paragraph under it says when, and how we will know it is
happening.

### 1. Visit Amy on the neonatal unit, then at home – Grace Tembo, social worker

Twice a week (Tuesdays and Fridays) until the day Amy leaves the neonatal unit,
then every week at home, one visit in three unannounced. Each visit is written
up on Amy's file within two working days, with who was with her, how she was
fed and held, and what the nurses or her parents said.

### 2. Keep a record of Rochelle's and Marcus's visits and the care they give – Ward 4 neonatal unit, nurse in charge

Every shift until discharge. The unit's visiting log and Amy's care chart show
who came, how long they stayed and which feeds and nappy changes they did;
Sister Joan Adeyemi emails a summary to Grace each Friday.

### 3. Baby care on the unit, ready for home – Rochelle and Marcus, with the neonatal nursing team

Before Amy leaves the neonatal unit: at least three supervised baths, a full
day of feeds and one night in the parents' room. Each one is signed off on the
unit's parent competency checklist, and a copy goes to Grace.

### 4. Discharge planning meeting – Grace Tembo, with Dr Priya Raman (neonatal consultant)

Before Amy leaves the neonatal unit, and at least three working days before the
planned discharge date. The written discharge plan (who will be in the flat,
the feeding plan, safe sleep and the first week's visits) is signed by
Rochelle, Marcus and Bev and sent to everyone in the core group.

### 5. Key-work, supervised methadone and drug tests – Athelcombe Drug and Alcohol Service (Lee Hammond, recovery worker)

Key-work every Monday, a supervised methadone dose each day and an oral fluid
test at every key-work session. Two working days before each core group Lee
writes to Grace with every test result and his view of whether Rochelle can
stay drug-free while caring for Amy, and how long he thinks that will take.

### 6. Stay off street drugs so she is clear-headed caring for Amy – Rochelle (Mum)

Every day, from now until the review conference and beyond. Evidenced by the
test results in Lee's letters: every test negative for heroin and cocaine.

### 7. Make the flat and the car smoke-free before Amy comes home – Marcus (Dad)

By the day Amy leaves the unit, and every day after: no cannabis or tobacco
smoked inside the flat or the car. Marcus goes to the ADAS cannabis group
every Wednesday from 17/02/2027, and his urine tests there (every four weeks,
the first by 24.02.27) are included in Lee's letters. Grace and Karen check for
smoke and ashtrays at every home visit and write down what they find.

### 8. Weigh Amy and check her feeding, sleep and withdrawal signs at home – the 0-19 team (Karen Osei, health visitor)

New birth visit within 48 hours of discharge, then a home visit every week
until Amy is 12 weeks old. Amy's weight is plotted in her red book at each
visit and should follow or rise above the 9th centile; any withdrawal signs are
written up and Karen rings Grace the same day.

### 9. Live at the flat and share the night feeds – Bev Tindall (maternal grandmother)

From the day Amy comes home until four weeks after. Bev signs the night feed
chart for every feed she gives; Grace looks at it at her weekly visits and
Karen at hers.

### 10. Register Amy, do her 6–8 week check, and share the parents' health history – Dr Owen Felder, GP, Harbour Street Surgery

Registration within 5 working days of discharge; the 6–8 week check by
25/03/2027; a letter with Rochelle's and Marcus's relevant health history to
Grace by the first core group (24/02/2027). The check is recorded in Amy's red
book.

### 11. Parenting assessment of Rochelle and Marcus – Grace Tembo, social worker

Starts by Wed 17 Feb; report by 21/04/2027, shared with Rochelle and Marcus
and with the core group before the review conference.

## If things go wrong

Before discharge: if Rochelle or Marcus come onto the unit under the influence
of drugs or alcohol, the nurse in charge will ask them to leave and ring Grace
(or the emergency duty team out of hours) straight away, and Amy will not be
discharged until a strategy discussion has been held.

After discharge: if either parent tests positive for heroin or cocaine, or is
found under the influence while caring for Amy, Bev will care for Amy and Grace
will hold a strategy discussion the same day. If Bev cannot stay (she is ill or
has to leave), Amy will go to Athelcombe foster carers that day, and Rochelle
and Marcus will be able to see her every day at the family centre.

If there is a positive test, a step of the discharge plan is not kept, or the
parenting assessment says Amy cannot be cared for safely at home, Grace will
ask Dominic Reyes for a legal planning meeting within 5 working days.

## Meetings

Core group every four weeks, Wednesdays at 2pm: first on 24/02/2027 at St
Brannoc's, then 24/03/2027 and 21/04/2027 at Harbourside Family Centre.

Review child protection conference: Wednesday 05/05/2027 at 10am, Athelcombe
Civic Centre.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan, father with psychosis who stopped his
#    medication, mother on night shifts, a 13-year-old refusing school and
#    an 8-year-old. Markdown with the plan as a numbered outline under themes
#    (1.1, 1.2 ...), each item one sentence with owner, time and check.
#    Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b119_ardlenholt_icpc_themed_numbered_outline_fenwright.md",
    "split": "tune",
    "actions": 10,
    "template": "icpc-markdown-bold-details-background-going-well-what-we-want-then-plan-as-numbered-outline-under-bold-theme-lines-1-1-items-one-or-two-sentences-owner-first-then-if-dad-becomes-unwell-meetings",
    "description": (
        "Initial conference plan for a 13-year-old who has stopped going to school and an "
        "8-year-old; their father has psychosis and stopped his medication in January, and their "
        "mother works nights. A Markdown plan whose actions are a numbered outline under three "
        "themes (1.1, 1.2 ...), with owners written as a team ('the Early Help hub'), a parent's "
        "first name or a teacher. Sound items: the psychiatrist's written view of capacity to "
        "change, the mother's same-day call, the DSL's daily checks, the young carers' group, "
        "the class teacher's Monday chats, the SW's visits. Faults: the care co-ordinator only "
        "supports the father and success is him feeling more settled, 'Professionals' share "
        "worries 'as and when they arise', the parenting assessment has no stated output, food "
        "in the house is 'ongoing', one outcome is about the father only, and nothing records "
        "what either child thinks, feels or lives through. The contingency, legal step and "
        "dates are sound."
    ),
    "text": """\
# Ardlenholt Council – Child Protection Plan

**Children:** Reece Fenwright (13), DOB 30/04/2013, Year 8 at Ardlenholt Academy;
Mollie Fenwright (8), DOB 12/09/2018, Year 4 at St Cuthbert's CE Primary
**Address:** 27 Kestrel Road, Ardlenholt AD3 8QF
**Parents:** Donna Fenwright (38) and Craig Fenwright (41), living together
**Category:** Emotional abuse (both children)
**Initial child protection conference:** Thursday 04/03/2027. Chair: Beverley Nunn (IRO)
**Social worker:** Hannah Oyelaran (team manager: Stuart Greaves)

## Background

Craig was diagnosed with psychosis in 2025 and is under the Ardlenholt Early
Intervention in Psychosis team (EIP). He stopped taking his medication in
January 2027. In February he became convinced that the neighbours were
watching the house, kept the curtains closed day and night and put chairs
against the doors. Donna works nights at a care home four nights a week, so
Craig was alone with the children on those nights. Reece has not been to
school since 08/02/2027 and Mollie missed six days in February. On 22/02/2027
police were called after Craig shouted at a neighbour in the street; the
children were in the house.

## What is going well

Craig agreed on 25/02/2027 to restart his medication and has seen his care
co-ordinator twice since. Donna has changed two of her night shifts to days.
Both parents came to the conference and agreed to the plan. Donna's sister,
Jackie Pearce, lives nearby and has offered to help.

## What we want for Reece and Mollie

- Reece and Mollie live with parents who keep them safe and calm at home,
  and are never left alone with their dad when he is unwell.
- Reece is back in school full time, with attendance of 90% or more by the
  review conference.
- Mollie goes to school every day and has an adult there she trusts.
- Craig's mental health is stable and he takes his medication.

## The plan

**1. Keeping Reece and Mollie safe when Dad is unwell**

1.1 Dr Nadia Sherwin, consultant psychiatrist in the EIP team, will review
Craig's medication and give a written view of his insight, his risk of relapse
and his capacity to change for the children, by 01/04/2027, shared at the
core group.

1.2 Craig's care co-ordinator, Tom Riddell (EIP team), will support him with
his medication and appointments fortnightly; success will be Craig feeling
more settled.

1.3 Donna will phone the social worker the same day if Craig shows any of the
early warning signs in his relapse plan, and each call will be recorded on the
children's file.

**2. School and friends**

2.1 Mrs Jaspreet Kaur, DSL at Ardlenholt Academy, will check Reece's attendance
every day and email the social worker each Friday, with Reece at 90% or more by
the Easter holidays.

2.2 The Early Help hub will give Reece a place in its young carers' group on
Wednesdays after school from 10/03/2027 and send the register to the social
worker at the end of each month.

2.3 Professionals will share any worries about Reece's school refusal as and
when they arise, and log them on CPOMS.

2.4 Miss Rebecca Gorton, Mollie's class teacher, will meet Mollie every Monday
morning for a worry box chat, pass anything worrying to the DSL the same day
and log each chat on CPOMS.

**3. Home**

3.1 Parenting assessment of Donna and Craig by the Ardlenholt Family Assessment
Team, to start by 15/03/2027.

3.2 Donna will keep food in the house for the children's breakfasts and teas,
ongoing, and the social worker will write down what food there is on her visit
records.

3.3 Hannah Oyelaran (SW) will visit Reece and Mollie at home every week, seeing
each of them alone, and will write each visit up within two working days.

## If Dad becomes unwell

If Craig stops his medication, or shows two of his early warning signs (not
sleeping, talking about being watched, blocking the doors), Donna will take
the children to Jackie's at 9 Lowther Road that day, the EIP crisis team will
see Craig the same day, and Hannah will hold a strategy discussion the same
day. If Jackie cannot have the children, Hannah will place them together with
Ardlenholt foster carers that night.

If Craig is admitted to hospital again, or Reece's attendance is below 80% at
the review conference, Hannah will request a legal planning meeting within 5
working days.

## Meetings

Core group every four weeks, Thursdays at 4pm, Ardlenholt Family Hub:
18/03/2027, 15/04/2027, 13/05/2027.

Review child protection conference: Thursday 27/05/2027, 10am, Ardlenholt Town
Hall.
""",
    "findings": [
        F("F002", "Craig's mental health is stable and he takes his medication."),
        F("H001", "will support him with his medication and appointments fortnightly"),
        F("M002", "will support him with his medication and appointments fortnightly"),
        F("W002", "Professionals will share any worries about Reece's school refusal"),
        F("T002", "Professionals will share any worries about Reece's school refusal"),
        F("M001", "Parenting assessment of Donna and Craig by the Ardlenholt Family"),
        F("T002", "Donna will keep food in the house for the children's"),
        F("F003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Plain-text e-mail from the social worker after an initial conference for
#    a 4-month-old whose mother has poorly controlled epilepsy and had a
#    seizure carrying her downstairs; the uncle and his partner live next
#    door. "Me (Priya)" as owner, dates in many forms (3rd Feb, 03.02.27,
#    w/c 8 March, Feb half term, end of spring term), "ongoing until review
#    (daily)". Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b119_arkenthwaite_email_plan_dates_many_forms_kershaw.txt",
    "split": "tune",
    "actions": 10,
    "template": "plain-text-email-from-sw-headers-greeting-then-caps-headings-why-orlas-days-what-we-want-who-does-what-dash-items-owner-colon-first-me-priya-mixed-date-forms-then-if-it-goes-wrong-then-meetings-in-sign-off-paragraph",
    "description": (
        "Exemplary plan for a 4-month-old whose mother has epilepsy, stopped her tablets and had "
        "a seizure while carrying the baby downstairs; the mother's brother and his partner live "
        "next door. Sent by the social worker as a plain-text e-mail to the family and the core "
        "group two days after the initial conference. Each action is a dash item beginning with "
        "its owner ('Me (Priya):', 'Gemma:', 'Liam:', 'Leanne Gault (0-19 team):'), with dates "
        "in many forms (3rd Feb, 03.02.27, w/c 8 March, Feb half term, end of spring term, "
        "'ongoing until review (daily)') and the check in the same item ('I'll check the mat and "
        "the downstairs cot are in use at every visit'). The epilepsy nurse reports on seizure "
        "control and what the mother needs to care for the baby; the baby's days are observed; "
        "the contingency covers the uncle and his partner being unavailable and names a legal "
        "planning meeting; core group and review dates are in the sign-off paragraph."
    ),
    "text": """\
From:    Priya Desai <priya.desai@arkenthwaite.gov.uk>
Sent:    Friday 22 January 2027 16:20
To:      Gemma Kershaw; Liam Kershaw; Chloe Banks; Leanne Gault; Pam Rutherford;
         Dr Farah Malik; Joanne Pike
Cc:      Steve Orchard (IRO); Ruth Akande (team manager)
Subject: Orla's child protection plan (ICPC 20.01.27) - please read and reply

Hi all,

Here is Orla's plan as we agreed it at Wednesday's conference. I've written
it as an email so everyone can read it on their phone. Where it says "me" or
"I", that's me, Priya (Orla's social worker). Please reply by Weds 27th if
anything is wrong or missing.

WHY ORLA HAS A PLAN
Gemma has epilepsy (tonic-clonic seizures). She stopped taking her lamotrigine
in the autumn because she thought it made her too tired to look after Orla.
On 28th Dec she had a seizure while carrying Orla down the stairs; Orla hit her
head and was kept in Arkenthwaite General overnight (no fracture, a large
bruise). Gemma had two more seizures in early January, one while she was alone
with Orla. Orla's dad is not involved. Category: neglect.

WHAT ORLA'S DAYS ARE LIKE
Orla is four months old (born 14.09.26). When I visited on 13th and 18th Jan
she was smiley and chatty, rolling onto her side and reaching for her toys on
the floor mat. She feeds well and was clean and warm. She watches the door and
kicks with excitement when Liam comes round from next door, and settles best
when Gemma sings to her. After the fall she cried whenever she was carried on
the stairs, for about a week.

WHAT WE WANT FOR ORLA
- Orla is never dropped or hurt if her mum has a seizure: she is changed and
  dressed on the floor, never carried on the stairs, and never bathed without
  a second adult there.
- Orla is cared for by a mum whose seizures are controlled by her medication.
- Orla keeps growing and developing as she should, and has all her checks.

WHO DOES WHAT
- Me (Priya): visit Orla at home every week from w/c 25th Jan, one visit in
  three unannounced. I'll write each visit up on Orla's file within 2 working
  days, saying who was holding her and whether the floor-mat and stairs rules
  were being followed.
- Pam Rutherford (epilepsy nurse specialist, Arkenthwaite Neurology Service):
  see Gemma in clinic by 3rd Feb, restart her lamotrigine with the neurology
  team, and write to me before each core group saying how many seizures Gemma
  has had, whether she is taking her tablets and what else she needs to care
  for Orla safely.
- Gemma: take your tablets morning and evening from the blister pack, with the
  phone alarms set, so you are well enough to look after Orla - ongoing until
  review (daily). The pharmacy's blister pack record and your seizure diary
  will show it, and Pam will check both at each clinic.
- Gemma: keep the safety rules every day - Orla changed and dressed on the
  floor mat, never carried up or down the stairs, and bathed only when Liam or
  Chloe is in the house. The downstairs cot and changing station will be in
  place by 29.01.27, and I'll check the mat and the downstairs cot are in use
  at every visit.
- Liam: be there for Orla's bath every evening at 6.30pm (Chloe covers the
  Thursdays you work late), and write it in the contact book each night. I'll
  read the book at every visit.
- Chloe: have Orla at No. 14 every Tuesday and Thursday, 9 to 3, while Gemma
  is at college, and text me when Orla goes home. I'll see your texts against
  the college timetable at the first core group.
- Leanne Gault (health visitor, 0-19 team): weigh Orla at home every fortnight
  until the review, and do her developmental check by Feb half term (by
  12.02.27). Orla's weight goes in her red book each visit and should stay on
  or near the 50th centile; the check results come to the 2nd core group.
- Dr Farah Malik (GP, Millbeck Surgery): see Gemma for a medication review by
  10th Feb, and send me a summary of her seizure history and hospital
  admissions by the first core group (3rd Feb).
- Me (Priya): ask Joanne Pike, occupational therapist in adult social care,
  for a home equipment assessment by 29th Jan. Joanne's written
  recommendations (a bath support, stair gates, anything else that keeps Orla
  safe if Gemma has a seizure) will be at the core group in w/c 1st March,
  and the equipment fitted by the end of spring term (26.03.27).
- Pam: run a seizure first-aid session for Gemma, Liam and Chloe in
  w/c 8 March. All three sign the training record and Pam sends me a copy.

IF IT GOES WRONG
If Gemma has a seizure while she is on her own with Orla, or misses her
tablets two days running (the blister pack will show it), or Orla has any
injury, Gemma or Liam will ring me straight away (the emergency duty team on
01632 960773 out of hours), Orla will stay with Liam and Chloe at No. 14, and
I will hold a strategy discussion the same day.
If Liam and Chloe can't have Orla (they are away or ill), I will arrange for
Orla to go to Arkenthwaite foster carers that day, and Gemma will be able to
see her every day at Millbeck Children's Centre.
If Gemma has another seizure while alone with Orla, or Pam's letter for the
2nd core group says her seizures are not controlled because she is not taking
her tablets, I will ask Ruth Akande for a legal planning meeting within 5
working days.

Meetings: the core group will meet every four weeks, Wednesdays at 1.30pm at
Millbeck Children's Centre - 03.02.27, 03.03.27 and 31.03.27. Orla's review
child protection conference is on Wednesday 14th April 2027 at 10am at
Arkenthwaite Town Hall. I'll see Orla before each core group and tell you all
what I saw.

Thanks, all of you, for Wednesday.
Priya

Priya Desai | Social Worker | Children's Safeguarding Team (North)
Arkenthwaite Metropolitan Borough Council | 01632 960 281
""",
    "findings": [],
})
