"""Batch 186, module e: seven fictional plans (tuning material), places beginning with "e".

Everything here is made up: children, families, professionals, services,
schools, hospitals, police forces and councils. Labels were written by hand
from docs/rules.md and the conventions in sample_plans/README.md, without
running planlint or reading its code.

Focus: conditions, refusals and hypotheticals, the grammar of safety in real
plans. Each plan is in a template of its own, and much of its work is said
as prohibitions and agreements not to act ("Daniel will not be alone with
Nell at any time ...", "I will not let Connor into 9 Fern Road ...", "Lee
must not smoke cannabis in the house ...", "Sister Amy Rowe will not let
baby be discharged until ..."), as conditional work inside the plan, not
only in the contingency ("If Nell misses a clinic weigh-in, Sunita will
visit her at home within 24 hours", "Should Riley come in hungry ... Mrs
Hale will ring Marie that day", "unless it shows a new or healing injury",
"If Sophie misses two antenatal appointments in a row, Carla will ...", a
whole "When this happens, this is what we do" table), and as firm work with
"must", "is to", "needs to" and "has agreed to". Among and beside the work
stand sentences that are NOT work and are not counted: background and past
events ("Police were not called that day"), options considered and
rejected ("A residential parent-and-baby assessment could have been asked
for, but ..."), possibilities ("Lacey may need a hearing test"), and the
questions the family asked and the answers given. In the four faulty plans
some work is hedged and vague ("Kerry will try to ... when she can", "It is
hoped that Grandad will ...", "Kayden may be referred ...", "PC Amy Sayer
may issue ... as appropriate", "Nicola will try to cut down ..."), and a
few actions have collective, missing or no owners, vague or missing times
and vague or missing measures. Contingencies are written as several if /
then lines with concrete responses and fallbacks, or as a paragraph.

1. an initial conference plan for an 11-week-old baby with an unexplained
   bruise on her ear, her father living at his mother's: one landscape Word
   table whose "Type" column marks each row WILL, WILL NOT or IF, then
   "Things we talked about that are not part of this plan" (docx,
   exemplary);
2. a review conference plan for a 9-year-old and a 3-year-old whose mother
   drinks, the plan written as "What each of us has agreed", a paragraph of
   sentences under each person's name with background, a rejected option
   and a question among them, and a paragraph contingency (md): faults are
   the mother's hedged "will try to get Ava to nursery herself when she
   can" with no check, the grandfather's hoped-for teas with no check, the
   parenting assessment update with no time, the nursery's "keep an eye
   on", a speech and language referral that "may be" made by no one with
   no check, "Everyone working with the family" telling the social worker
   "as soon as possible", an outcome about the mother only, and no fallback
   if the grandfather's help stops (T002 x2, M001 x3, T001, M002, W001,
   W002, F002, C003);
3. an initial conference plan after domestic abuse, for a 7-year-old and a
   2-year-old, written as a signed safety agreement: numbered "I will" and
   "I will not" promises by the mother, the younger child's father and the
   maternal grandmother, each with "Until" and "Checked by", signed, then
   "Part B: What we will do" table, the family's questions and their
   answers, page header and footer (pdf, exemplary);
4. the third core group's notes for a 12-year-old and a 6-year-old (neglect;
   the mother's depression under the community mental health team, her
   partner's cannabis use), the plan a numbered "AGREED TODAY" list of
   must / is to / if lines with bracketed notes that are not actions (txt):
   faults are the care coordinator's support visits only (attendance its
   only check), the mother's hedged "try to get up with Lacey when she
   feels able" with no check, a young carers referral that "may be" made by no
   one with no check, "Home conditions to be monitored", "Family" making
   sure there is food in, the grandmother's weekends "as and when needed",
   a contingency that only says the core group will meet to review, and no
   legal planning (H001, T002 x2, M001 x2, W001 x2, M002, W002, C002, C003,
   R002);
5. a review conference plan for a 3-year-old and a 14-month-old whose
   mother has bipolar disorder, in two landscape tables, "Part 1: Regular
   work" and "Part 2: When this happens, this is what we do" (trigger,
   response, who, how fast, how we will know), with a note of options not
   taken, page header and footer (pdf): faults are the care coordinator's
   support visits "Monitored", the nursery start "As soon as a place is
   free", the great-aunt's mornings with "-" for how we will know, the
   routines sessions owned by "TBC", "Professionals" making an extra visit,
   an outcome about the mother only, and a review conference "to be
   arranged" (H001, M002, T002, M001, W002 x2, F002, R001);
6. a pre-birth plan for the baby of a 19-year-old care leaver and a father
   who uses cannabis and once grabbed her by the throat, as bullet lists
   under three stage headings, each bullet with a bold owner, "until" and
   "unless" conditions, then "What was talked about but is not part of the
   plan" (md, exemplary);
7. a review conference plan for a 14-year-old who goes missing and is being
   exploited, whose mother misuses codeine and pregabalin: a Word document
   with a heading per worry, a "Because" paragraph and a "So that" line,
   then numbered steps in must / needs to / will not / if / may / hoped
   grammar, then "What we decided against, and Tyler's questions" (docx):
   faults are the police officer who "may issue" warning notices "as
   appropriate" with no check, a hoped-for boxing place with no time or
   check, the mother's hedged "will try to cut down" with no time or check,
   a passive "may be referred" to the recovery service, the aunt's help "as
   and when needed", "Everyone" keeping "an eye on" Tyler's mood, and the
   mother's drug misuse with no adult service owning any action (T002 x2,
   M001 x3, T001 x2, W001, W002, M002, F004).

Three plans (1, 3 and 6) are exemplary: every action, including every
prohibition and every conditional step, has a named owner, a real timescale
and something that can be seen, counted or read; every outcome is about the
child; each contingency has specific triggers and concrete protective
responses and says what happens if a relative's help fails; each records the
child's voice or the baby's observed world, core group dates and a dated
review conference, and legal planning after named triggers; an adult
service owns actions where a parent is ill or uses drugs or alcohol (the GP
in 1, the alcohol service and talking therapies in 3, the drug service in
6), and the one adult mental health service (talking therapies in 3) is
asked to report on the parent's capacity to change and its likely
timescale.

Counting convention used for "actions" (README convention 1): each row of
an action table (whatever its Type, and in plan 5 each row of both tables),
each numbered promise of the safety agreement, each numbered line of the
core group's "AGREED TODAY" list, each bullet of the stage lists, each
numbered step under the worry headings, and each sentence of the "What
each of us has agreed" paragraphs that commits someone to do, or not to do,
something counts once, whatever number of sentences a row, promise, line or
step holds. Conditional steps ("If ..., X will ...", "Should ..., X will
...") in an action section are actions. Sentences of background, past
events, options considered and rejected, possibilities, and questions the
family asked, whether among the actions or in their own sections, are not
counted; nor are the details, worries, what is going well, the children's
words, outcomes and "So that" lines, bracketed notes, the contingency,
"Agreed by" signatures, or the meeting dates.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan for a baby with an unexplained bruise: one landscape table
#    with a Type column (WILL / WILL NOT / IF). Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b186_eldenshaw_icpc_type_column_will_wont_if_okafor.docx",
    "doc_title": "Child Protection Plan - Nell Okafor",
    "split": "tune",
    "actions": 16,
    "landscape": True,
    "template": "icpc-baby-plan-docx-landscape-kv-details-why-going-well-nells-day-outcomes-then-one-table-ref-type-will-will-not-if-what-who-until-or-by-when-how-well-check-with-a-key-to-the-types-then-things-we-talked-about-not-in-the-plan-then-if-things-go-wrong-lines-core-group-and-review",
    "description": (
        "Exemplary initial conference plan for an 11-week-old baby girl with an unexplained bruise on her "
        "ear; her father, who once pushed her mother, has moved to his own mother's house, and her mother "
        "has anxiety treated by her GP. The plan is one landscape Word table whose 'Type' column marks "
        "each row WILL, WILL NOT (a safety agreement: the father not alone with the baby until the "
        "parenting assessment ends, the mother not leaving her with anyone else, no smoking) or IF "
        "(conditional work: a home visit within 24 hours of a missed weigh-in, the mother taking the baby "
        "to the GP the same day she sees a mark, a repeat skeletal survey 'unless it shows a new or "
        "healing injury', a referral if the programme turns the father down), each with a named owner, "
        "a real 'Until / by when' and a check. A section of things talked about but not in the plan (a "
        "residential assessment not needed, the mother's question about the christening, a second look "
        "at the ear the paediatrician did not think needed) holds no work. Both grandmothers' help has a "
        "fallback, legal planning follows named triggers, and meetings are dated."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Eldenshaw City Council · Children's Social Care · Safeguarding Team East"),
        ("kv", [
            ("Child", "Nell Okafor, born 02/12/2025 (11 weeks at the conference)"),
            ("Address", "Flat 3, 14 Marsh Lane, Eldenshaw EL2 6TB, with her mum"),
            ("Mother", "Chloe Barnes (21)"),
            ("Father", "Daniel Okafor (24), staying with his mother, Grace Okafor, at 27 Kiln Street, "
                       "Eldenshaw, since 07/02/2026"),
            ("Maternal grandmother", "Joanne Barnes, 5 Orchard Walk, Eldenshaw"),
            ("Category", "Physical abuse"),
            ("Conference", "Initial child protection conference, Tuesday 17/02/2026. Chair: Margaret Ince (IRO)"),
            ("Social worker", "Hollie Marsh (team manager: Andrew Pike)"),
            ("Health", "Sunita Rao (health visitor); Dr Farah Qureshi (GP, Marsh Lane Surgery); Dr Tom "
                       "Hanley (consultant paediatrician, Eldenshaw General Hospital)"),
            ("Police", "DC Ryan Holt, Child Abuse Investigation Team"),
        ]),
        ("h1", "Why Nell has a plan"),
        ("p", "On 06/02/2026 Chloe noticed a bruise on Nell's left ear when she changed her, and took her to "
              "the GP that afternoon. The GP sent her to Eldenshaw General Hospital. Dr Hanley found bruising "
              "on the front and back of the ear which he said was likely to have been caused by a pinch or a "
              "squeeze. Daniel said Nell had rolled against the bars of her cot, but at nine weeks Nell could "
              "not roll. Her skeletal survey and head scan on 07/02/2026 were clear. Police were not called "
              "by the family; the hospital made the referral, and the strategy discussion was held on "
              "07/02/2026. Daniel was interviewed by the police on 10/02/2026 and released under "
              "investigation."),
        ("p", "Chloe told the health visitor in December that Daniel pushed her against the kitchen door "
              "in November 2025, when Nell was two weeks old, after an argument about money. Chloe has had "
              "anxiety since she was 16; Dr Qureshi started her on sertraline in January 2026. Chloe says "
              "the nights are the hardest: Nell wakes three times and Chloe lies awake worrying between "
              "feeds."),
        ("h1", "What is going well"),
        ("bullets", [
            "Chloe saw the bruise and got Nell seen by a doctor the same day.",
            "Daniel moved to his mother's house the day after the strategy discussion, without being asked "
            "twice, and has kept to seeing Nell only at Grace's.",
            "Nell is gaining weight well: she was on the 25th centile at birth and is now just above it.",
            "Joanne and Grace both want to help, and both came to the conference.",
        ]),
        ("h1", "Nell's day"),
        ("p", "Nell cannot tell us what her days are like, so this is what Sunita and Hollie have seen. Nell "
              "feeds every three hours and takes 120ml well. On 12/02/2026 she was asleep on her back in her "
              "Moses basket in Chloe's room, and woke smiling when Chloe spoke to her. When Chloe is worried "
              "her hands shake during feeds and Nell squirms and cries; when Joanne holds her she settles "
              "quickly. At Grace's on 14/02/2026 Hollie saw Daniel feed her gently and wind her over his "
              "shoulder, talking to her all the time."),
        ("h1", "What we want for Nell"),
        ("bullets", [
            "Nell is never hurt again: she has no unexplained marks, and every adult who holds her handles "
            "her gently.",
            "Nell is fed when she is hungry and keeps growing along her centile line in her red book.",
            "Nell lives in a calm home where no adult shouts at, pushes or hurts another.",
            "By the review conference we know whether Nell can be cared for safely by each of her parents, "
            "and how.",
        ]),
        ("h1", "The plan"),
        ("p", "Type: WILL is something that will happen. WILL NOT is a safety agreement: something that must "
              "not happen. IF is something that will happen only when the thing at the start of the row "
              "happens. Every row says who, until or by when, and how we will check."),
        ("table", {
            "header": ["Ref", "Type", "What", "Who", "Until / by when", "How we'll check"],
            "widths": [1.2, 2.0, 8.3, 4.0, 4.2, 6.0],
            "rows": [
                ["1", "WILL NOT",
                 "Daniel will not be alone with Nell at any time, will not bath, change or feed her without "
                 "another adult in the room, and will not care for her overnight",
                 "Daniel Okafor (agreed at the conference)",
                 "Until the parenting assessment ends (report due 27/03/2026)",
                 "Chloe asked on her own at every social work visit who has cared for Nell, and her answer "
                 "written on the visit record; Grace's contact book (row 2)"],
                ["2", "WILL",
                 "Daniel's time with Nell will be at Grace's house, 27 Kiln Street, every Tuesday and "
                 "Saturday from 10am to 1pm, with Grace in the room the whole time",
                 "Grace Okafor (paternal grandmother)",
                 "Every Tuesday and Saturday until 27/03/2026",
                 "Grace fills in the contact book after each visit (how Daniel fed, changed and held Nell, "
                 "and anything that worried her); Hollie reads it every Monday"],
                ["3", "WILL NOT",
                 "Chloe will not leave Nell in the care of anyone other than Joanne Barnes or Grace Okafor, "
                 "and never with Daniel on his own",
                 "Chloe Barnes",
                 "Until the review conference on 12/05/2026",
                 "Chloe tells Hollie at each visit who has looked after Nell since the last one; written on "
                 "the visit record"],
                ["4", "WILL",
                 "Home visits to Chloe and Nell, at least one in three unannounced: see Nell awake and "
                 "undressed, look at her skin, and see where she sleeps",
                 "Hollie Marsh, social worker",
                 "Every week from 18/02/2026 until the review conference",
                 "Visit record on the case file within 48 hours, with a body map if any mark is seen"],
                ["5", "WILL",
                 "Weigh Nell at Marsh Lane baby clinic, check her skin, and go through feeding and sleep "
                 "with Chloe",
                 "Sunita Rao, health visitor",
                 "Every other Thursday from 19/02/2026 until Nell is 6 months old (02/06/2026)",
                 "Weight plotted in the red book; each contact note e-mailed to Hollie within 2 working days"],
                ["6", "IF",
                 "If Nell misses a clinic weigh-in, Sunita will visit her at home within 24 hours, weigh "
                 "her and check her skin",
                 "Sunita Rao, health visitor",
                 "Within 24 hours of any missed weigh-in",
                 "Home visit note and weight in the red book; Hollie told by phone the same day"],
                ["7", "IF",
                 "Should Chloe find any mark or bruise on Nell, she will ring Hollie (or the Emergency Duty "
                 "Team after 5pm) and take Nell to the GP or to A&E",
                 "Chloe Barnes",
                 "The same day the mark is seen",
                 "GP or A&E record of the visit; Hollie's case note of Chloe's call"],
                ["8", "WILL",
                 "Repeat skeletal survey at Eldenshaw General Hospital; unless it shows a new or healing "
                 "injury, no more imaging is planned. Dr Hanley will write to Hollie with the result",
                 "Dr Tom Hanley, consultant paediatrician",
                 "Survey on 19/02/2026; letter within 2 working days of it",
                 "Result letter on Hollie's file by 23/02/2026; any new finding phoned to Hollie the same "
                 "day"],
                ["9", "WILL",
                 "Parenting assessment of Chloe and Daniel, seen apart and together, including how each of "
                 "them copes when Nell cries and what each understands about her bruise",
                 "Hollie Marsh, social worker",
                 "Weekly sessions from 23/02/2026; report by 27/03/2026",
                 "Written report with a recommendation about each parent's care of Nell, shared with Chloe, "
                 "Daniel and the core group by 27/03/2026"],
                ["10", "WILL",
                 "Go through safe handling, safe sleep and ICON (coping with a crying baby) with Chloe and "
                 "with Daniel, each on their own",
                 "Sunita Rao, health visitor",
                 "By 06/03/2026",
                 "ICON checklist signed by each parent; copy on Hollie's file"],
                ["11", "WILL",
                 "Daniel is to go to the assessment for the Eldenshaw Safer Relationships programme (for "
                 "men who have hurt a partner) and, if he is offered a place, to every weekly session",
                 "Daniel Okafor",
                 "Assessment by 06/03/2026; then every Wednesday evening",
                 "Assessment letter to Hollie by 06/03/2026; attendance register sent to Hollie at the end "
                 "of each month"],
                ["12", "IF",
                 "If the programme's assessment says it is not right for Daniel, Hollie will refer him for "
                 "one-to-one work with the Family Safeguarding domestic abuse practitioner",
                 "Hollie Marsh, social worker",
                 "Within 5 working days of the assessment letter",
                 "Referral on file; the practitioner's first appointment letter copied to Hollie"],
                ["13", "WILL",
                 "Review Chloe's anxiety and her sertraline, and write to Hollie about how her anxiety "
                 "affects her care of Nell, especially at night",
                 "Dr Farah Qureshi, GP, Marsh Lane Surgery",
                 "By 06/03/2026",
                 "GP letter on Hollie's file"],
                ["14", "WILL",
                 "Stay at Chloe's flat and do the 2am feed, so that Chloe gets a full night's sleep twice a "
                 "week",
                 "Joanne Barnes (maternal grandmother)",
                 "Every Friday and Saturday night until the review conference",
                 "Joanne signs Nell's feed chart each morning; Sunita reads it at each weigh-in"],
                ["15", "WILL NOT",
                 "Chloe will not let anyone smoke in the flat, on the balcony or in a car with Nell",
                 "Chloe Barnes",
                 "From 17/02/2026, every day",
                 "Hollie and Sunita check for smoke and ashtrays at every home visit and write it on their "
                 "visit records"],
                ["16", "WILL",
                 "Tell Hollie the outcome of the police investigation into Nell's bruise",
                 "DC Ryan Holt, Child Abuse Investigation Team",
                 "By 27/03/2026, or within 24 hours of any charging decision",
                 "E-mail from DC Holt on Hollie's file"],
            ],
        }),
        ("h1", "Things we talked about that are not part of this plan"),
        ("bullets", [
            "A residential parent-and-baby assessment could have been asked for, but the conference agreed "
            "it is not needed while Chloe is caring for Nell safely at home with her mother's help.",
            "Chloe asked whether Daniel can come to Nell's christening at St Aidan's Church on 19/04/2026. "
            "The chair said the answer depends on the parenting assessment, so it was not agreed at the "
            "conference.",
            "Nell might have needed a second look at her ear by the paediatrician, but Dr Hanley saw her "
            "again on 13/02/2026 and said it was not needed.",
        ]),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Nell has any mark or bruise that is not clearly explained, or anyone finds Daniel alone with "
            "her: Hollie holds a strategy discussion with the police and health the same day; Nell and Chloe "
            "go to stay with Joanne at 5 Orchard Walk that night; and Hollie asks Andrew Pike (team manager) "
            "for a legal planning meeting within 5 working days.",
            "If Chloe lets Daniel care for Nell on his own, or lets him stay at the flat, Hollie will ask "
            "for a legal planning meeting within 5 working days to consider the Public Law Outline.",
            "If Grace cannot supervise a contact (she is ill, away, or it is not going well), the contact "
            "does not go ahead; Grace or Daniel rings Hollie that day, and Hollie arranges supervised "
            "contact at Eldenshaw Family Centre within a week.",
            "If Joanne cannot stay on a Friday or Saturday night, Chloe rings Hollie or Sunita by noon that "
            "Friday; Grace will stay instead (she agreed this on 16/02/2026). If neither grandmother can "
            "stay, Sunita visits Chloe and Nell at home by 10am the next morning.",
            "If the parenting assessment on 27/03/2026 says Daniel cannot care for Nell safely, or the police "
            "charge Daniel, Hollie will ask for a legal planning meeting before the review conference.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at Marsh Lane Family Hub, Tuesdays at 10am: 03/03/2026, 31/03/2026 "
            "and 28/04/2026.",
            "Review child protection conference: Tuesday 12/05/2026 at 10am, Eldenshaw Civic Centre.",
        ]),
        ("p", "Plan sent to Chloe, Daniel, Joanne, Grace and every agency on 19/02/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. RCPC plan written as "What each of us has agreed": a paragraph of
#    sentences under each person's name, with background, a rejected option
#    and a question among them; paragraph contingency. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b186_embervale_rcpc_what_each_of_us_agreed_paragraphs_doherty.md",
    "split": "tune",
    "actions": 18,
    "template": "rcpc-plan-md-details-table-why-still-a-plan-what-has-changed-rileys-words-and-avas-day-outcomes-then-what-each-of-us-has-agreed-h3-per-person-or-service-each-a-paragraph-of-will-will-not-must-if-should-hoped-may-sentences-with-background-rejected-option-and-question-sentences-among-them-then-paragraph-contingency-meetings",
    "description": (
        "Review conference plan for a 9-year-old boy and a 3-year-old girl whose mother drinks; their "
        "father has them every other weekend and their grandfather walks them to school. The plan is "
        "written as 'What each of us has agreed': a paragraph under each person's or service's name, "
        "each sentence that commits someone (including 'will not drink ...', 'must not drink, or take "
        "the children to the Feathers ...', 'If Kerry misses a breath test ..., Marie will visit', "
        "'Should Riley come in hungry ..., Mrs Hale will ring') being one action, with past events, a "
        "rejected rehab placement and the father's question among them that are not. The contingency "
        "is a paragraph. Faults: the mother's hedged 'will try to get Ava to nursery herself when she "
        "can' with no check; the grandfather's hoped-for Thursday teas with no check; the parenting "
        "assessment update with no time; the nursery's 'keep an eye on'; a speech and language referral "
        "that 'may be' made by no one, with no check; 'Everyone working with the family' telling the "
        "social worker 'as soon as possible'; an outcome about the mother only; and no fallback if the "
        "grandfather's help stops."
    ),
    "text": """\
