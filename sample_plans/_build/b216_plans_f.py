"""Batch 216, module f: seven fictional plans (tuning material), places beginning with "f".

Batch: 216. Letter: f. Split: tune (every plan).

Everything here is made up: children, families, professionals, schools,
nurseries, GP practices, hospitals, services, streets and councils. Any
resemblance to real people, places or cases is a coincidence. The labels
were written by hand from docs/rules.md and the conventions in
sample_plans/README.md (conventions 1 to 13), without running planlint or
reading its code.

Focus: timescales, real ones written unusually and vague ones that look
real. In the four exemplary plans every action's time is real but said in
the ways real services say it: a date or period in a banner over a group of
actions ("Weeks 1 to 4: Monday 12 January to Friday 6 February 2026",
"By the review conference on Thursday 2 April 2026"); an event or meeting
("the day Lily comes home", "within two working days of each missed
visit", "before the core group on 10 February"); the baby's age ("by the
8-week check"); the school calendar ("by February half term", "every
Friday in term"); recurrences ("fortnightly on Tuesdays"); a start plus a
review ("From 19/01/2026; reviewed at each core group"); a timeline
section numbered to match the actions; columns headed "Start / review",
"Frequency" and "Who and by when" (owner and time in one cell). In the
three faulty plans the vague times are written as confidently as the real
ones ("Ongoing", "As soon as possible", "In due course", "Regularly",
"Throughout", "As and when", "At the next opportunity", "When needed",
"When appropriate"), and a few actions have no time at all, beside some
other faults. Where a time was borderline it was rewritten so it is not.

1. Faverholme (docx, exemplary): initial conference plan for a 4-week-old
   baby (neglect: faltering weight, her mother's depression, her father's
   cannabis use, her grandmother helping at weekends): Maisie's day as
   seen, outcomes, then one table (No. / What will happen / Who / How
   we'll know) whose grey banner rows give the time for the rows under
   them ("Weeks 1 to 4 ...", "Weeks 5 to 10 ...", "By the review
   conference on ..."), some rows with their own rhythm; the perinatal
   team reports on capacity to change, the drug service tests and reports.
2. Flitchmere (pdf, landscape, header and footer, exemplary): initial
   conference plan for a 9-year-old and a 5-year-old (neglect, their
   mother's drinking, their father and aunt helping) in a table with
   "Start / review" and "Frequency" columns ("From 19/01/2026; reviewed at
   each core group", "By February half term (13/02/2026)", "Every Friday in
   term", "Once"); the recovery service reports on change.
3. Fornbury (md, exemplary): the social worker's letter to a mother after
   the conference, for a 4-year-old coming home from her grandparents
   after domestic abuse: "What you will do / What I will do / What other
   people will do" in short paragraphs, times tied to events ("on the day
   Lily comes home, Saturday 24 January", "within two working days of each
   missed visit", "before the core group on 10 February").
4. Fellstridge (txt, exemplary): a case-system print of a plan for a
   13-year-old young carer and his 8-year-old sister (their mother's
   bipolar disorder after a hospital admission): numbered actions with
   Lead and Evidence fields, and a "Timeline" section numbered to match
   the actions; the care coordinator reports on capacity to change.
5. Frinsworth (docx): review conference plan for a 7-year-old and a
   3-year-old (domestic abuse, their mother's anxiety and depression, the
   paternal grandmother supervising contact, the aunt collecting from
   nursery) with an outcome merged down and a "Who and by when" column
   holding owner and time in one cell. Faults: the housing officer's
   support for a move "as soon as possible" (T002); the health visitor's
   speech and language referral "in due course" (T002); Talking
   Therapies' CBT "ongoing" and only treating the mother, measured by
   attendance (T002, H001); dentist registration with only "Stacey" in
   the cell (T001); "All agencies" sharing sightings (W002); no fallback
   if the grandmother or the aunt cannot help (C003).
6. Fawdlecombe (pdf, header and footer): core group minutes for an
   11-year-old and a 6-year-old (neglect, their father's cannabis use and
   low mood) with an action log (No. / Action / By whom / Timeframe /
   Evidence) and owners as initials from the attendance list. Faults:
   check-ins "Regularly", routine work "Throughout", the grandmother's
   teas "As and when", the school nurse's health check "At the next
   opportunity" (T002 each); clearing the garden and the wet mattress
   with an empty Timeframe (T001); the father's cannabis use recorded with
   no adult service owning an action (F004); the review conference "to be
   arranged" (R001).
7. Fyldenhurst (md): initial conference plan for a 14-year-old and a
   2-year-old (physical abuse: a bruise to the toddler, her father on
   bail) written as bullets under each outcome with Who / When / How
   we'll know sub-bullets, and an "Also agreed at conference" list.
   Faults: the paediatric follow-up "in due course", the young carers'
   assessment "when appropriate", the family support worker's routine
   work "when needed" (T002 each); the parenting assessment and the police
   records request under "Also agreed at conference" with no time (T001
   each); an outcome about the mother's confidence only (F002); her
   relationships course measured by her "engagement" (M002).

Plans 1 to 4 are exemplary: every action has a named owner (the letter's
"I" is the social worker who signs it and "you" the mother; initials and
first names are defined once), a real timescale and something that can be
seen, counted or read; every outcome is about the child; each contingency
has specific triggers and protective responses, with a fallback for every
relative's help; each records the child's words or observed day, core
group dates and a dated review conference, and a legal planning meeting
after named triggers; where a parent is ill or uses drugs or alcohol an
adult service owns an action, and the adult mental health services report
on the parent's potential to change and its likely timescale. The three
faulty plans hold 21 expected findings between them.

Counting convention used for "actions" (README convention 1): each row of
an action table (banner rows excepted), each paragraph of work in the
letter's three "will do" parts, each numbered action of the case print
(its Lead and Evidence fields and its timeline line belong to it), each
row of the minutes' action log and each action bullet (with its Who / When
/ How we'll know sub-bullets) counts once. Details, why there is a plan,
the child's day or words, parents' views, what is going well, outcomes,
agency updates in the minutes, the contingency, and core group and review
dates are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan for a 4-week-old baby: one table whose banner
#    rows give the time for the rows under them. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b216_faverholme_icpc_baby_week_banners_pritchard.docx",
    "doc_title": "Child Protection Plan - Maisie Pritchard",
    "split": "tune",
    "actions": 13,
    "template": "icpc-baby-plan-docx-details-kv-why-maisies-day-as-seen-parents-words-going-well-outcomes-then-one-table-no-what-will-happen-who-how-well-know-with-grey-time-banner-rows-weeks-1-to-4-weeks-5-to-10-by-the-review-conference-then-if-things-go-wrong-core-group-and-review",
    "description": (
        "Exemplary initial conference plan for a 4-week-old baby whose weight has dropped below the 9th "
        "centile: her mother has depression and stopped her medication in pregnancy, her father smokes "
        "cannabis most evenings and was found asleep with her on his chest, and her grandmother stays "
        "at weekends. Maisie's day as the professionals and her grandmother have seen it, her parents' "
        "words, outcomes for Maisie, then one table (No. / What will happen / Who / How we'll know) "
        "whose grey banner rows give the time of every row under them ('Weeks 1 to 4: Monday 12 "
        "January to Friday 6 February 2026 (Maisie's 8-week check)', 'Weeks 5 to 10', 'By the review "
        "conference on Thursday 2 April 2026'), some rows with their own rhythm ('every Tuesday and "
        "Friday morning', 'on Friday and Saturday nights'). The perinatal team reports on the mother's "
        "potential to change and its timescale, the drug service screens and reports; the contingency "
        "has weight, mood and cannabis triggers, a fallback for each of the grandmother's tasks and a "
        "legal planning meeting after named triggers; core group and review dates are set."
    ),
    "blocks": [
        ("title", "Faverholme Council Children's Services"),
        ("p", "Child Protection Plan agreed at the Initial Child Protection Conference on Thursday 8 January "
              "2026, chaired by Margaret Fell."),
        ("kv", [
            ("Child", "Maisie Pritchard, born 12/12/2025 at 37 weeks (4 weeks old at the conference)"),
            ("Address", "Flat 3, 27 Fernlea Road, Faverholme FV2 8QL"),
            ("Mother", "Chloe Pritchard (22)"),
            ("Father", "Ryan Moss (24), lives with Chloe and Maisie; warehouse operative at Fallowgate "
                       "Distribution"),
            ("Maternal grandmother", "Sue Pritchard (51), 9 Foxton Walk, Faverholme"),
            ("Category", "Neglect"),
            ("Social worker", "Daniel Osei, Faverholme Assessment and Protection Team (team manager: Helen "
                              "Okafor)"),
        ]),
        ("h1", "Why Maisie has a child protection plan"),
        ("p", "Maisie was born at Faverholme General Hospital weighing 2.6kg. By her two-week review her weight "
              "had dropped from the 25th centile to below the 9th. The health visitor has twice found made-up "
              "bottles left out overnight, and Chloe says she sometimes sleeps through Maisie's night feeds. "
              "Chloe has had depression since she was 17. She stopped her sertraline in pregnancy and has been "
              "very low since the birth; on 29/12/2025 she told the health visitor that on bad days she "
              "\"can't feel anything\" for Maisie. Ryan smokes cannabis most evenings, which he says helps him "
              "sleep after night shifts. On 30/12/2025 the health visitor found him asleep on the sofa with "
              "Maisie on his chest and a strong smell of cannabis in the flat."),
        ("h1", "Maisie's day, as we have seen it"),
        ("p", "Maisie is four weeks old and cannot tell us how her days feel, so this is what Gemma (health "
              "visitor), Daniel (social worker) and Sue have seen. She wakes about every three hours and cries "
              "hard when she is hungry; she settles quickly when she is held upright against a shoulder and "
              "likes the sound of Ryan's voice. On 02/01/2026 Daniel found her lying awake and quiet in her "
              "Moses basket in a soaked nappy while Chloe slept; the last feed on the chart was five hours "
              "before. On the nights Sue stays, the chart shows every feed on time and Maisie's nappy changed "
              "at each one, and that week she gained 140g."),
        ("h1", "What Chloe and Ryan say"),
        ("p", "Chloe: \"I love her, I just get so tired I can't think straight. I want help with my head so I "
              "can be a proper mum to her.\" Ryan: \"I didn't know you couldn't sleep with a baby on you. I'll "
              "stop smoking in the flat, and I'll go to whatever you want me to.\" Both agreed to this plan and "
              "asked that Sue keeps staying at weekends."),
        ("h1", "What is going well"),
        ("bullets", [
            "Chloe and Ryan have let the health visitor and social worker in every time, including the two "
            "visits that were not booked.",
            "Chloe saw her GP on 05/01/2026 and restarted her sertraline the same day.",
            "Ryan moves to day shifts from 12/01/2026, so he will be home every night.",
            "Sue has stayed three nights a week since New Year and knows Maisie's routine.",
        ]),
        ("h1", "What we want for Maisie"),
        ("numbers", [
            "Maisie is fed on time, day and night, and is back on the 25th centile by her 8-week check.",
            "Maisie sleeps on her back in her own Moses basket or cot, in a smoke-free flat, every time she "
            "sleeps.",
            "Maisie is cared for at all times by an adult who is awake, sober and answers her when she cries.",
            "Maisie has her 8-week check and her first immunisations on time, and the damp and mould in her "
            "room are gone.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan is set out in three blocks. The dates in each grey banner are the timescale for every "
              "row under it; where a row gives its own time (\"every Tuesday and Friday morning\"), that time "
              "applies instead. Every row names its lead and says what the core group will see."),
        ("table", {
            "header": ["No.", "What will happen", "Who", "How we'll know"],
            "widths": [1.1, 7.0, 4.0, 4.9],
            "rows": [
                ["Weeks 1 to 4: Monday 12 January to Friday 6 February 2026 (Maisie's 8-week check)", H, H, H],
                ["1",
                 "Weigh Maisie at home every Tuesday and Friday morning and go through Chloe's feed chart with "
                 "her",
                 "Gemma Hartley, health visitor, Faverholme 0-19 Service",
                 "Weight plotted in the red book at each visit; Gemma e-mails Daniel the weight the same day"],
                ["2",
                 "Visit twice a week, one visit unannounced, and see Maisie awake, her feed chart and where she "
                 "sleeps",
                 "Daniel Osei, social worker",
                 "Visit record on the case file within two working days, noting Maisie's sleep space and the "
                 "time of her last feed"],
                ["3",
                 "Assess Chloe's mood, her sertraline and how her depression affects her care of Maisie at "
                 "night, and report on her potential to change, the steps needed and the likely timescale",
                 "Sarah Kemp, community perinatal nurse, with Dr Anjali Rao, consultant psychiatrist, "
                 "Faverholme Perinatal Mental Health Team",
                 "Written report to Daniel, read at the core group on 3 February 2026"],
                ["4",
                 "Take her sertraline every morning, so that she can wake for Maisie's night feeds, and see "
                 "Sarah at every appointment",
                 "Chloe",
                 "Sarah's record of tablets taken and appointments kept, sent to Daniel each week"],
                ["5",
                 "Assess Ryan's cannabis use, then see him every fortnight with a urine screen, and agree how he "
                 "stops using in the flat and before he cares for Maisie",
                 "Liam Fenwick, recovery worker, Forward Steps (Faverholme drug and alcohol service)",
                 "Screen results and attendance e-mailed to Daniel after each session; a written summary for "
                 "the core group on 3 February"],
                ["6",
                 "Stay at the flat on Friday and Saturday nights and give Maisie her 2am feed so that Chloe can "
                 "sleep",
                 "Sue Pritchard (maternal grandmother)",
                 "Feed chart entries in Sue's writing; Sue texts Daniel by 10am each Saturday and Sunday"],
                ["7",
                 "Carry out Maisie's 8-week baby check and Chloe's postnatal check at the same appointment",
                 "Dr Farid Malik, GP, Fernside Medical Practice",
                 "Check recorded in the red book; Dr Malik writes to Daniel within a week of it"],
                ["Weeks 5 to 10: Monday 9 February to Friday 20 March 2026", H, H, H],
                ["8",
                 "Weigh Maisie at the Wednesday baby clinic at Faverholme Family Hub, with Chloe bringing her",
                 "Gemma Hartley, health visitor",
                 "Weight in the red book each week, on or above the 25th centile"],
                ["9",
                 "Six home sessions with Chloe and Ryan together on Maisie's routine, safe sleep and reading "
                 "her cues",
                 "Natalie Greenway, family support worker, Faverholme Family Hub",
                 "Routine chart on the fridge, checked at each session; Natalie's session notes sent to Daniel"],
                ["10",
                 "Go to the four-week Fathers First group on Thursday evenings at the Family Hub",
                 "Ryan",
                 "Attendance certificate and the group leader's note on Ryan's care of Maisie, sent to Daniel"],
                ["11",
                 "Take Maisie to baby massage on Monday mornings and keep her until 3pm so that Chloe can rest",
                 "Sue Pritchard (maternal grandmother)",
                 "Baby massage register; Sue texts Daniel when Maisie is back home"],
                ["By the review conference on Thursday 2 April 2026", H, H, H],
                ["12",
                 "Complete the parenting assessment of Chloe and Ryan together, drawing on Sarah's and Liam's "
                 "reports",
                 "Daniel Osei, social worker",
                 "Written assessment with recommendations, shared with Chloe, Ryan and the core group by 20 "
                 "March 2026"],
                ["13",
                 "Inspect and treat the damp and black mould on the walls of Maisie's room",
                 "Paul Thornton, housing officer, Faverholme Homes",
                 "Works order closed on the Faverholme Homes system; Daniel sees the room at his next visit"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Maisie loses weight at any weigh-in, or a weigh-in is missed, Gemma tells Daniel the same day "
            "and they visit together within 24 hours. If she has lost weight at two weigh-ins in a row, or "
            "drops below the 9th centile, she is seen that day by Dr Malik or at the paediatric assessment "
            "unit at Faverholme General Hospital.",
            "If Chloe tells anyone she has thoughts of harming herself or Maisie, or stops her sertraline, "
            "Sarah (or the perinatal crisis line out of hours) sees her within 24 hours, and Maisie is cared "
            "for by Ryan with Sue staying at the flat until Sarah and Daniel agree it is safe.",
            "If Ryan is found under the influence of cannabis while caring for Maisie, or anyone smokes in "
            "the flat, Daniel (or the Emergency Duty Team) holds a strategy discussion that day and Ryan "
            "stays at his brother's until the discussion agrees he can come back.",
            "If Sue cannot stay on a Friday or Saturday night, she rings Daniel by 4pm that day; Ryan gives "
            "the 2am feed and writes it on the chart, and Daniel or the duty social worker visits by 10am "
            "the next morning to see Maisie. If Sue cannot do a Monday, Natalie takes Chloe and Maisie to "
            "baby massage instead.",
            "If Maisie is not back on the 25th centile by her 8-week check, or if either of the two "
            "triggers above about Chloe or Ryan happens twice before the review, Helen Okafor (team "
            "manager) will request a legal planning meeting within 5 working days to decide whether to "
            "start pre-proceedings under the Public Law Outline.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group at Faverholme Family Hub, 10am on Tuesdays: 20 January, 3 February, 17 February and "
            "17 March 2026.",
            "Review child protection conference: Thursday 2 April 2026 at 2pm, Faverholme Civic Centre.",
        ]),
        ("p", "Plan sent to Chloe, Ryan, Sue and every agency named in it on 9 January 2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Initial conference plan with "Start / review" and "Frequency" columns.
#    Landscape, page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b216_flitchmere_icpc_start_review_frequency_columns_carrington.pdf",
    "doc_title": "Child Protection Plan - Tyler and Ruby Carrington",
    "split": "tune",
    "actions": 12,
    "landscape": True,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Flitchmere Borough Council · Tyler and Ruby Carrington",
    "footer": "Child protection plan agreed 14/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-plan-paged-landscape-header-footer-details-grid-why-childrens-words-parents-words-working-well-what-needs-to-be-different-then-ref-action-lead-start-review-frequency-evidence-we-will-see-table-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a 9-year-old and a 5-year-old (neglect): their mother "
        "drinks most nights and was found collapsed by her son, who rang 999; he makes his sister's tea "
        "when she is drunk. Their father has them alternate weekends and their aunt collects them from "
        "school twice a week. The children's words and drawing, outcomes for them, then a table (Ref / "
        "Action / Lead / Start / review / Frequency / Evidence we will see) whose two time columns say "
        "when work starts or is due and how often it happens ('From 19/01/2026; reviewed at each core "
        "group', 'By February half term (13/02/2026)' with 'Once', 'Every Friday in term', 'Alternate "
        "weekends, Friday 5pm to Sunday 5pm'). The recovery service reports on the mother's drinking and "
        "the change likely and how soon; the contingency has drinking, absence and collection triggers, "
        "a fallback for the father and the aunt, and a legal planning meeting after named triggers; core "
        "group and review dates are set; a header and page footer are on every page."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Flitchmere Borough Council, Children and Families Service. Agreed at the initial child protection "
              "conference on Wednesday 14 January 2026, chaired by Alison Grey."),
        ("table", {
            "rows": [
                ["Children", "Tyler Carrington, born 03/11/2016 (9), Year 4; Ruby Carrington, born 21/09/2020 "
                             "(5), Reception. Both at Flitchmere St Mary's Primary School."],
                ["Lives with", "Mum, Donna Carrington (34), 41 Fieldfare Road, Flitchmere FL4 2RW"],
                ["Dad", "Mark Carrington (36), 8 Ferry Lane, Flitchmere; the children stay with him on "
                        "alternate weekends"],
                ["Aunt", "Lisa Haines (Donna's sister), 15 Fieldfare Road"],
                ["Category", "Neglect"],
                ["Social worker", "Priya Nandra, Children and Families Service (team manager: Owen Price)"],
            ],
            "widths": [4.0, 21.7],
            "bold_first_col": True,
        }),
        ("h1", "Why there is a plan"),
        ("p", "Donna has drunk heavily since she lost her job in the summer. Since September Tyler has been late "
              "to school 22 times and Ruby has come in without breakfast, in the same clothes, for days at a "
              "time. On 05/12/2025 Tyler rang 999 at 9pm because his mum had fallen in the kitchen and would "
              "not wake up. Donna was taken to Flitchmere General Hospital, and the children went to Lisa's. "
              "Donna says she drinks \"a few cans and a bottle of wine\" most nights. Mark left the family home "
              "in 2023 and has kept up his alternate weekends."),
        ("h1", "What Tyler and Ruby told us"),
        ("p", "Tyler, seen on his own at school by Priya on 09/01/2026: \"When Mum's had wine I do Ruby's tea, "
              "toast or cereal. I don't mind but sometimes there's no milk.\" \"I was scared when she fell. I "
              "thought she was dead.\" He wants \"Mum to stop drinking wine\" and to keep going to Dad's. He gave "
              "home 4 out of 10 and Aunty Lisa's 9 out of 10."),
        ("p", "Ruby drew her house with \"Mummy asleep on the settee\" and herself \"watching telly on my own\". "
              "She said she likes it when \"Aunty Lisa does my hair and we have pasta\"."),
        ("h1", "What Donna and Mark said"),
        ("p", "Donna: \"I'm ashamed Tyler had to ring an ambulance. I'll do whatever it takes, I just can't do it "
              "on my own.\" Mark: \"I can have them more if they need me, but I work days so I can't do school "
              "runs in the week.\""),
        ("h1", "What is working well"),
        ("bullets", [
            "Tyler and Ruby are close, and both say they feel safe with Dad and with Aunty Lisa.",
            "Donna has not missed a meeting and agreed to see the Flitchmere Recovery Partnership.",
            "Mark has had the children every other weekend for two years without a break.",
            "Both children were in school every day in the first week of this term.",
        ]),
        ("h1", "What needs to be different for Tyler and Ruby"),
        ("numbers", [
            "Tyler and Ruby are looked after by a sober adult every day and every night, and know who to ring "
            "if they are not.",
            "Tyler and Ruby get to school on time, fed and in clean clothes, every school day.",
            "Tyler no longer looks after Ruby or his mum, and has time to be nine.",
            "Both children's health, dental and eye checks are up to date.",
        ]),
        ("h1", "The plan"),
        ("p", "\"Start / review\" gives the date an action starts or is due, and when it is looked at again. "
              "\"Frequency\" says how often it happens, or \"Once\" for a single task."),
        ("table", {
            "header": ["Ref", "Action", "Lead", "Start / review", "Frequency", "Evidence we will see"],
            "widths": [1.2, 7.4, 4.3, 4.0, 3.4, 5.4],
            "rows": [
                ["A1",
                 "See Tyler and Ruby at home, each on their own, and check there is food in the house and a "
                 "sober adult looking after them",
                 "Priya Nandra, social worker",
                 "From 19/01/2026; reviewed at each core group",
                 "Weekly; every other visit unannounced and after 4pm",
                 "Visit record within two working days, with each child's own words and what was in the "
                 "fridge"],
                ["A2",
                 "Not drink alcohol at any time while Tyler and Ruby are in her care, and take a breath test "
                 "whenever Priya or Joanne asks",
                 "Donna Carrington (Mum)",
                 "From 14/01/2026",
                 "Every day",
                 "Breath readings of 0.00 at every Recovery Partnership session and every unannounced visit, "
                 "written on the visit record"],
                ["A3",
                 "Alcohol assessment with Donna, then one-to-one sessions on a plan to stop drinking; report on "
                 "her drinking, her motivation, the change she is likely to make and how soon",
                 "Joanne Kettle, recovery worker, Flitchmere Recovery Partnership",
                 "Assessment by 30/01/2026; report by 10/03/2026",
                 "Fortnightly on Tuesdays after the assessment",
                 "Assessment letter and written report to Priya; breath test and blood test results from "
                 "each session"],
                ["A4",
                 "Check Tyler and Ruby arrive on time, clean and fed, give both a breakfast club place, and ring "
                 "Priya by 9.30am if either is absent",
                 "Mrs Helen Ward, DSL, Flitchmere St Mary's Primary",
                 "From 15/01/2026",
                 "Every school day",
                 "Registers and the breakfast club list sent to Priya every Friday; fewer than 3 late marks "
                 "each half term"],
                ["A5",
                 "Friday Talk sessions with Tyler about his worries at home, using his worry book",
                 "Mr Sam Bello, learning mentor, Flitchmere St Mary's Primary",
                 "From 16/01/2026 until the Easter holidays (27/03/2026)",
                 "Every Friday in term",
                 "Session notes with Tyler's own words, sent to Priya at the end of each half term"],
                ["A6",
                 "Health review for both children: Ruby's teeth, Tyler's bedwetting and an eye test for each",
                 "Faye Oduya, school nurse, Flitchmere 0-19 Service",
                 "By February half term (13/02/2026)",
                 "Once",
                 "Health review summary to Priya; dentist and optician appointments confirmed in writing"],
                ["A7",
                 "Have Tyler and Ruby to stay and take them to their Saturday swimming lessons at Flitchmere "
                 "Leisure Centre",
                 "Mark Carrington (Dad)",
                 "From 23/01/2026",
                 "Alternate weekends, Friday 5pm to Sunday 5pm",
                 "Mark texts Priya at each handover; swimming cards signed each Saturday"],
                ["A8",
                 "Collect Tyler and Ruby from school and give them tea at her house until Donna collects them "
                 "at 6pm",
                 "Lisa Haines (maternal aunt)",
                 "From 15/01/2026",
                 "Tuesdays and Thursdays in term",
                 "School collection log; Lisa texts Priya the same evening if Donna smells of alcohol when she "
                 "collects"],
                ["A9",
                 "Home sessions with Donna on the morning and evening routine: meals, uniform ready, and both "
                 "children in bed by 8pm",
                 "Carl Benson, family support worker, Flitchmere Family Hub",
                 "From 19/01/2026, for 10 weeks",
                 "Weekly, Mondays 4pm to 6pm",
                 "Routine chart on the kitchen wall checked each week; Carl's notes to Priya after each "
                 "session"],
                ["A10",
                 "Three Houses work with Tyler and Ruby, each on their own, about home, Dad's and Aunty Lisa's",
                 "Priya Nandra, social worker",
                 "In the week before each core group",
                 "Every four weeks",
                 "Three Houses drawings and words on the case file, summarised in Priya's core group report"],
                ["A11",
                 "Parenting assessment of Donna and Mark, including what the children need from each of them",
                 "Priya Nandra, social worker",
                 "Complete by 13/03/2026",
                 "Once",
                 "Written assessment with recommendations, shared with Donna, Mark and the core group by "
                 "20/03/2026"],
                ["A12",
                 "Put a flag on 41 Fieldfare Road so that officers know the children live there, and tell Priya "
                 "about any call-out to the address",
                 "PC Dan Fowler, Flitchmere Police Safeguarding Hub",
                 "Flag by 21/01/2026",
                 "Within one working day of each call-out",
                 "Flag reference sent to Priya; each call-out report e-mailed to Priya"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Donna has been drinking while caring for the children (a breath reading above 0.00, or Lisa, "
            "Mark, the school or the police say she smells of alcohol or is unsteady), Priya (or the "
            "Emergency Duty Team) visits the same day and holds a strategy discussion with the police. The "
            "children stay with Mark that night, or with Lisa if Mark cannot have them; if neither can, the "
            "Emergency Duty Team places them with emergency foster carers.",
            "If Tyler or Ruby cannot wake their mum, they ring 999 (Tyler knows how and has Lisa's number on "
            "the fridge); the police and ambulance attend, and the children go to Lisa's or Mark's as above.",
            "If Lisa cannot collect on a Tuesday or Thursday, she tells the school office by 12 noon; the "
            "children go to the school's after-school club until 6pm, paid for by the Children and Families "
            "Service, and staff hand them only to Donna sober, or to Mark.",
            "If Mark cannot have the children on his weekend, he tells Priya by the Wednesday before, and he "
            "sees them on the Saturday at Lisa's instead.",
            "If Donna drinks while caring for the children twice before the review, or Joanne's report of "
            "10/03/2026 shows she is still drinking most days, Owen Price (team manager) will request a legal "
            "planning meeting within 5 working days to consider starting the Public Law Outline.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 9.15am at Flitchmere St Mary's Primary: 27/01/2026, "
            "24/02/2026 and 24/03/2026.",
            "Review child protection conference: Tuesday 14/04/2026 at 10am, Flitchmere Town Hall.",
        ]),
        ("p", "Plan sent to Donna, Mark, Lisa and every agency named in it on 15/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. The social worker's letter to a mother after the conference: "What you
#    will do / What I will do / What other people will do", times tied to
#    events. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b216_fornbury_sw_letter_event_anchored_times_harper.md",
    "split": "tune",
    "actions": 14,
    "template": "sw-plan-letter-to-mother-md-address-block-who-is-who-table-why-lily-has-a-plan-what-lily-told-me-what-you-told-conference-going-well-what-we-want-for-lily-when-lily-comes-home-then-numbered-paragraphs-under-what-you-will-do-what-i-will-do-what-other-people-will-do-then-if-things-go-wrong-meetings-signature",
    "description": (
        "Exemplary plan written as the social worker's letter to a mother after the initial conference "
        "for a 4-year-old girl who saw her mother assaulted by the mother's ex-partner (now on bail not "
        "to contact her) and has stayed with her grandparents since; the conference agreed she comes "
        "home on a set Saturday. 'I' is the social worker who signs, 'you' is the mother; a who's who "
        "names everyone. Lily's words and play, outcomes for Lily, then numbered paragraphs under 'What "
        "you will do', 'What I will do' and 'What other people will do', each with its owner, its time "
        "tied to an event or a rhythm ('from the day Lily comes home', 'on the day Lily comes home, "
        "Saturday 24 January', 'within two working days of each missed visit', 'before the core group on "
        "10 February', 'fortnightly on Tuesdays', 'every Friday in term') and what the social worker "
        "will see. The contingency has specific triggers with police, the grandparents and an emergency "
        "foster carer, a fallback for each of the grandparents' tasks, and a legal planning meeting "
        "after named triggers; core group and review dates are set."
    ),
    "text": """\
