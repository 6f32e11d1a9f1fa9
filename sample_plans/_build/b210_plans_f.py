"""Batch 210, module f: seven fictional plans (tuning material), places beginning with "f".

Batch: 210. Letter: f. Split: tune (every plan).

Everything here is made up: children, families, professionals, schools,
nurseries, surgeries, hospitals, services, charities and councils (Fallowford,
Fernbarrow, Finstowe, Flaxholt, Foxcombe, Frithley, Fulwick and the places and
services in them). Any resemblance to real people, places or cases is a
coincidence. The labels were written by hand from docs/rules.md and the
conventions in sample_plans/README.md (conventions 1 to 13), without running
planlint or reading its code.

Focus: outcomes and owners said in ordinary words, in unusual places. No plan
has an "Outcomes" heading: the outcomes are a "What we want instead" under
each worry, a "What will be different for Kai" list in a letter, a goal
sentence opening each theme of a case print, "By the review we want Isla and
Teddy to ..." and "Success will look like ..." lines, "The aim of this plan is
that ..." in conference minutes, a 13-year-old's own hoped-for day, and, in
one plan, nothing at all. Owners are named as real plans name them: a role
("the school nurse", "the family's social worker"), a team or service
("Fallowford Early Help", "Fulwick Adult Learning Disability Team"), a
relative introduced once in a who's who and then called "Nan" or "Aunty Bev",
the parent addressed as "you" in a letter signed by the social worker ("I"),
an owner's lead-in over a list, a passive with its agent ("Poppy will be seen
at home by the health visitor", "will be recorded by his key person"), and
two people together ("Mum and Dad together", "the HV with the GP"). In the
plans that are not exemplary a few owners are vague ("all of us who work with
your family", "all agencies", "the family", "professionals", "TBC") or
missing (a passive with no agent), and some outcomes are only the adults'
changes or wishes. Times and checks are present and clear almost everywhere,
so the faults sit mostly in owners and outcomes.

1. Fallowford (docx, exemplary): initial conference plan for a 7-year-old
   and a 2-year-old (neglect, the father's daily cannabis use, Nan helping
   with school mornings): a who's who, Ruby's words and Alfie's day, then
   three "Worry: ... / What we want instead: ..." pairs, each followed by a
   small "What will happen / Whose job / When / How we'll see it" table with
   owners such as "Mum and Dad together", "Fallowford Early Help", "Nan",
   "the HV with the GP"; the recovery service reports on the father's
   capacity to change; a fallback for Nan; legal planning after named
   triggers.
2. Fernbarrow (md): the social worker's plan letter to the parents of a
   4-year-old after his initial conference (the father's drinking and
   temper, a window he broke), "I" the social worker and "you" the parents,
   "What will be different for Kai" and one numbered list of what happens
   next. Faults: the hearing test left to "the family" (W002); "all of us
   who work with your family" passing on worries (W002); the bedroom window
   "will be repaired" by no one (W001); an outcome about the father's
   drinking and work only (F002); and the review conference "will be
   arranged" with no date (R001).
3. Finstowe (txt): case-system print of a review plan for a 9-year-old and a
   5-year-old (the mother on methadone, with anxiety; the grandfather
   helping), each theme opening with a "Goal:" sentence and a "Lead for
   this theme:" line over its tasks. Faults: a goal about the mother's
   anxiety and money only (F002); "All agencies" sharing sightings of the
   mother's former dealer (W002); a young carers' referral "will be made"
   by no one (W001); the talking-therapy service's sessions that only treat
   the mother (H001); and a contingency that says nothing of the
   grandfather's help failing (C003).
4. Flaxholt (pdf, header and footer, exemplary): core group plan for an
   8-week-old baby and her 3-year-old brother (the mother's postnatal
   depression, the father on nights, the paternal grandmother helping):
   "By the review we want ..." and "Success will look like ..." lines, then
   the work grouped under each person's lead-in ("Ruth Ellery, health
   visitor, will:") and a few passives with their agents; the perinatal
   mental health team reports on capacity to change.
5. Foxcombe (docx): review conference minutes whose plan is agreed in
   numbered paragraphs under each theme, with "The aim of this plan is
   that ..." as the outcomes (a 6-year-old and a 10-month-old; the
   mother's ex-partner's violence; an uncle and a great-aunt helping).
   Faults: two aims that are only the mother's wishes (F002 twice); "Leo's
   room will be made safe" by no one (W001); "the family" making sure the
   ex-partner does not visit (W002); no fallback if the uncle or great-aunt
   cannot help (C003); and no legal planning (R002).
6. Frithley (md, exemplary): a 13-year-old's own plan written to her ("you"
   is Maisie) after her first review conference (her mother's drinking,
   her self-harm, caring for her brother), with "My good day" in her words
   and "What will be different" as the outcomes, and who does what said in
   many ways ("you", "Mum", "Aunty Bev", "the school nurse", "Frithley
   CAMHS", "I" the social worker).
7. Fulwick (pdf, header and footer): core group action sheet for a
   3-year-old and a 14-month-old (neglect, poor home conditions, a
   father with a learning disability) with no outcome for the children
   anywhere, only tasks. Faults: no outcomes (O001); "Professionals"
   sharing concerns (W002); the nursery place's funding owned by "TBC"
   (W002); the garden "will be cleared" by no one (W001).

Plans 1, 4 and 6 are exemplary: every action has a named owner however it is
said, a real timescale and something that can be seen, counted or read;
every outcome, wherever it is placed and however it is worded, is about the
children; each contingency has specific triggers and concrete protective
responses and says what happens if a relative's help fails; each records
the children's words or observed days, core group dates and a dated review
conference, and a legal planning meeting after named triggers; where a
parent drinks, uses drugs or is unwell an adult service owns an action, and
any adult mental health service is asked to report on the parent's capacity
to change. The four other plans hold 20 expected findings between them (5,
5, 6 and 4).

Counting convention used for "actions" (README convention 1): each row of
an action table (header rows excepted), each numbered item of a letter's or
minutes' plan, each task of a case print and each bullet under a person's
lead-in counts once, whatever number of sentences it holds. Who's who
tables, worries, what is going well, the children's words, outcomes
(whatever they are called), the contingency, meeting dates and signatures
are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan: three "Worry / What we want instead" pairs,
#    each followed by a small "What will happen / Whose job / When / How
#    we'll see it" table. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b210_fallowford_worry_what_we_want_instead_tables_ashdown.docx",
    "doc_title": "Child Protection Plan - Ruby and Alfie Ashdown",
    "split": "tune",
    "actions": 12,
    "template": "icpc-plan-docx-kv-details-whos-who-table-why-going-well-rubys-words-alfies-day-then-three-worry-and-what-we-want-instead-pairs-each-followed-by-what-will-happen-whose-job-when-how-well-see-it-table-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a 7-year-old girl and her 2-year-old brother (neglect: "
        "dog mess and an open stairway in the house, the girl sleeping on the sofa, late and hungry at "
        "school, the toddler's missed two-year review and immunisations; the father smokes cannabis "
        "daily and the toddler was found with his grinder). There is no Outcomes heading: each of "
        "three worries is followed by 'What we want instead' for the children and a small table "
        "(What will happen / Whose job / When / How we'll see it) whose owners are said in many ways: "
        "'Mum and Dad together (Kerry and Liam)', 'The family's social worker', 'Fallowford Early Help "
        "(family practitioner Dean Cole)', 'Nan' (introduced once in the who's who as Pat Hughes, "
        "maternal grandmother), 'Ruby's school', 'The HV with the GP'. The recovery service assesses "
        "the father and reports on whether he can stay off cannabis and how long it is likely to take; "
        "the contingency has specific triggers, a fallback if Nan cannot help and a legal planning "
        "meeting after named triggers; Ruby's words and Alfie's day are recorded; core group and review "
        "dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Fallowford Borough Council, Children's Services. Agreed at the initial child protection "
              "conference held on 08/01/2026 at Fallowford Civic Centre, chaired by Imran Siddiqui "
              "(independent chair)."),
        ("kv", [
            ("Children", "Ruby Ashdown, born 19/05/2018 (7), Year 3, Fallowford St Anne's Primary School; "
                         "Alfie Ashdown, born 02/11/2023 (2)"),
            ("Address", "9 Tenter Row, Fallowford FW3 8LB"),
            ("Category", "Neglect (both children)"),
            ("Social worker", "Hannah Pryce, Fallowford Children's Services, Safeguarding Team 2 (team "
                              "manager: Claire Redmond)"),
        ]),
        ("h1", "Who's who"),
        ("table", {
            "header": ["Name", "Who they are to Ruby and Alfie", "How to reach them"],
            "widths": [4.2, 7.0, 5.8],
            "rows": [
                ["Kerry Ashdown (29)", "Mum. Works early shifts at Fallowford Co-op on Mondays and Tuesdays",
                 "Mobile on the front sheet"],
                ["Liam Ashdown (31)", "Dad. Lives at home; not working since September", "Mobile on the front sheet"],
                ["Pat Hughes (58)", "Nan: Kerry's mum, the children's maternal grandmother. Called \"Nan\" in "
                 "this plan", "14 Marlpit Lane, Fallowford (ten minutes' walk)"],
                ["Hannah Pryce", "The family's social worker", "Safeguarding Team 2, Fallowford Civic Centre"],
                ["Sophie Lund", "Health visitor, Fallowford 0-19 Service", "Fallowford Family Hub"],
                ["Mrs Joy Okoro", "Family liaison officer, Fallowford St Anne's Primary", "School office"],
                ["Dean Cole", "Family practitioner, Fallowford Early Help", "Fallowford Family Hub"],
                ["Gemma Shaw", "Liam's keyworker, Fallowford Recovery Hub (drug and alcohol service)",
                 "Recovery Hub, 2 Mill Street"],
            ],
        }),
        ("h1", "Why we are worried"),
        ("p", "Hannah visited on 17/12/2025 after the school raised concerns. There was dog mess on the kitchen "
              "floor and in the garden, the stair gate was broken and lying in the hall, and Alfie was sitting "
              "on the living room rug with Liam's grinder and a packet of rolling papers. Ruby has no bed of her "
              "own: she sleeps on the sofa because her bed broke in the summer. She has been late to school 19 "
              "times this term, usually on a Monday or Tuesday, and often tells staff she has not had "
              "breakfast. Alfie missed his two-year review twice and is behind with his immunisations. Liam "
              "told the conference he smokes cannabis every day, \"mostly in the evening, sometimes in the "
              "day\", and has done since he lost his job."),
        ("h1", "What is going well"),
        ("bullets", [
            "Ruby and Alfie are warmly loved. Kerry and Liam came to the conference together and agreed to "
            "every part of this plan.",
            "Nan sees the children most days, and Ruby is never late on the days she stays at Nan's.",
            "Liam went to the Recovery Hub's drop-in on 06/01/2026 on his own, before the conference.",
            "Alfie is a happy, sociable toddler who runs to the door to see visitors.",
        ]),
        ("h1", "What Ruby told us"),
        ("p", "Ruby talked to Hannah at school on 05/01/2026 and drew her Three Houses. In her house of worries "
              "she drew the sofa: \"I don't like sleeping on the sofa, Dad's programmes are loud.\" She said "
              "\"Alfie puts things in his mouth, I have to take them off him\" and \"Sometimes there's no "
              "cereal so I have toast at school.\" In her house of good things she put Nan, their dog Biscuit "
              "and \"Mum's spaghetti\". In her house of dreams she drew a bedroom of her own with \"a purple "
              "duvet\"."),
        ("h1", "Alfie's day (what we have seen)"),
        ("p", "Alfie is up with Kerry at about 6am. On the days Kerry works Liam looks after him, and when Hannah "
              "visited at 11am on 17/12/2025 Alfie was still in a wet nappy from the night and had been given "
              "crisps for breakfast. He says about six words (\"Mum\", \"Nan\", \"dog\", \"no\", \"more\", "
              "\"Ruby\"). He climbs everything and went to the stairs twice while Hannah was there. He "
              "brightens when Ruby comes home and follows her from room to room."),
        ("h1", "The plan: three worries, and what we want instead"),
        ("p", "For each worry the conference agreed what we want instead for Ruby and Alfie. The table under it "
              "says what will happen, whose job it is, when, and how we will all be able to see that it has "
              "happened."),
        ("h2", "Worry 1: the house is not safe or clean for the children"),
        ("p", "Worry: there is dog mess in the kitchen and garden, nothing stops Alfie reaching the stairs, and "
              "Liam's cannabis and the things he uses with it are left where Alfie can get them. Ruby has no "
              "bed."),
        ("p", "What we want instead: Ruby and Alfie live in a clean, warm home where Alfie cannot reach the "
              "stairs or anything harmful, and each of them sleeps in their own clean bed."),
        ("table", {
            "header": ["What will happen", "Whose job", "When", "How we'll see it"],
            "widths": [6.2, 3.8, 3.2, 3.8],
            "rows": [
                ["Fit the stair gate and the cupboard locks Hannah brought on 09/01/2026, and keep Liam's "
                 "grinder, papers and tobacco in the locked box on top of the wardrobe",
                 "Mum and Dad together (Kerry and Liam)",
                 "By 16/01/2026, then every day",
                 "Gate, locks and locked box seen in place by Hannah at every home visit"],
                ["Home visit using the Fallowford home conditions checklist, seeing every room the children "
                 "use; one visit in two unannounced",
                 "The family's social worker (Hannah Pryce)",
                 "Every week until the review conference",
                 "Checklist score for each room on the visit record; every room scored 2 or below by the "
                 "review"],
                ["Six sessions with Kerry and Liam on a cleaning rota, keeping the dog out of the kitchen, "
                 "clearing the garden, and a bedtime routine for both children",
                 "Fallowford Early Help (family practitioner Dean Cole)",
                 "Weekly for six weeks from 19/01/2026",
                 "Session records; the rota on the fridge signed off by Dean each week; Kerry's bedtime "
                 "chart"],
                ["Apply to the Fallowford Furniture Fund for a bed, mattress and bedding for Ruby",
                 "Hannah Pryce (SW)",
                 "By 23/01/2026",
                 "Delivery note on file; Ruby's bed made up and seen by Hannah at the next visit"],
            ],
        }),
        ("h2", "Worry 2: Ruby is late and hungry, and Alfie's health is being missed"),
        ("p", "Worry: Ruby arrives late and hungry on the mornings Kerry is at work. Alfie has not had his "
              "two-year review or his last immunisations, and his talking is behind."),
        ("p", "What we want instead: Ruby gets to school on time every day having eaten breakfast. Alfie has "
              "his two-year review and catches up on his immunisations, and any delay in his talking is picked "
              "up and helped."),
        ("table", {
            "header": ["What will happen", "Whose job", "When", "How we'll see it"],
            "widths": [6.2, 3.8, 3.2, 3.8],
            "rows": [
                ["Have Ruby at her house for breakfast on Kerry's early-shift mornings, and walk her to school",
                 "Nan",
                 "Every Monday and Tuesday, at school by 8.45am",
                 "School register shows Ruby in before the 8.50am bell on those days"],
                ["A breakfast club place for Ruby, and a check at the door each morning of whether she has "
                 "eaten",
                 "Ruby's school (Mrs Joy Okoro, family liaison officer)",
                 "Every school day from 12/01/2026, 8am",
                 "Breakfast club register and Mrs Okoro's late log, e-mailed to Hannah every Friday"],
                ["Alfie's two-year review with an ASQ-3, and his missed immunisations given at the same visit "
                 "or booked within two weeks of it",
                 "The HV with the GP (Sophie Lund, health visitor, with the practice nurse at Fallowford "
                 "Green Surgery)",
                 "Review by 30/01/2026; immunisations by 13/02/2026",
                 "ASQ-3 scores and immunisation dates in Alfie's red book, copied to Hannah"],
                ["Take Alfie to the Chatterbox speech and language drop-in at Fallowford Family Hub, and "
                 "practise the two words of the week with him at home",
                 "Kerry (Mum)",
                 "Every Thursday at 10am from 15/01/2026",
                 "Drop-in register; Alfie's words counted by the speech and language assistant each month"],
                ["See Ruby on her own at school and do her Three Houses with her again, so her worries and "
                 "wishes are heard between meetings",
                 "Hannah Pryce (SW)",
                 "Every two weeks from 13/01/2026",
                 "Ruby's Three Houses drawings on file and her words written into the visit record"],
            ],
        }),
        ("h2", "Worry 3: Liam's cannabis use"),
        ("p", "Worry: Liam smokes cannabis every day, sometimes while he is looking after Alfie on his own, and "
              "Alfie has got hold of his things."),
        ("p", "What we want instead: Ruby and Alfie are only ever looked after by an adult who has not used "
              "cannabis or drink, and there is no cannabis or smoke in their home."),
        ("table", {
            "header": ["What will happen", "Whose job", "When", "How we'll see it"],
            "widths": [6.2, 3.8, 3.2, 3.8],
            "rows": [
                ["Go to keywork sessions at Fallowford Recovery Hub about stopping cannabis, and give a urine "
                 "sample at each session",
                 "Liam (Dad)",
                 "Weekly from 14/01/2026",
                 "Attendance letter from the Recovery Hub each month; urine results in Gemma's report"],
                ["Assess Liam's cannabis use and write to the core group with his urine results and a view on "
                 "whether he can stay off cannabis while caring for Ruby and Alfie, and how long that is "
                 "likely to take",
                 "Fallowford Recovery Hub (keyworker Gemma Shaw)",
                 "Assessment by 30/01/2026; a report before each core group",
                 "Written report, with results, on Hannah's file before each core group"],
                ["Not look after Ruby and Alfie on his own until he has three clear urine tests in a row; "
                 "Kerry or Nan will be there whenever he is with them",
                 "Liam (Dad)",
                 "From 08/01/2026 until three clear tests are reported",
                 "Care diary on the fridge showing who was with the children each day, read by Hannah at "
                 "every visit; the Recovery Hub's test results"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Liam is found smoking cannabis in the house, or looking after the children on his own before "
            "three clear tests, or under the influence while they are with him, Kerry will ask him to stay at "
            "his brother's that night and ring Hannah; Hannah (or the Emergency Duty Team out of hours) will "
            "hold a strategy discussion the same day. If Kerry is at work, the children go to Nan's at 14 "
            "Marlpit Lane straight away.",
            "If Nan is ill or away and cannot do the Monday and Tuesday mornings or be there when Liam is with "
            "the children, Kerry tells Hannah the same day; Kerry has agreed with her manager that she can "
            "move to late shifts, and Ruby goes to breakfast club. If no sober adult can care for the "
            "children, Hannah or the Emergency Duty Team will find an emergency foster placement that day.",
            "If any room scores 3 or more on the home conditions checklist at two visits in a row, if Alfie "
            "misses another health appointment, or if Liam has a positive test after three clear ones, "
            "Claire Redmond (team manager) will hold a legal planning meeting within 10 working days to "
            "decide whether to start the pre-proceedings part of the Public Law Outline.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Fallowford Family Hub, Wednesdays at 1.30pm: 21/01/2026, "
            "18/02/2026 and 18/03/2026.",
            "Review child protection conference: 02/04/2026 at 10am, Fallowford Civic Centre.",
        ]),
        ("p", "Plan sent to Kerry, Liam, Nan and every agency named in it on 09/01/2026. Hannah has talked "
              "Ruby's part through with her using her Three Houses."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. The social worker's plan letter to a 4-year-old's parents: "I" is the
#    social worker, "you" the parents, "What will be different for Kai",
#    then one numbered list of what happens next. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b210_fernbarrow_plan_letter_what_will_be_different_mercer.md",
    "split": "tune",
    "actions": 11,
    "template": "sw-plan-letter-to-parents-md-address-block-i-is-the-social-worker-you-the-parents-why-kai-has-a-plan-what-kai-told-me-what-nursery-see-what-will-be-different-for-kai-then-one-numbered-list-what-happens-next-owner-first-in-each-item-then-if-things-go-wrong-meetings",
    "description": (
        "The social worker's letter to the parents of a 4-year-old boy after his initial conference "
        "(emotional abuse: his father drinks most evenings and shouts, punched through the boy's bedroom "
        "window on 28/12/2025, and the boy hides behind the sofa; he misses nursery). 'I' is the social "
        "worker who signs it and 'you' the parents, or one of them by name. There is no Outcomes heading: "
        "'What will be different for Kai' lists what the plan is for, and one numbered list says what "
        "happens next, each item naming its owner first. The alcohol service owns an assessment; the "
        "contingency names triggers, the maternal grandmother and a refuge, and a legal planning meeting. "
        "Faults: the hearing test left to 'the family'; 'all of us who work with your family' passing on "
        "worries; the bedroom window 'will be repaired' with no one named; one of the 'what will be "
        "different' lines is only about the father's drinking and work; and the review conference 'will "
        "be arranged by the conference team' with no date."
    ),
    "text": """\
