"""Batch 161, module m: seven fictional plans (held-out material), places beginning with "m".

Everything here is made up: children, families, professionals, services,
schools, nurseries, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: ordinary plans from ordinary weeks, in seven invented councils'
everyday templates, with most of the craft in the words of the actions
themselves: owners said in passing, in the passive with an agent ("will be
weighed at home by Bev, the health visitor"), by first name after a who's-who
or by role only; times said as events or rhythms ("every Tuesday and Thursday
from 11/11/2025", "before the core group on 08/01/2026"); measures said as
what someone will see or record, in a second sentence of the cell or bullet;
cells of three or four sentences with a reason, a hope, negations and
conditions.

1. Mallinghurst: an initial conference plan in the council's Word template
   (details, who's who table, worries, going well, the children's world,
   outcomes), whose action table has three columns, "What needs to happen,
   who will do it and why | When | What we should see", the owner said
   inside the action sentences (docx, exemplary);
2. Morrowby: minutes of a second core group in Word (attendance table,
   numbered minutes of agency updates, the children's words, scaling), then
   the revised plan as a five-column table, contingency and dates (docx).
   Faults: Talking Therapies' CBT sessions only, measured by attendance
   (H001); the aunt's teas "As and when needed" (T002); the family support
   worker's sessions measured by "Improvement in the morning routine"
   (M002); "All professionals" to report alcohol (W002); the aunt carries
   two actions and is the contingency's only answer, with nothing if she
   cannot (C003);
3. Mintleford: the conference chair's letter to the parents after a review
   conference, printed to PDF with a letterhead page header and a page
   footer, the plan in numbered paragraphs speaking to "you" (Tariq) and
   naming each worker in the sentence (pdf, exemplary);
4. Muxbury: an initial conference plan in a landscape Word template printed
   to PDF with a page header and footer, its action table in seven columns
   "Ref | Identified need | Action | Responsible person / agency | Start
   date | Completion / review date | Measure of success" (pdf). Faults: the
   Freedom Programme "ASAP" / "When a place becomes available" (T002); the
   father to "engage" measured by "Engagement with the service" (M002); the
   door and lock repair with "-" in the Responsible cell (W001); a parenting
   assessment with "-" for its measure (M001); an outcome that is only about
   the mother (F002); no legal planning anywhere (R002);
5. Mellerstow: a review conference plan as bullets under theme
   subheadings, written in full sentences (md). Faults: the CMHT care
   coordinator only supports the mother with her mood and lithium (H001);
   the paternal grandparents supervise the father's time "as often as they
   can" (T002); the school nurse will "keep an eye on" Ruby's weight and
   hygiene (M002); a 30-hours application with no time at all (T001); a
   contingency of "further concerns ... review the plan and consider next
   steps" (C002), with nothing on the grandparents being unable (C003);
6. Mardleham: an initial conference plan written as numbered narrative
   paragraphs, each naming who, when and how we will know in its own
   sentences (md, exemplary);
7. Mudgecombe: a case-system print of a new baby's plan in plain text,
   stacked field labels, plan items linked to outcome codes (txt). Faults:
   the health visitor to "monitor" the baby's weight, evidence "Monitored
   at HV contacts" (M002); the paternal grandmother's night help "Ongoing"
   (T002); the drug service referral with an empty Responsible field
   (W001); the father's daily cannabis use recorded but no adult service
   owns an action (F004); the grandmother holds two actions and is the
   contingency's answer with no fallback (C003); the review conference
   "To be confirmed" (R001).

Plans 1, 3 and 6 are exemplary: every action has an owner, a real timescale
and something that can be seen or counted; outcomes are about the children;
each contingency names triggers and protective responses, and what happens if
relatives' help fails where the plan leans on them; each records the
children's voice, core group dates and a dated review conference, and legal
planning after insufficient progress; where a parent is ill or drinks, an
adult service owns work, and the one mental health service involved (plan 1)
is asked for its view of the mother's capacity to change and its timescale.

Counting convention used for "actions" (README convention 1): each row of an
action table, each bullet of a "What will happen" section and each numbered
paragraph of a plan section counts once, whatever number of sentences it
holds. Minutes' updates, attendance, the children's words, outcomes,
scaling, the contingency and meeting dates are not actions.
"""
from build_batch5 import F

PLANS = []