# Fornbury Council - Children's Social Care

Fornbury Family Safeguarding Team
Fenwick House, 2 Foundry Street, Fornbury FB1 4TT

Kayleigh Harper
Flat 12, Falcon Court
Fornbury FB3 9NW

19 January 2026

Dear Kayleigh,

## Lily's child protection plan

This letter is Lily's child protection plan, as it was agreed at the initial child protection
conference on Friday 16 January 2026, which Tom Aldridge chaired. You asked for the plan as a letter
so that you could read it at home with your mum, so I have written it that way. Where I say "I", I
mean me, Rebecca Lowe, Lily's social worker. Where I say "you", I mean you. Everyone else is in the
table below.

| Who | Who they are |
|---|---|
| Lily Harper | born 04/06/2021 (4); goes to Foxglove Nursery, Fornbury |
| Kayleigh Harper | Lily's mum (26) |
| Pat and Dennis Walsh | your mum and dad, Lily's grandparents, 6 Fieldhouse Lane, Fornbury |
| Dean Cole | your ex-partner (not Lily's dad); on police bail |
| Rebecca Lowe | social worker, Fornbury Family Safeguarding Team (my manager is Rachel Dunne) |
| Jas Kaur | your IDVA, Fornbury Domestic Abuse Service |
| Mrs Hannah Flint | manager and safeguarding lead, Foxglove Nursery |
| Megan Ford | Lily's key person at Foxglove Nursery |
| Amira Said | health visitor, Fornbury 0-19 Service |
| Steph Morris | family support worker, Fornbury Family Hub |
| DC Paul Fairley | officer in the case, Fornbury Police Domestic Abuse Unit |

### Why Lily has a plan

On 11 December 2025 Dean punched and kicked you in your old flat at 3 Farrier Row while Lily was in
the next room. She came in and saw you bleeding, and she was still holding your leg when the police
arrived. Dean was arrested and is on bail until 20 February 2026, with conditions not to contact you
or come to Falcon Court. The police had been called to Farrier Row three times before in 2025. Since
12 December Lily has stayed with your mum and dad while you moved to Falcon Court. The conference
made Lily subject to a child protection plan under the category of emotional abuse.

### What Lily told me

I saw Lily at your mum and dad's on 13 January. She showed me her "unicorn bed" on a picture of your
new flat and said: "I'm going to Mummy's new house. Dean's not coming, is he?" When we played with the
doll's house she put the daddy doll outside and said "he's shouty, he has to stay in the garden".
She told me: "I was scared when Mummy had blood." Your mum says Lily wakes most nights asking for
you, and Megan says Lily jumps and covers her ears when a door bangs at nursery.

### What you told the conference

You said: "I've ended it with Dean for good. I want Lily home with me, in a flat he doesn't know
about, and I'll do what I need to keep her safe." You said you find the nights hardest and that
you would like help with Lily's sleep when she comes home.

### What is going well

- You moved to Falcon Court within two weeks, and the door chain and the panic alarm were fitted on
  18 January.
- You have seen Lily every day at your mum and dad's and put her to bed there most nights.
- You have met Jas twice and made a safety plan with her.
- Lily has not missed a nursery session since December.

### What we all want for Lily

- Lily lives with you at Falcon Court, and Dean does not come to the flat or contact either of you.
- Lily sleeps through most nights and is less jumpy at nursery.
- Lily has words for her feelings and someone she trusts to say them to.
- Lily goes to nursery for every session she is booked for.

### When Lily comes home

The conference agreed that Lily comes home to you at Falcon Court on Saturday 24 January 2026. In
this letter, "the day Lily comes home" means that Saturday.

## The plan

### What you will do

1. From the day Lily comes home, you will not let Dean into the flat, meet him with Lily or tell him
   where you live, and you will ring 999 if he comes near. DC Fairley will check the police log for
   any call or sighting at Falcon Court and tell me before each core group, and I will ask you and
   Lily about it at every visit.

2. You will take Lily to Foxglove Nursery for her Monday, Wednesday and Friday morning sessions,
   starting on Monday 26 January. Mrs Flint will send me the register every Friday in term.

3. You will go to Fresh Horizons, the Fornbury Domestic Abuse Service's recovery group, on Wednesday
   mornings for 12 weeks from 28 January, so that you can help Lily with what she saw. The group
   leader will send me your attendance record after week 6 and week 12.

### What I will do

4. I will visit on the day Lily comes home, Saturday 24 January, to see her settle in, and then
   every week until the review, with one visit in three not booked in advance. I will see Lily on
   her own at every visit, in her room or at nursery, and write down what she says in my visit
   record within two working days.

5. If I have to cancel a visit, or you are not in when I come, I will rebook it within two working
   days of each missed visit, and write the new date and the reason on my visit record.

6. I will do six play sessions with Lily about what happened and what she wants, every other
   Wednesday afternoon from 28 January. Her words and drawings will be written up in my report for
   each core group.

7. I will complete a parenting and safety assessment with you, including how you will protect Lily
   from Dean, by 6 March. You will have the written report before the core group on 10 March, and
   it will go to the review conference.

### What other people will do

8. Jas Kaur (IDVA) will meet you fortnightly on Tuesdays at the Fornbury Women's Centre to keep your
   safety plan up to date, and will go through the DASH risk checklist with you again before the
   core group on 10 February. Jas will send me the new DASH score and your updated safety plan the
   same week.

9. DC Fairley will put an urgent-response marker on Falcon Court by the day Lily comes home, and
   will tell you and me the same day if Dean's bail conditions change or he is charged. He will send
   me the marker reference, and I will record every update from him on Lily's file.

10. Megan Ford, Lily's key person, will spend ten minutes with Lily in the nursery's calm corner at
    the start of every session, and write what Lily says or plays in her learning journal. Mrs Flint
    will send me those notes every Friday in term.

11. Amira Said (health visitor) will see Lily at home for a health and development review, with an
    ASQ-3 and a two-week sleep diary, by Friday 13 February. She will send me the ASQ-3 scores and a
    written sleep plan.

12. Steph Morris (family support worker) will visit you on Thursday afternoons for eight weeks from
    29 January to help with Lily's bedtime and night waking. You and Steph will keep a sleep diary,
    and I will read it at my visits.

13. Your mum will collect Lily from nursery at 12 noon every Monday and Friday from 26 January and
    give her lunch until you collect her at 3pm. Your mum will text me when you have collected Lily.

14. Your mum and dad will have Lily to stay every Saturday night from 31 January, so that you can
    rest, and bring her home by 11am on Sunday. Your dad will text me when Lily is home.

## What happens if things go wrong

- If Dean comes to Falcon Court, rings you, messages you or is seen nearby, ring 999 straight away.
  The police will come, Lily will go to your mum and dad's that night, and I (or the Emergency Duty
  Team out of hours) will hold a strategy discussion with DC Fairley the same day.
