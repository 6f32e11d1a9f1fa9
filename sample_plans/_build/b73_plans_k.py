"""Batch 73, module k: seven fictional plans (tuning material), places beginning with "k".

Everything here is made up: children, families, professionals, services,
hospitals, schools and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: actions whose measure and timescale are hard to read. Evidence given
in the action sentence itself ("... and pass anything he says to the DSL the
same day", "weighed at clinic and plotted in the red book"), in a separate
column or line, or not at all; timescales as events ("before discharge", "at
every contact", "by the first core group"), as standing routines ("each
school morning", "every bath time"), as ranges or ages ("at his 27-30 month
review", "when Leo is 8 weeks old"), and genuinely missing ones; words that
look like times but are not ("daily routine", "weekly shop", "monthly
budget", "monthly leaving care allowance"). Layouts: a table with a "By when
/ how often" column, a letter to a young person, core group minutes with a
decision and numbered actions, a numbered list with Who / When / How we will
know sub-bullets, an outcome-merged table, agency paragraphs and bold-owner
bullets. Two plans are exemplary.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Baby and toddler, mother's postnatal depression: Action | Who | By when /
#    how often | How we will know, with ages, ranges, routines and events as
#    timescales (docx, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b73_kellowmere_icpc_by_when_how_often_table_pryor.docx",
    "doc_title": "Child Protection Plan - Ruby-Mae and Alfie Pryor",
    "split": "tune",
    "actions": 10,
    "template": "icpc-plan-docx-kv-details-action-who-by-when-how-often-how-we-will-know-table-age-range-routine-and-event-timescales",
    "description": (
        "Initial conference plan for a 5-week-old and a 29-month-old (mother's postnatal depression, "
        "baby's weight falling, toddler found alone on the landing). Action | Who | By when / how often | "
        "How we will know table whose timescales are ages, ranges, routines and events ('when Ruby-Mae is "
        "8 weeks old', 'at his 27-30 month review', 'each weekday morning, 7.30-9.30am', 'every night', "
        "'before the first core group'); 'daily routine' appears in a row that also has a real frequency. "
        "The perinatal team reports on capacity to change, the GP owns an action, the grandmother's "
        "mornings have a fallback, dates and legal step set. Exemplary."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Kellowmere City Council · Children and Families · Early Help and Safeguarding Team West"),
        ("kv", [
            ("Children", "Ruby-Mae Pryor, born 05/01/2025 (5 weeks); Alfie Pryor, born 12/09/2022 (29 months)"),
            ("Mother", "Shannon Pryor (22)"),
            ("Father", "Connor Webb (25), father of both children; lives with Shannon and the children"),
            ("Address", "Flat 9, Kestrel House, Kellowmere"),
            ("Conference", "Initial child protection conference, Tuesday 11/02/2025, Kellowmere Civic Centre"),
            ("Category", "Neglect"),
            ("Social worker", "Hollie Brannigan"),
            ("Chair", "Marcus Adeyinka, Conference Chair"),
        ]),
        ("h1", "Why Ruby-Mae and Alfie have a plan"),
        ("p", "Shannon has been low since Ruby-Mae was born. She was prescribed sertraline before the birth but "
              "stopped taking it at Christmas, and she told the health visitor she is \"too tired to think\". "
              "She self-harmed when she was 17 and has not done so since. On 22 January a neighbour found Alfie "
              "on the communal landing at 7.10am in a wet nappy and pyjamas; the flat door was open, Shannon was "
              "asleep and Ruby-Mae was crying in her Moses basket. Ruby-Mae was born on the 50th centile and was "
              "weighed on the 9th centile on 4 February. Alfie has not had his 2-year review. Connor works "
              "7am to 4pm at the Kellowmere bus depot and has been doing most of the night feeds."),
        ("h1", "What Ruby-Mae and Alfie's days are like"),
        ("p", "Ruby-Mae cannot tell us how she feels, so this is what the health visitor and the social worker "
              "have seen. She takes 90 ml bottles and often falls asleep halfway through a feed. She settles "
              "quickly on Connor's shoulder and when her grandmother Tracey sings to her. On two visits she was "
              "in the same sleepsuit with dried milk on it, and her nappy rash has come back."),
        ("p", "Alfie is a busy, friendly little boy. He says about twenty words and calls Ruby-Mae \"baby\"; when "
              "she cries he pats her and says \"shh baby\". He brought the social worker his shoes and said \"out\", "
              "and Connor says he asks to go to the park every day. He ate two bowls of cereal quickly at 11am on "
              "one visit and said \"more\". He goes to the door whenever he hears the lift."),
        ("h1", "What is working well"),
        ("bullets", [
            "Shannon and Connor both came to conference and agreed with the plan.",
            "Connor has done every night feed since 22 January and keeps a feed chart.",
            "Shannon's mum, Tracey Pryor, lives five minutes away and has offered to come every weekday morning.",
        ]),
        ("h1", "What we want for Ruby-Mae and Alfie"),
        ("bullets", [
            "Ruby-Mae is fed on time, day and night, and her weight climbs back towards the 25th centile.",
            "Alfie is never outside the flat on his own, and the door is always locked and chained.",
            "Both children are clean and changed, and have their checks and immunisations on time.",
            "Ruby-Mae and Alfie are cared for by a mum whose mood is well enough for her to get up to them, "
            "play with Alfie and respond when Ruby-Mae cries.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Action", "Who", "By when / how often", "How we will know"],
            "widths": [6.2, 3.4, 3.4, 4.0],
            "rows": [
                ["See Ruby-Mae and Alfie at home, at least one visit in three unannounced; look at where each child "
                 "sleeps, at the door chain and at the food in the kitchen",
                 "SW Hollie Brannigan",
                 "Weekly until the review conference",
                 "Visit record notes where Ruby-Mae slept, what Alfie said and did, and what food there was"],
                ["Weigh Ruby-Mae at the Kellowmere Child Health Clinic and watch a full feed",
                 "HV Megan Thorne",
                 "Every Thursday until she is 12 weeks old, then every two weeks",
                 "Weight plotted in the red book; back on or above the 25th centile by the review conference"],
                ["Alfie's 2-year development review with an ASQ-3 and a language screen, done at home with Shannon "
                 "and Connor",
                 "HV Megan Thorne",
                 "At his 27–30 month review (due now)",
                 "ASQ-3 scores shared with the SW and nursery; speech and language referral made if he scores "
                 "below the cut-off"],
                ["Assess Shannon's postnatal depression and start treatment; report on how her mood affects her "
                 "care of Ruby-Mae and Alfie, whether she is making the changes they need and how long that is "
                 "likely to take",
                 "Dr Anjali Rowe, consultant psychiatrist, Kellowmere Perinatal Mental Health Team",
                 "Seen every two weeks; first report by the first core group",
                 "Written report sent to the SW before each core group"],
                ["Review Shannon's sertraline with her, and do Ruby-Mae's 8-week check and first immunisations",
                 "Dr Colin Mayhew, Kilnfield Surgery",
                 "When Ruby-Mae is 8 weeks old",
                 "Checks and vaccines recorded in the red book; GP letter to the HV and SW"],
                ["Come to the flat to give Ruby-Mae her early feed with Shannon, then get Alfie washed, dressed and "
                 "given breakfast",
                 "Tracey Pryor (maternal grandmother)",
                 "Each weekday morning, 7.30–9.30am, while Connor is at work",
                 "Tracey signs the feed chart on the fridge; the SW and HV check it at each visit"],
                ["Do Ruby-Mae's 10pm and 2am feeds and settle her on her back in her Moses basket, so Shannon can "
                 "sleep",
                 "Connor Webb (father)",
                 "Every night",
                 "Feed chart signed by Connor; the HV looks at it at each clinic weigh"],
                ["Fit a stair gate and a high door chain so Alfie cannot get onto the landing or out of the flat on "
                 "his own",
                 "FSW Dean Okafor, Kellowmere Family Hub",
                 "Before the first core group (25/02/2025)",
                 "Gate and chain seen fitted and in use at the SW's next visit; photo on file"],
                ["Home sessions with Shannon and Connor on playing with Alfie, mealtimes and a daily routine for "
                 "both children, with a picture chart Alfie can follow",
                 "FSW Dean Okafor",
                 "Weekly for 8 weeks from w/c 17/02/2025",
                 "Picture chart up in the kitchen; session notes record what Alfie and Ruby-Mae were doing and how "
                 "each parent responded"],
                ["Take up Alfie's funded two-year-old place and note how he arrives, his mood and what he eats",
                 "Jo Carver, manager, Kittiwake Day Nursery",
                 "Every session he attends (Monday, Wednesday and Friday mornings) from 03/03/2025",
                 "Nursery register and arrival notes emailed to the SW every Friday"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Shannon tells anyone she has thoughts of harming herself or the children, if Alfie is found "
              "outside the flat on his own again, or if Ruby-Mae's weight drops below the 9th centile, the SW "
              "(or the emergency duty team out of hours) will hold a strategy discussion the same day. Ruby-Mae "
              "and Alfie will stay with Tracey at 6 Kestrel Close, with Connor, until the strategy discussion "
              "has agreed what happens next, and the perinatal crisis team will see Shannon that day."),
        ("p", "If Tracey cannot come in the mornings (if she is ill or on holiday), Connor will start work at "
              "10am, which the depot has agreed, and the SW will ask Connor's sister Leanne Webb to come instead. "
              "If neither Tracey, Connor nor Leanne can be with Shannon and the children, the SW will arrange a "
              "short-term foster placement for both children the same day."),
        ("p", "If Ruby-Mae's weight is still below the 25th centile at the second core group on 25/03/2025, or "
              "Alfie is found outside on his own again, the SW will ask the team manager for a legal planning "
              "meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "First core group: Tuesday 25/02/2025, 1pm, Kellowmere Family Hub.",
            "Then every 4 weeks, same time and place: Tuesday 25/03/2025 and Tuesday 22/04/2025.",
            "Review child protection conference: Tuesday 06/05/2025, 10am, Kellowmere Civic Centre.",
        ]),
        ("p", "Plan typed by Hollie Brannigan (SW) on 12/02/2025 and sent to Shannon, Connor and every agency named "
              "above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. The plan written as a letter to a 14-year-old; each bullet of "What is
#    going to happen" carries its owner, timescale and evidence in the one
#    sentence (md, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b73_kimbleford_plan_as_letter_to_young_person_lomax.md",
    "split": "tune",
    "actions": 9,
    "template": "icpc-plan-md-letter-to-young-person-second-person-headings-bullets-owner-timescale-evidence-in-one-sentence",
    "description": (
        "Initial conference plan for a 14-year-old young carer whose mother has bipolar disorder and was "
        "recently in hospital, written as a letter to him. Each bullet under 'What is going to happen' "
        "names its owner, timescale and evidence in the one sentence ('each school morning ... pass "
        "anything you tell him about home to Mrs Kaur the same day', 'by the first core group', 'before "
        "the Easter holidays'); 'monthly money' sits in a bullet that also has a real frequency. The CMHT "
        "reports on capacity to change, the GP owns an action, the uncle's support has a fallback, dates "
        "and legal step set. Exemplary."
    ),
    "text": """\