**Fernbarrow Council - Children's Social Care**
Safeguarding and Assessment Team 3, Fernbarrow Town Hall, Market Place, Fernbarrow FB1 2QA

Shannon Mercer and Craig Mercer
41 Lime Kiln Road
Fernbarrow FB4 7HS

19 January 2026

Dear Shannon and Craig,

## Kai's child protection plan

Thank you both for coming to Kai's initial child protection conference on 14/01/2026. As I said at the
end of the meeting, I am writing to set out Kai's plan in plain words, so that you have it at home and
can check it against what we all do. In this letter "I" means me, Owen Reddy, Kai's social worker.
"You" means both of you; where I mean just one of you, I have put your name first.

The conference decided that Kai (born 22/08/2021, aged 4) should have a child protection plan under
the category of emotional abuse.

### Why Kai has a plan

Craig, you told the conference that you have been drinking "six or seven cans most nights" since you
were laid off from Harrow & Sons in October, and that you "lose it" when you have had a drink. On
28/12/2025 you punched through the window of Kai's bedroom during an argument with Shannon, and Kai
was found by the police hiding behind the sofa with his hands over his ears. Neighbours have called
the police three times since November about shouting. Kai has missed 14 mornings at nursery this
term, and when he is there he jumps at loud noises and will not go in the home corner if the boys are
"playing daddies".

