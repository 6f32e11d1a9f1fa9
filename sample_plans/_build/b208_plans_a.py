"""Batch 208, module a: seven fictional plans (tuning material), places beginning with "a".

Batch: 208. Letter: a. Split: tune (every plan).

Everything here is made up: children, parents, relatives, social workers,
health visitors, nurses, doctors, teachers, police officers, schools,
nurseries, hospitals, services and councils (Audlemoor, Amberdyke,
Askerthwaite, Alnmerrow, Aubersham, Axwenfold, Allenscar, Ashcrowle and the
services named after them). Any resemblance to real people, places or cases
is a coincidence. The labels were written by hand from docs/rules.md and the
conventions in sample_plans/README.md (conventions 1 to 13), without running
planlint or reading its code.

Focus: timescales and checks said in ordinary words, with no When / How
columns. Each plan's actions give their timing and their check in prose, the
way many real plans do, in a template of its own: a "Worry / What will
happen" table whose second column holds everything, core group minutes
("It was agreed that ..."), bullets under theme headings, a plan letter to
a mother, a narrative paragraph per area, a table with one "Action" column
under outcome banner rows, and a "Who / What will happen" table. Times are
said many ways: relative to an event ("within two days of him coming home",
"before Ellie-May starts there on 05/01/2026", "the day after
each contact", "until the family moves"), to a meeting ("before the first
core group on 04/02/2026", "until the review conference"), to the school
calendar ("by February half term", "every Friday during term"), recurring
("twice a week for the first four weeks", "every Sunday"), a start ("from
today", "from 26/01/2026"), a duration ("for the next six weeks") or the
baby's age ("when Leo is six weeks old"); in the plans that are not
exemplary a few are vague ("when things have settled down at home",
"soon", "in due course", "as needed", "when things settle") or missing.
Checks are said many ways: someone tells someone ("will ring Sophie the
same day"), a record kept and sent ("sent to Ellie every Friday"),
something seen ("plot the weight in his red book"), a test result, a
letter, the child's own words written down by a named worker; in the
plans that are not exemplary a few are vague ("keep an eye on", "monitor
Kacey's progress", "keep an eye on how things are") or missing. Owners are
named plainly, so the faults sit mostly in time and check.

1. Audlemoor (docx, exemplary): initial conference plan for a baby born at
   36 weeks and still on the special care baby unit (the mother's postnatal
   depression, the father's cannabis use, the maternal grandmother staying
   at night): details, "Leo's days on the unit", what we want for Leo, then
   a two-column table, "What we are worried about" merged down beside
   "What will happen", the second column holding who, when and how we will
   know in sentences; the perinatal psychiatrist reports on the mother's
   capacity to change, the recovery service tests the father, the GP
   reviews medication, and the contingency covers the grandmother's help
   failing and legal planning after named triggers.
2. Amberdyke (pdf, header and footer): core group 2 minutes for a
   7-year-old and a 3-year-old (neglect: home conditions, lateness, speech,
   teeth; the maternal grandmother collecting and enrolling), with agency
   updates that are no actions and a numbered list of "It was agreed that
   ..." items. Faults: the grandmother enrolling Alfie at Beavers with no
   time (T001); the dentist "when things have settled down at home" (T002);
   the Household Support Fund application with no check (M001); the nursery
   manager who will "keep an eye on" Ruby (M002); no fallback if the
   grandmother's help fails (C003); nothing on legal planning (R002).
3. Askerthwaite (md, exemplary): a child protection plan for a 3-year-old
   and a 9-year-old after their father's violence to their mother, bullets
   under theme headings ("Keeping Ellie-May and Jayden safe at home",
   "Time with Dad", "Ellie-May at nursery", "Jayden at school", "Health"),
   each bullet one
   action with its time and check in its own words; the aunt's school
   collections have a fallback.
4. Alnmerrow (txt): a plan letter from the social worker to a mother after
   the initial conference for a 6-year-old and a 4-month-old (the mother's
   weekend drinking): "I" is the social worker, "you" is Sian, and the
   work is in hyphen bullets under headings. Faults: the health visitor
   chasing the hearing test "soon" (T002); a family group conference "in
   due course" (T002); the school that will "monitor her progress" every
   half term (M002); the father's dads' group with no check (M001); an
   outcome about the mother only (F002); the drinking with no adult service
   owning any action, only the social worker helping with a referral (F004);
   a review conference "in April, date to follow" (R001).
5. Aubersham (docx): a review conference plan for an 11-year-old and a
   5-year-old (the mother's bipolar disorder, a young carer) written as a
   narrative paragraph per area, each sentence one action. Faults: the care
   coordinator's fortnightly support visits that only treat the mother
   (H001); the school nurse referral "when things settle" (T002); "All
   agencies" reporting the mother's early warning signs (W002); the young
   carers group with no check (M001); the social worker who will "keep an
   eye on how things are at home" (M002); the next review conference to be
   arranged "in due course" (R001).
6. Axwenfold (pdf, header and footer, exemplary): first review conference
   plan for a 9-year-old and a 2-year-old after their father hit the
   9-year-old with a belt, in a table with one "Action" column under
   outcome banner rows, each cell saying who, when and how we will know in
   sentences; the paternal grandmother supervises Sunday contact and the
   contingency says what happens if she cannot.
7. Allenscar (md): core group 2 plan for a 6-year-old and a 2-year-old
   (neglect, a move to Ashcrowle coming) in a "Who / What will happen"
   table. Faults: the family support worker's bedtime help "as needed"
   (T002); the nursery that will "monitor progress" with Archie's talking
   (M002); the stair gate and window restrictors with no time (T001); a
   passive speech and language referral with "-" for who (W001); the
   parenting assessment handed to Ashcrowle after the transfer (X001); a
   contingency whose trigger is "things do not improve" and whose response
   is to meet and discuss (C002); nothing on legal planning (R002).

Plans 1, 3 and 6 are exemplary: every action has a named owner, a real
timescale said in ordinary words and a check that someone will see, read,
count or be told; every outcome is about the children; each records the
children's words or observed days, core group dates and a dated review
conference, a contingency with specific triggers and concrete responses
that covers a relative's help failing, and a legal planning meeting after
named triggers; where a parent is ill or uses drugs (plan 1) adult services
own work and the mental health service is asked for its view of the
parent's capacity to change. The four faulty plans hold 26 expected
findings between them (6, 7, 6 and 7).

Counting convention used for "actions" (README convention 1): each row of
an action table (header and outcome banner rows excepted), each "It was
agreed that" item of the minutes, each bullet of a plan's action part and
each sentence of the narrative plan's area paragraphs counts once,
whatever number of sentences a row or bullet holds. Details, who's who and
attendance lists, agency updates, scaling, the children's words and
observed days, worries, what is going well, outcomes, contingencies and
meeting dates are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan for a baby still on the special care baby unit:
#    "What we are worried about" merged down beside "What will happen", the
#    second column holding who, when and how we will know. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b208_audlemoor_icpc_worry_what_will_happen_column_sandford.docx",
    "doc_title": "Child Protection Plan - Leo Sandford (initial conference 14/01/2026)",
    "split": "tune",
    "actions": 9,
    "check_vmerge": 3,
    "template": "icpc-plan-docx-details-kv-why-leo-has-a-plan-leos-days-on-the-unit-parents-views-going-well-what-we-want-for-leo-then-two-column-table-what-we-are-worried-about-merged-down-what-will-happen-holding-who-when-and-check-in-sentences-then-if-things-go-wrong-core-group-and-review",
    "description": (
        "Exemplary initial conference plan for a baby born at 36 weeks and still on the special care "
        "baby unit: his mother has postnatal depression (she was very low when her first child was "
        "small and he now lives with his father), his father smoked cannabis daily until the birth, and "
        "the maternal grandmother will stay at night for the first two weeks. After details, the baby's "
        "days on the unit as the nurses have seen them, the parents' views and outcomes for Leo, the plan "
        "is a two-column table: 'What we are worried about' merged down beside 'What will happen', whose "
        "cells give who, when ('before Leo is discharged', 'within two days of him coming home', 'when "
        "Leo is six weeks old', 'every Tuesday from 20/01/2026') and how we will know (the discharge "
        "checklist, the red book, clinic and psychiatry letters, test results e-mailed every Friday) in "
        "sentences. The perinatal psychiatrist reports on the mother's capacity to change, the GP and "
        "the recovery service own work, the contingency covers the grandmother's help failing, and a "
        "legal planning meeting follows named triggers; core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Audlemoor City Council, Children's Services. Safeguarding and Family Support Team 2."),
        ("kv", [
            ("Child", "Leo Sandford, born 05/01/2026 at 36+0 weeks, Audlemoor Royal Infirmary"),
            ("Where Leo is now", "Special Care Baby Unit (Wren Ward), Audlemoor Royal Infirmary; discharge "
                                 "expected in the week of 19/01/2026"),
            ("Home", "Flat 4, 19 Cobden Street, Audlemoor AU3 5RG"),
            ("Mum", "Chantelle Sandford (23)"),
            ("Dad", "Jordan Pike (25), lives with Chantelle"),
            ("Nan", "Denise Sandford (49), Chantelle's mum, 7 Larch Close, Audlemoor"),
            ("Brother", "Kai Dale (4), Chantelle's son, who has lived with his father, Ryan Dale, since 2023"),
            ("Category", "Neglect"),
            ("Initial conference", "14/01/2026, chaired by Mark Tilley"),
            ("Social worker", "Sophie Karim (team manager: Helen Gatward)"),
        ]),
        ("h1", "Why Leo has a plan"),
        ("p", "Leo was born four weeks early and weighed 2.31kg. Chantelle has postnatal depression and "
              "stopped her sertraline in the last month of the pregnancy. When Kai was a baby Chantelle was "
              "very depressed: Kai was often left in a wet nappy, missed his health checks and had fallen to the 2nd centile "
              "by his first birthday, and in 2023 he went to live with his father under a child arrangements "
              "order. Jordan smoked cannabis every day until Leo was born, usually in the flat. On the unit, "
              "nurses have twice found Chantelle asleep through Leo's feed times, and on 11/01/2026 Jordan "
              "smelt strongly of cannabis when he came in at 10pm."),
        ("h1", "Leo's days on the unit (what the nurses and Sophie have seen)"),
        ("p", "Leo is nine days old. He is in a cot now, not an incubator, and takes 45ml from a bottle "
              "every three hours. He roots and sucks his fist when he is hungry, and if nobody comes he "
              "cries hard and then goes quiet and floppy, which the nurses say is how he shuts down. He "
              "settles fastest on Jordan's chest and calms when Denise sings to him. He startles at the "
              "ward's alarms. On 12/01/2026 Sophie watched Chantelle feed him: she held him close and talked "
              "to him, but twice looked away at her phone when he had stopped sucking and was choking a "
              "little, and a nurse stepped in."),
        ("h1", "What Chantelle and Jordan say"),
        ("p", "Chantelle: \"I'm not going to lose him like I lost Kai. I know I need to get back on my tablets. "
              "Mum staying over will help me with the nights.\" Jordan: \"I've stopped. I'll do the tests, I've "
              "got nothing to hide. I want to be a proper dad to him.\""),
        ("h1", "What is going well"),
        ("bullets", [
            "Both parents have visited Leo every day and Jordan has done most of the night feeds he has "
            "been there for.",
            "Chantelle went back to her GP on 09/01/2026 and restarted her sertraline.",
            "Denise has taken two weeks' leave from her job at the care home to stay with them.",
        ]),
        ("h1", "What we want for Leo"),
        ("numbers", [
            "Leo is fed on time, day and night, and keeps gaining weight along the 9th centile or above.",
            "Leo sleeps safely on his back in his own cot, in a flat where nobody smokes cannabis.",
            "Leo is cared for by a mum whose mood is steady enough for her to notice and answer his cues, "
            "and by a dad who is never under the influence of cannabis when he looks after him.",
            "Leo is seen by a professional every week and has all his health checks and injections on time.",
        ]),
        ("h1", "The plan"),
        ("p", "Each box on the right says who will do what, when, and how we will all know it has happened."),
        ("table", {
            "header": ["What we are worried about", "What will happen"],
            "widths": [4.5, 12.5],
            "rows": [
                ["Leo is small and his feeding is not settled yet (2.31kg at birth, 2.28kg on 13/01/2026)",
                 "Before Leo is discharged, Sister Angela Fox and the Wren Ward nurses will watch Chantelle and "
                 "Jordan each make up and give at least three feeds on their own, one of them a night feed. "
                 "Sister Fox will sign each feed off on Leo's discharge checklist and send a copy to Sophie on "
                 "the day Leo goes home."],
                [V,
                 "Jo Hartley (health visitor) will visit Leo at home within two days of him coming home, then "
                 "every week until he is 12 weeks old. She will weigh him at each visit and plot his weight in "
                 "his red book, and she will ring Sophie the same day if it falls below the 9th centile line."],
                [V,
                 "Dr Tom Ellery (consultant neonatologist) will see Leo in the neonatal follow-up clinic when "
                 "Leo is six weeks old. His clinic letter on Leo's growth and development will go to Sophie, "
                 "Jo and the GP within a week of the appointment."],
                ["Where and how Leo sleeps, and who looks after him at night",
                 "Jordan will put up the new cot in the bedroom and take the old sofa bed out of the living "
                 "room before Leo comes home. Sophie will see the cot up and the sofa bed gone when she visits "
                 "the flat the day before discharge, and write it in her visit record."],
                [V,
                 "Denise (Leo's nan) will stay at the flat every night for the first two weeks after Leo comes "
                 "home and share the 2am feed with whichever parent is awake. She will write each night feed "
                 "on the feed chart by the kettle, which Jo reads at her weekly visit."],
                [V,
                 "Sophie Karim (social worker) will visit Leo at home twice a week for the first four weeks "
                 "after he comes home, then every week until the review conference, with one visit in four "
                 "unannounced. Each time she will see Leo awake and where he sleeps, and write what she saw in "
                 "her visit record within 48 hours."],
                ["Chantelle's mood (postnatal depression; she was very low when Kai was small)",
                 "Dr Priya Nair (perinatal psychiatrist, Audlemoor Perinatal Mental Health Team) will see "
                 "Chantelle by 28/01/2026 and then every two weeks. She will write to Sophie before the first "
                 "core group on 04/02/2026, and again two weeks before the review conference, on how "
                 "Chantelle's mood is affecting her care of Leo, what needs to change and how long that is "
                 "likely to take."],
                [V,
                 "Dr Sarah Quinn (GP, Cobden Street Surgery) will review Chantelle's sertraline with her "
                 "every four weeks from 28/01/2026, so that she is well enough to wake for Leo's night feeds. "
                 "After each review Dr Quinn will send Sophie a short note saying whether Chantelle is taking "
                 "it and how she says the nights with Leo are going."],
                ["Jordan's cannabis use (every day until Leo was born)",
                 "Marcus Bell (recovery worker, Audlemoor Recovery Partnership) will see Jordan every Tuesday "
                 "from 20/01/2026 and test a urine sample each time. He will e-mail the results to Sophie every "
                 "Friday, and ring her the same day if a test is positive."],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Leo loses weight at two weighings in a row, or his weight falls below the 9th centile, Jo "
            "sends him to the children's assessment unit at Audlemoor Royal Infirmary that day, and Sophie "
            "holds a strategy discussion with the police and health the same day.",
            "If Chantelle stops her sertraline, or is too low to get up for Leo's feeds, Denise or Jordan rings "
            "the perinatal team (or its crisis line out of hours) and Sophie the same day, and Denise stays at "
            "the flat every night until Dr Nair and Sophie agree it is safe for her to go home.",
            "If Jordan has a positive test, or anyone smells cannabis in the flat, Jordan leaves the flat that "
            "night and stays with his brother at 40 Mill Road until he has had two clear tests, and Leo stays "
            "with Chantelle and Denise.",
            "If Denise cannot stay the night (for example if she is ill), she rings Sophie, or the Emergency "
            "Duty Team out of hours, straight away. Chantelle and Leo go to Denise's house at 7 Larch Close "
            "that night instead; if that is not possible either, Sophie arranges a parent and baby foster "
            "placement for Chantelle and Leo within 24 hours.",
            "If Leo is not back on his birth centile by his six-week clinic, or Jordan has two positive tests, "
            "or either parent is found looking after Leo under the influence of cannabis, Helen Gatward (team "
            "manager) will hold a legal planning meeting within 5 working days.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every three weeks on Wednesdays at 10am, Cobden Street Children's Centre: 04/02/2026, "
            "25/02/2026 and 18/03/2026.",
            "Review child protection conference: 08/04/2026 at 10am, Audlemoor Civic Centre.",
        ]),
        ("p", "Plan sent to Chantelle, Jordan, Denise and every agency on 15/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Core group 2 minutes: agency updates, then the numbered "It was agreed
#    that ..." items. Page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b208_amberdyke_core_group_minutes_it_was_agreed_doherty.pdf",
    "doc_title": "Core Group Minutes - Alfie and Ruby Doherty (core group 2, 15/01/2026)",
    "split": "tune",
    "actions": 10,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Amberdyke Borough Council · Core group minutes",
    "footer": "Alfie and Ruby Doherty · Core group 2, 15/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "core-group-minutes-pdf-paged-header-footer-meeting-details-table-present-apologies-table-then-numbered-agenda-children-views-agency-updates-scaling-outcomes-restated-then-agreed-actions-numbered-it-was-agreed-that-items-with-time-and-check-in-prose-then-contingency-restated-next-meetings",
    "description": (
        "Minutes of the second core group for a 7-year-old boy and his 3-year-old sister on plans for "
        "neglect (dog mess and no food in the house, the boy late or absent, the girl's speech delay and "
        "tooth decay, missed health appointments). Their maternal grandmother collects them twice a week "
        "and is to enrol the boy at Beavers. After the meeting details, attendance, the children's views, "
        "agency updates (no actions), scaling and the conference's outcomes, the plan is a numbered list "
        "of 'It was agreed that ...' items, each giving its time and check in prose. Faults: the "
        "grandmother enrolling Alfie at Beavers with no time at all; the dentist 'when things have "
        "settled down at home'; the Household Support Fund application with no check; the nursery "
        "manager who will only 'keep an eye on' Ruby; no fallback if the grandmother cannot help; "
        "nothing on legal planning."
    ),
    "blocks": [
        ("title", "Core Group Meeting: Minutes and Agreed Actions"),
        ("p", "Amberdyke Borough Council, Children and Families Service."),
        ("table", {
            "header": ["Meeting details", ""],
            "widths": [4.5, 12.5],
            "bold_first_col": True,
            "rows": [
                ["Children", "Alfie Doherty (7), born 02/06/2018, Year 3 at Amberdyke Road Primary School; "
                             "Ruby Doherty (3), born 19/09/2022, starting at Little Stars Nursery on 19/01/2026"],
                ["Address", "16 Tannery Row, Amberdyke AM2 4HS"],
                ["Plan", "Child protection plans (neglect) since the initial conference on 27/11/2025"],
                ["Meeting", "Core group 2, Thursday 15/01/2026, 1.30pm to 3pm, Amberdyke Road Primary School"],
                ["Chair", "Ellie Fraser, social worker"],
                ["Minutes", "Jackie Horne, business support"],
            ],
        }),
        ("table", {
            "header": ["Present", "Role"],
            "widths": [5.5, 11.5],
            "rows": [
                ["Kerry Doherty", "Mum"],
                ["Shane Cole", "Kerry's partner, Ruby's dad"],
                ["Pat Doherty", "Nana (Kerry's mum), 22 Moor Lane, Amberdyke"],
                ["Ellie Fraser", "Social worker, Amberdyke Children and Families Service (chair)"],
                ["Nicola Bright", "Health visitor"],
                ["Mrs Dawn Holloway", "Designated safeguarding lead, Amberdyke Road Primary School"],
                ["Sam Petrie", "Manager, Little Stars Nursery"],
                ["Karen Ashby", "Family support worker, Amberdyke Family Hub"],
                ["Apologies", "Dr Rehan Iqbal, GP, Tannery Row Medical Practice (update sent by e-mail)"],
            ],
        }),
        ("h1", "1. Welcome and introductions"),
        ("p", "Ellie welcomed everyone and reminded the group that the minutes and agreed actions will be sent "
              "to all members within five working days. Alfie's father lives in Spain and has not been in "
              "touch since 2021; Ellie has written to tell him about the plan."),
        ("h1", "2. The children's views and what their days are like"),
        ("p", "Ellie saw Alfie on his own at school on 12/01/2026. He said: \"I like it when Nana picks me up "
              "because she has biscuits and we do puzzles.\" \"Our house is messy and the dog does poos on the "
              "floor and Mum shouts.\" He shares a bed with Ruby and said she kicks him. He wants \"my own bed "
              "and a blue duvet\" and would like to go to Beavers like his friend Oscar."),
        ("p", "Ruby has few words yet and points to what she wants. At the stay-and-play session on "
              "08/01/2026 Karen saw her eat three bowls of cereal and hide a piece of toast in her coat pocket. "
              "She runs to Pat and climbs on her knee, and plays on her own for long stretches without "
              "looking for an adult."),
        ("h1", "3. Updates from agencies"),
        ("bullets", [
            "School (Mrs Holloway): Alfie's attendance is 84% this year (81% at conference); he was late "
            "nine times since the conference, mostly on Mondays. He came in without a coat on three cold days.",
            "Health visitor (Nicola): Ruby's two-year review was missed twice in 2025. Nicola saw Ruby at home "
            "on 06/01/2026; she says around 15 single words. Two front teeth are brown and Kerry says Ruby "
            "has a bottle of juice in bed.",
            "Family Hub (Karen): four home sessions since the conference. The kitchen was cleaner at the last "
            "two; the dog's mess in the back room and yard is still a problem.",
            "Nursery (Sam): Ruby's settling-in sessions on 12/01/2026 and 14/01/2026 went well; she arrived "
            "in the same clothes on both days.",
            "GP (Dr Iqbal, by e-mail): no concerns about the parents' health; Ruby is not registered with a "
            "dentist.",
        ]),
        ("h1", "4. How worried are we?"),
        ("p", "On a scale of 0 (the children are not safe at home) to 10 (the plan can end), the professionals "
              "scored 5 (4 at conference). Kerry and Shane scored 7. Pat scored 5: \"better, but it's up and "
              "down.\""),
        ("h1", "5. What we want for Alfie and Ruby (from the conference)"),
        ("numbers", [
            "Alfie gets to school on time every day, with breakfast, a coat and clean clothes, and his "
            "attendance is 95% or more.",
            "Ruby's speech is assessed and she gets the help she needs to talk, and her teeth are treated.",
            "Alfie and Ruby live in a clean home with food in the cupboards and a bed each.",
            "Alfie and Ruby have all their health appointments on time.",
        ]),
        ("h1", "6. Agreed actions"),
        ("numbers", [
            "It was agreed that Kerry will walk Alfie to school for 8.45am every school day, and that Mrs "
            "Holloway will send Ellie the register print-out every Friday so that the core group can see his "
            "attendance and late marks.",
            "It was agreed that Pat will collect Alfie and Ruby every Tuesday and Thursday and give them their "
            "tea at 22 Moor Lane, and that she will text Ellie the same evening if either child seems hungry, "
            "unwell or unhappy.",
            "It was agreed that Pat will enrol Alfie at the St Luke's Beavers group and show Ellie his joining "
            "form.",
            "It was agreed that Nicola will do a speech and language screening with Ruby at home by "
            "30/01/2026 and refer her to speech and language therapy if she is below the expected level, "
            "sending Ellie the screening result and a copy of any referral.",
            "It was agreed that Kerry will take Ruby to a dentist when things have settled down at home, and "
            "show Ellie the appointment card.",
            "It was agreed that Ellie will apply to the Household Support Fund for a bed, mattress and "
            "bedding for Alfie by 23/01/2026.",
            "It was agreed that Karen will do two home sessions a week with Kerry and Shane on meals, "
            "routines and keeping the kitchen and floors clean for the next six weeks, and will fill in the "
            "home conditions checklist at each session and send it to Ellie every Friday.",
            "It was agreed that Shane will clear the yard and the back room of dog mess every Saturday "
            "morning, and that Karen will look at both at her Monday session and tick them on the checklist.",
            "It was agreed that Sam will keep an eye on Ruby's clothes, hunger and hygiene every day she is at "
            "Little Stars.",
            "It was agreed that Ellie will visit every two weeks, with at least one visit in three "
            "unannounced, see Alfie and Ruby in their bedroom and the kitchen, and write what she sees and "
            "what Alfie tells her in her visit record.",
        ]),
        ("h1", "7. Contingency (from the conference)"),
        ("bullets", [
            "If Alfie is not in school by 9.30am and nobody has rung in, Mrs Holloway rings Kerry; if there is "
            "no answer she rings Ellie, who visits the house that morning.",
            "If the children are found without food, or the house is unsafe for them (dog mess on the floors "
            "where Ruby plays, no heating or no working cooker), Ellie holds a strategy discussion the same "
            "day, and Alfie and Ruby stay with Pat at 22 Moor Lane until the house is safe again.",
            "If Ruby has an injury or illness that has not been seen by a doctor, Nicola or the nursery tells "
            "Ellie the same day and Ellie takes Ruby to the GP or the children's assessment unit with Kerry "
            "that day.",
        ]),
        ("h1", "8. Next meetings"),
        ("bullets", [
            "Core group 3: Thursday 12/02/2026, 1.30pm, Amberdyke Road Primary School. Core groups then meet "
            "every four weeks.",
            "Review child protection conference: Thursday 26/02/2026, 10am, Amberdyke Town Hall.",
        ]),
        ("p", "Minutes agreed by Ellie Fraser and sent to the core group on 19/01/2026."),
    ],
    "findings": [
        F("T001", "Pat will enrol Alfie at the St Luke's Beavers group"),
        F("T002", "Kerry will take Ruby to a dentist when things have settled"),
        F("M001", "apply to the Household Support Fund for a bed, mattress"),
        F("M002", "Sam will keep an eye on Ruby's clothes, hunger and hygiene"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. A child protection plan in bullets under theme headings, each bullet one
#    action with its time and check in its own words. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b208_askerthwaite_bullets_under_theme_headings_barker.md",
    "split": "tune",
    "actions": 12,
    "template": "cp-plan-md-whos-who-table-why-there-is-a-plan-what-jayden-says-ellie-mays-days-what-mum-and-dad-say-working-well-what-we-want-then-the-plan-as-bullets-under-theme-headings-safe-at-home-time-with-dad-nursery-school-health-each-bullet-giving-who-when-and-check-in-prose-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary child protection plan for a 3-year-old girl and her 9-year-old brother after their "
        "father pushed their mother into a door in front of them and moved out; he now sees them at a "
        "contact centre and has started a domestic abuse programme, and the mother's sister collects "
        "the boy from school twice a week. The plan is bullets under theme headings (Keeping Ellie-May "
        "and Jayden safe at home, Time with Dad, Ellie-May at nursery, Jayden at school, Health), each "
        "bullet one action whose time ('before Ellie-May starts there on 05/01/2026', 'the day after "
        "each contact', 'every Friday during term', 'by February half term', 'for the next eight "
        "weeks') and check (a photo e-mailed, the contact record, CPOMS, a signed collection list, "
        "ASQ-3 and worry scores, a GP letter) are said in ordinary words. Jayden's words and Ellie-May's "
        "observed days are recorded; the contingency covers the aunt being unable to collect, and legal "
        "planning follows named triggers; core group and review dates are set."
    ),
    "text": """\
