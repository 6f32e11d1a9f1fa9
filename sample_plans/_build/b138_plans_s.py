"""Batch 138, module s: seven fictional plans (held-out material), places beginning with "s".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: how good practitioners write MEASURES and TIMESCALES in their own
words and in places other than a tidy "How will we know" column and a date
column. Measures are written as evidence someone gathers or sees ("What we'll
see", "Shown by", "Evidence:", "What the school will see:", "Checked at",
"as recorded in", "We'll know it's working when ...", "the HV will weigh and
plot", register percentages, negative urine and hair strand results, an
unannounced visit finding the home as agreed, a worry or feelings score the
worker or key adult records), sometimes in a column with an unusual header,
sometimes inside the action's own sentence, sometimes on a line below it.
Timescales are written as events, terms and periods ("before baby is born",
"by 36 weeks' gestation", "on the day of discharge", "within 5 working days
of this conference", "at every core group", "by the October half term",
"each Tuesday after school", "for the next 12 weeks, then reviewed",
"from 01/03/2026 until the review", "fortnightly, starting w/c 09/03/2026",
"the first Monday of each month"), in a "Start / end" or "By" column, in the
owner's cell of a two-column Action | Detail table, or in the sentence.
Owners are written as initials from a key, "the HV", "Gran (maternal)",
"Leanne and AR together", "Sian and Zoe (SW) jointly", "Haven Recovery -
Lisa P.".

Five plans are exemplary (no findings): the Saffronby initial conference
plan (docx, landscape, outcome merged down, "Start / end" and "What we'll
see" columns, owners as initials from a key); the Stowlingham review plan
(docx, one two-column Action | Detail table under each outcome heading, the
detail cell holding lead, timing and evidence lines); the Semplecombe
pre-birth plan (pdf, one "What needs to happen | Who | By | Shown by" table
per stage: before birth, on the ward, first eight weeks); the Sildenmoor
child in need plan stepped up to child protection (md, table with "Start /
end" and "How we'll check"); and the Swaddington initial conference
case-system print (txt, plan items grouped under outcomes with Action /
Lead / Start-end / Evidence fields). Two carry a realistic mix of faults
among mostly good rows: the Scarnford core group minutes with an action log
(pdf) and the Stoatley review plan of owner-first bullets with a "We'll know
it's working when" line under each (md).

Counting actions (README, "Files", actions; convention 1): every live row of
an action table (each row of each small table under an outcome or stage
heading) and every bullet of the action section, with its continuation line
("We'll know it's working when ...", "Evidence: ...") belonging to the bullet
above it (convention 13); not banner or heading rows, not the contingency,
not meeting dates, not the child in need actions listed as finished before
the step-up (work already done).

Readings used: a continuation line inside a Markdown bullet is part of that
bullet, so its check is the action's measure and its time the action's
timescale; "the same evening whenever Ruby rings", "every shift until
discharge" and "every appointment before baby is born" are events and so
real timescales; "for the next 12 weeks, then reviewed" is a real period
with a vague word beside it; a measure that is only "Engagement with the
service", "Monitor home conditions", "Craig's mood has improved" or "to be
discussed at the core group" is M002; "ASAP", "As required", "when
possible" and a start date "TBC" are T002; an owner written as "The family"
or "Core group" is W002.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference, mother's depression and father's cannabis use, two
#    children, maternal grandmother helping. Landscape Word plan with a key
#    of initials, outcome merged down, "Start / end" and "What we'll see"
#    columns. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b138_saffronby_icpc_merged_outcome_start_end_initials_brennan.docx",
    "doc_title": "Initial Child Protection Plan - Tyler and Maisie Brennan",
    "split": "heldout",
    "actions": 13,
    "landscape": True,
    "check_vmerge": 4,
    "template": "icpc-landscape-word-plan-details-kv-whos-who-key-of-initials-worries-working-well-childrens-words-then-outcome-merged-down-what-will-happen-who-as-initials-start-end-what-well-see-table-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for an 8-year-old and a 3-year-old whose mother has "
        "depression and whose father smokes cannabis in the house. A landscape Word table with the "
        "outcome merged down over its actions, owners written as initials from a who's-who key "
        "('AR', 'JT', 'HQ (DSL)'), 'Gran (maternal)', 'Leanne and AR together' and 'Haven Recovery "
        "- Lisa P.', a 'Start / end' column ('from 01/03/2026 until the review', 'fortnightly, "
        "starting w/c 09/03/2026', 'the first Monday of each month', 'each Tuesday after school for "
        "the next 12 weeks, then reviewed', 'within 5 working days of this conference') and a "
        "'What we'll see' column (an unannounced visit finding the home as agreed, what the school "
        "will see, the HV weighing and plotting, a worry score the mentor records, negative urine "
        "screens as recorded in the key-worker's report). The psychiatrist assesses capacity to "
        "change, the GP and drug service own actions, the grandmother's part has a fallback, legal "
        "planning follows named triggers, core group and review dates are set."
    ),
    "blocks": [
        ("title", "Initial Child Protection Plan"),
        ("p", "Saffronby Borough Council – Children's Social Care – Child Protection Conference Service"),
        ("kv", [
            ("Children", "Tyler Brennan (8), DOB 11/06/2017, Year 3, Saffronby Church Primary; Maisie Brennan "
                         "(3), DOB 02/12/2022, Little Owls Nursery"),
            ("Address", "17 Wickham Rise, Saffronby SF3 8JD"),
            ("Mother", "Leanne Brennan (30)"),
            ("Father", "Ryan Cole (33), lives with Leanne and the children; works days at a builders' merchant"),
            ("Maternal grandmother", "Pauline Brennan, 4 Orchard Walk, Saffronby (about a mile away)"),
            ("Category", "Neglect (both children)"),
            ("Conference", "Initial child protection conference, Tuesday 24/02/2026. Chair: Denise Okwu (IRO)"),
        ]),
        ("h1", "Who's who (initials used in the plan)"),
        ("bullets", [
            "AR – Aisha Rahman, social worker, Saffronby Children's Social Care (team manager: Mark Hollins)",
            "JT – Jo Turnbull, health visitor, Saffronby 0-19 Service",
            "HQ – Mrs Helen Quayle, designated safeguarding lead (DSL), Saffronby Church Primary",
            "SD – Sam Dyer, Maisie's key worker, Little Owls Nursery",
            "KI – Dr Kamala Iyer, consultant psychiatrist, Saffronby Community Mental Health Team",
            "PF – Dr Paul Fenwick, GP, Wickham Rise Surgery",
            "Lisa P. – Lisa Pearce, recovery worker, Haven Recovery (Saffronby drug and alcohol service)",
            "KJ – Kelly Jameson, Saffronby Young Carers",
        ]),
        ("h1", "What we are worried about"),
        ("p", "Leanne has had depression since the autumn. Since November she has spent most days in bed, and "
              "Tyler has been getting Maisie up, giving her cereal and dressing her. Tyler's attendance in the "
              "autumn term was 84% and he was late 17 times. Maisie missed her 2-year review twice. Ryan smokes "
              "cannabis in the front room most evenings. On 27/01/2026 a neighbour found Maisie in the close at "
              "7.30am in her pyjamas and called the police; Leanne and Ryan were both asleep."),
        ("h1", "What is working well"),
        ("p", "Leanne asked her GP for help in January and has agreed to see the mental health team. Pauline "
              "sees the children most weeks and Tyler calls her when he is worried. Ryan has said he will stop "
              "smoking in the house and has booked an appointment at Haven Recovery. The children are warm and "
              "affectionate with both parents."),
        ("h1", "What Tyler and Maisie have told us"),
        ("p", "Tyler (seen on his own at school, 16/02/2026): “I get Maisie her Weetabix because Mum's tired. "
              "Dad's smoke makes my throat hurt. I like Gran's on Thursdays because we have fish fingers and she "
              "does my reading.” He put home at 4 on a scale of 0 to 10, and said 10 would be “Mum up in the "
              "morning and no smoke”."),
        ("p", "Maisie (seen at home, 18/02/2026): when she tripped on the stairs she went to Tyler, not to her "
              "mum. Her nappy was heavy at 11am. She chatted to AR about her doll and showed her a drawing of "
              "“Gran's cat”. Nursery say she is hungry when she arrives on most Mondays."),
        ("h1", "The plan"),
        ("p", "Each outcome is written once, down the left of the table, over the actions that serve it. "
              "“Start / end” is when the action starts and when it stops or is next looked at. “What we'll see” "
              "is the evidence someone will gather or see."),
        ("table", {
            "header": ["Outcome for Tyler and Maisie", "What will happen", "Who", "Start / end", "What we'll see"],
            "widths": [4.4, 6.2, 3.4, 4.6, 7.1],
            "rows": [
                ["A. Tyler and Maisie are looked after every day by an adult who is well enough to get them up, "
                 "fed and to school and nursery on time.",
                 "Visit Tyler and Maisie at home, at least one visit in three unannounced and some before "
                 "8.30am, and see Tyler on his own",
                 "AR",
                 "Weekly from 02/03/2026 until the review conference",
                 "Each unannounced visit finds the home as agreed in the written home checklist (children up and "
                 "dressed, food in the kitchen, no smoke in the front room); Tyler's own words written on every "
                 "visit record"],
                [V,
                 "Get Tyler to school and Maisie to nursery each morning, with breakfast first",
                 "Leanne (Mum), with Ryan on his days off",
                 "Every school and nursery day from 02/03/2026",
                 "What the school will see: Tyler in the playground before the 8.50am bell, and his attendance "
                 "on the register at 96% or more by the Easter holidays (84% now)"],
                [V,
                 "Assess Leanne's depression and her capacity to make and keep up the changes Tyler and Maisie "
                 "need, and say how long that is likely to take",
                 "KI",
                 "First appointment by 24/03/2026; written assessment to AR by 07/04/2026",
                 "KI's written assessment on the children's file and shared at the core group on 07/04/2026, "
                 "with her view of the likely timescale"],
                [V,
                 "Review Leanne's antidepressant, and tell AR within two working days if she misses a review",
                 "PF",
                 "The first Monday of each month, from 02/03/2026",
                 "Checked at each core group: PF's email to AR after every review is on file and no review has "
                 "been missed"],
                ["B. Maisie keeps growing and her speech develops for her age, and she sleeps in a clean, safe "
                 "bed.",
                 "Weigh Maisie, check her speech and play, and look at where she sleeps",
                 "JT",
                 "Fortnightly, starting w/c 09/03/2026; 2-year review by 20/03/2026",
                 "The HV will weigh and plot Maisie in her red book at each visit: weight stays on or above the "
                 "25th centile; her bed seen clean and dry; 2-year review scores sent to AR"],
                [V,
                 "Note Maisie's arrival time, whether she has had breakfast, and the new words she uses",
                 "SD",
                 "Every session, Monday to Thursday mornings, from 02/03/2026",
                 "Arrival sheet emailed to AR each Friday shows Maisie in by 9.15am and fed; her word list, kept "
                 "by SD, grows every month"],
                ["C. Tyler no longer looks after his sister or his mum, and has time to play and see his "
                 "friends.",
                 "Tyler meets his learning mentor, Mr Owusu, to talk about home and his worries",
                 "HQ (DSL), with the learning mentor",
                 "Each Tuesday after school for the next 12 weeks, then reviewed with Tyler",
                 "The mentor records Tyler's worry score out of 10 at each session and HQ sends the scores to AR "
                 "every other Friday; we'll know it's working when Tyler scores below 4 for three weeks running"],
                [V,
                 "Young carer's assessment with Tyler, and a place at the Saturday morning club",
                 "KJ",
                 "Assessment by the Easter holidays (27/03/2026); club from the Saturday after",
                 "Tyler's young carer's plan sent to AR; the club register shows him there most Saturdays"],
                ["D. Tyler and Maisie live in a home free of cannabis smoke, and always have a safe adult they "
                 "can go to.",
                 "Not smoke cannabis in the house or while caring for the children, and give a urine screen at "
                 "each key-work session",
                 "Ryan (Dad)",
                 "From 01/03/2026 until the review",
                 "Negative urine screens, as recorded in Lisa P.'s key-work report to each core group; no smell "
                 "of cannabis noted at any AR or JT visit"],
                [V,
                 "Key-work and urine screens with Ryan, and a written view on whether he has stopped and what "
                 "still needs to change for Tyler and Maisie",
                 "Haven Recovery – Lisa P.",
                 "Every Wednesday from 04/03/2026; report at every core group",
                 "Report with the screen results on the children's file two working days before each core "
                 "group"],
                [V,
                 "Have Tyler and Maisie at 4 Orchard Walk for tea and a bath",
                 "Gran (maternal)",
                 "Every Thursday and Saturday, 4pm to 7pm, from 26/02/2026",
                 "Pauline texts AR after each visit; AR reads the texts with her at the next home visit"],
                [V,
                 "Be the adult Tyler phones if his mum cannot get up or his dad has been smoking, and take both "
                 "children to Orchard Walk that evening",
                 "Gran (maternal)",
                 "From 24/02/2026; the same evening whenever Tyler calls",
                 "Tyler shows AR Gran's number saved in his phone at each visit; Pauline tells AR of every call "
                 "by the next working day and AR logs it"],
                [V,
                 "Write a safety plan with Tyler: who he calls, what he does if he cannot wake his mum, and that "
                 "looking after Maisie is not his job",
                 "Leanne and AR together",
                 "Within 5 working days of this conference (by 03/03/2026), then looked at again at every core "
                 "group",
                 "The safety plan, in Tyler's words and signed by Tyler and Leanne, is on file and copied to HQ"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Leanne cannot be woken or cannot get up while the children are at home, either child is found "
              "outside or alone without an adult, or Ryan has a positive screen or cannabis is smelt in the "
              "house: Tyler and Maisie will go to Pauline at 4 Orchard Walk that day, and AR will hold a strategy "
              "discussion with Saffronby Police the same day."),
        ("p", "If Pauline cannot have the children, or cannot keep her Thursdays, Saturdays or evening calls (she "
              "is unwell, away or cannot be reached), AR or the out-of-hours team will place Tyler and Maisie "
              "together with Saffronby foster carers the same day."),
        ("p", "If by the review conference Maisie's weight has dropped below the 25th centile, Tyler's attendance "
              "is under 90%, Ryan has had two positive screens, or KI's assessment says Leanne cannot make the "
              "changes within the children's timescale, AR will ask Mark Hollins for a legal planning meeting "
              "within 5 working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 1.30pm at Wickham Rise Children's Centre: 10/03/2026, "
            "07/04/2026 and 05/05/2026.",
            "Review child protection conference: Tuesday 19/05/2026, 10am, Saffronby Town Hall.",
            "AR will see Tyler on his own before each core group and bring his words, and what she has seen of "
            "Maisie's day, to the meeting.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First review conference, mother's alcohol dependence after a community
#    detox, two children, maternal aunt helping. A two-column Action | Detail
#    table under each outcome heading; the detail cell holds the lead, the
#    timing and the evidence in lines with varied labels. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b138_stowlingham_rcpc_action_detail_two_column_marchetti.docx",
    "doc_title": "Review Child Protection Plan - Ruby and Alfie Marchetti",
    "split": "heldout",
    "actions": 11,
    "template": "rcpc-word-plan-details-kv-since-icpc-childrens-words-then-outcome-headings-each-with-two-column-action-detail-table-detail-cell-lines-lead-when-shown-by-evidence-what-school-will-see-checked-at-contingency-meetings",
    "description": (
        "Exemplary first review conference plan for an 11-year-old and a 7-year-old whose mother "
        "is alcohol dependent and finished a community detox in July, with one lapse since. Under "
        "each outcome heading a two-column Word table: 'Action' and 'Detail', the detail cell "
        "holding lines with varied labels ('Lead:', 'Who:', 'When:', 'Timescale:', 'By:', 'Shown "
        "by:', 'Evidence:', 'What the school will see:', 'Checked at:', 'We'll know it's working "
        "when:'), with timescales such as 'at every core group', 'by the October half term', "
        "'fortnightly from 29/09/2025, six sessions by 08/12/2025' and 'the same evening whenever "
        "Ruby rings'. The alcohol service reports on change, the GP owns an action, the aunt's part "
        "has a fallback, legal planning follows named triggers, core group and second review "
        "dates are set."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Stowlingham City Council · Children and Families · Safeguarding Team North"),
        ("kv", [
            ("Children", "Ruby Marchetti (11), DOB 03/05/2014, Year 7, Stowlingham Academy; Alfie Marchetti (7), "
                         "DOB 21/08/2018, Year 3, St Oswin's Primary"),
            ("Address", "41 Lantern Street, Stowlingham ST7 2QF"),
            ("Mother", "Kayleigh Marchetti (34), sole carer"),
            ("Father", "Luca Marchetti, lives in Bristol; phones the children on Sundays"),
            ("Maternal aunt", "Donna Price, 8 Heron Close, Stowlingham (five minutes by car)"),
            ("Category", "Neglect (both children)"),
            ("Initial conference", "17/06/2025"),
            ("This conference", "First review child protection conference, 16/09/2025. Chair: Colin Ashworth (IRO)"),
            ("Social worker", "Hannah Cole (team manager: Joanne Tilley)"),
        ]),
        ("h1", "Since the initial conference"),
        ("p", "In June Kayleigh was drinking two bottles of wine a day. Ruby was making Alfie's tea most nights and "
              "had found her mum asleep on the kitchen floor twice. Kayleigh completed a community detox with "
              "Northgate Alcohol Service from 07/07/2025 to 18/07/2025 and has been alcohol-free since, apart "
              "from one evening on 23/08/2025 when she drank after a row with her landlord. Ruby rang Donna, as "
              "the plan said, and Donna had both children at Heron Close within twenty minutes."),
        ("p", "Eleven of Kayleigh's twelve breath tests have read zero. Ruby's attendance rose from 89% in the "
              "spring to 95% in the summer term; Alfie's is 97%. Kayleigh says: “I want to be the mum who does "
              "the school run, not the one Ruby has to check on.”"),
        ("h1", "What Ruby and Alfie say"),
        ("p", "Ruby (seen on her own at Heron Close, 09/09/2025): “Mum's way better. When she drank in August I "
              "rang Auntie Donna like we said and she came really fast. I still check Mum's cups when I get in.” "
              "She put home at 7 out of 10, up from 3 in June. She is nervous about secondary school and says she "
              "sleeps badly on Sunday nights."),
        ("p", "Alfie (seen at home, 10/09/2025): “Mummy does my reading now and we have pasta.” He drew his mum, "
              "Ruby, Auntie Donna and her dog, and said the best thing is “sleepovers at Donna's”. He did not want "
              "to talk about August."),
        ("h1", "The plan"),
        ("p", "The plan is set out under the three outcomes agreed at the review conference. For each action the "
              "Detail column says who leads it, when, and how we will all know it is happening and working."),
        ("h2", "Outcome 1: Ruby and Alfie are looked after every day by a mum who is sober"),
        ("table", {
            "header": ["Action", "Detail"],
            "widths": [7.0, 10.0],
            "rows": [
                ["See Ruby and Alfie at home and each of them on their own, with some visits unannounced",
                 "Lead: Hannah Cole, social worker\n"
                 "When: every week until the next review conference, with at least two unannounced visits a "
                 "month (one on a Saturday morning)\n"
                 "Shown by: visit records noting what each child said when seen alone; each unannounced visit "
                 "finds the house as agreed – no alcohol, food in the fridge, the children's beds made up"],
                ["Stay alcohol-free while caring for Ruby and Alfie, keep no alcohol in the house, and give a "
                 "breath test at key-work and at Hannah's unannounced visits",
                 "Who: Kayleigh (Mum)\n"
                 "When: every day, with breath tests every Monday at key-work\n"
                 "Evidence: breath test readings of zero, as recorded in Northgate Alcohol Service's report to "
                 "each core group and on Hannah's visit notes"],
                ["Key-work and relapse-prevention sessions with Kayleigh, and a written view on whether she is "
                 "keeping her sobriety and what that means for Ruby and Alfie",
                 "Lead: Northgate Alcohol Service – Dev Kaur, recovery worker\n"
                 "When: every Monday; written report at every core group, sent two working days before\n"
                 "Evidence: the report and the breath test log on the children's file before each core group"],
                ["Prescribe and review Kayleigh's acamprosate, and tell Hannah the same day if Kayleigh stops "
                 "collecting it",
                 "Who: Dr Ruth Osei, GP, Stowlingham Road Surgery\n"
                 "Timescale: a review every four weeks, the first by 06/10/2025\n"
                 "Checked at: every core group – the GP's letter after each review and the pharmacy collection "
                 "record are on file"],
            ],
        }),
        ("h2", "Outcome 2: Ruby and Alfie get to school every day, on time, fed and ready to learn"),
        ("table", {
            "header": ["Action", "Detail"],
            "widths": [7.0, 10.0],
            "rows": [
                ["Check Ruby's attendance and lateness, and meet her with her head of year to see how she is "
                 "settling into Year 7",
                 "Lead: Mr Tom Rees, DSL, Stowlingham Academy\n"
                 "When: each Monday morning in term time, starting 22/09/2025\n"
                 "What the school will see: Ruby on the register on time, with attendance at 95% or more for the "
                 "autumn term, emailed to Hannah every Friday; Ruby arriving with her lunch and PE kit"],
                ["Record Alfie's arrival time, whether he has had breakfast and anything he says about home, and "
                 "ring Hannah the same day with any worry",
                 "Lead: Mrs Priya Shah, DSL, St Oswin's Primary\n"
                 "When: every school day\n"
                 "Shown by: a weekly attendance email to Hannah (96% or more); each same-day call logged on "
                 "CPOMS"],
                ["Work with Kayleigh on an evening and morning routine so that Alfie is in bed by 7.30pm and both "
                 "children leave for school fed",
                 "Lead: Jess Whitley, family support worker\n"
                 "When: Tuesday and Thursday evenings at 7pm for 8 weeks, starting w/c 22/09/2025\n"
                 "We'll know it's working when: the routine chart on the fridge, checked by Jess at each session, "
                 "shows Alfie in bed by 7.30pm on at least five nights a week"],
            ],
        }),
        ("h2", "Outcome 3: Ruby stops feeling she has to look after her mum and brother, and both children know "
               "who to call"),
        ("table", {
            "header": ["Action", "Detail"],
            "widths": [7.0, 10.0],
            "rows": [
                ["Six sessions with Ruby about her worries and her sleep",
                 "Lead: Aimee Grant, school nurse, Stowlingham 5-19 Health Service\n"
                 "When: fortnightly from 29/09/2025, six sessions by 08/12/2025\n"
                 "We'll know it's working when: Ruby's sleep diary shows her asleep by 10pm on school nights, and "
                 "the worry score she gives at each session, recorded by Aimee and sent to Hannah, is falling"],
                ["Have Ruby and Alfie to stay every other weekend, from Friday after school to Sunday teatime",
                 "Who: Donna Price (maternal aunt)\n"
                 "When: every other weekend from 19/09/2025 until the next review\n"
                 "Shown by: Donna's text to Hannah each Sunday evening; the children tell Hannah about the "
                 "weekend at her next visit"],
                ["Be the adult Ruby rings if her mum has been drinking, and take both children to Heron Close "
                 "that evening",
                 "Who: Donna Price (maternal aunt)\n"
                 "When: the same evening whenever Ruby rings\n"
                 "Checked at: every home visit – Ruby shows Hannah Donna's number saved in her phone, and Hannah "
                 "logs every call Donna tells her about"],
                ["Direct work with Ruby on what happened in August and on her own safety plan",
                 "Lead: Hannah Cole, social worker\n"
                 "By: the October half term (24/10/2025)\n"
                 "Evidence: Ruby's safety plan, written in her own words and signed by her, on file and copied "
                 "to Mr Rees"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Kayleigh drinks (a breath test above zero, alcohol found at a visit, or a call from Ruby, school "
              "or a neighbour), Ruby and Alfie will go to Donna's at 8 Heron Close that evening and stay until "
              "Hannah has seen Kayleigh sober, and Hannah will hold a strategy discussion the same day if either "
              "child was left without a sober adult."),
        ("p", "If Donna cannot have the children (she is ill, away or does not answer), Hannah or the out-of-hours "
              "team will place Ruby and Alfie together with Stowlingham foster carers that night."),
        ("p", "If Kayleigh has two more lapses before the next review, or misses key-work three weeks running, "
              "Hannah will ask Joanne Tilley for a legal planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 3.45pm at St Oswin's Primary: 07/10/2025, 04/11/2025, "
            "02/12/2025 and 13/01/2026.",
            "Second review child protection conference: Tuesday 10/03/2026, 10am, Stowlingham Guildhall.",
        ]),
        ("p", "Copies to Kayleigh, Donna, Luca and every lead named in the plan."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Pre-birth plan, mother on methadone with a history of heroin use,
#    father's weekend drinking, maternal grandmother to stay after the
#    birth. One "What needs to happen | Who | By | Shown by" table per stage;
#    Word printed to PDF with page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b138_semplecombe_prebirth_stage_tables_by_shown_by_nowak.pdf",
    "doc_title": "Pre-birth Child Protection Plan - Baby Nowak (unborn)",
    "split": "heldout",
    "actions": 15,
    "template": "prebirth-icpc-word-plan-printed-to-pdf-page-header-footer-details-kv-worries-going-well-babys-world-parents-views-outcomes-then-one-what-needs-to-happen-who-by-shown-by-table-per-stage-before-birth-ward-first-eight-weeks-contingency-meetings",
    "description": (
        "Exemplary pre-birth plan for a baby due in April, whose mother is on a methadone script "
        "after years of heroin use (her first child lives with his father) and whose father drinks "
        "at weekends. A Word plan printed to PDF with header and footer: one 'What needs to happen "
        "| Who | By | Shown by' table for each stage (before the birth, on the ward, the first "
        "eight weeks). Timescales are events and gestations ('every appointment before baby is "
        "born', 'by 36 weeks' gestation', 'every shift until discharge', 'on the day of "
        "discharge', 'weekly for the first 8 weeks'); measures are things seen or counted (urine "
        "screens, hair strand results, the signed birth plan, withdrawal scores, the HV weighing "
        "and plotting, unannounced visits finding the flat as agreed). The drug service reports "
        "on stability, the grandmother's nights have a fallback, legal planning follows named "
        "triggers, core group and review dates are set, the baby's world is described."
    ),
    "header": "OFFICIAL-SENSITIVE – Semplecombe City Council – Pre-birth Child Protection Plan",
    "footer": "Baby Nowak (unborn) – plan agreed 03/02/2026 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("kv", [
            ("Unborn baby", "Baby Nowak, a girl, due 14/04/2026; 30 weeks' gestation at this conference"),
            ("Mother", "Kasia Nowak (26), Flat 3, 12 Tanner's Yard, Semplecombe SM2 4RB"),
            ("Father", "Daniel Kerr (31), lives with Kasia"),
            ("Maternal grandmother", "Ewa Nowak, 6 Linden Mews, Semplecombe (ten minutes' walk)"),
            ("Category", "Neglect (unborn)"),
            ("Conference", "Pre-birth initial child protection conference, 03/02/2026. Chair: Ade Oyelaran (IRO)"),
            ("Social worker", "Beth Lowry, Pre-birth and Infant Team (team manager: Gavin Shore)"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Kasia used heroin for eight years. Her son Oliwer (5) has lived with his father in Dunmarsh under "
              "a child arrangements order since 2023, after Kasia was found unconscious with him in her care. She "
              "has been on a methadone script of 60ml a day since 2023 and says she has not used heroin since "
              "March 2025, but her screen in October 2025 was positive for cocaine. Daniel drinks heavily at "
              "weekends; in December the police were called to the flat after an argument when he had been "
              "drinking. The baby is likely to need care for methadone withdrawal after the birth."),
        ("h1", "What is going well"),
        ("p", "Kasia booked her pregnancy at 9 weeks and has kept every antenatal appointment. Her screens since "
              "November have been negative for everything except methadone. Ewa has offered to stay at the flat "
              "after the birth, and Daniel has agreed to an alcohol assessment. Both parents came to the "
              "conference and agreed the plan."),
        ("h1", "The baby's world"),
        ("p", "At the 28-week scan on 20/01/2026 the baby was growing on the 40th centile and moving well. Kasia "
              "talks to the bump and plays it music in the evenings. The small bedroom has a Moses basket, a cot "
              "and clothes washed ready, but on 29/01/2026 the social worker saw cans on the kitchen side and a "
              "lit cigarette in the room where the Moses basket is. Before birth the baby's world is a warm flat "
              "with a mother who is looking forward to her, and a home where drink and smoke are still close by."),
        ("h1", "What Kasia and Daniel say"),
        ("p", "Kasia: “I know why you're worried, because of Oliwer. I've done it properly this time and I want "
              "people to see that.” Daniel: “I'll get tested. I don't drink in the week.”"),
        ("h1", "What we want for the baby"),
        ("numbers", [
            "The baby is born safely, is watched and treated for withdrawal, and goes home only when she is "
            "feeding well and the home is ready.",
            "The baby is cared for day and night by an adult who is not under the influence of drugs or alcohol.",
            "The baby is fed, kept warm, sleeps on her back in her own Moses basket in a smoke-free room, and "
            "gains weight steadily.",
            "If her parents cannot care for her safely, the baby is with a safe adult straight away.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan has three stages. In each table, “By” is the date, gestation or event by which the action "
              "happens, and “Shown by” is what someone will see or receive that tells us it has happened and is "
              "working."),
        ("h2", "Stage 1 – From now until the baby is born"),
        ("table", {
            "header": ["What needs to happen", "Who", "By", "Shown by"],
            "widths": [5.6, 3.6, 3.4, 4.4],
            "rows": [
                ["Go to every antenatal appointment, including the specialist midwife clinic, so that the baby's "
                 "growth is checked",
                 "Kasia (Mum)",
                 "Every appointment before baby is born",
                 "Attendance as recorded in the maternity notes; the specialist midwife tells the SW the same "
                 "day about any missed appointment"],
                ["Write the birth and discharge plan with Kasia and Daniel, and put the child protection alert "
                 "on the maternity record",
                 "Rachel Bloom, specialist midwife (substance use), Semplecombe General Hospital",
                 "By 36 weeks' gestation (17/03/2026)",
                 "Birth plan signed by Kasia on the maternity record; the SW sees the alert on the ward system"],
                ["Key-work, supervised methadone and urine screens for Kasia, and a written view on whether she "
                 "is stable enough on her script to care for a newborn",
                 "Omar Haddad, key worker, Semplecombe Recovery Service",
                 "Key-work every Thursday; report at every core group and a final one before the birth",
                 "Urine screens negative for everything except methadone; the report with the screen results "
                 "on file before each core group"],
                ["Commission three-month hair strand tests for Kasia (drugs) and Daniel (drugs and alcohol)",
                 "Beth Lowry, SW",
                 "Samples taken by 17/02/2026; results by 36 weeks' gestation",
                 "Hair strand results negative for heroin and cocaine, and alcohol markers below the level of "
                 "chronic use, shared at the core group on 17/03/2026"],
                ["Pre-birth parenting assessment of Kasia and Daniel, including what is different since Oliwer "
                 "left Kasia's care",
                 "Beth Lowry, SW",
                 "By 34 weeks' gestation (03/03/2026)",
                 "The assessment report and its recommendation for the baby given to Kasia, Daniel and the core "
                 "group by 03/03/2026"],
                ["Go to an alcohol assessment and weekly key-work at Semplecombe Recovery Service, with a breath "
                 "test at each session",
                 "Daniel (Dad)",
                 "Assessment by 20/02/2026, then every Tuesday",
                 "Breath test readings of zero, as recorded in the key-work notes sent to the SW before each core "
                 "group"],
                ["Family network meeting to agree who will stay with Kasia and the baby after discharge",
                 "Beth Lowry, SW",
                 "Within 10 working days of this conference (by 17/02/2026)",
                 "Written family plan naming who stays each night, sent to everyone at the meeting and to the "
                 "ward"],
                ["Antenatal home visit: safe sleep, feeding plan, the baby's room and a smoke-free home",
                 "Nadia Brook, health visitor",
                 "By 36 weeks' gestation",
                 "The HV's antenatal record and the safe-sleep checklist signed by both parents, copied to the "
                 "SW"],
            ],
        }),
        ("h2", "Stage 2 – On Rowan Ward, Semplecombe General Hospital"),
        ("table", {
            "header": ["What needs to happen", "Who", "By", "Shown by"],
            "widths": [5.6, 3.6, 3.4, 4.4],
            "rows": [
                ["Note every feed, how Kasia and Daniel respond to the baby and who visits, and tell the SW the "
                 "same day about any worry",
                 "Midwife in charge of each shift, Rowan Ward",
                 "Every shift until discharge",
                 "Feeding chart and ward observation notes, copied to the SW on the day of discharge"],
                ["Watch the baby for signs of withdrawal from methadone and score them",
                 "Dr Lena Fischer, consultant paediatrician",
                 "From birth, for at least 72 hours and until discharge",
                 "Withdrawal scores on the neonatal chart stay below the treatment level for the 48 hours before "
                 "discharge; paediatric sign-off written in the notes"],
                ["Discharge planning meeting on the ward with Kasia, Daniel, Ewa, the ward midwife and the HV",
                 "Beth Lowry, SW",
                 "Before discharge – the baby does not leave the ward until it has met",
                 "Signed discharge plan on file, with the first week's visits booked"],
                ["Visit the baby at home",
                 "Beth Lowry, SW",
                 "On the day of discharge",
                 "Visit record shows the baby on her back in the Moses basket, the methadone in the locked box "
                 "and Ewa at the flat"],
            ],
        }),
        ("h2", "Stage 3 – The first eight weeks at home"),
        ("table", {
            "header": ["What needs to happen", "Who", "By", "Shown by"],
            "widths": [5.6, 3.6, 3.4, 4.4],
            "rows": [
                ["Weigh the baby and check her feeding and where she sleeps",
                 "Nadia Brook, HV",
                 "Weekly for the first 8 weeks, then every two weeks",
                 "The HV will weigh and plot the baby in her red book: back to birth weight by 14 days old and "
                 "following her centile after that"],
                ["Visit the baby at home, one visit in two unannounced",
                 "Beth Lowry, SW",
                 "Twice a week for the first 4 weeks, then weekly until the review",
                 "Each unannounced visit finds the flat as agreed – the baby in sight of a sober adult, the Moses "
                 "basket clear, the methadone locked away – recorded on the visit note"],
                ["Stay at the flat overnight and do the night feeds with Kasia",
                 "Ewa Nowak (maternal grandmother)",
                 "Every night from the day of discharge for 14 nights, then every Friday and Saturday until the "
                 "baby is 8 weeks old",
                 "Ewa signs the overnight sheet in the baby's folder, and the SW checks it at every visit"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "Before the birth: if Kasia has a screen positive for heroin or cocaine, misses her methadone two "
            "days running, or Daniel is found drunk at the flat, Beth will hold a strategy discussion the same "
            "day and will ask Gavin Shore for a legal planning meeting within 5 working days.",
            "After the birth: if either parent is found under the influence while caring for the baby, or the "
            "baby loses weight at two weighs in a row, the baby stays on the ward or goes to Ewa's home at 6 "
            "Linden Mews that day, and Beth holds a strategy discussion the same day.",
            "If Ewa cannot stay (she is ill or cannot manage the nights), the baby will not be discharged, or "
            "will not stay at the flat overnight, until another adult agreed at the family network meeting is "
            "in place; if nobody is, Beth will arrange a parent and baby foster placement for Kasia and the "
            "baby, or a foster carer for the baby, the same day.",
            "Legal planning: if the hair strand results are positive, or the pre-birth assessment recommends "
            "that the baby cannot safely go home, Beth will ask for a legal planning meeting within 5 working "
            "days to decide whether to start pre-proceedings under the Public Law Outline before the birth.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 2pm at Semplecombe Family Hub: 17/02/2026 and 17/03/2026; "
            "then within 10 working days of the birth and every four weeks after that.",
            "Review child protection conference: Tuesday 28/04/2026, 10am, Semplecombe Civic Centre.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Second core group minutes, mother's weekend cocaine use, stepfather in
#    the home, two children. Minutes with an action log (Ref / Lead / When /
#    Evidence of progress / RAG). Word printed to PDF with header and
#    footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b138_scarnford_core_group_minutes_action_log_hollis.pdf",
    "doc_title": "Core Group Minutes - Leo Hollis and Isla Webb - 17/02/2026",
    "split": "heldout",
    "actions": 12,
    "landscape": True,
    "template": "core-group-minutes-word-printed-to-pdf-landscape-page-header-footer-attendance-kv-agency-updates-childrens-views-outcomes-then-action-log-ref-action-lead-when-evidence-of-progress-rag-contingency-next-meetings",
    "description": (
        "Minutes of the second core group for a 9-year-old and a 3-year-old whose mother uses "
        "cocaine at weekends; a landscape Word document printed to PDF with header and footer, "
        "ending in an action log with 'When' and 'Evidence of progress' columns. Most rows are "
        "sound (weekly visits with unannounced ones finding the home as agreed, the HV weighing and "
        "plotting, attendance from the register, the parenting course register, three houses work "
        "brought to core group 3). Faults: the drug service's key-work measured only by "
        "'Engagement with the service'; the GP's CAMHS referral 'ASAP'; family support visits "
        "measured by 'Monitor home conditions'; the mother's urine samples 'As required'; the "
        "weekend safety plan owned by 'Core group'; a contingency with no specific trigger that "
        "only discusses, and no legal step anywhere."
    ),
    "header": "OFFICIAL-SENSITIVE – Scarnford Metropolitan Council – Children's Social Care",
    "footer": "Hollis / Webb – core group 2 minutes, 17/02/2026 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Core Group Meeting – Minutes and Action Log"),
        ("kv", [
            ("Children", "Leo Hollis (9), DOB 05/07/2016, Year 4, Scarnford Junior School; Isla Webb (3), DOB "
                         "14/09/2022, Sunbeams Nursery"),
            ("Address", "29 Foundry Lane, Scarnford SC4 1NE"),
            ("Category", "Neglect (both children). Initial conference 20/01/2026"),
            ("Meeting", "Core group 2, Tuesday 17/02/2026, 1pm, Foundry Lane Family Hub"),
            ("Chair and minutes", "Nicola Brandt, social worker"),
            ("Present", "Stacey Hollis (Mum); Darren Webb (Isla's dad, Leo's stepdad); Nicola Brandt (SW); Rosie "
                        "Tan (health visitor); Mr Paul Greer (DSL, Scarnford Junior School); Tia Morgan (key "
                        "worker, Sunbeams Nursery); Kelly Sands (family support worker); Liam Ng (Scarnford Drug "
                        "and Alcohol Team)"),
            ("Apologies", "Dr Jo Marsh (GP, Tanyard Surgery)"),
        ]),
        ("h1", "1. Updates since core group 1 (03/02/2026)"),
        ("p", "Nicola (SW): two visits since the last meeting, one unannounced on Saturday 07/02/2026 at 10am. "
              "Both children were up and had eaten; Stacey was tired and said she had been out the night before. "
              "The kitchen had no clean plates and the bathroom was dirty. Leo was seen on his own in his room."),
        ("p", "Liam (Drug and Alcohol Team): Stacey has come to two of three sessions. She says she uses cocaine "
              "“now and then” at weekends with friends and does not see it as a problem while Darren is at home."),
        ("p", "Rosie (HV): Isla was weighed on 10/02/2026 and is on the 50th centile. She has not yet been to a "
              "dentist. Her speech is clear for her age."),
        ("p", "Mr Greer (school): Leo's attendance this half term is 88%; four of his five absences were on "
              "Mondays. He has been falling asleep in class on Mondays and was in trouble twice for fighting."),
        ("p", "Tia (nursery): Isla comes in clean and fed on Wednesdays and Fridays but is often late or absent "
              "on Mondays."),
        ("p", "Stacey and Darren: Darren works nights at the distribution centre from Thursday to Sunday. They "
              "both said the Monday absences happen because the children are tired after the weekend."),
        ("h1", "2. What Leo and Isla are telling us"),
        ("p", "Leo (seen on his own at home, 07/02/2026): “At the weekend Mum's friends come round and it's loud "
              "and I can't sleep. I have to get Isla's breakfast on Sundays. I want Mum to stop having parties.” "
              "He put home at 5 out of 10."),
        ("p", "Isla (seen at nursery, 12/02/2026) chatted about her dolls and her Grandma's dog, and pretended to "
              "put her doll “to bed because Mummy's poorly”. Nursery say she is clingy and cries at drop-off on "
              "Mondays."),
        ("h1", "3. Outcomes (from the plan agreed at conference)"),
        ("bullets", [
            "Leo and Isla are cared for every day, including weekends, by an adult who is not under the influence "
            "of drugs or alcohol.",
            "Leo goes to school every day, on time and rested, and Isla goes to every nursery session.",
            "Leo no longer gets Isla's breakfast or looks after her, and can sleep at night.",
            "Isla is healthy, registered with a dentist and keeps developing well.",
        ]),
        ("h1", "4. Action log"),
        ("p", "A = from the plan agreed at conference. N = new today. RAG as reported at this meeting."),
        ("table", {
            "header": ["Ref", "Action", "Lead", "When", "Evidence of progress", "RAG"],
            "widths": [1.1, 7.2, 4.2, 4.2, 7.0, 1.6],
            "rows": [
                ["A1",
                 "Visit Leo and Isla at home, one visit in three unannounced (including weekends), and see Leo "
                 "on his own",
                 "Nicola Brandt, SW",
                 "Weekly until the review conference",
                 "Visit notes record Leo's own words each week; each unannounced visit finds no drugs or alcohol "
                 "within reach and food in the kitchen",
                 "G"],
                ["A2",
                 "Key-work sessions with Stacey about her cocaine use",
                 "Scarnford Drug and Alcohol Team – Liam Ng",
                 "Fortnightly from 03/02/2026",
                 "Engagement with the service",
                 "A"],
                ["A3",
                 "Weigh and measure Isla, check her speech and sleep, and help Stacey register her with a dentist",
                 "Rosie Tan, HV",
                 "Every four weeks, next on 10/03/2026; dentist registered by 10/03/2026",
                 "The HV weighs and plots Isla in her red book (50th centile now); the dentist's registration "
                 "letter seen by the HV",
                 "G"],
                ["A4",
                 "Refer Leo to the Scarnford Young Minds (CAMHS) team for his sleep and angry outbursts",
                 "Dr Jo Marsh, GP, Tanyard Surgery",
                 "ASAP",
                 "CAMHS acceptance letter copied to the SW",
                 "R"],
                ["A5",
                 "Check Leo's attendance and punctuality each morning, and ring the SW the same day if he is "
                 "absent without a reason",
                 "Mr Paul Greer, DSL, Scarnford Junior School",
                 "Every school day",
                 "Attendance from the register sent to the SW each Friday: 88% now, 95% or more by the Easter "
                 "holidays",
                 "A"],
                ["A6",
                 "Practical support visits to help Stacey with the washing, the housework and planning meals",
                 "Kelly Sands, family support worker",
                 "Every Friday morning",
                 "Monitor home conditions",
                 "A"],
                ["A7",
                 "Give a urine sample for drug testing at the Drug and Alcohol Team",
                 "Stacey Hollis (Mum)",
                 "As required",
                 "Negative results seen by the SW",
                 "A"],
                ["A8",
                 "Record Isla's attendance, whether she arrives clean and fed, and anything she says about home",
                 "Tia Morgan, key worker, Sunbeams Nursery",
                 "Every session (Monday, Wednesday and Friday)",
                 "Weekly sheet emailed to the SW; attendance at 90% or more, shown on the nursery register",
                 "A"],
                ["A9",
                 "Complete the Triple P parenting group",
                 "Stacey and Darren",
                 "Tuesdays at 10am, eight weeks from 24/02/2026",
                 "Course register shows at least 7 of 8 sessions for each of them; the facilitator's end-of-course "
                 "note sent to the SW",
                 "N"],
                ["A10",
                 "Three houses work with Leo about home, weekends and Isla",
                 "Nicola Brandt, SW",
                 "Three sessions by the Easter holidays (27/03/2026)",
                 "Leo's three houses sheets, in his own words, brought to core group 3",
                 "A"],
                ["N1",
                 "Write a weekend safety plan with Stacey and Darren saying who cares for the children on Darren's "
                 "night shifts",
                 "Core group",
                 "By core group 3 (17/03/2026)",
                 "Signed weekend safety plan on the case file",
                 "N"],
                ["N2",
                 "Give the school and nursery the names of the adults allowed to collect Leo and Isla",
                 "Stacey Hollis (Mum)",
                 "By 24/02/2026",
                 "Collection list on the school and nursery files, seen by Mr Greer and Tia",
                 "N"],
            ],
        }),
        ("h1", "5. Contingency (from the plan)"),
        ("p", "If there are any further concerns about the children's care, Nicola will discuss them with her "
              "manager and the core group will look again at the plan."),
        ("h1", "6. Next meetings"),
        ("bullets", [
            "Core group 3: Tuesday 17/03/2026, 1pm, Foundry Lane Family Hub; then every four weeks.",
            "Review child protection conference: Tuesday 14/04/2026, 10am, Scarnford Civic Centre.",
        ]),
        ("p", "Minutes sent on 19/02/2026 to everyone present and to Dr Marsh."),
    ],
    "findings": [
        F("M002", "Key-work sessions with Stacey about her cocaine use"),
        F("T002", "Refer Leo to the Scarnford Young Minds (CAMHS) team"),
        F("M002", "Practical support visits to help Stacey with the washing"),
        F("T002", "Give a urine sample for drug testing"),
        F("W002", "Write a weekend safety plan with Stacey and Darren"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Child in need plan stepped up to child protection, mother with EUPD
#    and an overdose, a 12-year-old and a 2-year-old, maternal grandfather
#    helping. Markdown: how we got here, the plan as a table with "Start /
#    end" and "How we'll check" and a column saying what came from the CIN
#    plan, then what was finished before the step-up. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b138_sildenmoor_cin_step_up_start_end_how_well_check_pritchard.md",
    "split": "heldout",
    "actions": 12,
    "template": "cin-stepped-up-to-cp-icpc-plan-markdown-details-bullets-how-we-got-here-kai-says-esmes-day-outcomes-then-table-from-cin-or-new-what-will-happen-who-start-end-how-well-check-finished-under-cin-list-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 12-year-old and a 2-year-old, stepped up from a "
        "child in need plan after their mother, who has emotionally unstable personality disorder, "
        "took an overdose while the toddler was at home. A Markdown table with a 'From' column "
        "(CIN / changed / new), 'Start / end' ('fortnightly, starting w/c 16/02/2026 → review', "
        "'Thursdays for 24 weeks from 19/02/2026', 'at every home visit', 'within 20 working days "
        "of referral') and 'How we'll check' (scores the key adult records, tablet counts on visit "
        "notes, the HV weighing and plotting, registers, a written view on capacity to change); "
        "owners include 'Sian and Zoe (SW) jointly' and 'the HV'. Child in need actions finished "
        "before the step-up are listed apart and not counted. Both mental health actions assess "
        "change, the grandfather's part has a fallback, legal planning follows named triggers, core "
        "group and review dates are set."
    ),
    "text": """\