- If you let Dean into the flat, or take Lily to see him, Lily will go back to stay with your mum and
  dad that day.
- If your mum cannot collect Lily on a Monday or Friday, she will ring you and the nursery by 10am;
  Lily will stay for the afternoon session, which Fornbury Council will pay for, and you will collect
  her at 3pm. If your mum and dad cannot have Lily on a Saturday night, Lily stays at home with you,
  and Steph will visit on the Monday morning.
- If Lily ever has to leave the flat in an emergency and your mum and dad cannot have her, I (or the
  Emergency Duty Team) will find her an emergency foster carer in Fornbury that day.
- If Lily misses two nursery sessions in a week without a reason, Mrs Flint will ring me and I will
  visit that day.
- If Dean comes to the flat again, or you let him see Lily, or Lily has to leave the flat in an
  emergency more than once before the review, Rachel Dunne will hold a legal planning meeting within
  5 working days to decide whether to start the Public Law Outline.

## Meetings

- Core group: fortnightly on Tuesdays at 1.30pm at Foxglove Nursery, on 27 January, 10 February,
  24 February and 10 March 2026.
- Review child protection conference: Monday 13 April 2026 at 10am, Fornbury Civic Centre.

If anything in this letter is not what you remember agreeing, please ring me on 01632 960 417 before
the first core group.