# Askerthwaite Council - Children's Social Care

## Child protection plan for Ellie-May and Jayden Barker

Made at the initial child protection conference on Wednesday 10/12/2025 (chair: Nigel Varley) and
written up by Hayley Sutton, social worker, on 12/12/2025. Category: emotional abuse.

| Who's who | |
|---|---|
| **Ellie-May Barker** | born 22/04/2022 (3), starts at Little Wrens Nursery on 05/01/2026 |
| **Jayden Barker** | born 30/08/2016 (9), Year 5, Askerthwaite Juniors |
| **Leanne Barker** | Mum (31), 14 Heron Walk, Askerthwaite AS7 2LP; care assistant, works Tuesday and Thursday afternoons |
| **Craig Barker** | Dad (34), living at his brother's flat, 6 Station Mews, Askerthwaite, since 02/11/2025 |
| **Tracey Marsh** | Leanne's sister, 3 Kestrel Row, Askerthwaite |
| **Hayley Sutton** | Social worker, Askerthwaite Children's Social Care (team manager: Sarah Hall) |
| **Maria Costa** | Independent domestic violence adviser (IDVA), Askerthwaite Domestic Abuse Service |
| **PC Gareth Lowe** | Domestic abuse unit, Askerthwaite Police |
| **Carol Finch** | Manager, Little Wrens Nursery; Sasha Green is Ellie-May's key person |
| **Mr Adam Kerr** | Designated safeguarding lead, Askerthwaite Juniors; Mrs Joy Abbott is the learning mentor |
| **Dr Farah Hussain** | GP, Heron Walk Surgery |