# Child Protection Plan — Kai and Esme Pritchard

**Sildenmoor County Council · Children's Services · Family Safeguarding Team (East)**

- **Children:** Kai Pritchard (12), born 30/03/2013, Year 8 at Sildenmoor High School; Esme Pritchard (2),
  born 08/11/2023
- **Mother:** Sian Pritchard (31), 5 Bramble Court, Sildenmoor SD9 3PA
- **Maternal grandfather:** Glyn Pritchard (62), 19 Mill Terrace, Sildenmoor (a ten-minute walk)
- **Fathers:** Kai's father died in 2019; Esme's father has had no contact since she was born
- **Category:** Emotional abuse (both children)
- **Initial child protection conference:** 10/02/2026 (chair: Marion Tate, IRO)
- **Social worker:** Zoe Akhtar (team manager: Rhys Bevan)

## How we got here

Kai and Esme have had a child in need plan since 22/09/2025, after Kai told his form tutor he had found his mum
cutting herself. Sian has emotionally unstable personality disorder and is under the Sildenmoor Community Mental
Health Team. Under the child in need plan Esme started nursery, Glyn began collecting her twice a week, and Sian
saw her care co-ordinator most weeks.

On 12/01/2026 Sian took an overdose of her tablets in the afternoon while Esme was at home. Kai found her when he
got home from school and rang 999. Sian was in hospital for two nights and the children stayed with Glyn. A
strategy discussion on 13/01/2026 decided on a section 47 enquiry, and the child in need plan was stepped up to
this conference. The column **From** in the plan says whether an action is **CIN** (kept from the child in need
plan as it was), **Changed** (kept, but with more asked) or **New** (added at conference).