# Your child protection plan, Kai

**Kimbleford Borough Council · Children's Services · Adolescent and Family Team**

Kai Lomax, 14 (born 19/07/2010), Year 9 at Kimbleford Academy
Lives with: Lorna Lomax, his mum, at 31 Kingfisher Road, Kimbleford
Initial child protection conference: Tuesday 11 March 2025 · Category: neglect
Social worker: Sam Whitford · Conference chair: Ruth Okonedo

Dear Kai,

At the conference on Tuesday you asked for your plan to be written to you and not about you, so this
letter is your plan. Your mum has a copy, and so does everyone whose name is in it. If anything in it
is wrong, or you want something changed, text me on 07700 900417 and I will bring it to the next
meeting.

## Why there is a plan

In January your mum stopped taking her lithium and became very unwell with her bipolar disorder. For
nearly three weeks you looked after her on your own: you made the meals, you stayed up at night when
she couldn't sleep, and you missed nine days of school. When I came round on 23 January there was no
food in the fridge and the electricity meter had run out. Your mum was in the Kestle Ward at
Kimbleford General Hospital from 24 January to 21 February. She is taking her medication again, and
she told the conference she wants you to be "a kid again, not my nurse".

## What you told us

You told me at school on 6 March that the worst part was "not knowing if she'd be OK when I got in".
You said you were scared to tell anyone in case you got taken away, and that you want to stay living
with your mum. You want to get back to playing for Kimbleford Juniors on Saturdays, and you don't want
to be taken out of lessons to talk about home. You put things at home at 6 out of 10 now, and said it
would be a 9 "if I knew someone would help before it gets bad again".