### Why there is a plan

On 01/11/2025 Craig pushed Leanne into the kitchen door during an argument and she cut her head.
Jayden saw it from the stairs; Ellie-May was in the living room. Police were called by a neighbour.
Leanne told the police there had been "shoving and shouting" for about a year, and Jayden told his
teacher he "hides in the bathroom" when his parents argue. Craig accepted a police caution and moved
out the next day. Since then he has turned up at the house twice asking to see the children.

### What Jayden says

Hayley saw Jayden on his own at school on 04/12/2025. He said: "I heard Mum bang into the door. I put
my headphones on Ellie-May so she wouldn't hear." "I want to see Dad but not at our house, and not when
he's angry." "I still wet the bed and I don't want anyone at school to know." He scored how safe he
feels at home at 7 out of 10 now, and 3 out of 10 "before Dad left".

### Ellie-May's days (what we have seen)

Ellie-May is chatty with people she knows and hides behind Leanne's legs with people she does not.
Leanne says she has started waking at night and calling for Jayden. At Hayley's visit on 08/12/2025
she played "mummies and daddies" with her dolls and made the daddy doll shout "Get out!" and throw
the mummy doll on the floor. She was clean, well dressed and ate her tea at the table.

### What Mum and Dad say

Leanne: "I don't want him back in the house. I want the kids to see their dad, but safely." Craig: "I
know I've got a temper. I'll do the course. I just want to see my kids."