Yours sincerely,

Rebecca Lowe
Social Worker, Fornbury Family Safeguarding Team

I have read this plan and agree to it: Kayleigh Harper, 21 January 2026.
Copies to Pat and Dennis Walsh and to every worker named in the table above.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. A case-system print: numbered actions with Lead and Evidence fields,
#    then a timeline numbered to match the actions. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b216_fellstridge_case_print_timeline_keyed_brennan.txt",
    "split": "tune",
    "actions": 12,
    "template": "cp-plan-case-system-print-txt-fcis-header-dot-leader-subjects-and-household-fields-reason-for-plan-childrens-views-parents-views-strengths-outcomes-then-action-n-of-12-blocks-action-lead-evidence-fields-no-time-then-timeline-section-numbered-to-match-actions-then-relapse-and-contingency-core-group-review-fields",
    "description": (
        "Exemplary initial conference plan, printed from a case system, for a 13-year-old young carer "
        "and his 8-year-old sister (neglect) after their mother's six-week psychiatric admission for "
        "a manic episode of bipolar disorder, during which she left them alone at night and drove them "
        "to the coast at 2am; their grandfather helps on Wednesdays. Dot-leader fields, the children's "
        "words, outcomes for them, then twelve 'ACTION n OF 12' blocks with Action / Lead / Evidence "
        "fields and no time, followed by a TIMELINE whose numbered lines match the actions and give "
        "each one its time ('every Monday in term, 8.45am', 'fortnightly on Tuesdays', 'by 13/02/2026 "
        "(before February half term)', 'three sessions, all before the core group on 03/03/2026'). The "
        "care coordinator reports on the mother's potential to change and its timescale; the "
        "contingency has relapse, medication and children-alone triggers, a fallback for the "
        "grandfather, and a legal planning meeting after named triggers; core group and review dates "
        "are set."
    ),
    "text": """\
FELLSTRIDGE CITY COUNCIL - CHILDREN'S SERVICES
FCIS CASE RECORD PRINT                                  Printed 23/01/2026 10:42
Document ....... Child Protection Plan (initial conference)    Status ..... AUTHORISED
Version ........ 1.0, authorised by Laura Finch (team manager) on 22/01/2026
===============================================================================

SUBJECTS
  Child 1 ........... Kai BRENNAN, born 17/07/2012 (13), Year 9, Fenmoor Academy
  Child 2 ........... Amber BRENNAN, born 02/05/2017 (8), Year 4, Fairview Primary School
  Address ........... 31 Fieldgate Crescent, Fellstridge FS3 7DA
  Mother ............ Nicole BRENNAN (38), lives with the children
  Father ............ Stuart LYLE (40), lives in Scotland; phone calls on Sundays
  Grandfather ....... Frank BRENNAN (67), Nicole's father, 4 Forge Lane, Fellstridge
  Category .......... Neglect
  Conference ........ Initial child protection conference, 20/01/2026, chair Graham Tate
  Social worker ..... Owen Fairclough, Fellstridge Family Safeguarding Team
  Team manager ...... Laura Finch

REASON FOR PLAN
  Nicole has bipolar affective disorder. In late October 2025 she stopped taking her lithium and
  became unwell: she slept two or three hours a night, spent the rent money, left Kai and Amber
  alone in the evenings, and on 01/11/2025 drove them to the coast at 2am. She was admitted to
  Fernbank Ward, Fellstridge Hospital, on 03/11/2025 and discharged on 12/12/2025 on lithium,
  under the Fellstridge Community Mental Health Team. During the admission the children stayed
  with their grandfather. Kai has been getting Amber up, giving her breakfast and taking her to
  school since September; his attendance this term is 81%.

CHILDREN'S VIEWS
  Kai (seen alone at school, 15/01/2026): "I just do it, someone has to. When Mum's high she's
  fun for a bit and then it's scary." "I don't want Amber to be taken away." He would like to
  go back to football on Saturdays and "not be the one who has to notice". He scored home 5 out
  of 10 and said it was 2 out of 10 "the night we went to the beach".
  Amber (seen alone at home, 16/01/2026): "Mummy went to hospital because her brain was too
  fast." She drew Grandad's house with "my own bed and a cat". She said she likes it when Kai
  plaits her hair, and does not like "being on my own in the dark".

PARENTS' VIEWS
  Nicole: "I know what happened. I stopped my tablets because I felt flat, and I won't do that
  again. I want the kids to have a mum they can rely on." Stuart (by phone): he supports the
  plan and will ring the children every Sunday.

STRENGTHS
  - Nicole has taken her lithium every night since discharge and her last level was in range.
  - Frank had the children for six weeks at short notice and they were settled there.
  - Kai and Amber are close and both say they feel safe at home now.

OUTCOMES FOR KAI AND AMBER
  1. Kai and Amber are never left alone at night and are looked after by a well adult every day.
  2. Kai is a 13-year-old, not a carer: he is in school every day and back at football.
  3. Amber gets to school on time, fed and dressed, with an adult, every day.
  4. Both children understand their mum's illness and know who to call if she becomes unwell.

ACTIONS
  (When each action happens is in the TIMELINE below. Its number there matches the number here.)
-------------------------------------------------------------------------------
ACTION 1 OF 12
  Action ........ Visit Kai and Amber at home and see each on their own; check Nicole's
                  medication box and how she has been sleeping.
  Lead .......... Owen Fairclough, social worker
  Evidence ...... Visit record within two working days, with each child's own words.
-------------------------------------------------------------------------------
ACTION 2 OF 12
  Action ........ See Nicole, review her lithium levels and her relapse signs, and report on
                  how her illness affects her care of Kai and Amber, her potential to change,
                  the steps needed and the likely timescale.
  Lead .......... Joanne Pike, care coordinator (CPN), Fellstridge Community Mental Health
                  Team, with Dr Marcus Reid, consultant psychiatrist
  Evidence ...... Written report to Owen and the core group; each lithium result sent to Owen.
-------------------------------------------------------------------------------
ACTION 3 OF 12
  Action ........ Take her lithium every night and have her blood level checked, and tell
                  Joanne or Owen the same day if she notices her warning signs, so that the
                  children are never left in her care while she is becoming unwell.
  Lead .......... Nicole Brennan
  Evidence ...... Lithium levels in range on the GP record, shared by Joanne after each test.
-------------------------------------------------------------------------------
ACTION 4 OF 12
  Action ........ Young carer's assessment with Kai, and a place for him at the Young Carers
                  Tuesday club.
  Lead .......... Ellie Shaw, Fellstridge Young Carers
  Evidence ...... Assessment and support plan copied to Owen; the club register.
-------------------------------------------------------------------------------
ACTION 5 OF 12
  Action ........ Check in with Kai about his week, his sleep and anything that is worrying
                  him, and follow up any absence the same morning.
  Lead .......... Mr Greg Fuller, DSL, Fenmoor Academy
  Evidence ...... Check-in log and attendance figures e-mailed to Owen every other Friday.
-------------------------------------------------------------------------------
ACTION 6 OF 12
  Action ........ Check Amber arrives on time, dressed and fed, give her a place at breakfast
                  club, and ring Owen if she is absent or brought by Kai alone.
  Lead .......... Mrs Dawn Kirk, DSL, Fairview Primary School
  Evidence ...... Register and breakfast club list sent to Owen every Friday in term.
-------------------------------------------------------------------------------
ACTION 7 OF 12
  Action ........ Have Kai and Amber for tea and homework after school, check how Nicole is
                  when he takes them home, and tell Owen if he sees any warning signs.
  Lead .......... Frank Brennan (grandfather)
  Evidence ...... Frank texts Owen each Wednesday evening; Owen records it on the file.
-------------------------------------------------------------------------------
ACTION 8 OF 12
  Action ........ Agree a written relapse plan with Nicole, Kai (in his own words) and Frank:
                  the warning signs, who Kai rings, and where the children go.
  Lead .......... Owen Fairclough, social worker, with Joanne Pike
  Evidence ...... Relapse plan signed by Nicole, Kai and Frank, on file and given to both
                  schools.
-------------------------------------------------------------------------------
ACTION 9 OF 12
  Action ........ Home sessions with Nicole on a weekly routine for the children: meals,
                  bedtimes, Amber's reading and Kai's football.
  Lead .......... Sian Forde, family support worker, Fellstridge Family Hub
  Evidence ...... Routine chart on the fridge, checked at each session; Sian's notes to Owen.
-------------------------------------------------------------------------------
ACTION 10 OF 12
  Action ........ Assessment of Kai's low mood and poor sleep, with recommendations.
  Lead .......... Dr Priti Shah, clinical psychologist, Fellstridge CAMHS
  Evidence ...... Assessment letter with recommendations to Owen and the GP.
-------------------------------------------------------------------------------
ACTION 11 OF 12
  Action ........ Sessions with Kai and Amber, separately, using the Fellstridge Families
                  Together workbook to explain their mum's illness in words they understand.
  Lead .......... Owen Fairclough, social worker, with Joanne Pike
  Evidence ...... Workbook pages and the children's words on file and in Owen's core group
                  report.
-------------------------------------------------------------------------------
ACTION 12 OF 12
  Action ........ Parenting assessment of Nicole, including what Kai and Amber need from her
                  and what Frank and Stuart can offer.
  Lead .......... Owen Fairclough, social worker
  Evidence ...... Written assessment with recommendations, shared with Nicole and the core
                  group.
-------------------------------------------------------------------------------

TIMELINE (numbers match the actions above)
  1 ..... Weekly from Monday 26/01/2026 until the review conference; every other visit after
          6pm.
  2 ..... Fortnightly on Tuesdays from 27/01/2026; written report by 27/02/2026, in time for
          the core group on 03/03/2026.
  3 ..... Lithium every night; blood test every 4 weeks at Fellgate Surgery, next on
          04/02/2026.
  4 ..... Assessment by 13/02/2026 (before February half term); club every Tuesday in term
          from 24/02/2026.
  5 ..... Every Monday in term, 8.45am; absences followed up by 9.30am the same day.
  6 ..... Every school day.
  7 ..... Every Wednesday from 28/01/2026, 3.15pm until he takes them home by 7pm.
  8 ..... By Friday 06/02/2026.
  9 ..... Fortnightly on Thursdays, 4pm to 5.30pm, for 12 weeks from 29/01/2026.
  10 .... First appointment by 20/02/2026; letter within two weeks of it.
  11 .... Three sessions, all before the core group on 03/03/2026.
  12 .... Complete by 20/03/2026; report to Nicole and the core group by 27/03/2026.

RELAPSE AND CONTINGENCY
  Trigger ....... Nicole shows her warning signs (under 5 hours' sleep two nights running,
                  racing speech, spending, driving at night).
  Response ...... Kai rings Frank or Owen (both numbers are on his phone and on the relapse
                  plan). Joanne, or the CMHT crisis team out of hours, sees Nicole within 24
                  hours. Kai and Amber stay at Frank's until Joanne and Owen agree Nicole is well.
  Trigger ....... Nicole misses her lithium or a blood test.
  Response ...... Joanne tells Owen the same day, and they visit together within two working
                  days.
  Trigger ....... Kai or Amber are found alone at home after 7pm, or Nicole is driving them
                  while unwell.
  Response ...... The police are called; Owen (or the Emergency Duty Team) holds a strategy
                  discussion the same day; the children go to Frank's that night.
  Trigger ....... Frank cannot have the children (for a Wednesday, or in an emergency).
  Response ...... For a Wednesday, Kai and Amber go to the Fairview after-school club until
                  6pm, paid for by Children's Services, and Sian collects them and takes them
                  home. In an emergency, Owen or the Emergency Duty Team places them together
                  with emergency foster carers the same day.
  Legal ......... If Nicole is admitted to hospital again, or the children are left alone at
                  night again, or Joanne's report says Nicole is unlikely to manage her illness
                  well enough for the children within six months, Laura Finch will request a
                  legal planning meeting within 5 working days.

CORE GROUP ...... Every 4 weeks, Tuesdays at 4pm, Fellstridge Family Hub: 03/02/2026,
                  03/03/2026, 31/03/2026.
REVIEW CONF ..... Thursday 16/04/2026, 10am, Fellstridge Civic Centre.
DISTRIBUTION .... Nicole Brennan, Stuart Lyle, Frank Brennan, and every agency named above.
===============================================================================
END OF PRINT                                                          Page 1 of 1
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Review conference plan with an outcome merged down and a "Who and by
#    when" column holding owner and time in one cell. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b216_frinsworth_rcpc_who_and_by_when_cell_quinn.docx",
    "doc_title": "Review Child Protection Plan - Harvey and Izzy Quinn",
    "split": "tune",
    "actions": 13,
    "check_vmerge": 4,
    "template": "rcpc-plan-docx-details-grid-progress-since-icpc-childrens-words-and-observed-play-parents-words-strengths-then-outcome-merged-down-what-needs-to-happen-who-and-by-when-owner-and-time-in-one-cell-how-we-will-know-table-then-contingency-meetings",
    "description": (
        "First review conference plan for a 7-year-old boy and his 3-year-old half-sister (emotional "
        "abuse: domestic abuse by the younger child's father, who has moved to his mother's and has a "
        "non-molestation order against him); their mother has anxiety and depression and takes "
        "citalopram. Harvey's words, Izzy's play as nursery sees it, then a table whose outcome cell "
        "is merged down its rows and whose 'Who and by when' cell gives the lead and the time together "
        "('Amy Lodge (SW), every 10 working days until the next review', 'every Thursday in term'). "
        "The paternal grandmother supervises contact and the maternal aunt collects Izzy from nursery. "
        "Faults: the housing officer's support for a move 'as soon as possible' (T002); the health "
        "visitor's speech and language referral 'in due course' (T002); Talking Therapies' six CBT "
        "sessions 'ongoing' and only treating the mother, measured by attendance (T002, H001); "
        "dentist registration with only 'Stacey' in the cell and no time (T001); 'All agencies' "
        "sharing sightings of the father (W002); and a contingency that never says what happens if "
        "the grandmother or the aunt cannot help (C003)."
    ),
    "blocks": [
        ("title", "Frinsworth Council - Review Child Protection Conference"),
        ("p", "Child protection plan for Harvey and Izzy Quinn, agreed at the first review child protection "
              "conference on Monday 19 January 2026. The initial conference was held on 20/10/2025."),
        ("table", {
            "rows": [
                ["Children", "Harvey Quinn, born 14/03/2018 (7), Year 3, Fairmead Junior School\n"
                             "Isabelle (Izzy) Quinn, born 09/08/2022 (3), Fircroft Nursery"],
                ["Address", "22 Fenton Close, Frinsworth FR6 2LB"],
                ["Mother", "Stacey Quinn (29)"],
                ["Izzy's father", "Connor Walsh (31), living with his mother Maureen Walsh at 5 Fairmead Road, "
                                  "Frinsworth"],
                ["Harvey's father", "Not in touch since 2019; his details are not known"],
                ["Maternal aunt", "Gemma Quinn (33), 40 Fenton Close"],
                ["Category", "Emotional abuse"],
                ["Social worker", "Amy Lodge, Frinsworth Safeguarding and Family Support Team (team "
                                  "manager: Neil Bradshaw)"],
                ["Chair", "Carol Whitfield, independent child protection chair"],
            ],
            "widths": [3.6, 13.4],
            "bold_first_col": True,
        }),
        ("h1", "Progress since the initial conference"),
        ("p", "Connor moved out in October 2025 after the assault on Stacey on 11/10/2025 and lives with his "
              "mother two streets away. Stacey was granted a non-molestation order on 12/11/2025 and no "
              "incidents have been reported since. Connor has seen Izzy every Saturday at his mother's house "
              "with Maureen present. Stacey has been low and anxious since the autumn; her GP started her on "
              "citalopram in November and referred her to Frinsworth Talking Therapies. Harvey was late 14 "
              "times last half term, and nursery say Izzy uses about 20 words, well behind other children "
              "her age."),
        ("h1", "What Harvey and Izzy have told and shown us"),
        ("p", "Harvey, seen on his own at school by Amy on 13/01/2026: \"I like it better now Connor's gone, "
              "it's quiet.\" \"Mum cries in the bathroom sometimes but she says she's fine.\" When Connor "
              "shouted, he used to hide under his bed with his tablet. He wants \"Izzy to talk properly so "
              "we can play Lego together\"."),
        ("p", "Izzy is three and says little in words. At nursery she mostly plays on her own in the home "
              "corner and points to what she wants. She runs to Stacey at pick-up and chats away in her own "
              "words, and Stacey says she is excited on Saturdays to see \"Daddy and Nanny Mo\"."),
        ("h1", "What Stacey and Connor said"),
        ("p", "Stacey: \"It's calmer at home but I'm exhausted, and mornings are a battle. I want a fresh start "
              "away from this street.\" Connor: \"I know I scared them. I want to be a proper dad to Izzy and "
              "I'll do the course.\""),
        ("h1", "Strengths"),
        ("bullets", [
            "No incidents since the non-molestation order, and Stacey has kept to it.",
            "Harvey is doing well in reading and is proud of his swimming badge.",
            "Saturday contact at Maureen's has happened every week and Izzy enjoys it.",
            "Gemma lives in the same close and has been a steady help to Stacey.",
        ]),
        ("h1", "The plan"),
        ("p", "\"Who and by when\" gives the lead person and the time together in one cell."),
        ("table", {
            "header": ["Outcome for Harvey and Izzy", "What needs to happen", "Who and by when",
                       "How we will know"],
            "widths": [3.6, 5.6, 3.9, 3.9],
            "rows": [
                ["1. Harvey and Izzy live free from violence and do not see or hear abuse between the adults.",
                 "Visit the children at home and see each on their own; one visit in three unannounced",
                 "Amy Lodge (SW), every 10 working days until the next review",
                 "Visit records with each child's own words, written up within 2 working days"],
                [V,
                 "Share any sighting of Connor near 22 Fenton Close, or any contact from him, with the SW",
                 "All agencies, the same day",
                 "Sighting logged on the children's file and passed to the police"],
                [V,
                 "Check the non-molestation order is on the police system and flag 22 Fenton Close for an "
                 "urgent response",
                 "PC Rhys Fenner, Frinsworth Police Domestic Abuse Unit, by 30/01/2026",
                 "Flag reference sent to the SW"],
                [V,
                 "Support Stacey's application for a move away from the area Connor lives in",
                 "Dev Patel, housing officer, Frinsworth Homes, as soon as possible",
                 "Housing band decision letter copied to the SW"],
                ["2. Harvey can talk about what he saw and worries less; Izzy's speech and play catch up with "
                 "other children her age.",
                 "ELSA sessions with Harvey about worries and feelings",
                 "Mrs Jane Finch (ELSA), Fairmead Junior School, every Thursday in term",
                 "ELSA notes with Harvey's words and his worry scale score, sent to the SW at each half term"],
                [V,
                 "Refer Izzy to the speech and language therapy service for an assessment",
                 "Rachel Kirk (HV), in due course",
                 "Referral acceptance letter on file; assessment result shared with the nursery"],
                [V,
                 "Talking Time small-group sessions with Izzy, led by her key person",
                 "Leanne Day, key person, Fircroft Nursery, three mornings a week",
                 "Izzy's WellComm screening score each half term, copied to the SW"],
                ["3. Harvey and Izzy are cared for by a mum whose anxiety is managed well enough for her to "
                 "get them to school and nursery on time and keep their routines.",
                 "Six sessions of cognitive behavioural therapy for Stacey's anxiety",
                 "Frinsworth Talking Therapies, ongoing",
                 "Attendance letters sent to the SW"],
                [V,
                 "Home sessions on the morning routine and getting Harvey to school by 8.45am",
                 "Jo Tarrant, family support worker, Frinsworth Family Hub, every Tuesday at 8am from "
                 "20/01/2026 for 8 weeks",
                 "Harvey's late marks on the school register fall to fewer than 2 a half term"],
                [V,
                 "Register both children with a dentist and take them for a check-up",
                 "Stacey",
                 "Dental appointment cards seen by the SW"],
                ["4. Izzy keeps seeing her dad, safely, and only with another adult there.",
                 "Supervise Connor's contact with Izzy at her house and stay in the room the whole time",
                 "Maureen Walsh (paternal grandmother), every Saturday 10am to 1pm",
                 "Contact record signed by Maureen after each visit, read by the SW"],
                [V,
                 "Collect Izzy from nursery and give her tea until Stacey finishes work at 5pm",
                 "Gemma Quinn (maternal aunt), every Wednesday from 21/01/2026",
                 "Nursery collection log; Gemma texts the SW each Wednesday"],
                [V,
                 "Complete the Frinsworth Caring Dads programme",
                 "Connor, Mondays 6pm to 8pm for 17 weeks from 26/01/2026",
                 "Programme worker's mid-point and end reports to the SW"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("bullets", [
            "If Connor comes to 22 Fenton Close, contacts Stacey or the children outside Saturday contact, or "
            "breaks the non-molestation order in any other way, Stacey rings 999. The police attend, and "
            "Amy (or the Emergency Duty Team) holds a strategy discussion the same day.",
            "If Stacey lets Connor into the home, Amy visits that day; if the children cannot stay safely at "
            "home that night, Amy or the Emergency Duty Team finds them an emergency foster placement "
            "together.",
            "If Harvey is late three times in a week, or absent without a reason, the school rings Amy and "
            "she visits the same day.",
            "If Connor comes to the house again or Stacey lets him in, or if Harvey's lateness has not fallen "
            "by the core group on 14/04/2026, Neil Bradshaw (team manager) will hold a legal planning "
            "meeting within 10 working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every six weeks, Tuesdays at 1pm, Fairmead Junior School: 03/03/2026, 14/04/2026, "
            "26/05/2026 and 07/07/2026.",
            "Next review child protection conference: Monday 20/07/2026 at 10am, Frinsworth Civic Centre.",
        ]),
        ("p", "Plan sent to Stacey, Connor, Maureen, Gemma and every agency named in it on 21/01/2026."),
    ],
    "findings": [
        F("W002", "Share any sighting of Connor near 22 Fenton Close"),
        F("T002", "Support Stacey's application for a move away from"),
        F("T002", "Refer Izzy to the speech and language therapy service"),
        F("T002", "Six sessions of cognitive behavioural therapy for Stacey's anxiety"),
        F("H001", "Six sessions of cognitive behavioural therapy for Stacey's anxiety"),
        F("T001", "Register both children with a dentist and take them"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Core group minutes: attendance with initials, agency updates, the
#    children's words, then an action log (No. / Action / By whom /
#    Timeframe / Evidence). Page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b216_fawdlecombe_core_group_minutes_timeframe_log_ashby.pdf",
    "doc_title": "Core Group Minutes - Kayden and Leah Ashby",
    "split": "tune",
    "actions": 12,
    "min_pages": 2,
    "header": "RESTRICTED · Fawdlecombe Council Children's Services · Core group minutes",
    "footer": "Kayden and Leah Ashby · core group 2, 03/02/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "core-group-minutes-paged-header-footer-meeting-details-attendance-list-with-initials-numbered-minutes-last-time-agency-updates-childrens-views-working-well-outcomes-contingency-dates-then-action-log-no-action-by-whom-initials-timeframe-evidence",
    "description": (
        "Minutes of the second core group for an 11-year-old boy and his 6-year-old sister (neglect): "
        "their father, the main carer on the mother's late shifts, smokes cannabis daily and has been "
        "low since losing his job; the children are hungry, the house smells of cannabis, the younger "
        "child's mattress is wet and on the floor, and the boy makes his sister's tea. Attendance with "
        "initials, agency updates, the children's words, outcomes, a specific contingency with legal "
        "planning, then an action log (No. / Action / By whom / Timeframe / Evidence) whose real times "
        "sit beside vague ones written just as firmly. Faults: Leah's teacher's check-ins 'Regularly' "
        "(T002); the family support worker's routine work 'Throughout' (T002); the grandmother's teas "
        "'As and when' (T002); the school nurse's health check 'At the next opportunity', with no "
        "meeting named (T002); clearing the garden and the wet mattress with an empty Timeframe "
        "(T001); the father's cannabis use recorded while the only action about it is his own, so no "
        "adult service owns an action (F004); and the review conference 'to be arranged' (R001)."
    ),
    "blocks": [
        ("title", "Core Group Meeting - Minutes"),
        ("kv", [
            ("Children", "Kayden Ashby, born 22/04/2014 (11), Year 7, Fawdlecombe Academy; Leah Ashby, born "
                         "10/10/2019 (6), Year 1, Foxhill Infant School"),
            ("Address", "17 Furnace Row, Fawdlecombe FW2 5HG"),
            ("Plan", "Child protection plan (neglect) since the initial conference on 08/01/2026"),
            ("Meeting", "Core group 2, Tuesday 03/02/2026, 3.30pm, Foxhill Infant School"),
            ("Chair and minutes", "Naomi Fry, social worker"),
        ]),
        ("h1", "Present"),
        ("bullets", [
            "NF - Naomi Fry, social worker, Fawdlecombe Children's Services (chair)",
            "CA - Craig Ashby, father",
            "GA - Gemma Ashby, mother",
            "KP - Mrs Karen Pugh, DSL, Fawdlecombe Academy",
            "LO - Miss Laura Oakes, Leah's class teacher, Foxhill Infant School",
            "TR - Tom Reid, family support worker, Fawdlecombe Family Hub",
            "SB - Sam Burke, school nurse, Fawdlecombe 0-19 Service",
            "JH - Jean Hobbs, maternal grandmother",
            "Apologies: none. Fawdlecombe Drug and Alcohol Service was not invited, as Craig has not yet "
            "been referred.",
        ]),
        ("h1", "1. Actions from core group 1 (20/01/2026)"),
        ("p", "NF made the referral to Fawdlecombe Young Carers for Kayden on 28/01/2026 and it was accepted. "
              "TR has made two home visits. The kitchen has been cleared. The rubbish bags in the back garden "
              "and Leah's mattress have not been dealt with."),
        ("h1", "2. Updates"),
        ("p", "School (KP): Kayden's attendance this half term is 86%, with 5 late marks. He has come without PE "
              "kit four times and told his form tutor he \"did the washing\" on Sunday. He is polite and works "
              "hard in maths."),
        ("p", "Leah's school (LO): Leah says she is hungry most mornings and has had school breakfast every day. "
              "Her hair has been unwashed on several days and she fell asleep in class twice last week."),
        ("p", "Family Hub (TR): Craig and Gemma have welcomed both visits. The kitchen is clean. Leah's mattress "
              "is on the floor, wet and smelling of urine, and she has been sleeping in Kayden's bed."),
        ("p", "School nurse (SB): SB has not yet seen the children. Leah's weight at school entry was on the "
              "9th centile."),
        ("p", "Parents: Craig said he smokes cannabis every day \"to take the edge off\" and has been \"down\" "
              "since he lost his job at the foundry in October; he has not been to the GP about it. Gemma works "
              "2pm to 10pm at Fellside Lodge care home three days a week, and Craig is the only adult at home "
              "on those evenings. Both said they want the plan to work and that the house is \"getting there\"."),
        ("h1", "3. What Kayden and Leah have said"),
        ("p", "NF saw Kayden on his own at school on 29/01/2026. He said: \"Dad sleeps a lot. I do Leah's tea "
              "when Mum's at work, beans or noodles.\" \"The house smells of weed, my mates say it does.\" He "
              "would like his room tidy \"so I can have a mate round\" and wants his dad \"to get a job and be "
              "happy again\"."),
        ("p", "Leah, seen on her own at home on 30/01/2026: \"I like Nana Jean's, she has Coco Pops.\" She drew "
              "her bed with \"a wet patch\" and said she sleeps in Kayden's bed \"because it's dry\"."),
        ("h1", "4. What is working well"),
        ("bullets", [
            "Craig and Gemma have let NF and TR in every time and have been honest about the cannabis.",
            "Kayden and Leah are close and both say they feel safe with their mum and with Nana Jean.",
            "Leah has had breakfast at school every day since core group 1.",
        ]),
        ("h1", "5. What we want for Kayden and Leah (from the plan)"),
        ("numbers", [
            "Kayden and Leah are fed three meals a day and go to bed clean, in their own dry beds.",
            "Kayden and Leah are cared for by a sober adult, and Kayden does not cook for Leah or care for her.",
            "Kayden is in school every day and on time, with his kit.",
            "Leah's weight and height are checked and she grows well.",
        ]),
        ("h1", "6. Contingency (agreed again)"),
        ("bullets", [
            "If any worker finds Craig under the influence of cannabis while he is caring for the children on "
            "his own, or the children alone in the house, NF (or the Emergency Duty Team) holds a strategy "
            "discussion the same day and the children stay with Jean that night; if Jean cannot have them, "
            "the Emergency Duty Team places them with emergency foster carers.",
            "If Jean cannot give the children their tea on a late-shift evening, she tells Gemma and NF by 12 "
            "noon and Gemma swaps her shift (her manager at Fellside Lodge has agreed to this).",
            "If Kayden misses two days of school in a week without a reason, KP rings NF, who visits the same "
            "day.",
            "If Leah's room and the garden have not been put right by the core group on 03/03/2026, or Craig "
            "is found under the influence while caring alone, Paul Greaves (team manager) will hold a legal "
            "planning meeting within 10 working days.",
        ]),
        ("h1", "7. Dates"),
        ("bullets", [
            "Next core groups: Tuesday 03/03/2026 and Tuesday 31/03/2026, 3.30pm, Foxhill Infant School.",
            "Review child protection conference: date to be arranged by the conference team.",
        ]),
        ("h1", "8. Action log"),
        ("p", "Owners are given by the initials in the attendance list."),
        ("table", {
            "header": ["No.", "Action", "By whom", "Timeframe", "Evidence"],
            "widths": [1.0, 6.2, 2.4, 3.2, 4.2],
            "rows": [
                ["1",
                 "Visit the home and see Kayden and Leah on their own, including their bedrooms",
                 "NF",
                 "Every 2 weeks; next visit 10/02/2026",
                 "Visit record with the children's words and a note on each bedroom"],
                ["2",
                 "Ring Fawdlecombe Drug and Alcohol Service and book a first assessment of his cannabis use",
                 "CA",
                 "By the next core group (03/03/2026)",
                 "Appointment letter shown to NF"],
                ["3",
                 "First-day calling if Kayden is not in by 8.50am",
                 "KP",
                 "Every school day",
                 "Attendance figures sent to NF every Friday"],
                ["4",
                 "Check in with Leah about how she is sleeping and whether she has eaten",
                 "LO",
                 "Regularly",
                 "Notes on CPOMS shared with NF"],
                ["5",
                 "Help Craig and Gemma set up a meal and bedtime routine for the children",
                 "TR",
                 "Throughout",
                 "Routine chart checked at each visit; children in bed by 8.30pm on the chart"],
                ["6",
                 "Give Kayden and Leah their tea on the evenings Gemma works late",
                 "JH",
                 "As and when",
                 "Jean texts NF on those evenings"],
                ["7",
                 "Health check for Kayden and Leah, including Leah's weight and height",
                 "SB",
                 "At the next opportunity",
                 "Health summary with Leah's centiles sent to NF"],
                ["8",
                 "Clear the rubbish bags from the back garden and take the wet mattress to the tip",
                 "CA and GA",
                 "",
                 "NF sees the garden and Leah's room at her next visit"],
                ["9",
                 "Buy a new bed, mattress and waterproof cover for Leah from the Family Hub grant",
                 "TR",
                 "By 13/02/2026 (before half term)",
                 "Receipt on file; NF sees the bed made up"],
                ["10",
                 "Young carers' group for Kayden",
                 "Lisa Grant, Fawdlecombe Young Carers",
                 "Every Thursday, 5pm to 7pm, from 05/02/2026",
                 "Group register sent to NF each month"],
                ["11",
                 "Not smoke cannabis in the house at any time, or on any day he is caring for the children on "
                 "his own",
                 "CA",
                 "From 03/02/2026",
                 "No smell of cannabis at NF's unannounced evening visits, noted on each visit record"],
                ["12",
                 "Parenting assessment of Craig and Gemma",
                 "NF",
                 "By 20/03/2026",
                 "Written report shared with Craig, Gemma and the core group"],
            ],
        }),
        ("p", "Minutes typed by NF on 04/02/2026 and sent to everyone present."),
    ],
    "findings": [
        F("T002", "Check in with Leah about how she is sleeping"),
        F("T002", "Help Craig and Gemma set up a meal and bedtime routine"),
        F("T002", "Give Kayden and Leah their tea on the evenings"),
        F("T002", "Health check for Kayden and Leah, including Leah's weight"),
        F("T001", "Clear the rubbish bags from the back garden"),
        F("F004"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Initial conference plan written as bullets under each outcome with
#    Who / When / How we'll know sub-bullets, then "Also agreed at
#    conference". Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b216_fyldenhurst_outcome_bullets_who_when_lines_kerr.md",
    "split": "tune",
    "actions": 13,
    "template": "icpc-plan-md-details-list-why-jaydens-words-rosies-day-parents-words-going-well-then-the-plan-h3-per-outcome-action-bullets-with-who-when-how-well-know-sub-bullets-then-also-agreed-at-conference-bullets-then-if-things-go-wrong-meetings",
    "description": (
        "Initial conference plan for a 14-year-old boy and his 2-year-old sister (physical abuse): the "
        "toddler had a bruise to her cheek and ear that the paediatrician found likely to be a slap, "
        "and her father, on bail, has moved to his brother's; the boy is left in charge of her some "
        "evenings. Jayden's words and Rosie's day, then the plan as a heading per outcome, each action "
        "a bullet with Who / When / How we'll know sub-bullets, and an 'Also agreed at conference' "
        "list. Real times sit beside vague ones written just as firmly. Faults: the paediatric "
        "follow-up 'In due course' (T002); the young carers' assessment 'When appropriate' (T002); "
        "the family support worker's routine work 'When needed' (T002); the parenting assessment and "
        "the police records request under 'Also agreed at conference' with no time (T001 each); an "
        "outcome only about the mother's confidence and choices (F002); and her relationships course "
        "measured by her 'engagement' (M002)."
    ),
    "text": """\