# ---------------------------------------------------------------------------
# 1. Mallinghurst: initial conference plan, neglect, a mother with postnatal
#    depression, a father on nights, a grandmother helping. Council Word
#    template; three-column action table with the owner inside the action
#    sentences. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b161_mallinghurst_icpc_three_column_owner_in_sentence_pemberton.docx",
    "doc_title": "Child Protection Plan - Lily-Mae and Jaxon Pemberton",
    "split": "heldout",
    "actions": 14,
    "template": "icpc-council-word-template-docx-kv-details-whos-who-table-why-the-children-have-a-plan-going-well-childrens-world-outcomes-then-three-column-what-needs-to-happen-who-and-why-when-what-we-should-see-table-owner-named-inside-action-sentences-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a 3-year-old and a 7-month-old (neglect): their "
        "mother has postnatal depression and stopped her sertraline, their father works nights, "
        "and their grandmother does two nursery runs and Wednesday mornings. The council's Word "
        "table has only three columns (what needs to happen, who will do it and why / when / "
        "what we should see), so every owner is said inside the action sentences, in passing, in "
        "the passive with an agent or by first name after a who's-who table. The perinatal "
        "mental health nurse assesses the mother's capacity to change and its timescale, the GP "
        "owns an action, the grandmother's part has a fallback, legal planning follows named "
        "triggers, core group and review dates are set, and the children's days are described."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Mallinghurst Borough Council · Children and Families Service · Assessment and Intervention Team 2"),
        ("kv", [
            ("Children", "Lily-Mae Pemberton, born 14/06/2022 (3); Jaxon Pemberton, born 29/03/2025 (7 months)"),
            ("Address", "22 Rowan Walk, Mallinghurst MH2 6PL"),
            ("Mother", "Kayleigh Pemberton (24)"),
            ("Father", "Ryan Cole (27), lives at home, works nights at the Eastgate distribution centre"),
            ("Category", "Neglect"),
            ("Plan made at", "Initial Child Protection Conference, 03/11/2025. Chair: Paul Henshaw"),
            ("Social worker", "Sam Whitlock (team manager: Lorraine Adeyemi)"),
        ]),
        ("h1", "Who's who"),
        ("p", "After this table, people are called by their first name in the plan."),
        ("table", {
            "header": ["Name", "Who they are"],
            "widths": [4.5, 12.5],
            "rows": [
                ["Sam Whitlock", "Social worker, Mallinghurst Children and Families Service"],
                ["Bev Langley", "Health visitor, Mallinghurst 0-19 Service"],
                ["Aisha Rahman", "Community psychiatric nurse, Mallinghurst Perinatal Mental Health Team, "
                                 "Ashgrove Clinic"],
                ["Dr Nkem Osei", "GP, Hawthorn Medical Practice"],
                ["Jess Trafford", "Family support worker, Bright Start Family Service"],
                ["Hannah Mills", "Lily-Mae's key person, Little Acorns Nursery"],
                ["Denise Pemberton", "Lily-Mae and Jaxon's nan (Kayleigh's mum), 5 Orchard Close, ten minutes' "
                                     "walk away"],
            ],
        }),
        ("h1", "Why Lily-Mae and Jaxon have a plan"),
        ("p", "Jaxon's weight has dropped from the 50th centile at eight weeks to just below the 9th centile at "
              "his six-month check. He missed his 12-week and 16-week immunisations. Bev has twice found his "
              "bottle propped on a cushion, and on 28/10/2025 Sam found him asleep on the settee next to "
              "Kayleigh, who had been asleep for most of the afternoon."),
        ("p", "Lily-Mae went to 11 of her 21 nursery sessions in the first half of the autumn term. On six of "
              "the days she came she was in a wet pull-up from the night before, and she has four decayed teeth. "
              "The children's bedroom has black mould on the outside wall and Lily-Mae has had a cough since "
              "September."),
        ("p", "Kayleigh has had postnatal depression since Jaxon was born. She stopped her sertraline in August "
              "because she felt \"numb\", and says that on bad days she cannot get off the settee. Ryan works "
              "five nights a week and sleeps until early afternoon, so on those days Kayleigh is the only adult "
              "awake with the children."),
        ("h1", "What is going well"),
        ("bullets", [
            "Kayleigh went to her GP herself on 20/10/2025, told him how low she has been and restarted her "
            "sertraline. She agreed to the referral to the perinatal team.",
            "Lily-Mae is a chatty, funny little girl who is happy at nursery and loves her key person.",
            "Ryan came to the conference, said he had not realised how bad things had got in the day, and has "
            "asked his manager to cut his shifts.",
            "Denise sees the children most days and already does Lily-Mae's hair and some of her nursery runs.",
        ]),
        ("h1", "Lily-Mae and Jaxon's world"),
        ("p", "Sam saw Lily-Mae at nursery on 29/10/2025 and used puppets to talk about her days. Her puppet "
              "said: \"Mummy sleeps on the settee. I get crisps.\" When Sam asked who does her hair, she said "
              "\"Nanny does my bunches\" and smiled. She said she does not like \"the smelly room\", which is her "
              "bedroom, and that she likes the sand tray and \"Hannah's songs\" best at nursery."),
        ("p", "Jaxon has been seen at three home visits. He smiles and reaches for Ryan, sits with a little "
              "support and settles quickly when Denise holds him. At one visit his nappy had leaked through his "
              "sleepsuit. He was hungry and drank a full bottle quickly when Bev fed him."),
        ("h1", "What we want for Lily-Mae and Jaxon"),
        ("numbers", [
            "Jaxon is fed enough and on time, and his weight climbs back towards the 25th centile by the review "
            "conference.",
            "Both children sleep safely every night: Jaxon in his own cot on his back, Lily-Mae in a dry, warm "
            "bedroom with no mould.",
            "Lily-Mae goes to nursery at least 9 sessions out of 10, clean and in dry clothes, and her teeth are "
            "treated.",
            "There is always an adult awake and able to care for the children in the day, even when Kayleigh's "
            "mood is low.",
            "Both children's health checks and immunisations are up to date.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["What needs to happen, who will do it and why", "When", "What we should see"],
            "widths": [8.2, 3.6, 5.2],
            "rows": [
                ["Sam will visit Lily-Mae and Jaxon at home, and at least one visit in three will be unannounced. "
                 "He will look at where Jaxon sleeps every time and spend time with Lily-Mae on her own, because "
                 "she is starting to tell us what her days are like.",
                 "Every week until the review conference on 26/01/2026",
                 "A visit record for every visit on the children's file, saying where Jaxon was sleeping and what "
                 "Lily-Mae said. Sam will bring a summary of the visits to each core group."],
                ["Jaxon will be weighed at home by Bev, the health visitor, who will also watch a feed and check "
                 "how his bottles are made up. If his weight drops further below the 9th centile, Bev will ask Dr "
                 "Osei for a paediatric referral that week.",
                 "Every two weeks, first visit by 14/11/2025",
                 "Weights plotted in Jaxon's red book and sent to Sam after each visit. We will know this is "
                 "working when his weight is moving back up towards the 25th centile by the review."],
                ["Kayleigh has agreed that she will take Jaxon to the practice nurse for the immunisations he "
                 "missed at 12 and 16 weeks. Denise will go with her if Kayleigh would like her to.",
                 "Appointment booked by 14/11/2025; both sets given by 12/12/2025",
                 "The practice record and Jaxon's red book show every missed immunisation given. Bev will check "
                 "the red book at her first visit after 12/12/2025."],
                ["Aisha (Perinatal Mental Health Team) will see Kayleigh at Ashgrove Clinic, review with Dr Osei "
                 "how her sertraline is working and offer her the team's mood and bonding sessions. Aisha will "
                 "also assess whether Kayleigh is able to make the changes the children need, and how long that "
                 "is likely to take, because the plan depends on her being well enough to get up and care for "
                 "them in the day.",
                 "Every other Wednesday from 12/11/2025; written view to Sam five working days before each core "
                 "group",
                 "Aisha's written report on the children's file before every core group, giving her view of "
                 "Kayleigh's progress and the likely timescale for change. An assessment letter to Sam by "
                 "16/01/2026 for the review conference."],
                ["Dr Osei will see Kayleigh four weeks after she restarted her sertraline to review the dose. He "
                 "will tell Sam if Kayleigh does not collect a prescription or misses the review.",
                 "Review by 21/11/2025; a missed prescription reported within two working days",
                 "A letter from Dr Osei to Sam after the review, copied to Aisha. Any missed prescription noted "
                 "on the children's file."],
                ["Jess (Family Support, Bright Start) is going to work with Kayleigh and Ryan on a daily routine "
                 "for the children: getting up, meals, nursery mornings, bath and bed. She will help them clear "
                 "the kitchen and the children's room and fit the stair gate Bright Start is lending them.",
                 "Six sessions, every Tuesday at 10am from 11/11/2025 to 16/12/2025; stair gate fitted by "
                 "18/11/2025",
                 "Jess will score the home on the Bright Start home conditions scale at the first and last "
                 "sessions, and we hope to see it move from 2 to at least 4. Sam will see the routine chart in "
                 "use at his visits."],
                ["Ryan has agreed that he will not work more than three night shifts a week until the review, so "
                 "that he is awake in the day when Kayleigh is low. On his nights off he will do Jaxon's bath and "
                 "both children's bedtime.",
                 "From the week beginning 10/11/2025 until the review conference",
                 "Ryan will show Sam his shift rota each month. The bedtime chart on the fridge will be filled in, "
                 "and Jess and Sam will see it at their visits."],
                ["Little Acorns Nursery will keep Lily-Mae's funded place on Monday, Tuesday and Thursday "
                 "mornings. Hannah will ring Sam by 10am if Lily-Mae has not arrived and nobody has rung in, and "
                 "will note if she comes in wet, hungry or in yesterday's clothes.",
                 "Every nursery session",
                 "Nursery will email Sam the register every Friday. We want to see Lily-Mae at 9 sessions out of "
                 "10, and the nursery's daily notes will show how she arrives."],
                ["Denise will take Lily-Mae to nursery on Tuesday and Thursday mornings, because those are the "
                 "mornings Kayleigh has found hardest. If she cannot do a morning she will tell Kayleigh and Sam "
                 "the evening before.",
                 "Every Tuesday and Thursday from 11/11/2025",
                 "The nursery register shows Lily-Mae in on Tuesdays and Thursdays, and Hannah notes who brought "
                 "her."],
                ["Denise will have Jaxon at 5 Orchard Close on Wednesday mornings, so that Kayleigh can get to "
                 "her appointments with Aisha and, on the other weeks, catch up on sleep.",
                 "Every Wednesday, 9am to 1pm, from 12/11/2025",
                 "Denise will text Sam when Jaxon arrives and when he is collected. Aisha's reports will show "
                 "Kayleigh at her appointments."],
                ["Bev will refer Lily-Mae to the Mallinghurst Community Dental Service for her decayed teeth, and "
                 "Kayleigh will take her to the first appointment. Until then Kayleigh will brush Lily-Mae's "
                 "teeth at bath time with the pack Bev gave her.",
                 "Referral by 14/11/2025; first appointment before the review conference",
                 "Referral letter copied to Sam. The dental service's letter shows Lily-Mae was seen and what "
                 "treatment is planned."],
                ["Sam will write to Mallinghurst Homes about the damp and mould in the children's bedroom and "
                 "chase the repair, because Lily-Mae says her room is \"smelly\" and she has had a cough since "
                 "September.",
                 "Letter by 14/11/2025; chased every two weeks until the work is done",
                 "A repair date from Mallinghurst Homes in writing. Sam will see the wall treated and the room "
                 "dry at a visit before the review conference."],
                ["Sam will do three sessions of direct work with Lily-Mae at nursery, using the puppets she "
                 "likes, to hear about her days at home, what she enjoys and what worries her.",
                 "All three sessions before the core group on 08/01/2026",
                 "Lily-Mae's words and drawings written up and shared at the core group on 08/01/2026 and in "
                 "Sam's report to the review conference."],
                ["Kayleigh and Ryan will put Jaxon down in his cot, on his back, for every sleep, day and night. "
                 "He will not be put down to sleep on the settee. Bev has shown them how the cot should be made "
                 "up.",
                 "Every sleep, from 03/11/2025",
                 "Sam and Bev will see the cot made up safely at every visit, and Jaxon asleep in it if he is "
                 "napping. Neither of them will find him asleep on the settee."],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Kayleigh tells anyone she cannot keep herself safe, or she is found unable to get up and care "
              "for the children on two days running, whoever finds this will ring Sam (or the Emergency Duty "
              "Team out of hours) that day. Aisha will arrange a same-day assessment through the perinatal "
              "crisis line, and the children will not be left alone with Kayleigh: Ryan will stay home from "
              "work, or Denise will come to the house, until Sam has visited."),
        ("p", "If Jaxon's weight falls below the 2nd centile, or he is found asleep on the settee again, Sam "
              "will hold a strategy discussion with the police and health the same day."),
        ("p", "If Denise is unable to do the Tuesday and Thursday nursery runs or the Wednesday mornings (for "
              "example if she is ill), she will tell Sam that day. Sam will ask Bright Start to do the nursery "
              "runs from the next nursery day, and will book Jaxon a place in the Mallinghurst Family Hub "
              "crèche on Wednesday mornings so that Kayleigh can still see Aisha."),
        ("p", "If by the core group on 08/01/2026 Jaxon's weight has not started to go up, Lily-Mae's "
              "attendance is still below 80%, or Kayleigh has stopped seeing Aisha, Sam will ask Lorraine "
              "Adeyemi for a legal planning meeting within ten working days, to decide whether to start "
              "pre-proceedings under the Public Law Outline."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: 13/11/2025 at 10am, Mallinghurst Family Hub, then every four weeks at the same time: "
            "11/12/2025 and 08/01/2026.",
            "Review child protection conference: 26/01/2026 at 1.30pm, Mallinghurst Civic Centre.",
        ]),
        ("p", "Plan written by Sam Whitlock on 04/11/2025 and sent to Kayleigh, Ryan and everyone in the "
              "who's who table."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Morrowby: core group 2 minutes in Word, numbered minutes, then the
#    revised plan as a five-column table. Mother drinks and has anxiety; a
#    maternal aunt helps. Faults: H001, T002, M002, W002, C003 (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b161_morrowby_core_group_minutes_numbered_then_plan_table_hollins.docx",
    "doc_title": "Core Group Minutes - Tyler and Grace Hollins",
    "split": "heldout",
    "actions": 14,
    "template": "core-group-2-minutes-docx-kv-meeting-details-attendance-table-present-apologies-numbered-minutes-agency-updates-3-1-to-3-8-childrens-words-going-well-worries-scaling-then-revised-plan-five-column-no-what-needs-to-happen-who-by-when-how-will-we-know-its-working-then-contingency-dates",
    "description": (
        "Minutes of the second core group for an 11-year-old and an 8-year-old (neglect) whose "
        "mother drinks and has anxiety; their maternal aunt has them on Friday nights and for "
        "teas. Numbered Word minutes (attendance table, agency updates, the children's words, "
        "scaling) then the revised plan in a five-column table. Most rows are sound (weekly "
        "visits, breath tests, the alcohol service's report, the GP's letter, both schools, "
        "young carers, the school nurse, direct work). Faults: Talking Therapies' weekly CBT "
        "only, measured by attendance; the aunt's teas 'As and when needed'; family support "
        "sessions measured by 'Improvement in the morning routine'; 'All professionals' to report "
        "alcohol; the contingency sends the children to the aunt with nothing if she cannot."
    ),
    "blocks": [
        ("title", "Core Group Meeting – Minutes"),
        ("p", "Morrowby Metropolitan Borough Council · Children's Services · Safeguarding Teams"),
        ("kv", [
            ("Children", "Tyler Hollins (11, born 03/05/2014) and Grace Hollins (8, born 19/02/2017)"),
            ("Address", "41 Coldwell Street, Morrowby MR4 9DS"),
            ("Meeting", "Core group 2, Tuesday 09/12/2025, 10am, Morrowby West Family Hub"),
            ("Chair", "Kerry Tanner, social worker"),
            ("Minutes", "Zoe Pearce, business support"),
            ("Plan", "Child protection plans made at the initial conference on 11/11/2025 (category: neglect)"),
        ]),
        ("h2", "1. Attendance and apologies"),
        ("table", {
            "header": ["Name", "Role", "Attended"],
            "widths": [4.2, 9.6, 3.2],
            "rows": [
                ["Kerry Tanner", "Social worker, Morrowby Children's Services", "Present"],
                ["Nicola Hollins", "Mum", "Present"],
                ["Shelley Hollins", "Maternal aunt, 8 Millfield Road", "Present"],
                ["Gareth Lomax", "Designated safeguarding lead, St Aidan's C of E Primary (Grace)", "Present"],
                ["Amy Fitch", "Designated safeguarding lead, Coldwell Academy (Tyler)", "Present"],
                ["Dev Chauhan", "Recovery worker, Morrowby Recovery Service (alcohol)", "Present"],
                ["Priya Nair", "High intensity therapist, Morrowby Talking Therapies", "Apologies, update sent"],
                ["Lucy Hargreaves", "School nurse, Morrowby 5-19 Service", "Present"],
                ["Rachel Dunn", "Young carers worker, Morrowby Carers' Centre", "Present"],
                ["Tom Bexley", "Family support worker, Morrowby Early Help", "Present"],
                ["Dr Sana Aziz", "GP, Coldwell Surgery", "Apologies"],
            ],
        }),
        ("h2", "2. Minutes of the last meeting"),
        ("p", "The minutes of core group 1 (21/11/2025) were agreed as accurate. All actions from core group 1 "
              "are carried into the revised plan at section 7 or reported on below."),
        ("h2", "3. Updates"),
        ("pi", "3.1 Kerry (SW): four visits since the last core group, one unannounced on 02/12/2025 at 5pm. "
               "Nicola was sober at all four visits and breath tests read 0.00. Food in the cupboards. Tyler was "
               "seen alone on 25/11/2025; Grace on 02/12/2025."),
        ("pi", "3.2 Nicola: says she has cut down to \"a couple of cans at weekends\" and has not drunk in the "
               "day since the conference. She finds mornings hard and says her anxiety is worse before Christmas."),
        ("pi", "3.3 Dev (Recovery Service): Nicola has been to three of four Tuesday sessions. Her drink diary "
               "shows 14 units last week, down from about 60 at assessment. She missed 25/11/2025 and did not "
               "ring."),
        ("pi", "3.4 Priya (Talking Therapies, by email): Nicola started CBT for anxiety on 25/11/2025 and has "
               "been to both sessions so far."),
        ("pi", "3.5 Mr Lomax (St Aidan's): Grace's attendance is 91% this half term. She was late four times "
               "and came in without a coat on two cold days. She is eating well at breakfast club."),
        ("pi", "3.6 Ms Fitch (Coldwell Academy): Tyler's attendance is 87%. He has had three behaviour points for "
               "missing homework and fell asleep in maths on 28/11/2025. He told his form tutor he had been up "
               "late \"sorting Mum out\"."),
        ("pi", "3.7 Lucy (school nurse): Grace has had headlice for several weeks and has been wetting the bed. "
               "Lucy has not yet seen her."),
        ("pi", "3.8 Tom (Early Help): has met Nicola once and agreed to start routine sessions on 10/12/2025."),
        ("h2", "4. What Tyler and Grace have told us"),
        ("p", "Tyler (seen alone at school, 25/11/2025): \"It's better than before. Mum's not as bad. I still have "
              "to do Grace's packed lunch though. I like Fridays at Auntie Shelley's cos I can just be on my "
              "Xbox and not worry.\" He scored home 6 out of 10 (4 at the conference)."),
        ("p", "Grace (seen at home, 02/12/2025) drew her house with a \"happy kitchen\" and said Mum \"doesn't "
              "fall asleep on the sofa as much\". She said she is scared when Mum is \"poorly\" and that she "
              "wants to go to Auntie Shelley's more."),
        ("h2", "5. What is going well and what we are still worried about"),
        ("bullets", [
            "Going well: Nicola has been sober at every visit and her drink diary shows she is drinking much "
            "less. Friday nights at Shelley's are working well for both children.",
            "Going well: Grace is at breakfast club every day and her attendance is over 90%.",
            "Worried: Tyler is still caring for his mum and sister and is tired at school.",
            "Worried: Nicola missed a Recovery Service session without ringing, and mornings are still chaotic.",
        ]),
        ("h2", "6. Scaling"),
        ("p", "0 means the children are not safe at home, 10 means they are safe enough for the plan to end. "
              "Kerry 4, Nicola 7, Shelley 5, Mr Lomax 5, Ms Fitch 4, Dev 5."),
        ("h2", "7. Revised plan agreed at this core group"),
        ("p", "The outcomes agreed at conference stay the same: Tyler and Grace are cared for by an adult who is "
              "sober; they get to school on time, fed and dressed for the weather; Tyler no longer has to look "
              "after his mum and sister; and Grace's health needs are met."),
        ("table", {
            "header": ["No.", "What needs to happen", "Who", "By when", "How will we know it's working?"],
            "widths": [1.0, 6.4, 3.0, 2.8, 3.8],
            "rows": [
                ["1",
                 "Kerry will visit Tyler and Grace at home, with at least one visit a fortnight after 4pm when "
                 "Nicola says things are hardest. She will see each child on their own at least once a "
                 "fortnight.",
                 "Kerry Tanner (SW)",
                 "Weekly until the review conference on 10/02/2026",
                 "Visit records on the children's file, with each child's words written down after they are "
                 "seen alone."],
                ["2",
                 "Nicola will not drink alcohol in the day or at any time she is the only adult looking after "
                 "Tyler and Grace. She has agreed to a breath test at Kerry's visits and at her Recovery "
                 "Service sessions.",
                 "Nicola",
                 "Every day, from this core group",
                 "Breath tests recorded by Kerry and Dev read 0.00 every time."],
                ["3",
                 "Dev will see Nicola for one-to-one alcohol work with a breath test, and write a report before "
                 "each core group on how much she is drinking, whether she is cutting down and what this means "
                 "for her care of the children.",
                 "Dev Chauhan, Morrowby Recovery Service",
                 "Every Tuesday; report 3 working days before each core group",
                 "Dev's written report on file before each core group, with breath test results and Nicola's "
                 "drink diary."],
                ["4",
                 "Priya will continue weekly CBT sessions with Nicola for her anxiety at Morrowby Talking "
                 "Therapies, to help her manage her worry.",
                 "Priya Nair, Morrowby Talking Therapies",
                 "Weekly, 12 sessions from 25/11/2025",
                 "Priya will confirm Nicola's attendance to Kerry each month."],
                ["5",
                 "Shelley will have Tyler and Grace at hers for tea and help Grace with her reading, to give "
                 "Nicola a break.",
                 "Shelley Hollins (aunt)",
                 "As and when needed",
                 "Grace's reading record signed by Shelley; the children tell Kerry about their teas."],
                ["6",
                 "Shelley will have Tyler and Grace to stay at 8 Millfield Road on Friday nights and bring them "
                 "home on Saturday at 5pm, because Friday is when Nicola has drunk most in the past.",
                 "Shelley Hollins (aunt)",
                 "Every Friday night from 12/12/2025",
                 "Shelley texts Kerry when the children arrive and when they go home; the children tell Kerry "
                 "where they slept."],
                ["7",
                 "St Aidan's will give Grace a free breakfast club place and a check-in with her class teacher "
                 "each morning, and Mr Lomax will ring Kerry the same day if Grace is absent without a call, "
                 "hungry or upset about home.",
                 "Mr Lomax, DSL, St Aidan's",
                 "Every school day",
                 "Attendance and breakfast club register emailed to Kerry every Friday; any call noted on the "
                 "school's safeguarding log and on the children's file."],
                ["8",
                 "Coldwell Academy will give Tyler a weekly check-in with his mentor, Mr Harris, and tell Kerry if "
                 "his homework, attendance or behaviour points show he is struggling.",
                 "Ms Fitch, DSL, Coldwell Academy",
                 "Every Monday, period 1",
                 "Mentor notes and Tyler's attendance figure sent to Kerry before each core group; we want to see "
                 "it above 95% by the review."],
                ["9",
                 "Rachel will complete a young carer's assessment with Tyler, so that he gets a break from "
                 "caring, and offer him a place at the Thursday young carers' club.",
                 "Rachel Dunn, Morrowby Carers' Centre",
                 "Assessment by 09/01/2026; club every Thursday 4pm to 6pm from 08/01/2026",
                 "Assessment shared with Kerry and Nicola; the club register shows Tyler there."],
                ["10",
                 "Tom will do weekly sessions with Nicola on the children's morning routine and on getting food "
                 "in for the week.",
                 "Tom Bexley, family support worker",
                 "Wednesdays, 8 sessions from 10/12/2025",
                 "Improvement in the morning routine."],
                ["11",
                 "Anyone who sees or smells alcohol on Nicola while she is caring for the children will tell "
                 "Kerry.",
                 "All professionals",
                 "Same day",
                 "Logged on the children's file."],
                ["12",
                 "Lucy will see Grace at school about her headlice and her bedwetting, give Nicola a plan for "
                 "both and check again after the holidays.",
                 "Lucy Hargreaves, school nurse",
                 "First appointment by 19/12/2025; follow-up by 23/01/2026",
                 "Headlice clear at the follow-up; Grace's wetting chart shows fewer wet nights."],
                ["13",
                 "Dr Aziz will see Nicola about her drinking and her sleep, take her liver bloods and write to "
                 "Kerry with what she finds and whether Nicola needs a detox referral.",
                 "Dr Sana Aziz, GP, Coldwell Surgery",
                 "By 09/01/2026",
                 "GP letter to Kerry by 09/01/2026, copied to Dev."],
                ["14",
                 "Kerry will do direct work with Tyler and with Grace, using the Three Houses, in three sessions "
                 "each at school.",
                 "Kerry Tanner (SW)",
                 "By 30/01/2026",
                 "Each child's Three Houses shared at the core group on 03/02/2026 and in the report to the "
                 "review conference."],
            ],
        }),
        ("h2", "8. Contingency plan"),
        ("p", "If Nicola has been drinking while she is the only adult looking after Tyler and Grace, whoever "
              "finds this will ring Kerry, or the Emergency Duty Team out of hours, and the police if the "
              "children are in danger. Tyler and Grace will go to stay with Shelley at 8 Millfield Road that "
              "night, and Kerry will hold a strategy discussion the next working day."),
        ("p", "If Nicola drinks while caring for the children again, or misses two Recovery Service sessions in "
              "a row, Kerry will ask her team manager, Gill Sutcliffe, for a legal planning meeting within ten "
              "working days."),
        ("h2", "9. Dates"),
        ("bullets", [
            "Core group 3: Tuesday 06/01/2026, 10am, Morrowby West Family Hub.",
            "Core group 4: Tuesday 03/02/2026, 10am, Morrowby West Family Hub (core groups every four weeks).",
            "Review child protection conference: Tuesday 10/02/2026, 1.30pm, Morrowby Town Hall.",
        ]),
        ("p", "Minutes typed by Zoe Pearce on 10/12/2025 and checked by Kerry Tanner. Copies to everyone on the "
              "attendance list."),
    ],
    "findings": [
        F("H001", "continue weekly CBT sessions with Nicola for her anxiety"),
        F("T002", "Shelley will have Tyler and Grace at hers for tea"),
        F("M002", "Tom will do weekly sessions with Nicola on the children's"),
        F("W002", "Anyone who sees or smells alcohol on Nicola"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Mintleford: the conference chair's outcome letter to the parents after
#    a review conference (physical abuse), printed to PDF with a letterhead
#    header and page footer; the plan is numbered paragraphs. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b161_mintleford_rcpc_outcome_letter_numbered_paragraphs_azeez.pdf",
    "doc_title": "Review Child Protection Conference - outcome letter - Azeez",
    "split": "heldout",
    "actions": 12,
    "min_pages": 2,
    "header": "Mintleford City Council – Children's Services – Safeguarding and Review Unit",
    "footer": "Review conference outcome letter – Amira, Yusuf and Maryam Azeez – Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-outcome-letter-to-parents-paged-letterhead-header-footer-address-block-dear-farida-and-tariq-chair-writes-what-the-conference-decided-who-came-why-still-a-plan-what-has-changed-what-the-children-told-us-what-we-want-then-the-plan-numbered-paragraphs-you-said-to-a-named-parent-workers-named-in-sentence-if-things-go-wrong-meetings-signed",
    "description": (
        "Exemplary outcome letter from the conference chair to the parents of a 13-year-old, a "
        "9-year-old and a 4-year-old after a review conference (physical abuse: belt marks on "
        "the 9-year-old in October). Printed to PDF with a letterhead header and a page footer. "
        "The plan is twelve numbered paragraphs, each saying who (a worker named in the sentence, "
        "or 'you' said to the father or mother by name), when (fortnightly, from a date, before "
        "each core group) and what will be seen (reports, registers, the children's own words). "
        "There is no parental illness or substance use. The contingency names triggers, a "
        "same-day strategy discussion and where the father will stay; legal planning follows "
        "named triggers; core group dates and the next review conference are given; the "
        "children's views are quoted."
    ),
    "blocks": [
        ("pr", "Safeguarding and Review Unit"),
        ("pr", "Civic Centre, Beaumont Street"),
        ("pr", "Mintleford MN1 2AB"),
        ("pr", "19/01/2026"),
        ("p", "PRIVATE AND CONFIDENTIAL"),
        ("pl", "Farida and Tariq Azeez"),
        ("pl", "18 Quarry Lane"),
        ("pl", "Mintleford MN3 7HE"),
        ("p", ""),
        ("p", "Dear Farida and Tariq,"),
        ("h2", "Review child protection conference for Amira, Yusuf and Maryam – 15/01/2026"),
        ("p", "Thank you both for coming to the review conference last Thursday and for talking so openly. I "
              "said I would write to you with what the conference decided and with the plan in full, in plain "
              "words, so that you have it at home. Ellie Brandon, your social worker, has a copy, and so does "
              "everyone who came."),
        ("p", "The conference decided that Amira, Yusuf and Maryam will stay on child protection plans, under "
              "the category of physical abuse. Everyone agreed that things have started to change, but that it "
              "is too soon to be sure the children are safe from being hit at home."),
        ("h2", "Who came"),
        ("p", "You both; Ellie Brandon (social worker); Mr Daniel Fowler (designated safeguarding lead, "
              "Beaumont Junior School); Ms Rosa Clarke (designated safeguarding lead, Mintleford Girls' "
              "Academy); Mrs Joy Adams (Maryam's key person, Little Stars Nursery); Sunita Kaur (family support "
              "worker, Mintleford Early Help); Colin Amis (Positive Fathers group worker); PC Laura Finch "
              "(Mintleford Police Child Abuse Investigation Team). Dr Imran Mahmood (community paediatrician) "
              "sent a report."),
        ("h2", "Why the children still need a plan"),
        ("p", "In October Yusuf came to school with belt marks on the backs of his legs. He told his teacher "
              "that his dad hit him because he lied about his homework. Tariq, you told the initial conference "
              "that you had been hit as a child and thought it was the right way to teach respect. Amira told us "
              "that you shout at her and call her names when you are angry, and Maryam's nursery has seen her "
              "cry and hide when a man raises his voice."),
        ("h2", "What has changed since the initial conference"),
        ("p", "Tariq, you have stayed away from using physical punishment since October, as far as anyone "
              "knows, and the children have said the same. You went on the waiting list for the Positive "
              "Fathers group yourself. Farida, you rang Ellie in December when Tariq shouted at Yusuf, which "
              "was exactly what the plan asked of you. The house rules you both wrote with Ellie are on the "
              "kitchen wall."),
        ("h2", "What Amira, Yusuf and Maryam told us"),
        ("p", "Amira wrote to the conference: \"Dad hasn't hit anyone since the meeting but he still shouts "
              "and I'm angry all the time. I want him to say sorry to Yusuf. I don't want to go into care, I "
              "just want it to be normal.\" She told Ellie she is not sleeping well."),
        ("p", "Yusuf told Ellie, with his worry monster drawing: \"Dad doesn't use the belt now. I still go "
              "quiet when he comes in from work.\" He gave home 6 out of 10. He wants to go to football club on "
              "Saturdays."),
        ("p", "Maryam is four. At nursery she plays \"mummies and daddies\" and puts the daddy doll \"in the "
              "naughty room\". Mrs Adams says she is happier on Monday mornings than she was in the autumn."),
        ("h2", "What we want for the children"),
        ("bullets", [
            "Nobody in the family is hit, smacked or hurt by an adult, at home or anywhere else.",
            "Amira, Yusuf and Maryam feel safe at home and know who they can tell if they are worried.",
            "Homework times and bedtimes at home are calm, without shouting or name-calling.",
            "Amira is sleeping better and has someone to talk to about her anger.",
        ]),
        ("h2", "The plan – what everyone has agreed to do"),
        ("pi", "1. Ellie will visit the children at home every two weeks, and in the weeks in between she will "
               "see Amira, Yusuf and Maryam on their own at school or nursery. At least one home visit a month "
               "will be unannounced. Ellie's visit records will show each child seen at least every two weeks, "
               "with what they said in their own words, and she will bring a summary to every core group."),
        ("pi", "2. Tariq, you have agreed that you will not use physical punishment of any kind on any of the "
               "children, and that you will walk away and let Farida take over if you feel yourself getting "
               "angry. This applies every day from now on, not only while the children have a plan. We will "
               "know it is working when all three children tell Ellie, on their own, that nobody at home has "
               "hit them, and school and nursery see no marks."),
        ("pi", "3. Tariq, you have agreed to go to all twelve sessions of the Positive Fathers group at the "
               "Oakfield Centre, on Wednesday evenings from 28/01/2026. Colin Amis will send Ellie a written "
               "report after session 6 and at the end of the course, saying what you have learned and whether "
               "he sees it in how you talk about the children."),
        ("pi", "4. Sunita Kaur from Mintleford Early Help will do eight sessions with you both at home on "
               "homework and bedtimes, the two times of day when most arguments with Yusuf have happened. The "
               "sessions will be on Monday afternoons from 26/01/2026. Sunita will ask you to fill in a short "
               "\"hot spots\" chart each week, and we will know this is helping when the chart and the children "
               "show fewer arguments at those times."),
        ("pi", "5. Farida, you have agreed that you will ring Ellie, or the Emergency Duty Team out of hours, on "
               "the same day if Tariq loses his temper with any of the children. Ellie will write down every "
               "call on the children's file and will ask you at each visit whether anything has happened that "
               "you have not yet told her."),
        ("pi", "6. Mr Fowler at Beaumont Junior School will make sure Yusuf has a ten-minute check-in with his "
               "learning mentor, Miss Oduya, every Monday and Friday morning, and will ring Ellie the same day "
               "if Yusuf has a mark, says he has been hurt or seems frightened to go home. School will email "
               "Ellie a short note of each week's check-ins every Friday."),
        ("pi", "7. Amira will have weekly sessions with the school counsellor at Mintleford Girls' Academy, Mrs "
               "Hale, from 21/01/2026, arranged by Ms Clarke, because Amira told us she is angry all the time "
               "and not sleeping. Mrs Hale will ask Amira to fill in the YP-CORE questionnaire at the first and "
               "sixth sessions and will share the scores with Ellie, but not what Amira says in her sessions "
               "unless Amira is at risk."),
        ("pi", "8. Mrs Adams at Little Stars Nursery will write a short note every Monday on how Maryam is "
               "after the weekend (how she plays, whether she is upset by raised voices, whether she has any "
               "marks) and email it to Ellie the same day."),
        ("pi", "9. Dr Mahmood will see Yusuf at Mintleford Children's Centre for the follow-up appointment "
               "about his bedwetting by 27/02/2026, and will write to Ellie and the family's GP with what he "
               "finds and any treatment plan."),
        ("pi", "10. Ellie will do three sessions of direct work with Yusuf at school about feeling safe and who "
               "he can tell, using his \"safe hands\" worksheet, before the core group on 19/03/2026. His safe "
               "hands will be shared with you first and then at that core group."),
        ("pi", "11. Ellie will update the family assessment with you both, including what Amira, Yusuf and "
               "Maryam say, by 13/03/2026. She will go through it with you and share it at the core group on "
               "19/03/2026."),
        ("pi", "12. Amira has asked to have a say in her plan. Ellie will meet her at school in the week before "
               "each core group and take her views, in her own words or in a letter she writes, to the meeting, "
               "and the core group minutes will record what Amira said and what was done about it."),
        ("h2", "If things go wrong"),
        ("p", "If any of the children has a mark or injury that may have been caused by an adult, or tells "
              "anyone they have been hit, the school, the nursery or whoever hears it will ring Ellie, or the "
              "Emergency Duty Team out of hours, the same day. Ellie will hold a strategy discussion with the "
              "police that day. Tariq, you have agreed that you would then leave the house the same day and stay "
              "with your brother, Imran, at 12 Linden Grove, until the strategy discussion has decided what "
              "happens next. If you do not agree to leave, Ellie will ask the police to attend so that the "
              "children are kept apart from you that night."),
        ("p", "If Tariq stops going to the Positive Fathers group, or if by the core group on 30/04/2026 Colin's "
              "report and the children's words show that physical punishment or name-calling is still "
              "happening, Ellie's team manager, Mark Devlin, will hold a legal planning meeting within ten "
              "working days to decide whether to start pre-proceedings under the Public Law Outline."),
        ("h2", "Meetings"),
        ("p", "The core group will meet every six weeks at the Oakfield Centre at 10am on Thursdays: 05/02/2026, "
              "19/03/2026, 30/04/2026 and 11/06/2026. You are both part of the core group."),
        ("p", "The next review child protection conference will be on Thursday 09/07/2026 at 10am at the Civic "
              "Centre. I will chair it."),
        ("p", "If you do not agree with the conference's decision, you can write to me within 14 days and I "
              "will explain how to make a complaint. Ellie can help you with this."),
        ("p", "Yours sincerely,"),
        ("pl", "Helen Osborne"),
        ("pl", "Child Protection Conference Chair, Mintleford City Council"),
        ("pl", "Copies: Ellie Brandon, and everyone who came to the conference"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Muxbury: initial conference plan, domestic abuse and the father's
#    alcohol and cocaine use. Landscape Word template printed to PDF, seven
#    column action table. Faults: T002, M002, W001, M001, F002, R002 (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b161_muxbury_icpc_seven_column_need_action_table_doherty.pdf",
    "doc_title": "Child Protection Plan - Ellie-Rose and Kian Doherty",
    "split": "heldout",
    "actions": 14,
    "landscape": True,
    "font_size": 9.5,
    "min_pages": 2,
    "header": "OFFICIAL – SENSITIVE | Muxbury County Council Children's Services | Child Protection Plan",
    "footer": "Doherty – Initial Child Protection Conference 20/11/2025 – Page {PAGE} of {NUMPAGES}",
    "template": "icpc-plan-landscape-word-template-printed-to-pdf-header-footer-numbered-sections-details-grid-reason-strengths-lived-experience-outcomes-then-seven-column-ref-identified-need-action-responsible-person-agency-start-date-completion-review-date-measure-of-success-table-contingency-core-group-and-review-distribution",
    "description": (
        "Initial conference plan for a 5-year-old and a 15-month-old after their father, drunk "
        "and using cocaine, pushed their mother into a door while she held the baby. A landscape "
        "Word template printed to PDF with header and footer: numbered sections, a details grid, "
        "then a seven-column action table (Ref, Identified need, Action, Responsible, Start date, "
        "Completion / review date, Measure of success). Most rows are sound (weekly visits, the "
        "IDVA's safety plan, the drug service's hair test and report, the perpetrator programme, "
        "supervised contact with breath tests, the health visitor, school, police, direct work). "
        "Faults: the Freedom Programme 'ASAP' / 'When a place becomes available'; the father to "
        "'engage' measured by 'Engagement with the service'; the door and lock repair with no one "
        "responsible; a parenting assessment with no measure; one outcome only about the mother; "
        "and no legal planning anywhere."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Muxbury County Council · Children's Services · Safeguarding and Family Support (North)"),
        ("h2", "1. Child and family details"),
        ("table", {
            "widths": [4.3, 8.55, 4.3, 8.55],
            "bold_first_col": True,
            "rows": [
                ["Children", "Ellie-Rose Doherty (5, born 08/07/2020); Kian Doherty (15 months, born 21/08/2024)",
                 "Address", "7 Meadow View, Upper Muxbury MX6 3TA"],
                ["Mother", "Shannon Doherty (26)", "Father", "Liam Doherty (29), living with a friend at 31 "
                 "Kiln Street since 02/11/2025 (police bail: not to attend 7 Meadow View)"],
                ["Conference", "Initial Child Protection Conference, 20/11/2025. Chair: Andrew Pell",
                 "Category", "Emotional abuse"],
                ["Social worker", "Carla Mendes (team manager: Ruth Ingham)", "School / nursery",
                 "Ellie-Rose: Reception, Muxbury Primary School. Kian: not in nursery"],
            ],
        }),
        ("h2", "2. Reason for the plan"),
        ("p", "On 02/11/2025 police were called by a neighbour to 7 Meadow View. Liam had been drinking and using "
              "cocaine, and pushed Shannon into the kitchen door while she was holding Kian. The door and the "
              "back door lock were broken. Ellie-Rose was in the lounge and told the officer \"Daddy was doing "
              "shouting and Mummy fell\". Police have been called to the address three times since January 2025. "
              "Liam says he uses cocaine \"at weekends\" and drinks most days."),
        ("h2", "3. Strengths"),
        ("bullets", [
            "Shannon rang the police herself on two of the three occasions and has agreed to a safety plan.",
            "Ellie-Rose is doing well in Reception, her attendance is 97% and she has friends.",
            "Kian is a happy, sociable baby who is walking; his care is good.",
            "Liam has said he wants help with his drinking and has agreed to supervised contact.",
        ]),
        ("h2", "4. The children's lived experience"),
        ("p", "Ellie-Rose talked to Carla at school on 14/11/2025 with her teacher nearby. She drew her family "
              "with Daddy \"far away\" and said: \"I miss Daddy but not the shouting. I put my hands on my ears "
              "and hide behind the settee.\" She said she feels safe at school and at Nana Sue's, and that she "
              "wants Daddy to \"stop drinking the smelly drink\"."),
        ("p", "Kian is too young to tell us. He was in Shannon's arms when she was pushed. Shannon says that since "
              "then he wakes in the night more and cries when the door bangs; he settles when she picks him up "
              "and sings to him."),
        ("h2", "5. Outcomes"),
        ("numbers", [
            "Ellie-Rose and Kian live in a home where they do not see or hear adults hurting or frightening each "
            "other.",
            "Kian's health and development checks are up to date and he reaches his milestones.",
            "Ellie-Rose feels safe, and can tell an adult at home or at school how she is feeling.",
            "Shannon will have a better understanding of domestic abuse and will be able to keep herself safe.",
        ]),
        ("h2", "6. Child protection plan"),
        ("table", {
            "header": ["Ref", "Identified need", "Action", "Responsible person / agency", "Start date",
                       "Completion / review date", "Measure of success"],
            "widths": [1.0, 3.3, 6.4, 3.6, 2.4, 3.2, 5.8],
            "rows": [
                ["1", "Children seen and heard",
                 "Visit Ellie-Rose and Kian at home, at least one visit in three unannounced, and see Ellie-Rose "
                 "on her own at school every other week.",
                 "Carla Mendes, social worker",
                 "21/11/2025",
                 "Weekly until the review conference on 19/02/2026",
                 "Visit records show both children seen every week, with Ellie-Rose's words written down."],
                ["2", "Safe home",
                 "Shannon will not let Liam into the house or let him see the children anywhere other than at "
                 "the family centre, and will tell Carla the same day if he turns up.",
                 "Shannon Doherty",
                 "20/11/2025",
                 "Every day until the review conference",
                 "No police call-outs to the house; Ellie-Rose tells Carla at each visit who has been at home."],
                ["3", "Safe home",
                 "IDVA to complete a safety plan with Shannon and refer the house to the Sanctuary scheme for a "
                 "door alarm and new locks on the front door.",
                 "Rachel Hurst, IDVA, Muxbury Domestic Abuse Service",
                 "21/11/2025",
                 "Safety plan by 28/11/2025; Sanctuary work by 12/12/2025",
                 "Copy of the safety plan to Carla; door alarm seen fitted at a home visit."],
                ["4", "Safe home",
                 "Shannon to attend the Freedom Programme to understand the impact of domestic abuse on the "
                 "children.",
                 "Shannon, with Muxbury Women's Centre",
                 "ASAP",
                 "When a place becomes available",
                 "Certificate of completion; Shannon can tell Carla how the abuse affected Ellie-Rose and "
                 "Kian."],
                ["5", "Father's alcohol and drug use",
                 "Liam to engage with Muxbury Drug and Alcohol Service for his alcohol and cocaine use.",
                 "Liam Doherty",
                 "24/11/2025",
                 "Weekly, reviewed at each core group",
                 "Engagement with the service."],
                ["6", "Father's alcohol and drug use",
                 "Key-work with Liam, a hair strand test for alcohol and cocaine, and a written report on his use "
                 "and what it means for his time with the children.",
                 "Carl Buckley, Muxbury Drug and Alcohol Service",
                 "24/11/2025",
                 "Hair strand test by 12/12/2025; report before each core group",
                 "Hair strand result and report on the social work file before each core group."],
                ["7", "Father's behaviour",
                 "Liam to be referred to, and attend, the Choose to Change programme for men who have been "
                 "abusive to a partner.",
                 "Liam Doherty, referred by Carla Mendes",
                 "Referral by 28/11/2025",
                 "Weekly for 20 weeks from 12/01/2026",
                 "Attendance register and the facilitator's mid-point report sent to Carla."],
                ["8", "Time with Dad",
                 "Supervised contact for Liam with Ellie-Rose and Kian at Muxbury Family Centre, with a breath "
                 "test at the start; contact will not go ahead if Liam is over the limit or appears under the "
                 "influence.",
                 "Dionne Shaw, contact worker, Muxbury Family Centre",
                 "27/11/2025",
                 "Every Thursday, 4pm to 5.30pm",
                 "Contact recordings, with breath test results, sent to Carla weekly; Liam sober at every "
                 "contact."],
                ["9", "Kian's health and development",
                 "Complete Kian's missed one-year review and check his development and home safety.",
                 "Gemma Pryce, health visitor",
                 "21/11/2025",
                 "By 12/12/2025",
                 "ASQ scores recorded in the red book and shared with Carla; home safety checklist on file."],
                ["10", "Ellie-Rose at school",
                 "Check in with Ellie-Rose each morning through the class worry box, and tell Carla the same day "
                 "about anything she says or shows about home.",
                 "Mrs Dawes, DSL, Muxbury Primary School",
                 "21/11/2025",
                 "Every school day",
                 "Weekly attendance and welfare summary emailed to Carla on Fridays; any disclosure logged and "
                 "passed on the same day."],
                ["11", "Safe home",
                 "Back door lock and the kitchen door damaged on 02/11/2025 to be repaired.",
                 "-",
                 "21/11/2025",
                 "By 05/12/2025",
                 "Door and lock repaired, seen by Carla at a home visit."],
                ["12", "Parenting",
                 "Parenting assessment of Shannon to be completed.",
                 "Carla Mendes, social worker",
                 "01/12/2025",
                 "30/01/2026",
                 "-"],
                ["13", "Ellie-Rose's feelings",
                 "Direct work with Ellie-Rose about what she saw and heard on 02/11/2025, using \"The Huge Bag of "
                 "Worries\".",
                 "Carla Mendes, social worker",
                 "01/12/2025",
                 "Three sessions by 16/01/2026",
                 "Ellie-Rose's words and pictures on her file and shared at the core group on 05/02/2026."],
                ["14", "Safe home",
                 "Tell Carla within 24 hours of any call-out to 7 Meadow View or any breach of Liam's bail "
                 "conditions.",
                 "Muxbury Police (Domestic Abuse Unit)",
                 "20/11/2025",
                 "Within 24 hours of any call-out or breach",
                 "Police notifications logged on the children's file."],
            ],
        }),
        ("h2", "7. Contingency plan"),
        ("p", "If Liam comes to 7 Meadow View, or Shannon lets him see the children outside the family centre, "
              "Shannon or whoever sees him will ring 999, then Carla (or the Emergency Duty Team out of hours). "
              "Carla will hold a strategy discussion with the police the same day. If Shannon cannot keep Liam "
              "away, Carla and Rachel will arrange a refuge place for Shannon and the children that day."),
        ("p", "If Liam arrives at contact under the influence, contact will be cancelled and Dionne will tell "
              "Carla straight away; contact will only restart after a negative breath test at the next session."),
        ("h2", "8. Core group and review"),
        ("p", "The first core group will be on 04/12/2025 at 1pm at Muxbury Family Centre, then every four weeks: "
              "08/01/2026 and 05/02/2026. The review child protection conference will be on 19/02/2026 at 10am, "
              "County Hall, Muxbury."),
        ("h2", "9. Distribution"),
        ("p", "Shannon Doherty; Liam Doherty; Rachel Hurst (IDVA); Carl Buckley (Drug and Alcohol Service); "
              "Dionne Shaw (Family Centre); Gemma Pryce (health visitor); Mrs Dawes (Muxbury Primary); DS Owen "
              "Reece (Muxbury Police); GP, Muxbury Vale Surgery."),
    ],
    "findings": [
        F("T002", "Shannon to attend the Freedom Programme to understand the impact"),
        F("M002", "Liam to engage with Muxbury Drug and Alcohol Service"),
        F("W001", "Back door lock and the kitchen door damaged"),
        F("M001", "Parenting assessment of Shannon to be completed."),
        F("F002", "Shannon will have a better understanding of domestic abuse and will be able to keep herself safe."),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Mellerstow: review conference plan as bullets in full sentences under
#    theme subheadings. Mother with bipolar disorder; father's time with the
#    children supervised by the paternal grandparents. Faults: H001, T002,
#    M002, T001, C002, C003 (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b161_mellerstow_rcpc_bullets_under_theme_headings_cartwright.md",
    "split": "heldout",
    "actions": 15,
    "template": "rcpc-plan-md-details-list-whos-who-bullets-why-still-a-plan-working-well-what-ruby-and-alfie-told-us-what-we-want-then-what-will-happen-full-sentence-bullets-under-theme-subheadings-at-home-health-school-time-with-dad-ruby-and-alfie-then-if-things-get-worse-core-group-and-review",
    "description": (
        "Plan made at the first review conference for a 7-year-old and a 4-year-old (neglect and "
        "emotional harm): their mother has bipolar disorder, and their father, who was violent to "
        "her, sees them every other Saturday supervised by his parents, whose grandmother also "
        "does Wednesday pick-ups. Markdown bullets in full sentences under theme subheadings, "
        "owners by first name after a who's-who. Most bullets are sound (visits, mornings, "
        "bedtimes, money, the GP's lithium checks, speech therapy, school and nursery, the "
        "father's programme, direct work). Faults: the CMHT care coordinator only supports the "
        "mother; the grandparents supervise 'as often as they can'; the school nurse will 'keep an "
        "eye on' Ruby; the 30-hours application has no time; the contingency is 'further "
        "concerns ... review the plan and consider next steps', with nothing if the grandparents "
        "cannot help."
    ),
    "text": """\
# Child Protection Plan – Ruby and Alfie Cartwright

**Mellerstow Council – Children's Social Care (Family Safeguarding Team 3)**

- **Children:** Ruby Cartwright (7, born 11/04/2018) and Alfie Cartwright (4, born 30/09/2021)
- **Address:** 6 Sorrel Close, Mellerstow ML5 8GN
- **Plan agreed at:** first Review Child Protection Conference, 22/10/2025 (chair: Janet Oyelowo)
- **Category:** Neglect and emotional abuse (unchanged from the initial conference on 23/07/2025)
- **Social worker:** Ben Ashworth (team manager: Sarah Quinn)

## Who's who

- **Mum** – Gemma Cartwright (31), lives with Ruby and Alfie
- **Dad** – Dean Cartwright (33), lives at 14 Tanner's Row, Mellerstow
- **Nana and Grandad Cartwright** – Pat and Mick Cartwright, Dad's parents, 2 Low Fold, Mellerstow
- **Ben** – Ben Ashworth, social worker
- **Lorna** – Lorna Fitzgerald, Mum's care coordinator, Mellerstow Community Mental Health Team (CMHT)
- **Dr Hussain** – Mum's GP, Mellerstow Health Centre
- **Kelly** – Kelly Barnes, family support worker, Mellerstow Family Support
- **Mel** – Mel Okoye, health visitor
- **Mrs Patel** – designated safeguarding lead, Westgate Primary School (Ruby)
- **Sunflowers** – Sunflowers Nursery, where Alfie goes on Monday, Wednesday and Friday mornings

## Why Ruby and Alfie still have a plan

Mum has bipolar disorder. Over the summer she had a long low spell: she stayed in bed most mornings, the
children were late or missing from school and nursery, and the gas and electric ran out twice. In
September Ruby told her teacher she had made Alfie's breakfast "because Mummy was crying in bed".

Dad was violent to Mum in 2024 and the children saw it. He now lives apart and sees the children every
other Saturday at his parents' house, with Nana and Grandad there.

The conference agreed that mornings are better since September, but that things slip whenever Mum's
mood drops, and that the children still need a plan.

## What's working well

- Since Mum's lithium was restarted in August she has been up most mornings and the children are
  getting to school and nursery more often: Ruby's attendance was 96% in the first half of this term.
- Mum and Kelly have made a visual morning chart that Alfie loves ticking.
- Nana and Grandad have never missed a Saturday, and the children say they enjoy them.
- Dad started the Respect at Home assessment in October and has been honest about what he did.

## What Ruby and Alfie have told us

Ruby (with Ben at school, 15/10/2025): "Mummy gets up now. Sometimes she's sad but she still does our
breakfast. I like Saturdays at Nana's cos Grandad lets me feed the chickens. I don't want Daddy to shout
ever again." She scored her worries about home as 4 out of 10 (8 out of 10 in July).

Alfie is four and his speech is not yet clear. He showed Ben his morning chart and said "Me do stars".
Sunflowers say he is happier on the mornings he arrives on time, and quieter and clingy on the mornings
he is late.

## What we want for Ruby and Alfie

1. Ruby and Alfie are up, fed, washed and at school or nursery on time every day, including on the days
   Mum's mood is low.
2. Ruby does not have to look after Alfie or worry about Mum.
3. The children are safe when they see Dad, and never see or hear adults hurting each other again.
4. Alfie's speech is assessed and he gets the help he needs before he starts school.

## What will happen

### At home

- Ben will visit Ruby and Alfie at home every fortnight, taking turns between after-school visits and
  early-morning visits before school, and will see Ruby on her own each time. Each visit is written up on
  the children's record with what Ruby says in her own words.
- Mum has agreed that she will get Ruby and Alfie up, dressed and out of the door by 8.30am every school
  and nursery day. We will know this is working when the school and nursery registers show both children
  in on time on at least 9 days out of 10.
- Kelly is going to help Mum set up a bedtime routine (bath, story, bed by 7.30pm) in six home sessions
  on Monday evenings starting 10/11/2025. Mum will fill in the sleep chart on the fridge, and Kelly will
  bring it to each core group so that we can see how many nights the children were in bed by 8pm.
- Mum and Ben will go through a money plan with Citizens Advice Mellerstow at the appointment on
  12/11/2025, so that the gas and electric do not run out again. Mum will show Ben her top-up receipts at
  each visit, and we want to see the meters in credit every time.

### Health

- Lorna will carry on seeing Mum every two weeks to support her with her mood and her lithium, and will
  send Ben a copy of her clinic letters.
- Dr Hussain will check Mum's lithium level every three months, next by 05/12/2025, and will tell Ben the
  same week if a level is out of range or a blood test is missed. The result letters will be copied to Ben
  and Lorna.
- The school nurse will keep an eye on Ruby's weight and hygiene each half term.
- Mel will refer Alfie to the speech and language therapy service by 14/11/2025, and Mum will take him to
  the speech drop-in at Mellerstow Children's Centre on Thursday mornings until he is seen. The referral
  letter will be on Alfie's health record, and Mel will tell the next core group the date of his first
  appointment.

### School and nursery

- Ruby's school has agreed that Mrs Patel will check in with Ruby every Monday morning and will ring Ben
  the same day if Ruby comes in hungry, unwashed or upset about home. Mrs Patel will email Ben her check-in
  notes every Friday.
- Sunflowers will record Alfie's attendance, the time he arrives and how he presents each session, and
  will send Ben the record every two weeks.

### Time with Dad

- Nana and Grandad Cartwright will carry on supervising Dad's time with Ruby and Alfie at their house, as
  often as they can. The contact book they keep will show who was there and how the children got on.
- Nana will collect Ruby and Alfie from school and nursery on Wednesdays and give them their tea until
  Mum finishes work at 6pm. The school's collection log will show Nana collecting them each week.
- Dad has agreed to do the Respect at Home programme for men who have been abusive, every Tuesday evening
  for 16 weeks from 04/11/2025. The programme worker will write to Ben at week 8 and at the end about what
  Dad has taken on board.

### Ruby and Alfie

- Ben will do four sessions of direct work with Ruby at school about her worries, using her worry jar,
  with the last session by 17/12/2025. What she says will be written up and shared at the core group on
  17/12/2025.
- Ben will help Mum apply for Alfie's funded 30 hours so that he can have more time at Sunflowers, and
  we will know this has worked when Alfie has a start date for his extra sessions.

## If things get worse

If there are further concerns about the children's care, or the plan is not being followed, the core
group will meet early to review the plan and consider next steps. Professionals will share any concerns
with Ben.

## Core group and review

- Core group meetings every six weeks at Mellerstow Children's Centre, 10am: 05/11/2025, 17/12/2025,
  28/01/2026 and 11/03/2026.
- Next review child protection conference: 22/04/2026 at 10am, Mellerstow Town Hall.
- If there has not been enough progress for Ruby and Alfie by the review conference, Sarah Quinn will
  hold a legal planning meeting to decide whether to start the Public Law Outline.

Plan typed by Ben Ashworth on 24/10/2025 and shared with Mum, Dad, Nana and Grandad and everyone in the
who's who.
""",
    "findings": [
        F("H001", "Lorna will carry on seeing Mum every two weeks"),
        F("T002", "carry on supervising Dad's time with Ruby and Alfie"),
        F("M002", "The school nurse will keep an eye on Ruby's weight"),
        F("T001", "Ben will help Mum apply for Alfie's funded 30 hours"),
        F("C002"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Mardleham: initial conference plan written as numbered narrative
#    paragraphs. Domestic abuse, the father's drinking; the paternal aunt
#    supervises Saturdays and does Wednesday pick-ups. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b161_mardleham_icpc_numbered_narrative_paragraphs_novak.md",
    "split": "heldout",
    "actions": 13,
    "template": "icpc-plan-md-bold-label-details-then-headed-prose-sections-what-happened-what-is-going-well-what-oliwia-and-kacper-say-what-needs-to-be-different-then-what-will-happen-numbered-narrative-paragraphs-owner-time-and-check-in-separate-sentences-then-if-things-go-wrong-paragraphs-meetings",
    "description": (
        "Exemplary initial conference plan for a 14-year-old and a 10-year-old after their "
        "father, drunk, broke the front door and grabbed the older girl by the arm; he has moved "
        "out, and his sister supervises his Saturday time with the children and collects the "
        "younger boy on Wednesdays. The plan is thirteen numbered narrative paragraphs, each "
        "giving who, when and how we will know in its own sentences. The alcohol service tests "
        "and reports on change, CAMHS and the school see the girl about self-harm, the aunt's "
        "part has a fallback for both her tasks, legal planning follows named triggers, core "
        "group and review dates are set, and both children's words are recorded."
    ),
    "text": """\
# Mardleham Council – Child Protection Plan

**Children:** Oliwia Novak (14, born 02/02/2011) and Kacper Novak (10, born 17/06/2015)
**Home:** 27 Larch Avenue, Mardleham MD2 4RW, with their mother, Agnieszka Novak (38)
**Father:** Marek Novak (41), living at Flat 5, 3 Cedar Court, Mardleham since 16/11/2025
**Paternal aunt:** Ewa Zielinska, 14 Birch Road, Mardleham
**Category:** Emotional abuse
**Plan agreed at:** Initial Child Protection Conference, 08/12/2025 (chair: Stephen Rowley)
**Social worker:** Joanna Price, Mardleham Children's Services (team manager: Claire Dunmore)

## What happened

On the night of 15/11/2025 Marek came home drunk, broke the glass in the front door and shouted at
Agnieszka in the hallway. When Oliwia tried to get between them he grabbed her arm and pushed her
against the wall; she had finger-mark bruises the next day. Kacper hid in his wardrobe and rang his
aunt. Police attended and Marek was arrested; he was released under investigation and has agreed to
live away from the family home. Agnieszka says Marek has drunk heavily for years and has been
verbally abusive to her when drunk, and that this has got worse since he lost his job in the summer.

Since November Oliwia has been cutting her forearms. Her school found this on 27/11/2025 and her GP has
referred her to Mardleham CAMHS.

## What is going well

- Agnieszka acted straight away to protect the children and has said clearly that Marek will not move
  back while he is drinking.
- Marek has admitted what he did, has been to two appointments at the Mardleham Recovery Hub, and wants
  to keep seeing the children.
- Ewa is close to both children, knows about Marek's drinking, and has offered to help.
- Both children are doing well at school, and Oliwia trusts her school's wellbeing lead.

## What Oliwia and Kacper say

Oliwia wrote a note for the conference: "I love my dad but I'm scared of him when he's been drinking. I
don't want him to come back home until he's stopped. I want to see him at Ciocia Ewa's. I cut because it
stops the noise in my head for a bit. I don't want everyone to know."

Kacper did his Three Houses with Joanna on 03/12/2025. In his house of worries he drew the broken door
and "Tata shouting". In his house of good things he put Saturdays at Ciocia Ewa's, football and his
cat. In his house of dreams he drew "Tata not drinking beer and us all at the park".

## What needs to be different for Oliwia and Kacper

1. Oliwia and Kacper live without violence, shouting and fear at home, and are never hurt by an adult
   again.
2. When they see their dad, he is sober and another adult is there to keep them safe.
3. Oliwia is safe from harming herself, gets the help she needs, and has adults she can talk to.
4. Kacper feels safe, is back to joining in at school, and knows what to do if he is frightened.

## What will happen

1. Joanna Price, the social worker, will visit Oliwia and Kacper at home every week until the review
   conference, and will see each of them on their own at least every fortnight, at home or at school.
   At least one visit in four will be unannounced, including one on a Saturday evening after the
   children have seen their dad. Joanna's visit records will show both children seen each week and what
   each of them said in their own words.

2. Marek has agreed that he will not come to 27 Larch Avenue, and that he will contact Agnieszka only by
   text and only about the children. This applies every day until the review conference on 02/03/2026.
   We will know it is holding when there are no police call-outs to the house, and Agnieszka and the
   children tell Joanna at each visit that he has not come round.

3. Marek will go to his appointments with Dominik Sobczak at the Mardleham Recovery Hub every Monday at
   4pm from 15/12/2025, and he will not drink on Fridays or Saturdays before he sees the children. The
   Recovery Hub's attendance record will show every Monday kept.

4. Dominik Sobczak, Marek's recovery worker at the Mardleham Recovery Hub, will breath-test Marek at each
   Monday appointment and write a report for Joanna five working days before every core group. The
   report will say what Marek is drinking, whether it is going down, and what that means for the
   children's safety when they are with him.

5. Marek will start the Safer Families domestic abuse programme run by the council's Family Safety
   Team: his assessment is booked for 17/12/2025, and the weekly group runs on Thursday evenings from
   08/01/2026. Sian Lloyd, the programme facilitator, will tell Joanna by 19/12/2025 whether Marek has
   been accepted, and will write a mid-point report for the review conference.

6. Ewa will supervise Marek's time with Oliwia and Kacper at her house every Saturday from 1pm to 4pm,
   and she will not leave either child alone with him. If Marek arrives smelling of drink, or shouts at
   either child, Ewa will end the visit and ring Joanna (or the Emergency Duty Team at a weekend). Ewa
   will fill in the contact book after each Saturday, and Joanna will read it at her next visit.

7. Ewa will collect Kacper from Larchfield Primary every Wednesday at 3.15pm and give him his tea until
   Agnieszka picks him up at 6.30pm, because Agnieszka works late on Wednesdays. The school's collection
   log will show Ewa collecting him each week.

8. Agnieszka will keep seeing Kate Morley, the independent domestic violence adviser at Mardleham
   Domestic Abuse Service, every other Tuesday from 16/12/2025, and Kate will help her apply for a
   non-molestation order by 09/01/2026. The order, or a letter from Kate saying why it was not applied
   for, will be on the children's file by the core group on 15/01/2026.

9. Dr Ruth Nwosu at Mardleham CAMHS will see Oliwia for her first appointment by 09/01/2026. She will
   share the outcome and any treatment plan with Joanna, Oliwia's school and Agnieszka within a week of
   seeing her, with Oliwia's agreement about what is shared.

10. Mrs Green, the wellbeing lead at Mardleham High School, will see Oliwia every Tuesday and Thursday
    lunchtime, ask her about self-harm and check that she knows who to go to. Each check will be written
    on the school's safeguarding log, and Mrs Green will ring Joanna the same day if Oliwia has hurt
    herself.

11. Mr Fenby, the learning mentor at Larchfield Primary, will give Kacper a Talk Time session every
    Friday afternoon, because he has been quiet and has not wanted to go out at playtime since November.
    Mr Fenby will send Joanna a short note every fortnight on how Kacper seems and whether he is joining
    in at playtime again.

12. Agnieszka will make a safety plan with each of the children by 19/12/2025, with Joanna's help: where
    they go, who they ring and a code word if Marek comes to the house. Each child will keep a copy, and
    Joanna will ask each of them to tell her their plan at her next visit.

13. Joanna will do more direct work with Kacper (the Three Houses again, and his safety plan) and with
    Oliwia, who prefers to write, before the core group on 12/02/2026. Both children's work will be shared
    with them first, then at that core group, and in Joanna's report for the review conference.

## If things go wrong

If Marek comes to 27 Larch Avenue, contacts the children outside Saturdays, or is drunk or aggressive at
contact, Agnieszka or Ewa will ring 999 if anyone is in danger, and then Joanna (or the Emergency Duty
Team out of hours) the same day. Saturday contact will stop until Joanna has held a strategy discussion
with the police, which she will do the same day or, at a weekend, on the next working day.

If Ewa cannot supervise on a Saturday, there will be no contact that week: Marek will not see the
children without her there. If Ewa can no longer supervise at all, Joanna will arrange supervised
contact at the Mardleham Family Centre within two weeks. If Ewa cannot collect Kacper on a Wednesday, she
will ring the school by noon and Kacper will go to Larchfield's after-school club (a place is held for
him) until Agnieszka collects him.

If Oliwia hurts herself badly or says she wants to end her life, whoever is with her will take her to
the emergency department at Mardleham General Hospital, or ring 999, and tell Joanna the same day.

If Marek comes to the house again, or if by the core group on 12/02/2026 he has not started the Safer
Families programme or Dominik's report shows he is still drinking heavily, Joanna will ask Claire Dunmore
for a legal planning meeting within ten working days.

## Meetings

- Core group: 18/12/2025 at 4pm, Mardleham Family Hub, then every four weeks at the same time:
  15/01/2026 and 12/02/2026.
- Review child protection conference: 02/03/2026 at 10am, Mardleham Town Hall.

Plan written by Joanna Price on 09/12/2025 and shared with Agnieszka, Marek, Ewa, Oliwia (her own copy)
and everyone at the conference.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Mudgecombe: case-system print of a six-week-old baby's plan in plain
#    text; stacked field labels, plan items linked to outcome codes. Father
#    smokes cannabis daily; paternal grandmother helps. Faults: M002, T002,
#    W001, F004, C003, R001 (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b161_mudgecombe_case_system_print_stacked_plan_items_fenwick.txt",
    "split": "heldout",
    "actions": 12,
    "template": "cp-plan-case-system-print-txt-childview-banner-printed-by-line-stacked-label-fields-subject-household-reason-strengths-baby-day-outcomes-o1-o4-then-plan-item-blocks-outcome-link-action-responsible-target-evidence-status-then-contingency-and-review-fields",
    "description": (
        "A six-week-old baby's initial conference plan printed from an invented case system "
        "('Childview') as plain text: a banner and print line, stacked label fields for the "
        "baby, household, reasons, strengths and the baby's day, outcomes O1 to O4, then twelve "
        "plan item blocks (outcome link, action, responsible, target, evidence, status). The "
        "father smokes cannabis daily and there has been domestic abuse; the paternal grandmother "
        "helps with nights and is there whenever the father has the baby. Most items are sound "
        "(weekly visits, safe sleep, saliva tests, the health visitor's ICON work, the young "
        "parents' course, the assessment, the mould repair, police). Faults: the health visitor to "
        "'monitor' weight with evidence 'Monitored at HV contacts'; the grandmother's nights "
        "'Ongoing'; the drug service referral with an empty Responsible field; no adult service "
        "owns any action despite the father's cannabis use; the contingency sends mother and baby "
        "to the grandmother with nothing if she cannot; the review conference 'To be confirmed'."
    ),
    "text": """\
MUDGECOMBE COUNCIL - CHILDREN'S SERVICES                    CHILDVIEW CASE RECORD
Form: CP02 Child Protection Plan (version 4)       Printed: 27/01/2026 14:06
Printed by: Nadia Rahim (Social Worker, Safeguarding Team West)           Page 1
===============================================================================

SUBJECT
  Name:                 Kai Fenwick
  Date of birth:        12/12/2025 (6 weeks)
  Childview ID:         CV-4471906
  Address:              Flat 3, 88 Quarry Road, Mudgecombe MG7 2DL
  Category:             Neglect
  Plan start:           22/01/2026 (Initial Child Protection Conference)
  Conference chair:     Liz Hartnell
  Allocated worker:     Nadia Rahim, Social Worker
  Team manager:         Phil Garner

HOUSEHOLD
  Mother:               Chloe Fenwick (19), care leaver
  Father:               Jordan Pike (21), stays at the flat most nights
  Paternal grandmother: Tracey Pike, 9 Ferndale Road, Mudgecombe (five minutes away)

REASON FOR PLAN
  Jordan smokes cannabis every day, including in the flat. On 03/01/2026 the health visitor found the
  flat smelling strongly of cannabis and Kai asleep in the adult bed between Chloe and Jordan, who were
  both asleep. Police were called to the flat twice in 2025 after arguments in which Jordan pushed
  Chloe; no charges followed. The bedroom where Kai sleeps has black mould on the outside wall. Chloe
  was looked after by Mudgecombe from the age of 12 and has little support apart from Tracey.

STRENGTHS
  Chloe has been to every antenatal and postnatal appointment. Kai is feeding well and gained weight
  steadily in his first four weeks. Chloe asks the health visitor for advice and follows it. Jordan came
  to the conference and said he wants to "sort himself out" for Kai. Tracey has offered to help.

KAI'S DAY (observed)
  Kai is six weeks old. At visits he has been clean, warm and fed. He feeds every three hours and
  settles quickly when Chloe holds him skin to skin. On 16/01/2026 Nadia saw Chloe notice his hunger
  cues and feed him before he cried. When Jordan raised his voice on the phone Kai startled and cried
  and took a long time to settle. On 03/01/2026 he was found asleep in the adult bed.

OUTCOMES
  O1  Kai sleeps safely for every sleep, on his back in his own Moses basket or cot.
  O2  Kai is cared for by adults who are not under the influence of cannabis or any other drug.
  O3  Kai lives in a home without arguments or violence between the adults.
  O4  Kai keeps gaining weight and meets his developmental checks, in a warm, dry home.

PLAN ITEMS
-------------------------------------------------------------------------------
Item 01   Outcome link: O1, O2, O3
  Action:        Visit Kai at home, at least one visit in three unannounced and one in the
                 evening; see Kai awake and where he sleeps.
  Responsible:   Nadia Rahim, Social Worker
  Target:        Weekly, from 23/01/2026
  Evidence:      Visit recorded on Childview within 2 working days, noting where Kai slept and
                 how he responded to each parent.
  Status:        Open
-------------------------------------------------------------------------------
Item 02   Outcome link: O4
  Action:        Health visitor to monitor Kai's weight, feeding and development.
  Responsible:   Leanne Bird, Health Visitor, Mudgecombe 0-19 Health Service
  Target:        Weekly home visits
  Evidence:      Monitored at HV contacts.
  Status:        Open
-------------------------------------------------------------------------------
Item 03   Outcome link: O1
  Action:        Make sure Kai sleeps in his Moses basket, on his back, for every sleep, and is
                 never put down in the adult bed or on the sofa.
  Responsible:   Chloe Fenwick (mother) and Jordan Pike (father)
  Target:        Every sleep, from 22/01/2026
  Evidence:      Moses basket seen made up safely at every SW and HV visit; Kai seen asleep in it
                 when napping.
  Status:        Open
-------------------------------------------------------------------------------
Item 04   Outcome link: O1, O2
  Action:        Tracey to support Chloe with night feeds and help her get some sleep.
  Responsible:   Tracey Pike (paternal grandmother)
  Target:        Ongoing
  Evidence:      Night feed chart kept by Chloe, seen by the health visitor.
  Status:        Open
-------------------------------------------------------------------------------
Item 05   Outcome link: O2
  Action:        Be in the flat whenever Jordan is caring for Kai, until the core group agrees
                 otherwise; text Nadia afterwards.
  Responsible:   Tracey Pike (paternal grandmother)
  Target:        Every time Jordan has Kai, from 22/01/2026
  Evidence:      Tracey's texts logged by Nadia; Chloe's diary of who cared for Kai.
  Status:        Open
-------------------------------------------------------------------------------
Item 06   Outcome link: O2
  Action:        Referral to Mudgecombe Drug and Alcohol Service (MDAS) for Jordan re his
                 cannabis use.
  Responsible:
  Target:        06/02/2026
  Evidence:      Referral accepted and first appointment date given to Nadia.
  Status:        Open
-------------------------------------------------------------------------------
Item 07   Outcome link: O2
  Action:        Jordan will not smoke cannabis in the flat or anywhere near Kai, and will give a
                 saliva test at each SW visit.
  Responsible:   Jordan Pike (father)
  Target:        At every SW visit from 23/01/2026
  Evidence:      Saliva test results recorded on Childview; negative by the core group on
                 05/03/2026.
  Status:        Open
-------------------------------------------------------------------------------
Item 08   Outcome link: O1, O4
  Action:        Work with Chloe and Jordan on responding to Kai's cues and crying, starting
                 with the ICON "babies cry, you can cope" session.
  Responsible:   Leanne Bird, Health Visitor
  Target:        ICON session by 06/02/2026, then at each weekly visit
  Evidence:      ICON session recorded; Chloe and Jordan can each tell Leanne their plan for when
                 Kai will not settle, written in the HV record.
  Status:        Open
-------------------------------------------------------------------------------
Item 09   Outcome link: O3
  Action:        Chloe to attend the Healthy Relationships for Young Parents course run by the
                 Young Parents team at Mudgecombe Family Hub (creche for Kai).
  Responsible:   Chloe Fenwick (mother)
  Target:        Weekly for 8 weeks from 04/02/2026
  Evidence:      Attendance register and the course worker's end-of-course report to Nadia.
  Status:        Open
-------------------------------------------------------------------------------
Item 10   Outcome link: O1, O2, O3, O4
  Action:        Parenting assessment of Chloe and Jordan, including Jordan's cannabis use and
                 the history of arguments.
  Responsible:   Nadia Rahim, Social Worker
  Target:        By 27/03/2026
  Evidence:      Assessment report shared with Chloe and Jordan, then with the core group at the
                 core group after it is finished.
  Status:        Open
-------------------------------------------------------------------------------
Item 11   Outcome link: O4
  Action:        Treat the mould in the bedroom where Kai sleeps and fix the window seal.
  Responsible:   Mudgecombe Homes repairs team (job ref R-55821)
  Target:        By 20/02/2026
  Evidence:      Nadia sees the wall treated and dry and the window sealed at a home visit.
  Status:        Open
-------------------------------------------------------------------------------
Item 12   Outcome link: O3
  Action:        Tell Nadia within 24 hours of any call-out to 88 Quarry Road or any report
                 involving Chloe or Jordan.
  Responsible:   Mudgecombe Police (Domestic Abuse Unit)
  Target:        Within 24 hours of any call-out
  Evidence:      Police notifications logged on Childview.
  Status:        Open
-------------------------------------------------------------------------------

CONTINGENCY
  Trigger:       Jordan under the influence of cannabis while caring for Kai, a further
                 argument involving violence, or Kai found asleep in the adult bed again.
  Response:      Chloe and Kai go to stay with Tracey at 9 Ferndale Road that night; Jordan
                 does not go there. Nadia holds a strategy discussion with police the same day.
  Trigger:       Kai loses weight or misses two health visitor contacts in a row.
  Response:      Leanne tells Nadia the same day; Nadia visits within 24 hours.
  Legal:         If there is a further incident of violence, or Jordan's saliva tests are still
                 positive at the core group on 05/03/2026, Nadia will ask Phil Garner for a legal
                 planning meeting within 10 working days.

REVIEW
  Core group:    Every 4 weeks. First 05/02/2026 10:00, Mudgecombe Family Hub; then 05/03/2026.
  Review CP conference:  To be confirmed - conference team to send date.
  Views of child:        Recorded under KAI'S DAY (observed).

=============================================================== END OF PRINT ===
""",
    "findings": [
        F("M002", "Health visitor to monitor Kai's weight, feeding and development."),
        F("T002", "Tracey to support Chloe with night feeds and help her"),
        F("W001", "Referral to Mudgecombe Drug and Alcohol Service (MDAS) for Jordan"),
        F("F004"),
        F("C003"),
        F("R001"),
    ],
})