### What is working well

- Leanne called the police herself when Craig came to the house on 20/11/2025.
- Tracey is close to the children and already collects Jayden when Leanne works.
- Craig has agreed to see the children only at the contact centre and has signed up for the Change
  Ahead programme.

### What we want for Ellie-May and Jayden

1. Ellie-May and Jayden live at home without seeing or hearing violence or shouting.
2. They see their dad in a way that is safe and feels safe to them.
3. Jayden can talk to an adult he trusts about his worries, and sleeps better.
4. Ellie-May settles at nursery and her development is on track.

## The plan

### Keeping Ellie-May and Jayden safe at home

- Askerthwaite Homes will fit a door chain, a video doorbell and locks on the downstairs windows at
  14 Heron Walk by 19/12/2025; Dave Rowntree (housing officer) will e-mail Hayley a photo of each one
  once it is fitted.
- PC Gareth Lowe will put a domestic abuse marker on 14 Heron Walk by 16/12/2025, so that any 999 call
  from the house is treated as urgent, and will e-mail Hayley the marker reference.
- Maria Costa (IDVA) will meet Leanne every week for the next eight weeks to go through her safety
  plan, including what Jayden should do if Dad comes to the door, and will send Hayley the signed
  safety plan by 16/01/2026.
- Hayley Sutton (social worker) will visit every week until the review conference, one visit in three
  after school and unannounced, and see Jayden on his own each time; she will write what Jayden says,
  in his own words, in her visit record within two days.

### Time with Dad

- Craig will see Ellie-May and Jayden only at the Askerthwaite Family Contact Centre, every Saturday
  from 10am to 12 noon with centre staff supervising; the contact supervisor will e-mail Hayley a
  written record the day after each contact.
- Craig will go to the Change Ahead domestic abuse programme every Monday evening for 24 weeks from
  12/01/2026; his facilitator, Owen Price, will send Hayley an attendance and progress report at the
  end of each month.
- Hayley will do a "three houses" session with Jayden after his first three contacts with Dad, by
  31/01/2026, and put his drawing and his own words on his file for the core group.

### Ellie-May at nursery

- Leanne and Hayley will meet Carol Finch before Ellie-May starts there on 05/01/2026, to share this
  plan and agree who may collect her; Carol will keep the signed collection list in Ellie-May's file
  and give Hayley a copy.
- Carol will ring Hayley the same day if Ellie-May arrives upset or hungry, or says anything about home
  or Dad, and will write it on the nursery's safeguarding log.