# Embervale Council - Children's Services

## Child protection plan: Riley and Ava Doherty

Made at the review child protection conference on Thursday 19/02/2026 at Embervale Council Offices.
Chair: Helen Barraclough (IRO). Category: neglect (both children), since the initial conference on
20/11/2025.

| Who's who | |
|---|---|
| **Riley Doherty** | born 11/05/2016 (9), Year 5 at St Mark's CE Primary School |
| **Ava Doherty** | born 14/08/2022 (3), Little Oaks Nursery (mornings) |
| **Kerry Doherty** | Mum (34), 22 Fallow Road, Embervale EV3 8PL, where the children live |
| **Sean Doherty** | Dad (36), 4 Canal View, Embervale |
| **Tony Walsh** | Grandad (Kerry's dad, 61), 9 Fallow Road |
| **Marie Quinn** | Social worker, Embervale Children's Services (team manager: Phil Adair) |
| **Lena Fry** | Recovery worker, Embervale Recovery (alcohol service) |
| **Mrs Jo Hale** | Deputy head and Designated Safeguarding Lead, St Mark's |
| **Sam Beattie** | Manager, Little Oaks Nursery |
| **Bev Kaur** | School nurse, Embervale 0-19 Service |

### Why Riley and Ava still have a plan

Kerry has been drinking wine every day since her mum died in 2024. On 28/10/2025 she came to collect Ava
from nursery smelling of alcohol and fell on the steps with Ava in her arms; nursery staff rang the
police, who took Kerry and Ava home to Grandad's. Riley told his teacher he makes Ava's tea "when Mum is
asleep on the sofa". In the autumn term Riley's attendance was 84% and he was late 19 times. Ava is
three and says only a few single words.

### What has changed since the initial conference

Kerry started at Embervale Recovery in December. Her AUDIT score has come down from 28 to 16, and 9 of
her 11 breath tests have read zero; she missed two key-work sessions in January. Riley's attendance
since Christmas is 93%. Grandad has walked the children to school three mornings a week since
November. Marie found the house clean and food in the fridge at her last four visits.

### What Riley says, and Ava's day

Riley (seen on his own by Marie at school, 10/02/2026): "Mum's better now. She doesn't sleep on the
sofa in the day." "I still check the bin for bottles." "I like it when Grandad walks us, he tells
jokes." He scored home as 7 out of 10, up from 3 in November. He wants "Mum to stay like this" and to
go to football club on Thursdays.

Ava cannot tell us in words, so this is what Marie and the nursery have seen. Ava runs to Grandad at
the nursery door and waves him off. On mornings when Kerry brings her she is often late and has not
had breakfast; she eats two bowls of cereal at the nursery's breakfast table. At home on 03/02/2026
she brought Marie her books and pointed at the pictures, saying "dog" and "bus".

### What we want for Riley and Ava

1. Riley and Ava are always looked after by a sober adult, day and night.
2. Riley goes to school every day and no longer has to get Ava ready or make the tea.
3. Ava goes to every nursery session, and her talking catches up with other children her age.
4. Kerry stays sober and manages her drinking.

## What each of us has agreed

Under each name, each sentence that says someone will (or will not) do something is part of the plan.
The other sentences explain why, or record something that was talked about.

### Kerry (Mum)

Kerry will not drink any alcohol on a day when she is looking after Riley and Ava, from now until the
review conference on 14/05/2026, and Lena will breathalyse her at every key-work session and send Marie
the readings each week. Kerry went to Embervale Recovery once before, in 2023, and stopped after three
sessions. Kerry has agreed to go to her key-work session with Lena every Tuesday at 11am until the
review conference, and Lena will send Marie the attendance at the end of each month. Kerry will try to
get Ava to nursery herself when she can. A residential rehab placement was talked about at the
conference, but Kerry did not want to go and the conference agreed it is not needed while her readings
are clear.

### Sean (Dad)

Sean will have Riley and Ava at his flat every other weekend, from Friday at 6pm to Sunday at 5pm, and
Marie will ask Riley on his own after each weekend how it went and write down what he says. Sean must
not drink, or take the children to the Feathers, during his weekends with them until the review
conference; Marie will ask Riley about this at each of her visits and record his answer. Sean asked the
conference whether the children could come and live with him. The conference did not agree to this,
and it is not part of this plan.

### Grandad Tony

Grandad Tony will walk Riley and Ava to school and nursery every Monday, Wednesday and Friday morning,
and the nursery's drop-off book will show his signature on those days. It is hoped that Grandad will
also give the children their tea on Thursdays.

### Marie Quinn (social worker)

Marie will visit 22 Fallow Road every week until the review conference, one visit in three
unannounced, seeing Riley and Ava on their own and writing up each visit within 48 hours. If Kerry
misses a breath test or a key-work session, Marie will visit unannounced that day, see both children,
and record on the case file whether Kerry was sober. Marie will update the parenting assessment of
Kerry and share the report with Kerry, Sean and the core group. Marie will do four sessions of direct
work with Riley, one every fortnight from 05/03/2026, using his worry jar, and keep his words and
pictures on his file.

### St Mark's and Little Oaks Nursery

Mrs Hale will check Riley's attendance and late marks every Friday and e-mail the week's figures to
Marie, who will keep them on his file. Should Riley come in hungry,
tired or worried about home, Mrs Hale will ring Marie that day and record the call on CPOMS. Little
Oaks Nursery will keep an eye on how Ava arrives each morning.

### Health

Bev Kaur, the school nurse, will see Riley in school every other Wednesday from 04/03/2026 for six
sessions about his sleep and his worries, and send Marie his own worry score out of 10 after each one.
Ava may be referred to speech and language therapy by the Easter holidays.

### Embervale Recovery

Lena Fry will repeat Kerry's AUDIT by 20/03/2026 and write to Marie before the review conference on
whether Kerry has cut down, whether she is likely to stay sober, and what that means for her care of
Riley and Ava.

### Everyone

Everyone working with the family will tell Marie about any worries as soon as possible, and Marie will
note each one on the case file.

## If things go wrong

If Kerry is found to have been drinking while she is looking after the children, or a breath test
reads above zero, Marie will visit that day and Riley and Ava will go to Sean's flat or to Grandad
Tony's house until a strategy discussion, held by Marie with the police and health that day, has
decided what happens next. If Riley tells anyone that an adult at home has been drunk, Mrs Hale or the
nursery will ring Marie (or the Emergency Duty Team after 5pm) at once and Marie will visit the same
day. If Kerry has two breath tests above zero before the review conference, Marie will ask Phil Adair
for a legal planning meeting within five working days.

## Meetings

- Core group every four weeks at St Mark's, Thursdays at 3.30pm: 05/03/2026, 02/04/2026 and
  30/04/2026.
- Review child protection conference: Thursday 14/05/2026 at 10am, Embervale Council Offices.

Plan sent to Kerry, Sean, Tony and every agency on 23/02/2026.
""",
    "findings": [
        F("T002", "Kerry will try to get Ava to nursery herself"),
        F("M001", "Kerry will try to get Ava to nursery herself"),
        F("M001", "It is hoped that Grandad will also give the children their tea"),
        F("T001", "Marie will update the parenting assessment of Kerry"),
        F("M002", "Oaks Nursery will keep an eye on how Ava arrives"),
        F("W001", "Ava may be referred to speech and language therapy"),
        F("M001", "Ava may be referred to speech and language therapy"),
        F("W002", "Everyone working with the family will tell Marie about any worries"),
        F("T002", "Everyone working with the family will tell Marie about any worries"),
        F("F002", "Kerry stays sober and manages her drinking."),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. ICPC plan as a signed safety agreement: numbered "I will" / "I will not"
#    promises per adult with Until and Checked by, signatures, then Part B
#    professionals' table, the family's questions. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b186_esketon_icpc_signed_safety_agreement_i_will_promises_pryor.pdf",
    "doc_title": "Child Protection Plan and Safety Agreement - Mason and Freya Pryor",
    "split": "tune",
    "actions": 19,
    "min_pages": 3,
    "header": "Esketon Borough Council - Children's Services - Child Protection Plan and Safety Agreement",
    "footer": "Mason and Freya Pryor - initial conference 17/03/2026 - Page {PAGE} of {NUMPAGES}",
    "template": "icpc-plan-paged-header-footer-kv-details-why-going-well-masons-words-freyas-day-outcomes-then-part-a-signed-safety-agreement-numbered-i-will-and-i-will-not-promises-per-adult-each-with-until-and-checked-by-then-agreed-by-signature-line-then-part-b-what-we-will-do-table-then-questions-the-family-asked-and-answers-then-if-the-agreement-is-broken-lines-meetings",
    "description": (
        "Exemplary initial conference plan for a 7-year-old boy and a 2-year-old girl after the younger "
        "child's father, drunk, pushed their mother against a door while she held the baby; he is on bail, "
        "drinks most evenings and has low mood. Part A is a safety agreement: numbered promises in the "
        "first person by the mother, the father and the maternal grandmother ('I will not let Connor into "
        "9 Fern Road ...', 'If Connor comes to the door or messages me, I will ...', 'I will see Freya only "
        "at Nana Sue's house ...', 'If Connor smells of drink or gets angry, I will end the contact ...'), "
        "each with 'Until' and 'Checked by', over an 'Agreed by' signature. Part B is the professionals' "
        "table. The family's questions and the answers given, a refuge talked about and declined, and "
        "past call-outs are not work. The alcohol service and talking therapies own actions and report on "
        "the father's capacity to change; the grandmother's help has fallbacks; legal planning follows "
        "named triggers; meetings are dated."
    ),
    "blocks": [
        ("title", "Child Protection Plan and Safety Agreement"),
        ("p", "Made at the initial child protection conference on Tuesday 17/03/2026 at Esketon Town Hall. "
              "Chair: Rosalind Ferris (Independent Reviewing Officer)."),
        ("kv", [
            ("Children", "Mason Pryor, born 04/02/2019 (7), Year 2 at Esketon Park Primary School; Freya "
                         "Maddox-Pryor, born 19/01/2024 (2), Bluebell Nursery"),
            ("Mother", "Leah Pryor (28), 9 Fern Road, Esketon ES5 2LW, where the children live"),
            ("Freya's father", "Connor Maddox (30), staying with his mother at 41 Weir Street, Esketon. On "
                               "police bail until 28/04/2026, not to go to Fern Road or contact Leah"),
            ("Mason's father", "Luke Garner, lives in Cornwall; rings Mason most Sundays"),
            ("Maternal grandmother", "Susan (Nana Sue) Pryor, 3 Hollybank, Esketon"),
            ("Category", "Emotional abuse (both children)"),
            ("Social worker", "Kate Ellery, Esketon Children's Services (team manager: Graham Fenwick)"),
        ]),
        ("h1", "Why Mason and Freya have a plan"),
        ("p", "On 28/02/2026 Connor came home drunk, threw a mug at Leah and pushed her hard against the "
              "kitchen door while she was holding Freya. Mason hid under the table and rang Nana Sue, who "
              "rang 999. Connor was arrested and is on bail. There were three police call-outs to Fern Road "
              "in 2025 for arguments; on two of them the police were called by neighbours, not by Leah. "
              "Connor lost his job in August 2025, has drunk most evenings since, and his GP referred him to "
              "Esketon Talking Therapies for low mood in January 2026. A move to a refuge was talked about "
              "with Leah on 02/03/2026; she chose to stay at Fern Road with a new lock and a police marker."),
        ("h1", "What is going well"),
        ("bullets", [
            "Leah has kept to Connor's bail conditions and told Kate straight away when he texted her on "
            "05/03/2026.",
            "Connor admitted what he did at the conference, and has asked for help with his drinking.",
            "Nana Sue lives ten minutes away, and Mason knew to ring her.",
            "Freya is a happy, busy toddler, and Mason is doing well with his reading.",
        ]),
        ("h1", "What Mason says, and Freya's day"),
        ("p", "Mason (seen on his own by Kate at school, 10/03/2026): \"I heard the mug smash and I went under "
              "the table like in a fire drill.\" \"I rang Nana because she always answers.\" \"I don't want "
              "Connor to come back if he's going to be drunk.\" He scored how safe he feels at home as 6 out "
              "of 10, and 9 out of 10 at Nana Sue's. He has been sleeping in Leah's bed since the night it "
              "happened."),
        ("p", "Freya is two and uses a few words. At nursery she plays in the home corner and likes the water "
              "tray. Since 28/02/2026 her key worker has seen her cover her ears and cry when other children "
              "shout. At Nana Sue's on 14/03/2026 Kate saw Freya run to Connor, sit on his knee and show him "
              "her shoes."),
        ("h1", "What we want for Mason and Freya"),
        ("bullets", [
            "Mason and Freya live without shouting, throwing and hurting at home.",
            "Mason feels safe enough to sleep in his own bed and can talk to a grown-up about his worries.",
            "Freya only sees her dad when he is sober and calm, with Nana Sue there.",
            "Freya goes to nursery regularly, and her talking and play keep developing.",
        ]),
        ("h1", "Part A - The safety agreement"),
        ("p", "Each promise below says until when it lasts and how it will be checked. The adults who made "
              "them signed this agreement at the end of the conference."),
        ("h2", "Leah's promises"),
        ("pi", "A1. I will not let Connor into 9 Fern Road, or meet him with Mason or Freya, until the review "
               "conference on 16/06/2026. Checked by: Kate asking Mason on his own at every visit, and PC "
               "Brook telling Kate of any police call-out to Fern Road within 24 hours."),
        ("pi", "A2. If Connor comes to the door or messages me, I will ring 999 if he is at the house, and I "
               "will tell Kate about any message the same day. Checked by: the police log, and the "
               "screenshots I show Kate at her next visit."),
        ("pi", "A3. I will take Freya to Bluebell Nursery every Monday, Tuesday and Thursday morning, from "
               "23/03/2026. Checked by: the nursery register, sent to Kate every Friday."),
        ("pi", "A4. I will go to the Freedom Programme at Esketon Family Hub every Wednesday at 10am for 12 "
               "weeks, from 25/03/2026 to 10/06/2026. Checked by: the register, sent to Kate each month."),
        ("p", "Agreed by: Leah Pryor, signed 17/03/2026"),
        ("h2", "Connor's promises"),
        ("pi", "C1. I will not go to 9 Fern Road, Esketon Park Primary School or Bluebell Nursery, and I will "
               "not contact Leah or Mason, until the review conference on 16/06/2026. Checked by: PC Brook "
               "telling Kate of any report that I have been there within 24 hours; the school and nursery "
               "ringing Kate if I am seen."),
        ("pi", "C2. I will see Freya only at Nana Sue's house, every Saturday from 10am to 12 noon with Sue in "
               "the room, and I will not drink on the day of contact or the night before, until 16/06/2026. "
               "Checked by: Sue's contact book (whether I was sober and calm), which Kate reads every "
               "Monday."),
        ("pi", "C3. I will go to my assessment at Esketon Alcohol Service on 24/03/2026 and then to every "
               "weekly key-work session, with a breath test at each one. Checked by: Rob Tennant's letter "
               "to Kate each month with my attendance and readings."),
        ("pi", "C4. I will go to the assessment for the Esketon Change Project (for men who have been abusive "
               "to a partner) by 10/04/2026, and to every weekly group if I am offered a place. Checked by: "
               "the assessment letter to Kate by 10/04/2026, then the monthly register."),
        ("p", "Agreed by: Connor Maddox, signed 17/03/2026"),
        ("h2", "Nana Sue's promises"),
        ("pi", "S1. I will be in the room for the whole of every Saturday contact between Connor and Freya at "
               "my house, until 16/06/2026. If Connor smells of drink or gets angry, I will end the contact, "
               "ask him to leave and ring Kate (or the Emergency Duty Team) that day. Checked by: my contact "
               "book, which Kate reads every Monday."),
        ("pi", "S2. I will collect Mason from school every Tuesday and Thursday at 3.15pm and give him his tea "
               "while Leah works her late shifts, until 16/06/2026. Checked by: the school's collection "
               "log."),
        ("p", "Agreed by: Susan Pryor, signed 17/03/2026"),
        ("h1", "Part B - What we will do"),
        ("table", {
            "header": ["No.", "What we will do", "Who", "When", "What you will see"],
            "widths": [1.0, 6.4, 3.3, 2.9, 3.4],
            "rows": [
                ["B1", "Visit Mason and Freya at home, at least one visit in three unannounced; see Mason on "
                       "his own and Freya awake",
                 "Kate Ellery, social worker",
                 "Every week until 16/06/2026",
                 "Visit record on file within 48 hours, with what Mason said in his own words"],
                ["B2", "Four sessions of direct work with Mason about what happened and what worries him, "
                       "using his worry monster and a safety hand",
                 "Kate Ellery, social worker",
                 "Every two weeks from 30/03/2026",
                 "Mason's drawings and his own 1-10 safety score on his file after each session"],
                ["B3", "Freya's two-year review with an ASQ-3, including her speech",
                 "Priti Shah, health visitor",
                 "By 30/04/2026",
                 "ASQ-3 scores and the health visitor's letter shared with the core group"],
                ["B4", "Check in with Mason every Monday morning; if Mason says Connor has been at the house, "
                       "ring Kate the same day",
                 "Mrs Nadia Ahmed, DSL, Esketon Park Primary School",
                 "Every Monday until 16/06/2026",
                 "Check-in log e-mailed to Kate every Friday; any call recorded on CPOMS"],
                ["B5", "Put a police marker on 9 Fern Road, and tell Kate of any call-out there or any breach "
                       "of Connor's bail",
                 "PC Dan Brook, Domestic Abuse Unit",
                 "Marker by 20/03/2026; any call-out within 24 hours",
                 "Marker confirmed to Kate in writing; call-out e-mails on file"],
                ["B6", "Safety planning with Leah, for her, Mason and Freya, around Connor's bail and the "
                       "court case",
                 "Jenna Cole, IDVA, Esketon Safe Space",
                 "Written safety plan by 03/04/2026; then a call every two weeks until 16/06/2026",
                 "Copy of the safety plan sent to Kate; call dates in the IDVA's monthly update"],
                ["B7", "Weekly key work and breath tests with Connor, and a report on whether he has cut "
                       "down, whether he is likely to stay sober, and what that means for his time with Freya",
                 "Rob Tennant, Esketon Alcohol Service",
                 "Weekly from 24/03/2026; report by 05/06/2026",
                 "Monthly letter with attendance and readings; written report to Kate for the review "
                 "conference"],
                ["B8", "Twelve weekly CBT sessions for Connor's low mood and anger, then a report on what "
                       "Connor has changed, whether he is likely to manage his mood and temper around Freya, "
                       "and how long that is likely to take",
                 "Ellie Burns, CBT therapist, Esketon Talking Therapies",
                 "Weekly from 01/04/2026; report by 05/06/2026",
                 "Written report on Kate's file for the review conference"],
                ["B9", "Parenting assessment of Leah, and of Connor's care of Freya at contact",
                 "Kate Ellery, social worker",
                 "Report by 22/05/2026",
                 "Report with a recommendation shared with Leah, Connor and the core group by 29/05/2026"],
            ],
        }),
        ("h1", "Questions the family asked"),
        ("bullets", [
            "Leah asked whether Connor can come to Mason's football presentation on 13/06/2026. The answer "
            "given at the conference was no: Mason has said he does not want him there, and Connor "
            "accepted this.",
            "Connor asked whether Freya could stay overnight with him at his mother's. The answer was not "
            "while this plan lasts.",
            "Mason asked Kate whether his dad in Cornwall would be told. Kate told him she would only do "
            "that if his mum agreed, and Leah has said she will tell Luke herself.",
        ]),
        ("h1", "If the agreement is broken"),
        ("bullets", [
            "If Connor comes to Fern Road, the school or the nursery, or contacts Leah or Mason: Leah rings "
            "999 and the police attend and arrest him for breaching his bail; Kate holds a strategy "
            "discussion with the police and health the same day; and Mason and Freya stay with Nana Sue at "
            "3 Hollybank that night if Leah is hurt or Connor is still nearby.",
            "If Connor arrives at contact smelling of drink, or gets angry: Sue ends the contact; there is no "
            "more contact until Kate has seen Connor; and later contacts move to Esketon Family Centre, "
            "supervised by the centre's staff.",
            "If Sue cannot supervise a Saturday (she is ill, away, or no longer feels able to), that week's "
            "contact does not happen and Kate arranges supervised contact at Esketon Family Centre within 7 "
            "days. If Sue cannot collect Mason on a Tuesday or Thursday, Mason goes to the school's "
            "after-school club, where a back-up place is booked, and Leah collects him there at 6pm.",
            "If Leah lets Connor into the house, or Connor breaks this agreement twice, Kate will ask Graham "
            "Fenwick for a legal planning meeting within 5 working days. If the reports due in May and June "
            "say the children cannot be kept safe, Kate will ask for a legal planning meeting before the "
            "review conference.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at Esketon Park Primary School, Tuesdays at 3.30pm: 31/03/2026, "
            "28/04/2026 and 26/05/2026.",
            "Review child protection conference: Tuesday 16/06/2026 at 10am, Esketon Town Hall.",
        ]),
        ("p", "Plan and agreement sent to Leah, Connor, Sue and every agency on 19/03/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Third core group's notes: initials list, updates in reported speech,
#    children's words, aims, then a numbered "AGREED TODAY" list of must /
#    is to / if lines with bracketed notes that are not actions. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b186_erringbrook_core_group_notes_agreed_must_if_lines_whitworth.txt",
    "split": "tune",
    "actions": 14,
    "template": "core-group-3-notes-txt-caps-headings-present-initials-list-updates-since-cg2-reported-speech-what-the-children-said-aims-then-agreed-today-numbered-must-is-to-if-may-will-try-lines-with-bracketed-not-agreed-and-note-lines-then-if-things-get-worse-next-meetings",
    "description": (
        "Notes of the third core group for a 12-year-old boy and a 6-year-old girl living with neglect: "
        "their mother has recurrent depression and sees a community mental health team care coordinator, "
        "her partner smokes cannabis, and the 12-year-old gets his sister ready most mornings. After a "
        "present list of initials, updates in reported speech, the children's words and the aims, the "
        "plan is a numbered 'AGREED TODAY' list in the grammar of a meeting ('Lee must not smoke cannabis "
        "in the house ...', 'Lee is to give a urine screen ...', 'If a screen shows cannabis, NM will "
        "visit ...', 'If Lacey comes in hungry ... SG will tell ...'), with bracketed notes of an option "
        "not taken, a question and a possible hearing test that are not actions. Faults: the care "
        "coordinator's visits only support the mother, checked by attendance; the mother's hedged 'will "
        "try to get up with Lacey when she feels able' with no check; a young carers referral that "
        "'may be' made by no one, with no check; 'Home conditions to be monitored'; 'Family' making sure "
        "there is food in; the grandmother's weekends 'as and when needed'; a contingency that only says "
        "the core group will meet to review; no fallback if the grandmother's help stops; and no legal "
        "planning."
    ),
    "text": """\
ERRINGBROOK COUNCIL - CHILDREN'S SERVICES
CORE GROUP MEETING 3 - KAYDEN WHITWORTH AND LACEY HARKER-WHITWORTH
==================================================================

Date:      Wednesday 04/03/2026, 10am, Erringbrook Family Hub
Plan from: initial child protection conference, 28/01/2026 (category: neglect)
Address:   17 Coldwell Rise, Erringbrook ER6 1QS

PRESENT
  NM  Nadia Mirza, social worker (chaired)
  GW  Gemma Whitworth, Mum
  LH  Lee Harker, Gemma's partner and Lacey's dad
  PW  Pauline Whitworth, Gemma's mum ("Nana")
  PS  Paul Steadman, care coordinator, Erringbrook Community Mental Health Team
  AK  Amir Khan, recovery worker, Erringbrook Drug Service
  RD  Rob Dale, Designated Safeguarding Lead, Erringbrook Academy (Kayden, Year 7)
  SG  Sarah Grey, Lacey's class teacher and deputy DSL, Hillside Infant School (Lacey, Year 1)
  AL  Amy Lowe, school nurse, Erringbrook 0-19 Service
APOLOGIES: Dr Rhys Evans (GP) - report sent

CHILDREN
  Kayden Whitworth, born 09/09/2013 (12)
  Lacey Harker-Whitworth, born 21/04/2019 (6)

UPDATES SINCE CORE GROUP 2 (11/02/2026)
  NM: four visits since CG2, two unannounced. Food in the fridge on three of the four. On 14/02 Kayden
      rang NM at 2pm to say Mum had not got up; NM visited and found Gemma in bed. Police were not
      called. Pauline came round and took Lacey to hers for the night.
  GW: said she is sleeping better since her medication was changed, but some days she still cannot get
      up before lunchtime.
  LH: said he now smokes cannabis "only in the shed". Three of three screens since January positive
      for cannabis, levels falling.
  PS: sees Gemma every two weeks; her diagnosis is recurrent depressive disorder and her sertraline was
      increased on 10/02.
  RD: Kayden's attendance is 88% since January and he has been late nine times. Often tired in
      lessons.
  SG: Lacey came in hungry twice and without her PE kit three times since CG2.
  AL: Lacey is wetting the bed most nights. AL saw her once in school, on 25/02.
  PW: has Lacey after school on Tuesdays and Thursdays.

WHAT KAYDEN AND LACEY SAID
  Kayden (seen on his own by NM at school, 26/02): "I do Lacey's breakfast most days. I don't mind but
  then I'm late." "Lee's smoke makes my room stink." He scored home as 5 out of 10 and said he wants
  "Mum to get up in the morning like other mums".
  Lacey (seen by NM at Nana's, 27/02): drew her family with Mummy lying down. "Mummy sleeps in the
  day." "I like Nana's because there's pancakes."

WHAT WE ARE AIMING FOR (from the conference)
  1. Kayden and Lacey get up, have breakfast and get to school on time every day, without Kayden
     having to do it.
  2. Kayden and Lacey live in a home free of cannabis smoke, with food in the cupboards and clean
     clothes for school.
  3. Lacey's wetting and Kayden's tiredness ease because nights at home are calm and they sleep well.

AGREED TODAY - THE PLAN UNTIL THE REVIEW CONFERENCE
(Each numbered line is an action. Lines in brackets are notes for information only.)

  1.  Lee must not smoke cannabis in the house, garden or shed, or be under the influence when he is
      looking after Lacey, from today until the review conference on 21/04/2026. NM to ask Kayden and
      Lacey on their own at each visit and write down what they say.
  2.  Lee is to give a urine screen at Erringbrook Drug Service every fortnight from 09/03/2026. AK to
      e-mail each result to NM within 2 working days.
  3.  If a screen shows cannabis, NM will visit unannounced that day, see both children, and record
      whether Lee was in the house and how he seemed.
  4.  PS (CMHT) to carry on visiting Gemma every two weeks to support her with her mood and her
      medication. PS to send NM the dates he has seen her each month.
  5.  Gemma will try to get up with Lacey when she feels able.
  6.  Kayden may be referred to Erringbrook Young Carers by the Easter holidays.
  7.  RD to check in with Kayden every Monday and Thursday before registration; check-in notes to NM
      every other Friday.
  8.  If Lacey comes in hungry, unwashed or without her PE kit two days running, SG will tell the
      Hillside DSL that day and the DSL will ring NM; each call logged on CPOMS.
  9.  NM to visit every week, at least one visit in three unannounced, seeing Kayden and Lacey on
      their own; visit notes on file within 48 hours.
  10. Home conditions to be monitored at every visit.
  11. Family to make sure there is food in for the children's breakfast and tea every day; NM to
      check the cupboards at each visit.
  12. PW will have Lacey after school every Tuesday and Thursday until 5.30pm and sign Hillside's
      collection sheet.
  13. PW has also said she will have both children for a weekend as and when needed, and will text
      NM when she does.
  14. AL to see Lacey in school about her wetting every other Wednesday from 11/03/2026; Lacey's
      dry-night star chart shown to NM at each visit.
  (NOT AGREED: a referral to the Family Support Service. Gemma already has a Home-Start volunteer
  once a week until April.)
  (NOTE: Lee asked whether he could take Kayden fishing on his own at weekends. Not agreed while his
  screens are positive.)
  (NOTE: Lacey may need a hearing test; SG thinks she does not always hear instructions. Her hearing
  was normal when tested in Reception.)

IF THINGS GET WORSE
  If things get worse at home, or the children are not being looked after properly, the core group
  will meet to review the plan.

NEXT MEETINGS
  Core group 4: Wednesday 01/04/2026, 10am, Erringbrook Family Hub
  Review child protection conference: Tuesday 21/04/2026, 1.30pm, Erringbrook Civic Offices

Notes typed by NM, 05/03/2026. Copies to everyone present and to Dr Evans.
""",
    "findings": [
        F("H001", "PS (CMHT) to carry on visiting Gemma every two weeks"),
        F("T002", "Gemma will try to get up with Lacey when she feels able"),
        F("M001", "Gemma will try to get up with Lacey when she feels able"),
        F("W001", "Kayden may be referred to Erringbrook Young Carers"),
        F("M001", "Kayden may be referred to Erringbrook Young Carers"),
        F("W001", "Home conditions to be monitored at every visit."),
        F("M002", "Home conditions to be monitored at every visit."),
        F("W002", "Family to make sure there is food in for the children's"),
        F("T002", "PW has also said she will have both children for a weekend"),
        F("C002"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. RCPC plan in two landscape tables: "Part 1: Regular work" and "Part 2:
#    When this happens, this is what we do" (trigger / response / who / how
#    fast / how we will know). Faulty (pdf, header and footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b186_ebbwarden_rcpc_when_this_happens_trigger_table_lister.pdf",
    "doc_title": "Review Child Protection Plan - Jamie Lister and Poppy Cole",
    "split": "tune",
    "actions": 16,
    "landscape": True,
    "min_pages": 2,
    "header": "Ebbwarden Council Children's Services - Review Child Protection Plan - OFFICIAL-SENSITIVE",
    "footer": "Jamie Lister and Poppy Cole - review conference 10/03/2026 - Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-plan-paged-landscape-header-footer-details-grid-why-progress-early-warning-signs-childrens-world-outcomes-then-part-1-regular-work-table-no-what-who-when-how-we-will-know-then-part-2-when-this-happens-this-is-what-we-do-table-trigger-response-who-how-fast-how-we-will-know-then-options-not-taken-note-paragraph-contingency-meetings",
    "description": (
        "Review conference plan for a 3-year-old boy and a 14-month-old girl whose mother has bipolar "
        "disorder and was detained after leaving them alone at night while high; their father works "
        "nights and their great-aunt helps in the mornings. The plan is two landscape tables: 'Part 1: "
        "Regular work' (including the father's agreement not to take extra night shifts) and 'Part 2: "
        "When this happens, this is what we do', each row a trigger (early warning signs, a missed "
        "lithium test, a missed weigh-in, late and hungry two days running, damp not fixed by a date) "
        "with the response, who, how fast and how we will know. A note of options not taken (a mother "
        "and baby unit bed, the mother's question about stopping lithium) holds no work. Faults: the "
        "care coordinator's support visits measured only by 'Monitored'; the nursery start 'As soon as "
        "a place is free'; the great-aunt's mornings with '-' for how we will know; the routines "
        "sessions owned by 'TBC'; 'Professionals' making the extra visit when the great-aunt cannot "
        "come; an outcome about the mother only; and the review conference 'to be arranged'."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Review child protection conference held on Tuesday 10/03/2026 at Ebbwarden Civic Centre. Chair: "
              "Anjali Mistry (Independent Reviewing Officer). The children remain subject to a child "
              "protection plan under the category of neglect."),
        ("table", {
            "widths": [4.2, 8.65, 4.2, 8.65],
            "bold_first_col": True,
            "rows": [
                ["Children", "Jamie Lister, born 22/06/2022 (3); Poppy Cole, born 05/01/2025 (14 months)",
                 "Address", "Flat 12, Garth House, Mill Road, Ebbwarden EB4 9NS"],
                ["Mother", "Amber Lister (26). Bipolar affective disorder; under Ebbwarden Community Mental "
                           "Health Team (care coordinator Dev Sharma, CPN; consultant Dr Ruth Okoye)",
                 "Father", "Ryan Cole (29), lives at the flat; warehouse night shifts, Sunday to Wednesday"],
                ["Great-aunt", "Maureen Hirst (63), Amber's aunt, 6 Garth Lane, Ebbwarden",
                 "Social worker", "Callum Reeve, Ebbwarden Children's Services (team manager: Sandra Lowe)"],
                ["Health visitor", "Gemma Platt, Ebbwarden 0-19 Service",
                 "GP surgery", "Ebbwarden Road Surgery (lithium clinic: Jan Hollis, practice nurse)"],
            ],
        }),
        ("h2", "Why Jamie and Poppy have a plan"),
        ("p", "In November 2025 Amber became high after stopping her lithium. On the night of 08/11/2025, while "
              "Ryan was at work, she left the flat at 1am; a neighbour found Jamie at the front door in his "
              "pyjamas at 2am and Poppy crying in her cot. Amber was detained under section 2 of the Mental "
              "Health Act for three weeks. Jamie and Poppy stayed with Maureen and came home on 20/11/2025. "
              "The initial conference on 09/12/2025 made the plan."),
        ("h2", "Progress since the initial conference"),
        ("p", "Amber has taken her lithium every evening since she came home, and her last three blood levels "
              "were in range. Ryan has moved to four night shifts a week so that he is at home from Thursday "
              "to Saturday nights. Maureen comes most weekday mornings. Poppy's weight has stayed on the "
              "50th centile. The damp and black mould in Poppy's bedroom were reported to Ebbwarden Homes in "
              "December and have not been fixed, so Poppy sleeps in her parents' room. Jamie has not yet "
              "started nursery; Acorn Tree Nursery has a waiting list."),
        ("h2", "Amber's early warning signs (from her CMHT relapse plan)"),
        ("p", "Sleeping less than four hours on two nights running; talking very fast or not finishing "
              "sentences; spending money she does not have; saying she does not need her lithium."),
        ("h2", "Jamie's words, and Poppy's day"),
        ("p", "Jamie (with Callum and his toy cars at home, 24/02/2026): \"Mummy was poorly in the hospital. "
              "I stayed at Auntie Mo's and had a big bed.\" \"Daddy goes to work when it's dark.\" When Callum "
              "asked who looks after him in the night, he said \"Mummy, and I shout Daddy on the phone\"."),
        ("p", "Poppy is 14 months old. The health visitor saw her pull herself up on the sofa and walk "
              "holding Amber's hands on 17/02/2026, babbling \"mamama\". She naps in her pram in the front "
              "room because her cot is in her parents' room. When Maureen arrives Poppy crawls to the door "
              "to meet her."),
        ("h2", "What we want for Jamie and Poppy"),
        ("numbers", [
            "Jamie and Poppy are never left alone, and there is always a well adult with them, day and night.",
            "Jamie and Poppy have regular meals, naps and play, and Poppy keeps growing along her centile.",
            "Amber's mental health is stable and she takes her medication.",
            "Jamie and Poppy sleep in a dry, warm room free of damp and mould.",
        ]),
        ("h2", "Part 1: Regular work"),
        ("table", {
            "header": ["No.", "What will be done", "Who", "When", "How we will know"],
            "widths": [1.2, 9.5, 4.8, 4.4, 5.8],
            "rows": [
                ["1.1", "Visit Jamie and Poppy at home, at least one visit in three unannounced and one a "
                        "month on a night Ryan is at work; see both children awake",
                 "Callum Reeve, social worker",
                 "Every week until the next review conference",
                 "Visit record on file within 48 hours, noting who was caring for the children"],
                ["1.2", "Weigh Poppy and check her development; do Jamie's three-year development review",
                 "Gemma Platt, health visitor",
                 "Poppy every 4 weeks; Jamie's review by 30/04/2026",
                 "Weights plotted in Poppy's red book; Jamie's ASQ-3 scores shared with the core group"],
                ["1.3", "Take lithium every evening as prescribed, and have a lithium blood test at the "
                        "surgery every 4 weeks",
                 "Amber Lister",
                 "Every evening; blood test every 4 weeks",
                 "Blood results letter from the surgery to Callum each month"],
                ["1.4", "Home visits to support Amber with her mood and her medication",
                 "Dev Sharma, CPN, Ebbwarden CMHT",
                 "Every 2 weeks",
                 "Monitored"],
                ["1.5", "Review Amber, and write to Callum about her relapse signs, what she can safely do "
                        "for Jamie and Poppy when she is becoming unwell, whether she is likely to stay well "
                        "enough to care for them, and over what time",
                 "Dr Ruth Okoye, consultant psychiatrist, Ebbwarden CMHT",
                 "By 24/04/2026",
                 "Letter to Callum, shared with the core group"],
                ["1.6", "Jamie to start at Acorn Tree Nursery, three mornings a week",
                 "Amber and Ryan",
                 "As soon as a place is free",
                 "Nursery register sent to Callum each Friday"],
                ["1.7", "Come to the flat every weekday 9am to 12 noon to help Amber with Poppy's "
                        "breakfast, bath and nap",
                 "Maureen Hirst (great-aunt)",
                 "Every weekday until the next review conference",
                 "-"],
                ["1.8", "Six sessions on daily routines (meals, naps, bedtime) with Amber and Ryan",
                 "TBC",
                 "Weekly from 16/03/2026",
                 "A routine chart on the fridge, checked by Callum at his visits"],
                ["1.9", "Update the parenting assessment, looking at how Amber and Ryan share the care of "
                        "Jamie and Poppy when Amber is becoming unwell",
                 "Callum Reeve, social worker",
                 "By 17/04/2026",
                 "Report shared with Amber, Ryan and the core group by 24/04/2026"],
                ["1.10", "Ryan will not take extra night shifts, and will be at home every Thursday, "
                         "Friday and Saturday night",
                 "Ryan Cole",
                 "Every week from 10/03/2026 until the next review conference",
                 "Ryan's shift rota shown to Callum at the first visit of each month"],
            ],
        }),
        ("h2", "Part 2: When this happens, this is what we do"),
        ("table", {
            "header": ["No.", "When this happens", "What will be done", "Who", "How fast", "How we will know"],
            "widths": [1.2, 5.2, 7.6, 3.9, 3.2, 4.6],
            "rows": [
                ["2.1", "Amber shows any of her early warning signs",
                 "Ryan rings the CMHT duty line, stays home from work, and does not leave Jamie and Poppy "
                 "alone with Amber",
                 "Ryan Cole",
                 "The same day",
                 "CMHT duty log; Ryan texts Callum the same day"],
                ["2.2", "Amber misses a lithium blood test",
                 "The practice nurse books a home blood test and tells Callum the date",
                 "Jan Hollis, practice nurse, Ebbwarden Road Surgery",
                 "Within 3 working days",
                 "Result in the surgery's letter to Callum"],
                ["2.3", "Poppy misses a health visitor weigh-in",
                 "The health visitor visits at home and weighs Poppy",
                 "Gemma Platt, health visitor",
                 "Within 48 hours",
                 "Weight in the red book; note e-mailed to Callum"],
                ["2.4", "Jamie arrives at nursery late, hungry or unwashed two days in a row",
                 "The nursery manager rings Callum and writes it in the nursery safeguarding log",
                 "Gill Parr, manager, Acorn Tree Nursery",
                 "That day",
                 "Nursery safeguarding log, copied to Callum weekly"],
                ["2.5", "Ryan is on a night shift and Maureen has said she cannot come the next morning",
                 "An extra visit to the flat before 10am to check on Amber and the children",
                 "Professionals",
                 "The next morning",
                 "Visit note on Callum's file"],
                ["2.6", "The damp in Poppy's room is not fixed by 31/03/2026",
                 "Write to Ebbwarden Homes' complaints team, and ask environmental health to inspect "
                 "Poppy's room",
                 "Callum Reeve, social worker",
                 "By 03/04/2026",
                 "Copy of the letter and the inspection report on file"],
            ],
        }),
        ("p", "Not in this plan: a mother and baby unit placement was considered in November 2025, but no bed "
              "was free and it could not have included Jamie. Amber asked at the conference whether she can "
              "come off lithium to try for another baby; that is a matter for Amber and Dr Okoye and is not "
              "part of this plan."),
        ("h2", "If things go wrong"),
        ("p", "If Amber becomes unwell and Ryan is at work, or Jamie or Poppy is found alone, Ryan or Maureen "
              "will ring 999 and the CMHT duty line, and Jamie and Poppy will go to Maureen's house, 6 Garth "
              "Lane, the same day. If Maureen cannot have them, Callum will arrange a foster placement that "
              "day. Callum will hold a strategy discussion with the police and health the same day if the "
              "children are found alone, and ask Sandra Lowe for a legal planning meeting within 5 working "
              "days. If Amber stops taking her lithium, or Dr Okoye's letter says she is unlikely to stay well "
              "enough to care for the children, Callum will ask for a legal planning meeting before the next "
              "review conference."),
        ("h2", "Core group and review"),
        ("p", "Core group every four weeks at Ebbwarden Family Hub, Tuesdays at 1.30pm: 24/03/2026, 21/04/2026 "
              "and 19/05/2026."),
        ("p", "Next review child protection conference: to be arranged by the Safeguarding Unit."),
        ("p", "Plan sent to Amber, Ryan, Maureen and every agency on 12/03/2026."),
    ],
    "findings": [
        F("H001", "Home visits to support Amber with her mood and her medication"),
        F("M002", "Home visits to support Amber with her mood and her medication"),
        F("T002", "Jamie to start at Acorn Tree Nursery, three mornings a week"),
        F("M001", "Come to the flat every weekday 9am to 12 noon"),
        F("W002", "Six sessions on daily routines (meals, naps, bedtime)"),
        F("W002", "An extra visit to the flat before 10am to check"),
        F("F002", "Amber's mental health is stable and she takes her medication."),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Pre-birth plan as bullet lists under three stage headings, each bullet
#    with a bold owner and its own until / unless / if conditions, then what
#    was talked about but is not in the plan. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b186_elmcaster_prebirth_stage_lists_until_unless_pike.md",
    "split": "tune",
    "actions": 20,
    "template": "prebirth-icpc-plan-md-bold-label-details-why-going-well-babys-world-and-sophies-words-outcomes-then-three-stage-headings-now-until-36-weeks-birth-and-ward-home-until-12-weeks-each-a-bullet-list-bold-owner-first-with-until-unless-if-conditions-time-and-check-in-the-bullet-then-talked-about-but-not-in-the-plan-then-if-things-go-wrong-lines-meetings",
    "description": (
        "Exemplary pre-birth plan for the baby of a 19-year-old care leaver and a 23-year-old father who "
        "smokes cannabis daily and grabbed her by the throat in September 2025. The plan is three bullet "
        "lists under stage headings (now until 36 weeks, the birth and the ward, home until the baby is "
        "12 weeks old), each bullet starting with a bold owner and carrying its own conditions and check: "
        "'will not smoke or keep cannabis ... until the baby is 12 weeks old', 'unless the assessment "
        "says the group is not right for him', 'If Choices says the group is not right for Aaron, Beth "
        "will ...', 'If Sophie misses two antenatal appointments in a row, Carla will ...', 'will not let "
        "baby be discharged until the discharge planning meeting ... has agreed'. A closing part records "
        "what was talked about but is not in the plan (a residential placement not needed, the mother's "
        "and father's questions and the answers). The drug service reports on change, the paternal "
        "grandmother's and former foster carer's help have fallbacks, legal planning follows named "
        "triggers, and meetings are dated."
    ),
    "text": """\
# Elmcaster City Council - Children and Families

## Pre-birth child protection plan: Baby Lund-Pike

Made at the pre-birth initial child protection conference on Tuesday 20/01/2026 (Sophie was 24+5
weeks pregnant). Chair: Derek Onyango (IRO). Category: neglect and emotional abuse (unborn baby).

**About the family**

- **Baby:** unborn, due 07/05/2026 (36 weeks is 09/04/2026)
- **Sophie Lund** (19), Mum, Flat 6, 3 Larch Court, Elmcaster EM1 4HD. Sophie was in foster care from
  11 to 18 and is supported by the Elmcaster Leaving Care Service.
- **Aaron Pike** (23), Dad, lives with Sophie
- **Tina Pike** (50), Aaron's mum, 12 Rowan Way, Elmcaster
- **Jan Morley**, Sophie's foster carer from 11 to 18, 40 Beck Lane, Elmcaster
- **Social worker:** Beth Yardley, Elmcaster Children's Safeguarding Team (team manager: Fiona Grant)
- **Community midwife:** Carla Dean; **health visitor:** Nadia Flint; **GP:** Dr Ben Ashworth, Larch
  Court Surgery
- **Personal adviser:** Kim Osei, Elmcaster Leaving Care Service
- **Elmcaster Drug Service:** Jo Price, recovery worker
- **Hospital:** Elmcaster General Hospital, labour ward and Ward 9 (postnatal); ward manager Sister
  Amy Rowe

### Why the baby has a plan before she is born

At her booking appointment in October 2025 Sophie told Carla that in September, when Aaron was high,
he grabbed her by the throat during an argument and pushed her onto the bed. Police were not called,
and Sophie has said she does not want to make a statement. Aaron has a conviction from 2022 for
assaulting a former partner. He smokes cannabis every day and says it helps him sleep; money for
food and electricity often runs out before the end of the month. Sophie was taken into care at 11
because of neglect, and she told the conference, "I don't want my baby to have what I had."

### What is going well

- Sophie booked at 10 weeks and has been to every antenatal appointment.
- Sophie told Carla about the assault herself, and has kept in touch with Kim every week.
- Aaron came to the conference, did not walk out, and agreed to go to the drug service.
- Jan Morley still sees Sophie most weeks, and Tina has offered to help when the baby comes.

### Baby's world, and what Sophie says

Baby cannot tell us what she needs, so Carla has written down what she has seen. At the 20-week scan
the baby was growing well, and her growth has followed the 50th centile on the GROW chart since. She
kicks most when Sophie lies down at night, and Sophie talks to her and plays her music. She will come
home to a one-bedroom flat on the first floor, where Aaron smokes on the balcony; the flat has no cot
yet. She will need feeding every two to three hours, a safe place to sleep on her back, and calm
adults.

Sophie (seen on her own by Beth, 14/01/2026): "I want her to have a proper cot and a nice room, not
like mine." "Aaron's all right when he's not stoned." "I'm scared you'll take her off me." When Beth
asked what would help, Sophie said "Jan, and my own flat".

### What we want for the baby

1. Baby is born safely and goes home only when the discharge planning meeting has agreed who will care
   for her and how.
2. Baby lives in a home with no cannabis smoke and no violence between the adults.
3. Baby is fed, kept warm and sleeps safely on her back in her own cot, and gains weight along her
   centile.
4. Baby is cared for by parents who know what she needs and ask for help when they are struggling.

## What will happen, stage by stage

Each bullet is one step and says who, when and how we will know. "If", "unless" and "until" are part of
the step.

### Stage 1: now until 36 weeks (09/04/2026)

- **Aaron** will not smoke or keep cannabis at Flat 6, 3 Larch Court, or anywhere he is with Sophie,
  from 21/01/2026 until the baby is 12 weeks old; his fortnightly urine screens at Elmcaster Drug
  Service will show whether he has used, and each result will be e-mailed to Beth.
- **Jo Price (Elmcaster Drug Service)** will see Aaron every fortnight from 27/01/2026, take a urine
  screen at each session, and write to Beth by 36 weeks (09/04/2026) on whether Aaron has stopped using
  cannabis and how likely he is to stay stopped once the baby is home.
- **Aaron** is to go to the assessment for Elmcaster Choices (a group for men who have hurt a partner)
  by 13/02/2026 and, unless the assessment says the group is not right for him, to every Thursday
  evening session after it; Choices will send Beth the assessment letter and a monthly register.
- **Beth Yardley (social worker)**: if Choices says the group is not right for Aaron, Beth will refer
  him for one-to-one work with the Family Safeguarding domestic abuse worker within 5 working days of
  their letter, and put the first appointment letter on file.
- **Carla Dean (community midwife)** will see Sophie every two weeks until 36 weeks and then every week
  until the birth, seeing her on her own for part of each appointment; a missed appointment will be
  phoned to Beth the same day.
- **Carla**: if Sophie misses two antenatal appointments in a row, Carla will visit her at home within
  two working days, write the visit in the maternity notes and tell Beth the outcome that day.
- **Beth** must complete the pre-birth parenting assessment of Sophie and Aaron, with weekly sessions
  from 27/01/2026, by 34 weeks (26/03/2026), and share the written report and its recommendation with
  them and the core group by 31/03/2026.
- **Beth** will visit Sophie every week until the birth, one visit in three unannounced and at least
  one in two with Aaron there, and write up each visit within 48 hours.
- **Kim Osei (personal adviser)** will help Sophie place a bid every week on Elmcaster HomeChoice for a
  two-bedroom flat, so that she and the baby have room for a cot, and will show Beth the bid history
  at each core group.
- **Sophie and Aaron** will go together to the four Ready for Baby sessions at Elmcaster Family Hub, on
  Thursdays 05/03, 12/03, 19/03 and 26/03/2026 at 1pm; the Hub will send Beth the register after each
  one.
- **Nadia Flint (health visitor)** will make an antenatal home visit by 32 weeks (12/03/2026), go
  through safe sleep and coping with a crying baby (ICON), and check there is a cot and a working smoke
  alarm; her checklist will go to Beth within 2 working days.

### Stage 2: the birth and Ward 9

- **The midwife in charge of the labour ward** will ring Beth (or the Emergency Duty Team out of hours)
  within 2 hours of the birth, and write the call in the maternity notes.
- **Sister Amy Rowe (Ward 9 manager)** will not let baby be discharged until the discharge planning
  meeting, held on the ward the day after the birth, has agreed the discharge plan; the signed plan
  will go in baby's notes and to Beth the same day.
- **Beth** will see Sophie, Aaron and baby on the ward within 24 hours of the birth and again on the day
  of discharge, and record how baby was fed, held and settled.

### Stage 3: home, from discharge until baby is 12 weeks old

- **Tina Pike** will stay at the flat for the first 14 nights after discharge and do the 2am feed so
  that Sophie can sleep; she will sign the night feed chart each morning, and Nadia will read it at
  every visit.
- **Jan Morley** will visit Sophie and baby every Wednesday afternoon until baby is 12 weeks old, and
  text Beth after each visit to say how they both are.
- **Aaron** will never be the only adult with baby after drinking or using any drug, and will never
  sleep with her on the sofa or in his bed, from the birth until she is 12 weeks old; Beth and Nadia
  will ask Sophie about this on her own at every visit and write down her answer.
- **Nadia** will do the new birth visit at 10 to 14 days and then weigh baby every week until she is
  12 weeks old, plotting each weight in the red book and seeing where baby sleeps.
- **Beth** will visit twice a week for the first four weeks after discharge and then every week until
  baby is 12 weeks old, one visit in three unannounced, recording where baby slept and who was in the
  flat.
- **Dr Ben Ashworth (GP)** will do baby's 6-8 week check and Sophie's postnatal check, and write to
  Beth within a week of them about anything that worries him.

## What was talked about but is not part of the plan

- A residential parent-and-baby placement could have been considered. The conference agreed it is not
  needed now; it would only come back if the parenting assessment recommends it.
- Sophie asked whether her brother Callum (14, in foster care) can meet the baby. The conference said
  yes, once the baby is home.
- Aaron asked whether he could have "a one-off" at a friend's stag weekend in March. The answer given
  was no: the agreement about cannabis has no exceptions.
- The baby may need a hip scan after the birth, because Sophie's mother had hip problems as a baby.
  That is a routine newborn matter and not part of this plan.

## If things go wrong

- If any urine screen shows cannabis after 21/01/2026, or Aaron is seen under the influence by any
  worker: Beth holds a strategy discussion with the police and health that day, Sister Rowe is told so
  that baby stays on the ward after the birth until a new plan is agreed, and Beth asks Fiona Grant
  for a legal planning meeting within 5 working days to consider the Public Law Outline.
- If Aaron hurts or threatens Sophie, or the police are called to the flat: Sophie rings 999; Aaron
  leaves the flat that day and stays at Tina's, 12 Rowan Way, until Beth's same-day strategy
  discussion has decided what happens next; Beth asks for a legal planning meeting within 5 working
  days.
- If Sophie or Aaron try to take baby off the ward before the discharge planning meeting has agreed
  it, the midwife in charge rings the police and Beth (or the Emergency Duty Team) straight away.
- If Tina cannot stay the first 14 nights, or has to stop, she or Sophie rings Beth that day. Jan
  Morley will stay instead (she agreed this on 16/01/2026). If Jan cannot either, baby stays on the
  ward until another adult is agreed at a reconvened discharge planning meeting or, if baby is already
  home, Nadia or Carla visits every day until the core group agrees another helper.
- If Jan cannot make a Wednesday visit, she texts Beth by 9am that day and Beth visits that afternoon
  instead.
- If the parenting assessment says baby could not be cared for safely at home, Beth will ask for a
  legal planning meeting before the review conference.

## Core group and review

- Core group every four weeks at Elmcaster Family Hub, Tuesdays at 10am: 03/02/2026, 03/03/2026 and
  31/03/2026; then within 10 working days of the birth.
- Review child protection conference: Tuesday 14/04/2026 at 2pm, Elmcaster Civic Centre (36+5 weeks).

Plan sent to Sophie, Aaron, Tina, Jan and every agency on 22/01/2026.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. RCPC plan for a teenager at risk of exploitation: a heading per worry
#    with "Because" and "So that" lines, then numbered steps in must / needs
#    to / will not / if / may / hoped grammar, then what was decided against
#    and Tyler's questions. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b186_evelthorpe_rcpc_worry_headings_because_so_that_steps_grant.docx",
    "doc_title": "Child Protection Plan - Tyler Grant",
    "split": "tune",
    "actions": 17,
    "template": "rcpc-teen-plan-docx-kv-details-tylers-words-then-a-heading-per-worry-each-with-because-paragraph-and-so-that-outcome-line-then-list-number-steps-continuing-across-worries-in-must-needs-to-will-not-if-may-hoped-grammar-then-what-we-decided-against-and-tylers-questions-then-if-things-get-worse-lines-meetings",
    "description": (
        "Review conference plan for a 14-year-old boy who has gone missing nine times and was found with "
        "older men, cash and two phones; his mother takes more codeine than prescribed and buys "
        "pregabalin online, and sleeps most afternoons. The plan has a heading per worry, each with a "
        "'Because' paragraph and a 'So that' outcome line, then numbered steps that run on across the "
        "worries in the grammar of safety: 'Tyler has agreed he will be home by 9pm ...', 'If Tyler is "
        "not home by 9.30pm, Nicola is to report him missing ...', 'Tyler will not go to the Eastgate "
        "flats ...', 'Tyler needs to be in school every day; if he is not in by 9am, Mr Kapoor will ...', "
        "'If Jess finds Nicola too drowsy ..., she will ...'. A closing part records a residential "
        "placement decided against and Tyler's questions with their answers, which are not work. Faults: "
        "PC Sayer 'may issue' warning notices 'as appropriate' with no check; a hoped-for boxing place "
        "with no time or check; the mother's hedged 'will try to cut down' with no time or check; a "
        "passive 'may be referred' to the recovery service; the aunt's help 'as and when needed'; "
        "'Everyone who works with Tyler' keeping 'an eye on' his mood; and the mother's drug misuse "
        "recorded with no adult service owning any action."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Evelthorpe Borough Council · Children's Services · Adolescent Safeguarding Team"),
        ("kv", [
            ("Young person", "Tyler Grant, born 03/10/2011 (14), Year 9 at Evelthorpe Academy"),
            ("Address", "11 Tamar Close, Evelthorpe EV7 3RD, with his mum"),
            ("Mother", "Nicola Grant (41)"),
            ("Aunt", "Lorraine Ince (Nicola's sister), 30 Bridge Street, Evelthorpe"),
            ("Father", "Wayne Shaw, lives in Spain; no contact since 2019"),
            ("Category", "Neglect, since the initial conference on 09/12/2025"),
            ("Conference", "Review child protection conference, Tuesday 10/03/2026. Chair: Imogen Reid (IRO)"),
            ("Social worker", "Jess Okoro (team manager: Martin Hale)"),
            ("Others", "Carl Benton (Missing and Exploitation Hub); PC Amy Sayer (Exploitation Team, "
                       "Evelthorpe Police); Mr Ravi Kapoor (head of Year 9) and Mrs Dawn Fell (DSL), "
                       "Evelthorpe Academy; Kyle Morris (Evelthorpe Youth Service); Dr Hannah Webb "
                       "(clinical psychologist, Evelthorpe CAMHS)"),
        ]),
        ("h1", "What Tyler says"),
        ("p", "Tyler (seen on his own by Jess at the youth centre, 03/03/2026): \"They're my mates, they look "
              "after me.\" \"Mum's always asleep, so what's the point being home?\" \"I don't want to go into "
              "care. I'll come in earlier if you get off my back.\" He scored how safe he feels out at night as "
              "8 out of 10 and at home as 6. He said he would like to box again, and that he misses his "
              "Friday nights at Aunt Lorraine's."),
        ("h1", "Our worries, and what will happen about each"),
        ("p", "The numbered steps run on from one worry to the next. Each step says who will do it, by when, "
              "and how we will know."),
        ("h2", "Worry 1: Tyler goes missing and is being used by older men to carry drugs"),
        ("p", "Because: Tyler has been missing nine times since October 2025, twice overnight. On 14/02/2026 "
              "police found him in a car with two men in their twenties at the Eastgate flats, with £340 and "
              "two phones. He has a new coat and trainers that Nicola did not buy."),
        ("p", "So that: Tyler is home safe every night and no longer in contact with the men who are "
              "exploiting him."),
        ("numbers", [
            "Tyler has agreed he will be home by 9pm every night until the review conference on 08/06/2026; "
            "Nicola will write the time he gets in on the chart on the fridge, and Jess will look at it at "
            "each visit.",
            "If Tyler is not home by 9.30pm, Nicola is to report him missing to the police at 9.30pm that "
            "night, and the police missing log will be shared with Jess the next morning.",
            "Carl Benton (Missing and Exploitation Hub) will offer Tyler a return home interview within 72 "
            "hours of every return, and send the interview record to Jess.",
            "Tyler will not go to the Eastgate flats or Fenwick Park, or get into a car with anyone he has "
            "met online or through the men at Eastgate, until the review conference; PC Sayer will check "
            "police intelligence reports every week and tell Jess of any sighting.",
            "PC Amy Sayer may issue Child Abduction Warning Notices to the men seen with Tyler, as "
            "appropriate.",
            "Jess will refer Tyler to the National Referral Mechanism by 20/03/2026 and put the NRM "
            "reference on his file.",
        ]),
        ("h2", "Worry 2: Tyler is missing school and losing his future"),
        ("p", "Because: Tyler's attendance this year is 61%. He was excluded for two days in January for "
              "fighting, and he has stopped going to boxing, which he loved."),
        ("p", "So that: Tyler goes to school every day and has something he enjoys to do after school."),
        ("numbers", [
            "Tyler needs to be in school every day; if he is not in by 9am, Mr Kapoor will ring Nicola by "
            "9.30am and record the call on the first-day call log.",
            "Kyle Morris (Evelthorpe Youth Service) will meet Tyler every Wednesday after school for 10 weeks "
            "from 11/03/2026, and send Jess a note after each session of what they did and what Tyler said.",
            "It is hoped that Tyler will take up a place at the Evelthorpe Boxing Academy.",
        ]),
        ("h2", "Worry 3: Nicola is too drowsy to know where Tyler is"),
        ("p", "Because: Nicola has had back pain since a fall at work in 2023. She told Jess she takes more "
              "codeine than her GP prescribes and buys pregabalin online. She falls asleep most afternoons, "
              "and did not know Tyler had gone out on four of the nine nights he went missing."),
        ("p", "So that: Tyler has a parent who is awake and alert when he gets home, and who knows where he "
              "is."),
        ("numbers", [
            "Nicola will try to cut down the tablets she takes in the daytime.",
            "Nicola may be referred to Evelthorpe Recovery Service by 20/03/2026, with the acceptance letter "
            "sent to Jess.",
            "Jess will visit every week until the review conference, at least one visit in three unannounced "
            "and one each month after 8pm, seeing Tyler on his own and writing up each visit within 48 "
            "hours.",
            "If Jess finds Nicola too drowsy to talk, or cannot wake her, at a visit, she will ring 111 (or "
            "999 if Nicola cannot be roused), Tyler will stay with Aunt Lorraine that night, and Jess will "
            "record what happened on the case file the same day.",
            "Aunt Lorraine will have Tyler to stay every Friday night and take him to his Saturday football, "
            "and will text Jess on the Saturday morning to say he was with her.",
            "Lorraine will help out as and when needed, and will text Jess when Tyler has stayed with her.",
        ]),
        ("h2", "Worry 4: Tyler is low and has cut himself"),
        ("p", "Because: Tyler told the school nurse in February that he \"doesn't care if he dies\". Mrs Fell "
              "saw cuts on his forearm on 02/03/2026."),
        ("p", "So that: Tyler feels less low, stops hurting himself, and knows who he can talk to."),
        ("numbers", [
            "Dr Hannah Webb (Evelthorpe CAMHS) will assess Tyler's low mood and self-harm by 17/04/2026 and "
            "write to Jess with what she finds and the help she will offer.",
            "Everyone who works with Tyler will keep an eye on his mood at each contact.",
        ]),
        ("h1", "What we decided against, and Tyler's questions"),
        ("bullets", [
            "A move to a residential placement out of the area was considered. The conference decided "
            "against it for now, because Tyler wants to stay at home and Nicola has agreed to this plan.",
            "Tyler asked whether the police would tell his friends he had spoken to them. PC Sayer told him "
            "they would not.",
            "Tyler asked if he could have his old phone back. Nicola said no, and the conference agreed it "
            "is her decision.",
        ]),
        ("h1", "If things get worse"),
        ("bullets", [
            "If Tyler is missing for more than 24 hours, or is found with drugs, a weapon or a large amount of "
            "cash, Jess (or the Emergency Duty Team) will hold a strategy discussion with the police the same "
            "day, and Carl will see Tyler within 24 hours of his return.",
            "If Tyler is missing overnight twice more before the review conference, Jess will ask Martin Hale "
            "for a legal planning meeting within 5 working days.",
            "If Lorraine cannot have Tyler on a Friday, Jess will make an unannounced visit to 11 Tamar Close "
            "after 8pm that night.",
            "If Nicola is found unconscious or cannot care for Tyler, he will stay with Lorraine; if Lorraine "
            "cannot have him, Jess will arrange an emergency foster placement that night.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Evelthorpe Academy, Tuesdays at 3.30pm: 24/03/2026, 21/04/2026 and "
            "19/05/2026.",
            "Review child protection conference: Monday 08/06/2026 at 10am, Evelthorpe Civic Centre.",
        ]),
        ("p", "Plan sent to Tyler, Nicola, Lorraine and every agency on 12/03/2026."),
    ],
    "findings": [
        F("T002", "PC Amy Sayer may issue Child Abduction Warning Notices"),
        F("M001", "PC Amy Sayer may issue Child Abduction Warning Notices"),
        F("T001", "It is hoped that Tyler will take up a place"),
        F("M001", "It is hoped that Tyler will take up a place"),
        F("T001", "Nicola will try to cut down the tablets she takes"),
        F("M001", "Nicola will try to cut down the tablets she takes"),
        F("W001", "Nicola may be referred to Evelthorpe Recovery Service"),
        F("T002", "Lorraine will help out as and when needed"),
        F("W002", "Everyone who works with Tyler will keep an eye on"),
        F("M002", "Everyone who works with Tyler will keep an eye on"),
        F("F004"),
    ],
})