# Fyldenhurst Borough Council - Children's Services

## Child Protection Plan: Jayden and Rosie Kerr

Agreed at the initial child protection conference on Wednesday 21 January 2026 (chair: Martin Ogden).

**Children:** Jayden Kerr, born 05/12/2011 (14), Year 9, Falconwood Academy; Rosie Kerr, born
28/03/2023 (2), Foxcubs Nursery
**Address:** 8 Fulmar Way, Fyldenhurst FY4 1RT
**Mother:** Shannon Kerr (33)
**Rosie's father:** Liam Hart (29), staying with his brother at 52 Flaxton Road while on police bail
**Category:** Physical abuse (Rosie)
**Social worker:** Emma Grant, Fyldenhurst Child Protection Team (team manager: Rob Carver)

### Why there is a plan

On 05/01/2026 staff at Foxcubs Nursery saw a bruise across Rosie's left cheek and ear. Shannon said
Rosie fell off the sofa; Liam said Jayden's games controller hit her. At the child protection medical
on 06/01/2026 Dr Helen Ferris, community paediatrician, said the pattern of the bruise was most likely
a slap with an open hand. Liam was arrested and is on bail until 18/02/2026, with conditions not to
live at 8 Fulmar Way and not to have unsupervised contact with Rosie. Jayden has told school that he
is left to look after Rosie "most evenings" while Shannon goes to the shop or to a friend's.

