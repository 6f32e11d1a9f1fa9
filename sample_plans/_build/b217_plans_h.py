"""Batch 217, module h: seven fictional plans (held-out material), places beginning with "h".

Batch: 217. Letter: h. Split: heldout (every plan).

Everything here is made up: children, families, professionals, schools,
nurseries, hospitals, surgeries, services, employers, streets and councils
(Hembridge, Harrowcliffe, Hollinthwaite, Hasterby, Haxendale, Helvington,
Hobsgate and the others). Any resemblance to real people, places or cases
is a coincidence. The labels were written by hand from docs/rules.md and
the conventions in sample_plans/README.md (conventions 1 to 13), without
running planlint or reading its code.

Focus: timescales, real ones written unusually and vague ones that look
real. Four of the seven plans are exemplary, and their times are real but
written in the many ways real services write them: a stage or period in a
banner row over a group of actions ("Stage 2: from 36 weeks until the
birth", "Weeks 1-4 (from Monday 5 January 2026)"), times relative to an
event or a meeting ("within two working days of each missed visit", "the
day Lily comes home", "before the core group on 10/02/2026"), the
pregnancy and the baby's age ("at the 36-week clinic", "until the
8-week check"), the school calendar ("by February half term", "every Friday in
term"), recurrences ("each contact", "fortnightly on Tuesdays"), a start
plus a review ("from 06/01/2026, reviewed at each core group"), a timeline
numbered to match the actions, and time columns under unusual headers
("Timeframe", "Start / review", "Frequency", "Target date", "Who and when"
in one cell). The three faulty plans write their vague times as
confidently as the real ones ("Ongoing", "As soon as possible", "in due
course", "when appropriate", "regularly", a "Throughout the plan" heading,
"as and when", "when needed", "at the next opportunity" with no meeting
named), leave a few actions with no time at all, and hold a few faults
under other rules. Where a time was borderline the writer rewrote it so it
sits clearly on one side.

1. Hembridge (docx, exemplary): pre-birth plan for an unborn baby and his
   4-year-old brother (the mother's bipolar disorder, a manic episode in
   October), a "No. / What will happen / Who / Timeframe / How we'll know"
   table in four stage banners (now until 36 weeks; 36 weeks to the
   birth; on the ward until discharge; from the day the baby comes home
   until the 8-week check); the perinatal team reports on the mother's
   capacity to stay well, and the grandmother's nights have a fallback.
2. Harrowcliffe (pdf, exemplary, header and footer): initial conference
   plan for a 9-year-old and a 6-year-old (neglect, the father's
   drinking, the mother's night shifts, an aunt doing school runs) in a
   "Ref / What we will do / Lead / Start / review / Evidence we will look
   for" table under "Weeks 1-4", "Weeks 5-8" and "After February half
   term" banners; the alcohol service reports on the father's capacity to
   change.
3. Hollinthwaite (md, exemplary): core group 1 minutes for a baby born
   at 31 weeks on the neonatal unit (the mother's weekend cocaine use),
   numbered actions with Who and How we'll know lines and a "When" part
   numbered to match ("the day Lily comes home", "before the core group
   on 10/02/2026", "within two working days of each missed visit").
4. Hasterby (txt, exemplary): a case-system export for a 14-year-old and
   a 7-year-old after domestic abuse (the father on bail, supervised
   contact), task blocks with "Who and when" in one field, "Frequency"
   and "Target date" fields and "Evidence" lines ("each contact",
   "before the MARAC on 21/01/2026", "by February half term").
5. Haxendale (docx): initial conference plan for an 8-year-old and a
   2-year-old (neglect, the mother's depression and anxiety) in an
   "Action / Responsible / When by / Success measure" table. Faults: the
   community mental health team's visits that only support the mother,
   "Ongoing" (H001, T002); the housing repair "As soon as possible"
   (T002); direct work "When appropriate" (T002); the dentist with an
   empty When by (T001); "All professionals" telling the social worker
   of any concern the same day (W002).
6. Helvington (pdf, header and footer): the social worker's plan letter
   to a father caring alone for a 5-year-old and a 3-year-old after the
   mother left (neglect, his drinking), in paragraphs under "What I will
   do", "What we have asked you to do" and "What others will do". Faults:
   the speech and language referral "in due course" (T002); the family
   support worker's visits "as and when" (T002); the nursery's
   conversation "at the next opportunity" (T002); the GP's liver tests
   with no time at all (T001); the recovery service's assessment with no
   stated output (M001); a review conference with no date, "will be
   arranged" (R001).
7. Hobsgate (md): a core group plan for a 12-year-old young carer and her
   4-year-old sister (the mother's multiple sclerosis and low mood, an
   aunt who helps), bullets grouped under time headings ("By Friday
   30 January 2026", "By the core group on 17/02/2026", "Throughout the plan",
   "Also agreed"). Faults: the two items under "Throughout the plan" with
   no time of their own (T002 twice); an item "regularly" and one "when
   needed" (T002 twice); two items under "Also agreed" with no time
   (T001 twice); no fallback if the aunt cannot help (C003).

Plans 1 to 4 are exemplary: every action has a named owner, a real
timescale and something that can be seen, counted or read; every outcome
is about the children; each records the children's words or observed day;
each contingency has specific triggers and protective responses, says what
happens if a relative's help fails and asks for a legal planning meeting
after named triggers; each gives core group dates and a dated review
conference; where a parent is ill or drinks an adult service owns an
action, and any adult mental health service is asked for its view of the
parent's capacity to change and how long it may take. Plans 5 to 7 hold
19 expected findings between them (6, 6 and 7).

Counting convention used for "actions" (README convention 1): each row of
an action table (banner rows excepted), each numbered action of the
minutes, each task block of the export, each paragraph of work in the
letter's three parts and each bullet under the core group plan's time
headings counts once, whatever number of sentences it holds. Who's who
tables, the children's words, worries, what is going well, outcomes,
timelines keyed to actions, contingencies, agency updates in minutes and
meeting dates are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Pre-birth plan in four stage banners with a "Timeframe" column.
#    Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b217_hembridge_prebirth_stage_banners_timeframe_column_whitworth.docx",
    "doc_title": "Pre-birth Child Protection Plan - Unborn baby Whitworth and Mason Ashcroft",
    "split": "heldout",
    "actions": 18,
    "template": "pre-birth-cp-plan-docx-family-details-kv-why-there-is-a-plan-masons-words-and-day-parents-views-going-well-outcomes-for-the-baby-and-mason-then-no-what-will-happen-who-timeframe-how-well-know-table-in-four-stage-banner-rows-now-to-36-weeks-36-weeks-to-birth-on-the-ward-until-discharge-day-baby-comes-home-to-8-week-check-then-contingency-bullets-with-fallback-for-grandmother-legal-planning-meetings",
    "description": (
        "Exemplary pre-birth child protection plan for an unborn baby (30 weeks at conference) and his "
        "4-year-old brother: their mother has bipolar disorder, had postpartum psychosis after her first "
        "baby, stopped her lithium when she found she was pregnant and was found by police walking with "
        "the 4-year-old on the bypass at 2am during a manic episode in October. The plan is a No. / What "
        "will happen / Who / Timeframe / How we'll know table in four stage banner rows (now until 36 "
        "weeks; from 36 weeks until the birth; on the ward until discharge; from the day the baby comes "
        "home until the 8-week check), each row with its own time written as a week of pregnancy, an "
        "event, a rhythm or a date. The perinatal mental health team reports on the mother's capacity to "
        "stay well and the likely timescale, the GP owns work, the grandmother's nights have a fallback, "
        "and legal planning follows named triggers; core group dates and the review conference are set."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Hembridge Council Children's Services, Infant and Family Team. Agreed at the initial child "
              "protection conference (pre-birth) on Thursday 08/01/2026, when Kayleigh was 30 weeks pregnant. "
              "The plan is set out in four stages, from now to the baby's 8-week check. Each row also gives its "
              "own timeframe."),
        ("kv", [
            ("Unborn baby", "Baby Whitworth (a boy), due 19/03/2026 at Hembridge General Hospital"),
            ("Brother", "Mason Ashcroft, born 14/06/2021 (4), Hazelbank Nursery, Monday to Thursday"),
            ("Mum", "Kayleigh Whitworth (24): bipolar disorder, under the Hembridge Perinatal Mental Health "
                    "Team since 04/11/2025"),
            ("Dad", "Dean Ashcroft (29), shift supervisor at Haddon Logistics"),
            ("Home", "17 Heathfield Crescent, Hembridge HB3 7RW"),
            ("Nana", "Linda Whitworth (Kayleigh's mum, 52), 4 Holly Grove, Hembridge"),
            ("Auntie", "Emma Ashcroft (Dean's sister, 33), 22 Hawthorn Road, Hembridge"),
            ("Category", "Neglect (both children)"),
            ("Social worker", "Priya Nandra, Infant and Family Team (team manager: Alan Crossley)"),
            ("Chair", "Fiona Grant, child protection chair, Hembridge Safeguarding Unit"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Kayleigh was diagnosed with bipolar disorder in 2019. After Mason was born she became very unwell "
              "with postpartum psychosis and spent five weeks with him at the Heathcote Mother and Baby Unit. "
              "She stopped taking lithium in September 2025 when she found out she was pregnant, because she was "
              "frightened it would harm the baby, and did not tell her GP. On 19/10/2025 at 2am police found her "
              "walking Mason in his pyjamas along the Hembridge bypass; she said they were \"going to see the "
              "sunrise from the coast\". Dean was on a night shift. Kayleigh spent nine days on Heron Ward and "
              "restarted lithium under the perinatal team, who now check her lithium level every two weeks "
              "alongside her antenatal care. She has been well since the middle of November."),
        ("h1", "Mason, in his own words and as we see him"),
        ("p", "Priya saw Mason at nursery on 05/01/2026 with his favourite dinosaur. He said: \"Mummy was "
              "poorly and we went on the big road in the dark. I was cold.\" \"Daddy goes to work in the "
              "night.\" \"I'm going to push the baby in the pram and give him my blue blanket.\" He drew "
              "his family with Nana holding the baby."),
        ("p", "Claire Wood (nursery manager) says Mason is chatty and loves the sand tray, but for two weeks "
              "after October he would not let go of his key worker's hand at drop-off, and he still asks "
              "\"is Mummy poorly?\" when Kayleigh is late to collect him. At home Mason climbs onto Linda's "
              "knee as soon as she arrives and settles to sleep quickly when Dean reads to him."),
        ("h1", "What Kayleigh and Dean say"),
        ("p", "Kayleigh: \"I stopped the lithium because I was scared for the baby. I know now that was the "
              "wrong thing and I'll never do it again. I want this baby to come home with us.\" Dean: \"I "
              "should have seen it coming. I'm going to be at home at night now, whatever work says.\""),
        ("h1", "What is going well"),
        ("bullets", [
            "Kayleigh has taken her lithium every day since 28/10/2025 and has had every level checked.",
            "She has kept every appointment with Nikki Bramwell and has begun writing her relapse signature.",
            "Dean has asked his manager to move him off night shifts from March.",
            "Linda sees the family most days and has offered to stay overnight after the birth.",
            "Mason has been at nursery every day this term.",
        ]),
        ("h1", "What we want for the baby and for Mason"),
        ("numbers", [
            "The baby is born safely and goes home with parents who are well enough to feed him, settle him "
            "and keep him safe.",
            "The baby is fed on time, sleeps on his back in his own Moses basket and gains weight steadily, and "
            "a professional sees him every week until he is 8 weeks old.",
            "Neither child is ever in the sole care of an adult who is unwell, and any sign that Kayleigh is "
            "becoming unwell is seen early and acted on before it affects them.",
            "Mason is at nursery every day, is never out of the house at night, and knows in words a "
            "4-year-old understands that Mummy has a poorly time and that Nana or Daddy will look after him.",
        ]),
        ("h1", "The plan"),
        ("p", "Kayleigh will be 36 weeks pregnant on 19/02/2026 and 38 weeks on 05/03/2026. The Timeframe "
              "column says when each piece of work happens; the stage rows say which part of the plan it "
              "belongs to."),
        ("table", {
            "header": ["No.", "What will happen", "Who", "Timeframe", "How we'll know"],
            "widths": [1.1, 5.8, 3.2, 3.3, 3.6],
            "rows": [
                ["Stage 1: now until 36 weeks (Thursday 19/02/2026)", H, H, H, H],
                ["1.1",
                 "Go to every antenatal appointment, growth scan and lithium blood test at Hembridge General, "
                 "so that the baby's growth and Kayleigh's lithium level are checked together",
                 "Kayleigh, driven by Dean",
                 "Every two weeks, starting with the 32-week scan on 22/01/2026",
                 "Sarah Dunn tells Priya after each appointment that it happened and what the level was"],
                ["1.2",
                 "Put a safeguarding alert and a written birth plan on the maternity record: Kayleigh and the "
                 "baby stay on the ward for at least 72 hours after the birth, and Priya is rung when the baby "
                 "is born",
                 "Sarah Dunn, safeguarding midwife, Hembridge General",
                 "By 34 weeks (05/02/2026)",
                 "Birth plan and alert copied to Priya, who checks them on the maternity record"],
                ["1.3",
                 "Home visits with Kayleigh to finish her relapse signature and write a postnatal relapse "
                 "prevention plan, and report on how her mood affects her care of Mason and the baby, her "
                 "capacity to stay well after the birth and the likely timescale",
                 "Nikki Bramwell, CPN and care coordinator, Hembridge Perinatal Mental Health Team",
                 "Fortnightly on Tuesdays from 13/01/2026; relapse plan by 34 weeks",
                 "Relapse plan sent to Priya by 05/02/2026; written report to each core group"],
                ["1.4",
                 "Review Kayleigh's lithium and plan her medication for labour and the first weeks, and give a "
                 "written view of the risk of a postpartum relapse, whether she can keep well enough to care "
                 "for the baby and how soon that will be known",
                 "Dr Helen Farrant, perinatal psychiatrist",
                 "At the 36-week clinic (19/02/2026)",
                 "Letter to Priya, the GP and Sarah Dunn within 5 working days of the clinic"],
                ["1.5",
                 "Pre-birth assessment of Kayleigh's and Dean's care of Mason and their plan for the baby, "
                 "including Linda's and Emma's part at night",
                 "Priya Nandra, social worker",
                 "Report by 35 weeks (12/02/2026)",
                 "Report shared with Kayleigh, Dean and the core group on 17/02/2026"],
                ["1.6",
                 "See Mason at home and at nursery, on his own, and talk with him about the baby using the "
                 "\"New Baby\" picture book; one visit in three unannounced",
                 "Priya Nandra, social worker",
                 "Every week until the birth",
                 "Visit records on HEART within 2 working days, with Mason's words"],
                ["1.7",
                 "Check Mason in each morning, ring Priya if he is not in by 9.30am, and write down anything he "
                 "says about home",
                 "Claire Wood, manager, Hazelbank Nursery",
                 "Every nursery day (Monday to Thursday)",
                 "Attendance and Mason's comments e-mailed to Priya every Friday"],
                ["Stage 2: from 36 weeks until the birth", H, H, H, H],
                ["2.1",
                 "Antenatal home visit: see where the baby will sleep, go through safe sleep and the feeding "
                 "plan with both parents, and meet Linda",
                 "Joanne Hartley, health visitor, Hembridge 0-19 Service",
                 "At 36 to 37 weeks (19/02/2026 to 26/02/2026)",
                 "Safe sleep checklist signed by both parents; copy to Priya"],
                ["2.2",
                 "Book two weeks' paternity leave and day shifts for the six weeks after, so that he is at home "
                 "every night for the baby's first eight weeks",
                 "Dean Ashcroft",
                 "Booked before 38 weeks (05/03/2026)",
                 "Letter from Haddon Logistics seen by Priya"],
                ["Stage 3: on the postnatal ward, until discharge", H, H, H, H],
                ["3.1",
                 "Record Kayleigh's sleep, mood and how she responds to the baby's feeding cues",
                 "Midwife in charge of each shift, Ward 22, Hembridge General",
                 "Every shift from the birth until discharge",
                 "Observation chart sent by Sarah Dunn to Priya on the day of discharge"],
                ["3.2",
                 "See Kayleigh on the ward and give a written view on whether she is well enough for the baby "
                 "to go home with her, and how likely she is to stay well over the following weeks",
                 "Nikki Bramwell, with Dr Farrant",
                 "Within 48 hours of the birth",
                 "Written view read out at the discharge planning meeting and kept on HEART"],
                ["3.3",
                 "Hold a discharge planning meeting on the ward with Kayleigh, Dean, Linda, Sarah, Nikki and "
                 "Joanne",
                 "Priya Nandra, social worker",
                 "Before discharge, and no earlier than 72 hours after the birth",
                 "Discharge plan signed by both parents; copies to all at the meeting"],
                ["Stage 4: from the day the baby comes home until his 8-week check", H, H, H, H],
                ["4.1",
                 "Visit the family and see the baby awake and being handled, and see Mason on his own",
                 "Priya Nandra, social worker",
                 "The day the baby comes home, then every week until the review conference",
                 "Visit records within 2 working days describing the baby's feeding, sleep and how Kayleigh "
                 "responds to him"],
                ["4.2",
                 "New birth visit, then weigh the baby at home and check where he sleeps",
                 "Joanne Hartley, health visitor",
                 "10 to 14 days after the birth, then every week until the 8-week check",
                 "Weight plotted in the red book; Joanne e-mails each weight to Priya the same day"],
                ["4.3",
                 "Stay overnight and do the 2am feed so that Kayleigh sleeps for at least six hours",
                 "Linda Whitworth (Nana)",
                 "Every night for the first 14 nights at home, then every Friday and Saturday until the 8-week "
                 "check",
                 "Linda initials the night feeds on the feeding chart; Priya sees the chart at each visit"],
                ["4.4",
                 "Take her lithium every evening and fill in her sleep diary, so that early signs are seen "
                 "before they affect the baby or Mason",
                 "Kayleigh",
                 "Every day from the day the baby comes home",
                 "Sleep diary seen by Nikki at each visit; lithium level 10 days after the birth sent to the GP "
                 "and Priya"],
                ["4.5",
                 "Weekly postnatal visits to Kayleigh, watching for her early warning signs, and a written "
                 "report on her capacity to stay well while caring for the baby and how long before the "
                 "team can say so",
                 "Nikki Bramwell, CPN and care coordinator",
                 "Weekly from discharge until the baby is 8 weeks old",
                 "Report to the review conference on 08/04/2026, and an update to each core group"],
                ["4.6",
                 "Kayleigh's postnatal check with a mood screen, and the baby's 6 to 8 week check",
                 "Dr Raj Mistry, GP, Highfield Surgery",
                 "By the time the baby is 8 weeks old",
                 "GP letter to Priya within 5 working days of each check"],
            ],
        }),
        ("h1", "If things start to go wrong"),
        ("bullets", [
            "If Kayleigh misses a dose of lithium, sleeps less than four hours on two nights in a row, or shows "
            "any sign on her relapse signature (talking very fast, spending money, not eating), Kayleigh, Dean "
            "or Linda rings Nikki the same day (the Hembridge Crisis Resolution Team out of hours), and the "
            "team sees Kayleigh within 4 hours. Until the team says she is well, Kayleigh is not left alone "
            "with the baby or Mason: Dean or Linda is with the children at all times.",
            "If the baby or Mason is found in Kayleigh's sole care while she is unwell, or either child is "
            "hurt, Priya (or the Emergency Duty Team) holds a strategy discussion with the police that day, and "
            "both children stay with Linda at 4 Holly Grove that night.",
            "If Linda cannot stay overnight on a night she is due to, she rings Dean by 6pm and Emma stays "
            "instead. If neither Linda nor Emma can stay, Dean does the night feeds himself, Kayleigh sleeps "
            "in the back bedroom, and Priya visits the next morning. If no adult other than Kayleigh can be "
            "there, the children go to Linda's, or to emergency foster carers found by Priya or the Emergency "
            "Duty Team if Linda cannot have them.",
            "If Kayleigh stops her lithium, needs to go into hospital, or Dr Farrant or Nikki say she is not "
            "well enough for the baby to go home with her, Alan Crossley (team manager) will hold a legal "
            "planning meeting within 2 working days to decide whether to start pre-proceedings under the "
            "Public Law Outline or apply to court. He will do the same if the pre-birth assessment finds the "
            "baby could not safely go home.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 2pm at Hembridge Family Centre: 20/01/2026, 17/02/2026 "
            "and 17/03/2026, and the discharge planning meeting on the ward.",
            "Review child protection conference: Wednesday 08/04/2026 at 10am, Hembridge Civic Centre.",
        ]),
        ("p", "Plan sent to Kayleigh, Dean, Linda and every agency named above on 09/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Initial conference plan in a table under "Weeks 1-4", "Weeks 5-8" and
#    "After February half term" banners, with a "Start / review" column.
#    Page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b217_harrowcliffe_weeks_banners_start_review_column_brennan.pdf",
    "doc_title": "Child Protection Plan - Tyler and Ruby Brennan",
    "split": "heldout",
    "actions": 16,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Harrowcliffe Council Children's Services · Tyler and Ruby Brennan",
    "footer": "Plan agreed 17/12/2025 · Review conference 12/03/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-plan-pdf-page-header-footer-intro-family-table-why-childrens-words-three-houses-parents-views-going-well-outcomes-then-ref-what-we-will-do-lead-start-review-evidence-we-will-look-for-table-under-weeks-1-4-weeks-5-8-after-february-half-term-banner-rows-then-contingency-numbered-with-fallback-for-aunt-legal-planning-meetings",
    "description": (
        "Exemplary initial child protection conference plan for a 9-year-old boy and a 6-year-old girl "
        "(neglect): their father drinks eight to ten cans a day and falls asleep while caring for them, "
        "their mother works three night shifts a week, and their aunt does the school run after those "
        "nights. The plan table (Ref / What we will do / Lead / Start / review / Evidence we will look for) "
        "runs under three banner rows (Weeks 1-4 from 5 January; Weeks 5-8 to February half term; after "
        "February half term until the Easter holidays), and each row's own time is a start plus a review, "
        "a school-calendar point, a rhythm in term or a date. The alcohol service reports on the father's "
        "capacity to change and the likely timescale, the GP owns work, the aunt's mornings have a "
        "fallback and legal planning follows named triggers; a page header and footer are on every page."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Harrowcliffe Council Children's Services, Safeguarding and Family Support Service. Agreed at the "
              "initial child protection conference on 17/12/2025 (chair: Martin Oyelaran). The work starts on "
              "Monday 5 January 2026, the first day of the spring term, and each week number below counts from "
              "that day."),
        ("table", {
            "rows": [
                ["Children", "Tyler Brennan, born 02/05/2016 (9), Year 5; Ruby Brennan, born 21/10/2019 (6), "
                             "Year 2. Both at Harrowcliffe St Hilda's CE Primary School."],
                ["Home", "31 Hazel Terrace, Harrowcliffe HC2 8DN"],
                ["Parents", "Leanne Brennan (35), care assistant at Heronsgate Care Home, nights on Sunday, "
                            "Monday and Tuesday; Gary Brennan (38), not working since June 2025"],
                ["Aunt", "Michelle Tate (Leanne's sister), 9 Hazel Terrace"],
                ["Category", "Neglect (both children)"],
                ["Social worker", "Carys Pendleton (team manager: Owen Blakely)"],
            ],
            "widths": [3.5, 13.5],
            "bold_first_col": True,
        }),
        ("h1", "Why Tyler and Ruby have a plan"),
        ("p", "Gary has drunk heavily since he lost his job in June. He told the conference he has \"eight or "
              "ten cans a day, more at the weekend\". On the nights Leanne works, Gary is the only adult at "
              "home. On 28/11/2025 Tyler rang Leanne at work at 11pm because Gary was asleep on the kitchen "
              "floor and would not wake; Ruby had not had any tea. The children were late to school 14 times "
              "in the autumn term and Ruby has come in wet and in yesterday's clothes. Tyler's teacher says he "
              "is tired and worried, and has started to say he has a stomach ache on Monday mornings."),
        ("h1", "What Tyler and Ruby told us"),
        ("p", "Tyler (seen on his own at school by Carys, 10/12/2025): \"When Dad's been drinking he talks "
              "loud and then he falls asleep and you can't wake him. I make Ruby's toast.\" \"I don't like "
              "Mondays because Mum's at work on Sunday night.\" \"I want Dad to be like when he took us "
              "fishing.\" He scored home 5 out of 10 and school 8 out of 10."),
        ("p", "Ruby drew her three houses with Carys. In her house of worries she drew \"Daddy on the floor\" "
              "and \"no tea\". In her house of good things she drew Auntie Michelle's dog Biscuit and her "
              "school friend Amira. In her house of dreams everyone was at the seaside \"and Daddy isn't "
              "sleepy\"."),
        ("h1", "What Leanne and Gary said"),
        ("p", "Leanne: \"I can't give up my job, we'd lose the house. But I didn't know it had got that bad on "
              "my nights.\" Gary: \"I know I need to stop. I've tried on my own and I get the shakes. I'll do "
              "whatever they say at the alcohol service.\""),
        ("h1", "What is going well"),
        ("bullets", [
            "Gary went to his first appointment at Harrowcliffe Alcohol and Drug Service on 15/12/2025.",
            "Michelle has taken the children to school after every one of Leanne's night shifts since "
            "01/12/2025, and they have been on time on each of those days.",
            "Both children love school and have good friends there.",
            "Leanne has told her manager about the plan and can swap a shift at a day's notice.",
        ]),
        ("h1", "What we want for Tyler and Ruby"),
        ("numbers", [
            "Tyler and Ruby are cared for every evening and night by an adult who is sober and awake.",
            "Tyler and Ruby are in school every day, on time, having had breakfast, in clean clothes.",
            "Tyler no longer has to look after Ruby or wake his dad, and he can say what worries him to an "
            "adult he trusts.",
            "Ruby is dry at night or gets help with it, and goes to bed at the same time each night.",
        ]),
        ("h1", "What we will do"),
        ("p", "\"Start / review\" gives when each action starts or is due and, where it carries on, how long "
              "it runs or when it is checked. Every action is also looked at by the core group."),
        ("table", {
            "header": ["Ref", "What we will do", "Lead", "Start / review", "Evidence we will look for"],
            "widths": [1.1, 5.6, 3.3, 3.2, 3.8],
            "rows": [
                ["Weeks 1-4 (from Monday 5 January 2026)", H, H, H, H],
                ["1",
                 "Full assessment of Gary's drinking and a plan for a community detox, then a written report on "
                 "whether he can stop drinking, the steps he needs and how long it is likely to take, given the "
                 "children's ages",
                 "Sean Maguire, recovery worker, Harrowcliffe Alcohol and Drug Service",
                 "Assessment by 09/01/2026; report by February half term (13/02/2026)",
                 "Report sent to Carys and shared with Gary and the core group on 10/02/2026"],
                ["2",
                 "Go to his keywork sessions and give a breath test at each one",
                 "Gary",
                 "Every Tuesday and Friday from 06/01/2026, reviewed at each core group",
                 "Sean sends Carys the breath test readings every Friday"],
                ["3",
                 "Not drink from 7am until the children are in bed, and not collect them from school or care "
                 "for them on his own on Leanne's night shifts until the core group agrees",
                 "Gary",
                 "Every day from 05/01/2026",
                 "Breath test at Carys's unannounced visits; Leanne and Michelle tell Carys who cared for the "
                 "children each night"],
                ["4",
                 "Blood tests for liver function and prescribing for the community detox, with the results "
                 "shared with the alcohol service",
                 "Dr Anita Shah, GP, Hatherley Medical Practice",
                 "Bloods by 16/01/2026; prescribing from the detox start date Sean sets",
                 "GP letter with the results to Sean and Carys"],
                ["5",
                 "Visit Tyler and Ruby at home and see each on their own; one visit in three unannounced after "
                 "5pm on a Sunday, Monday or Tuesday",
                 "Carys Pendleton, social worker",
                 "Weekly from 06/01/2026 until the review conference",
                 "Visit notes within 2 working days, with what each child said"],
                ["6",
                 "Give Carys and Michelle Leanne's shift rota a week ahead, and write on it who will be with "
                 "the children each night",
                 "Leanne",
                 "Every Sunday, for the week that follows",
                 "Rota on the fridge and a photo of it texted to Carys; checked at visits"],
                ["7",
                 "Collect the children at 8am on the mornings after Leanne's night shifts and take them to "
                 "breakfast club",
                 "Michelle Tate (aunt)",
                 "Every Monday, Tuesday and Wednesday in term",
                 "Breakfast club register shows both children in by 8.15am"],
                ["8",
                 "First-day calling if either child is not in by 9am, and a call to Carys if Leanne cannot be "
                 "reached",
                 "Mrs Dawn Heeley, DSL, St Hilda's",
                 "Every school day by 9.30am",
                 "Register and call log sent to Carys every Friday; attendance 95% or more by the Easter "
                 "holidays"],
                ["Weeks 5-8 (from Monday 2 February 2026, to February half term)", H, H, H, H],
                ["9",
                 "Six sessions at home with Leanne and Gary on the evening routine: tea, bath, clean uniform "
                 "and bedtime at 7.30pm for Ruby and 8.15pm for Tyler",
                 "Kerry Lund, family support worker, Harrowcliffe Family Hub",
                 "Thursdays at 4pm from 05/02/2026 for six weeks",
                 "Bedtime chart seen at each session; both children in bed on time on 5 nights of 7 by the "
                 "last session"],
                ["10",
                 "Health check for Ruby (wetting at night, head lice) and a referral to the enuresis clinic "
                 "if needed",
                 "Gemma Ross, school nurse",
                 "By February half term (13/02/2026)",
                 "Health check notes and a letter to Carys and the GP; enuresis clinic referral on file if "
                 "made"],
                ["11",
                 "Register both children with a dentist and take them for a check-up",
                 "Leanne",
                 "Registered by 06/02/2026; check-up before the core group on 10/02/2026",
                 "Appointment cards seen by Carys"],
                ["12",
                 "Nurture sessions with Tyler about worries at home, using his worry scale",
                 "Mr Imran Hussain, learning mentor, St Hilda's",
                 "Every Friday in term at 2pm, from 06/02/2026",
                 "Tyler's worry score (0-10) in the session log, sent to Carys at the end of each month"],
                ["After February half term (from Monday 23 February 2026 to the Easter holidays)", H, H, H, H],
                ["13",
                 "Update report on Gary's progress, with his breath test readings and a view on whether change "
                 "is happening quickly enough for Tyler and Ruby",
                 "Sean Maguire, recovery worker",
                 "Before the review conference on 12/03/2026",
                 "Written update sent to the conference chair by 06/03/2026"],
                ["14",
                 "Talk with Tyler and Ruby together about Dad's drinking, using the \"Mum and Dad's "
                 "Bottle\" story book, and agree with them who they ring if Dad is asleep and won't wake",
                 "Carys Pendleton, social worker",
                 "By 27/02/2026",
                 "Safety card with phone numbers kept in Tyler's school bag; each child's words in the visit "
                 "notes"],
                ["15",
                 "Place for Tyler at the Harrowcliffe Young Carers' after-school club",
                 "Hannah Lowe, Harrowcliffe Young Carers' Service",
                 "Every Wednesday in term, 3.30pm to 5pm, from 25/02/2026",
                 "Club register sent to Carys every half term"],
                ["16",
                 "Be at home and awake with the children on every night Leanne works, or make sure Michelle is "
                 "(written on the rota)",
                 "Leanne, with Michelle",
                 "Every night shift from 23/02/2026 until the review conference",
                 "Rota and Carys's unannounced evening visits show a sober adult at home"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("numbers", [
            "If Gary is found drunk while caring for the children, or the children are left with no sober adult, "
            "Carys (or the Emergency Duty Team out of hours) visits that evening, the children go to Michelle's "
            "at 9 Hazel Terrace for the night, and Carys holds a strategy discussion the next working day.",
            "If Michelle cannot do a morning or a night on the rota, she tells Leanne by 6pm the day before and "
            "Leanne swaps her shift (her manager has agreed this). If neither can be there, the children stay "
            "with their nan, Pat Tate, at 14 Heron Close; if Pat cannot have them, Carys or the Emergency Duty "
            "Team finds an emergency foster placement for that night.",
            "If the children are late or absent on two days in a week with no reason, Mrs Heeley rings Carys, "
            "who visits home that day.",
            "If Gary's breath tests are not below the limit Sean has set for four weeks in a row by the review "
            "conference, or he is found drunk in sole care of the children again, Owen Blakely (team manager) "
            "will hold a legal planning meeting within 5 working days to decide whether to start "
            "pre-proceedings under the Public Law Outline.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 3.30pm at St Hilda's: 13/01/2026, 10/02/2026 and "
            "10/03/2026.",
            "Review child protection conference: Thursday 12/03/2026 at 10am, Harrowcliffe Town Hall.",
        ]),
        ("p", "Plan sent to Leanne, Gary, Michelle and each agency on 18/12/2025. Tyler and Ruby have a picture "
              "version, talked through with Carys."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Core group 1 minutes for a premature baby on the neonatal unit:
#    numbered actions with Who and How we'll know lines, and a "When" part
#    numbered to match. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b217_hollinthwaite_cg1_minutes_when_part_numbered_caddick.md",
    "split": "heldout",
    "actions": 13,
    "template": "core-group-1-minutes-md-meeting-table-present-apologies-then-numbered-minute-items-purpose-agency-updates-lilys-days-on-the-unit-parents-views-outcomes-then-actions-agreed-numbered-each-with-who-and-how-well-know-lines-then-when-part-numbered-to-match-the-actions-then-if-things-go-wrong-fallback-for-grandmother-legal-planning-next-meetings",
    "description": (
        "Exemplary minutes of the first core group for a baby girl born at 31 weeks, three weeks old "
        "and still on the neonatal unit: her mother used cocaine at weekends during the pregnancy and "
        "the baby's cord sample was positive; her father's paternal grandmother will stay for the first "
        "week at home. After each agency's update, the baby's days on the unit as the nurses and her "
        "parents see them, the parents' views and the outcomes, the agreed actions are numbered 1 to 13, "
        "each with 'Who' and 'How we'll know' lines, and a separate 'When' part numbered to match gives "
        "each action's time ('twice a week until Lily comes home', 'the day Lily comes home', 'before "
        "the core group on 10/02/2026', 'within two working days of each missed visit', 'six weeks "
        "after discharge'). The drug service reports on the mother's capacity to change, the "
        "grandmother's nights have a fallback, legal planning follows named triggers, and the next core "
        "groups and the review conference are dated."
    ),
    "text": """\