## What Kai says

Kai (seen on his own at school, 04/02/2026): "I keep my phone on in lessons in case Mum texts. When I got home and
she was on the floor I thought she was dead. Grandad's is the best place because nobody's upset there. I don't
want to live somewhere else, I just want Mum to be OK." He scored how safe he feels at home as 4 out of 10, and
said 10 would be "not having to check on Mum".

## Esme's day

Esme is 2. At home on 05/02/2026 she played with her kitchen set, brought Zoe "a cup of tea" and ran to the
window when she heard Glyn's car. When Sian cried during the visit, Esme went quiet and climbed onto Kai's lap,
not her mum's. Nursery say she settles quickly, eats well and knows about 40 words. On the day of the overdose she
was found by the paramedics asleep in her cot in a wet nappy.

## What needs to be different for Kai and Esme

1. Kai and Esme are cared for every day by an adult who is safe and well enough to look after them, and they are
   never the ones who find or look after their mum when she is in crisis.
2. Esme keeps growing and learning for her age, goes to nursery and cannot reach any tablets in the house.
3. Kai goes to school every day without worrying about home, has time for himself and knows exactly who to call
   if his mum is unwell.

## The plan

| # | From | What will happen | Who | Start / end | How we'll check |
|---|---|---|---|---|---|
| 1 | Changed | Visit Kai and Esme at home, one visit in three unannounced, and see Kai on his own | Zoe Akhtar (SW) | Weekly, from 11/02/2026 until the review conference | Kai's safety score out of 10 and his own words written on every visit record; Esme seen awake at each visit |
| 2 | Changed | See Sian at home, keep her crisis plan up to date, and give a written view on whether she is making the changes Kai and Esme need and how long that is likely to take | Ben Carver, care co-ordinator, Sildenmoor CMHT | Fortnightly, starting w/c 16/02/2026 → review conference | Ben's written update, with his view on her capacity to change, on the children's file before each core group |
| 3 | New | DBT skills group for Sian, with an assessment at week 12 of whether she is using the skills at home with Kai and Esme and what timescale for change is realistic | Dr Helen Mayes, clinical psychologist, Sildenmoor CMHT | Thursdays for 24 weeks from 19/02/2026; week-12 assessment by 14/05/2026 | Attendance register sent to Zoe monthly; the week-12 written assessment shared with the core group |
| 4 | New | Prescribe Sian's tablets on 7-day scripts so that no large supply is in the house where Esme could reach it, and tell Zoe the same day if a script is not collected | Dr Owen Pryce, GP, Bramble Court Surgery | Weekly scripts from 11/02/2026 until the review | Pharmacy collection record, checked by Zoe at the first visit of each month |
| 5 | New | Lock every medicine in the box in the kitchen cupboard, out of Esme's reach, and count the tablets together | Sian and Zoe (SW) jointly | At every home visit, from 11/02/2026 | The box seen locked and the count matching the blister packs, written on Zoe's visit note |
| 6 | CIN | Check Esme's weight, sleep and speech | the HV (Leah Omondi, Sildenmoor 0-19 Service) | Every other Monday from 16/02/2026; 2-year review by 13/03/2026 | The HV will weigh and plot Esme in her red book and record her new words; the 2-year review scores sent to Zoe |
| 7 | CIN | Esme's funded nursery sessions at Little Ferns | Amy Hart, manager, Little Ferns Nursery | Monday to Wednesday, 9am to 2pm, from 23/02/2026 | Attendance on the nursery register at 90% or more, and a weekly note to Zoe on how Esme arrived and settled |
| 8 | Changed | Check-ins with Kai's key adult, Mrs Doyle, and a daily attendance check | Mr Dan Fowler, DSL, Sildenmoor High School | Each Monday and Thursday at morning break; attendance every school day | Kai's self-rated score, recorded by Mrs Doyle at each check-in; attendance from the register (94% now, 97% by Easter) emailed to Zoe every Friday |
| 9 | New | Young carer's assessment with Kai and a place at the Tuesday evening group | Priya Lakhani, Sildenmoor Carers' Hub | Within 20 working days of referral (by 10/03/2026) | Kai's young carer's plan sent to Zoe; the group register shows him there |
| 10 | CIN | Collect Esme from nursery and stay with Kai and Esme until 8pm | Glyn Pritchard (maternal grandad) | Every Monday and Wednesday | Glyn signs the nursery collection sheet; he texts Zoe each evening at 8pm |
| 11 | New | Stay overnight at Bramble Court after any self-harm or crisis call, and get the children up for school and nursery the next day | Glyn Pritchard (maternal grandad) | The same night whenever Sian, Kai or the crisis team calls him | The crisis team's note of the call and Glyn's text to Zoe by 9am the next morning |
| 12 | New | Keeping-safe plan with Kai: who to phone, what to do if his mum hurts herself, and that checking on her is not his job | Zoe Akhtar (SW), with Kai | By 27/02/2026, then checked at every core group | Kai can tell Zoe the three numbers on his card; a copy of the plan is with Mrs Doyle |