### What Jayden says

Jayden, seen on his own at school on 16/01/2026: "I didn't see what happened. Liam's alright
mostly, he just loses it." "I don't mind having Rosie but sometimes she won't stop crying and I've
got homework." He wants "things back to normal" and to keep going to Fyldenhurst Boxing Club on
Tuesdays and Thursdays.

### Rosie's day

Rosie is two and says a few words. At nursery she is busy and sociable, but she flinches when an
adult lifts a hand near her face and she has hit other children on the cheek twice this month. At home
on 19/01/2026 Emma saw her climb onto Jayden's lap when a door slammed, and go to him rather than to
Shannon when she fell over. She eats well at nursery and sleeps in the afternoon there.

### What Shannon and Liam say

Shannon: "I don't know what happened, I was in the kitchen. I've told Liam he can't come back till
this is sorted." Liam, through his solicitor: he denies hurting Rosie and wants to see her.

### What's going well

- Rosie has been at nursery every session since the bruise was seen.
- Shannon agreed to Liam staying away and has kept to it.
- Jayden is doing well at school and boxing keeps him busy two evenings a week.

## The plan

Each outcome has the actions that will get us there. Every action has Who, When and How we'll know.

### Outcome 1: Rosie is kept safe from harm, and any new mark on her is seen and explained the same day