## What we want for you

- You live at home with your mum, who is well enough to look after you, and you are not the one keeping her safe.
- You are in school every day and playing football on Saturdays.
- You know who to ring, day or night, if your mum starts to become unwell, and you know you won't be in trouble for ringing.
- There is always food in the house and clean kit for school and football.

## What is going to happen

- **Sam Whitford (your social worker, me)** will see you every week until the review conference, on your own at school one week and at home with your mum the next, and will write down what you tell me in your own words in my visit notes.
- **Mr Okonjo (your head of year)** will catch up with you each school morning at registration and pass anything you tell him about home to Mrs Kaur, the school's safeguarding lead, the same day.
- **Jess Arnott, your mum's care coordinator at the Kimbleford Community Mental Health Team,** will see your mum every week and write to Sam before each core group about whether your mum is staying well, whether she is making the changes needed to look after you, and how long that is likely to take.
- **Dr Fenwick at Kilnfield Surgery (your mum's GP)** will do your mum's lithium blood test every month and send the result to Jess and Sam within a week of each test.
- **Your mum** will write her relapse plan with Jess by the first core group on 25 March, setting out her early warning signs, who you ring and where you go, and you will get a copy for your phone and Sam will put one on your file.
- **Your uncle Rob Lomax** will have you for tea every Wednesday and to stay every other weekend, and will text Sam after each stay to say how it went.
- **Lee Danso from Kimbleford Young Carers** will do a young carer's assessment with you before the Easter holidays (by Friday 4 April) and send you, your mum and Sam a copy.
- **Jo Pettifer, family support worker,** will go food shopping with your mum every Thursday for six weeks from 13 March and help her set up a budget for her monthly money, writing down in her session notes what is in the fridge and cupboards each week.
- **Sam** will pay your Kimbleford Juniors subs for the rest of the season by Friday 28 March, and the club's receipt will go on your file.

## If your mum starts to become unwell

- If you see the early signs in your mum's relapse plan (two nights without sleep, talking very fast, or stopping her tablets), ring Sam, or the emergency duty team on 01632 960118 after 5pm and at weekends. Jess will make sure the crisis team sees your mum that day.
- If your mum needs to go back into hospital, or you don't feel safe at home, you will stay with Uncle Rob at 4 Kiln Street that night, and Sam will hold a strategy discussion the same day.
- If Rob can't have you because he is away with work or ill, you will stay with your mum's friend Carla Benn, who has agreed to this. If neither Rob nor Carla can have you, Sam will find you a foster carer in Kimbleford that day so you can stay at your school.
- If your mum has to go back into hospital before the review conference, or stops her lithium again, Sam will ask her manager for a legal planning meeting within 5 working days, to plan where you live while she gets well.

## Meetings

- Core group every three weeks, 4pm at Kimbleford Family Hub, so you can come after school if you want to: Tuesday 25 March, 15 April, 6 May and 27 May 2025.
- Review child protection conference: Tuesday 10 June 2025, 4pm, Kimbleford Civic Centre.

Take care, and text me any time.

Sam Whitford
Social worker, Adolescent and Family Team
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Core group minutes: updates, a decision, then numbered one-sentence
#    actions with the evidence inside the sentence or missing; paged PDF
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b73_kestrow_core_group_minutes_decisions_halloran.pdf",
    "doc_title": "Core Group 2 Minutes - Jake and Daisy Halloran",
    "split": "tune",
    "actions": 12,
    "template": "core-group-minutes-paged-numbered-sections-updates-decision-then-numbered-one-sentence-actions-evidence-in-sentence",
    "description": (
        "Second core group minutes for a 9-year-old and a 4-year-old (mother's drinking and low mood). "
        "After agency updates (work already done) and a decision, the actions are a numbered list of one "
        "sentence each, with the evidence inside the sentence ('pass anything he says about home to Aaron "
        "the same day', 'send Aaron the readings') or missing. Faults: 'when she feels able' (T002), a "
        "'daily routine chart' and a 'monthly budget' with no timescale (T001 x2), the CPN only "
        "supporting (H001), 'the core group' as owner (W002), 'keep an eye on' (M002), a programme to "
        "finish with no evidence (M001), an outcome about the mother only (F002), a contingency of "
        "'further concerns ... discuss' with no legal step and nothing if the grandmother's two roles "
        "fail (C002, R002, C003), and the review conference 'to be confirmed' (R001). Header and page "
        "footer."
    ),
    "header": "OFFICIAL-SENSITIVE · Kestrow Metropolitan Borough Council · Children's Services",
    "footer": "Core group minutes – Halloran – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Core Group Meeting – Minutes"),
        ("kv", [
            ("Children", "Jake Halloran (9), Year 4, and Daisy Halloran (4), Reception, both at Kittlewell "
                         "Primary School"),
            ("Parents", "Nicola Halloran (34), mum; Wayne Tait (37), Daisy's dad and Nicola's partner, lives "
                        "at the address"),
            ("Address", "22 Kestrel Walk, Kestrow"),
            ("Meeting", "Core group 2, Thursday 10/04/2025, 3.30pm, Kittlewell Primary School, meeting room"),
            ("Plan since", "Initial child protection conference, 06/03/2025 (category: neglect)"),
            ("Chair and minutes", "Aaron Pell, social worker"),
        ]),
        ("h2", "1. Present and apologies"),
        ("p", "Present: Nicola Halloran; Wayne Tait; Aaron Pell (SW); Mrs Rina Patel (DSL, Kittlewell Primary); "
              "Bella Nunn (school nurse); Dan Mercer (keyworker, Kestrow Recovery Service); Lucy Ward (family "
              "support worker); Pat Halloran (maternal grandmother). Apologies: Emma Castle (CPN, Kestrow "
              "Community Mental Health Team), update sent by email."),
        ("h2", "2. Minutes of core group 1 (20/03/2025)"),
        ("p", "Agreed as accurate. All actions from core group 1 are carried into the plan below or are done."),
        ("h2", "3. Updates"),
        ("p", "Aaron: visited four times since the last meeting. On 28/03 Nicola smelt of alcohol at 4pm and "
              "Daisy answered the door. There was cereal and bread in the kitchen but no other food. The other "
              "three visits were better: the flat was tidy and the children had eaten."),
        ("p", "Mrs Patel: Jake has been late six times since the conference and came in hungry twice. Daisy's "
              "attendance is 88%. Pat has collected both children on Tuesdays and Thursdays since the "
              "conference and they are always on time on those days."),
        ("p", "Dan Mercer: Nicola had her assessment with the Recovery Service on 20/03 and has been to one of "
              "three women's group sessions. Her breath test at key-work on 03/04 was clear."),
        ("p", "Emma Castle (by email): Nicola has moderate depression and started mirtazapine in February. She "
              "has kept all her appointments with Emma."),
        ("p", "Wayne has been to three of the twelve Caring Dads sessions so far."),
        ("h2", "4. Jake and Daisy"),
        ("p", "Jake told Aaron at school on 07/04: \"When Mum's drinking she's just asleep on the sofa, and I "
              "make me and Daisy toast.\" He said he likes Tuesdays and Thursdays best \"because Nana does "
              "proper tea\". He would like his mum \"to not be sad all the time\"."),
        ("p", "Daisy showed Aaron her bedroom and her new reading book. She told her teacher she was \"hungry "
              "in my tummy\" on two mornings last week. She was dry at school but has had accidents at home."),
        ("h2", "5. Outcomes agreed at conference"),
        ("bullets", [
            "Jake and Daisy get to school on time every day, having had breakfast.",
            "Jake does not have to make meals or look after Daisy.",
            "Nicola will be sober and her mood will be stable.",
            "Daisy's speech and toileting are checked and she gets any help she needs.",
        ]),
        ("h2", "6. Decision"),
        ("p", "The core group agreed that there has been some progress, but not enough, and that Jake and "
              "Daisy's child protection plan continues with the actions below."),
        ("h2", "7. Actions agreed"),
        ("numbers", [
            "Aaron Pell (SW) will visit the family home every week, one visit in three unannounced, and see "
            "Jake and Daisy on their own, writing down what they say in his visit notes.",
            "Mrs Patel (DSL) will see Jake each school morning at the classroom door and pass anything he says "
            "about home to Aaron the same day.",
            "Dan Mercer (Kestrow Recovery Service) will breath-test Nicola at each weekly key-work session and "
            "send Aaron the readings and his written view on whether her drinking is changing before each core "
            "group.",
            "Nicola will go to the Recovery Service women's group when she feels able, and Dan will confirm "
            "her attendance to Aaron.",
            "Emma Castle (CPN) will carry on her fortnightly home visits to support Nicola with her low mood "
            "and will record each visit on the CMHT system.",
            "Pat Halloran (maternal grandmother) will collect Jake and Daisy from school every Tuesday and "
            "Thursday and give them their tea at her house, and the school will note who collects them in "
            "the signing-out book.",
            "Pat will have Jake and Daisy to stay every Saturday night and write each stay on the calendar "
            "Aaron checks at his visits.",
            "The core group will make sure Jake and Daisy are collected from school on time every day and tell "
            "Aaron the same day about any late collection.",
            "Bella Nunn, the school nurse, will see Daisy in school every three weeks and keep an eye on her "
            "speech and her toileting.",
            "Lucy Ward (FSW) will draw up a daily routine chart with Nicola for Daisy's mornings and bedtimes, "
            "and a copy will go on the fridge.",
            "Aaron will go through Nicola's Universal Credit and her monthly budget with her so there is money "
            "for food and gas for the children, and put the budget plan on file.",
            "Wayne will finish the Caring Dads programme at Kestrow Family Centre by the end of June.",
        ]),
        ("h2", "8. Contingency"),
        ("p", "If things get worse at home, or there are further concerns about Nicola's drinking, the core "
              "group will meet sooner and discuss next steps."),
        ("h2", "9. Next meetings"),
        ("p", "Core group 3: Thursday 08/05/2025, 3.30pm, Kittlewell Primary School; the core group will then "
              "carry on meeting every four weeks. Review child protection conference: date to be confirmed by "
              "the conference team."),
        ("p", "Minutes circulated by Aaron Pell on 11/04/2025. Corrections to Aaron within 5 working days, please."),
    ],
    "findings": [
        F("F002", "Nicola will be sober and her mood will be stable."),
        F("T002", "Nicola will go to the Recovery Service women's group"),
        F("H001", "carry on her fortnightly home visits to support Nicola"),
        F("W002", "The core group will make sure Jake and Daisy are collected"),
        F("M002", "keep an eye on her speech and her toileting"),
        F("T001", "draw up a daily routine chart with Nicola"),
        F("T001", "go through Nicola's Universal Credit and her monthly budget"),
        F("M001", "Wayne will finish the Caring Dads programme"),
        F("C002"),
        F("C003"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Looked-after baby on the neonatal unit; numbered actions each with Who /
#    When / How we will know sub-bullets, some lines blank or "-" (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b73_kyrewood_numbered_actions_who_when_sub_bullets_dacosta.txt",
    "split": "tune",
    "actions": 10,
    "template": "icpc-plan-txt-export-numbered-sections-numbered-actions-with-who-when-how-we-will-know-sub-bullets-dash-for-missing",
    "description": (
        "Initial conference plan for a 12-day-old baby with neonatal abstinence syndrome, accommodated under "
        "section 20 and still on the neonatal unit, mother a 19-year-old care leaver planning to move to "
        "another authority. Each numbered action has '- Who:', '- When:' and '- How we will know:' "
        "sub-bullets; timescales as events and ages ('before discharge', 'within 2 days of discharge, then "
        "weekly', 'when Leo is 8 weeks old'). Faults: nobody set to visit Leo on the unit (L001), the "
        "parenting assessment left to the receiving authority after transfer (X001), a 'monthly leaving care "
        "allowance' with '-' as the only when (T001), contact 'as and when she is able' (T002), "
        "'Professionals involved' as owner (W002), a '-' measure (M001), 'engagement with the service' "
        "(M002), and the mother's drug use with no adult service owning an action (F004)."
    ),
    "text": """\
KYREWOOD COUNCIL - CHILDREN'S SERVICES
CHILD PROTECTION PLAN (exported from CareDesk 14/05/2025 16:22)

1. CHILD AND FAMILY

Child ............ Leo Da Costa, born 02/05/2025 at 35+4 weeks
Where ............ Neonatal Unit (Ward 12), Kyrewood General Hospital
Legal status ..... Accommodated under section 20 since 06/05/2025, with
                   Jade's agreement. Leo is a looked-after child.
Mother ........... Jade Da Costa (19), care leaver; lives in a Kyrewood
                   Council supported flat, 3 Kiln Yard, Kyrewood
Father ........... Not named by Jade; not involved
Conference ....... Initial child protection conference, Wednesday
                   14/05/2025, Kyrewood General Hospital, seminar room 2
Category ......... Neglect
Social worker .... Bethany Cole, Children in Care Team
Chair ............ Harold Nyambura

2. WHY LEO HAS A PLAN

Jade used heroin and crack cocaine through her pregnancy and had no
antenatal care until 30 weeks. She has been on a methadone script from
the Kyrewood Drug and Alcohol Service since 18/04/2025. Leo was born
early with neonatal abstinence syndrome and has been on oral morphine,
which is now being reduced. Jade agreed to Leo being accommodated and
wants to care for him when she is "clean and settled". She has told her
personal adviser she plans to move in with a friend in Kessingmoor
(Kessingmoor Borough Council) when Leo leaves hospital. A transfer-in
conference has been requested but not yet booked.

3. LEO ON THE UNIT

The nurses score Leo's withdrawal every four hours. His scores are
coming down but he is still jittery after feeds and has a high-pitched
cry in the evenings. He feeds best when he is swaddled and the room is
quiet, and he settles when held skin-to-skin. Jade has visited four
times in eight days; the nurses noticed that Leo calmed when she held
him close and talked to him, and that she left early twice when he
would not settle.

4. WHAT WE WANT FOR LEO

- Leo comes off morphine, feeds well and gains weight steadily.
- Leo goes from the unit to foster carers who know how to care for a
  baby in withdrawal.
- Leo gets to know his mum through regular, safe time with her.
- Leo's health checks and immunisations are all done on time.

5. ACTIONS

1. Liaise with the ward about Leo's discharge date and the discharge planning meeting
   - Who: SW Bethany Cole
   - When: before discharge
   - How we will know: written discharge plan on file and sent to the foster carers

2. Learn Leo's feeds, withdrawal scoring and settling from the neonatal nurses
   - Who: Anne and Martin Whitlock, foster carers (Kyrewood Fostering)
   - When: before discharge
   - How we will know: the nurses sign the carers' competency sheet

3. Jade's time with Leo on the unit, supervised by the nursing staff
   - Who: Jade Da Costa, with the nurse in charge
   - When: as and when she is able
   - How we will know: the nurses record each visit, how long Jade stays and the cares she does

4. Weigh Leo, check his feeding and look for withdrawal signs at the foster home
   - Who: HV Ruth Amadi, Kyrewood 0-19 Service
   - When: within 2 days of discharge, then weekly
   - How we will know: weight plotted in the red book; HV record shared with the SW

5. Leo's neonatal follow-up appointment, including his hips and hearing
   - Who: Dr Sima Rahman, neonatal consultant, Kyrewood General Hospital
   - When: when Leo is 8 weeks old
   - How we will know: clinic letter to the SW, the foster carers and the HV

6. Help Jade budget her monthly leaving care allowance so she can buy what Leo needs for contact
   - Who: Kieran Moss, personal adviser, Kyrewood Leaving Care Team
   - When: -
   - How we will know: written budget plan on Jade's file, copy to the SW

7. Jade to keep attending the Kyrewood Drug and Alcohol Service for her methadone script and key-work
   - Who: Jade Da Costa
   - When: weekly
   - How we will know: engagement with the service

8. Share any new information about Jade's drug use, housing or partners
   - Who: Professionals involved
   - When: the same day
   - How we will know: each piece of information logged on Leo's file by the SW

9. Parenting assessment of Jade, including a period of supervised care of Leo
   - Who: Kessingmoor Children's Services
   - When: once the case has transferred to Kessingmoor
   - How we will know: assessment report shared with the core group

10. Referral for Jade to the Kyrewood Family Nurse Partnership
   - Who: HV Ruth Amadi
   - When: by the first core group
   - How we will know: -

6. CONTINGENCY

If Jade arrives for contact under the influence of drugs or alcohol, or
tries to take Leo from the unit, the nurse in charge will end the
contact and call hospital security and the police, and the SW (or the
emergency duty team out of hours) will hold a strategy discussion the
same day. If Jade withdraws her agreement to Leo being accommodated, the
SW will request a legal planning meeting the same day to seek an interim
care order. If the Whitlocks cannot take Leo when he is ready to leave
the unit, Kyrewood Fostering will find other approved foster carers, and
Leo will not be discharged until they have completed the nurses'
competency sheet.

7. CORE GROUP AND REVIEW

Core group every 4 weeks: Wednesday 21/05/2025 (neonatal unit family
room), then Wednesday 18/06/2025 and Wednesday 16/07/2025 at Kyrewood
Family Hub, 2pm.
Review child protection conference: Wednesday 06/08/2025, 10am,
Kyrewood Civic Offices.

-- end of export --
""",
    "findings": [
        F("L001"),
        F("X001", "Parenting assessment of Jade, including a period of supervised"),
        F("T001", "Help Jade budget her monthly leaving care allowance"),
        F("T002", "Jade's time with Leo on the unit, supervised"),
        F("W002", "Share any new information about Jade's drug use"),
        F("M001", "Referral for Jade to the Kyrewood Family Nurse Partnership"),
        F("M002", "Jade to keep attending the Kyrewood Drug and Alcohol Service"),
        F("F004"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Review conference plan with an Outcome column merged down over each
#    group of actions; two of the three outcomes are about the mother and
#    most rows are about her own needs (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b73_knappwick_rcpc_outcome_merged_table_fairley.docx",
    "doc_title": "Review Child Protection Plan - Mia and Ezra Fairley",
    "split": "tune",
    "actions": 9,
    "template": "rcpc-plan-docx-outcome-column-merged-down-over-three-rows-action-who-timescale-how-we-will-know",
    "description": (
        "First review conference plan for a 7-year-old and a 28-month-old (mother's misuse of painkillers "
        "bought online, chronic pain and low mood). Outcome | Action | Who | Timescale | How we will know, "
        "the outcome cell merged down over three rows each time (three real Word vertical merges). Two "
        "outcomes are only about the mother (F002 x2) and six of the nine rows are about her own needs with "
        "no child named in the row or its outcome (F001). Faults: a '-' timescale (T001), 'ASAP' and "
        "'Ongoing' (T002 x2), 'Engagement with the service' and 'Lisa feels better' (M002 x2), Talking "
        "Therapies only treating (H001), and no legal step in an otherwise specific contingency (R002). "
        "Hard negatives: 'each school morning', 'at his 27-30 month review', the GP owning actions (no F004)."
    ),
    "check_vmerge": 3,
    "blocks": [
        ("title", "Child Protection Plan – Review"),
        ("p", "Knappwick District Council · Children's Services · Family Safeguarding Team South"),
        ("kv", [
            ("Children", "Mia Fairley (7), Year 2, St Luke's C of E Primary, Knappwick; Ezra Fairley (28 "
                         "months), at home"),
            ("Mother", "Lisa Fairley (33)"),
            ("Fathers", "Mia's father, Gary Hume, lives in Kestlebridge and sees Mia monthly; Ezra's father, "
                        "Tom Pollard, is not in contact"),
            ("Address", "7 Kelpie Row, Knappwick"),
            ("Conference", "First review child protection conference, Tuesday 17/06/2025"),
            ("Initial conference", "18/03/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Kofi Mensah"),
            ("Chair", "Deborah Lyle, Independent Reviewing Officer"),
        ]),
        ("h1", "What has happened since the initial conference"),
        ("p", "Lisa has chronic back pain after a car accident in 2022. She is prescribed co-codamol and "
              "pregabalin, and she told conference she has also been buying tablets online \"to get through "
              "the day\". In April the school could not reach her when Mia was not collected, and Mia's "
              "teacher walked her home to find Lisa asleep on the sofa and Ezra in a dirty nappy in his "
              "cot at 4pm. Since then Lisa has agreed to keep her tablets in a locked box. Mia's attendance "
              "has gone up from 84% to 91%. Lisa says she feels \"flat\" most days and has few people to "
              "talk to."),
        ("h1", "What Mia and Ezra tell us and show us"),
        ("p", "Mia (seen at school on 10 June): \"Mummy is poorly in her back so I get Ezra's milk. Sometimes "
              "she sleeps in the day and I watch CBeebies with him.\" She wants \"Mummy to play outside with "
              "us\" and to go to Brownies like her friend. She said she likes it when Kofi comes \"because "
              "Mummy tidies up\"."),
        ("p", "Ezra is walking and climbing and says a few words. On the SW's visits he went straight to the "
              "fridge and said \"juice\", and he clung to Mia when Lisa left the room. His nappy was wet and "
              "heavy on two of four visits."),
        ("h1", "The plan"),
        ("table", {
            "header": ["Outcome", "Action", "Who", "Timescale", "How we will know"],
            "widths": [3.4, 4.6, 3.1, 2.6, 3.3],
            "rows": [
                ["Lisa manages her pain without taking more tablets than she is prescribed.",
                 "Review Lisa's co-codamol and pregabalin and agree a reducing plan with her",
                 "Dr Helen Ashby, Knappwick Health Centre",
                 "By 11/07/2025",
                 "Reducing plan letter sent to Lisa and the SW"],
                [V,
                 "Refer Lisa to the Knappwick Pain Management Programme",
                 "Dr Helen Ashby",
                 "-",
                 "Referral accepted letter on file"],
                [V,
                 "Weekly key-work sessions about the painkillers Lisa has been buying online",
                 "Lisa Fairley, at Knappwick Drug and Alcohol Service",
                 "Weekly from 24/06/2025",
                 "Engagement with the service"],
                ["Lisa feels less low and has people she can turn to.",
                 "Eight sessions of counselling for Lisa's low mood",
                 "Nathan Coles, therapist, Knappwick Talking Therapies",
                 "Weekly for 8 weeks from w/c 30/06/2025",
                 "Attendance record sent to the SW"],
                [V,
                 "Help Lisa with her debts and a claim for PIP",
                 "SW Kofi Mensah",
                 "ASAP",
                 "PIP claim reference on file"],
                [V,
                 "Lisa to join the women's peer support group at Knappwick Family Hub",
                 "Lisa Fairley",
                 "Ongoing",
                 "Lisa feels better"],
                ["Mia and Ezra are fed, clean and safe at home, and Mia gets to school on time every day.",
                 "See Mia and Ezra at home and Mia on her own at school; check the tablets are in the locked "
                 "box and that there is food in the house",
                 "SW Kofi Mensah",
                 "Every two weeks until the next review",
                 "Visit notes record what Mia says, what was seen of Ezra and whether the box was locked"],
                [V,
                 "Check Mia's attendance and ring Lisa if Mia is not in by 9.15am",
                 "Mrs Joanna Reddy, DSL, St Luke's",
                 "Each school morning",
                 "Attendance printout sent to the SW every Friday"],
                [V,
                 "Ezra's 2-year development review with an ASQ-3 and a language screen",
                 "HV Amy Kirkland",
                 "At his 27–30 month review",
                 "ASQ-3 scores shared with the SW; nursery place and speech referral discussed with Lisa "
                 "if he scores below the cut-off"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Lisa is found drowsy or under the influence while she is caring for the children, if tablets "
              "are found outside the locked box, or if Mia is not collected from school and Lisa cannot be "
              "reached, the SW (or the emergency duty team out of hours) will hold a strategy discussion the "
              "same day. Mia and Ezra will stay with Lisa's sister, Gemma Fairley, at 12 Kelpie Row, until it "
              "is safe for them to go home."),
        ("h1", "Core group and review"),
        ("p", "Core group every 6 weeks at St Luke's C of E Primary, 3.30pm: Tuesday 01/07/2025, Tuesday "
              "12/08/2025 and Tuesday 23/09/2025. Next review child protection conference: Tuesday 16/12/2025, "
              "10am, Knappwick District Offices."),
        ("p", "Plan agreed at conference and sent out by Kofi Mensah (SW) on 18/06/2025."),
    ],
    "findings": [
        F("F002", "Lisa manages her pain without taking more tablets than she is prescribed."),
        F("F002", "Lisa feels less low and has people she can turn to."),
        F("F001"),
        F("T001", "Refer Lisa to the Knappwick Pain Management Programme"),
        F("M002", "Weekly key-work sessions about the painkillers Lisa has been buying"),
        F("H001", "Eight sessions of counselling for Lisa's low mood"),
        F("T002", "Help Lisa with her debts and a claim for PIP"),
        F("T002", "Lisa to join the women's peer support group"),
        F("M002", "Lisa to join the women's peer support group"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan set out as sentences under bold agency headings;
#    the grandparents supervise contact and there is no contingency (PDF)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b73_kelvadon_agency_sentences_no_contingency_adeyemi.pdf",
    "doc_title": "Child Protection Plan - Reece and Ava Adeyemi",
    "split": "tune",
    "actions": 12,
    "template": "icpc-plan-paged-kv-details-outcomes-then-one-sentence-actions-under-bold-agency-headings-no-contingency-section",
    "description": (
        "Initial conference plan for an 11-year-old and a 7-week-old (domestic abuse; father living with his "
        "parents, who supervise contact). The actions are sentences under bold agency headings, with the "
        "evidence in the sentence ('pass anything he says about home to Tom the same day', 'plotted in the "
        "red book') and timescales as routines, ages and events ('each school morning', 'when she is 8 "
        "weeks old', 'at every contact', 'by the first core group'). Faults: a passive weighing sentence "
        "with no one doing it (W001), 'monitor' as the only measure (M002), an assessment and a 'weekly "
        "shop' lesson with no timescale (T001 x2), 'as and when required' with no evidence (T002, M001), "
        "'Everyone in the network' (W002), no contingency at all although the grandparents supervise "
        "contact (C001, C003) and no legal step (R002). Header and page footer."
    ),
    "header": "OFFICIAL-SENSITIVE – Kelvadon Council – Children's Social Care",
    "footer": "Reece and Ava Adeyemi – child protection plan – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Children", "Reece Adeyemi (11), Year 6, Kelvadon Park Primary; Ava Adeyemi, born 27/03/2025 "
                         "(7 weeks)"),
            ("Mother", "Chloe Brandon (27); the children live with her at 15 Keeper's Close, Kelvadon"),
            ("Father", "Femi Adeyemi (30), father of both children; since 20/04/2025 living with his parents, "
                       "Grace and Samuel Adeyemi, at 2 Kittiwake Lane, Kelvadon"),
            ("Conference", "Initial child protection conference, Thursday 15/05/2025"),
            ("Category", "Emotional abuse"),
            ("Social worker", "Tom Heald, Kelvadon Children's Safeguarding Team"),
            ("Chair", "Patricia Okwu"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Police were called to Keeper's Close three times between January and April 2025. On 19 April "
              "Femi threw a mug at the wall during an argument while Chloe was holding Ava; Reece rang 999 "
              "from his bedroom. Femi accepted a police caution and agreed to move to his parents' house. "
              "Chloe and Femi both say they want to stay together \"once things have calmed down\". Chloe "
              "told conference that Femi's temper has got worse since he lost his job in December."),
        ("h1", "What Reece says, and how Ava is"),
        ("p", "Reece (seen at school on 8 May): \"I put my music on loud when they start, but I can still hear "
              "it. I'm scared Dad will hit the baby by accident.\" He said he misses his dad and wants to see "
              "him \"at Nana Grace's, not at ours\", and that he would like to go to the Year 6 residential in "
              "June. He put home at 5 out of 10."),
        ("p", "Ava is feeding well and gaining weight. The health visitor saw her startle and cry at a door "
              "slamming on 6 May and take a long time to settle; she settles best when Chloe holds her "
              "upright against her chest."),
        ("h1", "What we want for Reece and Ava"),
        ("bullets", [
            "Reece and Ava live at home without shouting, threats or violence, and Reece tells us he feels "
            "safe there.",
            "Reece and Ava see their dad in a planned way that is safe for them.",
            "Ava keeps growing well and has her checks and immunisations on time.",
            "Reece goes on his Year 6 residential and starts secondary school in September with a trusted "
            "adult there.",
        ]),
        ("h1", "What needs to happen"),
        ("boldp", "Children's social care – Tom Heald"),
        ("p", "Tom will visit Chloe's home every two weeks to see Reece and Ava and monitor how the children "
              "are. Tom will see Reece on his own at school by the first core group and do a three houses "
              "with him, and the sheet will go on the children's file. Tom will complete a child and family "
              "assessment and share the report with Chloe, Femi and the core group."),
        ("boldp", "Kelvadon Park Primary"),
        ("p", "Mrs Dunmore (DSL) will meet Reece at the school gate each school morning and pass anything he "
              "says about home to Tom the same day."),
        ("boldp", "Health"),
        ("p", "Ava will be weighed at the Kelvadon baby clinic at every contact and plotted in the red book. "
              "Dr Nkem Obi, the family's GP at Kelvadon Health Centre, will do Ava's 8-week check and first "
              "immunisations when she is 8 weeks old and write the results in the red book."),
        ("boldp", "Kelvadon Domestic Abuse Service"),
        ("p", "Mel Hart (IDVA) will update Chloe's safety plan with her as and when required."),
        ("boldp", "Femi"),
        ("p", "Femi will start the Kelvadon Change Programme on Monday 2 June, and the facilitator will send "
              "Tom a mid-course report before the review conference."),
        ("boldp", "Grace and Samuel Adeyemi (paternal grandparents)"),
        ("p", "Grace Adeyemi will supervise Femi's contact with Reece and Ava at her house every Saturday from "
              "10am to 1pm and write a short note of each visit for Tom. Samuel Adeyemi will collect Reece and "
              "Ava from Chloe's home for contact each Saturday and bring them back, signing the contact book at "
              "each handover."),
        ("boldp", "Family support"),
        ("p", "Joanne Price (family support worker) will show Chloe how to plan a weekly shop on her budget and "
              "leave her a written shopping list template."),
        ("boldp", "Everyone"),
        ("p", "Everyone in the network will tell Tom the same day if they see Femi at Chloe's home, and each "
              "report will be logged on the children's file."),
        ("h1", "Core group and review"),
        ("p", "Core group every 4 weeks, 3.45pm at Kelvadon Park Primary: Thursday 29/05/2025, Thursday "
              "26/06/2025 and Thursday 24/07/2025. Review child protection conference: Thursday 07/08/2025, "
              "10am, Kelvadon Council Offices."),
        ("p", "Plan written by Tom Heald (SW) on 16/05/2025 and sent to Chloe, Femi and everyone named in it."),
    ],
    "findings": [
        F("M002", "monitor how the children are"),
        F("T001", "Tom will complete a child and family assessment"),
        F("W001", "Ava will be weighed at the Kelvadon baby clinic"),
        F("T002", "will update Chloe's safety plan with her as and when"),
        F("M001", "will update Chloe's safety plan with her as and when"),
        F("T001", "show Chloe how to plan a weekly shop on her budget"),
        F("W002", "Everyone in the network will tell Tom the same day"),
        F("C001"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Bullet plan with bold owners, no outcomes and no record of the children,
#    and a vague contingency (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b73_kordale_bold_owner_bullets_no_outcomes_whitcombe.md",
    "split": "tune",
    "actions": 12,
    "template": "icpc-plan-md-bold-key-details-then-bold-owner-bullets-under-what-will-happen-no-outcomes-no-child-voice",
    "description": (
        "Initial conference plan for a 3-year-old and a 9-month-old (mother's epilepsy with seizures while "
        "alone with the children, father's depression). Bullets under 'What will happen' with a bold owner, "
        "timescales as routines, ranges and events ('every bath time', 'at his 9-12 month review', 'by "
        "16 May'). Faults: no outcome for the children anywhere (O001) and nothing of their wishes or daily "
        "life (F003); a 'daily routine' picture chart with no timescale (T001); a passive nursery sentence "
        "(W001); 'keep an eye on' (M002); 'as often as he can' (T002); an assessment with no output (M001); "
        "a vague contingency with no legal step (C002, R002); the core group 'to be arranged' (R001). Hard "
        "negatives: the HV's weighing 'every two weeks, ongoing'; Talking Therapies asked about capacity to "
        "change (no H001); the epilepsy nurse owning an action (no F004)."
    ),
    "text": """\
# Child Protection Plan – Lily and Oscar Whitcombe

**Kordale Council – Children's Services – Safeguarding Team 2**

**Children:** Lily Whitcombe (3), Little Otters Nursery; Oscar Whitcombe (9 months)
**Parents:** Hannah Whitcombe (28) and Craig Whitcombe (31), 40 Kestle Gardens, Kordale
**Conference:** Initial child protection conference, Wednesday 30 April 2025
**Category:** Neglect
**Social worker:** Priya Nandra · **Chair:** Alan Fairbrother

## Why there is a plan

Hannah has epilepsy and her tonic-clonic seizures have become more frequent since the winter, from one
every few months to two or three a month. On 2 April she had a seizure at home while Craig was out and
she was alone with the children; she had been running Oscar's bath shortly before. A neighbour called
an ambulance. Craig has depression, has been off work since January and sleeps late most mornings, so
Hannah is often on her own with the children until midday. Hannah and Craig both agreed with the
plan at conference.

## What will happen

- **Priya Nandra (social worker)** will see Lily and Oscar at home every week, one visit in three unannounced, and record where Oscar sleeps and who is looking after the children.
- **Sue Radley, epilepsy nurse specialist, Kordale Neurology Service,** will review Hannah's seizure plan and medication by 30 May and send Priya a copy of the updated seizure plan.
- **Tom Rees, Kordale Talking Therapies,** will see Craig weekly for 12 weeks from 12 May and write to Priya before each core group on whether Craig is making the changes Lily and Oscar need and how long that is likely to take.
- **Craig** will see his GP about his low mood and his sleep by 16 May, and the GP's letter will go on the children's file.
- **Hannah** will only bath Oscar when another adult is in the house, at every bath time, and will tick the bath chart on the bathroom door.
- **Gemma Lord (health visitor)** will weigh Oscar at home and plot his weight in the red book, every two weeks, ongoing.
- **Gemma Lord (HV)** will do Oscar's development check at his 9–12 month review and share the ASQ-3 scores with Priya and the nursery.
- **Nadia Booth (family support worker)** will help Hannah and Craig set up a daily routine for Lily's meals, nap and bedtime, written up as a picture chart on the kitchen wall.
- Lily's nursery place at Little Otters will be increased to 30 hours from 1 September, and her attendance will be emailed to Priya every Friday.
- **Jas Bains, Lily's keyworker at Little Otters,** will keep an eye on how Lily is when she arrives on each nursery day.
- **Craig** will take Lily to the stay and play session at Kordale Children's Centre as often as he can, and the centre will sign her in each time.
- **Priya Nandra (social worker)** will complete a parenting assessment of Hannah and Craig by 27 June.

## If things go wrong

If there are further concerns about the children's safety, the core group will meet to discuss the plan.

## Meetings

- Core group: to be arranged.
- Review child protection conference: Wednesday 23 July 2025, 10am, Kordale Town Hall.
""",
    "findings": [
        F("O001"),
        F("F003"),
        F("T001", "set up a daily routine for Lily's meals, nap and bedtime"),
        F("W001", "Lily's nursery place at Little Otters will be increased"),
        F("M002", "will keep an eye on how Lily is when she arrives"),
        F("T002", "take Lily to the stay and play session"),
        F("M001", "will complete a parenting assessment of Hannah and Craig"),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})