# Hollinthwaite Council Children's Services

## Core Group Meeting 1 - Minutes

| | |
|---|---|
| **Child** | Lily Caddick, born 22/12/2025 at 31 weeks and 2 days (3 weeks old today) |
| **Where Lily is** | Harebell Neonatal Unit, Hollinthwaite Royal Infirmary, special care nursery, cot 4 |
| **Parents** | Jade Caddick (21) and Ryan Holt (23), Flat 2, 48 Highgate Road, Hollinthwaite HL4 3SE |
| **Plan** | Child protection plan (neglect) since the initial conference on 06/01/2026 |
| **Meeting** | Thursday 15/01/2026, 1.30pm, parents' room, Harebell Neonatal Unit |
| **Chair and minutes** | Becky Yates, social worker, Hollinthwaite Infant Safeguarding Team |

**Present:** Becky Yates (social worker); Jade Caddick; Ryan Holt; Sister Amanda Hirst (ward manager,
Harebell Neonatal Unit); Kath Dobson (neonatal outreach nurse); Tariq Aziz (recovery worker,
Hollinthwaite Drug and Alcohol Service); Joanne Pell (health visitor, Hollinthwaite 0-19 Service);
Sandra Holt (Ryan's mum).

**Apologies:** Dr Neil Ashworth (consultant neonatologist), who sent a written update.

### 1. Why we are meeting

Becky explained that the core group is the group that puts Lily's plan into practice between
conferences. This first meeting agrees who does what and when, before Lily comes home. Kath said
that if Lily keeps feeding as she is, the unit expects her home at about 36 weeks' corrected age,
in the week of 26/01/2026.

### 2. What each agency told the meeting

- **Neonatal unit (Amanda, and Dr Ashworth's update):** Lily weighs 1.74kg and has been off her
  feeding tube by day since 12/01/2026. She had withdrawal symptoms (jitteriness, a high-pitched
  cry) in her first week, which have now stopped. Jade has visited on 17 of the last 21 days and
  Ryan on 12. On 03/01/2026 Jade arrived at 11pm and staff thought she was under the influence; she
  was asked to leave and came back the next morning.
- **Drug and Alcohol Service (Tariq):** Jade has been to three appointments since 30/12/2025. She
  says she used cocaine "most weekends" until she found out she was pregnant at 20 weeks and "a
  few times" after that. Her oral fluid tests on 06/01/2026 and 13/01/2026 were negative.
- **Health visitor (Joanne):** Joanne has met Jade and Ryan on the unit and seen the flat, which is
  clean and warm and has a cot and a Moses basket ready.
- **Social worker (Becky):** Ryan's hair strand test is being arranged because he says he does
  not use drugs and he asked for it himself.

### 3. Lily's days on the unit

Amanda and Kath said that Lily wakes for feeds every three hours and roots and sucks her fist when
she is hungry. She settles quickly when held skin to skin on Jade's chest and goes quiet when she
hears Ryan's voice. After noisy visiting times she is unsettled and startles at the monitor alarms.
Jade has learned to give the 6pm bottle and to change Lily without the nurse's help, and Ryan baths
her on Saturdays. On the two days in the last fortnight when neither parent came, Lily was fed by
the nurses and was described as "unsettled, crying and hard to soothe" in the evening.

### 4. What Jade and Ryan said

Jade: "I know what I did in the pregnancy and I hate myself for it. I want her home and I'll do
every test you want." Ryan: "I'm going to be there every night. My mum's staying when Lily first
comes home, so Jade isn't on her own with it."

### 5. What we want for Lily (from the conference)

1. Lily comes home to parents who are free of drugs and who can feed her, settle her and keep her
   safe.
2. Lily is fed on time, sleeps on her back in her own Moses basket and keeps gaining weight along
   her centile line.
3. Lily is never cared for by an adult who has used drugs or alcohol.
4. Lily's development is checked and any delay from being born early is picked up and helped.

### 6. Actions agreed

The time for each action is in part 7, under the same number.

1. Visit Lily on the unit and see her with Jade and Ryan during a feed.
   - Who: Becky Yates, social worker
   - How we'll know: visit record on the case file with what Lily did and how her parents handled her
2. Keep the parents' visiting log: who visited, how long for, and the feeds and cares each parent
   did.
   - Who: Sister Amanda Hirst, ward manager (her nurses fill it in at each visit)
   - How we'll know: the log is e-mailed to Becky every Monday
3. Go to her appointments at the Drug and Alcohol Service and give an oral fluid test at each one.
   - Who: Jade
   - How we'll know: Tariq sends each test result to Becky the day it comes back
4. Assess Jade's drug use and write a report on her capacity to stay off cocaine, the steps she
   still needs to take and how long that is likely to take, given Lily's age.
   - Who: Tariq Aziz, recovery worker
   - How we'll know: written report sent to Becky and shared with Jade and the core group
5. Arrange a three-month hair strand test for Ryan for cocaine and cannabis, and share the result
   with Ryan and the core group.
   - Who: Becky Yates, social worker
   - How we'll know: the laboratory's result letter on the case file
6. Teach Jade and Ryan infant resuscitation, safe sleep and bottle feeding for a premature baby,
   including two nights rooming in with Lily on the unit.
   - Who: Kath Dobson, neonatal outreach nurse
   - How we'll know: the unit's discharge competency checklist, signed off by Kath for each parent
7. Hold a discharge planning meeting with Jade, Ryan, Sandra, Amanda, Kath and Joanne, and agree
   the date Lily goes home.
   - Who: Becky Yates, social worker
   - How we'll know: written discharge plan signed by Jade and Ryan, with copies to everyone present
8. Home visits after discharge to weigh Lily and check her feeding and where she sleeps.
   - Who: Kath Dobson, neonatal outreach nurse
   - How we'll know: weight plotted on Lily's chart and e-mailed to Becky and Joanne after each visit
9. Stay at the flat at night and do the 2am feed so that Jade and Ryan can sleep.
   - Who: Sandra Holt (Ryan's mum)
   - How we'll know: Sandra initials each night feed on the feeding chart, and Becky reads it at her
     visits
10. Unannounced home visits to see Lily awake and being handled, and to see the flat.
    - Who: Becky Yates, social worker
    - How we'll know: visit records within 2 working days, with what Lily did and who was at home
11. New birth visit and then health visiting contacts, weighing Lily and doing her development
    checks.
    - Who: Joanne Pell, health visitor
    - How we'll know: weights in the red book, sent to Becky the same day; ASQ-3 scores shared with
      the core group
12. Ring Jade and Ryan after any missed home visit, weigh or drug service appointment, and see Lily
    at home.
    - Who: Becky Yates, social worker
    - How we'll know: the call and the visit recorded on the case file, with Lily seen
13. See Lily at the neonatal follow-up clinic to check her growth, eyes, hearing and development.
    - Who: Dr Neil Ashworth, consultant neonatologist
    - How we'll know: clinic letter to the GP, Joanne and Becky

### 7. When

Numbered to match part 6. "Discharge" means the day Lily comes home.

1. Twice a week, on Tuesdays and Fridays, until Lily comes home.
2. At every visit until Lily comes home; the log sent every Monday.
3. Every Wednesday from 21/01/2026 until the review conference.
4. Before the core group on 10/02/2026.
5. Sample taken by 23/01/2026; result before the core group on 10/02/2026.
6. Before discharge: the two nights rooming in are the last two nights before Lily goes home.
7. At least three working days before the date Lily goes home.
8. The day Lily comes home, then twice a week for her first two weeks at home.
9. The first seven nights after Lily comes home.
10. Within 24 hours of Lily coming home, then every week until the review conference; at least one
    visit in three unannounced.
11. New birth visit within 10 days of discharge, then every two weeks until the review conference;
    ASQ-3 at 8 weeks' corrected age.
12. Within two working days of each missed visit or appointment.
13. Six weeks after discharge (the unit books the appointment before Lily leaves).

### 8. If things go wrong

- If Jade or Ryan comes to the unit, or is at home with Lily, under the influence of drugs or
  alcohol, the nurse in charge (or whoever sees it) rings Becky straight away (the Emergency Duty
  Team out of hours). That parent does not care for Lily, and Becky holds a strategy discussion
  with the police the same day.
- If any of Jade's tests is positive for cocaine, Tariq rings Becky that day; Lily's discharge does
  not go ahead until a strategy discussion has been held, and if Lily is already home, Jade is not
  left alone with her and Sandra stays at the flat from that night.
- If Sandra cannot stay on one of the seven nights, she tells Becky by 5pm that day and Ryan's
  sister, Kirsty Holt, stays instead. If neither can, Ryan does the 2am feed and Becky or Kath visits
  the next morning; if Ryan cannot either, Lily and Jade stay at Sandra's house at 5 Hawes Lane that
  night.
- If Jade tests positive for cocaine after 10/02/2026, if either parent is found under the influence
  while caring for Lily, or if Tariq's report says Jade is unlikely to stay off cocaine within Lily's
  timescale, Gillian Royle (team manager) will hold a legal planning meeting within 5 working days to
  decide whether to start pre-proceedings under the Public Law Outline or apply for an interim care
  order.

### 9. Next meetings

- Core group 2: Tuesday 10/02/2026 at 2pm, Hollinthwaite Family Centre (or on the unit if Lily is
  still there); core group 3: Tuesday 10/03/2026 at 2pm, Hollinthwaite Family Centre.
- Review child protection conference: Tuesday 31/03/2026 at 10am, Hollinthwaite Town Hall.

Minutes typed by Becky Yates on 16/01/2026 and sent to everyone present and to Dr Ashworth.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. A case-system export after domestic abuse: recurring and one-off task
#    blocks with "Frequency" and "Target date" fields, and a "Who and when"
#    field for contact. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b217_hasterby_halcyon_export_frequency_target_date_pryce.txt",
    "split": "heldout",
    "actions": 13,
    "template": "case-system-export-txt-halcyon-header-dot-leader-fields-household-why-childrens-views-mums-views-going-well-outcomes-then-recurring-task-blocks-with-owner-frequency-evidence-one-off-task-blocks-with-owner-target-date-evidence-family-time-block-with-who-and-when-in-one-field-then-contingency-with-fallback-for-grandfather-legal-planning-meetings",
    "description": (
        "Exemplary child protection plan exported from an invented case-management system for a "
        "14-year-old girl and her 7-year-old brother after their father strangled their mother and hit "
        "the girl when she stepped in; he is charged and on bail not to contact the mother or go to the "
        "house, and the boy sees him at a contact centre. Tasks are printed as blocks: recurring tasks "
        "with an Owner / Frequency / Evidence field each ('every Monday and Thursday in term', "
        "'fortnightly on Tuesdays until the trial', 'within an hour of any call from the address'), "
        "one-off tasks with Owner / Target date / Evidence ('before the MARAC on 21/01/2026', 'by "
        "February half term'), and family time with owner and time in one 'Who and when' field ('each "
        "contact'). The grandfather's after-school collections have a fallback; legal planning follows "
        "named triggers; core groups and the review conference are dated."
    ),
    "text": """\
HALCYON CHILDREN'S CASE MANAGEMENT - HASTERBY BOROUGH COUNCIL
CHILD PROTECTION PLAN (EXPORT)                          Exported 08/01/2026 14:22 by AMAHMOOD
===============================================================================================

Children ............. Maddison PRYCE, born 30/04/2011 (14), Year 9, Hawkswood Academy
                       Oscar PRYCE, born 11/09/2018 (7), Year 3, Hollybank Primary School
Address .............. 26 Hawkswood Road, Hasterby HS7 2QL
Lives with ........... Nicole Pryce (mum, 38), school administrator
Father ............... Craig Pryce (41), on police bail to Flat 9, Harcourt House, Hasterby
Maternal grandfather . Derek Ainsworth (66), 3 Hillcrest Drive, Hasterby
Category ............. Emotional abuse (both children)
Plan start ........... 07/01/2026 (initial child protection conference)
Allocated worker ..... Aisha Mahmood, social worker, Hasterby Children's Safeguarding Team
Team manager ......... Graham Oates
Core group ........... Every four weeks, Thursdays 4pm, Hasterby Children's Centre:
                       22/01/2026, 19/02/2026, 19/03/2026
Review conference .... Wednesday 01/04/2026, 10am, Hasterby Civic Centre

-----------------------------------------------------------------------------------------------
REASON FOR PLAN
-----------------------------------------------------------------------------------------------
On 03/12/2025 Craig came home late, accused Nicole of seeing someone and put his hands round her
neck in the kitchen. Maddison pulled at his arm and he hit her across the face; Oscar hid under
the stairs and rang 999 on Maddison's phone. Craig was arrested and charged with non-fatal
strangulation and assault by beating, and is on bail not to contact Nicole or Maddison and not to
enter Hawkswood Road. Trial is listed for 09/03/2026 at Hasterby Crown Court. Nicole told police it
was "not the first time"; there were two earlier call-outs (2023 and 2024) where she did not
support a prosecution. The family court has made no order; Oscar has asked to see his dad.

-----------------------------------------------------------------------------------------------
CHILDREN'S VIEWS
-----------------------------------------------------------------------------------------------
Maddison (seen alone at school, 05/01/2026): "I don't want to see him. I'm not scared of him, I'm
angry." "I can't sleep because I keep hearing it." "Mum always says it's the last time." She wants
the locks changed and wants to stop "having to be the one who rings". Scaled feeling safe at home
6/10, "9 if he stays away".

Oscar (seen alone at home with his Lego, 06/01/2026): "I rang the police because Maddie told me to.
I was a good boy." "I miss Daddy. Can I see him at the place with the toys?" He drew his house
with a big door "so the shouting stays out".

-----------------------------------------------------------------------------------------------
MUM'S VIEWS
-----------------------------------------------------------------------------------------------
Nicole: "I've supported the charges this time and I'm not going back. I need Maddison to stop
looking after me. I want Oscar to see his dad, but only somewhere safe."

-----------------------------------------------------------------------------------------------
WHAT IS WORKING WELL
-----------------------------------------------------------------------------------------------
- Nicole has supported the prosecution and has met Paula Keane (IDVA) twice.
- Craig has kept to his bail conditions since 04/12/2025.
- Both children have been in school every day since the start of term.
- Derek collects Oscar from after-school club on Tuesdays and Thursdays and Oscar "loves
  Grandad's chips".

-----------------------------------------------------------------------------------------------
OUTCOMES FOR THE CHILDREN
-----------------------------------------------------------------------------------------------
O1  Maddison and Oscar live in a home where there is no violence and where they feel safe.
O2  Maddison no longer feels she has to protect her mum, sleeps through the night and is in school
    every day.
O3  Oscar sees his dad only where it is safe for him, and comes back from contact settled.
O4  Both children know what to do and who to ring if they are frightened.

-----------------------------------------------------------------------------------------------
TASKS - RECURRING                  (Frequency: how often the task happens and until when)
-----------------------------------------------------------------------------------------------
T01  Task ........ See Maddison and Oscar at home, each on their own; at least one visit in
                   three unannounced.
     Owner ....... Aisha Mahmood, social worker
     Frequency ... Weekly until the review conference
     Evidence .... Visit records on HALCYON within 2 working days, with each child's words

T02  Task ........ Safety planning with Nicole and support through the trial, with the DASH risk
                   checklist redone at each contact.
     Owner ....... Paula Keane, IDVA, Hasterby Domestic Abuse Service
     Frequency ... Fortnightly on Tuesdays from 13/01/2026 until the trial
     Evidence .... DASH score at each contact sent to Aisha; Nicole's written safety plan on file

T03  Task ........ Treat any call from 26 Hawkswood Road, or any report of Craig in the road, as
                   an emergency, and arrest for any breach of bail.
     Owner ....... DS Karen Whitley, Hasterby Domestic Abuse Investigation Unit
     Frequency ... Within an hour of any call from the address, until the trial
     Evidence .... Incident log number and outcome sent to Aisha within 24 hours of each call

T04  Task ........ Check in with Maddison about her sleep, her week and anything she is worried
                   about at home.
     Owner ....... Mr Luke Fairhurst, DSL, Hawkswood Academy
     Frequency ... Every Monday and Thursday in term, at morning break
     Evidence .... Check-in notes on CPOMS with Maddison's own sleep score (0-10), sent to Aisha
                   each Friday

T05  Task ........ Nurture group for Oscar, with time to talk about home and his dad.
     Owner ....... Mrs Anna Croft, nurture lead, Hollybank Primary School
     Frequency ... Every Tuesday and Thursday afternoon in term, from 13/01/2026
     Evidence .... Boxall Profile at the start and before the Easter holidays, shared with Aisha

T06  Task ........ Go to the Freedom Programme to understand what has happened and its effect on
                   Maddison and Oscar.
     Owner ....... Nicole
     Frequency ... Every Wednesday at 10am for 12 weeks from 14/01/2026
     Evidence .... Attendance record from Hasterby Women's Centre sent to Aisha monthly

T07  Task ........ Collect Oscar from after-school club at 5.30pm and take him home to Nicole.
     Owner ....... Derek Ainsworth (Grandad)
     Frequency ... Every Tuesday and Thursday in term
     Evidence .... Club sign-out sheet signed by Derek; copy sent to Aisha each half term

-----------------------------------------------------------------------------------------------
TASKS - ONE-OFF                    (Target date: the date or event the task is done by)
-----------------------------------------------------------------------------------------------
T08  Task ........ Refer the family to MARAC and present the risks and the bail conditions there.
     Owner ....... Paula Keane, IDVA
     Target date . Referral by 14/01/2026; presented at the MARAC on 21/01/2026
     Evidence .... MARAC action sheet on HALCYON

T09  Task ........ Fit new locks, a door chain, a video doorbell and window locks at 26 Hawkswood
                   Road through the sanctuary scheme.
     Owner ....... Lee Barlow, coordinator, Hasterby Sanctuary Scheme
     Target date . Before the MARAC on 21/01/2026
     Evidence .... Completion sheet sent to Aisha; Aisha checks the locks at her next visit

T10  Task ........ Assess Maddison's sleep problems, flashbacks and anger since 03/12/2025, and
                   recommend any treatment.
     Owner ....... Dr Sian Hollis, clinical psychologist, Hasterby CAMHS
     Target date . By February half term (13/02/2026)
     Evidence .... Assessment letter with recommendations sent to Aisha and the GP

T11  Task ........ Write Maddison's own safety plan with her: who she rings, where she goes, and a
                   code word for Nicole and Derek.
     Owner ....... Aisha Mahmood, social worker
     Target date . Before Oscar's first contact on 17/01/2026
     Evidence .... Safety plan card signed by Maddison; copy on HALCYON

T12  Task ........ Assess Craig's suitability for the Harbour Change domestic abuse perpetrator
                   programme and send a written report.
     Owner ....... Neil Grady, facilitator, Harbour Change Programme
     Target date . By 27/02/2026, before the trial
     Evidence .... Assessment report sent to Aisha and shared with the core group

-----------------------------------------------------------------------------------------------
FAMILY TIME
-----------------------------------------------------------------------------------------------
T13  Task ........ Supervise Oscar's time with his dad at the contact centre, and stop the
                   contact if Craig talks about Nicole, the court case or Maddison.
     Who and when  Yvonne Clegg, contact supervisor, Hasterby Family Contact Centre - each
                   contact (fortnightly on Saturdays, 10am to 12 noon, from 17/01/2026)
     Evidence .... Contact record, with what Oscar said before and after, sent to Aisha within
                   two working days of each contact

-----------------------------------------------------------------------------------------------
CONTINGENCY
-----------------------------------------------------------------------------------------------
1. If Craig comes to the house, contacts Nicole or Maddison, or is seen in Hawkswood Road, Nicole
   or Maddison rings 999. Police attend as an emergency (task T03) and arrest him for the breach.
   Aisha (or the Emergency Duty Team out of hours) holds a strategy discussion with the police the
   same day, and Paula offers Nicole and the children a place at Hasterby Women's Refuge that night.
2. If Nicole lets Craig into the house, or arranges for the children to see him anywhere but the
   contact centre, Aisha holds a strategy discussion that day and the children stay with Derek at
   3 Hillcrest Drive that night.
3. If Derek cannot collect Oscar on a Tuesday or Thursday, he rings Nicole by 3pm and the club keeps
   Oscar until Nicole collects him at 6pm (the club has agreed this). If Derek cannot have the
   children under point 2, Aisha or the Emergency Duty Team arranges an emergency foster placement
   for that night.
4. If Oscar comes back from contact frightened or upset twice in a row, Aisha stops contact until
   the core group has met.
5. If Nicole allows Craig back into the home or any contact outside the contact centre, or if
   Craig breaches his bail and Nicole does not report it, Graham Oates (team manager) will hold a
   legal planning meeting within 5 working days to decide whether to start pre-proceedings under
   the Public Law Outline.

-----------------------------------------------------------------------------------------------
MEETINGS
-----------------------------------------------------------------------------------------------
Core group ........... Every four weeks (dates in the header above)
MARAC ................ 21/01/2026
Review conference .... Wednesday 01/04/2026, 10am, Hasterby Civic Centre

Distribution ......... Nicole Pryce; Maddison (her own copy, talked through with Aisha); Derek
                       Ainsworth; all agencies named in the tasks. Craig Pryce is sent tasks T12
                       and T13 only.
===============================================================================================
END OF EXPORT                                                                      Page 1 of 1
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan in an "Action / Responsible / When by / Success
#    measure" table; vague When by cells written as confidently as the
#    real ones. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b217_haxendale_icpc_when_by_success_measure_moran.docx",
    "doc_title": "Initial Child Protection Conference - Child Protection Plan - Ellie and Freddie Moran",
    "split": "heldout",
    "actions": 13,
    "template": "icpc-plan-docx-title-kv-details-reasons-for-the-plan-ellie-and-freddies-views-and-experiences-strengths-outcomes-then-action-success-measure-table-with-columns-action-responsible-when-by-success-measure-then-contingency-plan-bullets-core-group-and-review-paragraph",
    "description": (
        "Initial child protection conference plan for an 8-year-old girl and her 2-year-old brother "
        "(neglect): their mother's depression and anxiety have worsened since October, she stays in bed "
        "most mornings, the girl gets her brother up and misses school, the boiler has been broken since "
        "November and the children's bedroom is damp, the boy has few words and the girl has two decayed "
        "teeth. An Action / Responsible / When by / Success measure table whose real times are rhythms, "
        "start dates and dates, beside vague ones written just as firmly. Faults: the community mental "
        "health team's home visits that only support the mother, with 'Ongoing' as their only time "
        "(H001, T002); the boiler and damp repair 'As soon as possible' (T002); direct work with the "
        "girl 'When appropriate' (T002); the dentist with an empty When by (T001); 'All professionals' "
        "sharing concerns (W002)."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Haxendale Metropolitan Borough Council, Children and Families Service. Initial child protection "
              "conference held on Tuesday 13/01/2026 at Haxendale Civic Centre. Chair: Yvonne Hardcastle."),
        ("kv", [
            ("Children", "Ellie Moran, born 19/07/2017 (8), Year 4 at Haxendale Park Primary School; Freddie "
                         "Moran, born 03/03/2023 (2)"),
            ("Address", "14 Hexham Walk, Haxendale HX5 9TB"),
            ("Mother", "Gemma Moran (31)"),
            ("Freddie's father", "Lewis Carney (33), Heathcote Road, Haxendale; sees Freddie on Saturdays"),
            ("Grandparents", "Pauline and Jim Moran, Haxendale; visit on Sundays"),
            ("Category of plan", "Neglect (both children)"),
            ("Social worker", "Rachel Dempsey, Haxendale Family Safeguarding Team (team manager: Stuart Kaye)"),
        ]),
        ("h1", "Reasons for the plan"),
        ("p", "Gemma has had depression and anxiety since Ellie was a baby and is under Haxendale Community "
              "Mental Health Team. Since October 2025 her mood has been much lower: she told the conference "
              "she \"can't face the mornings\" and stays in bed until midday on most days. Ellie gets Freddie "
              "up, changes his nappy and gives him cereal before school, and her attendance this year is 81% "
              "with 22 late marks. The boiler has not worked since 14/11/2025 and the family uses an electric "
              "heater in the living room. The children's bedroom has black mould on two walls. Freddie, at "
              "2 years 10 months, uses about ten single words. Ellie has had toothache since December and the "
              "school nurse has seen two decayed teeth."),
        ("h1", "Ellie and Freddie's views and experiences"),
        ("p", "Ellie (seen on her own at school by Rachel, 08/01/2026): \"I do Freddie's breakfast because Mum "
              "is tired. I don't mind, I'm good at it.\" \"Our room is cold and smells. I sleep with my coat "
              "on the bed.\" \"My tooth hurts when I eat toast.\" She would like Mum to \"get up and take me "
              "to school like other mums\" and wants to go to Brownies again."),
        ("p", "Freddie was seen at home on 06/01/2026 and 09/01/2026. He was in a wet nappy at 11am on both "
              "visits. He brought his toy bus to Rachel and pointed, saying \"bus\" and \"Ellie\". He went to "
              "Ellie, not Gemma, when he fell, and cried when Ellie left for school."),
        ("h1", "Strengths"),
        ("bullets", [
            "Gemma loves her children, came to the conference and agreed with the worries.",
            "Gemma has kept her CMHT appointments since December and has started taking her sertraline again.",
            "Ellie is doing well in reading and has a good friend, Isla.",
            "Lewis sees Freddie every Saturday and has offered to help with the garden and the dog.",
        ]),
        ("h1", "Outcomes we want for Ellie and Freddie"),
        ("numbers", [
            "Ellie and Freddie are up, washed, dressed and fed every morning by an adult, and Ellie no longer "
            "has to care for Freddie.",
            "Ellie is in school every day and on time, and her attendance is above 95% by the Easter holidays.",
            "The children sleep in a warm, dry bedroom with no mould.",
            "Freddie's speech is assessed and he gets the help he needs, and he has a nursery place.",
            "Ellie's teeth are treated and she is no longer in pain.",
        ]),
        ("h1", "Action plan"),
        ("table", {
            "header": ["Action", "Responsible", "When by", "Success measure"],
            "widths": [6.2, 3.6, 3.0, 4.2],
            "rows": [
                ["Visit the children at home and see Ellie on her own; at least one visit a month unannounced "
                 "before school",
                 "Rachel Dempsey, social worker",
                 "Every two weeks from 15/01/2026",
                 "Visit records with Ellie's words and the home conditions checklist score"],
                ["Support Gemma with her low mood and anxiety through home visits",
                 "Marcus Ebbs, CPN, Haxendale Community Mental Health Team",
                 "Ongoing",
                 "Visits recorded in the CMHT notes and dates shared with the social worker"],
                ["Review Gemma's medication and give a written view of how her depression affects her care of "
                 "Ellie and Freddie, whether she can make the changes needed, and how long that may take",
                 "Dr Anjali Rao, consultant psychiatrist, Haxendale CMHT",
                 "By 13/02/2026",
                 "Letter to the social worker and the GP, shared at the core group on 24/02/2026"],
                ["Repair the boiler and treat the damp and mould in the children's bedroom",
                 "Tom Pickering, housing officer, Haxendale Homes",
                 "As soon as possible",
                 "Repair completion sheet sent to the social worker; Rachel sees the bedroom at her next visit"],
                ["Direct work with Ellie about her worries at home and her role in caring for Freddie",
                 "Rachel Dempsey, social worker",
                 "When appropriate",
                 "Ellie's own words and drawings recorded in session notes and shared with the core group"],
                ["Take Ellie to the dentist for treatment of her two decayed teeth",
                 "Gemma",
                 "",
                 "Appointment card and the dentist's treatment letter seen by Rachel"],
                ["Funded two-year-old nursery place for Freddie at Hillside Children's Centre nursery",
                 "Louise Gale, early years adviser, Haxendale Family Hub",
                 "Place from 02/02/2026, three mornings a week",
                 "Nursery register e-mailed to Rachel every Friday"],
                ["Refer Freddie to the speech and language therapy service for an assessment",
                 "Sophie Barraclough, health visitor",
                 "Referral by 23/01/2026",
                 "Referral acceptance letter on file; assessment report shared with the core group"],
                ["Home visits to check Freddie's development, weight and nappy care",
                 "Sophie Barraclough, health visitor",
                 "Every four weeks from 20/01/2026",
                 "ASQ-3 scores at the first and third visits; findings e-mailed to Rachel"],
                ["Check Ellie's attendance and ring Gemma, then Rachel, if Ellie is not in by 9.15am",
                 "Mrs Claire Whitley, DSL, Haxendale Park Primary School",
                 "Every school day",
                 "Register and call log sent to Rachel each Friday; attendance above 95% by the Easter "
                 "holidays"],
                ["Sessions at home with Gemma on a morning routine for the children: getting up, breakfast, "
                 "nappies and the school run",
                 "Kelly Ashton, family support worker, Haxendale Family Hub",
                 "Weekly on Mondays for 8 weeks from 19/01/2026",
                 "Morning routine chart seen at each session; Ellie in school by 8.50am on 4 days of 5 by "
                 "the last session"],
                ["Tell the social worker the same day about any concern for Ellie or Freddie",
                 "All professionals",
                 "Same day",
                 "Concerns logged on the children's case file"],
                ["Take her sertraline every day and go to her CMHT appointments, so that she is up in time to "
                 "get Ellie to school",
                 "Gemma",
                 "Every day from 13/01/2026",
                 "Morning routine chart and CMHT attendance record seen by Rachel"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("bullets", [
            "If Ellie is not in school by 9.15am and Gemma cannot be reached, Mrs Whitley rings Rachel, who "
            "visits the house that morning (the duty social worker if Rachel is away).",
            "If Freddie is found alone with Ellie in charge of him, or Gemma is found unable to get out of bed "
            "to care for him, Rachel arranges for the children to stay with Pauline and Jim that day, and if "
            "they cannot have them, with emergency foster carers; a strategy discussion is held the same day.",
            "If Gemma tells anyone she has thoughts of harming herself, that person rings the Haxendale Crisis "
            "Team straight away and then Rachel, and the children stay with Pauline and Jim or Lewis until the "
            "crisis team has seen Gemma.",
            "If by the core group on 24/03/2026 Ellie's attendance is still below 90% or the children are "
            "still found without breakfast or in wet nappies at visits, Stuart Kaye (team manager) will hold a "
            "legal planning meeting within 10 working days.",
        ]),
        ("h1", "Core group and review"),
        ("p", "The first core group is on Tuesday 27/01/2026 at 3.30pm at Haxendale Park Primary School. The "
              "core group will then meet every four weeks, on 24/02/2026 and 24/03/2026. The review child "
              "protection conference is on Thursday 09/04/2026 at 1.30pm at Haxendale Civic Centre."),
    ],
    "findings": [
        F("H001", "Support Gemma with her low mood and anxiety through home visits"),
        F("T002", "Support Gemma with her low mood and anxiety through home visits"),
        F("T002", "Repair the boiler and treat the damp and mould"),
        F("T002", "Direct work with Ellie about her worries at home"),
        F("T001", "Take Ellie to the dentist for treatment of her two decayed teeth"),
        F("W002", "Tell the social worker the same day about any concern"),
    ],
})


# ---------------------------------------------------------------------------
# 6. The social worker's plan letter to a father caring alone: paragraphs
#    under "What I will do", "What we have asked you to do" and "What others
#    will do". Page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b217_helvington_plan_letter_to_father_paragraphs_garside.pdf",
    "doc_title": "Letter to Shaun Garside - Child protection plan for Poppy and Alfie",
    "split": "heldout",
    "actions": 14,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Helvington Council Children's Services · Poppy and Alfie Garside",
    "footer": "Letter to Shaun Garside, 21/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "plan-letter-to-father-pdf-page-header-footer-letterhead-address-dear-shaun-why-im-writing-what-the-conference-was-worried-about-what-poppy-and-alfie-told-us-what-you-said-what-is-going-well-what-we-want-for-the-children-then-the-plan-paragraphs-under-what-i-will-do-what-we-have-asked-you-to-do-what-others-will-do-then-if-things-go-wrong-meetings-signature",
    "description": (
        "The social worker's letter to a father caring alone for a 5-year-old girl and a 3-year-old boy "
        "since their mother left in October (neglect, his drinking), setting out the plan agreed at the "
        "initial conference in paragraphs under 'What I will do' (I is the social worker who signs), "
        "'What we have asked you to do' (you is Shaun) and 'What others will do'. Most times are real "
        "(every week until the review conference, every Tuesday from 27 January, each night, every "
        "Thursday), but several are vague though written as firmly. Faults: the health visitor's speech "
        "and language referral 'in due course' (T002); the family support worker's visits 'as and when "
        "his caseload allows' (T002); the nursery's talk about toileting 'at the next opportunity' with "
        "no meeting named (T002); the GP's liver tests with no time at all (T001); the recovery "
        "service's assessment of the father's drinking with no stated output (M001); and a review "
        "conference still to be arranged (R001)."
    ),
    "blocks": [
        ("pr", "Helvington Council Children's Services"),
        ("pr", "Family Safeguarding Team, Hallgate House, Helvington HV1 4AZ"),
        ("pr", "21 January 2026"),
        ("pl", "Mr Shaun Garside"),
        ("pl", "7 Harebell Close"),
        ("pl", "Helvington HV3 6NP"),
        ("p", ""),
        ("p", "Dear Shaun,"),
        ("h2", "Why I am writing"),
        ("p", "Thank you for coming to the initial child protection conference on Tuesday 20 January 2026. As "
              "we agreed at the end of the meeting, I am writing to set out Poppy's and Alfie's child "
              "protection plan in plain words, so that you know what will happen, who will do it and when. "
              "The conference decided that Poppy and Alfie need a plan under the category of neglect."),
        ("h2", "What the conference was worried about"),
        ("p", "Since Kelly left in October you have looked after Poppy and Alfie on your own. You told the "
              "conference you have been drinking \"a bottle of wine most nights, more at weekends\" to cope. On "
              "12 December 2025 Poppy's school could not reach you at home time and a neighbour found you "
              "asleep on the sofa with Alfie alone in the kitchen. Alfie, who is 3, is not yet using the "
              "toilet and uses only a few words, and Poppy has been late for school on 11 mornings this term."),
        ("h2", "What Poppy and Alfie told us"),
        ("p", "Poppy talked to me at school on 15 January with her teddy, Mr Button. She said: \"Daddy falls "
              "asleep a lot and I make Alfie a jam sandwich.\" \"I miss Mummy. She sends me voice notes.\" \"I "
              "like it when Auntie Claire picks us up because she does pasta.\" She told me she feels safe at "
              "home \"when Daddy is awake\". Alfie was not able to tell me in words, but on my visits he "
              "brought me his books to read, climbed onto your knee when he was tired, and went very quiet "
              "when you raised your voice on 9 January."),
        ("h2", "What you said"),
        ("p", "You said: \"I know the drinking has got out of hand. I want to stop and I want the kids to be "
              "proud of me.\" You asked for help with Alfie's toileting and with bedtimes."),
        ("h2", "What is going well"),
        ("p", "You have not missed a single nursery day for Alfie since 5 January. You had your first "
              "appointment at Helvington Recovery Service on 16 January. Your sister Claire collects the "
              "children on Thursdays, and Poppy and Alfie clearly love being with you."),
        ("h2", "What we want for Poppy and Alfie"),
        ("bullets", [
            "Poppy and Alfie are looked after every day and night by a dad who is sober and awake.",
            "Poppy gets to school on time every day and Alfie is at nursery every weekday morning.",
            "Alfie's speech and toileting are helped, and he is using the toilet in the day by the summer.",
            "The children go to bed at the same time each night and have a hot meal every day.",
        ]),
        ("h1", "The plan: what will happen"),
        ("h2", "What I will do"),
        ("p", "I will visit you and the children at home every week until the review conference, and at least "
              "once a fortnight I will come without an appointment in the early evening; I will see Poppy on "
              "her own and write down what she tells me in my visit record."),
        ("p", "I will hold a family network meeting with you, Claire and your mum by 6 February 2026, and send "
              "everyone the written plan we agree for who helps on which days."),
        ("p", "I will do four sessions of direct work with Poppy at school about Mummy leaving, using her "
              "feelings jar, on Wednesdays from 28 January 2026, and share her words with you and the core "
              "group."),
        ("h2", "What we have asked you to do"),
        ("p", "You will go to your keywork appointments with Lorna at Helvington Recovery Service every Tuesday "
              "from 27 January 2026, and Lorna will tell me each week that you attended and your breath "
              "test reading."),
        ("p", "You will not drink at all while Poppy and Alfie are in your care, from today, and you will blow "
              "into the breathalyser at each of my visits; every reading will go in my visit record."),
        ("p", "You will have Poppy in bed by 7.30pm and Alfie by 7pm each night, and fill in the bedtime chart "
              "on the fridge, which I will look at when I visit."),
        ("p", "You will take Alfie to Hollyfield Nursery by 9am every weekday morning and Poppy to Hartwell "
              "Infant School by 8.50am every school day, and the register will show they were there."),
        ("h2", "What others will do"),
        ("p", "Lorna Pike, your recovery worker at Helvington Recovery Service, will complete a full assessment "
              "of your drinking by 30 January 2026."),
        ("p", "Dr Hamid at Helvington Health Centre will take blood tests to check your liver and will send the "
              "results to Lorna and to me."),
        ("p", "Joanne Fairclough, your health visitor, will refer Alfie to the speech and language therapy team "
              "in due course, and will send me the referral acceptance letter."),
        ("p", "Dean Marsh, family support worker at Helvington Family Hub, will visit you at home as and when "
              "his caseload allows, to help with bedtimes, meals and Alfie's toileting, and will write the "
              "children's bedtimes on a chart that I will look at."),
        ("p", "Mrs Rita Lowe, manager of Hollyfield Nursery, will talk to you about a toileting plan for Alfie "
              "at the next opportunity, and will write what you agree in his nursery diary."),
        ("p", "Mrs Priya Dhillon, the designated safeguarding lead at Hartwell Infant School, will check Poppy "
              "is in each morning and ring me if she is not in by 9.30am, and will send me the register every "
              "Friday."),
        ("p", "Your sister Claire has agreed to collect Poppy and Alfie from school and nursery every Thursday and "
              "give them their tea until you finish work at 6pm; she will text me each Thursday when you have "
              "collected them."),
        ("h2", "If things go wrong"),
        ("p", "If you are drunk, or have been drinking, while the children are in your care, or the school or "
              "nursery cannot reach you at collection time, the school or nursery will ring me (or the "
              "Emergency Duty Team after 5pm) straight away. I will visit that day, the children will go to "
              "Claire's at 22 Hilltop Road, and I will hold a strategy discussion with the police the same day. "
              "If Claire cannot have them or cannot do a Thursday, she will ring you and me by 12 noon; your "
              "mum, Maureen Garside, will collect them instead, and if neither can, I will find the children "
              "an emergency foster placement for that night."),
        ("p", "If you miss two recovery appointments in a row, or any breath test reading is over the limit "
              "after 17 February 2026, or the children are found alone again, my manager, Ian Rudd, will hold a "
              "legal planning meeting within 5 working days to decide whether to start pre-proceedings under "
              "the Public Law Outline."),
        ("h2", "Meetings"),
        ("p", "The core group (you, me, Lorna, Joanne, Dean, Mrs Lowe and Mrs Dhillon) will meet every four weeks "
              "at Helvington Family Hub at 2pm, on 3 February, 3 March and 31 March 2026. The review child "
              "protection conference will be arranged by the Safeguarding Unit, and I will let you know the "
              "date when it is set."),
        ("p", "If anything in this letter is not clear, please ring me on 01632 960 418."),
        ("p", "Yours sincerely,"),
        ("pl", "Natalie Cross"),
        ("pl", "Social worker, Family Safeguarding Team, Helvington Council"),
    ],
    "findings": [
        F("T002", "will refer Alfie to the speech and language therapy team"),
        F("T002", "will visit you at home as and when his caseload allows"),
        F("T002", "will talk to you about a toileting plan for Alfie"),
        F("T001", "will take blood tests to check your liver"),
        F("M001", "will complete a full assessment of your drinking"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. A core group plan for a young carer and her sister: bullets grouped
#    under time headings, one of them vague and one with no time. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b217_hobsgate_core_group_bullets_under_time_headings_fenwick.md",
    "split": "heldout",
    "actions": 17,
    "template": "core-group-plan-md-family-list-why-there-is-a-plan-holly-and-daisy-in-their-words-what-karen-says-going-well-what-we-want-then-the-plan-bullets-grouped-under-time-headings-by-a-date-by-the-next-core-group-every-week-throughout-the-plan-also-agreed-then-if-things-go-wrong-meetings",
    "description": (
        "Plan agreed at the first core group for a 12-year-old young carer and her 4-year-old sister "
        "(neglect): their mother has multiple sclerosis, now secondary progressive, and low mood since her "
        "partner left; the 12-year-old washes and dresses her mother, gives her medication and gets her "
        "sister to school, and her attendance is 78%; the 4-year-old has missed her hearing test and her "
        "speech is unclear. Their aunt collects the younger girl twice a week and has her when needed. "
        "The work is bullets under time headings ('By Friday 30 January 2026', 'By the core group on "
        "17/02/2026', 'Every week', 'Throughout the plan', 'Also agreed'). Faults: the mother's diary and "
        "the school's homework pass under 'Throughout the plan' with no time of their own (T002 twice); "
        "the social worker's calls 'regularly' and the aunt's help 'when needed' (T002 twice); the housing "
        "application and the speech group referral under 'Also agreed' with no time (T001 twice); and a "
        "contingency that sends the girls to their aunt with nothing said if she cannot help (C003)."
    ),
    "text": """\
# Hobsgate Borough Council - Children's Services

## Child Protection Plan: Holly and Daisy Fenwick

*Plan as agreed at core group 1, Tuesday 20/01/2026, Hobsgate Academy. This version replaces the plan
sent after the initial child protection conference on 14/01/2026.*

**Family**

- Holly Fenwick, born 02/02/2013 (12), Year 8, Hobsgate Academy
- Daisy Fenwick, born 27/05/2021 (4), Reception, Hobsgate Infant School
- Karen Fenwick (41), their mum, 5 Hatherley Court, Hobsgate HG2 5LP
- Tracey Fenwick (45), Karen's sister, 31 Hill View, Hobsgate
- Social worker: Jo Whitlock, Hobsgate Children's Services (team manager: Andrew Pyle)
- Category: neglect (both girls)

## Why there is a plan

Karen was diagnosed with multiple sclerosis in 2018. Since last spring her MS has been secondary
progressive: she walks with a stick indoors and uses a wheelchair outside, and she is exhausted by the
afternoon. Since her partner left in 2024 she has also had low mood and takes an antidepressant from
her GP. Karen has no care workers. Holly helps her wash and dress every morning, gives her her tablets,
gets Daisy ready for school and cooks most evenings. Holly's attendance this year is 78% and she has
fallen asleep in lessons. Daisy missed her hearing test twice in the autumn and her speech is hard for
adults outside the family to understand.

## Holly and Daisy, in their own words

Holly (seen on her own at school by Jo, 16/01/2026): "I don't mind helping Mum, she'd do it for me. But
I'm tired all the time and I can't do my homework." "I don't want anyone to take Daisy away." "I want
to go to netball club like I used to." She scored how things are at home 6 out of 10 and "being tired"
9 out of 10.

Daisy (seen at home, 16/01/2026): she showed Jo her drawing of "Mummy's wheelie chair" and said "Holly
does my hair. Auntie Tracey does fish fingers." She held Holly's hand the whole visit and hid behind
her when Jo first arrived.

## What Karen says

"I hate that Holly has to do all this. I didn't want to ask for help in case they said I couldn't look
after my girls. I want Holly to be a normal 12-year-old."

## What is going well

- Karen asked for help herself and came to the conference and the core group.
- Tracey has Daisy after school two days a week and the girls love going there.
- Holly has a good friend, Lauren, and her English teacher says her writing is "excellent".
- Daisy is settled at school and her teacher says she is "kind and curious".

## What we want for Holly and Daisy

1. Holly no longer does her mum's personal care or gives her medication, and has time for homework,
   sleep and netball.
2. Holly is in school every day and her attendance is above 95% by the Easter holidays.
3. Daisy has her hearing test and gets help with her speech, and goes to school every day.
4. Both girls are cared for every day by adults who have the help they need to do it.

## The plan

Each bullet says who will do it and how we will know it has happened. The headings say when.

### By Friday 30 January 2026

- Sam Okoye, social worker at Hobsgate Adult Social Care, will complete a care and support needs
  assessment for Karen, including care workers for her morning personal care so that Holly no longer
  does it, and send the written assessment and care plan to Jo.
- Lucy Barnes at Hobsgate Young Carers will complete a young carer's needs assessment with Holly and
  send it to Jo and to Holly's head of year.
- Jo will book Daisy's missed hearing test and her 4-year development review with the school nursing
  team, and put a copy of the appointment letter on Daisy's file.

### By the core group on 17/02/2026

- Alison Brough, Karen's MS specialist nurse at Hobsgate Neurology Centre, will review Karen's fatigue
  and medication and write to Jo and the GP about which care tasks Karen can safely do for Daisy on
  her own.
- Dr Paul Pearce, Karen's GP at Hobsgate Health Centre, will review Karen's low mood and her
  antidepressant and write to Jo about how her mood affects her care of Holly and Daisy.
- Kirsty Dean, occupational therapist with Hobsgate Community Therapy, will visit the flat and order a
  bath lift and a perching stool, and send the delivery note to Jo.

### Every week

- Jo will visit the family at home and see Daisy with Karen, and write a visit record within 2 working
  days with what each girl said and did.
- Tracey will collect Daisy from school on Tuesdays and Thursdays and give both girls their tea at her
  house until 6pm, and will text Jo each of those evenings when the girls are home.
- Mrs Sarah Quinn, Holly's head of year, will meet Holly on Monday mornings to check how her week has
  started, and send Jo a note of each meeting.

### Throughout the plan

- Karen will keep a diary of the jobs Holly does for her and for Daisy, so that everyone can see
  whether Holly's load is getting lighter, and Jo will read it with Karen and Holly.
- Mrs Quinn will give Holly a homework pass and the use of the library at lunchtime to catch up,
  with a record of her homework kept on CPOMS and sent to Jo.
- Jo will see Holly on her own at school every other Wednesday and write down what she says about
  home in her visit record.

### Also agreed

- Karen will apply to Hobsgate Homes for a move to a ground-floor flat near the girls' schools, and
  give Jo the application reference.
- Jo will refer Daisy to the Chatterbox speech group at Hobsgate Family Hub, and give Karen the start
  date in writing.
- Hobsgate Young Carers will give Holly a place at their youth club, 6pm to 8pm every Friday from
  23/01/2026, and send the club register to Jo each half term.
- Jo will ring Karen regularly between visits to check how she and the girls are managing, and note
  each call on the girls' case file.
- Tracey will have Daisy at her house when needed so that Karen can rest after a bad night, and will
  let Jo know by text which days she had her.

## If things go wrong

- If Karen has an MS relapse or a fall and cannot care for Daisy, Karen or Holly rings Jo (the
  Emergency Duty Team out of hours). Both girls stay with Tracey at 31 Hill View until Karen is well
  enough, and Jo visits them there within 24 hours.
- If Holly is found doing Karen's personal care after the care workers have started, or misses two
  days of school in a week, Mrs Quinn or the care agency rings Jo, who visits the same day.
- If by the core group on 17/03/2026 Holly is still doing Karen's personal care, or Daisy has missed
  her hearing test again, Andrew Pyle (team manager) will hold a legal planning meeting within 10
  working days.

## Meetings

- Core group every four weeks, Tuesdays at 3.45pm at Hobsgate Academy: 17/02/2026 and 17/03/2026.
- Review child protection conference: Tuesday 14/04/2026 at 10am, Hobsgate Civic Centre.

Plan sent to Karen, Holly (her own copy, talked through with Jo), Tracey and every agency named above
on 21/01/2026.
""",
    "findings": [
        F("T002", "Karen will keep a diary of the jobs Holly does"),
        F("T002", "Mrs Quinn will give Holly a homework pass"),
        F("T002", "Jo will ring Karen regularly between visits"),
        F("T002", "Tracey will have Daisy at her house when needed"),
        F("T001", "Karen will apply to Hobsgate Homes for a move"),
        F("T001", "Jo will refer Daisy to the Chatterbox speech group"),
        F("C003"),
    ],
})
