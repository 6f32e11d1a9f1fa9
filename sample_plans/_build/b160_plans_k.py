"""Batch 160, module k: seven fictional plans (tuning material), places beginning with "k".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: ordinary plans from ordinary weeks, each in one invented council's
everyday template and voice, with most of the craft in the words of the
actions themselves: owners said in passing, in the passive with an agent, by
first name after a who's who or by role only, and jointly; times as events
and rhythms inside the sentence; checks as what someone will see or record,
in a second or third sentence of the same cell, item or bullet, with reasons,
hopes, negations and conditions around them.

1. Kelderbrook: initial conference plan in the council's Word template, a
   three-column What needs to happen / Who / When table whose action cell
   carries the reason and the measure; baby and toddler, mother with
   postnatal depression, aunt doing two nursery mornings (docx, exemplary).
2. Kirkthorne: review conference plan written as numbered paragraphs 6.1 to
   6.14 after a who's who, printed to PDF with a page header and footer;
   mother drinking, father under a non-molestation order, grandmother
   helping (pdf, exemplary).
3. Kestlemoor: the social worker's outcome letter to a baby's parents after
   the initial conference, the plan as numbered items in which "I" is the
   social worker who signs and each parent is named before "you"; father's
   cannabis use, mother's anxiety, grandmother living in (md, exemplary).
4. Kingsbarrow: minutes of the second core group with the updated plan in a
   six-column Ref / What needs to happen / Lead / Supported by / Target date
   / What will be different table (docx). Faults: the CPN's support-only
   sessions measured by the mother feeling better (H001, M002); family
   support "Ongoing" measured by "Improvement in routines" (T002, M002); the
   damp repair with no lead (W001); "All agencies" (W002); no fallback if
   the grandparents cannot supervise contact (C003); no legal planning
   (R002).
5. Knotley: initial conference plan in a landscape six-column template
   (Outcome / Action / Person responsible / Start date / Completed by / How
   will we know), printed to PDF with a header and footer (pdf). Faults:
   the Freedom Programme referral with no one responsible (W001); the
   father's perpetrator programme "When Imran is ready", measured by
   "Engagement" (T002, M002); the health visitor "monitors" the baby
   (M002); perinatal therapy only, measured by attendance (H001); a
   "Family network" owner (W002); a contingency of "further concerns" and
   "review" (C002) that says nothing of the family's help failing (C003).
6. Kilverdale: the council's plain-words Family Plan as bullets after a
   who's who (md). Faults: the mother "will be supported" by nobody,
   "ongoing", hoping for "an improvement" (W001, T002, M002); the head of
   year will "keep an eye on" the boy (M002); a youth worker "as soon as
   possible" (T002); the mother's drug and alcohol use with no adult
   service owning any part (F004); the aunt and grandfather relied on with
   no fallback (C003).
7. Kempsford: a case-system print whose plan is a tree of needs, outcome
   lines and task branches (txt). Faults: eight of thirteen tasks are about
   the father's own health and money (F001), under two outcomes about him
   only (F002 x2); the CPN's weekly support measured by attendance (H001);
   the drug service measured by "Engagement with the service" (M002); debt
   advice "Ongoing" (T002); "All agencies" (W002); no legal planning
   (R002).

Counting convention used for "actions" (sample_plans/README.md, "Files",
and labelling convention 1): each row of an action table, each numbered
paragraph or item of the plan section, each bullet under "What will happen"
and each task branch of the plan tree counts once, however many sentences it
holds. Who's-who tables, attendance lists, minuted updates, outcomes,
contingency, meeting dates and signatures are not actions.
"""
from build_batch5 import F

PLANS = []