- Check Rosie's skin, weight and development at home and go through any new marks with Shannon.
  - Who: Laura Penn, health visitor, Fyldenhurst 0-19 Service
  - When: every other Thursday from 29/01/2026
  - How we'll know: body map and development notes sent to Emma after each visit
- Look Rosie over when she arrives, record any mark on a body map and ring Emma straight away.
  - Who: Mrs Tina Cole, manager and DSL, Foxcubs Nursery
  - When: at the start of every session Rosie attends
  - How we'll know: body maps on Rosie's nursery file; copies sent to Emma every Friday
- Liam will not be alone with Rosie, will not stay overnight at 8 Fulmar Way, and will see Rosie only
  at supervised contact.
  - Who: Liam Hart
  - When: until the review conference on 15/04/2026
  - How we'll know: Emma's unannounced visits, including evenings, recorded on the visit record;
    any breach of bail reported to the police
- Follow-up appointment to review Rosie's bruising and the results of her blood tests.
  - Who: Dr Helen Ferris, community paediatrician, Fyldenhurst Children's Centre
  - When: in due course
  - How we'll know: clinic letter to Emma and the GP
- Supervise Liam's contact with Rosie at the Fyldenhurst Family Centre.
  - Who: Ben Osei, contact supervisor, Fyldenhurst Family Centre
  - When: Saturdays, 10am to 12 noon, from 24/01/2026
  - How we'll know: contact recording sent to Emma after each session

