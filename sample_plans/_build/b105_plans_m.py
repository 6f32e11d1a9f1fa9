"""Batch 105, module m: seven fictional plans (tuning material), places beginning with "m".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: measures, timescales and outcomes written in a practitioner's ordinary
prose rather than in template columns. Measures are documents, records or
observations ("the visitors' sheet in Isla's folder", "the contact record",
"what the health visitor sees at each visit", "the GP's letter"); timescales
are calendar events, ages and stages ("until Isla is 12 weeks old", "before
she is 8 weeks old", "by the end of the spring term", "from discharge");
outcomes say what the child's day will look like. Mixed in is genuinely weak
wording that is labelled: "ongoing", "as required", "when possible", "to be
arranged", "monitor", "support", "keep an eye on", and measures that are only
a meeting happening ("progress reviewed at core group").

Two plans are exemplary: a social worker's letter to the parents that sets out
the plan in paragraphs (pdf), and a health visitor's plan for a baby whose
timescales are the baby's age and stages (docx). The other five carry a mix of
faults among good rows: a one-page family plan with its pictures described in
words (md), a child protection plan with the nursery's own plan inside it
(docx), a core group plan typed up from a handwritten sheet (txt), a review
plan whose table keeps the measure in the action's own cell (pdf), and a plan
for a looked-after baby on a neonatal ward set out by stages (docx).
"""
from build_batch5 import F

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan for a 7-week-old, mother with postnatal depression. The social
#    worker's letter to the parents sets the plan out in paragraphs; every
#    sentence under "What will happen" is one action with its owner, time and
#    what will be seen. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b105_mulvercote_icpc_letter_to_parents_penhallow.pdf",
    "doc_title": "Letter to Chloe and Danny Penhallow - Isla's child protection plan",
    "split": "tune",
    "actions": 9,
    "template": "icpc-letter-to-parents-printed-to-pdf-page-header-footer-address-block-bold-paragraph-headings-why-isla-has-a-plan-what-we-have-seen-of-her-day-what-her-day-will-look-like-then-action-paragraphs-one-sentence-per-action-contingency-meetings-sign-off",
    "description": (
        "Exemplary initial conference plan for a 7-week-old losing weight, whose mother has "
        "postnatal depression, written by the social worker as a letter to the parents and printed "
        "to PDF with a page header and footer. No table: under bold paragraph headings, the outcome "
        "is what Isla's day will look like, and every sentence under 'What will happen' is one "
        "action naming who, a time given as a weekday, a date or Isla's age ('until Isla is 12 "
        "weeks old', 'before she is 8 weeks old'), and a record or observation as the measure (the "
        "red book, the feed chart, the visitors' sheet, the GP's check record). The perinatal "
        "psychiatrist assesses capacity to change, the GP owns the medication review, the "
        "grandmother's mornings have a fallback, legal planning follows named triggers, core group "
        "and review dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Mulvercote Council – Children's Services",
    "footer": "Isla Penhallow – plan letter after the ICPC of 08/09/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("pr", "Mulvercote Council Children's Services"),
        ("pr", "Safeguarding Team 4, Civic Centre, Mulvercote MV1 3AH"),
        ("pr", "Telephone 01632 960418"),
        ("pr", "10 September 2025"),
        ("pl", "Chloe and Danny Penhallow"),
        ("pl", "12 Tanner's Row"),
        ("p", "Mulvercote MV4 2JS"),
        ("p", "Dear Chloe and Danny,"),
        ("boldp", "Isla's child protection plan – initial child protection conference, Monday 8 September 2025"),
        ("p", "Thank you both for coming to the conference on Monday and for being so open about how hard the "
              "last few weeks have been. Isla (born 19/07/2025) now has a child protection plan under the "
              "category of neglect. The chair, Rosalind Achebe, asked me to write the plan out for you in plain "
              "words rather than in a table, so that you can keep this letter on the fridge beside Isla's feed "
              "chart. Everyone who was at the conference has a copy."),
        ("boldp", "Why Isla has a plan"),
        ("p", "Chloe, you were diagnosed with postnatal depression on 14/08/2025, and you told Hannah that on "
              "some days you cannot get out of bed until Danny comes home at six. Danny works long shifts at the "
              "Fenwick distribution centre, Monday to Friday. On 26/08/2025 Hannah found Isla in a wet sleepsuit "
              "in her bouncer at 2pm, and the last feed written down was at 8am. Isla's weight has dropped from "
              "the 25th centile at birth to just above the 9th. You both agreed at the conference that Isla "
              "needs more help than you can give her on your own at the moment."),
        ("boldp", "What we have seen of Isla's day"),
        ("p", "Isla is too young to tell us how she feels, so this is what Hannah, the midwife and I have seen on "
              "five visits. Isla is a hungry baby who feeds well from a bottle when she is held close, and she "
              "cries hard when a feed is late. When Danny talks to her she turns to his voice and goes still. On "
              "02/09/2025 Chloe was on the sofa with her back to the Moses basket and did not hear Isla "
              "grizzling for several minutes; when Pauline picked her up and walked with her, Isla settled "
              "within a minute. On my last visit Chloe sang to Isla at bath time and Isla kicked and smiled at "
              "her."),
        ("boldp", "What we want Isla's day to look like"),
        ("p", "By the review conference we want every day to look like this for Isla. She is fed at least every "
              "four hours, day and night, by an adult who is awake and holding her, and her weight is back up "
              "to the 25th centile in her red book. She is changed into clean clothes when she wakes and before "
              "each nap. When she cries, someone comes to her within a few minutes and talks to her. She sleeps "
              "on her back in her own clear cot in your bedroom, and Hannah or I see her at least twice every "
              "week."),
        ("boldp", "What will happen"),
        ("p", "I, Amira Said, will visit Isla at home every Tuesday until the review conference, with at least "
              "one visit a month unannounced, and my visit record will say how Isla looked, where she slept and "
              "what I saw when she cried. Hannah Crewe, your health visitor, will visit every Thursday until "
              "Isla is 12 weeks old and then every fortnight, and she will plot Isla's weight in the red book "
              "and email me what she sees at each visit on the same day."),
        ("p", "Chloe, from today you will write every feed on the chart on the fridge, day and night, and Hannah "
              "and I will check at each of our visits that no gap between feeds is longer than four hours. "
              "Danny, you will do Isla's 10pm and 2am feeds every Friday, Saturday and Sunday night and write "
              "them on the same chart, which Hannah will read each Thursday."),
        ("p", "Pauline Gray, Chloe's mum, will come to the house from 9am to 1pm every Monday, Wednesday and "
              "Friday so that Chloe can sleep, and she will sign the visitors' sheet in Isla's folder, which I "
              "will look at on each Tuesday visit. Hannah will go through safe sleep with you both at her visit "
              "on 11/09/2025, and at every visit after that she will check that Isla's cot is clear and that "
              "she is put down on her back, writing what she finds in the red book."),
        ("p", "Dr Nadia Ferraz, consultant perinatal psychiatrist with the Mulvercote Perinatal Mental Health "
              "Team, will see Chloe every other Wednesday, and by 31/10/2025 she will write to me with her "
              "assessment of whether Chloe can make the changes Isla needs and how long that is likely to take. "
              "Dr Owen Clarke, your GP at Fairmead Surgery, will review Chloe's sertraline by 26/09/2025 and "
              "send Dr Ferraz and me a copy of the medication plan within the same week. Dr Clarke will also do "
              "Isla's 6-8 week check at Fairmead Surgery before she is 8 weeks old, on 12/09/2025, and send "
              "Hannah and me the check record with her weight."),
        ("boldp", "If things go wrong"),
        ("p", "If Isla's feed chart shows a gap of more than four hours twice in one week, if she loses weight at "
              "two Thursday weighs in a row, or if Chloe tells anyone she is thinking of harming herself or Isla, "
              "I will hold a strategy discussion with the police and health the same day, and Isla will be cared "
              "for by Danny and Pauline at Pauline's home, 3 Orchard Close, until it has taken place."),
        ("p", "If Pauline cannot come on one of her days (for example because she is ill), Danny will stay at "
              "home with Isla that day. If neither of them can, I will arrange that day for Isla to stay with a "
              "Mulvercote foster carer, and you will both be able to see her every day."),
        ("p", "If Isla has not gained weight steadily by the review conference, or Dr Ferraz's assessment says "
              "that Chloe cannot make the changes within Isla's timescale, I will ask my team manager, Grant "
              "Ellery, for a legal planning meeting within five working days to decide whether to start the "
              "Public Law Outline."),
        ("boldp", "Meetings"),
        ("p", "The core group (the two of you, Pauline, Hannah, Dr Ferraz, Fairmead Surgery's practice nurse and "
              "me) will meet every four weeks at Fairmead Children's Centre at 1.30pm, on 22/09/2025, 20/10/2025 "
              "and 17/11/2025. The review child protection conference will be at 10am on Monday 1 December 2025 "
              "at Mulvercote Civic Centre."),
        ("p", "If anything in this letter is wrong, or you disagree with it, please ring me on the number above "
              "or ask your advocate from Mulvercote Parents' Voice to contact me."),
        ("p", "Yours sincerely,"),
        ("pl", "Amira Said"),
        ("pl", "Social worker, Safeguarding Team 4"),
        ("p", "Copies to: Rosalind Achebe (conference chair), Hannah Crewe, Dr Nadia Ferraz, Dr Owen Clarke, "
              "Pauline Gray."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. ICPC plan for a 3-week-old written in the health visiting service's
#    template; timescales are Reuben's age and stages; measures are what the
#    health visitor sees and records. Mother under the CMHT, father drinks.
#    Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b105_marrisfold_hv_plan_baby_age_stages_feeney.docx",
    "doc_title": "Child Protection Plan - Reuben Feeney (health visiting template)",
    "split": "tune",
    "actions": 12,
    "template": "icpc-health-visiting-service-word-template-details-list-why-reuben-has-a-plan-reubens-day-what-we-see-outcomes-then-four-column-table-when-as-babys-age-or-stage-what-we-will-see-or-record-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 3-week-old whose mother has a personality disorder "
        "and a recent overdose and whose father drinks heavily, written in the health visiting "
        "service's safeguarding template with the social worker. The When column gives Reuben's age "
        "or stage ('until Reuben is 12 weeks old', 'before he is 8 weeks old', 'at 8 weeks') and "
        "the last column says what the health visitor or others will see or record. The CMHT care "
        "co-ordinator and the alcohol service both report on change, the GP and practice nurse own "
        "the baby's checks, the grandmother's weekend nights have a fallback, legal planning "
        "follows named triggers, core group and review dates are set."
    ),
    "blocks": [
        ("title", "Reuben's Child Protection Plan"),
        ("p", "Marrisfold Community Health NHS Trust · Health Visiting Service · Safeguarding plan template HV7, "
              "completed with Marrisfold Council Children's Services"),
        ("kv", [
            ("Baby", "Reuben Feeney, born 29/09/2025 at 39 weeks, 3.1kg (25th centile)"),
            ("Address", "Flat 9, Cobden House, Station Road, Marrisfold MF3 7EL"),
            ("Mother", "Kirsty Feeney (29)"),
            ("Father", "Lewis Ward (31), lives with Kirsty and Reuben"),
            ("Maternal grandmother", "Maureen Feeney, 8 Wren Close, Marrisfold (ten minutes by bus)"),
            ("Category", "Neglect"),
            ("Initial conference", "Tuesday 21/10/2025, Marrisfold Town Hall. Chair: Iain Drummond"),
            ("Lead professional", "Tom Aldous, social worker (team manager: Sarah Pinnock)"),
            ("Health visitor", "Beth Mallory, Station Road Clinic (author of this template)"),
        ]),
        ("h1", "Why Reuben has a plan"),
        ("p", "Kirsty has emotionally unstable personality disorder and is under the Marrisfold Community Mental "
              "Health Team. On 11/10/2025, when Reuben was 12 days old, she took an overdose of paracetamol while "
              "Lewis was at the pub; Reuben was alone with her in the flat for about two hours until Lewis came "
              "home and rang 999. Lewis told the ward that he drinks six to eight cans most nights and more at "
              "weekends. Reuben has dropped from the 25th to the 9th centile, and at the visit on 16/10/2025 his "
              "last recorded feed was five hours earlier."),
        ("h1", "Reuben's day: what we see"),
        ("p", "Reuben is three weeks old and cannot tell us what his days are like, so this is what the midwife, "
              "the health visitor and the social worker have seen on six visits. He feeds well from a bottle "
              "when he is held upright and talked to, and falls asleep after 60ml. When he is hungry his cry "
              "builds quickly to a scream. He calms fastest when Maureen holds him against her chest and walks "
              "with him. With Kirsty he is more unsettled; on 16/10/2025 she held him facing away from her while "
              "she was on her phone, and he cried for about ten minutes before she noticed and fed him. He turns "
              "his head towards Lewis's voice."),
        ("h1", "What we want for Reuben"),
        ("bullets", [
            "Reuben is fed at least every four hours, day and night, and his weight climbs back to the 25th "
            "centile by the time he is 12 weeks old.",
            "Reuben is always cared for by a sober adult who is well enough to look after him, and is never left "
            "alone with a parent who is in crisis.",
            "Reuben's cries are answered quickly, and he is held and talked to during feeds.",
            "Reuben sleeps on his back in a clear cot and has all his health checks and immunisations on time.",
        ]),
        ("h1", "Reuben's plan: who does what, and when"),
        ("p", "The When column gives Reuben's age or stage, with the date. The last column says what will be "
              "seen or written down, and where."),
        ("table", {
            "header": ["What will happen", "Who", "When (Reuben's age or stage)", "What we will see or record"],
            "widths": [5.0, 3.4, 3.8, 4.8],
            "rows": [
                ["Visit Reuben at home to weigh him and check his feeding, skin and sleep",
                 "Beth Mallory, health visitor (HV)",
                 "Every Tuesday until Reuben is 12 weeks old (22/12/2025), then every two weeks",
                 "Weight plotted in the red book and on SystmOne; what the HV sees at each visit emailed to the "
                 "SW the same day"],
                ["Go through safe sleep with Kirsty and Lewis, then check Reuben's sleep space",
                 "Beth Mallory, HV",
                 "At the visit on 28/10/2025, then at every visit",
                 "Red book note at each visit that the cot is clear and Reuben is put down on his back"],
                ["Ask Kirsty the Whooley questions at every visit, do an EPDS, and phone the CMHT the same day if "
                 "the score is 13 or more",
                 "Beth Mallory, HV",
                 "Whooley at every visit; EPDS at 4 weeks (28/10/2025) and at 6 weeks (10/11/2025)",
                 "Scores in the HV record, copied to the SW and the care co-ordinator"],
                ["Tell the SW if Reuben misses a health appointment or is not seen at a planned visit",
                 "Beth Mallory, HV",
                 "The same day",
                 "Missed-contact entry on SystmOne, copied to the SW"],
                ["Do Reuben's 6-8 week check, including hips, heart, eyes and weight",
                 "Dr Anil Verma, GP, Northgate Surgery",
                 "Before Reuben is 8 weeks old (by 24/11/2025)",
                 "Check record in the red book, copied to the HV and the SW"],
                ["Give Reuben his 8-week immunisations",
                 "Jean Hollis, practice nurse, Northgate Surgery",
                 "At 8 weeks (24/11/2025)",
                 "Immunisation entry in the red book, seen by the HV at the next visit"],
                ["Visit Reuben at home, see him awake and being cared for, with one visit a month unannounced",
                 "Tom Aldous, social worker (SW)",
                 "Every Thursday until the review conference",
                 "Visit record on the case file saying where Reuben was, how he looked and who was caring for "
                 "him"],
                ["Write every feed and nappy on Reuben's chart, day and night",
                 "Kirsty Feeney and Lewis Ward (parents)",
                 "Every feed, from 21/10/2025",
                 "Chart shows no gap over four hours; the HV and SW read it at each visit"],
                ["Stay sober whenever he is caring for Reuben, and keep no alcohol in the flat",
                 "Lewis Ward (Dad)",
                 "Every day, from 21/10/2025",
                 "Breath tests negative at every session; no alcohol seen on any HV or SW visit"],
                ["Do Reuben's night feeds on Saturdays and Sundays at the flat so that Kirsty can sleep",
                 "Maureen Feeney (maternal grandmother)",
                 "Every Saturday and Sunday night until Reuben is 12 weeks old",
                 "Maureen's initials on the feed chart for those nights, checked by the HV each Tuesday"],
                ["Review Kirsty's mental health and medication, agree a written crisis plan with her, and report to "
                 "each core group on whether she is making the changes Reuben needs and how long that is likely "
                 "to take",
                 "Priya Nandakumar, care co-ordinator, Marrisfold CMHT",
                 "Crisis plan by 31/10/2025; report two days before each core group",
                 "Crisis plan copied to the SW and HV; written report on the case file before each core group"],
                ["Assess Lewis's drinking, agree a treatment plan, breath test him at each session and report on "
                 "whether he is cutting down",
                 "Callum Pryor, recovery worker, Marrisfold Horizons (adult alcohol service)",
                 "Assessment by 04/11/2025, then every two weeks",
                 "Breath test results and a written update to the SW before each core group"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Kirsty harms herself or tells anyone she is thinking of harming herself or Reuben, or Lewis is "
              "found to have been drinking while caring for Reuben (a positive breath test, or a report from "
              "anyone), Reuben will go to Maureen at 8 Wren Close the same day and Tom will hold a strategy "
              "discussion with Marrisfold Police that day."),
        ("p", "If Maureen cannot care for Reuben, or cannot do the weekend nights, Tom will arrange a foster "
              "placement for Reuben that day, with family time offered to Kirsty and Lewis every day."),
        ("p", "If Reuben's weight falls at two weighs in a row, Lewis has two positive breath tests in any four "
              "weeks, or by the review conference the CMHT's report says Kirsty is not making the changes Reuben "
              "needs, Tom will request a legal planning meeting within five working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 1pm, Station Road Clinic: 04/11/2025, 02/12/2025 and "
            "06/01/2026.",
            "Review child protection conference: Monday 19/01/2026, 10am, Marrisfold Town Hall.",
            "Beth will bring Reuben's weight chart and feed chart to every core group.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Review plan for a 5-year-old and a 2-year-old given to the parents as a
#    one-page family plan, each line with its picture described in words.
#    Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b105_mennowick_family_one_page_picture_plan_brierley.md",
    "split": "tune",
    "actions": 7,
    "template": "rcpc-one-page-family-plan-markdown-pictures-described-in-square-brackets-who-is-in-our-family-worries-what-the-children-say-what-their-day-will-look-like-then-numbered-what-will-happen-if-things-get-worse-meetings",
    "description": (
        "First review plan for a 5-year-old and a 2-year-old, neglect, father smokes cannabis daily, "
        "written as a one-page family plan for parents with learning needs, every line followed by "
        "its picture described in square brackets. Outcomes describe the children's day and the "
        "good lines carry their measure in plain words (the school's late book, Ruth's visit notes, "
        "nursery emails). Faults: the father goes to the drug service 'ongoing' with no measure and "
        "no adult service owns an action, Nana helps 'when possible', the family hub worker "
        "'supports' with nothing to show for it, 'Everyone' keeps an eye on the teas with no time, "
        "one outcome is about the parents only, the contingency only talks to the manager, no legal "
        "step, and the review conference is 'to be arranged'."
    ),
    "text": """\
# Our family plan — Mason and Poppy

Mennowick Council Children's Services · made with Jade and Connor at the review conference on Thursday 6 November 2025

[Picture: a house with a smiling sun over the roof]

## Who is in our family

- Mason, 5 — Reception class at St Olave's Primary [picture: Mason's drawing of a red dinosaur]
- Poppy, 2 — goes to Little Wrens nursery on Mondays and Thursdays [picture: a yellow welly boot]
- Jade (Mum) and Connor (Dad) [picture: two people holding hands]
- Nana Jean (Jade's mum), who lives round the corner on Kiln Street [picture: a teapot]
- Ruth Ansell, our social worker [picture: a lady with a blue folder]

## What we are worried about [picture: a grey cloud]

Mason and Poppy have gone without tea on some nights, and Mason has been late for school 19 times since
September. Connor smokes cannabis most days, inside the house. On two visits there was dog mess on the kitchen
floor and Poppy was playing next to it.

## What Mason and Poppy say and show us [picture: a speech bubble]

Mason said to Ruth at school: "I like it when Dad makes pancakes. I don't like it when the house smells funny
and I have to hold my nose." He drew his family with a big smiley Nana Jean and a dog with a cross on it.

Poppy is 2. She runs to the door to meet Ruth and shows her the books from nursery. At nursery she eats two
breakfasts on Mondays. She cries when she is put down and stops when Jade picks her up.

## What Mason and Poppy's day will look like [picture: a clock and a plate]

- Mason gets to school by 8.45 every morning with breakfast inside him. [picture: the school gate]
- Mason and Poppy have a hot tea every night, then a bath and a story before bed. [picture: a bath with bubbles]
- Mason and Poppy live in a house that is clean and smells fresh, with no cannabis smoke. [picture: an open window]
- Jade and Connor will feel less stressed. [picture: two smiling faces]

## What will happen [picture: a ladder]

1. Jade will walk Mason to school by 8.40 every morning, and the school's late book will show whether he got
   there on time. [picture: a clock showing 8.40]
2. Connor will go to his appointments at the Junction about his cannabis, ongoing. [picture: a door with a key]
3. Nana Jean will help with teatime and bathtime when possible, and tick the chart on the fridge. [picture: Nana's teapot]
4. Ruth will visit every week and see Mason on his own at school once a month, and write what she sees in her
   visit notes. [picture: a notebook]
5. Kelly from the Family Hub will support Jade with the house every Tuesday morning until Christmas. [picture: a mop and bucket]
6. Everyone will keep an eye on the children's teas. [picture: an eye]
7. Little Wrens nursery will write down if Poppy arrives hungry or in dirty clothes, every Monday and Thursday,
   and email Ruth the same day. [picture: Poppy's coat peg]

## If things get worse [picture: a red triangle]

If things at home get worse again, Ruth will talk to her manager and we will all meet to decide what to do.

## Meetings [picture: a calendar]

We will meet with Ruth, school, nursery and Kelly every 4 weeks at Mennowick Family Hub, on 20/11/2025,
18/12/2025 and 15/01/2026. The next review conference is to be arranged.
""",
    "findings": [
        F("F002", "Jade and Connor will feel less stressed."),
        F("T002", "Connor will go to his appointments at the Junction"),
        F("M001", "Connor will go to his appointments at the Junction"),
        F("T002", "Nana Jean will help with teatime and bathtime when possible"),
        F("M001", "Kelly from the Family Hub will support Jade with the house"),
        F("W002", "Everyone will keep an eye on the children's teas."),
        F("M002", "Everyone will keep an eye on the children's teas."),
        F("T001", "Everyone will keep an eye on the children's teas."),
        F("F004"),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. ICPC plan for a 3-year-old and her baby brother, mother with depression,
#    father working away. The action plan has a multi-agency table and then
#    the nursery's own plan for Zofia, written by the nursery in sentences.
#    Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b105_morvenstoke_icpc_nursery_plan_within_cp_plan_kaczmarek.docx",
    "doc_title": "Child Protection Plan - Zofia and Antek Kaczmarek",
    "split": "tune",
    "actions": 15,
    "template": "icpc-word-plan-details-list-reasons-childrens-day-outcomes-then-action-plan-part-1-four-column-multi-agency-table-part-2-nurserys-own-plan-as-bullet-sentences-contingency-core-group",
    "description": (
        "Initial conference plan for a 3-year-old at nursery and her 10-month-old brother, neglect, "
        "mother with depression and anxiety, father working away in the week. Part 1 of the action "
        "plan is a multi-agency table; part 2 is the nursery's own plan for Zofia in sentences, whose "
        "good lines name the nursery's records (daily care record, breakfast sheet, Friday email). "
        "Faults: the primary care mental health team only gives sessions, measured by 'mood "
        "improves'; the family support worker's routine work is 'To be arranged'; the aunt has the "
        "children 'As required', 'SW to monitor'; 'All professionals' share concerns; the key worker "
        "supports speech 'when possible' with no measure; a passive 'monitored ongoing' nursery "
        "line; the aunt carries two actions and the contingency with no fallback."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Morvenstoke City Council · Children and Families · Initial Child Protection Conference"),
        ("kv", [
            ("Children", "Zofia Kaczmarek (3), DOB 02/06/2022; Antek Kaczmarek (10 months), DOB 11/12/2024"),
            ("Address", "31 Garner Street, Morvenstoke MS6 4BQ"),
            ("Mother", "Marta Kaczmarek (30)"),
            ("Father", "Piotr Kaczmarek (33), HGV driver, away Monday to Friday"),
            ("Maternal aunt", "Ewa Nowak, 22 Linden Road, Morvenstoke"),
            ("Category", "Neglect"),
            ("Conference", "Tuesday 14/10/2025, Morvenstoke Civic Offices. Chair: Helen Mortimer"),
            ("Social worker", "Natalia Brook, Assessment and Safeguarding Team 2"),
            ("Nursery", "Bluebell Corner Day Nursery, Cross Lane (Zofia attends Monday to Friday, 8am to 3pm)"),
        ]),
        ("h1", "Why Zofia and Antek need a plan"),
        ("p", "Since June, Bluebell Corner Nursery has recorded Zofia arriving hungry on 23 mornings, in the same "
              "clothes for several days, and with four teeth visibly decayed. Antek has had nappy rash so bad "
              "that it bled, and he has missed his 9-month health review and two immunisation appointments. "
              "Marta has depression and anxiety, diagnosed by her GP in May 2025, and takes citalopram. She says "
              "she sleeps most of the afternoon while Piotr is away and finds it hard to cook or go out. The "
              "house was cold and there was no food for the children on the social worker's visit on "
              "03/10/2025."),
        ("h1", "Zofia and Antek's day"),
        ("p", "Zofia told her key worker, Leanne, “Mama sleeps, I watch the tablet” and “My tooth hurts when I eat "
              "apple.” When she drew her home she drew herself and Antek on the sofa and her mum in bed. At "
              "nursery she is chatty in Polish and is beginning to use English with other children; she eats "
              "everything at breakfast and asks for more. Antek is a smiley baby who crawls to his sister. On "
              "two visits he was in a full nappy and sitting in his cot with a bottle propped against a pillow."),
        ("h1", "What we want for Zofia and Antek"),
        ("bullets", [
            "Zofia arrives at nursery every day fed, washed and in clean clothes, and her teeth are treated and "
            "no longer hurt her.",
            "Antek is changed often enough that his skin heals, and he has all his health reviews and "
            "immunisations.",
            "Zofia and Antek eat three meals a day at home and live in a warm house with a mum who gets up and "
            "looks after them.",
        ]),
        ("h1", "Action plan"),
        ("h2", "Part 1: what the professionals and family will do"),
        ("table", {
            "header": ["Action", "Lead", "Timescale", "How we will know"],
            "widths": [5.6, 3.6, 3.2, 4.6],
            "rows": [
                ["Visit Zofia and Antek at home, with one unannounced visit a month; see Zofia's bedroom and "
                 "Antek's cot and check what food is in the house",
                 "Natalia Brook, social worker (SW)", "Every week from 20/10/2025",
                 "Visit record on Mosaic saying what the children were wearing, eating and doing"],
                ["Weigh Antek, check his skin and development, and do his missed 9-month review",
                 "Gail Summers, health visitor", "9-month review by 31/10/2025, then every two weeks",
                 "Weights and the review in the red book; review summary sent to the SW"],
                ["Take Zofia to Morvenstoke Community Dental Service about her decayed teeth",
                 "Marta Kaczmarek (Mum)", "By the end of October half-term (31/10/2025)",
                 "The dentist's letter with Zofia's treatment plan, on her file"],
                ["Weekly sessions for Marta's low mood and anxiety",
                 "Hollie Tran, practitioner, Morvenstoke Primary Care Mental Health Team", "Weekly",
                 "Marta's mood improves"],
                ["Review Marta's citalopram and write to the SW about how her health affects her care of the "
                 "children",
                 "Dr Rhian Powell, GP, Stoke Row Surgery", "By 07/11/2025",
                 "The GP's letter on both children's files"],
                ["Help Marta set up a daily routine for the children's meals, baths and bedtimes",
                 "Family support worker, Morvenstoke Family Hub", "To be arranged",
                 "Routine chart on the fridge, ticked each day, seen at each SW visit"],
                ["Collect Zofia from nursery and give both children their tea at her house",
                 "Ewa Nowak (maternal aunt)", "Every Tuesday and Thursday until the review conference",
                 "Ewa signs the nursery's collection book"],
                ["Have Zofia and Antek to stay if Marta is struggling",
                 "Ewa Nowak (maternal aunt)", "As required", "SW to monitor"],
                ["Share any concern about Zofia or Antek with the SW",
                 "All professionals", "The same day",
                 "Concern recorded on each agency's file and emailed to the SW"],
            ],
        }),
        ("h2", "Part 2: Bluebell Corner Nursery's plan for Zofia (written by Mrs Anita Shah, manager and DSL)"),
        ("bullets", [
            "Zofia's key worker, Leanne Holt, will greet her at the door every morning she attends and write in "
            "the nursery's daily care record whether she arrived hungry, clean and on time.",
            "The nursery cook will give Zofia breakfast when she arrives every day until the review conference, "
            "and the breakfast sheet will show what she ate.",
            "Leanne will support Zofia with her speech and her English when possible.",
            "Mrs Shah will email Natalia the week's attendance and the daily care record every Friday by 4pm, "
            "and Natalia will keep each email on Zofia's file.",
            "Zofia's teeth and any marks on her body will be monitored, ongoing.",
            "Leanne will write an Early Years progress summary for Zofia by the end of the autumn term "
            "(19/12/2025) and share it with Marta and the review conference.",
        ]),
        ("h1", "Contingency plan"),
        ("p", "If Zofia arrives at nursery hungry or unwashed on three days in one week, or Marta tells anyone "
              "that she cannot cope, Natalia will visit the same day, and Zofia and Antek will stay with Ewa at "
              "22 Linden Road until a strategy discussion has been held."),
        ("p", "If there has been no real progress by the review conference, Natalia will request a legal planning "
              "meeting."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Wednesdays at 1pm, Bluebell Corner Nursery: 29/10/2025, 26/11/2025 "
            "and 07/01/2026.",
            "Review child protection conference: Wednesday 14/01/2026, 10am, Morvenstoke Civic Offices.",
        ]),
    ],
    "findings": [
        F("H001", "Weekly sessions for Marta's low mood and anxiety"),
        F("M002", "Weekly sessions for Marta's low mood and anxiety"),
        F("T002", "Help Marta set up a daily routine for the children's meals"),
        F("T002", "Have Zofia and Antek to stay if Marta is struggling"),
        F("M002", "Have Zofia and Antek to stay if Marta is struggling"),
        F("W002", "Share any concern about Zofia or Antek with the SW"),
        F("T002", "Leanne will support Zofia with her speech and her English"),
        F("M001", "Leanne will support Zofia with her speech and her English"),
        F("W001", "Zofia's teeth and any marks on her body will be monitored"),
        F("T002", "Zofia's teeth and any marks on her body will be monitored"),
        F("M002", "Zofia's teeth and any marks on her body will be monitored"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Plan revised at a core group, typed up by business support from the
#    handwritten sheet: dashes between who / what / when / how we'll know,
#    [?] for words that could not be read. Mother drinks; the family may
#    move to another authority. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b105_mapplesgarth_core_group_handwritten_typed_up_doolan.txt",
    "split": "tune",
    "actions": 10,
    "template": "core-group-revised-plan-typed-up-from-handwritten-sheet-plain-text-abbreviations-unreadable-words-marked-numbered-lines-who-what-when-how-well-know-separated-by-dashes-if-things-go-wrong-next-meetings",
    "description": (
        "Plan for an 11-year-old young carer and his 7-year-old sister, mother drinking most "
        "evenings, revised at the second core group and typed up from the handwritten sheet, with "
        "abbreviations, arrows and [?] where a word could not be read. Each numbered line runs who - "
        "what - when - how we'll know; the good lines name a record (visit notes, reading diary, "
        "register printout, Triple P certificate). Faults: the mother's key work is 'ongoing' and its "
        "measure unreadable, the high school's referral is 'when poss.', the family group conference "
        "is on hold until the case transfers with 'n/a' as the measure, 'All of us' keep an eye on "
        "Kayden's jobs, the mother's GP visit is 'as required' and 'monitored', and one outcome is "
        "only about the mother's drinking."
    ),
    "text": """\
MAPPLESGARTH COUNCIL - CHILDREN'S SERVICES - NORTH LOCALITY TEAM
Child protection plan - revised at core group 2, Tues 14/10/2025

Typed up by B. Okoro (business support) from the handwritten plan agreed at the
core group. Words we could not read are marked [?]. Crossed-out words have been
left out. The original sheet is scanned to the file (doc ref 77120).

CHILDREN ... Kayden DOOLAN (11) - Yr 7, Mapplesgarth High
             Tia DOOLAN (7) - Yr 3, Fellside Primary
MUM ........ Stacey Doolan (35), 12 Brook Terrace
MGF ........ Des Doolan - lives next door at no. 14
SW ......... Ellie Varga (TM: Mark Hollins)
PLAN ....... from ICPC 02/09/2025, category neglect
PRESENT .... Stacey, Des, Ellie, Sam Clegg (Recovery), Mrs Kaur (Fellside),
             Mr Dunn (Mapplesgarth High), Jo Platt (Fellside Family Hub)

Stacey has been offered a housing assoc. flat in Northwold District and hopes to
move before Xmas. Nothing agreed yet - Ellie to tell Northwold if a date is set.

WHY WE ARE WORRIED
Stacey drinks most evenings (she says 4-5 cans, Kayden says "a lot more"). Kids
often get their own tea. Tia late 11 times since Sept. Kayden found Mum asleep on
the kitchen floor on 28/09 and put her in the recovery position (learned at
Scouts) -> rang Des.

WHAT KAYDEN + TIA SAY
Kayden (seen at school 09/10): "I do the tea most nights and I sort Tia's
uniform. I'd like Mum to be like she was before. I want to go to footy on
Wednesdays but I can't leave Tia."
Tia (seen at home 07/10): likes Grandad Des's house "because he has biscuits and
the telly is loud". Drew Mum in bed with a can. Wants Mum "to get up in the
morning".

WHAT WE WANT (by the review conf)
- Kayden + Tia have tea, a bath and bed with a sober adult every night
- Tia in school on time every day -> attendance 95%+
- Kayden not doing Mum's jobs + back at footy on Weds
- Stacey to cut down her drinking

THE PLAN   (who - what - when - how we'll know)
1. Ellie (SW) - visit home every Weds after school + see both kids on their own
   - weekly - visit notes on LCS
2. Des (MGF) - give the kids tea at his house Mon, Weds, Fri - until the Xmas
   hols - signs Tia's reading diary those nights
3. Stacey - key work with Sam at Mapplesgarth Recovery about her drinking -
   ongoing - [?]
4. Sam Clegg (Recovery) - breath test at each session + written update to Ellie
   before every core group - fortnightly - updates on file
5. Mrs Kaur (DSL, Fellside) - check Tia is in by 8.50 + ring Ellie same day if
   she is absent - every school day - register printout to Ellie each Fri
6. Mr Dunn (pastoral, Mapplesgarth High) - refer Kayden to Young Carers + find
   him a key adult - when poss. - referral form copied to Ellie
7. Ellie - family group conference referral - on hold until the case transfers
   to Northwold - n/a
8. Stacey - Triple P group at Fellside Family Hub - 8 weeks from 04/11 -
   certificate + Jo Platt's end of course report to Ellie
9. All of us - keep an eye on Kayden doing Mum's jobs - at every contact
10. Stacey - see GP (Dr Lowe) about her nerves + sleeping - as required -
   monitored

IF THINGS GO WRONG
- If Stacey drinks in the day, or the kids are found on their own after 9pm ->
  kids go to Des's (no. 14) that night + Ellie holds strategy disc. same day.
- If Des can't have them (ill / away) -> Ellie (or EDT out of hours) arranges
  emergency foster placement that night.
- If no real change by the review conf, or 2 positive breath tests in any 4
  wks -> Ellie to ask Mark for a legal planning mtg within 5 working days.

NEXT MEETINGS
Core group ... every 4 wks, Tues 3.45pm at Fellside: 11/11/2025, 09/12/2025
Review conf .. Thurs 27/11/2025, 10am, Mapplesgarth Civic Centre
""",
    "findings": [
        F("F002", "Stacey to cut down her drinking"),
        F("T002", "key work with Sam at Mapplesgarth Recovery about her drinking"),
        F("M001", "key work with Sam at Mapplesgarth Recovery about her drinking"),
        F("T002", "refer Kayden to Young Carers + find him a key adult"),
        F("X001", "family group conference referral - on hold until the case transfers"),
        F("M001", "family group conference referral - on hold until the case transfers"),
        F("W002", "All of us - keep an eye on Kayden doing Mum's jobs"),
        F("M002", "All of us - keep an eye on Kayden doing Mum's jobs"),
        F("T002", "see GP (Dr Lowe) about her nerves + sleeping"),
        F("M002", "see GP (Dr Lowe) about her nerves + sleeping"),
    ],
})


# ---------------------------------------------------------------------------
# 6. First review plan, three children, father's drinking and domestic abuse,
#    mother's depression. Three-column table: the action cell carries the
#    measure ("...; we will know from ..."), then Who and By when. The
#    children's own views are nowhere in it. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b105_mistravale_rcpc_measure_in_action_cell_hartigan.pdf",
    "doc_title": "Review Child Protection Plan - Cerys, Owen and Aoife Hartigan",
    "split": "tune",
    "actions": 18,
    "landscape": True,
    "template": "rcpc-landscape-word-plan-printed-to-pdf-page-header-footer-details-list-since-last-conference-outcomes-then-three-column-table-action-and-how-we-will-know-in-one-cell-who-by-when-contingency-meetings",
    "description": (
        "First review conference plan for a 14-year-old, a 9-year-old and a 4-year-old whose father "
        "drinks and has been violent to their mother, who has depression. A landscape Word plan "
        "printed to PDF with header and footer; the table has only three columns, and the measure is "
        "written into the action's own cell ('...; we will know from the contact record'), with "
        "timescales such as 'by the end of the spring term'. Faults: seeing each child alone has no "
        "By when, the 'Core group' owns the safety plans, the CBT course only treats the mother, the "
        "father's cutting down is only 'progress reviewed at core group', nobody owns the hair strand "
        "test, the counsellor's support is 'Ongoing' with no measure, the DSL will 'Monitor' Owen, "
        "the speech therapy referral is 'ASAP', and nothing records any child's wishes or feelings."
    ),
    "header": "OFFICIAL-SENSITIVE – Mistravale District Council – Children's Social Care",
    "footer": "Hartigan children – Review Child Protection Plan 24/11/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Mistravale District Council · Children's Social Care · Family Safeguarding Team (South)"),
        ("kv", [
            ("Children", "Cerys Hartigan (14), DOB 17/03/2011; Owen Hartigan (9), DOB 05/08/2016; "
                         "Aoife Hartigan (4), DOB 22/01/2021"),
            ("Address", "58 Pennant Avenue, Mistravale MV9 1RT"),
            ("Mother", "Niamh Hartigan (37)"),
            ("Father", "Declan Hartigan (40), living with his brother at 6 Quarry Lane since 16/08/2025"),
            ("Category", "Emotional abuse (all three children)"),
            ("Conference", "First review, Monday 24/11/2025 (initial conference 01/09/2025). Chair: Ruth Emberton"),
            ("Social worker", "Liam Petrie (team manager: Joanne Akers)"),
            ("Schools", "Mistravale Academy (Cerys, Year 10); St Brigid's Primary (Owen, Year 5; Aoife, "
                        "Reception)"),
        ]),
        ("h1", "Since the initial conference"),
        ("p", "Police were called to the house four times between March and August 2025. On 15/08/2025 Declan, "
              "who had been drinking all afternoon, pushed Niamh down the stairs while all three children were "
              "at home; Cerys rang 999. Declan was charged with assault and is on bail not to enter Pennant "
              "Avenue. He has kept to his bail and has seen the children every Saturday at the family centre. "
              "Niamh has depression and has been on sertraline since 2023. Cerys's attendance fell to 81% last "
              "term and is 88% this term. Owen has had two fixed-term exclusions for fighting. Aoife's speech is "
              "well behind that of other children in her class."),
        ("h1", "What we want for Cerys, Owen and Aoife"),
        ("bullets", [
            "Cerys, Owen and Aoife are safe from violence and shouting at home and at contact.",
            "Cerys goes to school every day, and is not looking after her mum or her brother and sister.",
            "Owen settles at school and has no more exclusions this school year.",
            "Aoife's speech is assessed and she has the help she needs before she starts Year 1.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["What will happen – and how we will know", "Who", "By when"],
            "widths": [14.7, 6.0, 5.0],
            "rows": [
                ["Visit the children at home, with one visit a month unannounced; we will know from the visit "
                 "record on Mosaic, which notes where each child was seen and who was at home",
                 "Liam Petrie, social worker (SW)", "Every two weeks until the second review conference"],
                ["See each child on their own, away from home; the visit record will show each child seen "
                 "alone at school or at the family centre",
                 "Liam Petrie, SW", ""],
                ["Make a safety plan with each child; we will know when each child can tell the SW, without "
                 "prompting, who they would call and where they would go",
                 "Core group", "By 19/12/2025"],
                ["Run a 10-week CBT course for Niamh's low mood; we will know from the course attendance register",
                 "Mistravale Talking Therapies (Priya Kaur, therapist)", "Weekly from 03/12/2025"],
                ["Review Niamh's sertraline and write to the SW about how her mood affects her care of the "
                 "children; we will know from the GP's letter on the children's files",
                 "Dr Helen Osei, GP, Vale Road Surgery", "By 12/12/2025"],
                ["Assess Declan's drinking, agree a treatment plan and carry out random breath tests; the "
                 "results and a written report on his progress go to the SW before each core group",
                 "Rob Tierney, recovery worker, Mistravale Alcohol Service",
                 "Assessment by 05/12/2025, then every two weeks"],
                ["Declan to cut down his drinking; progress reviewed at core group",
                 "Declan Hartigan (Dad)", "By the second review conference"],
                ["Hair strand test for alcohol for Declan; we will know from the laboratory report, copied to "
                 "the SW", "-", "By 31/12/2025"],
                ["Attend the 26-week Mistravale Domestic Abuse Perpetrator Programme; the programme worker's "
                 "reports will show his attendance and what he has learned",
                 "Declan Hartigan", "Starts 14/01/2026; reports every six weeks"],
                ["Supervise Declan's time with the children at Mistravale Family Centre; we will know from the "
                 "contact record written after each session",
                 "Sue Rowntree, contact supervisor, Mistravale Family Centre", "Every Saturday, 10am to 12pm"],
                ["Support Cerys to talk about what has happened at home",
                 "Mrs Joanne Clegg, school counsellor, Mistravale Academy", "Ongoing"],
                ["Check Cerys's attendance and punctuality every day; the register printout goes to the SW "
                 "every Friday",
                 "Mr Ade Bakare, DSL, Mistravale Academy", "Every school day until the end of the spring term"],
                ["Apply to Mistravale Young Carers for Cerys; we will know from the young carers' assessment, "
                 "copied to the SW",
                 "Liam Petrie, SW", "By the end of the autumn term (19/12/2025)"],
                ["Monitor Owen's attendance and behaviour at school",
                 "Mr Farid Khan, DSL, St Brigid's Primary", "Weekly"],
                ["Refer Aoife to speech and language therapy; the referral acceptance letter will be on her file",
                 "Liam Petrie, SW", "ASAP"],
                ["Check Aoife's hearing and speech at school and share the result with the SW; we will know "
                 "from the school nurse's record",
                 "Beth Lacey, school nurse", "Before the February half-term (13/02/2026)"],
                ["Meet Niamh to go through her safety plan and risk assessment; the IDVA's updated risk "
                 "assessment is sent to the SW after each meeting",
                 "Kara Mills, IDVA, Mistravale Women's Aid", "Every two weeks from 01/12/2025"],
                ["Keep a marker on the family's address and tell the SW of any call-out the same day; the police "
                 "incident log is sent to the SW",
                 "DC Andy Hayes, Mistravale Police Domestic Abuse Unit", "From 24/11/2025, for as long as the plan lasts"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Declan comes to Pennant Avenue, contacts Niamh outside the agreed arrangements, or is drunk at "
              "contact, the contact supervisor or Niamh will call the police, Saturday contact will stop, and "
              "Liam will hold a strategy discussion the same day. If Niamh wants to leave the house, Kara will "
              "find the family a refuge place that day."),
        ("p", "If Declan has two positive breath tests in any four weeks, or there is any further incident of "
              "domestic abuse, Liam will ask Joanne Akers for a legal planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 4pm, Mistravale Family Centre: 16/12/2025, 13/01/2026 "
            "and 10/02/2026.",
            "Second review child protection conference: Monday 23/02/2026, 10am, Mistravale Council House.",
        ]),
    ],
    "findings": [
        F("T001", "See each child on their own, away from home"),
        F("W002", "Make a safety plan with each child; we will know"),
        F("H001", "CBT course for Niamh's low mood; we will know"),
        F("M002", "Declan to cut down his drinking; progress reviewed at core group"),
        F("W001", "Hair strand test for alcohol for Declan"),
        F("T002", "Support Cerys to talk about what has happened at home"),
        F("M001", "Support Cerys to talk about what has happened at home"),
        F("M002", "Monitor Owen's attendance and behaviour at school"),
        F("T002", "Refer Aoife to speech and language therapy"),
        F("F003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. ICPC plan for a newborn accommodated under section 20 and still on the
#    neonatal unit, mother using heroin and crack. The When column is set out
#    by stage ("while Rosa is on Heron Ward", "from discharge", "until she is
#    12 weeks old"); nobody is set to visit Rosa on the ward. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b105_mawdenby_icpc_neonatal_stages_when_column_quilliam.docx",
    "doc_title": "Child Protection Plan - Baby Rosa Quilliam",
    "split": "tune",
    "actions": 12,
    "template": "icpc-word-plan-details-list-legal-status-why-rosa-has-a-plan-rosas-day-on-the-ward-outcomes-then-four-column-table-when-column-written-as-stages-ward-discharge-weeks-old-contingency-meetings",
    "description": (
        "Initial conference plan for an 11-day-old accommodated under section 20 and withdrawing from "
        "opiates on a neonatal unit, whose mother uses heroin and crack on top of a methadone script "
        "and is waiting for the maternal grandmother's viability assessment. The When column is set "
        "out by stage ('while Rosa is on Heron Ward', 'from discharge', 'until Rosa is 12 weeks "
        "old'), and most rows have a record as their measure. Faults: the social worker only phones "
        "the ward and the mother visits 'when she is able', so no one is set to visit Rosa in "
        "hospital; the grandmother's viability assessment has no stated output; the drug service "
        "row is measured by 'Engagement'; the perinatal team only supports; the hostel key worker's "
        "housing help is 'Ongoing' and 'Monitored'."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Mawdenby Borough Council · Children's Social Care · Initial Child Protection Conference"),
        ("kv", [
            ("Child", "Rosa Quilliam, born 02/10/2025 at 36 weeks, 2.4kg"),
            ("Where Rosa is now", "Heron Ward (neonatal unit), Mawdenby General Hospital"),
            ("Legal status", "Looked after: accommodated under section 20 Children Act 1989 since 06/10/2025, "
                             "with Jodie's consent"),
            ("Mother", "Jodie Quilliam (22), Room 4, Calder House hostel, Mawdenby"),
            ("Father", "Not named by Jodie"),
            ("Maternal grandmother", "Carol Quilliam, 17 Sedge Lane, Mawdenby"),
            ("Category", "Neglect"),
            ("Conference", "Monday 13/10/2025, Mawdenby Civic Centre. Chair: Andrew Fenby"),
            ("Social worker", "Gemma Rourke, Children in Care Team (team manager: Yusuf Kader); IRO: Lesley Dunn"),
        ]),
        ("h1", "Why Rosa has a plan"),
        ("p", "Jodie used heroin and crack cocaine through her pregnancy on top of a methadone prescription, and "
              "went to two of eight antenatal appointments. Rosa was born at 36 weeks and has neonatal "
              "abstinence syndrome; she is being treated with oral morphine on Heron Ward and is expected to be "
              "well enough to leave hospital in the week of 03/11/2025. Jodie has low mood and anxiety since the "
              "birth and lives in a hostel where babies are not allowed. On 05/10/2025 she came onto the ward "
              "very drowsy and fell asleep with Rosa on her chest. She agreed the next day that she cannot care "
              "for Rosa at the moment and signed section 20 consent. Carol has asked to be assessed to care for "
              "Rosa."),
        ("h1", "Rosa's day on the ward"),
        ("p", "Rosa cannot tell us about her day, so this is what the nurses and the social worker have seen. She "
              "has a high, sharp cry, sneezes a lot and her arms tremble when she is unsettled. She is at her most "
              "distressed in the early hours of the morning. She settles when she is swaddled and held upright "
              "and rocked slowly, and she takes small feeds of 30ml to 40ml every three hours. On 09/10/2025 she "
              "fed well in Carol's arms and slept for two hours afterwards. Her Finnegan scores have come down "
              "from 11 to 7 this week."),
        ("h1", "What we want for Rosa"),
        ("bullets", [
            "Rosa finishes her morphine wean safely and gains weight steadily on her centile.",
            "Rosa leaves hospital to a safe, named carer who knows how to care for a baby withdrawing from "
            "opiates, with a written discharge plan.",
            "Rosa is held, fed and comforted by people who know her, and keeps a safe relationship with her mum.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Action", "Who", "When (stage)", "How we will know"],
            "widths": [5.4, 3.8, 3.6, 4.2],
            "rows": [
                ["Speak to the ward sister about Rosa's progress and discharge planning",
                 "Gemma Rourke, social worker (SW)", "Weekly phone call while Rosa is on Heron Ward",
                 "Call notes on Rosa's case file"],
                ["Visit Rosa on the ward and do her cares with a nurse",
                 "Jodie Quilliam (Mum)", "When she is able",
                 "Ward visitors' log, with the cares Jodie did"],
                ["Keep Rosa's Finnegan scores, feeds and weights and email the SW a summary",
                 "Sister Anne Pike, Heron Ward", "Every Friday until discharge",
                 "The Friday emails on Rosa's case file"],
                ["Viability assessment of Carol Quilliam as Rosa's carer",
                 "Gemma Rourke, SW", "Before discharge (expected week of 03/11/2025)", ""],
                ["Find foster carers experienced with babies withdrawing from opiates, in case Carol is not "
                 "approved",
                 "Mawdenby Fostering Team", "Before discharge", "Carers named on Rosa's case file"],
                ["Hold a discharge planning meeting with the SW, the HV and Rosa's carers",
                 "Dr Ruth Adair, consultant neonatologist", "At least 5 days before discharge",
                 "Written discharge plan copied to the SW, the HV and the carers"],
                ["Methadone review, key work and urine screens for Jodie",
                 "Pete Sands, recovery worker, Mawdenby Drug and Alcohol Service", "Every two weeks",
                 "Engagement"],
                ["Support sessions for Jodie's low mood and anxiety after Rosa's birth",
                 "Mawdenby Perinatal Mental Health Team", "Weekly from 20/10/2025",
                 "Attendance record sent to the SW"],
                ["New-birth visit wherever Rosa is living, then weigh her",
                 "Lorna Fisk, health visitor (HV)",
                 "Within 2 days of discharge, then weekly until Rosa is 12 weeks old",
                 "Weights in the red book, sent to the SW"],
                ["Do Rosa's 6-8 week check",
                 "Dr Imran Dar, GP, Heath Lane Surgery", "Before Rosa is 8 weeks old (by 27/11/2025)",
                 "Check record in the red book, copied to the HV and the SW"],
                ["Arrange supervised family time for Jodie with Rosa at Mawdenby Family Centre",
                 "Gemma Rourke, SW", "From discharge, three times a week",
                 "Family centre record of each session, including how Jodie feeds and settles Rosa"],
                ["Help Jodie with her housing application",
                 "Tariq Mahmood, key worker, Calder House hostel", "Ongoing", "Monitored"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Jodie comes onto the ward under the influence, or becomes aggressive, the nurse in charge will "
              "end the visit and call hospital security, and the SW will be told the same day. If Jodie tries to "
              "take Rosa off the ward or withdraws her section 20 consent, the ward will call the police and the "
              "SW (out of hours, the Emergency Duty Team) at once, and the council will apply for an emergency "
              "protection order."),
        ("p", "If Carol's viability assessment is negative, or Jodie's screens show heroin or crack at two tests "
              "in a row, Gemma will request a legal planning meeting (legal gateway) within 5 working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every three weeks, Wednesdays at 2pm, Mawdenby Family Centre: 22/10/2025, 12/11/2025 "
            "and 03/12/2025.",
            "Looked-after review: 31/10/2025, Mawdenby Civic Centre (IRO: Lesley Dunn).",
            "Review child protection conference: Thursday 08/01/2026, 10am, Mawdenby Civic Centre.",
        ]),
    ],
    "findings": [
        F("T002", "Visit Rosa on the ward and do her cares"),
        F("M001", "Viability assessment of Carol Quilliam as Rosa's carer"),
        F("M002", "Methadone review, key work and urine screens for Jodie"),
        F("H001", "Support sessions for Jodie's low mood and anxiety"),
        F("T002", "Help Jodie with her housing application"),
        F("M002", "Help Jodie with her housing application"),
        F("L001"),
    ],
})