## Finished under the child in need plan (kept here for the record)

- Zoe referred Esme for her funded nursery place; the place started on 05/01/2026.
- Sian's GP referred her back to the CMHT on 29/09/2025; the referral was accepted on 06/10/2025.

## If things go wrong

- **If** Sian self-harms, takes an overdose, tells anyone she is planning to, or is too distressed to care for
  the children: Kai rings Glyn and 999 as his plan says, Kai and Esme go to Glyn's at 19 Mill Terrace that day,
  the crisis team sees Sian the same day, and Zoe holds a strategy discussion the same day.
- **If Glyn cannot help** (he is ill, away or does not answer): Zoe, or the out-of-hours team, will place Kai and
  Esme together with Sildenmoor foster carers that night.
- **Legal planning:** if Sian harms herself again while caring for the children, or Dr Mayes's week-12 assessment
  says Sian cannot make the changes within the children's timescale, Zoe will ask Rhys Bevan for a legal planning
  meeting within five working days.

## Meetings

- Core group every four weeks, Tuesdays at 4pm at Sildenmoor High School: 24/02/2026, 24/03/2026 and 21/04/2026.
- Review child protection conference: Tuesday 05/05/2026, 10am, Sildenmoor County Hall.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. First review conference, single father's anxiety and depression, two
#    children, paternal grandfather helping. Markdown bullets under "So
#    that ..." headings, each with a bold owner and a "We'll know it's
#    working when" / "Evidence:" line below. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b138_stoatley_rcpc_owner_bullets_well_know_line_garside.md",
    "split": "heldout",
    "actions": 14,
    "template": "rcpc-plan-markdown-details-list-since-icpc-childrens-words-outcomes-then-so-that-subheadings-bold-owner-bullets-with-well-know-its-working-when-or-evidence-line-below-contingency-meetings",
    "description": (
        "Review conference plan for a 10-year-old and a 5-year-old whose father, their sole "
        "carer, has anxiety and depression. A Markdown plan of bullets under 'So that ...' "
        "headings, each with a bold owner and a line below ('We'll know it's working when ...', "
        "'Evidence:', 'What the school will see:', 'Shown by'). Most bullets are sound (weekly "
        "visits before school, the register, the enuresis clinic's wet/dry chart, the young carers' "
        "plan, the grandfather's teas and Guides with a fallback). Faults: 'The family' own clean "
        "uniform; the GP sees Harvey 'when possible'; direct work with Mollie has a start date "
        "'TBC'; the CPN only supports the father and is measured by his mood improving; the GP's "
        "review of the father's medication is measured by 'to be discussed at the core group'; "
        "meal planning support has no measure; one outcome is only about the father; the next "
        "review conference has no date."
    ),
    "text": """\
# Stoatley Borough Council — Child Protection Plan (review)

**Children's Social Care · Safeguarding and Support Team 3**

- **Children:** Mollie Garside (10), DOB 22/04/2015, Year 6; Harvey Garside (5), DOB 17/09/2020, Reception —
  both at Stoatley Primary School
- **Father and sole carer:** Craig Garside (38), 63 Farrier Way, Stoatley ST2 8HW
- **Mother:** Jodie Garside, lives in Spain; video calls with the children on Sunday evenings
- **Paternal grandfather:** Jim Garside (67), 2 Canal Cottages, Stoatley
- **Category:** Neglect
- **Plan made:** initial conference 14/10/2025; reviewed at the first review child protection conference on
  13/01/2026 (chair: Sunita Bhatt, IRO)
- **Social worker:** Amy Collier (team manager: Paul Rendell)

## Since the initial conference

Craig has had anxiety and depression since Jodie left in 2024, and by the autumn was having panic attacks most
mornings. The children were late for school 22 times in the first half of the autumn term and Harvey often came
in wet and sore. Mollie was getting Harvey washed and dressed.

Since October, Craig has seen a CPN every two weeks and his GP has started him on sertraline. He now gets up
with the children on most days. Mollie's attendance is 88% and Harvey's 91%, both up since October. Harvey still
wets the bed most nights and his skin is sore. Jim has had the children for tea twice a week since November.

## What Mollie and Harvey say

Mollie (seen on her own at school, 07/01/2026): "Dad's better but some days he's still in bed and I do Harvey's
breakfast. I like Grandad's days because I don't have to do anything. I want to go to Guides with Ella." She put
home at 6 out of 10, up from 3 in October.

Harvey (seen at home, 08/01/2026) showed Amy his dinosaur and said "Daddy does my bath now." He told Amy he
doesn't like "smelly sheets" and hid his face when asked about school mornings.

## What we want for Mollie and Harvey

1. Mollie and Harvey get to school every day, on time, clean and fed.
2. Harvey's bedwetting and sore skin are treated, and he sleeps in a clean, dry bed.
3. Mollie no longer gets Harvey ready or worries about her dad, and has time for her friends.
4. Craig feels less anxious and more able to cope.

## The plan

### So that Mollie and Harvey get to school on time, clean and fed

- **Amy Collier (SW)** will visit every week until the next review, with an unannounced visit before 8.30am
  every other week, and see Mollie on her own each time.
  *We'll know it's working when* the early visits find both children up, dressed and fed by 8.15am, and
  Mollie's own words are written on every visit record.
- **Craig** will get both children up, give them breakfast and walk them to school each school day from
  14/01/2026.
  *What the school will see:* both children in before the 8.55am bell, with attendance at 95% or more by the
  February half term.
- **Mrs Sandra Kelsall (DSL, Stoatley Primary)** will send Amy both children's attendance and late marks every
  Friday, and ring her the same day if either child is absent without a reason.
  *Evidence:* the Friday emails on file, and each same-day call logged on CPOMS.
- **The family** will make sure both children have clean uniform every school day.
  *We'll know it's working when* Mrs Kelsall's Friday email says the children came in clean all week.

### So that Harvey is dry, comfortable and sleeps well

- **Claire Moss (school nurse)** will see Harvey and Craig at the enuresis clinic every four weeks from
  20/01/2026 and set up the alarm and star chart.
  *Shown by* Harvey's wet/dry chart, checked by Claire at each clinic, with dry nights rising from one to at
  least four a week by the next review.
- **Craig** will wash Harvey's sheets and pyjamas each morning after a wet night and keep the waterproof cover on
  his mattress.
  *Evidence:* Amy finds Harvey's bed made up clean and dry at each unannounced visit.
- **Dr Anil Mehta (GP, Farrier Way Surgery)** will see Harvey about his sore skin and the bedwetting when
  possible.
  *We'll know it's working when* the GP's letter to Amy confirms treatment and Claire sees the skin healed at
  clinic.

### So that Mollie can be a child

- **Becky Ward (Stoatley Young Carers)** will complete a young carer's assessment with Mollie and offer her a
  place at the Wednesday club, by 27/02/2026.
  *Evidence:* Mollie's young carer's plan sent to Amy, and the club register.
- **Amy Collier (SW)** will do three sessions of direct work with Mollie about her worries at home, start date
  TBC.
  *We'll know it's working when* Mollie's words and drawings from each session are on file and brought to the
  core group.
- **Grandad Jim (paternal grandfather)** will have Mollie and Harvey at Canal Cottages for tea every Tuesday and
  Thursday after school, from 13/01/2026.
  *Evidence:* Jim texts Amy each of those evenings, and the children tell Amy about their teas at her visits.
- **Grandad Jim** will take Mollie to Guides at St Anne's Hall every Wednesday at 6pm and bring her home by 8pm,
  from 21/01/2026.
  *Shown by* the Guides register, which Amy sees at the end of each month.

### So that Mollie and Harvey are cared for by a dad who is well enough to look after them

- **Tom Bradley (CPN, Stoatley Community Mental Health Team)** will visit Craig every two weeks to support him
  with his anxiety and panic attacks.
  *We'll know it's working when* Craig's mood has improved.
- **Dr Anil Mehta (GP)** will review Craig's sertraline every four weeks, next on 03/02/2026; how he is getting
  on will be discussed at the core group.
- **Lisa Dean (family support worker)** will help Craig put together a weekly meal plan and a shopping list,
  every Monday for six weeks from 19/01/2026.

## If things go wrong

- **If** Craig cannot get up to care for the children, tells anyone he is thinking of harming himself, or the
  children are found at home alone: Mollie rings Grandad Jim, the children go to Jim's at 2 Canal Cottages that
  day, Amy holds a strategy discussion the same day, and Tom asks the crisis team to see Craig the same day.
- **If Jim cannot have the children** (he is ill, away or not answering), Amy or the out-of-hours team will
  place Mollie and Harvey together with Stoatley foster carers that night.
- **If** by the next review the children's attendance is still below 90%, or Harvey is still coming in wet and
  sore more than twice a week, Amy will ask Paul Rendell for a legal planning meeting within five working days.

## Meetings

- Core group every six weeks, Tuesdays at 9.30am at Stoatley Primary School: 27/01/2026, 10/03/2026 and
  21/04/2026.
- Next review child protection conference: date TBC by the conference team.
""",
    "findings": [
        F("W002", "will make sure both children have clean uniform every school day"),
        F("T002", "will see Harvey about his sore skin and the bedwetting"),
        F("T002", "three sessions of direct work with Mollie about her worries"),
        F("H001", "will visit Craig every two weeks to support him"),
        F("M002", "will visit Craig every two weeks to support him"),
        F("M002", "will review Craig's sertraline every four weeks"),
        F("M001", "will help Craig put together a weekly meal plan"),
        F("F002", "Craig feels less anxious and more able to cope."),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Initial conference, domestic abuse by the father (now out of the home
#    on bail) and his drinking, a 7-year-old and a baby; the paternal aunt
#    supervises contact and the maternal grandmother helps on Fridays.
#    Plain-text case-system print: plan items grouped under outcomes, each
#    with Action / Lead / Start-end / Evidence fields. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b138_swaddington_icpc_case_print_outcome_items_evidence_fairweather.txt",
    "split": "heldout",
    "actions": 14,
    "template": "icpc-case-system-plain-text-print-dotted-header-fields-numbered-sections-reasons-strengths-amaras-words-zains-day-then-outcome-groups-of-plan-items-action-lead-start-end-evidence-fields-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 7-year-old and a 5-month-old whose father was "
        "violent to their mother when drunk and is now out of the home on bail. A plain-text "
        "case-system print: plan items grouped under four outcomes, each with ACTION, LEAD, "
        "START/END and EVIDENCE fields; timescales include 'within 5 working days of this "
        "conference', 'within 2 working days of this conference, then after every incident', "
        "'Wednesdays after school, ten sessions, finished before the Christmas holidays' and "
        "'fortnightly until the review'; evidence includes a feelings score the key adult records, "
        "the HV weighing and plotting, unannounced visits finding the father away, police incident "
        "logs and registers. The alcohol service reports on change, the aunt's supervised contact "
        "and the grandmother's Fridays have fallbacks, legal planning follows named triggers, core "
        "group and review dates are set."
    ),
    "text": """\
SWADDINGTON COUNCIL                                    CHILDREN'S SOCIAL CARE
CASE RECORD SYSTEM  -  CHILD PROTECTION PLAN                 Printed 18/09/2025
==================================================================================
Subjects .......... Amara FAIRWEATHER, DOB 02/03/2018 (7), Year 3,
                    Swaddington St Mary's Primary
                    Zain OSEI, DOB 20/04/2025 (5 months)
Address ........... Flat 9, Ashby Court, Swaddington SW6 3LT
Mother ............ Chloe Fairweather (27)
Father ............ Kieran Osei (30), Zain's father, father figure to Amara;
                    living at his mother's, 40 Gorse Road, on police bail
                    with a condition not to attend Ashby Court
Maternal gran ..... Denise Fairweather, 11 Wren Walk, Swaddington
Paternal aunt ..... Tasha Osei, 3 Cobb Lane, Swaddington
Category .......... Emotional abuse (both children)
Conference ........ ICPC 16/09/2025, chair Rob Keane (IRO)
Social worker ..... Dami Adeyemi, Assessment and Intervention Team 2
                    (team manager: Lorna Fitch)
==================================================================================

1. REASONS FOR THE PLAN

Kieran has been violent to Chloe four times since Zain was born, each time after
drinking. On 30/08/2025 he pushed Chloe against the wall while she was holding
Zain, and Amara hid in the bathroom and rang her gran. Kieran was arrested and
bailed not to go to Ashby Court. He says he drinks "a few cans" most nights and
more at weekends.

2. STRENGTHS

Chloe called the police on 30/08/2025 and has kept Kieran away since. She is a
warm mother; Zain is well cared for. Denise lives nearby and Amara trusts her.
Kieran has said he wants help with his drinking and his temper, and Tasha has
offered to supervise his time with the children.

3. WHAT AMARA SAYS AND WHAT ZAIN'S DAY IS LIKE

Amara (seen on her own at school, 11/09/2025): "When Kieran's drunk he shouts and
Mummy cries. I hide in the bathroom with my tablet. I want to see him but only if
he's not drunk. I want Nana to come to my school play." She put home at 5 out of
10 and said 10 would be "no shouting ever".
Zain (seen at home, 12/09/2025): smiling and babbling, fed on time, held by Chloe
for his bottle. He startled and cried when a door banged and took a long time to
settle. Chloe says he wakes screaming most nights since August.

4. OUTCOMES AND PLAN ITEMS
----------------------------------------------------------------------------------

OUTCOME 1: Amara and Zain live free from violence and frightening arguments.

  Item 1.1
    ACTION ....... Visit Amara and Zain at home and see Amara on her own;
                   at least one visit a fortnight unannounced
    LEAD ......... Dami Adeyemi (SW)
    START/END .... Weekly from 17/09/2025 until the review conference
    EVIDENCE ..... Amara's words and the 0-10 worry score Dami records at each
                   visit; each unannounced visit finds Kieran not at the flat

  Item 1.2
    ACTION ....... Keep to his bail conditions and the written agreement: do
                   not go to Ashby Court, and contact Chloe only through Tasha
    LEAD ......... Kieran Osei (Dad)
    START/END .... From 16/09/2025 until the review conference
    EVIDENCE ..... No police call-outs to the flat; Chloe and Amara tell Dami at
                   each visit whether Kieran has come near

  Item 1.3
    ACTION ....... Safety planning with Chloe, a DASH risk review after any
                   incident, and a referral to the sanctuary scheme
    LEAD ......... Precious Mensah, IDVA, Swaddington Women's Aid
    START/END .... Fortnightly from 18/09/2025; sanctuary referral within 5
                   working days of this conference
    EVIDENCE ..... Updated safety plan and DASH score sent to Dami after each
                   meeting; door chain and window locks seen fitted by Dami

  Item 1.4
    ACTION ....... Put a priority marker on Ashby Court and send every
                   incident involving Kieran to the SW
    LEAD ......... DS Kate Rowley, Swaddington Police Public Protection Unit
    START/END .... Marker within 2 working days of this conference, then after
                   every incident, by 9am the next working day
    EVIDENCE ..... Marker confirmed to Dami by email; incident logs received
                   within one working day

  Item 1.5
    ACTION ....... Go to the Turning Point domestic abuse perpetrator programme
    LEAD ......... Kieran Osei (Dad)
    START/END .... Assessment by 10/10/2025, then 26 weekly sessions
    EVIDENCE ..... Programme worker's attendance report to Dami every four
                   weeks; assessment outcome letter on file

  Item 1.6
    ACTION ....... Alcohol assessment and key-work for Kieran, with breath
                   tests, and a written report on whether his drinking is
                   changing enough for him to see Amara and Zain safely
    LEAD ......... Marcus Green, recovery worker, Swaddington Alcohol Service
    START/END .... Assessment by 03/10/2025; key-work every Monday; report
                   before each core group
    EVIDENCE ..... Report with breath test results on the children's file two
                   days before every core group

OUTCOME 2: Zain is fed, settled and growing, and cared for by a calm adult.

  Item 2.1
    ACTION ....... Weigh Zain, check his feeding, sleep and development, and
                   ask Chloe on her own about her safety
    LEAD ......... the HV, Grace Ellison
    START/END .... Fortnightly until the review conference, from 23/09/2025
    EVIDENCE ..... The HV weighs and plots Zain in his red book: weight stays on
                   or above the 50th centile; contact notes copied to Dami

  Item 2.2
    ACTION ....... Baby massage and play group for Chloe and Zain, to help
                   Zain settle
    LEAD ......... Chloe (Mum), with Ashby Children's Centre
    START/END .... Thursdays at 10am, six weeks from 25/09/2025
    EVIDENCE ..... Group register shows at least 5 of 6 sessions; the group
                   worker's note to Dami on how Zain settles with Chloe

OUTCOME 3: Amara feels safe, goes to school every day and can talk about what
she has seen.

  Item 3.1
    ACTION ....... Check Amara's attendance, and a check-in with her key adult,
                   Miss Hall
    LEAD ......... Mr Ryan Doherty, DSL, Swaddington St Mary's Primary
    START/END .... Attendance every school day; check-in every Monday morning
    EVIDENCE ..... Attendance at 96% or more on the register, sent to Dami each
                   Friday; Amara's feelings score, recorded by Miss Hall at
                   each check-in

  Item 3.2
    ACTION ....... Place Amara in the Rainbow Hearts group for children who
                   have lived with domestic abuse
    LEAD ......... Beth Morley, children's worker, Swaddington Women's Aid
    START/END .... Wednesdays after school, ten sessions from 01/10/2025,
                   finished before the Christmas holidays
    EVIDENCE ..... Session register and Beth's end-of-group summary, with
                   Amara's own words, sent to Dami

  Item 3.3
    ACTION ....... Safety plan with Amara: who to call, where to go and a code
                   word
    LEAD ......... Dami Adeyemi (SW) and Chloe jointly
    START/END .... Within 5 working days of this conference (by 23/09/2025)
    EVIDENCE ..... At the next visit Amara tells Dami her code word and the
                   three people on her safety card; a copy is with Mr Doherty

OUTCOME 4: Amara and Zain spend safe time with their family.

  Item 4.1
    ACTION ....... Supervise Kieran's time with Amara and Zain at Cobb Lane; end
                   it if he has been drinking
    LEAD ......... Tasha Osei (paternal aunt)
    START/END .... Every Saturday, 11am to 1pm, from 20/09/2025
    EVIDENCE ..... Tasha's contact note after each visit, sent to Dami the same
                   day; Amara tells Dami at visits how the Saturdays went

  Item 4.2
    ACTION ....... Collect Amara from school and have both children at Wren
                   Walk while Chloe is at the Freedom Programme
    LEAD ......... Nana Denise (maternal grandmother)
    START/END .... Every Friday, 3.15pm to 6pm, from 26/09/2025
    EVIDENCE ..... School's collection log shows Denise collecting; Denise
                   texts Dami when the children are home

  Item 4.3
    ACTION ....... Go to the Freedom Programme for women who have lived with
                   domestic abuse
    LEAD ......... Chloe (Mum)
    START/END .... Fridays 3.30pm to 5.30pm, 12 weeks from 26/09/2025
    EVIDENCE ..... Facilitator confirms at least 10 of 12 sessions attended;
                   certificate seen by Dami

5. CONTINGENCY
----------------------------------------------------------------------------------
TRIGGER ........... Kieran comes to Ashby Court, breaks his bail, or the police
                    are called to any incident between Kieran and Chloe
RESPONSE .......... Chloe rings 999; the children go to Denise at 11 Wren Walk
                    that night; Dami holds a strategy discussion with the
                    police the same day
TRIGGER ........... Tasha cannot supervise a Saturday, or Kieran arrives having
                    been drinking
RESPONSE .......... That Saturday's contact does not happen; from the next week
                    Dami arranges contact at Swaddington Family Centre,
                    supervised by centre staff
TRIGGER ........... Denise cannot do a Friday (ill or away)
RESPONSE .......... Amara goes to the school's after-school club and Zain to the
                    Ashby Children's Centre creche, booked by Dami that week
LEGAL PLANNING .... If Kieran breaks the agreement twice, or Chloe lets him back
                    into the flat, Dami will ask Lorna Fitch for a legal
                    planning meeting within 5 working days

6. MEETINGS
----------------------------------------------------------------------------------
Core group ........ every four weeks, Tuesdays 10am, Ashby Children's Centre:
                    30/09/2025, 28/10/2025, 25/11/2025
Review CPC ........ Tuesday 09/12/2025, 2pm, Swaddington Civic Offices
==================================================================================
END OF PRINT                                                       PAGE 1 OF 1
""",
    "findings": [],
})