### Outcome 2: Jayden feels safe at home, is not left in charge of Rosie, and keeps up at school

- Check in with Jayden about home, his sleep and his homework.
  - Who: Mr Dan Whitlock, DSL, Falconwood Academy
  - When: every Monday in term, at form time
  - How we'll know: check-in notes on CPOMS, e-mailed to Emma each Friday
- Offer Jayden a young carer's assessment and a place at the teenage young carers' group.
  - Who: Asha Bell, Fyldenhurst Young Carers
  - When: when appropriate
  - How we'll know: assessment summary sent to Emma
- Shannon will not leave Jayden in charge of Rosie in the evening or overnight.
  - Who: Shannon
  - When: every evening from 21/01/2026
  - How we'll know: Jayden's account when Emma sees him alone; Emma's evening visits recorded
- See Jayden on his own, away from home.
  - Who: Emma Grant, social worker
  - When: every Tuesday after school, before boxing, from 27/01/2026
  - How we'll know: visit record with Jayden's own words, written up within 2 working days

### Outcome 3: Shannon feels more confident as a parent and makes safer choices about who she lets into the family's life

- Go to the Finding Me relationships course at the Fyldenhurst Women's Centre.
  - Who: Shannon
  - When: Thursdays, 10am to 12 noon, for 8 weeks from 22/01/2026
  - How we'll know: Shannon's engagement with the course
- Help Shannon with a daily routine for Rosie: meals, naps and bedtime by 7pm.
  - Who: Kerry Nash, family support worker, Fyldenhurst Family Hub
  - When: when needed
  - How we'll know: Rosie's routine chart, checked by Emma at her visits

### Also agreed at conference

- Emma Grant (SW) will complete a parenting assessment of Shannon, and of Liam's care of Rosie, with a
  written report shared with Shannon and Liam.
- DC Amy Shaw will send Emma the police call-out records for 8 Fulmar Way, and Emma will add them to
  the chronology on Rosie's file.

## If things go wrong

- If anyone sees a new mark on Rosie, they ring Emma straight away (the Emergency Duty Team out of
  hours). Emma holds a strategy discussion with the police the same day, and Rosie has a child
  protection medical that day at Fyldenhurst General Hospital.
- If Liam is found at 8 Fulmar Way or alone with Rosie, Shannon or whoever finds him rings 999 (it is
  a breach of his bail). Emma holds a strategy discussion the same day; if Shannon cannot keep Liam
  away, Emma or the Emergency Duty Team places Rosie and Jayden together with emergency foster carers
  that day.
- If Jayden is found in charge of Rosie after 6pm, Emma visits the next morning and the nursery and
  school are told.
- If Rosie has another injury that is not explained, or Liam is found at the house, Rob Carver (team
  manager) will hold a legal planning meeting within 5 working days.

## Meetings

- Core group every four weeks, Wednesdays at 1pm, Foxcubs Nursery: 04/02/2026, 04/03/2026 and
  01/04/2026.
- Review child protection conference: Wednesday 15/04/2026 at 10am, Fyldenhurst Town Hall.

Plan sent to Shannon, Liam (through his solicitor), Jayden (his own copy, talked through with Emma)
and every agency named in it on 22/01/2026.
""",
    "findings": [
        F("T002", "Follow-up appointment to review Rosie's bruising and the results"),
        F("T002", "Offer Jayden a young carer's assessment and a place"),
        F("T002", "Help Shannon with a daily routine for Rosie"),
        F("T001", "will complete a parenting assessment of Shannon, and of"),
        F("T001", "DC Amy Shaw will send Emma the police call-out records"),
        F("F002", "Shannon feels more confident as a parent and makes safer choices"),
        F("M002", "Go to the Finding Me relationships course"),
    ],
})