- Sasha Green (Ellie-May's key person) will complete an ASQ-3 with Leanne by February half term and send
  Hayley the scores for the core group.

### Jayden at school

- Mr Kerr will check in with Jayden in the nurture room every Friday during term, write what he says
  on CPOMS, and send Hayley a summary every other Friday.
- Mrs Abbott will run the "Feeling Safe" group with Jayden every Wednesday afternoon for six weeks from
  07/01/2026; she will write down Jayden's worry score (0 to 10) at the start and end of each session
  and send the scores to Hayley by February half term.
- Tracey will collect Jayden from school at 3.15pm every Tuesday and Thursday while Leanne is at work;
  the school office will write who collected him in the signing-out book, which Mr Kerr checks every
  Friday.

### Health

- Leanne will book Jayden an appointment with Dr Hussain about his bed-wetting and nightmares by
  23/01/2026, and Dr Hussain will send Hayley a copy of her letter and of any referral she makes.

## If things go wrong

- If Craig comes to 14 Heron Walk, to school or to nursery, or contacts Leanne or the children outside
  the contact centre, Leanne (or the school or nursery) rings 999. Because of the marker the police
  attend straight away, and Hayley holds a strategy discussion with the police the same day. Contact
  at the centre stops until that strategy discussion decides it is safe to start again.
- If Leanne lets Craig back into the house, or meets him with the children, Hayley holds a strategy
  discussion the same day and the children stay with Tracey at 3 Kestrel Row that night. If Tracey
  cannot have them, Hayley (or the Emergency Duty Team) finds them a foster placement together that
  night.
- If Tracey cannot collect Jayden on a Tuesday or Thursday, she rings the school office and Leanne by
  12 noon that day. Jayden goes to the school's after-school club until 5.30pm, paid for by Children's
  Social Care, and Leanne collects him from there.
- If Craig breaks the contact arrangements twice, or Leanne lets him back into the home, Sarah Hall
  (team manager) will hold a legal planning meeting within 5 working days.

## Meetings

- Core group every four weeks on Tuesdays at 3.45pm at Askerthwaite Juniors: 06/01/2026, 03/02/2026
  and 03/03/2026.
- Review child protection conference: Tuesday 10/03/2026 at 10am, Askerthwaite Town Hall.

Plan sent to Leanne, Craig, Tracey and every agency on 12/12/2025.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. A plan letter from the social worker to a mother, typed as plain text:
#    "I" is the social worker, "you" is Sian, the work in hyphen bullets
#    under headings. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b208_alnmerrow_plan_letter_to_mum_plain_text_price.txt",
    "split": "tune",
    "actions": 11,
    "template": "plan-letter-txt-to-mother-after-icpc-letterhead-address-ref-dear-sian-upper-case-headings-worries-what-kacey-told-me-what-i-have-seen-of-noah-going-well-what-we-want-numbered-then-what-will-happen-now-hyphen-bullets-under-sub-headings-i-is-the-social-worker-you-is-sian-then-if-things-go-wrong-meetings-signature-copies",
    "description": (
        "Plan letter from the social worker to a mother after the initial conference for her 6-year-old "
        "daughter and 4-month-old son (neglect): she drinks most Friday and Saturday nights and was "
        "found by police unable to be woken, with the baby crying in the kitchen and her daughter "
        "answering the door at 1am. Typed as plain text with upper-case headings; 'I' is the social "
        "worker who signs it and 'you' is Sian. The work is in hyphen bullets under sub-headings, each "
        "giving its time and check in words ('from today', 'every Friday and Saturday night from 23 "
        "January', 'until Noah is six months old', 'text me by 10am'). Faults: the health visitor "
        "chasing the hearing test 'soon'; a family group conference 'in due course'; the school's DSL "
        "who will 'monitor Kacey's progress' every half term; the father's dads' group with no check; "
        "an outcome about the mother only; the drinking recorded with no adult service owning any "
        "action (the social worker only helps with a referral); the review conference 'in April', date "
        "to follow."
    ),
    "text": """\
ALNMERROW COUNCIL
Children and Families Service - Safeguarding Team (South)
Brook House, 2 Quay Street, Alnmerrow AL4 1DQ
Telephone 01632 960418

Miss Sian Price
31 Fernhill Road
Alnmerrow AL4 6TS

22 January 2026

Our ref: CF/88213/BL

Dear Sian,

KACEY AND NOAH'S CHILD PROTECTION PLAN

Thank you for coming to the child protection conference on Tuesday 20 January, and for being so
honest with everyone about the night of 27 December. As I promised, I am writing to set out the plan
the conference made, in plain words. Liam has his own copy of this letter. Kacey and Noah are both on
child protection plans under the category of neglect.

WHAT WE ARE WORRIED ABOUT

On 27 December the police came to the house at 1am after a neighbour heard Noah crying for a long
time. Kacey opened the door. You were asleep on the sofa and could not be woken properly, and Noah was
in his pram in the kitchen with a soaking nappy and an empty bottle. You told me you had drunk most of
a bottle of vodka and some cans. You have told me that you drink most Friday and Saturday nights once
the children are in bed. The school has noticed that Kacey is often late and tired on Mondays, and she
has had head lice since November. Noah missed his hearing test in December.

WHAT KACEY TOLD ME

I saw Kacey on her own at school on 15 January. She said: "Mummy gets poorly at the weekend and sleeps
on the settee. I get Noah's dummy when he cries." "I make my own cereal. I'm good at it." She would
like "Liam to stay every night", and she wants to be a dinner lady when she grows up. She drew your
house with a big sun over it and said "that's when Mummy is happy".

WHAT I HAVE SEEN OF NOAH

Noah is four months old. When I visited on 13 and 19 January he was clean, smiling and babbling, and he
watched your face while you fed him. He was on the 25th centile when Gemma weighed him on 8 January. He
does not turn to sounds behind him yet, which is why his hearing test matters.

WHAT IS GOING WELL

- You say you have not had a drink since 27 December, and Liam agrees.
- Liam comes round every day after work and gives Noah his bath.
- The house was warm and clean at both of my visits.

WHAT WE WANT FOR KACEY AND NOAH

1. Kacey and Noah are always looked after by a sober adult, day and night.
2. Kacey gets to school on time every day, after breakfast, and her head lice are gone.
3. Noah has his hearing test and his other checks, and keeps growing along his centile.
4. You will stop drinking and feel more in control of your life.

WHAT WILL HAPPEN NOW

"I" below means me, Becky Lawson, your social worker, and "you" means you, Sian.

Keeping Kacey and Noah safe at night

- You will not drink any alcohol while you are the only adult looking after Kacey and Noah, from
  today. I will ask you, Liam and Kacey about this at each visit and write down what each of you says.
- Liam will stay at the house every Friday and Saturday night from 23 January, so that there is a
  sober adult with the children at weekends, and he will text me by 10am every Saturday and Sunday to
  say he was there.
- I will visit every week until the review conference, with one Saturday morning visit each month,
  and see Kacey and Noah each time; I will write what I see of Noah and what Kacey tells me in my
  visit record.

Kacey's mornings and school

- You will get Kacey to school by 8.50am every day, after she has had breakfast, and the school office
  will send me her attendance and late marks every Friday.
- Mrs Carter (designated safeguarding lead at Alnmerrow St Mary's) will monitor Kacey's progress every
  half term.
- You will comb Kacey's hair through with the nit comb every Sunday and Wednesday evening for the next
  four weeks, and Julie Marsh (school nurse) will check her hair at school by February half term and
  tell me what she finds.

Drinking

- I will help you make a referral to the Alnmerrow Alcohol Service by 30 January, and I will see the
  letter that confirms your first appointment.

Noah's health

- Gemma Walsh (your health visitor) will chase Noah's missed hearing test soon, and e-mail me the new
  appointment date.
- Gemma will visit every two weeks until Noah is six months old, weigh him each time and write his
  weight in his red book, which I will look at when I visit.

Family and friends

- I will arrange a family group conference in due course, so that your mum and Liam's family can plan
  how they will help, and I will send everyone the plan it agrees.
- Liam will go to the dads' group at Alnmerrow Family Centre every Thursday evening from 29 January.

IF THINGS GO WRONG

- If you drink while you are the only adult with the children, or Kacey or Noah are found without a
  sober adult, whoever finds out rings the police on 999 and me (or the Emergency Duty Team on
  01632 960777 out of hours). The children will stay with your mum, Carol Price, at 5 Millbrook Way
  that night, and I will hold a strategy discussion the next working day. If your mum cannot have
  them, I will find foster carers for them that night.
- If Liam cannot stay on a Friday or Saturday night, he will tell me by 5pm that day, and you and the
  children will stay at your mum's that night.
- If you drink while you are the only adult with the children twice before the review conference, or
  you have not started with the Alcohol Service by then, my manager, Ian Wardle, will hold a legal
  planning meeting to decide whether to start the Public Law Outline.

MEETINGS

- The core group (you, Liam, me, Gemma, Mrs Carter and Julie) will meet every four weeks at St Mary's
  at 3.30pm: Tuesday 3 February, Tuesday 3 March and Tuesday 31 March.
- The review conference will be in April; the conference team will send you the date.

If anything in this letter is not clear, or you think something is wrong, please ring me on
01632 960418 or text me on 07700 900512. You can also ask your advocate, Ruth from Alnmerrow Family
Rights, to help you.

Yours sincerely,

Becky Lawson
Social Worker

Copies: Liam Rowe; Gemma Walsh (health visitor); Mrs Helen Carter (Alnmerrow St Mary's C of E
Primary); Julie Marsh (school nurse); Dr Anil Sethi (GP, Fernhill Medical Centre); conference chair
""",
    "findings": [
        F("T002", "will chase Noah's missed hearing test soon"),
        F("T002", "I will arrange a family group conference in due course"),
        F("M002", "will monitor Kacey's progress every half term"),
        F("M001", "Liam will go to the dads' group at Alnmerrow Family Centre"),
        F("F002", "You will stop drinking and feel more in control of your life"),
        F("F004"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Review conference plan written as a narrative paragraph per area, each
#    sentence one action. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b208_aubersham_rcpc_narrative_paragraph_per_area_walsh.docx",
    "doc_title": "Child Protection Plan - Kian and Lacey Walsh (review conference 28/01/2026)",
    "split": "tune",
    "actions": 12,
    "template": "rcpc-plan-docx-details-kv-progress-since-icpc-kians-views-laceys-views-parents-views-what-we-want-numbered-then-the-plan-as-a-narrative-paragraph-per-area-donnas-health-kian-lacey-home-and-family-each-sentence-one-action-with-who-when-and-check-in-prose-then-contingency-core-group-and-review",
    "description": (
        "Review conference plan for an 11-year-old boy and his 5-year-old sister (neglect): their mother "
        "has bipolar disorder and in October left them alone overnight during a manic episode before a "
        "short stay in hospital; the boy is a young carer who checks her tablets. After details, "
        "progress, the children's and parents' views and outcomes, the plan is a narrative paragraph per "
        "area (Donna's health, Kian, Lacey, Home and family), each sentence one action with its time and "
        "check in prose. Faults: the care coordinator's fortnightly visits that only support the mother "
        "with her medication and give her time to talk; the school nurse referral 'when things settle'; "
        "'All agencies' telling the social worker of the mother's early warning signs; the young carers "
        "group with no check; the social worker's visits to 'keep an eye on how things are at home'; the next review conference to be "
        "arranged 'in due course'."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Aubersham County Council, Children's Services. Review Child Protection Conference held on "
              "Wednesday 28/01/2026 at Aubersham County Hall; chair: Janet Coombes."),
        ("kv", [
            ("Children", "Kian Walsh, born 03/03/2014 (11), Year 7, Aubersham Valley Academy; Lacey Walsh, "
                         "born 17/07/2020 (5), Reception, Hollins Lane Infants"),
            ("Home", "27 Thornbury Avenue, Aubersham AB5 3WN, with their mum"),
            ("Mum", "Donna Walsh (38)"),
            ("Dad", "Gary Walsh (40), 12 Wharf Street, Aubersham; the children stay with him on Sundays"),
            ("Category", "Neglect (plans made at the initial conference on 05/11/2025)"),
            ("Social worker", "Sarah Whitlow, Aubersham Children's Services (team manager: Chris Holt)"),
            ("Donna's care coordinator", "Paul Kirby, Aubersham Community Mental Health Team"),
        ]),
        ("h1", "Why there is a plan, and progress since the initial conference"),
        ("p", "Donna has bipolar disorder. On the night of 18/10/2025, during a manic episode, she left Kian and "
              "Lacey alone in the house and was found by police in Aubersham town centre at 3am. She spent "
              "ten days on Beech Ward at the Linden Centre as an informal patient, and the children stayed "
              "with Gary. Kian told his teacher that he checks Mum has taken her tablets before school and "
              "makes Lacey's breakfast when Mum \"can't get up\"."),
        ("p", "Since the initial conference Donna has been back on her lithium and has kept every appointment "
              "with Paul. Lacey's attendance has gone up from 84% to 89%. Kian has been late to school 11 "
              "times. Gary has had the children every Sunday. At the conference the professionals scored "
              "the children's safety at 6 out of 10 (3 at the initial conference)."),
        ("h1", "What Kian says"),
        ("p", "Kian told Sarah on 21/01/2026: \"I check Mum's had her tablets because if she doesn't she goes "
              "weird.\" \"I liked it at Dad's when Mum was in hospital but I worried about her the whole time.\" "
              "\"I'm tired at school because Lacey wakes me up.\" He wants to keep living with his mum, and "
              "would like \"someone to talk to who isn't a teacher\". He scored how safe he feels at home at "
              "7 out of 10."),
        ("h1", "What Lacey says"),
        ("p", "Lacey told Sarah, while drawing: \"Mummy was shouting and singing in the night and then she "
              "went.\" \"Kian makes my toast.\" \"I like Daddy's pancakes on Sundays.\" She drew herself "
              "holding hands with Kian."),
        ("h1", "What Donna and Gary say"),
        ("p", "Donna: \"I hate that the kids saw me like that. I know the signs now and I'll ring Paul if I "
              "feel it coming.\" Gary: \"I'll have them whenever they need me. I just want to know earlier "
              "when Donna's going downhill.\""),
        ("h1", "What we want for Kian and Lacey"),
        ("numbers", [
            "Kian and Lacey are always looked after by an adult who is well enough to care for them, day "
            "and night.",
            "Kian does not have to look after his mum's medication or his sister, and has time to be an "
            "11-year-old.",
            "Lacey gets to school on time every day and her attendance is 95% or more.",
            "Both children know what will happen, and who to ring, if their mum becomes unwell.",
        ]),
        ("h1", "The plan"),
        ("h2", "Donna's health"),
        ("p", "Paul Kirby, Donna's care coordinator at the Aubersham Community Mental Health Team, will visit "
              "her at home every fortnight to support her with her medication and give her time to talk, and "
              "he will record each visit on the CMHT record. Dr Ian Prentice (consultant psychiatrist, "
              "Aubersham CMHT) will see Donna at the Linden Centre clinic by 20/02/2026 to review her lithium, "
              "and will write to Sarah after the appointment saying whether her treatment keeps her well "
              "enough to care for Kian and Lacey, what her early signs of relapse look like and how long it "
              "would take to be confident in her recovery. Donna will have her lithium level checked by a "
              "blood test at Aubersham Road Surgery every three months, the next one by 13/02/2026, and the "
              "practice nurse will send the result to Dr Prentice and Sarah."),
        ("h2", "Kian"),
        ("p", "Kian will go to the Aubersham Young Carers group at the youth centre every Wednesday after "
              "school. Mrs Farida Begum, Kian's head of year, will arrange a referral to the school nurse "
              "about his sleep when things settle, and will let Sarah know by e-mail when it has gone in. Mrs "
              "Begum will meet Kian every Monday morning before registration for a ten-minute check-in and "
              "record on CPOMS what he tells her about home, sending Sarah a summary every other Friday."),
        ("h2", "Lacey"),
        ("p", "Donna will make sure Lacey is in school by 8.50am every day, and her attendance will be "
              "at least 95% on the school register by the next core group. Miss Jade Pearson, Lacey's "
              "teacher at Hollins Lane Infants, will ring Sarah the same day if Lacey comes in unwashed, "
              "hungry or upset, and write each call in the school's safeguarding log."),
        ("h2", "Home and family"),
        ("p", "Sarah Whitlow (social worker) will visit the family every two weeks and keep an eye on how "
              "things are at home. Gary will have Kian and Lacey every Sunday from 10am to 6pm and will text "
              "Sarah each Sunday evening when the children are back home with Donna. Sarah will complete a "
              "young carer's assessment with Kian by 27/02/2026 and share the report with Kian, Donna and the "
              "core group. All agencies will tell Sarah the same day if they see any of Donna's early warning "
              "signs, and write what they saw in their own records."),
        ("h1", "Contingency"),
        ("p", "If Donna shows her early warning signs (not sleeping for two nights running, spending money she "
              "does not have, stopping her lithium or talking very fast), Kian, Gary or any professional who "
              "notices rings the Aubersham CMHT (the crisis team out of hours) and Sarah the same day. Kian "
              "and Lacey go to Gary's house at 12 Wharf Street that night and stay there until Dr Prentice "
              "and Sarah agree that it is safe for them to go home, and Sarah holds a strategy discussion the "
              "same day."),
        ("p", "If the children are found at home without an adult, the police are called on 999 and the "
              "children go to Gary's; if Gary cannot be reached, Sarah or the Emergency Duty Team finds a "
              "foster placement for them together that night."),
        ("p", "If Donna becomes unwell again and the children are left without care, or she stops taking her "
              "lithium, Chris Holt (team manager) will hold a legal planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("p", "The core group will meet every six weeks at Aubersham Valley Academy at 3.30pm: 11/02/2026, "
              "25/03/2026 and 06/05/2026. The next review conference will be arranged by the Safeguarding "
              "Unit in due course."),
        ("p", "Plan sent to Donna, Gary, Kian (his own copy, read through with Sarah) and every agency on "
              "30/01/2026."),
    ],
    "findings": [
        F("H001", "will visit her at home every fortnight to support her"),
        F("T002", "arrange a referral to the school nurse about his sleep when"),
        F("W002", "All agencies will tell Sarah the same day if"),
        F("M001", "Kian will go to the Aubersham Young Carers group"),
        F("M002", "will visit the family every two weeks and keep an eye"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. First review conference plan in a table with one "Action" column under
#    outcome banner rows; each cell says who, when and how we will know in
#    sentences. Page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b208_axwenfold_rcpc_single_action_column_outcome_banners_carver.pdf",
    "doc_title": "Child Protection Plan - Tia and Reuben Carver (review conference 21/01/2026)",
    "split": "tune",
    "actions": 11,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Axwenfold MBC Children's Social Care · Child protection plan",
    "footer": "Tia and Reuben Carver · Review conference 21/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-plan-pdf-paged-header-footer-details-table-why-there-is-a-plan-progress-tias-words-reubens-day-parents-and-grandmothers-views-then-plan-table-no-and-one-action-column-under-outcome-banner-rows-merged-across-each-cell-giving-who-when-and-how-we-will-know-in-sentences-then-contingency-core-group-and-review",
    "description": (
        "Exemplary first review conference plan for a 9-year-old girl and her 2-year-old brother after "
        "their father hit the girl with a belt in October; he lives at his mother's, has supervised "
        "contact at a family centre twice a week and at his mother's house on Sundays with her "
        "supervising, and is on the Caring Dads programme. The plan is a table with a number and one "
        "'Action' column under outcome banner rows merged across; each cell says who will do what, when "
        "('the day after each contact', 'every Friday during term for the next twelve weeks', 'by "
        "February half term', 'for eight weeks from 26/01/2026', 'until the next review conference') "
        "and how we will know (contact records e-mailed, a photo of the contact sheet texted by 6pm, "
        "CPOMS, SDQ and ASQ-3 scores, the girl's own words and scores written down) in sentences. The "
        "contingency covers the grandmother being unable to supervise, and legal planning follows named "
        "triggers; core group and review dates are set; a page header and footer are on every page."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Axwenfold Metropolitan Borough Council, Children's Social Care. Agreed at the first review "
              "child protection conference on Wednesday 21/01/2026, chaired by Rob Eastham."),
        ("table", {
            "header": ["Details", ""],
            "widths": [4.5, 12.5],
            "bold_first_col": True,
            "rows": [
                ["Children", "Tia Carver, born 11/05/2016 (9), Year 5, Axwenfold St Bede's Primary; Reuben "
                             "Carver, born 02/02/2024 (23 months)"],
                ["Home", "41 Fairfield Road, Axwenfold AX6 1RT, with their mum, Gemma Carver (30)"],
                ["Dad", "Dean Carver (33), living with his mother, Maureen Carver, at 8 Cedar Grove, Axwenfold"],
                ["Category", "Physical abuse (plans made at the initial conference on 29/10/2025)"],
                ["Social worker", "Nadia Shah (team manager: Jenny Whitlock)"],
                ["Health visitor", "Anna Kemp, Axwenfold Clinic"],
                ["School", "Mr Owen Tate (designated safeguarding lead) and Mrs Hannah Pryce (school "
                           "counsellor), Axwenfold St Bede's Primary"],
            ],
        }),
        ("h1", "Why there is a plan"),
        ("p", "On 15/10/2025 Tia's teacher saw three long red marks on the back of her legs. Tia said her dad "
              "had hit her with his belt the night before because she broke the television remote. Dean told "
              "the police he had \"lost it\" after a long day and that it was the first time; Gemma said he "
              "had smacked Tia before but never with a belt. Dean was interviewed and released, and the "
              "police took no further action on 12/01/2026. Dean moved to his mother's house on 16/10/2025 "
              "and has seen the children only with someone supervising since then."),
        ("h1", "Progress since the initial conference"),
        ("bullets", [
            "Dean has been to all 22 supervised contacts at the family centre; the records describe him "
            "as patient and warm, and Reuben goes to him happily.",
            "Dean started the Caring Dads programme on 14/01/2026.",
            "Maureen has supervised two Sunday visits at her house since 04/01/2026, and her contact sheets "
            "were sent to Nadia both times.",
            "Tia has seen the school counsellor six times, and her teacher says she is joining in more.",
        ]),
        ("h1", "Tia's words"),
        ("p", "Nadia saw Tia on her own at school on 14/01/2026. Tia said: \"Daddy hit me with his belt because "
              "I broke the remote. It hurt for days and I couldn't do PE.\" \"I want to see Daddy but I want "
              "someone there, just in case.\" \"Nana Maureen makes the best roast dinners and she doesn't "
              "let Daddy shout.\" On her \"safe, worried, hopeful\" scale she scored safe at home with Mum 9 "
              "out of 10, safe with Dad at the family centre 7, and hopeful 6."),
        ("h1", "Reuben's day (what we have seen)"),
        ("p", "Reuben is nearly two. He is walking well, says about 20 words and loves his toy buses. At Anna's "
              "visit on 09/01/2026 he took his nap in his cot after a story and Gemma stroked his back until he "
              "slept. At contact he runs to Dean and brings him books. When voices are raised he stops "
              "playing and goes to Gemma or Tia."),
        ("h1", "What Gemma, Dean and Maureen say"),
        ("p", "Gemma: \"I want the kids to have their dad, but I'll never let anyone hit them again.\" Dean: "
              "\"I'm ashamed. I was brought up with the belt and I thought it did me no harm. I want to learn "
              "another way.\" Maureen: \"I'll be in the room every minute. Dean knows I won't stand for it.\""),
        ("h1", "The plan"),
        ("p", "Each action is numbered under the outcome it is for. The box says who will do it, when, and how "
              "we will know it has happened."),
        ("table", {
            "header": ["No.", "Action"],
            "widths": [1.5, 15.5],
            "rows": [
                ["Outcome 1: Tia and Reuben are not hit or hurt by anyone, and time with their dad is safe.", H],
                ["1.1",
                 "Dean will see Tia and Reuben at the Axwenfold Family Centre every Tuesday and Thursday from "
                 "4pm to 5.30pm until the next review conference, with centre staff supervising throughout. "
                 "The contact supervisor, Lorna Heath, will e-mail Nadia her written record the day after "
                 "each contact."],
                ["1.2",
                 "Maureen Carver (Dean's mum) will supervise Dean's time with the children at 8 Cedar Grove "
                 "every Sunday from 1pm to 4pm, staying in the same room all the time. She will fill in the "
                 "contact sheet Nadia gave her each Sunday and text Nadia a photo of it by 6pm that evening."],
                ["1.3",
                 "Nadia Shah (social worker) will see Tia on her own at school every two weeks until the next "
                 "review conference and ask her about contact and home using her \"safe, worried, hopeful\" "
                 "scale. Nadia will write Tia's words and scores in her visit record within 48 hours."],
                ["1.4",
                 "Nadia will visit Gemma, Tia and Reuben at home every two weeks, in the weeks she does not "
                 "see Tia at school, with one visit in three unannounced. She will see Reuben awake and "
                 "playing, and write what she sees of him and of the home in her visit record within 48 "
                 "hours."],
                ["Outcome 2: Tia can talk about what happened to her and feels less frightened.", H],
                ["2.1",
                 "Mrs Hannah Pryce (school counsellor) will see Tia every Friday during term for the next "
                 "twelve weeks. Before the next core group on 05/03/2026 she will send Nadia a written summary "
                 "of how Tia is getting on, with Tia's SDQ scores from the start and from that point."],
                ["2.2",
                 "Mr Owen Tate (designated safeguarding lead) will ring Nadia the same day, every time Tia says "
                 "anything about being hurt or seems frightened after a contact, and will record each call on "
                 "CPOMS."],
                ["Outcome 3: Reuben is cared for gently and his development is on track.", H],
                ["3.1",
                 "Gemma will take Reuben to his two-year review with Anna Kemp (health visitor) at Axwenfold "
                 "Clinic by February half term. Anna will send Nadia the ASQ-3 scores from the review within a "
                 "week."],
                ["3.2",
                 "Anna Kemp will visit Reuben at home once a month until the next review conference, and each "
                 "time watch how Gemma settles him at nap time. Anna will write what she sees in her health "
                 "visiting record and share it at each core group."],
                ["Outcome 4: Tia and Reuben are brought up calmly in both homes, without smacking or shouting.", H],
                ["4.1",
                 "Gemma will go to the Positive Parenting course at the Axwenfold Family Centre on Monday "
                 "mornings for eight weeks from 26/01/2026. The course leader, Fiona Grey, will give Nadia the "
                 "attendance sheet and Gemma's course workbook at the end of the course."],
                ["4.2",
                 "Dean will go to the Caring Dads programme at the Axwenfold Family Centre every Wednesday "
                 "evening for 17 weeks from 14/01/2026. The facilitator, Steve Rowland, will send Nadia an "
                 "attendance record at the end of each month and a final report when the course ends."],
                ["4.3",
                 "Nadia will complete a parenting assessment of Dean, covering how he disciplines the "
                 "children and what he has learned on Caring Dads, by 13/03/2026. She will share the report "
                 "with Dean, Gemma and the core group at least two weeks before the next review conference."],
            ],
        }),
        ("h1", "Contingency"),
        ("bullets", [
            "If Dean hits or threatens Tia, Reuben or Gemma, or comes to 41 Fairfield Road or to school, Gemma "
            "(or the school) rings 999 and then Nadia, and Nadia holds a strategy discussion with the police "
            "the same day. All Dean's time with the children stops until that strategy discussion decides "
            "what is safe.",
            "If Maureen cannot supervise on a Sunday, or has to leave the room, the visit does not go ahead "
            "(or ends there) and she texts Nadia straight away. There is no Sunday visit that week, and Nadia "
            "books an extra supervised session at the family centre within seven days instead.",
            "If Tia or Reuben has a mark or injury that nobody can explain, the school, Anna or Gemma rings "
            "Nadia the same day, and Nadia arranges a child protection medical that day.",
            "If Dean has any time with the children that is not supervised, or either child has an injury "
            "that has not been explained, Jenny Whitlock (team manager) will hold a legal planning meeting "
            "within 5 working days.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every six weeks on Thursdays at 3.30pm at Axwenfold St Bede's Primary: 05/03/2026, "
            "16/04/2026 and 28/05/2026.",
            "Next review child protection conference: Wednesday 08/07/2026 at 10am, Axwenfold Town Hall.",
        ]),
        ("p", "Plan sent to Gemma, Dean, Maureen and every agency on 23/01/2026. Tia has her own copy of the "
              "outcomes, read through with Nadia."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Core group 2 plan in a "Who / What will happen" table, the second column
#    holding time and check; a move to Ashcrowle coming. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b208_allenscar_cg2_who_what_will_happen_table_nolan.md",
    "split": "tune",
    "actions": 11,
    "template": "core-group-plan-md-details-list-moving-to-ashcrowle-chloes-words-archies-day-parents-views-what-we-want-then-two-column-table-who-what-will-happen-holding-time-and-check-in-prose-then-if-the-plan-is-not-working-meetings-and-review",
    "description": (
        "Plan agreed at the second core group for a 6-year-old girl and her 2-year-old brother on plans "
        "for neglect (a dirty, unsafe house, missed health appointments, the boy's speech delay, the girl "
        "late and hungry), whose parents are moving to a house swap in the neighbouring council, "
        "Ashcrowle, in March. The plan is a two-column table (Who / What will happen) whose second "
        "column holds the time and the check in prose ('until the family moves', 'every Friday during "
        "term', 'by 10am on any of those days'). Faults: the family support worker's bedtime help 'as "
        "needed'; the nursery key person who will 'monitor progress' with Archie's talking; the stair "
        "gate and window restrictors with no time; a passive speech and language referral with '-' for "
        "who; the parenting assessment handed to Ashcrowle's team to start after the transfer; a "
        "contingency whose trigger is 'things do not improve' and whose response is to meet and discuss; "
        "and nothing on legal planning."
    ),
    "text": """\
# Allenscar City Council - Children's Services

## Child protection plan: Chloe and Archie Nolan

Agreed at core group 2 on Tuesday 27/01/2026 at Allenscar Church Primary School. This replaces the
plan from the initial conference on 09/12/2025.

**Chloe Nolan**, born 14/04/2019 (6), Year 2, Allenscar Church Primary School
**Archie Nolan**, born 21/06/2023 (2), Little Steps Nursery, Monday, Wednesday and Friday mornings
**Stacey Nolan** (Mum, 26) and **Ryan Nolan** (Dad, 29), 58 Gorse Road, Allenscar AL9 3EX
**Category:** neglect
**Social worker:** Jess Harper (team manager: Carl Dunne)
**Present at core group 2:** Stacey, Ryan, Jess Harper, Kelly Brandon (family support worker), Zoe Clarke
(health visitor), Mrs Gill Rowe (DSL, Allenscar Church Primary), Priya Mistry (Archie's key person,
Little Steps Nursery)

### The move to Ashcrowle

Stacey and Ryan have agreed a council house swap to 9 Orchard Close, Ashcrowle, near Stacey's mum. The
move is due on or around 09/03/2026. Jess will ask Ashcrowle Children's Services to take over the plan;
Allenscar keeps the plan, and all of the work below, until Ashcrowle's transfer-in conference is held.

### Why there is a plan

At the initial conference the house had dog and cat mess on the floors, the fridge was almost empty and
the children's mattresses were wet and bare. Archie had missed his 2-year review and two hearing
appointments; he says only a few words. Chloe's attendance was 86% and she often arrived hungry. Since
then the downstairs has been cleaner and Chloe has been on time more often, but the bedrooms are still
dirty and Archie has missed another appointment.

### Chloe's words

Jess saw Chloe on her own at school on 20/01/2026. She said: "My bed smells. I sleep in Mummy's bed when
it's wet." "I like school dinners best because it's hot." "At the new house I'm going to have my own
room with a unicorn." She scored her home 5 out of 10 ("the upstairs is a 2").

### Archie's day (what we have seen)

Archie is a busy, smiley boy who climbs everything. At Jess's visit on 22/01/2026 he climbed onto the
upstairs window sill while the adults were downstairs. He points and pulls adults to what he wants, and
gets cross when he is not understood. At nursery he eats fast and asks for more, and he sleeps in the
afternoons as soon as he gets home.

### What Stacey and Ryan say

Stacey: "We're getting there downstairs. Upstairs is hard with two of them running about." Ryan: "The new
house will be a fresh start. I'll sort the gate, I just need to get round to it."

### What we want for Chloe and Archie

1. Chloe and Archie live in a clean, safe home with a clean, dry bed each and food in the cupboards.
2. Archie's hearing and speech are checked and he gets the help he needs to talk.
3. Chloe is at school on time every day, after breakfast, with attendance of 95% or more.
4. Both children have all their health appointments, in Allenscar and after the move.

### What will happen

| Who | What will happen |
|---|---|
| Stacey (Mum) | Stacey will take Archie to his hearing test at Allenscar General Hospital on 04/02/2026. The audiology department will send the result letter to Jess and the GP. |
| Stacey (Mum) | Stacey will get Archie to nursery for his sessions every Monday, Wednesday and Friday morning by 9am. The nursery will ring Jess by 10am on any of those days that he has not arrived. |
| Kelly Brandon, family support worker | Kelly will come round to help Stacey with Archie's and Chloe's bedtimes as needed. The bedtime chart on the fridge will show what time each child went to sleep, and Kelly will photograph it for Jess. |
| Priya Mistry, Archie's key person, Little Steps Nursery | Priya will monitor progress with Archie's talking each week at nursery. |
| Ryan (Dad) | Ryan will fit a stair gate at the top of the stairs and restrictors on the upstairs windows, and Jess will see them fitted and note it in her visit record. |
| - | A referral will be made to the speech and language therapy service by 30/01/2026, and the acceptance letter will be kept on Archie's file. |
| Ashcrowle Children's Services (assessment team) | The parenting assessment will not be started in Allenscar. It will be passed to Ashcrowle's assessment team, who will start it within four weeks of their transfer-in conference and share the report with the core group. |
| Jess Harper, social worker | Jess will visit every week until the family moves, at least one visit a fortnight unannounced, seeing Chloe on her own and looking at the bedrooms, the beds, the kitchen cupboards and the fridge. She will write what she sees and what Chloe says in her visit record. |
| Jess Harper, social worker | Jess will send Ashcrowle Children's Services the transfer request by 06/02/2026, and do a joint home visit with the Ashcrowle social worker within two weeks of the move. Both will be recorded on the case file. |
| Mrs Gill Rowe, DSL, Allenscar Church Primary | Mrs Rowe will send Jess Chloe's attendance and late marks every Friday during term, and ring Jess the same day if Chloe is absent and Stacey has not rung in by 9.30am. |
| Zoe Clarke, health visitor | Zoe will weigh Archie at the baby clinic every four weeks until the family moves and plot his weight in his red book, e-mailing Jess the weight the same day. |

### If the plan is not working

If things do not improve, or there are further concerns about the children, the core group will meet to
discuss next steps and review the plan.

### Meetings and review

- Core group every four weeks at Allenscar Church Primary School, 3.30pm: next on Tuesday 24/02/2026.
- Review child protection conference: Tuesday 17/03/2026 at 10am, Allenscar Civic Centre.
- Allenscar keeps the plan until Ashcrowle's transfer-in conference is held.

Plan typed by Jess Harper and sent to Stacey, Ryan and every agency on 28/01/2026.
""",
    "findings": [
        F("T002", "help Stacey with Archie's and Chloe's bedtimes as needed"),
        F("M002", "Priya will monitor progress with Archie's talking each week"),
        F("T001", "Ryan will fit a stair gate at the top of the stairs"),
        F("W001", "A referral will be made to the speech and language therapy"),
        F("X001", "It will be passed to Ashcrowle's assessment team"),
        F("C002"),
        F("R002"),
    ],
})