### What Kai told me

I saw Kai at Little Acorns Nursery on 09/01/2026 with his key person, Jess, in the quiet room. He
played with the dolls' house and put the daddy doll "outside in the garden because he's shouting".
He told me "I don't like the window, it's cold" and "Mummy cries in the bathroom". When I asked what
would make him happy he said "a Spider-Man bed and Daddy not cross". He likes Nana Debbie's house
"because she has a trampoline".

Jess told me Kai is much calmer on days when he arrives with Shannon on her own, and that he has
started to say "shush" to other children when they shout.

### What will be different for Kai

By the review conference we want to be able to say:

- Kai is at nursery every morning it is open, clean, fed and on time.
- Kai does not see or hear shouting, fighting or things being broken at home, and can sleep in his
  own room without being frightened.
- Kai can tell Jess, Nana Debbie or me when something at home has scared him.
- Craig will cut down his drinking and find work again.

### What happens next

1. You will take Kai to Little Acorns Nursery by 9am every weekday morning. The nursery will text me
   by 10am on any day he is not there, and I will look at his attendance with you at each visit.
2. Craig, you will go to your appointments with Fernbarrow Alcohol Service every Wednesday at 11am
   from 21/01/2026, and you have agreed to a breath test at each one. Tasha Green will send me the
   attendance record and the breath test results every fortnight.