# ---------------------------------------------------------------------------
# 1. Kelderbrook: initial conference plan in the council's Word template,
#    numbered sections, then a three-column "What needs to happen / Who /
#    When" table whose first cell carries the reason and the measure in
#    later sentences. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b160_kelderbrook_icpc_three_column_measure_in_cell_oduya.docx",
    "doc_title": "Child Protection Plan - Leo and Amara Oduya",
    "split": "tune",
    "actions": 15,
    "template": "icpc-plan-docx-council-word-template-numbered-sections-1-to-9-details-kv-reasons-strengths-what-leo-says-and-amaras-day-outcomes-then-three-column-what-needs-to-happen-who-when-table-reason-and-we-will-know-sentences-inside-the-action-cell-contingency-paragraphs-core-group-and-review",
    "description": (
        "Exemplary initial conference plan for a 3-year-old boy and a 7-month-old baby (neglect): "
        "their mother has postnatal depression, their father works nights and their maternal aunt "
        "does two nursery mornings. The council's Word template has numbered sections and a "
        "three-column What needs to happen / Who / When table, with the reason and the measure "
        "written as later sentences of the action cell ('We will know this is working when ...', "
        "'Nursery will record ...'). The perinatal nurse and psychiatrist both report on capacity "
        "to change, the GP owns an action, the aunt's mornings have a fallback, legal planning "
        "follows named triggers, core group dates and the review conference are set, and Leo's "
        "words and Amara's day are recorded."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Kelderbrook Metropolitan Borough Council · Children's Services · Safeguarding and Family "
              "Support (East)"),
        ("p", "Plan agreed at the Initial Child Protection Conference held on Tuesday 11/11/2025 at "
              "Kelderbrook Town Hall. Chair: Margaret Ince, Child Protection Chair."),
        ("h1", "1. Children and family"),
        ("kv", [
            ("Children", "Leo Oduya, born 02/03/2022 (3 years 8 months); Amara Oduya, born 04/04/2025 "
                         "(7 months)"),
            ("Address", "Flat 6, Carver House, Mill Road, Kelderbrook KB2 4LT (second floor)"),
            ("Mother", "Grace Oduya (29)"),
            ("Father", "Daniel Oduya (31), lives at home; night shifts at Harlow Logistics, Sunday to Wednesday"),
            ("Maternal aunt", "Ruth Okafor, 22 Elm Terrace, Kelderbrook (ten minutes' walk)"),
            ("Category", "Neglect"),
            ("Social worker", "Nkechi Obi, Safeguarding and Family Support (East); team manager Claire Booth"),
        ]),
        ("h1", "2. Who is helping the family"),
        ("table", {
            "header": ["Name", "Role", "Service"],
            "widths": [4.0, 5.0, 8.0],
            "rows": [
                ["Nkechi Obi", "Social worker", "Kelderbrook Children's Services"],
                ["Tessa Grant", "Health visitor", "Kelderbrook 0-19 Health Service"],
                ["Hannah Marsh", "Perinatal mental health nurse", "Kelderbrook Perinatal Mental Health Service"],
                ["Dr Rahul Patel", "Consultant perinatal psychiatrist", "Kelderbrook Perinatal Mental Health "
                                                                        "Service"],
                ["Dr Sian Hughes", "GP", "Fernside Medical Practice"],
                ["Jo Lister", "Family support worker", "Kelderbrook Family Support (Bright Start)"],
                ["Jean Cole", "Manager and designated safeguarding lead", "Little Acorns Nursery"],
                ["Shannon Hale", "Leo's key person", "Little Acorns Nursery"],
            ],
        }),
        ("h1", "3. Why the children need a plan"),
        ("p", "Grace has had postnatal depression since Amara was born. Since August, when she stopped taking her "
              "sertraline, she has spent most mornings in bed. Daniel works nights and sleeps in the day. On "
              "21/10/2025 a neighbour found Leo on his own on the stairwell at 7.15am in his pyjamas; he had let "
              "himself out of the flat. When the health visitor called on 30/10/2025 Amara was asleep on the "
              "sofa next to Daniel, who was asleep, and she had dropped from the 25th to the 9th centile for "
              "weight. Leo has been to nursery on 9 of his 24 booked mornings this term, and the kitchen had no "
              "food for the children on two of the social worker's three visits."),
        ("h1", "4. What is going well"),
        ("bullets", [
            "Grace and Daniel love their children and both came to the conference. Grace says she wants help "
            "and restarted her sertraline on 03/11/2025.",
            "Grace has met Hannah Marsh from the perinatal team twice and has a third appointment booked.",
            "Ruth is close to Grace, sees the children most weeks and has offered two mornings a week.",
            "When Leo is at nursery he plays well, eats everything offered and is keen to come back.",
        ]),
        ("h1", "5. What Leo tells us and what we see of Amara's day"),
        ("p", "Leo talked to Nkechi at nursery on 06/11/2025, using the nursery's toy house. He put the mummy "
              "doll in the bed and said \u201cMummy sleeping. Leo hungry.\u201d He said Auntie Ruth makes "
              "\u201cpancakes and juice\u201d and that he likes nursery \u201ccos of the big bikes\u201d. When "
              "asked what he does when nobody gets up he said \u201cI get the biscuits.\u201d"),
        ("p", "Amara is a smiley baby who watches faces and babbles. Tessa saw on 30/10/2025 that she had a wet "
              "sleepsuit and a sore nappy rash, and that she took her bottle quickly. On 06/11/2025 Nkechi saw "
              "Grace feed Amara on her lap; Amara settled when Grace sang to her, and cried when Grace put her "
              "down to answer the door."),
        ("h1", "6. What must be different for the children"),
        ("numbers", [
            "Leo and Amara are fed, clean and warm every day, and Amara's weight is back on the 25th centile by "
            "the review conference.",
            "There is always an adult awake and looking after Leo and Amara, and Leo is never outside the flat on "
            "his own.",
            "Amara sleeps on her back in her own cot for every sleep, day and night.",
            "Leo goes to nursery every booked morning, and his speech and play are checked and helped.",
        ]),
        ("h1", "7. The plan"),
        ("p", "Each box in the first column says what will happen, why, and how we will know it is working. "
              "Who and When say who does it and by when or how often."),
        ("table", {
            "header": ["What needs to happen", "Who", "When"],
            "widths": [10.6, 3.2, 3.2],
            "rows": [
                ["Nkechi will visit the flat, at least one visit in three unannounced and one in three before "
                 "9am, and will see Leo and Amara every time, talking with Leo on his own where he is willing. "
                 "She will write down what each child was doing, whether there was food for them and who was "
                 "caring for them. This will show as a visit record on the case file for every visit, each with "
                 "a paragraph on Leo's and Amara's day.",
                 "Nkechi Obi, social worker",
                 "Every week until the review conference on 10/02/2026"],
                ["Daniel has agreed that he will walk Leo to Little Acorns Nursery for 9am on Mondays and "
                 "Wednesdays, and collect him at 12pm, because at nursery Leo gets breakfast, play and other "
                 "children. Nursery will record Leo's arrival time every day and email Nkechi each Friday; we "
                 "want him in by 9.15am on every Monday and Wednesday.",
                 "Daniel (Dad)",
                 "Every Monday and Wednesday from 17/11/2025"],
                ["Ruth has agreed that she will come to the flat at 8am on Tuesdays and Thursdays, help Grace get "
                 "both children up, washed and fed, and walk Leo to nursery. This is so that Grace is not alone "
                 "with both children at the hardest time of her day. Ruth will text Nkechi when Leo is at "
                 "nursery, and the nursery register will show him in by 9.15am.",
                 "Ruth Okafor (maternal aunt)",
                 "Every Tuesday and Thursday, 8am, from 18/11/2025"],
                ["Amara will be weighed, and her feeding and nappy rash checked, by the health visitor at home. "
                 "Tessa will also look at where Amara sleeps and how Grace and Daniel answer her cries. We will "
                 "know this is working when Amara's weight, plotted in her red book, moves back up towards the "
                 "25th centile. If she has not gained at two weighs running, Tessa will refer her to the "
                 "paediatric clinic that day.",
                 "Tessa Grant, health visitor",
                 "Every week until Amara has been on the 25th centile for four weeks, then every two weeks"],
                ["Grace and Daniel will make sure Amara sleeps on her back in her own cot in their room for every "
                 "sleep, and never on the sofa or in an adult's bed, because on 30/10/2025 she was found asleep on "
                 "the sofa beside Daniel. Tessa and Nkechi will look at where Amara is sleeping at every visit and "
                 "write it down; we want the cot to be where she is every time.",
                 "Grace and Daniel (jointly)",
                 "Every sleep, day and night, from 11/11/2025"],
                ["Hannah is going to see Grace at home for perinatal mental health sessions on her low mood, her "
                 "sleep and the thoughts that keep her in bed. Before each core group Hannah will write to Nkechi "
                 "saying whether Grace is making the changes Leo and Amara need, what is getting in the way and how "
                 "long further change is likely to take. Her written update will be on the case file two working "
                 "days before every core group.",
                 "Hannah Marsh, perinatal mental health nurse",
                 "Every Wednesday from 19/11/2025"],
                ["Dr Patel will review Grace's sertraline and complete a written assessment of her mental health "
                 "and her parenting, including whether she can make the changes needed in a time that is right "
                 "for Leo and Amara. His assessment letter will go to Nkechi and Dr Hughes and will be discussed "
                 "at the core group on 13/01/2026.",
                 "Dr Rahul Patel, consultant perinatal psychiatrist",
                 "Clinic appointment by 05/12/2025; letter by 09/01/2026"],
                ["Grace has said she will take her sertraline every morning and keep every appointment with "
                 "Hannah and Dr Patel, because when she stopped her tablets in August she could not get up for "
                 "Amara's feeds. Hannah's records will show each appointment kept, and the pharmacy record will "
                 "show each month's prescription collected.",
                 "Grace (Mum)",
                 "Every day; every appointment as booked"],
                ["Dr Hughes will see Grace to review her sertraline and her physical health, and will ring Nkechi "
                 "the same day if Grace misses a GP appointment or does not collect a prescription. This will show "
                 "as a GP letter to Nkechi after the review, and a call logged on the case file for anything "
                 "missed.",
                 "Dr Sian Hughes, GP",
                 "Review by 28/11/2025, then monthly until the review conference"],
                ["Daniel will not sleep in the day while he is the only adult at home with the children. After a "
                 "night shift he will sleep only when Grace or Ruth is up and with Leo and Amara, and he will send "
                 "Nkechi his shift rota every Sunday evening. Nkechi will check the rota against who was caring "
                 "for the children at her visits, and will ask Leo who got him his breakfast.",
                 "Daniel (Dad)",
                 "Every day; rota by 6pm each Sunday from 16/11/2025"],
                ["Jo is going to do six sessions at home with Grace and Daniel on a morning routine, a weekly shop "
                 "and meal plan, and keeping the kitchen safe for Leo to play in. Jo will fill in the home "
                 "conditions checklist at each session; we want to see food for the children in the flat and the "
                 "kitchen floor clear at every one.",
                 "Jo Lister, family support worker (Bright Start)",
                 "Every Monday morning, six sessions from 24/11/2025"],
                ["A high bolt will be fitted to the front door so that Leo cannot let himself out again, as he "
                 "did on 21/10/2025. Grace will report it to Kelderbrook Homes, who have agreed to fit it within "
                 "ten working days of the report. Nkechi will see the bolt fitted and in use at her first visit "
                 "after the repair date.",
                 "Grace to report; Kelderbrook Homes repairs team to fit",
                 "Reported by 14/11/2025; fitted within 10 working days"],
                ["Little Acorns will ring Nkechi by 10am on any booked morning that Leo has not arrived, and will "
                 "tell her the same day if he comes in hungry, cold or in the same clothes two days running. "
                 "Every call will be written on the nursery's safeguarding log and on the case file.",
                 "Jean Cole, nursery manager and DSL",
                 "By 10am on any missed morning; same day for any other worry"],
                ["Shannon, Leo's key person, will complete a progress check of his speech, play and self-care and "
                 "share it with Grace, Daniel and Tessa, because Leo uses only a few words. The completed check "
                 "will be on Leo's nursery file, with a speech and language referral made if he is behind.",
                 "Shannon Hale, key person, Little Acorns Nursery",
                 "By 19/12/2025"],
                ["Nkechi will do three sessions with Leo at nursery, using the toy house and the Three Houses, to "
                 "hear what his days are like and who he goes to when he is hungry or scared. His pictures and "
                 "words will be written up and shared at the core group on 13/01/2026.",
                 "Nkechi Obi, social worker",
                 "Three sessions by 09/01/2026"],
            ],
        }),
        ("h1", "8. If the plan is not working (contingency)"),
        ("p", "If Leo is found outside the flat on his own again, or Leo and Amara are found with no adult awake "
              "and caring for them, Nkechi (or the Emergency Duty Team out of hours) will arrange for the children "
              "to stay with Ruth at 22 Elm Terrace that night and will hold a strategy discussion with the police "
              "the same day."),
        ("p", "If Amara loses weight at two weighs running, or misses two health visitor appointments, Tessa will "
              "refer her to the paediatric clinic that day and Nkechi will visit within 24 hours to see her."),
        ("p", "If Grace tells anyone she has thoughts of harming herself or the children, whoever she tells will "
              "ring the Kelderbrook Perinatal Crisis Line and Nkechi the same day; Grace will be seen by the "
              "perinatal team that day and will not care for the children alone until she has been."),
        ("p", "If Ruth cannot come on a Tuesday or Thursday, she will text Nkechi by 8pm the night before and Jo "
              "Lister will come to the flat at 8am instead; if neither can, Nkechi will take Leo to nursery herself. "
              "If Ruth can no longer help at all, Nkechi will hold a family network meeting within five working "
              "days, and Jo will do the two mornings until new help is agreed."),
        ("p", "If Amara is still below the 9th centile at the core group on 13/01/2026, or Leo is found outside "
              "on his own again, or the children are left without an awake adult, Nkechi will ask Claire Booth "
              "for a legal planning meeting within five working days to decide whether to start the Public Law "
              "Outline."),
        ("h1", "9. Core group and review"),
        ("bullets", [
            "The core group will meet every three to four weeks at Kelderbrook Family Hub at 10am: 25/11/2025, "
            "16/12/2025 and 13/01/2026.",
            "Review Child Protection Conference: Tuesday 10/02/2026 at 1.30pm, Kelderbrook Town Hall.",
        ]),
        ("p", "Core group members: Grace, Daniel, Ruth, Nkechi Obi, Tessa Grant, Hannah Marsh, Jo Lister and Jean "
              "Cole. Dr Patel and Dr Hughes will send written updates."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Kirkthorne: review conference plan written as numbered paragraphs
#    (section 6, "What will happen", 6.1 to 6.14), each paragraph three or
#    four sentences naming who, when and how we will know. Printed to PDF
#    with a page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
def _para(no, text):
    return ("pi", f"{no}  {text}")


PLANS.append({
    "name": "b160_kirkthorne_rcpc_numbered_paragraph_plan_whitfield.pdf",
    "doc_title": "Review Child Protection Plan - Ellie-Mae and Jayden Whitfield",
    "split": "tune",
    "actions": 14,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE \u2013 Kirkthorne County Council \u2013 Child Protection Plan (Review)",
    "footer": "Whitfield \u2013 plan agreed at RCPC 04/12/2025 \u2013 Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-plan-paged-header-footer-council-narrative-template-numbered-sections-1-to-8-kv-details-whos-who-table-since-the-last-conference-childrens-words-outcomes-then-section-6-numbered-paragraphs-6-1-to-6-14-each-several-sentences-with-owner-time-and-check-then-contingency-paragraphs-and-meetings",
    "description": (
        "Exemplary review conference plan for a 13-year-old girl and a 9-year-old boy (emotional "
        "harm): their mother drinks and their father was violent to her and is now under a "
        "non-molestation order; their grandmother has them on Friday nights and Wednesday "
        "evenings. Written as the council's narrative template with numbered paragraphs 6.1 to "
        "6.14, each naming its owner by first name after a who's-who table, its time as a rhythm "
        "or event and its check in a later sentence. The alcohol service reports on change, the "
        "GP owns an action, CAMHS sees the girl, the grandmother's part has a fallback, legal "
        "planning follows named triggers, core group dates and the next review are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Kirkthorne County Council \u00b7 Children and Families \u00b7 Kirkthorne South Assessment and "
              "Intervention Team"),
        ("p", "Plan agreed at the first Review Child Protection Conference, Thursday 04/12/2025, County Hall, "
              "Kirkthorne. Chair: Robert Emsley. The children remain subject to child protection plans under the "
              "category of emotional abuse."),
        ("h1", "1. The family"),
        ("kv", [
            ("Children", "Ellie-Mae Whitfield, born 19/06/2012 (13), Year 9, Kirkthorne Academy; Jayden "
                         "Whitfield, born 02/09/2016 (9), Year 5, St Aidan's Primary"),
            ("Address", "14 Larkspur Close, Kirkthorne KT7 3HB"),
            ("Mother", "Kerry Whitfield (38), the children live with her"),
            ("Father", "Lee Carter (41), moved out in July 2025; non-molestation order until 30/06/2026"),
            ("Maternal grandmother", "Pauline Whitfield, 3 Holme Street, Kirkthorne"),
            ("Social worker", "Becky Lowe; team manager Andrew Kemp"),
        ]),
        ("h1", "2. Who's who"),
        ("table", {
            "header": ["Name used in this plan", "Who they are"],
            "widths": [4.5, 12.5],
            "rows": [
                ["Becky", "Becky Lowe, social worker, Kirkthorne Children and Families"],
                ["Marcus", "Marcus Reid, recovery worker, Kirkthorne Alcohol and Drug Service (KADS)"],
                ["Dr Shah", "Dr Amir Shah, Kerry's GP, Brookside Surgery"],
                ["Shona", "Shona Price, independent domestic violence adviser (IDVA), Kirkthorne Women's Aid"],
                ["DS Finch", "DS Lorna Finch, Domestic Abuse Unit, Kirkthorne Police"],
                ["Naomi", "Dr Naomi Clarke, clinical psychologist, Kirkthorne CAMHS"],
                ["Mrs Bose", "Anita Bose, designated safeguarding lead, Kirkthorne Academy"],
                ["Mr Askew", "Tom Askew, designated safeguarding lead, St Aidan's Primary"],
                ["Jess", "Jess Ward, young carers worker, Kirkthorne Young Carers"],
                ["Pauline", "Pauline Whitfield, the children's grandmother (\u201cNan\u201d)"],
            ],
        }),
        ("h1", "3. What has happened since the initial conference"),
        ("p", "At the initial conference on 11/09/2025 the worries were Kerry's drinking, which had left her "
              "unable to care for the children on several evenings, and the violence Ellie-Mae and Jayden had "
              "seen from Lee. Since then Lee has not been to the house and the non-molestation order has been "
              "kept. Kerry has been to 10 of 12 sessions at KADS and started acamprosate in October. Her breath "
              "tests at KADS have been clear since 21/10/2025, but on 15/11/2025 Ellie-Mae rang Pauline at 10pm "
              "because Kerry had been drinking and had fallen asleep with a pan on the cooker. Ellie-Mae told "
              "her school nurse in October that she had been cutting her arm."),
        ("h1", "4. What the children say"),
        ("p", "Ellie-Mae (seen alone at school, 27/11/2025): \u201cMum's way better than in the summer. But I "
              "still check on her when I get in. I don't want to have to ring Nan again.\u201d She scored home "
              "6 out of 10 for safety (3 in September). She wants Becky to see her at school, not at home, and "
              "she wants \u201cJayden not to know about my arm\u201d."),
        ("p", "Jayden (seen at home with his drawings, 26/11/2025) drew his house with the sun over it and "
              "said \u201cit's quiet now Lee's gone\u201d. He said the bad night was \u201cwhen Mum was asleep "
              "and Ellie did the tea\u201d. He scored home 8 out of 10. He likes Fridays at Nan's best because "
              "\u201cwe get a takeaway\u201d."),
        ("h1", "5. What we want for Ellie-Mae and Jayden"),
        ("numbers", [
            "Ellie-Mae and Jayden are cared for every evening and night by an adult who is sober.",
            "They do not see or hear any more violence, and they know who to ring if they are scared.",
            "Ellie-Mae is not the one looking after her mum or her brother, and she gets help to stop cutting.",
            "Both children are in school every day (95% or more) and are ready to learn.",
        ]),
        ("h1", "6. What will happen"),
        ("p", "Each numbered paragraph is one piece of the plan. It says who will do it, when or how often, and "
              "how we will know it has happened and is making a difference."),
        _para("6.1", "Becky will visit Ellie-Mae and Jayden at home every two weeks, with at least one visit in "
                     "three in the evening after 6pm, and she will also see Ellie-Mae on her own at school once a "
                     "month, because Ellie-Mae finds it easier to talk away from the house. At every visit Becky "
                     "will ask each child to score how safe home has felt, and she will write their scores and "
                     "their own words on the case file."),
        _para("6.2", "Kerry will go to KADS every Tuesday at 11am and will take a breath test there and at each "
                     "of Becky's visits. She has said she will not drink at all on any day the children are in her "
                     "care. We will know this is working when every breath test, at KADS and at home, reads zero."),
        _para("6.3", "Marcus will write a report before every core group saying whether Kerry's drinking is "
                     "changing, what risks remain, and how long he thinks it will take for the change to last. "
                     "The report, with Kerry's breath test results, will reach Becky three working days before "
                     "each core group and will be shared with Kerry first."),
        _para("6.4", "Dr Shah will see Kerry for a liver function test and a review of her acamprosate by "
                     "19/12/2025, and every three months after that. He will write to Becky after each review with "
                     "the results and whether Kerry is taking her tablets as prescribed."),
        _para("6.5", "Shona will see Kerry every fortnight to work on her safety plan and the court order, and "
                     "she will tell Becky within one working day if Lee contacts Kerry or the children. Kerry's "
                     "written safety plan will be copied to Becky by 19/12/2025, and Shona's contact records will "
                     "be shared at each core group."),
        _para("6.6", "Kerry will not let Lee into the house or meet him with the children, and she will ring 999 "
                     "if he comes to Larkspur Close, every day until the order ends on 30/06/2026. Any call will be "
                     "on the police log, and the children will be asked at every visit whether they have seen "
                     "Lee."),
        _para("6.7", "DS Finch will put a marker on 14 Larkspur Close by 11/12/2025, and will send Becky a "
                     "notification within 24 hours of any call-out to the house or any breach of the order. The "
                     "marker will be confirmed to Becky by email, and each notification will be logged on the "
                     "children's case file."),
        _para("6.8", "Naomi will see Ellie-Mae at Kirkthorne CAMHS every two weeks from 08/12/2025 for six "
                     "sessions on her anxiety and the cutting she told her school nurse about. With Ellie-Mae's "
                     "agreement Naomi will send Becky a short summary after the third and the sixth sessions, "
                     "saying whether Ellie-Mae is cutting less and using her coping plan."),
        _para("6.9", "Mrs Bose will meet Ellie-Mae every Monday morning before registration and ring Becky the "
                     "same day if Ellie-Mae is absent without a reason or says anything worrying about home. Her "
                     "attendance will be emailed to Becky every Friday, and we want it at 95% or more by the next "
                     "review."),
        _para("6.10", "Mr Askew has arranged six weekly ELSA sessions for Jayden on Thursday afternoons from "
                      "08/01/2026, to help him with the feelings left over from the violence at home. The ELSA will "
                      "keep a record of each session and of Jayden's own feelings scale, and Mr Askew will send "
                      "Becky the summary after the sixth session."),
        _para("6.11", "Pauline has agreed to have Jayden to stay at her flat every Friday night, and to have both "
                      "children from 3.30pm to 7pm every Wednesday so that Kerry can go to her SMART Recovery "
                      "group. Pauline will text Becky each Saturday morning and each Wednesday evening to say the "
                      "children were with her, and Becky will check this with the children at her visits."),
        _para("6.12", "Jess will complete a young carers assessment with Ellie-Mae by 30/01/2026 and will offer "
                      "her a place at the Thursday young carers group. The assessment will be shared with "
                      "Ellie-Mae, Kerry and Becky, and the group register will show whether Ellie-Mae is going."),
        _para("6.13", "Becky will write a family safety plan with Kerry, Pauline, Ellie-Mae and Jayden by "
                      "16/01/2026, in words Jayden understands, saying who the children ring and where they go if "
                      "Kerry has been drinking or Lee comes to the house. A copy will be on the fridge, and each "
                      "child will be able to show Becky the numbers saved in their phone."),
        _para("6.14", "Kerry will go to the twelve-week Freedom Programme at Kirkthorne Family Hub on Thursday "
                      "mornings from 08/01/2026, so that she can understand what the children lived through and "
                      "protect them from it. Shona will confirm Kerry's attendance to Becky every four weeks, and "
                      "Kerry will bring her course workbook to the review conference."),
        ("h1", "7. If things go wrong"),
        ("bullets", [
            "If Kerry has been drinking while the children are in her care, whoever finds out (including "
            "Ellie-Mae) will ring Pauline and Becky, or the Emergency Duty Team out of hours. Pauline will collect "
            "both children and keep them at 3 Holme Street that night, and Becky will visit the next day.",
            "If Lee comes to the house or contacts the children, Kerry or the children will ring 999. DS Finch will "
            "act on the breach and Becky will hold a strategy discussion with the police the same day.",
            "If Pauline cannot have the children on a Friday or a Wednesday, or if she is ever unable to collect "
            "them after a drinking incident, she will tell Becky at once. Becky will ask Kerry's friend Mandy Cole "
            "(agreed at the family meeting on 20/11/2025) to step in, and if Mandy cannot, the Emergency Duty Team "
            "will arrange emergency foster care for that night.",
            "If Ellie-Mae tells anyone she has cut herself badly or thinks about ending her life, that adult will "
            "take her to Kirkthorne General Hospital emergency department or ring 999, and will tell Becky and "
            "Naomi the same day.",
            "If Kerry has two or more positive breath tests before the core group on 26/02/2026, or Lee is found at "
            "the house, Becky will ask Andrew Kemp for a legal planning meeting within five working days to decide "
            "whether to start the Public Law Outline.",
        ]),
        ("h1", "8. Meetings"),
        ("bullets", [
            "Core group every six weeks, Thursdays at 4pm at Kirkthorne Family Hub: 15/01/2026, 26/02/2026 and "
            "09/04/2026.",
            "Next Review Child Protection Conference: Thursday 28/05/2026, 10am, County Hall, Kirkthorne.",
        ]),
        ("p", "Copies to: Kerry Whitfield, Pauline Whitfield, Ellie-Mae (her own copy, explained by Becky), and all "
              "the professionals named in section 2."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Kestlemoor: the social worker's letter to a baby's parents after the
#    initial conference, written in plain words, with the plan as numbered
#    items in which "I" is the social worker who signs and "you" is named
#    each time. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b160_kestlemoor_icpc_outcome_letter_numbered_asks_marsh.md",
    "split": "tune",
    "actions": 13,
    "template": "icpc-outcome-letter-md-from-social-worker-to-parents-dear-shannon-and-craig-what-the-conference-decided-why-what-is-going-well-ivys-day-what-needs-to-be-different-then-what-will-happen-next-numbered-items-i-and-you-named-then-if-things-go-wrong-meetings-signature",
    "description": (
        "Exemplary letter from the social worker to the parents of a 10-week-old baby after the "
        "initial conference (physical abuse: an unexplained bruise; father's daily cannabis use and "
        "temper; mother's anxiety). The plan is a numbered list of asks and promises: 'I' is the "
        "social worker who signs, each parent is named before 'you', the maternal grandmother's "
        "part is said as 'Tracey has agreed that she will ...', the health visitor's as a passive "
        "with an agent. Times are rhythms and events ('every Monday', 'before Ivy is six months "
        "old', 'within one working day of any decision'), checks are what someone will see. The "
        "drug service reports on change, the GP owns an action, the grandmother's part has a "
        "fallback, legal planning follows named triggers, core group and review dates are set."
    ),
    "text": """\
**Kestlemoor Borough Council**
Children's Social Care · Kestlemoor North Safeguarding Team
Kestlemoor House, Market Street, Kestlemoor KS1 2AW

Shannon Marsh and Craig Tennant
Flat 11, Greaves Court
Kestlemoor KS4 9RP

27 November 2025

Our reference: CP/25/4471 (Ivy Marsh, born 12/09/2025)

# Ivy's child protection plan

Dear Shannon and Craig,

Thank you both for coming to Ivy's initial child protection conference on Tuesday 25 November 2025, and
for staying when it was hard to hear. I promised I would write down what was decided and what the plan
asks of everyone, in plain words. This letter is the plan. If anything in it is not clear, please ring me
on 01632 960 418.

## What the conference decided

The conference decided that Ivy needs a child protection plan under the category of **physical abuse**.
The chair was Mrs Denise Harker.

## Why

On 11 November 2025, when Ivy was eight weeks old, the health visitor saw a bruise on Ivy's left cheek.
Ivy cannot roll or crawl yet. Dr Okoro at Kestlemoor General Hospital said the bruise was very unlikely to
have happened by accident, and neither of you has been able to say how it happened. The police are still
investigating. Craig, you told the conference that you smoke cannabis every day to calm down, and that you
have "lost it" and punched a door when Ivy would not stop crying. Shannon, you told us your anxiety has
been much worse since Ivy was born and that you have not been sleeping.

## What is going well

- You both love Ivy and you have kept every hospital and health visitor appointment since the bruise was
  seen.
- Ivy's other checks at the hospital were clear, and she is feeding well and gaining weight.
- Shannon's mum, Tracey Marsh, moved in with you on 14 November and has been there every night since.
- Craig, you have already rung the Kestlemoor Recovery Hub and have a first appointment.

## What we know about Ivy's day

Ivy is ten weeks old. When I visited on 20 and 24 November she was clean, dressed warmly and fed every three
to four hours. She smiled at Shannon and followed her face. She cried hard in the early evening both times;
Tracey picked her up and walked with her until she settled. When Craig raised his voice on the phone, Ivy
startled and cried. Megan, your health visitor, has seen the same evening crying at her visits.

## What needs to be different for Ivy

1. Ivy is safe from any more injuries, and any mark on her is seen and explained the same day.
2. Ivy is always cared for by an adult who is calm, sober and not under the influence of cannabis.
3. Ivy is never left alone with an adult who is struggling with her crying; the adults know what to do and
   who to ring.
4. Ivy keeps gaining weight, has her immunisations and her checks, and meets her milestones.

## What will happen next

These are the things the conference asked for. Each one says who will do it, when, and how we will know.

1. I will visit Ivy at home every week until the review conference on 19 February 2026, and at least one
   visit in three will be unannounced. Once a fortnight I will ask one of you to undress Ivy so I can see
   her skin. My visit notes will say where Ivy was, who was caring for her and how she was, and you will be
   able to read them before each core group.

2. Craig, you will not be on your own with Ivy at any time, day or night, until the review conference.
   Shannon or Tracey will always be in the room when you feed, change, bath or settle her. Tracey will sign
   the daily care sheet each evening to show who cared for Ivy, and I will check it and ask at every visit.

3. Tracey has agreed that she will stay at the flat every night until at least the review conference, and
   be at home whenever Shannon goes out, because she is the one who settles Ivy in the evenings. Tracey
   will sign the daily care sheet each evening, and I will see it at every visit.

4. Ivy will be weighed and her skin checked by Megan, your health visitor, at home every two weeks until
   she is six months old, because a baby's skin is where a worry shows first. Megan will write each weight
   and skin check in Ivy's red book and send me a copy, and she will ring me the same day if she sees any
   mark.

5. Shannon, you will take Ivy for her 8-week immunisations, which were missed, by 5 December 2025, and for
   her 12-week immunisations when they are due. The GP practice record and Ivy's red book will show both
   done, and I will check the red book at my next visit.

6. Craig, you will go to the Kestlemoor Recovery Hub every Monday at 2pm and give a urine test each time.
   You have told me you want to stop smoking cannabis before Ivy is crawling. We will know this is working
   when your tests, sent to me every Friday, show your cannabis levels falling and then clear by the review
   conference.

7. Ben Hollis, your recovery worker at the Hub, will write a report before each core group saying whether
   Craig has cut down or stopped, what is still a risk to Ivy, and how long he thinks lasting change will
   take. The report will reach me two working days before each core group.

8. Craig, you will go to the ten-week Dads Matter course at Kestlemoor Family Hub on Tuesday evenings from
   13 January 2026, which covers coping with a crying baby and handling anger. The course leaders will send
   me your attendance every week, and a written end-of-course report by 24 March 2026.

9. Dr Amy Fox, Shannon's GP, will see Shannon about her anxiety and sleep by 12 December 2025 and will
   write to me saying what help she has started and whether her anxiety is making it hard for her to care
   for Ivy. Her letter will be on Ivy's file before the first core group.

10. Dr Helen Okoro, consultant paediatrician, will see Ivy at her follow-up clinic on 9 December 2025 and
    will send me and Dr Fox a letter with the results of Ivy's repeat tests. The letter will be shared with
    you both and at the first core group.

11. DC Ravi Sandhu, Kestlemoor Police Child Protection Team, will tell me within one working day of any
    decision in the police investigation into Ivy's bruise. Each update will be written on Ivy's case file,
    and I will tell you both what it means for the plan the same week.

12. Shannon, Craig and Tracey, you will write Ivy's crying plan with Megan at her visit on 12 December 2025:
    what each of you will do when Ivy will not settle, and who you will ring. A copy will go on the fridge,
    and I will see it there at my next visit.

13. I will complete a parenting assessment with you both, including what Tracey can offer, by 30 January
    2026. I will share it with you a week before the core group on 11 February 2026, and it will be on the
    agenda of that meeting.

## If things go wrong

- If any new mark, bruise or injury is seen on Ivy, whoever sees it will ring me (or the Emergency Duty
  Team on 01632 960 000 out of hours) at once. Ivy will be seen by a paediatrician the same day, and I will
  hold a strategy discussion with the police that day. Until that is done Ivy will stay with Tracey.
- If Craig is alone with Ivy, or is found under the influence of cannabis while caring for her, Craig will
  leave the flat that day and stay with his brother, Liam, at 8 Wood Lane, and I will visit within 24
  hours.
- If Tracey cannot stay at the flat for a night (if she is ill or has a family emergency), Shannon will ring
  me before 5pm that day. Craig will stay at Liam's that night. If Tracey can no longer stay at all, I will
  hold a family meeting within three working days; until a new plan is agreed, Craig will live at Liam's
  and see Ivy only at the Kestlemoor Family Centre.
- If Ivy has another unexplained injury, or Craig's tests are still showing heavy cannabis use at the
  core group on 11 February 2026, I will ask my team manager, Paul Dunmore, for a legal planning meeting
  within five working days to decide whether to start the Public Law Outline.

## Meetings

- Core group: every four weeks, at Kestlemoor Family Centre, Wednesday mornings at 10am: 10 December
  2025, 14 January 2026 and 11 February 2026.
- Review child protection conference: Thursday 19 February 2026 at 2pm, Kestlemoor House.

You are both welcome to bring someone with you to every meeting. If you disagree with any part of this
plan, you can tell me, the chair, or the Family Rights Group advice line.

Yours sincerely,

Lauren Kaye
Social Worker, Kestlemoor North Safeguarding Team
Team manager: Paul Dunmore

Copies: Tracey Marsh; Megan Doyle (health visitor); Ben Hollis (Kestlemoor Recovery Hub); Dr Amy Fox (GP);
Dr Helen Okoro (consultant paediatrician); DC Ravi Sandhu (Kestlemoor Police); Mrs Denise Harker (chair).
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Kingsbarrow: minutes of the second core group, typed into the
#    council's Word minutes template (attendance table, numbered minutes),
#    ending with the updated plan in a six-column table: Ref / What needs to
#    happen / Lead / Supported by / Target date / What will be different
#    (evidence). Mostly good rows; a few faults (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b160_kingsbarrow_core_group_minutes_lead_supported_by_pickering.docx",
    "doc_title": "Core Group Meeting Minutes - Tyler and Maisie Pickering",
    "split": "tune",
    "actions": 14,
    "landscape": True,
    "template": "core-group-2-minutes-docx-landscape-council-minutes-template-attendance-table-numbered-minutes-childrens-views-agency-updates-working-well-worries-outcomes-then-updated-plan-six-column-ref-what-needs-to-happen-lead-supported-by-target-date-what-will-be-different-evidence-contingency-next-meetings",
    "description": (
        "Minutes of the second core group for a 6-year-old boy and a 4-year-old girl (neglect): "
        "their mother has depression and anxiety, their father sees them on Saturdays at his "
        "parents' house, supervised by them, and the grandmother does two nursery runs. Numbered "
        "minutes, then the updated plan as a six-column table with Lead and Supported by columns. "
        "Most rows are sound (fortnightly visits, the school runs, the grandparents' supervision, the "
        "perpetrator course, the GP's letter, the speech referral). Faults: the CPN's sessions only "
        "support the mother and are measured by her feeling better; family support is 'Ongoing' "
        "and measured by 'Improvement in routines'; the damp repair has no lead; 'All agencies' "
        "share worries; the contingency says nothing of the grandparents being unable to supervise; "
        "nothing leads to legal planning."
    ),
    "blocks": [
        ("title", "Core Group Meeting \u2013 Minutes"),
        ("p", "Kingsbarrow City Council \u00b7 Children's Services \u00b7 Family Safeguarding Team 3"),
        ("kv", [
            ("Children", "Tyler Pickering (6), Year 2, Kingsbarrow Infant School; Maisie Pickering (4), Rainbow "
                         "Nursery"),
            ("Address", "27 Canal Street, Kingsbarrow KG3 5NW"),
            ("Meeting", "Core group 2, Tuesday 16/12/2025, 1.30pm, Kingsbarrow Infant School"),
            ("Plan", "Child protection plan from the initial conference on 04/11/2025, category neglect"),
            ("Minutes taken by", "Ade Bello, social worker"),
        ]),
        ("h1", "1. Present and apologies"),
        ("table", {
            "header": ["Name", "Role", "Agency"],
            "widths": [5.5, 8.0, 12.2],
            "rows": [
                ["Ade Bello", "Social worker (chair)", "Kingsbarrow Children's Services"],
                ["Laura Pickering", "Mum", "\u2013"],
                ["Ryan Pickering", "Dad (left after item 4)", "\u2013"],
                ["Ann Pickering", "Paternal grandmother", "\u2013"],
                ["Keith Pickering", "Paternal grandfather", "\u2013"],
                ["Helen Shaw", "Designated safeguarding lead", "Kingsbarrow Infant School"],
                ["Jo Platt", "SENCo", "Rainbow Nursery"],
                ["Sara Hussain", "Family support worker", "Kingsbarrow Family Support Service"],
                ["Kate Doherty", "School nurse", "Kingsbarrow 5-19 Health Service"],
                ["Neil Foster (apologies, update by email)", "Community psychiatric nurse",
                 "Kingsbarrow Community Mental Health Team"],
                ["Dr Farah Iqbal (apologies)", "GP", "Canal Street Medical Centre"],
            ],
        }),
        ("h1", "2. Purpose of the meeting"),
        ("p", "To hear how Tyler and Maisie are, review each part of the plan made at the initial conference, and "
              "agree the plan until the review conference."),
        ("h1", "3. What Tyler and Maisie have said"),
        ("p", "Ade saw Tyler on his own at school on 10/12/2025. Tyler said mornings are \u201cbetter now the "
              "picture list is up\u201d and that he gets his own cereal \u201cwhen Mum's still in bed\u201d. He "
              "said he likes Saturdays at Nana and Grandad's \u201ccos Dad plays Lego\u201d. He drew his bedroom "
              "with black on the wall and said \u201cthat's the mould, it smells\u201d. He scored home 6 out of "
              "10."),
        ("p", "Maisie showed Ade her bed and her teddy. She said \u201cNana takes me to nursery in her car\u201d "
              "and pointed at the picture of toothbrushing on the routine chart. Nursery say she has started "
              "asking for breakfast as soon as she arrives on some days."),
        ("h1", "4. Updates"),
        ("p", "4.1 Ade: five visits since core group 1, two unannounced. The kitchen had food on every visit. On "
              "02/12/2025 at 8.40am Laura was still in bed and Tyler was dressing Maisie. Black mould on the "
              "children's bedroom wall and the window does not close; Laura reported this to the landlord in "
              "October and nothing has happened."),
        ("p", "4.2 Helen Shaw: Tyler's attendance is 91% since the conference (86% before). He was late six times, "
              "always on days Laura brought him. He is tired on Mondays."),
        ("p", "4.3 Jo Platt: Maisie's attendance is 88%. She has about 20 clear words and is not yet putting two "
              "words together. Nursery would like a speech and language referral and Laura agrees."),
        ("p", "4.4 Sara Hussain: four sessions done on the morning and bedtime routines. The visual timetable is "
              "up in the kitchen and Laura uses it most days."),
        ("p", "4.5 Neil Foster (by email): sees Laura every two weeks. Her mood is low but she has no thoughts of "
              "harming herself. Laura finds the sessions helpful."),
        ("p", "4.6 Kate Doherty: neither child is registered with a dentist. Tyler has two teeth with visible "
              "decay."),
        ("p", "4.7 Ryan: has an assessment for the Choices programme booked. All Saturday visits have been at Ann "
              "and Keith's house, and they have been with the children throughout."),
        ("h1", "5. What is working well and what we are still worried about"),
        ("p", "Working well: food in the house; Ann's nursery runs; the routine chart; Saturday contact is calm "
              "and the children look forward to it; Laura is open about how she is feeling and is taking her "
              "medication."),
        ("p", "Still worried about: Laura not being up in the mornings on her low days; Tyler getting Maisie "
              "ready; the damp and mould in the children's room (Maisie's cough is worse at night); the "
              "children's teeth; Maisie's speech."),
        ("h1", "6. Outcomes (agreed at the initial conference)"),
        ("bullets", [
            "Tyler and Maisie are up, fed, dressed and at school and nursery on time every day, and Tyler no "
            "longer gets Maisie ready.",
            "The children sleep in a warm, dry bedroom with no mould, and go to bed at a set time.",
            "The children's health needs are met: they see a dentist, and Maisie gets help with her speech.",
            "Tyler and Maisie are kept safe from the arguments and violence they saw before Ryan left.",
        ]),
        ("h1", "7. Updated child protection plan"),
        ("table", {
            "header": ["Ref", "What needs to happen", "Lead", "Supported by", "Target date",
                       "What will be different (evidence)"],
            "widths": [1.0, 8.2, 3.6, 3.3, 3.6, 6.0],
            "rows": [
                ["1",
                 "Ade will visit Tyler and Maisie at home, alternating before-school and after-school visits, "
                 "with one visit in three unannounced. He will see Tyler on his own each time and check the "
                 "children's bedroom.",
                 "Ade Bello, SW", "\u2013",
                 "Every two weeks until the review conference on 28/01/2026",
                 "A visit record on the case file for every visit, with Tyler's own words and what Ade saw of "
                 "the bedroom and the kitchen."],
                ["2",
                 "Laura will get Tyler to school and Maisie to nursery by 8.50am, dressed in clean clothes and "
                 "having had breakfast. Laura has said the mornings are the hardest part of her day and that she "
                 "wants to manage them herself on the days Ann is not helping.",
                 "Laura (Mum)", "Sara (FSW) with the routine chart",
                 "Every school and nursery day",
                 "Registers show both children in by 8.50am on at least 9 days in 10; Helen Shaw emails the "
                 "figures to Ade every Friday."],
                ["3",
                 "Ann will collect Maisie at 8.15am and take her to nursery, so that Laura has only Tyler to get "
                 "ready on those mornings and Tyler does not have to dress his sister.",
                 "Ann Pickering (paternal grandmother)", "\u2013",
                 "Every Tuesday and Friday from 06/01/2026",
                 "Rainbow Nursery's signing-in book shows Ann bringing Maisie by 8.45am on those days."],
                ["4",
                 "Ryan's time with Tyler and Maisie will be at Ann and Keith's house, 9 Priory Walk, with Ann or "
                 "Keith in the room for the whole visit. Ryan will not take the children out on his own or to "
                 "his flat.",
                 "Ann and Keith Pickering (paternal grandparents)", "Ryan (Dad)",
                 "Every Saturday, 10am to 4pm",
                 "A contact sheet signed by Ann or Keith each Saturday and sent to Ade by photo; the children "
                 "tell Ade at his visits what they did at Nana's and who was there."],
                ["5",
                 "Ryan will complete the Choices domestic abuse programme, which looks at the arguments and "
                 "violence Tyler and Maisie saw before he left and what they need from him now.",
                 "Ryan (Dad)", "\u2013",
                 "Thursdays 6pm to 8pm, 14 weeks from 08/01/2026",
                 "Choices send Ade Ryan's attendance every week and an end-of-programme report by 16/04/2026."],
                ["6",
                 "Neil to continue CPN support with Laura's anxiety and low mood, so that she feels more able to "
                 "cope with the mornings. Laura has found the sessions helpful and wants them to carry on.",
                 "Neil Foster, CPN, Kingsbarrow CMHT", "Laura",
                 "Fortnightly from 06/01/2026",
                 "Laura feels better in herself."],
                ["7",
                 "Dr Iqbal will review Laura's medication and write to Ade about how Laura's mental health is "
                 "affecting her care of Tyler and Maisie in the mornings, and whether any change to her treatment "
                 "is planned.",
                 "Dr Farah Iqbal, GP", "\u2013",
                 "By 09/01/2026",
                 "GP letter on the children's case file by 09/01/2026 and shared at core group 3."],
                ["8",
                 "Sara to continue family support sessions with Laura on the morning and bedtime routines, "
                 "building on the visual timetable started in November.",
                 "Sara Hussain, FSW", "Laura",
                 "Ongoing",
                 "Improvement in routines."],
                ["9",
                 "Laura will have both children in bed by 7.30pm, after a bath or wash, a story and their "
                 "teeth cleaned, and will not let them stay up watching her phone, because Tyler is falling "
                 "asleep at school on Mondays.",
                 "Laura (Mum)", "Sara (FSW)",
                 "Every night from 16/12/2025",
                 "The bedtime chart on the fridge is filled in each night and seen by Ade or Sara at every "
                 "visit; Helen Shaw tells Ade whether Tyler is still tired on Mondays."],
                ["10",
                 "The black mould and the broken window in the children's bedroom to be reported again to "
                 "Kingsbarrow Lettings and chased until the repair is done, because Maisie's cough is worse at "
                 "night.",
                 "\u2013", "\u2013",
                 "By 23/01/2026",
                 "Mould treated and window closing; seen and photographed by Ade at a home visit."],
                ["11",
                 "Jo will refer Maisie to Kingsbarrow Speech and Language Therapy, with Laura's consent already "
                 "given, and will start a small-group talk session for her at nursery twice a week while she "
                 "waits.",
                 "Jo Platt, SENCo, Rainbow Nursery", "Laura",
                 "Referral by 19/12/2025; group twice a week from 06/01/2026",
                 "Referral acknowledgement on Maisie's nursery file; first therapy date given to Laura and Ade; "
                 "Maisie's word count recorded by nursery each half term."],
                ["12",
                 "Kate will help Laura register Tyler and Maisie with an NHS dentist and book Tyler's treatment "
                 "for the two decayed teeth.",
                 "Kate Doherty, school nurse", "Laura",
                 "Both registered by 16/01/2026",
                 "Registration letters seen by Kate; Tyler's first dental appointment date sent to Ade."],
                ["13",
                 "Share any worry about Tyler's or Maisie's care, injuries, hunger or attendance with Ade the "
                 "same working day.",
                 "All agencies", "\u2013",
                 "Same working day",
                 "Each worry logged on the children's case file."],
                ["14",
                 "Ade will do three direct-work sessions with Tyler at school, using the Three Houses and his "
                 "worry monster, so his own view goes to the review conference.",
                 "Ade Bello, SW", "Helen Shaw (room at school)",
                 "Three sessions by 23/01/2026",
                 "Tyler's Three Houses and his words in the social worker's report to the review conference."],
            ],
        }),
        ("h1", "8. Contingency"),
        ("bullets", [
            "If Laura tells anyone she has thoughts of harming herself or the children, or cannot care for them "
            "because of her mental health, that person will ring the Kingsbarrow Crisis Team and Ade the same "
            "day. The children will stay with Laura's sister, Gemma Lowe, at 4 Oak Close until Laura has been "
            "seen by the crisis team.",
            "If Tyler or Maisie are found without an adult, or have an injury nobody can explain, Ade (or the "
            "Emergency Duty Team) will hold a strategy discussion with the police the same day.",
            "If either child's attendance drops below 85% in any two-week period, Ade will visit the next "
            "morning before 8.30am.",
        ]),
        ("h1", "9. Next meetings"),
        ("bullets", [
            "Core group 3: Tuesday 13/01/2026, 1.30pm, Kingsbarrow Infant School. Core groups continue every four "
            "weeks after the review.",
            "Review child protection conference: Wednesday 28/01/2026, 10am, Kingsbarrow Civic Centre.",
        ]),
        ("p", "Minutes sent to everyone present and to Neil Foster and Dr Iqbal on 17/12/2025."),
    ],
    "findings": [
        F("H001", "Neil to continue CPN support with Laura's anxiety and low mood"),
        F("M002", "Neil to continue CPN support with Laura's anxiety and low mood"),
        F("T002", "Sara to continue family support sessions with Laura"),
        F("M002", "Sara to continue family support sessions with Laura"),
        F("W001", "The black mould and the broken window in the children's bedroom"),
        F("W002", "Share any worry about Tyler's or Maisie's care, injuries"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Knotley: initial conference plan in the council's landscape Word
#    template, printed to PDF with a header and a page footer: outcomes
#    numbered O1 to O4, then a six-column table (Outcome / Action / Person
#    responsible / Start date / Completed by / How will we know the action
#    has made a difference?). Mostly good rows; a few faults (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b160_knotley_icpc_six_column_start_completed_by_rahman.pdf",
    "doc_title": "Child Protection Plan - Aisha, Zayn and Inaya Rahman",
    "split": "tune",
    "actions": 14,
    "landscape": True,
    "min_pages": 2,
    "header": "RESTRICTED \u2013 Knotley Borough Council Children's Services \u2013 Child Protection Plan",
    "footer": "Rahman children \u2013 Initial Child Protection Conference 19/11/2025 \u2013 Page {PAGE} of {NUMPAGES}",
    "template": "icpc-plan-paged-landscape-header-footer-council-word-template-details-kv-reasons-strengths-childrens-voice-outcomes-o1-o4-then-six-column-outcome-action-person-responsible-start-date-completed-by-how-will-we-know-the-action-has-made-a-difference-table-contingency-review-arrangements",
    "description": (
        "Initial conference plan for an 11-year-old girl, a 7-year-old boy and a 5-month-old baby "
        "(emotional harm from domestic abuse): their father is on police bail after assaulting "
        "their mother, who has postnatal depression; the maternal grandmother and the wider family "
        "help. The council's landscape template, printed to PDF with a header and page footer, "
        "keys each row to an outcome and splits time into Start date and Completed by. Most rows "
        "are sound (weekly visits, police notifications, the IDVA and MARAC, supervised contact, "
        "the GP's letter, both schools, the grandmother's nights). Faults: the Freedom Programme "
        "referral has no one responsible; the father engages with a perpetrator programme 'When "
        "Imran is ready', measured by 'Engagement'; the health visitor 'monitors' the baby; the "
        "perinatal team only gives therapy, measured by attendance; a 'Family network' owns the "
        "after-school help; the contingency has no specific trigger or response and says nothing "
        "of the family's help failing."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Knotley Borough Council \u00b7 Children's Services \u00b7 Child Protection and Court Team"),
        ("kv", [
            ("Children", "Aisha Rahman (11), Year 7, Knotley Park Academy; Zayn Rahman (7), Year 3, Ashgrove "
                         "Primary School; Inaya Rahman (5 months)"),
            ("Address", "4 Ashgrove Road, Knotley KN5 8DS"),
            ("Mother", "Nasreen Rahman (30), first language Urdu, good spoken English"),
            ("Father", "Imran Rahman (34), staying with a friend in Hallbridge; on police bail"),
            ("Maternal family", "Rukhsana Ali (maternal grandmother, \u201cNani\u201d), 61 Fern Street, Knotley; "
                                "Tariq and Saima Ali (maternal uncle and aunt), same address"),
            ("Conference", "Initial Child Protection Conference, Wednesday 19/11/2025, Knotley Civic Centre. "
                           "Chair: Gillian Marsh"),
            ("Category", "Emotional abuse (all three children)"),
            ("Social worker", "Hollie Grant; team manager Simon Okafor"),
        ]),
        ("h1", "Reasons for the plan"),
        ("p", "On 20/10/2025 police were called to 4 Ashgrove Road by Aisha, who rang 999 from her bedroom. "
              "Imran had pushed Nasreen against the kitchen wall and hit her while she was holding Inaya; Zayn "
              "saw it from the stairs. Imran was arrested and is on bail until 20/01/2026 with conditions not to "
              "contact Nasreen or go to the house. Nasreen told the social worker about at least four earlier "
              "assaults since 2022, two while she was pregnant with Inaya. Nasreen has postnatal depression and "
              "anxiety, diagnosed in August; she says she is tired all the time and cannot face going out. Aisha "
              "has been getting up in the night to Inaya and has been late for school eleven times this term."),
        ("h1", "Strengths"),
        ("bullets", [
            "Nasreen acted protectively after the assault and has kept to the bail conditions.",
            "Nasreen's mother and brother live ten minutes away and want to help.",
            "Inaya is thriving: she is on the 50th centile and is a settled, smiley baby.",
            "Aisha and Zayn are doing well at school and have good friends.",
        ]),
        ("h1", "What the children have told us"),
        ("p", "Aisha (seen alone at school, 12/11/2025): \u201cI'm glad I rang. I'd do it again. I miss Dad but "
              "not the shouting. I just want Mum to be happy again.\u201d She said she gets up to Inaya \u201cmost "
              "nights because Mum doesn't hear her\u201d. She wants to see her dad \u201cbut somewhere "
              "else, not here\u201d."),
        ("p", "Zayn (seen at home with his drawings, 14/11/2025) drew the kitchen with \u201cDad's angry face\u201d "
              "and said he hides under his duvet when there is shouting. He said his best thing is going to Nani's "
              "for tea because \u201cUncle Tariq plays FIFA with me\u201d."),
        ("p", "Inaya (observed 14/11/2025) was clean and content and fed well from a bottle. She turned to "
              "Nasreen's voice and settled quickly when Aisha picked her up."),
        ("h1", "Outcomes for the children"),
        ("bullets", [
            "O1 \u2013 Aisha, Zayn and Inaya live free from domestic abuse and do not see or hear any more "
            "violence at home.",
            "O2 \u2013 The children's time with their father is safe and happy, and Aisha is not the one who "
            "looks after Inaya at night.",
            "O3 \u2013 Inaya is fed, safe and meeting her milestones, cared for by a mother who is well enough to "
            "respond to her day and night.",
            "O4 \u2013 Aisha and Zayn are in school on time every day and have someone they trust to talk to "
            "about what happened.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Outcome", "Action", "Person responsible", "Start date", "Completed by",
                       "How will we know the action has made a difference?"],
            "widths": [2.0, 7.4, 3.8, 2.4, 3.2, 6.9],
            "rows": [
                ["O1",
                 "Hollie will visit the children at home, one visit in three unannounced, seeing Aisha and Zayn "
                 "on their own and Inaya awake. She will ask each of the older children how home has been and "
                 "who has been there.",
                 "Hollie Grant (SW)", "20/11/2025", "Weekly until the review conference on 17/02/2026",
                 "A visit record on the file for each visit, with Aisha's and Zayn's own words and who was in "
                 "the house."],
                ["O1",
                 "DC Lowry will tell Hollie within 24 hours of any breach of Imran's bail conditions, any call "
                 "to 4 Ashgrove Road, or the charging decision, so that the plan can change the same day.",
                 "DC Mark Lowry, Knotley Police Domestic Abuse Safeguarding Unit", "19/11/2025",
                 "Until the bail ends or the case is concluded",
                 "Each notification emailed to Hollie and logged on the children's case file within 24 hours."],
                ["O1",
                 "Nasreen will not let Imran into the house or meet him with the children while his bail "
                 "conditions last, and she will ring 999 if he comes to the house or contacts her.",
                 "Nasreen (Mum)", "19/11/2025", "While the bail conditions last (to 20/01/2026)",
                 "Police log shows no visit by Imran to the house; Aisha and Zayn tell Hollie at each visit "
                 "that they have not seen Dad at home."],
                ["O1",
                 "Farah will complete a DASH risk assessment and a written safety plan with Nasreen, in Urdu "
                 "where she prefers, and will present the family at MARAC.",
                 "Farah Khan, IDVA, Knotley Domestic Abuse Service", "20/11/2025",
                 "Safety plan by 28/11/2025; MARAC on 04/12/2025",
                 "Signed safety plan copied to Hollie; MARAC actions recorded on the children's file."],
                ["O1",
                 "Nasreen to be referred to the Freedom Programme at Knotley Family Hub, with an Urdu-speaking "
                 "facilitator if one can be found.",
                 "", "\u2013", "12/12/2025",
                 "Referral accepted and a start date given to Nasreen in writing."],
                ["O1",
                 "Imran to engage with the Choices domestic abuse perpetrator programme when he is ready to "
                 "accept responsibility for his behaviour.",
                 "Imran Rahman (father)", "When Imran is ready", "\u2013",
                 "Engagement with the programme."],
                ["O2",
                 "Imran's time with Aisha, Zayn and Inaya will be at Knotley Family Centre, supervised by a "
                 "contact worker, for 90 minutes each week. Aisha has said she wants to see her dad but not at "
                 "home, and Zayn will be asked before each session if he wants to go.",
                 "Hollie Grant (SW) to arrange; Knotley Family Centre to supervise", "26/11/2025",
                 "Every Wednesday until the review conference",
                 "The contact worker's recording of each session, noting how each child was, sent to Hollie "
                 "within two days."],
                ["O2",
                 "Rukhsana will stay overnight at Ashgrove Road and do Inaya's night feeds, so that Nasreen can "
                 "sleep and Aisha does not have to get up to her sister.",
                 "Rukhsana Ali (maternal grandmother)", "21/11/2025",
                 "Every Tuesday and Friday night until the review conference",
                 "Night feed chart signed by Rukhsana each morning and checked by Hollie at visits; school "
                 "records Aisha on time the morning after."],
                ["O2",
                 "Collect Zayn from Ashgrove Primary at 3.15pm and give Aisha and Zayn their tea at Nani's house, "
                 "so that Nasreen can rest and go to her appointments.",
                 "Family network", "24/11/2025", "Every weekday, 3.15pm to 6pm",
                 "School signing-out log shows Zayn collected on time every day."],
                ["O3",
                 "Monitor Inaya's weight, feeding and development at home and at the baby clinic.",
                 "Bethan Rowe (Health Visitor)", "24/11/2025", "Every 2 weeks until review",
                 "Monitored through HV contacts."],
                ["O3",
                 "Talking therapy sessions for Nasreen for her low mood and anxiety since Inaya's birth, and "
                 "support with her sleep.",
                 "Kerry-Ann Hope, Perinatal Mental Health Nurse, Knotley Perinatal Team", "01/12/2025",
                 "Weekly for 12 weeks",
                 "Sessions attended, as recorded by the perinatal team."],
                ["O3",
                 "Dr Qureshi will review Nasreen's antidepressant and write to Hollie saying how Nasreen's mood is "
                 "affecting her care of Inaya and the older children.",
                 "Dr Sameera Qureshi, GP, Fern Street Surgery", "20/11/2025", "05/12/2025",
                 "GP letter on the children's file by 05/12/2025."],
                ["O4",
                 "Mrs Clough will meet Aisha every Monday morning, check her lateness and tiredness, and ring "
                 "Hollie the same day if Aisha is absent or upset about home. Aisha will also be offered the "
                 "school counsellor.",
                 "Jane Clough, DSL, Knotley Park Academy", "24/11/2025", "Every Monday until the review conference",
                 "Check-in log on CPOMS; lateness figures to Hollie each Friday, with no more than one late mark a "
                 "week."],
                ["O4",
                 "Zayn will have a weekly session with the learning mentor, Mr Hill, to talk about the night Dad "
                 "hurt Mum and his worries, using his feelings cards.",
                 "David Ince, DSL, Ashgrove Primary School", "01/12/2025", "Weekly, eight sessions",
                 "Mentor's session notes and Zayn's feelings cards shared with Hollie after the fourth and eighth "
                 "sessions."],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If there are any further concerns about the children's safety, or the plan is not being followed, "
              "Hollie will discuss this with her team manager and an early core group meeting will be called to "
              "review the plan and consider what needs to happen next."),
        ("h1", "Review arrangements"),
        ("bullets", [
            "First core group: Wednesday 03/12/2025, 10am, Knotley Family Hub; then every four weeks, on "
            "07/01/2026 and 04/02/2026.",
            "Review Child Protection Conference: Tuesday 17/02/2026, 2pm, Knotley Civic Centre.",
            "If there has not been enough progress by the review conference, Hollie will ask Simon Okafor for "
            "a legal planning meeting.",
        ]),
    ],
    "findings": [
        F("W001", "Nasreen to be referred to the Freedom Programme at Knotley Family Hub"),
        F("T002", "Imran to engage with the Choices domestic abuse perpetrator programme"),
        F("M002", "Imran to engage with the Choices domestic abuse perpetrator programme"),
        F("W002", "Collect Zayn from Ashgrove Primary at 3.15pm and give Aisha"),
        F("M002", "Monitor Inaya's weight, feeding and development at home"),
        F("H001", "Talking therapy sessions for Nasreen for her low mood"),
        F("C002"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Kilverdale: the council's "Family Plan" written as a bullet plan in
#    plain words (markdown copy): a who's who, then the worries, what is
#    going well, the children's words, what we want, and "What will happen"
#    bullets of two or three sentences each. Mostly good bullets; a few
#    faults (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b160_kilverdale_family_plan_bullets_first_names_hartley.md",
    "split": "tune",
    "actions": 14,
    "template": "family-plan-cp-md-plain-words-council-template-whos-who-bullets-first-names-what-we-are-worried-about-whats-going-well-what-mason-says-lilys-day-what-we-want-then-what-will-happen-bullets-two-or-three-sentences-owner-time-and-check-inside-then-if-things-go-wrong-meetings",
    "description": (
        "Initial conference plan, in the council's plain-words Family Plan template, for a "
        "14-year-old boy and a 2-year-old girl (neglect): their mother uses cocaine and drinks at "
        "weekends; her sister has the toddler every weekend and the grandfather has the boy. A "
        "who's who gives first names, and each 'What will happen' bullet carries its owner, its "
        "time ('every weekend', 'by 19/12/2025', 'every other Thursday') and its check in later "
        "sentences. Most bullets are sound. Faults: the mother 'will be supported' to cut down by "
        "nobody, 'ongoing', with a hoped-for 'improvement'; the head of year will 'keep an eye on' "
        "the boy; the youth service allocates a worker 'as soon as possible'; no adult service owns "
        "any part though the mother's drug and alcohol use is recorded; and the contingency leans "
        "on the aunt and grandfather with nothing said if they cannot help."
    ),
    "text": """\
# Kilverdale Council – Family Plan (Child Protection)

**Children:** Mason Hartley (14) and Lily Hartley (2)
**Address:** 9 Copper Lane, Kilverdale KV6 1TE
**Plan made at:** Initial Child Protection Conference, Thursday 20/11/2025, Kilverdale Town Hall
**Chair:** Yvonne Burrows
**Category:** Neglect

## Who's who

| Name in this plan | Who they are |
|---|---|
| Jodie | Jodie Hartley, Mason and Lily's mum |
| Kim | Kim Hartley, Jodie's sister (Auntie Kim), 15 Foundry Way |
| Pete | Pete Hartley, Jodie's dad (Grandad Pete), 2 Mill Court |
| Nadia | Nadia Sultan, social worker, Kilverdale Children's Services (team manager: Rob Gale) |
| Gemma | Gemma Wood, health visitor, Kilverdale Healthy Families |
| Sophie | Sophie Flint, Lily's key person, Little Owls Nursery |
| Mr Patel | Sanjay Patel, Mason's head of year, Kilverdale High School |
| Mrs Lord | Karen Lord, designated safeguarding lead, Kilverdale High School |

Mason's dad has not been in touch for ten years. Lily's dad, Dean Foley, lives in Wolverton and has not
seen Lily since she was born.

## What we are worried about

- Jodie told the conference she uses cocaine most weekends and drinks with it, usually from Friday night
  to Sunday. On 02/11/2025 police found Jodie asleep on the sofa at 2pm, unable to wake properly, with Lily
  in a dirty nappy in her cot. Mason had gone out the night before and nobody knew where he was.
- Mason has been caring for Lily on Saturday and Sunday mornings and has missed school on Mondays. He was
  excluded for three days in October for fighting.
- Lily has missed her 2-year review twice and her nursery place has been offered but not taken up.

## What's going well

- Jodie is honest about her drug and alcohol use and says she wants to stop "before I lose them".
- Kim and Pete are close to the children and have already had Lily and Mason on two weekends since the
  police visit. Both weekends went well.
- Lily is a happy, chatty toddler who is well attached to Jodie, and Mason is protective of his sister.

## What Mason says and what we see of Lily's day

Mason (seen alone at school, 13/11/2025): "Weekends are rubbish. Mum's either asleep or she's got people
round. I do Lily's breakfast and I'm not meant to have to." He said he likes staying at Grandad's "cos he
takes me to football". He wants his mum "to just be normal at weekends".

Lily (seen at home 10/11/2025 and 17/11/2025): on a weekday morning Lily was dressed and had had her
breakfast; she showed Nadia her dolls and said "Mummy" and "Mase". On the Monday visit (17/11/2025) she
was still in her night nappy at 11am, and she ate two yoghurts quickly when Nadia asked if she was hungry.

## What we want for Mason and Lily

1. Lily and Mason are looked after every day and night by an adult who is sober and not using drugs.
2. Mason no longer has to look after Lily, and he is in school every day.
3. Lily goes to nursery, has her 2-year review, and is clean, fed and changed every day.
4. Mason has someone he trusts to talk to, and help with his temper.

## What will happen

- Nadia will visit Mason and Lily at home every week until the review conference, with one visit in three
  on a Saturday or a Monday morning, because those are the hardest times. She will write down who was
  there, what Lily was wearing and eating, and what Mason said, and her visit records will be shared at
  each core group.
- Nadia will see Mason on his own every other Thursday at school, starting 27/11/2025, so he has somewhere
  to talk away from home. What he tells her, in his own words, will be in her record of each meeting.
- Jodie will not use cocaine or drink alcohol on any day she is looking after Lily or Mason, and she will not
  have anyone in the house who is using. She has agreed to a breath test at each of Nadia's visits. We will
  know this is working when every breath test reads zero and nobody finds her under the influence.
- Jodie will refer herself to Kilverdale Drug and Alcohol Service by 28/11/2025. She will show Nadia her
  first appointment letter at the next visit after it arrives.
- Jodie will be supported to cut down her drinking and to stop using cocaine, which she says she wants for
  Lily and Mason. This support will be ongoing, and we hope to see an improvement in how Jodie manages at
  weekends.
- Nadia will arrange a hair strand test for Jodie, with Jodie's written consent, covering the last three
  months, by 12/12/2025. The results will be shared with Jodie first and then at the core group on
  08/01/2026.
- Kim has agreed that Lily will stay with her at 15 Foundry Way every weekend, from Friday at 6pm to Sunday
  at 5pm, because weekends are when Jodie has used in the past. Kim will text Nadia on Saturday and Sunday
  mornings to say Lily is with her and how she is.
- Grandad Pete will pick Mason up every Saturday at 9am for football and keep him at his flat until Sunday
  teatime, so that Mason is not at home on the nights Jodie has used before. Pete will text Nadia each
  Saturday night, and Nadia will check with Mason at school where he stayed.
- Lily's two-year review will be done by the health visitor, Gemma, at home by 19/12/2025, with a check of
  her speech, weight and teeth. Gemma will send Nadia the Ages and Stages results and will refer Lily to
  speech and language therapy if she is behind.
- Little Owls Nursery will take Lily for her funded hours, Monday to Wednesday, 9am to 2pm, from
  01/12/2025, and will ring Nadia by 10am if she has not arrived. Sophie will note how Lily is when she
  arrives (clean, fed, tired) and email Nadia a summary every Friday.
- Mr Patel will keep an eye on Mason every day in school, because he has been caught with vapes twice and
  Mr Patel thinks he is not sleeping.
- Mrs Lord will meet Mason and Jodie by 05/12/2025 to agree a plan to get Mason back to full days after
  his exclusion, and will email Nadia his attendance every Friday. We want to see Mason in school for full
  days, at least 90% each week, by the review conference.
- Kilverdale Youth Service will give Mason a youth worker as soon as possible, to help him with his
  temper and with staying in school. The youth worker will keep a record of each session and send Nadia a
  summary after every four sessions.
- Nadia will do four sessions of direct work with Mason, using the Three Houses, about what home is like
  when his mum has been using, by 23/01/2026. What he says will be written up and shown to him before it
  goes to the review conference.

## If things go wrong

- If Jodie is found under the influence of drugs or alcohol while she is caring for Lily or Mason, Nadia
  (or the Emergency Duty Team out of hours) will ask Kim to collect Lily and Pete to collect Mason that day,
  and the children will stay with them until Nadia has seen Jodie sober and a safety plan is agreed.
- If Mason goes missing overnight, Jodie will report him missing to the police by 10pm and tell Nadia the
  next morning; Nadia will arrange a return home interview within 72 hours.
- If Jodie's hair strand test shows regular cocaine use, or she is found under the influence while caring
  for the children again, Nadia will ask Rob Gale for a legal planning meeting within ten working days.

## Meetings

- Core group every four weeks, Thursdays at 4pm, Kilverdale Family Hub: 04/12/2025, 08/01/2026 and
  05/02/2026.
- Review child protection conference: Thursday 19/02/2026, 10am, Kilverdale Town Hall.
""",
    "findings": [
        F("W001", "Jodie will be supported to cut down her drinking"),
        F("T002", "Jodie will be supported to cut down her drinking"),
        F("M002", "Jodie will be supported to cut down her drinking"),
        F("M002", "Mr Patel will keep an eye on Mason every day"),
        F("T002", "Kilverdale Youth Service will give Mason a youth worker"),
        F("F004"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Kempsford: a print of the child protection plan from an invented case
#    system ("CASEPOINT"), with fields in columns, a repeated page header
#    and the plan as a tree: each Need with its Outcome line, then tasks
#    drawn as branches with Assigned to / Due / Evidence lines. The plan is
#    built around the father's needs; a few rows are faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b160_kempsford_case_system_print_need_tree_atherton.txt",
    "split": "tune",
    "actions": 13,
    "template": "cp-plan-case-system-print-txt-casepoint-page-headers-record-fields-reason-household-parent-health-childrens-views-strengths-then-plan-tree-need-headings-with-outcome-line-and-task-branches-assigned-to-due-evidence-then-contingency-and-review-fields",
    "description": (
        "Print of an initial conference plan from an invented case system for a 15-year-old girl "
        "and an 8-year-old boy (neglect) whose father, their sole carer, has chronic pain, misuses "
        "prescribed and bought opioids, drinks and has depression. The plan is a tree of Needs, each "
        "with an Outcome line and task branches with Assigned to / Due / Evidence lines. Eight of "
        "its thirteen tasks are about the father's own health, money and housing, under outcomes that "
        "speak only of him. Most tasks are otherwise sound (GP reduction plan, pain programme, PIP "
        "claim, visits, both schools, young carers). Faults: the CPN gives weekly support measured "
        "by attendance; the drug and alcohol service's work is measured by 'Engagement with the "
        "service'; the debt advice is 'Ongoing'; 'All agencies' share concerns; two outcomes are "
        "about the father only; and nothing leads to legal planning."
    ),
    "text": """\
CASEPOINT 7.2                               KEMPSFORD CITY COUNCIL - CHILDREN'S SERVICES
Report: CP PLAN (PRINT)                     Printed 09/12/2025 14:32 by MQUINN      Page 1
==========================================================================================

CASE           ATHERTON family                     Case no.   00481923
PLAN TYPE      Child Protection Plan               Status     ACTIVE
MADE AT        ICPC 02/12/2025, Kempsford Civic Centre (chair: Janet Rowbotham)
CATEGORY       Neglect
ALLOCATED SW   Marie Quinn, Kempsford Children's Services, Central Team 2
TEAM MANAGER   Colin Abbott

SUBJECTS
  Sophie ATHERTON    F   DOB 22/03/2010 (15)   Kempsford Academy, Year 11
  Jack ATHERTON      M   DOB 14/07/2017 (8)    Kempsford Junior School, Year 4

HOUSEHOLD
  Gary ATHERTON      Father, sole carer        DOB 05/01/1981 (44)
  Address            22 Weaver Street, Kempsford KP4 6RL (Kempsford Homes tenancy)
  Mother             Donna Atherton, lives in Spain since 2023; phone contact with the
                     children most Sundays

OTHER FAMILY
  Carol Atherton     Paternal aunt, 31 Lime Grove, Kempsford

------------------------------------------------------------------------------------------
REASON FOR PLAN
------------------------------------------------------------------------------------------
Referral from Kempsford Junior School 06/11/2025: Jack came to school hungry on most days
in October, in the same clothes for a week, and said there was "no gas" at home. Home visit
07/11/2025: no gas or electric credit, no food in the house apart from cereal, Gary asleep
on the sofa at 3.30pm and not easily woken. Sophie (15) does the cooking and shopping,
collects her dad's prescriptions and gets Jack to school. Her attendance is 78%.

PARENT / CARER HEALTH
  Gary fell at work in 2023 and has chronic back pain. He is prescribed tramadol and has
  told the SW he also buys codeine online. He drinks 4-6 cans of lager most evenings. He
  has depression, is on sertraline and is open to Kempsford Community Mental Health Team
  (CPN Mark Dunn). Gary says he took "a few extra" tramadol on 07/11/2025 because of the
  pain and did not mean to harm himself.

CHILDREN'S VIEWS
  Sophie (seen alone 25/11/2025): "I don't mind doing it, someone has to. I just want Dad
  to be OK. I'm knackered in school though." She wants to stay at home and wants Jack "to
  have proper tea every night".
  Jack (seen at school 26/11/2025): drew his house with "Dad asleep" and Sophie "doing the
  pasta". Said the best thing is breakfast club and "Auntie Carol's Sunday dinners". Said
  he is cold at night "when the gas runs out".

STRENGTHS
  - Gary loves his children and agreed to every part of the plan.
  - Carol sees the children every Sunday and has said they can stay with her in a crisis.
  - Jack goes to breakfast club every day and is doing well in class.

==========================================================================================
CASEPOINT 7.2                               KEMPSFORD CITY COUNCIL - CHILDREN'S SERVICES
Report: CP PLAN (PRINT)                     Printed 09/12/2025 14:32 by MQUINN      Page 2
==========================================================================================

PLAN TREE (needs > outcomes > tasks)

NEED A  Dad's health
  Outcome A: Gary's physical and mental health improves and his pain is managed.
  |
  +-- A.1  Gary to go to a medication review with his GP about his tramadol and the codeine
  |        he has been buying, and agree a reduction plan.
  |          Assigned to : Gary Atherton (father)
  |          Due         : 12/12/2025
  |          Evidence    : Reduction plan written in the GP record; copy sent to SW.
  |
  +-- A.2  Dr Lowe to prescribe Gary's tramadol a week at a time, collected from the
  |        pharmacy, and review the reduction plan with him every two weeks.
  |          Assigned to : Dr Alan Lowe, GP, Kempsford Health Centre
  |          Due         : Every 2 weeks from 12/12/2025
  |          Evidence    : Pharmacy dispensing record; GP letter to SW each month.
  |
  +-- A.3  Weekly support sessions with Gary for his low mood and anxiety, including help
  |        with his sleep.
  |          Assigned to : Mark Dunn, CPN, Kempsford CMHT
  |          Due         : Weekly from 10/12/2025
  |          Evidence    : Attendance recorded on the CMHT system.
  |
  +-- A.4  Gary to attend the Kempsford Pain Management Programme, Tuesday mornings, eight
  |        weeks.
  |          Assigned to : Gary Atherton (father)
  |          Due         : From 13/01/2026 (8 sessions)
  |          Evidence    : Programme register; discharge letter to GP and SW.
  |
  +-- A.5  Kempsford Recovery to assess Gary's alcohol and codeine use and offer him
  |        weekly key-work.
  |          Assigned to : Jo Bentley, recovery worker, Kempsford Recovery
  |          Due         : Assessment by 19/12/2025, then weekly
  |          Evidence    : Engagement with the service.
  |
  +-- A.6  Gary to go to his physiotherapy appointments at Kempsford General Hospital for
           his back, and do his home exercises between them.
             Assigned to : Gary Atherton (father)
             Due         : Every 2 weeks from 17/12/2025 (6 appointments)
             Evidence    : Physiotherapy attendance letter to GP and SW after the sixth
                           appointment.

NEED B  Money and housing
  Outcome B: Gary's rent arrears are cleared and his benefit claims are in payment.
  |
  +-- B.1  SW to help Gary fill in his PIP claim form and send it with his GP's evidence.
  |          Assigned to : Marie Quinn (SW)
  |          Due         : 19/12/2025
  |          Evidence    : Claim submitted; copy of the form and DWP acknowledgement on file.
  |
  +-- B.2  Debt adviser to help Gary agree a repayment plan for his rent arrears and gas
           debt with Kempsford Homes and the energy supplier.
             Assigned to : Citizens Advice Kempsford (debt adviser)
             Due         : Ongoing
             Evidence    : Signed repayment plans on file.

NEED C  Sophie and Jack's care
  Outcome C: Sophie and Jack are fed, warm and in school every day, and Sophie is no longer
             the one caring for her dad and her brother.
  |
  +-- C.1  SW to visit the children at home, one visit in two after 4pm, see each child on
  |        their own, and check there is food, gas and electric.
  |          Assigned to : Marie Quinn (SW)
  |          Due         : Every 2 weeks until the RCPC on 24/02/2026
  |          Evidence    : Visit record on CASEPOINT with each child's own words and what
  |                        was in the cupboards and on the meters.
  |
  +-- C.2  Breakfast club every day for Jack, and a check of his clothes and hunger; call
  |        the SW the same day if he is absent or comes in hungry.
  |          Assigned to : Ruth Pryce, DSL, Kempsford Junior School
  |          Due         : Every school day
  |          Evidence    : Breakfast club register; calls logged on CPOMS and on CASEPOINT.
  |
  +-- C.3  Attendance plan for Sophie, with a weekly meeting with her head of year and a
  |        quiet room at lunch to catch up on work.
  |          Assigned to : Owen Hale, DSL, Kempsford Academy
  |          Due         : Plan by 12/12/2025; weekly meetings from 15/12/2025
  |          Evidence    : Attendance emailed to SW every Friday; at least 90% by the RCPC.
  |
  +-- C.4  Young carers assessment with Sophie, and a place at the Wednesday group.
  |          Assigned to : Beth Lang, Kempsford Young Carers
  |          Due         : Assessment by 30/01/2026
  |          Evidence    : Assessment shared with Sophie, Gary and SW; group register.
  |
  +-- C.5  Share any concerns about Jack's or Sophie's care with the SW the same day.
             Assigned to : All agencies
             Due         : Same day
             Evidence    : Concern logged as a case note on CASEPOINT.

------------------------------------------------------------------------------------------
CONTINGENCY
------------------------------------------------------------------------------------------
Trigger 1   Gary found under the influence of alcohol or drugs while caring for Jack, or
            cannot be woken.
Response    SW (or EDT out of hours) arranges for Jack and Sophie to stay with Carol
            Atherton at 31 Lime Grove that night; strategy discussion with police the
            same day.
Trigger 2   Gary takes an overdose or is admitted to hospital.
Response    Jack and Sophie to Carol's; ambulance or ward staff to inform EDT/SW at once;
            SW to see the children the next day.
Trigger 3   No gas, electric or food in the house at a visit.
Response    SW to arrange an emergency food parcel and fuel voucher the same day.

------------------------------------------------------------------------------------------
REVIEW
------------------------------------------------------------------------------------------
Core group       Every 4 weeks, Tuesdays 10am, Kempsford Family Hub:
                 16/12/2025, 13/01/2026, 10/02/2026
Review CP conf   24/02/2026, 1.30pm, Kempsford Civic Centre
Plan authorised  Colin Abbott (TM) 05/12/2025

*** END OF PRINT ***
""",
    "findings": [
        F("H001", "Weekly support sessions with Gary for his low mood and anxiety"),
        F("M002", "Kempsford Recovery to assess Gary's alcohol and codeine use"),
        F("T002", "Debt adviser to help Gary agree a repayment plan"),
        F("W002", "Share any concerns about Jack's or Sophie's care with the SW"),
        F("F001"),
        F("F002", "Gary's physical and mental health improves and his pain is managed."),
        F("F002", "Gary's rent arrears are cleared and his benefit claims are in payment."),
        F("R002"),
    ],
})