3. Fernbarrow Alcohol Service (Tasha Green, Craig's recovery worker) will complete an assessment of
   Craig's drinking by 06/02/2026 and send me a written report on whether he can cut down enough to
   be safe around Kai, and how long that is likely to take.
4. Craig, you will not come home on any evening you have been drinking; you will stay at your
   brother Rob's flat that night. Shannon will text me the next morning about any night Craig stayed
   away, and I will go through the texts with you both at each visit.
5. Shannon, you will go to the Freedom Programme at Fernbarrow Family Centre on Monday mornings for
   12 weeks from 26/01/2026. The centre's register will show me that you have been.
6. I will visit Kai at home every week until the review conference, at least one visit in two
   without telling you first, and I will always see him on his own in his room. My visit notes will
   record what Kai says and how his room looks.
7. Kai's bedroom window, which was broken on 28/12/2025, will be repaired and a window restrictor
   fitted by 30/01/2026. A photograph of the fitted restrictor will be sent to me.
8. Little Acorns Nursery (Mrs Fiona Dale, the nursery's safeguarding lead) will write down how Kai
   is when he arrives each day: his mood, how he plays and anything he says about home. Mrs Dale
   will e-mail me a summary every Friday.
9. The family will take Kai to his hearing test at Fernbarrow Children's Centre on 05/02/2026 and
   bring the audiology letter to my next visit.
10. I will refer you both to the Fernbarrow Safer Families project by 23/01/2026, and I will send
    you a copy of the referral and the project's acceptance letter.
11. All of us who work with your family will tell me the same day if we see or hear that Kai has
    been hurt or frightened at home, or that Craig has been drinking around him. I will log each call
    on Kai's file and ring you both that day.

### If things go wrong

- If Craig comes home drunk, or there is any shouting, pushing or breaking of things while Kai is in
  the house, Shannon will ring 999 and take Kai to Nana Debbie's (Debbie Lowe, Shannon's mum,
  3 Orchard Rise, Fernbarrow) that night. I, or the Emergency Duty Team out of hours, will hold a
  strategy discussion with the police the same day.
- If Debbie cannot have Kai and Shannon, I or the Emergency Duty Team will find them a place at the
  Fernbarrow women's refuge that night.
- If Craig comes home after drinking twice before the review, or his breath tests are positive at
  two appointments in a row, my manager, Nadia Kowalczyk, will hold a legal planning meeting within
  10 working days to decide whether the council should start the Public Law Outline.

### Meetings

- Core group every four weeks at Little Acorns Nursery, Tuesdays at 2pm: 27/01/2026, 24/02/2026 and
  24/03/2026. You are both invited to every one.
- Kai's review child protection conference will be arranged by the conference team, and I will let
  you know the date when I have it.

If anything in this letter is not what you remember agreeing, please ring me on 01932 604 118 and we
can go through it together.

Yours sincerely,

Owen Reddy
Social Worker, Safeguarding and Assessment Team 3
Copies: Little Acorns Nursery; Fernbarrow Alcohol Service; Elaine Burke (health visitor); conference team
""",
    "findings": [
        F("W002", "will take Kai to his hearing test at Fernbarrow"),
        F("W002", "will tell me the same day if we see or hear"),
        F("W001", "will be repaired and a window restrictor fitted by 30/01/2026"),
        F("F002", "Craig will cut down his drinking and find work again."),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Case-system print of a review plan: each theme opens with a "Goal:"
#    sentence and a "Lead for this theme:" line over its numbered tasks,
#    each task with When / Check lines; an unlinked task added at the
#    review. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b210_finstowe_familyview_theme_goal_lead_lines_pryor.txt",
    "split": "tune",
    "actions": 15,
    "template": "cp-review-plan-case-system-print-txt-familyview-header-dot-leader-fields-household-why-childrens-views-mums-views-strengths-then-themes-each-opening-with-goal-sentence-and-lead-for-this-theme-line-over-numbered-tasks-with-when-and-check-lines-then-unlinked-tasks-added-at-review-contingency-review-arrangements",
    "description": (
        "Case-system print (FamilyView) of a first review conference plan for a 9-year-old boy and a "
        "5-year-old girl (neglect: their mother is on a methadone script after heroin use, has anxiety, "
        "and was found asleep with the children unsupervised; the boy gets his sister ready for school "
        "and was late 23 times; a former dealer has been seen at the house). Their grandfather does "
        "three school runs and has them on Saturdays. No Outcomes field: each of four themes opens with "
        "a 'Goal:' sentence and a 'Lead for this theme:' line that owns the tasks under it unless a task "
        "names someone else; tasks have When and Check lines. Faults: the goal of the second theme is "
        "only about the mother's anxiety and money; 'All agencies' pass on sightings of the former "
        "dealer; a young carers' referral, added at the review with no theme, 'will be made' by no one; "
        "the talking-therapy service's sessions only treat the mother's anxiety; and the contingency "
        "sends the children to the grandfather with nothing said if his help fails."
    ),
    "text": """\
FINSTOWE COUNCIL :: FAMILYVIEW                                        Printed 28/01/2026 15:07
CHILD PROTECTION PLAN - REVIEW                         Plan version 2 of 2 (live)   User: LFOSTER
=================================================================================================

Case reference ........... FV-118402
Children ................. Jayden PRYOR (M), dob 14/03/2016, age 9, Year 5, Finstowe Primary
                           Lacey PRYOR (F), dob 30/07/2020, age 5, Reception, Finstowe Primary
Address .................. 22 Cable Street, Finstowe FN6 3DW
Category ................. Neglect (both children)
Plan started ............. Initial conference 30/10/2025
This version ............. First review conference 27/01/2026, chair Ruth Abernethy (IRO)
Social worker ............ Leanne Foster, Finstowe Children's Services, Family Safeguarding Team B
Team manager ............. Andrew Pemberton

-------------------------------------------------------------------------------------------------
HOUSEHOLD AND NETWORK
-------------------------------------------------------------------------------------------------
Gemma PRYOR (31) ......... Mother. On a methadone script (60ml daily) from Finstowe Drug and
                           Alcohol Service since 2023. Anxiety; on the waiting list for
                           Finstowe Talking Therapies until 12/01/2026.
Mick PRYOR (63) .......... Maternal grandfather, 7 Saltings Road, Finstowe. Called "Grandad Mick"
                           in this plan. Does the school run three days a week.
Jayden's father .......... Ryan Tate, no contact since 2019.
Lacey's father ........... Kyle Brennan, HMP Finstowe until at least 2027; no contact.

-------------------------------------------------------------------------------------------------
WHY THE CHILDREN HAVE A PLAN
-------------------------------------------------------------------------------------------------
On 24/10/2025 police attended 22 Cable Street after a neighbour heard Lacey crying in the garden at
9pm. Gemma was asleep on the sofa and could not be woken for several minutes; she said she had
taken extra diazepam bought on the street "for my nerves". Jayden (then 8) had made tea for Lacey
and put her to bed twice. Jayden has been late 23 times this school year, and staff say he arrives
"exhausted and worried about Lacey". A man known to police as a heroin supplier, Dean Copley, has
been seen at the house twice since November.

-------------------------------------------------------------------------------------------------
CHILDREN'S VIEWS (recorded by L Foster, 20/01/2026, at school, each child seen alone)
-------------------------------------------------------------------------------------------------
Jayden ... "I do Lacey's hair and her book bag because Mum's tired in the morning." "I don't like
           that man, he smells of smoke and he shouts at Mum." "Grandad's is the best, he does
           proper breakfast." Wishes: "For Mum not to be poorly" and "to go to football club".
Lacey .... Drew her family with a big yellow sun over Grandad's house. "Mummy sleeps a lot."
           "Jayden does my plaits." She likes the class guinea pig and wants a sleepover at Grandad's.

-------------------------------------------------------------------------------------------------
MOTHER'S VIEWS
-------------------------------------------------------------------------------------------------
Gemma said: "I know the night in October was bad. I haven't touched anything since, my tests show
that. My anxiety's through the roof and the bills keep coming. I want Jayden to be a kid."

-------------------------------------------------------------------------------------------------
STRENGTHS
-------------------------------------------------------------------------------------------------
- Gemma's urine screens since 04/11/2025 have shown methadone only.
- Grandad Mick has done the Monday, Wednesday and Friday school runs since November; Jayden and
  Lacey have been on time every one of those days.
- Gemma started at Finstowe Talking Therapies on 12/01/2026 and has kept both sessions.
- The children are close and affectionate with their mum and with each other.

-------------------------------------------------------------------------------------------------
THEMES AND TASKS
-------------------------------------------------------------------------------------------------
A task is owned by the theme lead unless the task names its own owner.

THEME 1   METHADONE, DRUGS AND WHO COMES TO THE HOUSE
  Goal: We will know Jayden and Lacey are safer when their mum takes only her prescribed
        methadone, keeps it locked away from them, and Dean Copley no longer comes to the house.
  Lead for this theme: Finstowe Drug and Alcohol Service (Ian Marsh, recovery worker)

  1.1  Random urine screens for Gemma at her keywork appointments, and a written report to each
       core group on the results and on whether she is likely to stay stable, and for how long.
       When ..... every fortnight from 03/02/2026; report the week before each core group
       Check .... results and report on the children's file before each core group
  1.2  Gemma will keep her methadone and any other medicines in the lockbox in her bedroom, out of
       Jayden's and Lacey's reach, and show it to the social worker at every visit.
       When ..... every day; checked at every home visit
       Check .... lockbox seen locked by Leanne and noted on the visit record
  1.3  All agencies will pass on any sighting of Dean Copley at or near 22 Cable Street to the
       social worker and the police.
       When ..... the same day as the sighting
       Check .... sighting logged on FamilyView and on a police intelligence form
  1.4  Gemma will move her methadone collection to supervised consumption at Harbour Pharmacy on
       the mornings the children are at school.
       When ..... Monday to Friday from 02/02/2026
       Check .... pharmacy collection record sent to Ian Marsh every Friday

THEME 2   MUM'S ANXIETY AND MONEY
  Goal: Gemma will feel less anxious and be on top of her bills and her rent arrears.
  Lead for this theme: Leanne Foster (social worker)

  2.1  Finstowe Talking Therapies (Amy Lowther, psychological wellbeing practitioner) will give
       Gemma six sessions of guided self-help for her anxiety.
       When ..... weekly from 12/01/2026 to 16/02/2026
       Check .... GAD-7 score at each session; attendance letter to Leanne after session 6
  2.2  Gemma, with Jo Bell of Finstowe Citizens Advice, will make a plan to pay off the rent
       arrears and the gas debt.
       When ..... first appointment by 06/02/2026
       Check .... copy of the repayment plan and the housing officer's letter on file
  2.3  Apply to the Finstowe Household Support Fund for a washing machine and school uniform for
       both children.
       When ..... by 06/02/2026
       Check .... award letter on file; both children seen in clean uniform by school

THEME 3   GETTING TO SCHOOL, AND JAYDEN BEING A CHILD
  Goal: Jayden and Lacey get to school on time every day, and Jayden no longer has to get Lacey
        up and ready in the mornings.
  Lead for this theme: Finstowe Primary (Mrs Carol Hind, designated safeguarding lead)

  3.1  First-day calling: ring Gemma if either child is not in by 9am, and Leanne if Gemma does
       not answer by 9.30am.
       When ..... every school day
       Check .... register and call log sent to Leanne every Friday
  3.2  Grandad Mick will take Jayden and Lacey to school, with breakfast at his house first.
       When ..... Monday, Wednesday and Friday, at school by 8.45am
       Check .... school register shows both children in before the 8.50am bell on those days
  3.3  A place for Jayden at Thursday after-school football club, paid from the school's pupil
       premium, and a check with him each half term on how it is going.
       When ..... Thursdays 3.15pm to 4.30pm from 29/01/2026
       Check .... club register; Jayden's own score out of 10, noted by Mrs Hind each half term
  3.4  Grandad Mick will have Jayden and Lacey at his house so that Gemma can go to her Saturday
       SMART Recovery group.
       When ..... every Saturday, 10am to 3pm
       Check .... Gemma's group attendance sheet; Jayden and Lacey asked about it at Leanne's visits

THEME 4   SEEING JAYDEN AND LACEY, AND HEARING THEM
  Goal: Jayden and Lacey are seen on their own often, and each can name an adult they would tell
        if Mum was poorly or someone frightening came to the house.
  Lead for this theme: Leanne Foster (social worker)

  4.1  Home visits seeing Jayden and Lacey on their own, with one visit in two unannounced and at
       least one a month after 6pm.
       When ..... every week until the next review conference
       Check .... visit records within 48 hours with each child's words
  4.2  Four sessions of direct work with Jayden using the "My worry monster" pack, ending with his
       own safety plan.
       When ..... weekly from 05/02/2026
       Check .... Jayden's safety plan on file and a copy kept in his book bag
  4.3  The school nurse (Finstowe 0-19 Service) will check Lacey's height, weight, hearing and
       teeth and write to Leanne.
       When ..... by 27/02/2026
       Check .... school nurse's letter on file

ADDED AT THE REVIEW (NOT YET LINKED TO A THEME)
  5.1  A referral will be made for Jayden to Finstowe Young Carers so that he has time and a
       group of his own.
       When ..... by 13/02/2026
       Check .... acceptance letter and the date of Jayden's first group on file

-------------------------------------------------------------------------------------------------
CONTINGENCY
-------------------------------------------------------------------------------------------------
If Gemma misses her methadone collection two days running, has a urine screen showing heroin,
cocaine or street benzodiazepines, or is found under the influence while caring for the children:
Ian Marsh tells Leanne the same day; Leanne (or the Emergency Duty Team out of hours) holds a
strategy discussion the same day; Jayden and Lacey go to Grandad Mick's at 7 Saltings Road that
night and stay there until the strategy discussion has agreed what happens next.

If Dean Copley comes to the house while the children are there, Gemma rings 999 and the police
attend; Leanne visits the next morning.

If there is a positive screen, or two missed collections in a month, before the next review
conference, Andrew Pemberton (team manager) will hold a legal planning meeting within 10 working
days.

-------------------------------------------------------------------------------------------------
REVIEW ARRANGEMENTS
-------------------------------------------------------------------------------------------------
Core group ............... every four weeks, Finstowe Primary, Tuesdays 3.30pm:
                           10/02/2026, 10/03/2026, 07/04/2026
Next review conference ... 28/04/2026, 10am, Finstowe Civic Centre, Room 2
Distribution ............. Gemma Pryor; Mick Pryor; Finstowe Primary; Finstowe DAS; Finstowe
                           Talking Therapies; Finstowe 0-19 Service; GP (Dr Okafor, Harbour Surgery)

*** END OF PRINT ***   FV-118402   Page 1 of 1
""",
    "findings": [
        F("F002", "Gemma will feel less anxious and be on top of her bills and her rent arrears."),
        F("W002", "All agencies will pass on any sighting of Dean Copley"),
        F("H001", "will give Gemma six sessions of guided self-help for her anxiety"),
        F("W001", "A referral will be made for Jayden to Finstowe Young Carers"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Core group plan for a baby and her brother: "By the review we want ..."
#    and "Success will look like ..." lines, then the work grouped under each
#    person's lead-in, and a passive with its agent. Header and footer.
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b210_flaxholt_by_the_review_we_want_lead_ins_morton.pdf",
    "doc_title": "Core Group Child Protection Plan - Isla and Teddy Morton",
    "split": "tune",
    "actions": 14,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Flaxholt City Council Children's Services · Isla and Teddy Morton",
    "footer": "Core group plan agreed 14/01/2026 · Review conference 26/03/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "core-group-cp-plan-paged-header-footer-kv-family-and-network-worries-working-well-islas-day-observed-teddys-words-jade-and-sams-words-then-by-the-review-we-want-lines-per-child-and-success-will-look-like-list-then-who-will-do-what-bold-lead-in-per-person-or-service-over-bullets-with-when-and-check-in-each-and-a-passive-with-its-agent-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary first core group plan for an 8-week-old girl whose weight fell from the 50th to "
        "below the 9th centile and her 3-year-old brother, left to watch television for much of the "
        "day (neglect), after their mother's postnatal depression deepened and she told the health "
        "visitor she had thought of 'just walking out'; their father works three night shifts a week "
        "and his mother stays over on those nights. No Outcomes heading: 'By the review on 26/03/2026 "
        "we want Isla to ... / Teddy to ...' and 'Success will look like ...' say what will be "
        "different for the children. The work is grouped under each person's bold lead-in ('Ruth "
        "Ellery, health visitor, will:', 'Jade will:', 'Mum and Dad together will:', 'Grandma Lynne "
        "will:', the perinatal mental health team, the social worker), each bullet with its own time "
        "and check, and the nursery's part is a passive with its agent ('will be recorded by his key "
        "person'). The perinatal team reports on the mother's capacity to change and the likely "
        "timescale; the contingency has specific triggers, a fallback if the grandmother cannot stay, "
        "and a legal planning meeting after named triggers; Isla's observed day and Teddy's words are "
        "recorded; core group and review dates are set; a page header and footer are on every page."
    ),
    "blocks": [
        ("title", "Child Protection Plan: Isla and Teddy Morton"),
        ("p", "Flaxholt City Council, Children's Services (Safeguarding East). This is the plan as agreed at "
              "the first core group on 14/01/2026, building on the outline plan from the initial child "
              "protection conference on 05/01/2026. Each part below starts with the person or service whose "
              "part it is; every bullet under it is theirs."),
        ("kv", [
            ("Children", "Isla Morton, born 18/11/2025 (8 weeks); Teddy Morton, born 03/10/2022 (3), Little "
                         "Owls Nursery"),
            ("Home", "Flat 4, Rowan Court, Quarry Lane, Flaxholt FX2 5NR"),
            ("Mum", "Jade Morton (24): postnatal depression, under Flaxholt Perinatal Mental Health Team "
                    "since 22/12/2025"),
            ("Dad", "Sam Morton (27): warehouse operative at Flaxholt Logistics, nights on Tuesday, "
                    "Wednesday and Thursday"),
            ("Grandma Lynne", "Lynne Carver (55), Sam's mum, 11 Beech Walk, Flaxholt. Stays at the flat on "
                              "Sam's work nights"),
            ("Category", "Neglect (both children)"),
            ("Social worker", "Marcus Hale (team manager: Fiona Drummond)"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "Isla's weight has dropped from the 50th centile at birth to just below the 9th at her six-week "
              "weigh-in on 30/12/2025. On 02/01/2026 the health visitor found Jade in bed at 2pm, Isla in a "
              "soaked nappy and hungry, and Teddy alone in the living room with the television on and an "
              "empty cereal bowl. Jade said she had been \"too tired to get up\" and had thought about \"just "
              "walking out\". She has not said she would harm herself or the children. Sam works nights and "
              "sleeps in the day, so on his work days no one else is awake with the children for long "
              "stretches."),
        ("h1", "What is working"),
        ("bullets", [
            "Jade told the health visitor how she was feeling herself, and accepted the perinatal team's "
            "visit the same week.",
            "Grandma Lynne has stayed at the flat every work night since 05/01/2026, and Isla has gained 160g "
            "since then.",
            "Sam has asked his manager about moving to day shifts in March.",
            "Teddy is a chatty, loving boy who is kind to his sister and loves nursery.",
        ]),
        ("h1", "Isla's day (what we have seen)"),
        ("p", "On the health visitor's and social worker's visits Isla has been a sleepy baby who does not cry "
              "much for feeds, so feeds are easy to miss. When Grandma Lynne or Sam feed her she takes 120ml "
              "and stays awake afterwards, looking at faces. When Jade is low she props the bottle on a cushion "
              "and Isla loses interest after about 40ml. On 09/01/2026 Marcus saw Jade sing to Isla during a "
              "nappy change, and Isla watched her face and kicked her legs."),
        ("h1", "What Teddy says"),
        ("p", "Teddy talked to Marcus at nursery on 12/01/2026 while they built a tower. \"Baby Isla cries, I "
              "get Mummy.\" \"Mummy sleeping a lot.\" \"Grandma makes pancakes.\" Asked what he likes best he "
              "said \"nursery and the park with Daddy\". His key person says he has started to ask \"is Mummy "
              "coming?\" at home time."),
        ("h1", "What Jade and Sam say"),
        ("p", "Jade: \"I love them so much, I just can't make my body do it some days. I want to be the mum I "
              "was with Teddy.\" Sam: \"I didn't realise how bad it was. Mum's been a lifesaver. I'll do "
              "whatever it takes.\""),
        ("h1", "By the review on 26/03/2026 we want"),
        ("bullets", [
            "Isla to be fed every three to four hours, day and night, by an adult who is awake and holding "
            "her, and to be back on the 25th centile or above.",
            "Isla to have a parent who notices and answers her cues: talking to her, cuddling her, changing "
            "her when she is wet.",
            "Teddy to be up, dressed and fed each morning, to be at nursery every session he is booked for, "
            "and to have an adult who plays with him every day instead of the television.",
            "Teddy not to feel he has to look after Isla or fetch his mum.",
        ]),
        ("boldp", "Success will look like:"),
        ("bullets", [
            "Isla's red book shows her weight rising every week and back on the 25th centile.",
            "Isla's feed chart shows no gap of more than four hours, and the health visitor sees her held "
            "and talked to at feeds.",
            "Teddy's nursery register shows him at every booked session, and his key person sees him settled "
            "and playing.",
            "Teddy tells Marcus about playing with Mummy, Daddy and Grandma, and no longer says that he gets "
            "Mummy when Isla cries.",
        ]),
        ("h1", "Who will do what"),
        ("boldp", "Ruth Ellery, health visitor (Flaxholt 0-19 Service), will:"),
        ("bullets", [
            "Weigh Isla at home every Tuesday morning until she is back on the 25th centile, plot each weight "
            "in her red book and e-mail it to Marcus the same day.",
            "Watch a full feed at each Tuesday visit and write a feeding plan with Jade by 20/01/2026; the plan "
            "goes on the fridge, and Ruth notes at each visit whether it is being followed.",
            "Complete an Edinburgh Postnatal Depression Scale with Jade every two weeks and, with Jade's "
            "agreement, send the score to Beth Tully and Marcus within two days.",
        ]),
        ("boldp", "Jade will:"),
        ("bullets", [
            "Write the time and amount of every feed on Isla's feed chart on the fridge, day and night, so "
            "Ruth and Marcus can read it at each visit.",
            "Take Isla to the Baby Bonding group at Flaxholt Family Hub every Thursday at 10am for eight weeks "
            "from 22/01/2026; the group worker's register and her notes on Jade and Isla together go to "
            "Marcus each month.",
        ]),
        ("boldp", "Mum and Dad together will:"),
        ("bullets", [
            "Take Isla to her eight-week check and first immunisations at Flaxholt Road Surgery on 20/01/2026; "
            "the check and immunisations will be in her red book for Ruth's next visit.",
            "Do Isla's night feeds between them on Sam's nights off (Friday to Monday), and write each one on "
            "the feed chart, which Ruth reads every Tuesday.",
        ]),
        ("boldp", "Grandma Lynne will:"),
        ("bullets", [
            "Stay overnight at the flat on Sam's work nights (Tuesday, Wednesday and Thursday) and do Isla's "
            "2am feed; she writes it on the feed chart and texts Marcus every Friday to confirm the nights she "
            "stayed.",
            "Have Teddy at her house on Tuesday and Thursday afternoons, 1pm to 5pm, and keep a short diary of "
            "what he ate and did, which Marcus reads at his visits.",
        ]),
        ("boldp", "Flaxholt Perinatal Mental Health Team (Beth Tully, perinatal CPN, and Dr Anjali Rao, "
                  "consultant perinatal psychiatrist) will:"),
        ("bullets", [
            "See Jade at home every week (Beth) for her depression, and write to each core group on how her "
            "mood is affecting her care of Isla and Teddy, whether she is making the changes needed, and how "
            "long her recovery is likely to take.",
            "Review Jade's medication by 28/01/2026 (Dr Rao) and send the core group a written view of her "
            "prognosis and of when she is likely to be well enough to care for both children on her own.",
        ]),
        ("boldp", "Marcus Hale, social worker, will:"),
        ("bullets", [
            "Visit every week until the review conference, at least one visit in two unannounced, seeing "
            "Teddy on his own and watching Isla with Jade; the visit record, written within 48 hours, will "
            "hold Teddy's words and what Isla did.",
            "Hold a family network meeting with Sam's family and Jade's sister by 11/02/2026 to find a second "
            "adult for the overnight rota; the network meeting record and the new rota go to every member of "
            "the core group.",
        ]),
        ("boldp", "At Little Owls Nursery"),
        ("bullets", [
            "Teddy's arrival, mood and anything he says about home will be recorded by his key person, Mrs "
            "Anita Patel, every session he is booked for (Monday, Wednesday and Friday mornings), and sent "
            "to Marcus every Friday.",
        ]),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Isla's feed chart shows a gap of more than five hours, or she loses weight at a Tuesday weigh-"
            "in, Ruth will ask the GP to see Isla that day and tell Marcus, who will visit within 24 hours.",
            "If Jade says she has thoughts of harming herself or the children, or of leaving, whoever she tells "
            "will ring the perinatal team's duty line (the crisis team out of hours) straight away and make "
            "sure Sam or Grandma Lynne is with the children; Marcus (or the Emergency Duty Team) will hold a "
            "strategy discussion the same day.",
            "If Grandma Lynne cannot stay on a work night (illness, or her own commitments), she tells Sam by "
            "noon; Sam will not go to work that night (agreed with his manager at Flaxholt Logistics on "
            "12/01/2026). If neither Sam nor Lynne can be with the children, Marcus or the Emergency Duty Team "
            "will arrange for Jade and Isla to be admitted to the Flaxholt mother and baby unit or find an "
            "emergency foster placement that night.",
            "If Isla is not back on the 25th centile by 24/02/2026, or there are two nights with no second "
            "adult in the flat, Fiona Drummond (team manager) will hold a legal planning meeting within 10 "
            "working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every three weeks at Flaxholt Family Hub, Wednesdays at 10am: 04/02/2026, 25/02/2026 "
            "and 18/03/2026.",
            "Review child protection conference: 26/03/2026 at 1.30pm, Flaxholt Civic Offices.",
        ]),
        ("p", "Agreed by everyone at the core group on 14/01/2026. Copies to Jade, Sam, Lynne, Little Owls "
              "Nursery, the perinatal mental health team, the GP and Ruth Ellery."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Review conference minutes whose plan is agreed in numbered paragraphs
#    under each theme; "The aim of this plan is that ..." holds the
#    outcomes. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b210_foxcombe_rcpc_minutes_aim_of_this_plan_paragraphs_foley.docx",
    "doc_title": "Record of Review Child Protection Conference - Leo and Poppy Foley",
    "split": "tune",
    "actions": 12,
    "template": "rcpc-minutes-docx-numbered-items-attendance-table-agency-reports-leos-views-poppys-day-lisas-views-analysis-decision-then-the-aim-of-this-plan-is-that-lettered-list-then-agreed-plan-numbered-paragraphs-9-1-under-theme-subheadings-owner-time-check-in-each-paragraph-then-contingency-core-group-and-review",
    "description": (
        "Minutes of the first review conference for a 6-year-old boy and his 10-month-old half-sister "
        "(emotional abuse: the baby's father, who has a non-molestation order against him, broke into "
        "the house on 02/12/2025, smashed the boy's bedroom door and mirror and assaulted the mother "
        "while the boy watched). The mother's brother takes the boy to school three days a week and a "
        "great-aunt has both children on Friday evenings. The minutes run through attendance, agency "
        "reports, Leo's views, Poppy's day, Lisa's views, analysis and decision; 'The aim of this plan "
        "is that ...' stands in for outcomes, and the agreed plan is numbered paragraphs under four "
        "themes, each naming its owner, time and check. Faults: two of the three aims are only the "
        "mother's (her confidence, and being rehoused as she wishes); 'Leo's room will be made safe' "
        "with no one named; 'The family' making sure the ex-partner does not visit; a contingency that "
        "sends the children to the uncle with nothing said if he or the great-aunt cannot help; and "
        "nothing on legal planning if things do not change."
    ),
    "blocks": [
        ("title", "Record of Review Child Protection Conference"),
        ("p", "Foxcombe County Council, Children's Services. Safeguarding and Quality Assurance Unit."),
        ("kv", [
            ("Children", "Leo Foley, born 11/06/2019 (6), Year 2, Foxcombe Junior School; Poppy Foley, born "
                         "14/03/2025 (10 months)"),
            ("Address", "12 Kestrel Way, Hollins Estate, Foxcombe FC8 2TY"),
            ("Conference", "First review child protection conference, 20/01/2026, 10am, Foxcombe County Hall, "
                           "Room 3"),
            ("Chair", "Margaret Ellwood, child protection chair"),
            ("Minute taker", "Jason Reeve, business support"),
        ]),
        ("h2", "1. Present and apologies"),
        ("table", {
            "header": ["Name", "Role", "Agency"],
            "widths": [4.5, 6.5, 6.0],
            "rows": [
                ["Margaret Ellwood", "Chair", "Safeguarding and Quality Assurance Unit"],
                ["Lisa Foley", "Mother", "-"],
                ["Dan Foley", "Lisa's brother (\"Uncle Dan\" to the children)", "-"],
                ["Valerie Birch", "Lisa's aunt (\"Auntie Val\" to the children)", "-"],
                ["Sarah Quinn", "Social worker", "Foxcombe Children's Services, Safeguarding Team North"],
                ["PC Ruth Hammond", "Domestic abuse officer", "Foxcombe Police, DA Unit"],
                ["Kirsty Lowe", "IDVA", "Foxcombe Women's Aid"],
                ["Mr Graham Pask", "Designated safeguarding lead", "Foxcombe Junior School"],
                ["Nina Brook", "Health visitor", "Foxcombe 0-19 Service"],
                ["Apologies: Dr Helen Shah", "GP", "Foxcombe Medical Centre (report sent)"],
            ],
        }),
        ("h2", "2. Purpose of the conference"),
        ("p", "The chair explained that the conference would look at what has changed for Leo and Poppy since "
              "they became subject to child protection plans on 10/12/2025, under the category of emotional "
              "abuse, and decide whether a plan is still needed."),
        ("h2", "3. Reports and updates"),
        ("p", "3.1 Social worker. Sarah said that Jordan Whitlam, Poppy's father, has not been to the house since "
              "02/12/2025, when he broke in, smashed Leo's bedroom door and mirror and assaulted Lisa in front "
              "of Leo. The non-molestation order runs to 01/12/2026. He has sent Lisa 40 messages since "
              "Christmas asking to see Poppy. Leo's door is still off its hinges and he sleeps in Lisa's bed."),
        ("p", "3.2 Police. PC Hammond said Jordan was charged with assault and criminal damage and is on bail "
              "not to enter the Hollins Estate; the trial is listed for 16/04/2026. There have been no call-outs "
              "since 02/12/2025."),
        ("p", "3.3 Women's Aid. Kirsty has met Lisa three times. Lisa's DASH score has come down from 17 to 12. "
              "Lisa has blocked Jordan's number but still reads the messages he sends from other numbers."),
        ("p", "3.4 School. Mr Pask said Leo's attendance is 96% since December. He is quiet in class and wets "
              "himself about once a week; he told his teacher he \"keeps the door shut in his head\"."),
        ("p", "3.5 Health. Nina said Poppy is on the 50th centile and meeting her milestones. She has missed "
              "her 12-month immunisations, which are due in March."),
        ("h2", "4. Leo's views and Poppy's day"),
        ("p", "Sarah saw Leo at school on 14/01/2026 and used the \"My safe people\" hand. On his thumb he put "
              "Mum, then Uncle Dan, Auntie Val, Mrs Hurst (his teacher) and \"Biscuit\" (Auntie Val's cat). He "
              "said \"I don't want Jordan to come back. He broke my door.\" \"I sleep in Mummy's bed because "
              "my room is scary.\" He would like \"a new door and a Pokemon duvet\" and to \"go to Uncle Dan's "
              "for football\"."),
        ("p", "Poppy is a smiley, settled baby. On Nina's visits she crawls to Lisa for comfort, babbles "
              "\"mama\" and \"Lee\" (for Leo) and settles quickly when Lisa picks her up. She startles at loud "
              "knocks at the door."),
        ("h2", "5. Lisa's views"),
        ("p", "Lisa said she is \"never letting Jordan back\" and feels let down that the door has not been "
              "fixed. She would like to move away from the Hollins Estate, nearer to her mum in Great Wenby, "
              "and asked for help with a housing transfer."),
        ("h2", "6. Analysis"),
        ("p", "The chair summarised that Lisa has taken real steps to protect the children and that Dan and Val "
              "are a strong support. The worries are that Jordan is still trying to reach Lisa through Poppy, "
              "that Lisa still reads his messages, and that Leo is frightened in his own home and showing it at "
              "school. Scaling: professionals 5/10, Lisa 8/10."),
        ("h2", "7. Decision"),
        ("p", "Leo and Poppy will continue to be subject to child protection plans under the category of "
              "emotional abuse."),
        ("h2", "8. The aim of this plan"),
        ("p", "The aim of this plan is that:"),
        ("p", "(a) Leo and Poppy live free from violence and fear, Leo can sleep in his own room, and neither "
              "child has contact with Jordan unless a court decides it is safe."),
        ("p", "(b) Lisa gets her confidence back and is able to stand up to Jordan."),
        ("p", "(c) Lisa is rehoused away from the Hollins Estate, nearer to her mum, as she wishes."),
        ("h2", "9. The agreed plan"),
        ("h3", "Keeping Leo and Poppy safe from Jordan"),
        ("p", "9.1 Lisa will not let Jordan into the house or meet him with either child, and will ring 999 if he "
              "comes to the house, from today until the review conference; Sarah will check the police call "
              "log with PC Hammond every week."),
        ("p", "9.2 The family will make sure Jordan does not visit the house or come to Leo's school, and will "
              "report any sighting of him to the police the same day, giving the log number to Sarah."),
        ("p", "9.3 PC Hammond (Foxcombe Police DA Unit) will put a priority marker on 12 Kestrel Way by "
              "23/01/2026 and tell Sarah of any call-out or bail breach within 24 hours; the marker reference "
              "will be recorded on the children's file."),
        ("p", "9.4 Kirsty Lowe (IDVA) will see Lisa every Tuesday morning for 12 weeks from 27/01/2026 for "
              "safety planning, including how to stop reading Jordan's messages, and will send Sarah Lisa's "
              "DASH re-score after the sixth and twelfth sessions."),
        ("h3", "Leo's room and the house"),
        ("p", "9.5 Leo's room will be made safe by 06/02/2026: the broken door replaced, the smashed mirror taken "
              "out and a smoke alarm fitted. Evidence: photographs of the finished room on the children's file."),
        ("p", "9.6 Uncle Dan will take Leo to school on Mondays, Wednesdays and Fridays, leaving Kestrel Way at "
              "8.30am; the school register will show Leo in by 8.50am on those days."),
        ("p", "9.7 Auntie Val will have Leo and Poppy at her house every Friday from 4pm to 8pm so that Lisa can "
              "go to her evening course, and will write what the children ate and did in the children's diary, "
              "which Sarah reads at each visit."),
        ("h3", "Leo at school"),
        ("p", "9.8 Mr Pask (DSL) will arrange a weekly Thrive session for Leo with the school's Thrive "
              "practitioner, every Thursday from 29/01/2026; Leo's Thrive profile will be scored at the first "
              "session and again after six weeks, and both scores sent to Sarah."),
        ("p", "9.9 Mrs Hurst, Leo's class teacher, will record each wetting accident and what happened before "
              "it on CPOMS on the same day, and Mr Pask will send Sarah a summary every Friday."),
        ("h3", "Poppy's health, and seeing the children"),
        ("p", "9.10 Poppy will be seen at home by the health visitor, Nina Brook, every two weeks until the "
              "review; Nina will record Poppy's weight in her red book and complete an ASQ-3 by 13/03/2026."),
        ("p", "9.11 Lisa will take Poppy for her 12-month immunisations at Foxcombe Medical Centre by 20/03/2026; "
              "Nina will check the red book at her next visit."),
        ("p", "9.12 Sarah will visit the family every week until the review conference, seeing Leo on his own in "
              "his room once it is finished, and will write up each visit within 48 hours with Leo's own words "
              "and what she saw of Poppy."),
        ("h2", "10. Contingency"),
        ("p", "If Jordan comes to the house, approaches the children or Lisa, or contacts Lisa in breach of the "
              "order, Lisa will ring 999 and the police will attend; Sarah (or the Emergency Duty Team out of "
              "hours) will hold a strategy discussion with the police the same day. If Lisa lets Jordan into "
              "the house or takes the children to meet him, Leo and Poppy will go to stay with Uncle Dan at 5 "
              "Millrace Close that night while a strategy discussion is held."),
        ("h2", "11. Core group and next review"),
        ("p", "Core groups will be held every four weeks at Foxcombe Junior School, Thursdays at 3.30pm: "
              "05/02/2026, 05/03/2026 and 02/04/2026. The next review child protection conference will be held "
              "on 21/04/2026 at 10am, Foxcombe County Hall."),
        ("p", "Minutes agreed by the chair on 22/01/2026 and sent to everyone present. Leo's part was explained to "
              "him by Sarah at school on 23/01/2026."),
    ],
    "findings": [
        F("F002", "Lisa gets her confidence back and is able to stand up to Jordan."),
        F("F002", "Lisa is rehoused away from the Hollins Estate, nearer to her mum, as she wishes."),
        F("W001", "Leo's room will be made safe by 06/02/2026"),
        F("W002", "will make sure Jordan does not visit the house"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. A 13-year-old's own plan written to her ("you" is Maisie, "I" the
#    social worker): "My good day" in her words and "What will be different"
#    as the outcomes, then who does what with When / How we'll know lines.
#    Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b210_frithley_your_plan_my_good_day_thorne.md",
    "split": "tune",
    "actions": 12,
    "template": "young-persons-own-cp-plan-md-written-to-her-you-is-maisie-i-is-the-social-worker-whos-who-table-why-theres-still-a-plan-my-good-day-in-her-words-what-mum-says-what-will-be-different-then-whos-doing-what-bold-owner-run-in-bullets-with-when-and-how-well-know-sub-bullets-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary plan written to a 13-year-old girl after her first review conference (neglect and "
        "emotional harm: her mother drinks most afternoons and evenings, the girl cooks and puts her "
        "mother to bed, and she has been cutting her arms; she went to A&E once in December). 'You' is "
        "Maisie and 'I' is Priya, the social worker who wrote it with her. There is no Outcomes "
        "heading: 'My good day' is Maisie's own hoped-for day in her words, and 'What will be "
        "different by the next review' says what the plan is for, about her. Who does what is said in "
        "ordinary words at the start of each bullet ('You', 'Mum', 'Aunty Bev' introduced once in the "
        "who's who, 'Mum and you together', 'The school nurse', 'Frithley CAMHS', 'Frithley Alcohol "
        "Service', 'Frithley Young Carers', 'I'), with When and How we'll know lines under each. The "
        "alcohol service reports on the mother's capacity to change and the likely timescale; the "
        "contingency has a code word, a fallback if Aunty Bev cannot come, a crisis route for "
        "self-harm and a legal planning meeting after named triggers; core group and review dates are "
        "set."
    ),
    "text": """\
# Your plan, Maisie

**Frithley Borough Council - Children's Services**
Child protection plan for **Maisie Thorne** (born 02/05/2012, aged 13), agreed at the first review
child protection conference on 21/01/2026.

Maisie, I'm Priya, your social worker. We wrote this together at the library café on 23/01/2026, and
you changed the bits that didn't sound right. In this plan "you" means you, "I" means me (Priya Shah),
and "Mum" means your mum, Donna. Mum has her own copy, and so does everyone named below.

## Who's who

| Who | Who they are |
|---|---|
| Donna Thorne | Mum |
| Bev Marsh | Mum's sister. You call her Aunty Bev, and so does this plan. Lives at 6 Larkspur Road, five minutes away |
| Priya Shah | Your social worker, Frithley Children's Services (my manager is Tom Gale) |
| Jo Lambert | Your CAMHS practitioner, Frithley CAMHS |
| Mrs Amrit Kaur | The school nurse at Frithley Academy |
| Dave Kerr | Mum's recovery worker, Frithley Alcohol Service |
| Kim Adair | Family worker, Frithley Early Help |
| Liam Booth | Young carers' worker, Frithley Young Carers |

## Why there is still a plan

Mum drinks most afternoons and evenings. Since the summer you have been making the tea, getting Mum
to bed and cleaning up after her, and some nights you have not slept until after 1am. In December you
cut your arms badly enough to need stitches at Frithley General, and you told the nurse there that you
"can't stop thinking about what'll happen to Mum". Things have got better since the conference in
October: Mum has started seeing Dave, and you see Jo every week. But Mum still drinks on most days, and
twice in January you were on your own with her when she had fallen asleep with the oven on.

## My good day (in your words)

"I wake up and Mum's already up and the kitchen smells of toast. I don't have to check if she's
breathing. I go to school and I'm not watching my phone all day in case she rings. After school I go
to dance, or to Aunty Bev's, and nobody needs me to do anything. When I get home Mum's made tea and she
isn't slurring, and we watch Bake Off. I go to bed at ten and I actually sleep. I don't need to hurt
myself because there's nothing building up."

You scored home 3 out of 10 now, and said an 8 would be "a normal house".

## What Mum says

"I know I've put too much on her. She's a child and she's been looking after me. I want to get this
right before it's too late."

## What will be different by the next review (16/04/2026)

- You get home to a mum who is sober, and you don't have to cook, clean up after her or put her to bed.
- You hurt yourself less, and when you feel like it you have things that help and someone you can tell
  straight away.
- You sleep by 10.30pm on school nights and have time for dance and your friends.
- You feel that home is getting better: your own score for home goes up to at least 6 out of 10.

## Who's doing what

- **You** will use your Calm Harm app and your red box (the things you and Jo put together) whenever you
  feel like hurting yourself, and tell Aunty Bev, Mrs Kaur or me the same day.
  - When: every time you feel like hurting yourself, from now on
  - How we'll know: you and Jo go through the app's log together at each CAMHS session
- **You** will go to street dance at Frithley Youth Centre.
  - When: every Wednesday, 6pm to 7.30pm, from 28/01/2026
  - How we'll know: the youth centre register, which the youth worker sends me each month
- **Mum** will go to her appointments with Dave at Frithley Alcohol Service and do a breath test at each
  one, so that she is sober when you get home from school.
  - When: every Monday at 10am
  - How we'll know: Dave sends me the attendance record and breath test results every fortnight
- **Frithley Alcohol Service** (Dave Kerr) will assess Mum's drinking and write to each core group about
  whether she can stay sober enough to look after you, and how long that is likely to take.
  - When: assessment by 13/02/2026, then a report the week before each core group
  - How we'll know: Dave's written reports on your file
- **Mum** will cook tea and sit down to eat it with you every evening, instead of you doing it.
  - When: every evening from 26/01/2026, tea by 6pm
  - How we'll know: you and I score "how home felt this week" out of 10 at each of my visits, and I write
    the score on my visit record
- **Mum and you together** will go to four Talking Together sessions with Kim at Frithley Early Help, and
  write your house rules at the last one.
  - When: Thursdays at 5pm from 05/02/2026
  - How we'll know: Kim's session records, and the house rules you and Mum both sign
- **Aunty Bev** will have you at her house for tea after school.
  - When: every Tuesday and Thursday, 3.30pm to 7pm
  - How we'll know: Aunty Bev texts me every Friday with the days you came
- **Aunty Bev** will go with you to your CAMHS appointments on any week Mum cannot.
  - When: every CAMHS appointment Mum cannot make
  - How we'll know: Jo's appointment record shows who came with you
- **Frithley CAMHS** (Jo Lambert) will see you for DBT skills sessions and go through your safety plan
  with you at each session.
  - When: every Monday at 4pm for 12 weeks from 26/01/2026
  - How we'll know: your safety plan, updated and copied to me and Mrs Kaur after each session; Jo's
    letter to each core group on how you are getting on
- **The school nurse** (Mrs Kaur) will see you in the health room and check any cuts and dressings.
  - When: every Monday and Thursday at 12.30pm
  - How we'll know: Mrs Kaur's health room log, shared with me every Friday (you have agreed what she
    shares)
- **Frithley Young Carers** (Liam Booth) will do a young carer's assessment with you and offer you a
  place on the Saturday group.
  - When: assessment by 20/02/2026
  - How we'll know: a copy of your assessment, and the Saturday group register
- **I** will visit you at home, and see you on your own away from home at least once a fortnight (you
  chose the library café).
  - When: every week until the review conference
  - How we'll know: my visit notes, written within 48 hours with your own words, which I read back to
    you if you want

## If things go wrong

- If Mum has been drinking when you get home, or she falls asleep with the cooker or a cigarette on,
  text Aunty Bev the word "purple". She will come and get you within 30 minutes and you stay at hers
  that night. She rings me (or the Emergency Duty Team out of hours) the same evening, and I will visit
  Mum and you the next day.
- If Aunty Bev doesn't answer within 15 minutes, or she is away or ill, ring me, or the Emergency Duty
  Team on 01847 200 900 after 5pm. We will come and get you the same evening, and you will stay with an
  emergency foster carer that night if no one else who is safe can have you.
- If you have hurt yourself and it is deep or won't stop bleeding, or you feel you can't keep yourself
  safe, you or whoever is with you rings 999 or goes to A&E at Frithley General. The hospital will call
  the CAMHS crisis team the same day, and Jo will see you within 48 hours.
- If Mum is drunk while you are in her care three times before the review, or you need hospital
  treatment for self-harm again because of what is happening at home, Tom Gale (my manager) will hold a
  legal planning meeting within 10 working days. I will tell you first, and you will have your say.

## Meetings

- Core group every four weeks at Frithley Academy, Tuesdays at 4pm: 10/02/2026, 10/03/2026 and
  07/04/2026. You can come to the first half of each one if you want.
- Review child protection conference: 16/04/2026 at 10am, Frithley Town Hall.

Agreed by Maisie and Donna with Priya on 23/01/2026.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Core group action sheet: meeting box, the children's news, discussion,
#    then a task table; no outcome for the children anywhere. Landscape,
#    header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b210_fulwick_core_group_action_sheet_no_outcomes_dunmore.pdf",
    "doc_title": "Core Group Action Sheet - Archie and Evie Dunmore",
    "split": "tune",
    "actions": 11,
    "min_pages": 2,
    "landscape": True,
    "header": "OFFICIAL-SENSITIVE · Fulwick Council Children's Services · Core Group Action Sheet",
    "footer": "Archie and Evie Dunmore · Core group 2, 22/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "core-group-action-sheet-paged-landscape-header-footer-meeting-box-table-attendance-childrens-news-parents-news-discussion-then-no-task-person-target-date-how-will-we-check-table-with-joint-role-team-and-vague-owners-then-if-things-get-worse-next-meetings-no-outcomes",
    "description": (
        "Action sheet from the second core group for a 3-year-old boy and a 14-month-old girl (neglect: "
        "broken glass, soiled nappies and dog mess in the garden, the baby's cot full of bottles and "
        "toys, the boy's speech delayed and both children unregistered with a dentist). Their father has "
        "a learning disability and the adult learning disability team assesses what help he needs to "
        "learn new routines. The sheet has a meeting box, attendance, the children's news (the boy's "
        "words, the baby's day as seen), the parents' news, a short discussion and a task table (No. / "
        "Task / Person / Target date / How will we check) whose owners include 'Mum and Dad together', "
        "'HV (Claire Tobin) with the GP', 'Fulwick Early Help' and a team by its service; times and "
        "checks are clear. Faults: nothing anywhere says what should be different for the children; "
        "'Professionals' share concerns; the pre-school funding application is owned by 'TBC'; and the "
        "garden 'to be cleared' has '-' for its person."
    ),
    "blocks": [
        ("title", "Core Group Meeting: Action Sheet"),
        ("table", {
            "rows": [
                ["Children", "Archie Dunmore, born 09/09/2022 (3); Evie Dunmore, born 18/11/2024 (14 months)"],
                ["Address", "31 Wharf Cottages, Canal Side, Fulwick FK4 6AE"],
                ["Parents", "Stacey Dunmore (26) and Ross Dunmore (30)"],
                ["Plan", "Child protection plans (neglect) since the initial conference on 08/12/2025"],
                ["This meeting", "Core group 2, 22/01/2026, 1.30pm, Fulwick Children's Centre"],
                ["Chair", "Tom Barker, social worker (team manager: Gill Pascoe)"],
            ],
            "widths": [5.0, 20.7],
            "bold_first_col": True,
        }),
        ("h2", "Present"),
        ("p", "Tom Barker (social worker); Stacey Dunmore; Ross Dunmore; Claire Tobin (health visitor, Fulwick "
              "0-19 Service); Nadia Shah (family worker, Fulwick Early Help); Mrs Lorna Pratt (manager, Fulwick "
              "Village Pre-school); Ruth Lyle (community nurse, Fulwick Adult Learning Disability Team). "
              "Apologies: Dr Kofi Mensah (GP, Canal Side Surgery)."),
        ("h2", "The children's news"),
        ("p", "Archie (seen by Tom at pre-school on 19/01/2026, drawing with chalks): \"My garden is yucky, "
              "there's glass.\" \"Daddy plays cars with me.\" \"Evie cries in the night and I put my hands on "
              "my ears.\" He drew a big red dog and said it was \"Tyson, he's naughty, he poos\". Mrs Pratt says "
              "Archie now says two- and three-word sentences at pre-school and loves the water tray."),
        ("p", "Evie (seen at home by Claire on 15/01/2026): Evie was in her cot at 11am with three old bottles "
              "of milk beside her and soft toys piled at one end. She smiled and pulled herself up to stand "
              "when Claire talked to her, and reached for Stacey when she was lifted out. She is not yet "
              "walking and was in a nappy that had not been changed since the night before."),
        ("h2", "Stacey and Ross's news"),
        ("p", "Stacey said the family worker's picture chart \"really helps Ross\". Ross said he finds it hard "
              "to remember everything when both children cry at once, and would like \"someone to show me, not "
              "tell me\". They have given away two bags of rubbish and the old sofa since the last core group."),
        ("h2", "Discussion"),
        ("p", "The core group went through the plan from the initial conference. The house is a little tidier "
              "inside, but the garden is unchanged: broken glass from the cold frame, bags of soiled nappies "
              "and dog mess, and Archie plays out there most afternoons. Evie's cot and Archie's bedtime are "
              "still the main worries at night. Ross's learning disability means he learns best by being shown, "
              "and the adult learning disability team has agreed to assess what help he needs. The tasks below "
              "replace the list from core group 1."),
        ("h2", "Tasks agreed"),
        ("table", {
            "header": ["No.", "Task", "Person", "Target date", "How will we check"],
            "widths": [1.2, 9.5, 5.0, 4.2, 5.8],
            "rows": [
                ["1",
                 "Weekly home visit, seeing both children, their beds and the garden; at least one visit in "
                 "two unannounced",
                 "The family's social worker (Tom Barker)",
                 "Every week until the review conference",
                 "Visit record with the Fulwick home conditions checklist score for each room and the garden"],
                ["2",
                 "Home sessions with Stacey and Ross on safe sleep, meal times and a daily routine, using "
                 "pictures and one step at a time",
                 "Fulwick Early Help (family worker Nadia Shah)",
                 "Mondays and Thursdays at 10am for 8 weeks from 26/01/2026",
                 "Routine chart on the kitchen wall; Nadia's notes of what Stacey and Ross did on their own"],
                ["3",
                 "Clear Evie's cot of bottles and toys, make it up with a fitted sheet and sleeping bag, and "
                 "put Archie to bed in his own bed by 7.30pm",
                 "Mum and Dad together",
                 "Every night from 23/01/2026",
                 "Cot and beds seen by Tom at every visit; bedtime chart ticked by Stacey"],
                ["4",
                 "Evie's one-year review with an ASQ-3 and her weight, a referral to the community "
                 "paediatrician about her walking, and a check on Archie's speech",
                 "HV (Claire Tobin) with the GP (Dr Kofi Mensah)",
                 "Review by 06/02/2026; referral within a week of the review",
                 "ASQ-3 scores and weight in Evie's red book; referral letter copied to Tom"],
                ["5",
                 "Assess how Ross learns and what he understands of Archie's and Evie's needs, and write "
                 "advice for the core group on teaching him new routines",
                 "Fulwick Adult Learning Disability Team (Ruth Lyle, community nurse)",
                 "By 27/02/2026",
                 "Written assessment and a communication passport for Ross, shared at core group 3"],
                ["6",
                 "Garden to be cleared of the broken glass, the bags of nappies and the dog mess, and the "
                 "broken cold frame taken to the tip",
                 "-",
                 "By 06/02/2026",
                 "Garden seen clear by Tom at the next visit; photographs on file"],
                ["7",
                 "Record Archie's arrival, his mood, his clothes and whether he has eaten, every session he "
                 "attends",
                 "Pre-school manager (Mrs Lorna Pratt)",
                 "Every session, Monday to Wednesday, 9am to 12pm",
                 "Register and daily notes e-mailed to Tom every Friday"],
                ["8",
                 "Apply for Early Years inclusion funding for extra hours for Archie at Fulwick Village "
                 "Pre-school, with speech and language support",
                 "TBC",
                 "By 13/02/2026",
                 "Funding decision letter on file"],
                ["9",
                 "Share any concern about the children's care, an injury or the state of the home with the "
                 "social worker",
                 "Professionals",
                 "The same day",
                 "Each concern logged on the children's record by Tom, with the action taken"],
                ["10",
                 "Register Archie and Evie with Fulwick Dental Care and take them to their first check-up",
                 "Stacey (Mum)",
                 "By 20/02/2026",
                 "Registration letter and appointment card seen by Tom"],
                ["11",
                 "Three Houses with Archie at pre-school, and watching Evie's play and care at home, written "
                 "up in the children's words and what is seen",
                 "SW (Tom Barker)",
                 "Every two weeks",
                 "Archie's drawings and the observation notes on the children's file"],
            ],
        }),
        ("h2", "If things get worse"),
        ("bullets", [
            "If Archie or Evie is hurt in the garden or found with anything dangerous, or Evie is found in a "
            "soiled nappy and alone in her cot again, Tom (or the Emergency Duty Team out of hours) will visit "
            "the same day and hold a strategy discussion; if the children cannot be kept safe at home that "
            "night, they will go to emergency foster carers found by Tom or the Emergency Duty Team.",
            "If any room or the garden still scores 4 or more on the home conditions checklist at core group 3 "
            "on 19/02/2026, Gill Pascoe (team manager) will hold a legal planning meeting within 10 working "
            "days.",
        ]),
        ("h2", "Next meetings"),
        ("bullets", [
            "Core groups every four weeks at Fulwick Children's Centre: core group 3 on 19/02/2026 at "
            "1.30pm.",
            "Review child protection conference: 09/03/2026 at 10am, Fulwick Town Hall.",
        ]),
        ("p", "Action sheet typed by Tom Barker on 22/01/2026 and sent to Stacey and Ross (read through with them "
              "at home on 23/01/2026) and to everyone present."),
    ],
    "findings": [
        F("O001"),
        F("W001", "Garden to be cleared of the broken glass, the bags"),
        F("W002", "Apply for Early Years inclusion funding for extra hours"),
        F("W002", "Share any concern about the children's care, an injury"),
    ],
})
